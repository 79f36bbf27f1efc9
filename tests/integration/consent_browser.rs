//! The guardians' consent page in a real headless Chromium (phone-sized), end to end: the
//! link comes from the mail a real SMTP server on loopback received, the guardian fills in
//! the form in the browser and submits it, and the registration is confirmed.
use std::time::{Duration, Instant};

use serde_json::json;
use utbyte_tests::{
    TestApp,
    browser::{Browser, Key, PHONE_WIDTH},
    smtp::{ReceivedMail, SmtpServer},
};

use crate::{
    exchanges::{World, day, id_of, ok},
    registrations::{MUM, Trip},
};

/// Two days (ISO) as a Swedish reader reads them: "5 februari 2027 – 9 februari 2027".
fn swedish_dates(first: &str, last: &str) -> String {
    let day = |text: &str| text.parse().expect("a date");
    utbyte_domain::format::date_range(utbyte_domain::types::Locale::Sv, day(first), day(last))
}

/// The service's public URL in the tests: the links in mails start with it.
const PUBLIC_URL: &str = "https://utbyte.test";

/// How long a mail may take to go through the outbox and over SMTP.
const MAIL_PATIENCE: Duration = Duration::from_secs(20);

/// The week in Lyon, open with 10 places and the default consent rule (every guardian, as
/// it goes abroad), on an app that sends its mail to `smtp`.
async fn trip_mailing_to(smtp: &SmtpServer) -> Trip {
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, smtp.port)).await;
    Trip::open_on(World::on(app).await, 10, "FIRST_COME").await
}

/// Waits until the SMTP server has received the newest `template` mail queued for
/// `recipient` (known by its Message-ID, which is the outbox row's id); returns it.
async fn received(smtp: &SmtpServer, trip: &Trip, recipient: &str, template: &str) -> ReceivedMail {
    let deadline = Instant::now() + MAIL_PATIENCE;
    loop {
        let row = trip
            .w
            .app
            .outbox()
            .await
            .into_iter()
            .rev()
            .find(|m| m.recipient == recipient && m.template == template);
        if let Some(row) = &row {
            // Looked for in the whole message: `ReceivedMail::header` misses headers that
            // follow an encoded (non-ASCII) subject.
            let message_id = format!("<{}@", row.id);
            if let Some(mail) = smtp
                .received()
                .into_iter()
                .find(|m| m.data.contains(&message_id))
            {
                assert_eq!(mail.to, [recipient], "{}", mail.data);
                return mail;
            }
        }
        if Instant::now() > deadline {
            let arrived: Vec<_> = smtp
                .received()
                .into_iter()
                .map(|m| (m.to, m.data.lines().take(12).collect::<Vec<_>>().join("\n")))
                .collect();
            panic!(
                "no {template} mail to {recipient} over SMTP within {MAIL_PATIENCE:?}; \
                 outbox row: {row:?}; arrived: {arrived:?}"
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The `path?token=…` of the link to `path` in a received mail, checked to be the same in
/// the plain-text and the HTML part, on the service's public URL.
fn link_in(mail: &ReceivedMail, path: &str) -> String {
    let prefix = format!("{PUBLIC_URL}{path}?token=");
    let tokens: Vec<String> = mail
        .data
        .match_indices(&prefix)
        .map(|(at, _)| {
            mail.data[at + prefix.len()..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .collect()
        })
        .collect();
    assert!(
        tokens.len() >= 2,
        "a {prefix}… link in the text and in the HTML part:\n{}",
        mail.data
    );
    assert!(
        tokens.iter().all(|t| t.len() == 64 && *t == tokens[0]),
        "one whole token in every part: {tokens:?}\n{}",
        mail.data
    );
    format!("{path}?token={}", tokens[0])
}

/// The current value of the form field matching `css`, as the browser has it.
async fn value_of(browser: &Browser, css: &str) -> String {
    browser
        .find(css)
        .await
        .prop("value")
        .await
        .unwrap_or_else(|e| panic!("reading the value of `{css}`: {e}"))
        .unwrap_or_default()
}

/// Whether the checkbox matching `css` is ticked.
async fn ticked(browser: &Browser, css: &str) -> bool {
    browser
        .find(css)
        .await
        .is_selected()
        .await
        .unwrap_or_else(|e| panic!("reading `{css}`: {e}"))
}

#[tokio::test]
async fn a_guardian_consents_in_a_real_browser_from_the_mailed_link() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let smtp = SmtpServer::start().await;
    let trip = trip_mailing_to(&smtp).await;
    // One guardian with sole custody: "every guardian" is then this one (Swedish, .se).
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let registration = trip.register(&pupil).await;
    assert_eq!(registration["state"], "PENDING_CONSENT", "{registration}");
    assert_eq!(registration["consent"]["rule"], "EVERY_GUARDIAN");
    let id = id_of(&registration);

    // The link, as the guardian's mail program received it.
    let request = received(&smtp, &trip, MUM, "consent_request").await;
    assert!(
        request.data.contains("Hej Guardian karin.lind@example.se,"),
        "{}",
        request.data
    );
    let link = link_in(&request, "/consent");
    browser.goto(&trip.w.app.url(&link)).await;

    // The page says what the trip is, in the guardian's language.
    assert!(
        browser.source().await.contains(r#"lang="sv""#),
        "{}",
        browser.source().await
    );
    assert_eq!(browser.text("h1").await, "Samtycke till utbyte");
    assert_eq!(browser.text("#exchange-title").await, "Språkveckan i Lyon");
    assert_eq!(
        browser.text("#dates").await,
        swedish_dates(&day(60), &day(64))
    );
    assert_eq!(browser.text("#participant").await, "Elsa Lind");
    assert_eq!(
        browser.text("#cost").await,
        "450,00 kr",
        "kronor, as families pay"
    );
    let text = browser.page_text().await;
    assert!(text.contains("Kostnad per deltagare"), "{text}");
    assert!(
        text.contains("Skolresor är avgiftsfria: ett bidrag är frivilligt och en plats hänger aldrig på att man betalar."),
        "{text}"
    );
    // Every other language is offered, each by its name in itself.
    assert_eq!(browser.text("#lang-en").await, "English");
    assert_eq!(browser.text("#lang-ar").await, "العربية");
    assert!(!browser.exists("#lang-sv").await);
    assert!(!ticked(&browser, "#travel").await && !ticked(&browser, "#photos").await);
    // Before the form: who is responsible for the data, and the family's rights.
    let notice = browser.text(".privacy-notice").await;
    for part in [
        "personuppgifter i Utbyte",
        "Vem som ansvarar",
        "Dina rättigheter",
        "Version 1",
    ] {
        assert!(notice.contains(part), "{part} in {notice}");
    }

    // First try: the travel box left unticked and a phone number that is none.
    browser
        .fill("#allergies", "Nötter (EpiPen i ytterfickan)")
        .await;
    browser.fill("#contacts-0-name", "Olof Lind").await;
    browser.fill("#contacts-0-relation", "pappa").await;
    browser.fill("#contacts-0-phone", "ring mig").await;
    browser.fill("#typedName", "Karin Lind").await;
    // The box is `required`: Chromium itself stops the form and stays on the page.
    browser.js("window.sameDocument = true; return null").await;
    browser.click("#give-consent").await;
    assert_eq!(
        browser.js("return window.sameDocument === true").await,
        true,
        "the browser's own check keeps the form from being sent"
    );
    assert_eq!(
        browser
            .js("return document.getElementById('travel').validity.valueMissing")
            .await,
        true
    );
    assert!(!browser.exists("#form-errors").await);
    assert_eq!(trip.w.app.count("consent_events").await, 0);
    // A browser that does not check (or checks less) sends it: the service checks too.
    browser
        .js("document.querySelector('form').noValidate = true; return null")
        .await;
    browser.click("#give-consent").await;
    browser.find("#form-errors").await;
    assert_eq!(
        browser.js("return window.sameDocument === undefined").await,
        true,
        "a new page came back"
    );
    assert_eq!(
        browser.text("#travel-error").await,
        "Kryssa i rutan för att ge tillstånd till resan."
    );
    assert_eq!(
        browser.text("#contacts-0-phone-error").await,
        "Ange ett telefonnummer, 6–15 siffror."
    );
    assert!(
        browser.exists("#form-errors a[href='#travel']").await,
        "{}",
        browser.source().await
    );
    assert!(
        browser
            .exists("#form-errors a[href='#contacts-0-phone']")
            .await
    );
    assert_eq!(
        browser
            .find("#travel")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    // What was typed is still there, also the mistakes, to be corrected rather than retyped.
    assert_eq!(
        value_of(&browser, "#allergies").await,
        "Nötter (EpiPen i ytterfickan)"
    );
    assert_eq!(value_of(&browser, "#contacts-0-name").await, "Olof Lind");
    assert_eq!(value_of(&browser, "#contacts-0-relation").await, "pappa");
    assert_eq!(value_of(&browser, "#contacts-0-phone").await, "ring mig");
    assert_eq!(value_of(&browser, "#typedName").await, "Karin Lind");
    assert!(browser.source().await.contains(r#"lang="sv""#));
    assert_eq!(trip.w.app.count("consent_events").await, 0);
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");

    // Corrected: the box ticked, a real number.
    browser.select_checkbox("#travel").await;
    browser.fill("#contacts-0-phone", "070-123 45 67").await;
    browser.click("#give-consent").await;
    let outcome = browser.text("#outcome").await;
    assert!(
        outcome.contains("Tack! Elsa Lind är nu anmäld och platsen är bekräftad."),
        "{outcome}"
    );
    assert!(!browser.exists("form").await, "{}", browser.source().await);
    // The receipt: exactly what was given, to keep.
    assert_eq!(browser.text("h1").await, "Kvitto på ditt samtycke");
    let summary = browser.text("#receipt-summary").await;
    for given in [
        "Elsa Lind",
        "Språkveckan i Lyon",
        "Genom att skriva namnet ”Karin Lind”",
    ] {
        assert!(summary.contains(given), "{given} in {summary}");
    }
    let health = browser.text("#receipt-health").await;
    for given in [
        "Nötter (EpiPen i ytterfickan)",
        "Olof Lind (pappa), 070-123 45 67",
        "(inget ifyllt)",
    ] {
        assert!(health.contains(given), "{given} in {health}");
    }
    let page = browser.page_text().await;
    assert!(page.contains("Tillstånd att resa: givet"), "{page}");
    assert!(page.contains("Bilder: inte givet"), "{page}");
    assert!(page.contains("SHA-256: "), "{page}");
    let notice = browser
        .find("#receipt-notice a")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        notice.contains("/privacy/") && notice.ends_with("?lang=sv"),
        "{notice}"
    );
    // Printed, the page is the receipt alone.
    assert_eq!(
        browser
            .js(
                "return [...document.styleSheets].flatMap(s => [...s.cssRules]) \
                 .some(r => r.media && r.media.mediaText === 'print' \
                 && r.cssText.includes('nav') && r.cssText.includes('button'))"
            )
            .await,
        true
    );
    browser.check_page("consent-done-sv").await;
    // The notice itself, where every mail about the child links.
    for (lang, heading) in [("sv", "Dina rättigheter"), ("ar", "حقوقك")] {
        let path = &notice[notice.find("/privacy/").expect("a notice address")..];
        let address = path.replace("?lang=sv", &format!("?lang={lang}"));
        browser.goto(&trip.w.app.url(&address)).await;
        assert!(browser.page_text().await.contains(heading), "{lang}");
        browser.check_page(&format!("privacy-{lang}")).await;
    }

    // The service agrees, and kept what was typed in the browser.
    let registration = trip.registration(&id).await;
    assert_eq!(registration["state"], "CONFIRMED", "{registration}");
    assert_eq!(registration["consent"]["met"], true);
    assert_eq!(registration["consent"]["guardians"][0]["travel"], "given");
    let medical = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($r: ID!) { medicalInformation(registrationId: $r) { allergies \
             emergencyContacts { name relation phone } } }",
            json!({ "r": id }),
        )
        .await;
    let medical = ok(&medical, "medicalInformation");
    assert_eq!(medical["allergies"], "Nötter (EpiPen i ytterfickan)");
    assert_eq!(
        medical["emergencyContacts"],
        json!([{ "name": "Olof Lind", "relation": "pappa", "phone": "070-123 45 67" }])
    );
    {
        use sea_orm::EntityTrait;
        let events = utbyte_domain::entities::consent_events::Entity::find()
            .all(trip.w.app.db())
            .await
            .unwrap();
        let travel = events
            .iter()
            .find(|e| e.kind == "travel")
            .expect("a travel consent event");
        assert_eq!(travel.typed_name.as_deref(), Some("Karin Lind"));
        assert!(
            travel
                .user_agent
                .as_deref()
                .is_some_and(|agent| agent.contains("Chrome")),
            "the browser's own user agent: {:?}",
            travel.user_agent
        );
        assert!(
            events.iter().all(|e| e.kind != "photos"),
            "no photo permission was ticked"
        );
    }

    // Over SMTP: the receipt with its withdrawal link, and the confirmation.
    let receipt = received(&smtp, &trip, MUM, "consent_received").await;
    let withdraw = link_in(&receipt, "/consent/withdraw");
    received(&smtp, &trip, MUM, "registration_confirmed").await;

    // The consent link is used up; the withdrawal link only shows its page. A used link no
    // longer says whose it is, so that page follows the browser's language (English here).
    browser.goto(&trip.w.app.url(&link)).await;
    let problem = browser.text("#link-problem").await;
    assert!(
        problem.starts_with("Länken är ogiltig, redan använd")
            || problem.starts_with("This link is invalid, already used"),
        "{problem}"
    );
    assert!(!browser.exists("form").await);
    browser.check_page("consent-link-problem").await;
    browser.goto(&trip.w.app.url(&withdraw)).await;
    assert_eq!(browser.text("#exchange-title").await, "Språkveckan i Lyon");
    browser.find("#withdraw-travel").await;
    browser.check_page("consent-withdraw-sv").await;
    assert_eq!(
        trip.state(&id).await,
        "CONFIRMED",
        "opening the page withdraws nothing"
    );

    browser.close().await;
    smtp.stop().await;
}

#[tokio::test]
async fn the_consent_page_reads_on_a_phone() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let link = trip.consent_link(MUM).await;
    browser.set_width(PHONE_WIDTH).await;
    browser.goto(&trip.w.app.url(&link)).await;

    let viewport = browser.find("meta[name=viewport]").await;
    let content = viewport.attr("content").await.unwrap().unwrap_or_default();
    assert!(content.contains("width=device-width"), "{content}");
    browser.check_page("consent-sv").await;
    // Also with the error summary and the messages shown.
    browser
        .js("document.querySelector('form').noValidate = true; return null")
        .await;
    browser.fill("#contacts-0-phone", "ring mig").await;
    browser.click("#give-consent").await;
    browser.find("#form-errors").await;
    browser.check_page("consent-errors-sv").await;
    // The button to send is within reach, as wide as the screen allows.
    let button = browser
        .js(
            "const r = document.getElementById('give-consent').getBoundingClientRect(); \
         return [r.left, r.right, window.innerWidth]",
        )
        .await;
    let (left, right, inner) = (
        button[0].as_f64().unwrap(),
        button[1].as_f64().unwrap(),
        button[2].as_f64().unwrap(),
    );
    assert!(left >= 0.0 && right <= inner, "{button}");

    // The same page in English.
    browser.submit("#lang-en").await;
    assert_eq!(browser.text("h1").await, "Consent for an exchange");
    browser.check_page("consent-en").await;

    browser.close().await;
}

#[tokio::test]
async fn after_a_change_the_new_link_shows_what_changed() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let smtp = SmtpServer::start().await;
    let trip = trip_mailing_to(&smtp).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let first = received(&smtp, &trip, MUM, "consent_request").await;
    let first_link = link_in(&first, "/consent");
    let (status, body) = trip.consent(&first_link, true).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(trip.state(&id).await, "CONFIRMED");

    // The teacher moves the trip a day later.
    let (old_start, new_start) = (day(60), day(61));
    let mut input = trip.w.input("Språkveckan i Lyon");
    input["startDate"] = json!(new_start);
    input["endDate"] = json!(day(65));
    let updated = trip
        .w
        .update_as(&trip.w.teacher, &trip.exchange, input)
        .await;
    ok(&updated, "updateExchange");
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");

    let again = received(&smtp, &trip, MUM, "consent_request").await;
    assert!(
        again.data.contains(&format!("{old_start} → {new_start}")),
        "{}",
        again.data
    );
    let link = link_in(&again, "/consent");
    assert_ne!(link, first_link, "a new link");
    browser.set_width(PHONE_WIDTH).await;
    browser.goto(&trip.w.app.url(&link)).await;

    let changes = browser.text("#changes").await;
    assert!(
        changes.contains("Före") && changes.contains("Efter"),
        "{changes}"
    );
    let row = changes
        .lines()
        .find(|line| line.contains(&old_start))
        .unwrap_or_else(|| panic!("no row with the old start date {old_start}:\n{changes}"));
    assert!(
        row.contains(&new_start),
        "old and new start date side by side: {row}"
    );
    assert!(
        browser
            .page_text()
            .await
            .contains("Ditt tidigare samtycke gäller inte längre")
    );
    assert_eq!(
        browser.text("#dates").await,
        swedish_dates(&new_start, &day(65))
    );
    browser.check_page("consent-changed-sv").await;

    // The guardian consents again in the browser; the place waits for the change's approval.
    browser.select_checkbox("#travel").await;
    browser.fill("#contacts-0-name", "Olof Lind").await;
    browser.fill("#contacts-0-relation", "pappa").await;
    browser.fill("#contacts-0-phone", "+46 70 123 45 67").await;
    browser.fill("#typedName", "Karin Lind").await;
    browser.click("#give-consent").await;
    let outcome = browser.text("#outcome").await;
    assert!(
        outcome.contains("väntar på att godkännas igen"),
        "{outcome}"
    );
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");

    browser.close().await;
    smtp.stop().await;
}

/// The consent form with the keyboard alone: Tab reaches every link, field and button in the
/// order they are read, each showing its focus; Space ticks a box and Enter sends the form.
#[tokio::test]
async fn the_consent_form_works_with_the_keyboard_alone() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let link = trip.consent_link(MUM).await;
    browser.set_width(PHONE_WIDTH).await;
    browser.goto(&trip.w.app.url(&link)).await;

    let controls = browser
        .js(
            "return [...document.querySelectorAll('a[href], input:not([type=hidden]), \
             textarea, button')].map(e => '#' + e.id)",
        )
        .await;
    let controls: Vec<String> = serde_json::from_value(controls).unwrap();
    assert!(
        controls.len() > 5 && controls.iter().all(|c| c.len() > 1),
        "every control has an id: {controls:?}"
    );
    let reached = browser.tab_through().await;
    let order: Vec<&str> = reached.iter().map(|f| f.element.as_str()).collect();
    assert_eq!(order, controls, "Tab reaches every control, in order");
    let unseen: Vec<_> = reached.iter().filter(|f| !f.focus_visible).collect();
    assert!(unseen.is_empty(), "focus does not show on {unseen:?}");

    // Filled in and sent without a mouse.
    browser.goto(&trip.w.app.url(&link)).await;
    loop {
        browser.press(Key::Tab).await;
        let focused = browser.focused().await.expect("focus stays in the page");
        match focused.element.as_str() {
            "#travel" => browser.press(Key::Space).await,
            "#contacts-0-name" => browser.type_text("Olof Lind").await,
            "#contacts-0-relation" => browser.type_text("pappa").await,
            "#contacts-0-phone" => browser.type_text("070-123 45 67").await,
            "#typedName" => browser.type_text("Karin Lind").await,
            "#give-consent" => break,
            _ => {}
        }
    }
    browser.press(Key::Enter).await;
    let outcome = browser.text("#outcome").await;
    assert!(
        outcome.contains("Tack! Elsa Lind är nu anmäld"),
        "{outcome}"
    );
    assert_eq!(trip.state(&id).await, "CONFIRMED");

    browser.close().await;
}
