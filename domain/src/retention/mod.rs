//! Retention of personal data: a schedule per data category (defaults in configuration,
//! periods of their own per municipality), a daily job that removes or anonymises what is
//! due, and the restricted state in which a person's data is kept but not processed.
//! The rules are plain functions in `rules`.
pub mod job;
pub mod restriction;
pub mod rules;
pub mod schedule;
