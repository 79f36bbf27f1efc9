//! Signing in and out of the web pages, the account page, and the CSRF and origin checks,
//! over real HTTP with a cookie session.
use reqwest::StatusCode;
use utbyte_tests::{
    TestApp,
    web::{PASSWORD, WebClient},
};

/// A teacher who reads English (accounts are Swedish unless they say otherwise).
async fn teacher(app: &TestApp, email: &str) -> String {
    let token = app.user_with_role(email, "teacher").await;
    app.set_locale(email, "en").await;
    token
}

#[tokio::test]
async fn the_start_page_leads_to_sign_in_and_back_to_the_page_asked_for() {
    let app = TestApp::spawn_with(|s| s.public_url = None).await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::new(&app);

    let start = browser.get("/").await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    assert_eq!(start.location.as_deref(), Some("/sign-in"));
    let asked = browser.get("/account").await;
    assert_eq!(asked.location.as_deref(), Some("/sign-in?next=%2Faccount"));

    let form = browser.get("/sign-in?next=%2Faccount").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert_eq!(form.input_value("email").as_deref(), Some(""));

    let wrong = browser
        .post(
            "/sign-in",
            &[
                ("email", "anna@skola.example"),
                ("password", "not the password at all"),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.shows("The e-mail address or password is wrong."));
    assert_eq!(
        wrong.input_value("email").as_deref(),
        Some("anna@skola.example"),
        "what was typed is kept"
    );
    assert!(browser.session_cookie().is_none());

    let signed_in = browser
        .post(
            "/sign-in",
            &[
                ("email", "anna@skola.example"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.location.as_deref(), Some("/account"));
    let cookie = signed_in.headers["set-cookie"].to_str().unwrap();
    for part in ["utbyte_session=", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");

    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.shows("Welcome, Test Person"));
    assert_eq!(home.headers["cache-control"], "no-store");
    assert!(
        !home.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("unsafe-inline")
    );
    // Signed in, the sign-in page sends on.
    let again = browser.get("/sign-in").await;
    assert_eq!(again.location.as_deref(), Some("/"));
}

#[tokio::test]
async fn after_sign_in_only_a_local_page_is_followed() {
    let app = TestApp::spawn().await;
    teacher(&app, "anna@skola.example").await;
    for next in [
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
    ] {
        let mut browser = WebClient::new(&app);
        let response = browser
            .post(
                "/sign-in",
                &[
                    ("email", "anna@skola.example"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(response.location.as_deref(), Some("/"), "{next}");
    }
}

#[tokio::test]
async fn on_https_the_cookie_is_secure_and_host_only() {
    let app = TestApp::spawn_with(|s| s.public_url = Some("https://utbyte.example".into())).await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::new(&app);
    let response = browser
        .post_raw(
            "/sign-in",
            &[("email", "anna@skola.example"), ("password", PASSWORD)],
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let response = browser
        .post_raw(
            "/sign-in",
            &[("email", "anna@skola.example"), ("password", PASSWORD)],
            Some("https://utbyte.example"),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let cookie = response.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-utbyte_session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(!cookie.contains("Domain"), "{cookie}");
}

/// A case, the form's fields, and the `Origin` it is sent with.
type Refused<'a> = (&'a str, Vec<(&'a str, &'a str)>, Option<&'a str>);

#[tokio::test]
async fn a_form_without_its_token_or_from_another_site_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::signed_in(&app, "anna@skola.example").await;
    let csrf = browser.csrf().to_owned();
    let origin = app.url("");
    let origin = origin.trim_end_matches('/');

    let cases: [Refused; 4] = [
        ("no token", vec![("locale", "sv")], Some(origin)),
        (
            "wrong token",
            vec![("locale", "sv"), ("csrf", "00ff")],
            Some(origin),
        ),
        (
            "another site",
            vec![("locale", "sv"), ("csrf", &csrf)],
            Some("https://evil.example"),
        ),
        (
            "an opaque origin",
            vec![("locale", "sv"), ("csrf", &csrf)],
            Some("null"),
        ),
    ];
    for (case, fields, origin) in cases {
        let response = browser.post_raw("/account/language", &fields, origin).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{case}");
        assert!(response.shows("The form has expired"), "{case}");
    }
    let account = browser.get("/account").await;
    assert!(
        account.body.contains("<html lang=\"en\" dir=\"ltr\">"),
        "nothing changed"
    );
    assert!(
        !app.audit_actions()
            .await
            .contains(&"locale_changed".to_owned())
    );

    // Another session's token is not this one's.
    teacher(&app, "bo@skola.example").await;
    let other = WebClient::signed_in(&app, "bo@skola.example").await;
    let response = browser
        .post_raw(
            "/account/language",
            &[("locale", "sv"), ("csrf", other.csrf())],
            Some(origin),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    // Signing out takes the token too.
    let response = browser.post_raw("/sign-out", &[], Some(origin)).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert_eq!(
        browser.get("/").await.status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn the_language_is_kept_on_the_account_and_a_wrong_one_is_named() {
    let app = TestApp::spawn().await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::signed_in(&app, "anna@skola.example").await;

    let refused = browser.post("/account/language", &[("locale", "xx")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("locale").as_deref(),
        Some("Choose one of the languages in the list.")
    );

    let saved = browser.post("/account/language", &[("locale", "sv")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let account = browser.get(saved.location.as_deref().unwrap()).await;
    assert!(account.body.contains("<html lang=\"sv\" dir=\"ltr\">"));
    assert!(account.shows("Ditt språk är sparat."));
    assert!(account.shows("Logga ut överallt"));
    // Kept on the account: a new session (another device) reads Swedish too.
    let mut elsewhere = WebClient::signed_in(&app, "anna@skola.example").await;
    assert!(elsewhere.get("/").await.shows("Välkommen, Test Person"));
}

#[tokio::test]
async fn changing_the_password_names_the_wrong_field_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let api_token = teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::signed_in(&app, "anna@skola.example").await;

    let wrong = browser
        .post(
            "/account/password",
            &[
                ("current_password", "not my password"),
                ("new_password", "Fjord-lantern-oak-ribbon-42"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        wrong.field_error("current_password").as_deref(),
        Some("The password is wrong.")
    );
    let short = browser
        .post(
            "/account/password",
            &[("current_password", PASSWORD), ("new_password", "short")],
        )
        .await;
    assert_eq!(
        short.field_error("new_password").as_deref(),
        Some("The password must have at least 12 characters.")
    );
    assert!(
        app.principal(&api_token).await.is_some(),
        "nothing changed yet"
    );

    let changed = browser
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "Fjord-lantern-oak-ribbon-42"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let account = browser.get(changed.location.as_deref().unwrap()).await;
    assert!(account.shows("Your password is changed."));
    assert!(
        app.principal(&api_token).await.is_none(),
        "the other session ended"
    );
}

#[tokio::test]
async fn signing_out_ends_this_session_and_everywhere_ends_all() {
    let app = TestApp::spawn().await;
    let api_token = teacher(&app, "anna@skola.example").await;
    let mut first = WebClient::signed_in(&app, "anna@skola.example").await;
    let mut second = WebClient::signed_in(&app, "anna@skola.example").await;

    let out = first.post("/sign-out", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/sign-in?notice=signed-out"));
    assert!(first.session_cookie().is_none(), "the cookie is cleared");
    assert!(
        first
            .get("/sign-in?notice=signed-out")
            .await
            .shows("You have signed out.")
    );
    assert_eq!(
        second.get("/").await.status,
        StatusCode::OK,
        "the other stays"
    );
    assert!(app.principal(&api_token).await.is_some());

    let everywhere = second.post("/account/sign-out-everywhere", &[]).await;
    assert_eq!(everywhere.status, StatusCode::SEE_OTHER);
    assert!(app.principal(&api_token).await.is_none());
    assert!(second.session_cookie().is_none());
}

#[tokio::test]
async fn a_forgotten_password_sends_a_link_that_leads_back_to_sign_in() {
    let app = TestApp::spawn().await;
    teacher(&app, "anna@skola.example").await;
    app.set_locale("anna@skola.example", "sv").await;
    let mut browser = WebClient::new(&app);

    let refused = browser
        .post(
            "/forgot-password",
            &[("email", "not an address"), ("lang", "sv")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.input_value("email").as_deref(),
        Some("not an address")
    );
    assert_eq!(
        refused.field_error("email").as_deref(),
        Some("Skriv en e-postadress som namn@exempel.se.")
    );

    for email in ["anna@skola.example", "nobody@skola.example"] {
        let sent = browser
            .post("/forgot-password", &[("email", email), ("lang", "sv")])
            .await;
        assert_eq!(
            sent.location.as_deref(),
            Some("/sign-in?notice=reset-sent&lang=sv"),
            "the same answer for {email}"
        );
    }
    let mail = app.last_mail("anna@skola.example", "password_reset").await;
    let link = utbyte_tests::token_in(&mail.text_body);
    let path = format!("/account/reset-password?token={link}&lang=sv");
    let form = browser.get(&path).await;
    assert!(form.body.contains("<html lang=\"sv\" dir=\"ltr\">"));
    let done = browser
        .post(
            &path,
            &[
                ("token", &link),
                ("password", "Fjord-lantern-oak-ribbon-42"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    // After the reset the page leads to signing in, in the account's language.
    assert!(
        done.body.contains("href=\"/sign-in?lang=sv\""),
        "{}",
        done.body
    );
    assert!(done.shows("Logga in i Utbyte"));

    let mut again = WebClient::new(&app);
    let signed_in = again
        .post(
            "/sign-in",
            &[
                ("email", "anna@skola.example"),
                ("password", "Fjord-lantern-oak-ribbon-42"),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_sign_in_form_is_limited_like_the_api() {
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 3;
        s.login_rate_limit.per_address = 1000;
    })
    .await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::new(&app);
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let response = browser
            .post(
                "/sign-in",
                &[
                    ("email", "anna@skola.example"),
                    ("password", "wrong wrong wrong"),
                ],
            )
            .await;
        statuses.push(response.status.as_u16());
    }
    // Creating the account signed in once: that attempt counts too.
    assert_eq!(statuses, [401, 401, 429, 429]);
    // Even the right password waits now.
    let response = browser
        .post(
            "/sign-in",
            &[("email", "anna@skola.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers.contains_key("retry-after"));
}

#[tokio::test]
async fn an_address_no_page_answers_gets_a_page_saying_so() {
    let app = TestApp::spawn().await;
    let mut browser = WebClient::new(&app);
    let response = browser.get("/no/such/page").await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert!(response.shows("What you are looking for does not exist."));
    let stylesheet = browser.get("/static/utbyte.css").await;
    assert_eq!(stylesheet.status, StatusCode::OK);
    assert_eq!(
        stylesheet.headers["content-type"],
        "text/css; charset=utf-8"
    );
}

#[tokio::test]
async fn the_time_zone_is_chosen_from_a_list_and_a_wrong_one_is_named_keeping_what_was_sent() {
    let app = TestApp::spawn().await;
    teacher(&app, "anna@skola.example").await;
    let mut browser = WebClient::signed_in(&app, "anna@skola.example").await;

    let account = browser.get("/account").await;
    assert!(
        account
            .body
            .contains("<option value=\"Europe/Stockholm\" selected>Sweden Time</option>"),
        "Stockholm until another is chosen: {}",
        account.body
    );
    assert!(
        account
            .body
            .contains("<option value=\"Europe/Helsinki\">Finland Time</option>")
    );

    // A zone the database does not know: the error under the field, what was sent kept.
    let refused = browser
        .post("/account/time-zone", &[("time_zone", "Mars/Olympus")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("time_zone").as_deref(),
        Some("Choose one of the time zones in the list.")
    );
    assert!(
        refused
            .body
            .contains("<option value=\"Mars/Olympus\" selected>Mars/Olympus</option>"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("aria-describedby=\"time_zone-hint time_zone-error\"")
    );
    assert!(
        refused.body.contains("href=\"#time_zone\""),
        "the summary links the field"
    );

    let saved = browser
        .post("/account/time-zone", &[("time_zone", "Europe/Helsinki")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let account = browser.get(saved.location.as_deref().unwrap()).await;
    assert!(account.shows("Your time zone is saved."));
    assert!(
        account
            .body
            .contains("<option value=\"Europe/Helsinki\" selected>Finland Time</option>")
    );
    assert!(
        app.audit_actions()
            .await
            .contains(&"time_zone_changed".to_owned())
    );

    // Without the form's token nothing changes.
    let origin = app.url("");
    let forged = browser
        .post_raw(
            "/account/time-zone",
            &[("time_zone", "Europe/Oslo")],
            Some(origin.trim_end_matches('/')),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(
        browser
            .get("/account")
            .await
            .body
            .contains("<option value=\"Europe/Helsinki\" selected>")
    );
}
