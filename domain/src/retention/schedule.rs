//! A municipality's retention schedule: the configured defaults with its own periods over
//! them, read and set by its coordinators (and global ones).
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::rules::{Periods, RetentionAnchor, RetentionCategory, RetentionScope};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{municipalities, retention_rules},
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    registrations::access::coordinates,
    services::Services,
};

/// One category of a municipality's schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub category: RetentionCategory,
    /// The period in force.
    pub days: i32,
    /// The installation's default.
    pub default_days: i32,
    /// The municipality set its own period.
    pub overridden: bool,
    pub scope: RetentionScope,
    pub anchor: RetentionAnchor,
}

/// Every municipality's own periods, by municipality.
pub async fn all_overrides(
    db: &impl ConnectionTrait,
) -> DomainResult<HashMap<Uuid, Vec<(RetentionCategory, i32)>>> {
    let mut by_municipality: HashMap<Uuid, Vec<(RetentionCategory, i32)>> = HashMap::new();
    for rule in retention_rules::Entity::find().all(db).await? {
        if let Some(category) = RetentionCategory::from_code(&rule.category) {
            by_municipality
                .entry(rule.municipality_id)
                .or_default()
                .push((category, rule.days));
        }
    }
    Ok(by_municipality)
}

async fn overrides_of(
    db: &impl ConnectionTrait,
    municipality_id: Uuid,
) -> DomainResult<Vec<(RetentionCategory, i32)>> {
    Ok(retention_rules::Entity::find()
        .filter(retention_rules::Column::MunicipalityId.eq(municipality_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| RetentionCategory::from_code(&r.category).map(|c| (c, r.days)))
        .collect())
}

fn periods_of(defaults: &Periods, overrides: &[(RetentionCategory, i32)]) -> Vec<Period> {
    let effective = defaults.with_overrides(overrides);
    RetentionCategory::ALL
        .iter()
        .map(|category| Period {
            category: *category,
            days: effective.get(*category),
            default_days: defaults.get(*category),
            overridden: category.scope() == RetentionScope::Municipality
                && overrides.iter().any(|(c, _)| c == category),
            scope: category.scope(),
            anchor: category.anchor(),
        })
        .collect()
}

/// The municipality exists, and the principal coordinates it (or coordinates globally).
async fn authorize(
    db: &impl ConnectionTrait,
    principal: &Principal,
    municipality_id: Uuid,
) -> DomainResult<()> {
    municipalities::Entity::find_by_id(municipality_id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("municipality"))?;
    if !coordinates(&principal.roles, Some(municipality_id)) {
        return Err(DomainError::Forbidden);
    }
    Ok(())
}

/// The municipality's schedule, every category in order.
pub async fn schedule(
    services: &Services,
    principal: &Principal,
    municipality_id: Uuid,
) -> DomainResult<Vec<Period>> {
    let db = &services.db;
    authorize(db, principal, municipality_id).await?;
    in_force(db, &services.settings.retention, municipality_id).await
}

/// The periods in force for a municipality's data, for its privacy notice (public).
pub async fn in_force(
    db: &impl ConnectionTrait,
    defaults: &Periods,
    municipality_id: Uuid,
) -> DomainResult<Vec<Period>> {
    let overrides = overrides_of(db, municipality_id).await?;
    Ok(periods_of(defaults, &overrides))
}

/// Sets the municipality's own period for a category kept per municipality; `None` goes
/// back to the default. Audited.
pub async fn set_period(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality_id: Uuid,
    category: RetentionCategory,
    days: Option<i32>,
) -> DomainResult<Vec<Period>> {
    let txn = begin_write(&services.db).await?;
    authorize(&txn, principal, municipality_id).await?;
    if category.scope() == RetentionScope::Installation {
        return Err(DomainError::field(
            "category",
            "installation_wide",
            "this category is set in the installation's configuration, not per municipality",
        ));
    }
    let defaults = &services.settings.retention;
    let before = overrides_of(&txn, municipality_id).await?;
    let mut after: Vec<(RetentionCategory, i32)> = before
        .iter()
        .copied()
        .filter(|(c, _)| *c != category)
        .collect();
    if let Some(days) = days {
        after.push((category, days));
    }
    // Only what this change causes: a configured default out of step is not the caller's.
    let already = defaults.with_overrides(&before).problems("days");
    let mut caused: Vec<_> = defaults
        .with_overrides(&after)
        .problems("days")
        .into_iter()
        .filter(|problem| !already.contains(problem))
        .map(|(_, error)| error)
        .collect();
    caused.dedup();
    if !caused.is_empty() {
        return Err(DomainError::Validation(caused));
    }
    let previous = before.iter().find(|(c, _)| *c == category).map(|(_, d)| *d);
    match days {
        Some(days) => {
            retention_rules::Entity::insert(retention_rules::ActiveModel {
                municipality_id: Set(municipality_id),
                category: Set(category.code().to_owned()),
                days: Set(days),
                updated_by: Set(Some(principal.user_id)),
                updated_at: Set(Utc::now()),
            })
            .on_conflict(
                OnConflict::columns([
                    retention_rules::Column::MunicipalityId,
                    retention_rules::Column::Category,
                ])
                .update_columns([
                    retention_rules::Column::Days,
                    retention_rules::Column::UpdatedBy,
                    retention_rules::Column::UpdatedAt,
                ])
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        }
        None => {
            retention_rules::Entity::delete_many()
                .filter(retention_rules::Column::MunicipalityId.eq(municipality_id))
                .filter(retention_rules::Column::Category.eq(category.code()))
                .exec(&txn)
                .await?;
        }
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "retention_period_set",
            subject_type: "municipality",
            subject_id: Some(municipality_id),
            details: json!({
                "category": category.code(),
                "days": days,
                "previous": previous,
            }),
        },
    )
    .await?;
    let overrides = overrides_of(&txn, municipality_id).await?;
    txn.commit().await?;
    Ok(periods_of(defaults, &overrides))
}
