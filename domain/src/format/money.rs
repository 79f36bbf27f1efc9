//! Amounts of money as each language writes them, with the currency's symbol where the
//! language has one and its ISO code where not: "1 234,50 kr", "€1,234.50", "1.234,50 €",
//! "1 234,50 PLN" in Swedish. Rounded to the currency's minor unit (none for ISK).
use std::sync::OnceLock;

use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_experimental::dimension::currency::{CurrencyType, formatter::CurrencyFormatter};

use super::{LOCALES, icu_locale, index};
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
}
