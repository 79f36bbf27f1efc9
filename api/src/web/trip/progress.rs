//! Moving the exchange on (the next steps `advanceExchange` allows) and the report after the
//! trip (`/exchanges/{id}/report`, as `fileExchangeReport` takes it).
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use utbyte_domain::{
    DomainError,
    exchanges::{
        lifecycle::{self, Progress},
        report::{self, ReportInput},
        rules::{self, Action, ExchangeState},
    },
    format,
    money::Currency,
};

use super::{
    Trip, back_to_registrations, parse_id,
    registrations::{Sent, refused, render_page},
};
use crate::{
    app::AppState,
    web::{
        errors,
        pages::{FormErrors, Page, field_errors, render},
        session::{SignedForm, SignedIn},
    },
};

#[derive(Deserialize)]
pub struct AdvanceForm {
    to: String,
    #[serde(default)]
    early_reason: String,
}

pub async fn advance(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<AdvanceForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let early_reason = Some(form.early_reason.trim()).filter(|reason| !reason.is_empty());
    let result = match (parse_id(&id), Progress::from_code(&form.to)) {
        (Ok(exchange), Some(to)) => {
            lifecycle::advance(
                &state.services,
                &signed_in.principal,
                &client.meta,
                exchange,
                to,
                early_reason,
            )
            .await
        }
        (Err(error), _) => Err(error),
        (_, None) => Err(DomainError::field("to", "invalid", "not a step")),
    };
    let error = match result {
        Ok(exchange) => return back_to_registrations(exchange.id, "advanced"),
        Err(error) => error,
    };
    let sent = |errors| Sent::early(errors, form.early_reason.clone());
    // Too early: only a coordinator may, with a written reason; say so at the reason field.
    if let DomainError::Conflict { code, .. } = &error
        && matches!(*code, "before_start_date" | "before_return_date")
    {
        let locale = match signed_in.page(&state, String::new()).await {
            Ok(page) => page.locale,
            Err(response) => return response,
        };
        let errors = FormErrors::one(locale, "early_reason", "trip-too-early");
        return render_page(
            &state,
            &signed_in,
            &id,
            None,
            sent(errors),
            StatusCode::CONFLICT,
        )
        .await;
    }
    let rename = [("earlyReason", "early_reason")];
    refused(&state, &signed_in, &id, error, &rename, sent).await
}

/// The report form's fields as typed.
#[derive(Deserialize, Default)]
pub struct ReportForm {
    what_happened: String,
    outcomes: String,
    feedback_summary: String,
    actual_cost: String,
}

#[derive(Template)]
#[template(path = "web/trip_report.html")]
struct ReportPage {
    page: Page,
    exchange_id: String,
    /// The form is open: the exchange is completed and not yet reported.
    open: bool,
    reported: bool,
    notice: Option<String>,
    errors: FormErrors,
    form: ReportForm,
}

#[derive(Deserialize)]
pub struct ReportQuery {
    notice: Option<String>,
}

async fn report_page(
    state: &AppState,
    signed_in: &SignedIn,
    raw_id: &str,
    notice: Option<&str>,
    form: ReportForm,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let trip = match Trip::open(state, signed_in, raw_id, "trip-report-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    // The same rule the service applies: its owners, coordinators and admins file it.
    if !rules::may_act(Action::Report, trip.relation.actor_for(Action::Report)) {
        return trip.refused(&DomainError::Forbidden);
    }
    let exchange_state = ExchangeState::from_code(&trip.exchange.state);
    let page = trip.page;
    render(
        status,
        &ReportPage {
            exchange_id: trip.exchange.id.to_string(),
            open: exchange_state == Some(ExchangeState::Completed),
            reported: exchange_state == Some(ExchangeState::Reported),
            notice: notice
                .filter(|notice| *notice == "filed")
                .map(|_| page.t("trip-report-filed")),
            page,
            errors,
            form,
        },
    )
}

pub async fn report_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<ReportQuery>,
) -> Response {
    report_page(
        &state,
        &signed_in,
        &id,
        query.notice.as_deref(),
        ReportForm::default(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

pub async fn file_report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<ReportForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    // An amount that is not one goes in as -1: the service refuses it as out of range, in
    // the same answer as the other fields' problems, and files nothing.
    let language = signed_in.locale(&state).await;
    let actual_cost_cents = format::read_amount(language, Currency::Eur, &form.actual_cost)
        .map_or(-1, |amount| amount.minor);
    let result = match parse_id(&id) {
        Ok(exchange) => {
            let input = ReportInput {
                what_happened: form.what_happened.clone(),
                outcomes: form.outcomes.clone(),
                feedback_summary: form.feedback_summary.clone(),
                actual_cost_cents,
            };
            report::file(
                &state.services,
                &signed_in.principal,
                &client.meta,
                exchange,
                input,
            )
            .await
            .map(|(exchange, _)| exchange.id)
        }
        Err(error) => Err(error),
    };
    let error = match result {
        Ok(exchange) => {
            return Redirect::to(&format!("/exchanges/{exchange}/report?notice=filed"))
                .into_response();
        }
        Err(error) => error,
    };
    let locale = match signed_in.page(&state, String::new()).await {
        Ok(page) => page.locale,
        Err(response) => return response,
    };
    let rename = [
        ("input.whatHappened", "what_happened"),
        ("input.outcomes", "outcomes"),
        ("input.feedbackSummary", "feedback_summary"),
        ("input.actualCostCents", "actual_cost"),
    ];
    match field_errors(locale, error, &rename) {
        Ok(errors) => {
            report_page(
                &state,
                &signed_in,
                &id,
                None,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => errors::page(&error, locale),
    }
}
