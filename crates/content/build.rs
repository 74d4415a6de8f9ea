//! Embeds `content/articles/*.md` in the binary: writes `$OUT_DIR/articles.rs`, a table of
//! `(file name, include_str!(…))` sorted by name, which `articles.rs` includes. Cargo reruns this
//! when a file in the folder is added, removed or changed.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../content/articles");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
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
    let mut out = String::from("/// `(file name, contents)` of every embedded article, by name.\n");
    out.push_str("pub(crate) const FILES: &[(&str, &str)] = &[\n");
    for (name, abs) in &files {
        println!("cargo:rerun-if-changed={abs}");
        writeln!(out, "    ({name:?}, include_str!({abs:?})),").expect("write to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("articles.rs");
    std::fs::write(dest, out).expect("write articles.rs");
}
