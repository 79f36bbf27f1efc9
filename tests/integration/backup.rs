//! `utbyte backup`: a consistent copy of the SQLite database taken while the service writes.
use std::sync::{
    Arc, Mutex,
    atomic::{AtomicBool, Ordering},
};

use sea_orm::{DbBackend, EntityTrait};
use serde_json::json;
use utbyte_api::cli::{backup, verify_audit};
use utbyte_domain::entities::towns;
use utbyte_tests::TestApp;

const CREATE_TOWN: &str = "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }";

#[tokio::test]
async fn a_backup_taken_under_write_load_holds_every_acknowledged_write_and_verifies() {
    let app = Arc::new(TestApp::spawn().await);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("utbyte-backup.db");
    if app.db().get_database_backend() == DbBackend::Postgres {
        let refused = backup(app.db(), &file).await.expect_err("PostgreSQL");
        assert!(refused.to_string().contains("pg_dump"), "{refused}");
        assert!(!file.exists());
        return;
    }
    let admin = app.user_with_role("admin@utbyte.example", "admin").await;

    // Four writers add towns (each audited) until told to stop; each town the service
    // acknowledged is noted.
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let (app, admin) = (app.clone(), admin.clone());
            let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    let input = json!({ "input": {
                        "localName": format!("Ort {writer}-{n}"), "country": "FI",
                        "coordinates": { "latitude": 60.98, "longitude": 25.66 },
                        "languages": ["fi"],
                    }});
                    let response = app.gql(Some(&admin), CREATE_TOWN, input).await;
                    let id = response["data"]["createTown"]["id"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{response}"))
                        .to_owned();
                    acknowledged.lock().unwrap().push(id);
                    n += 1;
                }
            })
        })
        .collect();
    while acknowledged.lock().unwrap().len() < 20 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let before: Vec<String> = acknowledged.lock().unwrap().clone();
    let report = backup(app.db(), &file).await.expect("a backup");
    let after = acknowledged.lock().unwrap().len();
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    assert!(
        after > before.len(),
        "the writers went on during the backup"
    );
    assert!(report.contains("audit_events: intact"), "{report}");
    assert!(report.contains("consent_events: intact"), "{report}");

    // The copy, opened on its own: every write acknowledged before the backup began, and an
    // intact audit chain.
    let copy = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", file.display()))
        .await
        .unwrap();
    let kept: Vec<String> = towns::Entity::find()
        .all(&copy)
        .await
        .unwrap()
        .into_iter()
        .map(|town| town.id.to_string())
        .collect();
    let lost: Vec<&String> = before.iter().filter(|id| !kept.contains(id)).collect();
    assert!(
        lost.is_empty(),
        "acknowledged but not in the backup: {lost:?}"
    );
    let chains = verify_audit(&copy)
        .await
        .expect("the copy's chains are intact");
    assert_eq!(
        report.lines().skip(1).collect::<Vec<_>>(),
        chains.lines().collect::<Vec<_>>(),
        "the report names the copy's heads"
    );

    // A second backup never overwrites the first.
    let refused = backup(app.db(), &file).await.expect_err("the file exists");
    assert!(refused.to_string().contains("exists already"), "{refused}");
}
