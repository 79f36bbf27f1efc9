//! Everything HTTP that is not GraphQL: one extractor for request metadata (`edge`), one
//! mapping from domain errors to pages (`errors`, shared with GraphQL and its WebSocket), and
//! one module per area.
pub mod account;
pub mod consent;
pub mod edge;
pub mod errors;
