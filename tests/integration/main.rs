//! The one integration test binary: every test spawns a real service with its own database.
mod abuse;
mod accounts;
mod browser_smoke;
mod consent_browser;
mod directory;
mod exchanges;
mod funding;
mod hostile;
mod http;
mod matching;
mod matrix;
mod notifications;
mod pages;
mod registrations;
mod registrations_matrix;
mod reporting;
mod schema;
