//! The command line: `serve` (the default), `migrate`, `create-admin`, `seed`, `schema`,
//! `hash-time`, `verify-audit`, `backup`.
use std::io::{BufRead, IsTerminal};

use clap::{Parser, Subcommand};
use sea_orm_migration::{MigratorTrait, sea_orm::DbErr};
use utbyte_domain::{Services, accounts, audit::chain, passwords::PasswordHashing};
use utbyte_migrations::Migrator;

use crate::{app, config::Settings, graphql};

#[derive(Parser)]
#[command(
    name = "utbyte",
    version,
    about = "International youth and school exchanges"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the service (the default).
    Serve,
    /// Apply, roll back or list database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Create an administrator. Reads the password from standard input when it is not a
    /// terminal; otherwise prints a one-time link to choose one.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Load data. `seed demo` loads Jönköping and Nässjö with their partnerships and
    /// fictional organisations to try matching with; running it again adds nothing.
    Seed {
        #[command(subcommand)]
        set: SeedSet,
    },
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Time one password check (argon2id with the service's parameters, on one core) and
    /// print the median in milliseconds: logins per second cannot exceed cores ÷ that.
    HashTime {
        #[arg(long, default_value_t = 20)]
        count: usize,
    },
    /// Walk the hash chains of the audit events and consent events: print what was checked
    /// and each chain's head, or the first broken link (and exit non-zero).
    VerifyAudit,
    /// Write a consistent copy of the SQLite database to a new file while the service runs,
    /// and verify the copy's audit chains. On PostgreSQL use pg_dump (see the README).
    Backup { file: std::path::PathBuf },
}

#[derive(Subcommand)]
pub enum SeedSet {
    /// Jönköping, Nässjö, their partner towns and fictional organisations.
    Demo,
}

#[derive(Subcommand)]
pub enum MigrateAction {
    /// Apply every pending migration.
    Up,
    /// Roll back the latest migration.
    Down,
    /// List applied and pending migrations.
    Status,
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let settings = Settings::load()?;
            crate::telemetry::init(&settings);
            app::serve(settings).await
        }
        Command::Schema => {
            print!("{}", graphql::sdl());
            Ok(())
        }
        Command::HashTime { count } => {
            let hashing = PasswordHashing::new(1);
            let mut times = Vec::with_capacity(count.max(1));
            for _ in 0..count.max(1) {
                let started = std::time::Instant::now();
                // Against the stand-in hash a missing account costs: the same parameters.
                hashing
                    .verify("a long passphrase of unrelated words", None)
                    .await
                    .map_err(describe)?;
                times.push(started.elapsed());
            }
            times.sort();
            let median = times[times.len() / 2];
            println!(
                "one password check: {:.2} ms (median of {})",
                median.as_secs_f64() * 1000.0,
                times.len()
            );
            Ok(())
        }
        Command::Migrate { action } => {
            let settings = Settings::load()?;
            let db = match action {
                // Creates the SQLite file's folder on a fresh machine, as `serve` does.
                MigrateAction::Up => app::connect_and_migrate(&settings).await?,
                _ => app::connect(&settings, 1).await?,
            };
            match action {
                MigrateAction::Up => println!("migrations applied, reference data seeded"),
                MigrateAction::Down => {
                    // A refusal names the data in the way and has changed nothing.
                    Migrator::down(&db, Some(1))
                        .await
                        .map_err(|error| match error {
                            DbErr::Migration(reason) => anyhow::anyhow!(reason),
                            other => anyhow::anyhow!("rolling back the latest migration: {other}"),
                        })?;
                    println!("latest migration rolled back");
                }
                MigrateAction::Status => {
                    for migration in Migrator::get_applied_migrations(&db).await? {
                        println!("applied  {}", migration.name());
                    }
                    for migration in Migrator::get_pending_migrations(&db).await? {
                        println!("pending  {}", migration.name());
                    }
                }
            }
            Ok(())
        }
        Command::VerifyAudit => {
            let settings = Settings::load()?;
            let db = app::connect(&settings, 1).await?;
            println!("{}", verify_audit(&db).await?);
            Ok(())
        }
        Command::Backup { file } => {
            let settings = Settings::load()?;
            let db = app::connect(&settings, 1).await?;
            println!("{}", backup(&db, &file).await?);
            Ok(())
        }
        Command::Seed { set: SeedSet::Demo } => {
            let settings = Settings::load()?;
            let db = app::connect_and_migrate(&settings).await?;
            let report = utbyte_domain::seed::demo(&db).await.map_err(describe)?;
            println!(
                "demo data: {} towns, {} municipalities, {} partnerships, {} organisations, \
                 {} partner requests, {} completed exchanges added",
                report.towns,
                report.municipalities,
                report.partnerships,
                report.organisations,
                report.requests,
                report.completed_exchanges
            );
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let settings = Settings::load()?;
            let db = app::connect_and_migrate(&settings).await?;
            let services = Services::new(db, settings.account_settings(), PasswordHashing::new(1));
            let stdin = std::io::stdin();
            let password = if stdin.is_terminal() {
                None
            } else {
                let mut line = String::new();
                stdin.lock().read_line(&mut line)?;
                let line = line.trim_end_matches(['\r', '\n']).to_owned();
                (!line.is_empty()).then_some(line)
            };
            let created = accounts::create_admin(&services, &email, &name, password.as_deref())
                .await
                .map_err(describe)?;
            println!("administrator {} created", created.email);
            if let Some(link) = created.set_password_link {
                println!("choose a password within 24 hours: {link}");
            }
            Ok(())
        }
    }
}

/// What `verify-audit` prints for intact chains, one line each; a broken link is the error.
pub async fn verify_audit(db: &sea_orm::DatabaseConnection) -> anyhow::Result<String> {
    match chain::verify(db).await.map_err(describe)? {
        Ok(summaries) => Ok(summaries
            .iter()
            .map(|s| {
                format!(
                    "{}: intact, {} rows and {} tombstones of deleted rows checked; head {} {}",
                    s.chain.code(),
                    s.rows,
                    s.tombstones,
                    s.head_seq,
                    s.head_hash
                )
            })
            .collect::<Vec<_>>()
            .join("\n")),
        Err(broken) => Err(anyhow::anyhow!(
            "{}: first broken link at {}{}: {}",
            broken.chain.code(),
            broken.seq.map_or_else(
                || "a row without a place".to_owned(),
                |seq| format!("place {seq}")
            ),
            broken
                .row
                .map(|id| format!(" (row {id})"))
                .unwrap_or_default(),
            broken.problem.describe()
        )),
    }
}

/// Copies the SQLite database to `file` in one read transaction (`VACUUM INTO`: every write
/// committed before it began, none after, while writers go on), then walks the copy's audit
/// chains. Returns what to keep in the backup log: the file, its size and the chains' heads.
pub async fn backup(
    db: &sea_orm::DatabaseConnection,
    file: &std::path::Path,
) -> anyhow::Result<String> {
    use sea_orm::ConnectionTrait;
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        anyhow::bail!(
            "this database is PostgreSQL: back it up with pg_dump (README, \"Backups and restore\")"
        );
    }
    if file.exists() {
        anyhow::bail!("{} exists already: name a new file", file.display());
    }
    let path = file
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("{} is not a UTF-8 path", file.display()))?;
    db.execute_unprepared(&format!("VACUUM INTO '{}'", path.replace('\'', "''")))
        .await
        .map_err(|error| anyhow::anyhow!("writing {}: {error}", file.display()))?;
    let copy = sea_orm::Database::connect(format!("sqlite://{path}?mode=ro")).await?;
    let chains = verify_audit(&copy).await;
    copy.close().await?;
    let size = std::fs::metadata(file)?.len();
    Ok(format!(
        "backup written to {} ({size} bytes)\n{}",
        file.display(),
        chains.map_err(|broken| anyhow::anyhow!("the copy's audit chains: {broken}"))?
    ))
}

/// Turns a domain error into a message for a person at a terminal.
fn describe(error: utbyte_domain::DomainError) -> anyhow::Error {
    use utbyte_domain::DomainError;
    match error {
        DomainError::Validation(fields) => anyhow::anyhow!(
            "{}",
            fields
                .iter()
                .map(|f| format!("{}: {}", f.field, f.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => anyhow::anyhow!("{other}"),
    }
}
