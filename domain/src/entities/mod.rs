//! sea-orm entities, one per table. GraphQL types convert from these explicitly in `api`.
pub mod audit_events;
pub mod link_tokens;
pub mod notifications;
pub mod outbox_emails;
pub mod role_assignments;
pub mod sessions;
pub mod users;
