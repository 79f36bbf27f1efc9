//! `/exchanges/{id}/registrations`: how places are given out, and every registration with
//! its state, guardians' consent, waiting list position, offer and lottery outcome; the
//! actions on a registration; the lottery with a confirmation step.
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use serde::Deserialize;
use utbyte_domain::{
    DomainError, FieldError,
    entities::exchange_places,
    exchanges::lifecycle::{self, Progress},
    registrations::{
        consent, people,
        places::{self, PlacesInput},
        registering::{self, RegistrationView},
        rules::{ConsentRule, Membership, Outcome, RegistrationState, Selection},
    },
};

use super::{Trip, back_to_registrations, parse_id};
use crate::{
    app::AppState,
    web::{
        pages::{FormErrors, Page, field_errors, render},
        session::{SignedForm, SignedIn},
    },
};

#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

/// The notices a change leads back with, and their message keys.
const NOTICES: &[(&str, &str)] = &[
    ("places-saved", "trip-places-saved"),
    ("cancelled", "trip-registration-cancelled"),
    ("consent-link-sent", "trip-consent-link-sent"),
    ("membership-confirmed", "trip-membership-confirmed"),
    ("lottery-drawn", "trip-lottery-drawn"),
    ("advanced", "trip-advanced"),
];

/// What the places form shows: the values sent, or the stored ones.
#[derive(Deserialize, Clone)]
pub struct PlacesForm {
    capacity: String,
    consent_rule: String,
    selection: String,
    membership: String,
}

impl PlacesForm {
    fn of(places: &exchange_places::Model) -> PlacesForm {
        PlacesForm {
            capacity: places.capacity.to_string(),
            consent_rule: places.consent_rule.clone(),
            selection: places.selection.clone(),
            membership: places.membership.clone(),
        }
    }

    /// The input for the domain, or the fields that are not one of the choices.
    fn parse(&self) -> Result<PlacesInput, DomainError> {
        let mut problems = Vec::new();
        let mut choice = |field: &str, value: Option<()>| {
            if value.is_none() {
                problems.push(FieldError::new(field, "invalid", "not one of the choices"));
            }
        };
        let capacity = utbyte_domain::format::western_digits(self.capacity.trim())
            .parse::<i32>()
            .ok();
        choice("capacity", capacity.map(|_| ()));
        let consent_rule = ConsentRule::from_code(&self.consent_rule);
        choice("consent_rule", consent_rule.map(|_| ()));
        let selection = Selection::from_code(&self.selection);
        choice("selection", selection.map(|_| ()));
        let membership = Membership::from_code(&self.membership);
        choice("membership", membership.map(|_| ()));
        match (capacity, selection, membership) {
            (Some(capacity), Some(selection), Some(membership)) if problems.is_empty() => {
                Ok(PlacesInput {
                    capacity,
                    consent_rule,
                    selection,
                    membership,
                })
            }
            _ => Err(DomainError::Validation(problems)),
        }
    }
}

/// A choice of the places form, with its options in words.
struct Choice {
    id: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    selected: String,
}

fn choices(page: &Page, form: &PlacesForm) -> Vec<Choice> {
    let choice = |id: &'static str, codes: Vec<&'static str>, selected: &str| Choice {
        id,
        label: page.t(&format!("trip-{}-label", id.replace('_', "-"))),
        options: codes
            .into_iter()
            .map(|code| (code, page.t(&format!("trip-{}", code.replace('_', "-")))))
            .collect(),
        selected: selected.to_owned(),
    };
    vec![
        choice(
            "consent_rule",
            ConsentRule::ALL.iter().map(|c| c.code()).collect(),
            &form.consent_rule,
        ),
        choice(
            "selection",
            Selection::ALL.iter().map(|c| c.code()).collect(),
            &form.selection,
        ),
        choice(
            "membership",
            Membership::ALL.iter().map(|c| c.code()).collect(),
            &form.membership,
        ),
    ]
}

/// One guardian's consent, in words.
struct GuardianRow {
    id: String,
    name: String,
    consent: String,
    /// Their unanswered request: since when, until when, last reminded.
    outstanding: Option<String>,
}

/// A guardian's unanswered request in words.
fn outstanding_words(page: &Page, outstanding: &consent::Outstanding) -> String {
    let asked = page.date_time(outstanding.asked_at);
    let expires = page.date_time(outstanding.expires_at);
    if outstanding.expired {
        return page.t2(
            "trip-outstanding-expired",
            "asked",
            asked,
            "expires",
            expires,
        );
    }
    let waiting = page.t2(
        "trip-outstanding-waiting",
        "asked",
        asked,
        "expires",
        expires,
    );
    match outstanding.last_reminded_at {
        Some(at) => format!(
            "{waiting} {}",
            page.t1("trip-outstanding-reminded", "at", page.date_time(at))
        ),
        None => waiting,
    }
}

/// One registration as the list shows it.
struct RegistrationRow {
    id: String,
    youth_id: String,
    participant: String,
    state: String,
    /// The registration still holds or waits for a place, so it can be cancelled.
    open: bool,
    membership_confirmed: bool,
    waiting_position: Option<i64>,
    offer_expires_at: Option<String>,
    lottery_rank: Option<i32>,
    outcome_reason: Option<String>,
    consent: String,
    guardians: Vec<GuardianRow>,
    /// The reason typed into its cancel form, kept when it was refused.
    cancel_reason: String,
}

#[derive(Template)]
#[template(path = "web/trip_registrations.html")]
struct RegistrationsPage {
    page: Page,
    exchange_id: String,
    state: String,
    notice: Option<String>,
    errors: FormErrors,
    form: PlacesForm,
    choices: Vec<Choice>,
    capacity: i32,
    taken: i32,
    lottery: bool,
    lottery_seed: Option<String>,
    lottery_drawn_at: Option<String>,
    registrations: Vec<RegistrationRow>,
    /// How many guardians have not answered, in words.
    outstanding_summary: String,
    next_steps: Vec<(&'static str, String)>,
    early_reason: String,
}

/// What a refused form puts back on the page.
#[derive(Default)]
pub(super) struct Sent {
    errors: FormErrors,
    places: Option<PlacesForm>,
    /// (registration id, reason typed).
    cancel: Option<(String, String)>,
    early_reason: String,
}

impl Sent {
    pub(super) fn errors(errors: FormErrors) -> Sent {
        Sent {
            errors,
            ..Sent::default()
        }
    }

    /// The advance form refused, with the reason typed kept.
    pub(super) fn early(errors: FormErrors, early_reason: String) -> Sent {
        Sent {
            errors,
            early_reason,
            ..Sent::default()
        }
    }
}

fn state_key(state: &str) -> String {
    format!("trip-state-{}", state.replace('_', "-"))
}

fn consent_words(page: &Page, view: &RegistrationView) -> String {
    let consent = &view.consent;
    page.t(match (consent.needed, consent.met) {
        (false, _) => "trip-consent-not-needed",
        (true, true) => "trip-consent-met",
        (true, false) => match consent.rule {
            ConsentRule::OneGuardian => "trip-consent-awaited-one",
            ConsentRule::EveryGuardian => "trip-consent-awaited-every",
        },
    })
}

fn row(page: &Page, view: RegistrationView, sent: &Sent) -> RegistrationRow {
    let id = view.registration.id.to_string();
    let state = RegistrationState::from_code(&view.registration.state);
    let guardians = view
        .consent
        .guardians
        .iter()
        .map(|g| GuardianRow {
            id: g.guardian_id.to_string(),
            name: g.display_name.clone(),
            consent: page.t(&format!(
                "trip-guardian-{}",
                g.travel.as_deref().unwrap_or("awaited")
            )),
            outstanding: g.outstanding.as_ref().map(|o| outstanding_words(page, o)),
        })
        .collect();
    RegistrationRow {
        cancel_reason: match &sent.cancel {
            Some((registration, reason)) if *registration == id => reason.clone(),
            _ => String::new(),
        },
        consent: consent_words(page, &view),
        state: page.t(&state_key(&view.registration.state)),
        open: state.is_some_and(|s| !s.has_ended()),
        id,
        youth_id: view.youth.id.to_string(),
        participant: view.youth.display_name,
        membership_confirmed: view.youth.membership_confirmed,
        waiting_position: view.waiting_position,
        offer_expires_at: view
            .registration
            .offer_expires_at
            .map(|at| page.date_time(at)),
        lottery_rank: view.registration.lottery_rank,
        // In the reader's words where the outcome was kept as data; else the English
        // sentence of registrations made before.
        outcome_reason: Outcome::stored(view.registration.outcome.as_ref())
            .map(|outcome| outcome.text(page.locale))
            .or(view.registration.outcome_reason),
        guardians,
    }
}

/// The registrations page, with what a refused form sent.
pub(super) async fn render_page(
    state: &AppState,
    signed_in: &SignedIn,
    raw_id: &str,
    notice: Option<&str>,
    sent: Sent,
    status: StatusCode,
) -> Response {
    let trip = match Trip::open(state, signed_in, raw_id, "trip-registrations-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    let services = &state.services;
    let principal = &signed_in.principal;
    let id = trip.exchange.id;
    let views = match registering::of_exchange(services, principal, id).await {
        Ok(views) => views,
        Err(error) => return trip.refused(&error),
    };
    let places = match places::view(services, principal, id).await {
        Ok(places) => places,
        Err(error) => return trip.refused(&error),
    };
    let page = trip.page;
    let form = sent
        .places
        .clone()
        .unwrap_or_else(|| PlacesForm::of(&places));
    let exchange_state = utbyte_domain::exchanges::access::state(&trip.exchange);
    let next_steps = exchange_state
        .map(lifecycle::next_steps)
        .unwrap_or_default()
        .into_iter()
        .map(|step| (step.code(), page.t(&step_key(step))))
        .collect();
    render(
        status,
        &RegistrationsPage {
            exchange_id: id.to_string(),
            state: page.t(&format!(
                "trip-exchange-{}",
                trip.exchange.state.replace('_', "-")
            )),
            notice: notice
                .and_then(|notice| NOTICES.iter().find(|(code, _)| *code == notice))
                .map(|(_, key)| page.t(key)),
            choices: choices(&page, &form),
            form,
            capacity: places.capacity,
            taken: places.taken,
            lottery: places.selection == Selection::Lottery.code(),
            lottery_seed: places.lottery_seed.map(|seed| seed.to_string()),
            lottery_drawn_at: places.lottery_drawn_at.map(|at| page.date_time(at)),
            outstanding_summary: page.t1(
                "trip-outstanding-summary",
                "count",
                views
                    .iter()
                    .flat_map(|v| &v.consent.guardians)
                    .filter(|g| g.outstanding.is_some())
                    .count(),
            ),
            registrations: views
                .into_iter()
                .map(|view| row(&page, view, &sent))
                .collect(),
            next_steps,
            early_reason: sent.early_reason,
            errors: sent.errors,
            page,
        },
    )
}

fn step_key(step: Progress) -> String {
    format!("trip-step-{}", step.code().replace('_', "-"))
}

pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    render_page(
        &state,
        &signed_in,
        &id,
        query.notice.as_deref(),
        Sent::default(),
        StatusCode::OK,
    )
    .await
}

/// The page again with the form's field errors (422), or the refusal's page.
pub(super) async fn refused(
    state: &AppState,
    signed_in: &SignedIn,
    raw_id: &str,
    error: DomainError,
    rename: &[(&str, &str)],
    sent: impl FnOnce(FormErrors) -> Sent,
) -> Response {
    let locale = match signed_in.page(state, String::new()).await {
        Ok(page) => page.locale,
        Err(response) => return response,
    };
    match field_errors(locale, error, rename) {
        Ok(errors) => {
            render_page(
                state,
                signed_in,
                raw_id,
                None,
                sent(errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => crate::web::errors::page(&error, locale),
    }
}

pub async fn set_places(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<PlacesForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let result = match (parse_id(&id), form.parse()) {
        (Ok(exchange), Ok(input)) => {
            places::set_places(
                &state.services,
                &signed_in.principal,
                &client.meta,
                exchange,
                input,
            )
            .await
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    };
    match result {
        Ok(places) => back_to_registrations(places.exchange_id, "places-saved"),
        Err(error) => {
            let rename = [
                ("input.capacity", "capacity"),
                ("input.selection", "selection"),
            ];
            refused(&state, &signed_in, &id, error, &rename, |errors| Sent {
                errors,
                places: Some(form),
                ..Sent::default()
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct CancelForm {
    reason: String,
}

pub async fn cancel(
    State(state): State<AppState>,
    Path((id, registration)): Path<(String, String)>,
    sent: SignedForm<CancelForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let result = match (parse_id(&id), registration.parse()) {
        (Ok(exchange), Ok(registration)) => registering::cancel(
            &state.services,
            &signed_in.principal,
            &client.meta,
            registration,
            &form.reason,
        )
        .await
        .map(|_| exchange),
        _ => Err(DomainError::NotFound("registration")),
    };
    match result {
        Ok(exchange) => back_to_registrations(exchange, "cancelled"),
        Err(error) => {
            let field = format!("reason-{registration}");
            let rename = [("reason", field.as_str())];
            refused(&state, &signed_in, &id, error, &rename, |errors| Sent {
                errors,
                cancel: Some((registration.clone(), form.reason)),
                ..Sent::default()
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct GuardianForm {
    guardian: String,
}

pub async fn resend_consent(
    State(state): State<AppState>,
    Path((id, registration)): Path<(String, String)>,
    sent: SignedForm<GuardianForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let ids = (
        parse_id(&id),
        registration.parse(),
        form.guardian.parse::<uuid::Uuid>(),
    );
    let result = match ids {
        (Ok(exchange), Ok(registration), Ok(guardian)) => consent::resend(
            &state.services,
            &signed_in.principal,
            &client.meta,
            registration,
            guardian,
        )
        .await
        .map(|_| exchange),
        _ => Err(DomainError::NotFound("registration")),
    };
    match result {
        Ok(exchange) => back_to_registrations(exchange, "consent-link-sent"),
        Err(error) => refused(&state, &signed_in, &id, error, &[], Sent::errors).await,
    }
}

#[derive(Deserialize)]
pub struct NoFields {}

pub async fn confirm_membership(
    State(state): State<AppState>,
    Path((id, youth)): Path<(String, String)>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    let result = match (parse_id(&id), youth.parse()) {
        (Ok(exchange), Ok(youth)) => {
            people::confirm_membership(&state.services, &signed_in.principal, &client.meta, youth)
                .await
                .map(|_| exchange)
        }
        _ => Err(DomainError::NotFound("youth profile")),
    };
    match result {
        Ok(exchange) => back_to_registrations(exchange, "membership-confirmed"),
        Err(error) => refused(&state, &signed_in, &id, error, &[], Sent::errors).await,
    }
}

#[derive(Template)]
#[template(path = "web/trip_lottery.html")]
struct LotteryPage {
    page: Page,
    exchange_id: String,
    waiting: usize,
    free: i32,
}

/// The confirmation step before the lottery is drawn: it cannot be undone.
pub async fn lottery(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Response {
    let trip = match Trip::open(&state, &signed_in, &id, "trip-lottery-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    let services = &state.services;
    let exchange = trip.exchange.id;
    let views = match registering::of_exchange(services, &signed_in.principal, exchange).await {
        Ok(views) => views,
        Err(error) => return trip.refused(&error),
    };
    let places = match places::view(services, &signed_in.principal, exchange).await {
        Ok(places) => places,
        Err(error) => return trip.refused(&error),
    };
    let waiting = views
        .iter()
        .filter(|view| view.registration.state == RegistrationState::WaitingList.code())
        .count();
    render(
        StatusCode::OK,
        &LotteryPage {
            page: trip.page,
            exchange_id: exchange.to_string(),
            waiting,
            free: Ord::max(places.capacity - places.taken, 0),
        },
    )
}

pub async fn draw_lottery(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    let result = match parse_id(&id) {
        Ok(exchange) => {
            places::draw_lottery(
                &state.services,
                Some(&signed_in.principal),
                &client.meta,
                exchange,
            )
            .await
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(places) => back_to_registrations(places.exchange_id, "lottery-drawn"),
        Err(error) => refused(&state, &signed_in, &id, error, &[], Sent::errors).await,
    }
}

/// The keys the registration pages put together from a code, for every code (see
/// `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    let kebab = |code: &str| code.replace('_', "-");
    let mut keys: Vec<String> = NOTICES.iter().map(|(_, key)| (*key).to_owned()).collect();
    keys.extend(RegistrationState::ALL.iter().map(|s| state_key(s.code())));
    keys.extend(Progress::ALL.iter().map(|step| step_key(*step)));
    let choices: [(&str, Vec<&str>); 3] = [
        (
            "consent_rule",
            ConsentRule::ALL.iter().map(|c| c.code()).collect(),
        ),
        (
            "selection",
            Selection::ALL.iter().map(|c| c.code()).collect(),
        ),
        (
            "membership",
            Membership::ALL.iter().map(|c| c.code()).collect(),
        ),
    ];
    for (id, codes) in choices {
        keys.push(format!("trip-{}-label", kebab(id)));
        keys.extend(codes.iter().map(|code| format!("trip-{}", kebab(code))));
    }
    // A guardian's last travel event, or none yet.
    keys.extend(
        ["given", "withdrawn", "invalidated", "awaited"]
            .map(|code| format!("trip-guardian-{code}")),
    );
    keys
}
