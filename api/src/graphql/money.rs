//! Amounts of money: minor units and an ISO 4217 currency, never a float.
use async_graphql::{InputObject, Object};
use utbyte_domain::{
    format,
    money::{Currency, Money},
};

use super::accounts::Locale;

mirror_enum! {
    /// An ISO 4217 currency.
    CurrencyGql as "Currency" => Currency { Sek, Eur, Nok, Dkk, Pln, Isk, Gbp, Chf }
}

/// An amount in a currency.
pub struct MoneyGql(pub Money);

#[Object(name = "Money")]
impl MoneyGql {
    /// In the currency's minor units: öre, cents (ISK has none).
    async fn minor_units(&self) -> i64 {
        self.0.minor
    }
    async fn currency(&self) -> CurrencyGql {
        self.0.currency.into()
    }
    /// As a person reads it in `language`: "1 234,50 kr", "€1,234.50".
    async fn formatted(&self, language: Locale) -> String {
        format::money(language.into(), &self.0)
    }
}

/// An amount in a currency; kronor unless another is named.
#[derive(InputObject, Clone, Copy)]
#[graphql(name = "MoneyInput")]
pub struct MoneyInput {
    /// In the currency's minor units: öre, cents (ISK has none).
    pub minor_units: i64,
    #[graphql(default_with = "CurrencyGql::Sek")]
    pub currency: CurrencyGql,
}

impl Default for MoneyInput {
    fn default() -> Self {
        Self {
            minor_units: 0,
            currency: CurrencyGql::Sek,
        }
    }
}

impl From<MoneyInput> for Money {
    fn from(input: MoneyInput) -> Self {
        Money::new(input.minor_units, input.currency.into())
    }
}
