//! The unit-cost table as data: rates per action, call year, kind and key, and the countries
//! each call accepts. Seeded from FUNDING.md; a value nobody has confirmed is seeded as
//! "needs a value" (None) so that the calculator names it instead of inventing a number.
use crate::code_enum;
use crate::geo::DistanceBand;

code_enum! {
    pub enum Programme {
        ErasmusPlus = "erasmus_plus",
        NordplusJunior = "nordplus_junior",
        MunicipalFund = "municipal_fund",
        Other = "other",
    }
}

code_enum! {
    pub enum FundingAction {
        Ka152You = "KA152-YOU",
        Ka122Sch = "KA122-SCH",
        Ka121Sch = "KA121-SCH",
        Ka210 = "KA210",
        NordplusJuniorClass = "NPJ-CLASS",
    }
}

impl FundingAction {
    pub fn programme(self) -> Programme {
        match self {
            Self::Ka152You | Self::Ka122Sch | Self::Ka121Sch | Self::Ka210 => {
                Programme::ErasmusPlus
            }
            Self::NordplusJuniorClass => Programme::NordplusJunior,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Ka152You => "Erasmus+ youth exchange (KA152-YOU)",
            Self::Ka122Sch => "Erasmus+ short-term school mobility (KA122-SCH)",
            Self::Ka121Sch => "Erasmus+ accredited school mobility (KA121-SCH)",
            Self::Ka210 => "Erasmus+ small-scale partnership (KA210)",
            Self::NordplusJuniorClass => "Nordplus Junior class exchange",
        }
    }

    /// The Erasmus+ key action 1 actions, which use the distance bands.
    pub fn uses_distance_bands(self) -> bool {
        matches!(self, Self::Ka152You | Self::Ka122Sch | Self::Ka121Sch)
    }
}

code_enum! {
    pub enum RateKind {
        /// Key: band key; cents per person for the return trip.
        TravelStandard = "travel_standard",
        /// Key: band key.
        TravelGreen = "travel_green",
        /// KA152: key = venue country, cents per person per day; KA122/KA121: key "pupil", cents per pupil.
        OrganisationalSupport = "organisational_support",
        /// Key: country group "1"/"2"/"3", cents per pupil per day.
        IndividualSupportPupil = "individual_support_pupil",
        /// Key: country group, cents per accompanying person per day.
        IndividualSupportStaff = "individual_support_staff",
        /// Key "participant", cents per participant with fewer opportunities.
        InclusionSupport = "inclusion_support",
        /// KA210, key "30000"/"60000".
        LumpSum = "lump_sum",
        /// Key: a Nordplus area code.
        NordplusTravel = "nordplus_travel",
        /// Key "max", value in days.
        TravelDaysStandard = "travel_days_standard",
        /// Key "max", value in days.
        TravelDaysGreen = "travel_days_green",
    }
}

/// The table key of a distance band.
pub fn band_key(band: DistanceBand) -> &'static str {
    match band {
        DistanceBand::Under10 => "0-9",
        DistanceBand::From10To99 => "10-99",
        DistanceBand::From100To499 => "100-499",
        DistanceBand::From500To1999 => "500-1999",
        DistanceBand::From2000To2999 => "2000-2999",
        DistanceBand::From3000To3999 => "3000-3999",
        DistanceBand::From4000To7999 => "4000-7999",
        DistanceBand::From8000 => "8000+",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRow {
    pub action: FundingAction,
    pub call_year: i32,
    pub kind: RateKind,
    pub key: String,
    /// None = "needs a value".
    pub value: Option<i64>,
    pub note: String,
}

code_enum! {
    pub enum ErasmusStatus {
        ProgrammeCountry = "programme",
        NeighbouringRegion = "neighbouring",
        NotEligible = "not_eligible",
    }
}

code_enum! {
    pub enum NordplusArea {
        NordicBaltic = "nordic_baltic",
        FaroeIceland = "faroe_iceland",
        Greenland = "greenland",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryRow {
    pub call_year: i32,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub erasmus: ErasmusStatus,
    /// 1..=3, programme countries only.
    pub country_group: Option<i16>,
    pub nordplus: Option<NordplusArea>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateTable {
    pub rates: Vec<RateRow>,
    pub countries: Vec<CountryRow>,
}

/// Names one row of the table, whether or not it exists.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RateRef {
    pub action: FundingAction,
    pub call_year: i32,
    pub kind: RateKind,
    pub key: String,
}

impl RateRef {
    /// E.g. "KA152-YOU 2025 travel_standard 4000-7999".
    pub fn describe(&self) -> String {
        format!(
            "{} {} {} {}",
            self.action.code(),
            self.call_year,
            self.kind.code(),
            self.key
        )
    }
}

impl RateTable {
    /// Ok(value) or Err(RateRef) when the row is absent or has no value.
    pub fn rate(
        &self,
        action: FundingAction,
        call_year: i32,
        kind: RateKind,
        key: &str,
    ) -> Result<i64, RateRef> {
        self.row(action, call_year, kind, key)
            .and_then(|row| row.value)
            .ok_or_else(|| RateRef {
                action,
                call_year,
                kind,
                key: key.to_owned(),
            })
    }

    pub fn row(
        &self,
        action: FundingAction,
        call_year: i32,
        kind: RateKind,
        key: &str,
    ) -> Option<&RateRow> {
        self.rates.iter().find(|row| {
            row.action == action && row.call_year == call_year && row.kind == kind && row.key == key
        })
    }

    /// Whether the table has any row for the action and call year.
    pub fn has_year(&self, action: FundingAction, call_year: i32) -> bool {
        self.rates
            .iter()
            .any(|row| row.action == action && row.call_year == call_year)
    }

    /// The call years the table has rows for, ascending.
    pub fn years(&self, action: FundingAction) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .rates
            .iter()
            .filter(|row| row.action == action)
            .map(|row| row.call_year)
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The country's row for exactly that call year; no fallback to another year.
    pub fn country(&self, call_year: i32, code: &str) -> Option<&CountryRow> {
        let code = code.trim();
        self.countries
            .iter()
            .find(|row| row.call_year == call_year && row.country.eq_ignore_ascii_case(code))
    }

    /// The lump sums the call year allows, in cents, ascending.
    pub fn lump_sums(&self, action: FundingAction, call_year: i32) -> Vec<i64> {
        let mut sums: Vec<i64> = self
            .rates
            .iter()
            .filter(|row| {
                row.action == action && row.call_year == call_year && row.kind == RateKind::LumpSum
            })
            .filter_map(|row| row.value)
            .collect();
        sums.sort_unstable();
        sums.dedup();
        sums
    }
}

pub const SEED_YEARS: std::ops::RangeInclusive<i32> = 2021..=2025;

const KA1_ACTIONS: [FundingAction; 3] = [
    FundingAction::Ka152You,
    FundingAction::Ka122Sch,
    FundingAction::Ka121Sch,
];

/// Country groups of the 2024 and 2025 calls.
const GROUP_1: [&str; 14] = [
    "AT", "BE", "DK", "FI", "FR", "DE", "IS", "IE", "IT", "LI", "LU", "NL", "NO", "SE",
];
const GROUP_2: [&str; 10] = ["CY", "CZ", "EE", "GR", "LV", "MT", "PT", "SK", "SI", "ES"];
const GROUP_3: [&str; 9] = ["BG", "HR", "HU", "LT", "MK", "PL", "RO", "RS", "TR"];

/// Neighbouring regions 1 (Western Balkans), 2 (Eastern Partnership, without Belarus) and 3
/// (South-Mediterranean); Belarus and Russia (region 4) are seeded by call year.
const NEIGHBOURING: [&str; 19] = [
    "AL", "BA", "XK", "ME", "AM", "AZ", "GE", "MD", "UA", "DZ", "EG", "IL", "JO", "LB", "LY", "MA",
    "PS", "SY", "TN",
];

const NORDIC_BALTIC: [&str; 8] = ["SE", "DK", "FI", "NO", "EE", "LV", "LT", "AX"];
const FAROE_ICELAND: [&str; 2] = ["IS", "FO"];

const UNCONFIRMED_4000: &str = "unconfirmed: 1188 or 1180";

/// A travel band row in cents: key, standard, green, standard note, green note.
type Band = (
    &'static str,
    Option<i64>,
    Option<i64>,
    &'static str,
    &'static str,
);

/// Calls 2024 onward.
const TRAVEL_2024: [Band; 8] = [
    ("0-9", Some(0), Some(0), "", ""),
    ("10-99", Some(2_800), Some(5_600), "", ""),
    ("100-499", Some(21_100), Some(28_500), "", ""),
    ("500-1999", Some(30_900), Some(41_700), "", ""),
    ("2000-2999", Some(39_500), Some(53_500), "", ""),
    ("3000-3999", Some(58_000), Some(78_500), "", ""),
    ("4000-7999", None, None, UNCONFIRMED_4000, UNCONFIRMED_4000),
    (
        "8000+",
        Some(173_500),
        Some(173_500),
        "",
        "same as standard",
    ),
];

const GREEN_NOT_STATED: &str = "green rate not stated for this call";

/// Calls 2021–2023.
const TRAVEL_2021: [Band; 8] = [
    ("0-9", Some(0), Some(0), "", ""),
    ("10-99", Some(2_300), None, "", GREEN_NOT_STATED),
    ("100-499", Some(18_000), Some(21_000), "", ""),
    ("500-1999", Some(27_500), Some(32_000), "", ""),
    ("2000-2999", Some(36_000), Some(41_000), "", ""),
    ("3000-3999", Some(53_000), Some(61_000), "", ""),
    ("4000-7999", Some(82_000), None, "", GREEN_NOT_STATED),
    ("8000+", Some(150_000), None, "", GREEN_NOT_STATED),
];

/// Everything FUNDING.md states, for call years 2021..=2025.
pub fn seed() -> RateTable {
    let mut rates = Vec::new();
    let mut push = |action, call_year, kind, key: &str, value, note: &str| {
        rates.push(RateRow {
            action,
            call_year,
            kind,
            key: key.to_owned(),
            value,
            note: note.to_owned(),
        });
    };
    let programme_countries: Vec<&str> = GROUP_1
        .iter()
        .chain(&GROUP_2)
        .chain(&GROUP_3)
        .copied()
        .collect();

    for year in SEED_YEARS {
        let bands = if year >= 2024 {
            &TRAVEL_2024
        } else {
            &TRAVEL_2021
        };
        for action in KA1_ACTIONS {
            for (key, standard, green, standard_note, green_note) in bands {
                push(
                    action,
                    year,
                    RateKind::TravelStandard,
                    key,
                    *standard,
                    standard_note,
                );
                push(action, year, RateKind::TravelGreen, key, *green, green_note);
            }
            push(
                action,
                year,
                RateKind::TravelDaysStandard,
                "max",
                Some(2),
                "",
            );
            if action == FundingAction::Ka152You {
                push(
                    action,
                    year,
                    RateKind::TravelDaysGreen,
                    "max",
                    None,
                    "unconfirmed: the general rule says 6, one agency says 4 for youth exchanges",
                );
            } else {
                push(action, year, RateKind::TravelDaysGreen, "max", Some(6), "");
            }
        }

        let youth = FundingAction::Ka152You;
        for country in &programme_countries {
            push(
                youth,
                year,
                RateKind::OrganisationalSupport,
                country,
                None,
                "set per country and call; enter it",
            );
        }
        push(
            youth,
            year,
            RateKind::InclusionSupport,
            "participant",
            None,
            "unconfirmed: 125",
        );

        // FUNDING.md quotes the 2024 and 2025 guides; of the earlier calls it gives only the
        // travel bands and country groups, so their other amounts are to be entered.
        let stated = |cents: i64| if year >= 2024 { Some(cents) } else { None };
        let stated_note = if year >= 2024 {
            ""
        } else {
            "stated for the 2024 and 2025 calls only; enter this call's amount"
        };
        for action in [FundingAction::Ka122Sch, FundingAction::Ka121Sch] {
            push(
                action,
                year,
                RateKind::OrganisationalSupport,
                "pupil",
                stated(10_000),
                stated_note,
            );
            push(
                action,
                year,
                RateKind::InclusionSupport,
                "participant",
                None,
                "unconfirmed for school mobility: 125 is stated for other key-action-1 actions",
            );
            for group in ["1", "2", "3"] {
                let note = "Swedish rates to be entered (Iceland's agency: pupils 85/74/64, staff 191/169/148)";
                push(
                    action,
                    year,
                    RateKind::IndividualSupportPupil,
                    group,
                    None,
                    note,
                );
                push(
                    action,
                    year,
                    RateKind::IndividualSupportStaff,
                    group,
                    None,
                    note,
                );
            }
        }

        let partnership = FundingAction::Ka210;
        push(
            partnership,
            year,
            RateKind::LumpSum,
            "30000",
            Some(3_000_000),
            "",
        );
        push(
            partnership,
            year,
            RateKind::LumpSum,
            "60000",
            Some(6_000_000),
            "",
        );

        let nordplus = FundingAction::NordplusJuniorClass;
        for (area, value) in [
            (NordplusArea::NordicBaltic, 33_000),
            (NordplusArea::FaroeIceland, 66_000),
            (NordplusArea::Greenland, 130_000),
        ] {
            push(
                nordplus,
                year,
                RateKind::NordplusTravel,
                area.code(),
                stated(value),
                stated_note,
            );
        }
    }

    let mut countries = Vec::new();
    for year in SEED_YEARS {
        let mut add = |country: &str, erasmus, country_group, note: &str| {
            countries.push(CountryRow {
                call_year: year,
                country: country.to_owned(),
                erasmus,
                country_group,
                nordplus: nordplus_area(country),
                note: note.to_owned(),
            });
        };
        for (group, members) in [(1, &GROUP_1[..]), (2, &GROUP_2[..]), (3, &GROUP_3[..])] {
            for country in members {
                let group = match (*country, year < 2024) {
                    ("AT", true) => 2,
                    ("EE", true) => 3,
                    _ => group,
                };
                add(country, ErasmusStatus::ProgrammeCountry, Some(group), "");
            }
        }
        for country in NEIGHBOURING {
            add(country, ErasmusStatus::NeighbouringRegion, None, "");
        }
        // Belarus (region 2) and Russia (region 4) took part until their participation was
        // suspended in March 2022.
        for country in ["BY", "RU"] {
            if year < 2022 {
                add(country, ErasmusStatus::NeighbouringRegion, None, "");
            } else {
                add(
                    country,
                    ErasmusStatus::NotEligible,
                    None,
                    "participation suspended since March 2022",
                );
            }
        }
        add(
            "CN",
            ErasmusStatus::NotEligible,
            None,
            "not eligible for KA152 or KA122",
        );
        for country in ["FO", "GL", "AX"] {
            add(
                country,
                ErasmusStatus::NotEligible,
                None,
                "not an Erasmus+ programme country",
            );
        }
    }

    RateTable { rates, countries }
}

fn nordplus_area(country: &str) -> Option<NordplusArea> {
    if NORDIC_BALTIC.contains(&country) {
        Some(NordplusArea::NordicBaltic)
    } else if FAROE_ICELAND.contains(&country) {
        Some(NordplusArea::FaroeIceland)
    } else if country == "GL" {
        Some(NordplusArea::Greenland)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn seed_has_no_duplicate_rows() {
        let table = seed();
        let mut seen = HashSet::new();
        for row in &table.rates {
            let id = (row.action, row.call_year, row.kind, row.key.clone());
            assert!(seen.insert(id), "duplicate {row:?}");
            // The stored columns: keys of at most 16 characters, no negative values.
            assert!(
                row.key.len() <= 16 && row.value.is_none_or(|v| v >= 0),
                "{row:?}"
            );
        }
        let mut seen = HashSet::new();
        for row in &table.countries {
            assert!(
                seen.insert((row.call_year, row.country.clone())),
                "duplicate {row:?}"
            );
        }
    }

    #[test]
    fn every_ka1_action_has_all_bands_every_year() {
        let table = seed();
        for action in KA1_ACTIONS {
            assert_eq!(table.years(action), vec![2021, 2022, 2023, 2024, 2025]);
            for year in SEED_YEARS {
                for band in DistanceBand::ALL {
                    for kind in [RateKind::TravelStandard, RateKind::TravelGreen] {
                        assert!(
                            table.row(action, year, kind, band_key(band)).is_some(),
                            "{action:?} {year} {kind:?} {band:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn seeded_amounts_follow_funding_md() {
        let table = seed();
        let youth = FundingAction::Ka152You;
        let travel = |year, kind, key| table.rate(youth, year, kind, key);
        assert_eq!(
            travel(2025, RateKind::TravelStandard, "500-1999"),
            Ok(30_900)
        );
        assert_eq!(travel(2024, RateKind::TravelGreen, "3000-3999"), Ok(78_500));
        assert_eq!(travel(2024, RateKind::TravelGreen, "8000+"), Ok(173_500));
        assert_eq!(travel(2023, RateKind::TravelStandard, "10-99"), Ok(2_300));
        assert_eq!(travel(2022, RateKind::TravelGreen, "2000-2999"), Ok(41_000));
        assert_eq!(travel(2021, RateKind::TravelStandard, "8000+"), Ok(150_000));
        let school = FundingAction::Ka122Sch;
        assert_eq!(
            table.rate(school, 2025, RateKind::OrganisationalSupport, "pupil"),
            Ok(10_000)
        );
        assert_eq!(
            table.rate(school, 2025, RateKind::TravelDaysGreen, "max"),
            Ok(6)
        );
        assert_eq!(
            table.lump_sums(FundingAction::Ka210, 2025),
            vec![3_000_000, 6_000_000]
        );
        assert_eq!(
            table.rate(
                FundingAction::NordplusJuniorClass,
                2025,
                RateKind::NordplusTravel,
                "faroe_iceland"
            ),
            Ok(66_000)
        );
    }

    #[test]
    fn country_groups_are_per_call_year() {
        let table = seed();
        let group = |year, code| table.country(year, code).and_then(|row| row.country_group);
        assert_eq!(group(2024, "AT"), Some(1));
        assert_eq!(group(2023, "AT"), Some(2));
        assert_eq!(group(2025, "EE"), Some(2));
        assert_eq!(group(2021, "EE"), Some(3));
        assert_eq!(group(2025, "se"), Some(1));
        for year in SEED_YEARS {
            let programme = table
                .countries
                .iter()
                .filter(|row| row.call_year == year)
                .filter(|row| row.erasmus == ErasmusStatus::ProgrammeCountry)
                .count();
            assert_eq!(programme, 33);
        }
        let china = table.country(2025, "CN").map(|row| row.erasmus);
        assert_eq!(china, Some(ErasmusStatus::NotEligible));
        let iceland = table.country(2025, "IS");
        assert_eq!(
            iceland.map(|row| (row.erasmus, row.nordplus)),
            Some((
                ErasmusStatus::ProgrammeCountry,
                Some(NordplusArea::FaroeIceland)
            ))
        );
        let greenland = table.country(2025, "GL");
        assert_eq!(
            greenland.map(|row| (row.erasmus, row.nordplus)),
            Some((ErasmusStatus::NotEligible, Some(NordplusArea::Greenland)))
        );
        assert_eq!(table.country(2026, "SE"), None);
        assert_eq!(table.country(2025, "US"), None);
    }

    #[test]
    fn unconfirmed_rows_need_a_value() {
        let table = seed();
        let youth = FundingAction::Ka152You;
        for year in [2024, 2025] {
            for action in KA1_ACTIONS {
                for kind in [RateKind::TravelStandard, RateKind::TravelGreen] {
                    let row = table.row(action, year, kind, "4000-7999");
                    assert_eq!(row.and_then(|r| r.value), None);
                    assert!(row.is_some_and(|r| r.note.contains("1180")));
                }
            }
        }
        for year in SEED_YEARS {
            let none = |kind, key| {
                table
                    .row(youth, year, kind, key)
                    .is_some_and(|row| row.value.is_none() && !row.note.is_empty())
            };
            assert!(none(RateKind::InclusionSupport, "participant"));
            assert!(none(RateKind::TravelDaysGreen, "max"));
            assert!(none(RateKind::OrganisationalSupport, "FR"));
            for action in [FundingAction::Ka122Sch, FundingAction::Ka121Sch] {
                let row = table.row(action, year, RateKind::InclusionSupport, "participant");
                assert!(row.is_some_and(|r| r.value.is_none() && r.note.contains("unconfirmed")));
                for group in ["1", "2", "3"] {
                    let row = table.row(action, year, RateKind::IndividualSupportPupil, group);
                    assert!(row.is_some_and(|r| r.value.is_none() && r.note.contains("85/74/64")));
                }
            }
        }
    }

    #[test]
    fn rate_names_the_missing_row() {
        let table = seed();
        let missing_value = table.rate(
            FundingAction::Ka152You,
            2025,
            RateKind::TravelStandard,
            "4000-7999",
        );
        let expected = RateRef {
            action: FundingAction::Ka152You,
            call_year: 2025,
            kind: RateKind::TravelStandard,
            key: "4000-7999".to_owned(),
        };
        assert_eq!(missing_value, Err(expected.clone()));
        assert_eq!(
            expected.describe(),
            "KA152-YOU 2025 travel_standard 4000-7999"
        );
        let absent_row = table.rate(
            FundingAction::Ka122Sch,
            2026,
            RateKind::TravelStandard,
            "500-1999",
        );
        assert_eq!(
            absent_row.map_err(|r| r.describe()),
            Err("KA122-SCH 2026 travel_standard 500-1999".to_owned())
        );
        assert!(!table.has_year(FundingAction::Ka210, 2026));
        assert!(table.has_year(FundingAction::Ka210, 2021));
    }

    #[test]
    fn codes_round_trip() {
        for action in FundingAction::ALL {
            assert_eq!(FundingAction::from_code(action.code()), Some(*action));
            assert!(!action.label().is_empty());
        }
        assert_eq!(
            FundingAction::NordplusJuniorClass.programme(),
            Programme::NordplusJunior
        );
        for kind in RateKind::ALL {
            assert_eq!(RateKind::from_code(kind.code()), Some(*kind));
        }
    }
}
