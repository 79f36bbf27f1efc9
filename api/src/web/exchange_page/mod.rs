//! The exchanges a signed-in person may see: the list (`/exchanges`) and the exchange page
//! (`/exchanges/{id}`, the address the mails use). Both read through the domain services the
//! API's `exchanges` and `exchange` queries use, so the same people see the same exchanges;
//! anyone else gets the 404 page.
mod funding;
mod links;
mod list;
mod view;

use askama::Template;
use axum::{Router, http::StatusCode, response::Response, routing::get};
use utbyte_domain::{DomainError, entities::towns, format, types::Locale};

use super::{
    errors,
    pages::{Page, render},
    session::SignedIn,
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/exchanges", get(list::show))
        .route("/exchanges/{id}", get(view::show))
}

/// The page `build` makes in the person's frame, or the refusal page in their language.
async fn respond<T: Template>(
    state: &AppState,
    signed_in: &SignedIn,
    build: impl AsyncFnOnce(Page) -> Result<T, DomainError>,
) -> Response {
    let page = match signed_in.page(state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let locale = page.locale;
    match build(page).await {
        Ok(built) => render(StatusCode::OK, &built),
        Err(error) => errors::page(&error, locale),
    }
}

/// A query parameter: absent or empty is none; anything else must `parse`, or the request
/// is refused naming `field`.
fn optional<T>(
    raw: Option<&str>,
    field: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<Option<T>, DomainError> {
    match raw {
        None | Some("") => Ok(None),
        Some(raw) => parse(raw)
            .map(Some)
            .ok_or_else(|| DomainError::field(field, "invalid", "not a value this page knows")),
    }
}

/// A workflow state in words.
fn state_text(page: &Page, state: &str) -> String {
    page.t(&key("exchange-state", state))
}

/// The catalogue key for a stored code: `exchange-state` and `changes_requested` give
/// `exchange-state-changes-requested`.
fn key(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('_', "-"))
}

/// A town with its country, in the reader's language where the town has an English name;
/// the country is always named in the reader's language.
fn town_name(town: &towns::Model, locale: Locale) -> String {
    let name = match (locale, &town.english_name) {
        (Locale::En, Some(english)) => english,
        _ => &town.local_name,
    };
    format!("{name} ({})", format::country(locale, &town.country))
}

/// The keys the exchange pages put together from a stored code, for every code (see
/// `catalogue_keys`). Events of the history are not among them: one the catalogue does not
/// know is shown by its code.
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    use utbyte_domain::{
        directory::types::Theme,
        exchanges::{
            proposals::{Accommodation, ExchangeDirection, REVIEWED_FIELDS},
            rules::{CHECKLIST, ExchangeState, RiskLevel},
        },
        funding::{budget::LineCategory, planning::Basis},
    };
    let codes = |prefix: &str, codes: Vec<&str>| -> Vec<String> {
        codes.into_iter().map(|code| key(prefix, code)).collect()
    };
    [
        codes(
            "exchange-state",
            ExchangeState::ALL.iter().map(|s| s.code()).collect(),
        ),
        codes(
            "exchange-direction",
            ExchangeDirection::ALL.iter().map(|d| d.code()).collect(),
        ),
        codes(
            "exchange-theme",
            Theme::ALL.iter().map(|t| t.code()).collect(),
        ),
        codes(
            "exchange-accommodation",
            Accommodation::ALL.iter().map(|a| a.code()).collect(),
        ),
        codes(
            "exchange-risk",
            RiskLevel::ALL.iter().map(|r| r.code()).collect(),
        ),
        // The roles an approval step waits for, and the decisions a step records.
        codes("exchange-role", vec!["principal", "coordinator"]),
        codes(
            "exchange-decision",
            vec![
                "waiting",
                "pending",
                "approved",
                "rejected",
                "changes_requested",
                "withdrawn",
            ],
        ),
        codes("exchange-check", CHECKLIST.to_vec()),
        CHECKLIST
            .iter()
            .map(|code| format!("{}-failed", key("exchange-check", code)))
            .collect(),
        codes("exchange-field", REVIEWED_FIELDS.to_vec()),
        codes(
            "exchange-action",
            funding::ACTIONS.iter().map(|a| a.code()).collect(),
        ),
        codes(
            "exchange-funding-category",
            LineCategory::ALL.iter().map(|c| c.code()).collect(),
        ),
        codes(
            "exchange-funding-basis",
            Basis::ALL.iter().map(|b| b.code()).collect(),
        ),
    ]
    .concat()
}
