//! Registering for an exchange, withdrawing, cancelling, accepting an offered place, and the
//! registrations as their people and leaders see them.
use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    access::{self, exchange_refusal, find_youth, runs_exchange, youth_relation},
    consent::{self, ConsentStatus},
    notify::{self, Recipient},
    people::{self, Youth},
    places::{self, consent_rule, places_of, release_place, take_place},
    rules::{self, Membership, Outcome, Registrant, RegistrationState, Selection},
};
use crate::exchanges::approvals::title_for;
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::types::parse_name,
    entities::{
        consent_events, consent_links, exchange_places, exchanges, guardians, registrations,
        youth_profiles,
    },
    error::{DomainError, DomainResult},
    exchanges::{access as exchange_access, proposals, rules::ExchangeState},
    mail::{RegistrationConfirmed, RegistrationEnded, WaitingListed},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// The young people whose place on `exchange_id` is confirmed. A restricted person's data is
/// kept, not processed: they are left out.
pub async fn confirmed_participants(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
) -> DomainResult<Vec<youth_profiles::Model>> {
    let youth_ids: Vec<Uuid> = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .filter(registrations::Column::State.eq(RegistrationState::Confirmed.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.youth_id)
        .collect();
    Ok(youth_profiles::Entity::find()
        .filter(youth_profiles::Column::Id.is_in(youth_ids))
        .filter(youth_profiles::Column::RestrictedAt.is_null())
        .order_by_asc(youth_profiles::Column::Id)
        .all(db)
        .await?)
}

pub async fn find_registration(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    registrations::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("registration"))
}

/// The registration a write is about to change, locked on PostgreSQL. Callers take the
/// exchange first (`proposals::find_for_update`), so every write path locks in one order.
pub async fn find_registration_for_update(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    let mut query = registrations::Entity::find_by_id(id);
    if txn.get_database_backend() == DbBackend::Postgres {
        query = query.lock_exclusive();
    }
    query
        .one(txn)
        .await?
        .ok_or(DomainError::NotFound("registration"))
}

fn state_of(registration: &registrations::Model) -> DomainResult<RegistrationState> {
    RegistrationState::from_code(&registration.state)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("unknown registration state")))
}

/// Registers a young person for an exchange open for registration: by the young person
/// (from 13), a guardian, or a teacher of their organisation (under 18). Takes a place when
/// one is free and nobody waits ahead; otherwise the waiting list (or, for a lottery before
/// its draw, the draw).
pub async fn register(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    youth_id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find_for_update(&txn, exchange_id).await?;
    let youth = people::load(&txn, youth_id)
        .await
        .map_err(|_| DomainError::field("youthId", "not_found", "no such young person"))?;
    let relation = youth_relation(&txn, principal, &youth.profile).await?;
    let registrant = if relation.themselves {
        Registrant::Themselves
    } else if relation.guardian.is_some() {
        Registrant::Guardian
    } else if relation.staff {
        Registrant::Teacher
    } else if relation.may_view() {
        // A coordinator sees the child but registers nobody.
        return Err(DomainError::Forbidden);
    } else {
        return Err(DomainError::field(
            "youthId",
            "not_found",
            "no such young person",
        ));
    };
    let today = Utc::now().date_naive();
    if exchange.state != ExchangeState::OpenForRegistration.code() || exchange.start_date <= today {
        let relation = exchange_access::relation(&txn, principal, &exchange).await?;
        if !relation.may_view(&exchange)
            && exchange.state != ExchangeState::OpenForRegistration.code()
        {
            return Err(DomainError::NotFound("exchange"));
        }
        return Err(DomainError::Conflict {
            code: "registration_not_open",
            message: "the exchange is not open for registration",
        });
    }
    // After the exchange checks, so the refusal tells nothing of an exchange they cannot see.
    access::refuse_if_restricted(&access::youth_for_write(&txn, youth_id).await?)?;
    if exchange.registration_deadline.is_some_and(|d| d < today) {
        return Err(DomainError::Conflict {
            code: "registration_deadline_passed",
            message: "the registration deadline has passed",
        });
    }
    let age = rules::age_on(youth.profile.date_of_birth, exchange.start_date);
    if let Err(code) = rules::may_register(registrant, age) {
        return Err(DomainError::field(
            "youthId",
            code,
            match code {
                "under_13_registered_by_an_adult" => {
                    "a child under 13 is registered by a guardian or teacher"
                }
                _ => "a participant of 18 or more registers themselves",
            },
        ));
    }
    if age < i32::from(exchange.age_min) || age > i32::from(exchange.age_max) {
        return Err(DomainError::field(
            "youthId",
            "outside_age_range",
            "is outside the exchange's age range at its start date",
        ));
    }
    let places = places_of(&txn, &exchange).await?;
    if Membership::from_code(&places.membership) == Some(Membership::Members) {
        let mut members_of = proposals::partners_of(&txn, exchange.id).await?;
        members_of.push(exchange.sending_organisation_id);
        if !members_of.contains(&youth.profile.organisation_id) {
            return Err(DomainError::field(
                "youthId",
                "not_a_member",
                "the exchange is for members of its organisations",
            ));
        }
        if !youth.profile.membership_confirmed {
            return Err(DomainError::field(
                "youthId",
                "membership_not_confirmed",
                "the organisation has not yet confirmed the membership",
            ));
        }
    }
    if rules::needs_guardian_consent(age) && youth.guardians.is_empty() {
        return Err(DomainError::field(
            "youthId",
            "no_guardian_on_record",
            "someone under 18 needs a guardian on record",
        ));
    }
    let existing = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .filter(registrations::Column::YouthId.eq(youth_id))
        .one(&txn)
        .await?;
    if existing.is_some() {
        return Err(already_registered());
    }

    let now = Utc::now();
    let awaiting_draw =
        places::selection(&places) == Selection::Lottery && places.lottery_drawn_at.is_none();
    let someone_waits = !awaiting_draw && places::waiting_count(&txn, exchange_id).await? > 0;
    let placed = !awaiting_draw && !someone_waits && take_place(&txn, exchange_id).await?;
    let outcome = if awaiting_draw {
        Outcome::AwaitingDraw
    } else if placed {
        Outcome::FirstComePlace
    } else {
        Outcome::FirstComeWaiting
    };
    let id = Uuid::now_v7();
    let inserted = registrations::Entity::insert(registrations::ActiveModel {
        id: Set(id),
        exchange_id: Set(exchange_id),
        youth_id: Set(youth_id),
        state: Set(RegistrationState::WaitingList.code().to_owned()),
        holds_place: Set(false),
        registered_by: Set(Some(principal.user_id)),
        waiting_since: Set(Some(now)),
        lottery_rank: Set(None),
        outcome_reason: Set(Some(outcome.english())),
        outcome: Set(Some(outcome.to_json())),
        offer_expires_at: Set(None),
        override_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(&txn)
    .await;
    if let Err(error) = inserted {
        return Err(match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => already_registered(),
            _ => error.into(),
        });
    }
    let registration = find_registration(&txn, id).await?;
    if registrant == Registrant::Themselves && !rules::needs_guardian_consent(age) {
        // An adult's own registration is their consent to travel.
        consent::record_participant_consent(&txn, &registration, principal, meta).await?;
    }
    let registration = if placed {
        let mut active: registrations::ActiveModel = registration.into();
        active.waiting_since = Set(None);
        grant_place(
            services,
            &txn,
            &exchange,
            active.update(&txn).await?,
            &youth,
        )
        .await?
    } else {
        let position = if awaiting_draw {
            None
        } else {
            Some(places::waiting_count(&txn, exchange_id).await? as i64)
        };
        let recipients = notify::family(&txn, &youth).await?;
        let trip = notify::trip(services, &txn, &exchange).await?;
        notify::tell(
            &txn,
            &trip,
            &recipients,
            &format!("waiting_list:{id}"),
            |r| WaitingListed {
                recipient_name: r.name.clone(),
                participant_name: youth.profile.display_name.clone(),
                title: title_for(&exchange, r.locale),
                organiser: trip.organiser.clone(),
                dates: trip.dates,
                position,
                draw_date: awaiting_draw
                    .then_some(exchange.registration_deadline)
                    .flatten(),
            },
        )
        .await?;
        registration
    };
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "registration_created",
        &registration,
        json!({ "state": registration.state, "registrant": format!("{registrant:?}").to_lowercase() }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(registration)
}

fn already_registered() -> DomainError {
    DomainError::Conflict {
        code: "already_registered",
        message: "this young person is already registered for the exchange",
    }
}

pub(crate) async fn record(
    db: &impl ConnectionTrait,
    meta: &RequestMeta,
    actor: Option<Uuid>,
    action: &str,
    registration: &registrations::Model,
    mut details: serde_json::Value,
) -> DomainResult<()> {
    details["exchange_id"] = json!(registration.exchange_id);
    details["youth_id"] = json!(registration.youth_id);
    audit::record(
        db,
        meta,
        AuditEvent {
            actor_id: actor,
            action,
            subject_type: "registration",
            subject_id: Some(registration.id),
            details,
        },
    )
    .await
}

/// Gives a registration the place it has just taken: pending consent for someone under 18,
/// confirmed for an adult.
pub(crate) async fn grant_place(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: registrations::Model,
    youth: &Youth,
) -> DomainResult<registrations::Model> {
    let age = rules::age_on(youth.profile.date_of_birth, exchange.start_date);
    let needs_consent = rules::needs_guardian_consent(age);
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(if needs_consent {
        RegistrationState::PendingConsent
    } else {
        RegistrationState::Confirmed
    }
    .code()
    .to_owned());
    active.holds_place = Set(true);
    active.offer_expires_at = Set(None);
    active.waiting_since = Set(None);
    active.updated_at = Set(Utc::now());
    let registration = active.update(db).await?;
    if needs_consent {
        let expires = consent::link_expiry(services, exchange)?;
        // Nobody can have consented yet: links go out only once a place is held.
        consent::send_links(services, db, &registration, youth, None, expires, true).await?;
        Ok(registration)
    } else {
        tell_confirmed(services, db, exchange, &registration, youth).await?;
        Ok(registration)
    }
}

pub(crate) async fn tell_confirmed(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: &registrations::Model,
    youth: &Youth,
) -> DomainResult<()> {
    let recipients = notify::family(db, youth).await?;
    let trip = notify::trip(services, db, exchange).await?;
    notify::tell(
        db,
        &trip,
        &recipients,
        &format!(
            "registration_confirmed:{}:{}",
            registration.id,
            registration.updated_at.timestamp_micros()
        ),
        |r: &Recipient| RegistrationConfirmed {
            recipient_name: r.name.clone(),
            participant_name: youth.profile.display_name.clone(),
            title: title_for(exchange, r.locale),
            organiser: trip.organiser.clone(),
            dates: trip.dates,
            destination: trip.destination.clone(),
        },
    )
    .await
}

/// Why a registration ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Withdrawn,
    Cancelled,
    OfferExpired,
    ConsentWithdrawn,
    /// The exchange, changed after its approval, was not approved again.
    ExchangeRejected,
}

impl Ending {
    fn state(self) -> RegistrationState {
        match self {
            Self::Cancelled | Self::ExchangeRejected => RegistrationState::Cancelled,
            _ => RegistrationState::Withdrawn,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Self::Withdrawn => "withdrawn",
            Self::Cancelled => "cancelled",
            Self::OfferExpired => "offer_expired",
            Self::ConsentWithdrawn => "consent_withdrawn",
            Self::ExchangeRejected => "exchange_rejected",
        }
    }
}

/// Ends a registration: frees its place and offers it on, revokes its open links, tells the
/// family. The caller holds the exchange's and the registration's locks.
pub(crate) async fn end(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: registrations::Model,
    ending: Ending,
    actor: Option<Uuid>,
    meta: &RequestMeta,
) -> DomainResult<registrations::Model> {
    end_with_comment(
        services,
        db,
        exchange,
        registration,
        ending,
        actor,
        meta,
        None,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn end_with_comment(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: registrations::Model,
    ending: Ending,
    actor: Option<Uuid>,
    meta: &RequestMeta,
    comment: Option<String>,
) -> DomainResult<registrations::Model> {
    let held = registration.holds_place;
    let from = registration.state.clone();
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(ending.state().code().to_owned());
    active.holds_place = Set(false);
    active.offer_expires_at = Set(None);
    active.waiting_since = Set(None);
    active.updated_at = Set(Utc::now());
    let registration = active.update(db).await?;
    consent::revoke_links(db, registration.id, None).await?;
    let youth = people::load(db, registration.youth_id).await?;
    let recipients = notify::family(db, &youth).await?;
    let trip = notify::trip(services, db, exchange).await?;
    notify::tell(
        db,
        &trip,
        &recipients,
        &format!("registration_ended:{}", registration.id),
        |r| RegistrationEnded {
            recipient_name: r.name.clone(),
            participant_name: youth.profile.display_name.clone(),
            title: title_for(exchange, r.locale),
            organiser: trip.organiser.clone(),
            dates: trip.dates,
            reason: ending.code(),
            comment: comment.clone(),
        },
    )
    .await?;
    record(
        db,
        meta,
        actor,
        "registration_ended",
        &registration,
        json!({ "from": from, "ending": ending.code() }),
    )
    .await?;
    if held {
        release_place(db, exchange.id).await?;
        places::offer_next(services, db, exchange).await?;
    }
    Ok(registration)
}

/// Ends every open registration of a cancelled or rejected exchange (the caller holds its
/// lock); each family is told why, with the canceller's reason when there is one.
pub(crate) async fn end_all(
    services: &Services,
    txn: &DatabaseTransaction,
    exchange: &exchanges::Model,
    principal: &Principal,
    meta: &RequestMeta,
    ending: Ending,
    reason: Option<&str>,
) -> DomainResult<()> {
    let open = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange.id))
        .filter(registrations::Column::State.is_not_in([
            RegistrationState::Withdrawn.code(),
            RegistrationState::Cancelled.code(),
        ]))
        .all(txn)
        .await?;
    for registration in open {
        let registration = find_registration_for_update(txn, registration.id).await?;
        end_with_comment(
            services,
            txn,
            exchange,
            registration,
            ending,
            Some(principal.user_id),
            meta,
            reason.map(str::to_owned),
        )
        .await?;
    }
    Ok(())
}

/// The refusal for someone who may not do something with a registration: FORBIDDEN when they
/// may see it, NOT_FOUND otherwise, so that ids do not leak.
pub(crate) async fn refusal(
    db: &impl ConnectionTrait,
    principal: &Principal,
    exchange: &exchanges::Model,
    registration: &registrations::Model,
) -> DomainResult<DomainError> {
    let youth = find_youth(db, registration.youth_id).await?;
    let sees = youth_relation(db, principal, &youth).await?.may_view()
        || runs_exchange(db, principal, exchange).await?;
    Ok(if sees {
        DomainError::Forbidden
    } else {
        DomainError::NotFound("registration")
    })
}

/// Refuses a change to a registration whose young person's data is restricted (after the
/// caller's authorization, so that a stranger learns nothing).
pub(crate) async fn refuse_if_restricted(
    txn: &DatabaseTransaction,
    registration: &registrations::Model,
) -> DomainResult<()> {
    access::refuse_if_restricted(&access::youth_for_write(txn, registration.youth_id).await?)
}

/// Locks the exchange, then the registration, for a change to the registration.
pub(crate) async fn lock(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> DomainResult<(exchanges::Model, registrations::Model)> {
    let exchange_id = find_registration(txn, id).await?.exchange_id;
    let exchange = proposals::find_for_update(txn, exchange_id).await?;
    let registration = find_registration_for_update(txn, id).await?;
    Ok((exchange, registration))
}

/// Withdraws a registration in one step, by the young person, a guardian or their teacher,
/// until departure. The place passes on.
pub async fn withdraw(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = lock(&txn, id).await?;
    let youth = find_youth(&txn, registration.youth_id).await?;
    let relation = youth_relation(&txn, principal, &youth).await?;
    if !relation.may_act_for() {
        return Err(refusal(&txn, principal, &exchange, &registration).await?);
    }
    // Even while their data is restricted, a family can take a child off a trip: that stops
    // processing rather than adding to it.
    check_still_open(&exchange, &registration)?;
    let ended = end(
        services,
        &txn,
        &exchange,
        registration,
        Ending::Withdrawn,
        Some(principal.user_id),
        meta,
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(ended)
}

fn check_still_open(
    exchange: &exchanges::Model,
    registration: &registrations::Model,
) -> DomainResult<()> {
    if state_of(registration)?.has_ended() {
        return Err(DomainError::Conflict {
            code: "registration_ended",
            message: "the registration has already ended",
        });
    }
    if exchange.start_date <= Utc::now().date_naive() {
        return Err(DomainError::Conflict {
            code: "departed",
            message: "the exchange has started",
        });
    }
    Ok(())
}

/// Cancels a registration, by the exchange's leaders or coordinators, with a reason.
pub async fn cancel(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    reason: &str,
) -> DomainResult<registrations::Model> {
    let reason =
        parse_name("reason", reason, 1000).map_err(|e| DomainError::Validation(vec![e]))?;
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = lock(&txn, id).await?;
    if !runs_exchange(&txn, principal, &exchange).await? {
        return Err(refusal(&txn, principal, &exchange, &registration).await?);
    }
    refuse_if_restricted(&txn, &registration).await?;
    check_still_open(&exchange, &registration)?;
    let ended = end_with_comment(
        services,
        &txn,
        &exchange,
        registration,
        Ending::Cancelled,
        Some(principal.user_id),
        meta,
        Some(reason),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(ended)
}

/// Accepts an offered place, by the young person or a guardian with an account.
pub async fn accept_offer(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = lock(&txn, id).await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let relation = youth_relation(&txn, principal, &youth.profile).await?;
    if !(relation.themselves || relation.guardian.is_some()) {
        return Err(refusal(&txn, principal, &exchange, &registration).await?);
    }
    refuse_if_restricted(&txn, &registration).await?;
    if registration.state != RegistrationState::Offered.code()
        || registration
            .offer_expires_at
            .is_none_or(|at| at <= Utc::now())
    {
        return Err(DomainError::Conflict {
            code: "no_open_offer",
            message: "there is no open offer of a place",
        });
    }
    let accepted = grant_place(services, &txn, &exchange, registration, &youth).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "registration_offer_accepted",
        &accepted,
        json!({ "state": accepted.state }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(accepted)
}

/// A registration with what its viewers see of it.
#[derive(Debug, Clone)]
pub struct RegistrationView {
    pub registration: registrations::Model,
    pub youth: youth_profiles::Model,
    /// 1 for the first in line; None when not waiting (or awaiting a draw).
    pub waiting_position: Option<i64>,
    pub consent: ConsentStatus,
}

/// One registration, for the young person, their guardians and teachers, and the people
/// who run the exchange.
pub async fn registration(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<RegistrationView> {
    let db = &services.db;
    let registration = find_registration(db, id).await?;
    let youth = find_youth(db, registration.youth_id).await?;
    let mut allowed = youth_relation(db, principal, &youth).await?.may_view();
    if !allowed {
        let exchange = proposals::find(db, registration.exchange_id).await?;
        allowed = runs_exchange(db, principal, &exchange).await?;
    }
    if !allowed {
        return Err(DomainError::NotFound("registration"));
    }
    Ok(views(db, vec![registration]).await?.remove(0))
}

/// Every registration of an exchange, for its leaders and coordinators.
pub async fn of_exchange(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
) -> DomainResult<Vec<RegistrationView>> {
    let db = &services.db;
    let exchange = proposals::find(db, exchange_id).await?;
    if !runs_exchange(db, principal, &exchange).await? {
        return Err(exchange_refusal(db, principal, &exchange).await?);
    }
    let rows = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .order_by_asc(registrations::Column::CreatedAt)
        .order_by_asc(registrations::Column::Id)
        .all(db)
        .await?;
    views(db, rows).await
}

pub struct RegistrationPage {
    pub registrations: Vec<RegistrationView>,
    pub has_next_page: bool,
}

/// The registrations of the principal and of the children they are a guardian of, by id
/// (newest first), `first` after the cursor `after`.
pub async fn mine(
    services: &Services,
    principal: &Principal,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<RegistrationPage> {
    let db = &services.db;
    let email = access::email_of(db, principal).await?;
    let youth_ids = access::own_and_children(principal, &email);
    let mut query =
        registrations::Entity::find().filter(registrations::Column::YouthId.in_subquery(youth_ids));
    if let Some(after) = after {
        query = query.filter(registrations::Column::Id.lt(after));
    }
    let mut rows = query
        .order_by_desc(registrations::Column::Id)
        .limit(first + 1)
        .all(db)
        .await?;
    let has_next_page = rows.len() as u64 > first;
    rows.truncate(first as usize);
    Ok(RegistrationPage {
        registrations: views(db, rows).await?,
        has_next_page,
    })
}

/// Builds the views of many registrations with a fixed number of queries.
pub async fn views(
    db: &impl ConnectionTrait,
    rows: Vec<registrations::Model>,
) -> DomainResult<Vec<RegistrationView>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let youth_ids: Vec<Uuid> = rows.iter().map(|r| r.youth_id).collect();
    let exchange_ids: Vec<Uuid> = rows
        .iter()
        .map(|r| r.exchange_id)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let registration_ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let youths: HashMap<Uuid, youth_profiles::Model> = youth_profiles::Entity::find()
        .filter(youth_profiles::Column::Id.is_in(youth_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|y| (y.id, y))
        .collect();
    let all_guardians = guardians::Entity::find()
        .filter(guardians::Column::YouthId.is_in(youth_ids))
        .order_by_asc(guardians::Column::CreatedAt)
        .all(db)
        .await?;
    let events = consent_events::Entity::find()
        .filter(consent_events::Column::RegistrationId.is_in(registration_ids.clone()))
        .order_by_asc(consent_events::Column::OccurredAt)
        .order_by_asc(consent_events::Column::Id)
        .all(db)
        .await?;
    let links = consent::unused_links_of(db, registration_ids).await?;
    let now = Utc::now();
    let exchanges: HashMap<Uuid, exchanges::Model> = exchanges::Entity::find()
        .filter(exchanges::Column::Id.is_in(exchange_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let places: HashMap<Uuid, exchange_places::Model> = exchange_places::Entity::find()
        .filter(exchange_places::Column::ExchangeId.is_in(exchange_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.exchange_id, p))
        .collect();
    let mut positions: HashMap<Uuid, i64> = HashMap::new();
    // A restricted person is passed over, so counts in nobody's position.
    let waiting = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.is_in(exchange_ids))
        .filter(registrations::Column::State.eq(RegistrationState::WaitingList.code()))
        .filter(registrations::Column::YouthId.not_in_subquery(access::restricted_youth()))
        .order_by_asc(registrations::Column::WaitingSince)
        .order_by_asc(registrations::Column::LotteryRank)
        .order_by_asc(registrations::Column::Id)
        .all(db)
        .await?;
    let mut counters: HashMap<Uuid, i64> = HashMap::new();
    for w in waiting {
        let awaiting_draw = places.get(&w.exchange_id).is_some_and(|p| {
            places::selection(p) == Selection::Lottery && p.lottery_drawn_at.is_none()
        });
        if !awaiting_draw {
            let n = counters.entry(w.exchange_id).or_default();
            *n += 1;
            positions.insert(w.id, *n);
        }
    }
    let mut views = Vec::with_capacity(rows.len());
    for registration in rows {
        let Some(youth) = youths.get(&registration.youth_id).cloned() else {
            continue;
        };
        let guardians: Vec<guardians::Model> = all_guardians
            .iter()
            .filter(|g| g.youth_id == youth.id)
            .cloned()
            .collect();
        let needed = exchanges.get(&registration.exchange_id).is_some_and(|e| {
            rules::needs_guardian_consent(rules::age_on(youth.date_of_birth, e.start_date))
        });
        let rule = places
            .get(&registration.exchange_id)
            .map(consent_rule)
            .unwrap_or(rules::ConsentRule::EveryGuardian);
        let mine: Vec<&consent_events::Model> = events
            .iter()
            .filter(|e| e.registration_id == registration.id)
            .collect();
        let mine_links: Vec<&consent_links::Model> = links
            .iter()
            .filter(|l| l.registration_id == registration.id)
            .collect();
        let consent = consent::status(
            rule,
            needed,
            &guardians,
            &mine,
            &mine_links,
            &registration,
            now,
        );
        views.push(RegistrationView {
            waiting_position: positions.get(&registration.id).copied(),
            registration,
            youth,
            consent,
        });
    }
    Ok(views)
}
