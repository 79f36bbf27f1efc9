//! Whether a planned exchange meets the rules of the action it applies for (FUNDING.md).
//! Each violation names the input fields it concerns so that a form can point at them.
use std::collections::{BTreeMap, BTreeSet};

use super::rates::{ErasmusStatus, FundingAction, RateTable};

#[derive(Debug, Clone, PartialEq)]
pub struct EligibilityGroup {
    pub country: String,
    pub participants: u32,
    pub leaders: u32,
    /// Youngest and oldest, planned range or actual.
    pub participant_ages: (u32, u32),
    /// None = not known yet.
    pub leader_min_age: Option<u32>,
    pub all_fewer_opportunities: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EligibilityInput {
    pub action: FundingAction,
    pub call_year: i32,
    pub activity_days: u32,
    pub travel_days: u32,
    pub project_months: Option<u32>,
    pub venue_country: String,
    pub groups: Vec<EligibilityGroup>,
    /// Countries of the organisations that take part without a group of their own here
    /// (a partner whose group is not known yet, a KA210 partner).
    pub partner_countries: Vec<String>,
    pub lump_sum_cents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub code: &'static str,
    pub fields: Vec<String>,
    pub message: String,
}

/// Every rule the input breaks; empty when it is eligible.
pub fn check(input: &EligibilityInput, table: &RateTable) -> Vec<Violation> {
    let mut checker = Checker {
        input,
        table,
        // Country rules need the call year's country list; without it only "no_rate_table" is said.
        countries_known: table
            .countries
            .iter()
            .any(|row| row.call_year == input.call_year),
        has_table: table.has_year(input.action, input.call_year),
        violations: Vec::new(),
    };
    if checker.has_table && !checker.countries_known {
        checker.push(
            "no_country_list",
            vec!["callYear".to_owned()],
            format!(
                "call {} has rates but no list of eligible countries yet",
                input.call_year
            ),
        );
    }
    if !checker.has_table {
        checker.push(
            "no_rate_table",
            vec!["callYear".to_owned()],
            format!(
                "the rate table has no rates for {} in call {}",
                input.action.code(),
                input.call_year
            ),
        );
    }
    match input.action {
        FundingAction::Ka152You => checker.youth_exchange(),
        FundingAction::Ka122Sch | FundingAction::Ka121Sch => checker.school_mobility(),
        FundingAction::Ka210 => checker.partnership(),
        FundingAction::NordplusJuniorClass => checker.nordplus_class(),
    }
    checker.violations
}

struct Checker<'a> {
    input: &'a EligibilityInput,
    table: &'a RateTable,
    countries_known: bool,
    has_table: bool,
    violations: Vec<Violation>,
}

fn normalise(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

fn group_field(i: usize, name: &str) -> String {
    format!("groups[{i}].{name}")
}

impl<'a> Checker<'a> {
    fn push(&mut self, code: &'static str, fields: Vec<String>, message: String) {
        self.violations.push(Violation {
            code,
            fields,
            message,
        });
    }

    fn total_participants(&self) -> u64 {
        self.input
            .groups
            .iter()
            .map(|group| u64::from(group.participants))
            .sum()
    }

    /// Every group's participants field, or "groups" when there are none.
    fn participant_fields(&self) -> Vec<String> {
        if self.input.groups.is_empty() {
            return vec!["groups".to_owned()];
        }
        (0..self.input.groups.len())
            .map(|i| group_field(i, "participants"))
            .collect()
    }

    fn erasmus_status(&self, code: &str) -> ErasmusStatus {
        self.table
            .country(self.input.call_year, code)
            .map_or(ErasmusStatus::NotEligible, |row| row.erasmus)
    }

    /// Every country named in the input, with the field that names it: the groups', the
    /// venue's and the partners'.
    fn places(&self) -> Vec<(String, &'a String)> {
        let input: &'a EligibilityInput = self.input;
        input
            .groups
            .iter()
            .enumerate()
            .map(|(i, group)| (group_field(i, "country"), &group.country))
            .chain(std::iter::once((
                "venueCountry".to_owned(),
                &input.venue_country,
            )))
            .chain(
                input
                    .partner_countries
                    .iter()
                    .enumerate()
                    .map(|(i, country)| (format!("partnerCountries[{i}]"), country)),
            )
            .collect()
    }

    /// The groups', the venue's and each partner's country must pass `allowed`.
    fn venue_and_partners(&mut self, allowed: impl Fn(ErasmusStatus) -> bool, what: &str) {
        if !self.countries_known {
            return;
        }
        let input = self.input;
        let places = self.places();
        for (field, country) in places {
            if !allowed(self.erasmus_status(country)) {
                let code = normalise(country);
                self.push(
                    "ineligible_country",
                    vec![field],
                    format!(
                        "{code} is not {what} in call {} of {}",
                        input.call_year,
                        input.action.code()
                    ),
                );
            }
        }
    }

    /// Distinct countries of the organisations taking part: the groups' and the partners'.
    /// The venue alone does not count: a group abroad with nobody from there is one country.
    fn countries_involved(&self) -> BTreeSet<String> {
        let input = self.input;
        input
            .groups
            .iter()
            .map(|group| &group.country)
            .chain(&input.partner_countries)
            .map(|code| normalise(code))
            .filter(|code| !code.is_empty())
            .collect()
    }

    fn at_least_two_countries(&mut self) {
        if self.countries_involved().len() >= 2 {
            return;
        }
        let mut fields: Vec<String> = (0..self.input.groups.len())
            .map(|i| group_field(i, "country"))
            .collect();
        fields.push("partnerCountries".to_owned());
        self.push(
            "countries",
            fields,
            "at least two countries must take part".to_owned(),
        );
    }

    fn duration(&mut self, days: u32, range: std::ops::RangeInclusive<u32>, fields: &[&str]) {
        if !range.contains(&days) {
            self.push(
                "duration",
                fields.iter().map(|field| (*field).to_owned()).collect(),
                format!(
                    "{days} days: the activity must last {}–{} days",
                    range.start(),
                    range.end()
                ),
            );
        }
    }

    fn project_months(&mut self, range: std::ops::RangeInclusive<u32>, required: bool) {
        let message = match self.input.project_months {
            Some(months) if !range.contains(&months) => format!(
                "{months} months: the project must last {}–{} months",
                range.start(),
                range.end()
            ),
            None if required => format!(
                "the project length is missing: it must be {}–{} months",
                range.start(),
                range.end()
            ),
            _ => return,
        };
        self.push(
            "project_duration",
            vec!["projectMonths".to_owned()],
            message,
        );
    }

    /// The groups by country (a national group may come from several organisations): the
    /// country, its participants, its leaders and the indexes of its groups.
    fn national_groups(&self) -> BTreeMap<String, (u64, u64, Vec<usize>)> {
        let mut national: BTreeMap<String, (u64, u64, Vec<usize>)> = BTreeMap::new();
        for (i, group) in self.input.groups.iter().enumerate() {
            let entry = national.entry(normalise(&group.country)).or_default();
            entry.0 += u64::from(group.participants);
            entry.1 += u64::from(group.leaders);
            entry.2.push(i);
        }
        national
    }

    fn fields_of(indexes: &[usize], name: &str) -> Vec<String> {
        indexes.iter().map(|i| group_field(*i, name)).collect()
    }

    fn youth_exchange(&mut self) {
        let input = self.input;
        for (i, group) in input.groups.iter().enumerate() {
            let (youngest, oldest) = group.participant_ages;
            if group.participants > 0 && (youngest < 13 || oldest > 30 || youngest > oldest) {
                self.push(
                    "participant_age",
                    vec![group_field(i, "participantAges")],
                    format!("ages {youngest}–{oldest}: participants must be aged 13–30"),
                );
            }
            if let Some(age) = group.leader_min_age.filter(|age| *age < 18) {
                self.push(
                    "leader_age",
                    vec![group_field(i, "leaderMinAge")],
                    format!("a leader aged {age}: group leaders must be at least 18"),
                );
            }
        }
        for (country, (participants, leaders, indexes)) in self.national_groups() {
            if leaders == 0 {
                self.push(
                    "leaders_per_group",
                    Self::fields_of(&indexes, "leaders"),
                    format!("the group from {country} needs at least one group leader"),
                );
            }
            if participants < 4 {
                self.push(
                    "participants_per_group",
                    Self::fields_of(&indexes, "participants"),
                    format!(
                        "{participants} participants from {country}: each national group needs \
                         at least 4"
                    ),
                );
            }
        }

        let all_fewer_opportunities = !input.groups.is_empty()
            && input
                .groups
                .iter()
                .all(|group| group.all_fewer_opportunities);
        let minimum = if all_fewer_opportunities { 10 } else { 16 };
        let total = self.total_participants();
        // Partners whose groups are not counted here would add to the total, so only the
        // maximum can be judged while there are any.
        let others_unknown = !input.partner_countries.is_empty();
        if total > 60 || (total < minimum && !others_unknown) {
            self.push(
                "group_size",
                self.participant_fields(),
                format!(
                    "{total} participants in total (leaders not counted): {minimum}–60 are needed"
                ),
            );
        }
        // Partners count: an exchange lists its partners before their groups are known.
        self.at_least_two_countries();
        self.duration(input.activity_days, 5..=21, &["activityDays"]);
        self.project_months(3..=24, false);
        self.venue_and_partners(
            |status| {
                matches!(
                    status,
                    ErasmusStatus::ProgrammeCountry | ErasmusStatus::NeighbouringRegion
                )
            },
            "an Erasmus+ programme country or neighbouring region",
        );
    }

    fn school_mobility(&mut self) {
        let input = self.input;
        self.duration(input.activity_days, 2..=30, &["activityDays"]);
        let pupils = self.total_participants();
        if pupils < 2 {
            self.push(
                "group_size",
                self.participant_fields(),
                format!("{pupils} pupils: group mobility needs at least 2"),
            );
        }
        for (i, group) in input.groups.iter().enumerate() {
            if group.leaders == 0 {
                self.push(
                    "accompanying_persons",
                    vec![group_field(i, "leaders")],
                    "each group needs at least one accompanying person for the whole stay"
                        .to_owned(),
                );
            }
        }
        self.venue_and_partners(
            |status| status == ErasmusStatus::ProgrammeCountry,
            "an Erasmus+ programme country",
        );
        // Accompanying persons do not count towards the limit of a short-term project.
        if input.action == FundingAction::Ka122Sch && pupils > 30 {
            self.push(
                "participants_limit",
                self.participant_fields(),
                format!("{pupils} participants: a short-term project has at most 30"),
            );
        }
    }

    fn partnership(&mut self) {
        let input = self.input;
        if self.has_table {
            let allowed = self.table.lump_sums(input.action, input.call_year);
            let listed = allowed
                .iter()
                .map(|cents| {
                    crate::format::money(
                        crate::types::Locale::En,
                        &crate::money::Money::euro(*cents),
                    )
                })
                .collect::<Vec<_>>()
                .join(" or ");
            let message = match input.lump_sum_cents {
                Some(cents) if allowed.contains(&cents) => None,
                Some(_) => Some(format!("the lump sum must be exactly {listed}")),
                None => Some(format!("the lump sum is missing: choose {listed}")),
            };
            if let Some(message) = message {
                self.push("lump_sum", vec!["lumpSumCents".to_owned()], message);
            }
        }
        self.project_months(6..=24, true);
        if self.countries_known {
            // Every organisation counts, whether it sends a group or not.
            let organisations: Vec<&String> = input
                .groups
                .iter()
                .map(|group| &group.country)
                .chain(&input.partner_countries)
                .collect();
            let programme: BTreeSet<String> = organisations
                .iter()
                .filter(|code| self.erasmus_status(code) == ErasmusStatus::ProgrammeCountry)
                .map(|code| normalise(code))
                .collect();
            if organisations.len() < 2 || programme.len() < 2 {
                self.push(
                    "countries",
                    vec!["partnerCountries".to_owned()],
                    "at least 2 organisations from 2 different Erasmus+ programme countries are needed"
                        .to_owned(),
                );
            }
        }
    }

    fn nordplus_class(&mut self) {
        let input = self.input;
        if self.countries_known {
            let places = self.places();
            for (field, country) in places {
                let area = self
                    .table
                    .country(input.call_year, country)
                    .and_then(|row| row.nordplus);
                if area.is_none() {
                    self.push(
                        "ineligible_country",
                        vec![field],
                        format!("{} is not a Nordplus country", normalise(country)),
                    );
                }
            }
        }
        self.at_least_two_countries();

        for (country, (pupils, teachers, indexes)) in self.national_groups() {
            if pupils > 30 {
                self.push(
                    "participants_per_country",
                    Self::fields_of(&indexes, "participants"),
                    format!("{pupils} pupils from {country}: at most 30 per country"),
                );
            }
            // At most 2 teachers per 10 pupils, per country, rounded up: 1–5 pupils allow 1.
            let allowed = (pupils * 2).div_ceil(10);
            if teachers > allowed {
                self.push(
                    "teacher_ratio",
                    Self::fields_of(&indexes, "leaders"),
                    format!(
                        "{teachers} accompanying teachers for {pupils} pupils from {country}: \
                         at most {allowed}"
                    ),
                );
            }
        }
        let days = input.activity_days.saturating_add(input.travel_days);
        self.duration(days, 7..=21, &["activityDays", "travelDays"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::funding::rates::seed;

    fn group(country: &str, participants: u32, leaders: u32) -> EligibilityGroup {
        EligibilityGroup {
            country: country.to_owned(),
            participants,
            leaders,
            participant_ages: (14, 17),
            leader_min_age: Some(25),
            all_fewer_opportunities: false,
        }
    }

    fn youth_exchange() -> EligibilityInput {
        EligibilityInput {
            action: FundingAction::Ka152You,
            call_year: 2025,
            activity_days: 8,
            travel_days: 2,
            project_months: Some(12),
            venue_country: "FR".to_owned(),
            groups: vec![group("SE", 8, 2), group("FR", 8, 2)],
            partner_countries: Vec::new(),
            lump_sum_cents: None,
        }
    }

    fn school_mobility(action: FundingAction) -> EligibilityInput {
        EligibilityInput {
            action,
            call_year: 2025,
            activity_days: 10,
            travel_days: 2,
            project_months: None,
            venue_country: "DE".to_owned(),
            groups: vec![group("SE", 14, 2)],
            partner_countries: vec!["DE".to_owned()],
            lump_sum_cents: None,
        }
    }

    fn partnership() -> EligibilityInput {
        EligibilityInput {
            action: FundingAction::Ka210,
            call_year: 2025,
            activity_days: 0,
            travel_days: 0,
            project_months: Some(18),
            venue_country: String::new(),
            groups: Vec::new(),
            partner_countries: vec!["SE".to_owned(), "FI".to_owned()],
            lump_sum_cents: Some(3_000_000),
        }
    }

    fn nordplus_class() -> EligibilityInput {
        EligibilityInput {
            action: FundingAction::NordplusJuniorClass,
            call_year: 2025,
            activity_days: 8,
            travel_days: 2,
            project_months: None,
            venue_country: "IS".to_owned(),
            groups: vec![group("SE", 20, 4)],
            partner_countries: vec!["IS".to_owned()],
            lump_sum_cents: None,
        }
    }

    /// (name, input, expected (code, fields)).
    type Case = (
        &'static str,
        EligibilityInput,
        Vec<(&'static str, Vec<&'static str>)>,
    );

    fn with(
        base: EligibilityInput,
        change: impl FnOnce(&mut EligibilityInput),
    ) -> EligibilityInput {
        let mut input = base;
        change(&mut input);
        input
    }

    fn run(cases: Vec<Case>) {
        let table = seed();
        for (name, input, expected) in cases {
            let got: Vec<(&str, Vec<String>)> = check(&input, &table)
                .into_iter()
                .map(|violation| (violation.code, violation.fields))
                .collect();
            let expected: Vec<(&str, Vec<String>)> = expected
                .into_iter()
                .map(|(code, fields)| (code, fields.into_iter().map(str::to_owned).collect()))
                .collect();
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn youth_exchanges() {
        let base = youth_exchange;
        run(vec![
            ("valid", base(), vec![]),
            (
                "15 participants are too few",
                with(base(), |i| i.groups[1].participants = 7),
                vec![(
                    "group_size",
                    vec!["groups[0].participants", "groups[1].participants"],
                )],
            ),
            (
                "16 participants are enough",
                with(base(), |i| {
                    i.groups[0].participants = 12;
                    i.groups[1].participants = 4;
                }),
                vec![],
            ),
            (
                "10 participants when all have fewer opportunities",
                with(base(), |i| {
                    i.groups[0].participants = 5;
                    i.groups[1].participants = 5;
                    for group in &mut i.groups {
                        group.all_fewer_opportunities = true;
                    }
                }),
                vec![],
            ),
            (
                "61 participants are too many",
                with(base(), |i| i.groups[0].participants = 53),
                vec![(
                    "group_size",
                    vec!["groups[0].participants", "groups[1].participants"],
                )],
            ),
            (
                "4 days are too short",
                with(base(), |i| i.activity_days = 4),
                vec![("duration", vec!["activityDays"])],
            ),
            (
                "5 days are enough",
                with(base(), |i| i.activity_days = 5),
                vec![],
            ),
            (
                "21 days are the most",
                with(base(), |i| i.activity_days = 21),
                vec![],
            ),
            (
                "22 days are too long",
                with(base(), |i| i.activity_days = 22),
                vec![("duration", vec!["activityDays"])],
            ),
            (
                "ages and leaders",
                with(base(), |i| {
                    i.groups[0].participant_ages = (12, 17);
                    i.groups[1].participant_ages = (16, 31);
                    i.groups[0].leader_min_age = Some(17);
                    i.groups[1].leaders = 0;
                }),
                vec![
                    ("participant_age", vec!["groups[0].participantAges"]),
                    ("leader_age", vec!["groups[0].leaderMinAge"]),
                    ("participant_age", vec!["groups[1].participantAges"]),
                    ("leaders_per_group", vec!["groups[1].leaders"]),
                ],
            ),
            (
                "a leader's age not known yet is not a violation",
                with(base(), |i| i.groups[0].leader_min_age = None),
                vec![],
            ),
            (
                "3 participants in a national group",
                with(base(), |i| {
                    i.groups[0].participants = 13;
                    i.groups[1].participants = 3;
                }),
                vec![("participants_per_group", vec!["groups[1].participants"])],
            ),
            (
                "one country only",
                with(base(), |i| {
                    i.groups.truncate(1);
                    i.groups[0].participants = 16;
                    i.venue_country = "SE".to_owned();
                    i.partner_countries = vec!["SE".to_owned()];
                }),
                vec![("countries", vec!["groups[0].country", "partnerCountries"])],
            ),
            (
                "a group abroad with nobody from there is one country",
                with(base(), |i| {
                    i.groups.truncate(1);
                    i.groups[0].participants = 16;
                }),
                vec![("countries", vec!["groups[0].country", "partnerCountries"])],
            ),
            (
                "two Swedish organisations of 3 make one national group of 6",
                with(base(), |i| {
                    i.groups = vec![group("SE", 3, 1), group("SE", 3, 1), group("FR", 10, 2)];
                }),
                vec![],
            ),
            (
                "a national group of 3 from two organisations, one without a leader",
                with(base(), |i| {
                    i.groups = vec![group("SE", 2, 0), group("SE", 1, 0), group("FR", 13, 2)];
                }),
                vec![
                    (
                        "leaders_per_group",
                        vec!["groups[0].leaders", "groups[1].leaders"],
                    ),
                    (
                        "participants_per_group",
                        vec!["groups[0].participants", "groups[1].participants"],
                    ),
                ],
            ),
            (
                "too few is not judged while a partner's group is not counted",
                with(base(), |i| {
                    i.groups.truncate(1);
                    i.partner_countries = vec!["FR".to_owned()];
                }),
                vec![],
            ),
            (
                "too many is",
                with(base(), |i| {
                    i.groups.truncate(1);
                    i.groups[0].participants = 61;
                    i.groups[0].leaders = 6;
                    i.partner_countries = vec!["FR".to_owned()];
                }),
                vec![("group_size", vec!["groups[0].participants"])],
            ),
            (
                "a partner from another country, its group not yet known",
                with(base(), |i| {
                    i.groups.truncate(1);
                    i.groups[0].participants = 16;
                    i.venue_country = "SE".to_owned();
                    i.partner_countries = vec!["FR".to_owned()];
                }),
                vec![],
            ),
            (
                "project months",
                with(base(), |i| i.project_months = Some(25)),
                vec![("project_duration", vec!["projectMonths"])],
            ),
            (
                "a partner in China is not eligible",
                with(base(), |i| i.partner_countries.push("CN".to_owned())),
                vec![("ineligible_country", vec!["partnerCountries[0]"])],
            ),
            (
                "neighbouring regions may take part, Russia may not",
                with(base(), |i| {
                    i.partner_countries.push("UA".to_owned());
                    i.partner_countries.push("RU".to_owned());
                }),
                vec![("ineligible_country", vec!["partnerCountries[1]"])],
            ),
            (
                "a sending group from outside the programme is named by its group",
                with(base(), |i| i.groups[1].country = "CN".to_owned()),
                vec![("ineligible_country", vec!["groups[1].country"])],
            ),
            (
                "no table for the call year",
                with(base(), |i| i.call_year = 2030),
                vec![("no_rate_table", vec!["callYear"])],
            ),
        ]);
    }

    #[test]
    fn school_mobilities() {
        let short = || school_mobility(FundingAction::Ka122Sch);
        let accredited = || school_mobility(FundingAction::Ka121Sch);
        run(vec![
            ("valid short-term", short(), vec![]),
            ("valid accredited", accredited(), vec![]),
            (
                "a partner in China is not eligible for KA122",
                with(short(), |i| i.partner_countries.push("CN".to_owned())),
                vec![("ineligible_country", vec!["partnerCountries[1]"])],
            ),
            (
                "a neighbouring region is not a destination",
                with(short(), |i| i.venue_country = "UA".to_owned()),
                vec![("ineligible_country", vec!["venueCountry"])],
            ),
            (
                "1 day is too short, 2 are enough",
                with(short(), |i| i.activity_days = 1),
                vec![("duration", vec!["activityDays"])],
            ),
            ("2 days", with(short(), |i| i.activity_days = 2), vec![]),
            ("30 days", with(short(), |i| i.activity_days = 30), vec![]),
            (
                "31 days",
                with(short(), |i| i.activity_days = 31),
                vec![("duration", vec!["activityDays"])],
            ),
            (
                "one pupil",
                with(short(), |i| i.groups[0].participants = 1),
                vec![("group_size", vec!["groups[0].participants"])],
            ),
            (
                "no accompanying person",
                with(short(), |i| i.groups[0].leaders = 0),
                vec![("accompanying_persons", vec!["groups[0].leaders"])],
            ),
            (
                "30 pupils fit a short-term project",
                with(short(), |i| i.groups[0].participants = 30),
                vec![],
            ),
            (
                "31 pupils do not",
                with(short(), |i| i.groups[0].participants = 31),
                vec![("participants_limit", vec!["groups[0].participants"])],
            ),
            (
                "an accredited school has no such limit",
                with(accredited(), |i| i.groups[0].participants = 31),
                vec![],
            ),
        ]);
    }

    #[test]
    fn partnerships() {
        run(vec![
            ("valid", partnership(), vec![]),
            (
                "60 000 is allowed",
                with(partnership(), |i| i.lump_sum_cents = Some(6_000_000)),
                vec![],
            ),
            (
                "45 000 is not",
                with(partnership(), |i| i.lump_sum_cents = Some(4_500_000)),
                vec![("lump_sum", vec!["lumpSumCents"])],
            ),
            (
                "no lump sum",
                with(partnership(), |i| i.lump_sum_cents = None),
                vec![("lump_sum", vec!["lumpSumCents"])],
            ),
            (
                "5 months",
                with(partnership(), |i| i.project_months = Some(5)),
                vec![("project_duration", vec!["projectMonths"])],
            ),
            (
                "6 and 24 months",
                with(partnership(), |i| i.project_months = Some(24)),
                vec![],
            ),
            (
                "months missing",
                with(partnership(), |i| i.project_months = None),
                vec![("project_duration", vec!["projectMonths"])],
            ),
            (
                "two organisations from one country",
                with(partnership(), |i| i.partner_countries[1] = "SE".to_owned()),
                vec![("countries", vec!["partnerCountries"])],
            ),
            (
                "an organisation with a group counts like one without",
                with(partnership(), |i| {
                    i.partner_countries.truncate(1);
                    i.groups.push(group("FI", 0, 1));
                }),
                vec![],
            ),
            (
                "China does not count as a second country",
                with(partnership(), |i| i.partner_countries[1] = "CN".to_owned()),
                vec![("countries", vec!["partnerCountries"])],
            ),
        ]);
    }

    #[test]
    fn nordplus_classes() {
        run(vec![
            ("valid", nordplus_class(), vec![]),
            (
                "Germany is not a Nordplus country",
                with(nordplus_class(), |i| {
                    i.partner_countries.push("DE".to_owned())
                }),
                vec![("ineligible_country", vec!["partnerCountries[1]"])],
            ),
            (
                "Greenland, the Faroes and Åland are",
                with(nordplus_class(), |i| {
                    i.venue_country = "GL".to_owned();
                    i.partner_countries = vec!["FO".to_owned(), "AX".to_owned()];
                }),
                vec![],
            ),
            (
                "one country only",
                with(nordplus_class(), |i| {
                    i.venue_country = "SE".to_owned();
                    i.partner_countries.clear();
                }),
                vec![("countries", vec!["groups[0].country", "partnerCountries"])],
            ),
            (
                "31 pupils from one country",
                with(nordplus_class(), |i| {
                    i.groups[0].participants = 16;
                    i.groups.push(group("se", 15, 3));
                }),
                vec![(
                    "participants_per_country",
                    vec!["groups[0].participants", "groups[1].participants"],
                )],
            ),
            (
                "3 teachers for 11 pupils",
                with(nordplus_class(), |i| i.groups[0] = group("SE", 11, 3)),
                vec![],
            ),
            (
                "3 teachers for 10 pupils",
                with(nordplus_class(), |i| i.groups[0] = group("SE", 10, 3)),
                vec![("teacher_ratio", vec!["groups[0].leaders"])],
            ),
            (
                "the ratio is per country, not per school",
                with(nordplus_class(), |i| {
                    i.groups = vec![group("SE", 4, 1), group("SE", 4, 1), group("SE", 2, 1)];
                }),
                vec![(
                    "teacher_ratio",
                    vec![
                        "groups[0].leaders",
                        "groups[1].leaders",
                        "groups[2].leaders",
                    ],
                )],
            ),
            (
                "6 days including travel",
                with(nordplus_class(), |i| i.activity_days = 4),
                vec![("duration", vec!["activityDays", "travelDays"])],
            ),
            (
                "7 and 21 days",
                with(nordplus_class(), |i| i.activity_days = 19),
                vec![],
            ),
            (
                "22 days",
                with(nordplus_class(), |i| i.activity_days = 20),
                vec![("duration", vec!["activityDays", "travelDays"])],
            ),
        ]);
    }

    #[test]
    fn a_call_year_with_rates_but_no_countries_says_so() {
        let mut table = seed();
        let next: Vec<_> = table
            .rates
            .iter()
            .filter(|row| row.call_year == 2025)
            .cloned()
            .map(|mut row| {
                row.call_year = 2026;
                row
            })
            .collect();
        table.rates.extend(next);
        let input = with(youth_exchange(), |i| i.call_year = 2026);
        let found: Vec<(&str, Vec<String>)> = check(&input, &table)
            .into_iter()
            .map(|violation| (violation.code, violation.fields))
            .collect();
        assert_eq!(found, [("no_country_list", vec!["callYear".to_owned()])]);
    }
}
