use std::time::Duration;

use serde_json::json;
use utbyte_tests::{TestApp, error_code, error_code_counts, error_fields, token_in};

const GOOD_PASSWORD: &str = "Vänort-Bodø-sommarläger-2026";
const OTHER_PASSWORD: &str = "Kuopio-winter-camp-by-train-77";

const REGISTER: &str = "mutation($input: RegisterInput!) { register(input: $input) }";
const ME: &str =
    "{ me { id email displayName locale emailVerified roles { role scopeKind scopeId } } }";

fn registration(email: &str) -> serde_json::Value {
    json!({ "input": {
        "email": email, "password": GOOD_PASSWORD, "displayName": "Alva Lind",
        "locale": "SV", "role": "YOUTH",
    }})
}

#[tokio::test]
async fn register_verify_and_login() {
    let app = TestApp::spawn().await;
    let response = app
        .gql(None, REGISTER, registration(" Alva.Lind@Example.SE "))
        .await;
    assert_eq!(response["data"]["register"], true, "{response}");

    let mail = app.last_mail("alva.lind@example.se", "verify_email").await;
    assert_eq!(mail.locale, "sv");
    assert_eq!(mail.subject, "Bekräfta din e-postadress");
    assert!(
        mail.text_body
            .contains("https://utbyte.test/account/verify-email?token=")
    );
    let first = token_in(&mail.text_body);
    assert_eq!(first.len(), 64);

    // Before the address is confirmed, the right password gets a new link, not a session.
    let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";
    for _ in 0..2 {
        let early = app
            .gql(
                None,
                login,
                json!({ "e": "ALVA.LIND@example.se", "p": GOOD_PASSWORD }),
            )
            .await;
        assert_eq!(error_code(&early), "CONFLICT", "{early}");
        assert_eq!(
            early["errors"][0]["extensions"]["reason"],
            "email_not_verified"
        );
    }
    let mails = app.outbox().await;
    assert_eq!(
        mails.len(),
        2,
        "one new link a day, however often one tries"
    );
    let second = token_in(&mails[1].text_body);
    assert_ne!(first, second);

    let verify = "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }";
    let stale = app.gql(None, verify, json!({ "t": first })).await;
    assert_eq!(error_fields(&stale), ["token"]);
    let verified = app.gql(None, verify, json!({ "t": second })).await;
    assert_eq!(
        verified["data"]["verifyEmail"]["emailVerified"], true,
        "{verified}"
    );
    let again = app.gql(None, verify, json!({ "t": second })).await;
    assert_eq!(error_code(&again), "BAD_USER_INPUT");
    assert_eq!(error_fields(&again), ["token"]);

    let session = app.login("ALVA.LIND@example.se", GOOD_PASSWORD).await;
    let me = app.gql(Some(&session), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["email"], "alva.lind@example.se");
    assert_eq!(me["data"]["me"]["emailVerified"], true);
    assert_eq!(me["data"]["me"]["locale"], "SV");
    assert_eq!(
        me["data"]["me"]["roles"],
        json!([{ "role": "YOUTH", "scopeKind": "GLOBAL", "scopeId": null }])
    );

    let actions = app.audit_actions().await;
    for expected in [
        "user_registered",
        "login_refused_unverified",
        "email_verified",
        "login_succeeded",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} missing from {actions:?}"
        );
    }
}

#[tokio::test]
async fn invalid_registration_names_every_field_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let response = app
        .gql(
            None,
            REGISTER,
            json!({ "input": {
                "email": "not-an-address", "password": "password1234",
                "displayName": "   ", "locale": "EN", "role": "GUARDIAN",
            }}),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
    let mut fields = error_fields(&response);
    fields.sort();
    assert_eq!(
        fields,
        ["input.displayName", "input.email", "input.password"]
    );
    // The submitted values are never echoed back.
    let text = response.to_string();
    assert!(
        !text.contains("not-an-address") && !text.contains("password1234"),
        "{text}"
    );

    let short = app
        .gql(
            None,
            REGISTER,
            json!({ "input": {
                "email": "a@example.se", "password": "short", "displayName": "A",
                "locale": "EN", "role": "YOUTH",
            }}),
        )
        .await;
    assert_eq!(
        short["errors"][0]["extensions"]["fields"][0]["code"],
        "too_short"
    );

    // Roles that come by invitation cannot be chosen: the enum does not offer them.
    let admin = app
        .gql(
            None,
            REGISTER,
            json!({ "input": {
                "email": "a@example.se", "password": GOOD_PASSWORD, "displayName": "A",
                "locale": "EN", "role": "ADMIN",
            }}),
        )
        .await;
    assert!(admin["errors"].is_array(), "{admin}");

    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("outbox_emails").await, 0);
    assert_eq!(app.count("audit_events").await, 0);
}

#[tokio::test]
async fn registering_a_taken_address_answers_the_same_and_tells_the_owner() {
    let app = TestApp::spawn().await;
    let first = app
        .gql(None, REGISTER, registration("owner@example.se"))
        .await;
    let second = app
        .gql(None, REGISTER, registration("OWNER@example.se"))
        .await;
    assert_eq!(first, second);
    assert_eq!(app.count("users").await, 1);
    let notice = app.last_mail("owner@example.se", "account_exists").await;
    assert_eq!(notice.subject, "Du har redan ett konto i Utbyte");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.gql(None, REGISTER, registration("known@example.se"))
        .await;
    let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";
    let unknown = app
        .gql(
            None,
            login,
            json!({ "e": "nobody@example.se", "p": GOOD_PASSWORD }),
        )
        .await;
    let wrong = app
        .gql(
            None,
            login,
            json!({ "e": "known@example.se", "p": OTHER_PASSWORD }),
        )
        .await;
    assert_eq!(error_code(&unknown), "UNAUTHENTICATED");
    assert_eq!(
        unknown["errors"][0]["message"],
        wrong["errors"][0]["message"]
    );
    assert_eq!(
        unknown["errors"][0]["extensions"],
        wrong["errors"][0]["extensions"]
    );
    assert_eq!(unknown["data"], wrong["data"]);

    let failed: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "login_failed")
        .collect();
    assert_eq!(failed.len(), 2);
    assert!(
        failed.iter().all(|e| e.details == json!({})),
        "no attempted address is kept"
    );
}

#[tokio::test]
async fn login_attempts_are_limited_per_account_across_aliases_and_batches() {
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 3;
        s.login_rate_limit.per_address = 1000;
    })
    .await;
    app.gql(None, REGISTER, registration("target@example.se"))
        .await;
    let aliases = (0..5)
        .map(|i| {
            format!(
                "a{i}: login(email: \"target@example.se\", password: \"guess-{i}\") {{ token }}"
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let response = app
        .gql(None, &format!("mutation {{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(
        error_code_counts(&response),
        [
            ("RATE_LIMITED".to_owned(), 2),
            ("UNAUTHENTICATED".to_owned(), 3)
        ]
        .into()
    );

    // A batch over HTTP counts each operation too, and the right password no longer helps.
    let one = json!({ "query": format!(
        "mutation {{ login(email: \"target@example.se\", password: \"{GOOD_PASSWORD}\") {{ token }} }}") });
    let batch = serde_json::Value::Array(vec![one.clone(), one]);
    let responses: serde_json::Value = app
        .post(None, batch.to_string())
        .await
        .json()
        .await
        .unwrap();
    for response in responses.as_array().unwrap() {
        assert_eq!(error_code(response), "RATE_LIMITED", "{response}");
    }
}

#[tokio::test]
async fn login_attempts_are_limited_per_client_address() {
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 1000;
        s.login_rate_limit.per_address = 4;
    })
    .await;
    let query = (0..6)
        .map(|i| format!("a{i}: login(email: \"user{i}@example.se\", password: \"x\") {{ token }}"))
        .collect::<Vec<_>>()
        .join(" ");
    let response: serde_json::Value = app
        .post(
            None,
            json!({ "query": format!("mutation {{ {query} }}") }).to_string(),
        )
        .await
        .json()
        .await
        .unwrap();
    let limited = response["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["extensions"]["code"] == "RATE_LIMITED")
        .count();
    assert_eq!(limited, 2, "{response}");
}

#[tokio::test]
async fn anonymous_password_hashing_is_limited_per_client_address() {
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 1000;
        s.login_rate_limit.per_address = 3;
    })
    .await;
    let resets = (0..5)
        .map(|i| {
            format!(
                "r{i}: resetPassword(token: \"{}\", newPassword: \"{GOOD_PASSWORD}\")",
                format!("{i}").repeat(64)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let response = app
        .gql(None, &format!("mutation {{ {resets} }}"), json!({}))
        .await;
    assert_eq!(
        error_code_counts(&response),
        [
            ("BAD_USER_INPUT".to_owned(), 3),
            ("RATE_LIMITED".to_owned(), 2)
        ]
        .into()
    );
    // Registration draws on the same budget.
    let register = app
        .gql(None, REGISTER, registration("late@example.se"))
        .await;
    assert_eq!(error_code(&register), "RATE_LIMITED");
    assert_eq!(app.count("users").await, 0);
}

const INVITE: &str = "mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email roles { role scopeKind scopeId } } }";

fn invitation(email: &str, role: &str, organisation: &str) -> serde_json::Value {
    json!({ "input": {
        "email": email, "displayName": "Tove Ek", "locale": "EN", "role": role,
        "scope": { "kind": "ORGANISATION", "id": organisation },
    }})
}

#[tokio::test]
async fn invitation_sets_a_password_once_and_signs_in() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("admin@example.se", "admin").await;
    let school = app.organisation(&admin, "Exempelskolan").await;
    let invited = app
        .gql(
            Some(&admin),
            INVITE,
            invitation("Tove@School.example", "TEACHER", &school),
        )
        .await;
    assert_eq!(
        invited["data"]["inviteUser"]["email"], "tove@school.example",
        "{invited}"
    );
    assert_eq!(
        invited["data"]["inviteUser"]["roles"][0],
        json!({ "role": "TEACHER", "scopeKind": "ORGANISATION", "scopeId": school })
    );

    let mail = app.last_mail("tove@school.example", "invitation").await;
    assert_eq!(mail.subject, "You are invited to Utbyte");
    assert!(
        mail.text_body.contains("as teacher or leader"),
        "{}",
        mail.text_body
    );
    assert!(
        mail.html_body
            .contains("https://utbyte.test/account/accept-invitation?token=")
    );
    let token = token_in(&mail.text_body);

    let accept = "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { email emailVerified } } }";
    let weak = app
        .gql(None, accept, json!({ "t": token, "p": "tove12345678" }))
        .await;
    assert_eq!(error_fields(&weak), ["password"]);
    let accepted = app
        .gql(None, accept, json!({ "t": token, "p": GOOD_PASSWORD }))
        .await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["user"]["emailVerified"], true,
        "{accepted}"
    );
    let session = accepted["data"]["acceptInvitation"]["token"]
        .as_str()
        .unwrap();
    let me = app.gql(Some(session), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["roles"][0]["role"], "TEACHER");

    let reused = app
        .gql(None, accept, json!({ "t": token, "p": OTHER_PASSWORD }))
        .await;
    assert_eq!(error_fields(&reused), ["token"]);
    app.login("tove@school.example", GOOD_PASSWORD).await;

    let actions = app.audit_actions().await;
    assert!(actions.contains(&"user_invited".to_owned()));
    assert!(actions.contains(&"invitation_accepted".to_owned()));
}

#[tokio::test]
async fn a_coordinator_of_one_municipality_acts_only_there() {
    let app = TestApp::spawn().await;
    let town = "0194f3a0-0000-7000-8000-0000000000aa";
    let other_town = "0194f3a0-0000-7000-8000-0000000000bb";
    let coordinator = app.user_with_role("local@example.se", "coordinator").await;
    let scope_id = uuid::Uuid::parse_str(town).unwrap();
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
        use utbyte_domain::entities::role_assignments;
        role_assignments::Entity::update_many()
            .col_expr(
                role_assignments::Column::ScopeKind,
                Expr::value("municipality"),
            )
            .col_expr(role_assignments::Column::ScopeId, Expr::value(scope_id))
            .filter(role_assignments::Column::Role.eq("coordinator"))
            .exec(app.db())
            .await
            .unwrap();
    }
    let users_before = app.count("users").await;
    let invite_into = |scope: Option<&str>| {
        let scope = match scope {
            Some(id) => json!({ "kind": "MUNICIPALITY", "id": id }),
            None => json!(null),
        };
        json!({ "input": {
            "email": "teacher@school.example", "displayName": "Lärare", "locale": "SV",
            "role": "TEACHER", "scope": scope,
        }})
    };
    for scope in [Some(other_town), None] {
        let refused = app
            .gql(Some(&coordinator), INVITE, invite_into(scope))
            .await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{scope:?}");
    }
    assert_eq!(app.count("users").await, users_before);
    assert_eq!(app.count("outbox_emails").await, 0);
    let list = "{ users(first: 5) { edges { node { email } } } }";
    assert_eq!(
        error_code(&app.gql(Some(&coordinator), list, json!({})).await),
        "FORBIDDEN"
    );
    let mails = "{ queuedMails(status: PENDING) { edges { node { recipient } } } }";
    assert_eq!(
        error_code(&app.gql(Some(&coordinator), mails, json!({})).await),
        "FORBIDDEN"
    );

    let allowed = app
        .gql(Some(&coordinator), INVITE, invite_into(Some(town)))
        .await;
    assert!(allowed["errors"].is_null(), "{allowed}");
    assert_eq!(
        allowed["data"]["inviteUser"]["roles"][0],
        json!({ "role": "TEACHER", "scopeKind": "MUNICIPALITY", "scopeId": town })
    );
}

#[tokio::test]
async fn who_may_invite_whom() {
    let app = TestApp::spawn().await;
    let teacher = app.user_with_role("teacher@example.se", "teacher").await;
    let coordinator = app
        .user_with_role("coordinator@example.se", "coordinator")
        .await;
    let school = app.organisation(&coordinator, "Exempelskolan").await;
    let invitation = |email: &str, role: &str| invitation(email, role, &school);
    let users_before = app.count("users").await;

    let anonymous = app
        .gql(None, INVITE, invitation("x@example.se", "TEACHER"))
        .await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED");
    let by_teacher = app
        .gql(
            Some(&teacher),
            INVITE,
            invitation("x@example.se", "TEACHER"),
        )
        .await;
    assert_eq!(error_code(&by_teacher), "FORBIDDEN");
    let mut global_admin = invitation("x@example.se", "ADMIN");
    global_admin["input"]["scope"] = json!(null);
    let admin_by_coordinator = app.gql(Some(&coordinator), INVITE, global_admin).await;
    assert_eq!(error_code(&admin_by_coordinator), "FORBIDDEN");
    assert_eq!(app.count("users").await, users_before);
    assert_eq!(app.count("outbox_emails").await, 0);

    let ok = app
        .gql(
            Some(&coordinator),
            INVITE,
            invitation("x@example.se", "PARTNER_CONTACT"),
        )
        .await;
    assert!(ok["errors"].is_null(), "{ok}");
    let twice = app
        .gql(
            Some(&coordinator),
            INVITE,
            invitation("X@example.se", "TEACHER"),
        )
        .await;
    assert_eq!(error_code(&twice), "CONFLICT");
    assert_eq!(twice["errors"][0]["extensions"]["reason"], "email_taken");

    let bad = app
        .gql(
            Some(&coordinator),
            INVITE,
            json!({ "input": {
                "email": "nope", "displayName": "", "locale": "SV", "role": "TEACHER",
                "scope": { "kind": "ORGANISATION", "id": "not-a-uuid" },
            }}),
        )
        .await;
    assert_eq!(error_code(&bad), "BAD_USER_INPUT");
    assert_eq!(error_fields(&bad), ["scope.id"]);
    assert_eq!(app.count("users").await, users_before + 1);
}

#[tokio::test]
async fn logout_and_logout_everywhere_end_sessions() {
    let app = TestApp::spawn().await;
    let first = app.user_with_role("multi@example.se", "teacher").await;
    let second = app
        .login("multi@example.se", "Nordic-exchange-summer-2026")
        .await;
    let third = app
        .login("multi@example.se", "Nordic-exchange-summer-2026")
        .await;

    let out = app
        .gql(Some(&first), "mutation { logout }", json!({}))
        .await;
    assert_eq!(out["data"]["logout"], true);
    assert!(app.gql(Some(&first), ME, json!({})).await["data"]["me"].is_null());
    assert!(!app.gql(Some(&second), ME, json!({})).await["data"]["me"].is_null());

    let everywhere = app
        .gql(Some(&second), "mutation { logoutEverywhere }", json!({}))
        .await;
    assert_eq!(everywhere["data"]["logoutEverywhere"], 2);
    for token in [&second, &third] {
        assert!(app.gql(Some(token), ME, json!({})).await["data"]["me"].is_null());
    }
    let anonymous = app.gql(None, "mutation { logout }", json!({})).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED");
}

#[tokio::test]
async fn sessions_end_when_idle_or_past_their_lifetime() {
    let app = TestApp::spawn().await;
    let idle = app.user_with_role("idle@example.se", "teacher").await;
    let old = app
        .login("idle@example.se", "Nordic-exchange-summer-2026")
        .await;
    assert!(!app.gql(Some(&idle), ME, json!({})).await["data"]["me"].is_null());

    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    use utbyte_domain::{entities::sessions, tokens::hash};
    sessions::Entity::update_many()
        .col_expr(
            sessions::Column::LastSeenAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::hours(3)),
        )
        .filter(sessions::Column::TokenHash.eq(hash(&idle)))
        .exec(app.db())
        .await
        .unwrap();
    sessions::Entity::update_many()
        .col_expr(
            sessions::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .filter(sessions::Column::TokenHash.eq(hash(&old)))
        .exec(app.db())
        .await
        .unwrap();
    assert!(app.gql(Some(&idle), ME, json!({})).await["data"]["me"].is_null());
    assert!(app.gql(Some(&old), ME, json!({})).await["data"]["me"].is_null());
}

#[tokio::test]
async fn change_password_keeps_this_session_and_ends_the_others() {
    let app = TestApp::spawn().await;
    let current = app.user_with_role("change@example.se", "teacher").await;
    let other = app
        .login("change@example.se", "Nordic-exchange-summer-2026")
        .await;
    let change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

    let wrong = app
        .gql(
            Some(&current),
            change,
            json!({ "c": "not-my-password-at-all", "n": GOOD_PASSWORD }),
        )
        .await;
    assert_eq!(error_fields(&wrong), ["currentPassword"]);
    let weak = app
        .gql(
            Some(&current),
            change,
            json!({ "c": "Nordic-exchange-summer-2026", "n": "change@example.se" }),
        )
        .await;
    assert_eq!(error_fields(&weak), ["newPassword"]);
    assert_eq!(app.count("outbox_emails").await, 0);

    let ok = app
        .gql(
            Some(&current),
            change,
            json!({ "c": "Nordic-exchange-summer-2026", "n": GOOD_PASSWORD }),
        )
        .await;
    assert_eq!(ok["data"]["changePassword"], true, "{ok}");
    assert!(!app.gql(Some(&current), ME, json!({})).await["data"]["me"].is_null());
    assert!(app.gql(Some(&other), ME, json!({})).await["data"]["me"].is_null());
    app.login("change@example.se", GOOD_PASSWORD).await;
    let mail = app.last_mail("change@example.se", "password_changed").await;
    assert!(
        mail.text_body.contains("other devices were signed out")
            || mail.text_body.contains("andra enheter")
    );
    assert!(
        app.audit_actions()
            .await
            .contains(&"password_changed".to_owned())
    );
}

const REQUEST_RESET: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";
const RESET: &str =
    "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }";

#[tokio::test]
async fn password_reset_works_once_and_ends_every_session() {
    let app = TestApp::spawn().await;
    let session = app.user_with_role("reset@example.se", "guardian").await;
    let unknown = app
        .gql(None, REQUEST_RESET, json!({ "e": "ghost@example.se" }))
        .await;
    let known = app
        .gql(None, REQUEST_RESET, json!({ "e": "Reset@example.se" }))
        .await;
    assert_eq!(unknown, known);
    assert_eq!(app.count("outbox_emails").await, 1);

    let token = token_in(
        &app.last_mail("reset@example.se", "password_reset")
            .await
            .text_body,
    );
    let weak = app
        .gql(None, RESET, json!({ "t": token, "p": "123456789012" }))
        .await;
    assert_eq!(error_fields(&weak), ["newPassword"]);
    let ok = app
        .gql(None, RESET, json!({ "t": token, "p": GOOD_PASSWORD }))
        .await;
    assert_eq!(ok["data"]["resetPassword"], true, "{ok}");
    assert!(app.gql(Some(&session), ME, json!({})).await["data"]["me"].is_null());
    app.login("reset@example.se", GOOD_PASSWORD).await;

    let reused = app
        .gql(None, RESET, json!({ "t": token, "p": OTHER_PASSWORD }))
        .await;
    assert_eq!(error_fields(&reused), ["token"]);
    let garbage = app
        .gql(
            None,
            RESET,
            json!({ "t": "'; DROP TABLE users; --", "p": OTHER_PASSWORD }),
        )
        .await;
    assert_eq!(error_fields(&garbage), ["token"]);
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"password_reset_requested".to_owned()));
    assert!(actions.contains(&"password_reset".to_owned()));
}

#[tokio::test]
async fn a_new_reset_link_revokes_the_older_one() {
    let app = TestApp::spawn().await;
    app.user_with_role("twice@example.se", "guardian").await;
    app.gql(None, REQUEST_RESET, json!({ "e": "twice@example.se" }))
        .await;
    let first = token_in(
        &app.last_mail("twice@example.se", "password_reset")
            .await
            .text_body,
    );
    app.gql(None, REQUEST_RESET, json!({ "e": "twice@example.se" }))
        .await;
    let second = token_in(
        &app.last_mail("twice@example.se", "password_reset")
            .await
            .text_body,
    );
    assert_ne!(first, second);
    let old = app
        .gql(None, RESET, json!({ "t": first, "p": GOOD_PASSWORD }))
        .await;
    assert_eq!(error_fields(&old), ["token"]);
    let new = app
        .gql(None, RESET, json!({ "t": second, "p": GOOD_PASSWORD }))
        .await;
    assert_eq!(new["data"]["resetPassword"], true);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused() {
    let app = TestApp::spawn().await;
    app.user_with_role("late@example.se", "guardian").await;
    app.gql(None, REQUEST_RESET, json!({ "e": "late@example.se" }))
        .await;
    let token = token_in(
        &app.last_mail("late@example.se", "password_reset")
            .await
            .text_body,
    );
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    use utbyte_domain::entities::link_tokens;
    link_tokens::Entity::update_many()
        .col_expr(
            link_tokens::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .filter(link_tokens::Column::TokenHash.eq(utbyte_domain::tokens::hash(&token)))
        .exec(app.db())
        .await
        .unwrap();
    let response = app
        .gql(None, RESET, json!({ "t": token, "p": GOOD_PASSWORD }))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert_eq!(
        response["errors"][0]["extensions"]["fields"][0]["code"],
        "invalid_or_expired_link"
    );
    app.login("late@example.se", "Nordic-exchange-summer-2026")
        .await;
}

#[tokio::test]
async fn two_concurrent_redemptions_of_one_reset_link_give_exactly_one_success() {
    let app = TestApp::spawn().await;
    app.user_with_role("race@example.se", "guardian").await;
    for round in 0..5 {
        app.gql(None, REQUEST_RESET, json!({ "e": "race@example.se" }))
            .await;
        let token = token_in(
            &app.last_mail("race@example.se", "password_reset")
                .await
                .text_body,
        );
        let body =
            |p: &str| json!({ "query": RESET, "variables": { "t": token, "p": p } }).to_string();
        let (a, b) = tokio::join!(
            app.post(None, body(GOOD_PASSWORD)),
            app.post(None, body(OTHER_PASSWORD))
        );
        let a: serde_json::Value = a.json().await.unwrap();
        let b: serde_json::Value = b.json().await.unwrap();
        let successes = [&a, &b]
            .iter()
            .filter(|r| r["data"]["resetPassword"] == true)
            .count();
        assert_eq!(successes, 1, "round {round}: {a} / {b}");
        let failure = if a["data"]["resetPassword"] == true {
            &b
        } else {
            &a
        };
        assert_eq!(error_fields(failure), ["token"], "round {round}");
    }
}

#[tokio::test]
async fn roles_are_granted_and_revoked_by_admins_and_audited() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("root@example.se", "admin").await;
    let teacher = app.user_with_role("larare@example.se", "teacher").await;
    let teacher_id = app.gql(Some(&teacher), ME, json!({})).await["data"]["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let admin_id = app.gql(Some(&admin), ME, json!({})).await["data"]["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let grant =
        "mutation($u: ID!, $r: Role!) { grantRole(userId: $u, role: $r) { roles { role } } }";
    let revoke =
        "mutation($u: ID!, $r: Role!) { revokeRole(userId: $u, role: $r) { roles { role } } }";

    let by_teacher = app
        .gql(
            Some(&teacher),
            grant,
            json!({ "u": teacher_id, "r": "ADMIN" }),
        )
        .await;
    assert_eq!(error_code(&by_teacher), "FORBIDDEN");
    let unknown = app
        .gql(
            Some(&admin),
            grant,
            json!({ "u": "0194f3a0-0000-7000-8000-00000000dead", "r": "COORDINATOR" }),
        )
        .await;
    assert_eq!(error_code(&unknown), "NOT_FOUND");
    let malformed = app
        .gql(
            Some(&admin),
            grant,
            json!({ "u": "12", "r": "COORDINATOR" }),
        )
        .await;
    assert_eq!(error_fields(&malformed), ["userId"]);

    let granted = app
        .gql(
            Some(&admin),
            grant,
            json!({ "u": teacher_id, "r": "COORDINATOR" }),
        )
        .await;
    assert_eq!(
        granted["data"]["grantRole"]["roles"],
        json!([{ "role": "TEACHER" }, { "role": "COORDINATOR" }])
    );
    let repeated = app
        .gql(
            Some(&admin),
            grant,
            json!({ "u": teacher_id, "r": "COORDINATOR" }),
        )
        .await;
    assert!(repeated["errors"].is_null());
    let revoked = app
        .gql(
            Some(&admin),
            revoke,
            json!({ "u": teacher_id, "r": "COORDINATOR" }),
        )
        .await;
    assert_eq!(
        revoked["data"]["revokeRole"]["roles"],
        json!([{ "role": "TEACHER" }])
    );
    let last_admin = app
        .gql(Some(&admin), revoke, json!({ "u": admin_id, "r": "ADMIN" }))
        .await;
    assert_eq!(error_code(&last_admin), "CONFLICT");

    let changes: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "role_granted" || e.action == "role_revoked")
        .collect();
    assert_eq!(changes.len(), 2, "a repeated grant records nothing");
    assert_eq!(changes[0].details["role"], "coordinator");
    assert_eq!(changes[0].actor_id.map(|id| id.to_string()), Some(admin_id));
    assert_eq!(changes[0].request_id.as_deref(), Some("test"));
}

#[tokio::test]
async fn users_are_listed_in_pages_of_at_most_100() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("lister@example.se", "admin").await;
    let youth = app.user_with_role("youth@example.se", "youth").await;
    for i in 0..4 {
        app.gql(None, REGISTER, registration(&format!("p{i}@example.se")))
            .await;
    }
    let page = "query($f: Int, $a: String) { users(first: $f, after: $a) { edges { cursor node { email } } pageInfo { hasNextPage } } }";
    let first = app.gql(Some(&admin), page, json!({ "f": 4 })).await;
    let edges = first["data"]["users"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 4);
    assert_eq!(first["data"]["users"]["pageInfo"]["hasNextPage"], true);
    let cursor = edges[3]["cursor"].as_str().unwrap();
    let rest = app
        .gql(Some(&admin), page, json!({ "f": 4, "a": cursor }))
        .await;
    assert_eq!(rest["data"]["users"]["edges"].as_array().unwrap().len(), 2);
    assert_eq!(rest["data"]["users"]["pageInfo"]["hasNextPage"], false);

    let too_many = app.gql(Some(&admin), page, json!({ "f": 101 })).await;
    assert_eq!(error_fields(&too_many), ["first"]);
    let bad_cursor = app
        .gql(Some(&admin), page, json!({ "f": 1, "a": "zzz" }))
        .await;
    assert_eq!(error_fields(&bad_cursor), ["after"]);
    let forbidden = app.gql(Some(&youth), page, json!({ "f": 1 })).await;
    assert_eq!(error_code(&forbidden), "FORBIDDEN");
}

#[tokio::test]
async fn create_admin_without_password_gives_a_working_set_password_link() {
    let app = TestApp::spawn().await;
    let created = utbyte_domain::accounts::create_admin(
        app.services(),
        "first@example.se",
        "First Admin",
        None,
    )
    .await
    .unwrap();
    let link = created.set_password_link.expect("a link");
    assert!(link.starts_with("https://utbyte.test/account/reset-password?token="));
    let ok = app
        .gql(
            None,
            RESET,
            json!({ "t": token_in(&link), "p": GOOD_PASSWORD }),
        )
        .await;
    assert_eq!(ok["data"]["resetPassword"], true, "{ok}");
    let session = app.login("first@example.se", GOOD_PASSWORD).await;
    let me = app.gql(Some(&session), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["roles"][0]["role"], "ADMIN");
    let duplicate =
        utbyte_domain::accounts::create_admin(app.services(), "FIRST@example.se", "Again", None)
            .await;
    assert!(matches!(
        duplicate,
        Err(utbyte_domain::DomainError::Conflict {
            code: "email_taken",
            ..
        })
    ));
}

#[tokio::test]
async fn the_audit_trail_is_append_only() {
    let app = TestApp::spawn().await;
    app.user_with_role("audited@example.se", "teacher").await;
    assert!(app.count("audit_events").await >= 2);
    assert!(
        app.sql("UPDATE audit_events SET action = 'tampered'")
            .await
            .is_err()
    );
    assert!(app.sql("DELETE FROM audit_events").await.is_err());
    assert!(!app.audit_actions().await.contains(&"tampered".to_owned()));
}

#[tokio::test]
async fn queued_mail_is_delivered_with_a_message_id_from_the_outbox() {
    let app = TestApp::spawn().await;
    app.gql(None, REGISTER, registration("mailbox@example.se"))
        .await;
    let row = app.last_mail("mailbox@example.se", "verify_email").await;
    let mut delivered = None;
    for _ in 0..100 {
        if let Ok(entries) = std::fs::read_dir(&app.mail_dir)
            && let Some(entry) = entries.flatten().next()
        {
            delivered = Some(std::fs::read_to_string(entry.path()).unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let eml = delivered.expect("the worker wrote the mail");
    assert!(
        eml.contains(&format!("Message-ID: <{}@utbyte.invalid>", row.id)),
        "{eml}"
    );
    assert!(eml.contains("To: mailbox@example.se"));
    // The worker marks the row sent just after the file is written: wait for that too.
    let mut sent = app.last_mail("mailbox@example.se", "verify_email").await;
    for _ in 0..100 {
        if sent.sent_at.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        sent = app.last_mail("mailbox@example.se", "verify_email").await;
    }
    assert!(sent.sent_at.is_some(), "the row was never marked sent");
    assert_eq!(sent.attempts, 1);
}

#[tokio::test]
async fn a_person_reads_times_in_the_zone_they_choose() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("lina@example.se", "teacher").await;
    let zone = "{ me { timeZone } }";
    let set = "mutation($z: String!) { setMyTimeZone(timeZone: $z) { timeZone } }";

    let before = app.gql(Some(&token), zone, json!({})).await;
    assert_eq!(before["data"]["me"]["timeZone"], "Europe/Stockholm");

    let changed = app
        .gql(Some(&token), set, json!({ "z": " europe/helsinki " }))
        .await;
    assert_eq!(
        changed["data"]["setMyTimeZone"]["timeZone"], "Europe/Helsinki",
        "{changed}"
    );
    let after = app.gql(Some(&token), zone, json!({})).await;
    assert_eq!(after["data"]["me"]["timeZone"], "Europe/Helsinki");
    assert!(
        app.audit_actions()
            .await
            .contains(&"time_zone_changed".to_owned())
    );

    // A fixed offset or a name the zone database does not know is refused, naming the field.
    for refused in ["UTC+1", "Etc/GMT-2", "Europe/Atlantis", ""] {
        let response = app.gql(Some(&token), set, json!({ "z": refused })).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{refused}: {response}"
        );
        assert_eq!(error_fields(&response), ["timeZone"], "{refused}");
        assert!(!response.to_string().contains("Atlantis"), "{response}");
    }
    let kept = app.gql(Some(&token), zone, json!({})).await;
    assert_eq!(kept["data"]["me"]["timeZone"], "Europe/Helsinki");

    let anonymous = app.gql(None, set, json!({ "z": "Europe/Oslo" })).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED", "{anonymous}");
}

/// Each mutation of a document reads what the ones before it wrote: the per-request caches
/// of nested rows are emptied after every top-level mutation field.
#[tokio::test]
async fn a_mutation_reads_what_the_one_before_it_wrote() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("root-fresh@example.se", "admin").await;
    let teacher = app
        .user_with_role("larare-fresh@example.se", "teacher")
        .await;
    let teacher_id = app.gql(Some(&teacher), ME, json!({})).await["data"]["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let both = "mutation($u: ID!) { \
         granted: grantRole(userId: $u, role: COORDINATOR) { roles { role } } \
         revoked: revokeRole(userId: $u, role: COORDINATOR) { roles { role } } }";
    let response = app
        .gql(Some(&admin), both, json!({ "u": teacher_id }))
        .await;
    assert!(response["errors"].is_null(), "{response}");
    let roles = |field: &str| {
        let mut roles: Vec<String> = response["data"][field]["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["role"].as_str().unwrap().to_owned())
            .collect();
        roles.sort();
        roles
    };
    assert_eq!(roles("granted"), ["COORDINATOR", "TEACHER"], "{response}");
    assert_eq!(roles("revoked"), ["TEACHER"], "{response}");
}
