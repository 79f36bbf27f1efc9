//! The approval chain: configured per municipality and risk level, opened as a round of steps
//! at each submission, decided step by step, with reminders for overdue steps.
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    QueryFilter, QueryOrder, sea_query::OnConflict,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{
    access::{self, Relation},
    proposals::{self, record},
    rules::{self, Action, ChecklistFacts, ExchangeState, LeaderRules, Refusal, RiskLevel},
};
use crate::{
    db::begin_write,
    directory::{
        organisations,
        places::{find_municipality, find_town},
    },
    entities::{approval_chains, approval_steps, exchanges, role_assignments, users},
    error::{DomainError, DomainResult, FieldError},
    mail::{self, ApprovalReminder, Envelope, ExchangeDecided, ExchangeSubmitted},
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Locale, Role, Scope},
};

/// One configured step: an approver role (in the exchange's organisation or municipality) or
/// a named person; how many days they have; who stands in when they do not answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainStep {
    /// `principal` (of the sending organisation) or `coordinator` (of the municipality).
    pub role: Option<String>,
    pub user_id: Option<Uuid>,
    pub due_days: i32,
    pub substitute_user_id: Option<Uuid>,
}

fn role_step(role: Role, due_days: i32) -> ChainStep {
    ChainStep {
        role: Some(role.code().to_owned()),
        user_id: None,
        due_days,
        substitute_user_id: None,
    }
}

/// Used until a municipality configures its own: the principal for every trip, then the
/// municipal coordinator for trips abroad and adventurous ones.
pub fn default_chain(risk: RiskLevel) -> Vec<ChainStep> {
    match risk {
        RiskLevel::LocalDayTrip | RiskLevel::Overnight => vec![role_step(Role::Principal, 5)],
        RiskLevel::Abroad | RiskLevel::Adventurous => vec![
            role_step(Role::Principal, 5),
            role_step(Role::Coordinator, 10),
        ],
    }
}

pub async fn chain_for(
    db: &impl ConnectionTrait,
    municipality: Uuid,
    risk: RiskLevel,
) -> DomainResult<Vec<ChainStep>> {
    let configured = approval_chains::Entity::find()
        .filter(approval_chains::Column::MunicipalityId.eq(municipality))
        .filter(approval_chains::Column::RiskLevel.eq(risk.code()))
        .one(db)
        .await?;
    Ok(match configured {
        Some(row) => serde_json::from_value(row.steps).map_err(anyhow::Error::from)?,
        None => default_chain(risk),
    })
}

/// A municipality's chain as the people who arrange exchanges may read it: the steps name
/// approvers, which is no business of participants and guardians.
pub async fn read_chain(
    services: &Services,
    principal: &Principal,
    municipality: Uuid,
    risk: RiskLevel,
) -> DomainResult<Vec<ChainStep>> {
    if !crate::directory::rules::can_see_contacts(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    chain_for(&services.db, municipality, risk).await
}

/// Replaces a municipality's chain for one risk level. Its coordinators and global staff.
pub async fn set_chain(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality: Uuid,
    risk: RiskLevel,
    steps: Vec<ChainStep>,
) -> DomainResult<Vec<ChainStep>> {
    if !crate::directory::rules::can_manage_municipality(&principal.roles, municipality) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    crate::directory::places::find_municipality(&txn, municipality).await?;
    let mut errors = Vec::new();
    if steps.is_empty() || steps.len() > 5 {
        errors.push(FieldError::new(
            "steps",
            "out_of_range",
            "give 1 to 5 steps",
        ));
    }
    for (index, step) in steps.iter().enumerate() {
        let field = |name: &str| format!("steps[{index}].{name}");
        match (&step.role, step.user_id) {
            (Some(role), None) if matches!(role.as_str(), "principal" | "coordinator") => {}
            (None, Some(user)) => {
                if users::Entity::find_by_id(user).one(&txn).await?.is_none() {
                    errors.push(FieldError::new(field("userId"), "unknown", "no such user"));
                }
            }
            _ => errors.push(FieldError::new(
                field("approver"),
                "one_of",
                "give either a role (PRINCIPAL or COORDINATOR) or a user",
            )),
        }
        if !(1..=60).contains(&step.due_days) {
            errors.push(FieldError::new(
                field("dueDays"),
                "out_of_range",
                "must be 1 to 60 days",
            ));
        }
        if let Some(substitute) = step.substitute_user_id
            && users::Entity::find_by_id(substitute)
                .one(&txn)
                .await?
                .is_none()
        {
            errors.push(FieldError::new(
                field("substituteUserId"),
                "unknown",
                "no such user",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(DomainError::Validation(errors));
    }
    approval_chains::Entity::insert(approval_chains::ActiveModel {
        id: Set(Uuid::now_v7()),
        municipality_id: Set(municipality),
        risk_level: Set(risk.code().to_owned()),
        steps: Set(serde_json::to_value(&steps).map_err(anyhow::Error::from)?),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            approval_chains::Column::MunicipalityId,
            approval_chains::Column::RiskLevel,
        ])
        .update_columns([
            approval_chains::Column::Steps,
            approval_chains::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    crate::audit::record(
        &txn,
        meta,
        crate::audit::AuditEvent {
            actor_id: Some(principal.user_id),
            action: "approval_chain_set",
            subject_type: "municipality",
            subject_id: Some(municipality),
            details: json!({ "risk_level": risk.code(), "steps": steps.len() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(steps)
}

/// The reason code for a refused transition: names the state the exchange is in.
pub fn refusal(refusal: Refusal) -> DomainError {
    match refusal {
        Refusal::NotAllowed => DomainError::Forbidden,
        Refusal::IllegalInState(state) => DomainError::Conflict {
            code: match state {
                ExchangeState::Draft => "illegal_in_state_draft",
                ExchangeState::Submitted => "illegal_in_state_submitted",
                ExchangeState::ChangesRequested => "illegal_in_state_changes_requested",
                ExchangeState::Approved => "illegal_in_state_approved",
                ExchangeState::OpenForRegistration => "illegal_in_state_open_for_registration",
                ExchangeState::RegistrationClosed => "illegal_in_state_registration_closed",
                ExchangeState::UnderWay => "illegal_in_state_under_way",
                ExchangeState::Completed => "illegal_in_state_completed",
                ExchangeState::Rejected => "illegal_in_state_rejected",
                ExchangeState::Cancelled => "illegal_in_state_cancelled",
                ExchangeState::Reported => "illegal_in_state_reported",
            },
            message: "the action is not possible in the exchange's current state",
        },
    }
}

/// The users who hold a step: the named person, or those with the role in its scope (for a
/// coordinator step without a coordinator of the municipality, the global ones).
pub(crate) async fn holders(
    db: &impl ConnectionTrait,
    step: &approval_steps::Model,
) -> DomainResult<Vec<users::Model>> {
    if let Some(user) = step.approver_user_id {
        return Ok(users::Entity::find_by_id(user)
            .one(db)
            .await?
            .into_iter()
            .collect());
    }
    let (Some(role), Some(kind), Some(id)) = (
        step.approver_role.clone(),
        step.approver_scope_kind.clone(),
        step.approver_scope_id,
    ) else {
        return Ok(Vec::new());
    };
    let mut ids: Vec<Uuid> = role_assignments::Entity::find()
        .filter(role_assignments::Column::Role.eq(&role))
        .filter(role_assignments::Column::ScopeKind.eq(kind))
        .filter(role_assignments::Column::ScopeId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.user_id)
        .collect();
    if ids.is_empty() && role == Role::Coordinator.code() {
        ids = role_assignments::Entity::find()
            .filter(role_assignments::Column::Role.eq(&role))
            .filter(role_assignments::Column::ScopeKind.eq(Scope::Global.kind()))
            .all(db)
            .await?
            .into_iter()
            .map(|a| a.user_id)
            .collect();
    }
    crate::accounts::users_by_ids(db, &ids).await
}

/// The title in `locale`, else English, else any.
pub fn title_for(exchange: &exchanges::Model, locale: Locale) -> String {
    let titles = exchange.titles.as_object();
    titles
        .and_then(|t| {
            t.get(locale.code())
                .or_else(|| t.get("en"))
                .or_else(|| t.values().next())
        })
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_owned()
}

pub(crate) fn dates_of(exchange: &exchanges::Model) -> crate::mail::Dates {
    crate::mail::Dates {
        first: exchange.start_date,
        last: exchange.end_date,
    }
}

pub(crate) fn exchange_link(services: &Services, exchange: &exchanges::Model) -> String {
    services.page(&format!("/exchanges/{}", exchange.id))
}

/// Where an approver decides: the decision form of the exchange.
fn decision_link(services: &Services, exchange: &exchanges::Model) -> String {
    services.page(&format!("/exchanges/{}/decision", exchange.id))
}

/// Tells the holders of a step that it waits for them.
async fn notify_approvers(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    step: &approval_steps::Model,
    teacher: &users::Model,
) -> DomainResult<()> {
    let organisation = organisations::find(db, exchange.sending_organisation_id).await?;
    let destination = find_town(db, exchange.destination_town_id).await?;
    let risk = proposals::risk_of(exchange)?;
    // Replies reach the teacher who asks for the approval.
    let envelope = Envelope::of(
        &find_municipality(db, exchange.municipality_id).await?,
        Some(&teacher.email),
    );
    for approver in holders(db, step).await? {
        let locale = Locale::from_stored(&approver.locale);
        mail::enqueue_as(
            db,
            &approver.email,
            locale,
            Some(approver.id),
            format!("exchange_submitted:{}:{}", step.id, approver.id),
            &ExchangeSubmitted {
                approver_name: approver.display_name.clone(),
                teacher_name: teacher.display_name.clone(),
                organisation_name: organisation.name.clone(),
                title: title_for(exchange, locale),
                dates: dates_of(exchange),
                destination: crate::mail::Place::of(&destination),
                risk_label: risk_label(risk, locale),
                due_date: step.due_at,
                link: decision_link(services, exchange),
            },
            &envelope,
        )
        .await?;
    }
    Ok(())
}

pub fn risk_label(risk: RiskLevel, locale: Locale) -> String {
    crate::i18n::text(locale, &format!("risk-{}", risk.code()))
}

/// The teacher who drafted the exchange, who hears about decisions.
async fn owner(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<Option<users::Model>> {
    Ok(match exchange.created_by {
        Some(id) => users::Entity::find_by_id(id).one(db).await?,
        None => None,
    })
}

/// Opens a new round of steps from the municipality's chain; the first waits for a decision.
async fn open_round(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<approval_steps::Model> {
    let risk = proposals::risk_of(exchange)?;
    let chain = chain_for(db, exchange.municipality_id, risk).await?;
    let round = approval_steps::Entity::find()
        .filter(approval_steps::Column::ExchangeId.eq(exchange.id))
        .order_by_desc(approval_steps::Column::Round)
        .one(db)
        .await?
        .map_or(1, |s| s.round + 1);
    let now = Utc::now();
    let mut first = None;
    for (position, step) in chain.iter().enumerate() {
        let scope = match step.role.as_deref().and_then(Role::from_code) {
            Some(Role::Principal) => Some(Scope::Organisation(exchange.sending_organisation_id)),
            Some(_) => Some(Scope::Municipality(exchange.municipality_id)),
            None => None,
        };
        let active = position == 0;
        let row = approval_steps::ActiveModel {
            id: Set(Uuid::now_v7()),
            exchange_id: Set(exchange.id),
            round: Set(round),
            position: Set(position as i32),
            approver_role: Set(step.role.clone()),
            approver_scope_kind: Set(scope.map(|s| s.kind().to_owned())),
            approver_scope_id: Set(scope.map(Scope::id)),
            approver_user_id: Set(step.user_id),
            substitute_user_id: Set(step.substitute_user_id),
            due_days: Set(step.due_days),
            activated_at: Set(active.then_some(now)),
            due_at: Set(now + Duration::days(i64::from(step.due_days))),
            decision: Set(if active { "pending" } else { "waiting" }.to_owned()),
            decided_by: Set(None),
            decided_at: Set(None),
            comment: Set(None),
            reminded_at: Set(None),
            substitute_reminded_at: Set(None),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
        first.get_or_insert(row);
    }
    first.ok_or_else(|| DomainError::Internal(anyhow::anyhow!("an empty approval chain")))
}

/// Withdraws what is left of earlier rounds.
pub(crate) async fn withdraw_open_steps(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
) -> DomainResult<()> {
    approval_steps::Entity::update_many()
        .col_expr(
            approval_steps::Column::Decision,
            sea_orm::sea_query::Expr::value("withdrawn"),
        )
        .filter(approval_steps::Column::ExchangeId.eq(exchange_id))
        .filter(approval_steps::Column::Decision.is_in(["pending", "waiting"]))
        .exec(db)
        .await?;
    Ok(())
}

/// Sends a draft (or one returned for changes) for approval; refused with `checklist_failed`
/// while a hard checklist item fails, as approval would be.
pub async fn submit(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<exchanges::Model> {
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find_for_update(&txn, id).await?;
    let relation = access::relation(&txn, principal, &exchange).await?;
    if !relation.may_view(&exchange) {
        return Err(DomainError::NotFound("exchange"));
    }
    let updated = resubmit(
        services,
        &txn,
        principal,
        meta,
        exchange,
        relation,
        Action::Submit,
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(updated)
}

/// Moves an exchange (back) to review with a new round of steps, and tells the first
/// approvers. `action` is Submit or Revise.
pub(crate) async fn resubmit(
    services: &Services,
    txn: &impl ConnectionTrait,
    principal: &Principal,
    meta: &RequestMeta,
    exchange: exchanges::Model,
    relation: Relation,
    action: Action,
) -> DomainResult<exchanges::Model> {
    let state = access::state(&exchange)?;
    let next =
        rules::transition(state, action, relation.actor_for(action), false).map_err(refusal)?;
    if action == Action::Submit {
        // Approvers are asked only about what can be approved.
        ensure_checklist_passes(txn, &exchange, services.settings.leader_rules).await?;
    }
    withdraw_open_steps(txn, exchange.id).await?;
    let mut active: exchanges::ActiveModel = exchange.into();
    active.state = Set(next.code().to_owned());
    active.submitted_at = Set(Some(Utc::now()));
    active.approved_at = Set(None);
    active.updated_at = Set(Utc::now());
    let exchange = active.update(txn).await?;
    let step = open_round(txn, &exchange).await?;
    record(
        txn,
        principal,
        meta,
        if action == Action::Revise {
            "exchange_sent_back_to_review"
        } else {
            "exchange_submitted"
        },
        exchange.id,
        json!({ "from": state.code(), "round": step.round }),
    )
    .await?;
    let teacher = users::Entity::find_by_id(principal.user_id)
        .one(txn)
        .await?
        .ok_or(DomainError::Unauthenticated)?;
    notify_approvers(services, txn, &exchange, &step, &teacher).await?;
    Ok(exchange)
}

crate::code_enum! {
    /// An approver's decision on a step.
    pub enum Decision {
        Approve = "approve",
        RequestChanges = "request_changes",
        Reject = "reject",
    }
}

/// The checklist as it stands for an exchange, with the configured leader ratio and the
/// eligibility rules of the programmes it applies to.
pub async fn checklist_of(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    leader_rules: LeaderRules,
) -> DomainResult<Vec<rules::ChecklistItem>> {
    let funding = crate::funding::planning::funding_verdict(db, exchange).await?;
    Ok(rules::checklist(
        &ChecklistFacts {
            risk: proposals::risk_of(exchange)?,
            participants: exchange.participants,
            leaders: exchange.leaders,
            insurance_confirmed: exchange.insurance_confirmed,
            risk_assessment: exchange.risk_assessment.clone(),
            budget_cents: exchange.budget_cents,
            consent_plan: exchange.consent_plan.clone(),
            green_travel: exchange.green_travel,
            registration_deadline: exchange.registration_deadline,
            start_date: exchange.start_date,
            funding,
        },
        leader_rules,
    ))
}

/// Refuses with `checklist_failed` and the failing items while a hard checklist item fails.
async fn ensure_checklist_passes(
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
    leader_rules: LeaderRules,
) -> DomainResult<()> {
    let checklist = checklist_of(db, exchange, leader_rules).await?;
    let failing = rules::failing_hard_items(&checklist);
    if failing.is_empty() {
        Ok(())
    } else {
        Err(DomainError::ChecklistFailed(failing))
    }
}

/// Decides the step that waits for the principal. Approving is refused while a hard
/// checklist item fails; asking for changes and rejecting need a comment.
pub async fn decide(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    decision: Decision,
    comment: Option<String>,
) -> DomainResult<exchanges::Model> {
    let comment = comment
        .map(|c| crate::directory::types::parse_text("comment", &c, 4000))
        .transpose()
        .map_err(|e| DomainError::Validation(vec![e]))?
        .filter(|c| !c.is_empty());
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find_for_update(&txn, id).await?;
    let relation = access::relation(&txn, principal, &exchange).await?;
    if !relation.may_view(&exchange) {
        return Err(DomainError::NotFound("exchange"));
    }
    let action = match decision {
        Decision::Approve => Action::Approve,
        Decision::RequestChanges => Action::RequestChanges,
        Decision::Reject => Action::Reject,
    };
    let state = access::state(&exchange)?;
    let steps = steps_of(&txn, id).await?;
    ensure_may_decide(principal, relation, state, &steps)?;
    let steps: Vec<approval_steps::Model> = steps
        .into_iter()
        .filter(|s| matches!(s.decision.as_str(), "pending" | "waiting"))
        .collect();
    let current = steps.iter().find(|s| s.decision == "pending").cloned();
    let final_step = steps.iter().filter(|s| s.decision == "waiting").count() == 0;
    let next_state = rules::transition(state, action, relation.actor_for(action), final_step)
        .map_err(refusal)?;
    let current = current.ok_or_else(|| refusal(Refusal::IllegalInState(state)))?;
    if decision != Decision::Approve && comment.is_none() {
        return Err(DomainError::field(
            "comment",
            "required",
            "say what should change, or why not",
        ));
    }
    if decision == Decision::Approve {
        ensure_checklist_passes(&txn, &exchange, services.settings.leader_rules).await?;
    }
    let now = Utc::now();
    let mut step: approval_steps::ActiveModel = current.clone().into();
    step.decision = Set(match decision {
        Decision::Approve => "approved",
        Decision::RequestChanges => "changes_requested",
        Decision::Reject => "rejected",
    }
    .to_owned());
    step.decided_by = Set(Some(principal.user_id));
    step.decided_at = Set(Some(now));
    step.comment = Set(comment.clone());
    step.update(&txn).await?;

    let mut following = None;
    if decision == Decision::Approve && !final_step {
        let next = steps
            .iter()
            .find(|s| s.decision == "waiting")
            .cloned()
            .expect("not the final step");
        let mut active: approval_steps::ActiveModel = next.clone().into();
        active.decision = Set("pending".to_owned());
        active.activated_at = Set(Some(now));
        active.due_at = Set(now + Duration::days(i64::from(next.due_days)));
        following = Some(active.update(&txn).await?);
    } else if decision != Decision::Approve {
        withdraw_open_steps(&txn, id).await?;
    }
    let mut active: exchanges::ActiveModel = exchange.clone().into();
    active.state = Set(next_state.code().to_owned());
    if next_state == ExchangeState::Approved {
        active.approved_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    let exchange = active.update(&txn).await?;
    match next_state {
        // Consents given while a change was under review now confirm their places.
        ExchangeState::Approved => {
            crate::registrations::consent::confirm_after_approval(services, &txn, &exchange)
                .await?;
        }
        // A rejected change ends the registrations, and each family is told.
        ExchangeState::Rejected => {
            crate::registrations::registering::end_all(
                services,
                &txn,
                &exchange,
                principal,
                meta,
                crate::registrations::registering::Ending::ExchangeRejected,
                None,
            )
            .await?;
        }
        _ => {}
    }
    let (action_name, mail_decision) = match (decision, next_state) {
        (Decision::Approve, ExchangeState::Approved) => ("exchange_approved", "approved"),
        (Decision::Approve, _) => ("exchange_step_approved", "step_approved"),
        (Decision::RequestChanges, _) => ("exchange_changes_requested", "changes_requested"),
        (Decision::Reject, _) => ("exchange_rejected", "rejected"),
    };
    record(
        &txn,
        principal,
        meta,
        action_name,
        id,
        json!({ "step_id": current.id, "round": current.round, "position": current.position,
                "commented": comment.is_some() }),
    )
    .await?;
    let approver = users::Entity::find_by_id(principal.user_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::Unauthenticated)?;
    if let Some(teacher) = owner(&txn, &exchange).await? {
        let locale = Locale::from_stored(&teacher.locale);
        // Replies reach the approver who decided.
        let envelope = Envelope::of(
            &find_municipality(&txn, exchange.municipality_id).await?,
            Some(&approver.email),
        );
        mail::enqueue_as(
            &txn,
            &teacher.email,
            locale,
            Some(teacher.id),
            format!("exchange_decided:{}", current.id),
            &ExchangeDecided {
                teacher_name: teacher.display_name.clone(),
                title: title_for(&exchange, locale),
                decision: mail_decision,
                approver_name: approver.display_name.clone(),
                comment: comment.clone(),
                link: exchange_link(services, &exchange),
            },
            &envelope,
        )
        .await?;
        if let Some(next) = &following {
            notify_approvers(services, &txn, &exchange, next, &teacher).await?;
        }
    }
    txn.commit().await?;
    services.mail_committed();
    Ok(exchange)
}

/// Refuses a decision by someone who may not take one now, as [`decide`] does: CONFLICT
/// naming the state when the exchange waits for no decision, CONFLICT `step_already_decided`
/// for an approver who already decided their step of the current round, FORBIDDEN for anyone
/// else who does not hold the waiting step. `steps` are all the exchange's steps.
pub(crate) fn ensure_may_decide(
    principal: &Principal,
    relation: Relation,
    state: ExchangeState,
    steps: &[approval_steps::Model],
) -> DomainResult<()> {
    match rules::transition(
        state,
        Action::Approve,
        relation.actor_for(Action::Approve),
        true,
    ) {
        Err(Refusal::NotAllowed) if decided_this_round(principal.user_id, steps) => {
            Err(DomainError::Conflict {
                code: "step_already_decided",
                message: "this approval step has already been decided",
            })
        }
        Err(other) => Err(refusal(other)),
        Ok(_) if steps.iter().any(|s| s.decision == "pending") => Ok(()),
        Ok(_) => Err(refusal(Refusal::IllegalInState(state))),
    }
}

/// Whether `user` decided a step of the latest round.
fn decided_this_round(user: Uuid, steps: &[approval_steps::Model]) -> bool {
    let latest = steps.iter().map(|s| s.round).max();
    steps
        .iter()
        .any(|s| Some(s.round) == latest && s.decided_by == Some(user))
}

/// A step waiting for the principal, with its exchange and the sending school's name.
pub struct QueueItem {
    pub step: approval_steps::Model,
    pub exchange: exchanges::Model,
    pub school: String,
    /// The principal decides it only as the substitute of its overdue approver.
    pub as_substitute: bool,
}

/// What waits for the principal's decision, oldest first: steps they hold, and steps they
/// stand in for once overdue.
pub async fn queue(services: &Services, principal: &Principal) -> DomainResult<Vec<QueueItem>> {
    let now = Utc::now();
    let pending = approval_steps::Entity::find()
        .filter(approval_steps::Column::Decision.eq("pending"))
        .filter(steps_possibly_held_by(principal))
        .order_by_asc(approval_steps::Column::ActivatedAt)
        .order_by_asc(approval_steps::Column::Id)
        .all(&services.db)
        .await?;
    let mine: Vec<approval_steps::Model> = pending
        .into_iter()
        .filter(|step| access::may_decide_step(principal, step, now))
        .collect();
    let ids: Vec<Uuid> = mine.iter().map(|s| s.exchange_id).collect();
    let exchanges = exchanges::Entity::find()
        .filter(exchanges::Column::Id.is_in(ids))
        .all(&services.db)
        .await?;
    let school_ids: Vec<Uuid> = exchanges
        .iter()
        .map(|e| e.sending_organisation_id)
        .collect();
    let schools = organisations::organisations_by_ids(&services.db, &school_ids).await?;
    Ok(mine
        .into_iter()
        .filter_map(|step| {
            let exchange = exchanges.iter().find(|e| e.id == step.exchange_id)?.clone();
            let school = schools
                .iter()
                .find(|o| o.id == exchange.sending_organisation_id)
                .map(|o| o.name.clone())
                .unwrap_or_default();
            Some(QueueItem {
                as_substitute: access::decides_as_substitute(principal, &step),
                step,
                exchange,
                school,
            })
        })
        .collect())
}

/// A superset of the steps `principal` holds, for the database to narrow the queue by;
/// [`access::holds_step`] then decides each.
fn steps_possibly_held_by(principal: &Principal) -> Condition {
    use approval_steps::Column;
    let mut held = Condition::any()
        .add(Column::ApproverUserId.eq(principal.user_id))
        .add(Column::SubstituteUserId.eq(principal.user_id));
    for (role, scope) in &principal.roles {
        if *role == Role::Coordinator && *scope == Scope::Global {
            held = held.add(Column::ApproverRole.eq(role.code()));
        } else {
            held = held.add(
                Condition::all()
                    .add(Column::ApproverRole.eq(role.code()))
                    .add(Column::ApproverScopeKind.eq(scope.kind()))
                    .add(Column::ApproverScopeId.eq(scope.id())),
            );
        }
    }
    held
}

/// The steps of an exchange, every round, in order.
pub async fn steps_of(
    db: &impl ConnectionTrait,
    exchange_id: Uuid,
) -> DomainResult<Vec<approval_steps::Model>> {
    Ok(approval_steps::Entity::find()
        .filter(approval_steps::Column::ExchangeId.eq(exchange_id))
        .order_by_asc(approval_steps::Column::Round)
        .order_by_asc(approval_steps::Column::Position)
        .all(db)
        .await?)
}

/// The steps of many exchanges, every round, in order, in one query.
pub async fn steps_of_many(
    db: &impl ConnectionTrait,
    exchange_ids: &[Uuid],
) -> DomainResult<std::collections::HashMap<Uuid, Vec<approval_steps::Model>>> {
    let mut by_exchange: std::collections::HashMap<Uuid, Vec<approval_steps::Model>> =
        exchange_ids.iter().map(|id| (*id, Vec::new())).collect();
    for step in approval_steps::Entity::find()
        .filter(approval_steps::Column::ExchangeId.is_in(exchange_ids.iter().copied()))
        .order_by_asc(approval_steps::Column::Round)
        .order_by_asc(approval_steps::Column::Position)
        .all(db)
        .await?
    {
        by_exchange.entry(step.exchange_id).or_default().push(step);
    }
    Ok(by_exchange)
}

/// How long after its due date a step's substitute is asked.
pub const SUBSTITUTE_AFTER: Duration = Duration::days(2);

/// Reminds the holders of overdue steps once, and their substitutes once when the step is
/// still open [`SUBSTITUTE_AFTER`] later. Returns how many mails were queued.
pub async fn remind_overdue(
    services: &Services,
    now: chrono::DateTime<Utc>,
) -> DomainResult<usize> {
    let overdue = approval_steps::Entity::find()
        .filter(approval_steps::Column::Decision.eq("pending"))
        .filter(approval_steps::Column::DueAt.lte(now))
        .all(&services.db)
        .await?;
    let mut queued = 0;
    for step in overdue {
        let remind_holders = step.reminded_at.is_none();
        let remind_substitute = step.substitute_reminded_at.is_none()
            && step.substitute_user_id.is_some()
            && step.due_at + SUBSTITUTE_AFTER <= now;
        if !remind_holders && !remind_substitute {
            continue;
        }
        let txn = begin_write(&services.db).await?;
        let exchange = proposals::find(&txn, step.exchange_id).await?;
        let organisation = organisations::find(&txn, exchange.sending_organisation_id).await?;
        let envelope = Envelope::of(
            &find_municipality(&txn, exchange.municipality_id).await?,
            None,
        );
        let mut recipients: Vec<(users::Model, bool)> = Vec::new();
        if remind_holders {
            recipients.extend(holders(&txn, &step).await?.into_iter().map(|u| (u, false)));
        }
        if remind_substitute && let Some(substitute) = step.substitute_user_id {
            recipients.extend(
                users::Entity::find_by_id(substitute)
                    .one(&txn)
                    .await?
                    .map(|u| (u, true)),
            );
        }
        for (user, as_substitute) in recipients {
            let locale = Locale::from_stored(&user.locale);
            let queued_now = mail::enqueue_as(
                &txn,
                &user.email,
                locale,
                Some(user.id),
                format!(
                    "approval_reminder:{}:{}:{}",
                    step.id,
                    user.id,
                    if as_substitute {
                        "substitute"
                    } else {
                        "approver"
                    }
                ),
                &ApprovalReminder {
                    approver_name: user.display_name.clone(),
                    title: title_for(&exchange, locale),
                    organisation_name: organisation.name.clone(),
                    due_date: step.due_at,
                    as_substitute,
                    link: decision_link(services, &exchange),
                },
                &envelope,
            )
            .await?;
            queued += usize::from(queued_now);
        }
        let mut active: approval_steps::ActiveModel = step.clone().into();
        if remind_holders {
            active.reminded_at = Set(Some(now));
        }
        if remind_substitute {
            active.substitute_reminded_at = Set(Some(now));
        }
        active.update(&txn).await?;
        txn.commit().await?;
    }
    if queued > 0 {
        services.mail_committed();
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_chains_route_by_risk() {
        let roles = |risk| -> Vec<Option<String>> {
            default_chain(risk).into_iter().map(|s| s.role).collect()
        };
        let principal = Some("principal".to_owned());
        let coordinator = Some("coordinator".to_owned());
        assert_eq!(
            roles(RiskLevel::LocalDayTrip),
            std::slice::from_ref(&principal)
        );
        assert_eq!(
            roles(RiskLevel::Overnight),
            std::slice::from_ref(&principal)
        );
        assert_eq!(
            roles(RiskLevel::Abroad),
            [principal.clone(), coordinator.clone()]
        );
        assert_eq!(roles(RiskLevel::Adventurous), [principal, coordinator]);
    }

    fn decided(round: i32, decision: &str, by: Option<u128>) -> approval_steps::Model {
        let now = Utc::now();
        approval_steps::Model {
            id: Uuid::nil(),
            exchange_id: Uuid::nil(),
            round,
            position: 0,
            approver_role: Some("principal".into()),
            approver_scope_kind: None,
            approver_scope_id: None,
            approver_user_id: None,
            substitute_user_id: None,
            due_days: 5,
            activated_at: Some(now),
            due_at: now,
            decision: decision.into(),
            decided_by: by.map(Uuid::from_u128),
            decided_at: by.map(|_| now),
            comment: None,
            reminded_at: None,
            substitute_reminded_at: None,
            created_at: now,
        }
    }

    /// (case, relation, state, the exchange's steps, the refusal's code).
    type Case<'a> = (
        &'a str,
        Relation,
        ExchangeState,
        &'a [approval_steps::Model],
        Result<(), &'a str>,
    );

    #[test]
    fn who_may_decide_now() {
        let me = Principal {
            user_id: Uuid::from_u128(1),
            session_id: Uuid::nil(),
            roles: Vec::new(),
        };
        let approver = Relation {
            approver_now: true,
            approver_ever: true,
            ..Relation::default()
        };
        let owner = Relation {
            owner: true,
            ..Relation::default()
        };
        let was_approver = Relation {
            approver_ever: true,
            ..Relation::default()
        };
        let mine_then_next = [decided(1, "approved", Some(1)), decided(1, "pending", None)];
        let mine_last_round = [
            decided(1, "changes_requested", Some(1)),
            decided(2, "pending", None),
        ];
        let waiting = [decided(1, "pending", None)];
        use ExchangeState::{Approved, Submitted};
        let cases: [Case; 6] = [
            ("the approver", approver, Submitted, &waiting, Ok(())),
            ("the owner", owner, Submitted, &waiting, Err("forbidden")),
            (
                "after my step",
                was_approver,
                Submitted,
                &mine_then_next,
                Err("step_already_decided"),
            ),
            (
                "a new round",
                was_approver,
                Submitted,
                &mine_last_round,
                Err("forbidden"),
            ),
            (
                "decided",
                was_approver,
                Approved,
                &mine_then_next,
                Err("illegal_in_state_approved"),
            ),
            (
                "no step open",
                approver,
                Submitted,
                &[],
                Err("illegal_in_state_submitted"),
            ),
        ];
        for (case, relation, state, steps, expected) in cases {
            let outcome = ensure_may_decide(&me, relation, state, steps).map_err(|e| match e {
                DomainError::Forbidden => "forbidden",
                DomainError::Conflict { code, .. } => code,
                other => panic!("{case}: {other:?}"),
            });
            assert_eq!(outcome, expected, "{case}");
        }
    }

    #[test]
    fn refusals_name_the_state() {
        for state in ExchangeState::ALL {
            match refusal(Refusal::IllegalInState(*state)) {
                DomainError::Conflict { code, .. } => {
                    assert_eq!(code, format!("illegal_in_state_{}", state.code()));
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            refusal(Refusal::NotAllowed),
            DomainError::Forbidden
        ));
    }
}
