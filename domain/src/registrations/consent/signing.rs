//! How a giver signs a consent: the one place a signing method lives.
//!
//! Today a guardian signs by typing their full name, as on a paper form. A stronger method
//! plugs in here as another `Signature` variant, checked in [`Signature::verify`] before the
//! consent is written, with its method recorded on every consent event
//! (`consent_events.signing_method`) beside the typed name. Swedish BankID, for instance,
//! would add a variant carrying the completed order (its `orderRef`, the signed
//! `userVisibleData` with the consent text's SHA-256, and the `completionData` with the
//! signer's personal identity number and the signature), verified against the BankID
//! relying-party service; eIDAS would do the same with a qualified signature. README,
//! "Signing a consent", lists what such an integration needs.
use super::*;

crate::code_enum! {
    /// How a consent event was signed.
    pub enum SigningMethod {
        /// The giver typed their full name.
        TypedName = "typed_name",
    }
}

/// A giver's signature as the consent form carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    TypedName(String),
}

impl Signature {
    /// A typed name, checked like every name (`field` names it in an error).
    pub fn typed(field: &str, raw: &str) -> Result<Signature, FieldError> {
        parse_name(field, raw, 100).map(Signature::TypedName)
    }

    pub fn method(&self) -> SigningMethod {
        match self {
            Signature::TypedName(_) => SigningMethod::TypedName,
        }
    }

    /// The signer's name as they gave it.
    pub fn name(&self) -> &str {
        match self {
            Signature::TypedName(name) => name,
        }
    }

    /// Whether the signature holds, before anything is written. A typed name holds once it
    /// parsed; a method with a proof (BankID) checks the proof here.
    pub fn verify(&self) -> DomainResult<()> {
        match self {
            Signature::TypedName(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_name_is_the_signers_name_and_its_method() {
        let cases = [
            ("Karin Lind", Some("Karin Lind")),
            ("  Karin Lind ", Some("Karin Lind")),
            ("", None),
            ("K\u{0}L", None),
        ];
        for (typed, name) in cases {
            let signature = Signature::typed("typedName", typed);
            assert_eq!(
                signature.as_ref().ok().map(Signature::name),
                name,
                "{typed:?}"
            );
            if let Ok(signature) = signature {
                assert_eq!(signature.method().code(), "typed_name");
                assert!(signature.verify().is_ok());
            }
        }
    }
}
