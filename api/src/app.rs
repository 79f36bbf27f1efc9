//! Building and running the service.
use std::{net::SocketAddr, sync::Arc, time::Instant};

use sea_orm::{ConnectionTrait, DbBackend, TransactionTrait};
use sea_orm_migration::MigratorTrait;
use secrecy::ExposeSecret;
use tokio::{net::TcpListener, sync::watch};
use utbyte_domain::{Services, db, passwords::PasswordHashing};
use utbyte_migrations::Migrator;

use crate::{
    config::Settings,
    graphql::{self, AppSchema},
    http,
    mail_worker::MailWorker,
};

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub services: Services,
    pub schema: AppSchema,
}

/// Connects (creating the SQLite file's folder if needed) and applies pending migrations.
pub async fn connect_and_migrate(
    settings: &Settings,
) -> anyhow::Result<sea_orm::DatabaseConnection> {
    if let Some(path) = settings
        .database_url
        .expose_secret()
        .strip_prefix("sqlite://")
        .map(|rest| rest.split('?').next().unwrap_or(rest))
        && let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the database folder {}: {e}",
                parent.display()
            )
        })?;
    }
    let db = connect(settings, settings.database_max_connections).await?;
    migrate(&db).await?;
    Ok(db)
}

/// Key of the PostgreSQL advisory lock held while migrating.
const MIGRATION_LOCK: i64 = 0x7574_6279_7465; // "utbyte"

/// Applies pending migrations and seeds the reference data. On PostgreSQL both happen in
/// one transaction under an advisory lock, so instances starting at once take turns
/// instead of racing each other's migrations.
pub async fn migrate(db: &sea_orm::DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        Migrator::up(db, None).await?;
        return seed(db).await;
    }
    let txn = db.begin().await?;
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await?;
    Migrator::up(&txn, None).await?;
    seed(&txn).await?;
    txn.commit().await?;
    Ok(())
}

async fn seed(db: &impl ConnectionTrait) -> anyhow::Result<()> {
    utbyte_domain::funding::store::seed(db).await?;
    utbyte_domain::registrations::consent::seed_texts(db).await?;
    Ok(())
}

/// Connects to the configured database; a failure names the server, never the password.
pub async fn connect(
    settings: &Settings,
    max_connections: u32,
) -> anyhow::Result<sea_orm::DatabaseConnection> {
    db::connect(settings.database_url.expose_secret(), max_connections)
        .await
        .map_err(|error| {
            anyhow::anyhow!(
                "cannot connect to the {}: {}",
                settings.database_label(),
                settings.without_database_secrets(&error.to_string())
            )
        })
}

impl AppState {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = connect_and_migrate(&settings).await?;
        Ok(Self::with_database(settings, db))
    }

    /// Builds on a connection made (and migrated) by the caller, e.g. one that counts
    /// statements in tests.
    pub fn with_database(settings: Settings, db: sea_orm::DatabaseConnection) -> Self {
        let services = Services::new(
            db,
            settings.account_settings(),
            PasswordHashing::for_this_machine(),
        );
        Self {
            schema: graphql::build_schema(settings.introspection_enabled()),
            settings: Arc::new(settings),
            services,
        }
    }

    /// Starts the background work of the service: the mail worker and housekeeping.
    pub fn spawn_background(&self, shutdown: watch::Receiver<bool>) -> anyhow::Result<()> {
        let worker = MailWorker::new(
            &self.settings,
            self.services.db.clone(),
            self.services.mail_queued.clone(),
        )?;
        tokio::spawn(worker.run(shutdown.clone()));
        tokio::spawn(run_scheduler(
            self.services.clone(),
            std::time::Duration::from_secs(self.settings.scheduler_interval_secs.max(1)),
            shutdown,
        ));
        Ok(())
    }
}

/// Housekeeping on a timer: queues due reminders, trims rate-limit state, and once a day
/// (once the start-up delay has passed) runs the retention job. Safe to run in every
/// instance at once: the retention job runs when no run finished in the last 24 hours,
/// decided under a lock.
async fn run_scheduler(
    services: Services,
    every: std::time::Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    let started = Instant::now();
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = shutdown.changed() => break,
        }
        if let Err(error) = services.login_limiter.shrink().await {
            tracing::error!(%error, "dropping spent login budgets failed");
        }
        match utbyte_domain::reminders::enqueue_due(&services, chrono::Utc::now()).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!(queued, "reminders queued"),
            Err(error) => tracing::error!(%error, "scheduler pass failed"),
        }
        if started.elapsed() >= services.settings.retention_start_delay {
            match utbyte_domain::retention::job::run_if_due(&services, chrono::Utc::now()).await {
                Ok(None) => {}
                Ok(Some(run)) => {
                    let outcome = utbyte_domain::retention::job::Outcome::from_stored(&run);
                    tracing::info!(
                        run = %run.id,
                        removed = outcome.total_removed(),
                        "retention job ran"
                    );
                }
                Err(error) => tracing::error!(%error, "retention job failed"),
            }
        }
    }
}

/// Runs the service until SIGTERM or Ctrl-C.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let started = Instant::now();
    let state = AppState::build(settings).await?;
    let listener = TcpListener::bind(&state.settings.bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", state.settings.bind))?;
    let address = listener.local_addr()?;
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    state.spawn_background(shutdown_rx)?;
    let graphiql = state.settings.graphiql_enabled();
    let production = state.settings.is_production();
    let router = http::router(state);
    tracing::info!(%address, ready_in_ms = started.elapsed().as_millis() as u64, "ready");
    // In production every line on stdout is a JSON log line.
    if !production {
        println!("Utbyte is listening: open http://{address}/ in a browser to sign in");
        if graphiql {
            println!("GraphiQL (the API) is at http://{address}/graphql");
        }
    }
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    let _ = shutdown_tx.send(true);
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
