//! Database migrations, one file per migration, portable between SQLite and PostgreSQL.
pub use sea_orm_migration::prelude::*;

mod m20261122_000001_accounts;
mod m20261122_000002_audit_and_outbox;
mod m20261122_000003_notifications;
mod m20261122_000004_directory;
mod m20261122_000005_exchanges;
mod m20261202_000006_funding;
mod m20261203_000007_funding_call_deadlines;
mod m20261203_000008_registrations;
mod m20261203_000009_follow_up_and_retention;
mod m20261207_000010_medical_information_per_guardian;
mod m20261207_000011_exchange_attachments;
mod m20261207_000012_user_time_zones;
mod m20261207_000013_exchange_cost_currency;
mod m20261207_000014_registration_outcomes;
mod m20261207_000015_mail_senders;
mod m20261207_000017_audit_chain;
mod m20261207_000020_list_indexes;
mod m20261207_000021_privacy_notices;
mod m20261207_000024_consent_reminders;
mod m20261207_000025_login_attempts;

pub struct Migrator;

/// Refuses a rollback, before it changes anything, while it would delete data: each check is
/// what would be lost and an SQL query counting it as `n`. The message names every count
/// above zero.
async fn refuse_to_lose(
    db: &SchemaManagerConnection<'_>,
    migration: &str,
    checks: Vec<(String, String)>,
) -> Result<(), DbErr> {
    let mut in_the_way = Vec::new();
    for (what, count) in checks {
        let n: i64 = db
            .query_one_raw(sea_orm_migration::sea_orm::Statement::from_string(
                db.get_database_backend(),
                count,
            ))
            .await?
            .ok_or_else(|| DbErr::Migration(format!("no count of {what}")))?
            .try_get("", "n")?;
        if n > 0 {
            in_the_way.push(format!("{n} {what}"));
        }
    }
    if in_the_way.is_empty() {
        return Ok(());
    }
    Err(DbErr::Migration(format!(
        "refusing to roll back {migration}: it would delete {}; nothing was changed",
        in_the_way.join(", ")
    )))
}

/// Refuses to drop `tables` while any of them holds rows. Reference data the service seeds
/// again at start-up is left out of the list by the caller.
async fn refuse_to_drop_rows(
    db: &SchemaManagerConnection<'_>,
    migration: &str,
    tables: &[&str],
) -> Result<(), DbErr> {
    let checks = tables
        .iter()
        .map(|table| {
            (
                format!("rows of {table}"),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            )
        })
        .collect();
    refuse_to_lose(db, migration, checks).await
}

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_accounts::Migration),
            Box::new(m20261122_000002_audit_and_outbox::Migration),
            Box::new(m20261122_000003_notifications::Migration),
            Box::new(m20261122_000004_directory::Migration),
            Box::new(m20261122_000005_exchanges::Migration),
            Box::new(m20261202_000006_funding::Migration),
            Box::new(m20261203_000007_funding_call_deadlines::Migration),
            Box::new(m20261203_000008_registrations::Migration),
            Box::new(m20261203_000009_follow_up_and_retention::Migration),
            Box::new(m20261207_000010_medical_information_per_guardian::Migration),
            Box::new(m20261207_000011_exchange_attachments::Migration),
            Box::new(m20261207_000012_user_time_zones::Migration),
            Box::new(m20261207_000013_exchange_cost_currency::Migration),
            Box::new(m20261207_000014_registration_outcomes::Migration),
            Box::new(m20261207_000015_mail_senders::Migration),
            Box::new(m20261207_000017_audit_chain::Migration),
            Box::new(m20261207_000020_list_indexes::Migration),
            Box::new(m20261207_000021_privacy_notices::Migration),
            Box::new(m20261207_000024_consent_reminders::Migration),
            Box::new(m20261207_000025_login_attempts::Migration),
        ]
    }
}
