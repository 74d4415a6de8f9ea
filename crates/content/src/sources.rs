//! The bibliography from `content/sources.toml`, parsed once.

use serde::Deserialize;
use std::sync::OnceLock;

const TOML: &str = include_str!("../../../content/sources.toml");

/// One entry of the bibliography.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// Short, for people reading a result.
    pub title: String,
    /// Full, for clinicians.
    pub citation: String,
    pub url: Option<String>,
    /// When the figures citing it were last checked against CLINICAL.md (YYYY-MM).
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    source: Vec<Entry>,
}

/// The file did not parse. Embedded at build time, so a test catches this before release.
#[derive(Debug, thiserror::Error)]
#[error("content/sources.toml: {0}")]
pub struct SourcesError(String);

fn parse() -> Result<Vec<Entry>, SourcesError> {
    toml::from_str::<File>(TOML)
        .map(|f| f.source)
        .map_err(|e| SourcesError(e.to_string()))
}

/// Every entry, in file order. An unparsable file yields an empty list here (and fails the tests).
pub fn all() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| parse().unwrap_or_default())
}

pub fn get(id: &str) -> Option<&'static Entry> {
    all().iter().find(|e| e.id == id)
}

/// The short title for a source id, for showing beside a reason.
pub fn title(id: &str) -> Option<&'static str> {
    get(id).map(|e| e.title.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use solace_clinical::Source;
    use solace_clinical::triage::RULES;
    use std::collections::BTreeSet;

    #[test]
    fn file_parses_with_unique_kebab_ids() {
        let entries = parse().expect("sources.toml parses");
        let mut seen = BTreeSet::new();
        for e in &entries {
            assert!(seen.insert(e.id.as_str()), "duplicate {}", e.id);
            assert!(
                e.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
            assert!(!e.title.is_empty() && !e.citation.is_empty());
            assert_eq!(e.checked.len(), 7, "{}: checked is YYYY-MM", e.id);
        }
    }

    #[test]
    fn the_clinical_list_and_the_file_agree() {
        let file: BTreeSet<&str> = all().iter().map(|e| e.id.as_str()).collect();
        let code: BTreeSet<&str> = Source::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(file, code);
    }

    #[test]
    fn every_triage_rule_cites_a_listed_source() {
        for rule in RULES {
            for s in rule.sources {
                assert!(
                    get(s.id()).is_some(),
                    "{} cites {} which is not in sources.toml",
                    rule.id,
                    s.id()
                );
            }
        }
    }
}
