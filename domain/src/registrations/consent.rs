//! Guardians' consent: single-use links by e-mail, the consent itself as append-only events
//! referring to the exact text shown, withdrawal until departure, consent made void by a
//! material change, a coordinator's override, and the participant's own consent or assent.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    access::{find_youth, runs_exchange, youth_relation},
    notify,
    people::{self, Youth},
    places::{self, consent_rule, departure},
    registering::{
        self, Ending, find_registration, find_registration_for_update, record, tell_confirmed,
    },
    rules::{self, ConsentRule, Custody, RegistrationState},
};
use crate::{
    db::begin_write,
    directory::{organisations, places::find_town, types::parse_name},
    entities::{
        consent_events, consent_links, consent_texts, exchanges, guardians, medical_information,
        registrations, users, youth_profiles,
    },
    error::{DomainError, DomainResult, FieldError},
    exchanges::{approvals::title_for, proposals},
    mail::{ConsentReceived, ConsentRequest},
    principal::{Principal, RequestMeta},
    services::Services,
    tokens,
    types::Locale,
};

pub const CONSENT_PATH: &str = "/consent";
pub const WITHDRAW_PATH: &str = "/consent/withdraw";

crate::code_enum! {
    /// What a consent is about.
    pub enum ConsentKind {
        /// Permission to travel (family law): needed to confirm someone under 18.
        Travel = "travel",
        /// Photos in publications: an optional GDPR consent, apart from travelling.
        Photos = "photos",
        /// The young person's own agreement beside their guardians'.
        Assent = "assent",
    }
}

crate::code_enum! {
    pub enum LinkPurpose {
        Consent = "consent",
        Withdraw = "withdraw",
    }
}

/// The consent texts in force, per kind and language. Changing a text here publishes a new
/// version at the next start; consents given earlier keep pointing at the version shown.
pub const TEXTS: [(ConsentKind, Locale, &str); 4] = [
    (
        ConsentKind::Travel,
        Locale::Sv,
        "Jag är vårdnadshavare för deltagaren och ger mitt tillstånd till att hen deltar i \
         utbytet och reser enligt programmet ovan. Jag har tagit del av datum, resmål, boende, \
         ledare och kostnader. Uppgifterna om hälsa och nödkontakter används bara av utbytets \
         ledare och kommunens samordnare för att ta hand om deltagaren under utbytet, och tas \
         bort efter utbytet enligt kommunens gallringsregler. Jag kan återkalla tillståndet \
         fram till avresan med länken i bekräftelsen.",
    ),
    (
        ConsentKind::Travel,
        Locale::En,
        "I am the participant's guardian and give my permission for them to take part in the \
         exchange and travel as set out in the programme above. I have read the dates, \
         destination, accommodation, leaders and costs. The health and emergency information \
         is used only by the exchange's leaders and the municipality's coordinators to look \
         after the participant during the exchange, and is removed after the exchange under \
         the municipality's retention rules. I can withdraw this permission until departure \
         with the link in the confirmation.",
    ),
    (
        ConsentKind::Photos,
        Locale::Sv,
        "Frivilligt: jag samtycker till att bilder där deltagaren syns får användas i \
         kommunens och skolans publikationer om utbytet. Samtycket påverkar inte deltagandet \
         och kan återkallas när som helst.",
    ),
    (
        ConsentKind::Photos,
        Locale::En,
        "Optional: I consent to photos in which the participant appears being used in the \
         municipality's and the school's publications about the exchange. This consent does \
         not affect taking part and can be withdrawn at any time.",
    ),
];

fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Publishes the texts in force (a version already stored is left as it is).
pub async fn seed_texts(db: &impl ConnectionTrait) -> DomainResult<()> {
    for (kind, locale, body) in TEXTS {
        consent_texts::Entity::insert(consent_texts::ActiveModel {
            id: Set(Uuid::now_v7()),
            kind: Set(kind.code().to_owned()),
            locale: Set(locale.code().to_owned()),
            body: Set(body.to_owned()),
            sha256: Set(sha256_hex(body)),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([
                consent_texts::Column::Kind,
                consent_texts::Column::Locale,
                consent_texts::Column::Sha256,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// The version in force of a text.
pub async fn current_text(
    db: &impl ConnectionTrait,
    kind: ConsentKind,
    locale: Locale,
) -> DomainResult<consent_texts::Model> {
    let body = TEXTS
        .iter()
        .find(|(k, l, _)| *k == kind && *l == locale)
        .map(|(_, _, body)| *body)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no consent text")))?;
    consent_texts::Entity::find()
        .filter(consent_texts::Column::Kind.eq(kind.code()))
        .filter(consent_texts::Column::Locale.eq(locale.code()))
        .filter(consent_texts::Column::Sha256.eq(sha256_hex(body)))
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("consent texts not seeded")))
}

/// Links expire after the configured time, and at departure at the latest.
pub fn link_expiry(
    services: &Services,
    exchange: &exchanges::Model,
) -> DomainResult<DateTime<Utc>> {
    let valid_for = chrono::Duration::from_std(services.settings.consent_link_valid_for)
        .map_err(anyhow::Error::from)?;
    Ok(Ord::min(Utc::now() + valid_for, departure(exchange)))
}

/// Revokes a registration's unused links (one guardian's, or everyone's).
pub async fn revoke_links(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    guardian_id: Option<Uuid>,
) -> DomainResult<()> {
    let mut update = consent_links::Entity::update_many()
        .col_expr(consent_links::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(consent_links::Column::RegistrationId.eq(registration_id))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null());
    if let Some(guardian) = guardian_id {
        update = update.filter(consent_links::Column::GuardianId.eq(guardian));
    }
    update.exec(db).await?;
    Ok(())
}

async fn mint_link(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    guardian_id: Uuid,
    purpose: LinkPurpose,
    changes: Option<Value>,
    expires_at: DateTime<Utc>,
) -> DomainResult<(Uuid, String)> {
    // Only the newest link of a purpose works: a resent link replaces the old one.
    consent_links::Entity::update_many()
        .col_expr(consent_links::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(consent_links::Column::RegistrationId.eq(registration_id))
        .filter(consent_links::Column::GuardianId.eq(guardian_id))
        .filter(consent_links::Column::Purpose.eq(purpose.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    let token = tokens::mint();
    let id = Uuid::now_v7();
    consent_links::Entity::insert(consent_links::ActiveModel {
        id: Set(id),
        registration_id: Set(registration_id),
        guardian_id: Set(guardian_id),
        purpose: Set(purpose.code().to_owned()),
        token_hash: Set(token.hash),
        changes: Set(changes),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok((id, token.secret))
}

/// Sends every guardian a new consent link (replacing any earlier one) and, when `mail`,
/// the e-mail asking for consent; returns each guardian's (e-mail, link).
pub async fn send_links(
    services: &Services,
    db: &impl ConnectionTrait,
    registration: &registrations::Model,
    youth: &Youth,
    changes: Option<Value>,
    expires_at: DateTime<Utc>,
    mail: bool,
) -> DomainResult<Vec<(String, String)>> {
    let exchange = proposals::find(db, registration.exchange_id).await?;
    let trip = notify::trip(db, &exchange).await?;
    let mut links = Vec::new();
    for guardian in &youth.guardians {
        let (link_id, secret) = mint_link(
            db,
            registration.id,
            guardian.id,
            LinkPurpose::Consent,
            changes.clone(),
            expires_at,
        )
        .await?;
        let locale = Locale::from_stored(&guardian.locale);
        // The page opens in the guardian's language, even when the link no longer works.
        let link = format!(
            "{}&lang={}",
            services.link(CONSENT_PATH, &secret),
            locale.code()
        );
        if mail {
            let described = match &changes {
                Some(changes) => describe_changes(db, changes, locale).await?,
                None => Vec::new(),
            };
            crate::mail::enqueue(
                db,
                &guardian.email,
                locale,
                guardian.user_id,
                format!("consent_request:{link_id}"),
                &ConsentRequest {
                    guardian_name: guardian.display_name.clone(),
                    participant_name: youth.profile.display_name.clone(),
                    title: title_for(&exchange, locale),
                    dates: trip.dates.clone(),
                    destination: trip.destination.clone(),
                    link: link.clone(),
                    valid_until: expires_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                    changes: described,
                },
            )
            .await?;
        }
        links.push((guardian.email.clone(), link));
    }
    Ok(links)
}

/// Where each guardian stands, and whether the registration's consent rule is met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentStatus {
    pub rule: ConsentRule,
    /// False for participants of 18 or more at departure.
    pub needed: bool,
    pub met: bool,
    pub guardians: Vec<GuardianConsent>,
    /// The young person's own assent (or, from 18, consent) is on record.
    pub participant: bool,
    pub override_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianConsent {
    pub guardian_id: Uuid,
    pub display_name: String,
    pub custody: Custody,
    /// The guardian's last travel event: `given`, `withdrawn`, `invalidated`, or None.
    pub travel: Option<String>,
    pub photos: bool,
}

/// The latest event of `kind` per giver (guardian id, or None for the participant).
fn latest<'a>(
    events: &[&'a consent_events::Model],
    kind: ConsentKind,
) -> HashMap<Option<Uuid>, &'a consent_events::Model> {
    let mut last = HashMap::new();
    for event in events.iter().filter(|e| e.kind == kind.code()) {
        // Events are in order; a coordinator's override counts as its own giver.
        let giver = if event.given_by == "guardian" {
            event.guardian_id
        } else {
            None
        };
        if event.given_by != "coordinator" {
            last.insert(giver, *event);
        }
    }
    last
}

pub fn status(
    rule: ConsentRule,
    needed: bool,
    guardians: &[guardians::Model],
    events: &[&consent_events::Model],
    registration: &registrations::Model,
) -> ConsentStatus {
    let travel = latest(events, ConsentKind::Travel);
    let photos = latest(events, ConsentKind::Photos);
    let assent = latest(events, ConsentKind::Assent);
    let given = |e: Option<&&consent_events::Model>| e.is_some_and(|e| e.event == "given");
    let consented: HashSet<Uuid> = guardians
        .iter()
        .filter(|g| given(travel.get(&Some(g.id))))
        .map(|g| g.id)
        .collect();
    let participant = if needed {
        given(assent.get(&None))
    } else {
        given(travel.get(&None))
    };
    let on_record: Vec<(Uuid, Custody)> = guardians
        .iter()
        .map(|g| {
            (
                g.id,
                Custody::from_code(&g.custody).unwrap_or(Custody::Joint),
            )
        })
        .collect();
    let met = if needed {
        rules::consent_met(rule, &on_record, &consented)
    } else {
        participant
    };
    ConsentStatus {
        rule,
        needed,
        met,
        participant,
        override_reason: registration.override_reason.clone(),
        guardians: guardians
            .iter()
            .map(|g| GuardianConsent {
                guardian_id: g.id,
                display_name: g.display_name.clone(),
                custody: Custody::from_code(&g.custody).unwrap_or(Custody::Joint),
                travel: travel.get(&Some(g.id)).map(|e| e.event.clone()),
                photos: given(photos.get(&Some(g.id))),
            })
            .collect(),
    }
}

async fn status_of(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: &registrations::Model,
) -> DomainResult<ConsentStatus> {
    let youth = people::load(db, registration.youth_id).await?;
    let places = places::places_of(db, exchange).await?;
    let events = consent_events::Entity::find()
        .filter(consent_events::Column::RegistrationId.eq(registration.id))
        .order_by_asc(consent_events::Column::OccurredAt)
        .order_by_asc(consent_events::Column::Id)
        .all(db)
        .await?;
    let events: Vec<&consent_events::Model> = events.iter().collect();
    let needed = rules::needs_guardian_consent(rules::age_on(
        youth.profile.date_of_birth,
        exchange.start_date,
    ));
    Ok(status(
        consent_rule(&places),
        needed,
        &youth.guardians,
        &events,
        registration,
    ))
}

/// Confirms a registration pending consent once its rule is met.
pub async fn confirm_if_met(
    _services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: registrations::Model,
) -> DomainResult<registrations::Model> {
    if registration.state != RegistrationState::PendingConsent.code()
        || !status_of(db, exchange, &registration).await?.met
    {
        return Ok(registration);
    }
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(RegistrationState::Confirmed.code().to_owned());
    active.updated_at = Set(Utc::now());
    let confirmed = active.update(db).await?;
    let youth = people::load(db, confirmed.youth_id).await?;
    tell_confirmed(db, exchange, &confirmed, &youth).await?;
    Ok(confirmed)
}

/// Who, how and from where an event comes.
struct Origin<'a> {
    given_by: &'a str,
    guardian_id: Option<Uuid>,
    method: &'a str,
    actor: Option<Uuid>,
    typed_name: Option<String>,
    reason: Option<String>,
    client_ip: Option<String>,
    user_agent: Option<String>,
}

async fn append(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    kind: ConsentKind,
    event: &str,
    text_id: Option<Uuid>,
    origin: &Origin<'_>,
) -> DomainResult<()> {
    consent_events::Entity::insert(consent_events::ActiveModel {
        id: Set(Uuid::now_v7()),
        registration_id: Set(registration_id),
        guardian_id: Set(origin.guardian_id),
        kind: Set(kind.code().to_owned()),
        event: Set(event.to_owned()),
        given_by: Set(origin.given_by.to_owned()),
        consent_text_id: Set(text_id),
        method: Set(origin.method.to_owned()),
        typed_name: Set(origin.typed_name.clone()),
        reason: Set(origin.reason.clone()),
        client_ip: Set(origin.client_ip.clone()),
        user_agent: Set(origin.user_agent.clone()),
        actor_user_id: Set(origin.actor),
        occurred_at: Set(Utc::now()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// An adult participant's consent to travel, given by registering themselves.
pub async fn record_participant_consent(
    db: &impl ConnectionTrait,
    registration: &registrations::Model,
    principal: &Principal,
    meta: &RequestMeta,
) -> DomainResult<()> {
    let locale = participant_locale(db, principal).await?;
    let text = current_text(db, ConsentKind::Travel, locale).await?;
    append(
        db,
        registration.id,
        ConsentKind::Travel,
        "given",
        Some(text.id),
        &Origin {
            given_by: "participant",
            guardian_id: None,
            method: "account",
            actor: Some(principal.user_id),
            typed_name: None,
            reason: None,
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await
}

async fn participant_locale(
    db: &impl ConnectionTrait,
    principal: &Principal,
) -> DomainResult<Locale> {
    Ok(users::Entity::find_by_id(principal.user_id)
        .one(db)
        .await?
        .map(|u| Locale::from_stored(&u.locale))
        .unwrap_or_default())
}

/// What the consent page shows for a link.
pub struct LinkPage {
    pub purpose: LinkPurpose,
    pub guardian: guardians::Model,
    pub youth: youth_profiles::Model,
    pub registration: registrations::Model,
    pub exchange: exchanges::Model,
    pub title: String,
    pub destination: String,
    pub organisation_name: String,
    /// The teacher who arranges it (and the number of adult leaders in `exchange.leaders`).
    pub teacher_name: Option<String>,
    /// School trips are free of charge: any contribution is voluntary.
    pub contributions_are_voluntary: bool,
    pub travel_text: consent_texts::Model,
    pub photos_text: consent_texts::Model,
    /// What changed since an earlier consent, as (what, before, after) in the page's language.
    pub changes: Vec<(String, String, String)>,
    pub expires_at: DateTime<Utc>,
    /// This guardian's photo permission stands (the form starts ticked, so that consenting
    /// again after a change does not withdraw it unasked).
    pub photos_given: bool,
}

fn invalid_link() -> DomainError {
    DomainError::field(
        "token",
        "invalid_or_expired_link",
        "this link is invalid, already used or expired",
    )
}

/// The link a token opens, if it is still usable (not used, not replaced, not expired).
async fn usable_link(
    db: &impl ConnectionTrait,
    secret: &str,
    purpose: LinkPurpose,
) -> DomainResult<consent_links::Model> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    consent_links::Entity::find()
        .filter(consent_links::Column::TokenHash.eq(tokens::hash(secret)))
        .filter(consent_links::Column::Purpose.eq(purpose.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .filter(Expr::col(consent_links::Column::ExpiresAt).gt(Utc::now()))
        .one(db)
        .await?
        .ok_or_else(invalid_link)
}

/// Reads what a link's page shows, without using the link up.
pub async fn open_link(
    services: &Services,
    secret: &str,
    purpose: LinkPurpose,
    locale: Locale,
) -> DomainResult<LinkPage> {
    let db = &services.db;
    let link = usable_link(db, secret, purpose).await?;
    let registration = find_registration(db, link.registration_id).await?;
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(invalid_link());
    }
    let guardian = guardians::Entity::find_by_id(link.guardian_id)
        .one(db)
        .await?
        .ok_or_else(invalid_link)?;
    let youth = find_youth(db, registration.youth_id).await?;
    let exchange = proposals::find(db, registration.exchange_id).await?;
    let town = find_town(db, exchange.destination_town_id).await?;
    let organisation = organisations::find(db, exchange.sending_organisation_id).await?;
    let teacher_name = match exchange.created_by {
        Some(id) => users::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|u| u.display_name),
        None => None,
    };
    let changes = match &link.changes {
        Some(changes) => describe_changes(db, changes, locale).await?,
        None => Vec::new(),
    };
    let photos_given = status_of(db, &exchange, &registration)
        .await?
        .guardians
        .iter()
        .any(|g| g.guardian_id == guardian.id && g.photos);
    Ok(LinkPage {
        photos_given,
        purpose,
        title: title_for(&exchange, locale),
        destination: format!(
            "{}, {} ({})",
            exchange.venue,
            town.english_name.clone().unwrap_or(town.local_name),
            town.country
        ),
        contributions_are_voluntary: organisation.kind == "school",
        organisation_name: organisation.name,
        teacher_name,
        travel_text: current_text(db, ConsentKind::Travel, locale).await?,
        photos_text: current_text(db, ConsentKind::Photos, locale).await?,
        changes,
        expires_at: link.expires_at,
        guardian,
        youth,
        registration,
        exchange,
    })
}

/// One emergency contact as typed.
#[derive(Debug, Clone, Default)]
pub struct ContactInput {
    pub name: String,
    pub relation: String,
    pub phone: String,
}

/// The consent form as submitted; field names are those of the page's inputs.
#[derive(Debug, Clone, Default)]
pub struct ConsentForm {
    pub typed_name: String,
    pub travel: bool,
    pub photos: bool,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub contacts: Vec<ContactInput>,
    /// The versions of the texts the page showed.
    pub travel_text_id: String,
    pub photos_text_id: String,
}

pub const MAX_CONTACTS: usize = 3;
const MAX_MEDICAL_TEXT: usize = 2000;

/// A form that parsed: what gets stored.
pub struct ParsedConsent {
    pub typed_name: String,
    pub photos: bool,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub contacts: Vec<(String, String, String)>,
    pub travel_text_id: Uuid,
    pub photos_text_id: Uuid,
}

fn parse_phone(field: &str, raw: &str) -> Result<String, FieldError> {
    let phone = raw.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !allowed || !(6..=15).contains(&digits) || phone.len() > 25 {
        return Err(FieldError::new(
            field,
            "invalid_phone",
            "must be a phone number (6 to 15 digits; spaces, +, - and brackets allowed)",
        ));
    }
    Ok(phone.to_owned())
}

/// Checks every field and reports each problem at once; nothing is stored unless all pass.
pub fn parse_form(form: &ConsentForm) -> Result<ParsedConsent, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, FieldError>| match result {
        Ok(value) => value,
        Err(error) => {
            errors.push(error);
            String::new()
        }
    };
    let typed_name = keep(parse_name("typedName", &form.typed_name, 100));
    let medical_notes = keep(crate::directory::types::parse_text(
        "medicalNotes",
        &form.medical_notes,
        MAX_MEDICAL_TEXT,
    ));
    let allergies = keep(crate::directory::types::parse_text(
        "allergies",
        &form.allergies,
        MAX_MEDICAL_TEXT,
    ));
    let medication = keep(crate::directory::types::parse_text(
        "medication",
        &form.medication,
        MAX_MEDICAL_TEXT,
    ));
    let dietary_needs = keep(crate::directory::types::parse_text(
        "dietaryNeeds",
        &form.dietary_needs,
        MAX_MEDICAL_TEXT,
    ));
    let mut contacts = Vec::new();
    for (i, contact) in form.contacts.iter().enumerate().take(MAX_CONTACTS) {
        let blank = [&contact.name, &contact.relation, &contact.phone]
            .iter()
            .all(|v| v.trim().is_empty());
        if blank {
            continue;
        }
        let name = parse_name(&format!("contacts[{i}].name"), &contact.name, 100);
        let relation = parse_name(&format!("contacts[{i}].relation"), &contact.relation, 50);
        let phone = parse_phone(&format!("contacts[{i}].phone"), &contact.phone);
        match (name, relation, phone) {
            (Ok(n), Ok(r), Ok(p)) => contacts.push((n, r, p)),
            (n, r, p) => errors.extend([n.err(), r.err(), p.err()].into_iter().flatten()),
        }
    }
    if contacts.is_empty() && !errors.iter().any(|e| e.field.starts_with("contacts[")) {
        errors.push(FieldError::new(
            "contacts[0].name",
            "required",
            "give at least one emergency contact",
        ));
    }
    if !form.travel {
        errors.push(FieldError::new(
            "travel",
            "required",
            "tick the box to give permission to travel",
        ));
    }
    let text_id = |field: &str, raw: &str, errors: &mut Vec<FieldError>| {
        Uuid::parse_str(raw.trim()).unwrap_or_else(|_| {
            errors.push(FieldError::new(field, "invalid", "reload the page"));
            Uuid::nil()
        })
    };
    let travel_text_id = text_id("travelTextId", &form.travel_text_id, &mut errors);
    let photos_text_id = text_id("photosTextId", &form.photos_text_id, &mut errors);
    if errors.is_empty() {
        Ok(ParsedConsent {
            typed_name,
            photos: form.photos,
            medical_notes,
            allergies,
            medication,
            dietary_needs,
            contacts,
            travel_text_id,
            photos_text_id,
        })
    } else {
        Err(errors)
    }
}

/// The outcome of a consent given through a link.
#[derive(Debug, Clone)]
pub struct Given {
    pub confirmed: bool,
    pub participant_name: String,
}

/// Uses a text version only if it is one of that kind.
async fn text_of_kind(
    db: &impl ConnectionTrait,
    id: Uuid,
    kind: ConsentKind,
    field: &'static str,
) -> DomainResult<consent_texts::Model> {
    consent_texts::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|t| t.kind == kind.code())
        .ok_or_else(|| DomainError::field(field, "invalid", "reload the page"))
}

/// Redeems a link by one conditional UPDATE: of two concurrent uses exactly one succeeds.
async fn redeem(
    txn: &DatabaseTransaction,
    secret: &str,
    purpose: LinkPurpose,
) -> DomainResult<consent_links::Model> {
    let link = usable_link(txn, secret, purpose).await?;
    let now = Utc::now();
    let used = consent_links::Entity::update_many()
        .col_expr(consent_links::Column::UsedAt, Expr::value(now))
        .filter(consent_links::Column::Id.eq(link.id))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .filter(Expr::col(consent_links::Column::ExpiresAt).gt(now))
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid_link());
    }
    Ok(link)
}

/// A guardian's consent through their link: the permission to travel, the optional photo
/// permission, medical and emergency information. Confirms the registration when the rule
/// is met; accepts an offered place.
pub async fn give(
    services: &Services,
    meta: &RequestMeta,
    user_agent: Option<&str>,
    secret: &str,
    form: &ConsentForm,
) -> DomainResult<Given> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    let parsed = parse_form(form).map_err(DomainError::Validation)?;
    let txn = begin_write(&services.db).await?;
    // Lock order as everywhere: the exchange, then the registration.
    let link = usable_link(&txn, secret, LinkPurpose::Consent).await?;
    let registration = find_registration(&txn, link.registration_id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let link = redeem(&txn, secret, LinkPurpose::Consent).await?;
    let registration = find_registration_for_update(&txn, link.registration_id).await?;
    let state = RegistrationState::from_code(&registration.state);
    let offer_open = state == Some(RegistrationState::Offered)
        && registration
            .offer_expires_at
            .is_some_and(|at| at > Utc::now());
    if !(state == Some(RegistrationState::PendingConsent)
        || state == Some(RegistrationState::Confirmed)
        || offer_open)
    {
        return Err(invalid_link());
    }
    let travel_text = text_of_kind(
        &txn,
        parsed.travel_text_id,
        ConsentKind::Travel,
        "travelTextId",
    )
    .await?;
    let photos_text = text_of_kind(
        &txn,
        parsed.photos_text_id,
        ConsentKind::Photos,
        "photosTextId",
    )
    .await?;
    let origin = Origin {
        given_by: "guardian",
        guardian_id: Some(link.guardian_id),
        method: "email_link",
        actor: None,
        typed_name: Some(parsed.typed_name.clone()),
        reason: None,
        client_ip: meta.client_ip.map(|ip| ip.to_string()),
        user_agent: user_agent.map(|ua| ua.chars().take(512).collect()),
    };
    append(
        &txn,
        registration.id,
        ConsentKind::Travel,
        "given",
        Some(travel_text.id),
        &origin,
    )
    .await?;
    let photos_before = status_of(&txn, &exchange, &registration)
        .await?
        .guardians
        .iter()
        .any(|g| g.guardian_id == link.guardian_id && g.photos);
    if parsed.photos {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "given",
            Some(photos_text.id),
            &origin,
        )
        .await?;
    } else if photos_before {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "withdrawn",
            Some(photos_text.id),
            &origin,
        )
        .await?;
    }
    let contacts: Vec<Value> = parsed
        .contacts
        .iter()
        .map(
            |(name, relation, phone)| json!({ "name": name, "relation": relation, "phone": phone }),
        )
        .collect();
    let medical = medical_information::ActiveModel {
        registration_id: Set(registration.id),
        medical_notes: Set(parsed.medical_notes),
        allergies: Set(parsed.allergies),
        medication: Set(parsed.medication),
        dietary_needs: Set(parsed.dietary_needs),
        emergency_contacts: Set(Value::Array(contacts)),
        updated_by_guardian: Set(Some(link.guardian_id)),
        updated_at: Set(Utc::now()),
    };
    medical_information::Entity::insert(medical)
        .on_conflict(
            OnConflict::column(medical_information::Column::RegistrationId)
                .update_columns([
                    medical_information::Column::MedicalNotes,
                    medical_information::Column::Allergies,
                    medical_information::Column::Medication,
                    medical_information::Column::DietaryNeeds,
                    medical_information::Column::EmergencyContacts,
                    medical_information::Column::UpdatedByGuardian,
                    medical_information::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let registration = if offer_open {
        // Consenting accepts the offered place; the other guardians get links that last.
        let mut active: registrations::ActiveModel = registration.into();
        active.state = Set(RegistrationState::PendingConsent.code().to_owned());
        active.offer_expires_at = Set(None);
        active.updated_at = Set(Utc::now());
        let accepted = active.update(&txn).await?;
        let others = Youth {
            profile: youth.profile.clone(),
            guardians: youth
                .guardians
                .iter()
                .filter(|g| g.id != link.guardian_id)
                .cloned()
                .collect(),
        };
        let expires = link_expiry(services, &exchange)?;
        send_links(services, &txn, &accepted, &others, None, expires, true).await?;
        accepted
    } else {
        registration
    };
    let registration = confirm_if_met(services, &txn, &exchange, registration).await?;
    let confirmed = registration.state == RegistrationState::Confirmed.code();
    // The way back: a link to withdraw, valid until departure.
    let guardian = youth
        .guardians
        .iter()
        .find(|g| g.id == link.guardian_id)
        .ok_or_else(invalid_link)?;
    let (withdraw_id, withdraw_secret) = mint_link(
        &txn,
        registration.id,
        guardian.id,
        LinkPurpose::Withdraw,
        None,
        departure(&exchange),
    )
    .await?;
    let locale = Locale::from_stored(&guardian.locale);
    crate::mail::enqueue(
        &txn,
        &guardian.email,
        locale,
        guardian.user_id,
        format!("consent_received:{withdraw_id}"),
        &ConsentReceived {
            guardian_name: guardian.display_name.clone(),
            participant_name: youth.profile.display_name.clone(),
            title: title_for(&exchange, locale),
            dates: crate::exchanges::approvals::dates_of(&exchange),
            confirmed,
            photos: parsed.photos,
            withdraw_link: format!(
                "{}&lang={}",
                services.link(WITHDRAW_PATH, &withdraw_secret),
                locale.code()
            ),
            departure: exchange.start_date.to_string(),
        },
    )
    .await?;
    record(
        &txn,
        meta,
        guardian.user_id,
        "consent_given",
        &registration,
        json!({ "guardian_id": guardian.id, "photos": parsed.photos, "confirmed": confirmed }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(Given {
        confirmed,
        participant_name: youth.profile.display_name,
    })
}

/// What a withdrawal through a link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawn {
    /// Only the photo permission: the link stays usable for the permission to travel.
    Photos,
    /// The permission to travel, and with it the place.
    Travel,
}

/// Withdraws a consent through the guardian's withdrawal link, until departure.
pub async fn withdraw_by_link(
    services: &Services,
    meta: &RequestMeta,
    user_agent: Option<&str>,
    secret: &str,
    photos_only: bool,
) -> DomainResult<Withdrawn> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    let txn = begin_write(&services.db).await?;
    let link = usable_link(&txn, secret, LinkPurpose::Withdraw).await?;
    let registration = find_registration(&txn, link.registration_id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let link = if photos_only {
        link
    } else {
        redeem(&txn, secret, LinkPurpose::Withdraw).await?
    };
    let registration = find_registration_for_update(&txn, link.registration_id).await?;
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(invalid_link());
    }
    let guardian = guardians::Entity::find_by_id(link.guardian_id)
        .one(&txn)
        .await?
        .ok_or_else(invalid_link)?;
    let origin = Origin {
        given_by: "guardian",
        guardian_id: Some(guardian.id),
        method: "email_link",
        actor: guardian.user_id,
        typed_name: None,
        reason: None,
        client_ip: meta.client_ip.map(|ip| ip.to_string()),
        user_agent: user_agent.map(|ua| ua.chars().take(512).collect()),
    };
    let outcome = if photos_only {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "withdrawn",
            None,
            &origin,
        )
        .await?;
        Withdrawn::Photos
    } else {
        append(
            &txn,
            registration.id,
            ConsentKind::Travel,
            "withdrawn",
            None,
            &origin,
        )
        .await?;
        registering::end(
            services,
            &txn,
            &exchange,
            registration.clone(),
            Ending::ConsentWithdrawn,
            guardian.user_id,
            meta,
        )
        .await?;
        Withdrawn::Travel
    };
    record(
        &txn,
        meta,
        guardian.user_id,
        "consent_withdrawn",
        &registration,
        json!({ "guardian_id": guardian.id, "photos_only": photos_only }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(outcome)
}

/// After a material change to an exchange, consents given before it no longer hold: each
/// is invalidated, confirmed registrations go back to pending consent (keeping their place),
/// and every guardian gets a new link whose page shows what changed.
pub async fn invalidate_after_change(
    services: &Services,
    txn: &DatabaseTransaction,
    exchange: &exchanges::Model,
    changes: &[(&str, Value, Value)],
    actor: Uuid,
) -> DomainResult<usize> {
    let affected = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange.id))
        .filter(registrations::Column::HoldsPlace.eq(true))
        .order_by_asc(registrations::Column::Id)
        .all(txn)
        .await?;
    let changes_json = Value::Array(
        changes
            .iter()
            .map(|(field, before, after)| json!({ "field": field, "before": before, "after": after }))
            .collect(),
    );
    for registration in &affected {
        let registration = find_registration_for_update(txn, registration.id).await?;
        let status = status_of(txn, exchange, &registration).await?;
        let origin = Origin {
            given_by: "guardian",
            guardian_id: None,
            method: "exchange_changed",
            actor: Some(actor),
            typed_name: None,
            reason: Some("the exchange changed after consent was given".into()),
            client_ip: None,
            user_agent: None,
        };
        for guardian in status
            .guardians
            .iter()
            .filter(|g| g.travel.as_deref() == Some("given"))
        {
            append(
                txn,
                registration.id,
                ConsentKind::Travel,
                "invalidated",
                None,
                &Origin {
                    guardian_id: Some(guardian.guardian_id),
                    ..origin_clone(&origin)
                },
            )
            .await?;
        }
        if !status.needed && status.participant {
            append(
                txn,
                registration.id,
                ConsentKind::Travel,
                "invalidated",
                None,
                &Origin {
                    given_by: "participant",
                    ..origin_clone(&origin)
                },
            )
            .await?;
        }
        let registration = if registration.state == RegistrationState::Confirmed.code() {
            let mut active: registrations::ActiveModel = registration.into();
            active.state = Set(RegistrationState::PendingConsent.code().to_owned());
            active.override_reason = Set(None);
            active.updated_at = Set(Utc::now());
            active.update(txn).await?
        } else {
            registration
        };
        let waits_for_consent = registration.state == RegistrationState::PendingConsent.code();
        let offered = registration.state == RegistrationState::Offered.code();
        if status.needed && (waits_for_consent || offered) {
            let youth = people::load(txn, registration.youth_id).await?;
            // An offer's links keep the offer's time limit.
            let expires = match registration.offer_expires_at {
                Some(at) if offered => at,
                _ => link_expiry(services, exchange)?,
            };
            revoke_links(txn, registration.id, None).await?;
            send_links(
                services,
                txn,
                &registration,
                &youth,
                Some(changes_json.clone()),
                expires,
                true,
            )
            .await?;
        }
        record(
            txn,
            &RequestMeta::default(),
            Some(actor),
            "consent_invalidated",
            &registration,
            json!({ "fields": changes.iter().map(|(f, _, _)| *f).collect::<Vec<_>>() }),
        )
        .await?;
    }
    Ok(affected.len())
}

fn origin_clone<'a>(origin: &Origin<'a>) -> Origin<'a> {
    Origin {
        given_by: origin.given_by,
        guardian_id: origin.guardian_id,
        method: origin.method,
        actor: origin.actor,
        typed_name: origin.typed_name.clone(),
        reason: origin.reason.clone(),
        client_ip: origin.client_ip.clone(),
        user_agent: origin.user_agent.clone(),
    }
}

/// A coordinator confirms a registration without the consent rule met, with a written
/// reason (for example a guardian who cannot be reached and a court decision on file).
pub async fn override_consent(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    reason: &str,
) -> DomainResult<registrations::Model> {
    let reason =
        parse_name("reason", reason, 2000).map_err(|e| DomainError::Validation(vec![e]))?;
    if reason.chars().count() < 10 {
        return Err(DomainError::field(
            "reason",
            "too_short",
            "explain the reason in at least 10 characters",
        ));
    }
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let registration = find_registration_for_update(&txn, id).await?;
    let relation = crate::exchanges::access::relation(&txn, principal, &exchange).await?;
    if !relation.coordinator {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    if registration.state != RegistrationState::PendingConsent.code() {
        return Err(DomainError::Conflict {
            code: "not_pending_consent",
            message: "only a registration pending consent can be confirmed this way",
        });
    }
    append(
        &txn,
        registration.id,
        ConsentKind::Travel,
        "given",
        None,
        &Origin {
            given_by: "coordinator",
            guardian_id: None,
            method: "coordinator_override",
            actor: Some(principal.user_id),
            typed_name: None,
            reason: Some(reason.clone()),
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await?;
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(RegistrationState::Confirmed.code().to_owned());
    active.override_reason = Set(Some(reason.clone()));
    active.updated_at = Set(Utc::now());
    let confirmed = active.update(&txn).await?;
    let youth = people::load(&txn, confirmed.youth_id).await?;
    tell_confirmed(&txn, &exchange, &confirmed, &youth).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "consent_overridden",
        &confirmed,
        json!({ "reason": reason }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(confirmed)
}

/// The young person's own word, from their account: consent to travel from 18 (which may
/// confirm the registration), the assent beside their guardians' consent before that.
pub async fn give_own(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let registration = find_registration_for_update(&txn, id).await?;
    let youth = find_youth(&txn, registration.youth_id).await?;
    if !youth_relation(&txn, principal, &youth).await?.themselves {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(DomainError::Conflict {
            code: "registration_ended",
            message: "the registration has already ended",
        });
    }
    let adult =
        !rules::needs_guardian_consent(rules::age_on(youth.date_of_birth, exchange.start_date));
    let locale = participant_locale(&txn, principal).await?;
    let (kind, text) = if adult {
        (
            ConsentKind::Travel,
            Some(current_text(&txn, ConsentKind::Travel, locale).await?.id),
        )
    } else {
        (ConsentKind::Assent, None)
    };
    append(
        &txn,
        registration.id,
        kind,
        "given",
        text,
        &Origin {
            given_by: "participant",
            guardian_id: None,
            method: "account",
            actor: Some(principal.user_id),
            typed_name: None,
            reason: None,
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await?;
    let registration = confirm_if_met(services, &txn, &exchange, registration).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "participant_consent_given",
        &registration,
        json!({ "kind": kind.code() }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(registration)
}

/// Sends a guardian a new consent link; the old one stops working. For the exchange's
/// leaders and coordinators, and for the guardian themselves.
pub async fn resend(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    guardian_id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let registration = find_registration_for_update(&txn, id).await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let relation = youth_relation(&txn, principal, &youth.profile).await?;
    let runs = runs_exchange(&txn, principal, &exchange).await?;
    if !(runs || relation.guardian == Some(guardian_id)) {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    let Some(guardian) = youth
        .guardians
        .iter()
        .find(|g| g.id == guardian_id)
        .cloned()
    else {
        return Err(DomainError::field(
            "guardianId",
            "not_found",
            "not a guardian of this participant",
        ));
    };
    let expires = match RegistrationState::from_code(&registration.state) {
        Some(RegistrationState::PendingConsent) => link_expiry(services, &exchange)?,
        Some(RegistrationState::Offered) => registration
            .offer_expires_at
            .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("offer without expiry")))?,
        _ => {
            return Err(DomainError::Conflict {
                code: "not_pending_consent",
                message: "the registration does not wait for consent",
            });
        }
    };
    let one = Youth {
        profile: youth.profile.clone(),
        guardians: vec![guardian.clone()],
    };
    send_links(services, &txn, &registration, &one, None, expires, true).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "consent_link_resent",
        &registration,
        json!({ "guardian_id": guardian.id }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(registration)
}

/// Field names as guardians read them.
fn field_label(field: &str, locale: Locale) -> String {
    let sv = locale == Locale::Sv;
    match field {
        "start_date" => {
            if sv {
                "Startdatum"
            } else {
                "Start date"
            }
        }
        "end_date" => {
            if sv {
                "Slutdatum"
            } else {
                "End date"
            }
        }
        "destination_town_id" => {
            if sv {
                "Resmål"
            } else {
                "Destination"
            }
        }
        "venue" => {
            if sv {
                "Plats"
            } else {
                "Venue"
            }
        }
        "accommodation" => {
            if sv {
                "Boende"
            } else {
                "Accommodation"
            }
        }
        "programme" => {
            if sv {
                "Program"
            } else {
                "Programme"
            }
        }
        "activity_days" => {
            if sv {
                "Aktivitetsdagar"
            } else {
                "Activity days"
            }
        }
        "adventurous_activities" => {
            if sv {
                "Äventyrliga aktiviteter"
            } else {
                "Adventurous activities"
            }
        }
        "participants" => {
            if sv {
                "Antal deltagare"
            } else {
                "Participants"
            }
        }
        "leaders" => {
            if sv {
                "Antal ledare"
            } else {
                "Leaders"
            }
        }
        "insurance_confirmed" => {
            if sv {
                "Försäkring"
            } else {
                "Insurance"
            }
        }
        "risk_assessment" => {
            if sv {
                "Riskbedömning"
            } else {
                "Risk assessment"
            }
        }
        "consent_plan" => {
            if sv {
                "Plan för samtycke"
            } else {
                "Consent plan"
            }
        }
        other => other,
    }
    .to_owned()
}

async fn value_text(
    db: &impl ConnectionTrait,
    field: &str,
    value: &Value,
    locale: Locale,
) -> DomainResult<String> {
    let sv = locale == Locale::Sv;
    Ok(match (field, value) {
        ("destination_town_id", Value::String(id)) => match Uuid::parse_str(id) {
            Ok(id) => {
                let town = find_town(db, id).await?;
                format!(
                    "{}, {}",
                    town.english_name.unwrap_or(town.local_name),
                    town.country
                )
            }
            Err(_) => id.clone(),
        },
        ("programme", Value::Array(days)) => days
            .iter()
            .map(|d| {
                format!(
                    "{} {}: {}",
                    if sv { "dag" } else { "day" },
                    d["day"],
                    d["text"].as_str().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        (_, Value::Bool(b)) => match (b, sv) {
            (true, true) => "ja",
            (false, true) => "nej",
            (true, false) => "yes",
            (false, false) => "no",
        }
        .to_owned(),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    })
}

/// Turns stored changes into (what, before, after) in the reader's language.
pub async fn describe_changes(
    db: &impl ConnectionTrait,
    changes: &Value,
    locale: Locale,
) -> DomainResult<Vec<(String, String, String)>> {
    let mut described = Vec::new();
    for change in changes.as_array().into_iter().flatten() {
        let field = change["field"].as_str().unwrap_or_default();
        described.push((
            field_label(field, locale),
            value_text(db, field, &change["before"], locale).await?,
            value_text(db, field, &change["after"], locale).await?,
        ));
    }
    Ok(described)
}

/// Every consent event of a registration, oldest first.
pub async fn events_of(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
) -> DomainResult<Vec<consent_events::Model>> {
    Ok(consent_events::Entity::find()
        .filter(consent_events::Column::RegistrationId.eq(registration_id))
        .order_by_asc(consent_events::Column::OccurredAt)
        .order_by_asc(consent_events::Column::Id)
        .all(db)
        .await?)
}
