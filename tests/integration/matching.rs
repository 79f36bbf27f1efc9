//! Partner matching end to end: ranked and explained matches, hard filters, reciprocity,
//! matching rounds solved exactly, answers to suggestions, and the demo seed.
use serde_json::{Value, json};
use utbyte_tests::{Scope, TestApp, error_code};

struct Directory {
    app: TestApp,
    coordinator: String,
    municipality: String,
    home: String,
}

const CREATE_TOWN: &str = "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }";
const CREATE_ORGANISATION: &str =
    "mutation($input: OrganisationProfileInput!) { createOrganisation(input: $input) { id } }";
const CREATE_REQUEST: &str = "mutation($o: ID!, $input: PartnerRequestInput!) { \
    createPartnerRequest(organisationId: $o, input: $input) { id } }";
const MATCHES: &str = "query($r: ID, $o: ID, $ended: Boolean) { \
    partnerMatches(requestId: $r, organisationId: $o, includeEndedPartnerships: $ended, first: 20) { \
      matchedCount excluded { ownOrganisation capacity dates ages endedPartnership notAPartnerTown } \
      edges { cursor node { rank score organisation { id name } explanation { \
        total candidateHosts sharedThemes sharedLanguages ageOverlapYears overlapDays \
        distanceKm distanceBand nearBandEdge preferredTown turn \
        partnership { kind active } lastExchange { requesterHosted endedOn betweenOrganisations } \
        criteria { criterion points maxPoints reason } } } } } }";

fn ok(response: &Value, field: &str) -> Value {
    assert!(response["errors"].is_null(), "{field}: {response}");
    response["data"][field].clone()
}

impl Directory {
    /// Jönköping with a global coordinator, and no policy against twin towns.
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let coordinator = app
            .user_with_role("coordinator@example.se", "coordinator")
            .await;
        let created = app
            .gql(
                Some(&coordinator),
                "mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id town { id } } }",
                json!({ "input": {
                    "name": "Jönköping", "country": "SE", "languages": ["sv"],
                    "coordinates": { "latitude": 57.7826, "longitude": 14.1618 },
                }}),
            )
            .await;
        let created = ok(&created, "createMunicipality");
        Self {
            municipality: created["id"].as_str().unwrap().to_owned(),
            home: created["town"]["id"].as_str().unwrap().to_owned(),
            app,
            coordinator,
        }
    }

    async fn town(&self, name: &str, country: &str, lat: f64, lon: f64) -> String {
        let response = self
            .app
            .gql(
                Some(&self.coordinator),
                CREATE_TOWN,
                json!({ "input": {
                    "localName": name, "country": country, "languages": ["en"],
                    "coordinates": { "latitude": lat, "longitude": lon },
                }}),
            )
            .await;
        ok(&response, "createTown")["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn twin_town(&self, town: &str) -> String {
        let response = self
            .app
            .gql(
                Some(&self.coordinator),
                "mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                json!({ "input": {
                    "municipalityId": self.municipality, "townId": town, "kind": "TWIN_TOWN",
                    "binding": true, "startedOn": "1990-01-01",
                }}),
            )
            .await;
        ok(&response, "createPartnership")["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// An organisation that matches `wanted()` fully, changed by `edit`.
    async fn organisation(&self, name: &str, town: &str, edit: impl FnOnce(&mut Value)) -> String {
        let mut input = json!({
            "name": name, "kind": "SCHOOL", "townId": town,
            "ageRange": { "min": 13, "max": 18 }, "workingLanguages": ["en"],
            "themes": ["MUSIC", "SPORT"], "typicalGroupSize": 20, "hostingCapacity": 30,
            "hostPlaces": 1,
            "availability": [{ "from": "2027-03-01", "to": "2027-05-31", "mode": "BOTH" }],
        });
        edit(&mut input);
        let response = self
            .app
            .gql(
                Some(&self.coordinator),
                CREATE_ORGANISATION,
                json!({ "input": input }),
            )
            .await;
        ok(&response, "createOrganisation")["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn request(&self, organisation: &str, edit: impl FnOnce(&mut Value)) -> String {
        let mut input = json!({
            "title": "Music and sport in spring", "direction": "VISIT",
            "dates": { "from": "2027-04-01", "to": "2027-04-30" },
            "ageRange": { "min": 14, "max": 16 }, "groupSize": 20,
            "themes": ["MUSIC", "SPORT"], "languages": ["en"],
        });
        edit(&mut input);
        let response = self
            .app
            .gql(
                Some(&self.coordinator),
                CREATE_REQUEST,
                json!({ "o": organisation, "input": input }),
            )
            .await;
        ok(&response, "createPartnerRequest")["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn matches(&self, request: &str, include_ended: bool) -> Value {
        let response = self
            .app
            .gql(
                Some(&self.coordinator),
                MATCHES,
                json!({ "r": request, "ended": include_ended }),
            )
            .await;
        ok(&response, "partnerMatches")
    }
}

fn names(matches: &Value) -> Vec<String> {
    matches["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["node"]["organisation"]["name"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn node<'a>(matches: &'a Value, name: &str) -> &'a Value {
    &matches["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["organisation"]["name"] == name)
        .unwrap_or_else(|| panic!("{name} not in {matches}"))["node"]
}

#[tokio::test]
async fn matches_are_ranked_filtered_and_explained() {
    let d = Directory::new().await;
    let kuopio = d.town("Kuopio", "FI", 62.8924, 27.6770).await;
    let bodo = d.town("Bodø", "NO", 67.2804, 14.4049).await;
    let graz = d.town("Graz", "AT", 47.0707, 15.4395).await;
    d.twin_town(&kuopio).await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    d.organisation("Kuopio school", &kuopio, |_| {}).await;
    d.organisation("Bodø school", &bodo, |o| o["themes"] = json!(["MUSIC"]))
        .await;
    d.organisation("Graz school", &graz, |o| {
        o["workingLanguages"] = json!(["de"]);
    })
    .await;
    d.organisation("Bodø primary", &bodo, |o| {
        o["ageRange"] = json!({ "min": 6, "max": 9 })
    })
    .await;
    d.organisation("Small club", &bodo, |o| o["hostingCapacity"] = json!(5))
        .await;
    d.organisation("Autumn only", &graz, |o| {
        o["availability"] = json!([{ "from": "2027-09-01", "to": "2027-10-31", "mode": "HOST" }]);
    })
    .await;
    let request = d.request(&ours, |_| {}).await;

    let matches = d.matches(&request, false).await;
    assert_eq!(
        names(&matches),
        ["Kuopio school", "Bodø school", "Graz school"],
        "{matches}"
    );
    assert_eq!(matches["matchedCount"], 3);
    assert_eq!(
        matches["excluded"],
        json!({ "ownOrganisation": 1, "capacity": 1, "dates": 1, "ages": 1,
                "endedPartnership": 0, "notAPartnerTown": 0 })
    );
    let best = node(&matches, "Kuopio school");
    assert_eq!(best["rank"], 1);
    let why = &best["explanation"];
    assert_eq!(why["total"], best["score"]);
    assert_eq!(why["candidateHosts"], true);
    assert_eq!(why["sharedThemes"], json!(["SPORT", "MUSIC"]));
    assert_eq!(why["sharedLanguages"], json!(["en"]));
    assert_eq!(why["ageOverlapYears"], 3);
    assert_eq!(why["overlapDays"], 30);
    assert_eq!(why["distanceBand"], "500–1999 km");
    assert_eq!(
        why["partnership"],
        json!({ "kind": "TWIN_TOWN", "active": true })
    );
    assert_eq!(why["turn"], "NO_HISTORY");
    let criteria = why["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 9);
    let sum: i64 = criteria.iter().map(|c| c["points"].as_i64().unwrap()).sum();
    assert_eq!(sum, why["total"].as_i64().unwrap());
    let bodo_why = &node(&matches, "Bodø school")["explanation"];
    assert_eq!(bodo_why["sharedThemes"], json!(["MUSIC"]));
    assert_eq!(bodo_why["partnership"], Value::Null);
    let graz_why = &node(&matches, "Graz school")["explanation"];
    assert_eq!(graz_why["sharedLanguages"], json!([]));

    // Only partner towns: Kuopio alone.
    let only = d
        .request(&ours, |r| r["onlyPartnerTowns"] = json!(true))
        .await;
    let matches = d.matches(&only, false).await;
    assert_eq!(names(&matches), ["Kuopio school"]);
    // Filters apply in a fixed order; the age filter comes first.
    assert_eq!(matches["excluded"]["ages"], 1);
    assert_eq!(matches["excluded"]["notAPartnerTown"], 4);

    // A preferred town lifts Graz above Bodø.
    let prefer = d
        .request(&ours, |r| r["preferredTownIds"] = json!([graz]))
        .await;
    let matches = d.matches(&prefer, false).await;
    assert!(node(&matches, "Graz school")["explanation"]["preferredTown"] == true);
    let graz_first = names(&matches);
    let rank = |name: &str| graz_first.iter().position(|n| n == name).unwrap();
    // Graz has no shared language (0 of 150) but is preferred (50): still below Bodø.
    assert!(rank("Kuopio school") < rank("Bodø school"));
    assert_eq!(
        node(&matches, "Graz school")["score"].as_i64().unwrap()
            - node(&d.matches(&request, false).await, "Graz school")["score"]
                .as_i64()
                .unwrap(),
        50,
        "a preferred town adds exactly its weight"
    );

    // The profile can be matched without a request.
    let by_profile = d
        .app
        .gql(
            Some(&d.coordinator),
            MATCHES,
            json!({ "o": ours, "ended": false }),
        )
        .await;
    assert!(
        !ok(&by_profile, "partnerMatches")["edges"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn ended_partnerships_are_left_out_unless_asked_and_new_organisations_show_at_once() {
    let d = Directory::new().await;
    let kuopio = d.town("Kuopio", "FI", 62.8924, 27.6770).await;
    let partnership = d.twin_town(&kuopio).await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    d.organisation("Kuopio school", &kuopio, |_| {}).await;
    let request = d.request(&ours, |_| {}).await;
    assert_eq!(names(&d.matches(&request, false).await), ["Kuopio school"]);

    let ended = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($id: ID!) { endPartnership(id: $id, input: { endedOn: \"2026-01-31\", reason: \"Merged municipality\" }) { status } }",
            json!({ "id": partnership }),
        )
        .await;
    assert_eq!(ok(&ended, "endPartnership")["status"], "ENDED");
    let matches = d.matches(&request, false).await;
    assert_eq!(names(&matches), Vec::<String>::new());
    assert_eq!(matches["excluded"]["endedPartnership"], 1);
    let asked = d.matches(&request, true).await;
    assert_eq!(
        node(&asked, "Kuopio school")["explanation"]["partnership"],
        json!({ "kind": "TWIN_TOWN", "active": false })
    );

    // The in-memory index sees a new organisation on the next search.
    let oslo = d.town("Oslo", "NO", 59.9139, 10.7522).await;
    let oslo_school = d.organisation("Oslo school", &oslo, |_| {}).await;
    assert_eq!(names(&d.matches(&request, false).await), ["Oslo school"]);
    // ...and a changed profile: now it serves younger children only.
    let updated = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($id: ID!, $input: OrganisationProfileInput!) { updateOrganisation(id: $id, input: $input) { id } }",
            json!({ "id": oslo_school, "input": {
                "name": "Oslo school", "kind": "SCHOOL", "townId": oslo,
                "ageRange": { "min": 6, "max": 9 }, "workingLanguages": ["en"],
                "hostingCapacity": 30,
            }}),
        )
        .await;
    ok(&updated, "updateOrganisation");
    let matches = d.matches(&request, false).await;
    assert_eq!(names(&matches), Vec::<String>::new());
    assert_eq!(matches["excluded"]["ages"], 1);
}

#[tokio::test]
async fn equal_scores_keep_the_older_organisation_first_and_pages_follow_the_rank() {
    let d = Directory::new().await;
    let bodo = d.town("Bodø", "NO", 67.2804, 14.4049).await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    let mut twins = Vec::new();
    for n in 0..5 {
        twins.push(d.organisation(&format!("Twin {n}"), &bodo, |_| {}).await);
    }
    let request = d.request(&ours, |_| {}).await;
    let matches = d.matches(&request, false).await;
    assert_eq!(
        names(&matches),
        ["Twin 0", "Twin 1", "Twin 2", "Twin 3", "Twin 4"]
    );
    let page = d
        .app
        .gql(
            Some(&d.coordinator),
            "query($r: ID!, $after: String) { partnerMatches(requestId: $r, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { rank organisation { name } } } } }",
            json!({ "r": request, "after": "2" }),
        )
        .await;
    let page = ok(&page, "partnerMatches");
    assert_eq!(names(&page), ["Twin 2", "Twin 3"]);
    assert_eq!(page["edges"][0]["node"]["rank"], 3);
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    assert_eq!(page["pageInfo"]["endCursor"], "4");
}

#[tokio::test]
async fn equal_scores_go_to_the_organisation_registered_first_whatever_its_id() {
    let d = Directory::new().await;
    let bodo = d.town("Bodø", "NO", 67.2804, 14.4049).await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    let lower_id = d.organisation("Lower id", &bodo, |_| {}).await;
    let higher_id = d.organisation("Higher id", &bodo, |_| {}).await;
    assert!(lower_id < higher_id);
    // Seeded organisations have name-based ids, which say nothing of their age: here the
    // organisation with the higher id was registered a year earlier.
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
        use utbyte_domain::entities::organisations;
        let registered = chrono::Utc::now() - chrono::Duration::days(365);
        organisations::Entity::update_many()
            .col_expr(organisations::Column::CreatedAt, Expr::value(registered))
            .filter(organisations::Column::Id.eq(uuid::Uuid::parse_str(&higher_id).unwrap()))
            .exec(d.app.db())
            .await
            .unwrap();
    }
    let request = d.request(&ours, |_| {}).await;
    let matches = d.matches(&request, false).await;
    assert_eq!(names(&matches), ["Higher id", "Lower id"]);
    let (first, second) = (&matches["edges"][0]["node"], &matches["edges"][1]["node"]);
    assert_eq!(first["score"], second["score"]);
    // Distances are whole kilometres, as the Commission's calculator shows them.
    let km = &first["explanation"]["distanceKm"];
    assert!(km.is_i64(), "{km}");
}

#[tokio::test]
async fn matching_prefers_the_side_whose_turn_it_is_to_host() {
    let d = Directory::new().await;
    let bodo = d.town("Bodø", "NO", 67.2804, 14.4049).await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    let hosted_by_us = d.organisation("We hosted them", &bodo, |_| {}).await;
    // In a town of its own: the ledger falls back to exchanges between towns.
    let nearby = d.town("Bodø (second town)", "NO", 67.2804, 14.4049).await;
    let new_partner = d.organisation("No history", &nearby, |_| {}).await;
    let hosted_us = d.organisation("They hosted us", &bodo, |_| {}).await;
    let record = |host: &str, visitor: &str, year: i32| {
        json!({ "input": {
            "host": { "organisationId": host }, "visitor": { "organisationId": visitor },
            "dates": { "from": format!("{year}-05-01"), "to": format!("{year}-05-07") },
            "participants": 20,
        }})
    };
    let mutation = "mutation($input: CompletedExchangeInput!) { recordCompletedExchange(input: $input) { id } }";
    for (host, visitor, year) in [
        (&ours, &hosted_by_us, 2025),
        (&hosted_us, &ours, 2025),
        // The latest exchange counts: they hosted us in 2023, we hosted them in 2025.
        (&hosted_by_us, &ours, 2023),
    ] {
        let response = d
            .app
            .gql(Some(&d.coordinator), mutation, record(host, visitor, year))
            .await;
        ok(&response, "recordCompletedExchange");
    }
    let request = d.request(&ours, |_| {}).await;
    let matches = d.matches(&request, false).await;
    assert_eq!(
        names(&matches),
        ["We hosted them", "No history", "They hosted us"]
    );
    let turn = |name| node(&matches, name)["explanation"]["turn"].clone();
    assert_eq!(turn("We hosted them"), "FOLLOWS");
    assert_eq!(turn("No history"), "NO_HISTORY");
    assert_eq!(turn("They hosted us"), "AGAINST");
    assert_eq!(
        node(&matches, "We hosted them")["explanation"]["lastExchange"],
        json!({ "requesterHosted": true, "endedOn": "2025-05-07", "betweenOrganisations": true })
    );
    let ledger = d
        .app
        .gql(
            Some(&d.coordinator),
            "query($o: ID!) { organisation(id: $o) { completedExchanges { hostOrganisation { name } visitorOrganisation { name } endedOn } } }",
            json!({ "o": ours }),
        )
        .await;
    let ledger = ok(&ledger, "organisation")["completedExchanges"].clone();
    assert_eq!(ledger.as_array().unwrap().len(), 3, "{ledger}");
    assert_eq!(ledger[2]["hostOrganisation"]["name"], "We hosted them");
    assert_eq!(ledger[2]["endedOn"], "2023-05-07");
    let untouched = d
        .app
        .gql(
            Some(&d.coordinator),
            "query($o: ID!) { organisation(id: $o) { completedExchanges { id } } }",
            json!({ "o": new_partner }),
        )
        .await;
    assert_eq!(
        ok(&untouched, "organisation")["completedExchanges"],
        json!([])
    );
}

const ROUND: &str = "mutation($m: ID) { runMatchingRound(municipalityId: $m) { id requestCount hostPlaceCount assignedCount totalScore \
    suggestions { id score request { id } host { id name } explanation { total } requesterResponse hostResponse } } }";

#[tokio::test]
async fn a_matching_round_finds_the_best_total_where_a_greedy_pass_would_not() {
    let d = Directory::new().await;
    let near = d.town("Svendborg", "DK", 55.0598, 10.6068).await;
    let far = d.town("Kuopio", "FI", 62.8924, 27.6770).await;
    let first = d.organisation("First school", &d.home, |_| {}).await;
    let second = d
        .organisation("Second school", &d.home, |o| {
            o["ageRange"] = json!({ "min": 17, "max": 19 })
        })
        .await;
    // Both requests like the near host best; only it takes the older group.
    let near_host = d
        .organisation("Near host", &near, |o| {
            o["ageRange"] = json!({ "min": 13, "max": 19 })
        })
        .await;
    let far_host = d
        .organisation("Far host", &far, |o| {
            o["ageRange"] = json!({ "min": 13, "max": 16 })
        })
        .await;
    let r1 = d.request(&first, |_| {}).await;
    let r2 = d
        .request(&second, |r| r["ageRange"] = json!({ "min": 17, "max": 19 }))
        .await;
    // A request that only hosts is not part of the round.
    d.request(&first, |r| r["direction"] = json!("HOST")).await;

    let round = d
        .app
        .gql(Some(&d.coordinator), ROUND, json!({ "m": d.municipality }))
        .await;
    let round = ok(&round, "runMatchingRound");
    assert_eq!(round["requestCount"], 2);
    assert_eq!(round["assignedCount"], 2, "{round}");
    let host_of = |request: &str| {
        round["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["request"]["id"] == request)
            .map(|s| s["host"]["id"].as_str().unwrap().to_owned())
    };
    // Greedy (first request first) would give the near host to the first request and
    // leave the second without one.
    assert_eq!(host_of(&r1).as_deref(), Some(far_host.as_str()));
    assert_eq!(host_of(&r2).as_deref(), Some(near_host.as_str()));
    let total: i64 = round["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_i64().unwrap())
        .sum();
    assert_eq!(round["totalScore"].as_i64().unwrap(), total);
    assert!(
        d.app
            .audit_actions()
            .await
            .contains(&"match_round_run".to_owned())
    );

    // Each side answers for itself.
    let suggestion = round["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["request"]["id"] == r1)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let first_teacher = d
        .app
        .user_with_roles(
            "teacher@first.example",
            &[(
                "teacher",
                Scope::Organisation(uuid::Uuid::parse_str(&first).unwrap()),
            )],
        )
        .await;
    let host_contact = d
        .app
        .user_with_roles(
            "contact@far.example",
            &[(
                "partner_contact",
                Scope::Organisation(uuid::Uuid::parse_str(&far_host).unwrap()),
            )],
        )
        .await;
    let answer = "mutation($id: ID!, $side: SuggestionSide!, $accept: Boolean!) { \
        respondToMatchSuggestion(id: $id, side: $side, accept: $accept) { requesterResponse hostResponse } }";
    let refused = d
        .app
        .gql(
            Some(&host_contact),
            answer,
            json!({ "id": suggestion, "side": "REQUESTER", "accept": true }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
    let accepted = d
        .app
        .gql(
            Some(&first_teacher),
            answer,
            json!({ "id": suggestion, "side": "REQUESTER", "accept": true }),
        )
        .await;
    assert_eq!(
        ok(&accepted, "respondToMatchSuggestion"),
        json!({ "requesterResponse": "ACCEPTED", "hostResponse": "PENDING" })
    );
    let declined = d
        .app
        .gql(
            Some(&host_contact),
            answer,
            json!({ "id": suggestion, "side": "HOST", "accept": false }),
        )
        .await;
    assert_eq!(
        ok(&declined, "respondToMatchSuggestion"),
        json!({ "requesterResponse": "ACCEPTED", "hostResponse": "DECLINED" })
    );
    let listed = d
        .app
        .gql(
            Some(&host_contact),
            "query($o: ID!) { matchSuggestions(organisationId: $o) { id hostResponse } }",
            json!({ "o": far_host }),
        )
        .await;
    assert_eq!(
        ok(&listed, "matchSuggestions"),
        json!([{ "id": suggestion, "hostResponse": "DECLINED" }])
    );

    // The declined request goes into the next round; the accepted pairing keeps its place.
    // The far host is free again, but what one side declined is never suggested again.
    let next = d
        .app
        .gql(Some(&d.coordinator), ROUND, json!({ "m": d.municipality }))
        .await;
    let next = ok(&next, "runMatchingRound");
    assert_eq!(next["requestCount"], 1, "{next}");
    assert_eq!(next["suggestions"], json!([]), "{next}");

    // A host like the far one, registered later (so it loses ties), is suggested instead.
    let later_host = d
        .organisation("Later host", &far, |o| {
            o["ageRange"] = json!({ "min": 13, "max": 16 })
        })
        .await;
    let last = d
        .app
        .gql(Some(&d.coordinator), ROUND, json!({ "m": d.municipality }))
        .await;
    let last = ok(&last, "runMatchingRound");
    assert_eq!(last["suggestions"][0]["request"]["id"], r1, "{last}");
    assert_eq!(last["suggestions"][0]["host"]["id"], later_host, "{last}");
}

#[tokio::test]
async fn hostile_and_mistaken_input_is_refused_by_name() {
    let d = Directory::new().await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    let request = d.request(&ours, |_| {}).await;
    let huge = d
        .app
        .gql(
            Some(&d.coordinator),
            "query($r: ID!, $after: String) { partnerMatches(requestId: $r, after: $after) { matchedCount } }",
            json!({ "r": request, "after": "18446744073709551615" }),
        )
        .await;
    assert_eq!(error_code(&huge), "BAD_USER_INPUT");
    assert_eq!(utbyte_tests::error_fields(&huge), ["after"]);

    let nameless = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }",
            json!({ "input": {
                "name": "  ", "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": 57.0, "longitude": 14.0 },
            }}),
        )
        .await;
    assert_eq!(utbyte_tests::error_fields(&nameless), ["input.name"]);

    let kuopio = d.town("Kuopio", "FI", 62.8924, 27.6770).await;
    d.twin_town(&kuopio).await;
    let again = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
            json!({ "input": {
                "municipalityId": d.municipality, "townId": kuopio, "kind": "COOPERATION",
                "binding": false,
            }}),
        )
        .await;
    assert_eq!(
        again["errors"][0]["extensions"]["reason"],
        "partnership_exists"
    );

    let partnerships_before = d.app.count("partnerships").await;
    let ancient = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
            json!({ "input": {
                "municipalityId": d.municipality, "townId": d.town("Graz", "AT", 47.07, 15.44).await,
                "kind": "COOPERATION", "binding": false, "startedOn": "0999-01-01",
            }}),
        )
        .await;
    assert_eq!(utbyte_tests::error_fields(&ancient), ["input.startedOn"]);
    assert_eq!(d.app.count("partnerships").await, partnerships_before);

    let far_future = d
        .app
        .gql(
            Some(&d.coordinator),
            CREATE_REQUEST,
            json!({ "o": ours, "input": {
                "title": "Later", "direction": "VISIT",
                "dates": { "from": "2027-04-01", "to": "9999-04-30" },
                "ageRange": { "min": 14, "max": 16 }, "groupSize": 20,
                "preferredTownIds": (0..21).map(|_| kuopio.clone()).collect::<Vec<_>>(),
            }}),
        )
        .await;
    let mut fields = utbyte_tests::error_fields(&far_future);
    fields.sort();
    assert_eq!(fields, ["input.dates.to", "input.preferredTownIds"]);
}

#[tokio::test]
async fn a_municipal_round_covers_only_that_municipality() {
    let d = Directory::new().await;
    let other = d
        .app
        .gql(
            Some(&d.coordinator),
            "mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id town { id } } }",
            json!({ "input": {
                "name": "Nässjö", "country": "SE", "languages": ["sv"],
                "coordinates": { "latitude": 57.6531, "longitude": 14.6968 },
            }}),
        )
        .await;
    let other = ok(&other, "createMunicipality");
    let bodo = d.town("Bodø", "NO", 67.2804, 14.4049).await;
    d.organisation("Host", &bodo, |o| o["hostPlaces"] = json!(3))
        .await;
    let ours = d.organisation("Our school", &d.home, |_| {}).await;
    let theirs = d
        .organisation(
            "Their school",
            other["town"]["id"].as_str().unwrap(),
            |_| {},
        )
        .await;
    d.request(&ours, |_| {}).await;
    d.request(&theirs, |_| {}).await;

    let local = d
        .app
        .user_with_roles(
            "local@example.se",
            &[(
                "coordinator",
                Scope::Municipality(uuid::Uuid::parse_str(&d.municipality).unwrap()),
            )],
        )
        .await;
    let round = d
        .app
        .gql(Some(&local), ROUND, json!({ "m": d.municipality }))
        .await;
    let round = ok(&round, "runMatchingRound");
    assert_eq!(round["requestCount"], 1);
    // Every organisation that hosts offers its places, the requesters' own too.
    assert_eq!(round["hostPlaceCount"], 3 + 1 + 1, "{round}");
    let everywhere = d.app.gql(Some(&local), ROUND, json!({})).await;
    assert_eq!(error_code(&everywhere), "FORBIDDEN");
    let elsewhere = d
        .app
        .gql(Some(&local), ROUND, json!({ "m": other["id"] }))
        .await;
    assert_eq!(error_code(&elsewhere), "FORBIDDEN");
    // A global round leaves out the request already suggested above, and the place its
    // suggestion holds.
    let global = d.app.gql(Some(&d.coordinator), ROUND, json!({})).await;
    let global = ok(&global, "runMatchingRound");
    assert_eq!(global["requestCount"], 1);
    assert_eq!(global["hostPlaceCount"], 3 + 1 + 1 - 1, "{global}");
}

#[tokio::test]
async fn the_demo_seed_loads_the_strategies_partnerships_once() {
    use utbyte_domain::seed;
    let app = TestApp::spawn().await;
    let first = seed::demo(app.db()).await.expect("seed");
    assert_eq!(
        (first.municipalities, first.partnerships),
        (2, 9),
        "{first:?}"
    );
    assert!(first.organisations >= 20 && first.requests >= 4 && first.completed_exchanges >= 3);
    let tables = [
        "towns",
        "municipalities",
        "partnerships",
        "organisations",
        "partner_requests",
        "completed_exchanges",
        "audit_events",
    ];
    let mut counts = Vec::new();
    for table in tables {
        counts.push(app.count(table).await);
    }
    let second = seed::demo(app.db()).await.expect("seed again");
    assert_eq!(second, seed::SeedReport::default());
    for (table, before) in tables.iter().zip(counts) {
        assert_eq!(app.count(table).await, before, "{table}");
    }

    let coordinator = app
        .user_with_role("coordinator@example.se", "coordinator")
        .await;
    let municipalities = app
        .gql(
            Some(&coordinator),
            "{ municipalities { id name forbidsNewTwinTowns town { latitude longitude } \
               partnerships(includeEnded: true) { kind status endedOn endReason endDecidedBy binding \
                 town { localName country } } } }",
            json!({}),
        )
        .await;
    let municipalities = ok(&municipalities, "municipalities");
    let by_name = |name: &str| {
        municipalities
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {municipalities}"))
            .clone()
    };
    let jonkoping = by_name("Jönköping");
    assert_eq!(jonkoping["forbidsNewTwinTowns"], true);
    let twin_towns: Vec<_> = jonkoping["partnerships"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "TWIN_TOWN" && p["status"] == "ACTIVE")
        .map(|p| p["town"]["country"].as_str().unwrap().to_owned())
        .collect();
    let mut countries = twin_towns.clone();
    countries.sort();
    assert_eq!(countries, ["DK", "EE", "FI", "NO"]);
    let nassjo = by_name("Nässjö");
    let ended: Vec<_> = nassjo["partnerships"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["status"] == "ENDED")
        .collect();
    assert_eq!(ended.len(), 2, "{nassjo}");
    for partnership in ended {
        assert_eq!(partnership["endedOn"], "2022-08-17");
        assert_eq!(partnership["endDecidedBy"], "Kommunstyrelsen");
        assert!(!partnership["endReason"].as_str().unwrap().is_empty());
    }
    // The seeded policy holds: no new twin towns for Jönköping.
    let refused = app
        .gql(
            Some(&coordinator),
            "mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
            json!({ "input": {
                "municipalityId": jonkoping["id"], "townId": seed::town_id("graz").to_string(),
                "kind": "TWIN_TOWN", "binding": true,
            }}),
        )
        .await;
    assert_eq!(
        refused["errors"][0]["extensions"]["reason"],
        "policy_forbids_new_twin_towns"
    );
    // And the fictional organisations can be matched.
    let request = seed::request_id(SEEDED_REQUEST).to_string();
    let matches = app
        .gql(
            Some(&coordinator),
            MATCHES,
            json!({ "r": request, "ended": false }),
        )
        .await;
    assert!(
        ok(&matches, "partnerMatches")["matchedCount"]
            .as_i64()
            .unwrap()
            > 0,
        "{matches}"
    );
}

/// A seeded school visit limited to partner towns.
const SEEDED_REQUEST: &str = "jonkoping-exempelskolan-climate";
