//! Account rules as plain functions.
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::types::{Role, Scope};

/// Whether `roles` holds `role` everywhere (in the global scope).
pub fn holds_globally(roles: &[(Role, Scope)], role: Role) -> bool {
    roles.contains(&(role, Scope::Global))
}

/// Who may invite whom, where: a global admin anyone anywhere; a coordinator the people
/// who run exchanges, within the scope the coordinator holds (any scope if global), including
/// organisations in the coordinator's municipality (`scope_municipality`), where a profile
/// administrator may also be invited; an organisation's profile administrator its teachers,
/// partner contacts and profile administrators.
pub fn can_invite(
    inviter: &[(Role, Scope)],
    invitee: Role,
    scope: Scope,
    scope_municipality: Option<Uuid>,
) -> bool {
    let in_organisation = matches!(scope, Scope::Organisation(_));
    inviter.iter().any(|(role, held)| match role {
        Role::Admin if *held == Scope::Global => true,
        Role::Admin => {
            in_organisation && *held == scope && crate::directory::rules::is_staff_role(invitee)
        }
        Role::Coordinator => {
            let runs_exchanges = matches!(
                invitee,
                Role::Coordinator | Role::Teacher | Role::PartnerContact
            ) || (crate::directory::rules::is_staff_role(invitee)
                && in_organisation);
            let covers = *held == Scope::Global
                || *held == scope
                || (in_organisation
                    && scope_municipality.is_some_and(|m| *held == Scope::Municipality(m)));
            runs_exchanges && covers
        }
        _ => false,
    })
}

/// Granting and revoking roles is an admin's task: every role change widens or narrows
/// access to children's data.
pub fn can_manage_roles(actor: &[(Role, Scope)]) -> bool {
    holds_globally(actor, Role::Admin)
}

/// Seeing every account and the whole mail queue is for global admins and coordinators.
pub fn can_oversee(actor: &[(Role, Scope)]) -> bool {
    holds_globally(actor, Role::Admin) || holds_globally(actor, Role::Coordinator)
}

/// A session is live until revoked, idle too long, or past its absolute end.
pub fn session_is_live(
    now: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    revoked: bool,
    idle_timeout: chrono::Duration,
) -> bool {
    !revoked && now < expires_at && now - last_seen_at < idle_timeout
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn invitation_matrix() {
        let town = Scope::Municipality(uuid::Uuid::from_u128(1));
        let other_town = Scope::Municipality(uuid::Uuid::from_u128(2));
        let school = Scope::Organisation(uuid::Uuid::from_u128(3));
        let admin = [(Role::Admin, Scope::Global)];
        let school_admin = [(Role::Admin, school)];
        let coordinator = [(Role::Coordinator, town)];
        let global_coordinator = [(Role::Coordinator, Scope::Global)];
        let teacher = [(Role::Teacher, Scope::Global)];
        let school_town = Some(uuid::Uuid::from_u128(1));
        for invitee in Role::ALL {
            let runs_exchanges = matches!(
                invitee,
                Role::Coordinator | Role::Teacher | Role::PartnerContact
            );
            let org_staff = matches!(
                invitee,
                Role::Teacher | Role::PartnerContact | Role::Admin | Role::Principal
            );
            for scope in [Scope::Global, town, other_town, school] {
                let at_school = scope == school;
                // The school lies in `town`.
                let place = if at_school { school_town } else { None };
                assert!(can_invite(&admin, invitee, scope, place));
                assert_eq!(
                    can_invite(&school_admin, invitee, scope, place),
                    at_school && org_staff,
                    "{invitee:?} {scope:?}"
                );
                assert!(!can_invite(&teacher, invitee, scope, place));
                assert!(!can_invite(&[], invitee, scope, place));
                let coordinator_may = runs_exchanges || (org_staff && at_school);
                assert_eq!(
                    can_invite(&global_coordinator, invitee, scope, place),
                    coordinator_may
                );
                assert_eq!(
                    can_invite(&coordinator, invitee, scope, place),
                    coordinator_may && (scope == town || at_school),
                    "{invitee:?} {scope:?}"
                );
                // A school in another municipality is out of this coordinator's reach.
                assert!(!can_invite(
                    &coordinator,
                    invitee,
                    school,
                    Some(uuid::Uuid::from_u128(2))
                ));
            }
        }
    }

    #[test]
    fn overseeing_needs_a_global_role() {
        assert!(can_oversee(&[(Role::Admin, Scope::Global)]));
        assert!(can_oversee(&[(Role::Coordinator, Scope::Global)]));
        assert!(!can_oversee(&[(
            Role::Coordinator,
            Scope::Municipality(uuid::Uuid::nil())
        )]));
        assert!(!can_oversee(&[(Role::Teacher, Scope::Global)]));
    }

    #[test]
    fn role_management_needs_global_admin() {
        assert!(can_manage_roles(&[(Role::Admin, Scope::Global)]));
        assert!(!can_manage_roles(&[(Role::Coordinator, Scope::Global)]));
        assert!(!can_manage_roles(&[(
            Role::Admin,
            Scope::Organisation(uuid::Uuid::nil())
        )]));
    }

    #[test]
    fn session_liveness() {
        let now = Utc::now();
        let idle = Duration::hours(2);
        let far = now + Duration::days(1);
        assert!(session_is_live(
            now,
            now - Duration::minutes(5),
            far,
            false,
            idle
        ));
        assert!(!session_is_live(
            now,
            now - Duration::hours(3),
            far,
            false,
            idle
        ));
        assert!(!session_is_live(
            now,
            now,
            now - Duration::seconds(1),
            false,
            idle
        ));
        assert!(!session_is_live(now, now, far, true, idle));
    }
}
