//! The GraphQL specification's null propagation, which async-graphql 7 leaves out (it drops
//! a failed field from its parent object): a failed field is `null`, and when its type is
//! non-null, its parent is `null` instead, up to the first nullable field (or `data`).
//!
//! It runs on the finished response, and only when it carries errors: each error's path is
//! followed through the document (aliases and fragments) and the schema's field types, and
//! the value the rule names is set to `null`. No field pays for it while a request runs.
use std::collections::HashMap;

use async_graphql::{
    Name, PathSegment, Value,
    parser::types::{
        BaseType, DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet,
        Type, TypeKind, TypeSystemDefinition,
    },
};

/// Every object type's fields and their types, read once from the schema's SDL.
#[derive(Default)]
pub struct FieldTypes(HashMap<String, HashMap<String, Type>>);

impl FieldTypes {
    pub fn from_sdl(sdl: &str) -> Self {
        let mut types = HashMap::new();
        let Ok(document) = async_graphql::parser::parse_schema(sdl) else {
            return Self(types);
        };
        for definition in document.definitions {
            let TypeSystemDefinition::Type(definition) = definition else {
                continue;
            };
            let definition = definition.node;
            let fields = match definition.kind {
                TypeKind::Object(object) => object.fields,
                TypeKind::Interface(interface) => interface.fields,
                _ => continue,
            };
            types.insert(
                definition.name.node.to_string(),
                fields
                    .into_iter()
                    .map(|field| (field.node.name.node.to_string(), field.node.ty.node))
                    .collect(),
            );
        }
        Self(types)
    }

    fn field(&self, type_name: &str, field: &str) -> Option<&Type> {
        self.0.get(type_name)?.get(field)
    }
}

/// One step of an error's path, with what the document and the schema say about it.
struct Step<'a> {
    segment: &'a PathSegment,
    /// The type of the value at this step: the field's, or a list's item type.
    ty: Type,
    /// For a field, the response keys of its parent's selection, in document order.
    siblings: Vec<&'a Name>,
}

/// Applies null propagation to `data` for each error in `paths`, for the operation
/// `operation_name` of `document`.
pub fn propagate(
    data: &mut Value,
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    types: &FieldTypes,
    paths: &[&[PathSegment]],
) {
    let operation = match (&document.operations, operation_name) {
        (DocumentOperations::Single(operation), _) => operation,
        (DocumentOperations::Multiple(operations), Some(name)) => match operations.get(name) {
            Some(operation) => operation,
            None => return,
        },
        (DocumentOperations::Multiple(operations), None) if operations.len() == 1 => {
            match operations.values().next() {
                Some(operation) => operation,
                None => return,
            }
        }
        _ => return,
    };
    let root = match operation.node.ty {
        OperationType::Query => "Query",
        OperationType::Mutation => "Mutation",
        // Subscription events are not executed here.
        OperationType::Subscription => return,
    };
    for path in paths {
        if !matches!(path.last(), Some(PathSegment::Field(_))) {
            continue;
        }
        let Some(steps) = steps(
            document,
            &operation.node.selection_set.node,
            root,
            types,
            path,
        ) else {
            continue;
        };
        null_out(data, &steps);
    }
}

/// Follows `path` through the document and the schema; None where it leaves them.
fn steps<'a>(
    document: &'a ExecutableDocument,
    selection_set: &'a SelectionSet,
    root: &str,
    types: &FieldTypes,
    path: &'a [PathSegment],
) -> Option<Vec<Step<'a>>> {
    let mut sets = vec![selection_set];
    let mut type_name = root.to_owned();
    let mut current: Option<Type> = None;
    let mut steps = Vec::with_capacity(path.len());
    for segment in path {
        match segment {
            PathSegment::Field(key) => {
                let mut siblings = Vec::new();
                let mut name = None;
                let mut children = Vec::new();
                for set in &sets {
                    collect(document, set, key, &mut siblings, &mut name, &mut children);
                }
                let ty = types.field(&type_name, name?)?.clone();
                type_name = named(&ty).to_owned();
                current = Some(ty.clone());
                steps.push(Step {
                    segment,
                    ty,
                    siblings,
                });
                sets = children;
            }
            PathSegment::Index(_) => {
                let item = match &current.as_ref()?.base {
                    BaseType::List(item) => (**item).clone(),
                    BaseType::Named(_) => return None,
                };
                current = Some(item.clone());
                steps.push(Step {
                    segment,
                    ty: item,
                    siblings: Vec::new(),
                });
            }
        }
    }
    Some(steps)
}

/// The named type under any lists.
fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(name) => name.as_str(),
        BaseType::List(item) => named(item),
    }
}

/// Walks a selection set (through fragments) for the fields answered under `key`: their
/// name, their selection sets, and every response key of the set in document order.
fn collect<'a>(
    document: &'a ExecutableDocument,
    set: &'a SelectionSet,
    key: &str,
    siblings: &mut Vec<&'a Name>,
    name: &mut Option<&'a str>,
    children: &mut Vec<&'a SelectionSet>,
) {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                let response_key = &field.node.response_key().node;
                if !siblings.contains(&response_key) {
                    siblings.push(response_key);
                }
                if response_key.as_str() == key {
                    name.get_or_insert(field.node.name.node.as_str());
                    children.push(&field.node.selection_set.node);
                }
            }
            Selection::InlineFragment(fragment) => collect(
                document,
                &fragment.node.selection_set.node,
                key,
                siblings,
                name,
                children,
            ),
            Selection::FragmentSpread(spread) => {
                if let Some(fragment) = document.fragments.get(&spread.node.fragment_name.node) {
                    collect(
                        document,
                        &fragment.node.selection_set.node,
                        key,
                        siblings,
                        name,
                        children,
                    );
                }
            }
        }
    }
}

/// Sets the value at the deepest nullable step to null (`data` itself when there is none).
fn null_out(data: &mut Value, steps: &[Step<'_>]) {
    let Some(at) = steps.iter().rposition(|step| step.ty.nullable) else {
        *data = Value::Null;
        return;
    };
    let mut parent = &mut *data;
    for step in &steps[..at] {
        let next = match (step.segment, parent) {
            (PathSegment::Field(key), Value::Object(object)) => object.get_mut(key.as_str()),
            (PathSegment::Index(index), Value::List(items)) => items.get_mut(*index),
            // Already null (an earlier error nulled it) or not there at all.
            _ => None,
        };
        match next {
            Some(next) => parent = next,
            None => return,
        }
    }
    let step = &steps[at];
    match (step.segment, parent) {
        (PathSegment::Field(key), Value::Object(object)) => {
            if let Some(value) = object.get_mut(key.as_str()) {
                *value = Value::Null;
                return;
            }
            // The failed field was left out of its parent: put it back where the document
            // asks for it.
            let rank = |name: &Name| step.siblings.iter().position(|s| *s == name);
            let own = rank(&Name::new(key));
            let index = object
                .keys()
                .take_while(|name| match (rank(name), own) {
                    (Some(theirs), Some(own)) => theirs < own,
                    _ => true,
                })
                .count();
            object.shift_insert(index, Name::new(key), Value::Null);
        }
        (PathSegment::Index(index), Value::List(items)) => {
            if let Some(item) = items.get_mut(*index) {
                *item = Value::Null;
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SDL: &str = "type Query { organisation: Organisation! list: [Member!] loose: [Member] }
        type Organisation { name: String! members: [Member!]! }
        type Member { email: String! nick: String }";

    fn run(query: &str, data: serde_json::Value, path: serde_json::Value) -> serde_json::Value {
        let types = FieldTypes::from_sdl(SDL);
        let document = async_graphql::parser::parse_query(query).unwrap();
        let path: Vec<PathSegment> = serde_json::from_value(path).unwrap();
        let mut data = Value::from_json(data).unwrap();
        propagate(&mut data, &document, None, &types, &[&path]);
        data.into_json().unwrap()
    }

    #[test]
    fn nulls_up_to_the_first_nullable_value() {
        use serde_json::json;
        let cases = [
            // A non-null chain up to the root: data is null.
            (
                "{ organisation { name members { email } } }",
                json!({ "organisation": { "name": "A" } }),
                json!(["organisation", "members"]),
                json!(null),
            ),
            // A nullable field is null itself, in its place.
            (
                "{ list { nick email } }",
                json!({ "list": [{ "email": "a" }] }),
                json!(["list", 0, "nick"]),
                json!({ "list": [{ "nick": null, "email": "a" }] }),
            ),
            // A non-null item nulls a list of non-null items.
            (
                "{ list { email } }",
                json!({ "list": [{}] }),
                json!(["list", 0, "email"]),
                json!({ "list": null }),
            ),
            // An item of a list of nullable items is null alone.
            (
                "{ loose { email } }",
                json!({ "loose": [{}, { "email": "b" }] }),
                json!(["loose", 0, "email"]),
                json!({ "loose": [null, { "email": "b" }] }),
            ),
            // Aliases and fragments are followed.
            (
                "{ l: list { ...F } } fragment F on Member { nick e: email }",
                json!({ "l": [{ "e": "a" }] }),
                json!(["l", 0, "nick"]),
                json!({ "l": [{ "nick": null, "e": "a" }] }),
            ),
        ];
        for (query, data, path, expected) in cases {
            assert_eq!(run(query, data, path), expected, "{query}");
        }
    }
}
