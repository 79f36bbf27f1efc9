//! `partnerMatches`: a ranked, explained list of organisations for a request or a profile.
use chrono::{Days, NaiveDate, Utc};
use uuid::Uuid;

use super::{
    index::{DirectoryIndex, PairFacts},
    score::{self, Candidate, Exclusion, Explanation, LanguageSet, Options, Wanted},
};
use crate::{
    directory::{
        places::json_strings,
        requests,
        types::{AgeRange, DateRange, Direction, ThemeSet},
    },
    entities::partner_requests,
    error::{DomainError, DomainResult},
    principal::Principal,
    services::Services,
};

/// What to find partners for.
#[derive(Debug, Clone, Copy)]
pub enum MatchSubject {
    Request(Uuid),
    /// An organisation's profile, as an open request for the coming year.
    Organisation(Uuid),
}

/// How many candidates each hard filter left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExclusionCounts {
    pub own_organisation: usize,
    pub capacity: usize,
    pub dates: usize,
    pub ages: usize,
    pub ended_partnership: usize,
    pub not_a_partner_town: usize,
}

impl ExclusionCounts {
    fn count(&mut self, exclusion: Exclusion) {
        let slot = match exclusion {
            Exclusion::OwnOrganisation => &mut self.own_organisation,
            Exclusion::Capacity => &mut self.capacity,
            Exclusion::Dates => &mut self.dates,
            Exclusion::Ages => &mut self.ages,
            Exclusion::EndedPartnership => &mut self.ended_partnership,
            Exclusion::NotAPartnerTown => &mut self.not_a_partner_town,
        };
        *slot += 1;
    }
}

/// The best `limit` candidates by score (ties: lower index, i.e. older organisation, first), and the
/// count of candidates that passed the hard filters.
pub struct Ranking {
    pub top: Vec<(usize, Explanation)>,
    pub matched: usize,
    pub excluded: ExclusionCounts,
}

/// Scores every candidate in the index and keeps the best `limit`.
pub fn rank(
    index: &DirectoryIndex,
    wanted: &Wanted,
    facts: &PairFacts,
    options: Options,
    limit: usize,
) -> Ranking {
    let mut scored: Vec<(i32, u32)> = Vec::with_capacity(index.candidates.len());
    let mut excluded = ExclusionCounts::default();
    for (position, candidate) in index.candidates.iter().enumerate() {
        match score::evaluate(
            wanted,
            candidate,
            facts.partnership(candidate),
            facts.last_exchange(candidate),
            options,
        ) {
            Ok(explanation) => scored.push((explanation.total, position as u32)),
            Err(exclusion) => excluded.count(exclusion),
        }
    }
    let matched = scored.len();
    let top = best(&mut scored, limit)
        .iter()
        .map(|(_, position)| {
            let candidate = &index.candidates[*position as usize];
            let explanation = score::evaluate(
                wanted,
                candidate,
                facts.partnership(candidate),
                facts.last_exchange(candidate),
                options,
            )
            .expect("passed the filters above");
            (*position as usize, explanation)
        })
        .collect();
    Ranking {
        top,
        matched,
        excluded,
    }
}

/// Highest score first, then lowest position: partial selection, then a sort of the few.
fn best(scored: &mut [(i32, u32)], limit: usize) -> &[(i32, u32)] {
    let order = |a: &(i32, u32), b: &(i32, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    let limit = limit.min(scored.len());
    if limit == 0 {
        return &[];
    }
    if limit < scored.len() {
        scored.select_nth_unstable_by(limit - 1, order);
    }
    let top = &mut scored[..limit];
    top.sort_unstable_by(order);
    top
}

/// The benchmark's baseline: the same scan and selection, scoring shared themes only.
pub fn rank_by_themes_only(index: &DirectoryIndex, wanted: &Wanted, limit: usize) -> Vec<usize> {
    let mut scored: Vec<(i32, u32)> = index
        .candidates
        .iter()
        .enumerate()
        .map(|(position, candidate)| (score::theme_only(wanted, candidate), position as u32))
        .collect();
    best(&mut scored, limit)
        .iter()
        .map(|(_, position)| *position as usize)
        .collect()
}

/// What a stored request wants.
pub fn wanted_from_request(request: &partner_requests::Model, requester: &Candidate) -> Wanted {
    let languages = json_strings(&request.languages);
    Wanted {
        organisation_id: request.organisation_id,
        town_id: requester.town_id,
        coordinates: requester.coordinates,
        direction: Direction::from_code(&request.direction).unwrap_or(Direction::Either),
        dates: DateRange {
            from: request.date_from,
            to: request.date_to,
        },
        ages: AgeRange {
            min: request.age_min,
            max: request.age_max,
        },
        group_size: request.group_size,
        themes: {
            let themes =
                ThemeSet::from_codes(json_strings(&request.themes).iter().map(String::as_str));
            if themes.is_empty() {
                requester.themes
            } else {
                themes
            }
        },
        languages: if languages.is_empty() {
            requester.languages
        } else {
            LanguageSet::from_codes(languages.iter().map(String::as_str))
        },
        preferred_towns: serde_json::from_value(request.preferred_town_ids.clone())
            .unwrap_or_default(),
        only_partner_towns: request.only_partner_towns,
        own_hosting_capacity: requester.hosting_capacity,
    }
}

/// What a profile would want: either direction, the coming year, its own ages, themes and
/// languages, its typical group size (or 20).
pub fn wanted_from_profile(requester: &Candidate, today: NaiveDate) -> Wanted {
    Wanted {
        organisation_id: requester.id,
        town_id: requester.town_id,
        coordinates: requester.coordinates,
        direction: Direction::Either,
        dates: DateRange {
            from: today,
            to: today.checked_add_days(Days::new(365)).unwrap_or(today),
        },
        ages: requester.ages,
        group_size: requester.typical_group_size.unwrap_or(20),
        themes: requester.themes,
        languages: requester.languages,
        preferred_towns: Vec::new(),
        only_partner_towns: false,
        own_hosting_capacity: requester.hosting_capacity,
    }
}

pub struct MatchPage {
    /// (organisation id, explanation), best first.
    pub matches: Vec<(Uuid, Explanation)>,
    /// How many organisations passed the hard filters.
    pub matched: usize,
    pub excluded: ExclusionCounts,
    pub has_next_page: bool,
    /// What was matched against, for explaining the scores.
    pub wanted: Wanted,
}

/// At most this many matches can be paged through.
pub const MAX_RANK: usize = 1000;

/// Ranks organisations for a request or a profile. Any signed-in user may search.
pub async fn partner_matches(
    services: &Services,
    _principal: &Principal,
    subject: MatchSubject,
    options: Options,
    first: usize,
    offset: usize,
) -> DomainResult<MatchPage> {
    if offset.saturating_add(first) > MAX_RANK {
        return Err(DomainError::field(
            "after",
            "out_of_range",
            "only the first 1000 matches can be listed",
        ));
    }
    let index = services.matching_index.get(&services.db).await?;
    let wanted = match subject {
        MatchSubject::Request(id) => {
            let request = requests::find(&services.db, id).await?;
            let requester = index
                .candidate(request.organisation_id)
                .ok_or(DomainError::NotFound("organisation"))?;
            wanted_from_request(&request, requester)
        }
        MatchSubject::Organisation(id) => {
            let requester = index
                .candidate(id)
                .ok_or(DomainError::NotFound("organisation"))?;
            wanted_from_profile(requester, Utc::now().date_naive())
        }
    };
    let facts = index.pair_facts(wanted.organisation_id, wanted.town_id);
    let ranking = rank(&index, &wanted, &facts, options, offset + first + 1);
    let has_next_page = ranking.top.len() > offset + first;
    let matches = ranking
        .top
        .into_iter()
        .skip(offset)
        .take(first)
        .map(|(position, explanation)| (index.candidates[position].id, explanation))
        .collect();
    Ok(MatchPage {
        matches,
        matched: ranking.matched,
        excluded: ranking.excluded,
        has_next_page,
        wanted,
    })
}
