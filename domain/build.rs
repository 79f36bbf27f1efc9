//! Lists the English catalogue's files for the pseudo-locale, which is built from them at
//! run time (see `i18n`): a new `.ftl` file needs no change anywhere.
use std::{env, fs, path::Path};

fn main() {
    let english = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales/en");
    println!("cargo:rerun-if-changed={}", english.display());
    let mut files: Vec<_> = fs::read_dir(&english)
        .expect("locales/en")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let list: String = files
        .iter()
        .map(|path| format!("include_str!({:?}),\n", path.display().to_string()))
        .collect();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("english_sources.rs");
    fs::write(out, format!("&[\n{list}]")).unwrap();
}
