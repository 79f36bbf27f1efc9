//! The exchange list and the exchange page in a real Chromium, in Swedish and in English:
//! zero axe-core violations at phone and desktop width.
use utbyte_tests::{TestApp, browser::Browser, web::PASSWORD};

use crate::exchanges::{TEACHER, World};

#[tokio::test]
async fn the_exchange_list_and_page_pass_the_accessibility_check() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let id = w.approved("Språkresa till Lyon").await;
    w.draft("Ett utkast").await;

    browser.goto(&w.app.url("/sign-in")).await;
    browser.fill("#email", TEACHER).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("main form button[type=submit]").await;
    for language in ["sv", "en"] {
        w.app.set_locale(TEACHER, language).await;
        browser.goto(&w.app.url("/exchanges")).await;
        assert!(browser.page_text().await.contains("Språkresa till Lyon"));
        browser
            .check_page(&format!("exchange-list-{language}"))
            .await;
        browser.goto(&w.app.url(&format!("/exchanges/{id}"))).await;
        browser
            .check_page(&format!("exchange-page-{language}"))
            .await;
    }
}
