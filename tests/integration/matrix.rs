//! The runner shared by the authorization matrices: every principal tries every operation,
//! and each outcome is checked together with what it wrote. A refusal or a read leaves every
//! listed table as it was; an allowed write leaves exactly one audit event.
use std::fmt::Debug;

use serde_json::Value;
use utbyte_tests::{Scope, TestApp};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Allowed,
    Forbidden,
    NotFound,
    Unauthenticated,
    /// Refused as not possible now (a step the person already decided).
    Conflict,
}

/// The outcome a response shows; None for any other error.
pub fn outcome_of(response: &Value) -> Option<Outcome> {
    if response["errors"].is_null() && !response["data"].is_null() {
        return Some(Outcome::Allowed);
    }
    match response["errors"][0]["extensions"]["code"].as_str() {
        Some("FORBIDDEN") => Some(Outcome::Forbidden),
        Some("NOT_FOUND") => Some(Outcome::NotFound),
        Some("UNAUTHENTICATED") => Some(Outcome::Unauthenticated),
        Some("CONFLICT") => Some(Outcome::Conflict),
        _ => None,
    }
}

/// The people the exchange and funding matrices try, row by row: global staff, the
/// municipality's coordinator and another's, the school's teacher and principal, the partner
/// school's contact, a teacher of a school in `other_municipality`, a young person, a
/// guardian and nobody signed in.
pub struct Cast<'a> {
    pub admin: &'a str,
    pub coordinator: &'a str,
    pub teacher: &'a str,
    pub principal: &'a str,
    pub partner_contact: &'a str,
    pub other_municipality: Uuid,
    pub other_teacher: &'a str,
}

impl Cast<'_> {
    pub async fn principals(&self, app: &TestApp) -> Vec<(&'static str, Option<String>)> {
        let token = |t: &str| Some(t.to_owned());
        vec![
            ("global admin", token(self.admin)),
            (
                "global coordinator",
                Some(
                    app.user_with_role("global@utbyte.example", "coordinator")
                        .await,
                ),
            ),
            ("the municipality's coordinator", token(self.coordinator)),
            (
                "another municipality's coordinator",
                Some(
                    app.user_with_roles(
                        "kansli@vaxjo.example",
                        &[("coordinator", Scope::Municipality(self.other_municipality))],
                    )
                    .await,
                ),
            ),
            ("teacher of the school", token(self.teacher)),
            ("principal of the school", token(self.principal)),
            (
                "partner contact of the partner school",
                token(self.partner_contact),
            ),
            ("teacher of another school", token(self.other_teacher)),
            (
                "youth",
                Some(app.user_with_role("ung@example.se", "youth").await),
            ),
            (
                "guardian",
                Some(app.user_with_role("foralder@example.se", "guardian").await),
            ),
            ("anonymous", None),
        ]
    }
}

/// Row counts of `tables`, in their order.
pub async fn table_counts(app: &TestApp, tables: &[&'static str]) -> Vec<(&'static str, i64)> {
    let mut counts = Vec::new();
    for table in tables {
        counts.push((*table, app.count(table).await));
    }
    counts
}

/// One matrix: the tables its operations may write, `audit_events` among them.
pub struct Matrix<'a> {
    pub app: &'a TestApp,
    pub tables: &'a [&'static str],
}

impl Matrix<'_> {
    /// Runs `expected[p][o]` for principal `p` (name, token) and `operations[o]`;
    /// `request(operation, p)` builds what principal `p` sends. Panics naming every failure.
    pub async fn check<Op: Copy + Debug, const N: usize>(
        &self,
        principals: &[(&str, Option<String>)],
        expected: &[[Outcome; N]],
        operations: [Op; N],
        request: impl Fn(Op, usize) -> (&'static str, Value),
        writes: impl Fn(Op) -> bool,
    ) {
        assert_eq!(principals.len(), expected.len(), "one row per principal");
        let audit_column = self
            .tables
            .iter()
            .position(|table| *table == "audit_events")
            .expect("the matrix counts audit events");
        let mut failures = Vec::new();
        for (index, ((principal, token), row)) in principals.iter().zip(expected).enumerate() {
            for (operation, outcome) in operations.into_iter().zip(row) {
                let (query, variables) = request(operation, index);
                let before = table_counts(self.app, self.tables).await;
                let response = self.app.gql(token.as_deref(), query, variables).await;
                if outcome_of(&response) != Some(*outcome) {
                    failures.push(format!(
                        "{principal} / {operation:?}: expected {outcome:?}, got {response}"
                    ));
                    continue;
                }
                let after = table_counts(self.app, self.tables).await;
                let audit = |counts: &[(&str, i64)]| counts[audit_column].1;
                if *outcome != Outcome::Allowed || !writes(operation) {
                    if after != before {
                        failures.push(format!(
                            "{principal} / {operation:?}: {outcome:?} yet wrote: \
                             {before:?} → {after:?}"
                        ));
                    }
                } else if audit(&after) != audit(&before) + 1 {
                    failures.push(format!(
                        "{principal} / {operation:?}: an allowed write left {} audit events",
                        audit(&after) - audit(&before)
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} checks failed:\n{}",
            failures.len(),
            N * principals.len(),
            failures.join("\n")
        );
    }
}

/// Who was allowed `operation`, principal by principal.
pub fn allowed<Op: PartialEq, const N: usize>(
    expected: &[[Outcome; N]],
    operations: &[Op; N],
    operation: Op,
) -> Vec<bool> {
    let column = operations
        .iter()
        .position(|o| *o == operation)
        .expect("in the matrix");
    expected
        .iter()
        .map(|row| row[column] == Outcome::Allowed)
        .collect()
}
