//! The HTTP surface: GraphQL, GraphiQL, health checks, and the layers around them.
use std::{net::SocketAddr, time::Duration};

use async_graphql::{BatchRequest, BatchResponse, Response, ServerError, http::GraphiQLSource};
use async_graphql_axum::{GraphQLBatchRequest, GraphQLProtocol, GraphQLResponse, GraphQLWebSocket};
use axum::{
    Json, Router,
    extract::{ConnectInfo, State, WebSocketUpgrade},
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
};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub fn router(state: AppState) -> Router {
    let settings = state.settings.clone();
    let mut graphql_route = axum::routing::post(graphql_handler);
    if settings.graphiql_enabled() {
        graphql_route = graphql_route.get(graphiql);
    }
    Router::new()
        .route("/graphql", graphql_route)
        .route("/graphql/ws", get(graphql_ws))
        .route("/health/live", get(live))
        .route("/health/ready", get(ready))
        .merge(crate::pages::routes())
        .merge(crate::consent_page::routes())
        .with_state(state)
        .layer(RequestBodyLimitLayer::new(settings.body_limit_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(settings.request_timeout_secs),
        ))
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

async fn graphiql() -> impl IntoResponse {
    Html(GraphiQLSource::build().endpoint("/graphql").finish())
}

/// GraphQL subscriptions over WebSocket. The client signs in with its session token in the
/// connection's init payload: `{"token": "..."}` (or `{"Authorization": "Bearer ..."}`).
async fn graphql_ws(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
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
                            .map_err(|_| async_graphql::Error::new("internal error"))?,
                        None => None,
                    };
                    let Some(principal) = principal else {
                        return Err(async_graphql::Error::new("sign in required"));
                    };
                    let mut data = async_graphql::Data::default();
                    data.insert(state.services.clone());
                    data.insert(RequestMeta {
                        request_id: None,
                        client_ip: Some(peer.ip()),
                    });
                    data.insert(graphql::request_loaders(&state.services));
                    data.insert(principal);
                    Ok(data)
                })
                .serve()
        })
}

async fn live() -> impl IntoResponse {
    Json(serde_json::json!({ "status": "ok" }))
}

/// How long readiness waits for the database before answering 503.
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

async fn ready(State(state): State<AppState>) -> impl IntoResponse {
    let outcome = match tokio::time::timeout(READY_TIMEOUT, state.services.db.ping()).await {
        Ok(result) => result.map_err(|error| error.to_string()),
        Err(_) => Err("no answer within a second".to_owned()),
    };
    match outcome {
        Ok(()) => (StatusCode::OK, Json(serde_json::json!({ "status": "ok" }))),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "unavailable", "database": "unreachable" })),
            )
        }
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

fn client_ip(state: &AppState, headers: &HeaderMap, peer: SocketAddr) -> std::net::IpAddr {
    if state.settings.trust_forwarded_for
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            // The proxy appends the address it saw: the last entry is the one it vouches for.
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return forwarded;
    }
    peer.ip()
}

async fn graphql_handler(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    batch: GraphQLBatchRequest,
) -> axum::response::Response {
    let batch = batch.into_inner();
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > MAX_BATCH
    {
        let mut error = ServerError::new(
            format!("a batch may hold at most {MAX_BATCH} operations"),
            None,
        );
        error
            .extensions
            .get_or_insert_with(Default::default)
            .set("code", "BATCH_TOO_LARGE");
        let body = GraphQLResponse::from(Response::from_errors(vec![error]));
        return (StatusCode::BAD_REQUEST, body).into_response();
    }
    let principal: Option<Principal> = match bearer_token(&headers) {
        Some(token) => match accounts::authenticate(&state.services, token).await {
            Ok(principal) => principal,
            Err(error) => {
                let response = crate::app::internal_error_response(&error);
                return GraphQLResponse::from(response).into_response();
            }
        },
        None => None,
    };
    let meta = RequestMeta {
        request_id: headers
            .get(REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        client_ip: Some(client_ip(&state, &headers, peer)),
    };
    let mut batch = batch.data(state.services.clone()).data(meta);
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
