//! The teacher's proposal: create, edit and clone an exchange in a form of sections, submit
//! it for approval and cancel it with a reason, through the same domain services as the
//! API's `createExchangeDraft`, `updateExchange`, `cloneExchange`, `submitExchange` and
//! `cancelExchange`. Partner search and programme days work with submit buttons, without
//! JavaScript; only the save button writes.
mod form;
mod view;

use axum::{
    Router,
    extract::{Path, Query, State},
    http::StatusCode,
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
    types::Locale,
};
use uuid::Uuid;

use self::{
    form::{FormAction, ProposalForm},
    view::{CancelPage, ClonePage, Editing, RefusedPage},
};
use super::{
    errors,
    session::{SignedForm, SignedIn},
};
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

/// An id from the path; an unreadable one is a page that does not exist.
fn exchange_id(raw: &str, locale: Locale) -> Result<Uuid, Response> {
    Uuid::parse_str(raw).map_err(|_| errors::page(&DomainError::NotFound("exchange"), locale))
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
    client: super::edge::Client,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let id = match exchange_id(&id, client.language) {
        Ok(id) => id,
        Err(response) => return response,
    };
    let loaded = async {
        let (exchange, relation) =
            proposals::find_visible(&state.services, &signed_in.principal, id).await?;
        if !relation.may_edit() {
            return Err(DomainError::Forbidden);
        }
        let partners = proposals::partners_of(&state.services.db, id).await?;
        Ok(ProposalForm::of_exchange(&exchange, &partners))
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
        Err(error) => errors::page(&error, client.language),
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
    Path(id): Path<String>,
    sent: SignedForm<Vec<(String, String)>>,
) -> Response {
    match exchange_id(&id, sent.client.language) {
        Ok(id) => handle_form(&state, sent, Some(id)).await,
        Err(response) => response,
    }
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
    let locale = client.language;
    let (mut form, action) = ProposalForm::from_fields(&fields);
    let Some(action) = action else {
        return errors::page(
            &DomainError::field("action", "unknown", "no such button"),
            locale,
        );
    };
    let mut editing = match id {
        Some(id) => Editing::existing(id),
        None => Editing::new(),
    };
    if action != FormAction::Save {
        // Nothing is written, but only those who may change the exchange get its form.
        if let Some(id) = id
            && let Err(error) = may_edit(state, &signed_in, id).await
        {
            return errors::page(&error, locale);
        }
        editing.searched = action == FormAction::SearchPartners;
        form.apply(action);
        return view::proposal_page(state, &signed_in, editing, form, Vec::new(), StatusCode::OK)
            .await;
    }
    let saved = match form.to_input() {
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
        Err(error) => errors::page(&error, locale),
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
    client: super::edge::Client,
    Path(id): Path<String>,
) -> Response {
    let id = match exchange_id(&id, client.language) {
        Ok(id) => id,
        Err(response) => return response,
    };
    match proposals::find_visible(&state.services, &signed_in.principal, id).await {
        Ok((exchange, _)) => {
            let dates = view::CloneDates::default();
            ClonePage::show(
                &state,
                &signed_in,
                &exchange,
                dates,
                Vec::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(error) => errors::page(&error, client.language),
    }
}

async fn clone(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<view::CloneDates>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form: dates,
    } = sent;
    let locale = client.language;
    let id = match exchange_id(&id, locale) {
        Ok(id) => id,
        Err(response) => return response,
    };
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
            let errors = renamed(problems, view::CloneDates::input_id);
            match proposals::find_visible(&state.services, &signed_in.principal, id).await {
                Ok((exchange, _)) => {
                    ClonePage::show(
                        &state,
                        &signed_in,
                        &exchange,
                        dates,
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
                Err(error) => errors::page(&error, locale),
            }
        }
        Err(error) => errors::page(&error, locale),
    }
}

#[derive(Deserialize)]
struct NoFields {}

async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    let id = match exchange_id(&id, client.language) {
        Ok(id) => id,
        Err(response) => return response,
    };
    match approvals::submit(&state.services, &signed_in.principal, &client.meta, id).await {
        Ok(_) => Redirect::to(&format!("/exchanges/{id}?notice=submitted")).into_response(),
        Err(DomainError::ChecklistFailed(failing)) => {
            RefusedPage::show(&state, &signed_in, id, &failing).await
        }
        Err(error) => errors::page(&error, client.language),
    }
}

async fn cancel_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: super::edge::Client,
    Path(id): Path<String>,
) -> Response {
    let id = match exchange_id(&id, client.language) {
        Ok(id) => id,
        Err(response) => return response,
    };
    match proposals::find_visible(&state.services, &signed_in.principal, id).await {
        Ok((exchange, _)) => {
            CancelPage::show(
                &state,
                &signed_in,
                &exchange,
                String::new(),
                Vec::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(error) => errors::page(&error, client.language),
    }
}

#[derive(Deserialize)]
struct CancelForm {
    #[serde(default)]
    reason: String,
}

async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<String>,
    sent: SignedForm<CancelForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let locale = client.language;
    let id = match exchange_id(&id, locale) {
        Ok(id) => id,
        Err(response) => return response,
    };
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
            let errors = renamed(problems, |_| "reason".to_owned());
            match proposals::find_visible(&state.services, &signed_in.principal, id).await {
                Ok((exchange, _)) => {
                    CancelPage::show(
                        &state,
                        &signed_in,
                        &exchange,
                        form.reason,
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
                Err(error) => errors::page(&error, locale),
            }
        }
        Err(error) => errors::page(&error, locale),
    }
}
