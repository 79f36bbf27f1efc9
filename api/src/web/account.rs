//! The small server-rendered pages that e-mailed links open: choose a password (after an
//! invitation or a reset) and confirm an e-mail address. They work without JavaScript.
//! A GET only shows a form: link scanners in mail systems fetch links, and must not use them.
use askama::Template;
use axum::{
    Form, Router,
    extract::{Query, State},
    http::StatusCode,
    response::Response,
    routing::get,
};
use serde::Deserialize;
use utbyte_domain::{DomainError, accounts, types::Locale};

use super::{
    edge::Client,
    errors,
    pages::{FormErrors, Page, render},
};
use crate::app::AppState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum PageKind {
    AcceptInvitation,
    ResetPassword,
    VerifyEmail,
}

impl PageKind {
    /// The prefix of the page's messages in the catalogue.
    fn messages(self) -> &'static str {
        match self {
            PageKind::AcceptInvitation => "accept-invitation",
            PageKind::ResetPassword => "reset-password",
            PageKind::VerifyEmail => "verify-email",
        }
    }

    fn asks_password(self) -> bool {
        self != PageKind::VerifyEmail
    }
}

#[derive(Template)]
#[template(path = "web/account_link.html")]
struct AccountPage<'a> {
    page: Page,
    kind: &'a str,
    asks_password: bool,
    token: &'a str,
    errors: FormErrors,
    done: bool,
    link_problem: bool,
}

impl AccountPage<'_> {
    /// The page's own message `suffix` (`intro`, `button`, `done`).
    fn own(&self, suffix: &str) -> String {
        self.page.t(&format!("{}-{suffix}", self.kind))
    }
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

fn link_page<'a>(kind: PageKind, locale: Locale, token: &'a str) -> AccountPage<'a> {
    AccountPage {
        page: Page::signed_out(locale, &format!("{}-title", kind.messages())),
        kind: kind.messages(),
        asks_password: kind.asks_password(),
        token,
        errors: FormErrors::default(),
        done: false,
        link_problem: false,
    }
}

fn show(kind: PageKind, query: LinkQuery, client: Client) -> Response {
    let locale = client.language_or(query.lang.as_deref());
    let token = query.token.unwrap_or_default();
    let link_problem = !utbyte_domain::tokens::looks_valid(&token);
    let status = if link_problem {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(
        status,
        &AccountPage {
            link_problem,
            ..link_page(kind, locale, &token)
        },
    )
}

async fn submit(
    kind: PageKind,
    state: AppState,
    client: Client,
    query: LinkQuery,
    form: LinkForm,
) -> Response {
    let locale = client.language_or(query.lang.as_deref());
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
    let page = link_page(kind, locale, &form.token);
    match result {
        Ok(()) => render(StatusCode::OK, &AccountPage { done: true, ..page }),
        Err(DomainError::Validation(fields)) => {
            if fields.iter().any(|field| field.field == "token") {
                return render(
                    StatusCode::BAD_REQUEST,
                    &AccountPage {
                        link_problem: true,
                        ..page
                    },
                );
            }
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &AccountPage {
                    errors: FormErrors::of(locale, &fields, &[("newPassword", "password")]),
                    ..page
                },
            )
        }
        Err(error) => errors::page(&error, locale),
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

/// The messages of every link page (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    [
        PageKind::AcceptInvitation,
        PageKind::ResetPassword,
        PageKind::VerifyEmail,
    ]
    .into_iter()
    .flat_map(|kind| {
        ["title", "intro", "button", "done"].map(|suffix| format!("{}-{suffix}", kind.messages()))
    })
    .collect()
}
