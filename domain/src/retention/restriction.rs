//! Restricting a person's data: kept, not processed. Public records in Sweden cannot always
//! be erased on request; a restriction stops every use of the data instead. While it
//! stands there are no new registrations, consents, waiting-list offers or mails for the
//! person, leaders do not see their medical information, and retention keeps their data.
//! The effects live where the data is used (`registrations::access::refuse_if_restricted`).
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::types::parse_reason,
    entities::youth_profiles,
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    registrations::{
        access::{find_youth, youth_relation},
        people::{self, Youth},
    },
    services::Services,
};

/// Coordinators of the young person's municipality and global coordinators: FORBIDDEN for
/// others who see the person, NOT_FOUND for the rest.
async fn authorize(
    db: &impl sea_orm::ConnectionTrait,
    principal: &Principal,
    youth: &youth_profiles::Model,
) -> DomainResult<()> {
    let relation = youth_relation(db, principal, youth).await?;
    if relation.coordinator {
        Ok(())
    } else if relation.may_view() {
        Err(DomainError::Forbidden)
    } else {
        Err(DomainError::NotFound("youth profile"))
    }
}

/// Restricts a young person's data, with a reason of at least 10 characters. Audited.
pub async fn restrict(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    youth_id: Uuid,
    reason: &str,
) -> DomainResult<Youth> {
    let txn = begin_write(&services.db).await?;
    let profile = find_youth(&txn, youth_id).await?;
    authorize(&txn, principal, &profile).await?;
    let reason = parse_reason("reason", reason).map_err(|e| DomainError::Validation(vec![e]))?;
    if profile.restricted_at.is_some() {
        return Err(DomainError::Conflict {
            code: "already_restricted",
            message: "this person's data is already restricted",
        });
    }
    let now = Utc::now();
    let mut active: youth_profiles::ActiveModel = profile.into();
    active.restricted_at = Set(Some(now));
    active.restriction_reason = Set(Some(reason.clone()));
    active.restricted_by = Set(Some(principal.user_id));
    active.updated_at = Set(now);
    active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "personal_data_restricted",
            subject_type: "youth_profile",
            subject_id: Some(youth_id),
            details: json!({ "reason": reason }),
        },
    )
    .await?;
    let youth = people::load(&txn, youth_id).await?;
    txn.commit().await?;
    Ok(youth)
}

/// Lifts a restriction: the data is processed again. Audited.
pub async fn lift(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    youth_id: Uuid,
) -> DomainResult<Youth> {
    let txn = begin_write(&services.db).await?;
    let profile = find_youth(&txn, youth_id).await?;
    authorize(&txn, principal, &profile).await?;
    let Some(restricted_at) = profile.restricted_at else {
        return Err(DomainError::Conflict {
            code: "not_restricted",
            message: "this person's data is not restricted",
        });
    };
    let mut active: youth_profiles::ActiveModel = profile.into();
    active.restricted_at = Set(None);
    active.restriction_reason = Set(None);
    active.restricted_by = Set(None);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "personal_data_restriction_lifted",
            subject_type: "youth_profile",
            subject_id: Some(youth_id),
            details: json!({ "restricted_at": restricted_at }),
        },
    )
    .await?;
    let youth = people::load(&txn, youth_id).await?;
    txn.commit().await?;
    Ok(youth)
}

/// Whether the principal sees when and why a person's data was restricted: coordinators of
/// their municipality and global coordinators.
pub async fn sees_restriction(
    services: &Services,
    principal: &Principal,
    youth: &youth_profiles::Model,
) -> DomainResult<bool> {
    Ok(youth_relation(&services.db, principal, youth)
        .await?
        .coordinator)
}
