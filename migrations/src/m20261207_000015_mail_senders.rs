use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each municipality's own sender for its mails ("Jönköpings kommun – Utbyte"), and on each
/// queued mail the sender and the address replies go to (the teacher, for a mail about a
/// child). Without them a mail is sent as the installation's `APP_MAIL__FROM`.
#[derive(DeriveIden)]
enum Municipalities {
    Table,
    MailSenderName,
    MailSenderAddress,
}

#[derive(DeriveIden)]
enum OutboxEmails {
    Table,
    SenderName,
    SenderAddress,
    ReplyTo,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for column in [
            string_len_null(Municipalities::MailSenderName, 100),
            string_len_null(Municipalities::MailSenderAddress, 254),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Municipalities::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            string_len_null(OutboxEmails::SenderName, 100),
            string_len_null(OutboxEmails::SenderAddress, 254),
            string_len_null(OutboxEmails::ReplyTo, 254),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxEmails::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_lose(
            manager.get_connection(),
            "mail senders",
            vec![
                (
                    "senders municipalities chose".to_owned(),
                    "SELECT COUNT(*) AS n FROM municipalities WHERE mail_sender_address IS NOT NULL"
                        .to_owned(),
                ),
                (
                    "queued mails with their own sender or reply address".to_owned(),
                    "SELECT COUNT(*) AS n FROM outbox_emails WHERE sent_at IS NULL AND \
                     (sender_address IS NOT NULL OR reply_to IS NOT NULL)"
                        .to_owned(),
                ),
            ],
        )
        .await?;
        for column in [
            OutboxEmails::ReplyTo,
            OutboxEmails::SenderAddress,
            OutboxEmails::SenderName,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxEmails::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            Municipalities::MailSenderAddress,
            Municipalities::MailSenderName,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Municipalities::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
