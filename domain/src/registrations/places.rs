//! The places of an exchange: taken by one conditional UPDATE (backed by a CHECK), freed
//! places offered to the waiting list in order, offers that expire, and the lottery.
use chrono::{DateTime, NaiveTime, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use serde_json::json;
use std::collections::HashSet;
use uuid::Uuid;

use super::{
    access::{exchange_refusal, restricted_youth, runs_exchange},
    notify::{self, Recipient},
    people,
    registering::{self, find_registration_for_update, grant_place},
    rules::{self, Candidate, ConsentRule, Membership, RegistrationState, Selection},
};
use crate::exchanges::approvals::title_for;
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{exchange_places, exchanges, registrations},
    error::{DomainError, DomainResult, FieldError},
    exchanges::{proposals, rules::ExchangeState},
    mail::{PlaceOffered, WaitingListed},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// The places an exchange starts with: as many as planned participants, first come first
/// served, members only, and the consent rule its risk level calls for.
fn default_places(exchange: &exchanges::Model) -> DomainResult<exchange_places::Model> {
    let risk = proposals::risk_of(exchange)?;
    Ok(exchange_places::Model {
        exchange_id: exchange.id,
        capacity: Ord::max(exchange.participants, 0),
        taken: 0,
        consent_rule: rules::default_consent_rule(risk).code().to_owned(),
        selection: Selection::FirstCome.code().to_owned(),
        membership: Membership::Members.code().to_owned(),
        lottery_seed: None,
        lottery_drawn_at: None,
        updated_at: Utc::now(),
    })
}

/// The exchange's places, stored with the defaults on first use.
pub async fn places_of(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<exchange_places::Model> {
    if let Some(places) = exchange_places::Entity::find_by_id(exchange.id)
        .one(db)
        .await?
    {
        return Ok(places);
    }
    let defaults: exchange_places::ActiveModel = default_places(exchange)?.into();
    exchange_places::Entity::insert(defaults)
        .on_conflict(
            OnConflict::column(exchange_places::Column::ExchangeId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    exchange_places::Entity::find_by_id(exchange.id)
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("places row vanished")))
}

/// The places of an exchange the principal may see, without storing anything.
pub async fn view(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
) -> DomainResult<exchange_places::Model> {
    let (exchange, _) = proposals::find_visible(services, principal, exchange_id).await?;
    match exchange_places::Entity::find_by_id(exchange.id)
        .one(&services.db)
        .await?
    {
        Some(places) => Ok(places),
        None => default_places(&exchange),
    }
}

/// Takes one place if one is free. The WHERE clause is evaluated under the row lock, so of
/// any number of concurrent takers no more succeed than there are places.
pub async fn take_place(db: &impl ConnectionTrait, exchange_id: Uuid) -> DomainResult<bool> {
    let result = exchange_places::Entity::update_many()
        .col_expr(
            exchange_places::Column::Taken,
            Expr::col(exchange_places::Column::Taken).add(1),
        )
        .filter(exchange_places::Column::ExchangeId.eq(exchange_id))
        .filter(
            Expr::col(exchange_places::Column::Taken)
                .lt(Expr::col(exchange_places::Column::Capacity)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn release_place(db: &impl ConnectionTrait, exchange_id: Uuid) -> DomainResult<()> {
    exchange_places::Entity::update_many()
        .col_expr(
            exchange_places::Column::Taken,
            Expr::col(exchange_places::Column::Taken).sub(1),
        )
        .filter(exchange_places::Column::ExchangeId.eq(exchange_id))
        .filter(Expr::col(exchange_places::Column::Taken).gt(0))
        .exec(db)
        .await?;
    Ok(())
}

pub fn consent_rule(places: &exchange_places::Model) -> ConsentRule {
    ConsentRule::from_code(&places.consent_rule).unwrap_or(ConsentRule::EveryGuardian)
}

pub fn selection(places: &exchange_places::Model) -> Selection {
    Selection::from_code(&places.selection).unwrap_or(Selection::FirstCome)
}

/// The waiting list in the order it is served: by when they joined it (everyone the lottery
/// did not place joined at the draw), then by their rank in the draw. Young people whose
/// data is restricted are passed over (they keep their registration, and their turn once
/// the restriction is lifted).
pub async fn waiting_list(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
) -> DomainResult<Vec<registrations::Model>> {
    Ok(registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .filter(registrations::Column::State.eq(RegistrationState::WaitingList.code()))
        .filter(registrations::Column::YouthId.not_in_subquery(restricted_youth()))
        .order_by_asc(registrations::Column::WaitingSince)
        .order_by_asc(registrations::Column::LotteryRank)
        .order_by_asc(registrations::Column::Id)
        .all(db)
        .await?)
}

/// How many wait for a place (one COUNT, however long the list), restricted people not
/// counted.
pub async fn waiting_count(db: &impl ConnectionTrait, exchange_id: Uuid) -> DomainResult<u64> {
    Ok(registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .filter(registrations::Column::State.eq(RegistrationState::WaitingList.code()))
        .filter(registrations::Column::YouthId.not_in_subquery(restricted_youth()))
        .count(db)
        .await?)
}

/// Whether places still pass on: registration open or closed, before departure, and (for a
/// lottery) after the draw.
fn places_pass_on(exchange: &exchanges::Model, places: &exchange_places::Model) -> bool {
    let state = ExchangeState::from_code(&exchange.state);
    matches!(
        state,
        Some(ExchangeState::OpenForRegistration | ExchangeState::RegistrationClosed)
    ) && exchange.start_date > Utc::now().date_naive()
        && (selection(places) == Selection::FirstCome || places.lottery_drawn_at.is_some())
}

/// Departure, as the moment links and offers end at the latest.
pub fn departure(exchange: &exchanges::Model) -> DateTime<Utc> {
    exchange.start_date.and_time(NaiveTime::MIN).and_utc()
}

/// Offers free places to the waiting list in order, each with a time limit and an e-mail.
pub async fn offer_next(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<usize> {
    let places = places_of(db, exchange).await?;
    if !places_pass_on(exchange, &places) {
        return Ok(0);
    }
    let mut offered = 0;
    for next in waiting_list(db, exchange.id).await? {
        if !take_place(db, exchange.id).await? {
            break;
        }
        let now = Utc::now();
        let valid_for = chrono::Duration::from_std(services.settings.offer_valid_for)
            .map_err(anyhow::Error::from)?;
        let expires = Ord::min(now + valid_for, departure(exchange));
        let mut active: registrations::ActiveModel = next.clone().into();
        active.state = Set(RegistrationState::Offered.code().to_owned());
        active.holds_place = Set(true);
        active.offer_expires_at = Set(Some(expires));
        active.updated_at = Set(now);
        let registration = active.update(db).await?;
        let youth = people::load(db, registration.youth_id).await?;
        let age = rules::age_on(youth.profile.date_of_birth, exchange.start_date);
        let trip = notify::trip(services, db, exchange).await?;
        let app_link = services.page(&format!("/registrations/{}", registration.id));
        // Guardians accept by consenting through their link; the young person (and an adult
        // participant) accepts in the app.
        let mut consent_links = Vec::new();
        if rules::needs_guardian_consent(age) {
            consent_links = super::consent::send_links(
                services,
                db,
                &registration,
                &youth,
                None,
                expires,
                false,
            )
            .await?;
        }
        for recipient in notify::family(db, &youth).await? {
            let consent_link = consent_links
                .iter()
                .find(|(email, _)| *email == recipient.email)
                .map(|(_, link)| link.clone());
            notify::tell(
                db,
                &trip,
                std::slice::from_ref(&recipient),
                &format!(
                    "place_offered:{}:{}",
                    registration.id,
                    now.timestamp_micros()
                ),
                |r: &Recipient| PlaceOffered {
                    recipient_name: r.name.clone(),
                    participant_name: youth.profile.display_name.clone(),
                    title: title_for(exchange, r.locale),
                    organiser: trip.organiser.clone(),
                    dates: trip.dates,
                    offer_expires: expires,
                    link: consent_link.clone().unwrap_or_else(|| app_link.clone()),
                    by_consent: consent_link.is_some(),
                },
            )
            .await?;
        }
        audit::record(
            db,
            &Default::default(),
            AuditEvent {
                actor_id: None,
                action: "registration_place_offered",
                subject_type: "registration",
                subject_id: Some(registration.id),
                details: json!({
                    "exchange_id": exchange.id,
                    "youth_id": registration.youth_id,
                    "expires_at": expires,
                }),
            },
        )
        .await?;
        offered += 1;
    }
    Ok(offered)
}

pub struct PlacesInput {
    pub capacity: i32,
    pub consent_rule: Option<ConsentRule>,
    pub selection: Selection,
    pub membership: Membership,
}

pub const MAX_CAPACITY: i32 = 500;

/// Sets how many places an exchange has and how they are given out. A larger capacity
/// offers the new places to the waiting list at once.
pub async fn set_places(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    input: PlacesInput,
) -> DomainResult<exchange_places::Model> {
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find_for_update(&txn, exchange_id).await?;
    // The people who run its registrations, not every editor: a global admin administers
    // accounts, not children's places and consent rules.
    if !runs_exchange(&txn, principal, &exchange).await? {
        return Err(exchange_refusal(&txn, principal, &exchange).await?);
    }
    if matches!(
        ExchangeState::from_code(&exchange.state),
        Some(
            ExchangeState::UnderWay
                | ExchangeState::Completed
                | ExchangeState::Reported
                | ExchangeState::Cancelled
                | ExchangeState::Rejected
        )
    ) {
        return Err(DomainError::Conflict {
            code: "registration_over",
            message: "the exchange no longer takes registrations",
        });
    }
    let current = places_of(&txn, &exchange).await?;
    let mut errors = Vec::new();
    if !(1..=MAX_CAPACITY).contains(&input.capacity) {
        errors.push(FieldError::new(
            "input.capacity",
            "out_of_range",
            "must be between 1 and 500",
        ));
    } else if input.capacity < current.taken {
        errors.push(FieldError::new(
            "input.capacity",
            "below_places_taken",
            "must be at least the number of places already taken",
        ));
    }
    if input.selection.code() != current.selection {
        let registered = registrations::Entity::find()
            .filter(registrations::Column::ExchangeId.eq(exchange_id))
            .limit(1)
            .all(&txn)
            .await?;
        if !registered.is_empty() {
            errors.push(FieldError::new(
                "input.selection",
                "registrations_exist",
                "cannot change once people have registered",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(DomainError::Validation(errors));
    }
    let risk = proposals::risk_of(&exchange)?;
    let rule = input
        .consent_rule
        .unwrap_or_else(|| rules::default_consent_rule(risk));
    let mut active: exchange_places::ActiveModel = current.clone().into();
    active.capacity = Set(input.capacity);
    active.consent_rule = Set(rule.code().to_owned());
    active.selection = Set(input.selection.code().to_owned());
    active.membership = Set(input.membership.code().to_owned());
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    if input.capacity > current.capacity {
        offer_next(services, &txn, &exchange).await?;
    }
    proposals::record(
        &txn,
        principal,
        meta,
        "exchange_places_set",
        exchange_id,
        json!({
            "capacity": input.capacity,
            "consent_rule": rule.code(),
            "selection": input.selection.code(),
            "membership": input.membership.code(),
        }),
    )
    .await?;
    let places = places_of(&txn, &exchange).await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(places)
}

/// Ends the offers that ran out and passes their places on; returns how many ended.
pub async fn expire_offers(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let due = registrations::Entity::find()
        .filter(registrations::Column::State.eq(RegistrationState::Offered.code()))
        .filter(Expr::col(registrations::Column::OfferExpiresAt).lte(now))
        .limit(200)
        .all(&services.db)
        .await?;
    let mut expired = 0;
    for registration in due {
        let txn = begin_write(&services.db).await?;
        let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
        let current = find_registration_for_update(&txn, registration.id).await?;
        let still_due = current.state == RegistrationState::Offered.code()
            && current.offer_expires_at.is_some_and(|at| at <= now);
        if still_due {
            registering::end(
                services,
                &txn,
                &exchange,
                current,
                registering::Ending::OfferExpired,
                None,
                &RequestMeta::default(),
            )
            .await?;
            expired += 1;
        }
        txn.commit().await?;
    }
    if expired > 0 {
        services.mail_committed();
    }
    Ok(expired)
}

/// Draws the lottery of an exchange whose registration deadline has passed. With a
/// principal, as the exchange's leader or coordinator; without, as the scheduler.
pub async fn draw_lottery(
    services: &Services,
    principal: Option<&Principal>,
    meta: &RequestMeta,
    exchange_id: Uuid,
) -> DomainResult<exchange_places::Model> {
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find_for_update(&txn, exchange_id).await?;
    if let Some(principal) = principal
        && !runs_exchange(&txn, principal, &exchange).await?
    {
        return Err(exchange_refusal(&txn, principal, &exchange).await?);
    }
    let places = places_of(&txn, &exchange).await?;
    if selection(&places) != Selection::Lottery {
        return Err(DomainError::Conflict {
            code: "not_a_lottery",
            message: "this exchange gives places first come, first served",
        });
    }
    if places.lottery_drawn_at.is_some() {
        return Err(DomainError::Conflict {
            code: "already_drawn",
            message: "the lottery has been drawn",
        });
    }
    let today = Utc::now().date_naive();
    let closed = exchange.state == ExchangeState::RegistrationClosed.code();
    let open = exchange.state == ExchangeState::OpenForRegistration.code();
    let deadline_passed = exchange.registration_deadline.is_some_and(|d| d < today);
    if !(closed || (open && deadline_passed)) {
        return Err(DomainError::Conflict {
            code: "deadline_not_passed",
            message: "the lottery is drawn once registration has closed or its deadline passed",
        });
    }
    let seed: i64 = rand::random();
    let now = Utc::now();
    let candidates_rows = waiting_list(&txn, exchange_id).await?;
    let candidates = candidates_of(&txn, exchange_id, &candidates_rows).await?;
    let free = Ord::max(places.capacity - places.taken, 0) as usize;
    let drawn = rules::draw(seed, &candidates, free);
    let marked = exchange_places::Entity::update_many()
        .col_expr(exchange_places::Column::LotterySeed, Expr::value(seed))
        .col_expr(exchange_places::Column::LotteryDrawnAt, Expr::value(now))
        .filter(exchange_places::Column::ExchangeId.eq(exchange_id))
        .filter(exchange_places::Column::LotteryDrawnAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        return Err(DomainError::Conflict {
            code: "already_drawn",
            message: "the lottery has been drawn",
        });
    }
    let trip = notify::trip(services, &txn, &exchange).await?;
    let mut waiting_position = 0;
    for outcome in &drawn {
        let Some(registration) = candidates_rows
            .iter()
            .find(|r| r.id == outcome.registration_id)
            .cloned()
        else {
            continue;
        };
        let youth = people::load(&txn, registration.youth_id).await?;
        let mut active: registrations::ActiveModel = registration.into();
        active.lottery_rank = Set(Some(outcome.rank));
        active.outcome_reason = Set(Some(outcome.outcome.english()));
        active.outcome = Set(Some(outcome.outcome.to_json()));
        active.updated_at = Set(now);
        if outcome.place && take_place(&txn, exchange_id).await? {
            let registration = active.update(&txn).await?;
            grant_place(services, &txn, &exchange, registration, &youth).await?;
        } else {
            waiting_position += 1;
            active.waiting_since = Set(Some(now));
            let registration = active.update(&txn).await?;
            let recipients = notify::family(&txn, &youth).await?;
            notify::tell(
                &txn,
                &trip,
                &recipients,
                &format!("waiting_list:{}:drawn", registration.id),
                |r| WaitingListed {
                    recipient_name: r.name.clone(),
                    participant_name: youth.profile.display_name.clone(),
                    title: title_for(&exchange, r.locale),
                    organiser: trip.organiser.clone(),
                    dates: trip.dates,
                    position: Some(waiting_position),
                    draw_date: None,
                },
            )
            .await?;
        }
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: principal.map(|p| p.user_id),
            action: "lottery_drawn",
            subject_type: "exchange",
            subject_id: Some(exchange_id),
            details: json!({
                "seed": seed,
                "candidates": drawn.len(),
                "places": drawn.iter().filter(|d| d.place).count(),
            }),
        },
    )
    .await?;
    let places = places_of(&txn, &exchange).await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(places)
}

/// The lottery's candidates: priority for fewer opportunities, and for first-timers (nobody
/// confirmed for another exchange, and no exchange taken part in on record).
pub async fn candidates_of(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
    waiting: &[registrations::Model],
) -> DomainResult<Vec<Candidate>> {
    let youth_ids: Vec<Uuid> = waiting.iter().map(|r| r.youth_id).collect();
    let profiles = crate::entities::youth_profiles::Entity::find()
        .filter(crate::entities::youth_profiles::Column::Id.is_in(youth_ids.clone()))
        .all(db)
        .await?;
    let been_before: HashSet<Uuid> = registrations::Entity::find()
        .filter(registrations::Column::YouthId.is_in(youth_ids))
        .filter(registrations::Column::ExchangeId.ne(exchange_id))
        .filter(registrations::Column::State.eq(RegistrationState::Confirmed.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.youth_id)
        .collect();
    Ok(waiting
        .iter()
        .map(|r| Candidate {
            registration_id: r.id,
            fewer_opportunities: profiles
                .iter()
                .any(|p| p.id == r.youth_id && p.fewer_opportunities),
            // Retention removes old registrations; the profile remembers the first exchange.
            first_time: !been_before.contains(&r.youth_id)
                && profiles
                    .iter()
                    .any(|p| p.id == r.youth_id && p.first_exchange_on.is_none()),
        })
        .collect())
}

/// The scheduler's pass: draws every lottery whose registration deadline has passed.
pub async fn draw_due(services: &Services) -> DomainResult<usize> {
    let today = Utc::now().date_naive();
    let pending = exchange_places::Entity::find()
        .filter(exchange_places::Column::Selection.eq(Selection::Lottery.code()))
        .filter(exchange_places::Column::LotteryDrawnAt.is_null())
        .all(&services.db)
        .await?;
    let mut drawn = 0;
    for places in pending {
        let exchange = proposals::find(&services.db, places.exchange_id).await?;
        let due = exchange.state == ExchangeState::OpenForRegistration.code()
            && exchange.registration_deadline.is_some_and(|d| d < today);
        if due {
            match draw_lottery(services, None, &RequestMeta::default(), exchange.id).await {
                Ok(_) => drawn += 1,
                // Another instance drew it first.
                Err(DomainError::Conflict { .. }) => {}
                Err(error) => return Err(error),
            }
        }
    }
    Ok(drawn)
}
