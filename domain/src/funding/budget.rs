//! The grant calculator: turns a planned exchange and a rate table into budget lines, each
//! traceable to the table row it came from. A rate the table lacks is named, never guessed.
use super::formula::{Formula, Travellers};
use super::rates::{FundingAction, RateKind, RateRef, RateTable, band_key};
use crate::code_enum;
use crate::error::FieldError;
use crate::geo::{Coordinates, DistanceBand, near_band_edge};

pub const MAX_GROUPS: usize = 50;
pub const MAX_DAYS: u32 = 366;
/// Individual support is paid in full for days 1–14 and at 70 % from day 15.
const FULL_RATE_DAYS: i64 = 14;

#[derive(Debug, Clone, PartialEq)]
pub struct GroupInput {
    pub label: String,
    pub origin: Coordinates,
    pub country: String,
    /// Young people or pupils.
    pub participants: u32,
    /// Group leaders or accompanying persons.
    pub leaders: u32,
    /// Of participants + leaders.
    pub green_travellers: u32,
    /// Of participants.
    pub fewer_opportunities: u32,
    pub activity_days: u32,
    pub travel_days: u32,
    /// Whole group, return trip.
    pub real_travel_cost_cents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BudgetInput {
    pub action: FundingAction,
    pub call_year: i32,
    pub venue: Coordinates,
    pub venue_country: String,
    pub groups: Vec<GroupInput>,
    pub lump_sum_cents: Option<i64>,
    /// Visa and similar, real costs.
    pub exceptional_costs_cents: i64,
    pub inclusion_real_costs_cents: i64,
}

code_enum! {
    pub enum LineCategory {
        Travel = "travel",
        OrganisationalSupport = "organisational_support",
        IndividualSupport = "individual_support",
        InclusionSupport = "inclusion_support",
        ExceptionalCosts = "exceptional_costs",
        LumpSum = "lump_sum",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    pub group: Option<usize>,
    pub category: LineCategory,
    pub quantity: i64,
    pub rate_cents: i64,
    pub amount_cents: i64,
    pub formula: Formula,
    /// None for real costs.
    pub rate: Option<RateRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupDistance {
    pub group: usize,
    /// Whole kilometres, as the Commission's calculator shows them.
    pub distance_km: i32,
    pub band: DistanceBand,
    pub near_band_edge: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub code: &'static str,
    pub field: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MissingRate {
    pub rate: RateRef,
    pub group: Option<usize>,
    pub category: LineCategory,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub lines: Vec<BudgetLine>,
    pub total_cents: i64,
    pub missing: Vec<MissingRate>,
    pub warnings: Vec<Warning>,
    pub distances: Vec<GroupDistance>,
}

/// Errors (field names relative to the input) for input that cannot be budgeted: no table for
/// the call year, inconsistent counts, negative money, a lump sum the call does not offer,
/// no groups (except KA210) or more than [`MAX_GROUPS`], days over [`MAX_DAYS`].
pub fn estimate(input: &BudgetInput, table: &RateTable) -> Result<Budget, Vec<FieldError>> {
    let errors = validate(input, table);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut calc = Calc {
        input,
        table,
        budget: Budget {
            lines: Vec::new(),
            total_cents: 0,
            missing: Vec::new(),
            warnings: Vec::new(),
            distances: Vec::new(),
        },
    };
    calc.run().map_err(|error| vec![error])?;
    let mut budget = calc.budget;
    budget.total_cents = budget
        .lines
        .iter()
        .try_fold(0i64, |sum, line| sum.checked_add(line.amount_cents))
        .ok_or_else(|| vec![too_large("groups")])?;
    Ok(budget)
}

fn validate(input: &BudgetInput, table: &RateTable) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let has_table = table.has_year(input.action, input.call_year);
    if !has_table {
        errors.push(FieldError::new(
            "callYear",
            "no_rate_table",
            "the rate table has no rates for this action and call year",
        ));
    }
    let is_partnership = input.action == FundingAction::Ka210;
    if input.groups.is_empty() && !is_partnership {
        errors.push(FieldError::new(
            "groups",
            "required",
            "add at least one group",
        ));
    }
    if input.groups.len() > MAX_GROUPS {
        errors.push(FieldError::new("groups", "too_many", "at most 50 groups"));
    }
    for (i, group) in input.groups.iter().enumerate() {
        let field = |name: &str| format!("groups[{i}].{name}");
        let travellers = u64::from(group.participants) + u64::from(group.leaders);
        if u64::from(group.green_travellers) > travellers {
            errors.push(FieldError::new(
                field("greenTravellers"),
                "inconsistent",
                "must not exceed participants plus leaders",
            ));
        }
        if group.fewer_opportunities > group.participants {
            errors.push(FieldError::new(
                field("fewerOpportunities"),
                "inconsistent",
                "must not exceed participants",
            ));
        }
        if group.activity_days > MAX_DAYS {
            errors.push(FieldError::new(
                field("activityDays"),
                "out_of_range",
                "must be at most 366",
            ));
        }
        if group.travel_days > MAX_DAYS {
            errors.push(FieldError::new(
                field("travelDays"),
                "out_of_range",
                "must be at most 366",
            ));
        }
        if group.real_travel_cost_cents.is_some_and(|cost| cost < 0) {
            errors.push(negative(field("realTravelCostCents")));
        }
    }
    if input.exceptional_costs_cents < 0 {
        errors.push(negative("exceptionalCostsCents".to_owned()));
    }
    if input.inclusion_real_costs_cents < 0 {
        errors.push(negative("inclusionRealCostsCents".to_owned()));
    }
    match input.lump_sum_cents {
        Some(sum) if sum < 0 => errors.push(negative("lumpSumCents".to_owned())),
        Some(_) if !is_partnership => errors.push(FieldError::new(
            "lumpSumCents",
            "not_allowed",
            "only small-scale partnerships have a lump sum",
        )),
        Some(sum)
            if has_table
                && !table
                    .lump_sums(input.action, input.call_year)
                    .contains(&sum) =>
        {
            errors.push(FieldError::new(
                "lumpSumCents",
                "not_allowed",
                "must be one of the call's lump sums",
            ))
        }
        None if is_partnership => errors.push(FieldError::new(
            "lumpSumCents",
            "required",
            "choose one of the call's lump sums",
        )),
        _ => {}
    }
    errors
}

fn negative(field: String) -> FieldError {
    FieldError::new(field, "negative", "must not be negative")
}

fn too_large(field: impl Into<String>) -> FieldError {
    FieldError::new(field, "too_large", "the amounts are too large to budget")
}

/// Funded travel days per traveller, by mode of travel.
struct TravelDays {
    standard: i64,
    green: i64,
}

struct Calc<'a> {
    input: &'a BudgetInput,
    table: &'a RateTable,
    budget: Budget,
}

impl Calc<'_> {
    fn run(&mut self) -> Result<(), FieldError> {
        let input = self.input;
        for (i, group) in input.groups.iter().enumerate() {
            let distance_km = group.origin.whole_km(input.venue);
            let distance = GroupDistance {
                group: i,
                distance_km,
                band: DistanceBand::for_distance(distance_km),
                near_band_edge: near_band_edge(distance_km),
            };
            if distance.near_band_edge && input.action.uses_distance_bands() {
                self.warn(
                    "near_band_edge",
                    Some(format!("groups[{i}]")),
                    format!(
                        "{distance_km} km is within 5 km of a band edge: check the distance with the official calculator"
                    ),
                );
            }
            self.budget.distances.push(distance);
        }

        match input.action {
            FundingAction::Ka152You => {
                for (i, group) in input.groups.iter().enumerate() {
                    self.ka1_travel(i, group)?;
                    let days = self.travel_days(i, group, LineCategory::OrganisationalSupport);
                    self.youth_organisational_support(i, group, &days)?;
                    self.inclusion(i, group)?;
                }
                self.real_costs()?;
            }
            FundingAction::Ka122Sch | FundingAction::Ka121Sch => {
                let venue_group = self.venue_country_group();
                for (i, group) in input.groups.iter().enumerate() {
                    self.ka1_travel(i, group)?;
                    self.school_organisational_support(i, group)?;
                    let days = self.travel_days(i, group, LineCategory::IndividualSupport);
                    self.individual_support(i, group, venue_group.as_deref(), &days)?;
                    self.inclusion(i, group)?;
                }
                self.real_costs()?;
            }
            FundingAction::Ka210 => {
                self.lump_sum();
                self.not_funded();
            }
            FundingAction::NordplusJuniorClass => {
                self.nordplus_travel()?;
                self.not_funded();
            }
        }
        Ok(())
    }

    fn rate(&self, kind: RateKind, key: &str) -> Result<i64, RateRef> {
        self.table
            .rate(self.input.action, self.input.call_year, kind, key)
    }

    fn rate_ref(&self, kind: RateKind, key: &str) -> RateRef {
        RateRef {
            action: self.input.action,
            call_year: self.input.call_year,
            kind,
            key: key.to_owned(),
        }
    }

    fn warn(&mut self, code: &'static str, field: Option<String>, message: String) {
        self.budget.warnings.push(Warning {
            code,
            field,
            message,
        });
    }

    fn missing(&mut self, rate: RateRef, group: Option<usize>, category: LineCategory) {
        self.budget.missing.push(MissingRate {
            rate,
            group,
            category,
        });
    }

    fn venue_code(&self) -> String {
        self.input.venue_country.trim().to_ascii_uppercase()
    }

    /// Standard and green travel lines, or one exceptional-costs line when travel is expensive.
    fn ka1_travel(&mut self, i: usize, group: &GroupInput) -> Result<(), FieldError> {
        let band = DistanceBand::for_distance(group.origin.whole_km(self.input.venue));
        let green = i64::from(group.green_travellers);
        let standard = travellers(group) - green;
        let mut lines = Vec::new();
        let mut complete = true;
        for (count, kind, is_green) in [
            (standard, RateKind::TravelStandard, false),
            (green, RateKind::TravelGreen, true),
        ] {
            if count == 0 {
                continue;
            }
            match self.rate(kind, band_key(band)) {
                Ok(rate) => lines.push(BudgetLine {
                    group: Some(i),
                    category: LineCategory::Travel,
                    quantity: count,
                    rate_cents: rate,
                    amount_cents: mul(count, rate, i)?,
                    formula: Formula::Travel {
                        travellers: count,
                        rate,
                        band,
                        green: is_green,
                    },
                    rate: Some(self.rate_ref(kind, band_key(band))),
                }),
                Err(rate) => {
                    complete = false;
                    self.missing(rate, Some(i), LineCategory::Travel);
                }
            }
        }

        if let Some(real) = group.real_travel_cost_cents.filter(|cost| *cost > 0) {
            if !complete {
                self.warn(
                    "expensive_travel_unchecked",
                    Some(format!("groups[{i}].realTravelCostCents")),
                    "the travel unit cost is incomplete, so expensive travel cannot be checked"
                        .to_owned(),
                );
            } else {
                let unit = lines
                    .iter()
                    .try_fold(0i64, |sum, line| sum.checked_add(line.amount_cents))
                    .ok_or_else(|| too_large(format!("groups[{i}]")))?;
                if i128::from(unit) * 100 < i128::from(real) * 70 {
                    let claim = percent_rounded(real, 80, i)?;
                    self.budget.lines.push(BudgetLine {
                        group: Some(i),
                        category: LineCategory::ExceptionalCosts,
                        quantity: 1,
                        rate_cents: claim,
                        amount_cents: claim,
                        formula: Formula::ExpensiveTravel { real, unit },
                        rate: None,
                    });
                    self.warn(
                        "expensive_travel",
                        Some(format!("groups[{i}].realTravelCostCents")),
                        format!(
                            "unit costs {} cover less than 70 % of the real cost {}: 80 % of the real cost is claimed instead",
                            in_english(unit),
                            in_english(real)
                        ),
                    );
                    return Ok(());
                }
            }
        }
        self.budget.lines.extend(lines);
        Ok(())
    }

    /// Funded travel days: the travel days up to each mode's cap. A missing cap counts as 0 days.
    fn travel_days(&mut self, i: usize, group: &GroupInput, category: LineCategory) -> TravelDays {
        let green = i64::from(group.green_travellers);
        let standard = travellers(group) - green;
        let mut days = TravelDays {
            standard: 0,
            green: 0,
        };
        if group.travel_days == 0 {
            return days;
        }
        let wanted = i64::from(group.travel_days);
        for (count, kind, mode) in [
            (standard, RateKind::TravelDaysStandard, "standard"),
            (green, RateKind::TravelDaysGreen, "green"),
        ] {
            if count == 0 {
                continue;
            }
            let funded = match self.rate(kind, "max") {
                Ok(cap) => wanted.min(cap.max(0)),
                Err(rate) => {
                    self.warn(
                        "missing_travel_day_cap",
                        Some(format!("groups[{i}].travelDays")),
                        format!(
                            "travel days of {mode} travellers count as 0 until {} has a value",
                            rate.describe()
                        ),
                    );
                    self.missing(rate, Some(i), category);
                    0
                }
            };
            match kind {
                RateKind::TravelDaysGreen => days.green = funded,
                _ => days.standard = funded,
            }
        }
        days
    }

    fn youth_organisational_support(
        &mut self,
        i: usize,
        group: &GroupInput,
        travel: &TravelDays,
    ) -> Result<(), FieldError> {
        let green = i64::from(group.green_travellers);
        let standard = travellers(group) - green;
        let activity = i64::from(group.activity_days);
        let mut parts = Vec::new();
        let mut person_days = 0i64;
        for (count, days) in merge_by_days(
            (standard, activity + travel.standard),
            (green, activity + travel.green),
        ) {
            parts.push((count, days));
            person_days = mul(count, days, i)?
                .checked_add(person_days)
                .ok_or_else(|| too_large(format!("groups[{i}]")))?;
        }
        if person_days == 0 {
            return Ok(());
        }
        let venue = self.venue_code();
        match self.rate(RateKind::OrganisationalSupport, &venue) {
            Ok(rate) => self.budget.lines.push(BudgetLine {
                group: Some(i),
                category: LineCategory::OrganisationalSupport,
                quantity: person_days,
                rate_cents: rate,
                amount_cents: mul(person_days, rate, i)?,
                formula: Formula::YouthOrganisationalSupport {
                    parts,
                    person_days,
                    rate,
                    venue: venue.clone(),
                },
                rate: Some(self.rate_ref(RateKind::OrganisationalSupport, &venue)),
            }),
            Err(rate) => self.missing(rate, Some(i), LineCategory::OrganisationalSupport),
        }
        Ok(())
    }

    /// KA122/KA121: per pupil; accompanying persons are not counted.
    fn school_organisational_support(
        &mut self,
        i: usize,
        group: &GroupInput,
    ) -> Result<(), FieldError> {
        let pupils = i64::from(group.participants);
        self.per_head(
            i,
            LineCategory::OrganisationalSupport,
            (RateKind::OrganisationalSupport, "pupil"),
            pupils,
            |rate| Formula::SchoolOrganisationalSupport { pupils, rate },
        )
    }

    /// The receiving country's group as a table key, or a warning when it has none.
    fn venue_country_group(&mut self) -> Option<String> {
        let venue = self.venue_code();
        let group = self
            .table
            .country(self.input.call_year, &venue)
            .and_then(|row| row.country_group);
        if group.is_none() {
            self.warn(
                "no_country_group",
                Some("venueCountry".to_owned()),
                format!(
                    "{venue} has no Erasmus+ country group for call {}: individual support cannot be computed",
                    self.input.call_year
                ),
            );
        }
        group.map(|group| group.to_string())
    }

    fn individual_support(
        &mut self,
        i: usize,
        group: &GroupInput,
        venue_group: Option<&str>,
        travel: &TravelDays,
    ) -> Result<(), FieldError> {
        let pupils = i64::from(group.participants);
        let staff = i64::from(group.leaders);
        // The input does not say which travellers go green: count pupils first.
        let green = i64::from(group.green_travellers);
        let green_pupils = green.min(pupils);
        let green_staff = green - green_pupils;
        let activity = i64::from(group.activity_days);
        for (kind, count, green_count, who) in [
            (
                RateKind::IndividualSupportPupil,
                pupils,
                green_pupils,
                Travellers::Pupils,
            ),
            (
                RateKind::IndividualSupportStaff,
                staff,
                green_staff,
                Travellers::AccompanyingPersons,
            ),
        ] {
            if count == 0 {
                continue;
            }
            let Some(key) = venue_group else {
                let key = self.venue_code();
                self.missing(
                    self.rate_ref(kind, &key),
                    Some(i),
                    LineCategory::IndividualSupport,
                );
                continue;
            };
            let rate = match self.rate(kind, key) {
                Ok(rate) => rate,
                Err(rate) => {
                    self.missing(rate, Some(i), LineCategory::IndividualSupport);
                    continue;
                }
            };
            let reduced = percent_rounded(rate, 70, i)?;
            for (persons, days) in merge_by_days(
                (count - green_count, activity + travel.standard),
                (green_count, activity + travel.green),
            ) {
                let full_days = days.min(FULL_RATE_DAYS);
                let reduced_days = days - full_days;
                let per_person = mul(full_days, rate, i)?
                    .checked_add(mul(reduced_days, reduced, i)?)
                    .ok_or_else(|| too_large(format!("groups[{i}]")))?;
                let formula = Formula::IndividualSupport {
                    who,
                    persons,
                    days,
                    rate,
                    reduced: (reduced_days > 0).then_some((full_days, reduced_days, reduced)),
                };
                self.budget.lines.push(BudgetLine {
                    group: Some(i),
                    category: LineCategory::IndividualSupport,
                    quantity: mul(persons, days, i)?,
                    rate_cents: rate,
                    amount_cents: mul(persons, per_person, i)?,
                    formula,
                    rate: Some(self.rate_ref(kind, key)),
                });
            }
        }
        Ok(())
    }

    fn inclusion(&mut self, i: usize, group: &GroupInput) -> Result<(), FieldError> {
        let count = i64::from(group.fewer_opportunities);
        self.per_head(
            i,
            LineCategory::InclusionSupport,
            (RateKind::InclusionSupport, "participant"),
            count,
            |rate| Formula::InclusionSupport {
                participants: count,
                rate,
            },
        )
    }

    /// One line of `count` people × the rate at `rate`, or the rate named as missing.
    fn per_head(
        &mut self,
        i: usize,
        category: LineCategory,
        (kind, key): (RateKind, &str),
        count: i64,
        formula: impl FnOnce(i64) -> Formula,
    ) -> Result<(), FieldError> {
        if count == 0 {
            return Ok(());
        }
        match self.rate(kind, key) {
            Ok(rate) => self.budget.lines.push(BudgetLine {
                group: Some(i),
                category,
                quantity: count,
                rate_cents: rate,
                amount_cents: mul(count, rate, i)?,
                formula: formula(rate),
                rate: Some(self.rate_ref(kind, key)),
            }),
            Err(rate) => self.missing(rate, Some(i), category),
        }
        Ok(())
    }

    /// Inclusion real costs at 100 % and exceptional costs, for the key action 1 actions.
    fn real_costs(&mut self) -> Result<(), FieldError> {
        let inclusion = self.input.inclusion_real_costs_cents;
        if inclusion > 0 {
            self.budget.lines.push(real_cost_line(
                LineCategory::InclusionSupport,
                inclusion,
                Formula::InclusionRealCosts { amount: inclusion },
            ));
        }
        let exceptional = self.input.exceptional_costs_cents;
        if exceptional > 0 {
            self.budget.lines.push(real_cost_line(
                LineCategory::ExceptionalCosts,
                exceptional,
                Formula::ExceptionalCosts {
                    amount: exceptional,
                },
            ));
        }
        Ok(())
    }

    /// KA210 and Nordplus have no real-cost lines: say so rather than drop the input silently.
    fn not_funded(&mut self) {
        for (amount, field) in [
            (self.input.exceptional_costs_cents, "exceptionalCostsCents"),
            (
                self.input.inclusion_real_costs_cents,
                "inclusionRealCostsCents",
            ),
        ] {
            if amount > 0 {
                self.warn(
                    "not_funded",
                    Some(field.to_owned()),
                    format!(
                        "{} does not fund real costs separately",
                        self.input.action.label()
                    ),
                );
            }
        }
    }

    fn lump_sum(&mut self) {
        let Some(sum) = self.input.lump_sum_cents else {
            return;
        };
        let row = self.table.rates.iter().find(|row| {
            row.action == self.input.action
                && row.call_year == self.input.call_year
                && row.kind == RateKind::LumpSum
                && row.value == Some(sum)
        });
        let Some(row) = row else {
            return;
        };
        let rate = self.rate_ref(RateKind::LumpSum, &row.key);
        self.budget.lines.push(BudgetLine {
            group: None,
            category: LineCategory::LumpSum,
            quantity: 1,
            rate_cents: sum,
            amount_cents: sum,
            formula: Formula::LumpSum { amount: sum },
            rate: Some(rate),
        });
    }

    fn nordplus_travel(&mut self) -> Result<(), FieldError> {
        let year = self.input.call_year;
        let venue = self.venue_code();
        let venue_area = self
            .table
            .country(year, &venue)
            .and_then(|row| row.nordplus);
        if venue_area.is_none() {
            self.warn(
                "outside_nordplus",
                Some("venueCountry".to_owned()),
                format!("{venue} is not in a Nordplus area: no travel grant"),
            );
        }
        for (i, group) in self.input.groups.iter().enumerate() {
            let country = group.country.trim().to_ascii_uppercase();
            let area = self
                .table
                .country(year, &country)
                .and_then(|row| row.nordplus);
            let Some(area) = area else {
                self.warn(
                    "outside_nordplus",
                    Some(format!("groups[{i}].country")),
                    format!("{country} is not in a Nordplus area: no travel grant"),
                );
                continue;
            };
            let Some(venue_area) = venue_area else {
                continue;
            };
            // The rates are for travel between countries: the hosts' own group has none.
            if country == venue {
                continue;
            }
            // The dearer end decides: Greenland, then the Faroe Islands and Iceland.
            let key = area.max(venue_area).code();
            let count = travellers(group);
            if count == 0 {
                continue;
            }
            match self.rate(RateKind::NordplusTravel, key) {
                Ok(rate) => self.budget.lines.push(BudgetLine {
                    group: Some(i),
                    category: LineCategory::Travel,
                    quantity: count,
                    rate_cents: rate,
                    amount_cents: mul(count, rate, i)?,
                    formula: Formula::NordplusTravel {
                        travellers: count,
                        rate,
                        from: country.clone(),
                        to: venue.clone(),
                        area: key,
                    },
                    rate: Some(self.rate_ref(RateKind::NordplusTravel, key)),
                }),
                Err(rate) => self.missing(rate, Some(i), LineCategory::Travel),
            }
        }
        Ok(())
    }
}

fn real_cost_line(category: LineCategory, amount: i64, formula: Formula) -> BudgetLine {
    BudgetLine {
        group: None,
        category,
        quantity: 1,
        rate_cents: amount,
        amount_cents: amount,
        formula,
        rate: None,
    }
}

fn travellers(group: &GroupInput) -> i64 {
    i64::from(group.participants) + i64::from(group.leaders)
}

/// (count, days) pairs with a count, merged when the days are equal.
fn merge_by_days(standard: (i64, i64), green: (i64, i64)) -> Vec<(i64, i64)> {
    if standard.1 == green.1 {
        vec![(standard.0 + green.0, standard.1)]
    } else {
        vec![standard, green]
    }
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .collect()
}

fn mul(a: i64, b: i64, group: usize) -> Result<i64, FieldError> {
    a.checked_mul(b)
        .ok_or_else(|| too_large(format!("groups[{group}]")))
}

/// `percent` % of `cents`, rounded to the nearest cent (halves away from zero).
fn percent_rounded(cents: i64, percent: i64, group: usize) -> Result<i64, FieldError> {
    let scaled = i128::from(cents) * i128::from(percent);
    let rounded = (scaled.abs() + 50) / 100 * scaled.signum();
    i64::try_from(rounded).map_err(|_| too_large(format!("groups[{group}]")))
}

/// Euro cents in English, for the warnings the API gives.
fn in_english(cents: i64) -> String {
    crate::format::money(crate::types::Locale::En, &crate::money::Money::euro(cents))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::funding::rates::seed;
    use crate::types::Locale;

    fn at(latitude: f64, longitude: f64) -> Coordinates {
        Coordinates::from_stored(latitude, longitude)
    }

    const JONKOPING: (f64, f64) = (57.7826, 14.1618);
    const LYON: (f64, f64) = (45.764, 4.8357);
    const BERLIN: (f64, f64) = (52.52, 13.405);
    const STOCKHOLM: (f64, f64) = (59.3293, 18.0686);
    const REYKJAVIK: (f64, f64) = (64.1466, -21.9426);
    const NUUK: (f64, f64) = (64.1814, -51.6941);
    const LAS_PALMAS: (f64, f64) = (28.1235, -15.4363);

    fn group(origin: (f64, f64), country: &str, participants: u32, leaders: u32) -> GroupInput {
        GroupInput {
            label: format!("{country} group"),
            origin: at(origin.0, origin.1),
            country: country.to_owned(),
            participants,
            leaders,
            green_travellers: 0,
            fewer_opportunities: 0,
            activity_days: 7,
            travel_days: 0,
            real_travel_cost_cents: None,
        }
    }

    fn input(
        action: FundingAction,
        venue: (f64, f64),
        venue_country: &str,
        groups: Vec<GroupInput>,
    ) -> BudgetInput {
        BudgetInput {
            action,
            call_year: 2025,
            venue: at(venue.0, venue.1),
            venue_country: venue_country.to_owned(),
            groups,
            lump_sum_cents: None,
            exceptional_costs_cents: 0,
            inclusion_real_costs_cents: 0,
        }
    }

    fn set(table: &mut RateTable, action: FundingAction, kind: RateKind, key: &str, value: i64) {
        let row = table
            .rates
            .iter_mut()
            .find(|row| {
                row.action == action && row.call_year == 2025 && row.kind == kind && row.key == key
            })
            .expect("seeded row");
        row.value = Some(value);
    }

    fn lines(budget: &Budget, category: LineCategory) -> Vec<&BudgetLine> {
        budget
            .lines
            .iter()
            .filter(|line| line.category == category)
            .collect()
    }

    fn missing(budget: &Budget) -> Vec<String> {
        budget
            .missing
            .iter()
            .map(|missing| missing.rate.describe())
            .collect()
    }

    fn codes(errors: &[FieldError]) -> Vec<(String, &'static str)> {
        errors
            .iter()
            .map(|error| (error.field.clone(), error.code))
            .collect()
    }

    fn youth_exchange() -> BudgetInput {
        let mut jonkoping = group(JONKOPING, "SE", 20, 4);
        jonkoping.green_travellers = 6;
        jonkoping.travel_days = 2;
        input(FundingAction::Ka152You, LYON, "FR", vec![jonkoping])
    }

    #[test]
    fn youth_exchange_jonkoping_to_lyon() {
        let mut table = seed();
        set(
            &mut table,
            FundingAction::Ka152You,
            RateKind::OrganisationalSupport,
            "FR",
            4_100,
        );
        let budget = estimate(&youth_exchange(), &table).unwrap();

        let distance = &budget.distances[0];
        assert_eq!(distance.band, DistanceBand::From500To1999);
        assert_eq!(distance.distance_km, 1479);
        assert!(!distance.near_band_edge);

        let travel = lines(&budget, LineCategory::Travel);
        let formulas: Vec<_> = travel
            .iter()
            .map(|line| line.formula.text(Locale::En))
            .collect();
        assert_eq!(
            formulas,
            [
                "18 travellers × €309.00 (500–1999 km, standard travel)",
                "6 travellers × €417.00 (500–1999 km, green travel)"
            ]
        );
        assert_eq!(travel[0].amount_cents, 18 * 30_900);
        assert_eq!(travel[1].amount_cents, 6 * 41_700);
        assert_eq!(
            travel[1].rate.as_ref().map(RateRef::describe).as_deref(),
            Some("KA152-YOU 2025 travel_green 500-1999")
        );

        // The green travel-day cap is unconfirmed for youth exchanges: those days count as 0.
        let support = lines(&budget, LineCategory::OrganisationalSupport);
        assert_eq!(support.len(), 1);
        assert_eq!(support[0].quantity, 18 * 9 + 6 * 7);
        assert_eq!(support[0].amount_cents, 204 * 4_100);
        assert_eq!(
            support[0].formula.text(Locale::En),
            "18 persons × 9 days + 6 persons × 7 days = 204 person-days × €41.00 (organisational support, venue France)"
        );
        assert_eq!(missing(&budget), ["KA152-YOU 2025 travel_days_green max"]);
        assert!(
            budget
                .warnings
                .iter()
                .any(|w| w.code == "missing_travel_day_cap")
        );
        assert_eq!(budget.total_cents, 18 * 30_900 + 6 * 41_700 + 204 * 4_100);
    }

    #[test]
    fn a_missing_rate_is_named_not_guessed() {
        let mut exchange = youth_exchange();
        exchange.groups[0].fewer_opportunities = 3;
        exchange.inclusion_real_costs_cents = 20_000;
        exchange.exceptional_costs_cents = 6_000;
        let budget = estimate(&exchange, &seed()).unwrap();
        assert_eq!(
            missing(&budget),
            [
                "KA152-YOU 2025 travel_days_green max",
                "KA152-YOU 2025 organisational_support FR",
                "KA152-YOU 2025 inclusion_support participant",
            ]
        );
        assert!(lines(&budget, LineCategory::OrganisationalSupport).is_empty());
        // The total covers what is known: travel and the real costs.
        assert_eq!(
            budget.total_cents,
            18 * 30_900 + 6 * 41_700 + 20_000 + 6_000
        );
        let inclusion = lines(&budget, LineCategory::InclusionSupport);
        assert_eq!(inclusion.len(), 1);
        assert_eq!(inclusion[0].rate, None);

        // An unconfirmed travel band leaves out the travel line, not the rest.
        let far = input(
            FundingAction::Ka122Sch,
            LAS_PALMAS,
            "ES",
            vec![group(STOCKHOLM, "SE", 10, 2)],
        );
        let budget = estimate(&far, &seed()).unwrap();
        assert_eq!(budget.distances[0].band, DistanceBand::From4000To7999);
        assert!(lines(&budget, LineCategory::Travel).is_empty());
        assert_eq!(
            budget.missing[0].rate.describe(),
            "KA122-SCH 2025 travel_standard 4000-7999"
        );
        assert_eq!(budget.missing[0].group, Some(0));
        assert_eq!(budget.total_cents, 10 * 10_000);
    }

    fn school_table() -> RateTable {
        let mut table = seed();
        let school = FundingAction::Ka122Sch;
        set(
            &mut table,
            school,
            RateKind::IndividualSupportPupil,
            "1",
            8_500,
        );
        set(
            &mut table,
            school,
            RateKind::IndividualSupportStaff,
            "1",
            19_100,
        );
        table
    }

    #[test]
    fn school_stay_of_16_days_pays_70_percent_from_day_15() {
        let mut class = group(JONKOPING, "SE", 14, 2);
        class.activity_days = 14;
        class.travel_days = 3;
        let stay = input(FundingAction::Ka122Sch, BERLIN, "DE", vec![class]);
        let budget = estimate(&stay, &school_table()).unwrap();
        assert!(budget.missing.is_empty(), "{:?}", budget.missing);

        let individual = lines(&budget, LineCategory::IndividualSupport);
        assert_eq!(individual.len(), 2);
        assert_eq!(
            individual[0].formula.text(Locale::En),
            "14 pupils × 16 days: 14 days × €85.00 + 2 days × €59.50 (70 % from day 15)"
        );
        assert_eq!(individual[0].amount_cents, 14 * (14 * 8_500 + 2 * 5_950));
        assert_eq!(individual[0].quantity, 14 * 16);
        assert_eq!(individual[1].amount_cents, 2 * (14 * 19_100 + 2 * 13_370));
        assert_eq!(
            individual[1]
                .rate
                .as_ref()
                .map(RateRef::describe)
                .as_deref(),
            Some("KA122-SCH 2025 individual_support_staff 1")
        );

        let support = lines(&budget, LineCategory::OrganisationalSupport);
        assert_eq!(support[0].amount_cents, 14 * 10_000);
        let travel = lines(&budget, LineCategory::Travel);
        assert_eq!(travel[0].amount_cents, 16 * 30_900);
        assert_eq!(
            budget.total_cents,
            14 * 130_900 + 2 * 294_140 + 140_000 + 16 * 30_900
        );
    }

    #[test]
    fn school_individual_support_counts_green_travel_days() {
        let mut class = group(JONKOPING, "SE", 10, 2);
        class.activity_days = 5;
        class.travel_days = 4;
        class.green_travellers = 12;
        let stay = input(FundingAction::Ka121Sch, BERLIN, "DE", vec![class]);
        let mut table = seed();
        set(
            &mut table,
            FundingAction::Ka121Sch,
            RateKind::IndividualSupportPupil,
            "1",
            8_500,
        );
        let budget = estimate(&stay, &table).unwrap();
        let individual = lines(&budget, LineCategory::IndividualSupport);
        assert_eq!(
            individual[0].formula.text(Locale::En),
            "10 pupils × 9 days × €85.00"
        );
        assert_eq!(
            missing(&budget),
            ["KA121-SCH 2025 individual_support_staff 1"]
        );
    }

    #[test]
    fn school_venue_without_a_country_group_is_named() {
        let stay = input(
            FundingAction::Ka122Sch,
            LYON,
            "CN",
            vec![group(JONKOPING, "SE", 10, 1)],
        );
        let budget = estimate(&stay, &school_table()).unwrap();
        assert!(budget.warnings.iter().any(|w| w.code == "no_country_group"));
        assert!(lines(&budget, LineCategory::IndividualSupport).is_empty());
        assert_eq!(budget.missing.len(), 2);
    }

    #[test]
    fn expensive_travel_replaces_the_unit_cost() {
        let mut class = group(JONKOPING, "SE", 8, 2);
        // Unit cost 10 × €309.00 = €3090.00, less than 70 % of €5000.00.
        class.real_travel_cost_cents = Some(500_000);
        let stay = input(FundingAction::Ka122Sch, LYON, "FR", vec![class.clone()]);
        let budget = estimate(&stay, &school_table()).unwrap();
        assert!(lines(&budget, LineCategory::Travel).is_empty());
        let exceptional = lines(&budget, LineCategory::ExceptionalCosts);
        assert_eq!(exceptional.len(), 1);
        assert_eq!(exceptional[0].amount_cents, 400_000);
        assert_eq!(exceptional[0].group, Some(0));
        assert!(budget.warnings.iter().any(|w| w.code == "expensive_travel"));

        // €3090.00 covers at least 70 % of €4000.00: the unit cost stays.
        class.real_travel_cost_cents = Some(400_000);
        let stay = input(FundingAction::Ka122Sch, LYON, "FR", vec![class]);
        let budget = estimate(&stay, &school_table()).unwrap();
        assert_eq!(
            lines(&budget, LineCategory::Travel)[0].amount_cents,
            309_000
        );
        assert!(lines(&budget, LineCategory::ExceptionalCosts).is_empty());
    }

    #[test]
    fn partnership_lump_sums() {
        let mut partnership = input(FundingAction::Ka210, LYON, "FR", Vec::new());
        partnership.lump_sum_cents = Some(3_000_000);
        let budget = estimate(&partnership, &seed()).unwrap();
        assert_eq!(budget.lines.len(), 1);
        assert_eq!(budget.total_cents, 3_000_000);
        assert_eq!(
            budget.lines[0]
                .rate
                .as_ref()
                .map(RateRef::describe)
                .as_deref(),
            Some("KA210 2025 lump_sum 30000")
        );

        partnership.lump_sum_cents = Some(4_500_000);
        let errors = estimate(&partnership, &seed()).unwrap_err();
        assert_eq!(codes(&errors), [("lumpSumCents".to_owned(), "not_allowed")]);
        partnership.lump_sum_cents = None;
        let errors = estimate(&partnership, &seed()).unwrap_err();
        assert_eq!(codes(&errors), [("lumpSumCents".to_owned(), "required")]);
    }

    #[test]
    fn nordplus_travel_by_area() {
        let class = input(
            FundingAction::NordplusJuniorClass,
            REYKJAVIK,
            "IS",
            vec![group(STOCKHOLM, "SE", 10, 2)],
        );
        let budget = estimate(&class, &seed()).unwrap();
        assert_eq!(budget.lines.len(), 1);
        assert_eq!(budget.lines[0].rate_cents, 66_000);
        assert_eq!(budget.total_cents, 12 * 66_000);
        assert!(
            budget.lines[0]
                .formula
                .text(Locale::En)
                .starts_with("12 travellers × €660.00")
        );

        let to_greenland = input(
            FundingAction::NordplusJuniorClass,
            NUUK,
            "GL",
            vec![group(REYKJAVIK, "IS", 10, 2)],
        );
        assert_eq!(
            estimate(&to_greenland, &seed()).unwrap().total_cents,
            12 * 130_000
        );

        let nordic = input(
            FundingAction::NordplusJuniorClass,
            STOCKHOLM,
            "se",
            vec![group(JONKOPING, "FI", 10, 2)],
        );
        assert_eq!(estimate(&nordic, &seed()).unwrap().total_cents, 12 * 33_000);

        // The hosts' own class travels between no countries.
        let hosted = input(
            FundingAction::NordplusJuniorClass,
            REYKJAVIK,
            "IS",
            vec![group(STOCKHOLM, "SE", 10, 2), group(REYKJAVIK, "is", 10, 2)],
        );
        let budget = estimate(&hosted, &seed()).unwrap();
        assert_eq!(budget.lines.len(), 1);
        assert_eq!(budget.lines[0].group, Some(0));
        assert_eq!(budget.total_cents, 12 * 66_000);

        // Earlier calls' Nordplus rates are not stated: they are missing, not guessed.
        let mut earlier = nordic.clone();
        earlier.call_year = 2023;
        let budget = estimate(&earlier, &seed()).unwrap();
        assert_eq!(budget.total_cents, 0);
        assert_eq!(budget.missing.len(), 1);

        let outside = input(
            FundingAction::NordplusJuniorClass,
            STOCKHOLM,
            "SE",
            vec![group(BERLIN, "DE", 10, 2)],
        );
        let budget = estimate(&outside, &seed()).unwrap();
        assert!(budget.lines.is_empty());
        assert_eq!(budget.warnings[0].code, "outside_nordplus");
        assert_eq!(
            budget.warnings[0].field.as_deref(),
            Some("groups[0].country")
        );
    }

    #[test]
    fn praha_to_tromso_is_within_5_km_of_2188() {
        let trip = input(
            FundingAction::Ka152You,
            (69.6492, 18.9553),
            "NO",
            vec![group((50.0755, 14.4378), "CZ", 16, 2)],
        );
        let budget = estimate(&trip, &seed()).unwrap();
        let distance = &budget.distances[0];
        assert!((distance.distance_km - 2188).abs() <= 5);
        assert_eq!(distance.band, DistanceBand::From2000To2999);
        assert!(!budget.warnings.iter().any(|w| w.code == "near_band_edge"));
    }

    #[test]
    fn near_a_band_edge_is_flagged() {
        // About 497 km due north along a meridian.
        let km = 497.0;
        let north = JONKOPING.0 + (km / crate::geo::EARTH_RADIUS_KM).to_degrees();
        let trip = input(
            FundingAction::Ka152You,
            (north, JONKOPING.1),
            "SE",
            vec![group(JONKOPING, "SE", 16, 2)],
        );
        let budget = estimate(&trip, &seed()).unwrap();
        assert!(budget.distances[0].near_band_edge);
        let warning = budget.warnings.iter().find(|w| w.code == "near_band_edge");
        assert_eq!(warning.and_then(|w| w.field.as_deref()), Some("groups[0]"));
    }

    #[test]
    fn input_that_cannot_be_budgeted() {
        let mut bad = youth_exchange();
        bad.call_year = 2030;
        bad.groups[0].green_travellers = 25;
        bad.groups[0].fewer_opportunities = 21;
        bad.groups[0].activity_days = 367;
        bad.groups[0].real_travel_cost_cents = Some(-1);
        bad.exceptional_costs_cents = -5;
        bad.lump_sum_cents = Some(3_000_000);
        let errors = estimate(&bad, &seed()).unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("callYear".to_owned(), "no_rate_table"),
                ("groups[0].greenTravellers".to_owned(), "inconsistent"),
                ("groups[0].fewerOpportunities".to_owned(), "inconsistent"),
                ("groups[0].activityDays".to_owned(), "out_of_range"),
                ("groups[0].realTravelCostCents".to_owned(), "negative"),
                ("exceptionalCostsCents".to_owned(), "negative"),
                ("lumpSumCents".to_owned(), "not_allowed"),
            ]
        );

        let mut empty = youth_exchange();
        empty.groups.clear();
        assert_eq!(
            codes(&estimate(&empty, &seed()).unwrap_err()),
            [("groups".to_owned(), "required")]
        );
        let mut many = youth_exchange();
        many.groups = vec![many.groups[0].clone(); 51];
        assert_eq!(
            codes(&estimate(&many, &seed()).unwrap_err()),
            [("groups".to_owned(), "too_many")]
        );
    }

    #[test]
    fn huge_input_is_refused_not_a_panic() {
        let mut table = seed();
        set(
            &mut table,
            FundingAction::Ka152You,
            RateKind::OrganisationalSupport,
            "FR",
            i64::MAX / 2,
        );
        let mut huge = youth_exchange();
        huge.groups[0].participants = u32::MAX;
        huge.groups[0].leaders = u32::MAX;
        huge.groups[0].activity_days = 366;
        huge.groups[0].real_travel_cost_cents = Some(i64::MAX);
        huge.exceptional_costs_cents = i64::MAX;
        let errors = estimate(&huge, &table).unwrap_err();
        assert_eq!(errors[0].code, "too_large");
    }

    fn coordinates() -> impl Strategy<Value = Coordinates> {
        (-90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(lat, lon)| at(lat, lon))
    }

    proptest! {
        #[test]
        fn distance_is_symmetric(a in coordinates(), b in coordinates()) {
            prop_assert!((a.distance_km(b) - b.distance_km(a)).abs() < 1e-6);
        }

        #[test]
        fn travel_per_person_never_falls_as_distance_grows(
            year in 2021..=2025i32,
            green in any::<bool>(),
            near in 0.0..=180.0f64,
            further in 0.0..=180.0f64,
        ) {
            // Along the equator the distance grows with the longitude difference.
            let (near, far) = if near <= further { (near, further) } else { (further, near) };
            let per_person = |longitude: f64| {
                let mut traveller = group((0.0, 0.0), "SE", 1, 0);
                traveller.green_travellers = u32::from(green);
                let mut trip = input(FundingAction::Ka122Sch, (0.0, longitude), "DE", vec![traveller]);
                trip.call_year = year;
                let budget = estimate(&trip, &seed()).ok()?;
                lines(&budget, LineCategory::Travel).first().map(|line| line.amount_cents)
            };
            if let (Some(near), Some(far)) = (per_person(near), per_person(far)) {
                prop_assert!(near <= far, "{near} > {far}");
            }
        }

        #[test]
        fn seeded_bands_are_monotone(year in 2021..=2025i32, green in any::<bool>()) {
            let table = seed();
            let kind = if green { RateKind::TravelGreen } else { RateKind::TravelStandard };
            let known: Vec<i64> = DistanceBand::ALL
                .iter()
                .filter_map(|band| table.rate(FundingAction::Ka152You, year, kind, band_key(*band)).ok())
                .collect();
            prop_assert!(known.windows(2).all(|pair| pair[0] <= pair[1]));
        }
    }
}
