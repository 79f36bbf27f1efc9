//! Lengths of time as people say them ("7 dagar", "in 3 hours"), from the catalogues
//! (`format.ftl`), so that each language's plural rules choose the form.
use chrono::TimeDelta;

use crate::{i18n, types::Locale};

/// A number of days: "1 dag", "7 dagar", "7 days".
pub fn days(locale: Locale, count: i64) -> String {
    i18n::text_with(locale, "format-days", &[("count", count.into())])
}

/// A length of time in its largest whole unit, days, hours or minutes: "7 dagar", "3 hours",
/// "1 minut". The sign is ignored; less than a minute is "0 minutes".
pub fn duration(locale: Locale, length: TimeDelta) -> String {
    let (unit, count) = largest_unit(length.abs());
    i18n::text_with(locale, unit.key(), &[("count", count.into())])
}

/// A length of time from now: "om 7 dagar", "in 7 days" ahead; "för 2 timmar sedan",
/// "2 hours ago" behind; "nu", "now" within a minute.
pub fn relative(locale: Locale, from_now: TimeDelta) -> String {
    let (unit, count) = largest_unit(from_now.abs());
    if count == 0 {
        return i18n::text(locale, "format-now");
    }
    let key = match (from_now > TimeDelta::zero(), unit) {
        (true, Unit::Days) => "format-in-days",
        (true, Unit::Hours) => "format-in-hours",
        (true, Unit::Minutes) => "format-in-minutes",
        (false, Unit::Days) => "format-days-ago",
        (false, Unit::Hours) => "format-hours-ago",
        (false, Unit::Minutes) => "format-minutes-ago",
    };
    i18n::text_with(locale, key, &[("count", count.into())])
}

#[derive(Clone, Copy)]
enum Unit {
    Days,
    Hours,
    Minutes,
}

impl Unit {
    fn key(self) -> &'static str {
        match self {
            Unit::Days => "format-days",
            Unit::Hours => "format-hours",
            Unit::Minutes => "format-minutes",
        }
    }
}

fn largest_unit(length: TimeDelta) -> (Unit, i64) {
    if length.num_days() > 0 {
        (Unit::Days, length.num_days())
    } else if length.num_hours() > 0 {
        (Unit::Hours, length.num_hours())
    } else {
        (Unit::Minutes, length.num_minutes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_of_time_in_words() {
        let cases = [
            (Locale::Sv, TimeDelta::days(7), "7 dagar"),
            (Locale::Sv, TimeDelta::days(1), "1 dag"),
            (Locale::En, TimeDelta::days(7), "7 days"),
            (Locale::En, TimeDelta::days(1), "1 day"),
            (Locale::Sv, TimeDelta::hours(3), "3 timmar"),
            (Locale::En, TimeDelta::hours(1), "1 hour"),
            (Locale::Sv, TimeDelta::minutes(1), "1 minut"),
            (Locale::En, TimeDelta::minutes(45), "45 minutes"),
            (Locale::En, TimeDelta::seconds(20), "0 minutes"),
            // The largest whole unit, counted down: 6 days 23 hours is 6 days.
            (
                Locale::En,
                TimeDelta::days(6) + TimeDelta::hours(23),
                "6 days",
            ),
            (Locale::Sv, -TimeDelta::days(2), "2 dagar"),
        ];
        for (locale, length, expected) in cases {
            assert_eq!(duration(locale, length), expected, "{locale:?} {length}");
        }
        assert_eq!(days(Locale::Sv, 7), "7 dagar");
        assert_eq!(days(Locale::En, 1), "1 day");
    }

    #[test]
    fn lengths_of_time_from_now() {
        let cases = [
            (Locale::Sv, TimeDelta::days(7), "om 7 dagar"),
            (Locale::En, TimeDelta::days(7), "in 7 days"),
            (Locale::En, TimeDelta::days(1), "in 1 day"),
            (Locale::Sv, -TimeDelta::days(1), "för 1 dag sedan"),
            (Locale::En, -TimeDelta::days(3), "3 days ago"),
            (Locale::Sv, TimeDelta::hours(2), "om 2 timmar"),
            (Locale::En, -TimeDelta::hours(1), "1 hour ago"),
            (Locale::Sv, -TimeDelta::minutes(5), "för 5 minuter sedan"),
            (Locale::En, TimeDelta::minutes(1), "in 1 minute"),
            (Locale::Sv, TimeDelta::seconds(30), "nu"),
            (Locale::En, -TimeDelta::seconds(30), "now"),
        ];
        for (locale, from_now, expected) in cases {
            assert_eq!(
                relative(locale, from_now),
                expected,
                "{locale:?} {from_now}"
            );
        }
    }

    #[test]
    fn every_language_says_a_length_of_time_with_its_number() {
        for locale in Locale::ALL.into_iter().chain([Locale::Pseudo]) {
            let said = relative(locale, TimeDelta::days(7));
            assert!(said.contains('7'), "{locale:?}: {said}");
            assert!(!said.starts_with("format-"), "{locale:?}: {said}");
        }
    }
}
