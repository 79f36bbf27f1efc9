//! Who may see and change funding records and rate tables.
use uuid::Uuid;

use crate::{
    accounts::rules::holds_globally,
    types::{Role, Scope},
};

fn global_staff(roles: &[(Role, Scope)]) -> bool {
    holds_globally(roles, Role::Admin) || holds_globally(roles, Role::Coordinator)
}

/// Rates are shared reference data: a municipality's coordinators keep them current, as do
/// global staff. A coordinator scoped to one organisation does not.
pub fn can_edit_rates(roles: &[(Role, Scope)]) -> bool {
    global_staff(roles)
        || roles.iter().any(|(role, scope)| {
            *role == Role::Coordinator && matches!(scope, Scope::Municipality(_))
        })
}

/// Rates, estimates and eligibility are for the people who plan exchanges, not for young
/// people and guardians.
pub fn can_plan(roles: &[(Role, Scope)]) -> bool {
    !crate::exchanges::access::participant_only(roles) && !roles.is_empty()
}

/// A funding record is kept by the applicant organisation's teachers, principals and profile
/// administrators, its municipality's coordinators and global staff.
pub fn can_manage_record(
    roles: &[(Role, Scope)],
    applicant: Uuid,
    municipality: Option<Uuid>,
) -> bool {
    crate::exchanges::access::may_draft_for(roles, applicant, municipality)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHOOL: Uuid = Uuid::from_u128(1);
    const TOWN: Uuid = Uuid::from_u128(2);
    const OTHER: Uuid = Uuid::from_u128(3);

    #[test]
    fn rates_are_edited_by_coordinators_and_global_admins() {
        assert!(can_edit_rates(&[(
            Role::Coordinator,
            Scope::Municipality(TOWN)
        )]));
        assert!(can_edit_rates(&[(Role::Coordinator, Scope::Global)]));
        assert!(can_edit_rates(&[(Role::Admin, Scope::Global)]));
        assert!(!can_edit_rates(&[(
            Role::Admin,
            Scope::Organisation(SCHOOL)
        )]));
        assert!(!can_edit_rates(&[(
            Role::Teacher,
            Scope::Organisation(SCHOOL)
        )]));
        assert!(!can_edit_rates(&[(Role::Guardian, Scope::Global)]));
        assert!(!can_edit_rates(&[(
            Role::Coordinator,
            Scope::Organisation(SCHOOL)
        )]));
    }

    #[test]
    fn records_are_kept_by_the_applicant_and_its_municipality() {
        let teacher = [(Role::Teacher, Scope::Organisation(SCHOOL))];
        assert!(can_manage_record(&teacher, SCHOOL, Some(TOWN)));
        assert!(!can_manage_record(&teacher, OTHER, Some(TOWN)));
        let coordinator = [(Role::Coordinator, Scope::Municipality(TOWN))];
        assert!(can_manage_record(&coordinator, SCHOOL, Some(TOWN)));
        assert!(!can_manage_record(&coordinator, SCHOOL, Some(OTHER)));
        let partner = [(Role::PartnerContact, Scope::Organisation(SCHOOL))];
        assert!(!can_manage_record(&partner, SCHOOL, Some(TOWN)));
        assert!(!can_manage_record(
            &[(Role::Youth, Scope::Global)],
            SCHOOL,
            Some(TOWN)
        ));
    }

    #[test]
    fn young_people_and_guardians_do_not_plan() {
        assert!(can_plan(&[(Role::Teacher, Scope::Organisation(SCHOOL))]));
        assert!(!can_plan(&[(Role::Youth, Scope::Global)]));
        assert!(!can_plan(&[]));
    }
}
