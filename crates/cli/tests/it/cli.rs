//! The command line's contract, run against the built `solace` binary: `solace triage` reads one
//! JSON object on stdin; exit 0 with a result, or exit 2 with stderr naming the field and (with
//! `--json`) a JSON error object on stdout.

use serde_json::Value;
use solace_clinical::triage::RULES;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `solace <args>` with `stdin` written to it, and returns what it printed (the other
/// CLI test files use it too).
pub(crate) fn solace(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_solace"))
        .args(args)
        .env_remove("SOLACE_REGION")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the solace binary");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // Write from a thread: the binary may stop reading (and exit) before taking all of a large
    // input, and a write to a closed pipe is then expected, not a failure.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for solace");
    writer.join().expect("stdin writer thread");
    out
}

fn triage_json(stdin: &str) -> (Output, Value) {
    let out = solace(&["triage", "--json"], stdin.as_bytes());
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let value: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}) for input {stdin:?}\nstdout: {stdout}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out, value)
}

fn ok(stdin: &str) -> Value {
    let (out, v) = triage_json(stdin);
    assert_eq!(
        out.status.code(),
        Some(0),
        "input {stdin:?} should succeed; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    v
}

/// Asserts that `stdin` is refused with exit 2, stderr naming `field`, and stdout a JSON error
/// object whose first error is about `field`.
fn refused(stdin: &[u8], field: &str) {
    let out = solace(&["triage", "--json"], stdin);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = String::from_utf8_lossy(&stdin[..stdin.len().min(80)]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "input {shown:?} should exit 2\nstdout: {stdout}\nstderr: {stderr}"
    );
    assert!(
        stderr.contains(field),
        "stderr should name the field {field:?} for input {shown:?}: {stderr}"
    );
    let v: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}) for input {shown:?}: {stdout}"));
    assert!(v.is_object(), "stdout should be a JSON object: {stdout}");
    assert_eq!(
        v["errors"][0]["field"], field,
        "errors[0].field for input {shown:?}: {stdout}"
    );
}

fn rule_ids(v: &Value) -> Vec<&str> {
    v["reasons"]
        .as_array()
        .expect("reasons is an array")
        .iter()
        .map(|r| r["rule"].as_str().expect("reason has a rule id"))
        .collect()
}

#[test]
fn shoulder_tip_pain_in_pregnancy_is_urgent_with_the_ectopic_reason() {
    let v = ok(r#"{"situation":"pregnant","weeks":7,"shoulder_tip_pain":true}"#);
    assert_eq!(v["urgency"], "urgent", "{v:#}");
    assert!(
        rule_ids(&v).contains(&"possible-ectopic-shoulder"),
        "reasons: {:?}",
        rule_ids(&v)
    );
}

#[test]
fn fainting_is_an_emergency_with_the_regions_number() {
    let v = ok(r#"{"fainted":true}"#);
    assert_eq!(v["urgency"], "emergency", "{v:#}");
    assert_eq!(v["emergency_number"], "999", "default region is uk: {v:#}");

    let v = ok(r#"{"fainted":true,"region":"au"}"#);
    assert_eq!(v["urgency"], "emergency", "{v:#}");
    assert_eq!(v["emergency_number"], "000", "{v:#}");
}

#[test]
fn plain_output_names_the_rule_and_the_emergency_number() {
    let out = solace(&["triage"], br#"{"fainted":true}"#);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[collapse]"), "{text}");
    assert!(text.contains("999"), "{text}");
}

#[test]
fn list_rules_lists_every_rule_with_its_sources() {
    let out = solace(&["triage", "--list-rules"], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for rule in RULES {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(rule.id))
            .unwrap_or_else(|| panic!("rule {} is not listed:\n{text}", rule.id));
        for source in rule.sources {
            assert!(
                line.contains(source.id()),
                "rule {} should list source {}: {line}",
                rule.id,
                source.id()
            );
        }
    }
}

#[test]
fn list_rules_json_parses_and_matches_the_registry() {
    let out = solace(&["triage", "--list-rules", "--json"], b"");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("--list-rules --json is JSON");
    let listed = v.as_array().expect("a JSON array of rules");
    assert_eq!(listed.len(), RULES.len());
    for (item, rule) in listed.iter().zip(RULES) {
        assert_eq!(item["id"], rule.id);
        assert_eq!(item["level"], rule.level.id());
        let sources: Vec<&str> = item["sources"]
            .as_array()
            .expect("sources is an array")
            .iter()
            .map(|s| s.as_str().expect("source id"))
            .collect();
        let expected: Vec<&str> = rule.sources.iter().map(|s| s.id()).collect();
        assert_eq!(sources, expected, "sources of {}", rule.id);
    }
}

#[test]
fn text_that_is_not_json_is_refused() {
    refused(b"fainted", "body");
}

#[test]
fn empty_input_is_refused() {
    refused(b"", "body");
}

#[test]
fn an_unknown_field_is_named() {
    refused(br#"{"fainted":true,"nauseous":true}"#, "nauseous");
}

#[test]
fn an_unknown_word_is_named() {
    refused(br#"{"bleeding":"loads"}"#, "bleeding");
}

#[test]
fn pain_must_be_a_whole_number() {
    refused(br#"{"pain":4.5}"#, "pain");
}

#[test]
fn two_temperatures_that_disagree_are_refused() {
    refused(
        br#"{"temperature_c":37,"temperature_f":100.4}"#,
        "temperature_f",
    );
}

#[test]
fn weeks_out_of_range_are_refused() {
    refused(br#"{"weeks":46}"#, "weeks");
}

#[test]
fn input_over_the_size_limit_is_refused() {
    let mut big = br#"{"fainted":true}"#.to_vec();
    big.resize(100 * 1024, b' ');
    refused(&big, "body");
}

/// Issue 11's "done when": every row of the team's examples (the repository's copy) passes
/// through `solace triage --json`, the same way a tool would drive it.
#[test]
fn every_shared_example_passes_through_the_cli() {
    let text = include_str!("../../../clinical/tests/data/triage.jsonl");
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: Value = serde_json::from_str(line).expect("an example row");
        let v = ok(&row["input"].to_string());
        assert_eq!(v["urgency"], row["urgency"], "{line}");
        let fired: Vec<&str> = v["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .filter_map(|r| r["rule"].as_str())
            .collect();
        let want = row["a_rule_that_fires"].as_str().expect("a rule id");
        assert!(fired.contains(&want), "{line}: fired {fired:?}");
        n += 1;
    }
    assert_eq!(n, 22, "every row of the revised examples");
}

/// Every row of CLINICAL.md §1's 2026-12 table is listed by `--list-rules` (the two escalations
/// Solace adds are listed too; `severe-pain-expected` is gone).
#[test]
fn list_rules_holds_every_row_of_the_revised_table() {
    let out = solace(&["triage", "--list-rules", "--json"], b"");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let ids: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    for id in [
        "collapse",
        "shock",
        "sepsis-red-flag",
        "possible-rupture",
        "ectopic-faintness",
        "bleeding-with-faintness",
        "self-harm",
        "heavy-bleeding",
        "possible-ectopic-shoulder",
        "possible-ectopic-severe-one-sided",
        "possible-ectopic-urgent",
        "ectopic-pain",
        "severe-pain",
        "pain-not-easing-severe",
        "infection",
        "low-temperature-unwell",
        "racing-heart-bleeding",
        "racing-heart-after-treatment",
        "pale-clammy",
        "second-trimester-bleeding",
        "bleeding-in-pregnancy",
        "early-light-bleeding",
        "pain-unconfirmed-location",
        "pain-in-pregnancy",
        "pain-not-easing",
        "pain-after-loss",
        "bleeding-one-pad-an-hour",
        "one-sided-pain",
        "shoulder-tip-confirmed",
        "rectal-pain",
        "fever",
        "foul-discharge",
        "dizziness",
        "racing-heart",
        "vomiting",
        "no-bleeding-after-misoprostol",
        "ectopic-known",
        "positive-test-unconfirmed",
        "prolonged-bleeding",
        "positive-test-after",
        "no-period",
        "low-mood",
        "expected-course",
    ] {
        assert!(ids.contains(&id), "{id} is not listed");
    }
    assert!(!ids.contains(&"severe-pain-expected"));
    assert_eq!(ids.len(), 45);
}

/// `solace serve --exit-url`: only an absolute http(s) address; anything else exits 2 naming
/// the flag, before anything is opened or listened on.
#[test]
fn serve_refuses_an_exit_url_that_is_not_an_http_address() {
    for bad in [
        "javascript:alert(1)",
        "/away",
        "ftp://example.org/",
        "https://user:pw@example.org/",
    ] {
        let out = solace(&["serve", "--addr", "127.0.0.1:0", "--exit-url", bad], b"");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--exit-url"), "{bad}: {err}");
        assert!(err.contains("http"), "{bad}: {err}");
    }
}
