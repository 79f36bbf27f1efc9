//! Account rules as plain functions.
use chrono::{DateTime, Utc};

use crate::types::{Role, Scope};

/// Who may invite whom: admins anyone; coordinators the people who run exchanges.
pub fn can_invite(inviter: &[(Role, Scope)], invitee: Role) -> bool {
    inviter.iter().any(|(role, _)| match role {
        Role::Admin => true,
        Role::Coordinator => matches!(
            invitee,
            Role::Coordinator | Role::Teacher | Role::PartnerContact
        ),
        _ => false,
    })
}

/// Granting and revoking roles is an admin's task: every role change widens or narrows
/// access to children's data.
pub fn can_manage_roles(actor: &[(Role, Scope)]) -> bool {
    actor.contains(&(Role::Admin, Scope::Global))
}

/// Listing accounts is for admins and coordinators.
pub fn can_list_users(actor: &[(Role, Scope)]) -> bool {
    actor
        .iter()
        .any(|(role, _)| matches!(role, Role::Admin | Role::Coordinator))
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
        let admin = [(Role::Admin, Scope::Global)];
        let coordinator = [(Role::Coordinator, Scope::Municipality(uuid::Uuid::nil()))];
        let teacher = [(Role::Teacher, Scope::Global)];
        for invitee in Role::ALL {
            assert!(can_invite(&admin, invitee));
            assert!(!can_invite(&teacher, invitee));
            assert!(!can_invite(&[], invitee));
            let coordinator_may = matches!(
                invitee,
                Role::Coordinator | Role::Teacher | Role::PartnerContact
            );
            assert_eq!(
                can_invite(&coordinator, invitee),
                coordinator_may,
                "{invitee:?}"
            );
        }
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
