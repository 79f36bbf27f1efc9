//! Which of an exchange's other pages the person may use, by the workflow rules the domain
//! applies when the form is sent: a link is shown only where the action would be allowed.
use utbyte_domain::exchanges::{
    access::Relation,
    rules::{self, Action, ExchangeState},
};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Links {
    pub edit: bool,
    pub clone: bool,
    pub submit: bool,
    pub cancel: bool,
    pub decide: bool,
    pub registrations: bool,
}

impl Links {
    pub fn any(&self) -> bool {
        *self != Links::default()
    }
}

/// The links for a person in `relation` to an exchange in `state`; `decides_now` says that a
/// step waiting for a decision is theirs to decide now.
pub(super) fn links(state: ExchangeState, relation: &Relation, decides_now: bool) -> Links {
    let allows =
        |action| rules::transition(state, action, relation.actor_for(action), false).is_ok();
    Links {
        edit: relation.may_edit() && (rules::is_editable_draft(state) || allows(Action::Revise)),
        clone: relation.may_edit(),
        submit: allows(Action::Submit),
        cancel: allows(Action::Cancel),
        decide: decides_now && state == ExchangeState::Submitted,
        registrations: relation.may_edit() && rules::is_approved(state),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ExchangeState as S;

    const OWNER: Relation = Relation {
        owner: true,
        partner: false,
        coordinator: false,
        admin: false,
        approver_now: false,
        approver_ever: false,
        participant: false,
    };
    const PARTNER: Relation = Relation {
        owner: false,
        partner: true,
        ..OWNER
    };
    const COORDINATOR: Relation = Relation {
        owner: false,
        coordinator: true,
        ..OWNER
    };

    fn only(names: &[&str]) -> Links {
        Links {
            edit: names.contains(&"edit"),
            clone: names.contains(&"clone"),
            submit: names.contains(&"submit"),
            cancel: names.contains(&"cancel"),
            decide: names.contains(&"decide"),
            registrations: names.contains(&"registrations"),
        }
    }

    #[test]
    fn links_follow_the_workflow_rules() {
        let cases = [
            (
                S::Draft,
                OWNER,
                false,
                only(&["edit", "clone", "submit", "cancel"]),
            ),
            (
                S::ChangesRequested,
                OWNER,
                false,
                only(&["edit", "clone", "submit", "cancel"]),
            ),
            (S::Submitted, OWNER, false, only(&["clone", "cancel"])),
            (
                S::Submitted,
                OWNER,
                true,
                only(&["clone", "cancel", "decide"]),
            ),
            (S::Submitted, PARTNER, false, only(&[])),
            // A decision is only for a submitted exchange.
            (
                S::Approved,
                COORDINATOR,
                true,
                only(&["edit", "clone", "cancel", "registrations"]),
            ),
            (S::Approved, PARTNER, false, only(&[])),
            (
                S::UnderWay,
                OWNER,
                false,
                only(&["clone", "cancel", "registrations"]),
            ),
            (S::Reported, OWNER, false, only(&["clone", "registrations"])),
            (S::Cancelled, COORDINATOR, false, only(&["clone"])),
            (S::Rejected, OWNER, false, only(&["clone"])),
        ];
        for (state, relation, decides_now, expected) in cases {
            assert_eq!(
                links(state, &relation, decides_now),
                expected,
                "{state:?} {relation:?} {decides_now}"
            );
        }
        assert!(!only(&[]).any());
    }
}
