//! Partner matching: scores, ranked searches and matching rounds solved exactly.
pub mod assignment;
