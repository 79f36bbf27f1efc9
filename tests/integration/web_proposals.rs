//! The teacher's proposal pages over real HTTP, as a browser without JavaScript uses them:
//! drafting with a mistake and fixing it, programme days added and removed and partners
//! searched with buttons, editing, cloning, submitting (and a refusal naming what is
//! missing), cancelling with a reason; and who may do what, with nothing written on a refusal.
use reqwest::StatusCode;
use serde_json::{Value, json};
use utbyte_domain::types::Scope;
use utbyte_tests::web::{PageResponse, WebClient};

use crate::exchanges::{PRINCIPAL, TEACHER, World, day, organisation, uuid};

/// Every route the proposal pages register, as in `.route()`.
pub fn proposal_routes() -> Vec<(&'static str, &'static str)> {
    vec![
        ("GET", "/exchanges/new"),
        ("POST", "/exchanges/new"),
        ("GET", "/exchanges/{id}/edit"),
        ("POST", "/exchanges/{id}/edit"),
        ("GET", "/exchanges/{id}/clone"),
        ("POST", "/exchanges/{id}/clone"),
        ("POST", "/exchanges/{id}/submit"),
        ("GET", "/exchanges/{id}/cancel"),
        ("POST", "/exchanges/{id}/cancel"),
    ]
}

/// The week in Lyon as the form's fields, with `changes` (name, value) replacing or adding
/// fields (a field set to "" is left out).
fn form_fields(w: &World, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let base: Vec<(&str, String)> = vec![
        ("sending_organisation", w.school.clone()),
        ("title_sv", "En vecka i Lyon".into()),
        ("title_en", "A week in Lyon".into()),
        ("description_sv", "Franska och historia.".into()),
        ("direction", "we_visit".into()),
        ("destination_town", w.lyon.clone()),
        ("venue", "Lycée du Parc".into()),
        ("start_date", day(60)),
        ("end_date", day(64)),
        ("activity_days", "5".into()),
        ("registration_deadline", day(30)),
        ("participants", "20".into()),
        ("leaders", "2".into()),
        ("age_min", "14".into()),
        ("age_max", "16".into()),
        ("learning_objectives", "Speak French every day.".into()),
        ("themes", "culture".into()),
        ("programme_day_0", "1".into()),
        ("programme_text_0", "Arrival".into()),
        ("accommodation", "host_families".into()),
        ("transport", "Train via Hamburg".into()),
        ("green_travel", "yes".into()),
        ("cost_per_participant", "450".into()),
        ("cost_currency", "SEK".into()),
        ("budget", "12000".into()),
        ("insurance_confirmed", "yes".into()),
        (
            "risk_assessment",
            "Two leaders with every group; host families vetted.".into(),
        ),
        (
            "consent_plan",
            "Guardians sign at the parents' evening.".into(),
        ),
    ];
    let mut fields: Vec<(String, String)> = base
        .into_iter()
        .filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name))
        .map(|(name, value)| (name.to_owned(), value))
        .collect();
    fields.extend(
        changes
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
    );
    fields
}

async fn post_fields(
    client: &mut WebClient,
    path: &str,
    fields: &[(String, String)],
) -> PageResponse {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    client.post(path, &borrowed).await
}

/// The exchange id in a `/exchanges/{id}...` location.
fn id_in(location: &Option<String>) -> String {
    let location = location.as_deref().expect("a redirect");
    location
        .trim_start_matches("/exchanges/")
        .split(['/', '?'])
        .next()
        .expect("an id")
        .to_owned()
}

fn programme(exchange: &Value) -> Vec<(i64, String)> {
    exchange["programme"]
        .as_array()
        .expect("a programme")
        .iter()
        .map(|entry| {
            (
                entry["day"].as_i64().expect("a day"),
                entry["text"].as_str().expect("a text").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_teacher_drafts_with_a_mistake_fixes_it_and_plans_the_days_without_javascript() {
    let w = World::new().await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let blank = teacher.get("/exchanges/new").await;
    assert_eq!(blank.status, StatusCode::OK);
    assert!(blank.shows("Nytt förslag till utbyte"));

    // The last day before the first: refused under the end date, every value kept.
    let wrong = form_fields(&w, &[("end_date", &day(58))]);
    let refused = post_fields(&mut teacher, "/exchanges/new", &wrong).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("end_date").as_deref(),
        Some("Sista dagen får inte vara före första dagen.")
    );
    assert!(refused.body.contains("href=\"#end_date\""), "error summary");
    assert_eq!(
        refused.input_value("title_sv").as_deref(),
        Some("En vecka i Lyon")
    );
    assert_eq!(refused.input_value("end_date"), Some(day(58)));
    assert!(refused.shows("Train via Hamburg"));
    assert_eq!(w.app.count("exchanges").await, 0);

    // Two days added, the first of them removed again: the form comes back each time.
    let mut fields = form_fields(&w, &[]);
    fields.push(("action".into(), "add-day".into()));
    let one_added = post_fields(&mut teacher, "/exchanges/new", &fields).await;
    assert_eq!(one_added.status, StatusCode::OK);
    assert_eq!(
        one_added.input_value("programme_day_1").as_deref(),
        Some("2")
    );
    assert_eq!(
        one_added.input_value("title_en").as_deref(),
        Some("A week in Lyon")
    );
    let mut fields = form_fields(
        &w,
        &[
            ("programme_day_1", "2"),
            ("programme_text_1", "Lessons at the lycée"),
            ("action", "add-day"),
        ],
    );
    let two_added = post_fields(&mut teacher, "/exchanges/new", &fields).await;
    assert_eq!(
        two_added.input_value("programme_day_2").as_deref(),
        Some("3")
    );
    fields.retain(|(name, _)| name != "action");
    fields.extend([
        ("programme_day_2".into(), "3".into()),
        ("programme_text_2".into(), "Vieux Lyon".into()),
        ("action".into(), "remove-day-1".into()),
    ]);
    let removed = post_fields(&mut teacher, "/exchanges/new", &fields).await;
    assert_eq!(removed.status, StatusCode::OK);
    assert_eq!(removed.input_value("programme_day_1").as_deref(), Some("3"));
    assert_eq!(removed.input_value("programme_day_2"), None);
    assert!(removed.shows("Vieux Lyon"));
    assert!(!removed.shows("Lessons at the lycée"));
    assert_eq!(w.app.count("exchanges").await, 0);

    // The partner found by search and ticked.
    let searching = form_fields(
        &w,
        &[("partner_search", "lycée"), ("action", "search-partners")],
    );
    let found = post_fields(&mut teacher, "/exchanges/new", &searching).await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found
            .body
            .contains(&format!("name=\"partners\" value=\"{}\"", w.partner))
    );
    assert!(found.shows("Lycée du Parc"));
    assert!(
        !found
            .body
            .contains(&format!("name=\"partners\" value=\"{}\"", w.school))
    );
    assert_eq!(w.app.count("exchanges").await, 0);

    // Saved with the days as they now are and the partner.
    let fixed = form_fields(
        &w,
        &[
            ("programme_day_1", "3"),
            ("programme_text_1", "Vieux Lyon"),
            ("partners", &w.partner),
            ("action", "save"),
        ],
    );
    let saved = post_fields(&mut teacher, "/exchanges/new", &fixed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id = id_in(&saved.location);
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("/exchanges/{id}?notice=drafted").as_str())
    );
    let exchange = w.read(&id).await;
    assert_eq!(exchange["state"], "DRAFT");
    assert_eq!(
        programme(&exchange),
        [(1, "Arrival".to_owned()), (3, "Vieux Lyon".to_owned())]
    );
    assert_eq!(
        exchange["partnerOrganisations"],
        json!([{ "id": w.partner }])
    );
    assert_eq!(
        exchange["costPerParticipant"],
        json!({ "minorUnits": 45_000, "currency": "SEK" }),
        "kronor unless another currency is chosen"
    );
    assert_eq!(exchange["endDate"], day(64));
}

#[tokio::test]
async fn a_proposal_is_edited_cloned_submitted_and_cancelled_from_its_pages() {
    let w = World::new().await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let id = w.draft("Veckan i Lyon").await;

    let edit = teacher.get(&format!("/exchanges/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(
        edit.input_value("title_sv").as_deref(),
        Some("Veckan i Lyon")
    );
    assert_eq!(
        edit.input_value("cost_per_participant").as_deref(),
        Some("450,00"),
        "the amount as a Swedish reader writes it"
    );
    assert!(
        edit.shows("Alla punkter i checklistan är uppfyllda."),
        "{}",
        edit.body
    );

    let changed = form_fields(
        &w,
        &[("venue", "Lycée Saint-Exupéry"), ("partners", &w.partner)],
    );
    let saved = post_fields(&mut teacher, &format!("/exchanges/{id}/edit"), &changed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("/exchanges/{id}?notice=saved").as_str())
    );
    assert_eq!(w.read(&id).await["venue"], "Lycée Saint-Exupéry");

    // A clone: refused without dates, then made with new ones.
    let clone_path = format!("/exchanges/{id}/clone");
    assert_eq!(teacher.get(&clone_path).await.status, StatusCode::OK);
    let no_dates = teacher
        .post(&clone_path, &[("start_date", ""), ("end_date", "")])
        .await;
    assert_eq!(no_dates.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_dates.field_error("start_date").is_some());
    let backwards = teacher
        .post(
            &clone_path,
            &[("start_date", &day(120)), ("end_date", &day(110))],
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        backwards.field_error("end_date").is_some(),
        "{}",
        backwards.body
    );
    assert_eq!(w.app.count("exchanges").await, 1);
    let cloned = teacher
        .post(
            &clone_path,
            &[("start_date", &day(120)), ("end_date", &day(124))],
        )
        .await;
    assert_eq!(cloned.status, StatusCode::SEE_OTHER);
    let copy = id_in(&cloned.location);
    assert_eq!(
        cloned.location.as_deref(),
        Some(format!("/exchanges/{copy}/edit?notice=cloned").as_str())
    );
    let copy_page = teacher
        .get(cloned.location.as_deref().expect("a location"))
        .await;
    assert!(copy_page.shows("En kopia gjordes som ett nytt utkast."));
    // The copy's insurance is not carried over: the checklist says so before submitting.
    assert!(copy_page.shows("Bekräftad reseförsäkring"));
    assert_eq!(w.read(&copy).await["startDate"], day(120));

    // Submitting the copy is refused, naming what is missing; the original goes to approval.
    let refused = teacher
        .post(&format!("/exchanges/{copy}/submit"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.shows("Bekräftad reseförsäkring"),
        "{}",
        refused.body
    );
    assert_eq!(w.read(&copy).await["state"], "DRAFT");
    let submitted = teacher.post(&format!("/exchanges/{id}/submit"), &[]).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        submitted.location.as_deref(),
        Some(format!("/exchanges/{id}?notice=submitted").as_str())
    );
    assert_eq!(w.read(&id).await["state"], "SUBMITTED");

    // Cancelling needs a reason.
    let cancel_path = format!("/exchanges/{id}/cancel");
    assert_eq!(teacher.get(&cancel_path).await.status, StatusCode::OK);
    let no_reason = teacher.post(&cancel_path, &[("reason", "  ")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason.field_error("reason").is_some(),
        "{}",
        no_reason.body
    );
    assert_eq!(w.read(&id).await["state"], "SUBMITTED");
    let cancelled = teacher
        .post(
            &cancel_path,
            &[("reason", "The partner school closes for renovation")],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert_eq!(
        cancelled.location.as_deref(),
        Some(format!("/exchanges/{id}?notice=cancelled").as_str())
    );
    assert_eq!(w.read(&id).await["state"], "CANCELLED");
}

/// A form's fields as (name, value) pairs.
type Fields = Vec<(String, String)>;

/// What the tables hold, to show that a refusal wrote nothing.
async fn written(w: &World) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "exchanges",
        "exchange_partners",
        "audit_events",
        "approval_steps",
    ] {
        counts.push(w.app.count(table).await);
    }
    counts
}

#[tokio::test]
async fn each_role_gets_what_the_api_allows_and_a_refusal_writes_nothing() {
    let w = World::new().await;
    // A draft whose checklist fails (no insurance), so that no allowed submission writes.
    let mut input = w.input("Veckan i Lyon");
    input["insuranceConfirmed"] = json!(false);
    let id = w.draft_as(&w.teacher, input).await;
    let other_school = organisation(&w.app, &w.admin, "Västra skolan", &w.home_town).await;
    w.app
        .user_with_roles(
            "larare@vastra.example",
            &[("teacher", Scope::Organisation(uuid(&other_school)))],
        )
        .await;
    let (other_municipality, _) = crate::exchanges::municipality(&w.app, &w.admin, "Växjö").await;
    w.app
        .user_with_roles(
            "kansli@vaxjo.example",
            &[(
                "coordinator",
                Scope::Municipality(uuid(&other_municipality)),
            )],
        )
        .await;
    w.app
        .user_with_role("vardnadshavare@example.se", "guardian")
        .await;

    // Forms that cannot be saved (the last day before the first, no reason, no dates), so
    // that even an allowed post writes nothing.
    let bad_form = form_fields(&w, &[("end_date", &day(58))]);
    let bad_dates = vec![
        ("start_date".to_owned(), day(64)),
        ("end_date".to_owned(), day(60)),
    ];
    let no_reason = vec![("reason".to_owned(), String::new())];
    let none: Fields = Vec::new();
    let requests: Vec<(&str, String, &Fields)> = vec![
        ("GET", "/exchanges/new".into(), &none),
        ("POST", "/exchanges/new".into(), &bad_form),
        ("GET", format!("/exchanges/{id}/edit"), &none),
        ("POST", format!("/exchanges/{id}/edit"), &bad_form),
        ("GET", format!("/exchanges/{id}/clone"), &none),
        ("POST", format!("/exchanges/{id}/clone"), &bad_dates),
        ("POST", format!("/exchanges/{id}/submit"), &none),
        ("GET", format!("/exchanges/{id}/cancel"), &none),
        ("POST", format!("/exchanges/{id}/cancel"), &no_reason),
    ];
    assert_eq!(
        requests
            .iter()
            .map(|(method, path, _)| (*method, path.replace(&id, "{id}")))
            .collect::<Vec<_>>(),
        proposal_routes()
            .into_iter()
            .map(|(method, route)| (method, route.to_owned()))
            .collect::<Vec<_>>(),
        "every route is asked for"
    );
    // Expected status per request, in the order above.
    let cast: [(&str, Option<&str>, [u16; 9]); 7] = [
        (
            "teacher (owner)",
            Some(TEACHER),
            [200, 422, 200, 422, 200, 422, 409, 200, 422],
        ),
        (
            "another school's teacher",
            Some("larare@vastra.example"),
            [200, 403, 404, 404, 404, 404, 404, 404, 404],
        ),
        (
            "principal",
            Some(PRINCIPAL),
            [200, 422, 200, 422, 200, 422, 409, 200, 422],
        ),
        (
            "coordinator",
            Some(crate::exchanges::COORDINATOR),
            [403, 403, 200, 422, 200, 422, 409, 200, 422],
        ),
        (
            "another municipality's coordinator",
            Some("kansli@vaxjo.example"),
            [403, 403, 404, 404, 404, 404, 404, 404, 404],
        ),
        (
            "guardian",
            Some("vardnadshavare@example.se"),
            [403, 403, 404, 404, 404, 404, 404, 404, 404],
        ),
        ("signed out", None, [303; 9]),
    ];
    for (who, email, expected) in cast {
        let mut client = match email {
            Some(email) => WebClient::signed_in(&w.app, email).await,
            None => WebClient::new(&w.app),
        };
        let before = written(&w).await;
        for ((method, path, fields), status) in requests.iter().zip(expected) {
            let response = if *method == "GET" {
                client.get(path).await
            } else if email.is_none() {
                // Signed out there is no CSRF token: the form is sent as a browser would.
                client.post(path, &[]).await
            } else {
                post_fields(&mut client, path, fields).await
            };
            assert_eq!(
                response.status.as_u16(),
                status,
                "{who}: {method} {path}: {}",
                response.body.chars().take(400).collect::<String>()
            );
            if email.is_none() {
                assert!(
                    response
                        .location
                        .as_deref()
                        .is_some_and(|to| to.starts_with("/sign-in?next=")),
                    "{who}: {method} {path}"
                );
            }
        }
        assert_eq!(written(&w).await, before, "{who} wrote nothing");
    }

    // The partner school's contact sees the exchange but may not change it: refused its
    // form whichever button is pressed and whatever is typed, as saving is.
    let mut contact = WebClient::signed_in(&w.app, crate::exchanges::PARTNER_CONTACT).await;
    let before = written(&w).await;
    for changes in [
        [("action", "add-day")],
        [("participants", "many")],
        [("end_date", "2027-01-02")],
    ] {
        let fields = form_fields(&w, &changes);
        let response = post_fields(&mut contact, &format!("/exchanges/{id}/edit"), &fields).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{changes:?}");
    }
    assert_eq!(
        written(&w).await,
        before,
        "the partner's contact wrote nothing"
    );
}
