//! Lists the English catalogue's files for the pseudo-locale, which is built from them at
//! run time (see `i18n`): a new `.ftl` file needs no change anywhere. Also tells cargo to
//! build again when any catalogue folder or file changes (the macro that compiles the
//! catalogues in does not notice a new language folder by itself).
use std::{env, fs, path::Path};

fn main() {
    let locales = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    for folder in fs::read_dir(&locales).expect("locales").flatten() {
        println!("cargo:rerun-if-changed={}", folder.path().display());
        for file in fs::read_dir(folder.path()).into_iter().flatten().flatten() {
            println!("cargo:rerun-if-changed={}", file.path().display());
        }
    }
    let english = locales.join("en");
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
