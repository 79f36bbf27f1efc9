//! Consent requests followed up: a guardian who has not answered is reminded 3 days after the
//! request and again 2 days before the link expires, each time with a fresh link that
//! replaces the old one; reminders stop at departure, on withdrawal, under a restriction and
//! once the guardian has answered; two scheduler passes at once remind once. The teacher is
//! told when a link runs out unanswered and when every consent for the trip is in, and sees
//! what is outstanding per registration and guardian (GraphQL and the registrations page).
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::{Value, json};
use utbyte_domain::{
    entities::{consent_links, exchanges, guardians, notifications},
    format::TimeZone,
    reminders::enqueue_due,
    types::Locale,
};
use utbyte_tests::{
    TestApp,
    browser::Browser,
    web::{PASSWORD, WebClient},
};

use crate::{
    exchanges::{TEACHER, World, ok, uuid},
    registrations::{DAD, MUM, Trip},
    retention::RESTRICT,
};

/// A trip with one pupil whose two guardians must both consent; returns it with the
/// registration's and the young person's ids.
async fn trip_with_two_guardians() -> (Trip, String, String) {
    trip_with_two_guardians_in(World::new().await).await
}

async fn trip_with_two_guardians_in(w: World) -> (Trip, String, String) {
    let trip = Trip::open_on(w, 3, "FIRST_COME").await;
    trip.set_places(3, "FIRST_COME", Some("EVERY_GUARDIAN"))
        .await;
    let youth = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let registration = trip.register(&youth).await;
    let id = registration["id"].as_str().expect("an id").to_owned();
    (trip, id, youth)
}

/// The consent requests and reminders mailed to `email`, oldest first.
async fn requests_to(
    app: &TestApp,
    email: &str,
) -> Vec<utbyte_domain::entities::outbox_emails::Model> {
    app.outbox()
        .await
        .into_iter()
        .filter(|m| m.recipient == email && m.template == "consent_request")
        .collect()
}

async fn mails_of(app: &TestApp, template: &str) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m.template == template)
        .count()
}

/// The guardian's usable consent link as stored.
async fn open_link(app: &TestApp, registration: &str) -> Vec<consent_links::Model> {
    consent_links::Entity::find()
        .filter(consent_links::Column::RegistrationId.eq(uuid(registration)))
        .filter(consent_links::Column::Purpose.eq("consent"))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .order_by_asc(consent_links::Column::CreatedAt)
        .all(app.db())
        .await
        .expect("links")
}

/// The first request's time and its link's expiry.
async fn asked(app: &TestApp, registration: &str) -> (DateTime<Utc>, DateTime<Utc>) {
    let link = open_link(app, registration).await.remove(0);
    (link.created_at, link.expires_at)
}

/// Two scheduler passes at `at` at the same moment, as two instances run them; returns
/// how many mails they queued together.
async fn two_passes_at_once(app: &TestApp, at: DateTime<Utc>) -> usize {
    let (a, b) = (app.services().clone(), app.services().clone());
    let (a, b) = tokio::join!(
        tokio::spawn(async move { enqueue_due(&a, at).await }),
        tokio::spawn(async move { enqueue_due(&b, at).await }),
    );
    a.expect("a pass").expect("a pass") + b.expect("a pass").expect("a pass")
}

/// The teacher's registrations page, and how many guardians it shows as outstanding.
async fn registrations_page(trip: &Trip) -> (String, usize) {
    let mut teacher = WebClient::signed_in(&trip.w.app, TEACHER).await;
    let page = teacher
        .get(&format!("/exchanges/{}/registrations", trip.exchange))
        .await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    let shown = page.body.matches("class=\"outstanding\"").count();
    (page.body, shown)
}

/// Lets the unused consent link of the guardian with `email` run out an hour ago.
async fn expire_link(app: &TestApp, registration: &str, email: &str) {
    let guardian = guardians::Entity::find()
        .filter(guardians::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .expect("a guardian");
    consent_links::Entity::update_many()
        .col_expr(
            consent_links::Column::ExpiresAt,
            Expr::value(Utc::now() - Duration::hours(1)),
        )
        .filter(consent_links::Column::RegistrationId.eq(uuid(registration)))
        .filter(consent_links::Column::GuardianId.eq(guardian.id))
        .filter(consent_links::Column::Purpose.eq("consent"))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .exec(app.db())
        .await
        .unwrap();
}

async fn pass(app: &TestApp, at: DateTime<Utc>) {
    enqueue_due(app.services(), at).await.expect("a pass");
}

fn guardian<'a>(registration: &'a Value, name: &str) -> &'a Value {
    registration["consent"]["guardians"]
        .as_array()
        .and_then(|all| all.iter().find(|g| g["displayName"] == name))
        .unwrap_or_else(|| panic!("no guardian {name} in {registration}"))
}

const OUTSTANDING: &str = "query($id: ID!) { registration(id: $id) { consent { guardians { \
     displayName travel outstanding { askedAt linkExpiresAt lastRemindedAt remindersSent \
     expired } } } } }";

async fn outstanding(trip: &Trip, id: &str) -> Value {
    let response = trip
        .w
        .gql(&trip.w.teacher, OUTSTANDING, json!({ "id": id }))
        .await;
    ok(&response, "registration").clone()
}

#[tokio::test]
async fn an_unanswered_guardian_is_reminded_after_three_days_and_two_days_before_expiry() {
    let (trip, id, _) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (t0, expires) = asked(app, &id).await;
    // The father answers at once: he is never reminded.
    let (status, _) = trip.consent(&trip.consent_link(DAD).await, false).await;
    assert_eq!(status, 200);
    let first_link = trip.consent_link(MUM).await;

    pass(app, t0 + Duration::days(2)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 1, "no reminder at day 2");

    pass(app, t0 + Duration::days(3) + Duration::minutes(1)).await;
    let mails = requests_to(app, MUM).await;
    assert_eq!(mails.len(), 2, "one reminder at day 3");
    let reminder = &mails[1];
    assert!(
        reminder
            .subject
            .starts_with("Påminnelse: samtycke för Elsa Lind"),
        "in the guardian's language: {}",
        reminder.subject
    );
    let until = utbyte_domain::format::date_time(Locale::Sv, &TimeZone::from_stored(None), expires);
    assert!(
        reminder.text_body.contains(&format!("gäller till {until}")),
        "says when the new link expires: {}",
        reminder.text_body
    );
    assert_eq!(requests_to(app, DAD).await.len(), 1, "he answered");
    // Only the newest link works.
    let fresh_link = trip.consent_link(MUM).await;
    assert_ne!(fresh_link, first_link);
    assert_eq!(
        trip.get(&first_link).await.0,
        410,
        "the old link is refused"
    );
    assert_eq!(trip.get(&fresh_link).await.0, 200, "the fresh one works");
    let links = open_link(app, &id).await;
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].expires_at, expires,
        "the request's deadline stands"
    );

    pass(app, t0 + Duration::days(4)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 2, "none again at day 4");

    pass(app, expires - Duration::days(2) - Duration::hours(1)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 2, "not yet");
    pass(app, expires - Duration::days(2) + Duration::minutes(1)).await;
    assert_eq!(
        requests_to(app, MUM).await.len(),
        3,
        "the last one 2 days before expiry"
    );
    pass(app, expires - Duration::days(1)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 3, "never a third");
    assert_eq!(trip.get(&fresh_link).await.0, 410);

    // The teacher sees who is outstanding, since when, until when, last reminded when.
    let registration = outstanding(&trip, &id).await;
    let mum = &guardian(&registration, &format!("Guardian {MUM}"))["outstanding"];
    assert_eq!(mum["remindersSent"], 2);
    assert_eq!(mum["expired"], false);
    assert_eq!(
        mum["askedAt"]
            .as_str()
            .map(|at| at.parse::<DateTime<Utc>>().ok()),
        Some(Some(t0))
    );
    assert_eq!(
        mum["linkExpiresAt"]
            .as_str()
            .map(|at| at.parse::<DateTime<Utc>>().ok()),
        Some(Some(expires))
    );
    assert!(mum["lastRemindedAt"].is_string(), "{mum}");
    assert_eq!(
        guardian(&registration, &format!("Guardian {DAD}"))["outstanding"],
        Value::Null,
        "he has consented"
    );

    // Her answer through the newest link confirms the place; every consent is in.
    assert_eq!(mails_of(app, "consents_complete").await, 0);
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, true).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&id).await, "CONFIRMED");
    pass(app, expires - Duration::hours(1)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 3);
    assert_eq!(mails_of(app, "consents_complete").await, 1);
    assert_eq!(
        app.last_mail(TEACHER, "consents_complete").await.recipient,
        TEACHER
    );
}

#[tokio::test]
async fn two_scheduler_passes_at_once_remind_each_guardian_once() {
    let (trip, id, _) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (t0, expires) = asked(app, &id).await;
    for (at, mails) in [
        (t0 + Duration::days(3) + Duration::minutes(1), 2),
        (expires - Duration::days(2) + Duration::minutes(1), 3),
    ] {
        assert_eq!(two_passes_at_once(app, at).await, 2, "one each");
        for email in [MUM, DAD] {
            assert_eq!(requests_to(app, email).await.len(), mails, "{email}");
        }
        assert_eq!(open_link(app, &id).await.len(), 2, "one fresh link each");
        assert_eq!(app.count("consent_links").await, mails as i64 * 2);
    }
}

#[tokio::test]
async fn reminders_stop_at_departure_on_withdrawal_and_under_a_restriction() {
    let (trip, id, youth) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (t0, _) = asked(app, &id).await;
    let due = t0 + Duration::days(3) + Duration::minutes(1);

    // Under a restriction: nothing.
    let response = trip
        .w
        .gql(
            &trip.w.coordinator,
            RESTRICT,
            json!({ "y": youth, "r": "The family objects to the processing." }),
        )
        .await;
    ok(&response, "restrictPersonalData");
    pass(app, due).await;
    assert_eq!(requests_to(app, MUM).await.len(), 1, "restricted");
    let response = trip
        .w
        .gql(
            &trip.w.coordinator,
            "mutation($y: ID!) { liftRestriction(youthId: $y) { id } }",
            json!({ "y": youth }),
        )
        .await;
    ok(&response, "liftRestriction");

    // Once the trip has left: nothing, though the link itself would still work.
    let exchange = exchanges::Entity::find_by_id(uuid(&trip.exchange))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::StartDate,
            Expr::value((t0 + Duration::days(2)).date_naive()),
        )
        .filter(exchanges::Column::Id.eq(exchange.id))
        .exec(app.db())
        .await
        .unwrap();
    pass(app, due).await;
    assert_eq!(requests_to(app, MUM).await.len(), 1, "departed");
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::StartDate,
            Expr::value(exchange.start_date),
        )
        .filter(exchanges::Column::Id.eq(exchange.id))
        .exec(app.db())
        .await
        .unwrap();

    // Withdrawn: nothing.
    let response = trip.withdraw_as(&trip.w.teacher, &id).await;
    assert_eq!(ok(&response, "withdrawRegistration")["state"], "WITHDRAWN");
    pass(app, due).await;
    pass(app, due + Duration::days(9)).await;
    for email in [MUM, DAD] {
        assert_eq!(requests_to(app, email).await.len(), 1, "withdrawn: {email}");
    }
    assert_eq!(mails_of(app, "consent_link_expired").await, 0);
}

#[tokio::test]
async fn the_teacher_is_told_once_when_a_link_runs_out_unanswered() {
    let (trip, id, _) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (status, _) = trip.consent(&trip.consent_link(DAD).await, false).await;
    assert_eq!(status, 200);
    // The mother's link ran out an hour ago.
    expire_link(app, &id, MUM).await;
    let now = Utc::now();
    assert_eq!(two_passes_at_once(app, now).await, 1);
    pass(app, now + Duration::hours(1)).await;
    assert_eq!(
        mails_of(app, "consent_link_expired").await,
        1,
        "once per link"
    );
    let told = app.last_mail(TEACHER, "consent_link_expired").await;
    assert!(
        told.text_body.contains(&format!("Guardian {MUM}")),
        "{}",
        told.text_body
    );
    assert!(told.text_body.contains("Elsa Lind"), "{}", told.text_body);
    let teacher_notes = notifications::Entity::find()
        .filter(notifications::Column::Kind.eq("consent_link_expired"))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(teacher_notes.len(), 1);
    assert_eq!(teacher_notes[0].title, told.subject);
    // No reminder for a link that has run out.
    assert_eq!(requests_to(app, MUM).await.len(), 1);

    let registration = outstanding(&trip, &id).await;
    assert_eq!(
        guardian(&registration, &format!("Guardian {MUM}"))["outstanding"]["expired"],
        true
    );

    // The registrations page says so, per guardian.
    let (page, shown) = registrations_page(&trip).await;
    let summary = page
        .split("id=\"outstanding-summary\">")
        .nth(1)
        .unwrap_or_default();
    assert!(
        summary.starts_with("En vårdnadshavare har inte svarat än.")
            || summary.starts_with("One guardian has not answered yet."),
        "{}",
        page
    );
    assert_eq!(shown, 1, "{page}");
    assert!(
        page.contains("utan svar") || page.contains("without an answer"),
        "{}",
        page
    );
}

#[tokio::test]
async fn the_registrations_page_shows_each_unanswered_guardian() {
    let (trip, id, _) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (t0, _) = asked(app, &id).await;
    pass(app, t0 + Duration::days(3) + Duration::minutes(1)).await;
    let (page, shown) = registrations_page(&trip).await;
    assert_eq!(shown, 2, "{page}");
    assert!(
        page.contains("2 vårdnadshavare har inte svarat än.")
            || page.contains("2 guardians have not answered yet."),
        "{}",
        page
    );
    assert!(
        page.contains("Senast påmind") || page.contains("Last reminded"),
        "{}",
        page
    );
    // Once both have consented nothing is outstanding.
    for email in [MUM, DAD] {
        let (status, _) = trip.consent(&trip.consent_link(email).await, false).await;
        assert_eq!(status, 200);
    }
    let (page, shown) = registrations_page(&trip).await;
    assert_eq!(shown, 0, "{page}");
    assert!(
        page.contains("Inget svar från vårdnadshavare saknas.")
            || page.contains("No guardian's answer is outstanding."),
        "{}",
        page
    );
}

/// Every consent of the trip in, after the last of two registrations: the teacher is told
/// once, and only then.
#[tokio::test]
async fn the_teacher_is_told_once_when_every_consent_for_the_trip_is_in() {
    let trip = Trip::open(3).await;
    let app = &trip.w.app;
    let first = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let second = trip
        .pupil("Nils Berg", &[("anna.berg@example.se", "SOLE")], false)
        .await;
    trip.register(&first).await;
    trip.register(&second).await;
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, false).await;
    assert_eq!(status, 200);
    assert_eq!(
        mails_of(app, "consents_complete").await,
        0,
        "one is missing"
    );
    let (status, _) = trip
        .consent(&trip.consent_link("anna.berg@example.se").await, false)
        .await;
    assert_eq!(status, 200);
    pass(app, Utc::now()).await;
    assert_eq!(mails_of(app, "consents_complete").await, 1);
    let told = app.last_mail(TEACHER, "consents_complete").await;
    assert!(
        told.subject.contains("Språkveckan i Lyon"),
        "{}",
        told.subject
    );
    let notes = notifications::Entity::find()
        .filter(notifications::Column::Kind.eq("consents_complete"))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(notes.len(), 1, "the teacher's notification");
}

/// The registrations page with a guardian reminded and one whose link ran out, checked in a
/// real Chromium (axe, and at 320 px) in Swedish and English.
#[tokio::test]
async fn the_registrations_page_with_outstanding_consents_passes_the_accessibility_check() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let (trip, id, _) = trip_with_two_guardians_in(w).await;
    let app = &trip.w.app;
    let (t0, _) = asked(app, &id).await;
    pass(app, t0 + Duration::days(3) + Duration::minutes(1)).await;
    expire_link(app, &id, DAD).await;
    browser.goto(&app.url("/sign-in")).await;
    browser.fill("#email", TEACHER).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("main button[type=submit]").await;
    for lang in ["sv", "en"] {
        app.set_locale(TEACHER, lang).await;
        browser
            .goto(&app.url(&format!("/exchanges/{}/registrations", trip.exchange)))
            .await;
        let source = browser.source().await;
        assert_eq!(
            source.matches("class=\"outstanding\"").count(),
            2,
            "{source}"
        );
        browser
            .check_page(&format!("trip-registrations-outstanding-{lang}"))
            .await;
    }
    browser.close().await;
}

/// A link resent to a guardian who has already consented is no unanswered request: she is
/// not reminded and the teacher is not told when it runs out; the other guardian is.
#[tokio::test]
async fn a_guardian_who_has_consented_is_neither_reminded_nor_reported() {
    let (trip, id, _) = trip_with_two_guardians().await;
    let app = &trip.w.app;
    let (t0, _) = asked(app, &id).await;
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, false).await;
    assert_eq!(status, 200);
    let registration = trip.registration(&id).await;
    let mum = guardian(&registration, &format!("Guardian {MUM}"))["guardianId"].clone();
    let response = trip
        .w
        .gql(
            &trip.w.teacher,
            "mutation($r: ID!, $g: ID!) { resendConsentLink(registrationId: $r, guardianId: $g) { id } }",
            json!({ "r": id, "g": mum }),
        )
        .await;
    ok(&response, "resendConsentLink");
    assert_eq!(requests_to(app, MUM).await.len(), 2, "the resent link");

    pass(app, t0 + Duration::days(3) + Duration::minutes(1)).await;
    assert_eq!(requests_to(app, MUM).await.len(), 2, "she has answered");
    assert_eq!(requests_to(app, DAD).await.len(), 2, "he is reminded");
    expire_link(app, &id, MUM).await;
    pass(app, Utc::now()).await;
    assert_eq!(mails_of(app, "consent_link_expired").await, 0);
    let registration = outstanding(&trip, &id).await;
    assert_eq!(
        guardian(&registration, &format!("Guardian {MUM}"))["outstanding"],
        Value::Null
    );
}

/// The last two consents of a trip given at the same moment: the teacher is told once.
#[tokio::test]
async fn the_last_two_consents_at_once_tell_the_teacher_once() {
    let trip = Trip::open(3).await;
    let app = &trip.w.app;
    let families = [("Elsa Lind", MUM), ("Nils Berg", "anna.berg@example.se")];
    for (name, email) in families {
        let youth = trip.pupil(name, &[(email, "SOLE")], false).await;
        trip.register(&youth).await;
    }
    let (first, second) = (
        trip.consent_link(MUM).await,
        trip.consent_link("anna.berg@example.se").await,
    );
    let ((a, _), (b, _)) = tokio::join!(trip.consent(&first, false), trip.consent(&second, false));
    assert_eq!((a, b), (200, 200));
    assert_eq!(mails_of(app, "consents_complete").await, 1);
}
