//! After approval: registration opens and closes, the exchange starts and is completed (and
//! enters the reciprocity ledger); before completion it can be cancelled with a reason.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseTransaction, EntityTrait};
use serde_json::json;
use uuid::Uuid;

use super::{
    access,
    approvals::{refusal, steps_of},
    proposals::{self, ExchangeDirection, partners_of, record},
    rules::{self, Action, ExchangeState},
};
use crate::{
    db::begin_write,
    directory::{
        ledger::insert_completed,
        organisations,
        types::{DateRange, parse_name, parse_reason},
    },
    entities::{exchanges, users},
    error::{DomainError, DomainResult},
    mail::{self, ExchangeCancelled},
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Locale, Role},
};

crate::code_enum! {
    /// The steps of an approved exchange's life.
    pub enum Progress {
        OpenRegistration = "open_registration",
        CloseRegistration = "close_registration",
        Start = "start",
        Complete = "complete",
    }
}

/// An exchange's row, locked for a transition, with the state it is in and the one the
/// action leads to for the principal.
pub(crate) struct Locked {
    pub exchange: exchanges::Model,
    pub relation: access::Relation,
    pub from: ExchangeState,
    pub to: ExchangeState,
}

/// Takes the exchange's row for `action`: NOT_FOUND for whoever may not see it, the
/// workflow's refusal (naming the state) for an action that is not possible or not theirs.
pub(crate) async fn lock_for(
    txn: &DatabaseTransaction,
    principal: &Principal,
    id: Uuid,
    action: Action,
) -> DomainResult<Locked> {
    let exchange = proposals::find_for_update(txn, id).await?;
    let relation = access::relation(txn, principal, &exchange).await?;
    if !relation.may_view(&exchange) {
        return Err(DomainError::NotFound("exchange"));
    }
    let from = access::state(&exchange)?;
    let to = rules::transition(from, action, relation.actor_for(action), false).map_err(refusal)?;
    Ok(Locked {
        exchange,
        relation,
        from,
        to,
    })
}

impl Locked {
    /// Moves the exchange to the state the action leads to.
    pub(crate) async fn apply(self, txn: &DatabaseTransaction) -> DomainResult<exchanges::Model> {
        let mut active: exchanges::ActiveModel = self.exchange.into();
        active.state = Set(self.to.code().to_owned());
        active.updated_at = Set(Utc::now());
        Ok(active.update(txn).await?)
    }
}

fn action_of(progress: Progress) -> Action {
    match progress {
        Progress::OpenRegistration => Action::OpenRegistration,
        Progress::CloseRegistration => Action::CloseRegistration,
        Progress::Start => Action::Start,
        Progress::Complete => Action::Complete,
    }
}

/// The steps that move an exchange in `state` on, for the people who run it.
pub fn next_steps(state: ExchangeState) -> Vec<Progress> {
    Progress::ALL
        .iter()
        .copied()
        .filter(|&progress| {
            rules::transition(state, action_of(progress), rules::Actor::Owner, false).is_ok()
        })
        .collect()
}

/// Moves an approved exchange on: registration open, closed, under way, completed. It starts
/// on its start date and is completed from its return date on; before that only a
/// coordinator may, with a written reason (`early_reason`), which the audit event keeps.
pub async fn advance(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    progress: Progress,
    early_reason: Option<&str>,
) -> DomainResult<exchanges::Model> {
    let action = action_of(progress);
    let early_reason = early_reason
        .map(|raw| parse_reason("earlyReason", raw))
        .transpose()
        .map_err(|e| DomainError::Validation(vec![e]))?;
    let txn = begin_write(&services.db).await?;
    let locked = lock_for(&txn, principal, id, action).await?;
    let (state, next) = (locked.from, locked.to);
    let exchange = &locked.exchange;
    let today = Utc::now().date_naive();
    let early = rules::too_early(action, exchange.start_date, exchange.end_date, today);
    match (early, &early_reason) {
        (Some(code), None) => {
            return Err(DomainError::Conflict {
                code,
                message: "not yet: a coordinator may do it early with a written reason",
            });
        }
        (Some(_), Some(_)) if !locked.relation.coordinator => return Err(DomainError::Forbidden),
        _ => {}
    }
    let early_reason = early.and(early_reason);
    let updated = locked.apply(&txn).await?;
    if progress == Progress::Complete {
        record_in_ledger(&txn, principal, &updated).await?;
        crate::reporting::participation::record(&txn, &updated).await?;
    }
    record(
        &txn,
        principal,
        meta,
        match progress {
            Progress::OpenRegistration => "exchange_registration_opened",
            Progress::CloseRegistration => "exchange_registration_closed",
            Progress::Start => "exchange_started",
            Progress::Complete => "exchange_completed",
        },
        id,
        json!({ "from": state.code(), "to": next.code(), "early_reason": early_reason }),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// A completed exchange tells matching who hosted whom: one ledger entry per partner and
/// direction.
async fn record_in_ledger(
    db: &impl sea_orm::ConnectionTrait,
    principal: &Principal,
    exchange: &exchanges::Model,
) -> DomainResult<()> {
    let direction = ExchangeDirection::from_code(&exchange.direction)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("unknown direction stored")))?;
    let dates = DateRange {
        from: exchange.start_date,
        to: exchange.end_date,
    };
    let sending = (
        Some(exchange.sending_organisation_id),
        organisations::find(db, exchange.sending_organisation_id)
            .await?
            .town_id,
    );
    for partner in partners_of(db, exchange.id).await? {
        let partner = (
            Some(partner),
            organisations::find(db, partner).await?.town_id,
        );
        let visits = match direction {
            ExchangeDirection::WeVisit => vec![(partner, sending)],
            ExchangeDirection::WeHost => vec![(sending, partner)],
            ExchangeDirection::Both => vec![(partner, sending), (sending, partner)],
        };
        for (host, visitor) in visits {
            insert_completed(
                db,
                Uuid::now_v7(),
                host,
                visitor,
                dates,
                Some(exchange.participants + exchange.leaders),
                Some(principal.user_id),
            )
            .await?;
        }
    }
    Ok(())
}

/// Cancels an exchange, from any state before completion, with a reason; tells the teacher,
/// the approvers who decided or were yet to decide, and the partner organisations' staff.
pub async fn cancel(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    reason: &str,
) -> DomainResult<exchanges::Model> {
    let txn = begin_write(&services.db).await?;
    let locked = lock_for(&txn, principal, id, Action::Cancel).await?;
    let state = locked.from;
    let reason =
        parse_name("reason", reason, 2000).map_err(|e| DomainError::Validation(vec![e]))?;
    let updated = locked.apply(&txn).await?;
    let steps = steps_of(&txn, id).await?;
    // Those a decision was waiting for learn that it no longer is.
    let mut waiting_for = Vec::new();
    for step in steps.iter().filter(|step| step.decision == "pending") {
        waiting_for.extend(
            super::approvals::holders(&txn, step)
                .await?
                .into_iter()
                .map(|user| user.id),
        );
    }
    // Nothing is left waiting for a decision or a reminder.
    super::approvals::withdraw_open_steps(&txn, id).await?;
    // Every registration ends, and its family is told why.
    crate::registrations::registering::end_all(
        services,
        &txn,
        &updated,
        principal,
        meta,
        crate::registrations::registering::Ending::Cancelled,
        Some(&reason),
    )
    .await?;
    record(
        &txn,
        principal,
        meta,
        "exchange_cancelled",
        id,
        json!({ "from": state.code(), "reason": reason }),
    )
    .await?;

    // Everyone concerned, once each.
    let mut recipients: Vec<Uuid> = updated.created_by.into_iter().collect();
    recipients.extend(waiting_for);
    for step in steps {
        recipients.extend(step.decided_by);
    }
    let mut partner_staff = Vec::new();
    for partner in partners_of(&txn, id).await? {
        let scope = crate::types::Scope::Organisation(partner);
        use sea_orm::{ColumnTrait, QueryFilter};
        // Staff only: young people and guardians of the partner see no workflow.
        let staff = [Role::Teacher, Role::Principal, Role::PartnerContact].map(Role::code);
        partner_staff.extend(
            crate::entities::role_assignments::Entity::find()
                .filter(crate::entities::role_assignments::Column::ScopeKind.eq(scope.kind()))
                .filter(crate::entities::role_assignments::Column::ScopeId.eq(scope.id()))
                .filter(crate::entities::role_assignments::Column::Role.is_in(staff))
                .all(&txn)
                .await?
                .into_iter()
                .map(|a| a.user_id),
        );
    }
    recipients.extend(partner_staff);
    recipients.sort_unstable();
    recipients.dedup();
    recipients.retain(|user| *user != principal.user_id);
    let canceller = users::Entity::find_by_id(principal.user_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::Unauthenticated)?;
    // Replies reach the one who cancelled.
    let envelope = mail::Envelope::of(
        &crate::directory::places::find_municipality(&txn, updated.municipality_id).await?,
        Some(&canceller.email),
    );
    for user in crate::accounts::users_by_ids(&txn, &recipients).await? {
        let locale = Locale::from_stored(&user.locale);
        mail::enqueue_as(
            &txn,
            &user.email,
            locale,
            Some(user.id),
            format!("exchange_cancelled:{id}:{}", user.id),
            &ExchangeCancelled {
                recipient_name: user.display_name.clone(),
                title: super::approvals::title_for(&updated, locale),
                dates: super::approvals::dates_of(&updated),
                cancelled_by: canceller.display_name.clone(),
                reason: reason.clone(),
            },
            &envelope,
        )
        .await?;
    }
    txn.commit().await?;
    services.mail_committed();
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_step_follows_the_state() {
        use ExchangeState as S;
        let cases = [
            (S::Draft, vec![]),
            (S::Submitted, vec![]),
            (S::Approved, vec![Progress::OpenRegistration]),
            (S::OpenForRegistration, vec![Progress::CloseRegistration]),
            (S::RegistrationClosed, vec![Progress::Start]),
            (S::UnderWay, vec![Progress::Complete]),
            (S::Completed, vec![]),
            (S::Reported, vec![]),
            (S::Cancelled, vec![]),
        ];
        for (state, expected) in cases {
            assert_eq!(next_steps(state), expected, "{state:?}");
        }
    }
}
