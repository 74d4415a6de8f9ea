//! `/odds`, driven in-process through the whole app, with assertions on parsed HTML: the gentle
//! note, the figures as "X in 100" and percent with sources, the figures held back with the
//! reason, the chart by week and its table, bad input kept and named, and the page weight.

use axum::http::StatusCode;
use flate2::Compression;
use flate2::write::GzEncoder;
use scraper::ElementRef;
use solace_i18n::{I18n, Lang};
use solace_web::pages::results::odds;
use std::io::Write;

const PAGE_BUDGET: usize = 14 * 1024;

use crate::support::page_client::*;

async fn post(pairs: &[(&str, &str)], region: &str) -> Res {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    post_form("/odds", &pairs, region).await
}

fn attr<'a>(e: ElementRef<'a>, name: &str) -> &'a str {
    e.value().attr(name).unwrap_or("")
}

fn gzip_len(body: &str) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(body.as_bytes()).unwrap();
    enc.finish().unwrap().len()
}

/// "1,700" → 1700.0
fn number(s: &str) -> f64 {
    s.trim().replace(',', "").parse().unwrap_or(f64::NAN)
}

#[tokio::test]
async fn the_form_is_gentle_and_asks_the_situation() {
    let res = send(get("/odds", "uk")).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let gentle = text(one(&doc, "#gentle"));
    assert!(
        gentle.contains("hard to read") && gentle.contains("skip this page"),
        "{gentle}"
    );
    let f = one(&doc, "form#odds-form");
    assert_eq!(attr(f, "method"), "post");
    assert_eq!(attr(f, "action"), "/odds");
    for name in ["age", "previous_losses", "weeks"] {
        assert!(
            has(&doc, &format!("input[type=text][name={name}]#field-{name}")),
            "{name}"
        );
    }
    for name in [
        "previous_losses_consecutive",
        "cardiac_activity_seen",
        "bleeding_or_pain",
    ] {
        for v in ["yes", "no", ""] {
            assert!(
                has(
                    &doc,
                    &format!("input[type=radio][name={name}][value=\"{v}\"]")
                ),
                "{name}={v}"
            );
        }
    }
    assert!(text(one(&doc, "#q-cardiac_activity_seen")).contains("cardiac activity"));
    assert!(
        !doc.root_element()
            .html()
            .to_lowercase()
            .contains("heartbeat")
    );
    assert!(!has(&doc, "[style]"));
}

#[tokio::test]
async fn bleeding_withholds_the_figures_after_cardiac_activity_with_the_reason() {
    let res = post(
        &[
            ("weeks", "8"),
            ("cardiac_activity_seen", "yes"),
            ("bleeding_or_pain", "yes"),
        ],
        "uk",
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let doc = res.html();
    let held = one(
        &doc,
        "#withheld li[data-withheld=tong-by-week][data-reason=bleeding-or-pain]",
    );
    assert!(text(held).contains("no bleeding or pain"), "{}", text(held));
    assert!(!has(&doc, "[data-figure^=tong-]"), "no Tong figure");
    assert!(!has(&doc, "svg#odds-chart"), "no chart by week");
    assert!(!has(&doc, "table.chart-table"));
    assert!(!text(one(&doc, "main")).contains("1.5%"));
    // The person is pointed to the symptom check first, and no number is put forward as theirs.
    assert!(has(&doc, "#check-first a[href=\"/check\"]"));
    assert!(
        !has(&doc, "#odds-headline"),
        "no headline picture while bleeding or in pain"
    );

    // Not saying is treated the same, with its own reason.
    let doc = post(&[("weeks", "8"), ("cardiac_activity_seen", "yes")], "uk")
        .await
        .html();
    assert!(has(
        &doc,
        "#withheld li[data-withheld=tong-by-week][data-reason=bleeding-or-pain-not-known]"
    ));
    assert!(!has(&doc, "svg#odds-chart"));
}

#[tokio::test]
async fn cardiac_activity_at_8_weeks_without_bleeding_shows_the_figure_and_the_chart() {
    let res = post(
        &[
            ("weeks", "8"),
            ("cardiac_activity_seen", "yes"),
            ("bleeding_or_pain", "no"),
        ],
        "uk",
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let doc = res.html();
    let fig = one(&doc, "[data-figure=tong-week-8]");
    let words = text(fig);
    // Under 5 % the natural frequency keeps its decimal: 1.5 % is not rounded up to "2 in 100".
    assert!(words.contains("About 1.5 in 100 (1.5%)"), "{words}");
    assert!(words.contains("Tong et al. 2008"), "{words}");
    assert!(words.contains("trusted summary"), "confidence: {words}");
    let main = text(one(&doc, "main"));
    assert!(main.contains("1.5"), "1.5 in 100 appears");
    // The chart: one point per week 6 to 10, and the table holds the same numbers.
    let svg = one(&doc, "svg#odds-chart");
    assert_eq!(attr(svg, "role"), "img");
    assert!(has(&doc, &format!("#{}", attr(svg, "aria-describedby"))));
    let points = all(&doc, "svg#odds-chart circle.point");
    let weeks: Vec<&str> = points.iter().map(|p| attr(*p, "data-week")).collect();
    assert_eq!(weeks, ["6", "7", "8", "9", "10"]);
    let values: Vec<f64> = points
        .iter()
        .map(|p| attr(*p, "data-value").parse().unwrap())
        .collect();
    assert_eq!(values, [9.4, 4.2, 1.5, 0.5, 0.7]);
    let rows = all(&doc, "table.chart-table tbody tr");
    assert_eq!(rows.len(), 5);
    let table: Vec<f64> = all(&doc, "table.chart-table tbody td[data-value]")
        .into_iter()
        .map(|td| number(&text(td).replace('%', "")))
        .collect();
    assert_eq!(table, values);
    let table_weeks: Vec<&str> = rows.iter().map(|r| attr(*r, "data-week")).collect();
    assert_eq!(table_weeks, weeks);
    assert!(text(rows[2]).contains("your week"));
    // The headline picture: 100 people, about 2 filled.
    let people = one(&doc, "#odds-headline");
    assert_eq!(attr(people, "data-figure"), "tong-week-8");
    assert_eq!(all(&doc, "#odds-people use").len(), 100);
    assert!(text(people).contains("Out of 100 pregnancies like these, about 2"));
    assert!(!has(&doc, "form.lang"));
}

#[tokio::test]
async fn every_figure_is_x_in_100_and_a_percent_with_its_source() {
    let res = post(
        &[
            ("age", "27"),
            ("previous_losses", "2"),
            ("previous_losses_consecutive", "yes"),
            ("weeks", "7"),
        ],
        "uk",
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let doc = res.html();
    let figs = all(&doc, "[data-figure]");
    assert!(figs.len() >= 6, "{}", figs.len());
    for f in figs {
        let t = text(f);
        let id = attr(f, "data-figure");
        if id.starts_with("magnus-odds") {
            assert!(
                t.contains("times the odds") && t.contains("not a chance out of 100"),
                "{id}: {t}"
            );
        } else {
            assert!(t.contains("in 100"), "{id}: {t}");
            assert!(t.contains('%'), "{id}: {t}");
        }
        assert!(t.contains("Source: "), "{id}: {t}");
        assert!(t.contains("checked in"), "{id}: {t}");
    }
    assert!(has(&doc, "[data-figure=magnus-age-25-29]"));
    // The picture is for the age figure, not the figure for all pregnancies.
    assert_eq!(
        attr(one(&doc, "#odds-headline"), "data-figure"),
        "magnus-age-25-29"
    );
    assert!(has(&doc, "[data-figure=magnus-odds-after-2-in-a-row]"));
    assert!(text(one(&doc, "#framing")).contains("cannot tell what will happen to you"));
    assert!(has(&doc, "#gentle"));
    let doc = post(&[("previous_losses", "0")], "uk").await.html();
    assert!(
        !has(&doc, "#odds-headline"),
        "no picture without a figure for this situation"
    );
}

#[tokio::test]
async fn bad_answers_are_kept_and_named() {
    let res = post(
        &[
            ("age", "thirty"),
            ("previous_losses", "1.5"),
            ("weeks", "50"),
            ("bleeding_or_pain", "maybe"),
        ],
        "uk",
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    assert!(has(&doc, "#error-summary"));
    for (name, words) in [
        ("age", "number"),
        ("previous_losses", "whole number"),
        ("weeks", "0 to 45"),
        ("bleeding_or_pain", "Choose"),
    ] {
        let e = text(one(&doc, &format!("p.field-error#error-{name}")));
        assert!(e.contains(words), "{name}: {e}");
        assert!(has(
            &doc,
            &format!("#error-summary a[href=\"#field-{name}\"]")
        ));
    }
    assert_eq!(attr(one(&doc, "#field-age"), "value"), "thirty");
    assert_eq!(attr(one(&doc, "#field-previous_losses"), "value"), "1.5");
    assert_eq!(attr(one(&doc, "#field-weeks"), "value"), "50");
    assert_eq!(attr(one(&doc, "#field-weeks"), "aria-invalid"), "true");
    let res = post(&[("age", "8")], "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(one(&res.html(), "#error-age")).contains("10 to 60"));
}

#[tokio::test]
async fn change_my_answers_brings_them_back() {
    let doc = post(
        &[
            ("age", "31"),
            ("cardiac_activity_seen", "yes"),
            ("bleeding_or_pain", "no"),
        ],
        "uk",
    )
    .await
    .html();
    let hidden: Vec<(String, String)> = all(&doc, "form#change-answers input[type=hidden]")
        .into_iter()
        .map(|e| (attr(e, "name").to_owned(), attr(e, "value").to_owned()))
        .collect();
    let pairs: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let doc = post(&pairs, "uk").await.html();
    assert_eq!(attr(one(&doc, "#field-age"), "value"), "31");
    assert!(has(
        &doc,
        "input[name=cardiac_activity_seen][value=yes][checked]"
    ));
    assert!(has(&doc, "input[name=bleeding_or_pain][value=no][checked]"));
}

#[tokio::test]
async fn page_weight_fits_one_round_trip() {
    let mut sizes = vec![];
    sizes.push(("GET /odds", gzip_len(&send(get("/odds", "uk")).await.body)));
    let full = post(
        &[
            ("age", "27"),
            ("previous_losses", "3"),
            ("previous_losses_consecutive", "yes"),
            ("weeks", "8"),
            ("cardiac_activity_seen", "yes"),
            ("bleeding_or_pain", "no"),
        ],
        "uk",
    )
    .await;
    assert_eq!(full.status, StatusCode::OK);
    sizes.push(("POST /odds (every figure, chart)", gzip_len(&full.body)));
    let bad = post(
        &[("age", "x"), ("previous_losses", "y"), ("weeks", "z")],
        "uk",
    )
    .await;
    sizes.push(("POST /odds (422)", gzip_len(&bad.body)));
    for (page, size) in &sizes {
        eprintln!("page weight: {page}: {size} bytes gzip (budget {PAGE_BUDGET})");
    }
    for (page, size) in sizes {
        assert!(size <= PAGE_BUDGET, "{page}: {size} > {PAGE_BUDGET}");
    }
}

#[test]
fn every_message_the_page_picks_from_a_table_exists() {
    let i18n = I18n::load().unwrap();
    let missing: Vec<&str> = odds::message_ids()
        .into_iter()
        .filter(|id| !i18n.has(Lang::EN_GB, id))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

/// SAFETY.md R10: only figures about the reader's situation get a headline number; background
/// figures ("80 in 100 losses are in the first trimester") are plain sentences.
#[tokio::test]
async fn only_figures_about_the_reader_get_headline_numbers() {
    for answers in [
        vec![],
        vec![("age", "27")],
        vec![("age", "38"), ("previous_losses", "1"), ("weeks", "9")],
        vec![
            ("weeks", "8"),
            ("cardiac_activity_seen", "yes"),
            ("bleeding_or_pain", "no"),
        ],
    ] {
        let res = post(&answers, "uk").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let doc = res.html();
        // The first-trimester share is context: a sentence, never a big number.
        let share = one(&doc, "li.fig[data-figure=acog-first-trimester-share]");
        assert_eq!(attr(share, "data-role"), "context", "{answers:?}");
        assert!(
            text(share).contains("About 80 in 100 pregnancy losses happen in the first trimester")
        );
        for li in all(&doc, "li.fig[data-role=context]") {
            assert!(
                li.select(&scraper::Selector::parse(".big").unwrap())
                    .next()
                    .is_none(),
                "{answers:?}: {} has a big number",
                attr(li, "data-figure")
            );
        }
        for big in all(&doc, ".big") {
            let fig = big
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|e| e.value().attr("data-figure").is_some())
                .expect("a big number belongs to a figure");
            let id = attr(fig, "data-figure");
            assert!(
                fig.value().id() == Some("odds-headline") || attr(fig, "data-role") == "situation",
                "{answers:?}: {id} in big type is not about the reader"
            );
            assert!(
                !id.starts_with("acog-first") && !id.starts_with("quenby-recognised"),
                "{id}"
            );
        }
        assert!(!text(one(&doc, "main")).contains("About 80 in 100 (80%)"));
    }
    // Nothing about the reader: no headline picture at all.
    let doc = post(&[], "uk").await.html();
    assert!(!has(&doc, "#odds-headline"));
    assert!(!has(&doc, ".big"));
}

/// SAFETY.md R11: answers that change nothing are named with the reason; an unverified figure is
/// never shown or talked about ("not checked against the paper yet" was an internal note).
#[tokio::test]
async fn answers_that_change_nothing_say_why_and_no_internal_notes_show() {
    let doc = post(
        &[
            ("previous_losses", "1"),
            ("previous_losses_consecutive", "yes"),
            ("cardiac_activity_seen", "no"),
            ("bleeding_or_pain", "no"),
        ],
        "uk",
    )
    .await
    .html();
    for field in [
        "previous_losses_consecutive",
        "cardiac_activity_seen",
        "bleeding_or_pain",
    ] {
        let li = one(&doc, &format!("#unused li[data-field={field}]"));
        assert!(
            text(li).contains("did not change the numbers"),
            "{}",
            text(li)
        );
    }
    assert!(has(
        &doc,
        "#unused li[data-field=cardiac_activity_seen] a[href=\"/results/scan\"]"
    ));
    let doc = post(&[("previous_losses", "0")], "uk").await.html();
    assert!(text(one(&doc, "#unused li[data-field=previous_losses]")).contains("do not apply"));
    // Every age from 18 to 50: no internal note, and an age with no figure says so.
    for age in 18..=50 {
        let a = age.to_string();
        let res = post(&[("age", &a)], "uk").await;
        let lower = text(one(&res.html(), "main")).to_lowercase();
        for note in [
            "not been checked",
            "checked against",
            "paper yet",
            "not yet checked",
            "todo",
        ] {
            assert!(!lower.contains(note), "age {age}: {note}");
        }
        let doc = res.html();
        let age_figs = all(&doc, "[data-figure^=magnus-age], [data-figure^=acog-age]").len();
        if age_figs == 0 {
            assert!(
                text(one(&doc, "#withheld li[data-withheld=age]"))
                    .contains("did not change the numbers"),
                "age {age}"
            );
        }
    }
}
