//! The teacher's proposal: create, edit and clone an exchange in a form of sections, submit
//! it for approval and cancel it with a reason, through the same domain services as the
//! API's `createExchangeDraft`, `updateExchange`, `cloneExchange`, `submitExchange` and
//! `cancelExchange`. Partner search and programme days work with submit buttons, without
//! JavaScript; only the save button writes.
mod form;
mod view;

use axum::{
    Router,
    extract::{FromRequestParts, Path, Query, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use utbyte_domain::{
    DomainError, FieldError,
    exchanges::{
        approvals, lifecycle,
        proposals::{self},
    },
};
use uuid::Uuid;

use self::{
    form::{FormAction, ProposalForm},
    view::{CancelPage, ClonePage, Editing, RefusedPage},
};
use super::session::{self, SignedForm, SignedIn};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/exchanges/new", get(new_form).post(create))
        .route("/exchanges/{id}/edit", get(edit_form).post(save))
        .route("/exchanges/{id}/clone", get(clone_form).post(clone))
        .route("/exchanges/{id}/submit", post(submit))
        .route("/exchanges/{id}/cancel", get(cancel_form).post(cancel))
}

/// Notices the edit page shows after a redirect.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub enum Notice {
    Cloned,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<Notice>,
}

/// The exchange id in the path; an unreadable one is a page that does not exist.
struct ExchangeId(Uuid);

impl FromRequestParts<AppState> for ExchangeId {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let raw = Path::<String>::from_request_parts(parts, state).await.ok();
        match raw.and_then(|Path(raw)| Uuid::parse_str(&raw).ok()) {
            Some(id) => Ok(ExchangeId(id)),
            None => {
                let error = DomainError::NotFound("exchange");
                Err(session::refusal(&parts.headers, state, &error).await)
            }
        }
    }
}

/// Field problems named by the form's inputs: the domain's names mapped by `input_id`.
fn renamed(problems: Vec<FieldError>, input_id: impl Fn(&str) -> String) -> Vec<FieldError> {
    problems
        .into_iter()
        .map(|problem| FieldError {
            field: input_id(&problem.field),
            ..problem
        })
        .collect()
}

async fn new_form(State(state): State<AppState>, signed_in: SignedIn) -> Response {
    let own = utbyte_domain::exchanges::access::staff_organisations(&signed_in.principal.roles);
    let editing = Editing::new();
    view::proposal_page(
        &state,
        &signed_in,
        editing,
        ProposalForm::blank(own.first().copied()),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

async fn edit_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ExchangeId(id): ExchangeId,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let loaded = async {
        let (exchange, relation) =
            proposals::find_visible(&state.services, &signed_in.principal, id).await?;
        if !relation.may_edit() {
            return Err(DomainError::Forbidden);
        }
        let partners = proposals::partners_of(&state.services.db, id).await?;
        let language = signed_in.locale(&state).await;
        Ok(ProposalForm::of_exchange(&exchange, &partners, language))
    }
    .await;
    match loaded {
        Ok(form) => {
            let mut editing = Editing::existing(id);
            editing.notice = query.notice;
            view::proposal_page(
                &state,
                &signed_in,
                editing,
                form,
                Vec::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

async fn create(
    State(state): State<AppState>,
    sent: SignedForm<Vec<(String, String)>>,
) -> Response {
    handle_form(&state, sent, None).await
}

async fn save(
    State(state): State<AppState>,
    ExchangeId(id): ExchangeId,
    sent: SignedForm<Vec<(String, String)>>,
) -> Response {
    handle_form(&state, sent, Some(id)).await
}

/// One press of a button of the proposal form: save (the only write), or re-render the form
/// with a partner search run, or a programme day added or removed, every value kept.
async fn handle_form(
    state: &AppState,
    sent: SignedForm<Vec<(String, String)>>,
    id: Option<Uuid>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form: fields,
    } = sent;
    let (mut form, action) = ProposalForm::from_fields(&fields);
    let Some(action) = action else {
        let error = DomainError::field("action", "unknown", "no such button");
        return signed_in.refusal(state, &error).await;
    };
    let mut editing = match id {
        Some(id) => Editing::existing(id),
        None => Editing::new(),
    };
    let input = form.to_input(signed_in.locale(state).await);
    // When the domain is not asked (nothing to save, or nothing readable), only those who
    // may change the exchange get its form back, as saving would answer.
    if let Some(id) = id
        && (action != FormAction::Save || input.is_err())
        && let Err(error) = may_edit(state, &signed_in, id).await
    {
        return signed_in.refusal(state, &error).await;
    }
    if action != FormAction::Save {
        editing.searched = action == FormAction::SearchPartners;
        form.apply(action);
        return view::proposal_page(state, &signed_in, editing, form, Vec::new(), StatusCode::OK)
            .await;
    }
    let saved = match input {
        Err(problems) => Err(DomainError::Validation(problems)),
        Ok(input) => match id {
            None => {
                proposals::create_draft(&state.services, &signed_in.principal, &client.meta, input)
                    .await
            }
            Some(id) => {
                proposals::update(
                    &state.services,
                    &signed_in.principal,
                    &client.meta,
                    id,
                    input,
                )
                .await
            }
        },
    };
    match saved {
        Ok(exchange) => {
            let notice = if id.is_some() { "saved" } else { "drafted" };
            Redirect::to(&format!("/exchanges/{}?notice={notice}", exchange.id)).into_response()
        }
        Err(DomainError::Validation(problems)) => {
            let errors = renamed(problems, |field| form.input_id(field));
            view::proposal_page(
                state,
                &signed_in,
                editing,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => signed_in.refusal(state, &error).await,
    }
}

/// Refuses those who may not change the exchange, as saving would.
async fn may_edit(state: &AppState, signed_in: &SignedIn, id: Uuid) -> Result<(), DomainError> {
    let (_, relation) = proposals::find_visible(&state.services, &signed_in.principal, id).await?;
    if relation.may_edit() {
        Ok(())
    } else {
        Err(DomainError::Forbidden)
    }
}

async fn clone_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ExchangeId(id): ExchangeId,
) -> Response {
    ClonePage::show(
        &state,
        &signed_in,
        id,
        view::CloneDates::default(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

async fn clone(
    State(state): State<AppState>,
    ExchangeId(id): ExchangeId,
    sent: SignedForm<view::CloneDates>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form: dates,
    } = sent;
    let cloned = match dates.parse() {
        Err(problems) => Err(DomainError::Validation(problems)),
        Ok((start, end)) => {
            proposals::clone_exchange(
                &state.services,
                &signed_in.principal,
                &client.meta,
                id,
                start,
                end,
            )
            .await
        }
    };
    match cloned {
        Ok(copy) => {
            Redirect::to(&format!("/exchanges/{}/edit?notice=cloned", copy.id)).into_response()
        }
        Err(DomainError::Validation(problems)) => {
            let problems = renamed(problems, view::CloneDates::input_id);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            ClonePage::show(&state, &signed_in, id, dates, problems, status).await
        }
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

#[derive(Deserialize)]
struct NoFields {}

async fn submit(
    State(state): State<AppState>,
    ExchangeId(id): ExchangeId,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    match approvals::submit(&state.services, &signed_in.principal, &client.meta, id).await {
        Ok(_) => Redirect::to(&format!("/exchanges/{id}?notice=submitted")).into_response(),
        Err(DomainError::ChecklistFailed(failing)) => {
            RefusedPage::show(&state, &signed_in, id, &failing).await
        }
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

async fn cancel_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ExchangeId(id): ExchangeId,
) -> Response {
    CancelPage::show(
        &state,
        &signed_in,
        id,
        String::new(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
struct CancelForm {
    #[serde(default)]
    reason: String,
}

async fn cancel(
    State(state): State<AppState>,
    ExchangeId(id): ExchangeId,
    sent: SignedForm<CancelForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let cancelled = lifecycle::cancel(
        &state.services,
        &signed_in.principal,
        &client.meta,
        id,
        &form.reason,
    )
    .await;
    match cancelled {
        Ok(_) => Redirect::to(&format!("/exchanges/{id}?notice=cancelled")).into_response(),
        Err(DomainError::Validation(problems)) => {
            let problems = renamed(problems, |_| "reason".to_owned());
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            CancelPage::show(&state, &signed_in, id, form.reason, problems, status).await
        }
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

/// The keys the proposal pages put together from a code (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    view::dynamic_keys()
}
