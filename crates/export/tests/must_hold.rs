//! Issue 6's must-holds, each a test:
//! - the FHIR bundle validates with an independent validator (Python `fhir.resources`, R4B
//!   models, installed by `.ci/run`) and every code is one of CLINICAL.md §9;
//! - `pdftotext` of the PDF holds every hCG value and date of a sample diary; the PDF drawn to
//!   pixels (`pdftoppm`) is not blank and has at most 2 pages (`pdfinfo`);
//! - CSV export → parse → the same entries;
//! - a diary with no entries, or only some kinds, exports cleanly in all three formats.
//!
//! Tests that need poppler or Python's `fhir.resources` print "skipped: <reason>" and pass when
//! they are missing, except when `CI` is set: then they fail, so CI never skips them.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;
use serde_json::Value;
use solace_clinical::Region;
use solace_clinical::diary::{Entry, EntryInput};
use solace_export::{Format, Labels, Request, Section, fhir, loinc, table};
use solace_i18n::{Lang, fmt};

fn now() -> DateTime<Utc> {
    "2026-11-25T12:00:00Z".parse().unwrap()
}

fn entry(json: &str) -> Entry {
    let input: EntryInput = serde_json::from_str(json).unwrap();
    input.validate(now()).unwrap()
}

/// A realistic diary: bleeding starts, hCG falls after a loss, a scan, care chosen, medicines,
/// a fever, a test, questions.
fn sample() -> Vec<Entry> {
    [
        r#"{"kind":"bleeding","at":"2026-11-01T08:00:00Z","amount":"light","colour":"red"}"#,
        r#"{"kind":"pain","at":"2026-11-01T08:05:00Z","score":3,"where":"lower_middle"}"#,
        r#"{"kind":"hcg","at":"2026-11-02T09:00:00Z","iu_per_l":1250.5}"#,
        r#"{"kind":"scan","at":"2026-11-03T11:00:00Z","showed":"not_seen"}"#,
        r#"{"kind":"hcg","at":"2026-11-04T09:30:00Z","iu_per_l":610}"#,
        r#"{"kind":"bleeding","at":"2026-11-04T20:00:00Z","pads_soaked_per_hour":1,"pad_fullness":"full","clots":"large"}"#,
        r#"{"kind":"pain","at":"2026-11-04T20:05:00Z","score":6}"#,
        r#"{"kind":"event","at":"2026-11-05T10:00:00Z","event":"loss_confirmed"}"#,
        r#"{"kind":"event","at":"2026-11-05T10:30:00Z","event":"management_chosen","management":"expectant"}"#,
        r#"{"kind":"medication","at":"2026-11-05T12:00:00Z","name":"Paracetamol","dose":"1 g"}"#,
        r#"{"kind":"temperature","at":"2026-11-06T18:00:00Z","celsius":38.2}"#,
        r#"{"kind":"temperature","at":"2026-11-07T08:00:00+01:00","fahrenheit":99.1}"#,
        r#"{"kind":"hcg","at":"2026-11-09T09:00:00Z","iu_per_l":95}"#,
        r#"{"kind":"bleeding","at":"2026-11-09T09:00:00Z","amount":"spotting","pad_fullness":"light"}"#,
        r#"{"kind":"mood","at":"2026-11-09T21:00:00Z","score":3,"words":"Tired"}"#,
        r#"{"kind":"hcg","at":"2026-11-16T09:00:00Z","iu_per_l":4.2}"#,
        r#"{"kind":"wellbeing","at":"2026-11-20T20:00:00Z","questionnaire":"phq9","answers":[1,2,1,2,1,1,1,0,1]}"#,
        r#"{"kind":"wellbeing","at":"2026-11-20T20:10:00Z","questionnaire":"gad7","answers":[2,1,1,0,1,2,1]}"#,
        r#"{"kind":"wellbeing","at":"2026-11-20T20:20:00Z","questionnaire":"pcl5","answers":[1,1,1,1,1,0,0,0,0,0,1,1,1,1,0,0,0,0,1,1]}"#,
        r#"{"kind":"pregnancy_test","at":"2026-11-24T07:00:00Z","result":"negative"}"#,
        r#"{"kind":"question","at":"2026-11-24T08:00:00Z","text":"When can we try again?"}"#,
        r#"{"kind":"question","at":"2026-11-24T08:01:00Z","text":"=Is the bleeding normal?"}"#,
        r#"{"kind":"note","at":"2026-11-24T09:00:00Z","text":"Feeling a bit better, \"slowly\"."}"#,
    ]
    .iter()
    .map(|j| entry(j))
    .collect()
}

/// A year of daily entries of mixed kinds (more than 365).
fn year() -> Vec<Entry> {
    let start: DateTime<Utc> = "2025-11-25T01:00:00Z".parse().unwrap();
    let mut out = Vec::new();
    for day in 0..365 {
        let at = start + TimeDelta::days(day);
        let t = |h: i64| (at + TimeDelta::hours(h)).to_rfc3339();
        out.push(entry(&format!(
            r#"{{"kind":"bleeding","at":"{}","pads_soaked_per_hour":{},"pad_fullness":"moderate"}}"#,
            t(0),
            day % 3
        )));
        out.push(entry(&format!(
            r#"{{"kind":"pain","at":"{}","score":{}}}"#,
            t(1),
            day % 11
        )));
        out.push(entry(&format!(
            r#"{{"kind":"temperature","at":"{}","celsius":{}}}"#,
            t(2),
            36.5 + (day % 20) as f64 / 10.0
        )));
        if day % 7 == 0 {
            out.push(entry(&format!(
                r#"{{"kind":"hcg","at":"{}","iu_per_l":{}}}"#,
                t(3),
                5000.0 / (1.0 + day as f64)
            )));
            out.push(entry(&format!(
                r#"{{"kind":"medication","at":"{}","name":"Ibuprofen","dose":"400 mg"}}"#,
                t(4)
            )));
            out.push(entry(&format!(
                r#"{{"kind":"question","at":"{}","text":"Question number {day}?"}}"#,
                t(5)
            )));
            out.push(entry(&format!(
                r#"{{"kind":"pregnancy_test","at":"{}","result":"positive"}}"#,
                t(6)
            )));
            out.push(entry(&format!(
                r#"{{"kind":"scan","at":"{}","showed":"in_womb"}}"#,
                t(7)
            )));
        }
    }
    out
}

fn all_sections() -> Request {
    Request::all(Region::Uk)
}

/// Each label is its id, with the placeholders the tests look for.
fn labels() -> Labels {
    Labels::from_fn(Lang::EN_GB, |id| match id {
        "export-hcg-reading" => "export-hcg-reading ({rules}):".to_owned(),
        "export-more" => "export-more {n}".to_owned(),
        "export-pdf-covered" => "export-pdf-covered {from} {to} {n}".to_owned(),
        other => other.to_owned(),
    })
}

fn make(format: Format, entries: &[Entry], request: &Request) -> Vec<u8> {
    solace_export::export(format, entries, request, &labels(), now()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// External tools: skip locally with a reason, fail in CI
// ---------------------------------------------------------------------------------------------

fn ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// Whether `tool` runs; otherwise prints the skip (or panics in CI).
fn have(tool: &str, args: &[&str], why: &str) -> bool {
    let ok = Command::new(tool)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(!ci(), "{tool} is needed in CI ({why}); .ci/run installs it");
        eprintln!("skipped: {tool} is not installed ({why})");
    }
    ok
}

fn poppler() -> bool {
    have(
        "pdfinfo",
        &["-v"],
        "apt-get install poppler-utils for the PDF checks",
    )
}

fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    // To look at what a test made: SOLACE_EXPORT_KEEP=/some/folder cargo test -p solace-export.
    if let Some(keep) = std::env::var_os("SOLACE_EXPORT_KEEP") {
        std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
    }
    p
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Share of dark pixels on page 1, drawn in grey at 40 dpi (a PGM from `pdftoppm -gray`).
fn ink(pdf: &Path, dir: &Path) -> f64 {
    let prefix = dir.join("page");
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "40", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let pgm = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pgm"))
        .unwrap();
    let bytes = std::fs::read(pgm).unwrap();
    // Header: "P5\n<w> <h>\n255\n", then one byte per pixel.
    let mut fields = 0;
    let mut i = 0;
    while fields < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    let pixels = &bytes[i + 1..];
    let dark = pixels.iter().filter(|&&b| b < 250).count();
    dark as f64 / pixels.len() as f64
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

#[test]
fn the_pdf_holds_every_hcg_value_and_date_is_not_blank_and_fits_one_page() {
    let entries = sample();
    let pdf = make(Format::Pdf, &entries, &all_sections());
    assert!(pdf.starts_with(b"%PDF-"));
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "summary.pdf", &pdf);
    let text = pdftotext(&path);
    let mut hcg = 0;
    for e in &entries {
        if let solace_clinical::diary::EntryKind::Hcg { iu_per_l } = e.kind {
            hcg += 1;
            let value = fmt::iu(Lang::EN_GB, iu_per_l);
            // The date and time share a table cell, which may wrap between them.
            let date = fmt::date_abbrev(Lang::EN_GB, e.at.date_naive());
            assert!(text.contains(&value), "hCG {value} missing:\n{text}");
            assert!(text.contains(&date), "date {date} missing:\n{text}");
        }
    }
    assert_eq!(hcg, 4);
    // The reading is labelled with its rule set, and the symptoms line is there.
    assert!(text.contains("(hcg-ruleset-barnhart):"), "{text}");
    // The days covered are on the page (a stale summary shows its dates).
    assert!(
        text.contains("export-pdf-covered 1 Nov 2026 24 Nov 2026 23"),
        "{text}"
    );
    assert!(text.contains("Your symptoms matter more than any number."));
    // The questions, and the fever marked in words (not by colour).
    assert!(text.contains("When can we try again?"));
    assert!(text.contains("export-temp-fever"));
    assert_eq!(pages(&path), 1);
    let ink = ink(&path, dir.path());
    assert!(ink > 0.02, "page looks blank: {ink}");
}

#[test]
fn a_year_of_daily_entries_fits_two_pages() {
    let entries = year();
    assert!(entries.len() > 365 * 3);
    let pdf = make(Format::Pdf, &entries, &all_sections());
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "year.pdf", &pdf);
    let n = pages(&path);
    assert!((1..=2).contains(&n), "{n} pages");
    let text = pdftotext(&path);
    // Capped lists say how many more are in the diary.
    assert!(text.contains("export-more"), "{text}");
}

#[test]
fn sections_left_out_are_not_in_the_pdf_and_the_name_only_when_given() {
    let entries = sample();
    let mut r = all_sections();
    r.sections = vec![Section::Header, Section::Questions];
    let pdf = make(Format::Pdf, &entries, &r);
    r.name = Some("Sam Example".to_owned());
    let named = make(Format::Pdf, &entries, &r);
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let text = pdftotext(&write_temp(dir.path(), "a.pdf", &pdf));
    assert!(text.contains("export-questions-heading"));
    assert!(!text.contains("export-hcg-heading"));
    assert!(!text.contains("1,250.5"));
    assert!(!text.contains("Sam Example"));
    let text = pdftotext(&write_temp(dir.path(), "b.pdf", &named));
    assert!(text.contains("Sam Example"));
}

// ---------------------------------------------------------------------------------------------
// FHIR
// ---------------------------------------------------------------------------------------------

/// Validates `bundle` with the R4B models of Python's `fhir.resources`, if installed.
fn validate_with_fhir_resources(bundle: &[u8]) -> bool {
    let probe = Command::new("python3")
        .args(["-c", "import fhir.resources.R4B.bundle"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !probe {
        assert!(
            !ci(),
            "Python fhir.resources is needed in CI; .ci/run installs it"
        );
        eprintln!(
            "skipped: Python module fhir.resources is not installed (python3 -m pip install fhir.resources)"
        );
        return false;
    }
    let script = "import sys, json\n\
        from fhir.resources.R4B.bundle import Bundle\n\
        b = Bundle.model_validate(json.load(sys.stdin))\n\
        print(b.type, len(b.entry or []))\n";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(bundle).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the bundle does not validate:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

#[test]
fn the_fhir_bundle_validates_as_r4_and_every_code_is_from_clinical_md_9() {
    for (entries, name) in [(sample(), None), (sample(), Some("Sam Example"))] {
        let mut r = all_sections();
        r.name = name.map(str::to_owned);
        let bytes = make(Format::Fhir, &entries, &r);
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["resourceType"], "Bundle");
        assert_eq!(v["type"], "collection");
        let codes = fhir::coding_codes(&v);
        // hCG ×4, test, 2 temperatures, 2 pains, PHQ-9 total and item 9, GAD-7 total (no PCL-5).
        assert_eq!(codes.len(), 12, "{codes:?}");
        for code in ["44261-6", "44260-8", "70274-6"] {
            assert!(codes.iter().any(|(_, c)| c == code), "{code} missing");
        }
        for (system, code) in &codes {
            assert_eq!(system, loinc::LOINC_SYSTEM);
            assert!(loinc::is_listed(code), "{code} is not in CLINICAL.md §9");
        }
        let resources: Vec<&Value> = v["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .collect();
        let of = |t: &str| resources.iter().filter(|r| r["resourceType"] == t).count();
        assert_eq!(of("Patient"), 1);
        // 9 measurements, the PHQ-9 and the GAD-7 (the PCL-5 has no §9 code), and the 3
        // bleeding entries coded by text only.
        assert_eq!(of("Observation"), 14);
        // Paracetamol, and nothing else: management_chosen is not a medicine.
        assert_eq!(of("MedicationStatement"), 1);
        let patient = resources
            .iter()
            .find(|r| r["resourceType"] == "Patient")
            .unwrap();
        assert!(patient.get("identifier").is_none());
        assert_eq!(patient.get("name").is_some(), name.is_some());
        for r in &resources {
            if r["resourceType"] == "Observation" {
                assert_eq!(r["status"], "final");
                assert!(r["effectiveDateTime"].is_string());
            }
        }
        // Units: hCG in [IU]/L, temperatures in Cel (99.1 °F converted), pain {score}.
        let hcg = resources
            .iter()
            .find(|r| r["code"]["coding"][0]["code"] == "21198-7")
            .unwrap();
        assert_eq!(hcg["valueQuantity"]["code"], "[IU]/L");
        assert_eq!(hcg["valueQuantity"]["system"], loinc::UCUM_SYSTEM);
        let temps: Vec<f64> = resources
            .iter()
            .filter(|r| r["code"]["coding"][0]["code"] == "8310-5")
            .map(|r| {
                assert_eq!(r["valueQuantity"]["code"], "Cel");
                r["valueQuantity"]["value"].as_f64().unwrap()
            })
            .collect();
        assert_eq!(temps, vec![38.2, 37.28]);
        validate_with_fhir_resources(&bytes);
    }
}

#[test]
fn the_fhir_bundle_is_the_same_each_time() {
    let a = make(Format::Fhir, &sample(), &all_sections());
    let b = make(Format::Fhir, &sample(), &all_sections());
    assert_eq!(a, b);
}

#[test]
fn every_clinical_md_9_code_is_listed_once_with_its_system() {
    let text = "21198-7 19080-1 2106-3 8310-5 72514-3 44261-6 44260-8 70274-6";
    let codes: Vec<&str> = loinc::CLINICAL_MD_9.iter().map(|c| c.code).collect();
    assert_eq!(codes.join(" "), text);
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

#[test]
fn csv_reads_back_as_the_same_entries_and_guards_formulas() {
    let entries = sample();
    let bytes = make(Format::Csv, &entries, &all_sections());
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with(&table::COLUMNS.join(",")));
    assert_eq!(text.lines().count(), entries.len() + 1);
    // The question starting with "=" is written with an apostrophe in front.
    assert!(text.contains("'=Is the bleeding normal?"), "{text}");
    let back = table::read(&bytes).unwrap();
    assert_eq!(back, entries);
    for (a, b) in back.iter().zip(&entries) {
        assert_eq!(a.at.offset(), b.at.offset());
        assert_eq!(
            serde_json::to_string(a).unwrap(),
            serde_json::to_string(b).unwrap()
        );
    }
}

#[test]
fn the_date_range_picks_the_entries_by_their_own_day() {
    let mut r = all_sections();
    r.from = Some("2026-11-04".parse().unwrap());
    r.to = Some("2026-11-09".parse().unwrap());
    let back = table::read(&make(Format::Csv, &sample(), &r)).unwrap();
    assert_eq!(back.len(), 11);
    assert!(back.iter().all(|e| {
        let d = e.at.date_naive().to_string();
        ("2026-11-04".."2026-11-10").contains(&d.as_str())
    }));
}

fn text_strategy() -> impl Strategy<Value = String> {
    // Anything a person could type, including quotes, commas, newlines and formula starts.
    proptest::string::string_regex("[=+\\-@'\"a-z ,;\\n\\t\u{e9}\u{1F600}]{1,40}").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn csv_round_trip_holds_for_any_text(note in text_strategy(), text in text_strategy(),
                                         iu in 0.01f64..1_000_000.0, c in 30.0f64..45.0) {
        let mk = |j: serde_json::Value| -> Option<Entry> {
            serde_json::from_value::<EntryInput>(j).unwrap().validate(now()).ok()
        };
        let entries: Vec<Entry> = [
            mk(serde_json::json!({"kind":"question","at":"2026-11-20T09:00:00Z","text":text})),
            mk(serde_json::json!({"kind":"hcg","at":"2026-11-20T10:00:00-05:00","iu_per_l":iu,"note":note})),
            mk(serde_json::json!({"kind":"temperature","at":"2026-11-20T11:00:00+05:30","celsius":c})),
        ].into_iter().flatten().collect();
        let bytes = table::write(&entries).unwrap();
        let back = table::read(&bytes).unwrap();
        prop_assert_eq!(back, entries);
    }
}

#[test]
fn guarding_is_undone_exactly() {
    for cell in [
        "=1+1", "+44", "-3", "@SUM", "'quoted", "''", "plain", "", "\tx",
    ] {
        assert_eq!(table::unguard(&table::guard(cell)), cell);
        let g = table::guard(cell);
        assert!(!g.starts_with(['=', '+', '-', '@', '\t', '\r']), "{g}");
    }
}

// ---------------------------------------------------------------------------------------------
// Empty and partial diaries
// ---------------------------------------------------------------------------------------------

#[test]
fn an_empty_diary_and_one_kind_diaries_export_cleanly_in_every_format() {
    let sample = sample();
    let mut cases: Vec<(String, Vec<Entry>)> = vec![("empty".to_owned(), vec![])];
    for kind in [
        "hcg",
        "bleeding",
        "question",
        "note",
        "temperature",
        "medication",
    ] {
        let only: Vec<Entry> = sample
            .iter()
            .filter(|e| e.kind.kind().id() == kind)
            .cloned()
            .collect();
        cases.push((kind.to_owned(), only));
    }
    // One hCG value alone: no pair to read.
    cases.push(("one hcg".to_owned(), vec![sample[2].clone()]));
    let dir = tempfile::tempdir().unwrap();
    let tools = poppler();
    for (name, entries) in &cases {
        let pdf = make(Format::Pdf, entries, &all_sections());
        assert!(pdf.starts_with(b"%PDF-"), "{name}");
        let fhir = make(Format::Fhir, entries, &all_sections());
        let v: Value = serde_json::from_slice(&fhir).unwrap();
        assert_eq!(v["type"], "collection", "{name}");
        validate_with_fhir_resources(&fhir);
        let csv = make(Format::Csv, entries, &all_sections());
        assert_eq!(&table::read(&csv).unwrap(), entries, "{name}");
        if tools {
            let path = write_temp(dir.path(), "p.pdf", &pdf);
            assert_eq!(pages(&path), 1, "{name}");
            let text = pdftotext(&path);
            assert!(text.contains("export-pdf-title"), "{name}: {text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bleeding severity by the triage rules (issue 11, SAFETY.md E8)
// ---------------------------------------------------------------------------------------------

/// Days of bleeding where the PBAC-style score and the person's own word say "moderate", and
/// one entry that meets triage's heavy-bleeding rule: 2 soaked pads an hour with large clots.
fn heavy_day() -> Vec<Entry> {
    let mut out: Vec<Entry> = (9..=21)
        .step_by(4)
        .map(|h| {
            entry(&format!(
                r#"{{"kind":"bleeding","at":"2026-11-21T{h:02}:00:00Z","pad_fullness":"full","clots":"small","amount":"moderate"}}"#
            ))
        })
        .collect();
    out.push(entry(
        r#"{"kind":"bleeding","at":"2026-11-22T10:00:00Z","pads_soaked_per_hour":2,"clots":"large","amount":"moderate"}"#,
    ));
    out
}

fn words() -> Labels {
    Labels::from_fn(Lang::EN_GB, |id| {
        match id {
            "export-level-heavy" => "heavy",
            "export-level-moderate" => "moderate",
            "export-bp-heaviest" => "Heaviest day",
            "export-bp-soaked" => "soaked {n} pads an hour",
            "export-bp-clots-large" => "clots larger than a 10p coin",
            "export-bp-clots-small" => "small clots",
            "export-bp-rule" => "meets the symptom check rule {rules}: {level}",
            "export-bp-score" => "score {n}",
            "export-urgency-urgent" => "go to the emergency department now",
            other => other,
        }
        .to_owned()
    })
}

/// The bug in issue 11: the clinician's PDF called 2 soaked pads an hour with large clots
/// "moderate". The word now comes from the triage rules, in every format, and the heaviest day
/// is the most urgent one even when another day scores higher on the PBAC-style chart.
#[test]
fn heavy_bleeding_is_called_heavy_with_its_pads_and_clots_in_every_format() {
    let entries = heavy_day();
    let request = all_sections();
    // CSV: the worked-out columns, and the file still reads back as the same entries.
    let csv = solace_export::export(Format::Csv, &entries, &request, &words(), now()).unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    let header = text.lines().next().unwrap();
    assert!(
        header.ends_with(",bleeding_severity,severity_rule"),
        "{header}"
    );
    let last = text.lines().last().unwrap();
    assert!(last.ends_with(",heavy,heavy-bleeding (urgent)"), "{last}");
    for line in text.lines().skip(1).take(4) {
        assert!(line.ends_with(",moderate,"), "{line}");
    }
    assert_eq!(table::read(&csv).unwrap(), entries);

    // FHIR: a text-coded observation per bleeding entry, its value the triage word.
    let fhir = solace_export::export(Format::Fhir, &entries, &request, &words(), now()).unwrap();
    let v: Value = serde_json::from_slice(&fhir).unwrap();
    let bleeding: Vec<&Value> = v["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["code"]["text"] == "Vaginal bleeding, as recorded by the person")
        .collect();
    assert_eq!(bleeding.len(), 5);
    let heavy = bleeding.last().unwrap();
    assert_eq!(heavy["valueCodeableConcept"]["text"], "Heavy");
    assert!(
        heavy["interpretation"][0]["text"]
            .as_str()
            .unwrap()
            .contains("heavy-bleeding (urgency: urgent)")
    );
    let parts = heavy["component"].to_string();
    assert!(parts.contains("Large (larger than a 10p coin)"), "{parts}");
    assert!(fhir::coding_codes(&v).is_empty(), "no invented codes");
    validate_with_fhir_resources(&fhir);

    // PDF: "heavy, soaked 2 pads an hour, clots larger than a 10p coin" on the heaviest day.
    let pdf = solace_export::export(Format::Pdf, &entries, &request, &words(), now()).unwrap();
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "heavy.pdf", &pdf);
    let text = pdftotext(&path)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let line = "Heaviest day 22 Nov 2026, heavy, soaked 2 pads an hour, clots larger than a 10p coin, \
                meets the symptom check rule heavy-bleeding: go to the emergency department now";
    // pdftotext joins a word hyphenated at the end of a line: compare without hyphens.
    assert!(
        text.replace('-', "").contains(&line.replace('-', "")),
        "{text}"
    );
    assert!(!text.contains("2026-11-22, moderate"), "{text}");
}
