//! Structured logs: readable lines in development, JSON in production. Colour codes only
//! when the output is a terminal.
use std::io::IsTerminal;

use tracing::Subscriber;
use tracing_subscriber::{
    EnvFilter,
    fmt::{self, MakeWriter},
    prelude::*,
};

use crate::config::{LogFormat, Settings};

pub fn init(settings: &Settings) {
    let ansi = std::io::stdout().is_terminal();
    // A second init (as in tests) keeps the first subscriber.
    let _ = subscriber(settings, std::io::stdout, ansi).try_init();
}

/// The subscriber `init` installs, writing to `writer`, with colour codes only if `ansi`.
pub fn subscriber<W>(settings: &Settings, writer: W, ansi: bool) -> impl Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let format = settings.log_format.unwrap_or(if settings.is_production() {
        LogFormat::Json
    } else {
        LogFormat::Pretty
    });
    let layer = match format {
        LogFormat::Json => fmt::layer()
            .with_writer(writer)
            .with_ansi(ansi)
            .json()
            .flatten_event(true)
            .boxed(),
        LogFormat::Pretty => fmt::layer()
            .with_writer(writer)
            .with_ansi(ansi)
            .compact()
            .boxed(),
    };
    tracing_subscriber::registry().with(filter).with(layer)
}
