#[test]
fn checked_in_schema_matches_the_code() {
    let live = utbyte_api::graphql::sdl();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        live == checked_in,
        "schema.graphql is out of date with the code.\n\
         If the change to the public API is intended, update it with:\n\n    \
         cargo run -q -- schema > schema.graphql\n"
    );
}

/// Query fields that return a plain list because the data bounds it, each with the reason.
/// Every other list is a connection, read page by page, so no list stops silently.
const BOUNDED_LISTS: &[(&str, &str)] = &[
    (
        "privacyNotices",
        "one municipality's privacy notice versions, a handful over the years",
    ),
    (
        "municipalities",
        "the country's municipalities, a few hundred at most",
    ),
    (
        "towns",
        "the directory's towns, reference data kept by administrators",
    ),
    (
        "myApprovalQueue",
        "the exchanges waiting for one person's decision",
    ),
    ("approvalChain", "the steps of one municipality's chain"),
    ("fundingRates", "one rate table of one action and call year"),
    ("fundingCallYears", "the call years of one action"),
    ("fundingCountries", "the countries of one call year"),
    ("fundingCallDeadlines", "the deadlines of one call year"),
    ("eligibility", "the rules of one funding action"),
    ("eligibilityForPlan", "the rules of one funding action"),
    (
        "matchSuggestions",
        "the suggestions of one organisation's matching rounds",
    ),
    (
        "exchangeRegistrations",
        "one exchange's places and waiting list",
    ),
    ("retentionSchedule", "the fixed set of retention categories"),
    (
        "retentionRuns",
        "at most `first` (1 to 100), as its description says",
    ),
];

#[test]
fn every_query_list_is_a_connection_or_bounded_by_its_data() {
    use async_graphql::parser::types::BaseType;

    let lists: Vec<String> = utbyte_tests::schema_root("Query")
        .into_iter()
        .filter(|field| matches!(field.ty.node.base, BaseType::List(_)))
        .map(|field| field.name.node.to_string())
        .collect();
    let unbounded: Vec<&String> = lists
        .iter()
        .filter(|name| !BOUNDED_LISTS.iter().any(|(allowed, _)| allowed == name))
        .collect();
    assert!(
        unbounded.is_empty(),
        "these Query fields return a plain list: make each a connection (`first`/`after`, \
         like `notifications`) or add it to BOUNDED_LISTS with the reason its data is \
         bounded: {unbounded:?}"
    );
    let stale: Vec<&str> = BOUNDED_LISTS
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !lists.iter().any(|list| list == name))
        .collect();
    assert!(
        stale.is_empty(),
        "not plain lists of Query any more: {stale:?}"
    );
}
