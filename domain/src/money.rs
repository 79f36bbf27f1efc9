//! Amounts of money: a whole number of the currency's minor units (öre, cents, grosze) with
//! its ISO 4217 currency, never a float. Erasmus+ and Nordplus figures are in euro; what
//! families pay is usually in kronor. Shown to people by `format::money`.
use std::fmt;

use crate::{code_enum, error::FieldError};

code_enum! {
    /// An ISO 4217 currency: those of Sweden's partner countries.
    pub enum Currency {
        Sek = "SEK",
        Eur = "EUR",
        Nok = "NOK",
        Dkk = "DKK",
        Pln = "PLN",
        /// Icelandic króna: no minor unit in ISO 4217.
        Isk = "ISK",
        Gbp = "GBP",
        Chf = "CHF",
    }
}

impl Currency {
    /// What an unknown code is told (a test keeps it in step with `ALL`).
    const SUPPORTED: &'static str = "must be one of: SEK, EUR, NOK, DKK, PLN, ISK, GBP, CHF";

    /// A currency from its ISO code, in either case.
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        Self::from_code(&raw.trim().to_ascii_uppercase())
            .ok_or_else(|| FieldError::new(field, "unsupported_currency", Self::SUPPORTED))
    }

    /// A stored code; the column only ever holds a parsed one, and kronor are the default.
    pub fn from_stored(code: &str) -> Self {
        Self::from_code(code).unwrap_or(Self::Sek)
    }

    /// How many decimals the minor unit is (ISO 4217's exponent): 2 for the öre, 0 for ISK.
    pub fn minor_digits(self) -> u8 {
        match self {
            Self::Isk => 0,
            _ => 2,
        }
    }
}

/// An amount: `minor` units of `currency` (`Money::new(123_450, Currency::Sek)` is
/// 1 234,50 kr).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// An amount in euro cents, as the EU's and the Nordic programmes' figures are.
    pub const fn euro(cents: i64) -> Self {
        Self::new(cents, Currency::Eur)
    }

    /// An amount in öre.
    pub const fn kronor(ore: i64) -> Self {
        Self::new(ore, Currency::Sek)
    }

    /// The sum, if both are in one currency and it does not overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        (self.currency == other.currency)
            .then(|| self.minor.checked_add(other.minor))
            .flatten()
            .map(|minor| Money::new(minor, self.currency))
    }

    /// `count` times the amount, unless it overflows.
    pub fn checked_mul(self, count: i64) -> Option<Money> {
        self.minor
            .checked_mul(count)
            .map(|minor| Money::new(minor, self.currency))
    }
}

/// For logs and audit details, not for people: "1234.50 SEK", "-0.05 EUR", "500 ISK".
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = u32::from(self.currency.minor_digits());
        let sign = if self.minor < 0 { "-" } else { "" };
        let minor = self.minor.unsigned_abs();
        if digits == 0 {
            return write!(f, "{sign}{minor} {}", self.currency.code());
        }
        let scale = 10_u64.pow(digits);
        write!(
            f,
            "{sign}{}.{:0width$} {}",
            minor / scale,
            minor % scale,
            self.currency.code(),
            width = digits as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_parse_from_their_code_naming_the_field() {
        assert_eq!(Currency::parse("currency", " sek ").unwrap(), Currency::Sek);
        assert_eq!(Currency::parse("currency", "EUR").unwrap(), Currency::Eur);
        let refused = Currency::parse("input.currency", "USD").unwrap_err();
        assert_eq!(refused.field, "input.currency");
        assert_eq!(refused.code, "unsupported_currency");
        let codes: Vec<&str> = Currency::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(
            refused.message,
            format!("must be one of: {}", codes.join(", "))
        );
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Some(*currency));
        }
    }

    #[test]
    fn sums_stay_in_one_currency() {
        let fee = Money::kronor(15_000);
        assert_eq!(
            fee.checked_add(Money::kronor(50)),
            Some(Money::kronor(15_050))
        );
        assert_eq!(fee.checked_add(Money::euro(1)), None);
        assert_eq!(fee.checked_mul(3), Some(Money::kronor(45_000)));
        assert_eq!(Money::euro(i64::MAX).checked_add(Money::euro(1)), None);
    }

    #[test]
    fn plain_text_for_logs() {
        assert_eq!(Money::kronor(123_450).to_string(), "1234.50 SEK");
        assert_eq!(Money::euro(-5).to_string(), "-0.05 EUR");
        assert_eq!(Money::new(500, Currency::Isk).to_string(), "500 ISK");
    }
}
