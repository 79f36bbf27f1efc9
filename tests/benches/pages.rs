//! The web pages against the GraphQL queries that read the same data, in one run over real
//! HTTP on loopback: the principal's home page (50 approval steps waiting, notifications,
//! exchanges by state) and the list of 50 exchanges.
//!
//! `cargo bench -p utbyte-tests --bench pages` (add `TEST_DATABASE_URL=postgres://…` for
//! PostgreSQL). Prints requests per second for each, and the page ÷ GraphQL ratios (goal:
//! ≥ 0.7). Exits non-zero only when an answer is wrong, never because of a timing.
use std::time::{Duration, Instant};

use reqwest::header;
use serde_json::{Value, json};
use utbyte_tests::{
    TestApp,
    web::WebClient,
    world::{PRINCIPAL, SchoolWorld},
};

const EXCHANGES: usize = 50;
const CLIENTS: usize = 4;
const ROUND: Duration = Duration::from_secs(3);
const ROUNDS: usize = 3;

const HOME_QUERY: &str = "{ me { displayName } \
     myApprovalQueue { exchange { id titles { language text } } step { dueAt } waitingSince } \
     notifications(first: 5, unreadOnly: true) { nodes { title createdAt } } \
     exchanges(first: 100) { nodes { state } } }";
const LIST_QUERY: &str = "{ exchanges(first: 50) { pageInfo { hasNextPage endCursor } \
     nodes { id state startDate endDate titles { language text } \
     destinationTown { localName country } partnerOrganisations { name } } } }";

/// One way of reading: a request to send, and a check of its answer.
#[derive(Clone)]
enum Read {
    Page {
        path: &'static str,
        cookie: String,
        expect: &'static str,
    },
    Graphql {
        query: &'static str,
        token: String,
    },
}

impl Read {
    async fn once(&self, http: &reqwest::Client, base: &str) {
        match self {
            Read::Page {
                path,
                cookie,
                expect,
            } => {
                let response = http
                    .get(format!("{base}{path}"))
                    .header(header::COOKIE, cookie)
                    .send()
                    .await
                    .expect("page request");
                assert_eq!(response.status(), 200, "{path}");
                let body = response.text().await.expect("page body");
                assert!(body.contains(expect), "{path} shows {expect}");
            }
            Read::Graphql { query, token } => {
                let answer: Value = http
                    .post(format!("{base}/graphql"))
                    .bearer_auth(token)
                    .json(&json!({ "query": query }))
                    .send()
                    .await
                    .expect("GraphQL request")
                    .json()
                    .await
                    .expect("JSON");
                assert!(answer["errors"].is_null(), "{answer}");
            }
        }
    }
}

/// Requests per second with `CLIENTS` clients reading for one round.
async fn throughput(read: &Read, base: &str) -> f64 {
    let started = Instant::now();
    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let (read, base) = (read.clone(), base.to_owned());
        clients.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut done = 0u64;
            while started.elapsed() < ROUND {
                read.once(&http, &base).await;
                done += 1;
            }
            done
        }));
    }
    let mut total = 0;
    for client in clients {
        total += client.await.expect("client");
    }
    total as f64 / started.elapsed().as_secs_f64()
}

#[tokio::main]
async fn main() {
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 1_000;
    })
    .await;
    let world = SchoolWorld::new(&app).await;
    for n in 0..EXCHANGES {
        world.submitted(&app, &format!("Språkvecka {n}")).await;
    }
    app.set_locale(PRINCIPAL, "en").await;
    let browser = WebClient::signed_in(&app, PRINCIPAL).await;
    let cookie = browser.session_cookie().expect("signed in").to_owned();
    let base = app.url("");

    let pairs = [
        (
            "home page",
            Read::Page {
                path: "/",
                cookie: cookie.clone(),
                expect: "Språkvecka 49",
            },
            Read::Graphql {
                query: HOME_QUERY,
                token: world.principal.clone(),
            },
        ),
        (
            "exchange list",
            Read::Page {
                path: "/exchanges",
                cookie,
                expect: "Språkvecka 49",
            },
            Read::Graphql {
                query: LIST_QUERY,
                token: world.principal.clone(),
            },
        ),
    ];
    println!(
        "{EXCHANGES} exchanges waiting for the principal; {CLIENTS} clients, {ROUNDS} rounds of {ROUND:?}"
    );
    for (name, page, graphql) in pairs {
        page.once(&reqwest::Client::new(), &base).await;
        graphql.once(&reqwest::Client::new(), &base).await;
        let mut ratios = Vec::new();
        for round in 0..ROUNDS {
            let pages = throughput(&page, &base).await;
            let queries = throughput(&graphql, &base).await;
            println!("{name} round {round}: page {pages:.0} req/s, GraphQL {queries:.0} req/s");
            ratios.push(pages / queries);
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "{name}: page ÷ GraphQL = {:.2} (median of {ROUNDS}; range {:.2}–{:.2}; goal ≥ 0.7)",
            ratios[ROUNDS / 2],
            ratios[0],
            ratios[ROUNDS - 1]
        );
    }
}
