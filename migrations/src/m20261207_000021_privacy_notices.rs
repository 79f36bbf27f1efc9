use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each municipality's privacy notice (GDPR art. 13) in versions, every text of it exactly
/// as a family was shown it, and on each consent event the notice text shown and how the
/// consent was signed.
#[derive(DeriveIden)]
enum PrivacyNotices {
    Table,
    Id,
    MunicipalityId,
    Version,
    /// The responsible committee, as the notice names it.
    Controller,
    ControllerContact,
    /// How to reach the data protection officer (address, telephone).
    DpoContact,
    PublishedBy,
    PublishedAt,
}

#[derive(DeriveIden)]
enum PrivacyNoticeTexts {
    Table,
    Id,
    NoticeId,
    Locale,
    Body,
    Sha256,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConsentEvents {
    Table,
    PrivacyNoticeTextId,
    SigningMethod,
}

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PrivacyNotices::Table)
                    .col(pk_uuid(PrivacyNotices::Id))
                    .col(uuid(PrivacyNotices::MunicipalityId))
                    .col(integer(PrivacyNotices::Version))
                    .col(string_len(PrivacyNotices::Controller, 200))
                    .col(string_len(PrivacyNotices::ControllerContact, 300))
                    .col(string_len_null(PrivacyNotices::DpoContact, 300))
                    .col(uuid_null(PrivacyNotices::PublishedBy))
                    .col(timestamp_with_time_zone(PrivacyNotices::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PrivacyNotices::Table, PrivacyNotices::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("privacy_notices_one_per_version")
                    .table(PrivacyNotices::Table)
                    .col(PrivacyNotices::MunicipalityId)
                    .col(PrivacyNotices::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PrivacyNoticeTexts::Table)
                    .col(pk_uuid(PrivacyNoticeTexts::Id))
                    .col(uuid(PrivacyNoticeTexts::NoticeId))
                    .col(string_len(PrivacyNoticeTexts::Locale, 8))
                    .col(text(PrivacyNoticeTexts::Body))
                    .col(string_len(PrivacyNoticeTexts::Sha256, 64))
                    .col(timestamp_with_time_zone(PrivacyNoticeTexts::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PrivacyNoticeTexts::Table, PrivacyNoticeTexts::NoticeId)
                            .to(PrivacyNotices::Table, PrivacyNotices::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("privacy_notice_texts_one_per_body")
                    .table(PrivacyNoticeTexts::Table)
                    .col(PrivacyNoticeTexts::NoticeId)
                    .col(PrivacyNoticeTexts::Locale)
                    .col(PrivacyNoticeTexts::Sha256)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite adds one at a time. Earlier events keep NULL:
        // they were given before a notice was shown, by a typed name where they have one.
        for column in [
            uuid_null(ConsentEvents::PrivacyNoticeTextId),
            string_len_null(ConsentEvents::SigningMethod, 32),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConsentEvents::Table)
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
            "privacy notices",
            vec![
                (
                    "published privacy notices".to_owned(),
                    "SELECT COUNT(*) AS n FROM privacy_notices WHERE published_by IS NOT NULL"
                        .to_owned(),
                ),
                (
                    "consent events that record the notice shown".to_owned(),
                    "SELECT COUNT(*) AS n FROM consent_events \
                     WHERE privacy_notice_text_id IS NOT NULL"
                        .to_owned(),
                ),
            ],
        )
        .await?;
        for column in [
            ConsentEvents::SigningMethod,
            ConsentEvents::PrivacyNoticeTextId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConsentEvents::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(PrivacyNoticeTexts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PrivacyNotices::Table).to_owned())
            .await?;
        Ok(())
    }
}
