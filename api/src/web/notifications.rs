//! `/notifications`: the signed-in person's notifications, newest first, and marking them
//! read.
use askama::Template;
use axum::{
    Router,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use utbyte_domain::{entities::notifications as notification_rows, notifications};
use uuid::Uuid;

use super::{
    errors,
    pages::{Page, render},
    session::{SignedForm, SignedIn},
};
use crate::app::AppState;

const PAGE_SIZE: u64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/read", post(mark_read))
}

#[derive(Deserialize)]
struct ListQuery {
    /// The cursor: the last notification of the previous page.
    before: Option<String>,
}

#[derive(Template)]
#[template(path = "web/notifications.html")]
struct NotificationsPage {
    page: Page,
    notifications: Vec<notification_rows::Model>,
    next_page: Option<String>,
}

impl NotificationsPage {
    fn received(&self, notification: &notification_rows::Model) -> String {
        self.page.date_time(notification.created_at)
    }
}

async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ListQuery>,
) -> Response {
    let page = match signed_in.page(&state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    // A cursor that is not one of ours starts from the newest.
    let before = query.before.and_then(|id| Uuid::parse_str(&id).ok());
    let found = notifications::list(
        &state.services,
        &signed_in.principal,
        PAGE_SIZE,
        before,
        false,
    )
    .await;
    match found {
        Ok(found) => {
            let next_page = found
                .has_next_page
                .then(|| found.items.last().map(|last| last.id.to_string()))
                .flatten();
            let title = page.t("nav-notifications");
            render(
                StatusCode::OK,
                &NotificationsPage {
                    page: Page { title, ..page },
                    notifications: found.items,
                    next_page,
                },
            )
        }
        Err(error) => errors::page(&error, page.locale),
    }
}

#[derive(Deserialize)]
struct MarkRead {
    /// One notification; without it, all of them.
    id: Option<String>,
}

async fn mark_read(State(state): State<AppState>, sent: SignedForm<MarkRead>) -> Response {
    let SignedForm {
        signed_in, form, ..
    } = sent;
    let ids = match form.id.as_deref().map(Uuid::parse_str) {
        None => None,
        Some(Ok(id)) => Some(vec![id]),
        Some(Err(_)) => {
            let error = utbyte_domain::DomainError::NotFound("notification");
            return signed_in.refusal(&state, &error).await;
        }
    };
    match notifications::mark_read(&state.services, &signed_in.principal, ids).await {
        Ok(_) => Redirect::to("/notifications").into_response(),
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}
