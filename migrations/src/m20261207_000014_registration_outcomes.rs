use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Why the selection placed a registration where it did, as data beside the English
/// sentence (`outcome_reason`), so that each reader gets it in their own language.
#[derive(DeriveIden)]
enum Registrations {
    Table,
    Outcome,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(json_null(Registrations::Outcome))
                    .to_owned(),
            )
            .await
    }

    /// The English sentence stays with every registration, so nothing a person reads is lost.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .drop_column(Registrations::Outcome)
                    .to_owned(),
            )
            .await
    }
}
