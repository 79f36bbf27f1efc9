//! The one place where the domain's names for fields become the argument paths a client
//! wrote. A field error's `field` is a path into the operation's arguments: the argument,
//! then input-object fields and list indexes (`input.titles[0].text`). Services name a few
//! fields by what they mean (`input.dates.to` for a date range parsed from `startDate` and
//! `endDate`); this table says where the client sent them.
const EXCHANGE_INPUT: &[&str] = &["createExchangeDraft", "updateExchange"];
const ACCOUNT_INPUT: &[&str] = &["register", "inviteUser"];

/// (the operations, the domain's name, the client's path); a list index is written `[]`.
const RENAMES: &[(&[&str], &str, &str)] = &[
    (EXCHANGE_INPUT, "input.dates.from", "input.startDate"),
    (EXCHANGE_INPUT, "input.dates.to", "input.endDate"),
    (&["cloneExchange"], "dates.from", "startDate"),
    (&["cloneExchange"], "dates.to", "endDate"),
    (ACCOUNT_INPUT, "email", "input.email"),
    (ACCOUNT_INPUT, "displayName", "input.displayName"),
    (&["register"], "password", "input.password"),
    // A step names its approver by a role or by a user: the error sits under the role.
    (&["setApprovalChain"], "steps[].approver", "steps[].role"),
];

/// The path in the arguments of `operation` of the field the domain calls `field`.
pub fn api_path(operation: &str, field: &str) -> String {
    let (shape, indexes) = split_indexes(field);
    RENAMES
        .iter()
        .find(|(operations, from, _)| *from == shape && operations.contains(&operation))
        .map_or_else(|| field.to_owned(), |(_, _, to)| fill_indexes(to, &indexes))
}

/// `steps[2].role` as (`steps[].role`, ["2"]).
fn split_indexes(path: &str) -> (String, Vec<&str>) {
    let mut shape = String::with_capacity(path.len());
    let mut indexes = Vec::new();
    let mut rest = path;
    while let Some((before, after)) = rest.split_once('[') {
        let Some((index, after)) = after.split_once(']') else {
            break;
        };
        shape.push_str(before);
        shape.push_str("[]");
        indexes.push(index);
        rest = after;
    }
    shape.push_str(rest);
    (shape, indexes)
}

/// Puts `indexes` into the `[]` of `shape`, in order.
fn fill_indexes(shape: &str, indexes: &[&str]) -> String {
    let mut parts = shape.split("[]");
    let mut path = parts.next().unwrap_or_default().to_owned();
    for (part, index) in parts.zip(indexes) {
        path.push_str(&format!("[{index}]{part}"));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_names_become_the_paths_a_client_wrote() {
        let cases = [
            ("createExchangeDraft", "input.dates.to", "input.endDate"),
            ("updateExchange", "input.dates.from", "input.startDate"),
            ("cloneExchange", "dates.to", "endDate"),
            ("register", "password", "input.password"),
            ("inviteUser", "email", "input.email"),
            ("setApprovalChain", "steps[3].approver", "steps[3].role"),
            // Names that are already paths stay as they are.
            ("setApprovalChain", "steps[3].dueDays", "steps[3].dueDays"),
            (
                "createExchangeDraft",
                "input.titles[1].text",
                "input.titles[1].text",
            ),
            ("createPartnerRequest", "input.dates.to", "input.dates.to"),
            ("changePassword", "newPassword", "newPassword"),
            ("acceptInvitation", "password", "password"),
        ];
        for (operation, field, expected) in cases {
            assert_eq!(api_path(operation, field), expected, "{operation}: {field}");
        }
    }

    #[test]
    fn a_rename_keeps_the_list_structure() {
        for (_, from, to) in RENAMES {
            assert_eq!(
                from.matches("[]").count(),
                to.matches("[]").count(),
                "{from}"
            );
        }
    }
}
