//! A signed-in user's small query while anonymous clients flood `/graphql` with documents of
//! many repeated fields (61 KB each, just under the body limit), against the same query on an
//! idle server, measured in the same run over real HTTP on loopback.
//!
//! `cargo bench -p utbyte-tests --bench graphql_flood` (add `TEST_DATABASE_URL=postgres://…`
//! for PostgreSQL). Prints the p50s and their ratio (goal: flooded p50 ≤ 2 × idle); exits
//! non-zero only when an answer is wrong, never because of a timing.
use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use utbyte_tests::{TestApp, error_code};

const FLOODERS: usize = 4;
const SAMPLES: usize = 300;
const WARM_UP: usize = 30;

#[tokio::main]
async fn main() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("bench@example.se", "teacher").await;
    let client = reqwest::Client::new();
    let url = app.url("/graphql");
    let small = json!({ "query": "{ me { id email } }" }).to_string();
    let flood = json!({ "query": format!("{{ {} }}", "__typename ".repeat(5_500)) }).to_string();
    println!("flooding document: {} bytes", flood.len());

    let idle = p50(&client, &url, &token, &small).await;

    let stop = Arc::new(AtomicBool::new(false));
    let refused = Arc::new(AtomicUsize::new(0));
    let mut flooders = Vec::new();
    for _ in 0..FLOODERS {
        let (client, url, body) = (reqwest::Client::new(), url.clone(), flood.clone());
        let (stop, refused) = (stop.clone(), refused.clone());
        flooders.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let response = client
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("flood request");
                let answer: Value = response.json().await.expect("JSON");
                assert_eq!(error_code(&answer), "DOCUMENT_TOO_LARGE", "{answer}");
                refused.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    let before = refused.load(Ordering::Relaxed);
    let flooded = p50(&client, &url, &token, &small).await;
    let rate = (refused.load(Ordering::Relaxed) - before) as f64 / started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for flooder in flooders {
        flooder.await.expect("flooder");
    }

    println!("signed-in `me` p50 idle: {:.2} ms", ms(idle));
    println!(
        "signed-in `me` p50 under {FLOODERS} flooding clients: {:.2} ms -> ratio {:.2}  (goal <= 2)",
        ms(flooded),
        flooded.as_secs_f64() / idle.as_secs_f64()
    );
    println!("flooding documents refused meanwhile: {rate:.0}/s");
}

async fn p50(client: &reqwest::Client, url: &str, token: &str, body: &str) -> Duration {
    let mut times = Vec::with_capacity(SAMPLES);
    for i in 0..WARM_UP + SAMPLES {
        let started = Instant::now();
        let response = client
            .post(url)
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .expect("request");
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(
            answer["data"]["me"]["email"], "bench@example.se",
            "{answer}"
        );
        if i >= WARM_UP {
            times.push(started.elapsed());
        }
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
