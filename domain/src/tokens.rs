//! Opaque bearer secrets: 256 random bits handed out once; only their SHA-256 is stored.
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A freshly minted secret and the hash under which it is stored.
pub struct NewToken {
    pub secret: String,
    pub hash: String,
}

pub fn mint() -> NewToken {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    let hash = hash(&secret);
    NewToken { secret, hash }
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Cheap shape check before any database work: 64 lower-case hex digits.
pub fn looks_valid(secret: &str) -> bool {
    secret.len() == 64
        && secret
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_256_bit_and_hash_consistently() {
        let a = mint();
        let b = mint();
        assert_ne!(a.secret, b.secret);
        assert_eq!(a.secret.len(), 64);
        assert!(looks_valid(&a.secret));
        assert_eq!(hash(&a.secret), a.hash);
        assert_ne!(a.hash, a.secret);
        assert!(!looks_valid("zz"));
        assert!(!looks_valid(&a.secret.to_uppercase()));
    }
}
