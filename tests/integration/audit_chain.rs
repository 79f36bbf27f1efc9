//! Tamper evidence: the audit events and consent events form hash chains that `utbyte
//! verify-audit` walks. A realistic history (consent given and withdrawn, a retention run that
//! deletes from the middle of both chains) verifies; a row changed or deleted directly in the
//! database, around the append-only triggers, is named; concurrent writers keep one chain and
//! cannot deadlock.
use chrono::{Duration, Utc};
use futures_util::future::join_all;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde_json::json;
use utbyte_api::cli::verify_audit;
use utbyte_domain::{
    RequestMeta,
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{audit_chain_tombstones, audit_events, consent_events},
    retention::job,
};
use utbyte_tests::{TestApp, token_in};

use crate::exchanges::ok;
use crate::registrations::{MUM, Trip};
use crate::retention::{consented, insert_audit, open_exchange, returned_on};

/// A trip with a consent given and withdrawn, and another given later, and an exchange that
/// returned long ago whose consent records, with an old audit event, the retention job
/// deletes.
async fn history() -> Trip {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let app = &w.app;
    consented(&trip, &trip.exchange, "Anna Lind", MUM).await;
    let token = token_in(&app.last_mail(MUM, "consent_received").await.text_body);
    let (status, _) = trip
        .post_form("/consent/withdraw", &[("token".into(), token)])
        .await;
    assert_eq!(status, 200);

    let old = open_exchange(w, "Utbyte för länge sedan").await;
    consented(&trip, &old, "Bo Berg", "bo.guardian@example.se").await;
    let long_ago = Utc::now() - Duration::days(2000);
    returned_on(app, &old, long_ago.date_naive(), "completed").await;
    insert_audit(app, long_ago, None).await;
    // Written after the old event: its deletion leaves a hole in the middle of the chain.
    consented(
        &trip,
        &trip.exchange,
        "Cilla Dahl",
        "cilla.guardian@example.se",
    )
    .await;
    job::run(app.services(), Utc::now(), None, &RequestMeta::default())
        .await
        .expect("the job runs");
    trip
}

/// Lifts the append-only triggers of `table`, as someone with access to the database could.
async fn around_the_triggers(app: &TestApp, table: &str) {
    if app.db().get_database_backend() == DbBackend::Postgres {
        app.sql(&format!("ALTER TABLE {table} DISABLE TRIGGER USER"))
            .await
            .expect("disable the triggers");
    } else {
        for op in ["UPDATE", "DELETE"] {
            app.sql(&format!("DROP TRIGGER IF EXISTS {table}_no_{op}"))
                .await
                .expect("drop the trigger");
        }
    }
}

/// `verify-audit` fails naming the row `id` at `place` of `chain` as altered.
async fn assert_altered(app: &TestApp, chain: &str, place: Option<i64>, id: uuid::Uuid) {
    let error = verify_audit(app.db())
        .await
        .expect_err("an altered row")
        .to_string();
    assert_eq!(
        error,
        format!(
            "{chain}: first broken link at place {} (row {id}): content altered",
            place.expect("a place")
        )
    );
}

/// The line `verify-audit` prints for `chain` when it is intact.
fn line_of<'a>(report: &'a str, chain: &str) -> &'a str {
    report
        .lines()
        .find(|line| line.starts_with(&format!("{chain}: intact")))
        .unwrap_or_else(|| panic!("no intact {chain}: {report}"))
}

#[tokio::test]
async fn verify_audit_finds_a_history_with_retention_intact() {
    let trip = history().await;
    let app = &trip.w.app;
    let tombstones = app.count("audit_chain_tombstones").await;
    let report = verify_audit(app.db()).await.expect("the chains are intact");

    let audit_rows = app.count("audit_events").await;
    let consent_rows = app.count("consent_events").await;
    assert!(consent_rows >= 3, "given, withdrawn and given again");
    let audit_line = line_of(&report, "audit_events");
    assert!(
        audit_line.contains(&format!("{audit_rows} rows and 1 tombstones")),
        "the old event left its link: {report}"
    );
    let consent_line = line_of(&report, "consent_events");
    assert!(
        consent_line.contains(&format!(
            "{consent_rows} rows and {} tombstones",
            tombstones - 1
        )),
        "{report}"
    );
    assert!(tombstones >= 2, "the old trip's consent events left theirs");
    // The old trip's events were chained before Cilla's: the holes are in the middle.
    let last = consent_events::Entity::find()
        .order_by_desc(consent_events::Column::ChainSeq)
        .one(app.db())
        .await
        .unwrap()
        .and_then(|event| event.chain_seq)
        .unwrap();
    let first_hole = audit_chain_tombstones::Entity::find()
        .filter(audit_chain_tombstones::Column::Chain.eq("consent_events"))
        .order_by_asc(audit_chain_tombstones::Column::Seq)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(first_hole.seq > 1 && first_hole.seq < last);
    assert!(consent_line.contains(&format!("head {last} ")), "{report}");
}

#[tokio::test]
async fn verify_audit_names_a_row_changed_or_deleted_around_the_triggers() {
    let trip = history().await;
    let app = &trip.w.app;
    let db = app.db();
    around_the_triggers(app, "audit_events").await;
    around_the_triggers(app, "consent_events").await;

    // An audit event's details.
    let event = audit_events::Entity::find()
        .filter(audit_events::Column::Action.ne("retention_run"))
        .order_by_desc(audit_events::Column::ChainSeq)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let set_details = |details: serde_json::Value| {
        audit_events::Entity::update_many()
            .col_expr(audit_events::Column::Details, Expr::value(details))
            .filter(audit_events::Column::Id.eq(event.id))
            .exec(db)
    };
    set_details(json!({ "forged": true })).await.unwrap();
    assert_altered(app, "audit_events", event.chain_seq, event.id).await;
    set_details(event.details.clone()).await.unwrap();
    verify_audit(db).await.expect("as it was: intact again");

    // A consent event's typed name.
    let consent = consent_events::Entity::find()
        .filter(consent_events::Column::TypedName.eq("Karin Lind"))
        .order_by_asc(consent_events::Column::ChainSeq)
        .one(db)
        .await
        .unwrap()
        .expect("Anna's consent");
    let set_name = |name: &'static str| {
        consent_events::Entity::update_many()
            .col_expr(consent_events::Column::TypedName, Expr::value(name))
            .filter(consent_events::Column::Id.eq(consent.id))
            .exec(db)
    };
    set_name("Someone Else").await.unwrap();
    assert_altered(app, "consent_events", consent.chain_seq, consent.id).await;
    set_name("Karin Lind").await.unwrap();
    verify_audit(db).await.expect("as it was: intact again");

    // A consent event deleted without a tombstone.
    consent_events::Entity::delete_by_id(consent.id)
        .exec(db)
        .await
        .unwrap();
    let error = verify_audit(db)
        .await
        .expect_err("a deleted row")
        .to_string();
    assert_eq!(
        error,
        format!(
            "consent_events: first broken link at place {}: row missing",
            consent.chain_seq.unwrap()
        )
    );
}

#[tokio::test]
async fn concurrent_writers_keep_one_chain() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let mut drafts = Vec::new();
    for i in 0..10 {
        drafts.push(w.draft(&format!("Utbyte {i}")).await);
    }
    let before = w.app.count("audit_events").await;
    // Twenty writers at once: ten submissions (which lock their exchange) and ten drafts.
    let submissions = drafts.iter().map(|id| async move {
        let response = w
            .gql(
                &w.teacher,
                "mutation($id: ID!) { submitExchange(id: $id) { id state } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(ok(&response, "submitExchange")["state"], "SUBMITTED");
    });
    let new_drafts = (10..20).map(|i| async move {
        w.draft(&format!("Utbyte {i}")).await;
    });
    tokio::join!(join_all(submissions), join_all(new_drafts));
    assert!(w.app.count("audit_events").await >= before + 20);
    let report = verify_audit(w.app.db()).await.expect("one intact chain");
    let rows = w.app.count("audit_events").await;
    assert!(
        line_of(&report, "audit_events").contains(&format!("{rows} rows and 0 tombstones")),
        "{report}"
    );
}

/// One writer appends and then waits for a row that a second writer holds, while the second
/// wants to append too. The chains' lock is taken first, so the second waits at its start
/// and both finish; without it, PostgreSQL finds a deadlock and aborts one of them.
#[tokio::test]
async fn appending_to_a_chain_cannot_deadlock_with_row_locks() {
    let app = TestApp::spawn().await;
    app.user_with_role("row.holder@example.se", "admin").await;
    let take_row = "UPDATE users SET display_name = display_name \
                    WHERE email = 'row.holder@example.se'";
    let first = begin_write(app.db()).await.unwrap();
    append_event(&first, "first_writer").await;
    let db = app.db().clone();
    let second = tokio::spawn(async move {
        let txn = begin_write(&db).await.unwrap();
        txn.execute_unprepared(take_row).await.unwrap();
        append_event(&txn, "second_writer").await;
        txn.commit().await.unwrap();
    });
    if app.db().get_database_backend() == DbBackend::Postgres {
        // Until the second writer waits for a lock (the chains', or without it the head's).
        let waiting = "pg_stat_activity \
                       WHERE datname = current_database() AND wait_event_type = 'Lock'";
        let mut polls = 0;
        while app.count(waiting).await == 0 {
            polls += 1;
            assert!(polls < 100_000, "the second writer never waited");
            tokio::task::yield_now().await;
        }
    }
    first
        .execute_unprepared(take_row)
        .await
        .expect("the first writer takes the row");
    first.commit().await.expect("the first writer commits");
    second.await.expect("the second writer finishes too");
    verify_audit(app.db()).await.expect("one intact chain");
}

async fn append_event(txn: &DatabaseTransaction, action: &'static str) {
    audit::record(
        txn,
        &RequestMeta::default(),
        AuditEvent {
            actor_id: None,
            action,
            subject_type: "test",
            subject_id: None,
            details: json!({}),
        },
    )
    .await
    .expect("an audit event");
}

#[tokio::test]
async fn verify_audit_names_a_row_inserted_outside_the_chain_and_tombstones_stay_as_written() {
    use sea_orm::{ActiveValue::Set, IntoActiveModel};

    let trip = history().await;
    let app = &trip.w.app;
    let db = app.db();
    // A "given" consent forged with a plain INSERT (the triggers only refuse changes), at a
    // place before the first, and at none.
    let given = consent_events::Entity::find()
        .filter(consent_events::Column::Event.eq("given"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    for place in [Some(0), None] {
        let forged = uuid::Uuid::now_v7();
        let mut row = given.clone().into_active_model();
        row.id = Set(forged);
        row.chain_seq = Set(place);
        consent_events::Entity::insert(row)
            .exec_without_returning(db)
            .await
            .unwrap();
        let error = verify_audit(db)
            .await
            .expect_err("a row outside the chain")
            .to_string();
        assert!(
            error.starts_with("consent_events: ") && error.contains(&forged.to_string()),
            "{error}"
        );
        around_the_triggers(app, "consent_events").await;
        consent_events::Entity::delete_by_id(forged)
            .exec(db)
            .await
            .unwrap();
        verify_audit(db).await.expect("without it: intact again");
    }
    // What retention left of a deleted row is not changed or removed either.
    for change in [
        "UPDATE audit_chain_tombstones SET row_hash = 'forged'",
        "DELETE FROM audit_chain_tombstones",
    ] {
        assert!(app.sql(change).await.is_err(), "{change}");
    }
    assert!(app.count("audit_chain_tombstones").await >= 2);
}
