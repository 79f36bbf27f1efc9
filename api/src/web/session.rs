//! Signing in on the web: the session cookie, the signed-in person a page acts for, and the
//! CSRF token bound to their session.
//!
//! The cookie holds the same opaque session token as the API's bearer tokens, so sessions
//! share one store, one lifetime and one "sign out everywhere". It is `HttpOnly` and
//! `SameSite=Lax`, and `Secure` with the `__Host-` prefix when the public URL is https.
//! Every form a signed-in person sends carries a token derived from the session's secret
//! (`csrf`); the origin check in `web::mod` refuses cross-site posts before any handler runs.
use axum::{
    extract::{FromRequest, FromRequestParts, Request},
    http::{HeaderMap, HeaderValue, header, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use utbyte_domain::{DomainError, Principal, accounts, types::Locale};

use super::{edge::Client, errors, pages::Page};
use crate::{app::AppState, config::Settings};

const PLAIN_COOKIE: &str = "utbyte_session";
/// With `Secure`, `Path=/` and no `Domain`: the browser keeps it to exactly our origin.
const HOST_COOKIE: &str = "__Host-utbyte_session";

/// The form field every signed-in form carries.
pub const CSRF_FIELD: &str = "csrf";

fn secure(settings: &Settings) -> bool {
    settings
        .public_url
        .as_deref()
        .is_some_and(|url| url.starts_with("https://"))
}

fn cookie_name(settings: &Settings) -> &'static str {
    if secure(settings) {
        HOST_COOKIE
    } else {
        PLAIN_COOKIE
    }
}

/// The `Set-Cookie` value that holds a new session until it expires.
pub fn session_cookie(settings: &Settings, token: &str, expires_at: DateTime<Utc>) -> HeaderValue {
    let max_age = (expires_at - Utc::now()).num_seconds().max(0);
    cookie(settings, token, max_age)
}

/// The `Set-Cookie` value that makes the browser forget the session.
pub fn cleared_cookie(settings: &Settings) -> HeaderValue {
    cookie(settings, "", 0)
}

fn cookie(settings: &Settings, value: &str, max_age: i64) -> HeaderValue {
    let secure = if secure(settings) { "; Secure" } else { "" };
    let name = cookie_name(settings);
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("a session token is plain hex")
}

fn session_token<'a>(settings: &Settings, headers: &'a HeaderMap) -> Option<&'a str> {
    let name = cookie_name(settings);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The CSRF token of a session: derived from its secret, so only a page served to the
/// holder of the cookie can know it, and it ends with the session.
fn csrf_token(session_token: &str) -> String {
    hex::encode(Sha256::digest(format!("utbyte-csrf\0{session_token}")))
}

fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A signed-in person. A page that needs one sends everyone else to sign in and back.
pub struct SignedIn {
    pub principal: Principal,
    /// The token this person's forms carry in their `csrf` field.
    pub csrf: String,
    /// The browser's language, for a page shown before this person's own is known (an
    /// error while reading their account).
    pub browser_language: Locale,
}

impl SignedIn {
    /// The page frame (header, language, unread count) for this person.
    pub async fn page(&self, state: &AppState, title: String) -> Result<Page, Response> {
        let summary = accounts::summary(&state.services, &self.principal)
            .await
            .map_err(|error| errors::page(&error, self.browser_language))?;
        Ok(Page::signed_in(summary, &self.principal, &self.csrf, title))
    }
}

impl SignedIn {
    /// The page that refuses with `error`, in this person's language (their account's, not
    /// their browser's, like every page they see signed in).
    pub async fn refusal(&self, state: &AppState, error: &DomainError) -> Response {
        errors::page(error, self.locale(state).await)
    }

    /// This person's language, which their pages are in and their typed numbers are read
    /// in: their account's, or their browser's when the account cannot be read.
    pub async fn locale(&self, state: &AppState) -> Locale {
        accounts::summary(&state.services, &self.principal)
            .await
            .map_or(self.browser_language, |summary| summary.locale)
    }

    /// Whether `sent` is this session's CSRF token: for forms `SignedForm` does not read,
    /// such as file uploads.
    pub fn carries_csrf(&self, sent: &str) -> bool {
        same_secret(sent, &self.csrf)
    }
}

/// Where a signed-out person is sent: sign in, then back to the page they asked for.
fn to_sign_in(parts: &Parts) -> Response {
    let wanted = parts.uri.path_and_query().map_or("/", |path| path.as_str());
    let next = url::form_urlencoded::byte_serialize(wanted.as_bytes()).collect::<String>();
    Redirect::to(&format!("/sign-in?next={next}")).into_response()
}

/// The signed-in person, if any (for pages everyone may see, such as sign-in).
pub async fn signed_in(
    headers: &HeaderMap,
    state: &AppState,
) -> Result<Option<SignedIn>, Response> {
    let Some(token) = session_token(&state.settings, headers) else {
        return Ok(None);
    };
    let browser_language = super::edge::browser_language(headers);
    let principal = accounts::authenticate(&state.services, token)
        .await
        .map_err(|error| errors::page(&error, browser_language))?;
    Ok(principal.map(|principal| SignedIn {
        principal,
        csrf: csrf_token(token),
        browser_language,
    }))
}

/// The page that refuses with `error` a request that carries `headers`: in the signed-in
/// person's language, else the browser's.
pub async fn refusal(headers: &HeaderMap, state: &AppState, error: &DomainError) -> Response {
    match signed_in(headers, state).await {
        Ok(Some(person)) => person.refusal(state, error).await,
        Ok(None) => errors::page(error, super::edge::browser_language(headers)),
        Err(response) => response,
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        signed_in(&parts.headers, state)
            .await?
            .ok_or_else(|| to_sign_in(parts))
    }
}

/// A form sent by a signed-in person, with its CSRF token checked before anything is read.
pub struct SignedForm<T> {
    pub signed_in: SignedIn,
    pub client: Client,
    pub form: T,
}

#[derive(serde::Deserialize)]
struct CsrfField {
    csrf: Option<String>,
}

impl<T: DeserializeOwned> FromRequest<AppState> for SignedForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let signed_in = SignedIn::from_request_parts(&mut parts, state).await?;
        let Ok(client) = Client::from_request_parts(&mut parts, state).await;
        let locale = client.language;
        let bytes = axum::body::to_bytes(body, state.settings.body_limit_bytes)
            .await
            .map_err(|_| errors::csrf_page(locale))?;
        let sent: CsrfField =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| errors::csrf_page(locale))?;
        if !sent
            .csrf
            .is_some_and(|sent| same_secret(&sent, &signed_in.csrf))
        {
            return Err(errors::csrf_page(locale));
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| {
            errors::page(
                &utbyte_domain::DomainError::field("form", "unreadable", "unreadable form"),
                locale,
            )
        })?;
        Ok(SignedForm {
            signed_in,
            client,
            form,
        })
    }
}

/// A local path to go on to after signing in; anything else (another site, `//host`) is
/// replaced by the start page.
pub fn local_path(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(char::is_control) =>
        {
            path
        }
        _ => "/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        let cases = [
            (None, "/"),
            (Some("/exchanges/1"), "/exchanges/1"),
            (Some("/approvals?x=1"), "/approvals?x=1"),
            (Some("https://evil.example/"), "/"),
            (Some("//evil.example/"), "/"),
            (Some("/\\evil.example/"), "/"),
            (Some("/a\nb"), "/"),
            (Some(""), "/"),
        ];
        for (next, expected) in cases {
            assert_eq!(local_path(next), expected, "{next:?}");
        }
    }

    #[test]
    fn the_csrf_token_is_bound_to_its_session() {
        let a = csrf_token("a".repeat(64).as_str());
        let b = csrf_token("b".repeat(64).as_str());
        assert_ne!(a, b);
        assert_eq!(a, csrf_token("a".repeat(64).as_str()));
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
        assert!(!same_secret(&a, &a[1..]));
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; utbyte_session=abc; other=1"),
        );
        let settings = Settings::default();
        assert_eq!(session_token(&settings, &headers), Some("abc"));
    }
}
