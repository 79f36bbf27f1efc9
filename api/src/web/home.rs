//! `/`: a signed-out person is sent to sign in; a signed-in person gets their home page.
use askama::Template;
use axum::{
    Router,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};

use super::{
    pages::{Page, render},
    session::{self, SignedIn},
    sign_in::SIGN_IN_PATH,
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Template)]
#[template(path = "web/home.html")]
struct HomePage {
    page: Page,
}

async fn home(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let signed_in: SignedIn = match session::signed_in(&headers, &state).await {
        Ok(Some(signed_in)) => signed_in,
        Ok(None) => return Redirect::to(SIGN_IN_PATH).into_response(),
        Err(response) => return response,
    };
    let page = match signed_in.page(&state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let title = page.t("home-title");
    render(
        StatusCode::OK,
        &HomePage {
            page: Page { title, ..page },
        },
    )
}
