//! `/results/dates`, driven in-process through the whole app: the three methods, the ± days of a
//! CRL, the due date from a last period and a cycle length, loss-aware words, and bad input kept
//! and explained (422).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use flate2::Compression;
use flate2::write::GzEncoder;
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Selector};
use solace_web::{AppState, Config, app};
use std::io::Write;
use tower::ServiceExt;

const PAGE_BUDGET: usize = 14 * 1024;

struct Res {
    status: StatusCode,
    body: String,
}

impl Res {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }
}

async fn send(req: Request<Body>) -> Res {
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.expect("response");
    let status = res.status();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Res {
        status,
        body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
    }
}

async fn get(path: &str, region: &str) -> Res {
    send(
        Request::get(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, format!("solace_region={region}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

fn one<'a>(doc: &'a Html, s: &str) -> ElementRef<'a> {
    doc.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}

fn has(doc: &Html, s: &str) -> bool {
    doc.select(&sel(s)).next().is_some()
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect::<String>()
}

fn gzip_len(body: &str) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(body.as_bytes()).unwrap();
    enc.finish().unwrap().len()
}

/// The shell every standard page has: banner with the region's number, quick exit, skip link,
/// nav with Results, and no inline styles or scripts.
fn assert_shell(doc: &Html, path: &str, dial: &str) {
    assert!(
        has(doc, &format!("#emergency-banner a[href=\"tel:{dial}\"]")),
        "{path}: banner"
    );
    assert_eq!(
        one(doc, "a#quick-exit").value().attr("href"),
        Some("/away"),
        "{path}"
    );
    assert!(has(doc, "a.skip[href=\"#main\"]"), "{path}: skip link");
    assert!(has(doc, "main#main h1"), "{path}: heading");
    assert!(has(doc, "nav a[href=\"/results\"]"), "{path}: nav");
    assert!(has(doc, "#disclaimer"), "{path}: disclaimer");
    assert!(!has(doc, "[style]"), "{path}: no style attributes");
    assert!(!has(doc, "script:not([src])"), "{path}: no inline script");
}

fn has_el(e: &ElementRef<'_>, s: &str) -> bool {
    e.select(&sel(s)).next().is_some()
}

async fn dates(body: &str, region: &str) -> Res {
    send(
        Request::post("/results/dates")
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, format!("solace_region={region}"))
            .body(Body::from(body.to_owned()))
            .unwrap(),
    )
    .await
}

fn ga_days(doc: &Html) -> u32 {
    one(doc, "#ga")
        .value()
        .attr("data-ga-days")
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_form_offers_three_methods_and_says_it_is_for_after_a_loss_too() {
    let res = get("/results/dates", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert_shell(&doc, "/results/dates", "999");
    assert!(text(one(&doc, "#loss-note")).contains("pregnancy has ended"));
    let form = one(
        &doc,
        "form#dates-form[method=post][action=\"/results/dates\"]",
    );
    assert!(
        has_el(&form, "input#field-method[value=lmp][checked]"),
        "last period first"
    );
    for m in ["crl", "msd"] {
        assert!(has_el(&form, &format!("input#field-method-{m}[value={m}]")));
    }
    assert!(has_el(&form, "input#field-lmp[type=date][name=lmp]"));
    assert!(has_el(
        &form,
        "input#field-scan_date[type=date][name=scan_date]"
    ));
    for name in ["cycle_days", "crl_mm", "msd_mm"] {
        assert!(has_el(
            &form,
            &format!("input#field-{name}[type=text][inputmode=decimal][name={name}]")
        ));
    }
}

#[tokio::test]
async fn crl_7_mm_is_6_weeks_and_3_days_give_or_take_4_7() {
    let res = dates("method=crl&crl_mm=7", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert_shell(&doc, "POST /results/dates", "999");
    assert!(has(&doc, "#dates-result[data-method=crl]"));
    assert_eq!(ga_days(&doc), 45);
    assert_eq!(text(one(&doc, "#ga")), "6 weeks and 3 days");
    assert!(text(one(&doc, "#ga-total")).contains("45 days"));
    let pm = one(&doc, "#plus-minus");
    assert_eq!(pm.value().attr("data-plus-minus"), Some("4.7"));
    assert!(text(pm).contains("± 4.7 days"), "{}", text(pm));
    // No scan date: no due date, and a word on how to get one.
    assert!(!has(&doc, "#due"));
    assert!(has(&doc, "#no-due"));
    assert!(text(one(&doc, "#method-used")).contains("Robinson"));
    assert!(text(one(&doc, "#method-used")).contains("CRL"));
    assert!(has(&doc, "#loss-note"));
    assert!(text(one(&doc, "#disclaimer")).contains("does not diagnose"));
}

#[tokio::test]
async fn crl_45_mm_is_11_weeks() {
    let doc = dates("method=crl&crl_mm=45&scan_date=2026-01-10", "uk")
        .await
        .html();
    let days = ga_days(&doc);
    assert!((77..=78).contains(&days), "{days}");
    let ga = text(one(&doc, "#ga"));
    assert!(ga.starts_with("11 weeks and "), "{ga}");
    assert_eq!(
        one(&doc, "#plus-minus").value().attr("data-plus-minus"),
        Some("4.7")
    );
    // With the scan's date there is a due date: 280 days from the start of the count.
    let due = one(&doc, "#due time").value().attr("datetime").unwrap();
    let scan = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let want = scan + chrono::Days::new(280 - u64::from(days));
    assert_eq!(due, want.format("%Y-%m-%d").to_string());
}

#[tokio::test]
async fn msd_dates_are_rough_and_say_so() {
    let doc = dates("method=msd&msd_mm=10", "uk").await.html();
    assert!(has(&doc, "#dates-result[data-method=msd]"));
    assert_eq!(ga_days(&doc), 40);
    assert!(!has(&doc, "#plus-minus"));
    assert!(text(one(&doc, "#method-note")).contains("rough"));
}

#[tokio::test]
async fn the_last_period_gives_the_due_date_moved_by_the_cycle() {
    let today = chrono::Local::now().date_naive();
    let lmp = today - chrono::Days::new(50);
    let lmp_s = lmp.format("%Y-%m-%d").to_string();
    for (cycle, shift) in [("", 0_i64), ("28", 0), ("35", 7), ("24", -4)] {
        let res = dates(&format!("method=lmp&lmp={lmp_s}&cycle_days={cycle}"), "uk").await;
        assert_eq!(res.status, StatusCode::OK, "cycle {cycle}");
        let doc = res.html();
        assert!(has(&doc, "#dates-result[data-method=lmp]"));
        let due = one(&doc, "#due time")
            .value()
            .attr("datetime")
            .unwrap()
            .to_owned();
        let want = lmp + chrono::TimeDelta::days(280 + shift);
        assert_eq!(due, want.format("%Y-%m-%d").to_string(), "cycle {cycle}");
        assert!(
            text(one(&doc, "#due-box")).contains("hard day"),
            "loss-aware"
        );
        // Counted to today (a run across midnight may add a day).
        let days = i64::from(ga_days(&doc));
        assert!(
            (50 - shift..=51 - shift).contains(&days),
            "cycle {cycle}: {days}"
        );
    }
    // Dates are written the way people write them.
    let want = lmp + chrono::TimeDelta::days(280);
    let gb = dates(&format!("method=lmp&lmp={lmp_s}"), "uk").await.html();
    assert_eq!(
        text(one(&gb, "#due time")),
        want.format("%-d %B %Y").to_string()
    );
    let us = dates(&format!("method=lmp&lmp={lmp_s}"), "us").await.html();
    assert_eq!(
        text(one(&us, "#due time")),
        want.format("%B %-d, %Y").to_string()
    );
}

#[tokio::test]
async fn bad_dates_and_numbers_are_kept_and_explained() {
    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(2);
    let future = tomorrow.format("%Y-%m-%d").to_string();
    let res = dates(&format!("method=lmp&lmp={future}&cycle_days=30"), "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    assert!(!has(&doc, "#dates-result"));
    assert!(text(one(&doc, "#error-summary[role=alert]")).contains("future"));
    assert!(text(one(&doc, "p.field-error#error-lmp")).contains("future"));
    assert_eq!(
        one(&doc, "input#field-lmp[aria-invalid=true]")
            .value()
            .attr("value"),
        Some(future.as_str())
    );
    assert_eq!(
        one(&doc, "input#field-cycle_days").value().attr("value"),
        Some("30")
    );
    assert!(has(&doc, "input[name=method][value=lmp][checked]"));

    for (body, field, words) in [
        ("method=lmp&lmp=20%2F11%2F2026", "lmp", "like 2026-11-20"),
        ("method=lmp", "lmp", "first day of your last period"),
        ("method=lmp&lmp=2020-01-01", "lmp", "44 weeks"),
        (
            "method=lmp&lmp=2026-01-01&cycle_days=50",
            "cycle_days",
            "20 to 45",
        ),
        (
            "method=lmp&lmp=2026-01-01&cycle_days=abc",
            "cycle_days",
            "like 28",
        ),
        ("method=crl&crl_mm=200", "crl_mm", "0.5 to 90"),
        ("method=crl&crl_mm=seven", "crl_mm", "like 7.5"),
        ("method=crl", "crl_mm", "CRL"),
        ("method=msd&msd_mm=0", "msd_mm", "1 to 100"),
        (
            "method=crl&crl_mm=7&scan_date=soon",
            "scan_date",
            "like 2026-11-20",
        ),
        ("crl_mm=7&msd_mm=10", "method", "Choose"),
        ("method=weeks", "method", "Choose"),
    ] {
        let res = dates(body, "uk").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let doc = res.html();
        let msg = text(one(&doc, &format!("#error-{field}")));
        assert!(msg.contains(words), "{body}: {msg}");
        assert!(has(&doc, &format!("#field-{field}")), "{body}: link target");
    }
    // Without the radio, the one method filled in is used.
    let res = dates("crl_mm=7", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    // Another method's boxes are not read.
    let res = dates("method=crl&crl_mm=7&lmp=nonsense&cycle_days=abc", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
}

#[tokio::test]
async fn change_my_answers_brings_the_values_back() {
    let doc = dates("method=msd&msd_mm=12&scan_date=2026-01-05", "uk")
        .await
        .html();
    let form = one(
        &doc,
        "form#change-answers[method=post][action=\"/results/dates\"]",
    );
    let body: Vec<String> = form
        .select(&sel("input[type=hidden]"))
        .map(|i| {
            format!(
                "{}={}",
                i.value().attr("name").unwrap(),
                i.value().attr("value").unwrap()
            )
        })
        .collect();
    let doc = dates(&body.join("&"), "uk").await.html();
    assert!(has(&doc, "input[name=method][value=msd][checked]"));
    assert!(has(&doc, "input#field-msd_mm[value=\"12\"]"));
    assert!(has(&doc, "input#field-scan_date[value=\"2026-01-05\"]"));
}

#[tokio::test]
async fn no_baby_sizes_or_countdowns() {
    let doc = dates("method=crl&crl_mm=20&scan_date=2026-01-10", "uk")
        .await
        .html();
    let words = text(one(&doc, "main")).to_lowercase();
    for w in [
        "size of a",
        "days to go",
        "days left",
        "countdown",
        "fruit",
        "baby is",
    ] {
        assert!(!words.contains(w), "{w}");
    }
}

#[tokio::test]
async fn page_weight_fits_one_round_trip() {
    let today = chrono::Local::now().date_naive();
    let lmp = (today - chrono::Days::new(60))
        .format("%Y-%m-%d")
        .to_string();
    let mut sizes = vec![(
        "GET /results/dates".to_owned(),
        gzip_len(&get("/results/dates", "uk").await.body),
    )];
    for (label, body, status) in [
        (
            "LMP",
            format!("method=lmp&lmp={lmp}&cycle_days=32"),
            StatusCode::OK,
        ),
        (
            "CRL",
            "method=crl&crl_mm=7&scan_date=2026-01-10".to_owned(),
            StatusCode::OK,
        ),
        ("MSD", "method=msd&msd_mm=30".to_owned(), StatusCode::OK),
        (
            "422",
            "method=lmp&lmp=2999-01-01&cycle_days=abc".to_owned(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let res = dates(&body, "uk").await;
        assert_eq!(res.status, status, "{label}");
        sizes.push((
            format!("POST /results/dates ({label})"),
            gzip_len(&res.body),
        ));
    }
    for (page, size) in &sizes {
        eprintln!("page weight: {page}: {size} bytes gzip (budget {PAGE_BUDGET})");
    }
    for (page, size) in sizes {
        assert!(size <= PAGE_BUDGET, "{page}: {size} > {PAGE_BUDGET}");
    }
}
