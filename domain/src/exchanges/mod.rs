//! Exchange proposals and the approval workflow: drafting and editing, the approval chain,
//! the life of an approved exchange. The transitions, risk levels and the checklist are plain
//! functions in `rules`.
pub mod access;
pub mod approvals;
pub mod attachment_rules;
pub mod attachments;
pub mod lifecycle;
pub mod proposals;
pub mod report;
pub mod review;
pub mod rules;
