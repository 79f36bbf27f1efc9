//! The exchange list (`/exchanges`) and the exchange page (`/exchanges/{id}`) over real HTTP:
//! every part of a realistic exchange, who sees it (the API's visibility: others get the 404
//! page), and what a page costs in SQL statements.
use chrono::NaiveDate;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;
use utbyte_domain::{entities::approval_steps, format, types::Locale};
use utbyte_tests::{
    Scope, StatementLog, TestApp,
    web::{PageResponse, WebClient},
};

use crate::exchanges::{
    COORDINATOR, PRINCIPAL, TEACHER, World, day, municipality, ok, organisation, uuid,
};

const SUBMIT: &str = "mutation($id: ID!) { submitExchange(id: $id) { state } }";
const OTHER_TEACHER: &str = "larare@katedral.example";
const OTHER_COORDINATOR: &str = "kansli@vaxjo.example";
const GUARDIAN: &str = "foralder@example.se";

/// Every route of the module, as registered (for the guard over `api/src/web/`).
pub fn exchange_page_routes() -> Vec<(&'static str, &'static str)> {
    vec![("GET", "/exchanges"), ("GET", "/exchanges/{id}")]
}

/// Gives the people names the pages can tell apart.
async fn name_people(w: &World) {
    for (email, name) in [
        (TEACHER, "Lärare Lisa"),
        (PRINCIPAL, "Rektor Rut"),
        (COORDINATOR, "Samordnare Sam"),
    ] {
        w.app
            .sql(&format!(
                "UPDATE users SET display_name = '{name}' WHERE email = '{email}'"
            ))
            .await
            .expect("name the person");
    }
}

async fn submit(w: &World, id: &str) {
    let response = w.gql(&w.teacher, SUBMIT, json!({ "id": id })).await;
    assert_eq!(ok(&response, "submitExchange")["state"], "SUBMITTED");
}

async fn approve_with(w: &World, token: &str, id: &str, comment: &str) {
    let response = w.decide(token, id, "APPROVE", Some(comment)).await;
    ok(&response, "decideApprovalStep");
}

/// A week in Lyon approved by the principal and the coordinator with their comments, then
/// moved to another venue without green travel and with `days` programme days (back to
/// review: a second round waits for the principal, overdue) `revisions` times.
async fn revised_exchange(w: &World, title: &str, days: usize, revisions: usize) -> String {
    let id = w.draft(title).await;
    submit(w, &id).await;
    approve_with(w, &w.principal, &id, "Fin plan, kör.").await;
    approve_with(w, &w.coordinator, &id, "Godkänt av kommunen.").await;
    for revision in 0..revisions {
        let mut input = w.input(title);
        input["venue"] = json!(format!("Maison de la Danse, salle {revision}"));
        input["greenTravel"] = json!(false);
        input["endDate"] = json!(day(60 + days as i64 - 1));
        input["activityDays"] = json!(days);
        input["programme"] = json!(
            (1..=days)
                .map(|d| json!({ "day": d, "text": format!("Dag {d} i Lyon") }))
                .collect::<Vec<_>>()
        );
        let response = w.update_as(&w.teacher, &id, input).await;
        assert_eq!(ok(&response, "updateExchange")["state"], "SUBMITTED");
        if revision + 1 < revisions {
            approve_with(w, &w.principal, &id, "Ny plats godkänd.").await;
            approve_with(w, &w.coordinator, &id, "Även kommunen godkänner.").await;
        }
    }
    // The step waiting now is past its due date.
    approval_steps::Entity::update_many()
        .col_expr(
            approval_steps::Column::DueAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::days(3)),
        )
        .filter(approval_steps::Column::ExchangeId.eq(uuid(&id)))
        .filter(approval_steps::Column::Decision.eq("pending"))
        .exec(w.app.db())
        .await
        .expect("make the waiting step overdue");
    id
}

/// The first and last of `days` from today as a Swedish reader sees them: "5 februari 2027 –
/// 9 februari 2027".
fn swedish_dates(first: i64, last: i64) -> String {
    let parse = |offset| NaiveDate::parse_from_str(&day(offset), "%Y-%m-%d").expect("a day");
    format::date_range(Locale::Sv, parse(first), parse(last))
}

/// Asserts that the page's HTML holds each of `parts` (markup as the templates write it).
fn assert_shows(page: &PageResponse, parts: &[&str]) {
    for part in parts {
        assert!(
            page.body.contains(part),
            "the page shows {part:?}:\n{}",
            page.body
        );
    }
}

fn link(id: &str, action: &str) -> String {
    format!("href=\"/exchanges/{id}/{action}\"")
}

#[tokio::test]
async fn the_exchange_page_shows_every_part_of_an_exchange() {
    let w = World::new().await;
    name_people(&w).await;
    let id = revised_exchange(&w, "Språkresa till Lyon", 5, 1).await;
    let path = format!("/exchanges/{id}");

    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let page = teacher.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // Basics, partners, destination, dates, group and leaders, objectives, themes, the
    // programme day by day, accommodation and transport, cost; the state in words.
    assert_shows(
        &page,
        &[
            "<h1>Språkresa till Lyon</h1>",
            "id=\"exchange-state\">Väntar på godkännande</span>",
            "<p>En vecka med franska, historia och musik.</p>",
            "<dt>Sändande organisation</dt><dd>Östra skolan</dd>",
            "<dt>Partnerorganisationer</dt><dd>Lycée du Parc</dd>",
            "<dt>Vem som reser</dt><dd>Vår grupp besöker partnern</dd>",
            "<dt>Resmål</dt><dd>Lyon (Frankrike)</dd>",
            "<dt>Plats</dt><dd>Maison de la Danse, salle 0</dd>",
            &format!("<dt>Datum</dt><dd>{}</dd>", swedish_dates(60, 64)),
            "<dt>Unga deltagare</dt><dd>20</dd>",
            "<dt>Ledare</dt><dd>2</dd>",
            "<dt>Åldrar</dt><dd>14–16</dd>",
            "<p>Speak French every day; compare two school systems.</p>",
            "<li>Kultur</li><li>Historia och kulturarv</li>",
            "<dt>Dag 1</dt><dd>Dag 1 i Lyon</dd>",
            "<dt>Dag 5</dt><dd>Dag 5 i Lyon</dd>",
            "<dt>Boende</dt><dd>Värdfamiljer</dd>",
            "<dt>Resa</dt><dd>Train via Copenhagen, Hamburg and Paris</dd>",
            "<dt>Risknivå</dt><dd>Utomlands</dd>",
            "<dt>Beräknad kostnad per deltagare</dt><dd>450,00\u{a0}kr</dd>",
            "<dt>Budget</dt><dd>12\u{a0}000,00\u{a0}€</dd>",
        ],
    );
    // The approval rounds: each step's role, who decided, the decision and comment, the due
    // date; the step that waits is marked overdue.
    assert_shows(
        &page,
        &[
            "<td>1</td><td>Skolans rektor</td><td>Godkänt</td><td>Rektor Rut</td><td>Fin plan, kör.</td>",
            "<td>1</td><td>Kommunens samordnare</td><td>Godkänt</td><td>Samordnare Sam</td><td>Godkänt av kommunen.</td>",
            "<td>2</td><td>Skolans rektor</td><td>Väntar på beslut</td><td></td><td></td>",
            // The due moment on the reader's clock, with the zone named.
            "centraleuropeisk tid <span class=\"overdue\">Försenat</span></td></tr>\n<tr><td>2</td><td>Kommunens samordnare</td><td>Väntar på ett tidigare steg</td>",
        ],
    );
    assert_eq!(
        page.body.matches("Försenat").count(),
        1,
        "only the waiting step"
    );
    // The checklist with its failing item explained, the changes before → after, the history
    // with who did what.
    assert_shows(
        &page,
        &[
            "<li><strong>Uppfyllt</strong>: Försäkring</li>",
            "<li><strong class=\"overdue\">Varning</strong>: Grönt resande. Grönt resande är inte valt.</li>",
            "<td>Plats</td><td>Lycée du Parc, 1 boulevard Anatole France</td><td>Maison de la Danse, salle 0</td><td>Lärare Lisa</td>",
            "<td>Program</td><td>Dag 1: Arrival, host families; Dag 2: Lessons at the lycée;",
            ": Utkast skapat (Lärare Lisa)</li>",
            ": Skickat för godkännande (Lärare Lisa)</li>",
            ": Ett steg i godkännandet godkändes (Rektor Rut)</li>",
            ": Godkänt (Samordnare Sam)</li>",
            ": Skickat tillbaka för granskning (Lärare Lisa)</li>",
        ],
    );
    // The funding estimate line by line with formula and rate row, the rates the table
    // lacks named, and the eligibility verdict.
    assert_shows(
        &page,
        &[
            "<option value=\"KA122-SCH\" selected>",
            "<option value=\"2025\" selected>2025</option>",
            "<tr><td>Resor</td><td>22 resenärer × 309,00\u{a0}€ (500–1999 km, vanlig resa)</td><td>KA122-SCH 2025: vanlig resa, 500–1999 km</td><td>6\u{a0}798,00\u{a0}€</td></tr>",
            "<tr><td>Organisationsstöd</td><td>20 elever × 100,00\u{a0}€ (organisationsstöd)</td><td>KA122-SCH 2025: organisationsstöd</td><td>2\u{a0}000,00\u{a0}€</td></tr>",
            "<td>8\u{a0}798,00\u{a0}€</td>",
            "<li>Individuellt stöd: KA122-SCH 2025: individuellt stöd, elever, landgrupp 1</li>",
            "<p class=\"notice\">Utbytet uppfyller reglerna för den här insatsen.</p>",
        ],
    );
    // Under another action, the rules it breaks are given in words.
    let nordplus = teacher
        .get(&format!("{path}?action=NPJ-CLASS&year=2025"))
        .await;
    assert_eq!(nordplus.status, StatusCode::OK);
    assert_shows(
        &nordplus,
        &[
            "<option value=\"NPJ-CLASS\" selected>",
            "<p>Utbytet uppfyller inte reglerna för den här insatsen:</p>",
        ],
    );
    // A funding choice that is no action or no year is refused by name, never a 500.
    for query in ["action=KA999", "action=KA210", "year=twenty"] {
        let refused = teacher.get(&format!("{path}?{query}")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{query}");
    }
    // What the teacher may do now: cancel or clone; not edit, submit or decide.
    for present in ["cancel", "clone"] {
        assert!(page.body.contains(&link(&id, present)), "{present}");
    }
    for absent in ["edit", "submit", "decision", "registrations"] {
        assert!(!page.body.contains(&link(&id, absent)), "{absent}");
    }
    // The principal, whose step waits, may decide; a draft's owner may edit and submit it.
    let mut principal = WebClient::signed_in(&w.app, PRINCIPAL).await;
    let page = principal.get(&path).await;
    assert!(page.body.contains(&link(&id, "decision")));
    let draft = w.draft("Ett utkast").await;
    let page = teacher.get(&format!("/exchanges/{draft}")).await;
    for present in ["edit", "submit", "cancel", "clone"] {
        assert!(page.body.contains(&link(&draft, present)), "{present}");
    }
    assert_shows(
        &page,
        &["<p>Utbytet har inte skickats för godkännande.</p>"],
    );

    // In English for a reader who chose English.
    w.app.set_locale(TEACHER, "en").await;
    let page = teacher.get(&path).await;
    assert_shows(
        &page,
        &[
            "<html lang=\"en\" dir=\"ltr\">",
            "id=\"exchange-state\">Waiting for approval</span>",
            "<dt>Accommodation</dt><dd>Host families</dd>",
            "<span class=\"overdue\">Overdue</span>",
            "Green travel is not chosen.",
        ],
    );
}

/// People beyond the exchange: (who, e-mail).
struct Cast {
    others: Vec<(&'static str, &'static str)>,
}

impl Cast {
    /// Creates a teacher of a school in another municipality, that municipality's
    /// coordinator and a guardian, beside the world's own people.
    async fn new(w: &World) -> Cast {
        let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö").await;
        let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town).await;
        w.app
            .user_with_roles(
                OTHER_TEACHER,
                &[("teacher", Scope::Organisation(uuid(&katedral)))],
            )
            .await;
        w.app
            .user_with_roles(
                OTHER_COORDINATOR,
                &[("coordinator", Scope::Municipality(uuid(&vaxjo)))],
            )
            .await;
        w.app.user_with_role(GUARDIAN, "guardian").await;
        Cast {
            others: vec![
                ("teacher of another school", OTHER_TEACHER),
                ("coordinator of another municipality", OTHER_COORDINATOR),
                ("guardian", GUARDIAN),
            ],
        }
    }
}

#[tokio::test]
async fn only_those_who_may_see_an_exchange_see_its_page_and_its_row() {
    let w = World::new().await;
    let cast = Cast::new(&w).await;
    let id = w.draft("Hemlig resa").await;
    // (who, e-mail, sees the exchange), as the API's `exchange` and `exchanges` queries.
    let people = [
        ("teacher who owns it", TEACHER, true),
        ("principal of the school", PRINCIPAL, true),
        ("coordinator of the municipality", COORDINATOR, true),
    ]
    .into_iter()
    .chain(cast.others.iter().map(|(who, email)| (*who, *email, false)));
    let mut clients = Vec::new();
    for (who, email, sees) in people {
        clients.push((who, sees, WebClient::signed_in(&w.app, email).await));
    }
    let audit_before = w.app.count("audit_events").await;

    for (method, route) in exchange_page_routes() {
        assert_eq!(method, "GET");
        let path = route.replace("{id}", &id);
        for (who, sees, client) in &mut clients {
            let page = client.get(&path).await;
            // The list answers everyone, without the rows they may not see; the exchange's
            // page is the 404 page to those who may not see it.
            let expected = if *sees || !route.contains("{id}") {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(page.status, expected, "{who} {route}");
            assert_eq!(page.body.contains("Hemlig resa"), *sees, "{who} {route}");
        }
        // Signed out: to sign in, and back here afterwards.
        let page = WebClient::new(&w.app).get(&path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{route}");
        let next: String = url::form_urlencoded::byte_serialize(path.as_bytes()).collect();
        assert_eq!(page.location, Some(format!("/sign-in?next={next}")));
    }
    // An id that is no id, or no exchange's, is the 404 page, never a 500.
    let (_, _, teacher) = &mut clients[0];
    for missing in [
        "/exchanges/not-an-id",
        "/exchanges/0190f5a3-0000-7000-8000-000000000000",
    ] {
        let page = teacher.get(missing).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{missing}");
        assert!(
            page.body.contains("<html lang=\"sv\" dir=\"ltr\">"),
            "the 404 page"
        );
    }
    assert_eq!(
        w.app.count("audit_events").await,
        audit_before,
        "reading writes nothing"
    );
}

#[tokio::test]
async fn the_list_is_newest_first_filtered_by_state_and_paged_by_cursor() {
    let w = World::new().await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let empty = teacher.get("/exchanges").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert_shows(
        &empty,
        &["<p>Det finns inga utbyten för dig att se ännu.</p>"],
    );

    let mut ids = Vec::new();
    for index in 0..52 {
        ids.push(w.draft(&format!("Resa {index}")).await);
    }
    submit(&w, &ids[3]).await;
    let first = teacher.get("/exchanges").await;
    assert_eq!(first.status, StatusCode::OK);
    // Newest first, 50 a page, each with its dates, destination, partners and state.
    let titles = |page: &PageResponse| -> Vec<String> {
        page.body
            .split("<h2><a href=\"/exchanges/")
            .skip(1)
            .map(|row| row[row.find('>').unwrap() + 1..row.find("</a>").unwrap()].to_owned())
            .collect()
    };
    let expected: Vec<String> = (2..52).rev().map(|i| format!("Resa {i}")).collect();
    assert_eq!(titles(&first), expected);
    assert_shows(
        &first,
        &[
            &format!("<dt>Datum</dt><dd>{}</dd>", swedish_dates(60, 64)),
            "<dt>Resmål</dt><dd>Lyon (Frankrike)</dd>",
            "<dt>Partnerorganisationer</dt><dd>Lycée du Parc</dd>",
            "<span class=\"state\">Utkast</span>",
            "<span class=\"state\">Väntar på godkännande</span>",
        ],
    );
    let next = format!("href=\"/exchanges?after={}\"", ids[2]);
    assert!(first.body.contains(&next), "{}", first.body);
    let second = teacher.get(&format!("/exchanges?after={}", ids[2])).await;
    assert_eq!(titles(&second), ["Resa 1", "Resa 0"]);
    assert!(!second.body.contains("?after="), "no page after the last");

    // By state, with the state kept in the filter.
    let submitted = teacher.get("/exchanges?state=submitted").await;
    assert_eq!(titles(&submitted), ["Resa 3"]);
    assert_shows(&submitted, &["<option value=\"submitted\" selected>"]);
    let none = teacher.get("/exchanges?state=completed").await;
    assert_shows(&none, &["<p>Inget av dina utbyten har det här läget.</p>"]);
    // A state or cursor that is none is refused by name, never a 500.
    for query in ["state=finished", "after=page-2"] {
        let refused = teacher.get(&format!("/exchanges?{query}")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{query}");
    }
}

/// The statements fetching `path` runs.
async fn statements_of(log: &StatementLog, client: &mut WebClient, path: &str) -> Vec<String> {
    log.clear();
    let page = client.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    log.statements()
}

#[tokio::test]
async fn a_page_of_fifty_exchanges_costs_as_many_statements_as_a_page_of_five() {
    let (app, log) = TestApp::spawn_counting().await;
    let w = World::on(app).await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    for index in 0..5 {
        w.draft(&format!("Resa {index}")).await;
    }
    let five = statements_of(&log, &mut teacher, "/exchanges").await;
    for index in 5..55 {
        w.draft(&format!("Resa {index}")).await;
    }
    let fifty = statements_of(&log, &mut teacher, "/exchanges").await;
    assert_eq!(
        five.len(),
        fifty.len(),
        "5 rows ran {}, 50 rows ran {}:\n{}\n---\n{}",
        five.len(),
        fifty.len(),
        five.join("\n"),
        fifty.join("\n")
    );
    assert!(
        fifty.len() <= 10,
        "the session, the frame, the list, partners, organisations and towns; ran:\n{}",
        fifty.join("\n")
    );
}

#[tokio::test]
async fn the_exchange_page_costs_the_same_however_many_steps_days_and_changes() {
    let (app, log) = TestApp::spawn_counting().await;
    let w = World::on(app).await;
    name_people(&w).await;
    let small = revised_exchange(&w, "Kort resa", 2, 1).await;
    let large = revised_exchange(&w, "Lång resa", 9, 4).await;
    let mut teacher = WebClient::signed_in(&w.app, TEACHER).await;
    let small = statements_of(&log, &mut teacher, &format!("/exchanges/{small}")).await;
    let large = statements_of(&log, &mut teacher, &format!("/exchanges/{large}")).await;
    assert_eq!(
        small.len(),
        large.len(),
        "1 revision ran {}, 4 revisions ran {}:\n{}\n---\n{}",
        small.len(),
        large.len(),
        small.join("\n"),
        large.join("\n")
    );
    println!("statements for the exchange page: {}", large.len());
}

#[tokio::test]
async fn a_guardian_sees_an_open_exchange_without_its_workflow() {
    let w = World::new().await;
    let id = w.approved("Öppen resa").await;
    w.advance(&id, &["OPEN_REGISTRATION"]).await;
    w.app.user_with_role(GUARDIAN, "guardian").await;
    let mut guardian = WebClient::signed_in(&w.app, GUARDIAN).await;

    let page = guardian.get(&format!("/exchanges/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_shows(
        &page,
        &[
            "<h1>Öppen resa</h1>",
            "id=\"exchange-state\">Öppet för anmälan</span>",
            "<dt>Dag 1</dt><dd>Arrival, host families</dd>",
            "<dt>Beräknad kostnad per deltagare</dt><dd>450,00\u{a0}kr</dd>",
        ],
    );
    // No budget, approval, checklist, changes, history or funding; nothing to act on.
    for hidden in [
        "<dt>Budget</dt>",
        "Godkännande",
        "Checklista",
        "Historik",
        "Beräknat bidrag",
        &format!("href=\"/exchanges/{id}/"),
    ] {
        assert!(!page.body.contains(hidden), "{hidden}:\n{}", page.body);
    }
    let list = guardian.get("/exchanges").await;
    assert!(list.body.contains(&format!("href=\"/exchanges/{id}\"")));
}
