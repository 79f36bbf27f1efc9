//! The approver in a real headless Chromium: the link in the approval mail leads through
//! sign-in to the decision form, the decision is taken there, and the queue and the form pass
//! the accessibility check in Swedish and in English.
use utbyte_tests::{TestApp, browser::Browser};

use crate::exchanges::{PRINCIPAL, World, step, steps};

/// The decision link of the newest approval request mailed to `recipient`.
async fn mailed_link(w: &World, recipient: &str, id: &str) -> String {
    let mail = w.app.last_mail(recipient, "exchange_submitted").await;
    let link = w.app.services().page(&format!("/exchanges/{id}/decision"));
    assert!(mail.text_body.contains(&link), "{}", mail.text_body);
    link
}

#[tokio::test]
async fn the_mailed_link_leads_through_sign_in_to_the_decision() {
    let app = TestApp::spawn_for_browser(|_| {}).await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    let w = World::on(app).await;
    let id = w.at_principal("Språkveckan i Lyon").await;
    let link = mailed_link(&w, PRINCIPAL, &id).await;

    // Signed out, the link leads to sign-in, and from there to the form.
    browser.goto(&link).await;
    browser.find("#password").await;
    assert!(browser.current_url().await.contains("/sign-in?next="));
    browser.fill("#email", PRINCIPAL).await;
    browser.fill("#password", utbyte_tests::web::PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser.find("fieldset legend").await;
    assert!(browser.current_url().await.ends_with("/decision"));
    browser.check_page("decision-sv").await;

    // Asking for changes without saying which is named under the comment.
    browser.click("#decision-request_changes").await;
    browser
        .click("form[action$=decision] button[type=submit]")
        .await;
    browser.find("#comment-error").await;
    browser.check_page("decision-errors-sv").await;
    browser.fill("#comment", "Lägg till en ledare till.").await;
    browser
        .click("form[action$=decision] button[type=submit]")
        .await;
    let notice = browser.text("[role=status]").await;
    assert_eq!(notice, "Du begärde ändringar av Språkveckan i Lyon.");
    browser.check_page("approvals-sv").await;
    let read = w.read(&id).await;
    assert_eq!(read["state"], "CHANGES_REQUESTED");
    assert_eq!(
        read["approvalSteps"][0]["comment"],
        "Lägg till en ledare till."
    );

    // In English: approve the next one from the queue.
    w.app.set_locale(PRINCIPAL, "en").await;
    let next = w.at_principal("Höstveckan i Lyon").await;
    browser.goto(&w.app.url("/approvals")).await;
    browser.check_page("approvals-en").await;
    browser
        .click(&format!("a[href=\"/exchanges/{next}/decision\"]"))
        .await;
    browser.find("fieldset legend").await;
    browser.check_page("decision-en").await;
    browser.click("#decision").await;
    browser
        .click("form[action$=decision] button[type=submit]")
        .await;
    let notice = browser.text("[role=status]").await;
    assert_eq!(notice, "You approved Höstveckan i Lyon (en).");
    assert_eq!(
        steps(&w.read(&next).await),
        [step(1, 0, "approved"), step(1, 1, "pending")]
    );

    browser.close().await;
}
