//! E-mail through a real SMTP exchange on loopback, the outbox and its worker, reminders,
//! and in-app notifications (also live over WebSocket).
use std::{collections::HashSet, time::Duration};

use futures_util::{SinkExt, StreamExt};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};
use utbyte_domain::{
    db::begin_write,
    entities::{link_tokens, outbox_emails},
    mail::{self, PasswordChanged},
    types::Locale,
};
use utbyte_tests::{
    TestApp, error_code,
    smtp::{SilentServer, SmtpServer, unused_port},
    token_in,
};

const REGISTER: &str = "mutation($i: RegisterInput!) { register(input: $i) }";

fn youth(email: &str) -> Value {
    json!({ "i": {
        "email": email, "password": "Lääne-Viru-summer-camp-2026", "displayName": "Mio Berg",
        "locale": "EN", "role": "YOUTH",
    }})
}

async fn outbox_row(app: &TestApp, recipient: &str) -> outbox_emails::Model {
    app.last_mail(recipient, "verify_email").await
}

/// Waits until `check` holds for the recipient's newest verification mail row.
async fn wait_row(
    app: &TestApp,
    recipient: &str,
    check: impl Fn(&outbox_emails::Model) -> bool,
) -> outbox_emails::Model {
    for _ in 0..300 {
        let row = outbox_row(app, recipient).await;
        if check(&row) {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "the outbox row never reached the expected state: {:?}",
        outbox_row(app, recipient).await
    );
}

#[tokio::test]
async fn the_exact_mail_arrives_over_smtp() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, smtp.port)).await;
    let response = app.gql(None, REGISTER, youth("Mio@Example.se")).await;
    assert_eq!(response["data"]["register"], true);
    let received = smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    let row = outbox_row(&app, "mio@example.se").await;
    assert_eq!(mail.to, ["mio@example.se"]);
    assert_eq!(mail.from, "no-reply@utbyte.invalid");
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Confirm your e-mail address")
    );
    assert_eq!(
        mail.header("Message-ID"),
        Some(format!("<{}@utbyte.invalid>", row.id))
    );
    assert!(mail.data.contains("Hello Mio Berg,"), "{}", mail.data);
    assert_eq!(token_in(&mail.data), token_in(&row.text_body));
    let row = wait_row(&app, "mio@example.se", |r| r.sent_at.is_some()).await;
    assert_eq!(row.attempts, 1);
    smtp.stop().await;
}

#[tokio::test]
async fn with_the_server_down_mail_waits_with_growing_backoff_and_arrives_once_later() {
    let port = unused_port().await;
    let app = TestApp::spawn_with(|s| {
        TestApp::smtp_on(s, port);
        s.mail.retry_base_ms = 150;
    })
    .await;
    for name in ["a", "b", "c"] {
        let response = app
            .gql(None, REGISTER, youth(&format!("{name}@example.se")))
            .await;
        assert_eq!(
            response["data"]["register"], true,
            "the API call succeeds without SMTP"
        );
    }
    // Polling may miss a short-lived state on a busy machine: take whichever attempts it sees.
    let first = wait_row(&app, "a@example.se", |r| r.attempts >= 1).await;
    let second = wait_row(&app, "a@example.se", |r| r.attempts > first.attempts).await;
    assert!(first.sent_at.is_none() && second.sent_at.is_none());
    assert!(second.last_error.is_some());
    // Each wait at least doubles: next(b) - next(a) >= base x 2^(b-1) >= 2 x base for b > a >= 1.
    let grown = second.next_attempt_at - first.next_attempt_at;
    assert!(grown >= chrono::Duration::milliseconds(300), "{grown}");

    let smtp = SmtpServer::start_on(port).await;
    let received = smtp.wait_for(3, Duration::from_secs(15)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received_after = smtp.received();
    assert_eq!(received.len(), 3);
    assert_eq!(received_after.len(), 3, "no mail arrives twice");
    let ids: HashSet<_> = received_after
        .iter()
        .map(|m| m.header("Message-ID"))
        .collect();
    assert_eq!(ids.len(), 3);
    for name in ["a", "b", "c"] {
        wait_row(&app, &format!("{name}@example.se"), |r| r.sent_at.is_some()).await;
    }
    smtp.stop().await;
}

#[tokio::test]
async fn a_server_that_never_answers_is_abandoned_without_holding_up_the_api() {
    let silent = SilentServer::start().await;
    let app = TestApp::spawn_with(|s| {
        TestApp::smtp_on(s, silent.port);
        if let Some(smtp) = &mut s.smtp {
            smtp.timeout_secs = 1;
        }
        s.mail.retry_base_ms = 60_000;
    })
    .await;
    let first = app.gql(None, REGISTER, youth("one@example.se")).await;
    assert_eq!(first["data"]["register"], true);
    // While the worker waits on the silent server, API calls still answer.
    let second = app.gql(None, REGISTER, youth("two@example.se")).await;
    assert_eq!(second["data"]["register"], true);
    let row = outbox_row(&app, "one@example.se").await;
    assert!(row.sent_at.is_none());
    let row = wait_row(&app, "one@example.se", |r| r.attempts == 1).await;
    assert!(row.sent_at.is_none() && row.failed_at.is_none());
    assert!(row.last_error.is_some());
    assert!(row.next_attempt_at > chrono::Utc::now() + chrono::Duration::seconds(30));
}

#[tokio::test]
async fn a_rolled_back_transaction_queues_and_sends_nothing_and_an_event_queues_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, smtp.port)).await;
    let template = PasswordChanged {
        display_name: "Ada".into(),
        reset_link: "https://utbyte.test/account/reset-password".into(),
    };
    let txn = begin_write(app.db()).await.unwrap();
    mail::enqueue(
        &txn,
        "rolled@example.se",
        Locale::En,
        None,
        "event:1".into(),
        &template,
    )
    .await
    .unwrap();
    txn.rollback().await.unwrap();
    assert_eq!(app.count("outbox_emails").await, 0);

    for _ in 0..2 {
        let txn = begin_write(app.db()).await.unwrap();
        mail::enqueue(
            &txn,
            "once@example.se",
            Locale::En,
            None,
            "event:2".into(),
            &template,
        )
        .await
        .unwrap();
        txn.commit().await.unwrap();
        app.services().mail_committed();
    }
    assert_eq!(app.count("outbox_emails").await, 1);
    let received = smtp.wait_for(1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.received().len(), 1);
    assert_eq!(received[0].to, ["once@example.se"]);
    smtp.stop().await;
}

#[tokio::test]
async fn several_workers_on_one_database_send_each_mail_exactly_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| {
        TestApp::smtp_on(s, smtp.port);
        s.mail.batch_size = 7;
    })
    .await;
    let template = PasswordChanged {
        display_name: "Ada".into(),
        reset_link: "https://utbyte.test/account/reset-password".into(),
    };
    let txn = begin_write(app.db()).await.unwrap();
    for i in 0..120 {
        mail::enqueue(
            &txn,
            &format!("r{i}@example.se"),
            Locale::En,
            None,
            format!("bulk:{i}"),
            &template,
        )
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();
    // The service's own worker plus two more, as other instances would run them.
    let workers: Vec<_> = (0..2)
        .map(|_| {
            utbyte_api::mail_worker::MailWorker::new(
                &app.state.settings,
                app.db().clone(),
                std::sync::Arc::new(tokio::sync::Notify::new()),
            )
            .unwrap()
        })
        .collect();
    app.services().mail_committed();
    let drain = |worker: utbyte_api::mail_worker::MailWorker| async move {
        while worker.deliver_due().await.unwrap() > 0 {}
    };
    let mut workers = workers.into_iter();
    tokio::join!(
        drain(workers.next().unwrap()),
        drain(workers.next().unwrap())
    );
    let received = smtp.wait_for(120, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(received.len(), 120);
    assert_eq!(smtp.received().len(), 120, "no mail sent twice");
    let ids: HashSet<_> = smtp
        .received()
        .iter()
        .map(|m| m.header("Message-ID"))
        .collect();
    assert_eq!(ids.len(), 120);
    smtp.stop().await;
}

/// What compose passes in production for a relay that takes mail without authentication:
/// empty credentials count as unset, and the operator's sender names every Message-ID.
#[tokio::test]
async fn production_sends_as_the_operators_sender_through_a_relay_without_authentication() {
    let smtp = SmtpServer::start().await;
    let port = smtp.port.to_string();
    let compose = |from: &str| {
        let variables = [
            ("APP_ENV", "production"),
            ("APP_PUBLIC_URL", "https://utbyte.jonkoping.se"),
            ("APP_MAIL__FROM", from),
            ("APP_SMTP__HOST", "127.0.0.1"),
            ("APP_SMTP__PORT", port.as_str()),
            ("APP_SMTP__TLS", "none"),
            ("APP_SMTP__USERNAME", ""),
            ("APP_SMTP__PASSWORD", ""),
        ];
        utbyte_api::config::Settings::load_from(Some(
            variables
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        ))
    };
    // Left empty, the sender counts as unset: the placeholder, refused in production.
    let refused = compose("").unwrap_err().to_string();
    assert!(refused.contains("APP_MAIL__FROM"), "{refused}");
    let loaded = compose("Utbyte <utbyte@jonkoping.se>").expect("compose settings load");
    let app = TestApp::spawn_with(|s| {
        s.smtp = loaded.smtp.clone();
        s.mail.from = loaded.mail.from.clone();
    })
    .await;
    app.gql(None, REGISTER, youth("relay@example.se")).await;
    let received = smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(
        received.len(),
        1,
        "the relay took the mail without authentication"
    );
    assert_eq!(received[0].from, "utbyte@jonkoping.se");
    let row = outbox_row(&app, "relay@example.se").await;
    assert_eq!(
        received[0].header("Message-ID"),
        Some(format!("<{}@jonkoping.se>", row.id))
    );
    smtp.stop().await;
}

/// Each mail is marked sent as its send returns: a worker killed mid-batch leaves every
/// accepted mail marked, so the next worker sends only the rest, none of them twice.
#[tokio::test]
async fn a_worker_killed_mid_batch_sends_no_accepted_mail_again() {
    let hanging = SmtpServer::start_answering(3).await;
    let app = TestApp::spawn_without_background().await;
    let template = PasswordChanged {
        display_name: "Ada".into(),
        reset_link: "https://utbyte.test/account/reset-password".into(),
    };
    let txn = begin_write(app.db()).await.unwrap();
    for i in 0..10 {
        let recipient = format!("burst{i}@example.se");
        mail::enqueue(
            &txn,
            &recipient,
            Locale::En,
            None,
            format!("burst:{i}"),
            &template,
        )
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();
    let worker_on = |port: u16| {
        let mut settings = (*app.state.settings).clone();
        TestApp::smtp_on(&mut settings, port);
        settings.mail.batch_size = 10;
        settings.mail.concurrency = 1;
        utbyte_api::mail_worker::MailWorker::new(
            &settings,
            app.db().clone(),
            std::sync::Arc::new(tokio::sync::Notify::new()),
        )
        .unwrap()
    };
    let worker = worker_on(hanging.port);
    let killed = tokio::spawn(async move { worker.deliver_due().await });
    let accepted: HashSet<_> = hanging
        .wait_for(3, Duration::from_secs(10))
        .await
        .iter()
        .map(|m| m.header("Message-ID"))
        .collect();
    assert_eq!(accepted.len(), 3);
    let sent_ids = || async {
        outbox_emails::Entity::find()
            .filter(outbox_emails::Column::SentAt.is_not_null())
            .all(app.db())
            .await
            .unwrap()
            .iter()
            .map(|row| Some(format!("<{}@utbyte.invalid>", row.id)))
            .collect::<HashSet<_>>()
    };
    let mut marked = sent_ids().await;
    for _ in 0..400 {
        if marked.len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
        marked = sent_ids().await;
    }
    assert_eq!(
        marked, accepted,
        "every accepted mail is marked sent mid-batch"
    );
    killed.abort();
    assert!(killed.await.unwrap_err().is_cancelled());

    // The killed worker's lease has run out, as it would by the time the service is back.
    app.sql("UPDATE outbox_emails SET lease_until = NULL, lease_owner = NULL")
        .await
        .unwrap();
    let smtp = SmtpServer::start().await;
    let worker = worker_on(smtp.port);
    while worker.deliver_due().await.unwrap() > 0 {}
    let resent: HashSet<_> = smtp
        .received()
        .iter()
        .map(|m| m.header("Message-ID"))
        .collect();
    assert_eq!(
        resent.len(),
        7,
        "the seven not accepted before arrive once each"
    );
    assert!(
        resent.is_disjoint(&accepted),
        "no accepted mail is sent again"
    );
    assert_eq!(sent_ids().await.len(), 10);
    smtp.stop().await;
    hanging.stop().await;
}

/// An app whose SMTP port has no server yet (start one on the port to let mail through), and
/// which gives a mail up at its first failure.
async fn app_whose_mail_fails_at_once() -> (TestApp, u16) {
    let port = unused_port().await;
    let app = TestApp::spawn_with(|s| {
        TestApp::smtp_on(s, port);
        s.mail.give_up_after_hours = 0;
    })
    .await;
    (app, port)
}

/// Retention blanks a failed mail after the installation's period: nothing is left to send,
/// so it cannot be queued again.
#[tokio::test]
async fn a_failed_mail_that_retention_blanked_is_not_queued_again() {
    let (app, _no_server) = app_whose_mail_fails_at_once().await;
    let coordinator = app.user_with_role("coord@example.se", "coordinator").await;
    app.gql(None, REGISTER, youth("bounce@example.se")).await;
    let failed = wait_row(&app, "bounce@example.se", |r| r.failed_at.is_some()).await;
    // The job runs as if the period (30 days by default) had passed.
    let later = failed.failed_at.expect("failed") + chrono::Duration::days(31);
    utbyte_domain::retention::job::run(
        app.services(),
        later,
        None,
        &utbyte_domain::RequestMeta::default(),
    )
    .await
    .expect("retention runs");
    let requeue = "mutation($id: ID!) { requeueMail(id: $id) { attempts failedAt } }";
    let refused = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "id": failed.id.to_string() }),
        )
        .await;
    assert_eq!(error_code(&refused), "CONFLICT", "{refused}");
    assert_eq!(refused["errors"][0]["extensions"]["reason"], "redacted");
    let row = outbox_emails::Entity::find_by_id(failed.id)
        .one(&app.services().db)
        .await
        .expect("read")
        .expect("the row stays");
    assert!(row.redacted_at.is_some() && row.recipient.is_empty() && row.text_body.is_empty());
    assert!(row.failed_at.is_some(), "still failed, not queued");
}

#[tokio::test]
async fn coordinators_see_failed_mail_and_queue_it_again() {
    let (app, port) = app_whose_mail_fails_at_once().await;
    let coordinator = app.user_with_role("coord@example.se", "coordinator").await;
    let youth_token = app.user_with_role("kid@example.se", "youth").await;
    app.gql(None, REGISTER, youth("bounce@example.se")).await;
    let failed = wait_row(&app, "bounce@example.se", |r| r.failed_at.is_some()).await;

    let list = "query($s: MailStatus!) { queuedMails(status: $s, first: 10) { edges { node { id recipient subject attempts lastError failedAt } } } }";
    let forbidden = app
        .gql(Some(&youth_token), list, json!({ "s": "FAILED" }))
        .await;
    assert_eq!(error_code(&forbidden), "FORBIDDEN");
    let listed = app
        .gql(Some(&coordinator), list, json!({ "s": "FAILED" }))
        .await;
    let edges = listed["data"]["queuedMails"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1, "{listed}");
    assert_eq!(edges[0]["node"]["recipient"], "bounce@example.se");
    assert_eq!(edges[0]["node"]["attempts"], 1);
    assert!(
        !listed.to_string().contains("token="),
        "bodies with links are never listed"
    );

    let smtp = SmtpServer::start_on(port).await;
    let requeue = "mutation($id: ID!) { requeueMail(id: $id) { attempts failedAt } }";
    let by_youth = app
        .gql(
            Some(&youth_token),
            requeue,
            json!({ "id": failed.id.to_string() }),
        )
        .await;
    assert_eq!(error_code(&by_youth), "FORBIDDEN");
    let again = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "id": failed.id.to_string() }),
        )
        .await;
    assert_eq!(
        again["data"]["requeueMail"]["failedAt"],
        Value::Null,
        "{again}"
    );
    let received = smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(received[0].to, ["bounce@example.se"]);
    let twice = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "id": failed.id.to_string() }),
        )
        .await;
    assert_eq!(error_code(&twice), "CONFLICT");
    let malformed = app
        .gql(Some(&coordinator), requeue, json!({ "id": "not-an-id" }))
        .await;
    assert_eq!(utbyte_tests::error_fields(&malformed), ["id"]);
    let unknown = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "id": "0194f3a0-0000-7000-8000-00000000beef" }),
        )
        .await;
    assert_eq!(error_code(&unknown), "NOT_FOUND");
    let requeued: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "email_requeued")
        .collect();
    assert_eq!(requeued.len(), 1, "refused requeues record nothing");
    smtp.stop().await;
}

/// Sets the newest verification mail to `recipient` as if it had failed `attempts` times,
/// due now, and wakes the worker.
async fn as_if_failed(app: &TestApp, recipient: &str, attempts: i32) {
    let row = outbox_row(app, recipient).await;
    outbox_emails::Entity::update_many()
        .col_expr(outbox_emails::Column::Attempts, Expr::value(attempts))
        .col_expr(
            outbox_emails::Column::NextAttemptAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(outbox_emails::Column::Id.eq(row.id))
        .exec(app.db())
        .await
        .unwrap();
    app.services().mail_committed();
}

/// With the default schedule the waits double up to an hour and the mail is given up only
/// once its retries have spanned 72 hours: a night's outage loses nothing.
#[tokio::test]
async fn mail_is_retried_hourly_through_a_long_outage_and_given_up_after_72_hours() {
    let port = unused_port().await;
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, port)).await;
    app.gql(None, REGISTER, youth("night@example.se")).await;
    wait_row(&app, "night@example.se", |r| r.attempts == 1).await;

    // The first 8 waits span about two hours; the old limit gave up right here.
    as_if_failed(&app, "night@example.se", 8).await;
    let row = wait_row(&app, "night@example.se", |r| r.attempts == 9).await;
    assert!(row.failed_at.is_none() && row.sent_at.is_none(), "{row:?}");
    let wait = row.next_attempt_at - chrono::Utc::now();
    assert!(wait > chrono::Duration::minutes(59), "{wait}");
    assert!(wait <= chrono::Duration::minutes(60), "{wait}");
    assert!(row.last_error.is_some());

    // 78 waits add up to 72 hours: the next failure gives the mail up.
    as_if_failed(&app, "night@example.se", 78).await;
    let row = wait_row(&app, "night@example.se", |r| r.attempts == 79).await;
    assert!(row.failed_at.is_some(), "{row:?}");
}

#[tokio::test]
async fn coordinators_queue_every_failed_mail_matching_a_filter_again_at_once() {
    let (app, port) = app_whose_mail_fails_at_once().await;
    let coordinator = app.user_with_role("coord@example.se", "coordinator").await;
    let youth_token = app.user_with_role("kid@example.se", "youth").await;
    for name in ["a", "b"] {
        app.gql(None, REGISTER, youth(&format!("{name}@example.se")))
            .await;
    }
    let txn = begin_write(app.db()).await.unwrap();
    let template = PasswordChanged {
        display_name: "Ada".into(),
        reset_link: "https://utbyte.test/account/reset-password".into(),
    };
    mail::enqueue(
        &txn,
        "c@example.se",
        Locale::En,
        None,
        "event:c".into(),
        &template,
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    app.services().mail_committed();
    for name in ["a", "b"] {
        wait_row(&app, &format!("{name}@example.se"), |r| {
            r.failed_at.is_some()
        })
        .await;
    }
    for _ in 0..400 {
        if app
            .last_mail("c@example.se", "password_changed")
            .await
            .failed_at
            .is_some()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }

    let requeue = "mutation($f: FailedMailFilterInput) { requeueFailedMails(filter: $f) }";
    let by_youth = app
        .gql(Some(&youth_token), requeue, json!({ "f": null }))
        .await;
    assert_eq!(error_code(&by_youth), "FORBIDDEN");
    let bad_template = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "f": { "template": "Verify-Email" } }),
        )
        .await;
    assert_eq!(
        utbyte_tests::error_fields(&bad_template),
        ["filter.template"]
    );
    let backwards = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "f": {
                "failedAfter": "2026-06-02T00:00:00Z", "failedBefore": "2026-06-01T00:00:00Z",
            }}),
        )
        .await;
    assert_eq!(
        utbyte_tests::error_fields(&backwards),
        ["filter.failedBefore"]
    );
    let none = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "f": { "failedBefore": "2000-01-01T00:00:00Z" } }),
        )
        .await;
    assert_eq!(none["data"]["requeueFailedMails"], 0, "{none}");

    let smtp = SmtpServer::start_on(port).await;
    let queued = app
        .gql(
            Some(&coordinator),
            requeue,
            json!({ "f": { "template": "verify_email" } }),
        )
        .await;
    assert_eq!(queued["data"]["requeueFailedMails"], 2, "{queued}");
    let received = smtp.wait_for(2, Duration::from_secs(10)).await;
    let mut recipients: Vec<_> = received.iter().map(|m| m.to[0].clone()).collect();
    recipients.sort();
    assert_eq!(recipients, ["a@example.se", "b@example.se"]);
    for name in ["a", "b"] {
        wait_row(&app, &format!("{name}@example.se"), |r| r.sent_at.is_some()).await;
    }
    let other = app.last_mail("c@example.se", "password_changed").await;
    assert!(
        other.failed_at.is_some(),
        "a mail outside the filter stays failed"
    );
    let events: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "emails_requeued")
        .collect();
    assert_eq!(
        events.len(),
        2,
        "one event per operation, refused ones record nothing"
    );
    assert_eq!(events[1].details["count"], 2);
    assert_eq!(events[1].details["template"], "verify_email");
    smtp.stop().await;
}

const INVITE: &str = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }";

#[tokio::test]
async fn an_unanswered_invitation_gets_one_reminder_even_with_two_schedulers() {
    let app = TestApp::spawn().await;
    let admin = app.user_with_role("boss@example.se", "admin").await;
    app.gql(Some(&admin), INVITE, json!({ "i": {
        "email": "slow@example.se", "displayName": "Sakta Svarare", "locale": "SV", "role": "TEACHER",
    }}))
    .await;
    let original = token_in(
        &app.last_mail("slow@example.se", "invitation")
            .await
            .text_body,
    );
    let now = chrono::Utc::now();
    assert_eq!(
        utbyte_domain::reminders::enqueue_due(app.services(), now)
            .await
            .unwrap(),
        0,
        "too early"
    );

    link_tokens::Entity::update_many()
        .col_expr(
            link_tokens::Column::CreatedAt,
            Expr::value(now - chrono::Duration::days(4)),
        )
        .filter(link_tokens::Column::Purpose.eq("invitation"))
        .exec(app.db())
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        utbyte_domain::reminders::enqueue_due(app.services(), now),
        utbyte_domain::reminders::enqueue_due(app.services(), now),
    );
    assert_eq!(a.unwrap() + b.unwrap(), 1);
    assert_eq!(
        utbyte_domain::reminders::enqueue_due(app.services(), now)
            .await
            .unwrap(),
        0
    );
    let reminders: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.template == "invitation_reminder")
        .collect();
    assert_eq!(reminders.len(), 1);
    assert_eq!(
        reminders[0].subject,
        "Påminnelse: din inbjudan till Utbyte väntar"
    );

    // The reminder's link works; the original one no longer does.
    let accept = "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token } }";
    let old = app
        .gql(
            None,
            accept,
            json!({ "t": original, "p": "Tianjin-delegation-spring-2027" }),
        )
        .await;
    assert_eq!(error_code(&old), "BAD_USER_INPUT");
    let fresh = token_in(&reminders[0].text_body);
    let ok = app
        .gql(
            None,
            accept,
            json!({ "t": fresh, "p": "Tianjin-delegation-spring-2027" }),
        )
        .await;
    assert!(ok["errors"].is_null(), "{ok}");
}

#[tokio::test]
async fn notifications_are_listed_and_marked_read() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("note@example.se", "teacher").await;
    for _ in 0..2 {
        app.gql(
            None,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": "note@example.se" }),
        )
        .await;
    }
    let other = app.user_with_role("other@example.se", "teacher").await;
    let list = "query($u: Boolean) { notifications(first: 10, unreadOnly: $u) { edges { node { id kind title read } } } }";
    let mine = app.gql(Some(&token), list, json!({ "u": true })).await;
    let edges = mine["data"]["notifications"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(edges.len(), 2, "{mine}");
    assert_eq!(edges[0]["node"]["kind"], "password_reset");
    assert_eq!(edges[0]["node"]["title"], "Återställ ditt lösenord");
    let theirs = app.gql(Some(&other), list, json!({ "u": false })).await;
    assert_eq!(
        theirs["data"]["notifications"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let mark = "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }";
    let id = edges[0]["node"]["id"].clone();
    let not_mine = app.gql(Some(&other), mark, json!({ "ids": [id] })).await;
    assert_eq!(not_mine["data"]["markNotificationsRead"], 0);
    let one = app.gql(Some(&token), mark, json!({ "ids": [id] })).await;
    assert_eq!(one["data"]["markNotificationsRead"], 1);
    let unread = app.gql(Some(&token), list, json!({ "u": true })).await;
    assert_eq!(
        unread["data"]["notifications"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let all = app.gql(Some(&token), mark, json!({})).await;
    assert_eq!(all["data"]["markNotificationsRead"], 1);
    let bad = app
        .gql(Some(&token), mark, json!({ "ids": ["nope"] }))
        .await;
    assert_eq!(error_code(&bad), "BAD_USER_INPUT");
    let anonymous = app.gql(None, list, json!({ "u": true })).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED");
}

async fn ws_connect(
    app: &TestApp,
    payload: Value,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, http::HeaderValue};
    let mut request = format!("ws://{}/graphql/ws", app.address)
        .into_client_request()
        .unwrap();
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("websocket");
    let init = json!({ "type": "connection_init", "payload": payload });
    socket.send(init.to_string().into()).await.unwrap();
    socket
}

async fn next_json(
    socket: &mut (
             impl StreamExt<
        Item = Result<
            tokio_tungstenite::tungstenite::Message,
            tokio_tungstenite::tungstenite::Error,
        >,
    > + Unpin
         ),
) -> Option<Value> {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .ok()??
            .ok()?;
        match message {
            tokio_tungstenite::tungstenite::Message::Text(text) => {
                return serde_json::from_str(&text).ok();
            }
            tokio_tungstenite::tungstenite::Message::Close(_) => return None,
            _ => continue,
        }
    }
}

#[tokio::test]
async fn new_notifications_are_pushed_over_websocket_to_their_user_only() {
    let app = TestApp::spawn().await;
    let token = app.user_with_role("live@example.se", "teacher").await;
    let mut socket = ws_connect(&app, json!({ "token": token })).await;
    assert_eq!(
        next_json(&mut socket).await.unwrap()["type"],
        "connection_ack"
    );
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { notificationAdded { kind title read } }" } });
    socket.send(subscribe.to_string().into()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    app.user_with_role("someone-else@example.se", "teacher")
        .await;
    app.gql(
        None,
        "mutation($e: String!) { requestPasswordReset(email: $e) }",
        json!({ "e": "someone-else@example.se" }),
    )
    .await;
    app.gql(
        None,
        "mutation($e: String!) { requestPasswordReset(email: $e) }",
        json!({ "e": "live@example.se" }),
    )
    .await;
    let pushed = next_json(&mut socket).await.expect("a pushed notification");
    assert_eq!(pushed["type"], "next", "{pushed}");
    assert_eq!(
        pushed["payload"]["data"]["notificationAdded"]["kind"],
        "password_reset"
    );
    assert_eq!(
        pushed["payload"]["data"]["notificationAdded"]["read"],
        false
    );

    // Signing out ends the stream.
    app.gql(Some(&token), "mutation { logout }", json!({}))
        .await;
    let ended = next_json(&mut socket).await;
    assert!(
        ended.as_ref().is_none_or(|m| m["type"] == "complete"),
        "{ended:?}"
    );
    assert!(ended.is_some() || socket_closed(&mut socket).await);

    let mut refused = ws_connect(&app, json!({ "token": "0".repeat(64) })).await;
    assert!(
        socket_closed(&mut refused).await,
        "an unknown token gets no connection"
    );
}

/// A refused connection is closed with the same code a GraphQL error would carry.
#[tokio::test]
async fn a_refused_websocket_is_closed_with_the_error_code() {
    let app = TestApp::spawn().await;
    let mut refused = ws_connect(&app, json!({})).await;
    let reason = loop {
        match tokio::time::timeout(Duration::from_secs(10), refused.next()).await {
            Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Close(Some(frame))))) => {
                break frame.reason.to_string();
            }
            Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Ping(_)))) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    };
    assert_eq!(reason, "UNAUTHENTICATED: sign in required");
}

/// True when the server closes the socket (rather than going quiet or acknowledging).
async fn socket_closed(
    socket: &mut (
             impl StreamExt<
        Item = Result<
            tokio_tungstenite::tungstenite::Message,
            tokio_tungstenite::tungstenite::Error,
        >,
    > + Unpin
         ),
) -> bool {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next()).await {
            Err(_) => return false,
            Ok(None) | Ok(Some(Err(_))) => return true,
            Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Close(_)))) => return true,
            Ok(Some(Ok(tokio_tungstenite::tungstenite::Message::Text(text)))) => {
                if text.contains("connection_ack") {
                    return false;
                }
            }
            Ok(Some(Ok(_))) => {}
        }
    }
}
