//! `/`: a signed-out person is sent to sign in; a signed-in person gets their home page:
//! what waits for them (approval steps, registrations, unread notifications) and their
//! exchanges by state.
use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::Utc;
use utbyte_domain::{
    DomainError, DomainResult, Principal, Services,
    entities::{notifications as notification_rows, youth_profiles},
    exchanges::{approvals, proposals, rules::ExchangeState},
    notifications,
    registrations::{people, registering, rules::RegistrationState},
};

use super::{
    errors,
    pages::{Page, render},
    session::{self, SignedForm},
    sign_in::SIGN_IN_PATH,
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/youth/{id}/confirm-membership", post(confirm_membership))
}

/// How many unread notifications the home page lists (the rest are a click away).
const NOTIFICATIONS_SHOWN: u64 = 5;
/// How many of one's own registrations the home page looks through for ones needing action.
const REGISTRATIONS_LOOKED_AT: u64 = 50;
/// How many memberships to confirm the home page lists, oldest first.
const MEMBERSHIPS_SHOWN: u64 = 20;

#[derive(Template)]
#[template(path = "web/home.html")]
struct HomePage {
    page: Page,
    approvals: Vec<Approval>,
    registrations: Vec<Registration>,
    notifications: Vec<notification_rows::Model>,
    /// Young people whose membership of the person's organisation waits for them.
    memberships: Vec<youth_profiles::Model>,
    exchanges_by_state: Vec<(ExchangeState, u64)>,
}

/// An approval step waiting for the person's decision.
struct Approval {
    exchange_id: String,
    title: String,
    waiting_since: String,
    due: String,
    overdue: bool,
}

/// A registration of the person's own or their child's that waits for them.
struct Registration {
    participant: String,
    exchange_title: String,
    state: RegistrationState,
    offer_expires: Option<String>,
}

async fn home(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let signed_in = match session::signed_in(&headers, &state).await {
        Ok(Some(signed_in)) => signed_in,
        Ok(None) => return Redirect::to(SIGN_IN_PATH).into_response(),
        Err(response) => return response,
    };
    let page = match signed_in.page(&state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let locale = page.locale;
    match home_page(&state.services, &signed_in.principal, page).await {
        Ok(home) => render(StatusCode::OK, &home),
        Err(error) => errors::page(&error, locale),
    }
}

async fn home_page(
    services: &Services,
    principal: &Principal,
    page: Page,
) -> DomainResult<HomePage> {
    let now = Utc::now();
    let locale = page.locale;
    let approvals = approvals::queue(services, principal)
        .await?
        .into_iter()
        .map(|item| Approval {
            exchange_id: item.exchange.id.to_string(),
            title: approvals::title_for(&item.exchange, locale),
            waiting_since: page.date_time(item.step.activated_at.unwrap_or(item.step.created_at)),
            due: page.date_time(item.step.due_at),
            overdue: item.step.due_at < now,
        })
        .collect();
    let waiting: Vec<_> = registering::mine(services, principal, REGISTRATIONS_LOOKED_AT, None)
        .await?
        .registrations
        .into_iter()
        .filter_map(|view| {
            let state = RegistrationState::from_code(&view.registration.state)?;
            matches!(
                state,
                RegistrationState::PendingConsent | RegistrationState::Offered
            )
            .then_some((view, state))
        })
        .collect();
    let exchange_ids: Vec<_> = waiting
        .iter()
        .map(|(view, _)| view.registration.exchange_id)
        .collect();
    let trips = proposals::exchanges_by_ids(&services.db, &exchange_ids).await?;
    let registrations = waiting
        .into_iter()
        .map(|(view, state)| Registration {
            participant: view.youth.display_name,
            exchange_title: trips
                .iter()
                .find(|trip| trip.id == view.registration.exchange_id)
                .map(|trip| approvals::title_for(trip, locale))
                .unwrap_or_default(),
            state,
            offer_expires: view
                .registration
                .offer_expires_at
                .map(|at| page.date_time(at)),
        })
        .collect();
    let notifications = notifications::list(services, principal, NOTIFICATIONS_SHOWN, None, true)
        .await?
        .items;
    let memberships =
        people::memberships_to_confirm(services, principal, MEMBERSHIPS_SHOWN).await?;
    let exchanges_by_state = proposals::count_by_state(services, principal).await?;
    let title = page.t("home-title");
    Ok(HomePage {
        page: Page { title, ..page },
        approvals,
        registrations,
        notifications,
        memberships,
        exchanges_by_state,
    })
}

impl HomePage {
    fn state_name(&self, state: &ExchangeState) -> String {
        self.page.t(&format!(
            "exchange-state-{}",
            state.code().replace('_', "-")
        ))
    }

    fn registration_state(&self, state: &RegistrationState) -> String {
        self.page.t(&format!(
            "registration-state-{}",
            state.code().replace('_', "-")
        ))
    }

    fn received(&self, notification: &notification_rows::Model) -> String {
        self.page.date_time(notification.created_at)
    }
}

#[derive(serde::Deserialize)]
struct NoFields {}

/// Confirms, from the home page, that a young person belongs to the organisation.
async fn confirm_membership(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    // An id that is not one is no profile the person may see.
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        let error = DomainError::NotFound("youth profile");
        return signed_in.refusal(&state, &error).await;
    };
    match people::confirm_membership(&state.services, &signed_in.principal, &client.meta, id).await
    {
        Ok(_) => Redirect::to("/").into_response(),
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}
