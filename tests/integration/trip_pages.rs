//! The trip's pages over real HTTP: opening registration, the registrations list with its
//! guardians' consent, cancelling, re-sending a consent link, the lottery, the roster (page
//! and CSV) and medical information with their audit events, advancing the exchange and the
//! report; every route refused to those the API refuses, with nothing written.
use reqwest::StatusCode;
use serde_json::json;
use utbyte_tests::{
    Scope, TestApp,
    browser::Browser,
    web::{PASSWORD, PageResponse, WebClient},
};

use crate::{
    exchanges::{COORDINATOR, PRINCIPAL, TEACHER, World, municipality, organisation, uuid},
    registrations::{MUM, Trip},
};

/// Every route of the trip's pages (method, pattern as in `.route()`).
pub fn trip_routes() -> Vec<(&'static str, &'static str)> {
    vec![
        ("GET", "/exchanges/{id}/registrations"),
        ("POST", "/exchanges/{id}/places"),
        (
            "POST",
            "/exchanges/{id}/registrations/{registration}/cancel",
        ),
        (
            "POST",
            "/exchanges/{id}/registrations/{registration}/resend-consent",
        ),
        ("POST", "/exchanges/{id}/youth/{youth}/confirm-membership"),
        ("GET", "/exchanges/{id}/lottery"),
        ("POST", "/exchanges/{id}/lottery"),
        ("GET", "/exchanges/{id}/roster"),
        ("GET", "/exchanges/{id}/roster.csv"),
        ("GET", "/exchanges/{id}/medical/{registration}"),
        ("POST", "/exchanges/{id}/advance"),
        ("GET", "/exchanges/{id}/report"),
        ("POST", "/exchanges/{id}/report"),
    ]
}

const OTHER_TEACHER: &str = "larare@katedral.example";
const OTHER_COORDINATOR: &str = "kansli@vaxjo.example";

/// A trip open for registration with one pupil registered; returns it with the
/// registration's, young person's and first guardian's ids.
async fn trip_with_a_registration(w: World) -> (Trip, String, String, String) {
    let exchange = w.approved("Språkveckan i Lyon").await;
    w.advance(&exchange, &["OPEN_REGISTRATION"]).await;
    let trip = Trip { w, exchange };
    trip.set_places(3, "FIRST_COME", Some("EVERY_GUARDIAN"))
        .await;
    let youth = trip
        .pupil(
            "Elsa Lind",
            &[(MUM, "JOINT"), ("olof.lind@example.se", "JOINT")],
            false,
        )
        .await;
    let registration = trip.register(&youth).await;
    let guardian = registration["consent"]["guardians"][0]["guardianId"]
        .as_str()
        .expect("a guardian")
        .to_owned();
    let id = registration["id"].as_str().expect("an id").to_owned();
    (trip, id, youth, guardian)
}

fn path(exchange: &str, rest: &str) -> String {
    format!("/exchanges/{exchange}/{rest}")
}

async fn count_of(app: &TestApp, action: &str) -> usize {
    app.audit_actions()
        .await
        .iter()
        .filter(|a| *a == action)
        .count()
}

async fn consent_mails(app: &TestApp) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m.recipient == MUM && m.template == "consent_request")
        .count()
}

#[tokio::test]
async fn opening_registration_listing_cancelling_and_resending_a_consent_link() {
    let (trip, registration, youth, guardian) = trip_with_a_registration(World::new().await).await;
    let app = &trip.w.app;
    let mut teacher = WebClient::signed_in(app, TEACHER).await;
    let places = path(&trip.exchange, "places");

    // A mistake: no places, and a choice that is not one.
    let refused = teacher
        .post(
            &places,
            &[
                ("capacity", "0"),
                ("consent_rule", "every_guardian"),
                ("selection", "first_come"),
                ("membership", "nobody"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.field_error("membership").is_some(),
        "{}",
        refused.body
    );
    assert_eq!(refused.input_value("capacity").as_deref(), Some("0"));
    assert_eq!(trip.places().await["capacity"], 3);
    let refused = teacher
        .post(
            &places,
            &[
                ("capacity", "0"),
                ("consent_rule", "every_guardian"),
                ("selection", "first_come"),
                ("membership", "members"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.field_error("capacity").is_some());
    assert!(refused.body.contains("error-summary"));
    assert_eq!(trip.places().await["capacity"], 3);
    // Then right.
    let saved = teacher
        .post(
            &places,
            &[
                ("capacity", "12"),
                ("consent_rule", "one_guardian"),
                ("selection", "first_come"),
                ("membership", "open"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = trip.places().await;
    assert_eq!(
        (&stored["capacity"], &stored["consentRule"]),
        (&json!(12), &json!("ONE_GUARDIAN"))
    );

    // The registration with each guardian's consent, in Swedish.
    let list = teacher.get(&path(&trip.exchange, "registrations")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.shows("Elsa Lind"));
    assert!(list.shows("Har plats, väntar på samtycke"));
    assert!(list.shows(&format!("Guardian {MUM}: inget svar än")));
    assert!(list.shows("Väntar på en vårdnadshavare"));

    // A new consent link: a mail is queued for that guardian.
    let before = consent_mails(app).await;
    let resent = teacher
        .post(
            &path(
                &trip.exchange,
                &format!("registrations/{registration}/resend-consent"),
            ),
            &[("guardian", &guardian)],
        )
        .await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    assert_eq!(consent_mails(app).await, before + 1);

    // A membership the family recorded is confirmed by the school.
    app.sql("UPDATE youth_profiles SET membership_confirmed = false")
        .await
        .expect("unconfirmed");
    let list = teacher.get(&path(&trip.exchange, "registrations")).await;
    assert!(list.shows("Inte bekräftat"));
    let confirmed = teacher
        .post(
            &path(&trip.exchange, &format!("youth/{youth}/confirm-membership")),
            &[],
        )
        .await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    let list = teacher.get(confirmed.location.as_deref().unwrap()).await;
    assert!(list.shows("Medlemskapet är bekräftat."));
    assert!(list.shows("Bekräftat av skolan") && !list.shows("Inte bekräftat"));

    // Cancelling needs a reason; without one nothing changes.
    let cancel = path(
        &trip.exchange,
        &format!("registrations/{registration}/cancel"),
    );
    let refused = teacher.post(&cancel, &[("reason", "  ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .field_error(&format!("reason-{registration}"))
            .is_some(),
        "{}",
        refused.body
    );
    assert_eq!(trip.state(&registration).await, "PENDING_CONSENT");
    let cancelled = teacher
        .post(&cancel, &[("reason", "Sjuk under resveckan")])
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert_eq!(trip.state(&registration).await, "CANCELLED");
    let list = teacher.get(cancelled.location.as_deref().unwrap()).await;
    assert!(list.shows("Anmälan är avbokad."));
    assert!(list.shows("Avbokad"));
}

#[tokio::test]
async fn the_roster_and_medical_information_are_read_by_those_who_run_the_trip_and_audited() {
    let (trip, registration, _, _) = trip_with_a_registration(World::new().await).await;
    let app = &trip.w.app;
    // The mother consents from her mail and gives medical information.
    let link = trip.consent_link(MUM).await;
    trip.consent(&link, false).await;
    app.set_locale(TEACHER, "en").await;
    let mut teacher = WebClient::signed_in(app, TEACHER).await;
    let list = teacher.get(&path(&trip.exchange, "registrations")).await;
    assert!(
        list.shows(&format!("Guardian {MUM}: consent given")),
        "{}",
        list.body
    );
    assert!(list.shows("Guardian olof.lind@example.se: no answer yet"));
    assert_eq!(count_of(app, "roster_exported").await, 0);

    let roster = teacher.get(&path(&trip.exchange, "roster")).await;
    assert_eq!(roster.status, StatusCode::OK);
    assert!(roster.body.contains("<caption"));
    assert!(roster.shows("Elsa Lind"));
    assert!(roster.shows(&format!("Guardian {MUM}")), "{}", roster.body);
    assert!(roster.shows("Nuts (EpiPen in the front pocket)"));
    assert_eq!(count_of(app, "roster_exported").await, 1);

    let csv = teacher.get(&path(&trip.exchange, "roster.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let disposition = csv.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    // A download for people: a spreadsheet in the teacher's language (English: `,`).
    assert!(
        csv.body
            .starts_with("\u{feff}\"Participant\",\"Date of birth\",\"State\""),
        "{}",
        csv.body
    );
    assert!(csv.body.contains("\"Elsa Lind\""));
    assert!(
        csv.body.contains("\"Place held, waiting for consent\""),
        "{}",
        csv.body
    );
    assert_eq!(count_of(app, "roster_exported").await, 2);
    // In Swedish the cells are split by `;`, as Swedish Excel expects.
    app.set_locale(TEACHER, "sv").await;
    let csv = teacher.get(&path(&trip.exchange, "roster.csv")).await;
    assert!(
        csv.body
            .starts_with("\u{feff}\"Deltagare\";\"Födelsedatum\";\"Läge\""),
        "{}",
        csv.body
    );
    let state = utbyte_domain::i18n::text(
        utbyte_domain::types::Locale::Sv,
        "registration-state-pending-consent",
    );
    assert!(csv.body.contains(&format!("\"{state}\"")), "{}", csv.body);
    app.set_locale(TEACHER, "en").await;

    let medical = teacher
        .get(&path(&trip.exchange, &format!("medical/{registration}")))
        .await;
    assert_eq!(medical.status, StatusCode::OK, "{}", medical.body);
    assert_eq!(medical.headers["cache-control"], "no-store");
    assert!(medical.shows("Nuts (EpiPen in the front pocket)"));
    assert!(medical.shows("+46 70 123 45 67"));
    assert!(medical.shows("Participant: Elsa Lind"));
    assert_eq!(count_of(app, "medical_information_read").await, 1);
}

#[tokio::test]
async fn the_lottery_is_drawn_after_a_confirmation_step_and_shows_its_seed_and_reasons() {
    let w = World::new().await;
    let trip = Trip::open_on(w, 1, "LOTTERY").await;
    for name in ["Elsa Lind", "Bo Berg"] {
        let youth = trip.pupil(name, &[(MUM, "SOLE")], false).await;
        trip.register(&youth).await;
    }
    trip.w
        .advance(&trip.exchange, &["CLOSE_REGISTRATION"])
        .await;
    let mut teacher = WebClient::signed_in(&trip.w.app, TEACHER).await;
    let confirm = teacher.get(&path(&trip.exchange, "lottery")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.shows("2 personer väntar på en plats."));
    assert!(trip.places().await["lotteryDrawnAt"].is_null());

    let drawn = teacher.post(&path(&trip.exchange, "lottery"), &[]).await;
    assert_eq!(drawn.status, StatusCode::SEE_OTHER, "{}", drawn.body);
    let seed = trip.places().await["lotterySeed"]
        .as_str()
        .expect("drawn")
        .to_owned();
    let list = teacher.get(drawn.location.as_deref().unwrap()).await;
    assert!(list.shows("Lottningen är gjord."));
    assert!(list.shows(&seed));
    // Each outcome in the teacher's own language: one place, one first in the queue.
    assert_eq!(
        list.body.matches(&format!("Lottning (frö {seed})")).count(),
        2,
        "{}",
        list.body
    );
    assert!(list.shows("dragen som 1 av 2. En plats."));
    assert!(list.shows("dragen som 2 av 2. Plats 1 i kön."));
    // Drawn once only.
    let again = teacher.post(&path(&trip.exchange, "lottery"), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_trip_is_advanced_and_its_report_filed_with_field_errors_first() {
    let w = World::new().await;
    let exchange = w.approved("Språkveckan i Lyon").await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let advance = path(&exchange, "advance");
    let list = teacher.get(&path(&exchange, "registrations")).await;
    assert!(list.shows("Öppna anmälan"));
    for step in ["open_registration", "close_registration"] {
        let moved = teacher.post(&advance, &[("to", step)]).await;
        assert_eq!(
            moved.status,
            StatusCode::SEE_OTHER,
            "{step}: {}",
            moved.body
        );
    }
    assert_eq!(w.read(&exchange).await["state"], "REGISTRATION_CLOSED");
    // The trip lies ahead: the teacher may not start it yet.
    let early = teacher.post(&advance, &[("to", "start")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early.field_error("early_reason").is_some(),
        "{}",
        early.body
    );
    // With a reason, still not: only a coordinator may start early.
    let early = teacher
        .post(
            &advance,
            &[("to", "start"), ("early_reason", "Vi vill åka i förväg")],
        )
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    assert_eq!(w.read(&exchange).await["state"], "REGISTRATION_CLOSED");
    w.advance(&exchange, &["START", "COMPLETE"]).await;

    let report = path(&exchange, "report");
    let form = teacher.get(&report).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("id=\"what_happened\""));
    let refused = teacher
        .post(
            &report,
            &[
                ("what_happened", "Vi såg Lyon."),
                ("outcomes", ""),
                ("feedback_summary", "Bra"),
                ("actual_cost", "12 500,50"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.field_error("outcomes").is_some(),
        "{}",
        refused.body
    );
    assert_eq!(
        refused.input_value("actual_cost").as_deref(),
        Some("12 500,50")
    );
    assert!(refused.body.contains("Vi såg Lyon."));
    let refused = teacher
        .post(
            &report,
            &[
                ("what_happened", "Vi såg Lyon."),
                ("outcomes", "Eleverna talade franska."),
                ("feedback_summary", "Bra"),
                ("actual_cost", "tolv tusen"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.field_error("actual_cost").is_some());
    assert_eq!(w.read(&exchange).await["state"], "COMPLETED");
    let filed = teacher
        .post(
            &report,
            &[
                ("what_happened", "Vi såg Lyon."),
                ("outcomes", "Eleverna talade franska."),
                ("feedback_summary", "Bra"),
                ("actual_cost", "12 500,50"),
            ],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let read = w.read(&exchange).await;
    assert_eq!(read["state"], "REPORTED");
    let done = teacher.get(filed.location.as_deref().unwrap()).await;
    assert!(done.shows("Rapporten är lämnad."));
}

/// What one person gets from one route.
async fn request(
    client: &mut WebClient,
    method: &str,
    route: &str,
    ids: &[(&str, &str)],
    guardian: &str,
) -> PageResponse {
    let mut address = route.to_owned();
    for (name, value) in ids {
        address = address.replace(&format!("{{{name}}}"), value);
    }
    let fields: &[(&str, &str)] = match route {
        "/exchanges/{id}/places" => &[
            ("capacity", "9"),
            ("consent_rule", "one_guardian"),
            ("selection", "first_come"),
            ("membership", "open"),
        ],
        "/exchanges/{id}/registrations/{registration}/cancel" => &[("reason", "Ingen plats")],
        "/exchanges/{id}/registrations/{registration}/resend-consent" => &[("guardian", guardian)],
        "/exchanges/{id}/advance" => &[("to", "close_registration")],
        "/exchanges/{id}/report" => &[
            ("what_happened", "x"),
            ("outcomes", "x"),
            ("feedback_summary", "x"),
            ("actual_cost", "1"),
        ],
        _ => &[],
    };
    if method == "GET" {
        client.get(&address).await
    } else {
        client.post(&address, fields).await
    }
}

#[tokio::test]
async fn every_trip_page_for_every_role_and_nothing_written_on_a_refusal() {
    let w = World::new().await;
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö").await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town).await;
    w.app
        .user_with_roles(
            OTHER_TEACHER,
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    w.app
        .user_with_roles(
            OTHER_COORDINATOR,
            &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
        )
        .await;
    let (trip, registration, youth, guardian) = trip_with_a_registration(w).await;
    trip.w.app.user_with_role(MUM, "guardian").await;
    let ids = [
        ("id", trip.exchange.as_str()),
        ("registration", registration.as_str()),
        ("youth", youth.as_str()),
    ];
    // The other guardian's link: the mother may only re-send her own.
    let other_guardian =
        trip.registration(&registration).await["consent"]["guardians"][1]["guardianId"]
            .as_str()
            .expect("a second guardian")
            .to_owned();
    assert_ne!(other_guardian, guardian);
    let app = &trip.w.app;
    // (who, the status of a GET, of a POST); None for signed out.
    let refused: [(Option<&str>, StatusCode, StatusCode); 4] = [
        (
            Some(OTHER_TEACHER),
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
        ),
        (
            Some(OTHER_COORDINATOR),
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
        ),
        (Some(MUM), StatusCode::FORBIDDEN, StatusCode::FORBIDDEN),
        (None, StatusCode::SEE_OTHER, StatusCode::SEE_OTHER),
    ];
    for (who, get_status, post_status) in refused {
        let mut client = match who {
            Some(email) => WebClient::signed_in(app, email).await,
            None => WebClient::new(app),
        };
        for (method, route) in trip_routes() {
            let audit = app.audit().await.len();
            let outbox = app.outbox().await.len();
            let response = request(&mut client, method, route, &ids, &other_guardian).await;
            let expected = match (method, route) {
                ("GET", _) => get_status,
                // The workflow checks the state before the person, as the API does: the
                // mother, who sees the open exchange, hears that it cannot be reported yet.
                ("POST", "/exchanges/{id}/report") if who == Some(MUM) => StatusCode::CONFLICT,
                _ => post_status,
            };
            assert_eq!(response.status, expected, "{who:?} {method} {route}");
            if who.is_none() {
                assert!(
                    response
                        .location
                        .as_deref()
                        .is_some_and(|l| l.starts_with("/sign-in?next=")),
                    "{route}"
                );
            }
            assert_eq!(app.audit().await.len(), audit, "{who:?} {method} {route}");
            assert_eq!(app.outbox().await.len(), outbox, "{who:?} {method} {route}");
        }
    }
    assert_eq!(trip.state(&registration).await, "PENDING_CONSENT");
    assert_eq!(trip.places().await["capacity"], 3);
    assert_eq!(
        trip.w.read(&trip.exchange).await["state"],
        "OPEN_FOR_REGISTRATION"
    );
    // Those who run the trip see every page.
    for email in [TEACHER, PRINCIPAL, COORDINATOR] {
        let mut client = WebClient::signed_in(app, email).await;
        for (method, route) in trip_routes() {
            if method != "GET" {
                continue;
            }
            let response = request(&mut client, method, route, &ids, "").await;
            assert_eq!(response.status, StatusCode::OK, "{email} {route}");
        }
    }
}

#[tokio::test]
async fn the_trip_pages_pass_the_accessibility_check_in_swedish_and_english() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let reported = w.completed("Skrivarläger i Lund").await;
    let (trip, registration, _, _) = trip_with_a_registration(w).await;
    let app = &trip.w.app;
    browser.goto(&app.url("/sign-in")).await;
    browser.fill("#email", TEACHER).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("main button[type=submit]").await;
    let pages = [
        ("registrations", path(&trip.exchange, "registrations")),
        ("roster", path(&trip.exchange, "roster")),
        (
            "medical",
            path(&trip.exchange, &format!("medical/{registration}")),
        ),
        ("report", path(&reported, "report")),
    ];
    for lang in ["sv", "en"] {
        app.set_locale(TEACHER, lang).await;
        for (name, address) in &pages {
            browser.goto(&app.url(address)).await;
            assert!(
                browser
                    .source()
                    .await
                    .contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
                "{name}"
            );
            browser.check_page(&format!("trip-{name}-{lang}")).await;
        }
        // A form sent with mistakes: the errors under the fields and in the summary.
        browser.goto(&app.url(&pages[0].1)).await;
        browser.fill("#capacity", "0").await;
        browser
            .click("form[action$='/places'] button[type=submit]")
            .await;
        browser.find(".error-summary").await;
        browser
            .check_page(&format!("trip-registrations-errors-{lang}"))
            .await;
        browser.goto(&app.url(&pages[3].1)).await;
        browser
            .click("form[action$='/report'] button[type=submit]")
            .await;
        browser.find("#what_happened-error").await;
        browser
            .check_page(&format!("trip-report-errors-{lang}"))
            .await;
    }
    browser.close().await;
}
