//! The follow-up figures as CSV, one figure a row: `section,item,value`. A suppressed figure
//! reads `suppressed` (not `<5`: a cell suppressed to protect another may be larger); money
//! is in euros with two decimals. For programs the sections and items are codes
//! (`exchanges`, `state approved`); in a spreadsheet they are words in the reader's language.
use super::{
    figures::{FollowUpFigures, TownCount},
    rules::Figure,
};
use crate::{csv_files::CsvForm, error::DomainResult, i18n};

/// What a suppressed figure reads.
pub fn suppressed(form: CsvForm) -> String {
    form.phrase("suppressed", "csv-figures-suppressed", &[])
}

fn town(town: &TownCount) -> String {
    format!("{} ({})", town.local_name, town.country)
}

/// The name of an item of a section: `code` for programs, its words for people.
fn item(form: CsvForm, code: &str) -> String {
    form.coded("csv-figures-item", code)
}

/// An item about one kind of thing (`state approved`): `<kind> <code>` for programs; for
/// people the kind's words with the label of the code, found under `label_key`.
fn item_of(form: CsvForm, kind: &str, code: &str, label_key: &str) -> String {
    match form {
        CsvForm::Machine => format!("{kind} {code}"),
        CsvForm::Spreadsheet(locale) => i18n::text_with(
            locale,
            &format!("csv-figures-item-{kind}"),
            &[("value", i18n::text(locale, label_key).into())],
        ),
    }
}

/// An item measuring one thing (`erasmus_plus grants`): both parts in words for people.
fn measure(form: CsvForm, kind: (&str, &str), measure: (&str, &str)) -> String {
    match form {
        CsvForm::Machine => format!("{} {}", kind.1, measure.1),
        CsvForm::Spreadsheet(locale) => i18n::text_with(
            locale,
            "csv-figures-item-measure",
            &[
                (
                    "kind",
                    i18n::text(locale, &format!("{}-{}", kind.0, kind.1)).into(),
                ),
                (
                    "measure",
                    i18n::text(locale, &format!("{}-{}", measure.0, measure.1)).into(),
                ),
            ],
        ),
    }
}

/// Every figure of `figures`, in the order of the GraphQL type.
pub fn rows(figures: &FollowUpFigures, form: CsvForm) -> Vec<Vec<String>> {
    let figure = |figure: Figure| {
        figure
            .value()
            .map_or_else(|| suppressed(form), |v| v.to_string())
    };
    let days = |value: Option<f64>| value.map(|d| form.decimal(d, 1)).unwrap_or_default();
    let eur = |cents: i64| form.euros(cents);
    let mut rows = vec![
        ["section", "item", "value"]
            .map(|column| form.header("figures", column))
            .to_vec(),
    ];
    let mut row = |section: &str, item: String, value: String| {
        rows.push(vec![
            form.coded("csv-figures-section", section),
            item,
            value,
        ]);
    };
    let exchanges = &figures.exchanges;
    row(
        "exchanges",
        item(form, "total"),
        exchanges.total.to_string(),
    );
    for (state, n) in &exchanges.by_state {
        row(
            "exchanges",
            item_of(
                form,
                "state",
                state.code(),
                &format!("trip-exchange-{}", state.code().replace('_', "-")),
            ),
            n.to_string(),
        );
    }
    for (direction, n) in &exchanges.by_direction {
        row(
            "exchanges",
            item_of(
                form,
                "direction",
                direction.code(),
                &format!("exchange-direction-{}", direction.code().replace('_', "-")),
            ),
            n.to_string(),
        );
    }
    for (risk, n) in &exchanges.by_risk_level {
        row(
            "exchanges",
            item_of(
                form,
                "risk_level",
                risk.code(),
                &format!("risk-{}", risk.code()),
            ),
            n.to_string(),
        );
    }
    row(
        "exchanges",
        item(form, "leaders"),
        exchanges.leaders.to_string(),
    );

    let participants = &figures.participants;
    row(
        "participants",
        item(form, "total"),
        figure(participants.total),
    );
    for (band, n) in &participants.by_age_band {
        row(
            "participants",
            item_of(
                form,
                "age",
                band.code(),
                &format!("csv-figures-age-{}", band.code()),
            ),
            figure(*n),
        );
    }
    for (gender, n) in &participants.by_gender {
        let code = gender.map_or("not_recorded", |g| g.code());
        row(
            "participants",
            item_of(form, "gender", code, &format!("csv-figures-gender-{code}")),
            figure(*n),
        );
    }
    row(
        "participants",
        item(form, "fewer_opportunities"),
        figure(participants.fewer_opportunities),
    );
    row(
        "participants",
        item(form, "first_time"),
        figure(participants.first_time),
    );
    row(
        "participants",
        item(form, "days"),
        figure(participants.days),
    );

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
        item(form, "other_than_own"),
        figures.countries.to_string(),
    );

    for partnership in &figures.partnerships {
        let kind = partnership.kind.code();
        row(
            "partnerships",
            measure(
                form,
                ("csv-figures-partnership", kind),
                ("csv-figures-partnership", "active_at_year_end"),
            ),
            partnership.active_at_year_end.to_string(),
        );
        row(
            "partnerships",
            measure(
                form,
                ("csv-figures-partnership", kind),
                ("csv-figures-partnership", "ended_during_year"),
            ),
            partnership.ended_during_year.to_string(),
        );
    }

    for funding in &figures.funding {
        let programme = funding.programme.code();
        row(
            "funding",
            measure(
                form,
                ("csv-figures-programme", programme),
                ("csv-figures-funding", "applications"),
            ),
            funding.applications.to_string(),
        );
        row(
            "funding",
            measure(
                form,
                ("csv-figures-programme", programme),
                ("csv-figures-funding", "requested_eur"),
            ),
            eur(funding.requested_cents),
        );
        row(
            "funding",
            measure(
                form,
                ("csv-figures-programme", programme),
                ("csv-figures-funding", "grants"),
            ),
            funding.grants.to_string(),
        );
        row(
            "funding",
            measure(
                form,
                ("csv-figures-programme", programme),
                ("csv-figures-funding", "granted_eur"),
            ),
            eur(funding.granted_cents),
        );
    }
    for (year, projects) in &figures.eu_funded_projects {
        row("eu_funded_projects", year.to_string(), projects.to_string());
    }

    let lead = &figures.approval_lead_times;
    row(
        "approval_lead_time",
        item(form, "approved"),
        lead.approved.to_string(),
    );
    row(
        "approval_lead_time",
        item(form, "median_days"),
        days(lead.median_days),
    );
    row(
        "approval_lead_time",
        item(form, "mean_days"),
        days(lead.mean_days),
    );
    row(
        "approval_lead_time",
        item(form, "max_days"),
        days(lead.max_days),
    );

    row(
        "reports",
        item(form, "filed"),
        figures.reports.filed.to_string(),
    );
    row(
        "reports",
        item(form, "actual_cost_eur"),
        eur(figures.reports.actual_cost_cents),
    );
    rows
}

/// The figures as CSV, every cell quoted and formula-like cells defused.
pub fn figures_csv(figures: &FollowUpFigures, form: CsvForm) -> DomainResult<String> {
    form.write(rows(figures, form))
}
