//! Every message the pages ask for is in the English catalogue, which every other language
//! falls back to, so no page ever shows a message key. Two kinds of key are checked:
//! - keys written out in the templates under `api/templates/` and the code under `api/src/`,
//!   found by reading the sources for the calls that take one (`t("…")`, `t1`, `t2`, `t3`,
//!   `text(locale, "…")`, `text_with`, `Page::signed_out`, `FormErrors::one`, the pages'
//!   own helpers that take a title's key, and the label and hint of the `forms::input` and
//!   `forms::textarea` macros), also where the key is chosen by a `match` or an `if` right
//!   in the call (`page.t(match notice { Notice::Added => "…", … })`);
//! - keys put together from a stored code (`format!("exchange-state-{code}")`), listed by
//!   the module that builds them for every value of the code (`dynamic_keys`).
use std::{
    fs,
    path::{Path, PathBuf},
};

use utbyte_domain::{i18n, types::Locale};

/// (call, which argument is the key, where: `rs`, `html` or both).
const CALLS: &[(&str, usize, &str)] = &[
    ("t", 0, ""),
    ("t1", 0, ""),
    ("t2", 0, ""),
    ("t3", 0, ""),
    ("text", 1, ""),
    ("text_with", 1, ""),
    ("signed_out", 1, "rs"),
    ("FormErrors::one", 2, "rs"),
    ("ConsentPage::new", 1, "rs"),
    ("Trip::open", 3, "rs"),
    ("titled", 2, "rs"),
    ("about_exchange", 3, "rs"),
    ("texts", 2, "rs"),
    ("forms::input", 3, "html"),
    ("forms::input", 7, "html"),
    ("forms::textarea", 3, "html"),
    ("forms::textarea", 5, "html"),
];

/// A key found in a source: where, and the key.
#[derive(Debug)]
struct Found {
    file: String,
    line: usize,
    key: String,
}

fn files(dir: &Path, extension: &str, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, into);
        } else if path.extension().is_some_and(|ext| ext == extension) {
            into.push(path);
        }
    }
}

/// The source as scanned: Rust without its tests (they may name keys on purpose that do not
/// exist) and without comment lines; templates without their comments.
fn scanned_text(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("source file");
    if path.extension().is_some_and(|ext| ext == "rs") {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        code.lines()
            .map(|line| {
                if line.trim_start().starts_with("//") {
                    ""
                } else {
                    line
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        let mut kept = String::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("{#") {
            kept.push_str(&rest[..start]);
            let end = rest[start..]
                .find("#}")
                .map_or(rest.len(), |end| start + end + 2);
            // Keep the line count.
            kept.extend(rest[start..end].chars().filter(|c| *c == '\n'));
            rest = &rest[end..];
        }
        kept.push_str(rest);
        kept
    }
}

/// The arguments of the call whose `(` is at `open`, each as written, split at the commas
/// outside brackets and string literals.
fn arguments(text: &str, open: usize) -> Vec<String> {
    let mut arguments = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    let mut chars = text[open + 1..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                current.push(c);
                while let Some(c) = chars.next() {
                    current.push(c);
                    match c {
                        '\\' => current.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => arguments.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    arguments.push(current);
    arguments.into_iter().map(|a| a.trim().to_owned()).collect()
}

/// A plain string literal's text.
fn literal(argument: &str) -> Option<&str> {
    let inner = argument.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains('"') && !inner.contains('\\')).then_some(inner)
}

/// The keys a `match` or `if` right in a call chooses from: the literals its arms give.
fn chosen_keys(argument: &str) -> Option<Vec<String>> {
    if !(argument.starts_with("match ") || argument.starts_with("if ")) {
        return None;
    }
    let mut keys = Vec::new();
    let mut rest = argument;
    while let Some(at) = rest.find('"') {
        let before = rest[..at].trim_end();
        let after = &rest[at + 1..];
        let Some(end) = after.find('"') else { break };
        if before.ends_with("=>") || before.ends_with('{') {
            keys.push(after[..end].to_owned());
        }
        rest = &after[end + 1..];
    }
    Some(keys)
}

/// The keys written out in one source, and the calls whose key is not written out.
fn keys_in(file: &str, text: &str, kind: &str) -> (Vec<Found>, usize) {
    let mut found = Vec::new();
    let mut computed = 0;
    for (call, index, only_in) in CALLS {
        if !only_in.is_empty() && *only_in != kind {
            continue;
        }
        let pattern = format!("{call}(");
        for (at, _) in text.match_indices(&pattern) {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let arguments = arguments(text, at + call.len());
            let Some(argument) = arguments.get(*index) else {
                continue;
            };
            match literal(argument) {
                // An empty hint means none.
                Some("") => {}
                Some(key) => found.push(Found {
                    file: file.to_owned(),
                    line: text[..at].lines().count().max(1),
                    key: key.to_owned(),
                }),
                None => match chosen_keys(argument) {
                    Some(keys) => found.extend(keys.into_iter().map(|key| Found {
                        file: file.to_owned(),
                        line: text[..at].lines().count().max(1),
                        key,
                    })),
                    None => computed += 1,
                },
            }
        }
    }
    (found, computed)
}

fn api_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every key written out in `api/src` and `api/templates`, and how many calls compute one.
fn written_keys() -> (Vec<Found>, usize) {
    let mut sources = Vec::new();
    files(&api_dir().join("src"), "rs", &mut sources);
    files(&api_dir().join("templates"), "html", &mut sources);
    let mut all = Vec::new();
    let mut computed = 0;
    for path in sources {
        let kind = if path.extension().is_some_and(|ext| ext == "rs") {
            "rs"
        } else {
            "html"
        };
        let name = path
            .strip_prefix(api_dir())
            .unwrap_or(&path)
            .display()
            .to_string();
        let (found, others) = keys_in(&name, &scanned_text(&path), kind);
        all.extend(found);
        computed += others;
    }
    (all, computed)
}

#[test]
fn every_key_written_in_a_template_or_the_code_is_in_the_english_catalogue() {
    let (found, computed) = written_keys();
    let missing: Vec<String> = found
        .iter()
        .filter(|found| !i18n::has(Locale::En, &found.key))
        .map(|found| format!("{}:{} {}", found.file, found.line, found.key))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the English catalogue: {missing:#?}"
    );
    // The scan finds what it should: the pages use hundreds of keys.
    assert!(found.len() > 300, "{} keys found", found.len());
    assert!(
        found
            .iter()
            .any(|f| f.key == "consent-give-button" && f.file.ends_with("consent_page.html"))
    );
    assert!(
        found
            .iter()
            .any(|f| f.key == "email-label" && f.file.ends_with("sign_in.html"))
    );
    eprintln!("{} keys written out, {computed} computed", found.len());
}

#[test]
fn the_scan_finds_keys_in_every_form_of_call() {
    let rust = r#"
        let a = page.t("one");
        let b = Messages(locale).t2("two", "n", 1, "m", f(x, y));
        let c = i18n::text_with(
            locale,
            "three",
            &[("a", 1.into())],
        );
        let d = page.t(&format!("computed-{code}"));
        let e = FormErrors::one(locale, "field", "four");
        let f = text(locale, "five");
        let g = context("not a key");
        let h = page.t(match notice {
            Notice::Added => "six",
            Notice::Removed => "seven",
        });
        let i = page.t(if yes { "eight" } else { "nine" });
    "#;
    let (found, computed) = keys_in("x.rs", rust, "rs");
    let keys: Vec<&str> = found.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "one", "six", "seven", "eight", "nine", "two", "five", "three", "four"
        ]
    );
    assert_eq!(computed, 1);
    let html = r#"{% call forms::input(page, errors, "email", "ten", "email", email, "username", "") %}
        {{ l.t1("eleven", "until", c.until) }}"#;
    let (found, _) = keys_in("x.html", html, "html");
    let keys: Vec<&str> = found.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["eleven", "ten"]);
}

#[test]
fn every_key_put_together_from_a_code_is_in_the_english_catalogue() {
    let keys: Vec<String> = [
        super::errors::dynamic_keys(),
        super::account::dynamic_keys(),
        super::sign_in::dynamic_keys(),
        super::consent::dynamic_keys(),
        super::exchange_page::dynamic_keys(),
        super::approvals::dynamic_keys(),
        super::attachments::dynamic_keys(),
        super::trip::dynamic_keys(),
        super::proposals::dynamic_keys(),
    ]
    .concat();
    let missing: Vec<&String> = keys
        .iter()
        .filter(|key| !i18n::has(Locale::En, key))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the English catalogue: {missing:#?}"
    );
}
