//! My account: details, language, time zone, password, and signing out everywhere.
use askama::Template;
use axum::{
    Router,
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use utbyte_domain::{
    accounts, format,
    types::{Locale, TimeZone},
};

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
        .route("/account/time-zone", post(set_time_zone))
        .route("/account/password", post(change_password))
        .route("/account/sign-out-everywhere", post(sign_out_everywhere))
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Notice {
    LanguageSaved,
    TimeZoneSaved,
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
    /// The zones to choose from: (IANA name, name in the reader's language).
    time_zones: Vec<(String, String)>,
    /// The zone shown as chosen: the person's, or what a refused form sent.
    time_zone: String,
}

/// The zones offered, named in `locale`; `chosen` first when it is not one of them (a zone
/// set through the API, or what a refused form sent, shown as it was sent).
fn time_zone_choices(locale: Locale, chosen: &str) -> Vec<(String, String)> {
    let offered = TimeZone::OFFERED.iter().map(|name| {
        let zone = TimeZone::parse("time_zone", name).unwrap_or_default();
        (
            zone.name().to_owned(),
            format::time_zone_name(locale, &zone),
        )
    });
    let extra = (!TimeZone::OFFERED.contains(&chosen)).then(|| {
        let label = TimeZone::parse("time_zone", chosen).map_or_else(
            |_| chosen.to_owned(),
            |zone| format::time_zone_name(locale, &zone),
        );
        (chosen.to_owned(), label)
    });
    extra.into_iter().chain(offered).collect()
}

async fn account_page(
    state: &AppState,
    signed_in: &SignedIn,
    notice: Option<Notice>,
    errors: FormErrors,
    status: StatusCode,
    typed_time_zone: Option<String>,
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
    let time_zone = typed_time_zone.unwrap_or_else(|| page.time_zone.name().to_owned());
    render(
        status,
        &AccountPage {
            notice: notice.map(|notice| {
                page.t(match notice {
                    Notice::LanguageSaved => "account-language-saved",
                    Notice::TimeZoneSaved => "account-time-zone-saved",
                    Notice::PasswordChanged => "password-changed",
                })
            }),
            time_zones: time_zone_choices(page.locale, &time_zone),
            time_zone,
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
        None,
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
    refused_or(
        result.map(|_| ()),
        &state,
        &signed_in,
        client.language,
        &[],
        None,
    )
    .await
    .unwrap_or_else(|| Redirect::to("/account?notice=language-saved").into_response())
}

#[derive(Deserialize)]
struct TimeZoneForm {
    time_zone: String,
}

async fn set_time_zone(State(state): State<AppState>, sent: SignedForm<TimeZoneForm>) -> Response {
    let SignedForm {
        signed_in,
        client,
        form,
    } = sent;
    let result = accounts::set_time_zone(
        &state.services,
        &signed_in.principal,
        &client.meta,
        &form.time_zone,
    )
    .await;
    let rename = [("timeZone", "time_zone")];
    let typed = Some(form.time_zone);
    refused_or(
        result.map(|_| ()),
        &state,
        &signed_in,
        client.language,
        &rename,
        typed,
    )
    .await
    .unwrap_or_else(|| Redirect::to("/account?notice=time-zone-saved").into_response())
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
    refused_or(result, &state, &signed_in, client.language, &rename, None)
        .await
        .unwrap_or_else(|| Redirect::to("/account?notice=password-changed").into_response())
}

/// The account page again with the form's errors, or the refusal's page; `None` when the
/// change was made. The errors are in the account's language, as the rest of the page is
/// (`fallback`, the browser's, only when the account cannot be read). `typed_time_zone` is
/// what a refused time zone form sent, shown as chosen.
async fn refused_or(
    result: utbyte_domain::DomainResult<()>,
    state: &AppState,
    signed_in: &SignedIn,
    fallback: Locale,
    rename: &[(&str, &str)],
    typed_time_zone: Option<String>,
) -> Option<Response> {
    let error = result.err()?;
    let locale = accounts::me(&state.services, &signed_in.principal)
        .await
        .map_or(fallback, |me| Locale::from_stored(&me.locale));
    Some(match field_errors(locale, error, rename) {
        Ok(errors) => {
            account_page(
                state,
                signed_in,
                None,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
                typed_time_zone,
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
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}
