//! The follow-up figures as CSV, one figure a row: `section,item,value`. A suppressed figure
//! reads `suppressed` (not `<5`: a cell suppressed to protect another may be larger); money
//! is in euros with two decimals.
use super::{
    figures::{FollowUpFigures, TownCount},
    rules::Figure,
};
use crate::{error::DomainResult, funding::export::write};

/// What a suppressed figure reads.
pub fn suppressed() -> String {
    "suppressed".to_owned()
}

fn figure(figure: Figure) -> String {
    figure.value().map_or_else(suppressed, |v| v.to_string())
}

fn eur(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn days(value: Option<f64>) -> String {
    value.map(|d| format!("{d:.1}")).unwrap_or_default()
}

fn town(town: &TownCount) -> String {
    format!("{} ({})", town.local_name, town.country)
}

/// Every figure of `figures`, in the order of the GraphQL type.
pub fn rows(figures: &FollowUpFigures) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["section".into(), "item".into(), "value".into()]];
    let mut row = |section: &str, item: String, value: String| {
        rows.push(vec![section.to_owned(), item, value]);
    };
    let exchanges = &figures.exchanges;
    row("exchanges", "total".into(), exchanges.total.to_string());
    for (state, n) in &exchanges.by_state {
        row(
            "exchanges",
            format!("state {}", state.code()),
            n.to_string(),
        );
    }
    for (direction, n) in &exchanges.by_direction {
        row(
            "exchanges",
            format!("direction {}", direction.code()),
            n.to_string(),
        );
    }
    for (risk, n) in &exchanges.by_risk_level {
        row(
            "exchanges",
            format!("risk_level {}", risk.code()),
            n.to_string(),
        );
    }
    row("exchanges", "leaders".into(), exchanges.leaders.to_string());

    let participants = &figures.participants;
    row("participants", "total".into(), figure(participants.total));
    for (band, n) in &participants.by_age_band {
        row("participants", format!("age {}", band.code()), figure(*n));
    }
    for (gender, n) in &participants.by_gender {
        let code = gender.map_or("not_recorded", |g| g.code());
        row("participants", format!("gender {code}"), figure(*n));
    }
    row(
        "participants",
        "fewer_opportunities".into(),
        figure(participants.fewer_opportunities),
    );
    row(
        "participants",
        "first_time".into(),
        figure(participants.first_time),
    );
    row("participants", "days".into(), figure(participants.days));

    for destination in &figures.destinations {
        row(
            "destinations",
            town(destination),
            destination.exchanges.to_string(),
        );
    }
    for partner in &figures.partner_towns {
        row(
            "partner_towns",
            town(partner),
            partner.exchanges.to_string(),
        );
    }
    row(
        "countries",
        "other_than_own".into(),
        figures.countries.to_string(),
    );

    for partnership in &figures.partnerships {
        let kind = partnership.kind.code();
        row(
            "partnerships",
            format!("{kind} active_at_year_end"),
            partnership.active_at_year_end.to_string(),
        );
        row(
            "partnerships",
            format!("{kind} ended_during_year"),
            partnership.ended_during_year.to_string(),
        );
    }

    for funding in &figures.funding {
        let programme = funding.programme.code();
        row(
            "funding",
            format!("{programme} applications"),
            funding.applications.to_string(),
        );
        row(
            "funding",
            format!("{programme} requested_eur"),
            eur(funding.requested_cents),
        );
        row(
            "funding",
            format!("{programme} grants"),
            funding.grants.to_string(),
        );
        row(
            "funding",
            format!("{programme} granted_eur"),
            eur(funding.granted_cents),
        );
    }
    for (year, projects) in &figures.eu_funded_projects {
        row("eu_funded_projects", year.to_string(), projects.to_string());
    }

    let lead = &figures.approval_lead_times;
    row(
        "approval_lead_time",
        "approved".into(),
        lead.approved.to_string(),
    );
    row(
        "approval_lead_time",
        "median_days".into(),
        days(lead.median_days),
    );
    row(
        "approval_lead_time",
        "mean_days".into(),
        days(lead.mean_days),
    );
    row("approval_lead_time", "max_days".into(), days(lead.max_days));

    row("reports", "filed".into(), figures.reports.filed.to_string());
    row(
        "reports",
        "actual_cost_eur".into(),
        eur(figures.reports.actual_cost_cents),
    );
    rows
}

/// The figures as CSV, every cell quoted and formula-like cells defused.
pub fn figures_csv(figures: &FollowUpFigures) -> DomainResult<String> {
    write(rows(figures))
}
