//! My account: details, language, password, and signing out everywhere.
use askama::Template;
use axum::{
    Router,
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use utbyte_domain::{accounts, types::Locale};

use super::{
    errors,
    pages::{FormErrors, Page, field_errors, render},
    session::{self, SignedForm, SignedIn},
};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account", get(show))
        .route("/account/language", post(set_language))
        .route("/account/password", post(change_password))
        .route("/account/sign-out-everywhere", post(sign_out_everywhere))
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Notice {
    LanguageSaved,
    PasswordChanged,
}

#[derive(Deserialize)]
struct AccountQuery {
    notice: Option<Notice>,
}

#[derive(Template)]
#[template(path = "web/my_account.html")]
struct AccountPage {
    page: Page,
    email: String,
    notice: Option<String>,
    errors: FormErrors,
    languages: Vec<(&'static str, String)>,
}

async fn account_page(
    state: &AppState,
    signed_in: &SignedIn,
    notice: Option<Notice>,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let me = match accounts::me(&state.services, &signed_in.principal).await {
        Ok(me) => me,
        Err(error) => return errors::page(&error, signed_in.browser_language),
    };
    let locale = Locale::from_stored(&me.locale);
    let page = match signed_in
        .page(state, utbyte_domain::i18n::text(locale, "account-title"))
        .await
    {
        Ok(page) => page,
        Err(response) => return response,
    };
    let languages = Locale::ALL
        .iter()
        .map(|locale| (locale.code(), locale.endonym().to_owned()))
        .collect();
    render(
        status,
        &AccountPage {
            notice: notice.map(|notice| {
                page.t(match notice {
                    Notice::LanguageSaved => "account-language-saved",
                    Notice::PasswordChanged => "password-changed",
                })
            }),
            page,
            email: me.email,
            errors,
            languages,
        },
    )
}

async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<AccountQuery>,
) -> Response {
    account_page(
        &state,
        &signed_in,
        query.notice,
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
struct LanguageForm {
    locale: String,
}

async fn set_language(State(state): State<AppState>, sent: SignedForm<LanguageForm>) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let result = accounts::set_locale(
        &state.services,
        &signed_in.principal,
        &client.meta,
        &form.locale,
    )
    .await;
    refused_or(result.map(|_| ()), &state, &signed_in, client.language, &[])
        .await
        .unwrap_or_else(|| Redirect::to("/account?notice=language-saved").into_response())
}

#[derive(Deserialize)]
struct PasswordForm {
    current_password: String,
    new_password: String,
}

async fn change_password(
    State(state): State<AppState>,
    sent: SignedForm<PasswordForm>,
) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let result = accounts::change_password(
        &state.services,
        &signed_in.principal,
        &client.meta,
        &form.current_password,
        &form.new_password,
    )
    .await;
    let rename = [
        ("currentPassword", "current_password"),
        ("newPassword", "new_password"),
    ];
    refused_or(result, &state, &signed_in, client.language, &rename)
        .await
        .unwrap_or_else(|| Redirect::to("/account?notice=password-changed").into_response())
}

/// The account page again with the form's errors, or the refusal's page; `None` when the
/// change was made.
async fn refused_or(
    result: utbyte_domain::DomainResult<()>,
    state: &AppState,
    signed_in: &SignedIn,
    locale: Locale,
    rename: &[(&str, &str)],
) -> Option<Response> {
    let error = result.err()?;
    Some(match field_errors(locale, error, rename) {
        Ok(errors) => {
            account_page(
                state,
                signed_in,
                None,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => errors::page(&error, locale),
    })
}

#[derive(Deserialize)]
struct NoFields {}

async fn sign_out_everywhere(
    State(state): State<AppState>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    match accounts::logout_everywhere(&state.services, &signed_in.principal, &client.meta).await {
        Ok(_) => (
            [(header::SET_COOKIE, session::cleared_cookie(&state.settings))],
            Redirect::to("/sign-in?notice=signed-out"),
        )
            .into_response(),
        Err(error) => errors::page(&error, client.language),
    }
}
