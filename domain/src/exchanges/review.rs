//! What an approver reads before deciding: the exchange in short, its checklist, the step
//! that waits for them and what the earlier steps decided.
use uuid::Uuid;

use super::{
    access,
    approvals::{checklist_of, ensure_may_decide, steps_of},
    proposals,
    rules::{ChecklistItem, RiskLevel},
};
use crate::{
    directory::{organisations, places::find_town},
    entities::{approval_steps, exchanges, towns},
    error::{DomainError, DomainResult},
    principal::Principal,
    services::Services,
};

/// The exchange as its approver decides on it.
pub struct DecisionView {
    pub exchange: exchanges::Model,
    pub school: String,
    pub destination: towns::Model,
    pub risk: RiskLevel,
    pub checklist: Vec<ChecklistItem>,
    /// The step that waits for the decision.
    pub step: approval_steps::Model,
    /// The steps decided so far, every round, in order.
    pub decided: Vec<DecidedStep>,
}

/// A decided step and the name of the person who decided it.
pub struct DecidedStep {
    pub step: approval_steps::Model,
    pub decided_by: String,
}

/// The exchange `id` for the person who may decide its waiting step now; everyone else is
/// refused as [`super::approvals::decide`] would refuse them (NOT_FOUND for those who may not see
/// the exchange).
pub async fn for_decision(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<DecisionView> {
    let (exchange, relation) = proposals::find_visible(services, principal, id).await?;
    let db = &services.db;
    let steps = steps_of(db, id).await?;
    ensure_may_decide(principal, relation, access::state(&exchange)?, &steps)?;
    let step = steps
        .iter()
        .find(|s| s.decision == "pending")
        .cloned()
        .ok_or(DomainError::NotFound("approval step"))?;
    let decider_ids: Vec<Uuid> = steps.iter().filter_map(|s| s.decided_by).collect();
    let deciders = crate::accounts::users_by_ids(db, &decider_ids).await?;
    let decided = steps
        .into_iter()
        .filter_map(|step| {
            let by = step.decided_by?;
            let decided_by = deciders
                .iter()
                .find(|u| u.id == by)
                .map(|u| u.display_name.clone())
                .unwrap_or_default();
            Some(DecidedStep { step, decided_by })
        })
        .collect();
    Ok(DecisionView {
        school: organisations::find(db, exchange.sending_organisation_id)
            .await?
            .name,
        destination: find_town(db, exchange.destination_town_id).await?,
        risk: proposals::risk_of(&exchange)?,
        checklist: checklist_of(db, &exchange, services.settings.leader_rules).await?,
        step,
        decided,
        exchange,
    })
}
