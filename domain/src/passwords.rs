//! Password policy and hashing (argon2id, the crate's OWASP-minimum defaults).
use std::sync::{Arc, LazyLock, Mutex};

use argon2::{
    Algorithm, Argon2, Block, Params, Version,
    password_hash::phc::{Output, ParamsString, PasswordHash, Salt},
};

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

/// Runs argon2 on a fixed set of hashing threads, one per core. The set bounds how many
/// hashes run at once (a burst of logins queues instead of starving the async workers),
/// each thread reuses one 19 MiB work area instead of allocating it per hash (allocating
/// per hash left the allocator holding hundreds of MiB after a login burst), and the
/// threads run at a lower CPU priority, so requests that need no hash stay fast while
/// logins saturate the cores.
#[derive(Clone)]
pub struct PasswordHashing {
    jobs: tokio::sync::mpsc::Sender<Job>,
}

type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

/// A hash of a random password, verified against when the account is unknown so that
/// an unknown e-mail costs the same time as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut memory = Vec::new();
    hash_with(&mut memory, crate::tokens::mint().secret.as_bytes())
        .expect("argon2 hashes a 64-byte password")
});

/// Nice value of the hashing threads. Request handling wins the cores when it needs them
/// (a login burst barely moves other requests' latency), yet logins still get a share of
/// a busy machine: the idle scheduling class measured no better and could starve them.
const HASHING_NICENESS: i32 = 10;

fn lower_this_threads_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; on Linux, PRIO_PROCESS with
    // id 0 changes the nice value of the calling thread alone.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, HASHING_NICENESS);
    }
}

fn memory_for<'a>(memory: &'a mut Vec<Block>, params: &Params) -> &'a mut [Block] {
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    &mut memory[..blocks]
}

/// Hashes with the default (OWASP minimum) parameters into a PHC string.
fn hash_with(
    memory: &mut Vec<Block>,
    password: &[u8],
) -> Result<String, argon2::password_hash::Error> {
    let params = Params::default();
    let mut salt = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut salt);
    let mut output = [0u8; Params::DEFAULT_OUTPUT_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(
            password,
            &salt,
            &mut output,
            memory_for(memory, &params),
        )?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(Salt::new(&salt)?),
        hash: Some(Output::new(&output)?),
    }
    .to_string())
}

/// Verifies `password` against a PHC string with the parameters stored in it.
fn verify_with(memory: &mut Vec<Block>, password: &[u8], stored: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (
        Algorithm::try_from(hash.algorithm.as_str()),
        Params::try_from(&hash),
    ) else {
        return false;
    };
    let version = hash
        .version
        .map_or(Ok(Version::default()), Version::try_from)
        .unwrap_or_default();
    let mut computed = vec![0u8; expected.len()];
    let hashed = Argon2::new(algorithm, version, params.clone()).hash_password_into_with_memory(
        password,
        salt.as_ref(),
        &mut computed,
        memory_for(memory, &params),
    );
    // Output's equality is constant-time.
    hashed.is_ok() && Output::new(&computed).is_ok_and(|computed| &computed == expected)
}

impl PasswordHashing {
    pub fn new(threads: usize) -> Self {
        LazyLock::force(&DUMMY_HASH);
        let threads = threads.max(1);
        let (jobs, queue) = tokio::sync::mpsc::channel::<Job>(1024);
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    lower_this_threads_priority();
                    let mut memory = Vec::new();
                    loop {
                        // The lock is held only while waiting for the next job.
                        let job = match queue.lock() {
                            Ok(mut queue) => queue.blocking_recv(),
                            Err(_) => return,
                        };
                        match job {
                            Some(job) => job(&mut memory),
                            None => return, // every sender dropped: shut down
                        }
                    }
                })
                .expect("spawn a hashing thread");
        }
        Self { jobs }
    }

    pub fn for_this_machine() -> Self {
        Self::new(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    pub async fn hash(&self, password: &NewPassword) -> DomainResult<String> {
        let password = password.expose().to_owned();
        self.run(move |memory| {
            hash_with(memory, password.as_bytes())
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
            .run(move |memory| Ok(verify_with(memory, password.as_bytes(), &stored)))
            .await?;
        Ok(known && matches)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> anyhow::Result<T> + Send + 'static,
    ) -> DomainResult<T> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |memory| {
            // The request gave up (timed out, disconnected): spare the hash.
            if !reply.is_closed() {
                let _ = reply.send(work(memory));
            }
        });
        self.jobs
            .send(job)
            .await
            .map_err(|_| anyhow::anyhow!("hashing threads stopped"))?;
        answer
            .await
            .map_err(|_| anyhow::anyhow!("hashing thread dropped the job"))?
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
