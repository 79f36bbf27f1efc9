//! The read path against the database's own speed: the GraphQL list of open exchanges (a
//! page of 50 with their organisations, partners and towns) against a plain axum handler
//! that runs the very same SQL statements (the same domain calls, checked statement for
//! statement) and writes the very same JSON (checked byte for byte), at 100, 1 000 and
//! 10 000 exchanges, over HTTP on loopback.
//!
//! `bash bench/read.sh` runs it on SQLite and then on a throw-away PostgreSQL server;
//! `cargo bench -p utbyte-tests --bench read_path` runs it on one database (SQLite, or
//! PostgreSQL when `TEST_DATABASE_URL=postgres://…` names a server).
//!
//! The server runs on one worker thread of its own, the clients on another. Each size
//! measures, in alternating rounds, the throughput with several clients and the latency of
//! one client alone, and prints the ratios GraphQL ÷ plain (goal ≥ 0.7; one client's p50
//! within 1.5× the plain handler's) and the throughput at each size against that at 100
//! (goal: within 20 % at 10 000). Every answer is checked (status 200, no `errors`); a wrong
//! answer ends the run with an error, a slow one never does.
use std::{
    collections::{HashMap, HashSet},
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::IntoResponse,
    routing::get,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    Statement,
};
use serde::Serialize;
use serde_json::json;
use utbyte_api::app::AppState;
use utbyte_domain::{
    Principal, accounts,
    directory::{organisations::organisations_by_ids, places::towns_by_ids},
    entities::{exchange_partners, exchanges, organisations, towns},
    exchanges::{
        proposals::{self, ExchangeFilter},
        rules::ExchangeState,
    },
};
use utbyte_tests::{TestApp, world::SchoolWorld};
use uuid::Uuid;

const SIZES: [usize; 3] = [100, 1_000, 10_000];
const PAGE: u64 = 50;
const CLIENTS: usize = 4;
const ROUNDS: usize = 3;
const ROUND: Duration = Duration::from_secs(2);

const QUERY: &str = "{ exchanges(first: 50, filter: { state: OPEN_FOR_REGISTRATION }) { \
     pageInfo { hasNextPage endCursor } \
     edges { node { id state titles { language text } startDate endDate participants leaders \
     sendingOrganisation { id name kind town { id localName country } } \
     partnerOrganisations { id name kind town { id localName country } } \
     destinationTown { id localName country } } } } }";

// ----------------------------------------------------------------------- the plain handler

#[derive(Serialize)]
struct Body {
    data: Data,
}

#[derive(Serialize)]
struct Data {
    exchanges: Page,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page {
    page_info: PageInfo,
    edges: Vec<Edge>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}

#[derive(Serialize)]
struct Edge {
    node: Node,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Node {
    id: String,
    state: String,
    titles: Vec<Text>,
    start_date: String,
    end_date: String,
    participants: i32,
    leaders: i32,
    sending_organisation: Organisation,
    partner_organisations: Vec<Organisation>,
    destination_town: Town,
}

#[derive(Serialize)]
struct Text {
    language: String,
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Organisation {
    id: String,
    name: String,
    kind: String,
    town: Town,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Town {
    id: String,
    local_name: String,
    country: String,
}

fn town(row: &towns::Model) -> Town {
    Town {
        id: row.id.to_string(),
        local_name: row.local_name.clone(),
        country: row.country.clone(),
    }
}

fn organisation(
    row: &organisations::Model,
    towns: &HashMap<Uuid, towns::Model>,
) -> Option<Organisation> {
    Some(Organisation {
        id: row.id.to_string(),
        name: row.name.clone(),
        kind: row.kind.to_uppercase(),
        town: town(towns.get(&row.town_id)?),
    })
}

/// The same page as the GraphQL query, from the same statements in the same order: the
/// session, the page, its partners, their organisations, their towns.
async fn plain(State(state): State<AppState>, headers: HeaderMap) -> axum::response::Response {
    let services = &state.services;
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let principal: Principal = match accounts::authenticate(services, token).await {
        Ok(Some(principal)) => principal,
        _ => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let filter = ExchangeFilter {
        state: Some(ExchangeState::OpenForRegistration),
        ..ExchangeFilter::default()
    };
    let Ok(page) = proposals::list(services, &principal, filter, PAGE, None).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let ids: Vec<Uuid> = page.exchanges.iter().map(|e| e.id).collect();
    let Ok(partners) = proposals::partners_of_many(&services.db, &ids).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let organisation_ids = unique(
        page.exchanges
            .iter()
            .map(|e| e.sending_organisation_id)
            .chain(partners.values().flatten().copied()),
    );
    let Ok(found) = organisations_by_ids(&services.db, &organisation_ids).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let found: HashMap<Uuid, organisations::Model> = found.into_iter().map(|o| (o.id, o)).collect();
    let town_ids = unique(
        page.exchanges
            .iter()
            .map(|e| e.destination_town_id)
            .chain(found.values().map(|o| o.town_id)),
    );
    let Ok(towns) = towns_by_ids(&services.db, &town_ids).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut edges = Vec::with_capacity(page.exchanges.len());
    for e in &page.exchanges {
        let (Some(sending), Some(destination)) = (
            found
                .get(&e.sending_organisation_id)
                .and_then(|o| organisation(o, &towns)),
            towns.get(&e.destination_town_id),
        ) else {
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        edges.push(Edge {
            node: Node {
                id: e.id.to_string(),
                state: e.state.to_uppercase(),
                titles: e
                    .titles
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter_map(|(language, text)| {
                        Some(Text {
                            language: language.clone(),
                            text: text.as_str()?.to_owned(),
                        })
                    })
                    .collect(),
                start_date: e.start_date.format("%Y-%m-%d").to_string(),
                end_date: e.end_date.format("%Y-%m-%d").to_string(),
                participants: e.participants,
                leaders: e.leaders,
                sending_organisation: sending,
                partner_organisations: partners
                    .get(&e.id)
                    .into_iter()
                    .flatten()
                    .filter_map(|id| organisation(found.get(id)?, &towns))
                    .collect(),
                destination_town: town(destination),
            },
        });
    }
    let body = Body {
        data: Data {
            exchanges: Page {
                page_info: PageInfo {
                    has_next_page: page.has_next_page,
                    end_cursor: page.exchanges.last().map(|e| e.id.to_string()),
                },
                edges,
            },
        },
    };
    match serde_json::to_vec(&body) {
        Ok(bytes) => ([(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn unique(ids: impl Iterator<Item = Uuid>) -> Vec<Uuid> {
    let mut seen = HashSet::new();
    ids.filter(|id| seen.insert(*id)).collect()
}

// ----------------------------------------------------------------------------- the data

/// Copies of `template` (and of its partners) until there are `total` exchanges, every
/// other one open for registration.
async fn grow(state: &AppState, template: &exchanges::Model, partners: &[Uuid], total: usize) {
    let db = &state.services.db;
    let have = exchanges::Entity::find()
        .count(db)
        .await
        .expect("exchanges") as usize;
    let mut rows = Vec::new();
    let mut links = Vec::new();
    for n in have..total {
        let id = Uuid::now_v7();
        let mut row = template.clone().into_active_model();
        row.id = Set(id);
        row.state = Set(if n % 2 == 1 {
            ExchangeState::OpenForRegistration.code().to_owned()
        } else {
            ExchangeState::Submitted.code().to_owned()
        });
        rows.push(row);
        for partner in partners {
            links.push(exchange_partners::ActiveModel {
                exchange_id: Set(id),
                organisation_id: Set(*partner),
            });
        }
        if rows.len() == 200 {
            exchanges::Entity::insert_many(std::mem::take(&mut rows))
                .exec(db)
                .await
                .expect("exchanges inserted");
            exchange_partners::Entity::insert_many(std::mem::take(&mut links))
                .exec(db)
                .await
                .expect("partners inserted");
        }
    }
    if !rows.is_empty() {
        exchanges::Entity::insert_many(rows)
            .exec(db)
            .await
            .expect("exchanges inserted");
        exchange_partners::Entity::insert_many(links)
            .exec(db)
            .await
            .expect("partners inserted");
    }
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        use sea_orm::ConnectionTrait;
        db.execute_unprepared("ANALYZE").await.expect("analyze");
    }
}

// ----------------------------------------------------------------------------- the load

/// Statements as SQL with their values sorted: the keys of an `IN (…)` come from hash maps,
/// in no particular order.
fn comparable(statements: Vec<Statement>) -> Vec<(String, Vec<String>)> {
    statements
        .into_iter()
        .map(|statement| {
            let mut values: Vec<String> = statement
                .values
                .iter()
                .flat_map(|values| values.0.iter().map(|value| format!("{value:?}")))
                .collect();
            values.sort();
            (statement.sql, values)
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Kind {
    Graphql,
    Plain,
}

async fn once(http: &reqwest::Client, base: &str, token: &str, kind: Kind) -> Vec<u8> {
    let request = match kind {
        Kind::Graphql => http
            .post(format!("{base}/graphql"))
            .json(&json!({ "query": QUERY })),
        Kind::Plain => http.get(format!("{base}/plain/exchanges")),
    };
    let response = request
        .bearer_auth(token)
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), 200, "{kind:?}");
    let body = response.bytes().await.expect("body");
    assert!(
        no_errors(&body),
        "{kind:?} answered with errors: {}",
        String::from_utf8_lossy(&body)
    );
    body.to_vec()
}

/// True when the answer has data and no `errors` member.
fn no_errors(body: &[u8]) -> bool {
    body.starts_with(b"{\"data\":{")
        && !body
            .windows(b"\"errors\"".len())
            .any(|w| w == b"\"errors\"")
}

struct Round {
    rps: f64,
    latencies: Vec<Duration>,
}

/// `clients` clients reading for one round.
async fn round(base: &str, token: &str, kind: Kind, clients: usize) -> Round {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (base, token) = (base.to_owned(), token.to_owned());
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut latencies = Vec::new();
            while started.elapsed() < ROUND {
                let t = Instant::now();
                once(&http, &base, &token, kind).await;
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("client"));
    }
    Round {
        rps: latencies.len() as f64 / started.elapsed().as_secs_f64(),
        latencies,
    }
}

/// The fields an answer resolved: every member of every object under `data`.
fn fields(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Object(members) => {
            members.len() + members.values().map(fields).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter().map(fields).sum(),
        _ => 0,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at].as_secs_f64() * 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

struct Figures {
    rps: f64,
    p50_one: f64,
    p99: f64,
}

/// Alternating rounds of both kinds: throughput and p99 with `CLIENTS` clients, p50 with one.
async fn measure(base: &str, token: &str) -> (Figures, Figures, Vec<f64>) {
    let mut rps = HashMap::new();
    let mut many = HashMap::new();
    let mut one = HashMap::new();
    let mut ratios = Vec::new();
    for _ in 0..ROUNDS {
        let mut this = HashMap::new();
        for kind in [Kind::Graphql, Kind::Plain] {
            let r = round(base, token, kind, CLIENTS).await;
            this.insert(kind, r.rps);
            rps.entry(kind).or_insert_with(Vec::new).push(r.rps);
            many.entry(kind)
                .or_insert_with(Vec::new)
                .extend(r.latencies);
            let r = round(base, token, kind, 1).await;
            one.entry(kind).or_insert_with(Vec::new).extend(r.latencies);
        }
        ratios.push(this[&Kind::Graphql] / this[&Kind::Plain]);
    }
    let mut figures = |kind: Kind| {
        let mut many = many.remove(&kind).unwrap_or_default();
        many.sort();
        let mut one = one.remove(&kind).unwrap_or_default();
        one.sort();
        Figures {
            rps: median(rps[&kind].clone()),
            p50_one: percentile(&one, 0.5),
            p99: percentile(&many, 0.99),
        }
    };
    let graphql = figures(Kind::Graphql);
    let plain = figures(Kind::Plain);
    (graphql, plain, ratios)
}

fn main() {
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("server")
        .enable_all()
        .build()
        .expect("server runtime");
    let clients = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("clients")
        .enable_all()
        .build()
        .expect("client runtime");

    // The service, with a route for the plain handler, served from the server's runtime.
    let (app, log, world, base) = server.block_on(async {
        let (app, log) = TestApp::spawn_counting().await;
        let world = SchoolWorld::new(&app).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let plain_routes = Router::new()
            .route("/plain/exchanges", get(plain))
            .with_state(app.state.clone());
        let router = utbyte_api::http::router(app.state.clone()).merge(plain_routes);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
            .expect("server runs");
        });
        (app, log, world, format!("http://{address}"))
    });
    let backend = app.db().get_database_backend();
    let database = match backend {
        sea_orm::DatabaseBackend::Postgres => "PostgreSQL",
        _ => "SQLite",
    };

    // One exchange made through the API is the template of all the others.
    let (template, partners) = server.block_on(async {
        let id = world.submitted(&app, "Språkvecka i Lyon").await;
        let template = exchanges::Entity::find_by_id(id)
            .one(app.db())
            .await
            .expect("template")
            .expect("template exists");
        let partners: Vec<Uuid> = exchange_partners::Entity::find()
            .filter(exchange_partners::Column::ExchangeId.eq(id))
            .all(app.db())
            .await
            .expect("partners")
            .into_iter()
            .map(|p| p.organisation_id)
            .collect();
        (template, partners)
    });
    let token = world.coordinator.clone();

    println!(
        "read path on {database}: a page of {PAGE} open exchanges with organisations, partners \
         and towns; {CLIENTS} clients for throughput and p99, 1 client for p50; \
         {ROUNDS} alternating rounds of {}s each",
        ROUND.as_secs()
    );
    let mut at_100 = None;
    let mut lines = Vec::new();
    for size in SIZES {
        server.block_on(grow(&app.state, &template, &partners, size));
        let (graphql, plain_body, same_statements) = clients.block_on(async {
            let http = reqwest::Client::new();
            log.clear();
            let graphql = once(&http, &base, &token, Kind::Graphql).await;
            let graphql_statements = comparable(log.captured());
            log.clear();
            let plain_body = once(&http, &base, &token, Kind::Plain).await;
            let plain_statements = comparable(log.captured());
            log.clear();
            (graphql, plain_body, (graphql_statements, plain_statements))
        });
        if graphql != plain_body {
            eprintln!("GraphQL: {}", String::from_utf8_lossy(&graphql));
            eprintln!("plain:   {}", String::from_utf8_lossy(&plain_body));
            panic!("the two answers differ");
        }
        let (graphql_statements, plain_statements) = same_statements;
        if graphql_statements != plain_statements {
            panic!(
                "the two ran different statements:\nGraphQL: {graphql_statements:#?}\nplain: {plain_statements:#?}"
            );
        }
        let answer: serde_json::Value = serde_json::from_slice(&graphql).expect("JSON");
        let edges = answer["data"]["exchanges"]["edges"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(edges as u64, PAGE.min(size as u64 / 2), "a full page");
        let resolved = fields(&answer["data"]);
        let (g, p, ratios) = clients.block_on(measure(&base, &token));
        log.clear();
        let ratio = g.rps / p.rps;
        let base_rps = *at_100.get_or_insert(g.rps);
        let line = format!(
            "{database} {size:>6} exchanges: GraphQL {:7.1} req/s p50(1) {:5.2} ms p99 {:6.2} ms | \
             plain {:7.1} req/s p50(1) {:5.2} ms p99 {:6.2} ms | ratio {:.2} (rounds {}) \
             p50 ratio {:.2} | GraphQL vs 100: {:.2} | {resolved} fields, {:.2} µs more each",
            g.rps,
            g.p50_one,
            g.p99,
            p.rps,
            p.p50_one,
            p.p99,
            ratio,
            ratios
                .iter()
                .map(|r| format!("{r:.2}"))
                .collect::<Vec<_>>()
                .join(" "),
            g.p50_one / p.p50_one,
            g.rps / base_rps,
            (g.p50_one - p.p50_one) * 1000.0 / resolved as f64,
        );
        println!("{line}");
        println!(
            "BENCH db={database} exchanges={size} graphql_rps={:.1} plain_rps={:.1} ratio={ratio:.3} \
             graphql_p50_1={:.3} plain_p50_1={:.3} graphql_p99={:.3} plain_p99={:.3} \
             statements={} bytes={} fields={resolved}",
            g.rps,
            p.rps,
            g.p50_one,
            p.p50_one,
            g.p99,
            p.p99,
            graphql_statements.len(),
            graphql.len(),
        );
        lines.push(line);
    }
    println!();
    println!(
        "goals: ratio >= 0.70 at every size; p50 ratio (1 client) <= 1.5; GraphQL at 10000 within 20 % of 100"
    );
    for line in lines {
        println!("{line}");
    }
    drop(app);
    clients.shutdown_background();
    server.shutdown_background();
}
