//! The small server-rendered pages that e-mailed links open: choose a password (after an
//! invitation or a reset) and confirm an e-mail address. They work without JavaScript.
//! A GET only shows a form: link scanners in mail systems fetch links, and must not use them.
use askama::Template;
use axum::{
    Form, Router,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use serde::Deserialize;
use utbyte_domain::{DomainError, accounts, types::Locale};

use super::{edge::Client, errors};
use crate::app::AppState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum PageKind {
    AcceptInvitation,
    ResetPassword,
    VerifyEmail,
}

struct Texts {
    title: &'static str,
    intro: &'static str,
    asks_password: bool,
    password_label: &'static str,
    password_hint: &'static str,
    button: &'static str,
    done: &'static str,
    /// The link shown once done: on to the start page, to sign in.
    onward: &'static str,
}

fn texts(kind: PageKind, sv: bool) -> Texts {
    let (password_label, password_hint) = if sv {
        (
            "Nytt lösenord",
            "Minst 12 tecken. Flera ord som inte hör ihop är lätta att minnas och svåra att gissa.",
        )
    } else {
        (
            "New password",
            "At least 12 characters. Several unrelated words are easy to remember and hard to guess.",
        )
    };
    let onward = match (kind, sv) {
        (PageKind::VerifyEmail, true) => "Till Utbyte",
        (PageKind::VerifyEmail, false) => "Go to Utbyte",
        (_, true) => "Logga in i Utbyte",
        (_, false) => "Sign in to Utbyte",
    };
    let (title, intro, asks_password, button, done) = match (kind, sv) {
        (PageKind::AcceptInvitation, true) => (
            "Aktivera ditt konto",
            "Välj ett lösenord för ditt konto i Utbyte.",
            true,
            "Aktivera kontot",
            "Klart! Ditt konto är aktiverat och du kan logga in.",
        ),
        (PageKind::AcceptInvitation, false) => (
            "Activate your account",
            "Choose a password for your Utbyte account.",
            true,
            "Activate account",
            "Done! Your account is active and you can sign in.",
        ),
        (PageKind::ResetPassword, true) => (
            "Välj ett nytt lösenord",
            "Välj ett nytt lösenord för ditt konto i Utbyte. Du loggas ut på alla enheter.",
            true,
            "Spara lösenordet",
            "Klart! Logga in med ditt nya lösenord.",
        ),
        (PageKind::ResetPassword, false) => (
            "Choose a new password",
            "Choose a new password for your Utbyte account. You will be signed out everywhere.",
            true,
            "Save password",
            "Done! Sign in with your new password.",
        ),
        (PageKind::VerifyEmail, true) => (
            "Bekräfta din e-postadress",
            "Bekräfta att e-postadressen är din.",
            false,
            "Bekräfta",
            "Tack! Din e-postadress är bekräftad.",
        ),
        (PageKind::VerifyEmail, false) => (
            "Confirm your e-mail address",
            "Confirm that this e-mail address is yours.",
            false,
            "Confirm",
            "Thank you! Your e-mail address is confirmed.",
        ),
    };
    Texts {
        title,
        intro,
        asks_password,
        password_label,
        password_hint,
        button,
        done,
        onward,
    }
}

#[derive(Template)]
#[template(path = "account_page.html")]
struct AccountPage<'a> {
    sv: bool,
    t: Texts,
    token: &'a str,
    error: Option<&'a str>,
    done: Option<&'a str>,
    link_problem: Option<&'a str>,
}

#[derive(Deserialize)]
struct LinkQuery {
    token: Option<String>,
    lang: Option<String>,
}

#[derive(Deserialize)]
struct LinkForm {
    token: String,
    password: Option<String>,
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            accounts::ACCEPT_INVITATION_PATH,
            get(show_accept).post(submit_accept),
        )
        .route(
            accounts::RESET_PASSWORD_PATH,
            get(show_reset).post(submit_reset),
        )
        .route(
            accounts::VERIFY_EMAIL_PATH,
            get(show_verify).post(submit_verify),
        )
}

/// Swedish when asked for by `?lang=sv` or the browser's first language.
fn wants_swedish(lang: Option<&str>, client: &Client) -> bool {
    match lang {
        Some(lang) => lang.eq_ignore_ascii_case("sv"),
        None => client.language == Locale::Sv,
    }
}

fn render(status: StatusCode, page: AccountPage<'_>) -> Response {
    secret_link_page(status, page.render())
}

/// A page opened by an e-mailed link. The URL carries a secret: the page never sends it on,
/// is never cached, runs no script and is never framed.
pub(crate) fn secret_link_page(status: StatusCode, rendered: askama::Result<String>) -> Response {
    let body = match rendered {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "rendering a page failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut response = (status, Html(body)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
    );
    response
}

fn show(kind: PageKind, query: LinkQuery, client: Client) -> Response {
    let sv = wants_swedish(query.lang.as_deref(), &client);
    let token = query.token.unwrap_or_default();
    let link_problem = (!utbyte_domain::tokens::looks_valid(&token)).then(|| broken_link(sv));
    let status = if link_problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(
        status,
        AccountPage {
            sv,
            t: texts(kind, sv),
            token: &token,
            error: None,
            done: None,
            link_problem,
        },
    )
}

fn broken_link(sv: bool) -> &'static str {
    if sv {
        "Länken är ogiltig, redan använd eller för gammal. Be om en ny länk."
    } else {
        "This link is invalid, already used or expired. Ask for a new link."
    }
}

fn password_problem(sv: bool, code: &str) -> &'static str {
    match (code, sv) {
        ("too_short", true) => "Lösenordet måste ha minst 12 tecken.",
        ("too_short", false) => "The password must have at least 12 characters.",
        ("too_long", true) => "Lösenordet får ha högst 128 tecken.",
        ("too_long", false) => "The password may have at most 128 characters.",
        (_, true) => "Lösenordet är för lätt att gissa. Använd fler ord som inte hör ihop.",
        (_, false) => "The password is too easy to guess. Use more unrelated words.",
    }
}

async fn submit(
    kind: PageKind,
    state: AppState,
    client: Client,
    query: LinkQuery,
    form: LinkForm,
) -> Response {
    let sv = wants_swedish(query.lang.as_deref(), &client);
    let meta = client.meta;
    let password = form.password.unwrap_or_default();
    let services = &state.services;
    let result = match kind {
        PageKind::AcceptInvitation => {
            accounts::accept_invitation(services, &meta, &form.token, &password)
                .await
                .map(|_| ())
        }
        PageKind::ResetPassword => {
            accounts::reset_password(services, &meta, &form.token, &password).await
        }
        PageKind::VerifyEmail => accounts::verify_email(services, &meta, &form.token)
            .await
            .map(|_| ()),
    };
    let t = texts(kind, sv);
    let page = |error, done, link_problem| AccountPage {
        sv,
        t: texts(kind, sv),
        token: &form.token,
        error,
        done,
        link_problem,
    };
    match result {
        Ok(()) => render(StatusCode::OK, page(None, Some(t.done), None)),
        Err(DomainError::Validation(fields)) => match fields.first() {
            Some(field) if field.field == "token" => render(
                StatusCode::BAD_REQUEST,
                page(None, None, Some(broken_link(sv))),
            ),
            Some(field) => render(
                StatusCode::UNPROCESSABLE_ENTITY,
                page(Some(password_problem(sv, field.code)), None, None),
            ),
            None => render(
                StatusCode::BAD_REQUEST,
                page(None, None, Some(broken_link(sv))),
            ),
        },
        Err(error) => errors::page(&error, sv),
    }
}

async fn show_accept(Query(query): Query<LinkQuery>, client: Client) -> Response {
    show(PageKind::AcceptInvitation, query, client)
}

async fn show_reset(Query(query): Query<LinkQuery>, client: Client) -> Response {
    show(PageKind::ResetPassword, query, client)
}

async fn show_verify(Query(query): Query<LinkQuery>, client: Client) -> Response {
    show(PageKind::VerifyEmail, query, client)
}

async fn submit_accept(
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<LinkQuery>,
    Form(form): Form<LinkForm>,
) -> Response {
    submit(PageKind::AcceptInvitation, state, client, query, form).await
}

async fn submit_reset(
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<LinkQuery>,
    Form(form): Form<LinkForm>,
) -> Response {
    submit(PageKind::ResetPassword, state, client, query, form).await
}

async fn submit_verify(
    State(state): State<AppState>,
    client: Client,
    Query(query): Query<LinkQuery>,
    Form(form): Form<LinkForm>,
) -> Response {
    submit(PageKind::VerifyEmail, state, client, query, form).await
}
