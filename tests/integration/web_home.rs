//! The home page by role and the notifications page, over real HTTP with a cookie session.
use reqwest::StatusCode;
use utbyte_tests::web::WebClient;

use utbyte_domain::entities::approval_steps;

use crate::{
    exchanges::{COORDINATOR, PRINCIPAL, TEACHER, World, set_pending_step},
    registrations::{MUM, Trip},
};

async fn in_english(w: &World) {
    for email in [TEACHER, PRINCIPAL, COORDINATOR] {
        w.app.set_locale(email, "en").await;
    }
}

#[tokio::test]
async fn the_home_page_shows_what_waits_for_each_person() {
    let w = World::new().await;
    in_english(&w).await;
    let id = w.at_principal("Language week in Lyon").await;

    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;
    let home = principal.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.shows("Jönköping"),
        "the municipality's name is in the header"
    );
    assert!(home.shows("Waiting for your decision"));
    assert!(
        home.body.contains(&format!(
            "<a href=\"/exchanges/{id}/decision\">Language week in Lyon (en)</a>"
        )),
        "{}",
        home.body
    );
    assert!(!home.shows("Overdue"));
    assert!(
        home.body
            .contains("href=\"/exchanges?state=submitted\">Waiting for approval: 1</a>")
    );

    // Once the step is overdue the page says so in words, not colour alone.
    let yesterday = chrono::Utc::now() - chrono::Duration::days(1);
    set_pending_step(&w.app, &id, approval_steps::Column::DueAt, yesterday).await;
    assert!(principal.get("/").await.shows("Overdue"));

    // The teacher decides nothing: no approvals section, but the exchange by its state.
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let home = teacher.get("/").await;
    assert!(!home.shows("Waiting for your decision"));
    assert!(home.shows("Waiting for approval: 1"));
    assert!(
        !home.body.contains("href=\"/approvals\""),
        "no approvals link for a teacher"
    );

    // The coordinator's step is not open yet: nothing waits, but the section says so.
    let mut coordinator = WebClient::signed_in(&w.app, COORDINATOR).await;
    let home = coordinator.get("/").await;
    assert!(home.shows("Nothing waits for your decision."));
    assert!(home.body.contains("href=\"/approvals\""));
}

#[tokio::test]
async fn notifications_are_listed_counted_and_marked_read_by_their_owner_only() {
    let w = World::new().await;
    in_english(&w).await;
    w.at_principal("Language week in Lyon").await;
    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;

    let unread =
        |count: usize| format!("<span class=\"badge\" aria-hidden=\"true\">{count}</span>");
    let list = principal.get("/notifications").await;
    assert_eq!(list.status, StatusCode::OK);
    let count = list.body.matches("name=\"id\"").count();
    assert!(
        count >= 1,
        "the approval request is a notification: {}",
        list.body
    );
    assert!(list.body.contains(&unread(count)), "the header counts them");
    let first_id = {
        let start = list.body.find("name=\"id\" value=\"").unwrap() + 17;
        list.body[start..start + 36].to_owned()
    };

    // Someone else cannot mark it read.
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let refused = teacher
        .post("/notifications/read", &[("id", &first_id)])
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(
        principal
            .get("/notifications")
            .await
            .body
            .contains(&unread(count))
    );
    let malformed = teacher
        .post("/notifications/read", &[("id", "nonsense")])
        .await;
    assert_eq!(malformed.status, StatusCode::NOT_FOUND);

    let marked = principal
        .post("/notifications/read", &[("id", &first_id)])
        .await;
    assert_eq!(marked.location.as_deref(), Some("/notifications"));
    let list = principal.get("/notifications").await;
    assert_eq!(list.body.matches("name=\"id\"").count(), count - 1);

    principal.post("/notifications/read", &[]).await;
    let list = principal.get("/notifications").await;
    assert_eq!(list.body.matches("name=\"id\"").count(), 0);
    assert!(!list.body.contains("class=\"badge\""));
    assert!(!list.shows("Mark all as read"));
}

#[tokio::test]
async fn memberships_a_family_recorded_are_confirmed_from_the_home_page_by_the_school_only() {
    let trip = Trip::open(3).await;
    let w = &trip.w;
    in_english(w).await;
    let youth = trip.pupil("Elsa Lind", &[(MUM, "JOINT")], false).await;
    // As if her family had recorded her: the school has not confirmed it.
    w.app
        .sql("UPDATE youth_profiles SET membership_confirmed = false")
        .await
        .unwrap();
    let confirmed = || async {
        w.app
            .count("youth_profiles WHERE membership_confirmed = true")
            .await
    };
    let confirm = format!("/youth/{youth}/confirm-membership");

    // Someone with no tie to the school is told there is no such profile; nothing changes.
    w.app.user_with_role("someone@example.se", "guardian").await;
    let mut outsider = WebClient::signed_in(&w.app, "someone@example.se").await;
    assert!(!outsider.get("/").await.shows("Memberships to confirm"));
    assert_eq!(
        outsider.post(&confirm, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(confirmed().await, 0);

    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let home = teacher.get("/").await;
    assert!(home.shows("Memberships to confirm"), "{}", home.body);
    assert!(home.body.contains(&format!("action=\"{confirm}\"")));
    let done = teacher.post(&confirm, &[]).await;
    assert_eq!(done.location.as_deref(), Some("/"));
    assert_eq!(confirmed().await, 1);
    assert!(
        w.app
            .audit_actions()
            .await
            .contains(&"youth_membership_confirmed".to_owned())
    );
    assert!(!teacher.get("/").await.shows("Memberships to confirm"));
}

#[tokio::test]
async fn times_are_shown_on_the_readers_clock_in_their_language() {
    let w = World::new().await;
    in_english(&w).await;
    let id = w.at_principal("Language week in Lyon").await;
    // 11:30 UTC in winter: 12:30 in Stockholm, 13:30 in Helsinki.
    let due = chrono::DateTime::parse_from_rfc3339("2027-01-15T11:30:00Z")
        .expect("an instant")
        .to_utc();
    set_pending_step(&w.app, &id, approval_steps::Column::DueAt, due).await;

    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;
    let home = principal.get("/").await;
    assert!(
        home.shows("15 January 2027 at 12:30 Central European Time"),
        "{}",
        home.body
    );
    assert!(!home.shows(" UTC"), "no instant in UTC: {}", home.body);

    let saved = principal
        .post("/account/time-zone", &[("time_zone", "Europe/Helsinki")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let home = principal.get("/").await;
    assert!(
        home.shows("15 January 2027 at 13:30 Eastern European Time"),
        "{}",
        home.body
    );
    let notifications = principal.get("/notifications").await;
    assert!(
        notifications.shows("Eastern European Time"),
        "received on the reader's clock: {}",
        notifications.body
    );
}
