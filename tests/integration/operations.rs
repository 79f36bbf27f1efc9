//! What operators meet: configuration errors, secrets kept out of messages, start-up.
use std::collections::HashMap;

use utbyte_api::{
    app::connect_and_migrate,
    config::{Settings, SmtpSettings, SmtpTls},
};
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
