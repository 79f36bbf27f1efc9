//! The append-only audit trail. Events are written in the transaction of the change they record.
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::{entities::audit_events, error::DomainResult, principal::RequestMeta};

pub struct AuditEvent<'a> {
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<Uuid>,
    /// Never passwords, tokens or medical text.
    pub details: serde_json::Value,
}

pub async fn record(
    db: &impl ConnectionTrait,
    meta: &RequestMeta,
    event: AuditEvent<'_>,
) -> DomainResult<()> {
    audit_events::Entity::insert(audit_events::ActiveModel {
        id: Set(Uuid::now_v7()),
        occurred_at: Set(Utc::now()),
        actor_id: Set(event.actor_id),
        action: Set(event.action.to_owned()),
        subject_type: Set(event.subject_type.to_owned()),
        subject_id: Set(event.subject_id),
        request_id: Set(meta.request_id.clone()),
        details: Set(event.details),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
