//! Organisation profiles: schools, youth groups and partner organisations, and their members.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, LikeExpr, OnConflict},
};
use serde_json::json;
use uuid::Uuid;

use super::{
    places::municipality_of_town,
    rules,
    types::{
        Accreditation, AgeRange, AvailabilityMode, DateRange, Oid, OrganisationKind, Theme,
        parse_languages, parse_name, parse_sdgs, parse_text,
    },
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{organisations, role_assignments, towns, users},
    error::{Checks, DomainError, DomainResult, FieldError},
    geo::Coordinates,
    matching::index::next_revision,
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Role, Scope},
};

#[derive(Debug, Clone)]
pub struct AvailabilityInput {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub mode: AvailabilityMode,
}

/// A profile as submitted. Updates replace the whole profile.
#[derive(Debug, Clone)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: OrganisationKind,
    /// The id as given: checked against the towns that exist.
    pub town_id: String,
    pub address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// (ISO 639-1 language, text) pairs.
    pub descriptions: Vec<(String, String)>,
    pub age_min: i32,
    pub age_max: i32,
    pub working_languages: Vec<String>,
    pub themes: Vec<Theme>,
    pub sdgs: Vec<i32>,
    pub typical_group_size: Option<i32>,
    pub hosting_capacity: i32,
    pub host_places: i32,
    pub availability: Vec<AvailabilityInput>,
    pub accessibility_notes: Option<String>,
    pub oid: Option<String>,
    pub accreditation: Option<Accreditation>,
}

/// Group sizes and capacities are people: a sensible upper bound keeps typos out.
const MAX_PEOPLE: i32 = 1000;

fn people(field: &str, value: i32, min: i32) -> Result<i32, FieldError> {
    if (min..=MAX_PEOPLE).contains(&value) {
        Ok(value)
    } else if value < min {
        Err(FieldError::new(field, "out_of_range", "is too small"))
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            "must be at most 1000",
        ))
    }
}

/// Checks every field and returns the columns to store. `town` is the outcome of
/// [`resolve_town`], so that a bad town is reported with every other bad field.
pub(crate) fn parse_profile(
    input: &OrganisationInput,
    town: Result<Uuid, FieldError>,
) -> DomainResult<organisations::ActiveModel> {
    let mut checks = Checks::new();
    let town = checks.parse(town);
    let name = checks.parse(parse_name("input.name", &input.name, 200));
    let address = checks.parse(
        input
            .address
            .as_deref()
            .map(|a| parse_text("input.address", a, 500))
            .transpose(),
    );
    let coordinates = match (input.latitude, input.longitude) {
        (None, None) => Some(None),
        (Some(lat), Some(lon)) => match Coordinates::parse("input.coordinates", lat, lon) {
            Ok(c) => Some(Some(c)),
            Err(errors) => {
                errors.into_iter().for_each(|e| checks.push(e));
                None
            }
        },
        _ => {
            checks.push(FieldError::new(
                "input.coordinates",
                "incomplete",
                "give both latitude and longitude, or neither",
            ));
            None
        }
    };
    let mut descriptions = serde_json::Map::new();
    if input.descriptions.len() > 10 {
        checks.push(FieldError::new(
            "input.descriptions",
            "too_many",
            "at most 10 languages",
        ));
    }
    for (index, (language, text)) in input.descriptions.iter().enumerate() {
        let language = checks.parse(
            parse_languages(
                &format!("input.descriptions[{index}].language"),
                std::slice::from_ref(language),
            )
            .map(|mut l| l.remove(0)),
        );
        let text = checks.parse(parse_text(
            &format!("input.descriptions[{index}].text"),
            text,
            4000,
        ));
        if let (Some(language), Some(text)) = (language, text)
            && descriptions.insert(language, json!(text)).is_some()
        {
            checks.push(FieldError::new(
                format!("input.descriptions[{index}].language"),
                "duplicate",
                "one description per language",
            ));
        }
    }
    let ages = checks.parse(AgeRange::parse(
        "input.ageRange",
        input.age_min,
        input.age_max,
    ));
    let languages = checks.parse(parse_languages(
        "input.workingLanguages",
        &input.working_languages,
    ));
    let mut themes: Vec<&str> = input.themes.iter().map(|t| t.code()).collect();
    themes.sort_unstable();
    themes.dedup();
    let sdgs = checks.parse(parse_sdgs("input.sdgs", &input.sdgs));
    let group = checks.parse(
        input
            .typical_group_size
            .map(|size| people("input.typicalGroupSize", size, 1))
            .transpose(),
    );
    let capacity = checks.parse(people("input.hostingCapacity", input.hosting_capacity, 0));
    let places = if (0..=50).contains(&input.host_places) {
        Some(input.host_places)
    } else {
        checks.push(FieldError::new(
            "input.hostPlaces",
            "out_of_range",
            "must be between 0 and 50",
        ));
        None
    };
    if input.availability.len() > 20 {
        checks.push(FieldError::new(
            "input.availability",
            "too_many",
            "at most 20 periods",
        ));
    }
    let availability: Vec<_> = input
        .availability
        .iter()
        .enumerate()
        .filter_map(|(index, period)| {
            let range = checks.parse(DateRange::parse(
                &format!("input.availability[{index}]"),
                period.from,
                period.to,
            ))?;
            Some(json!({ "from": range.from, "to": range.to, "mode": period.mode.code() }))
        })
        .collect();
    let notes = checks.parse(
        input
            .accessibility_notes
            .as_deref()
            .map(|n| parse_text("input.accessibilityNotes", n, 2000))
            .transpose(),
    );
    let oid = checks.parse(
        input
            .oid
            .as_deref()
            .filter(|raw| !raw.trim().is_empty())
            .map(|raw| Oid::parse("input.oid", raw))
            .transpose(),
    );
    checks.finish()?;
    let ages = ages.expect("checked");
    let coordinates = coordinates.expect("checked");
    let name = name.expect("checked");
    Ok(organisations::ActiveModel {
        search_name: Set(fold_for_search(&name)),
        name: Set(name),
        kind: Set(input.kind.code().to_owned()),
        town_id: Set(town.expect("checked")),
        address: Set(address.expect("checked").filter(|a| !a.is_empty())),
        latitude: Set(coordinates.map(Coordinates::latitude)),
        longitude: Set(coordinates.map(Coordinates::longitude)),
        descriptions: Set(serde_json::Value::Object(descriptions)),
        age_min: Set(ages.min),
        age_max: Set(ages.max),
        working_languages: Set(json!(languages.expect("checked"))),
        themes: Set(json!(themes)),
        sdgs: Set(json!(sdgs.expect("checked"))),
        typical_group_size: Set(group.expect("checked")),
        hosting_capacity: Set(capacity.expect("checked")),
        host_places: Set(places.expect("checked")),
        availability: Set(json!(availability)),
        accessibility_notes: Set(notes.expect("checked").filter(|n| !n.is_empty())),
        oid: Set(oid.expect("checked").map(|o| o.as_str().to_owned())),
        accreditation: Set(input.accreditation.map(|a| a.code().to_owned())),
        ..Default::default()
    })
}

/// Names are searched in this form, folded in Rust: SQLite's LOWER() folds only A–Z, so
/// "östra" would not find "Östra gymnasiet".
pub(crate) fn fold_for_search(name: &str) -> String {
    name.to_lowercase()
}

/// A duplicate OID is the one unique column a user can collide with.
fn oid_taken(error: sea_orm::DbErr) -> DomainError {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => DomainError::field(
            "input.oid",
            "taken",
            "another organisation has this Erasmus+ id",
        ),
        _ => DomainError::Database(error),
    }
}

/// The id of an existing town, or the field error that says why not.
pub(crate) async fn resolve_town(
    db: &impl ConnectionTrait,
    raw: &str,
) -> DomainResult<Result<Uuid, FieldError>> {
    let Ok(id) = Uuid::parse_str(raw) else {
        return Ok(Err(FieldError::new(
            "input.townId",
            "invalid_id",
            "is not a valid id",
        )));
    };
    Ok(match towns::Entity::find_by_id(id).one(db).await? {
        Some(_) => Ok(id),
        None => Err(FieldError::new("input.townId", "unknown", "no such town")),
    })
}

/// Inserts a profile with a given id; an existing row with that id is left as it is.
pub(crate) async fn insert_organisation(
    db: &impl ConnectionTrait,
    id: Uuid,
    mut profile: organisations::ActiveModel,
) -> DomainResult<bool> {
    let now = Utc::now();
    profile.id = Set(id);
    profile.revision = Set(next_revision(db).await?);
    profile.created_at = Set(now);
    profile.updated_at = Set(now);
    let inserted = organisations::Entity::insert(profile)
        .on_conflict(
            OnConflict::column(organisations::Column::Id)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map_err(oid_taken)?;
    Ok(inserted == 1)
}

pub async fn create_organisation(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: OrganisationInput,
) -> DomainResult<organisations::Model> {
    if !rules::can_manage_towns(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let town = resolve_town(&txn, &input.town_id).await?;
    if let Ok(town) = town {
        let municipality = municipality_of_town(&txn, town).await?.map(|m| m.id);
        if !rules::can_place_organisation(&principal.roles, municipality) {
            return Err(DomainError::Forbidden);
        }
    }
    let profile = parse_profile(&input, town)?;
    let id = Uuid::now_v7();
    insert_organisation(&txn, id, profile).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "organisation_created",
            subject_type: "organisation",
            subject_id: Some(id),
            details: json!({ "kind": input.kind.code(), "town_id": input.town_id }),
        },
    )
    .await?;
    let created = find(&txn, id).await?;
    txn.commit().await?;
    Ok(created)
}

/// The municipality an organisation belongs to, through its town.
pub async fn municipality_of(
    db: &impl ConnectionTrait,
    organisation: &organisations::Model,
) -> DomainResult<Option<Uuid>> {
    Ok(municipality_of_town(db, organisation.town_id)
        .await?
        .map(|m| m.id))
}

/// Finds an organisation and checks that the principal may manage it.
pub(crate) async fn find_managed(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<organisations::Model> {
    let organisation = find(db, id).await?;
    let municipality = municipality_of(db, &organisation).await?;
    if !rules::can_manage_organisation(&principal.roles, id, municipality) {
        return Err(DomainError::Forbidden);
    }
    Ok(organisation)
}

pub async fn update_organisation(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    input: OrganisationInput,
) -> DomainResult<organisations::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find_managed(&txn, principal, id).await?;
    let town = resolve_town(&txn, &input.town_id).await?;
    if let Ok(town) = town
        && town != current.town_id
    {
        // Moving into another municipality needs a say there.
        let from = municipality_of_town(&txn, current.town_id)
            .await?
            .map(|m| m.id);
        let to = municipality_of_town(&txn, town).await?.map(|m| m.id);
        if to.is_some() && to != from && !rules::can_place_organisation(&principal.roles, to) {
            return Err(DomainError::Forbidden);
        }
    }
    let mut profile = parse_profile(&input, town)?;
    profile.id = Set(id);
    profile.revision = Set(next_revision(&txn).await?);
    profile.updated_at = Set(Utc::now());
    let updated = profile.update(&txn).await.map_err(oid_taken)?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "organisation_updated",
            subject_type: "organisation",
            subject_id: Some(id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> DomainResult<organisations::Model> {
    organisations::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("organisation"))
}

pub async fn organisations_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> DomainResult<Vec<organisations::Model>> {
    Ok(organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// What the directory search filters on; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    /// Part of the name, any case.
    pub text: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub town_id: Option<Uuid>,
    pub theme: Option<Theme>,
}

pub struct OrganisationPage {
    pub organisations: Vec<organisations::Model>,
    pub has_next_page: bool,
}

/// Searches the directory by name, kind, town and theme; by id (oldest first), a page at a time.
pub async fn search(
    services: &Services,
    _principal: &Principal,
    filter: DirectoryFilter,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<OrganisationPage> {
    let mut query = organisations::Entity::find()
        .order_by_asc(organisations::Column::Id)
        .limit(first + 1);
    if let Some(text) = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let text =
            parse_text("filter.text", text, 100).map_err(|e| DomainError::Validation(vec![e]))?;
        let escaped = fold_for_search(&text)
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        query = query.filter(
            Expr::col(organisations::Column::SearchName)
                .like(LikeExpr::new(format!("%{escaped}%")).escape('\\')),
        );
    }
    if let Some(kind) = filter.kind {
        query = query.filter(organisations::Column::Kind.eq(kind.code()));
    }
    if let Some(town) = filter.town_id {
        query = query.filter(organisations::Column::TownId.eq(town));
    }
    if let Some(theme) = filter.theme {
        // Themes are stored as a JSON array of codes; codes never contain quotes.
        query = query.filter(
            Expr::col(organisations::Column::Themes)
                .cast_as("text")
                .like(format!("%\"{}\"%", theme.code())),
        );
    }
    if let Some(after) = after {
        query = query.filter(organisations::Column::Id.gt(after));
    }
    let mut organisations = query.all(&services.db).await?;
    let has_next_page = organisations.len() as u64 > first;
    organisations.truncate(first as usize);
    Ok(OrganisationPage {
        organisations,
        has_next_page,
    })
}

/// A member of an organisation and the role they hold in it.
pub struct Member {
    pub user: users::Model,
    pub role: Role,
}

/// The people who hold a role in the organisation, with their contact details: for
/// teachers, partner contacts, coordinators and admins only.
pub async fn members(
    services: &Services,
    principal: &Principal,
    organisation_id: Uuid,
) -> DomainResult<Vec<Member>> {
    if !rules::can_see_contacts(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let scope = Scope::Organisation(organisation_id);
    let assignments = role_assignments::Entity::find()
        .filter(role_assignments::Column::ScopeKind.eq(scope.kind()))
        .filter(role_assignments::Column::ScopeId.eq(scope.id()))
        .order_by_asc(role_assignments::Column::CreatedAt)
        .all(&services.db)
        .await?;
    let ids: Vec<Uuid> = assignments.iter().map(|a| a.user_id).collect();
    let users = crate::accounts::users_by_ids(&services.db, &ids).await?;
    Ok(assignments
        .into_iter()
        .filter_map(|assignment| {
            let role = Role::from_code(&assignment.role).filter(|r| rules::is_staff_role(*r))?;
            let user = users.iter().find(|u| u.id == assignment.user_id)?.clone();
            Some(Member { user, role })
        })
        .collect())
}
