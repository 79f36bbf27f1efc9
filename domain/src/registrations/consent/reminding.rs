//! Following up consent requests: a guardian who has not answered is reminded (by default
//! 3 days after the request and again 2 days before its link expires, each time with a fresh
//! link that replaces the old one); the teacher is told when a link runs out unanswered and
//! when every consent for the trip is in. The scheduler runs [`remind_unanswered`] and
//! [`tell_expired`] in every instance: a reminder claims its link by one conditional UPDATE
//! in the transaction that mints the fresh link and queues the mail, so two passes at once
//! remind once.
use chrono::Duration;
use sea_orm::{PaginatorTrait, QuerySelect, QueryTrait};

use super::*;
use crate::{
    directory::places::find_municipality,
    mail::{ConsentLinkExpired, ConsentsComplete, Envelope},
};

/// When reminders go out (`APP_CONSENT_REMINDERS__*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderSchedule {
    /// The first reminder once a request is this old...
    pub first_after: Duration,
    /// ...and the last one this long before its link expires.
    pub last_before: Duration,
}

impl Default for ReminderSchedule {
    fn default() -> Self {
        Self {
            first_after: Duration::days(3),
            last_before: Duration::days(2),
        }
    }
}

/// Which reminder of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    First,
    Last,
}

impl Reminder {
    /// How many reminders the request has had once this one is sent.
    fn count(self) -> i32 {
        match self {
            Reminder::First => 1,
            Reminder::Last => 2,
        }
    }
}

/// The reminder due at `now` for a request asked at `asked_at` whose link expires at
/// `expires_at`, after `sent` reminders. Nothing before the first reminder's time (a short
/// link then gets only the last one), nothing once the link has expired.
pub fn reminder_due(
    schedule: ReminderSchedule,
    asked_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    sent: i32,
    now: DateTime<Utc>,
) -> Option<Reminder> {
    if now >= expires_at || now - asked_at < schedule.first_after {
        return None;
    }
    let near_expiry = expires_at - now <= schedule.last_before;
    match sent {
        0 | 1 if near_expiry => Some(Reminder::Last),
        0 => Some(Reminder::First),
        _ => None,
    }
}

/// Whether a link that ran out unanswered at `expires_at` is worth telling the teacher at
/// `now`: not once the trip has left (a link runs out at departure at the latest).
pub fn expiry_worth_telling(
    expires_at: DateTime<Utc>,
    departure: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    expires_at < departure && now < departure
}

/// The ids of registrations waiting for consent whose data may be processed.
fn awaiting_consent() -> sea_orm::sea_query::SelectStatement {
    registrations::Entity::find()
        .select_only()
        .column(registrations::Column::Id)
        .filter(registrations::Column::State.eq(RegistrationState::PendingConsent.code()))
        .filter(registrations::Column::YouthId.not_in_subquery(access::restricted_youth()))
        .into_query()
}

/// The unused consent links of registrations waiting for consent.
fn unused_consent_links() -> sea_orm::Select<consent_links::Entity> {
    consent_links::Entity::find()
        .filter(consent_links::Column::Purpose.eq(LinkPurpose::Consent.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .filter(consent_links::Column::RegistrationId.in_subquery(awaiting_consent()))
}

/// Reminds every guardian whose request is due a reminder; returns how many were queued.
pub async fn remind_unanswered(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let schedule = services.settings.consent_reminders;
    let open = unused_consent_links()
        .filter(Expr::col(consent_links::Column::ExpiresAt).gt(now))
        .all(&services.db)
        .await?;
    let mut queued = 0;
    for link in open {
        let asked_at = link.requested_at.unwrap_or(link.created_at);
        if let Some(reminder) = reminder_due(
            schedule,
            asked_at,
            link.expires_at,
            link.reminders_sent,
            now,
        ) && remind(services, &link, reminder, now).await?
        {
            queued += 1;
        }
    }
    if queued > 0 {
        services.mail_committed();
    }
    Ok(queued)
}

/// Replaces `link` by a fresh one with the same expiry and mails it, unless the trip has
/// left, the registration no longer waits for consent, the data is restricted, the guardian
/// has answered, or another pass got there first.
async fn remind(
    services: &Services,
    link: &consent_links::Model,
    reminder: Reminder,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, link.registration_id).await?;
    // Lock order as everywhere: the exchange, then the registration and its links.
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let registration = find_registration_for_update(&txn, registration.id).await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let still_waiting = claim(&txn, link).await?
        && !has_consented(&txn, &exchange, &registration, link.guardian_id).await?
        && registration.state == RegistrationState::PendingConsent.code()
        && departure(&exchange) > now
        && youth.profile.restricted_at.is_none();
    let Some(guardian) = youth
        .guardians
        .iter()
        .find(|g| g.id == link.guardian_id && still_waiting)
    else {
        txn.rollback().await?;
        return Ok(false);
    };
    let secret = mint_successor(&txn, link, reminder).await?;
    let trip = notify::trip(services, &txn, &exchange).await?;
    let queued = links::Request {
        exchange: &exchange,
        trip: &trip,
        youth: &youth,
        guardian,
        secret: &secret,
        changes: link.changes.as_ref(),
        expires_at: link.expires_at,
        reminder: true,
    }
    // One reminder per link: a reminder replaces the link it reminds of.
    .queue(services, &txn, format!("consent_reminder:{}", link.id))
    .await?;
    if !queued {
        txn.rollback().await?;
        return Ok(false);
    }
    txn.commit().await?;
    Ok(true)
}

/// Revokes `link` unless it was used or replaced meanwhile: the reminder's claim, by one
/// conditional UPDATE, so of two passes at once only one goes on.
async fn claim(txn: &DatabaseTransaction, link: &consent_links::Model) -> DomainResult<bool> {
    Ok(consent_links::Entity::update_many()
        .col_expr(consent_links::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(consent_links::Column::Id.eq(link.id))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .exec(txn)
        .await?
        .rows_affected
        == 1)
}

/// Mints the link that replaces `link`: the same expiry and changes, the request's time and
/// the reminders it has had; returns its secret.
async fn mint_successor(
    txn: &DatabaseTransaction,
    link: &consent_links::Model,
    reminder: Reminder,
) -> DomainResult<String> {
    let (fresh, secret) = mint_link(
        txn,
        link.registration_id,
        link.guardian_id,
        LinkPurpose::Consent,
        link.changes.clone(),
        link.expires_at,
    )
    .await?;
    consent_links::Entity::update_many()
        .col_expr(
            consent_links::Column::RequestedAt,
            Expr::value(link.requested_at.unwrap_or(link.created_at)),
        )
        .col_expr(
            consent_links::Column::RemindersSent,
            Expr::value(reminder.count()),
        )
        .filter(consent_links::Column::Id.eq(fresh))
        .exec(txn)
        .await?;
    Ok(secret)
}

/// Tells the teacher of each consent link that ran out unanswered, once per link; returns
/// how many were told.
pub async fn tell_expired(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let expired = unused_consent_links()
        .filter(Expr::col(consent_links::Column::ExpiresAt).lte(now))
        .filter(consent_links::Column::ExpiryHandledAt.is_null())
        .all(&services.db)
        .await?;
    let mut told = 0;
    for link in expired {
        if tell_one_expired(services, &link, now).await? {
            told += 1;
        }
    }
    if told > 0 {
        services.mail_committed();
    }
    Ok(told)
}

async fn tell_one_expired(
    services: &Services,
    link: &consent_links::Model,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let txn = begin_write(&services.db).await?;
    let claimed = consent_links::Entity::update_many()
        .col_expr(
            consent_links::Column::ExpiryHandledAt,
            Expr::value(Utc::now()),
        )
        .filter(consent_links::Column::Id.eq(link.id))
        .filter(consent_links::Column::ExpiryHandledAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !claimed {
        txn.rollback().await?;
        return Ok(false);
    }
    let registration = find_registration(&txn, link.registration_id).await?;
    let exchange = proposals::find(&txn, registration.exchange_id).await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let guardian = youth.guardians.iter().find(|g| g.id == link.guardian_id);
    let teacher = match exchange.created_by {
        Some(id) => users::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    };
    let mut told = false;
    if let (Some(guardian), Some(teacher)) = (guardian, teacher)
        && expiry_worth_telling(link.expires_at, departure(&exchange), now)
        && !has_consented(&txn, &exchange, &registration, guardian.id).await?
    {
        let locale = Locale::from_stored(&teacher.locale);
        told = crate::mail::enqueue_as(
            &txn,
            &teacher.email,
            locale,
            Some(teacher.id),
            format!("consent_link_expired:{}", link.id),
            &ConsentLinkExpired {
                teacher_name: teacher.display_name.clone(),
                title: title_for(&exchange, locale),
                guardian_name: guardian.display_name.clone(),
                participant_name: youth.profile.display_name.clone(),
                expired_at: link.expires_at,
                link: registrations_page(services, &exchange),
            },
            &Envelope::of(
                &find_municipality(&txn, exchange.municipality_id).await?,
                None,
            ),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(told)
}

/// Whether the guardian's permission to travel stands (a link resent after consenting is
/// no unanswered request).
async fn has_consented(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    registration: &registrations::Model,
    guardian_id: Uuid,
) -> DomainResult<bool> {
    Ok(status_of(db, exchange, registration)
        .await?
        .guardians
        .iter()
        .any(|g| g.guardian_id == guardian_id && g.travel.as_deref() == Some("given")))
}

fn registrations_page(services: &Services, exchange: &exchanges::Model) -> String {
    services.page(&format!("/exchanges/{}/registrations", exchange.id))
}

/// Tells the teacher once every registration of the trip that waited for consent has it
/// (the caller holds the exchange's lock). Once per state: the key is the trip's latest
/// consent event, so after a withdrawal and a new consent the teacher is told again.
pub(super) async fn tell_if_all_in(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<()> {
    let of_trip = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange.id))
        .filter(registrations::Column::YouthId.not_in_subquery(access::restricted_youth()));
    let outstanding = of_trip
        .clone()
        .filter(registrations::Column::State.is_in([
            RegistrationState::PendingConsent.code(),
            RegistrationState::Offered.code(),
        ]))
        .count(db)
        .await?;
    let Some(teacher_id) = exchange.created_by else {
        return Ok(());
    };
    if outstanding > 0 {
        return Ok(());
    }
    let confirmed = of_trip
        .filter(registrations::Column::State.eq(RegistrationState::Confirmed.code()))
        .count(db)
        .await?;
    let latest = consent_events::Entity::find()
        .filter(
            consent_events::Column::RegistrationId.in_subquery(
                registrations::Entity::find()
                    .select_only()
                    .column(registrations::Column::Id)
                    .filter(registrations::Column::ExchangeId.eq(exchange.id))
                    .into_query(),
            ),
        )
        .order_by_desc(consent_events::Column::OccurredAt)
        .order_by_desc(consent_events::Column::Id)
        .one(db)
        .await?;
    let (Some(latest), Some(teacher)) =
        (latest, users::Entity::find_by_id(teacher_id).one(db).await?)
    else {
        return Ok(());
    };
    let locale = Locale::from_stored(&teacher.locale);
    crate::mail::enqueue_as(
        db,
        &teacher.email,
        locale,
        Some(teacher.id),
        format!("consents_complete:{}:{}", exchange.id, latest.id),
        &ConsentsComplete {
            teacher_name: teacher.display_name.clone(),
            title: title_for(exchange, locale),
            dates: crate::exchanges::approvals::dates_of(exchange),
            confirmed: i64::try_from(confirmed).unwrap_or(i64::MAX),
            link: registrations_page(services, exchange),
        },
        &Envelope::of(
            &find_municipality(db, exchange.municipality_id).await?,
            None,
        ),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_follow_the_schedule() {
        let schedule = ReminderSchedule::default();
        let asked = Utc::now();
        let day = Duration::days(1);
        let cases = [
            // (link valid for, reminders sent, time since asked, due)
            (day * 14, 0, day * 2, None),
            (day * 14, 0, day * 3, Some(Reminder::First)),
            (day * 14, 1, day * 4, None),
            (day * 14, 1, day * 11, None),
            (day * 14, 1, day * 12, Some(Reminder::Last)),
            (day * 14, 2, day * 13, None),
            (day * 14, 0, day * 12, Some(Reminder::Last)),
            (day * 14, 1, day * 14, None),
            (day * 14, 0, day * 15, None),
            // A link valid for 4 days: only the last reminder, once the first one is due.
            (day * 4, 0, day * 2, None),
            (day * 4, 0, day * 3, Some(Reminder::Last)),
            (day * 4, 2, day * 3, None),
        ];
        for (valid_for, sent, since, due) in cases {
            assert_eq!(
                reminder_due(schedule, asked, asked + valid_for, sent, asked + since),
                due,
                "valid for {valid_for}, {sent} sent, at {since}"
            );
        }
    }

    #[test]
    fn an_expired_link_is_told_before_departure_only() {
        let departure = Utc::now();
        let hour = Duration::hours(1);
        let cases = [
            // (expired at, now, told)
            (departure - hour * 48, departure - hour * 47, true),
            (departure - hour * 48, departure - hour, true),
            (departure - hour * 48, departure + hour, false),
            (departure, departure, false),
            (departure, departure + hour, false),
        ];
        for (expired_at, now, told) in cases {
            assert_eq!(
                expiry_worth_telling(expired_at, departure, now),
                told,
                "{expired_at} {now}"
            );
        }
    }
}
