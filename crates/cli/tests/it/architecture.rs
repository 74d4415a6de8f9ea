//! Tidy checks that hold the structure to ARCHITECTURE.md: the crate graph is the one drawn
//! there, every crate and top-level module is named there, cryptography and randomness live only
//! in the vault, and `solace-clinical` stays pure (no IO runtimes, no clock reads).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn toml_of(rel: &str) -> toml::Table {
    read(rel)
        .parse()
        .unwrap_or_else(|e| panic!("{rel} is not TOML: {e}"))
}

/// The workspace's crates: (package name, folder).
fn members() -> Vec<(String, String)> {
    let ws = toml_of("Cargo.toml");
    let list = ws["workspace"]["members"].as_array().expect("members");
    list.iter()
        .map(|m| {
            let dir = m.as_str().expect("a folder").to_owned();
            let pkg = toml_of(&format!("{dir}/Cargo.toml"));
            let name = pkg["package"]["name"].as_str().expect("a name").to_owned();
            (name, dir)
        })
        .collect()
}

/// Each crate's normal (not dev, not build) dependencies on other workspace crates.
fn real_edges() -> BTreeMap<String, BTreeSet<String>> {
    let members = members();
    let ours: BTreeSet<&str> = members.iter().map(|(n, _)| n.as_str()).collect();
    members
        .iter()
        .map(|(name, dir)| {
            let pkg = toml_of(&format!("{dir}/Cargo.toml"));
            let deps = pkg
                .get("dependencies")
                .and_then(toml::Value::as_table)
                .map(|t| {
                    t.keys()
                        .filter(|k| ours.contains(k.as_str()))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            (name.clone(), deps)
        })
        .collect()
}

/// The graph drawn in ARCHITECTURE.md: the fenced block after "## Dependency direction", one line
/// per crate, `crate -> dep, dep` (or `crate ->` for none).
fn drawn_edges(doc: &str) -> BTreeMap<String, BTreeSet<String>> {
    let section = doc
        .split("## Dependency direction")
        .nth(1)
        .expect("ARCHITECTURE.md has a \"## Dependency direction\" section");
    let block = section
        .split("```")
        .nth(1)
        .expect("the section opens with a fenced block of edges");
    block
        .lines()
        .filter_map(|l| l.split_once("->"))
        .map(|(from, to)| {
            let deps = to
                .split(',')
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect();
            (from.trim().to_owned(), deps)
        })
        .collect()
}

/// What differs between two graphs, in words (empty when they agree).
fn graph_differences(
    drawn: &BTreeMap<String, BTreeSet<String>>,
    real: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut out = vec![];
    for (krate, deps) in real {
        let Some(d) = drawn.get(krate) else {
            out.push(format!("{krate} is not drawn"));
            continue;
        };
        for dep in deps.difference(d) {
            out.push(format!(
                "{krate} -> {dep} is in Cargo.toml but not in ARCHITECTURE.md"
            ));
        }
        for dep in d.difference(deps) {
            out.push(format!("{krate} -> {dep} is drawn but not in Cargo.toml"));
        }
    }
    for krate in drawn.keys().filter(|k| !real.contains_key(*k)) {
        out.push(format!("{krate} is drawn but is not a workspace crate"));
    }
    out
}

#[test]
fn the_crate_graph_matches_architecture_md() {
    let doc = read("ARCHITECTURE.md");
    let problems = graph_differences(&drawn_edges(&doc), &real_edges());
    assert!(
        problems.is_empty(),
        "the crate graph and ARCHITECTURE.md disagree (change one of them):\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_undrawn_edge_is_caught() {
    let mut real = real_edges();
    let drawn = drawn_edges(&read("ARCHITECTURE.md"));
    real.entry("solace-clinical".to_owned())
        .or_default()
        .insert("solace-web".to_owned());
    let problems = graph_differences(&drawn, &real);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("solace-clinical -> solace-web is in Cargo.toml")),
        "{problems:?}"
    );
}

/// The top-level modules of a crate: `src/<name>.rs` and `src/<name>/` (not lib.rs or main.rs).
fn top_modules(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir.join("src")) else {
        return BTreeSet::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_stem()?.to_str()?.to_owned();
            let is_rs = path.extension().is_some_and(|x| x == "rs");
            (path.is_dir() || is_rs).then_some(name)
        })
        .filter(|n| n != "lib" && n != "main" && n != "bin")
        .collect()
}

#[test]
fn every_crate_and_top_level_module_is_named_in_architecture_md() {
    let doc = read("ARCHITECTURE.md");
    let mut missing = vec![];
    for (name, dir) in members() {
        let dir_named = doc.contains(&format!("`{dir}`")) || doc.contains(&format!("`{dir}/`"));
        if !dir_named || !doc.contains(&name) {
            missing.push(format!("crate {name} ({dir})"));
        }
        for m in top_modules(&root().join(&dir)) {
            let named = [
                format!("`{m}.rs`"),
                format!("`{m}/`"),
                format!("`{m}`"),
                format!("{m}.rs"),
                format!("`{m}::"),
            ];
            if !named.iter().any(|n| doc.contains(n.as_str())) {
                missing.push(format!("module {dir}/src/{m}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name: {missing:#?}"
    );
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            if !path.ends_with("target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Crates that do cryptography or read the random source.
const CRYPTO: [&str; 4] = ["getrandom", "chacha20poly1305", "argon2", "blake2"];

#[test]
fn crypto_and_randomness_live_only_in_the_vault() {
    let vault = root().join("crates/store/src/vault");
    let mut files = vec![];
    rust_files(&root().join("crates"), &mut files);
    rust_files(&root().join("fuzz/fuzz_targets"), &mut files);
    rust_files(&root().join("bench"), &mut files);
    let mut found = vec![];
    for f in &files {
        if f.starts_with(&vault) {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for c in CRYPTO {
                if code.contains(&format!("{c}::")) || code.contains(&format!("use {c}")) {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "cryptography or randomness outside crates/store/src/vault:\n{}",
        found.join("\n")
    );
    // And only the store crate may depend on those crates at all.
    for (name, dir) in members() {
        let pkg = toml_of(&format!("{dir}/Cargo.toml"));
        let deps = pkg.get("dependencies").and_then(toml::Value::as_table);
        for c in CRYPTO {
            assert!(
                name == "solace-store" || !deps.is_some_and(|d| d.contains_key(c)),
                "{name} depends on {c}: only solace-store (its vault) may"
            );
        }
    }
}

/// Crates an IO runtime, a database, a web framework, search, HTTP or randomness would bring.
const IMPURE: [&str; 7] = [
    "tokio", "sqlx", "axum", "tantivy", "reqwest", "rand", "hyper",
];

/// Every package reachable from `from` in Cargo.lock (registry packages list only their normal
/// and build dependencies there, so this is the normal tree, plus build scripts' crates).
fn lock_closure(from: &[String]) -> BTreeSet<String> {
    let lock = toml_of("Cargo.lock");
    let packages = lock["package"].as_array().expect("packages");
    let deps_of: BTreeMap<&str, Vec<String>> = packages
        .iter()
        .map(|p| {
            let name = p["name"].as_str().unwrap_or_default();
            let deps = p
                .get("dependencies")
                .and_then(toml::Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|d| d.as_str())
                        // "name version" when two versions are locked.
                        .map(|d| d.split(' ').next().unwrap_or(d).to_owned())
                        .collect()
                })
                .unwrap_or_default();
            (name, deps)
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = from.to_vec();
    while let Some(n) = todo.pop() {
        if seen.insert(n.clone())
            && let Some(ds) = deps_of.get(n.as_str())
        {
            todo.extend(ds.iter().cloned());
        }
    }
    seen
}

#[test]
fn solace_clinical_stays_pure() {
    let pkg = toml_of("crates/clinical/Cargo.toml");
    let direct: Vec<String> = pkg["dependencies"]
        .as_table()
        .expect("dependencies")
        .keys()
        .cloned()
        .collect();
    let tree = lock_closure(&direct);
    let bad: Vec<&str> = IMPURE
        .iter()
        .copied()
        .filter(|c| tree.contains(*c))
        .collect();
    assert!(
        bad.is_empty(),
        "solace-clinical's dependencies reach {bad:?}: it must stay free of IO and randomness"
    );
    // No clock reads in clinical code ("today" and "now" are parameters), tests included.
    let mut files = vec![];
    rust_files(&root().join("crates/clinical/src"), &mut files);
    let mut reads = vec![];
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for clock in [
                "Utc::now(",
                "Local::now(",
                "SystemTime::now(",
                "Instant::now(",
            ] {
                if line.contains(clock) && !line.contains(&format!("\"{clock}")) {
                    reads.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        reads.is_empty(),
        "solace-clinical reads the clock; pass the time in:\n{}",
        reads.join("\n")
    );
}

#[test]
fn the_purity_check_sees_a_forbidden_crate() {
    // tokio's own tree must be caught if clinical ever depended on it.
    let tree = lock_closure(&["tokio".to_owned()]);
    assert!(tree.contains("tokio"));
    // And clinical's real tree is not empty (the walk follows Cargo.lock).
    let clinical = lock_closure(&["serde".to_owned(), "chrono".to_owned()]);
    assert!(clinical.len() > 2, "{clinical:?}");
}
