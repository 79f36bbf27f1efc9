//! One place turns domain errors into `extensions.code` (classified as every edge does, in
//! `web::errors`), and hides internal ones.
use std::sync::Arc;

use async_graphql::{
    ErrorExtensionValues, Response, ServerError, Value,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest},
};
use utbyte_domain::DomainError;

use crate::web::errors::{Refusal, log_internal};

pub struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodesExtension)
    }
}

struct ErrorCodesExtension;

#[async_graphql::async_trait::async_trait]
impl Extension for ErrorCodesExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        for error in &mut response.errors {
            classify(error);
        }
        response
    }
}

fn set(error: &mut ServerError, key: &str, value: impl Into<Value>) {
    error
        .extensions
        .get_or_insert_with(ErrorExtensionValues::default)
        .set(key, value);
}

fn classify(error: &mut ServerError) {
    if let Some(domain) = error.source::<DomainError>() {
        let refusal = Refusal::of(domain);
        if let Refusal::Internal { error_id } = refusal {
            return hide_internal(error, error_id);
        }
        let fields = match domain {
            DomainError::Validation(fields) => Some(fields.clone()),
            _ => None,
        };
        let reason = match domain {
            DomainError::Conflict { code, .. } => Some(*code),
            DomainError::ChecklistFailed(_) => Some("checklist_failed"),
            _ => None,
        };
        let failing_items = match domain {
            DomainError::ChecklistFailed(items) => Some(items.clone()),
            _ => None,
        };
        set(error, "code", refusal.code());
        if let Some(reason) = reason {
            set(error, "reason", reason);
        }
        if let Some(fields) = fields {
            let fields = fields
                .iter()
                .map(|f| {
                    Value::from_json(serde_json::json!({
                        "field": f.field, "code": f.code, "message": f.message,
                    }))
                    .unwrap_or(Value::Null)
                })
                .collect::<Vec<_>>();
            set(error, "fields", Value::List(fields));
        }
        if let Some(items) = failing_items {
            let items = items.into_iter().map(Value::from).collect();
            set(error, "failingItems", Value::List(items));
        }
        if let Refusal::RateLimited { retry_after_secs } = refusal {
            set(error, "retryAfterSeconds", retry_after_secs);
        }
        return;
    }
    if error.source.is_some() {
        // Some other error type reached the schema: never show its text.
        let error_id = log_internal(&error.message);
        return hide_internal(error, error_id);
    }
    // Errors async-graphql raised itself: parsing, validation, limits, argument coercion.
    // An unknown enum value is echoed by the engine ("… does not contain the value \"X\""):
    // messages never repeat what was submitted.
    if let Some(echo) = error.message.find(" does not contain the value") {
        error.message.truncate(echo);
    }
    if error
        .extensions
        .as_ref()
        .is_some_and(|e| e.get("code").is_some())
    {
        return;
    }
    let code = if error.path.is_empty() {
        "GRAPHQL_VALIDATION_FAILED"
    } else {
        "BAD_USER_INPUT"
    };
    set(error, "code", code);
}

fn hide_internal(error: &mut ServerError, error_id: String) {
    error.message = Refusal::Internal {
        error_id: error_id.clone(),
    }
    .message();
    error.source = None;
    error.extensions = None;
    set(error, "code", "INTERNAL_SERVER_ERROR");
    set(error, "errorId", error_id);
}

/// A GraphQL response for a domain error raised outside any resolver.
pub fn response_for(error: DomainError) -> Response {
    let mut server_error = ServerError::new(error.to_string(), None);
    server_error.source = Some(std::sync::Arc::new(error));
    classify(&mut server_error);
    Response::from_errors(vec![server_error])
}
