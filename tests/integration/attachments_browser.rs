//! The exchange's files page in a real headless Chromium: signed in through the sign-in
//! form, a file chosen in the file input and sent without JavaScript, a refused file shown
//! under its field, and every state checked with axe-core at phone and desktop width.
use utbyte_tests::{TestApp, browser::Browser, web::PASSWORD};

use crate::{
    attachments::pdf,
    exchanges::{TEACHER, World},
};

#[tokio::test]
async fn the_files_page_uploads_with_a_real_browser_and_passes_the_accessibility_check() {
    let w = World::on(TestApp::spawn_for_browser(|_| {}).await).await;
    let exchange = w.draft("Lyon i webbläsaren").await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    let files = w.app.url(&format!("/exchanges/{exchange}/attachments"));
    browser.goto(&files).await;
    browser.fill("#email", TEACHER).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser.find("#file").await;
    browser.check_page("attachments-empty-sv").await;

    let folder = tempfile::tempdir().expect("a folder");
    let renamed = folder.path().join("Program.pdf");
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.resize(1024, 0);
    std::fs::write(&renamed, elf).expect("write the file");
    let send_file = |path: std::path::PathBuf| {
        let browser = &browser;
        async move {
            browser
                .find("#file")
                .await
                .send_keys(path.to_str().expect("a path"))
                .await
                .expect("choose the file");
            browser.click("form[enctype] button[type=submit]").await;
        }
    };
    send_file(renamed).await;
    let error = browser.text("#file-error").await;
    assert!(error.contains("Välj en pdf"), "{error}");
    browser.check_page("attachments-refused-sv").await;

    let programme = folder.path().join("Program för veckan.pdf");
    std::fs::write(&programme, pdf()).expect("write the file");
    send_file(programme).await;
    let notice = browser.text("[role=status]").await;
    assert_eq!(notice, "Filen är bifogad.");
    assert!(browser.page_text().await.contains("Program för veckan.pdf"));
    browser.check_page("attachments-one-file-sv").await;

    browser.close().await;
}
