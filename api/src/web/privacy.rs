//! `/privacy/{municipality}`: a municipality's privacy notice, public, in the reader's
//! language (`?lang=`, else the browser's). Every mail about a child links here.
use askama::Template;
use axum::{
    Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::get,
};
use serde::Deserialize;
use utbyte_domain::{
    DomainError,
    privacy_notices::{self, PRIVACY_PATH, Section},
};
use uuid::Uuid;

use super::{
    edge::Client,
    errors,
    pages::{Page, render},
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    // PRIVACY_PATH, written out for the route guard in the tests.
    Router::new().route("/privacy/{municipality}", get(show))
}

#[derive(Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
}

#[derive(Template)]
#[template(path = "web/privacy.html")]
struct PrivacyPage {
    page: Page,
    /// This page's own address, for the links to it in other languages.
    path: String,
    sections: Vec<Section>,
}

async fn show(
    State(state): State<AppState>,
    Path(municipality): Path<String>,
    Query(query): Query<LanguageQuery>,
    client: Client,
) -> Response {
    let locale = client.language_or(query.lang.as_deref());
    let Ok(municipality) = Uuid::parse_str(&municipality) else {
        return errors::page(&DomainError::NotFound("municipality"), locale);
    };
    let mut page = Page::signed_out(locale, "site-name");
    let services = &state.services;
    match privacy_notices::shown(
        services,
        &services.db,
        municipality,
        locale,
        &page.time_zone,
    )
    .await
    {
        Ok(shown) => {
            page.title = shown.title;
            render(
                StatusCode::OK,
                &PrivacyPage {
                    page,
                    path: format!("{PRIVACY_PATH}/{municipality}"),
                    sections: shown.sections,
                },
            )
        }
        Err(error) => errors::page(&error, locale),
    }
}
