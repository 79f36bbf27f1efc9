//! Time-based e-mail. The scheduler calls [`enqueue_due`] on every tick, in every running
//! instance; each reminder kind is idempotent through the outbox's dedup key, so two
//! schedulers at once never queue one reminder twice. A capability adds its reminders by
//! adding one call in `enqueue_due`.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};

use crate::{accounts, entities::link_tokens, error::DomainResult, services::Services};

/// Runs every reminder kind once; returns how many reminders were queued.
pub async fn enqueue_due(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let queued = invitation_reminders(services, now).await?
        + crate::exchanges::approvals::remind_overdue(services, now).await?
        + crate::funding::deadlines::remind(services, now).await?
        + crate::registrations::places::expire_offers(services, now).await?
        + crate::registrations::places::draw_due(services).await?
        + crate::registrations::consent::remind_unanswered(services, now).await?
        + crate::registrations::consent::tell_expired(services, now).await?;
    Ok(queued)
}

/// An unanswered invitation gets one reminder once it is this old...
pub const INVITATION_REMINDER_AFTER: Duration = Duration::days(3);
/// ...as long as its link is valid at least this much longer.
pub const INVITATION_REMINDER_MIN_LEFT: Duration = Duration::days(1);

/// Whether an invitation link minted at `created_at`, expiring at `expires_at`, is due a
/// reminder at `now`.
pub fn invitation_reminder_due(
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    now - created_at >= INVITATION_REMINDER_AFTER
        && expires_at - now >= INVITATION_REMINDER_MIN_LEFT
}

async fn invitation_reminders(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let open = link_tokens::Entity::find()
        .filter(link_tokens::Column::Purpose.eq(accounts::LinkPurpose::Invitation.code()))
        .filter(link_tokens::Column::UsedAt.is_null())
        .filter(link_tokens::Column::RevokedAt.is_null())
        .filter(Expr::col(link_tokens::Column::CreatedAt).lte(now - INVITATION_REMINDER_AFTER))
        .all(&services.db)
        .await?;
    let mut queued = 0;
    for link in open {
        if invitation_reminder_due(link.created_at, link.expires_at, now)
            && accounts::remind_invitation(services, link.user_id).await?
        {
            queued += 1;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitation_reminder_rule() {
        let now = Utc::now();
        let cases = [
            // (age, time left, due)
            (Duration::days(2), Duration::days(5), false),
            (Duration::days(3), Duration::days(4), true),
            (Duration::days(6), Duration::days(1), true),
            (Duration::days(6), Duration::hours(23), false),
        ];
        for (age, left, due) in cases {
            assert_eq!(
                invitation_reminder_due(now - age, now + left, now),
                due,
                "{age} {left}"
            );
        }
    }
}
