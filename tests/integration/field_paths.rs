//! Every field a BAD_USER_INPUT error names is a path in the operation's arguments as the
//! client wrote them: an argument, then input-object fields and list indexes
//! (`input.titles[0].text`), so that a client can show the message under that field.
//!
//! The guard walks the live schema: for every query and mutation that takes arguments it
//! sends a plausible request, then replaces one field at a time with the hostile sweep's
//! values, and checks every path in every answer against the argument types. A new
//! operation is covered without editing a list.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use async_graphql::parser::types::{
    BaseType, InputValueDefinition, ServiceDocument, Type, TypeKind, TypeSystemDefinition,
};
use serde_json::{Value, json};
use utbyte_domain::Principal;
use utbyte_tests::TestApp;
use uuid::Uuid;

use crate::exchanges::{World, day};
use crate::hostile::{Kind, at, hostile};

/// The schema the code serves, as SDL parsed.
fn live_schema() -> ServiceDocument {
    async_graphql::parser::parse_schema(utbyte_api::graphql::sdl()).expect("the schema parses")
}

/// The named types of the schema.
struct Types<'a>(HashMap<&'a str, &'a TypeKind>);

impl<'a> Types<'a> {
    fn new(document: &'a ServiceDocument) -> Self {
        Self(
            document
                .definitions
                .iter()
                .filter_map(|definition| match definition {
                    TypeSystemDefinition::Type(ty) => {
                        Some((ty.node.name.node.as_str(), &ty.node.kind))
                    }
                    _ => None,
                })
                .collect(),
        )
    }

    fn kind(&self, name: &str) -> Option<&'a TypeKind> {
        self.0.get(name).copied()
    }

    /// The fields of the input object `name` (None for any other type).
    fn input_fields(&self, name: &str) -> Option<Vec<(&'a str, &'a Type)>> {
        match self.kind(name)? {
            TypeKind::InputObject(object) => {
                Some(object.fields.iter().map(|f| arg(&f.node)).collect())
            }
            _ => None,
        }
    }

    fn first_enum_value(&self, name: &str) -> Option<&'a str> {
        match self.kind(name)? {
            TypeKind::Enum(values) => values.values.first().map(|v| v.node.value.node.as_str()),
            _ => None,
        }
    }
}

fn arg(value: &InputValueDefinition) -> (&str, &Type) {
    (value.name.node.as_str(), &value.ty.node)
}

/// A root field that takes arguments.
struct Operation<'a> {
    root: &'static str,
    name: &'a str,
    args: Vec<(&'a str, &'a Type)>,
    /// The operation returns an object: it needs a selection.
    object: bool,
}

impl Operation<'_> {
    fn query(&self) -> String {
        let declared: Vec<String> = self
            .args
            .iter()
            .map(|(n, t)| format!("${n}: {t}"))
            .collect();
        let passed: Vec<String> = self
            .args
            .iter()
            .map(|(n, _)| format!("{n}: ${n}"))
            .collect();
        let selection = if self.object { " { __typename }" } else { "" };
        format!(
            "{}({}) {{ {}({}){selection} }}",
            self.root,
            declared.join(", "),
            self.name,
            passed.join(", ")
        )
    }
}

fn operations<'a>(types: &Types<'a>) -> Vec<Operation<'a>> {
    let mut operations = Vec::new();
    for (root, keyword) in [("Query", "query"), ("Mutation", "mutation")] {
        let Some(TypeKind::Object(object)) = types.kind(root) else {
            panic!("no `type {root}` in the schema");
        };
        for field in &object.fields {
            let field = &field.node;
            if field.arguments.is_empty() {
                continue;
            }
            let returned = named(&field.ty.node);
            let object = matches!(
                types.kind(returned),
                Some(TypeKind::Object(_) | TypeKind::Interface(_) | TypeKind::Union(_))
            );
            operations.push(Operation {
                root: keyword,
                name: field.name.node.as_str(),
                args: field.arguments.iter().map(|a| arg(&a.node)).collect(),
                object,
            });
        }
    }
    operations
}

/// The name under the list and non-null wrappers of `ty`.
fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(name) => name.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

/// Whether `path` (`input.titles[0].text`) names an argument of `operation`, or a field or
/// list element inside one.
fn resolves(types: &Types, operation: &Operation, path: &str) -> bool {
    let mut current: Option<&Type> = None;
    for step in path.split('.') {
        let (name, indexes) = step.split_once('[').unwrap_or((step, ""));
        let fields = match current.map(|ty| &ty.base) {
            None => Some(operation.args.clone()),
            Some(BaseType::Named(object)) => types.input_fields(object),
            Some(BaseType::List(_)) => None,
        };
        let found = fields.and_then(|fields| fields.into_iter().find(|(n, _)| *n == name));
        let Some((_, mut ty)) = found else {
            return false;
        };
        // `[0][1]` after the name: one list per index.
        if !indexes.is_empty() {
            for index in indexes.trim_end_matches(']').split("][") {
                match (&ty.base, index.parse::<usize>()) {
                    (BaseType::List(inner), Ok(_)) => ty = inner,
                    _ => return false,
                }
            }
        }
        current = Some(ty);
    }
    true
}

/// Real rows that plausible ids point at.
struct Rows<'a> {
    world: &'a World,
    exchange: String,
}

impl Rows<'_> {
    /// A plausible id for a field called `field`: a row of that kind where there is one.
    fn id(&self, field: &str) -> Value {
        let w = self.world;
        let field = field.to_lowercase();
        // The home town: an organisation moved abroad would belong to no municipality.
        let id = if field.contains("town") {
            w.home_town.clone()
        } else if field.contains("partnerorganisation") {
            w.partner.clone()
        } else if field.contains("organisation") {
            w.school.clone()
        } else if field.contains("municipality") {
            w.municipality.clone()
        } else if field.contains("exchange") {
            self.exchange.clone()
        } else {
            Uuid::now_v7().to_string()
        };
        json!(id)
    }

    /// A plausible value of type `ty` for a field called `field`.
    fn sample(&self, types: &Types, field: &str, ty: &Type) -> Value {
        let name = match &ty.base {
            BaseType::List(inner) => return json!([self.sample(types, field, inner)]),
            BaseType::Named(name) => name.as_str(),
        };
        let lower = field.to_lowercase();
        match name {
            "Int" if lower.contains("year") => json!(2026),
            "Int" if lower.ends_with("cents") => json!(100_000),
            "Int" => json!(2),
            "Float" => json!(45.5),
            "Boolean" => json!(false),
            "ID" => self.id(field),
            "DateTime" => json!(format!("{}T10:00:00Z", day(20))),
            "NaiveDate" if ["end", "to", "until"].iter().any(|w| lower.contains(w)) => {
                json!(day(64))
            }
            "NaiveDate" => json!(day(60)),
            "String" => json!(plausible_text(&lower)),
            // A whole proposal that passes, so that the rules across its fields are reached.
            "ExchangeInput" => {
                let w = self.world;
                utbyte_tests::week_in_lyon(&w.school, &w.partner, &w.lyon, "Guard")
            }
            _ => match (types.input_fields(name), types.first_enum_value(name)) {
                (Some(fields), _) => fields
                    .into_iter()
                    .map(|(n, t)| (n.to_owned(), self.sample(types, n, t)))
                    .collect::<serde_json::Map<_, _>>()
                    .into(),
                (None, Some(value)) => json!(value),
                (None, None) => json!({}),
            },
        }
    }
}

fn plausible_text(field: &str) -> &'static str {
    match field {
        f if f.contains("email") => "guard@utbyte.example",
        f if f.contains("password") => "Nordic-exchange-summer-2026",
        f if f.contains("countr") => "FR",
        f if f.contains("language") || f.contains("locale") => "sv",
        _ => "Guard text",
    }
}

/// The fields under `path` of type `ty` that hostile values can replace, with their kinds.
fn leaves(types: &Types, path: &str, field: &str, ty: &Type, out: &mut Vec<(String, Kind)>) {
    if let BaseType::List(inner) = &ty.base {
        let kind = match named(inner) {
            "ID" => Kind::Ids,
            "String" => Kind::Codes,
            other if types.first_enum_value(other).is_some() => Kind::Enums,
            _ => Kind::Objects,
        };
        out.push((path.to_owned(), kind));
        return leaves(types, &format!("{path}.0"), field, inner, out);
    }
    let name = named(ty);
    if let Some(fields) = types.input_fields(name) {
        for (n, t) in fields {
            leaves(types, &format!("{path}.{n}"), n, t, out);
        }
        return;
    }
    let kind = match name {
        "Int" if field.ends_with("Cents") => Kind::Money,
        "Int" | "Float" => Kind::Int,
        "ID" => Kind::Id,
        "DateTime" => Kind::DateTime,
        "Boolean" => Kind::Bool,
        other if types.first_enum_value(other).is_some() => Kind::Enum,
        _ => Kind::Str,
    };
    out.push((path.to_owned(), kind));
}

/// `path` with every list index left out, so that one wrong path is reported once.
fn without_indexes(path: &str) -> String {
    path.split('[')
        .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join("[]")
}

/// `value` with every string `from` in it replaced by `to`.
fn replaced(value: &Value, from: &str, to: &str) -> Value {
    match value {
        Value::String(text) if text == from => json!(to),
        Value::Array(items) => items.iter().map(|v| replaced(v, from, to)).collect(),
        Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| (k.clone(), replaced(v, from, to)))
            .collect(),
        other => other.clone(),
    }
}

/// The `fields[].field` of every BAD_USER_INPUT error of a response.
fn named_fields(response: &Value) -> Vec<String> {
    response["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["extensions"]["code"] == "BAD_USER_INPUT")
        .flat_map(|e| {
            e["extensions"]["fields"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|f| f["field"].as_str().map(str::to_owned))
        .collect()
}

/// The plausible request of `operation`, then one request per hostile value of each of its
/// fields: (what was sent, the variables).
fn cases(types: &Types, rows: &Rows, operation: &Operation) -> Vec<(String, Value)> {
    let base: Value = operation
        .args
        .iter()
        // An `id` is the id of what the operation is named after.
        .map(|(n, t)| {
            let hint = if *n == "id" { operation.name } else { n };
            ((*n).to_owned(), rows.sample(types, hint, t))
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    let mut fields = Vec::new();
    for (n, t) in &operation.args {
        leaves(types, n, n, t, &mut fields);
    }
    let mut cases = vec![("(the plausible request)".to_owned(), base.clone())];
    for (path, kind) in fields {
        let current = at(&mut base.clone(), &path).clone();
        for (label, value) in hostile(kind, &current) {
            let mut variables = base.clone();
            *at(&mut variables, &path) = value;
            cases.push((format!("{path} = {label}"), variables));
        }
    }
    cases
}

/// The answer to the first of `principals` that is not refused as FORBIDDEN, so that rules
/// checked after authorization are reached too.
async fn answer(app: &TestApp, principals: &[Principal], query: &str, variables: &Value) -> Value {
    let mut response = Value::Null;
    for principal in principals {
        response = app
            .gql_as(Some(principal.clone()), query, variables.clone())
            .await;
        if response["errors"][0]["extensions"]["code"] != "FORBIDDEN" {
            break;
        }
    }
    response
}

#[test]
fn a_path_goes_through_an_argument_its_fields_and_list_indexes() {
    let document = live_schema();
    let types = Types::new(&document);
    let operations = operations(&types);
    let cases = [
        ("createExchangeDraft", "input", true),
        ("createExchangeDraft", "input.endDate", true),
        ("createExchangeDraft", "input.titles[1].text", true),
        ("createExchangeDraft", "input.ageRange.min", true),
        ("createExchangeDraft", "input.dates.to", false),
        ("createExchangeDraft", "input.titles.1.text", false),
        ("createExchangeDraft", "input.titles[x].text", false),
        ("createExchangeDraft", "input.titles[0][0]", false),
        ("createExchangeDraft", "input.venue[0]", false),
        ("createExchangeDraft", "endDate", false),
        ("cloneExchange", "endDate", true),
        ("setApprovalChain", "steps[0].role", true),
        ("setApprovalChain", "steps[0].approver", false),
        ("cancelRegistration", "reason", true),
    ];
    for (name, path, expected) in cases {
        let operation = operations
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("no operation {name}"));
        assert_eq!(
            resolves(&types, operation, path),
            expected,
            "{name}: {path}"
        );
    }
}

/// Refusals the guard must reach, so that it cannot pass by sending nothing the services
/// check: among them the ones of the report that found `input.dates.to`.
const REACHED: &[(&str, &str)] = &[
    ("createExchangeDraft", "input.endDate"),
    ("updateExchange", "input.startDate"),
    ("cloneExchange", "endDate"),
    ("createYouthProfile", "input.dateOfBirth"),
    ("createYouthProfile", "input.guardians[].email"),
    ("createMunicipality", "input.coordinates.latitude"),
    ("cancelRegistration", "reason"),
    ("setExchangePlaces", "input.capacity"),
    ("setApprovalChain", "steps[].role"),
    ("register", "input.password"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_field_error_names_a_path_in_the_arguments() {
    let document = live_schema();
    let types = Types::new(&document);

    // (operation, path without its indexes) -> the first such path and what made it named.
    let mut wrong: BTreeMap<(&str, String), String> = BTreeMap::new();
    // Per operation: the paths named at all, to see what the guard reached.
    let mut named_paths: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let world = World::new().await;
    let mut principals = Vec::new();
    for token in [&world.admin, &world.coordinator, &world.teacher] {
        principals.push(world.app.principal(token).await.expect("signed in"));
    }
    let mut exchange = world.approved("Vakten").await;
    for operation in operations(&types) {
        let rows = Rows {
            world: &world,
            exchange: exchange.clone(),
        };
        let query = operation.query();
        for (case, variables) in cases(&types, &rows, &operation) {
            let variables = replaced(&variables, &rows.exchange, &exchange);
            let response = answer(&world.app, &principals, &query, &variables).await;
            let named_the_exchange = variables.to_string().contains(&exchange);
            if operation.root == "mutation" && named_the_exchange && response["errors"].is_null() {
                // A mutation of the exchange may have moved it on (cancelled it, sent it back
                // for approval): the next case gets an approved one again.
                exchange = world.approved("Vakten").await;
            }
            for field in named_fields(&response) {
                let shape = without_indexes(&field);
                if !resolves(&types, &operation, &field) {
                    wrong
                        .entry((operation.name, shape.clone()))
                        .or_insert_with(|| format!("`{field}` (sent {case})"));
                }
                named_paths.entry(operation.name).or_default().insert(shape);
            }
        }
    }
    for (operation, paths) in &named_paths {
        println!("{operation}: {paths:?}");
    }
    let wrong: Vec<String> = wrong
        .iter()
        .map(|((operation, _), first)| format!("{operation}: {first}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} field errors name no path in their operation's arguments:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    for (operation, path) in REACHED {
        assert!(
            named_paths
                .get(operation)
                .is_some_and(|paths| paths.contains(*path)),
            "the guard never made {operation} name `{path}`: it no longer reaches that rule"
        );
    }
}
