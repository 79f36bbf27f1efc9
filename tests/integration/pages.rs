//! The pages that e-mailed links open, used over real HTTP as a browser would.
use serde_json::json;
use utbyte_tests::{TestApp, token_in};

#[tokio::test]
async fn a_reset_link_opens_a_form_that_sets_the_password_once() {
    let app = TestApp::spawn().await;
    app.user_with_role("page@example.se", "guardian").await;
    app.gql(
        None,
        "mutation($e: String!) { requestPasswordReset(email: $e) }",
        json!({ "e": "page@example.se" }),
    )
    .await;
    let mail = app.last_mail("page@example.se", "password_reset").await;
    let token = token_in(&mail.text_body);
    let path = format!("/account/reset-password?token={token}");

    let page = app
        .http
        .get(app.url(&path))
        .header("accept-language", "sv-SE,sv;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 200);
    // The address carries a secret: it is never sent to another site.
    assert_eq!(page.headers()["referrer-policy"], "same-origin");
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    assert!(html.contains("Välj ett nytt lösenord"), "{html}");
    assert!(html.contains(&format!(r#"name="token" value="{token}""#)));

    // Only showing the form uses nothing up: the link still works.
    let weak = app
        .http
        .post(app.url(&path))
        .form(&[("token", token.as_str()), ("password", "abc")])
        .send()
        .await
        .unwrap();
    assert_eq!(weak.status().as_u16(), 422);
    assert!(
        weak.text()
            .await
            .unwrap()
            .contains("at least 12 characters")
    );

    let done = app
        .http
        .post(app.url(&format!("{path}&lang=sv")))
        .form(&[
            ("token", token.as_str()),
            ("password", "Svendborg-sailing-week-by-train"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 200);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("Logga in med ditt nya lösenord")
    );
    app.login("page@example.se", "Svendborg-sailing-week-by-train")
        .await;

    let again = app
        .http
        .post(app.url(&path))
        .form(&[
            ("token", token.as_str()),
            ("password", "Another-long-unrelated-phrase-9"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 400);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("invalid, already used or expired")
    );
}

#[tokio::test]
async fn invitation_and_verification_pages_work_and_bad_links_say_so() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("inviter@example.se", "admin").await;
    app.gql(
        Some(&admin),
        "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
        json!({ "i": { "email": "new@example.se", "displayName": "Ny Lärare", "locale": "SV", "role": "TEACHER" } }),
    )
    .await;
    let token = token_in(
        &app.last_mail("new@example.se", "invitation")
            .await
            .text_body,
    );
    let accepted = app
        .http
        .post(app.url("/account/accept-invitation"))
        .form(&[
            ("token", token.as_str()),
            ("password", "Brønderslev-choir-exchange-1950"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status().as_u16(), 200);
    assert!(
        accepted
            .text()
            .await
            .unwrap()
            .contains("Your account is active")
    );
    app.login("new@example.se", "Brønderslev-choir-exchange-1950")
        .await;

    app.gql(
        None,
        "mutation($i: RegisterInput!) { register(input: $i) }",
        json!({ "i": { "email": "kid@example.se", "password": "Gorzów-football-camp-2027", "displayName": "Kid", "locale": "EN", "role": "YOUTH" } }),
    )
    .await;
    let token = token_in(
        &app.last_mail("kid@example.se", "verify_email")
            .await
            .text_body,
    );
    let shown = app
        .http
        .get(app.url(&format!("/account/verify-email?token={token}")))
        .send()
        .await
        .unwrap();
    assert!(
        shown
            .text()
            .await
            .unwrap()
            .contains("Confirm that this e-mail address is yours")
    );
    let verified = app
        .http
        .post(app.url("/account/verify-email"))
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(verified.status().as_u16(), 200);
    let session = app
        .login("kid@example.se", "Gorzów-football-camp-2027")
        .await;
    let me = app
        .gql(Some(&session), "{ me { emailVerified } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], true);

    for path in [
        "/account/reset-password",
        "/account/reset-password?token=<script>",
        "/account/verify-email?token=00",
    ] {
        let response = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 400, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Ask for a new link"), "{path}");
        assert!(!html.contains("<script>"));
    }
}

/// Behind a trusted proxy every client spends its own login budget on the pages too (not the
/// proxy's), and a spent budget is a 429 page that says when to try again.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_spends_its_own_budget_on_the_pages() {
    let app = TestApp::spawn_with(|settings| {
        settings.trust_forwarded_for = true;
        settings.login_rate_limit.per_address = 2;
    })
    .await;
    let attempt = |client: &'static str, n: u8| {
        let token = format!("{n:02x}").repeat(32);
        let request = app
            .http
            .post(app.url("/account/reset-password?lang=sv"))
            .header("x-forwarded-for", format!("203.0.113.9, {client}"))
            .form(&[
                ("token", token.as_str()),
                ("password", "Svendborg-sailing-week-by-train"),
            ]);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_owned());
            (status, retry_after, response.text().await.unwrap())
        }
    };
    for n in 0..2 {
        let (status, _, html) = attempt("10.0.0.1", n).await;
        assert_eq!(status, 400, "an unknown link: {html}");
    }
    let (status, retry_after, html) = attempt("10.0.0.1", 2).await;
    assert_eq!(status, 429, "{html}");
    assert!(retry_after.is_some_and(|secs| secs.parse::<u64>().unwrap() > 0));
    assert!(html.contains("För många försök"), "{html}");
    assert!(!html.contains("Något gick fel"), "{html}");

    let (status, _, html) = attempt("10.0.0.2", 3).await;
    assert_eq!(status, 400, "another client has its own budget: {html}");
}

/// A link from a mail opens its page in the account's language, whatever the browser asks
/// for, and once the work is done the page leads on to signing in.
#[tokio::test]
async fn a_mailed_link_opens_in_the_accounts_language_and_leads_on() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("lang-admin@example.se", "admin").await;
    app.gql(
        Some(&admin),
        "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
        json!({ "i": { "email": "svensk@example.se", "displayName": "Sven Svensk", "locale": "SV", "role": "TEACHER" } }),
    )
    .await;
    let mail = app.last_mail("svensk@example.se", "invitation").await;
    let start = mail
        .text_body
        .find("/account/accept-invitation?")
        .expect("a link");
    let path: String = mail.text_body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(path.ends_with("&lang=sv"), "{path}");

    let shown = app
        .http
        .get(app.url(&path))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(shown.contains("Aktivera ditt konto"), "{shown}");

    // The form posts back to the same address, so the answer is in Swedish too.
    let token = token_in(&mail.text_body);
    let done = app
        .http
        .post(app.url(&path))
        .header("accept-language", "en-GB,en;q=0.9")
        .form(&[
            ("token", token.as_str()),
            ("password", "Brønderslev-choir-exchange-1950"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(done.contains("Ditt konto är aktiverat"), "{done}");
    // and leads on to signing in, in the same language.
    assert!(
        done.contains(r#"href="/sign-in?lang=sv">Logga in i Utbyte</a>"#),
        "{done}"
    );
}
