//! From an exchange to the calculator's inputs: its confirmed participants (or, until there
//! are any, the sending group as planned), the venue, the partners' countries. Leaders' ages
//! are not known.
use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::{
    access,
    budget::{self, Budget, BudgetInput, GroupInput, Warning},
    eligibility::{self, EligibilityGroup, EligibilityInput, Violation},
    rates::FundingAction,
    records::RecordStatus,
    store,
};
use crate::{
    directory::{organisations, places},
    entities::{exchanges, funding_record_exchanges, funding_records, towns},
    error::{Checks, DomainError, DomainResult, FieldError},
    exchanges::{proposals, rules::FundingVerdict},
    geo::Coordinates,
    principal::Principal,
    registrations::{registering, rules::age_on},
    services::Services,
};

crate::code_enum! {
    /// Which numbers an exchange's figures are built from.
    pub enum Basis {
        /// The exchange's planned numbers: one sending group, nobody with fewer
        /// opportunities.
        Planned = "planned",
        /// The young people whose place is confirmed, grouped by their organisation, with
        /// their ages at the start date and fewer opportunities from their profiles; the
        /// planned leaders travel with the sending group.
        ConfirmedParticipants = "confirmed_participants",
    }
}

/// A figure and the numbers it was built from.
pub struct Based<T> {
    pub basis: Basis,
    pub value: T,
}

/// One organisation's travellers.
pub struct TravellingGroup {
    pub organisation: crate::entities::organisations::Model,
    pub town: towns::Model,
    pub participants: u32,
    pub leaders: u32,
    pub fewer_opportunities: u32,
    /// The youngest and oldest participant at the start date.
    pub ages: (u32, u32),
}

/// Who travels: the confirmed participants when there are any, else the plan.
pub async fn travellers_of(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<Based<Vec<TravellingGroup>>> {
    let sending = organisations::find(db, exchange.sending_organisation_id).await?;
    let leaders = exchange.leaders.max(0) as u32;
    let confirmed = registering::confirmed_participants(db, exchange.id).await?;
    if confirmed.is_empty() {
        let town = places::find_town(db, sending.town_id).await?;
        return Ok(Based {
            basis: Basis::Planned,
            value: vec![TravellingGroup {
                organisation: sending,
                town,
                participants: exchange.participants.max(0) as u32,
                leaders,
                fewer_opportunities: 0,
                ages: (
                    exchange.age_min.max(0) as u32,
                    exchange.age_max.max(0) as u32,
                ),
            }],
        });
    }
    let mut by_organisation: BTreeMap<Uuid, Vec<u32>> = BTreeMap::new();
    let mut fewer: BTreeMap<Uuid, u32> = BTreeMap::new();
    for youth in &confirmed {
        let age = age_on(youth.date_of_birth, exchange.start_date).max(0) as u32;
        by_organisation
            .entry(youth.organisation_id)
            .or_default()
            .push(age);
        *fewer.entry(youth.organisation_id).or_default() += u32::from(youth.fewer_opportunities);
    }
    by_organisation.entry(sending.id).or_default();
    let ids: Vec<Uuid> = by_organisation.keys().copied().collect();
    let mut organisations = organisations::organisations_by_ids(db, &ids).await?;
    // The sending group comes first, the others by name.
    organisations.sort_by(|a, b| {
        (a.id != sending.id, &a.name, a.id).cmp(&(b.id != sending.id, &b.name, b.id))
    });
    let towns = places::towns_by_ids(
        db,
        &organisations.iter().map(|o| o.town_id).collect::<Vec<_>>(),
    )
    .await?;
    let mut groups = Vec::new();
    for organisation in organisations {
        let ages = &by_organisation[&organisation.id];
        let leaders = if organisation.id == sending.id {
            leaders
        } else {
            0
        };
        let Some(town) = towns.get(&organisation.town_id).cloned() else {
            continue;
        };
        if ages.is_empty() && leaders == 0 {
            continue;
        }
        groups.push(TravellingGroup {
            participants: ages.len() as u32,
            leaders,
            fewer_opportunities: fewer.get(&organisation.id).copied().unwrap_or(0),
            ages: (
                ages.iter().copied().min().unwrap_or(0),
                ages.iter().copied().max().unwrap_or(0),
            ),
            organisation,
            town,
        });
    }
    Ok(Based {
        basis: Basis::ConfirmedParticipants,
        value: groups,
    })
}

/// The calculator's inputs for one exchange and action.
pub struct ExchangePlan {
    pub basis: Basis,
    pub budget: BudgetInput,
    pub eligibility: EligibilityInput,
    /// Said beside the figures: what the plan could not count.
    pub warnings: Vec<Warning>,
}

pub async fn plan_of(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<ExchangePlan> {
    let travellers = travellers_of(db, exchange).await?;
    let venue = places::find_town(db, exchange.destination_town_id).await?;
    let partner_ids = proposals::partners_of(db, exchange.id).await?;
    let travelling: BTreeSet<Uuid> = travellers.value.iter().map(|g| g.organisation.id).collect();
    // Partners that send no group of their own (as far as is known).
    let partners: Vec<_> = organisations::organisations_by_ids(db, &partner_ids)
        .await?
        .into_iter()
        .filter(|p| !travelling.contains(&p.id))
        .collect();
    let partner_towns =
        places::towns_by_ids(db, &partners.iter().map(|p| p.town_id).collect::<Vec<_>>()).await?;

    let days = (exchange.end_date - exchange.start_date).num_days() + 1;
    let activity_days = exchange.activity_days.max(0) as u32;
    let travel_days = (days - i64::from(exchange.activity_days)).max(0) as u32;
    let mut groups = Vec::new();
    let mut eligibility_groups = Vec::new();
    for group in &travellers.value {
        let travelling = group.participants + group.leaders;
        groups.push(GroupInput {
            label: group.organisation.name.clone(),
            origin: Coordinates::from_stored(group.town.latitude, group.town.longitude),
            country: group.town.country.clone(),
            participants: group.participants,
            leaders: group.leaders,
            green_travellers: if exchange.green_travel { travelling } else { 0 },
            fewer_opportunities: group.fewer_opportunities,
            activity_days,
            travel_days,
            real_travel_cost_cents: None,
        });
        eligibility_groups.push(EligibilityGroup {
            country: group.town.country.clone(),
            participants: group.participants,
            leaders: group.leaders,
            participant_ages: group.ages,
            leader_min_age: None,
            all_fewer_opportunities: group.participants > 0
                && group.fewer_opportunities >= group.participants,
        });
    }
    let partner_countries = partners
        .iter()
        .filter_map(|p| partner_towns.get(&p.town_id))
        .map(|town| town.country.clone())
        .collect();
    let mut warnings = Vec::new();
    if !partners.is_empty() {
        warnings.push(Warning {
            code: "partner_groups_not_counted",
            field: None,
            message: format!(
                "the partners' own groups ({}) are not in this estimate: only the groups \
                 known from the {} are",
                partners
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                match travellers.basis {
                    Basis::Planned => "plan",
                    Basis::ConfirmedParticipants => "confirmed registrations",
                }
            ),
        });
    }
    Ok(ExchangePlan {
        basis: travellers.basis,
        budget: BudgetInput {
            action,
            call_year,
            venue: Coordinates::from_stored(venue.latitude, venue.longitude),
            venue_country: venue.country.clone(),
            groups,
            lump_sum_cents: None,
            exceptional_costs_cents: 0,
            inclusion_real_costs_cents: 0,
        },
        eligibility: EligibilityInput {
            action,
            call_year,
            activity_days,
            travel_days,
            project_months: None,
            venue_country: venue.country,
            groups: eligibility_groups,
            partner_countries,
            lump_sum_cents: None,
        },
        warnings,
    })
}

/// The budget an exchange can expect from `action` in `call_year`, for a planner who may see
/// the exchange.
pub async fn estimate_for_exchange(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<Based<Budget>> {
    let exchange = planned_exchange(services, principal, exchange_id).await?;
    if action == FundingAction::Ka210 {
        // A partnership is granted a lump sum the applicant chooses, not per-exchange costs.
        return Err(DomainError::field(
            "action",
            "not_per_exchange",
            "a small-scale partnership is a lump sum: estimate it with fundingEstimateForPlan",
        ));
    }
    let plan = plan_of(&services.db, &exchange, action, call_year).await?;
    let table = store::table_for(&services.db, action, call_year).await?;
    let mut budget = budget::estimate(&plan.budget, &table).map_err(DomainError::Validation)?;
    budget.warnings.extend(plan.warnings);
    Ok(Based {
        basis: plan.basis,
        value: budget,
    })
}

pub async fn eligibility_for_exchange(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<Based<Vec<Violation>>> {
    let exchange = planned_exchange(services, principal, exchange_id).await?;
    let plan = plan_of(&services.db, &exchange, action, call_year).await?;
    let table = store::table_for(&services.db, action, call_year).await?;
    Ok(Based {
        basis: plan.basis,
        value: renamed(
            eligibility::check(&plan.eligibility, &table),
            exchange_field,
        ),
    })
}

/// The violations with each calculator field replaced by the fields of the form it came from.
fn renamed(violations: Vec<Violation>, names: fn(&str) -> Vec<String>) -> Vec<Violation> {
    violations
        .into_iter()
        .map(|mut violation| {
            violation.fields = violation.fields.iter().flat_map(|f| names(f)).collect();
            violation
        })
        .collect()
}

/// An exchange's own field for a calculator field: group 0 is the sending group, and the
/// partners are named together since an exchange keeps them as a set.
fn exchange_field(field: &str) -> Vec<String> {
    let names: &[&str] = match field {
        "venueCountry" => &["destinationTownId"],
        "groups" | "groups[0].participants" => &["participants"],
        "groups[0].leaders" => &["leaders"],
        "groups[0].country" => &["sendingOrganisationId"],
        "groups[0].participantAges" => &["ageRange.min", "ageRange.max"],
        "travelDays" => &["endDate"],
        _ if field.starts_with("partnerCountries") => &["partnerOrganisationIds"],
        _ => return vec![field.to_owned()],
    };
    names.iter().map(|name| (*name).to_owned()).collect()
}

/// A plan's own field (under `input.`) for a calculator field: a plan names towns, not
/// countries, and the youngest and oldest ages apart.
fn plan_field(field: &str) -> Vec<String> {
    if field == "venueCountry" {
        return vec!["input.venueTownId".to_owned()];
    }
    if let Some(group) = field.strip_suffix(".country") {
        return vec![format!("input.{group}.townId")];
    }
    if let Some(group) = field.strip_suffix(".participantAges") {
        return vec![
            format!("input.{group}.youngest"),
            format!("input.{group}.oldest"),
        ];
    }
    vec![format!("input.{field}")]
}

/// An exchange the principal may see and plan; young people and guardians are refused.
async fn planned_exchange(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<exchanges::Model> {
    if !access::can_plan(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    Ok(proposals::find_visible(services, principal, id).await?.0)
}

/// Whether the exchange meets the rules of every programme it applies to. Rejected
/// applications and those without an action (a municipal fund) are not assessed; a call year
/// without a rate table fails, since its country list is unknown until a coordinator opens it.
pub async fn funding_verdict(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<FundingVerdict> {
    let record_ids: Vec<Uuid> = funding_record_exchanges::Entity::find()
        .filter(funding_record_exchanges::Column::ExchangeId.eq(exchange.id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.funding_record_id)
        .collect();
    if record_ids.is_empty() {
        return Ok(FundingVerdict::NotAssessed);
    }
    let records = funding_records::Entity::find()
        .filter(funding_records::Column::Id.is_in(record_ids))
        .filter(funding_records::Column::Status.ne(RecordStatus::Rejected.code()))
        .order_by_asc(funding_records::Column::CreatedAt)
        .all(db)
        .await?;
    let mut assessed = false;
    let mut broken = Vec::new();
    for record in records {
        let Some(action) = record.action.as_deref().and_then(FundingAction::from_code) else {
            continue;
        };
        assessed = true;
        let plan = plan_of(db, exchange, action, record.call_year).await?;
        let table = store::table_for(db, action, record.call_year).await?;
        let violations = eligibility::check(&plan.eligibility, &table);
        if !violations.is_empty() {
            let codes: BTreeSet<&str> = violations.iter().map(|v| v.code).collect();
            broken.push(format!(
                "{} {}: {}",
                action.code(),
                record.call_year,
                codes.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    Ok(match (assessed, broken.is_empty()) {
        (false, _) => FundingVerdict::NotAssessed,
        (true, true) => FundingVerdict::Eligible,
        (true, false) => FundingVerdict::Ineligible(broken.join("; ")),
    })
}

/// Names relative to an input object, as the calculator gives them, under `prefix`.
pub fn under(prefix: &str, errors: Vec<FieldError>) -> DomainError {
    DomainError::Validation(
        errors
            .into_iter()
            .map(|mut error| {
                error.field = format!("{prefix}.{}", error.field);
                error
            })
            .collect(),
    )
}

/// A sending group as a planner describes it before any exchange exists.
#[derive(Debug, Clone)]
pub struct AdHocGroup {
    pub label: String,
    pub town_id: String,
    pub participants: i32,
    pub leaders: i32,
    pub green_travellers: i32,
    pub fewer_opportunities: i32,
    pub real_travel_cost_cents: Option<i64>,
    pub youngest: i32,
    pub oldest: i32,
    pub leader_min_age: Option<i32>,
}

/// Numbers to try before creating anything.
#[derive(Debug, Clone)]
pub struct AdHocPlan {
    pub action: FundingAction,
    pub call_year: i32,
    pub venue_town_id: String,
    pub activity_days: i32,
    pub travel_days: i32,
    pub project_months: Option<i32>,
    pub groups: Vec<AdHocGroup>,
    /// ISO 3166-1 codes of partner organisations that send no group.
    pub partner_countries: Vec<String>,
    pub lump_sum_cents: Option<i64>,
    pub exceptional_costs_cents: i64,
    pub inclusion_real_costs_cents: i64,
}

const MAX_GROUPS: usize = 50;

fn count(checks: &mut Checks, field: String, value: i32, max: i32) -> u32 {
    if (0..=max).contains(&value) {
        value as u32
    } else {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            "must be zero or more, within the limit",
        ));
        0
    }
}

/// No grant comes near ten million euros.
const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;

/// An amount in cents, when given, is zero or more and below the limit.
fn amount(checks: &mut Checks, field: String, cents: Option<i64>) {
    if cents.is_some_and(|cents| !(0..=MAX_AMOUNT_CENTS).contains(&cents)) {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            "must be between 0 and 10 000 000 euros (in cents)",
        ));
    }
}

async fn town(
    db: &impl ConnectionTrait,
    checks: &mut Checks,
    field: String,
    raw: &str,
) -> DomainResult<Option<crate::entities::towns::Model>> {
    let found = match Uuid::parse_str(raw) {
        Ok(id) => places::towns_by_ids(db, &[id]).await?.remove(&id),
        Err(_) => None,
    };
    if found.is_none() {
        checks.push(FieldError::new(field, "unknown", "no such town"));
    }
    Ok(found)
}

/// Checks an ad-hoc plan, naming every bad field under `input.`.
pub async fn parse_ad_hoc(
    services: &Services,
    principal: &Principal,
    plan: &AdHocPlan,
) -> DomainResult<ExchangePlan> {
    if !access::can_plan(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let db = &services.db;
    let mut checks = Checks::new();
    let venue = town(
        db,
        &mut checks,
        "input.venueTownId".into(),
        &plan.venue_town_id,
    )
    .await?;
    let activity_days = count(
        &mut checks,
        "input.activityDays".into(),
        plan.activity_days,
        366,
    );
    let travel_days = count(&mut checks, "input.travelDays".into(), plan.travel_days, 30);
    let project_months = plan
        .project_months
        .map(|m| count(&mut checks, "input.projectMonths".into(), m, 120));
    if plan.groups.len() > MAX_GROUPS {
        checks.push(FieldError::new(
            "input.groups",
            "too_many",
            "at most 50 groups",
        ));
    }
    if plan.partner_countries.len() > MAX_GROUPS {
        checks.push(FieldError::new(
            "input.partnerCountries",
            "too_many",
            "at most 50 countries",
        ));
    }
    let mut partner_countries = Vec::new();
    for (index, code) in plan.partner_countries.iter().take(MAX_GROUPS).enumerate() {
        let code = code.trim().to_ascii_uppercase();
        if crate::reference::is_country_code(&code) {
            partner_countries.push(code);
        } else {
            checks.push(FieldError::new(
                format!("input.partnerCountries[{index}]"),
                "unknown_country",
                "is not an ISO 3166-1 country code",
            ));
        }
    }
    for (field, value) in [
        ("input.lumpSumCents", plan.lump_sum_cents),
        (
            "input.exceptionalCostsCents",
            Some(plan.exceptional_costs_cents),
        ),
        (
            "input.inclusionRealCostsCents",
            Some(plan.inclusion_real_costs_cents),
        ),
    ] {
        amount(&mut checks, field.to_owned(), value);
    }
    if plan.lump_sum_cents.is_some() && plan.action != FundingAction::Ka210 {
        checks.push(FieldError::new(
            "input.lumpSumCents",
            "not_applicable",
            "only small-scale partnerships (KA210) have a lump sum",
        ));
    }
    let mut groups = Vec::new();
    let mut eligibility_groups = Vec::new();
    for (index, group) in plan.groups.iter().take(MAX_GROUPS).enumerate() {
        let field = |name: &str| format!("input.groups[{index}].{name}");
        let origin = town(db, &mut checks, field("townId"), &group.town_id).await?;
        let label = checks
            .parse(crate::directory::types::parse_text(
                &field("label"),
                &group.label,
                200,
            ))
            .unwrap_or_default();
        let participants = count(&mut checks, field("participants"), group.participants, 1000);
        let leaders = count(&mut checks, field("leaders"), group.leaders, 200);
        let green = count(
            &mut checks,
            field("greenTravellers"),
            group.green_travellers,
            1200,
        );
        let fewer = count(
            &mut checks,
            field("fewerOpportunities"),
            group.fewer_opportunities,
            1000,
        );
        let youngest = count(&mut checks, field("youngest"), group.youngest, 120);
        let oldest = count(&mut checks, field("oldest"), group.oldest, 120);
        if youngest > oldest {
            checks.push(FieldError::new(
                field("oldest"),
                "before_youngest",
                "must not be below the youngest age",
            ));
        }
        amount(
            &mut checks,
            field("realTravelCostCents"),
            group.real_travel_cost_cents,
        );
        let leader_min_age = group
            .leader_min_age
            .map(|age| count(&mut checks, field("leaderMinAge"), age, 120));
        let Some(origin) = origin else { continue };
        groups.push(GroupInput {
            label,
            origin: Coordinates::from_stored(origin.latitude, origin.longitude),
            country: origin.country.clone(),
            participants,
            leaders,
            green_travellers: green,
            fewer_opportunities: fewer,
            activity_days,
            travel_days,
            real_travel_cost_cents: group.real_travel_cost_cents,
        });
        eligibility_groups.push(EligibilityGroup {
            country: origin.country.clone(),
            participants,
            leaders,
            participant_ages: (youngest, oldest),
            leader_min_age,
            all_fewer_opportunities: participants > 0 && fewer >= participants,
        });
    }
    checks.finish()?;
    let venue = venue.expect("checked");
    Ok(ExchangePlan {
        budget: BudgetInput {
            action: plan.action,
            call_year: plan.call_year,
            venue: Coordinates::from_stored(venue.latitude, venue.longitude),
            venue_country: venue.country.clone(),
            groups,
            lump_sum_cents: plan.lump_sum_cents,
            exceptional_costs_cents: plan.exceptional_costs_cents,
            inclusion_real_costs_cents: plan.inclusion_real_costs_cents,
        },
        eligibility: EligibilityInput {
            action: plan.action,
            call_year: plan.call_year,
            activity_days,
            travel_days,
            project_months,
            venue_country: venue.country,
            groups: eligibility_groups,
            partner_countries,
            lump_sum_cents: plan.lump_sum_cents,
        },
        basis: Basis::Planned,
        warnings: Vec::new(),
    })
}

pub async fn estimate_ad_hoc(
    services: &Services,
    principal: &Principal,
    plan: &AdHocPlan,
) -> DomainResult<Budget> {
    let parsed = parse_ad_hoc(services, principal, plan).await?;
    let table = store::table_for(&services.db, plan.action, plan.call_year).await?;
    budget::estimate(&parsed.budget, &table).map_err(|errors| under("input", errors))
}

pub async fn eligibility_ad_hoc(
    services: &Services,
    principal: &Principal,
    plan: &AdHocPlan,
) -> DomainResult<Vec<Violation>> {
    let parsed = parse_ad_hoc(services, principal, plan).await?;
    let table = store::table_for(&services.db, plan.action, plan.call_year).await?;
    Ok(renamed(
        eligibility::check(&parsed.eligibility, &table),
        plan_field,
    ))
}
