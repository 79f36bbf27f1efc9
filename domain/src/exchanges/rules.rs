//! The life of an exchange, its risk level and the checklist before approval, as plain
//! functions.
use chrono::NaiveDate;

use crate::code_enum;

code_enum! {
    /// Where an exchange is in its life, from a teacher's draft to its end.
    pub enum ExchangeState {
        Draft = "draft",
        Submitted = "submitted",
        ChangesRequested = "changes_requested",
        Approved = "approved",
        OpenForRegistration = "open_for_registration",
        RegistrationClosed = "registration_closed",
        UnderWay = "under_way",
        Completed = "completed",
        Rejected = "rejected",
        Cancelled = "cancelled",
        /// Completed, and the teacher has filed the report after the trip.
        Reported = "reported",
    }
}

code_enum! {
    /// What someone asks to do with an exchange.
    pub enum Action {
        Submit = "submit",
        Approve = "approve",
        RequestChanges = "request_changes",
        Reject = "reject",
        OpenRegistration = "open_registration",
        CloseRegistration = "close_registration",
        Start = "start",
        Complete = "complete",
        Cancel = "cancel",
        /// Filing the report after a completed exchange.
        Report = "report",
        /// A change to dates, destination, venue, accommodation or activities after approval.
        Revise = "revise",
    }
}

code_enum! {
    /// How the acting person relates to the exchange (computed by the caller).
    pub enum Actor {
        /// A teacher or leader of the sending organisation, or the exchange's creator.
        Owner = "owner",
        /// The person who holds the current approval step, or their substitute.
        Approver = "approver",
        /// A coordinator of the exchange's municipality, or a global one.
        Coordinator = "coordinator",
        /// A global admin.
        Admin = "admin",
        Other = "other",
    }
}

/// Why a transition is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The action is not possible in the current state (the API says which state it is in).
    IllegalInState(ExchangeState),
    /// The action is possible, but not for this actor.
    NotAllowed,
}

/// The state an action leads to. `final_step` says whether an approval completes the chain
/// (only then does Approve move Submitted → Approved; an earlier step's approval keeps
/// Submitted). The state is checked first, then the actor.
pub fn transition(
    state: ExchangeState,
    action: Action,
    actor: Actor,
    final_step: bool,
) -> Result<ExchangeState, Refusal> {
    let target = target(state, action, final_step).ok_or(Refusal::IllegalInState(state))?;
    if may_act(action, actor) {
        Ok(target)
    } else {
        Err(Refusal::NotAllowed)
    }
}

/// Where an action leads from a state, whoever asks; `None` when it is not possible there.
fn target(state: ExchangeState, action: Action, final_step: bool) -> Option<ExchangeState> {
    use Action as A;
    use ExchangeState as S;
    match (action, state) {
        (A::Submit, S::Draft | S::ChangesRequested) => Some(S::Submitted),
        (A::Approve, S::Submitted) if final_step => Some(S::Approved),
        (A::Approve, S::Submitted) => Some(S::Submitted),
        (A::RequestChanges, S::Submitted) => Some(S::ChangesRequested),
        (A::Reject, S::Submitted) => Some(S::Rejected),
        (A::OpenRegistration, S::Approved) => Some(S::OpenForRegistration),
        (A::CloseRegistration, S::OpenForRegistration) => Some(S::RegistrationClosed),
        (A::Start, S::RegistrationClosed) => Some(S::UnderWay),
        (A::Complete, S::UnderWay) => Some(S::Completed),
        (A::Report, S::Completed) => Some(S::Reported),
        (
            A::Cancel,
            S::Draft
            | S::Submitted
            | S::ChangesRequested
            | S::Approved
            | S::OpenForRegistration
            | S::RegistrationClosed
            | S::UnderWay,
        ) => Some(S::Cancelled),
        (A::Revise, S::Approved | S::OpenForRegistration | S::RegistrationClosed) => {
            Some(S::Submitted)
        }
        _ => None,
    }
}

/// Who may take an action at all. Decisions on a submitted exchange belong to whoever holds
/// the approval step (a coordinator or admin who holds it acts as [`Actor::Approver`]); the
/// rest of the exchange's life is run by its owners, coordinators and admins.
pub fn may_act(action: Action, actor: Actor) -> bool {
    use Action as A;
    match action {
        A::Approve | A::RequestChanges | A::Reject => actor == Actor::Approver,
        A::Submit
        | A::OpenRegistration
        | A::CloseRegistration
        | A::Start
        | A::Complete
        | A::Cancel
        | A::Report
        | A::Revise => matches!(actor, Actor::Owner | Actor::Coordinator | Actor::Admin),
    }
}

/// Nothing more happens to the exchange.
pub fn is_final(state: ExchangeState) -> bool {
    use ExchangeState as S;
    matches!(state, S::Reported | S::Rejected | S::Cancelled)
}

/// The owners may edit the proposal freely.
pub fn is_editable_draft(state: ExchangeState) -> bool {
    matches!(
        state,
        ExchangeState::Draft | ExchangeState::ChangesRequested
    )
}

/// The approval chain has been completed (and not undone by a revision).
pub fn is_approved(state: ExchangeState) -> bool {
    use ExchangeState as S;
    matches!(
        state,
        S::Approved
            | S::OpenForRegistration
            | S::RegistrationClosed
            | S::UnderWay
            | S::Completed
            | S::Reported
    )
}

code_enum! {
    /// How much can go wrong, rising in declaration order.
    pub enum RiskLevel {
        LocalDayTrip = "local_day_trip",
        Overnight = "overnight",
        Abroad = "abroad",
        Adventurous = "adventurous",
    }
}

/// What the risk level depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFacts {
    /// ISO 3166-1 alpha-2 code of the sending organisation's country.
    pub home_country: String,
    /// ISO 3166-1 alpha-2 code of the destination's country.
    pub destination_country: String,
    pub nights: i64,
    /// Water, heights, wilderness and the like.
    pub adventurous_activities: bool,
}

/// Adventurous activities outweigh travel abroad, which outweighs nights away. Country codes
/// are compared trimmed and ignoring case; an unknown (empty) destination counts as abroad.
pub fn risk_level(facts: &RiskFacts) -> RiskLevel {
    let same_country = facts
        .home_country
        .trim()
        .eq_ignore_ascii_case(facts.destination_country.trim());
    if facts.adventurous_activities {
        RiskLevel::Adventurous
    } else if !same_country {
        RiskLevel::Abroad
    } else if facts.nights > 0 {
        RiskLevel::Overnight
    } else {
        RiskLevel::LocalDayTrip
    }
}

/// The numbers and facts the checklist looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistFacts {
    pub risk: RiskLevel,
    pub participants: i32,
    pub leaders: i32,
    pub insurance_confirmed: bool,
    pub risk_assessment: String,
    pub budget_cents: Option<i64>,
    pub consent_plan: String,
    pub green_travel: bool,
    pub registration_deadline: Option<NaiveDate>,
    pub start_date: NaiveDate,
    pub funding: FundingVerdict,
}

/// What the rules of the programmes an exchange applies to say of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FundingVerdict {
    /// No application with an action is on record for the exchange.
    NotAssessed,
    Eligible,
    /// Which application breaks which rules, for example "KA152-YOU 2025: duration".
    Ineligible(String),
}

/// How many adults a group needs. Configurable per municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeaderRules {
    /// At most this many young people per adult leader.
    pub youth_per_adult: i32,
    /// At least this many adult leaders on a trip abroad (or a riskier one).
    pub min_adults_abroad: i32,
}

impl Default for LeaderRules {
    fn default() -> Self {
        Self {
            youth_per_adult: 10,
            min_adults_abroad: 2,
        }
    }
}

code_enum! {
    /// Whether a failing checklist item blocks the final approval.
    pub enum Severity {
        Hard = "hard",
        Soft = "soft",
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub code: &'static str,
    pub passed: bool,
    pub severity: Severity,
    /// In English: what is wrong, or what holds, with the numbers.
    pub message: String,
}

/// Written plans (risk assessment, consent plan) need at least this many non-blank characters.
pub const MIN_TEXT_CHARS: usize = 20;
/// Registration should close at least this many days before the start.
pub const MIN_DEADLINE_DAYS: i64 = 14;

/// Every item, in a fixed order, passed or not.
/// The checklist's items, by code, in the order `checklist` lists them.
pub const CHECKLIST: [&str; 8] = [
    "leader_ratio",
    "insurance",
    "risk_assessment",
    "budget",
    "consent_plan",
    "registration_deadline",
    "green_travel",
    "funding_eligibility",
];

pub fn checklist(facts: &ChecklistFacts, rules: LeaderRules) -> Vec<ChecklistItem> {
    vec![
        leader_ratio(facts, rules),
        item(
            "insurance",
            facts.insurance_confirmed,
            Severity::Hard,
            if facts.insurance_confirmed {
                "insurance is confirmed".to_owned()
            } else {
                "insurance is not confirmed".to_owned()
            },
        ),
        written_plan(
            "risk_assessment",
            "written risk assessment",
            &facts.risk_assessment,
            if facts.risk >= RiskLevel::Overnight {
                Severity::Hard
            } else {
                Severity::Soft
            },
        ),
        budget(facts.budget_cents),
        written_plan(
            "consent_plan",
            "consent plan",
            &facts.consent_plan,
            Severity::Hard,
        ),
        registration_deadline(facts.registration_deadline, facts.start_date),
        item(
            "green_travel",
            facts.green_travel,
            Severity::Soft,
            if facts.green_travel {
                "green travel is chosen".to_owned()
            } else {
                "green travel is not chosen".to_owned()
            },
        ),
        funding_eligibility(&facts.funding),
    ]
}

/// The checklist facts `cloneExchange` does not copy: the insurance of one trip does not cover
/// another, and registration closes relative to the new dates.
pub const NOT_CLONED: [&str; 2] = ["insurance", "registration_deadline"];

/// Of [`NOT_CLONED`], the checklist items a draft cloned from another exchange still lacks.
pub fn not_carried_over(
    cloned: bool,
    insurance_confirmed: bool,
    deadline_set: bool,
) -> Vec<&'static str> {
    if !cloned {
        return Vec::new();
    }
    NOT_CLONED
        .into_iter()
        .zip([insurance_confirmed, deadline_set])
        .filter(|(_, entered)| !entered)
        .map(|(code, _)| code)
        .collect()
}

/// The codes of the failing items that block approval.
pub fn failing_hard_items(items: &[ChecklistItem]) -> Vec<&'static str> {
    items
        .iter()
        .filter(|item| !item.passed && item.severity == Severity::Hard)
        .map(|item| item.code)
        .collect()
}

fn item(code: &'static str, passed: bool, severity: Severity, message: String) -> ChecklistItem {
    ChecklistItem {
        code,
        passed,
        severity,
        message,
    }
}

/// "1 leader", "3 leaders".
fn count(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn leader_ratio(facts: &ChecklistFacts, rules: LeaderRules) -> ChecklistItem {
    let code = "leader_ratio";
    let participants = i64::from(facts.participants);
    let leaders = i64::from(facts.leaders);
    if participants <= 0 {
        return item(
            code,
            false,
            Severity::Hard,
            format!("{participants} young people: at least 1 participant needed"),
        );
    }
    // A misconfigured ratio of zero or less is read as one adult per young person.
    let per_adult = i64::from(rules.youth_per_adult).max(1);
    // Both are positive and far below i64::MAX, so this cannot overflow.
    let by_ratio = (participants + per_adult - 1) / per_adult;
    let abroad = facts.risk >= RiskLevel::Abroad;
    let min_abroad = i64::from(rules.min_adults_abroad);
    let needed = if abroad {
        by_ratio.max(min_abroad)
    } else {
        by_ratio
    }
    .max(1);
    let abroad_note = if abroad {
        format!(", at least {min_abroad} abroad")
    } else {
        String::new()
    };
    item(
        code,
        leaders >= needed,
        Severity::Hard,
        format!(
            "{} for {}: at least {needed} needed (1 per {per_adult}{abroad_note})",
            count(leaders, "leader", "leaders"),
            count(participants, "young person", "young people"),
        ),
    )
}

fn written_plan(code: &'static str, name: &str, text: &str, severity: Severity) -> ChecklistItem {
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let passed = chars >= MIN_TEXT_CHARS;
    let message = if chars == 0 {
        format!("no {name}: at least {MIN_TEXT_CHARS} characters needed")
    } else if passed {
        format!("{name} has {chars} characters (at least {MIN_TEXT_CHARS} needed)")
    } else {
        format!("{name} has {chars} characters: at least {MIN_TEXT_CHARS} needed")
    };
    item(code, passed, severity, message)
}

/// An amount in cents as units with two decimals, e.g. "-1.50".
fn amount(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn budget(cents: Option<i64>) -> ChecklistItem {
    let (passed, message) = match cents {
        None => (false, "no budget given".to_owned()),
        Some(c) if c < 0 => (false, format!("budget of {} is negative", amount(c))),
        Some(c) => (true, format!("budget of {} given", amount(c))),
    };
    item("budget", passed, Severity::Hard, message)
}

fn registration_deadline(deadline: Option<NaiveDate>, start: NaiveDate) -> ChecklistItem {
    let code = "registration_deadline";
    let Some(deadline) = deadline else {
        return item(
            code,
            false,
            Severity::Soft,
            "no registration deadline set".to_owned(),
        );
    };
    // NaiveDate spans about half a million years, so the difference always fits.
    let days = (start - deadline).num_days();
    let message = if days >= 0 {
        format!(
            "registration closes {} before the start: at least {MIN_DEADLINE_DAYS} needed",
            count(days, "day", "days")
        )
    } else {
        format!(
            "registration closes {} after the start: at least {MIN_DEADLINE_DAYS} days before needed",
            count(-days, "day", "days")
        )
    };
    item(code, days >= MIN_DEADLINE_DAYS, Severity::Soft, message)
}

fn funding_eligibility(verdict: &FundingVerdict) -> ChecklistItem {
    let code = "funding_eligibility";
    match verdict {
        FundingVerdict::NotAssessed => item(
            code,
            true,
            Severity::Soft,
            "funding eligibility not assessed yet".to_owned(),
        ),
        FundingVerdict::Eligible => item(
            code,
            true,
            Severity::Hard,
            "eligible for the funding applied for".to_owned(),
        ),
        FundingVerdict::Ineligible(reasons) => item(
            code,
            false,
            Severity::Hard,
            format!("not eligible for the funding applied for ({reasons})"),
        ),
    }
}

/// Why an exchange may not start or be completed yet: it starts on its start date and is
/// completed from its return date on. None when the dates allow the action (or it has none).
pub fn too_early(
    action: Action,
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
) -> Option<&'static str> {
    match action {
        Action::Start if today < start => Some("before_start_date"),
        Action::Complete if today < end => Some("before_return_date"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use Action::*;
    use Actor::*;
    use ExchangeState::*;

    /// Which approvals a row covers: any, or only a final / an earlier step.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Step {
        Any,
        Final,
        Earlier,
    }

    /// Every possible (state, action), and where it leads. Anything not here is illegal.
    #[rustfmt::skip]
    const ALLOWED: &[(ExchangeState, Action, Step, ExchangeState)] = &[
        (Draft,               Submit,            Step::Any,     Submitted),
        (ChangesRequested,    Submit,            Step::Any,     Submitted),
        (Submitted,           Approve,           Step::Final,   Approved),
        (Submitted,           Approve,           Step::Earlier, Submitted),
        (Submitted,           RequestChanges,    Step::Any,     ChangesRequested),
        (Submitted,           Reject,            Step::Any,     Rejected),
        (Approved,            OpenRegistration,  Step::Any,     OpenForRegistration),
        (OpenForRegistration, CloseRegistration, Step::Any,     RegistrationClosed),
        (RegistrationClosed,  Start,             Step::Any,     UnderWay),
        (UnderWay,            Complete,          Step::Any,     Completed),
        (Completed,           Report,            Step::Any,     Reported),
        (Draft,               Cancel,            Step::Any,     Cancelled),
        (Submitted,           Cancel,            Step::Any,     Cancelled),
        (ChangesRequested,    Cancel,            Step::Any,     Cancelled),
        (Approved,            Cancel,            Step::Any,     Cancelled),
        (OpenForRegistration, Cancel,            Step::Any,     Cancelled),
        (RegistrationClosed,  Cancel,            Step::Any,     Cancelled),
        (UnderWay,            Cancel,            Step::Any,     Cancelled),
        (Approved,            Revise,            Step::Any,     Submitted),
        (OpenForRegistration, Revise,            Step::Any,     Submitted),
        (RegistrationClosed,  Revise,            Step::Any,     Submitted),
    ];

    const RUNNERS: &[Actor] = &[Owner, Coordinator, Admin];
    const APPROVER: &[Actor] = &[Approver];

    /// Who may take each action where it is possible.
    #[rustfmt::skip]
    const ACTORS: &[(Action, &[Actor])] = &[
        (Submit,            RUNNERS),
        (Approve,           APPROVER),
        (RequestChanges,    APPROVER),
        (Reject,            APPROVER),
        (OpenRegistration,  RUNNERS),
        (CloseRegistration, RUNNERS),
        (Start,             RUNNERS),
        (Complete,          RUNNERS),
        (Cancel,            RUNNERS),
        (Report,            RUNNERS),
        (Revise,            RUNNERS),
    ];

    fn expected(
        state: ExchangeState,
        action: Action,
        actor: Actor,
        final_step: bool,
    ) -> Result<ExchangeState, Refusal> {
        let rows: Vec<_> = ALLOWED
            .iter()
            .filter(|(s, a, step, _)| {
                *s == state
                    && *a == action
                    && match step {
                        Step::Any => true,
                        Step::Final => final_step,
                        Step::Earlier => !final_step,
                    }
            })
            .collect();
        assert!(
            rows.len() <= 1,
            "overlapping rows for {state:?} / {action:?}"
        );
        let Some((_, _, _, target)) = rows.first() else {
            return Err(Refusal::IllegalInState(state));
        };
        let actors: Vec<_> = ACTORS.iter().filter(|(a, _)| *a == action).collect();
        assert_eq!(actors.len(), 1, "one actor row for {action:?}");
        if actors[0].1.contains(&actor) {
            Ok(*target)
        } else {
            Err(Refusal::NotAllowed)
        }
    }

    #[test]
    fn state_action_actor_table() {
        assert_eq!(ExchangeState::ALL.len(), 11);
        assert_eq!(Action::ALL.len(), 11);
        assert_eq!(Actor::ALL.len(), 5);
        let (mut checked, mut moved, mut not_allowed, mut illegal) = (0, 0, 0, 0);
        for &state in ExchangeState::ALL {
            for &action in Action::ALL {
                let steps: &[bool] = if action == Approve {
                    &[false, true]
                } else {
                    &[false]
                };
                for &final_step in steps {
                    for &actor in Actor::ALL {
                        let got = transition(state, action, actor, final_step);
                        assert_eq!(
                            got,
                            expected(state, action, actor, final_step),
                            "{state:?} / {action:?} / {actor:?} / final step {final_step}"
                        );
                        checked += 1;
                        match got {
                            Ok(_) => moved += 1,
                            Err(Refusal::NotAllowed) => not_allowed += 1,
                            Err(Refusal::IllegalInState(s)) => {
                                assert_eq!(s, state);
                                illegal += 1;
                            }
                        }
                    }
                }
            }
        }
        // 11 states × (10 actions + Approve twice) × 5 actors.
        assert_eq!(checked, 11 * 11 * 5 + 11 * 5);
        assert_eq!((moved, not_allowed, illegal), (55, 50, 555));
    }

    #[test]
    fn final_step_matters_only_for_approve() {
        for &state in ExchangeState::ALL {
            for &action in Action::ALL.iter().filter(|a| **a != Approve) {
                for &actor in Actor::ALL {
                    assert_eq!(
                        transition(state, action, actor, true),
                        transition(state, action, actor, false),
                        "{state:?} / {action:?} / {actor:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn state_is_checked_before_actor() {
        assert_eq!(
            transition(Completed, Approve, Other, true),
            Err(Refusal::IllegalInState(Completed))
        );
        assert_eq!(
            transition(Submitted, Approve, Owner, true),
            Err(Refusal::NotAllowed)
        );
        assert_eq!(
            transition(Draft, Approve, Approver, true),
            Err(Refusal::IllegalInState(Draft))
        );
    }

    #[test]
    fn state_groups() {
        #[rustfmt::skip]
        let table = [
            // state,              final, editable, approved
            (Draft,               false, true,  false),
            (Submitted,           false, false, false),
            (ChangesRequested,    false, true,  false),
            (Approved,            false, false, true),
            (OpenForRegistration, false, false, true),
            (RegistrationClosed,  false, false, true),
            (UnderWay,            false, false, true),
            (Completed,           false, false, true),
            (Reported,            true,  false, true),
            (Rejected,            true,  false, false),
            (Cancelled,           true,  false, false),
        ];
        assert_eq!(table.len(), ExchangeState::ALL.len());
        for (state, fin, editable, approved) in table {
            assert_eq!(is_final(state), fin, "{state:?} final");
            assert_eq!(is_editable_draft(state), editable, "{state:?} editable");
            assert_eq!(is_approved(state), approved, "{state:?} approved");
        }
        // Nothing leaves a final state.
        for &state in ExchangeState::ALL.iter().filter(|s| is_final(**s)) {
            for &action in Action::ALL {
                for &actor in Actor::ALL {
                    assert_eq!(
                        transition(state, action, actor, true),
                        Err(Refusal::IllegalInState(state))
                    );
                }
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for s in ExchangeState::ALL {
            assert_eq!(ExchangeState::from_code(s.code()), Some(*s));
        }
        for a in Action::ALL {
            assert_eq!(Action::from_code(a.code()), Some(*a));
        }
        for a in Actor::ALL {
            assert_eq!(Actor::from_code(a.code()), Some(*a));
        }
        for r in RiskLevel::ALL {
            assert_eq!(RiskLevel::from_code(r.code()), Some(*r));
        }
        for s in Severity::ALL {
            assert_eq!(Severity::from_code(s.code()), Some(*s));
        }
        assert_eq!(
            ExchangeState::OpenForRegistration.code(),
            "open_for_registration"
        );
        assert_eq!(Action::from_code("approved"), None);
    }

    #[test]
    fn risk_levels() {
        use RiskLevel::*;
        assert!(LocalDayTrip < Overnight && Overnight < Abroad && Abroad < Adventurous);
        #[rustfmt::skip]
        let cases = [
            // home, destination, nights, adventurous, expected
            ("SE", "SE",  0, false, LocalDayTrip),
            ("SE", "SE", -3, false, LocalDayTrip),
            ("SE", "SE",  1, false, Overnight),
            ("SE", " se", 2, false, Overnight),
            ("SE", "FI",  0, false, Abroad),
            ("SE", "DE",  5, false, Abroad),
            ("SE", "",    0, false, Abroad),
            ("SE", "SE",  0, true,  Adventurous),
            ("SE", "NO",  4, true,  Adventurous),
        ];
        for (home, destination, nights, adventurous, expected) in cases {
            let facts = RiskFacts {
                home_country: home.into(),
                destination_country: destination.into(),
                nights,
                adventurous_activities: adventurous,
            };
            assert_eq!(risk_level(&facts), expected, "{facts:?}");
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A local day trip that passes every item.
    fn good() -> ChecklistFacts {
        ChecklistFacts {
            risk: RiskLevel::LocalDayTrip,
            participants: 20,
            leaders: 2,
            insurance_confirmed: true,
            risk_assessment: "Bus with seat belts, leaders carry first aid kits.".into(),
            budget_cents: Some(1_250_000),
            consent_plan: "Guardians sign a paper form collected a week before.".into(),
            green_travel: true,
            registration_deadline: Some(day("2027-04-01")),
            start_date: day("2027-05-01"),
            funding: FundingVerdict::Eligible,
        }
    }

    fn find<'a>(items: &'a [ChecklistItem], code: &str) -> &'a ChecklistItem {
        items.iter().find(|i| i.code == code).unwrap()
    }

    #[test]
    fn checklist_order_and_all_passing() {
        let items = checklist(&good(), LeaderRules::default());
        let codes: Vec<_> = items.iter().map(|i| i.code).collect();
        assert_eq!(codes, CHECKLIST);
        assert!(items.iter().all(|i| i.passed), "{items:#?}");
        assert!(failing_hard_items(&items).is_empty());
        assert_eq!(
            find(&items, "leader_ratio").message,
            "2 leaders for 20 young people: at least 2 needed (1 per 10)"
        );
    }

    #[test]
    fn each_item_failing_alone() {
        type Spoil = fn(&mut ChecklistFacts);
        #[rustfmt::skip]
        let cases: [(&str, Severity, Spoil); 8] = [
            ("leader_ratio",          Severity::Hard, |f| f.leaders = 1),
            ("insurance",             Severity::Hard, |f| f.insurance_confirmed = false),
            ("risk_assessment",       Severity::Soft, |f| f.risk_assessment = "short".into()),
            ("budget",                Severity::Hard, |f| f.budget_cents = None),
            ("consent_plan",          Severity::Hard, |f| f.consent_plan = String::new()),
            ("registration_deadline", Severity::Soft, |f| f.registration_deadline = None),
            ("green_travel",          Severity::Soft, |f| f.green_travel = false),
            ("funding_eligibility",   Severity::Hard, |f| f.funding = FundingVerdict::Ineligible("KA152-YOU 2025: duration".into())),
        ];
        for (code, severity, spoil) in cases {
            let mut facts = good();
            spoil(&mut facts);
            let items = checklist(&facts, LeaderRules::default());
            assert_eq!(items.len(), 8);
            let failing: Vec<_> = items.iter().filter(|i| !i.passed).collect();
            assert_eq!(failing.len(), 1, "{code}: {failing:#?}");
            assert_eq!((failing[0].code, failing[0].severity), (code, severity));
            let hard = failing_hard_items(&items);
            if severity == Severity::Hard {
                assert_eq!(hard, [code]);
            } else {
                assert!(hard.is_empty(), "{code}");
            }
        }
    }

    #[test]
    fn leader_ratio_boundaries() {
        use RiskLevel::*;
        #[rustfmt::skip]
        let cases = [
            // risk, participants, leaders, passes, message
            (LocalDayTrip, 10, 1, true,  "1 leader for 10 young people: at least 1 needed (1 per 10)"),
            (LocalDayTrip, 20, 2, true,  "2 leaders for 20 young people: at least 2 needed (1 per 10)"),
            (LocalDayTrip, 21, 2, false, "2 leaders for 21 young people: at least 3 needed (1 per 10)"),
            (Overnight,    25, 2, false, "2 leaders for 25 young people: at least 3 needed (1 per 10)"),
            (LocalDayTrip,  1, 1, true,  "1 leader for 1 young person: at least 1 needed (1 per 10)"),
            (LocalDayTrip,  5, 0, false, "0 leaders for 5 young people: at least 1 needed (1 per 10)"),
            (LocalDayTrip,  5, -2, false, "-2 leaders for 5 young people: at least 1 needed (1 per 10)"),
            (Abroad,        5, 1, false, "1 leader for 5 young people: at least 2 needed (1 per 10, at least 2 abroad)"),
            (Abroad,        5, 2, true,  "2 leaders for 5 young people: at least 2 needed (1 per 10, at least 2 abroad)"),
            (Adventurous,   5, 1, false, "1 leader for 5 young people: at least 2 needed (1 per 10, at least 2 abroad)"),
            (Abroad,       30, 2, false, "2 leaders for 30 young people: at least 3 needed (1 per 10, at least 2 abroad)"),
            (LocalDayTrip,  0, 2, false, "0 young people: at least 1 participant needed"),
            (Abroad,       -4, 2, false, "-4 young people: at least 1 participant needed"),
        ];
        for (risk, participants, leaders, passes, message) in cases {
            let facts = ChecklistFacts {
                risk,
                participants,
                leaders,
                ..good()
            };
            let items = checklist(&facts, LeaderRules::default());
            let item = find(&items, "leader_ratio");
            assert_eq!(
                (item.passed, item.message.as_str(), item.severity),
                (passes, message, Severity::Hard),
                "{risk:?} {participants} {leaders}"
            );
        }
    }

    #[test]
    fn leader_rules_are_configurable() {
        let facts = ChecklistFacts {
            risk: RiskLevel::Abroad,
            participants: 12,
            leaders: 2,
            ..good()
        };
        let strict = LeaderRules {
            youth_per_adult: 5,
            min_adults_abroad: 3,
        };
        let item = checklist(&facts, strict).remove(0);
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "2 leaders for 12 young people: at least 3 needed (1 per 5, at least 3 abroad)"
        );
        // Nonsense configuration neither panics nor lets a group go without a leader.
        for rules in [
            LeaderRules {
                youth_per_adult: 0,
                min_adults_abroad: 0,
            },
            LeaderRules {
                youth_per_adult: -7,
                min_adults_abroad: -1,
            },
        ] {
            let item = checklist(&facts, rules).remove(0);
            assert!(!item.passed, "{rules:?}: {}", item.message);
            let alone = ChecklistFacts {
                participants: 1,
                leaders: 0,
                ..facts.clone()
            };
            assert!(!checklist(&alone, rules).remove(0).passed);
        }
    }

    #[test]
    fn written_plans() {
        use RiskLevel::*;
        let twenty = "abcde fghij\tklmno\npqrst";
        let nineteen = "abcde fghij klmno pqrs";
        #[rustfmt::skip]
        let cases = [
            // risk, text, passes, severity
            (LocalDayTrip, twenty,        true,  Severity::Soft),
            (LocalDayTrip, nineteen,      false, Severity::Soft),
            (Overnight,    nineteen,      false, Severity::Hard),
            (Overnight,    twenty,        true,  Severity::Hard),
            (Abroad,       "   \n\t   ", false, Severity::Hard),
            (Adventurous,  "",            false, Severity::Hard),
        ];
        for (risk, text, passes, severity) in cases {
            let facts = ChecklistFacts {
                risk,
                risk_assessment: text.into(),
                consent_plan: text.into(),
                ..good()
            };
            let items = checklist(&facts, LeaderRules::default());
            let assessment = find(&items, "risk_assessment");
            assert_eq!(
                (assessment.passed, assessment.severity),
                (passes, severity),
                "{risk:?} {text:?}"
            );
            let consent = find(&items, "consent_plan");
            assert_eq!(
                (consent.passed, consent.severity),
                (passes, Severity::Hard),
                "{text:?}"
            );
        }
        let facts = ChecklistFacts {
            risk_assessment: "  \n ".into(),
            consent_plan: nineteen.into(),
            ..good()
        };
        let items = checklist(&facts, LeaderRules::default());
        assert_eq!(
            find(&items, "risk_assessment").message,
            "no written risk assessment: at least 20 characters needed"
        );
        assert_eq!(
            find(&items, "consent_plan").message,
            "consent plan has 19 characters: at least 20 needed"
        );
        assert_eq!(
            find(&checklist(&good(), LeaderRules::default()), "consent_plan").message,
            "consent plan has 44 characters (at least 20 needed)"
        );
    }

    #[test]
    fn budgets() {
        #[rustfmt::skip]
        let cases = [
            (None,           false, "no budget given"),
            (Some(-1),       false, "budget of -0.01 is negative"),
            (Some(-150),     false, "budget of -1.50 is negative"),
            (Some(0),        true,  "budget of 0.00 given"),
            (Some(1_250_000), true, "budget of 12500.00 given"),
            (Some(i64::MIN), false, "budget of -92233720368547758.08 is negative"),
            (Some(i64::MAX), true,  "budget of 92233720368547758.07 given"),
        ];
        for (cents, passes, message) in cases {
            let facts = ChecklistFacts {
                budget_cents: cents,
                ..good()
            };
            let items = checklist(&facts, LeaderRules::default());
            let item = find(&items, "budget");
            assert_eq!(
                (item.passed, item.message.as_str(), item.severity),
                (passes, message, Severity::Hard)
            );
        }
    }

    #[test]
    fn registration_deadlines() {
        let start = day("2027-05-01");
        #[rustfmt::skip]
        let cases = [
            (Some("2027-04-17"), true,  "registration closes 14 days before the start: at least 14 needed"),
            (Some("2027-04-18"), false, "registration closes 13 days before the start: at least 14 needed"),
            (Some("2027-01-01"), true,  "registration closes 120 days before the start: at least 14 needed"),
            (Some("2027-05-01"), false, "registration closes 0 days before the start: at least 14 needed"),
            (Some("2027-05-02"), false, "registration closes 1 day after the start: at least 14 days before needed"),
            (None,               false, "no registration deadline set"),
        ];
        for (deadline, passes, message) in cases {
            let facts = ChecklistFacts {
                registration_deadline: deadline.map(day),
                start_date: start,
                ..good()
            };
            let items = checklist(&facts, LeaderRules::default());
            let item = find(&items, "registration_deadline");
            assert_eq!(
                (item.passed, item.message.as_str(), item.severity),
                (passes, message, Severity::Soft)
            );
        }
    }

    #[test]
    fn funding() {
        #[rustfmt::skip]
        let cases = [
            (FundingVerdict::NotAssessed, true,  Severity::Soft, "funding eligibility not assessed yet"),
            (FundingVerdict::Eligible,    true,  Severity::Hard, "eligible for the funding applied for"),
            (
                FundingVerdict::Ineligible("KA152-YOU 2025: duration".into()),
                false, Severity::Hard,
                "not eligible for the funding applied for (KA152-YOU 2025: duration)",
            ),
        ];
        for (verdict, passes, severity, message) in cases {
            let facts = ChecklistFacts {
                funding: verdict,
                ..good()
            };
            let items = checklist(&facts, LeaderRules::default());
            let item = find(&items, "funding_eligibility");
            assert_eq!(
                (item.passed, item.severity, item.message.as_str()),
                (passes, severity, message)
            );
        }
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        let extremes = [i32::MIN, -1, 0, 1, i32::MAX];
        for participants in extremes {
            for leaders in extremes {
                for youth_per_adult in extremes {
                    for min_adults_abroad in extremes {
                        for risk in RiskLevel::ALL {
                            let facts = ChecklistFacts {
                                risk: *risk,
                                participants,
                                leaders,
                                budget_cents: Some(i64::MIN),
                                registration_deadline: Some(NaiveDate::MIN),
                                start_date: NaiveDate::MAX,
                                ..good()
                            };
                            let rules = LeaderRules {
                                youth_per_adult,
                                min_adults_abroad,
                            };
                            let items = checklist(&facts, rules);
                            assert_eq!(items.len(), 8);
                        }
                    }
                }
            }
        }
        // The biggest group with the fewest leaders per head still gets an honest answer.
        let facts = ChecklistFacts {
            participants: i32::MAX,
            leaders: i32::MAX,
            ..good()
        };
        let rules = LeaderRules {
            youth_per_adult: 1,
            min_adults_abroad: i32::MAX,
        };
        assert!(checklist(&facts, rules)[0].passed);
        let facts = ChecklistFacts {
            leaders: i32::MAX - 1,
            ..facts
        };
        assert!(!checklist(&facts, rules)[0].passed);
        // A deadline after the start, as far apart as dates go.
        let facts = ChecklistFacts {
            registration_deadline: Some(NaiveDate::MAX),
            start_date: NaiveDate::MIN,
            ..good()
        };
        assert!(
            !find(
                &checklist(&facts, LeaderRules::default()),
                "registration_deadline"
            )
            .passed
        );
    }

    #[test]
    fn failing_hard_items_keeps_order_and_skips_soft() {
        let facts = ChecklistFacts {
            risk: RiskLevel::LocalDayTrip,
            participants: 30,
            leaders: 1,
            insurance_confirmed: false,
            risk_assessment: String::new(),
            budget_cents: Some(-5),
            consent_plan: " ".into(),
            green_travel: false,
            registration_deadline: None,
            start_date: day("2027-05-01"),
            funding: FundingVerdict::NotAssessed,
        };
        let items = checklist(&facts, LeaderRules::default());
        assert_eq!(
            failing_hard_items(&items),
            ["leader_ratio", "insurance", "budget", "consent_plan"]
        );
        let abroad = ChecklistFacts {
            risk: RiskLevel::Abroad,
            funding: FundingVerdict::Ineligible("KA210 2025: lump_sum".into()),
            ..facts
        };
        assert_eq!(
            failing_hard_items(&checklist(&abroad, LeaderRules::default())),
            [
                "leader_ratio",
                "insurance",
                "risk_assessment",
                "budget",
                "consent_plan",
                "funding_eligibility",
            ]
        );
        assert!(failing_hard_items(&[]).is_empty());
    }

    #[test]
    fn an_exchange_starts_on_its_start_date_and_completes_from_its_return_date() {
        let date = |d: &str| d.parse::<NaiveDate>().unwrap();
        let (start, end) = (date("2027-04-10"), date("2027-04-14"));
        let cases = [
            (Action::Start, "2027-01-10", Some("before_start_date")),
            (Action::Start, "2027-04-09", Some("before_start_date")),
            (Action::Start, "2027-04-10", None),
            (Action::Start, "2027-04-20", None),
            (Action::Complete, "2027-04-10", Some("before_return_date")),
            (Action::Complete, "2027-04-13", Some("before_return_date")),
            (Action::Complete, "2027-04-14", None),
            (Action::Complete, "2027-05-01", None),
            (Action::OpenRegistration, "2027-01-10", None),
            (Action::CloseRegistration, "2027-01-10", None),
            (Action::Cancel, "2027-01-10", None),
        ];
        for (action, today, expected) in cases {
            assert_eq!(
                too_early(action, start, end, date(today)),
                expected,
                "{action:?} on {today}"
            );
        }
    }
}
