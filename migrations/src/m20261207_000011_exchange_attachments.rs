use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Files attached to an exchange (risk assessment, insurance certificate, programme), kept
/// in the database so that a file and the change that attached it commit together. A
/// removed file is deleted; the audit trail keeps its kind, size and SHA-256.
#[derive(DeriveIden)]
enum ExchangeAttachments {
    Table,
    Id,
    ExchangeId,
    Kind,
    FileName,
    MediaType,
    SizeBytes,
    Sha256,
    Content,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Exchanges {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ExchangeAttachments::Table)
                    .col(pk_uuid(ExchangeAttachments::Id))
                    .col(uuid(ExchangeAttachments::ExchangeId))
                    .col(string_len(ExchangeAttachments::Kind, 32))
                    .col(string_len(ExchangeAttachments::FileName, 255))
                    .col(string_len(ExchangeAttachments::MediaType, 128))
                    .col(big_integer(ExchangeAttachments::SizeBytes))
                    .col(string_len(ExchangeAttachments::Sha256, 64))
                    .col(blob(ExchangeAttachments::Content))
                    .col(uuid_null(ExchangeAttachments::UploadedBy))
                    .col(timestamp_with_time_zone(ExchangeAttachments::UploadedAt))
                    .check(Expr::cust(
                        "kind IN ('risk_assessment', 'insurance_certificate', 'programme', \
                         'other')",
                    ))
                    .check(Expr::cust("size_bytes >= 0"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeAttachments::Table, ExchangeAttachments::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_exchange_attachments_exchange")
                    .table(ExchangeAttachments::Table)
                    .col(ExchangeAttachments::ExchangeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "exchange attachments",
            &["exchange_attachments"],
        )
        .await?;
        manager
            .drop_table(Table::drop().table(ExchangeAttachments::Table).to_owned())
            .await
    }
}
