use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{ConnectionTrait, DatabaseBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A young person who takes part in exchanges. Children under 13 have no account of their own.
#[derive(DeriveIden)]
enum YouthProfiles {
    Table,
    Id,
    UserId,
    DisplayName,
    DateOfBirth,
    OrganisationId,
    MembershipConfirmed,
    FewerOpportunities,
    Locale,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

/// A guardian on record for a young person, with or without an account.
#[derive(DeriveIden)]
enum Guardians {
    Table,
    Id,
    YouthId,
    UserId,
    Email,
    DisplayName,
    Locale,
    Custody,
    CreatedAt,
}

/// The places of an exchange and how they are given out.
#[derive(DeriveIden)]
enum ExchangePlaces {
    Table,
    ExchangeId,
    Capacity,
    Taken,
    ConsentRule,
    Selection,
    Membership,
    LotterySeed,
    LotteryDrawnAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
    ExchangeId,
    YouthId,
    State,
    HoldsPlace,
    RegisteredBy,
    WaitingSince,
    LotteryRank,
    OutcomeReason,
    OfferExpiresAt,
    OverrideReason,
    CreatedAt,
    UpdatedAt,
}

/// The exact text a consent was given to: immutable, one row per version (seeded at start-up
/// by the domain, which holds the texts).
#[derive(DeriveIden)]
enum ConsentTexts {
    Table,
    Id,
    Kind,
    Locale,
    Body,
    Sha256,
    CreatedAt,
}

/// A guardian's single-use consent link (only the token's SHA-256 is stored).
#[derive(DeriveIden)]
enum ConsentLinks {
    Table,
    Id,
    RegistrationId,
    GuardianId,
    Purpose,
    TokenHash,
    Changes,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    RevokedAt,
}

/// Consent given, withdrawn or invalidated: append-only.
#[derive(DeriveIden)]
enum ConsentEvents {
    Table,
    Id,
    RegistrationId,
    GuardianId,
    Kind,
    Event,
    GivenBy,
    ConsentTextId,
    Method,
    TypedName,
    Reason,
    ClientIp,
    UserAgent,
    ActorUserId,
    OccurredAt,
}

/// Medical and emergency information for one registration: read only by its leaders and
/// the municipality's coordinators, every read audited.
#[derive(DeriveIden)]
enum MedicalInformation {
    Table,
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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Exchanges {
    Table,
    Id,
}

/// Tables whose rows are never changed or removed once written.
const APPEND_ONLY: [&str; 2] = ["consent_events", "consent_texts"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(YouthProfiles::Table)
                    .col(uuid(YouthProfiles::Id).primary_key())
                    .col(uuid_null(YouthProfiles::UserId).unique_key())
                    .col(string_len(YouthProfiles::DisplayName, 100))
                    .col(date(YouthProfiles::DateOfBirth))
                    .col(uuid(YouthProfiles::OrganisationId))
                    .col(boolean(YouthProfiles::MembershipConfirmed))
                    .col(boolean(YouthProfiles::FewerOpportunities))
                    .col(string_len(YouthProfiles::Locale, 8))
                    .col(uuid_null(YouthProfiles::CreatedBy))
                    .col(timestamp_with_time_zone(YouthProfiles::CreatedAt))
                    .col(timestamp_with_time_zone(YouthProfiles::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(YouthProfiles::Table, YouthProfiles::UserId)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(YouthProfiles::Table, YouthProfiles::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("youth_profiles_by_organisation")
                    .table(YouthProfiles::Table)
                    .col(YouthProfiles::OrganisationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Guardians::Table)
                    .col(uuid(Guardians::Id).primary_key())
                    .col(uuid(Guardians::YouthId))
                    .col(uuid_null(Guardians::UserId))
                    .col(string_len(Guardians::Email, 254))
                    .col(string_len(Guardians::DisplayName, 100))
                    .col(string_len(Guardians::Locale, 8))
                    .col(string_len(Guardians::Custody, 8))
                    .col(timestamp_with_time_zone(Guardians::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Guardians::Table, Guardians::YouthId)
                            .to(YouthProfiles::Table, YouthProfiles::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Guardians::Table, Guardians::UserId)
                            .to(Users::Table, Users::Id),
                    )
                    .check(Expr::cust("custody IN ('joint', 'sole')"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("guardians_one_per_address")
                    .table(Guardians::Table)
                    .col(Guardians::YouthId)
                    .col(Guardians::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("guardians_by_user", Guardians::UserId),
            ("guardians_by_email", Guardians::Email),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Guardians::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ExchangePlaces::Table)
                    .col(uuid(ExchangePlaces::ExchangeId).primary_key())
                    .col(integer(ExchangePlaces::Capacity))
                    .col(integer(ExchangePlaces::Taken))
                    .col(string_len(ExchangePlaces::ConsentRule, 16))
                    .col(string_len(ExchangePlaces::Selection, 16))
                    .col(string_len(ExchangePlaces::Membership, 16))
                    .col(big_integer_null(ExchangePlaces::LotterySeed))
                    .col(timestamp_with_time_zone_null(
                        ExchangePlaces::LotteryDrawnAt,
                    ))
                    .col(timestamp_with_time_zone(ExchangePlaces::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangePlaces::Table, ExchangePlaces::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id),
                    )
                    // The last line of defence against overbooking.
                    .check(Expr::cust("taken >= 0 AND taken <= capacity"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Registrations::Table)
                    .col(uuid(Registrations::Id).primary_key())
                    .col(uuid(Registrations::ExchangeId))
                    .col(uuid(Registrations::YouthId))
                    .col(string_len(Registrations::State, 24))
                    .col(boolean(Registrations::HoldsPlace))
                    .col(uuid_null(Registrations::RegisteredBy))
                    .col(timestamp_with_time_zone_null(Registrations::WaitingSince))
                    .col(integer_null(Registrations::LotteryRank))
                    .col(text_null(Registrations::OutcomeReason))
                    .col(timestamp_with_time_zone_null(Registrations::OfferExpiresAt))
                    .col(text_null(Registrations::OverrideReason))
                    .col(timestamp_with_time_zone(Registrations::CreatedAt))
                    .col(timestamp_with_time_zone(Registrations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::YouthId)
                            .to(YouthProfiles::Table, YouthProfiles::Id),
                    )
                    // A registration holds a place exactly in the states that have one.
                    .check(Expr::cust(
                        "holds_place = (state IN ('pending_consent', 'confirmed', 'offered'))",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("registrations_one_per_person")
                    .table(Registrations::Table)
                    .col(Registrations::ExchangeId)
                    .col(Registrations::YouthId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("registrations_by_state")
                    .table(Registrations::Table)
                    .col(Registrations::ExchangeId)
                    .col(Registrations::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("registrations_by_youth")
                    .table(Registrations::Table)
                    .col(Registrations::YouthId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConsentTexts::Table)
                    .col(uuid(ConsentTexts::Id).primary_key())
                    .col(string_len(ConsentTexts::Kind, 16))
                    .col(string_len(ConsentTexts::Locale, 8))
                    .col(text(ConsentTexts::Body))
                    .col(string_len(ConsentTexts::Sha256, 64))
                    .col(timestamp_with_time_zone(ConsentTexts::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("consent_texts_one_per_version")
                    .table(ConsentTexts::Table)
                    .col(ConsentTexts::Kind)
                    .col(ConsentTexts::Locale)
                    .col(ConsentTexts::Sha256)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConsentLinks::Table)
                    .col(uuid(ConsentLinks::Id).primary_key())
                    .col(uuid(ConsentLinks::RegistrationId))
                    .col(uuid(ConsentLinks::GuardianId))
                    .col(string_len(ConsentLinks::Purpose, 16))
                    .col(string_len(ConsentLinks::TokenHash, 64).unique_key())
                    .col(json_null(ConsentLinks::Changes))
                    .col(timestamp_with_time_zone(ConsentLinks::CreatedAt))
                    .col(timestamp_with_time_zone(ConsentLinks::ExpiresAt))
                    .col(timestamp_with_time_zone_null(ConsentLinks::UsedAt))
                    .col(timestamp_with_time_zone_null(ConsentLinks::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsentLinks::Table, ConsentLinks::RegistrationId)
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsentLinks::Table, ConsentLinks::GuardianId)
                            .to(Guardians::Table, Guardians::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("consent_links_by_registration")
                    .table(ConsentLinks::Table)
                    .col(ConsentLinks::RegistrationId)
                    .col(ConsentLinks::GuardianId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConsentEvents::Table)
                    .col(uuid(ConsentEvents::Id).primary_key())
                    .col(uuid(ConsentEvents::RegistrationId))
                    .col(uuid_null(ConsentEvents::GuardianId))
                    .col(string_len(ConsentEvents::Kind, 16))
                    .col(string_len(ConsentEvents::Event, 16))
                    .col(string_len(ConsentEvents::GivenBy, 16))
                    .col(uuid_null(ConsentEvents::ConsentTextId))
                    .col(string_len(ConsentEvents::Method, 24))
                    .col(string_len_null(ConsentEvents::TypedName, 100))
                    .col(text_null(ConsentEvents::Reason))
                    .col(string_len_null(ConsentEvents::ClientIp, 45))
                    .col(string_len_null(ConsentEvents::UserAgent, 512))
                    .col(uuid_null(ConsentEvents::ActorUserId))
                    .col(timestamp_with_time_zone(ConsentEvents::OccurredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsentEvents::Table, ConsentEvents::RegistrationId)
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsentEvents::Table, ConsentEvents::ConsentTextId)
                            .to(ConsentTexts::Table, ConsentTexts::Id),
                    )
                    .check(Expr::cust(
                        "kind IN ('travel', 'photos', 'assent') \
                         AND event IN ('given', 'withdrawn', 'invalidated')",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("consent_events_by_registration")
                    .table(ConsentEvents::Table)
                    .col(ConsentEvents::RegistrationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MedicalInformation::Table)
                    .col(uuid(MedicalInformation::RegistrationId).primary_key())
                    .col(text(MedicalInformation::MedicalNotes))
                    .col(text(MedicalInformation::Allergies))
                    .col(text(MedicalInformation::Medication))
                    .col(text(MedicalInformation::DietaryNeeds))
                    .col(json(MedicalInformation::EmergencyContacts))
                    .col(uuid_null(MedicalInformation::UpdatedByGuardian))
                    .col(timestamp_with_time_zone(MedicalInformation::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MedicalInformation::Table,
                                MedicalInformation::RegistrationId,
                            )
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        for table in APPEND_ONLY {
            append_only(db, table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "registrations",
            &[
                "medical_information",
                "consent_events",
                "consent_links",
                "registrations",
                "exchange_places",
                "guardians",
                "youth_profiles",
            ],
        )
        .await?;
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Postgres {
            db.execute_unprepared("DROP FUNCTION IF EXISTS append_only_table() CASCADE")
                .await?;
        }
        for table in [
            MedicalInformation::Table.into_iden(),
            ConsentEvents::Table.into_iden(),
            ConsentLinks::Table.into_iden(),
            ConsentTexts::Table.into_iden(),
            Registrations::Table.into_iden(),
            ExchangePlaces::Table.into_iden(),
            Guardians::Table.into_iden(),
            YouthProfiles::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Refuses UPDATE and DELETE on `table`, on both backends.
async fn append_only(db: &SchemaManagerConnection<'_>, table: &str) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            for op in ["UPDATE", "DELETE"] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {table}_no_{op} BEFORE {op} ON {table} \
                     BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                ))
                .await?;
            }
        }
        DatabaseBackend::Postgres => {
            db.execute_unprepared(
                "CREATE OR REPLACE FUNCTION append_only_table() RETURNS trigger \
                 LANGUAGE plpgsql AS $$ BEGIN \
                 RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
            )
            .await?;
            db.execute_unprepared(&format!(
                "CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} \
                 FOR EACH ROW EXECUTE FUNCTION append_only_table()"
            ))
            .await?;
        }
        other => return Err(DbErr::Migration(format!("unsupported backend {other:?}"))),
    }
    Ok(())
}
