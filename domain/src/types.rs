//! Types that parse at the edge and cannot be invalid afterwards.
use std::fmt;

use crate::error::FieldError;

/// An enum stored as a short text code: `code()`, `from_code()` and `ALL`.
#[macro_export]
macro_rules! code_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

/// An e-mail address, trimmed and lower-cased so that uniqueness ignores case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let normalised = raw.trim().to_lowercase();
        if normalised.len() > 254 {
            return Err(FieldError::new(
                field,
                "too_long",
                "must be at most 254 characters",
            ));
        }
        if !validator::ValidateEmail::validate_email(&normalised) {
            return Err(FieldError::new(
                field,
                "invalid_email",
                "must be an e-mail address",
            ));
        }
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A language the product speaks. Mails and pages fall back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    Sv,
    #[default]
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Sv, Locale::En];

    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "sv" => Ok(Self::Sv),
            "en" => Ok(Self::En),
            _ => Err(FieldError::new(
                field,
                "unsupported_locale",
                "must be one of: sv, en",
            )),
        }
    }

    /// For values read back from the database: unknown ones fall back to English.
    pub fn from_stored(raw: &str) -> Self {
        Self::parse("locale", raw).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }
}

/// A person's display name: 1 to 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(FieldError::new(field, "required", "must not be empty"));
        }
        if trimmed.chars().count() > 100 {
            return Err(FieldError::new(
                field,
                "too_long",
                "must be at most 100 characters",
            ));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(FieldError::new(
                field,
                "invalid_characters",
                "must not contain control characters",
            ));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a user may do. Roles are held in a scope: global, or one organisation or municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Admin,
    Coordinator,
    Teacher,
    Youth,
    Guardian,
    PartnerContact,
    /// The head of a school or organisation, who approves its trips.
    Principal,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Admin,
        Role::Coordinator,
        Role::Teacher,
        Role::Youth,
        Role::Guardian,
        Role::PartnerContact,
        Role::Principal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Coordinator => "coordinator",
            Self::Teacher => "teacher",
            Self::Youth => "youth",
            Self::Guardian => "guardian",
            Self::PartnerContact => "partner_contact",
            Self::Principal => "principal",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Roles a person may take by registering themselves; the others come by invitation.
    pub fn is_self_service(self) -> bool {
        matches!(self, Self::Youth | Self::Guardian)
    }
}

/// Where a role applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Global,
    Organisation(uuid::Uuid),
    Municipality(uuid::Uuid),
}

impl Scope {
    pub fn kind(self) -> &'static str {
        match self {
            Self::Global => "global",
            Self::Organisation(_) => "organisation",
            Self::Municipality(_) => "municipality",
        }
    }

    pub fn id(self) -> uuid::Uuid {
        match self {
            Self::Global => uuid::Uuid::nil(),
            Self::Organisation(id) | Self::Municipality(id) => id,
        }
    }

    pub fn from_stored(kind: &str, id: uuid::Uuid) -> Option<Self> {
        match kind {
            "global" => Some(Self::Global),
            "organisation" => Some(Self::Organisation(id)),
            "municipality" => Some(Self::Municipality(id)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lower_cased() {
        let email = Email::parse("email", "  Anna.Berg@Example.SE ").unwrap();
        assert_eq!(email.as_str(), "anna.berg@example.se");
    }

    #[test]
    fn bad_emails_name_the_field_and_not_the_value() {
        for raw in ["", "anna", "anna@", "@example.se", "a b@example.se"] {
            let error = Email::parse("input.email", raw).unwrap_err();
            assert_eq!(error.field, "input.email");
            assert_eq!(error.code, "invalid_email");
        }
        let long = format!("{}@example.se", "a".repeat(250));
        assert_eq!(Email::parse("email", &long).unwrap_err().code, "too_long");
    }

    #[test]
    fn locales() {
        assert_eq!(Locale::parse("l", "SV").unwrap(), Locale::Sv);
        assert_eq!(Locale::parse("l", "en").unwrap(), Locale::En);
        assert_eq!(
            Locale::parse("l", "de").unwrap_err().code,
            "unsupported_locale"
        );
        assert_eq!(Locale::from_stored("xx"), Locale::En);
    }

    #[test]
    fn display_names() {
        assert_eq!(DisplayName::parse("n", "  Ada ").unwrap().as_str(), "Ada");
        assert_eq!(DisplayName::parse("n", " ").unwrap_err().code, "required");
        assert_eq!(
            DisplayName::parse("n", &"x".repeat(101)).unwrap_err().code,
            "too_long"
        );
        assert_eq!(
            DisplayName::parse("n", "a\u{7}b").unwrap_err().code,
            "invalid_characters"
        );
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
