//! Follow-up figures: an exchange from proposal to completion counted through the API, a
//! known fixture across two municipalities, two years and two organisations counted figure
//! by figure, small counts suppressed in GraphQL and CSV, who may read them, and bad input.
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel};
use serde_json::{Value, json};
use utbyte_domain::entities::{
    exchange_partners, exchange_reports, exchanges, funding_records, participation_records,
    partnerships,
};
use utbyte_tests::{Scope, TestApp, error_code, error_fields};
use uuid::Uuid;

use crate::{
    exchanges::{World, day, id_of, municipality, ok, organisation, town, uuid},
    matrix::{Cast, Matrix, Outcome},
    registrations::{CREATE_YOUTH, Trip},
};

const FIGURES: &str = "query($m: ID!, $y: Int!, $o: ID) { \
     followUpFigures(municipalityId: $m, year: $y, organisationId: $o) { \
     municipalityId year organisationId \
     exchanges { total byState { state count } byDirection { direction count } \
       byRiskLevel { riskLevel count } leaders } \
     participants { total { value suppressed } \
       byAgeBand { ageBand count { value suppressed } } \
       byGender { female { value suppressed } male { value suppressed } \
         other { value suppressed } notRecorded { value suppressed } } \
       fewerOpportunities { value suppressed } firstTime { value suppressed } \
       participantDays { value suppressed } } \
     destinations { townId localName englishName country exchanges } \
     partnerTowns { townId localName englishName country exchanges } \
     countries \
     partnerships { kind activeAtYearEnd endedDuringYear } \
     funding { programme applications requestedCents grants grantedCents } \
     euFundedProjects { callYear projects } \
     approvalLeadTimes { approved medianDays meanDays maxDays } \
     postTripReports { filed actualCostCents } } }";

const CSV: &str = "query($m: ID!, $y: Int!, $o: ID) { \
     followUpFiguresCsv(municipalityId: $m, year: $y, organisationId: $o) }";

fn shown(value: i64) -> Value {
    json!({ "value": value, "suppressed": false })
}

fn hidden() -> Value {
    json!({ "value": null, "suppressed": true })
}

const STATES: [&str; 11] = [
    "DRAFT",
    "SUBMITTED",
    "CHANGES_REQUESTED",
    "APPROVED",
    "OPEN_FOR_REGISTRATION",
    "REGISTRATION_CLOSED",
    "UNDER_WAY",
    "COMPLETED",
    "REJECTED",
    "CANCELLED",
    "REPORTED",
];

/// Every key with its count from `counts`, zero otherwise, as `{ <key_name>: key, count }`.
fn every(key_name: &str, keys: &[&str], counts: &[(&str, i64)]) -> Value {
    keys.iter()
        .map(|key| {
            let count = counts.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n);
            json!({ key_name: key, "count": count })
        })
        .collect()
}

fn exchange_figures(
    total: i64,
    states: &[(&str, i64)],
    directions: &[(&str, i64)],
    risks: &[(&str, i64)],
    leaders: i64,
) -> Value {
    json!({
        "total": total,
        "byState": every("state", &STATES, states),
        "byDirection": every("direction", &["WE_VISIT", "WE_HOST", "BOTH"], directions),
        "byRiskLevel": every(
            "riskLevel",
            &["LOCAL_DAY_TRIP", "OVERNIGHT", "ABROAD", "ADVENTUROUS"],
            risks,
        ),
        "leaders": leaders,
    })
}

/// The six age bands in order, each with its figure.
fn age_bands(figures: [Value; 6]) -> Value {
    [
        "UNDER_13",
        "AGE_13_15",
        "AGE_16_17",
        "AGE_18_25",
        "AGE_26_30",
        "OVER_30",
    ]
    .iter()
    .zip(figures)
    .map(|(band, count)| json!({ "ageBand": band, "count": count }))
    .collect()
}

fn town_count(id: &str, name: &str, country: &str, exchanges: i64) -> Value {
    json!({ "townId": id, "localName": name, "englishName": null, "country": country,
            "exchanges": exchanges })
}

fn partnerships_of(twin: (i64, i64), sister: (i64, i64), cooperation: (i64, i64)) -> Value {
    json!([
        { "kind": "TWIN_TOWN", "activeAtYearEnd": twin.0, "endedDuringYear": twin.1 },
        { "kind": "SISTER_CITY", "activeAtYearEnd": sister.0, "endedDuringYear": sister.1 },
        { "kind": "COOPERATION", "activeAtYearEnd": cooperation.0,
          "endedDuringYear": cooperation.1 },
    ])
}

/// (applications, requested cents, grants, granted cents) for Erasmus+, Nordplus Junior, the
/// municipal fund and other programmes.
fn funding_of(rows: [(i64, i64, i64, i64); 4]) -> Value {
    ["ERASMUS_PLUS", "NORDPLUS_JUNIOR", "MUNICIPAL_FUND", "OTHER"]
        .iter()
        .zip(rows)
        .map(|(programme, (applications, requested, grants, granted))| {
            json!({ "programme": programme, "applications": applications,
                    "requestedCents": requested, "grants": grants, "grantedCents": granted })
        })
        .collect()
}

async fn figures(
    app: &TestApp,
    token: &str,
    municipality: &str,
    year: i32,
    org: Option<&str>,
) -> Value {
    let response = app
        .gql(
            Some(token),
            FIGURES,
            json!({ "m": municipality, "y": year, "o": org }),
        )
        .await;
    ok(&response, "followUpFigures").clone()
}

async fn csv(
    app: &TestApp,
    token: &str,
    municipality: &str,
    year: i32,
    org: Option<&str>,
) -> String {
    let response = app
        .gql(
            Some(token),
            CSV,
            json!({ "m": municipality, "y": year, "o": org }),
        )
        .await;
    ok(&response, "followUpFiguresCsv")
        .as_str()
        .expect("a string")
        .to_owned()
}

/// The CSV as (section, item, value) rows, after its header.
fn csv_rows(text: &str) -> Vec<(String, String, String)> {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(r#""section","item","value""#));
    lines
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('"')
                .split("\",\"")
                .map(str::to_owned)
                .collect();
            assert_eq!(cells.len(), 3, "{line}");
            (cells[0].clone(), cells[1].clone(), cells[2].clone())
        })
        .collect()
}

fn csv_value<'a>(rows: &'a [(String, String, String)], section: &str, item: &str) -> &'a str {
    rows.iter()
        .find(|(s, i, _)| s == section && i == item)
        .map(|(_, _, v)| v.as_str())
        .unwrap_or_else(|| panic!("no row {section},{item} in {rows:?}"))
}

// ---------------------------------------------------------------------------------------------
// 1. One exchange end to end
// ---------------------------------------------------------------------------------------------

/// A pupil of the trip's school, `age` at departure, with one guardian with sole custody.
async fn pupil(trip: &Trip, name: &str, age: i64, gender: Option<&str>, fewer: bool) -> String {
    let born = Utc::now().date_naive() + Duration::days(60) - Duration::days(age * 365 + 100);
    let guardian = format!("{}@example.se", name.to_lowercase());
    let response = trip
        .w
        .gql(
            &trip.w.teacher,
            CREATE_YOUTH,
            json!({ "input": {
                "displayName": name, "dateOfBirth": born.to_string(),
                "organisationId": trip.w.school, "locale": "SV",
                "fewerOpportunities": fewer, "gender": gender,
                "guardians": [{ "displayName": format!("Guardian of {name}"),
                                "email": guardian, "locale": "SV", "custody": "SOLE" }],
            }}),
        )
        .await;
    id_of(ok(&response, "createYouthProfile"))
}

#[tokio::test]
async fn an_exchange_completed_through_the_api_is_counted() {
    let trip = Trip::open(10).await;
    let w = &trip.w;
    // Six pupils register and their guardians consent through the mailed link.
    let pupils = [
        ("Alva", 14, Some("FEMALE"), false),
        ("Bo", 14, Some("MALE"), false),
        ("Cleo", 15, Some("FEMALE"), true),
        ("Dag", 15, Some("MALE"), false),
        ("Ebba", 16, Some("FEMALE"), false),
        ("Frej", 16, None, false),
    ];
    for (name, age, gender, fewer) in pupils {
        let youth = pupil(&trip, name, age, gender, fewer).await;
        let registration = id_of(&trip.register(&youth).await);
        let link = trip
            .consent_link(&format!("{}@example.se", name.to_lowercase()))
            .await;
        let (status, body) = trip.consent(&link, false).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(trip.state(&registration).await, "CONFIRMED");
    }
    // Nothing took place yet.
    let year: i32 = day(60)[..4].parse().unwrap();
    let before = figures(&w.app, &w.coordinator, &w.municipality, year, None).await;
    assert_eq!(before["participants"]["total"], shown(0));
    assert_eq!(before["exchanges"]["leaders"], 0);

    w.advance(&trip.exchange, &["CLOSE_REGISTRATION", "START", "COMPLETE"])
        .await;
    assert_eq!(w.app.count("participation_records").await, 6);

    let expected = json!({
        "municipalityId": w.municipality, "year": year, "organisationId": null,
        "exchanges": exchange_figures(
            1, &[("COMPLETED", 1)], &[("WE_VISIT", 1)], &[("ABROAD", 1)], 2,
        ),
        "participants": {
            "total": shown(6),
            // 4 and 2: both small.
            "byAgeBand": age_bands([shown(0), hidden(), hidden(), shown(0), shown(0), shown(0)]),
            "byGender": { "female": hidden(), "male": hidden(), "other": shown(0),
                          "notRecorded": hidden() },
            // One with fewer opportunities, five without: both hidden.
            "fewerOpportunities": hidden(),
            "firstTime": shown(6),
            // Five days each, departure and return included.
            "participantDays": shown(30),
        },
        "destinations": [town_count(&w.lyon, "Lyon", "FR", 1)],
        "partnerTowns": [town_count(&w.lyon, "Lyon", "FR", 1)],
        "countries": 1,
        "partnerships": partnerships_of((0, 0), (0, 0), (0, 0)),
        "funding": funding_of([(0, 0, 0, 0); 4]),
        "euFundedProjects": [],
        "approvalLeadTimes": { "approved": 1, "medianDays": 0.0, "meanDays": 0.0,
                               "maxDays": 0.0 },
        "postTripReports": { "filed": 0, "actualCostCents": 0 },
    });
    let municipal = figures(&w.app, &w.coordinator, &w.municipality, year, None).await;
    assert_eq!(municipal, expected);

    // The school's principal reads the same figures for the school.
    let mut own = expected.clone();
    own["organisationId"] = json!(w.school);
    assert_eq!(
        figures(&w.app, &w.principal, &w.municipality, year, Some(&w.school)).await,
        own
    );
    // The year before and the year after count nothing.
    for other in [year - 1, year + 1] {
        let empty = figures(&w.app, &w.coordinator, &w.municipality, other, None).await;
        assert_eq!(empty["exchanges"]["total"], 0, "{other}");
        assert_eq!(empty["participants"]["total"], shown(0), "{other}");
    }

    let rows = csv_rows(&csv(&w.app, &w.coordinator, &w.municipality, year, None).await);
    assert_eq!(csv_value(&rows, "participants", "total"), "6");
    assert_eq!(csv_value(&rows, "participants", "age 13_15"), "suppressed");
    assert_eq!(csv_value(&rows, "participants", "gender other"), "0");
    assert_eq!(csv_value(&rows, "participants", "days"), "30");
    assert_eq!(csv_value(&rows, "exchanges", "state completed"), "1");
    assert_eq!(csv_value(&rows, "destinations", "Lyon (FR)"), "1");
}

// ---------------------------------------------------------------------------------------------
// 2. A known fixture
// ---------------------------------------------------------------------------------------------

/// What one fixture exchange is.
struct Spec<'a> {
    municipality: &'a str,
    sending: &'a str,
    start: &'a str,
    days: i64,
    state: &'a str,
    direction: &'a str,
    risk: &'a str,
    destination: &'a str,
    leaders: i32,
    partners: &'a [&'a str],
    /// Submitted and approved, as RFC 3339.
    approval: Option<(&'a str, &'a str)>,
    /// (age band, gender, fewer opportunities, first time) per participant.
    participants: &'a [(&'a str, Option<&'a str>, bool, bool)],
    report_cents: Option<i64>,
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("a timestamp")
}

/// `n` participants alike.
fn alike(
    n: usize,
    band: &'static str,
    gender: Option<&'static str>,
    fewer: bool,
    first: bool,
) -> Vec<(&'static str, Option<&'static str>, bool, bool)> {
    vec![(band, gender, fewer, first); n]
}

/// Two municipalities, Jönköping (with Östra and Västra skolan) and Växjö, with exchanges,
/// participants, partnerships and funding records in 2023–2026. The rows are inserted
/// directly with sea-orm through `app.services().db`, so that every count is known exactly;
/// each exchange is a copy of one drafted through the API with its facts changed.
struct Fixture {
    w: World,
    /// Västra skolan, the second school of the municipality, and its principal.
    west: String,
    west_principal: String,
    vaxjo: String,
    vaxjo_school: String,
    tartu: String,
}

impl Fixture {
    async fn build() -> Self {
        Self::on(TestApp::spawn().await).await
    }

    async fn on(app: TestApp) -> Self {
        let w = World::on(app).await;
        let app = &w.app;
        let db = app.db();
        let west = organisation(app, &w.admin, "Västra skolan", &w.home_town).await;
        let west_principal = app
            .user_with_roles(
                "rektor@vastra.example",
                &[("principal", Scope::Organisation(uuid(&west)))],
            )
            .await;
        let (vaxjo, vaxjo_town) = municipality(app, &w.admin, "Växjö").await;
        let vaxjo_school = organisation(app, &w.admin, "Katedralskolan", &vaxjo_town).await;
        let tartu = town(app, &w.admin, "Tartu", "EE").await;
        let tartu_school = organisation(app, &w.admin, "Tartu Kool", &tartu).await;
        let kiel = town(app, &w.admin, "Kiel", "DE").await;
        let kiel_school = organisation(app, &w.admin, "Kieler Schule", &kiel).await;

        // The template: a draft that starts in 60 days, outside every year asked for below.
        let template = w.draft("Mall").await;
        let template = exchanges::Entity::find_by_id(uuid(&template))
            .one(db)
            .await
            .unwrap()
            .unwrap();

        let (m, east, home) = (
            w.municipality.as_str(),
            w.school.as_str(),
            w.home_town.as_str(),
        );
        let (lyon, lyon_school) = (w.lyon.as_str(), w.partner.as_str());
        let e1 = [
            alike(2, "13_15", Some("female"), true, true),
            alike(2, "13_15", Some("male"), true, true),
            alike(1, "13_15", Some("female"), false, true),
            alike(1, "16_17", Some("female"), false, false),
            alike(1, "16_17", Some("male"), false, false),
            alike(1, "16_17", None, false, false),
        ]
        .concat();
        let e2 = [
            alike(1, "16_17", Some("female"), false, true),
            alike(1, "16_17", Some("male"), false, false),
            alike(1, "18_25", Some("other"), false, false),
        ]
        .concat();
        let e3 = [
            alike(2, "13_15", Some("female"), false, true),
            alike(1, "13_15", Some("male"), true, true),
            alike(1, "13_15", Some("male"), false, true),
        ]
        .concat();
        let some = alike(5, "13_15", Some("female"), false, true);
        let specs = [
            // E1: Östra skolan's week in Lyon, reported.
            Spec {
                municipality: m,
                sending: east,
                start: "2025-03-10",
                days: 5,
                state: "reported",
                direction: "we_visit",
                risk: "abroad",
                destination: lyon,
                leaders: 2,
                partners: &[lyon_school],
                approval: Some(("2025-01-01T08:00:00Z", "2025-01-11T08:00:00Z")),
                participants: &e1,
                report_cents: Some(1_500_000),
            },
            // E2: Östra skolan hosts Tartu.
            Spec {
                municipality: m,
                sending: east,
                start: "2025-05-05",
                days: 3,
                state: "completed",
                direction: "we_host",
                risk: "overnight",
                destination: home,
                leaders: 3,
                partners: &[tartu_school.as_str()],
                approval: Some(("2025-02-01T08:00:00Z", "2025-02-05T08:00:00Z")),
                participants: &e2,
                report_cents: None,
            },
            // E3: Västra skolan's day trip.
            Spec {
                municipality: m,
                sending: &west,
                start: "2025-09-01",
                days: 1,
                state: "completed",
                direction: "we_visit",
                risk: "local_day_trip",
                destination: home,
                leaders: 1,
                partners: &[],
                approval: Some(("2025-06-01T00:00:00Z", "2025-06-03T12:00:00Z")),
                participants: &e3,
                report_cents: None,
            },
            // E4: approved, then cancelled: its destination is not involved.
            Spec {
                municipality: m,
                sending: east,
                start: "2025-10-01",
                days: 4,
                state: "cancelled",
                direction: "we_visit",
                risk: "abroad",
                destination: &kiel,
                leaders: 2,
                partners: &[],
                approval: Some(("2025-04-01T08:00:00Z", "2025-04-08T08:00:00Z")),
                participants: &[],
                report_cents: None,
            },
            // E5: a draft: neither its destination nor its partner is involved.
            Spec {
                municipality: m,
                sending: &west,
                start: "2025-11-20",
                days: 6,
                state: "draft",
                direction: "both",
                risk: "abroad",
                destination: &kiel,
                leaders: 2,
                partners: &[kiel_school.as_str()],
                approval: None,
                participants: &[],
                report_cents: None,
            },
            // E6: approved, leaving on the last day of the year.
            Spec {
                municipality: m,
                sending: east,
                start: "2025-12-31",
                days: 5,
                state: "approved",
                direction: "we_visit",
                risk: "abroad",
                destination: lyon,
                leaders: 2,
                partners: &[lyon_school],
                approval: Some(("2025-08-01T08:00:00Z", "2025-08-02T08:00:00Z")),
                participants: &[],
                report_cents: None,
            },
            // E7: the year before, ending in the year: counts in 2024.
            Spec {
                municipality: m,
                sending: east,
                start: "2024-12-31",
                days: 5,
                state: "reported",
                direction: "we_visit",
                risk: "abroad",
                destination: &kiel,
                leaders: 2,
                partners: &[kiel_school.as_str()],
                approval: Some(("2024-10-01T08:00:00Z", "2024-10-02T08:00:00Z")),
                participants: &some,
                report_cents: Some(99),
            },
            // E8: the year after.
            Spec {
                municipality: m,
                sending: east,
                start: "2026-01-01",
                days: 2,
                state: "submitted",
                direction: "we_visit",
                risk: "abroad",
                destination: lyon,
                leaders: 2,
                partners: &[lyon_school],
                approval: None,
                participants: &[],
                report_cents: None,
            },
            // E9: Växjö's, in the same year.
            Spec {
                municipality: &vaxjo,
                sending: &vaxjo_school,
                start: "2025-06-01",
                days: 5,
                state: "completed",
                direction: "we_visit",
                risk: "abroad",
                destination: lyon,
                leaders: 4,
                partners: &[lyon_school],
                approval: Some(("2025-03-01T08:00:00Z", "2025-03-02T08:00:00Z")),
                participants: &some,
                report_cents: None,
            },
        ];
        for spec in &specs {
            insert_exchange(db, &template, spec).await;
        }

        // Partnerships of Jönköping, and one of Växjö.
        let partnership = |municipality: &str,
                           town: &str,
                           kind: &str,
                           started: Option<&str>,
                           ended: Option<&str>| partnerships::Model {
            id: Uuid::now_v7(),
            municipality_id: uuid(municipality),
            town_id: uuid(town),
            kind: kind.to_owned(),
            status: if ended.is_some() { "ended" } else { "active" }.to_owned(),
            started_on: started.map(date),
            ended_on: ended.map(date),
            end_reason: ended.map(|_| "Agreement ran out".to_owned()),
            decided_by: None,
            end_decided_by: None,
            binding: false,
            notes: String::new(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        for row in [
            // Active since 2010.
            partnership(m, lyon, "twin_town", Some("2010-05-01"), None),
            // Ended during 2025.
            partnership(
                m,
                &tartu,
                "sister_city",
                Some("2020-01-01"),
                Some("2025-06-30"),
            ),
            // Ended after 2025: active at its end.
            partnership(
                m,
                &kiel,
                "cooperation",
                Some("2025-03-01"),
                Some("2026-02-01"),
            ),
            // Ended on the last day of 2024: neither.
            partnership(m, &kiel, "twin_town", None, Some("2024-12-31")),
            // Starts in 2026: neither.
            partnership(m, &tartu, "twin_town", Some("2026-02-01"), None),
            partnership(&vaxjo, lyon, "twin_town", Some("2000-01-01"), None),
        ] {
            row.into_active_model()
                .reset_all()
                .insert(db)
                .await
                .unwrap();
        }

        // Funding records.
        let record = |municipality: &str,
                      applicant: &str,
                      programme: &str,
                      year: i32,
                      status: &str,
                      requested: Option<i64>,
                      granted: Option<i64>| funding_records::Model {
            id: Uuid::now_v7(),
            municipality_id: uuid(municipality),
            title: format!("{programme} {year} {status}"),
            programme: programme.to_owned(),
            action: None,
            call_year: year,
            round: None,
            deadline: None,
            applicant_organisation_id: uuid(applicant),
            oid: None,
            national_agency: "UHR".to_owned(),
            reference_number: String::new(),
            status: status.to_owned(),
            requested_cents: requested,
            granted_cents: granted,
            created_by: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        for row in [
            record(
                m,
                east,
                "erasmus_plus",
                2025,
                "granted",
                Some(3_000_000),
                Some(2_800_000),
            ),
            record(
                m,
                &west,
                "erasmus_plus",
                2025,
                "reported",
                Some(1_000_000),
                Some(900_000),
            ),
            record(
                m,
                east,
                "erasmus_plus",
                2025,
                "rejected",
                Some(500_000),
                None,
            ),
            record(
                m,
                east,
                "erasmus_plus",
                2025,
                "drafting",
                Some(700_000),
                None,
            ),
            record(
                m,
                east,
                "nordplus_junior",
                2025,
                "granted",
                Some(400_000),
                Some(400_000),
            ),
            record(
                m,
                &west,
                "municipal_fund",
                2025,
                "submitted",
                Some(50_000),
                None,
            ),
            record(
                m,
                east,
                "erasmus_plus",
                2024,
                "granted",
                Some(2_000_000),
                Some(2_000_000),
            ),
            record(
                m,
                &west,
                "erasmus_plus",
                2023,
                "reported",
                Some(800_000),
                Some(800_000),
            ),
            record(
                m,
                east,
                "nordplus_junior",
                2024,
                "granted",
                Some(300_000),
                Some(300_000),
            ),
            record(m, east, "erasmus_plus", 2026, "idea", None, None),
            record(
                &vaxjo,
                &vaxjo_school,
                "erasmus_plus",
                2025,
                "granted",
                Some(1),
                Some(1),
            ),
        ] {
            row.into_active_model()
                .reset_all()
                .insert(db)
                .await
                .unwrap();
        }

        Self {
            w,
            west,
            west_principal,
            vaxjo,
            vaxjo_school,
            tartu,
        }
    }
}

async fn insert_exchange(
    db: &sea_orm::DatabaseConnection,
    template: &exchanges::Model,
    spec: &Spec<'_>,
) {
    let id = Uuid::now_v7();
    let start = date(spec.start);
    exchanges::Model {
        id,
        municipality_id: uuid(spec.municipality),
        sending_organisation_id: uuid(spec.sending),
        direction: spec.direction.to_owned(),
        destination_town_id: uuid(spec.destination),
        start_date: start,
        end_date: start + Duration::days(spec.days - 1),
        leaders: spec.leaders,
        risk_level: spec.risk.to_owned(),
        state: spec.state.to_owned(),
        submitted_at: spec.approval.map(|(submitted, _)| at(submitted)),
        approved_at: spec.approval.map(|(_, approved)| at(approved)),
        ..template.clone()
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await
    .unwrap();
    for partner in spec.partners {
        exchange_partners::Model {
            exchange_id: id,
            organisation_id: uuid(partner),
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await
        .unwrap();
    }
    for (band, gender, fewer, first) in spec.participants {
        participation_records::Model {
            id: Uuid::now_v7(),
            exchange_id: id,
            age_band: (*band).to_owned(),
            gender: gender.map(str::to_owned),
            fewer_opportunities: *fewer,
            first_time: *first,
            days: spec.days as i32,
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await
        .unwrap();
    }
    if let Some(cents) = spec.report_cents {
        exchange_reports::Model {
            exchange_id: id,
            what_happened: "We went.".to_owned(),
            outcomes: "We learnt.".to_owned(),
            feedback_summary: "They liked it.".to_owned(),
            actual_cost_cents: cents,
            filed_by: None,
            filed_at: Utc::now(),
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn figures_match_a_known_fixture_and_count_nothing_else() {
    let f = Fixture::build().await;
    let w = &f.w;
    let app = &w.app;

    // Jönköping in 2025: E1–E6.
    let municipal = figures(app, &w.coordinator, &w.municipality, 2025, None).await;
    let expected = json!({
        "municipalityId": w.municipality, "year": 2025, "organisationId": null,
        "exchanges": exchange_figures(
            6,
            &[("DRAFT", 1), ("APPROVED", 1), ("COMPLETED", 2), ("CANCELLED", 1),
              ("REPORTED", 1)],
            &[("WE_VISIT", 4), ("WE_HOST", 1), ("BOTH", 1)],
            &[("LOCAL_DAY_TRIP", 1), ("OVERNIGHT", 1), ("ABROAD", 4)],
            // E1, E2 and E3 took place.
            2 + 3 + 1,
        ),
        "participants": {
            "total": shown(15),
            // 13–15: 9, 16–17: 5, 18–25: 1; the 1 is suppressed, and with it the 5.
            "byAgeBand": age_bands([shown(0), shown(9), hidden(), hidden(), shown(0), shown(0)]),
            // 7 female, 6 male, 1 other, 1 not recorded: the two ones hide only 2, so the 6
            // goes with them.
            "byGender": { "female": shown(7), "male": hidden(), "other": hidden(),
                          "notRecorded": hidden() },
            // 5 with fewer opportunities and 10 without; 10 first-timers and 5 not.
            "fewerOpportunities": shown(5),
            "firstTime": shown(10),
            // 8 × 5 + 3 × 3 + 4 × 1 = 53 days: with three lengths and groups of 3 and 4, the
            // days could give the small groups away.
            "participantDays": hidden(),
        },
        // The exchanges that go ahead (E1, E2, E3, E6): Kiel (E4 cancelled, E5 a draft) is
        // not involved.
        "destinations": [
            town_count(&w.home_town, "Jönköping", "SE", 2),
            town_count(&w.lyon, "Lyon", "FR", 2),
        ],
        "partnerTowns": [
            town_count(&w.lyon, "Lyon", "FR", 2),
            town_count(&f.tartu, "Tartu", "EE", 1),
        ],
        // France and Estonia; Sweden is home.
        "countries": 2,
        "partnerships": partnerships_of((1, 0), (0, 1), (1, 0)),
        "funding": funding_of([
            (3, 4_500_000, 2, 3_700_000),
            (1, 400_000, 1, 400_000),
            (1, 50_000, 0, 0),
            (0, 0, 0, 0),
        ]),
        "euFundedProjects": [
            { "callYear": 2023, "projects": 1 },
            { "callYear": 2024, "projects": 1 },
            { "callYear": 2025, "projects": 2 },
        ],
        // 10, 4, 2.5, 7 and 1 days.
        "approvalLeadTimes": { "approved": 5, "medianDays": 4.0, "meanDays": 4.9,
                               "maxDays": 10.0 },
        "postTripReports": { "filed": 1, "actualCostCents": 1_500_000 },
    });
    assert_eq!(municipal, expected);
    // A global coordinator reads the same.
    let global = app
        .user_with_role("global@utbyte.example", "coordinator")
        .await;
    assert_eq!(
        figures(app, &global, &w.municipality, 2025, None).await,
        expected
    );

    // Östra skolan in 2025: E1, E2, E4 and E6.
    let east = figures(app, &w.principal, &w.municipality, 2025, Some(&w.school)).await;
    assert_eq!(
        east,
        json!({
            "municipalityId": w.municipality, "year": 2025, "organisationId": w.school,
            "exchanges": exchange_figures(
                4,
                &[("APPROVED", 1), ("COMPLETED", 1), ("CANCELLED", 1), ("REPORTED", 1)],
                &[("WE_VISIT", 3), ("WE_HOST", 1)],
                &[("OVERNIGHT", 1), ("ABROAD", 3)],
                5,
            ),
            "participants": {
                "total": shown(11),
                // 13–15: 5, 16–17: 5, 18–25: 1; the first of the two fives goes with the 1.
                "byAgeBand": age_bands(
                    [shown(0), hidden(), shown(5), hidden(), shown(0), shown(0)],
                ),
                // 5 female, 4 male, 1 other, 1 not recorded.
                "byGender": { "female": shown(5), "male": hidden(), "other": hidden(),
                              "notRecorded": hidden() },
                // 4 with fewer opportunities.
                "fewerOpportunities": hidden(),
                // 6 first-timers, 5 not.
                "firstTime": shown(6),
                // 8 × 5 + 3 × 3 = 49 days would give away the 3 of the shorter exchange.
                "participantDays": hidden(),
            },
            "destinations": [
                town_count(&w.lyon, "Lyon", "FR", 2),
                town_count(&w.home_town, "Jönköping", "SE", 1),
            ],
            "partnerTowns": [
                town_count(&w.lyon, "Lyon", "FR", 2),
                town_count(&f.tartu, "Tartu", "EE", 1),
            ],
            "countries": 2,
            // The municipality's partnerships, whoever asks.
            "partnerships": partnerships_of((1, 0), (0, 1), (1, 0)),
            "funding": funding_of([
                (2, 3_500_000, 1, 2_800_000),
                (1, 400_000, 1, 400_000),
                (0, 0, 0, 0),
                (0, 0, 0, 0),
            ]),
            "euFundedProjects": [
                { "callYear": 2024, "projects": 1 },
                { "callYear": 2025, "projects": 1 },
            ],
            // 10, 4, 7 and 1 days.
            "approvalLeadTimes": { "approved": 4, "medianDays": 5.5, "meanDays": 5.5,
                                   "maxDays": 10.0 },
            "postTripReports": { "filed": 1, "actualCostCents": 1_500_000 },
        })
    );

    // Jönköping in 2024: only E7, which starts on 31 December.
    let earlier = figures(app, &w.coordinator, &w.municipality, 2024, None).await;
    assert_eq!(
        earlier["exchanges"],
        exchange_figures(
            1,
            &[("REPORTED", 1)],
            &[("WE_VISIT", 1)],
            &[("ABROAD", 1)],
            2
        )
    );
    assert_eq!(earlier["participants"]["total"], shown(5));
    assert_eq!(earlier["participants"]["participantDays"], shown(25));
    assert_eq!(
        earlier["postTripReports"],
        json!({ "filed": 1, "actualCostCents": 99 })
    );
    // At the end of 2024 the twin town since 2010 and the sister city (ended in 2025) were
    // active; the twin town that ended on 31 December 2024 ended during the year and was not
    // active at its end.
    assert_eq!(
        earlier["partnerships"],
        partnerships_of((1, 1), (1, 0), (0, 0))
    );
    assert_eq!(
        earlier["funding"][0],
        json!({ "programme": "ERASMUS_PLUS", "applications": 1, "requestedCents": 2_000_000,
                "grants": 1, "grantedCents": 2_000_000 })
    );

    // Växjö in 2025: only E9 and its own record.
    let vaxjo_coordinator = app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&f.vaxjo)))],
        )
        .await;
    let vaxjo = figures(app, &vaxjo_coordinator, &f.vaxjo, 2025, None).await;
    assert_eq!(
        vaxjo["exchanges"],
        exchange_figures(
            1,
            &[("COMPLETED", 1)],
            &[("WE_VISIT", 1)],
            &[("ABROAD", 1)],
            4
        )
    );
    assert_eq!(vaxjo["participants"]["total"], shown(5));
    assert_eq!(
        vaxjo["partnerships"],
        partnerships_of((1, 0), (0, 0), (0, 0))
    );
    assert_eq!(
        vaxjo["euFundedProjects"],
        json!([{ "callYear": 2025, "projects": 1 }])
    );
    assert_eq!(vaxjo["postTripReports"]["filed"], 0);

    // The CSV says the same, row by row.
    let rows = csv_rows(&csv(app, &w.coordinator, &w.municipality, 2025, None).await);
    let expected_rows: &[(&str, &str, &str)] = &[
        ("exchanges", "total", "6"),
        ("exchanges", "state draft", "1"),
        ("exchanges", "state completed", "2"),
        ("exchanges", "state rejected", "0"),
        ("exchanges", "direction both", "1"),
        ("exchanges", "risk_level local_day_trip", "1"),
        ("exchanges", "leaders", "6"),
        ("participants", "total", "15"),
        ("participants", "age under_13", "0"),
        ("participants", "age 13_15", "9"),
        ("participants", "age 16_17", "suppressed"),
        ("participants", "age 18_25", "suppressed"),
        ("participants", "gender female", "7"),
        ("participants", "gender male", "suppressed"),
        ("participants", "gender other", "suppressed"),
        ("participants", "gender not_recorded", "suppressed"),
        ("participants", "fewer_opportunities", "5"),
        ("participants", "first_time", "10"),
        ("participants", "days", "suppressed"),
        ("destinations", "Jönköping (SE)", "2"),
        ("partner_towns", "Tartu (EE)", "1"),
        ("countries", "other_than_own", "2"),
        ("partnerships", "sister_city ended_during_year", "1"),
        ("funding", "erasmus_plus applications", "3"),
        ("funding", "erasmus_plus requested_eur", "45000.00"),
        ("funding", "erasmus_plus granted_eur", "37000.00"),
        ("funding", "municipal_fund requested_eur", "500.00"),
        ("eu_funded_projects", "2023", "1"),
        ("eu_funded_projects", "2025", "2"),
        ("approval_lead_time", "approved", "5"),
        ("approval_lead_time", "median_days", "4.0"),
        ("approval_lead_time", "mean_days", "4.9"),
        ("reports", "filed", "1"),
        ("reports", "actual_cost_eur", "15000.00"),
    ];
    for (section, item, value) in expected_rows {
        assert_eq!(csv_value(&rows, section, item), *value, "{section},{item}");
    }
    // One row per figure: the total, 11 states, 3 directions, 4 risk levels and leaders; the
    // total, 6 age bands, 4 genders, fewer opportunities, first-timers and days; 2
    // destinations, 2 partner towns and the countries; 2 per partnership kind, 4 per
    // programme, 3 call years, 4 lead-time figures and 2 for the reports.
    assert_eq!(rows.len(), 20 + 14 + 5 + 6 + 16 + 3 + 4 + 2);
}

/// The figures are counted in SQL: the same few statements for the fixture, for one of its
/// schools and for a year with nothing in it.
#[tokio::test]
async fn the_figures_take_the_same_few_statements_whatever_the_data() {
    let (app, log) = TestApp::spawn_counting().await;
    let f = Fixture::on(app).await;
    let w = &f.w;
    let coordinator = w.app.principal(&w.coordinator).await;
    let mut counts = Vec::new();
    for (year, org) in [(2025, None), (2025, Some(&w.school)), (2030, None)] {
        log.clear();
        let response = w
            .app
            .gql_as(
                coordinator.clone(),
                FIGURES,
                json!({ "m": w.municipality, "y": year, "o": org }),
            )
            .await;
        ok(&response, "followUpFigures");
        let statements = log.statements();
        // The organisation's check is the one extra statement.
        counts.push(statements.len() - usize::from(org.is_some()));
        assert!(
            statements
                .iter()
                .all(|s| !s.contains("FROM \"registrations\"")),
            "{statements:#?}"
        );
    }
    println!("statements for the municipality, a school and an empty year: {counts:?}");
    assert!(
        counts.iter().all(|n| *n == counts[0] && *n <= 14),
        "{counts:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Suppression
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn small_counts_are_suppressed_in_graphql_and_in_csv() {
    let f = Fixture::build().await;
    let w = &f.w;
    let app = &w.app;
    // Västra skolan in 2025: four participants (E3). Every non-zero participant figure is
    // suppressed, days with the total; zeros are shown; exchange counts are not about
    // children and are shown whatever they are.
    let west = figures(app, &f.west_principal, &w.municipality, 2025, Some(&f.west)).await;
    assert_eq!(
        west["participants"],
        json!({
            "total": hidden(),
            "byAgeBand": age_bands([shown(0), hidden(), shown(0), shown(0), shown(0), shown(0)]),
            "byGender": { "female": hidden(), "male": hidden(), "other": shown(0),
                          "notRecorded": shown(0) },
            "fewerOpportunities": hidden(),
            "firstTime": hidden(),
            "participantDays": hidden(),
        })
    );
    assert_eq!(
        west["exchanges"],
        exchange_figures(
            2,
            &[("DRAFT", 1), ("COMPLETED", 1)],
            &[("WE_VISIT", 1), ("BOTH", 1)],
            &[("LOCAL_DAY_TRIP", 1), ("ABROAD", 1)],
            1,
        )
    );
    assert_eq!(
        west["funding"][0],
        json!({ "programme": "ERASMUS_PLUS", "applications": 1, "requestedCents": 1_000_000,
                "grants": 1, "grantedCents": 900_000 })
    );
    let rows = csv_rows(&csv(app, &f.west_principal, &w.municipality, 2025, Some(&f.west)).await);
    for (item, value) in [
        ("total", "suppressed"),
        ("age under_13", "0"),
        ("age 13_15", "suppressed"),
        ("gender female", "suppressed"),
        ("gender male", "suppressed"),
        ("gender other", "0"),
        ("fewer_opportunities", "suppressed"),
        ("first_time", "suppressed"),
        ("days", "suppressed"),
    ] {
        assert_eq!(csv_value(&rows, "participants", item), value, "{item}");
    }
    assert_eq!(csv_value(&rows, "exchanges", "total"), "2");
    assert_eq!(csv_value(&rows, "exchanges", "leaders"), "1");
    // No suppressed value leaks into the CSV as a number.
    let text = csv(app, &f.west_principal, &w.municipality, 2025, Some(&f.west)).await;
    assert!(!text.contains(r#""participants","total","4""#), "{text}");
}

// ---------------------------------------------------------------------------------------------
// 4. Who may read the figures
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    Municipality,
    School,
    MunicipalityCsv,
    SchoolCsv,
}

impl Operation {
    fn field(self) -> &'static str {
        match self {
            Self::Municipality | Self::School => "followUpFigures",
            Self::MunicipalityCsv | Self::SchoolCsv => "followUpFiguresCsv",
        }
    }
}

/// Root fields of the reporting API; the other APIs' guards leave these to this module.
pub(crate) const REPORTING_FIELDS: &[&str] = &["followUpFigures", "followUpFiguresCsv"];

pub(crate) fn is_reporting_field(name: &str) -> bool {
    REPORTING_FIELDS.contains(&name) || name.starts_with("followUp")
}

/// A new query of the reporting API must come with its column of expectations in
/// `coordinators_read_the_figures_and_principals_their_own_schools`.
#[test]
fn every_reporting_operation_is_in_the_matrix() {
    let fields = utbyte_tests::schema_root_fields();
    let missing: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .filter(|name| is_reporting_field(name))
        .filter(|name| !OPERATIONS.iter().any(|o| o.field() == *name))
        .collect();
    assert!(
        missing.is_empty(),
        "queries of the reporting API missing from the authorization matrix: {}. Add each \
         as an Operation with its column of expected outcomes for every principal.",
        missing.join(", ")
    );
    for field in REPORTING_FIELDS {
        assert!(
            fields.iter().any(|f| f == field),
            "{field} is not in the schema"
        );
    }
}

const OPERATIONS: [Operation; 4] = [
    Operation::Municipality,
    Operation::School,
    Operation::MunicipalityCsv,
    Operation::SchoolCsv,
];

#[tokio::test]
async fn coordinators_read_the_figures_and_principals_their_own_schools() {
    use Outcome::{Allowed as A, Forbidden as F, Unauthenticated as U};

    let f = Fixture::build().await;
    let w = &f.w;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@katedral.example",
            &[("teacher", Scope::Organisation(uuid(&f.vaxjo_school)))],
        )
        .await;
    let mut principals = Cast {
        admin: &w.admin,
        coordinator: &w.coordinator,
        teacher: &w.teacher,
        principal: &w.principal,
        partner_contact: &w.partner_contact,
        other_municipality: uuid(&f.vaxjo),
        other_teacher: &other_teacher,
    }
    .principals(&w.app)
    .await;
    principals.push((
        "principal of another school of the municipality",
        Some(f.west_principal.clone()),
    ));

    // One row per principal; columns: the municipality's figures, Östra skolan's, and the
    // same as CSV.
    let expected: [[Outcome; 4]; 12] = [
        // global admin: administers accounts, does not follow up
        [F, F, F, F],
        // global coordinator
        [A, A, A, A],
        // the municipality's coordinator
        [A, A, A, A],
        // another municipality's coordinator
        [F, F, F, F],
        // teacher of the school
        [F, F, F, F],
        // principal of the school: the school's figures only
        [F, A, F, A],
        // partner contact
        [F, F, F, F],
        // teacher of another school
        [F, F, F, F],
        // youth
        [F, F, F, F],
        // guardian
        [F, F, F, F],
        // anonymous
        [U, U, U, U],
        // principal of Västra skolan
        [F, F, F, F],
    ];
    let variables = |operation: Operation| {
        let org = match operation {
            Operation::School | Operation::SchoolCsv => json!(w.school),
            _ => Value::Null,
        };
        json!({ "m": w.municipality, "y": 2025, "o": org })
    };
    Matrix {
        app: &w.app,
        tables: &["audit_events", "exchanges", "participation_records"],
    }
    .check(
        &principals,
        &expected,
        OPERATIONS,
        |operation, _| {
            let query = match operation.field() {
                "followUpFigures" => FIGURES,
                _ => CSV,
            };
            (query, variables(operation))
        },
        |_| false,
    )
    .await;
}

// ---------------------------------------------------------------------------------------------
// 5. Bad input
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn bad_years_foreign_organisations_and_malformed_ids_name_the_field() {
    let f = Fixture::build().await;
    let w = &f.w;
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "year before 2000",
            json!({ "m": w.municipality, "y": 1999 }),
            "year",
        ),
        (
            "year after 2100",
            json!({ "m": w.municipality, "y": 2101 }),
            "year",
        ),
        (
            "another municipality's school",
            json!({ "m": w.municipality, "y": 2025, "o": f.vaxjo_school }),
            "organisationId",
        ),
        (
            "an unknown organisation",
            json!({ "m": w.municipality, "y": 2025, "o": Uuid::now_v7().to_string() }),
            "organisationId",
        ),
        (
            "a malformed organisation id",
            json!({ "m": w.municipality, "y": 2025, "o": "östra" }),
            "organisationId",
        ),
        (
            "a malformed municipality id",
            json!({ "m": "jönköping", "y": 2025 }),
            "municipalityId",
        ),
    ];
    let global = w
        .app
        .user_with_roles(
            "global-coordinator@utbyte.example",
            &[("coordinator", Scope::Global)],
        )
        .await;
    for query in [FIGURES, CSV] {
        for (case, variables, field) in &cases {
            let response = w.gql(&w.coordinator, query, variables.clone()).await;
            assert_eq!(
                error_code(&response),
                "BAD_USER_INPUT",
                "{case}: {response}"
            );
            assert_eq!(error_fields(&response), [*field], "{case}");
            assert!(response["data"].is_null(), "{case}: {response}");
        }
        // An unknown municipality is not found, for a global coordinator and for a principal
        // who names their own school.
        let unknown = Uuid::now_v7().to_string();
        for (token, org) in [(&global, Value::Null), (&w.principal, json!(w.school))] {
            let response = w
                .gql(token, query, json!({ "m": unknown, "y": 2025, "o": org }))
                .await;
            assert_eq!(error_code(&response), "NOT_FOUND", "{response}");
        }
        // A principal naming their school under the wrong municipality: the school is not
        // one of its organisations.
        let response = w
            .gql(
                &w.principal,
                query,
                json!({ "m": f.vaxjo, "y": 2025, "o": w.school }),
            )
            .await;
        assert_eq!(error_fields(&response), ["organisationId"], "{response}");
    }
}
