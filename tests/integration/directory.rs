//! The directory end to end: municipalities, towns and partnerships, organisation profiles,
//! partner requests, the search, and who may do what.
use serde_json::{Value, json};
use utbyte_tests::{Scope, TestApp, error_code, error_fields, error_reason as reason};

use crate::matrix::{self, Matrix, Outcome};
use uuid::Uuid;

/// Every field of an organisation, for queries and round trips.
macro_rules! organisation_fields {
    () => {
        "id name kind town { id } address latitude longitude descriptions { language text } \
         ageRange { min max } workingLanguages themes sdgs typicalGroupSize hostingCapacity \
         hostPlaces availability { from to mode } accessibilityNotes oid accreditation \
         createdAt updatedAt"
    };
}

const CREATE_MUNICIPALITY: &str = "mutation($input: CreateMunicipalityInput!) { \
     createMunicipality(input: $input) { id name forbidsNewTwinTowns \
     town { id localName country languages } } }";
const SET_MAIL_SENDER: &str = "mutation($id: ID!, $sender: MailSenderInput) { \
     setMunicipalityMailSender(municipalityId: $id, sender: $sender) { id mailSender { name address } } }";
const SET_POLICY: &str = "mutation($id: ID!, $forbids: Boolean!) { \
     setTwinTownPolicy(municipalityId: $id, forbidsNewTwinTowns: $forbids) { id forbidsNewTwinTowns } }";
const CREATE_TOWN: &str = "mutation($input: CreateTownInput!) { createTown(input: $input) { \
     id localName englishName country countryName region latitude longitude languages } }";
const CREATE_PARTNERSHIP: &str = "mutation($input: CreatePartnershipInput!) { \
     createPartnership(input: $input) { id kind status binding startedOn decidedBy notes \
     town { id } municipality { id } } }";
const END_PARTNERSHIP: &str = "mutation($id: ID!, $input: EndPartnershipInput!) { \
     endPartnership(id: $id, input: $input) { id kind status startedOn endedOn endReason \
     decidedBy endDecidedBy history { action actorId } } }";
const PARTNERSHIPS: &str = "query($id: ID!, $ended: Boolean!) { municipality(id: $id) { \
     partnerships(includeEnded: $ended) { id kind status endedOn } } }";
const CREATE_ORGANISATION: &str = concat!(
    "mutation($input: OrganisationProfileInput!) { createOrganisation(input: $input) { ",
    organisation_fields!(),
    " } }"
);
const UPDATE_ORGANISATION: &str = concat!(
    "mutation($id: ID!, $input: OrganisationProfileInput!) { \
     updateOrganisation(id: $id, input: $input) { ",
    organisation_fields!(),
    " } }"
);
const ORGANISATION: &str = concat!(
    "query($id: ID!) { organisation(id: $id) { ",
    organisation_fields!(),
    " members { email role } } }"
);
const CREATE_REQUEST: &str = "mutation($org: ID!, $input: PartnerRequestInput!) { \
     createPartnerRequest(organisationId: $org, input: $input) { id title status } }";
const SEARCH: &str = "query($filter: DirectoryFilterInput, $first: Int, $after: String) { \
     organisations(filter: $filter, first: $first, after: $after) { \
     pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }";

/// The data of a response that must have succeeded.
fn data<'a>(response: &'a Value, what: &str) -> &'a Value {
    assert!(
        response["errors"].is_null() && !response["data"].is_null(),
        "{what}: {response}"
    );
    &response["data"]
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

/// The fields named by the first error, sorted.
fn sorted_fields(response: &Value) -> Vec<String> {
    let mut fields = error_fields(response);
    fields.sort();
    fields
}

/// Creates a Swedish municipality; returns its id and its own town's id.
async fn municipality(app: &TestApp, token: &str, name: &str, forbids: bool) -> (String, String) {
    let response = app
        .gql(
            Some(token),
            CREATE_MUNICIPALITY,
            json!({ "input": {
                "name": name, "country": "se",
                "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
                "languages": ["sv"], "forbidsNewTwinTowns": forbids,
            }}),
        )
        .await;
    let created = &data(&response, "createMunicipality")["createMunicipality"];
    (id_of(created), id_of(&created["town"]))
}

fn town_input(local_name: &str, country: &str, languages: &[&str]) -> Value {
    json!({ "input": {
        "localName": local_name, "country": country,
        "coordinates": { "latitude": 60.9827, "longitude": 25.6615 },
        "languages": languages,
    }})
}

async fn town(app: &TestApp, token: &str, local_name: &str, country: &str) -> String {
    let response = app
        .gql(
            Some(token),
            CREATE_TOWN,
            town_input(local_name, country, &["fi", "sv"]),
        )
        .await;
    id_of(&data(&response, "createTown")["createTown"])
}

/// The smallest valid profile.
fn profile(name: &str, town_id: &str) -> Value {
    json!({
        "name": name, "kind": "SCHOOL", "townId": town_id,
        "ageRange": { "min": 13, "max": 16 }, "workingLanguages": ["sv", "en"],
    })
}

async fn organisation(app: &TestApp, token: &str, input: Value) -> String {
    let response = app
        .gql(Some(token), CREATE_ORGANISATION, json!({ "input": input }))
        .await;
    id_of(&data(&response, "createOrganisation")["createOrganisation"])
}

fn request_input(title: &str) -> Value {
    json!({
        "title": title, "direction": "VISIT",
        "dates": { "from": "2027-04-12", "to": "2027-04-16" },
        "ageRange": { "min": 14, "max": 16 }, "groupSize": 20, "themes": ["MUSIC"],
    })
}

// ---------------------------------------------------------------------------------------------
// 1. Partnerships
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn partnerships_follow_the_policy_and_keep_their_history() {
    let app = TestApp::spawn().await;
    let coordinator = app
        .user_with_role("kansli@jonkoping.example", "coordinator")
        .await;
    let coordinator_id = app.user_id("kansli@jonkoping.example").await.to_string();

    let created = app
        .gql(
            Some(&coordinator),
            CREATE_MUNICIPALITY,
            json!({ "input": {
                "name": "Jönköping", "country": "se",
                "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
                "languages": ["SV"], "forbidsNewTwinTowns": true,
            }}),
        )
        .await;
    let created = &data(&created, "createMunicipality")["createMunicipality"];
    assert_eq!(created["forbidsNewTwinTowns"], true);
    assert_eq!(created["name"], "Jönköping");
    assert_eq!(created["town"]["localName"], "Jönköping");
    assert_eq!(created["town"]["country"], "SE");
    assert_eq!(created["town"]["languages"], json!(["sv"]));
    let municipality_id = id_of(created);
    let own_town = id_of(&created["town"]);

    let lahti = app
        .gql(
            Some(&coordinator),
            CREATE_TOWN,
            json!({ "input": {
                "localName": "Lahti", "englishName": "Lahti", "country": "FI",
                "region": "Päijät-Häme",
                "coordinates": { "latitude": 60.9827, "longitude": 25.6615 },
                "languages": ["fi", "SV"],
            }}),
        )
        .await;
    let lahti = &data(&lahti, "createTown")["createTown"];
    assert_eq!(lahti["countryName"], "Finland");
    assert_eq!(lahti["region"], "Päijät-Häme");
    assert_eq!(lahti["latitude"], 60.9827);
    assert_eq!(lahti["languages"], json!(["fi", "sv"]));
    let lahti = id_of(lahti);
    let tartu = town(&app, &coordinator, "Tartu", "EE").await;

    // Not with itself, and not with towns or municipalities that do not exist.
    for (town_id, municipality, field, code) in [
        (
            own_town.clone(),
            municipality_id.clone(),
            "input.townId",
            "own_town",
        ),
        (
            Uuid::now_v7().to_string(),
            municipality_id.clone(),
            "input.townId",
            "unknown",
        ),
        (
            lahti.clone(),
            Uuid::now_v7().to_string(),
            "input.municipalityId",
            "unknown",
        ),
    ] {
        let response = refused_naming(
            &app,
            &coordinator,
            CREATE_PARTNERSHIP,
            json!({ "input": {
                "municipalityId": municipality, "townId": town_id, "kind": "COOPERATION",
                "binding": false,
            }}),
            "partnerships",
            &[field],
        )
        .await;
        assert_eq!(field_codes(&response), [code], "{response}");
    }

    let twin_town = json!({ "input": {
        "municipalityId": municipality_id, "townId": lahti, "kind": "TWIN_TOWN",
        "startedOn": "1947-06-01", "decidedBy": "Kommunfullmäktige", "binding": true,
    }});

    // The policy forbids new twin towns: refused, nothing written.
    let (rows, audit) = (
        app.count("partnerships").await,
        app.count("audit_events").await,
    );
    let refused = app
        .gql(Some(&coordinator), CREATE_PARTNERSHIP, twin_town.clone())
        .await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(reason(&refused), "policy_forbids_new_twin_towns");
    assert_eq!(app.count("partnerships").await, rows);
    assert_eq!(app.count("audit_events").await, audit);

    let policy = app
        .gql(
            Some(&coordinator),
            SET_POLICY,
            json!({ "id": municipality_id, "forbids": false }),
        )
        .await;
    assert_eq!(
        data(&policy, "setTwinTownPolicy")["setTwinTownPolicy"]["forbidsNewTwinTowns"],
        false
    );
    let twin = app
        .gql(Some(&coordinator), CREATE_PARTNERSHIP, twin_town)
        .await;
    let twin = &data(&twin, "twin town after the policy change")["createPartnership"];
    assert_eq!(twin["kind"], "TWIN_TOWN");
    assert_eq!(twin["status"], "ACTIVE");
    assert_eq!(twin["binding"], true);
    assert_eq!(twin["startedOn"], "1947-06-01");
    assert_eq!(twin["decidedBy"], "Kommunfullmäktige");
    assert_eq!(twin["town"]["id"], lahti.as_str());
    assert_eq!(twin["municipality"]["id"], municipality_id.as_str());
    let twin_id = id_of(twin);

    // A sister city never binds the municipality.
    let (rows, audit) = (
        app.count("partnerships").await,
        app.count("audit_events").await,
    );
    let binding_sister = app
        .gql(
            Some(&coordinator),
            CREATE_PARTNERSHIP,
            json!({ "input": {
                "municipalityId": municipality_id, "townId": tartu, "kind": "SISTER_CITY",
                "binding": true,
            }}),
        )
        .await;
    assert_eq!(error_code(&binding_sister), "CONFLICT", "{binding_sister}");
    assert_eq!(reason(&binding_sister), "sister_city_never_binding");
    assert_eq!(app.count("partnerships").await, rows);
    assert_eq!(app.count("audit_events").await, audit);

    let cooperation = app
        .gql(
            Some(&coordinator),
            CREATE_PARTNERSHIP,
            json!({ "input": {
                "municipalityId": municipality_id, "townId": tartu, "kind": "COOPERATION",
                "binding": false, "notes": "Klimatsamarbete 2026–2028",
            }}),
        )
        .await;
    let cooperation = &data(&cooperation, "cooperation")["createPartnership"];
    assert_eq!(cooperation["kind"], "COOPERATION");
    assert_eq!(cooperation["notes"], "Klimatsamarbete 2026–2028");
    assert_eq!(cooperation["startedOn"], Value::Null);
    let cooperation_id = id_of(cooperation);

    // An end before the start is refused, naming the date; nothing changes.
    let audit = app.count("audit_events").await;
    let too_early = app
        .gql(
            Some(&coordinator),
            END_PARTNERSHIP,
            json!({ "id": twin_id, "input": { "endedOn": "1946-12-31", "reason": "Misstag" } }),
        )
        .await;
    assert_eq!(error_code(&too_early), "BAD_USER_INPUT", "{too_early}");
    assert_eq!(error_fields(&too_early), ["input.endedOn"]);
    assert_eq!(app.count("audit_events").await, audit);
    let listed = app
        .gql(
            Some(&coordinator),
            PARTNERSHIPS,
            json!({ "id": municipality_id, "ended": false }),
        )
        .await;
    let active: Vec<_> = data(&listed, "partnerships")["municipality"]["partnerships"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect();
    assert_eq!(active, [twin_id.clone(), cooperation_id.clone()]);

    // Ending keeps the row with its date, reason and deciding body.
    let ended = app
        .gql(
            Some(&coordinator),
            END_PARTNERSHIP,
            json!({ "id": twin_id, "input": {
                "endedOn": "2026-06-30",
                "reason": "Den internationella strategin gör inga nya vänortsavtal",
                "decidedBy": "Kommunstyrelsen",
            }}),
        )
        .await;
    let ended = &data(&ended, "endPartnership")["endPartnership"];
    assert_eq!(ended["status"], "ENDED");
    assert_eq!(ended["kind"], "TWIN_TOWN");
    assert_eq!(ended["startedOn"], "1947-06-01");
    assert_eq!(ended["endedOn"], "2026-06-30");
    assert_eq!(
        ended["endReason"],
        "Den internationella strategin gör inga nya vänortsavtal"
    );
    assert_eq!(ended["decidedBy"], "Kommunfullmäktige");
    assert_eq!(ended["endDecidedBy"], "Kommunstyrelsen");
    assert_eq!(
        ended["history"],
        json!([
            { "action": "partnership_created", "actorId": coordinator_id },
            { "action": "partnership_ended", "actorId": coordinator_id },
        ])
    );
    assert_eq!(app.count("partnerships").await, 2, "the ended row stays");

    let only_active = app
        .gql(
            Some(&coordinator),
            PARTNERSHIPS,
            json!({ "id": municipality_id, "ended": false }),
        )
        .await;
    assert_eq!(
        data(&only_active, "active partnerships")["municipality"]["partnerships"],
        json!([{ "id": cooperation_id, "kind": "COOPERATION", "status": "ACTIVE", "endedOn": null }])
    );
    let with_ended = app
        .gql(
            Some(&coordinator),
            PARTNERSHIPS,
            json!({ "id": municipality_id, "ended": true }),
        )
        .await;
    assert_eq!(
        data(&with_ended, "all partnerships")["municipality"]["partnerships"],
        json!([
            { "id": twin_id, "kind": "TWIN_TOWN", "status": "ENDED", "endedOn": "2026-06-30" },
            { "id": cooperation_id, "kind": "COOPERATION", "status": "ACTIVE", "endedOn": null },
        ])
    );

    // Once ended, it stays ended.
    let audit = app.count("audit_events").await;
    let again = app
        .gql(
            Some(&coordinator),
            END_PARTNERSHIP,
            json!({ "id": twin_id, "input": { "endedOn": "2026-12-31", "reason": "Igen" } }),
        )
        .await;
    assert_eq!(error_code(&again), "CONFLICT", "{again}");
    assert_eq!(reason(&again), "partnership_already_ended");
    assert_eq!(app.count("audit_events").await, audit);

    let actions = app.audit_actions().await;
    for expected in [
        "municipality_created",
        "town_created",
        "municipality_policy_changed",
        "partnership_created",
        "partnership_ended",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} missing from {actions:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Bad input
// ---------------------------------------------------------------------------------------------

/// Sends `query`, expects BAD_USER_INPUT naming exactly `fields`, and no new row in `table`
/// or in the audit trail.
async fn refused_naming(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    table: &str,
    fields: &[&str],
) -> Value {
    let rows = app.count(table).await;
    let audit = app.count("audit_events").await;
    let response = app.gql(Some(token), query, variables.clone()).await;
    assert_eq!(
        response["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{variables} → {response}"
    );
    let mut expected: Vec<String> = fields.iter().map(|f| (*f).to_owned()).collect();
    expected.sort();
    assert_eq!(
        sorted_fields(&response),
        expected,
        "{variables} → {response}"
    );
    assert!(response["data"].is_null(), "{response}");
    assert_eq!(
        app.count(table).await,
        rows,
        "a {table} row was written: {variables}"
    );
    assert_eq!(
        app.count("audit_events").await,
        audit,
        "an audit event was written: {variables}"
    );
    response
}

/// The codes of the fields named by the first error, in order.
fn field_codes(response: &Value) -> Vec<String> {
    response["errors"][0]["extensions"]["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let coordinator = app
        .user_with_role("kansli@vaxjo.example", "coordinator")
        .await;
    let (_, home) = municipality(&app, &coordinator, "Växjö", false).await;

    // Towns: coordinates out of range, unknown countries.
    let mut input = town_input("Kaunas", "LT", &["lt"]);
    input["input"]["coordinates"]["latitude"] = json!(91.0);
    refused_naming(
        &app,
        &coordinator,
        CREATE_TOWN,
        input,
        "towns",
        &["input.coordinates.latitude"],
    )
    .await;
    let mut input = town_input("Kaunas", "LT", &["lt"]);
    input["input"]["coordinates"]["longitude"] = json!(-181.0);
    refused_naming(
        &app,
        &coordinator,
        CREATE_TOWN,
        input,
        "towns",
        &["input.coordinates.longitude"],
    )
    .await;
    for country in ["XX", "UK", "SWE", ""] {
        let response = refused_naming(
            &app,
            &coordinator,
            CREATE_TOWN,
            town_input("Leeds", country, &["en"]),
            "towns",
            &["input.country"],
        )
        .await;
        assert_eq!(field_codes(&response), ["unknown_country"], "{country}");
    }
    refused_naming(
        &app,
        &coordinator,
        CREATE_MUNICIPALITY,
        json!({ "input": {
            "name": "Leeds", "country": "UK",
            "coordinates": { "latitude": 53.8, "longitude": -1.55 }, "languages": ["en"],
        }}),
        "municipalities",
        &["input.country"],
    )
    .await;
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_MUNICIPALITY,
        json!({ "input": {
            "name": "Växjö", "country": "SE",
            "coordinates": { "latitude": 56.88, "longitude": 14.81 }, "languages": ["sv"],
        }}),
        "municipalities",
        &["input.name"],
    )
    .await;
    assert_eq!(field_codes(&response), ["taken"]);
    refused_naming(
        &app,
        &coordinator,
        CREATE_TOWN,
        town_input("Kaunas", "LT", &["lt", "xx"]),
        "towns",
        &["input.languages"],
    )
    .await;

    // Organisations.
    let organisation_input = |change: &dyn Fn(&mut Value)| {
        let mut input = profile("Katedralskolan", &home);
        change(&mut input);
        json!({ "input": input })
    };
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| p["ageRange"] = json!({ "min": 16, "max": 13 })),
        "organisations",
        &["input.ageRange"],
    )
    .await;
    assert_eq!(field_codes(&response), ["min_above_max"]);
    for oid in ["E1234567", "X12345678", "E12345678X"] {
        let response = refused_naming(
            &app,
            &coordinator,
            CREATE_ORGANISATION,
            organisation_input(&|p| p["oid"] = json!(oid)),
            "organisations",
            &["input.oid"],
        )
        .await;
        assert_eq!(field_codes(&response), ["invalid_oid"], "{oid}");
    }
    refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| p["workingLanguages"] = json!(["sv", "xx"])),
        "organisations",
        &["input.workingLanguages"],
    )
    .await;
    refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| p["sdgs"] = json!([4, 18])),
        "organisations",
        &["input.sdgs"],
    )
    .await;
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| p["townId"] = json!(Uuid::now_v7().to_string())),
        "organisations",
        &["input.townId"],
    )
    .await;
    assert_eq!(field_codes(&response), ["unknown"]);
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| p["townId"] = json!("not-a-uuid")),
        "organisations",
        &["input.townId"],
    )
    .await;
    assert_eq!(field_codes(&response), ["invalid_id"]);

    // An unknown theme is refused by the schema itself, naming the list.
    let rows = app.count("organisations").await;
    let astrology = app
        .gql(
            Some(&coordinator),
            CREATE_ORGANISATION,
            organisation_input(&|p| p["themes"] = json!(["MUSIC", "ASTROLOGY"])),
        )
        .await;
    let message = astrology["errors"][0]["message"]
        .as_str()
        .unwrap_or_default();
    // The message names the field and the type, and never repeats the submitted value.
    assert!(
        message.contains("input.themes.1") && message.contains("\"Theme\""),
        "{astrology}"
    );
    assert!(!message.contains("ASTROLOGY"), "{astrology}");
    assert!(
        ["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"].contains(&error_code(&astrology)),
        "{astrology}"
    );
    assert!(astrology["data"].is_null(), "{astrology}");
    assert_eq!(app.count("organisations").await, rows);

    // Several bad fields: every one of them is named.
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| {
            p["name"] = json!("   ");
            p["ageRange"] = json!({ "min": 19, "max": 6 });
            p["workingLanguages"] = json!(["zz"]);
            p["sdgs"] = json!([0]);
            p["oid"] = json!("E1");
            p["coordinates"] = json!({ "latitude": -90.5, "longitude": 180.5 });
        }),
        "organisations",
        &[
            "input.name",
            "input.ageRange",
            "input.workingLanguages",
            "input.sdgs",
            "input.oid",
            "input.coordinates.latitude",
            "input.coordinates.longitude",
        ],
    )
    .await;
    assert_eq!(
        response["errors"].as_array().map(Vec::len),
        Some(1),
        "one error carries every field: {response}"
    );
    let mut input = town_input("", "XX", &["xx"]);
    input["input"]["coordinates"] = json!({ "latitude": 91.0, "longitude": -181.0 });
    refused_naming(
        &app,
        &coordinator,
        CREATE_TOWN,
        input,
        "towns",
        &[
            "input.localName",
            "input.country",
            "input.coordinates.latitude",
            "input.coordinates.longitude",
            "input.languages",
        ],
    )
    .await;

    // A duplicate Erasmus+ id, in any case and spacing.
    let first = {
        let mut input = profile("Katedralskolan", &home);
        input["oid"] = json!("E10203040");
        organisation(&app, &coordinator, input).await
    };
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_ORGANISATION,
        organisation_input(&|p| {
            p["name"] = json!("Teknikum");
            p["oid"] = json!(" e10203040 ");
        }),
        "organisations",
        &["input.oid"],
    )
    .await;
    assert_eq!(field_codes(&response), ["taken"]);
    let second = organisation(&app, &coordinator, profile("Teknikum", &home)).await;
    let mut taken = profile("Teknikum", &home);
    taken["oid"] = json!("E10203040");
    let response = refused_naming(
        &app,
        &coordinator,
        UPDATE_ORGANISATION,
        json!({ "id": second, "input": taken }),
        "organisations",
        &["input.oid"],
    )
    .await;
    assert_eq!(field_codes(&response), ["taken"]);

    // Partner requests.
    let mut upside_down = request_input("Musikutbyte");
    upside_down["ageRange"] = json!({ "min": 17, "max": 14 });
    refused_naming(
        &app,
        &coordinator,
        CREATE_REQUEST,
        json!({ "org": first, "input": upside_down }),
        "partner_requests",
        &["input.ageRange"],
    )
    .await;
    let mut backwards = request_input("Musikutbyte");
    backwards["dates"] = json!({ "from": "2027-04-16", "to": "2027-04-12" });
    let response = refused_naming(
        &app,
        &coordinator,
        CREATE_REQUEST,
        json!({ "org": first, "input": backwards }),
        "partner_requests",
        &["input.dates.to"],
    )
    .await;
    assert_eq!(field_codes(&response), ["before_start"]);
    let mut both = request_input("   ");
    both["dates"] = json!({ "from": "2027-04-16", "to": "2027-04-12" });
    both["ageRange"] = json!({ "min": 17, "max": 14 });
    both["languages"] = json!(["klingon"]);
    refused_naming(
        &app,
        &coordinator,
        CREATE_REQUEST,
        json!({ "org": first, "input": both }),
        "partner_requests",
        &[
            "input.title",
            "input.dates.to",
            "input.ageRange",
            "input.languages",
        ],
    )
    .await;

    // Malformed ids anywhere.
    refused_naming(
        &app,
        &coordinator,
        CREATE_REQUEST,
        json!({ "org": "not-a-uuid", "input": request_input("Musikutbyte") }),
        "partner_requests",
        &["organisationId"],
    )
    .await;
    let lookup = app
        .gql(
            Some(&coordinator),
            ORGANISATION,
            json!({ "id": "not-a-uuid" }),
        )
        .await;
    assert_eq!(error_code(&lookup), "BAD_USER_INPUT", "{lookup}");
    assert_eq!(error_fields(&lookup), ["id"]);
    let unknown = app
        .gql(
            Some(&coordinator),
            ORGANISATION,
            json!({ "id": Uuid::now_v7().to_string() }),
        )
        .await;
    assert_eq!(error_code(&unknown), "NOT_FOUND", "{unknown}");

    // Nothing but the two good organisations was ever written.
    assert_eq!(app.count("organisations").await, 2);
    assert_eq!(app.count("partner_requests").await, 0);
    assert_eq!(app.count("towns").await, 1);
}

/// A malformed or unknown town id is one more bad field: it is listed with the others
/// instead of hiding them until it is fixed.
#[tokio::test]
async fn a_bad_town_id_is_listed_with_the_other_bad_fields() {
    let app = TestApp::spawn().await;
    let coordinator = app
        .user_with_role("kansli@vaxjo.example", "coordinator")
        .await;
    let mut answers = Vec::new();
    for town_id in ["not-a-uuid".to_owned(), Uuid::now_v7().to_string()] {
        let mut input = profile("Katedralskolan", &town_id);
        input["ageRange"] = json!({ "min": 16, "max": 13 });
        input["sdgs"] = json!([18]);
        let response = app
            .gql(
                Some(&coordinator),
                CREATE_ORGANISATION,
                json!({ "input": input }),
            )
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
        answers.push((town_id, sorted_fields(&response)));
    }
    assert_eq!(app.count("organisations").await, 0);
    let expected = ["input.ageRange", "input.sdgs", "input.townId"];
    assert!(
        answers.iter().all(|(_, fields)| fields == &expected),
        "expected {expected:?} for each town id, got {answers:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Who may do what
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    CreateMunicipality,
    SetTwinTownPolicy,
    CreateTown,
    CreatePartnership,
    CreateOrganisation,
    UpdateOrganisation,
    CreatePartnerRequest,
    SearchOrganisations,
    MemberContacts,
    PartnerMatches,
    RecordCompletedExchange,
    RunMatchingRound,
    EndPartnership,
    UpdatePartnershipNotes,
    PartnershipHistory,
    UpdatePartnerRequest,
    SetPartnerRequestStatus,
    MatchSuggestions,
    RespondToMatchSuggestion,
    ListMunicipalities,
    ReadMunicipality,
    ListTowns,
    ReadOrganisation,
    ReadPartnerRequest,
    SetMunicipalityMailSender,
    PublishPrivacyNotice,
    ReadPrivacyNotices,
}

use Operation::*;

/// The tables the directory's operations write to; a refusal or a read leaves them all alone.
const TABLES: [&str; 11] = [
    "municipalities",
    "privacy_notices",
    "towns",
    "partnerships",
    "organisations",
    "partner_requests",
    "completed_exchanges",
    "match_rounds",
    "match_suggestions",
    "outbox_emails",
    "audit_events",
];

const OPERATIONS: [Operation; 27] = [
    CreateMunicipality,
    SetTwinTownPolicy,
    CreateTown,
    CreatePartnership,
    CreateOrganisation,
    UpdateOrganisation,
    CreatePartnerRequest,
    SearchOrganisations,
    MemberContacts,
    PartnerMatches,
    RecordCompletedExchange,
    RunMatchingRound,
    EndPartnership,
    UpdatePartnershipNotes,
    PartnershipHistory,
    UpdatePartnerRequest,
    SetPartnerRequestStatus,
    MatchSuggestions,
    RespondToMatchSuggestion,
    ListMunicipalities,
    ReadMunicipality,
    ListTowns,
    ReadOrganisation,
    ReadPartnerRequest,
    SetMunicipalityMailSender,
    PublishPrivacyNotice,
    ReadPrivacyNotices,
];

/// What the matrix acts on.
struct Fixture {
    municipality: String,
    home_town: String,
    organisation: String,
    partner_town: String,
    /// A request of `organisation` that a matching round paired with a host.
    partner_request: String,
    /// That pairing.
    suggestion: String,
}

/// What one principal acts on alone, so that allowed writes never collide.
struct Own {
    /// Keeps names unique per principal.
    tag: String,
    /// A town to make a new partnership with.
    partner_town: String,
    /// An active partnership of the fixture municipality, to end and annotate.
    partnership: String,
    /// An open request of the fixture organisation, to close.
    open_request: String,
}

impl Operation {
    /// The root field of the schema that the operation exercises (also for a field below
    /// it, such as `organisation.members`).
    fn field(&self) -> &'static str {
        match self {
            CreateMunicipality => "createMunicipality",
            SetTwinTownPolicy => "setTwinTownPolicy",
            CreateTown => "createTown",
            CreatePartnership => "createPartnership",
            CreateOrganisation => "createOrganisation",
            UpdateOrganisation => "updateOrganisation",
            CreatePartnerRequest => "createPartnerRequest",
            SearchOrganisations => "organisations",
            MemberContacts | ReadOrganisation => "organisation",
            PartnerMatches => "partnerMatches",
            RecordCompletedExchange => "recordCompletedExchange",
            RunMatchingRound => "runMatchingRound",
            EndPartnership => "endPartnership",
            UpdatePartnershipNotes => "updatePartnershipNotes",
            PartnershipHistory | ReadMunicipality => "municipality",
            UpdatePartnerRequest => "updatePartnerRequest",
            SetPartnerRequestStatus => "setPartnerRequestStatus",
            MatchSuggestions => "matchSuggestions",
            RespondToMatchSuggestion => "respondToMatchSuggestion",
            ListMunicipalities => "municipalities",
            ListTowns => "towns",
            ReadPartnerRequest => "partnerRequest",
            SetMunicipalityMailSender => "setMunicipalityMailSender",
            PublishPrivacyNotice => "publishPrivacyNotice",
            ReadPrivacyNotices => "privacyNotices",
        }
    }

    /// The table a write adds to (or changes in place), or None for reads.
    /// An allowed write adds exactly one audit event; a read adds none.
    fn writes(self) -> bool {
        !matches!(
            self,
            SearchOrganisations
                | MemberContacts
                | PartnerMatches
                | PartnershipHistory
                | MatchSuggestions
                | ListMunicipalities
                | ReadMunicipality
                | ListTowns
                | ReadOrganisation
                | ReadPartnerRequest
                | ReadPrivacyNotices
        )
    }

    /// The operation and its variables, as principal `own` sends it.
    fn request(self, fixture: &Fixture, own: &Own) -> (&'static str, Value) {
        let tag = &own.tag;
        match self {
            CreateMunicipality => (
                CREATE_MUNICIPALITY,
                json!({ "input": {
                    "name": format!("Kommun {tag}"), "country": "SE",
                    "coordinates": { "latitude": 59.0, "longitude": 15.0 },
                    "languages": ["sv"],
                }}),
            ),
            SetTwinTownPolicy => (
                SET_POLICY,
                json!({ "id": fixture.municipality, "forbids": false }),
            ),
            SetMunicipalityMailSender => (
                SET_MAIL_SENDER,
                json!({ "id": fixture.municipality, "sender": {
                    "name": format!("Kommunen {tag}"), "address": "utbyte@kommunen.example",
                }}),
            ),
            PublishPrivacyNotice => (
                "mutation($id: ID!, $notice: PrivacyNoticeInput!) { \
                 publishPrivacyNotice(municipalityId: $id, notice: $notice) { id version } }",
                json!({ "id": fixture.municipality, "notice": {
                    "controller": format!("Nämnden {tag}"),
                    "controllerContact": "namnden@kommunen.example",
                    "dpoContact": "dataskydd@kommunen.example",
                }}),
            ),
            ReadPrivacyNotices => (
                "query($id: ID!) { privacyNotices(municipalityId: $id) { id version } }",
                json!({ "id": fixture.municipality }),
            ),
            CreateTown => (
                CREATE_TOWN,
                town_input(&format!("Town {tag}"), "FI", &["fi"]),
            ),
            CreatePartnership => (
                CREATE_PARTNERSHIP,
                json!({ "input": {
                    "municipalityId": fixture.municipality, "townId": own.partner_town,
                    "kind": "COOPERATION", "binding": false,
                }}),
            ),
            CreateOrganisation => (
                CREATE_ORGANISATION,
                json!({ "input": profile(&format!("Skola {tag}"), &fixture.home_town) }),
            ),
            UpdateOrganisation => (
                UPDATE_ORGANISATION,
                json!({
                    "id": fixture.organisation,
                    "input": profile(&format!("Östra skolan ({tag})"), &fixture.home_town),
                }),
            ),
            CreatePartnerRequest => (
                CREATE_REQUEST,
                json!({ "org": fixture.organisation, "input": request_input(&format!("Utbyte {tag}")) }),
            ),
            SearchOrganisations => (
                "{ organisations(first: 5) { edges { node { id name } } } }",
                json!({}),
            ),
            MemberContacts => (
                "query($id: ID!) { organisation(id: $id) { members { email role } } }",
                json!({ "id": fixture.organisation }),
            ),
            PartnerMatches => (
                "query($id: ID!) { partnerMatches(organisationId: $id, first: 5) { \
                 matchedCount edges { node { rank } } } }",
                json!({ "id": fixture.organisation }),
            ),
            RecordCompletedExchange => (
                "mutation($input: CompletedExchangeInput!) { recordCompletedExchange(input: $input) \
                 { id hostTown { id } visitorTown { id } } }",
                json!({ "input": {
                    "host": { "organisationId": fixture.organisation },
                    "visitor": { "townId": fixture.partner_town },
                    "dates": { "from": "2025-05-05", "to": "2025-05-09" }, "participants": 18,
                }}),
            ),
            RunMatchingRound => (
                "mutation($m: ID!) { runMatchingRound(municipalityId: $m) { id requestCount } }",
                json!({ "m": fixture.municipality }),
            ),
            EndPartnership => (
                END_PARTNERSHIP,
                json!({ "id": own.partnership, "input": {
                    "endedOn": "2026-06-30", "reason": format!("Avslutat av {tag}"),
                }}),
            ),
            UpdatePartnershipNotes => (
                "mutation($id: ID!, $notes: String!) { \
                 updatePartnershipNotes(id: $id, notes: $notes) { id notes } }",
                json!({ "id": own.partnership, "notes": format!("Anteckning {tag}") }),
            ),
            PartnershipHistory => (
                "query($id: ID!) { municipality(id: $id) { \
                 partnerships(includeEnded: true) { id history { action } } } }",
                json!({ "id": fixture.municipality }),
            ),
            UpdatePartnerRequest => (
                "mutation($id: ID!, $input: PartnerRequestInput!) { \
                 updatePartnerRequest(id: $id, input: $input) { id title } }",
                json!({
                    "id": fixture.partner_request,
                    "input": request_input(&format!("Musikutbyte ({tag})")),
                }),
            ),
            SetPartnerRequestStatus => (
                "mutation($id: ID!) { setPartnerRequestStatus(id: $id, status: CLOSED) \
                 { id status } }",
                json!({ "id": own.open_request }),
            ),
            MatchSuggestions => (
                "query($id: ID!) { matchSuggestions(organisationId: $id) { \
                 id requesterResponse hostResponse } }",
                json!({ "id": fixture.organisation }),
            ),
            RespondToMatchSuggestion => (
                "mutation($id: ID!) { \
                 respondToMatchSuggestion(id: $id, side: REQUESTER, accept: true) { \
                 id requesterResponse } }",
                json!({ "id": fixture.suggestion }),
            ),
            ListMunicipalities => ("{ municipalities { id name } }", json!({})),
            ReadMunicipality => (
                "query($id: ID!) { municipality(id: $id) { id name forbidsNewTwinTowns } }",
                json!({ "id": fixture.municipality }),
            ),
            ListTowns => ("{ towns { id localName country } }", json!({})),
            ReadOrganisation => (
                "query($id: ID!) { organisation(id: $id) { id name town { id } } }",
                json!({ "id": fixture.organisation }),
            ),
            ReadPartnerRequest => (
                "query($id: ID!) { partnerRequest(id: $id) { id title status \
                 organisation { id } } }",
                json!({ "id": fixture.partner_request }),
            ),
        }
    }
}

/// Partnerships of a municipality, ended ones too, with their notes and history.
const PARTNERSHIP_STATES: &str = "query($id: ID!) { municipality(id: $id) { \
     partnerships(includeEnded: true) { id status notes history { action } } } }";

#[tokio::test]
async fn who_may_do_what_in_the_directory() {
    use Outcome::{Allowed as A, Forbidden as F, Unauthenticated as U};

    let app = TestApp::spawn().await;
    let admin = app.user_with_role("admin@utbyte.example", "admin").await;
    let (municipality_id, home_town) = municipality(&app, &admin, "Jönköping", false).await;
    let (other_municipality, other_home) = municipality(&app, &admin, "Växjö", false).await;
    let lahti = town(&app, &admin, "Lahti", "FI").await;
    let school = organisation(&app, &admin, profile("Östra skolan", &home_town)).await;
    let elsewhere = organisation(&app, &admin, profile("Katedralskolan", &other_home)).await;
    let (municipality_uuid, school_uuid) = (uuid(&municipality_id), uuid(&school));

    let principals: Vec<(&str, Option<String>)> = vec![
        ("global admin", Some(admin.clone())),
        (
            "global coordinator",
            Some(
                app.user_with_role("global@utbyte.example", "coordinator")
                    .await,
            ),
        ),
        (
            "municipality coordinator",
            Some(
                app.user_with_roles(
                    "kansli@jonkoping.example",
                    &[("coordinator", Scope::Municipality(municipality_uuid))],
                )
                .await,
            ),
        ),
        (
            "other municipality's coordinator",
            Some(
                app.user_with_roles(
                    "kansli@vaxjo.example",
                    &[(
                        "coordinator",
                        Scope::Municipality(uuid(&other_municipality)),
                    )],
                )
                .await,
            ),
        ),
        (
            "teacher member",
            Some(
                app.user_with_roles(
                    "larare@ostra.example",
                    &[("teacher", Scope::Organisation(school_uuid))],
                )
                .await,
            ),
        ),
        (
            "partner contact member",
            Some(
                app.user_with_roles(
                    "kontakt@ostra.example",
                    &[("partner_contact", Scope::Organisation(school_uuid))],
                )
                .await,
            ),
        ),
        (
            "profile admin member",
            Some(
                app.user_with_roles(
                    "profil@ostra.example",
                    &[("admin", Scope::Organisation(school_uuid))],
                )
                .await,
            ),
        ),
        (
            "teacher of another organisation",
            Some(
                app.user_with_roles(
                    "larare@katedral.example",
                    &[("teacher", Scope::Organisation(uuid(&elsewhere)))],
                )
                .await,
            ),
        ),
        (
            "youth",
            Some(app.user_with_role("ung@example.se", "youth").await),
        ),
        (
            "guardian",
            Some(app.user_with_role("foralder@example.se", "guardian").await),
        ),
        ("anonymous", None),
    ];

    // One row per principal, one column per operation in the order of OPERATIONS:
    //  1 createMunicipality        9 organisation.members      17 setPartnerRequestStatus
    //  2 setTwinTownPolicy        10 partnerMatches            18 matchSuggestions
    //  3 createTown               11 recordCompletedExchange   19 respondToMatchSuggestion
    //  4 createPartnership        12 runMatchingRound          20 municipalities
    //  5 createOrganisation       13 endPartnership            21 municipality
    //  6 updateOrganisation       14 updatePartnershipNotes    22 towns
    //  7 createPartnerRequest     15 partnership.history       23 organisation
    //  8 organisations            16 updatePartnerRequest      24 partnerRequest
    //                                                          25 setMunicipalityMailSender
    //                                                          26 publishPrivacyNotice
    //                                                          27 privacyNotices
    let expected: [[Outcome; OPERATIONS.len()]; 11] = [
        // global admin
        [
            A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
        ],
        // global coordinator
        [
            A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
        ],
        // the municipality's coordinator
        [
            F, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
        ],
        // another municipality's coordinator: creates organisations and records exchanges
        // only where its municipality is involved.
        [
            F, F, A, F, F, F, F, A, A, A, F, F, F, F, A, F, F, F, F, A, A, A, A, A, F, F, F,
        ],
        // teacher member
        [
            F, F, F, F, F, A, A, A, A, A, F, F, F, F, A, A, A, A, A, A, A, A, A, A, F, F, F,
        ],
        // partner contact member
        [
            F, F, F, F, F, A, A, A, A, A, F, F, F, F, A, A, A, A, A, A, A, A, A, A, F, F, F,
        ],
        // profile admin member
        [
            F, F, F, F, F, A, A, A, F, A, F, F, F, F, A, A, A, A, A, A, A, A, A, A, F, F, F,
        ],
        // teacher of another organisation
        [
            F, F, F, F, F, F, F, A, A, A, F, F, F, F, A, F, F, F, F, A, A, A, A, A, F, F, F,
        ],
        // youth
        [
            F, F, F, F, F, F, F, A, F, A, F, F, F, F, A, F, F, F, F, A, A, A, A, A, F, F, F,
        ],
        // guardian
        [
            F, F, F, F, F, F, F, A, F, A, F, F, F, F, A, F, F, F, F, A, A, A, A, A, F, F, F,
        ],
        // anonymous
        [
            U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
        ],
    ];
    assert_eq!(expected.len(), principals.len());

    // A host with places to spare, and a request of the school that a round pairs with it.
    let mut host = profile("Lahden lyseo", &lahti);
    host["hostingCapacity"] = json!(30);
    host["hostPlaces"] = json!(5);
    organisation(&app, &admin, host).await;
    let partner_request = app
        .gql(
            Some(&admin),
            CREATE_REQUEST,
            json!({ "org": school, "input": request_input("Musikutbyte") }),
        )
        .await;
    let partner_request =
        id_of(&data(&partner_request, "createPartnerRequest")["createPartnerRequest"]);
    let round = app
        .gql(
            Some(&admin),
            "mutation($m: ID!) { runMatchingRound(municipalityId: $m) { \
             suggestions { id request { id } } } }",
            json!({ "m": municipality_id }),
        )
        .await;
    let suggestion = data(&round, "runMatchingRound")["runMatchingRound"]["suggestions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["request"]["id"] == partner_request.as_str())
        .map(id_of)
        .unwrap_or_else(|| panic!("the round paired the school's request with the host: {round}"));

    // What each principal acts on alone: a town to partner with (so that allowed
    // partnerships never collide), a partnership to end, a request to close.
    let mut owns = Vec::new();
    for index in 0..principals.len() {
        let partner_town = town(&app, &admin, &format!("Partner {index}"), "EE").await;
        let ending_town = town(&app, &admin, &format!("Avslutas {index}"), "LV").await;
        let partnership = app
            .gql(
                Some(&admin),
                CREATE_PARTNERSHIP,
                json!({ "input": {
                    "municipalityId": municipality_id, "townId": ending_town,
                    "kind": "COOPERATION", "binding": false,
                }}),
            )
            .await;
        let partnership = id_of(&data(&partnership, "createPartnership")["createPartnership"]);
        let open_request = app
            .gql(
                Some(&admin),
                CREATE_REQUEST,
                json!({ "org": school, "input": request_input(&format!("Stängs {index}")) }),
            )
            .await;
        let open_request =
            id_of(&data(&open_request, "createPartnerRequest")["createPartnerRequest"]);
        owns.push(Own {
            tag: format!("p{index}"),
            partner_town,
            partnership,
            open_request,
        });
    }
    let fixture = Fixture {
        municipality: municipality_id.clone(),
        home_town,
        organisation: school.clone(),
        partner_town: lahti,
        partner_request: partner_request.clone(),
        suggestion: suggestion.clone(),
    };

    Matrix {
        app: &app,
        tables: &TABLES,
    }
    .check(
        &principals,
        &expected,
        OPERATIONS,
        |operation, index| operation.request(&fixture, &owns[index]),
        Operation::writes,
    )
    .await;
    let allowed = |operation: Operation| matrix::allowed(&expected, &OPERATIONS, operation);

    // The refused ones left the profile as the last allowed principal wrote it.
    let school_now = app
        .gql(Some(&admin), ORGANISATION, json!({ "id": school }))
        .await;
    assert_eq!(
        data(&school_now, "organisation")["organisation"]["name"],
        "Östra skolan (p6)",
        "the profile admin (p6) was the last allowed to update it"
    );
    // Six posted in the matrix, the one the round paired, one per principal to close.
    assert_eq!(
        app.count("partner_requests").await,
        6 + 1 + principals.len() as i64
    );

    // Changes in place took effect for the allowed principals only.
    let partnerships = app
        .gql(
            Some(&admin),
            PARTNERSHIP_STATES,
            json!({ "id": municipality_id }),
        )
        .await;
    let partnerships = &data(&partnerships, "partnerships")["municipality"]["partnerships"];
    for ((own, ended), noted) in owns
        .iter()
        .zip(allowed(EndPartnership))
        .zip(allowed(UpdatePartnershipNotes))
    {
        let partnership = partnerships
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["id"] == own.partnership.as_str())
            .unwrap_or_else(|| panic!("{}'s partnership is listed: {partnerships}", own.tag));
        let mut history = vec![json!({ "action": "partnership_created" })];
        if ended {
            history.push(json!({ "action": "partnership_ended" }));
        }
        if noted {
            history.push(json!({ "action": "partnership_notes_changed" }));
        }
        let expected = json!({
            "id": own.partnership,
            "status": if ended { "ENDED" } else { "ACTIVE" },
            "notes": if noted { format!("Anteckning {}", own.tag) } else { String::new() },
            "history": history,
        });
        assert_eq!(partnership, &expected, "{}'s partnership", own.tag);
    }
    for (own, closed) in owns.iter().zip(allowed(SetPartnerRequestStatus)) {
        let request = app
            .gql(
                Some(&admin),
                "query($id: ID!) { partnerRequest(id: $id) { status } }",
                json!({ "id": own.open_request }),
            )
            .await;
        assert_eq!(
            data(&request, "partnerRequest")["partnerRequest"]["status"],
            if closed { "CLOSED" } else { "OPEN" },
            "{}'s request",
            own.tag
        );
    }
    let request = app
        .gql(
            Some(&admin),
            "query($id: ID!) { partnerRequest(id: $id) { title status } }",
            json!({ "id": partner_request }),
        )
        .await;
    assert_eq!(
        data(&request, "partnerRequest")["partnerRequest"],
        json!({ "title": "Musikutbyte (p6)", "status": "OPEN" }),
        "the profile admin (p6) was the last allowed to update it"
    );
    let suggestions = app
        .gql(
            Some(&admin),
            "query($id: ID!) { matchSuggestions(organisationId: $id) { \
             id requesterResponse hostResponse } }",
            json!({ "id": school }),
        )
        .await;
    let answered = data(&suggestions, "matchSuggestions")["matchSuggestions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["id"] == suggestion.as_str())
        .cloned();
    assert_eq!(
        answered,
        Some(json!({
            "id": suggestion, "requesterResponse": "ACCEPTED", "hostResponse": "PENDING",
        }))
    );
    let answers = app
        .audit()
        .await
        .into_iter()
        .filter(|e| {
            e.action == "match_suggestion_answered" && e.subject_id == Some(uuid(&suggestion))
        })
        .count();
    assert_eq!(
        answers,
        allowed(RespondToMatchSuggestion)
            .into_iter()
            .filter(|a| *a)
            .count(),
        "one answer per allowed principal"
    );
}

/// Root fields that belong to accounts and notifications: their own tests say who may
/// use them.
const ACCOUNT_AND_NOTIFICATION_FIELDS: &[&str] = &[
    "me",
    "users",
    "login",
    "logout",
    "logoutEverywhere",
    "register",
    "inviteUser",
    "acceptInvitation",
    "verifyEmail",
    "changePassword",
    "setMyTimeZone",
    "requestPasswordReset",
    "resetPassword",
    "grantRole",
    "revokeRole",
    "queuedMails",
    "requeueMail",
    "requeueFailedMails",
    "notifications",
    "markNotificationsRead",
];

/// A new query or mutation of the directory or of matching must come with its row of
/// expectations in `who_may_do_what_in_the_directory`.
#[test]
fn every_directory_and_matching_operation_is_in_the_matrix() {
    let fields = utbyte_tests::schema_root_fields();
    let in_schema = |name: &str| fields.iter().any(|field| field == name);

    let missing: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .filter(|name| !ACCOUNT_AND_NOTIFICATION_FIELDS.contains(name))
        // The exchanges API has its own matrix and guard (exchanges.rs).
        .filter(|name| !crate::exchanges::is_exchange_field(name))
        // So has the funding API (funding.rs).
        .filter(|name| !crate::funding::is_funding_field(name))
        // And the registrations API (registrations.rs).
        .filter(|name| !crate::registrations::is_registration_field(name))
        // And the audit trail's (audit.rs), the follow-up figures' (reporting.rs) and
        // retention's (retention.rs).
        .filter(|name| !crate::audit::is_audit_field(name))
        .filter(|name| !crate::reporting::is_reporting_field(name))
        .filter(|name| !crate::retention::is_retention_field(name))
        .filter(|name| {
            !OPERATIONS
                .iter()
                .any(|operation| operation.field() == *name)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "queries and mutations missing from the authorization matrix: {}.\n\
         Add them to the matrix of who_may_do_what_in_the_directory: each as an Operation in \
         OPERATIONS, with its field(), table() and request(), and its column of expected \
         outcomes for every principal (or, if it belongs to accounts or notifications, to \
         ACCOUNT_AND_NOTIFICATION_FIELDS).",
        missing.join(", ")
    );

    let stale: Vec<&str> = ACCOUNT_AND_NOTIFICATION_FIELDS
        .iter()
        .copied()
        .filter(|name| !in_schema(name))
        .collect();
    assert!(
        stale.is_empty(),
        "no longer in the schema, take them off ACCOUNT_AND_NOTIFICATION_FIELDS: {}",
        stale.join(", ")
    );
    let unknown: Vec<String> = OPERATIONS
        .iter()
        .filter(|operation| !in_schema(operation.field()))
        .map(|operation| format!("{operation:?} ({})", operation.field()))
        .collect();
    assert!(
        unknown.is_empty(),
        "operations of the matrix name fields the schema does not have: {}",
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
}

// ---------------------------------------------------------------------------------------------
// 4. Search
// ---------------------------------------------------------------------------------------------

/// Names of a search's results, in order.
async fn search(app: &TestApp, token: &str, filter: Value) -> Vec<String> {
    let response = app
        .gql(
            Some(token),
            SEARCH,
            json!({ "filter": filter, "first": 100 }),
        )
        .await;
    data(&response, "organisations")["organisations"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| edge["node"]["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Five organisations in two towns; returns a youth's token and the two towns' ids.
async fn directory(app: &TestApp) -> (String, String, String) {
    let coordinator = app
        .user_with_role("kansli@jonkoping.example", "coordinator")
        .await;
    let (_, jonkoping) = municipality(app, &coordinator, "Jönköping", false).await;
    let lahti = town(app, &coordinator, "Lahti", "FI").await;
    for (name, kind, town, themes) in [
        (
            "Östra gymnasiet",
            "SCHOOL",
            &jonkoping,
            json!(["MUSIC", "CULTURE"]),
        ),
        (
            "Lahden musiikkiopisto",
            "CULTURE_ORGANISATION",
            &lahti,
            json!(["MUSIC"]),
        ),
        (
            "IK Tord fotboll",
            "SPORTS_CLUB",
            &jonkoping,
            json!(["SPORT"]),
        ),
        (
            "Sandgärdskolan",
            "SCHOOL",
            &lahti,
            json!(["ENVIRONMENT_AND_CLIMATE"]),
        ),
        (
            "Per Brahegymnasiet",
            "SCHOOL",
            &jonkoping,
            json!(["HISTORY_AND_HERITAGE", "SCIENCE"]),
        ),
    ] {
        let mut input = profile(name, town);
        input["kind"] = json!(kind);
        input["themes"] = themes;
        organisation(app, &coordinator, input).await;
    }
    let youth = app.user_with_role("ung@example.se", "youth").await;
    (youth, jonkoping, lahti)
}

#[tokio::test]
async fn search_by_text_kind_theme_and_town_with_paging() {
    let app = TestApp::spawn().await;
    let (youth, jonkoping, lahti) = directory(&app).await;

    // Text: part of the name, any case.
    assert_eq!(
        search(&app, &youth, json!({ "text": "GYMNASIET" })).await,
        ["Östra gymnasiet", "Per Brahegymnasiet"]
    );
    assert_eq!(
        search(&app, &youth, json!({ "text": "  musiikki " })).await,
        ["Lahden musiikkiopisto"]
    );
    assert_eq!(
        search(&app, &youth, json!({ "text": "gärd" })).await,
        ["Sandgärdskolan"]
    );
    // LIKE wildcards are plain characters.
    assert!(
        search(&app, &youth, json!({ "text": "%" }))
            .await
            .is_empty()
    );
    assert!(
        search(&app, &youth, json!({ "text": "_" }))
            .await
            .is_empty()
    );

    // Kind, theme, town, and all together.
    assert_eq!(
        search(&app, &youth, json!({ "kind": "SCHOOL" })).await,
        ["Östra gymnasiet", "Sandgärdskolan", "Per Brahegymnasiet"]
    );
    assert_eq!(
        search(&app, &youth, json!({ "theme": "MUSIC" })).await,
        ["Östra gymnasiet", "Lahden musiikkiopisto"]
    );
    assert!(
        search(&app, &youth, json!({ "theme": "MEDIA" }))
            .await
            .is_empty()
    );
    assert_eq!(
        search(&app, &youth, json!({ "townId": lahti })).await,
        ["Lahden musiikkiopisto", "Sandgärdskolan"]
    );
    assert_eq!(
        search(
            &app,
            &youth,
            json!({ "kind": "SCHOOL", "townId": jonkoping, "theme": "SCIENCE", "text": "brahe" })
        )
        .await,
        ["Per Brahegymnasiet"]
    );
    assert!(
        search(
            &app,
            &youth,
            json!({ "kind": "SPORTS_CLUB", "townId": lahti })
        )
        .await
        .is_empty()
    );

    // Paging: two at a time, oldest first, every organisation once.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    for page in 0.. {
        let response = app
            .gql(Some(&youth), SEARCH, json!({ "first": 2, "after": after }))
            .await;
        let connection = &data(&response, "a page")["organisations"];
        let edges = connection["edges"].as_array().unwrap();
        seen.extend(
            edges
                .iter()
                .map(|e| e["node"]["name"].as_str().unwrap().to_owned()),
        );
        assert_eq!(
            connection["pageInfo"]["hasPreviousPage"],
            page > 0,
            "{response}"
        );
        if connection["pageInfo"]["hasNextPage"] == false {
            assert_eq!(page, 2, "five organisations are three pages of two");
            assert_eq!(edges.len(), 1);
            break;
        }
        assert_eq!(edges.len(), 2);
        assert_eq!(
            connection["pageInfo"]["endCursor"], edges[1]["cursor"],
            "{response}"
        );
        after = connection["pageInfo"]["endCursor"]
            .as_str()
            .map(str::to_owned);
    }
    assert_eq!(
        seen,
        [
            "Östra gymnasiet",
            "Lahden musiikkiopisto",
            "IK Tord fotboll",
            "Sandgärdskolan",
            "Per Brahegymnasiet",
        ]
    );

    // Page sizes are capped, and cursors are ours.
    for first in [101, 0, -1] {
        let response = app
            .gql(Some(&youth), SEARCH, json!({ "first": first }))
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
        assert_eq!(error_fields(&response), ["first"], "{first}");
    }
    let response = app.gql(Some(&youth), SEARCH, json!({ "first": 100 })).await;
    assert_eq!(
        data(&response, "first: 100")["organisations"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
    let response = app
        .gql(Some(&youth), SEARCH, json!({ "after": "page-2" }))
        .await;
    assert_eq!(error_fields(&response), ["after"], "{response}");
    let response = app
        .gql(
            Some(&youth),
            SEARCH,
            json!({ "filter": { "townId": "nowhere" } }),
        )
        .await;
    assert_eq!(error_fields(&response), ["filter.townId"], "{response}");
}

/// Swedish and Finnish names start with Å, Ä and Ö: "any case" must cover them.
#[tokio::test]
async fn search_ignores_case_beyond_ascii() {
    let app = TestApp::spawn().await;
    let (youth, _, _) = directory(&app).await;
    assert_eq!(
        search(&app, &youth, json!({ "text": "östra" })).await,
        ["Östra gymnasiet"]
    );
    assert_eq!(
        search(&app, &youth, json!({ "text": "SANDGÄRD" })).await,
        ["Sandgärdskolan"]
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Organisation profile round trip
// ---------------------------------------------------------------------------------------------

/// Descriptions as a sorted list, whatever order they come back in.
fn sorted_descriptions(organisation: &Value) -> Vec<(String, String)> {
    let mut descriptions: Vec<(String, String)> = organisation["descriptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["language"].as_str().unwrap().to_owned(),
                d["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    descriptions.sort();
    descriptions
}

#[tokio::test]
async fn an_organisation_profile_round_trips_and_updates_replace_it() {
    let app = TestApp::spawn().await;
    let coordinator = app
        .user_with_role("kansli@jonkoping.example", "coordinator")
        .await;
    let (_, jonkoping) = municipality(&app, &coordinator, "Jönköping", false).await;
    let lahti = town(&app, &coordinator, "Lahti", "FI").await;

    let full = json!({
        "name": "Kulturskolan Jönköping",
        "kind": "CULTURE_ORGANISATION",
        "townId": jonkoping,
        "address": "Västra Storgatan 9, 553 15 Jönköping",
        "coordinates": { "latitude": 57.7815, "longitude": 14.1562 },
        "descriptions": [
            { "language": "sv", "text": "Musik, dans och teater för unga 12–19 år." },
            { "language": "en", "text": "Music, dance and drama for young people aged 12–19." },
        ],
        "ageRange": { "min": 12, "max": 19 },
        "workingLanguages": ["SV", "en", "Fi"],
        "themes": ["MUSIC", "CULTURE", "MUSIC", "ARTS"],
        "sdgs": [13, 4, 13, 17],
        "typicalGroupSize": 24,
        "hostingCapacity": 30,
        "hostPlaces": 2,
        "availability": [
            { "from": "2027-03-01", "to": "2027-05-31", "mode": "HOST" },
            { "from": "2027-09-01", "to": "2027-10-15", "mode": "BOTH" },
        ],
        "accessibilityNotes": "Step-free entrance; hearing loop in the concert hall.",
        "oid": "e10203040",
        "accreditation": "YOUTH",
    });
    let created = app
        .gql(
            Some(&coordinator),
            CREATE_ORGANISATION,
            json!({ "input": full }),
        )
        .await;
    let created = data(&created, "createOrganisation")["createOrganisation"].clone();
    let id = id_of(&created);

    let fetched = app
        .gql(Some(&coordinator), ORGANISATION, json!({ "id": id }))
        .await;
    let fetched = &data(&fetched, "organisation")["organisation"];
    for organisation in [&created, fetched] {
        assert_eq!(organisation["name"], "Kulturskolan Jönköping");
        assert_eq!(organisation["kind"], "CULTURE_ORGANISATION");
        assert_eq!(organisation["town"]["id"], jonkoping.as_str());
        assert_eq!(
            organisation["address"],
            "Västra Storgatan 9, 553 15 Jönköping"
        );
        assert_eq!(organisation["latitude"], 57.7815);
        assert_eq!(organisation["longitude"], 14.1562);
        assert_eq!(
            sorted_descriptions(organisation),
            [
                (
                    "en".to_owned(),
                    "Music, dance and drama for young people aged 12–19.".to_owned()
                ),
                (
                    "sv".to_owned(),
                    "Musik, dans och teater för unga 12–19 år.".to_owned()
                ),
            ]
        );
        assert_eq!(organisation["ageRange"], json!({ "min": 12, "max": 19 }));
        assert_eq!(organisation["workingLanguages"], json!(["sv", "en", "fi"]));
        let mut themes: Vec<&str> = organisation["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        themes.sort_unstable();
        assert_eq!(themes, ["ARTS", "CULTURE", "MUSIC"], "de-duplicated");
        assert_eq!(organisation["sdgs"], json!([4, 13, 17]));
        assert_eq!(organisation["typicalGroupSize"], 24);
        assert_eq!(organisation["hostingCapacity"], 30);
        assert_eq!(organisation["hostPlaces"], 2);
        assert_eq!(
            organisation["availability"],
            json!([
                { "from": "2027-03-01", "to": "2027-05-31", "mode": "HOST" },
                { "from": "2027-09-01", "to": "2027-10-15", "mode": "BOTH" },
            ])
        );
        assert_eq!(
            organisation["accessibilityNotes"],
            "Step-free entrance; hearing loop in the concert hall."
        );
        assert_eq!(organisation["oid"], "E10203040");
        assert_eq!(organisation["accreditation"], "YOUTH");
    }
    assert_eq!(fetched["createdAt"], created["createdAt"]);
    assert_eq!(fetched["members"], json!([]));

    // A teacher of the organisation replaces the whole profile.
    let teacher = app
        .user_with_roles(
            "larare@kulturskolan.example",
            &[("teacher", Scope::Organisation(uuid(&id)))],
        )
        .await;
    let replacement = json!({
        "name": "Kulturskolan i Jönköping",
        "kind": "SCHOOL",
        "townId": lahti,
        "descriptions": [{ "language": "EN", "text": "Music school." }],
        "ageRange": { "min": 10, "max": 15 },
        "workingLanguages": ["en"],
        "themes": ["SCIENCE"],
        "hostingCapacity": 0,
        "hostPlaces": 0,
    });
    let audit = app.count("audit_events").await;
    let updated = app
        .gql(
            Some(&teacher),
            UPDATE_ORGANISATION,
            json!({ "id": id, "input": replacement }),
        )
        .await;
    let updated = data(&updated, "updateOrganisation by a teacher")["updateOrganisation"].clone();
    let fetched = app
        .gql(Some(&teacher), ORGANISATION, json!({ "id": id }))
        .await;
    let fetched = &data(&fetched, "organisation after the update")["organisation"];
    for organisation in [&updated, fetched] {
        assert_eq!(organisation["id"], id.as_str());
        assert_eq!(organisation["name"], "Kulturskolan i Jönköping");
        assert_eq!(organisation["kind"], "SCHOOL");
        assert_eq!(organisation["town"]["id"], lahti.as_str());
        assert_eq!(organisation["address"], Value::Null);
        assert_eq!(organisation["latitude"], Value::Null);
        assert_eq!(organisation["longitude"], Value::Null);
        assert_eq!(
            organisation["descriptions"],
            json!([{ "language": "en", "text": "Music school." }])
        );
        assert_eq!(organisation["ageRange"], json!({ "min": 10, "max": 15 }));
        assert_eq!(organisation["workingLanguages"], json!(["en"]));
        assert_eq!(organisation["themes"], json!(["SCIENCE"]));
        assert_eq!(organisation["sdgs"], json!([]));
        assert_eq!(organisation["typicalGroupSize"], Value::Null);
        assert_eq!(organisation["hostingCapacity"], 0);
        assert_eq!(organisation["hostPlaces"], 0);
        assert_eq!(organisation["availability"], json!([]));
        assert_eq!(organisation["accessibilityNotes"], Value::Null);
        assert_eq!(organisation["oid"], Value::Null);
        assert_eq!(organisation["accreditation"], Value::Null);
        assert_eq!(organisation["createdAt"], created["createdAt"]);
    }
    assert_eq!(
        fetched["members"],
        json!([{ "email": "larare@kulturskolan.example", "role": "TEACHER" }])
    );
    assert_eq!(app.count("organisations").await, 1);

    assert_eq!(app.count("audit_events").await, audit + 1);
    let event = app.audit().await.pop().expect("an audit event");
    assert_eq!(event.action, "organisation_updated");
    assert_eq!(
        event.actor_id,
        Some(app.user_id("larare@kulturskolan.example").await)
    );
    assert_eq!(event.subject_type, "organisation");
    assert_eq!(event.subject_id, Some(uuid(&id)));

    // The freed Erasmus+ id can be used by another organisation now.
    let mut other = profile("Teknikum", &jonkoping);
    other["oid"] = json!("E10203040");
    organisation(&app, &coordinator, other).await;
}

/// A refused field is null, and so is every non-null field above it up to the first
/// nullable one (here the root, as `organisation` and `members` are non-null), as the
/// GraphQL specification's null propagation says.
#[tokio::test]
async fn a_refused_field_nulls_its_parents_as_the_specification_says() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("nulls-admin@example.se", "admin").await;
    let organisation = app.organisation(&admin, "Västra skolan").await;
    let guardian = app
        .user_with_role("nulls-guardian@example.se", "guardian")
        .await;
    let query = json!({
        "query": "query($id: ID!) { organisation(id: $id) { name members { email } } }",
        "variables": { "id": organisation },
    });
    let response = app.post(Some(&guardian), query.to_string()).await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"], Value::Null, "{body}");
    assert_eq!(body["errors"].as_array().unwrap().len(), 1, "{body}");
    assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    assert_eq!(
        body["errors"][0]["path"],
        json!(["organisation", "members"]),
        "{body}"
    );
}
