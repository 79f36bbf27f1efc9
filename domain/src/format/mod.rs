//! Dates, times, numbers, money and names as a reader of each language writes them.
//!
//! Plain functions over a `Locale` (and, for instants, a `TimeZone`), backed by libraries:
//! time zones come from the IANA database that `jiff` bundles into the binary (so a server
//! without `/usr/share/zoneinfo` gives the same answers); the words and patterns from the
//! Unicode CLDR data that ICU4X compiles in (`icu_datetime`, `icu_decimal`, and
//! `icu_experimental` for currencies and display names). Durations said in words come from
//! the message catalogues (`format.ftl`), so that Fluent chooses the plural.
//!
//! Which CLDR locale each language reads, and why:
//! - English is `en-GB`: day before month and a 24-hour clock, as the European readers of an
//!   exchange between Swedish municipalities and their partners expect (`en` alone would be
//!   American: "December 21, 2026 at 1:16 AM").
//! - Arabic is `ar-u-nu-latn`, Latin digits: the readers live in Sweden, where every form,
//!   ticket and timetable they compare a date with is written in Latin digits, and a date a
//!   person types back into a form is in those digits too. CLDR's own default for `ar` has
//!   been Latin digits since CLDR 42; naming it keeps the output the same if that changes.
//! - The pseudo-locale `en-XA` is formatted as English: only catalogue text is accented.
//! - Every other language reads its own CLDR locale. All eleven have date, time-zone, number
//!   and currency data in CLDR; Somali's is less complete (a time zone or country with no
//!   Somali name reads in English), and a currency with no symbol in a language is written
//!   with its ISO code ("1 234,50 PLN" in Swedish), which is what CLDR asks for.
mod durations;
mod money;
mod names;
mod numbers;
mod time;

use std::sync::OnceLock;

pub use durations::{days, duration, relative};
pub use money::{amount, money, read_amount};
pub use names::{country, language};
pub use numbers::{decimal, decimal_separator, integer, western_digits};
pub use time::{
    TimeZone, date, date_range, date_time, local_date, local_instant, noon_in_brussels,
    time_zone_name,
};

use crate::types::Locale;
use icu_locale_core::{Locale as IcuLocale, locale};

/// The CLDR locale a language is formatted in (see the module's notes).
fn icu_locale(locale: Locale) -> IcuLocale {
    match locale {
        Locale::Sv => locale!("sv"),
        Locale::En | Locale::Pseudo => locale!("en-GB"),
        Locale::Nb => locale!("nb"),
        Locale::Da => locale!("da"),
        Locale::Fi => locale!("fi"),
        Locale::Et => locale!("et"),
        Locale::Pl => locale!("pl"),
        Locale::De => locale!("de"),
        Locale::Ar => locale!("ar-u-nu-latn"),
        Locale::So => locale!("so"),
        Locale::Uk => locale!("uk"),
    }
}

/// How many languages there are, the pseudo-locale included.
const LOCALES: usize = Locale::ALL.len() + 1;

fn index(locale: Locale) -> usize {
    match locale {
        Locale::Pseudo => Locale::ALL.len(),
        other => Locale::ALL
            .iter()
            .position(|known| *known == other)
            .unwrap_or(0),
    }
}

/// One formatter per language, made when first needed and kept: building one looks up its
/// data, formatting with it does not.
struct PerLocale<T>([OnceLock<T>; LOCALES]);

impl<T> PerLocale<T> {
    const fn new() -> Self {
        Self([const { OnceLock::new() }; LOCALES])
    }

    fn get(&self, locale: Locale, make: impl FnOnce(IcuLocale) -> T) -> &T {
        self.0[index(locale)].get_or_init(|| make(icu_locale(locale)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_slot_of_its_own() {
        let mut seen: Vec<usize> = Locale::ALL
            .into_iter()
            .chain([Locale::Pseudo])
            .map(index)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), LOCALES);
        assert!(seen.iter().all(|slot| *slot < LOCALES));
    }
}
