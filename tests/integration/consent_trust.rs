//! Consent a municipality can rely on: the privacy notice every consent records, the receipt
//! a guardian keeps, and how a consent is signed.
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use utbyte_domain::{
    entities::{
        consent_events, consent_texts, outbox_emails, privacy_notice_texts, privacy_notices,
    },
    format::{self, TimeZone},
    retention::rules::RetentionCategory,
    types::Locale,
};
use utbyte_tests::{TestApp, error_code, error_fields, smtp::SmtpServer};

use crate::{
    exchanges::{World, ok},
    registrations::{MUM, Trip, hidden, set, valid_form},
};

const PUBLISH: &str = "mutation($m: ID!, $n: PrivacyNoticeInput!) { \
     publishPrivacyNotice(municipalityId: $m, notice: $n) { version controller dpoContact } }";

const CONTROLLER: &str = "Barn- och utbildningsnämnden i Jönköpings kommun";
const DPO: &str = "dataskyddsombud@jonkoping.example";

fn notice() -> Value {
    json!({
        "controller": CONTROLLER,
        "controllerContact": "bun@jonkoping.example, 036-10 50 00",
        "dpoContact": DPO,
    })
}

fn sha256(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[tokio::test]
async fn a_published_notice_is_shown_with_the_consent_form_and_recorded_with_the_consent() {
    let trip = Trip::open(10).await;
    let w = &trip.w;

    // Only the municipality's coordinators publish, and only a notice that says who to ask.
    let refused = w
        .gql(
            &w.teacher,
            PUBLISH,
            json!({ "m": w.municipality, "n": notice() }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    let bad = w
        .gql(
            &w.coordinator,
            PUBLISH,
            json!({ "m": w.municipality, "n": {
                "controller": "  ", "controllerContact": "bun@jonkoping.example\nBcc: x",
                "dpoContact": "x".repeat(301) } }),
        )
        .await;
    assert_eq!(
        error_fields(&bad),
        [
            "notice.controller",
            "notice.controllerContact",
            "notice.dpoContact"
        ],
        "{bad}"
    );
    assert_eq!(w.app.count("privacy_notices").await, 0, "nothing written");
    let published = w
        .gql(
            &w.coordinator,
            PUBLISH,
            json!({ "m": w.municipality, "n": notice() }),
        )
        .await;
    assert_eq!(
        ok(&published, "publishPrivacyNotice"),
        &json!({ "version": 2, "controller": CONTROLLER, "dpoContact": DPO }),
        "version 1 is the one Utbyte starts with"
    );
    assert!(
        w.app
            .audit_actions()
            .await
            .contains(&"privacy_notice_published".to_owned())
    );

    // The consent request links to the notice in the guardian's language...
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let request = w.app.last_mail(MUM, "consent_request").await;
    let notice_address = format!("/privacy/{}?lang=sv", w.municipality);
    assert!(
        request.text_body.contains(&notice_address),
        "{}",
        request.text_body
    );
    assert!(
        request.html_body.contains(&notice_address),
        "{}",
        request.html_body
    );

    // ...and the consent page shows it, with the retention periods in force.
    let path = trip.consent_link(MUM).await;
    let (status, page) = trip.get(&path).await;
    assert_eq!(status, 200);
    let medical_days = w
        .app
        .services()
        .settings
        .retention
        .get(RetentionCategory::MedicalInformation);
    for shown in [
        CONTROLLER.to_owned(),
        format!("Dataskyddsombudet når du på {DPO}."),
        format!("Hälso- och nödkontaktuppgifter: {medical_days} dagar efter hemkomsten."),
        "Version 2, publicerad".to_owned(),
        "Integritetsskyddsmyndigheten".to_owned(),
    ] {
        assert!(page.contains(&shown), "{shown} in {page}");
    }
    let shown_text = hidden(&page, "noticeTextId");

    let (status, receipt) = trip.consent(&path, true).await;
    assert_eq!(status, 200, "{receipt}");
    let events = consent_events::Entity::find()
        .all(w.app.db())
        .await
        .unwrap();
    assert_eq!(events.len(), 2, "travel and photos");
    for event in &events {
        assert_eq!(
            event.privacy_notice_text_id.map(|id| id.to_string()),
            Some(shown_text.clone())
        );
        assert_eq!(event.signing_method.as_deref(), Some("typed_name"));
        assert_eq!(event.typed_name.as_deref(), Some("Karin Lind"));
    }
    // The text recorded is the notice exactly as shown: its version, language and hash.
    let text = privacy_notice_texts::Entity::find_by_id(events[0].privacy_notice_text_id.unwrap())
        .one(w.app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(text.locale, "sv");
    assert_eq!(text.sha256, sha256(&text.body));
    assert!(text.body.contains(CONTROLLER) && text.body.contains(DPO));
    let version = privacy_notices::Entity::find_by_id(text.notice_id)
        .one(w.app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(version.version, 2);

    // A newer version does not change what was recorded; the page shows the new one.
    let mut newer = notice();
    newer["dpoContact"] = json!("dpo@jonkoping.example");
    let published = w
        .gql(
            &w.coordinator,
            PUBLISH,
            json!({ "m": w.municipality, "n": newer }),
        )
        .await;
    assert_eq!(ok(&published, "publishPrivacyNotice")["version"], 3);
    let versions = w
        .gql(
            &w.coordinator,
            "query($m: ID!) { privacyNotices(municipalityId: $m) { version dpoContact } }",
            json!({ "m": w.municipality }),
        )
        .await;
    assert_eq!(
        ok(&versions, "privacyNotices"),
        &json!([
            { "version": 3, "dpoContact": "dpo@jonkoping.example" },
            { "version": 2, "dpoContact": DPO },
            { "version": 1, "dpoContact": null },
        ])
    );
    let (_, page) = trip
        .get(&format!("/privacy/{}?lang=sv", w.municipality))
        .await;
    assert!(page.contains("dpo@jonkoping.example") && page.contains("Version 3"));
    let recorded = consent_events::Entity::find()
        .filter(consent_events::Column::PrivacyNoticeTextId.eq(text.id))
        .all(w.app.db())
        .await
        .unwrap();
    assert_eq!(recorded.len(), 2);
}

#[tokio::test]
async fn the_privacy_notice_reads_at_its_own_address_in_every_language() {
    let w = World::new().await;
    let get = |path: String| {
        let app = &w.app;
        async move {
            let response = app.http.get(app.url(&path)).send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let path = format!("/privacy/{}", w.municipality);
    let (status, swedish) = get(format!("{path}?lang=sv")).await;
    assert_eq!(status, 200);
    assert!(swedish.contains(r#"lang="sv""#));
    assert!(swedish.contains("Dina rättigheter"), "{swedish}");
    // Until the municipality publishes its own, it is named as the controller and the
    // reader is told to ask it for its data protection officer.
    assert!(swedish.contains("Fråga "), "{swedish}");
    let (_, arabic) = get(format!("{path}?lang=ar")).await;
    assert!(arabic.contains(r#"dir="rtl""#));
    assert!(
        !arabic.contains("privacy-"),
        "no message key shows: {arabic}"
    );
    // The same text in the same language is stored once.
    let texts = w.app.count("privacy_notice_texts").await;
    get(format!("{path}?lang=sv")).await;
    assert_eq!(w.app.count("privacy_notice_texts").await, texts);
    for unknown in [
        "/privacy/not-an-id",
        "/privacy/0190a0b1-0000-7000-8000-000000000001",
    ] {
        let (status, _) = get(unknown.to_owned()).await;
        assert_eq!(status, 404, "{unknown}");
    }
}

/// The receipt's text with markup taken out, for reading as a person does.
fn words(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
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
    text.replace("&#43;", "+").replace("&quot;", "\"")
}

#[tokio::test]
async fn the_receipt_shows_and_mails_exactly_what_was_given() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, smtp.port)).await;
    let trip = Trip::open_on(World::on(app).await, 10, "FIRST_COME").await;
    let w = &trip.w;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let path = trip.consent_link(MUM).await;
    let (_, page) = trip.get(&path).await;
    let mut form = valid_form(&path, &page);
    set(
        &mut form,
        "medicalNotes",
        Some("Lindrig astma\nInhalator vid behov"),
    );
    let (status, receipt) = trip.post_form("/consent", &form).await;
    assert_eq!(status, 200, "{receipt}");
    let receipt = words(&receipt);

    let travel = consent_texts::Entity::find_by_id(
        hidden(&page, "travelTextId").parse::<uuid::Uuid>().unwrap(),
    )
    .one(w.app.db())
    .await
    .unwrap()
    .unwrap();
    let given_at = consent_events::Entity::find()
        .one(w.app.db())
        .await
        .unwrap()
        .unwrap()
        .occurred_at;
    let day = format::local_date(Locale::Sv, &TimeZone::default(), given_at);
    let expected = [
        "Kvitto på ditt samtycke",
        "Elsa Lind",
        "Språkveckan i Lyon",
        "Genom att skriva namnet ”Karin Lind”",
        &travel.body,
        &travel.sha256,
        "Tillstånd att resa: givet",
        "Bilder: inte givet",
        "Lindrig astma\nInhalator vid behov",
        "Nuts (EpiPen in the front pocket)",
        "Vegetarian",
        "(inget ifyllt)",
        "Karin Lind (Mother), +46 70 123 45 67",
        "version 1 av",
        &day,
    ];
    for shown in expected {
        assert!(
            receipt.contains(shown),
            "{shown:?} in the receipt page: {receipt}"
        );
    }

    // The same by mail, once it has gone out over SMTP...
    let mut waited = 0;
    let mail = loop {
        if let Some(mail) = smtp
            .received()
            .into_iter()
            .find(|mail| mail.to == [MUM] && mail.data.contains(&travel.sha256))
        {
            break mail;
        }
        assert!(waited < 150, "the receipt arrives");
        waited += 1;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    for given in [
        "Karin Lind",
        "Lindrig astma",
        "Nuts (EpiPen in the front pocket)",
        "Karin Lind (Mother), +46 70 123 45 67",
        &travel.body,
        &day,
        "/consent/withdraw?token=",
    ] {
        assert!(
            mail.data.contains(given),
            "{given:?} in the mail: {}",
            mail.data
        );
    }
    let row = w
        .app
        .outbox()
        .await
        .into_iter()
        .find(|row| row.template == "consent_received")
        .expect("the receipt was queued");
    // ...whose bodies the queue does not keep once sent: they hold health information.
    let mut waited = 0;
    let sent = loop {
        let row = outbox_emails::Entity::find_by_id(row.id)
            .one(w.app.db())
            .await
            .unwrap()
            .unwrap();
        if row.sent_at.is_some() {
            break row;
        }
        assert!(waited < 150, "the receipt is marked sent");
        waited += 1;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!((sent.text_body.as_str(), sent.html_body.as_str()), ("", ""));
    assert!(
        !sent.subject.is_empty(),
        "the queue still shows what was sent"
    );
}
