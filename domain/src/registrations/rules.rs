//! The rules of registration as plain functions: ages, who may register whom, whose consent
//! confirms a place, and the lottery.
use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use rand::{SeedableRng, seq::SliceRandom};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use serde::{Deserialize, Serialize};

use crate::{code_enum, exchanges::rules::RiskLevel, i18n::ArgValue, types::Locale};

code_enum! {
    /// Where a registration stands.
    pub enum RegistrationState {
        /// Holds a place; waits for the guardians' consent.
        PendingConsent = "pending_consent",
        Confirmed = "confirmed",
        /// No place (yet); served in order, or awaiting the lottery's draw.
        WaitingList = "waiting_list",
        /// A place that came free is held for them until the offer expires.
        Offered = "offered",
        Withdrawn = "withdrawn",
        Cancelled = "cancelled",
    }
}

impl RegistrationState {
    /// The states that hold one of the exchange's places.
    pub fn holds_place(self) -> bool {
        matches!(self, Self::PendingConsent | Self::Confirmed | Self::Offered)
    }

    pub fn has_ended(self) -> bool {
        matches!(self, Self::Withdrawn | Self::Cancelled)
    }
}

code_enum! {
    /// Whose consent confirms a participant under 18.
    pub enum ConsentRule {
        OneGuardian = "one_guardian",
        /// Every guardian on record; a guardian with sole custody decides alone
        /// (Föräldrabalken 6 kap. 13 §: guardians with joint custody decide together).
        EveryGuardian = "every_guardian",
    }
}

code_enum! {
    /// How places are given out.
    pub enum Selection {
        FirstCome = "first_come",
        /// Drawn at the registration deadline, with priorities.
        Lottery = "lottery",
    }
}

code_enum! {
    /// Who may register.
    pub enum Membership {
        /// Members of the sending or a partner organisation.
        Members = "members",
        /// Any young person in the directory.
        Open = "open",
    }
}

code_enum! {
    pub enum Custody {
        Joint = "joint",
        Sole = "sole",
    }
}

code_enum! {
    /// Recorded only when the young person or family gives it; counted in the follow-up
    /// figures, never shown elsewhere.
    pub enum Gender {
        Female = "female",
        Male = "male",
        Other = "other",
    }
}

/// From this age a participant consents for themselves.
pub const AGE_OF_CONSENT: i32 = 18;
/// Below this age a guardian or teacher registers the child.
pub const SELF_REGISTRATION_AGE: i32 = 13;

/// Age in whole years on `day`.
pub fn age_on(date_of_birth: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - date_of_birth.year();
    if (day.month(), day.day()) < (date_of_birth.month(), date_of_birth.day()) {
        age -= 1;
    }
    age
}

/// Who is registering the young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registrant {
    Themselves,
    Guardian,
    Teacher,
}

/// Whether `registrant` may register someone who is `age` at the start date; the refusal's
/// code when not.
pub fn may_register(registrant: Registrant, age: i32) -> Result<(), &'static str> {
    match registrant {
        Registrant::Themselves if age < SELF_REGISTRATION_AGE => {
            Err("under_13_registered_by_an_adult")
        }
        Registrant::Guardian | Registrant::Teacher if age >= AGE_OF_CONSENT => {
            Err("adult_registers_themselves")
        }
        _ => Ok(()),
    }
}

/// Participants under 18 at departure need their guardians' consent.
pub fn needs_guardian_consent(age_at_departure: i32) -> bool {
    age_at_departure < AGE_OF_CONSENT
}

/// The default: every guardian for anything beyond a local day trip.
pub fn default_consent_rule(risk: RiskLevel) -> ConsentRule {
    match risk {
        RiskLevel::LocalDayTrip => ConsentRule::OneGuardian,
        _ => ConsentRule::EveryGuardian,
    }
}

/// Whether the guardians who consented (`consented`) meet `rule`, given everyone on record.
pub fn consent_met(
    rule: ConsentRule,
    guardians: &[(Uuid, Custody)],
    consented: &HashSet<Uuid>,
) -> bool {
    if guardians.is_empty() {
        return false;
    }
    match rule {
        ConsentRule::OneGuardian => guardians.iter().any(|(id, _)| consented.contains(id)),
        ConsentRule::EveryGuardian => {
            let sole: Vec<&Uuid> = guardians
                .iter()
                .filter(|(_, custody)| *custody == Custody::Sole)
                .map(|(id, _)| id)
                .collect();
            if sole.is_empty() {
                guardians.iter().all(|(id, _)| consented.contains(id))
            } else {
                sole.iter().all(|id| consented.contains(id))
            }
        }
    }
}

/// One person in a lottery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub registration_id: Uuid,
    pub fewer_opportunities: bool,
    pub first_time: bool,
}

code_enum! {
    /// Priority groups, drawn in this order.
    pub enum Priority {
        FewerOpportunities = "fewer_opportunities",
        FirstTime = "first_time",
        None = "none",
    }
}

impl Candidate {
    pub fn priority(&self) -> Priority {
        if self.fewer_opportunities {
            Priority::FewerOpportunities
        } else if self.first_time {
            Priority::FirstTime
        } else {
            Priority::None
        }
    }
}

/// Why the selection put a registration where it did. Kept with the registration as data,
/// so each reader gets it in their own words (`text`), and as the English sentence the
/// API and the audit trail have always had (`english`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    AwaitingDraw,
    FirstComePlace,
    FirstComeWaiting,
    Lottery {
        /// As text: a seed is a full 64-bit number, more than JSON numbers carry exactly.
        seed: String,
        /// A [`Priority`] code.
        priority: String,
        /// 1 for the first drawn.
        rank: i32,
        total: usize,
        /// None for a place.
        waiting_position: Option<usize>,
    },
}

impl Outcome {
    /// In words that stay true: the seed, the priority group and the rank.
    pub fn english(&self) -> String {
        match self {
            Self::AwaitingDraw => "awaiting the lottery draw at the registration deadline".into(),
            Self::FirstComePlace => "first come, first served: a place was free".into(),
            Self::FirstComeWaiting => {
                "first come, first served: no place free; waiting list".into()
            }
            Self::Lottery {
                seed,
                priority,
                rank,
                total,
                waiting_position,
            } => {
                let outcome = match waiting_position {
                    None => "place".to_owned(),
                    Some(position) => format!("waiting list position {position}"),
                };
                format!(
                    "lottery with seed {seed}: priority {priority}, drawn {rank} of {total}; {outcome}"
                )
            }
        }
    }

    /// In `locale`'s words.
    pub fn text(&self, locale: Locale) -> String {
        match self {
            Self::Lottery {
                seed,
                priority,
                rank,
                total,
                waiting_position,
            } => crate::i18n::text_with(
                locale,
                "registration-outcome-lottery",
                &[
                    ("seed", seed.clone().into()),
                    ("priority", priority.clone().into()),
                    ("rank", (*rank).into()),
                    ("total", (*total as i64).into()),
                    ("place", waiting_position.is_none().fluent()),
                    ("position", waiting_position.unwrap_or(0).fluent()),
                ],
            ),
            other => crate::i18n::text_with(
                locale,
                "registration-outcome",
                &[("kind", other.kind().into())],
            ),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::AwaitingDraw => "awaiting_draw",
            Self::FirstComePlace => "first_come_place",
            Self::FirstComeWaiting => "first_come_waiting",
            Self::Lottery { .. } => "lottery",
        }
    }

    /// As kept with the registration.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("an outcome is plain data")
    }

    /// The outcome kept with a registration, if it has one (those from before have only
    /// the English sentence).
    pub fn stored(value: Option<&serde_json::Value>) -> Option<Outcome> {
        value.and_then(|value| serde_json::from_value(value.clone()).ok())
    }
}

/// One person's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub registration_id: Uuid,
    /// 1 for the first drawn.
    pub rank: i32,
    pub priority: Priority,
    pub place: bool,
    pub outcome: Outcome,
}

/// Draws the order: young people with fewer opportunities first, then first-timers, then
/// everyone else, each group shuffled by a ChaCha8 generator from `seed`. The candidates are
/// sorted by id first, so the same seed and the same people always give the same order,
/// whatever order they are passed in. The first `places` get a place.
pub fn draw(seed: i64, candidates: &[Candidate], places: usize) -> Vec<Drawn> {
    let mut pool = candidates.to_vec();
    pool.sort_by_key(|c| c.registration_id);
    pool.shuffle(&mut ChaCha8Rng::seed_from_u64(seed as u64));
    // A stable sort keeps the shuffled order within each group.
    pool.sort_by_key(|c| c.priority());
    let total = pool.len();
    pool.iter()
        .enumerate()
        .map(|(index, candidate)| {
            let rank = index as i32 + 1;
            let place = index < places;
            Drawn {
                registration_id: candidate.registration_id,
                rank,
                priority: candidate.priority(),
                place,
                outcome: Outcome::Lottery {
                    seed: seed.to_string(),
                    priority: candidate.priority().code().to_owned(),
                    rank,
                    total,
                    waiting_position: (!place).then(|| index + 1 - places),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn ages_count_whole_years_up_to_the_birthday() {
        let cases = [
            ("2010-06-15", "2026-06-14", 15),
            ("2010-06-15", "2026-06-15", 16),
            ("2008-02-29", "2026-02-28", 17),
            ("2008-02-29", "2026-03-01", 18),
            ("2013-12-31", "2026-12-31", 13),
        ];
        for (born, on, age) in cases {
            assert_eq!(age_on(day(born), day(on)), age, "{born} on {on}");
        }
    }

    #[test]
    fn who_registers_whom_by_age() {
        use Registrant::*;
        let cases = [
            (Themselves, 12, Err("under_13_registered_by_an_adult")),
            (Themselves, 13, Ok(())),
            (Themselves, 18, Ok(())),
            (Guardian, 12, Ok(())),
            (Teacher, 17, Ok(())),
            (Guardian, 18, Err("adult_registers_themselves")),
            (Teacher, 19, Err("adult_registers_themselves")),
        ];
        for (registrant, age, expected) in cases {
            assert_eq!(
                may_register(registrant, age),
                expected,
                "{registrant:?} {age}"
            );
        }
        assert!(needs_guardian_consent(17));
        assert!(!needs_guardian_consent(18));
    }

    #[test]
    fn overnight_and_abroad_need_every_guardian_by_default() {
        assert_eq!(
            default_consent_rule(RiskLevel::LocalDayTrip),
            ConsentRule::OneGuardian
        );
        for risk in [
            RiskLevel::Overnight,
            RiskLevel::Abroad,
            RiskLevel::Adventurous,
        ] {
            assert_eq!(default_consent_rule(risk), ConsentRule::EveryGuardian);
        }
    }

    #[test]
    fn consent_rules_as_a_table() {
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let joint = [(a, Custody::Joint), (b, Custody::Joint)];
        let sole_a = [(a, Custody::Sole), (c, Custody::Joint)];
        let set = |ids: &[Uuid]| ids.iter().copied().collect::<HashSet<_>>();
        use ConsentRule::*;
        type Case<'a> = (ConsentRule, &'a [(Uuid, Custody)], HashSet<Uuid>, bool);
        let cases: [Case; 10] = [
            (OneGuardian, &joint, set(&[]), false),
            (OneGuardian, &joint, set(&[b]), true),
            (EveryGuardian, &joint, set(&[a]), false),
            (EveryGuardian, &joint, set(&[a, b]), true),
            // A guardian with sole custody decides alone; the other's consent is not enough.
            (EveryGuardian, &sole_a, set(&[a]), true),
            (EveryGuardian, &sole_a, set(&[c]), false),
            // Nobody on record: nobody can consent.
            (OneGuardian, &[], set(&[a]), false),
            (EveryGuardian, &[], set(&[a]), false),
            // A stranger's consent counts for nothing.
            (OneGuardian, &joint, set(&[c]), false),
            (EveryGuardian, &joint, set(&[a, c]), false),
        ];
        for (rule, guardians, consented, met) in cases {
            assert_eq!(
                consent_met(rule, guardians, &consented),
                met,
                "{rule:?} {guardians:?} {consented:?}"
            );
        }
    }

    fn candidates(n: u128) -> Vec<Candidate> {
        (1..=n)
            .map(|i| Candidate {
                registration_id: Uuid::from_u128(i),
                fewer_opportunities: i % 5 == 0,
                first_time: i % 3 == 0,
            })
            .collect()
    }

    #[test]
    fn the_same_seed_draws_the_same_order_whatever_the_input_order() {
        let people = candidates(30);
        let mut reversed = people.clone();
        reversed.reverse();
        let first = draw(42, &people, 10);
        assert_eq!(first, draw(42, &reversed, 10));
        assert_ne!(
            first.iter().map(|d| d.registration_id).collect::<Vec<_>>(),
            draw(43, &people, 10)
                .iter()
                .map(|d| d.registration_id)
                .collect::<Vec<_>>(),
            "another seed draws another order"
        );
    }

    #[test]
    fn priorities_come_first_and_places_go_to_the_first_drawn() {
        let drawn = draw(7, &candidates(30), 10);
        assert_eq!(drawn.len(), 30);
        assert_eq!(drawn.iter().filter(|d| d.place).count(), 10);
        let priorities: Vec<Priority> = drawn.iter().map(|d| d.priority).collect();
        let mut sorted = priorities.clone();
        sorted.sort();
        assert_eq!(priorities, sorted, "fewer opportunities, then first-timers");
        // 6 with fewer opportunities, then 8 first-timers: all 6 get a place.
        assert!(
            drawn
                .iter()
                .filter(|d| d.priority == Priority::FewerOpportunities)
                .all(|d| d.place)
        );
        assert_eq!(
            drawn.iter().map(|d| d.rank).collect::<Vec<_>>(),
            (1..=30).collect::<Vec<_>>()
        );
        assert!(drawn[0].outcome.english().contains("seed 7"));
        assert!(
            drawn[10]
                .outcome
                .english()
                .ends_with("waiting list position 1")
        );
        assert!(
            drawn[29]
                .outcome
                .english()
                .ends_with("waiting list position 20")
        );
    }

    #[test]
    fn fewer_candidates_than_places_all_get_one() {
        let drawn = draw(1, &candidates(3), 10);
        assert!(drawn.iter().all(|d| d.place));
    }
}
