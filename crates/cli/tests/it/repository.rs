//! Tidy checks on the repository as a whole (issue 18): a fresh clone must stand on its own, so
//! no code, script or CI file may refer to a path above the repository root. The one allowed
//! exception is `.ci/run`'s optional use of files CI lays beside the checkout, marked on its line
//! with `tidy:allow-outside`.

use std::path::{Component, Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Directories that hold no files of ours.
const SKIP_DIRS: &[&str] = &[".git", "target", "node_modules", "artifacts", "corpus"];
/// Files whose text can name a path: code, scripts, manifests, CI.
const CHECKED_EXT: &[&str] = &[
    "rs", "toml", "sh", "py", "js", "mjs", "cjs", "ts", "json", "yml", "yaml", "ftl",
];
const MARKER: &str = "tidy:allow-outside";

fn checked_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIP_DIRS.contains(&name.as_str()) {
                checked_files(&path, out);
            }
            continue;
        }
        let in_ci = path
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|n| n == ".ci");
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if in_ci || CHECKED_EXT.contains(&ext) || name == "Makefile" {
            out.push(path);
        }
    }
}

/// How many directories below the root `path`'s folder is.
fn depth(rel: &Path) -> usize {
    rel.parent().map_or(0, |p| {
        p.components()
            .filter(|c| matches!(c, Component::Normal(_)))
            .count()
    })
}

/// The problems on one line of a file `depth` folders below the root: a path that names the
/// team's shared folder, or more `../` steps in a row than the file is deep.
fn line_problems(line: &str, depth: usize) -> Vec<String> {
    let mut out = vec![];
    if line.contains("../shared")
        || line.contains("shared/examples")
        || line.contains("shared/CLINICAL.md")
    {
        out.push("names the shared folder beside the repository".to_owned());
    }
    // Count runs of `../` (bytes, so any UTF-8 text is safe to scan).
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let mut steps = 0;
        while b[i..].starts_with(b"../") {
            steps += 1;
            i += 3;
        }
        if steps > depth {
            out.push(format!(
                "{steps} `../` steps from {depth} folders deep leave the repository"
            ));
        }
        if steps == 0 {
            i += 1;
        }
    }
    out
}

#[test]
fn the_line_check_catches_what_issue_18_found() {
    // crates/clinical/src/triage/tests.rs (4 deep) reached 5 up to ../shared.
    assert!(
        !line_problems(
            r#"include_str!("../../../../../shared/examples/triage.jsonl")"#,
            4
        )
        .is_empty()
    );
    // 3 steps up from 3 deep stays at the root, but names the shared folder.
    assert!(!line_problems(r#"join("../../../shared/CLINICAL.md")"#, 3).is_empty());
    assert!(!line_problems("cat ../../etc/x", 1).is_empty());
    // Inside the tree is fine.
    assert!(line_problems(r#"include_str!("../../tests/data/triage.jsonl")"#, 3).is_empty());
    assert!(line_problems("let x = a..b; // ranges are not paths", 0).is_empty());
}

#[test]
fn no_file_refers_to_a_path_above_the_repository_root() {
    let root = root();
    let mut files = vec![];
    checked_files(&root, &mut files);
    assert!(
        files.len() > 50,
        "found only {} files to check under {}",
        files.len(),
        root.display()
    );
    let mut problems = vec![];
    for path in &files {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let is_ci_run = rel == Path::new(".ci/run");
        for (n, line) in text.lines().enumerate() {
            if line.contains(MARKER) {
                // This test's own source names the marker; elsewhere only .ci/run may use it.
                if is_ci_run || rel.ends_with("tests/it/repository.rs") {
                    continue;
                }
                problems.push(format!(
                    "{}:{}: only .ci/run may use {MARKER}",
                    rel.display(),
                    n + 1
                ));
            }
            if rel.ends_with("tests/it/repository.rs") {
                continue;
            }
            for p in line_problems(line, depth(rel)) {
                problems.push(format!("{}:{}: {p}: {}", rel.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "files refer to paths outside the repository (a fresh clone has none of them):\n{}",
        problems.join("\n")
    );
}
