//! Reminders of application deadlines, 30 and 7 days before, to the person who keeps the
//! record and the municipality's coordinators.
use chrono::{DateTime, Datelike, Duration, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{
    access, call_deadlines,
    rates::FundingAction,
    records::{RecordStatus, status_label},
};
use crate::{
    accounts,
    db::begin_write,
    entities::{funding_records, organisations, role_assignments},
    error::DomainResult,
    mail::{self, FundingDeadline},
    services::Services,
    types::{Locale, Role, Scope},
};

/// Days before a deadline when the keepers are reminded, widest first.
pub const REMINDER_DAYS: [i64; 2] = [30, 7];

/// The reminder due at `now` for a deadline: the narrowest window `now` is in, so a record
/// created five days before its deadline gets the 7-day reminder only.
pub fn reminder_due(deadline: DateTime<Utc>, now: DateTime<Utc>) -> Option<i64> {
    if now >= deadline {
        return None;
    }
    REMINDER_DAYS
        .iter()
        .copied()
        .filter(|days| now >= deadline - Duration::days(*days))
        .min()
}

/// Queues the reminders due at `now`; returns how many were queued.
pub async fn remind(services: &Services, now: DateTime<Utc>) -> DomainResult<usize> {
    let widest = REMINDER_DAYS.iter().copied().max().unwrap_or(0);
    let open = funding_records::Entity::find()
        .filter(
            funding_records::Column::Status.is_in(
                RecordStatus::ALL
                    .iter()
                    .filter(|s| s.is_open())
                    .map(|s| s.code()),
            ),
        )
        // Own deadlines in the window, and records that have their round's published one.
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(funding_records::Column::Deadline.gt(now))
                        .add(funding_records::Column::Deadline.lte(now + Duration::days(widest))),
                )
                .add(
                    Condition::all()
                        .add(funding_records::Column::Deadline.is_null())
                        .add(funding_records::Column::Action.is_not_null())
                        .add(funding_records::Column::CallYear.gte(now.year() - 1)),
                ),
        )
        .all(&services.db)
        .await?;
    let published = call_deadlines::published(&services.db).await?;
    let mut queued = 0;
    for record in open {
        let Some(deadline) = call_deadlines::deadline_of(&record, &published) else {
            continue;
        };
        let Some(window) = reminder_due(deadline, now) else {
            continue;
        };
        let coordinators = role_assignments::Entity::find()
            .filter(role_assignments::Column::Role.eq(Role::Coordinator.code()))
            .filter(
                role_assignments::Column::ScopeKind
                    .eq(Scope::Municipality(record.municipality_id).kind()),
            )
            .filter(role_assignments::Column::ScopeId.eq(record.municipality_id))
            .all(&services.db)
            .await?;
        let mut recipients: Vec<Uuid> = coordinators.into_iter().map(|a| a.user_id).collect();
        // The creator only while they still keep the record (roles can be taken away).
        if let Some(creator) = record.created_by {
            let roles = accounts::roles_of(&services.db, creator).await?;
            if access::can_manage_record(
                &roles,
                record.applicant_organisation_id,
                Some(record.municipality_id),
            ) {
                recipients.push(creator);
            }
        }
        recipients.sort_unstable();
        recipients.dedup();
        let applicant = organisations::Entity::find_by_id(record.applicant_organisation_id)
            .one(&services.db)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let status = RecordStatus::from_code(&record.status).unwrap_or(RecordStatus::Idea);
        let days_left = (deadline - now).num_days();
        let txn = begin_write(&services.db).await?;
        for user in accounts::users_by_ids(&txn, &recipients).await? {
            let locale = Locale::from_stored(&user.locale);
            // The deadline is part of the key: a moved deadline is reminded again.
            let key = format!(
                "funding_deadline:{}:{}:{window}:{}",
                record.id,
                deadline.timestamp(),
                user.id
            );
            let template = FundingDeadline {
                recipient_name: user.display_name.clone(),
                title: record.title.clone(),
                action: record
                    .action
                    .as_deref()
                    .and_then(FundingAction::from_code)
                    .map_or_else(|| record.programme.clone(), |a| a.code().to_owned()),
                applicant: applicant.clone(),
                deadline,
                days_left,
                status: status_label(status, locale).to_owned(),
            };
            if mail::enqueue(&txn, &user.email, locale, Some(user.id), key, &template).await? {
                queued += 1;
            }
        }
        txn.commit().await?;
        if queued > 0 {
            services.mail_committed();
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_narrowest_window_reached_is_due() {
        let deadline = at("2027-02-12T11:00:00Z");
        for (now, due) in [
            ("2026-12-01T00:00:00Z", None),
            ("2027-01-13T10:59:59Z", None),
            ("2027-01-13T11:00:00Z", Some(30)),
            ("2027-02-05T10:59:59Z", Some(30)),
            ("2027-02-05T11:00:00Z", Some(7)),
            ("2027-02-12T10:59:59Z", Some(7)),
            ("2027-02-12T11:00:00Z", None),
            ("2027-03-01T00:00:00Z", None),
        ] {
            assert_eq!(reminder_due(deadline, at(now)), due, "{now}");
        }
    }
}
