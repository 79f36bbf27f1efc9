//! Exchange proposals and the approval workflow end to end: drafting and the checklist, the
//! approval chain with its queue, mails and reminders, changes after approval, cloning,
//! cancelling, bad input, who may do what, and the listing with its statement count.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};
use utbyte_domain::entities::approval_steps;
use utbyte_tests::{Scope, TestApp, error_code, error_fields, error_reason as reason};

use crate::matrix::{self, Cast, Matrix, Outcome};
use uuid::Uuid;

/// What the tests read of an exchange.
macro_rules! exchange_fields {
    () => {
        "id state riskLevel titles { language text } descriptions { language text } \
         direction venue startDate endDate activityDays participants leaders \
         ageRange { min max } themes learningObjectives programme { day text } accommodation \
         transport greenTravel costPerParticipant { minorUnits currency } contributionsAreVoluntary \
         registrationDeadline adventurousActivities insuranceConfirmed riskAssessment \
         budgetCents consentPlan clonedFromId notCarriedOver submittedAt approvedAt \
         sendingOrganisation { id } partnerOrganisations { id } destinationTown { id } \
         approvalSteps { round position approverRole approverUserId substituteUserId dueAt \
         decision decidedBy comment }"
    };
}

const CREATE: &str = concat!(
    "mutation($input: ExchangeInput!) { createExchangeDraft(input: $input) { ",
    exchange_fields!(),
    " } }"
);
const UPDATE: &str = concat!(
    "mutation($id: ID!, $input: ExchangeInput!) { updateExchange(id: $id, input: $input) { ",
    exchange_fields!(),
    " } }"
);
const CLONE: &str = concat!(
    "mutation($id: ID!, $from: NaiveDate!, $to: NaiveDate!) { \
     cloneExchange(id: $id, startDate: $from, endDate: $to) { ",
    exchange_fields!(),
    " } }"
);
const SUBMIT: &str = concat!(
    "mutation($id: ID!) { submitExchange(id: $id) { ",
    exchange_fields!(),
    " } }"
);
const DECIDE: &str = concat!(
    "mutation($id: ID!, $decision: ApprovalDecision!, $comment: String) { \
     decideApprovalStep(exchangeId: $id, decision: $decision, comment: $comment) { ",
    exchange_fields!(),
    " } }"
);
const ADVANCE: &str = concat!(
    "mutation($id: ID!, $to: ExchangeProgress!, $earlyReason: String) { \
     advanceExchange(id: $id, to: $to, earlyReason: $earlyReason) { ",
    exchange_fields!(),
    " } }"
);
/// Why the tests' trips, which lie ahead, are started and completed early.
const EARLY_REASON: &str = "Recorded ahead of the dates for the test";
const REPORT: &str = "mutation($id: ID!, $input: ExchangeReportInput!) { \
     fileExchangeReport(exchangeId: $id, input: $input) { id state report { whatHappened \
     outcomes feedbackSummary actualCostCents filedBy filedAt } } }";
const CANCEL: &str = concat!(
    "mutation($id: ID!, $reason: String!) { cancelExchange(id: $id, reason: $reason) { ",
    exchange_fields!(),
    " } }"
);
const READ: &str = concat!(
    "query($id: ID!) { exchange(id: $id) { ",
    exchange_fields!(),
    " } }"
);
const HISTORY: &str =
    "query($id: ID!) { exchange(id: $id) { history { action actorId occurredAt } } }";
const CHANGES: &str =
    "query($id: ID!) { exchange(id: $id) { changes { field before after changedBy } } }";
const CHECKLIST: &str =
    "query($id: ID!) { exchange(id: $id) { checklist { code passed severity } } }";
const QUEUE: &str = "{ myApprovalQueue { exchange { id } step { round position approverRole \
     decision } waitingSince ageHours } }";
const CHAIN: &str = "query($m: ID!, $risk: RiskLevel!) { \
     approvalChain(municipalityId: $m, riskLevel: $risk) { role userId dueDays substituteUserId } }";
const SET_CHAIN: &str = "mutation($m: ID!, $risk: RiskLevel!, $steps: [ApprovalChainStepInput!]!) { \
     setApprovalChain(municipalityId: $m, riskLevel: $risk, steps: $steps) { \
     role userId dueDays substituteUserId } }";
const LIST: &str = "query($filter: ExchangeFilterInput, $first: Int, $after: String) { \
     exchanges(filter: $filter, first: $first, after: $after) { \
     pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }";
const COMPLETED_EXCHANGES: &str = "query($id: ID!) { organisation(id: $id) { completedExchanges { \
     hostOrganisation { id } visitorOrganisation { id } hostTown { id } visitorTown { id } \
     startedOn endedOn participants } } }";

pub(crate) const ADMIN: &str = "admin@utbyte.example";
pub(crate) const TEACHER: &str = "larare@ostra.example";
pub(crate) const PRINCIPAL: &str = "rektor@ostra.example";
pub(crate) const COORDINATOR: &str = "kansli@jonkoping.example";
pub(crate) const PARTNER_CONTACT: &str = "contact@lycee-du-parc.example";

pub(crate) use utbyte_tests::week_in_lyon;

/// The people around a school and its partner school, signed in: the school's teacher and
/// principal, the municipality's coordinator and the partner school's contact.
pub(crate) struct Staff {
    pub(crate) teacher: String,
    pub(crate) principal: String,
    pub(crate) coordinator: String,
    pub(crate) partner_contact: String,
}

impl Staff {
    pub(crate) async fn sign_in(
        app: &TestApp,
        municipality: &str,
        school: &str,
        partner: &str,
    ) -> Self {
        let organisation = |id: &str| Scope::Organisation(uuid(id));
        Self {
            teacher: app
                .user_with_roles(TEACHER, &[("teacher", organisation(school))])
                .await,
            principal: app
                .user_with_roles(PRINCIPAL, &[("principal", organisation(school))])
                .await,
            coordinator: app
                .user_with_roles(
                    COORDINATOR,
                    &[("coordinator", Scope::Municipality(uuid(municipality)))],
                )
                .await,
            partner_contact: app
                .user_with_roles(
                    PARTNER_CONTACT,
                    &[("partner_contact", organisation(partner))],
                )
                .await,
        }
    }
}

/// The data of a response that must have succeeded.
pub(crate) fn ok<'a>(response: &'a Value, field: &str) -> &'a Value {
    assert!(
        response["errors"].is_null() && !response["data"].is_null(),
        "{field}: {response}"
    );
    &response["data"][field]
}

pub(crate) fn id_of(value: &Value) -> String {
    value["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {value}"))
        .to_owned()
}

pub(crate) fn uuid(id: &str) -> Uuid {
    Uuid::parse_str(id).expect("an id is a UUID")
}

/// The date `offset` days from today, as the API writes dates.
pub(crate) fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).to_string()
}

fn timestamp(value: &Value) -> DateTime<Utc> {
    value
        .as_str()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .unwrap_or_else(|| panic!("not a timestamp: {value}"))
        .with_timezone(&Utc)
}

/// Localized texts as sorted (language, text) pairs.
fn texts(value: &Value) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = value
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            (
                t["language"].as_str().unwrap_or_default().to_owned(),
                t["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    texts.sort();
    texts
}

/// An exchange's approval steps as (round, position, decision).
pub(crate) fn steps(exchange: &Value) -> Vec<(i64, i64, String)> {
    exchange["approvalSteps"]
        .as_array()
        .unwrap_or_else(|| panic!("no approval steps in {exchange}"))
        .iter()
        .map(|s| {
            (
                s["round"].as_i64().unwrap_or_default(),
                s["position"].as_i64().unwrap_or_default(),
                s["decision"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

pub(crate) fn step(round: i64, position: i64, decision: &str) -> (i64, i64, String) {
    (round, position, decision.to_owned())
}

/// The node ids of a connection, in order.
fn node_ids(connection: &Value) -> Vec<String> {
    connection["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no edges in {connection}"))
        .iter()
        .map(|e| id_of(&e["node"]))
        .collect()
}

/// The fields named by the first error, sorted.
fn sorted_fields(response: &Value) -> Vec<String> {
    let mut fields = error_fields(response);
    fields.sort();
    fields
}

/// Row counts of every table the capability writes to, to show that a refusal wrote nothing.
const TABLES: [&str; 10] = [
    "exchanges",
    "exchange_reports",
    "participation_records",
    "exchange_partners",
    "approval_steps",
    "approval_chains",
    "exchange_changes",
    "completed_exchanges",
    "outbox_emails",
    "audit_events",
];

pub(crate) async fn table_counts(app: &TestApp) -> Vec<(&'static str, i64)> {
    matrix::table_counts(app, &TABLES).await
}

/// (recipient, locale, subject) of the queued mails made from `template` whose subject names
/// `title`, oldest first.
async fn mails(app: &TestApp, template: &str, title: &str) -> Vec<(String, String, String)> {
    app.outbox()
        .await
        .into_iter()
        .filter(|m| m.template == template && m.subject.contains(title))
        .map(|m| (m.recipient, m.locale, m.subject))
        .collect()
}

/// The recipients of those mails, sorted.
async fn recipients(app: &TestApp, template: &str, title: &str) -> Vec<String> {
    let mut recipients: Vec<String> = mails(app, template, title)
        .await
        .into_iter()
        .map(|(recipient, _, _)| recipient)
        .collect();
    recipients.sort();
    recipients
}

fn sorted(emails: &[&str]) -> Vec<String> {
    let mut emails: Vec<String> = emails.iter().map(|e| (*e).to_owned()).collect();
    emails.sort();
    emails
}

/// Moves a column of the exchange's pending approval step, as if time had passed.
pub(crate) async fn set_pending_step(
    app: &TestApp,
    exchange: &str,
    column: approval_steps::Column,
    to: DateTime<Utc>,
) {
    let updated = approval_steps::Entity::update_many()
        .col_expr(column, Expr::value(to))
        .filter(approval_steps::Column::ExchangeId.eq(uuid(exchange)))
        .filter(approval_steps::Column::Decision.eq("pending"))
        .exec(app.db())
        .await
        .expect("move the pending step");
    assert_eq!(updated.rows_affected, 1, "one pending step");
}

/// A Swedish municipality with a school, a partner school in Lyon and the people around
/// them: the school's teacher and principal, the municipality's coordinator and the partner
/// school's contact.
pub(crate) struct World {
    pub(crate) app: TestApp,
    pub(crate) admin: String,
    pub(crate) municipality: String,
    /// The municipality's own town, where the school is.
    pub(crate) home_town: String,
    pub(crate) lyon: String,
    pub(crate) school: String,
    /// A partner school in Lyon.
    pub(crate) partner: String,
    pub(crate) teacher: String,
    pub(crate) principal: String,
    pub(crate) coordinator: String,
    pub(crate) partner_contact: String,
}

impl World {
    pub(crate) async fn new() -> Self {
        Self::on(TestApp::spawn().await).await
    }

    pub(crate) async fn on(app: TestApp) -> Self {
        let admin = app.user_with_role(ADMIN, "admin").await;
        let (municipality, home_town) = municipality(&app, &admin, "Jönköping").await;
        let lyon = town(&app, &admin, "Lyon", "FR").await;
        let school = organisation(&app, &admin, "Östra skolan", &home_town).await;
        let partner = organisation(&app, &admin, "Lycée du Parc", &lyon).await;
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

    pub(crate) async fn gql(&self, token: &str, query: &str, variables: Value) -> Value {
        self.app.gql(Some(token), query, variables).await
    }

    async fn user(&self, email: &str) -> String {
        self.app.user_id(email).await.to_string()
    }

    /// A complete proposal for a week in Lyon with the partner school, that passes every
    /// hard item of the checklist: titled `title` in Swedish and `title (en)` in English.
    pub(crate) fn input(&self, title: &str) -> Value {
        week_in_lyon(&self.school, &self.partner, &self.lyon, title)
    }

    /// A one-day trip in the home town: the lowest risk level.
    pub(crate) fn local_day_trip(&self, title: &str) -> Value {
        let mut input = self.input(title);
        input["destinationTownId"] = json!(self.home_town);
        input["partnerOrganisationIds"] = json!([]);
        input["startDate"] = json!(day(45));
        input["endDate"] = json!(day(45));
        input["activityDays"] = json!(1);
        input["programme"] = json!([{ "day": 1, "text": "Orienteering in the forest" }]);
        input["registrationDeadline"] = json!(day(20));
        input
    }

    /// Drafts `input` as `token`; returns the new exchange's id.
    pub(crate) async fn draft_as(&self, token: &str, input: Value) -> String {
        let response = self.gql(token, CREATE, json!({ "input": input })).await;
        let created = ok(&response, "createExchangeDraft");
        assert_eq!(created["state"], "DRAFT", "{created}");
        id_of(created)
    }

    /// The teacher drafts the complete proposal titled `title`.
    pub(crate) async fn draft(&self, title: &str) -> String {
        self.draft_as(&self.teacher, self.input(title)).await
    }

    async fn submit_as(&self, token: &str, id: &str) -> Value {
        self.gql(token, SUBMIT, json!({ "id": id })).await
    }

    /// The teacher submits; returns the exchange.
    async fn submit(&self, id: &str) -> Value {
        let response = self.submit_as(&self.teacher, id).await;
        let submitted = ok(&response, "submitExchange").clone();
        assert_eq!(submitted["state"], "SUBMITTED", "{submitted}");
        submitted
    }

    pub(crate) async fn decide(
        &self,
        token: &str,
        id: &str,
        decision: &str,
        comment: Option<&str>,
    ) -> Value {
        self.gql(
            token,
            DECIDE,
            json!({ "id": id, "decision": decision, "comment": comment }),
        )
        .await
    }

    /// `token` approves the step that waits for them; returns the exchange.
    pub(crate) async fn approve(&self, token: &str, id: &str) -> Value {
        let response = self.decide(token, id, "APPROVE", None).await;
        ok(&response, "decideApprovalStep").clone()
    }

    /// A complete proposal, submitted: it waits for the principal.
    pub(crate) async fn at_principal(&self, title: &str) -> String {
        let id = self.draft(title).await;
        self.submit(&id).await;
        id
    }

    /// A proposal abroad that the principal approved: it waits for the coordinator.
    async fn at_coordinator(&self, title: &str) -> String {
        let id = self.at_principal(title).await;
        let approved = self.approve(&self.principal, &id).await;
        assert_eq!(
            steps(&approved),
            [step(1, 0, "approved"), step(1, 1, "pending")]
        );
        id
    }

    /// A proposal abroad that went through its whole approval chain.
    pub(crate) async fn approved(&self, title: &str) -> String {
        let id = self.at_coordinator(title).await;
        let approved = self.approve(&self.coordinator, &id).await;
        assert_eq!(approved["state"], "APPROVED", "{approved}");
        id
    }

    async fn advance_as(&self, token: &str, id: &str, to: &str) -> Value {
        self.gql(token, ADVANCE, json!({ "id": id, "to": to }))
            .await
    }

    /// The teacher moves an approved exchange on through `steps`. The trips of these tests
    /// lie ahead, so the coordinator starts and completes them early, with a reason.
    pub(crate) async fn advance(&self, id: &str, steps: &[&str]) -> Value {
        let mut last = Value::Null;
        for to in steps {
            let response = if matches!(*to, "START" | "COMPLETE") {
                let early = json!({ "id": id, "to": to, "earlyReason": EARLY_REASON });
                self.gql(&self.coordinator, ADVANCE, early).await
            } else {
                self.advance_as(&self.teacher, id, to).await
            };
            last = ok(&response, "advanceExchange").clone();
        }
        last
    }

    /// An approved exchange taken through registration and the trip to completed.
    pub(crate) async fn completed(&self, title: &str) -> String {
        let id = self.approved(title).await;
        self.advance(
            &id,
            &[
                "OPEN_REGISTRATION",
                "CLOSE_REGISTRATION",
                "START",
                "COMPLETE",
            ],
        )
        .await;
        id
    }

    async fn report_as(&self, token: &str, id: &str, input: Value) -> Value {
        self.gql(token, REPORT, json!({ "id": id, "input": input }))
            .await
    }

    async fn cancel_as(&self, token: &str, id: &str, reason: &str) -> Value {
        self.gql(token, CANCEL, json!({ "id": id, "reason": reason }))
            .await
    }

    pub(crate) async fn update_as(&self, token: &str, id: &str, input: Value) -> Value {
        self.gql(token, UPDATE, json!({ "id": id, "input": input }))
            .await
    }

    /// The exchange as the global admin sees it.
    pub(crate) async fn read(&self, id: &str) -> Value {
        let response = self.gql(&self.admin, READ, json!({ "id": id })).await;
        ok(&response, "exchange").clone()
    }

    pub(crate) async fn state(&self, id: &str) -> String {
        self.read(id).await["state"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// (action, actor id) of each event of the exchange's history, as the admin sees it.
    async fn history(&self, id: &str) -> Vec<(String, String)> {
        let response = self.gql(&self.admin, HISTORY, json!({ "id": id })).await;
        ok(&response, "exchange")["history"]
            .as_array()
            .expect("a history")
            .iter()
            .map(|e| {
                (
                    e["action"].as_str().unwrap_or_default().to_owned(),
                    e["actorId"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// The ids of the exchanges in `token`'s approval queue, in order, with their age.
    async fn queue(&self, token: &str) -> Vec<(String, i64)> {
        let response = self.gql(token, QUEUE, json!({})).await;
        ok(&response, "myApprovalQueue")
            .as_array()
            .expect("a queue")
            .iter()
            .map(|item| {
                (
                    id_of(&item["exchange"]),
                    item["ageHours"].as_i64().expect("ageHours"),
                )
            })
            .collect()
    }

    pub(crate) async fn queued_ids(&self, token: &str) -> Vec<String> {
        self.queue(token)
            .await
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    /// The ids `token` lists, with `filter`, up to 100.
    async fn list(&self, token: &str, filter: Value) -> Vec<String> {
        let response = self
            .gql(token, LIST, json!({ "filter": filter, "first": 100 }))
            .await;
        node_ids(ok(&response, "exchanges"))
    }
}

/// Creates a Swedish municipality; returns its id and its own town's id.
pub(crate) async fn municipality(app: &TestApp, token: &str, name: &str) -> (String, String) {
    let response = app
        .gql(
            Some(token),
            "mutation($input: CreateMunicipalityInput!) { \
             createMunicipality(input: $input) { id town { id } } }",
            json!({ "input": {
                "name": name, "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
            }}),
        )
        .await;
    let created = ok(&response, "createMunicipality");
    (id_of(created), id_of(&created["town"]))
}

/// A town that belongs to no municipality (abroad).
pub(crate) async fn town(app: &TestApp, token: &str, name: &str, country: &str) -> String {
    let response = app
        .gql(
            Some(token),
            "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
            json!({ "input": {
                "localName": name, "country": country, "languages": ["en"],
                "coordinates": { "latitude": 45.764, "longitude": 4.8357 },
            }}),
        )
        .await;
    id_of(ok(&response, "createTown"))
}

pub(crate) async fn organisation(app: &TestApp, token: &str, name: &str, town: &str) -> String {
    let response = app
        .gql(
            Some(token),
            "mutation($input: OrganisationProfileInput!) { createOrganisation(input: $input) { id } }",
            json!({ "input": {
                "name": name, "kind": "SCHOOL", "townId": town,
                "ageRange": { "min": 13, "max": 18 }, "workingLanguages": ["sv", "en"],
            }}),
        )
        .await;
    id_of(ok(&response, "createOrganisation"))
}

// ---------------------------------------------------------------------------------------------
// 1. From draft to completed
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_exchange_abroad_goes_from_draft_to_completed() {
    let w = World::new().await;
    // The principal reads Swedish (the default), the coordinator English.
    w.app.set_locale(COORDINATOR, "en").await;
    let (teacher_id, principal_id, coordinator_id) = (
        w.user(TEACHER).await,
        w.user(PRINCIPAL).await,
        w.user(COORDINATOR).await,
    );
    let title = "Språkvecka i Lyon";

    // The teacher drafts every field, but leaves the hard checklist items open: one leader
    // for twenty abroad, no insurance, risk assessment, budget or consent plan.
    let complete = w.input(title);
    let mut incomplete = complete.clone();
    incomplete["leaders"] = json!(1);
    incomplete["insuranceConfirmed"] = json!(false);
    incomplete["riskAssessment"] = json!("");
    incomplete["budgetCents"] = Value::Null;
    incomplete["consentPlan"] = json!("");
    let response = w
        .gql(&w.teacher, CREATE, json!({ "input": incomplete }))
        .await;
    let draft = ok(&response, "createExchangeDraft");
    let id = id_of(draft);
    let expected_draft = json!({
        "id": id, "state": "DRAFT", "riskLevel": "ABROAD",
        "direction": "WE_VISIT", "venue": complete["venue"],
        "startDate": day(60), "endDate": day(64), "activityDays": 5,
        "participants": 20, "leaders": 1, "ageRange": { "min": 14, "max": 16 },
        "themes": ["CULTURE", "HISTORY_AND_HERITAGE"],
        "learningObjectives": complete["learningObjectives"],
        "programme": complete["programme"], "accommodation": "HOST_FAMILIES",
        "transport": complete["transport"], "greenTravel": true,
        "costPerParticipant": { "minorUnits": 45000, "currency": "SEK" }, "contributionsAreVoluntary": true,
        "registrationDeadline": day(30), "adventurousActivities": false,
        "insuranceConfirmed": false, "riskAssessment": "", "budgetCents": null,
        "consentPlan": "", "clonedFromId": null, "notCarriedOver": [], "submittedAt": null,
        "approvedAt": null,
        "sendingOrganisation": { "id": w.school },
        "partnerOrganisations": [{ "id": w.partner }],
        "destinationTown": { "id": w.lyon },
        "approvalSteps": [],
    });
    let mut shown = draft.clone();
    let shown_titles = texts(&shown["titles"]);
    let shown_descriptions = texts(&shown["descriptions"]);
    shown.as_object_mut().unwrap().remove("titles");
    shown.as_object_mut().unwrap().remove("descriptions");
    assert_eq!(shown, expected_draft);
    assert_eq!(shown_titles, texts(&complete["titles"]));
    assert_eq!(shown_descriptions, texts(&complete["descriptions"]));

    let checklist = w.gql(&w.teacher, CHECKLIST, json!({ "id": id })).await;
    let checklist: Vec<(String, bool, String)> = ok(&checklist, "exchange")["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_owned(),
                i["passed"].as_bool().unwrap(),
                i["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let item =
        |code: &str, passed: bool, severity: &str| (code.to_owned(), passed, severity.to_owned());
    assert_eq!(
        checklist,
        [
            item("leader_ratio", false, "HARD"),
            item("insurance", false, "HARD"),
            item("risk_assessment", false, "HARD"),
            item("budget", false, "HARD"),
            item("consent_plan", false, "HARD"),
            item("registration_deadline", true, "SOFT"),
            item("green_travel", true, "SOFT"),
            item("funding_eligibility", true, "SOFT"),
        ]
    );

    // It cannot be submitted as it is, since it could not be approved: each failing item is
    // named, nothing changes and nobody is asked.
    let before = table_counts(&w.app).await;
    let refused = w.submit_as(&w.teacher, &id).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "checklist_failed");
    assert_eq!(
        refused["errors"][0]["extensions"]["failingItems"],
        json!([
            "leader_ratio",
            "insurance",
            "risk_assessment",
            "budget",
            "consent_plan"
        ])
    );
    assert_eq!(table_counts(&w.app).await, before);
    let unchanged = w.read(&id).await;
    assert_eq!(unchanged["state"], "DRAFT");
    assert!(steps(&unchanged).is_empty(), "{unchanged}");
    assert!(mails(&w.app, "exchange_submitted", title).await.is_empty());

    // The teacher completes it and submits it; the principal sends it back to be looked at
    // again.
    let fixed = w.update_as(&w.teacher, &id, complete.clone()).await;
    let fixed = ok(&fixed, "updateExchange");
    assert_eq!(fixed["state"], "DRAFT");
    assert_eq!(
        (
            &fixed["leaders"],
            &fixed["insuranceConfirmed"],
            &fixed["budgetCents"]
        ),
        (&json!(2), &json!(true), &json!(1_200_000))
    );
    let checklist = w.gql(&w.teacher, CHECKLIST, json!({ "id": id })).await;
    assert!(
        ok(&checklist, "exchange")["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["passed"] == true),
        "{checklist}"
    );
    w.submit(&id).await;
    let returned = w
        .decide(
            &w.principal,
            &id,
            "REQUEST_CHANGES",
            Some("Fyll i checklistan"),
        )
        .await;
    assert_eq!(
        ok(&returned, "decideApprovalStep")["state"],
        "CHANGES_REQUESTED"
    );

    // Another proposal has waited longer for the principal: the queue shows it first.
    let earlier = w.at_principal("Körresa till Lyon").await;
    set_pending_step(
        &w.app,
        &earlier,
        approval_steps::Column::ActivatedAt,
        Utc::now() - Duration::hours(26),
    )
    .await;
    let submitted = w.submit(&id).await;
    assert!(submitted["submittedAt"].is_string());
    assert_eq!(
        steps(&submitted),
        [
            step(1, 0, "changes_requested"),
            step(1, 1, "withdrawn"),
            step(2, 0, "pending"),
            step(2, 1, "waiting"),
        ]
    );
    assert_eq!(
        submitted["approvalSteps"][2]["approverRole"], "principal",
        "the principal first"
    );
    assert_eq!(submitted["approvalSteps"][3]["approverRole"], "coordinator");
    let due = timestamp(&submitted["approvalSteps"][2]["dueAt"]) - Utc::now();
    assert!(
        due > Duration::days(5) - Duration::minutes(5) && due <= Duration::days(5),
        "the principal has the default 5 days: {due}"
    );
    assert_eq!(
        w.queue(&w.principal).await,
        [(earlier.clone(), 26), (id.clone(), 0)]
    );
    assert_eq!(w.queue(&w.coordinator).await, []);
    // One mail per round to the principal, in Swedish; none yet to the coordinator.
    assert_eq!(
        mails(&w.app, "exchange_submitted", title).await,
        [
            (
                PRINCIPAL.to_owned(),
                "sv".to_owned(),
                format!("Utbyte att godkänna: {title}")
            ),
            (
                PRINCIPAL.to_owned(),
                "sv".to_owned(),
                format!("Utbyte att godkänna: {title}")
            ),
        ]
    );

    // The principal approves: still submitted, now waiting for the coordinator, who is told
    // in English.
    let step_approved = w.approve(&w.principal, &id).await;
    assert_eq!(step_approved["state"], "SUBMITTED");
    assert_eq!(step_approved["approvedAt"], Value::Null);
    assert_eq!(
        steps(&step_approved)[2..],
        [step(2, 0, "approved"), step(2, 1, "pending")]
    );
    assert_eq!(step_approved["approvalSteps"][2]["decidedBy"], principal_id);
    assert_eq!(w.queued_ids(&w.principal).await, [earlier.as_str()]);
    assert_eq!(w.queued_ids(&w.coordinator).await, [id.as_str()]);
    let to_coordinator = w.app.last_mail(COORDINATOR, "exchange_submitted").await;
    assert_eq!(
        (
            to_coordinator.locale.as_str(),
            to_coordinator.subject.as_str()
        ),
        ("en", format!("Exchange to approve: {title} (en)").as_str())
    );
    assert!(to_coordinator.text_body.contains(&id), "links the exchange");
    assert_eq!(
        w.app.last_mail(TEACHER, "exchange_decided").await.subject,
        format!("{title}: ett steg är godkänt")
    );

    // The coordinator approves: approved, and the teacher hears at once.
    let approved = w.approve(&w.coordinator, &id).await;
    assert_eq!(approved["state"], "APPROVED");
    assert!(approved["approvedAt"].is_string());
    assert_eq!(approved["approvalSteps"][3]["decidedBy"], coordinator_id);
    assert_eq!(w.queued_ids(&w.coordinator).await, Vec::<String>::new());
    let decided = w.app.last_mail(TEACHER, "exchange_decided").await;
    assert_eq!(
        (decided.locale.as_str(), decided.subject.as_str()),
        ("sv", format!("Ditt utbyte {title} har godkänts").as_str())
    );

    // Registration opens and closes.
    for (to, state) in [
        ("OPEN_REGISTRATION", "OPEN_FOR_REGISTRATION"),
        ("CLOSE_REGISTRATION", "REGISTRATION_CLOSED"),
    ] {
        assert_eq!(w.advance(&id, &[to]).await["state"], state);
    }
    // The trip starts on its start date, two months ahead: nobody starts it before, and only
    // a coordinator may with a written reason. Nothing is written when refused.
    let before = table_counts(&w.app).await;
    let early =
        |to: &str, reason: Option<&str>| json!({ "id": id, "to": to, "earlyReason": reason });
    let refused = w.gql(&w.teacher, ADVANCE, early("START", None)).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "before_start_date");
    let refused = w.gql(&w.coordinator, ADVANCE, early("START", None)).await;
    assert_eq!(reason(&refused), "before_start_date");
    let refused = w
        .gql(&w.teacher, ADVANCE, early("START", Some(EARLY_REASON)))
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    let refused = w
        .gql(&w.coordinator, ADVANCE, early("START", Some("early")))
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["earlyReason"]);
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.state(&id).await, "REGISTRATION_CLOSED");
    assert_eq!(w.advance(&id, &["START"]).await["state"], "UNDER_WAY");
    let refused = w.gql(&w.teacher, ADVANCE, early("COMPLETE", None)).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "before_return_date");
    assert_eq!(w.state(&id).await, "UNDER_WAY");
    let started = w
        .app
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|e| e.action == "exchange_started");
    assert_eq!(
        started.map(|e| e.details["early_reason"].clone()),
        Some(json!(EARLY_REASON))
    );
    let ledger = w
        .gql(&w.admin, COMPLETED_EXCHANGES, json!({ "id": w.partner }))
        .await;
    assert_eq!(ok(&ledger, "organisation")["completedExchanges"], json!([]));
    assert_eq!(w.advance(&id, &["COMPLETE"]).await["state"], "COMPLETED");
    // The school visited the partner: the partner hosted twenty young people and two
    // leaders.
    let ledger = w
        .gql(
            &w.partner_contact,
            COMPLETED_EXCHANGES,
            json!({ "id": w.partner }),
        )
        .await;
    assert_eq!(
        ok(&ledger, "organisation")["completedExchanges"],
        json!([{
            "hostOrganisation": { "id": w.partner }, "visitorOrganisation": { "id": w.school },
            "hostTown": { "id": w.lyon }, "visitorTown": { "id": w.home_town },
            "startedOn": day(60), "endedOn": day(64), "participants": 22,
        }])
    );

    // Every transition and decision, in order, with who made it; the refused approval is
    // not among them.
    let event = |action: &str, actor: &String| (action.to_owned(), actor.clone());
    assert_eq!(
        w.history(&id).await,
        [
            event("exchange_drafted", &teacher_id),
            event("exchange_updated", &teacher_id),
            event("exchange_submitted", &teacher_id),
            event("exchange_changes_requested", &principal_id),
            event("exchange_submitted", &teacher_id),
            event("exchange_step_approved", &principal_id),
            event("exchange_approved", &coordinator_id),
            event("exchange_registration_opened", &teacher_id),
            event("exchange_registration_closed", &teacher_id),
            event("exchange_started", &coordinator_id),
            event("exchange_completed", &coordinator_id),
        ]
    );
    let history = w.gql(&w.teacher, HISTORY, json!({ "id": id })).await;
    let times: Vec<DateTime<Utc>> = ok(&history, "exchange")["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| timestamp(&e["occurredAt"]))
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
}

// ---------------------------------------------------------------------------------------------
// 2. Changes requested, rejection, illegal transitions, strangers
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn approvers_request_changes_and_reject_with_a_comment() {
    let w = World::new().await;
    let title = "Musikläger i Lyon";
    let id = w.at_principal(title).await;

    // Asking for changes, or rejecting, needs a comment (blank is none); nothing is written
    // without one.
    for (decision, comment) in [
        ("REQUEST_CHANGES", None),
        ("REQUEST_CHANGES", Some("  \n ")),
        ("REJECT", None),
    ] {
        let before = table_counts(&w.app).await;
        let refused = w.decide(&w.principal, &id, decision, comment).await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
        assert_eq!(
            error_fields(&refused),
            ["comment"],
            "{decision} {comment:?}"
        );
        assert_eq!(table_counts(&w.app).await, before, "{decision} {comment:?}");
    }
    assert_eq!(w.state(&id).await, "SUBMITTED");

    let returned = w
        .decide(
            &w.principal,
            &id,
            "REQUEST_CHANGES",
            Some("Lägg till en tredje ledare."),
        )
        .await;
    let returned = ok(&returned, "decideApprovalStep");
    assert_eq!(returned["state"], "CHANGES_REQUESTED");
    assert_eq!(
        steps(returned),
        [step(1, 0, "changes_requested"), step(1, 1, "withdrawn")]
    );
    assert_eq!(
        returned["approvalSteps"][0]["comment"],
        "Lägg till en tredje ledare."
    );
    let told = w.app.last_mail(TEACHER, "exchange_decided").await;
    assert_eq!(told.subject, format!("Ändringar begärs i utbytet {title}"));
    assert!(told.text_body.contains("Lägg till en tredje ledare."));
    assert_eq!(w.queued_ids(&w.principal).await, Vec::<String>::new());

    // While it is with the approvers the teacher cannot edit it; once returned, they can,
    // and submit it again for a new round.
    let mut three_leaders = w.input(title);
    three_leaders["leaders"] = json!(3);
    let edited = w.update_as(&w.teacher, &id, three_leaders.clone()).await;
    assert_eq!(ok(&edited, "updateExchange")["leaders"], 3);
    let resubmitted = w.submit(&id).await;
    assert_eq!(
        steps(&resubmitted)[2..],
        [step(2, 0, "pending"), step(2, 1, "waiting")]
    );
    let before = table_counts(&w.app).await;
    let locked = w.update_as(&w.teacher, &id, three_leaders).await;
    assert_eq!(error_code(&locked), "CONFLICT", "{locked}");
    assert_eq!(reason(&locked), "not_editable_in_state");
    assert_eq!(table_counts(&w.app).await, before);

    // The coordinator may not take the principal's step, nor may the teacher decide.
    for token in [&w.coordinator, &w.teacher] {
        let refused = w.decide(token, &id, "APPROVE", None).await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
        assert_eq!(table_counts(&w.app).await, before);
    }

    let rejected = w
        .decide(
            &w.principal,
            &id,
            "REJECT",
            Some("Inte under nationella proven."),
        )
        .await;
    let rejected = ok(&rejected, "decideApprovalStep");
    assert_eq!(rejected["state"], "REJECTED");
    assert_eq!(
        steps(rejected)[2..],
        [step(2, 0, "rejected"), step(2, 1, "withdrawn")]
    );
    let told = w.app.last_mail(TEACHER, "exchange_decided").await;
    assert_eq!(
        told.subject,
        format!("Ditt utbyte {title} har inte godkänts")
    );
    assert!(told.text_body.contains("Inte under nationella proven."));

    // A rejected exchange is final.
    let before = table_counts(&w.app).await;
    let again = w.submit_as(&w.teacher, &id).await;
    assert_eq!(error_code(&again), "CONFLICT", "{again}");
    assert_eq!(reason(&again), "illegal_in_state_rejected");
    assert_eq!(table_counts(&w.app).await, before);

    let principal_id = w.user(PRINCIPAL).await;
    let teacher_id = w.user(TEACHER).await;
    let actions: Vec<(String, String)> = w.history(&id).await;
    assert_eq!(
        actions,
        [
            ("exchange_drafted".to_owned(), teacher_id.clone()),
            ("exchange_submitted".to_owned(), teacher_id.clone()),
            (
                "exchange_changes_requested".to_owned(),
                principal_id.clone()
            ),
            ("exchange_updated".to_owned(), teacher_id.clone()),
            ("exchange_submitted".to_owned(), teacher_id),
            ("exchange_rejected".to_owned(), principal_id),
        ]
    );
}

#[tokio::test]
async fn illegal_transitions_name_the_state_and_strangers_are_refused() {
    let w = World::new().await;
    let draft = w.draft("Utkast till Lyon").await;
    let submitted = w.at_principal("Inskickat till Lyon").await;
    let approved = w.approved("Godkänt i Lyon").await;

    // Each refused with CONFLICT naming the state the exchange is in, and nothing written.
    let before = table_counts(&w.app).await;
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "the principal decides a draft",
            w.decide(&w.principal, &draft, "APPROVE", None).await,
            "illegal_in_state_draft",
        ),
        (
            "the principal rejects a draft",
            w.decide(&w.principal, &draft, "REJECT", Some("Nej")).await,
            "illegal_in_state_draft",
        ),
        (
            "the teacher opens registration of a draft",
            w.advance_as(&w.teacher, &draft, "OPEN_REGISTRATION").await,
            "illegal_in_state_draft",
        ),
        (
            "the teacher submits a submitted exchange",
            w.submit_as(&w.teacher, &submitted).await,
            "illegal_in_state_submitted",
        ),
        (
            "the teacher opens registration before approval",
            w.advance_as(&w.teacher, &submitted, "OPEN_REGISTRATION")
                .await,
            "illegal_in_state_submitted",
        ),
        (
            "the teacher submits an approved exchange",
            w.submit_as(&w.teacher, &approved).await,
            "illegal_in_state_approved",
        ),
        (
            "the coordinator decides an approved exchange",
            w.decide(&w.coordinator, &approved, "APPROVE", None).await,
            "illegal_in_state_approved",
        ),
        (
            "the teacher starts before registration",
            w.advance_as(&w.teacher, &approved, "START").await,
            "illegal_in_state_approved",
        ),
        (
            "the teacher completes an approved exchange",
            w.advance_as(&w.teacher, &approved, "COMPLETE").await,
            "illegal_in_state_approved",
        ),
    ];
    for (case, response, expected) in &cases {
        assert_eq!(error_code(response), "CONFLICT", "{case}: {response}");
        assert_eq!(reason(response), *expected, "{case}");
    }
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.state(&draft).await, "DRAFT");
    assert_eq!(w.state(&submitted).await, "SUBMITTED");
    assert_eq!(w.state(&approved).await, "APPROVED");

    // A teacher of another school in another municipality cannot see these exchanges, so
    // cannot decide, edit, submit, advance or cancel them: NOT_FOUND, as for an unknown id.
    let admin = &w.admin;
    let (_, vaxjo_town) = municipality(&w.app, admin, "Växjö").await;
    let katedral = organisation(&w.app, admin, "Katedralskolan", &vaxjo_town).await;
    let stranger = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let mut foreign_input = w.input("Främmande");
    foreign_input["sendingOrganisationId"] = json!(katedral);
    let before = table_counts(&w.app).await;
    let attempts = vec![
        (
            "decide",
            w.decide(&stranger, &submitted, "APPROVE", None).await,
        ),
        (
            "reject",
            w.decide(&stranger, &submitted, "REJECT", Some("Nej")).await,
        ),
        (
            "edit",
            w.update_as(&stranger, &draft, w.input("Kapad")).await,
        ),
        (
            "edit as own school",
            w.update_as(&stranger, &draft, foreign_input).await,
        ),
        ("submit", w.submit_as(&stranger, &draft).await),
        (
            "advance",
            w.advance_as(&stranger, &approved, "OPEN_REGISTRATION")
                .await,
        ),
        ("cancel", w.cancel_as(&stranger, &approved, "Nej").await),
        (
            "read",
            w.gql(&stranger, READ, json!({ "id": submitted })).await,
        ),
        (
            "unknown id",
            w.gql(&stranger, READ, json!({ "id": Uuid::now_v7() }))
                .await,
        ),
    ];
    for (attempt, response) in &attempts {
        assert_eq!(error_code(response), "NOT_FOUND", "{attempt}: {response}");
    }
    // The partner school's contact sees them, but may not edit or decide: FORBIDDEN.
    let partner_attempts = vec![
        (
            "decide",
            w.decide(&w.partner_contact, &submitted, "APPROVE", None)
                .await,
        ),
        (
            "edit",
            w.update_as(&w.partner_contact, &draft, w.input("Kapad"))
                .await,
        ),
        ("submit", w.submit_as(&w.partner_contact, &draft).await),
        (
            "cancel",
            w.cancel_as(&w.partner_contact, &approved, "Nej").await,
        ),
    ];
    for (attempt, response) in &partner_attempts {
        assert_eq!(error_code(response), "FORBIDDEN", "{attempt}: {response}");
    }
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(
        texts(&w.read(&draft).await["titles"]),
        texts(&w.input("Utkast till Lyon")["titles"])
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Changes after approval
// ---------------------------------------------------------------------------------------------

/// (field, before, after) of the exchange's recorded changes, in order.
async fn changes(w: &World, id: &str) -> Vec<(String, String, String)> {
    let response = w.gql(&w.teacher, CHANGES, json!({ "id": id })).await;
    ok(&response, "exchange")["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["field"].as_str().unwrap().to_owned(),
                c["before"].as_str().unwrap().to_owned(),
                c["after"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn changing_dates_or_venue_after_approval_goes_back_to_review() {
    let w = World::new().await;
    let teacher_id = w.user(TEACHER).await;
    let title = "Flyttad vecka i Lyon";
    let id = w.approved(title).await;
    assert_eq!(mails(&w.app, "exchange_submitted", title).await.len(), 2);

    let mut moved = w.input(title);
    moved["startDate"] = json!(day(61));
    moved["endDate"] = json!(day(65));
    moved["venue"] = json!("Cité scolaire internationale");
    let response = w.update_as(&w.teacher, &id, moved).await;
    let revised = ok(&response, "updateExchange");
    assert_eq!(revised["state"], "SUBMITTED");
    assert_eq!(revised["approvedAt"], Value::Null);
    assert_eq!(
        (&revised["startDate"], &revised["venue"]),
        (&json!(day(61)), &json!("Cité scolaire internationale"))
    );
    assert_eq!(
        steps(revised),
        [
            step(1, 0, "approved"),
            step(1, 1, "approved"),
            step(2, 0, "pending"),
            step(2, 1, "waiting"),
        ]
    );
    let quote = |s: &str| format!("\"{s}\"");
    assert_eq!(
        changes(&w, &id).await,
        [
            ("start_date".to_owned(), quote(&day(60)), quote(&day(61))),
            ("end_date".to_owned(), quote(&day(64)), quote(&day(65))),
            (
                "venue".to_owned(),
                quote("Lycée du Parc, 1 boulevard Anatole France"),
                quote("Cité scolaire internationale"),
            ),
        ]
    );
    let by = w.gql(&w.teacher, CHANGES, json!({ "id": id })).await;
    assert!(
        ok(&by, "exchange")["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["changedBy"] == teacher_id.as_str()),
        "{by}"
    );
    // The principal reviews it again, told by mail.
    assert_eq!(w.queued_ids(&w.principal).await, [id.as_str()]);
    assert_eq!(
        recipients(&w.app, "exchange_submitted", title).await,
        sorted(&[PRINCIPAL, PRINCIPAL, COORDINATOR])
    );
    let history = w.history(&id).await;
    assert_eq!(
        history[history.len() - 2..],
        [
            ("exchange_updated".to_owned(), teacher_id.clone()),
            (
                "exchange_sent_back_to_review".to_owned(),
                teacher_id.clone()
            ),
        ]
    );

    // Changing only the description keeps the approval.
    let kept_title = "Ny beskrivning i Lyon";
    let kept = w.approved(kept_title).await;
    let mut described = w.input(kept_title);
    described["descriptions"] = json!([{ "language": "sv", "text": "Nu med konsertbesök." }]);
    let response = w.update_as(&w.teacher, &kept, described).await;
    let updated = ok(&response, "updateExchange");
    assert_eq!(updated["state"], "APPROVED");
    assert!(updated["approvedAt"].is_string());
    assert_eq!(
        texts(&updated["descriptions"]),
        [("sv".to_owned(), "Nu med konsertbesök.".to_owned())]
    );
    assert_eq!(
        steps(updated),
        [step(1, 0, "approved"), step(1, 1, "approved")]
    );
    assert_eq!(changes(&w, &kept).await, []);
    assert_eq!(
        mails(&w.app, "exchange_submitted", kept_title).await.len(),
        2,
        "no new review"
    );

    // Open for registration counts as approved: a new accommodation goes back to review.
    let open_title = "Vandrarhem i Lyon";
    let open = w.approved(open_title).await;
    w.advance(&open, &["OPEN_REGISTRATION"]).await;
    let mut hostel = w.input(open_title);
    hostel["accommodation"] = json!("HOSTEL");
    let response = w.update_as(&w.teacher, &open, hostel.clone()).await;
    assert_eq!(ok(&response, "updateExchange")["state"], "SUBMITTED");
    assert_eq!(
        changes(&w, &open).await,
        [(
            "accommodation".to_owned(),
            quote("host_families"),
            quote("hostel")
        )]
    );

    // Once under way it can no longer be edited.
    let started_title = "Pågående i Lyon";
    let started = w.approved(started_title).await;
    w.advance(
        &started,
        &["OPEN_REGISTRATION", "CLOSE_REGISTRATION", "START"],
    )
    .await;
    let before = table_counts(&w.app).await;
    let mut late = w.input(started_title);
    late["venue"] = json!("Ailleurs");
    let refused = w.update_as(&w.teacher, &started, late).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "not_editable_in_state");
    assert_eq!(table_counts(&w.app).await, before);
}

// ---------------------------------------------------------------------------------------------
// 4. Clone
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_clone_is_a_new_draft_with_new_dates() {
    let w = World::new().await;
    let teacher_id = w.user(TEACHER).await;
    let source = w.approved("Förra årets Lyonresa").await;
    let original = w.read(&source).await;

    // Four days instead of five: the fifth programme day and the activity day go.
    let response = w
        .gql(
            &w.teacher,
            CLONE,
            json!({ "id": source, "from": day(400), "to": day(403) }),
        )
        .await;
    let clone = ok(&response, "cloneExchange").clone();
    let clone_id = id_of(&clone);
    assert_ne!(clone_id, source);
    assert_eq!(clone["state"], "DRAFT");
    assert_eq!(clone["clonedFromId"], source.as_str());
    assert_eq!(
        (&clone["startDate"], &clone["endDate"]),
        (&json!(day(400)), &json!(day(403)))
    );
    assert_eq!(clone["activityDays"], 4);
    assert_eq!(
        clone["programme"],
        json!(original["programme"].as_array().unwrap()[..4])
    );
    assert_eq!(texts(&clone["titles"]), texts(&original["titles"]));
    assert_eq!(clone["partnerOrganisations"], json!([{ "id": w.partner }]));
    assert_eq!(
        (
            &clone["venue"],
            &clone["destinationTown"],
            &clone["riskLevel"]
        ),
        (
            &original["venue"],
            &original["destinationTown"],
            &original["riskLevel"]
        )
    );
    // What must be confirmed again for the new dates is not carried over, and the clone says
    // so; until it is entered, the clone cannot be submitted.
    assert_eq!(clone["insuranceConfirmed"], false);
    assert_eq!(clone["registrationDeadline"], Value::Null);
    assert_eq!(
        clone["notCarriedOver"],
        json!(["insurance", "registration_deadline"])
    );
    let before = table_counts(&w.app).await;
    let refused = w.submit_as(&w.teacher, &clone_id).await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "checklist_failed");
    assert_eq!(
        refused["errors"][0]["extensions"]["failingItems"],
        json!(["insurance"])
    );
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(
        (&clone["submittedAt"], &clone["approvedAt"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(clone["approvalSteps"], json!([]));
    assert_eq!(
        w.history(&clone_id).await,
        [("exchange_cloned".to_owned(), teacher_id)]
    );
    // The source is as it was.
    assert_eq!(w.read(&source).await, original);

    // The clone goes its own way: submitted on its own, while the source stays approved.
    let mut completed = w.input("Förra årets Lyonresa");
    completed["startDate"] = json!(day(400));
    completed["endDate"] = json!(day(403));
    completed["activityDays"] = json!(4);
    completed["programme"] = clone["programme"].clone();
    let response = w.update_as(&w.teacher, &clone_id, completed).await;
    let updated = ok(&response, "updateExchange");
    assert_eq!(updated["insuranceConfirmed"], true);
    assert_eq!(updated["notCarriedOver"], json!([]));
    assert_eq!(w.submit(&clone_id).await["state"], "SUBMITTED");
    assert_eq!(w.state(&source).await, "APPROVED");

    // Bad dates are named; others may not clone it (the partner contact sees it but drafts
    // nothing for the school; a young person does not see an approved exchange). Nothing is
    // written.
    let youth = w.app.user_with_role("ung@example.se", "youth").await;
    let before = table_counts(&w.app).await;
    for (from, to, field) in [
        (day(410), day(409), "endDate"),
        (day(-3), day(2), "startDate"),
    ] {
        let refused = w
            .gql(
                &w.teacher,
                CLONE,
                json!({ "id": source, "from": from, "to": to }),
            )
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
        assert_eq!(error_fields(&refused), [field]);
    }
    for (token, code) in [(&w.partner_contact, "FORBIDDEN"), (&youth, "NOT_FOUND")] {
        let refused = w
            .gql(
                token,
                CLONE,
                json!({ "id": source, "from": day(400), "to": day(403) }),
            )
            .await;
        assert_eq!(error_code(&refused), code, "{refused}");
    }
    assert_eq!(table_counts(&w.app).await, before);
}

// ---------------------------------------------------------------------------------------------
// 5. Cancel
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn cancelling_tells_everyone_concerned_but_the_canceller() {
    let w = World::new().await;
    w.app.set_locale(PARTNER_CONTACT, "en").await;
    let coordinator_id = w.user(COORDINATOR).await;

    // A draft, cancelled by its teacher: only the partner school's contact is told, in
    // English.
    let draft = w.draft("Inställt utkast").await;
    let response = w
        .cancel_as(&w.teacher, &draft, "Värdskolan har stängt den veckan.")
        .await;
    assert_eq!(ok(&response, "cancelExchange")["state"], "CANCELLED");
    assert_eq!(
        mails(&w.app, "exchange_cancelled", "Inställt utkast").await,
        [(
            PARTNER_CONTACT.to_owned(),
            "en".to_owned(),
            "The exchange Inställt utkast (en) has been cancelled".to_owned()
        )]
    );
    let told = w.app.last_mail(PARTNER_CONTACT, "exchange_cancelled").await;
    assert!(
        told.text_body
            .contains("Reason: Värdskolan har stängt den veckan."),
        "{}",
        told.text_body
    );

    // Waiting for the coordinator, cancelled by the coordinator: the teacher, the principal
    // who approved and the partner contact are told.
    let waiting = w.at_coordinator("Inställd granskning").await;
    let response = w
        .cancel_as(&w.coordinator, &waiting, "Budgeten räcker inte.")
        .await;
    assert_eq!(ok(&response, "cancelExchange")["state"], "CANCELLED");
    assert_eq!(
        recipients(&w.app, "exchange_cancelled", "Inställd granskning").await,
        sorted(&[TEACHER, PRINCIPAL, PARTNER_CONTACT])
    );
    assert_eq!(
        w.history(&waiting).await.last(),
        Some(&("exchange_cancelled".to_owned(), coordinator_id))
    );

    // Waiting for the coordinator, cancelled by the teacher: the coordinator it waited for is
    // told too, and nothing is left in the coordinator's queue.
    let withdrawn = w.at_coordinator("Återkallad granskning").await;
    let response = w
        .cancel_as(&w.teacher, &withdrawn, "Resan blir av nästa år i stället.")
        .await;
    assert_eq!(ok(&response, "cancelExchange")["state"], "CANCELLED");
    assert_eq!(
        recipients(&w.app, "exchange_cancelled", "Återkallad granskning").await,
        sorted(&[PRINCIPAL, COORDINATOR, PARTNER_CONTACT])
    );
    let queue = w.gql(&w.coordinator, QUEUE, json!({})).await;
    assert!(
        !queue.to_string().contains(&withdrawn),
        "a cancelled exchange left in the queue: {queue}"
    );

    // Under way, cancelled by the teacher: both approvers and the partner contact.
    let under_way = w.approved("Avbruten resa").await;
    w.advance(
        &under_way,
        &["OPEN_REGISTRATION", "CLOSE_REGISTRATION", "START"],
    )
    .await;
    let response = w
        .cancel_as(&w.teacher, &under_way, "Strejk på järnvägen.")
        .await;
    assert_eq!(ok(&response, "cancelExchange")["state"], "CANCELLED");
    assert_eq!(
        recipients(&w.app, "exchange_cancelled", "Avbruten resa").await,
        sorted(&[PRINCIPAL, COORDINATOR, PARTNER_CONTACT])
    );

    // Also from approved, open and closed registration.
    for (title, steps) in [
        ("Inställd efter godkännande", &[][..]),
        ("Inställd under anmälan", &["OPEN_REGISTRATION"][..]),
        (
            "Inställd efter anmälan",
            &["OPEN_REGISTRATION", "CLOSE_REGISTRATION"][..],
        ),
    ] {
        let id = w.approved(title).await;
        w.advance(&id, steps).await;
        let response = w.cancel_as(&w.principal, &id, "För få anmälda.").await;
        assert_eq!(
            ok(&response, "cancelExchange")["state"],
            "CANCELLED",
            "{title}"
        );
    }

    // A reason is required; a completed or cancelled exchange cannot be cancelled.
    let completed = w.approved("Genomförd resa").await;
    w.advance(
        &completed,
        &[
            "OPEN_REGISTRATION",
            "CLOSE_REGISTRATION",
            "START",
            "COMPLETE",
        ],
    )
    .await;
    let pending = w.draft("Utan anledning").await;
    let before = table_counts(&w.app).await;
    let refused = w.cancel_as(&w.teacher, &pending, "   ").await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(error_fields(&refused), ["reason"]);
    for (id, state) in [
        (&completed, "illegal_in_state_completed"),
        (&draft, "illegal_in_state_cancelled"),
    ] {
        let refused = w.cancel_as(&w.teacher, id, "För sent.").await;
        assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
        assert_eq!(reason(&refused), state);
    }
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.state(&completed).await, "COMPLETED");
    assert_eq!(w.state(&pending).await, "DRAFT");
}

#[tokio::test]
async fn cancelling_withdraws_the_open_approval_steps() {
    let w = World::new().await;
    let title = "Inställd innan beslut";
    let id = w.at_principal(title).await;
    assert_eq!(w.queued_ids(&w.principal).await, [id.as_str()]);
    let response = w.cancel_as(&w.teacher, &id, "Resan blir inte av.").await;
    let cancelled = ok(&response, "cancelExchange");
    assert_eq!(cancelled["state"], "CANCELLED");

    // Nothing waits for a decision any more.
    assert_eq!(
        steps(cancelled),
        [step(1, 0, "withdrawn"), step(1, 1, "withdrawn")]
    );
    assert_eq!(w.queued_ids(&w.principal).await, Vec::<String>::new());
    let reminded =
        utbyte_domain::reminders::enqueue_due(w.app.services(), Utc::now() + Duration::days(30))
            .await
            .expect("reminders");
    assert_eq!(reminded, 0);
    assert_eq!(mails(&w.app, "approval_reminder", title).await, []);
    let refused = w.decide(&w.principal, &id, "APPROVE", None).await;
    assert_eq!(reason(&refused), "illegal_in_state_cancelled", "{refused}");
}

// ---------------------------------------------------------------------------------------------
// 6. Reminders
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_overdue_step_reminds_its_approver_once_and_then_its_substitute() {
    let w = World::new().await;
    let deputy_email = "bitr.rektor@ostra.example";
    let deputy = w.app.user_with_roles(deputy_email, &[]).await;
    let deputy_id = w.user(deputy_email).await;
    let response = w
        .gql(
            &w.coordinator,
            SET_CHAIN,
            json!({ "m": w.municipality, "risk": "ABROAD", "steps": [
                { "role": "principal", "dueDays": 3, "substituteUserId": deputy_id },
                { "role": "coordinator", "dueDays": 10 },
            ]}),
        )
        .await;
    ok(&response, "setApprovalChain");

    let title = "Påminnelse om Lyon";
    let id = w.at_principal(title).await;
    let submitted = w.read(&id).await;
    assert_eq!(
        submitted["approvalSteps"][0]["substituteUserId"],
        deputy_id.as_str()
    );
    let due = timestamp(&submitted["approvalSteps"][0]["dueAt"]);
    assert!(due - Utc::now() <= Duration::days(3) && due - Utc::now() > Duration::days(2));

    let remind = |at: DateTime<Utc>| {
        let services = w.app.services().clone();
        async move {
            utbyte_domain::reminders::enqueue_due(&services, at)
                .await
                .expect("reminders")
        }
    };
    let reminders = || mails(&w.app, "approval_reminder", title);

    // Not before the due date.
    assert_eq!(remind(due - Duration::hours(1)).await, 0);
    assert_eq!(reminders().await, []);
    // Overdue: the principal is reminded once, in Swedish, however often the scheduler runs.
    assert_eq!(remind(due + Duration::hours(1)).await, 1);
    assert_eq!(remind(due + Duration::hours(2)).await, 0);
    let to_principal = (
        PRINCIPAL.to_owned(),
        "sv".to_owned(),
        format!("Påminnelse: {title} väntar på ditt beslut"),
    );
    assert_eq!(reminders().await, std::slice::from_ref(&to_principal));
    // The substitute only two days after the due date, also once.
    assert_eq!(remind(due + Duration::days(1)).await, 0);
    assert_eq!(
        remind(due + Duration::days(2) + Duration::hours(1)).await,
        1
    );
    assert_eq!(remind(due + Duration::days(3)).await, 0);
    let to_deputy = (
        deputy_email.to_owned(),
        "sv".to_owned(),
        format!("Som ersättare: {title} väntar på beslut"),
    );
    assert_eq!(reminders().await, [to_principal.clone(), to_deputy.clone()]);

    // The substitute's queue shows the step once it is overdue, and only then may they
    // decide it: before, it is the principal's.
    assert_eq!(w.queued_ids(&deputy).await, Vec::<String>::new());
    let early = w.decide(&deputy, &id, "APPROVE", None).await;
    assert_eq!(error_code(&early), "FORBIDDEN", "{early}");
    assert_eq!(w.state(&id).await, "SUBMITTED");
    set_pending_step(
        &w.app,
        &id,
        approval_steps::Column::DueAt,
        Utc::now() - Duration::hours(1),
    )
    .await;
    assert_eq!(w.queued_ids(&deputy).await, [id.as_str()]);
    let decided = w.approve(&deputy, &id).await;
    assert_eq!(
        steps(&decided),
        [step(1, 0, "approved"), step(1, 1, "pending")]
    );
    assert_eq!(decided["approvalSteps"][0]["decidedBy"], deputy_id.as_str());

    // A decided step is not reminded again; the coordinator's step is, when it falls due.
    let coordinator_due = timestamp(&decided["approvalSteps"][1]["dueAt"]);
    assert_eq!(remind(coordinator_due - Duration::hours(1)).await, 0);
    assert_eq!(remind(coordinator_due + Duration::days(5)).await, 1);
    assert_eq!(
        recipients(&w.app, "approval_reminder", title).await,
        sorted(&[PRINCIPAL, deputy_email, COORDINATOR])
    );
}

// ---------------------------------------------------------------------------------------------
// 7. Approval chains
// ---------------------------------------------------------------------------------------------

fn chain_step(
    role: Option<&str>,
    user: Option<&str>,
    due_days: i64,
    substitute: Option<&str>,
) -> Value {
    json!({ "role": role, "userId": user, "dueDays": due_days, "substituteUserId": substitute })
}

#[tokio::test]
async fn chains_are_configured_per_municipality_and_routed_by_risk() {
    let w = World::new().await;
    let chain = |risk: &'static str| {
        let (app, token, m) = (&w.app, w.teacher.clone(), w.municipality.clone());
        async move {
            let response = app
                .gql(Some(&token), CHAIN, json!({ "m": m, "risk": risk }))
                .await;
            ok(&response, "approvalChain").clone()
        }
    };
    // Until configured: the principal for every trip, the coordinator too for trips abroad
    // and adventurous ones.
    let principal_step = chain_step(Some("principal"), None, 5, None);
    let coordinator_step = chain_step(Some("coordinator"), None, 10, None);
    assert_eq!(chain("LOCAL_DAY_TRIP").await, json!([principal_step]));
    assert_eq!(chain("OVERNIGHT").await, json!([principal_step]));
    assert_eq!(
        chain("ABROAD").await,
        json!([principal_step, coordinator_step])
    );
    assert_eq!(
        chain("ADVENTUROUS").await,
        json!([principal_step, coordinator_step])
    );

    // The coordinator sends overnight trips to the principal, then to a named person of the
    // board's office.
    let board_email = "namnd@jonkoping.example";
    let board = w.app.user_with_roles(board_email, &[]).await;
    let board_id = w.user(board_email).await;
    let coordinator_id = w.user(COORDINATOR).await;
    let audit = w.app.count("audit_events").await;
    let response = w
        .gql(
            &w.coordinator,
            SET_CHAIN,
            json!({ "m": w.municipality, "risk": "OVERNIGHT", "steps": [
                { "role": "PRINCIPAL", "dueDays": 4 },
                { "userId": board_id, "dueDays": 7, "substituteUserId": coordinator_id },
            ]}),
        )
        .await;
    let configured = json!([
        chain_step(Some("principal"), None, 4, None),
        chain_step(None, Some(&board_id), 7, Some(&coordinator_id)),
    ]);
    assert_eq!(ok(&response, "setApprovalChain"), &configured);
    assert_eq!(chain("OVERNIGHT").await, configured);
    assert_eq!(
        chain("ABROAD").await,
        json!([principal_step, coordinator_step]),
        "other risk levels keep theirs"
    );
    assert_eq!(w.app.count("audit_events").await, audit + 1);
    assert_eq!(
        w.app.audit_actions().await.last().map(String::as_str),
        Some("approval_chain_set")
    );

    // A local day trip (the home town, one day) needs the principal only.
    let local = w
        .draft_as(&w.teacher, w.local_day_trip("Orientering i Jönköping"))
        .await;
    let submitted = w.submit(&local).await;
    assert_eq!(submitted["riskLevel"], "LOCAL_DAY_TRIP");
    assert_eq!(steps(&submitted), [step(1, 0, "pending")]);
    let approved = w.approve(&w.principal, &local).await;
    assert_eq!(approved["state"], "APPROVED");
    assert_eq!(w.queued_ids(&w.coordinator).await, Vec::<String>::new());

    // An overnight trip at home follows the configured chain: the principal, then the
    // named person, who sees it, gets it in their queue and decides it.
    let mut overnight = w.local_day_trip("Läger vid Vättern");
    overnight["endDate"] = json!(day(46));
    overnight["activityDays"] = json!(2);
    let overnight = w.draft_as(&w.teacher, overnight).await;
    let submitted = w.submit(&overnight).await;
    assert_eq!(submitted["riskLevel"], "OVERNIGHT");
    assert_eq!(
        steps(&submitted),
        [step(1, 0, "pending"), step(1, 1, "waiting")]
    );
    assert_eq!(
        submitted["approvalSteps"][1]["approverUserId"],
        board_id.as_str()
    );
    // Routed to them, they see it already, but it waits for the principal first.
    assert_eq!(w.queued_ids(&board).await, Vec::<String>::new());
    let read = w.gql(&board, READ, json!({ "id": overnight })).await;
    assert_eq!(ok(&read, "exchange")["state"], "SUBMITTED");
    let early = w.decide(&board, &overnight, "APPROVE", None).await;
    assert_eq!(error_code(&early), "FORBIDDEN", "{early}");
    w.approve(&w.principal, &overnight).await;
    assert_eq!(
        w.app
            .last_mail(board_email, "exchange_submitted")
            .await
            .subject,
        "Utbyte att godkänna: Läger vid Vättern"
    );
    assert_eq!(w.queued_ids(&board).await, [overnight.as_str()]);
    let approved = w.approve(&board, &overnight).await;
    assert_eq!(approved["state"], "APPROVED");

    // Adventurous activities at home still go to the coordinator.
    let mut canoeing = w.local_day_trip("Kanot på Lagan");
    canoeing["adventurousActivities"] = json!(true);
    let canoeing = w.draft_as(&w.teacher, canoeing).await;
    let submitted = w.submit(&canoeing).await;
    assert_eq!(submitted["riskLevel"], "ADVENTUROUS");
    assert_eq!(submitted["approvalSteps"][1]["approverRole"], "coordinator");

    // Bad chains are refused naming the field, and change nothing.
    let unknown = Uuid::now_v7().to_string();
    let bad: Vec<(Value, Vec<&str>)> = vec![
        (json!([]), vec!["steps"]),
        (
            json!(
                (0..6)
                    .map(|_| chain_step(Some("principal"), None, 5, None))
                    .collect::<Vec<_>>()
            ),
            vec!["steps"],
        ),
        (
            json!([chain_step(Some("principal"), None, 0, None)]),
            vec!["steps[0].dueDays"],
        ),
        (
            json!([chain_step(Some("principal"), None, 61, None)]),
            vec!["steps[0].dueDays"],
        ),
        (
            json!([chain_step(Some("janitor"), None, 5, None)]),
            vec!["steps[0].role"],
        ),
        (
            json!([chain_step(None, None, 5, None)]),
            vec!["steps[0].role"],
        ),
        (
            json!([chain_step(Some("principal"), Some(&board_id), 5, None)]),
            vec!["steps[0].role"],
        ),
        (
            json!([
                chain_step(Some("principal"), None, 5, None),
                chain_step(None, Some(&unknown), 5, None),
            ]),
            vec!["steps[1].userId"],
        ),
        (
            json!([chain_step(Some("principal"), None, 5, Some(&unknown))]),
            vec!["steps[0].substituteUserId"],
        ),
        (
            json!([chain_step(None, Some("not-an-id"), 5, None)]),
            vec!["steps[0].userId"],
        ),
        (
            json!([chain_step(Some("principal"), None, 0, Some(&unknown))]),
            vec!["steps[0].dueDays", "steps[0].substituteUserId"],
        ),
    ];
    let before = table_counts(&w.app).await;
    for (steps, fields) in bad {
        let refused = w
            .gql(
                &w.coordinator,
                SET_CHAIN,
                json!({ "m": w.municipality, "risk": "OVERNIGHT", "steps": steps }),
            )
            .await;
        assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{steps}: {refused}");
        assert_eq!(sorted_fields(&refused), fields, "{steps}");
    }
    let refused = w
        .gql(
            &w.coordinator,
            SET_CHAIN,
            json!({ "m": "nope", "risk": "OVERNIGHT", "steps": [principal_step] }),
        )
        .await;
    assert_eq!(error_fields(&refused), ["municipalityId"], "{refused}");
    let refused = w
        .gql(
            &w.admin,
            SET_CHAIN,
            json!({ "m": unknown, "risk": "OVERNIGHT", "steps": [principal_step] }),
        )
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
    assert_eq!(table_counts(&w.app).await, before);
    // Only the municipality's own coordinators (and global staff) configure it.
    let (vaxjo, _) = municipality(&w.app, &w.admin, "Växjö").await;
    let elsewhere = w
        .app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;
    let before_strangers = table_counts(&w.app).await;
    for token in [&elsewhere, &w.principal, &w.teacher] {
        let refused = w
            .gql(
                token,
                SET_CHAIN,
                json!({ "m": w.municipality, "risk": "OVERNIGHT", "steps": [principal_step] }),
            )
            .await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    }
    assert_eq!(table_counts(&w.app).await, before_strangers);
    assert_eq!(w.app.count("approval_chains").await, 1);
    assert_eq!(chain("OVERNIGHT").await, configured);
}

// ---------------------------------------------------------------------------------------------
// 8. Bad input
// ---------------------------------------------------------------------------------------------

/// A change that spoils a valid proposal.
type Edit = Box<dyn Fn(&mut Value)>;

/// Keeps one day of activities.
fn one_day_programme(input: &mut Value) {
    input["activityDays"] = json!(1);
    input["programme"] = json!([input["programme"][0]]);
}

#[tokio::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    let w = World::new().await;
    let draft = w.draft("Orört utkast").await;
    let stored = w.read(&draft).await;
    let unknown = Uuid::now_v7().to_string();
    let long_title = "Å".repeat(201);

    let cases: Vec<(&str, Edit, Vec<&str>)> = vec![
        (
            // One day of activities, so that the bug of
            // `a_bad_date_range_names_only_the_dates` does not show here.
            "end before start",
            Box::new(|i| {
                one_day_programme(i);
                i["endDate"] = json!(day(59));
            }),
            vec!["input.endDate"],
        ),
        (
            "dates in the past",
            Box::new(|i| {
                i["startDate"] = json!(day(-10));
                i["endDate"] = json!(day(-6));
                i["registrationDeadline"] = json!(day(-30));
            }),
            vec!["input.startDate"],
        ),
        (
            "no participants",
            Box::new(|i| i["participants"] = json!(0)),
            vec!["input.participants"],
        ),
        (
            "negative participants",
            Box::new(|i| i["participants"] = json!(-5)),
            vec!["input.participants"],
        ),
        (
            "no leaders",
            Box::new(|i| i["leaders"] = json!(0)),
            vec!["input.leaders"],
        ),
        (
            "more leaders than participants",
            Box::new(|i| i["leaders"] = json!(21)),
            vec!["input.leaders"],
        ),
        (
            "negative cost",
            Box::new(|i| i["costPerParticipant"] = json!({ "minorUnits": -1, "currency": "EUR" })),
            vec!["input.costPerParticipant.minorUnits"],
        ),
        (
            "negative budget",
            Box::new(|i| i["budgetCents"] = json!(-100)),
            vec!["input.budgetCents"],
        ),
        (
            "more activity days than days",
            Box::new(|i| i["activityDays"] = json!(6)),
            vec!["input.activityDays"],
        ),
        (
            "a programme day after the end",
            Box::new(|i| i["programme"][4]["day"] = json!(6)),
            vec!["input.programme[4].day"],
        ),
        (
            "the same programme day twice",
            Box::new(|i| i["programme"][1]["day"] = json!(1)),
            vec!["input.programme[1].day"],
        ),
        (
            "an unknown partner organisation",
            Box::new(move |i| i["partnerOrganisationIds"] = json!([unknown])),
            vec!["input.partnerOrganisationIds[0]"],
        ),
        (
            "a malformed partner organisation id",
            Box::new(|i| i["partnerOrganisationIds"] = json!(["not-an-id"])),
            vec!["input.partnerOrganisationIds[0]"],
        ),
        (
            "the sending organisation as partner",
            Box::new(|i| i["partnerOrganisationIds"] = json!([i["sendingOrganisationId"]])),
            vec!["input.partnerOrganisationIds[0]"],
        ),
        (
            "a title over 200 characters",
            Box::new(move |i| i["titles"][0]["text"] = json!(long_title)),
            vec!["input.titles[0].text"],
        ),
        (
            "no title",
            Box::new(|i| i["titles"] = json!([])),
            vec!["input.titles"],
        ),
        (
            "a description over 4000 characters",
            Box::new(|i| i["descriptions"][1]["text"] = json!("x".repeat(4001))),
            vec!["input.descriptions[1].text"],
        ),
        (
            "an unknown language",
            Box::new(|i| i["titles"][1]["language"] = json!("xx")),
            vec!["input.titles[1].language"],
        ),
        (
            "a malformed destination",
            Box::new(|i| i["destinationTownId"] = json!("not-an-id")),
            vec!["input.destinationTownId"],
        ),
        (
            "a registration deadline after the start",
            Box::new(|i| i["registrationDeadline"] = json!(day(61))),
            vec!["input.registrationDeadline"],
        ),
        (
            "an age range upside down",
            Box::new(|i| i["ageRange"] = json!({ "min": 16, "max": 14 })),
            vec!["input.ageRange"],
        ),
        (
            "several at once",
            Box::new(|i| {
                one_day_programme(i);
                i["participants"] = json!(0);
                i["titles"][0]["text"] = json!("");
                i["endDate"] = json!(day(59));
            }),
            vec!["input.endDate", "input.participants", "input.titles[0]"],
        ),
    ];
    let before = table_counts(&w.app).await;
    let mut failures = Vec::new();
    for (case, edit, fields) in &cases {
        let mut input = w.input("Felaktigt utbyte");
        edit(&mut input);
        for (operation, response) in [
            (
                "createExchangeDraft",
                w.gql(&w.teacher, CREATE, json!({ "input": input.clone() }))
                    .await,
            ),
            (
                "updateExchange",
                w.update_as(&w.teacher, &draft, input.clone()).await,
            ),
        ] {
            let code = response["errors"][0]["extensions"]["code"].clone();
            let got = sorted_fields(&response);
            if code != "BAD_USER_INPUT" || got != *fields {
                failures.push(format!(
                    "{case} ({operation}): expected BAD_USER_INPUT naming {fields:?}, got {code} \
                     naming {got:?}: {}",
                    response["errors"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.read(&draft).await, stored);
}

#[tokio::test]
async fn a_bad_date_range_names_only_the_dates() {
    let w = World::new().await;
    // Five activity days and a programme for each, as in a valid proposal; only the end
    // date is wrong.
    let mut input = w.input("Baklänges");
    input["endDate"] = json!(day(59));
    let before = table_counts(&w.app).await;
    let refused = w.gql(&w.teacher, CREATE, json!({ "input": input })).await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(sorted_fields(&refused), ["input.endDate"]);
    // Under an alias the field is still named by the operation's own arguments.
    let aliased = CREATE.replacen("createExchangeDraft", "draft: createExchangeDraft", 1);
    let refused = w.gql(&w.teacher, &aliased, json!({ "input": input })).await;
    assert_eq!(sorted_fields(&refused), ["input.endDate"], "{refused}");
    assert_eq!(table_counts(&w.app).await, before);
}

#[tokio::test]
async fn malformed_and_unknown_ids_are_named() {
    let w = World::new().await;
    let draft = w.draft("Id-kontroll").await;
    let unknown = Uuid::now_v7().to_string();
    // A school in a town that belongs to no municipality: no one would approve its trips.
    let stray = w.app.organisation(&w.admin, "Fristående skolan").await;
    let mut malformed_sender = w.input("Id-kontroll");
    malformed_sender["sendingOrganisationId"] = json!("not-an-id");
    let mut unknown_sender = w.input("Id-kontroll");
    unknown_sender["sendingOrganisationId"] = json!(unknown);
    let mut stray_sender = w.input("Id-kontroll");
    stray_sender["sendingOrganisationId"] = json!(stray);

    let before = table_counts(&w.app).await;
    let cases: Vec<(&str, &str, Value, &str)> = vec![
        (
            "malformed sending organisation",
            CREATE,
            json!({ "input": malformed_sender }),
            "input.sendingOrganisationId",
        ),
        (
            "unknown sending organisation",
            CREATE,
            json!({ "input": unknown_sender }),
            "input.sendingOrganisationId",
        ),
        (
            "sending organisation outside any municipality",
            CREATE,
            json!({ "input": stray_sender }),
            "input.sendingOrganisationId",
        ),
        ("exchange", READ, json!({ "id": "nope" }), "id"),
        (
            "updateExchange",
            UPDATE,
            json!({ "id": "nope", "input": w.input("Id-kontroll") }),
            "id",
        ),
        ("submitExchange", SUBMIT, json!({ "id": "nope" }), "id"),
        (
            "decideApprovalStep",
            DECIDE,
            json!({ "id": "nope", "decision": "APPROVE" }),
            "exchangeId",
        ),
        (
            "cloneExchange",
            CLONE,
            json!({ "id": "nope", "from": day(100), "to": day(101) }),
            "id",
        ),
        (
            "advanceExchange",
            ADVANCE,
            json!({ "id": "nope", "to": "START" }),
            "id",
        ),
        (
            "cancelExchange",
            CANCEL,
            json!({ "id": "nope", "reason": "Nej" }),
            "id",
        ),
        (
            "approvalChain",
            CHAIN,
            json!({ "m": "nope", "risk": "ABROAD" }),
            "municipalityId",
        ),
        (
            "exchanges by organisation",
            LIST,
            json!({ "filter": { "organisationId": "nope" } }),
            "filter.organisationId",
        ),
        (
            "exchanges by town",
            LIST,
            json!({ "filter": { "destinationTownId": "nope" } }),
            "filter.destinationTownId",
        ),
        (
            "exchanges after a bad cursor",
            LIST,
            json!({ "after": "nope" }),
            "after",
        ),
        (
            "exchanges, none at a time",
            LIST,
            json!({ "first": 0 }),
            "first",
        ),
        (
            "exchanges, too many at a time",
            LIST,
            json!({ "first": 101 }),
            "first",
        ),
    ];
    for (case, query, variables, field) in cases {
        let response = w.gql(&w.admin, query, variables).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{case}: {response}"
        );
        assert_eq!(error_fields(&response), [field], "{case}");
    }
    // Well-formed but unknown ids are simply not found.
    for (case, query, variables) in [
        ("exchange", READ, json!({ "id": unknown })),
        ("submitExchange", SUBMIT, json!({ "id": unknown })),
        (
            "decideApprovalStep",
            DECIDE,
            json!({ "id": unknown, "decision": "APPROVE" }),
        ),
        (
            "cancelExchange",
            CANCEL,
            json!({ "id": unknown, "reason": "Nej" }),
        ),
    ] {
        let response = w.gql(&w.admin, query, variables).await;
        assert_eq!(error_code(&response), "NOT_FOUND", "{case}: {response}");
    }
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.state(&draft).await, "DRAFT");
}

// ---------------------------------------------------------------------------------------------
// 8b. The report after the trip
// ---------------------------------------------------------------------------------------------

pub(crate) fn report_input(what_happened: &str) -> Value {
    json!({
        "whatHappened": what_happened,
        "outcomes": "Every pupil presented a climate project in French.",
        "feedbackSummary": "Most wanted a longer stay; the food was a hit.",
        "actualCostCents": 1_234_500,
    })
}

#[tokio::test]
async fn a_completed_exchange_is_reported_once() {
    let w = World::new().await;
    let id = w.approved("Rapporteras").await;

    // Not before the trip is over.
    let early = w
        .report_as(&w.teacher, &id, report_input("För tidigt"))
        .await;
    assert_eq!(error_code(&early), "CONFLICT", "{early}");
    assert_eq!(reason(&early), "illegal_in_state_approved");
    w.advance(
        &id,
        &[
            "OPEN_REGISTRATION",
            "CLOSE_REGISTRATION",
            "START",
            "COMPLETE",
        ],
    )
    .await;

    // Bad input names every field and changes nothing.
    let before = table_counts(&w.app).await;
    let bad = w
        .report_as(
            &w.teacher,
            &id,
            json!({ "whatHappened": " ", "outcomes": "", "feedbackSummary": "ok\u{0007}",
                    "actualCostCents": -1 }),
        )
        .await;
    assert_eq!(error_code(&bad), "BAD_USER_INPUT", "{bad}");
    assert_eq!(
        sorted_fields(&bad),
        [
            "input.actualCostCents",
            "input.feedbackSummary",
            "input.outcomes",
            "input.whatHappened"
        ]
    );
    assert_eq!(table_counts(&w.app).await, before);
    assert_eq!(w.state(&id).await, "COMPLETED");

    let filed = w
        .report_as(&w.teacher, &id, report_input("En vecka i Lyon."))
        .await;
    let exchange = ok(&filed, "fileExchangeReport");
    assert_eq!(exchange["state"], "REPORTED");
    assert_eq!(exchange["report"]["whatHappened"], "En vecka i Lyon.");
    assert_eq!(exchange["report"]["actualCostCents"], 1_234_500);
    let teacher_id = w.user(TEACHER).await;
    assert_eq!(exchange["report"]["filedBy"], teacher_id.as_str());

    // The coordinator reads it back; the history records it.
    let read = w
        .gql(
            &w.coordinator,
            "query($id: ID!) { exchange(id: $id) { state report { outcomes feedbackSummary } } }",
            json!({ "id": id }),
        )
        .await;
    let read = ok(&read, "exchange");
    assert_eq!(read["state"], "REPORTED");
    assert_eq!(
        read["report"]["outcomes"],
        "Every pupil presented a climate project in French."
    );
    assert!(
        w.history(&id)
            .await
            .iter()
            .any(|(action, actor)| action == "exchange_reported" && *actor == teacher_id)
    );

    // Once only, and nothing moves a reported exchange on.
    let again = w.report_as(&w.coordinator, &id, report_input("Igen")).await;
    assert_eq!(error_code(&again), "CONFLICT");
    assert_eq!(reason(&again), "illegal_in_state_reported");
    let cancel = w.cancel_as(&w.teacher, &id, "För sent").await;
    assert_eq!(reason(&cancel), "illegal_in_state_reported");
    let read = w
        .gql(
            &w.teacher,
            "query($id: ID!) { exchange(id: $id) { report { whatHappened } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        ok(&read, "exchange")["report"]["whatHappened"],
        "En vecka i Lyon."
    );
}

// ---------------------------------------------------------------------------------------------
// 9. Who may do what
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    ReadDraft,
    ReadOpen,
    ListExchanges,
    MyApprovalQueue,
    ReadApprovalChain,
    CreateExchangeDraft,
    UpdateExchange,
    CloneExchange,
    SubmitExchange,
    DecidePrincipalStep,
    DecideCoordinatorStep,
    AdvanceExchange,
    CancelExchange,
    SetApprovalChain,
    FileExchangeReport,
}

use Operation::*;

const OPERATIONS: [Operation; 15] = [
    ReadDraft,
    ReadOpen,
    ListExchanges,
    MyApprovalQueue,
    ReadApprovalChain,
    CreateExchangeDraft,
    UpdateExchange,
    CloneExchange,
    SubmitExchange,
    DecidePrincipalStep,
    DecideCoordinatorStep,
    AdvanceExchange,
    CancelExchange,
    SetApprovalChain,
    FileExchangeReport,
];

/// Shared exchanges the matrix reads.
struct Shared {
    /// A draft of the school with the partner school.
    draft: String,
    /// Open for registration.
    open: String,
    /// Approved: the source to clone.
    approved: String,
}

/// Picks one of a principal's own exchanges.
type OwnExchange = fn(&Own) -> &String;

/// What one principal acts on alone, so that allowed writes never collide.
struct Own {
    tag: String,
    draft_to_update: String,
    draft_to_submit: String,
    at_principal: String,
    at_coordinator: String,
    approved: String,
    to_cancel: String,
    completed: String,
}

impl Operation {
    /// The root field of the schema the operation exercises.
    fn field(self) -> &'static str {
        match self {
            ReadDraft | ReadOpen => "exchange",
            ListExchanges => "exchanges",
            MyApprovalQueue => "myApprovalQueue",
            ReadApprovalChain => "approvalChain",
            CreateExchangeDraft => "createExchangeDraft",
            UpdateExchange => "updateExchange",
            CloneExchange => "cloneExchange",
            SubmitExchange => "submitExchange",
            DecidePrincipalStep | DecideCoordinatorStep => "decideApprovalStep",
            AdvanceExchange => "advanceExchange",
            CancelExchange => "cancelExchange",
            SetApprovalChain => "setApprovalChain",
            FileExchangeReport => "fileExchangeReport",
        }
    }

    /// An allowed write adds exactly one audit event; a read adds none.
    fn writes(self) -> bool {
        !matches!(
            self,
            ReadDraft | ReadOpen | ListExchanges | MyApprovalQueue | ReadApprovalChain
        )
    }

    fn request(self, w: &World, shared: &Shared, own: &Own) -> (&'static str, Value) {
        let tag = &own.tag;
        match self {
            ReadDraft => (READ, json!({ "id": shared.draft })),
            ReadOpen => (READ, json!({ "id": shared.open })),
            ListExchanges => (LIST, json!({ "first": 100 })),
            MyApprovalQueue => (QUEUE, json!({})),
            ReadApprovalChain => (CHAIN, json!({ "m": w.municipality, "risk": "ABROAD" })),
            CreateExchangeDraft => (
                CREATE,
                json!({ "input": w.input(&format!("Nytt utbyte {tag}")) }),
            ),
            UpdateExchange => (
                UPDATE,
                json!({ "id": own.draft_to_update, "input": w.input(&format!("Uppdaterat {tag}")) }),
            ),
            CloneExchange => (
                CLONE,
                json!({ "id": shared.approved, "from": day(300), "to": day(304) }),
            ),
            SubmitExchange => (SUBMIT, json!({ "id": own.draft_to_submit })),
            DecidePrincipalStep => (
                DECIDE,
                json!({ "id": own.at_principal, "decision": "APPROVE" }),
            ),
            DecideCoordinatorStep => (
                DECIDE,
                json!({ "id": own.at_coordinator, "decision": "APPROVE" }),
            ),
            AdvanceExchange => (
                ADVANCE,
                json!({ "id": own.approved, "to": "OPEN_REGISTRATION" }),
            ),
            CancelExchange => (
                CANCEL,
                json!({ "id": own.to_cancel, "reason": format!("Inställt av {tag}") }),
            ),
            SetApprovalChain => (
                SET_CHAIN,
                json!({ "m": w.municipality, "risk": "OVERNIGHT", "steps": [
                    { "role": "principal", "dueDays": 3 },
                ]}),
            ),
            FileExchangeReport => (
                REPORT,
                json!({ "id": own.completed, "input": report_input(&format!("Rapport {tag}")) }),
            ),
        }
    }
}

#[tokio::test]
async fn who_may_do_what_with_exchanges() {
    use Outcome::{
        Allowed as A, Conflict as C, Forbidden as F, NotFound as N, Unauthenticated as U,
    };

    let w = World::new().await;
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö").await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town).await;
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

    // Which exchanges each principal lists, and which wait in their approval queue.
    let draft = w.draft("Utkast").await;
    let mut without_partner = w.input("Utan partner");
    without_partner["partnerOrganisationIds"] = json!([]);
    let no_partner = w.draft_as(&w.teacher, without_partner).await;
    let at_principal = w.at_principal("Hos rektor").await;
    let at_coordinator = w.at_coordinator("Hos samordnare").await;
    let approved = w.approved("Godkänt").await;
    let open = w.approved("Öppet för anmälan").await;
    w.advance(&open, &["OPEN_REGISTRATION"]).await;
    let mut foreign = w.input("Katedralskolans resa");
    foreign["sendingOrganisationId"] = json!(katedral);
    foreign["partnerOrganisationIds"] = json!([]);
    let elsewhere = w.draft_as(&other_teacher, foreign).await;

    let ours = [
        &draft,
        &no_partner,
        &at_principal,
        &at_coordinator,
        &approved,
        &open,
    ];
    let everything: Vec<&String> = ours.iter().copied().chain([&elsewhere]).collect();
    let involving_partner: Vec<&String> =
        vec![&draft, &at_principal, &at_coordinator, &approved, &open];
    let none: Vec<&String> = Vec::new();
    // (lists, approval queue), per principal in order.
    let visible: Vec<(Vec<&String>, Vec<&String>)> = vec![
        (everything.clone(), none.clone()),
        (everything.clone(), vec![&at_coordinator]),
        (ours.to_vec(), vec![&at_coordinator]),
        (vec![&elsewhere], none.clone()),
        (ours.to_vec(), none.clone()),
        (ours.to_vec(), vec![&at_principal]),
        (involving_partner, none.clone()),
        (vec![&elsewhere], none.clone()),
        (vec![&open], none.clone()),
        (vec![&open], none.clone()),
    ];
    for ((principal, token), (listed, queued)) in principals.iter().zip(&visible) {
        let token = token.as_deref().expect("signed in");
        assert_eq!(
            w.list(token, json!({})).await,
            listed.iter().map(|id| id.to_string()).collect::<Vec<_>>(),
            "{principal} lists"
        );
        assert_eq!(
            w.queued_ids(token).await,
            queued.iter().map(|id| id.to_string()).collect::<Vec<_>>(),
            "{principal}'s queue"
        );
    }

    // One row per principal, one column per operation in the order of OPERATIONS:
    //  1 exchange (a draft)          6 createExchangeDraft   11 decideApprovalStep (coordinator's)
    //  2 exchange (open)             7 updateExchange        12 advanceExchange
    //  3 exchanges                   8 cloneExchange         13 cancelExchange
    //  4 myApprovalQueue             9 submitExchange        14 setApprovalChain
    //  5 approvalChain              10 decideApprovalStep (principal's)  15 fileExchangeReport
    let expected: [[Outcome; OPERATIONS.len()]; 11] = [
        // global admin: runs everything but decides no step it does not hold
        [A, A, A, A, A, A, A, A, A, F, F, A, A, A, A],
        // global coordinator: holds coordinator steps everywhere
        [A, A, A, A, A, A, A, A, A, F, A, A, A, A, A],
        // the municipality's coordinator
        [A, A, A, A, A, A, A, A, A, F, A, A, A, A, A],
        // another municipality's coordinator sees none of it
        [N, N, A, A, A, F, N, N, N, N, N, N, N, F, N],
        // teacher of the sending school: owns it, decides nothing
        [A, A, A, A, A, A, A, A, A, F, F, A, A, F, A],
        // principal of the sending school: owns it, decides the first step (and is told the
        // coordinator's step comes after the one they already decided)
        [A, A, A, A, A, A, A, A, A, A, C, A, A, F, A],
        // partner contact: sees what involves the partner school, changes nothing
        [A, A, A, A, A, F, F, F, F, F, F, F, F, F, F],
        // teacher of another school
        [N, N, A, A, A, F, N, N, N, N, N, N, N, F, N],
        // youth: only what is open for registration
        [N, A, A, A, F, F, N, N, N, N, N, N, N, F, N],
        // guardian
        [N, A, A, A, F, F, N, N, N, N, N, N, N, F, N],
        // anonymous
        [U, U, U, U, U, U, U, U, U, U, U, U, U, U, U],
    ];
    assert_eq!(expected.len(), principals.len());

    let shared = Shared {
        draft: draft.clone(),
        open: open.clone(),
        approved: approved.clone(),
    };
    let mut owns = Vec::new();
    for index in 0..principals.len() {
        let tag = format!("p{index}");
        owns.push(Own {
            draft_to_update: w.draft(&format!("Ändras {tag}")).await,
            draft_to_submit: w.draft(&format!("Skickas {tag}")).await,
            at_principal: w.at_principal(&format!("Rektor {tag}")).await,
            at_coordinator: w.at_coordinator(&format!("Samordnare {tag}")).await,
            approved: w.approved(&format!("Godkänt {tag}")).await,
            to_cancel: w.at_principal(&format!("Ställs in {tag}")).await,
            completed: w.completed(&format!("Genomfört {tag}")).await,
            tag,
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
    let effects: [(Operation, OwnExchange, &str, &str); 7] = [
        (
            FileExchangeReport,
            |o| &o.completed,
            "REPORTED",
            "COMPLETED",
        ),
        (SubmitExchange, |o| &o.draft_to_submit, "SUBMITTED", "DRAFT"),
        (
            DecideCoordinatorStep,
            |o| &o.at_coordinator,
            "APPROVED",
            "SUBMITTED",
        ),
        (
            AdvanceExchange,
            |o| &o.approved,
            "OPEN_FOR_REGISTRATION",
            "APPROVED",
        ),
        (CancelExchange, |o| &o.to_cancel, "CANCELLED", "SUBMITTED"),
        (UpdateExchange, |o| &o.draft_to_update, "DRAFT", "DRAFT"),
        (
            DecidePrincipalStep,
            |o| &o.at_principal,
            "SUBMITTED",
            "SUBMITTED",
        ),
    ];
    for (operation, target, if_allowed, if_refused) in effects {
        for ((own, allowed), (principal, _)) in owns.iter().zip(allowed(operation)).zip(&principals)
        {
            let exchange = w.read(target(own)).await;
            assert_eq!(
                exchange["state"],
                if allowed { if_allowed } else { if_refused },
                "{principal} / {operation:?}"
            );
            match operation {
                UpdateExchange => assert_eq!(
                    exchange["titles"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|t| t["text"] == format!("Uppdaterat {}", own.tag)),
                    allowed,
                    "{principal} / {operation:?}: {exchange}"
                ),
                DecidePrincipalStep => assert_eq!(
                    exchange["approvalSteps"][0]["decision"],
                    if allowed { "approved" } else { "pending" },
                    "{principal} / {operation:?}"
                ),
                _ => {}
            }
        }
    }
    let created = w.list(&w.admin, json!({})).await.len();
    let creators = allowed(CreateExchangeDraft)
        .into_iter()
        .filter(|a| *a)
        .count();
    let cloners = allowed(CloneExchange).into_iter().filter(|a| *a).count();
    assert_eq!(
        created,
        everything.len() + 7 * owns.len() + creators + cloners,
        "one new exchange per allowed create and clone"
    );
}

/// Root fields whose names look like the exchanges API but that the directory's matrix
/// covers.
pub(crate) const COVERED_BY_THE_DIRECTORY: &[&str] = &["recordCompletedExchange"];

/// Whether a root field belongs to the exchanges API, whose authorization matrix is
/// `who_may_do_what_with_exchanges` (the directory's guard leaves these out).
pub(crate) fn is_exchange_field(name: &str) -> bool {
    (name.contains("xchange") || name.contains("pproval"))
        && !COVERED_BY_THE_DIRECTORY.contains(&name)
        && !crate::registrations::is_registration_field(name)
}

/// A new query or mutation of the exchanges API must come with its column of expectations
/// in `who_may_do_what_with_exchanges`.
#[test]
fn every_exchange_operation_is_in_the_matrix() {
    let fields = utbyte_tests::schema_root_fields();
    let in_schema = |name: &str| fields.iter().any(|field| field == name);

    let missing: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .filter(|name| is_exchange_field(name))
        .filter(|name| !OPERATIONS.iter().any(|o| o.field() == *name))
        .collect();
    assert!(
        missing.is_empty(),
        "queries and mutations of the exchanges API missing from the authorization matrix: \
         {}.\nAdd each to who_may_do_what_with_exchanges: an Operation in OPERATIONS with its \
         field(), writes() and request(), and its column of expected outcomes for every \
         principal.",
        missing.join(", ")
    );
    let unknown: Vec<String> = OPERATIONS
        .iter()
        .filter(|o| !in_schema(o.field()) || !is_exchange_field(o.field()))
        .map(|o| format!("{o:?} ({})", o.field()))
        .collect();
    assert!(
        unknown.is_empty(),
        "operations of the matrix that are not exchange fields of the schema: {}",
        unknown.join(", ")
    );
    let stale: Vec<&str> = COVERED_BY_THE_DIRECTORY
        .iter()
        .copied()
        .filter(|name| !in_schema(name))
        .collect();
    assert!(
        stale.is_empty(),
        "no longer in the schema, take them off COVERED_BY_THE_DIRECTORY: {}",
        stale.join(", ")
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
}

// ---------------------------------------------------------------------------------------------
// 10. Listing
// ---------------------------------------------------------------------------------------------

/// An exchange for the listing tests: who sends it where, when, with whom, on what.
struct Plan {
    title: &'static str,
    sending: String,
    destination: String,
    /// Days from today.
    dates: (i64, i64),
    partners: Vec<String>,
    themes: Vec<&'static str>,
}

impl Plan {
    fn new(title: &'static str, sending: &str, destination: &str, dates: (i64, i64)) -> Self {
        Self {
            title,
            sending: sending.to_owned(),
            destination: destination.to_owned(),
            dates,
            partners: Vec::new(),
            themes: Vec::new(),
        }
    }

    fn partners(mut self, partners: &[&String]) -> Self {
        self.partners = partners.iter().map(|p| (*p).clone()).collect();
        self
    }

    fn themes(mut self, themes: &[&'static str]) -> Self {
        self.themes = themes.to_vec();
        self
    }

    fn input(&self, w: &World) -> Value {
        let mut input = w.input(self.title);
        input["sendingOrganisationId"] = json!(self.sending);
        input["destinationTownId"] = json!(self.destination);
        input["partnerOrganisationIds"] = json!(self.partners);
        input["startDate"] = json!(day(self.dates.0));
        input["endDate"] = json!(day(self.dates.1));
        input["registrationDeadline"] = json!(day(self.dates.0 - 14));
        input["themes"] = json!(self.themes);
        one_day_programme(&mut input);
        input
    }
}

#[tokio::test]
async fn exchanges_are_filtered_and_paged() {
    let w = World::new().await;
    let vastra = organisation(&w.app, &w.admin, "Västra skolan", &w.home_town).await;
    let tampere = town(&w.app, &w.admin, "Tampere", "FI").await;
    let lukio = organisation(&w.app, &w.admin, "Tampereen lukio", &tampere).await;

    // Drafted by the municipality's coordinator for both of its schools; the second and
    // fourth submitted.
    let plans = [
        Plan::new("Lyon i vår", &w.school, &w.lyon, (60, 64))
            .partners(&[&w.partner])
            .themes(&["CULTURE", "SCHOOL"]),
        Plan::new("Idrottsdag", &w.school, &w.home_town, (40, 40)).themes(&["SPORT"]),
        Plan::new("Lyon i höst", &vastra, &w.lyon, (120, 124))
            .partners(&[&w.partner])
            .themes(&["MUSIC"]),
        Plan::new("Tammerfors", &vastra, &tampere, (70, 75))
            .partners(&[&lukio])
            .themes(&["CULTURE"]),
        Plan::new("Både Lyon och Tammerfors", &w.school, &tampere, (90, 93))
            .partners(&[&w.partner, &lukio])
            .themes(&["SCIENCE", "CULTURE"]),
    ];
    let mut ids = Vec::new();
    for (index, plan) in plans.iter().enumerate() {
        let id = w.draft_as(&w.coordinator, plan.input(&w)).await;
        if index % 2 == 1 {
            ok(&w.submit_as(&w.coordinator, &id).await, "submitExchange");
        }
        ids.push(id);
    }
    let pick =
        |indices: &[usize]| -> Vec<String> { indices.iter().map(|i| ids[*i].clone()).collect() };

    let cases: Vec<(&str, Value, Vec<usize>)> = vec![
        ("everything, oldest first", json!({}), vec![0, 1, 2, 3, 4]),
        ("drafts", json!({ "state": "DRAFT" }), vec![0, 2, 4]),
        ("submitted", json!({ "state": "SUBMITTED" }), vec![1, 3]),
        ("approved", json!({ "state": "APPROVED" }), vec![]),
        (
            "sent by the school",
            json!({ "organisationId": w.school }),
            vec![0, 1, 4],
        ),
        (
            "with the partner school",
            json!({ "organisationId": w.partner }),
            vec![0, 2, 4],
        ),
        (
            "with the lukio",
            json!({ "organisationId": lukio }),
            vec![3, 4],
        ),
        (
            "to Lyon",
            json!({ "destinationTownId": w.lyon }),
            vec![0, 2],
        ),
        (
            "to Tampere",
            json!({ "destinationTownId": tampere }),
            vec![3, 4],
        ),
        (
            "overlapping a period",
            json!({ "from": day(62), "to": day(72) }),
            vec![0, 3],
        ),
        (
            "ending on or after a day",
            json!({ "from": day(64) }),
            vec![0, 2, 3, 4],
        ),
        (
            "starting on or before a day",
            json!({ "to": day(40) }),
            vec![1],
        ),
        ("culture", json!({ "theme": "CULTURE" }), vec![0, 3, 4]),
        ("science", json!({ "theme": "SCIENCE" }), vec![4]),
        ("arts", json!({ "theme": "ARTS" }), vec![]),
        (
            "cultural drafts",
            json!({ "state": "DRAFT", "theme": "CULTURE" }),
            vec![0, 4],
        ),
        (
            "with the partner school to Lyon",
            json!({ "organisationId": w.partner, "destinationTownId": w.lyon }),
            vec![0, 2],
        ),
    ];
    for (case, filter, expected) in cases {
        assert_eq!(w.list(&w.admin, filter).await, pick(&expected), "{case}");
    }
    // Filters narrow what the user may see, never widen it.
    assert_eq!(w.list(&w.teacher, json!({})).await, pick(&[0, 1, 4]));
    assert_eq!(
        w.list(&w.teacher, json!({ "organisationId": vastra }))
            .await,
        pick(&[])
    );
    assert_eq!(
        w.list(&w.partner_contact, json!({ "theme": "CULTURE" }))
            .await,
        pick(&[0, 4])
    );

    // Two at a time, following the cursor to the end.
    let mut pages = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = w
            .gql(&w.admin, LIST, json!({ "first": 2, "after": after }))
            .await;
        let page = ok(&response, "exchanges");
        assert_eq!(
            page["pageInfo"]["hasPreviousPage"],
            after.is_some(),
            "{page}"
        );
        let edges = page["edges"].as_array().unwrap();
        assert_eq!(
            page["pageInfo"]["endCursor"],
            edges.last().map_or(Value::Null, |e| e["cursor"].clone())
        );
        pages.push(node_ids(page));
        if page["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = page["pageInfo"]["endCursor"].as_str().map(str::to_owned);
        assert!(pages.len() < 5, "the pages end");
    }
    assert_eq!(pages, [pick(&[0, 1]), pick(&[2, 3]), pick(&[4])]);
    // A filtered list pages the same way.
    let response = w
        .gql(
            &w.admin,
            LIST,
            json!({ "filter": { "theme": "CULTURE" }, "first": 2 }),
        )
        .await;
    let first = ok(&response, "exchanges");
    assert_eq!(node_ids(first), pick(&[0, 3]));
    assert_eq!(first["pageInfo"]["hasNextPage"], true);
    let response = w
        .gql(
            &w.admin,
            LIST,
            json!({ "filter": { "theme": "CULTURE" }, "first": 2,
                    "after": first["pageInfo"]["endCursor"] }),
        )
        .await;
    let second = ok(&response, "exchanges");
    assert_eq!(node_ids(second), pick(&[4]));
    assert_eq!(second["pageInfo"]["hasNextPage"], false);
}

/// Every nested field of the list that loads from another table.
const NESTED_LIST: &str = "query($first: Int!) { exchanges(first: $first) { edges { node { \
     id sendingOrganisation { name town { localName } } partnerOrganisations { name } \
     destinationTown { localName } approvalSteps { round position decision } } } } }";

#[tokio::test]
async fn nested_list_data_loads_in_a_bounded_number_of_statements() {
    let (app, log) = TestApp::spawn_counting().await;
    let w = World::on(app).await;
    let tampere = town(&w.app, &w.admin, "Tampere", "FI").await;
    let riga = town(&w.app, &w.admin, "Rīga", "LV").await;
    let lukio = organisation(&w.app, &w.admin, "Tampereen lukio", &tampere).await;
    let schools = [
        (w.school.clone(), "Östra skolan"),
        (
            organisation(&w.app, &w.admin, "Västra skolan", &w.home_town).await,
            "Västra skolan",
        ),
        (
            organisation(&w.app, &w.admin, "Norra skolan", &w.home_town).await,
            "Norra skolan",
        ),
    ];
    let destinations = [
        (w.lyon.clone(), "Lyon"),
        (tampere, "Tampere"),
        (riga, "Rīga"),
        (w.home_town.clone(), "Jönköping"),
    ];
    let partner_sets: [Vec<(&str, &str)>; 3] = [
        vec![],
        vec![(&w.partner, "Lycée du Parc")],
        vec![(&w.partner, "Lycée du Parc"), (&lukio, "Tampereen lukio")],
    ];
    let mut expected = Vec::new();
    for index in 0..55 {
        let (school, school_name) = &schools[index % 3];
        let (destination, destination_name) = &destinations[index % 4];
        let partners = &partner_sets[(index / 3) % 3];
        let mut input = w.input(&format!("Utbyte {index}"));
        input["sendingOrganisationId"] = json!(school);
        input["destinationTownId"] = json!(destination);
        input["partnerOrganisationIds"] =
            json!(partners.iter().map(|(id, _)| id).collect::<Vec<_>>());
        w.draft_as(&w.admin, input).await;
        let mut partner_names: Vec<&str> = partners.iter().map(|(_, name)| *name).collect();
        partner_names.sort_unstable();
        expected.push(json!({
            "sendingOrganisation": { "name": school_name, "town": { "localName": "Jönköping" } },
            "partnerOrganisations": partner_names,
            "destinationTown": destination_name,
        }));
    }

    let admin = w.app.principal(&w.admin).await;
    let mut counts = Vec::new();
    for first in [5, 50] {
        log.clear();
        let response = w
            .app
            .gql_as(admin.clone(), NESTED_LIST, json!({ "first": first }))
            .await;
        let statements = log.statements();
        let edges = ok(&response, "exchanges")["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        for (edge, expected) in edges.iter().zip(&expected) {
            let node = &edge["node"];
            let mut partners: Vec<&str> = node["partnerOrganisations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            partners.sort_unstable();
            let shown = json!({
                "sendingOrganisation": node["sendingOrganisation"],
                "partnerOrganisations": partners,
                "destinationTown": node["destinationTown"]["localName"],
            });
            assert_eq!(&shown, expected);
        }
        counts.push((first, statements));
    }
    let (small, large) = (&counts[0].1, &counts[1].1);
    println!(
        "statements for a page of 5: {}, of 50: {}",
        small.len(),
        large.len()
    );
    assert_eq!(
        small.len(),
        large.len(),
        "a page of 5 ran {} statements, a page of 50 ran {}:\n{}\n---\n{}",
        small.len(),
        large.len(),
        small.join("\n"),
        large.join("\n")
    );
    assert!(
        large.len() <= 8,
        "the list, partners, organisations and towns in a few batches; ran:\n{}",
        large.join("\n")
    );
}

#[tokio::test]
async fn participants_see_an_open_exchange_without_its_workflow() {
    let w = World::new().await;
    let id = w.approved("Öppet för anmälan").await;
    // A change after approval, approved again, leaves a change on record.
    let mut changed = w.input("Öppet för anmälan");
    changed["venue"] = json!("Lycée du Parc, aulan");
    let response = w.update_as(&w.teacher, &id, changed).await;
    assert_eq!(ok(&response, "updateExchange")["state"], "SUBMITTED");
    w.approve(&w.principal, &id).await;
    w.approve(&w.coordinator, &id).await;
    w.advance(&id, &["OPEN_REGISTRATION"]).await;
    let youth = w.app.user_with_role("ung@example.se", "youth").await;
    let guardian = w
        .app
        .user_with_role("vardnadshavare@example.se", "guardian")
        .await;
    const INTERNALS: &str = "query($id: ID!) { exchange(id: $id) { state budgetCents \
         approvalSteps { decision } history { action } checklist { code } changes { field } } }";

    let staff = w.gql(&w.teacher, INTERNALS, json!({ "id": id })).await;
    let staff = ok(&staff, "exchange");
    assert_eq!(staff["budgetCents"], w.input("x")["budgetCents"]);
    assert!(!staff["approvalSteps"].as_array().unwrap().is_empty());
    assert!(!staff["history"].as_array().unwrap().is_empty());
    assert!(!staff["checklist"].as_array().unwrap().is_empty());
    assert_eq!(staff["changes"], json!([{ "field": "venue" }]));

    for token in [&youth, &guardian] {
        let seen = w.gql(token, INTERNALS, json!({ "id": id })).await;
        let seen = ok(&seen, "exchange");
        assert_eq!(seen["state"], "OPEN_FOR_REGISTRATION");
        assert_eq!(seen["budgetCents"], Value::Null);
        assert_eq!(seen["approvalSteps"], json!([]));
        assert_eq!(seen["history"], json!([]));
        assert_eq!(seen["checklist"], json!([]));
        assert_eq!(seen["changes"], json!([]));
    }
}

#[tokio::test]
async fn a_clone_takes_the_risk_level_of_its_new_dates() {
    let w = World::new().await;
    let day_trip = w
        .draft_as(&w.teacher, w.local_day_trip("Orientering i skogen"))
        .await;
    assert_eq!(w.read(&day_trip).await["riskLevel"], "LOCAL_DAY_TRIP");
    let response = w
        .gql(
            &w.teacher,
            CLONE,
            json!({ "id": day_trip, "from": day(60), "to": day(62) }),
        )
        .await;
    assert_eq!(ok(&response, "cloneExchange")["riskLevel"], "OVERNIGHT");
}

#[tokio::test]
async fn what_the_approval_rested_on_sends_an_approved_exchange_back_to_review() {
    let w = World::new().await;
    for (title, field, change) in [
        (
            "Klättring i Lyon",
            "adventurous_activities",
            json!({ "adventurousActivities": true }),
        ),
        ("Fler ledare i Lyon", "leaders", json!({ "leaders": 3 })),
        (
            "Oförsäkrad resa",
            "insurance_confirmed",
            json!({ "insuranceConfirmed": false }),
        ),
    ] {
        let id = w.approved(title).await;
        let mut input = w.input(title);
        for (key, value) in change.as_object().unwrap() {
            input[key] = value.clone();
        }
        let response = w.update_as(&w.teacher, &id, input).await;
        let updated = ok(&response, "updateExchange");
        assert_eq!(updated["state"], "SUBMITTED", "{title}: {updated}");
        let changes = w
            .gql(
                &w.teacher,
                "query($id: ID!) { exchange(id: $id) { changes { field } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            ok(&changes, "exchange")["changes"],
            json!([{ "field": field }]),
            "{title}"
        );
        if field == "adventurous_activities" {
            assert_eq!(updated["riskLevel"], "ADVENTUROUS");
        }
    }
}

#[tokio::test]
async fn concurrent_decisions_on_one_step_leave_one_outcome() {
    let w = World::new().await;
    for round in 0..5 {
        let id = w.at_coordinator(&format!("Samtidiga beslut {round}")).await;
        let (approve, reject) = tokio::join!(
            w.decide(&w.coordinator, &id, "APPROVE", None),
            w.decide(&w.coordinator, &id, "REJECT", Some("Budgeten räcker inte.")),
        );
        let succeeded: Vec<&Value> = [&approve, &reject]
            .into_iter()
            .filter(|r| r["errors"].is_null())
            .collect();
        assert_eq!(succeeded.len(), 1, "{approve}\n{reject}");
        let winner = &succeeded[0]["data"]["decideApprovalStep"]["state"];
        let loser = if approve["errors"].is_null() {
            &reject
        } else {
            &approve
        };
        assert_eq!(error_code(loser), "CONFLICT", "{loser}");
        assert_eq!(w.state(&id).await, winner.as_str().unwrap());
        let steps = steps(&w.read(&id).await);
        assert_eq!(
            steps.iter().filter(|s| s.2 == "pending").count(),
            0,
            "{steps:?}"
        );
    }
}

#[tokio::test]
async fn a_double_submission_opens_one_round() {
    let w = World::new().await;
    for round in 0..5 {
        let id = w.draft(&format!("Dubbelklick {round}")).await;
        let (first, second) =
            tokio::join!(w.submit_as(&w.teacher, &id), w.submit_as(&w.teacher, &id));
        let succeeded = [&first, &second]
            .into_iter()
            .filter(|r| r["errors"].is_null())
            .count();
        assert_eq!(succeeded, 1, "{first}\n{second}");
        let loser = if first["errors"].is_null() {
            &second
        } else {
            &first
        };
        assert_eq!(error_code(loser), "CONFLICT", "{loser}");
        let steps = steps(&w.read(&id).await);
        assert_eq!(
            steps.iter().filter(|s| s.2 == "pending").count(),
            1,
            "{steps:?}"
        );
        assert!(steps.iter().all(|s| s.0 == 1), "{steps:?}");
    }
}
