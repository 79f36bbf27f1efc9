//! Login attempt limits per account and per client address. Every login attempt counts,
//! however many of them one GraphQL document or batch carries.
//!
//! On SQLite (one instance) the budgets live in this process. On PostgreSQL, where several
//! instances serve one database, they live in the database (`login_attempts`), so the
//! limits hold across instances and restarts: one upsert per budget and attempt.
use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use chrono::Utc;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use sha2::{Digest, Sha256};

use crate::error::{DomainError, DomainResult};

#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    /// Attempts allowed per account in `window`.
    pub per_account: u32,
    /// Attempts allowed per client address in `window`.
    pub per_address: u32,
    pub window: Duration,
}

pub enum LoginRateLimiter {
    /// Token buckets in memory: a burst of the limit, refilled over the window.
    InProcess {
        by_account: DefaultKeyedRateLimiter<String>,
        by_address: DefaultKeyedRateLimiter<IpAddr>,
        window: Duration,
    },
    /// A count per budget and fixed window in the database, shared by every instance.
    Shared {
        db: DatabaseConnection,
        limits: LoginLimits,
    },
}

fn quota(attempts: u32, window: Duration) -> Quota {
    let attempts = NonZeroU32::new(attempts.max(1)).expect("max(1) is non-zero");
    Quota::with_period(window / attempts.get())
        .expect("a non-zero window")
        .allow_burst(attempts)
}

/// Counts one attempt on a budget and returns the attempts in its current window: a new
/// window starts once the last one is `window` old.
const COUNT_ATTEMPT: &str = "INSERT INTO login_attempts (key, window_start, attempts) \
     VALUES ($1, $2, 1) ON CONFLICT (key) DO UPDATE SET \
     attempts = CASE WHEN login_attempts.window_start <= $3 THEN 1 \
                     ELSE login_attempts.attempts + 1 END, \
     window_start = CASE WHEN login_attempts.window_start <= $3 THEN EXCLUDED.window_start \
                         ELSE login_attempts.window_start END \
     RETURNING attempts";

/// A budget's key as stored: a hash, so the table names no address or account.
fn budget_key(kind: &str, value: &str) -> String {
    hex::encode(Sha256::digest(format!("{kind}:{value}").as_bytes()))
}

impl LoginRateLimiter {
    /// The limiter for `db`: shared through the database on PostgreSQL, in this process
    /// on SQLite.
    pub fn for_database(db: &DatabaseConnection, limits: LoginLimits) -> Self {
        match db.get_database_backend() {
            DbBackend::Postgres => Self::Shared {
                db: db.clone(),
                limits,
            },
            _ => Self::new(limits),
        }
    }

    /// A limiter in this process.
    pub fn new(limits: LoginLimits) -> Self {
        Self::InProcess {
            by_account: RateLimiter::keyed(quota(limits.per_account, limits.window)),
            by_address: RateLimiter::keyed(quota(limits.per_address, limits.window)),
            window: limits.window,
        }
    }

    /// Takes one attempt from both budgets, or refuses when either is spent.
    pub async fn check(&self, account: &str, address: Option<IpAddr>) -> DomainResult<()> {
        match self {
            Self::InProcess {
                by_account,
                by_address,
                window,
            } => {
                let spent = address.is_some_and(|address| by_address.check_key(&address).is_err())
                    || by_account.check_key(&account.to_owned()).is_err();
                if spent { Err(refused(*window)) } else { Ok(()) }
            }
            Self::Shared { db, limits } => {
                if let Some(address) = address
                    && count(db, limits, &budget_key("address", &address.to_string())).await?
                        > limits.per_address
                {
                    return Err(refused(limits.window));
                }
                if count(db, limits, &budget_key("account", account)).await? > limits.per_account {
                    return Err(refused(limits.window));
                }
                Ok(())
            }
        }
    }

    /// Drops budgets that are back to full; called periodically.
    pub async fn shrink(&self) -> DomainResult<()> {
        match self {
            Self::InProcess {
                by_account,
                by_address,
                ..
            } => {
                by_account.retain_recent();
                by_address.retain_recent();
            }
            Self::Shared { db, limits } => {
                db.execute_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "DELETE FROM login_attempts WHERE window_start <= $1",
                    [window_cutoff(limits).into()],
                ))
                .await?;
            }
        }
        Ok(())
    }
}

fn refused(window: Duration) -> DomainError {
    DomainError::RateLimited {
        retry_after_secs: window.as_secs().max(1),
    }
}

fn window_cutoff(limits: &LoginLimits) -> chrono::DateTime<Utc> {
    Utc::now() - chrono::Duration::from_std(limits.window).unwrap_or(chrono::Duration::MAX)
}

async fn count(db: &DatabaseConnection, limits: &LoginLimits, key: &str) -> DomainResult<u32> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            COUNT_ATTEMPT,
            [key.into(), Utc::now().into(), window_cutoff(limits).into()],
        ))
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no attempt count")))?;
    let attempts: i32 = row.try_get("", "attempts")?;
    Ok(u32::try_from(attempts).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn account_and_address_budgets_are_separate() {
        let limiter = LoginRateLimiter::new(LoginLimits {
            per_account: 3,
            per_address: 5,
            window: Duration::from_secs(600),
        });
        let here: IpAddr = "127.0.0.1".parse().unwrap();
        for _ in 0..3 {
            limiter.check("anna@example.se", Some(here)).await.unwrap();
        }
        assert!(matches!(
            limiter.check("anna@example.se", Some(here)).await,
            Err(DomainError::RateLimited { .. })
        ));
        // Another account from the same address still has the address budget left (5 - 4 = 1).
        limiter.check("bo@example.se", Some(here)).await.unwrap();
        assert!(
            limiter
                .check("cecilia@example.se", Some(here))
                .await
                .is_err()
        );
        // The same new account from another address is fine.
        limiter
            .check("cecilia@example.se", "10.0.0.1".parse().ok())
            .await
            .unwrap();
    }
}
