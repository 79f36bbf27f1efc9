use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{ConnectionTrait, DatabaseBackend, Statement},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Medical and emergency information: one row per guardian who gave it, so that one
/// guardian's form never replaces what another gave. Rows from before are what one
/// guardian gave (`id` = the registration's id).
#[derive(DeriveIden)]
enum MedicalInformation {
    Table,
    Id,
    RegistrationId,
    MedicalNotes,
    Allergies,
    Medication,
    DietaryNeeds,
    EmergencyContacts,
    UpdatedByGuardian,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
}

const BY_GUARDIAN: &str = "medical_information_by_guardian";
const COLUMNS: &str = "registration_id, medical_notes, allergies, medication, dietary_needs, \
                       emergency_contacts, updated_by_guardian, updated_at";

/// The table as SQLite rebuilds it under another name: with `id` as its key (`per_guardian`)
/// or, as before, the registration's id.
fn table(name: &str, per_guardian: bool) -> TableCreateStatement {
    let mut create = Table::create();
    create.table(Alias::new(name));
    if per_guardian {
        create
            .col(uuid(MedicalInformation::Id).primary_key())
            .col(uuid(MedicalInformation::RegistrationId));
    } else {
        create.col(uuid(MedicalInformation::RegistrationId).primary_key());
    }
    create
        .col(text(MedicalInformation::MedicalNotes))
        .col(text(MedicalInformation::Allergies))
        .col(text(MedicalInformation::Medication))
        .col(text(MedicalInformation::DietaryNeeds))
        .col(json(MedicalInformation::EmergencyContacts))
        .col(uuid_null(MedicalInformation::UpdatedByGuardian))
        .col(timestamp_with_time_zone(MedicalInformation::UpdatedAt))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new(name), MedicalInformation::RegistrationId)
                .to(Registrations::Table, Registrations::Id),
        )
        .to_owned()
}

/// SQLite cannot change a primary key: a new table takes the rows and the name.
async fn rebuild(
    manager: &SchemaManager<'_>,
    per_guardian: bool,
    select: &str,
) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let name = "medical_information_rebuilt";
    manager.create_table(table(name, per_guardian)).await?;
    let target = if per_guardian {
        format!("id, {COLUMNS}")
    } else {
        COLUMNS.to_owned()
    };
    db.execute_unprepared(&format!(
        "INSERT INTO {name} ({target}) SELECT {select} FROM medical_information"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE medical_information")
        .await?;
    db.execute_unprepared(&format!("ALTER TABLE {name} RENAME TO medical_information"))
        .await?;
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild's statements must run on one connection,
    /// and all or none of them.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Postgres {
            for sql in [
                "ALTER TABLE medical_information ADD COLUMN id uuid",
                "UPDATE medical_information SET id = registration_id",
                "ALTER TABLE medical_information ALTER COLUMN id SET NOT NULL",
                "ALTER TABLE medical_information DROP CONSTRAINT medical_information_pkey",
                "ALTER TABLE medical_information ADD PRIMARY KEY (id)",
            ] {
                db.execute_unprepared(sql).await?;
            }
        } else {
            rebuild(manager, true, &format!("registration_id, {COLUMNS}")).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name(BY_GUARDIAN)
                    .table(MedicalInformation::Table)
                    .col(MedicalInformation::RegistrationId)
                    .col(MedicalInformation::UpdatedByGuardian)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let shared = db
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COUNT(*) AS n FROM (SELECT registration_id FROM medical_information \
                 GROUP BY registration_id HAVING COUNT(*) > 1) AS shared",
            ))
            .await?
            .map(|row| row.try_get::<i64>("", "n"))
            .transpose()?
            .unwrap_or(0);
        if shared > 0 {
            return Err(DbErr::Migration(format!(
                "cannot migrate down: {shared} registration(s) hold medical information from \
                 more than one guardian, which the previous schema (one row per registration) \
                 cannot keep apart; export or remove the extra rows first"
            )));
        }
        manager
            .drop_index(
                Index::drop()
                    .name(BY_GUARDIAN)
                    .table(MedicalInformation::Table)
                    .to_owned(),
            )
            .await?;
        if backend == DatabaseBackend::Postgres {
            for sql in [
                "ALTER TABLE medical_information DROP CONSTRAINT medical_information_pkey",
                "ALTER TABLE medical_information DROP COLUMN id",
                "ALTER TABLE medical_information ADD PRIMARY KEY (registration_id)",
            ] {
                db.execute_unprepared(sql).await?;
            }
            Ok(())
        } else {
            rebuild(manager, false, COLUMNS).await
        }
    }
}
