//! The calculation verbs' contract, run against the built `solace` binary: `solace hcg | scan |
//! dating | risk --json` read one JSON object on stdin and print one JSON object; `solace options`
//! reads nothing. Exit 0 with a result; exit 2 with stderr naming the field (and, with `--json`, a
//! JSON error object on stdout). The guideline vectors come from CLINICAL.md.

use chrono::{NaiveDate, TimeDelta};
use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// A fixed "now" after every date below, so results do not depend on the clock.
const NOW: &str = "2026-11-30T12:00:00Z";

/// Runs `solace <args>` with `stdin` written to it, and returns what it printed.
fn solace_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_solace"));
    cmd.args(args)
        .env_remove("SOLACE_REGION")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start the solace binary");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // The binary may exit before reading everything (options reads nothing): ignore a closed pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for solace");
    writer.join().expect("stdin writer thread");
    out
}

fn solace(args: &[&str], stdin: &[u8]) -> Output {
    solace_env(args, stdin, &[])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs a verb with `--json`, expects exit 0, and returns the printed object.
fn ok(args: &[&str], input: &Value) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = solace(&all, input.to_string().as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "solace {all:?} with {input} should succeed; stderr: {}",
        text(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", text(&out.stdout)));
    assert!(v.is_object(), "one JSON object: {v}");
    assert!(
        v["disclaimer"]
            .as_str()
            .unwrap()
            .contains("does not diagnose"),
        "{v:#}"
    );
    v
}

fn hcg(input: &Value) -> Value {
    ok(&["hcg", "--now", NOW], input)
}

/// Refused with exit 2: stderr names `field`; with `--json`, stdout's JSON names it first.
fn refused(args: &[&str], stdin: &[u8], field: &str) {
    let shown = text(&stdin[..stdin.len().min(120)]);
    let mut all = args.to_vec();
    all.push("--json");
    let out = solace(&all, stdin);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(
        out.status.code(),
        Some(2),
        "solace {all:?} with {shown:?} should exit 2\nstdout: {stdout}\nstderr: {stderr}"
    );
    assert!(
        stderr.contains(&format!("solace: {field}: ")),
        "stderr should name {field:?} for {shown:?}: {stderr}"
    );
    let v: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}) for {shown:?}: {stdout}"));
    assert_eq!(v["error"], "invalid_input", "{v:#}");
    assert_eq!(v["errors"][0]["field"], field, "for {shown:?}: {v:#}");
    assert!(
        v["errors"][0]["expected"].as_str().unwrap().len() > 5,
        "a reason is given: {v:#}"
    );

    // Without --json: nothing on stdout, the field on stderr, still exit 2.
    let out = solace(args, stdin);
    assert_eq!(out.status.code(), Some(2), "{args:?} without --json");
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains(field));
}

fn pair(context: &str, from: f64, to: f64, hours_later: &str) -> Value {
    json!({
        "context": context,
        "values": [
            { "at": "2026-11-16T09:00:00Z", "iu_per_l": from },
            { "at": hours_later, "iu_per_l": to },
        ]
    })
}

fn ids(v: &Value) -> Vec<&str> {
    v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// hCG
// ---------------------------------------------------------------------------------------------

#[test]
fn hcg_a_rise_over_63_percent_in_48_hours_is_nice_rise_over_63() {
    let v = hcg(&pair(
        "unknown_location",
        1000.0,
        1700.0,
        "2026-11-18T09:00:00Z",
    ));
    assert_eq!(v["context"], "unknown_location");
    let p = &v["pairs"][0];
    assert_eq!(p["hours"], 48.0);
    assert!((p["percent_change"].as_f64().unwrap() - 70.0).abs() < 1e-9);
    assert_eq!(p["is_48h_pair"], true);
    assert!(p["doubling_hours"].as_f64().unwrap() > 0.0);
    assert!(p.get("half_life_hours").is_none(), "{p}");
    assert_eq!(v["readings"][0]["rule_set"], "nice-ng126", "uk: NICE first");
    assert_eq!(v["readings"][0]["id"], "nice-rise-over-63");
    assert_eq!(v["interpretation"]["id"], "nice-rise-over-63");
    assert!(!v["readings"][0]["next_step"].as_str().unwrap().is_empty());
    // The location is unknown: the ectopic note is always there.
    assert!(ids(&v).contains(&"hcg-never-rules-out-ectopic"), "{v:#}");
    assert_eq!(v["projection"], Value::Null);
}

#[test]
fn hcg_exactly_plus_63_and_exactly_minus_50_are_in_between() {
    for to in [1630.0, 500.0] {
        let v = hcg(&pair(
            "unknown_location",
            1000.0,
            to,
            "2026-11-18T09:00:00Z",
        ));
        assert_eq!(
            v["readings"][0]["id"], "nice-in-between",
            "1000 → {to}: {v:#}"
        );
    }
}

#[test]
fn hcg_a_fall_over_50_percent_is_nice_fall_over_50() {
    let v = hcg(&pair(
        "unknown_location",
        1000.0,
        490.0,
        "2026-11-18T09:00:00Z",
    ));
    assert_eq!(v["readings"][0]["id"], "nice-fall-over-50", "{v:#}");
    assert!(v["pairs"][0]["half_life_hours"].as_f64().unwrap() > 0.0);
    assert!(ids(&v).contains(&"hcg-never-rules-out-ectopic"));
}

#[test]
fn hcg_a_pair_30_hours_apart_is_not_a_48_hour_pair() {
    let v = hcg(&pair(
        "unknown_location",
        1000.0,
        1400.0,
        "2026-11-17T15:00:00Z",
    ));
    assert_eq!(v["pairs"][0]["hours"], 30.0);
    assert_eq!(v["pairs"][0]["is_48h_pair"], false, "{v:#}");
    assert!(ids(&v).contains(&"nice-not-48h-pair"), "{:?}", ids(&v));
}

#[test]
fn hcg_the_us_region_reads_the_us_studies_first() {
    let out = solace(
        &["hcg", "--json", "--now", NOW, "--region", "us"],
        pair("unknown_location", 1000.0, 1700.0, "2026-11-18T09:00:00Z")
            .to_string()
            .as_bytes(),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["region"], "us");
    assert_eq!(v["readings"][0]["rule_set"], "barnhart-2004", "{v:#}");
    assert_eq!(v["readings"][0]["id"], "rise-at-least-minimal");
    // The NICE reading is still there, labelled.
    assert!(ids(&v).contains(&"nice-rise-over-63"));
}

#[test]
fn hcg_after_a_loss_projects_a_date_below_5() {
    let v = hcg(&json!({
        "context": "after_loss",
        "values": [
            { "at": "2026-11-16T09:00:00Z", "iu_per_l": 2000 },
            { "at": "2026-11-18T09:00:00Z", "iu_per_l": 1000 },
            { "at": "2026-11-23T09:00:00Z", "iu_per_l": 200 },
        ]
    }));
    // After a loss the UK's first reading is NICE's urine-test note; the band is Barnhart's.
    assert_eq!(v["interpretation"]["id"], "decline-as-expected", "{v:#}");
    assert!(
        ids(&v).contains(&"nice-urine-test-3-weeks"),
        "{:?}",
        ids(&v)
    );
    let p = &v["projection"];
    let day = |k: &str| -> NaiveDate {
        let s = p[k].as_str().unwrap_or_else(|| panic!("{k} in {p}"));
        assert_eq!(s.len(), 10, "{k} is YYYY-MM-DD: {s}");
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    };
    let (on, earliest, latest) = (day("below_5_on"), day("earliest"), day("latest"));
    let last = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert!(last <= earliest && earliest <= on && on <= latest, "{p:#}");
    assert!(p["text"].as_str().unwrap().contains("estimate"), "{p:#}");
}

#[test]
fn hcg_values_in_miu_per_ml_read_the_same() {
    let iu = hcg(&pair(
        "unknown_location",
        1000.0,
        1700.0,
        "2026-11-18T09:00:00Z",
    ));
    let miu = hcg(&json!({
        "context": "unknown_location",
        "values": [
            { "at": "2026-11-16T09:00:00Z", "miu_per_ml": 1000 },
            { "at": "2026-11-18T09:00:00Z", "miu_per_ml": 1700 },
        ]
    }));
    assert_eq!(miu["pairs"], iu["pairs"]);
    assert_eq!(miu["readings"], iu["readings"]);
    assert_eq!(miu["values"][1]["iu_per_l"], 1700.0);
}

#[test]
fn hcg_plain_text_shows_the_pairs_table_and_the_readings() {
    let out = solace(
        &["hcg", "--now", NOW],
        pair("unknown_location", 1000.0, 1700.0, "2026-11-18T09:00:00Z")
            .to_string()
            .as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    for want in [
        "1,000",
        "1,700",
        "+70%",
        "doubles in",
        "48 h pair",
        "nice-rise-over-63",
        "Next: ",
        "does not diagnose",
    ] {
        assert!(t.contains(want), "{want:?} in:\n{t}");
    }
}

#[test]
fn hcg_bad_input_is_exit_2_naming_the_field() {
    let v = |at: &str, iu: f64| json!({ "at": at, "iu_per_l": iu });
    let series = |values: Vec<Value>| {
        json!({ "context": "unknown_location", "values": values })
            .to_string()
            .into_bytes()
    };
    let t0 = "2026-11-16T09:00:00Z";
    let t1 = "2026-11-18T09:00:00Z";
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (series(vec![v(t0, 0.0), v(t1, 100.0)]), "values[0].iu_per_l"),
        (
            series(vec![v(t0, 100.0), v(t1, -5.0)]),
            "values[1].iu_per_l",
        ),
        (series(vec![v(t1, 100.0), v(t0, 200.0)]), "values[1].at"),
        (series(vec![v(t0, 100.0), v(t0, 200.0)]), "values[1].at"),
        (
            series(vec![v("2026-11-16T09:00:00", 100.0), v(t1, 200.0)]),
            "values[0].at",
        ),
        (
            // After --now (2026-11-30T12:00Z).
            series(vec![v(t0, 100.0), v("2026-12-01T09:00:00Z", 200.0)]),
            "values[1].at",
        ),
        (series(vec![v(t0, 100.0)]), "values"),
        (
            series(
                (0..21)
                    .map(|d| v(&format!("2026-11-{:02}T09:00:00Z", d + 1), 100.0))
                    .collect(),
            ),
            "values",
        ),
        (
            br#"{"context":"unknown_location","values":[],"note":"x"}"#.to_vec(),
            "note",
        ),
        (b"1000 then 1700".to_vec(), "body"),
        (br#"{"values":[]"#.to_vec(), "body"),
    ];
    for (stdin, field) in &cases {
        refused(&["hcg", "--now", NOW], stdin, field);
    }
}

#[test]
fn a_malformed_now_or_today_is_exit_2_naming_the_flag() {
    let input = pair("unknown_location", 1000.0, 1700.0, "2026-11-18T09:00:00Z").to_string();
    for bad in ["yesterday", "2026-11-30", "2026-11-30T12:00:00"] {
        refused(&["hcg", "--now", bad], input.as_bytes(), "--now");
    }
    refused(
        &["dating", "--today", "30/11/2026"],
        br#"{"lmp":"2026-10-01"}"#,
        "--today",
    );
}

// ---------------------------------------------------------------------------------------------
// Scan
// ---------------------------------------------------------------------------------------------

fn crl_7_no_cardiac_activity() -> Value {
    json!({ "route": "transvaginal", "crl_mm": 7, "cardiac_activity": false })
}

fn category(v: &Value, rule_set: &str) -> String {
    v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule_set"] == rule_set)
        .unwrap_or_else(|| panic!("{rule_set} reading in {v:#}"))["category"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn scan_crl_7_without_cardiac_activity_under_each_guideline() {
    let uk = ok(&["scan"], &crl_7_no_cardiac_activity());
    assert_eq!(category(&uk, "sru-2013"), "consistent-with-loss");
    assert_eq!(category(&uk, "nice-ng126"), "second-opinion-or-rescan");
    assert_eq!(
        uk["readings"][0]["rule_set"], "nice-ng126",
        "uk: NICE first"
    );
    let sru = uk["readings"][1]["reasons"][0]["rule"].as_str().unwrap();
    assert!(sru.starts_with("sru-"), "{uk:#}");

    let us = ok(&["scan", "--region", "us"], &crl_7_no_cardiac_activity());
    assert_eq!(us["readings"][0]["rule_set"], "sru-2013", "us: SRU first");
    assert_eq!(us["readings"][0]["category"], "consistent-with-loss");
    assert_eq!(us["readings"][1]["category"], "second-opinion-or-rescan");
}

#[test]
fn scan_region_comes_from_solace_region_too() {
    let out = solace_env(
        &["scan", "--json"],
        crl_7_no_cardiac_activity().to_string().as_bytes(),
        &[("SOLACE_REGION", "us")],
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["region"], "us");
    assert_eq!(v["readings"][0]["rule_set"], "sru-2013");
}

#[test]
fn scan_plain_text_shows_each_guideline_and_its_reasons() {
    let out = solace(
        &["scan"],
        crl_7_no_cardiac_activity().to_string().as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    let nice = t.find("[nice-ng126] second-opinion-or-rescan").expect(&t);
    let sru = t.find("[sru-2013] consistent-with-loss").expect(&t);
    assert!(nice < sru, "NICE first for uk:\n{t}");
    assert!(t.contains("Because:") && t.contains("Next: "), "{t}");
}

#[test]
fn scan_bad_input_is_exit_2_naming_the_field() {
    refused(
        &["scan"],
        br#"{"route":"transvaginal","crl_mm":200}"#,
        "crl_mm",
    );
    refused(&["scan"], br#"{"crl_mm":7}"#, "route");
    refused(
        &["scan"],
        br#"{"route":"transvaginal","heartbeat":true}"#,
        "heartbeat",
    );
    refused(&["scan"], br#"{"route":"by-ear"}"#, "route");
    refused(&["scan"], b"CRL 7 mm", "body");
}

// ---------------------------------------------------------------------------------------------
// Dating
// ---------------------------------------------------------------------------------------------

#[test]
fn dating_crl_7_is_6_weeks_3_days_give_or_take_4_7() {
    let v = ok(&["dating"], &json!({ "crl_mm": 7 }));
    assert_eq!(v["method"], "crl");
    assert_eq!(v["gestational_age_days"], 45, "{v:#}");
    assert_eq!(
        (v["weeks"].clone(), v["days"].clone()),
        (json!(6), json!(3))
    );
    assert_eq!(v["plus_minus_days"], 4.7);
}

#[test]
fn dating_crl_45_is_77_or_78_days() {
    let v = ok(&["dating"], &json!({ "crl_mm": 45 }));
    let days = v["gestational_age_days"].as_u64().unwrap();
    assert!(days == 77 || days == 78, "{v:#}");
}

#[test]
fn dating_by_lmp_with_a_fixed_today_gives_lmp_plus_280() {
    let v = ok(
        &["dating", "--today", "2026-11-20"],
        &json!({ "lmp": "2026-10-01" }),
    );
    let lmp = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let due = (lmp + TimeDelta::days(280)).format("%Y-%m-%d").to_string();
    assert_eq!(v["due_date"], due.as_str(), "{v:#}");
    assert_eq!(v["as_of"], "2026-11-20");
    assert_eq!(v["gestational_age_days"], 50);
    assert_eq!(
        (v["weeks"].clone(), v["days"].clone()),
        (json!(7), json!(1))
    );

    // The input's own `today` wins over the flag.
    let v = ok(
        &["dating", "--today", "2026-11-20"],
        &json!({ "lmp": "2026-10-01", "today": "2026-10-29" }),
    );
    assert_eq!(v["gestational_age_days"], 28);
    assert_eq!(v["due_date"], due.as_str());
}

#[test]
fn dating_plain_text_gives_the_age_and_the_due_date() {
    let out = solace(
        &["dating", "--today", "2026-11-20"],
        br#"{"lmp":"2026-10-01"}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    assert!(
        t.contains("7 weeks 1 days (50 days)") || t.contains("(50 days)"),
        "{t}"
    );
    assert!(t.contains("Due date: 8 July 2027"), "{t}");
}

#[test]
fn dating_bad_input_is_exit_2_naming_the_field() {
    refused(&["dating"], br#"{"crl_mm":200}"#, "crl_mm");
    refused(&["dating"], br#"{"crl_mm":7,"msd_mm":10}"#, "msd_mm");
    refused(
        &["dating", "--today", "2026-11-20"],
        br#"{"lmp":"2026-12-01"}"#,
        "lmp",
    );
    refused(&["dating"], br#"{"lmp":"1 October"}"#, "lmp");
    refused(&["dating"], br#"{"crl":7}"#, "crl");
}

// ---------------------------------------------------------------------------------------------
// Risk and options
// ---------------------------------------------------------------------------------------------

#[test]
fn risk_with_bleeding_withholds_the_tong_figures_with_a_reason() {
    let v = ok(
        &["risk"],
        &json!({ "weeks": 8, "cardiac_activity_seen": true, "bleeding_or_pain": true }),
    );
    let held = v["withheld"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["id"] == "tong-by-week")
        .unwrap_or_else(|| panic!("tong-by-week withheld: {v:#}"));
    assert_eq!(held["reason"], "bleeding-or-pain");
    assert!(held["text"].as_str().unwrap().contains("bleeding"));
    assert_eq!(v["by_week"], Value::Null);
    let shown: Vec<&str> = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(!shown.iter().any(|id| id.starts_with("tong")), "{shown:?}");
    assert!(v["framing"].as_str().unwrap().contains("cannot tell"));

    // Without bleeding or pain, the same situation shows the week's figure and the chart.
    let v = ok(
        &["risk"],
        &json!({ "weeks": 8, "cardiac_activity_seen": true, "bleeding_or_pain": false }),
    );
    assert!(
        v["by_week"]["points"].as_array().unwrap().len() >= 5,
        "{v:#}"
    );
    assert!(
        v["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["sources"] == json!(["tong-2008"])),
        "{v:#}"
    );
}

#[test]
fn risk_every_figure_names_its_source() {
    let v = ok(&["risk"], &json!({ "age": 30, "previous_losses": 1 }));
    for f in v["figures"].as_array().unwrap() {
        assert!(!f["sources"].as_array().unwrap().is_empty(), "{f}");
    }
}

#[test]
fn risk_plain_text_shows_the_figures_and_what_is_held_back() {
    let out = solace(
        &["risk"],
        br#"{"weeks":8,"cardiac_activity_seen":true,"bleeding_or_pain":true}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    assert!(t.contains("in 100"), "{t}");
    assert!(t.contains("quenby-2021"), "{t}");
    assert!(
        t.contains("Not shown:") && t.contains("[tong-by-week]"),
        "{t}"
    );
}

#[test]
fn risk_bad_input_is_exit_2_naming_the_field() {
    refused(&["risk"], br#"{"age":9}"#, "age");
    refused(&["risk"], br#"{"age":30.5}"#, "age");
    refused(&["risk"], br#"{"previous_losses":-1}"#, "previous_losses");
    refused(&["risk"], br#"{"weeks":46}"#, "weeks");
    refused(&["risk"], br#"{"bleeding":true}"#, "bleeding");
}

#[test]
fn options_lists_the_three_ways_without_reading_input() {
    let out = solace(&["options", "--json"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["expectant", "medication", "surgery"]);
    for o in v["options"].as_array().unwrap() {
        assert!(!o["questions"].as_array().unwrap().is_empty());
        for f in o["how_often_it_works"].as_array().unwrap() {
            assert!(!f["sources"].as_array().unwrap().is_empty(), "{f}");
        }
    }
    assert!(!v["aftercare"].as_array().unwrap().is_empty());

    let out = solace(&["options"], b"");
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    assert!(
        t.contains("Questions to ask:") && t.contains("After any of them:"),
        "{t}"
    );
}

// ---------------------------------------------------------------------------------------------
// Shared behaviour
// ---------------------------------------------------------------------------------------------

#[test]
fn every_verb_refuses_input_over_64_kib() {
    let mut big = br#"{"crl_mm":7}"#.to_vec();
    big.resize(100 * 1024, b' ');
    for verb in ["hcg", "scan", "dating", "risk"] {
        refused(&[verb], &big, "body");
    }
}

#[test]
fn help_documents_each_verb_and_points_to_the_openapi_document() {
    for args in [&["help"][..], &["--help"][..]] {
        let out = solace(args, b"");
        assert_eq!(out.status.code(), Some(0));
        let t = text(&out.stdout);
        for verb in ["hcg", "scan", "dating", "risk", "options", "openapi"] {
            assert!(
                t.lines().any(|l| l.trim_start().starts_with(verb)),
                "{verb} in:\n{t}"
            );
        }
        assert!(
            t.contains("OpenAPI") && t.contains("/api/v1/openapi.json"),
            "{t}"
        );
        assert!(t.contains("--now") && t.contains("--today"), "{t}");
    }
    let out = solace(&["hcg", "--help"], b"");
    let t = text(&out.stdout);
    assert!(t.contains("iu_per_l") && t.contains("--now"), "{t}");
    assert!(t.contains("--region"), "{t}");
    let out = solace(&["dating", "--help"], b"");
    assert!(text(&out.stdout).contains("--today"));
}

#[test]
fn openapi_prints_the_document_with_every_path() {
    let out = solace(&["openapi"], b"");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    for path in [
        "/api/v1/triage",
        "/api/v1/hcg",
        "/api/v1/scan",
        "/api/v1/dating",
        "/api/v1/risk",
        "/api/v1/options",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
}

#[test]
fn error_objects_name_each_key_once() {
    // `bad_date` and `invalid` problems carry their own `expected`: it must not be written twice.
    let out = solace(
        &["hcg", "--json", "--now", NOW],
        br#"{"context":"unknown_location","values":[{"at":"soon","iu_per_l":0}]}"#,
    );
    let raw = text(&out.stdout);
    let v: Value = serde_json::from_str(&raw).unwrap();
    let errors = v["errors"].as_array().unwrap().len();
    assert_eq!(errors, 3, "{v:#}");
    assert_eq!(raw.matches("\"expected\"").count(), errors, "{raw}");
}

/// The numbers in a text, sorted (dates and numbers move about between languages).
fn numbers_in(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|t| t.trim_matches(|c| c == '.' || c == ','))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

#[test]
fn hcg_and_scan_with_lang_es_speak_spanish_with_the_same_numbers_and_keys() {
    let input = pair("unknown_location", 1000.0, 1700.0, "2026-11-18T09:00:00Z").to_string();
    // Plain text: the layout and the readings in Spanish.
    let out = solace(&["hcg", "--now", NOW, "--lang", "es"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    for want in [
        "Resultados de hCG (localización desconocida)",
        "se duplica en",
        "Su hCG subió un 70% en 48 horas",
        "Siguiente paso: ",
        "unidad de embarazo temprano (EPU)",
        "UI/L",
        "nice-rise-over-63",
    ] {
        assert!(t.contains(want), "{want:?} in:\n{t}");
    }
    for gone in [
        "Next: ",
        "What the guidelines say",
        "hCG results",
        "went up by",
    ] {
        assert!(!t.contains(gone), "{gone:?} in:\n{t}");
    }
    // JSON: the same keys and ids; each sentence in Spanish with the English numbers.
    let json = |lang: Option<&str>, verb: &str, body: &str| -> Value {
        let mut args = vec![verb, "--json", "--region", "us"];
        if verb == "hcg" {
            args.extend(["--now", NOW]);
        }
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let out = solace(&args, body.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let scan = r#"{"route":"transvaginal","crl_mm":8,"cardiac_activity":false}"#;
    for (verb, body) in [("hcg", input.as_str()), ("scan", scan)] {
        let (en, es) = (json(None, verb, body), json(Some("es"), verb, body));
        let readings = |v: &Value| v["readings"].as_array().unwrap().clone();
        assert_eq!(readings(&en).len(), readings(&es).len());
        for (e, s) in readings(&en).iter().zip(&readings(&es)) {
            assert_eq!(e["id"], s["id"]);
            assert_eq!(
                e.as_object().unwrap().keys().collect::<Vec<_>>(),
                s.as_object().unwrap().keys().collect::<Vec<_>>()
            );
            for key in ["text", "next_step"] {
                let (e, s) = (e[key].as_str().unwrap(), s[key].as_str().unwrap());
                assert_ne!(e, s, "{verb} {key} still English");
                assert_eq!(numbers_in(e), numbers_in(s), "{verb} {key}:\n{e}\n{s}");
            }
        }
        // Without --lang the region's language, as before: en-US for us.
        assert_eq!(json(Some("en-US"), verb, body), en);
    }
    // An unknown language is refused before any input is read.
    let out = solace(&["scan", "--lang", "fr"], scan.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("es"), "{}", text(&out.stderr));
}
