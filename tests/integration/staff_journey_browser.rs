//! The whole staff journey in a real Chromium, as the people do it: a teacher drafts a
//! proposal with a mistake, fixes it, attaches a risk assessment and submits; the principal and the coordinator decide
//! from the links in their mails; the teacher opens registration; a guardian consents from
//! the mailed link; the teacher reads the roster; the trip is started, completed and
//! reported. Every page on the way passes axe-core (zero violations) at phone and desktop
//! width, and its screenshots are the README's.
use utbyte_tests::{TestApp, browser::Browser, web::PASSWORD};

use crate::{
    attachments::pdf,
    exchanges::{COORDINATOR, PRINCIPAL, TEACHER, World, day},
    registrations::{MUM, Trip},
};

/// Sets an input's or select's value as a person choosing it would leave it.
async fn set(browser: &Browser, css: &str, value: &str) {
    browser
        .js(&format!(
            "document.querySelector('{css}').value = '{value}'; return null"
        ))
        .await;
}

async fn sign_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.goto(&app.url("/sign-in")).await;
    sign_in_here(browser, email).await;
}

/// Fills the sign-in form the browser shows (after a link sent it there).
async fn sign_in_here(browser: &Browser, email: &str) {
    browser.fill("#email", email).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("main form button[type=submit]").await;
    browser.find("main h1").await;
}

async fn sign_out(browser: &Browser) {
    browser.click("form[action='/sign-out'] button").await;
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
    browser.fill("#title_sv", "Språkveckan i Lyon").await;
    browser.fill("#title_en", "Language week in Lyon").await;
    browser.click("#direction-we_visit").await;
    browser.fill("#partner_search", "Lycée").await;
    browser.click("#search-partners").await;
    browser.click("input[name=partners]").await;
    set(&browser, "#destination_town", &w.lyon).await;
    browser.fill("#venue", "Lycée du Parc").await;
    set(&browser, "#start_date", &day(60)).await;
    set(&browser, "#end_date", &day(58)).await;
    browser.fill("#activity_days", "5").await;
    browser.fill("#participants", "20").await;
    browser.fill("#leaders", "2").await;
    browser.fill("#age_min", "14").await;
    browser.fill("#age_max", "16").await;
    browser
        .fill("#programme_text_0", "Ankomst, värdfamiljer")
        .await;
    browser.fill("#cost_per_participant", "450").await;
    browser.fill("#budget", "12000").await;
    browser.click("#insurance_confirmed").await;
    browser
        .fill(
            "#risk_assessment",
            "Två ledare med varje grupp; värdfamiljerna är kända av skolan.",
        )
        .await;
    browser
        .fill(
            "#consent_plan",
            "Vårdnadshavarna samtycker i Utbyte via länk i e-post.",
        )
        .await;
    browser.click("#save").await;
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
    set(&browser, "#end_date", &day(64)).await;
    browser.click("#save").await;
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
    set(&browser, "#kind", "risk_assessment").await;
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("Riskbedömning Lyon.pdf");
    std::fs::write(&file, pdf()).expect("write the file");
    browser
        .find("#file")
        .await
        .send_keys(file.to_str().expect("a path"))
        .await
        .expect("choose the file");
    browser.click("form[enctype] button[type=submit]").await;
    browser.find("[role=status]").await;
    assert!(browser.page_text().await.contains("Riskbedömning Lyon.pdf"));
    browser.check_page("attachments").await;

    // Submits from the edit page.
    browser
        .goto(&w.app.url(&format!("/exchanges/{id}/edit")))
        .await;
    browser.click("#submit-proposal").await;
    browser.find("#exchange-state").await;
    sign_out(&browser).await;

    // The principal decides from the link in their mail: sign-in, then the form.
    let link = mailed_link(&w.app, PRINCIPAL, "exchange_submitted", "/exchanges/").await;
    assert!(link.ends_with("/decision"), "{link}");
    browser.goto(&link).await;
    sign_in_here(&browser, PRINCIPAL).await;
    browser.find("#decide-title").await;
    browser.check_page("decision-principal").await;
    browser.click("input[name=decision][value=approve]").await;
    browser
        .click("form[action$=decision] button[type=submit]")
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
    browser.click("input[name=decision][value=approve]").await;
    browser
        .click("form[action$=decision] button[type=submit]")
        .await;
    browser.find("main h1").await;
    sign_out(&browser).await;

    // The teacher opens registration: places, then the registration itself.
    sign_in(&browser, &w.app, TEACHER).await;
    let registrations = w.app.url(&format!("/exchanges/{id}/registrations"));
    browser.goto(&registrations).await;
    browser.find("#places-title").await;
    browser
        .click("form[action$='/advance'] button[value=open_registration]")
        .await;
    browser.find("#places-title").await;
    browser.fill("#capacity", "20").await;
    browser
        .click("form[action$='/places'] button[type=submit]")
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
    browser.select_checkbox("#travel").await;
    browser.fill("#contacts-0-name", "Olof Lind").await;
    browser.fill("#contacts-0-relation", "pappa").await;
    browser.fill("#contacts-0-phone", "070-123 45 67").await;
    browser.fill("#typedName", "Karin Lind").await;
    browser.click("#give-consent").await;
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
        browser
            .fill(
                "#early_reason",
                "Recorded ahead of the dates for the walkthrough",
            )
            .await;
        browser
            .click(&format!("form[action$='/advance'] button[value={step}]"))
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
    browser
        .fill(
            "#what_happened",
            "Fem dagar i Lyon med lektioner och en konsert.",
        )
        .await;
    browser
        .fill("#outcomes", "Eleverna talade franska varje dag.")
        .await;
    browser
        .fill("#feedback_summary", "Alla vill åka igen.")
        .await;
    browser.fill("#actual_cost", "11500").await;
    browser
        .click("form[action$='/report'] button[type=submit]")
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
