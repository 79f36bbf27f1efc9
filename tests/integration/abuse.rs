//! Hostile requests: each is refused before it costs the service anything.
use serde_json::{Value, json};
use utbyte_tests::{TestApp, error_code};

/// A query `depth` fields deep, `first { a { a ... { a } } }`, under the root field `first`.
fn nested(first: &str, depth: usize) -> String {
    let mut fields = vec![first];
    fields.resize(depth - 1, "a");
    let open: String = fields.iter().map(|f| format!("{f} {{ ")).collect();
    format!("{{ {open}a {} }}", "} ".repeat(depth - 1))
}

#[tokio::test]
async fn an_eleven_deep_query_is_rejected() {
    let app = TestApp::spawn().await;
    let (_, ten) = app.post_query(None, &nested("me", 10)).await;
    assert!(
        !ten.to_string().contains("nested too deep"),
        "ten levels are within the limit (and refused only for their unknown fields): {ten}"
    );
    let (_, rejected) = app.post_query(None, &nested("me", 11)).await;
    assert_eq!(
        error_code(&rejected),
        "GRAPHQL_VALIDATION_FAILED",
        "{rejected}"
    );
    assert!(
        rejected["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nested too deep"),
        "{rejected}"
    );
    assert!(rejected["data"].is_null());
}

#[tokio::test]
async fn ten_thousand_aliases_are_rejected() {
    let app = TestApp::spawn().await;
    let aliases: String = (0..10_000).map(|i| format!("a{i}:__typename ")).collect();
    let (status, body) = app.post_query(None, &format!("{{ {aliases} }}")).await;
    // Over the body limit already; either way nothing is executed.
    assert!(
        status == 413 || error_code(&body) == "GRAPHQL_VALIDATION_FAILED",
        "{status}"
    );
    // Within the token cap, the complexity limit refuses them.
    let aliases: String = (0..300).map(|i| format!("a{i}:me{{id}} ")).collect();
    let (status, body) = app.post_query(None, &format!("{{ {aliases} }}")).await;
    assert_eq!(status, 200);
    assert_eq!(error_code(&body), "GRAPHQL_VALIDATION_FAILED");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("too complex"),
        "{body}"
    );
}

/// The standard introspection query (graphql-js `getIntrospectionQuery()`), as GraphiQL and
/// code generators send it.
const INTROSPECTION_QUERY: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}
"#;

#[tokio::test]
async fn the_standard_introspection_query_works_and_depth_still_holds_elsewhere() {
    let app = TestApp::spawn().await;
    let (status, body) = app.post_query(None, INTROSPECTION_QUERY).await;
    assert_eq!(status, 200);
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
    assert!(body["data"]["__schema"]["types"].as_array().unwrap().len() > 50);

    // Introspection has a bound of its own, and ordinary fields keep theirs, also when
    // they hold introspection.
    let (_, too_deep) = app.post_query(None, &nested("__schema", 21)).await;
    assert!(
        too_deep.to_string().contains("nested too deep"),
        "{too_deep}"
    );
    let (_, ordinary) = app
        .post_query(
            None,
            &nested("me", 11).replace("{ a }", "{ __type(name: \"Query\") { name } }"),
        )
        .await;
    assert!(
        ordinary.to_string().contains("nested too deep"),
        "{ordinary}"
    );
}

/// A document of tens of thousands of repeated fields is refused by a scan of its tokens,
/// before it is parsed or validated: one error, whatever else is wrong with it.
#[tokio::test]
async fn a_document_of_many_repeated_fields_is_refused_before_parsing() {
    let app = TestApp::spawn().await;
    let flood = format!("{{ {} nope }} }} }}", "__typename ".repeat(5_500));
    assert!(flood.len() > 60_000 && flood.len() < 64 * 1024);
    let (status, body) = app.post_query(None, &flood).await;
    assert_eq!(status, 200);
    assert_eq!(body["errors"].as_array().unwrap().len(), 1, "{body}");
    assert_eq!(error_code(&body), "DOCUMENT_TOO_LARGE", "{body}");
    assert!(body["data"].is_null());

    // Under the cap, the same mistakes are found by parsing and validation.
    let (_, small) = app
        .post_query(
            None,
            &format!("{{ {} nope }} }} }}", "__typename ".repeat(50)),
        )
        .await;
    assert_eq!(error_code(&small), "GRAPHQL_PARSE_FAILED", "{small}");
    let (_, small) = app
        .post_query(None, &format!("{{ {} nope }}", "__typename ".repeat(50)))
        .await;
    assert_eq!(error_code(&small), "GRAPHQL_VALIDATION_FAILED", "{small}");
}

#[tokio::test]
async fn fifty_directives_are_rejected() {
    let app = TestApp::spawn().await;
    let directives = "@include(if: true) ".repeat(50);
    let (_, body) = app
        .post_query(None, &format!("{{ me {directives} {{ id }} }}"))
        .await;
    assert_eq!(error_code(&body), "GRAPHQL_VALIDATION_FAILED", "{body}");
    assert!(body["data"].is_null());
}

#[tokio::test]
async fn a_batch_of_eleven_operations_is_rejected_and_ten_pass() {
    let app = TestApp::spawn().await;
    let one = json!({ "query": "{ __typename }" });
    let eleven = Value::Array(vec![one.clone(); 11]);
    let response = app.post(None, eleven.to_string()).await;
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "BATCH_TOO_LARGE");
    let ten = Value::Array(vec![one; 10]);
    let body: Value = app.post(None, ten.to_string()).await.json().await.unwrap();
    assert_eq!(body.as_array().unwrap().len(), 10);
}

#[tokio::test]
async fn a_ten_mebibyte_body_gets_413() {
    let app = TestApp::spawn().await;
    let padding = "x".repeat(10 * 1024 * 1024);
    let body = json!({ "query": "{ __typename }", "variables": { "pad": padding } }).to_string();
    let response = app.post(None, body).await;
    assert_eq!(response.status().as_u16(), 413);
}

#[tokio::test]
async fn field_suggestions_are_not_offered() {
    let app = TestApp::spawn().await;
    let (_, body) = app.post_query(None, "{ mee { id } }").await;
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("Did you mean"), "{message}");
}

#[tokio::test]
async fn an_internal_database_error_reaches_the_client_without_detail() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("broken@example.se", "teacher").await;
    app.sql("ALTER TABLE users RENAME TO users_gone")
        .await
        .unwrap();
    let response = app
        .post(
            Some(&token),
            json!({ "query": "{ me { id } }" }).to_string(),
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "INTERNAL_SERVER_ERROR", "{body}");
    let error_id = body["errors"][0]["extensions"]["errorId"].as_str().unwrap();
    assert_eq!(
        body["errors"][0]["message"],
        format!("internal error (id {error_id})")
    );
    let text = body.to_string().to_lowercase();
    for leak in [
        "sql",
        "dberr",
        "users",
        "relation",
        "no such table",
        "connection",
        "query",
        "execute",
    ] {
        assert!(!text.contains(leak), "response leaks {leak:?}: {text}");
    }
}
