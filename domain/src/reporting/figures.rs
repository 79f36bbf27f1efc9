//! The follow-up figures of one municipality and year, or of one of its organisations, for
//! the executive board. Everything is counted in SQL (GROUP BY over at most a few dozen
//! groups each), in one read transaction, so the statements are few and their results small
//! whatever the size of the data.
use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryResult, QuerySelect,
    sea_query::{
        Alias, Asterisk, Expr, ExprTrait, Func, Order, Query, SelectStatement, SimpleExpr,
    },
};
use uuid::Uuid;

use super::rules::{AgeBand, Figure, protect, protect_breakdown, protect_days};
use crate::{
    db,
    directory::types::PartnershipKind,
    entities::{
        exchange_partners, exchange_reports, exchanges, funding_records, municipalities,
        organisations, participation_records, partnerships, towns,
    },
    error::{DomainError, DomainResult},
    exchanges::{
        proposals::ExchangeDirection,
        rules::{ExchangeState, RiskLevel},
    },
    funding::{rates::Programme, records::RecordStatus},
    principal::Principal,
    registrations::{access::coordinates, rules::Gender},
    services::Services,
    types::{Role, Scope},
};

/// The years the figures can be asked for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The states of an exchange that goes ahead: its destination and partners count as
/// involved.
pub const GOING_AHEAD: [ExchangeState; 6] = [
    ExchangeState::Approved,
    ExchangeState::OpenForRegistration,
    ExchangeState::RegistrationClosed,
    ExchangeState::UnderWay,
    ExchangeState::Completed,
    ExchangeState::Reported,
];

/// The states of an exchange that took place: its leaders are counted.
pub const TOOK_PLACE: [ExchangeState; 2] = [ExchangeState::Completed, ExchangeState::Reported];

/// The statuses of a funding record that was applied for, and of one that was granted.
pub const APPLIED: [RecordStatus; 4] = [
    RecordStatus::Submitted,
    RecordStatus::Granted,
    RecordStatus::Rejected,
    RecordStatus::Reported,
];
pub const GRANTED: [RecordStatus; 2] = [RecordStatus::Granted, RecordStatus::Reported];

/// Whose figures: a municipality's in one year, or one of its organisations'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    pub municipality_id: Uuid,
    pub year: i32,
    pub organisation_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpFigures {
    pub municipality_id: Uuid,
    pub year: i32,
    pub organisation_id: Option<Uuid>,
    pub exchanges: ExchangeFigures,
    pub participants: ParticipantFigures,
    /// Destination towns of the exchanges that go ahead, most exchanges first.
    pub destinations: Vec<TownCount>,
    /// Towns of the partner organisations of the exchanges that go ahead.
    pub partner_towns: Vec<TownCount>,
    /// Countries among the destinations and partner towns, other than the municipality's own.
    pub countries: i64,
    /// One per kind of partnership.
    pub partnerships: Vec<PartnershipFigures>,
    /// One per programme.
    pub funding: Vec<ProgrammeFunding>,
    /// Granted or reported Erasmus+ records per call year, every year with any, oldest first.
    pub eu_funded_projects: Vec<(i32, i64)>,
    pub approval_lead_times: LeadTimes,
    pub reports: ReportFigures,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeFigures {
    pub total: i64,
    /// Every state, in the order of [`ExchangeState::ALL`], zeros included.
    pub by_state: Vec<(ExchangeState, i64)>,
    pub by_direction: Vec<(ExchangeDirection, i64)>,
    pub by_risk_level: Vec<(RiskLevel, i64)>,
    /// Leaders of the exchanges that took place.
    pub leaders: i64,
}

/// Young participants, from the anonymous participation records, with small counts
/// suppressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantFigures {
    pub total: Figure,
    pub by_age_band: Vec<(AgeBand, Figure)>,
    /// Female, male, other, and not recorded (None), in that order.
    pub by_gender: Vec<(Option<Gender>, Figure)>,
    pub fewer_opportunities: Figure,
    pub first_time: Figure,
    /// Days away summed over the participants.
    pub days: Figure,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TownCount {
    pub town_id: Uuid,
    pub local_name: String,
    pub english_name: Option<String>,
    pub country: String,
    pub exchanges: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnershipFigures {
    pub kind: PartnershipKind,
    /// Started on or before 31 December (or with no known start), not ended by then.
    pub active_at_year_end: i64,
    /// Ended during the year.
    pub ended_during_year: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeFunding {
    pub programme: Programme,
    /// Records submitted, granted, rejected or reported.
    pub applications: i64,
    pub requested_cents: i64,
    /// Records granted or reported.
    pub grants: i64,
    pub granted_cents: i64,
}

/// Days from submission to approval of the year's approved exchanges.
#[derive(Debug, Clone, PartialEq)]
pub struct LeadTimes {
    pub approved: i64,
    pub median_days: Option<f64>,
    pub mean_days: Option<f64>,
    pub max_days: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFigures {
    pub filed: i64,
    pub actual_cost_cents: i64,
}

/// Who may read the figures: the municipality's coordinators and global ones; a principal
/// those of their own organisation.
pub fn may_read(roles: &[(Role, Scope)], municipality: Uuid, organisation: Option<Uuid>) -> bool {
    coordinates(roles, Some(municipality))
        || organisation.is_some_and(|o| roles.contains(&(Role::Principal, Scope::Organisation(o))))
}

/// The follow-up figures of `municipality_id` in `year`, or of its organisation
/// `organisation_id`. An exchange belongs to the year of its start date, to its municipality
/// and to its sending organisation; a funding record to its call year, municipality and
/// applicant organisation.
pub async fn follow_up(
    services: &Services,
    principal: &Principal,
    municipality_id: Uuid,
    year: i32,
    organisation_id: Option<Uuid>,
) -> DomainResult<FollowUpFigures> {
    if !may_read(&principal.roles, municipality_id, organisation_id) {
        return Err(DomainError::Forbidden);
    }
    if !YEARS.contains(&year) {
        return Err(DomainError::field(
            "year",
            "out_of_range",
            "must be between 2000 and 2100",
        ));
    }
    let txn = db::begin_read(&services.db).await?;
    let home_country = home_country(&txn, municipality_id)
        .await?
        .ok_or(DomainError::NotFound("municipality"))?;
    if let Some(organisation) = organisation_id
        && !in_municipality(&txn, organisation, municipality_id).await?
    {
        return Err(DomainError::field(
            "organisationId",
            "not_in_municipality",
            "is not an organisation of the municipality",
        ));
    }
    let scope = Subject {
        municipality_id,
        year,
        organisation_id,
    };
    let (exchanges, reports) = exchange_figures(&txn, scope).await?;
    let participants = participant_figures(&txn, scope).await?;
    let destinations = destinations(&txn, scope).await?;
    let partner_towns = partner_towns(&txn, scope).await?;
    let countries: BTreeSet<&str> = destinations
        .iter()
        .chain(&partner_towns)
        .map(|t| t.country.as_str())
        .filter(|country| *country != home_country)
        .collect();
    let countries = countries.len() as i64;
    let partnerships = partnership_figures(&txn, scope).await?;
    let funding = funding_figures(&txn, scope).await?;
    let eu_funded_projects = eu_funded_projects(&txn, scope).await?;
    let approval_lead_times = lead_times(&txn, scope).await?;
    txn.commit().await?;
    Ok(FollowUpFigures {
        municipality_id,
        year,
        organisation_id,
        exchanges,
        participants,
        destinations,
        partner_towns,
        countries,
        partnerships,
        funding,
        eu_funded_projects,
        approval_lead_times,
        reports,
    })
}

/// The country of the municipality's own town; None when there is no such municipality.
async fn home_country(
    db: &impl ConnectionTrait,
    municipality_id: Uuid,
) -> DomainResult<Option<String>> {
    let query = Query::select()
        .column((towns::Entity, towns::Column::Country))
        .from(municipalities::Entity)
        .inner_join(
            towns::Entity,
            Expr::col((towns::Entity, towns::Column::Id))
                .equals((municipalities::Entity, municipalities::Column::TownId)),
        )
        .and_where(municipalities::Column::Id.eq(municipality_id))
        .to_owned();
    Ok(match db.query_one(&query).await? {
        Some(row) => Some(row.try_get("", "country")?),
        None => None,
    })
}

/// Whether the organisation is in the municipality's town.
async fn in_municipality(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    municipality_id: Uuid,
) -> DomainResult<bool> {
    let query = Query::select()
        .column((organisations::Entity, organisations::Column::Id))
        .from(organisations::Entity)
        .inner_join(
            municipalities::Entity,
            Expr::col((municipalities::Entity, municipalities::Column::TownId))
                .equals((organisations::Entity, organisations::Column::TownId)),
        )
        .and_where(organisations::Column::Id.eq(organisation_id))
        .and_where(municipalities::Column::Id.eq(municipality_id))
        .to_owned();
    Ok(db.query_one(&query).await?.is_some())
}

fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).expect("a year in range")
}

fn last_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).expect("a year in range")
}

/// The exchanges of the scope: its municipality's, starting in its year, sent by its
/// organisation when it has one.
fn exchanges_of(query: &mut SelectStatement, scope: Subject) {
    query
        .and_where(exchanges::Column::MunicipalityId.eq(scope.municipality_id))
        .and_where(
            exchanges::Column::StartDate.between(first_day(scope.year), last_day(scope.year)),
        )
        .and_where_option(
            scope
                .organisation_id
                .map(|o| exchanges::Column::SendingOrganisationId.eq(o)),
        );
}

/// `CAST(COALESCE(SUM(expr), 0) AS BIGINT)`: PostgreSQL sums a bigint to a numeric.
fn sum(expr: impl Into<Expr>) -> SimpleExpr {
    Func::cast_as(
        Func::coalesce([Func::sum(expr).into(), Expr::val(0)]),
        Alias::new("BIGINT"),
    )
    .into()
}

fn count_all() -> SimpleExpr {
    Func::count(Expr::col(Asterisk)).into()
}

fn stored<T>(code: &str, parse: impl Fn(&str) -> Option<T>, what: &str) -> DomainResult<T> {
    parse(code).ok_or_else(|| {
        DomainError::Internal(anyhow::anyhow!("unknown {what} code in the database"))
    })
}

/// Every key of `all` with its count, zeros included.
fn every<K: Copy + Ord>(all: &[K], counts: &BTreeMap<K, i64>) -> Vec<(K, i64)> {
    all.iter()
        .map(|key| (*key, counts.get(key).copied().unwrap_or(0)))
        .collect()
}

fn get<T: sea_orm::TryGetable>(row: &QueryResult, column: &str) -> DomainResult<T> {
    Ok(row.try_get("", column)?)
}

/// Exchanges by state, direction and risk level, leaders, and the post-trip reports, in one
/// statement grouped by state, direction and risk level.
async fn exchange_figures(
    db: &impl ConnectionTrait,
    scope: Subject,
) -> DomainResult<(ExchangeFigures, ReportFigures)> {
    let mut query = Query::select()
        .column((exchanges::Entity, exchanges::Column::State))
        .column((exchanges::Entity, exchanges::Column::Direction))
        .column((exchanges::Entity, exchanges::Column::RiskLevel))
        .expr_as(count_all(), Alias::new("n"))
        .expr_as(
            sum(Expr::col((exchanges::Entity, exchanges::Column::Leaders))),
            Alias::new("leaders"),
        )
        .expr_as(
            Func::count(Expr::col((
                exchange_reports::Entity,
                exchange_reports::Column::ExchangeId,
            ))),
            Alias::new("reports"),
        )
        .expr_as(
            sum(Expr::col((
                exchange_reports::Entity,
                exchange_reports::Column::ActualCostCents,
            ))),
            Alias::new("actual_cost_cents"),
        )
        .from(exchanges::Entity)
        .left_join(
            exchange_reports::Entity,
            Expr::col((
                exchange_reports::Entity,
                exchange_reports::Column::ExchangeId,
            ))
            .equals((exchanges::Entity, exchanges::Column::Id)),
        )
        .group_by_col((exchanges::Entity, exchanges::Column::State))
        .group_by_col((exchanges::Entity, exchanges::Column::Direction))
        .group_by_col((exchanges::Entity, exchanges::Column::RiskLevel))
        .to_owned();
    exchanges_of(&mut query, scope);
    let mut by_state: BTreeMap<ExchangeState, i64> = BTreeMap::new();
    let mut by_direction: BTreeMap<ExchangeDirection, i64> = BTreeMap::new();
    let mut by_risk: BTreeMap<RiskLevel, i64> = BTreeMap::new();
    let (mut total, mut leaders) = (0, 0);
    let mut reports = ReportFigures {
        filed: 0,
        actual_cost_cents: 0,
    };
    for row in db.query_all(&query).await? {
        let state = stored(
            &get::<String>(&row, "state")?,
            ExchangeState::from_code,
            "state",
        )?;
        let direction = stored(
            &get::<String>(&row, "direction")?,
            ExchangeDirection::from_code,
            "direction",
        )?;
        let risk = stored(
            &get::<String>(&row, "risk_level")?,
            RiskLevel::from_code,
            "risk level",
        )?;
        let n: i64 = get(&row, "n")?;
        total += n;
        *by_state.entry(state).or_default() += n;
        *by_direction.entry(direction).or_default() += n;
        *by_risk.entry(risk).or_default() += n;
        if TOOK_PLACE.contains(&state) {
            leaders += get::<i64>(&row, "leaders")?;
        }
        reports.filed += get::<i64>(&row, "reports")?;
        reports.actual_cost_cents += get::<i64>(&row, "actual_cost_cents")?;
    }
    Ok((
        ExchangeFigures {
            total,
            by_state: every(ExchangeState::ALL, &by_state),
            by_direction: every(ExchangeDirection::ALL, &by_direction),
            by_risk_level: every(RiskLevel::ALL, &by_risk),
            leaders,
        },
        reports,
    ))
}

/// Participants from the participation records of the scope's exchanges, grouped by age
/// band, gender, fewer opportunities and first time (at most 96 groups), then protected.
async fn participant_figures(
    db: &impl ConnectionTrait,
    scope: Subject,
) -> DomainResult<ParticipantFigures> {
    use participation_records::{Column as P, Entity as Records};
    let mut query = Query::select()
        .column((Records, P::AgeBand))
        .column((Records, P::Gender))
        .column((Records, P::FewerOpportunities))
        .column((Records, P::FirstTime))
        .expr_as(count_all(), Alias::new("n"))
        .expr_as(sum(Expr::col((Records, P::Days))), Alias::new("days"))
        .expr_as(Expr::col((Records, P::Days)), Alias::new("length"))
        .from(Records)
        .inner_join(
            exchanges::Entity,
            Expr::col((exchanges::Entity, exchanges::Column::Id)).equals((Records, P::ExchangeId)),
        )
        .group_by_col((Records, P::AgeBand))
        .group_by_col((Records, P::Gender))
        .group_by_col((Records, P::FewerOpportunities))
        .group_by_col((Records, P::FirstTime))
        .group_by_col((Records, P::Days))
        .to_owned();
    exchanges_of(&mut query, scope);
    let mut bands: BTreeMap<AgeBand, i64> = BTreeMap::new();
    let mut genders: BTreeMap<Option<Gender>, i64> = BTreeMap::new();
    let mut per_length: BTreeMap<i32, i64> = BTreeMap::new();
    let (mut total, mut fewer, mut first, mut days) = (0, 0, 0, 0);
    for row in db.query_all(&query).await? {
        let band = stored(
            &get::<String>(&row, "age_band")?,
            AgeBand::from_code,
            "age band",
        )?;
        let gender = get::<Option<String>>(&row, "gender")?
            .map(|code| stored(&code, Gender::from_code, "gender"))
            .transpose()?;
        let n: i64 = get(&row, "n")?;
        total += n;
        *bands.entry(band).or_default() += n;
        *genders.entry(gender).or_default() += n;
        if get::<bool>(&row, "fewer_opportunities")? {
            fewer += n;
        }
        if get::<bool>(&row, "first_time")? {
            first += n;
        }
        days += get::<i64>(&row, "days")?;
        *per_length.entry(get(&row, "length")?).or_default() += n;
    }
    let band_cells: Vec<i64> = AgeBand::ALL
        .iter()
        .map(|band| bands.get(band).copied().unwrap_or(0))
        .collect();
    let gender_keys: Vec<Option<Gender>> = Gender::ALL
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .collect();
    let gender_cells: Vec<i64> = gender_keys
        .iter()
        .map(|gender| genders.get(gender).copied().unwrap_or(0))
        .collect();
    let bands = protect_breakdown(&band_cells);
    let genders = protect_breakdown(&gender_cells);
    // Each with its complement, which is not shown but could be subtracted.
    let fewer = protect_breakdown(&[fewer, total - fewer]);
    let first = protect_breakdown(&[first, total - first]);
    let total_figure = if [&bands, &genders, &fewer, &first]
        .iter()
        .any(|breakdown| breakdown.hides_total)
    {
        Figure::Suppressed
    } else {
        protect(total)
    };
    let per_length: Vec<i64> = per_length.into_values().collect();
    Ok(ParticipantFigures {
        total: total_figure,
        by_age_band: AgeBand::ALL.iter().copied().zip(bands.cells).collect(),
        by_gender: gender_keys.into_iter().zip(genders.cells).collect(),
        fewer_opportunities: fewer.cells[0],
        first_time: first.cells[0],
        days: protect_days(total_figure, days, &per_length),
    })
}

fn town_count(row: &QueryResult) -> DomainResult<TownCount> {
    Ok(TownCount {
        town_id: get(row, "id")?,
        local_name: get(row, "local_name")?,
        english_name: get(row, "english_name")?,
        country: get(row, "country")?,
        exchanges: get(row, "n")?,
    })
}

/// Selects a town's id, names and country, grouped by them, most exchanges first.
fn towns_grouped(query: &mut SelectStatement) {
    let columns = [
        towns::Column::Id,
        towns::Column::LocalName,
        towns::Column::EnglishName,
        towns::Column::Country,
    ];
    for column in columns {
        query
            .column((towns::Entity, column))
            .group_by_col((towns::Entity, column));
    }
    query
        .order_by_expr(Expr::cust("n"), Order::Desc)
        .order_by((towns::Entity, towns::Column::LocalName), Order::Asc)
        .order_by((towns::Entity, towns::Column::Id), Order::Asc);
}

fn going_ahead() -> SimpleExpr {
    exchanges::Column::State.is_in(GOING_AHEAD.map(|s| s.code()))
}

/// The destination towns of the scope's exchanges that go ahead.
async fn destinations(db: &impl ConnectionTrait, scope: Subject) -> DomainResult<Vec<TownCount>> {
    let mut query = Query::select()
        .expr_as(count_all(), Alias::new("n"))
        .from(exchanges::Entity)
        .inner_join(
            towns::Entity,
            Expr::col((towns::Entity, towns::Column::Id))
                .equals((exchanges::Entity, exchanges::Column::DestinationTownId)),
        )
        .and_where(going_ahead())
        .to_owned();
    towns_grouped(&mut query);
    exchanges_of(&mut query, scope);
    db.query_all(&query).await?.iter().map(town_count).collect()
}

/// The towns of the partner organisations of the scope's exchanges that go ahead, with the
/// number of those exchanges each is part of.
async fn partner_towns(db: &impl ConnectionTrait, scope: Subject) -> DomainResult<Vec<TownCount>> {
    let mut query = Query::select()
        .expr_as(
            Func::count_distinct(Expr::col((exchanges::Entity, exchanges::Column::Id))),
            Alias::new("n"),
        )
        .from(exchanges::Entity)
        .inner_join(
            exchange_partners::Entity,
            Expr::col((
                exchange_partners::Entity,
                exchange_partners::Column::ExchangeId,
            ))
            .equals((exchanges::Entity, exchanges::Column::Id)),
        )
        .inner_join(
            organisations::Entity,
            Expr::col((organisations::Entity, organisations::Column::Id)).equals((
                exchange_partners::Entity,
                exchange_partners::Column::OrganisationId,
            )),
        )
        .inner_join(
            towns::Entity,
            Expr::col((towns::Entity, towns::Column::Id))
                .equals((organisations::Entity, organisations::Column::TownId)),
        )
        .and_where(going_ahead())
        .to_owned();
    towns_grouped(&mut query);
    exchanges_of(&mut query, scope);
    db.query_all(&query).await?.iter().map(town_count).collect()
}

/// `CAST(COALESCE(SUM(CASE WHEN condition THEN 1 ELSE 0 END), 0) AS BIGINT)`.
fn count_where(condition: SimpleExpr) -> SimpleExpr {
    sum(Expr::case(condition, 1).finally(0))
}

/// The municipality's partnerships by kind: active at the end of the year and ended during
/// it, read from their dates so that past years come out as they were. Partnerships belong
/// to the municipality, so an organisation's figures show them too.
async fn partnership_figures(
    db: &impl ConnectionTrait,
    scope: Subject,
) -> DomainResult<Vec<PartnershipFigures>> {
    use partnerships::Column as C;
    let (first, last) = (first_day(scope.year), last_day(scope.year));
    let active = C::StartedOn
        .is_null()
        .or(C::StartedOn.lte(last))
        .and(C::EndedOn.is_null().or(C::EndedOn.gt(last)));
    let ended = C::EndedOn.between(first, last);
    let query = Query::select()
        .column((partnerships::Entity, C::Kind))
        .expr_as(count_where(active), Alias::new("active"))
        .expr_as(count_where(ended), Alias::new("ended"))
        .from(partnerships::Entity)
        .and_where(C::MunicipalityId.eq(scope.municipality_id))
        .group_by_col((partnerships::Entity, C::Kind))
        .to_owned();
    let mut counts: BTreeMap<PartnershipKind, (i64, i64)> = BTreeMap::new();
    for row in db.query_all(&query).await? {
        let kind = stored(
            &get::<String>(&row, "kind")?,
            PartnershipKind::from_code,
            "partnership kind",
        )?;
        counts.insert(kind, (get(&row, "active")?, get(&row, "ended")?));
    }
    Ok(PartnershipKind::ALL
        .iter()
        .map(|kind| {
            let (active, ended) = counts.get(kind).copied().unwrap_or((0, 0));
            PartnershipFigures {
                kind: *kind,
                active_at_year_end: active,
                ended_during_year: ended,
            }
        })
        .collect())
}

fn funding_records_of(query: &mut SelectStatement, scope: Subject) {
    query
        .and_where(funding_records::Column::MunicipalityId.eq(scope.municipality_id))
        .and_where_option(
            scope
                .organisation_id
                .map(|o| funding_records::Column::ApplicantOrganisationId.eq(o)),
        );
}

/// Applications and grants by programme for the records of the year's call, in one statement
/// grouped by programme and status.
async fn funding_figures(
    db: &impl ConnectionTrait,
    scope: Subject,
) -> DomainResult<Vec<ProgrammeFunding>> {
    use funding_records::{Column as C, Entity as Records};
    let mut query = Query::select()
        .column((Records, C::Programme))
        .column((Records, C::Status))
        .expr_as(count_all(), Alias::new("n"))
        .expr_as(
            sum(Expr::col((Records, C::RequestedCents))),
            Alias::new("requested"),
        )
        .expr_as(
            sum(Expr::col((Records, C::GrantedCents))),
            Alias::new("granted"),
        )
        .from(Records)
        .and_where(C::CallYear.eq(scope.year))
        .group_by_col((Records, C::Programme))
        .group_by_col((Records, C::Status))
        .to_owned();
    funding_records_of(&mut query, scope);
    let mut by_programme: BTreeMap<Programme, ProgrammeFunding> = Programme::ALL
        .iter()
        .map(|&programme| {
            (
                programme,
                ProgrammeFunding {
                    programme,
                    applications: 0,
                    requested_cents: 0,
                    grants: 0,
                    granted_cents: 0,
                },
            )
        })
        .collect();
    for row in db.query_all(&query).await? {
        let programme = stored(
            &get::<String>(&row, "programme")?,
            Programme::from_code,
            "programme",
        )?;
        let status = stored(
            &get::<String>(&row, "status")?,
            RecordStatus::from_code,
            "funding status",
        )?;
        let n: i64 = get(&row, "n")?;
        let figures = by_programme.get_mut(&programme).expect("every programme");
        if APPLIED.contains(&status) {
            figures.applications += n;
            figures.requested_cents += get::<i64>(&row, "requested")?;
        }
        if GRANTED.contains(&status) {
            figures.grants += n;
            figures.granted_cents += get::<i64>(&row, "granted")?;
        }
    }
    Ok(Programme::ALL
        .iter()
        .map(|programme| by_programme[programme].clone())
        .collect())
}

/// Granted or reported Erasmus+ records per call year, every year with any: the EU-funded
/// projects whose number should grow. Nordplus is Nordic, not EU, money.
async fn eu_funded_projects(
    db: &impl ConnectionTrait,
    scope: Subject,
) -> DomainResult<Vec<(i32, i64)>> {
    use funding_records::{Column as C, Entity as Records};
    let mut query = Query::select()
        .column((Records, C::CallYear))
        .expr_as(count_all(), Alias::new("n"))
        .from(Records)
        .and_where(C::Programme.eq(Programme::ErasmusPlus.code()))
        .and_where(C::Status.is_in(GRANTED.map(|s| s.code())))
        .group_by_col((Records, C::CallYear))
        .order_by((Records, C::CallYear), Order::Asc)
        .to_owned();
    funding_records_of(&mut query, scope);
    db.query_all(&query)
        .await?
        .iter()
        .map(|row| Ok((get(row, "call_year")?, get(row, "n")?)))
        .collect()
}

/// Days from submission to approval of the scope's approved exchanges. Reads two timestamps
/// per approved exchange of one municipality and year: a median needs the values.
async fn lead_times(db: &impl ConnectionTrait, scope: Subject) -> DomainResult<LeadTimes> {
    let mut select = exchanges::Entity::find()
        .select_only()
        .column(exchanges::Column::SubmittedAt)
        .column(exchanges::Column::ApprovedAt)
        .filter(exchanges::Column::ApprovedAt.is_not_null())
        .filter(exchanges::Column::SubmittedAt.is_not_null())
        .filter(exchanges::Column::MunicipalityId.eq(scope.municipality_id))
        .filter(exchanges::Column::StartDate.between(first_day(scope.year), last_day(scope.year)));
    if let Some(organisation) = scope.organisation_id {
        select = select.filter(exchanges::Column::SendingOrganisationId.eq(organisation));
    }
    let pairs: Vec<(DateTime<Utc>, DateTime<Utc>)> = select.into_tuple().all(db).await?;
    let seconds: Vec<i64> = pairs
        .iter()
        .map(|(submitted, approved)| std::cmp::max((*approved - *submitted).num_seconds(), 0))
        .collect();
    Ok(lead_time_summary(&seconds))
}

/// Count, median, mean and maximum of durations in seconds, as days rounded to a tenth.
pub fn lead_time_summary(seconds: &[i64]) -> LeadTimes {
    let days = |s: f64| (s / 86_400.0 * 10.0).round() / 10.0;
    let mut sorted = seconds.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    let median = match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    };
    LeadTimes {
        approved: n as i64,
        median_days: median.map(days),
        mean_days: (n > 0).then(|| days(sorted.iter().sum::<i64>() as f64 / n as f64)),
        max_days: sorted.last().map(|&s| days(s as f64)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOWN: Uuid = Uuid::from_u128(1);
    const OTHER_TOWN: Uuid = Uuid::from_u128(2);
    const SCHOOL: Uuid = Uuid::from_u128(3);

    #[test]
    fn coordinators_and_the_organisations_principal_read_the_figures() {
        type Case = (&'static [(Role, Scope)], Option<Uuid>, bool);
        let cases: &[Case] = &[
            (
                &[(Role::Coordinator, Scope::Municipality(TOWN))],
                None,
                true,
            ),
            (
                &[(Role::Coordinator, Scope::Municipality(TOWN))],
                Some(SCHOOL),
                true,
            ),
            (
                &[(Role::Coordinator, Scope::Municipality(OTHER_TOWN))],
                None,
                false,
            ),
            (&[(Role::Coordinator, Scope::Global)], None, true),
            (
                &[(Role::Principal, Scope::Organisation(SCHOOL))],
                Some(SCHOOL),
                true,
            ),
            (
                &[(Role::Principal, Scope::Organisation(SCHOOL))],
                None,
                false,
            ),
            (
                &[(Role::Principal, Scope::Organisation(SCHOOL))],
                Some(Uuid::from_u128(9)),
                false,
            ),
            (
                &[(Role::Teacher, Scope::Organisation(SCHOOL))],
                Some(SCHOOL),
                false,
            ),
            (&[(Role::Admin, Scope::Global)], None, false),
            (
                &[(Role::Coordinator, Scope::Organisation(SCHOOL))],
                None,
                false,
            ),
            (&[], None, false),
        ];
        for (roles, organisation, allowed) in cases {
            assert_eq!(
                may_read(roles, TOWN, *organisation),
                *allowed,
                "{roles:?} {organisation:?}"
            );
        }
    }

    #[test]
    fn lead_times_in_days() {
        let day = 86_400;
        let cases: &[(&[i64], LeadTimes)] = &[
            (
                &[],
                LeadTimes {
                    approved: 0,
                    median_days: None,
                    mean_days: None,
                    max_days: None,
                },
            ),
            (
                &[3 * day, day, 10 * day],
                LeadTimes {
                    approved: 3,
                    median_days: Some(3.0),
                    mean_days: Some(4.7),
                    max_days: Some(10.0),
                },
            ),
            (
                &[2 * day, 5 * day, day / 2, 7 * day],
                LeadTimes {
                    approved: 4,
                    median_days: Some(3.5),
                    mean_days: Some(3.6),
                    max_days: Some(7.0),
                },
            ),
        ];
        for (seconds, expected) in cases {
            assert_eq!(lead_time_summary(seconds), *expected, "{seconds:?}");
        }
    }
}
