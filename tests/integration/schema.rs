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
