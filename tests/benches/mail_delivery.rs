//! Mail delivery throughput: 10 000 queued mails sent by the service's outbox worker to an
//! SMTP server on loopback, as a ratio to a plain lettre send loop to the same server in
//! the same run. `cargo bench -p utbyte-tests --bench mail_delivery` (SQLite), with
//! `TEST_DATABASE_URL=postgres://…` for PostgreSQL. `MAILS=N` changes the count.
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use futures_util::StreamExt;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
};
use utbyte_api::{app::AppState, config::Settings, mail_worker::MailWorker};
use utbyte_domain::{
    db::begin_write,
    mail::{self, MailTemplate, PasswordChanged},
    types::Locale,
};
use utbyte_tests::{TestApp, smtp::SmtpServer};

fn template() -> PasswordChanged {
    PasswordChanged {
        display_name: "Alva Lind".into(),
        reset_link: "https://utbyte.example.se/account/reset-password".into(),
    }
}

async fn wait_until(smtp: &SmtpServer, count: usize) {
    while smtp.count() < count {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mails: usize = std::env::var("MAILS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let smtp = SmtpServer::start().await;
    let rendered = template().render(
        Locale::En,
        &utbyte_domain::format::TimeZone::from_stored(None),
    )?;
    let from: Mailbox = "Utbyte <no-reply@utbyte.invalid>".parse()?;

    // Baseline: lettre alone, one message after the other, same content.
    let plain = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
        .port(smtp.port)
        .build();
    let started = Instant::now();
    for i in 0..mails {
        let message = Message::builder()
            .from(from.clone())
            .to(format!("r{i}@example.se").parse()?)
            .subject(&rendered.subject)
            .message_id(Some(format!("<baseline-{i}@utbyte.invalid>")))
            .multipart(MultiPart::alternative_plain_html(
                rendered.text.clone(),
                rendered.html.clone(),
            ))?;
        plain.send(message).await?;
    }
    wait_until(&smtp, mails).await;
    let baseline = started.elapsed();

    // The same, 8 sends at a time (as the worker sends): what lettre alone can do here.
    let concurrency = Settings::default().mail.concurrency;
    let started = Instant::now();
    futures_util::stream::iter(0..mails)
        .map(|i| {
            let plain = plain.clone();
            let message = Message::builder()
                .from(from.clone())
                .to(format!("c{i}@example.se").parse().expect("address"))
                .subject(&rendered.subject)
                .message_id(Some(format!("<concurrent-{i}@utbyte.invalid>")))
                .multipart(MultiPart::alternative_plain_html(
                    rendered.text.clone(),
                    rendered.html.clone(),
                ))
                .expect("message");
            async move { plain.send(message).await }
        })
        .buffer_unordered(concurrency)
        .for_each(|result| async move {
            result.expect("send");
        })
        .await;
    wait_until(&smtp, 2 * mails).await;
    let concurrent = started.elapsed();

    // The service: rows in the outbox, the worker claims, sends and marks them.
    let dir = tempfile::tempdir()?;
    let database_url = match std::env::var("TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => {
            use sea_orm::ConnectionTrait;
            let admin = sea_orm::Database::connect(&server).await?;
            let name = format!("bench_{}", uuid::Uuid::new_v4().simple());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await?;
            let base = server
                .rsplit_once('/')
                .map_or(server.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}/bench.db?mode=rwc", dir.path().display()),
    };
    let backend = if database_url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let mut settings = Settings {
        database_url: database_url.into(),
        ..Settings::default()
    };
    TestApp::smtp_on(&mut settings, smtp.port);
    let state = AppState::build(settings).await?;
    let txn = begin_write(&state.services.db).await?;
    for i in 0..mails {
        mail::enqueue(
            &txn,
            &format!("r{i}@example.se"),
            Locale::En,
            None,
            format!("bench:{i}"),
            &template(),
        )
        .await?;
    }
    txn.commit().await?;
    let worker = MailWorker::new(
        &state.settings,
        state.services.db.clone(),
        Arc::new(tokio::sync::Notify::new()),
    )?;
    let started = Instant::now();
    while worker.deliver_due().await? > 0 {}
    wait_until(&smtp, 3 * mails).await;
    let service = started.elapsed();

    let rate = |elapsed: Duration| mails as f64 / elapsed.as_secs_f64();
    println!("mails: {mails} to an SMTP server on loopback, outbox on {backend}");
    println!(
        "plain lettre send loop: {:.2} s ({:.0} mails/s)",
        baseline.as_secs_f64(),
        rate(baseline)
    );
    println!(
        "outbox worker:          {:.2} s ({:.0} mails/s)",
        service.as_secs_f64(),
        rate(service)
    );
    println!(
        "ratio (worker throughput / plain loop): {:.2}   (goal >= 0.5)",
        rate(service) / rate(baseline)
    );
    println!(
        "lettre alone, {concurrency} at a time: {:.2} s ({:.0} mails/s); worker / that: {:.2}",
        concurrent.as_secs_f64(),
        rate(concurrent),
        rate(service) / rate(concurrent)
    );
    smtp.stop().await;
    Ok(())
}
