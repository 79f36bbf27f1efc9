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
        match self {
            Locale::Sv => langid!("sv"),
            Locale::En => langid!("en"),
            Locale::Nb => langid!("nb"),
            Locale::Da => langid!("da"),
            Locale::Fi => langid!("fi"),
            Locale::Et => langid!("et"),
            Locale::Pl => langid!("pl"),
            Locale::De => langid!("de"),
            Locale::Ar => langid!("ar"),
            Locale::So => langid!("so"),
            Locale::Uk => langid!("uk"),
            Locale::Pseudo => PSEUDO,
        }
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

/// Each language's own catalogue, by language code, for asking which messages it has.
static OWN_CATALOGUES: LazyLock<HashMap<&'static str, FluentBundle<FluentResource>>> =
    LazyLock::new(|| {
        let languages: &[(&str, &[&str])] =
            include!(concat!(env!("OUT_DIR"), "/catalogue_sources.rs"));
        languages
            .iter()
            .map(|(language, sources)| {
                let id: LanguageIdentifier = language.parse().expect("a language folder's name");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                for source in *sources {
                    let resource = FluentResource::try_new((*source).to_owned())
                        .expect("the catalogues parse (they are compiled in too)");
                    bundle
                        .add_resource(resource)
                        .expect("no message twice in a catalogue");
                }
                (*language, bundle)
            })
            .collect()
    });

/// Whether `key` is in `locale`'s own catalogue (without falling back); the pseudo-locale's
/// is the English one. A message with variables counts, whatever arguments it needs.
pub fn has(locale: Locale, key: &str) -> bool {
    let language = if locale == Locale::Pseudo {
        Locale::En.code()
    } else {
        locale.code()
    };
    OWN_CATALOGUES
        .get(language)
        .is_some_and(|catalogue| catalogue.has_message(key))
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
        for language in catalogue_folders() {
            let theirs = messages(&language);
            let shape = |all: &[(String, String, std::collections::BTreeSet<String>)]| {
                all.iter()
                    .map(|(file, key, variables)| format!("{file} {key} {variables:?}"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(shape(&theirs), shape(&english), "{language}");
        }
        assert!(
            english.len() > 50,
            "the catalogues are read: {}",
            english.len()
        );
    }

    #[test]
    fn a_language_has_the_messages_of_its_own_catalogue() {
        // With variables or without.
        assert!(has(Locale::En, "unread-notifications"));
        assert!(has(Locale::Sv, "site-name"));
        assert!(has(Locale::Pseudo, "unread-notifications"));
        assert!(!has(Locale::En, "no-such-message"));
        // German falls back to English: it has none of its own yet.
        assert!(!has(Locale::De, "site-name"));
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
