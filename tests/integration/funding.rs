//! Funding end to end: the seeded rate tables and the coordinators who keep them, grant
//! estimates for plans typed in and for exchanges, eligibility, the CSV exports, funding
//! records, the funding item of the exchange checklist, deadline reminders, and who may do
//! what.
use chrono::{DateTime, Duration, SecondsFormat, SubsecRound, Utc};
use serde_json::{Value, json};
use utbyte_tests::{Scope, TestApp, error_code, error_fields, error_reason as reason};

use crate::{
    exchanges::{ADMIN, COORDINATOR, Staff, TEACHER},
    matrix::{self, Cast, Matrix, Outcome},
};
use uuid::Uuid;

/// What the tests read of a budget.
macro_rules! budget_fields {
    () => {
        "lines { group category quantity rateCents amountCents formula \
         rate { action callYear kind key description } } totalCents \
         missing { group category rate { action callYear kind key description } } \
         warnings { code field message } distances { group distanceKm band nearBandEdge }"
    };
}

/// What the tests read of a funding record.
macro_rules! record_fields {
    () => {
        "id title programme action callYear round deadline deadlinePublished \
         applicantOrganisation { id } oid \
         nationalAgency referenceNumber status requestedCents grantedCents exchangeIds \
         createdAt updatedAt"
    };
}

const RATES: &str = "query($action: FundingAction!, $year: Int!) { \
     fundingRates(action: $action, callYear: $year) { \
     id action callYear kind key value note updatedAt } }";
const CALL_YEARS: &str = "query($action: FundingAction!) { fundingCallYears(action: $action) }";
const COUNTRIES: &str = "query($year: Int!) { fundingCountries(callYear: $year) { \
     country erasmus countryGroup nordplus note } }";
const ESTIMATE: &str = concat!(
    "query($id: ID!, $action: FundingAction!, $year: Int!) { \
     fundingEstimate(exchangeId: $id, action: $action, callYear: $year) { ",
    budget_fields!(),
    " } }"
);
const ESTIMATE_PLAN: &str = concat!(
    "query($input: FundingPlanInput!) { fundingEstimateForPlan(input: $input) { ",
    budget_fields!(),
    " } }"
);
const ELIGIBILITY: &str = "query($id: ID!, $action: FundingAction!, $year: Int!) { \
     eligibility(exchangeId: $id, action: $action, callYear: $year) { code fields message } }";
const ELIGIBILITY_PLAN: &str = "query($input: FundingPlanInput!) { \
     eligibilityForPlan(input: $input) { code fields message } }";
const RECORD: &str = concat!(
    "query($id: ID!) { fundingRecord(id: $id) { ",
    record_fields!(),
    " } }"
);
const RECORDS: &str = "query($filter: FundingRecordFilter, $first: Int, $after: String) { \
     fundingRecords(filter: $filter, first: $first, after: $after) { \
     pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }";
const CREATE_RECORD: &str = concat!(
    "mutation($input: FundingRecordInput!) { createFundingRecord(input: $input) { ",
    record_fields!(),
    " } }"
);
const UPDATE_RECORD: &str = concat!(
    "mutation($id: ID!, $input: FundingRecordInput!) { \
     updateFundingRecord(id: $id, input: $input) { ",
    record_fields!(),
    " } }"
);
const BUDGET_CSV: &str = "query($id: ID!, $action: FundingAction!, $year: Int!) { \
     fundingBudgetCsv(exchangeId: $id, action: $action, callYear: $year) }";
const MOBILITY_CSV: &str = "query($id: ID!) { mobilityCsv(exchangeId: $id) }";
const SET_RATE: &str = "mutation($input: FundingRateInput!) { setFundingRate(input: $input) { \
     id action callYear kind key value note updatedAt } }";
const SET_COUNTRY: &str = "mutation($input: FundingCountryInput!) { \
     setFundingCountry(input: $input) { country erasmus countryGroup nordplus note } }";
const CALL_DEADLINES: &str = "query($year: Int!) { fundingCallDeadlines(callYear: $year) { \
     action callYear round deadline note } }";
const SET_CALL_DEADLINE: &str = "mutation($input: FundingCallDeadlineInput!) { \
     setFundingCallDeadline(input: $input) { action callYear round deadline note } }";
const START_CALL_YEAR: &str = "mutation($year: Int!, $from: Int!) { \
     startFundingCallYear(callYear: $year, fromYear: $from) }";

const CREATE_EXCHANGE: &str =
    "mutation($input: ExchangeInput!) { createExchangeDraft(input: $input) { id state } }";
const SUBMIT: &str = "mutation($id: ID!) { submitExchange(id: $id) { id state } }";
const DECIDE: &str = "mutation($id: ID!, $decision: ApprovalDecision!, $comment: String) { \
     decideApprovalStep(exchangeId: $id, decision: $decision, comment: $comment) { \
     id state approvalSteps { round position decision } } }";
const READ_EXCHANGE: &str =
    "query($id: ID!) { exchange(id: $id) { id state approvalSteps { round position decision } } }";
const CHECKLIST: &str =
    "query($id: ID!) { exchange(id: $id) { checklist { code passed severity message } } }";

/// The Erasmus+ organisation id on the school's profile.
const SCHOOL_OID: &str = "E10203040";

/// (latitude, longitude) of the towns the tests use.
const JONKOPING: (f64, f64) = (57.7826, 14.1618);
const LYON: (f64, f64) = (45.764, 4.8357);
const REYKJAVIK: (f64, f64) = (64.1466, -21.9426);
const BEIJING: (f64, f64) = (39.9042, 116.4074);

/// The data of a response that must have succeeded.
fn ok<'a>(response: &'a Value, field: &str) -> &'a Value {
    assert!(
        response["errors"].is_null() && !response["data"].is_null(),
        "{field}: {response}"
    );
    &response["data"][field]
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

/// The haversine distance on a sphere of the Earth's mean radius, as FUNDING.md defines it.
fn great_circle_km(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (lat1, lon1) = (from.0.to_radians(), from.1.to_radians());
    let (lat2, lon2) = (to.0.to_radians(), to.1.to_radians());
    let a = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// The date `offset` days from today, as the API writes dates.
fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).to_string()
}

/// A moment as the API reads it.
fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Row counts of every table funding writes to (and of the exchanges and mail around it), to
/// show that a refusal wrote nothing. The audit trail comes last.
const TABLES: [&str; 8] = [
    "funding_rates",
    "funding_call_deadlines",
    "funding_countries",
    "funding_records",
    "funding_record_exchanges",
    "exchanges",
    "outbox_emails",
    "audit_events",
];

async fn table_counts(app: &TestApp) -> Vec<(&'static str, i64)> {
    matrix::table_counts(app, &TABLES).await
}

/// (recipient, locale, subject) of the queued mails made from `template` whose subject names
/// `title`, sorted.
async fn mails(app: &TestApp, template: &str, title: &str) -> Vec<(String, String, String)> {
    let mut mails: Vec<(String, String, String)> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.template == template && m.subject.contains(title))
        .map(|m| (m.recipient, m.locale, m.subject))
        .collect();
    mails.sort();
    mails
}

fn mail(recipient: &str, locale: &str, subject: String) -> (String, String, String) {
    (recipient.to_owned(), locale.to_owned(), subject)
}

/// A budget's lines as (group, category, quantity, rate, amount, rate row description).
fn lines(budget: &Value) -> Vec<Value> {
    budget["lines"]
        .as_array()
        .unwrap_or_else(|| panic!("no lines in {budget}"))
        .iter()
        .map(|l| {
            json!([
                l["group"],
                l["category"],
                l["quantity"],
                l["rateCents"],
                l["amountCents"],
                l["rate"]["description"],
            ])
        })
        .collect()
}

fn line(
    group: Option<i64>,
    category: &str,
    quantity: i64,
    rate: i64,
    amount: i64,
    row: &str,
) -> Value {
    json!([group, category, quantity, rate, amount, row])
}

/// The rates a budget names as missing, as (group, category, rate row description).
fn missing(budget: &Value) -> Vec<Value> {
    budget["missing"]
        .as_array()
        .unwrap_or_else(|| panic!("no missing rates in {budget}"))
        .iter()
        .map(|m| json!([m["group"], m["category"], m["rate"]["description"]]))
        .collect()
}

fn missing_rate(group: Option<i64>, category: &str, row: &str) -> Value {
    json!([group, category, row])
}

/// The warning codes of a budget, in order.
fn warning_codes(budget: &Value) -> Vec<String> {
    budget["warnings"]
        .as_array()
        .unwrap_or_else(|| panic!("no warnings in {budget}"))
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Eligibility violations as (code, fields).
fn violations(found: &Value) -> Vec<(String, Vec<String>)> {
    found
        .as_array()
        .unwrap_or_else(|| panic!("no violations list: {found}"))
        .iter()
        .map(|v| {
            (
                v["code"].as_str().unwrap_or_default().to_owned(),
                v["fields"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|f| f.as_str().unwrap_or_default().to_owned())
                    .collect(),
            )
        })
        .collect()
}

fn violation(code: &str, fields: &[&str]) -> (String, Vec<String>) {
    (
        code.to_owned(),
        fields.iter().map(|f| (*f).to_owned()).collect(),
    )
}

/// The rows of a CSV text, quoted cells unquoted.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// The checklist of an exchange as (code, passed, severity).
async fn checklist(app: &TestApp, token: &str, id: &str) -> Vec<(String, bool, String)> {
    let response = app.gql(Some(token), CHECKLIST, json!({ "id": id })).await;
    ok(&response, "exchange")["checklist"]
        .as_array()
        .unwrap_or_else(|| panic!("no checklist in {response}"))
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap_or_default().to_owned(),
                i["passed"].as_bool().unwrap_or_default(),
                i["severity"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The funding item of an exchange's checklist, as (passed, severity).
async fn funding_item(app: &TestApp, token: &str, id: &str) -> (bool, String) {
    checklist(app, token, id)
        .await
        .into_iter()
        .find(|(code, _, _)| code == "funding_eligibility")
        .map(|(_, passed, severity)| (passed, severity))
        .expect("the checklist has a funding_eligibility item")
}

/// What an exchange's checklist item `code` says.
async fn checklist_message(app: &TestApp, token: &str, id: &str, code: &str) -> String {
    let response = app.gql(Some(token), CHECKLIST, json!({ "id": id })).await;
    ok(&response, "exchange")["checklist"]
        .as_array()
        .unwrap_or_else(|| panic!("no checklist in {response}"))
        .iter()
        .find(|item| item["code"] == code)
        .and_then(|item| item["message"].as_str())
        .unwrap_or_else(|| panic!("no {code} item in {response}"))
        .to_owned()
}

/// A Swedish municipality (Jönköping) with a school, a partner school in Lyon and the people
/// around them: the school's teacher and principal, the municipality's coordinator and the
/// partner school's contact.
struct World {
    app: TestApp,
    admin: String,
    municipality: String,
    /// The municipality's own town, where the school is.
    home_town: String,
    lyon: String,
    school: String,
    /// A partner school in Lyon.
    partner: String,
    teacher: String,
    principal: String,
    coordinator: String,
    partner_contact: String,
}

impl World {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let admin = app.user_with_role(ADMIN, "admin").await;
        let (municipality, home_town) = municipality(&app, &admin, "Jönköping", JONKOPING).await;
        let lyon = town(&app, &admin, "Lyon", "FR", LYON).await;
        let school = organisation(&app, &admin, "Östra skolan", &home_town, Some(SCHOOL_OID)).await;
        let partner = organisation(&app, &admin, "Lycée du Parc", &lyon, None).await;
        let Staff {
            teacher,
            principal,
            coordinator,
            partner_contact,
        } = Staff::sign_in(&app, &municipality, &school, &partner).await;
        Self {
            app,
            admin,
            municipality,
            home_town,
            lyon,
            school,
            partner,
            teacher,
            principal,
            coordinator,
            partner_contact,
        }
    }

    async fn gql(&self, token: &str, query: &str, variables: Value) -> Value {
        self.app.gql(Some(token), query, variables).await
    }

    async fn user(&self, email: &str) -> Uuid {
        self.app.user_id(email).await
    }

    /// A complete proposal for a week in Lyon with the partner school that passes every
    /// hard item of the checklist, titled `title` in Swedish and `title (en)` in English:
    /// 20 young people and 2 leaders, 5 activity days, by train.
    fn exchange_input(&self, title: &str) -> Value {
        crate::exchanges::week_in_lyon(&self.school, &self.partner, &self.lyon, title)
    }

    /// Drafts `input` as `token`; returns the new exchange's id.
    async fn draft_as(&self, token: &str, input: Value) -> String {
        let response = self
            .gql(token, CREATE_EXCHANGE, json!({ "input": input }))
            .await;
        let created = ok(&response, "createExchangeDraft");
        assert_eq!(created["state"], "DRAFT", "{created}");
        id_of(created)
    }

    /// The teacher drafts `input`, submits it and the principal approves: it waits for the
    /// coordinator.
    async fn at_coordinator(&self, input: Value) -> String {
        let id = self.draft_as(&self.teacher, input).await;
        let submitted = self.gql(&self.teacher, SUBMIT, json!({ "id": id })).await;
        assert_eq!(ok(&submitted, "submitExchange")["state"], "SUBMITTED");
        let approved = self.decide(&self.principal, &id, "APPROVE").await;
        assert_eq!(
            ok(&approved, "decideApprovalStep")["approvalSteps"],
            json!([
                { "round": 1, "position": 0, "decision": "approved" },
                { "round": 1, "position": 1, "decision": "pending" },
            ])
        );
        id
    }

    async fn decide(&self, token: &str, id: &str, decision: &str) -> Value {
        self.gql(
            token,
            DECIDE,
            json!({ "id": id, "decision": decision, "comment": null }),
        )
        .await
    }

    /// A KA152 youth exchange typed in: one group of `participants` young people (14–17)
    /// and `leaders` leaders from Jönköping, `green` of them by train, a week at `venue`.
    fn plan(&self, venue: &str, participants: i64, leaders: i64, green: i64) -> Value {
        json!({
            "action": "KA_152_YOU",
            "callYear": 2025,
            "venueTownId": venue,
            "activityDays": 7,
            "groups": [{
                "label": "Östra skolan", "townId": self.home_town,
                "participants": participants, "leaders": leaders, "greenTravellers": green,
                "youngest": 14, "oldest": 17,
            }],
        })
    }

    async fn estimate_plan(&self, token: &str, plan: Value) -> Value {
        let response = self
            .gql(token, ESTIMATE_PLAN, json!({ "input": plan }))
            .await;
        ok(&response, "fundingEstimateForPlan").clone()
    }

    async fn set_rate(&self, token: &str, input: Value) -> Value {
        self.gql(token, SET_RATE, json!({ "input": input })).await
    }

    /// An application of the school to the 2026 youth-exchange call, still being written,
    /// covering `exchanges`.
    fn record_input(&self, title: &str, exchanges: &[&String]) -> Value {
        json!({
            "title": title,
            "programme": "ERASMUS_PLUS",
            "action": "KA_152_YOU",
            "callYear": 2026,
            "round": 1,
            "deadline": "2026-02-12T11:00:00Z",
            "applicantOrganisationId": self.school,
            "nationalAgency": "MUCF",
            "status": "DRAFTING",
            "requestedCents": 2_500_000,
            "exchangeIds": exchanges,
        })
    }

    /// Creates a funding record as `token`; returns it.
    async fn create_record(&self, token: &str, input: Value) -> Value {
        let response = self
            .gql(token, CREATE_RECORD, json!({ "input": input }))
            .await;
        ok(&response, "createFundingRecord").clone()
    }

    /// The ids of the funding records `token` lists, in order.
    async fn listed_records(&self, token: &str) -> Vec<String> {
        let response = self.gql(token, RECORDS, json!({ "first": 100 })).await;
        ok(&response, "fundingRecords")["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("no edges in {response}"))
            .iter()
            .map(|e| id_of(&e["node"]))
            .collect()
    }
}

/// Creates a Swedish municipality whose own town is at `at`; returns its id and its town's.
async fn municipality(app: &TestApp, token: &str, name: &str, at: (f64, f64)) -> (String, String) {
    let response = app
        .gql(
            Some(token),
            "mutation($input: CreateMunicipalityInput!) { \
             createMunicipality(input: $input) { id town { id } } }",
            json!({ "input": {
                "name": name, "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": at.0, "longitude": at.1 },
            }}),
        )
        .await;
    let created = ok(&response, "createMunicipality");
    (id_of(created), id_of(&created["town"]))
}

/// A town that belongs to no municipality (abroad).
async fn town(app: &TestApp, token: &str, name: &str, country: &str, at: (f64, f64)) -> String {
    let response = app
        .gql(
            Some(token),
            "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
            json!({ "input": {
                "localName": name, "country": country, "languages": ["en"],
                "coordinates": { "latitude": at.0, "longitude": at.1 },
            }}),
        )
        .await;
    id_of(ok(&response, "createTown"))
}

async fn organisation(
    app: &TestApp,
    token: &str,
    name: &str,
    town: &str,
    oid: Option<&str>,
) -> String {
    let response = app
        .gql(
            Some(token),
            "mutation($input: OrganisationProfileInput!) { createOrganisation(input: $input) { id } }",
            json!({ "input": {
                "name": name, "kind": "SCHOOL", "townId": town,
                "ageRange": { "min": 13, "max": 18 }, "workingLanguages": ["sv", "en"],
                "oid": oid,
            }}),
        )
        .await;
    id_of(ok(&response, "createOrganisation"))
}

// ---------------------------------------------------------------------------------------------
// 1. The seeded tables
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn rate_tables_and_country_groups_are_seeded_per_call_year() {
    let w = World::new().await;

    let response = w
        .gql(
            &w.teacher,
            RATES,
            json!({ "action": "KA_152_YOU", "year": 2025 }),
        )
        .await;
    let rates = ok(&response, "fundingRates")
        .as_array()
        .expect("a table")
        .clone();
    assert!(
        rates
            .iter()
            .all(|r| r["action"] == "KA_152_YOU" && r["callYear"] == 2025),
        "only the action's call year: {rates:?}"
    );
    let row = |kind: &str, key: &str| {
        rates
            .iter()
            .find(|r| r["kind"] == kind && r["key"] == key)
            .unwrap_or_else(|| panic!("no {kind} {key} row in {rates:?}"))
            .clone()
    };
    assert_eq!(row("TRAVEL_STANDARD", "500-1999")["value"], 30_900);
    assert_eq!(row("TRAVEL_GREEN", "500-1999")["value"], 41_700);
    assert_eq!(row("TRAVEL_STANDARD", "8000+")["value"], 173_500);
    // A value nobody confirmed is seeded as needing one, with a note saying why.
    let unconfirmed = row("TRAVEL_STANDARD", "4000-7999");
    assert_eq!(unconfirmed["value"], Value::Null, "{unconfirmed}");
    assert!(
        unconfirmed["note"]
            .as_str()
            .is_some_and(|note| note.contains("unconfirmed")),
        "{unconfirmed}"
    );
    // Organisational support is set per country: it needs a value.
    assert_eq!(row("ORGANISATIONAL_SUPPORT", "FR")["value"], Value::Null);

    // Earlier calls have their own amounts.
    let response = w
        .gql(
            &w.teacher,
            RATES,
            json!({ "action": "KA_152_YOU", "year": 2021 }),
        )
        .await;
    let travel_2021 = ok(&response, "fundingRates")
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "TRAVEL_STANDARD" && r["key"] == "500-1999")
        .cloned()
        .expect("a 2021 band");
    assert_eq!(travel_2021["value"], 27_500);

    for action in ["KA_152_YOU", "KA_210", "NORDPLUS_JUNIOR_CLASS"] {
        let response = w
            .gql(&w.teacher, CALL_YEARS, json!({ "action": action }))
            .await;
        assert_eq!(
            ok(&response, "fundingCallYears"),
            &json!([2021, 2022, 2023, 2024, 2025]),
            "{action}"
        );
    }

    let countries = |year: i32| {
        let (app, token) = (&w.app, w.teacher.clone());
        async move {
            let response = app
                .gql(Some(&token), COUNTRIES, json!({ "year": year }))
                .await;
            ok(&response, "fundingCountries")
                .as_array()
                .expect("a list")
                .clone()
        }
    };
    let country = |list: &[Value], code: &str| {
        list.iter()
            .find(|c| c["country"] == code)
            .unwrap_or_else(|| panic!("no {code} in {list:?}"))
            .clone()
    };
    let (in_2024, in_2023) = (countries(2024).await, countries(2023).await);
    let austria = country(&in_2024, "AT");
    assert_eq!(
        (&austria["erasmus"], &austria["countryGroup"]),
        (&json!("PROGRAMME_COUNTRY"), &json!(1))
    );
    assert_eq!(country(&in_2023, "AT")["countryGroup"], 2, "before 2024");
    assert_eq!(country(&in_2023, "EE")["countryGroup"], 3);
    assert_eq!(country(&in_2024, "EE")["countryGroup"], 2);
    let china = country(&in_2024, "CN");
    assert_eq!(
        (
            &china["erasmus"],
            &china["countryGroup"],
            &china["nordplus"]
        ),
        (&json!("NOT_ELIGIBLE"), &Value::Null, &Value::Null)
    );
    assert_eq!(country(&in_2024, "IS")["nordplus"], "FAROE_ICELAND");
    assert_eq!(country(&in_2024, "SE")["nordplus"], "NORDIC_BALTIC");
    // No call year is guessed: 2026 has no table until a coordinator opens it.
    assert_eq!(countries(2026).await, Vec::<Value>::new());
}

// ---------------------------------------------------------------------------------------------
// 2. Coordinators keep the rates
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_coordinator_sets_a_rate_and_estimates_follow_it() {
    let w = World::new().await;
    let youth = w.app.user_with_role("ung@example.se", "youth").await;
    let guardian = w
        .app
        .user_with_role("foralder@example.se", "guardian")
        .await;
    let plan = w.plan(&w.lyon, 20, 4, 6);
    let standard_row = "KA152-YOU 2025 travel_standard 500-1999";
    let green_row = "KA152-YOU 2025 travel_green 500-1999";

    let seeded = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(
        lines(&seeded),
        [
            line(Some(0), "TRAVEL", 18, 30_900, 556_200, standard_row),
            line(Some(0), "TRAVEL", 6, 41_700, 250_200, green_row),
        ]
    );
    let new_rate = json!({
        "action": "KA_152_YOU", "callYear": 2025, "kind": "TRAVEL_STANDARD",
        "key": "500-1999", "value": 31_500, "note": "Checked against the 2025 guide",
    });

    // Teachers, partner contacts, young people and guardians may not; nothing is written.
    for (who, token) in [
        ("teacher", &w.teacher),
        ("principal", &w.principal),
        ("partner contact", &w.partner_contact),
        ("youth", &youth),
        ("guardian", &guardian),
    ] {
        let before = table_counts(&w.app).await;
        let refused = w.set_rate(token, new_rate.clone()).await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{who}: {refused}");
        assert_eq!(table_counts(&w.app).await, before, "{who}");
    }
    // Bad input is named and writes nothing.
    for (case, change, field) in [
        (
            "a band that is no band",
            json!({ "key": "500-199" }),
            "input.key",
        ),
        (
            "a country as a travel key",
            json!({ "key": "FR" }),
            "input.key",
        ),
        (
            "a year out of range",
            json!({ "callYear": 1999 }),
            "input.callYear",
        ),
        ("a negative value", json!({ "value": -1 }), "input.value"),
    ] {
        let mut input = new_rate.clone();
        for (key, value) in change.as_object().unwrap() {
            input[key] = value.clone();
        }
        let before = table_counts(&w.app).await;
        let refused = w.set_rate(&w.coordinator, input).await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{case}: {refused}");
        assert_eq!(error_fields(&refused), [field], "{case}");
        assert_eq!(table_counts(&w.app).await, before, "{case}");
    }
    let still = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(lines(&still), lines(&seeded));

    // The coordinator changes the seeded row; the change is audited with both values.
    let rates = w
        .gql(
            &w.teacher,
            RATES,
            json!({ "action": "KA_152_YOU", "year": 2025 }),
        )
        .await;
    let seeded_row = ok(&rates, "fundingRates")
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "TRAVEL_STANDARD" && r["key"] == "500-1999")
        .cloned()
        .expect("the seeded band");
    let before = table_counts(&w.app).await;
    let response = w.set_rate(&w.coordinator, new_rate.clone()).await;
    let saved = ok(&response, "setFundingRate");
    assert_eq!(saved["id"], seeded_row["id"], "the same row, changed");
    assert_eq!(
        (&saved["value"], &saved["note"]),
        (&json!(31_500), &json!("Checked against the 2025 guide"))
    );
    let after = table_counts(&w.app).await;
    assert_eq!(after[0], before[0], "no new rate row");
    assert_eq!(after[TABLES.len() - 1].1, before[TABLES.len() - 1].1 + 1);
    let event = w
        .app
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|e| e.action == "funding_rate_set")
        .expect("an audit event");
    assert_eq!(event.actor_id, Some(w.user(COORDINATOR).await));
    assert_eq!(event.subject_id, Some(uuid(&id_of(saved))));
    assert_eq!(
        (&event.details["before"], &event.details["after"]),
        (&json!(30_900), &json!(31_500))
    );

    // The next estimate uses the new value, and names the row it came from.
    let changed = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(
        lines(&changed),
        [
            line(Some(0), "TRAVEL", 18, 31_500, 567_000, standard_row),
            line(Some(0), "TRAVEL", 6, 41_700, 250_200, green_row),
        ]
    );
    assert_eq!(
        changed["lines"][0]["rate"],
        json!({
            "action": "KA_152_YOU", "callYear": 2025, "kind": "TRAVEL_STANDARD",
            "key": "500-1999", "description": standard_row,
        })
    );
    assert_eq!(
        changed["lines"][0]["formula"],
        "18 travellers × €315.00 (500–1999 km, standard travel)"
    );
    assert_eq!(changed["totalCents"], 567_000 + 250_200);
    // Other call years keep their own rate.
    let mut plan_2024 = plan.clone();
    plan_2024["callYear"] = json!(2024);
    let other_year = w.estimate_plan(&w.teacher, plan_2024).await;
    assert_eq!(other_year["lines"][0]["rateCents"], 30_900);

    // Set back to null, the rate is named as missing and left out of the total.
    let mut cleared = new_rate.clone();
    cleared["value"] = Value::Null;
    cleared["note"] = json!("Being checked");
    let response = w.set_rate(&w.coordinator, cleared).await;
    assert_eq!(ok(&response, "setFundingRate")["value"], Value::Null);
    let event = w.app.audit().await.pop().expect("an audit event");
    assert_eq!(event.action, "funding_rate_set");
    assert_eq!(
        (&event.details["before"], &event.details["after"]),
        (&json!(31_500), &Value::Null)
    );
    let gap = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(
        lines(&gap),
        [line(Some(0), "TRAVEL", 6, 41_700, 250_200, green_row)]
    );
    assert_eq!(
        gap["totalCents"], 250_200,
        "the missing rate is not guessed"
    );
    assert_eq!(
        missing(&gap),
        [
            missing_rate(Some(0), "TRAVEL", standard_row),
            missing_rate(
                Some(0),
                "ORGANISATIONAL_SUPPORT",
                "KA152-YOU 2025 organisational_support FR"
            ),
        ]
    );

    // A coordinator of any municipality keeps the shared table, as does the global admin.
    let (vaxjo, _) = municipality(&w.app, &w.admin, "Växjö", (56.8777, 14.8091)).await;
    let other = w
        .app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;
    for (token, value) in [(&other, 30_900), (&w.admin, 31_000)] {
        let mut input = new_rate.clone();
        input["value"] = json!(value);
        let response = w.set_rate(token, input).await;
        assert_eq!(ok(&response, "setFundingRate")["value"], value);
    }
    let restored = w.estimate_plan(&w.teacher, plan).await;
    assert_eq!(restored["lines"][0]["rateCents"], 31_000);
}

const ACTIONS: [&str; 5] = [
    "KA_152_YOU",
    "KA_122_SCH",
    "KA_121_SCH",
    "KA_210",
    "NORDPLUS_JUNIOR_CLASS",
];

/// (kind, key, value, note) of an action's rate rows in a call year, in the table's order.
async fn rate_rows(w: &World, action: &str, year: i32) -> Vec<(Value, Value, Value, Value)> {
    let response = w
        .gql(&w.teacher, RATES, json!({ "action": action, "year": year }))
        .await;
    ok(&response, "fundingRates")
        .as_array()
        .expect("a table")
        .iter()
        .map(|r| {
            (
                r["kind"].clone(),
                r["key"].clone(),
                r["value"].clone(),
                r["note"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_coordinator_opens_a_call_year_and_keeps_the_country_list() {
    let w = World::new().await;
    let mut seeded = 0;
    for action in ACTIONS {
        seeded += rate_rows(&w, action, 2025).await.len();
    }

    // Bad input is named; nothing is written.
    for (case, year, from, field) in [
        ("the same year", 2025, 2025, "callYear"),
        ("a year out of range", 2041, 2025, "callYear"),
        ("a year with no table", 2027, 2019, "fromYear"),
    ] {
        let before = table_counts(&w.app).await;
        let refused = w
            .gql(
                &w.coordinator,
                START_CALL_YEAR,
                json!({ "year": year, "from": from }),
            )
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{case}: {refused}");
        assert_eq!(error_fields(&refused), [field], "{case}");
        assert_eq!(table_counts(&w.app).await, before, "{case}");
    }
    let refused = w
        .gql(
            &w.teacher,
            START_CALL_YEAR,
            json!({ "year": 2026, "from": 2025 }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");

    // Opened from 2025: every row again, each needing a value for the new call.
    let response = w
        .gql(
            &w.coordinator,
            START_CALL_YEAR,
            json!({ "year": 2026, "from": 2025 }),
        )
        .await;
    assert_eq!(ok(&response, "startFundingCallYear"), seeded);
    for action in ACTIONS {
        let old: Vec<(Value, Value)> = rate_rows(&w, action, 2025)
            .await
            .into_iter()
            .map(|(kind, key, _, _)| (kind, key))
            .collect();
        let new = rate_rows(&w, action, 2026).await;
        assert_eq!(
            new.iter()
                .map(|(kind, key, _, _)| (kind.clone(), key.clone()))
                .collect::<Vec<_>>(),
            old,
            "{action}"
        );
        assert!(
            new.iter()
                .all(|(_, _, value, note)| value.is_null()
                    && note == "to be entered for the 2026 call"),
            "{action}: {new:?}"
        );
    }
    let event = w.app.audit().await.pop().expect("an audit event");
    assert_eq!(
        (event.action.as_str(), event.actor_id),
        ("funding_call_year_started", Some(w.user(COORDINATOR).await))
    );
    assert_eq!(event.details["ratesAdded"], seeded);
    let response = w
        .gql(&w.teacher, CALL_YEARS, json!({ "action": "KA_210" }))
        .await;
    assert_eq!(
        ok(&response, "fundingCallYears"),
        &json!([2021, 2022, 2023, 2024, 2025, 2026])
    );
    // The countries come along as they were, marked for checking.
    let response = w.gql(&w.teacher, COUNTRIES, json!({ "year": 2026 })).await;
    let countries = ok(&response, "fundingCountries")
        .as_array()
        .unwrap()
        .clone();
    let response = w.gql(&w.teacher, COUNTRIES, json!({ "year": 2025 })).await;
    assert_eq!(
        countries.len(),
        ok(&response, "fundingCountries").as_array().unwrap().len()
    );
    let austria = countries
        .iter()
        .find(|c| c["country"] == "AT")
        .expect("Austria");
    assert_eq!(
        (&austria["countryGroup"], &austria["note"]),
        (
            &json!(1),
            &json!("copied from 2025; check against the 2026 call")
        )
    );
    // The calculator names the rates, instead of taking last year's.
    let mut plan = w.plan(&w.lyon, 20, 2, 0);
    plan["callYear"] = json!(2026);
    let budget = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(budget["lines"], json!([]));
    assert_eq!(budget["totalCents"], 0);
    assert_eq!(
        missing(&budget),
        [
            missing_rate(Some(0), "TRAVEL", "KA152-YOU 2026 travel_standard 500-1999"),
            missing_rate(
                Some(0),
                "ORGANISATIONAL_SUPPORT",
                "KA152-YOU 2026 organisational_support FR"
            ),
        ]
    );

    // Opening it again adds nothing and keeps what was entered since.
    let response = w
        .set_rate(
            &w.coordinator,
            json!({
                "action": "KA_152_YOU", "callYear": 2026, "kind": "TRAVEL_STANDARD",
                "key": "500-1999", "value": 32_000,
            }),
        )
        .await;
    ok(&response, "setFundingRate");
    let response = w
        .gql(
            &w.coordinator,
            START_CALL_YEAR,
            json!({ "year": 2026, "from": 2025 }),
        )
        .await;
    assert_eq!(ok(&response, "startFundingCallYear"), 0);
    let budget = w.estimate_plan(&w.teacher, plan).await;
    assert_eq!(
        lines(&budget),
        [line(
            Some(0),
            "TRAVEL",
            22,
            32_000,
            22 * 32_000,
            "KA152-YOU 2026 travel_standard 500-1999"
        )]
    );

    // A country's standing: Switzerland is not on the seeded list, so a partner there is
    // not eligible until a coordinator says otherwise.
    let mut swiss = w.plan(&w.lyon, 20, 2, 0);
    swiss["partnerCountries"] = json!(["CH"]);
    let response = w
        .gql(
            &w.teacher,
            ELIGIBILITY_PLAN,
            json!({ "input": swiss.clone() }),
        )
        .await;
    let codes: Vec<String> = violations(ok(&response, "eligibilityForPlan"))
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    assert_eq!(codes, ["ineligible_country"]);
    let switzerland = json!({
        "callYear": 2025, "country": "ch", "erasmus": "NEIGHBOURING_REGION",
        "note": "Checked with the national agency",
    });
    for (case, change, field) in [
        (
            "an unknown country",
            json!({ "country": "XX" }),
            "input.country",
        ),
        (
            "group 4",
            json!({ "erasmus": "PROGRAMME_COUNTRY", "countryGroup": 4 }),
            "input.countryGroup",
        ),
        (
            "a group outside the programme",
            json!({ "countryGroup": 1 }),
            "input.countryGroup",
        ),
        (
            "a year out of range",
            json!({ "callYear": 2013 }),
            "input.callYear",
        ),
    ] {
        let mut input = switzerland.clone();
        for (key, value) in change.as_object().unwrap() {
            input[key] = value.clone();
        }
        let before = table_counts(&w.app).await;
        let refused = w
            .gql(&w.coordinator, SET_COUNTRY, json!({ "input": input }))
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{case}: {refused}");
        assert_eq!(error_fields(&refused), [field], "{case}");
        assert_eq!(table_counts(&w.app).await, before, "{case}");
    }
    let refused = w
        .gql(
            &w.teacher,
            SET_COUNTRY,
            json!({ "input": switzerland.clone() }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    let response = w
        .gql(&w.coordinator, SET_COUNTRY, json!({ "input": switzerland }))
        .await;
    assert_eq!(
        ok(&response, "setFundingCountry"),
        &json!({
            "country": "CH", "erasmus": "NEIGHBOURING_REGION", "countryGroup": null,
            "nordplus": null, "note": "Checked with the national agency",
        })
    );
    let event = w.app.audit().await.pop().expect("an audit event");
    assert_eq!(
        (event.action.as_str(), &event.details["country"]),
        ("funding_country_set", &json!("CH"))
    );
    let response = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": swiss }))
        .await;
    assert_eq!(ok(&response, "eligibilityForPlan"), &json!([]));
}

// ---------------------------------------------------------------------------------------------
// 3. Estimates for plans typed in
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn distances_are_whole_kilometres_and_the_band_edge_warning_is_judged_on_them() {
    let w = World::new().await;
    // Due north of Jönköping: 505.39, 494.58 and 505.59 km on the great circle.
    for (latitude, shown, near) in [
        (62.3277, 505, true),
        (62.2305, 495, true),
        (62.3295, 506, false),
    ] {
        let name = format!("Nordby {shown}");
        let venue = town(&w.app, &w.admin, &name, "SE", (latitude, JONKOPING.1)).await;
        let budget = w.estimate_plan(&w.teacher, w.plan(&venue, 20, 4, 0)).await;
        assert_eq!(
            (
                &budget["distances"][0]["distanceKm"],
                &budget["distances"][0]["nearBandEdge"]
            ),
            (&json!(shown), &json!(near)),
            "{budget}"
        );
        assert_eq!(
            warning_codes(&budget).contains(&"near_band_edge".to_owned()),
            near,
            "{budget}"
        );
    }
}

#[tokio::test]
async fn a_youth_exchange_plan_is_budgeted_by_distance_band() {
    let w = World::new().await;
    let budget = w.estimate_plan(&w.teacher, w.plan(&w.lyon, 20, 4, 6)).await;

    // Jönköping–Lyon is about 1479 km on the great circle: the 500–1999 km band, far from
    // its edges.
    let distances = budget["distances"].as_array().expect("distances");
    assert_eq!(distances.len(), 1, "{budget}");
    let km = distances[0]["distanceKm"].as_f64().expect("a distance");
    let expected = great_circle_km(JONKOPING, LYON);
    assert!((km - expected).abs() < 0.5, "{km} km, not {expected}");
    assert!((1470.0..1490.0).contains(&km), "{km}");
    assert_eq!(
        (
            &distances[0]["group"],
            &distances[0]["band"],
            &distances[0]["nearBandEdge"]
        ),
        (&json!(0), &json!("500–1999 km"), &json!(false))
    );

    // 18 travel the standard way and 6 by train, leaders included.
    assert_eq!(
        lines(&budget),
        [
            line(
                Some(0),
                "TRAVEL",
                18,
                30_900,
                556_200,
                "KA152-YOU 2025 travel_standard 500-1999"
            ),
            line(
                Some(0),
                "TRAVEL",
                6,
                41_700,
                250_200,
                "KA152-YOU 2025 travel_green 500-1999"
            ),
        ]
    );
    assert_eq!(
        budget["lines"][1]["formula"],
        "6 travellers × €417.00 (500–1999 km, green travel)"
    );
    assert_eq!(budget["totalCents"], 556_200 + 250_200);
    // Organisational support for France is not known: named, not guessed.
    assert_eq!(
        budget["missing"],
        json!([{
            "group": 0, "category": "ORGANISATIONAL_SUPPORT",
            "rate": {
                "action": "KA_152_YOU", "callYear": 2025, "kind": "ORGANISATIONAL_SUPPORT",
                "key": "FR", "description": "KA152-YOU 2025 organisational_support FR",
            },
        }])
    );
    assert_eq!(warning_codes(&budget), Vec::<String>::new());

    // Once a coordinator enters it, it is paid per person and day.
    let response = w
        .set_rate(
            &w.coordinator,
            json!({
                "action": "KA_152_YOU", "callYear": 2025, "kind": "ORGANISATIONAL_SUPPORT",
                "key": "FR", "value": 3_200,
            }),
        )
        .await;
    ok(&response, "setFundingRate");
    let budget = w.estimate_plan(&w.teacher, w.plan(&w.lyon, 20, 4, 6)).await;
    assert_eq!(
        lines(&budget)[2],
        line(
            Some(0),
            "ORGANISATIONAL_SUPPORT",
            24 * 7,
            3_200,
            24 * 7 * 3_200,
            "KA152-YOU 2025 organisational_support FR"
        )
    );
    assert_eq!(budget["missing"], json!([]));
    assert_eq!(budget["totalCents"], 556_200 + 250_200 + 24 * 7 * 3_200);
}

#[tokio::test]
async fn school_mobility_pays_seventy_percent_from_day_fifteen() {
    let w = World::new().await;
    let mut plan = w.plan(&w.lyon, 10, 2, 0);
    plan["action"] = json!("KA_122_SCH");
    plan["activityDays"] = json!(16);
    let travel = line(
        Some(0),
        "TRAVEL",
        12,
        30_900,
        370_800,
        "KA122-SCH 2025 travel_standard 500-1999",
    );
    let organisational = line(
        Some(0),
        "ORGANISATIONAL_SUPPORT",
        10,
        10_000,
        100_000,
        "KA122-SCH 2025 organisational_support pupil",
    );

    // France is in country group 1, whose Swedish rates are still to be entered.
    let unset = w.estimate_plan(&w.teacher, plan.clone()).await;
    assert_eq!(lines(&unset), [travel.clone(), organisational.clone()]);
    assert_eq!(
        missing(&unset),
        [
            missing_rate(
                Some(0),
                "INDIVIDUAL_SUPPORT",
                "KA122-SCH 2025 individual_support_pupil 1"
            ),
            missing_rate(
                Some(0),
                "INDIVIDUAL_SUPPORT",
                "KA122-SCH 2025 individual_support_staff 1"
            ),
        ]
    );
    assert_eq!(unset["totalCents"], 370_800 + 100_000);

    for (kind, value) in [
        ("INDIVIDUAL_SUPPORT_PUPIL", 8_500),
        ("INDIVIDUAL_SUPPORT_STAFF", 19_100),
    ] {
        let response = w
            .set_rate(
                &w.coordinator,
                json!({
                    "action": "KA_122_SCH", "callYear": 2025, "kind": kind, "key": "1",
                    "value": value,
                }),
            )
            .await;
        ok(&response, "setFundingRate");
    }
    // 16 days: 14 at the full rate, 2 at 70 % (€59.50 and €133.70).
    let budget = w.estimate_plan(&w.teacher, plan).await;
    let pupils = 10 * (14 * 8_500 + 2 * 5_950);
    let staff = 2 * (14 * 19_100 + 2 * 13_370);
    assert_eq!(
        lines(&budget),
        [
            travel,
            organisational,
            line(
                Some(0),
                "INDIVIDUAL_SUPPORT",
                160,
                8_500,
                pupils,
                "KA122-SCH 2025 individual_support_pupil 1"
            ),
            line(
                Some(0),
                "INDIVIDUAL_SUPPORT",
                32,
                19_100,
                staff,
                "KA122-SCH 2025 individual_support_staff 1"
            ),
        ]
    );
    assert_eq!(
        budget["lines"][2]["formula"],
        "10 pupils × 16 days: 14 days × €85.00 + 2 days × €59.50 (70 % from day 15)"
    );
    assert_eq!(budget["missing"], json!([]));
    assert_eq!(budget["totalCents"], 370_800 + 100_000 + pupils + staff);

    // Fourteen days are paid in full.
    let mut two_weeks = w.plan(&w.lyon, 10, 2, 0);
    two_weeks["action"] = json!("KA_122_SCH");
    two_weeks["activityDays"] = json!(14);
    let budget = w.estimate_plan(&w.teacher, two_weeks).await;
    assert_eq!(budget["lines"][2]["amountCents"], 10 * 14 * 8_500);
}

#[tokio::test]
async fn school_mobility_inclusion_support_is_a_missing_rate_until_entered() {
    let w = World::new().await;
    for (action, code) in [("KA_122_SCH", "KA122-SCH"), ("KA_121_SCH", "KA121-SCH")] {
        let mut plan = w.plan(&w.lyon, 10, 2, 0);
        plan["action"] = json!(action);
        plan["groups"][0]["fewerOpportunities"] = json!(3);
        let budget = w.estimate_plan(&w.teacher, plan).await;
        assert!(
            missing(&budget).contains(&missing_rate(
                Some(0),
                "INCLUSION_SUPPORT",
                &format!("{code} 2025 inclusion_support participant")
            )),
            "{budget}"
        );
        assert!(
            lines(&budget)
                .iter()
                .all(|line| line[1] != "INCLUSION_SUPPORT"),
            "no inclusion support is paid from a guessed rate: {budget}"
        );
    }
}

#[tokio::test]
async fn a_partnership_has_one_lump_sum_and_nordplus_a_fixed_travel_rate() {
    let w = World::new().await;
    let partnership = |cents: i64| {
        json!({
            "action": "KA_210", "callYear": 2025, "venueTownId": w.lyon, "activityDays": 0,
            "projectMonths": 12, "partnerCountries": ["SE", "FR"], "lumpSumCents": cents,
        })
    };
    let budget = w.estimate_plan(&w.teacher, partnership(3_000_000)).await;
    assert_eq!(
        lines(&budget),
        [line(
            None,
            "LUMP_SUM",
            1,
            3_000_000,
            3_000_000,
            "KA210 2025 lump_sum 30000"
        )]
    );
    assert_eq!(budget["totalCents"], 3_000_000);
    assert_eq!(budget["missing"], json!([]));

    // Only the call's lump sums: nothing in between.
    let before = table_counts(&w.app).await;
    let refused = w
        .gql(
            &w.teacher,
            ESTIMATE_PLAN,
            json!({ "input": partnership(4_500_000) }),
        )
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["input.lumpSumCents"]);
    assert_eq!(table_counts(&w.app).await, before);

    // Nordplus Junior: Jönköping–Reykjavík is paid at the Iceland rate, per traveller.
    let reykjavik = town(&w.app, &w.admin, "Reykjavík", "IS", REYKJAVIK).await;
    let mut class = w.plan(&reykjavik, 20, 2, 0);
    class["action"] = json!("NORDPLUS_JUNIOR_CLASS");
    class["activityDays"] = json!(8);
    let budget = w.estimate_plan(&w.teacher, class).await;
    assert_eq!(
        lines(&budget),
        [line(
            Some(0),
            "TRAVEL",
            22,
            66_000,
            22 * 66_000,
            "NPJ-CLASS 2025 nordplus_travel faroe_iceland"
        )]
    );
    assert_eq!(budget["totalCents"], 22 * 66_000);

    // A call year without a table is named, not guessed.
    let mut later = w.plan(&w.lyon, 20, 2, 0);
    later["callYear"] = json!(2026);
    let refused = w
        .gql(&w.teacher, ESTIMATE_PLAN, json!({ "input": later }))
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["input.callYear"]);
    // An unknown town is named too.
    let mut nowhere = w.plan(&w.lyon, 20, 2, 0);
    nowhere["groups"][0]["townId"] = json!(Uuid::now_v7().to_string());
    let refused = w
        .gql(&w.teacher, ESTIMATE_PLAN, json!({ "input": nowhere }))
        .await;
    assert_eq!(error_fields(&refused), ["input.groups[0].townId"]);
    // Amounts out of range, and a lump sum for an action without one, are refused by the
    // estimate and by the eligibility check alike.
    for (change, field) in [
        (json!({ "lumpSumCents": 3_000_000 }), "input.lumpSumCents"),
        (
            json!({ "exceptionalCostsCents": -1 }),
            "input.exceptionalCostsCents",
        ),
        (
            json!({ "inclusionRealCostsCents": i64::MAX }),
            "input.inclusionRealCostsCents",
        ),
    ] {
        let mut plan = w.plan(&w.lyon, 20, 2, 0);
        for (key, value) in change.as_object().unwrap() {
            plan[key] = value.clone();
        }
        for query in [ESTIMATE_PLAN, ELIGIBILITY_PLAN] {
            let refused = w.gql(&w.teacher, query, json!({ "input": plan })).await;
            assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
            assert_eq!(error_fields(&refused), [field], "{refused}");
        }
    }
    // Negative counts are refused naming the field, by both.
    for (path, field) in [
        (
            &["groups", "0", "participants"][..],
            "input.groups[0].participants",
        ),
        (
            &["groups", "0", "greenTravellers"][..],
            "input.groups[0].greenTravellers",
        ),
        (
            &["groups", "0", "fewerOpportunities"][..],
            "input.groups[0].fewerOpportunities",
        ),
        (&["activityDays"][..], "input.activityDays"),
    ] {
        let mut plan = w.plan(&w.lyon, 20, 2, 0);
        let mut slot = &mut plan;
        for key in path {
            slot = match key.parse::<usize>() {
                Ok(index) => &mut slot[index],
                Err(_) => &mut slot[*key],
            };
        }
        *slot = json!(-1);
        for query in [ESTIMATE_PLAN, ELIGIBILITY_PLAN] {
            let refused = w.gql(&w.teacher, query, json!({ "input": plan })).await;
            assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
            assert_eq!(error_fields(&refused), [field], "{refused}");
        }
    }
    let mut costly = w.plan(&w.lyon, 20, 2, 0);
    costly["groups"][0]["realTravelCostCents"] = json!(i64::MAX);
    let refused = w
        .gql(&w.teacher, ESTIMATE_PLAN, json!({ "input": costly }))
        .await;
    assert_eq!(
        error_fields(&refused),
        ["input.groups[0].realTravelCostCents"]
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Estimates and exports for an exchange
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_exchange_is_budgeted_from_its_planned_numbers() {
    let w = World::new().await;
    let vars = |id: &str| json!({ "id": id, "action": "KA_152_YOU", "year": 2025 });

    // With the partner school: the sending group's 22 travel green, and the partners' own
    // groups are said not to be counted.
    let with_partner = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    let response = w.gql(&w.teacher, ESTIMATE, vars(&with_partner)).await;
    let budget = ok(&response, "fundingEstimate");
    assert_eq!(
        lines(budget),
        [line(
            Some(0),
            "TRAVEL",
            22,
            41_700,
            22 * 41_700,
            "KA152-YOU 2025 travel_green 500-1999"
        )]
    );
    assert_eq!(budget["totalCents"], 22 * 41_700);
    assert_eq!(
        missing(budget),
        [missing_rate(
            Some(0),
            "ORGANISATIONAL_SUPPORT",
            "KA152-YOU 2025 organisational_support FR"
        )]
    );
    assert_eq!(warning_codes(budget), ["partner_groups_not_counted"]);
    assert!(
        budget["warnings"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("Lycée du Parc")),
        "{budget}"
    );
    assert_eq!(budget["distances"][0]["band"], "500–1999 km");

    // Without partners and by coach: standard travel, no warning.
    let mut alone = w.exchange_input("Bussresa till Lyon");
    alone["partnerOrganisationIds"] = json!([]);
    alone["greenTravel"] = json!(false);
    alone["participants"] = json!(16);
    let alone = w.draft_as(&w.teacher, alone).await;
    let response = w.gql(&w.coordinator, ESTIMATE, vars(&alone)).await;
    let budget = ok(&response, "fundingEstimate");
    assert_eq!(
        lines(budget),
        [line(
            Some(0),
            "TRAVEL",
            18,
            30_900,
            18 * 30_900,
            "KA152-YOU 2025 travel_standard 500-1999"
        )]
    );
    assert_eq!(warning_codes(budget), Vec::<String>::new());

    // A call year without a table is named.
    let refused = w
        .gql(
            &w.teacher,
            ESTIMATE,
            json!({ "id": alone, "action": "KA_152_YOU", "year": 2026 }),
        )
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["callYear"]);
    // A partnership's lump sum is chosen, not computed from an exchange.
    for query in [ESTIMATE, BUDGET_CSV] {
        let refused = w
            .gql(
                &w.teacher,
                query,
                json!({ "id": alone, "action": "KA_210", "year": 2025 }),
            )
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
        assert_eq!(error_fields(&refused), ["action"], "{refused}");
    }
    // A malformed id is named; an unknown one is not found.
    let refused = w
        .gql(
            &w.teacher,
            ESTIMATE,
            json!({ "id": "lyon", "action": "KA_152_YOU", "year": 2025 }),
        )
        .await;
    assert_eq!(error_fields(&refused), ["exchangeId"]);
    let unknown = Uuid::now_v7().to_string();
    for query in [ESTIMATE, ELIGIBILITY, BUDGET_CSV] {
        let refused = w.gql(&w.teacher, query, vars(&unknown)).await;
        assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
    }
    let refused = w
        .gql(&w.teacher, MOBILITY_CSV, json!({ "id": unknown }))
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
}

#[tokio::test]
async fn the_budget_and_mobilities_export_as_csv() {
    let w = World::new().await;
    let title = "Språkvecka i Lyon";
    let id = w.draft_as(&w.teacher, w.exchange_input(title)).await;
    let vars = json!({ "id": id, "action": "KA_152_YOU", "year": 2025 });

    let response = w.gql(&w.teacher, BUDGET_CSV, vars.clone()).await;
    let csv = ok(&response, "fundingBudgetCsv").as_str().expect("text");
    assert_eq!(
        csv_rows(csv),
        [
            strings(&[
                "group",
                "category",
                "quantity",
                "rate_eur",
                "amount_eur",
                "formula",
                "rate_row"
            ]),
            strings(&[
                "Östra skolan",
                "travel",
                "22",
                "417.00",
                "9174.00",
                "22 travellers × €417.00 (500–1999 km, green travel)",
                "KA152-YOU 2025 travel_green 500-1999",
            ]),
            strings(&[
                "Östra skolan",
                "organisational_support",
                "",
                "",
                "",
                "rate missing: enter it in the rate table",
                "KA152-YOU 2025 organisational_support FR",
            ]),
            strings(&["total", "", "", "", "9174.00", "1 rate(s) missing", ""]),
        ],
        "{csv}"
    );

    // The mobilities: participants and leaders, with the distance band the estimate uses.
    let estimate = w.gql(&w.teacher, ESTIMATE, vars).await;
    let km = ok(&estimate, "fundingEstimate")["distances"][0]["distanceKm"]
        .as_f64()
        .expect("a distance");
    let response = w.gql(&w.teacher, MOBILITY_CSV, json!({ "id": id })).await;
    let csv = ok(&response, "mobilityCsv").as_str().expect("text");
    let row = |role: &str, count: &str| {
        let km = format!("{km:.0}");
        let (start, end) = (day(60), day(64));
        strings(&[
            "Språkvecka i Lyon (en)",
            "(planned)",
            role,
            count,
            "Östra skolan",
            "SE",
            "Lycée du Parc",
            "FR",
            &km,
            "500–1999 km",
            "yes",
            &start,
            &end,
            "5",
            "5",
            "0",
            "planned",
        ])
    };
    assert_eq!(
        csv_rows(csv),
        [
            strings(&[
                "exchange",
                "participant",
                "role",
                "count",
                "sending_organisation",
                "sending_country",
                "receiving_organisation",
                "receiving_country",
                "distance_km",
                "distance_band",
                "green_travel",
                "start_date",
                "end_date",
                "days",
                "activity_days",
                "fewer_opportunities",
                "basis",
            ]),
            row("participant", "20"),
            row("leader", "2"),
        ],
        "{csv}"
    );

    // The same mobilities as a spreadsheet for a German reader: `;` between cells, headers,
    // roles and yes/no in German, countries by name.
    let response = w
        .gql(
            &w.teacher,
            "query($id: ID!) { mobilityCsv(exchangeId: $id, format: SPREADSHEET, language: DE) }",
            json!({ "id": id }),
        )
        .await;
    let sheet = ok(&response, "mobilityCsv").as_str().expect("text");
    assert!(sheet.starts_with('\u{feff}'), "{sheet}");
    let german = |key: &str| utbyte_domain::i18n::text(utbyte_domain::types::Locale::De, key);
    let first_line = sheet.lines().next().unwrap_or_default();
    assert!(
        first_line.contains(&format!(
            "\"{}\";\"{}\"",
            german("csv-mobility-exchange"),
            german("csv-mobility-participant")
        )),
        "{sheet}"
    );
    assert!(sheet.contains("\"Schweden\""), "{sheet}");
    assert!(sheet.contains("\"Frankreich\""), "{sheet}");
    assert!(
        sheet.contains(&format!("\"{}\"", german("csv-yes"))),
        "{sheet}"
    );
    assert!(!sheet.contains("\"SE\""), "{sheet}");
}

#[tokio::test]
async fn csv_cells_that_look_like_formulas_are_defused() {
    let w = World::new().await;
    // A school and an exchange whose names a spreadsheet would run as formulas.
    let school = organisation(
        &w.app,
        &w.admin,
        "=HYPERLINK(\"https://evil.example\",\"Västra\")",
        &w.home_town,
        None,
    )
    .await;
    let mut input = w.exchange_input("=1+1");
    input["sendingOrganisationId"] = json!(school);
    input["partnerOrganisationIds"] = json!([]);
    let id = w.draft_as(&w.coordinator, input).await;

    let response = w
        .gql(
            &w.coordinator,
            BUDGET_CSV,
            json!({ "id": id, "action": "KA_152_YOU", "year": 2025 }),
        )
        .await;
    let csv = ok(&response, "fundingBudgetCsv").as_str().expect("text");
    // Every cell is quoted, so a spreadsheet splitting on `;` finds no formula either.
    assert!(
        csv.lines()
            .all(|line| line.starts_with('"') && line.ends_with('"')),
        "{csv}"
    );
    let rows = csv_rows(csv);
    assert_eq!(
        rows[1][0], "'=HYPERLINK(\"https://evil.example\",\"Västra\")",
        "{csv}"
    );
    assert!(
        rows.iter().flatten().all(|cell| !cell.starts_with('=')),
        "{csv}"
    );

    let response = w
        .gql(&w.coordinator, MOBILITY_CSV, json!({ "id": id }))
        .await;
    let csv = ok(&response, "mobilityCsv").as_str().expect("text");
    let rows = csv_rows(csv);
    assert_eq!(rows.len(), 3, "{csv}");
    for row in &rows[1..] {
        assert_eq!(row[0], "'=1+1 (en)", "{csv}");
        assert_eq!(
            row[4], "'=HYPERLINK(\"https://evil.example\",\"Västra\")",
            "{csv}"
        );
    }
    assert!(
        rows.iter().flatten().all(|cell| !cell.starts_with('=')),
        "{csv}"
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Eligibility
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn eligibility_names_the_rules_a_plan_breaks() {
    let w = World::new().await;
    let check = |plan: Value| {
        let (app, token) = (&w.app, w.teacher.clone());
        async move {
            let response = app
                .gql(Some(&token), ELIGIBILITY_PLAN, json!({ "input": plan }))
                .await;
            violations(ok(&response, "eligibilityForPlan"))
        }
    };

    // A valid youth exchange: young people from Sweden and from the lycée (8 and 2 leaders),
    // a week in France.
    let hosted = |swedes: i64, leaders: i64| {
        let mut plan = w.plan(&w.lyon, swedes, leaders, 0);
        plan["groups"].as_array_mut().unwrap().push(json!({
            "label": "Lycée du Parc", "townId": w.lyon, "participants": 8, "leaders": 2,
            "greenTravellers": 0, "youngest": 14, "oldest": 17,
        }));
        plan
    };
    assert_eq!(check(hosted(12, 2)).await, []);
    // 16 in total is the minimum; 15 is too few.
    assert_eq!(check(hosted(8, 2)).await, []);
    let both = [
        "input.groups[0].participants",
        "input.groups[1].participants",
    ];
    assert_eq!(check(hosted(7, 2)).await, [violation("group_size", &both)]);
    // One group abroad with nobody from there is one country, however far it travels.
    assert_eq!(
        check(w.plan(&w.lyon, 20, 2, 0)).await,
        [violation(
            "countries",
            &["input.groups[0].townId", "input.partnerCountries"]
        )]
    );
    // A partner whose group is not counted makes two countries; too few cannot then be
    // judged, too many can.
    let mut partnered = w.plan(&w.lyon, 10, 2, 0);
    partnered["partnerCountries"] = json!(["FR"]);
    assert_eq!(check(partnered.clone()).await, []);
    partnered["groups"][0]["participants"] = json!(61);
    partnered["groups"][0]["leaders"] = json!(7);
    assert_eq!(
        check(partnered).await,
        [violation("group_size", &["input.groups[0].participants"])]
    );
    // 5–21 activity days.
    let mut short = hosted(12, 2);
    short["activityDays"] = json!(4);
    assert_eq!(
        check(short).await,
        [violation("duration", &["input.activityDays"])]
    );
    // A partner in China is not eligible.
    let mut china = hosted(12, 2);
    china["partnerCountries"] = json!(["CN"]);
    let found = check(china).await;
    assert_eq!(
        found
            .iter()
            .map(|(code, _)| code.as_str())
            .collect::<Vec<_>>(),
        ["ineligible_country"],
        "{found:?}"
    );
    assert_eq!(found[0].1, ["input.partnerCountries[0]"], "{found:?}");
    // Each broken rule is said: no leader and too few.
    assert_eq!(
        check(hosted(3, 0)).await,
        [
            violation("leaders_per_group", &["input.groups[0].leaders"]),
            violation("participants_per_group", &["input.groups[0].participants"]),
            violation("group_size", &both),
        ]
    );
    // A call year without a table says so.
    let mut later = hosted(12, 2);
    later["callYear"] = json!(2026);
    assert_eq!(
        check(later).await,
        [violation("no_rate_table", &["input.callYear"])]
    );
    // Bad input is refused, naming the field.
    let mut bad = w.plan(&w.lyon, 20, 2, 0);
    bad["partnerCountries"] = json!(["XX"]);
    let refused = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": bad }))
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["input.partnerCountries[0]"]);
}

#[tokio::test]
async fn an_ineligible_partner_country_is_named_at_its_own_index() {
    let w = World::new().await;
    let mut plan = w.plan(&w.lyon, 20, 2, 0);
    plan["partnerCountries"] = json!(["CN", "DE"]);
    let response = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": plan }))
        .await;
    assert_eq!(
        violations(ok(&response, "eligibilityForPlan")),
        [violation(
            "ineligible_country",
            &["input.partnerCountries[0]"]
        )]
    );
    plan["partnerCountries"] = json!(["DE", "CN"]);
    let response = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": plan }))
        .await;
    assert_eq!(
        violations(ok(&response, "eligibilityForPlan")),
        [violation(
            "ineligible_country",
            &["input.partnerCountries[1]"]
        )]
    );
}

#[tokio::test]
async fn an_ineligible_venue_is_named_by_the_field_of_the_plan() {
    let w = World::new().await;
    let beijing = town(&w.app, &w.admin, "Beijing", "CN", BEIJING).await;
    let mut plan = w.plan(&beijing, 20, 2, 0);
    plan["partnerCountries"] = json!(["FR"]);
    let response = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": plan }))
        .await;
    assert_eq!(
        violations(ok(&response, "eligibilityForPlan")),
        [violation("ineligible_country", &["input.venueTownId"])]
    );
    // A sending group's country is named by its town, its ages by the youngest and oldest.
    let mut plan = w.plan(&w.lyon, 20, 2, 0);
    plan["partnerCountries"] = json!(["FR"]);
    plan["groups"][0]["townId"] = json!(beijing);
    plan["groups"][0]["youngest"] = json!(12);
    let response = w
        .gql(&w.teacher, ELIGIBILITY_PLAN, json!({ "input": plan }))
        .await;
    assert_eq!(
        violations(ok(&response, "eligibilityForPlan")),
        [
            violation(
                "participant_age",
                &["input.groups[0].youngest", "input.groups[0].oldest"]
            ),
            violation("ineligible_country", &["input.groups[0].townId"]),
        ]
    );
}

#[tokio::test]
async fn eligibility_of_an_exchange_follows_its_planned_numbers() {
    let w = World::new().await;
    let check = |id: String| {
        let (app, token) = (&w.app, w.teacher.clone());
        async move {
            let response = app
                .gql(
                    Some(&token),
                    ELIGIBILITY,
                    json!({ "id": id, "action": "KA_152_YOU", "year": 2025 }),
                )
                .await;
            ok(&response, "eligibility").clone()
        }
    };
    let valid = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    assert_eq!(check(valid).await, json!([]));

    // 15 from the school with a partner whose group is not known yet: too few cannot be
    // judged. Without the partner it is one country and too few, named by the exchange's
    // own fields.
    let mut few = w.exchange_input("Liten grupp till Lyon");
    few["participants"] = json!(15);
    let few = w.draft_as(&w.teacher, few).await;
    assert_eq!(check(few.clone()).await, json!([]));
    let mut alone = w.exchange_input("Ensam grupp till Lyon");
    alone["participants"] = json!(15);
    alone["partnerOrganisationIds"] = json!([]);
    let alone = w.draft_as(&w.teacher, alone).await;
    let found = check(alone).await;
    assert_eq!(
        violations(&found),
        [
            violation("group_size", &["participants"]),
            violation(
                "countries",
                &["sendingOrganisationId", "partnerOrganisationIds"]
            ),
        ],
        "an exchange's violations name the exchange's own fields"
    );

    // A partner school in Beijing makes it ineligible.
    let beijing = town(&w.app, &w.admin, "Beijing", "CN", BEIJING).await;
    let far = organisation(&w.app, &w.admin, "Huaxia Middle School", &beijing, None).await;
    let mut input = w.exchange_input("Med Huaxia i Lyon");
    input["partnerOrganisationIds"] = json!([w.partner, far]);
    let with_china = w.draft_as(&w.teacher, input).await;
    let found = check(with_china).await;
    let codes: Vec<String> = violations(&found).into_iter().map(|(c, _)| c).collect();
    assert_eq!(codes, ["ineligible_country"], "{found}");
    assert_eq!(
        found[0]["fields"],
        json!(["partnerOrganisationIds"]),
        "{found}"
    );
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("CN ")),
        "{found}"
    );

    // Schools: the same exchange is fine for school mobility (2–30 days).
    let response = w
        .gql(
            &w.teacher,
            ELIGIBILITY,
            json!({ "id": few, "action": "KA_122_SCH", "year": 2025 }),
        )
        .await;
    assert_eq!(ok(&response, "eligibility"), &json!([]));
}

#[tokio::test]
async fn once_places_are_confirmed_the_figures_follow_the_confirmed_participants() {
    let trip = crate::registrations::Trip::open(10).await;
    let w = &trip.w;
    let vars = json!({ "id": trip.exchange, "action": "KA_152_YOU", "year": 2025 });
    let estimate = || async {
        let response = w.gql(&w.teacher, ESTIMATE_BASIS, vars.clone()).await;
        ok(&response, "fundingEstimate").clone()
    };
    let eligibility = || async {
        let response = w.gql(&w.teacher, ELIGIBILITY_BASIS, vars.clone()).await;
        ok(&response, "eligibility").clone()
    };
    let mobilities = || async {
        let response = w
            .gql(&w.teacher, MOBILITY_CSV, json!({ "id": trip.exchange }))
            .await;
        csv_rows(ok(&response, "mobilityCsv").as_str().expect("text"))
    };
    let response = w
        .gql(
            &w.teacher,
            "query($id: ID!) { exchange(id: $id) { participants leaders } }",
            json!({ "id": trip.exchange }),
        )
        .await;
    let planned = ok(&response, "exchange");
    let (participants, leaders) = (
        planned["participants"].as_i64().expect("participants"),
        planned["leaders"].as_i64().expect("leaders"),
    );

    // Before anyone is confirmed: the planned numbers, and said so.
    let budget = estimate().await;
    assert_eq!(budget["basis"], "PLANNED", "{budget}");
    assert_eq!(travellers(&budget), participants + leaders, "{budget}");
    assert_eq!(eligibility().await, json!([]));
    let rows = mobilities().await;
    assert_eq!(
        mobility_counts(&rows),
        [
            ("(planned)", "participant", participants.to_string(), "0"),
            ("(planned)", "leader", leaders.to_string(), "0"),
        ]
        .map(owned)
    );
    assert_eq!(rows[1][16], "planned");

    // Two pupils confirmed by their guardians, one with fewer opportunities; a third still
    // waits for consent and is not counted.
    for (name, guardian, fewer) in [
        ("Elsa", "elsa.guardian@example.se", true),
        ("Nils", "nils.guardian@example.se", false),
        ("Vera", "vera.guardian@example.se", false),
    ] {
        let pupil = trip.pupil(name, &[(guardian, "SOLE")], fewer).await;
        let id = id_of(&trip.register(&pupil).await);
        if name != "Vera" {
            let (status, body) = trip
                .consent(&trip.consent_link(guardian).await, false)
                .await;
            assert_eq!(status, 200, "{body}");
            assert_eq!(trip.state(&id).await, "CONFIRMED");
        }
    }

    let budget = estimate().await;
    assert_eq!(budget["basis"], "CONFIRMED_PARTICIPANTS", "{budget}");
    assert_eq!(travellers(&budget), 2 + leaders, "{budget}");
    let inclusion: Vec<&Value> = budget["lines"]
        .as_array()
        .into_iter()
        .chain(budget["missing"].as_array())
        .flatten()
        .filter(|l| l["category"] == "INCLUSION_SUPPORT")
        .collect();
    assert!(
        !inclusion.is_empty(),
        "the pupil with fewer opportunities is counted: {budget}"
    );
    // Two pupils are too few for a national group: judged on the confirmed numbers.
    let found = eligibility().await;
    assert_eq!(
        violations(&found),
        [violation("participants_per_group", &["participants"])],
        "{found}"
    );
    assert_eq!(found[0]["basis"], "CONFIRMED_PARTICIPANTS", "{found}");
    let rows = mobilities().await;
    assert_eq!(
        mobility_counts(&rows),
        [
            ("(confirmed)", "participant", "2".to_owned(), "1"),
            ("(confirmed)", "leader", leaders.to_string(), "0"),
        ]
        .map(owned)
    );
    assert_eq!(rows[1][16], "confirmed_participants");
}

const ESTIMATE_BASIS: &str = "query($id: ID!, $action: FundingAction!, $year: Int!) { \
     fundingEstimate(exchangeId: $id, action: $action, callYear: $year) { basis \
     lines { category quantity } missing { category } } }";
const ELIGIBILITY_BASIS: &str = "query($id: ID!, $action: FundingAction!, $year: Int!) { \
     eligibility(exchangeId: $id, action: $action, callYear: $year) { code fields basis } }";

/// The travellers the travel line pays for.
fn travellers(budget: &Value) -> i64 {
    budget["lines"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|l| l["category"] == "TRAVEL")
        .filter_map(|l| l["quantity"].as_i64())
        .sum()
}

/// The mobility rows as (participant, role, count, fewer opportunities).
fn mobility_counts(rows: &[Vec<String>]) -> Vec<(String, String, String, String)> {
    rows.iter()
        .skip(1)
        .map(|r| (r[1].clone(), r[2].clone(), r[3].clone(), r[15].clone()))
        .collect()
}

fn owned((a, b, c, d): (&str, &str, String, &str)) -> (String, String, String, String) {
    (a.to_owned(), b.to_owned(), c, d.to_owned())
}

// ---------------------------------------------------------------------------------------------
// 6. Funding records
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_teacher_records_an_application_for_the_school() {
    let w = World::new().await;
    let exchange = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    let before = table_counts(&w.app).await;
    let record = w
        .create_record(
            &w.teacher,
            w.record_input("Ungdomsutbyte Lyon 2026", &[&exchange]),
        )
        .await;
    let id = id_of(&record);
    let mut shown = record.clone();
    for generated in ["id", "createdAt", "updatedAt"] {
        assert!(shown[generated].is_string(), "{generated}: {record}");
        shown.as_object_mut().unwrap().remove(generated);
    }
    assert_eq!(
        shown,
        json!({
            "title": "Ungdomsutbyte Lyon 2026", "programme": "ERASMUS_PLUS",
            "action": "KA_152_YOU", "callYear": 2026, "round": 1,
            "deadline": shown["deadline"], "deadlinePublished": false,
            "applicantOrganisation": { "id": w.school },
            // None was given: the school's own, from its profile.
            "oid": SCHOOL_OID, "nationalAgency": "MUCF", "referenceNumber": "",
            "status": "DRAFTING", "requestedCents": 2_500_000, "grantedCents": null,
            "exchangeIds": [exchange],
        })
    );
    let deadline = DateTime::parse_from_rfc3339(shown["deadline"].as_str().expect("a deadline"))
        .expect("a timestamp");
    assert_eq!(
        deadline,
        DateTime::parse_from_rfc3339("2026-02-12T11:00:00Z").unwrap()
    );
    let after = table_counts(&w.app).await;
    let grew = |table: &str| {
        let of = |counts: &[(&str, i64)]| counts.iter().find(|(t, _)| *t == table).unwrap().1;
        of(&after) - of(&before)
    };
    assert_eq!(
        (
            grew("funding_records"),
            grew("funding_record_exchanges"),
            grew("audit_events")
        ),
        (1, 1, 1)
    );
    let event = w.app.audit().await.pop().expect("an audit event");
    assert_eq!(
        (
            event.action.as_str(),
            event.actor_id,
            event.subject_id,
            event.subject_type.as_str()
        ),
        (
            "funding_record_created",
            Some(w.user(TEACHER).await),
            Some(uuid(&id)),
            "funding_record"
        )
    );

    // It reads back for the teacher and the municipality's coordinator, who list it.
    for token in [&w.teacher, &w.principal, &w.coordinator, &w.admin] {
        let response = w.gql(token, RECORD, json!({ "id": id })).await;
        assert_eq!(ok(&response, "fundingRecord"), &record);
        assert_eq!(w.listed_records(token).await, std::slice::from_ref(&id));
    }

    // Another school's teacher, a partner contact and young people neither see nor list it.
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö", (56.8777, 14.8091)).await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town, None).await;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let other_coordinator = w
        .app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;
    let youth = w.app.user_with_role("ung@example.se", "youth").await;
    for (who, token) in [
        ("teacher of another school", &other_teacher),
        ("another municipality's coordinator", &other_coordinator),
        ("partner contact", &w.partner_contact),
        ("youth", &youth),
    ] {
        let response = w.gql(token, RECORD, json!({ "id": id })).await;
        assert_eq!(error_code(&response), "NOT_FOUND", "{who}: {response}");
        assert_eq!(w.listed_records(token).await, Vec::<String>::new(), "{who}");
    }

    // The teacher moves it on: submitted with a reference number, then granted; each change
    // is audited.
    let mut submitted = w.record_input("Ungdomsutbyte Lyon 2026", &[&exchange]);
    submitted["status"] = json!("SUBMITTED");
    submitted["referenceNumber"] = json!("2026-1-SE02-KA152-YOU-000123");
    submitted["oid"] = json!(" e99887766 ");
    let response = w
        .gql(
            &w.teacher,
            UPDATE_RECORD,
            json!({ "id": id, "input": submitted }),
        )
        .await;
    let updated = ok(&response, "updateFundingRecord");
    assert_eq!(
        (
            &updated["status"],
            &updated["referenceNumber"],
            &updated["oid"],
            &updated["createdAt"]
        ),
        (
            &json!("SUBMITTED"),
            &json!("2026-1-SE02-KA152-YOU-000123"),
            &json!("E99887766"),
            &record["createdAt"]
        )
    );
    let mut granted = submitted.clone();
    granted["status"] = json!("GRANTED");
    granted["grantedCents"] = json!(2_200_000);
    granted["exchangeIds"] = json!([]);
    let response = w
        .gql(
            &w.coordinator,
            UPDATE_RECORD,
            json!({ "id": id, "input": granted }),
        )
        .await;
    let updated = ok(&response, "updateFundingRecord");
    assert_eq!(
        (&updated["grantedCents"], &updated["exchangeIds"]),
        (&json!(2_200_000), &json!([]))
    );
    let actions = w.app.audit_actions().await;
    assert_eq!(
        actions[actions.len() - 2..],
        ["funding_record_updated", "funding_record_updated"]
    );
    // Filters narrow the list.
    for (filter, expected) in [
        (json!({ "status": "GRANTED" }), vec![id.clone()]),
        (json!({ "status": "DRAFTING" }), vec![]),
        (
            json!({ "programme": "ERASMUS_PLUS", "callYear": 2026 }),
            vec![id.clone()],
        ),
        (json!({ "callYear": 2025 }), vec![]),
    ] {
        let response = w
            .gql(
                &w.teacher,
                RECORDS,
                json!({ "filter": filter, "first": 10 }),
            )
            .await;
        let listed: Vec<String> = ok(&response, "fundingRecords")["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| id_of(&e["node"]))
            .collect();
        assert_eq!(listed, expected, "{filter}");
    }

    // Another school's teacher may not record for this school, nor change the record.
    let before = table_counts(&w.app).await;
    let refused = w
        .gql(
            &other_teacher,
            CREATE_RECORD,
            json!({ "input": w.record_input("Inte vår", &[]) }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    let refused = w
        .gql(
            &other_teacher,
            UPDATE_RECORD,
            json!({ "id": id, "input": w.record_input("Inte vår", &[]) }),
        )
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
    assert_eq!(table_counts(&w.app).await, before);
}

#[tokio::test]
async fn bad_funding_record_input_names_the_field_and_writes_nothing() {
    let w = World::new().await;
    let exchange = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    let (_, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö", (56.8777, 14.8091)).await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town, None).await;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let mut foreign = w.exchange_input("Katedralskolans resa");
    foreign["sendingOrganisationId"] = json!(katedral);
    foreign["partnerOrganisationIds"] = json!([]);
    let foreign = w.draft_as(&other_teacher, foreign).await;
    let good = w.record_input("Ungdomsutbyte Lyon 2026", &[&exchange]);
    let existing = w.create_record(&w.teacher, good.clone()).await;
    let existing_id = id_of(&existing);

    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "an action of another programme",
            json!({ "action": "NORDPLUS_JUNIOR_CLASS" }),
            "input.action",
        ),
        (
            "no action for Erasmus+",
            json!({ "action": null }),
            "input.action",
        ),
        ("a malformed OID", json!({ "oid": "X123" }), "input.oid"),
        (
            "a negative amount requested",
            json!({ "requestedCents": -1 }),
            "input.requestedCents",
        ),
        (
            "a granted amount while drafting",
            json!({ "grantedCents": 1_000_000 }),
            "input.grantedCents",
        ),
        (
            "a call year out of range",
            json!({ "callYear": 1999 }),
            "input.callYear",
        ),
        ("round 4", json!({ "round": 4 }), "input.round"),
        ("a blank title", json!({ "title": "  " }), "input.title"),
        (
            "an unknown applicant",
            json!({ "applicantOrganisationId": Uuid::now_v7().to_string(), "exchangeIds": [] }),
            "input.applicantOrganisationId",
        ),
        (
            "a malformed applicant id",
            json!({ "applicantOrganisationId": "ostra", "exchangeIds": [] }),
            "input.applicantOrganisationId",
        ),
        (
            "a malformed exchange id",
            json!({ "exchangeIds": ["lyon-2026"] }),
            "input.exchangeIds[0]",
        ),
        (
            "an unknown exchange",
            json!({ "exchangeIds": [exchange, Uuid::now_v7().to_string()] }),
            "input.exchangeIds[1]",
        ),
        (
            "another school's exchange",
            json!({ "exchangeIds": [foreign] }),
            "input.exchangeIds[0]",
        ),
    ];
    for (case, change, field) in cases {
        let mut input = good.clone();
        for (key, value) in change.as_object().unwrap() {
            input[key] = value.clone();
        }
        for (operation, query, variables) in [
            ("create", CREATE_RECORD, json!({ "input": input.clone() })),
            (
                "update",
                UPDATE_RECORD,
                json!({ "id": existing_id, "input": input }),
            ),
        ] {
            let before = table_counts(&w.app).await;
            let refused = w.gql(&w.teacher, query, variables).await;
            assert_eq!(
                error_code(&refused),
                "BAD_USER_INPUT",
                "{operation} with {case}: {refused}"
            );
            assert_eq!(error_fields(&refused), [field], "{operation} with {case}");
            assert_eq!(
                table_counts(&w.app).await,
                before,
                "{operation} with {case}"
            );
        }
    }
    // The record is as it was.
    let response = w
        .gql(&w.teacher, RECORD, json!({ "id": existing_id }))
        .await;
    assert_eq!(ok(&response, "fundingRecord"), &existing);
    // Other programmes may leave the action out.
    let mut municipal = good.clone();
    municipal["programme"] = json!("MUNICIPAL_FUND");
    municipal["action"] = Value::Null;
    let created = w.create_record(&w.teacher, municipal).await;
    assert_eq!(created["action"], Value::Null);
    // A malformed or unknown record id.
    let refused = w.gql(&w.teacher, RECORD, json!({ "id": "lyon" })).await;
    assert_eq!(error_fields(&refused), ["id"]);
    let refused = w
        .gql(
            &w.teacher,
            RECORD,
            json!({ "id": Uuid::now_v7().to_string() }),
        )
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
}

#[tokio::test]
async fn a_link_the_editor_does_not_plan_stays_when_they_update_the_record() {
    let w = World::new().await;
    let own = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    // A coordinator links another school's exchange of the municipality to the school's
    // application, which the school's teacher may not plan.
    let vastra = organisation(&w.app, &w.admin, "Västra skolan", &w.home_town, None).await;
    let mut input = w.exchange_input("Västras vecka i Lyon");
    input["sendingOrganisationId"] = json!(vastra);
    let other = w.draft_as(&w.coordinator, input).await;
    let record = w
        .create_record(
            &w.coordinator,
            w.record_input("Gemensam ansökan", &[&own, &other]),
        )
        .await;
    let id = id_of(&record);
    let linked = |record: &Value| {
        let mut ids: Vec<String> = record["exchangeIds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    let mut both = vec![own.clone(), other.clone()];
    both.sort();

    // The teacher sends back what they were shown, or only their own: both are accepted and
    // the other school's link stays.
    for sent in [vec![&own, &other], vec![&own]] {
        let response = w
            .gql(
                &w.teacher,
                UPDATE_RECORD,
                json!({ "id": id, "input": w.record_input("Gemensam ansökan", &sent) }),
            )
            .await;
        assert_eq!(linked(ok(&response, "updateFundingRecord")), both);
    }
    // The coordinator, who plans both, may take it off.
    let response = w
        .gql(
            &w.coordinator,
            UPDATE_RECORD,
            json!({ "id": id, "input": w.record_input("Gemensam ansökan", &[&own]) }),
        )
        .await;
    assert_eq!(linked(ok(&response, "updateFundingRecord")), [own]);
}

#[tokio::test]
async fn published_deadlines_fill_in_an_applications_deadline() {
    let w = World::new().await;
    let deadline_of = |record: &Value| {
        record["deadline"]
            .as_str()
            .map(|d| DateTime::parse_from_rfc3339(d).unwrap().with_timezone(&Utc))
    };
    let at = |text: &str| {
        Some(
            DateTime::parse_from_rfc3339(text)
                .unwrap()
                .with_timezone(&Utc),
        )
    };

    // The 2026 deadlines of FUNDING.md are seeded, at noon in Brussels.
    let response = w
        .gql(&w.teacher, CALL_DEADLINES, json!({ "year": 2026 }))
        .await;
    let published: Vec<(String, Option<DateTime<Utc>>)> = ok(&response, "fundingCallDeadlines")
        .as_array()
        .unwrap()
        .iter()
        .map(|row| (row["action"].as_str().unwrap().to_owned(), deadline_of(row)))
        .collect();
    assert_eq!(
        published,
        [
            ("KA_122_SCH".to_owned(), at("2026-02-19T11:00:00Z")),
            ("KA_152_YOU".to_owned(), at("2026-02-12T11:00:00Z")),
            ("KA_210".to_owned(), at("2026-03-05T11:00:00Z")),
        ]
    );

    // An application without a deadline of its own takes its round's; one with keeps it.
    let mut input = w.record_input("Ungdomsutbyte Lyon 2026", &[]);
    input["deadline"] = Value::Null;
    let record = w.create_record(&w.teacher, input.clone()).await;
    assert_eq!(deadline_of(&record), at("2026-02-12T11:00:00Z"));
    let mut own = input.clone();
    own["deadline"] = json!("2026-02-01T08:00:00Z");
    let record = w.create_record(&w.teacher, own).await;
    assert_eq!(deadline_of(&record), at("2026-02-01T08:00:00Z"));
    // No deadline is published for a second round yet, nor for 2027.
    let mut second = input.clone();
    second["round"] = json!(2);
    assert_eq!(
        deadline_of(&w.create_record(&w.teacher, second.clone()).await),
        None
    );
    let mut later = input.clone();
    later["callYear"] = json!(2027);
    assert_eq!(deadline_of(&w.create_record(&w.teacher, later).await), None);

    // A coordinator publishes the second round's (audited); new applications take it.
    let response = w
        .gql(
            &w.coordinator,
            SET_CALL_DEADLINE,
            json!({ "input": {
                "action": "KA_152_YOU", "callYear": 2026, "round": 2,
                "deadline": "2026-04-23T10:00:00Z", "note": "12:00 Brussels time",
            }}),
        )
        .await;
    assert_eq!(ok(&response, "setFundingCallDeadline")["round"], 2);
    // The round-2 application saved before follows it; so does a later correction of the
    // first round, but not an application with a deadline of its own.
    let records = w.gql(&w.teacher, RECORDS, json!({ "first": 100 })).await;
    let ids: Vec<String> = ok(&records, "fundingRecords")["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| id_of(&e["node"]))
        .collect();
    let read = |id: String| {
        let (app, token) = (&w.app, w.teacher.clone());
        async move {
            let response = app.gql(Some(&token), RECORD, json!({ "id": id })).await;
            ok(&response, "fundingRecord").clone()
        }
    };
    let [first_round, own_deadline, second_round, _later] = &ids[..] else {
        panic!("four records: {ids:?}");
    };
    assert_eq!(
        deadline_of(&read(second_round.clone()).await),
        at("2026-04-23T10:00:00Z")
    );
    let response = w
        .gql(
            &w.coordinator,
            SET_CALL_DEADLINE,
            json!({ "input": {
                "action": "KA_152_YOU", "callYear": 2026,
                "deadline": "2026-02-05T11:00:00Z", "note": "corrected",
            }}),
        )
        .await;
    assert_eq!(ok(&response, "setFundingCallDeadline")["round"], 1);
    let first = read(first_round.clone()).await;
    assert_eq!(deadline_of(&first), at("2026-02-05T11:00:00Z"));
    assert_eq!(first["deadlinePublished"], true);
    let own = read(own_deadline.clone()).await;
    assert_eq!(deadline_of(&own), at("2026-02-01T08:00:00Z"));
    assert_eq!(own["deadlinePublished"], false);
    // Reminders use the published deadline as it stands now.
    utbyte_domain::reminders::enqueue_due(w.app.services(), at("2026-01-20T00:00:00Z").unwrap())
        .await
        .expect("reminders");
    let reminded: Vec<String> = w
        .app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.template == "funding_deadline")
        .map(|m| m.text_body)
        .collect();
    assert!(
        reminded
            .iter()
            // 11:00 UTC in February is noon on a Stockholm clock.
            .any(|body| body.contains("5 februari 2026 kl. 12:00 centraleuropeisk tid")),
        "{reminded:?}"
    );
    let event = w
        .app
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|e| e.action == "funding_call_deadline_set")
        .expect("an audit event");
    assert_eq!(event.actor_id, Some(w.user(COORDINATOR).await));
    assert_eq!(
        deadline_of(&w.create_record(&w.teacher, second).await),
        at("2026-04-23T10:00:00Z")
    );

    // Bad input names the field and writes nothing.
    let before = table_counts(&w.app).await;
    for (input, field) in [
        (
            json!({ "action": "KA_210", "callYear": 2026, "round": 4,
                    "deadline": "2026-03-05T11:00:00Z" }),
            "input.round",
        ),
        (
            json!({ "action": "KA_210", "callYear": 2026, "round": 1,
                    "deadline": "2030-03-05T11:00:00Z" }),
            "input.deadline",
        ),
        (
            json!({ "action": "KA_210", "callYear": 1999, "round": 1,
                    "deadline": "1999-03-05T11:00:00Z" }),
            "input.callYear",
        ),
    ] {
        let refused = w
            .gql(&w.coordinator, SET_CALL_DEADLINE, json!({ "input": input }))
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
        assert_eq!(error_fields(&refused), [field], "{refused}");
    }
    assert_eq!(table_counts(&w.app).await, before);
}

// ---------------------------------------------------------------------------------------------
// 7. The funding item of the exchange checklist
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_exchange_that_breaks_the_rules_of_its_application_is_not_approved() {
    let w = World::new().await;

    // 61 young people are too many for a youth exchange, but without an application nothing
    // is assessed: the item passes, softly, and the principal approves.
    let mut input = w.exchange_input("Stor grupp till Lyon");
    input["participants"] = json!(61);
    input["leaders"] = json!(7);
    let id = w.at_coordinator(input).await;
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (true, "SOFT".to_owned())
    );

    // An application to a programme without actions is not assessed either.
    let mut municipal = w.record_input("Kommunens resefond", &[&id]);
    municipal["programme"] = json!("MUNICIPAL_FUND");
    municipal["action"] = Value::Null;
    municipal["callYear"] = json!(2025);
    w.create_record(&w.teacher, municipal).await;
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (true, "SOFT".to_owned())
    );

    // Linked to a KA152 application of the 2025 call, it fails the item, hard.
    let mut ka152 = w.record_input("Ungdomsutbyte Lyon 2025", &[&id]);
    ka152["callYear"] = json!(2025);
    let record = w.create_record(&w.teacher, ka152.clone()).await;
    assert_eq!(
        funding_item(&w.app, &w.coordinator, &id).await,
        (false, "HARD".to_owned())
    );
    let failing: Vec<String> = checklist(&w.app, &w.coordinator, &id)
        .await
        .into_iter()
        .filter(|(_, passed, _)| !passed)
        .map(|(code, _, _)| code)
        .collect();
    assert_eq!(failing, ["funding_eligibility"]);

    // The coordinator may not approve it: the item is named and nothing changes.
    let before = table_counts(&w.app).await;
    let refused = w.decide(&w.coordinator, &id, "APPROVE").await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "checklist_failed");
    assert_eq!(
        refused["errors"][0]["extensions"]["failingItems"],
        json!(["funding_eligibility"])
    );
    assert_eq!(table_counts(&w.app).await, before);
    let response = w.gql(&w.admin, READ_EXCHANGE, json!({ "id": id })).await;
    let unchanged = ok(&response, "exchange");
    assert_eq!(unchanged["state"], "SUBMITTED");
    assert_eq!(unchanged["approvalSteps"][1]["decision"], "pending");

    // Once the application is rejected it no longer counts, and the exchange is approved.
    let mut rejected = ka152;
    rejected["status"] = json!("REJECTED");
    let response = w
        .gql(
            &w.teacher,
            UPDATE_RECORD,
            json!({ "id": id_of(&record), "input": rejected }),
        )
        .await;
    assert_eq!(ok(&response, "updateFundingRecord")["status"], "REJECTED");
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (true, "SOFT".to_owned())
    );
    let approved = w.decide(&w.coordinator, &id, "APPROVE").await;
    assert_eq!(ok(&approved, "decideApprovalStep")["state"], "APPROVED");
}

#[tokio::test]
async fn an_eligible_exchange_passes_the_funding_item_hard() {
    let w = World::new().await;
    let id = w
        .at_coordinator(w.exchange_input("Språkvecka i Lyon"))
        .await;
    let mut record = w.record_input("Ungdomsutbyte Lyon 2025", &[&id]);
    record["callYear"] = json!(2025);
    w.create_record(&w.teacher, record).await;
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (true, "HARD".to_owned())
    );

    // Three activity days break the rule of 5–21: a new proposal linked to the application
    // cannot be submitted.
    let mut short = w.exchange_input("Kort resa till Lyon");
    short["endDate"] = json!(day(62));
    short["activityDays"] = json!(3);
    short["programme"] = json!([
        { "day": 1, "text": "Arrival, host families" },
        { "day": 2, "text": "Lessons at the lycée" },
        { "day": 3, "text": "Journey home" },
    ]);
    let short = w.draft_as(&w.teacher, short).await;
    let mut record = w.record_input("Kort utbyte 2025", &[&short]);
    record["callYear"] = json!(2025);
    w.create_record(&w.teacher, record).await;
    // Refused at submission already, so the principal is never asked about it.
    let before = table_counts(&w.app).await;
    let refused = w.gql(&w.teacher, SUBMIT, json!({ "id": short })).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "checklist_failed");
    assert_eq!(
        refused["errors"][0]["extensions"]["failingItems"],
        json!(["funding_eligibility"])
    );
    assert_eq!(table_counts(&w.app).await, before);

    // An application to the 2026 call cannot be assessed until a coordinator opens that
    // call's table: until then the item fails and says why; once opened, it passes.
    let mut next_call = w.record_input("Ungdomsutbyte Lyon 2026", &[&id]);
    next_call["callYear"] = json!(2026);
    w.create_record(&w.teacher, next_call).await;
    let response = w
        .gql(
            &w.coordinator,
            ELIGIBILITY,
            json!({ "id": id, "action": "KA_152_YOU", "year": 2026 }),
        )
        .await;
    assert_eq!(
        violations(ok(&response, "eligibility")),
        [violation("no_rate_table", &["callYear"])]
    );
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (false, "HARD".to_owned())
    );
    let message = checklist_message(&w.app, &w.teacher, &id, "funding_eligibility").await;
    assert_eq!(
        message,
        "not eligible for the funding applied for (KA152-YOU 2026: no_rate_table)"
    );
    let response = w
        .gql(
            &w.coordinator,
            START_CALL_YEAR,
            json!({ "year": 2026, "from": 2025 }),
        )
        .await;
    assert!(
        ok(&response, "startFundingCallYear")
            .as_i64()
            .is_some_and(|n| n > 0)
    );
    assert_eq!(
        funding_item(&w.app, &w.teacher, &id).await,
        (true, "HARD".to_owned())
    );

    // The approval of the eligible one goes through.
    let approved = w.decide(&w.coordinator, &id, "APPROVE").await;
    assert_eq!(ok(&approved, "decideApprovalStep")["state"], "APPROVED");
}

// ---------------------------------------------------------------------------------------------
// 8. Deadline reminders
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_creator_who_no_longer_keeps_the_record_is_not_reminded() {
    let w = World::new().await;
    let substitute = "vikarie@ostra.example";
    let token = w
        .app
        .user_with_roles(
            substitute,
            &[("teacher", Scope::Organisation(uuid(&w.school)))],
        )
        .await;
    let title = "Vikariens ansökan";
    let mut input = w.record_input(title, &[]);
    input["deadline"] = json!(rfc3339(Utc::now().trunc_subsecs(0) + Duration::days(20)));
    w.create_record(&token, input).await;
    let revoked = w
        .gql(
            &w.admin,
            "mutation($u: ID!, $s: ScopeInput) { \
             revokeRole(userId: $u, role: TEACHER, scope: $s) { id } }",
            json!({
                "u": w.user(substitute).await.to_string(),
                "s": { "kind": "ORGANISATION", "id": w.school },
            }),
        )
        .await;
    ok(&revoked, "revokeRole");
    utbyte_domain::reminders::enqueue_due(w.app.services(), Utc::now())
        .await
        .expect("reminders");
    let told: Vec<String> = mails(&w.app, "funding_deadline", title)
        .await
        .into_iter()
        .map(|(to, _, _)| to)
        .collect();
    assert_eq!(told, [COORDINATOR]);
}

#[tokio::test]
async fn deadlines_are_reminded_thirty_and_seven_days_ahead_once_each() {
    let w = World::new().await;
    // A second coordinator of the municipality reads English; one of another municipality
    // hears nothing.
    let english = "samordnare@jonkoping.example";
    w.app
        .user_with_roles(
            english,
            &[("coordinator", Scope::Municipality(uuid(&w.municipality)))],
        )
        .await;
    w.app.set_locale(english, "en").await;
    let (vaxjo, _) = municipality(&w.app, &w.admin, "Växjö", (56.8777, 14.8091)).await;
    w.app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;

    let now = Utc::now().trunc_subsecs(0);
    let deadline = now + Duration::days(20);
    let title = "Ungdomsutbyte i Lyon";
    let mut drafting = w.record_input(title, &[]);
    drafting["deadline"] = json!(rfc3339(deadline));
    w.create_record(&w.teacher, drafting.clone()).await;
    // A submitted application needs no reminder.
    let submitted_title = "Redan inlämnad";
    let mut submitted = drafting.clone();
    submitted["title"] = json!(submitted_title);
    submitted["status"] = json!("SUBMITTED");
    w.create_record(&w.teacher, submitted).await;

    let remind = |at: DateTime<Utc>| {
        let services = w.app.services().clone();
        async move {
            utbyte_domain::reminders::enqueue_due(&services, at)
                .await
                .expect("reminders")
        }
    };
    let reminders = || mails(&w.app, "funding_deadline", title);
    let thirty = |days: i64| {
        vec![
            mail(
                COORDINATOR,
                "sv",
                format!("Ansökan {title}: {days} dagar kvar till sista dag"),
            ),
            mail(
                TEACHER,
                "sv",
                format!("Ansökan {title}: {days} dagar kvar till sista dag"),
            ),
            mail(
                english,
                "en",
                format!("Application {title}: {days} days to the deadline"),
            ),
        ]
    };

    // Twenty days ahead: the 30-day reminder, to the teacher who keeps the record and each
    // coordinator of the municipality, in their language.
    assert_eq!(remind(now).await, 3);
    let mut expected = thirty(20);
    expected.sort();
    assert_eq!(reminders().await, expected);
    let to_teacher = w.app.last_mail(TEACHER, "funding_deadline").await;
    assert!(
        to_teacher.text_body.contains("Östra skolan")
            && to_teacher.text_body.contains("KA152-YOU")
            && to_teacher.text_body.contains("under arbete"),
        "{}",
        to_teacher.text_body
    );
    let to_english = w.app.last_mail(english, "funding_deadline").await;
    assert!(
        to_english.text_body.contains("drafting"),
        "{}",
        to_english.text_body
    );
    // However often the scheduler runs, once.
    assert_eq!(remind(now).await, 0);
    assert_eq!(remind(deadline - Duration::days(10)).await, 0);
    assert_eq!(reminders().await.len(), 3);

    // Six days ahead: the 7-day reminder, once.
    assert_eq!(remind(deadline - Duration::days(6)).await, 3);
    assert_eq!(remind(deadline - Duration::days(6)).await, 0);
    assert_eq!(remind(deadline - Duration::days(1)).await, 0);
    let mut expected = thirty(20);
    expected.extend(thirty(6));
    expected.sort();
    assert_eq!(reminders().await, expected);
    // Past the deadline, nothing more.
    assert_eq!(remind(deadline + Duration::hours(1)).await, 0);

    // The submitted one was never reminded, nor was anyone outside the municipality.
    assert_eq!(mails(&w.app, "funding_deadline", submitted_title).await, []);
    assert!(
        w.app
            .outbox()
            .await
            .iter()
            .filter(|m| m.template == "funding_deadline")
            .all(|m| m.recipient != "kansli@vaxjo.example")
    );
}

// ---------------------------------------------------------------------------------------------
// 9. Who may do what
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    FundingRates,
    FundingCallYears,
    FundingCountries,
    FundingEstimate,
    FundingEstimateForPlan,
    Eligibility,
    EligibilityForPlan,
    FundingRecord,
    FundingRecords,
    FundingBudgetCsv,
    MobilityCsv,
    SetFundingRate,
    SetFundingCountry,
    StartFundingCallYear,
    CreateFundingRecord,
    UpdateFundingRecord,
    FundingCallDeadlines,
    SetFundingCallDeadline,
}

use Operation::*;

const OPERATIONS: [Operation; 18] = [
    FundingRates,
    FundingCallYears,
    FundingCountries,
    FundingEstimate,
    FundingEstimateForPlan,
    Eligibility,
    EligibilityForPlan,
    FundingRecord,
    FundingRecords,
    FundingBudgetCsv,
    MobilityCsv,
    SetFundingRate,
    SetFundingCountry,
    StartFundingCallYear,
    CreateFundingRecord,
    UpdateFundingRecord,
    FundingCallDeadlines,
    SetFundingCallDeadline,
];

/// What the matrix reads: a draft of the school with the partner school and an application
/// of the school.
struct Shared {
    exchange: String,
    record: String,
}

/// What one principal acts on alone, so that allowed writes never collide.
struct Own {
    index: usize,
    tag: String,
    record: String,
}

impl Operation {
    /// The root field of the schema the operation exercises.
    fn field(self) -> &'static str {
        match self {
            FundingRates => "fundingRates",
            FundingCallYears => "fundingCallYears",
            FundingCountries => "fundingCountries",
            FundingEstimate => "fundingEstimate",
            FundingEstimateForPlan => "fundingEstimateForPlan",
            Eligibility => "eligibility",
            EligibilityForPlan => "eligibilityForPlan",
            FundingRecord => "fundingRecord",
            FundingRecords => "fundingRecords",
            FundingBudgetCsv => "fundingBudgetCsv",
            MobilityCsv => "mobilityCsv",
            SetFundingRate => "setFundingRate",
            SetFundingCountry => "setFundingCountry",
            StartFundingCallYear => "startFundingCallYear",
            CreateFundingRecord => "createFundingRecord",
            UpdateFundingRecord => "updateFundingRecord",
            FundingCallDeadlines => "fundingCallDeadlines",
            SetFundingCallDeadline => "setFundingCallDeadline",
        }
    }

    /// An allowed write adds exactly one audit event; a read adds none.
    fn writes(self) -> bool {
        matches!(
            self,
            SetFundingRate
                | SetFundingCountry
                | SetFundingCallDeadline
                | StartFundingCallYear
                | CreateFundingRecord
                | UpdateFundingRecord
        )
    }

    fn request(self, w: &World, shared: &Shared, own: &Own) -> (&'static str, Value) {
        let exchange = || json!({ "id": shared.exchange, "action": "KA_152_YOU", "year": 2025 });
        match self {
            FundingRates => (RATES, json!({ "action": "KA_152_YOU", "year": 2025 })),
            FundingCallYears => (CALL_YEARS, json!({ "action": "KA_122_SCH" })),
            FundingCountries => (COUNTRIES, json!({ "year": 2025 })),
            FundingEstimate => (ESTIMATE, exchange()),
            FundingEstimateForPlan => {
                (ESTIMATE_PLAN, json!({ "input": w.plan(&w.lyon, 20, 2, 0) }))
            }
            Eligibility => (ELIGIBILITY, exchange()),
            EligibilityForPlan => (
                ELIGIBILITY_PLAN,
                json!({ "input": w.plan(&w.lyon, 20, 2, 0) }),
            ),
            FundingRecord => (RECORD, json!({ "id": shared.record })),
            FundingRecords => (RECORDS, json!({ "first": 100 })),
            FundingBudgetCsv => (BUDGET_CSV, exchange()),
            MobilityCsv => (MOBILITY_CSV, json!({ "id": shared.exchange })),
            SetFundingRate => (
                SET_RATE,
                json!({ "input": {
                    "action": "KA_152_YOU", "callYear": 2025, "kind": "ORGANISATIONAL_SUPPORT",
                    "key": "FR", "value": 3_000 + own.index, "note": format!("Set by {}", own.tag),
                }}),
            ),
            SetFundingCountry => (
                SET_COUNTRY,
                json!({ "input": {
                    "callYear": 2025, "country": "UA", "erasmus": "NEIGHBOURING_REGION",
                    "note": format!("Checked by {}", own.tag),
                }}),
            ),
            StartFundingCallYear => (
                START_CALL_YEAR,
                json!({ "year": 2030 + own.index, "from": 2025 }),
            ),
            CreateFundingRecord => (
                CREATE_RECORD,
                json!({ "input": w.record_input(&format!("Ny ansökan {}", own.tag), &[]) }),
            ),
            FundingCallDeadlines => (CALL_DEADLINES, json!({ "year": 2026 })),
            SetFundingCallDeadline => (
                SET_CALL_DEADLINE,
                json!({ "input": {
                    "action": "KA_152_YOU", "callYear": 2026, "round": 2,
                    "deadline": format!("2026-04-{:02}T10:00:00Z", 1 + own.index),
                    "note": format!("Set by {}", own.tag),
                }}),
            ),
            UpdateFundingRecord => (
                UPDATE_RECORD,
                json!({
                    "id": own.record,
                    "input": w.record_input(&format!("Uppdaterad {}", own.tag), &[]),
                }),
            ),
        }
    }
}

#[tokio::test]
async fn who_may_do_what_with_funding() {
    use Outcome::{Allowed as A, Forbidden as F, NotFound as N, Unauthenticated as U};

    let w = World::new().await;
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö", (56.8777, 14.8091)).await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town, None).await;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let principals = Cast {
        admin: &w.admin,
        coordinator: &w.coordinator,
        teacher: &w.teacher,
        principal: &w.principal,
        partner_contact: &w.partner_contact,
        other_municipality: uuid(&vaxjo),
        other_teacher: &other_teacher,
    }
    .principals(&w.app)
    .await;

    let exchange = w
        .draft_as(&w.teacher, w.exchange_input("Språkvecka i Lyon"))
        .await;
    let record = id_of(
        &w.create_record(&w.teacher, w.record_input("Ansökan Lyon", &[&exchange]))
            .await,
    );
    let mut foreign = w.record_input("Katedralskolans ansökan", &[]);
    foreign["applicantOrganisationId"] = json!(katedral);
    let elsewhere = id_of(&w.create_record(&other_teacher, foreign).await);

    // Which records each principal lists.
    let ours = vec![record.clone()];
    let everything = vec![record.clone(), elsewhere.clone()];
    let none: Vec<String> = Vec::new();
    let listed: Vec<Vec<String>> = vec![
        everything.clone(),
        everything.clone(),
        ours.clone(),
        vec![elsewhere.clone()],
        ours.clone(),
        ours.clone(),
        none.clone(),
        vec![elsewhere.clone()],
        none.clone(),
        none.clone(),
    ];
    for ((principal, token), listed) in principals.iter().zip(&listed) {
        let token = token.as_deref().expect("signed in");
        assert_eq!(&w.listed_records(token).await, listed, "{principal} lists");
    }

    // One row per principal, one column per operation in the order of OPERATIONS:
    //  1 fundingRates              7 eligibilityForPlan     13 setFundingCountry
    //  2 fundingCallYears          8 fundingRecord          14 startFundingCallYear
    //  3 fundingCountries          9 fundingRecords         15 createFundingRecord
    //  4 fundingEstimate          10 fundingBudgetCsv       16 updateFundingRecord
    //  5 fundingEstimateForPlan   11 mobilityCsv
    //  6 eligibility              12 setFundingRate         17 fundingCallDeadlines
    //                                                       18 setFundingCallDeadline
    let expected: [[Outcome; OPERATIONS.len()]; 11] = [
        // global admin
        [A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A],
        // global coordinator
        [A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A],
        // the municipality's coordinator
        [A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A],
        // another municipality's coordinator: keeps the shared tables, sees none of it
        [A, A, A, N, A, N, A, N, A, N, N, A, A, A, F, N, A, A],
        // teacher of the applicant school: plans and keeps its records, not the tables
        [A, A, A, A, A, A, A, A, A, A, A, F, F, F, A, A, A, F],
        // principal of the applicant school: the same
        [A, A, A, A, A, A, A, A, A, A, A, F, F, F, A, A, A, F],
        // partner contact: plans with the exchange it is part of, keeps no record
        [A, A, A, A, A, A, A, N, A, A, A, F, F, F, F, N, A, F],
        // teacher of another school
        [A, A, A, N, A, N, A, N, A, N, N, F, F, F, F, N, A, F],
        // youth: no planning at all
        [F, F, F, F, F, F, F, N, A, F, F, F, F, F, F, N, F, F],
        // guardian
        [F, F, F, F, F, F, F, N, A, F, F, F, F, F, F, N, F, F],
        // anonymous
        [U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U],
    ];
    assert_eq!(expected.len(), principals.len());

    let shared = Shared {
        exchange: exchange.clone(),
        record: record.clone(),
    };
    let mut owns = Vec::new();
    for index in 0..principals.len() {
        let tag = format!("p{index}");
        let record = w
            .create_record(&w.admin, w.record_input(&format!("Egen {tag}"), &[]))
            .await;
        owns.push(Own {
            index,
            tag,
            record: id_of(&record),
        });
    }

    Matrix {
        app: &w.app,
        tables: &TABLES,
    }
    .check(
        &principals,
        &expected,
        OPERATIONS,
        |operation, index| operation.request(&w, &shared, &owns[index]),
        Operation::writes,
    )
    .await;
    let allowed = |operation: Operation| matrix::allowed(&expected, &OPERATIONS, operation);
    for ((own, allowed), (principal, _)) in owns
        .iter()
        .zip(allowed(UpdateFundingRecord))
        .zip(&principals)
    {
        let response = w.gql(&w.admin, RECORD, json!({ "id": own.record })).await;
        let title = if allowed {
            format!("Uppdaterad {}", own.tag)
        } else {
            format!("Egen {}", own.tag)
        };
        assert_eq!(
            ok(&response, "fundingRecord")["title"],
            title.as_str(),
            "{principal}"
        );
    }
    for ((own, allowed), (principal, _)) in owns
        .iter()
        .zip(allowed(StartFundingCallYear))
        .zip(&principals)
    {
        let response = w
            .gql(&w.admin, CALL_YEARS, json!({ "action": "KA_152_YOU" }))
            .await;
        let opened = ok(&response, "fundingCallYears")
            .as_array()
            .unwrap()
            .contains(&json!(2030 + own.index));
        assert_eq!(opened, allowed, "{principal}");
    }
    let response = w.gql(&w.admin, RECORDS, json!({ "first": 100 })).await;
    let created = ok(&response, "fundingRecords")["edges"]
        .as_array()
        .unwrap()
        .len();
    let creators = allowed(CreateFundingRecord)
        .into_iter()
        .filter(|a| *a)
        .count();
    assert_eq!(
        created,
        2 + owns.len() + creators,
        "one new record per allowed create"
    );
    // The last allowed rate write stands.
    let last_setter = allowed(SetFundingRate)
        .into_iter()
        .rposition(|a| a)
        .expect("someone may set rates");
    let response = w
        .gql(
            &w.admin,
            RATES,
            json!({ "action": "KA_152_YOU", "year": 2025 }),
        )
        .await;
    let france = ok(&response, "fundingRates")
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "ORGANISATIONAL_SUPPORT" && r["key"] == "FR")
        .cloned()
        .expect("the France row");
    assert_eq!(france["value"], 3_000 + last_setter as i64);
}

/// Whether a root field belongs to the funding API, whose authorization matrix is
/// `who_may_do_what_with_funding` (the directory's guard leaves these out).
pub(crate) fn is_funding_field(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.contains("funding") || name.contains("eligibility") || name.contains("mobilitycsv")
}

/// A new query or mutation of the funding API must come with its column of expectations in
/// `who_may_do_what_with_funding`.
#[test]
fn every_funding_operation_is_in_the_matrix() {
    let fields = utbyte_tests::schema_root_fields();
    let in_schema = |name: &str| fields.iter().any(|field| field == name);

    let missing: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .filter(|name| is_funding_field(name))
        .filter(|name| !OPERATIONS.iter().any(|o| o.field() == *name))
        .collect();
    assert!(
        missing.is_empty(),
        "queries and mutations of the funding API missing from the authorization matrix: \
         {}.\nAdd each to who_may_do_what_with_funding: an Operation in OPERATIONS with its \
         field(), writes() and request(), and its column of expected outcomes for every \
         principal.",
        missing.join(", ")
    );
    let unknown: Vec<String> = OPERATIONS
        .iter()
        .filter(|o| !in_schema(o.field()) || !is_funding_field(o.field()))
        .map(|o| format!("{o:?} ({})", o.field()))
        .collect();
    assert!(
        unknown.is_empty(),
        "operations of the matrix that are not funding fields of the schema: {}",
        unknown.join(", ")
    );
    let repeated: Vec<String> = OPERATIONS
        .iter()
        .enumerate()
        .filter(|(index, operation)| OPERATIONS[..*index].contains(operation))
        .map(|(_, operation)| format!("{operation:?}"))
        .collect();
    assert!(
        repeated.is_empty(),
        "listed twice in OPERATIONS: {}",
        repeated.join(", ")
    );
    // None of them is claimed by the exchanges' matrix as well.
    let claimed: Vec<&str> = OPERATIONS
        .iter()
        .map(|o| o.field())
        .filter(|name| crate::exchanges::is_exchange_field(name))
        .collect();
    assert!(
        claimed.is_empty(),
        "also in the exchanges' matrix: {}",
        claimed.join(", ")
    );
}
