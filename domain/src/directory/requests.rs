//! Partner requests: what an organisation is looking for.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    organisations::find_managed,
    types::{
        AgeRange, DateRange, Direction, RequestStatus, Theme, parse_languages, parse_name,
        parse_text,
    },
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{partner_requests, towns},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
};

#[derive(Debug, Clone)]
pub struct PartnerRequestInput {
    pub title: String,
    pub direction: Direction,
    pub date_from: NaiveDate,
    pub date_to: NaiveDate,
    pub age_min: i32,
    pub age_max: i32,
    pub group_size: i32,
    pub themes: Vec<Theme>,
    pub languages: Vec<String>,
    /// Ids as given: checked against the towns that exist.
    pub preferred_town_ids: Vec<String>,
    pub only_partner_towns: bool,
    pub description: String,
}

const MAX_PREFERRED_TOWNS: usize = 20;

/// Checks every field and returns the columns to store. `towns` is the outcome of
/// [`resolve_towns`], so that bad towns are reported with every other bad field.
pub(crate) fn parse_request(
    input: &PartnerRequestInput,
    preferred_towns: Result<Vec<Uuid>, FieldError>,
) -> DomainResult<partner_requests::ActiveModel> {
    let mut checks = Checks::new();
    let preferred_towns = checks.parse(preferred_towns);
    let title = checks.parse(parse_name("input.title", &input.title, 200));
    let dates = checks.parse(DateRange::parse(
        "input.dates",
        input.date_from,
        input.date_to,
    ));
    let ages = checks.parse(AgeRange::parse(
        "input.ageRange",
        input.age_min,
        input.age_max,
    ));
    let group_size = if (1..=1000).contains(&input.group_size) {
        Some(input.group_size)
    } else {
        checks.push(FieldError::new(
            "input.groupSize",
            "out_of_range",
            "must be between 1 and 1000",
        ));
        None
    };
    let languages = checks.parse(parse_languages("input.languages", &input.languages));
    let description = checks.parse(parse_text("input.description", &input.description, 4000));
    checks.finish()?;
    let (dates, ages) = (dates.expect("checked"), ages.expect("checked"));
    let mut themes: Vec<&str> = input.themes.iter().map(|t| t.code()).collect();
    themes.sort_unstable();
    themes.dedup();
    let mut towns = preferred_towns.expect("checked");
    towns.sort_unstable();
    towns.dedup();
    Ok(partner_requests::ActiveModel {
        title: Set(title.expect("checked")),
        direction: Set(input.direction.code().to_owned()),
        date_from: Set(dates.from),
        date_to: Set(dates.to),
        age_min: Set(ages.min),
        age_max: Set(ages.max),
        group_size: Set(group_size.expect("checked")),
        themes: Set(json!(themes)),
        languages: Set(json!(languages.expect("checked"))),
        preferred_town_ids: Set(json!(towns)),
        only_partner_towns: Set(input.only_partner_towns),
        description: Set(description.expect("checked")),
        ..Default::default()
    })
}

/// The ids of existing towns, or the field error for the first that is not one.
pub(crate) async fn resolve_towns(
    db: &impl ConnectionTrait,
    raw: &[String],
) -> DomainResult<Result<Vec<Uuid>, FieldError>> {
    if raw.len() > MAX_PREFERRED_TOWNS {
        return Ok(Err(FieldError::new(
            "input.preferredTownIds",
            "too_many",
            "at most 20 towns",
        )));
    }
    let mut ids = Vec::with_capacity(raw.len());
    for (index, id) in raw.iter().enumerate() {
        match Uuid::parse_str(id) {
            Ok(id) => ids.push(id),
            Err(_) => {
                return Ok(Err(FieldError::new(
                    format!("input.preferredTownIds[{index}]"),
                    "invalid_id",
                    "is not a valid id",
                )));
            }
        }
    }
    if ids.is_empty() {
        return Ok(Ok(ids));
    }
    let found = towns::Entity::find()
        .filter(towns::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    Ok(
        match ids.iter().position(|id| !found.iter().any(|t| t.id == *id)) {
            Some(index) => Err(FieldError::new(
                format!("input.preferredTownIds[{index}]"),
                "unknown",
                "no such town",
            )),
            None => Ok(ids),
        },
    )
}

pub(crate) async fn insert_request(
    db: &impl ConnectionTrait,
    id: Uuid,
    organisation_id: Uuid,
    created_by: Option<Uuid>,
    mut request: partner_requests::ActiveModel,
) -> DomainResult<bool> {
    let now = Utc::now();
    request.id = Set(id);
    request.organisation_id = Set(organisation_id);
    request.status = Set(RequestStatus::Open.code().to_owned());
    request.created_by = Set(created_by);
    request.created_at = Set(now);
    request.updated_at = Set(now);
    let inserted = partner_requests::Entity::insert(request)
        .on_conflict(
            OnConflict::column(partner_requests::Column::Id)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// Posts a request for the organisation; its members and coordinators may.
pub async fn create_request(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    organisation_id: Uuid,
    input: PartnerRequestInput,
) -> DomainResult<partner_requests::Model> {
    let txn = begin_write(&services.db).await?;
    find_managed(&txn, principal, organisation_id).await?;
    let towns = resolve_towns(&txn, &input.preferred_town_ids).await?;
    let request = parse_request(&input, towns)?;
    let id = Uuid::now_v7();
    insert_request(&txn, id, organisation_id, Some(principal.user_id), request).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "partner_request_created",
            subject_type: "partner_request",
            subject_id: Some(id),
            details: json!({ "organisation_id": organisation_id }),
        },
    )
    .await?;
    let created = find(&txn, id).await?;
    txn.commit().await?;
    Ok(created)
}

pub async fn update_request(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    input: PartnerRequestInput,
) -> DomainResult<partner_requests::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find(&txn, id).await?;
    find_managed(&txn, principal, current.organisation_id).await?;
    let towns = resolve_towns(&txn, &input.preferred_town_ids).await?;
    let mut request = parse_request(&input, towns)?;
    request.id = Set(id);
    request.updated_at = Set(Utc::now());
    let updated = request.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "partner_request_updated",
            subject_type: "partner_request",
            subject_id: Some(id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// Opens or closes a request; closed requests are left out of matching rounds.
pub async fn set_request_status(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    status: RequestStatus,
) -> DomainResult<partner_requests::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find(&txn, id).await?;
    find_managed(&txn, principal, current.organisation_id).await?;
    let before = current.status.clone();
    let mut request: partner_requests::ActiveModel = current.into();
    request.status = Set(status.code().to_owned());
    request.updated_at = Set(Utc::now());
    let updated = request.update(&txn).await?;
    if before != status.code() {
        audit::record(
            &txn,
            meta,
            AuditEvent {
                actor_id: Some(principal.user_id),
                action: "partner_request_status_changed",
                subject_type: "partner_request",
                subject_id: Some(id),
                details: json!({ "before": before, "after": status.code() }),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(updated)
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> DomainResult<partner_requests::Model> {
    partner_requests::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("partner request"))
}

/// An organisation's requests, newest first.
pub async fn requests_of(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> DomainResult<Vec<partner_requests::Model>> {
    Ok(partner_requests::Entity::find()
        .filter(partner_requests::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(partner_requests::Column::Id)
        .all(db)
        .await?)
}

/// Every open request, oldest first.
pub async fn open_requests(
    db: &impl ConnectionTrait,
) -> DomainResult<Vec<partner_requests::Model>> {
    Ok(partner_requests::Entity::find()
        .filter(partner_requests::Column::Status.eq(RequestStatus::Open.code()))
        .order_by_asc(partner_requests::Column::Id)
        .all(db)
        .await?)
}
