//! Lists the catalogues' files: the English ones for the pseudo-locale, which is built from
//! them at run time, and every language's for knowing which messages a language has of its
//! own (see `i18n`). A new `.ftl` file or language folder needs no change anywhere. Cargo is
//! told to build again when any catalogue folder or file changes (the macro that compiles
//! the catalogues in does not notice a new language folder by itself).
use std::{
    env, fs,
    path::{Path, PathBuf},
};

fn ftl_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(folder)
        .expect("a catalogue folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn included(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|path| format!("include_str!({:?}),\n", path.display().to_string()))
        .collect()
}

fn main() {
    let locales = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    for folder in fs::read_dir(&locales).expect("locales").flatten() {
        println!("cargo:rerun-if-changed={}", folder.path().display());
        for file in fs::read_dir(folder.path()).into_iter().flatten().flatten() {
            println!("cargo:rerun-if-changed={}", file.path().display());
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();

    let english = included(&ftl_files(&locales.join("en")));
    fs::write(out.join("english_sources.rs"), format!("&[\n{english}]")).unwrap();

    let mut languages: Vec<_> = fs::read_dir(&locales)
        .expect("locales")
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    let all: String = languages
        .iter()
        .map(|language| {
            let files = included(&ftl_files(&locales.join(language)));
            format!("({language:?}, &[\n{files}] as &[&str]),\n")
        })
        .collect();
    fs::write(out.join("catalogue_sources.rs"), format!("&[\n{all}]")).unwrap();
}
