//! The approver's pages: the queue of steps waiting for their decision (`/approvals`) and the
//! decision form of one exchange (`/exchanges/{id}/decision`), which the approval mails link to.
use askama::Template;
use axum::{
    Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utbyte_domain::{
    DomainError, FieldError,
    entities::approval_steps,
    exchanges::{
        approvals::{self, Decision, QueueItem, title_for},
        proposals,
        review::{self, DecisionView},
        rules::Severity,
    },
    format, i18n,
    types::Locale,
};
use uuid::Uuid;

use super::{
    errors,
    pages::{FormErrors, Page, render},
    session::{SignedForm, SignedIn},
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/approvals", get(queue))
        .route("/exchanges/{id}/decision", get(show).post(decide))
}

/// One step in the queue, as the page shows it.
struct QueueRow {
    exchange_id: Uuid,
    title: String,
    school: String,
    dates: String,
    role: String,
    waiting: String,
    due: String,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "web/approvals.html")]
struct QueuePage {
    page: Page,
    notice: Option<String>,
    /// Steps the person holds.
    held: Vec<QueueRow>,
    /// Overdue steps they may decide as the substitute.
    substituting: Vec<QueueRow>,
}

#[derive(Deserialize)]
struct QueueQuery {
    decided: Option<String>,
    exchange: Option<String>,
}

/// The step's approver in words: the role it was routed to, or a named person.
fn role_text(page: &Page, step: &approval_steps::Model) -> String {
    page.t(match step.approver_role.as_deref() {
        Some("principal") => "approvals-role-principal",
        Some("coordinator") => "approvals-role-coordinator",
        _ => "approvals-role-named",
    })
}

fn queue_row(page: &Page, item: &QueueItem, now: DateTime<Utc>) -> QueueRow {
    let since = item.step.activated_at.unwrap_or(item.step.created_at);
    QueueRow {
        exchange_id: item.exchange.id,
        title: title_for(&item.exchange, page.locale),
        school: item.school.clone(),
        dates: page.dates(item.exchange.start_date, item.exchange.end_date),
        role: role_text(page, &item.step),
        waiting: page.t1("approvals-waiting", "days", (now - since).num_days()),
        due: page.local_date(item.step.due_at),
        overdue: item.step.due_at <= now,
    }
}

async fn queue(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<QueueQuery>,
) -> Response {
    let page = match signed_in.page(&state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let items = match approvals::queue(&state.services, &signed_in.principal).await {
        Ok(items) => items,
        Err(error) => return errors::page(&error, page.locale),
    };
    let notice = decided_notice(&state, &signed_in, &page, &query).await;
    let now = Utc::now();
    let (substituting, held): (Vec<&QueueItem>, Vec<&QueueItem>) =
        items.iter().partition(|item| item.as_substitute);
    let rows = |items: Vec<&QueueItem>| {
        items
            .into_iter()
            .map(|item| queue_row(&page, item, now))
            .collect()
    };
    let (held, substituting) = (rows(held), rows(substituting));
    let title = page.t("approvals-title");
    render(
        StatusCode::OK,
        &QueuePage {
            page: Page { title, ..page },
            notice,
            held,
            substituting,
        },
    )
}

/// "You approved <title>." after a decision; nothing for an exchange the person may not see.
async fn decided_notice(
    state: &AppState,
    signed_in: &SignedIn,
    page: &Page,
    query: &QueueQuery,
) -> Option<String> {
    let decision = Decision::from_code(query.decided.as_deref()?)?;
    let id = Uuid::parse_str(query.exchange.as_deref()?).ok()?;
    let (exchange, _) = proposals::find_visible(&state.services, &signed_in.principal, id)
        .await
        .ok()?;
    let key = format!("approvals-decided-{}", decision.code().replace('_', "-"));
    Some(page.t1(&key, "title", title_for(&exchange, page.locale)))
}

/// One checklist item as the decision page shows it.
struct CheckRow {
    name: String,
    passed: bool,
    required: bool,
}

/// One earlier decision.
struct DecidedRow {
    role: String,
    decided_by: String,
    decision: String,
    decided_on: String,
    comment: Option<String>,
}

#[derive(Template)]
#[template(path = "web/decision.html")]
struct DecisionPage {
    page: Page,
    exchange_id: Uuid,
    school: String,
    dates: String,
    destination: String,
    group: String,
    risk: String,
    role: String,
    due: String,
    overdue: bool,
    checklist: Vec<CheckRow>,
    decided: Vec<DecidedRow>,
    /// The form as sent: the decision's code and the comment.
    chosen: String,
    comment: String,
    errors: FormErrors,
}

impl DecisionPage {
    /// The decisions offered, in order: (code, label key).
    fn choices(&self) -> [(&'static str, &'static str); 3] {
        [
            ("approve", "approvals-approve"),
            ("request_changes", "approvals-request-changes"),
            ("reject", "approvals-reject"),
        ]
    }

    fn is_chosen(&self, code: &str) -> bool {
        self.chosen == code
    }
}

#[derive(Template)]
#[template(path = "web/decision_closed.html")]
struct ClosedPage {
    page: Page,
    text: String,
}

/// The refusal's page; a step decided already, or an exchange that waits for no decision,
/// gets a 409 page that says so and leads back to the queue.
fn refusal_page(page: Page, error: &DomainError) -> Response {
    let text_key = match error {
        DomainError::Conflict { code, .. } if *code == "step_already_decided" => {
            "approvals-already-decided"
        }
        DomainError::Conflict { code, .. } if code.starts_with("illegal_in_state_") => {
            "approvals-not-waiting"
        }
        _ => return errors::page(error, page.locale),
    };
    let title = page.t("approvals-closed-title");
    let text = page.t(text_key);
    render(
        StatusCode::CONFLICT,
        &ClosedPage {
            page: Page { title, ..page },
            text,
        },
    )
}

fn decision_page(
    page: Page,
    view: DecisionView,
    form: &DecisionForm,
    errors: FormErrors,
) -> DecisionPage {
    let exchange = &view.exchange;
    let decided = view
        .decided
        .iter()
        .map(|d| DecidedRow {
            role: role_text(&page, &d.step),
            decided_by: d.decided_by.clone(),
            decision: page.t(&format!(
                "approvals-decision-{}",
                d.step.decision.replace('_', "-")
            )),
            decided_on: d
                .step
                .decided_at
                .map(|at| page.local_date(at))
                .unwrap_or_default(),
            comment: d.step.comment.clone(),
        })
        .collect();
    let checklist = view
        .checklist
        .iter()
        .map(|item| CheckRow {
            name: page.t(&format!("approvals-check-{}", item.code.replace('_', "-"))),
            passed: item.passed,
            required: item.severity == Severity::Hard,
        })
        .collect();
    let town = &view.destination;
    let destination = match &town.english_name {
        Some(english) if page.locale == Locale::En => english.clone(),
        _ => town.local_name.clone(),
    };
    let group = i18n::text_with(
        page.locale,
        "approvals-group",
        &[
            ("participants", f64::from(exchange.participants).into()),
            ("leaders", f64::from(exchange.leaders).into()),
        ],
    );
    let title = page.t1(
        "approvals-decision-title",
        "title",
        title_for(exchange, page.locale),
    );
    DecisionPage {
        exchange_id: exchange.id,
        school: view.school,
        dates: page.dates(exchange.start_date, exchange.end_date),
        destination: format!(
            "{destination} ({})",
            format::country(page.locale, &town.country)
        ),
        group,
        risk: approvals::risk_label(view.risk, page.locale).to_owned(),
        role: role_text(&page, &view.step),
        due: page.local_date(view.step.due_at),
        overdue: view.step.due_at <= Utc::now(),
        checklist,
        decided,
        chosen: form.decision.clone().unwrap_or_default(),
        comment: form.comment.clone(),
        errors,
        page: Page { title, ..page },
    }
}

/// The decision form as sent.
#[derive(Deserialize, Default)]
struct DecisionForm {
    decision: Option<String>,
    #[serde(default)]
    comment: String,
}

/// The decision page for `id` with the form as sent and its problems, or the refusal's page.
async fn decision_response(
    state: &AppState,
    signed_in: &SignedIn,
    id: &str,
    form: &DecisionForm,
    problems: &[FieldError],
    status: StatusCode,
) -> Response {
    let page = match signed_in.page(state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let found = match Uuid::parse_str(id) {
        Ok(id) => review::for_decision(&state.services, &signed_in.principal, id).await,
        Err(_) => Err(DomainError::NotFound("exchange")),
    };
    match found {
        Ok(view) => {
            let errors = FormErrors::of(page.locale, problems, &[]);
            render(status, &decision_page(page, view, form, errors))
        }
        Err(error) => refusal_page(page, &error),
    }
}

async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Response {
    let form = DecisionForm::default();
    decision_response(&state, &signed_in, &id, &form, &[], StatusCode::OK).await
}

/// Decides through the same service as the API; on success back to the queue with a notice.
async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<DecisionForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let decision = form.decision.as_deref().and_then(Decision::from_code);
    let result = match (Uuid::parse_str(&id), decision) {
        (Err(_), _) => Err(DomainError::NotFound("exchange")),
        (Ok(_), None) => Err(DomainError::field(
            "decision",
            "choose_decision",
            "choose a decision",
        )),
        (Ok(exchange_id), Some(decision)) => approvals::decide(
            &state.services,
            &signed_in.principal,
            &client.meta,
            exchange_id,
            decision,
            Some(form.comment.clone()),
        )
        .await
        .map(|exchange| (exchange.id, decision)),
    };
    let problems = match result {
        Ok((exchange_id, decision)) => {
            return Redirect::to(&format!(
                "/approvals?decided={}&exchange={exchange_id}",
                decision.code()
            ))
            .into_response();
        }
        Err(DomainError::Validation(problems)) => problems,
        Err(error) => {
            return match signed_in.page(&state, String::new()).await {
                Ok(page) => refusal_page(page, &error),
                Err(response) => response,
            };
        }
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    decision_response(&state, &signed_in, &id, &form, &problems, status).await
}

/// The keys the approval pages put together from a code, for every code (see
/// `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    let decided = Decision::ALL
        .iter()
        .map(|d| format!("approvals-decided-{}", d.code().replace('_', "-")));
    let checks = utbyte_domain::exchanges::rules::CHECKLIST
        .iter()
        .map(|code| format!("approvals-check-{}", code.replace('_', "-")));
    decided.chain(checks).collect()
}
