use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The login budgets shared by every instance on PostgreSQL (SQLite keeps them in its one
/// process): per budget, by a hash of the account or address, the attempts in the current
/// window. Nothing here outlives its window for long: the scheduler deletes spent windows.
#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Key,
    WindowStart,
    Attempts,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LoginAttempts::Table)
                    .col(string_len(LoginAttempts::Key, 64).primary_key())
                    .col(timestamp_with_time_zone(LoginAttempts::WindowStart))
                    .col(integer(LoginAttempts::Attempts))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Budgets of the last minutes only: the instances start counting again.
        manager
            .drop_table(Table::drop().table(LoginAttempts::Table).to_owned())
            .await
    }
}
