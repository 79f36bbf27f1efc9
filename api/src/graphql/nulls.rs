//! The GraphQL specification's null propagation, which async-graphql 7 leaves out (it drops
//! a failed field from its parent object): a failed field is `null`, and when its type is
//! non-null, its parent is `null` instead, up to the first nullable field (or `data`).
//!
//! Each field's hook sees its own type and path: a failed field answers `null` (its error is
//! kept and added to the response), and a non-null one marks its parent's path; the
//! parent's hook, which completes after its children, turns a marked value (or a marked
//! item of a list of non-null items) into `null`, and marks its own parent in turn.
use std::{
    collections::HashSet,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use async_graphql::{
    QueryPathNode, Response, ServerError, ServerResult, Value,
    extensions::{
        Extension, ExtensionContext, ExtensionFactory, NextRequest, NextResolve, NextSubscribe,
        ResolveInfo,
    },
    futures_util::stream::BoxStream,
};

pub struct NullPropagation;

impl ExtensionFactory for NullPropagation {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(NullPropagationExtension::default())
    }
}

#[derive(Default)]
struct NullPropagationExtension {
    /// Subscription events pass untouched: their errors travel with each event.
    streaming: AtomicBool,
    /// Whether any path is marked yet: until then a field's value passes without a lock.
    marked: AtomicBool,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Paths (as `a.0.b`; `""` is `data`) whose value must be null.
    nulled: HashSet<String>,
    /// Errors of fields answered with null here, for the response.
    errors: Vec<ServerError>,
}

/// The path of `node`'s parent (`""` for a root field).
fn parent_path(node: &QueryPathNode<'_>) -> String {
    node.parent.map(ToString::to_string).unwrap_or_default()
}

impl NullPropagationExtension {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn mark_parent(&self, state: &mut State, node: &QueryPathNode<'_>) {
        state.nulled.insert(parent_path(node));
        self.marked.store(true, Ordering::Relaxed);
    }
}

/// Whether a value of `return_type` (as `[Member!]!`) must be nulled: it is marked, or an item
/// of a list of non-null items is. Marked items of a list of nullable items become null.
fn apply(nulled: &HashSet<String>, path: &str, return_type: &str, value: &mut Value) -> bool {
    if nulled.contains(path) {
        return true;
    }
    let Value::List(items) = value else {
        return false;
    };
    let items_non_null = return_type
        .trim_end_matches('!')
        .strip_suffix(']')
        .is_some_and(|inner| inner.ends_with('!'));
    for (index, item) in items.iter_mut().enumerate() {
        if nulled.contains(&format!("{path}.{index}")) {
            if items_non_null {
                return true;
            }
            *item = Value::Null;
        }
    }
    false
}

#[async_graphql::async_trait::async_trait]
impl Extension for NullPropagationExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        let mut state = self.state();
        if state.nulled.contains("") {
            response.data = Value::Null;
        }
        response.errors.append(&mut state.errors);
        response
    }

    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        self.streaming.store(true, Ordering::Relaxed);
        next.run(ctx, stream)
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if self.streaming.load(Ordering::Relaxed) {
            return next.run(ctx, info).await;
        }
        let (node, return_type) = (info.path_node, info.return_type);
        let non_null = return_type.ends_with('!');
        match next.run(ctx, info).await {
            Err(error) => {
                let mut state = self.state();
                state.errors.push(error);
                if non_null {
                    self.mark_parent(&mut state, node);
                }
                Ok(Some(Value::Null))
            }
            Ok(Some(mut value)) if self.marked.load(Ordering::Relaxed) => {
                let mut state = self.state();
                if apply(&state.nulled, &node.to_string(), return_type, &mut value) {
                    value = Value::Null;
                    if non_null {
                        self.mark_parent(&mut state, node);
                    }
                }
                Ok(Some(value))
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(n: usize) -> Value {
        Value::List((0..n).map(|i| Value::from(i as i32)).collect())
    }

    #[test]
    fn marked_values_and_items() {
        let nulled: HashSet<String> = ["a.b".into(), "a.c.1".into()].into();
        let cases = [
            ("a.b", "Member!", list(0), true, list(0)),
            ("a.x", "Member!", list(0), false, list(0)),
            ("a.c", "[Member!]!", list(2), true, list(2)),
            ("a.c", "[Member!]", list(2), true, list(2)),
            (
                "a.c",
                "[Member]!",
                list(2),
                false,
                Value::List(vec![Value::from(0), Value::Null]),
            ),
        ];
        for (path, return_type, mut value, expected, after) in cases {
            assert_eq!(
                apply(&nulled, path, return_type, &mut value),
                expected,
                "{path} {return_type}"
            );
            assert_eq!(value, after, "{path} {return_type}");
        }
    }
}
