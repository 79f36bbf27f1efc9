//! Municipalities and towns.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    rules,
    types::{CountryCode, parse_languages, parse_name, parse_text},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{municipalities, towns},
    error::{Checks, DomainError, DomainResult, FieldError},
    geo::Coordinates,
    principal::{Principal, RequestMeta},
    services::Services,
    types::Email,
};

/// A town as submitted: local and English names, ISO country, region, coordinates, languages.
#[derive(Debug, Clone)]
pub struct TownInput {
    pub local_name: String,
    pub english_name: Option<String>,
    pub country: String,
    pub region: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    pub languages: Vec<String>,
}

/// A town that passed every check.
#[derive(Debug, Clone)]
pub struct NewTown {
    pub local_name: String,
    pub english_name: Option<String>,
    pub country: CountryCode,
    pub region: Option<String>,
    pub coordinates: Coordinates,
    pub languages: Vec<String>,
}

/// Checks a town; errors name fields under `prefix` (e.g. `input`).
pub fn parse_town(prefix: &str, input: &TownInput, checks: &mut Checks) -> Option<NewTown> {
    let local_name = checks.parse(parse_name(
        &format!("{prefix}.localName"),
        &input.local_name,
        120,
    ));
    let english_name = checks.parse(
        input
            .english_name
            .as_deref()
            .map(|name| parse_text(&format!("{prefix}.englishName"), name, 120))
            .transpose(),
    );
    let country = checks.parse(CountryCode::parse(
        &format!("{prefix}.country"),
        &input.country,
    ));
    let region = checks.parse(
        input
            .region
            .as_deref()
            .map(|region| parse_text(&format!("{prefix}.region"), region, 120))
            .transpose(),
    );
    let coordinates = match Coordinates::parse(
        &format!("{prefix}.coordinates"),
        input.latitude,
        input.longitude,
    ) {
        Ok(coordinates) => Some(coordinates),
        Err(errors) => {
            errors.into_iter().for_each(|e| checks.push(e));
            None
        }
    };
    let languages = checks.parse(parse_languages(
        &format!("{prefix}.languages"),
        &input.languages,
    ));
    Some(NewTown {
        local_name: local_name?,
        english_name: english_name?.filter(|name| !name.is_empty()),
        country: country?,
        region: region?.filter(|region| !region.is_empty()),
        coordinates: coordinates?,
        languages: languages?,
    })
}

/// Inserts a town with a given id; an existing row with that id is left as it is.
pub(crate) async fn insert_town(
    db: &impl ConnectionTrait,
    id: Uuid,
    town: &NewTown,
) -> DomainResult<bool> {
    let now = Utc::now();
    let inserted = towns::Entity::insert(towns::ActiveModel {
        id: Set(id),
        local_name: Set(town.local_name.clone()),
        english_name: Set(town.english_name.clone()),
        country: Set(town.country.as_str().to_owned()),
        region: Set(town.region.clone()),
        latitude: Set(town.coordinates.latitude()),
        longitude: Set(town.coordinates.longitude()),
        languages: Set(json!(town.languages)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(towns::Column::Id)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

pub(crate) async fn insert_municipality(
    db: &impl ConnectionTrait,
    id: Uuid,
    town_id: Uuid,
    name: &str,
    forbids_new_twin_towns: bool,
) -> DomainResult<bool> {
    let now = Utc::now();
    let inserted = municipalities::Entity::insert(municipalities::ActiveModel {
        id: Set(id),
        town_id: Set(town_id),
        name: Set(name.to_owned()),
        forbids_new_twin_towns: Set(forbids_new_twin_towns),
        mail_sender_name: Set(None),
        mail_sender_address: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(municipalities::Column::Id)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

pub async fn create_town(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: TownInput,
) -> DomainResult<towns::Model> {
    if !rules::can_manage_towns(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    let town = parse_town("input", &input, &mut checks);
    checks.finish()?;
    let town = town.expect("checked");
    let id = Uuid::now_v7();
    let txn = begin_write(&services.db).await?;
    insert_town(&txn, id, &town).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "town_created",
            subject_type: "town",
            subject_id: Some(id),
            details: json!({ "country": town.country.as_str() }),
        },
    )
    .await?;
    let created = find_town(&txn, id).await?;
    txn.commit().await?;
    Ok(created)
}

/// A municipality as submitted: its name, its own town's place and languages, and policy.
#[derive(Debug, Clone)]
pub struct MunicipalityInput {
    pub name: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub languages: Vec<String>,
    pub forbids_new_twin_towns: bool,
}

/// Creates a municipality and its own town in one step.
pub async fn create_municipality(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: MunicipalityInput,
) -> DomainResult<municipalities::Model> {
    if !rules::can_create_municipality(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    let name = checks.parse(parse_name("input.name", &input.name, 120));
    let town = parse_town(
        "input",
        &TownInput {
            // A bad name is reported once, under `input.name`.
            local_name: name.clone().unwrap_or_else(|| "-".into()),
            english_name: None,
            country: input.country,
            region: None,
            latitude: input.latitude,
            longitude: input.longitude,
            languages: input.languages,
        },
        &mut checks,
    );
    checks.finish()?;
    let town = town.expect("checked");
    let txn = begin_write(&services.db).await?;
    if municipalities::Entity::find()
        .filter(municipalities::Column::Name.eq(&town.local_name))
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(DomainError::field(
            "input.name",
            "taken",
            "a municipality has this name",
        ));
    }
    let (id, town_id) = (Uuid::now_v7(), Uuid::now_v7());
    insert_town(&txn, town_id, &town).await?;
    insert_municipality(
        &txn,
        id,
        town_id,
        &town.local_name,
        input.forbids_new_twin_towns,
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "municipality_created",
            subject_type: "municipality",
            subject_id: Some(id),
            details: json!({ "forbids_new_twin_towns": input.forbids_new_twin_towns }),
        },
    )
    .await?;
    let created = find_municipality(&txn, id).await?;
    txn.commit().await?;
    Ok(created)
}

/// Sets whether the municipality makes new twin-town agreements.
pub async fn set_twin_town_policy(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality_id: Uuid,
    forbids_new_twin_towns: bool,
) -> DomainResult<municipalities::Model> {
    change_municipality(
        services,
        principal,
        meta,
        municipality_id,
        "municipality_policy_changed",
        |m| json!({ "forbids_new_twin_towns": m.forbids_new_twin_towns }),
        |active| active.forbids_new_twin_towns = Set(forbids_new_twin_towns),
    )
    .await
}

/// A municipality's own sender for its mails: a name and an address, or none (the
/// installation's `APP_MAIL__FROM` then).
pub async fn set_mail_sender(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality_id: Uuid,
    sender: Option<(String, String)>,
) -> DomainResult<municipalities::Model> {
    if !rules::can_manage_municipality(&principal.roles, municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let sender = match sender {
        None => None,
        Some((name, address)) => {
            let mut checks = Checks::new();
            let name = checks.parse(parse_name("sender.name", &name, 100).and_then(|name| {
                // A mail header is one line.
                if name.contains(['\n', '\r', '\t']) {
                    Err(FieldError::new(
                        "sender.name",
                        "invalid_characters",
                        "must be one line",
                    ))
                } else {
                    Ok(name)
                }
            }));
            let address = checks.parse(Email::parse("sender.address", &address));
            checks.finish()?;
            Some((
                name.expect("checked"),
                address.expect("checked").as_str().to_owned(),
            ))
        }
    };
    change_municipality(
        services,
        principal,
        meta,
        municipality_id,
        "municipality_mail_sender_changed",
        |m| json!({ "name": m.mail_sender_name, "address": m.mail_sender_address }),
        |active| {
            active.mail_sender_name = Set(sender.as_ref().map(|(name, _)| name.clone()));
            active.mail_sender_address = Set(sender.map(|(_, address)| address));
        },
    )
    .await
}

/// Changes a municipality's settings in a transaction of its own, for its coordinators and
/// admins, audited as `action` with what `shown` reads before and after.
async fn change_municipality(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality_id: Uuid,
    action: &'static str,
    shown: impl Fn(&municipalities::Model) -> serde_json::Value,
    change: impl FnOnce(&mut municipalities::ActiveModel),
) -> DomainResult<municipalities::Model> {
    if !rules::can_manage_municipality(&principal.roles, municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let current = find_municipality(&txn, municipality_id).await?;
    let before = shown(&current);
    let mut active: municipalities::ActiveModel = current.into();
    change(&mut active);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action,
            subject_type: "municipality",
            subject_id: Some(municipality_id),
            details: json!({ "before": before, "after": shown(&updated) }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn find_town(db: &impl ConnectionTrait, id: Uuid) -> DomainResult<towns::Model> {
    towns::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("town"))
}

pub async fn find_municipality(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> DomainResult<municipalities::Model> {
    municipalities::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("municipality"))
}

pub async fn list_municipalities(
    db: &impl ConnectionTrait,
) -> DomainResult<Vec<municipalities::Model>> {
    Ok(municipalities::Entity::find()
        .order_by_asc(municipalities::Column::Name)
        .all(db)
        .await?)
}

/// Towns, by English (or else local) name; optionally only one country's.
pub async fn list_towns(
    db: &impl ConnectionTrait,
    country: Option<&str>,
) -> DomainResult<Vec<towns::Model>> {
    let mut query = towns::Entity::find().order_by_asc(towns::Column::LocalName);
    if let Some(country) = country {
        let country =
            CountryCode::parse("country", country).map_err(|e| DomainError::Validation(vec![e]))?;
        query = query.filter(towns::Column::Country.eq(country.as_str()));
    }
    Ok(query.all(db).await?)
}

pub async fn towns_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> DomainResult<HashMap<Uuid, towns::Model>> {
    Ok(towns::Entity::find()
        .filter(towns::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|town| (town.id, town))
        .collect())
}

/// The municipality whose own town this is, if any.
pub async fn municipality_of_town(
    db: &impl ConnectionTrait,
    town_id: Uuid,
) -> DomainResult<Option<municipalities::Model>> {
    Ok(municipalities::Entity::find()
        .filter(municipalities::Column::TownId.eq(town_id))
        .one(db)
        .await?)
}

/// Reads a JSON array of strings as stored by this module.
pub fn json_strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
