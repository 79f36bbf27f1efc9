//! Young people and their guardians.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, sea_query::Query,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    access::{self, coordinates, find_youth, staff_of, youth_relation},
    rules::{AGE_OF_CONSENT, Custody, Gender, SELF_REGISTRATION_AGE, age_on},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::{organisations, types::parse_name},
    entities::{
        guardians, municipalities, organisations as organisation_rows, users, youth_profiles,
    },
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
    types::{DisplayName, Email, Locale, Role},
};

pub struct GuardianInput {
    pub display_name: String,
    pub email: String,
    pub locale: String,
    pub custody: Custody,
}

pub struct YouthInput {
    pub display_name: String,
    pub date_of_birth: NaiveDate,
    pub organisation_id: Uuid,
    pub fewer_opportunities: bool,
    pub gender: Option<Gender>,
    pub locale: String,
    /// The profile is the signed-in young person's own.
    pub own_profile: bool,
    pub guardians: Vec<GuardianInput>,
}

pub const MAX_GUARDIANS: usize = 4;

/// A young person with the guardians on record.
pub struct Youth {
    pub profile: youth_profiles::Model,
    pub guardians: Vec<guardians::Model>,
}

/// Records a young person and their guardians. A teacher (or principal, profile administrator)
/// of the organisation, its municipality's coordinator, a guardian who lists themselves, or a
/// young person of 13 or more for their own profile may do so.
pub async fn create_youth(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: YouthInput,
) -> DomainResult<Youth> {
    let txn = begin_write(&services.db).await?;
    let organisation = organisation_rows::Entity::find_by_id(input.organisation_id)
        .one(&txn)
        .await?
        .ok_or_else(|| {
            DomainError::field("input.organisationId", "not_found", "no such organisation")
        })?;
    let municipality = organisations::municipality_of(&txn, &organisation).await?;
    let my_email = access::email_of(&txn, principal).await?;

    let mut checks = Checks::new();
    let name = checks.parse(DisplayName::parse("input.displayName", &input.display_name));
    let locale = checks.parse(Locale::parse("input.locale", &input.locale));
    let today = Utc::now().date_naive();
    let age = age_on(input.date_of_birth, today);
    if input.date_of_birth >= today || !(3..=30).contains(&age) {
        checks.push(FieldError::new(
            "input.dateOfBirth",
            "out_of_range",
            "must be the date of birth of someone aged 3 to 30",
        ));
    }
    if input.guardians.len() > MAX_GUARDIANS {
        checks.push(FieldError::new(
            "input.guardians",
            "too_many",
            "at most 4 guardians",
        ));
    } else if input.guardians.is_empty() && age < AGE_OF_CONSENT {
        checks.push(FieldError::new(
            "input.guardians",
            "required_under_18",
            "someone under 18 needs at least one guardian on record",
        ));
    }
    let mut parsed_guardians = Vec::new();
    let mut seen = Vec::new();
    for (i, g) in input.guardians.iter().enumerate().take(MAX_GUARDIANS) {
        let name = checks.parse(parse_name(
            &format!("input.guardians[{i}].displayName"),
            &g.display_name,
            100,
        ));
        let email = checks.parse(Email::parse(
            &format!("input.guardians[{i}].email"),
            &g.email,
        ));
        let locale = checks.parse(Locale::parse(
            &format!("input.guardians[{i}].locale"),
            &g.locale,
        ));
        if let Some(email) = &email {
            if seen.contains(email) {
                checks.push(FieldError::new(
                    format!("input.guardians[{i}].email"),
                    "duplicate",
                    "each guardian once",
                ));
            }
            seen.push(email.clone());
        }
        if let (Some(name), Some(email), Some(locale)) = (name, email, locale) {
            parsed_guardians.push((name, email, locale, g.custody));
        }
    }
    let sole = input
        .guardians
        .iter()
        .filter(|g| g.custody == Custody::Sole)
        .count();
    if sole > 1 {
        checks.push(FieldError::new(
            "input.guardians",
            "several_sole_custodians",
            "at most one guardian can have sole custody",
        ));
    }

    // Who may record this person.
    let roles = &principal.roles;
    let lists_me = seen.iter().any(|e| e.as_str() == my_email);
    let by_the_organisation = staff_of(roles, organisation.id) || coordinates(roles, municipality);
    let allowed = if input.own_profile {
        roles.iter().any(|(role, _)| *role == Role::Youth)
    } else {
        by_the_organisation || (roles.iter().any(|(role, _)| *role == Role::Guardian) && lists_me)
    };
    if !allowed {
        return Err(DomainError::Forbidden);
    }
    if input.own_profile {
        if age < SELF_REGISTRATION_AGE {
            checks.push(FieldError::new(
                "input.ownProfile",
                "under_13",
                "a child under 13 is recorded by a guardian or teacher",
            ));
        }
        let existing = youth_profiles::Entity::find()
            .filter(youth_profiles::Column::UserId.eq(principal.user_id))
            .one(&txn)
            .await?;
        if existing.is_some() {
            checks.push(FieldError::new(
                "input.ownProfile",
                "already_exists",
                "you already have a profile",
            ));
        }
    }
    checks.finish()?;
    let (Some(name), Some(locale)) = (name, locale) else {
        return Err(DomainError::Internal(anyhow::anyhow!("checked above")));
    };

    let now = Utc::now();
    let id = Uuid::now_v7();
    let profile = youth_profiles::ActiveModel {
        id: Set(id),
        user_id: Set(input.own_profile.then_some(principal.user_id)),
        display_name: Set(name.as_str().to_owned()),
        date_of_birth: Set(input.date_of_birth),
        organisation_id: Set(organisation.id),
        // A family's word that a child belongs to a school is not the school's.
        membership_confirmed: Set(by_the_organisation),
        fewer_opportunities: Set(input.fewer_opportunities),
        locale: Set(locale.code().to_owned()),
        created_by: Set(Some(principal.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
        gender: Set(input.gender.map(|g| g.code().to_owned())),
        first_exchange_on: Set(None),
        restricted_at: Set(None),
        restriction_reason: Set(None),
        restricted_by: Set(None),
    };
    youth_profiles::Entity::insert(profile)
        .exec_without_returning(&txn)
        .await?;
    for (name, email, locale, custody) in parsed_guardians {
        let user_id = users::Entity::find()
            .filter(users::Column::Email.eq(email.as_str()))
            .one(&txn)
            .await?
            .map(|u| u.id);
        guardians::Entity::insert(guardians::ActiveModel {
            id: Set(Uuid::now_v7()),
            youth_id: Set(id),
            user_id: Set(user_id),
            email: Set(email.as_str().to_owned()),
            display_name: Set(name),
            locale: Set(locale.code().to_owned()),
            custody: Set(custody.code().to_owned()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "youth_profile_created",
            subject_type: "youth_profile",
            subject_id: Some(id),
            details: json!({ "organisation_id": organisation.id }),
        },
    )
    .await?;
    let youth = load(&txn, id).await?;
    txn.commit().await?;
    Ok(youth)
}

pub async fn load(db: &impl sea_orm::ConnectionTrait, id: Uuid) -> DomainResult<Youth> {
    let profile = find_youth(db, id).await?;
    let guardians = guardians_of(db, id).await?;
    Ok(Youth { profile, guardians })
}

pub async fn guardians_of(
    db: &impl sea_orm::ConnectionTrait,
    youth_id: Uuid,
) -> DomainResult<Vec<guardians::Model>> {
    Ok(guardians::Entity::find()
        .filter(guardians::Column::YouthId.eq(youth_id))
        .order_by_asc(guardians::Column::CreatedAt)
        .order_by_asc(guardians::Column::Id)
        .all(db)
        .await?)
}

/// One young person, if the principal may see them.
pub async fn youth(services: &Services, principal: &Principal, id: Uuid) -> DomainResult<Youth> {
    let youth = load(&services.db, id).await?;
    if !youth_relation(&services.db, principal, &youth.profile)
        .await?
        .may_view()
    {
        return Err(DomainError::NotFound("youth profile"));
    }
    Ok(youth)
}

pub struct YouthPage {
    pub youth: Vec<Youth>,
    pub has_next_page: bool,
}

/// The young people the principal may see, by id (oldest first), `first` after the cursor
/// `after`: their own profile, their children, members of the organisations they teach at,
/// and everyone in the municipalities they coordinate.
pub async fn visible_youth(
    services: &Services,
    principal: &Principal,
    organisation_id: Option<Uuid>,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<YouthPage> {
    let db = &services.db;
    let mut query = youth_profiles::Entity::find().filter(visible_condition(db, principal).await?);
    if let Some(organisation) = organisation_id {
        query = query.filter(youth_profiles::Column::OrganisationId.eq(organisation));
    }
    if let Some(after) = after {
        query = query.filter(youth_profiles::Column::Id.gt(after));
    }
    let mut profiles = query
        .order_by_asc(youth_profiles::Column::Id)
        .limit(first + 1)
        .all(db)
        .await?;
    let has_next_page = profiles.len() as u64 > first;
    profiles.truncate(first as usize);
    Ok(YouthPage {
        youth: with_guardians(db, profiles).await?,
        has_next_page,
    })
}

/// Which youth profiles the principal may see.
/// The organisations where the principal teaches or leads (their staff's view of members).
fn taught_organisations(principal: &Principal) -> Vec<Uuid> {
    principal
        .roles
        .iter()
        .filter_map(|(role, scope)| match (role, scope) {
            (
                Role::Teacher | Role::Principal | Role::Admin,
                crate::types::Scope::Organisation(o),
            ) => Some(*o),
            _ => None,
        })
        .collect()
}

/// Young people recorded by their families as members of an organisation where the
/// principal teaches or leads, waiting for the organisation to confirm it; oldest first.
pub async fn memberships_to_confirm(
    services: &Services,
    principal: &Principal,
    first: u64,
) -> DomainResult<Vec<youth_profiles::Model>> {
    let taught = taught_organisations(principal);
    if taught.is_empty() {
        return Ok(Vec::new());
    }
    Ok(youth_profiles::Entity::find()
        .filter(youth_profiles::Column::OrganisationId.is_in(taught))
        .filter(youth_profiles::Column::MembershipConfirmed.eq(false))
        // A restricted profile is not processed until the restriction is lifted.
        .filter(youth_profiles::Column::RestrictedAt.is_null())
        .order_by_asc(youth_profiles::Column::CreatedAt)
        .order_by_asc(youth_profiles::Column::Id)
        .limit(first)
        .all(&services.db)
        .await?)
}

async fn visible_condition(
    db: &impl ConnectionTrait,
    principal: &Principal,
) -> DomainResult<Condition> {
    let email = access::email_of(db, principal).await?;
    let roles = &principal.roles;
    let mut visible = Condition::any()
        .add(youth_profiles::Column::Id.in_subquery(access::own_and_children(principal, &email)));
    let taught = taught_organisations(principal);
    if !taught.is_empty() {
        visible = visible.add(youth_profiles::Column::OrganisationId.is_in(taught));
    }
    if crate::accounts::rules::holds_globally(roles, Role::Coordinator) {
        visible = Condition::all();
    } else {
        let coordinated: Vec<Uuid> = roles
            .iter()
            .filter_map(|(role, scope)| match (role, scope) {
                (Role::Coordinator, crate::types::Scope::Municipality(m)) => Some(*m),
                _ => None,
            })
            .collect();
        if !coordinated.is_empty() {
            visible = visible.add(
                youth_profiles::Column::OrganisationId.in_subquery(
                    Query::select()
                        .column(organisation_rows::Column::Id)
                        .from(organisation_rows::Entity)
                        .and_where(
                            organisation_rows::Column::TownId.in_subquery(
                                Query::select()
                                    .column(municipalities::Column::TownId)
                                    .from(municipalities::Entity)
                                    .and_where(municipalities::Column::Id.is_in(coordinated))
                                    .to_owned(),
                            ),
                        )
                        .to_owned(),
                ),
            );
        }
    }
    Ok(visible)
}

/// Each profile with its guardians, in two queries.
async fn with_guardians(
    db: &impl ConnectionTrait,
    profiles: Vec<youth_profiles::Model>,
) -> DomainResult<Vec<Youth>> {
    let ids: Vec<Uuid> = profiles.iter().map(|p| p.id).collect();
    let mut all_guardians = guardians::Entity::find()
        .filter(guardians::Column::YouthId.is_in(ids))
        .order_by_asc(guardians::Column::CreatedAt)
        .order_by_asc(guardians::Column::Id)
        .all(db)
        .await?;
    Ok(profiles
        .into_iter()
        .map(|profile| {
            let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut all_guardians)
                .into_iter()
                .partition(|g| g.youth_id == profile.id);
            all_guardians = rest;
            Youth {
                profile,
                guardians: mine,
            }
        })
        .collect())
}

/// The organisation's staff (or its municipality's coordinator) confirm that a young person
/// recorded by their family or themselves belongs to it.
pub async fn confirm_membership(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<Youth> {
    let txn = begin_write(&services.db).await?;
    let profile = find_youth(&txn, id).await?;
    let relation = youth_relation(&txn, principal, &profile).await?;
    if !(relation.staff || relation.coordinator) {
        return Err(if relation.may_view() {
            DomainError::Forbidden
        } else {
            DomainError::NotFound("youth profile")
        });
    }
    if !profile.membership_confirmed {
        let mut active: youth_profiles::ActiveModel = profile.into();
        active.membership_confirmed = Set(true);
        active.updated_at = Set(Utc::now());
        sea_orm::ActiveModelTrait::update(active, &txn).await?;
        audit::record(
            &txn,
            meta,
            AuditEvent {
                actor_id: Some(principal.user_id),
                action: "youth_membership_confirmed",
                subject_type: "youth_profile",
                subject_id: Some(id),
                details: json!({}),
            },
        )
        .await?;
    }
    let youth = load(&txn, id).await?;
    txn.commit().await?;
    Ok(youth)
}
