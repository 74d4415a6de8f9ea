//! `/export`: the PDF, FHIR and CSV downloads of the open diary, in-process on a temporary
//! SQLite store. The file comes back as an attachment that is never cached; a locked diary gets
//! a page that says so; a rejected form comes back filled in; the `question` entry kind.

use axum::http::StatusCode;
use scraper::Selector;
use solace_export::table;

use crate::support::diary_client::*;

const QUESTION: &str = "Export-question-73: when can we try again?";

async fn with_entries() -> Client {
    let mut c = Client::ready().await;
    c.add_hours_ago(
        &[
            ("kind", "hcg"),
            ("hcg_value", "1250"),
            ("hcg_unit", "iu_per_l"),
        ],
        50,
    )
    .await;
    c.add_hours_ago(
        &[
            ("kind", "hcg"),
            ("hcg_value", "600"),
            ("hcg_unit", "iu_per_l"),
        ],
        2,
    )
    .await;
    c.add_hours_ago(&[("kind", "question"), ("text", QUESTION)], 1)
        .await;
    c
}

fn assert_download(res: &Res, content_type: &str, file: &str) {
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.header("content-type"), content_type);
    assert_eq!(
        res.header("content-disposition"),
        format!("attachment; filename=\"{file}\"")
    );
    assert!(res.header("cache-control").contains("no-store"));
    // Nothing from the diary in any header.
    for (_, v) in &res.headers {
        let v = v.to_str().unwrap_or("");
        assert!(
            !v.contains("Export-question-73") && !v.contains("1250"),
            "{v}"
        );
    }
}

#[tokio::test]
async fn a_locked_diary_gets_a_page_that_says_so_and_links_to_open_it() {
    let mut c = Client::local().await;
    let res = c.get("/export").await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.count("#export-locked"), 1);
    assert_eq!(res.count("a#unlock-link[href='/diary']"), 1);
    assert!(res.header("cache-control").contains("no-store"));
}

#[tokio::test]
async fn the_diary_links_to_the_export_page_and_the_form_offers_every_choice() {
    let mut c = with_entries().await;
    let diary = c.get("/diary").await;
    assert_eq!(diary.count("a#export-link[href='/export']"), 1);
    // The question shows on the timeline with its own label.
    assert!(diary.body.contains(QUESTION));
    let page = c.get("/export").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.count("form#export-form[method=post][action='/export'] input[name=csrf]"),
        1
    );
    for f in ["pdf", "fhir", "csv"] {
        assert_eq!(page.count(&format!("input[name=format][value={f}]")), 1);
    }
    assert_eq!(page.count("input[type=checkbox][name=section][checked]"), 9);
    assert_eq!(page.count("input#field-name[name=name]"), 1);
    assert_eq!(page.count("#shared-computer"), 1);
}

#[tokio::test]
async fn each_format_downloads_as_an_attachment_made_in_memory() {
    let mut c = with_entries().await;
    c.get("/export").await;

    let csv = c
        .post("/export", &[("format", "csv"), ("passphrase", PASS)])
        .await;
    assert_download(&csv, "text/csv; charset=utf-8", "diary.csv");
    let entries = table::read(&csv.bytes).unwrap();
    assert_eq!(entries.len(), 3);
    assert!(csv.body.contains(QUESTION));

    let fhir = c
        .post(
            "/export",
            &[
                ("format", "fhir"),
                ("name", "Sam Example"),
                ("passphrase", PASS),
            ],
        )
        .await;
    assert_download(&fhir, "application/fhir+json", "diary-fhir.json");
    let v: serde_json::Value = serde_json::from_slice(&fhir.bytes).unwrap();
    assert_eq!(v["type"], "collection");
    assert!(fhir.body.contains("21198-7"));
    assert!(fhir.body.contains("Sam Example"));

    let mut fields = vec![("format", "pdf"), ("passphrase", PASS)];
    fields.extend(
        solace_export::Section::ALL
            .iter()
            .map(|s| ("section", s.id())),
    );
    let pdf = c.post("/export", &fields).await;
    assert_download(&pdf, "application/pdf", "diary-summary.pdf");
    assert!(pdf.bytes.starts_with(b"%PDF-"));
}

#[tokio::test]
async fn a_rejected_form_comes_back_filled_in_with_each_field_named() {
    let mut c = with_entries().await;
    c.get("/export").await;
    let res = c
        .post(
            "/export",
            &[
                ("format", "pdf"),
                ("from", "2026-12-09"),
                ("to", "2026-12-01"),
                ("section", "hcg"),
                ("section", "not-a-section"),
                ("name", "Sam"),
                ("passphrase", PASS),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.count("#error-summary"), 1);
    assert_eq!(res.count("#error-from"), 1);
    assert_eq!(res.count("#error-section"), 1);
    assert_eq!(res.count("input#field-from[value='2026-12-09']"), 1);
    assert_eq!(res.count("input#field-name[value='Sam']"), 1);
    assert_eq!(
        res.count("input[name=section][value=hcg][checked]"),
        1,
        "kept as chosen"
    );

    let res = c
        .post(
            "/export",
            &[
                ("format", "xls"),
                ("to", "31/12/2026"),
                ("passphrase", PASS),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.count("#error-format"), 1);
    assert_eq!(res.count("#error-to"), 1);
    let sel = Selector::parse("#error-summary li").unwrap();
    assert_eq!(res.html().select(&sel).count(), 2);
}

#[tokio::test]
async fn without_the_form_token_nothing_is_made() {
    let mut c = with_entries().await;
    c.get("/export").await;
    let res = c
        .post_raw("/export", &[("format", "csv"), ("passphrase", PASS)])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!res.body.contains(QUESTION));
}

#[tokio::test]
async fn a_locked_diary_makes_no_file() {
    let mut c = with_entries().await;
    c.get("/export").await;
    let lock = c.post("/diary/lock", &[]).await;
    assert_eq!(lock.status, StatusCode::SEE_OTHER);
    let res = c
        .post("/export", &[("format", "csv"), ("passphrase", PASS)])
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert!(!res.body.contains(QUESTION));
}

/// `pdftotext` of a PDF, whitespace collapsed; `None` (skipped) without poppler outside CI.
fn pdf_words(pdf: &[u8]) -> Option<String> {
    let have = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    if !have {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is needed in CI"
        );
        eprintln!("skipped: pdftotext (poppler-utils) is not installed");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Issue 11, item 8 (SAFETY.md E8): the PDF called 2 soaked pads an hour with large clots
/// "moderate". It says "heavy", in the words a clinician reads, with the region's coin.
#[tokio::test]
async fn the_pdf_says_heavy_soaked_2_pads_an_hour_and_clots_larger_than_the_regions_coin() {
    let mut c = Client::ready().await;
    c.add_hours_ago(
        &[
            ("kind", "bleeding"),
            ("pads_soaked_per_hour", "2"),
            ("pad_fullness", "moderate"),
            ("clots", "large"),
        ],
        3,
    )
    .await;
    let mut fields = vec![("format", "pdf"), ("passphrase", PASS)];
    fields.extend(
        solace_export::Section::ALL
            .iter()
            .map(|s| ("section", s.id())),
    );
    let uk = c.post("/export", &fields).await;
    assert_download(&uk, "application/pdf", "diary-summary.pdf");
    let csv = c
        .post("/export", &[("format", "csv"), ("passphrase", PASS)])
        .await;
    assert!(
        csv.body.contains(",heavy,heavy-bleeding (urgent)"),
        "{}",
        csv.body
    );
    let Some(text) = pdf_words(&uk.bytes) else {
        return;
    };
    assert!(
        text.contains("heavy, soaked 2 pads an hour, clots larger than a 10p coin"),
        "{text}"
    );
    // (pdftotext joins a word hyphenated at the end of a line: compare without hyphens.)
    assert!(
        text.replace('-', "").contains(
            "meets the symptom check rule heavybleeding: go to the emergency department now"
        ),
        "{text}"
    );
    assert!(!text.contains("moderate, soaked"), "{text}");
    c.cookies
        .insert("solace_region".to_owned(), "us".to_owned());
    let us = c.post("/export", &fields).await;
    let text = pdf_words(&us.bytes).unwrap();
    assert!(text.contains("clots larger than a quarter"), "{text}");
}

/// Issue 14 item 7: a live session alone does not hand over the diary. The passphrase is asked
/// again in the same form; a missing or wrong one makes no file, names the field, keeps every
/// other answer as typed (never the passphrase), and a wrong one counts as a failed unlock.
#[tokio::test]
async fn export_asks_for_the_passphrase_again_and_a_wrong_one_counts_as_a_failed_unlock() {
    let mut c = with_entries().await;
    let form = c.get("/export").await;
    assert_eq!(
        form.count("form#export-form input#field-passphrase[type=password][name=passphrase]"),
        1
    );
    let typed = [
        ("format", "fhir"),
        ("from", "2026-01-01"),
        ("name", "Sam Example"),
        ("section", "hcg"),
    ];
    for (pass, what) in [("", "missing"), ("not my passphrase at all", "wrong")] {
        let mut fields = typed.to_vec();
        fields.push(("passphrase", pass));
        let res = c.post("/export", &fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(!res.body.contains(QUESTION), "{what}: no diary content");
        assert!(!res.header("content-disposition").contains("attachment"));
        assert_eq!(
            res.count("#error-summary a[href='#field-passphrase']"),
            1,
            "{what}"
        );
        assert_eq!(res.count("#error-passphrase"), 1, "{what}");
        assert_eq!(res.count("input#field-format-fhir[checked]"), 1, "{what}");
        assert_eq!(
            res.count("input#field-from[value='2026-01-01']"),
            1,
            "{what}"
        );
        assert_eq!(
            res.count("input#field-name[value='Sam Example']"),
            1,
            "{what}"
        );
        assert_eq!(res.count("input[name=section][value=hcg][checked]"), 1);
        assert_eq!(
            res.count("input#field-passphrase[value]"),
            0,
            "never put back"
        );
    }
    // One wrong try is counted already; four more and even the right passphrase waits, at
    // /export and at /diary/unlock alike.
    for _ in 0..4 {
        let res = c
            .post(
                "/export",
                &[("format", "csv"), ("passphrase", "still not it, sorry")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = c
        .post("/export", &[("format", "csv"), ("passphrase", PASS)])
        .await;
    assert_eq!(blocked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!blocked.body.contains(QUESTION));
    assert!(
        blocked.text("#error-passphrase").contains("wait"),
        "{}",
        blocked.text("#error-passphrase")
    );
    c.post("/diary/lock", &[]).await;
    let unlock = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(unlock.status, StatusCode::UNPROCESSABLE_ENTITY);
}
