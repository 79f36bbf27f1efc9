//! The report after an exchange: what happened, outcomes against the objectives, what the
//! participants said, and what it actually cost. Filing it moves a completed exchange to
//! reported, and the follow-up figures count it.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use super::{lifecycle::lock_for, proposals::record, rules::Action};
use crate::{
    db::begin_write,
    directory::types::parse_name,
    entities::{exchange_reports, exchanges},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// The longest each text of a report may be, in characters.
pub const MAX_REPORT_TEXT: usize = 10_000;
/// Ten million euros: more is a typing mistake, not an exchange.
pub const MAX_ACTUAL_COST_CENTS: i64 = 1_000_000_000;

pub struct ReportInput {
    pub what_happened: String,
    pub outcomes: String,
    pub feedback_summary: String,
    pub actual_cost_cents: i64,
}

/// A report with every field checked.
struct Report {
    what_happened: String,
    outcomes: String,
    feedback_summary: String,
    actual_cost_cents: i64,
}

fn parse(input: &ReportInput) -> DomainResult<Report> {
    let mut checks = Checks::new();
    let what_happened = checks.parse(parse_name(
        "input.whatHappened",
        &input.what_happened,
        MAX_REPORT_TEXT,
    ));
    let outcomes = checks.parse(parse_name(
        "input.outcomes",
        &input.outcomes,
        MAX_REPORT_TEXT,
    ));
    let feedback_summary = checks.parse(parse_name(
        "input.feedbackSummary",
        &input.feedback_summary,
        MAX_REPORT_TEXT,
    ));
    if !(0..=MAX_ACTUAL_COST_CENTS).contains(&input.actual_cost_cents) {
        checks.push(FieldError::new(
            "input.actualCostCents",
            "out_of_range",
            "must be between 0 and 1 000 000 000 cents",
        ));
    }
    checks.finish()?;
    match (what_happened, outcomes, feedback_summary) {
        (Some(what_happened), Some(outcomes), Some(feedback_summary)) => Ok(Report {
            what_happened,
            outcomes,
            feedback_summary,
            actual_cost_cents: input.actual_cost_cents,
        }),
        _ => Err(DomainError::Internal(anyhow::anyhow!("checked above"))),
    }
}

/// Files the report of a completed exchange and moves it to reported. Its owners (the teacher
/// and the sending organisation's staff), coordinators and global admins may; once only.
pub async fn file(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    input: ReportInput,
) -> DomainResult<(exchanges::Model, exchange_reports::Model)> {
    let txn = begin_write(&services.db).await?;
    let locked = lock_for(&txn, principal, exchange_id, Action::Report).await?;
    let (state, next) = (locked.from, locked.to);
    let report = parse(&input)?;

    let now = Utc::now();
    let filed = exchange_reports::Model {
        exchange_id,
        what_happened: report.what_happened,
        outcomes: report.outcomes,
        feedback_summary: report.feedback_summary,
        actual_cost_cents: report.actual_cost_cents,
        filed_by: Some(principal.user_id),
        filed_at: now,
    };
    exchange_reports::Entity::insert(exchange_reports::ActiveModel::from(filed.clone()))
        .exec_without_returning(&txn)
        .await?;
    let updated = locked.apply(&txn).await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_reported",
        exchange_id,
        json!({
            "from": state.code(),
            "to": next.code(),
            "actual_cost_cents": filed.actual_cost_cents,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok((updated, filed))
}

/// The reports of many exchanges, in one query.
pub async fn reports_of_many(
    db: &impl ConnectionTrait,
    exchange_ids: &[Uuid],
) -> DomainResult<HashMap<Uuid, exchange_reports::Model>> {
    Ok(exchange_reports::Entity::find()
        .filter(exchange_reports::Column::ExchangeId.is_in(exchange_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|report| (report.exchange_id, report))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str, cost: i64) -> ReportInput {
        ReportInput {
            what_happened: text.into(),
            outcomes: text.into(),
            feedback_summary: text.into(),
            actual_cost_cents: cost,
        }
    }

    fn fields(error: DomainError) -> Vec<String> {
        match error {
            DomainError::Validation(errors) => errors.into_iter().map(|e| e.field).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_report_needs_every_text_and_a_sensible_cost() {
        assert!(parse(&input("A week of climate workshops.", 0)).is_ok());
        assert!(parse(&input("x", MAX_ACTUAL_COST_CENTS)).is_ok());
        assert_eq!(
            fields(parse(&input("  ", -1)).err().expect("refused")),
            [
                "input.whatHappened",
                "input.outcomes",
                "input.feedbackSummary",
                "input.actualCostCents"
            ]
        );
        assert_eq!(
            fields(
                parse(&input("ok", MAX_ACTUAL_COST_CENTS + 1))
                    .err()
                    .expect("refused")
            ),
            ["input.actualCostCents"]
        );
        let long = "a".repeat(MAX_REPORT_TEXT + 1);
        assert_eq!(
            fields(parse(&input(&long, 10)).err().expect("refused")).len(),
            3
        );
        assert_eq!(
            fields(parse(&input("bell \u{7}", 10)).err().expect("refused")).len(),
            3
        );
    }
}
