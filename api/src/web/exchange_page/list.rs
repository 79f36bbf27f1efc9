//! `/exchanges`: the exchanges the person may see, newest first, 50 a page, filtered by
//! workflow state (`?state=`), the next page by cursor (`?after=`) as the API pages.
use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Query, State},
    response::Response,
};
use serde::Deserialize;
use utbyte_domain::{
    DomainError,
    directory::{organisations, places},
    entities::exchanges,
    exchanges::{
        approvals,
        proposals::{self, ExchangeFilter, ListOrder},
        rules::ExchangeState,
    },
};
use uuid::Uuid;

use super::{optional, respond, state_text, town_name};
use crate::{
    app::AppState,
    web::{pages::Page, session::SignedIn},
};

/// As many as the API gives when asked for a page without a size.
const PAGE_SIZE: u64 = 50;

#[derive(Deserialize)]
pub(super) struct ListQuery {
    state: Option<String>,
    after: Option<String>,
}

/// One exchange in the list.
struct Row {
    id: Uuid,
    title: String,
    dates: String,
    destination: String,
    partners: String,
    state: String,
}

#[derive(Template)]
#[template(path = "web/exchange_list.html")]
struct ListPage {
    page: Page,
    /// (code, words) of every state, for the filter.
    states: Vec<(&'static str, String)>,
    /// The state filtered on, or empty.
    chosen: String,
    rows: Vec<Row>,
    /// The address of the next page, when there is one.
    next: Option<String>,
}

pub(super) async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ListQuery>,
) -> Response {
    respond(&state, &signed_in, async |page| {
        list_page(&state, &signed_in, &query, page).await
    })
    .await
}

/// The state and cursor asked for; an unknown state or a cursor that is no id is refused,
/// naming the parameter.
fn parse(query: &ListQuery) -> Result<(Option<ExchangeState>, Option<Uuid>), DomainError> {
    let state = optional(query.state.as_deref(), "state", ExchangeState::from_code)?;
    let after = optional(query.after.as_deref(), "after", |cursor| {
        Uuid::parse_str(cursor).ok()
    })?;
    Ok((state, after))
}

async fn list_page(
    state: &AppState,
    signed_in: &SignedIn,
    query: &ListQuery,
    page: Page,
) -> Result<ListPage, DomainError> {
    let (chosen, after) = parse(query)?;
    let filter = ExchangeFilter {
        state: chosen,
        ..ExchangeFilter::default()
    };
    let services = &state.services;
    let found = proposals::list_in_order(
        services,
        &signed_in.principal,
        filter,
        ListOrder::NewestFirst,
        PAGE_SIZE,
        after,
    )
    .await?;
    let rows = rows(state, &page, &found.exchanges).await?;
    let next = found
        .has_next_page
        .then(|| found.exchanges.last())
        .flatten()
        .map(|last| match chosen {
            Some(s) => format!("/exchanges?state={}&after={}", s.code(), last.id),
            None => format!("/exchanges?after={}", last.id),
        });
    let states = ExchangeState::ALL
        .iter()
        .map(|s| (s.code(), state_text(&page, s.code())))
        .collect();
    let title = page.t("exchange-list-title");
    Ok(ListPage {
        page: Page { title, ..page },
        states,
        chosen: chosen.map(|s| s.code().to_owned()).unwrap_or_default(),
        rows,
        next,
    })
}

/// The rows of a page, its partners and towns read in one statement each.
async fn rows(
    state: &AppState,
    page: &Page,
    found: &[exchanges::Model],
) -> Result<Vec<Row>, DomainError> {
    let db = &state.services.db;
    let ids: Vec<Uuid> = found.iter().map(|e| e.id).collect();
    let partners = proposals::partners_of_many(db, &ids).await?;
    let organisation_ids: Vec<Uuid> = partners.values().flatten().copied().collect();
    let names: HashMap<Uuid, String> = organisations::organisations_by_ids(db, &organisation_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let town_ids: Vec<Uuid> = found.iter().map(|e| e.destination_town_id).collect();
    let towns = places::towns_by_ids(db, &town_ids).await?;
    Ok(found
        .iter()
        .map(|exchange| Row {
            id: exchange.id,
            title: approvals::title_for(exchange, page.locale),
            dates: page.dates(exchange.start_date, exchange.end_date),
            destination: towns
                .get(&exchange.destination_town_id)
                .map(|town| town_name(town, page.locale))
                .unwrap_or_default(),
            partners: partners
                .get(&exchange.id)
                .into_iter()
                .flatten()
                .filter_map(|id| names.get(id).cloned())
                .collect::<Vec<_>>()
                .join(", "),
            state: state_text(page, &exchange.state),
        })
        .collect())
}
