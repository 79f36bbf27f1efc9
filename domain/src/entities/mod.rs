//! sea-orm entities, one per table. GraphQL types convert from these explicitly in `api`.
pub mod audit_events;
pub mod completed_exchanges;
pub mod link_tokens;
pub mod match_rounds;
pub mod match_suggestions;
pub mod municipalities;
pub mod notifications;
pub mod organisations;
pub mod outbox_emails;
pub mod partner_requests;
pub mod partnerships;
pub mod role_assignments;
pub mod sessions;
pub mod towns;
pub mod users;
