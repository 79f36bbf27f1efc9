//! CSV files for grant applications and reports: the budget line by line, and the
//! mobilities of an exchange.
use uuid::Uuid;

use super::{
    budget::{Budget, GroupInput, LineCategory},
    formula::rate_row_text,
    planning::{self, Basis},
    rates::{FundingAction, RateRef},
    store,
};
use crate::{
    csv_files::CsvForm,
    directory::{organisations, places},
    error::{DomainError, DomainResult},
    exchanges::proposals,
    geo::DistanceBand,
    principal::Principal,
    services::Services,
};

/// A rate table row: its codes for programs, words for people.
fn rate_row(form: CsvForm, rate: &RateRef) -> String {
    match form {
        CsvForm::Machine => rate.describe(),
        CsvForm::Spreadsheet(locale) => rate_row_text(locale, rate),
    }
}

/// The budget as rows: each line with its quantity, rate, amount, formula and rate row, then
/// the rates still missing and the total.
pub fn budget_csv(budget: &Budget, groups: &[GroupInput], form: CsvForm) -> DomainResult<String> {
    let eur = |cents: i64| form.euros(cents);
    let category = |category: LineCategory| {
        let code = category.code();
        form.coded_as(
            code,
            &format!("exchange-funding-category-{}", code.replace('_', "-")),
        )
    };
    let mut rows = vec![
        [
            "group",
            "category",
            "quantity",
            "rate_eur",
            "amount_eur",
            "formula",
            "rate_row",
        ]
        .map(|column| form.header("budget", column))
        .to_vec(),
    ];
    let group_label = |group: Option<usize>| {
        group
            .and_then(|g| groups.get(g))
            .map(|g| g.label.clone())
            .unwrap_or_default()
    };
    for line in &budget.lines {
        rows.push(vec![
            group_label(line.group),
            category(line.category),
            line.quantity.to_string(),
            eur(line.rate_cents),
            eur(line.amount_cents),
            line.formula.text(form.locale()),
            line.rate
                .as_ref()
                .map(|r| rate_row(form, r))
                .unwrap_or_default(),
        ]);
    }
    for missing in &budget.missing {
        rows.push(vec![
            group_label(missing.group),
            category(missing.category),
            String::new(),
            String::new(),
            String::new(),
            form.phrase(
                "rate missing: enter it in the rate table",
                "csv-budget-rate-missing",
                &[],
            ),
            rate_row(form, &missing.rate),
        ]);
    }
    rows.push(vec![
        form.phrase("total", "csv-budget-total", &[]),
        String::new(),
        String::new(),
        String::new(),
        eur(budget.total_cents),
        if budget.missing.is_empty() {
            String::new()
        } else {
            form.phrase(
                &format!("{} rate(s) missing", budget.missing.len()),
                "csv-budget-rates-missing",
                &[("count", budget.missing.len().into())],
            )
        },
        String::new(),
    ]);
    form.write(rows)
}

/// The budget of an exchange as CSV.
pub async fn exchange_budget_csv(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    action: FundingAction,
    call_year: i32,
    form: CsvForm,
) -> DomainResult<String> {
    let budget =
        planning::estimate_for_exchange(services, principal, exchange_id, action, call_year)
            .await?;
    let exchange = proposals::find(&services.db, exchange_id).await?;
    let plan = planning::plan_of(&services.db, &exchange, action, call_year).await?;
    budget_csv(&budget.value, &plan.budget.groups, form)
}

/// The mobilities of an exchange, one row per group of travellers (each organisation's
/// participants, the leaders) with what a grant report asks: sending and receiving
/// organisation, countries, distance band, green travel, dates, days, fewer opportunities,
/// and the basis: the confirmed participants when there are any, else the planned numbers.
pub async fn mobility_csv(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    form: CsvForm,
) -> DomainResult<String> {
    if !super::access::can_plan(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let (exchange, _) = proposals::find_visible(services, principal, exchange_id).await?;
    let db = &services.db;
    let sending = organisations::find(db, exchange.sending_organisation_id).await?;
    let venue = places::find_town(db, exchange.destination_town_id).await?;
    let partners =
        organisations::organisations_by_ids(db, &proposals::partners_of(db, exchange.id).await?)
            .await?;
    // The receiving organisation: a partner in the destination town, else the sending one
    // when it hosts.
    let receiving = partners
        .iter()
        .find(|p| p.town_id == venue.id)
        .or_else(|| (sending.town_id == venue.id).then_some(&sending))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let travellers = planning::travellers_of(db, &exchange).await?;
    let (who, basis) = match travellers.basis {
        Basis::Planned => (
            form.phrase("(planned)", "csv-mobility-who-planned", &[]),
            form.coded("csv-mobility-basis", "planned"),
        ),
        Basis::ConfirmedParticipants => (
            form.phrase("(confirmed)", "csv-mobility-who-confirmed", &[]),
            form.coded("csv-mobility-basis", "confirmed_participants"),
        ),
    };
    let days = (exchange.end_date - exchange.start_date).num_days() + 1;
    // Programs read ISO codes; people read the country's name in their language.
    let country = |code: &str| match form {
        CsvForm::Machine => code.to_owned(),
        CsvForm::Spreadsheet(locale) => crate::format::country(locale, code),
    };
    let title = crate::exchanges::approvals::title_for(&exchange, crate::types::Locale::En);
    let mut rows = vec![
        [
            "exchange",
            "participant",
            "role",
            "count",
            "sending_organisation",
            "sending_country",
            "receiving_organisation",
            "receiving_country",
            "distance_km",
            "distance_band",
            "green_travel",
            "start_date",
            "end_date",
            "days",
            "activity_days",
            "fewer_opportunities",
            "basis",
        ]
        .map(|column| form.header("mobility", column))
        .to_vec(),
    ];
    for group in &travellers.value {
        let km = crate::geo::Coordinates::from_stored(group.town.latitude, group.town.longitude)
            .whole_km(crate::geo::Coordinates::from_stored(
                venue.latitude,
                venue.longitude,
            ));
        for (role, count, fewer) in [
            ("participant", group.participants, group.fewer_opportunities),
            ("leader", group.leaders, 0),
        ] {
            if count == 0 && travellers.basis == Basis::ConfirmedParticipants {
                continue;
            }
            rows.push(vec![
                title.clone(),
                who.clone(),
                form.coded("csv-mobility-role", role),
                count.to_string(),
                group.organisation.name.clone(),
                country(&group.town.country),
                receiving.clone(),
                country(&venue.country),
                km.to_string(),
                DistanceBand::for_distance(km).label().to_owned(),
                form.yes_no(exchange.green_travel),
                exchange.start_date.to_string(),
                exchange.end_date.to_string(),
                days.to_string(),
                exchange.activity_days.to_string(),
                fewer.to_string(),
                basis.clone(),
            ]);
        }
    }
    form.write(rows)
}

/// The rate table of one action and year as CSV, for a coordinator to check against the call.
pub async fn rates_csv(
    services: &Services,
    action: FundingAction,
    call_year: i32,
    form: CsvForm,
) -> DomainResult<String> {
    let mut rows = vec![
        ["action", "call_year", "kind", "key", "value", "note"]
            .map(|column| form.header("rates", column))
            .to_vec(),
    ];
    for row in store::rate_models(&services.db, action, call_year).await? {
        rows.push(vec![
            row.action,
            row.call_year.to_string(),
            row.kind,
            row.rate_key,
            row.value.map(|v| v.to_string()).unwrap_or_default(),
            row.note,
        ]);
    }
    form.write(rows)
}
