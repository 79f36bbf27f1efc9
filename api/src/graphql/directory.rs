//! The directory in the API: municipalities, towns, partnerships, organisations, partner
//! requests and the reciprocity ledger. Resolvers decode input and call one domain service.
use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
    dataloader::Loader,
};
use chrono::{DateTime, NaiveDate, Utc};
use utbyte_domain::{
    DomainError, Services,
    directory::{
        ledger::{self, CompletedExchangeInput, Side},
        organisations::{self, AvailabilityInput, DirectoryFilter, OrganisationInput},
        partnerships::{self, EndPartnershipInput, PartnershipInput},
        places::{self, MunicipalityInput, TownInput, json_strings},
        requests::{self, PartnerRequestInput},
        types::{
            Accreditation, AvailabilityMode, Direction, OrganisationKind, PartnershipKind,
            PartnershipStatus, RequestStatus, Theme,
        },
    },
    entities::{
        completed_exchanges, municipalities, organisations as organisation_rows, partner_requests,
        partnerships as partnership_rows, towns,
    },
    reference,
};
use uuid::Uuid;

use super::{
    accounts::Role,
    context::{id, loaders, meta, page_size, parse_cursor, parse_id, principal, services},
};

mirror_enum! {
    /// What an organisation is.
    OrganisationKindGql as "OrganisationKind" => OrganisationKind {
        School, YouthGroup, SportsClub, CultureOrganisation, Ngo, MunicipalDepartment,
        University, Other,
    }
}

mirror_enum! {
    /// Jönköping's three levels of partnership.
    PartnershipKindGql as "PartnershipKind" => PartnershipKind {
        /// Vänort: exchange in culture, school, sport and more, with municipal commitments.
        TwinTown,
        /// A letter of intent with no binding municipal commitment.
        SisterCity,
        /// Cooperation on a single issue, for as long as the issue lasts.
        Cooperation,
    }
}

mirror_enum! {
    PartnershipStatusGql as "PartnershipStatus" => PartnershipStatus { Active, Ended }
}

mirror_enum! {
    /// What a partner request looks for.
    DirectionGql as "Direction" => Direction {
        /// To host a visiting group.
        Host,
        /// To visit a host.
        Visit,
        /// Either way.
        Either,
    }
}

mirror_enum! {
    /// What an organisation can do in an availability period.
    AvailabilityModeGql as "AvailabilityMode" => AvailabilityMode { Host, Travel, Both }
}

mirror_enum! {
    /// Erasmus+ accreditation (key action 120), by field.
    AccreditationGql as "Accreditation" => Accreditation { School, Youth, Adult, Vet }
}

mirror_enum! {
    PartnerRequestStatusGql as "PartnerRequestStatus" => RequestStatus { Open, Closed }
}

mirror_enum! {
    /// The fixed list of themes.
    ThemeGql as "Theme" => Theme {
        Culture, School, Sport, EnvironmentAndClimate, DemocracyAndParticipation, HumanRights,
        GenderEquality, Inclusion, DigitalSkills, Entrepreneurship, Health, HistoryAndHeritage,
        Science, Music, Arts, Media,
    }
}

fn themes(value: &serde_json::Value) -> Vec<ThemeGql> {
    json_strings(value)
        .iter()
        .filter_map(|code| Theme::from_code(code).map(ThemeGql::from))
        .collect()
}

/// An age range in whole years, both ends included.
#[derive(SimpleObject, Clone, Copy)]
pub struct AgeRange {
    pub min: i32,
    pub max: i32,
}

/// A town anywhere: a partner town, or a municipality's own.
pub struct Town(pub towns::Model);

#[Object]
impl Town {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The name in the local language.
    async fn local_name(&self) -> &str {
        &self.0.local_name
    }
    async fn english_name(&self) -> Option<&str> {
        self.0.english_name.as_deref()
    }
    /// ISO 3166-1 alpha-2.
    async fn country(&self) -> &str {
        &self.0.country
    }
    /// The country's English name.
    async fn country_name(&self) -> Option<&str> {
        reference::country_name(&self.0.country)
    }
    async fn region(&self) -> Option<&str> {
        self.0.region.as_deref()
    }
    async fn latitude(&self) -> f64 {
        self.0.latitude
    }
    async fn longitude(&self) -> f64 {
        self.0.longitude
    }
    /// ISO 639-1 codes.
    async fn languages(&self) -> Vec<String> {
        json_strings(&self.0.languages)
    }
}

async fn load_town(ctx: &Context<'_>, town_id: Uuid) -> Result<Town> {
    loaders(ctx)
        .towns
        .load_one(town_id)
        .await?
        .map(Town)
        .ok_or_else(|| DomainError::NotFound("town").into())
}

async fn load_organisation(ctx: &Context<'_>, organisation_id: Uuid) -> Result<Organisation> {
    loaders(ctx)
        .organisations
        .load_one(organisation_id)
        .await?
        .map(Organisation)
        .ok_or_else(|| DomainError::NotFound("organisation").into())
}

/// Loads many towns in one query.
pub struct TownLoader(pub Services);

impl Loader<Uuid> for TownLoader {
    type Value = towns::Model;
    type Error = Arc<DomainError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        places::towns_by_ids(&self.0.db, keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads many organisations in one query.
pub struct OrganisationLoader(pub Services);

impl Loader<Uuid> for OrganisationLoader {
    type Value = organisation_rows::Model;
    type Error = Arc<DomainError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(organisations::organisations_by_ids(&self.0.db, keys)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|o| (o.id, o))
            .collect())
    }
}

/// A Swedish municipality that runs exchanges.
pub struct Municipality(pub municipalities::Model);

/// A mail sender: "Jönköpings kommun – Utbyte" <utbyte@jonkoping.se>.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "MailSenderInput")]
pub struct MailSender {
    pub name: String,
    pub address: String,
}

#[Object]
impl Municipality {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The municipality's own town: its country, coordinates and languages.
    async fn town(&self, ctx: &Context<'_>) -> Result<Town> {
        load_town(ctx, self.0.town_id).await
    }
    /// When true, new twin-town agreements are refused (Jönköping's strategy makes none).
    async fn forbids_new_twin_towns(&self) -> bool {
        self.0.forbids_new_twin_towns
    }
    /// Who the municipality's mails come from; none: the installation's sender.
    async fn mail_sender(&self) -> Option<MailSender> {
        self.0
            .mail_sender_name
            .clone()
            .zip(self.0.mail_sender_address.clone())
            .map(|(name, address)| MailSender { name, address })
    }
    /// Partnerships, oldest first; ended ones too when asked.
    async fn partnerships(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_ended: bool,
    ) -> Result<Vec<Partnership>> {
        principal(ctx)?;
        Ok(
            partnerships::list_partnerships(&services(ctx).db, self.0.id, include_ended)
                .await?
                .into_iter()
                .map(Partnership)
                .collect(),
        )
    }
}

/// One event in a partnership's history.
#[derive(SimpleObject)]
pub struct PartnershipEvent {
    /// For example `partnership_created`, `partnership_ended`.
    pub action: String,
    pub occurred_at: DateTime<Utc>,
    pub actor_id: Option<ID>,
}

/// An agreement between a municipality and a town. Ended ones keep their history.
pub struct Partnership(pub partnership_rows::Model);

#[Object]
impl Partnership {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn municipality(&self, ctx: &Context<'_>) -> Result<Municipality> {
        Ok(Municipality(
            places::find_municipality(&services(ctx).db, self.0.municipality_id).await?,
        ))
    }
    async fn town(&self, ctx: &Context<'_>) -> Result<Town> {
        load_town(ctx, self.0.town_id).await
    }
    async fn kind(&self) -> Result<PartnershipKindGql> {
        PartnershipKindGql::stored(&self.0.kind)
    }
    async fn status(&self) -> Result<PartnershipStatusGql> {
        PartnershipStatusGql::stored(&self.0.status)
    }
    async fn started_on(&self) -> Option<NaiveDate> {
        self.0.started_on
    }
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }
    async fn end_reason(&self) -> Option<&str> {
        self.0.end_reason.as_deref()
    }
    /// The body that decided the agreement, e.g. the executive board.
    async fn decided_by(&self) -> Option<&str> {
        self.0.decided_by.as_deref()
    }
    /// The body that decided to end it.
    async fn end_decided_by(&self) -> Option<&str> {
        self.0.end_decided_by.as_deref()
    }
    /// Whether the agreement binds the municipality to commitments (never for sister cities).
    async fn binding(&self) -> bool {
        self.0.binding
    }
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// Every recorded change, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<PartnershipEvent>> {
        Ok(partnerships::history(&services(ctx).db, self.0.id)
            .await?
            .into_iter()
            .map(|event| PartnershipEvent {
                action: event.action,
                occurred_at: event.occurred_at,
                actor_id: event.actor_id.map(id),
            })
            .collect())
    }
}

/// A description in one language.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "LocalizedTextInput")]
pub struct LocalizedText {
    /// ISO 639-1.
    pub language: String,
    pub text: String,
}

/// When an organisation can host or travel.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "AvailabilityPeriodInput")]
pub struct AvailabilityPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub mode: AvailabilityModeGql,
}

/// A person who holds a role in an organisation, with contact details.
#[derive(SimpleObject)]
pub struct OrganisationMember {
    pub user_id: ID,
    pub display_name: String,
    pub email: String,
    pub role: Role,
}

/// A school, youth group or partner organisation.
pub struct Organisation(pub organisation_rows::Model);

#[Object]
impl Organisation {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> Result<OrganisationKindGql> {
        OrganisationKindGql::stored(&self.0.kind)
    }
    async fn town(&self, ctx: &Context<'_>) -> Result<Town> {
        load_town(ctx, self.0.town_id).await
    }
    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }
    /// The organisation's own coordinates; null when only its town's are known.
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
    async fn descriptions(&self) -> Vec<LocalizedText> {
        self.0
            .descriptions
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
    /// The ages it serves.
    async fn age_range(&self) -> AgeRange {
        AgeRange {
            min: self.0.age_min.into(),
            max: self.0.age_max.into(),
        }
    }
    /// ISO 639-1 codes.
    async fn working_languages(&self) -> Vec<String> {
        json_strings(&self.0.working_languages)
    }
    async fn themes(&self) -> Vec<ThemeGql> {
        themes(&self.0.themes)
    }
    /// UN sustainable development goals, 1–17.
    async fn sdgs(&self) -> Vec<i32> {
        serde_json::from_value(self.0.sdgs.clone()).unwrap_or_default()
    }
    async fn typical_group_size(&self) -> Option<i32> {
        self.0.typical_group_size
    }
    /// The largest visiting group it can host, in people; 0 when it does not host.
    async fn hosting_capacity(&self) -> i32 {
        self.0.hosting_capacity
    }
    /// How many visiting groups it can take in one matching round.
    async fn host_places(&self) -> i32 {
        self.0.host_places
    }
    async fn availability(&self) -> Vec<AvailabilityPeriod> {
        self.0
            .availability
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|period| {
                let date = |key: &str| period.get(key)?.as_str()?.parse().ok();
                Some(AvailabilityPeriod {
                    from: date("from")?,
                    to: date("to")?,
                    mode: AvailabilityMode::from_code(period.get("mode")?.as_str()?)?.into(),
                })
            })
            .collect()
    }
    async fn accessibility_notes(&self) -> Option<&str> {
        self.0.accessibility_notes.as_deref()
    }
    /// Erasmus+ organisation id: E followed by 8 digits.
    async fn oid(&self) -> Option<&str> {
        self.0.oid.as_deref()
    }
    async fn accreditation(&self) -> Option<AccreditationGql> {
        self.0
            .accreditation
            .as_deref()
            .and_then(Accreditation::from_code)
            .map(Into::into)
    }
    /// Members and their contact details. Only teachers, partner contacts, coordinators and
    /// admins may see them; others get FORBIDDEN.
    async fn members(&self, ctx: &Context<'_>) -> Result<Vec<OrganisationMember>> {
        Ok(
            organisations::members(services(ctx), principal(ctx)?, self.0.id)
                .await?
                .into_iter()
                .map(|member| OrganisationMember {
                    user_id: id(member.user.id),
                    display_name: member.user.display_name,
                    email: member.user.email,
                    role: member.role.into(),
                })
                .collect(),
        )
    }
    /// Exchanges it hosted or visited, latest first: the reciprocity ledger.
    async fn completed_exchanges(&self, ctx: &Context<'_>) -> Result<Vec<CompletedExchange>> {
        principal(ctx)?;
        Ok(ledger::exchanges_of(&services(ctx).db, self.0.id)
            .await?
            .into_iter()
            .map(CompletedExchange)
            .collect())
    }
    /// The organisation's partner requests, newest first.
    async fn partner_requests(&self, ctx: &Context<'_>) -> Result<Vec<PartnerRequest>> {
        Ok(requests::requests_of(&services(ctx).db, self.0.id)
            .await?
            .into_iter()
            .map(PartnerRequest)
            .collect())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// What an organisation is looking for in a partner.
pub struct PartnerRequest(pub partner_requests::Model);

#[Object]
impl PartnerRequest {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn organisation(&self, ctx: &Context<'_>) -> Result<Organisation> {
        load_organisation(ctx, self.0.organisation_id).await
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn direction(&self) -> Result<DirectionGql> {
        DirectionGql::stored(&self.0.direction)
    }
    async fn date_from(&self) -> NaiveDate {
        self.0.date_from
    }
    async fn date_to(&self) -> NaiveDate {
        self.0.date_to
    }
    async fn age_range(&self) -> AgeRange {
        AgeRange {
            min: self.0.age_min.into(),
            max: self.0.age_max.into(),
        }
    }
    async fn group_size(&self) -> i32 {
        self.0.group_size
    }
    async fn themes(&self) -> Vec<ThemeGql> {
        themes(&self.0.themes)
    }
    /// ISO 639-1 codes; empty means the organisation's working languages.
    async fn languages(&self) -> Vec<String> {
        json_strings(&self.0.languages)
    }
    async fn preferred_towns(&self, ctx: &Context<'_>) -> Result<Vec<Town>> {
        let ids: Vec<Uuid> =
            serde_json::from_value(self.0.preferred_town_ids.clone()).unwrap_or_default();
        let mut found = loaders(ctx).towns.load_many(ids.iter().copied()).await?;
        Ok(ids
            .iter()
            .filter_map(|id| found.remove(id))
            .map(Town)
            .collect())
    }
    /// When true, only towns with an active partnership are matched.
    async fn only_partner_towns(&self) -> bool {
        self.0.only_partner_towns
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn status(&self) -> Result<PartnerRequestStatusGql> {
        PartnerRequestStatusGql::stored(&self.0.status)
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A completed exchange in the reciprocity ledger: who hosted, who visited.
pub struct CompletedExchange(pub completed_exchanges::Model);

#[Object]
impl CompletedExchange {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn host_organisation(&self, ctx: &Context<'_>) -> Result<Option<Organisation>> {
        match self.0.host_organisation_id {
            Some(o) => Ok(Some(load_organisation(ctx, o).await?)),
            None => Ok(None),
        }
    }
    async fn visitor_organisation(&self, ctx: &Context<'_>) -> Result<Option<Organisation>> {
        match self.0.visitor_organisation_id {
            Some(o) => Ok(Some(load_organisation(ctx, o).await?)),
            None => Ok(None),
        }
    }
    async fn host_town(&self, ctx: &Context<'_>) -> Result<Town> {
        load_town(ctx, self.0.host_town_id).await
    }
    async fn visitor_town(&self, ctx: &Context<'_>) -> Result<Town> {
        load_town(ctx, self.0.visitor_town_id).await
    }
    async fn started_on(&self) -> NaiveDate {
        self.0.started_on
    }
    async fn ended_on(&self) -> NaiveDate {
        self.0.ended_on
    }
    async fn participants(&self) -> Option<i32> {
        self.0.participants
    }
}

#[derive(InputObject)]
pub struct CoordinatesInput {
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(InputObject)]
pub struct CreateMunicipalityInput {
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub coordinates: CoordinatesInput,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    #[graphql(default = false)]
    pub forbids_new_twin_towns: bool,
}

#[derive(InputObject)]
pub struct CreateTownInput {
    pub local_name: String,
    pub english_name: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub region: Option<String>,
    pub coordinates: CoordinatesInput,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
}

#[derive(InputObject)]
pub struct CreatePartnershipInput {
    pub municipality_id: ID,
    pub town_id: ID,
    pub kind: PartnershipKindGql,
    pub started_on: Option<NaiveDate>,
    /// The body that decided it, e.g. "Kommunstyrelsen".
    pub decided_by: Option<String>,
    /// Whether it binds the municipality to commitments. Sister-city agreements never do.
    pub binding: bool,
    #[graphql(default)]
    pub notes: String,
}

#[derive(InputObject)]
#[graphql(name = "EndPartnershipInput")]
pub struct EndPartnershipGqlInput {
    pub ended_on: NaiveDate,
    pub reason: String,
    /// The body that decided to end it.
    pub decided_by: Option<String>,
}

#[derive(InputObject)]
pub struct AgeRangeInput {
    pub min: i32,
    pub max: i32,
}

/// A whole organisation profile; updates replace it.
#[derive(InputObject)]
pub struct OrganisationProfileInput {
    pub name: String,
    pub kind: OrganisationKindGql,
    pub town_id: ID,
    pub address: Option<String>,
    /// The organisation's own place; the town's is used when left out.
    pub coordinates: Option<CoordinatesInput>,
    #[graphql(default)]
    pub descriptions: Vec<LocalizedText>,
    pub age_range: AgeRangeInput,
    /// ISO 639-1 codes.
    pub working_languages: Vec<String>,
    #[graphql(default)]
    pub themes: Vec<ThemeGql>,
    /// UN sustainable development goals, 1–17.
    #[graphql(default)]
    pub sdgs: Vec<i32>,
    pub typical_group_size: Option<i32>,
    /// The largest visiting group it can host, in people; 0 when it does not host.
    #[graphql(default)]
    pub hosting_capacity: i32,
    /// How many visiting groups it can take in one matching round.
    #[graphql(default = 1)]
    pub host_places: i32,
    #[graphql(default)]
    pub availability: Vec<AvailabilityPeriod>,
    pub accessibility_notes: Option<String>,
    /// Erasmus+ organisation id: E followed by 8 digits.
    pub oid: Option<String>,
    pub accreditation: Option<AccreditationGql>,
}

impl OrganisationProfileInput {
    fn into_domain(self) -> Result<OrganisationInput, DomainError> {
        Ok(OrganisationInput {
            town_id: self.town_id.to_string(),
            name: self.name,
            kind: self.kind.into(),
            address: self.address,
            latitude: self.coordinates.as_ref().map(|c| c.latitude),
            longitude: self.coordinates.as_ref().map(|c| c.longitude),
            descriptions: self
                .descriptions
                .into_iter()
                .map(|d| (d.language, d.text))
                .collect(),
            age_min: self.age_range.min,
            age_max: self.age_range.max,
            working_languages: self.working_languages,
            themes: self.themes.into_iter().map(Into::into).collect(),
            sdgs: self.sdgs,
            typical_group_size: self.typical_group_size,
            hosting_capacity: self.hosting_capacity,
            host_places: self.host_places,
            availability: self
                .availability
                .into_iter()
                .map(|p| AvailabilityInput {
                    from: p.from,
                    to: p.to,
                    mode: p.mode.into(),
                })
                .collect(),
            accessibility_notes: self.accessibility_notes,
            oid: self.oid,
            accreditation: self.accreditation.map(Into::into),
        })
    }
}

#[derive(InputObject)]
pub struct DateRangeInput {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(InputObject)]
#[graphql(name = "PartnerRequestInput")]
pub struct PartnerRequestGqlInput {
    pub title: String,
    pub direction: DirectionGql,
    pub dates: DateRangeInput,
    pub age_range: AgeRangeInput,
    pub group_size: i32,
    #[graphql(default)]
    pub themes: Vec<ThemeGql>,
    /// ISO 639-1 codes; empty means the organisation's working languages.
    #[graphql(default)]
    pub languages: Vec<String>,
    #[graphql(default)]
    pub preferred_town_ids: Vec<ID>,
    #[graphql(default = false)]
    pub only_partner_towns: bool,
    #[graphql(default)]
    pub description: String,
}

impl PartnerRequestGqlInput {
    fn into_domain(self) -> Result<PartnerRequestInput, DomainError> {
        let preferred_town_ids = self
            .preferred_town_ids
            .iter()
            .map(|t| t.to_string())
            .collect();
        Ok(PartnerRequestInput {
            title: self.title,
            direction: self.direction.into(),
            date_from: self.dates.from,
            date_to: self.dates.to,
            age_min: self.age_range.min,
            age_max: self.age_range.max,
            group_size: self.group_size,
            themes: self.themes.into_iter().map(Into::into).collect(),
            languages: self.languages,
            preferred_town_ids,
            only_partner_towns: self.only_partner_towns,
            description: self.description,
        })
    }
}

/// One side of a completed exchange: an organisation, or only a town.
#[derive(InputObject)]
pub struct ExchangeSideInput {
    pub organisation_id: Option<ID>,
    pub town_id: Option<ID>,
}

fn parse_side(field: &'static str, side: &ExchangeSideInput) -> Result<Side, DomainError> {
    match (&side.organisation_id, &side.town_id) {
        (Some(organisation), None) => Ok(Side::Organisation(parse_id(field, organisation)?)),
        (None, Some(town)) => Ok(Side::Town(parse_id(field, town)?)),
        _ => Err(DomainError::field(
            field,
            "one_of",
            "give either an organisation or a town",
        )),
    }
}

#[derive(InputObject)]
#[graphql(name = "CompletedExchangeInput")]
pub struct CompletedExchangeGqlInput {
    pub host: ExchangeSideInput,
    pub visitor: ExchangeSideInput,
    pub dates: DateRangeInput,
    pub participants: Option<i32>,
}

/// What the directory search filters on.
#[derive(InputObject, Default)]
pub struct DirectoryFilterInput {
    /// Part of the name, any case.
    pub text: Option<String>,
    pub kind: Option<OrganisationKindGql>,
    pub town_id: Option<ID>,
    pub theme: Option<ThemeGql>,
}

#[derive(Default)]
pub struct DirectoryQuery;

#[Object]
impl DirectoryQuery {
    /// Every municipality, by name.
    async fn municipalities(&self, ctx: &Context<'_>) -> Result<Vec<Municipality>> {
        principal(ctx)?;
        Ok(places::list_municipalities(&services(ctx).db)
            .await?
            .into_iter()
            .map(Municipality)
            .collect())
    }

    async fn municipality(&self, ctx: &Context<'_>, id: ID) -> Result<Municipality> {
        principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Municipality(
            places::find_municipality(&services(ctx).db, id).await?,
        ))
    }

    /// Towns by local name; only one country's when given (ISO 3166-1 alpha-2).
    async fn towns(&self, ctx: &Context<'_>, country: Option<String>) -> Result<Vec<Town>> {
        principal(ctx)?;
        Ok(places::list_towns(&services(ctx).db, country.as_deref())
            .await?
            .into_iter()
            .map(Town)
            .collect())
    }

    async fn organisation(&self, ctx: &Context<'_>, id: ID) -> Result<Organisation> {
        principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Organisation(
            organisations::find(&services(ctx).db, id).await?,
        ))
    }

    /// Searches the directory; any signed-in user may. Oldest first.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        filter: Option<DirectoryFilterInput>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Organisation>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let filter = filter.unwrap_or_default();
        let filter = DirectoryFilter {
            text: filter.text,
            kind: filter.kind.map(Into::into),
            town_id: filter
                .town_id
                .map(|town| parse_id("filter.townId", &town))
                .transpose()?,
            theme: filter.theme.map(Into::into),
        };
        let page = organisations::search(services(ctx), principal, filter, first, after).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.organisations
                .into_iter()
                .map(|o| Edge::new(o.id.to_string(), Organisation(o))),
        );
        Ok(connection)
    }

    async fn partner_request(&self, ctx: &Context<'_>, id: ID) -> Result<PartnerRequest> {
        principal(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(PartnerRequest(requests::find(&services(ctx).db, id).await?))
    }
}

#[derive(Default)]
pub struct DirectoryMutation;

#[Object]
impl DirectoryMutation {
    /// Sets up a municipality and its own town. Global admins and coordinators.
    async fn create_municipality(
        &self,
        ctx: &Context<'_>,
        input: CreateMunicipalityInput,
    ) -> Result<Municipality> {
        let principal = principal(ctx)?;
        let created = places::create_municipality(
            services(ctx),
            principal,
            meta(ctx),
            MunicipalityInput {
                name: input.name,
                country: input.country,
                latitude: input.coordinates.latitude,
                longitude: input.coordinates.longitude,
                languages: input.languages,
                forbids_new_twin_towns: input.forbids_new_twin_towns,
            },
        )
        .await?;
        Ok(Municipality(created))
    }

    /// Sets whether the municipality makes new twin-town agreements.
    async fn set_twin_town_policy(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        forbids_new_twin_towns: bool,
    ) -> Result<Municipality> {
        let principal = principal(ctx)?;
        let id = parse_id("municipalityId", &municipality_id)?;
        let updated = places::set_twin_town_policy(
            services(ctx),
            principal,
            meta(ctx),
            id,
            forbids_new_twin_towns,
        )
        .await?;
        Ok(Municipality(updated))
    }

    /// Sets who the municipality's mails come from, or with no sender goes back to the
    /// installation's. The municipality's coordinators and admins; audited. Only an address
    /// the mail relay may send for (SPF, DKIM) reaches people's inboxes.
    async fn set_municipality_mail_sender(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        sender: Option<MailSender>,
    ) -> Result<Municipality> {
        let principal = principal(ctx)?;
        let id = parse_id("municipalityId", &municipality_id)?;
        let updated = places::set_mail_sender(
            services(ctx),
            principal,
            meta(ctx),
            id,
            sender.map(|sender| (sender.name, sender.address)),
        )
        .await?;
        Ok(Municipality(updated))
    }

    /// Adds a town to the register. Coordinators.
    async fn create_town(&self, ctx: &Context<'_>, input: CreateTownInput) -> Result<Town> {
        let principal = principal(ctx)?;
        let created = places::create_town(
            services(ctx),
            principal,
            meta(ctx),
            TownInput {
                local_name: input.local_name,
                english_name: input.english_name,
                country: input.country,
                region: input.region,
                latitude: input.coordinates.latitude,
                longitude: input.coordinates.longitude,
                languages: input.languages,
            },
        )
        .await?;
        Ok(Town(created))
    }

    /// Records a new partnership. CONFLICT `policy_forbids_new_twin_towns` when the
    /// municipality makes no new twin-town agreements; CONFLICT `sister_city_never_binding`
    /// for a binding sister-city agreement.
    async fn create_partnership(
        &self,
        ctx: &Context<'_>,
        input: CreatePartnershipInput,
    ) -> Result<Partnership> {
        let principal = principal(ctx)?;
        let created = partnerships::create_partnership(
            services(ctx),
            principal,
            meta(ctx),
            PartnershipInput {
                municipality_id: parse_id("input.municipalityId", &input.municipality_id)?,
                town_id: parse_id("input.townId", &input.town_id)?,
                kind: input.kind.into(),
                started_on: input.started_on,
                decided_by: input.decided_by,
                binding: input.binding,
                notes: input.notes,
            },
        )
        .await?;
        Ok(Partnership(created))
    }

    /// Ends a partnership with a date, a reason and the deciding body; its history stays.
    async fn end_partnership(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: EndPartnershipGqlInput,
    ) -> Result<Partnership> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let ended = partnerships::end_partnership(
            services(ctx),
            principal,
            meta(ctx),
            id,
            EndPartnershipInput {
                ended_on: input.ended_on,
                reason: input.reason,
                decided_by: input.decided_by,
            },
        )
        .await?;
        Ok(Partnership(ended))
    }

    async fn update_partnership_notes(
        &self,
        ctx: &Context<'_>,
        id: ID,
        notes: String,
    ) -> Result<Partnership> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let updated =
            partnerships::update_partnership_notes(services(ctx), principal, meta(ctx), id, &notes)
                .await?;
        Ok(Partnership(updated))
    }

    /// Registers an organisation. Coordinators.
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: OrganisationProfileInput,
    ) -> Result<Organisation> {
        let principal = principal(ctx)?;
        let created = organisations::create_organisation(
            services(ctx),
            principal,
            meta(ctx),
            input.into_domain()?,
        )
        .await?;
        Ok(Organisation(created))
    }

    /// Replaces an organisation's profile. Its members and coordinators.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: OrganisationProfileInput,
    ) -> Result<Organisation> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let updated = organisations::update_organisation(
            services(ctx),
            principal,
            meta(ctx),
            id,
            input.into_domain()?,
        )
        .await?;
        Ok(Organisation(updated))
    }

    /// Posts a partner request for an organisation. Its members and coordinators.
    async fn create_partner_request(
        &self,
        ctx: &Context<'_>,
        organisation_id: ID,
        input: PartnerRequestGqlInput,
    ) -> Result<PartnerRequest> {
        let principal = principal(ctx)?;
        let organisation_id = parse_id("organisationId", &organisation_id)?;
        let created = requests::create_request(
            services(ctx),
            principal,
            meta(ctx),
            organisation_id,
            input.into_domain()?,
        )
        .await?;
        Ok(PartnerRequest(created))
    }

    async fn update_partner_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: PartnerRequestGqlInput,
    ) -> Result<PartnerRequest> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let updated = requests::update_request(
            services(ctx),
            principal,
            meta(ctx),
            id,
            input.into_domain()?,
        )
        .await?;
        Ok(PartnerRequest(updated))
    }

    /// Opens or closes a partner request; closed ones are left out of matching rounds.
    async fn set_partner_request_status(
        &self,
        ctx: &Context<'_>,
        id: ID,
        status: PartnerRequestStatusGql,
    ) -> Result<PartnerRequest> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let updated =
            requests::set_request_status(services(ctx), principal, meta(ctx), id, status.into())
                .await?;
        Ok(PartnerRequest(updated))
    }

    /// Records a completed exchange in the reciprocity ledger. Coordinators.
    async fn record_completed_exchange(
        &self,
        ctx: &Context<'_>,
        input: CompletedExchangeGqlInput,
    ) -> Result<CompletedExchange> {
        let principal = principal(ctx)?;
        let host = parse_side("input.host", &input.host)?;
        let visitor = parse_side("input.visitor", &input.visitor)?;
        let recorded = ledger::record_completed_exchange(
            services(ctx),
            principal,
            meta(ctx),
            CompletedExchangeInput {
                host,
                visitor,
                started_on: input.dates.from,
                ended_on: input.dates.to,
                participants: input.participants,
            },
        )
        .await?;
        Ok(CompletedExchange(recorded))
    }
}
