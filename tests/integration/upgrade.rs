//! Upgrading a database that already holds data: migrations 1–8 and a minimal chain of rows
//! (town, municipality, organisation, exchange, young person, registration, audit events),
//! then migration 9, on whichever backend the tests run against; and every migration rolled
//! back and applied again, with and without those rows.
use chrono::{NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, Value};
use serde_json::json;
use utbyte_migrations::{Migrator, MigratorTrait};
use uuid::Uuid;

/// `sql` with `?` placeholders, numbered `$1, $2, …` for PostgreSQL.
fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DbBackend::Postgres => {
            let mut numbered = String::with_capacity(sql.len() + 16);
            let mut n = 0;
            for c in sql.chars() {
                if c == '?' {
                    n += 1;
                    numbered.push_str(&format!("${n}"));
                } else {
                    numbered.push(c);
                }
            }
            numbered
        }
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

async fn run(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    db.execute_raw(statement(backend, sql, values))
        .await
        .map(|r| r.rows_affected())
}

async fn insert(db: &DatabaseConnection, sql: &str, values: Vec<Value>) {
    let rows = run(db, sql, values)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    assert_eq!(rows, 1, "{sql}");
}

async fn count(db: &impl ConnectionTrait, table: &str) -> i64 {
    let backend = db.get_database_backend();
    db.query_one_raw(Statement::from_string(
        backend,
        format!("SELECT COUNT(*) AS n FROM {table}"),
    ))
    .await
    .expect("count")
    .expect("a row")
    .try_get::<i64>("", "n")
    .expect("n")
}

async fn count_where(db: &impl ConnectionTrait, table: &str, condition: &str) -> i64 {
    count(db, &format!("{table} WHERE {condition}")).await
}

/// Rolls back the migrations after `name`, so that it is the last one applied.
async fn roll_back_to(db: &DatabaseConnection, name: &str) {
    let after = Migrator::migrations()
        .iter()
        .rev()
        .take_while(|migration| migration.name() != name)
        .count();
    if after > 0 {
        Migrator::down(db, Some(u32::try_from(after).expect("a few migrations")))
            .await
            .unwrap_or_else(|e| panic!("back to {name}: {e}"));
    }
}

/// The exchange and young person migration 9 gave one audit event.
async fn audit_subjects(db: &DatabaseConnection, id: Uuid) -> (Option<Uuid>, Option<Uuid>) {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(statement(
            backend,
            "SELECT exchange_id, youth_id FROM audit_events WHERE id = ?",
            vec![id.into()],
        ))
        .await
        .expect("read audit event")
        .expect("the audit event is still there");
    (
        row.try_get::<Option<Uuid>>("", "exchange_id")
            .expect("exchange_id"),
        row.try_get::<Option<Uuid>>("", "youth_id")
            .expect("youth_id"),
    )
}

/// A database of its own with no tables yet; the folder holds it on SQLite.
async fn empty_database() -> (tempfile::TempDir, DatabaseConnection) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = utbyte_tests::fresh_database(dir.path()).await;
    let db = utbyte_domain::db::connect(&url, 5)
        .await
        .expect("database reachable");
    (dir, db)
}

/// An audit event, its subject type and the exchange and young person migration 9 gives it.
type AuditRow = (Uuid, &'static str, Option<Uuid>, Option<Uuid>);

/// A town, municipality, organisation, exchange, young person and registration, and five
/// audit events, in a database at migration 8. Returns the exchange and the audit events.
async fn rows_of_migrations_1_to_8(db: &DatabaseConnection) -> (Uuid, Vec<AuditRow>) {
    let now = Utc::now();
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
    let town = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO towns (id, local_name, country, latitude, longitude, languages, \
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            town.into(),
            "Växjö".into(),
            "SE".into(),
            56.8777_f64.into(),
            14.8091_f64.into(),
            json!(["sv"]).into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let municipality = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO municipalities (id, town_id, name, forbids_new_twin_towns, created_at, \
         updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        vec![
            municipality.into(),
            town.into(),
            "Växjö kommun".into(),
            false.into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let organisation = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO organisations (id, name, search_name, kind, town_id, descriptions, \
         age_min, age_max, working_languages, themes, sdgs, hosting_capacity, host_places, \
         availability, revision, created_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            organisation.into(),
            "Katedralskolan".into(),
            "katedralskolan".into(),
            "school".into(),
            town.into(),
            json!([]).into(),
            13_i16.into(),
            16_i16.into(),
            json!(["sv"]).into(),
            json!([]).into(),
            json!([]).into(),
            0_i32.into(),
            0_i32.into(),
            json!([]).into(),
            0_i64.into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let exchange = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO exchanges (id, municipality_id, sending_organisation_id, titles, \
         descriptions, direction, destination_town_id, venue, start_date, end_date, \
         activity_days, participants, leaders, age_min, age_max, themes, learning_objectives, \
         programme, accommodation, transport, green_travel, cost_per_participant_cents, \
         adventurous_activities, risk_level, insurance_confirmed, risk_assessment, \
         consent_plan, state, created_at, updated_at) VALUES \
         (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            exchange.into(),
            municipality.into(),
            organisation.into(),
            json!([{ "language": "sv", "text": "En vecka i Växjö" }]).into(),
            json!([]).into(),
            "we_host".into(),
            town.into(),
            "Katedralskolan".into(),
            day("2026-05-04").into(),
            day("2026-05-08").into(),
            5_i32.into(),
            10_i32.into(),
            2_i32.into(),
            14_i16.into(),
            16_i16.into(),
            json!(["culture"]).into(),
            "Swedish every day.".into(),
            json!([]).into(),
            "host_families".into(),
            "Train".into(),
            true.into(),
            0_i64.into(),
            false.into(),
            "local_day_trip".into(),
            true.into(),
            "Two leaders.".into(),
            "Guardians sign at the parents' evening.".into(),
            "completed".into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let youth = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO youth_profiles (id, display_name, date_of_birth, organisation_id, \
         membership_confirmed, fewer_opportunities, locale, created_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            youth.into(),
            "Alva".into(),
            day("2011-03-14").into(),
            organisation.into(),
            true.into(),
            false.into(),
            "sv".into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let registration = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO registrations (id, exchange_id, youth_id, state, holds_place, created_at, \
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        vec![
            registration.into(),
            exchange.into(),
            youth.into(),
            "confirmed".into(),
            true.into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    let guardian = Uuid::now_v7();
    insert(
        db,
        "INSERT INTO medical_information (registration_id, medical_notes, allergies, \
         medication, dietary_needs, emergency_contacts, updated_by_guardian, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            registration.into(),
            String::new().into(),
            "Nuts".into(),
            String::new().into(),
            String::new().into(),
            json!([{ "name": "Karin", "relation": "Mother", "phone": "+46 70 123 45 67" }]).into(),
            guardian.into(),
            now.into(),
        ],
    )
    .await;

    // (id, subject type, subject, details) and the exchange and young person expected after.
    let other = Uuid::now_v7();
    let events = [
        ("exchange", Some(exchange), json!({}), Some(exchange), None),
        ("youth_profile", Some(youth), json!({}), None, Some(youth)),
        (
            "registration",
            Some(registration),
            json!({ "exchange_id": exchange.to_string() }),
            Some(exchange),
            Some(youth),
        ),
        (
            "consent_link",
            Some(other),
            json!({ "exchange_id": exchange.to_string(), "youth_id": youth.to_string() }),
            Some(exchange),
            Some(youth),
        ),
        (
            "user",
            Some(other),
            json!({ "email": "a@b.se" }),
            None,
            None,
        ),
    ];
    let mut audit = Vec::new();
    for (subject_type, subject, details, expected_exchange, expected_youth) in events {
        let id = Uuid::now_v7();
        insert(
            db,
            "INSERT INTO audit_events (id, occurred_at, action, subject_type, subject_id, \
             details) VALUES (?, ?, ?, ?, ?, ?)",
            vec![
                id.into(),
                now.into(),
                format!("{subject_type}.test").into(),
                subject_type.into(),
                subject.into(),
                details.into(),
            ],
        )
        .await;
        audit.push((id, subject_type, expected_exchange, expected_youth));
    }

    (exchange, audit)
}

#[tokio::test]
async fn a_database_with_data_upgrades_through_migration_9() {
    let (_dir, db) = empty_database().await;
    let backend = db.get_database_backend();
    Migrator::up(&db, Some(8)).await.expect("migrations 1–8");

    let (exchange, audit) = rows_of_migrations_1_to_8(&db).await;
    let now = Utc::now();

    let tables = [
        ("towns", 1),
        ("municipalities", 1),
        ("organisations", 1),
        ("exchanges", 1),
        ("youth_profiles", 1),
        ("registrations", 1),
        ("medical_information", 1),
        ("audit_events", 5),
    ];
    for (table, expected) in tables {
        assert_eq!(
            count(&db, table).await,
            expected,
            "{table} before the upgrade"
        );
    }

    let medical = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT registration_id, updated_by_guardian FROM medical_information",
        ))
        .await
        .expect("read")
        .expect("the fixture's medical information");
    let registration: Uuid = medical
        .try_get("", "registration_id")
        .expect("registration");
    let guardian: Uuid = medical
        .try_get("", "updated_by_guardian")
        .expect("guardian");

    Migrator::up(&db, Some(2))
        .await
        .expect("migrations 9 and 10 upgrade the database");
    medical_information_is_per_guardian(&db, registration, guardian).await;
    Migrator::up(&db, None)
        .await
        .expect("the migrations after 10");
    // Costs were entered in euro before exchanges had a currency: they stay euro.
    assert_eq!(
        count_where(&db, "exchanges", "cost_currency = 'EUR'").await,
        count(&db, "exchanges").await
    );

    for (table, expected) in tables {
        assert_eq!(
            count(&db, table).await,
            expected,
            "{table} after the upgrade"
        );
    }

    // The state CHECK takes `reported` now, and still refuses what it never knew.
    assert_eq!(
        run(
            &db,
            "UPDATE exchanges SET state = ? WHERE id = ?",
            vec!["reported".into(), exchange.into()],
        )
        .await
        .expect("an exchange may be reported"),
        1
    );
    let refused = run(
        &db,
        "UPDATE exchanges SET state = ? WHERE id = ?",
        vec!["misplaced".into(), exchange.into()],
    )
    .await;
    let refused = refused.expect_err("an unknown state passed the CHECK");
    assert!(
        refused.to_string().to_lowercase().contains("check"),
        "refused for another reason: {refused}"
    );
    if backend == DbBackend::Sqlite {
        let row = db
            .query_one_raw(Statement::from_string(backend, "PRAGMA integrity_check"))
            .await
            .expect("integrity check")
            .expect("a row");
        let verdict: String = row.try_get_by_index(0).expect("verdict");
        assert_eq!(verdict, "ok");
    }

    for (id, subject_type, expected_exchange, expected_youth) in &audit {
        assert_eq!(
            audit_subjects(&db, *id).await,
            (*expected_exchange, *expected_youth),
            "the {subject_type} event's exchange and young person"
        );
    }

    // Still append-only outside a retention run.
    let (first, ..) = audit[0];
    let refused = run(
        &db,
        "DELETE FROM audit_events WHERE id = ?",
        vec![first.into()],
    )
    .await
    .expect_err("a plain DELETE on audit_events passed");
    assert!(refused.to_string().contains("append-only"), "{refused}");
    let refused = run(
        &db,
        "UPDATE audit_events SET action = ? WHERE id = ?",
        vec!["edited".into(), first.into()],
    )
    .await
    .expect_err("an UPDATE on audit_events passed");
    assert!(refused.to_string().contains("append-only"), "{refused}");

    // An unfinished retention run lets its own transaction delete.
    let txn = utbyte_domain::db::begin_write(&db).await.expect("begin");
    run(
        &txn,
        "INSERT INTO retention_runs (id, started_at, outcome) VALUES (?, ?, ?)",
        vec![Uuid::now_v7().into(), now.into(), json!({}).into()],
    )
    .await
    .expect("start a retention run");
    assert_eq!(
        run(
            &txn,
            "DELETE FROM audit_events WHERE id = ?",
            vec![first.into()]
        )
        .await
        .expect("the retention run may delete"),
        1
    );
    txn.rollback().await.expect("roll back");
    assert_eq!(count(&db, "audit_events").await, 5);
    assert_eq!(count(&db, "retention_runs").await, 0);
}

/// Migration 10: the medical information given before is what one guardian gave; down keeps
/// it, and refuses while two guardians' statements cannot be kept apart.
async fn medical_information_is_per_guardian(
    db: &DatabaseConnection,
    registration: Uuid,
    guardian: Uuid,
) {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    use utbyte_domain::entities::medical_information;
    let rows = medical_information::Entity::find()
        .all(db)
        .await
        .expect("read");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, registration);
    assert_eq!(rows[0].updated_by_guardian, Some(guardian));
    assert_eq!(rows[0].allergies, "Nuts");

    Migrator::down(db, Some(1))
        .await
        .expect("migration 10 down");
    assert_eq!(
        count(db, "medical_information").await,
        1,
        "kept on the way down"
    );
    Migrator::up(db, Some(1))
        .await
        .expect("migration 10 up again");
    let second = medical_information::ActiveModel {
        id: Set(Uuid::now_v7()),
        updated_by_guardian: Set(Some(Uuid::now_v7())),
        allergies: Set(String::new()),
        ..rows[0].clone().into()
    }
    .insert(db)
    .await
    .expect("a second guardian's statement");
    let refused = Migrator::down(db, Some(1))
        .await
        .expect_err("two guardians");
    assert!(
        refused.to_string().contains("more than one guardian"),
        "{refused}"
    );
    assert_eq!(count(db, "medical_information").await, 2, "nothing lost");
    medical_information::Entity::delete_by_id(second.id)
        .exec(db)
        .await
        .expect("delete");
}

/// Tables, indexes and triggers (and on PostgreSQL columns, constraints and functions), one
/// normalised line each, sorted.
async fn schema(db: &DatabaseConnection) -> Vec<String> {
    let backend = db.get_database_backend();
    let queries: &[&str] = match backend {
        DbBackend::Postgres => &[
            "SELECT concat_ws(' | ', table_name, column_name, data_type, is_nullable, \
             column_default, character_maximum_length::text) AS line \
             FROM information_schema.columns WHERE table_schema = current_schema()",
            "SELECT concat_ws(' | ', conrelid::regclass::text, conname, \
             pg_get_constraintdef(oid)) AS line FROM pg_constraint \
             WHERE connamespace = current_schema()::regnamespace",
            "SELECT concat_ws(' | ', tablename, indexname, indexdef) AS line FROM pg_indexes \
             WHERE schemaname = current_schema()",
            "SELECT concat_ws(' | ', event_object_table, trigger_name, event_manipulation, \
             action_timing, action_orientation, action_condition, action_statement) AS line \
             FROM information_schema.triggers WHERE trigger_schema = current_schema()",
            "SELECT concat_ws(' | ', proname, pg_get_functiondef(oid)) AS line FROM pg_proc \
             WHERE pronamespace = current_schema()::regnamespace",
        ],
        _ => &[
            "SELECT type || ' ' || name || ': ' || sql AS line FROM sqlite_master \
             WHERE type IN ('table', 'index', 'trigger') AND sql IS NOT NULL",
        ],
    };
    let mut lines = Vec::new();
    for sql in queries {
        for row in db
            .query_all_raw(Statement::from_string(backend, *sql))
            .await
            .expect("read the schema")
        {
            let line: String = row.try_get("", "line").expect("line");
            lines.push(line.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    lines.sort();
    lines
}

/// Row counts of every table the fixture fills.
async fn counts(db: &DatabaseConnection) -> Vec<(&'static str, i64)> {
    let mut counts = Vec::new();
    for table in [
        "towns",
        "municipalities",
        "organisations",
        "exchanges",
        "youth_profiles",
        "registrations",
        "audit_events",
    ] {
        counts.push((table, count(db, table).await));
    }
    counts
}

#[tokio::test]
async fn every_migration_rolls_back_to_the_schema_before_it_on_an_empty_database() {
    let (_dir, db) = empty_database().await;
    let empty = schema(&db).await;
    Migrator::up(&db, None).await.expect("all migrations");

    for migration in Migrator::migrations().iter().rev() {
        let name = migration.name();
        let before = schema(&db).await;
        Migrator::down(&db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{name} down: {e}"));
        Migrator::up(&db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{name} up after down: {e}"));
        assert_eq!(schema(&db).await, before, "{name} down then up");
        Migrator::down(&db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{name} down: {e}"));
    }
    let mut left = schema(&db).await;
    left.retain(|line| !line.contains("seaql_migrations"));
    assert_eq!(left, empty, "all the way down leaves no tables behind");
    Migrator::up(&db, None).await.expect("all migrations again");
}

#[tokio::test]
async fn every_migration_with_data_rolls_back_and_up_again_or_refuses_and_changes_nothing() {
    let (_dir, db) = empty_database().await;
    Migrator::up(&db, Some(8)).await.expect("migrations 1–8");
    let (exchange, audit) = rows_of_migrations_1_to_8(&db).await;
    Migrator::up(&db, None).await.expect("all migrations");
    let rows = counts(&db).await;

    // A reported exchange would break the earlier state CHECK: migration 9 refuses.
    let set_state = |state: &'static str| {
        run(
            &db,
            "UPDATE exchanges SET state = ? WHERE id = ?",
            vec![state.into(), exchange.into()],
        )
    };
    set_state("reported").await.expect("report the exchange");
    let after_nine = u32::try_from(Migrator::migrations().len() - 9).expect("a count");
    if after_nine > 0 {
        Migrator::down(&db, Some(after_nine))
            .await
            .expect("the migrations after 9 down");
    }
    let before = schema(&db).await;
    let refused = Migrator::down(&db, Some(1))
        .await
        .expect_err("rolled back over a reported exchange");
    assert!(
        refused.to_string().contains("1 reported exchanges"),
        "{refused}"
    );
    assert_eq!(schema(&db).await, before, "a refusal changes nothing");
    set_state("completed").await.expect("back to completed");
    Migrator::up(&db, None)
        .await
        .expect("the migrations after 9 up again");

    let mut refusal = None;
    for migration in Migrator::migrations().iter().rev() {
        let name = migration.name();
        let before = schema(&db).await;
        match Migrator::down(&db, Some(1)).await {
            Ok(()) => {
                Migrator::up(&db, Some(1))
                    .await
                    .unwrap_or_else(|e| panic!("{name} up after down: {e}"));
                assert_eq!(schema(&db).await, before, "{name} down then up");
                assert_eq!(counts(&db).await, rows, "{name} down then up kept the rows");
                Migrator::down(&db, Some(1))
                    .await
                    .unwrap_or_else(|e| panic!("{name} down again: {e}"));
            }
            Err(e) => {
                assert_eq!(
                    schema(&db).await,
                    before,
                    "{name} refused and changed nothing"
                );
                assert_eq!(counts(&db).await, rows, "{name} refused and kept the rows");
                refusal = Some((name.to_owned(), e.to_string()));
                break;
            }
        }
    }
    let (name, message) = refusal.expect("a rollback over the fixture's rows refused");
    assert_eq!(name, "m20261203_000008_registrations");
    assert!(
        message.contains("refusing to roll back registrations")
            && message.contains("1 rows of registrations")
            && message.contains("nothing was changed"),
        "{message}"
    );

    Migrator::up(&db, None).await.expect("all migrations again");
    for (id, subject_type, expected_exchange, expected_youth) in &audit {
        assert_eq!(
            audit_subjects(&db, *id).await,
            (*expected_exchange, *expected_youth),
            "the {subject_type} event's exchange and young person after down and up"
        );
    }
}

/// Migration 12's rollback drops users' time zones: refused while anyone chose one.
#[tokio::test]
async fn a_rollback_keeps_the_time_zones_people_chose() {
    let (_dir, db) = empty_database().await;
    Migrator::up(&db, None).await.expect("all migrations");
    let now = Utc::now();
    let user = Uuid::now_v7();
    insert(
        &db,
        "INSERT INTO users (id, email, display_name, locale, time_zone, created_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        vec![
            user.into(),
            "lina@example.se".into(),
            "Lina".into(),
            "sv".into(),
            "Europe/Helsinki".into(),
            now.into(),
            now.into(),
        ],
    )
    .await;
    roll_back_to(&db, "m20261207_000012_user_time_zones").await;

    let before = schema(&db).await;
    let refused = Migrator::down(&db, Some(1))
        .await
        .expect_err("rolled back over a chosen time zone");
    assert!(
        refused.to_string().contains("1 time zones people chose"),
        "{refused}"
    );
    assert_eq!(schema(&db).await, before, "a refusal changes nothing");

    run(&db, "UPDATE users SET time_zone = NULL", vec![])
        .await
        .expect("clear the time zone");
    Migrator::down(&db, Some(1))
        .await
        .expect("nothing chosen: rolled back");
    assert_eq!(count(&db, "users").await, 1, "the user is kept");
    Migrator::up(&db, None).await.expect("up again");
}

/// Audit and consent events written before the hash chains existed are chained by their
/// migration, oldest first, so that an upgraded database verifies, and the service goes on
/// from the head it recorded.
#[tokio::test]
async fn rows_written_before_the_audit_chain_verify_after_it() {
    use utbyte_domain::audit::{self, AuditEvent, chain};

    let (_dir, db) = empty_database().await;
    Migrator::up(&db, Some(8)).await.expect("migrations 1–8");
    let (_, audit_rows) = rows_of_migrations_1_to_8(&db).await;
    let before_chain = Migrator::migrations()
        .iter()
        .position(|m| m.name() == "m20261207_000017_audit_chain")
        .expect("the chain migration");
    Migrator::up(&db, Some(u32::try_from(before_chain - 8).expect("a few")))
        .await
        .expect("up to the chain migration");
    let registration: Uuid = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id FROM registrations",
        ))
        .await
        .expect("read the registration")
        .expect("a registration")
        .try_get("", "id")
        .expect("id");
    // Times with nanoseconds, as the service wrote them before it truncated them.
    for (event, typed_name) in [("given", Some("Karin Lind")), ("withdrawn", None)] {
        insert(
            &db,
            "INSERT INTO consent_events (id, registration_id, kind, event, given_by, method, \
             typed_name, user_agent, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                Uuid::now_v7().into(),
                registration.into(),
                "travel".into(),
                event.into(),
                "guardian".into(),
                "email_link".into(),
                typed_name.into(),
                "Mozilla/5.0 (X11; Linux x86_64)".into(),
                Utc::now().into(),
            ],
        )
        .await;
    }
    Migrator::up(&db, None).await.expect("the chain migration");

    let summaries = chain::verify(&db)
        .await
        .expect("verify")
        .expect("the upgraded chains are intact");
    let counts: Vec<(&str, u64, i64)> = summaries
        .iter()
        .map(|s| (s.chain.code(), s.rows, s.head_seq))
        .collect();
    let audited = audit_rows.len() as u64;
    assert_eq!(
        counts,
        [
            ("audit_events", audited, audited as i64),
            ("consent_events", 2, 2)
        ]
    );

    audit::record(
        &db,
        &utbyte_domain::RequestMeta::default(),
        AuditEvent {
            actor_id: None,
            action: "after_upgrade",
            subject_type: "test",
            subject_id: None,
            details: json!({ "n": 1 }),
        },
    )
    .await
    .expect("an event after the upgrade");
    let summaries = chain::verify(&db).await.expect("verify").expect("intact");
    assert_eq!(summaries[0].rows, audited + 1, "the chain goes on");
}
