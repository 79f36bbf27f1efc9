//! Types that parse at the edge and cannot be invalid afterwards.
use std::fmt;

pub use crate::format::TimeZone;
pub use crate::money::{Currency, Money};

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

/// The languages the product speaks, one line each: the variant, the code (BCP 47, also the
/// folder of its catalogues under `domain/locales/`), its name in itself, its name in
/// English, and its direction. Adding a language is one line here and one folder of `.ftl`
/// files; `$then` is a macro that receives the table (the `Locale` enum here and the
/// GraphQL enum in `api` are both made from it).
#[macro_export]
macro_rules! with_languages {
    ($then:path) => {
        $then! {
            Sv "sv" "Svenska" "Swedish" ltr,
            En "en" "English" "English" ltr,
            Nb "nb" "Norsk bokmål" "Norwegian (bokmål)" ltr,
            Da "da" "Dansk" "Danish" ltr,
            Fi "fi" "Suomi" "Finnish" ltr,
            Et "et" "Eesti" "Estonian" ltr,
            Pl "pl" "Polski" "Polish" ltr,
            De "de" "Deutsch" "German" ltr,
            Ar "ar" "العربية" "Arabic" rtl,
            So "so" "Soomaali" "Somali" ltr,
            Uk "uk" "Українська" "Ukrainian" ltr,
        }
    };
}

macro_rules! locale_enum {
    ($($variant:ident $code:literal $endonym:literal $english:literal $direction:ident,)*) => {
        /// A language the product speaks. A message missing in a language falls back to
        /// English, then Swedish (see `i18n`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Locale {
            $(#[doc = $english] $variant,)*
            /// The pseudo-locale `en-XA`: English, accented and about a third longer, for
            /// finding text that bypasses the catalogues. Accepted everywhere, listed nowhere.
            Pseudo,
        }

        impl Locale {
            /// The languages offered to people, in the order they are listed.
            pub const ALL: [Locale; [$($code),*].len()] = [$(Locale::$variant),*];

            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                    Self::Pseudo => "en-XA",
                }
            }

            /// The language's name in itself, as a language picker shows it.
            pub fn endonym(self) -> &'static str {
                match self {
                    $(Self::$variant => $endonym,)*
                    Self::Pseudo => "[Ƥşeeuuḓoo]",
                }
            }

            /// The language's name in English (for logs and the API's descriptions).
            pub fn english_name(self) -> &'static str {
                match self {
                    $(Self::$variant => $english,)*
                    Self::Pseudo => "Pseudo-English",
                }
            }

            /// Whether the language is written right to left.
            pub fn is_right_to_left(self) -> bool {
                match self {
                    $(Self::$variant => stringify!($direction) == "rtl",)*
                    Self::Pseudo => false,
                }
            }
        }
    };
}

with_languages!(locale_enum);

impl Default for Locale {
    fn default() -> Self {
        Self::En
    }
}

/// What an unsupported language is told: the supported codes, from `Locale::ALL`.
static SUPPORTED_LOCALES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let codes: Vec<&str> = Locale::ALL.iter().map(|locale| locale.code()).collect();
    format!("must be one of: {}", codes.join(", "))
});

impl Locale {
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let wanted = raw.trim();
        Self::ALL
            .into_iter()
            .chain([Self::Pseudo])
            .find(|locale| locale.code().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| FieldError::new(field, "unsupported_locale", SUPPORTED_LOCALES.as_str()))
    }

    /// For values read back from the database: unknown ones fall back to English.
    pub fn from_stored(raw: &str) -> Self {
        Self::parse("locale", raw).unwrap_or_default()
    }

    /// The best supported language for a language tag (`nb-NO`, `sv-FI`, `no`), if any.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        // Norwegian without a written standard named reads bokmål.
        let primary = if primary == "no" {
            "nb".to_owned()
        } else {
            primary
        };
        if tag.trim().eq_ignore_ascii_case("en-XA") {
            return Some(Self::Pseudo);
        }
        Self::ALL
            .into_iter()
            .find(|locale| locale.code() == primary)
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
        assert_eq!(Locale::parse("l", "nb").unwrap(), Locale::Nb);
        assert_eq!(Locale::parse("l", "en-xa").unwrap(), Locale::Pseudo);
        let refused = Locale::parse("l", "fr").unwrap_err();
        assert_eq!(refused.code, "unsupported_locale");
        let codes: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(
            refused.message,
            format!("must be one of: {}", codes.join(", "))
        );
        assert_eq!(Locale::from_stored("xx"), Locale::En);
        for (tag, expected) in [
            ("nb-NO", Some(Locale::Nb)),
            ("no", Some(Locale::Nb)),
            ("sv_FI", Some(Locale::Sv)),
            ("AR-eg", Some(Locale::Ar)),
            ("fr-FR", None),
            ("", None),
        ] {
            assert_eq!(Locale::for_tag(tag), expected, "{tag}");
        }
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
