//! Exchange proposals: drafting, editing (a change to an approved exchange goes back to
//! review), cloning, reading and listing.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    access::{self, Relation},
    approvals,
    rules::{self, Action, ExchangeState, RiskFacts, RiskLevel},
};
use crate::{
    audit::{self, AuditEvent},
    code_enum,
    db::begin_write,
    directory::{
        organisations::{self, municipality_of},
        places::find_town,
        types::{AgeRange, DateRange, Theme, parse_languages, parse_text, plausible_date},
    },
    entities::{audit_events, exchange_changes, exchange_partners, exchanges},
    error::{Checks, DomainError, DomainResult, FieldError},
    money::Money,
    principal::{Principal, RequestMeta},
    services::Services,
};

code_enum! {
    /// Who travels.
    pub enum ExchangeDirection {
        /// The sending organisation's group visits the partner.
        WeVisit = "we_visit",
        /// The partner's group comes to the sending organisation.
        WeHost = "we_host",
        /// Both, one after the other.
        Both = "both",
    }
}

code_enum! {
    pub enum Accommodation {
        HostFamilies = "host_families",
        Hostel = "hostel",
        Hotel = "hotel",
        Other = "other",
    }
}

/// A proposal as submitted. Updates replace every field.
#[derive(Debug, Clone)]
pub struct ExchangeInput {
    pub sending_organisation_id: Uuid,
    pub partner_organisation_ids: Vec<String>,
    /// (ISO 639-1 language, text) pairs; at least one title.
    pub titles: Vec<(String, String)>,
    pub descriptions: Vec<(String, String)>,
    pub direction: ExchangeDirection,
    pub destination_town_id: String,
    pub venue: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub activity_days: i32,
    pub participants: i32,
    pub leaders: i32,
    pub age_min: i32,
    pub age_max: i32,
    pub themes: Vec<Theme>,
    pub learning_objectives: String,
    /// (day number from 1, what happens) pairs.
    pub programme: Vec<(i32, String)>,
    pub accommodation: Accommodation,
    pub transport: String,
    pub green_travel: bool,
    /// What one participant pays; kronor unless the organiser says otherwise.
    pub cost_per_participant: Money,
    pub registration_deadline: Option<NaiveDate>,
    pub adventurous_activities: bool,
    pub insurance_confirmed: bool,
    pub risk_assessment: String,
    pub budget_cents: Option<i64>,
    pub consent_plan: String,
}

/// The most money a field takes: a million euros, in cents.
const MAX_CENTS: i64 = 100_000_000;

fn texts(
    checks: &mut Checks,
    field: &str,
    raw: &[(String, String)],
    max: usize,
    required: bool,
) -> Value {
    let mut map = serde_json::Map::new();
    if required && raw.is_empty() {
        checks.push(FieldError::new(
            field,
            "required",
            "give at least one language",
        ));
    }
    if raw.len() > 10 {
        checks.push(FieldError::new(field, "too_many", "at most 10 languages"));
    }
    for (index, (language, text)) in raw.iter().take(10).enumerate() {
        let language = checks.parse(
            parse_languages(
                &format!("{field}[{index}].language"),
                std::slice::from_ref(language),
            )
            .map(|mut l| l.remove(0)),
        );
        let text = checks.parse(parse_text(&format!("{field}[{index}].text"), text, max));
        if let (Some(language), Some(text)) = (language, text)
            && (text.is_empty() && required || map.insert(language, json!(text)).is_some())
        {
            checks.push(FieldError::new(
                format!("{field}[{index}]"),
                "invalid",
                "one non-empty text per language",
            ));
        }
    }
    Value::Object(map)
}

fn bounded(checks: &mut Checks, field: &str, value: i32, min: i32, max: i32) -> Option<i32> {
    if (min..=max).contains(&value) {
        Some(value)
    } else {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            if min > 0 {
                "must be a positive number within the limit"
            } else {
                "is out of range"
            },
        ));
        None
    }
}

fn money(checks: &mut Checks, field: &str, cents: i64) -> Option<i64> {
    if (0..=MAX_CENTS).contains(&cents) {
        Some(cents)
    } else {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            "must be between 0 and 1 000 000 euros",
        ));
        None
    }
}

/// What a participant pays: at most a million of the currency's main unit.
fn cost(checks: &mut Checks, field: &str, amount: Money) -> Option<Money> {
    let most = 1_000_000 * 10_i64.pow(u32::from(amount.currency.minor_digits()));
    if (0..=most).contains(&amount.minor) {
        Some(amount)
    } else {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            "must be between 0 and 1 000 000 in its currency",
        ));
        None
    }
}

/// The ids of existing organisations, or the field error for the first that is not one.
async fn resolve_partners(
    db: &impl ConnectionTrait,
    raw: &[String],
    sending: Uuid,
) -> DomainResult<Result<Vec<Uuid>, FieldError>> {
    if raw.len() > 20 {
        return Ok(Err(FieldError::new(
            "input.partnerOrganisationIds",
            "too_many",
            "at most 20 partner organisations",
        )));
    }
    let mut ids: Vec<Uuid> = Vec::with_capacity(raw.len());
    for (index, id) in raw.iter().enumerate() {
        let field = format!("input.partnerOrganisationIds[{index}]");
        let Ok(id) = Uuid::parse_str(id) else {
            return Ok(Err(FieldError::new(
                field,
                "invalid_id",
                "is not a valid id",
            )));
        };
        if id == sending || ids.contains(&id) {
            return Ok(Err(FieldError::new(
                field,
                "duplicate",
                "each partner once, and not the sending organisation",
            )));
        }
        if organisations::find(db, id).await.is_err() {
            return Ok(Err(FieldError::new(
                field,
                "unknown",
                "no such organisation",
            )));
        }
        ids.push(id);
    }
    Ok(Ok(ids))
}

/// What a validated proposal stores, besides the partners.
pub(crate) struct Parsed {
    pub model: exchanges::ActiveModel,
    pub partners: Vec<Uuid>,
}

/// Checks every field (all bad fields at once) and works out the municipality and the risk
/// level. `today` is when the proposal is made: its dates may not lie before it.
async fn parse(
    db: &impl ConnectionTrait,
    input: &ExchangeInput,
    today: NaiveDate,
) -> DomainResult<Parsed> {
    let mut checks = Checks::new();
    let sending = organisations::find(db, input.sending_organisation_id).await;
    let municipality = match &sending {
        Ok(organisation) => municipality_of(db, organisation).await?,
        Err(_) => None,
    };
    if sending.is_err() {
        checks.push(FieldError::new(
            "input.sendingOrganisationId",
            "unknown",
            "no such organisation",
        ));
    } else if municipality.is_none() {
        checks.push(FieldError::new(
            "input.sendingOrganisationId",
            "no_municipality",
            "the organisation belongs to no municipality that approves trips",
        ));
    }
    let partners = checks.parse(
        resolve_partners(
            db,
            &input.partner_organisation_ids,
            input.sending_organisation_id,
        )
        .await?,
    );
    let destination = match Uuid::parse_str(&input.destination_town_id) {
        Ok(id) => find_town(db, id).await.ok(),
        Err(_) => None,
    };
    if destination.is_none() {
        checks.push(FieldError::new(
            "input.destinationTownId",
            "unknown",
            "no such town",
        ));
    }
    let titles = texts(&mut checks, "input.titles", &input.titles, 200, true);
    let descriptions = texts(
        &mut checks,
        "input.descriptions",
        &input.descriptions,
        4000,
        false,
    );
    let dates = checks.parse(DateRange::parse(
        "input.dates",
        input.start_date,
        input.end_date,
    ));
    if dates.is_some_and(|d| d.from < today) {
        checks.push(FieldError::new(
            "input.dates.from",
            "in_the_past",
            "must not be in the past",
        ));
    }
    // With bad dates only the dates are named: the day counts are then checked against the
    // longest programme there can be.
    let days = dates.map_or(366, |d| d.days()) as i32;
    let activity_days = bounded(
        &mut checks,
        "input.activityDays",
        input.activity_days,
        1,
        days,
    );
    let participants = bounded(
        &mut checks,
        "input.participants",
        input.participants,
        1,
        1000,
    );
    let leaders = bounded(&mut checks, "input.leaders", input.leaders, 1, 200);
    if let (Some(participants), Some(leaders)) = (participants, leaders)
        && leaders > participants
    {
        checks.push(FieldError::new(
            "input.leaders",
            "more_than_participants",
            "must not be more than the young participants",
        ));
    }
    let ages = checks.parse(AgeRange::parse(
        "input.ageRange",
        input.age_min,
        input.age_max,
    ));
    let venue = checks.parse(parse_text("input.venue", &input.venue, 500));
    let objectives = checks.parse(parse_text(
        "input.learningObjectives",
        &input.learning_objectives,
        4000,
    ));
    if input.programme.len() > 366 {
        checks.push(FieldError::new(
            "input.programme",
            "too_many",
            "at most one entry per day",
        ));
    }
    let mut programme = Vec::new();
    let mut days_seen = std::collections::HashSet::new();
    for (index, (day, text)) in input.programme.iter().take(366).enumerate() {
        let field = format!("input.programme[{index}].day");
        let day = bounded(&mut checks, &field, *day, 1, days);
        if day.is_some_and(|day| !days_seen.insert(day)) {
            checks.push(FieldError::new(
                field,
                "duplicate",
                "each day has one entry",
            ));
        }
        let text = checks.parse(parse_text(
            &format!("input.programme[{index}].text"),
            text,
            2000,
        ));
        if let (Some(day), Some(text)) = (day, text) {
            programme.push(json!({ "day": day, "text": text }));
        }
    }
    let transport = checks.parse(parse_text("input.transport", &input.transport, 1000));
    let cost = cost(
        &mut checks,
        "input.costPerParticipant.minorUnits",
        input.cost_per_participant,
    );
    let budget = input
        .budget_cents
        .map(|cents| money(&mut checks, "input.budgetCents", cents));
    if let (Some(deadline), Some(dates)) = (input.registration_deadline, dates)
        && checks
            .parse(plausible_date("input.registrationDeadline", deadline))
            .is_some()
        && deadline > dates.from
    {
        checks.push(FieldError::new(
            "input.registrationDeadline",
            "after_start",
            "must not be after the start",
        ));
    }
    let risk_assessment = checks.parse(parse_text(
        "input.riskAssessment",
        &input.risk_assessment,
        8000,
    ));
    let consent_plan = checks.parse(parse_text("input.consentPlan", &input.consent_plan, 4000));
    checks.finish()?;

    let (dates, ages) = (dates.expect("checked"), ages.expect("checked"));
    let destination = destination.expect("checked");
    let home = find_town(db, sending.expect("checked").town_id).await?;
    let risk = rules::risk_level(&RiskFacts {
        home_country: home.country,
        destination_country: destination.country.clone(),
        nights: dates.days() - 1,
        adventurous_activities: input.adventurous_activities,
    });
    let mut themes: Vec<&str> = input.themes.iter().map(|t| t.code()).collect();
    themes.sort_unstable();
    themes.dedup();
    Ok(Parsed {
        model: exchanges::ActiveModel {
            municipality_id: Set(municipality.expect("checked")),
            sending_organisation_id: Set(input.sending_organisation_id),
            titles: Set(titles),
            descriptions: Set(descriptions),
            direction: Set(input.direction.code().to_owned()),
            destination_town_id: Set(destination.id),
            venue: Set(venue.expect("checked")),
            start_date: Set(dates.from),
            end_date: Set(dates.to),
            activity_days: Set(activity_days.expect("checked")),
            participants: Set(participants.expect("checked")),
            leaders: Set(leaders.expect("checked")),
            age_min: Set(ages.min),
            age_max: Set(ages.max),
            themes: Set(json!(themes)),
            learning_objectives: Set(objectives.expect("checked")),
            programme: Set(Value::Array(programme)),
            accommodation: Set(input.accommodation.code().to_owned()),
            transport: Set(transport.expect("checked")),
            green_travel: Set(input.green_travel),
            cost_per_participant_cents: Set(cost.expect("checked").minor),
            cost_currency: Set(input.cost_per_participant.currency.code().to_owned()),
            registration_deadline: Set(input.registration_deadline),
            adventurous_activities: Set(input.adventurous_activities),
            risk_level: Set(risk.code().to_owned()),
            insurance_confirmed: Set(input.insurance_confirmed),
            risk_assessment: Set(risk_assessment.expect("checked")),
            budget_cents: Set(budget.flatten()),
            consent_plan: Set(consent_plan.expect("checked")),
            ..Default::default()
        },
        partners: partners.expect("checked"),
    })
}

async fn set_partners(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
    partners: &[Uuid],
) -> DomainResult<()> {
    exchange_partners::Entity::delete_many()
        .filter(exchange_partners::Column::ExchangeId.eq(exchange_id))
        .exec(db)
        .await?;
    if !partners.is_empty() {
        exchange_partners::Entity::insert_many(partners.iter().map(|organisation| {
            exchange_partners::ActiveModel {
                exchange_id: Set(exchange_id),
                organisation_id: Set(*organisation),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

pub async fn partners_of(db: &impl ConnectionTrait, exchange_id: Uuid) -> DomainResult<Vec<Uuid>> {
    Ok(exchange_partners::Entity::find()
        .filter(exchange_partners::Column::ExchangeId.eq(exchange_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.organisation_id)
        .collect())
}

pub(crate) async fn record(
    db: &impl ConnectionTrait,
    principal: &Principal,
    meta: &RequestMeta,
    action: &str,
    exchange_id: Uuid,
    details: Value,
) -> DomainResult<()> {
    audit::record(
        db,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action,
            subject_type: "exchange",
            subject_id: Some(exchange_id),
            details,
        },
    )
    .await
}

/// Drafts a new exchange for the principal's own organisation (or, for coordinators, one in
/// their municipality).
pub async fn create_draft(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: ExchangeInput,
) -> DomainResult<exchanges::Model> {
    let txn = begin_write(&services.db).await?;
    let organisation = organisations::find(&txn, input.sending_organisation_id)
        .await
        .map_err(|_| {
            DomainError::field(
                "input.sendingOrganisationId",
                "unknown",
                "no such organisation",
            )
        })?;
    let municipality = municipality_of(&txn, &organisation).await?;
    if !access::may_draft_for(&principal.roles, organisation.id, municipality) {
        return Err(DomainError::Forbidden);
    }
    let parsed = parse(&txn, &input, Utc::now().date_naive()).await?;
    let id = Uuid::now_v7();
    let now = Utc::now();
    let mut model = parsed.model;
    model.id = Set(id);
    model.state = Set(ExchangeState::Draft.code().to_owned());
    model.created_by = Set(Some(principal.user_id));
    model.created_at = Set(now);
    model.updated_at = Set(now);
    let created = model.insert(&txn).await?;
    set_partners(&txn, id, &parsed.partners).await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_drafted",
        id,
        json!({ "sending_organisation_id": input.sending_organisation_id }),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

/// The fields whose change after approval sends an exchange back to review (and may make
/// guardians consent again): where, when and what, and what the approval's safety checks
/// rested on (group size, leaders, insurance, risk assessment, consent plan).
pub const REVIEWED_FIELDS: [&str; 13] = [
    "start_date",
    "end_date",
    "destination_town_id",
    "venue",
    "accommodation",
    "programme",
    "activity_days",
    "adventurous_activities",
    "participants",
    "leaders",
    "insurance_confirmed",
    "risk_assessment",
    "consent_plan",
];

fn reviewed_values(model: &exchanges::Model) -> [Value; 13] {
    [
        json!(model.start_date),
        json!(model.end_date),
        json!(model.destination_town_id),
        json!(model.venue),
        json!(model.accommodation),
        model.programme.clone(),
        json!(model.activity_days),
        json!(model.adventurous_activities),
        json!(model.participants),
        json!(model.leaders),
        json!(model.insurance_confirmed),
        json!(model.risk_assessment),
        json!(model.consent_plan),
    ]
}

/// Replaces a proposal's fields. A draft (or one returned for changes) takes any edit. An
/// approved exchange that has not started takes edits too, but one that changes dates,
/// destination, venue, accommodation or activities goes back to review, and each such change
/// is recorded (field, before, after).
pub async fn update(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    input: ExchangeInput,
) -> DomainResult<exchanges::Model> {
    let txn = begin_write(&services.db).await?;
    let current = find_for_update(&txn, id).await?;
    let relation = access::relation(&txn, principal, &current).await?;
    if !relation.may_edit() {
        return Err(if relation.may_view(&current) {
            DomainError::Forbidden
        } else {
            DomainError::NotFound("exchange")
        });
    }
    let state = access::state(&current)?;
    let approved = matches!(
        state,
        ExchangeState::Approved
            | ExchangeState::OpenForRegistration
            | ExchangeState::RegistrationClosed
    );
    if !rules::is_editable_draft(state) && !approved {
        return Err(DomainError::Conflict {
            code: "not_editable_in_state",
            message: "the exchange cannot be edited in its current state",
        });
    }
    if input.sending_organisation_id != current.sending_organisation_id {
        return Err(DomainError::field(
            "input.sendingOrganisationId",
            "immutable",
            "an exchange keeps its sending organisation; clone it instead",
        ));
    }
    // Dates already past may stay as they are; they may not move further into the past.
    let earliest = Utc::now().date_naive().min(current.start_date);
    let parsed = parse(&txn, &input, earliest).await?;
    let mut model = parsed.model;
    model.id = Set(id);
    model.updated_at = Set(Utc::now());
    let updated = model.update(&txn).await?;
    set_partners(&txn, id, &parsed.partners).await?;

    let mut changed = Vec::new();
    let mut material = Vec::new();
    if approved {
        let (before, after) = (reviewed_values(&current), reviewed_values(&updated));
        for ((field, before), after) in REVIEWED_FIELDS.iter().zip(before).zip(after) {
            if before != after {
                changed.push(*field);
                material.push((*field, before.clone(), after.clone()));
                exchange_changes::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    exchange_id: Set(id),
                    field: Set((*field).to_owned()),
                    before: Set(before),
                    after: Set(after),
                    changed_by: Set(Some(principal.user_id)),
                    changed_at: Set(Utc::now()),
                }
                .insert(&txn)
                .await?;
            }
        }
    }
    record(
        &txn,
        principal,
        meta,
        "exchange_updated",
        id,
        json!({ "reviewed_fields_changed": changed }),
    )
    .await?;
    if !material.is_empty() {
        // Consents were given to the exchange as it was.
        crate::registrations::consent::invalidate_after_change(
            services,
            &txn,
            &updated,
            &material,
            principal.user_id,
        )
        .await?;
    }
    let updated = if changed.is_empty() {
        updated
    } else {
        // Back to review: a new round of approvals.
        approvals::resubmit(
            services,
            &txn,
            principal,
            meta,
            updated,
            relation,
            Action::Revise,
        )
        .await?
    };
    txn.commit().await?;
    services.mail_committed();
    Ok(updated)
}

/// Starts a new draft from an earlier exchange, with new dates.
pub async fn clone_exchange(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    start_date: NaiveDate,
    end_date: NaiveDate,
) -> DomainResult<exchanges::Model> {
    let txn = begin_write(&services.db).await?;
    let source = find(&txn, id).await?;
    let relation = access::relation(&txn, principal, &source).await?;
    if !relation.may_view(&source) {
        return Err(DomainError::NotFound("exchange"));
    }
    let organisation = organisations::find(&txn, source.sending_organisation_id).await?;
    let municipality = municipality_of(&txn, &organisation).await?;
    if !access::may_draft_for(&principal.roles, organisation.id, municipality) {
        return Err(DomainError::Forbidden);
    }
    let dates = DateRange::parse("dates", start_date, end_date)
        .map_err(|e| DomainError::Validation(vec![e]))?;
    if dates.from < Utc::now().date_naive() {
        return Err(DomainError::field(
            "dates.from",
            "in_the_past",
            "must not be in the past",
        ));
    }
    let partners = partners_of(&txn, id).await?;
    // New dates can make a day trip an overnight one: the risk level follows them.
    let home = find_town(&txn, organisation.town_id).await?;
    let destination = find_town(&txn, source.destination_town_id).await?;
    let risk = rules::risk_level(&RiskFacts {
        home_country: home.country,
        destination_country: destination.country,
        nights: dates.days() - 1,
        adventurous_activities: source.adventurous_activities,
    });
    let new_id = Uuid::now_v7();
    let now = Utc::now();
    let mut copy: exchanges::ActiveModel = source.clone().into();
    copy.id = Set(new_id);
    copy.risk_level = Set(risk.code().to_owned());
    if let Some(municipality) = municipality {
        copy.municipality_id = Set(municipality);
    }
    copy.start_date = Set(dates.from);
    copy.end_date = Set(dates.to);
    copy.activity_days = Set(source.activity_days.min(dates.days() as i32));
    copy.programme = Set(json!(
        source
            .programme
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["day"].as_i64().is_some_and(|day| day <= dates.days()))
            .cloned()
            .collect::<Vec<_>>()
    ));
    copy.registration_deadline = Set(None);
    copy.insurance_confirmed = Set(false);
    copy.state = Set(ExchangeState::Draft.code().to_owned());
    copy.cloned_from = Set(Some(id));
    copy.created_by = Set(Some(principal.user_id));
    copy.submitted_at = Set(None);
    copy.approved_at = Set(None);
    copy.created_at = Set(now);
    copy.updated_at = Set(now);
    let created = copy.insert(&txn).await?;
    set_partners(&txn, new_id, &partners).await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_cloned",
        new_id,
        json!({ "cloned_from": id }),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> DomainResult<exchanges::Model> {
    exchanges::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("exchange"))
}

/// The exchange a write transaction is about to change, locked on PostgreSQL until the
/// transaction ends: two decisions, a decision and a cancellation, or two submissions of one
/// exchange then run one after the other, each seeing what the other did, and every write
/// path takes the exchange first so that they never deadlock. (SQLite write transactions
/// start IMMEDIATE and already run one at a time.)
pub async fn find_for_update(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> DomainResult<exchanges::Model> {
    let mut query = exchanges::Entity::find_by_id(id);
    if txn.get_database_backend() == DbBackend::Postgres {
        query = query.lock_exclusive();
    }
    query
        .one(txn)
        .await?
        .ok_or(DomainError::NotFound("exchange"))
}

/// An exchange the principal may see; NOT_FOUND otherwise, so ids do not leak.
pub async fn find_visible(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<(exchanges::Model, Relation)> {
    let exchange = find(&services.db, id).await?;
    let relation = access::relation(&services.db, principal, &exchange).await?;
    if relation.may_view(&exchange) {
        Ok((exchange, relation))
    } else {
        Err(DomainError::NotFound("exchange"))
    }
}

/// What happened to an exchange, oldest first, from the audit trail.
pub async fn history(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<Vec<audit_events::Model>> {
    find_visible(services, principal, id).await?;
    Ok(audit_events::Entity::find()
        .filter(audit_events::Column::SubjectType.eq("exchange"))
        .filter(audit_events::Column::SubjectId.eq(id))
        .order_by_asc(audit_events::Column::OccurredAt)
        .order_by_asc(audit_events::Column::Id)
        .all(&services.db)
        .await?)
}

/// Changes after approval, oldest first.
pub async fn changes(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<Vec<exchange_changes::Model>> {
    find_visible(services, principal, id).await?;
    Ok(exchange_changes::Entity::find()
        .filter(exchange_changes::Column::ExchangeId.eq(id))
        .order_by_asc(exchange_changes::Column::ChangedAt)
        .order_by_asc(exchange_changes::Column::Id)
        .all(&services.db)
        .await?)
}

/// What the list filters on; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct ExchangeFilter {
    pub state: Option<ExchangeState>,
    pub organisation_id: Option<Uuid>,
    pub destination_town_id: Option<Uuid>,
    /// Exchanges that overlap this period.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub theme: Option<Theme>,
}

pub struct ExchangePage {
    pub exchanges: Vec<exchanges::Model>,
    pub has_next_page: bool,
}

/// The exchanges with these ids, for views that already know the reader may see them.
pub async fn exchanges_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> DomainResult<Vec<exchanges::Model>> {
    Ok(exchanges::Entity::find()
        .filter(exchanges::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// How many exchanges the principal may see are in each state (states with none left out),
/// in the order of the workflow.
pub async fn count_by_state(
    services: &Services,
    principal: &Principal,
) -> DomainResult<Vec<(ExchangeState, u64)>> {
    let counts: Vec<(String, i64)> = exchanges::Entity::find()
        .select_only()
        .column(exchanges::Column::State)
        .column_as(exchanges::Column::Id.count(), "count")
        .filter(access::visible_condition(principal))
        .group_by(exchanges::Column::State)
        .into_tuple()
        .all(&services.db)
        .await?;
    Ok(ExchangeState::ALL
        .iter()
        .filter_map(|state| {
            let (_, count) = counts.iter().find(|(code, _)| code == state.code())?;
            Some((*state, u64::try_from(*count).unwrap_or_default()))
        })
        .collect())
}

/// The order of the exchange list. Ids are UUID v7, so the order of ids is the order of
/// creation, and the last id of a page is the cursor of the next either way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ListOrder {
    #[default]
    OldestFirst,
    NewestFirst,
}

/// The exchanges the principal may see, by id (oldest first), a page at a time.
pub async fn list(
    services: &Services,
    principal: &Principal,
    filter: ExchangeFilter,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<ExchangePage> {
    list_in_order(
        services,
        principal,
        filter,
        ListOrder::OldestFirst,
        first,
        after,
    )
    .await
}

/// The exchanges the principal may see, in `order`, a page at a time after the cursor `after`.
pub async fn list_in_order(
    services: &Services,
    principal: &Principal,
    filter: ExchangeFilter,
    order: ListOrder,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<ExchangePage> {
    let mut query = match order {
        ListOrder::OldestFirst => exchanges::Entity::find().order_by_asc(exchanges::Column::Id),
        ListOrder::NewestFirst => exchanges::Entity::find().order_by_desc(exchanges::Column::Id),
    }
    .limit(first + 1);
    query = query.filter(access::visible_condition(principal));
    if let Some(state) = filter.state {
        query = query.filter(exchanges::Column::State.eq(state.code()));
    }
    if let Some(organisation) = filter.organisation_id {
        query = query.filter(
            sea_orm::Condition::any()
                .add(exchanges::Column::SendingOrganisationId.eq(organisation))
                .add(exchanges::Column::Id.in_subquery(access::involving(vec![organisation]))),
        );
    }
    if let Some(town) = filter.destination_town_id {
        query = query.filter(exchanges::Column::DestinationTownId.eq(town));
    }
    if let Some(from) = filter.from {
        query = query.filter(exchanges::Column::EndDate.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(exchanges::Column::StartDate.lte(to));
    }
    if let Some(theme) = filter.theme {
        use sea_orm::{ExprTrait, sea_query::Expr};
        query = query.filter(
            Expr::col(exchanges::Column::Themes)
                .cast_as("text")
                .like(format!("%\"{}\"%", theme.code())),
        );
    }
    if let Some(after) = after {
        query = query.filter(match order {
            ListOrder::OldestFirst => exchanges::Column::Id.gt(after),
            ListOrder::NewestFirst => exchanges::Column::Id.lt(after),
        });
    }
    let mut rows = query.all(&services.db).await?;
    let has_next_page = rows.len() as u64 > first;
    rows.truncate(first as usize);
    Ok(ExchangePage {
        exchanges: rows,
        has_next_page,
    })
}

/// The exchange's risk level as stored.
pub fn risk_of(exchange: &exchanges::Model) -> DomainResult<RiskLevel> {
    RiskLevel::from_code(&exchange.risk_level)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("unknown risk level stored")))
}

/// The partner organisations of many exchanges in one query.
pub async fn partners_of_many(
    db: &impl ConnectionTrait,
    exchange_ids: &[Uuid],
) -> DomainResult<std::collections::HashMap<Uuid, Vec<Uuid>>> {
    let mut by_exchange: std::collections::HashMap<Uuid, Vec<Uuid>> =
        exchange_ids.iter().map(|id| (*id, Vec::new())).collect();
    for row in exchange_partners::Entity::find()
        .filter(exchange_partners::Column::ExchangeId.is_in(exchange_ids.iter().copied()))
        .order_by_asc(exchange_partners::Column::OrganisationId)
        .all(db)
        .await?
    {
        by_exchange
            .entry(row.exchange_id)
            .or_default()
            .push(row.organisation_id);
    }
    Ok(by_exchange)
}
