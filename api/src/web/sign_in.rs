//! Signing in and out, and asking for a new password. `/` sends a signed-out person here.
use askama::Template;
use axum::{
    Form, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use utbyte_domain::{DomainError, accounts};

use super::{
    edge::Client,
    errors,
    pages::{FormErrors, Page, render},
    session::{self, SignedForm},
};
use crate::app::AppState;

pub const SIGN_IN_PATH: &str = "/sign-in";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(SIGN_IN_PATH, get(show_sign_in).post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/forgot-password", get(show_forgot).post(forgot))
}

/// The one-line notices a redirect may ask the sign-in page to show.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Notice {
    SignedOut,
    SessionEnded,
    ResetSent,
}

impl Notice {
    fn key(self) -> &'static str {
        match self {
            Notice::SignedOut => "signed-out",
            Notice::SessionEnded => "session-ended",
            Notice::ResetSent => "forgot-sent",
        }
    }
}

#[derive(Deserialize, Default)]
struct SignInQuery {
    next: Option<String>,
    notice: Option<Notice>,
    lang: Option<String>,
}

#[derive(Template)]
#[template(path = "web/sign_in.html")]
struct SignInPage {
    page: Page,
    errors: FormErrors,
    /// A problem that is not one field's: wrong address or password.
    problem: Option<String>,
    notice: Option<String>,
    email: String,
    next: String,
}

async fn show_sign_in(
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<SignInQuery>,
    headers: HeaderMap,
) -> Response {
    if let Ok(Some(_)) = session::signed_in(&headers, &state).await {
        return Redirect::to(session::local_path(query.next.as_deref())).into_response();
    }
    let locale = client.language_or(query.lang.as_deref());
    let page = Page::signed_out(locale, "sign-in-title");
    render(
        StatusCode::OK,
        &SignInPage {
            notice: query.notice.map(|notice| page.t(notice.key())),
            page,
            errors: FormErrors::default(),
            problem: None,
            email: String::new(),
            next: session::local_path(query.next.as_deref()).to_owned(),
        },
    )
}

#[derive(Deserialize)]
struct SignInForm {
    email: String,
    password: String,
    next: Option<String>,
    lang: Option<String>,
}

async fn sign_in(
    State(state): State<AppState>,
    client: Client,
    Form(form): Form<SignInForm>,
) -> Response {
    let locale = client.language_or(form.lang.as_deref());
    let next = session::local_path(form.next.as_deref()).to_owned();
    let outcome = accounts::login(&state.services, &client.meta, &form.email, &form.password).await;
    let problem_key = match outcome {
        Ok(signed_in) => {
            let cookie =
                session::session_cookie(&state.settings, &signed_in.token, signed_in.expires_at);
            return ([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response();
        }
        Err(DomainError::InvalidCredentials) => "sign-in-wrong",
        Err(DomainError::Conflict {
            code: "email_not_verified",
            ..
        }) => "sign-in-unverified",
        Err(error) => return errors::page(&error, locale),
    };
    let page = Page::signed_out(locale, "sign-in-title");
    render(
        StatusCode::UNAUTHORIZED,
        &SignInPage {
            problem: Some(page.t(problem_key)),
            page,
            errors: FormErrors::default(),
            notice: None,
            email: form.email,
            next,
        },
    )
}

#[derive(Deserialize)]
struct NoFields {}

async fn sign_out(State(state): State<AppState>, sent: SignedForm<NoFields>) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    if let Err(error) = accounts::logout(&state.services, &signed_in.principal, &client.meta).await
    {
        return errors::page(&error, client.language);
    }
    (
        [(header::SET_COOKIE, session::cleared_cookie(&state.settings))],
        Redirect::to("/sign-in?notice=signed-out"),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "web/forgot_password.html")]
struct ForgotPage {
    page: Page,
    errors: FormErrors,
    email: String,
}

async fn show_forgot(client: Client, Query(query): Query<SignInQuery>) -> Response {
    let locale = client.language_or(query.lang.as_deref());
    render(
        StatusCode::OK,
        &ForgotPage {
            page: Page::signed_out(locale, "forgot-title"),
            errors: FormErrors::default(),
            email: String::new(),
        },
    )
}

#[derive(Deserialize)]
struct ForgotForm {
    email: String,
    lang: Option<String>,
}

async fn forgot(
    State(state): State<AppState>,
    client: Client,
    Form(form): Form<ForgotForm>,
) -> Response {
    let locale = client.language_or(form.lang.as_deref());
    match accounts::request_password_reset(&state.services, &client.meta, &form.email).await {
        // The same answer whether or not the address has an account.
        Ok(()) => Redirect::to(&format!(
            "{SIGN_IN_PATH}?notice=reset-sent&lang={}",
            locale.code()
        ))
        .into_response(),
        Err(DomainError::Validation(fields)) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ForgotPage {
                page: Page::signed_out(locale, "forgot-title"),
                errors: FormErrors::of(locale, &fields, &[]),
                email: form.email,
            },
        ),
        Err(error) => errors::page(&error, locale),
    }
}

/// The message of every notice (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    [Notice::SignedOut, Notice::SessionEnded, Notice::ResetSent]
        .map(|notice| notice.key().to_owned())
        .into()
}
