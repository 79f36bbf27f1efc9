//! CSV files for grant applications and reports: the budget line by line, and the
//! mobilities of an exchange.
use uuid::Uuid;

use super::{
    budget::{Budget, GroupInput},
    planning::{self, Basis},
    rates::FundingAction,
    store,
};
use crate::{
    directory::{organisations, places},
    error::{DomainError, DomainResult},
    exchanges::proposals,
    geo::DistanceBand,
    principal::Principal,
    services::Services,
};

/// A spreadsheet would run a cell that starts like a formula; such cells get a leading
/// apostrophe (the usual guard against CSV injection).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Euros with two decimals and no symbol, as spreadsheets read them.
fn eur(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Every cell is quoted: a spreadsheet that splits on `;` (as Swedish Excel does) then cannot
/// find a formula after a separator inside a text.
pub(crate) fn write(rows: Vec<Vec<String>>) -> DomainResult<String> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row.iter().map(|c| cell(c)))
            .map_err(anyhow::Error::from)?;
    }
    let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    String::from_utf8(bytes).map_err(|e| DomainError::Internal(e.into()))
}

/// The budget as rows: each line with its quantity, rate, amount, formula and rate row, then
/// the rates still missing and the total.
pub fn budget_csv(budget: &Budget, groups: &[GroupInput]) -> DomainResult<String> {
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
        .map(String::from)
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
            line.category.code().to_owned(),
            line.quantity.to_string(),
            eur(line.rate_cents),
            eur(line.amount_cents),
            line.formula.clone(),
            line.rate.as_ref().map(|r| r.describe()).unwrap_or_default(),
        ]);
    }
    for missing in &budget.missing {
        rows.push(vec![
            group_label(missing.group),
            missing.category.code().to_owned(),
            String::new(),
            String::new(),
            String::new(),
            "rate missing: enter it in the rate table".to_owned(),
            missing.rate.describe(),
        ]);
    }
    rows.push(vec![
        "total".to_owned(),
        String::new(),
        String::new(),
        String::new(),
        eur(budget.total_cents),
        if budget.missing.is_empty() {
            String::new()
        } else {
            format!("{} rate(s) missing", budget.missing.len())
        },
        String::new(),
    ]);
    write(rows)
}

/// The budget of an exchange as CSV.
pub async fn exchange_budget_csv(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<String> {
    let budget =
        planning::estimate_for_exchange(services, principal, exchange_id, action, call_year)
            .await?;
    let exchange = proposals::find(&services.db, exchange_id).await?;
    let plan = planning::plan_of(&services.db, &exchange, action, call_year).await?;
    budget_csv(&budget.value, &plan.budget.groups)
}

/// The mobilities of an exchange, one row per group of travellers (each organisation's
/// participants, the leaders) with what a grant report asks: sending and receiving
/// organisation, countries, distance band, green travel, dates, days, fewer opportunities,
/// and the basis: the confirmed participants when there are any, else the planned numbers.
pub async fn mobility_csv(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
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
        Basis::Planned => ("(planned)", "planned"),
        Basis::ConfirmedParticipants => ("(confirmed)", "confirmed_participants"),
    };
    let days = (exchange.end_date - exchange.start_date).num_days() + 1;
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
        .map(String::from)
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
                who.to_owned(),
                role.to_owned(),
                count.to_string(),
                group.organisation.name.clone(),
                group.town.country.clone(),
                receiving.clone(),
                venue.country.clone(),
                km.to_string(),
                DistanceBand::for_distance(km).label().to_owned(),
                if exchange.green_travel { "yes" } else { "no" }.to_owned(),
                exchange.start_date.to_string(),
                exchange.end_date.to_string(),
                days.to_string(),
                exchange.activity_days.to_string(),
                fewer.to_string(),
                basis.to_owned(),
            ]);
        }
    }
    write(rows)
}

/// The rate table of one action and year as CSV, for a coordinator to check against the call.
pub async fn rates_csv(
    services: &Services,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<String> {
    let mut rows = vec![
        ["action", "call_year", "kind", "key", "value", "note"]
            .map(String::from)
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
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_defused_and_quotes_escaped() {
        let csv = write(vec![vec![
            "=HYPERLINK(\"x\")".to_owned(),
            "Lycée, \"du Parc\"".to_owned(),
            "-5".to_owned(),
            "Skolan;=cmd".to_owned(),
            "plain".to_owned(),
        ]])
        .unwrap();
        assert_eq!(
            csv,
            "\"'=HYPERLINK(\"\"x\"\")\",\"Lycée, \"\"du Parc\"\"\",\"'-5\",\"Skolan;=cmd\",\"plain\"\n"
        );
    }
}
