//! Registration throughput on one hot exchange: `registerForExchange` mutations
//! (`registering::register`) executed in process as the sending school's teacher, as a ratio
//! to the same SQL statements run as raw transactions on the same database in the same run
//! (goal >= 0.5), with one client and with 8 concurrent clients. Every young person is 15 at
//! the start date, has two guardians and belongs to the sending school, so each registration
//! takes one of the exchange's 500 places (pending consent) and mails each guardian a consent
//! link.
//!
//! The raw baseline is what one `registerForExchange` call runs, captured as SQL text with
//! the values inlined from the statement log of `TestApp::spawn_counting`. In each replayed
//! registration the ids and token hashes specific to it are fresh (the young person's and
//! their guardians' are another young person's); the statements up to the last write run in
//! one write transaction, the reads that build the response after its commit, as in the
//! mutation. Statements whose text is the same for every registration run as prepared
//! statements (cached by the driver, as the mutation's are), the others with their values
//! inlined (on PostgreSQL in one round trip each, without a prepare); a read's rows are
//! fetched and dropped. On SQLite quoted ids become blobs and timestamps take the driver's
//! format, as bound parameters are stored. The raw runs go first, so that the mutation meets
//! the larger tables; the statement log is off while measuring.
//!
//! `cargo bench -p utbyte-tests --bench registration` (SQLite), with
//! `TEST_DATABASE_URL=postgres://…` for PostgreSQL. `REGISTRATIONS=N` changes the count per
//! run (default 400; the places are reset to 0 taken before each run, and above 500 the rest
//! go to the waiting list, which the replay does not follow). `SHOW_STATEMENTS=1` prints the
//! captured statements.
use std::{
    collections::{HashMap, HashSet},
    fmt::Write,
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use chrono::{DateTime, Months, NaiveDate, SecondsFormat, TimeDelta, Utc};
use futures_util::StreamExt;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    Statement, sea_query::Expr,
};
use serde_json::{Value, json};
use utbyte_domain::{Principal, db::begin_write, entities::exchange_places};
use utbyte_tests::{Scope, TestApp, week_in_lyon};
use uuid::Uuid;

const CLIENTS: usize = 8;
const PLACES: i32 = 500;
/// The tables one registration writes to: the rows each run adds are compared.
const TABLES: [&str; 4] = [
    "registrations",
    "consent_links",
    "outbox_emails",
    "audit_events",
];

const REGISTER: &str = "mutation($exchange: ID!, $youth: ID!) { \
     registerForExchange(exchangeId: $exchange, youthId: $youth) { id state } }";
const CREATE_YOUTH: &str = "mutation($input: YouthProfileInput!) { \
     createYouthProfile(input: $input) { id guardians { id } } }";

/// The data of a response that must have succeeded.
fn data<'a>(response: &'a Value, field: &str) -> anyhow::Result<&'a Value> {
    if response["errors"].is_null() && !response["data"][field].is_null() {
        Ok(&response["data"][field])
    } else {
        anyhow::bail!("{field} failed: {response}")
    }
}

fn id_in(value: &Value) -> anyhow::Result<Uuid> {
    let id = value["id"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("no id in {value}"))?;
    Ok(Uuid::parse_str(id)?)
}

fn day(offset: i64) -> NaiveDate {
    Utc::now().date_naive() + TimeDelta::days(offset)
}

/// One operation as `token`, which must succeed; returns its data.
async fn call(app: &TestApp, token: &str, query: &str, variables: Value) -> anyhow::Result<Value> {
    let field = query
        .split_once('{')
        .and_then(|(_, rest)| rest.trim_start().split(['(', ' ', '{']).next())
        .unwrap_or_default()
        .to_owned();
    data(&app.gql(Some(token), query, variables).await, &field).cloned()
}

/// The exchange everyone registers for, as the integration tests' `World` makes it: a week in
/// Lyon drafted by Östra skolan's teacher, approved by the principal and the coordinator,
/// opened for registration, with 500 places first come, first served, for members.
/// Returns (exchange, school, the teacher signed in).
async fn hot_exchange(app: &TestApp) -> anyhow::Result<(Uuid, Uuid, Principal)> {
    let admin = app.user_with_role("admin@utbyte.example", "admin").await;
    let municipality = call(
        app,
        &admin,
        "mutation($input: CreateMunicipalityInput!) { \
         createMunicipality(input: $input) { id town { id } } }",
        json!({ "input": {
            "name": "Jönköping", "country": "SE", "languages": ["sv"],
            "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
        }}),
    )
    .await?;
    let home_town = id_in(&municipality["town"])?;
    let municipality = id_in(&municipality)?;
    let lyon = id_in(
        &call(
            app,
            &admin,
            "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
            json!({ "input": {
                "localName": "Lyon", "country": "FR", "languages": ["en"],
                "coordinates": { "latitude": 45.764, "longitude": 4.8357 },
            }}),
        )
        .await?,
    )?;
    let mut organisations = Vec::new();
    for (name, town) in [("Östra skolan", home_town), ("Lycée du Parc", lyon)] {
        organisations.push(id_in(
            &call(
                app,
                &admin,
                "mutation($input: OrganisationProfileInput!) { \
                 createOrganisation(input: $input) { id } }",
                json!({ "input": {
                    "name": name, "kind": "SCHOOL", "townId": town,
                    "ageRange": { "min": 13, "max": 18 }, "workingLanguages": ["sv", "en"],
                }}),
            )
            .await?,
        )?);
    }
    let (school, partner) = (organisations[0], organisations[1]);
    let teacher = app
        .user_with_roles(
            "larare@ostra.example",
            &[("teacher", Scope::Organisation(school))],
        )
        .await;
    let principal = app
        .user_with_roles(
            "rektor@ostra.example",
            &[("principal", Scope::Organisation(school))],
        )
        .await;
    let coordinator = app
        .user_with_roles(
            "kansli@jonkoping.example",
            &[("coordinator", Scope::Municipality(municipality))],
        )
        .await;

    let draft = call(
        app,
        &teacher,
        "mutation($input: ExchangeInput!) { createExchangeDraft(input: $input) { id } }",
        json!({ "input": week_in_lyon(&school.to_string(), &partner.to_string(), &lyon.to_string(), "Språkvecka i Lyon") }),
    )
    .await?;
    let exchange = id_in(&draft)?;
    call(
        app,
        &teacher,
        "mutation($id: ID!) { submitExchange(id: $id) { id } }",
        json!({ "id": exchange }),
    )
    .await?;
    for approver in [&principal, &coordinator] {
        call(
            app,
            approver,
            "mutation($id: ID!) { decideApprovalStep(exchangeId: $id, decision: APPROVE) { id } }",
            json!({ "id": exchange }),
        )
        .await?;
    }
    let opened = call(
        app,
        &teacher,
        "mutation($id: ID!) { advanceExchange(id: $id, to: OPEN_REGISTRATION) { state } }",
        json!({ "id": exchange }),
    )
    .await?;
    anyhow::ensure!(
        opened["state"] == "OPEN_FOR_REGISTRATION",
        "not open: {opened}"
    );
    call(
        app,
        &teacher,
        "mutation($id: ID!, $input: ExchangePlacesInput!) { \
         setExchangePlaces(exchangeId: $id, input: $input) { capacity } }",
        json!({ "id": exchange, "input": {
            "capacity": PLACES, "selection": "FIRST_COME", "membership": "MEMBERS",
        }}),
    )
    .await?;
    let teacher = app
        .principal(&teacher)
        .await
        .ok_or_else(|| anyhow::anyhow!("the teacher is signed in"))?;
    Ok((exchange, school, teacher))
}

/// A young person and their guardians' ids, in the order the domain reads them.
struct Youth {
    id: Uuid,
    guardians: Vec<Uuid>,
}

/// `count` young people of the school, born on `born`, each with two guardians, recorded by
/// the teacher.
async fn young_people(
    app: &TestApp,
    teacher: &Principal,
    school: Uuid,
    born: NaiveDate,
    count: usize,
) -> anyhow::Result<Vec<Youth>> {
    futures_util::stream::iter(0..count)
        .map(|i| async move {
            let response = app
                .gql_as(
                    Some(teacher.clone()),
                    CREATE_YOUTH,
                    json!({ "input": {
                        "displayName": "Alva Lind", "dateOfBirth": born,
                        "organisationId": school, "locale": "sv",
                        "guardians": [
                            { "displayName": "Karin Lind", "locale": "sv", "custody": "JOINT",
                              "email": format!("karin.lind.{i}@example.se") },
                            { "displayName": "Johan Lind", "locale": "en", "custody": "JOINT",
                              "email": format!("johan.lind.{i}@example.se") },
                        ],
                    }}),
                )
                .await;
            let created = data(&response, "createYouthProfile")?;
            let guardians = created["guardians"]
                .as_array()
                .into_iter()
                .flatten()
                .map(id_in)
                .collect::<anyhow::Result<_>>()?;
            Ok(Youth {
                id: id_in(created)?,
                guardians,
            })
        })
        .buffer_unordered(CLIENTS)
        .collect::<Vec<anyhow::Result<Youth>>>()
        .await
        .into_iter()
        .collect()
}

/// One `registerForExchange` mutation; an error unless it took a place pending consent.
async fn register(
    app: &TestApp,
    teacher: &Principal,
    exchange: Uuid,
    youth: Uuid,
) -> Result<(), String> {
    let response = app
        .gql_as(
            Some(teacher.clone()),
            REGISTER,
            json!({ "exchange": exchange, "youth": youth }),
        )
        .await;
    match response["data"]["registerForExchange"]["state"].as_str() {
        Some("PENDING_CONSENT") => Ok(()),
        _ => Err(response.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// The raw baseline: the captured statements, replayed with fresh ids
// ---------------------------------------------------------------------------------------------

/// What an id of the captured registration becomes in each replayed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Youth,
    Guardian(usize),
    Fresh,
}

enum Piece {
    Text(String),
    /// A per-registration id: as a blob literal (a quoted id on SQLite) or as text.
    Id {
        slot: usize,
        blob: bool,
    },
    /// A per-registration 64-hex token hash or secret.
    Secret(usize),
}

struct Template {
    pieces: Vec<Piece>,
    read: bool,
    /// The same text for every registration: run as a prepared statement, which the driver
    /// caches as it does the mutation's. The others run with their values inlined.
    fixed: bool,
    len: usize,
}

/// The statements of one `registerForExchange` call, ready to replay for another young
/// person.
struct Replay {
    backend: DbBackend,
    statements: Vec<Template>,
    /// The statements up to the last write run in the transaction, the rest after it.
    in_transaction: usize,
    slots: Vec<Slot>,
    secrets: usize,
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}

/// Whether `bytes[at..]` starts with a lower-case hyphenated UUID.
fn uuid_at(bytes: &[u8], at: usize) -> bool {
    bytes.len() >= at + 36
        && bytes[at..at + 36].iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                is_hex(b)
            }
        })
}

fn hex64_at(bytes: &[u8], at: usize) -> bool {
    bytes.len() >= at + 64 && bytes[at..at + 64].iter().all(|&b| is_hex(b))
}

/// A token starts at `at` and ends before `end` (no hex digit glued to either side).
fn bounded(bytes: &[u8], at: usize, end: usize) -> bool {
    (at == 0 || !bytes[at - 1].is_ascii_hexdigit())
        && bytes.get(end).is_none_or(|b| !b.is_ascii_hexdigit())
}

/// A quoted timestamp as sea-query inlines it ('2027-01-31 12:00:00.123456 +00:00') at `at`,
/// rewritten as the SQLite driver binds it; returns (bytes consumed, literal).
fn sqlite_timestamp_at(sql: &str, at: usize) -> Option<(usize, String)> {
    let bytes = sql.as_bytes();
    if bytes.get(at + 5) != Some(&b'-') || bytes.get(at + 11) != Some(&b' ') {
        return None;
    }
    let close = (at + 1..bytes.len().min(at + 48)).find(|&i| bytes[i] == b'\'')?;
    let parsed = DateTime::parse_from_str(&sql[at + 1..close], "%Y-%m-%d %H:%M:%S%.f %:z").ok()?;
    let stored = parsed
        .with_timezone(&Utc)
        .to_rfc3339_opts(SecondsFormat::AutoSi, false);
    Some((close + 1 - at, format!("'{stored}'")))
}

impl Replay {
    /// Prepares `captured` (the statements of `youth`'s registration) for replay, keeping
    /// `shared_ids` and `shared_hex` (what every registration has in common).
    fn new(
        backend: DbBackend,
        captured: &[String],
        youth: &Youth,
        shared_ids: &HashSet<Uuid>,
        shared_hex: &HashSet<String>,
    ) -> Self {
        let sqlite = backend == DbBackend::Sqlite;
        let mut slot_of: HashMap<Uuid, usize> = HashMap::new();
        let mut slots = Vec::new();
        let mut secret_of: HashMap<String, usize> = HashMap::new();
        let mut statements = Vec::new();
        for sql in captured {
            let bytes = sql.as_bytes();
            let mut pieces = Vec::new();
            let mut text = String::new();
            let (mut i, mut copied) = (0, 0);
            while i < bytes.len() {
                let quoted_id = sqlite
                    && bytes[i] == b'\''
                    && uuid_at(bytes, i + 1)
                    && bytes.get(i + 37) == Some(&b'\'');
                let (start, end, blob) = if quoted_id {
                    (i + 1, i + 37, true)
                } else {
                    (i, i + 36, false)
                };
                if quoted_id || (uuid_at(bytes, i) && bounded(bytes, i, end)) {
                    text.push_str(&sql[copied..i]);
                    let id = Uuid::parse_str(&sql[start..end]).expect("a UUID");
                    if shared_ids.contains(&id) {
                        if blob {
                            write!(text, "x'{}'", id.simple()).expect("write");
                        } else {
                            text.push_str(&sql[start..end]);
                        }
                    } else {
                        let slot = *slot_of.entry(id).or_insert_with(|| {
                            slots.push(if id == youth.id {
                                Slot::Youth
                            } else if let Some(k) = youth.guardians.iter().position(|g| *g == id) {
                                Slot::Guardian(k)
                            } else {
                                Slot::Fresh
                            });
                            slots.len() - 1
                        });
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                        pieces.push(Piece::Id { slot, blob });
                    }
                    i = if blob { end + 1 } else { end };
                    copied = i;
                    continue;
                }
                if sqlite
                    && bytes[i] == b'\''
                    && let Some((consumed, literal)) = sqlite_timestamp_at(sql, i)
                {
                    text.push_str(&sql[copied..i]);
                    text.push_str(&literal);
                    i += consumed;
                    copied = i;
                    continue;
                }
                if hex64_at(bytes, i) && bounded(bytes, i, i + 64) {
                    text.push_str(&sql[copied..i]);
                    let hex = &sql[i..i + 64];
                    if shared_hex.contains(hex) {
                        text.push_str(hex);
                    } else {
                        let next = secret_of.len();
                        let secret = *secret_of.entry(hex.to_owned()).or_insert(next);
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                        pieces.push(Piece::Secret(secret));
                    }
                    i += 64;
                    copied = i;
                    continue;
                }
                i += 1;
            }
            text.push_str(&sql[copied..]);
            pieces.push(Piece::Text(text));
            pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
            statements.push(Template {
                fixed: pieces.iter().all(|p| matches!(p, Piece::Text(_))),
                pieces,
                read: sql.trim_start().to_ascii_uppercase().starts_with("SELECT"),
                len: sql.len() + 16,
            });
        }
        let in_transaction = statements
            .iter()
            .rposition(|s| !s.read)
            .map_or(statements.len(), |last| last + 1);
        Self {
            backend,
            statements,
            in_transaction,
            slots,
            secrets: secret_of.len(),
        }
    }

    /// The statements for `youth`, with fresh ids and tokens.
    fn render(&self, youth: &Youth) -> Vec<String> {
        let ids: Vec<Uuid> = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Youth => youth.id,
                Slot::Guardian(k) => youth.guardians[*k],
                Slot::Fresh => Uuid::now_v7(),
            })
            .collect();
        let secrets: Vec<String> = (0..self.secrets)
            .map(|_| format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple()))
            .collect();
        self.statements
            .iter()
            .map(|statement| {
                let mut sql = String::with_capacity(statement.len);
                for piece in &statement.pieces {
                    match piece {
                        Piece::Text(text) => sql.push_str(text),
                        Piece::Id { slot, blob: true } => {
                            write!(sql, "x'{}'", ids[*slot].simple()).expect("write")
                        }
                        Piece::Id { slot, blob: false } => {
                            write!(sql, "{}", ids[*slot]).expect("write")
                        }
                        Piece::Secret(k) => sql.push_str(&secrets[*k]),
                    }
                }
                sql
            })
            .collect()
    }

    /// One registration of `youth` as raw statements: a write transaction, then the reads.
    async fn run(&self, db: &DatabaseConnection, youth: &Youth) -> Result<(), DbErr> {
        let mut statements = self.render(youth).into_iter().zip(&self.statements);
        let txn = begin_write(db).await?;
        for (sql, template) in statements.by_ref().take(self.in_transaction) {
            execute(&txn, self.backend, sql, template).await?;
        }
        txn.commit().await?;
        for (sql, template) in statements {
            execute(db, self.backend, sql, template).await?;
        }
        Ok(())
    }
}

/// Runs one statement; a read's rows are fetched and dropped.
async fn execute(
    db: &impl ConnectionTrait,
    backend: DbBackend,
    sql: String,
    template: &Template,
) -> Result<(), DbErr> {
    match (template.fixed, template.read) {
        (true, true) => {
            db.query_all_raw(Statement::from_string(backend, sql))
                .await?;
        }
        (true, false) => {
            db.execute_raw(Statement::from_string(backend, sql)).await?;
        }
        (false, _) => {
            db.execute_unprepared(&sql).await?;
        }
    }
    Ok(())
}

/// The ids every registration shares: people, places, organisations, the exchange, the
/// consent texts; and the texts' hashes.
async fn shared(db: &DatabaseConnection) -> anyhow::Result<(HashSet<Uuid>, HashSet<String>)> {
    let backend = db.get_database_backend();
    let mut ids = HashSet::new();
    for table in [
        "users",
        "organisations",
        "towns",
        "municipalities",
        "exchanges",
        "consent_texts",
    ] {
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT id FROM {table}"),
            ))
            .await?;
        for row in rows {
            ids.insert(row.try_get::<Uuid>("", "id")?);
        }
    }
    let mut hex = HashSet::new();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT sha256 FROM consent_texts",
        ))
        .await?;
    for row in rows {
        hex.insert(row.try_get::<String>("", "sha256")?);
    }
    Ok((ids, hex))
}

// ---------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------

struct Run {
    elapsed: Duration,
    errors: Vec<String>,
    /// Places taken at the end (from 0 at the start).
    taken: i32,
    /// Rows added to each of `TABLES`.
    added: Vec<i64>,
}

impl Run {
    fn rate(&self, count: usize) -> f64 {
        count as f64 / self.elapsed.as_secs_f64()
    }
}

/// `count` pieces of `work` by `clients` concurrent clients (tasks), each taking the next
/// index until none is left; the places are reset to none taken first.
async fn drive<F, Fut>(
    app: &TestApp,
    exchange: Uuid,
    count: usize,
    clients: usize,
    work: F,
) -> anyhow::Result<Run>
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    exchange_places::Entity::update_many()
        .col_expr(exchange_places::Column::Taken, Expr::value(0))
        .filter(exchange_places::Column::ExchangeId.eq(exchange))
        .exec(app.db())
        .await?;
    let mut before = Vec::new();
    for table in TABLES {
        before.push(app.count(table).await);
    }
    let work = Arc::new(work);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks = (0..clients).map(|_| {
        let (work, next) = (work.clone(), next.clone());
        tokio::spawn(async move {
            let mut errors = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    break errors;
                }
                if let Err(error) = work(i).await {
                    errors.push(error);
                }
            }
        })
    });
    let mut errors = Vec::new();
    for finished in futures_util::future::join_all(tasks).await {
        errors.extend(finished?);
    }
    let elapsed = started.elapsed();
    let taken = exchange_places::Entity::find_by_id(exchange)
        .one(app.db())
        .await?
        .map_or(-1, |p| p.taken);
    let mut added = Vec::new();
    for (table, before) in TABLES.iter().zip(before) {
        added.push(app.count(table).await - before);
    }
    Ok(Run {
        elapsed,
        errors,
        taken,
        added,
    })
}

/// N registrations by `clients` clients through the `registerForExchange` mutation.
async fn mutation_run(
    app: &Arc<TestApp>,
    teacher: &Principal,
    exchange: Uuid,
    youths: Arc<Vec<Youth>>,
    clients: usize,
) -> anyhow::Result<Run> {
    let (shared_app, teacher) = (app.clone(), teacher.clone());
    let count = youths.len();
    drive(app, exchange, count, clients, move |i| {
        let (app, teacher, youths) = (shared_app.clone(), teacher.clone(), youths.clone());
        async move { register(&app, &teacher, exchange, youths[i].id).await }
    })
    .await
}

/// N registrations by `clients` clients as raw transactions.
async fn raw_run(
    app: &TestApp,
    replay: &Arc<Replay>,
    exchange: Uuid,
    youths: Arc<Vec<Youth>>,
    clients: usize,
) -> anyhow::Result<Run> {
    let (db, replay) = (app.db().clone(), replay.clone());
    let count = youths.len();
    drive(app, exchange, count, clients, move |i| {
        let (db, replay, youths) = (db.clone(), replay.clone(), youths.clone());
        async move { replay.run(&db, &youths[i]).await.map_err(|e| e.to_string()) }
    })
    .await
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let count: usize = std::env::var("REGISTRATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    let (mut app, log) = TestApp::spawn_counting().await;
    let backend = app.db().get_database_backend();
    let backend_name = match backend {
        DbBackend::Postgres => "PostgreSQL",
        DbBackend::Sqlite => "SQLite",
        _ => "another database",
    };

    // Setup (not measured): the exchange, and young people 15 at its start date: one for the
    // capture, then `count` for each of the four runs.
    let (exchange, school, teacher) = hot_exchange(&app).await?;
    let born = day(60)
        .checked_sub_months(Months::new(15 * 12 + 1))
        .ok_or_else(|| anyhow::anyhow!("a date of birth"))?;
    let mut youths = young_people(&app, &teacher, school, born, 4 * count + 1).await?;
    let mut batch = || Arc::new(youths.split_off(youths.len() - count));
    let (raw_single, mutation_single, raw_concurrent, mutation_concurrent) =
        (batch(), batch(), batch(), batch());
    let captured_youth = youths.pop().ok_or_else(|| anyhow::anyhow!("one left"))?;

    // What one registration runs.
    log.clear();
    if let Err(error) = register(&app, &teacher, exchange, captured_youth.id).await {
        anyhow::bail!("the captured registration failed: {error}");
    }
    let captured = log.statements();
    if std::env::var_os("SHOW_STATEMENTS").is_some() {
        for (i, sql) in captured.iter().enumerate() {
            let end = sql.char_indices().nth(300).map_or(sql.len(), |(i, _)| i);
            println!("{:>2}. {}", i + 1, &sql[..end]);
        }
    }
    let (shared_ids, shared_hex) = shared(app.db()).await?;
    let replay = Arc::new(Replay::new(
        backend,
        &captured,
        &captured_youth,
        &shared_ids,
        &shared_hex,
    ));
    // The log's callback formats every statement: the runs go without it.
    app.state.services.db.set_metric_callback(|_| {});
    let app = Arc::new(app);

    // Raw first, then the mutation, so that the mutation meets the larger tables.
    let raw_1 = raw_run(&app, &replay, exchange, raw_single, 1).await?;
    let mutation_1 = mutation_run(&app, &teacher, exchange, mutation_single, 1).await?;
    let raw_n = raw_run(&app, &replay, exchange, raw_concurrent, CLIENTS).await?;
    let mutation_n = mutation_run(&app, &teacher, exchange, mutation_concurrent, CLIENTS).await?;

    let reads = replay.statements.iter().filter(|s| s.read).count();
    let fixed = replay.statements.iter().filter(|s| s.fixed).count();
    let fresh = replay.slots.iter().filter(|s| **s == Slot::Fresh).count();
    println!(
        "registrations: {count} per run on one exchange ({PLACES} places, reset before each \
         run), {backend_name}"
    );
    println!(
        "statements per registration: {} ({} reads, {} writes; {} in the write transaction, \
         {} after its commit); the replay makes {} ids and {} token values fresh per \
         registration and prepares the {} statements that stay the same",
        captured.len(),
        reads,
        captured.len() - reads,
        replay.in_transaction,
        captured.len() - replay.in_transaction,
        fresh,
        replay.secrets,
        fixed
    );
    for (clients, raw, mutation) in [(1, &raw_1, &mutation_1), (CLIENTS, &raw_n, &mutation_n)] {
        let label = if clients == 1 {
            "1 client".to_owned()
        } else {
            format!("{clients} clients")
        };
        println!(
            "raw transactions, {label}:             {:.2} s ({:.0} registrations/s)",
            raw.elapsed.as_secs_f64(),
            raw.rate(count)
        );
        println!(
            "registerForExchange mutation, {label}: {:.2} s ({:.0} registrations/s)",
            mutation.elapsed.as_secs_f64(),
            mutation.rate(count)
        );
        println!(
            "ratio (mutation / raw), {label}: {:.2}   (goal >= 0.5)",
            mutation.rate(count) / raw.rate(count)
        );
    }
    let expected = count.min(PLACES as usize);
    println!(
        "sanity: places taken after each run (expected {expected}): raw {}, mutation {}, \
         raw x{CLIENTS} {}, mutation x{CLIENTS} {}",
        raw_1.taken, mutation_1.taken, raw_n.taken, mutation_n.taken
    );
    println!(
        "sanity: rows added to {} per run: raw {:?}, mutation {:?}, raw x{CLIENTS} {:?}, \
         mutation x{CLIENTS} {:?}",
        TABLES.join("/"),
        raw_1.added,
        mutation_1.added,
        raw_n.added,
        mutation_n.added
    );
    if backend == DbBackend::Sqlite {
        let row = app
            .db()
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COUNT(*) AS n, SUM(typeof(id) <> 'blob' OR typeof(youth_id) <> 'blob' \
                 OR created_at NOT LIKE '____-__-__T%') AS odd FROM registrations",
            ))
            .await?
            .ok_or_else(|| anyhow::anyhow!("a row"))?;
        println!(
            "sanity: registrations stored unlike the service's (ids not blobs, other timestamp \
             format): {} of {}",
            row.try_get::<i64>("", "odd")?,
            row.try_get::<i64>("", "n")?
        );
    }
    let errors: Vec<&String> = [&raw_1, &mutation_1, &raw_n, &mutation_n]
        .iter()
        .flat_map(|run| &run.errors)
        .collect();
    println!(
        "sanity: failed registrations: {}{}",
        errors.len(),
        errors
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default()
    );
    Ok(())
}
