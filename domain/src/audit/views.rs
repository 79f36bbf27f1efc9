//! Listing the audit trail: by person, exchange, actor, action and time, newest first, for
//! the coordinators who answer for it.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Query, SelectStatement},
};
use uuid::Uuid;

use crate::{
    accounts::rules::holds_globally,
    entities::{audit_events, exchanges, municipalities, organisations, users, youth_profiles},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::Principal,
    services::Services,
    types::{Role, Scope},
};

/// What the list filters on; every part is optional and they all apply together.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Events about the young person: their `youth_id`, or the profile as subject.
    pub youth_id: Option<Uuid>,
    /// Events by or about the account: its actor, or its subject.
    pub user_id: Option<Uuid>,
    pub exchange_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    /// From this instant, inclusive.
    pub from: Option<DateTime<Utc>>,
    /// Up to this instant, exclusive.
    pub to: Option<DateTime<Utc>>,
}

/// One event with its actor's name (None for the system, or an account since removed).
pub struct AuditEntry {
    pub event: audit_events::Model,
    pub actor_name: Option<String>,
}

pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub has_next_page: bool,
}

/// Which events the principal may read: None for every event (global coordinators and
/// global admins), or the condition that keeps a municipal coordinator to the events tied
/// to their municipalities. Everyone else is refused.
pub fn visible_condition(principal: &Principal) -> DomainResult<Option<Condition>> {
    if holds_globally(&principal.roles, Role::Coordinator)
        || holds_globally(&principal.roles, Role::Admin)
    {
        return Ok(None);
    }
    let municipalities: Vec<Uuid> = principal
        .roles
        .iter()
        .filter_map(|(role, scope)| match (role, scope) {
            (Role::Coordinator, Scope::Municipality(id)) => Some(*id),
            _ => None,
        })
        .collect();
    if municipalities.is_empty() {
        return Err(DomainError::Forbidden);
    }
    Ok(Some(
        Condition::any()
            .add(audit_events::Column::ExchangeId.in_subquery(exchanges_of(&municipalities)))
            .add(audit_events::Column::YouthId.in_subquery(youth_of(&municipalities))),
    ))
}

/// The exchanges the municipalities approve.
fn exchanges_of(municipalities: &[Uuid]) -> SelectStatement {
    Query::select()
        .column(exchanges::Column::Id)
        .from(exchanges::Entity)
        .and_where(exchanges::Column::MunicipalityId.is_in(municipalities.iter().copied()))
        .to_owned()
}

/// The young people whose organisation lies in one of the municipalities' towns.
fn youth_of(municipalities: &[Uuid]) -> SelectStatement {
    let towns = Query::select()
        .column(municipalities::Column::TownId)
        .from(municipalities::Entity)
        .and_where(municipalities::Column::Id.is_in(municipalities.iter().copied()))
        .to_owned();
    let organisations = Query::select()
        .column(organisations::Column::Id)
        .from(organisations::Entity)
        .and_where(organisations::Column::TownId.in_subquery(towns))
        .to_owned();
    Query::select()
        .column(youth_profiles::Column::Id)
        .from(youth_profiles::Entity)
        .and_where(youth_profiles::Column::OrganisationId.in_subquery(organisations))
        .to_owned()
}

/// Checks the filter; errors name fields under `filter.`.
fn parse_filter(filter: &AuditFilter) -> DomainResult<()> {
    let mut checks = Checks::default();
    if let Some(action) = &filter.action
        && (action.is_empty()
            || action.len() > 64
            || !action
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
    {
        checks.push(FieldError::new(
            "filter.action",
            "invalid_action",
            "must be an action code: lower-case letters, digits and _",
        ));
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from > to
    {
        checks.push(FieldError::new(
            "filter.to",
            "before_from",
            "must not be before from",
        ));
    }
    checks.finish()
}

/// The events the principal may read that match `filter`, newest first, a page at a time;
/// `after` is the id of the last event of the previous page.
pub async fn list(
    services: &Services,
    principal: &Principal,
    filter: AuditFilter,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<AuditPage> {
    let visible = visible_condition(principal)?;
    parse_filter(&filter)?;
    let db = &services.db;
    let mut query = audit_events::Entity::find()
        .order_by_desc(audit_events::Column::OccurredAt)
        .order_by_desc(audit_events::Column::Id)
        .limit(first + 1);
    if let Some(visible) = visible.clone() {
        query = query.filter(visible);
    }
    if let Some(youth) = filter.youth_id {
        query = query.filter(super::about_youth(youth));
    }
    if let Some(user) = filter.user_id {
        query = query.filter(
            Condition::any()
                .add(audit_events::Column::ActorId.eq(user))
                .add(audit_events::Column::SubjectId.eq(user)),
        );
    }
    if let Some(exchange) = filter.exchange_id {
        query = query.filter(audit_events::Column::ExchangeId.eq(exchange));
    }
    if let Some(actor) = filter.actor_id {
        query = query.filter(audit_events::Column::ActorId.eq(actor));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_events::Column::Action.eq(action.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_events::Column::OccurredAt.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_events::Column::OccurredAt.lt(to));
    }
    if let Some(after) = after {
        // Only an event the principal may read is a cursor: no probing for others' events.
        let mut cursor = audit_events::Entity::find_by_id(after);
        if let Some(visible) = visible {
            cursor = cursor.filter(visible);
        }
        let last = cursor.one(db).await?.ok_or_else(|| {
            DomainError::field("after", "invalid_cursor", "is not a cursor from this list")
        })?;
        query = query.filter(
            Condition::any()
                .add(audit_events::Column::OccurredAt.lt(last.occurred_at))
                .add(
                    Condition::all()
                        .add(audit_events::Column::OccurredAt.eq(last.occurred_at))
                        .add(audit_events::Column::Id.lt(last.id)),
                ),
        );
    }
    let mut rows = query.all(db).await?;
    let has_next_page = rows.len() as u64 > first;
    rows.truncate(first as usize);
    let names = actor_names(db, &rows).await?;
    Ok(AuditPage {
        entries: rows
            .into_iter()
            .map(|event| AuditEntry {
                actor_name: event.actor_id.and_then(|id| names.get(&id).cloned()),
                event,
            })
            .collect(),
        has_next_page,
    })
}

/// The display names of a page's actors, in one query.
async fn actor_names(
    db: &impl ConnectionTrait,
    events: &[audit_events::Model],
) -> DomainResult<HashMap<Uuid, String>> {
    let mut ids: Vec<Uuid> = events.iter().filter_map(|e| e.actor_id).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.display_name))
        .collect())
}
