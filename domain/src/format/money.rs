//! Amounts of money as each language writes them, with the currency's symbol where the
//! language has one and its ISO code where not: "1 234,50 kr", "€1,234.50", "1.234,50 €",
//! "1 234,50 PLN" in Swedish. Rounded to the currency's minor unit (none for ISK).
//! And amounts as people type them into a form, read by the same language's rules.
use std::sync::OnceLock;

use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_experimental::dimension::currency::{CurrencyType, formatter::CurrencyFormatter};

use super::{LOCALES, icu_locale, index, numbers};
use crate::{
    money::{Currency, Money},
    types::Locale,
};

const CURRENCIES: usize = Currency::ALL.len();

type Formatter = CurrencyFormatter<DecimalFormatter>;

static FORMATTERS: [[OnceLock<Option<Formatter>>; CURRENCIES]; LOCALES] =
    [const { [const { OnceLock::new() }; CURRENCIES] }; LOCALES];

/// An amount in the reader's language: `money(Sv, &Money::kronor(123_450))` is "1 234,50 kr".
pub fn money(locale: Locale, amount: &Money) -> String {
    let mut value = Decimal::from(amount.minor);
    value.multiply_pow10(-i16::from(amount.currency.minor_digits()));
    let slot = Currency::ALL
        .iter()
        .position(|known| *known == amount.currency)
        .unwrap_or(0);
    FORMATTERS[index(locale)][slot]
        .get_or_init(|| {
            let code = CurrencyType::try_from_str(amount.currency.code()).ok()?;
            Formatter::try_new_symbol(icu_locale(locale).into(), code, Default::default()).ok()
        })
        .as_ref()
        .map_or_else(
            || amount.to_string(),
            |f| f.format_fixed_decimal(&value).to_string(),
        )
}

/// The number alone, as a form shows it for editing: "1 234,50" in Swedish, "12" for ISK.
pub fn amount(locale: Locale, amount: &Money) -> String {
    let mut value = Decimal::from(amount.minor);
    value.multiply_pow10(-i16::from(amount.currency.minor_digits()));
    numbers::formatted(locale, &value)
        .unwrap_or_else(|| value.to_string())
        .replace(['\u{200e}', '\u{200f}', '\u{61c}'], "")
}

/// Currency marks a person may type before or after the number.
const MARKS: [&str; 14] = [
    "SEK", "EUR", "NOK", "DKK", "PLN", "ISK", "GBP", "CHF", "kr.", "kr", "zł", "€", "£", "Fr.",
];

/// An amount as a person typed it, read by their language's rules, or `None` when it is
/// not one (negative, more decimals than the currency has, badly grouped).
///
/// The language's decimal sign is the decimal sign ("12,50" in Swedish); the other of `,`
/// and `.`, spaces and apostrophes group thousands ("12.500" is twelve thousand five
/// hundred in German, and in Swedish too). Typed once with one or two digits after it, the
/// other sign is read as a decimal sign ("12.50" in Swedish), since it cannot be grouping.
/// Arabic-Indic digits and the Arabic decimal sign are read as such.
pub fn read_amount(locale: Locale, currency: Currency, typed: &str) -> Option<Money> {
    let decimal = match numbers::decimal_separator(locale) {
        '\u{66b}' | '.' => '.',
        _ => ',',
    };
    let other = if decimal == ',' { '.' } else { ',' };
    let digits = numbers::western_digits(typed);
    let text = without_marks(&digits);
    // Normalise to ASCII digits, `d` for a decimal sign, `g` for grouping and `o` for the
    // other sign, whose role depends on the rest.
    let mut plain = String::new();
    for c in text.chars() {
        plain.push(match c {
            '0'..='9' => c,
            '\u{66b}' => 'd',
            '\u{66c}' | '\'' | '\u{2019}' => 'g',
            c if c.is_whitespace() || c == '\u{202f}' => 'g',
            c if c == decimal => 'd',
            c if c == other => 'o',
            _ => return None,
        });
    }
    let others = plain.matches('o').count();
    let tail = plain.rsplit('o').next().unwrap_or_default();
    let plain = if !plain.contains('d')
        && others == 1
        && (1..=2).contains(&tail.len())
        && tail.bytes().all(|b| b.is_ascii_digit())
    {
        plain.replace('o', "d")
    } else {
        plain.replace('o', "g")
    };
    let (whole, fraction) = match plain.split_once('d') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (plain.as_str(), None),
    };
    let groups: Vec<&str> = whole.split('g').collect();
    let grouped = groups.iter().skip(1).all(|group| group.len() == 3)
        && (1..=3).contains(&groups[0].len())
        || groups.len() == 1;
    let whole: String = groups.concat();
    let digits = u32::from(currency.minor_digits());
    let fraction = fraction.unwrap_or_default();
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !grouped
        || whole.is_empty()
        || whole.len() > 12
        || !all_digits(&whole)
        || !all_digits(fraction)
        || fraction.len() > digits as usize
        || (plain.contains('d') && fraction.is_empty())
    {
        return None;
    }
    let scale = 10_i64.pow(digits);
    let fraction_minor = if fraction.is_empty() {
        0
    } else {
        fraction.parse::<i64>().ok()? * 10_i64.pow(digits - fraction.len() as u32)
    };
    let minor = whole.parse::<i64>().ok()?.checked_mul(scale)? + fraction_minor;
    Some(Money::new(minor, currency))
}

/// `typed` without a currency code or symbol before or after the number.
fn without_marks(typed: &str) -> &str {
    let mut text = typed.trim();
    if let Some(mark) = MARKS.iter().find(|mark| {
        text.get(..mark.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(mark))
    }) {
        text = text[mark.len()..].trim_start();
    }
    if let Some(mark) = MARKS.iter().find(|mark| {
        text.len() >= mark.len()
            && text
                .get(text.len() - mark.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(mark))
    }) {
        text = text[..text.len() - mark.len()].trim_end();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_every_language() {
        let kronor = Money::kronor(123_450);
        let euro = Money::euro(123_450);
        let cases = [
            (Locale::Sv, "1\u{a0}234,50\u{a0}kr", "1\u{a0}234,50\u{a0}€"),
            (Locale::En, "SEK\u{a0}1,234.50", "€1,234.50"),
            (Locale::Pseudo, "SEK\u{a0}1,234.50", "€1,234.50"),
            (Locale::Nb, "1\u{a0}234,50\u{a0}SEK", "1\u{a0}234,50\u{a0}€"),
            (Locale::Da, "1.234,50\u{a0}SEK", "1.234,50\u{a0}€"),
            (Locale::Fi, "1\u{a0}234,50\u{a0}SEK", "1\u{a0}234,50\u{a0}€"),
            (Locale::Et, "1234,50\u{a0}SEK", "1234,50\u{a0}€"),
            (Locale::Pl, "1234,50\u{a0}SEK", "1234,50\u{a0}€"),
            (Locale::De, "1.234,50\u{a0}SEK", "1.234,50\u{a0}€"),
            (
                Locale::Ar,
                "\u{200f}1,234.50\u{a0}SEK",
                "\u{200f}1,234.50\u{a0}€",
            ),
            (Locale::So, "SEK\u{a0}1,234.50", "€1,234.50"),
            (Locale::Uk, "1\u{a0}234,50\u{a0}SEK", "1\u{a0}234,50\u{a0}€"),
        ];
        for (locale, in_kronor, in_euro) in cases {
            assert_eq!(money(locale, &kronor), in_kronor, "{locale:?}");
            assert_eq!(money(locale, &euro), in_euro, "{locale:?}");
        }
    }

    #[test]
    fn each_currency_in_its_minor_unit() {
        assert_eq!(
            money(Locale::Nb, &Money::new(-9_900, Currency::Nok)),
            "\u{2212}99,00\u{a0}kr"
        );
        assert_eq!(
            money(Locale::Da, &Money::new(5_000, Currency::Dkk)),
            "50,00\u{a0}kr."
        );
        assert_eq!(
            money(Locale::Pl, &Money::new(100_000_000, Currency::Pln)),
            "1\u{a0}000\u{a0}000,00\u{a0}zł"
        );
        assert_eq!(
            money(Locale::En, &Money::new(12_500, Currency::Isk)),
            "ISK\u{a0}12,500"
        );
        assert_eq!(money(Locale::En, &Money::euro(5)), "€0.05");
    }

    #[test]
    fn amounts_are_read_by_the_typists_language() {
        let sek = |typed: &str, locale: Locale| {
            read_amount(locale, Currency::Sek, typed).map(|money| money.minor)
        };
        let cases = [
            (Locale::Sv, "450", Some(45_000)),
            (Locale::Sv, "1 200,50", Some(120_050)),
            (Locale::Sv, "1\u{a0}200,5 kr", Some(120_050)),
            (Locale::Sv, "12.50", Some(1_250)),
            (Locale::Sv, "12.500", Some(1_250_000)),
            (Locale::Sv, "SEK 99", Some(9_900)),
            (Locale::Sv, "12,345", None),
            (Locale::Sv, "12 34", None),
            (Locale::Sv, "-5", None),
            (Locale::Sv, "five", None),
            (Locale::Sv, "", None),
            (Locale::Sv, "1,", None),
            (Locale::Sv, "1,2,3", None),
            (Locale::En, "12,500", Some(1_250_000)),
            (Locale::En, "12.5", Some(1_250)),
            (Locale::En, "1,234.50", Some(123_450)),
            (Locale::En, "1.234,50", None),
            (Locale::De, "12.500", Some(1_250_000)),
            (Locale::De, "1.234,50 €", Some(123_450)),
            (Locale::De, "12.50", Some(1_250)),
            (Locale::Ar, "\u{661}\u{662}\u{665}\u{660}", Some(125_000)),
            (Locale::Ar, "\u{661}\u{662}\u{66b}\u{665}", Some(1_250)),
            (Locale::Ar, "\u{6f1}\u{6f2}", Some(1_200)),
        ];
        for (locale, typed, expected) in cases {
            assert_eq!(sek(typed, locale), expected, "{typed:?} in {locale:?}");
        }
        assert_eq!(read_amount(Locale::Sv, Currency::Isk, "12,5"), None);
        assert_eq!(
            read_amount(Locale::Sv, Currency::Isk, "12 500"),
            Some(Money::new(12_500, Currency::Isk))
        );
    }

    #[test]
    fn an_amount_shown_for_editing_reads_back_the_same() {
        for locale in Locale::ALL.iter().copied().chain([Locale::Pseudo]) {
            for minor in [0, 7, 45_000, 45_050, 123_456_789] {
                for currency in [Currency::Sek, Currency::Eur, Currency::Isk] {
                    let money = Money::new(minor, currency);
                    let shown = amount(locale, &money);
                    assert_eq!(
                        read_amount(locale, currency, &shown),
                        Some(money),
                        "{shown:?} in {locale:?}"
                    );
                }
            }
        }
        assert_eq!(amount(Locale::Sv, &Money::kronor(120_050)), "1\u{a0}200,50");
        assert_eq!(amount(Locale::En, &Money::euro(45_000)), "450.00");
    }
}
