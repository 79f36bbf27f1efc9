//! The HTTP surface: GraphQL, GraphiQL, health checks, and the layers around them.
use std::time::Duration;

use async_graphql::{
    BatchRequest, BatchResponse, ParseRequestError, Response, ServerError,
    http::{GraphiQLSource, MultipartOptions},
};
use async_graphql_axum::{GraphQLProtocol, GraphQLResponse, GraphQLWebSocket};
use axum::{
    Json, Router,
    body::Bytes,
    extract::{State, WebSocketUpgrade, rejection::BytesRejection},
    http::{HeaderMap, HeaderName, StatusCode, header},
    response::{Html, IntoResponse},
    routing::get,
};
use tower_http::{
    limit::RequestBodyLimitLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    timeout::TimeoutLayer,
    trace::TraceLayer,
};
use utbyte_domain::{Principal, RequestMeta, accounts};

use crate::{
    app::AppState,
    graphql::{self, MAX_BATCH},
    web::{
        edge::{self, Client},
        errors::Refusal,
    },
};

const REQUEST_ID: HeaderName = HeaderName::from_static(edge::REQUEST_ID);

pub fn router(state: AppState) -> Router {
    let settings = state.settings.clone();
    let timeout = |router: Router<AppState>| {
        router.layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(settings.request_timeout_secs),
        ))
    };
    let limits = |router: Router<AppState>| {
        timeout(router.layer(RequestBodyLimitLayer::new(settings.body_limit_bytes)))
    };
    let mut graphql_route = axum::routing::post(graphql_handler);
    if settings.graphiql_enabled() {
        graphql_route = graphql_route.get(graphiql);
    }
    let graphql = Router::new()
        .route("/graphql", graphql_route)
        .route("/graphql/ws", get(graphql_ws));
    let pages = Router::new()
        .route("/health/live", get(live))
        .route("/health/ready", get(ready))
        .merge(crate::web::routes(state.clone()));
    Router::new()
        .merge(limits(graphql).layer(axum::middleware::map_response(refusal_as_json)))
        .merge(limits(pages))
        .merge(timeout(crate::web::upload_routes(state.clone())))
        .with_state(state)
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            let request_id = request
                .headers()
                .get(REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            // The path only: query strings may carry tokens.
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %request_id)
        }))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(axum::middleware::map_request(drop_unusable_request_id))
}

/// A request id from the client is kept for tracing only when it is short and plain;
/// otherwise a fresh one is made (it goes into logs and the audit trail).
async fn drop_unusable_request_id(mut request: axum::extract::Request) -> axum::extract::Request {
    let usable = request.headers().get(REQUEST_ID).is_none_or(|value| {
        let bytes = value.as_bytes();
        (1..=64).contains(&bytes.len())
            && bytes
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    if !usable {
        request.headers_mut().remove(REQUEST_ID);
    }
    request
}

/// Every refusal of the GraphQL endpoint is a GraphQL error response with
/// `extensions.code`, including those of the layers (body limit, timeout, method).
async fn refusal_as_json(response: axum::response::Response) -> axum::response::Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"));
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("BODY_TOO_LARGE", "the request body is too large"),
        StatusCode::REQUEST_TIMEOUT => ("TIMEOUT", "the request took too long"),
        StatusCode::METHOD_NOT_ALLOWED => ("METHOD_NOT_ALLOWED", "use POST"),
        status if status.is_server_error() => ("INTERNAL_SERVER_ERROR", "internal error"),
        _ => ("BAD_REQUEST", "the request could not be read"),
    };
    refusal(status, code, message.to_owned())
}

/// A GraphQL response with one error and `status`.
fn refusal(status: StatusCode, code: &str, message: String) -> axum::response::Response {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    let body = GraphQLResponse::from(Response::from_errors(vec![error]));
    (status, body).into_response()
}

/// Reads a GraphQL request (JSON, or multipart) from a body read in full.
async fn read_batch(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<BatchRequest, axum::response::Response> {
    let too_large = || {
        refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            "BODY_TOO_LARGE",
            "the request body is too large".into(),
        )
    };
    let body = match body {
        Ok(body) => body,
        // A body without `Content-Length` reaches the limit only while it is read.
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err(too_large());
        }
        Err(_) => {
            return Err(refusal(
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "the request body could not be read".into(),
            ));
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    match async_graphql::http::receive_batch_body(
        content_type,
        body.as_ref(),
        MultipartOptions::default(),
    )
    .await
    {
        Ok(batch) => Ok(batch),
        Err(ParseRequestError::PayloadTooLarge) => Err(too_large()),
        // The parser's text may quote the body: say only what is expected.
        Err(_) => Err(refusal(
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            "the body must be a GraphQL request: JSON with a `query` string (or a list of them)"
                .into(),
        )),
    }
}

async fn graphiql() -> impl IntoResponse {
    Html(GraphiQLSource::build().endpoint("/graphql").finish())
}

/// GraphQL subscriptions over WebSocket. The client signs in with its session token in the
/// connection's init payload: `{"token": "..."}` (or `{"Authorization": "Bearer ..."}`).
async fn graphql_ws(
    State(state): State<AppState>,
    client: Client,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> axum::response::Response {
    upgrade
        .protocols(async_graphql::http::ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| {
            let schema = state.schema.clone();
            GraphQLWebSocket::new(socket, schema, protocol)
                .on_connection_init(move |payload| async move {
                    let token = payload["token"].as_str().map(str::to_owned).or_else(|| {
                        payload["Authorization"]
                            .as_str()
                            .and_then(|v| v.strip_prefix("Bearer "))
                            .map(str::to_owned)
                    });
                    let principal = match token {
                        Some(token) => accounts::authenticate(&state.services, &token)
                            .await
                            .map_err(|error| ws_refusal(Refusal::of(&error)))?,
                        None => None,
                    };
                    let Some(principal) = principal else {
                        return Err(ws_refusal(Refusal::Unauthenticated));
                    };
                    let mut data = async_graphql::Data::default();
                    data.insert(state.services.clone());
                    data.insert(client.meta);
                    data.insert(graphql::request_loaders(&state.services));
                    data.insert(principal);
                    Ok(data)
                })
                .serve()
        })
}

/// A refused connection init closes the socket (code 1002) with the refusal's code and message.
fn ws_refusal(refusal: Refusal) -> async_graphql::Error {
    async_graphql::Error::new(refusal.close_reason())
}

async fn live() -> impl IntoResponse {
    Json(serde_json::json!({ "status": "ok" }))
}

/// How long readiness waits for the database before answering 503.
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

async fn ready(State(state): State<AppState>) -> impl IntoResponse {
    let outcome = match tokio::time::timeout(READY_TIMEOUT, readiness(&state.services.db)).await {
        Ok(result) => result,
        Err(_) => Err(("database", "no answer within a second".to_owned())),
    };
    match outcome {
        Ok(()) => (StatusCode::OK, Json(serde_json::json!({ "status": "ok" }))),
        Err((what, error)) => {
            tracing::warn!(%error, "readiness check failed");
            let state = if what == "database" {
                "unreachable"
            } else {
                "pending"
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "unavailable", what: state })),
            )
        }
    }
}

/// The database answers, and has every migration this build knows: an instance of a newer
/// build waits (not ready) until the migrations it brings are applied.
async fn readiness(db: &sea_orm::DatabaseConnection) -> Result<(), (&'static str, String)> {
    use sea_orm_migration::MigratorTrait;
    db.ping()
        .await
        .map_err(|error| ("database", error.to_string()))?;
    let pending = utbyte_migrations::Migrator::get_pending_migrations(db)
        .await
        .map_err(|error| ("database", error.to_string()))?;
    match pending.len() {
        0 => Ok(()),
        n => Err(("migrations", format!("{n} migrations pending"))),
    }
}

/// Gives one GraphQL request what its resolvers read from the context. Data loaders are
/// made here, per request, so nothing cached outlives it.
pub fn attach_request_data(
    state: &AppState,
    request: &mut async_graphql::Request,
    principal: Option<Principal>,
    meta: RequestMeta,
) {
    request.data.insert(state.services.clone());
    request.data.insert(meta);
    request
        .data
        .insert(graphql::request_loaders(&state.services));
    if let Some(principal) = principal {
        request.data.insert(principal);
    }
}

fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

async fn graphql_handler(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> axum::response::Response {
    let batch = match read_batch(&headers, body).await {
        Ok(batch) => batch,
        Err(refused) => return refused,
    };
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > MAX_BATCH
    {
        return refusal(
            StatusCode::BAD_REQUEST,
            "BATCH_TOO_LARGE",
            format!("a batch may hold at most {MAX_BATCH} operations"),
        );
    }
    let principal: Option<Principal> = match bearer_token(&headers) {
        Some(token) => match accounts::authenticate(&state.services, token).await {
            Ok(principal) => principal,
            Err(error) => {
                return GraphQLResponse::from(graphql::errors::response_for(error)).into_response();
            }
        },
        None => None,
    };
    let mut batch = batch.data(state.services.clone()).data(client.meta);
    if let Some(principal) = principal {
        batch = batch.data(principal);
    }
    for request in batch.iter_mut() {
        request
            .data
            .insert(graphql::request_loaders(&state.services));
    }
    let response: BatchResponse = state.schema.execute_batch(batch).await;
    GraphQLResponse::from(response).into_response()
}
