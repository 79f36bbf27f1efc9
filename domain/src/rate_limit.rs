//! Login attempt limits per account and per client address. Every login attempt counts,
//! however many of them one GraphQL document or batch carries.
use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::{DomainError, DomainResult};

#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    /// Attempts allowed per account in `window`.
    pub per_account: u32,
    /// Attempts allowed per client address in `window`.
    pub per_address: u32,
    pub window: Duration,
}

pub struct LoginRateLimiter {
    by_account: DefaultKeyedRateLimiter<String>,
    by_address: DefaultKeyedRateLimiter<IpAddr>,
    window: Duration,
}

fn quota(attempts: u32, window: Duration) -> Quota {
    let attempts = NonZeroU32::new(attempts.max(1)).expect("max(1) is non-zero");
    Quota::with_period(window / attempts.get())
        .expect("a non-zero window")
        .allow_burst(attempts)
}

impl LoginRateLimiter {
    pub fn new(limits: LoginLimits) -> Self {
        Self {
            by_account: RateLimiter::keyed(quota(limits.per_account, limits.window)),
            by_address: RateLimiter::keyed(quota(limits.per_address, limits.window)),
            window: limits.window,
        }
    }

    /// Takes one attempt from both budgets, or refuses when either is spent.
    pub fn check(&self, account: &str, address: Option<IpAddr>) -> DomainResult<()> {
        let refused = DomainError::RateLimited {
            retry_after_secs: self.window.as_secs().max(1),
        };
        if let Some(address) = address
            && self.by_address.check_key(&address).is_err()
        {
            return Err(refused);
        }
        if self.by_account.check_key(&account.to_owned()).is_err() {
            return Err(refused);
        }
        Ok(())
    }

    /// Drops state for keys that are back to a full budget; called periodically.
    pub fn shrink(&self) {
        self.by_account.retain_recent();
        self.by_address.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_and_address_budgets_are_separate() {
        let limiter = LoginRateLimiter::new(LoginLimits {
            per_account: 3,
            per_address: 5,
            window: Duration::from_secs(600),
        });
        let here: IpAddr = "127.0.0.1".parse().unwrap();
        for _ in 0..3 {
            limiter.check("anna@example.se", Some(here)).unwrap();
        }
        assert!(matches!(
            limiter.check("anna@example.se", Some(here)),
            Err(DomainError::RateLimited { .. })
        ));
        // Another account from the same address still has the address budget left (5 - 4 = 1).
        limiter.check("bo@example.se", Some(here)).unwrap();
        assert!(limiter.check("cecilia@example.se", Some(here)).is_err());
        // The same new account from another address is fine.
        limiter
            .check("cecilia@example.se", "10.0.0.1".parse().ok())
            .unwrap();
    }
}
