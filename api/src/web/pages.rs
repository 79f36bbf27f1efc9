//! What every page shares: the frame (language, title, the municipality's name, the signed-in
//! person's name and unread count, the CSRF token), texts from the message catalogues, field
//! errors with an error summary, and the response headers of a page.
use std::borrow::Borrow;

use askama::Template;
use axum::{
    http::{HeaderValue, StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, Utc};
use utbyte_domain::{
    DomainError, FieldError, Principal,
    accounts::AccountSummary,
    format,
    i18n::{self, ArgValue, Messages},
    money::Money,
    types::{Locale, Role, TimeZone},
};

/// The frame around a page's content, and the texts of its language.
pub struct Page {
    pub locale: Locale,
    /// The zone times are shown in: the signed-in person's, else Europe/Stockholm.
    pub time_zone: TimeZone,
    pub title: String,
    /// Shown in the header of every page: the signed-in person's municipality.
    pub municipality: Option<String>,
    pub person: Option<Person>,
}

/// The signed-in person as the header shows them.
pub struct Person {
    pub name: String,
    /// Whether the person decides approval steps (principals, coordinators, admins).
    pub approver: bool,
    pub unread_notifications: u64,
    /// The token every form of theirs carries.
    pub csrf: String,
}

impl Page {
    pub fn signed_out(locale: Locale, title_key: &str) -> Page {
        Page {
            locale,
            time_zone: TimeZone::default(),
            title: i18n::text(locale, title_key),
            municipality: None,
            person: None,
        }
    }

    pub fn signed_in(
        summary: AccountSummary,
        principal: &Principal,
        csrf: &str,
        title: String,
    ) -> Page {
        Page {
            locale: summary.locale,
            time_zone: summary.time_zone,
            title,
            municipality: summary.municipality,
            person: Some(Person {
                name: summary.user.display_name,
                approver: [Role::Principal, Role::Coordinator, Role::Admin]
                    .into_iter()
                    .any(|role| principal.has_role(role)),
                unread_notifications: summary.unread_notifications,
                csrf: csrf.to_owned(),
            }),
        }
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        i18n::text(self.locale, key)
    }

    /// The message `key` with one argument.
    pub fn t1(&self, key: &str, name: &'static str, value: impl ArgValue) -> String {
        Messages(self.locale).t1(key, name, value)
    }

    /// The message `key` with two arguments.
    pub fn t2(
        &self,
        key: &str,
        name1: &'static str,
        value1: impl ArgValue,
        name2: &'static str,
        value2: impl ArgValue,
    ) -> String {
        Messages(self.locale).t2(key, name1, value1, name2, value2)
    }

    /// A day in the page's language: "21 december 2026" (templates pass a reference).
    pub fn date(&self, day: impl Borrow<NaiveDate>) -> String {
        format::date(self.locale, *day.borrow())
    }

    /// A first and last day: "21 december 2026 – 3 januari 2027".
    pub fn dates(&self, first: NaiveDate, last: NaiveDate) -> String {
        format::date_range(self.locale, first, last)
    }

    /// An instant on the reader's clock, with their zone named: "21 december 2026 kl. 01:16
    /// centraleuropeisk tid".
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        format::date_time(self.locale, &self.time_zone, at)
    }

    /// The day an instant falls on in the reader's zone (a due date kept as an instant).
    pub fn local_date(&self, at: DateTime<Utc>) -> String {
        format::local_date(self.locale, &self.time_zone, at)
    }

    /// An amount in the page's language: "1 234,50 kr", "€309.00".
    pub fn money(&self, amount: Money) -> String {
        format::money(self.locale, &amount)
    }

    /// Euro cents, as the EU's and the Nordic programmes' figures are kept.
    pub fn euro(&self, cents: i64) -> String {
        self.money(Money::euro(cents))
    }

    /// The other languages the page can be read in: (code, name in itself, direction).
    pub fn other_languages(&self) -> Vec<(&'static str, &'static str, &'static str)> {
        Locale::ALL
            .into_iter()
            .filter(|locale| *locale != self.locale)
            .map(|locale| (locale.code(), locale.endonym(), locale.direction()))
            .collect()
    }

    /// `rtl` for a language written right to left, else `ltr`.
    pub fn dir(&self) -> &'static str {
        self.locale.direction()
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// Whether the signed-in person decides approval steps.
    pub fn approver(&self) -> bool {
        self.person.as_ref().is_some_and(|person| person.approver)
    }

    pub fn unread_notifications(&self) -> u64 {
        self.person
            .as_ref()
            .map_or(0, |person| person.unread_notifications)
    }

    /// The token for a signed-in form (empty when signed out: such forms need none).
    pub fn csrf(&self) -> &str {
        self.person
            .as_ref()
            .map_or("", |person| person.csrf.as_str())
    }
}

/// What was wrong with a sent form, field by field, in the page's language.
#[derive(Default)]
pub struct FormErrors {
    /// (field name = the input's `id`, message), in the order of the form.
    pub fields: Vec<(String, String)>,
}

impl FormErrors {
    /// The problems of a refused form; `rename` maps the domain's field names to the form's.
    pub fn of(locale: Locale, fields: &[FieldError], rename: &[(&str, &str)]) -> FormErrors {
        let fields = fields
            .iter()
            .map(|field| {
                let name = rename
                    .iter()
                    .find(|(domain, _)| *domain == field.field)
                    .map_or(field.field.as_str(), |(_, form)| form);
                (name.to_owned(), problem_text(locale, field.code))
            })
            .collect();
        FormErrors { fields }
    }

    pub fn one(locale: Locale, field: &str, message_key: &str) -> FormErrors {
        FormErrors {
            fields: vec![(field.to_owned(), i18n::text(locale, message_key))],
        }
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The message for `field`, if it has one.
    pub fn of_field(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.as_str())
    }
}

/// A field problem in words: `problem-<code>` from the catalogue, or a general one.
fn problem_text(locale: Locale, code: &str) -> String {
    let key = format!("problem-{}", code.replace('_', "-"));
    if i18n::has(locale, &key) || i18n::has(Locale::En, &key) {
        i18n::text(locale, &key)
    } else {
        i18n::text(locale, "problem-invalid")
    }
}

/// The field errors of a refused form, or the refusal when it is not about fields.
pub fn field_errors(
    locale: Locale,
    error: DomainError,
    rename: &[(&str, &str)],
) -> Result<FormErrors, DomainError> {
    match error {
        DomainError::Validation(fields) => Ok(FormErrors::of(locale, &fields, rename)),
        other => Err(other),
    }
}

/// A rendered page with the headers every page has: no framing, no inline script or style,
/// nothing cached (pages show personal data).
pub fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(body) => with_page_headers((status, Html(body)).into_response()),
        Err(error) => {
            let error_id = super::errors::log_internal(&error);
            tracing::debug!(%error_id, "a page could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub const PAGE_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Adds the page headers a response does not set itself.
pub fn with_page_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, PAGE_CSP),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_problems_read_as_words_in_the_page_language() {
        let fields = [
            FieldError::new("email", "invalid_email", "x"),
            FieldError::new("newPassword", "too_short", "x"),
            FieldError::new("title", "no_such_code", "x"),
        ];
        let errors = FormErrors::of(Locale::Sv, &fields, &[("newPassword", "new_password")]);
        assert_eq!(
            errors.of_field("email"),
            Some("Skriv en e-postadress som namn@exempel.se.")
        );
        assert_eq!(
            errors.of_field("new_password"),
            Some("Lösenordet måste ha minst 12 tecken.")
        );
        assert_eq!(
            errors.of_field("title"),
            Some("Kontrollera det du skrev här.")
        );
        assert_eq!(errors.of_field("newPassword"), None);
    }
}
