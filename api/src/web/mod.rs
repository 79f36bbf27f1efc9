//! Everything HTTP that is not GraphQL: one extractor for request metadata (`edge`), one
//! mapping from domain errors to pages (`errors`, shared with GraphQL and its WebSocket),
//! the page frame and its texts (`pages`), cookie sessions with CSRF tokens (`session`),
//! and one module and router per area.
pub mod account;
mod approvals;
pub mod attachments;
#[cfg(test)]
mod catalogue_keys;
pub mod consent;
pub mod edge;
pub mod errors;
mod exchange_page;
mod home;
mod my_account;
mod notifications;
pub mod pages;
mod privacy;
mod proposals;
pub mod session;
mod sign_in;
mod trip;

use axum::{
    Router,
    extract::{Request, State},
    http::{HeaderValue, Method, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::app::AppState;

/// Every page and form of the web interface, behind the origin check.
pub fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .merge(home::routes())
        .merge(sign_in::routes())
        .merge(my_account::routes())
        .merge(notifications::routes())
        .merge(account::routes())
        .merge(consent::routes())
        .merge(privacy::routes())
        .merge(attachments::routes())
        .merge(exchange_page::routes())
        .merge(approvals::routes())
        .merge(trip::routes())
        .merge(proposals::routes())
        .route("/static/utbyte.css", get(stylesheet))
        .route("/static/consent.css", get(consent_stylesheet))
        .fallback(errors::not_found)
        .layer(middleware::from_fn_with_state(state, same_origin_posts))
        .layer(middleware::map_response(page_headers))
}

/// The file upload, with a body limit of its own, behind the same origin check and page
/// headers as every page.
pub fn upload_routes(state: AppState) -> Router<AppState> {
    attachments::upload_routes(state.clone())
        .layer(middleware::from_fn_with_state(state, same_origin_posts))
        .layer(middleware::map_response(page_headers))
}

/// Refuses a form posted from another site before any handler reads it: the `Origin` (or,
/// without one, `Sec-Fetch-Site`) must be our own. Signed-in forms also carry the session's
/// CSRF token (`session::SignedForm`).
async fn same_origin_posts(
    State(state): State<AppState>,
    client: edge::Client,
    request: Request,
    next: Next,
) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    let headers = request.headers();
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let host = text(header::HOST.as_str());
    let fetch_site = text("sec-fetch-site");
    let allowed = match text(header::ORIGIN.as_str()) {
        Some(origin) if origin != "null" => {
            same_origin(origin, state.settings.public_url.as_deref(), host)
        }
        // Browsers send `Origin: null` for pages with `Referrer-Policy: no-referrer` (and
        // sandboxed frames): then only their own word that the post is same-origin counts.
        Some(_) => fetch_site == Some("same-origin"),
        // No browser: nothing a cross-site page could have made.
        None => fetch_site.is_none_or(|site| site == "same-origin" || site == "none"),
    };
    if allowed {
        next.run(request).await
    } else {
        errors::csrf_page(client.language)
    }
}

/// Whether a request's `Origin` is ours: the configured public URL's origin, or the host
/// the request was sent to (`Host`; behind a proxy that ends TLS only the scheme differs).
fn same_origin(origin: &str, public_url: Option<&str>, host: Option<&str>) -> bool {
    let Ok(origin) = url::Url::parse(origin) else {
        return false;
    };
    let public = public_url
        .and_then(|public| url::Url::parse(public).ok())
        .is_some_and(|public| public.origin() == origin.origin());
    let origin_host = match (origin.host_str(), origin.port()) {
        (Some(name), Some(port)) => format!("{name}:{port}"),
        (Some(name), None) => name.to_owned(),
        _ => return public,
    };
    public || host.is_some_and(|host| host.eq_ignore_ascii_case(&origin_host))
}

async fn page_headers(response: Response) -> Response {
    pages::with_page_headers(response)
}

fn static_file(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

async fn stylesheet() -> Response {
    static_file(include_str!("../../static/utbyte.css"))
}

async fn consent_stylesheet() -> Response {
    static_file(include_str!("../../static/consent.css"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        let cases = [
            (
                "https://utbyte.example",
                Some("https://utbyte.example/"),
                None,
                true,
            ),
            (
                "https://evil.example",
                Some("https://utbyte.example/"),
                None,
                false,
            ),
            (
                "https://utbyte.example",
                Some("https://utbyte.example/"),
                Some("10.0.0.2:8080"),
                true,
            ),
            (
                "https://evil.example",
                Some("https://utbyte.example/"),
                Some("utbyte.example"),
                false,
            ),
            (
                "https://utbyte.example",
                Some("https://utbyte.example/"),
                Some("utbyte.example"),
                true,
            ),
            (
                "http://utbyte.example",
                Some("https://utbyte.example/"),
                None,
                false,
            ),
            ("http://127.0.0.1:8080", None, Some("127.0.0.1:8080"), true),
            ("http://127.0.0.1:8081", None, Some("127.0.0.1:8080"), false),
            ("http://localhost", None, Some("localhost"), true),
            ("null", None, Some("localhost"), false),
            ("http://localhost", None, None, false),
        ];
        for (origin, public, host, expected) in cases {
            assert_eq!(
                same_origin(origin, public, host),
                expected,
                "{origin} {public:?} {host:?}"
            );
        }
    }
}
