//! Every list the API returns reads through an index for its filter and its order, on both
//! databases: each list query below runs through GraphQL on a connection that records the
//! SQL it sends, and the database explains the recorded statement, with its values, as it
//! would run it. A full scan of a table fails the test, with the plan, and so does a
//! temporary sort in a paged list (it reads every row the filter finds to return a page),
//! unless the case says why what it sorts is small.
//!
//! The plans are the ones a large database gets: SQLite without statistics chooses by the
//! schema alone (what rows there are does not change its choice); PostgreSQL gets
//! statistics (`ANALYZE`) and `enable_seqscan` and `enable_sort` off, so that a sequential
//! scan or a sort left in its plan is one no index can replace, however many rows there are.
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, TransactionTrait};
use serde_json::{Value, json};
use utbyte_tests::{
    TestApp,
    world::{SchoolWorld, call},
};

/// Exchanges in the test's world: a few dozen, each with its approval steps, notifications,
/// mails and audit events.
const EXCHANGES: usize = 24;

struct Case {
    what: &'static str,
    token: String,
    query: &'static str,
    variables: Value,
    /// The table the list reads; its statements (those that order rows) are explained.
    table: &'static str,
    /// Why sorting what the filter found is fine, for a paged list whose filter and order no
    /// one index can serve: how few rows that is.
    small: Option<&'static str>,
}

#[tokio::test]
async fn every_list_query_reads_through_an_index() {
    let (app, log) = TestApp::spawn_counting().await;
    let world = SchoolWorld::new(&app).await;
    let admin = app.user_with_role("plans-admin@example.se", "admin").await;
    let mut exchange = None;
    for i in 0..EXCHANGES {
        exchange = Some(world.submitted(&app, &format!("Lyon {i}")).await);
    }
    let exchange = exchange.expect("an exchange");
    call(
        &app,
        &world.coordinator,
        "mutation($input: FundingRecordInput!) { createFundingRecord(input: $input) { id } }",
        json!({ "input": {
            "title": "Lyon", "programme": "OTHER", "callYear": 2027,
            "applicantOrganisationId": world.school, "status": "DRAFTING",
            "exchangeIds": [exchange],
        }}),
    )
    .await;
    analyze(app.db()).await;

    let cases = vec![
        Case {
            what: "exchanges, all the coordinator may see",
            token: world.coordinator.clone(),
            query: "{ exchanges(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "exchanges",
            small: None,
        },
        Case {
            what: "exchanges in one state, as the coordinator",
            token: world.coordinator.clone(),
            query: "{ exchanges(first: 50, filter: { state: SUBMITTED }) { edges { node { id } } } }",
            variables: json!({}),
            table: "exchanges",
            small: None,
        },
        Case {
            what: "exchanges in one state, as an administrator",
            token: admin.clone(),
            query: "{ exchanges(first: 50, filter: { state: OPEN_FOR_REGISTRATION }) { edges { node { id } } } }",
            variables: json!({}),
            table: "exchanges",
            small: None,
        },
        Case {
            what: "exchanges, as a teacher",
            token: world.teacher.clone(),
            query: "{ exchanges(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "exchanges",
            small: None,
        },
        Case {
            what: "an exchange's registrations",
            token: world.coordinator.clone(),
            query: "query($id: ID!) { exchangeRegistrations(exchangeId: $id) { id } }",
            variables: json!({ "id": exchange }),
            table: "registrations",
            small: None,
        },
        Case {
            what: "my registrations",
            token: world.teacher.clone(),
            query: "{ myRegistrations(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "registrations",
            small: Some("the registrations of one person and their children"),
        },
        Case {
            what: "organisations",
            token: admin.clone(),
            query: "{ organisations(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "organisations",
            small: None,
        },
        Case {
            what: "organisations of a kind",
            token: admin.clone(),
            query: "{ organisations(first: 50, filter: { kind: SCHOOL }) { edges { node { id } } } }",
            variables: json!({}),
            table: "organisations",
            small: None,
        },
        Case {
            what: "an organisation's partner requests",
            token: world.coordinator.clone(),
            query: "query($id: ID!) { organisation(id: $id) { partnerRequests { id } } }",
            variables: json!({ "id": world.school }),
            table: "partner_requests",
            small: None,
        },
        Case {
            what: "audit events",
            token: admin.clone(),
            query: "{ auditEvents(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "audit_events",
            small: None,
        },
        Case {
            what: "audit events about an exchange",
            token: admin.clone(),
            query: "query($id: ID!) { auditEvents(first: 50, filter: { exchangeId: $id }) { edges { node { id } } } }",
            variables: json!({ "id": exchange }),
            table: "audit_events",
            small: None,
        },
        Case {
            what: "funding records",
            token: world.coordinator.clone(),
            query: "{ fundingRecords(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "funding_records",
            small: None,
        },
        Case {
            what: "notifications",
            token: world.principal.clone(),
            query: "{ notifications(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "notifications",
            small: None,
        },
        Case {
            what: "unread notifications",
            token: world.principal.clone(),
            query: "{ notifications(first: 50, unreadOnly: true) { edges { node { id } } } }",
            variables: json!({}),
            table: "notifications",
            small: None,
        },
        Case {
            what: "queued mails",
            token: admin.clone(),
            query: "{ queuedMails(status: PENDING, first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "outbox_emails",
            small: None,
        },
        Case {
            what: "sent mails",
            token: admin.clone(),
            query: "{ queuedMails(status: SENT, first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "outbox_emails",
            small: None,
        },
        Case {
            what: "failed mails",
            token: admin.clone(),
            query: "{ queuedMails(status: FAILED, first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "outbox_emails",
            small: None,
        },
        Case {
            what: "users",
            token: admin.clone(),
            query: "{ users(first: 50) { edges { node { id } } } }",
            variables: json!({}),
            table: "users",
            small: None,
        },
    ];

    let backend = app.db().get_database_backend();
    let mut failures = Vec::new();
    for case in cases {
        log.clear();
        let response = app.gql(Some(&case.token), case.query, case.variables).await;
        assert!(response["errors"].is_null(), "{}: {}", case.what, response);
        let from = format!("FROM \"{}\"", case.table);
        let statements: Vec<Statement> = log
            .captured()
            .into_iter()
            .filter(|statement| statement.sql.contains(&from) && statement.sql.contains("ORDER BY"))
            .collect();
        assert!(
            !statements.is_empty(),
            "{}: no ordered statement on {} among {:#?}",
            case.what,
            case.table,
            log.statements()
        );
        for statement in statements {
            let plan = explain(app.db(), &statement).await;
            let paged = statement.sql.contains(" LIMIT ");
            let problems = problems(backend, &plan, paged && case.small.is_none());
            println!(
                "{}\n  {}\n  {}",
                case.what,
                statement.sql,
                plan.join("\n  ")
            );
            if !problems.is_empty() {
                failures.push(format!(
                    "{}: {}\n  SQL: {}\n  plan:\n    {}",
                    case.what,
                    problems.join(", "),
                    statement,
                    plan.join("\n    ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// Gives PostgreSQL's planner its statistics; SQLite is left without, as it runs.
async fn analyze(db: &sea_orm::DatabaseConnection) {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        db.execute_unprepared("ANALYZE").await.expect("analyze");
    }
}

/// The plan of `statement`, one line per step.
async fn explain(db: &sea_orm::DatabaseConnection, statement: &Statement) -> Vec<String> {
    let backend = db.get_database_backend();
    let txn = db.begin().await.expect("transaction");
    if backend == DatabaseBackend::Postgres {
        txn.execute_unprepared("SET LOCAL enable_seqscan = off")
            .await
            .expect("enable_seqscan");
        txn.execute_unprepared("SET LOCAL enable_sort = off")
            .await
            .expect("enable_sort");
    }
    let prefix = match backend {
        DatabaseBackend::Postgres => "EXPLAIN ",
        _ => "EXPLAIN QUERY PLAN ",
    };
    let explained = Statement {
        sql: format!("{prefix}{}", statement.sql),
        ..statement.clone()
    };
    let rows = txn.query_all_raw(explained).await.expect("explain");
    txn.rollback().await.expect("rollback");
    rows.iter()
        .map(|row| match backend {
            DatabaseBackend::Postgres => row.try_get_by_index::<String>(0).expect("plan line"),
            _ => row.try_get::<String>("", "detail").expect("plan detail"),
        })
        .collect()
}

/// What in `plan` reads a whole table, or sorts when `sorts` (a page should not need every
/// row its filter finds; a list returned whole may sort what it returns).
fn problems(backend: DatabaseBackend, plan: &[String], sorts: bool) -> Vec<String> {
    let mut problems = Vec::new();
    for line in plan {
        let line = line.trim();
        match backend {
            DatabaseBackend::Postgres => {
                if line.contains("Seq Scan on") {
                    problems.push(format!("a full scan ({line})"));
                }
                if sorts && (line.contains("Sort  (") || line.contains("Sort (")) {
                    problems.push(format!("a sort ({line})"));
                }
            }
            _ => {
                if line.starts_with("SCAN ")
                    && !line.contains(" USING ")
                    && !line.starts_with("SCAN CONSTANT ROW")
                    && !line.contains("json_each")
                {
                    problems.push(format!("a full scan ({line})"));
                }
                if sorts && line.contains("TEMP B-TREE") && line.contains("ORDER BY") {
                    problems.push(format!("a sort ({line})"));
                }
            }
        }
    }
    problems
}
