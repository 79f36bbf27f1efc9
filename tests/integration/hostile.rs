//! Hostile and wrong input to the exchange, funding and registrations API, and to the
//! guardians' consent form. Starting from a valid request, one field at a time is replaced
//! with a value of its JSON type chosen to break things: extreme integers, blank, huge and
//! control-character strings, malformed ids and dates, empty, huge and duplicated lists.
//! None may end in an internal error or a panic, a refusal is typed (BAD_USER_INPUT,
//! CONFLICT, FORBIDDEN or NOT_FOUND), and a refusal writes nothing. Every failure of a sweep
//! is collected, so one run shows them all.
//!
//! One refusal outside those four codes passes: a string that is no value of an enum field
//! (or a value that is no Boolean) is refused by the schema itself (GRAPHQL_VALIDATION_FAILED,
//! naming the argument in its message) before any resolver runs, as `directory.rs` accepts
//! for an unknown theme.
//!
//! The consent form is posted over real HTTP: a refusal is a page (400 or 410 for a link
//! that does not work, 413 for a body over the limit, 422 for the form shown again with its
//! problems), never a 500; a refused post writes nothing and leaves the link usable.
use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use utbyte_api::http;
use utbyte_domain::{Principal, RequestMeta};
use utbyte_tests::{Scope, TestApp, token_in};
use uuid::Uuid;

use crate::exchanges::ok;
use crate::registrations::{
    CREATE_YOUTH, DAD, MUM, REGISTRATION, SET_PLACES, Trip, hidden, register_query,
};

const EXCHANGE: &str = "id state riskLevel startDate endDate registrationDeadline activityDays \
     participants leaders budgetCents costPerParticipant { minorUnits currency } venue titles { language text } \
     programme { day text } themes partnerOrganisations { id } destinationTown { id } \
     checklist { code passed }";
const SUBMIT: &str = "mutation($id: ID!) { submitExchange(id: $id) { id state } }";

fn create() -> String {
    exchange_mutation(
        "$input: ExchangeInput!",
        "createExchangeDraft(input: $input)",
    )
}

/// The exchange operations, each reading back [`EXCHANGE`].
fn exchange_mutation(signature: &str, call: &str) -> String {
    format!("mutation({signature}) {{ {call} {{ {EXCHANGE} }} }}")
}

const SET_CHAIN: &str = "mutation($municipalityId: ID!, $riskLevel: RiskLevel!, \
     $steps: [ApprovalChainStepInput!]!) { setApprovalChain(municipalityId: $municipalityId, \
     riskLevel: $riskLevel, steps: $steps) { role userId dueDays substituteUserId } }";
const ESTIMATE_PLAN: &str = "query($input: FundingPlanInput!) { \
     fundingEstimateForPlan(input: $input) { lines { group category quantity rateCents \
     amountCents } totalCents missing { group category } warnings { code field message } \
     distances { group distanceKm band nearBandEdge } } }";
const ELIGIBILITY_PLAN: &str = "query($input: FundingPlanInput!) { \
     eligibilityForPlan(input: $input) { code fields message } }";
const RECORD: &str = "id title programme action callYear round deadline deadlinePublished \
     applicantOrganisation { id } oid nationalAgency referenceNumber status requestedCents \
     grantedCents exchangeIds createdAt updatedAt";
const SET_RATE: &str = "mutation($input: FundingRateInput!) { setFundingRate(input: $input) { \
     id action callYear kind key value note updatedAt } }";
const SET_COUNTRY: &str = "mutation($input: FundingCountryInput!) { \
     setFundingCountry(input: $input) { country erasmus countryGroup nordplus note } }";
const SET_CALL_DEADLINE: &str = "mutation($input: FundingCallDeadlineInput!) { \
     setFundingCallDeadline(input: $input) { action callYear round deadline note } }";
const START_CALL_YEAR: &str = "mutation($callYear: Int!, $fromYear: Int!) { \
     startFundingCallYear(callYear: $callYear, fromYear: $fromYear) }";

/// Every table the exchange, funding, registrations, follow-up and data-protection operations
/// and the consent form write to.
const TABLES: [&str; 23] = [
    "exchanges",
    "exchange_partners",
    "approval_steps",
    "approval_chains",
    "exchange_changes",
    "funding_records",
    "funding_record_exchanges",
    "funding_rates",
    "funding_countries",
    "funding_call_deadlines",
    "outbox_emails",
    "audit_events",
    "youth_profiles",
    "guardians",
    "registrations",
    "exchange_places",
    "consent_links",
    "consent_events",
    "medical_information",
    "exchange_reports",
    "participation_records",
    "retention_rules",
    "retention_runs",
];

/// The codes a refusal may carry.
const TYPED: [&str; 4] = ["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"];

/// The date `offset` days from today, as the API writes dates.
fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).to_string()
}

fn id_of(value: &Value) -> String {
    value["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {value}"))
        .to_owned()
}

fn uuid(id: &str) -> Uuid {
    Uuid::parse_str(id).expect("an id is a UUID")
}

/// At most `max` characters of `text`, saying how much was left out.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}… ({} chars)", &text[..end], text.chars().count()),
        None => text.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

/// What a field holds, as far as choosing hostile values goes.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// A GraphQL `Int`.
    Int,
    /// An amount of money: an `Int` that the service may keep as i64.
    Money,
    /// Any string: free text, a date, a code.
    Str,
    /// A value of a GraphQL enum: a string in JSON.
    Enum,
    /// An `ID` of a row.
    Id,
    /// A `DateTime`.
    DateTime,
    /// A list of ids.
    Ids,
    /// A list of codes.
    Codes,
    /// A list of enum values.
    Enums,
    /// A list of input objects.
    Objects,
    /// A `Boolean`.
    Bool,
}

/// (what the value is, the value).
type Hostile = (String, Value);

fn ints() -> Vec<Hostile> {
    [0, -1, i64::from(i32::MAX), i64::from(i32::MIN)]
        .into_iter()
        .map(|n| (n.to_string(), json!(n)))
        .collect()
}

fn money() -> Vec<Hostile> {
    let mut values = ints();
    values.extend(
        [i64::MAX, i64::MIN]
            .into_iter()
            .map(|n| (n.to_string(), json!(n))),
    );
    values
}

fn strings() -> Vec<Hostile> {
    [
        ("\"\"", String::new()),
        ("\"   \"", "   ".to_owned()),
        ("100000 × \"x\"", "x".repeat(100_000)),
        ("NUL \"Lyon\\u0000Paris\"", "Lyon\u{0}Paris".to_owned()),
        ("BEL \"Lyon\\u0007\"", "Lyon\u{7}".to_owned()),
        ("RLO \"\\u202eLyon\"", "\u{202e}Lyon".to_owned()),
        ("emoji", "🎒🇸🇪👩‍👩‍👧‍👦".to_owned()),
        (
            "malformed UUID",
            "0189c7a2-1f3b-7c4d-9e5f-61728394a5bz".to_owned(),
        ),
        ("\"9999-12-31\"", "9999-12-31".to_owned()),
        ("\"0001-01-01\"", "0001-01-01".to_owned()),
    ]
    .into_iter()
    .map(|(label, value)| (label.to_owned(), json!(value)))
    .collect()
}

fn unknown_id() -> String {
    Uuid::now_v7().to_string()
}

/// Hostile values for a field of `kind` whose valid value is `current`.
pub(crate) fn hostile(kind: Kind, current: &Value) -> Vec<Hostile> {
    let first = || current[0].clone();
    let copies = |n: usize| Value::Array(vec![first(); n]);
    match kind {
        Kind::Int => ints(),
        Kind::Money => money(),
        Kind::Str | Kind::Enum => strings(),
        Kind::Id => {
            let mut values = strings();
            values.push(("unknown id".into(), json!(unknown_id())));
            values
        }
        Kind::DateTime => {
            let mut values = strings();
            values.push(("9999-12-31T23:59:59Z".into(), json!("9999-12-31T23:59:59Z")));
            values.push(("0001-01-01T00:00:00Z".into(), json!("0001-01-01T00:00:00Z")));
            values
        }
        Kind::Ids | Kind::Codes | Kind::Enums => {
            let unknown = match kind {
                Kind::Ids => json!(unknown_id()),
                _ => json!("ZZ"),
            };
            vec![
                ("[]".into(), json!([])),
                ("1000 copies of a valid element".into(), copies(1000)),
                ("a duplicate".into(), copies(2)),
                ("an unknown element".into(), json!([unknown])),
                (
                    "a valid, then two unknown".into(),
                    json!([first(), unknown, unknown]),
                ),
            ]
        }
        Kind::Bool => vec![
            ("\"true\"".into(), json!("true")),
            ("1".into(), json!(1)),
            ("null".into(), Value::Null),
        ],
        Kind::Objects => vec![
            ("[]".into(), json!([])),
            ("1000 copies of a valid element".into(), copies(1000)),
            ("a duplicate".into(), copies(2)),
        ],
    }
}

/// The value at a dotted `path` ("input.titles.0.text") of `value`.
pub(crate) fn at<'a>(value: &'a mut Value, path: &str) -> &'a mut Value {
    path.split('.').fold(value, |v, segment| match v {
        Value::Array(items) => &mut items[segment.parse::<usize>().expect("an index")],
        _ => &mut v[segment],
    })
}

/// One hostile request: valid variables with one field replaced.
struct Case {
    field: String,
    value: String,
    variables: Value,
    /// The field is an enum (or a list of one) or a Boolean: the schema itself refuses other
    /// values.
    enumerated: bool,
}

impl Case {
    /// A request with no field of its own replaced.
    fn whole(field: &str, value: String, variables: Value) -> Self {
        Self {
            field: field.to_owned(),
            value,
            variables,
            enumerated: false,
        }
    }
}

/// The cases for `fields` (dotted paths into `variables` with their kinds).
fn cases(variables: &Value, fields: &[(&str, Kind)]) -> Vec<Case> {
    let mut cases = Vec::new();
    for (path, kind) in fields {
        let current = at(&mut variables.clone(), path).clone();
        for (label, value) in hostile(*kind, &current) {
            let mut variables = variables.clone();
            *at(&mut variables, path) = value;
            cases.push(Case {
                field: (*path).to_owned(),
                value: label,
                variables,
                enumerated: matches!(kind, Kind::Enum | Kind::Enums | Kind::Bool),
            });
        }
    }
    cases
}

/// Prefixes every path with `input.`.
fn input_fields(fields: &[(&'static str, Kind)]) -> Vec<(String, Kind)> {
    fields
        .iter()
        .map(|(path, kind)| (format!("input.{path}"), *kind))
        .collect()
}

fn as_refs(fields: &[(String, Kind)]) -> Vec<(&str, Kind)> {
    fields.iter().map(|(p, k)| (p.as_str(), *k)).collect()
}

// ---------------------------------------------------------------------------------------------
// The sweep
// ---------------------------------------------------------------------------------------------

/// Sends hostile requests, checking each, and collects what went wrong.
struct Sweep<'a> {
    app: &'a TestApp,
    principals: HashMap<String, Principal>,
    /// (not severe, what went wrong).
    failures: Vec<(bool, String)>,
    requests: usize,
    /// Per operation: how many were accepted and refused with each code.
    outcomes: BTreeMap<String, BTreeMap<String, usize>>,
}

impl<'a> Sweep<'a> {
    fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            principals: HashMap::new(),
            failures: Vec::new(),
            requests: 0,
            outcomes: BTreeMap::new(),
        }
    }

    async fn counts(&self) -> Vec<(&'static str, i64)> {
        let mut counts = Vec::new();
        for table in TABLES {
            counts.push((table, self.app.count(table).await));
        }
        counts
    }

    /// Executes one operation as `token` in a task of its own, so that a panic is reported
    /// rather than ending the sweep; Err says why there is no response.
    async fn execute(
        &mut self,
        token: &str,
        query: &str,
        variables: Value,
    ) -> Result<Value, String> {
        let principal = match self.principals.get(token) {
            Some(principal) => principal.clone(),
            None => {
                let principal = self.app.principal(token).await.expect("signed in");
                self.principals.insert(token.to_owned(), principal.clone());
                principal
            }
        };
        let state = self.app.state.clone();
        let query = query.to_owned();
        let mut task = tokio::spawn(async move {
            let mut request = async_graphql::Request::new(query)
                .variables(async_graphql::Variables::from_json(variables));
            let meta = RequestMeta {
                request_id: Some("hostile".into()),
                client_ip: Some("127.0.0.1".parse().expect("an address")),
            };
            http::attach_request_data(&state, &mut request, Some(principal), meta);
            let response = state.schema.execute(request).await;
            serde_json::to_value(response).map_err(|e| format!("response does not serialise: {e}"))
        });
        match tokio::time::timeout(std::time::Duration::from_secs(60), &mut task).await {
            Err(_) => {
                task.abort();
                Err("no response within 60 s".into())
            }
            Ok(Err(joined)) if joined.is_panic() => {
                let payload = joined.into_panic();
                let message = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                Err(format!("panicked: {message}"))
            }
            Ok(Err(joined)) => Err(format!("task failed: {joined}")),
            Ok(Ok(response)) => response,
        }
    }

    /// Sends `variables` to `query` as `token` and checks the outcome; returns the data of
    /// the operation `field` when it was accepted.
    async fn attempt(
        &mut self,
        operation: &str,
        case: &Case,
        token: &str,
        query: &str,
        variables: Value,
    ) -> Option<Value> {
        let before = self.counts().await;
        let response = self.execute(token, query, variables).await;
        self.requests += 1;
        let after = self.counts().await;
        let what = format!("{operation} / {} = {}", case.field, case.value);
        let response = match response {
            Ok(response) => response,
            Err(problem) => {
                self.fail(true, format!("{what}: {problem}"));
                self.tally(operation, "no response");
                return None;
            }
        };
        let shown = clip(&response.to_string(), 400);
        let errors = response["errors"].as_array().cloned().unwrap_or_default();
        if errors.is_empty() {
            if response["data"].is_null() {
                self.fail(true, format!("{what}: neither data nor errors: {shown}"));
                self.tally(operation, "no response");
                return None;
            }
            self.tally(operation, "accepted");
            return Some(response["data"].clone());
        }
        let code = errors[0]["extensions"]["code"]
            .as_str()
            .unwrap_or("none")
            .to_owned();
        self.tally(operation, &code);
        let internal = errors.iter().any(|e| {
            e["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
                || e["message"]
                    .as_str()
                    .is_some_and(|m| m.starts_with("internal error"))
        });
        // A value outside an enum is refused by the schema before any resolver runs, naming
        // the argument in its message (as `directory.rs` accepts for an unknown theme).
        let argument = format!("argument \"{}", case.field);
        let by_the_schema = |e: &Value| {
            case.enumerated
                && response["data"].is_null()
                && e["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
                && e["message"].as_str().is_some_and(|m| m.contains(&argument))
        };
        let untyped = errors.iter().any(|e| {
            let typed = e["extensions"]["code"]
                .as_str()
                .is_some_and(|c| TYPED.contains(&c));
            !typed && !by_the_schema(e)
        });
        if internal {
            self.fail(true, format!("{what}: internal error: {shown}"));
        } else if untyped {
            self.fail(false, format!("{what}: refused with code {code}: {shown}"));
        }
        if after != before {
            let changed: Vec<String> = before
                .iter()
                .zip(&after)
                .filter(|(b, a)| b != a)
                .map(|((table, b), (_, a))| format!("{table} {b} → {a}"))
                .collect();
            self.fail(
                true,
                format!(
                    "{what}: refused, yet wrote ({}): {shown}",
                    changed.join(", ")
                ),
            );
        }
        None
    }

    /// Records a failure; `severe` ones (panics, internal errors, writes on refusal) are
    /// listed first.
    fn fail(&mut self, severe: bool, failure: String) {
        self.failures.push((!severe, failure));
    }

    fn tally(&mut self, operation: &str, outcome: &str) {
        *self
            .outcomes
            .entry(operation.to_owned())
            .or_default()
            .entry(outcome.to_owned())
            .or_default() += 1;
    }

    /// Sends a valid request that must be accepted: the starting point of a sweep.
    async fn valid(
        &mut self,
        operation: &str,
        token: &str,
        query: &str,
        variables: Value,
    ) -> Value {
        let case = Case::whole("(none)", "the valid request".into(), Value::Null);
        self.attempt(operation, &case, token, query, variables)
            .await
            .unwrap_or_else(|| {
                panic!(
                    "the valid request of {operation} is refused: {:?}",
                    self.failures.last()
                )
            })
    }

    /// Like [`Self::attempt`], but the valid request (the case of field "(none)") must be
    /// accepted: a refusal of it is a failure too.
    async fn check(
        &mut self,
        operation: &str,
        case: &Case,
        token: &str,
        query: &str,
        variables: Value,
    ) -> Option<Value> {
        let shown = clip(&variables.to_string(), 300);
        let accepted = self.attempt(operation, case, token, query, variables).await;
        if accepted.is_none() && case.field == "(none)" {
            self.fail(
                true,
                format!("{operation}: the valid request {shown} is refused"),
            );
        }
        accepted
    }

    /// Sends every case as is.
    async fn run(&mut self, operation: &str, token: &str, query: &str, cases: &[Case]) {
        for case in cases {
            self.attempt(operation, case, token, query, case.variables.clone())
                .await;
        }
    }

    /// Panics listing every failure, the severe ones first.
    fn finish(mut self) {
        for (operation, outcomes) in &self.outcomes {
            println!("{operation}: {outcomes:?}");
        }
        println!("{} hostile requests", self.requests);
        self.failures.sort_by_key(|(minor, _)| *minor);
        let failures: Vec<&str> = self.failures.iter().map(|(_, f)| f.as_str()).collect();
        assert!(
            failures.is_empty(),
            "{} failures in {} hostile requests:\n{}",
            failures.len(),
            self.requests,
            failures.join("\n")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The world
// ---------------------------------------------------------------------------------------------

const ADMIN: &str = "admin@utbyte.example";
const TEACHER: &str = "larare@ostra.example";
const PRINCIPAL: &str = "rektor@ostra.example";
const COORDINATOR: &str = "kansli@jonkoping.example";
const BOARD: &str = "namnd@jonkoping.example";

/// A Swedish municipality with a school (with an Erasmus+ OID), a partner school in Lyon,
/// the school's teacher and principal and the municipality's coordinator.
struct World {
    app: TestApp,
    municipality: String,
    home_town: String,
    lyon: String,
    school: String,
    partner: String,
    teacher: String,
    principal: String,
    coordinator: String,
}

impl World {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let admin = app.user_with_role(ADMIN, "admin").await;
        let created = gql_ok(
            &app,
            &admin,
            "mutation($input: CreateMunicipalityInput!) { \
             createMunicipality(input: $input) { id town { id } } }",
            json!({ "input": {
                "name": "Jönköping", "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
            }}),
            "createMunicipality",
        )
        .await;
        let (municipality, home_town) = (id_of(&created), id_of(&created["town"]));
        let lyon = id_of(
            &gql_ok(
                &app,
                &admin,
                "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
                json!({ "input": {
                    "localName": "Lyon", "country": "FR", "languages": ["fr"],
                    "coordinates": { "latitude": 45.764, "longitude": 4.8357 },
                }}),
                "createTown",
            )
            .await,
        );
        let organisation = |name: &'static str, town: String, oid: Option<&'static str>| {
            let (app, admin) = (&app, admin.clone());
            async move {
                id_of(
                    &gql_ok(
                        app,
                        &admin,
                        "mutation($input: OrganisationProfileInput!) { \
                         createOrganisation(input: $input) { id } }",
                        json!({ "input": {
                            "name": name, "kind": "SCHOOL", "townId": town,
                            "ageRange": { "min": 13, "max": 18 },
                            "workingLanguages": ["sv", "en"], "oid": oid,
                        }}),
                        "createOrganisation",
                    )
                    .await,
                )
            }
        };
        let school = organisation("Östra skolan", home_town.clone(), Some("E10203040")).await;
        let partner = organisation("Lycée du Parc", lyon.clone(), None).await;
        let at_school = |role: &'static str| [(role, Scope::Organisation(uuid(&school)))];
        let teacher = app.user_with_roles(TEACHER, &at_school("teacher")).await;
        let principal = app
            .user_with_roles(PRINCIPAL, &at_school("principal"))
            .await;
        let coordinator = app
            .user_with_roles(
                COORDINATOR,
                &[("coordinator", Scope::Municipality(uuid(&municipality)))],
            )
            .await;
        Self {
            app,
            municipality,
            home_town,
            lyon,
            school,
            partner,
            teacher,
            principal,
            coordinator,
        }
    }

    async fn gql_ok(&self, token: &str, query: &str, variables: Value, field: &str) -> Value {
        gql_ok(&self.app, token, query, variables, field).await
    }

    /// A complete proposal for a week in Lyon with the partner school that passes every
    /// hard item of the checklist.
    fn input(&self, title: &str) -> Value {
        crate::exchanges::week_in_lyon(&self.school, &self.partner, &self.lyon, title)
    }

    /// The teacher drafts a complete proposal; returns its id.
    async fn draft(&self, title: &str) -> String {
        id_of(
            &self
                .gql_ok(
                    &self.teacher,
                    &create(),
                    json!({ "input": self.input(title) }),
                    "createExchangeDraft",
                )
                .await,
        )
    }

    async fn decide(&self, token: &str, id: &str, decision: &str, comment: Option<&str>) -> Value {
        self.gql_ok(
            token,
            &exchange_mutation(
                "$exchangeId: ID!, $decision: ApprovalDecision!, $comment: String",
                "decideApprovalStep(exchangeId: $exchangeId, decision: $decision, \
                 comment: $comment)",
            ),
            json!({ "exchangeId": id, "decision": decision, "comment": comment }),
            "decideApprovalStep",
        )
        .await
    }

    /// A complete proposal, submitted: it waits for the principal.
    async fn at_principal(&self, title: &str) -> String {
        let id = self.draft(title).await;
        let submitted = self
            .gql_ok(&self.teacher, SUBMIT, json!({ "id": id }), "submitExchange")
            .await;
        assert_eq!(submitted["state"], "SUBMITTED", "{submitted}");
        id
    }

    /// A proposal abroad that went through its whole approval chain.
    async fn approved(&self, title: &str) -> String {
        let id = self.at_principal(title).await;
        self.decide(&self.principal, &id, "APPROVE", None).await;
        let approved = self.decide(&self.coordinator, &id, "APPROVE", None).await;
        assert_eq!(approved["state"], "APPROVED", "{approved}");
        id
    }

    /// An approved proposal whose registration opened and closed: it may start next.
    async fn registration_closed(&self, title: &str) -> String {
        let id = self.approved(title).await;
        let advance = "mutation($id: ID!, $to: ExchangeProgress!) { \
                       advanceExchange(id: $id, to: $to) { state } }";
        for to in ["OPEN_REGISTRATION", "CLOSE_REGISTRATION"] {
            let variables = json!({ "id": id, "to": to });
            self.gql_ok(&self.teacher, advance, variables, "advanceExchange")
                .await;
        }
        id
    }

    /// A KA152 youth exchange typed in: 20 young people and 2 leaders from the home town,
    /// 6 of them by train, a week in Lyon, with a partner in Germany that sends no group.
    fn plan(&self) -> Value {
        json!({
            "action": "KA_152_YOU",
            "callYear": 2025,
            "venueTownId": self.lyon,
            "activityDays": 7,
            "travelDays": 2,
            "projectMonths": 12,
            "groups": [{
                "label": "Östra skolan", "townId": self.home_town,
                "participants": 20, "leaders": 2, "greenTravellers": 6,
                "fewerOpportunities": 2, "realTravelCostCents": 400_000,
                "youngest": 14, "oldest": 17, "leaderMinAge": 25,
            }],
            "partnerCountries": ["DE"],
            "lumpSumCents": null,
            "exceptionalCostsCents": 10_000,
            "inclusionRealCostsCents": 5_000,
        })
    }

    /// An application of the school to the 2026 youth-exchange call covering `exchange`.
    fn record_input(&self, title: &str, exchange: &str) -> Value {
        json!({
            "title": title,
            "programme": "ERASMUS_PLUS",
            "action": "KA_152_YOU",
            "callYear": 2026,
            "round": 1,
            "deadline": "2026-02-12T11:00:00Z",
            "applicantOrganisationId": self.school,
            "oid": "E10203040",
            "nationalAgency": "MUCF",
            "referenceNumber": "2026-1-SE02-KA152-YOU-000123",
            "status": "DRAFTING",
            "requestedCents": 2_500_000,
            "grantedCents": null,
            "exchangeIds": [exchange],
        })
    }
}

/// The data of `field` of a response that must have succeeded.
async fn gql_ok(app: &TestApp, token: &str, query: &str, variables: Value, field: &str) -> Value {
    let response = app.gql(Some(token), query, variables).await;
    assert!(
        response["errors"].is_null() && !response["data"].is_null(),
        "{field}: {response}"
    );
    response["data"][field].clone()
}

use Kind::*;

/// The fields of an ExchangeInput, with their kinds.
const EXCHANGE_INPUT: &[(&str, Kind)] = &[
    ("sendingOrganisationId", Id),
    ("partnerOrganisationIds", Ids),
    ("partnerOrganisationIds.0", Id),
    ("titles", Objects),
    ("titles.0.language", Str),
    ("titles.0.text", Str),
    ("descriptions", Objects),
    ("descriptions.0.text", Str),
    ("direction", Enum),
    ("destinationTownId", Id),
    ("venue", Str),
    ("startDate", Str),
    ("endDate", Str),
    ("activityDays", Int),
    ("participants", Int),
    ("leaders", Int),
    ("ageRange.min", Int),
    ("ageRange.max", Int),
    ("themes", Enums),
    ("themes.0", Enum),
    ("learningObjectives", Str),
    ("programme", Objects),
    ("programme.0.day", Int),
    ("programme.0.text", Str),
    ("accommodation", Enum),
    ("transport", Str),
    ("costPerParticipant.minorUnits", Money),
    ("costPerParticipant.currency", Enum),
    ("registrationDeadline", Str),
    ("riskAssessment", Str),
    ("budgetCents", Money),
    ("consentPlan", Str),
];

/// The fields of a FundingPlanInput, with their kinds.
const PLAN_INPUT: &[(&str, Kind)] = &[
    ("action", Enum),
    ("callYear", Int),
    ("venueTownId", Id),
    ("activityDays", Int),
    ("travelDays", Int),
    ("projectMonths", Int),
    ("groups", Objects),
    ("groups.0.label", Str),
    ("groups.0.townId", Id),
    ("groups.0.participants", Int),
    ("groups.0.leaders", Int),
    ("groups.0.greenTravellers", Int),
    ("groups.0.fewerOpportunities", Int),
    ("groups.0.realTravelCostCents", Money),
    ("groups.0.youngest", Int),
    ("groups.0.oldest", Int),
    ("groups.0.leaderMinAge", Int),
    ("partnerCountries", Codes),
    ("partnerCountries.0", Str),
    ("lumpSumCents", Money),
    ("exceptionalCostsCents", Money),
    ("inclusionRealCostsCents", Money),
];

/// The fields of a FundingRecordInput, with their kinds.
const RECORD_INPUT: &[(&str, Kind)] = &[
    ("title", Str),
    ("programme", Enum),
    ("action", Enum),
    ("callYear", Int),
    ("round", Int),
    ("deadline", DateTime),
    ("applicantOrganisationId", Id),
    ("oid", Str),
    ("nationalAgency", Str),
    ("referenceNumber", Str),
    ("status", Enum),
    ("requestedCents", Money),
    ("grantedCents", Money),
    ("exchangeIds", Ids),
    ("exchangeIds.0", Id),
];

// ---------------------------------------------------------------------------------------------
// Exchanges
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_exchange_drafts_are_refused_typed_and_write_nothing() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);
    let update = exchange_mutation(
        "$id: ID!, $input: ExchangeInput!",
        "updateExchange(id: $id, input: $input)",
    );
    let fields = input_fields(EXCHANGE_INPUT);

    // createExchangeDraft
    let create = create();
    let base = json!({ "input": w.input("Fientligt utkast") });
    sweep
        .valid("createExchangeDraft", &w.teacher, &create, base.clone())
        .await;
    let creates = cases(&base, &as_refs(&fields));
    sweep
        .run("createExchangeDraft", &w.teacher, &create, &creates)
        .await;

    // updateExchange on a draft: each case replaces every field, so the draft is valid
    // again at the start of the next.
    let draft = w.draft("Utkast att ändra").await;
    let base = json!({ "id": draft, "input": w.input("Utkast att ändra") });
    sweep
        .valid("updateExchange (draft)", &w.teacher, &update, base.clone())
        .await;
    let mut update_fields = vec![("id".to_owned(), Id)];
    update_fields.extend(fields);
    let updates = cases(&base, &as_refs(&update_fields));
    sweep
        .run("updateExchange (draft)", &w.teacher, &update, &updates)
        .await;
    sweep.finish();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_changes_to_an_approved_exchange_are_refused_typed_and_write_nothing() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);
    let update = exchange_mutation(
        "$id: ID!, $input: ExchangeInput!",
        "updateExchange(id: $id, input: $input)",
    );
    let title = "Godkänd resa";
    let mut approved = w.approved(title).await;
    let base = json!({ "id": approved, "input": w.input(title) });
    let unchanged = sweep
        .valid(
            "updateExchange (approved)",
            &w.teacher,
            &update,
            base.clone(),
        )
        .await;
    assert_eq!(
        unchanged["updateExchange"]["state"], "APPROVED",
        "an unchanged exchange stays approved: {unchanged}"
    );
    let mut fields = vec![("id".to_owned(), Id)];
    fields.extend(input_fields(EXCHANGE_INPUT));
    for case in cases(&base, &as_refs(&fields)) {
        let mut variables = case.variables.clone();
        if case.field != "id" {
            variables["id"] = json!(approved);
        }
        let accepted = sweep
            .attempt(
                "updateExchange (approved)",
                &case,
                &w.teacher,
                &update,
                variables,
            )
            .await;
        // A change that sent it back to review: the next case starts from an approved one.
        if accepted.is_some_and(|data| data["updateExchange"]["state"] != "APPROVED") {
            approved = w.approved(title).await;
        }
    }
    sweep.finish();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_clones_decisions_cancellations_and_chains_are_refused_typed() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);

    // cloneExchange of an approved exchange.
    let clone = exchange_mutation(
        "$id: ID!, $startDate: NaiveDate!, $endDate: NaiveDate!",
        "cloneExchange(id: $id, startDate: $startDate, endDate: $endDate)",
    );
    let source = w.approved("Resa att kopiera").await;
    let base = json!({ "id": source, "startDate": day(300), "endDate": day(304) });
    sweep
        .valid("cloneExchange", &w.teacher, &clone, base.clone())
        .await;
    let clones = cases(&base, &[("id", Id), ("startDate", Str), ("endDate", Str)]);
    sweep
        .run("cloneExchange", &w.teacher, &clone, &clones)
        .await;

    // decideApprovalStep: the principal asks for changes, with a comment.
    let decide = exchange_mutation(
        "$exchangeId: ID!, $decision: ApprovalDecision!, $comment: String",
        "decideApprovalStep(exchangeId: $exchangeId, decision: $decision, comment: $comment)",
    );
    let mut waiting = w.at_principal("Resa att granska").await;
    let base = json!({
        "exchangeId": waiting, "decision": "REQUEST_CHANGES",
        "comment": "Please add the train times.",
    });
    let mut decisions = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    decisions.extend(cases(
        &base,
        &[("exchangeId", Id), ("decision", Enum), ("comment", Str)],
    ));
    for case in decisions {
        let mut variables = case.variables.clone();
        if case.field != "exchangeId" {
            variables["exchangeId"] = json!(waiting);
        }
        let accepted = sweep
            .attempt(
                "decideApprovalStep",
                &case,
                &w.principal,
                &decide,
                variables,
            )
            .await;
        if accepted.is_some() {
            // Sent back to the teacher: submitted again, it waits for the principal again.
            let again = w
                .app
                .gql(Some(&w.teacher), SUBMIT, json!({ "id": waiting }))
                .await;
            if again["data"]["submitExchange"]["state"] != "SUBMITTED" {
                waiting = w.at_principal("Resa att granska").await;
            }
        } else if case.field == "(none)" {
            panic!("the valid decision is refused: {:?}", sweep.failures);
        }
    }

    // advanceExchange: the coordinator starts a trip ahead of its dates, with a reason.
    let advance = exchange_mutation(
        "$id: ID!, $to: ExchangeProgress!, $earlyReason: String",
        "advanceExchange(id: $id, to: $to, earlyReason: $earlyReason)",
    );
    let mut to_start = w.registration_closed("Resa att starta").await;
    let base =
        json!({ "id": to_start, "to": "START", "earlyReason": "The group left a day early." });
    let mut starts = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    starts.extend(cases(
        &base,
        &[("id", Id), ("to", Enum), ("earlyReason", Str)],
    ));
    for case in starts {
        let mut variables = case.variables.clone();
        if case.field != "id" {
            variables["id"] = json!(to_start);
        }
        let accepted = sweep
            .attempt(
                "advanceExchange",
                &case,
                &w.coordinator,
                &advance,
                variables,
            )
            .await;
        if accepted.is_some() {
            to_start = w.registration_closed("Resa att starta").await;
        } else if case.field == "(none)" {
            panic!("the valid start is refused: {:?}", sweep.failures);
        }
    }

    // cancelExchange of a draft, with a reason.
    let cancel = exchange_mutation(
        "$id: ID!, $reason: String!",
        "cancelExchange(id: $id, reason: $reason)",
    );
    let mut to_cancel = w.draft("Resa att ställa in").await;
    let base = json!({ "id": to_cancel, "reason": "The host school closed for renovation." });
    let mut cancellations = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    cancellations.extend(cases(&base, &[("id", Id), ("reason", Str)]));
    for case in cancellations {
        let mut variables = case.variables.clone();
        if case.field != "id" {
            variables["id"] = json!(to_cancel);
        }
        let accepted = sweep
            .attempt("cancelExchange", &case, &w.teacher, &cancel, variables)
            .await;
        if accepted.is_some() {
            to_cancel = w.draft("Resa att ställa in").await;
        } else if case.field == "(none)" {
            panic!("the valid cancellation is refused: {:?}", sweep.failures);
        }
    }

    // setApprovalChain: the principal, then a named person with a substitute.
    w.app.user_with_roles(BOARD, &[]).await;
    let board = w.app.user_id(BOARD).await.to_string();
    let coordinator = w.app.user_id(COORDINATOR).await.to_string();
    let base = json!({
        "municipalityId": w.municipality, "riskLevel": "OVERNIGHT", "steps": [
            { "role": "principal", "dueDays": 5 },
            { "userId": board, "dueDays": 7, "substituteUserId": coordinator },
        ],
    });
    sweep
        .valid("setApprovalChain", &w.coordinator, SET_CHAIN, base.clone())
        .await;
    let chains = cases(
        &base,
        &[
            ("municipalityId", Id),
            ("riskLevel", Enum),
            ("steps", Objects),
            ("steps.0.role", Str),
            ("steps.0.dueDays", Int),
            ("steps.1.userId", Id),
            ("steps.1.substituteUserId", Id),
        ],
    );
    sweep
        .run("setApprovalChain", &w.coordinator, SET_CHAIN, &chains)
        .await;
    sweep.finish();
}

// ---------------------------------------------------------------------------------------------
// Funding
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_funding_plans_are_refused_typed() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);
    let base = json!({ "input": w.plan() });
    let fields = input_fields(PLAN_INPUT);
    let mut plans = cases(&base, &as_refs(&fields));
    // The largest real travel cost, accepted on its own, in every group there may be and
    // with the other amounts at their largest.
    let mut expensive = w.plan();
    expensive["groups"][0]["realTravelCostCents"] = json!(i64::MAX);
    let group = expensive["groups"][0].clone();
    for groups in [2, 50] {
        let mut plan = expensive.clone();
        plan["groups"] = Value::Array(vec![group.clone(); groups]);
        plans.push(Case::whole(
            "input.groups",
            format!("{groups} groups with realTravelCostCents = {}", i64::MAX),
            json!({ "input": plan }),
        ));
    }
    let mut plan = expensive;
    plan["exceptionalCostsCents"] = json!(i32::MAX);
    plan["inclusionRealCostsCents"] = json!(i32::MAX);
    plans.push(Case::whole(
        "input.groups.0.realTravelCostCents, input.exceptionalCostsCents, \
         input.inclusionRealCostsCents",
        format!("{}, {}, {}", i64::MAX, i32::MAX, i32::MAX),
        json!({ "input": plan }),
    ));
    for (operation, query) in [
        ("fundingEstimateForPlan", ESTIMATE_PLAN),
        ("eligibilityForPlan", ELIGIBILITY_PLAN),
    ] {
        sweep
            .valid(operation, &w.teacher, query, base.clone())
            .await;
        for case in &plans {
            let accepted = sweep
                .attempt(operation, case, &w.teacher, query, case.variables.clone())
                .await;
            // An estimate given is whole: its total is the sum of its lines, none negative.
            if let Some(budget) = accepted.as_ref().map(|d| &d["fundingEstimateForPlan"]) {
                if budget.is_null() {
                    continue;
                }
                let amounts: Vec<i128> = budget["lines"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|line| i128::from(line["amountCents"].as_i64().unwrap_or(-1)))
                    .collect();
                let total = budget["totalCents"].as_i64().map(i128::from);
                if amounts.iter().any(|a| *a < 0) || total != Some(amounts.iter().sum()) {
                    sweep.fail(
                        true,
                        format!(
                            "{operation} / {} = {}: an estimate whose lines {amounts:?} do \
                             not add up to its total {total:?}",
                            case.field, case.value
                        ),
                    );
                }
            }
        }
    }
    sweep.finish();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_funding_records_are_refused_typed_and_write_nothing() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);
    let exchange = w.draft("Språkvecka i Lyon").await;
    let create = format!(
        "mutation($input: FundingRecordInput!) {{ createFundingRecord(input: $input) {{ {RECORD} }} }}"
    );
    let update = format!(
        "mutation($id: ID!, $input: FundingRecordInput!) {{ \
         updateFundingRecord(id: $id, input: $input) {{ {RECORD} }} }}"
    );
    let fields = input_fields(RECORD_INPUT);

    let base = json!({ "input": w.record_input("Ungdomsutbyte Lyon 2026", &exchange) });
    let created = sweep
        .valid("createFundingRecord", &w.teacher, &create, base.clone())
        .await;
    let record = id_of(&created["createFundingRecord"]);
    let creates = cases(&base, &as_refs(&fields));
    sweep
        .run("createFundingRecord", &w.teacher, &create, &creates)
        .await;

    let base =
        json!({ "id": record, "input": w.record_input("Ungdomsutbyte Lyon 2026", &exchange) });
    sweep
        .valid("updateFundingRecord", &w.teacher, &update, base.clone())
        .await;
    let mut update_fields = vec![("id".to_owned(), Id)];
    update_fields.extend(fields);
    let updates = cases(&base, &as_refs(&update_fields));
    sweep
        .run("updateFundingRecord", &w.teacher, &update, &updates)
        .await;
    sweep.finish();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_funding_tables_are_refused_typed_and_write_nothing() {
    let w = World::new().await;
    let mut sweep = Sweep::new(&w.app);
    let token = w.coordinator.clone();

    let base = json!({ "input": {
        "action": "KA_152_YOU", "callYear": 2025, "kind": "TRAVEL_STANDARD",
        "key": "500-1999", "value": 31_500, "note": "Checked against the 2025 guide",
    }});
    sweep
        .valid("setFundingRate", &token, SET_RATE, base.clone())
        .await;
    let fields = input_fields(&[
        ("action", Enum),
        ("callYear", Int),
        ("kind", Enum),
        ("key", Str),
        ("value", Money),
        ("note", Str),
    ]);
    let rates = cases(&base, &as_refs(&fields));
    sweep.run("setFundingRate", &token, SET_RATE, &rates).await;

    let base = json!({ "input": {
        "callYear": 2025, "country": "AT", "erasmus": "PROGRAMME_COUNTRY",
        "countryGroup": 1, "nordplus": null, "note": "Checked with the national agency",
    }});
    sweep
        .valid("setFundingCountry", &token, SET_COUNTRY, base.clone())
        .await;
    let fields = input_fields(&[
        ("callYear", Int),
        ("country", Str),
        ("erasmus", Enum),
        ("countryGroup", Int),
        ("nordplus", Enum),
        ("note", Str),
    ]);
    let countries = cases(&base, &as_refs(&fields));
    sweep
        .run("setFundingCountry", &token, SET_COUNTRY, &countries)
        .await;

    let base = json!({ "input": {
        "action": "KA_152_YOU", "callYear": 2026, "round": 1,
        "deadline": "2026-02-12T11:00:00Z", "note": "12:00 Brussels time",
    }});
    sweep
        .valid(
            "setFundingCallDeadline",
            &token,
            SET_CALL_DEADLINE,
            base.clone(),
        )
        .await;
    let fields = input_fields(&[
        ("action", Enum),
        ("callYear", Int),
        ("round", Int),
        ("deadline", DateTime),
        ("note", Str),
    ]);
    let deadlines = cases(&base, &as_refs(&fields));
    sweep
        .run(
            "setFundingCallDeadline",
            &token,
            SET_CALL_DEADLINE,
            &deadlines,
        )
        .await;

    // Opening a year is sent valid last: once open, it could not be opened again.
    let base = json!({ "callYear": 2027, "fromYear": 2025 });
    let years = cases(&base, &[("callYear", Int), ("fromYear", Int)]);
    sweep
        .run("startFundingCallYear", &token, START_CALL_YEAR, &years)
        .await;
    sweep
        .valid("startFundingCallYear", &token, START_CALL_YEAR, base)
        .await;
    sweep.finish();
}

// ---------------------------------------------------------------------------------------------
// Registrations
// ---------------------------------------------------------------------------------------------

const PLACES: &str = "exchangeId capacity taken free consentRule selection membership \
     lotterySeed lotteryDrawnAt";
const YOUTH: &str = "id displayName dateOfBirth organisationId fewerOpportunities locale \
     hasAccount membershipConfirmed guardians { id displayName email locale custody hasAccount }";
const MEDICAL: &str = "query($registrationId: ID!) { \
     medicalInformation(registrationId: $registrationId) { registrationId medicalNotes \
     allergies medication dietaryNeeds emergencyContacts { name relation phone } updatedAt } }";
const ROSTER: &str = "query($exchangeId: ID!) { rosterCsv(exchangeId: $exchangeId) }";

/// An operation `kind` ("query" or "mutation") that reads back a whole registration.
fn registration_op(kind: &str, signature: &str, call: &str) -> String {
    format!("{kind}({signature}) {{ {call} {{ {REGISTRATION} }} }}")
}

/// The fields of a YouthProfileInput, with their kinds.
const YOUTH_INPUT: &[(&str, Kind)] = &[
    ("displayName", Str),
    ("dateOfBirth", Str),
    ("organisationId", Id),
    ("fewerOpportunities", Bool),
    ("locale", Enum),
    ("ownProfile", Bool),
    ("guardians", Objects),
    ("guardians.0.displayName", Str),
    ("guardians.0.email", Str),
    ("guardians.0.locale", Enum),
    ("guardians.0.custody", Enum),
];

/// The date of birth of someone `age` years old when the trip (in 60 days) starts.
fn born(age: i64) -> String {
    (Utc::now().date_naive() + Duration::days(60) - Duration::days(age * 365 + 100)).to_string()
}

/// A pupil of 15 at `school` with their mother, as the teacher records them.
fn youth_input(school: &str) -> Value {
    json!({
        "displayName": "Elsa Lind", "dateOfBirth": born(15), "organisationId": school,
        "fewerOpportunities": false, "locale": "SV", "ownProfile": false,
        "guardians": [{
            "displayName": "Karin Lind", "email": MUM, "locale": "SV", "custody": "SOLE",
        }],
    })
}

/// The case's variables with the stateful `fields` set to their current values, except the
/// field the case is about.
fn current(case: &Case, fields: &[(&str, &str)]) -> Value {
    let mut variables = case.variables.clone();
    for (field, value) in fields {
        if case.field != *field {
            variables[*field] = json!(value);
        }
    }
    variables
}

/// The valid request, then `cases`.
fn with_valid(base: &Value, cases: Vec<Case>) -> Vec<Case> {
    let mut all = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    all.extend(cases);
    all
}

/// Fresh pupils of the trip's school, each with a guardian of their own, and their
/// registrations for the trip.
struct Pupils<'a> {
    trip: &'a Trip,
    made: usize,
}

impl<'a> Pupils<'a> {
    fn new(trip: &'a Trip) -> Self {
        Self { trip, made: 0 }
    }

    /// A new pupil of 15 and the e-mail of their guardian (sole custody).
    async fn pupil_and_guardian(&mut self) -> (String, String) {
        self.made += 1;
        let guardian = format!("guardian{}@example.com", self.made);
        let pupil = self
            .trip
            .pupil(
                &format!("Pupil {}", self.made),
                &[(guardian.as_str(), "SOLE")],
                false,
            )
            .await;
        (pupil, guardian)
    }

    async fn pupil(&mut self) -> String {
        self.pupil_and_guardian().await.0
    }

    /// A new pupil registered by the teacher: pending consent, holding a place.
    async fn registration(&mut self) -> Value {
        let pupil = self.pupil().await;
        let registration = self.trip.register(&pupil).await;
        assert_eq!(registration["state"], "PENDING_CONSENT", "{registration}");
        registration
    }
}

/// The trip open for registration with `capacity` places, on a service whose scheduler runs
/// once at the start only: a pass in the middle of a sweep (a lottery drawn at its deadline,
/// a reminder queued) would write beside the request under test.
async fn quiet_trip(capacity: i32) -> Trip {
    let app = TestApp::spawn_with(|settings| settings.scheduler_interval_secs = 24 * 3600).await;
    Trip::open_on(
        crate::exchanges::World::on(app).await,
        capacity,
        "FIRST_COME",
    )
    .await
}

/// An exchange of the trip's world, approved and open for registration, with `capacity`
/// places given out by `selection`.
async fn open_exchange(trip: &Trip, title: &str, capacity: i32, selection: &str) -> String {
    let w = &trip.w;
    let exchange = w.approved(title).await;
    w.advance(&exchange, &["OPEN_REGISTRATION"]).await;
    let places = w
        .gql(
            &w.teacher,
            SET_PLACES,
            json!({ "e": exchange, "input": {
                "capacity": capacity, "selection": selection, "membership": "MEMBERS",
            }}),
        )
        .await;
    ok(&places, "setExchangePlaces");
    exchange
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_input_to_registrations_is_refused_cleanly() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    use utbyte_domain::entities::exchanges;

    let trip = quiet_trip(10).await;
    let w = &trip.w;
    let (teacher, coordinator) = (w.teacher.clone(), w.coordinator.clone());
    let mut pupils = Pupils::new(&trip);

    // A young person with an account of their own, registered for the trip (for their own
    // assent) and waiting for a place on a second trip that is then offered to them.
    let youth = w
        .app
        .user_with_roles(
            "elsa.lind@example.se",
            &[("youth", Scope::Organisation(uuid(&w.school)))],
        )
        .await;
    let mut own = youth_input(&w.school);
    own["ownProfile"] = json!(true);
    own["guardians"][0]["email"] = json!(DAD);
    let profile = w.gql(&youth, CREATE_YOUTH, json!({ "input": own })).await;
    let profile = id_of(ok(&profile, "createYouthProfile"));
    let mut sweep = Sweep::new(&w.app);

    // confirmYouthMembership: the teacher confirms that the young person is a pupil of the
    // school (the valid request last: it is what lets them register).
    let query = format!(
        "mutation($youthId: ID!) {{ confirmYouthMembership(youthId: $youthId) {{ {YOUTH} }} }}"
    );
    let base = json!({ "youthId": profile });
    let confirmations = cases(&base, &[("youthId", Id)]);
    sweep
        .run("confirmYouthMembership", &teacher, &query, &confirmations)
        .await;
    sweep
        .valid("confirmYouthMembership", &teacher, &query, base)
        .await;

    let own_registration = id_of(ok(
        &trip.register_as(&youth, &profile).await,
        "registerForExchange",
    ));
    let nice = open_exchange(&trip, "Språkveckan i Nice", 1, "FIRST_COME").await;
    let holder = pupils.pupil().await;
    let register = |token: &str, exchange: &str, youth: &str| {
        let (token, variables) = (token.to_owned(), json!({ "e": exchange, "y": youth }));
        async move { w.gql(&token, &register_query(), variables).await }
    };
    let holding = register(&teacher, &nice, &holder).await;
    let holding = id_of(ok(&holding, "registerForExchange"));
    let offered = register(&youth, &nice, &profile).await;
    let offered = ok(&offered, "registerForExchange").clone();
    assert_eq!(offered["state"], "WAITING_LIST", "{offered}");
    let offered = id_of(&offered);
    ok(
        &trip.withdraw_as(&teacher, &holding).await,
        "withdrawRegistration",
    );
    assert_eq!(trip.state(&offered).await, "OFFERED");

    // A lottery whose registration deadline has passed: it may be drawn.
    let lottery = open_exchange(&trip, "Lotteriresan", 10, "LOTTERY").await;
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::RegistrationDeadline,
            Expr::value(Utc::now().date_naive() - Duration::days(1)),
        )
        .filter(exchanges::Column::Id.eq(uuid(&lottery)))
        .exec(w.app.db())
        .await
        .expect("deadline moved");

    // createYouthProfile: every accepted case records one more young person.
    let base = json!({ "input": youth_input(&w.school) });
    let fields = input_fields(YOUTH_INPUT);
    let mut creates = with_valid(&base, cases(&base, &as_refs(&fields)));
    let guardian = |i: usize, email: String, custody: &str| {
        json!({ "displayName": format!("Guardian {i}"), "email": email, "locale": "EN",
                "custody": custody })
    };
    let joint = |n: usize| -> Vec<Value> {
        (1..=n)
            .map(|i| guardian(i, format!("g{i}@example.com"), "JOINT"))
            .collect()
    };
    let two_sole = vec![
        guardian(1, "g1@example.com".into(), "SOLE"),
        guardian(2, "g2@example.com".into(), "SOLE"),
    ];
    let same_in_capitals = vec![
        guardian(1, "g1@example.com".into(), "JOINT"),
        guardian(2, "G1@EXAMPLE.COM".into(), "JOINT"),
    ];
    for (label, guardians) in [
        ("5 guardians", joint(5)),
        ("4 guardians", joint(4)),
        ("2 guardians with sole custody", two_sole),
        ("one e-mail twice, once in capitals", same_in_capitals),
    ] {
        let mut variables = base.clone();
        variables["input"]["guardians"] = json!(guardians);
        creates.push(Case::whole("input.guardians", label.into(), variables));
    }
    for (label, date) in [
        ("today", day(0)),
        ("tomorrow", day(1)),
        ("an age of 2 at the start", born(2)),
        ("an age of 31 at the start", born(31)),
    ] {
        let mut variables = base.clone();
        variables["input"]["dateOfBirth"] = json!(date);
        creates.push(Case::whole("input.dateOfBirth", label.into(), variables));
    }
    for case in &creates {
        let variables = case.variables.clone();
        sweep
            .check(
                "createYouthProfile",
                case,
                &teacher,
                CREATE_YOUTH,
                variables,
            )
            .await;
    }

    // register: a fresh pupil after every accepted case.
    let query = registration_op(
        "mutation",
        "$exchangeId: ID!, $youthId: ID!",
        "registerForExchange(exchangeId: $exchangeId, youthId: $youthId)",
    );
    let mut pupil = pupils.pupil().await;
    let base = json!({ "exchangeId": trip.exchange, "youthId": pupil });
    let mut registrations = with_valid(&base, cases(&base, &[("exchangeId", Id), ("youthId", Id)]));
    let twelve = trip
        .pupil_aged("Lill", 12, &[("lill@example.com", "SOLE")], false)
        .await;
    let adult = trip.pupil_aged("Vuxen", 19, &[], false).await;
    for (label, youth_id) in [
        ("a pupil of 12 (outside the age range)", twelve),
        ("a pupil of 19 (registers themselves)", adult),
        ("an exchange's id", trip.exchange.clone()),
    ] {
        registrations.push(Case::whole(
            "youthId",
            label.into(),
            json!({ "exchangeId": trip.exchange, "youthId": youth_id }),
        ));
    }
    for (label, exchange) in [
        (
            "an exchange whose registration deadline has passed",
            &lottery,
        ),
        ("a pupil's id", &holder),
    ] {
        registrations.push(Case::whole(
            "exchangeId",
            label.into(),
            json!({ "exchangeId": exchange }),
        ));
    }
    let mut registered = None;
    for case in &registrations {
        let variables = current(case, &[("youthId", &pupil)]);
        let accepted = sweep
            .check("registerForExchange", case, &teacher, &query, variables)
            .await;
        if accepted.is_some() {
            registered = Some(pupil);
            pupil = pupils.pupil().await;
        }
    }
    if let Some(registered) = registered {
        let case = Case::whole(
            "youthId",
            "a pupil already registered".into(),
            json!({ "exchangeId": trip.exchange, "youthId": registered }),
        );
        let variables = case.variables.clone();
        sweep
            .attempt("registerForExchange", &case, &teacher, &query, variables)
            .await;
    }

    // setExchangePlaces, with places taken: the selection can no longer change, and the
    // capacity cannot go below the places taken.
    pupils.registration().await;
    pupils.registration().await;
    let query = format!(
        "mutation($exchangeId: ID!, $input: ExchangePlacesInput!) {{ \
         setExchangePlaces(exchangeId: $exchangeId, input: $input) {{ {PLACES} }} }}"
    );
    let base = json!({ "exchangeId": trip.exchange, "input": {
        "capacity": 100, "consentRule": "EVERY_GUARDIAN", "selection": "FIRST_COME",
        "membership": "MEMBERS",
    }});
    let mut places = with_valid(
        &base,
        cases(
            &base,
            &[
                ("exchangeId", Id),
                ("input.capacity", Int),
                ("input.consentRule", Enum),
                ("input.selection", Enum),
                ("input.membership", Enum),
            ],
        ),
    );
    for (field, label, value) in [
        ("input.capacity", "501", json!(501)),
        ("input.capacity", "1 (below the places taken)", json!(1)),
        (
            "input.selection",
            "LOTTERY (people have registered)",
            json!("LOTTERY"),
        ),
        ("input.consentRule", "null (the default)", Value::Null),
    ] {
        let mut variables = base.clone();
        *at(&mut variables, field) = value;
        places.push(Case::whole(field, label.into(), variables));
    }
    places.push(Case::whole(
        "exchangeId",
        "a pupil's id".into(),
        json!({ "exchangeId": holder, "input": base["input"] }),
    ));
    for case in &places {
        let variables = case.variables.clone();
        sweep
            .check("setExchangePlaces", case, &teacher, &query, variables)
            .await;
    }

    // withdrawRegistration: a fresh registration after every accepted case.
    let query = registration_op("mutation", "$id: ID!", "withdrawRegistration(id: $id)");
    let mut registration = id_of(&pupils.registration().await);
    let base = json!({ "id": registration });
    let mut ended = None;
    for case in &with_valid(&base, cases(&base, &[("id", Id)])) {
        let variables = current(case, &[("id", &registration)]);
        let accepted = sweep
            .check("withdrawRegistration", case, &teacher, &query, variables)
            .await;
        if accepted.is_some() {
            ended = Some(registration);
            registration = id_of(&pupils.registration().await);
        }
    }
    let withdrawn = ended.expect("the valid withdrawal was accepted");
    for (label, id) in [
        ("a registration already withdrawn", &withdrawn),
        ("an exchange's id", &trip.exchange),
    ] {
        let case = Case::whole("id", label.into(), json!({ "id": id }));
        let variables = case.variables.clone();
        sweep
            .attempt("withdrawRegistration", &case, &teacher, &query, variables)
            .await;
    }

    // cancelRegistration: a fresh registration after every accepted case.
    let query = registration_op(
        "mutation",
        "$id: ID!, $reason: String!",
        "cancelRegistration(id: $id, reason: $reason)",
    );
    let base = json!({ "id": registration, "reason": "The family moves abroad in the spring." });
    let mut cancellations = with_valid(&base, cases(&base, &[("id", Id), ("reason", Str)]));
    let mut long = base.clone();
    long["reason"] = json!("x".repeat(1001));
    cancellations.push(Case::whole("reason", "1001 × \"x\"".into(), long));
    cancellations.push(Case::whole(
        "id",
        "a registration already withdrawn".into(),
        json!({ "id": withdrawn, "reason": base["reason"] }),
    ));
    for case in &cancellations {
        let variables = current(case, &[("id", &registration)]);
        let accepted = sweep
            .check("cancelRegistration", case, &teacher, &query, variables)
            .await;
        if accepted.is_some() {
            registration = id_of(&pupils.registration().await);
        }
    }

    // overrideConsent, by the coordinator: a fresh registration after every accepted case.
    let query = registration_op(
        "mutation",
        "$registrationId: ID!, $reason: String!",
        "overrideConsent(registrationId: $registrationId, reason: $reason)",
    );
    let base = json!({
        "registrationId": registration,
        "reason": "The sole guardian is in hospital; the social services' decision is on file.",
    });
    let mut overrides = with_valid(
        &base,
        cases(&base, &[("registrationId", Id), ("reason", Str)]),
    );
    for (label, reason) in [
        ("9 characters", "Too short".to_owned()),
        ("10 spaces and a letter", format!("{}a", " ".repeat(10))),
        ("2001 × \"x\"", "x".repeat(2001)),
    ] {
        let mut variables = base.clone();
        variables["reason"] = json!(reason);
        overrides.push(Case::whole("reason", label.into(), variables));
    }
    let mut confirmed = None;
    for case in &overrides {
        let variables = current(case, &[("registrationId", &registration)]);
        let accepted = sweep
            .check("overrideConsent", case, &coordinator, &query, variables)
            .await;
        if accepted.is_some() {
            confirmed = Some(registration);
            registration = id_of(&pupils.registration().await);
        }
    }
    let confirmed = confirmed.expect("the valid override was accepted");
    let case = Case::whole(
        "registrationId",
        "a registration already confirmed".into(),
        json!({ "registrationId": confirmed, "reason": base["reason"] }),
    );
    let variables = case.variables.clone();
    sweep
        .attempt("overrideConsent", &case, &coordinator, &query, variables)
        .await;

    // resendConsentLink: accepted, it only sends a new link.
    let query = registration_op(
        "mutation",
        "$registrationId: ID!, $guardianId: ID!",
        "resendConsentLink(registrationId: $registrationId, guardianId: $guardianId)",
    );
    let guardian_of = |registration: &Value| {
        registration["consent"]["guardians"][0]["guardianId"]
            .as_str()
            .expect("a guardian")
            .to_owned()
    };
    let pending = pupils.registration().await;
    let other = pupils.registration().await;
    let base = json!({ "registrationId": id_of(&pending), "guardianId": guardian_of(&pending) });
    let mut resends = with_valid(
        &base,
        cases(&base, &[("registrationId", Id), ("guardianId", Id)]),
    );
    resends.push(Case::whole(
        "guardianId",
        "a guardian of another pupil".into(),
        json!({ "registrationId": id_of(&pending), "guardianId": guardian_of(&other) }),
    ));
    resends.push(Case::whole(
        "guardianId",
        "the pupil's id".into(),
        json!({ "registrationId": id_of(&pending), "guardianId": pending["youthId"] }),
    ));
    let confirmed_view = trip.registration(&confirmed).await;
    let withdrawn_view = trip.registration(&withdrawn).await;
    for (label, view) in [
        ("a registration already confirmed", &confirmed_view),
        ("a registration already withdrawn", &withdrawn_view),
    ] {
        resends.push(Case::whole(
            "registrationId",
            label.into(),
            json!({ "registrationId": id_of(view), "guardianId": guardian_of(view) }),
        ));
    }
    for case in &resends {
        let variables = case.variables.clone();
        sweep
            .check("resendConsentLink", case, &teacher, &query, variables)
            .await;
    }

    // giveOwnConsent, by the young person: their assent may be given again.
    let query = registration_op(
        "mutation",
        "$registrationId: ID!",
        "giveOwnConsent(registrationId: $registrationId)",
    );
    let base = json!({ "registrationId": own_registration });
    let mut assents = with_valid(&base, cases(&base, &[("registrationId", Id)]));
    assents.push(Case::whole(
        "registrationId",
        "another pupil's registration".into(),
        json!({ "registrationId": id_of(&pending) }),
    ));
    for case in &assents {
        let variables = case.variables.clone();
        sweep
            .check("giveOwnConsent", case, &youth, &query, variables)
            .await;
    }

    // acceptPlaceOffer, by the young person: the valid request last, as it takes the place.
    let query = registration_op("mutation", "$id: ID!", "acceptPlaceOffer(id: $id)");
    let base = json!({ "id": offered });
    let mut offers = cases(&base, &[("id", Id)]);
    offers.push(Case::whole(
        "id",
        "their registration pending consent".into(),
        json!({ "id": own_registration }),
    ));
    sweep.run("acceptPlaceOffer", &youth, &query, &offers).await;
    sweep.valid("acceptPlaceOffer", &youth, &query, base).await;

    // drawLottery: the valid request last, as a lottery is drawn once.
    let query = format!(
        "mutation($exchangeId: ID!) {{ drawLottery(exchangeId: $exchangeId) {{ {PLACES} }} }}"
    );
    let base = json!({ "exchangeId": lottery });
    let mut draws = cases(&base, &[("exchangeId", Id)]);
    draws.push(Case::whole(
        "exchangeId",
        "a first-come exchange".into(),
        json!({ "exchangeId": trip.exchange }),
    ));
    sweep.run("drawLottery", &teacher, &query, &draws).await;
    sweep
        .valid("drawLottery", &teacher, &query, base.clone())
        .await;
    let case = Case::whole("exchangeId", "a lottery already drawn".into(), base);
    let variables = case.variables.clone();
    sweep
        .attempt("drawLottery", &case, &teacher, &query, variables)
        .await;

    // The reads.
    let reads = [
        (
            "registration",
            registration_op("query", "$id: ID!", "registration(id: $id)"),
            "id",
            id_of(&pending),
        ),
        (
            "exchangeRegistrations",
            registration_op(
                "query",
                "$exchangeId: ID!",
                "exchangeRegistrations(exchangeId: $exchangeId)",
            ),
            "exchangeId",
            trip.exchange.clone(),
        ),
        (
            "medicalInformation",
            MEDICAL.to_owned(),
            "registrationId",
            id_of(&pending),
        ),
        (
            "rosterCsv",
            ROSTER.to_owned(),
            "exchangeId",
            trip.exchange.clone(),
        ),
        (
            "youthProfile",
            format!("query($id: ID!) {{ youthProfile(id: $id) {{ {YOUTH} }} }}"),
            "id",
            pupil.clone(),
        ),
        (
            "exchangePlaces",
            format!(
                "query($exchangeId: ID!) {{ exchangePlaces(exchangeId: $exchangeId) {{ {PLACES} }} }}"
            ),
            "exchangeId",
            trip.exchange.clone(),
        ),
    ];
    for (operation, query, argument, valid) in reads {
        let mut base = json!({});
        base[argument] = json!(valid);
        sweep.valid(operation, &teacher, &query, base.clone()).await;
        let reads = cases(&base, &[(argument, Id)]);
        sweep.run(operation, &teacher, &query, &reads).await;
    }
    sweep.finish();
}

// ---------------------------------------------------------------------------------------------
// The consent form
// ---------------------------------------------------------------------------------------------

/// The service's limit on a request body.
const BODY_LIMIT: usize = 64 * 1024;
/// The longest request target the HTTP server reads: a longer one is refused with 414
/// before the service sees it.
const MAX_TARGET: usize = u16::MAX as usize - 1;
/// Runs a script wherever a page shows it unescaped.
const SCRIPT: &str = "<script>alert(1)</script>";

/// The fields of the consent form a hostile value goes into, one at a time. The valid form
/// has one emergency contact: a part of the second and third is posted alone.
const FORM_FIELDS: &[&str] = &[
    "token",
    "lang",
    "travelTextId",
    "photosTextId",
    "noticeTextId",
    "travel",
    "photos",
    "typedName",
    "medicalNotes",
    "allergies",
    "medication",
    "dietaryNeeds",
    "contacts[0].name",
    "contacts[0].relation",
    "contacts[0].phone",
    "contacts[1].relation",
    "contacts[2].phone",
];

/// The hostile strings, and the form's own: a value that takes the body over the limit,
/// text just over and at the longest a field allows (in two-byte characters), markup, and
/// line breaks with a tab.
fn form_strings() -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = strings()
        .into_iter()
        .map(|(label, value)| (label, value.as_str().unwrap_or_default().to_owned()))
        .collect();
    values.extend([
        ("70000 × \"x\"".to_owned(), "x".repeat(70_000)),
        ("2001 × \"x\"".to_owned(), "x".repeat(2001)),
        ("2000 × \"ö\"".to_owned(), "ö".repeat(2000)),
        ("markup".to_owned(), format!("\"'>{SCRIPT}")),
        (
            "line breaks and a tab".to_owned(),
            "Nuts\r\nPollen\tDust".to_owned(),
        ),
    ]);
    values
}

/// Values of a checkbox no browser sends: a ticked box sends "yes", an unticked one nothing.
fn checkbox_values() -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = ["", "no", "off", "0", "false"]
        .into_iter()
        .map(|value| (format!("\"{value}\""), value.to_owned()))
        .collect();
    values.extend([
        ("NUL \"yes\\u0000\"".to_owned(), "yes\u{0}".to_owned()),
        ("70000 × \"x\"".to_owned(), "x".repeat(70_000)),
    ]);
    values
}

/// A consent link mailed for a new registration, and the text versions its page shows.
struct Link {
    guardian: String,
    token: String,
    travel_text: String,
    photos_text: String,
    notice_text: String,
}

impl Link {
    fn path(&self) -> String {
        format!("/consent?token={}", self.token)
    }

    /// The form as a guardian fills it in: permission to travel and for photos, health
    /// notes and one emergency contact.
    fn form(&self) -> Vec<(String, String)> {
        [
            ("token", self.token.as_str()),
            ("travelTextId", &self.travel_text),
            ("photosTextId", &self.photos_text),
            ("noticeTextId", &self.notice_text),
            ("travel", "yes"),
            ("photos", "yes"),
            ("typedName", "Karin Lind"),
            ("medicalNotes", "Mild asthma"),
            ("allergies", "Nuts (EpiPen in the front pocket)"),
            ("medication", ""),
            ("dietaryNeeds", "Vegetarian"),
            ("contacts[0].name", "Olof Lind"),
            ("contacts[0].relation", "Father"),
            ("contacts[0].phone", "+46 70 123 45 67"),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
    }
}

/// The consent link mailed for a new pupil registered for the trip.
async fn new_link(trip: &Trip, pupils: &mut Pupils<'_>) -> Link {
    let (pupil, guardian) = pupils.pupil_and_guardian().await;
    let registration = trip.register(&pupil).await;
    assert_eq!(registration["state"], "PENDING_CONSENT", "{registration}");
    let path = trip.consent_link(&guardian).await;
    let (status, page) = trip.get(&path).await;
    assert_eq!(status, 200, "{page}");
    Link {
        token: path.split("token=").nth(1).unwrap_or_default().to_owned(),
        travel_text: hidden(&page, "travelTextId"),
        photos_text: hidden(&page, "photosTextId"),
        notice_text: hidden(&page, "noticeTextId"),
        guardian,
    }
}

/// `form` with `field` set to `value` (added when the form lacks it).
fn set(mut form: Vec<(String, String)>, field: &str, value: &str) -> Vec<(String, String)> {
    match form.iter_mut().find(|(name, _)| name == field) {
        Some(entry) => entry.1 = value.to_owned(),
        None => form.push((field.to_owned(), value.to_owned())),
    }
    form
}

/// The form as `application/x-www-form-urlencoded`, byte for byte.
fn urlencoded(form: &[(String, String)]) -> String {
    let encode = |text: &str| {
        let mut encoded = String::with_capacity(text.len());
        for byte in text.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                    encoded.push(char::from(byte));
                }
                b' ' => encoded.push('+'),
                _ => encoded.push_str(&format!("%{byte:02X}")),
            }
        }
        encoded
    };
    form.iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Whether `value` passes as a text of at most `max` characters once trimmed, with no
/// control characters but line breaks and tabs, and not blank when `required`.
fn fits(value: &str, max: usize, required: bool) -> bool {
    let text = value.trim();
    !(required && text.is_empty())
        && text.chars().count() <= max
        && !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Whether `value` passes as a phone number: 6 to 15 digits, with spaces, `+`, `-` and
/// brackets, 25 characters at most.
fn is_phone(value: &str) -> bool {
    let phone = value.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
        && (6..=15).contains(&digits)
        && phone.len() <= 25
}

/// What a consent page must answer.
#[derive(Clone, Copy)]
enum Expected {
    /// 200 and what the consent did: it is given.
    Given,
    /// 200 and the form: the page of a usable link.
    Shown,
    /// 422 and the form again, with its problems.
    FormAgain,
    /// 400 or 410 and the page of a link that does not work.
    LinkProblem,
    /// 413: the body is over the limit.
    TooLarge,
    /// One of these statuses.
    AnyOf(&'static [u16]),
}

impl Expected {
    fn met(self, status: u16, page: &str) -> bool {
        match self {
            Self::Given => status == 200 && page.contains("id=\"outcome\""),
            Self::Shown => status == 200 && page.contains("<form"),
            Self::FormAgain => {
                status == 422 && page.contains("id=\"form-errors\"") && page.contains("<form")
            }
            Self::LinkProblem => {
                matches!(status, 400 | 410) && page.contains("id=\"link-problem\"")
            }
            Self::TooLarge => status == 413,
            Self::AnyOf(statuses) => statuses.contains(&status),
        }
    }

    fn describe(self) -> String {
        match self {
            Self::Given => "200 with the outcome".into(),
            Self::Shown => "200 with the page".into(),
            Self::FormAgain => "422 with the form shown again".into(),
            Self::LinkProblem => "400 or 410 with the link problem".into(),
            Self::TooLarge => "413".into(),
            Self::AnyOf(statuses) => format!("one of {statuses:?}"),
        }
    }
}

/// What the form must answer when `field` holds `value` and the rest is valid.
fn expected(field: &str, value: &str, link: &Link) -> Expected {
    let given_if = |ok: bool| {
        if ok {
            Expected::Given
        } else {
            Expected::FormAgain
        }
    };
    match field {
        "token" => Expected::LinkProblem,
        "lang" => Expected::Given,
        "travelTextId" => given_if(value.trim() == link.travel_text),
        "photosTextId" => given_if(value.trim() == link.photos_text),
        "noticeTextId" => given_if(value.trim() == link.notice_text),
        // A browser sends a ticked box as "yes", and nothing for an unticked one: anything
        // else is no permission to travel. (For photos, see the sweep.)
        "travel" => given_if(value == "yes"),
        "photos" => Expected::AnyOf(&[200, 422]),
        "typedName" | "contacts[0].name" => given_if(fits(value, 100, true)),
        "contacts[0].relation" => given_if(fits(value, 50, true)),
        "contacts[0].phone" => given_if(is_phone(value)),
        "medicalNotes" | "allergies" | "medication" | "dietaryNeeds" => {
            given_if(fits(value, 2000, false))
        }
        // A part of an otherwise empty contact: blank, the contact is left out; else the
        // contact lacks its other parts.
        _ => given_if(value.trim().is_empty()),
    }
}

/// The text of a page from its problems (or its heading) on, for a failure's message.
fn text_of(page: &str) -> String {
    let start = page
        .find("id=\"form-errors\"")
        .or_else(|| page.find("<h1"))
        .unwrap_or(0);
    let mut text = String::new();
    let mut in_tag = false;
    for c in page[start..].chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    clip(&text.split_whitespace().collect::<Vec<_>>().join(" "), 300)
}

/// The status and body of a response, or why there is none.
async fn answer(
    sent: impl std::future::Future<Output = reqwest::Result<reqwest::Response>>,
) -> Result<(u16, String), String> {
    match tokio::time::timeout(std::time::Duration::from_secs(60), sent).await {
        Err(_) => Err("no response within 60 s".into()),
        Ok(Err(error)) => Err(clip(&format!("no response: {error:?}"), 400)),
        Ok(Ok(response)) => {
            let status = response.status().as_u16();
            Ok((status, response.text().await.unwrap_or_default()))
        }
    }
}

/// Sends `GET target` over a connection of its own, as it is; returns the status and body,
/// or why there is none.
async fn raw_get(address: std::net::SocketAddr, target: &str) -> Result<(u16, String), String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(address).await?;
        let request =
            format!("GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await?;
        Ok::<_, std::io::Error>(String::from_utf8_lossy(&response).into_owned())
    };
    match tokio::time::timeout(std::time::Duration::from_secs(60), exchange).await {
        Err(_) => Err("no response within 60 s".into()),
        Ok(Err(error)) => Err(format!("no response: {error}")),
        Ok(Ok(response)) => {
            let status = response
                .split(' ')
                .nth(1)
                .and_then(|code| code.parse().ok())
                .ok_or_else(|| format!("no status line: {}", clip(&response, 200)))?;
            let body = response.split_once("\r\n\r\n").map_or("", |(_, body)| body);
            Ok((status, body.to_owned()))
        }
    }
}

/// A request's body: a form, or text of its own with its content type.
enum Body {
    Form(Vec<(String, String)>),
    Raw(&'static str, String),
}

/// Posts hostile consent forms and opens hostile links over HTTP, outcomes and failures
/// collected in a [`Sweep`].
struct FormSweep<'a> {
    trip: &'a Trip,
    pupils: Pupils<'a>,
    sweep: Sweep<'a>,
    /// The unused link the next form is for.
    link: Link,
    /// Tokens of links a consent used up.
    used: Vec<String>,
    /// The withdrawal token of the first consent given.
    withdraw: Option<String>,
}

impl<'a> FormSweep<'a> {
    async fn new(trip: &'a Trip) -> Self {
        let mut pupils = Pupils::new(trip);
        let link = new_link(trip, &mut pupils).await;
        Self {
            trip,
            pupils,
            sweep: Sweep::new(&trip.w.app),
            link,
            used: Vec::new(),
            withdraw: None,
        }
    }

    fn judge(&mut self, what: &str, status: u16, page: &str, expected: Expected) {
        if status >= 500 {
            self.sweep
                .fail(true, format!("{what}: {status}: {}", text_of(page)));
        } else if !expected.met(status, page) {
            self.sweep.fail(
                false,
                format!(
                    "{what}: {status}, expected {}: {}",
                    expected.describe(),
                    text_of(page)
                ),
            );
        }
        if page.contains(SCRIPT) {
            self.sweep
                .fail(true, format!("{what}: the page shows {SCRIPT} unescaped"));
        }
    }

    /// Posts the consent form with `field` = `label` and checks the answer: a refusal writes
    /// nothing and leaves the link usable; a consent given takes a new link for the next
    /// case. Returns the status and how many consent events were written.
    async fn post(
        &mut self,
        field: &str,
        label: &str,
        body: Body,
        expected: Expected,
    ) -> Option<(u16, i64)> {
        let trip = self.trip;
        let app = &trip.w.app;
        let (content_type, body) = match body {
            Body::Form(form) => ("application/x-www-form-urlencoded", urlencoded(&form)),
            Body::Raw(content_type, body) => (content_type, body),
        };
        let expected = if body.len() > BODY_LIMIT {
            Expected::TooLarge
        } else {
            expected
        };
        let what = format!("POST /consent / {field} = {label}");
        let before = self.sweep.counts().await;
        let request = app
            .http
            .post(app.url("/consent"))
            .header("content-type", content_type)
            .header("user-agent", "utbyte-tests/1.0")
            .body(body);
        let response = answer(request.send()).await;
        self.sweep.requests += 1;
        let after = self.sweep.counts().await;
        let events = |counts: &[(&str, i64)]| {
            counts
                .iter()
                .find(|(table, _)| *table == "consent_events")
                .map_or(0, |(_, n)| *n)
        };
        let written = events(&after) - events(&before);
        let status = match response {
            Ok((status, page)) => {
                self.sweep.tally("POST /consent", &status.to_string());
                self.judge(&what, status, &page, expected);
                Some(status)
            }
            Err(problem) => {
                self.sweep.tally("POST /consent", "no response");
                self.sweep.fail(true, format!("{what}: {problem}"));
                None
            }
        };
        if status == Some(200) {
            // The link is used up: the next case has a new one.
            if self.withdraw.is_none() {
                let mail = app.last_mail(&self.link.guardian, "consent_received").await;
                self.withdraw = Some(token_in(&mail.text_body));
            }
            let link = new_link(trip, &mut self.pupils).await;
            let used = std::mem::replace(&mut self.link, link);
            self.used.push(used.token);
        } else {
            if after != before {
                let changed: Vec<String> = before
                    .iter()
                    .zip(&after)
                    .filter(|(b, a)| b != a)
                    .map(|((table, b), (_, a))| format!("{table} {b} → {a}"))
                    .collect();
                self.sweep.fail(
                    true,
                    format!("{what}: refused, yet wrote ({})", changed.join(", ")),
                );
            }
            let (opens, _) = trip.get(&self.link.path()).await;
            if opens != 200 {
                self.sweep.fail(
                    true,
                    format!("{what}: refused, yet the link no longer opens ({opens})"),
                );
                self.link = new_link(trip, &mut self.pupils).await;
            }
        }
        status.map(|status| (status, written))
    }

    /// Opens `path` with `query` and checks the answer: a GET never writes.
    async fn get(&mut self, label: &str, path: &str, query: &[(&str, &str)], expected: Expected) {
        let app = &self.trip.w.app;
        let request = app
            .http
            .get(app.url(path))
            .query(query)
            .build()
            .expect("a request");
        let target = match request.url().query() {
            Some(query) => format!("{}?{query}", request.url().path()),
            None => request.url().path().to_owned(),
        };
        let what = format!("GET {path} / {label}");
        let operation = format!("GET {path}");
        let before = self.sweep.counts().await;
        // The HTTP client sends no request target that long: it goes as it is.
        let (response, expected) = if target.len() > MAX_TARGET {
            (raw_get(app.address, &target).await, Expected::AnyOf(&[414]))
        } else {
            (answer(app.http.execute(request)).await, expected)
        };
        self.sweep.requests += 1;
        let after = self.sweep.counts().await;
        match response {
            Ok((status, page)) => {
                self.sweep.tally(&operation, &status.to_string());
                self.judge(&what, status, &page, expected);
            }
            Err(problem) => {
                self.sweep.tally(&operation, "no response");
                self.sweep.fail(true, format!("{what}: {problem}"));
            }
        }
        if after != before {
            self.sweep.fail(true, format!("{what}: a GET wrote"));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_input_to_the_consent_form_is_refused_cleanly() {
    let trip = quiet_trip(300).await;
    let mut form = FormSweep::new(&trip).await;

    // The valid form first: consent is given, and its confirmation has a withdrawal link.
    let valid = Body::Form(form.link.form());
    let given = form
        .post("(none)", "the valid form", valid, Expected::Given)
        .await;
    assert_eq!(
        given,
        Some((200, 2)),
        "the valid form gives permission to travel and for photos: {:?}",
        form.sweep.failures
    );

    // One field at a time.
    for field in FORM_FIELDS {
        let values = match *field {
            "travel" | "photos" => checkbox_values(),
            _ => form_strings(),
        };
        for (label, value) in values {
            let body = Body::Form(set(form.link.form(), field, &value));
            let expected = expected(field, &value, &form.link);
            let outcome = form.post(field, &label, body, expected).await;
            // Only a ticked box ("yes") is a photo permission.
            if *field == "photos"
                && outcome.is_some_and(|(status, events)| status == 200 && events > 1)
            {
                form.sweep.fail(
                    false,
                    format!(
                        "POST /consent / photos = {label}: recorded as a photo permission \
                         (a ticked box sends \"yes\")"
                    ),
                );
            }
        }
    }

    // Text versions of the right shape that are not the ones shown.
    for (field, label) in [
        ("travelTextId", "an unknown id"),
        ("photosTextId", "an unknown id"),
        ("noticeTextId", "an unknown id"),
        ("travelTextId", "the photo text's id"),
        ("photosTextId", "the travel text's id"),
        ("noticeTextId", "the travel text's id"),
    ] {
        let value = match (field, label) {
            (_, "an unknown id") => unknown_id(),
            ("travelTextId", _) => form.link.photos_text.clone(),
            _ => form.link.travel_text.clone(),
        };
        let body = Body::Form(set(form.link.form(), field, &value));
        form.post(field, label, body, Expected::FormAgain).await;
    }

    // Tokens of the right shape, or nearly, that open nothing.
    let used = form.used[0].clone();
    let withdraw = form.withdraw.clone().expect("a withdrawal link is mailed");
    let unknown = "0123456789abcdef".repeat(4);
    for label in [
        "a used link's",
        "a withdrawal link's",
        "an unknown one",
        "the link's, in capitals",
        "the link's, with a space after",
    ] {
        let token = match label {
            "a used link's" => used.clone(),
            "a withdrawal link's" => withdraw.clone(),
            "an unknown one" => unknown.clone(),
            "the link's, in capitals" => form.link.token.to_uppercase(),
            _ => format!("{} ", form.link.token),
        };
        let body = Body::Form(set(form.link.form(), "token", &token));
        form.post("token", label, body, Expected::LinkProblem).await;
    }

    // Bodies no browser sends.
    let typed_twice = format!("{}&typedName=Olof+Lind", urlencoded(&form.link.form()));
    form.post(
        "typedName",
        "given twice",
        Body::Raw("application/x-www-form-urlencoded", typed_twice),
        Expected::AnyOf(&[400, 422]),
    )
    .await;
    let without = |name: &str, form: Vec<(String, String)>| -> Vec<(String, String)> {
        form.into_iter().filter(|(n, _)| n != name).collect()
    };
    let not_utf8 = format!(
        "{}&allergies=%FF%FE",
        urlencoded(&without("allergies", form.link.form()))
    );
    form.post(
        "allergies",
        "%FF%FE (not UTF-8)",
        Body::Raw("application/x-www-form-urlencoded", not_utf8),
        Expected::AnyOf(&[200, 400, 422]),
    )
    .await;
    let as_json: serde_json::Map<String, Value> = form
        .link
        .form()
        .into_iter()
        .map(|(name, value)| (name, json!(value)))
        .collect();
    form.post(
        "(body)",
        "the form as JSON",
        Body::Raw("application/json", Value::Object(as_json).to_string()),
        Expected::AnyOf(&[400, 415, 422]),
    )
    .await;
    form.post(
        "(body)",
        "empty",
        Body::Raw("application/x-www-form-urlencoded", String::new()),
        Expected::LinkProblem,
    )
    .await;
    let no_travel = without("travel", form.link.form());
    form.post(
        "travel",
        "left out (unticked)",
        Body::Form(no_travel),
        Expected::FormAgain,
    )
    .await;

    // Forms at the edges of what is accepted.
    let mut fourth = form.link.form();
    for (part, value) in [
        ("name", "Anna Lind"),
        ("relation", "Aunt"),
        ("phone", "070 111 22 33"),
    ] {
        fourth = set(fourth, &format!("contacts[3].{part}"), value);
    }
    form.post(
        "contacts[3]",
        "a fourth contact",
        Body::Form(fourth),
        Expected::AnyOf(&[200, 422]),
    )
    .await;
    let mut three = form.link.form();
    for i in 1..3 {
        for (part, value) in [
            ("name", "Anna Lind"),
            ("relation", "Aunt"),
            ("phone", "(070) 111-22-33"),
        ] {
            three = set(three, &format!("contacts[{i}].{part}"), value);
        }
    }
    form.post(
        "contacts",
        "three contacts",
        Body::Form(three),
        Expected::Given,
    )
    .await;
    let mut longest = form.link.form();
    for field in ["medicalNotes", "allergies", "medication", "dietaryNeeds"] {
        longest = set(longest, field, &"ö".repeat(2000));
    }
    longest = set(longest, "typedName", &"ö".repeat(100));
    form.post(
        "medicalNotes, allergies, medication, dietaryNeeds, typedName",
        "each at its longest in \"ö\"",
        Body::Form(longest),
        Expected::Given,
    )
    .await;
    let unknown_field = set(form.link.form(), "admin", "true");
    form.post(
        "admin",
        "an unknown field",
        Body::Form(unknown_field),
        Expected::Given,
    )
    .await;

    // The pages of the links, with hostile tokens and languages.
    let consent_token = form.link.token.clone();
    for (label, value) in form_strings() {
        for path in ["/consent", "/consent/withdraw"] {
            form.get(
                &format!("token = {label}"),
                path,
                &[("token", &value)],
                Expected::LinkProblem,
            )
            .await;
        }
        form.get(
            &format!("lang = {label}"),
            "/consent",
            &[("token", &consent_token), ("lang", &value)],
            Expected::Shown,
        )
        .await;
        form.get(
            &format!("lang = {label}"),
            "/consent/withdraw",
            &[("token", &withdraw), ("lang", &value)],
            Expected::Shown,
        )
        .await;
    }
    for (label, path, token) in [
        ("a withdrawal link's token", "/consent", withdraw.as_str()),
        ("a used link's token", "/consent", used.as_str()),
        ("an unknown token", "/consent", unknown.as_str()),
        (
            "a consent link's token",
            "/consent/withdraw",
            consent_token.as_str(),
        ),
        ("an unknown token", "/consent/withdraw", unknown.as_str()),
    ] {
        form.get(label, path, &[("token", token)], Expected::LinkProblem)
            .await;
    }
    for path in ["/consent", "/consent/withdraw"] {
        form.get("no token", path, &[], Expected::LinkProblem).await;
        form.get(
            "the token twice",
            path,
            &[("token", &consent_token), ("token", &unknown)],
            Expected::AnyOf(&[400, 410]),
        )
        .await;
    }

    // After all that, the last link still gives consent.
    let last = Body::Form(form.link.form());
    form.post("(none)", "the valid form, last", last, Expected::Given)
        .await;
    form.sweep.finish();
}

// ---------------------------------------------------------------------------------------------
// Follow-up and data protection
// ---------------------------------------------------------------------------------------------

const FILE_REPORT: &str = "mutation($exchangeId: ID!, $input: ExchangeReportInput!) { \
     fileExchangeReport(exchangeId: $exchangeId, input: $input) { id state } }";
const FIGURES: &str = "query($municipalityId: ID!, $year: Int!, $organisationId: ID) { \
     followUpFigures(municipalityId: $municipalityId, year: $year, \
     organisationId: $organisationId) { participants { total { value suppressed } } } }";
const FIGURES_CSV: &str = "query($municipalityId: ID!, $year: Int!, $organisationId: ID) { \
     followUpFiguresCsv(municipalityId: $municipalityId, year: $year, \
     organisationId: $organisationId) }";
const AUDIT: &str = "query($filter: AuditEventFilterInput, $first: Int, $after: String) { \
     auditEvents(filter: $filter, first: $first, after: $after) { edges { node { id } } } }";
const EXPORT: &str = "mutation($youthId: ID, $userId: ID) { exportPersonalData(youthId: $youthId, userId: $userId) }";
const SET_RETENTION: &str = "mutation($municipalityId: ID!, $category: RetentionCategory!, \
     $days: Int) { setRetentionPeriod(municipalityId: $municipalityId, category: $category, \
     days: $days) { category days } }";
const RESTRICT: &str = "mutation($youthId: ID!, $reason: String!) { \
     restrictPersonalData(youthId: $youthId, reason: $reason) { id } }";
const LIFT: &str = "mutation($youthId: ID!) { liftRestriction(youthId: $youthId) { id } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_input_to_follow_up_and_data_protection_is_refused_cleanly() {
    let trip = quiet_trip(10).await;
    let w = &trip.w;
    let mut sweep = Sweep::new(&w.app);
    let mut pupils = Pupils::new(&trip);
    let registration = pupils.registration().await;
    let pupil = registration["youthId"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no youth in {registration}"));

    // fileExchangeReport of a completed exchange; once accepted, the next case gets a new one.
    let mut completed = w.completed("Resa att rapportera").await;
    let base = json!({
        "exchangeId": completed,
        "input": crate::exchanges::report_input("A week of workshops in Lyon."),
    });
    let mut reports = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    reports.extend(cases(
        &base,
        &[
            ("exchangeId", Id),
            ("input.whatHappened", Str),
            ("input.outcomes", Str),
            ("input.feedbackSummary", Str),
            ("input.actualCostCents", Money),
        ],
    ));
    for case in reports {
        let mut variables = case.variables.clone();
        if case.field != "exchangeId" {
            variables["exchangeId"] = json!(completed);
        }
        let accepted = sweep
            .check(
                "fileExchangeReport",
                &case,
                &w.teacher,
                FILE_REPORT,
                variables,
            )
            .await;
        if accepted.is_some() {
            completed = w.completed("Resa att rapportera").await;
        }
    }

    // The figures, as GraphQL and CSV: reads.
    let year = i64::from(chrono::Datelike::year(&Utc::now().date_naive()));
    let base =
        json!({ "municipalityId": w.municipality, "year": year, "organisationId": w.school });
    let fields = [
        ("municipalityId", Id),
        ("year", Int),
        ("organisationId", Id),
    ];
    for (operation, query) in [
        ("followUpFigures", FIGURES),
        ("followUpFiguresCsv", FIGURES_CSV),
    ] {
        sweep
            .valid(operation, &w.coordinator, query, base.clone())
            .await;
        sweep
            .run(operation, &w.coordinator, query, &cases(&base, &fields))
            .await;
    }

    // The audit trail, filtered every way at once.
    let base = json!({
        "filter": {
            "youthId": pupil, "exchangeId": trip.exchange, "actorId": null,
            "userId": null, "action": "registration_created",
            "from": (Utc::now() - Duration::days(1)).to_rfc3339(),
            "to": (Utc::now() + Duration::days(1)).to_rfc3339(),
        },
        "first": 10,
        "after": null,
    });
    sweep
        .valid("auditEvents", &w.coordinator, AUDIT, base.clone())
        .await;
    let audit = cases(
        &base,
        &[
            ("filter.youthId", Id),
            ("filter.userId", Id),
            ("filter.exchangeId", Id),
            ("filter.actorId", Id),
            ("filter.action", Str),
            ("filter.from", DateTime),
            ("filter.to", DateTime),
            ("first", Int),
            ("after", Str),
        ],
    );
    sweep
        .run("auditEvents", &w.coordinator, AUDIT, &audit)
        .await;

    // The access export (audited when accepted).
    let base = json!({ "youthId": pupil, "userId": null });
    sweep
        .valid("exportPersonalData", &w.coordinator, EXPORT, base.clone())
        .await;
    sweep
        .run(
            "exportPersonalData",
            &w.coordinator,
            EXPORT,
            &cases(&base, &[("youthId", Id), ("userId", Id)]),
        )
        .await;

    // The retention schedule.
    let base = json!({
        "municipalityId": w.municipality, "category": "MEDICAL_INFORMATION", "days": 60,
    });
    sweep
        .valid(
            "setRetentionPeriod",
            &w.coordinator,
            SET_RETENTION,
            base.clone(),
        )
        .await;
    sweep
        .run(
            "setRetentionPeriod",
            &w.coordinator,
            SET_RETENTION,
            &cases(
                &base,
                &[("municipalityId", Id), ("category", Enum), ("days", Int)],
            ),
        )
        .await;

    // Restriction, lifted again after every accepted case.
    let base = json!({ "youthId": pupil, "reason": "The guardian disputes the records." });
    let mut restrictions = vec![Case::whole(
        "(none)",
        "the valid request".into(),
        base.clone(),
    )];
    restrictions.extend(cases(&base, &[("youthId", Id), ("reason", Str)]));
    for case in restrictions {
        let accepted = sweep
            .check(
                "restrictPersonalData",
                &case,
                &w.coordinator,
                RESTRICT,
                case.variables.clone(),
            )
            .await;
        if accepted.is_some() {
            ok(
                &w.gql(&w.coordinator, LIFT, json!({ "youthId": pupil }))
                    .await,
                "liftRestriction",
            );
        }
    }
    sweep
        .run(
            "liftRestriction",
            &w.coordinator,
            LIFT,
            &cases(&json!({ "youthId": pupil }), &[("youthId", Id)]),
        )
        .await;
    sweep.finish();
}
