//! Files attached to an exchange, through the domain service: attaching, listing and
//! downloading the same bytes, refusals by content and size that write nothing, who sees
//! and who changes them, removal, and the audit trail.
use serde_json::json;
use sha2::{Digest, Sha256};
use utbyte_domain::{
    DomainError, Principal, RequestMeta,
    exchanges::attachments::{self, AttachmentInfo, Upload},
};
use utbyte_tests::{Scope, TestApp};
use uuid::Uuid;

use crate::{
    exchanges::{World, ok, uuid},
    matrix,
};

/// The tables an upload writes to.
const TABLES: [&str; 2] = ["exchange_attachments", "audit_events"];

/// A small, well-formed PDF.
pub(crate) fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .to_vec()
}

async fn principal(app: &TestApp, token: &str) -> Principal {
    app.principal(token).await.expect("signed in")
}

/// `token` attaches `content` as `kind` under `name` to `exchange`.
async fn attach(
    app: &TestApp,
    token: &str,
    exchange: &str,
    kind: &str,
    name: &str,
    content: Vec<u8>,
) -> Result<AttachmentInfo, DomainError> {
    let upload = Upload {
        kind: kind.into(),
        file_name: name.into(),
        content,
    };
    attachments::attach(
        app.services(),
        &principal(app, token).await,
        &RequestMeta::default(),
        uuid(exchange),
        upload,
    )
    .await
}

async fn list(app: &TestApp, token: &str, exchange: &str) -> Result<Vec<String>, DomainError> {
    let files =
        attachments::list(app.services(), &principal(app, token).await, uuid(exchange)).await?;
    Ok(files.files.into_iter().map(|f| f.file_name).collect())
}

async fn download(
    app: &TestApp,
    token: &str,
    exchange: &str,
    attachment: Uuid,
) -> Result<(String, String, Vec<u8>), DomainError> {
    let file = attachments::download(
        app.services(),
        &principal(app, token).await,
        &RequestMeta::default(),
        uuid(exchange),
        attachment,
    )
    .await?;
    Ok((file.file_name, file.media_type, file.content))
}

/// (field, code) of each refused field.
fn refused_fields(result: Result<AttachmentInfo, DomainError>) -> Vec<(String, &'static str)> {
    match result {
        Err(DomainError::Validation(errors)) => {
            errors.into_iter().map(|e| (e.field, e.code)).collect()
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// Whether the exchange was NOT_FOUND, as for anyone who may not see it.
fn not_found<T>(result: Result<T, DomainError>) -> bool {
    matches!(result, Err(DomainError::NotFound("exchange")))
}

fn field(name: &str, code: &'static str) -> Vec<(String, &'static str)> {
    vec![(name.to_owned(), code)]
}

#[tokio::test]
async fn the_teacher_attaches_a_file_and_those_who_see_the_exchange_download_the_same_bytes() {
    let w = World::new().await;
    let exchange = w.draft("Lyon attachments").await;
    let content = pdf();
    let attached = attach(
        &w.app,
        &w.teacher,
        &exchange,
        "risk_assessment",
        "C:\\Mina dokument\\Riskbedömning Lyon.pdf",
        content.clone(),
    )
    .await
    .expect("attached");
    assert_eq!(attached.file_name, "Riskbedömning Lyon.pdf");
    assert_eq!(attached.kind, "risk_assessment");
    assert_eq!(attached.media_type, "application/pdf");
    assert_eq!(attached.size_bytes, content.len() as i64);
    let sha256 = hex::encode(Sha256::digest(&content));
    assert_eq!(attached.sha256, sha256);

    for token in [&w.teacher, &w.principal, &w.coordinator, &w.partner_contact] {
        assert_eq!(
            list(&w.app, token, &exchange).await.expect("listed"),
            ["Riskbedömning Lyon.pdf"]
        );
    }
    let (name, media_type, bytes) = download(&w.app, &w.coordinator, &exchange, attached.id)
        .await
        .expect("downloaded");
    assert_eq!(name, "Riskbedömning Lyon.pdf");
    assert_eq!(media_type, "application/pdf");
    assert_eq!(bytes, content, "the same bytes come back");

    let audit = w.app.audit().await;
    let added = audit
        .iter()
        .find(|e| e.action == "exchange_attachment_added")
        .expect("the upload is in the audit trail");
    assert_eq!(
        added.actor_id,
        Some(w.app.user_id(crate::exchanges::TEACHER).await)
    );
    assert_eq!(added.exchange_id, Some(uuid(&exchange)));
    assert_eq!(
        added.details,
        json!({
            "attachment_id": attached.id, "kind": "risk_assessment",
            "media_type": "application/pdf", "size_bytes": content.len(), "sha256": sha256,
        })
    );
    let downloaded = audit
        .iter()
        .find(|e| e.action == "exchange_attachment_downloaded")
        .expect("the download is in the audit trail");
    assert_eq!(downloaded.subject_id, Some(attached.id));
    assert_eq!(downloaded.exchange_id, Some(uuid(&exchange)));
    assert_eq!(
        downloaded.actor_id,
        Some(w.app.user_id(crate::exchanges::COORDINATOR).await)
    );
}

#[tokio::test]
async fn a_renamed_executable_is_refused_naming_the_file_and_nothing_is_written() {
    let w = World::new().await;
    let exchange = w.draft("Lyon executables").await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.resize(4096, 0);
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec();
    exe.extend_from_slice(b"%PDF-1.7 This program cannot be run in DOS mode.");
    exe.resize(4096, 0);
    for content in [elf, exe] {
        let refused = attach(
            &w.app,
            &w.teacher,
            &exchange,
            "programme",
            "Programme.pdf",
            content,
        )
        .await;
        assert_eq!(refused_fields(refused), field("file", "unsupported_type"));
    }
    let refused = attach(&w.app, &w.teacher, &exchange, "passport", "Pass.pdf", pdf()).await;
    assert_eq!(
        refused_fields(refused),
        field("kind", "unknown_attachment_kind")
    );
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
    assert!(
        list(&w.app, &w.teacher, &exchange)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_file_over_the_size_limit_is_refused_and_nothing_is_written() {
    let w = World::new().await;
    let exchange = w.draft("Lyon size").await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let limit = w.app.services().settings.attachment_max_bytes;
    assert_eq!(limit, 10 * 1024 * 1024, "the default limit");
    let mut large = pdf();
    large.resize(limit + 1, b' ');
    let refused = attach(&w.app, &w.teacher, &exchange, "other", "Large.pdf", large).await;
    assert_eq!(refused_fields(refused), field("file", "file_too_large"));
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
}

#[tokio::test]
async fn another_schools_teacher_can_neither_see_nor_change_the_files() {
    let w = World::new().await;
    let (exchange, attached) = draft_with_programme(&w, "Lyon privacy").await;
    let outsider = other_schools_teacher(&w).await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    assert!(not_found(list(&w.app, &outsider, &exchange).await));
    assert!(not_found(
        download(&w.app, &outsider, &exchange, attached.id).await
    ));
    assert!(not_found(
        attach(&w.app, &outsider, &exchange, "other", "Mine.pdf", pdf()).await
    ));
    let removed = attachments::remove(
        w.app.services(),
        &principal(&w.app, &outsider).await,
        &RequestMeta::default(),
        uuid(&exchange),
        attached.id,
    )
    .await;
    assert!(not_found(removed));
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
}

#[tokio::test]
async fn partners_see_but_do_not_change_files_and_a_closed_exchange_takes_none() {
    let w = World::new().await;
    let exchange = w.draft("Lyon partners").await;
    let refused = attach(
        &w.app,
        &w.partner_contact,
        &exchange,
        "other",
        "Ours.pdf",
        pdf(),
    )
    .await;
    assert!(
        matches!(refused, Err(DomainError::Forbidden)),
        "{refused:?}"
    );
    attach(
        &w.app,
        &w.coordinator,
        &exchange,
        "insurance_certificate",
        "Försäkring.pdf",
        pdf(),
    )
    .await
    .expect("a coordinator attaches");

    let cancelled = w
        .gql(
            &w.teacher,
            "mutation($id: ID!, $reason: String!) { cancelExchange(id: $id, reason: $reason) { state } }",
            json!({ "id": exchange, "reason": "The partner school closed for renovation" }),
        )
        .await;
    assert_eq!(ok(&cancelled, "cancelExchange")["state"], "CANCELLED");
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let refused = attach(&w.app, &w.teacher, &exchange, "other", "Late.pdf", pdf()).await;
    assert!(
        matches!(
            refused,
            Err(DomainError::Conflict {
                code: "not_editable_in_state",
                ..
            })
        ),
        "{refused:?}"
    );
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
    assert_eq!(
        list(&w.app, &w.partner_contact, &exchange).await.unwrap(),
        ["Försäkring.pdf"],
        "a closed exchange's files can still be read"
    );
}

#[tokio::test]
async fn the_teacher_removes_a_file_and_the_audit_trail_keeps_what_it_was() {
    let w = World::new().await;
    let (exchange, attached) = draft_with_programme(&w, "Lyon removal").await;
    let remove = |token: String| {
        let app = &w.app;
        let exchange = exchange.clone();
        async move {
            attachments::remove(
                app.services(),
                &principal(app, &token).await,
                &RequestMeta::default(),
                uuid(&exchange),
                attached.id,
            )
            .await
        }
    };
    remove(w.teacher.clone()).await.expect("removed");
    assert_eq!(w.app.count("exchange_attachments").await, 0);
    assert!(matches!(
        remove(w.teacher.clone()).await,
        Err(DomainError::NotFound("attachment"))
    ));
    assert!(matches!(
        download(&w.app, &w.teacher, &exchange, attached.id).await,
        Err(DomainError::NotFound("attachment"))
    ));
    let removed = w
        .app
        .audit()
        .await
        .into_iter()
        .find(|e| e.action == "exchange_attachment_removed")
        .expect("the removal is in the audit trail");
    assert_eq!(removed.details["attachment_id"], json!(attached.id));
    assert_eq!(removed.details["sha256"], json!(attached.sha256));
    assert_eq!(removed.exchange_id, Some(uuid(&exchange)));
}

/// A teacher of another school (`OUTSIDER`), signed in; their session token.
pub(crate) async fn other_schools_teacher(w: &World) -> String {
    let other_school = w.app.organisation(&w.admin, "Västra skolan").await;
    let school = Scope::Organisation(uuid(&other_school));
    w.app
        .user_with_roles(OUTSIDER, &[("teacher", school)])
        .await
}

/// The e-mail address of `other_schools_teacher`.
pub(crate) const OUTSIDER: &str = "larare@vastra.example";

/// A draft with the teacher's programme attached.
async fn draft_with_programme(w: &World, title: &str) -> (String, AttachmentInfo) {
    let exchange = w.draft(title).await;
    let attached = attach(
        &w.app,
        &w.teacher,
        &exchange,
        "programme",
        "Program.pdf",
        pdf(),
    )
    .await;
    (exchange, attached.expect("attached"))
}

/// An exchange open for registration, with the teacher's programme and risk assessment.
async fn open_with_programme_and_risk(
    w: &World,
    title: &str,
) -> (String, AttachmentInfo, AttachmentInfo) {
    let exchange = w.approved(title).await;
    w.advance(&exchange, &["OPEN_REGISTRATION"]).await;
    let mut files = Vec::new();
    for (kind, name) in [
        ("programme", "Program.pdf"),
        ("risk_assessment", "Risk.pdf"),
    ] {
        let attached = attach(&w.app, &w.teacher, &exchange, kind, name, pdf()).await;
        files.push(attached.expect("attached"));
    }
    let risk = files.pop().expect("two files");
    let programme = files.pop().expect("two files");
    (exchange, programme, risk)
}

#[tokio::test]
async fn young_people_see_the_programme_of_an_open_exchange_and_nothing_else() {
    let w = World::new().await;
    let (exchange, programme, risk) = open_with_programme_and_risk(&w, "Lyon for families").await;
    let youth = w
        .app
        .user_with_roles(
            "elev@ostra.example",
            &[("youth", Scope::Organisation(uuid(&w.school)))],
        )
        .await;
    assert_eq!(
        list(&w.app, &youth, &exchange).await.unwrap(),
        ["Program.pdf"]
    );
    assert!(
        download(&w.app, &youth, &exchange, programme.id)
            .await
            .is_ok()
    );
    assert!(matches!(
        download(&w.app, &youth, &exchange, risk.id).await,
        Err(DomainError::NotFound("attachment"))
    ));
    assert_eq!(
        list(&w.app, &w.teacher, &exchange).await.unwrap(),
        ["Program.pdf", "Risk.pdf"]
    );
}

#[tokio::test]
async fn the_attachments_table_is_not_rolled_back_while_it_holds_files() {
    use utbyte_migrations::{Migrator, MigratorTrait};
    let w = World::new().await;
    let (exchange, attached) = draft_with_programme(&w, "Lyon rollback").await;
    let migrations = Migrator::migrations();
    let position = migrations
        .iter()
        .position(|m| m.name() == "m20261207_000011_exchange_attachments")
        .expect("the attachments migration");
    let after = u32::try_from(migrations.len() - position - 1).expect("a count");
    // A later migration keeps costs in kronor from being read as euro: give it none.
    w.app
        .sql("UPDATE exchanges SET cost_currency = 'EUR'")
        .await
        .expect("costs in euro");
    if after > 0 {
        Migrator::down(w.app.db(), Some(after))
            .await
            .expect("the migrations after it down");
    }
    let refused = Migrator::down(w.app.db(), Some(1))
        .await
        .expect_err("rolled back over a file");
    assert!(
        refused
            .to_string()
            .contains("1 rows of exchange_attachments"),
        "{refused}"
    );
    Migrator::up(w.app.db(), None).await.expect("all up again");
    let (_, _, bytes) = download(&w.app, &w.teacher, &exchange, attached.id)
        .await
        .expect("still there");
    assert_eq!(bytes, pdf());
}

#[tokio::test]
async fn the_api_lists_an_exchanges_files_without_their_content() {
    let w = World::new().await;
    let (exchange, programme, _) = open_with_programme_and_risk(&w, "Lyon in the API").await;
    const FILES: &str = "query($id: ID!) { exchange(id: $id) { attachments { id kind fileName \
                         mediaType sizeBytes sha256 uploadedBy } } }";
    let kinds = |response: &serde_json::Value| -> Vec<String> {
        ok(response, "exchange")["attachments"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|f| f["kind"].as_str().expect("a kind").to_owned())
            .collect()
    };
    let read = w
        .gql(&w.partner_contact, FILES, json!({ "id": exchange }))
        .await;
    assert_eq!(kinds(&read), ["PROGRAMME", "RISK_ASSESSMENT"]);
    let first = &ok(&read, "exchange")["attachments"][0];
    assert_eq!(first["id"], json!(programme.id));
    assert_eq!(first["fileName"], "Program.pdf");
    assert_eq!(first["mediaType"], "application/pdf");
    assert_eq!(first["sizeBytes"], json!(pdf().len()));
    assert_eq!(first["sha256"], json!(programme.sha256));
    assert_eq!(
        first["uploadedBy"],
        json!(w.app.user_id(crate::exchanges::TEACHER).await)
    );

    let youth = w.app.user_with_role("ung@example.se", "youth").await;
    let read = w.gql(&youth, FILES, json!({ "id": exchange })).await;
    assert_eq!(kinds(&read), ["PROGRAMME"]);

    let sdl = utbyte_api::graphql::sdl();
    let attachment_type = sdl
        .split("type ExchangeAttachment {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the type is in the schema");
    assert!(
        !attachment_type
            .lines()
            .any(|line| line.trim_start().starts_with("content")),
        "no field serves the content: {attachment_type}"
    );
}
