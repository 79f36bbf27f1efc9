//! In-app notifications, and the outbox as coordinators and admins see it.
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, UpdateMany,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{notifications, outbox_emails},
    error::{DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// Adds a notification to a user's list; the caller's transaction commits it.
pub async fn record(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    kind: &str,
    title: String,
) -> DomainResult<()> {
    notifications::Entity::insert(notifications::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        kind: Set(kind.to_owned()),
        title: Set(title),
        created_at: Set(Utc::now()),
        read_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next_page: bool,
}

fn page<T>(mut items: Vec<T>, first: u64) -> Page<T> {
    let has_next_page = items.len() as u64 > first;
    items.truncate(first as usize);
    Page {
        items,
        has_next_page,
    }
}

/// The signed-in user's notifications, newest first.
pub async fn list(
    services: &Services,
    principal: &Principal,
    first: u64,
    before_id: Option<Uuid>,
    unread_only: bool,
) -> DomainResult<Page<notifications::Model>> {
    let mut query = notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(principal.user_id))
        .order_by_desc(notifications::Column::Id);
    if let Some(before) = before_id {
        query = query.filter(notifications::Column::Id.lt(before));
    }
    if unread_only {
        query = query.filter(notifications::Column::ReadAt.is_null());
    }
    Ok(page(query.limit(first + 1).all(&services.db).await?, first))
}

/// How many of the signed-in user's notifications are unread.
pub async fn unread_count(services: &Services, principal: &Principal) -> DomainResult<u64> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(principal.user_id))
        .filter(notifications::Column::ReadAt.is_null())
        .count(&services.db)
        .await?)
}

/// Notifications of `user_id` created at or after `from`, oldest first (for live updates).
pub async fn created_since(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    from: chrono::DateTime<Utc>,
) -> DomainResult<Vec<notifications::Model>> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(user_id))
        .filter(Expr::col(notifications::Column::CreatedAt).gte(from))
        .order_by_asc(notifications::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await?)
}

/// Marks the given notifications of the signed-in user read, or all of them when `ids` is
/// `None`. Returns how many changed.
pub async fn mark_read(
    services: &Services,
    principal: &Principal,
    ids: Option<Vec<Uuid>>,
) -> DomainResult<u64> {
    let mut update = notifications::Entity::update_many()
        .col_expr(notifications::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notifications::Column::UserId.eq(principal.user_id))
        .filter(notifications::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notifications::Column::Id.is_in(ids));
    }
    Ok(update.exec(&services.db).await?.rows_affected)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxStatus {
    Pending,
    Sent,
    Failed,
}

/// Queued mails by status, newest first.
pub async fn outbox(
    services: &Services,
    principal: &Principal,
    status: OutboxStatus,
    first: u64,
    before_id: Option<Uuid>,
) -> DomainResult<Page<outbox_emails::Model>> {
    if !crate::accounts::rules::can_oversee(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut query = outbox_emails::Entity::find().order_by_desc(outbox_emails::Column::Id);
    query = match status {
        OutboxStatus::Pending => query
            .filter(outbox_emails::Column::SentAt.is_null())
            .filter(outbox_emails::Column::FailedAt.is_null()),
        OutboxStatus::Sent => query.filter(outbox_emails::Column::SentAt.is_not_null()),
        OutboxStatus::Failed => query.filter(outbox_emails::Column::FailedAt.is_not_null()),
    };
    if let Some(before) = before_id {
        query = query.filter(outbox_emails::Column::Id.lt(before));
    }
    Ok(page(query.limit(first + 1).all(&services.db).await?, first))
}

/// An UPDATE that puts failed mails back in the queue with a fresh set of attempts;
/// mails whose recipient and body retention blanked are left alone.
fn requeue_failed_rows() -> UpdateMany<outbox_emails::Entity> {
    outbox_emails::Entity::update_many()
        .col_expr(
            outbox_emails::Column::FailedAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .col_expr(outbox_emails::Column::Attempts, Expr::value(0))
        .col_expr(
            outbox_emails::Column::NextAttemptAt,
            Expr::value(Utc::now()),
        )
        .filter(outbox_emails::Column::FailedAt.is_not_null())
        .filter(outbox_emails::Column::RedactedAt.is_null())
}

/// Puts a failed mail back in the queue with a fresh set of attempts.
pub async fn requeue(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<outbox_emails::Model> {
    if !crate::accounts::rules::can_oversee(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let requeued = requeue_failed_rows()
        .filter(outbox_emails::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let row = outbox_emails::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("mail"))?;
    if row.redacted_at.is_some() {
        return Err(DomainError::Conflict {
            code: "redacted",
            message: "retention removed this mail's recipient and text",
        });
    }
    if requeued.rows_affected == 0 {
        return Err(DomainError::Conflict {
            code: "not_failed",
            message: "only a failed mail can be queued again",
        });
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "email_requeued",
            subject_type: "outbox_email",
            subject_id: Some(id),
            details: json!({ "template": row.template }),
        },
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(row)
}

/// Which failed mails to queue again; every one of them when nothing is set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FailedMailFilter {
    pub template: Option<String>,
    pub failed_after: Option<chrono::DateTime<Utc>>,
    pub failed_before: Option<chrono::DateTime<Utc>>,
}

impl FailedMailFilter {
    /// Refuses a template name that no template could have, and a window that ends before
    /// it starts.
    pub fn parse(
        template: Option<String>,
        failed_after: Option<chrono::DateTime<Utc>>,
        failed_before: Option<chrono::DateTime<Utc>>,
    ) -> DomainResult<Self> {
        let mut checks = crate::error::Checks::new();
        if let Some(name) = &template
            && (name.is_empty()
                || name.len() > 64
                || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        {
            checks.push(FieldError::new(
                "filter.template",
                "invalid_template",
                "is not a template name (lower-case letters and underscores)",
            ));
        }
        if let (Some(after), Some(before)) = (failed_after, failed_before)
            && after >= before
        {
            checks.push(FieldError::new(
                "filter.failedBefore",
                "invalid_range",
                "must be later than failedAfter",
            ));
        }
        checks.finish()?;
        Ok(Self {
            template,
            failed_after,
            failed_before,
        })
    }
}

/// Queues every failed mail that matches `filter` again, with a fresh set of attempts, in
/// one transaction with one audit event. Returns how many were queued.
pub async fn requeue_failed(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    filter: &FailedMailFilter,
) -> DomainResult<u64> {
    if !crate::accounts::rules::can_oversee(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut update = requeue_failed_rows();
    if let Some(template) = &filter.template {
        update = update.filter(outbox_emails::Column::Template.eq(template.as_str()));
    }
    if let Some(after) = filter.failed_after {
        update = update.filter(Expr::col(outbox_emails::Column::FailedAt).gte(after));
    }
    if let Some(before) = filter.failed_before {
        update = update.filter(Expr::col(outbox_emails::Column::FailedAt).lt(before));
    }
    let txn = begin_write(&services.db).await?;
    let requeued = update.exec(&txn).await?.rows_affected;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "emails_requeued",
            subject_type: "outbox_email",
            subject_id: None,
            details: json!({
                "count": requeued,
                "template": filter.template,
                "failedAfter": filter.failed_after,
                "failedBefore": filter.failed_before,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(requeued)
}
