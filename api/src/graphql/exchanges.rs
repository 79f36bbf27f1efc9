//! Exchanges in the API: proposals, the approval workflow and the approval queue.
use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
    dataloader::Loader,
};
use chrono::{DateTime, NaiveDate, Utc};
use utbyte_domain::{
    DomainError, Services,
    directory::types::{OrganisationKind, Theme},
    entities::{approval_steps, exchange_changes, exchange_reports, exchanges},
    exchanges::{
        access,
        approvals::{self, ChainStep, Decision},
        attachment_rules::AttachmentKind,
        attachments::{self, AttachmentInfo},
        lifecycle::{self, Progress},
        proposals::{self, Accommodation, ExchangeDirection, ExchangeFilter, ExchangeInput},
        report::{self, ReportInput},
        rules::{self, ExchangeState, RiskLevel, Severity},
    },
};
use uuid::Uuid;

use super::{
    context::{id, loaders, meta, page_size, parse_cursor, parse_id, prime, principal, services},
    directory::{AgeRange, AgeRangeInput, LocalizedText, Organisation, ThemeGql, Town},
    money::{MoneyGql, MoneyInput},
};

mirror_enum! {
    /// Where an exchange stands.
    ExchangeStateGql as "ExchangeState" => ExchangeState {
        Draft, Submitted, ChangesRequested, Approved, OpenForRegistration, RegistrationClosed,
        UnderWay, Completed, Rejected, Cancelled, Reported,
    }
}

mirror_enum! {
    /// Who travels.
    ExchangeDirectionGql as "ExchangeDirection" => ExchangeDirection {
        /// Our group visits the partner.
        WeVisit,
        /// The partner's group comes to us.
        WeHost,
        /// Both, one after the other.
        Both,
    }
}

mirror_enum! {
    AccommodationGql as "Accommodation" => Accommodation { HostFamilies, Hostel, Hotel, Other }
}

mirror_enum! {
    /// Computed from the destination, the nights away and the activities.
    RiskLevelGql as "RiskLevel" => RiskLevel { LocalDayTrip, Overnight, Abroad, Adventurous }
}

mirror_enum! {
    /// A hard checklist item blocks approval; a soft one is a warning.
    SeverityGql as "ChecklistSeverity" => Severity { Hard, Soft }
}

mirror_enum! {
    /// An approver's decision.
    DecisionGql as "ApprovalDecision" => Decision { Approve, RequestChanges, Reject }
}

mirror_enum! {
    /// The steps of an approved exchange's life.
    ProgressGql as "ExchangeProgress" => Progress {
        OpenRegistration, CloseRegistration, Start, Complete,
    }
}

fn localized(value: &serde_json::Value) -> Vec<LocalizedText> {
    value
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(language, text)| {
            Some(LocalizedText {
                language: language.clone(),
                text: text.as_str()?.to_owned(),
            })
        })
        .collect()
}

/// What happens on one day.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "ProgrammeDayInput")]
pub struct ProgrammeDay {
    /// From 1, the first day.
    pub day: i32,
    pub text: String,
}

/// One item of the checklist before approval.
#[derive(SimpleObject)]
pub struct ChecklistItem {
    /// leader_ratio, insurance, risk_assessment, budget, consent_plan,
    /// registration_deadline, green_travel or funding_eligibility.
    pub code: String,
    pub passed: bool,
    pub severity: SeverityGql,
    pub message: String,
}

/// A step of the approval chain.
pub struct ApprovalStep(pub approval_steps::Model);

#[Object]
impl ApprovalStep {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// 1 for the first submission, one more for each resubmission.
    async fn round(&self) -> i32 {
        self.0.round
    }
    async fn position(&self) -> i32 {
        self.0.position
    }
    /// principal or coordinator, when the step goes to a role.
    async fn approver_role(&self) -> Option<&str> {
        self.0.approver_role.as_deref()
    }
    async fn approver_user_id(&self) -> Option<ID> {
        self.0.approver_user_id.map(id)
    }
    async fn substitute_user_id(&self) -> Option<ID> {
        self.0.substitute_user_id.map(id)
    }
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }
    /// waiting, pending, approved, rejected, changes_requested or withdrawn.
    async fn decision(&self) -> &str {
        &self.0.decision
    }
    async fn decided_by(&self) -> Option<ID> {
        self.0.decided_by.map(id)
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    async fn comment(&self) -> Option<&str> {
        self.0.comment.as_deref()
    }
}

/// A change to an approved exchange that sent it back to review.
pub struct ExchangeChange(pub exchange_changes::Model);

#[Object]
impl ExchangeChange {
    /// start_date, end_date, destination_town_id, venue, accommodation or programme.
    async fn field(&self) -> &str {
        &self.0.field
    }
    /// The value before, as JSON text.
    async fn before(&self) -> String {
        self.0.before.to_string()
    }
    async fn after(&self) -> String {
        self.0.after.to_string()
    }
    async fn changed_by(&self) -> Option<ID> {
        self.0.changed_by.map(id)
    }
    async fn changed_at(&self) -> DateTime<Utc> {
        self.0.changed_at
    }
}

/// Who did what to an exchange, and when.
#[derive(SimpleObject)]
pub struct ExchangeEvent {
    /// For example exchange_drafted, exchange_submitted, exchange_approved.
    pub action: String,
    pub actor_id: Option<ID>,
    pub occurred_at: DateTime<Utc>,
}

mirror_enum! {
    /// What a file attached to an exchange is for.
    AttachmentKindGql as "AttachmentKind" => AttachmentKind {
        RiskAssessment, InsuranceCertificate, Programme, Other,
    }
}

/// A file attached to an exchange, without its content: the exchange's page serves it.
pub struct ExchangeAttachment(AttachmentInfo);

#[Object]
impl ExchangeAttachment {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn kind(&self) -> Result<AttachmentKindGql> {
        AttachmentKindGql::stored(&self.0.kind)
    }
    /// The name it is downloaded under: without folders or control characters, ending in
    /// an extension of its type.
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    /// The media type detected from the content (such as `application/pdf`), never the
    /// one the uploader's browser claimed.
    async fn media_type(&self) -> &str {
        &self.0.media_type
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// The SHA-256 of the content, in hexadecimal.
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }
    async fn uploaded_by(&self) -> Option<ID> {
        self.0.uploaded_by.map(id)
    }
    async fn uploaded_at(&self) -> DateTime<Utc> {
        self.0.uploaded_at
    }
}

/// A school or youth exchange.
pub struct Exchange(pub exchanges::Model);

#[Object]
impl Exchange {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn state(&self) -> Result<ExchangeStateGql> {
        ExchangeStateGql::stored(&self.0.state)
    }
    async fn titles(&self) -> Vec<LocalizedText> {
        localized(&self.0.titles)
    }
    async fn descriptions(&self) -> Vec<LocalizedText> {
        localized(&self.0.descriptions)
    }
    async fn sending_organisation(&self, ctx: &Context<'_>) -> Result<Organisation> {
        loaders(ctx)
            .organisations
            .load_one(self.0.sending_organisation_id)
            .await?
            .map(Organisation)
            .ok_or_else(|| DomainError::NotFound("organisation").into())
    }
    async fn partner_organisations(&self, ctx: &Context<'_>) -> Result<Vec<Organisation>> {
        let ids = loaders(ctx)
            .exchange_partners
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let mut found = loaders(ctx)
            .organisations
            .load_many(ids.iter().copied())
            .await?;
        Ok(ids
            .iter()
            .filter_map(|id| found.remove(id))
            .map(Organisation)
            .collect())
    }
    async fn direction(&self) -> Result<ExchangeDirectionGql> {
        ExchangeDirectionGql::stored(&self.0.direction)
    }
    async fn destination_town(&self, ctx: &Context<'_>) -> Result<Town> {
        loaders(ctx)
            .towns
            .load_one(self.0.destination_town_id)
            .await?
            .map(Town)
            .ok_or_else(|| DomainError::NotFound("town").into())
    }
    async fn venue(&self) -> &str {
        &self.0.venue
    }
    async fn start_date(&self) -> NaiveDate {
        self.0.start_date
    }
    async fn end_date(&self) -> NaiveDate {
        self.0.end_date
    }
    async fn activity_days(&self) -> i32 {
        self.0.activity_days
    }
    /// Planned young participants.
    async fn participants(&self) -> i32 {
        self.0.participants
    }
    async fn leaders(&self) -> i32 {
        self.0.leaders
    }
    async fn age_range(&self) -> AgeRange {
        AgeRange {
            min: self.0.age_min.into(),
            max: self.0.age_max.into(),
        }
    }
    async fn themes(&self) -> Vec<ThemeGql> {
        utbyte_domain::directory::places::json_strings(&self.0.themes)
            .iter()
            .filter_map(|code| Theme::from_code(code).map(Into::into))
            .collect()
    }
    async fn learning_objectives(&self) -> &str {
        &self.0.learning_objectives
    }
    async fn programme(&self) -> Vec<ProgrammeDay> {
        self.0
            .programme
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| {
                Some(ProgrammeDay {
                    day: i32::try_from(entry["day"].as_i64()?).ok()?,
                    text: entry["text"].as_str()?.to_owned(),
                })
            })
            .collect()
    }
    async fn accommodation(&self) -> Result<AccommodationGql> {
        AccommodationGql::stored(&self.0.accommodation)
    }
    async fn transport(&self) -> &str {
        &self.0.transport
    }
    async fn green_travel(&self) -> bool {
        self.0.green_travel
    }
    /// What one participant pays, in its currency.
    async fn cost_per_participant(&self) -> MoneyGql {
        MoneyGql(self.0.cost_per_participant())
    }
    /// True for school exchanges: Swedish schools are free of charge, so any contribution is
    /// voluntary and a place never depends on paying.
    async fn contributions_are_voluntary(&self, ctx: &Context<'_>) -> Result<bool> {
        let organisation = loaders(ctx)
            .organisations
            .load_one(self.0.sending_organisation_id)
            .await?;
        Ok(organisation.is_some_and(|o| o.kind == OrganisationKind::School.code()))
    }
    async fn registration_deadline(&self) -> Option<NaiveDate> {
        self.0.registration_deadline
    }
    async fn adventurous_activities(&self) -> bool {
        self.0.adventurous_activities
    }
    async fn risk_level(&self) -> Result<RiskLevelGql> {
        RiskLevelGql::stored(&self.0.risk_level)
    }
    async fn insurance_confirmed(&self) -> bool {
        self.0.insurance_confirmed
    }
    async fn risk_assessment(&self) -> &str {
        &self.0.risk_assessment
    }
    /// The budget in euro cents, when one is given. Null for participants and guardians.
    async fn budget_cents(&self, ctx: &Context<'_>) -> Result<Option<i64>> {
        Ok(arranges(ctx)?.then_some(self.0.budget_cents).flatten())
    }
    async fn consent_plan(&self) -> &str {
        &self.0.consent_plan
    }
    /// What approval checks: hard items must pass, soft ones are warnings. Empty for
    /// participants and guardians.
    async fn checklist(&self, ctx: &Context<'_>) -> Result<Vec<ChecklistItem>> {
        if !arranges(ctx)? {
            return Ok(Vec::new());
        }
        Ok(approvals::checklist_of(
            &services(ctx).db,
            &self.0,
            services(ctx).settings.leader_rules,
        )
        .await?
        .into_iter()
        .map(|item| ChecklistItem {
            code: item.code.to_owned(),
            passed: item.passed,
            severity: item.severity.into(),
            message: item.message,
        })
        .collect())
    }
    /// For a draft cloned from another exchange (`cloneExchange`): the checklist items whose
    /// facts were not carried over and are not entered yet (`insurance`,
    /// `registration_deadline`). Empty otherwise, and for participants and guardians.
    async fn not_carried_over(&self, ctx: &Context<'_>) -> Result<Vec<&'static str>> {
        if !arranges(ctx)? {
            return Ok(Vec::new());
        }
        Ok(rules::not_carried_over(
            self.0.cloned_from.is_some(),
            self.0.insurance_confirmed,
            self.0.registration_deadline.is_some(),
        ))
    }
    /// Every approval step of every round, in order. Empty for participants and guardians.
    async fn approval_steps(&self, ctx: &Context<'_>) -> Result<Vec<ApprovalStep>> {
        if !arranges(ctx)? {
            return Ok(Vec::new());
        }
        Ok(loaders(ctx)
            .approval_steps
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(ApprovalStep)
            .collect())
    }
    /// Changes after approval that sent it back to review, oldest first. Empty for
    /// participants and guardians.
    async fn changes(&self, ctx: &Context<'_>) -> Result<Vec<ExchangeChange>> {
        if !arranges(ctx)? {
            return Ok(Vec::new());
        }
        Ok(
            proposals::changes(services(ctx), principal(ctx)?, self.0.id)
                .await?
                .into_iter()
                .map(ExchangeChange)
                .collect(),
        )
    }
    /// Every transition and decision, oldest first. Empty for participants and guardians.
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<ExchangeEvent>> {
        if !arranges(ctx)? {
            return Ok(Vec::new());
        }
        Ok(
            proposals::history(services(ctx), principal(ctx)?, self.0.id)
                .await?
                .into_iter()
                .map(|event| ExchangeEvent {
                    action: event.action,
                    actor_id: event.actor_id.map(id),
                    occurred_at: event.occurred_at,
                })
                .collect(),
        )
    }
    /// The files attached to the exchange (at most 20), oldest first. Young people and
    /// guardians see the programme only.
    async fn attachments(&self, ctx: &Context<'_>) -> Result<Vec<ExchangeAttachment>> {
        Ok(attachments::list(services(ctx), principal(ctx)?, self.0.id)
            .await?
            .files
            .into_iter()
            .map(ExchangeAttachment)
            .collect())
    }
    /// The report filed after the exchange, once it is reported. Null for participants and
    /// guardians.
    async fn report(&self, ctx: &Context<'_>) -> Result<Option<ExchangeReport>> {
        if !arranges(ctx)? {
            return Ok(None);
        }
        Ok(loaders(ctx)
            .exchange_reports
            .load_one(self.0.id)
            .await?
            .map(ExchangeReport))
    }
    async fn cloned_from_id(&self) -> Option<ID> {
        self.0.cloned_from.map(id)
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.submitted_at
    }
    async fn approved_at(&self) -> Option<DateTime<Utc>> {
        self.0.approved_at
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// False for young people and guardians, who see an exchange open for registration without
/// its workflow: who decided what, the budget, the checklist.
fn arranges(ctx: &Context<'_>) -> Result<bool> {
    Ok(!access::participant_only(&principal(ctx)?.roles))
}

/// Loads a page's partners, organisations and towns in one batch each, straight into the
/// loaders' caches (no batching delay), so the nested fields read them from there whatever
/// the page size.
async fn preload_nested(ctx: &Context<'_>, page: &[exchanges::Model]) -> Result<()> {
    let loaders = loaders(ctx);
    let partners = prime(&loaders.exchange_partners, page.iter().map(|e| e.id)).await?;
    let organisation_ids = page
        .iter()
        .map(|e| e.sending_organisation_id)
        .chain(partners.values().flatten().copied());
    let organisations = prime(&loaders.organisations, organisation_ids).await?;
    let town_ids = page
        .iter()
        .map(|e| e.destination_town_id)
        .chain(organisations.values().map(|o| o.town_id));
    prime(&loaders.towns, town_ids).await?;
    let steps_asked = ctx
        .look_ahead()
        .field("edges")
        .field("node")
        .field("approvalSteps")
        .exists();
    if steps_asked {
        prime(&loaders.approval_steps, page.iter().map(|e| e.id)).await?;
    }
    Ok(())
}

/// Loads the partner organisations of many exchanges in one query.
pub struct ExchangePartnersLoader(pub Services);

impl Loader<Uuid> for ExchangePartnersLoader {
    type Value = Vec<Uuid>;
    type Error = Arc<DomainError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        proposals::partners_of_many(&self.0.db, keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads the approval steps of many exchanges in one query.
pub struct ApprovalStepsLoader(pub Services);

impl Loader<Uuid> for ApprovalStepsLoader {
    type Value = Vec<approval_steps::Model>;
    type Error = Arc<DomainError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        approvals::steps_of_many(&self.0.db, keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads the post-trip reports of many exchanges in one query.
pub struct ExchangeReportLoader(pub Services);

impl Loader<Uuid> for ExchangeReportLoader {
    type Value = exchange_reports::Model;
    type Error = Arc<DomainError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        report::reports_of_many(&self.0.db, keys)
            .await
            .map_err(Arc::new)
    }
}

/// What the teacher reports after the exchange.
pub struct ExchangeReport(pub exchange_reports::Model);

#[Object]
impl ExchangeReport {
    /// What happened, in the teacher's words.
    async fn what_happened(&self) -> &str {
        &self.0.what_happened
    }
    /// Outcomes against the exchange's learning objectives.
    async fn outcomes(&self) -> &str {
        &self.0.outcomes
    }
    /// A summary of the participants' feedback.
    async fn feedback_summary(&self) -> &str {
        &self.0.feedback_summary
    }
    /// What the exchange actually cost, in euro cents.
    async fn actual_cost_cents(&self) -> i64 {
        self.0.actual_cost_cents
    }
    async fn filed_by(&self) -> Option<ID> {
        self.0.filed_by.map(id)
    }
    async fn filed_at(&self) -> DateTime<Utc> {
        self.0.filed_at
    }
}

/// The report after an exchange. Every text is required (at most 10 000 characters).
#[derive(InputObject)]
pub struct ExchangeReportInput {
    pub what_happened: String,
    /// Outcomes against the learning objectives.
    pub outcomes: String,
    /// A summary of what the participants said.
    pub feedback_summary: String,
    /// What it actually cost, in euro cents (0 to 1 000 000 000).
    pub actual_cost_cents: i64,
}

#[derive(InputObject)]
#[graphql(name = "ExchangeInput")]
pub struct ExchangeGqlInput {
    pub sending_organisation_id: ID,
    #[graphql(default)]
    pub partner_organisation_ids: Vec<ID>,
    /// At least one language.
    pub titles: Vec<LocalizedText>,
    #[graphql(default)]
    pub descriptions: Vec<LocalizedText>,
    pub direction: ExchangeDirectionGql,
    pub destination_town_id: ID,
    #[graphql(default)]
    pub venue: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub activity_days: i32,
    pub participants: i32,
    pub leaders: i32,
    pub age_range: AgeRangeInput,
    #[graphql(default)]
    pub themes: Vec<ThemeGql>,
    #[graphql(default)]
    pub learning_objectives: String,
    #[graphql(default)]
    pub programme: Vec<ProgrammeDay>,
    pub accommodation: AccommodationGql,
    #[graphql(default)]
    pub transport: String,
    #[graphql(default = false)]
    pub green_travel: bool,
    /// What one participant pays: kronor unless another currency is named.
    #[graphql(default)]
    pub cost_per_participant: MoneyInput,
    pub registration_deadline: Option<NaiveDate>,
    #[graphql(default = false)]
    pub adventurous_activities: bool,
    #[graphql(default = false)]
    pub insurance_confirmed: bool,
    #[graphql(default)]
    pub risk_assessment: String,
    /// In euro cents.
    pub budget_cents: Option<i64>,
    #[graphql(default)]
    pub consent_plan: String,
}

impl ExchangeGqlInput {
    fn into_domain(self) -> Result<ExchangeInput, DomainError> {
        Ok(ExchangeInput {
            sending_organisation_id: parse_id(
                "input.sendingOrganisationId",
                &self.sending_organisation_id,
            )?,
            partner_organisation_ids: self
                .partner_organisation_ids
                .iter()
                .map(|i| i.to_string())
                .collect(),
            titles: self
                .titles
                .into_iter()
                .map(|t| (t.language, t.text))
                .collect(),
            descriptions: self
                .descriptions
                .into_iter()
                .map(|t| (t.language, t.text))
                .collect(),
            direction: self.direction.into(),
            destination_town_id: self.destination_town_id.to_string(),
            venue: self.venue,
            start_date: self.start_date,
            end_date: self.end_date,
            activity_days: self.activity_days,
            participants: self.participants,
            leaders: self.leaders,
            age_min: self.age_range.min,
            age_max: self.age_range.max,
            themes: self.themes.into_iter().map(Into::into).collect(),
            learning_objectives: self.learning_objectives,
            programme: self
                .programme
                .into_iter()
                .map(|p| (p.day, p.text))
                .collect(),
            accommodation: self.accommodation.into(),
            transport: self.transport,
            green_travel: self.green_travel,
            cost_per_participant: self.cost_per_participant.into(),
            registration_deadline: self.registration_deadline,
            adventurous_activities: self.adventurous_activities,
            insurance_confirmed: self.insurance_confirmed,
            risk_assessment: self.risk_assessment,
            budget_cents: self.budget_cents,
            consent_plan: self.consent_plan,
        })
    }
}

/// What the exchange list filters on.
#[derive(InputObject, Default)]
pub struct ExchangeFilterInput {
    pub state: Option<ExchangeStateGql>,
    /// Sending or partner organisation.
    pub organisation_id: Option<ID>,
    pub destination_town_id: Option<ID>,
    /// Exchanges that overlap this period.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub theme: Option<ThemeGql>,
}

/// A step that waits for the signed-in user.
#[derive(SimpleObject)]
pub struct ApprovalQueueItem {
    pub exchange: Exchange,
    pub step: ApprovalStep,
    pub waiting_since: DateTime<Utc>,
    /// Whole hours since the step started waiting.
    pub age_hours: i64,
}

/// One step of a municipality's approval chain.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "ApprovalChainStepInput")]
pub struct ApprovalChainStep {
    /// principal (of the sending organisation) or coordinator (of the municipality); or
    /// leave out and give a user.
    pub role: Option<String>,
    pub user_id: Option<ID>,
    pub due_days: i32,
    pub substitute_user_id: Option<ID>,
}

impl From<ChainStep> for ApprovalChainStep {
    fn from(step: ChainStep) -> Self {
        Self {
            role: step.role,
            user_id: step.user_id.map(id),
            due_days: step.due_days,
            substitute_user_id: step.substitute_user_id.map(id),
        }
    }
}

#[derive(Default)]
pub struct ExchangesQuery;

#[Object]
impl ExchangesQuery {
    /// One exchange the signed-in user may see.
    async fn exchange(&self, ctx: &Context<'_>, id: ID) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let (exchange, _) = proposals::find_visible(services(ctx), principal, id).await?;
        Ok(Exchange(exchange))
    }

    /// The exchanges the signed-in user may see, oldest first.
    async fn exchanges(
        &self,
        ctx: &Context<'_>,
        filter: Option<ExchangeFilterInput>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Exchange>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let filter = filter.unwrap_or_default();
        let filter = ExchangeFilter {
            state: filter.state.map(Into::into),
            organisation_id: filter
                .organisation_id
                .map(|o| parse_id("filter.organisationId", &o))
                .transpose()?,
            destination_town_id: filter
                .destination_town_id
                .map(|t| parse_id("filter.destinationTownId", &t))
                .transpose()?,
            from: filter.from,
            to: filter.to,
            theme: filter.theme.map(Into::into),
        };
        let page = proposals::list(services(ctx), principal, filter, first, after).await?;
        preload_nested(ctx, &page.exchanges).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.exchanges
                .into_iter()
                .map(|e| Edge::new(e.id.to_string(), Exchange(e))),
        );
        Ok(connection)
    }

    /// What waits for the signed-in user's decision, oldest first.
    async fn my_approval_queue(&self, ctx: &Context<'_>) -> Result<Vec<ApprovalQueueItem>> {
        let principal = principal(ctx)?;
        let now = Utc::now();
        Ok(approvals::queue(services(ctx), principal)
            .await?
            .into_iter()
            .map(|item| {
                let since = item.step.activated_at.unwrap_or(item.step.created_at);
                ApprovalQueueItem {
                    exchange: Exchange(item.exchange),
                    waiting_since: since,
                    age_hours: (now - since).num_hours(),
                    step: ApprovalStep(item.step),
                }
            })
            .collect())
    }

    /// A municipality's approval chain for one risk level (the default until configured), for
    /// the people who arrange exchanges.
    async fn approval_chain(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        risk_level: RiskLevelGql,
    ) -> Result<Vec<ApprovalChainStep>> {
        let principal = principal(ctx)?;
        let municipality = parse_id("municipalityId", &municipality_id)?;
        Ok(
            approvals::read_chain(services(ctx), principal, municipality, risk_level.into())
                .await?
                .into_iter()
                .map(Into::into)
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct ExchangesMutation;

#[Object]
impl ExchangesMutation {
    /// Drafts an exchange for the signed-in teacher's organisation.
    async fn create_exchange_draft(
        &self,
        ctx: &Context<'_>,
        input: ExchangeGqlInput,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let created =
            proposals::create_draft(services(ctx), principal, meta(ctx), input.into_domain()?)
                .await?;
        Ok(Exchange(created))
    }

    /// Replaces an exchange's fields. Changing dates, destination, venue, accommodation or
    /// activities of an approved exchange sends it back to review and records the change.
    async fn update_exchange(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ExchangeGqlInput,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let updated = proposals::update(
            services(ctx),
            principal,
            meta(ctx),
            id,
            input.into_domain()?,
        )
        .await?;
        Ok(Exchange(updated))
    }

    /// Starts a new draft from an earlier exchange, with new dates.
    async fn clone_exchange(
        &self,
        ctx: &Context<'_>,
        id: ID,
        start_date: NaiveDate,
        end_date: NaiveDate,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let created = proposals::clone_exchange(
            services(ctx),
            principal,
            meta(ctx),
            id,
            start_date,
            end_date,
        )
        .await?;
        Ok(Exchange(created))
    }

    /// Sends a draft (or one returned for changes) to its approvers. Refused with CONFLICT
    /// `checklist_failed` (and `failingItems`) while a hard checklist item fails, as approval
    /// would be.
    async fn submit_exchange(&self, ctx: &Context<'_>, id: ID) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Exchange(
            approvals::submit(services(ctx), principal, meta(ctx), id).await?,
        ))
    }

    /// Decides the approval step that waits for the signed-in user. Approval is refused with
    /// CONFLICT `checklist_failed` (and `failingItems`) while a hard checklist item fails;
    /// requesting changes and rejecting need a comment.
    async fn decide_approval_step(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        decision: DecisionGql,
        comment: Option<String>,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("exchangeId", &exchange_id)?;
        Ok(Exchange(
            approvals::decide(
                services(ctx),
                principal,
                meta(ctx),
                id,
                decision.into(),
                comment,
            )
            .await?,
        ))
    }

    /// Opens or closes registration, starts or completes an approved exchange. A completed
    /// exchange enters the reciprocity ledger. Starting before the start date is refused with
    /// CONFLICT `before_start_date`, completing before the return date with
    /// `before_return_date`; a coordinator may still do it with `earlyReason` (at least 10
    /// characters, kept in the audit trail).
    async fn advance_exchange(
        &self,
        ctx: &Context<'_>,
        id: ID,
        to: ProgressGql,
        early_reason: Option<String>,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Exchange(
            lifecycle::advance(
                services(ctx),
                principal,
                meta(ctx),
                id,
                to.into(),
                early_reason.as_deref(),
            )
            .await?,
        ))
    }

    /// Files the report after a completed exchange, which moves it to REPORTED: its teacher,
    /// the sending organisation's staff, a coordinator or a global admin; once.
    async fn file_exchange_report(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        input: ExchangeReportInput,
    ) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let exchange_id = parse_id("exchangeId", &exchange_id)?;
        let input = ReportInput {
            what_happened: input.what_happened,
            outcomes: input.outcomes,
            feedback_summary: input.feedback_summary,
            actual_cost_cents: input.actual_cost_cents,
        };
        let (exchange, _) =
            report::file(services(ctx), principal, meta(ctx), exchange_id, input).await?;
        Ok(Exchange(exchange))
    }

    /// Cancels an exchange before it is completed, with a reason.
    async fn cancel_exchange(&self, ctx: &Context<'_>, id: ID, reason: String) -> Result<Exchange> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Exchange(
            lifecycle::cancel(services(ctx), principal, meta(ctx), id, &reason).await?,
        ))
    }

    /// Sets a municipality's approval chain for one risk level. Its coordinators.
    async fn set_approval_chain(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        risk_level: RiskLevelGql,
        steps: Vec<ApprovalChainStep>,
    ) -> Result<Vec<ApprovalChainStep>> {
        let principal = principal(ctx)?;
        let municipality = parse_id("municipalityId", &municipality_id)?;
        let mut chain = Vec::with_capacity(steps.len());
        for (index, step) in steps.into_iter().enumerate() {
            let user = |field: &str, value: Option<ID>| {
                value
                    .map(|v| parse_id(&format!("steps[{index}].{field}"), &v))
                    .transpose()
            };
            chain.push(ChainStep {
                role: step.role.map(|r| r.to_lowercase()),
                user_id: user("userId", step.user_id)?,
                due_days: step.due_days,
                substitute_user_id: user("substituteUserId", step.substitute_user_id)?,
            });
        }
        Ok(approvals::set_chain(
            services(ctx),
            principal,
            meta(ctx),
            municipality,
            risk_level.into(),
            chain,
        )
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
    }
}
