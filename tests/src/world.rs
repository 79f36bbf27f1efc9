//! A municipality with a school, a partner school in Lyon and the people around them, made
//! through the API as an installation would make them: for benchmarks that need realistic
//! exchanges.
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{Scope, TestApp, week_in_lyon};

/// Jönköping, Östra skolan and Lycée du Parc, with the school's teacher and principal and
/// the municipality's coordinator signed in (session tokens).
pub struct SchoolWorld {
    pub municipality: Uuid,
    pub lyon: Uuid,
    pub school: Uuid,
    pub partner: Uuid,
    pub teacher: String,
    pub principal: String,
    pub coordinator: String,
}

pub const TEACHER: &str = "larare@ostra.example";
pub const PRINCIPAL: &str = "rektor@ostra.example";
pub const COORDINATOR: &str = "kansli@jonkoping.example";

/// Runs one operation that must succeed; returns its root field's data.
pub async fn call(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let response = app.gql(Some(token), query, variables).await;
    let data = response["data"]
        .as_object()
        .and_then(|data| data.values().next())
        .cloned();
    match data {
        Some(data) if response["errors"].is_null() => data,
        _ => panic!("{query}: {response}"),
    }
}

fn id_in(value: &Value) -> Uuid {
    value["id"]
        .as_str()
        .and_then(|id| Uuid::parse_str(id).ok())
        .unwrap_or_else(|| panic!("no id in {value}"))
}

impl SchoolWorld {
    pub async fn new(app: &TestApp) -> SchoolWorld {
        let admin = app.user_with_role("admin@utbyte.example", "admin").await;
        let municipality = call(
            app,
            &admin,
            "mutation($input: CreateMunicipalityInput!) { \
             createMunicipality(input: $input) { id town { id } } }",
            json!({ "input": {
                "name": "Jönköping", "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
            }}),
        )
        .await;
        let home_town = id_in(&municipality["town"]);
        let lyon = id_in(
            &call(
                app,
                &admin,
                "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
                json!({ "input": {
                    "localName": "Lyon", "country": "FR", "languages": ["fr"],
                    "coordinates": { "latitude": 45.764, "longitude": 4.8357 },
                }}),
            )
            .await,
        );
        let mut organisations = Vec::new();
        for (name, town) in [("Östra skolan", home_town), ("Lycée du Parc", lyon)] {
            organisations.push(id_in(
                &call(
                    app,
                    &admin,
                    "mutation($input: OrganisationProfileInput!) { \
                     createOrganisation(input: $input) { id } }",
                    json!({ "input": {
                        "name": name, "kind": "SCHOOL", "townId": town,
                        "ageRange": { "min": 13, "max": 18 }, "workingLanguages": ["sv", "en"],
                    }}),
                )
                .await,
            ));
        }
        let (school, partner) = (organisations[0], organisations[1]);
        let municipality = id_in(&municipality);
        let person = |email: &'static str, role: &'static str, scope: Scope| async move {
            app.user_with_roles(email, &[(role, scope)]).await
        };
        SchoolWorld {
            teacher: person(TEACHER, "teacher", Scope::Organisation(school)).await,
            principal: person(PRINCIPAL, "principal", Scope::Organisation(school)).await,
            coordinator: person(
                COORDINATOR,
                "coordinator",
                Scope::Municipality(municipality),
            )
            .await,
            municipality,
            lyon,
            school,
            partner,
        }
    }

    /// A week in Lyon drafted by the teacher; returns its id.
    pub async fn draft(&self, app: &TestApp, title: &str) -> Uuid {
        let input = week_in_lyon(
            &self.school.to_string(),
            &self.partner.to_string(),
            &self.lyon.to_string(),
            title,
        );
        id_in(
            &call(
                app,
                &self.teacher,
                "mutation($input: ExchangeInput!) { createExchangeDraft(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await,
        )
    }

    /// A week in Lyon submitted by the teacher: it waits for the principal.
    pub async fn submitted(&self, app: &TestApp, title: &str) -> Uuid {
        let id = self.draft(app, title).await;
        call(
            app,
            &self.teacher,
            "mutation($id: ID!) { submitExchange(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
        id
    }
}
