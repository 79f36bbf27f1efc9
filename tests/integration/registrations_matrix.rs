//! Who may do what with registrations: every query and mutation of the registrations API,
//! tried by every principal of the shared cast and by the people around one young person (a
//! guardian of theirs with an account, a guardian of another child, and the young person
//! themselves), with what each outcome wrote; and the guard that keeps the matrix complete.
use std::panic::AssertUnwindSafe;

use chrono::{Duration, Utc};
use futures_util::FutureExt;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use utbyte_domain::entities::consent_links;
use utbyte_tests::{Scope, TestApp, error_fields};

use crate::{
    exchanges::{
        ADMIN, COORDINATOR, PARTNER_CONTACT, PRINCIPAL, TEACHER, World, id_of, municipality, ok,
        organisation, uuid,
    },
    matrix::{Cast, Matrix, Outcome, outcome_of, table_counts},
    registrations::{
        CREATE_YOUTH, DAD, MUM, PLACES, REGISTRATION_FIELDS, SET_PLACES, Trip,
        is_registration_field,
    },
};

/// The tables a registration operation may write.
const TABLES: [&str; 9] = [
    "youth_profiles",
    "guardians",
    "registrations",
    "exchange_places",
    "consent_links",
    "consent_events",
    "medical_information",
    "outbox_emails",
    "audit_events",
];

const YOUTH_PROFILES: &str = "{ youthProfiles(first: 100) { nodes { id } } }";
const YOUTH_PROFILE: &str =
    "query($id: ID!) { youthProfile(id: $id) { id displayName guardians { id email } } }";
const REGISTRATION: &str = "query($id: ID!) { registration(id: $id) { id state youthId \
     consent { met participantAgreed } } }";
const EXCHANGE_REGISTRATIONS: &str =
    "query($e: ID!) { exchangeRegistrations(exchangeId: $e) { id state youthId } }";
const MY_REGISTRATIONS: &str = "{ myRegistrations(first: 100) { nodes { id } } }";
const MEDICAL: &str = "query($r: ID!) { medicalInformation(registrationId: $r) { allergies \
     emergencyContacts { name relation phone } } }";
const ROSTER: &str = "query($e: ID!) { rosterCsv(exchangeId: $e) }";
const REGISTER: &str =
    "mutation($e: ID!, $y: ID!) { registerForExchange(exchangeId: $e, youthId: $y) { id state } }";
const WITHDRAW: &str = "mutation($id: ID!) { withdrawRegistration(id: $id) { id state } }";
const CANCEL: &str = "mutation($id: ID!, $reason: String!) { \
     cancelRegistration(id: $id, reason: $reason) { id state } }";
const ACCEPT: &str = "mutation($id: ID!) { acceptPlaceOffer(id: $id) { id state } }";
const DRAW: &str = "mutation($e: ID!) { drawLottery(exchangeId: $e) { lotteryDrawnAt } }";
const RESEND: &str = "mutation($r: ID!, $g: ID!) { \
     resendConsentLink(registrationId: $r, guardianId: $g) { id state } }";
const GIVE_OWN: &str = "mutation($r: ID!) { giveOwnConsent(registrationId: $r) { id state \
     consent { participantAgreed } } }";
const OVERRIDE: &str = "mutation($r: ID!, $reason: String!) { \
     overrideConsent(registrationId: $r, reason: $reason) { id state } }";
const CONFIRM_MEMBERSHIP: &str =
    "mutation($y: ID!) { confirmYouthMembership(youthId: $y) { id membershipConfirmed } }";
const MEMBERSHIP: &str = "query($id: ID!) { youthProfile(id: $id) { id membershipConfirmed } }";

/// The young person with an account of her own, 15, a pupil of the school; her mother (who
/// has an account) and her father (who has none) are her guardians with joint custody.
const ELSA: &str = "elsa.lind@example.se";
/// The guardian, with an account, of Bo: another pupil of the school.
const BOS_GUARDIAN: &str = "anders.berg@example.se";
/// The teacher of a school in another municipality.
const OTHER_TEACHER: &str = "larare@katedral.example";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    YouthProfiles,
    YouthProfile,
    Registration,
    ExchangeRegistrations,
    MyRegistrations,
    ExchangePlaces,
    MedicalInformation,
    RosterCsv,
    CreateYouthProfile,
    ConfirmYouthMembership,
    SetExchangePlaces,
    Register,
    WithdrawRegistration,
    CancelRegistration,
    AcceptPlaceOffer,
    DrawLottery,
    ResendConsentLink,
    GiveOwnConsent,
    OverrideConsent,
}

use Operation::*;

/// In this order each principal tries them: the consent link is resent, the young person
/// assents and a coordinator overrides on one registration pending consent.
const OPERATIONS: [Operation; 19] = [
    YouthProfiles,
    YouthProfile,
    Registration,
    ExchangeRegistrations,
    MyRegistrations,
    ExchangePlaces,
    MedicalInformation,
    RosterCsv,
    CreateYouthProfile,
    ConfirmYouthMembership,
    SetExchangePlaces,
    Register,
    WithdrawRegistration,
    CancelRegistration,
    AcceptPlaceOffer,
    DrawLottery,
    ResendConsentLink,
    GiveOwnConsent,
    OverrideConsent,
];

/// The operation the shared runner cannot check: `register` refuses someone who may not see
/// the young person as a field error on `youthId` ("no such young person"), for which
/// `Outcome` has no case (someone who sees them but may not act for them, a coordinator, is
/// FORBIDDEN). It is checked beside the runner, under the same contract.
const BESIDE_THE_RUNNER: Operation = Register;

/// What the matrix reads, and where it registers.
struct Shared {
    school: String,
    /// The week in Lyon: Elsa and Bo are registered, Elsa's mother has consented through her
    /// link and given Elsa's medical information; her father has not yet.
    trip: String,
    elsa: String,
    /// Elsa's registration for the trip.
    elsas_registration: String,
    /// Open for registration, where nobody the matrix acts for is registered yet.
    to_register_for: String,
}

/// What one principal acts on alone, so that allowed writes never collide. In the young
/// person's own row it is her own profile and registrations; in every other row a pupil of
/// the school whose guardians are Elsa's mother and father.
struct Own {
    tag: String,
    /// The principal's e-mail address: the guardian on record of the profile they create.
    email: String,
    youth: String,
    /// The young person's mother on record (her guardian id).
    mother: String,
    /// Recorded by a guardian, so not yet confirmed as a member of the school: its membership
    /// is confirmed. In the young person's own row, her own profile (the school's teacher
    /// confirmed it when she was first registered).
    to_confirm: String,
    /// Pending consent: the link is resent, the young person assents, consent is overridden.
    pending: String,
    /// Pending consent, to withdraw.
    to_withdraw: String,
    /// Pending consent, to cancel.
    to_cancel: String,
    /// A place offered from the waiting list.
    offered: String,
    /// A lottery whose registration has closed, to draw.
    lottery: String,
}

impl Operation {
    /// The root field of the schema the operation exercises.
    fn field(self) -> &'static str {
        match self {
            YouthProfiles => "youthProfiles",
            YouthProfile => "youthProfile",
            Registration => "registration",
            ExchangeRegistrations => "exchangeRegistrations",
            MyRegistrations => "myRegistrations",
            ExchangePlaces => "exchangePlaces",
            MedicalInformation => "medicalInformation",
            RosterCsv => "rosterCsv",
            CreateYouthProfile => "createYouthProfile",
            ConfirmYouthMembership => "confirmYouthMembership",
            SetExchangePlaces => "setExchangePlaces",
            Register => "registerForExchange",
            WithdrawRegistration => "withdrawRegistration",
            CancelRegistration => "cancelRegistration",
            AcceptPlaceOffer => "acceptPlaceOffer",
            DrawLottery => "drawLottery",
            ResendConsentLink => "resendConsentLink",
            GiveOwnConsent => "giveOwnConsent",
            OverrideConsent => "overrideConsent",
        }
    }

    /// An allowed write adds exactly one audit event; a read adds none. Reading medical
    /// information and exporting the roster are audited reads: one audit event each.
    /// Confirming a membership writes (and audits) only one not yet confirmed, which is why
    /// every row confirms a profile of its own.
    fn writes(self) -> bool {
        !matches!(
            self,
            YouthProfiles
                | YouthProfile
                | Registration
                | ExchangeRegistrations
                | MyRegistrations
                | ExchangePlaces
        )
    }

    fn document(self) -> &'static str {
        match self {
            YouthProfiles => YOUTH_PROFILES,
            YouthProfile => YOUTH_PROFILE,
            Registration => REGISTRATION,
            ExchangeRegistrations => EXCHANGE_REGISTRATIONS,
            MyRegistrations => MY_REGISTRATIONS,
            ExchangePlaces => PLACES,
            MedicalInformation => MEDICAL,
            RosterCsv => ROSTER,
            CreateYouthProfile => CREATE_YOUTH,
            ConfirmYouthMembership => CONFIRM_MEMBERSHIP,
            SetExchangePlaces => SET_PLACES,
            Register => REGISTER,
            WithdrawRegistration => WITHDRAW,
            CancelRegistration => CANCEL,
            AcceptPlaceOffer => ACCEPT,
            DrawLottery => DRAW,
            ResendConsentLink => RESEND,
            GiveOwnConsent => GIVE_OWN,
            OverrideConsent => OVERRIDE,
        }
    }

    fn request(self, shared: &Shared, own: &Own, index: usize) -> (&'static str, Value) {
        let variables = match self {
            YouthProfiles | MyRegistrations => json!({}),
            YouthProfile => json!({ "id": shared.elsa }),
            Registration => json!({ "id": shared.elsas_registration }),
            ExchangeRegistrations | ExchangePlaces | RosterCsv => json!({ "e": shared.trip }),
            MedicalInformation => json!({ "r": shared.elsas_registration }),
            // A pupil of the school with the principal as their guardian: how a parent
            // records their child, and how staff record a pupil.
            CreateYouthProfile => json!({ "input": youth_input(
                &format!("Ny elev {}", own.tag),
                14,
                &shared.school,
                false,
                &[(own.email.as_str(), "SOLE")],
            )}),
            ConfirmYouthMembership => json!({ "y": own.to_confirm }),
            SetExchangePlaces => json!({ "e": shared.trip, "input": {
                "capacity": 10 + index, "selection": "FIRST_COME", "membership": "MEMBERS",
            }}),
            Register => json!({ "e": shared.to_register_for, "y": own.youth }),
            WithdrawRegistration => json!({ "id": own.to_withdraw }),
            CancelRegistration => json!({
                "id": own.to_cancel,
                "reason": format!("Inställd av {}: platsen behövs inte.", own.tag),
            }),
            AcceptPlaceOffer => json!({ "id": own.offered }),
            DrawLottery => json!({ "e": own.lottery }),
            ResendConsentLink => json!({ "r": own.pending, "g": own.mother }),
            GiveOwnConsent => json!({ "r": own.pending }),
            OverrideConsent => json!({
                "r": own.pending,
                "reason": "Sole guardian in hospital; the social services' decision is on file.",
            }),
        };
        (self.document(), variables)
    }
}

/// Picks one of a principal's own registrations.
type OwnRegistration = fn(&Own) -> &String;

/// What a principal should get: one of the runner's outcomes, or a refusal as invalid input
/// (BAD_USER_INPUT naming `youthId`), which only `register` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Is(Outcome),
    Invalid,
}

const A: Expect = Expect::Is(Outcome::Allowed);
const F: Expect = Expect::Is(Outcome::Forbidden);
const N: Expect = Expect::Is(Outcome::NotFound);
const U: Expect = Expect::Is(Outcome::Unauthenticated);
const V: Expect = Expect::Invalid;

impl Expect {
    fn answered_by(self, response: &Value) -> bool {
        match self {
            Expect::Is(outcome) => outcome_of(response) == Some(outcome),
            Expect::Invalid => {
                response["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
                    && error_fields(response) == ["youthId"]
            }
        }
    }
}

/// Born so as to be `age` when the week in Lyon starts (in 60 days).
fn born(age: i64) -> String {
    (Utc::now().date_naive() + Duration::days(60) - Duration::days(age * 365 + 100)).to_string()
}

fn youth_input(
    name: &str,
    age: i64,
    school: &str,
    own_profile: bool,
    guardians: &[(&str, &str)],
) -> Value {
    let guardians: Vec<Value> = guardians
        .iter()
        .map(|(email, custody)| {
            json!({ "displayName": format!("Guardian {email}"), "email": email,
                    "locale": "SV", "custody": custody })
        })
        .collect();
    json!({
        "displayName": name, "dateOfBirth": born(age), "organisationId": school,
        "locale": "SV", "ownProfile": own_profile, "guardians": guardians,
    })
}

/// Records a young person as `token`; returns the profile with its guardians.
async fn create_youth(w: &World, token: &str, input: Value) -> Value {
    let response = w.gql(token, CREATE_YOUTH, json!({ "input": input })).await;
    ok(&response, "createYouthProfile").clone()
}

/// The id of the guardian with `email` of a profile.
fn guardian_id(profile: &Value, email: &str) -> String {
    profile["guardians"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|g| g["email"] == email)
        .map(id_of)
        .unwrap_or_else(|| panic!("no guardian {email} in {profile}"))
}

async fn set_places(w: &World, exchange: &str, capacity: i32, selection: &str) -> Value {
    let input = json!({ "capacity": capacity, "selection": selection, "membership": "MEMBERS" });
    let response = w
        .gql(
            &w.teacher,
            SET_PLACES,
            json!({ "e": exchange, "input": input }),
        )
        .await;
    ok(&response, "setExchangePlaces").clone()
}

/// A week in Lyon of the school, approved and open for registration, with `capacity` places
/// given out by `selection`.
async fn open_trip(w: &World, title: &str, capacity: i32, selection: &str) -> String {
    let id = w.approved(title).await;
    w.advance(&id, &["OPEN_REGISTRATION"]).await;
    set_places(w, &id, capacity, selection).await;
    id
}

/// The teacher registers `youth`; returns the registration's id and state.
async fn register(w: &World, exchange: &str, youth: &str) -> (String, String) {
    let response = w
        .gql(&w.teacher, REGISTER, json!({ "e": exchange, "y": youth }))
        .await;
    let registration = ok(&response, "registerForExchange");
    (
        id_of(registration),
        registration["state"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}

/// A registration as the school's teacher sees it.
async fn registration(w: &World, id: &str) -> Value {
    let response = w.gql(&w.teacher, REGISTRATION, json!({ "id": id })).await;
    ok(&response, "registration").clone()
}

/// Whether the school has confirmed that `youth` is a pupil there, as its teacher sees it.
async fn membership_confirmed(w: &World, youth: &str) -> bool {
    let response = w.gql(&w.teacher, MEMBERSHIP, json!({ "id": youth })).await;
    ok(&response, "youthProfile")["membershipConfirmed"]
        .as_bool()
        .unwrap_or_else(|| panic!("no membershipConfirmed in {response}"))
}

/// The ids of the list `field` that `token` gets from `query`.
async fn ids(w: &World, token: &str, query: &str, field: &str, variables: Value) -> Vec<String> {
    let response = w.gql(token, query, variables).await;
    let listed = ok(&response, field);
    // A connection lists its items under `nodes`.
    listed
        .get("nodes")
        .unwrap_or(listed)
        .as_array()
        .into_iter()
        .flatten()
        .map(id_of)
        .collect()
}

#[tokio::test]
async fn who_may_do_what_with_registrations() {
    // No scheduler pass in the middle of the matrix: it would queue mail of its own.
    let app = TestApp::spawn_with(|s| s.scheduler_interval_secs = 24 * 3600).await;
    let w = World::on(app).await;
    let (vaxjo, vaxjo_town) = municipality(&w.app, &w.admin, "Växjö").await;
    let katedral = organisation(&w.app, &w.admin, "Katedralskolan", &vaxjo_town).await;
    let other_teacher = w
        .app
        .user_with_roles(
            OTHER_TEACHER,
            &[("teacher", Scope::Organisation(uuid(&katedral)))],
        )
        .await;
    let mut principals = Cast {
        admin: &w.admin,
        coordinator: &w.coordinator,
        teacher: &w.teacher,
        principal: &w.principal,
        partner_contact: &w.partner_contact,
        other_municipality: uuid(&vaxjo),
        other_teacher: &other_teacher,
    }
    .principals(&w.app)
    .await;
    // The people around one young person, in rows before the anonymous one.
    let anonymous = principals.pop().expect("anonymous last");
    let mother = w.app.user_with_role(MUM, "guardian").await;
    let bos_guardian = w.app.user_with_role(BOS_GUARDIAN, "guardian").await;
    let elsa_token = w.app.user_with_role(ELSA, "youth").await;
    principals.push(("guardian of the pupil", Some(mother.clone())));
    principals.push(("guardian of another child", Some(bos_guardian)));
    principals.push(("the young person themselves", Some(elsa_token.clone())));
    principals.push(anonymous);
    let emails = [
        ADMIN,
        "global@utbyte.example",
        COORDINATOR,
        "kansli@vaxjo.example",
        TEACHER,
        PRINCIPAL,
        PARTNER_CONTACT,
        OTHER_TEACHER,
        "ung@example.se",
        "foralder@example.se",
        MUM,
        BOS_GUARDIAN,
        ELSA,
        "anonym@example.com",
    ];
    assert_eq!(emails.len(), principals.len());
    for ((principal, token), email) in principals.iter().zip(emails) {
        if let Some(token) = token {
            let signed_in = w.app.principal(token).await.expect("signed in");
            assert_eq!(
                signed_in.user_id,
                w.app.user_id(email).await,
                "{principal} is {email}"
            );
        }
    }
    let elsas_row = principals.len() - 2;

    // Elsa records her own profile, which the school's teacher confirms (the week in Lyon is
    // for members only); the teacher records Bo. Both go on the week in Lyon, and Elsa's
    // mother consents through her link, with Elsa's medical information.
    let trip = Trip::open_on(w, 10, "FIRST_COME").await;
    let w = &trip.w;
    let elsa_profile = create_youth(
        w,
        &elsa_token,
        youth_input(
            "Elsa Lind",
            15,
            &w.school,
            true,
            &[(MUM, "JOINT"), (DAD, "JOINT")],
        ),
    )
    .await;
    let elsa = id_of(&elsa_profile);
    assert!(
        !membership_confirmed(w, &elsa).await,
        "her own word is not the school's"
    );
    let confirmed = w
        .gql(&w.teacher, CONFIRM_MEMBERSHIP, json!({ "y": elsa }))
        .await;
    assert_eq!(
        ok(&confirmed, "confirmYouthMembership")["membershipConfirmed"],
        true
    );
    let bo = id_of(
        &create_youth(
            w,
            &w.teacher,
            youth_input("Bo Berg", 15, &w.school, false, &[(BOS_GUARDIAN, "SOLE")]),
        )
        .await,
    );
    let elsas_registration = id_of(&trip.register(&elsa).await);
    let (status, body) = trip.consent(&trip.consent_link(MUM).await, true).await;
    assert_eq!(status, 200, "{body}");
    let bos_registration = id_of(&trip.register(&bo).await);
    assert_eq!(
        registration(w, &elsas_registration).await["state"],
        "PENDING_CONSENT",
        "her father has not consented"
    );

    // Whom each principal (signed in, in order) lists among young people, and which
    // registrations as their own (their own and their children's).
    let (e, b) = (&elsas_registration, &bos_registration);
    let expected_lists: [(bool, bool, &[&String]); 13] = [
        (false, false, &[]),
        (true, true, &[]),
        (true, true, &[]),
        (false, false, &[]),
        (true, true, &[]),
        (true, true, &[]),
        (false, false, &[]),
        (false, false, &[]),
        (false, false, &[]),
        (false, false, &[]),
        (true, false, &[e]),
        (false, true, &[b]),
        (true, false, &[e]),
    ];
    for ((principal, token), (sees_elsa, sees_bo, theirs)) in principals.iter().zip(expected_lists)
    {
        let token = token.as_deref().expect("signed in");
        let listed = ids(w, token, YOUTH_PROFILES, "youthProfiles", json!({})).await;
        assert_eq!(
            (listed.contains(&elsa), listed.contains(&bo)),
            (sees_elsa, sees_bo),
            "{principal} lists"
        );
        let mine = ids(w, token, MY_REGISTRATIONS, "myRegistrations", json!({})).await;
        let theirs: Vec<String> = theirs.iter().map(|id| (*id).clone()).collect();
        assert_eq!(mine, theirs, "{principal}'s registrations");
    }

    // Where the matrix registers, withdraws, cancels, accepts offers and draws.
    let pending_on = open_trip(w, "Väntar på samtycke", 50, "FIRST_COME").await;
    let withdrawn_from = open_trip(w, "Återkallas", 50, "FIRST_COME").await;
    let cancelled_on = open_trip(w, "Ställs in", 50, "FIRST_COME").await;
    let offered_on = open_trip(w, "Erbjuds plats", 1, "FIRST_COME").await;
    let to_register_for = open_trip(w, "Anmälan öppen", 50, "FIRST_COME").await;
    let filler = create_youth(
        w,
        &w.teacher,
        youth_input(
            "Först i kön",
            15,
            &w.school,
            false,
            &[("fyllnad@example.com", "SOLE")],
        ),
    )
    .await;
    register(w, &offered_on, &id_of(&filler)).await;

    let mut owns = Vec::new();
    for (index, email) in emails.iter().enumerate() {
        let tag = format!("p{index}");
        let profile = if index == elsas_row {
            elsa_profile.clone()
        } else {
            create_youth(
                w,
                &w.teacher,
                youth_input(
                    &format!("Barn {tag}"),
                    15,
                    &w.school,
                    false,
                    &[(MUM, "JOINT"), (DAD, "JOINT")],
                ),
            )
            .await
        };
        let youth = id_of(&profile);
        let to_confirm = if index == elsas_row {
            youth.clone()
        } else {
            let recorded = create_youth(
                w,
                &mother,
                youth_input(
                    &format!("Ny medlem {tag}"),
                    15,
                    &w.school,
                    false,
                    &[(MUM, "SOLE")],
                ),
            )
            .await;
            id_of(&recorded)
        };
        assert_eq!(
            membership_confirmed(w, &to_confirm).await,
            index == elsas_row,
            "{tag}: recorded by a guardian"
        );
        let mut pending = Vec::new();
        for exchange in [&pending_on, &withdrawn_from, &cancelled_on] {
            let (id, state) = register(w, exchange, &youth).await;
            assert_eq!(state, "PENDING_CONSENT", "{tag}");
            pending.push(id);
        }
        let (waiting, state) = register(w, &offered_on, &youth).await;
        assert_eq!(state, "WAITING_LIST", "{tag}");
        let lottery = w.approved(&format!("Lotteri {tag}")).await;
        w.advance(&lottery, &["OPEN_REGISTRATION"]).await;
        set_places(w, &lottery, 10, "LOTTERY").await;
        w.advance(&lottery, &["CLOSE_REGISTRATION"]).await;
        let [pending, to_withdraw, to_cancel] = pending.try_into().expect("three");
        owns.push(Own {
            email: (*email).to_owned(),
            mother: guardian_id(&profile, MUM),
            youth,
            to_confirm,
            pending,
            to_withdraw,
            to_cancel,
            offered: waiting,
            lottery,
            tag,
        });
    }
    // More places: each one waiting is offered one.
    set_places(w, &offered_on, 1 + owns.len() as i32, "FIRST_COME").await;
    for own in &owns {
        assert_eq!(registration(w, &own.offered).await["state"], "OFFERED");
    }

    // One row per principal, one column per operation in the order of OPERATIONS:
    //  1 youthProfiles            8 rosterCsv                    15 acceptPlaceOffer
    //  2 youthProfile (Elsa)      9 createYouthProfile           16 drawLottery
    //  3 registration (Elsa's)   10 confirmYouthMembership       17 resendConsentLink
    //  4 exchangeRegistrations   11 setExchangePlaces            18 giveOwnConsent
    //  5 myRegistrations         12 register                     19 overrideConsent
    //  6 exchangePlaces          13 withdrawRegistration
    //  7 medicalInformation      14 cancelRegistration
    //     (Elsa's)
    // A refusal about a registration (7, 13-15, 17-19) is FORBIDDEN to whoever may see it (the
    // young person, a guardian, staff of their school, a coordinator, the exchange's leaders)
    // and NOT_FOUND to everyone else; confirmYouthMembership likewise for the young person.
    // V: refused as a field error on youthId ("no such young person").
    let expected: [[Expect; OPERATIONS.len()]; 14] = [
        // global admin: administers accounts, has no need to know about children. Sees the
        // exchange, but neither its registrations nor the people on them, and does not run
        // them (access::runs_exchange). So it does not set the places either: the consent
        // rule and who may register are how registrations are run.
        [A, N, N, F, A, A, N, F, F, N, F, V, N, N, N, F, N, N, N],
        // global coordinator: runs every exchange's registrations and confirms memberships;
        // sees every young person but registers, withdraws and accepts for nobody
        [A, A, A, A, A, A, A, A, A, A, A, F, F, A, F, A, A, F, A],
        // the municipality's coordinator: the same, for the municipality
        [A, A, A, A, A, A, A, A, A, A, A, F, F, A, F, A, A, F, A],
        // another municipality's coordinator sees none of it
        [A, N, N, N, A, N, N, N, F, N, N, V, N, N, N, N, N, N, N],
        // teacher of the school: runs the exchange, acts for the pupil and confirms pupils;
        // accepts, assents and overrides nothing
        [A, A, A, A, A, A, A, A, A, A, A, A, A, A, F, A, A, F, F],
        // principal of the school: the same
        [A, A, A, A, A, A, A, A, A, A, A, A, A, A, F, A, A, F, F],
        // partner contact: sees the exchange, not who goes
        [A, N, N, F, A, A, N, F, F, N, F, V, N, N, N, F, N, N, N],
        // teacher of another school
        [A, N, N, N, A, N, N, N, F, N, N, V, N, N, N, N, N, N, N],
        // a young person, someone else: sees the exchange open for registration
        [A, N, N, F, A, A, N, F, F, N, F, V, N, N, N, N, N, N, N],
        // a guardian of nobody here: may record a child of their own
        [A, N, N, F, A, A, N, F, A, N, F, V, N, N, N, N, N, N, N],
        // guardian of the pupil: acts for the child, reads no medical information back, and
        // cannot vouch for the school that the child is a pupil there
        [A, A, A, F, A, A, F, F, A, F, F, A, A, F, A, N, A, F, F],
        // guardian of another child
        [A, N, N, F, A, A, N, F, A, N, F, V, N, N, N, N, N, N, N],
        // the young person themselves (15): registers, withdraws, accepts and assents; does
        // not confirm her own membership
        [A, A, A, F, A, A, F, F, F, F, F, A, A, F, A, N, F, A, F],
        // anonymous
        [U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U],
    ];
    assert_eq!(expected.len(), principals.len());

    let shared = Shared {
        school: w.school.clone(),
        trip: trip.exchange.clone(),
        elsa: elsa.clone(),
        elsas_registration: elsas_registration.clone(),
        to_register_for: to_register_for.clone(),
    };
    let request =
        |operation: Operation, index: usize| operation.request(&shared, &owns[index], index);

    // `register`, beside the runner, under its contract: a refusal leaves every table as it
    // was, an allowed write adds one audit event.
    let column = OPERATIONS
        .iter()
        .position(|o| *o == BESIDE_THE_RUNNER)
        .expect("in OPERATIONS");
    let audit_column = TABLES
        .iter()
        .position(|table| *table == "audit_events")
        .expect("audit events are counted");
    let mut failures = Vec::new();
    for (index, ((principal, token), row)) in principals.iter().zip(&expected).enumerate() {
        let expect = row[column];
        let (query, variables) = request(BESIDE_THE_RUNNER, index);
        let before = table_counts(&w.app, &TABLES).await;
        let response = w.app.gql(token.as_deref(), query, variables).await;
        if !expect.answered_by(&response) {
            failures.push(format!(
                "{principal} / {BESIDE_THE_RUNNER:?}: expected {expect:?}, got {response}"
            ));
            continue;
        }
        let after = table_counts(&w.app, &TABLES).await;
        let audit = |counts: &[(&str, i64)]| counts[audit_column].1;
        if expect != A {
            if after != before {
                failures.push(format!(
                    "{principal} / {BESIDE_THE_RUNNER:?}: {expect:?} yet wrote: {before:?} → {after:?}"
                ));
            }
        } else if audit(&after) != audit(&before) + 1 {
            failures.push(format!(
                "{principal} / {BESIDE_THE_RUNNER:?}: an allowed write left {} audit events",
                audit(&after) - audit(&before)
            ));
        }
    }

    // Everything else, by the shared runner.
    let by_the_runner: [Operation; OPERATIONS.len() - 1] = OPERATIONS
        .into_iter()
        .filter(|o| *o != BESIDE_THE_RUNNER)
        .collect::<Vec<_>>()
        .try_into()
        .expect("one operation beside the runner");
    let outcomes: Vec<[Outcome; OPERATIONS.len() - 1]> = expected
        .iter()
        .map(|row| {
            OPERATIONS
                .iter()
                .zip(row)
                .filter(|(operation, _)| **operation != BESIDE_THE_RUNNER)
                .map(|(operation, expect)| match expect {
                    Expect::Is(outcome) => *outcome,
                    Expect::Invalid => {
                        panic!("only register refuses as invalid input: {operation:?}")
                    }
                })
                .collect::<Vec<_>>()
                .try_into()
                .expect("a full row")
        })
        .collect();
    let checked = AssertUnwindSafe(
        Matrix {
            app: &w.app,
            tables: &TABLES,
        }
        .check(
            &principals,
            &outcomes,
            by_the_runner,
            request,
            Operation::writes,
        ),
    )
    .catch_unwind()
    .await;
    assert!(
        failures.is_empty(),
        "{} of {} checks of register failed:\n{}",
        failures.len(),
        principals.len(),
        failures.join("\n")
    );
    if let Err(panic) = checked {
        std::panic::resume_unwind(panic);
    }

    // What the allowed writes did, and that the refused ones did nothing.
    let allowed = |operation: Operation| -> Vec<bool> {
        let column = OPERATIONS
            .iter()
            .position(|o| *o == operation)
            .expect("in OPERATIONS");
        expected.iter().map(|row| row[column] == A).collect()
    };
    let rows = || owns.iter().zip(&principals);
    let registered: Vec<String> = {
        let response = w
            .gql(
                &w.teacher,
                EXCHANGE_REGISTRATIONS,
                json!({ "e": to_register_for }),
            )
            .await;
        ok(&response, "exchangeRegistrations")
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| r["youthId"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    for ((own, (principal, _)), allowed) in rows().zip(allowed(Register)) {
        assert_eq!(
            registered.contains(&own.youth),
            allowed,
            "{principal} / Register"
        );
    }
    let states: [(Operation, OwnRegistration, &str, &str); 4] = [
        (
            WithdrawRegistration,
            |o| &o.to_withdraw,
            "WITHDRAWN",
            "PENDING_CONSENT",
        ),
        (
            CancelRegistration,
            |o| &o.to_cancel,
            "CANCELLED",
            "PENDING_CONSENT",
        ),
        (
            AcceptPlaceOffer,
            |o| &o.offered,
            "PENDING_CONSENT",
            "OFFERED",
        ),
        (
            OverrideConsent,
            |o| &o.pending,
            "CONFIRMED",
            "PENDING_CONSENT",
        ),
    ];
    for (operation, target, if_allowed, if_refused) in states {
        for ((own, (principal, _)), allowed) in rows().zip(allowed(operation)) {
            assert_eq!(
                registration(w, target(own)).await["state"],
                if allowed { if_allowed } else { if_refused },
                "{principal} / {operation:?}"
            );
        }
    }
    for ((own, (principal, _)), allowed) in rows().zip(allowed(GiveOwnConsent)) {
        assert_eq!(
            registration(w, &own.pending).await["consent"]["participantAgreed"],
            allowed,
            "{principal} / GiveOwnConsent"
        );
    }
    for ((own, (principal, _)), allowed) in rows().zip(allowed(DrawLottery)) {
        let response = w.gql(&w.teacher, PLACES, json!({ "e": own.lottery })).await;
        assert_eq!(
            !ok(&response, "exchangePlaces")["lotteryDrawnAt"].is_null(),
            allowed,
            "{principal} / DrawLottery"
        );
    }
    for ((own, (principal, _)), allowed) in rows().zip(allowed(ResendConsentLink)) {
        let links = consent_links::Entity::find()
            .filter(consent_links::Column::RegistrationId.eq(uuid(&own.pending)))
            .filter(consent_links::Column::GuardianId.eq(uuid(&own.mother)))
            .all(w.app.db())
            .await
            .expect("links");
        assert_eq!(
            links.len(),
            if allowed { 2 } else { 1 },
            "{principal} / ResendConsentLink: a new link replaces the old one"
        );
    }
    let profiles = ids(
        w,
        &principals[1].1.clone().expect("the global coordinator"),
        "{ youthProfiles(first: 100) { nodes { id displayName } } }",
        "youthProfiles",
        json!({}),
    )
    .await
    .len();
    let creators = allowed(CreateYouthProfile)
        .into_iter()
        .filter(|a| *a)
        .count();
    // Elsa, Bo, the one first in line, a pupil and one to confirm per row but Elsa's, then
    // the new ones.
    assert_eq!(
        profiles,
        3 + 2 * (owns.len() - 1) + creators,
        "one profile per allowed createYouthProfile"
    );
    let last_setter = allowed(SetExchangePlaces)
        .into_iter()
        .rposition(|a| a)
        .expect("someone sets places");
    assert_eq!(trip.places().await["capacity"], 10 + last_setter as i64);
    let audited = |action: &'static str| async move {
        w.app
            .audit_actions()
            .await
            .into_iter()
            .filter(|a| a == action)
            .count()
    };
    let readers = allowed(MedicalInformation)
        .into_iter()
        .filter(|a| *a)
        .count();
    assert_eq!(audited("medical_information_read").await, readers);
    let exporters = allowed(RosterCsv).into_iter().filter(|a| *a).count();
    assert_eq!(audited("roster_exported").await, exporters);
    for (index, ((own, (principal, _)), allowed)) in
        rows().zip(allowed(ConfirmYouthMembership)).enumerate()
    {
        assert_eq!(
            membership_confirmed(w, &own.to_confirm).await,
            allowed || index == elsas_row,
            "{principal} / ConfirmYouthMembership"
        );
    }
    // Elsa's, by the teacher before she was registered, then one per allowed confirmation.
    let confirmers = allowed(ConfirmYouthMembership)
        .into_iter()
        .filter(|a| *a)
        .count();
    assert_eq!(audited("youth_membership_confirmed").await, 1 + confirmers);
}

/// A new query or mutation of the registrations API must come with its column of
/// expectations in `who_may_do_what_with_registrations`.
#[test]
fn every_registration_operation_is_in_the_matrix() {
    let fields = utbyte_tests::schema_root_fields();
    let in_schema = |name: &str| fields.iter().any(|field| field == name);

    let mut registration_fields: Vec<&str> = REGISTRATION_FIELDS.to_vec();
    registration_fields.extend(
        fields
            .iter()
            .map(String::as_str)
            .filter(|name| is_registration_field(name) && !REGISTRATION_FIELDS.contains(name)),
    );
    let missing: Vec<&str> = registration_fields
        .into_iter()
        .filter(|name| !OPERATIONS.iter().any(|o| o.field() == *name))
        .collect();
    assert!(
        missing.is_empty(),
        "queries and mutations of the registrations API missing from the authorization \
         matrix: {}.\nAdd each to who_may_do_what_with_registrations: an Operation in \
         OPERATIONS with its field(), writes(), document() and request(), and its column of \
         expected outcomes for every principal.",
        missing.join(", ")
    );
    let unknown: Vec<String> = OPERATIONS
        .iter()
        .filter(|o| !in_schema(o.field()) || !is_registration_field(o.field()))
        .map(|o| format!("{o:?} ({})", o.field()))
        .collect();
    assert!(
        unknown.is_empty(),
        "operations of the matrix that are not registration fields of the schema: {}",
        unknown.join(", ")
    );
    let repeated: Vec<String> = OPERATIONS
        .iter()
        .enumerate()
        .filter(|(index, operation)| OPERATIONS[..*index].contains(operation))
        .map(|(_, operation)| format!("{operation:?}"))
        .collect();
    assert!(
        repeated.is_empty(),
        "listed twice in OPERATIONS: {}",
        repeated.join(", ")
    );
    // Each operation runs the field it stands for.
    let elsewhere: Vec<String> = OPERATIONS
        .iter()
        .filter(|o| {
            let document = o.document();
            !document.contains(&format!("{}(", o.field()))
                && !document.contains(&format!("{} {{", o.field()))
        })
        .map(|o| format!("{o:?} ({})", o.field()))
        .collect();
    assert!(
        elsewhere.is_empty(),
        "operations whose document does not run their field: {}",
        elsewhere.join(", ")
    );
    assert!(OPERATIONS.contains(&BESIDE_THE_RUNNER));
    // None of them is claimed by the exchanges' or the funding matrix as well.
    let claimed: Vec<&str> = OPERATIONS
        .iter()
        .map(|o| o.field())
        .filter(|name| {
            crate::exchanges::is_exchange_field(name) || crate::funding::is_funding_field(name)
        })
        .collect();
    assert!(
        claimed.is_empty(),
        "also in the exchanges' or the funding matrix: {}",
        claimed.join(", ")
    );
}
