//! The account pages in a real headless Chromium (phone-sized), not only over plain HTTP.
use utbyte_tests::{TestApp, browser::Browser};

#[tokio::test]
async fn an_account_page_renders_in_a_real_browser() {
    let app = TestApp::spawn().await;
    let Some(browser) = Browser::start().await else {
        return;
    };

    // A broken link says so, in whichever language the browser asks for.
    browser
        .goto(&app.url("/account/verify-email?token=not-a-token"))
        .await;
    let alert = browser.text("[role=alert]").await;
    assert!(
        alert.contains("This link is invalid, already used or expired")
            || alert.contains("Länken är ogiltig, redan använd eller för gammal"),
        "{}",
        browser.page_text().await
    );
    assert!(!browser.exists("form").await, "{}", browser.source().await);

    // A well-formed link shows the form; only showing it uses nothing up.
    let token = "0123456789abcdef".repeat(4);
    browser
        .goto(&app.url(&format!("/account/reset-password?token={token}")))
        .await;
    assert!(
        browser.current_url().await.ends_with(&token),
        "{}",
        browser.current_url().await
    );
    let field = browser.find("form input#password[type=password]").await;
    assert_eq!(
        field.attr("autocomplete").await.unwrap().as_deref(),
        Some("new-password")
    );
    let button = browser.text("form button[type=submit]").await;
    assert!(
        button == "Save password" || button == "Spara lösenordet",
        "{button}"
    );
    assert!(
        browser
            .source()
            .await
            .contains(&format!(r#"name="token" value="{token}""#)),
        "{}",
        browser.source().await
    );

    browser.close().await;
}
