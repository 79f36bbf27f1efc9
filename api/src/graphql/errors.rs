//! One place turns domain errors into `extensions.code` (classified as every edge does, in
//! `web::errors`), names each refused field by the path the client wrote
//! (`field_paths`), and hides internal ones. It reads the finished response (see
//! `execute`), so no field pays for it.
use std::collections::HashMap;

use async_graphql::{
    ErrorExtensionValues, PathSegment, Response, ServerError, Value,
    parser::types::{DocumentOperations, ExecutableDocument, Selection, SelectionSet},
};
use utbyte_domain::{DomainError, FieldError};

use super::field_paths::api_path;
use crate::web::errors::{Refusal, log_internal};

/// Classifies every error of a finished response: `document` is the request's, whose root
/// fields name the operation each error came from.
pub fn classify_all(response: &mut Response, document: Option<&ExecutableDocument>) {
    if response.errors.is_empty() {
        return;
    }
    let mut root_fields = HashMap::new();
    if let Some(document) = document {
        let operations: Vec<_> = match &document.operations {
            DocumentOperations::Single(operation) => vec![operation],
            DocumentOperations::Multiple(operations) => operations.values().collect(),
        };
        for operation in operations {
            collect_root_fields(
                document,
                &operation.node.selection_set.node,
                &mut root_fields,
            );
        }
    }
    for error in &mut response.errors {
        let operation = match error.path.first() {
            Some(PathSegment::Field(key)) => root_fields.get(key).map(String::as_str),
            _ => None,
        };
        classify(error, operation);
    }
}

/// Root fields by response key, through fragments spread at the root.
fn collect_root_fields(
    document: &ExecutableDocument,
    selection_set: &SelectionSet,
    into: &mut HashMap<String, String>,
) {
    for item in &selection_set.items {
        match &item.node {
            Selection::Field(field) => {
                let name = field.node.name.node.to_string();
                let key = field
                    .node
                    .alias
                    .as_ref()
                    .map_or_else(|| name.clone(), |alias| alias.node.to_string());
                into.insert(key, name);
            }
            Selection::InlineFragment(fragment) => {
                collect_root_fields(document, &fragment.node.selection_set.node, into);
            }
            Selection::FragmentSpread(spread) => {
                if let Some(fragment) = document.fragments.get(&spread.node.fragment_name.node) {
                    collect_root_fields(document, &fragment.node.selection_set.node, into);
                }
            }
        }
    }
}

fn set(error: &mut ServerError, key: &str, value: impl Into<Value>) {
    error
        .extensions
        .get_or_insert_with(ErrorExtensionValues::default)
        .set(key, value);
}

/// `operation` is the root field the error came from, whose argument paths name its fields.
fn classify(error: &mut ServerError, operation: Option<&str>) {
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
                .map(
                    |FieldError {
                         field,
                         code,
                         message,
                     }| {
                        let field = match operation {
                            Some(operation) => api_path(operation, field),
                            None => field.clone(),
                        };
                        Value::from_json(serde_json::json!({
                            "field": field, "code": code, "message": message,
                        }))
                        .unwrap_or(Value::Null)
                    },
                )
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
    classify(&mut server_error, None);
    Response::from_errors(vec![server_error])
}
