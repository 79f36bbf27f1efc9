use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A consent link minted by a reminder carries when the guardian was first asked and how
/// many reminders its request has had, so the scheduler reminds each request on schedule
/// and the teacher sees since when a guardian has not answered; a link that ran out
/// unanswered is marked once the scheduler has told the teacher.
#[derive(DeriveIden)]
enum ConsentLinks {
    Table,
    RequestedAt,
    RemindersSent,
    ExpiryHandledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(ConsentLinks::Table)
                    .add_column(timestamp_with_time_zone_null(ConsentLinks::RequestedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ConsentLinks::Table)
                    .add_column(integer(ConsentLinks::RemindersSent).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ConsentLinks::Table)
                    .add_column(timestamp_with_time_zone_null(ConsentLinks::ExpiryHandledAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_lose(
            manager.get_connection(),
            "consent reminders",
            vec![(
                "consent links minted by a reminder".to_owned(),
                "SELECT COUNT(*) AS n FROM consent_links WHERE reminders_sent > 0".to_owned(),
            )],
        )
        .await?;
        for column in [
            ConsentLinks::RequestedAt,
            ConsentLinks::RemindersSent,
            ConsentLinks::ExpiryHandledAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConsentLinks::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
