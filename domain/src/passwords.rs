//! Password policy and hashing (argon2id, the crate's OWASP-minimum defaults).
use std::sync::{Arc, LazyLock};

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

use crate::error::{DomainError, DomainResult, FieldError};

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 128;

/// A password that met the policy. It has no `Display` or `Debug` that could leak it.
pub struct NewPassword(String);

impl NewPassword {
    /// `context` holds words a guesser would try first (the e-mail, the name).
    pub fn parse(field: &str, raw: &str, context: &[&str]) -> Result<Self, FieldError> {
        let chars = raw.chars().count();
        if chars < MIN_LEN {
            return Err(FieldError::new(
                field,
                "too_short",
                "must be at least 12 characters",
            ));
        }
        if chars > MAX_LEN {
            return Err(FieldError::new(
                field,
                "too_long",
                "must be at most 128 characters",
            ));
        }
        if (zxcvbn::zxcvbn(raw, context).score() as u8) < 3 {
            return Err(FieldError::new(
                field,
                "too_weak",
                "is too easy to guess: use more unrelated words",
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Runs argon2 on the blocking pool, at most one hash per core at a time, so that a burst
/// of logins queues instead of starving the async workers.
#[derive(Clone)]
pub struct PasswordHashing {
    permits: Arc<Semaphore>,
}

/// A hash of a random password, verified against when the account is unknown so that
/// an unknown e-mail costs the same time as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    Argon2::default()
        .hash_password(crate::tokens::mint().secret.as_bytes())
        .expect("argon2 hashes a 64-byte password")
        .to_string()
});

impl PasswordHashing {
    pub fn new(concurrency: usize) -> Self {
        LazyLock::force(&DUMMY_HASH);
        Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
        }
    }

    pub fn for_this_machine() -> Self {
        Self::new(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    pub async fn hash(&self, password: &NewPassword) -> DomainResult<String> {
        let password = password.expose().to_owned();
        self.run(move || {
            Argon2::default()
                .hash_password(password.as_bytes())
                .map(|hash| hash.to_string())
                .map_err(|e| anyhow::anyhow!("argon2 hash failed: {e}"))
        })
        .await
    }

    /// Verifies `password` against `stored`, or against the dummy hash when there is none.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> DomainResult<bool> {
        let known = stored.is_some();
        let stored = stored.unwrap_or(DUMMY_HASH.as_str()).to_owned();
        let password = password.to_owned();
        let matches = self
            .run(move || {
                Ok(Argon2::default()
                    .verify_password(password.as_bytes(), stored.as_str())
                    .is_ok())
            })
            .await?;
        Ok(known && matches)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
    ) -> DomainResult<T> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| anyhow::anyhow!("hashing semaphore closed: {e}"))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| anyhow::anyhow!("hashing task failed: {e}"))?
            .map_err(DomainError::Internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        let cases = [
            ("short", Some("too_short")),
            ("aaaaaaaaaaaa", Some("too_weak")),
            ("password1234", Some("too_weak")),
            ("correct horse battery staple", None),
            ("Vänort-Bodø-sommarläger-2026", None),
        ];
        for (raw, expected) in cases {
            let result = NewPassword::parse("password", raw, &[]);
            assert_eq!(result.err().map(|e| e.code), expected, "{raw}");
        }
        let long = "x".repeat(129);
        assert_eq!(
            NewPassword::parse("p", &long, &[]).err().unwrap().code,
            "too_long"
        );
    }

    #[test]
    fn context_words_weaken_a_password() {
        let raw = "annaberg@example.se";
        assert_eq!(
            NewPassword::parse("p", raw, &["annaberg@example.se"])
                .err()
                .unwrap()
                .code,
            "too_weak"
        );
    }

    #[tokio::test]
    async fn hash_and_verify() {
        let hashing = PasswordHashing::new(2);
        let password = NewPassword::parse("p", "correct horse battery staple", &[]).unwrap();
        let hash = hashing.hash(&password).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            hashing
                .verify("correct horse battery staple", Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !hashing
                .verify("wrong horse battery staple", Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !hashing
                .verify("correct horse battery staple", None)
                .await
                .unwrap()
        );
    }
}
