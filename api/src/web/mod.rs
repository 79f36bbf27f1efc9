//! Everything HTTP that is not GraphQL: the pages e-mailed links open, one module per area.
pub mod account;
pub mod consent;
