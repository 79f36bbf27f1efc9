//! What operators meet: configuration errors, secrets kept out of messages, start-up.
use std::collections::HashMap;

use secrecy::ExposeSecret;

use utbyte_api::{
    app::connect_and_migrate,
    config::{Settings, SmtpSettings, SmtpTls},
};
use utbyte_migrations::{Migrator, MigratorTrait};
use utbyte_tests::smtp::unused_port;

fn load(pairs: &[(&str, &str)]) -> anyhow::Result<Settings> {
    let variables: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Settings::load_from(Some(variables))
}

#[tokio::test]
async fn an_unreachable_database_is_named_by_host_and_port_never_by_its_password() {
    let port = unused_port().await;
    let settings = Settings {
        database_url: format!("postgres://utbyte:Hemligt-0123@127.0.0.1:{port}/utbyte").into(),
        ..Settings::default()
    };
    let error = format!("{:#}", connect_and_migrate(&settings).await.unwrap_err());
    assert!(error.contains(&format!("127.0.0.1:{port}")), "{error}");
    assert!(!error.contains("Hemligt-0123"), "{error}");

    let unknown = Settings {
        database_url: "mysql://utbyte:Hemligt-0123@db.internal/utbyte".into(),
        ..Settings::default()
    };
    let error = format!("{:#}", connect_and_migrate(&unknown).await.unwrap_err());
    assert!(!error.contains("Hemligt-0123"), "{error}");
}

#[test]
fn settings_never_show_a_secret_when_printed() {
    let settings = Settings {
        database_url: "postgres://utbyte:Hemligt-0123@db/utbyte".into(),
        smtp: Some(SmtpSettings {
            host: "smtp.example.se".into(),
            port: 587,
            tls: SmtpTls::Starttls,
            username: Some("utbyte".into()),
            password: Some("Smtp-Lösen-4567".into()),
            timeout_secs: 10,
        }),
        ..Settings::default()
    };
    let printed = format!("{settings:?} {settings:#?}");
    assert!(!printed.contains("Hemligt-0123"), "{printed}");
    assert!(!printed.contains("Smtp-Lösen-4567"), "{printed}");
}

#[tokio::test]
async fn an_sqlite_folder_that_cannot_be_created_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let folder = file.join("data");
    let settings = Settings {
        database_url: format!("sqlite://{}/utbyte.db?mode=rwc", folder.display()).into(),
        ..Settings::default()
    };
    let error = format!("{:#}", connect_and_migrate(&settings).await.unwrap_err());
    assert!(error.contains(&folder.display().to_string()), "{error}");
}

#[test]
fn a_misspelt_setting_or_an_unknown_value_is_reported() {
    let misspelt = load(&[
        ("APP_SMTP__HOST", "smtp.example.se"),
        ("APP_SMTP__PASWORD", "x"),
    ])
    .unwrap_err()
    .to_string();
    assert!(misspelt.contains("pasword"), "{misspelt}");
    let top_level = load(&[("APP_DATABASE_ULR", "sqlite://x.db")])
        .unwrap_err()
        .to_string();
    assert!(top_level.contains("database_ulr"), "{top_level}");
    let value = load(&[
        ("APP_SMTP__HOST", "smtp.example.se"),
        ("APP_SMTP__TLS", "ssl"),
    ])
    .unwrap_err()
    .to_string();
    for valid in ["none", "starttls", "tls"] {
        assert!(value.contains(valid), "{value}");
    }
    load(&[
        ("APP_SMTP__HOST", "smtp.example.se"),
        ("APP_SMTP__TLS", "tls"),
    ])
    .unwrap();
}

/// A TCP relay to the PostgreSQL server that can be cut, as a network partition would:
/// open connections drop, new ones are accepted and never answered.
struct Partition {
    port: u16,
    cut: tokio::sync::watch::Sender<bool>,
    _task: tokio::task::JoinHandle<()>,
}

impl Partition {
    async fn to(upstream: String) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (cut, watch) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((mut client, _)) = listener.accept().await {
                if *watch.borrow() {
                    held.push(client);
                    continue;
                }
                let upstream = upstream.clone();
                let mut watch = watch.clone();
                tokio::spawn(async move {
                    let Ok(mut server) = tokio::net::TcpStream::connect(&upstream).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = watch.wait_for(|cut| *cut) => {}
                    }
                });
            }
        });
        Self {
            port,
            cut,
            _task: task,
        }
    }
}

/// PostgreSQL only (the pool waits on a server; SQLite is a file): while the database
/// cannot be reached, readiness answers 503 and requests fail with SERVICE_UNAVAILABLE
/// instead of waiting out a long pool timeout.
#[tokio::test]
async fn with_the_database_unreachable_readiness_and_requests_fail_fast() {
    let Ok(server) = std::env::var("TEST_DATABASE_URL") else {
        return;
    };
    let url = url::Url::parse(&server).unwrap();
    let upstream = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
    let partition = Partition::to(upstream.clone()).await;
    let app = utbyte_tests::TestApp::spawn_with(|s| {
        let database = s.database_url.expose_secret().replacen(
            &upstream,
            &format!("127.0.0.1:{}", partition.port),
            1,
        );
        s.database_url = database.into();
    })
    .await;
    // Far shorter than the old 10 s pool wait, far longer than the answers need.
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(8))
        .build()
        .unwrap();
    let ready = client.get(app.url("/health/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 200);

    partition.cut.send(true).unwrap();
    let ready = client
        .get(app.url("/health/ready"))
        .send()
        .await
        .expect("readiness answers while the database is unreachable");
    assert_eq!(ready.status(), 503);
    let query = serde_json::json!({
        "query": "mutation($i: RegisterInput!) { register(input: $i) }",
        "variables": { "i": {
            "email": "cut@example.se", "password": "Lääne-Viru-summer-camp-2026",
            "displayName": "Mio Berg", "locale": "EN", "role": "YOUTH",
        }},
    });
    let mut codes = Vec::new();
    // The first request may still meet a connection that dropped mid-query.
    for _ in 0..2 {
        let response: serde_json::Value = client
            .post(app.url("/graphql"))
            .json(&query)
            .send()
            .await
            .expect("a request answers while the database is unreachable")
            .json()
            .await
            .unwrap();
        codes.push(utbyte_tests::error_code(&response).to_owned());
    }
    assert_eq!(
        codes.last().map(String::as_str),
        Some("SERVICE_UNAVAILABLE"),
        "{codes:?}"
    );
}

/// Collects what a log subscriber writes.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The lines the service's subscriber writes for two events, off a terminal.
fn logged(settings: &Settings) -> String {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = utbyte_api::telemetry::subscriber(settings, move || writer.clone(), false);
    tracing::subscriber::with_default(subscriber, || {
        tracing::info!(address = "127.0.0.1:8080", "ready");
        tracing::warn!(cause = "Connection refused", "mail send failed, will retry");
    });
    let bytes = captured.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn logs_carry_no_colour_codes_off_a_terminal_and_are_json_in_production() {
    let development = logged(&Settings::default());
    assert_eq!(development.lines().count(), 2, "{development}");
    assert!(!development.contains('\x1b'), "{development:?}");
    assert!(development.contains("mail send failed"), "{development}");

    let production = logged(&Settings {
        env: utbyte_api::config::Environment::Production,
        ..Settings::default()
    });
    assert_eq!(production.lines().count(), 2, "{production}");
    assert!(!production.contains('\x1b'), "{production:?}");
    for line in production.lines() {
        let event: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        assert!(event["message"].is_string(), "{line}");
    }
}

/// PostgreSQL only (SQLite has no second instance on one file to race): instances that
/// start at once on an empty database take turns migrating, and every one starts.
#[tokio::test]
async fn instances_starting_at_once_do_not_race_their_migrations() {
    if std::env::var("TEST_DATABASE_URL").is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        database_url: utbyte_tests::fresh_database(dir.path()).await.into(),
        ..Settings::default()
    };
    let starts = (0..4).map(|_| connect_and_migrate(&settings));
    for started in futures_util::future::join_all(starts).await {
        started.expect("every instance starts");
    }
    let db = connect_and_migrate(&settings).await.unwrap();
    assert!(
        Migrator::get_pending_migrations(&db)
            .await
            .unwrap()
            .is_empty()
    );
}

/// PostgreSQL only (SQLite serves from one process): instances on one database share the
/// login budgets, so the limit is the configured one in total, and a restart keeps it.
#[tokio::test]
async fn instances_on_one_database_share_the_login_limits() {
    use sea_orm::ConnectionTrait;
    use utbyte_domain::{DomainError, RequestMeta, Services, accounts, passwords::PasswordHashing};
    if std::env::var("TEST_DATABASE_URL").is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut settings = Settings {
        database_url: utbyte_tests::fresh_database(dir.path()).await.into(),
        ..Settings::default()
    };
    settings.login_rate_limit.per_account = 4;
    settings.login_rate_limit.per_address = 6;
    let instance = |db| Services::new(db, settings.account_settings(), PasswordHashing::new(1));
    let first = instance(connect_and_migrate(&settings).await.unwrap());
    let second = instance(connect_and_migrate(&settings).await.unwrap());
    let from = |address: &str| RequestMeta {
        client_ip: address.parse().ok(),
        ..RequestMeta::default()
    };
    let attempt = |services: &Services, address: &str, email: &str| {
        let (services, meta, email) = (services.clone(), from(address), email.to_owned());
        async move {
            match accounts::login(&services, &meta, &email, "not the password").await {
                Err(DomainError::RateLimited { .. }) => false,
                Err(_) => true,
                Ok(_) => panic!("no such account"),
            }
        }
    };

    // One account tried from many addresses, alternately through each instance: 4 in all.
    let mut answered = 0;
    for n in 0..10 {
        let services = if n % 2 == 0 { &first } else { &second };
        answered +=
            usize::from(attempt(services, &format!("203.0.113.{n}"), "anna@example.se").await);
    }
    assert_eq!(answered, 4, "the account's budget, across both instances");
    // One address trying many accounts: 6 in all.
    let mut answered = 0;
    for n in 0..10 {
        let services = if n % 2 == 0 { &second } else { &first };
        answered +=
            usize::from(attempt(services, "198.51.100.9", &format!("user{n}@example.se")).await);
    }
    assert_eq!(answered, 6, "the address's budget, across both instances");
    // A restarted instance counts on where the others left off.
    let restarted = instance(connect_and_migrate(&settings).await.unwrap());
    assert!(!attempt(&restarted, "192.0.2.1", "anna@example.se").await);
    assert!(attempt(&restarted, "192.0.2.1", "bo@example.se").await);
    // What the database keeps names neither the account nor the address.
    let kept = restarted
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT key FROM login_attempts",
        ))
        .await
        .unwrap();
    assert!(kept.len() >= 12, "{}", kept.len());
    for row in kept {
        let key: String = row.try_get("", "key").unwrap();
        assert!(
            key.len() == 64 && key.chars().all(|c| c.is_ascii_hexdigit()),
            "{key}"
        );
    }
}
