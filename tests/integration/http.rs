//! The HTTP surface as a client sees it.
use serde_json::{Value, json};
use utbyte_tests::{TestApp, error_code};

#[tokio::test]
async fn health_endpoints_answer() {
    let app = TestApp::spawn().await;
    let live = app.http.get(app.url("/health/live")).send().await.unwrap();
    assert_eq!(live.status().as_u16(), 200);
    let ready = app.http.get(app.url("/health/ready")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 200);
    assert_eq!(ready.json::<Value>().await.unwrap()["status"], "ok");
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.db().clone().close().await.unwrap();
    let ready = app.http.get(app.url("/health/ready")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 503);
    let live = app.http.get(app.url("/health/live")).send().await.unwrap();
    assert_eq!(live.status().as_u16(), 200);
}

#[tokio::test]
async fn readiness_waits_for_pending_migrations() {
    use utbyte_migrations::{Migrator, MigratorTrait};
    let app = TestApp::spawn().await;
    // As when a newer build starts on a database another instance is still migrating.
    Migrator::down(app.db(), Some(1))
        .await
        .expect("the latest migration rolls back on a fresh database");
    let ready = app.http.get(app.url("/health/ready")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 503);
    assert_eq!(
        ready.json::<Value>().await.unwrap(),
        json!({ "status": "unavailable", "migrations": "pending" })
    );
    Migrator::up(app.db(), None).await.unwrap();
    let ready = app.http.get(app.url("/health/ready")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 200);
}

#[tokio::test]
async fn graphiql_and_introspection_in_development() {
    let app = TestApp::spawn().await;
    let page = app.http.get(app.url("/graphql")).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("graphiql")
    );
    let (_, body) = app
        .post_query(None, "{ __schema { queryType { name } } }")
        .await;
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn production_turns_graphiql_and_introspection_off() {
    let app = TestApp::spawn_with(|s| {
        s.graphiql = Some(false);
        s.introspection = Some(false);
    })
    .await;
    let page = app.http.get(app.url("/graphql")).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 405);
    let (_, body) = app
        .post_query(None, "{ __schema { queryType { name } } }")
        .await;
    // Introspection answers nothing: the schema stays unknown to the client.
    assert_eq!(body["data"]["__schema"], Value::Null, "{body}");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app
        .post(None, json!({ "query": "{ __typename }" }).to_string())
        .await;
    let id = response
        .headers()
        .get("x-request-id")
        .expect("x-request-id");
    assert_eq!(id.len(), 36);
    let given = app
        .http
        .get(app.url("/health/live"))
        .header("x-request-id", "trace-me-42")
        .send()
        .await
        .unwrap();
    assert_eq!(given.headers()["x-request-id"], "trace-me-42");
}

#[tokio::test]
async fn a_bearer_token_over_http_signs_the_request_in() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("http@example.se", "coordinator").await;
    let (_, body) = app.post_query(Some(&token), "{ me { email } }").await;
    assert_eq!(body["data"]["me"]["email"], "http@example.se");
    let (_, body) = app
        .post_query(Some("not-a-token"), "{ me { email } }")
        .await;
    assert!(body["data"]["me"].is_null());
    let (_, logout) = app
        .post_query(Some("0".repeat(64).as_str()), "mutation { logout }")
        .await;
    assert_eq!(error_code(&logout), "UNAUTHENTICATED");
}

/// Every refusal of the endpoint is a GraphQL error response with a code, and never quotes
/// what was sent.
#[tokio::test]
async fn malformed_bodies_and_documents_get_coded_json_that_echoes_nothing() {
    let app = TestApp::spawn().await;
    for body in [
        "{ not json",
        r#"{"query": 42}"#,
        r#"{"query": {"secretword": 1}}"#,
        "",
    ] {
        let response = app.post(None, body).await;
        assert_eq!(response.status().as_u16(), 400, "{body}");
        let text = response.text().await.unwrap();
        let json: Value = serde_json::from_str(&text).expect("a JSON refusal");
        assert_eq!(error_code(&json), "BAD_REQUEST", "{text}");
        assert!(
            !text.contains("secretword") && !text.contains("Error("),
            "{text}"
        );
    }
    let (status, body) = app.post_query(None, "{ me { secretword-1 } }").await;
    assert_eq!(status, 200);
    assert_eq!(error_code(&body), "GRAPHQL_PARSE_FAILED", "{body}");
    assert!(!body.to_string().contains("secretword"), "{body}");
    assert!(body["errors"][0]["locations"].is_array(), "{body}");
}

/// A body over the limit is 413 with a coded JSON answer, whether it declares its length or
/// is sent in chunks.
#[tokio::test]
async fn a_body_over_the_limit_is_413_with_or_without_its_length() {
    let app = TestApp::spawn().await;
    let padding = "x".repeat(100 * 1024);
    let body = json!({ "query": "{ __typename }", "variables": { "pad": padding } }).to_string();
    let declared = app.post(None, body.clone()).await;
    let chunks: Vec<Result<String, std::io::Error>> = body
        .as_bytes()
        .chunks(8 * 1024)
        .map(|chunk| Ok(String::from_utf8_lossy(chunk).into_owned()))
        .collect();
    let chunked = app
        .post(
            None,
            reqwest::Body::wrap_stream(futures_util::stream::iter(chunks)),
        )
        .await;
    for (how, response) in [("declared", declared), ("chunked", chunked)] {
        assert_eq!(response.status().as_u16(), 413, "{how}");
        let json: Value = response.json().await.expect("a JSON refusal");
        assert_eq!(error_code(&json), "BODY_TOO_LARGE", "{how}");
    }
}

#[tokio::test]
async fn an_unusable_client_request_id_is_replaced() {
    let app = TestApp::spawn().await;
    for bad in [
        "x".repeat(65),
        "spaces are odd".to_owned(),
        "a;b".to_owned(),
    ] {
        let response = app
            .http
            .get(app.url("/health/live"))
            .header("x-request-id", bad.as_str())
            .send()
            .await
            .unwrap();
        let id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_ne!(id, bad);
        assert_eq!(id.len(), 36);
    }
    // A long id on an audited mutation does not break it (the column holds 64 characters).
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .header("x-request-id", "y".repeat(300))
        .body(
            r#"{"query":"mutation { login(email: \"a@example.se\", password: \"x\") { token } }"}"#,
        )
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "UNAUTHENTICATED", "{body}");
}
