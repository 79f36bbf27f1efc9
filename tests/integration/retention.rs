//! Retention end to end: the job removes exactly what is due (per municipality and category,
//! to the day) and a second run changes nothing; the append-only tables give way to the job
//! alone; restricted data is kept and not processed; the schedule's defaults, overrides,
//! bounds and who may set them.
use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Duration, DurationRound, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, Statement,
    sea_query::Expr,
};
use serde_json::{Value, json};
use utbyte_domain::{
    RequestMeta,
    audit::chain,
    entities::{
        audit_events, consent_events, consent_links, exchanges, medical_information, outbox_emails,
        participation_records, registrations, retention_runs, youth_profiles,
    },
    retention::job::{self, Outcome},
};
use utbyte_tests::{Scope, TestApp, error_code, error_fields, error_reason as reason, token_in};

use crate::exchanges::{World, id_of, municipality, ok, uuid};
use crate::registrations::{Trip, register_query, valid_form};

const SCHEDULE: &str = "query($m: ID!) { retentionSchedule(municipalityId: $m) { \
     category days defaultDays overridden scope anchor minDays maxDays } }";
const SET_PERIOD: &str = "mutation($m: ID!, $c: RetentionCategory!, $d: Int) { \
     setRetentionPeriod(municipalityId: $m, category: $c, days: $d) { category days overridden } }";
const RUNS: &str = "query($first: Int) { retentionRuns(first: $first) { id startedAt finishedAt \
     ranBy asOf participationRecorded categories { category removed keptRestricted } } }";
const RUN_NOW: &str = "mutation { runRetentionNow { id ranBy finishedAt \
     categories { category removed keptRestricted } } }";
pub(crate) const RESTRICT: &str = "mutation($y: ID!, $r: String!) { restrictPersonalData(youthId: $y, \
     reason: $r) { id restricted restriction { restrictedAt reason restrictedBy } } }";
const LIFT: &str =
    "mutation($y: ID!) { liftRestriction(youthId: $y) { id restricted restriction { reason } } }";
const PROFILE: &str =
    "query($y: ID!) { youthProfile(id: $y) { restricted restriction { reason restrictedBy } } }";

const REASON: &str = "The guardian disputes the accuracy of the recorded data";

/// Another approved exchange of the trip's school, open for registration.
pub(crate) async fn open_exchange(w: &World, title: &str) -> String {
    let exchange = w.approved(title).await;
    w.advance(&exchange, &["OPEN_REGISTRATION"]).await;
    exchange
}

/// The teacher registers `youth` for `exchange`; returns the registration's id.
pub(crate) async fn register(w: &World, exchange: &str, youth: &str) -> String {
    let response = w
        .gql(
            &w.teacher,
            &register_query(),
            json!({ "e": exchange, "y": youth }),
        )
        .await;
    id_of(ok(&response, "registerForExchange"))
}

/// A pupil with one guardian, registered for `exchange`, whose guardian consented through
/// the mailed link (which writes consent events, a consent link's use and medical
/// information); returns the registration's id.
pub(crate) async fn consented(trip: &Trip, exchange: &str, name: &str, guardian: &str) -> String {
    let pupil = trip.pupil(name, &[(guardian, "SOLE")], false).await;
    let registration = register(&trip.w, exchange, &pupil).await;
    let (status, body) = trip
        .consent(&trip.consent_link(guardian).await, false)
        .await;
    assert_eq!(status, 200, "{body}");
    registration
}

/// Moves an exchange into the past, returning on `end`, in `state`. Time cannot pass in a
/// test, and an exchange cannot be proposed with past dates, so the rows are changed directly.
pub(crate) async fn returned_on(app: &TestApp, exchange: &str, end: NaiveDate, state: &str) {
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::StartDate,
            Expr::value(end - Duration::days(4)),
        )
        .col_expr(exchanges::Column::EndDate, Expr::value(end))
        .col_expr(exchanges::Column::State, Expr::value(state))
        .filter(exchanges::Column::Id.eq(uuid(exchange)))
        .exec(app.db())
        .await
        .expect("move the exchange into the past");
}

/// Every row of the tables retention touches, and a count of every table.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    counts: BTreeMap<String, i64>,
    medical: Vec<medical_information::Model>,
    consent_events: Vec<consent_events::Model>,
    consent_links: Vec<consent_links::Model>,
    registrations: Vec<registrations::Model>,
    outbox: Vec<outbox_emails::Model>,
    audit: Vec<audit_events::Model>,
    youth: Vec<youth_profiles::Model>,
    exchanges: Vec<exchanges::Model>,
    participation: Vec<participation_records::Model>,
    runs: Vec<retention_runs::Model>,
}

async fn tables(app: &TestApp) -> Vec<String> {
    let db = app.db();
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY 1"
        }
    };
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("list tables")
        .into_iter()
        .map(|row| row.try_get::<String>("", "name").expect("name"))
        .collect()
}

async fn snapshot(app: &TestApp) -> Snapshot {
    let db = app.db();
    let mut counts = BTreeMap::new();
    for table in tables(app).await {
        counts.insert(table.clone(), app.count(&table).await);
    }
    Snapshot {
        counts,
        medical: medical_information::Entity::find()
            .order_by_asc(medical_information::Column::RegistrationId)
            .all(db)
            .await
            .unwrap(),
        consent_events: consent_events::Entity::find()
            .order_by_asc(consent_events::Column::Id)
            .all(db)
            .await
            .unwrap(),
        consent_links: consent_links::Entity::find()
            .order_by_asc(consent_links::Column::Id)
            .all(db)
            .await
            .unwrap(),
        registrations: registrations::Entity::find()
            .order_by_asc(registrations::Column::Id)
            .all(db)
            .await
            .unwrap(),
        outbox: outbox_emails::Entity::find()
            .order_by_asc(outbox_emails::Column::Id)
            .all(db)
            .await
            .unwrap(),
        audit: audit_events::Entity::find()
            .order_by_asc(audit_events::Column::Id)
            .all(db)
            .await
            .unwrap(),
        youth: youth_profiles::Entity::find()
            .order_by_asc(youth_profiles::Column::Id)
            .all(db)
            .await
            .unwrap(),
        exchanges: exchanges::Entity::find()
            .order_by_asc(exchanges::Column::Id)
            .all(db)
            .await
            .unwrap(),
        participation: participation_records::Entity::find()
            .order_by_asc(participation_records::Column::Id)
            .all(db)
            .await
            .unwrap(),
        runs: retention_runs::Entity::find()
            .order_by_asc(retention_runs::Column::Id)
            .all(db)
            .await
            .unwrap(),
    }
}

/// Waits until the mail worker has sent everything queued, so that no row changes under a
/// comparison.
async fn settle(app: &TestApp) {
    for _ in 0..100 {
        let pending = outbox_emails::Entity::find()
            .filter(outbox_emails::Column::SentAt.is_null())
            .filter(outbox_emails::Column::FailedAt.is_null())
            .all(app.db())
            .await
            .unwrap();
        if pending.is_empty() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the mail worker did not send the queued mail");
}

async fn mails_to(app: &TestApp, email: &str) -> usize {
    app.outbox()
        .await
        .into_iter()
        .filter(|m| m.recipient == email)
        .count()
}

/// Removed (or blanked) and kept counts of a run, by category code.
fn counts_of(run: &retention_runs::Model) -> BTreeMap<String, (u64, u64)> {
    Outcome::from_stored(run)
        .categories
        .into_iter()
        .map(|c| (c.category, (c.removed, c.kept_restricted)))
        .collect()
}

pub(crate) async fn insert_audit(
    app: &TestApp,
    at: DateTime<Utc>,
    youth: Option<uuid::Uuid>,
) -> uuid::Uuid {
    let id = uuid::Uuid::now_v7();
    chain::append(
        app.db(),
        audit_events::Model {
            id,
            occurred_at: at,
            actor_id: None,
            action: "test_event".into(),
            subject_type: "test".into(),
            subject_id: None,
            request_id: None,
            details: json!({}),
            exchange_id: None,
            youth_id: youth,
            chain_seq: None,
            prev_hash: None,
            row_hash: None,
        },
    )
    .await
    .expect("an audit event from long ago");
    id
}

async fn sent_at(app: &TestApp, mail: uuid::Uuid, at: DateTime<Utc>, failed: bool) {
    let (column, other) = if failed {
        (
            outbox_emails::Column::FailedAt,
            outbox_emails::Column::SentAt,
        )
    } else {
        (
            outbox_emails::Column::SentAt,
            outbox_emails::Column::FailedAt,
        )
    };
    outbox_emails::Entity::update_many()
        .col_expr(column, Expr::value(at))
        .col_expr(other, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(outbox_emails::Column::Id.eq(mail))
        .exec(app.db())
        .await
        .expect("date the mail");
}

/// Eight exchanges returned at each period's edge in two municipalities: the job removes
/// exactly the rows past their period and leaves every other row as it was; a second run at
/// the same moment changes nothing but add its own run and audit event.
#[tokio::test]
async fn the_job_removes_exactly_what_is_due_and_a_second_run_changes_nothing() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let app = &w.app;
    // PostgreSQL keeps microseconds: a moment with nanoseconds would not survive the trip.
    let now = Utc::now()
        .duration_trunc(Duration::microseconds(1))
        .unwrap();
    let today = now.date_naive();

    // (label, municipality B?, days before today it returned, completed?)
    let cases: [(&str, bool, i64, bool); 8] = [
        ("a-medical-due", false, 31, false),
        ("a-medical-edge", false, 30, false),
        ("a-consent-due", false, 731, false),
        ("a-consent-edge", false, 730, false),
        ("a-registrations-due", false, 1096, true),
        ("a-registrations-edge", false, 1095, true),
        ("b-medical-due", true, 1, false),
        ("b-registrations-due", true, 91, true),
    ];
    let mut exchanges_by_label = BTreeMap::new();
    let mut registration_of = BTreeMap::new();
    for (i, (label, _, _, _)) in cases.iter().enumerate() {
        let exchange = if i == 0 {
            trip.exchange.clone()
        } else {
            open_exchange(w, &format!("Utbyte {label}")).await
        };
        let registration = consented(
            &trip,
            &exchange,
            &format!("Pupil {label}"),
            &format!("guardian.{label}@example.se"),
        )
        .await;
        exchanges_by_label.insert(*label, exchange);
        registration_of.insert(*label, uuid(&registration));
    }

    // Municipality B keeps its data for shorter. The exchanges were made by the one school
    // the fixture has; two of them are moved to B's row (the job reads the exchange's
    // municipality).
    let b = municipality(app, &w.admin, "Nacka").await.0;
    let global = app
        .user_with_roles(
            "global.coordinator@example.se",
            &[("coordinator", Scope::Global)],
        )
        .await;
    for (category, days) in [
        ("MEDICAL_INFORMATION", 0),
        ("CONSENT_RECORDS", 60),
        ("REGISTRATIONS", 90),
    ] {
        let response = w
            .gql(
                &global,
                SET_PERIOD,
                json!({ "m": b, "c": category, "d": days }),
            )
            .await;
        ok(&response, "setRetentionPeriod");
    }
    for (label, in_b, days_ago, completed) in cases {
        let exchange = &exchanges_by_label[label];
        let state = if completed { "completed" } else { "under_way" };
        returned_on(app, exchange, today - Duration::days(days_ago), state).await;
        if in_b {
            exchanges::Entity::update_many()
                .col_expr(exchanges::Column::MunicipalityId, Expr::value(uuid(&b)))
                .filter(exchanges::Column::Id.eq(uuid(exchange)))
                .exec(app.db())
                .await
                .unwrap();
        }
    }

    // Mails sent or failed at the edge of the outbox period (30 days), and audit events at
    // the edge of theirs (1825 days). Audit events cannot be updated: they are inserted.
    let mails: Vec<uuid::Uuid> = app.outbox().await.iter().map(|m| m.id).collect();
    assert!(mails.len() >= 4);
    sent_at(
        app,
        mails[0],
        now - Duration::days(30) - Duration::seconds(1),
        false,
    )
    .await;
    sent_at(app, mails[1], now - Duration::days(30), false).await;
    sent_at(app, mails[2], now - Duration::days(45), true).await;
    sent_at(app, mails[3], now - Duration::days(29), true).await;
    let old_event =
        insert_audit(app, now - Duration::days(1825) - Duration::seconds(1), None).await;
    let edge_event = insert_audit(app, now - Duration::days(1825), None).await;

    settle(app).await;
    let before = snapshot(app).await;
    let run = job::run(app.services(), now, None, &RequestMeta::default())
        .await
        .expect("the job runs");
    let after = snapshot(app).await;

    // What is due, by label.
    let due = |labels: &[&str]| -> HashSet<uuid::Uuid> {
        labels.iter().map(|l| registration_of[l]).collect()
    };
    let registrations_gone = due(&["a-registrations-due", "b-registrations-due"]);
    let consent_gone: HashSet<_> = due(&[
        "a-consent-due",
        "a-registrations-due",
        "a-registrations-edge",
        "b-registrations-due",
    ]);
    let medical_gone: HashSet<_> = due(&[
        "a-medical-due",
        "a-consent-due",
        "a-consent-edge",
        "a-registrations-due",
        "a-registrations-edge",
        "b-medical-due",
        "b-registrations-due",
    ]);
    // Every pupil gave medical information and consent.
    assert_eq!(before.medical.len(), 8);
    assert!(before.consent_events.len() >= 8 && before.consent_links.len() >= 16);

    let keep = |rows: &[medical_information::Model]| -> Vec<medical_information::Model> {
        rows.iter()
            .filter(|m| !medical_gone.contains(&m.registration_id))
            .cloned()
            .collect()
    };
    assert_eq!(after.medical, keep(&before.medical));
    assert_eq!(
        after.medical.len(),
        1,
        "only a-medical-edge keeps its medical information"
    );
    let kept_events: Vec<_> = before
        .consent_events
        .iter()
        .filter(|e| !consent_gone.contains(&e.registration_id))
        .cloned()
        .collect();
    assert_eq!(after.consent_events, kept_events);
    let kept_links: Vec<_> = before
        .consent_links
        .iter()
        .filter(|l| !consent_gone.contains(&l.registration_id))
        .cloned()
        .collect();
    assert_eq!(after.consent_links, kept_links);
    let kept_registrations: Vec<_> = before
        .registrations
        .iter()
        .filter(|r| !registrations_gone.contains(&r.id))
        .cloned()
        .collect();
    assert_eq!(after.registrations, kept_registrations);
    assert_eq!(after.registrations.len(), 6);

    // Mails: the two past their period are blanked, with their dedup keys kept.
    for (before, after) in before.outbox.iter().zip(&after.outbox) {
        if [mails[0], mails[2]].contains(&before.id) {
            assert_eq!(after.recipient, "");
            assert_eq!((after.subject.as_str(), after.text_body.as_str()), ("", ""));
            assert_eq!(after.html_body, "");
            assert_eq!(after.dedup_key, before.dedup_key);
            assert_eq!(after.redacted_at, Some(now));
        } else {
            assert_eq!(after, before);
        }
    }
    // Audit events: the old one goes, everything else stays; the run adds its own.
    let mut expected_audit: Vec<_> = before
        .audit
        .iter()
        .filter(|e| e.id != old_event)
        .cloned()
        .collect();
    assert!(after.audit.iter().any(|e| e.id == edge_event));
    let run_event = after
        .audit
        .iter()
        .find(|e| e.action == "retention_run")
        .expect("the run is audited")
        .clone();
    assert_eq!(run_event.subject_id, Some(run.id));
    expected_audit.push(run_event);
    assert_eq!(after.audit, expected_audit);

    // The figures keep the three completed exchanges: the two whose registrations went, and
    // the one at the edge, whose rows were moved into the past without the completion that
    // records participants (as for exchanges completed before the records existed).
    // Recording marks their pupils' first exchange; profiles are otherwise untouched.
    assert_eq!(after.participation.len(), 3);
    let without_first_exchange = |youth: &[youth_profiles::Model]| -> Vec<youth_profiles::Model> {
        youth
            .iter()
            .cloned()
            .map(|y| youth_profiles::Model {
                first_exchange_on: None,
                ..y
            })
            .collect()
    };
    assert_eq!(
        without_first_exchange(&after.youth),
        without_first_exchange(&before.youth)
    );
    assert_eq!(
        after
            .youth
            .iter()
            .filter(|y| y.first_exchange_on.is_some())
            .count(),
        3
    );
    assert_eq!(after.exchanges, before.exchanges);

    // The counts of every other table are unchanged.
    let mut expected_counts = before.counts.clone();
    for (table, delta) in [
        ("medical_information", -7),
        (
            "consent_events",
            after.consent_events.len() as i64 - before.consent_events.len() as i64,
        ),
        (
            "consent_links",
            after.consent_links.len() as i64 - before.consent_links.len() as i64,
        ),
        ("registrations", -2),
        ("audit_events", 0),
        // Each deleted consent event and the one deleted audit event leave their link.
        (
            "audit_chain_tombstones",
            before.consent_events.len() as i64 - after.consent_events.len() as i64 + 1,
        ),
        ("participation_records", 3),
        ("retention_runs", 1),
    ] {
        *expected_counts.get_mut(table).unwrap() += delta;
    }
    assert_eq!(after.counts, expected_counts);

    assert_eq!(
        counts_of(&run),
        BTreeMap::from([
            ("medical_information".to_owned(), (7, 0)),
            (
                "consent_records".to_owned(),
                (
                    (before.consent_events.len() - after.consent_events.len()
                        + before.consent_links.len()
                        - after.consent_links.len()) as u64,
                    0
                )
            ),
            ("registrations".to_owned(), (2, 0)),
            ("outbox_emails".to_owned(), (2, 0)),
            ("audit_events".to_owned(), (1, 0)),
            // The pupils changed today: nowhere near idle.
            ("youth_profiles".to_owned(), (0, 0)),
        ])
    );
    assert_eq!(Outcome::from_stored(&run).participation_recorded, 3);
    assert!(run.finished_at.is_some());

    // A second run at the same moment finds nothing due.
    let second = job::run(app.services(), now, None, &RequestMeta::default())
        .await
        .expect("the job runs again");
    let again = snapshot(app).await;
    assert_eq!(Outcome::from_stored(&second).total_removed(), 0);
    assert_eq!(again.runs.len(), after.runs.len() + 1);
    let mut expected = after.clone();
    expected.runs = again.runs.clone();
    expected.audit.push(
        again
            .audit
            .last()
            .filter(|e| e.action == "retention_run" && e.subject_id == Some(second.id))
            .expect("the second run is audited")
            .clone(),
    );
    *expected.counts.get_mut("audit_events").unwrap() += 1;
    *expected.counts.get_mut("retention_runs").unwrap() += 1;
    assert_eq!(again, expected, "a second run changes nothing else");

    // The runs as coordinators see them, newest first.
    let response = w.gql(&w.coordinator, RUNS, json!({ "first": 5 })).await;
    let runs = ok(&response, "retentionRuns").as_array().unwrap().clone();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["id"], second.id.to_string());
    assert_eq!(runs[1]["participationRecorded"], 3);
    assert_eq!(
        runs[1]["categories"][0],
        json!({ "category": "MEDICAL_INFORMATION", "removed": 7, "keptRestricted": 0 })
    );
}

/// The job deletes from the append-only tables; nothing else may, before or after it.
#[tokio::test]
async fn only_the_job_deletes_audit_and_consent_rows() {
    let trip = Trip::open(10).await;
    let app = &trip.w.app;
    consented(
        &trip,
        &trip.exchange,
        "Pupil One",
        "guardian.one@example.se",
    )
    .await;
    let today = Utc::now().date_naive();
    returned_on(
        app,
        &trip.exchange,
        today - Duration::days(2000),
        "completed",
    )
    .await;
    insert_audit(app, Utc::now() - Duration::days(2000), None).await;

    let refused = |result: Result<u64, sea_orm::DbErr>, what: &str| {
        let error = result.expect_err(what).to_string();
        assert!(error.contains("append-only"), "{what}: {error}");
    };
    for table in ["audit_events", "consent_events", "consent_texts"] {
        refused(app.sql(&format!("DELETE FROM {table}")).await, table);
        refused(app.sql(&format!("UPDATE {table} SET id = id")).await, table);
    }
    let events = app.count("consent_events").await;
    assert!(events > 0);

    let run = job::run(app.services(), Utc::now(), None, &RequestMeta::default())
        .await
        .unwrap();
    assert_eq!(app.count("consent_events").await, 0);
    let counts = counts_of(&run);
    assert!(counts["consent_records"].0 as i64 >= events);
    assert_eq!(counts["audit_events"], (1, 0));
    // The run's row is finished: the tables are append-only again.
    assert_eq!(
        retention_runs::Entity::find()
            .filter(retention_runs::Column::FinishedAt.is_null())
            .all(app.db())
            .await
            .unwrap(),
        []
    );
    for table in ["audit_events", "consent_texts"] {
        refused(app.sql(&format!("DELETE FROM {table}")).await, table);
        refused(app.sql(&format!("UPDATE {table} SET id = id")).await, table);
    }
}

/// A restricted young person's data is kept and not processed: no new registration, no
/// consent, no offer from the waiting list, no medical information read, no mail, and the
/// job keeps it; lifting the restriction restores all of it.
#[tokio::test]
async fn restricted_data_is_kept_and_not_processed() {
    let trip = Trip::open(1).await;
    let w = &trip.w;
    let app = &w.app;
    let first = trip
        .pupil("Alva First", &[("first@example.se", "SOLE")], false)
        .await;
    let second = trip
        .pupil("Bo Second", &[("second@example.se", "SOLE")], false)
        .await;
    let third = trip
        .pupil("Cy Third", &[("third@example.se", "SOLE")], false)
        .await;
    let late = trip
        .pupil("Dan Late", &[("late@example.se", "SOLE")], false)
        .await;
    let first_registration = id_of(&trip.register(&first).await);
    let second_registration = id_of(&trip.register(&second).await);
    let third_registration = id_of(&trip.register(&third).await);
    assert_eq!(trip.state(&second_registration).await, "WAITING_LIST");

    // Who may restrict: coordinators only, with a reason.
    let response = w
        .gql(&w.teacher, RESTRICT, json!({ "y": second, "r": REASON }))
        .await;
    assert_eq!(error_code(&response), "FORBIDDEN");
    let response = w
        .gql(
            &w.coordinator,
            RESTRICT,
            json!({ "y": second, "r": "too short" }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert_eq!(error_fields(&response), ["reason"]);
    let audit_before = app.count("audit_events").await;
    let response = w
        .gql(
            &w.coordinator,
            RESTRICT,
            json!({ "y": second, "r": REASON }),
        )
        .await;
    let restricted = ok(&response, "restrictPersonalData");
    assert_eq!(restricted["restricted"], true);
    assert_eq!(restricted["restriction"]["reason"], REASON);
    assert_eq!(app.count("audit_events").await, audit_before + 1);
    assert_eq!(
        app.audit_actions().await.last().map(String::as_str),
        Some("personal_data_restricted")
    );
    let response = w
        .gql(
            &w.coordinator,
            RESTRICT,
            json!({ "y": second, "r": REASON }),
        )
        .await;
    assert_eq!(reason(&response), "already_restricted");
    // The teacher sees that it is restricted, not why.
    let response = w.gql(&w.teacher, PROFILE, json!({ "y": second })).await;
    assert_eq!(
        ok(&response, "youthProfile"),
        &json!({ "restricted": true, "restriction": null })
    );

    // The waiting list passes over them: the freed place goes to the next in line.
    let second_mails = mails_to(app, "second@example.se").await;
    let response = trip.withdraw_as(&w.teacher, &first_registration).await;
    ok(&response, "withdrawRegistration");
    assert_eq!(trip.state(&second_registration).await, "WAITING_LIST");
    assert_eq!(trip.state(&third_registration).await, "OFFERED");
    assert_eq!(
        mails_to(app, "second@example.se").await,
        second_mails,
        "no mail about them"
    );
    // Nobody registers them anew; but a family can always take a child off a trip.
    let response = trip.withdraw_as(&w.teacher, &second_registration).await;
    assert_eq!(ok(&response, "withdrawRegistration")["state"], "WITHDRAWN");
    let response = w
        .gql(&w.coordinator, RESTRICT, json!({ "y": late, "r": REASON }))
        .await;
    ok(&response, "restrictPersonalData");
    let response = trip.register_as(&w.teacher, &late).await;
    assert_eq!(error_code(&response), "CONFLICT");
    assert_eq!(reason(&response), "restricted");

    // Consent: the third pupil's guardian opens the offer's consent link; then the pupil is
    // restricted, and the link is dead: neither the page nor the form works.
    let offered = app.last_mail("third@example.se", "place_offered").await;
    let link = format!("/consent?token={}", token_in(&offered.text_body));
    let (status, page) = trip.get(&link).await;
    assert_eq!(status, 200);
    let form = valid_form(&link, &page);
    let response = w
        .gql(&w.coordinator, RESTRICT, json!({ "y": third, "r": REASON }))
        .await;
    ok(&response, "restrictPersonalData");
    let (status, _) = trip.get(&link).await;
    assert_eq!(status, 410, "the dead-link page");
    let (status, _) = trip.post_form("/consent", &form).await;
    assert_eq!(status, 410);
    assert_eq!(app.count("consent_events").await, 0, "no consent given");
    let response = w.gql(&w.coordinator, LIFT, json!({ "y": third })).await;
    assert_eq!(ok(&response, "liftRestriction")["restricted"], false);
    let (status, body) = trip.post_form("/consent", &form).await;
    assert_eq!(status, 200, "lifting restores the link: {body}");
    assert_eq!(trip.state(&third_registration).await, "CONFIRMED");
    let medical = "query($r: ID!) { medicalInformation(registrationId: $r) { allergies } }";
    let response = w
        .gql(&w.coordinator, medical, json!({ "r": third_registration }))
        .await;
    ok(&response, "medicalInformation");
    let response = w
        .gql(&w.coordinator, RESTRICT, json!({ "y": third, "r": REASON }))
        .await;
    ok(&response, "restrictPersonalData");
    let response = w
        .gql(&w.coordinator, medical, json!({ "r": third_registration }))
        .await;
    assert_eq!(reason(&response), "restricted");
    let roster = w
        .gql(
            &w.coordinator,
            "query($e: ID!) { rosterCsv(exchangeId: $e) }",
            json!({ "e": trip.exchange }),
        )
        .await;
    assert!(
        !ok(&roster, "rosterCsv")
            .as_str()
            .unwrap()
            .contains("Cy Third")
    );

    // Retention keeps the restricted people's data, and removes the others'.
    let today = Utc::now().date_naive();
    returned_on(
        app,
        &trip.exchange,
        today - Duration::days(2000),
        "completed",
    )
    .await;
    let run = job::run(app.services(), Utc::now(), None, &RequestMeta::default())
        .await
        .unwrap();
    let counts = counts_of(&run);
    assert_eq!(
        counts["registrations"],
        (1, 2),
        "the first's goes; two are kept"
    );
    assert_eq!(counts["medical_information"], (0, 1));
    let left: HashSet<String> = registrations::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(
        left,
        HashSet::from([second_registration.clone(), third_registration.clone()])
    );
    assert_eq!(app.count("medical_information").await, 1);

    // Lifted, the data is processed again: the next run removes it.
    for youth in [&second, &third] {
        let response = w.gql(&w.coordinator, LIFT, json!({ "y": youth })).await;
        ok(&response, "liftRestriction");
    }
    let response = w.gql(&w.coordinator, LIFT, json!({ "y": second })).await;
    assert_eq!(reason(&response), "not_restricted");
    let run = job::run(app.services(), Utc::now(), None, &RequestMeta::default())
        .await
        .unwrap();
    assert_eq!(counts_of(&run)["registrations"], (2, 0));
    assert_eq!(app.count("registrations").await, 0);
}

/// Lifting a restriction lets the young person register again.
#[tokio::test]
async fn a_lifted_restriction_lets_them_register() {
    let trip = Trip::open(5).await;
    let w = &trip.w;
    let pupil = trip
        .pupil("Eir Lund", &[("eir@example.se", "SOLE")], false)
        .await;
    let response = w
        .gql(&w.coordinator, RESTRICT, json!({ "y": pupil, "r": REASON }))
        .await;
    ok(&response, "restrictPersonalData");
    let mails = w.app.outbox().await.len();
    assert_eq!(
        reason(&trip.register_as(&w.teacher, &pupil).await),
        "restricted"
    );
    assert_eq!(w.app.outbox().await.len(), mails, "no mail");
    let response = w.gql(&w.coordinator, LIFT, json!({ "y": pupil })).await;
    ok(&response, "liftRestriction");
    let registration = trip.register(&pupil).await;
    assert_eq!(registration["state"], "PENDING_CONSENT");
    assert!(
        w.app.outbox().await.len() > mails,
        "the consent request goes out"
    );
}

/// The schedule: defaults with their scope and anchor, a municipality's own period and its
/// reset, bounds, and who may read and set it; bad input names the field and writes nothing.
/// Sets when `youth` last changed: time cannot pass in a test.
async fn last_changed(app: &TestApp, youth: &str, at: DateTime<Utc>) {
    youth_profiles::Entity::update_many()
        .col_expr(youth_profiles::Column::UpdatedAt, Expr::value(at))
        .filter(youth_profiles::Column::Id.eq(uuid(youth)))
        .exec(app.db())
        .await
        .expect("an older profile");
}

#[tokio::test]
async fn idle_profiles_go_with_their_guardians_once_nothing_else_is_left() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let app = &w.app;
    let now = Utc::now();
    let profile = |name: &'static str, guardian: &'static str| {
        let trip = &trip;
        async move { trip.pupil(name, &[(guardian, "SOLE")], false).await }
    };
    // Idle past the default period (1095 days) and past the municipality's own (60 days).
    let long_idle = profile("Länge borta", "a@example.se").await;
    last_changed(app, &long_idle, now - Duration::days(1096)).await;
    let idle = profile("Borta", "b@example.se").await;
    last_changed(app, &idle, now - Duration::days(61)).await;
    // Idle just inside the municipality's period.
    let inside = profile("Nyss", "c@example.se").await;
    last_changed(app, &inside, now - Duration::days(59)).await;
    // Idle, but registered for an exchange: kept.
    let registered = profile("Anmäld", "d@example.se").await;
    trip.register(&registered).await;
    last_changed(app, &registered, now - Duration::days(1096)).await;
    // Idle, but restricted: kept.
    let restricted = profile("Begränsad", "e@example.se").await;
    ok(
        &w.gql(
            &w.coordinator,
            RESTRICT,
            json!({ "y": restricted, "r": REASON }),
        )
        .await,
        "restrictPersonalData",
    );
    last_changed(app, &restricted, now - Duration::days(1096)).await;
    ok(
        &w.gql(
            &w.coordinator,
            SET_PERIOD,
            json!({ "m": w.municipality, "c": "YOUTH_PROFILES", "d": 60 }),
        )
        .await,
        "setRetentionPeriod",
    );
    let guardians_before = app.count("guardians").await;

    let run = job::run(app.services(), now, None, &RequestMeta::default())
        .await
        .expect("the job runs");
    assert_eq!(counts_of(&run)["youth_profiles"], (2, 1));
    let left: HashSet<String> = youth_profiles::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(
        left,
        HashSet::from([inside.clone(), registered.clone(), restricted.clone()])
    );
    assert_eq!(app.count("guardians").await, guardians_before - 2);

    // A second run changes nothing.
    let again = job::run(app.services(), now, None, &RequestMeta::default())
        .await
        .expect("the job runs again");
    assert_eq!(counts_of(&again)["youth_profiles"], (0, 1));
    assert_eq!(app.count("youth_profiles").await, 3);
    assert_eq!(app.count("guardians").await, guardians_before - 2);
}

#[tokio::test]
async fn the_schedule_has_defaults_overrides_bounds_and_owners() {
    let w = World::new().await;
    let app = &w.app;
    let m = w.municipality.clone();
    let other = municipality(app, &w.admin, "Nacka").await.0;
    let global = app
        .user_with_roles(
            "global.coordinator@example.se",
            &[("coordinator", Scope::Global)],
        )
        .await;
    let elsewhere = app
        .user_with_roles(
            "nacka.coordinator@example.se",
            &[("coordinator", Scope::Municipality(uuid(&other)))],
        )
        .await;

    let response = w.gql(&w.coordinator, SCHEDULE, json!({ "m": m })).await;
    assert_eq!(
        ok(&response, "retentionSchedule"),
        &json!([
            { "category": "MEDICAL_INFORMATION", "days": 30, "defaultDays": 30,
              "overridden": false, "scope": "MUNICIPALITY", "anchor": "EXCHANGE_RETURN",
              "minDays": 0, "maxDays": 365 },
            { "category": "CONSENT_RECORDS", "days": 730, "defaultDays": 730,
              "overridden": false, "scope": "MUNICIPALITY", "anchor": "EXCHANGE_RETURN",
              "minDays": 30, "maxDays": 3650 },
            { "category": "REGISTRATIONS", "days": 1095, "defaultDays": 1095,
              "overridden": false, "scope": "MUNICIPALITY", "anchor": "EXCHANGE_RETURN",
              "minDays": 30, "maxDays": 3650 },
            { "category": "OUTBOX_EMAILS", "days": 30, "defaultDays": 30,
              "overridden": false, "scope": "INSTALLATION", "anchor": "MAIL_SENT_OR_FAILED",
              "minDays": 1, "maxDays": 365 },
            { "category": "AUDIT_EVENTS", "days": 1825, "defaultDays": 1825,
              "overridden": false, "scope": "INSTALLATION", "anchor": "EVENT_OCCURRED",
              "minDays": 365, "maxDays": 3650 },
            { "category": "YOUTH_PROFILES", "days": 1095, "defaultDays": 1095,
              "overridden": false, "scope": "MUNICIPALITY", "anchor": "PROFILE_LAST_CHANGED",
              "minDays": 30, "maxDays": 3650 },
        ])
    );

    // Override, then back to the default; each change audited.
    let audit = app.count("audit_events").await;
    let response = w
        .gql(
            &w.coordinator,
            SET_PERIOD,
            json!({ "m": m, "c": "MEDICAL_INFORMATION", "d": 14 }),
        )
        .await;
    assert_eq!(
        ok(&response, "setRetentionPeriod")[0],
        json!({ "category": "MEDICAL_INFORMATION", "days": 14, "overridden": true })
    );
    let response = w.gql(&elsewhere, SCHEDULE, json!({ "m": other })).await;
    assert_eq!(
        ok(&response, "retentionSchedule")[0]["days"],
        30,
        "only for its own"
    );
    let response = w
        .gql(
            &global,
            SET_PERIOD,
            json!({ "m": m, "c": "MEDICAL_INFORMATION", "d": null }),
        )
        .await;
    assert_eq!(
        ok(&response, "setRetentionPeriod")[0],
        json!({ "category": "MEDICAL_INFORMATION", "days": 30, "overridden": false })
    );
    assert_eq!(app.count("audit_events").await, audit + 2);
    assert_eq!(app.count("retention_rules").await, 0);

    // Bad input: out of bounds, an installation-wide category, longer than registrations.
    let rules = app.count("retention_rules").await;
    let audit = app.count("audit_events").await;
    for (category, days, field, code) in [
        ("MEDICAL_INFORMATION", json!(366), "days", "out_of_range"),
        ("MEDICAL_INFORMATION", json!(-1), "days", "out_of_range"),
        ("CONSENT_RECORDS", json!(29), "days", "out_of_range"),
        ("REGISTRATIONS", json!(3651), "days", "out_of_range"),
        (
            "CONSENT_RECORDS",
            json!(1096),
            "days",
            "exceeds_registrations",
        ),
        ("REGISTRATIONS", json!(100), "days", "exceeds_registrations"),
        ("OUTBOX_EMAILS", json!(10), "category", "installation_wide"),
        ("AUDIT_EVENTS", json!(400), "category", "installation_wide"),
    ] {
        let response = w
            .gql(
                &w.coordinator,
                SET_PERIOD,
                json!({ "m": m, "c": category, "d": days }),
            )
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{category} {days}");
        assert_eq!(error_fields(&response), [field], "{category} {days}");
        assert_eq!(
            response["errors"][0]["extensions"]["fields"][0]["code"], code,
            "{category} {days}"
        );
    }
    let response = w
        .gql(
            &w.coordinator,
            SET_PERIOD,
            json!({ "m": "nope", "c": "REGISTRATIONS", "d": 100 }),
        )
        .await;
    assert_eq!(error_fields(&response), ["municipalityId"]);
    assert_eq!(app.count("retention_rules").await, rules, "nothing written");
    assert_eq!(app.count("audit_events").await, audit, "nothing audited");

    // Who may read and set the schedule, and see or run the job.
    let unknown = uuid::Uuid::now_v7().to_string();
    let table: [(&str, Option<&str>, [&str; 5]); 6] = [
        // (who, token, [schedule, set, unknown municipality, runs, run now])
        (
            "global coordinator",
            Some(&global),
            ["ok", "ok", "NOT_FOUND", "ok", "ok"],
        ),
        (
            "the municipality's coordinator",
            Some(&w.coordinator),
            ["ok", "ok", "NOT_FOUND", "ok", "FORBIDDEN"],
        ),
        (
            "another municipality's coordinator",
            Some(&elsewhere),
            ["FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "ok", "FORBIDDEN"],
        ),
        (
            "global admin",
            Some(&w.admin),
            ["FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "ok", "ok"],
        ),
        (
            "teacher",
            Some(&w.teacher),
            [
                "FORBIDDEN",
                "FORBIDDEN",
                "NOT_FOUND",
                "FORBIDDEN",
                "FORBIDDEN",
            ],
        ),
        (
            "anonymous",
            None,
            [
                "UNAUTHENTICATED",
                "UNAUTHENTICATED",
                "UNAUTHENTICATED",
                "UNAUTHENTICATED",
                "UNAUTHENTICATED",
            ],
        ),
    ];
    for (who, token, expected) in table {
        let outcome = |response: Value, field: &str| -> String {
            if response["errors"].is_array() {
                error_code(&response).to_owned()
            } else {
                assert!(!response["data"][field].is_null(), "{who}: {response}");
                "ok".to_owned()
            }
        };
        let got = [
            outcome(
                app.gql(token, SCHEDULE, json!({ "m": m })).await,
                "retentionSchedule",
            ),
            outcome(
                app.gql(
                    token,
                    SET_PERIOD,
                    json!({ "m": m, "c": "REGISTRATIONS", "d": 2000 }),
                )
                .await,
                "setRetentionPeriod",
            ),
            outcome(
                app.gql(token, SCHEDULE, json!({ "m": unknown })).await,
                "retentionSchedule",
            ),
            outcome(app.gql(token, RUNS, json!({})).await, "retentionRuns"),
            outcome(app.gql(token, RUN_NOW, json!({})).await, "runRetentionNow"),
        ];
        assert_eq!(got, expected, "{who}");
    }
    // Two successful sets and two runs, each audited once.
    let actions = app.audit_actions().await;
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "retention_period_set")
            .count(),
        4
    );
    assert_eq!(actions.iter().filter(|a| *a == "retention_run").count(), 2);
}

/// The scheduler runs the job once, and not again within 24 hours.
#[tokio::test]
async fn the_scheduler_runs_the_job_once_a_day() {
    let app = TestApp::spawn_with(|s| {
        s.scheduler_interval_secs = 1;
        s.retention.start_delay_minutes = 0;
    })
    .await;
    let mut runs = 0;
    for _ in 0..100 {
        runs = app.count("retention_runs").await;
        if runs > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(runs, 1, "the first tick runs it");
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(
        app.count("retention_runs").await,
        1,
        "not again the same day"
    );
    let run = retention_runs::Entity::find()
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(run.ran_by, None);
    assert!(run.finished_at.is_some());
}

/// Root fields of the retention API: `who_may_restrict_and_lift` and the schedule test's
/// table cover each for every principal.
pub(crate) const RETENTION_FIELDS: &[&str] = &[
    "retentionSchedule",
    "retentionRuns",
    "setRetentionPeriod",
    "runRetentionNow",
    "restrictPersonalData",
    "liftRestriction",
];

// For the directory's guard (`every_directory_and_matching_operation_is_in_the_matrix`),
// which leaves out the fields other matrices cover.
pub(crate) fn is_retention_field(name: &str) -> bool {
    RETENTION_FIELDS.contains(&name)
}

#[test]
fn every_retention_field_is_in_the_schema() {
    let fields = utbyte_tests::schema_root_fields();
    for field in RETENTION_FIELDS {
        assert!(fields.iter().any(|f| f == field), "{field} is gone");
    }
}

/// Coordinators of the young person's municipality and global coordinators restrict and
/// lift; the staff who see the young person are refused, and the rest do not find them.
#[tokio::test]
async fn who_may_restrict_and_lift() {
    let w = World::new().await;
    let app = &w.app;
    let other = municipality(app, &w.admin, "Nacka").await.0;
    let global = app
        .user_with_roles(
            "global.coordinator@example.se",
            &[("coordinator", Scope::Global)],
        )
        .await;
    let elsewhere = app
        .user_with_roles(
            "nacka.coordinator@example.se",
            &[("coordinator", Scope::Municipality(uuid(&other)))],
        )
        .await;
    let born = Utc::now().date_naive() - Duration::days(15 * 365);
    let response = w
        .gql(
            &w.teacher,
            crate::registrations::CREATE_YOUTH,
            json!({ "input": {
                "displayName": "Fia Holm", "dateOfBirth": born.to_string(),
                "organisationId": w.school, "locale": "SV",
                "guardians": [{ "displayName": "Ulla Holm", "email": "ulla@example.se",
                                "locale": "SV", "custody": "SOLE" }],
            }}),
        )
        .await;
    let youth = id_of(ok(&response, "createYouthProfile"));
    let table: [(&str, Option<&str>, &str); 6] = [
        ("global coordinator", Some(&global), "ok"),
        ("the municipality's coordinator", Some(&w.coordinator), "ok"),
        (
            "another municipality's coordinator",
            Some(&elsewhere),
            "NOT_FOUND",
        ),
        ("global admin", Some(&w.admin), "NOT_FOUND"),
        ("teacher", Some(&w.teacher), "FORBIDDEN"),
        ("anonymous", None, "UNAUTHENTICATED"),
    ];
    for (who, token, expected) in table {
        let outcome = |response: &Value, field: &str| -> String {
            if response["errors"].is_array() {
                error_code(response).to_owned()
            } else {
                assert!(!response["data"][field].is_null(), "{who}: {response}");
                "ok".to_owned()
            }
        };
        let audit = app.count("audit_events").await;
        let restricted = app
            .gql(token, RESTRICT, json!({ "y": youth, "r": REASON }))
            .await;
        assert_eq!(
            outcome(&restricted, "restrictPersonalData"),
            expected,
            "{who}"
        );
        if expected != "ok" {
            assert_eq!(
                app.count("audit_events").await,
                audit,
                "{who}: nothing written"
            );
            // Restricted by a coordinator, the others cannot lift it either.
            ok(
                &w.gql(&w.coordinator, RESTRICT, json!({ "y": youth, "r": REASON }))
                    .await,
                "restrictPersonalData",
            );
        }
        let lifted = app.gql(token, LIFT, json!({ "y": youth })).await;
        assert_eq!(outcome(&lifted, "liftRestriction"), expected, "{who}");
        if expected != "ok" {
            ok(
                &w.gql(&w.coordinator, LIFT, json!({ "y": youth })).await,
                "liftRestriction",
            );
        } else {
            assert_eq!(app.count("audit_events").await, audit + 2, "{who}: audited");
        }
    }
}
