//! The message catalogues: one folder of Project Fluent files per language under
//! `domain/locales/`, compiled into the binary. A message missing in the reader's language
//! falls back to English, message by message, so nobody ever reads a message key.
use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

use fluent_templates::{
    FluentBundle, LanguageIdentifier,
    fluent_bundle::{FluentArgs, FluentResource, FluentValue},
    langid, static_loader,
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

const PSEUDO: LanguageIdentifier = langid!("en-XA");

/// The pseudo-locale: the English catalogue with every text of it (never an argument)
/// accented, about a third longer and between brackets, so that text on a page rendered in
/// `en-XA` that does not look like this did not come from the catalogues.
static PSEUDO_ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let sources: &[&str] = include!(concat!(env!("OUT_DIR"), "/english_sources.rs"));
    let mut bundle = FluentBundle::new_concurrent(vec![PSEUDO]);
    bundle.set_use_isolating(false);
    bundle.set_transform(Some(|text| fluent_pseudo::transform(text, false, true)));
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned())
            .expect("the English catalogue parses (it is compiled in too)");
        bundle
            .add_resource(resource)
            .expect("no message twice in the English catalogue");
    }
    bundle
});

fn pseudo_english(key: &str, args: &FluentArgs<'_>) -> Option<String> {
    let pattern = PSEUDO_ENGLISH.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let formatted = PSEUDO_ENGLISH.format_pattern(pattern, Some(args), &mut errors);
    Some(format!("[{formatted}]"))
}

impl Locale {
    pub fn language_id(self) -> LanguageIdentifier {
        if self == Locale::Pseudo {
            return PSEUDO;
        }
        self.code()
            .parse()
            .expect("every language code in the table is a language identifier")
    }

    /// `rtl` or `ltr`, for the `dir` attribute of a page or mail.
    pub fn direction(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// One argument of a message: `("count", 3.into())`, `("name", "Ada".into())`.
pub type Arg<'a> = (&'static str, FluentValue<'a>);

/// The message `key` in `locale`.
pub fn text(locale: Locale, key: &str) -> String {
    text_with(locale, key, &[])
}

/// The message `key` in `locale`, with its arguments. A message missing in `locale` is
/// taken from English, then Swedish, message by message; a key no catalogue has (a test
/// keeps templates and code from using one) is shown as itself rather than as nothing.
pub fn text_with(locale: Locale, key: &str, args: &[Arg<'_>]) -> String {
    let named: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    if locale == Locale::Pseudo {
        let args: FluentArgs = args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        if let Some(found) = pseudo_english(key, &args) {
            return found;
        }
    }
    [locale, Locale::En, Locale::Sv]
        .into_iter()
        .find_map(|language| {
            CATALOGUES.lookup_no_default_fallback(&language.language_id(), key, Some(&named))
        })
        .unwrap_or_else(|| key.to_owned())
}

/// A value a message takes as an argument: numbers stay numbers (so plurals choose their
/// form), everything else is text.
pub trait ArgValue {
    fn fluent(&self) -> FluentValue<'static>;
}

impl ArgValue for str {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl ArgValue for String {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: ArgValue + ?Sized> ArgValue for &T {
    fn fluent(&self) -> FluentValue<'static> {
        (**self).fluent()
    }
}

macro_rules! number_arg {
    ($($number:ty),*) => {$(
        impl ArgValue for $number {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// One language's messages as templates use them: `{{ l.t("key") }}`,
/// `{{ l.t1("key", "name", value) }}`, `{{ l.t2(...) }}`, `{{ l.t3(...) }}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Messages(pub Locale);

impl Messages {
    pub fn t(&self, key: &str) -> String {
        text(self.0, key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl ArgValue) -> String {
        text_with(self.0, key, &[(name, value.fluent())])
    }

    pub fn t2(
        &self,
        key: &str,
        name1: &'static str,
        value1: impl ArgValue,
        name2: &'static str,
        value2: impl ArgValue,
    ) -> String {
        text_with(
            self.0,
            key,
            &[(name1, value1.fluent()), (name2, value2.fluent())],
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        name1: &'static str,
        value1: impl ArgValue,
        name2: &'static str,
        value2: impl ArgValue,
        name3: &'static str,
        value3: impl ArgValue,
    ) -> String {
        text_with(
            self.0,
            key,
            &[
                (name1, value1.fluent()),
                (name2, value2.fluent()),
                (name3, value3.fluent()),
            ],
        )
    }

    /// The `lang` attribute's value.
    pub fn lang(&self) -> &'static str {
        self.0.code()
    }

    /// The `dir` attribute's value.
    pub fn dir(&self) -> &'static str {
        self.0.direction()
    }
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

    /// The language folders under `locales/`, but the pseudo-locale's (English renamed).
    fn catalogue_folders() -> Vec<String> {
        let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
        let mut folders: Vec<String> = std::fs::read_dir(dir)
            .expect("locales folder")
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name != "en-XA")
            .collect();
        folders.sort();
        folders
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
        let shape = |all: &[(String, String, std::collections::BTreeSet<String>)]| {
            all.iter()
                .map(|(file, key, variables)| format!("{file}: {key} {variables:?}"))
                .collect::<std::collections::BTreeSet<_>>()
        };
        let wanted = shape(&english);
        let mut problems = Vec::new();
        for language in catalogue_folders() {
            let theirs = messages(&language);
            let found = shape(&theirs);
            for missing in wanted.difference(&found) {
                problems.push(format!("{language} lacks or differs from en: {missing}"));
            }
            for extra in found.difference(&wanted) {
                problems.push(format!("{language} has what en has not: {extra}"));
            }
            // What the line reader above found must also be what Fluent parsed.
            let locale = Locale::parse("folder", &language).expect("a folder per language");
            for (file, key, variables) in &theirs {
                let args: HashMap<String, FluentValue> = variables
                    .iter()
                    .map(|name| (name.clone(), FluentValue::from(1)))
                    .collect();
                let parsed = CATALOGUES
                    .lookup_no_default_fallback(&locale.language_id(), key, Some(&args))
                    .is_some();
                if !parsed {
                    problems.push(format!("{language}/{file}: {key} does not parse"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(
            english.len() > 50,
            "the catalogues are read: {}",
            english.len()
        );
    }

    /// What the catalogue files of a language say of their review: "not yet" while any says
    /// it has not been reviewed, else the reviewer line they share.
    fn review_state(language: &str) -> String {
        let dir = format!("{}/locales/{language}", env!("CARGO_MANIFEST_DIR"));
        let mut states = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let text = std::fs::read_to_string(entry.expect("catalogue").path()).unwrap();
            let reviewed = text
                .lines()
                .take_while(|line| line.starts_with('#'))
                .find_map(|line| line.strip_prefix("# Reviewed by:"))
                .map(str::trim)
                .unwrap_or_else(|| panic!("{language}: a catalogue without a review line"));
            states.insert(if reviewed.starts_with("(not yet") {
                "not yet".to_owned()
            } else {
                reviewed.to_owned()
            });
        }
        if states.contains("not yet") {
            "not yet".to_owned()
        } else {
            states.into_iter().collect::<Vec<_>>().join("; ")
        }
    }

    #[test]
    fn every_language_has_a_catalogue_and_the_readme_tells_its_review_state() {
        let readme = include_str!("../../README.md");
        for locale in Locale::ALL {
            let code = locale.code();
            let row = readme
                .lines()
                .find(|line| line.starts_with(&format!("| `{code}` |")))
                .unwrap_or_else(|| panic!("the README's table of languages lacks {code}"));
            let told = row.trim_end_matches('|').rsplit('|').next().unwrap().trim();
            assert_eq!(told, review_state(code), "README on {code}: {row}");
        }
    }

    #[test]
    fn a_message_is_never_shown_as_its_key() {
        for locale in Locale::ALL.into_iter().chain([Locale::Pseudo]) {
            let read = text_with(locale, "unread-notifications", &[("count", 2.into())]);
            assert!(read.contains('2'), "{locale:?}: {read}");
            assert!(!read.contains("unread-notifications"), "{locale:?}: {read}");
        }
    }

    #[test]
    fn the_pseudo_locale_changes_the_catalogue_text_and_never_the_arguments() {
        let read = text_with(
            Locale::Pseudo,
            "unread-notifications",
            &[("count", 3.into())],
        );
        assert!(read.starts_with('[') && read.ends_with(']'), "{read}");
        assert!(read.contains('3'), "{read}");
        assert!(!read.contains("notifications"), "accented: {read}");
        let english = text(Locale::En, "unread-notifications");
        assert!(read.chars().count() > english.chars().count(), "{read}");
        // A name passed in stays as typed.
        let named = Messages(Locale::Pseudo).t1("home-welcome", "name", "Ada Lind");
        assert!(named.contains("Ada Lind"), "{named}");
    }
}
