//! The exchange's files page over real HTTP with a signed-in cookie session: uploading with
//! the multipart form, the errors under the field, downloading the same bytes as a
//! download, removing, and who gets what.
use reqwest::{StatusCode, header, redirect};
use utbyte_tests::{
    TestApp,
    web::{PageResponse, WebClient},
};

use crate::{
    attachments::{OUTSIDER, other_schools_teacher, pdf},
    exchanges::{COORDINATOR, TEACHER, World},
    matrix,
    web_routes::Route,
};

/// The routes of an exchange's files, each in the matrix below.
pub(crate) const ROUTES: &[Route] = &[
    ("GET", "/exchanges/{id}/attachments"),
    ("POST", "/exchanges/{id}/attachments"),
    ("GET", "/exchanges/{id}/attachments/{attachment_id}"),
    ("POST", "/exchanges/{id}/attachments/{attachment_id}/remove"),
];

/// The tables an upload writes to.
const TABLES: [&str; 2] = ["exchange_attachments", "audit_events"];

const BOUNDARY: &str = "utbyte-test-boundary-7f3a9c";

/// One part of a multipart form: name, file name (for a file), content.
type Part<'a> = (&'a str, Option<&'a str>, &'a [u8]);

/// A `multipart/form-data` body as a browser sends it.
fn multipart(parts: &[Part]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file_name, content) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match file_name {
            Some(file_name) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                     Content-Type: application/pdf\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Posts the upload form of `exchange` as `browser` with our origin: the session's CSRF
/// token first, then `kind` and the file.
async fn upload(
    app: &TestApp,
    browser: &mut WebClient,
    exchange: &str,
    kind: &str,
    file_name: &str,
    content: &[u8],
) -> PageResponse {
    let csrf = browser.csrf().to_owned();
    let body = multipart(&[
        ("csrf", None, csrf.as_bytes()),
        ("kind", None, kind.as_bytes()),
        ("file", Some(file_name), content),
    ]);
    post_multipart(app, browser, exchange, body).await
}

async fn post_multipart(
    app: &TestApp,
    browser: &mut WebClient,
    exchange: &str,
    body: Vec<u8>,
) -> PageResponse {
    let http = reqwest::Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .expect("http client");
    let request = http
        .post(app.url(&format!("/exchanges/{exchange}/attachments")))
        .header(header::ORIGIN, app.url(""))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body);
    browser.send(request).await
}

/// The id of the file last attached, from the audit trail.
async fn last_upload(app: &TestApp) -> String {
    let added = app
        .audit()
        .await
        .into_iter()
        .rfind(|e| e.action == "exchange_attachment_added")
        .expect("the upload is audited");
    added.details["attachment_id"]
        .as_str()
        .expect("an id")
        .to_owned()
}

/// A draft of the World's teacher, and the teacher signed in on the web, reading English.
async fn draft_and_teacher(w: &World, title: &str) -> (String, WebClient) {
    let exchange = w.draft(title).await;
    w.app.set_locale(TEACHER, "en").await;
    let mut browser = WebClient::signed_in(&w.app, TEACHER).await;
    let page = browser
        .get(&format!("/exchanges/{exchange}/attachments"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    (exchange, browser)
}

/// As `draft_and_teacher`, with a programme the teacher uploaded on the page; its id.
async fn with_programme(w: &World, title: &str) -> (String, WebClient, String) {
    let (exchange, mut teacher) = draft_and_teacher(w, title).await;
    let sent = upload(
        &w.app,
        &mut teacher,
        &exchange,
        "programme",
        "Program.pdf",
        &pdf(),
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    (exchange, teacher, last_upload(&w.app).await)
}

#[tokio::test]
async fn the_teacher_uploads_on_the_page_and_a_coordinator_downloads_the_same_bytes() {
    let w = World::new().await;
    let (exchange, mut teacher) = draft_and_teacher(&w, "Lyon on the web").await;
    let exchange_page = teacher.get(&format!("/exchanges/{exchange}")).await;
    assert!(
        exchange_page.body.contains(&format!(
            "href=\"/exchanges/{exchange}/attachments\">Files</a>"
        )),
        "the exchange page links to its files"
    );
    let page = teacher
        .get(&format!("/exchanges/{exchange}/attachments"))
        .await;
    assert!(page.shows("Files: Lyon on the web (en)"), "{}", page.body);
    assert!(page.shows("No files are attached yet."));
    assert!(page.body.contains("enctype=\"multipart/form-data\""));

    let sent = upload(
        &w.app,
        &mut teacher,
        &exchange,
        "risk_assessment",
        "Riskbedömning Lyon.pdf",
        &pdf(),
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let back = sent.location.expect("redirected");
    assert_eq!(
        back,
        format!("/exchanges/{exchange}/attachments?notice=added")
    );
    let page = teacher.get(&back).await;
    assert!(page.shows("The file is attached."));
    assert!(page.shows("Riskbedömning Lyon.pdf"));
    assert!(page.shows("Risk assessment"));
    let attachment = last_upload(&w.app).await;
    assert!(page.body.contains(&format!(
        "href=\"/exchanges/{exchange}/attachments/{attachment}\""
    )));

    let mut coordinator = WebClient::signed_in(&w.app, COORDINATOR).await;
    let file = coordinator
        .get(&format!("/exchanges/{exchange}/attachments/{attachment}"))
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(
        file.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"Riskbed_mning Lyon.pdf\"; \
         filename*=UTF-8''Riskbed%C3%B6mning%20Lyon.pdf"
    );
    assert_eq!(file.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(file.body.as_bytes(), pdf().as_slice(), "the same bytes");
    assert!(
        w.app
            .audit_actions()
            .await
            .contains(&"exchange_attachment_downloaded".to_owned())
    );
}

#[tokio::test]
async fn a_renamed_executable_is_refused_under_the_file_field_and_nothing_is_written() {
    let w = World::new().await;
    let (exchange, mut teacher) = draft_and_teacher(&w, "Lyon refusals").await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.resize(2048, 0);
    let refused = upload(
        &w.app,
        &mut teacher,
        &exchange,
        "insurance_certificate",
        "Försäkring.pdf",
        &elf,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("file").as_deref(),
        Some(
            "Choose a PDF, a photo, an office document or a plain text file. The type is \
             read from the file itself."
        )
    );
    assert!(refused.shows("There is a problem"), "the error summary");
    assert!(refused.body.contains("<a href=\"#file\">"));
    assert!(
        refused
            .body
            .contains("<option value=\"insurance_certificate\" selected>"),
        "the kind chosen is kept"
    );
    let unknown = upload(
        &w.app,
        &mut teacher,
        &exchange,
        "passport",
        "Pass.pdf",
        &pdf(),
    )
    .await;
    assert_eq!(
        unknown.field_error("kind").as_deref(),
        Some("Choose what the file is.")
    );
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
}

#[tokio::test]
async fn a_file_over_the_limit_is_refused_under_the_field_or_by_the_body_limit() {
    let app = TestApp::spawn_with(|s| s.attachments.max_bytes = 4096).await;
    let w = World::on(app).await;
    let (exchange, mut teacher) = draft_and_teacher(&w, "Lyon sizes").await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let mut over = pdf();
    over.resize(4097, b' ');
    let refused = upload(&w.app, &mut teacher, &exchange, "other", "Big.pdf", &over).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("file").as_deref(),
        Some("The file is too large.")
    );
    let mut huge = pdf();
    huge.resize(200_000, b' ');
    let refused = upload(&w.app, &mut teacher, &exchange, "other", "Huge.pdf", &huge).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(refused.shows("The file is too large"), "{}", refused.body);
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);

    let mut exactly = pdf();
    exactly.resize(4096, b' ');
    let sent = upload(
        &w.app,
        &mut teacher,
        &exchange,
        "other",
        "Fits.pdf",
        &exactly,
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
}

#[tokio::test]
async fn an_upload_without_the_sessions_token_or_from_another_site_is_refused() {
    let w = World::new().await;
    let (exchange, mut teacher) = draft_and_teacher(&w, "Lyon forgery").await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    let pdf = pdf();
    let without_token = multipart(&[("kind", None, b"other"), ("file", Some("x.pdf"), &pdf)]);
    let refused = post_multipart(&w.app, &mut teacher, &exchange, without_token).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.shows("The form has expired"));
    let wrong_token = multipart(&[
        ("csrf", None, b"0000"),
        ("kind", None, b"other"),
        ("file", Some("x.pdf"), &pdf),
    ]);
    let refused = post_multipart(&w.app, &mut teacher, &exchange, wrong_token).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let csrf = teacher.csrf().to_owned();
    let body = multipart(&[
        ("csrf", None, csrf.as_bytes()),
        ("kind", None, b"other"),
        ("file", Some("x.pdf"), &pdf),
    ]);
    let cross_site = reqwest::Client::new()
        .post(w.app.url(&format!("/exchanges/{exchange}/attachments")))
        .header(header::ORIGIN, "https://evil.example")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body);
    let refused = teacher.send(cross_site).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);
}

#[tokio::test]
async fn another_schools_teacher_gets_not_found_and_a_signed_out_browser_is_sent_to_sign_in() {
    let w = World::new().await;
    let (exchange, _, attachment) = with_programme(&w, "Lyon outsiders").await;
    let files = format!("/exchanges/{exchange}/attachments");
    let file = format!("{files}/{attachment}");

    other_schools_teacher(&w).await;
    let mut outsider = WebClient::signed_in(&w.app, OUTSIDER).await;
    let before = matrix::table_counts(&w.app, &TABLES).await;
    assert_eq!(outsider.get(&files).await.status, StatusCode::NOT_FOUND);
    let download = outsider.get(&file).await;
    assert_eq!(download.status, StatusCode::NOT_FOUND);
    assert!(!download.body.contains("%PDF"), "no content");
    let upload = upload(
        &w.app,
        &mut outsider,
        &exchange,
        "other",
        "Mine.pdf",
        &pdf(),
    )
    .await;
    assert_eq!(upload.status, StatusCode::NOT_FOUND);
    let removed = outsider.post(&format!("{file}/remove"), &[]).await;
    assert_eq!(removed.status, StatusCode::NOT_FOUND);
    assert_eq!(matrix::table_counts(&w.app, &TABLES).await, before);

    let mut anonymous = WebClient::new(&w.app);
    let asked = anonymous.get(&file).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    assert!(
        asked
            .location
            .is_some_and(|to| to.starts_with("/sign-in?next=")),
        "to sign in"
    );
    assert_eq!(
        outsider
            .get("/exchanges/not-an-id/attachments")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_teacher_removes_a_file_on_the_page() {
    let w = World::new().await;
    let (exchange, mut teacher, attachment) = with_programme(&w, "Lyon removal on the web").await;
    let page = teacher
        .get(&format!("/exchanges/{exchange}/attachments"))
        .await;
    let remove = format!("/exchanges/{exchange}/attachments/{attachment}/remove");
    assert!(page.body.contains(&format!("action=\"{remove}\"")));

    let removed = teacher.post(&remove, &[]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let page = teacher
        .get(removed.location.as_deref().expect("back"))
        .await;
    assert!(page.shows("The file is removed."));
    assert!(page.shows("No files are attached yet."));
    assert_eq!(w.app.count("exchange_attachments").await, 0);
}

#[tokio::test]
async fn every_files_route_answers_each_person_as_the_matrix_says() {
    let w = World::new().await;
    let (exchange, _, attachment) = with_programme(&w, "Lyon matrix").await;
    other_schools_teacher(&w).await;
    w.app.user_with_role("ung@matrix.example", "youth").await;
    w.app
        .user_with_role("foralder@matrix.example", "guardian")
        .await;
    let files = format!("/exchanges/{exchange}/attachments");
    let file = format!("{files}/{attachment}");
    // Removing a file that is not there: authorization is decided before the lookup.
    let remove = format!("{files}/{}/remove", uuid::Uuid::now_v7());
    // (who, files page, upload, download, remove); "signed out" is sent to sign in.
    let cast: [(&str, [u16; 4]); 9] = [
        ("signed out", [303, 303, 303, 303]),
        (TEACHER, [200, 303, 200, 404]),
        (crate::exchanges::PRINCIPAL, [200, 303, 200, 404]),
        (COORDINATOR, [200, 303, 200, 404]),
        (crate::exchanges::ADMIN, [200, 303, 200, 404]),
        (crate::exchanges::PARTNER_CONTACT, [200, 403, 200, 403]),
        (OUTSIDER, [404, 404, 404, 404]),
        ("ung@matrix.example", [404, 404, 404, 404]),
        ("foralder@matrix.example", [404, 404, 404, 404]),
    ];
    for (who, expected) in cast {
        let mut browser = if who == "signed out" {
            WebClient::new(&w.app)
        } else {
            WebClient::signed_in(&w.app, who).await
        };
        let before = matrix::table_counts(&w.app, &TABLES).await;
        let page = browser.get(&files).await.status.as_u16();
        let sent = upload(&w.app, &mut browser, &exchange, "other", "Mine.pdf", &pdf()).await;
        let after_upload = matrix::table_counts(&w.app, &TABLES).await;
        let uploaded = sent.status == StatusCode::SEE_OTHER && who != "signed out";
        let download = browser.get(&file).await.status.as_u16();
        let removed = browser.post(&remove, &[]).await.status.as_u16();
        assert_eq!(
            [page, sent.status.as_u16(), download, removed],
            expected,
            "{who}"
        );
        // An upload adds its row and its audit event; a refusal writes nothing, and a
        // download is only an audit event.
        let added = i64::from(uploaded);
        assert_eq!(
            after_upload,
            [
                (TABLES[0], before[0].1 + added),
                (TABLES[1], before[1].1 + added)
            ],
            "{who}"
        );
        if expected[2] != 200 {
            assert_eq!(
                matrix::table_counts(&w.app, &TABLES).await,
                after_upload,
                "{who}"
            );
        }
    }
}
