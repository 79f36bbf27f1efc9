//! The append-only audit trail. Events are written in the transaction of the change they record;
//! coordinators list them (`views`) and produce everything stored about one person (`export`);
//! each event is a link of a hash chain (`chain`).
pub mod chain;
pub mod export;
pub mod views;

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use crate::{entities::audit_events, error::DomainResult, principal::RequestMeta};

/// The events about one young person: those that name them, those about their profile, and
/// the roster exports that listed them (one event per export names every child in
/// `details.youth_ids`, since each row carries medical information).
pub fn about_youth(youth_id: Uuid) -> Condition {
    Condition::any()
        .add(audit_events::Column::YouthId.eq(youth_id))
        .add(
            Condition::all()
                .add(audit_events::Column::SubjectType.eq("youth_profile"))
                .add(audit_events::Column::SubjectId.eq(youth_id)),
        )
        .add(
            Condition::all()
                .add(audit_events::Column::Action.eq(ROSTER_EXPORTED))
                .add(Expr::cust("CAST(details AS TEXT)").like(format!("%{youth_id}%"))),
        )
}

/// The action of a roster export.
pub const ROSTER_EXPORTED: &str = "roster_exported";

pub struct AuditEvent<'a> {
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<Uuid>,
    /// Never passwords, tokens or medical text.
    pub details: serde_json::Value,
}

impl AuditEvent<'_> {
    /// The exchange or young person the event concerns: its subject, or named in its details,
    /// kept in columns of their own so the audit views can find every event about them.
    fn concerned(&self, subject_type: &str, detail: &str) -> Option<Uuid> {
        if self.subject_type == subject_type {
            return self.subject_id;
        }
        self.details
            .get(detail)
            .and_then(|id| id.as_str())
            .and_then(|id| Uuid::parse_str(id).ok())
    }
}

pub async fn record(
    db: &impl ConnectionTrait,
    meta: &RequestMeta,
    event: AuditEvent<'_>,
) -> DomainResult<()> {
    chain::append(
        db,
        audit_events::Model {
            id: Uuid::now_v7(),
            occurred_at: chain::now(),
            actor_id: event.actor_id,
            action: event.action.to_owned(),
            subject_type: event.subject_type.to_owned(),
            subject_id: event.subject_id,
            request_id: meta.request_id.clone(),
            exchange_id: event.concerned("exchange", "exchange_id"),
            youth_id: event.concerned("youth_profile", "youth_id"),
            details: event.details,
            chain_seq: None,
            prev_hash: None,
            row_hash: None,
        },
    )
    .await
}
