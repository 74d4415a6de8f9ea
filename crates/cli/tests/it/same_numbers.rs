//! One hCG series, three renderers: the results page, the PDF summary and `solace hcg` must write
//! every value, change and date character for character alike (`solace_i18n::fmt`). A clinician
//! comparing the PDF with what the person saw on screen must never find "−51%" beside "-51.2%".

use axum::body::Body;
use axum::http::{Request, header};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt as _;
use solace_app::export_labels;
use solace_clinical::Region;
use solace_clinical::diary::{Entry, EntryInput};
use solace_export::Format;
use solace_i18n::{I18n, Lang};
use std::io::Write as _;
use std::process::{Command, Stdio};
use tower::ServiceExt as _;

/// Three results after a loss, in UTC (Europe/London in November is UTC): 1,250 → 610 → 95.3.
const SERIES: [(&str, &str, &str); 3] = [
    ("2026-11-02", "09:00", "1250"),
    ("2026-11-04", "09:30", "610.4"),
    ("2026-11-09", "09:00", "95.26"),
];

/// What every renderer must print, exactly: the values, the two changes, and the dates and times.
const EXPECTED: [&str; 8] = [
    "1,250",
    "610",
    "95.3",
    "\u{2212}51.2%",
    "\u{2212}84.4%",
    "2 Nov 2026, 09:00",
    "4 Nov 2026, 09:30",
    "9 Nov 2026, 09:00",
];

fn now() -> DateTime<Utc> {
    "2026-11-10T12:00:00Z".parse().unwrap()
}

fn cli_text() -> String {
    let values: Vec<serde_json::Value> = SERIES
        .iter()
        .map(|(d, t, v)| {
            serde_json::json!({ "at": format!("{d}T{t}:00Z"), "iu_per_l": v.parse::<f64>().unwrap() })
        })
        .collect();
    let input = serde_json::json!({ "context": "after_loss", "values": values }).to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_solace"))
        .args(["hcg", "--region", "uk", "--now", "2026-11-10T12:00:00Z"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

async fn page_text() -> String {
    let mut pairs = vec![
        ("context".to_owned(), "after_loss".to_owned()),
        ("tz".to_owned(), "Europe/London".to_owned()),
        ("rows".to_owned(), "4".to_owned()),
    ];
    for (i, (d, t, v)) in SERIES.iter().enumerate() {
        pairs.push((format!("date_{i}"), (*d).to_owned()));
        pairs.push((format!("time_{i}"), (*t).to_owned()));
        pairs.push((format!("value_{i}"), (*v).to_owned()));
        pairs.push((format!("unit_{i}"), "iu_per_l".to_owned()));
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(':', "%3A").replace('/', "%2F")))
        .collect();
    let state = solace_web::AppState::new(solace_web::Config::default())
        .unwrap()
        .with_clock(std::sync::Arc::new(solace_app::clock::FixedClock::new(
            now(),
        )));
    let res = solace_web::app(state)
        .oneshot(
            Request::post("/results/hcg")
                .header(header::HOST, "127.0.0.1:7878")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, "solace_region=uk")
                .body(Body::from(body.join("&")))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn pdf_text() -> Option<String> {
    let have = Command::new("pdftotext")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is needed in CI; .ci/run installs poppler-utils"
        );
        eprintln!("skipped: pdftotext is not installed (apt-get install poppler-utils)");
        return None;
    }
    let entries: Vec<Entry> = SERIES
        .iter()
        .map(|(d, t, v)| {
            let json = format!(r#"{{"kind":"hcg","at":"{d}T{t}:00Z","iu_per_l":{v}}}"#);
            let input: EntryInput = serde_json::from_str(&json).unwrap();
            input.validate(now()).unwrap()
        })
        .collect();
    let i18n = I18n::load().unwrap();
    let labels = export_labels::labels(&i18n.tr(Lang::EN_GB, Region::Uk));
    let request = solace_export::Request::all(Region::Uk);
    let pdf = solace_export::export(Format::Pdf, &entries, &request, &labels, now()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    // The table may wrap a cell between date and time: compare with whitespace folded.
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[tokio::test]
async fn the_same_hcg_series_reads_identically_on_the_page_in_the_pdf_and_in_the_cli() {
    let cli = cli_text();
    let page = page_text().await;
    let pdf = pdf_text();
    for want in EXPECTED {
        assert!(cli.contains(want), "CLI lacks {want:?}:\n{cli}");
        assert!(page.contains(want), "page lacks {want:?}");
        if let Some(pdf) = &pdf {
            assert!(pdf.contains(want), "PDF lacks {want:?}:\n{pdf}");
        }
    }
    // And none of the old, different spellings is left anywhere.
    for old in ["-51", "-84", "51.17", "2026-11-02 09:00", "1250.0"] {
        assert!(!cli.contains(old), "CLI still writes {old:?}");
        assert!(!page.contains(old), "page still writes {old:?}");
        if let Some(pdf) = &pdf {
            assert!(!pdf.contains(old), "PDF still writes {old:?}");
        }
    }
}
