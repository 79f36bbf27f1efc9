//! Hostile and wrong input to the exchange and funding API. Starting from a valid request,
//! one field at a time is replaced with a value of its JSON type chosen to break things:
//! extreme integers, blank, huge and control-character strings, malformed ids and dates,
//! empty, huge and duplicated lists. None may end in an internal error or a panic, a
//! refusal is typed (BAD_USER_INPUT, CONFLICT, FORBIDDEN or NOT_FOUND), and a refusal
//! writes nothing. Every failure of a sweep is collected, so one run shows them all.
//!
//! One refusal outside those four codes passes: a string that is no value of an enum field
//! is refused by the schema itself (GRAPHQL_VALIDATION_FAILED, naming the argument in its
//! message) before any resolver runs, as `directory.rs` accepts for an unknown theme.
use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use utbyte_api::http;
use utbyte_domain::{Principal, RequestMeta};
use utbyte_tests::{Scope, TestApp};
use uuid::Uuid;

const EXCHANGE: &str = "id state riskLevel startDate endDate registrationDeadline activityDays \
     participants leaders budgetCents costPerParticipantCents venue titles { language text } \
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

/// Every table the exchange and funding operations write to.
const TABLES: [&str; 12] = [
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
enum Kind {
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
fn hostile(kind: Kind, current: &Value) -> Vec<Hostile> {
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
        Kind::Objects => vec![
            ("[]".into(), json!([])),
            ("1000 copies of a valid element".into(), copies(1000)),
            ("a duplicate".into(), copies(2)),
        ],
    }
}

/// The value at a dotted `path` ("input.titles.0.text") of `value`.
fn at<'a>(value: &'a mut Value, path: &str) -> &'a mut Value {
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
    /// The field is an enum (or a list of one): the schema itself refuses other values.
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
                enumerated: matches!(kind, Kind::Enum | Kind::Enums),
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
    ("costPerParticipantCents", Money),
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
