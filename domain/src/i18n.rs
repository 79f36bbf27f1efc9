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

    /// Each message of a catalogue folder: (file, key, the variables it uses).
    fn messages(language: &str) -> Vec<(String, String, std::collections::BTreeSet<String>)> {
        let dir = format!("{}/locales/{language}", env!("CARGO_MANIFEST_DIR"));
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).expect("catalogue folder").flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path()).expect("catalogue");
            let mut current: Option<(String, String)> = None;
            let mut flush = |current: Option<(String, String)>| {
                if let Some((key, body)) = current {
                    let variables = body
                        .split("{ $")
                        .skip(1)
                        .filter_map(|rest| rest.split([' ', '}']).next())
                        .map(str::to_owned)
                        .collect();
                    found.push((file.clone(), key, variables));
                }
            };
            for line in text.lines() {
                match line.split_once(" =") {
                    Some((key, body)) if !line.starts_with([' ', '#']) && !key.is_empty() => {
                        flush(current.take());
                        current = Some((key.to_owned(), body.to_owned()));
                    }
                    _ => {
                        if let Some((_, body)) = current.as_mut() {
                            body.push_str(line);
                        }
                    }
                }
            }
            flush(current);
        }
        found.sort();
        found
    }

    #[test]
    fn every_catalogue_has_the_same_messages_with_the_same_variables() {
        let english = messages("en");
        for (file, key, _) in &english {
            let twice: Vec<_> = english
                .iter()
                .filter(|(_, other, _)| other == key)
                .collect();
            assert_eq!(
                twice.len(),
                1,
                "{key} in {file} is defined {} times",
                twice.len()
            );
        }
        for locale in Locale::ALL {
            let theirs = messages(locale.code());
            let shape = |all: &[(String, String, std::collections::BTreeSet<String>)]| {
                all.iter()
                    .map(|(file, key, variables)| format!("{file} {key} {variables:?}"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(shape(&theirs), shape(&english), "{}", locale.code());
        }
        assert!(
            english.len() > 50,
            "the catalogues are read: {}",
            english.len()
        );
    }

    #[test]
    fn a_message_is_never_shown_as_its_key() {
        for locale in Locale::ALL {
            assert_ne!(text(locale, "site-name"), "site-name");
            assert!(has(locale, "site-name"));
        }
    }
}
