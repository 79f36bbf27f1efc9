//! The proposal form in a real Chromium: a teacher fills it in, makes a mistake and fixes
//! it; the new, edit (with errors), clone, cancel and refused-submission pages pass the
//! accessibility check in Swedish and English; Tab alone reaches every field and button.
use utbyte_tests::{TestApp, browser::Browser, web::PASSWORD};

use crate::exchanges::{TEACHER, World, day};

/// Sets an input's or select's value as a person choosing it would leave it.
async fn set(browser: &Browser, css: &str, value: &str) {
    browser
        .js(&format!(
            "document.querySelector('{css}').value = '{value}'; return null"
        ))
        .await;
}

#[tokio::test]
async fn a_teacher_fills_the_proposal_form_in_a_browser_in_both_languages() {
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.goto(&w.app.url("/sign-in")).await;
    browser.fill("#email", TEACHER).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("main form button[type=submit]").await;
    browser.find("main h1").await;

    for (lang, title) in [("sv", "En vecka i Lyon"), ("en", "A week in Lyon")] {
        w.app.set_locale(TEACHER, lang).await;
        browser.goto(&w.app.url("/exchanges/new")).await;
        browser.find("#save").await;
        browser.check_page(&format!("proposal-new-{lang}")).await;

        browser.fill("#title_sv", title).await;
        browser.click("#direction-we_visit").await;
        set(&browser, "#destination_town", &w.lyon).await;
        browser.fill("#venue", "Lycée du Parc").await;
        set(&browser, "#start_date", &day(60)).await;
        set(&browser, "#end_date", &day(58)).await;
        browser.fill("#activity_days", "3").await;
        browser.fill("#participants", "20").await;
        browser.fill("#leaders", "2").await;
        browser.fill("#age_min", "14").await;
        browser.fill("#age_max", "16").await;
        browser.fill("#programme_text_0", "Arrival").await;
        browser.click("#save").await;
        browser.find(".error-summary").await;
        assert!(browser.exists("#end_date-error").await);
        browser
            .check_page(&format!("proposal-new-errors-{lang}"))
            .await;

        set(&browser, "#end_date", &day(62)).await;
        browser.submit("#save").await;
        browser.find("main h1").await;
        let url = browser.current_url().await;
        let id = url
            .split("/exchanges/")
            .nth(1)
            .and_then(|rest| rest.split('?').next())
            .unwrap_or_else(|| panic!("saved and sent to the exchange: {url}"))
            .to_owned();

        browser
            .goto(&w.app.url(&format!("/exchanges/{id}/edit")))
            .await;
        browser.find("#readiness-title").await;
        browser.check_page(&format!("proposal-edit-{lang}")).await;
        browser.fill("#participants", "0").await;
        browser.click("#save").await;
        browser.find("#participants-error").await;
        browser
            .check_page(&format!("proposal-edit-errors-{lang}"))
            .await;

        // Without insurance or a risk assessment the submission is refused, naming them.
        browser
            .goto(&w.app.url(&format!("/exchanges/{id}/edit")))
            .await;
        browser.click("#submit-proposal").await;
        browser.find("ul.failing").await;
        browser
            .check_page(&format!("proposal-refused-{lang}"))
            .await;

        for page in ["clone", "cancel"] {
            browser
                .goto(&w.app.url(&format!("/exchanges/{id}/{page}")))
                .await;
            browser.find("main form button[type=submit]").await;
            browser.check_page(&format!("proposal-{page}-{lang}")).await;
        }
    }

    // Tab alone reaches every field and button of the form, each showing its focus.
    browser.goto(&w.app.url("/exchanges/new")).await;
    browser.find("#save").await;
    let reached = browser.tab_through().await;
    let ids: Vec<&str> = reached.iter().map(|f| f.element.as_str()).collect();
    for expected in [
        "#sending_organisation",
        "#title_sv",
        "#title_en",
        "#description_sv",
        "#description_en",
        "#direction-we_visit",
        "#partner_search",
        "#search-partners",
        "#destination_town",
        "#venue",
        "#start_date",
        "#end_date",
        "#activity_days",
        "#registration_deadline",
        "#participants",
        "#leaders",
        "#age_min",
        "#age_max",
        "#learning_objectives",
        "#themes-1",
        "#themes-16",
        "#programme_day_0",
        "#programme_text_0",
        "#remove-day-0",
        "#add-day",
        "#accommodation",
        "#transport",
        "#green_travel",
        "#cost_per_participant",
        "#budget",
        "#insurance_confirmed",
        "#adventurous_activities",
        "#risk_assessment",
        "#consent_plan",
        "#save",
    ] {
        assert!(ids.contains(&expected), "Tab reaches {expected}: {ids:?}");
    }
    let unseen: Vec<&str> = reached
        .iter()
        .filter(|f| !f.focus_visible)
        .map(|f| f.element.as_str())
        .collect();
    assert!(unseen.is_empty(), "focus shows on every stop: {unseen:?}");

    browser.close().await;
}
