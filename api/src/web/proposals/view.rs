//! The proposal pages: the form with its choices (organisations, towns, partners found in the
//! directory), the checklist and the funding estimate of a saved proposal; the clone, cancel
//! and refused-submission pages.
use askama::Template;
use axum::{http::StatusCode, response::Response};
use chrono::NaiveDate;
use serde::Deserialize;
use utbyte_domain::{
    DomainError, DomainResult, FieldError,
    directory::{
        organisations::{self, DirectoryFilter},
        places,
        types::Theme,
    },
    entities::exchanges,
    exchanges::{
        access, approvals,
        proposals::{self, Accommodation, ExchangeDirection},
    },
    format,
    funding::{formula::rate_row_text, planning, rates::FundingAction, store},
    money::{Currency, Money},
    types::Locale,
};
use uuid::Uuid;

use super::{Notice, form::ProposalForm};
use crate::{
    app::AppState,
    web::{
        errors,
        pages::{FormErrors, Page, render},
        session::SignedIn,
    },
};

/// Which proposal the form is about, and what the page says above it.
#[derive(Default)]
pub struct Editing {
    /// None for a new proposal.
    pub id: Option<Uuid>,
    pub notice: Option<Notice>,
    /// Whether the partner search was asked for (so that "nothing found" can be said).
    pub searched: bool,
}

impl Editing {
    pub fn new() -> Editing {
        Editing::default()
    }

    pub fn existing(id: Uuid) -> Editing {
        Editing {
            id: Some(id),
            ..Editing::default()
        }
    }
}

/// An option of a select, a radio button or a checkbox.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
}

/// A text in one language (title, description).
pub struct LanguageText {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// One programme row with its input ids.
pub struct DayView {
    pub index: usize,
    pub day: String,
    pub text: String,
}

/// The grant the proposal can expect, compact: the total and the rates that are missing.
pub struct Estimate {
    pub action: &'static str,
    pub call_year: i32,
    pub total: String,
    pub missing: Vec<String>,
}

#[derive(Template)]
#[template(path = "web/proposal_form.html")]
struct ProposalPage {
    page: Page,
    errors: FormErrors,
    form: ProposalForm,
    post_to: String,
    exchange_id: Option<String>,
    notice: Option<String>,
    organisations: Vec<Choice>,
    titles: Vec<LanguageText>,
    descriptions: Vec<LanguageText>,
    directions: Vec<Choice>,
    partners: Vec<Choice>,
    searched: bool,
    towns: Vec<Choice>,
    themes: Vec<Choice>,
    programme: Vec<DayView>,
    accommodations: Vec<Choice>,
    currencies: Vec<Choice>,
    /// The failing checklist items of a saved proposal, in words.
    failing: Vec<String>,
    estimate: Option<Estimate>,
}

fn choices<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    label: impl Fn(&str) -> String,
    chosen: impl Fn(&str) -> bool,
) -> Vec<Choice> {
    all.iter()
        .map(|item| {
            let value = code(*item);
            Choice {
                value: value.to_owned(),
                label: label(value),
                chosen: chosen(value),
            }
        })
        .collect()
}

fn texts(
    page: &Page,
    prefix: &str,
    label_key: &str,
    values: &[(&str, String)],
) -> Vec<LanguageText> {
    values
        .iter()
        .map(|(code, value)| LanguageText {
            id: format!("{prefix}_{code}"),
            label: page.t1(label_key, "language", page.t(&format!("language-{code}"))),
            value: value.clone(),
        })
        .collect()
}

/// The proposal form, with every choice it offers and, for a saved proposal, its checklist
/// and estimate.
pub async fn proposal_page(
    state: &AppState,
    signed_in: &SignedIn,
    editing: Editing,
    form: ProposalForm,
    mut problems: Vec<FieldError>,
    status: StatusCode,
) -> Response {
    let title_key = if editing.id.is_some() {
        "proposal-edit-title"
    } else {
        "proposal-new-title"
    };
    let page = match titled(state, signed_in, title_key).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let locale = page.locale;
    let choices_loaded = Choices::load(state, signed_in, &editing, &form, locale).await;
    let (loaded, search_problem) = match choices_loaded {
        Ok(loaded) => loaded,
        Err(error) => return errors::page(&error, locale),
    };
    problems.extend(search_problem);
    let errors = FormErrors::of(locale, &problems, &[]);
    let t = |key: &str| page.t(key);
    let template = ProposalPage {
        errors,
        post_to: editing.id.map_or_else(
            || "/exchanges/new".to_owned(),
            |id| format!("/exchanges/{id}/edit"),
        ),
        exchange_id: editing.id.map(|id| id.to_string()),
        notice: editing.notice.map(|notice| match notice {
            Notice::Cloned => t("proposal-cloned"),
        }),
        organisations: loaded.organisations,
        titles: texts(&page, "title", "proposal-title-label", &form.titles),
        descriptions: texts(
            &page,
            "description",
            "proposal-description-label",
            &form.descriptions,
        ),
        directions: choices(
            ExchangeDirection::ALL,
            ExchangeDirection::code,
            |code| t(&format!("proposal-direction-{code}")),
            |code| form.direction == code,
        ),
        partners: loaded.partners,
        searched: editing.searched,
        towns: loaded.towns,
        themes: choices(
            Theme::ALL,
            Theme::code,
            |code| t(&format!("proposal-theme-{code}")),
            |code| form.themes.iter().any(|theme| theme == code),
        ),
        programme: form
            .programme
            .iter()
            .enumerate()
            .map(|(index, row)| DayView {
                index,
                day: row.day.clone(),
                text: row.text.clone(),
            })
            .collect(),
        accommodations: choices(
            Accommodation::ALL,
            Accommodation::code,
            |code| t(&format!("proposal-accommodation-{code}")),
            |code| form.accommodation == code,
        ),
        currencies: choices(
            Currency::ALL,
            Currency::code,
            |code| t(&format!("proposal-currency-{}", code.to_ascii_lowercase())),
            |code| form.cost_currency == code,
        ),
        failing: loaded
            .failing
            .iter()
            .map(|code| t(&format!("proposal-check-{code}")))
            .collect(),
        estimate: loaded.estimate,
        form,
        page,
    };
    render(status, &template)
}

/// What the form offers to choose from, read through the domain.
struct Choices {
    organisations: Vec<Choice>,
    partners: Vec<Choice>,
    towns: Vec<Choice>,
    failing: Vec<&'static str>,
    estimate: Option<Estimate>,
}

impl Choices {
    /// The choices, and the partner search's problem if its text could not be searched for.
    async fn load(
        state: &AppState,
        signed_in: &SignedIn,
        editing: &Editing,
        form: &ProposalForm,
        locale: Locale,
    ) -> DomainResult<(Choices, Option<FieldError>)> {
        let db = &state.services.db;
        let principal = &signed_in.principal;
        let saved = match editing.id {
            Some(id) => Some(proposals::find_visible(&state.services, principal, id).await?),
            None => None,
        };
        let mut own = access::staff_organisations(&principal.roles);
        if let Some((exchange, _)) = &saved {
            own = vec![exchange.sending_organisation_id];
        } else if own.is_empty() {
            // Only an organisation's staff draft here; coordinators draft through the API.
            return Err(DomainError::Forbidden);
        }
        let sending = Uuid::parse_str(&form.sending_organisation).ok();
        let organisations = organisations::organisations_by_ids(db, &own)
            .await?
            .into_iter()
            .map(|organisation| Choice {
                chosen: Some(organisation.id) == sending,
                value: organisation.id.to_string(),
                label: organisation.name,
            })
            .collect();
        let chosen: Vec<Uuid> = form
            .partners
            .iter()
            .filter_map(|id| Uuid::parse_str(id).ok())
            .collect();
        let mut partners: Vec<Choice> = organisations::organisations_by_ids(db, &chosen)
            .await?
            .into_iter()
            .map(|organisation| Choice {
                value: organisation.id.to_string(),
                label: organisation.name,
                chosen: true,
            })
            .collect();
        let mut search_problem = None;
        if editing.searched {
            let filter = DirectoryFilter {
                text: Some(form.partner_search.clone()),
                ..DirectoryFilter::default()
            };
            match organisations::search(&state.services, principal, filter, 20, None).await {
                Ok(found) => partners.extend(
                    found
                        .organisations
                        .into_iter()
                        .filter(|o| Some(o.id) != sending && !chosen.contains(&o.id))
                        .map(|organisation| Choice {
                            value: organisation.id.to_string(),
                            label: organisation.name,
                            chosen: false,
                        }),
                ),
                Err(DomainError::Validation(problems)) => {
                    search_problem = problems.first().map(|problem| {
                        FieldError::new("partner_search", problem.code, problem.message)
                    });
                }
                Err(error) => return Err(error),
            }
        }
        let towns = places::list_towns(db, None)
            .await?
            .into_iter()
            .map(|town| Choice {
                chosen: town.id.to_string() == form.destination_town,
                value: town.id.to_string(),
                label: format!(
                    "{} ({})",
                    town.local_name,
                    format::country(locale, &town.country)
                ),
            })
            .collect();
        let (failing, estimate) = match &saved {
            Some((exchange, _)) => (
                failing_items(state, exchange).await?,
                estimate(state, signed_in, exchange, locale).await,
            ),
            None => (Vec::new(), None),
        };
        Ok((
            Choices {
                organisations,
                partners,
                towns,
                failing,
                estimate,
            },
            search_problem,
        ))
    }
}

/// The checklist items of a saved proposal that do not pass (hard and soft).
async fn failing_items(
    state: &AppState,
    exchange: &exchanges::Model,
) -> DomainResult<Vec<&'static str>> {
    Ok(approvals::checklist_of(
        &state.services.db,
        exchange,
        state.services.settings.leader_rules,
    )
    .await?
    .into_iter()
    .filter(|item| !item.passed)
    .map(|item| item.code)
    .collect())
}

/// The estimate for the action that fits the sending organisation (a school's short-term
/// mobility, otherwise a youth exchange) in the latest call year with rates; none when there
/// are no rates to estimate with.
async fn estimate(
    state: &AppState,
    signed_in: &SignedIn,
    exchange: &exchanges::Model,
    locale: Locale,
) -> Option<Estimate> {
    let db = &state.services.db;
    let sending = organisations::find(db, exchange.sending_organisation_id)
        .await
        .ok()?;
    let action = if sending.kind == "school" {
        FundingAction::Ka122Sch
    } else {
        FundingAction::Ka152You
    };
    let call_year = *store::call_years(db, action).await.ok()?.last()?;
    let based = planning::estimate_for_exchange(
        &state.services,
        &signed_in.principal,
        exchange.id,
        action,
        call_year,
    )
    .await
    .ok()?;
    Some(Estimate {
        action: action.code(),
        call_year,
        total: format::money(locale, &Money::euro(based.value.total_cents)),
        missing: based
            .value
            .missing
            .iter()
            .map(|missing| rate_row_text(locale, &missing.rate))
            .collect(),
    })
}

/// The new dates of a clone, as typed.
#[derive(Deserialize, Default)]
pub struct CloneDates {
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub end_date: String,
}

impl CloneDates {
    pub fn parse(&self) -> Result<(NaiveDate, NaiveDate), Vec<FieldError>> {
        let read = |field: &str, raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
                let code = if raw.trim().is_empty() {
                    "required"
                } else {
                    "invalid_date"
                };
                FieldError::new(field, code, "cannot be read")
            })
        };
        match (
            read("start_date", &self.start_date),
            read("end_date", &self.end_date),
        ) {
            (Ok(start), Ok(end)) => Ok((start, end)),
            (start, end) => Err([start.err(), end.err()].into_iter().flatten().collect()),
        }
    }

    /// The input id of a domain field name (`dates.to` is the end date).
    pub fn input_id(field: &str) -> String {
        if field.ends_with(".to") || field == "end_date" {
            "end_date".to_owned()
        } else {
            "start_date".to_owned()
        }
    }
}

fn title_of(exchange: &exchanges::Model, locale: Locale) -> String {
    let titles = &exchange.titles;
    titles[locale.code()]
        .as_str()
        .or_else(|| titles.as_object()?.values().find_map(|v| v.as_str()))
        .unwrap_or_default()
        .to_owned()
}

#[derive(Template)]
#[template(path = "web/proposal_clone.html")]
pub struct ClonePage {
    page: Page,
    errors: FormErrors,
    exchange_id: String,
    exchange_title: String,
    dates: CloneDates,
}

impl ClonePage {
    pub async fn show(
        state: &AppState,
        signed_in: &SignedIn,
        id: Uuid,
        dates: CloneDates,
        problems: Vec<FieldError>,
        status: StatusCode,
    ) -> Response {
        about_exchange(
            state,
            signed_in,
            id,
            "proposal-clone-title",
            status,
            |page, title| ClonePage {
                errors: FormErrors::of(page.locale, &problems, &[]),
                page,
                exchange_id: id.to_string(),
                exchange_title: title,
                dates,
            },
        )
        .await
    }
}

#[derive(Template)]
#[template(path = "web/proposal_cancel.html")]
pub struct CancelPage {
    page: Page,
    errors: FormErrors,
    exchange_id: String,
    exchange_title: String,
    reason: String,
}

impl CancelPage {
    pub async fn show(
        state: &AppState,
        signed_in: &SignedIn,
        id: Uuid,
        reason: String,
        problems: Vec<FieldError>,
        status: StatusCode,
    ) -> Response {
        about_exchange(
            state,
            signed_in,
            id,
            "proposal-cancel-title",
            status,
            |page, title| CancelPage {
                errors: FormErrors::of(page.locale, &problems, &[]),
                page,
                exchange_id: id.to_string(),
                exchange_title: title,
                reason,
            },
        )
        .await
    }
}

/// A page about one exchange the reader may see (a 404 page otherwise), titled `title_key`;
/// `build` gets the frame and the exchange's title in the reader's language.
async fn about_exchange<T: Template>(
    state: &AppState,
    signed_in: &SignedIn,
    id: Uuid,
    title_key: &str,
    status: StatusCode,
    build: impl FnOnce(Page, String) -> T,
) -> Response {
    let page = match titled(state, signed_in, title_key).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    match proposals::find_visible(&state.services, &signed_in.principal, id).await {
        Ok((exchange, _)) => {
            let title = title_of(&exchange, page.locale);
            render(status, &build(page, title))
        }
        Err(error) => errors::page(&error, page.locale),
    }
}

/// A submission refused because checklist items fail: what is missing, and the way back to
/// the form.
#[derive(Template)]
#[template(path = "web/proposal_refused.html")]
pub struct RefusedPage {
    page: Page,
    exchange_id: String,
    missing: Vec<String>,
}

impl RefusedPage {
    pub async fn show(
        state: &AppState,
        signed_in: &SignedIn,
        id: Uuid,
        failing: &[&str],
    ) -> Response {
        let page = match titled(state, signed_in, "proposal-refused-title").await {
            Ok(page) => page,
            Err(response) => return response,
        };
        render(
            StatusCode::CONFLICT,
            &RefusedPage {
                missing: failing
                    .iter()
                    .map(|code| page.t(&format!("proposal-check-{code}")))
                    .collect(),
                page,
                exchange_id: id.to_string(),
            },
        )
    }
}

/// The page frame with its title in the reader's language.
async fn titled(state: &AppState, signed_in: &SignedIn, title_key: &str) -> Result<Page, Response> {
    let page = signed_in.page(state, String::new()).await?;
    Ok(Page {
        title: page.t(title_key),
        ..page
    })
}

/// The keys the proposal pages put together from a code, for every code (see
/// `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = Locale::ALL
        .iter()
        .map(|locale| format!("language-{}", locale.code()))
        .collect();
    keys.extend(
        ExchangeDirection::ALL
            .iter()
            .map(|d| format!("proposal-direction-{}", d.code())),
    );
    keys.extend(
        Theme::ALL
            .iter()
            .map(|t| format!("proposal-theme-{}", t.code())),
    );
    keys.extend(
        Accommodation::ALL
            .iter()
            .map(|a| format!("proposal-accommodation-{}", a.code())),
    );
    keys.extend(
        Currency::ALL
            .iter()
            .map(|c| format!("proposal-currency-{}", c.code().to_ascii_lowercase())),
    );
    keys.extend(
        utbyte_domain::exchanges::rules::CHECKLIST
            .iter()
            .map(|code| format!("proposal-check-{code}")),
    );
    keys
}
