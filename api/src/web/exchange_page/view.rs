//! `/exchanges/{id}`: everything the person may see of one exchange. Young people and
//! guardians see the exchange without its workflow, as in the API; others who may not see it
//! get the 404 page, as does an id that is no id.
use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use chrono::{NaiveDate, Utc};
use serde_json::Value;
use utbyte_domain::{
    DomainError, Principal, Services, accounts,
    directory::{organisations, places},
    entities::{approval_steps, audit_events, exchange_changes, exchanges, towns},
    exchanges::{
        access, approvals, proposals,
        rules::{ChecklistItem, Severity},
    },
    i18n,
    types::Locale,
};
use uuid::Uuid;

use super::{
    funding::{self, FundingQuery, FundingView},
    key,
    links::{self, Links},
    respond, state_text, town_name,
};
use crate::{
    app::AppState,
    web::{pages::Page, session::SignedIn},
};

/// What the exchange is: its basics, partners, destination, dates, group, plans and cost.
struct Facts {
    description: String,
    sending: String,
    partners: Vec<String>,
    direction: String,
    destination: String,
    venue: String,
    dates: String,
    activity_days: i32,
    participants: i32,
    leaders: i32,
    ages: String,
    objectives: String,
    themes: Vec<String>,
    programme: Vec<(i32, String)>,
    accommodation: String,
    transport: String,
    green_travel: String,
    cost: String,
    /// Only for the people who arrange it.
    budget: Option<String>,
    deadline: Option<String>,
    risk_level: String,
    insurance: String,
    risk_assessment: String,
    consent_plan: String,
}

struct StepRow {
    round: i32,
    approver: String,
    decision: String,
    decided_by: String,
    comment: String,
    due: String,
    overdue: bool,
}

struct CheckRow {
    name: String,
    passed: bool,
    blocks: bool,
    /// What is wrong, for a failing item.
    explanation: String,
}

struct ChangeRow {
    when: String,
    who: String,
    field: String,
    before: String,
    after: String,
}

struct EventRow {
    when: String,
    who: String,
    what: String,
}

/// The approval round, checklist, changes and history: for the people who arrange, approve
/// or oversee the exchange.
struct Workflow {
    steps: Vec<StepRow>,
    checklist: Vec<CheckRow>,
    changes: Vec<ChangeRow>,
    history: Vec<EventRow>,
}

#[derive(Template)]
#[template(path = "web/exchange_page.html")]
struct ExchangePage {
    page: Page,
    id: Uuid,
    state: String,
    links: Links,
    facts: Facts,
    workflow: Option<Workflow>,
    funding: Option<FundingView>,
}

pub(super) async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<FundingQuery>,
) -> Response {
    respond(&state, &signed_in, async |page| {
        // An id that is no id is an exchange nobody may see.
        let id = Uuid::parse_str(&id).map_err(|_| DomainError::NotFound("exchange"))?;
        exchange_page(&state.services, &signed_in.principal, id, &query, page).await
    })
    .await
}

async fn exchange_page(
    services: &Services,
    principal: &Principal,
    id: Uuid,
    query: &FundingQuery,
    page: Page,
) -> Result<ExchangePage, DomainError> {
    let (exchange, relation) = proposals::find_visible(services, principal, id).await?;
    let db = &services.db;
    let partner_ids = proposals::partners_of(db, id).await?;
    let organisation_ids: Vec<Uuid> = std::iter::once(exchange.sending_organisation_id)
        .chain(partner_ids.iter().copied())
        .collect();
    let organisations = organisations::organisations_by_ids(db, &organisation_ids).await?;
    let sending = organisations
        .iter()
        .find(|o| o.id == exchange.sending_organisation_id)
        .ok_or(DomainError::NotFound("organisation"))?;
    let arranges = !access::participant_only(&principal.roles);
    let workflow = if arranges {
        Some(Read::of(services, principal, &exchange).await?)
    } else {
        None
    };
    let mut town_ids = vec![exchange.destination_town_id];
    if let Some(read) = &workflow {
        town_ids.extend(read.moved_towns());
    }
    let towns = places::towns_by_ids(db, &town_ids).await?;
    let funding = funding::funding(services, principal, &page, &exchange, sending, query).await?;
    let now = Utc::now();
    let decides_now = workflow.as_ref().is_some_and(|read| {
        read.steps
            .iter()
            .any(|s| s.decision == "pending" && access::may_decide_step(principal, s, now))
    });
    let links = links::links(access::state(&exchange)?, &relation, decides_now);
    let partners = partner_ids
        .iter()
        .filter_map(|id| organisations.iter().find(|o| o.id == *id))
        .map(|o| o.name.clone())
        .collect();
    let facts = facts(
        &page,
        &exchange,
        sending.name.clone(),
        partners,
        &towns,
        arranges,
    );
    let workflow = match workflow {
        Some(read) => Some(read.into_view(db, &page, &towns).await?),
        None => None,
    };
    let title = approvals::title_for(&exchange, page.locale);
    Ok(ExchangePage {
        state: state_text(&page, &exchange.state),
        page: Page { title, ..page },
        id,
        links,
        facts,
        workflow,
        funding,
    })
}

/// The text in the reader's language, else English, else any.
fn in_language(texts: &Value, locale: Locale) -> String {
    let texts = texts.as_object();
    texts
        .and_then(|t| {
            t.get(locale.code())
                .or_else(|| t.get("en"))
                .or_else(|| t.values().next())
        })
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn yes_no(page: &Page, yes: bool) -> String {
    page.t(if yes { "exchange-yes" } else { "exchange-no" })
}

fn facts(
    page: &Page,
    exchange: &exchanges::Model,
    sending: String,
    partners: Vec<String>,
    towns: &HashMap<Uuid, towns::Model>,
    arranges: bool,
) -> Facts {
    let locale = page.locale;
    Facts {
        description: in_language(&exchange.descriptions, locale),
        sending,
        partners,
        direction: page.t(&key("exchange-direction", &exchange.direction)),
        destination: towns
            .get(&exchange.destination_town_id)
            .map(|town| town_name(town, locale))
            .unwrap_or_default(),
        venue: exchange.venue.clone(),
        dates: page.dates(exchange.start_date, exchange.end_date),
        activity_days: exchange.activity_days,
        participants: exchange.participants,
        leaders: exchange.leaders,
        ages: format!("{}–{}", exchange.age_min, exchange.age_max),
        objectives: exchange.learning_objectives.clone(),
        themes: utbyte_domain::directory::places::json_strings(&exchange.themes)
            .iter()
            .map(|code| page.t(&key("exchange-theme", code)))
            .collect(),
        programme: programme(&exchange.programme),
        accommodation: page.t(&key("exchange-accommodation", &exchange.accommodation)),
        transport: exchange.transport.clone(),
        green_travel: yes_no(page, exchange.green_travel),
        cost: page.money(exchange.cost_per_participant()),
        budget: arranges
            .then_some(exchange.budget_cents)
            .flatten()
            .map(|cents| page.euro(cents)),
        deadline: exchange.registration_deadline.map(|day| page.date(day)),
        risk_level: page.t(&key("exchange-risk", &exchange.risk_level)),
        insurance: yes_no(page, exchange.insurance_confirmed),
        risk_assessment: exchange.risk_assessment.clone(),
        consent_plan: exchange.consent_plan.clone(),
    }
}

/// The programme's days, as stored (`[{"day": 1, "text": "..."}]`).
fn programme(stored: &Value) -> Vec<(i32, String)> {
    stored
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            Some((
                i32::try_from(entry["day"].as_i64()?).ok()?,
                entry["text"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// The workflow rows as read, before their people and towns are named.
struct Read {
    steps: Vec<approval_steps::Model>,
    checklist: Vec<ChecklistItem>,
    changes: Vec<exchange_changes::Model>,
    history: Vec<audit_events::Model>,
}

impl Read {
    /// One statement per part, whatever the number of steps, changes and events.
    async fn of(
        services: &Services,
        principal: &Principal,
        exchange: &exchanges::Model,
    ) -> Result<Read, DomainError> {
        Ok(Read {
            steps: approvals::steps_of(&services.db, exchange.id).await?,
            checklist: approvals::checklist_of(
                &services.db,
                exchange,
                services.settings.leader_rules,
            )
            .await?,
            changes: proposals::changes(services, principal, exchange.id).await?,
            history: proposals::history(services, principal, exchange.id).await?,
        })
    }

    /// The towns a change of destination moved between.
    fn moved_towns(&self) -> Vec<Uuid> {
        self.changes
            .iter()
            .filter(|c| c.field == "destination_town_id")
            .flat_map(|c| [&c.before, &c.after])
            .filter_map(|v| v.as_str().and_then(|id| Uuid::parse_str(id).ok()))
            .collect()
    }

    /// The rows with their people named (read in one statement).
    async fn into_view(
        self,
        db: &impl sea_orm::ConnectionTrait,
        page: &Page,
        towns: &HashMap<Uuid, towns::Model>,
    ) -> Result<Workflow, DomainError> {
        let people: Vec<Uuid> = self
            .steps
            .iter()
            .flat_map(|s| [s.approver_user_id, s.decided_by])
            .chain(self.changes.iter().map(|c| c.changed_by))
            .chain(self.history.iter().map(|e| e.actor_id))
            .flatten()
            .collect();
        let names: HashMap<Uuid, String> = accounts::users_by_ids(db, &people)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        let name = |id: Option<Uuid>| {
            id.and_then(|id| names.get(&id).cloned())
                .unwrap_or_else(|| page.t("exchange-nobody"))
        };
        let now = Utc::now();
        Ok(Workflow {
            steps: self
                .steps
                .iter()
                .map(|s| StepRow {
                    round: s.round,
                    approver: match (s.approver_user_id, &s.approver_role) {
                        (Some(id), _) => name(Some(id)),
                        (None, Some(role)) => page.t(&key("exchange-role", role)),
                        (None, None) => page.t("exchange-nobody"),
                    },
                    decision: page.t(&key("exchange-decision", &s.decision)),
                    decided_by: s.decided_by.map_or_else(String::new, |id| name(Some(id))),
                    comment: s.comment.clone().unwrap_or_default(),
                    due: page.date_time(s.due_at),
                    overdue: s.decision == "pending" && s.due_at < now,
                })
                .collect(),
            checklist: self
                .checklist
                .iter()
                .map(|item| CheckRow {
                    name: page.t(&key("exchange-check", item.code)),
                    passed: item.passed,
                    blocks: item.severity == Severity::Hard,
                    explanation: if item.passed {
                        String::new()
                    } else {
                        page.t(&format!("{}-failed", key("exchange-check", item.code)))
                    },
                })
                .collect(),
            changes: self
                .changes
                .iter()
                .map(|c| ChangeRow {
                    when: page.date_time(c.changed_at),
                    who: name(c.changed_by),
                    field: page.t(&key("exchange-field", &c.field)),
                    before: value_text(page, &c.field, &c.before, towns),
                    after: value_text(page, &c.field, &c.after, towns),
                })
                .collect(),
            history: self
                .history
                .iter()
                .map(|e| EventRow {
                    when: page.date_time(e.occurred_at),
                    who: name(e.actor_id),
                    what: event_text(page, &e.action),
                })
                .collect(),
        })
    }
}

/// An event in words; an action the catalogue does not know yet is shown by its code.
fn event_text(page: &Page, action: &str) -> String {
    let key = key("exchange-event", action);
    // Every language has the English messages to fall back to.
    if i18n::has(Locale::En, &key) {
        page.t(&key)
    } else {
        action.to_owned()
    }
}

/// A changed field's value before or after, in words.
fn value_text(
    page: &Page,
    field: &str,
    value: &Value,
    towns: &HashMap<Uuid, towns::Model>,
) -> String {
    match (field, value) {
        (_, Value::Null) => page.t("exchange-nothing"),
        ("destination_town_id", Value::String(id)) => Uuid::parse_str(id)
            .ok()
            .and_then(|id| towns.get(&id))
            .map_or_else(|| id.clone(), |town| town_name(town, page.locale)),
        ("accommodation", Value::String(code)) => page.t(&key("exchange-accommodation", code)),
        ("start_date" | "end_date" | "registration_deadline", Value::String(day)) => {
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_or_else(|_| day.clone(), |day| page.date(day))
        }
        ("programme", _) => programme(value)
            .iter()
            .map(|(day, text)| page.t1("exchange-day", "day", day) + ": " + text)
            .collect::<Vec<_>>()
            .join("; "),
        (_, Value::String(text)) => text.clone(),
        (_, Value::Bool(yes)) => yes_no(page, *yes),
        (_, other) => other.to_string(),
    }
}
