//! How a budget line's amount was reached, kept as numbers and written out for each reader
//! from the catalogues ("22 travellers × €309.00 (500–1999 km, standard travel)",
//! "22 resenärer × 309,00 € (500–1 999 km, vanlig resa)"). The API's and the program CSV's
//! formulas are the English ones.
use fluent_templates::fluent_bundle::FluentValue;

use super::rates::{RateKind, RateRef, band_key};
use crate::{
    format,
    geo::DistanceBand,
    i18n::{self, Arg, ArgValue},
    money::Money,
    types::Locale,
};

/// Who individual support is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Travellers {
    Pupils,
    AccompanyingPersons,
}

impl Travellers {
    fn code(self) -> &'static str {
        match self {
            Self::Pupils => "pupils",
            Self::AccompanyingPersons => "staff",
        }
    }
}

/// A budget line's formula. Amounts are euro cents, as the programmes' figures are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Formula {
    /// Travellers × the distance band's unit cost.
    Travel {
        travellers: i64,
        rate: i64,
        band: DistanceBand,
        green: bool,
    },
    /// 80 % of the real travel cost, when the unit costs cover less than 70 % of it.
    ExpensiveTravel {
        real: i64,
        unit: i64,
    },
    /// Persons × days (one part per number of days) = person-days × the venue's rate.
    YouthOrganisationalSupport {
        parts: Vec<(i64, i64)>,
        person_days: i64,
        rate: i64,
        venue: String,
    },
    SchoolOrganisationalSupport {
        pupils: i64,
        rate: i64,
    },
    /// Persons × days × the daily rate, at 70 % from day 15 when `reduced` says so:
    /// (full days, reduced days, reduced rate).
    IndividualSupport {
        who: Travellers,
        persons: i64,
        days: i64,
        rate: i64,
        reduced: Option<(i64, i64, i64)>,
    },
    InclusionSupport {
        participants: i64,
        rate: i64,
    },
    InclusionRealCosts {
        amount: i64,
    },
    ExceptionalCosts {
        amount: i64,
    },
    LumpSum {
        amount: i64,
    },
    /// Travellers × the Nordplus rate between two countries, in the dearer end's area.
    NordplusTravel {
        travellers: i64,
        rate: i64,
        from: String,
        to: String,
        area: &'static str,
    },
}

impl Formula {
    /// The formula in `locale`'s words, numbers and money.
    pub fn text(&self, locale: Locale) -> String {
        let euro = |cents: &i64| FluentValue::from(format::money(locale, &Money::euro(*cents)));
        let count = |n: &i64| FluentValue::from(*n);
        let country = |code: &str| FluentValue::from(format::country(locale, code));
        let (key, args): (&str, Vec<Arg<'static>>) = match self {
            Self::Travel {
                travellers,
                rate,
                band,
                green,
            } => (
                "budget-formula-travel",
                vec![
                    ("travellers", count(travellers)),
                    ("rate", euro(rate)),
                    ("band", band_text(locale, *band).into()),
                    ("green", green.fluent()),
                ],
            ),
            Self::ExpensiveTravel { real, unit } => (
                "budget-formula-expensive-travel",
                vec![("real", euro(real)), ("unit", euro(unit))],
            ),
            Self::YouthOrganisationalSupport {
                parts,
                person_days,
                rate,
                venue,
            } => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(persons, days)| {
                        i18n::text_with(
                            locale,
                            "budget-formula-persons-days",
                            &[("persons", count(persons)), ("days", count(days))],
                        )
                    })
                    .collect();
                (
                    "budget-formula-youth-organisational-support",
                    vec![
                        ("parts", parts.join(" + ").into()),
                        ("person_days", count(person_days)),
                        ("rate", euro(rate)),
                        ("venue", country(venue)),
                    ],
                )
            }
            Self::SchoolOrganisationalSupport { pupils, rate } => (
                "budget-formula-school-organisational-support",
                vec![("pupils", count(pupils)), ("rate", euro(rate))],
            ),
            Self::IndividualSupport {
                who,
                persons,
                days,
                rate,
                reduced,
            } => {
                let mut args = vec![
                    ("who", who.code().fluent()),
                    ("persons", count(persons)),
                    ("days", count(days)),
                    ("rate", euro(rate)),
                ];
                match reduced {
                    None => ("budget-formula-individual-support", args),
                    Some((full_days, reduced_days, reduced_rate)) => {
                        args.extend([
                            ("full_days", count(full_days)),
                            ("reduced_days", count(reduced_days)),
                            ("reduced_rate", euro(reduced_rate)),
                        ]);
                        ("budget-formula-individual-support-reduced", args)
                    }
                }
            }
            Self::InclusionSupport { participants, rate } => (
                "budget-formula-inclusion-support",
                vec![("participants", count(participants)), ("rate", euro(rate))],
            ),
            Self::InclusionRealCosts { amount } => (
                "budget-formula-inclusion-real-costs",
                vec![("amount", euro(amount))],
            ),
            Self::ExceptionalCosts { amount } => (
                "budget-formula-exceptional-costs",
                vec![("amount", euro(amount))],
            ),
            Self::LumpSum { amount } => ("budget-formula-lump-sum", vec![("amount", euro(amount))]),
            Self::NordplusTravel {
                travellers,
                rate,
                from,
                to,
                area,
            } => (
                "budget-formula-nordplus-travel",
                vec![
                    ("travellers", count(travellers)),
                    ("rate", euro(rate)),
                    ("from", country(from)),
                    ("to", country(to)),
                    ("area", area.fluent()),
                ],
            ),
        };
        i18n::text_with(locale, key, &args)
    }
}

/// A rate table row in `locale`'s words: "KA122-SCH 2025: standard travel, 500–1999 km",
/// "KA152-YOU 2025: individual support, pupils, country group 1". The API keeps the row's
/// codes (`RateRef::describe`).
pub fn rate_row_text(locale: Locale, rate: &RateRef) -> String {
    let band = DistanceBand::ALL
        .into_iter()
        .find(|band| band_key(*band) == rate.key);
    let key = match rate.kind {
        RateKind::TravelStandard | RateKind::TravelGreen => band.map(|b| band_text(locale, b)),
        RateKind::OrganisationalSupport if rate.key.len() == 2 => {
            Some(format::country(locale, &rate.key))
        }
        RateKind::IndividualSupportPupil | RateKind::IndividualSupportStaff => {
            Some(i18n::text_with(
                locale,
                "budget-country-group",
                &[("group", rate.key.clone().into())],
            ))
        }
        RateKind::NordplusTravel => Some(i18n::text_with(
            locale,
            "budget-nordplus-area",
            &[("area", rate.key.clone().into())],
        )),
        RateKind::LumpSum => rate
            .key
            .parse::<i64>()
            .ok()
            .map(|euros| format::money(locale, &Money::euro(euros * 100))),
        _ => None,
    };
    let mut args: Vec<Arg<'static>> = vec![
        ("action", rate.action.code().into()),
        ("year", rate.call_year.to_string().into()),
        (
            "kind",
            i18n::text_with(
                locale,
                "budget-rate-kind",
                &[("kind", rate.kind.code().into())],
            )
            .into(),
        ),
    ];
    match key {
        Some(key) => {
            args.push(("key", key.into()));
            i18n::text_with(locale, "budget-rate-row-keyed", &args)
        }
        None => i18n::text_with(locale, "budget-rate-row", &args),
    }
}

/// A distance band as the programme guide writes it, in `locale`'s words: "500–1999 km",
/// "8000 km and more" (the edges ungrouped, as the guide has them).
pub fn band_text(locale: Locale, band: DistanceBand) -> String {
    let (from, to) = band.range_km();
    match to {
        Some(to) => i18n::text_with(
            locale,
            "budget-band",
            &[("from", from.into()), ("to", to.into())],
        ),
        None => i18n::text_with(locale, "budget-band-open", &[("from", from.into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_read_in_each_language() {
        let travel = Formula::Travel {
            travellers: 22,
            rate: 30_900,
            band: DistanceBand::From500To1999,
            green: false,
        };
        assert_eq!(
            travel.text(Locale::En),
            "22 travellers × €309.00 (500–1999 km, standard travel)"
        );
        assert_eq!(
            travel.text(Locale::Sv),
            "22 resenärer × 309,00\u{a0}€ (500–1999 km, vanlig resa)"
        );
        for band in DistanceBand::ALL {
            assert_eq!(band_text(Locale::En, band), band.label());
        }
        let one = Formula::Travel {
            travellers: 1,
            rate: 41_700,
            band: DistanceBand::From8000,
            green: true,
        };
        assert_eq!(
            one.text(Locale::En),
            "1 traveller × €417.00 (8000 km and more, green travel)"
        );
        let reduced = Formula::IndividualSupport {
            who: Travellers::Pupils,
            persons: 10,
            days: 16,
            rate: 8_500,
            reduced: Some((14, 2, 5_950)),
        };
        assert_eq!(
            reduced.text(Locale::En),
            "10 pupils × 16 days: 14 days × €85.00 + 2 days × €59.50 (70 % from day 15)"
        );
        let youth = Formula::YouthOrganisationalSupport {
            parts: vec![(8, 7), (1, 9)],
            person_days: 65,
            rate: 12_500,
            venue: "FI".into(),
        };
        assert_eq!(
            youth.text(Locale::En),
            "8 persons × 7 days + 1 person × 9 days = 65 person-days × €125.00 (organisational support, venue Finland)"
        );
        assert!(youth.text(Locale::Sv).contains("Finland"));
        let row = |kind: RateKind, key: &str| RateRef {
            action: super::super::rates::FundingAction::Ka122Sch,
            call_year: 2025,
            kind,
            key: key.to_owned(),
        };
        let rows = [
            (
                row(RateKind::TravelStandard, "500-1999"),
                "KA122-SCH 2025: standard travel, 500–1999 km",
            ),
            (
                row(RateKind::IndividualSupportPupil, "1"),
                "KA122-SCH 2025: individual support, pupils, country group 1",
            ),
            (
                row(RateKind::OrganisationalSupport, "FR"),
                "KA122-SCH 2025: organisational support, France",
            ),
            (
                row(RateKind::TravelDaysGreen, "max"),
                "KA122-SCH 2025: travel days, green travel",
            ),
            (
                row(RateKind::NordplusTravel, "greenland"),
                "KA122-SCH 2025: Nordplus travel, Greenland",
            ),
        ];
        for (rate, english) in &rows {
            assert_eq!(rate_row_text(Locale::En, rate), *english);
        }
        for locale in Locale::ALL.iter().copied().chain([Locale::Pseudo]) {
            for (rate, _) in &rows {
                let text = rate_row_text(locale, rate);
                assert!(
                    !text.contains("budget-") && !text.contains('_'),
                    "{locale:?}: {text}"
                );
            }
            for formula in [&travel, &one, &reduced, &youth] {
                let text = formula.text(locale);
                assert!(
                    !text.contains("budget-") && !text.is_empty(),
                    "{locale:?}: {text}"
                );
            }
        }
    }
}
