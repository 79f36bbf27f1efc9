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

pub struct Migrator;

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
        ]
    }
}
