//! The reciprocity ledger: completed exchanges, who hosted and who visited.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    QueryOrder, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    organisations,
    places::{find_town, municipality_of_town},
    rules,
    types::DateRange,
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::completed_exchanges,
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// One side of a completed exchange: an organisation (its town follows), or only a town.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    Organisation(Uuid),
    Town(Uuid),
}

#[derive(Debug, Clone)]
pub struct CompletedExchangeInput {
    pub host: Side,
    pub visitor: Side,
    pub started_on: NaiveDate,
    pub ended_on: NaiveDate,
    pub participants: Option<i32>,
}

/// Resolves a side to (organisation, town), naming `field` when it does not exist.
async fn resolve(
    db: &impl ConnectionTrait,
    field: &'static str,
    side: Side,
) -> DomainResult<(Option<Uuid>, Uuid)> {
    let unknown = |_| DomainError::field(field, "unknown", "no such organisation or town");
    Ok(match side {
        Side::Organisation(id) => {
            let organisation = organisations::find(db, id).await.map_err(unknown)?;
            (Some(id), organisation.town_id)
        }
        Side::Town(id) => (None, find_town(db, id).await.map_err(unknown)?.id),
    })
}

pub(crate) async fn insert_completed(
    db: &impl ConnectionTrait,
    id: Uuid,
    host: (Option<Uuid>, Uuid),
    visitor: (Option<Uuid>, Uuid),
    dates: DateRange,
    participants: Option<i32>,
    recorded_by: Option<Uuid>,
) -> DomainResult<bool> {
    let inserted = completed_exchanges::Entity::insert(completed_exchanges::ActiveModel {
        id: Set(id),
        host_organisation_id: Set(host.0),
        visitor_organisation_id: Set(visitor.0),
        host_town_id: Set(host.1),
        visitor_town_id: Set(visitor.1),
        started_on: Set(dates.from),
        ended_on: Set(dates.to),
        participants: Set(participants),
        recorded_by: Set(recorded_by),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(completed_exchanges::Column::Id)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// Records a completed exchange in the ledger, so matching knows whose turn it is to host.
pub async fn record_completed_exchange(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: CompletedExchangeInput,
) -> DomainResult<completed_exchanges::Model> {
    if !rules::can_manage_towns(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let dates = DateRange::parse("input.dates", input.started_on, input.ended_on)
        .map_err(|e| DomainError::Validation(vec![e]))?;
    if let Some(n) = input.participants
        && !(1..=1000).contains(&n)
    {
        return Err(DomainError::field(
            "input.participants",
            "out_of_range",
            "must be between 1 and 1000",
        ));
    }
    let txn = begin_write(&services.db).await?;
    let host = resolve(&txn, "input.host", input.host).await?;
    let visitor = resolve(&txn, "input.visitor", input.visitor).await?;
    let mut municipalities = Vec::new();
    for town in [host.1, visitor.1] {
        municipalities.extend(municipality_of_town(&txn, town).await?.map(|m| m.id));
    }
    if !rules::can_record_exchange(&principal.roles, &municipalities) {
        return Err(DomainError::Forbidden);
    }
    if host == visitor || (host.0.is_some() && host.0 == visitor.0) {
        return Err(DomainError::field(
            "input.visitor",
            "same_as_host",
            "the visitor must differ from the host",
        ));
    }
    let id = Uuid::now_v7();
    insert_completed(
        &txn,
        id,
        host,
        visitor,
        dates,
        input.participants,
        Some(principal.user_id),
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "completed_exchange_recorded",
            subject_type: "completed_exchange",
            subject_id: Some(id),
            details: json!({
                "host_organisation_id": host.0, "host_town_id": host.1,
                "visitor_organisation_id": visitor.0, "visitor_town_id": visitor.1,
            }),
        },
    )
    .await?;
    let created = completed_exchanges::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("completed exchange"))?;
    txn.commit().await?;
    Ok(created)
}

/// The completed exchanges an organisation hosted or visited, latest first.
pub async fn exchanges_of(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> DomainResult<Vec<completed_exchanges::Model>> {
    Ok(completed_exchanges::Entity::find()
        .filter(
            completed_exchanges::Column::HostOrganisationId
                .eq(organisation_id)
                .or(completed_exchanges::Column::VisitorOrganisationId.eq(organisation_id)),
        )
        .order_by_desc(completed_exchanges::Column::EndedOn)
        .order_by_desc(completed_exchanges::Column::Id)
        .all(db)
        .await?)
}
