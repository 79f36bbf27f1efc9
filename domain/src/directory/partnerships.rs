//! The register of partnerships between a municipality and a town. Ending one keeps the row,
//! its dates and reasons; every change is an audit event, which `history` reads back.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    places::{find_municipality, find_town},
    rules,
    types::{PartnershipKind, PartnershipStatus, parse_name, parse_text, plausible_date},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{audit_events, partnerships},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
};

#[derive(Debug, Clone)]
pub struct PartnershipInput {
    pub municipality_id: Uuid,
    pub town_id: Uuid,
    pub kind: PartnershipKind,
    pub started_on: Option<NaiveDate>,
    /// The body that decided the agreement, e.g. the executive board.
    pub decided_by: Option<String>,
    pub binding: bool,
    pub notes: String,
}

/// A partnership that passed every check, ready to store.
#[derive(Debug, Clone)]
pub(crate) struct NewPartnership {
    pub municipality_id: Uuid,
    pub town_id: Uuid,
    pub kind: PartnershipKind,
    pub started_on: Option<NaiveDate>,
    pub decided_by: Option<String>,
    pub binding: bool,
    pub notes: String,
    pub ended: Option<Ending>,
}

#[derive(Debug, Clone)]
pub(crate) struct Ending {
    pub on: NaiveDate,
    pub reason: String,
    pub decided_by: Option<String>,
}

fn optional_text(field: &str, raw: Option<&str>, max: usize) -> Result<Option<String>, FieldError> {
    Ok(raw
        .map(|text| parse_text(field, text, max))
        .transpose()?
        .filter(|text| !text.is_empty()))
}

pub(crate) async fn insert_partnership(
    db: &impl ConnectionTrait,
    id: Uuid,
    new: &NewPartnership,
) -> DomainResult<bool> {
    let now = Utc::now();
    let status = if new.ended.is_some() {
        PartnershipStatus::Ended
    } else {
        PartnershipStatus::Active
    };
    let inserted = partnerships::Entity::insert(partnerships::ActiveModel {
        id: Set(id),
        municipality_id: Set(new.municipality_id),
        town_id: Set(new.town_id),
        kind: Set(new.kind.code().to_owned()),
        status: Set(status.code().to_owned()),
        started_on: Set(new.started_on),
        ended_on: Set(new.ended.as_ref().map(|e| e.on)),
        end_reason: Set(new.ended.as_ref().map(|e| e.reason.clone())),
        decided_by: Set(new.decided_by.clone()),
        end_decided_by: Set(new.ended.as_ref().and_then(|e| e.decided_by.clone())),
        binding: Set(new.binding),
        notes: Set(new.notes.clone()),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(partnerships::Column::Id)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// Records a new agreement. Refused when the municipality's policy forbids its kind, or when
/// a sister-city agreement is marked binding.
pub async fn create_partnership(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: PartnershipInput,
) -> DomainResult<partnerships::Model> {
    if !rules::can_manage_municipality(&principal.roles, input.municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    if let Some(started_on) = input.started_on {
        checks.parse(plausible_date("input.startedOn", started_on));
    }
    let decided_by = checks.parse(optional_text(
        "input.decidedBy",
        input.decided_by.as_deref(),
        200,
    ));
    let notes = checks.parse(parse_text("input.notes", &input.notes, 4000));
    checks.finish()?;
    let txn = begin_write(&services.db).await?;
    let municipality = find_municipality(&txn, input.municipality_id)
        .await
        .map_err(|_| {
            DomainError::field("input.municipalityId", "unknown", "no such municipality")
        })?;
    find_town(&txn, input.town_id)
        .await
        .map_err(|_| DomainError::field("input.townId", "unknown", "no such town"))?;
    if input.town_id == municipality.town_id {
        return Err(DomainError::field(
            "input.townId",
            "own_town",
            "a municipality cannot partner with its own town",
        ));
    }
    let already = partnerships::Entity::find()
        .filter(partnerships::Column::MunicipalityId.eq(input.municipality_id))
        .filter(partnerships::Column::TownId.eq(input.town_id))
        .filter(partnerships::Column::Status.eq(PartnershipStatus::Active.code()))
        .one(&txn)
        .await?;
    if already.is_some() {
        return Err(DomainError::Conflict {
            code: "partnership_exists",
            message: "the municipality already has an active partnership with this town",
        });
    }
    if let Some((code, message)) = rules::new_partnership_refusal(
        input.kind,
        input.binding,
        municipality.forbids_new_twin_towns,
    ) {
        return Err(DomainError::Conflict { code, message });
    }
    let id = Uuid::now_v7();
    insert_partnership(
        &txn,
        id,
        &NewPartnership {
            municipality_id: input.municipality_id,
            town_id: input.town_id,
            kind: input.kind,
            started_on: input.started_on,
            decided_by: decided_by.expect("checked"),
            binding: input.binding,
            notes: notes.expect("checked"),
            ended: None,
        },
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "partnership_created",
            subject_type: "partnership",
            subject_id: Some(id),
            details: json!({
                "municipality_id": input.municipality_id,
                "town_id": input.town_id,
                "kind": input.kind.code(),
                "binding": input.binding,
                "started_on": input.started_on,
            }),
        },
    )
    .await?;
    let created = find(&txn, id).await?;
    txn.commit().await?;
    Ok(created)
}

#[derive(Debug, Clone)]
pub struct EndPartnershipInput {
    pub ended_on: NaiveDate,
    pub reason: String,
    pub decided_by: Option<String>,
}

/// Ends an active partnership. The row stays, with the date, the reason and who decided.
pub async fn end_partnership(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    input: EndPartnershipInput,
) -> DomainResult<partnerships::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find(&txn, id).await?;
    if !rules::can_manage_municipality(&principal.roles, current.municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    checks.parse(plausible_date("input.endedOn", input.ended_on));
    let reason = checks.parse(parse_name("input.reason", &input.reason, 2000));
    let decided_by = checks.parse(optional_text(
        "input.decidedBy",
        input.decided_by.as_deref(),
        200,
    ));
    checks.finish()?;
    if current.status == PartnershipStatus::Ended.code() {
        return Err(DomainError::Conflict {
            code: "partnership_already_ended",
            message: "the partnership has already ended",
        });
    }
    if current
        .started_on
        .is_some_and(|start| input.ended_on < start)
    {
        return Err(DomainError::field(
            "input.endedOn",
            "before_start",
            "must not be before the partnership started",
        ));
    }
    let mut active: partnerships::ActiveModel = current.into();
    active.status = Set(PartnershipStatus::Ended.code().to_owned());
    active.ended_on = Set(Some(input.ended_on));
    active.end_reason = Set(reason.clone());
    active.end_decided_by = Set(decided_by.clone().flatten());
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "partnership_ended",
            subject_type: "partnership",
            subject_id: Some(id),
            details: json!({
                "ended_on": input.ended_on,
                "reason": reason,
                "decided_by": decided_by.flatten(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// Replaces the notes of a partnership (active or ended).
pub async fn update_partnership_notes(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    notes: &str,
) -> DomainResult<partnerships::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find(&txn, id).await?;
    if !rules::can_manage_municipality(&principal.roles, current.municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let notes = parse_text("notes", notes, 4000).map_err(|e| DomainError::Validation(vec![e]))?;
    let mut active: partnerships::ActiveModel = current.into();
    active.notes = Set(notes);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "partnership_notes_changed",
            subject_type: "partnership",
            subject_id: Some(id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> DomainResult<partnerships::Model> {
    partnerships::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("partnership"))
}

/// A municipality's partnerships, oldest first; ended ones only when asked.
pub async fn list_partnerships(
    db: &impl ConnectionTrait,
    municipality_id: Uuid,
    include_ended: bool,
) -> DomainResult<Vec<partnerships::Model>> {
    let mut query = partnerships::Entity::find()
        .filter(partnerships::Column::MunicipalityId.eq(municipality_id))
        .order_by_asc(partnerships::Column::CreatedAt)
        .order_by_asc(partnerships::Column::Id);
    if !include_ended {
        query = query.filter(partnerships::Column::Status.eq(PartnershipStatus::Active.code()));
    }
    Ok(query.all(db).await?)
}

/// What happened to a partnership, oldest first, from the audit trail.
pub async fn history(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> DomainResult<Vec<audit_events::Model>> {
    Ok(audit_events::Entity::find()
        .filter(audit_events::Column::SubjectType.eq("partnership"))
        .filter(audit_events::Column::SubjectId.eq(id))
        .order_by_asc(audit_events::Column::OccurredAt)
        .order_by_asc(audit_events::Column::Id)
        .all(db)
        .await?)
}
