//! Follow-up figures in the API: one query for the figures, one for the same as CSV.
use async_graphql::{Context, ID, Object, Result, SimpleObject};
use utbyte_domain::{
    DomainError,
    reporting::{
        csv, figures,
        rules::{AgeBand, Figure},
    },
};
use uuid::Uuid;

use super::{
    accounts::Locale,
    context::{CsvFormat, csv_form, id, parse_id, principal, services},
    directory::PartnershipKindGql,
    exchanges::{ExchangeDirectionGql, ExchangeStateGql, RiskLevelGql},
    funding::FundingProgrammeGql,
};

mirror_enum! {
    /// Age at the start of the exchange.
    AgeBandGql as "AgeBand" => AgeBand {
        #[graphql(name = "UNDER_13")]
        Under13,
        #[graphql(name = "AGE_13_15")]
        From13To15,
        #[graphql(name = "AGE_16_17")]
        From16To17,
        #[graphql(name = "AGE_18_25")]
        From18To25,
        #[graphql(name = "AGE_26_30")]
        From26To30,
        #[graphql(name = "OVER_30")]
        Over30,
    }
}

/// A figure about young participants. Any such count from 1 to 4 could identify a child and
/// is suppressed (0 is shown). Within a breakdown that adds up to a shown total (age bands,
/// genders, with or without fewer opportunities, first-timers or not), when exactly one cell
/// is suppressed the next smallest non-zero cell is suppressed too, so that nothing can be
/// found by subtraction. Participant days are suppressed with the participant total.
#[derive(SimpleObject)]
#[graphql(name = "SuppressibleCount")]
pub struct SuppressibleCount {
    /// The value; null when suppressed.
    pub value: Option<i64>,
    /// True when the value is withheld.
    pub suppressed: bool,
}

impl From<Figure> for SuppressibleCount {
    fn from(figure: Figure) -> Self {
        Self {
            value: figure.value(),
            suppressed: figure.is_suppressed(),
        }
    }
}

#[derive(SimpleObject)]
pub struct ExchangeStateCount {
    pub state: ExchangeStateGql,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct ExchangeDirectionCount {
    pub direction: ExchangeDirectionGql,
    pub count: i64,
}

#[derive(SimpleObject)]
pub struct RiskLevelCount {
    pub risk_level: RiskLevelGql,
    pub count: i64,
}

/// The exchanges of the year: every exchange of the municipality (or sent by the
/// organisation) whose start date falls in the year, whatever its state.
#[derive(SimpleObject)]
pub struct ExchangeFigures {
    pub total: i64,
    /// Every state, zeros included.
    pub by_state: Vec<ExchangeStateCount>,
    /// Every direction, zeros included.
    pub by_direction: Vec<ExchangeDirectionCount>,
    /// Every risk level, zeros included.
    pub by_risk_level: Vec<RiskLevelCount>,
    /// Leaders of the exchanges that took place (completed or reported), as planned on the
    /// exchange.
    pub leaders: i64,
}

#[derive(SimpleObject)]
pub struct AgeBandCount {
    pub age_band: AgeBandGql,
    pub count: SuppressibleCount,
}

/// Participants by gender, where the young person or family gave it.
#[derive(SimpleObject)]
pub struct GenderCounts {
    pub female: SuppressibleCount,
    pub male: SuppressibleCount,
    pub other: SuppressibleCount,
    pub not_recorded: SuppressibleCount,
}

/// The young participants of the year's exchanges that took place: the confirmed
/// participants recorded, without names, when each exchange was completed. Small counts are
/// suppressed (see `SuppressibleCount`).
#[derive(SimpleObject)]
pub struct ParticipantFigures {
    pub total: SuppressibleCount,
    /// Every age band, by age at the start of the exchange.
    pub by_age_band: Vec<AgeBandCount>,
    pub by_gender: GenderCounts,
    /// Participants with fewer opportunities.
    pub fewer_opportunities: SuppressibleCount,
    /// Participants on their first exchange that took place.
    pub first_time: SuppressibleCount,
    /// Days away, departure and return included, summed over the participants.
    pub participant_days: SuppressibleCount,
}

/// A town and the number of the year's exchanges it is involved in.
#[derive(SimpleObject)]
pub struct FollowUpTown {
    pub town_id: ID,
    pub local_name: String,
    pub english_name: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub exchanges: i64,
}

impl From<figures::TownCount> for FollowUpTown {
    fn from(town: figures::TownCount) -> Self {
        Self {
            town_id: id(town.town_id),
            local_name: town.local_name,
            english_name: town.english_name,
            country: town.country,
            exchanges: town.exchanges,
        }
    }
}

/// The municipality's partnerships of one kind, read from their start and end dates.
#[derive(SimpleObject)]
pub struct PartnershipKindFigures {
    pub kind: PartnershipKindGql,
    /// Started by 31 December of the year (or with no recorded start) and not ended by then.
    pub active_at_year_end: i64,
    /// Ended during the year.
    pub ended_during_year: i64,
}

/// Funding records of one programme with the year as call year.
#[derive(SimpleObject)]
pub struct ProgrammeFunding {
    pub programme: FundingProgrammeGql,
    /// Records submitted, granted, rejected or reported.
    pub applications: i64,
    /// Amount requested by those applications, in euro cents.
    pub requested_cents: i64,
    /// Records granted or reported.
    pub grants: i64,
    /// Amount granted, in euro cents.
    pub granted_cents: i64,
}

/// The number of EU-funded projects of one call year.
#[derive(SimpleObject)]
pub struct EuFundedYear {
    pub call_year: i32,
    /// Erasmus+ funding records granted or reported.
    pub projects: i64,
}

/// Days from submission to approval of the year's approved exchanges (the last submission
/// before approval), to a tenth of a day.
#[derive(SimpleObject)]
pub struct ApprovalLeadTimes {
    /// Exchanges of the year that were approved, including those cancelled afterwards.
    pub approved: i64,
    /// Null when none was approved.
    pub median_days: Option<f64>,
    pub mean_days: Option<f64>,
    pub max_days: Option<f64>,
}

/// The reports teachers filed after the year's exchanges.
#[derive(SimpleObject)]
pub struct PostTripReportFigures {
    pub filed: i64,
    /// Actual costs reported, in euro cents.
    pub actual_cost_cents: i64,
}

/// What the international work of a municipality, or of one of its organisations, came to in
/// one year. An exchange belongs to the year of its start date, to its municipality and to its
/// sending organisation; a funding record to its call year and applicant organisation.
#[derive(SimpleObject)]
pub struct FollowUpFigures {
    pub municipality_id: ID,
    pub year: i32,
    /// The organisation the figures are limited to, if any.
    pub organisation_id: Option<ID>,
    pub exchanges: ExchangeFigures,
    pub participants: ParticipantFigures,
    /// Destination towns of the year's exchanges that go ahead (approved, and not rejected or
    /// cancelled), most exchanges first.
    pub destinations: Vec<FollowUpTown>,
    /// Towns of the partner organisations of those exchanges, with the number of exchanges
    /// each is part of.
    pub partner_towns: Vec<FollowUpTown>,
    /// Countries among the destinations and partner towns, other than the municipality's own.
    pub countries: i64,
    /// The municipality's partnerships by kind (also in an organisation's figures).
    pub partnerships: Vec<PartnershipKindFigures>,
    /// Applications and grants by programme, for records with the year as call year.
    pub funding: Vec<ProgrammeFunding>,
    /// EU-funded (Erasmus+) projects granted per call year, for every year with any, oldest
    /// first, so that the growth asked for can be seen. Nordplus is not EU money.
    pub eu_funded_projects: Vec<EuFundedYear>,
    pub approval_lead_times: ApprovalLeadTimes,
    pub post_trip_reports: PostTripReportFigures,
}

fn gender(
    figures: &[(Option<utbyte_domain::registrations::rules::Gender>, Figure)],
) -> GenderCounts {
    use utbyte_domain::registrations::rules::Gender;
    let of = |wanted: Option<Gender>| {
        figures
            .iter()
            .find(|(gender, _)| *gender == wanted)
            .map_or(Figure::Shown(0), |(_, figure)| *figure)
            .into()
    };
    GenderCounts {
        female: of(Some(Gender::Female)),
        male: of(Some(Gender::Male)),
        other: of(Some(Gender::Other)),
        not_recorded: of(None),
    }
}

fn to_graphql(figures: figures::FollowUpFigures) -> FollowUpFigures {
    let exchanges = figures.exchanges;
    let participants = figures.participants;
    FollowUpFigures {
        municipality_id: id(figures.municipality_id),
        year: figures.year,
        organisation_id: figures.organisation_id.map(id),
        exchanges: ExchangeFigures {
            total: exchanges.total,
            by_state: exchanges
                .by_state
                .into_iter()
                .map(|(state, count)| ExchangeStateCount {
                    state: state.into(),
                    count,
                })
                .collect(),
            by_direction: exchanges
                .by_direction
                .into_iter()
                .map(|(direction, count)| ExchangeDirectionCount {
                    direction: direction.into(),
                    count,
                })
                .collect(),
            by_risk_level: exchanges
                .by_risk_level
                .into_iter()
                .map(|(risk_level, count)| RiskLevelCount {
                    risk_level: risk_level.into(),
                    count,
                })
                .collect(),
            leaders: exchanges.leaders,
        },
        participants: ParticipantFigures {
            total: participants.total.into(),
            by_age_band: participants
                .by_age_band
                .into_iter()
                .map(|(band, count)| AgeBandCount {
                    age_band: band.into(),
                    count: count.into(),
                })
                .collect(),
            by_gender: gender(&participants.by_gender),
            fewer_opportunities: participants.fewer_opportunities.into(),
            first_time: participants.first_time.into(),
            participant_days: participants.days.into(),
        },
        destinations: figures.destinations.into_iter().map(Into::into).collect(),
        partner_towns: figures.partner_towns.into_iter().map(Into::into).collect(),
        countries: figures.countries,
        partnerships: figures
            .partnerships
            .into_iter()
            .map(|p| PartnershipKindFigures {
                kind: p.kind.into(),
                active_at_year_end: p.active_at_year_end,
                ended_during_year: p.ended_during_year,
            })
            .collect(),
        funding: figures
            .funding
            .into_iter()
            .map(|f| ProgrammeFunding {
                programme: f.programme.into(),
                applications: f.applications,
                requested_cents: f.requested_cents,
                grants: f.grants,
                granted_cents: f.granted_cents,
            })
            .collect(),
        eu_funded_projects: figures
            .eu_funded_projects
            .into_iter()
            .map(|(call_year, projects)| EuFundedYear {
                call_year,
                projects,
            })
            .collect(),
        approval_lead_times: ApprovalLeadTimes {
            approved: figures.approval_lead_times.approved,
            median_days: figures.approval_lead_times.median_days,
            mean_days: figures.approval_lead_times.mean_days,
            max_days: figures.approval_lead_times.max_days,
        },
        post_trip_reports: PostTripReportFigures {
            filed: figures.reports.filed,
            actual_cost_cents: figures.reports.actual_cost_cents,
        },
    }
}

async fn load(
    ctx: &Context<'_>,
    municipality_id: &ID,
    year: i32,
    organisation_id: Option<&ID>,
) -> Result<figures::FollowUpFigures, DomainError> {
    let municipality = parse_id("municipalityId", municipality_id)?;
    let organisation: Option<Uuid> = organisation_id
        .map(|o| parse_id("organisationId", o))
        .transpose()?;
    figures::follow_up(
        services(ctx),
        principal(ctx)?,
        municipality,
        year,
        organisation,
    )
    .await
}

#[derive(Default)]
pub struct ReportingQuery;

#[Object]
impl ReportingQuery {
    /// The follow-up figures of a municipality in a year, or of one of its organisations.
    /// An exchange counts in the year of its start date. Coordinators of the municipality and
    /// global coordinators read them; a principal reads those of their own organisation
    /// (`organisationId` required). Participant counts from 1 to 4 are suppressed, see
    /// `SuppressibleCount`.
    async fn follow_up_figures(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        #[graphql(desc = "2000 to 2100; an exchange counts in the year of its start date.")]
        year: i32,
        #[graphql(
            desc = "Limits the figures to exchanges sent and funding applied for by \
                          this organisation of the municipality."
        )]
        organisation_id: Option<ID>,
    ) -> Result<FollowUpFigures> {
        let figures = load(ctx, &municipality_id, year, organisation_id.as_ref()).await?;
        Ok(to_graphql(figures))
    }

    /// The same figures as CSV, one figure a row (`section,item,value`); a suppressed figure
    /// reads `suppressed`, money is in euros with two decimals.
    async fn follow_up_figures_csv(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        #[graphql(desc = "2000 to 2100; an exchange counts in the year of its start date.")]
        year: i32,
        #[graphql(
            desc = "Limits the figures to exchanges sent and funding applied for by \
                          this organisation of the municipality."
        )]
        organisation_id: Option<ID>,
        #[graphql(default, desc = "MACHINE (the default) or SPREADSHEET.")] format: CsvFormat,
        #[graphql(desc = "The spreadsheet's language; the caller's own when left out.")]
        language: Option<Locale>,
    ) -> Result<String> {
        let figures = load(ctx, &municipality_id, year, organisation_id.as_ref()).await?;
        let form = csv_form(ctx, format, language).await?;
        Ok(csv::figures_csv(&figures, form)?)
    }
}
