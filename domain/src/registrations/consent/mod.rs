//! Guardians' consent: single-use links by e-mail (`links`), the form they fill in
//! (`form`), the consent itself as append-only events referring to the exact text shown
//! (`texts`), giving and withdrawing it (`giving`), consent made void by a material change
//! (`changes`), a coordinator's override, and the participant's own consent or assent.
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
    access::{self, find_youth, runs_exchange, youth_relation},
    notify,
    people::{self, Youth},
    places::{self, consent_rule, departure},
    registering::{
        self, Ending, find_registration, find_registration_for_update, record, tell_confirmed,
    },
    rules::{self, ConsentRule, Custody, RegistrationState},
};
use crate::{
    audit::chain,
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

mod changes;
mod form;
mod giving;
mod links;
mod receipt;
mod reminding;
mod signing;
mod texts;

pub use changes::{describe_changes, invalidate_after_change};
pub use form::{ConsentForm, ContactInput, MAX_CONTACTS, ParsedConsent, parse_form};
pub use giving::{Given, Withdrawn, give, give_own, override_consent, resend, withdraw_by_link};
pub use links::{LinkPage, OnRecord, link_expiry, open_link, revoke_links, send_links};
use links::{invalid_link, mint_link, redeem, usable_link};
pub use receipt::{Health, Receipt};
pub use reminding::{ReminderSchedule, remind_unanswered, tell_expired};
pub use signing::{Signature, SigningMethod};
pub use texts::{TEXT_KINDS, current_text, seed_texts, text_in};

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
    /// The request this guardian has not answered yet, if one was sent.
    pub outstanding: Option<Outstanding>,
}

/// A guardian's unanswered request for consent, as the teacher follows it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outstanding {
    /// When the guardian was asked (the request the reminders follow up).
    pub asked_at: DateTime<Utc>,
    /// Until when the newest link works.
    pub expires_at: DateTime<Utc>,
    /// When the latest reminder went out; None before any.
    pub last_reminded_at: Option<DateTime<Utc>>,
    pub reminders_sent: i32,
    /// The link ran out before the guardian answered.
    pub expired: bool,
}

/// Where a guardian's newest unused consent link stands, unless they have consented.
fn outstanding(
    links: &[&consent_links::Model],
    guardian_id: Uuid,
    consented: bool,
    now: DateTime<Utc>,
) -> Option<Outstanding> {
    if consented {
        return None;
    }
    let link = links
        .iter()
        .filter(|l| {
            l.guardian_id == guardian_id
                && l.purpose == LinkPurpose::Consent.code()
                && l.used_at.is_none()
                && l.revoked_at.is_none()
        })
        .max_by_key(|l| l.created_at)?;
    Some(Outstanding {
        asked_at: link.requested_at.unwrap_or(link.created_at),
        expires_at: link.expires_at,
        last_reminded_at: (link.reminders_sent > 0).then_some(link.created_at),
        reminders_sent: link.reminders_sent,
        expired: link.expires_at <= now,
    })
}

/// The unused consent links of `registration_ids`, for [`status`].
pub async fn unused_links_of(
    db: &impl ConnectionTrait,
    registration_ids: Vec<Uuid>,
) -> DomainResult<Vec<consent_links::Model>> {
    Ok(consent_links::Entity::find()
        .filter(consent_links::Column::RegistrationId.is_in(registration_ids))
        .filter(consent_links::Column::Purpose.eq(LinkPurpose::Consent.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .all(db)
        .await?)
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

/// Where a registration's consent stands at `now`, from its events and unused links.
pub fn status(
    rule: ConsentRule,
    needed: bool,
    guardians: &[guardians::Model],
    events: &[&consent_events::Model],
    links: &[&consent_links::Model],
    registration: &registrations::Model,
    now: DateTime<Utc>,
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
                outstanding: outstanding(links, g.id, consented.contains(&g.id), now),
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
    let links = unused_links_of(db, vec![registration.id]).await?;
    let needed = rules::needs_guardian_consent(rules::age_on(
        youth.profile.date_of_birth,
        exchange.start_date,
    ));
    Ok(status(
        consent_rule(&places),
        needed,
        &youth.guardians,
        &events,
        &links.iter().collect::<Vec<_>>(),
        registration,
        Utc::now(),
    ))
}

/// Confirms a registration pending consent once its rule is met and the exchange is approved:
/// while a change is under review, a consent waits for the approval (see
/// [`confirm_after_approval`]). Tells the teacher when that was the last consent the trip
/// waited for.
pub async fn confirm_if_met(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: registrations::Model,
) -> DomainResult<registrations::Model> {
    if registration.state != RegistrationState::PendingConsent.code()
        || awaits_approval(exchange)
        || !status_of(db, exchange, &registration).await?.met
    {
        return Ok(registration);
    }
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(RegistrationState::Confirmed.code().to_owned());
    active.updated_at = Set(Utc::now());
    let confirmed = active.update(db).await?;
    let youth = people::load(db, confirmed.youth_id).await?;
    tell_confirmed(services, db, exchange, &confirmed, &youth).await?;
    reminding::tell_if_all_in(services, db, exchange).await?;
    Ok(confirmed)
}

/// The exchange has been changed and waits for its approval again (or was never approved).
pub fn awaits_approval(exchange: &exchanges::Model) -> bool {
    crate::exchanges::rules::ExchangeState::from_code(&exchange.state)
        .is_none_or(|state| !crate::exchanges::rules::is_approved(state))
}

/// Once a changed exchange is approved again, confirms the registrations whose consents came
/// in while the change was under review (the caller holds the exchange's lock).
pub(crate) async fn confirm_after_approval(
    services: &Services,
    txn: &DatabaseTransaction,
    exchange: &exchanges::Model,
) -> DomainResult<()> {
    // A restricted person's registration is kept as it is, not processed.
    let pending = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange.id))
        .filter(registrations::Column::State.eq(RegistrationState::PendingConsent.code()))
        .filter(registrations::Column::YouthId.not_in_subquery(access::restricted_youth()))
        .order_by_asc(registrations::Column::Id)
        .all(txn)
        .await?;
    for registration in pending {
        let registration = find_registration_for_update(txn, registration.id).await?;
        confirm_if_met(services, txn, exchange, registration).await?;
    }
    Ok(())
}

/// Who, how and from where an event comes.
#[derive(Clone)]
struct Origin<'a> {
    given_by: &'a str,
    guardian_id: Option<Uuid>,
    method: &'a str,
    actor: Option<Uuid>,
    /// The giver's signature, on the events they signed.
    signature: Option<Signature>,
    /// The privacy notice text the giver was shown.
    notice_text: Option<Uuid>,
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
) -> DomainResult<DateTime<Utc>> {
    let occurred_at = chain::now();
    chain::append(
        db,
        consent_events::Model {
            id: Uuid::now_v7(),
            registration_id,
            guardian_id: origin.guardian_id,
            kind: kind.code().to_owned(),
            event: event.to_owned(),
            given_by: origin.given_by.to_owned(),
            consent_text_id: text_id,
            method: origin.method.to_owned(),
            typed_name: origin.signature.as_ref().map(|s| s.name().to_owned()),
            reason: origin.reason.clone(),
            client_ip: origin.client_ip.clone(),
            user_agent: origin.user_agent.clone(),
            actor_user_id: origin.actor,
            occurred_at,
            privacy_notice_text_id: origin.notice_text,
            signing_method: origin
                .signature
                .as_ref()
                .map(|s| s.method().code().to_owned()),
            chain_seq: None,
            prev_hash: None,
            row_hash: None,
        },
    )
    .await?;
    Ok(occurred_at)
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
            signature: None,
            notice_text: None,
            reason: None,
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await?;
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guardians_newest_unused_link_says_what_is_outstanding() {
        let now = Utc::now();
        let day = chrono::Duration::days(1);
        let (guardian, other) = (Uuid::now_v7(), Uuid::now_v7());
        let link = |guardian_id, created: DateTime<Utc>, reminders_sent, used: bool| {
            consent_links::Model {
                id: Uuid::now_v7(),
                registration_id: Uuid::nil(),
                guardian_id,
                purpose: LinkPurpose::Consent.code().to_owned(),
                token_hash: String::new(),
                changes: None,
                created_at: created,
                expires_at: created + day * 14,
                used_at: used.then_some(created),
                revoked_at: None,
                requested_at: (reminders_sent > 0).then_some(now - day * 20),
                reminders_sent,
                expiry_handled_at: None,
            }
        };
        let asked = link(guardian, now - day * 3, 0, false);
        let reminded = link(guardian, now - day, 1, false);
        let ran_out = link(guardian, now - day * 15, 0, false);
        let used = link(guardian, now - day, 0, true);
        let theirs = link(other, now - day, 0, false);
        let cases = [
            // (links, consented, expected (asked at, last reminded, reminders, expired))
            (vec![&asked], false, Some((now - day * 3, None, 0, false))),
            (vec![&asked], true, None),
            (
                vec![&reminded],
                false,
                Some((now - day * 20, Some(now - day), 1, false)),
            ),
            (vec![&ran_out], false, Some((now - day * 15, None, 0, true))),
            (vec![&used, &theirs], false, None),
            (vec![], false, None),
        ];
        for (links, consented, expected) in cases {
            let found = outstanding(&links, guardian, consented, now)
                .map(|o| (o.asked_at, o.last_reminded_at, o.reminders_sent, o.expired));
            assert_eq!(found, expected, "{links:?} {consented}");
        }
    }
}
