//! Numbers as each language writes them: "1 234,5" in Swedish, "1,234.5" in English,
//! "1.234,5" in German. Polish and Estonian group only from five digits ("1234,5"), as CLDR
//! says they do.
use icu_decimal::{DecimalFormatter, input::Decimal};

use super::PerLocale;
use crate::types::Locale;

static FORMATTERS: PerLocale<Option<DecimalFormatter>> = PerLocale::new();

/// A whole number: "1 234 567", "1,234,567".
pub fn integer(locale: Locale, value: i64) -> String {
    formatted(locale, &Decimal::from(value)).unwrap_or_else(|| value.to_string())
}

/// A number rounded to `fraction_digits` decimals, the zeros kept: `decimal(Sv, 1234.5, 1)`
/// is "1 234,5", `decimal(En, 2188.0, 0)` is "2,188".
pub fn decimal(locale: Locale, value: f64, fraction_digits: u8) -> String {
    let plain = format!("{value:.*}", usize::from(fraction_digits));
    plain
        .parse::<Decimal>()
        .ok()
        .and_then(|parsed| formatted(locale, &parsed))
        .unwrap_or(plain)
}

/// `typed` with Arabic-Indic and Eastern Arabic-Indic digits (٣, ۳) as the digits 0–9, so a
/// number or date typed on an Arabic or Persian keyboard reads as any other.
pub fn western_digits(typed: &str) -> String {
    typed
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (u32::from(c) - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (u32::from(c) - 0x6f0) as u8),
            other => other,
        })
        .collect()
}

/// The language's decimal sign, as its formatter writes a half: ',' or '.'.
pub fn decimal_separator(locale: Locale) -> char {
    decimal(locale, 0.5, 1)
        .chars()
        .find(|c| matches!(c, ',' | '.' | '\u{66b}'))
        .unwrap_or('.')
}

/// A decimal as the language writes it; `None` only without data for it.
pub(super) fn formatted(locale: Locale, value: &Decimal) -> Option<String> {
    FORMATTERS
        .get(locale, |icu| {
            DecimalFormatter::try_new(icu.into(), Default::default()).ok()
        })
        .as_ref()
        .map(|f| f.format(value).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_language() {
        // CLDR groups with a no-break space and writes minus as U+2212 in the Nordic languages.
        let cases = [
            (Locale::Sv, "1\u{a0}234,5", "\u{2212}1\u{a0}234\u{a0}567"),
            (Locale::En, "1,234.5", "-1,234,567"),
            (Locale::Pseudo, "1,234.5", "-1,234,567"),
            (Locale::Nb, "1\u{a0}234,5", "\u{2212}1\u{a0}234\u{a0}567"),
            (Locale::Da, "1.234,5", "-1.234.567"),
            (Locale::Fi, "1\u{a0}234,5", "\u{2212}1\u{a0}234\u{a0}567"),
            (Locale::Et, "1234,5", "\u{2212}1\u{a0}234\u{a0}567"),
            (Locale::Pl, "1234,5", "-1\u{a0}234\u{a0}567"),
            (Locale::De, "1.234,5", "-1.234.567"),
            (Locale::Ar, "1,234.5", "\u{200e}-1,234,567"),
            (Locale::So, "1,234.5", "-1,234,567"),
            (Locale::Uk, "1\u{a0}234,5", "-1\u{a0}234\u{a0}567"),
        ];
        for (locale, fraction, negative) in cases {
            assert_eq!(decimal(locale, 1234.5, 1), fraction, "{locale:?}");
            assert_eq!(integer(locale, -1_234_567), negative, "{locale:?}");
        }
    }

    #[test]
    fn decimals_are_rounded_and_keep_their_zeros() {
        assert_eq!(decimal(Locale::En, 2188.0, 0), "2,188");
        assert_eq!(decimal(Locale::En, 0.5, 2), "0.50");
        assert_eq!(decimal(Locale::Sv, 6371.0088, 1), "6\u{a0}371,0");
        assert_eq!(decimal(Locale::En, f64::NAN, 1), "NaN");
    }
}
