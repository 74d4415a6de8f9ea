//! Diary tests: the entry contract and its validation, the timeline and PBAC score, every recovery
//! check firing and staying quiet just below its threshold, properties, and a recovery journey.
// Values are compared exactly where they pass through unchanged (a pad count, a recorded
// temperature, a PBAC sum of small whole numbers): any difference would be a bug.
#![allow(clippy::float_cmp)]

mod checks;
mod entries;
mod journey;
mod properties;
mod timeline;

use super::*;
use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

/// The fixed "now" most tests use.
pub(super) fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// `now` minus `hours`, as RFC 3339 in UTC.
pub(super) fn ago(hours: f64) -> String {
    let t = now() - TimeDelta::seconds((hours * 3600.0).round() as i64);
    t.fixed_offset().to_rfc3339()
}

/// An instant `hours` before `now` as a fixed-offset time.
pub(super) fn ago_t(hours: f64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&ago(hours)).unwrap()
}

pub(super) fn input(json: &str) -> EntryInput {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// Parses and validates one entry against [`now`].
pub(super) fn entry(json: &str) -> Entry {
    input(json)
        .validate(now())
        .unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// The fields named by the validation errors of `json` (empty when it is valid).
pub(super) fn error_fields(json: &str) -> Vec<String> {
    match input(json).validate(now()) {
        Ok(_) => vec![],
        Err(e) => e.errors.into_iter().map(|e| e.field).collect(),
    }
}

// Short builders for diaries: `hours` before `now`.
pub(super) fn bleeding(hours: f64, extra: &str) -> Entry {
    let sep = if extra.is_empty() { "" } else { ", " };
    entry(&format!(
        r#"{{"kind": "bleeding", "at": "{}"{sep}{extra}}}"#,
        ago(hours)
    ))
}
pub(super) fn pads(hours: f64, n: f64) -> Entry {
    bleeding(hours, &format!(r#""pads_soaked_per_hour": {n}"#))
}
pub(super) fn no_bleeding(hours: f64) -> Entry {
    bleeding(hours, r#""amount": "none""#)
}
pub(super) fn temp(hours: f64, c: f64) -> Entry {
    entry(&format!(
        r#"{{"kind": "temperature", "at": "{}", "celsius": {c}}}"#,
        ago(hours)
    ))
}
pub(super) fn pain(hours: f64, score: u8, place: &str) -> Entry {
    let place = if place.is_empty() {
        String::new()
    } else {
        format!(r#", "where": "{place}""#)
    };
    entry(&format!(
        r#"{{"kind": "pain", "at": "{}", "score": {score}{place}}}"#,
        ago(hours)
    ))
}
pub(super) fn test(hours: f64, result: &str) -> Entry {
    entry(&format!(
        r#"{{"kind": "pregnancy_test", "at": "{}", "result": "{result}"}}"#,
        ago(hours)
    ))
}
pub(super) fn event(hours: f64, event: &str) -> Entry {
    entry(&format!(
        r#"{{"kind": "event", "at": "{}", "event": "{event}"}}"#,
        ago(hours)
    ))
}
pub(super) fn chosen(hours: f64, management: &str) -> Entry {
    entry(&format!(
        r#"{{"kind": "event", "at": "{}", "event": "management_chosen", "management": "{management}"}}"#,
        ago(hours)
    ))
}
pub(super) fn taken(hours: f64, medicine: &str) -> Entry {
    entry(&format!(
        r#"{{"kind": "event", "at": "{}", "event": "medication_taken", "medicine": "{medicine}"}}"#,
        ago(hours)
    ))
}
pub(super) fn scan(hours: f64, showed: &str) -> Entry {
    entry(&format!(
        r#"{{"kind": "scan", "at": "{}", "showed": "{showed}"}}"#,
        ago(hours)
    ))
}

pub(super) const DAY: f64 = 24.0;

pub(super) fn flag_ids(r: &Recovery) -> Vec<&'static str> {
    r.flags.iter().map(|f| f.id).collect()
}

pub(super) fn flag<'a>(r: &'a Recovery, id: &str) -> &'a Flag {
    r.flags
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no flag {id} in {:?}", flag_ids(r)))
}

/// Tidy: every numeric constant in the diary's code says when it was last checked (and, when it
/// is a clinical figure, its source id); the code reads no clock.
#[test]
fn every_threshold_names_its_source_and_check_date() {
    let files = [
        ("entry.rs", include_str!("entry.rs")),
        ("entry/fields.rs", include_str!("entry/fields.rs")),
        ("entry/input.rs", include_str!("entry/input.rs")),
        ("entry/words.rs", include_str!("entry/words.rs")),
        ("timeline.rs", include_str!("timeline.rs")),
        ("recovery.rs", include_str!("recovery.rs")),
        ("recovery/checks.rs", include_str!("recovery/checks.rs")),
        ("recovery/course.rs", include_str!("recovery/course.rs")),
        ("recovery/expected.rs", include_str!("recovery/expected.rs")),
        ("recovery/findings.rs", include_str!("recovery/findings.rs")),
        (
            "recovery/reminders.rs",
            include_str!("recovery/reminders.rs"),
        ),
        (
            "recovery/triage_answers.rs",
            include_str!("recovery/triage_answers.rs"),
        ),
        ("severity.rs", include_str!("severity.rs")),
    ];
    let mut seen = 0;
    for (name, text) in files {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with("pub const ") || line.contains(": &str") {
                continue;
            }
            seen += 1;
            let doc: Vec<&str> = lines[..i]
                .iter()
                .rev()
                .take_while(|l| l.trim_start().starts_with("///"))
                .copied()
                .collect();
            let doc = doc.join(" ");
            assert!(doc.contains("checked 2026-11"), "{name}: {line}");
            // Solace's own bounds say so; CLINICAL.md's plausibility ranges (§1) have no
            // bibliography id of their own and cite the section.
            let solace = doc.contains("Solace") || doc.contains("CLINICAL.md §1 plausible");
            let cited = crate::sources::Source::ALL
                .iter()
                .any(|s| doc.contains(&format!("`{}`", s.id())) || doc.contains(s.id()));
            assert!(
                solace || cited,
                "{name}: {line} names no source and is not marked Solace's"
            );
        }
        for banned in ["Utc::now", "Local::now", "SystemTime", "Instant::now"] {
            assert!(!text.contains(banned), "{name} reads the clock: {banned}");
        }
    }
    assert!(seen >= 25, "found {seen} constants");
}
