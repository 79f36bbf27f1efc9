//! The Utbyte process: configuration, HTTP and GraphQL, the mail worker and the CLI.
pub mod app;
pub mod cli;
pub mod config;
pub mod graphql;
pub mod http;
pub mod mail_worker;
pub mod telemetry;
pub mod web;
