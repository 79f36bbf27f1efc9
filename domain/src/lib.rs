//! What Utbyte knows: entities, one module per capability, and the rules between them.
//! Nothing here knows about GraphQL or HTTP.

pub mod accounts;
pub mod audit;
pub mod csv_files;
pub mod db;
pub mod directory;
pub mod entities;
pub mod error;
pub mod exchanges;
pub mod format;
pub mod funding;
pub mod geo;
pub mod i18n;
pub mod mail;
pub mod matching;
pub mod money;
pub mod notifications;
pub mod passwords;
pub mod principal;
pub mod privacy_notices;
pub mod rate_limit;
pub mod reference;
pub mod registrations;
pub mod reminders;
pub mod reporting;
pub mod retention;
pub mod seed;
pub mod services;
pub mod tokens;
pub mod types;

pub use error::{DomainError, DomainResult, FieldError};
pub use principal::{Principal, RequestMeta};
pub use services::{AccountSettings, Services};
