use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The official deadline of a call round of an action, as the programme publishes it.
#[derive(DeriveIden)]
enum FundingCallDeadlines {
    Table,
    Action,
    CallYear,
    Round,
    Deadline,
    Note,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FundingCallDeadlines::Table)
                    .col(string_len(FundingCallDeadlines::Action, 16))
                    .col(integer(FundingCallDeadlines::CallYear))
                    .col(integer(FundingCallDeadlines::Round))
                    .col(timestamp_with_time_zone(FundingCallDeadlines::Deadline))
                    .col(text(FundingCallDeadlines::Note))
                    .col(uuid_null(FundingCallDeadlines::UpdatedBy))
                    .col(timestamp_with_time_zone(FundingCallDeadlines::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(FundingCallDeadlines::Action)
                            .col(FundingCallDeadlines::CallYear)
                            .col(FundingCallDeadlines::Round),
                    )
                    .check(Expr::cust("round BETWEEN 1 AND 3"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "funding call deadlines",
            &["funding_call_deadlines"],
        )
        .await?;
        manager
            .drop_table(Table::drop().table(FundingCallDeadlines::Table).to_owned())
            .await
    }
}
