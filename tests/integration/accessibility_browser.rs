//! The browser kit's accessibility check in a real headless Chromium: it finds what is
//! wrong on deliberately broken pages, and finds nothing on the account and error pages, in
//! Swedish and in English, on a phone and on a desktop.
use base64::Engine;
use serde_json::json;
use utbyte_domain::accounts::{ACCEPT_INVITATION_PATH, RESET_PASSWORD_PATH, VERIFY_EMAIL_PATH};
use utbyte_tests::{TestApp, browser::Browser, token_in};

/// A token of the right shape that no link ever carried.
const UNKNOWN_TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// A page that is right in every other way: language, title, one main landmark, one `h1`.
fn page(lang: &str, body: &str) -> String {
    let html = format!(
        "<!doctype html><html{lang}><head><meta charset=\"utf-8\"><title>Test</title></head>\
         <body><main><h1>Test</h1>{body}</main></body></html>"
    );
    let data = base64::engine::general_purpose::STANDARD.encode(html);
    format!("data:text/html;charset=utf-8;base64,{data}")
}

#[tokio::test]
async fn the_accessibility_check_reports_exactly_what_a_page_breaks() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let lang = r#" lang="en""#;
    let cases: [(&str, &str, &str, &[&str]); 6] = [
        ("a right page", lang, "<p>Fine.</p>", &[]),
        (
            "an input without a label",
            lang,
            r#"<form><input type="text" name="town"></form>"#,
            &["label"],
        ),
        (
            "grey on white",
            lang,
            r#"<p style="color: #bbb; background: #fff">Faint</p>"#,
            &["color-contrast"],
        ),
        ("no language", "", "<p>Fine.</p>", &["html-has-lang"]),
        (
            "an image without a text",
            lang,
            r#"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">"#,
            &["image-alt"],
        ),
        (
            "a heading level skipped (a best practice)",
            lang,
            "<h3>Skipped a level</h3>",
            &["heading-order"],
        ),
    ];
    for (case, lang, body, expected) in cases {
        browser.goto(&page(lang, body)).await;
        let Some(violations) = browser.axe_violations().await else {
            return;
        };
        let rules: Vec<&str> = violations.iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(rules, expected, "{case}: {violations:#?}");
        for violation in &violations {
            assert!(
                !violation.impact.is_empty()
                    && !violation.help.is_empty()
                    && !violation.targets.is_empty(),
                "{case}: {violation:?}"
            );
        }
    }

    // Tab reaches the links in order; focus shows on the one that keeps the browser's ring.
    browser
        .goto(&page(
            lang,
            r##"<a id="ring" href="#a">A</a> <a href="#b" style="outline: none">B</a>"##,
        ))
        .await;
    let reached = browser.tab_through().await;
    let seen: Vec<(&str, bool)> = reached
        .iter()
        .map(|f| (f.element.as_str(), f.focus_visible))
        .collect();
    assert_eq!(seen, [("#ring", true), ("a[href=\"#b\"]", false)]);

    // The failure names the page, the rule, the element and what to do.
    browser
        .goto(&page(lang, r#"<input type="text" id="town">"#))
        .await;
    let checked = tokio::spawn(async move {
        browser.assert_accessible("the broken page").await;
    })
    .await;
    let Err(failure) = checked else {
        panic!("a violation fails the check");
    };
    let message = failure.into_panic();
    let message = message
        .downcast_ref::<String>()
        .expect("a panic with a message");
    assert!(
        message.contains("the broken page: 1 axe-core violation(s)")
            && message.contains("label (critical): Form elements must have labels at #town"),
        "{message}"
    );
}

#[tokio::test]
async fn the_account_pages_pass_the_accessibility_check_in_both_languages() {
    let app = TestApp::spawn().await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    for path in [
        ACCEPT_INVITATION_PATH,
        RESET_PASSWORD_PATH,
        VERIFY_EMAIL_PATH,
    ] {
        for lang in ["sv", "en"] {
            browser
                .goto(&app.url(&format!("{path}?token={UNKNOWN_TOKEN}&lang={lang}")))
                .await;
            browser.find("form button[type=submit]").await;
            let name = format!("{}-{lang}", &path[1..].replace('/', "-"));
            browser.check_page(&name).await;
        }
    }
    browser
        .goto(&app.url(&format!("{VERIFY_EMAIL_PATH}?token=not-a-token&lang=en")))
        .await;
    browser.find("[role=alert]").await;
    browser.check_page("account-link-problem-en").await;

    // A real reset link: a password too short (past the browser's own check), then done.
    app.user_with_role("a11y@example.se", "guardian").await;
    app.gql(
        None,
        "mutation($e: String!) { requestPasswordReset(email: $e) }",
        json!({ "e": "a11y@example.se" }),
    )
    .await;
    let mail = app.last_mail("a11y@example.se", "password_reset").await;
    let token = token_in(&mail.text_body);
    browser
        .goto(&app.url(&format!("{RESET_PASSWORD_PATH}?token={token}&lang=sv")))
        .await;
    browser
        .js("document.querySelector('form').noValidate = true; return null")
        .await;
    browser.fill("#password", "kort").await;
    browser.submit("form button[type=submit]").await;
    browser.find("#password-error").await;
    browser
        .check_page("account-reset-password-too-short-sv")
        .await;
    browser
        .fill("#password", "Svendborg-sailing-week-by-train")
        .await;
    browser.submit("form button[type=submit]").await;
    browser.find("[role=status]").await;
    browser.check_page("account-reset-password-done-sv").await;

    browser.close().await;
}

#[tokio::test]
async fn the_error_page_passes_the_accessibility_check_in_both_languages() {
    let app = TestApp::spawn_with(|settings| settings.login_rate_limit.per_address = 1).await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    // The one attempt allowed goes to an unknown link; every one after it is refused.
    for (attempt, lang) in ["en", "en", "sv"].into_iter().enumerate() {
        browser
            .goto(&app.url(&format!(
                "{RESET_PASSWORD_PATH}?token={UNKNOWN_TOKEN}&lang={lang}"
            )))
            .await;
        browser
            .fill("#password", "Svendborg-sailing-week-by-train")
            .await;
        browser.submit("form button[type=submit]").await;
        let text = browser.text("main p").await;
        if attempt == 0 {
            assert!(text.starts_with("This link is invalid"), "{text}");
            continue;
        }
        let expected = if lang == "sv" {
            "Vänta"
        } else {
            "Please wait"
        };
        assert!(text.starts_with(expected), "{text}");
        browser.check_page(&format!("error-page-{lang}")).await;
    }

    browser.close().await;
}

#[tokio::test]
async fn my_account_passes_the_accessibility_check_with_a_refused_time_zone() {
    let app = TestApp::spawn().await;
    let Some(browser) = Browser::start().await else {
        return;
    };
    app.user_with_role("konto@example.se", "teacher").await;
    browser.goto(&app.url("/sign-in")).await;
    browser.fill("#email", "konto@example.se").await;
    browser
        .fill("#password", "Nordic-exchange-summer-2026")
        .await;
    browser
        .submit("form[action='/sign-in'] button[type=submit]")
        .await;
    browser.find("main h1").await;

    for lang in ["en", "sv"] {
        app.set_locale("konto@example.se", lang).await;
        browser.goto(&app.url("/account")).await;
        browser.find("#time_zone").await;
        browser.check_page(&format!("my-account-{lang}")).await;

        // A zone no list offers (as a tampered form would send): refused under the field.
        browser
            .js("const select = document.querySelector('#time_zone'); \
                 select.add(new Option('Mars/Olympus', 'Mars/Olympus', true, true)); \
                 return null")
            .await;
        browser
            .submit("form[action='/account/time-zone'] button[type=submit]")
            .await;
        // In the account's language, as the rest of the page (not the browser's).
        let said = browser.text("#time_zone-error").await;
        let expected = match lang {
            "sv" => "Välj en av tidszonerna i listan.",
            _ => "Choose one of the time zones in the list.",
        };
        assert!(said.ends_with(expected), "{lang}: {said}");
        browser
            .check_page(&format!("my-account-time-zone-refused-{lang}"))
            .await;
    }
    browser.close().await;
}
