//! One place turns domain errors into `extensions.code`, and hides internal ones.
use std::sync::Arc;

use async_graphql::{
    ErrorExtensionValues, Response, ServerError, Value,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest},
};
use utbyte_domain::DomainError;

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
    if matches!(
        error.source::<DomainError>(),
        Some(DomainError::Database(sea_orm::DbErr::ConnectionAcquire(_)))
    ) {
        error.message = "service unavailable: the database cannot be reached, try again".into();
        error.source = None;
        return set(error, "code", "SERVICE_UNAVAILABLE");
    }
    if let Some(domain) = error.source::<DomainError>() {
        let (code, fields, retry_after) = match domain {
            DomainError::Validation(fields) => ("BAD_USER_INPUT", Some(fields.clone()), None),
            DomainError::NotFound(_) => ("NOT_FOUND", None, None),
            DomainError::Conflict { .. } => ("CONFLICT", None, None),
            DomainError::Forbidden => ("FORBIDDEN", None, None),
            DomainError::ChecklistFailed(_) => ("CONFLICT", None, None),
            DomainError::Unauthenticated | DomainError::InvalidCredentials => {
                ("UNAUTHENTICATED", None, None)
            }
            DomainError::RateLimited { retry_after_secs } => {
                ("RATE_LIMITED", None, Some(*retry_after_secs))
            }
            DomainError::Database(_) | DomainError::Internal(_) => {
                let cause = domain.to_string();
                return hide_internal(error, &cause);
            }
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
        set(error, "code", code);
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
        if let Some(seconds) = retry_after {
            set(error, "retryAfterSeconds", seconds);
        }
        return;
    }
    if error.source.is_some() {
        // Some other error type reached the schema: never show its text.
        let cause = error.message.clone();
        return hide_internal(error, &cause);
    }
    // Errors async-graphql raised itself: parsing, validation, limits, argument coercion.
    // An unknown enum value is echoed by the engine ("… does not contain the value \"X\""):
    // messages never repeat what was submitted.
    if let Some(echo) = error.message.find(" does not contain the value") {
        error.message.truncate(echo);
    }
    let code = if error.path.is_empty() {
        "GRAPHQL_VALIDATION_FAILED"
    } else {
        "BAD_USER_INPUT"
    };
    set(error, "code", code);
}

fn hide_internal(error: &mut ServerError, cause: &str) {
    let error_id = uuid::Uuid::now_v7().to_string();
    tracing::error!(error_id = %error_id, cause = %cause, path = ?error.path, "internal error");
    error.message = format!("internal error (id {error_id})");
    error.source = None;
    error.extensions = None;
    set(error, "code", "INTERNAL_SERVER_ERROR");
    set(error, "errorId", error_id);
}
