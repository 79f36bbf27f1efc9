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

/// Yes/no alternatives as a selector's `[true]` and `[false]` variants.
impl ArgValue for bool {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(if *self { "true" } else { "false" })
    }
}

/// A value that may be missing: a message refers to it only in a variant chosen when it
/// is there.
impl<T: ArgValue> ArgValue for Option<T> {
    fn fluent(&self) -> FluentValue<'static> {
        self.as_ref().map_or(FluentValue::None, ArgValue::fluent)
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

    /// A message with more arguments than `t3` takes, or one cut around its link:
    /// `{{ l.msg("key").arg("a", x).arg("b", y) }}`, `{% let s = l.msg("key").linked() %}`.
    pub fn msg(&self, key: &str) -> Msg {
        Msg {
            locale: self.0,
            key: key.to_owned(),
            args: Vec::new(),
        }
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

/// A message with any number of arguments, as templates write it:
/// `{{ l.msg("key").arg("name", value).arg("count", 3) }}`.
#[derive(Debug, Clone)]
pub struct Msg {
    locale: Locale,
    key: String,
    args: Vec<Arg<'static>>,
}

impl Msg {
    pub fn arg(mut self, name: &'static str, value: impl ArgValue) -> Self {
        self.args.push((name, value.fluent()));
        self
    }

    /// The sentence cut around its link, for a template that wraps the link in `<a>`.
    pub fn linked(&self) -> Linked {
        linked(self.locale, &self.key, &self.args)
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&text_with(self.locale, &self.key, &self.args))
    }
}

/// A sentence with a link in it, cut in three: the text before the link, the link's words
/// and the text after it. The catalogue writes the whole sentence as the message and the
/// link's words, as they appear in it, as its `.link` attribute:
///
/// ```ftl
/// mail-exchange-submitted-decide = Please decide by { $due }.
///     .link = decide
/// ```
///
/// so that each language puts the link where its sentence needs it; the markup stays in
/// the template: `{{ s.before }}<a href="...">{{ s.link }}</a>{{ s.after }}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    pub before: String,
    pub link: String,
    pub after: String,
}

impl Linked {
    /// Cuts `sentence` at the first place it reads `link`. A link's words missing from its
    /// sentence make the whole sentence the link (and fail a debug build: the tests render
    /// every mail in every language).
    fn cut(key: &str, sentence: String, link: Option<String>) -> Linked {
        let found = link.and_then(|link| sentence.find(&link).map(|at| (at, link.len())));
        debug_assert!(
            found.is_some(),
            "{key}: the .link attribute is missing or not in the sentence {sentence:?}"
        );
        match found {
            Some((at, len)) => Linked {
                before: sentence[..at].to_owned(),
                link: sentence[at..at + len].to_owned(),
                after: sentence[at + len..].to_owned(),
            },
            None => Linked {
                before: String::new(),
                link: sentence,
                after: String::new(),
            },
        }
    }
}

/// The message `key` with its `.link` attribute, both from the first language (in the
/// order [`text_with`] falls back) that has the message.
fn linked(locale: Locale, key: &str, args: &[Arg<'_>]) -> Linked {
    if locale == Locale::Pseudo
        && let Some(message) = PSEUDO_ENGLISH.get_message(key)
        && let Some(pattern) = message.value()
    {
        let args: FluentArgs = args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        let mut errors = Vec::new();
        let sentence = PSEUDO_ENGLISH.format_pattern(pattern, Some(&args), &mut errors);
        let link = message
            .get_attribute("link")
            .map(|link| PSEUDO_ENGLISH.format_pattern(link.value(), Some(&args), &mut errors));
        return Linked::cut(
            key,
            format!("[{sentence}]"),
            link.map(|link| link.into_owned()),
        );
    }
    let named: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    [locale, Locale::En, Locale::Sv]
        .into_iter()
        .find_map(|language| {
            let id = language.language_id();
            let sentence = CATALOGUES.lookup_no_default_fallback(&id, key, Some(&named))?;
            let link =
                CATALOGUES.lookup_no_default_fallback(&id, &format!("{key}.link"), Some(&named));
            Some(Linked::cut(key, sentence, link))
        })
        .unwrap_or_else(|| Linked {
            before: String::new(),
            link: key.to_owned(),
            after: String::new(),
        })
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
    fn every_linked_sentence_contains_its_link_in_every_language() {
        let mut problems = Vec::new();
        let mut checked = 0;
        for (_, key, variables) in messages("en") {
            let args: HashMap<String, FluentValue> = variables
                .iter()
                .map(|name| (name.clone(), FluentValue::from(2)))
                .collect();
            let english = CATALOGUES.lookup_no_default_fallback(
                &Locale::En.language_id(),
                &format!("{key}.link"),
                Some(&args),
            );
            if english.is_none() {
                continue;
            }
            for locale in Locale::ALL {
                let id = locale.language_id();
                let sentence = CATALOGUES.lookup_no_default_fallback(&id, &key, Some(&args));
                let link =
                    CATALOGUES.lookup_no_default_fallback(&id, &format!("{key}.link"), Some(&args));
                match (sentence, link) {
                    (Some(sentence), Some(link)) if sentence.contains(&link) => checked += 1,
                    (None, None) => {} // not translated: the catalogue test says so
                    (sentence, link) => problems.push(format!(
                        "{}: {key}: the link {link:?} is not in {sentence:?}",
                        locale.code()
                    )),
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(checked >= 10, "linked sentences are found: {checked}");
    }

    #[test]
    fn a_language_has_the_messages_of_its_own_catalogue() {
        // With variables or without.
        assert!(has(Locale::En, "unread-notifications"));
        assert!(has(Locale::Sv, "site-name"));
        assert!(has(Locale::Pseudo, "unread-notifications"));
        assert!(!has(Locale::En, "no-such-message"));
        assert!(has(Locale::De, "site-name"));
        assert!(!has(Locale::De, "no-such-message"));
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

    /// The message keys written as string literals in the mail templates and in the
    /// sources under `src/`: `l.t("key")`, `.t1("key", ..)` to `.t3`, `.msg("key")`, and
    /// `text(locale, "key")` or `text_with(locale, "key", ..)`. Comments are skipped (their
    /// examples are not real keys); keys built with `format!` are checked by the test below.
    fn literal_keys() -> Vec<(String, String)> {
        fn files(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    files(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        /// The string literal at the start of `rest`, if it is one that can be a key.
        fn literal(rest: &str) -> Option<&str> {
            let rest = rest.trim_start().strip_prefix('"')?;
            let key = &rest[..rest.find('"')?];
            let identifier = key.starts_with(|c: char| c.is_ascii_alphabetic())
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            identifier.then_some(key)
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("templates"), &mut paths);
        files(&root.join("src"), &mut paths);
        let mut keys = Vec::new();
        for path in paths {
            let rust = path.extension().is_some_and(|ext| ext == "rs");
            let source = std::fs::read_to_string(&path).expect("source file");
            let code: String = source
                .lines()
                .filter(|line| !(rust && line.trim_start().starts_with("//")))
                .collect::<Vec<_>>()
                .join("\n");
            let place = path.strip_prefix(root).unwrap().display().to_string();
            for method in [".t(", ".t1(", ".t2(", ".t3(", ".msg("] {
                for (at, _) in code.match_indices(method) {
                    if let Some(key) = literal(&code[at + method.len()..]) {
                        keys.push((place.clone(), key.to_owned()));
                    }
                }
            }
            for function in ["text(", "text_with("] {
                for (at, _) in code.match_indices(function) {
                    let before = code[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                        continue;
                    }
                    // The key is the second argument.
                    let rest = &code[at + function.len()..];
                    if let Some(comma) = rest.find([',', ')'])
                        && rest[comma..].starts_with(',')
                        && let Some(key) = literal(&rest[comma + 1..])
                    {
                        keys.push((place.clone(), key.to_owned()));
                    }
                }
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn every_message_key_written_in_a_template_or_the_code_is_in_the_english_catalogue() {
        let keys = literal_keys();
        // Read from the files: `has` formats the message, which fails without its arguments.
        let english: std::collections::BTreeSet<String> =
            messages("en").into_iter().map(|(_, key, _)| key).collect();
        let missing: Vec<_> = keys
            .iter()
            .filter(|(_, key)| !english.contains(key))
            .collect();
        assert!(missing.is_empty(), "not in locales/en: {missing:?}");
        // The scan finds keys of each kind of call it looks for.
        for (place, key) in [
            ("templates/mail/layout.html", "mail-footer"),
            (
                "templates/mail/waiting_list/html.html",
                "mail-waiting-list-listed",
            ),
            (
                "templates/mail/consent_request/html.html",
                "mail-consent-request-open",
            ),
            ("src/registrations/consent/changes.rs", "consent-change-yes"),
            (
                "src/registrations/consent/changes.rs",
                "consent-change-programme-day",
            ),
            ("src/i18n.rs", "home-welcome"),
        ] {
            assert!(
                keys.iter().any(|(p, k)| p == place && k == key),
                "the scan missed {key} in {place}"
            );
        }
        assert!(keys.len() > 100, "{} keys found", keys.len());
    }

    /// Keys built from a code: every variant's message is in the English catalogue.
    #[test]
    fn every_label_built_from_a_code_is_in_the_english_catalogue() {
        use crate::{exchanges::rules::RiskLevel, funding::records::RecordStatus, types::Role};
        for role in Role::ALL {
            let label = crate::mail::role_label(role, Locale::En);
            assert!(!label.starts_with("role-"), "{role:?}: {label}");
        }
        for risk in RiskLevel::ALL {
            let label = crate::exchanges::approvals::risk_label(*risk, Locale::En);
            assert!(!label.starts_with("risk-"), "{risk:?}: {label}");
        }
        for status in RecordStatus::ALL {
            let label = crate::funding::records::status_label(*status, Locale::En);
            assert!(!label.starts_with("funding-status-"), "{status:?}: {label}");
        }
        // The fields of a changed exchange: `registrations::consent::changes`' own test.
    }
}
