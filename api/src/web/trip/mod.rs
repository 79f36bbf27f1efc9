//! Running the trip, for the exchange's teachers, leaders and coordinators: registration and
//! the registrations list (`registrations`), the roster and medical information (`roster`),
//! advancing the exchange and the report after it (`progress`). Every page and form calls the
//! same domain services as the API, so who may do what is decided there.
mod progress;
mod registrations;
mod roster;

use axum::{
    Router,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use utbyte_domain::{
    DomainError,
    entities::exchanges,
    exchanges::{access::Relation, approvals::title_for, proposals},
};
use uuid::Uuid;

use super::{errors, pages::Page, session::SignedIn};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/exchanges/{id}/registrations", get(registrations::show))
        .route("/exchanges/{id}/places", post(registrations::set_places))
        .route(
            "/exchanges/{id}/registrations/{registration}/cancel",
            post(registrations::cancel),
        )
        .route(
            "/exchanges/{id}/registrations/{registration}/resend-consent",
            post(registrations::resend_consent),
        )
        .route(
            "/exchanges/{id}/youth/{youth}/confirm-membership",
            post(registrations::confirm_membership),
        )
        .route(
            "/exchanges/{id}/lottery",
            get(registrations::lottery).post(registrations::draw_lottery),
        )
        .route("/exchanges/{id}/roster", get(roster::page))
        .route("/exchanges/{id}/roster.csv", get(roster::csv))
        .route(
            "/exchanges/{id}/medical/{registration}",
            get(roster::medical),
        )
        .route("/exchanges/{id}/advance", post(progress::advance))
        .route(
            "/exchanges/{id}/report",
            get(progress::report_form).post(progress::file_report),
        )
}

/// The exchange a page is about, as the signed-in person may see it, with the page frame.
struct Trip {
    exchange: exchanges::Model,
    relation: Relation,
    page: Page,
}

/// An id from the address; one that is not an id is an exchange nobody can see.
fn parse_id(raw: &str) -> Result<Uuid, DomainError> {
    raw.parse().map_err(|_| DomainError::NotFound("exchange"))
}

impl Trip {
    /// The exchange `raw_id` for `signed_in`, with the page titled `title_key` (which takes
    /// the exchange's `title`); the refusal page when they may not see it.
    async fn open(
        state: &AppState,
        signed_in: &SignedIn,
        raw_id: &str,
        title_key: &str,
    ) -> Result<Trip, Response> {
        let mut page = signed_in.page(state, String::new()).await?;
        let refused = |error: DomainError| errors::page(&error, page.locale);
        let id = parse_id(raw_id).map_err(refused)?;
        let (exchange, relation) =
            proposals::find_visible(&state.services, &signed_in.principal, id)
                .await
                .map_err(refused)?;
        page.title = page.t1(title_key, "title", title_for(&exchange, page.locale));
        Ok(Trip {
            exchange,
            relation,
            page,
        })
    }

    fn refused(&self, error: &DomainError) -> Response {
        errors::page(error, self.page.locale)
    }
}

/// After a change: back to the registrations page, with `notice` shown there.
fn back_to_registrations(exchange: Uuid, notice: &str) -> Response {
    Redirect::to(&format!(
        "/exchanges/{exchange}/registrations?notice={notice}"
    ))
    .into_response()
}

/// The keys the trip pages put together from a code (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    registrations::dynamic_keys()
}
