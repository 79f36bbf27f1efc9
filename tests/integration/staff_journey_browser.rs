//! The whole staff journey in a real Chromium, as the people do it: a teacher drafts a
//! proposal with a mistake, fixes it, attaches a risk assessment and submits; the principal and the coordinator decide
//! from the links in their mails; the teacher opens registration; a guardian consents from
//! the mailed link; the teacher reads the roster; the trip is started, completed and
//! reported. It is done with the keyboard alone (Tab to each field and button, focus showing
//! on each, typing, Space and Enter), and every page on the way passes axe-core (zero violations) at phone and desktop
//! width, and its screenshots are the README's.
use utbyte_tests::{
    TestApp,
    browser::{Browser, Key},
    web::PASSWORD,
};

use crate::{
    attachments::pdf,
    exchanges::{COORDINATOR, PRINCIPAL, TEACHER, World, day},
    registrations::{MUM, Trip},
};

/// Presses Tab until the element `css` has the focus, which must show.
async fn tab_to(browser: &Browser, css: &str) {
    for _ in 0..300 {
        browser.press(Key::Tab).await;
        let here = browser
            .js(&format!("return document.activeElement.matches({css:?})"))
            .await;
        if here == true {
            let focused = browser.focused().await.expect("an element has the focus");
            assert!(focused.focus_visible, "focus shows on {css}");
            return;
        }
    }
    panic!("Tab never reaches {css}");
}

/// Tabs to the field `css` and types `text` into it.
async fn type_into(browser: &Browser, css: &str, text: &str) {
    tab_to(browser, css).await;
    browser.type_text(text).await;
}

/// Tabs to the button (or box) `css` and presses it with the key a keyboard user would.
async fn press_on(browser: &Browser, css: &str, key: Key) {
    tab_to(browser, css).await;
    browser.press(key).await;
}

/// Types an ISO date into a date input, its parts in the order the browser's locale shows
/// them.
async fn type_date(browser: &Browser, css: &str, iso: &str) {
    let order = browser
        .js("return new Intl.DateTimeFormat(navigator.language)\
             .formatToParts(new Date(2027, 1, 5)).filter(p => p.type !== 'literal')\
             .map(p => p.type)")
        .await;
    let (year, rest) = iso.split_once('-').expect("an ISO date");
    let (month, day) = rest.split_once('-').expect("an ISO date");
    tab_to(browser, css).await;
    for part in order.as_array().expect("date parts") {
        browser
            .type_text(match part.as_str() {
                Some("year") => year,
                Some("month") => month,
                _ => day,
            })
            .await;
    }
}

async fn sign_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.goto(&app.url("/sign-in")).await;
    sign_in_here(browser, email).await;
}

/// Fills the sign-in form the browser shows (after a link sent it there), by keyboard.
async fn sign_in_here(browser: &Browser, email: &str) {
    type_into(browser, "#email", email).await;
    type_into(browser, "#password", PASSWORD).await;
    browser.press(Key::Enter).await;
    browser.find("main h1").await;
}

async fn sign_out(browser: &Browser) {
    press_on(browser, "form[action='/sign-out'] button", Key::Enter).await;
    browser.find("#email").await;
}

/// The link to `path` in the newest mail of `template` to `recipient`.
async fn mailed_link(app: &TestApp, recipient: &str, template: &str, path: &str) -> String {
    let mail = app.last_mail(recipient, template).await;
    let start = mail
        .text_body
        .find(&app.url(path))
        .unwrap_or_else(|| panic!("{path} in the mail: {}", mail.text_body));
    mail.text_body[start..]
        .split_whitespace()
        .next()
        .expect("a link")
        .to_owned()
}

#[tokio::test]
async fn the_staff_journey_from_a_draft_to_the_report_in_a_browser() {
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    // The teacher and principal read Swedish (the default), the coordinator English.
    w.app.set_locale(COORDINATOR, "en").await;

    // The teacher drafts, with the end before the start.
    sign_in(&browser, &w.app, TEACHER).await;
    browser.check_page("home-teacher").await;
    browser.goto(&w.app.url("/exchanges/new")).await;
    browser.find("#save").await;
    // The partner first: Enter in the search field searches (the form's first button).
    type_into(&browser, "#partner_search", "Lycée").await;
    browser.press(Key::Enter).await;
    browser.find("input[name=partners]").await;
    press_on(&browser, "input[name=partners]", Key::Space).await;
    type_into(&browser, "#title_sv", "Språkveckan i Lyon").await;
    type_into(&browser, "#title_en", "Language week in Lyon").await;
    type_into(&browser, "#destination_town", "Lyon").await;
    type_into(&browser, "#venue", "Lycée du Parc").await;
    type_date(&browser, "#start_date", &day(60)).await;
    type_date(&browser, "#end_date", &day(58)).await;
    type_into(&browser, "#activity_days", "5").await;
    type_into(&browser, "#participants", "20").await;
    type_into(&browser, "#leaders", "2").await;
    type_into(&browser, "#age_min", "14").await;
    type_into(&browser, "#age_max", "16").await;
    type_into(&browser, "#programme_text_0", "Ankomst, värdfamiljer").await;
    type_into(&browser, "#cost_per_participant", "450").await;
    type_into(&browser, "#budget", "12000").await;
    press_on(&browser, "#insurance_confirmed", Key::Space).await;
    type_into(
        &browser,
        "#risk_assessment",
        "Två ledare med varje grupp; värdfamiljerna är kända av skolan.",
    )
    .await;
    type_into(
        &browser,
        "#consent_plan",
        "Vårdnadshavarna samtycker i Utbyte via länk i e-post.",
    )
    .await;
    press_on(&browser, "#save", Key::Enter).await;
    browser.find(".error-summary").await;
    assert!(browser.exists("#end_date-error").await);
    assert_eq!(
        browser
            .js("return document.querySelector('#venue').value")
            .await,
        "Lycée du Parc",
        "what was typed is kept"
    );
    browser.check_page("proposal-with-a-mistake").await;
    type_date(&browser, "#end_date", &day(64)).await;
    press_on(&browser, "#save", Key::Enter).await;
    browser.find("#exchange-state").await;
    let url = browser.current_url().await;
    let id = url
        .split("/exchanges/")
        .nth(1)
        .and_then(|rest| rest.split('?').next())
        .unwrap_or_else(|| panic!("saved, on the exchange page: {url}"))
        .to_owned();
    browser.check_page("exchange-draft").await;

    // Attaches the risk assessment as a PDF.
    browser
        .goto(&w.app.url(&format!("/exchanges/{id}/attachments")))
        .await;
    type_into(&browser, "#kind", "Risk").await;
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("Riskbedömning Lyon.pdf");
    std::fs::write(&file, pdf()).expect("write the file");
    browser
        .find("#file")
        .await
        .send_keys(file.to_str().expect("a path"))
        .await
        .expect("choose the file");
    press_on(&browser, "form[enctype] button[type=submit]", Key::Enter).await;
    browser.find("[role=status]").await;
    assert!(browser.page_text().await.contains("Riskbedömning Lyon.pdf"));
    browser.check_page("attachments").await;

    // Submits from the edit page.
    browser
        .goto(&w.app.url(&format!("/exchanges/{id}/edit")))
        .await;
    press_on(&browser, "#submit-proposal", Key::Enter).await;
    browser.find("#exchange-state").await;
    sign_out(&browser).await;

    // The principal decides from the link in their mail: sign-in, then the form.
    let link = mailed_link(&w.app, PRINCIPAL, "exchange_submitted", "/exchanges/").await;
    assert!(link.ends_with("/decision"), "{link}");
    browser.goto(&link).await;
    sign_in_here(&browser, PRINCIPAL).await;
    browser.find("#decide-title").await;
    browser.check_page("decision-principal").await;
    press_on(&browser, "input[name=decision][value=approve]", Key::Space).await;
    press_on(
        &browser,
        "form[action$=decision] button[type=submit]",
        Key::Enter,
    )
    .await;
    browser.find("main h1").await;
    browser.check_page("approvals-after-deciding").await;
    sign_out(&browser).await;

    // The coordinator (in English) from theirs.
    let link = mailed_link(&w.app, COORDINATOR, "exchange_submitted", "/exchanges/").await;
    browser.goto(&link).await;
    sign_in_here(&browser, COORDINATOR).await;
    browser.find("#decide-title").await;
    browser.check_page("decision-coordinator-en").await;
    press_on(&browser, "input[name=decision][value=approve]", Key::Space).await;
    press_on(
        &browser,
        "form[action$=decision] button[type=submit]",
        Key::Enter,
    )
    .await;
    browser.find("main h1").await;
    sign_out(&browser).await;

    // The teacher opens registration: places, then the registration itself.
    sign_in(&browser, &w.app, TEACHER).await;
    let registrations = w.app.url(&format!("/exchanges/{id}/registrations"));
    browser.goto(&registrations).await;
    browser.find("#places-title").await;
    press_on(
        &browser,
        "form[action$='/advance'] button[value=open_registration]",
        Key::Enter,
    )
    .await;
    browser.find("#places-title").await;
    type_into(&browser, "#capacity", "20").await;
    press_on(
        &browser,
        "form[action$='/places'] button[type=submit]",
        Key::Enter,
    )
    .await;
    browser.find("#registrations-title").await;
    let trip = Trip {
        w,
        exchange: id.clone(),
    };
    let youth = trip.pupil("Elsa Lind", &[(MUM, "JOINT")], false).await;
    trip.register(&youth).await;

    // The guardian consents from the mailed link (a page without signing in).
    let consent = trip.consent_link(MUM).await;
    browser.goto(&trip.w.app.url(&consent)).await;
    browser.find("#give-consent").await;
    browser.check_page("consent-form").await;
    press_on(&browser, "#travel", Key::Space).await;
    type_into(&browser, "#contacts-0-name", "Olof Lind").await;
    type_into(&browser, "#contacts-0-relation", "pappa").await;
    type_into(&browser, "#contacts-0-phone", "070-123 45 67").await;
    type_into(&browser, "#typedName", "Karin Lind").await;
    press_on(&browser, "#give-consent", Key::Enter).await;
    browser.find("#outcome").await;

    // The teacher reads the registrations and the roster.
    browser.goto(&registrations).await;
    browser.find("#registrations-title").await;
    assert!(browser.page_text().await.contains("Elsa Lind"));
    browser.check_page("registrations").await;
    browser
        .goto(&trip.w.app.url(&format!("/exchanges/{id}/roster")))
        .await;
    browser.find("table").await;
    assert!(browser.page_text().await.contains("Elsa Lind"));
    browser.check_page("roster").await;
    sign_out(&browser).await;

    // The coordinator starts and completes the trip ahead of its dates, saying why.
    sign_in(&browser, &trip.w.app, COORDINATOR).await;
    for step in ["close_registration", "start", "complete"] {
        browser.goto(&registrations).await;
        browser.find("#advance-title").await;
        type_into(
            &browser,
            "#early_reason",
            "Recorded ahead of the dates for the walkthrough",
        )
        .await;
        press_on(
            &browser,
            &format!("form[action$='/advance'] button[value={step}]"),
            Key::Enter,
        )
        .await;
        browser.find("main h1").await;
    }
    sign_out(&browser).await;

    // The teacher files the report.
    sign_in(&browser, &trip.w.app, TEACHER).await;
    browser
        .goto(&trip.w.app.url(&format!("/exchanges/{id}/report")))
        .await;
    browser.find("#what_happened").await;
    browser.check_page("report-form").await;
    type_into(
        &browser,
        "#what_happened",
        "Fem dagar i Lyon med lektioner och en konsert.",
    )
    .await;
    type_into(&browser, "#outcomes", "Eleverna talade franska varje dag.").await;
    type_into(&browser, "#feedback_summary", "Alla vill åka igen.").await;
    type_into(&browser, "#actual_cost", "11500").await;
    press_on(
        &browser,
        "form[action$='/report'] button[type=submit]",
        Key::Enter,
    )
    .await;
    browser.find(".notice").await;
    let state = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($id: ID!) { exchange(id: $id) { state } }",
            serde_json::json!({ "id": id }),
        )
        .await;
    assert_eq!(state["data"]["exchange"]["state"], "REPORTED", "{state}");
    browser
        .goto(&trip.w.app.url(&format!("/exchanges/{id}")))
        .await;
    browser.find("#exchange-state").await;
    browser.check_page("exchange-reported").await;
    browser.close().await;
}
