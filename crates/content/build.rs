//! Embeds the articles in the binary: `content/articles/*.md` (English) and each language folder
//! `content/articles/<lang>/*.md` (translations, same file names). Writes `$OUT_DIR/articles.rs`:
//! `FILES`, a table of `(file name, include_str!(…))` sorted by name, and `TRANSLATIONS`, one
//! `(language, files)` per folder sorted by language; `articles.rs` includes it. Cargo reruns
//! this when a file in a folder is added, removed or changed.

use std::fmt::Write as _;
use std::path::Path;

/// The `.md` files directly in `dir`, as (file name, absolute path), sorted by name.
fn markdown_files(dir: &Path) -> Vec<(String, String)> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md"))
            .map(|p| {
                let name = p
                    .file_name()
                    .expect("a file name")
                    .to_string_lossy()
                    .into_owned();
                let abs = p
                    .canonicalize()
                    .expect("article path")
                    .display()
                    .to_string();
                (name, abs)
            })
            .collect(),
        Err(_) => vec![],
    };
    files.sort();
    files
}

fn table(out: &mut String, files: &[(String, String)], indent: &str) {
    for (name, abs) in files {
        println!("cargo:rerun-if-changed={abs}");
        writeln!(out, "{indent}({name:?}, include_str!({abs:?})),").expect("write to a String");
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../content/articles");
    let mut out =
        String::from("/// `(file name, contents)` of every embedded English article, by name.\n");
    out.push_str("pub(crate) const FILES: &[(&str, &str)] = &[\n");
    table(&mut out, &markdown_files(&dir), "    ");
    out.push_str("];\n");
    // Each folder whose name is a language subtag (two or three lowercase letters) holds one
    // language's translations.
    let mut langs: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| (2..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_lowercase()))
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    out.push_str(
        "/// `(language, [(file name, contents)])` of every translation folder, by language.\n",
    );
    out.push_str("pub(crate) const TRANSLATIONS: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in &langs {
        writeln!(out, "    ({lang:?}, &[").expect("write to a String");
        table(&mut out, &markdown_files(&dir.join(lang)), "        ");
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("articles.rs");
    std::fs::write(dest, out).expect("write articles.rs");
}
