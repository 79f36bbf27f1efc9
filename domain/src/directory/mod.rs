//! The directory: municipalities and towns, partnerships, organisations and their members,
//! partner requests, and the reciprocity ledger of completed exchanges.
pub mod ledger;
pub mod organisations;
pub mod partnerships;
pub mod places;
pub mod requests;
pub mod rules;
pub mod types;
