//! Files attached to an exchange: its risk assessment, insurance certificate, programme and
//! other documents. Those who may edit the exchange attach and remove them while it is open;
//! those who may see it list and download them (young people and guardians its programme
//! only). The file is stored in the database in the transaction that records it, and every
//! upload, download and removal is an audit event.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, DerivePartialModel, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    access,
    attachment_rules::{self, AttachmentKind, FILE, MAX_PER_EXCHANGE},
    proposals::{self, record},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{exchange_attachments, exchanges},
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// An attached file without its content.
#[derive(Debug, Clone, PartialEq, Eq, DerivePartialModel)]
#[sea_orm(entity = "exchange_attachments::Entity")]
pub struct AttachmentInfo {
    pub id: Uuid,
    pub exchange_id: Uuid,
    pub kind: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: Option<Uuid>,
    pub uploaded_at: DateTime<Utc>,
}

/// A file as it arrives: the kind chosen, the name the browser sent, the bytes.
pub struct Upload {
    pub kind: String,
    pub file_name: String,
    pub content: Vec<u8>,
}

/// Attaches a file. Refused before anything is written when the kind or the file is not
/// acceptable (`kind`, `file`: type detected from the content, size within the limit).
pub async fn attach(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    upload: Upload,
) -> DomainResult<AttachmentInfo> {
    let checked = attachment_rules::check(
        &upload.kind,
        &upload.file_name,
        &upload.content,
        services.settings.attachment_max_bytes,
    )
    .map_err(DomainError::Validation)?;
    let sha256 = hex::encode(Sha256::digest(&upload.content));
    let size_bytes = i64::try_from(upload.content.len())
        .map_err(|_| DomainError::field(FILE, "file_too_large", "the file is too large"))?;

    let txn = begin_write(&services.db).await?;
    lock_for_files(&txn, principal, exchange_id).await?;
    let held = exchange_attachments::Entity::find()
        .filter(exchange_attachments::Column::ExchangeId.eq(exchange_id))
        .count(&txn)
        .await?;
    if held >= MAX_PER_EXCHANGE as u64 {
        return Err(DomainError::field(
            FILE,
            "too_many_files",
            "an exchange holds at most 20 files: remove one first",
        ));
    }
    let info = AttachmentInfo {
        id: Uuid::now_v7(),
        exchange_id,
        kind: checked.kind.code().to_owned(),
        file_name: checked.file_name,
        media_type: checked.file_type.code().to_owned(),
        size_bytes,
        sha256,
        uploaded_by: Some(principal.user_id),
        uploaded_at: Utc::now(),
    };
    exchange_attachments::Entity::insert(exchange_attachments::ActiveModel {
        id: Set(info.id),
        exchange_id: Set(exchange_id),
        kind: Set(info.kind.clone()),
        file_name: Set(info.file_name.clone()),
        media_type: Set(info.media_type.clone()),
        size_bytes: Set(size_bytes),
        sha256: Set(info.sha256.clone()),
        content: Set(upload.content),
        uploaded_by: Set(info.uploaded_by),
        uploaded_at: Set(info.uploaded_at),
    })
    .exec_without_returning(&txn)
    .await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_attachment_added",
        exchange_id,
        facts(&info),
    )
    .await?;
    txn.commit().await?;
    Ok(info)
}

/// An exchange's files as the principal sees them.
pub struct Files {
    pub exchange: exchanges::Model,
    /// Oldest first, without their content.
    pub files: Vec<AttachmentInfo>,
    /// Whether the principal may attach and remove files now.
    pub may_change: bool,
}

/// The files of an exchange. NOT_FOUND for whoever may not see the exchange.
pub async fn list(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
) -> DomainResult<Files> {
    let (exchange, relation) = proposals::find_visible(services, principal, exchange_id).await?;
    let may_change =
        relation.may_edit() && attachment_rules::files_may_change(access::state(&exchange)?);
    let mut query = exchange_attachments::Entity::find()
        .filter(exchange_attachments::Column::ExchangeId.eq(exchange_id));
    if access::participant_only(&principal.roles) {
        let shown = AttachmentKind::ALL
            .iter()
            .filter(|kind| kind.shown_to_participants())
            .map(|kind| kind.code());
        query = query.filter(exchange_attachments::Column::Kind.is_in(shown));
    }
    let files = query
        .order_by_asc(exchange_attachments::Column::UploadedAt)
        .order_by_asc(exchange_attachments::Column::Id)
        .into_partial_model::<AttachmentInfo>()
        .all(&services.db)
        .await?;
    Ok(Files {
        exchange,
        files,
        may_change,
    })
}

/// One file with its content, for those who may see it; the download is an audit event,
/// written before the content is handed out.
pub async fn download(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    attachment_id: Uuid,
) -> DomainResult<exchange_attachments::Model> {
    proposals::find_visible(services, principal, exchange_id).await?;
    let txn = begin_write(&services.db).await?;
    let attachment = exchange_attachments::Entity::find_by_id(attachment_id)
        .filter(exchange_attachments::Column::ExchangeId.eq(exchange_id))
        .one(&txn)
        .await?
        .filter(|found| {
            !access::participant_only(&principal.roles)
                || AttachmentKind::from_code(&found.kind)
                    .is_some_and(AttachmentKind::shown_to_participants)
        })
        .ok_or(DomainError::NotFound("attachment"))?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "exchange_attachment_downloaded",
            subject_type: "exchange_attachment",
            subject_id: Some(attachment_id),
            details: json!({ "exchange_id": exchange_id, "kind": attachment.kind }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(attachment)
}

/// Removes a file. It is deleted; the audit event keeps its kind, type, size and SHA-256.
pub async fn remove(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    attachment_id: Uuid,
) -> DomainResult<()> {
    let txn = begin_write(&services.db).await?;
    lock_for_files(&txn, principal, exchange_id).await?;
    let info = exchange_attachments::Entity::find_by_id(attachment_id)
        .filter(exchange_attachments::Column::ExchangeId.eq(exchange_id))
        .into_partial_model::<AttachmentInfo>()
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("attachment"))?;
    exchange_attachments::Entity::delete_by_id(attachment_id)
        .exec(&txn)
        .await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_attachment_removed",
        exchange_id,
        facts(&info),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What the audit trail keeps of a file: never its name, which may name a child.
fn facts(info: &AttachmentInfo) -> serde_json::Value {
    json!({
        "attachment_id": info.id,
        "kind": info.kind,
        "media_type": info.media_type,
        "size_bytes": info.size_bytes,
        "sha256": info.sha256,
    })
}

/// Takes the exchange's row to change its files: NOT_FOUND for whoever may not see it,
/// FORBIDDEN for those who see but may not edit it, CONFLICT once its record is closed.
async fn lock_for_files(
    txn: &DatabaseTransaction,
    principal: &Principal,
    exchange_id: Uuid,
) -> DomainResult<()> {
    let exchange = proposals::find_for_update(txn, exchange_id).await?;
    let relation = access::relation(txn, principal, &exchange).await?;
    if !relation.may_view(&exchange) {
        return Err(DomainError::NotFound("exchange"));
    }
    if !relation.may_edit() {
        return Err(DomainError::Forbidden);
    }
    if !attachment_rules::files_may_change(access::state(&exchange)?) {
        return Err(DomainError::Conflict {
            code: "not_editable_in_state",
            message: "the exchange's files cannot change in its current state",
        });
    }
    Ok(())
}
