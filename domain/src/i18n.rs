//! The message catalogues: one folder of Project Fluent files per language under
//! `domain/locales/`, compiled into the binary. A message missing in the reader's language
//! falls back to English, message by message, so nobody ever reads a message key.
use std::{borrow::Cow, collections::HashMap};

use fluent_templates::{
    LanguageIdentifier, Loader, fluent_bundle::FluentValue, langid, static_loader,
};

use crate::types::Locale;

static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // Our pages and mails are HTML and plain text in one direction per page: the
        // bidirectional isolation marks Fluent adds by default would end up in e-mail
        // subjects and form values.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

impl Locale {
    pub fn language_id(self) -> LanguageIdentifier {
        match self {
            Locale::Sv => langid!("sv"),
            Locale::En => langid!("en"),
        }
    }
}

/// One argument of a message: `("count", 3.into())`, `("name", "Ada".into())`.
pub type Arg<'a> = (&'static str, FluentValue<'a>);

/// The message `key` in `locale`.
pub fn text(locale: Locale, key: &str) -> String {
    CATALOGUES.lookup(&locale.language_id(), key)
}

/// The message `key` in `locale`, with its arguments.
pub fn text_with(locale: Locale, key: &str, args: &[Arg<'_>]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    CATALOGUES.lookup_with_args(&locale.language_id(), key, &args)
}

/// Whether `key` is in `locale`'s own catalogue (without falling back).
pub fn has(locale: Locale, key: &str) -> bool {
    CATALOGUES
        .lookup_no_default_fallback::<&str>(&locale.language_id(), key, None)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_take_their_arguments_and_plurals() {
        let cases = [
            (Locale::En, 1, "1 unread notification"),
            (Locale::En, 3, "3 unread notifications"),
            (Locale::Sv, 1, "1 oläst avisering"),
            (Locale::Sv, 3, "3 olästa aviseringar"),
        ];
        for (locale, count, expected) in cases {
            assert_eq!(
                text_with(locale, "unread-notifications", &[("count", count.into())]),
                expected
            );
        }
    }

    #[test]
    fn a_message_is_never_shown_as_its_key() {
        for locale in Locale::ALL {
            assert_ne!(text(locale, "site-name"), "site-name");
            assert!(has(locale, "site-name"));
        }
    }
}
