//! Limits a document meets while it is parsed, before the (costly) validation runs: a cap on
//! its tokens, syntax errors that never echo the document, and the depth limit, which the
//! introspection fields (`__schema`, `__type`) are exempt from so that the standard
//! introspection query works wherever introspection is on.
use std::collections::HashMap;

use async_graphql::{
    Request, ServerError,
    parser::types::{ExecutableDocument, Selection, SelectionSet},
};

use super::{MAX_DEPTH, MAX_DIRECTIVES_PER_FIELD, MAX_TOKENS};

/// Checks a request's document before the schema sees it: the token cap before parsing,
/// syntax errors without the document's text, then the depth limit. The parsed document
/// stays in the request, so it is parsed once.
pub fn check(request: &mut Request) -> Result<(), ServerError> {
    if more_tokens_than(&request.query, MAX_TOKENS) {
        return Err(coded(
            format!("a document may hold at most {MAX_TOKENS} tokens"),
            "DOCUMENT_TOO_LARGE",
        ));
    }
    let document = request.parsed_query().map_err(|mut error| {
        // A syntax error's message quotes the line it failed on (` --> line:column`, then
        // the line): keep only what the grammar expected.
        if error.message.trim_start().starts_with("--> ") {
            error.message = syntax_message(&error.message);
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("code", "GRAPHQL_PARSE_FAILED");
        }
        error
    })?;
    if depth_outside_introspection(document) > MAX_DEPTH {
        // The engine checks recursion and directives right after parsing: a document it
        // refuses for those gets its refusal, as it did when this check followed its own.
        engine::check_recursive_depth(document, RECURSIVE_DEPTH)?;
        engine::check_max_directives(document, MAX_DIRECTIVES_PER_FIELD)?;
        return Err(coded(
            "Query is nested too deep.".into(),
            "GRAPHQL_VALIDATION_FAILED",
        ));
    }
    Ok(())
}

/// async-graphql's default limit on the nesting of selection sets.
const RECURSIVE_DEPTH: usize = 32;

fn coded(message: String, code: &'static str) -> ServerError {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    error
}

/// "syntax error", with what the grammar expected there, never the submitted text.
fn syntax_message(parser_message: &str) -> String {
    let expected = parser_message
        .lines()
        .find_map(|line| line.trim_start().strip_prefix("= expected "))
        .filter(|expected| !expected.contains(['"', '\'']));
    match expected {
        Some(expected) => format!("syntax error: expected {expected}"),
        None => "syntax error".to_owned(),
    }
}

/// Whether `query` holds more than `cap` tokens. A lexical scan that stops at the cap: names
/// and numbers, strings (block strings too) and punctuators count one each; white space,
/// commas and comments count nothing.
fn more_tokens_than(query: &str, cap: usize) -> bool {
    let bytes = query.as_bytes();
    let mut at = 0;
    let mut tokens = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += match byte {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => 1,
            b'#' => bytes[at..]
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len() - at),
            b'"' => {
                tokens += 1;
                string_length(&bytes[at..])
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                tokens += 1;
                bytes[at..]
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.'))
                    .unwrap_or(bytes.len() - at)
            }
            _ => {
                tokens += 1;
                1
            }
        };
        if tokens > cap {
            return true;
        }
    }
    false
}

/// The length of the string literal `bytes` starts with (to its end if unterminated).
fn string_length(bytes: &[u8]) -> usize {
    if bytes.starts_with(b"\"\"\"") {
        let mut at = 3;
        while at < bytes.len() {
            if bytes[at..].starts_with(b"\\\"\"\"") {
                at += 4;
            } else if bytes[at..].starts_with(b"\"\"\"") {
                return at + 3;
            } else {
                at += 1;
            }
        }
        return bytes.len();
    }
    let mut at = 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' | b'\n' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// The deepest nesting of fields in any operation, where `__schema` and `__type` count as
/// one level whatever they select (the schema's own depth limit bounds them).
fn depth_outside_introspection(document: &ExecutableDocument) -> usize {
    let mut walk = DepthWalk {
        document,
        fragments: HashMap::new(),
    };
    document
        .operations
        .iter()
        .map(|(_, operation)| walk.depth(&operation.node.selection_set.node))
        .max()
        .unwrap_or(0)
}

struct DepthWalk<'a> {
    document: &'a ExecutableDocument,
    /// Each fragment's depth once known; `None` while it is being walked (a cycle, which
    /// validation refuses, counts nothing).
    fragments: HashMap<&'a str, Option<usize>>,
}

impl<'a> DepthWalk<'a> {
    fn depth(&mut self, set: &'a SelectionSet) -> usize {
        let mut deepest = 0;
        for item in &set.items {
            let depth = match &item.node {
                Selection::Field(field) => match field.node.name.node.as_str() {
                    "__schema" | "__type" => 1,
                    _ => 1 + self.depth(&field.node.selection_set.node),
                },
                Selection::InlineFragment(fragment) => {
                    self.depth(&fragment.node.selection_set.node)
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment_depth(spread.node.fragment_name.node.as_str())
                }
            };
            deepest = deepest.max(depth);
        }
        deepest
    }

    fn fragment_depth(&mut self, name: &'a str) -> usize {
        if let Some(known) = self.fragments.get(name) {
            return known.unwrap_or(0);
        }
        let Some(fragment) = self.document.fragments.get(name) else {
            return 0;
        };
        self.fragments.insert(name, None);
        let depth = self.depth(&fragment.node.selection_set.node);
        self.fragments.insert(name, Some(depth));
        depth
    }
}

/// The checks async-graphql runs on a parsed document before validation, with its messages
/// (they are private to it).
mod engine {
    use async_graphql::{
        Positioned, ServerError, ServerResult,
        parser::types::{ExecutableDocument, Selection, SelectionSet},
    };

    pub fn check_max_directives(doc: &ExecutableDocument, limit: usize) -> ServerResult<()> {
        fn walk(
            doc: &ExecutableDocument,
            set: &Positioned<SelectionSet>,
            limit: usize,
        ) -> ServerResult<()> {
            for selection in &set.node.items {
                match &selection.node {
                    Selection::Field(field) => {
                        if field.node.directives.len() > limit {
                            return Err(ServerError::new(
                                format!(
                                    "The number of directives on the field `{}` cannot be greater than `{}`",
                                    field.node.name.node, limit
                                ),
                                Some(field.pos),
                            ));
                        }
                        walk(doc, &field.node.selection_set, limit)?;
                    }
                    Selection::FragmentSpread(spread) => {
                        if let Some(fragment) = doc.fragments.get(&spread.node.fragment_name.node) {
                            walk(doc, &fragment.node.selection_set, limit)?;
                        }
                    }
                    Selection::InlineFragment(fragment) => {
                        walk(doc, &fragment.node.selection_set, limit)?;
                    }
                }
            }
            Ok(())
        }
        for (_, operation) in doc.operations.iter() {
            walk(doc, &operation.node.selection_set, limit)?;
        }
        Ok(())
    }

    pub fn check_recursive_depth(doc: &ExecutableDocument, max: usize) -> ServerResult<()> {
        fn walk(
            doc: &ExecutableDocument,
            set: &Positioned<SelectionSet>,
            depth: usize,
            max: usize,
        ) -> ServerResult<()> {
            if depth > max {
                return Err(ServerError::new(
                    format!("The recursion depth of the query cannot be greater than `{max}`"),
                    Some(set.pos),
                ));
            }
            for selection in &set.node.items {
                match &selection.node {
                    Selection::Field(field) => {
                        if !field.node.selection_set.node.items.is_empty() {
                            walk(doc, &field.node.selection_set, depth + 1, max)?;
                        }
                    }
                    Selection::FragmentSpread(spread) => {
                        if let Some(fragment) = doc.fragments.get(&spread.node.fragment_name.node) {
                            walk(doc, &fragment.node.selection_set, depth + 1, max)?;
                        }
                    }
                    Selection::InlineFragment(fragment) => {
                        walk(doc, &fragment.node.selection_set, depth + 1, max)?;
                    }
                }
            }
            Ok(())
        }
        for (_, operation) in doc.operations.iter() {
            walk(doc, &operation.node.selection_set, 0, max)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_counts() {
        let cases = [
            ("{ a }", 3, false),
            ("{ a }", 2, true),
            ("{ a, b, c }", 5, false),
            ("# { a b c d e f }\n{ a }", 3, false),
            (r#"{ a(x: "b c d e f") }"#, 8, false),
            (r#"{ a(x: "b \" c d e") }"#, 8, false),
            ("{ a(x: \"\"\"b \\\"\"\" c d\"\"\") }", 8, false),
            ("{ a(x: 1.5e3) }", 8, false),
            ("{ ...on Q { a } }", 10, false),
            ("{ ...on Q { a } }", 9, true),
            ("\"unterminated", 1, false),
        ];
        for (query, cap, over) in cases {
            assert_eq!(more_tokens_than(query, cap), over, "{query} / {cap}");
        }
    }

    #[test]
    fn depths() {
        let cases = [
            ("{ a }", 1),
            ("{ a { b { c } } d }", 3),
            (
                "{ __schema { types { fields { type { ofType { name } } } } } }",
                1,
            ),
            ("{ a { __type(name: \"X\") { fields { name } } } }", 2),
            ("{ a { ...F } } fragment F on T { b { c } }", 3),
            ("{ a { ... on T { b } } }", 2),
            (
                "{ ...A } fragment A on Q { ...B } fragment B on Q { a { ...A } }",
                1,
            ),
        ];
        for (query, expected) in cases {
            let document = async_graphql::parser::parse_query(query).unwrap();
            assert_eq!(depth_outside_introspection(&document), expected, "{query}");
        }
    }

    #[test]
    fn syntax_errors_name_no_submitted_text() {
        let error = async_graphql::parser::parse_query("{ secret-word }").unwrap_err();
        let message = syntax_message(&error.to_string());
        assert!(message.starts_with("syntax error"), "{message}");
        assert!(!message.contains("secret"), "{message}");
    }
}
