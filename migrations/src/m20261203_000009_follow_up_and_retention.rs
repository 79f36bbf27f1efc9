use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{ConnectionTrait, DatabaseBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The teacher's report after an exchange.
#[derive(DeriveIden)]
enum ExchangeReports {
    Table,
    ExchangeId,
    WhatHappened,
    Outcomes,
    FeedbackSummary,
    ActualCostCents,
    FiledBy,
    FiledAt,
}

/// One participant of an exchange that took place, without anything that names them: the
/// follow-up figures read these, so they outlive the registrations retention removes.
#[derive(DeriveIden)]
enum ParticipationRecords {
    Table,
    Id,
    ExchangeId,
    AgeBand,
    Gender,
    FewerOpportunities,
    FirstTime,
    Days,
}

#[derive(DeriveIden)]
enum YouthProfiles {
    Table,
    Gender,
    FirstExchangeOn,
    RestrictedAt,
    RestrictionReason,
    RestrictedBy,
}

/// A municipality's own retention period for one category of data (defaults are settings).
#[derive(DeriveIden)]
enum RetentionRules {
    Table,
    MunicipalityId,
    Category,
    Days,
    UpdatedBy,
    UpdatedAt,
}

/// What each run of the retention job did. While a run's row is unfinished, its own
/// transaction may delete from the append-only tables.
#[derive(DeriveIden)]
enum RetentionRuns {
    Table,
    Id,
    StartedAt,
    FinishedAt,
    RanBy,
    Outcome,
}

#[derive(DeriveIden)]
enum OutboxEmails {
    Table,
    RedactedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    ExchangeId,
    YouthId,
}

#[derive(DeriveIden)]
enum Exchanges {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
}

const EXCHANGE_STATES_BEFORE: &str = "'rejected', 'cancelled')";
const EXCHANGE_STATES_AFTER: &str = "'rejected', 'cancelled', 'reported')";

/// `text` as an SQL string literal.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The tables whose rows only the retention job may delete.
const APPEND_ONLY: [&str; 3] = ["audit_events", "consent_events", "consent_texts"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set_exchange_states(manager, EXCHANGE_STATES_BEFORE, EXCHANGE_STATES_AFTER).await?;

        manager
            .create_table(
                Table::create()
                    .table(ExchangeReports::Table)
                    .col(uuid(ExchangeReports::ExchangeId).primary_key())
                    .col(text(ExchangeReports::WhatHappened))
                    .col(text(ExchangeReports::Outcomes))
                    .col(text(ExchangeReports::FeedbackSummary))
                    .col(big_integer(ExchangeReports::ActualCostCents))
                    .col(uuid_null(ExchangeReports::FiledBy))
                    .col(timestamp_with_time_zone(ExchangeReports::FiledAt))
                    .check(Expr::cust("actual_cost_cents >= 0"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeReports::Table, ExchangeReports::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ParticipationRecords::Table)
                    .col(pk_uuid(ParticipationRecords::Id))
                    .col(uuid(ParticipationRecords::ExchangeId))
                    .col(string_len(ParticipationRecords::AgeBand, 16))
                    .col(string_len_null(ParticipationRecords::Gender, 16))
                    .col(boolean(ParticipationRecords::FewerOpportunities))
                    .col(boolean(ParticipationRecords::FirstTime))
                    .col(integer(ParticipationRecords::Days))
                    .check(Expr::cust("days > 0"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ParticipationRecords::Table,
                                ParticipationRecords::ExchangeId,
                            )
                            .to(Exchanges::Table, Exchanges::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_participation_records_exchange")
                    .table(ParticipationRecords::Table)
                    .col(ParticipationRecords::ExchangeId)
                    .to_owned(),
            )
            .await?;

        // SQLite adds one column per statement.
        for column in [
            string_len_null(YouthProfiles::Gender, 16),
            date_null(YouthProfiles::FirstExchangeOn),
            timestamp_with_time_zone_null(YouthProfiles::RestrictedAt),
            text_null(YouthProfiles::RestrictionReason),
            uuid_null(YouthProfiles::RestrictedBy),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(YouthProfiles::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(RetentionRules::Table)
                    .col(uuid(RetentionRules::MunicipalityId))
                    .col(string_len(RetentionRules::Category, 32))
                    .col(integer(RetentionRules::Days))
                    .col(uuid_null(RetentionRules::UpdatedBy))
                    .col(timestamp_with_time_zone(RetentionRules::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(RetentionRules::MunicipalityId)
                            .col(RetentionRules::Category),
                    )
                    .check(Expr::cust("days >= 0"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RetentionRules::Table, RetentionRules::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RetentionRuns::Table)
                    .col(pk_uuid(RetentionRuns::Id))
                    .col(timestamp_with_time_zone(RetentionRuns::StartedAt))
                    .col(timestamp_with_time_zone_null(RetentionRuns::FinishedAt))
                    .col(uuid_null(RetentionRuns::RanBy))
                    .col(json(RetentionRuns::Outcome))
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(OutboxEmails::Table)
                    .add_column(timestamp_with_time_zone_null(OutboxEmails::RedactedAt))
                    .to_owned(),
            )
            .await?;

        for column in [AuditEvents::ExchangeId, AuditEvents::YouthId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditEvents::Table)
                        .add_column(uuid_null(column))
                        .to_owned(),
                )
                .await?;
        }
        for (name, column) in [
            ("ix_audit_events_exchange", AuditEvents::ExchangeId),
            ("ix_audit_events_youth", AuditEvents::YouthId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditEvents::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        let db = manager.get_connection();
        backfill_audit_subjects(db).await?;
        for table in APPEND_ONLY {
            append_only(db, table, true).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        refuse_to_lose_data(db).await?;

        for table in APPEND_ONLY {
            append_only(db, table, false).await?;
        }
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            db.execute_unprepared("DROP FUNCTION append_only_except_retention()")
                .await?;
        }

        for name in ["ix_audit_events_exchange", "ix_audit_events_youth"] {
            manager
                .drop_index(
                    Index::drop()
                        .name(name)
                        .table(AuditEvents::Table)
                        .to_owned(),
                )
                .await?;
        }
        // SQLite drops one column per statement.
        let columns = [
            (
                AuditEvents::Table.into_iden(),
                AuditEvents::ExchangeId.into_iden(),
            ),
            (
                AuditEvents::Table.into_iden(),
                AuditEvents::YouthId.into_iden(),
            ),
            (
                OutboxEmails::Table.into_iden(),
                OutboxEmails::RedactedAt.into_iden(),
            ),
            (
                YouthProfiles::Table.into_iden(),
                YouthProfiles::Gender.into_iden(),
            ),
            (
                YouthProfiles::Table.into_iden(),
                YouthProfiles::FirstExchangeOn.into_iden(),
            ),
            (
                YouthProfiles::Table.into_iden(),
                YouthProfiles::RestrictedAt.into_iden(),
            ),
            (
                YouthProfiles::Table.into_iden(),
                YouthProfiles::RestrictionReason.into_iden(),
            ),
            (
                YouthProfiles::Table.into_iden(),
                YouthProfiles::RestrictedBy.into_iden(),
            ),
        ];
        for (table, column) in columns {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }

        for table in [
            RetentionRuns::Table.into_iden(),
            RetentionRules::Table.into_iden(),
            ParticipationRecords::Table.into_iden(),
            ExchangeReports::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }

        set_exchange_states(manager, EXCHANGE_STATES_AFTER, EXCHANGE_STATES_BEFORE).await
    }

    // The SQLite schema edit below must happen in one transaction.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }
}

/// Changes the end of the list of states an exchange may be in from `from` to `to`: adds
/// `reported` going up, takes it away going down. PostgreSQL replaces the CHECK; SQLite
/// cannot alter a CHECK, and rebuilding `exchanges` would cascade deletes to every table that
/// refers to it, so its stored definition is edited in place, the procedure SQLite documents
/// for changing a constraint (lang_altertable.html, section 7). Going down, `down` first
/// refuses while an exchange is `reported`, so the stricter CHECK holds for every row.
async fn set_exchange_states(
    manager: &SchemaManager<'_>,
    from: &str,
    to: &str,
) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match manager.get_database_backend() {
        DatabaseBackend::Postgres => {
            let row = db
                .query_one_raw(sea_orm::Statement::from_string(
                    DatabaseBackend::Postgres,
                    "SELECT conname FROM pg_constraint \
                     WHERE conrelid = 'exchanges'::regclass AND contype = 'c' \
                     AND pg_get_constraintdef(oid) LIKE '%''cancelled''%'",
                ))
                .await?
                .ok_or_else(|| DbErr::Migration("exchanges has no state CHECK".into()))?;
            let name: String = row.try_get("", "conname")?;
            db.execute_unprepared(&format!(
                "ALTER TABLE exchanges DROP CONSTRAINT \"{name}\"; \
                 ALTER TABLE exchanges ADD CONSTRAINT exchanges_state_check CHECK (state IN \
                 ('draft', 'submitted', 'changes_requested', 'approved', \
                 'open_for_registration', 'registration_closed', 'under_way', 'completed', \
                 {to})"
            ))
            .await?;
        }
        DatabaseBackend::Sqlite => {
            let version: i64 = db
                .query_one_raw(sea_orm::Statement::from_string(
                    DatabaseBackend::Sqlite,
                    "PRAGMA schema_version",
                ))
                .await?
                .ok_or_else(|| DbErr::Migration("no schema version".into()))?
                .try_get_by_index(0)?;
            db.execute_unprepared("PRAGMA writable_schema = ON").await?;
            let (before, after) = (quoted(from), quoted(to));
            let edited = db
                .execute_unprepared(&format!(
                    "UPDATE sqlite_schema SET sql = replace(sql, {before}, {after}) \
                     WHERE type = 'table' AND name = 'exchanges' AND instr(sql, {before}) > 0"
                ))
                .await?
                .rows_affected();
            db.execute_unprepared(&format!("PRAGMA schema_version = {}", version + 1))
                .await?;
            db.execute_unprepared("PRAGMA writable_schema = OFF")
                .await?;
            if edited != 1 {
                return Err(DbErr::Migration(
                    "the exchanges state CHECK was not found".into(),
                ));
            }
        }
        other => return Err(DbErr::Migration(format!("unsupported backend {other:?}"))),
    }
    Ok(())
}

/// The exchange and young person of an audit event as its subject and details tell them:
/// what the backfill writes, and what a rollback may drop because going up again restores it.
/// SQLite keeps UUIDs as 16-byte blobs, the details as text.
fn audit_subjects(backend: DatabaseBackend) -> (&'static str, &'static str) {
    match backend {
        DatabaseBackend::Postgres => (
            "CASE WHEN subject_type = 'exchange' THEN subject_id \
             ELSE (details->>'exchange_id')::uuid END",
            "CASE WHEN subject_type = 'youth_profile' THEN subject_id \
             WHEN subject_type = 'registration' THEN (SELECT r.youth_id FROM registrations r \
               WHERE r.id = audit_events.subject_id) \
             ELSE (details->>'youth_id')::uuid END",
        ),
        _ => (
            "CASE WHEN subject_type = 'exchange' THEN subject_id \
             ELSE unhex(replace(json_extract(details, '$.exchange_id'), '-', '')) END",
            "CASE WHEN subject_type = 'youth_profile' THEN subject_id \
             WHEN subject_type = 'registration' THEN (SELECT r.youth_id FROM registrations r \
               WHERE r.id = audit_events.subject_id) \
             ELSE unhex(replace(json_extract(details, '$.youth_id'), '-', '')) END",
        ),
    }
}

/// Events written before these columns existed carry the exchange and young person in
/// their details.
async fn backfill_audit_subjects(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    let (exchange, youth) = audit_subjects(db.get_database_backend());
    let sql = &format!("UPDATE audit_events SET exchange_id = {exchange}, youth_id = {youth}");
    // The append-only trigger refuses this one update; lift it for the backfill.
    match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            db.execute_unprepared(&format!(
                "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only; {sql}; \
                 ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only"
            ))
            .await?;
        }
        _ => {
            db.execute_unprepared("DROP TRIGGER audit_events_no_UPDATE")
                .await?;
            db.execute_unprepared(sql).await?;
            db.execute_unprepared(
                "CREATE TRIGGER audit_events_no_UPDATE BEFORE UPDATE ON audit_events \
                 BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
            )
            .await?;
        }
    }
    Ok(())
}

/// Refuses the rollback while it would drop data that going up again cannot bring back.
async fn refuse_to_lose_data(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    let (exchange, youth) = audit_subjects(db.get_database_backend());
    let checks = [
        (
            "rows of exchange_reports",
            "exchange_reports",
            "1 = 1".to_owned(),
        ),
        (
            "rows of participation_records",
            "participation_records",
            "1 = 1".to_owned(),
        ),
        (
            "rows of retention_rules",
            "retention_rules",
            "1 = 1".to_owned(),
        ),
        (
            "rows of retention_runs",
            "retention_runs",
            "1 = 1".to_owned(),
        ),
        (
            "young people with a gender, first exchange or restriction",
            "youth_profiles",
            "gender IS NOT NULL OR first_exchange_on IS NOT NULL OR restricted_at IS NOT NULL \
             OR restriction_reason IS NOT NULL OR restricted_by IS NOT NULL"
                .to_owned(),
        ),
        (
            "redacted mails",
            "outbox_emails",
            "redacted_at IS NOT NULL".to_owned(),
        ),
        (
            "reported exchanges",
            "exchanges",
            "state = 'reported'".to_owned(),
        ),
        (
            "audit events whose exchange or young person is not in their details",
            "audit_events",
            format!(
                "exchange_id IS DISTINCT FROM ({exchange}) OR youth_id IS DISTINCT FROM ({youth})"
            ),
        ),
    ]
    .into_iter()
    .map(|(what, table, condition)| {
        (
            what.to_owned(),
            format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}"),
        )
    })
    .collect();
    crate::refuse_to_lose(db, "follow-up and retention", checks).await
}

/// Keeps `table` append-only. `during_retention` lets the retention job's transaction (the
/// one with an unfinished row in `retention_runs`) delete from it; without it, the triggers
/// are again exactly those migrations 2 and 8 created. UPDATE stays refused. The job
/// inserts and finishes its row in one transaction, so no other transaction ever sees an
/// unfinished one; a row committed unfinished by hand would open the tables to deletes, which
/// is why only the job writes `retention_runs`.
async fn append_only(
    db: &SchemaManagerConnection<'_>,
    table: &str,
    during_retention: bool,
) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let unless = if during_retention {
                "WHEN NOT EXISTS (SELECT 1 FROM retention_runs WHERE finished_at IS NULL) "
            } else {
                ""
            };
            db.execute_unprepared(&format!("DROP TRIGGER {table}_no_DELETE"))
                .await?;
            db.execute_unprepared(&format!(
                "CREATE TRIGGER {table}_no_DELETE BEFORE DELETE ON {table} {unless}\
                 BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            ))
            .await?;
        }
        DatabaseBackend::Postgres => {
            let function = match (during_retention, table) {
                (true, _) => {
                    db.execute_unprepared(
                        "CREATE OR REPLACE FUNCTION append_only_except_retention() \
                         RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                         IF TG_OP = 'DELETE' AND EXISTS \
                           (SELECT 1 FROM retention_runs WHERE finished_at IS NULL) THEN \
                           RETURN OLD; END IF; \
                         RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
                    )
                    .await?;
                    "append_only_except_retention"
                }
                (false, "audit_events") => "audit_events_append_only",
                (false, _) => "append_only_table",
            };
            db.execute_unprepared(&format!(
                "DROP TRIGGER {table}_append_only ON {table}; \
                 CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} \
                 FOR EACH ROW EXECUTE FUNCTION {function}()"
            ))
            .await?;
        }
        other => return Err(DbErr::Migration(format!("unsupported backend {other:?}"))),
    }
    Ok(())
}
