//! The matching score: a pure function of what is wanted, a candidate, and the facts between
//! the two (partnerships, the reciprocity ledger). No I/O and no allocation per candidate, so a
//! search can score every organisation in the directory.
//!
//! Weights (points; a perfect match scores 1000):
//!
//! | criterion | max | how |
//! | --- | --- | --- |
//! | themes | 200 | share of the wanted themes the candidate works with |
//! | ages | 150 | share of the wanted age span the candidate serves |
//! | languages | 150 | all if they share a working language, else none |
//! | dates | 100 | share of the wanted window inside one of the candidate's periods |
//! | group size | 100 | smaller group / larger group |
//! | distance | 100 | falls linearly from 100 at 0 km to 0 at 4000 km (shorter trips are greener and cheaper) |
//! | partnership | 100 | the two towns have an active partnership |
//! | preferred town | 50 | the candidate's town is one the request prefers |
//! | reciprocity | 50 | 50 when it is the planned host's turn to host, 25 without history, 0 when it is the other side's turn |
//!
//! Hard filters, each counted when it excludes: the requester's own organisation; the
//! planned host cannot take the group (capacity); no availability period overlaps the
//! wanted dates in the needed mode (candidates that give no periods are kept, with no date
//! points); no overlapping ages; an ended partnership between the towns (unless asked);
//! a town without an active partnership when only partner towns are wanted.
//! Ties are broken by organisation id, oldest first.
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::{
    directory::types::{
        AgeRange, AvailabilityMode, DateRange, Direction, PartnershipKind, ThemeSet,
    },
    geo::{Coordinates, DistanceBand},
    reference::LANGUAGE_CODES,
};

pub const MAX_THEMES: i32 = 200;
pub const MAX_AGES: i32 = 150;
pub const MAX_LANGUAGES: i32 = 150;
pub const MAX_DATES: i32 = 100;
pub const MAX_GROUP_SIZE: i32 = 100;
pub const MAX_DISTANCE: i32 = 100;
pub const MAX_PARTNERSHIP: i32 = 100;
pub const MAX_PREFERRED_TOWN: i32 = 50;
pub const MAX_RECIPROCITY: i32 = 50;
/// Beyond this, a trip earns no distance points.
pub const DISTANCE_HORIZON_KM: f64 = 4000.0;

/// A set of ISO 639-1 languages as bits (183 codes fit in 192 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct LanguageSet([u64; 3]);

impl LanguageSet {
    pub fn from_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = Self::default();
        for code in codes {
            if let Ok(bit) = LANGUAGE_CODES.binary_search(&code) {
                set.0[bit / 64] |= 1 << (bit % 64);
            }
        }
        set
    }

    pub fn intersection(self, other: Self) -> Self {
        Self([
            self.0[0] & other.0[0],
            self.0[1] & other.0[1],
            self.0[2] & other.0[2],
        ])
    }

    pub fn is_empty(self) -> bool {
        self.0 == [0; 3]
    }

    pub fn codes(self) -> impl Iterator<Item = &'static str> {
        LANGUAGE_CODES
            .iter()
            .enumerate()
            .filter(move |(bit, _)| self.0[bit / 64] & (1 << (bit % 64)) != 0)
            .map(|(_, code)| *code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub dates: DateRange,
    pub mode: AvailabilityMode,
}

impl Period {
    fn allows(self, hosting: bool) -> bool {
        match self.mode {
            AvailabilityMode::Both => true,
            AvailabilityMode::Host => hosting,
            AvailabilityMode::Travel => !hosting,
        }
    }
}

/// An organisation as matching sees it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: Uuid,
    /// When the organisation was registered: among equal scores the older one comes first.
    pub created_at: DateTime<Utc>,
    pub town_id: Uuid,
    pub coordinates: Coordinates,
    pub ages: AgeRange,
    pub languages: LanguageSet,
    pub themes: ThemeSet,
    pub typical_group_size: Option<i32>,
    pub hosting_capacity: i32,
    pub host_places: i32,
    pub availability: Vec<Period>,
}

impl Candidate {
    /// The order of age: registration time, then id for organisations registered together.
    pub fn age_order(&self) -> (DateTime<Utc>, Uuid) {
        (self.created_at, self.id)
    }
}

/// What the requesting side wants: a partner request, or one derived from a profile.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub organisation_id: Uuid,
    pub town_id: Uuid,
    pub coordinates: Coordinates,
    pub direction: Direction,
    pub dates: DateRange,
    pub ages: AgeRange,
    pub group_size: i32,
    pub themes: ThemeSet,
    pub languages: LanguageSet,
    pub preferred_towns: Vec<Uuid>,
    pub only_partner_towns: bool,
    /// The requesting organisation's own hosting capacity, for when it would host.
    pub own_hosting_capacity: i32,
}

/// The partnership between the two towns, if any (the active one first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartnershipFact {
    pub kind: PartnershipKind,
    pub active: bool,
}

/// The last completed exchange between the two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerFact {
    /// True when the requesting side hosted that time.
    pub requester_hosted: bool,
    pub ended_on: NaiveDate,
    /// True when between the two organisations; false when only between their towns.
    pub between_organisations: bool,
}

/// Whose turn it is to host, and whether the plan follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    NoHistory,
    /// It is the planned host's turn.
    Follows,
    /// The planned host hosted last time.
    Against,
}

/// Why a candidate was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exclusion {
    OwnOrganisation,
    Capacity,
    Dates,
    Ages,
    EndedPartnership,
    NotAPartnerTown,
}

/// Every fact behind a score, and the points for each criterion. `Copy`: no allocation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Explanation {
    pub total: i32,
    pub candidate_hosts: bool,
    pub shared_themes: ThemeSet,
    pub theme_points: i32,
    pub age_overlap: i16,
    pub age_points: i32,
    pub shared_languages: LanguageSet,
    pub language_points: i32,
    /// Days of the wanted window inside the best matching period; None when the candidate
    /// gives no periods.
    pub overlap_days: Option<i64>,
    pub date_points: i32,
    pub group_size_points: i32,
    pub distance_km: f64,
    pub band: DistanceBand,
    pub distance_points: i32,
    pub partnership: Option<PartnershipFact>,
    pub partnership_points: i32,
    pub preferred_town: bool,
    pub preferred_town_points: i32,
    pub last_exchange: Option<LedgerFact>,
    pub turn: Turn,
    pub reciprocity_points: i32,
}

/// Options the caller chooses.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub include_ended_partnerships: bool,
}

fn share(part: i64, whole: i64, max: i32) -> i32 {
    if whole <= 0 {
        0
    } else {
        (i64::from(max) * part.clamp(0, whole) / whole) as i32
    }
}

/// Who could host, in order of preference (true: the candidate): fixed by the direction,
/// or for "either" whose turn it is first, then the other side. Only sides that can take
/// the group.
fn host_sides(
    wanted: &Wanted,
    candidate: &Candidate,
    last: Option<LedgerFact>,
) -> [Option<bool>; 2] {
    let candidate_can = candidate.hosting_capacity >= wanted.group_size;
    let requester_can = wanted.own_hosting_capacity > 0
        && candidate
            .typical_group_size
            .is_none_or(|size| wanted.own_hosting_capacity >= size);
    let able = |candidate_hosts: bool| {
        let can = if candidate_hosts {
            candidate_can
        } else {
            requester_can
        };
        can.then_some(candidate_hosts)
    };
    match wanted.direction {
        Direction::Visit => [able(true), None],
        Direction::Host => [able(false), None],
        Direction::Either => {
            // The requester hosted last: the candidate's turn, and the other way round.
            let candidate_first = last.is_none_or(|fact| fact.requester_hosted);
            [able(candidate_first), able(!candidate_first)]
        }
    }
}

/// Days of `wanted` inside the candidate's best period for that role; None when it gives no
/// periods, Some(0) when none fits.
fn overlap_days(wanted: &Wanted, candidate: &Candidate, candidate_hosts: bool) -> Option<i64> {
    if candidate.availability.is_empty() {
        return None;
    }
    Some(
        candidate
            .availability
            .iter()
            .filter(|period| period.allows(candidate_hosts))
            .map(|period| period.dates.overlap_days(wanted.dates))
            .max()
            .unwrap_or(0),
    )
}

/// Scores one candidate, or says which hard filter excluded it.
pub fn evaluate(
    wanted: &Wanted,
    candidate: &Candidate,
    partnership: Option<PartnershipFact>,
    last_exchange: Option<LedgerFact>,
    options: Options,
) -> Result<Explanation, Exclusion> {
    if candidate.id == wanted.organisation_id {
        return Err(Exclusion::OwnOrganisation);
    }
    let age_overlap = wanted.ages.overlap(candidate.ages);
    if age_overlap == 0 {
        return Err(Exclusion::Ages);
    }
    match partnership {
        Some(fact) if !fact.active && !options.include_ended_partnerships => {
            return Err(Exclusion::EndedPartnership);
        }
        _ => {}
    }
    let active_partnership = partnership.is_some_and(|fact| fact.active);
    if wanted.only_partner_towns && !active_partnership {
        return Err(Exclusion::NotAPartnerTown);
    }
    let sides = host_sides(wanted, candidate, last_exchange);
    if sides.iter().all(Option::is_none) {
        return Err(Exclusion::Capacity);
    }
    // The first side that can host and whose dates fit.
    let (candidate_hosts, overlap_days) = sides
        .into_iter()
        .flatten()
        .map(|hosts| (hosts, overlap_days(wanted, candidate, hosts)))
        .find(|(_, days)| days.is_none_or(|d| d > 0))
        .ok_or(Exclusion::Dates)?;

    let shared_themes = wanted.themes.intersection(candidate.themes);
    let theme_points = share(
        i64::from(shared_themes.len()),
        i64::from(wanted.themes.len()),
        MAX_THEMES,
    );
    let age_points = share(
        i64::from(age_overlap),
        i64::from(wanted.ages.span()),
        MAX_AGES,
    );
    let shared_languages = wanted.languages.intersection(candidate.languages);
    let language_points = if shared_languages.is_empty() {
        0
    } else {
        MAX_LANGUAGES
    };
    let date_points = overlap_days.map_or(0, |days| share(days, wanted.dates.days(), MAX_DATES));
    let group_size_points = candidate.typical_group_size.map_or(0, |size| {
        let (small, large) = (size.min(wanted.group_size), size.max(wanted.group_size));
        share(i64::from(small), i64::from(large), MAX_GROUP_SIZE)
    });
    let distance_km = wanted.coordinates.distance_km(candidate.coordinates);
    let distance_points = (f64::from(MAX_DISTANCE) * (1.0 - distance_km / DISTANCE_HORIZON_KM))
        .clamp(0.0, 100.0) as i32;
    let partnership_points = if active_partnership {
        MAX_PARTNERSHIP
    } else {
        0
    };
    let preferred_town = wanted.preferred_towns.contains(&candidate.town_id);
    let preferred_town_points = if preferred_town {
        MAX_PREFERRED_TOWN
    } else {
        0
    };
    let turn = match last_exchange {
        None => Turn::NoHistory,
        // The planned host's turn is when the other side hosted last time.
        Some(fact) if fact.requester_hosted == candidate_hosts => Turn::Follows,
        Some(_) => Turn::Against,
    };
    let reciprocity_points = match turn {
        Turn::Follows => MAX_RECIPROCITY,
        Turn::NoHistory => MAX_RECIPROCITY / 2,
        Turn::Against => 0,
    };
    let total = theme_points
        + age_points
        + language_points
        + date_points
        + group_size_points
        + distance_points
        + partnership_points
        + preferred_town_points
        + reciprocity_points;
    Ok(Explanation {
        total,
        candidate_hosts,
        shared_themes,
        theme_points,
        age_overlap,
        age_points,
        shared_languages,
        language_points,
        overlap_days,
        date_points,
        group_size_points,
        distance_km,
        band: DistanceBand::for_distance(crate::geo::whole_km(distance_km)),
        distance_points,
        partnership,
        partnership_points,
        preferred_town,
        preferred_town_points,
        last_exchange,
        turn,
        reciprocity_points,
    })
}

/// The one-criterion score the benchmark compares against: shared themes only.
pub fn theme_only(wanted: &Wanted, candidate: &Candidate) -> i32 {
    share(
        i64::from(wanted.themes.intersection(candidate.themes).len()),
        i64::from(wanted.themes.len()),
        MAX_THEMES,
    )
}

/// An explanation in words and plain values, as the API shows it and a round stores it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExplanationRecord {
    pub total: i32,
    pub candidate_hosts: bool,
    pub criteria: Vec<CriterionRecord>,
    pub shared_themes: Vec<String>,
    pub age_overlap_years: i16,
    pub shared_languages: Vec<String>,
    pub overlap_days: Option<i64>,
    /// Whole kilometres (records written before 2026-12 kept 0.1 km).
    pub distance_km: f64,
    pub distance_band: String,
    pub near_band_edge: bool,
    pub partnership: Option<PartnershipRecord>,
    pub preferred_town: bool,
    pub last_exchange: Option<LedgerRecord>,
    /// `no_history`, `follows` or `against`.
    pub turn: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CriterionRecord {
    pub criterion: String,
    pub points: i32,
    pub max_points: i32,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PartnershipRecord {
    pub kind: String,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LedgerRecord {
    pub requester_hosted: bool,
    pub ended_on: NaiveDate,
    pub between_organisations: bool,
}

fn join(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

impl Explanation {
    pub fn record(&self, wanted: &Wanted) -> ExplanationRecord {
        let themes: Vec<String> = self
            .shared_themes
            .iter()
            .map(|t| t.code().to_owned())
            .collect();
        let languages: Vec<String> = self.shared_languages.codes().map(str::to_owned).collect();
        let distance_km = crate::geo::whole_km(self.distance_km);
        let host = if self.candidate_hosts {
            "they host"
        } else {
            "you host"
        };
        let criterion = |criterion: &str, points, max_points, reason: String| CriterionRecord {
            criterion: criterion.to_owned(),
            points,
            max_points,
            reason,
        };
        let criteria = vec![
            criterion(
                "themes",
                self.theme_points,
                MAX_THEMES,
                format!(
                    "{} of {} wanted themes shared: {}",
                    self.shared_themes.len(),
                    wanted.themes.len(),
                    join(&themes)
                ),
            ),
            criterion(
                "ages",
                self.age_points,
                MAX_AGES,
                format!(
                    "{} of {} wanted ages served",
                    self.age_overlap,
                    wanted.ages.span()
                ),
            ),
            criterion(
                "languages",
                self.language_points,
                MAX_LANGUAGES,
                format!("shared working languages: {}", join(&languages)),
            ),
            criterion(
                "dates",
                self.date_points,
                MAX_DATES,
                match self.overlap_days {
                    Some(days) => format!(
                        "{days} of {} wanted days available ({host})",
                        wanted.dates.days()
                    ),
                    None => "no availability periods given".into(),
                },
            ),
            criterion(
                "group_size",
                self.group_size_points,
                MAX_GROUP_SIZE,
                format!("wanted group of {}", wanted.group_size),
            ),
            criterion(
                "distance",
                self.distance_points,
                MAX_DISTANCE,
                format!("{distance_km} km, Erasmus+ band {}", self.band.label()),
            ),
            criterion(
                "partnership",
                self.partnership_points,
                MAX_PARTNERSHIP,
                match self.partnership {
                    Some(fact) if fact.active => {
                        format!("active {} partnership between the towns", fact.kind.code())
                    }
                    Some(fact) => {
                        format!("ended {} partnership between the towns", fact.kind.code())
                    }
                    None => "no partnership between the towns".into(),
                },
            ),
            criterion(
                "preferred_town",
                self.preferred_town_points,
                MAX_PREFERRED_TOWN,
                if self.preferred_town {
                    "a preferred town".into()
                } else {
                    "not among the preferred towns".into()
                },
            ),
            criterion(
                "reciprocity",
                self.reciprocity_points,
                MAX_RECIPROCITY,
                match (self.last_exchange, self.turn) {
                    (None, _) => "no exchange between you yet".into(),
                    (Some(fact), turn) => format!(
                        "last exchange ended {}, when {} hosted; {}",
                        fact.ended_on,
                        if fact.requester_hosted { "you" } else { "they" },
                        if turn == Turn::Follows {
                            "it is the planned host's turn"
                        } else {
                            "the planned host hosted last time"
                        },
                    ),
                },
            ),
        ];
        ExplanationRecord {
            total: self.total,
            candidate_hosts: self.candidate_hosts,
            criteria,
            shared_themes: themes,
            age_overlap_years: self.age_overlap,
            shared_languages: languages,
            overlap_days: self.overlap_days,
            distance_km: f64::from(distance_km),
            distance_band: self.band.label().to_owned(),
            near_band_edge: crate::geo::near_band_edge(distance_km),
            partnership: self.partnership.map(|fact| PartnershipRecord {
                kind: fact.kind.code().to_owned(),
                active: fact.active,
            }),
            preferred_town: self.preferred_town,
            last_exchange: self.last_exchange.map(|fact| LedgerRecord {
                requester_hosted: fact.requester_hosted,
                ended_on: fact.ended_on,
                between_organisations: fact.between_organisations,
            }),
            turn: match self.turn {
                Turn::NoHistory => "no_history",
                Turn::Follows => "follows",
                Turn::Against => "against",
            }
            .to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::types::Theme;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(from: &str, to: &str) -> DateRange {
        DateRange {
            from: day(from),
            to: day(to),
        }
    }

    const JONKOPING: (f64, f64) = (57.7826, 14.1618);
    const KUOPIO: (f64, f64) = (62.8924, 27.6770);

    fn wanted() -> Wanted {
        Wanted {
            organisation_id: Uuid::from_u128(1),
            town_id: Uuid::from_u128(100),
            coordinates: Coordinates::from_stored(JONKOPING.0, JONKOPING.1),
            direction: Direction::Visit,
            dates: dates("2027-04-01", "2027-04-30"),
            ages: AgeRange { min: 14, max: 16 },
            group_size: 20,
            themes: ThemeSet::from_codes(["music", "sport"]),
            languages: LanguageSet::from_codes(["sv", "en"]),
            preferred_towns: vec![],
            only_partner_towns: false,
            own_hosting_capacity: 25,
        }
    }

    /// A perfect partner in Kuopio, unless changed.
    fn candidate() -> Candidate {
        Candidate {
            id: Uuid::from_u128(2),
            created_at: DateTime::UNIX_EPOCH,
            town_id: Uuid::from_u128(200),
            coordinates: Coordinates::from_stored(KUOPIO.0, KUOPIO.1),
            ages: AgeRange { min: 13, max: 18 },
            languages: LanguageSet::from_codes(["fi", "en"]),
            themes: ThemeSet::from_codes(["music", "sport", "arts"]),
            typical_group_size: Some(20),
            hosting_capacity: 30,
            host_places: 1,
            availability: vec![Period {
                dates: dates("2027-03-01", "2027-05-31"),
                mode: AvailabilityMode::Host,
            }],
        }
    }

    fn score(wanted: &Wanted, candidate: &Candidate) -> Result<Explanation, Exclusion> {
        evaluate(wanted, candidate, None, None, Options::default())
    }

    #[test]
    fn a_full_match_scores_every_criterion_and_explains_it() {
        let explanation = score(&wanted(), &candidate()).unwrap();
        assert!(explanation.candidate_hosts);
        assert_eq!(explanation.theme_points, MAX_THEMES);
        assert_eq!(explanation.age_points, MAX_AGES);
        assert_eq!(explanation.language_points, MAX_LANGUAGES);
        assert_eq!(explanation.date_points, MAX_DATES);
        assert_eq!(explanation.group_size_points, MAX_GROUP_SIZE);
        // Jönköping–Kuopio is about 925 km: 100 × (1 − 925/4000) ≈ 76.
        assert!((900.0..950.0).contains(&explanation.distance_km));
        assert_eq!(explanation.distance_points, 76);
        assert_eq!(explanation.band, DistanceBand::From500To1999);
        assert_eq!(explanation.partnership_points, 0);
        assert_eq!(explanation.reciprocity_points, MAX_RECIPROCITY / 2);
        assert_eq!(
            explanation.total,
            // No partnership and no preferred town: nothing for those two.
            200 + 150 + 150 + 100 + 100 + 76 + 25
        );
        let record = explanation.record(&wanted());
        assert_eq!(record.shared_themes, ["sport", "music"]);
        assert_eq!(record.shared_languages, ["en"]);
        assert_eq!(record.criteria.len(), 9);
        assert_eq!(
            record.criteria.iter().map(|c| c.points).sum::<i32>(),
            record.total
        );
        assert_eq!(
            record.criteria[0].reason,
            "2 of 2 wanted themes shared: sport, music"
        );
    }

    #[test]
    fn partial_criteria_score_in_proportion() {
        let mut c = candidate();
        c.themes = ThemeSet::from_codes(["music"]);
        c.ages = AgeRange { min: 16, max: 25 };
        c.languages = LanguageSet::from_codes(["fi"]);
        c.typical_group_size = Some(10);
        c.availability[0].dates = dates("2027-04-16", "2027-06-30");
        let e = score(&wanted(), &c).unwrap();
        assert_eq!(e.theme_points, 100, "1 of 2 themes");
        assert_eq!(e.age_points, 50, "1 of 3 ages");
        assert_eq!(e.language_points, 0, "no shared language");
        assert_eq!(e.date_points, 50, "15 of 30 days");
        assert_eq!(e.group_size_points, 50, "10 against 20");
        assert_eq!(e.overlap_days, Some(15));
    }

    #[test]
    fn hard_filters_are_explicit() {
        let w = wanted();
        let cases: Vec<(&str, Candidate, Exclusion)> = vec![
            (
                "own organisation",
                Candidate {
                    id: w.organisation_id,
                    ..candidate()
                },
                Exclusion::OwnOrganisation,
            ),
            (
                "too small to host",
                Candidate {
                    hosting_capacity: 19,
                    ..candidate()
                },
                Exclusion::Capacity,
            ),
            (
                "no overlapping ages",
                Candidate {
                    ages: AgeRange { min: 6, max: 9 },
                    ..candidate()
                },
                Exclusion::Ages,
            ),
            (
                "dates outside its periods",
                Candidate {
                    availability: vec![Period {
                        dates: dates("2027-09-01", "2027-10-01"),
                        mode: AvailabilityMode::Both,
                    }],
                    ..candidate()
                },
                Exclusion::Dates,
            ),
            (
                "hosts only when it travels",
                Candidate {
                    availability: vec![Period {
                        dates: dates("2027-04-01", "2027-04-30"),
                        mode: AvailabilityMode::Travel,
                    }],
                    ..candidate()
                },
                Exclusion::Dates,
            ),
        ];
        for (name, c, exclusion) in cases {
            assert_eq!(score(&w, &c).unwrap_err(), exclusion, "{name}");
        }
        // Without periods a candidate stays in, with no date points.
        let open = Candidate {
            availability: vec![],
            ..candidate()
        };
        let e = score(&w, &open).unwrap();
        assert_eq!((e.overlap_days, e.date_points), (None, 0));
    }

    #[test]
    fn partnerships_filter_and_score() {
        let w = wanted();
        let c = candidate();
        let active = PartnershipFact {
            kind: PartnershipKind::TwinTown,
            active: true,
        };
        let ended = PartnershipFact {
            kind: PartnershipKind::TwinTown,
            active: false,
        };
        let with = |fact, options| evaluate(&w, &c, fact, None, options);
        assert_eq!(
            with(Some(active), Options::default())
                .unwrap()
                .partnership_points,
            MAX_PARTNERSHIP
        );
        assert_eq!(
            with(Some(ended), Options::default()).unwrap_err(),
            Exclusion::EndedPartnership
        );
        let asked = Options {
            include_ended_partnerships: true,
        };
        assert_eq!(with(Some(ended), asked).unwrap().partnership_points, 0);
        let only = Wanted {
            only_partner_towns: true,
            ..wanted()
        };
        assert_eq!(
            evaluate(&only, &c, None, None, Options::default()).unwrap_err(),
            Exclusion::NotAPartnerTown
        );
        assert!(evaluate(&only, &c, Some(active), None, Options::default()).is_ok());
        let preferring = Wanted {
            preferred_towns: vec![c.town_id],
            ..wanted()
        };
        assert_eq!(
            score(&preferring, &c).unwrap().preferred_town_points,
            MAX_PREFERRED_TOWN
        );
    }

    #[test]
    fn reciprocity_prefers_the_side_whose_turn_it_is() {
        let c = candidate();
        let fact = |requester_hosted| LedgerFact {
            requester_hosted,
            ended_on: day("2025-05-01"),
            between_organisations: true,
        };
        // We visit them (they host). Last time we hosted: their turn.
        let w = wanted();
        let e = evaluate(&w, &c, None, Some(fact(true)), Options::default()).unwrap();
        assert_eq!(
            (e.turn, e.reciprocity_points),
            (Turn::Follows, MAX_RECIPROCITY)
        );
        let e = evaluate(&w, &c, None, Some(fact(false)), Options::default()).unwrap();
        assert_eq!((e.turn, e.reciprocity_points), (Turn::Against, 0));
        // Either way: the turn decides who hosts.
        let either = Wanted {
            direction: Direction::Either,
            ..wanted()
        };
        let both_ways = Candidate {
            availability: vec![Period {
                dates: dates("2027-04-01", "2027-04-30"),
                mode: AvailabilityMode::Both,
            }],
            ..candidate()
        };
        let e = evaluate(
            &either,
            &both_ways,
            None,
            Some(fact(false)),
            Options::default(),
        )
        .unwrap();
        assert!(!e.candidate_hosts, "they hosted last: we host");
        assert_eq!(e.turn, Turn::Follows);
        let e = evaluate(
            &either,
            &both_ways,
            None,
            Some(fact(true)),
            Options::default(),
        )
        .unwrap();
        assert!(e.candidate_hosts, "we hosted last: they host");
    }

    #[test]
    fn either_way_falls_back_to_the_side_whose_dates_fit() {
        let either = Wanted {
            direction: Direction::Either,
            ..wanted()
        };
        // No history: they would host first, but they can only travel in April.
        let travels = Candidate {
            availability: vec![Period {
                dates: dates("2027-04-01", "2027-04-30"),
                mode: AvailabilityMode::Travel,
            }],
            ..candidate()
        };
        let e = score(&either, &travels).unwrap();
        assert!(!e.candidate_hosts, "we host them instead");
        assert_eq!(e.overlap_days, Some(30));
        // Neither side fits the dates: excluded for dates, not capacity.
        let autumn = Candidate {
            availability: vec![Period {
                dates: dates("2027-09-01", "2027-09-30"),
                mode: AvailabilityMode::Both,
            }],
            ..candidate()
        };
        assert_eq!(score(&either, &autumn).unwrap_err(), Exclusion::Dates);
        // Nobody can take the group: capacity.
        let small = Wanted {
            own_hosting_capacity: 0,
            ..either.clone()
        };
        let tiny = Candidate {
            hosting_capacity: 5,
            ..candidate()
        };
        assert_eq!(score(&small, &tiny).unwrap_err(), Exclusion::Capacity);
    }

    #[test]
    fn distance_points_never_rise_with_distance() {
        let w = wanted();
        let mut last = i32::MAX;
        for step in 0..60 {
            let c = Candidate {
                coordinates: Coordinates::from_stored(
                    JONKOPING.0,
                    JONKOPING.1 + f64::from(step) * 0.5,
                ),
                ..candidate()
            };
            let e = score(&w, &c).unwrap();
            assert!(e.distance_points <= last);
            last = e.distance_points;
        }
        let far = Candidate {
            coordinates: Coordinates::from_stored(39.0842, 117.2009),
            ..candidate()
        };
        assert_eq!(
            score(&w, &far).unwrap().distance_points,
            0,
            "Tianjin is beyond the horizon"
        );
    }

    #[test]
    fn language_and_theme_sets() {
        let set = LanguageSet::from_codes(["zu", "aa", "sv", "xx"]);
        assert_eq!(set.codes().collect::<Vec<_>>(), ["aa", "sv", "zu"]);
        assert!(
            LanguageSet::from_codes(["sv"])
                .intersection(LanguageSet::from_codes(["en"]))
                .is_empty()
        );
        assert_eq!(theme_only(&wanted(), &candidate()), MAX_THEMES);
        assert_eq!(
            ThemeSet::from_codes(Theme::ALL.iter().map(|t| t.code())).len(),
            16
        );
    }
}
