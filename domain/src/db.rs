//! Connecting to the database and starting write transactions.
use std::time::Duration;

use sea_orm::{
    AccessMode, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, IsolationLevel, SqliteTransactionMode, TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous},
};

/// The longest a request waits for a connection: while the database cannot be reached,
/// requests fail fast (the API answers SERVICE_UNAVAILABLE) instead of hanging.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// Connects with the settings the product relies on: on SQLite WAL, foreign keys, a busy
/// timeout and `synchronous=FULL` (registrations and consents must survive a power cut).
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        options.map_sqlx_sqlite_opts(|opts: SqliteConnectOptions| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(WRITE_LOCK_WAIT)
                .synchronous(SqliteSynchronous::Full)
        });
    }
    Database::connect(options).await
}

/// How long a write waits for the one before it (SQLite's busy timeout, PostgreSQL's wait for
/// the write lock).
const WRITE_LOCK_WAIT: Duration = Duration::from_secs(10);

/// Begins a transaction that will write. On SQLite it starts IMMEDIATE: a deferred one that
/// reads and then writes fails with "database is locked" instead of waiting its turn. On
/// PostgreSQL it first takes the lock of the audit and consent hash chains (`audit::chain`):
/// before any other lock, so that appending to a chain can never be part of a deadlock.
/// Write transactions therefore run one at a time on both databases.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = match db.get_database_backend() {
        DbBackend::Sqlite => TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        },
        _ => TransactionOptions::default(),
    };
    let txn = db.begin_with_options(options).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        // Waiting gives up after as long as SQLite's busy timeout: a stuck writer fails the
        // others' requests instead of holding every pooled connection.
        txn.execute_unprepared(&format!(
            "SET LOCAL lock_timeout = '{}s'; SELECT pg_advisory_xact_lock({})",
            WRITE_LOCK_WAIT.as_secs(),
            crate::audit::chain::CHAIN_LOCK
        ))
        .await?;
    }
    Ok(txn)
}

/// One snapshot for several reads: on PostgreSQL a repeatable-read, read-only transaction; on
/// SQLite a deferred one (a read transaction sees one snapshot of the WAL).
pub async fn begin_read(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = match db.get_database_backend() {
        DbBackend::Postgres => TransactionOptions {
            isolation_level: Some(IsolationLevel::RepeatableRead),
            access_mode: Some(AccessMode::ReadOnly),
            ..Default::default()
        },
        _ => TransactionOptions::default(),
    };
    db.begin_with_options(options).await
}
