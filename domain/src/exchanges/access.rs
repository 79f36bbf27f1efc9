//! Who stands in what relation to an exchange, and so what they may see and do.
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Query, SelectStatement},
};
use uuid::Uuid;

use super::rules::{Action, Actor, ExchangeState};
use crate::{
    accounts::rules::holds_globally,
    entities::{approval_steps, exchange_partners, exchanges},
    error::{DomainError, DomainResult},
    principal::Principal,
    types::{Role, Scope},
};

/// How the principal relates to one exchange.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Relation {
    /// Drafted it, or is a teacher, principal or profile administrator of the sending
    /// organisation.
    pub owner: bool,
    /// Staff of a partner organisation.
    pub partner: bool,
    /// A coordinator of its municipality, or a global one.
    pub coordinator: bool,
    pub admin: bool,
    /// Holds the step that waits for a decision now (or is its substitute).
    pub approver_now: bool,
    /// Some step of it was ever routed to them.
    pub approver_ever: bool,
    /// A young person or guardian, who sees only what is open for registration.
    pub participant: bool,
}

impl Relation {
    pub fn may_view(&self, exchange: &exchanges::Model) -> bool {
        self.owner
            || self.partner
            || self.coordinator
            || self.admin
            || self.approver_ever
            || (self.participant && exchange.state == ExchangeState::OpenForRegistration.code())
    }

    pub fn may_edit(&self) -> bool {
        self.owner || self.coordinator || self.admin
    }

    /// The actor the workflow rules see for `action`: decisions are the current approver's.
    pub fn actor_for(&self, action: Action) -> Actor {
        let decision = matches!(
            action,
            Action::Approve | Action::RequestChanges | Action::Reject
        );
        if decision {
            return if self.approver_now {
                Actor::Approver
            } else {
                Actor::Other
            };
        }
        if self.owner {
            Actor::Owner
        } else if self.coordinator {
            Actor::Coordinator
        } else if self.admin {
            Actor::Admin
        } else {
            Actor::Other
        }
    }
}

fn staff_of(roles: &[(Role, Scope)], organisation: Uuid) -> bool {
    roles.iter().any(|(role, scope)| {
        *scope == Scope::Organisation(organisation)
            && matches!(role, Role::Teacher | Role::Principal | Role::Admin)
    })
}

/// Teachers, principals and profile administrators draft for their own organisation;
/// coordinators for organisations in their municipality; global staff for any.
pub fn may_draft_for(
    roles: &[(Role, Scope)],
    organisation: Uuid,
    municipality: Option<Uuid>,
) -> bool {
    staff_of(roles, organisation)
        || municipality
            .is_some_and(|m| roles.contains(&(Role::Coordinator, Scope::Municipality(m))))
        || holds_globally(roles, Role::Coordinator)
        || holds_globally(roles, Role::Admin)
}

/// Whether `roles` hold an approval step: as the named person, as its substitute, or by the
/// role in the step's scope (global coordinators hold coordinator steps everywhere).
pub fn holds_step(principal: &Principal, step: &approval_steps::Model) -> bool {
    step.substitute_user_id == Some(principal.user_id) || approves_step(principal, step)
}

/// Whether the principal may decide the step now: its approver at any time, its substitute
/// only once it is overdue (until then it is the approver's).
pub fn may_decide_step(
    principal: &Principal,
    step: &approval_steps::Model,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    approves_step(principal, step)
        || (step.substitute_user_id == Some(principal.user_id) && step.due_at <= now)
}

/// Whether the principal decides the step only as its substitute (not as its approver).
pub fn decides_as_substitute(principal: &Principal, step: &approval_steps::Model) -> bool {
    !approves_step(principal, step)
}

/// As the named person, or by the role in the step's scope.
fn approves_step(principal: &Principal, step: &approval_steps::Model) -> bool {
    if step.approver_user_id == Some(principal.user_id) {
        return true;
    }
    let (Some(role), Some(kind), Some(id)) = (
        step.approver_role.as_deref().and_then(Role::from_code),
        step.approver_scope_kind.as_deref(),
        step.approver_scope_id,
    ) else {
        return false;
    };
    let Some(scope) = Scope::from_stored(kind, id) else {
        return false;
    };
    principal.roles.contains(&(role, scope))
        || (role == Role::Coordinator && holds_globally(&principal.roles, Role::Coordinator))
}

pub fn state(exchange: &exchanges::Model) -> DomainResult<ExchangeState> {
    ExchangeState::from_code(&exchange.state)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("unknown exchange state stored")))
}

/// A young person or guardian and nothing else: such a user sees an exchange open for
/// registration, but not its workflow (approvers, decisions, budget, checklist). Anyone else
/// who can see an exchange arranges, approves or oversees it.
pub fn participant_only(roles: &[(Role, Scope)]) -> bool {
    !roles.is_empty()
        && roles
            .iter()
            .all(|(role, _)| matches!(role, Role::Youth | Role::Guardian))
}

pub async fn relation(
    db: &impl ConnectionTrait,
    principal: &Principal,
    exchange: &exchanges::Model,
) -> DomainResult<Relation> {
    let roles = &principal.roles;
    let partners = exchange_partners::Entity::find()
        .filter(exchange_partners::Column::ExchangeId.eq(exchange.id))
        .all(db)
        .await?;
    let steps = approval_steps::Entity::find()
        .filter(approval_steps::Column::ExchangeId.eq(exchange.id))
        .all(db)
        .await?;
    let held: Vec<&approval_steps::Model> =
        steps.iter().filter(|s| holds_step(principal, s)).collect();
    let now = chrono::Utc::now();
    Ok(Relation {
        owner: exchange.created_by == Some(principal.user_id)
            || staff_of(roles, exchange.sending_organisation_id),
        partner: partners.iter().any(|p| {
            roles.iter().any(|(role, scope)| {
                *scope == Scope::Organisation(p.organisation_id)
                    && matches!(
                        role,
                        Role::Teacher | Role::Principal | Role::Admin | Role::PartnerContact
                    )
            })
        }),
        coordinator: holds_globally(roles, Role::Coordinator)
            || roles.contains(&(
                Role::Coordinator,
                Scope::Municipality(exchange.municipality_id),
            )),
        admin: holds_globally(roles, Role::Admin),
        approver_now: held
            .iter()
            .any(|s| s.decision == "pending" && may_decide_step(principal, s, now)),
        approver_ever: !held.is_empty(),
        participant: roles
            .iter()
            .any(|(role, _)| matches!(role, Role::Youth | Role::Guardian)),
    })
}

/// The exchanges the principal may see, as a condition for a list query.
/// The ids of the exchanges in which any of `organisations` is a partner, as a subquery: the
/// database matches them, however many there are.
pub fn involving(organisations: Vec<Uuid>) -> SelectStatement {
    Query::select()
        .column(exchange_partners::Column::ExchangeId)
        .from(exchange_partners::Entity)
        .and_where(exchange_partners::Column::OrganisationId.is_in(organisations))
        .to_owned()
}

pub fn visible_condition(principal: &Principal) -> Condition {
    let roles = &principal.roles;
    if holds_globally(roles, Role::Admin) || holds_globally(roles, Role::Coordinator) {
        return Condition::all();
    }
    let mut visible = Condition::any().add(exchanges::Column::CreatedBy.eq(principal.user_id));
    let municipalities: Vec<Uuid> = roles
        .iter()
        .filter_map(|(role, scope)| match (role, scope) {
            (Role::Coordinator, Scope::Municipality(m)) => Some(*m),
            _ => None,
        })
        .collect();
    if !municipalities.is_empty() {
        visible = visible.add(exchanges::Column::MunicipalityId.is_in(municipalities));
    }
    let sending: Vec<Uuid> = roles
        .iter()
        .filter_map(|(role, scope)| match (role, scope) {
            (Role::Teacher | Role::Principal | Role::Admin, Scope::Organisation(o)) => Some(*o),
            _ => None,
        })
        .collect();
    if !sending.is_empty() {
        visible = visible.add(exchanges::Column::SendingOrganisationId.is_in(sending));
    }
    let partner_of: Vec<Uuid> = roles
        .iter()
        .filter_map(|(role, scope)| match (role, scope) {
            (
                Role::Teacher | Role::Principal | Role::Admin | Role::PartnerContact,
                Scope::Organisation(o),
            ) => Some(*o),
            _ => None,
        })
        .collect();
    if !partner_of.is_empty() {
        visible = visible.add(exchanges::Column::Id.in_subquery(involving(partner_of)));
    }
    // Steps routed to the principal: by person, as substitute, or by a role they hold.
    let mut routed = Condition::any()
        .add(approval_steps::Column::ApproverUserId.eq(principal.user_id))
        .add(approval_steps::Column::SubstituteUserId.eq(principal.user_id));
    for (role, scope) in roles {
        if matches!(role, Role::Principal | Role::Coordinator) && *scope != Scope::Global {
            routed = routed.add(
                Condition::all()
                    .add(approval_steps::Column::ApproverRole.eq(role.code()))
                    .add(approval_steps::Column::ApproverScopeKind.eq(scope.kind()))
                    .add(approval_steps::Column::ApproverScopeId.eq(scope.id())),
            );
        }
    }
    visible = visible.add(
        exchanges::Column::Id.in_subquery(
            Query::select()
                .column(approval_steps::Column::ExchangeId)
                .from(approval_steps::Entity)
                .cond_where(routed)
                .to_owned(),
        ),
    );
    if roles
        .iter()
        .any(|(role, _)| matches!(role, Role::Youth | Role::Guardian))
    {
        visible =
            visible.add(exchanges::Column::State.eq(ExchangeState::OpenForRegistration.code()));
    }
    visible
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHOOL: Uuid = Uuid::from_u128(1);
    const TOWN: Uuid = Uuid::from_u128(2);

    #[test]
    fn only_young_people_and_guardians_are_participants_only() {
        let org = Scope::Organisation(SCHOOL);
        assert!(participant_only(&[(Role::Youth, org)]));
        assert!(participant_only(&[(Role::Guardian, Scope::Global)]));
        assert!(participant_only(&[
            (Role::Youth, org),
            (Role::Guardian, Scope::Global)
        ]));
        // A guardian who also teaches arranges exchanges.
        assert!(!participant_only(&[
            (Role::Guardian, Scope::Global),
            (Role::Teacher, org)
        ]));
        // Someone with no role sees an exchange only as a named approver or substitute.
        assert!(!participant_only(&[]));
    }

    fn principal(roles: Vec<(Role, Scope)>) -> Principal {
        Principal {
            user_id: Uuid::from_u128(99),
            session_id: Uuid::nil(),
            roles,
        }
    }

    fn step(
        role: Option<(Role, Scope)>,
        user: Option<Uuid>,
        substitute: Option<Uuid>,
    ) -> approval_steps::Model {
        approval_steps::Model {
            id: Uuid::nil(),
            exchange_id: Uuid::nil(),
            round: 1,
            position: 0,
            approver_role: role.map(|(r, _)| r.code().to_owned()),
            approver_scope_kind: role.map(|(_, s)| s.kind().to_owned()),
            approver_scope_id: role.map(|(_, s)| s.id()),
            approver_user_id: user,
            substitute_user_id: substitute,
            due_days: 5,
            activated_at: None,
            due_at: chrono::Utc::now(),
            decision: "pending".into(),
            decided_by: None,
            decided_at: None,
            comment: None,
            reminded_at: None,
            substitute_reminded_at: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn who_holds_a_step() {
        let principal_step = step(
            Some((Role::Principal, Scope::Organisation(SCHOOL))),
            None,
            None,
        );
        let coordinator_step = step(
            Some((Role::Coordinator, Scope::Municipality(TOWN))),
            None,
            None,
        );
        let the_principal = principal(vec![(Role::Principal, Scope::Organisation(SCHOOL))]);
        let a_teacher = principal(vec![(Role::Teacher, Scope::Organisation(SCHOOL))]);
        let local = principal(vec![(Role::Coordinator, Scope::Municipality(TOWN))]);
        let global = principal(vec![(Role::Coordinator, Scope::Global)]);
        let elsewhere = principal(vec![(Role::Coordinator, Scope::Municipality(SCHOOL))]);
        assert!(holds_step(&the_principal, &principal_step));
        assert!(!holds_step(&a_teacher, &principal_step));
        assert!(!holds_step(&local, &principal_step));
        assert!(holds_step(&local, &coordinator_step));
        assert!(holds_step(&global, &coordinator_step));
        assert!(!holds_step(&elsewhere, &coordinator_step));
        let me = Uuid::from_u128(99);
        assert!(holds_step(&a_teacher, &step(None, Some(me), None)));
        assert!(holds_step(
            &a_teacher,
            &step(None, Some(Uuid::from_u128(5)), Some(me))
        ));
        assert!(!holds_step(
            &a_teacher,
            &step(None, Some(Uuid::from_u128(5)), None)
        ));
    }

    #[test]
    fn decisions_belong_to_the_current_approver() {
        let owner_and_coordinator = Relation {
            owner: true,
            coordinator: true,
            ..Relation::default()
        };
        assert_eq!(
            owner_and_coordinator.actor_for(Action::Approve),
            Actor::Other
        );
        assert_eq!(
            owner_and_coordinator.actor_for(Action::Submit),
            Actor::Owner
        );
        let approver = Relation {
            approver_now: true,
            coordinator: true,
            ..Relation::default()
        };
        assert_eq!(approver.actor_for(Action::Reject), Actor::Approver);
        assert_eq!(approver.actor_for(Action::Cancel), Actor::Coordinator);
        assert_eq!(Relation::default().actor_for(Action::Cancel), Actor::Other);
    }

    #[test]
    fn who_drafts_for_an_organisation() {
        let staff = |role| vec![(role, Scope::Organisation(SCHOOL))];
        assert!(may_draft_for(&staff(Role::Teacher), SCHOOL, Some(TOWN)));
        assert!(may_draft_for(&staff(Role::Principal), SCHOOL, Some(TOWN)));
        assert!(!may_draft_for(
            &staff(Role::PartnerContact),
            SCHOOL,
            Some(TOWN)
        ));
        assert!(!may_draft_for(
            &[(Role::Teacher, Scope::Organisation(TOWN))],
            SCHOOL,
            Some(TOWN)
        ));
        assert!(may_draft_for(
            &[(Role::Coordinator, Scope::Municipality(TOWN))],
            SCHOOL,
            Some(TOWN)
        ));
        assert!(!may_draft_for(
            &[(Role::Coordinator, Scope::Municipality(SCHOOL))],
            SCHOOL,
            Some(TOWN)
        ));
        assert!(!may_draft_for(
            &[(Role::Youth, Scope::Global)],
            SCHOOL,
            Some(TOWN)
        ));
    }
}
