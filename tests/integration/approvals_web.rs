//! The approver's pages over real HTTP: the approval queue, the decision form and who may
//! open and send it, and the mails that link straight to the decision.
use chrono::{Duration, Utc};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use utbyte_domain::{
    entities::approval_steps,
    exchanges::approvals,
    format,
    types::{Locale, TimeZone},
};
use utbyte_tests::{
    Scope, error_code,
    web::{PageResponse, WebClient},
};

use crate::exchanges::{
    COORDINATOR, PRINCIPAL, TEACHER, World, municipality, organisation, set_pending_step, step,
    steps, table_counts, uuid,
};

/// Every route the approvals pages register, as in `.route()`.
pub fn approvals_routes() -> Vec<(&'static str, &'static str)> {
    vec![
        ("GET", "/approvals"),
        ("GET", "/exchanges/{id}/decision"),
        ("POST", "/exchanges/{id}/decision"),
    ]
}

const SUBSTITUTE: &str = "vikarie@ostra.example";

fn decision_path(id: &str) -> String {
    format!("/exchanges/{id}/decision")
}

/// The queue's cards, in order: each card's HTML.
fn cards(page: &PageResponse) -> Vec<&str> {
    page.body.split("<article").skip(1).collect()
}

/// The card of the exchange titled `title`.
fn card<'a>(page: &'a PageResponse, title: &str) -> &'a str {
    cards(page)
        .into_iter()
        .find(|card| card.contains(title))
        .unwrap_or_else(|| panic!("no card for {title}: {}", page.body))
}

/// Names `user` the substitute of the exchange's pending step, as a configured chain does.
async fn set_substitute(w: &World, exchange: &str, user: uuid::Uuid) {
    approval_steps::Entity::update_many()
        .col_expr(
            approval_steps::Column::SubstituteUserId,
            Expr::value(Some(user)),
        )
        .filter(approval_steps::Column::ExchangeId.eq(uuid(exchange)))
        .filter(approval_steps::Column::Decision.eq("pending"))
        .exec(w.app.db())
        .await
        .expect("name a substitute");
}

#[tokio::test]
async fn the_queue_is_oldest_first_with_its_age_and_due_date_and_overdue_in_words() {
    let w = World::new().await;
    let newer = w.at_principal("Vårresan till Lyon").await;
    let older = w.at_principal("Höstresan till Lyon").await;
    let now = Utc::now();
    set_pending_step(
        &w.app,
        &older,
        approval_steps::Column::ActivatedAt,
        now - Duration::days(3),
    )
    .await;
    set_pending_step(
        &w.app,
        &older,
        approval_steps::Column::DueAt,
        now - Duration::days(1),
    )
    .await;
    w.app.user_with_role(SUBSTITUTE, "teacher").await;
    let substitute = w.app.user_id(SUBSTITUTE).await;
    set_substitute(&w, &older, substitute).await;
    set_substitute(&w, &newer, substitute).await;

    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;
    let queue = principal.get("/approvals").await;
    assert_eq!(queue.status, StatusCode::OK);
    let order: Vec<bool> = cards(&queue)
        .iter()
        .map(|card| card.contains("Höstresan"))
        .collect();
    assert_eq!(order, [true, false], "oldest first: {}", queue.body);
    let older_card = card(&queue, "Höstresan till Lyon");
    assert!(older_card.contains("3 dagar"), "{older_card}");
    assert!(older_card.contains("Försenad"), "{older_card}");
    assert!(older_card.contains("Östra skolan") && older_card.contains("Rektor"));
    assert!(older_card.contains(&decision_path(&older)));
    // The day it fell due on the reader's clock (Stockholm), in their language.
    let due = format::local_date(Locale::Sv, &TimeZone::default(), now - Duration::days(1));
    assert!(older_card.contains(&due), "{older_card}");
    let newer_card = card(&queue, "Vårresan till Lyon");
    assert!(newer_card.contains("Sedan i dag"), "{newer_card}");
    assert!(!newer_card.contains("Försenad"), "{newer_card}");
    assert!(!queue.shows("Försenade, för dig som ersättare"));
    // The API's queue has the same order.
    assert_eq!(
        w.queued_ids(&w.principal).await,
        [older.clone(), newer.clone()]
    );

    // The substitute sees only the overdue step, in a section of its own.
    let mut stand_in = WebClient::signed_in(&w.app, SUBSTITUTE).await;
    let theirs = stand_in.get("/approvals").await;
    assert!(
        theirs.shows("Inget väntar på ditt beslut."),
        "{}",
        theirs.body
    );
    assert!(theirs.shows("Försenade, för dig som ersättare"));
    let titles: Vec<bool> = cards(&theirs)
        .iter()
        .map(|card| card.contains("Höstresan"))
        .collect();
    assert_eq!(titles, [true]);
    // They may open the overdue step's form; the other is still its approver's.
    let overdue = stand_in.get(&decision_path(&older)).await;
    assert_eq!(overdue.status, StatusCode::OK, "{}", overdue.body);
    let not_yet = stand_in.get(&decision_path(&newer)).await;
    assert_eq!(not_yet.status, StatusCode::FORBIDDEN);

    // Nothing waits for the teacher.
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let empty = teacher.get("/approvals").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.shows("Inget väntar på ditt beslut."));
    assert!(cards(&empty).is_empty());
}

/// Sends the decision form as `client`.
async fn send(
    client: &mut WebClient,
    id: &str,
    decision: Option<&str>,
    comment: &str,
) -> PageResponse {
    let mut fields = vec![("comment", comment)];
    fields.extend(decision.map(|d| ("decision", d)));
    client.post(&decision_path(id), &fields).await
}

/// Sends the decision and follows the redirect to the queue; returns the queue's notice.
async fn decided(client: &mut WebClient, id: &str, decision: &str, comment: &str) -> String {
    let sent = send(client, id, Some(decision), comment).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let location = sent.location.expect("a redirect");
    assert_eq!(
        location,
        format!("/approvals?decided={decision}&exchange={id}")
    );
    let queue = client.get(&location).await;
    let start = queue.body.find("role=\"status\">").expect("a notice") + 14;
    queue.body[start..start + queue.body[start..].find("</p>").unwrap()].to_owned()
}

#[tokio::test]
async fn principal_then_coordinator_decide_from_the_page() {
    let w = World::new().await;
    let id = w.at_principal("Språkveckan i Lyon").await;
    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;

    let form = principal.get(&decision_path(&id)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    for text in [
        "Beslut: Språkveckan i Lyon",
        "Östra skolan",
        "Lyon (Frankrike)",
        "resa utomlands",
        "Checklista",
        "Försäkring bekräftad: uppfyllt",
        "Inget steg är beslutat ännu.",
        "Godkänn",
        "Begär ändringar",
        "Avslå",
    ] {
        assert!(form.shows(text), "{text}: {}", form.body);
    }
    assert!(form.body.contains(&format!("href=\"/exchanges/{id}\"")));

    // No decision chosen: named under the field, the comment kept, nothing decided.
    let before = table_counts(&w.app).await;
    let none = send(&mut principal, &id, None, "Bra planering, men").await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        none.field_error("decision").as_deref(),
        Some("Välj godkänn, begär ändringar eller avslå.")
    );
    assert!(none.shows("Bra planering, men"), "{}", none.body);
    // Requesting changes needs a comment, as the domain says.
    let bare = send(&mut principal, &id, Some("request_changes"), " ").await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bare.field_error("comment").as_deref(),
        Some("Fyll i fältet.")
    );
    assert!(
        bare.body
            .contains("value=\"request_changes\" id=\"decision-request_changes\" checked")
    );
    assert_eq!(table_counts(&w.app).await, before);

    let notice = decided(&mut principal, &id, "approve", "").await;
    assert_eq!(notice, "Du godkände Språkveckan i Lyon.");
    let read = w.read(&id).await;
    assert_eq!(read["state"], "SUBMITTED");
    assert_eq!(
        steps(&read),
        [step(1, 0, "approved"), step(1, 1, "pending")]
    );

    // The principal's step is decided: the form says so, and a second post changes nothing.
    let again = principal.get(&decision_path(&id)).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.shows("Du har redan fattat beslut i ditt steg"),
        "{}",
        again.body
    );
    let before = table_counts(&w.app).await;
    let resent = send(&mut principal, &id, Some("reject"), "Nej ändå").await;
    assert_eq!(resent.status, StatusCode::CONFLICT);
    assert_eq!(table_counts(&w.app).await, before);
    let api = w
        .decide(&w.principal, &id, "REJECT", Some("Nej ändå"))
        .await;
    assert_eq!(error_code(&api), "CONFLICT", "{api}");

    // The coordinator sees the principal's decision, and approves the last step.
    let mut coordinator = WebClient::signed_in(&w.app, COORDINATOR).await;
    let form = coordinator.get(&decision_path(&id)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.shows("Godkänt") && form.shows("Kommunens samordnare"));
    let notice = decided(&mut coordinator, &id, "approve", "Trevlig resa!").await;
    assert_eq!(notice, "Du godkände Språkveckan i Lyon.");
    let read = w.read(&id).await;
    assert_eq!(read["state"], "APPROVED");
    assert_eq!(read["approvalSteps"][1]["comment"], "Trevlig resa!");
    let closed = coordinator.get(&decision_path(&id)).await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert!(
        closed.shows("väntar inte längre på beslut"),
        "{}",
        closed.body
    );

    // Changes asked for by the principal, with the comment kept on the step.
    let changes = w.at_principal("Vinterlägret").await;
    let notice = decided(&mut principal, &changes, "request_changes", "Fler ledare.").await;
    assert_eq!(notice, "Du begärde ändringar av Vinterlägret.");
    let read = w.read(&changes).await;
    assert_eq!(read["state"], "CHANGES_REQUESTED");
    assert_eq!(read["approvalSteps"][0]["comment"], "Fler ledare.");

    // Rejected by the coordinator after the principal's approval, with the earlier
    // decision shown on the coordinator's form.
    let rejected = w.at_principal("Sommarseglingen").await;
    decided(&mut principal, &rejected, "approve", "Bra plan.").await;
    let form = coordinator.get(&decision_path(&rejected)).await;
    assert!(form.shows("Bra plan."), "{}", form.body);
    let notice = decided(
        &mut coordinator,
        &rejected,
        "reject",
        "Inte under nationella prov.",
    )
    .await;
    assert_eq!(notice, "Du avslog Sommarseglingen.");
    let read = w.read(&rejected).await;
    assert_eq!(read["state"], "REJECTED");
    assert_eq!(
        steps(&read),
        [step(1, 0, "approved"), step(1, 1, "rejected")]
    );
}

/// Asserts that the principal's step of `id` still waits for a decision.
async fn assert_still_undecided(w: &World, id: &str, who: &str) {
    assert_eq!(
        steps(&w.read(id).await),
        [step(1, 0, "pending"), step(1, 1, "waiting")],
        "{who}"
    );
}

/// What a person gets from each route: (who, GET /approvals, GET decision, POST decision).
type Row = (&'static str, u16, u16, u16);

#[tokio::test]
async fn who_may_open_and_send_the_decision_form() {
    let w = World::new().await;
    let id = w.at_principal("Språkveckan i Lyon").await;
    let admin = &w.admin;
    let other_school = organisation(&w.app, admin, "Västra skolan", &w.home_town).await;
    let other_teacher = w
        .app
        .user_with_roles(
            "larare@vastra.example",
            &[("teacher", Scope::Organisation(uuid(&other_school)))],
        )
        .await;
    let (elsewhere, _) = municipality(&w.app, admin, "Växjö").await;
    let far_coordinator = w
        .app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[("coordinator", Scope::Municipality(uuid(&elsewhere)))],
        )
        .await;
    let guardian = w
        .app
        .user_with_role("vardnadshavare@example.se", "guardian")
        .await;
    let tokens = [
        (TEACHER, w.teacher.clone()),
        ("larare@vastra.example", other_teacher),
        (COORDINATOR, w.coordinator.clone()),
        ("kansli@vaxjo.example", far_coordinator),
        ("vardnadshavare@example.se", guardian),
    ];
    let rows: [Row; 7] = [
        (TEACHER, 200, 403, 403),
        ("larare@vastra.example", 200, 404, 404),
        (COORDINATOR, 200, 403, 403),
        ("kansli@vaxjo.example", 200, 404, 404),
        ("vardnadshavare@example.se", 200, 404, 404),
        ("", 303, 303, 303),
        (PRINCIPAL, 200, 200, 303),
    ];
    let path = decision_path(&id);
    for (who, queue, get, post) in rows {
        let mut client = if who.is_empty() {
            WebClient::new(&w.app)
        } else {
            WebClient::signed_in(&w.app, who).await
        };
        let before = table_counts(&w.app).await;
        for (method, route) in approvals_routes() {
            let (response, expected) = match (method, route) {
                ("GET", "/approvals") => (client.get("/approvals").await, queue),
                ("GET", "/exchanges/{id}/decision") => (client.get(&path).await, get),
                ("POST", "/exchanges/{id}/decision") => {
                    (send(&mut client, &id, Some("approve"), "").await, post)
                }
                other => panic!("a route without a row: {other:?}"),
            };
            assert_eq!(response.status.as_u16(), expected, "{who} {method} {route}");
            if who.is_empty() {
                let next = route.replace("{id}", &id).replace('/', "%2F");
                let to_sign_in = format!("/sign-in?next={next}");
                assert_eq!(response.location, Some(to_sign_in), "{method} {route}");
            }
        }
        if who != PRINCIPAL {
            // Nothing written: the principal's step still waits.
            assert_eq!(table_counts(&w.app).await, before, "{who}");
            assert_still_undecided(&w, &id, who).await;
        }
        // The API refuses alike.
        if let Some((_, token)) = tokens.iter().find(|(email, _)| *email == who) {
            let api = w.decide(token, &id, "APPROVE", None).await;
            let code = match post {
                403 => "FORBIDDEN",
                _ => "NOT_FOUND",
            };
            assert_eq!(error_code(&api), code, "{who}: {api}");
        }
    }
    assert_eq!(
        steps(&w.read(&id).await),
        [step(1, 0, "approved"), step(1, 1, "pending")]
    );
}

#[tokio::test]
async fn a_decision_without_the_session_token_is_refused_and_changes_nothing() {
    let w = World::new().await;
    let id = w.at_principal("Språkveckan i Lyon").await;
    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;
    let origin = w.app.url("");
    let before = table_counts(&w.app).await;
    let wrong_token = "0".repeat(64);
    for token in ["", wrong_token.as_str()] {
        let mut fields = vec![("decision", "approve")];
        fields.extend((!token.is_empty()).then_some(("csrf", token)));
        let forged = principal
            .post_raw(
                &decision_path(&id),
                &fields,
                Some(origin.trim_end_matches('/')),
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "token {token:?}");
    }
    assert_eq!(table_counts(&w.app).await, before);
    assert_still_undecided(&w, &id, "").await;
}

#[tokio::test]
async fn approval_mails_link_straight_to_the_decision() {
    let w = World::new().await;
    let id = w.at_principal("Språkveckan i Lyon").await;
    let link = w.app.services().page(&decision_path(&id));
    let asked = w.app.last_mail(PRINCIPAL, "exchange_submitted").await;
    assert!(asked.text_body.contains(&link), "{}", asked.text_body);
    assert!(
        asked.html_body.contains(&format!("href=\"{link}\"")),
        "{}",
        asked.html_body
    );

    set_pending_step(
        &w.app,
        &id,
        approval_steps::Column::DueAt,
        Utc::now() - Duration::days(1),
    )
    .await;
    let queued = approvals::remind_overdue(w.app.services(), Utc::now())
        .await
        .expect("reminders");
    assert_eq!(queued, 1);
    let reminder = w.app.last_mail(PRINCIPAL, "approval_reminder").await;
    assert!(reminder.text_body.contains(&link), "{}", reminder.text_body);

    // The coordinator's request after the principal's approval links to the same form.
    w.approve(&w.principal, &id).await;
    let next = w.app.last_mail(COORDINATOR, "exchange_submitted").await;
    assert!(next.text_body.contains(&link), "{}", next.text_body);
}
