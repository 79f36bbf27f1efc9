//! What a signed-in person sees of their own account on every page, and their settings.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use serde_json::json;

use super::registration::one;
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{municipalities, organisations, users},
    error::DomainResult,
    format::TimeZone,
    notifications,
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Locale, Scope},
};

/// The account as every page's header shows it.
pub struct AccountSummary {
    pub user: users::Model,
    pub locale: Locale,
    /// The zone the person reads times in: theirs, else Europe/Stockholm.
    pub time_zone: TimeZone,
    /// The municipality the person works for, when a role ties them to one.
    pub municipality: Option<String>,
    pub unread_notifications: u64,
}

pub async fn summary(services: &Services, principal: &Principal) -> DomainResult<AccountSummary> {
    let user = super::me(services, principal).await?;
    let municipality = municipality_of(services, principal).await?;
    let unread_notifications = notifications::unread_count(services, principal).await?;
    Ok(AccountSummary {
        locale: Locale::from_stored(&user.locale),
        time_zone: TimeZone::from_stored(user.time_zone.as_deref()),
        user,
        municipality,
        unread_notifications,
    })
}

/// The zone a person with an account reads times in: theirs, else Europe/Stockholm, as for
/// anyone without an account.
pub async fn time_zone_of(
    db: &impl sea_orm::ConnectionTrait,
    user_id: Option<uuid::Uuid>,
) -> DomainResult<TimeZone> {
    let chosen = match user_id {
        Some(user_id) => users::Entity::find_by_id(user_id)
            .one(db)
            .await?
            .and_then(|user| user.time_zone),
        None => None,
    };
    Ok(TimeZone::from_stored(chosen.as_deref()))
}

/// The municipality of the first role scoped to one, directly or through an organisation in
/// the municipality's town.
async fn municipality_of(
    services: &Services,
    principal: &Principal,
) -> DomainResult<Option<String>> {
    for (_, scope) in &principal.roles {
        let town_id = match *scope {
            Scope::Municipality(id) => {
                let found = municipalities::Entity::find_by_id(id)
                    .one(&services.db)
                    .await?;
                if let Some(municipality) = found {
                    return Ok(Some(municipality.name));
                }
                continue;
            }
            Scope::Organisation(id) => organisations::Entity::find_by_id(id)
                .one(&services.db)
                .await?
                .map(|organisation| organisation.town_id),
            Scope::Global => None,
        };
        if let Some(town_id) = town_id {
            let found = municipalities::Entity::find()
                .filter(municipalities::Column::TownId.eq(town_id))
                .one(&services.db)
                .await?;
            if let Some(municipality) = found {
                return Ok(Some(municipality.name));
            }
        }
    }
    Ok(None)
}

/// Sets the language of the signed-in person's pages and mails.
pub async fn set_locale(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    raw: &str,
) -> DomainResult<Locale> {
    let locale = Locale::parse("locale", raw).map_err(one)?;
    change_own_setting(
        services,
        principal,
        meta,
        "locale_changed",
        |user| Some(user.locale.clone()),
        |active| active.locale = Set(locale.code().to_owned()),
        locale.code(),
    )
    .await?;
    Ok(locale)
}

/// Sets the time zone the signed-in person reads times in: an IANA name such as
/// `Europe/Helsinki`, refused (field `timeZone`) when the zone database does not know it.
pub async fn set_time_zone(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    raw: &str,
) -> DomainResult<TimeZone> {
    let zone = TimeZone::parse("timeZone", raw).map_err(one)?;
    change_own_setting(
        services,
        principal,
        meta,
        "time_zone_changed",
        |user| user.time_zone.clone(),
        |active| active.time_zone = Set(Some(zone.name().to_owned())),
        zone.name(),
    )
    .await?;
    Ok(zone)
}

/// Changes one setting of the signed-in person's own account with `change` and audits it
/// as `action`, from what `previous` reads to `to`, in one transaction.
async fn change_own_setting(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    action: &'static str,
    previous: impl FnOnce(&users::Model) -> Option<String>,
    change: impl FnOnce(&mut users::ActiveModel),
    to: &str,
) -> DomainResult<()> {
    let txn = begin_write(&services.db).await?;
    let user = super::me(services, principal).await?;
    let from = previous(&user);
    let mut active = user.into_active_model();
    change(&mut active);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action,
            subject_type: "user",
            subject_id: Some(principal.user_id),
            details: json!({ "from": from, "to": to }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
