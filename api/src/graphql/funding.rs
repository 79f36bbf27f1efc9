//! Funding in the API: rate tables, budgets, eligibility, funding records and CSV exports.
use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
    dataloader::Loader,
};
use chrono::{DateTime, Utc};
use utbyte_domain::{
    DomainError,
    entities::{funding_call_deadlines, funding_countries, funding_rates, funding_records},
    funding::{
        access,
        budget::{Budget, LineCategory},
        call_deadlines::{self, CallDeadlineInput},
        eligibility::Violation,
        export,
        planning::{self, Based, Basis},
        rates::{ErasmusStatus, FundingAction, NordplusArea, Programme, RateKind},
        records::{self, RecordFilter, RecordInput, RecordStatus},
        store::{self, CountryInput, RateInput},
    },
};

use super::accounts::Locale;
use super::context::{
    CsvFormat, csv_form, id, loaders, meta, page_size, parse_cursor, parse_id, principal, services,
};
use super::directory::Organisation;

mirror_enum! {
    /// A funding programme.
    FundingProgrammeGql as "FundingProgramme" => Programme {
        ErasmusPlus, NordplusJunior, MunicipalFund, Other,
    }
}

mirror_enum! {
    /// An action of a programme: KA152-YOU youth exchange, KA122-SCH and KA121-SCH school
    /// mobility, KA210 small-scale partnership, Nordplus Junior class exchange.
    FundingActionGql as "FundingAction" => FundingAction {
        Ka152You, Ka122Sch, Ka121Sch, Ka210, NordplusJuniorClass,
    }
}

mirror_enum! {
    /// What a rate is for; its key is a distance band, a country, a country group, a lump
    /// sum or a Nordplus area.
    RateKindGql as "FundingRateKind" => RateKind {
        TravelStandard, TravelGreen, OrganisationalSupport, IndividualSupportPupil,
        IndividualSupportStaff, InclusionSupport, LumpSum, NordplusTravel, TravelDaysStandard,
        TravelDaysGreen,
    }
}

mirror_enum! {
    /// Where an application stands.
    FundingStatusGql as "FundingStatus" => RecordStatus {
        Idea, Drafting, Submitted, Granted, Rejected, Reported,
    }
}

mirror_enum! {
    /// How Erasmus+ treats a country in a call year.
    ErasmusStatusGql as "ErasmusStatus" => ErasmusStatus {
        ProgrammeCountry, NeighbouringRegion, NotEligible,
    }
}

mirror_enum! {
    NordplusAreaGql as "NordplusArea" => NordplusArea {
        NordicBaltic, FaroeIceland, Greenland,
    }
}

mirror_enum! {
    /// Which numbers an exchange's figures are built from: PLANNED (one sending group as
    /// planned, nobody with fewer opportunities) until any young person's place is confirmed,
    /// then CONFIRMED_PARTICIPANTS (the confirmed young people grouped by their organisation,
    /// with their ages at the start date and fewer opportunities; the planned leaders travel
    /// with the sending group).
    FundingBasisGql as "FundingBasis" => Basis {
        Planned, ConfirmedParticipants,
    }
}

mirror_enum! {
    BudgetCategoryGql as "BudgetCategory" => LineCategory {
        Travel, OrganisationalSupport, IndividualSupport, InclusionSupport, ExceptionalCosts,
        LumpSum,
    }
}

/// One row of a rate table.
pub struct FundingRate(funding_rates::Model);

#[Object]
impl FundingRate {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn action(&self) -> Result<FundingActionGql> {
        FundingActionGql::stored(&self.0.action)
    }
    async fn call_year(&self) -> i32 {
        self.0.call_year
    }
    async fn kind(&self) -> Result<RateKindGql> {
        RateKindGql::stored(&self.0.kind)
    }
    /// The distance band ("500-1999"), country ("FR"), country group ("1"), lump sum
    /// ("30000"), Nordplus area ("nordic_baltic"), "pupil", "participant" or "max".
    async fn key(&self) -> &str {
        &self.0.rate_key
    }
    /// Euro cents (days for the travel-day caps); null while the rate needs a value.
    async fn value(&self) -> Option<i64> {
        self.0.value
    }
    async fn note(&self) -> &str {
        &self.0.note
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A country's standing in one call year.
pub struct FundingCountry(funding_countries::Model);

#[Object]
impl FundingCountry {
    async fn country(&self) -> &str {
        &self.0.country
    }
    async fn erasmus(&self) -> Result<ErasmusStatusGql> {
        ErasmusStatusGql::stored(&self.0.erasmus)
    }
    /// Erasmus+ country group 1–3, for programme countries.
    async fn country_group(&self) -> Option<i16> {
        self.0.country_group
    }
    async fn nordplus(&self) -> Result<Option<NordplusAreaGql>> {
        self.0
            .nordplus
            .as_deref()
            .map(NordplusAreaGql::stored)
            .transpose()
    }
    async fn note(&self) -> &str {
        &self.0.note
    }
}

/// The published deadline of a call round.
pub struct FundingCallDeadline(funding_call_deadlines::Model);

#[Object]
impl FundingCallDeadline {
    async fn action(&self) -> Result<FundingActionGql> {
        FundingActionGql::stored(&self.0.action)
    }
    async fn call_year(&self) -> i32 {
        self.0.call_year
    }
    async fn round(&self) -> i32 {
        self.0.round
    }
    async fn deadline(&self) -> DateTime<Utc> {
        self.0.deadline
    }
    async fn note(&self) -> &str {
        &self.0.note
    }
}

#[derive(InputObject)]
pub struct FundingCallDeadlineInput {
    pub action: FundingActionGql,
    pub call_year: i32,
    #[graphql(default = 1)]
    pub round: i32,
    pub deadline: DateTime<Utc>,
    #[graphql(default)]
    pub note: String,
}

/// The table row a figure came from.
#[derive(SimpleObject)]
pub struct RateRow {
    pub action: FundingActionGql,
    pub call_year: i32,
    pub kind: RateKindGql,
    pub key: String,
    /// For example "KA152-YOU 2025 travel_standard 500-1999".
    pub description: String,
}

impl From<&utbyte_domain::funding::rates::RateRef> for RateRow {
    fn from(rate: &utbyte_domain::funding::rates::RateRef) -> Self {
        Self {
            action: rate.action.into(),
            call_year: rate.call_year,
            kind: rate.kind.into(),
            key: rate.key.clone(),
            description: rate.describe(),
        }
    }
}

#[derive(SimpleObject)]
pub struct BudgetLine {
    /// Index of the sending group, when the line belongs to one.
    pub group: Option<i32>,
    pub category: BudgetCategoryGql,
    pub quantity: i64,
    pub rate_cents: i64,
    pub amount_cents: i64,
    /// The calculation in words, in English ("22 travellers × €309.00 (500–1999 km, standard
    /// travel)"); the pages show it in the reader's language.
    pub formula: String,
    pub rate: Option<RateRow>,
}

#[derive(SimpleObject)]
pub struct MissingRate {
    pub group: Option<i32>,
    pub category: BudgetCategoryGql,
    /// The row a coordinator must fill in.
    pub rate: RateRow,
}

#[derive(SimpleObject)]
pub struct BudgetWarning {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
}

#[derive(SimpleObject)]
pub struct GroupDistance {
    pub group: i32,
    /// Great-circle, one way, in whole km as the Commission's distance calculator shows it;
    /// the band and the band-edge warning are judged on this figure.
    pub distance_km: i32,
    /// As the programme guide writes it, e.g. "500–1999 km".
    pub band: String,
    /// Within 5 km of a band edge: check with the official calculator.
    pub near_band_edge: bool,
}

/// A grant estimate, line by line.
#[derive(SimpleObject)]
pub struct FundingBudget {
    pub lines: Vec<BudgetLine>,
    /// The sum of the lines; rates still missing are not in it.
    pub total_cents: i64,
    pub missing: Vec<MissingRate>,
    pub warnings: Vec<BudgetWarning>,
    pub distances: Vec<GroupDistance>,
    /// For an exchange, the numbers the estimate was built from; null for a plan typed in.
    pub basis: Option<FundingBasisGql>,
}

impl From<Budget> for FundingBudget {
    fn from(budget: Budget) -> Self {
        let index = |g: Option<usize>| g.map(|g| g as i32);
        Self {
            lines: budget
                .lines
                .iter()
                .map(|line| BudgetLine {
                    group: index(line.group),
                    category: line.category.into(),
                    quantity: line.quantity,
                    rate_cents: line.rate_cents,
                    amount_cents: line.amount_cents,
                    formula: line.formula.text(utbyte_domain::types::Locale::En),
                    rate: line.rate.as_ref().map(Into::into),
                })
                .collect(),
            total_cents: budget.total_cents,
            missing: budget
                .missing
                .iter()
                .map(|m| MissingRate {
                    group: index(m.group),
                    category: m.category.into(),
                    rate: (&m.rate).into(),
                })
                .collect(),
            warnings: budget
                .warnings
                .into_iter()
                .map(|w| BudgetWarning {
                    code: w.code.to_owned(),
                    field: w.field,
                    message: w.message,
                })
                .collect(),
            distances: budget
                .distances
                .iter()
                .map(|d| GroupDistance {
                    group: d.group as i32,
                    distance_km: d.distance_km,
                    band: d.band.label().to_owned(),
                    near_band_edge: d.near_band_edge,
                })
                .collect(),
            basis: None,
        }
    }
}

impl From<Based<Budget>> for FundingBudget {
    fn from(budget: Based<Budget>) -> Self {
        Self {
            basis: Some(budget.basis.into()),
            ..budget.value.into()
        }
    }
}

/// A rule of the programme the plan breaks.
#[derive(SimpleObject)]
pub struct EligibilityViolation {
    /// For example duration, group_size, ineligible_country.
    pub code: String,
    /// The fields concerned.
    pub fields: Vec<String>,
    pub message: String,
    /// For an exchange, the numbers it was judged on (as `fundingEstimate` says even when
    /// nothing is broken); null for a plan typed in.
    pub basis: Option<FundingBasisGql>,
}

fn violations(found: Vec<Violation>, basis: Option<Basis>) -> Vec<EligibilityViolation> {
    found
        .into_iter()
        .map(|v| EligibilityViolation {
            code: v.code.to_owned(),
            fields: v.fields,
            message: v.message,
            basis: basis.map(Into::into),
        })
        .collect()
}

/// An application for funding, or the idea of one.
pub struct FundingRecord(funding_records::Model);

impl FundingRecord {
    /// Its round's published deadline, batched over a page of records.
    async fn published_deadline(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        match call_deadlines::round_of(&self.0) {
            Some(round) => Ok(loaders(ctx).call_deadlines.load_one(round).await?),
            None => Ok(None),
        }
    }
}

/// Loads the published deadlines of many rounds in one query.
pub struct CallDeadlineLoader(pub utbyte_domain::Services);

impl Loader<call_deadlines::Round> for CallDeadlineLoader {
    type Value = DateTime<Utc>;
    type Error = Arc<DomainError>;

    async fn load(
        &self,
        keys: &[call_deadlines::Round],
    ) -> Result<HashMap<call_deadlines::Round, Self::Value>, Self::Error> {
        let mut published = call_deadlines::published(&self.0.db)
            .await
            .map_err(Arc::new)?;
        published.retain(|round, _| keys.contains(round));
        Ok(published)
    }
}

#[Object]
impl FundingRecord {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn programme(&self) -> Result<FundingProgrammeGql> {
        FundingProgrammeGql::stored(&self.0.programme)
    }
    async fn action(&self) -> Result<Option<FundingActionGql>> {
        self.0
            .action
            .as_deref()
            .map(FundingActionGql::stored)
            .transpose()
    }
    async fn call_year(&self) -> i32 {
        self.0.call_year
    }
    async fn round(&self) -> Option<i32> {
        self.0.round
    }
    /// The record's own deadline, else its round's published one.
    async fn deadline(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        Ok(match self.0.deadline {
            Some(own) => Some(own),
            None => self.published_deadline(ctx).await?,
        })
    }
    /// Whether the deadline is the round's published one (and follows it when it changes)
    /// rather than one of the record's own.
    async fn deadline_published(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(self.0.deadline.is_none() && self.published_deadline(ctx).await?.is_some())
    }
    async fn applicant_organisation(&self, ctx: &Context<'_>) -> Result<Organisation> {
        loaders(ctx)
            .organisations
            .load_one(self.0.applicant_organisation_id)
            .await?
            .map(Organisation)
            .ok_or_else(|| DomainError::NotFound("organisation").into())
    }
    /// The Erasmus+ organisation id.
    async fn oid(&self) -> Option<&str> {
        self.0.oid.as_deref()
    }
    async fn national_agency(&self) -> &str {
        &self.0.national_agency
    }
    async fn reference_number(&self) -> &str {
        &self.0.reference_number
    }
    async fn status(&self) -> Result<FundingStatusGql> {
        FundingStatusGql::stored(&self.0.status)
    }
    async fn requested_cents(&self) -> Option<i64> {
        self.0.requested_cents
    }
    async fn granted_cents(&self) -> Option<i64> {
        self.0.granted_cents
    }
    async fn exchange_ids(&self, ctx: &Context<'_>) -> Result<Vec<ID>> {
        Ok(records::exchanges_of(&services(ctx).db, self.0.id)
            .await?
            .into_iter()
            .map(id)
            .collect())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

#[derive(InputObject)]
pub struct FundingRecordInput {
    pub title: String,
    pub programme: FundingProgrammeGql,
    /// Required for Erasmus+ and Nordplus.
    pub action: Option<FundingActionGql>,
    pub call_year: i32,
    pub round: Option<i32>,
    pub deadline: Option<DateTime<Utc>>,
    pub applicant_organisation_id: ID,
    /// E followed by 8 digits; the applicant's own when left out.
    pub oid: Option<String>,
    #[graphql(default)]
    pub national_agency: String,
    #[graphql(default)]
    pub reference_number: String,
    pub status: FundingStatusGql,
    pub requested_cents: Option<i64>,
    pub granted_cents: Option<i64>,
    /// The exchanges the application covers: one, or several in one project.
    #[graphql(default)]
    pub exchange_ids: Vec<ID>,
}

impl From<FundingRecordInput> for RecordInput {
    fn from(input: FundingRecordInput) -> Self {
        Self {
            title: input.title,
            programme: input.programme.into(),
            action: input.action.map(Into::into),
            call_year: input.call_year,
            round: input.round,
            deadline: input.deadline,
            applicant_organisation_id: input.applicant_organisation_id.0,
            oid: input.oid,
            national_agency: input.national_agency,
            reference_number: input.reference_number,
            status: input.status.into(),
            requested_cents: input.requested_cents,
            granted_cents: input.granted_cents,
            exchange_ids: input.exchange_ids.into_iter().map(|id| id.0).collect(),
        }
    }
}

#[derive(InputObject, Default)]
pub struct FundingRecordFilter {
    pub status: Option<FundingStatusGql>,
    pub programme: Option<FundingProgrammeGql>,
    pub call_year: Option<i32>,
}

#[derive(InputObject)]
pub struct FundingRateInput {
    pub action: FundingActionGql,
    pub call_year: i32,
    pub kind: RateKindGql,
    pub key: String,
    /// Euro cents (days for travel-day caps); null marks the rate as needing a value.
    pub value: Option<i64>,
    #[graphql(default)]
    pub note: String,
}

#[derive(InputObject)]
pub struct FundingCountryInput {
    pub call_year: i32,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub erasmus: ErasmusStatusGql,
    /// 1–3, programme countries only.
    pub country_group: Option<i16>,
    pub nordplus: Option<NordplusAreaGql>,
    #[graphql(default)]
    pub note: String,
}

#[derive(InputObject)]
pub struct PlanGroupInput {
    #[graphql(default)]
    pub label: String,
    /// Where the group travels from.
    pub town_id: ID,
    pub participants: i32,
    pub leaders: i32,
    #[graphql(default)]
    pub green_travellers: i32,
    #[graphql(default)]
    pub fewer_opportunities: i32,
    /// The group's real return travel cost, for the expensive-travel rule.
    pub real_travel_cost_cents: Option<i64>,
    pub youngest: i32,
    pub oldest: i32,
    pub leader_min_age: Option<i32>,
}

/// Numbers to try before creating anything.
#[derive(InputObject)]
pub struct FundingPlanInput {
    pub action: FundingActionGql,
    pub call_year: i32,
    pub venue_town_id: ID,
    pub activity_days: i32,
    #[graphql(default)]
    pub travel_days: i32,
    pub project_months: Option<i32>,
    #[graphql(default)]
    pub groups: Vec<PlanGroupInput>,
    /// ISO 3166-1 codes of partners that send no group.
    #[graphql(default)]
    pub partner_countries: Vec<String>,
    pub lump_sum_cents: Option<i64>,
    #[graphql(default)]
    pub exceptional_costs_cents: i64,
    #[graphql(default)]
    pub inclusion_real_costs_cents: i64,
}

impl From<FundingPlanInput> for planning::AdHocPlan {
    fn from(input: FundingPlanInput) -> Self {
        Self {
            action: input.action.into(),
            call_year: input.call_year,
            venue_town_id: input.venue_town_id.0,
            activity_days: input.activity_days,
            travel_days: input.travel_days,
            project_months: input.project_months,
            groups: input
                .groups
                .into_iter()
                .map(|g| planning::AdHocGroup {
                    label: g.label,
                    town_id: g.town_id.0,
                    participants: g.participants,
                    leaders: g.leaders,
                    green_travellers: g.green_travellers,
                    fewer_opportunities: g.fewer_opportunities,
                    real_travel_cost_cents: g.real_travel_cost_cents,
                    youngest: g.youngest,
                    oldest: g.oldest,
                    leader_min_age: g.leader_min_age,
                })
                .collect(),
            partner_countries: input.partner_countries,
            lump_sum_cents: input.lump_sum_cents,
            exceptional_costs_cents: input.exceptional_costs_cents,
            inclusion_real_costs_cents: input.inclusion_real_costs_cents,
        }
    }
}

fn planner(ctx: &Context<'_>) -> Result<()> {
    if access::can_plan(&principal(ctx)?.roles) {
        Ok(())
    } else {
        Err(DomainError::Forbidden.into())
    }
}

#[derive(Default)]
pub struct FundingQuery;

#[Object]
impl FundingQuery {
    /// One action's rate table for a call year, for the people who plan exchanges.
    async fn funding_rates(
        &self,
        ctx: &Context<'_>,
        action: FundingActionGql,
        call_year: i32,
    ) -> Result<Vec<FundingRate>> {
        planner(ctx)?;
        Ok(
            store::rate_models(&services(ctx).db, action.into(), call_year)
                .await?
                .into_iter()
                .map(FundingRate)
                .collect(),
        )
    }

    /// The call years that have a rate table for the action.
    async fn funding_call_years(
        &self,
        ctx: &Context<'_>,
        action: FundingActionGql,
    ) -> Result<Vec<i32>> {
        planner(ctx)?;
        Ok(store::call_years(&services(ctx).db, action.into()).await?)
    }

    /// Eligibility and country groups of a call year.
    async fn funding_countries(
        &self,
        ctx: &Context<'_>,
        call_year: i32,
    ) -> Result<Vec<FundingCountry>> {
        planner(ctx)?;
        Ok(store::countries(&services(ctx).db, call_year)
            .await?
            .into_iter()
            .map(FundingCountry)
            .collect())
    }

    /// The published deadlines of a call year; a funding record without a deadline takes its
    /// round's.
    async fn funding_call_deadlines(
        &self,
        ctx: &Context<'_>,
        call_year: i32,
    ) -> Result<Vec<FundingCallDeadline>> {
        planner(ctx)?;
        Ok(call_deadlines::of_year(&services(ctx).db, call_year)
            .await?
            .into_iter()
            .map(FundingCallDeadline)
            .collect())
    }

    /// The grant an exchange can expect: from its confirmed participants once there are any,
    /// else from its planned numbers; `basis` says which.
    async fn funding_estimate(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        action: FundingActionGql,
        call_year: i32,
    ) -> Result<FundingBudget> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        Ok(planning::estimate_for_exchange(
            services(ctx),
            principal(ctx)?,
            exchange,
            action.into(),
            call_year,
        )
        .await?
        .into())
    }

    /// The grant for numbers typed in, before any exchange exists.
    async fn funding_estimate_for_plan(
        &self,
        ctx: &Context<'_>,
        input: FundingPlanInput,
    ) -> Result<FundingBudget> {
        Ok(
            planning::estimate_ad_hoc(services(ctx), principal(ctx)?, &input.into())
                .await?
                .into(),
        )
    }

    /// The rules of the action an exchange breaks, each naming the exchange's fields it
    /// concerns; empty when it is eligible. Judged on the confirmed participants once there
    /// are any, else on the planned numbers; each violation's `basis` says which.
    async fn eligibility(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        action: FundingActionGql,
        call_year: i32,
    ) -> Result<Vec<EligibilityViolation>> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let found = planning::eligibility_for_exchange(
            services(ctx),
            principal(ctx)?,
            exchange,
            action.into(),
            call_year,
        )
        .await?;
        Ok(violations(found.value, Some(found.basis)))
    }

    /// The rules of the action a plan typed in breaks.
    async fn eligibility_for_plan(
        &self,
        ctx: &Context<'_>,
        input: FundingPlanInput,
    ) -> Result<Vec<EligibilityViolation>> {
        let found =
            planning::eligibility_ad_hoc(services(ctx), principal(ctx)?, &input.into()).await?;
        Ok(violations(found, None))
    }

    /// A funding record the signed-in user keeps.
    async fn funding_record(&self, ctx: &Context<'_>, id: ID) -> Result<FundingRecord> {
        let id = parse_id("id", &id)?;
        Ok(FundingRecord(
            records::find_managed(services(ctx), principal(ctx)?, id).await?,
        ))
    }

    /// The funding records the signed-in user keeps, oldest first.
    async fn funding_records(
        &self,
        ctx: &Context<'_>,
        filter: Option<FundingRecordFilter>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, FundingRecord>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let filter = filter.unwrap_or_default();
        let filter = RecordFilter {
            status: filter.status.map(Into::into),
            programme: filter.programme.map(Into::into),
            call_year: filter.call_year,
        };
        let (rows, has_next) =
            records::list(services(ctx), principal, filter, first, after).await?;
        let mut connection = Connection::new(after.is_some(), has_next);
        connection.edges.extend(
            rows.into_iter()
                .map(|r| Edge::new(r.id.to_string(), FundingRecord(r))),
        );
        Ok(connection)
    }

    /// An exchange's budget as CSV: each line, the missing rates and the total.
    async fn funding_budget_csv(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        action: FundingActionGql,
        call_year: i32,
        #[graphql(default, desc = "MACHINE (the default) or SPREADSHEET.")] format: CsvFormat,
        #[graphql(desc = "The spreadsheet's language; the caller's own when left out.")]
        language: Option<Locale>,
    ) -> Result<String> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let form = csv_form(ctx, format, language).await?;
        Ok(export::exchange_budget_csv(
            services(ctx),
            principal(ctx)?,
            exchange,
            action.into(),
            call_year,
            form,
        )
        .await?)
    }

    /// An exchange's mobilities as CSV, with the columns a grant report needs: one row per
    /// organisation's confirmed participants once there are any, else the planned numbers;
    /// the `basis` column says which.
    async fn mobility_csv(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        #[graphql(default, desc = "MACHINE (the default) or SPREADSHEET.")] format: CsvFormat,
        #[graphql(desc = "The spreadsheet's language; the caller's own when left out.")]
        language: Option<Locale>,
    ) -> Result<String> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let form = csv_form(ctx, format, language).await?;
        Ok(export::mobility_csv(services(ctx), principal(ctx)?, exchange, form).await?)
    }
}

#[derive(Default)]
pub struct FundingMutation;

#[Object]
impl FundingMutation {
    /// Sets one rate of a call year's table (adding the row for a new year). Coordinators;
    /// audited.
    async fn set_funding_rate(
        &self,
        ctx: &Context<'_>,
        input: FundingRateInput,
    ) -> Result<FundingRate> {
        let saved = store::set_rate(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            RateInput {
                action: input.action.into(),
                call_year: input.call_year,
                kind: input.kind.into(),
                key: input.key,
                value: input.value,
                note: input.note,
            },
        )
        .await?;
        Ok(FundingRate(saved))
    }

    /// Sets a country's standing in a call year. Coordinators; audited.
    async fn set_funding_country(
        &self,
        ctx: &Context<'_>,
        input: FundingCountryInput,
    ) -> Result<FundingCountry> {
        let saved = store::set_country(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            CountryInput {
                call_year: input.call_year,
                country: input.country,
                erasmus: input.erasmus.into(),
                country_group: input.country_group,
                nordplus: input.nordplus.map(Into::into),
                note: input.note,
            },
        )
        .await?;
        Ok(FundingCountry(saved))
    }

    /// Sets the published deadline of a call round. Coordinators; audited.
    async fn set_funding_call_deadline(
        &self,
        ctx: &Context<'_>,
        input: FundingCallDeadlineInput,
    ) -> Result<FundingCallDeadline> {
        let saved = call_deadlines::set(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            CallDeadlineInput {
                action: input.action.into(),
                call_year: input.call_year,
                round: input.round,
                deadline: input.deadline,
                note: input.note,
            },
        )
        .await?;
        Ok(FundingCallDeadline(saved))
    }

    /// Opens a call year from an earlier one: its rate rows with no values (amounts change
    /// with each call) and its countries as they were. Returns the rate rows added.
    /// Coordinators; audited.
    async fn start_funding_call_year(
        &self,
        ctx: &Context<'_>,
        call_year: i32,
        from_year: i32,
    ) -> Result<i32> {
        let added = store::start_call_year(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            call_year,
            from_year,
        )
        .await?;
        Ok(added as i32)
    }

    /// Records an application (or the idea of one) for the applicant organisation.
    async fn create_funding_record(
        &self,
        ctx: &Context<'_>,
        input: FundingRecordInput,
    ) -> Result<FundingRecord> {
        let saved =
            records::create(services(ctx), principal(ctx)?, meta(ctx), input.into()).await?;
        Ok(FundingRecord(saved))
    }

    async fn update_funding_record(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: FundingRecordInput,
    ) -> Result<FundingRecord> {
        let id = parse_id("id", &id)?;
        let saved =
            records::update(services(ctx), principal(ctx)?, meta(ctx), id, input.into()).await?;
        Ok(FundingRecord(saved))
    }
}
