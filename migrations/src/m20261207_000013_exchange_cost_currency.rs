use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What a family pays for an exchange carries its currency (ISO 4217): kronor by default.
/// The costs entered before were euro, so those keep `EUR`.
#[derive(DeriveIden)]
enum Exchanges {
    Table,
    CostCurrency,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Exchanges::Table)
                    .add_column(string_len(Exchanges::CostCurrency, 3).default("SEK"))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::update()
                    .table(Exchanges::Table)
                    .value(Exchanges::CostCurrency, "EUR")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Without the column every cost reads as euro again: refuse while any is not.
        crate::refuse_to_lose(
            manager.get_connection(),
            "exchange cost currencies",
            vec![(
                "costs in a currency other than euro".to_owned(),
                "SELECT COUNT(*) AS n FROM exchanges WHERE cost_currency <> 'EUR'".to_owned(),
            )],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Exchanges::Table)
                    .drop_column(Exchanges::CostCurrency)
                    .to_owned(),
            )
            .await
    }
}
