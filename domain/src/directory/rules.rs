//! Who may do what in the directory, and the partnership rules, as plain functions.
use uuid::Uuid;

use super::types::PartnershipKind;
use crate::{
    accounts::rules::holds_globally,
    types::{Role, Scope},
};

fn global_staff(roles: &[(Role, Scope)]) -> bool {
    holds_globally(roles, Role::Admin) || holds_globally(roles, Role::Coordinator)
}

fn coordinates(roles: &[(Role, Scope)], municipality: Option<Uuid>) -> bool {
    municipality.is_some_and(|m| roles.contains(&(Role::Coordinator, Scope::Municipality(m))))
}

/// New municipalities are set up by global admins and coordinators.
pub fn can_create_municipality(roles: &[(Role, Scope)]) -> bool {
    global_staff(roles)
}

/// A municipality's policy and partnerships: its own coordinators, and global staff.
pub fn can_manage_municipality(roles: &[(Role, Scope)], municipality: Uuid) -> bool {
    global_staff(roles) || coordinates(roles, Some(municipality))
}

/// Towns are shared reference data that any coordinator may add to.
pub fn can_manage_towns(roles: &[(Role, Scope)]) -> bool {
    global_staff(roles) || roles.iter().any(|(role, _)| *role == Role::Coordinator)
}

/// Organisations are registered, or moved to another town, by coordinators: in a town of
/// their own municipality, or in one that belongs to no municipality (a partner town abroad);
/// by global staff anywhere. Members then keep the profile.
pub fn can_place_organisation(roles: &[(Role, Scope)], town_municipality: Option<Uuid>) -> bool {
    global_staff(roles)
        || match town_municipality {
            Some(municipality) => coordinates(roles, Some(municipality)),
            None => roles.iter().any(|(role, _)| *role == Role::Coordinator),
        }
}

/// Members of the organisation (teachers and leaders, partner contacts, profile
/// administrators), coordinators of its municipality, and global staff.
pub fn can_manage_organisation(
    roles: &[(Role, Scope)],
    organisation: Uuid,
    municipality: Option<Uuid>,
) -> bool {
    is_member(roles, organisation) || coordinates(roles, municipality) || global_staff(roles)
}

pub fn is_member(roles: &[(Role, Scope)], organisation: Uuid) -> bool {
    roles
        .iter()
        .any(|(role, scope)| *scope == Scope::Organisation(organisation) && is_staff_role(*role))
}

/// The roles that make someone a member of an organisation's staff.
pub fn is_staff_role(role: Role) -> bool {
    matches!(
        role,
        Role::Teacher | Role::PartnerContact | Role::Admin | Role::Principal
    )
}

/// Contact details of organisation members are for the people who arrange exchanges.
pub fn can_see_contacts(roles: &[(Role, Scope)]) -> bool {
    holds_globally(roles, Role::Admin)
        || roles.iter().any(|(role, _)| {
            matches!(
                role,
                Role::Teacher | Role::PartnerContact | Role::Coordinator | Role::Principal
            )
        })
}

/// Completed exchanges enter the reciprocity ledger through global staff or a coordinator
/// of the municipality of either side (`municipalities`).
pub fn can_record_exchange(roles: &[(Role, Scope)], municipalities: &[Uuid]) -> bool {
    global_staff(roles) || municipalities.iter().any(|m| coordinates(roles, Some(*m)))
}

/// A matching round over all open requests needs a global role; over one municipality's
/// requests, a coordinator of it.
pub fn can_run_round(roles: &[(Role, Scope)], municipality: Option<Uuid>) -> bool {
    global_staff(roles) || coordinates(roles, municipality)
}

/// Why a new partnership may not be made, if it may not.
pub fn new_partnership_refusal(
    kind: PartnershipKind,
    binding: bool,
    forbids_new_twin_towns: bool,
) -> Option<(&'static str, &'static str)> {
    if kind == PartnershipKind::TwinTown && forbids_new_twin_towns {
        return Some((
            "policy_forbids_new_twin_towns",
            "the municipality's policy is to make no new twin-town agreements",
        ));
    }
    if kind == PartnershipKind::SisterCity && binding {
        return Some((
            "sister_city_never_binding",
            "a sister-city agreement never binds the municipality to commitments",
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOWN: Uuid = Uuid::from_u128(1);
    const OTHER_TOWN: Uuid = Uuid::from_u128(2);
    const SCHOOL: Uuid = Uuid::from_u128(3);

    /// Every kind of principal the matrix checks, by name.
    fn principals() -> Vec<(&'static str, Vec<(Role, Scope)>)> {
        vec![
            ("admin", vec![(Role::Admin, Scope::Global)]),
            (
                "global coordinator",
                vec![(Role::Coordinator, Scope::Global)],
            ),
            (
                "coordinator",
                vec![(Role::Coordinator, Scope::Municipality(TOWN))],
            ),
            (
                "other coordinator",
                vec![(Role::Coordinator, Scope::Municipality(OTHER_TOWN))],
            ),
            (
                "teacher",
                vec![(Role::Teacher, Scope::Organisation(SCHOOL))],
            ),
            (
                "partner contact",
                vec![(Role::PartnerContact, Scope::Organisation(SCHOOL))],
            ),
            (
                "profile admin",
                vec![(Role::Admin, Scope::Organisation(SCHOOL))],
            ),
            (
                "teacher elsewhere",
                vec![(Role::Teacher, Scope::Organisation(TOWN))],
            ),
            ("youth", vec![(Role::Youth, Scope::Global)]),
            ("guardian", vec![(Role::Guardian, Scope::Global)]),
            ("no role", vec![]),
        ]
    }

    /// The expected answers, one column per operation, in the order of `principals()`.
    #[test]
    fn role_by_operation_matrix() {
        type Check = fn(&[(Role, Scope)]) -> bool;
        let operations: [(&str, Check, [bool; 11]); 10] = [
            (
                "create municipality",
                can_create_municipality,
                [
                    true, true, false, false, false, false, false, false, false, false, false,
                ],
            ),
            (
                "manage municipality",
                |r| can_manage_municipality(r, TOWN),
                [
                    true, true, true, false, false, false, false, false, false, false, false,
                ],
            ),
            (
                "manage towns",
                can_manage_towns,
                [
                    true, true, true, true, false, false, false, false, false, false, false,
                ],
            ),
            (
                "place an organisation in the municipality",
                |r| can_place_organisation(r, Some(TOWN)),
                [
                    true, true, true, false, false, false, false, false, false, false, false,
                ],
            ),
            (
                "place an organisation in a town of no municipality",
                |r| can_place_organisation(r, None),
                [
                    true, true, true, true, false, false, false, false, false, false, false,
                ],
            ),
            (
                "manage organisation",
                |r| can_manage_organisation(r, SCHOOL, Some(TOWN)),
                [
                    true, true, true, false, true, true, true, false, false, false, false,
                ],
            ),
            (
                "see contacts",
                can_see_contacts,
                [
                    true, true, true, true, true, true, false, true, false, false, false,
                ],
            ),
            (
                "record an exchange involving the municipality",
                |r| can_record_exchange(r, &[OTHER_TOWN, TOWN]),
                [
                    true, true, true, true, false, false, false, false, false, false, false,
                ],
            ),
            (
                "record an exchange elsewhere",
                |r| can_record_exchange(r, &[Uuid::from_u128(9)]),
                [
                    true, true, false, false, false, false, false, false, false, false, false,
                ],
            ),
            (
                "run round for the municipality",
                |r| can_run_round(r, Some(TOWN)),
                [
                    true, true, true, false, false, false, false, false, false, false, false,
                ],
            ),
        ];
        let principals = principals();
        for (operation, check, expected) in operations {
            for ((name, roles), allowed) in principals.iter().zip(expected) {
                assert_eq!(check(roles), allowed, "{name} / {operation}");
            }
        }
        // Global rounds need a global role.
        assert!(can_run_round(&[(Role::Coordinator, Scope::Global)], None));
        assert!(!can_run_round(
            &[(Role::Coordinator, Scope::Municipality(TOWN))],
            None
        ));
    }

    #[test]
    fn partnership_policy() {
        use PartnershipKind::*;
        assert_eq!(
            new_partnership_refusal(TwinTown, true, true).map(|r| r.0),
            Some("policy_forbids_new_twin_towns")
        );
        assert_eq!(new_partnership_refusal(TwinTown, true, false), None);
        assert_eq!(new_partnership_refusal(SisterCity, false, true), None);
        assert_eq!(
            new_partnership_refusal(SisterCity, true, false).map(|r| r.0),
            Some("sister_city_never_binding")
        );
        assert_eq!(new_partnership_refusal(Cooperation, true, true), None);
    }
}
