//! The guardians' consent pages that e-mailed links open: give consent to an exchange
//! (`/consent`) and withdraw it (`/consent/withdraw`). Like the account pages in `account`,
//! they work without JavaScript, and a GET only shows: link scanners in mail systems fetch
//! links, and must not use them. Only a POST acts.
use askama::Template;
use axum::{
    Form, Router,
    extract::{
        Query, State,
        rejection::{FormRejection, QueryRejection},
    },
    http::StatusCode,
    response::Response,
    routing::get,
};
use serde::Deserialize;
use serde_json::Value;
use utbyte_domain::{
    DomainError, DomainResult, FieldError,
    exchanges::proposals::Accommodation,
    format::{self, TimeZone},
    i18n::Messages,
    privacy_notices::Section,
    registrations::consent::{
        self, CONSENT_PATH, ConsentForm, ContactInput, Given, LinkPage, LinkPurpose, MAX_CONTACTS,
        OnRecord, WITHDRAW_PATH, Withdrawn,
    },
    registrations::rules::RegistrationState,
    tokens,
    types::Locale,
};

use super::{edge::Client, errors};
use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(CONSENT_PATH, get(show_consent).post(give_consent))
        .route(WITHDRAW_PATH, get(show_withdraw).post(withdraw))
}

#[derive(Template)]
#[template(path = "consent_page.html")]
struct ConsentPage {
    /// The page's language and its messages.
    l: Messages,
    heading: String,
    /// The same page in each other language, while the link is still to be used:
    /// (code, name in itself, direction, address).
    languages: Vec<Language>,
    view: View,
}

type Language = (&'static str, &'static str, &'static str, String);

impl ConsentPage {
    fn new(locale: Locale, heading_key: &str, languages: Vec<Language>, view: View) -> Self {
        ConsentPage {
            l: Messages(locale),
            heading: Messages(locale).t(heading_key),
            languages,
            view,
        }
    }
}

enum View {
    Consent(Box<ConsentView>),
    /// What a consent just gave, with where the registration stands.
    Receipt(Box<ReceiptView>),
    Withdraw(WithdrawView),
    /// What a POST did, paragraph by paragraph.
    Outcome(Vec<String>),
    LinkProblem,
}

/// Whose registration, for which exchange.
struct Trip {
    participant: String,
    guardian: String,
    title: String,
    dates: String,
    link_expires: String,
}

struct ConsentView {
    trip: Trip,
    token: String,
    /// (what, before, after) since an earlier consent.
    changes: Vec<(String, String, String)>,
    /// Medical information on record: who, when, which fields, never what they say.
    on_record: Vec<String>,
    destination: String,
    organisation: String,
    teacher: Option<String>,
    leaders: i32,
    /// (day, text), in order.
    programme: Vec<(String, String)>,
    accommodation: String,
    transport: String,
    cost: String,
    contributions_are_voluntary: bool,
    offered_until: Option<String>,
    travel_text_id: String,
    photos_text_id: String,
    travel_text: String,
    photos_text: String,
    /// The municipality's privacy notice as this page shows it, and its stored version.
    notice_title: String,
    notice_sections: Vec<Section>,
    notice_text_id: String,
    travel: Field,
    health: Vec<Field>,
    contacts: Vec<Vec<Field>>,
    photos: Field,
    typed_name: Field,
    /// The summary at the top: (input id to jump to, what, message).
    errors: Vec<(Option<String>, String, String)>,
}

/// A consent's receipt, rows in the page's language.
struct ReceiptView {
    /// Where the registration stands, paragraph by paragraph.
    outcome: Vec<String>,
    summary: Vec<(String, String)>,
    /// (heading, given or not, the text, its version).
    texts: Vec<(String, String, String, String)>,
    health: Vec<(String, String)>,
    notice: String,
    notice_version: String,
    notice_link: String,
    withdraw: String,
    withdraw_link: String,
}

impl ReceiptView {
    fn of(given: &Given, l: Messages) -> ReceiptView {
        let receipt = &given.receipt;
        ReceiptView {
            outcome: given_outcome(
                given.confirmed,
                given.awaiting_approval,
                &receipt.participant,
                l,
            ),
            summary: receipt.summary(&l),
            texts: receipt.texts(&l),
            health: receipt.health(&l),
            notice: receipt.notice_line(&l),
            notice_version: receipt.notice_version(&l),
            notice_link: receipt.organiser.privacy_link(&l),
            withdraw: receipt.withdraw_line(&l),
            withdraw_link: receipt.withdraw_link.clone(),
        }
    }
}

struct WithdrawView {
    trip: Trip,
    token: String,
    /// Whether there is a photo permission to withdraw.
    photos_given: bool,
}

/// One input of the consent form, as shown (again).
struct Field {
    name: String,
    id: String,
    label: String,
    /// The label in the error summary, where the input's section is not in sight.
    long_label: String,
    /// `text`, `tel`, `textarea` or `checkbox`.
    kind: &'static str,
    value: String,
    checked: bool,
    required: bool,
    max: usize,
    autocomplete: &'static str,
    error: Option<String>,
}

impl Field {
    fn new(name: &str, kind: &'static str, label: &str, max: usize) -> Self {
        Field {
            name: name.to_owned(),
            id: input_id(name),
            label: label.to_owned(),
            long_label: label.to_owned(),
            kind,
            value: String::new(),
            checked: false,
            required: false,
            max,
            autocomplete: "off",
            error: None,
        }
    }

    fn value(mut self, value: &str) -> Self {
        self.value = value.to_owned();
        self
    }

    fn checkbox(name: &str, label: &str, checked: bool) -> Self {
        Field {
            checked,
            ..Field::new(name, "checkbox", label, 0).value("yes")
        }
    }
}

/// An input's id: its name with `[`, `]` and `.` replaced by `-` (`contacts[0].phone` gives
/// `contacts-0-phone`).
fn input_id(name: &str) -> String {
    let mut id = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '[' | ']' | '.' => {
                if !id.ends_with('-') {
                    id.push('-');
                }
            }
            c => id.push(c),
        }
    }
    id.trim_end_matches('-').to_owned()
}

#[derive(Deserialize)]
struct LinkQuery {
    token: Option<String>,
    lang: Option<String>,
}

/// The consent form as posted. Unticked checkboxes are not sent at all.
#[derive(Deserialize, Default, Debug)]
#[serde(default, rename_all = "camelCase")]
struct ConsentFields {
    token: String,
    lang: Option<String>,
    travel_text_id: String,
    photos_text_id: String,
    notice_text_id: String,
    travel: Option<String>,
    photos: Option<String>,
    medical_notes: String,
    allergies: String,
    medication: String,
    dietary_needs: String,
    #[serde(rename = "contacts[0].name")]
    contact0_name: String,
    #[serde(rename = "contacts[0].relation")]
    contact0_relation: String,
    #[serde(rename = "contacts[0].phone")]
    contact0_phone: String,
    #[serde(rename = "contacts[1].name")]
    contact1_name: String,
    #[serde(rename = "contacts[1].relation")]
    contact1_relation: String,
    #[serde(rename = "contacts[1].phone")]
    contact1_phone: String,
    #[serde(rename = "contacts[2].name")]
    contact2_name: String,
    #[serde(rename = "contacts[2].relation")]
    contact2_relation: String,
    #[serde(rename = "contacts[2].phone")]
    contact2_phone: String,
    typed_name: String,
}

impl ConsentFields {
    fn contacts(&self) -> [ContactInput; MAX_CONTACTS] {
        let contact = |name: &str, relation: &str, phone: &str| ContactInput {
            name: name.to_owned(),
            relation: relation.to_owned(),
            phone: phone.to_owned(),
        };
        [
            contact(
                &self.contact0_name,
                &self.contact0_relation,
                &self.contact0_phone,
            ),
            contact(
                &self.contact1_name,
                &self.contact1_relation,
                &self.contact1_phone,
            ),
            contact(
                &self.contact2_name,
                &self.contact2_relation,
                &self.contact2_phone,
            ),
        ]
    }

    fn to_form(&self) -> ConsentForm {
        ConsentForm {
            typed_name: self.typed_name.clone(),
            // Only the box's own value ticks it: "no", "off" or "" are not consent.
            travel: ticked(&self.travel),
            photos: ticked(&self.photos),
            medical_notes: self.medical_notes.clone(),
            allergies: self.allergies.clone(),
            medication: self.medication.clone(),
            dietary_needs: self.dietary_needs.clone(),
            contacts: self.contacts().into(),
            travel_text_id: self.travel_text_id.clone(),
            photos_text_id: self.photos_text_id.clone(),
            notice_text_id: self.notice_text_id.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct WithdrawFields {
    token: String,
    lang: Option<String>,
    photos_only: Option<String>,
}

/// The language asked for by `?lang=` (or the form's hidden `lang`), if it is one we speak:
/// otherwise the page is in the guardian's own language.
fn asked_locale(lang: Option<&str>) -> Option<Locale> {
    lang.and_then(|lang| Locale::parse("lang", lang).ok())
}

/// Opens a link in the language asked for, else in the guardian's own.
async fn open(
    state: &AppState,
    token: &str,
    purpose: LinkPurpose,
    asked: Option<Locale>,
) -> DomainResult<LinkPage> {
    consent::open_link(&state.services, token, purpose, asked).await
}

fn switch_href(path: &str, token: &str, lang: &str) -> String {
    // A token that is not plain hex is not worth keeping (and would need encoding).
    if tokens::looks_valid(token) {
        format!("{path}?token={token}&lang={lang}")
    } else {
        format!("{path}?lang={lang}")
    }
}

/// The page at `path` in every language but `locale`, by their names in themselves.
fn other_languages(path: &str, token: &str, locale: Locale) -> Vec<Language> {
    Locale::ALL
        .into_iter()
        .filter(|other| *other != locale)
        .map(|other| {
            (
                other.code(),
                other.endonym(),
                other.direction(),
                switch_href(path, token, other.code()),
            )
        })
        .collect()
}

fn render(status: StatusCode, page: ConsentPage) -> Response {
    super::pages::render(status, &page)
}

/// The page for a link that cannot be used, or for a failure on our side.
/// A request no page of ours sends (a field twice, another body type): the plain "this link
/// does not work" page rather than a bare error text.
fn unreadable(client: &Client, path: &str) -> Response {
    let error = DomainError::field("token", "unreadable", "the form could not be read");
    problem(error, client.language, path, "", false)
}

fn problem(
    error: DomainError,
    locale: Locale,
    path: &str,
    token: &str,
    from_get: bool,
) -> Response {
    let languages = if from_get {
        other_languages(path, token, locale)
    } else {
        Vec::new()
    };
    match error {
        DomainError::Validation(fields) if fields.iter().any(|f| f.field == "token") => {
            let status = if tokens::looks_valid(token) {
                StatusCode::GONE
            } else {
                StatusCode::BAD_REQUEST
            };
            render(
                status,
                ConsentPage::new(
                    locale,
                    "consent-link-problem-title",
                    languages,
                    View::LinkProblem,
                ),
            )
        }
        error => errors::page(&error, locale),
    }
}

/// The kind of accommodation in words (the exchange page's); an unknown code as it is.
fn accommodation(code: &str, l: Messages) -> String {
    match Accommodation::from_code(code) {
        Some(kind) => l.t(&format!(
            "exchange-accommodation-{}",
            kind.code().replace('_', "-")
        )),
        None => code.to_owned(),
    }
}

/// The programme's days, `[{"day": 1, "text": "…"}]`, in order of day.
fn programme(programme: &Value, l: Messages) -> Vec<(String, String)> {
    let mut days: Vec<(Option<i64>, String)> = programme
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            (
                d["day"].as_i64(),
                d["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    days.sort_by_key(|(day, _)| day.unwrap_or(i64::MAX));
    days.into_iter()
        .map(|(day, text)| {
            let day = day.map_or_else(String::new, |day| l.t1("consent-programme-day", "day", day));
            (day, text)
        })
        .collect()
}

/// An instant on the guardian's clock, the zone named: their account's zone when they have
/// one, else Stockholm's (a guardian reads the page without signing in).
fn when(at: chrono::DateTime<chrono::Utc>, l: Messages, zone: &TimeZone) -> String {
    format::date_time(l.0, zone, at)
}

fn trip(page: &LinkPage, l: Messages) -> Trip {
    Trip {
        participant: page.youth.display_name.clone(),
        guardian: page.guardian.display_name.clone(),
        title: page.title.clone(),
        dates: format::date_range(l.0, page.exchange.start_date, page.exchange.end_date),
        link_expires: when(page.expires_at, l, &page.time_zone),
    }
}

/// What a field's problem means to a guardian.
fn field_message(l: Messages, field: &str, code: &str) -> String {
    match code {
        "required" if field == "travel" => l.t("consent-problem-travel-required"),
        "no_contact" => l.t("consent-problem-no-contact"),
        "required" if field.starts_with("contacts[") => l.t("consent-problem-contact-required"),
        "required" => l.t("consent-problem-required"),
        "invalid_phone" => l.t("consent-problem-invalid-phone"),
        "too_long" => l.t("consent-problem-too-long"),
        "invalid_characters" => l.t("consent-problem-invalid-characters"),
        "invalid" => l.t("consent-problem-invalid"),
        _ => l.t("consent-problem-other"),
    }
}

/// A checkbox is ticked only when it sends its own value, `yes`.
fn ticked(value: &Option<String>) -> bool {
    value.as_deref() == Some("yes")
}

/// The consent page for a link: empty on first sight, or as submitted with its problems.
fn consent_view(
    page: LinkPage,
    token: &str,
    typed: &ConsentFields,
    errors: &[FieldError],
    l: Messages,
) -> ConsentView {
    let mut travel = Field::checkbox(
        "travel",
        &l.t("consent-travel-label"),
        ticked(&typed.travel),
    );
    travel.required = true;
    travel.long_label = l.t("consent-travel-heading");
    let mut photos = Field::checkbox(
        "photos",
        &l.t("consent-photos-label"),
        ticked(&typed.photos),
    );
    photos.long_label = l.t("consent-photos-heading");
    let health = vec![
        Field::new(
            "medicalNotes",
            "textarea",
            &l.t("consent-medical-notes-label"),
            2000,
        )
        .value(&typed.medical_notes),
        Field::new(
            "allergies",
            "textarea",
            &l.t("consent-allergies-label"),
            2000,
        )
        .value(&typed.allergies),
        Field::new(
            "medication",
            "textarea",
            &l.t("consent-medication-label"),
            2000,
        )
        .value(&typed.medication),
        Field::new(
            "dietaryNeeds",
            "textarea",
            &l.t("consent-dietary-needs-label"),
            2000,
        )
        .value(&typed.dietary_needs),
    ];
    let contacts = typed
        .contacts()
        .iter()
        .enumerate()
        .map(|(i, contact)| {
            let part = |part: &str, kind, label: String, max, value: &str| {
                let mut field =
                    Field::new(&format!("contacts[{i}].{part}"), kind, &label, max).value(value);
                field.long_label = l.t2("consent-contact-field", "number", i + 1, "field", label);
                field
            };
            vec![
                part(
                    "name",
                    "text",
                    l.t("consent-contact-name-label"),
                    100,
                    &contact.name,
                ),
                part(
                    "relation",
                    "text",
                    l.t("consent-contact-relation-label"),
                    50,
                    &contact.relation,
                ),
                part(
                    "phone",
                    "tel",
                    l.t("consent-contact-phone-label"),
                    25,
                    &contact.phone,
                ),
            ]
        })
        .collect();
    let mut typed_name = Field::new("typedName", "text", &l.t("consent-typed-name-label"), 100)
        .value(&typed.typed_name);
    typed_name.required = true;
    typed_name.autocomplete = "name";
    typed_name.long_label = l.t("consent-signature-heading");

    let mut view = ConsentView {
        trip: trip(&page, l),
        token: token.to_owned(),
        destination: page.destination,
        organisation: page.organisation_name,
        teacher: page.teacher_name,
        leaders: page.exchange.leaders,
        programme: programme(&page.exchange.programme, l),
        accommodation: accommodation(&page.exchange.accommodation, l),
        cost: format::money(l.0, &page.exchange.cost_per_participant()),
        transport: page.exchange.transport,
        contributions_are_voluntary: page.contributions_are_voluntary,
        offered_until: page
            .registration
            .offer_expires_at
            .filter(|_| page.registration.state == RegistrationState::Offered.code())
            .map(|at| when(at, l, &page.time_zone)),
        changes: page.changes,
        on_record: page
            .on_record
            .iter()
            .map(|record| on_record(record, l, &page.time_zone))
            .collect(),
        travel_text_id: page.travel_text.id.to_string(),
        photos_text_id: page.photos_text.id.to_string(),
        travel_text: page.travel_text.body,
        photos_text: page.photos_text.body,
        notice_title: page.notice.title,
        notice_sections: page.notice.sections,
        notice_text_id: page.notice.text.id.to_string(),
        travel,
        health,
        contacts,
        photos,
        typed_name,
        errors: Vec::new(),
    };
    for error in errors {
        let message = field_message(l, &error.field, error.code);
        let summary = match view
            .fields_mut()
            .find(|f| f.name == error.field && f.error.is_none())
        {
            Some(field) => {
                field.error = Some(message.clone());
                (Some(field.id.clone()), field.long_label.clone(), message)
            }
            // The hidden text versions: nothing to point at.
            None => (None, String::new(), message),
        };
        view.errors.push(summary);
    }
    view
}

impl ConsentView {
    fn fields_mut(&mut self) -> impl Iterator<Item = &mut Field> {
        std::iter::once(&mut self.travel)
            .chain(self.health.iter_mut())
            .chain(self.contacts.iter_mut().flatten())
            .chain([&mut self.photos, &mut self.typed_name])
    }
}

async fn show_consent(
    State(state): State<AppState>,
    query: Result<Query<LinkQuery>, QueryRejection>,
    client: Client,
) -> Response {
    let Ok(Query(query)) = query else {
        return unreadable(&client, CONSENT_PATH);
    };
    let asked = asked_locale(query.lang.as_deref());
    let token = query.token.unwrap_or_default();
    match open(&state, &token, LinkPurpose::Consent, asked).await {
        Ok(page) => {
            let locale = page.locale;
            // A photo permission already given stays ticked until the guardian unticks it.
            let start = ConsentFields {
                photos: page.photos_given.then(|| "yes".to_owned()),
                ..ConsentFields::default()
            };
            let view = consent_view(page, &token, &start, &[], Messages(locale));
            render(
                StatusCode::OK,
                ConsentPage::new(
                    locale,
                    "consent-title",
                    other_languages(CONSENT_PATH, &token, locale),
                    View::Consent(Box::new(view)),
                ),
            )
        }
        Err(error) => problem(
            error,
            asked.unwrap_or(client.language),
            CONSENT_PATH,
            &token,
            true,
        ),
    }
}

/// Medical information on record, as who, when and which fields in the page's language.
fn on_record(record: &OnRecord, l: Messages, zone: &TimeZone) -> String {
    let who = match (&record.given_by, record.yours) {
        (_, true) => l.t("consent-on-record-you"),
        (Some(name), false) => name.clone(),
        (None, false) => l.t("consent-on-record-former-guardian"),
    };
    let fields: Vec<String> = record
        .fields
        .iter()
        .map(|field| match *field {
            "medicalNotes" => l.t("consent-on-record-medical-notes"),
            "allergies" => l.t("consent-on-record-allergies"),
            "medication" => l.t("consent-on-record-medication"),
            "dietaryNeeds" => l.t("consent-on-record-dietary-needs"),
            _ => l.t("consent-on-record-contacts"),
        })
        .collect();
    l.t3(
        "consent-on-record-item",
        "who",
        who,
        "when",
        when(record.given_at, l, zone),
        "fields",
        fields.join(", "),
    )
}

/// Where the registration stands once a consent is in, paragraph by paragraph.
fn given_outcome(
    confirmed: bool,
    awaiting_approval: bool,
    participant: &str,
    l: Messages,
) -> Vec<String> {
    let first = if confirmed {
        l.t1("consent-given-confirmed", "participant", participant)
    } else if awaiting_approval {
        l.t("consent-given-awaiting-approval")
    } else {
        l.t("consent-given-awaiting-others")
    };
    vec![first, l.t("receipt-keep")]
}

async fn give_consent(
    State(state): State<AppState>,
    query: Result<Query<LinkQuery>, QueryRejection>,
    client: Client,
    typed: Result<Form<ConsentFields>, FormRejection>,
) -> Response {
    let (Ok(Query(query)), Ok(Form(typed))) = (query, typed) else {
        return unreadable(&client, CONSENT_PATH);
    };
    let asked = asked_locale(query.lang.as_deref().or(typed.lang.as_deref()));
    let token = typed.token.as_str();
    let result = consent::give(
        &state.services,
        &client.meta,
        client.user_agent.as_deref(),
        token,
        &typed.to_form(),
    )
    .await;
    let fallback = asked.unwrap_or(client.language);
    match result {
        Ok(given) => {
            let locale = asked.unwrap_or(given.receipt.locale);
            render(
                StatusCode::OK,
                ConsentPage::new(
                    locale,
                    "receipt-title",
                    Vec::new(),
                    View::Receipt(Box::new(ReceiptView::of(&given, Messages(locale)))),
                ),
            )
        }
        Err(DomainError::Validation(errors)) if !errors.iter().any(|e| e.field == "token") => {
            // Nothing was written, so the link still opens: show the form again as typed.
            match open(&state, token, LinkPurpose::Consent, asked).await {
                Ok(page) => {
                    let locale = page.locale;
                    let view = consent_view(page, token, &typed, &errors, Messages(locale));
                    render(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        ConsentPage::new(
                            locale,
                            "consent-title",
                            other_languages(CONSENT_PATH, token, locale),
                            View::Consent(Box::new(view)),
                        ),
                    )
                }
                Err(error) => problem(error, fallback, CONSENT_PATH, token, false),
            }
        }
        Err(error) => problem(error, fallback, CONSENT_PATH, token, false),
    }
}

async fn show_withdraw(
    State(state): State<AppState>,
    query: Result<Query<LinkQuery>, QueryRejection>,
    client: Client,
) -> Response {
    let Ok(Query(query)) = query else {
        return unreadable(&client, WITHDRAW_PATH);
    };
    let asked = asked_locale(query.lang.as_deref());
    let token = query.token.unwrap_or_default();
    match open(&state, &token, LinkPurpose::Withdraw, asked).await {
        Ok(page) => {
            let locale = page.locale;
            let languages = other_languages(WITHDRAW_PATH, &token, locale);
            let view = View::Withdraw(WithdrawView {
                trip: trip(&page, Messages(locale)),
                token,
                photos_given: page.photos_given,
            });
            render(
                StatusCode::OK,
                ConsentPage::new(locale, "consent-withdraw-title", languages, view),
            )
        }
        Err(error) => problem(
            error,
            asked.unwrap_or(client.language),
            WITHDRAW_PATH,
            &token,
            true,
        ),
    }
}

fn withdrawn_outcome(withdrawn: Withdrawn, l: Messages) -> Vec<String> {
    let text = match withdrawn {
        Withdrawn::Photos => l.t("consent-withdrawn-photos"),
        Withdrawn::Travel => l.t("consent-withdrawn-travel"),
    };
    vec![text]
}

async fn withdraw(
    State(state): State<AppState>,
    query: Result<Query<LinkQuery>, QueryRejection>,
    client: Client,
    form: Result<Form<WithdrawFields>, FormRejection>,
) -> Response {
    let (Ok(Query(query)), Ok(Form(form))) = (query, form) else {
        return unreadable(&client, WITHDRAW_PATH);
    };
    let asked = asked_locale(query.lang.as_deref().or(form.lang.as_deref()));
    let locale = asked.unwrap_or(client.language);
    let photos_only = form.photos_only.as_deref() == Some("yes");
    let result = consent::withdraw_by_link(
        &state.services,
        &client.meta,
        client.user_agent.as_deref(),
        &form.token,
        photos_only,
    )
    .await;
    match result {
        Ok(withdrawn) => render(
            StatusCode::OK,
            ConsentPage::new(
                locale,
                "consent-withdraw-title",
                Vec::new(),
                View::Outcome(withdrawn_outcome(withdrawn, Messages(locale))),
            ),
        ),
        Err(error) => problem(error, locale, WITHDRAW_PATH, &form.token, false),
    }
}

/// The words for every kind of accommodation (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    Accommodation::ALL
        .iter()
        .map(|kind| format!("exchange-accommodation-{}", kind.code().replace('_', "-")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_ids() {
        assert_eq!(input_id("contacts[0].phone"), "contacts-0-phone");
        assert_eq!(input_id("contacts[2].name"), "contacts-2-name");
        assert_eq!(input_id("typedName"), "typedName");
    }

    #[test]
    fn languages() {
        assert_eq!(asked_locale(Some("sv")), Some(Locale::Sv));
        assert_eq!(asked_locale(Some("SV")), Some(Locale::Sv));
        assert_eq!(asked_locale(Some("en")), Some(Locale::En));
        assert_eq!(asked_locale(Some("ar")), Some(Locale::Ar));
        assert_eq!(asked_locale(Some("en-XA")), Some(Locale::Pseudo));
        for locale in Locale::ALL {
            assert_eq!(asked_locale(Some(locale.code())), Some(locale));
        }
        // A language we do not speak leaves the page in the guardian's own.
        assert_eq!(asked_locale(Some("fr")), None);
        assert_eq!(asked_locale(Some("")), None);
        assert_eq!(asked_locale(None), None);
        let token = "a".repeat(64);
        assert_eq!(
            switch_href(CONSENT_PATH, &token, "en"),
            format!("/consent?token={token}&lang=en")
        );
        assert_eq!(
            switch_href(WITHDRAW_PATH, "<x>", "sv"),
            "/consent/withdraw?lang=sv"
        );
        // Every other language, by its name in itself.
        let others = other_languages(CONSENT_PATH, &token, Locale::Sv);
        assert_eq!(others.len(), Locale::ALL.len() - 1);
        assert!(others.iter().all(|(code, ..)| *code != "sv"));
        assert!(
            others
                .iter()
                .any(|(code, name, dir, _)| (*code, *name, *dir) == ("ar", "العربية", "rtl"))
        );
    }

    #[tokio::test]
    async fn posted_form_maps_to_the_domain_form() {
        let body = "token=abc&lang=sv&travelTextId=t1&photosTextId=p1&travel=yes\
                    &medicalNotes=astma&allergies=n%C3%B6tter&medication=&dietaryNeeds=vegan\
                    &contacts%5B0%5D.name=Anna&contacts%5B0%5D.relation=mamma\
                    &contacts%5B0%5D.phone=070-123+45+67&contacts%5B2%5D.phone=1\
                    &typedName=Eva+Berg";
        let fields = parse_like_axum(body).await;
        let form = fields.to_form();
        assert!(form.travel);
        assert!(!form.photos);
        assert_eq!(form.typed_name, "Eva Berg");
        assert_eq!(form.medical_notes, "astma");
        assert_eq!(form.allergies, "nötter");
        assert_eq!(form.dietary_needs, "vegan");
        assert_eq!(form.travel_text_id, "t1");
        assert_eq!(form.photos_text_id, "p1");
        assert_eq!(form.contacts.len(), MAX_CONTACTS);
        assert_eq!(form.contacts[0].name, "Anna");
        assert_eq!(form.contacts[0].relation, "mamma");
        assert_eq!(form.contacts[0].phone, "070-123 45 67");
        assert_eq!(form.contacts[1].name, "");
        assert_eq!(form.contacts[2].phone, "1");
        assert_eq!(fields.lang.as_deref(), Some("sv"));
    }

    /// Parses a body the way the handler does.
    async fn parse_like_axum(body: &str) -> ConsentFields {
        use axum::extract::FromRequest;
        let request = axum::http::Request::post("/consent")
            .header(
                axum::http::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(axum::body::Body::from(body.to_owned()))
            .unwrap();
        Form::<ConsentFields>::from_request(request, &())
            .await
            .unwrap()
            .0
    }

    #[test]
    fn field_messages() {
        let (sv, en) = (Messages(Locale::Sv), Messages(Locale::En));
        assert_eq!(
            field_message(sv, "travel", "required"),
            "Kryssa i rutan för att ge tillstånd till resan."
        );
        assert_eq!(
            field_message(en, "contacts[0].name", "no_contact"),
            "Give at least one emergency contact with name, relation and phone."
        );
        assert_eq!(
            field_message(en, "contacts[1].name", "required"),
            "Fill in the name, relation and phone of this contact."
        );
        assert_eq!(
            field_message(en, "typedName", "required"),
            "This field is required."
        );
        assert_eq!(
            field_message(sv, "contacts[1].phone", "invalid_phone"),
            "Ange ett telefonnummer, 6–15 siffror."
        );
        assert_eq!(
            field_message(en, "travelTextId", "invalid"),
            "The page is out of date, reload it."
        );
        assert_eq!(
            field_message(sv, "x", "no_such_code"),
            "Kontrollera fältet."
        );
    }

    #[test]
    fn outcomes() {
        assert_eq!(
            given_outcome(true, false, "Elsa Lind", Messages(Locale::Sv))[0],
            "Tack! Elsa Lind är nu anmäld och platsen är bekräftad."
        );
        assert_eq!(
            given_outcome(true, true, "Elsa Lind", Messages(Locale::En))[0],
            "Thank you! Elsa Lind's place is now confirmed."
        );
        assert!(
            given_outcome(false, true, "Elsa Lind", Messages(Locale::En))[0]
                .contains("waiting to be approved again")
        );
        assert!(
            given_outcome(false, false, "Elsa Lind", Messages(Locale::Sv))[0]
                .contains("den andra vårdnadshavaren")
        );
        assert_eq!(
            withdrawn_outcome(Withdrawn::Photos, Messages(Locale::En)),
            ["The photo permission is withdrawn. The permission to travel still applies."]
        );
    }

    #[test]
    fn programme_days_in_order() {
        let days = serde_json::json!([
            { "day": 2, "text": "Museum" },
            { "day": 1, "text": "Arrival" }
        ]);
        assert_eq!(
            programme(&days, Messages(Locale::En)),
            vec![
                ("Day 1".to_owned(), "Arrival".to_owned()),
                ("Day 2".to_owned(), "Museum".to_owned())
            ]
        );
        assert_eq!(
            programme(&days, Messages(Locale::Sv))[0].0,
            "Dag 1".to_owned()
        );
        assert!(programme(&Value::Null, Messages(Locale::Sv)).is_empty());
    }

    #[test]
    fn accommodation_words() {
        // Every code the domain stores has words.
        let (sv, en) = (Messages(Locale::Sv), Messages(Locale::En));
        for code in Accommodation::ALL {
            assert_ne!(accommodation(code.code(), sv), code.code());
            assert_ne!(accommodation(code.code(), en), code.code());
        }
        assert_eq!(accommodation("host_families", sv), "Värdfamiljer");
        assert_eq!(accommodation("hostel", en), "Hostel");
        assert_eq!(accommodation("yurt", en), "yurt");
    }
}
