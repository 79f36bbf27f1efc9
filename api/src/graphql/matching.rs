//! Matching in the API: ranked, explained partner matches, matching rounds and their
//! suggestions.
use async_graphql::{
    Context, Enum, ID, Object, Result, SimpleObject,
    connection::{Connection, Edge, EmptyFields},
};
use chrono::{DateTime, NaiveDate, Utc};
use utbyte_domain::{
    DomainError,
    directory::types::{PartnershipKind, Theme},
    entities::{match_rounds, match_suggestions},
    matching::{
        rounds::{self, Response, SuggestionSide},
        score::{ExplanationRecord, Options},
        search::{self, ExclusionCounts, MatchSubject},
    },
};

use super::{
    context::{loaders, meta, page_size, parse_id, prime, principal, services},
    directory::{Organisation, PartnerRequest, PartnershipKindGql, ThemeGql},
};

/// Points for one criterion and the reason in words.
#[derive(SimpleObject)]
pub struct MatchCriterion {
    /// themes, ages, languages, dates, group_size, distance, partnership, preferred_town or
    /// reciprocity.
    pub criterion: String,
    pub points: i32,
    pub max_points: i32,
    pub reason: String,
}

/// The partnership between the two towns.
#[derive(SimpleObject)]
pub struct MatchPartnership {
    pub kind: PartnershipKindGql,
    pub active: bool,
}

/// The last completed exchange between the two sides.
#[derive(SimpleObject)]
pub struct LastExchange {
    /// True when the requesting side hosted.
    pub requester_hosted: bool,
    pub ended_on: NaiveDate,
    /// True when between the two organisations; false when only between their towns.
    pub between_organisations: bool,
}

/// Whose turn it is to host.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ReciprocityTurn {
    /// The two sides have no exchange on record.
    NoHistory,
    /// The planned host's turn: the other side hosted last time.
    Follows,
    /// The planned host hosted last time.
    Against,
}

/// Why an organisation scored what it did.
pub struct MatchExplanation(pub ExplanationRecord);

#[Object]
impl MatchExplanation {
    /// The sum of the criteria's points, out of 1000.
    async fn total(&self) -> i32 {
        self.0.total
    }
    /// True when the candidate would host; false when the requesting side would.
    async fn candidate_hosts(&self) -> bool {
        self.0.candidate_hosts
    }
    async fn criteria(&self) -> Vec<MatchCriterion> {
        self.0
            .criteria
            .iter()
            .map(|c| MatchCriterion {
                criterion: c.criterion.clone(),
                points: c.points,
                max_points: c.max_points,
                reason: c.reason.clone(),
            })
            .collect()
    }
    async fn shared_themes(&self) -> Vec<ThemeGql> {
        self.0
            .shared_themes
            .iter()
            .filter_map(|code| Theme::from_code(code).map(Into::into))
            .collect()
    }
    async fn age_overlap_years(&self) -> i32 {
        self.0.age_overlap_years.into()
    }
    /// ISO 639-1 codes.
    async fn shared_languages(&self) -> &[String] {
        &self.0.shared_languages
    }
    /// Days of the wanted window the candidate is available; null when it gives no periods.
    async fn overlap_days(&self) -> Option<i32> {
        self.0.overlap_days.map(|d| d as i32)
    }
    /// Great-circle distance between the two in whole km, as the Commission's distance
    /// calculator shows it.
    async fn distance_km(&self) -> i32 {
        utbyte_domain::geo::whole_km(self.0.distance_km)
    }
    /// The Erasmus+ distance band, e.g. "500–1999 km".
    async fn distance_band(&self) -> &str {
        &self.0.distance_band
    }
    /// Within 5 km of a band edge: check with the official calculator.
    async fn near_band_edge(&self) -> bool {
        self.0.near_band_edge
    }
    async fn partnership(&self) -> Option<MatchPartnership> {
        let p = self.0.partnership.as_ref()?;
        Some(MatchPartnership {
            kind: PartnershipKind::from_code(&p.kind)?.into(),
            active: p.active,
        })
    }
    async fn preferred_town(&self) -> bool {
        self.0.preferred_town
    }
    async fn last_exchange(&self) -> Option<LastExchange> {
        self.0.last_exchange.as_ref().map(|l| LastExchange {
            requester_hosted: l.requester_hosted,
            ended_on: l.ended_on,
            between_organisations: l.between_organisations,
        })
    }
    async fn turn(&self) -> ReciprocityTurn {
        match self.0.turn.as_str() {
            "follows" => ReciprocityTurn::Follows,
            "against" => ReciprocityTurn::Against,
            _ => ReciprocityTurn::NoHistory,
        }
    }
}

/// One organisation in a ranked list.
#[derive(SimpleObject)]
pub struct PartnerMatch {
    /// 1 for the best match.
    pub rank: i32,
    pub organisation: Organisation,
    /// Out of 1000.
    pub score: i32,
    pub explanation: MatchExplanation,
}

/// How many organisations each hard filter left out.
#[derive(SimpleObject)]
pub struct MatchExclusions {
    pub own_organisation: i32,
    /// The planned host cannot take the group.
    pub capacity: i32,
    /// No availability period overlaps the wanted dates.
    pub dates: i32,
    /// No overlapping ages.
    pub ages: i32,
    /// The towns' partnership has ended (left out unless asked).
    pub ended_partnership: i32,
    /// Only partner towns were wanted.
    pub not_a_partner_town: i32,
}

impl From<ExclusionCounts> for MatchExclusions {
    fn from(c: ExclusionCounts) -> Self {
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        Self {
            own_organisation: n(c.own_organisation),
            capacity: n(c.capacity),
            dates: n(c.dates),
            ages: n(c.ages),
            ended_partnership: n(c.ended_partnership),
            not_a_partner_town: n(c.not_a_partner_town),
        }
    }
}

/// Totals beside a ranked list.
#[derive(SimpleObject)]
pub struct MatchSummary {
    /// Organisations that passed every hard filter.
    pub matched_count: i32,
    pub excluded: MatchExclusions,
}

/// A side's answer to a suggestion.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum SuggestionResponse {
    Pending,
    Accepted,
    Declined,
}

fn response(code: &str) -> SuggestionResponse {
    match Response::from_code(code) {
        Some(Response::Accepted) => SuggestionResponse::Accepted,
        Some(Response::Declined) => SuggestionResponse::Declined,
        _ => SuggestionResponse::Pending,
    }
}

/// Which side of a suggestion answers.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "SuggestionSide")]
pub enum SuggestionSideGql {
    /// The organisation that posted the request.
    Requester,
    /// The suggested host.
    Host,
}

/// A pairing suggested by a matching round, for both sides to accept or decline.
pub struct MatchSuggestion(pub match_suggestions::Model);

#[Object]
impl MatchSuggestion {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn request(&self, ctx: &Context<'_>) -> Result<PartnerRequest> {
        Ok(PartnerRequest(
            utbyte_domain::directory::requests::find(&services(ctx).db, self.0.request_id).await?,
        ))
    }
    async fn host(&self, ctx: &Context<'_>) -> Result<Organisation> {
        loaders(ctx)
            .organisations
            .load_one(self.0.host_organisation_id)
            .await?
            .map(Organisation)
            .ok_or_else(|| DomainError::NotFound("organisation").into())
    }
    /// Out of 1000.
    async fn score(&self) -> i32 {
        self.0.score
    }
    /// The explanation as it was when the round ran.
    async fn explanation(&self) -> Result<MatchExplanation> {
        let record = serde_json::from_value(self.0.explanation.clone())
            .map_err(|e| DomainError::Internal(e.into()))?;
        Ok(MatchExplanation(record))
    }
    async fn requester_response(&self) -> SuggestionResponse {
        response(&self.0.request_response)
    }
    async fn host_response(&self) -> SuggestionResponse {
        response(&self.0.host_response)
    }
}

/// A matching round: open requests paired with hosts, maximising the total score.
pub struct MatchRound {
    round: match_rounds::Model,
    suggestions: Vec<match_suggestions::Model>,
}

#[Object]
impl MatchRound {
    async fn id(&self) -> ID {
        ID(self.round.id.to_string())
    }
    async fn request_count(&self) -> i32 {
        self.round.request_count
    }
    async fn host_place_count(&self) -> i32 {
        self.round.host_place_count
    }
    async fn assigned_count(&self) -> i32 {
        self.round.assigned_count
    }
    /// The largest total score any assignment could reach.
    async fn total_score(&self) -> i64 {
        self.round.total_score
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.round.created_at
    }
    /// Best first.
    async fn suggestions(&self) -> Vec<MatchSuggestion> {
        self.suggestions
            .iter()
            .cloned()
            .map(MatchSuggestion)
            .collect()
    }
}

#[derive(Default)]
pub struct MatchingQuery;

#[Object]
impl MatchingQuery {
    /// Organisations ranked for a partner request (`requestId`) or for an organisation's
    /// profile (`organisationId`), each with its score and the reasons. Any signed-in user.
    async fn partner_matches(
        &self,
        ctx: &Context<'_>,
        request_id: Option<ID>,
        organisation_id: Option<ID>,
        #[graphql(default = false)] include_ended_partnerships: bool,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, PartnerMatch, MatchSummary, EmptyFields>> {
        let principal = principal(ctx)?;
        let subject = match (request_id, organisation_id) {
            (Some(request), None) => MatchSubject::Request(parse_id("requestId", &request)?),
            (None, Some(organisation)) => {
                MatchSubject::Organisation(parse_id("organisationId", &organisation)?)
            }
            _ => {
                return Err(DomainError::field(
                    "requestId",
                    "one_of",
                    "give either requestId or organisationId",
                )
                .into());
            }
        };
        let first = page_size(first)? as usize;
        // The cursor is the rank of the last match seen.
        let offset = match after {
            Some(cursor) => cursor
                .parse::<usize>()
                .ok()
                .filter(|rank| *rank <= search::MAX_RANK)
                .ok_or_else(|| {
                    DomainError::field("after", "invalid_cursor", "is not a cursor from this list")
                })?,
            None => 0,
        };
        let options = Options {
            include_ended_partnerships,
        };
        let page =
            search::partner_matches(services(ctx), principal, subject, options, first, offset)
                .await?;
        let wanted = page.wanted;
        let mut connection = Connection::with_additional_fields(
            offset > 0,
            page.has_next_page,
            MatchSummary {
                matched_count: i32::try_from(page.matched).unwrap_or(i32::MAX),
                excluded: page.excluded.into(),
            },
        );
        let ids: Vec<_> = page.matches.iter().map(|(id, _)| *id).collect();
        // Straight into the cache, without the loader's batching delay.
        let mut organisations = prime(&loaders(ctx).organisations, ids).await?;
        for (position, (id, explanation)) in page.matches.into_iter().enumerate() {
            let Some(organisation) = organisations.remove(&id) else {
                continue;
            };
            let rank = offset + position + 1;
            connection.edges.push(Edge::new(
                rank.to_string(),
                PartnerMatch {
                    rank: rank as i32,
                    organisation: Organisation(organisation),
                    score: explanation.total,
                    explanation: MatchExplanation(explanation.record(&wanted)),
                },
            ));
        }
        Ok(connection)
    }

    /// Suggestions from matching rounds that involve an organisation, on either side.
    /// For its members and coordinators.
    async fn match_suggestions(
        &self,
        ctx: &Context<'_>,
        organisation_id: ID,
    ) -> Result<Vec<MatchSuggestion>> {
        let principal = principal(ctx)?;
        let organisation_id = parse_id("organisationId", &organisation_id)?;
        Ok(
            rounds::suggestions_for(services(ctx), principal, organisation_id)
                .await?
                .into_iter()
                .map(MatchSuggestion)
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct MatchingMutation;

#[Object]
impl MatchingMutation {
    /// Pairs the open requests that need a host with the organisations that host, so that
    /// the total score is the largest possible within each host's places. Over one
    /// municipality's requests (its coordinators) or all (global staff).
    async fn run_matching_round(
        &self,
        ctx: &Context<'_>,
        municipality_id: Option<ID>,
        #[graphql(default = false)] include_ended_partnerships: bool,
    ) -> Result<MatchRound> {
        let principal = principal(ctx)?;
        let municipality = municipality_id
            .map(|id| parse_id("municipalityId", &id))
            .transpose()?;
        let outcome = rounds::run_round(
            services(ctx),
            principal,
            meta(ctx),
            municipality,
            Options {
                include_ended_partnerships,
            },
        )
        .await?;
        Ok(MatchRound {
            round: outcome.round,
            suggestions: outcome.suggestions,
        })
    }

    /// Accepts or declines a suggestion for one side. That side's members and coordinators.
    async fn respond_to_match_suggestion(
        &self,
        ctx: &Context<'_>,
        id: ID,
        side: SuggestionSideGql,
        accept: bool,
    ) -> Result<MatchSuggestion> {
        let principal = principal(ctx)?;
        let id = parse_id("id", &id)?;
        let side = match side {
            SuggestionSideGql::Requester => SuggestionSide::Requester,
            SuggestionSideGql::Host => SuggestionSide::Host,
        };
        let updated =
            rounds::respond(services(ctx), principal, meta(ctx), id, side, accept).await?;
        Ok(MatchSuggestion(updated))
    }
}
