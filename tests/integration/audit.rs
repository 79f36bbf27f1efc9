//! The audit views and the access export: coordinators find every read of medical data by
//! person, exchange, actor and time; the export holds everything stored about one person, in
//! every table that refers to them, and is itself audited.
use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter,
    Statement, sea_query::Expr,
};
use serde_json::{Value, json};
use utbyte_domain::{
    audit::export::{
        Covered, REFERENCES, STAFF_RECORDS, account_section, sections_of, youth_section,
    },
    entities::{
        audit_events, completed_exchanges, exchange_attachments, exchange_changes,
        exchange_reports, exchanges, funding_call_deadlines, funding_rates, funding_records,
        match_rounds, partner_requests, privacy_notices, registrations, retention_rules,
        retention_runs, role_assignments, youth_profiles,
    },
};
use utbyte_tests::{Scope, TestApp, error_code, error_fields};
use uuid::Uuid;

use crate::{
    exchanges::{COORDINATOR, TEACHER, World, id_of, municipality, ok, organisation, uuid},
    matrix::{Cast, Matrix, Outcome},
    registrations::{MUM, Trip},
};

/// Root fields of the audit API.
pub(crate) const AUDIT_FIELDS: &[&str] = &["auditEvents", "exportPersonalData"];

pub(crate) fn is_audit_field(name: &str) -> bool {
    AUDIT_FIELDS.contains(&name)
}

const LIST: &str = "query($f: AuditEventFilterInput, $first: Int, $after: String) { \
     auditEvents(filter: $f, first: $first, after: $after) { \
     edges { cursor node { id occurredAt actor { id displayName } action subjectType subjectId \
     exchangeId youthId requestId details } } pageInfo { hasNextPage } } }";

const EXPORT: &str = "mutation($y: ID, $u: ID) { exportPersonalData(youthId: $y, userId: $u) }";

const MEDICAL: &str = "query($r: ID!) { medicalInformation(registrationId: $r) { allergies } }";

const READ: &str = "medical_information_read";

/// A page of events as `token` lists them with `filter`.
async fn list(app: &TestApp, token: &str, filter: Value, first: i32) -> Value {
    app.gql(Some(token), LIST, json!({ "f": filter, "first": first }))
        .await
}

/// The ids of every event `token` lists with `filter`, page after page (of 2, to cross
/// pages), newest first.
async fn listed(app: &TestApp, token: &str, filter: Value) -> Vec<Uuid> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = app
            .gql(
                Some(token),
                LIST,
                json!({ "f": filter, "first": 2, "after": after }),
            )
            .await;
        let page = ok(&response, "auditEvents").clone();
        for edge in page["edges"].as_array().expect("edges") {
            ids.push(uuid(edge["node"]["id"].as_str().expect("an id")));
            after = edge["cursor"].as_str().map(str::to_owned);
        }
        if page["pageInfo"]["hasNextPage"] != true {
            return ids;
        }
    }
}

/// The ids of the stored events that `keep` picks, newest first.
async fn expected(app: &TestApp, keep: impl Fn(&audit_events::Model) -> bool) -> Vec<Uuid> {
    let mut events: Vec<audit_events::Model> =
        app.audit().await.into_iter().filter(|e| keep(e)).collect();
    events.sort_by_key(|e| std::cmp::Reverse((e.occurred_at, e.id)));
    events.into_iter().map(|e| e.id).collect()
}

/// Which stored events a filter should list.
type Keep = Box<dyn Fn(&audit_events::Model) -> bool>;

/// A trip with Anna and Bo registered and their guardians' consents given.
async fn trip_with_two() -> (Trip, String, String, String, String) {
    let trip = Trip::open(10).await;
    let anna = trip
        .pupil("Anna", &[("guardian.a@example.com", "SOLE")], false)
        .await;
    let bo = trip
        .pupil("Bo", &[("guardian.b@example.com", "SOLE")], false)
        .await;
    let ra = id_of(&trip.register(&anna).await);
    let rb = id_of(&trip.register(&bo).await);
    for guardian in ["guardian.a@example.com", "guardian.b@example.com"] {
        let (status, _) = trip
            .consent(&trip.consent_link(guardian).await, false)
            .await;
        assert_eq!(status, 200);
    }
    (trip, anna, bo, ra, rb)
}

#[tokio::test]
async fn a_coordinator_finds_every_read_of_medical_data_by_youth_exchange_actor_and_time() {
    let (trip, anna, bo, ra, rb) = trip_with_two().await;
    let app = &trip.w.app;
    let teacher = app.user_id(TEACHER).await;
    let coordinator = app.user_id(COORDINATOR).await;

    let before = Utc::now();
    let read = trip
        .w
        .gql(&trip.w.teacher, MEDICAL, json!({ "r": ra }))
        .await;
    ok(&read, "medicalInformation");
    let after_read = Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let read = trip
        .w
        .gql(&trip.w.coordinator, MEDICAL, json!({ "r": rb }))
        .await;
    ok(&read, "medicalInformation");

    // By young person: Anna's one read, with everything an auditor needs.
    let by_youth = list(
        app,
        &trip.w.coordinator,
        json!({ "youthId": anna, "action": READ }),
        10,
    )
    .await;
    let edges = ok(&by_youth, "auditEvents")["edges"]
        .as_array()
        .expect("edges")
        .clone();
    assert_eq!(edges.len(), 1, "{by_youth}");
    let event = &edges[0]["node"];
    assert_eq!(event["action"], READ);
    assert_eq!(event["actor"]["id"], teacher.to_string());
    assert_eq!(event["actor"]["displayName"], "Test Person");
    assert_eq!(event["subjectType"], "registration");
    assert_eq!(event["subjectId"], ra);
    assert_eq!(event["exchangeId"], trip.exchange);
    assert_eq!(event["youthId"], anna);
    assert_eq!(event["requestId"], "test");
    assert_eq!(event["details"]["present"], true);
    assert!(
        !event["details"].to_string().contains("Nuts"),
        "no medical text in the trail"
    );

    // Every filter gives exactly the stored events it describes, newest first, across pages.
    let (anna_id, bo_id, exchange) = (uuid(&anna), uuid(&bo), uuid(&trip.exchange));
    let cases: Vec<(Value, Keep)> = vec![
        (
            json!({ "youthId": anna }),
            Box::new(move |e| {
                e.youth_id == Some(anna_id)
                    || (e.subject_type == "youth_profile" && e.subject_id == Some(anna_id))
            }),
        ),
        (
            json!({ "youthId": bo, "action": READ }),
            Box::new(move |e| e.youth_id == Some(bo_id) && e.action == READ),
        ),
        (
            json!({ "exchangeId": trip.exchange }),
            Box::new(move |e| e.exchange_id == Some(exchange)),
        ),
        (
            json!({ "exchangeId": trip.exchange, "action": READ }),
            Box::new(move |e| e.exchange_id == Some(exchange) && e.action == READ),
        ),
        (
            json!({ "actorId": teacher.to_string(), "action": READ }),
            Box::new(move |e| e.actor_id == Some(teacher) && e.action == READ),
        ),
        (
            json!({ "actorId": teacher.to_string() }),
            Box::new(move |e| e.actor_id == Some(teacher)),
        ),
        (
            json!({ "userId": coordinator.to_string() }),
            Box::new(move |e| e.actor_id == Some(coordinator) || e.subject_id == Some(coordinator)),
        ),
        (json!({ "action": READ }), Box::new(|e| e.action == READ)),
        (json!({}), Box::new(|_| true)),
    ];
    // A global coordinator sees every event, so the stored ones are the expected ones.
    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    for (filter, keep) in &cases {
        let got = listed(app, &global, filter.clone()).await;
        assert!(!got.is_empty(), "{filter}: something to find");
        assert_eq!(got, expected(app, keep).await, "{filter}");
    }
    // The municipality's coordinator finds the reads by young person, exchange and actor:
    // each is tied to the municipality.
    for (filter, keep) in cases.iter().filter(|(f, _)| f["action"] == READ) {
        let got = listed(app, &trip.w.coordinator, filter.clone()).await;
        assert_eq!(got, expected(app, keep).await, "{filter}");
    }
    assert_eq!(
        listed(app, &trip.w.coordinator, json!({ "action": READ }))
            .await
            .len(),
        2,
        "both reads"
    );

    // By time: the window around the teacher's read holds that read and nothing else.
    let window = json!({ "from": before.to_rfc3339(), "to": after_read.to_rfc3339() });
    let got = listed(app, &trip.w.coordinator, window).await;
    let reads = expected(app, |e| e.action == READ && e.actor_id == Some(teacher)).await;
    assert_eq!(got, reads);
    let empty = json!({ "from": after_read.to_rfc3339(), "to": after_read.to_rfc3339() });
    assert!(listed(app, &trip.w.coordinator, empty).await.is_empty());

    // A roster export reads the medical information of every child it lists: the one event
    // is found under each of them, and under nobody else.
    let roster = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($e: ID!) { rosterCsv(exchangeId: $e) }",
            json!({ "e": trip.exchange }),
        )
        .await;
    ok(&roster, "rosterCsv");
    let outsider = trip
        .pupil("Not On The List", &[("outsider@example.se", "SOLE")], false)
        .await;
    for (youth, found) in [(&anna, 1), (&bo, 1), (&outsider, 0)] {
        let got = listed(
            app,
            &trip.w.coordinator,
            json!({ "youthId": youth, "action": "roster_exported" }),
        )
        .await;
        assert_eq!(got.len(), found, "roster exports listing {youth}");
    }
}

#[tokio::test]
async fn a_municipal_coordinator_sees_only_their_municipality() {
    let (trip, anna, _, ra, _) = trip_with_two().await;
    let app = &trip.w.app;
    ok(
        &trip
            .w
            .gql(&trip.w.teacher, MEDICAL, json!({ "r": ra }))
            .await,
        "medicalInformation",
    );
    // Växjö, its school and a pupil of it.
    let (vaxjo, vaxjo_town) = municipality(app, &trip.w.admin, "Växjö").await;
    let katedral = organisation(app, &trip.w.admin, "Katedralskolan", &vaxjo_town).await;
    let vaxjo_coordinator = app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;
    let vaxjo_teacher = app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let born = (Utc::now().date_naive() - Duration::days(15 * 365)).to_string();
    let created = app
        .gql(
            Some(&vaxjo_teacher),
            crate::registrations::CREATE_YOUTH,
            json!({ "input": {
                "displayName": "Vera", "dateOfBirth": born, "organisationId": katedral,
                "locale": "SV", "fewerOpportunities": false,
                "guardians": [{ "displayName": "Guardian", "email": "v@example.se",
                                "locale": "SV", "custody": "SOLE" }],
            }}),
        )
        .await;
    let vera = uuid(&id_of(ok(&created, "createYouthProfile")));

    // Växjö's coordinator: Vera's events, nothing of Jönköping's.
    let theirs = listed(app, &vaxjo_coordinator, json!({})).await;
    assert_eq!(
        theirs,
        expected(app, |e| e.youth_id == Some(vera)).await,
        "only Vera's"
    );
    assert!(!theirs.is_empty());
    for filter in [
        json!({ "youthId": anna }),
        json!({ "exchangeId": trip.exchange }),
        json!({ "action": READ }),
    ] {
        assert!(
            listed(app, &vaxjo_coordinator, filter.clone())
                .await
                .is_empty(),
            "{filter}"
        );
    }
    // Jönköping's: its exchange and pupils, not Vera.
    let jonkoping = listed(app, &trip.w.coordinator, json!({})).await;
    let exchange = uuid(&trip.exchange);
    let (school_youth, exchange_of_school) = (
        youth_of_organisation(app, uuid(&trip.w.school)).await,
        exchange,
    );
    assert_eq!(
        jonkoping,
        expected(app, |e| {
            e.exchange_id == Some(exchange_of_school)
                || e.youth_id.is_some_and(|y| school_youth.contains(&y))
        })
        .await
    );
    assert!(
        listed(
            app,
            &trip.w.coordinator,
            json!({ "youthId": vera.to_string() })
        )
        .await
        .is_empty()
    );
    // A global coordinator sees both.
    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    let all = listed(app, &global, json!({})).await;
    assert_eq!(all, expected(app, |_| true).await);
}

async fn youth_of_organisation(app: &TestApp, organisation: Uuid) -> Vec<Uuid> {
    youth_profiles::Entity::find()
        .filter(youth_profiles::Column::OrganisationId.eq(organisation))
        .all(app.db())
        .await
        .expect("profiles")
        .into_iter()
        .map(|p| p.id)
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    AuditEvents,
    ExportYouth,
    ExportUser,
}

#[tokio::test]
async fn who_may_list_the_trail_and_export_personal_data() {
    use Outcome::{Allowed as A, Forbidden as F, NotFound as N, Unauthenticated as U};
    let app = TestApp::spawn_with(|s| s.scheduler_interval_secs = 24 * 3600).await;
    let trip = Trip::open_on(World::on(app).await, 10, "FIRST_COME").await;
    let w = &trip.w;
    let pupil = trip.pupil("Anna", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö").await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town).await;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let principals = Cast {
        admin: &w.admin,
        coordinator: &w.coordinator,
        teacher: &w.teacher,
        principal: &w.principal,
        partner_contact: &w.partner_contact,
        other_municipality: uuid(&vaxjo),
        other_teacher: &other_teacher,
    }
    .principals(&w.app)
    .await;
    let teacher_id = w.app.user_id(TEACHER).await.to_string();
    let expected: [[Outcome; 3]; 11] = [
        [A, F, F], // global admin: the trail, but no one's personal data
        [A, A, A], // global coordinator
        [A, A, F], // the municipality's coordinator: its young people, not accounts
        [A, N, F], // another municipality's coordinator: their own events only
        [F, F, F], // teacher of the school
        [F, F, F], // principal of the school
        [F, F, F], // partner contact
        [F, F, F], // teacher of another school
        [F, F, F], // youth
        [F, F, F], // guardian
        [U, U, U], // anonymous
    ];
    let matrix = Matrix {
        app: &w.app,
        tables: &["audit_events", "outbox_emails", "notifications"],
    };
    matrix
        .check(
            &principals,
            &expected,
            [Op::AuditEvents, Op::ExportYouth, Op::ExportUser],
            |op, _| match op {
                Op::AuditEvents => (LIST, json!({ "first": 5 })),
                Op::ExportYouth => (EXPORT, json!({ "y": pupil })),
                Op::ExportUser => (EXPORT, json!({ "u": teacher_id })),
            },
            |op| op != Op::AuditEvents,
        )
        .await;
    let exports = w
        .app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "personal_data_exported")
        .count();
    assert_eq!(exports, 3, "one event per allowed export");
}

/// Exports as `token`, parsed.
async fn export(app: &TestApp, token: &str, variables: Value) -> Value {
    let response = app.gql(Some(token), EXPORT, variables).await;
    let document = ok(&response, "exportPersonalData")
        .as_str()
        .expect("a JSON string")
        .to_owned();
    serde_json::from_str(&document).expect("the export is JSON")
}

fn section<'a>(document: &'a Value, name: &str) -> &'a Vec<Value> {
    document["sections"][name]
        .as_array()
        .unwrap_or_else(|| panic!("no section {name} in the export"))
}

#[tokio::test]
async fn the_export_holds_everything_about_a_young_person_and_nothing_secret() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let app = &w.app;
    // A young person with an account of their own, and a guardian with one.
    let school = Scope::Organisation(uuid(&w.school));
    let _mum = app
        .user_with_roles(MUM, &[("guardian", Scope::Global)])
        .await;
    let elsa = app
        .user_with_roles("elsa.lind@example.se", &[("youth", school)])
        .await;
    let born = Utc::now().date_naive() + Duration::days(60) - Duration::days(15 * 365 + 100);
    let created = app
        .gql(
            Some(&elsa),
            crate::registrations::CREATE_YOUTH,
            json!({ "input": { "displayName": "Elsa Lind", "dateOfBirth": born.to_string(),
                    "organisationId": w.school, "locale": "SV", "ownProfile": true,
                    "guardians": [{ "displayName": "Karin Lind", "email": MUM, "locale": "SV",
                                    "custody": "SOLE" }] } }),
        )
        .await;
    let youth = id_of(ok(&created, "createYouthProfile"));
    let confirmed = w
        .gql(
            &w.teacher,
            "mutation($y: ID!) { confirmYouthMembership(youthId: $y) { membershipConfirmed } }",
            json!({ "y": youth }),
        )
        .await;
    ok(&confirmed, "confirmYouthMembership");
    let registered = trip.register_as(&elsa, &youth).await;
    let registration = id_of(ok(&registered, "registerForExchange"));
    let assent = w
        .gql(
            &elsa,
            "mutation($r: ID!) { giveOwnConsent(registrationId: $r) { state } }",
            json!({ "r": registration }),
        )
        .await;
    ok(&assent, "giveOwnConsent");
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, true).await;
    assert_eq!(status, 200);
    ok(
        &w.gql(&w.teacher, MEDICAL, json!({ "r": registration }))
            .await,
        "medicalInformation",
    );
    let reset = app
        .gql(
            None,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": "elsa.lind@example.se" }),
        )
        .await;
    ok(&reset, "requestPasswordReset");

    let audit_before = app.count("audit_events").await;
    let document = export(app, &w.coordinator, json!({ "y": youth })).await;
    assert_eq!(
        document["subject"],
        json!({ "type": "youth_profile", "id": youth })
    );

    // Every section of a young person's export, and of their account's, is there and filled
    // (but those that need a guardian or approver: see the account exports below).
    let not_theirs = [
        "account_guardianships",
        "account_consent_links",
        "account_approval_steps",
    ];
    for name in sections_of(youth_section)
        .into_iter()
        .chain(sections_of(account_section))
    {
        let rows = section(&document, name);
        if !not_theirs.contains(&name) {
            assert!(!rows.is_empty(), "section {name} is empty: {document:#}");
        }
    }
    // The consent with the exact text shown.
    let travel = section(&document, "consent_events")
        .iter()
        .find(|e| e["kind"] == "travel" && e["given_by"] == "guardian")
        .expect("the guardian's consent");
    assert_eq!(travel["typed_name"], "Karin Lind");
    let text = &travel["consent_text"];
    assert!(
        text["body"]
            .as_str()
            .is_some_and(|b| b.starts_with("Jag är vårdnadshavare")),
        "{text}"
    );
    assert_eq!(text["language"], "sv");
    assert_eq!(text["sha256"].as_str().map(str::len), Some(64));
    let registrations = section(&document, "registrations");
    assert!(
        registrations[0]["exchange"]["titles"]
            .to_string()
            .contains("Språkveckan i Lyon"),
        "the exchange's title"
    );
    assert!(registrations[0]["exchange"]["start_date"].is_string());
    assert_eq!(
        section(&document, "medical_information")[0]["allergies"],
        "Nuts (EpiPen in the front pocket)"
    );
    assert!(
        section(&document, "emails_about_them")
            .iter()
            .any(|m| m["recipient"] == MUM && m["template"] == "consent_request"),
        "the guardian's consent request"
    );
    assert!(
        section(&document, "audit_events")
            .iter()
            .any(|e| e["action"] == READ),
        "the read of their medical information"
    );

    // Nothing secret: no hash, no live token.
    assert_no_secrets(app, &document).await;

    // The export is itself audited, once, naming the young person.
    assert_eq!(app.count("audit_events").await, audit_before + 1);
    let last = app.audit().await.into_iter().last().expect("an event");
    assert_eq!(last.action, "personal_data_exported");
    assert_eq!(last.youth_id, Some(uuid(&youth)));
    assert_eq!(last.actor_id, Some(app.user_id(COORDINATOR).await));
    let listed = list(
        app,
        &w.coordinator,
        json!({ "youthId": youth, "action": "personal_data_exported" }),
        5,
    )
    .await;
    assert_eq!(
        ok(&listed, "auditEvents")["edges"].as_array().map(Vec::len),
        Some(1)
    );

    // The guardian's account: what they are guardian of, the consents they gave, their links.
    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    let mum_id = app.user_id(MUM).await;
    let theirs = export(app, &global, json!({ "u": mum_id.to_string() })).await;
    for name in [
        "account",
        "account_guardianships",
        "account_consent_events",
        "account_consent_links",
        "account_emails",
        "account_sessions",
    ] {
        assert!(!section(&theirs, name).is_empty(), "{name}: {theirs:#}");
    }
    assert_no_secrets(app, &theirs).await;
    let last = app.audit().await.into_iter().last().expect("an event");
    assert_eq!(
        (
            last.action.as_str(),
            last.subject_type.as_str(),
            last.subject_id
        ),
        ("personal_data_exported", "user", Some(mum_id))
    );
}

/// No password hash, session or link token hash, and no live link token, anywhere in it.
async fn assert_no_secrets(app: &TestApp, document: &Value) {
    let text = document.to_string();
    assert!(!text.contains("$argon2"), "a password hash");
    assert!(!text.contains("password_hash") && !text.contains("token_hash"));
    let backend = app.db().get_database_backend();
    for table in ["sessions", "link_tokens", "consent_links"] {
        let rows = app
            .db()
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT token_hash FROM {table}"),
            ))
            .await
            .expect("hashes");
        for row in rows {
            let hash: String = row.try_get("", "token_hash").expect("a hash");
            assert!(!text.contains(&hash), "a {table} token hash");
        }
    }
    for mail in app.outbox().await {
        if mail.text_body.contains("token=") {
            let token = utbyte_tests::token_in(&mail.text_body);
            assert!(!text.contains(&token), "a live link token");
        }
    }
}

#[tokio::test]
async fn the_export_lists_every_row_that_names_a_member_of_staff() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    let app = &w.app;
    let pupil = trip.pupil("Anna", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let staff = app.user_id(COORDINATOR).await;
    let teacher = app.user_id(TEACHER).await;
    name_staff_everywhere(&trip, &pupil, staff, teacher).await;

    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    let document = export(app, &global, json!({ "u": staff.to_string() })).await;
    let records = section(&document, STAFF_RECORDS);
    for reference in REFERENCES {
        if reference.covered != Covered::Account(STAFF_RECORDS) {
            continue;
        }
        let exported = records
            .iter()
            .filter(|r| r["table"] == reference.table && r["column"] == reference.column)
            .count();
        let stored = rows_naming(app, reference.table, reference.column, staff).await;
        assert!(
            stored > 0,
            "the fixture names the coordinator in {}.{}",
            reference.table,
            reference.column
        );
        assert_eq!(
            exported as i64, stored,
            "{}.{}: every row that names them",
            reference.table, reference.column
        );
    }
    assert!(
        !section(&document, "account_approval_steps").is_empty(),
        "the coordinator decided the approval"
    );
    assert_no_secrets(app, &document).await;
}

/// How many rows of `table` name `person` in `column`.
async fn rows_naming(app: &TestApp, table: &str, column: &str, person: Uuid) -> i64 {
    let backend = app.db().get_database_backend();
    let placeholder = match backend {
        DatabaseBackend::Postgres => "$1",
        _ => "?",
    };
    app.db()
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = {placeholder}"),
            [person.into()],
        ))
        .await
        .expect("count")
        .expect("a row")
        .try_get::<i64>("", "n")
        .expect("n")
}

/// Names `staff` in every staff column: by updating rows the trip made, and inserting one row
/// in each table the trip leaves empty.
async fn name_staff_everywhere(trip: &Trip, pupil: &str, staff: Uuid, teacher: Uuid) {
    let w = &trip.w;
    let db = w.app.db();
    let now = Utc::now();
    let today = now.date_naive();
    let exchange = uuid(&trip.exchange);
    role_assignments::Entity::update_many()
        .col_expr(role_assignments::Column::GrantedBy, Expr::value(staff))
        .filter(role_assignments::Column::UserId.eq(teacher))
        .exec(db)
        .await
        .expect("granted by");
    youth_profiles::Entity::update_many()
        .col_expr(youth_profiles::Column::CreatedBy, Expr::value(staff))
        .col_expr(youth_profiles::Column::RestrictedBy, Expr::value(staff))
        .col_expr(youth_profiles::Column::RestrictedAt, Expr::value(now))
        .col_expr(
            youth_profiles::Column::RestrictionReason,
            Expr::value("An objection is being considered"),
        )
        .filter(youth_profiles::Column::Id.eq(uuid(pupil)))
        .exec(db)
        .await
        .expect("created and restricted by");
    registrations::Entity::update_many()
        .col_expr(registrations::Column::RegisteredBy, Expr::value(staff))
        .filter(registrations::Column::YouthId.eq(uuid(pupil)))
        .exec(db)
        .await
        .expect("registered by");
    exchanges::Entity::update_many()
        .col_expr(exchanges::Column::CreatedBy, Expr::value(staff))
        .filter(exchanges::Column::Id.eq(exchange))
        .exec(db)
        .await
        .expect("created by");
    exchange_changes::Entity::insert(exchange_changes::ActiveModel {
        id: Set(Uuid::now_v7()),
        exchange_id: Set(exchange),
        field: Set("venue".into()),
        before: Set(json!("Lyon")),
        after: Set(json!("Villeurbanne")),
        changed_by: Set(Some(staff)),
        changed_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a change");
    exchange_reports::Entity::insert(exchange_reports::ActiveModel {
        exchange_id: Set(exchange),
        what_happened: Set("A week of French".into()),
        outcomes: Set("Met".into()),
        feedback_summary: Set("Good".into()),
        actual_cost_cents: Set(100),
        filed_by: Set(Some(staff)),
        filed_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a report");
    exchange_attachments::Entity::insert(exchange_attachments::ActiveModel {
        id: Set(Uuid::now_v7()),
        exchange_id: Set(exchange),
        kind: Set("programme".into()),
        file_name: Set("Program.pdf".into()),
        media_type: Set("application/pdf".into()),
        size_bytes: Set(9),
        sha256: Set("0".repeat(64)),
        content: Set(b"%PDF-1.7\n".to_vec()),
        uploaded_by: Set(Some(staff)),
        uploaded_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("an attachment");
    completed_exchanges::Entity::insert(completed_exchanges::ActiveModel {
        id: Set(Uuid::now_v7()),
        host_organisation_id: Set(Some(uuid(&w.partner))),
        visitor_organisation_id: Set(Some(uuid(&w.school))),
        host_town_id: Set(uuid(&w.lyon)),
        visitor_town_id: Set(uuid(&w.home_town)),
        started_on: Set(today - Duration::days(400)),
        ended_on: Set(today - Duration::days(394)),
        participants: Set(Some(12)),
        recorded_by: Set(Some(staff)),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a completed exchange");
    partner_requests::Entity::insert(partner_requests::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(uuid(&w.school)),
        title: Set("A partner for 2027".into()),
        direction: Set("visit".into()),
        date_from: Set(today + Duration::days(300)),
        date_to: Set(today + Duration::days(307)),
        age_min: Set(13),
        age_max: Set(16),
        group_size: Set(20),
        themes: Set(json!([])),
        languages: Set(json!(["fr"])),
        preferred_town_ids: Set(json!([])),
        only_partner_towns: Set(false),
        description: Set(String::new()),
        status: Set("open".into()),
        created_by: Set(Some(staff)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a partner request");
    match_rounds::Entity::insert(match_rounds::ActiveModel {
        id: Set(Uuid::now_v7()),
        scope_kind: Set("municipality".into()),
        scope_id: Set(uuid(&w.municipality)),
        request_count: Set(0),
        host_place_count: Set(0),
        assigned_count: Set(0),
        total_score: Set(0),
        created_by: Set(Some(staff)),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a match round");
    funding_records::Entity::insert(funding_records::ActiveModel {
        id: Set(Uuid::now_v7()),
        municipality_id: Set(uuid(&w.municipality)),
        title: Set("Lyon 2027".into()),
        programme: Set("municipal_fund".into()),
        action: Set(None),
        call_year: Set(2027),
        round: Set(None),
        deadline: Set(None),
        applicant_organisation_id: Set(uuid(&w.school)),
        oid: Set(None),
        national_agency: Set(String::new()),
        reference_number: Set(String::new()),
        status: Set("idea".into()),
        requested_cents: Set(None),
        granted_cents: Set(None),
        created_by: Set(Some(staff)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a funding record");
    funding_rates::Entity::insert(funding_rates::ActiveModel {
        id: Set(Uuid::now_v7()),
        action: Set("KA152-YOU".into()),
        call_year: Set(2099),
        kind: Set("organisational_support".into()),
        rate_key: Set("audit-test".into()),
        value: Set(Some(1)),
        note: Set(String::new()),
        updated_by: Set(Some(staff)),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a funding rate");
    funding_call_deadlines::Entity::insert(funding_call_deadlines::ActiveModel {
        action: Set("KA152-YOU".into()),
        call_year: Set(2099),
        round: Set(1),
        deadline: Set(now + Duration::days(3000)),
        note: Set(String::new()),
        updated_by: Set(Some(staff)),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a call deadline");
    retention_rules::Entity::insert(retention_rules::ActiveModel {
        municipality_id: Set(uuid(&w.municipality)),
        category: Set("medical_information".into()),
        days: Set(30),
        updated_by: Set(Some(staff)),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a retention rule");
    privacy_notices::Entity::insert(privacy_notices::ActiveModel {
        id: Set(Uuid::now_v7()),
        municipality_id: Set(uuid(&w.municipality)),
        version: Set(1),
        controller: Set("Barn- och utbildningsnämnden".into()),
        controller_contact: Set("bun@kommunen.example".into()),
        dpo_contact: Set(Some("dataskydd@kommunen.example".into())),
        published_by: Set(Some(staff)),
        published_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a privacy notice");
    retention_runs::Entity::insert(retention_runs::ActiveModel {
        id: Set(Uuid::now_v7()),
        started_at: Set(now),
        finished_at: Set(Some(now)),
        ran_by: Set(Some(staff)),
        outcome: Set(json!({})),
    })
    .exec_without_returning(db)
    .await
    .expect("a retention run");
}

#[tokio::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    let (trip, anna, _, _, _) = trip_with_two().await;
    let app = &trip.w.app;
    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    let teacher = app.user_id(TEACHER).await.to_string();
    let cases: Vec<(&str, Value, &str)> = vec![
        (EXPORT, json!({ "y": anna, "u": teacher }), "userId"),
        (EXPORT, json!({}), "youthId"),
        (EXPORT, json!({ "y": "not-an-id" }), "youthId"),
        (EXPORT, json!({ "u": "42" }), "userId"),
        (LIST, json!({ "f": { "youthId": "x" } }), "filter.youthId"),
        (LIST, json!({ "f": { "userId": "x" } }), "filter.userId"),
        (
            LIST,
            json!({ "f": { "exchangeId": "x" } }),
            "filter.exchangeId",
        ),
        (LIST, json!({ "f": { "actorId": "x" } }), "filter.actorId"),
        (
            LIST,
            json!({ "f": { "from": "2026-12-02T00:00:00Z", "to": "2026-12-01T00:00:00Z" } }),
            "filter.to",
        ),
        (
            LIST,
            json!({ "f": { "action": "DROP TABLE" } }),
            "filter.action",
        ),
        (LIST, json!({ "first": 0 }), "first"),
        (LIST, json!({ "first": 101 }), "first"),
        (LIST, json!({ "after": "nonsense" }), "after"),
        (
            LIST,
            json!({ "after": Uuid::now_v7().to_string() }),
            "after",
        ),
    ];
    let tables = ["audit_events", "outbox_emails"];
    for (query, variables, field) in cases {
        let before = crate::matrix::table_counts(app, &tables).await;
        let response = app.gql(Some(&global), query, variables.clone()).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{variables}: {response}"
        );
        assert_eq!(
            error_fields(&response),
            vec![field.to_owned()],
            "{variables}"
        );
        assert!(
            !response.to_string().contains("DROP TABLE"),
            "the message does not echo the value"
        );
        assert_eq!(
            crate::matrix::table_counts(app, &tables).await,
            before,
            "{variables}: nothing written"
        );
    }
    // Unknown people: NOT_FOUND, nothing written.
    let before = app.count("audit_events").await;
    for variables in [
        json!({ "y": Uuid::now_v7().to_string() }),
        json!({ "u": Uuid::now_v7().to_string() }),
    ] {
        let response = app.gql(Some(&global), EXPORT, variables).await;
        assert_eq!(error_code(&response), "NOT_FOUND", "{response}");
    }
    assert_eq!(app.count("audit_events").await, before);
}

/// Whether a column of the live schema refers to a person: a foreign key to a table of
/// people, or a name that says so.
fn refers_to_person(column: &str, foreign_table: Option<&str>) -> bool {
    foreign_table
        .is_some_and(|t| ["users", "youth_profiles", "guardians", "registrations"].contains(&t))
        || column == "email"
        || column.ends_with("_email")
        || column == "recipient"
        || column.contains("user_id")
        || [
            "youth_id",
            "guardian_id",
            "actor_id",
            "registration_id",
            "subject_id",
        ]
        .contains(&column)
        || column.ends_with("_by")
        || column.contains("_by_")
}

/// Every (table, column, table its foreign key points at) of the live schema.
async fn live_columns(app: &TestApp) -> Vec<(String, String, Option<String>)> {
    let db = app.db();
    let backend = db.get_database_backend();
    let rows = |sql: &str| {
        let statement = Statement::from_string(backend, sql.to_owned());
        async move { db.query_all_raw(statement).await.expect("schema query") }
    };
    let text = |row: &sea_orm::QueryResult, column: &str| -> String {
        row.try_get::<String>("", column).expect("a name")
    };
    let mut columns = Vec::new();
    match backend {
        DatabaseBackend::Sqlite => {
            let tables = rows(
                "SELECT name FROM sqlite_schema WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'",
            )
            .await;
            for table in tables.iter().map(|r| text(r, "name")) {
                let keys = rows(&format!(
                    "SELECT \"from\" AS col, \"table\" AS target FROM pragma_foreign_key_list('{table}')"
                ))
                .await;
                for column in rows(&format!("SELECT name FROM pragma_table_info('{table}')"))
                    .await
                    .iter()
                    .map(|r| text(r, "name"))
                {
                    let target = keys
                        .iter()
                        .find(|k| text(k, "col") == column)
                        .map(|k| text(k, "target"));
                    columns.push((table.clone(), column, target));
                }
            }
        }
        DatabaseBackend::Postgres => {
            let keys = rows(
                "SELECT kcu.table_name::text AS source, kcu.column_name::text AS col, \
                 ccu.table_name::text AS target \
                 FROM information_schema.table_constraints tc \
                 JOIN information_schema.key_column_usage kcu \
                   ON tc.constraint_name = kcu.constraint_name \
                  AND tc.table_schema = kcu.table_schema \
                 JOIN information_schema.constraint_column_usage ccu \
                   ON ccu.constraint_name = tc.constraint_name \
                  AND ccu.table_schema = tc.table_schema \
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'",
            )
            .await;
            for row in rows(
                "SELECT table_name::text AS t, column_name::text AS c \
                 FROM information_schema.columns WHERE table_schema = 'public' \
                 AND table_name <> 'seaql_migrations'",
            )
            .await
            {
                let (table, column) = (text(&row, "t"), text(&row, "c"));
                let target = keys
                    .iter()
                    .find(|k| text(k, "source") == table && text(k, "col") == column)
                    .map(|k| text(k, "target"));
                columns.push((table, column, target));
            }
        }
        other => panic!("unsupported backend {other:?}"),
    }
    columns
}

/// A new table or column that refers to a person must be covered by the access export, or
/// declared left out with a reason, in `audit::export::REFERENCES`.
#[tokio::test]
async fn every_person_reference_in_the_schema_is_covered_by_the_export() {
    let app = TestApp::spawn().await;
    let columns = live_columns(&app).await;
    assert!(
        columns.len() > 100,
        "the schema was read: {}",
        columns.len()
    );
    let declared = |table: &str, column: &str| {
        REFERENCES
            .iter()
            .any(|r| r.table == table && r.column == column)
    };
    let missing: BTreeSet<String> = columns
        .iter()
        .filter(|(_, column, target)| refers_to_person(column, target.as_deref()))
        .filter(|(table, column, _)| !declared(table, column))
        .map(|(table, column, target)| match target {
            Some(target) => format!("{table}.{column} (→ {target})"),
            None => format!("{table}.{column}"),
        })
        .collect();
    assert!(
        missing.is_empty(),
        "columns that refer to a person but are not in the access export: {}.\n\
         Export each in domain/src/audit/export.rs and declare it in REFERENCES (youth(..) \
         or account(..) with its section), or declare it left_out(..) with the reason.",
        missing.into_iter().collect::<Vec<_>>().join(", ")
    );
    let stale: Vec<String> = REFERENCES
        .iter()
        .filter(|r| {
            !columns
                .iter()
                .any(|(t, c, _)| t == r.table && c == r.column)
        })
        .map(|r| format!("{}.{}", r.table, r.column))
        .collect();
    assert!(
        stale.is_empty(),
        "REFERENCES names columns the schema does not have: {}",
        stale.join(", ")
    );
    let left_out_without_reason: Vec<String> = REFERENCES
        .iter()
        .filter(|r| matches!(r.covered, Covered::LeftOut(reason) if reason.len() < 20))
        .map(|r| format!("{}.{}", r.table, r.column))
        .collect();
    assert!(
        left_out_without_reason.is_empty(),
        "{left_out_without_reason:?}"
    );
}
