//! Registrations end to end: places under concurrency, the waiting list and its offers, the
//! lottery, guardians' consent through the e-mailed link (over real HTTP), consent made void
//! by a change, and who may read medical information.
use chrono::{Duration, Utc};
use futures_util::future::join_all;
use serde_json::{Value, json};
use utbyte_domain::registrations::rules::{self, Candidate};
use utbyte_tests::{Scope, TestApp, error_code, error_fields, smtp::SmtpServer, token_in};

use crate::exchanges::{World, day, id_of, ok, uuid};

/// Root fields of the registrations API.
pub(crate) const REGISTRATION_FIELDS: &[&str] = &[
    "youthProfiles",
    "youthProfile",
    "registration",
    "exchangeRegistrations",
    "myRegistrations",
    "exchangePlaces",
    "medicalInformation",
    "rosterCsv",
    "createYouthProfile",
    "setExchangePlaces",
    "registerForExchange",
    "withdrawRegistration",
    "cancelRegistration",
    "acceptPlaceOffer",
    "drawLottery",
    "resendConsentLink",
    "overrideConsent",
    "giveOwnConsent",
    "confirmYouthMembership",
];

pub(crate) fn is_registration_field(name: &str) -> bool {
    REGISTRATION_FIELDS.contains(&name)
}

pub(crate) const REGISTRATION: &str = "id state youthId participantName waitingListPosition lotteryRank \
     outcomeReason offerExpiresAt consent { rule needed met participantAgreed overrideReason \
     guardians { guardianId displayName custody travel photos } }";

pub(crate) fn register_query() -> String {
    format!(
        "mutation($e: ID!, $y: ID!) {{ registerForExchange(exchangeId: $e, youthId: $y) {{ {REGISTRATION} }} }}"
    )
}

pub(crate) const CREATE_YOUTH: &str = "mutation($input: YouthProfileInput!) { \
     createYouthProfile(input: $input) { id displayName guardians { id email custody } } }";

pub(crate) const SET_PLACES: &str = "mutation($e: ID!, $input: ExchangePlacesInput!) { \
     setExchangePlaces(exchangeId: $e, input: $input) { capacity taken free consentRule \
     selection membership lotterySeed lotteryDrawnAt } }";

pub(crate) const PLACES: &str = "query($e: ID!) { exchangePlaces(exchangeId: $e) { capacity taken free \
     consentRule selection lotterySeed lotteryDrawnAt } }";

/// A school trip open for registration, with its people.
pub(crate) struct Trip {
    pub(crate) w: World,
    pub(crate) exchange: String,
}

impl Trip {
    /// The week in Lyon, approved and open for registration, with `capacity` places.
    pub(crate) async fn open(capacity: i32) -> Self {
        Self::open_on(World::new().await, capacity, "FIRST_COME").await
    }

    pub(crate) async fn open_on(w: World, capacity: i32, selection: &str) -> Self {
        let exchange = w.approved("Språkveckan i Lyon").await;
        w.advance(&exchange, &["OPEN_REGISTRATION"]).await;
        let trip = Self { w, exchange };
        trip.set_places(capacity, selection, None).await;
        trip
    }

    pub(crate) async fn set_places(
        &self,
        capacity: i32,
        selection: &str,
        rule: Option<&str>,
    ) -> Value {
        let mut input =
            json!({ "capacity": capacity, "selection": selection, "membership": "MEMBERS" });
        if let Some(rule) = rule {
            input["consentRule"] = json!(rule);
        }
        let response = self
            .w
            .gql(
                &self.w.teacher,
                SET_PLACES,
                json!({ "e": self.exchange, "input": input }),
            )
            .await;
        ok(&response, "setExchangePlaces").clone()
    }

    pub(crate) async fn places(&self) -> Value {
        let response = self
            .w
            .gql(&self.w.teacher, PLACES, json!({ "e": self.exchange }))
            .await;
        ok(&response, "exchangePlaces").clone()
    }

    /// A pupil of the school, 15 at the start, with `guardians` (e-mail, custody) recorded
    /// by the teacher; returns the profile's id.
    pub(crate) async fn pupil(
        &self,
        name: &str,
        guardians: &[(&str, &str)],
        fewer_opportunities: bool,
    ) -> String {
        self.pupil_aged(name, 15, guardians, fewer_opportunities)
            .await
    }

    pub(crate) async fn pupil_aged(
        &self,
        name: &str,
        age: i64,
        guardians: &[(&str, &str)],
        fewer_opportunities: bool,
    ) -> String {
        let born = Utc::now().date_naive() + Duration::days(60) - Duration::days(age * 365 + 100);
        let guardians: Vec<Value> = guardians
            .iter()
            .map(|(email, custody)| {
                json!({ "displayName": format!("Guardian {email}"), "email": email,
                        "locale": if email.ends_with(".se") { "SV" } else { "EN" },
                        "custody": custody })
            })
            .collect();
        let response = self
            .w
            .gql(
                &self.w.teacher,
                CREATE_YOUTH,
                json!({ "input": {
                    "displayName": name, "dateOfBirth": born.to_string(),
                    "organisationId": self.w.school, "locale": "SV",
                    "fewerOpportunities": fewer_opportunities, "guardians": guardians,
                }}),
            )
            .await;
        id_of(ok(&response, "createYouthProfile"))
    }

    pub(crate) async fn register_as(&self, token: &str, youth: &str) -> Value {
        self.w
            .gql(
                token,
                &register_query(),
                json!({ "e": self.exchange, "y": youth }),
            )
            .await
    }

    /// The teacher registers `youth`; returns the registration.
    pub(crate) async fn register(&self, youth: &str) -> Value {
        let response = self.register_as(&self.w.teacher, youth).await;
        ok(&response, "registerForExchange").clone()
    }

    pub(crate) async fn registration(&self, id: &str) -> Value {
        let response = self
            .w
            .gql(
                &self.w.teacher,
                &format!("query($id: ID!) {{ registration(id: $id) {{ {REGISTRATION} }} }}"),
                json!({ "id": id }),
            )
            .await;
        ok(&response, "registration").clone()
    }

    pub(crate) async fn state(&self, id: &str) -> String {
        self.registration(id).await["state"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub(crate) async fn withdraw_as(&self, token: &str, id: &str) -> Value {
        self.w
            .gql(
                token,
                &format!(
                    "mutation($id: ID!) {{ withdrawRegistration(id: $id) {{ {REGISTRATION} }} }}"
                ),
                json!({ "id": id }),
            )
            .await
    }

    /// The newest consent link mailed to `email`.
    pub(crate) async fn consent_link(&self, email: &str) -> String {
        let mail = self.w.app.last_mail(email, "consent_request").await;
        format!("/consent?token={}", token_in(&mail.text_body))
    }

    /// The consent page at `path`: (status, body).
    pub(crate) async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .w
            .app
            .http
            .get(self.w.app.url(path))
            .send()
            .await
            .expect("page loads");
        (
            response.status().as_u16(),
            response.text().await.unwrap_or_default(),
        )
    }

    /// Fills in and posts the consent form of the link at `path`; returns (status, body).
    pub(crate) async fn consent(&self, path: &str, photos: bool) -> (u16, String) {
        let (_, page) = self.get(path).await;
        let mut form = valid_form(path, &page);
        if photos {
            set(&mut form, "photos", Some("yes"));
        }
        self.post_form("/consent", &form).await
    }

    pub(crate) async fn post_form(&self, path: &str, form: &[(String, String)]) -> (u16, String) {
        let response = self
            .w
            .app
            .http
            .post(self.w.app.url(path))
            .header("user-agent", "utbyte-tests/1.0")
            .form(form)
            .send()
            .await
            .expect("form posts");
        (
            response.status().as_u16(),
            response.text().await.unwrap_or_default(),
        )
    }

    /// Every registration of the exchange, as its teacher sees them.
    pub(crate) async fn registrations(&self) -> Vec<Value> {
        registrations_of(&self.w, &self.exchange).await
    }
}

async fn registrations_of(w: &World, exchange: &str) -> Vec<Value> {
    let response = w
        .gql(
            &w.teacher,
            &format!(
                "query($e: ID!) {{ exchangeRegistrations(exchangeId: $e) {{ {REGISTRATION} }} }}"
            ),
            json!({ "e": exchange }),
        )
        .await;
    ok(&response, "exchangeRegistrations")
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The value of the hidden input `name` in a page.
pub(crate) fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.find(&marker)
        .map(|at| {
            page[at + marker.len()..]
                .chars()
                .take_while(|c| *c != '"')
                .collect()
        })
        .unwrap_or_else(|| panic!("no hidden {name} in the page"))
}

/// A complete, valid consent form for the link at `path`, whose page is `page`.
pub(crate) fn valid_form(path: &str, page: &str) -> Vec<(String, String)> {
    let token = path.split("token=").nth(1).unwrap_or_default();
    [
        ("token", token),
        ("travelTextId", &hidden(page, "travelTextId")),
        ("photosTextId", &hidden(page, "photosTextId")),
        ("noticeTextId", &hidden(page, "noticeTextId")),
        ("travel", "yes"),
        ("typedName", "Karin Lind"),
        ("allergies", "Nuts (EpiPen in the front pocket)"),
        ("medication", ""),
        ("medicalNotes", ""),
        ("dietaryNeeds", "Vegetarian"),
        ("contacts[0].name", "Karin Lind"),
        ("contacts[0].relation", "Mother"),
        ("contacts[0].phone", "+46 70 123 45 67"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value.to_owned()))
    .collect()
}

/// Sets one field of a form, or takes it out with None.
pub(crate) fn set(form: &mut Vec<(String, String)>, name: &str, value: Option<&str>) {
    form.retain(|(field, _)| field != name);
    if let Some(value) = value {
        form.push((name.to_owned(), value.to_owned()));
    }
}

pub(crate) const MUM: &str = "karin.lind@example.se";
pub(crate) const DAD: &str = "olof.lind@example.se";

/// 50 registrations at once for 10 places, 20 times over: every time exactly 10 hold a place
/// and 40 wait, in positions 1 to 40.
#[tokio::test]
async fn fifty_registrations_for_ten_places_never_overbook() {
    let app = TestApp::spawn_with(|s| s.database_max_connections = 16).await;
    let trip = Trip::open_on(World::on(app).await, 10, "FIRST_COME").await;
    let mut pupils = Vec::new();
    for i in 0..50 {
        let guardian = format!("guardian{i}@example.com");
        pupils.push(
            trip.pupil(&format!("Pupil {i}"), &[(&guardian, "SOLE")], false)
                .await,
        );
    }
    let mut exchanges = vec![trip.exchange.clone()];
    for round in 1..20 {
        let id = trip.w.approved(&format!("Round {round}")).await;
        trip.w.advance(&id, &["OPEN_REGISTRATION"]).await;
        let places = trip
            .w
            .gql(
                &trip.w.teacher,
                SET_PLACES,
                json!({ "e": id, "input": { "capacity": 10, "selection": "FIRST_COME", "membership": "MEMBERS" } }),
            )
            .await;
        ok(&places, "setExchangePlaces");
        exchanges.push(id);
    }
    let query = register_query();
    for (round, exchange) in exchanges.iter().enumerate() {
        let responses = join_all(pupils.iter().map(|pupil| {
            trip.w.gql(
                &trip.w.teacher,
                &query,
                json!({ "e": exchange, "y": pupil }),
            )
        }))
        .await;
        let states: Vec<&str> = responses
            .iter()
            .map(|r| {
                ok(r, "registerForExchange")["state"]
                    .as_str()
                    .unwrap_or_default()
            })
            .collect();
        let placed = states.iter().filter(|s| **s == "PENDING_CONSENT").count();
        let waiting = states.iter().filter(|s| **s == "WAITING_LIST").count();
        assert_eq!((placed, waiting), (10, 40), "round {round}: {states:?}");

        let places = trip
            .w
            .gql(&trip.w.teacher, PLACES, json!({ "e": exchange }))
            .await;
        assert_eq!(ok(&places, "exchangePlaces")["taken"], 10, "round {round}");
        let stored = registrations_of(&trip.w, exchange).await;
        let mut positions: Vec<i64> = stored
            .iter()
            .filter_map(|r| r["waitingListPosition"].as_i64())
            .collect();
        positions.sort_unstable();
        assert_eq!(positions, (1..=40).collect::<Vec<_>>(), "round {round}");
        assert_eq!(
            stored
                .iter()
                .filter(|r| r["state"] == "PENDING_CONSENT")
                .count(),
            10,
            "round {round}"
        );
    }
}

async fn consent_status(trip: &Trip, registration: &str) -> Value {
    trip.registration(registration).await["consent"].clone()
}

/// The travel standing of the guardian with `email`'s display name.
fn travel_of(consent: &Value, email: &str) -> Value {
    consent["guardians"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|g| g["displayName"] == format!("Guardian {email}"))
        .map(|g| g["travel"].clone())
        .unwrap_or_else(|| panic!("no guardian {email} in {consent}"))
}

#[tokio::test]
async fn every_guardian_must_consent_before_a_trip_abroad_is_confirmed() {
    let trip = Trip::open(10).await;
    let pupil = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let registration = trip.register(&pupil).await;
    assert_eq!(registration["state"], "PENDING_CONSENT");
    assert_eq!(registration["consent"]["rule"], "EVERY_GUARDIAN");
    let id = id_of(&registration);
    // The request names who is asking: the school, its municipality and the teacher to write to.
    let request = trip.w.app.last_mail(MUM, "consent_request").await;
    for body in [&request.text_body, &request.html_body] {
        for named in ["Östra skolan i Jönköping", crate::exchanges::TEACHER] {
            assert!(body.contains(named), "{named} in {body}");
        }
    }
    let (_, page) = trip.get(&trip.consent_link(MUM).await).await;
    assert!(
        page.contains(r#"<html lang="sv""#),
        "in the guardian's language"
    );
    assert!(page.contains("Värdfamiljer"), "the accommodation in words");

    let (status, body) = trip.consent(&trip.consent_link(MUM).await, true).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("id=\"outcome\""), "{body}");
    assert_eq!(
        trip.state(&id).await,
        "PENDING_CONSENT",
        "one of two guardians"
    );
    let consent = consent_status(&trip, &id).await;
    assert_eq!(travel_of(&consent, MUM), "given");
    assert_eq!(travel_of(&consent, DAD), Value::Null);
    assert_eq!(consent["met"], false);
    let received = trip.w.app.last_mail(MUM, "consent_received").await;
    assert!(received.text_body.contains("/consent/withdraw?token="));

    let (status, body) = trip.consent(&trip.consent_link(DAD).await, false).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(trip.state(&id).await, "CONFIRMED");
    let consent = consent_status(&trip, &id).await;
    assert_eq!(consent["met"], true);
    for guardian in [MUM, DAD] {
        let confirmed = trip
            .w
            .app
            .last_mail(guardian, "registration_confirmed")
            .await;
        assert!(confirmed.text_body.contains("Östra skolan i Jönköping"));
        assert!(confirmed.text_body.contains(crate::exchanges::TEACHER));
    }
    let given = trip
        .w
        .app
        .audit_actions()
        .await
        .into_iter()
        .filter(|a| a == "consent_given")
        .count();
    assert_eq!(given, 2);
    // The event names the text version shown, the address, the agent and the typed name.
    use sea_orm::EntityTrait;
    let events = utbyte_domain::entities::consent_events::Entity::find()
        .all(trip.w.app.db())
        .await
        .unwrap();
    let travel: Vec<_> = events.iter().filter(|e| e.kind == "travel").collect();
    assert_eq!(travel.len(), 2);
    for event in travel {
        assert_eq!(event.event, "given");
        assert_eq!(event.method, "email_link");
        assert!(event.consent_text_id.is_some());
        assert_eq!(event.client_ip.as_deref(), Some("127.0.0.1"));
        assert_eq!(event.user_agent.as_deref(), Some("utbyte-tests/1.0"));
        assert_eq!(event.typed_name.as_deref(), Some("Karin Lind"));
    }
    assert_eq!(
        events.iter().filter(|e| e.kind == "photos").count(),
        1,
        "only the mother gave photo permission"
    );
}

/// A municipality's mails come from its own sender, with the installation as `Sender:` and
/// return path; replies to a mail about a child go to the teacher. Only its coordinators
/// and admins set it.
#[tokio::test]
async fn a_municipalitys_mails_come_from_its_own_sender_and_replies_reach_the_teacher() {
    const SET_SENDER: &str = "mutation($m: ID!, $s: MailSenderInput) { \
         setMunicipalityMailSender(municipalityId: $m, sender: $s) { mailSender { name address } } }";
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| TestApp::smtp_on(s, smtp.port)).await;
    let trip = Trip::open_on(World::on(app).await, 10, "FIRST_COME").await;
    let w = &trip.w;
    let sender =
        json!({ "name": "Jönköpings kommun – Utbyte", "address": "Utbyte@Jonkoping.example" });

    let refused = w
        .gql(
            &w.teacher,
            SET_SENDER,
            json!({ "m": w.municipality, "s": sender }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");
    let audited = w.app.count("audit_events").await;
    let bad = w
        .gql(
            &w.coordinator,
            SET_SENDER,
            json!({ "m": w.municipality, "s": { "name": "Utbyte\r\nBcc: x@example.se", "address": "not an address" } }),
        )
        .await;
    assert_eq!(
        error_fields(&bad),
        ["sender.name", "sender.address"],
        "{bad}"
    );
    // Refused, the municipality keeps the installation's sender and nothing is audited.
    let municipality = w
        .gql(
            &w.coordinator,
            "query($m: ID!) { municipality(id: $m) { mailSender { name } } }",
            json!({ "m": w.municipality }),
        )
        .await;
    assert_eq!(
        ok(&municipality, "municipality")["mailSender"],
        Value::Null,
        "{municipality}"
    );
    assert_eq!(w.app.count("audit_events").await, audited);
    let set = w
        .gql(
            &w.coordinator,
            SET_SENDER,
            json!({ "m": w.municipality, "s": sender }),
        )
        .await;
    assert_eq!(
        ok(&set, "setMunicipalityMailSender")["mailSender"],
        json!({ "name": "Jönköpings kommun – Utbyte", "address": "utbyte@jonkoping.example" })
    );
    assert!(
        w.app
            .audit_actions()
            .await
            .contains(&"municipality_mail_sender_changed".to_owned())
    );

    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let mut waited = 0;
    let mail = loop {
        if let Some(mail) = smtp.received().into_iter().find(|mail| mail.to == [MUM]) {
            break mail;
        }
        assert!(waited < 150, "the consent request arrives");
        waited += 1;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let from = mail.header("From").expect("From");
    assert!(from.ends_with("<utbyte@jonkoping.example>"), "{from}");
    assert_eq!(
        mail.header("Sender").as_deref(),
        Some("Utbyte <no-reply@utbyte.invalid>")
    );
    assert_eq!(
        mail.header("Reply-To").as_deref(),
        Some(crate::exchanges::TEACHER)
    );
    assert_eq!(
        mail.from, "no-reply@utbyte.invalid",
        "bounces to the installation"
    );

    // Its mails about an exchange to staff come from it too; replies reach the teacher who
    // asks for approval, and the principal who decided.
    let proposal = w.at_principal("Veckan i Lund").await;
    w.approve(&w.principal, &proposal).await;
    for (template, reply_to) in [
        ("exchange_submitted", crate::exchanges::TEACHER),
        ("exchange_decided", crate::exchanges::PRINCIPAL),
    ] {
        let row = w
            .app
            .outbox()
            .await
            .into_iter()
            .rev()
            .find(|row| row.template == template && row.subject.contains("Veckan i Lund"))
            .unwrap_or_else(|| panic!("a {template} mail"));
        assert_eq!(
            row.sender_address.as_deref(),
            Some("utbyte@jonkoping.example")
        );
        assert_eq!(row.reply_to.as_deref(), Some(reply_to), "{template}");
    }

    // Without a sender the installation's is used again.
    let cleared = w
        .gql(
            &w.coordinator,
            SET_SENDER,
            json!({ "m": w.municipality, "s": null }),
        )
        .await;
    assert_eq!(
        ok(&cleared, "setMunicipalityMailSender")["mailSender"],
        Value::Null
    );
    smtp.stop().await;
}

/// A guardian with an account reads the consent page's times on their own clock, as the
/// mail asking for consent does; a guardian without one reads Stockholm's.
#[tokio::test]
async fn the_consent_page_shows_times_on_the_guardians_own_clock() {
    let trip = Trip::open(10).await;
    trip.w.app.user_with_roles(MUM, &[]).await;
    trip.w
        .app
        .sql(&format!(
            "UPDATE users SET time_zone = 'Europe/Helsinki' WHERE email = '{MUM}'"
        ))
        .await
        .expect("Helsinki time");
    let pupil = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    trip.register(&pupil).await;

    let request = trip.w.app.last_mail(MUM, "consent_request").await;
    assert!(
        request.text_body.contains("östeuropeisk"),
        "{}",
        request.text_body
    );
    let (_, mum) = trip.get(&trip.consent_link(MUM).await).await;
    assert!(mum.contains("östeuropeisk"), "{mum}");
    assert!(!mum.contains("centraleuropeisk"), "{mum}");
    let (_, dad) = trip.get(&trip.consent_link(DAD).await).await;
    assert!(dad.contains("centraleuropeisk"), "{dad}");
}

#[tokio::test]
async fn one_guardian_is_enough_where_the_exchange_says_so() {
    let trip = Trip::open(10).await;
    trip.set_places(10, "FIRST_COME", Some("ONE_GUARDIAN"))
        .await;
    let pupil = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let id = id_of(&trip.register(&pupil).await);
    let (status, _) = trip.consent(&trip.consent_link(DAD).await, false).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&id).await, "CONFIRMED");
}

#[tokio::test]
async fn two_uses_of_one_link_at_once_record_one_consent() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let link = trip.consent_link(MUM).await;
    let (_, page) = trip.get(&link).await;
    let form = valid_form(&link, &page);
    let (first, second) = tokio::join!(
        trip.post_form("/consent", &form),
        trip.post_form("/consent", &form)
    );
    let mut statuses = [first.0, second.0];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 410], "{} / {}", first.1, second.1);
    assert_eq!(trip.w.app.count("consent_events").await, 1);
    assert_eq!(trip.w.app.count("medical_information").await, 1);
    assert_eq!(trip.state(&id).await, "CONFIRMED");
}

#[tokio::test]
async fn an_expired_link_shows_a_clear_page_and_changes_nothing() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let link = trip.consent_link(MUM).await;
    let (_, page) = trip.get(&link).await;
    utbyte_domain::entities::consent_links::Entity::update_many()
        .col_expr(
            utbyte_domain::entities::consent_links::Column::ExpiresAt,
            Expr::value(Utc::now() - Duration::hours(1)),
        )
        .exec(trip.w.app.db())
        .await
        .unwrap();
    let (status, body) = trip.get(&link).await;
    assert_eq!(status, 410);
    assert!(body.contains("id=\"link-problem\""), "{body}");
    assert!(!body.contains("<form"), "no form on a dead link");
    let (status, body) = trip.post_form("/consent", &valid_form(&link, &page)).await;
    assert_eq!(status, 410, "{body}");
    assert_eq!(trip.w.app.count("consent_events").await, 0);
    assert_eq!(trip.w.app.count("medical_information").await, 0);
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");
    // A token that is not one of ours at all.
    let (status, body) = trip.get("/consent?token=nonsense").await;
    assert!(status == 400 || status == 410, "{status}");
    assert!(body.contains("id=\"link-problem\""));
    // A form no page of ours sends (a field twice) gets the same plain page, not an error text.
    let (status, body) = trip
        .post_form(
            "/consent",
            &[("token".into(), "a".into()), ("token".into(), "b".into())],
        )
        .await;
    assert_eq!(status, 400);
    assert!(body.contains("id=\"link-problem\""), "{body}");
}

#[tokio::test]
async fn a_form_with_mistakes_comes_back_with_messages_and_what_was_typed() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let link = trip.consent_link(MUM).await;
    let (_, page) = trip.get(&link).await;
    let mut form = valid_form(&link, &page);
    set(&mut form, "travel", None);
    set(&mut form, "allergies", Some("Pollen & <nuts>"));
    set(&mut form, "contacts[0].name", Some("Olof Lind"));
    set(&mut form, "contacts[0].relation", Some("Father"));
    set(&mut form, "contacts[0].phone", Some("call me"));
    let (status, body) = trip.post_form("/consent", &form).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("id=\"form-errors\""));
    assert!(body.contains("id=\"travel-error\""), "the unticked box");
    assert!(
        body.contains("id=\"contacts-0-phone-error\""),
        "the bad phone"
    );
    assert!(body.contains("Olof Lind") && body.contains("Karin Lind"));
    assert!(
        body.contains("Pollen &") && !body.contains("<nuts>"),
        "kept, escaped"
    );
    assert_eq!(trip.w.app.count("consent_events").await, 0);
    assert_eq!(trip.w.app.count("medical_information").await, 0);
    // The link was not used up.
    let (status, _) = trip.consent(&link, false).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_withdrawal_offers_the_place_to_the_next_in_line() {
    let trip = Trip::open(2).await;
    let a = trip
        .pupil("Anna", &[("ga@example.com", "SOLE")], false)
        .await;
    let b = trip.pupil("Bo", &[("gb@example.com", "SOLE")], false).await;
    let c = trip
        .pupil("Cia", &[("gc@example.com", "SOLE")], false)
        .await;
    let ra = id_of(&trip.register(&a).await);
    trip.register(&b).await;
    let rc = trip.register(&c).await;
    assert_eq!(rc["state"], "WAITING_LIST");
    assert_eq!(rc["waitingListPosition"], 1);
    let waiting = trip.w.app.last_mail("gc@example.com", "waiting_list").await;
    assert!(
        waiting
            .text_body
            .contains("This is not a confirmation of a place")
    );
    assert!(!waiting.subject.to_lowercase().contains("confirm"));

    let withdrawn = trip.withdraw_as(&trip.w.teacher, &ra).await;
    assert_eq!(ok(&withdrawn, "withdrawRegistration")["state"], "WITHDRAWN");
    trip.w
        .app
        .last_mail("ga@example.com", "registration_ended")
        .await;
    let offered = trip.registration(&id_of(&rc)).await;
    assert_eq!(offered["state"], "OFFERED");
    let expires = chrono::DateTime::parse_from_rfc3339(offered["offerExpiresAt"].as_str().unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let hours = (expires - Utc::now()).num_minutes() as f64 / 60.0;
    assert!(
        (71.0..=72.1).contains(&hours),
        "72 hours by default: {hours}"
    );
    let offer = trip
        .w
        .app
        .last_mail("gc@example.com", "place_offered")
        .await;
    assert!(!offer.subject.to_lowercase().contains("confirmed"));
    assert!(offer.text_body.contains("/consent?token="));
    assert_eq!(trip.places().await["taken"], 2);

    // Consenting through the offer's link accepts the place.
    let link = format!("/consent?token={}", token_in(&offer.text_body));
    let (status, body) = trip.consent(&link, false).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(trip.state(&id_of(&rc)).await, "CONFIRMED");
    assert_eq!(trip.places().await["taken"], 2);
}

#[tokio::test]
async fn an_unanswered_offer_passes_on() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    let trip = Trip::open(1).await;
    let a = trip
        .pupil("Anna", &[("ga@example.com", "SOLE")], false)
        .await;
    let b = trip.pupil("Bo", &[("gb@example.com", "SOLE")], false).await;
    let c = trip
        .pupil("Cia", &[("gc@example.com", "SOLE")], false)
        .await;
    let ra = id_of(&trip.register(&a).await);
    let rb = id_of(&trip.register(&b).await);
    let rc = id_of(&trip.register(&c).await);
    ok(
        &trip.withdraw_as(&trip.w.teacher, &ra).await,
        "withdrawRegistration",
    );
    assert_eq!(trip.state(&rb).await, "OFFERED");
    assert_eq!(trip.registration(&rc).await["waitingListPosition"], 1);
    let offer = trip
        .w
        .app
        .last_mail("gb@example.com", "place_offered")
        .await;
    let offer_link = format!("/consent?token={}", token_in(&offer.text_body));

    use utbyte_domain::entities::registrations;
    registrations::Entity::update_many()
        .col_expr(
            registrations::Column::OfferExpiresAt,
            Expr::value(Utc::now() - Duration::minutes(1)),
        )
        .exec(trip.w.app.db())
        .await
        .unwrap();
    utbyte_domain::reminders::enqueue_due(trip.w.app.services(), Utc::now())
        .await
        .unwrap();
    assert_eq!(trip.state(&rb).await, "WITHDRAWN");
    let ended = trip
        .w
        .app
        .last_mail("gb@example.com", "registration_ended")
        .await;
    assert!(
        ended.text_body.contains("not accepted in time") || ended.text_body.contains("in time")
    );
    assert_eq!(trip.state(&rc).await, "OFFERED");
    assert_eq!(trip.places().await["taken"], 1);
    // A second pass changes nothing; the expired offer's link no longer works.
    utbyte_domain::reminders::enqueue_due(trip.w.app.services(), Utc::now())
        .await
        .unwrap();
    assert_eq!(trip.state(&rc).await, "OFFERED");
    let (status, _) = trip.get(&offer_link).await;
    assert_eq!(status, 410);
}

#[tokio::test]
async fn the_lottery_draws_with_priorities_and_can_be_repeated_from_its_seed() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    let trip = Trip::open_on(World::new().await, 3, "LOTTERY").await;
    let mut fewer = std::collections::HashMap::new();
    let mut registrations = Vec::new();
    for i in 0..8 {
        let guardian = format!("g{i}@example.com");
        let flagged = i % 3 == 0;
        let pupil = trip
            .pupil(&format!("Pupil {i}"), &[(&guardian, "SOLE")], flagged)
            .await;
        let registration = trip.register(&pupil).await;
        assert_eq!(registration["state"], "WAITING_LIST");
        assert_eq!(
            registration["waitingListPosition"],
            Value::Null,
            "awaiting the draw"
        );
        fewer.insert(id_of(&registration), flagged);
        registrations.push(id_of(&registration));
    }
    let draw = "mutation($e: ID!) { drawLottery(exchangeId: $e) { taken lotterySeed } }";
    let early = trip
        .w
        .gql(&trip.w.teacher, draw, json!({ "e": trip.exchange }))
        .await;
    assert_eq!(error_code(&early), "CONFLICT", "{early}");

    use utbyte_domain::entities::exchanges;
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::RegistrationDeadline,
            Expr::value(Utc::now().date_naive() - Duration::days(1)),
        )
        .exec(trip.w.app.db())
        .await
        .unwrap();
    let stranger = trip
        .w
        .app
        .user_with_roles("someone@example.com", &[("teacher", Scope::Global)])
        .await;
    let refused = trip
        .w
        .gql(&stranger, draw, json!({ "e": trip.exchange }))
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND", "{refused}");
    let drawn = trip
        .w
        .gql(&trip.w.teacher, draw, json!({ "e": trip.exchange }))
        .await;
    let drawn = ok(&drawn, "drawLottery");
    assert_eq!(drawn["taken"], 3);
    let seed: i64 = drawn["lotterySeed"].as_str().unwrap().parse().unwrap();

    // The same seed and the same people give the same outcome, reason for reason.
    let candidates: Vec<Candidate> = registrations
        .iter()
        .map(|id| Candidate {
            registration_id: uuid(id),
            fewer_opportunities: fewer[id],
            first_time: true,
        })
        .collect();
    let expected = rules::draw(seed, &candidates, 3);
    let stored = trip.registrations().await;
    for outcome in &expected {
        let registration = stored
            .iter()
            .find(|r| uuid(r["id"].as_str().unwrap()) == outcome.registration_id)
            .unwrap();
        assert_eq!(registration["lotteryRank"], outcome.rank);
        assert_eq!(registration["outcomeReason"], outcome.outcome.english());
        let placed = registration["state"] == "PENDING_CONSENT";
        assert_eq!(placed, outcome.place, "{registration}");
        if !outcome.place {
            assert_eq!(registration["waitingListPosition"], outcome.rank - 3);
        }
    }
    // All three with fewer opportunities got a place.
    for (id, flagged) in &fewer {
        if *flagged {
            let r = stored.iter().find(|r| r["id"] == id.as_str()).unwrap();
            assert_eq!(r["state"], "PENDING_CONSENT");
        }
    }
    let again = trip
        .w
        .gql(&trip.w.teacher, draw, json!({ "e": trip.exchange }))
        .await;
    assert_eq!(error_code(&again), "CONFLICT");
    let audit = trip.w.app.audit().await;
    let event = audit.iter().find(|e| e.action == "lottery_drawn").unwrap();
    assert_eq!(event.details["seed"], seed);
}

#[tokio::test]
async fn a_change_to_the_trip_asks_the_guardians_again_and_shows_what_changed() {
    let trip = Trip::open(10).await;
    trip.set_places(10, "FIRST_COME", Some("ONE_GUARDIAN"))
        .await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "JOINT")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let first_link = trip.consent_link(MUM).await;
    let (status, _) = trip.consent(&first_link, true).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&id).await, "CONFIRMED");

    let mut input = trip.w.input("Språkveckan i Lyon");
    let (old_start, new_start) = (day(60), day(61));
    input["startDate"] = json!(new_start);
    input["endDate"] = json!(day(65));
    let updated = trip
        .w
        .update_as(&trip.w.teacher, &trip.exchange, input)
        .await;
    ok(&updated, "updateExchange");

    let registration = trip.registration(&id).await;
    assert_eq!(registration["state"], "PENDING_CONSENT", "{registration}");
    assert_eq!(travel_of(&registration["consent"], MUM), "invalidated");
    let mail = trip.w.app.last_mail(MUM, "consent_request").await;
    assert!(mail.subject.contains("ändrats"), "{}", mail.subject);
    assert!(
        mail.text_body
            .contains(&format!("{old_start} → {new_start}")),
        "{}",
        mail.text_body
    );
    let link = trip.consent_link(MUM).await;
    assert_ne!(link, first_link);
    let (status, page) = trip.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"changes\""), "{page}");
    assert!(page.contains(&old_start) && page.contains(&new_start));
    assert!(
        page.contains(r#"id="photos" name="photos" value="yes" checked"#),
        "the photo permission given before stays ticked"
    );
    let (status, _) = trip.consent(&link, false).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT", "until approved");
    trip.w.approve(&trip.w.principal, &trip.exchange).await;
    trip.w.approve(&trip.w.coordinator, &trip.exchange).await;
    assert_eq!(trip.state(&id).await, "CONFIRMED");
}

/// Elsa, confirmed by both guardians; then the trip moves by a day (back to review) and both
/// consent again to the changed trip, each told that the place waits for the approval.
async fn reconsented_while_under_review(trip: &Trip) -> String {
    let pupil = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let id = id_of(&trip.register(&pupil).await);
    for guardian in [MUM, DAD] {
        trip.consent(&trip.consent_link(guardian).await, false)
            .await;
    }
    assert_eq!(trip.state(&id).await, "CONFIRMED");
    let mut input = trip.w.input("Språkveckan i Lyon");
    input["startDate"] = json!(day(61));
    input["endDate"] = json!(day(65));
    let updated = trip
        .w
        .update_as(&trip.w.teacher, &trip.exchange, input)
        .await;
    assert_eq!(ok(&updated, "updateExchange")["state"], "SUBMITTED");
    for guardian in [MUM, DAD] {
        let (status, body) = trip
            .consent(&trip.consent_link(guardian).await, false)
            .await;
        assert_eq!(status, 200, "{body}");
        // The receipt page, in the guardian's language.
        assert!(body.contains("väntar på att godkännas igen"), "{body}");
        assert!(!body.contains("är nu bekräftad"), "{body}");
        let received = trip.w.app.last_mail(guardian, "consent_received").await;
        assert!(
            received.text_body.contains("väntar på att godkännas igen"),
            "{}",
            received.text_body
        );
        assert!(!received.text_body.contains("Anmälan är nu bekräftad"));
    }
    assert_eq!(
        trip.state(&id).await,
        "PENDING_CONSENT",
        "no confirmed place before the change is approved"
    );
    assert_eq!(consent_status(trip, &id).await["met"], true);
    id
}

#[tokio::test]
async fn consents_to_a_change_under_review_confirm_only_once_it_is_approved() {
    let trip = Trip::open(10).await;
    let id = reconsented_while_under_review(&trip).await;
    let confirmations = || async {
        trip.w
            .app
            .outbox()
            .await
            .iter()
            .filter(|m| m.template == "registration_confirmed")
            .count()
    };
    let before = confirmations().await;
    trip.w.approve(&trip.w.principal, &trip.exchange).await;
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT", "one step of two");
    let approved = trip.w.approve(&trip.w.coordinator, &trip.exchange).await;
    assert_eq!(approved["state"], "APPROVED");
    assert_eq!(trip.state(&id).await, "CONFIRMED");
    assert_eq!(confirmations().await, before + 2, "each guardian is told");
}

#[tokio::test]
async fn a_rejected_change_ends_the_registrations_and_tells_the_families() {
    let trip = Trip::open(10).await;
    let id = reconsented_while_under_review(&trip).await;
    let rejected = trip
        .w
        .decide(
            &trip.w.principal,
            &trip.exchange,
            "REJECT",
            Some("The new dates clash with the national tests."),
        )
        .await;
    assert_eq!(ok(&rejected, "decideApprovalStep")["state"], "REJECTED");
    assert_eq!(trip.state(&id).await, "CANCELLED");
    assert_eq!(trip.places().await["taken"], 0);
    for guardian in [MUM, DAD] {
        let mail = trip.w.app.last_mail(guardian, "registration_ended").await;
        assert!(
            mail.text_body.contains("ändringen godkändes inte"),
            "in the guardian's language: {}",
            mail.text_body
        );
        assert!(
            !mail.text_body.contains("national tests"),
            "the approver's comment is for the teacher"
        );
    }
    let ended = trip
        .w
        .app
        .audit()
        .await
        .into_iter()
        .find(|e| e.action == "registration_ended")
        .expect("the ending is audited");
    assert_eq!(ended.details["ending"], "exchange_rejected");
    let (status, _) = trip
        .get(&format!(
            "/consent/withdraw?token={}",
            token_in(
                &trip
                    .w
                    .app
                    .last_mail(MUM, "consent_received")
                    .await
                    .text_body
            )
        ))
        .await;
    assert_eq!(status, 410, "the withdrawal link is dead");
}

#[tokio::test]
async fn a_second_guardians_form_keeps_what_the_first_gave() {
    let trip = Trip::open(10).await;
    let pupil = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let id = id_of(&trip.register(&pupil).await);
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, false).await;
    assert_eq!(status, 200);

    // The second guardian's page says what is on record and from whom, not what it says.
    let link = trip.consent_link(DAD).await;
    let (_, page) = trip.get(&link).await;
    assert!(page.contains(r#"id="on-record""#), "{page}");
    assert!(page.contains(&format!("Guardian {MUM}")), "{page}");
    assert!(
        page.contains("allergier, specialkost, nödkontakter"),
        "{page}"
    );
    for given in ["Nuts", "Vegetarian", "+46 70 123 45 67"] {
        assert!(!page.contains(given), "{given} shown on the page");
    }
    let mut form = valid_form(&link, &page);
    for field in ["allergies", "dietaryNeeds"] {
        set(&mut form, field, Some(""));
    }
    set(&mut form, "typedName", Some("Olof Lind"));
    set(&mut form, "contacts[0].name", Some("Olof Lind"));
    set(&mut form, "contacts[0].relation", Some("Father"));
    set(&mut form, "contacts[0].phone", Some("+46 70 765 43 21"));
    let (status, body) = trip.post_form("/consent", &form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(trip.state(&id).await, "CONFIRMED");

    let read = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($r: ID!) { medicalInformation(registrationId: $r) { allergies dietaryNeeds \
             emergencyContacts { phone } statements { givenBy givenAt allergies \
             emergencyContacts { phone } } } }",
            json!({ "r": id }),
        )
        .await;
    let medical = ok(&read, "medicalInformation");
    assert_eq!(medical["allergies"], "Nuts (EpiPen in the front pocket)");
    assert_eq!(medical["dietaryNeeds"], "Vegetarian");
    assert_eq!(
        medical["emergencyContacts"],
        json!([{ "phone": "+46 70 123 45 67" }, { "phone": "+46 70 765 43 21" }])
    );
    let statements = medical["statements"].as_array().expect("statements");
    assert_eq!(statements.len(), 2, "{medical}");
    assert_eq!(statements[0]["givenBy"], format!("Guardian {MUM}"));
    assert_eq!(
        statements[0]["allergies"],
        "Nuts (EpiPen in the front pocket)"
    );
    assert_eq!(statements[1]["givenBy"], format!("Guardian {DAD}"));
    assert_eq!(statements[1]["allergies"], "");
    let roster = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($e: ID!) { rosterCsv(exchangeId: $e) }",
            json!({ "e": trip.exchange }),
        )
        .await;
    let roster = ok(&roster, "rosterCsv")
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for given in ["Nuts", "+46 70 123 45 67", "+46 70 765 43 21"] {
        assert!(roster.contains(given), "{given} missing from {roster}");
    }
    // For programs: stable English codes, `,`, no byte-order mark.
    assert!(
        roster.starts_with("\"participant\",\"date_of_birth\",\"state\""),
        "{roster}"
    );
    assert!(roster.contains("\"confirmed\""), "{roster}");
    // For people, in the language asked for.
    let spreadsheet = trip
        .w
        .gql(
            &trip.w.teacher,
            "query($e: ID!) { rosterCsv(exchangeId: $e, format: SPREADSHEET, language: SV) }",
            json!({ "e": trip.exchange }),
        )
        .await;
    let spreadsheet = ok(&spreadsheet, "rosterCsv").as_str().unwrap_or_default();
    assert!(
        spreadsheet.starts_with("\u{feff}\"Deltagare\";\"Födelsedatum\";\"Läge\""),
        "{spreadsheet}"
    );
    assert!(spreadsheet.contains("\"Bekräftad\""), "{spreadsheet}");
    assert!(spreadsheet.contains("Nuts"), "{spreadsheet}");
}

#[tokio::test]
async fn guardians_see_their_own_children_and_medical_information_is_for_the_leaders() {
    let trip = Trip::open(10).await;
    let guardian_a = "guardian.a@example.com";
    let a_token = trip
        .w
        .app
        .user_with_roles(guardian_a, &[("guardian", Scope::Global)])
        .await;
    let a = trip.pupil("Anna", &[(guardian_a, "SOLE")], false).await;
    let b = trip
        .pupil("Bo", &[("guardian.b@example.com", "SOLE")], false)
        .await;
    let ra = id_of(&trip.register(&a).await);
    let rb = id_of(&trip.register(&b).await);
    for guardian in [guardian_a, "guardian.b@example.com"] {
        let (status, _) = trip
            .consent(&trip.consent_link(guardian).await, false)
            .await;
        assert_eq!(status, 200);
    }
    let read = |token: String, id: String| {
        let w = &trip.w;
        async move {
            w.gql(
                &token,
                "query($r: ID!) { medicalInformation(registrationId: $r) { allergies \
                 emergencyContacts { name relation phone } } }",
                json!({ "r": id }),
            )
            .await
        }
    };
    let reads = || async {
        trip.w
            .app
            .audit()
            .await
            .into_iter()
            .filter(|e| e.action == "medical_information_read")
            .count()
    };
    // Guardian A: their own child's registration, nothing of child B's, and no medical
    // information (they gave it; reading it back is for the leaders).
    let own = trip
        .w
        .gql(
            &a_token,
            &format!("query($id: ID!) {{ registration(id: $id) {{ {REGISTRATION} }} }}"),
            json!({ "id": ra }),
        )
        .await;
    ok(&own, "registration");
    let other = trip
        .w
        .gql(
            &a_token,
            &format!("query($id: ID!) {{ registration(id: $id) {{ {REGISTRATION} }} }}"),
            json!({ "id": rb }),
        )
        .await;
    assert_eq!(error_code(&other), "NOT_FOUND");
    let mine = trip
        .w
        .gql(&a_token, "{ myRegistrations { nodes { id } } }", json!({}))
        .await;
    assert_eq!(ok(&mine, "myRegistrations")["nodes"], json!([{ "id": ra }]));
    assert_eq!(
        error_code(&read(a_token.clone(), rb.clone()).await),
        "NOT_FOUND"
    );
    assert_eq!(
        error_code(&read(a_token.clone(), ra.clone()).await),
        "FORBIDDEN"
    );

    // A teacher who leads another school's exchange, the partner school's contact and the
    // global admin have no need to know.
    let elsewhere = crate::exchanges::organisation(
        &trip.w.app,
        &trip.w.admin,
        "Västra skolan",
        &trip.w.home_town,
    )
    .await;
    let other_teacher = trip
        .w
        .app
        .user_with_roles(
            "larare@vastra.example",
            &[("teacher", Scope::Organisation(uuid(&elsewhere)))],
        )
        .await;
    assert_eq!(
        error_code(&read(other_teacher.clone(), ra.clone()).await),
        "NOT_FOUND"
    );
    assert_eq!(
        error_code(&read(trip.w.partner_contact.clone(), ra.clone()).await),
        "NOT_FOUND"
    );
    assert_eq!(
        error_code(&read(trip.w.admin.clone(), ra.clone()).await),
        "NOT_FOUND"
    );
    let roster = "query($e: ID!) { rosterCsv(exchangeId: $e) }";
    let refused = trip
        .w
        .gql(&other_teacher, roster, json!({ "e": trip.exchange }))
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND");
    assert_eq!(reads().await, 0, "refused reads are not reads");

    // The exchange's teacher and the municipality's coordinator read it, each read audited.
    let by_teacher = read(trip.w.teacher.clone(), ra.clone()).await;
    let medical = ok(&by_teacher, "medicalInformation");
    assert_eq!(medical["allergies"], "Nuts (EpiPen in the front pocket)");
    assert_eq!(medical["emergencyContacts"][0]["phone"], "+46 70 123 45 67");
    ok(
        &read(trip.w.coordinator.clone(), rb.clone()).await,
        "medicalInformation",
    );
    assert_eq!(reads().await, 2);
    let teacher_id = trip.w.app.user_id(crate::exchanges::TEACHER).await;
    let audit = trip.w.app.audit().await;
    let first = audit
        .iter()
        .find(|e| e.action == "medical_information_read")
        .unwrap();
    assert_eq!(first.actor_id, Some(teacher_id));
    assert_eq!(first.subject_id, Some(uuid(&ra)));

    let csv = trip
        .w
        .gql(&trip.w.teacher, roster, json!({ "e": trip.exchange }))
        .await;
    let csv = ok(&csv, "rosterCsv").as_str().unwrap().to_owned();
    assert!(csv.contains("\"+46 70 123 45 67\"") || csv.contains("+46 70 123 45 67"));
    assert!(csv.contains("Anna") && csv.contains("Bo"));
    assert!(
        trip.w
            .app
            .audit_actions()
            .await
            .contains(&"roster_exported".to_owned()),
        "the export is audited"
    );
}

#[tokio::test]
async fn registrations_follow_the_age_membership_and_one_per_person_rules() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let tables = [
        "registrations",
        "consent_links",
        "outbox_emails",
        "audit_events",
        "exchange_places",
    ];
    let before = crate::matrix::table_counts(&trip.w.app, &tables).await;

    let again = trip.register_as(&trip.w.teacher, &pupil).await;
    assert_eq!(error_code(&again), "CONFLICT", "{again}");

    let young = trip
        .pupil_aged("Lill", 12, &[("lill@example.com", "SOLE")], false)
        .await;
    let refused = trip.register_as(&trip.w.teacher, &young).await;
    assert_eq!(error_fields(&refused), ["youthId"], "{refused}");
    assert_eq!(
        refused["errors"][0]["extensions"]["fields"][0]["code"],
        "outside_age_range"
    );

    let adult = trip.pupil_aged("Vuxen", 19, &[], false).await;
    let refused = trip.register_as(&trip.w.teacher, &adult).await;
    assert_eq!(
        refused["errors"][0]["extensions"]["fields"][0]["code"],
        "adult_registers_themselves"
    );

    // A pupil of another school, registered by their own teacher: not a member.
    let elsewhere = crate::exchanges::organisation(
        &trip.w.app,
        &trip.w.admin,
        "Västra skolan",
        &trip.w.home_town,
    )
    .await;
    let other_teacher = trip
        .w
        .app
        .user_with_roles(
            "larare@vastra.example",
            &[("teacher", Scope::Organisation(uuid(&elsewhere)))],
        )
        .await;
    let born = (Utc::now().date_naive() - Duration::days(15 * 365)).to_string();
    let outsider = trip
        .w
        .gql(
            &other_teacher,
            CREATE_YOUTH,
            json!({ "input": { "displayName": "Ute", "dateOfBirth": born, "organisationId": elsewhere,
                    "locale": "SV", "guardians": [{ "displayName": "G", "email": "g@example.com",
                    "locale": "SV", "custody": "SOLE" }] } }),
        )
        .await;
    let outsider = id_of(ok(&outsider, "createYouthProfile"));
    let refused = trip.register_as(&other_teacher, &outsider).await;
    assert_eq!(
        refused["errors"][0]["extensions"]["fields"][0]["code"],
        "not_a_member"
    );
    // Our teacher cannot register a child they do not teach.
    let refused = trip.register_as(&trip.w.teacher, &outsider).await;
    assert_eq!(error_fields(&refused), ["youthId"]);

    let malformed = trip
        .w
        .gql(
            &trip.w.teacher,
            &register_query(),
            json!({ "e": "nope", "y": pupil }),
        )
        .await;
    assert_eq!(error_fields(&malformed), ["exchangeId"]);

    // An approved exchange that is not open for registration.
    let closed = trip.w.approved("Stängd resa").await;
    let refused = trip
        .w
        .gql(
            &trip.w.teacher,
            &register_query(),
            json!({ "e": closed, "y": young }),
        )
        .await;
    assert_eq!(error_code(&refused), "CONFLICT");

    let after = crate::matrix::table_counts(&trip.w.app, &tables).await;
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a && !matches!(b.0, "outbox_emails" | "audit_events"))
        .collect();
    assert!(changed.is_empty(), "refusals wrote nothing: {changed:?}");
}

#[tokio::test]
async fn a_coordinator_confirms_without_consent_only_with_a_written_reason() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let query = "mutation($r: ID!, $reason: String!) { overrideConsent(registrationId: $r, reason: $reason) { state consent { overrideReason } } }";
    let by_teacher = trip
        .w
        .gql(
            &trip.w.teacher,
            query,
            json!({ "r": id, "reason": "The guardian is abroad and agreed by phone." }),
        )
        .await;
    assert_eq!(error_code(&by_teacher), "FORBIDDEN");
    let short = trip
        .w
        .gql(
            &trip.w.coordinator,
            query,
            json!({ "r": id, "reason": "ok" }),
        )
        .await;
    assert_eq!(error_fields(&short), ["reason"]);
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");
    let reason = "Sole guardian in hospital; the social services' decision is on file.";
    let done = trip
        .w
        .gql(
            &trip.w.coordinator,
            query,
            json!({ "r": id, "reason": reason }),
        )
        .await;
    let done = ok(&done, "overrideConsent");
    assert_eq!(done["state"], "CONFIRMED");
    assert_eq!(done["consent"]["overrideReason"], reason);
    let audit = trip.w.app.audit().await;
    let event = audit
        .iter()
        .find(|e| e.action == "consent_overridden")
        .unwrap();
    assert_eq!(event.details["reason"], reason);
}

#[tokio::test]
async fn a_guardian_withdraws_through_the_link_in_the_confirmation() {
    let trip = Trip::open(1).await;
    let a = trip.pupil("Anna", &[(MUM, "SOLE")], false).await;
    let b = trip.pupil("Bo", &[("gb@example.com", "SOLE")], false).await;
    let ra = id_of(&trip.register(&a).await);
    let rb = id_of(&trip.register(&b).await);
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, true).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&ra).await, "CONFIRMED");
    let received = trip.w.app.last_mail(MUM, "consent_received").await;
    let token = token_in(&received.text_body);
    let withdraw_path = format!("/consent/withdraw?token={token}");
    let (status, page) = trip.get(&withdraw_path).await;
    assert_eq!(status, 200, "{page}");

    let (status, _) = trip
        .post_form(
            "/consent/withdraw",
            &[
                ("token".into(), token.clone()),
                ("photosOnly".into(), "yes".into()),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let consent = consent_status(&trip, &ra).await;
    assert_eq!(consent["guardians"][0]["photos"], false);
    assert_eq!(trip.state(&ra).await, "CONFIRMED", "photos only");

    let (status, _) = trip
        .post_form("/consent/withdraw", &[("token".into(), token.clone())])
        .await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&ra).await, "WITHDRAWN");
    assert_eq!(trip.state(&rb).await, "OFFERED", "the place passes on");
    let (status, _) = trip
        .post_form("/consent/withdraw", &[("token".into(), token)])
        .await;
    assert_eq!(status, 410, "used up");
}

const OWN: &str = "mutation($r: ID!) { giveOwnConsent(registrationId: $r) { state consent { needed met participantAgreed } } }";

/// The school's teacher confirms that `youth` is a pupil there.
async fn confirm_membership(trip: &Trip, youth: &str) {
    let confirmed = trip
        .w
        .gql(
            &trip.w.teacher,
            "mutation($y: ID!) { confirmYouthMembership(youthId: $y) { membershipConfirmed } }",
            json!({ "y": youth }),
        )
        .await;
    assert_eq!(
        ok(&confirmed, "confirmYouthMembership")["membershipConfirmed"],
        true
    );
}

async fn own_profile(trip: &Trip, token: &str, age: i64, guardians: Value) -> Value {
    let born = Utc::now().date_naive() + Duration::days(60) - Duration::days(age * 365 + 100);
    trip.w
        .gql(
            token,
            CREATE_YOUTH,
            json!({ "input": { "displayName": "Elsa Lind", "dateOfBirth": born.to_string(),
                    "organisationId": trip.w.school, "locale": "SV", "ownProfile": true,
                    "guardians": guardians } }),
        )
        .await
}

#[tokio::test]
async fn a_young_person_registers_themselves_and_gives_their_own_assent() {
    let trip = Trip::open(10).await;
    let school = Scope::Organisation(uuid(&trip.w.school));
    let child = trip
        .w
        .app
        .user_with_roles("lill@example.se", &[("youth", school)])
        .await;
    let refused = own_profile(&trip, &child, 12, json!([])).await;
    assert!(
        error_fields(&refused).contains(&"input.ownProfile".to_owned()),
        "{refused}"
    );
    let token = trip
        .w
        .app
        .user_with_roles("elsa.lind@example.se", &[("youth", school)])
        .await;
    let guardians =
        json!([{ "displayName": "Karin Lind", "email": MUM, "locale": "SV", "custody": "SOLE" }]);
    let profile = own_profile(&trip, &token, 15, guardians).await;
    let youth = id_of(ok(&profile, "createYouthProfile"));
    // A family's word that a child belongs to the school is not the school's.
    let unconfirmed = trip.register_as(&token, &youth).await;
    assert_eq!(
        unconfirmed["errors"][0]["extensions"]["fields"][0]["code"], "membership_not_confirmed",
        "{unconfirmed}"
    );
    confirm_membership(&trip, &youth).await;
    let registered = trip.register_as(&token, &youth).await;
    let registration = ok(&registered, "registerForExchange");
    assert_eq!(registration["state"], "PENDING_CONSENT");
    let id = id_of(registration);
    let assent = trip.w.gql(&token, OWN, json!({ "r": id })).await;
    let assent = ok(&assent, "giveOwnConsent");
    assert_eq!(assent["consent"]["participantAgreed"], true);
    assert_eq!(
        assent["state"], "PENDING_CONSENT",
        "assent is not the guardian's consent"
    );
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, false).await;
    assert_eq!(status, 200);
    let mine = trip
        .w
        .gql(
            &token,
            "{ myRegistrations { nodes { id state } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        ok(&mine, "myRegistrations")["nodes"],
        json!([{ "id": id, "state": "CONFIRMED" }])
    );
    // Their own withdrawal is one step, and the place frees.
    let withdrawn = trip.withdraw_as(&token, &id).await;
    assert_eq!(ok(&withdrawn, "withdrawRegistration")["state"], "WITHDRAWN");
    assert_eq!(trip.places().await["taken"], 0);
}

#[tokio::test]
async fn an_adult_participant_consents_for_themselves() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    use utbyte_domain::entities::exchanges;
    let trip = Trip::open(10).await;
    exchanges::Entity::update_many()
        .col_expr(exchanges::Column::AgeMax, Expr::value(20i16))
        .exec(trip.w.app.db())
        .await
        .unwrap();
    let school = Scope::Organisation(uuid(&trip.w.school));
    let token = trip
        .w
        .app
        .user_with_roles("vuxen@example.se", &[("youth", school)])
        .await;
    let profile = own_profile(&trip, &token, 19, json!([])).await;
    let youth = id_of(ok(&profile, "createYouthProfile"));
    confirm_membership(&trip, &youth).await;
    // A teacher may not register an adult; the adult registers themselves.
    let by_teacher = trip.register_as(&trip.w.teacher, &youth).await;
    assert_eq!(
        by_teacher["errors"][0]["extensions"]["fields"][0]["code"],
        "adult_registers_themselves"
    );
    let registered = trip.register_as(&token, &youth).await;
    let registration = ok(&registered, "registerForExchange");
    assert_eq!(registration["state"], "CONFIRMED");
    assert_eq!(registration["consent"]["needed"], false);
    assert_eq!(registration["consent"]["participantAgreed"], true);
    let id = id_of(registration);

    let mut input = trip.w.input("Språkveckan i Lyon");
    input["ageRange"] = json!({ "min": 14, "max": 20 });
    input["startDate"] = json!(day(62));
    input["endDate"] = json!(day(66));
    ok(
        &trip
            .w
            .update_as(&trip.w.teacher, &trip.exchange, input)
            .await,
        "updateExchange",
    );
    assert_eq!(trip.state(&id).await, "PENDING_CONSENT");
    let again = trip.w.gql(&token, OWN, json!({ "r": id })).await;
    assert_eq!(
        ok(&again, "giveOwnConsent")["state"],
        "PENDING_CONSENT",
        "until the change is approved"
    );
    trip.w.approve(&trip.w.principal, &trip.exchange).await;
    trip.w.approve(&trip.w.coordinator, &trip.exchange).await;
    assert_eq!(trip.state(&id).await, "CONFIRMED");
}

#[tokio::test]
async fn cancelling_the_exchange_ends_every_registration_and_tells_the_families() {
    let trip = Trip::open(1).await;
    let a = trip
        .pupil("Anna", &[("ga@example.com", "SOLE")], false)
        .await;
    let b = trip.pupil("Bo", &[("gb@example.com", "SOLE")], false).await;
    let ra = id_of(&trip.register(&a).await);
    let rb = id_of(&trip.register(&b).await);
    let link = trip.consent_link("ga@example.com").await;
    let cancelled = trip
        .w
        .gql(
            &trip.w.teacher,
            "mutation($id: ID!, $reason: String!) { cancelExchange(id: $id, reason: $reason) { state } }",
            json!({ "id": trip.exchange, "reason": "The partner school closed for renovation." }),
        )
        .await;
    assert_eq!(ok(&cancelled, "cancelExchange")["state"], "CANCELLED");
    for (registration, guardian) in [(&ra, "ga@example.com"), (&rb, "gb@example.com")] {
        assert_eq!(trip.state(registration).await, "CANCELLED");
        let mail = trip.w.app.last_mail(guardian, "registration_ended").await;
        assert!(mail.text_body.contains("renovation"), "{}", mail.text_body);
    }
    assert_eq!(trip.places().await["taken"], 0);
    assert_eq!(
        trip.w
            .app
            .outbox()
            .await
            .iter()
            .filter(|m| m.template == "place_offered")
            .count(),
        0,
        "nothing is offered on a cancelled trip"
    );
    let (status, _) = trip.get(&link).await;
    assert_eq!(status, 410);
}

/// The teacher's list of registrations costs as many statements for 8 registrations as for 2.
#[tokio::test]
async fn the_list_of_registrations_loads_in_a_bounded_number_of_statements() {
    let (app, log) = TestApp::spawn_counting().await;
    let trip = Trip::open_on(World::on(app).await, 10, "FIRST_COME").await;
    let principal = trip.w.app.principal(&trip.w.teacher).await;
    let query =
        format!("query($e: ID!) {{ exchangeRegistrations(exchangeId: $e) {{ {REGISTRATION} }} }}");
    let mut counts = Vec::new();
    for n in [2, 8] {
        while trip.registrations().await.len() < n {
            let i = trip.registrations().await.len();
            let guardians = [
                (format!("g{i}@example.com"), "JOINT"),
                (format!("h{i}@example.com"), "JOINT"),
            ];
            let guardians: Vec<(&str, &str)> =
                guardians.iter().map(|(e, c)| (e.as_str(), *c)).collect();
            let pupil = trip.pupil(&format!("Pupil {i}"), &guardians, false).await;
            trip.register(&pupil).await;
        }
        log.clear();
        let response = trip
            .w
            .app
            .gql_as(principal.clone(), &query, json!({ "e": trip.exchange }))
            .await;
        assert_eq!(
            ok(&response, "exchangeRegistrations")
                .as_array()
                .unwrap()
                .len(),
            n
        );
        counts.push(log.statements().len());
    }
    println!("statements for the list of 2 and of 8 registrations: {counts:?}");
    assert_eq!(
        counts[0], counts[1],
        "statements for 2 and for 8 registrations: {counts:?}"
    );
}

#[tokio::test]
async fn a_resent_link_replaces_the_old_one() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa", &[(MUM, "SOLE")], false).await;
    let registration = trip.register(&pupil).await;
    let id = id_of(&registration);
    let guardian = registration["consent"]["guardians"][0]["guardianId"]
        .as_str()
        .unwrap()
        .to_owned();
    let old = trip.consent_link(MUM).await;
    let resend = "mutation($r: ID!, $g: ID!) { resendConsentLink(registrationId: $r, guardianId: $g) { state } }";
    let resent = trip
        .w
        .gql(&trip.w.teacher, resend, json!({ "r": id, "g": guardian }))
        .await;
    ok(&resent, "resendConsentLink");
    let new = trip.consent_link(MUM).await;
    assert_ne!(new, old);
    let (status, _) = trip.get(&old).await;
    assert_eq!(status, 410, "the old link stops working");
    let (status, _) = trip.consent(&new, false).await;
    assert_eq!(status, 200);
    assert_eq!(trip.state(&id).await, "CONFIRMED");
    // A guardian who is not on record for this child is named as the bad field.
    let stranger = trip
        .w
        .gql(
            &trip.w.teacher,
            resend,
            json!({ "r": id, "g": uuid::Uuid::now_v7().to_string() }),
        )
        .await;
    assert_eq!(error_fields(&stranger), ["guardianId"]);
}

#[tokio::test]
async fn withdrawal_is_possible_until_departure_and_not_after() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    use utbyte_domain::entities::{consent_links, exchanges};
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa", &[(MUM, "SOLE")], false).await;
    let id = id_of(&trip.register(&pupil).await);
    let (status, _) = trip.consent(&trip.consent_link(MUM).await, false).await;
    assert_eq!(status, 200);
    // The withdrawal link lasts exactly until departure.
    let links = consent_links::Entity::find()
        .all(trip.w.app.db())
        .await
        .unwrap();
    let withdraw = links.iter().find(|l| l.purpose == "withdraw").unwrap();
    let departure = (Utc::now().date_naive() + Duration::days(60))
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    assert_eq!(withdraw.expires_at, departure);
    // Once the exchange has started, the registration can no longer be withdrawn.
    exchanges::Entity::update_many()
        .col_expr(
            exchanges::Column::StartDate,
            Expr::value(Utc::now().date_naive()),
        )
        .exec(trip.w.app.db())
        .await
        .unwrap();
    let late = trip.withdraw_as(&trip.w.teacher, &id).await;
    assert_eq!(error_code(&late), "CONFLICT", "{late}");
    assert_eq!(trip.state(&id).await, "CONFIRMED");
}

/// Reads the connection `field` of `query` (taking `$a` as `after`) page by page as `token`;
/// returns the nodes' ids in order and how many pages it took.
async fn read_every_page(w: &World, token: &str, query: &str, field: &str) -> (Vec<String>, usize) {
    let mut read = Vec::new();
    let mut after = Value::Null;
    let mut pages = 0;
    loop {
        let response = w.gql(token, query, json!({ "a": after })).await;
        let page = ok(&response, field);
        let edges = page["edges"].as_array().expect("edges");
        assert!(edges.len() <= 2, "a page holds at most `first`: {page}");
        read.extend(edges.iter().map(|e| id_of(&e["node"])));
        pages += 1;
        if !page["pageInfo"]["hasNextPage"]
            .as_bool()
            .expect("hasNextPage")
        {
            return (read, pages);
        }
        after = edges.last().expect("a full page")["cursor"].clone();
    }
}

#[tokio::test]
async fn youth_profiles_are_read_page_by_page_to_the_last() {
    let trip = Trip::open(10).await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(
            trip.pupil(&format!("Pupil {i}"), &[(MUM, "SOLE")], false)
                .await,
        );
    }
    let query = "query($a: String) { youthProfiles(first: 2, after: $a) { \
                 edges { cursor node { id } } pageInfo { hasNextPage } } }";
    let (read, pages) = read_every_page(&trip.w, &trip.w.teacher, query, "youthProfiles").await;
    assert_eq!(read, created, "every profile once, oldest first");
    assert_eq!(pages, 3);

    let too_many = trip
        .w
        .gql(
            &trip.w.teacher,
            "{ youthProfiles(first: 101) { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_fields(&too_many), vec!["first"]);
    let bad_cursor = trip
        .w
        .gql(&trip.w.teacher, query, json!({ "a": "not-a-cursor" }))
        .await;
    assert_eq!(error_fields(&bad_cursor), vec!["after"]);
}

#[tokio::test]
async fn a_guardian_reads_every_registration_page_by_page() {
    let trip = Trip::open(10).await;
    let mut registered = Vec::new();
    for i in 0..3 {
        let pupil = trip
            .pupil(&format!("Pupil {i}"), &[(MUM, "SOLE")], false)
            .await;
        registered.push(id_of(&trip.register(&pupil).await));
    }
    registered.reverse();
    let mum = trip.w.app.user_with_roles(MUM, &[]).await;
    let query = "query($a: String) { myRegistrations(first: 2, after: $a) { \
                 edges { cursor node { id } } pageInfo { hasNextPage } } }";
    let (read, pages) = read_every_page(&trip.w, &mum, query, "myRegistrations").await;
    assert_eq!(read, registered, "every registration once, newest first");
    assert_eq!(pages, 2);
}
