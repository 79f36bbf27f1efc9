//! The funding part of the exchange page: the estimate line by line, each with its formula and
//! rate row and the rates the table lacks named, and the eligibility verdict with its reasons,
//! for one action and call year (`?action=&year=`; else the action the sending organisation
//! would apply for and the latest call year with rates up to the exchange's start).
use chrono::Datelike;
use serde::Deserialize;
use utbyte_domain::{
    DomainError, Principal, Services,
    directory::types::OrganisationKind,
    entities::{exchanges, organisations},
    funding::{
        budget::Budget, eligibility::Violation, formula::rate_row_text, planning,
        rates::FundingAction, store,
    },
};

use super::{key, optional};
use crate::web::pages::Page;

#[derive(Deserialize, Default)]
pub(super) struct FundingQuery {
    action: Option<String>,
    year: Option<String>,
}

pub(super) struct Line {
    pub category: String,
    pub formula: String,
    pub amount: String,
    /// The rate table row it came from, or words for a real cost.
    pub rate: String,
}

pub(super) struct Missing {
    pub category: String,
    pub rate: String,
}

pub(super) struct Estimate {
    pub basis: String,
    pub lines: Vec<Line>,
    pub total: String,
    pub missing: Vec<Missing>,
}

pub(super) struct FundingView {
    /// (code, words) of the actions an exchange is estimated for.
    pub actions: Vec<(&'static str, String)>,
    pub action: &'static str,
    pub action_text: String,
    /// The call years with rates for the action.
    pub years: Vec<i32>,
    pub call_year: Option<i32>,
    /// None when the action has no rates for the call year.
    pub estimate: Option<Estimate>,
    /// Why it is not eligible, in words; empty when it is.
    pub reasons: Vec<String>,
}

impl FundingView {
    pub fn is_chosen(&self, year: &i32) -> bool {
        self.call_year == Some(*year)
    }
}

/// The actions an exchange is estimated for (a partnership is a lump sum, not per exchange).
pub(super) const ACTIONS: [FundingAction; 4] = [
    FundingAction::Ka122Sch,
    FundingAction::Ka152You,
    FundingAction::Ka121Sch,
    FundingAction::NordplusJuniorClass,
];

/// The action and call year asked for; an unknown action or a year that is no number is
/// refused, naming the parameter.
fn parse(query: &FundingQuery) -> Result<(Option<FundingAction>, Option<i32>), DomainError> {
    let action = optional(query.action.as_deref(), "action", |code| {
        FundingAction::from_code(code).filter(|action| ACTIONS.contains(action))
    })?;
    let year = optional(query.year.as_deref(), "year", |year| year.parse().ok())?;
    Ok((action, year))
}

/// The call year to show: the one asked for, else the latest with rates up to the start year,
/// else the earliest there is.
fn call_year(asked: Option<i32>, years: &[i32], start_year: i32) -> Option<i32> {
    asked.or_else(|| {
        years
            .iter()
            .rev()
            .find(|year| **year <= start_year)
            .or(years.first())
            .copied()
    })
}

/// The funding part for a person who plans exchanges; `Ok(None)` for anyone else.
pub(super) async fn funding(
    services: &Services,
    principal: &Principal,
    page: &Page,
    exchange: &exchanges::Model,
    sending: &organisations::Model,
    query: &FundingQuery,
) -> Result<Option<FundingView>, DomainError> {
    if !utbyte_domain::funding::access::can_plan(&principal.roles) {
        return Ok(None);
    }
    let (asked_action, asked_year) = parse(query)?;
    let action = asked_action.unwrap_or(if sending.kind == OrganisationKind::School.code() {
        FundingAction::Ka122Sch
    } else {
        FundingAction::Ka152You
    });
    let years = store::call_years(&services.db, action).await?;
    let call_year = call_year(asked_year, &years, exchange.start_date.year());
    let (estimate, reasons) = match call_year {
        Some(year) => {
            let estimate = match planning::estimate_for_exchange(
                services,
                principal,
                exchange.id,
                action,
                year,
            )
            .await
            {
                Ok(found) => Some(estimate_view(page, found.basis.code(), found.value)),
                Err(DomainError::Validation(_)) => None,
                Err(other) => return Err(other),
            };
            let violations =
                planning::eligibility_for_exchange(services, principal, exchange.id, action, year)
                    .await?;
            (estimate, reasons(page, &violations.value))
        }
        None => (None, vec![page.t("exchange-eligibility-no-rate-table")]),
    };
    Ok(Some(FundingView {
        actions: ACTIONS
            .iter()
            .map(|a| (a.code(), page.t(&key("exchange-action", a.code()))))
            .collect(),
        action: action.code(),
        action_text: page.t(&key("exchange-action", action.code())),
        years,
        call_year,
        estimate,
        reasons,
    }))
}

fn estimate_view(page: &Page, basis: &str, budget: Budget) -> Estimate {
    let category = |code: &str| page.t(&key("exchange-funding-category", code));
    Estimate {
        basis: page.t(&key("exchange-funding-basis", basis)),
        lines: budget
            .lines
            .iter()
            .map(|line| Line {
                category: category(line.category.code()),
                formula: line.formula.text(page.locale),
                amount: page.euro(line.amount_cents),
                rate: line.rate.as_ref().map_or_else(
                    || page.t("exchange-funding-real-cost"),
                    |rate| rate_row_text(page.locale, rate),
                ),
            })
            .collect(),
        total: page.euro(budget.total_cents),
        missing: budget
            .missing
            .iter()
            .map(|missing| Missing {
                category: category(missing.category.code()),
                rate: rate_row_text(page.locale, &missing.rate),
            })
            .collect(),
    }
}

/// Each broken rule once, in words.
fn reasons(page: &Page, violations: &[Violation]) -> Vec<String> {
    let mut reasons: Vec<String> = violations
        .iter()
        .map(|v| page.t(&key("exchange-eligibility", v.code)))
        .collect();
    reasons.dedup();
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_call_year_is_the_latest_with_rates_up_to_the_start() {
        let years = [2023, 2024, 2025];
        let cases = [
            (None, 2027, Some(2025)),
            (None, 2024, Some(2024)),
            (None, 2020, Some(2023)),
            (Some(2021), 2027, Some(2021)),
        ];
        for (asked, start, expected) in cases {
            assert_eq!(
                call_year(asked, &years, start),
                expected,
                "{asked:?} {start}"
            );
        }
        assert_eq!(call_year(None, &[], 2027), None);
    }
}
