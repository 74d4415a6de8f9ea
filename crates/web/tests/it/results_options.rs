//! `/options`, driven in-process through the whole app: the three options side by side, each
//! figure as "X in 100" with its source and confidence, the aftercare facts, and the page weight.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use flate2::Compression;
use flate2::write::GzEncoder;
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Selector};
use solace_clinical::management::{AFTERCARE, OptionId, options};
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

fn all<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
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

fn one_in<'a>(e: &ElementRef<'a>, s: &str) -> ElementRef<'a> {
    e.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}

#[tokio::test]
async fn all_three_options_with_their_figures_and_sources() {
    for (region, dial) in [("uk", "999"), ("us", "911")] {
        let res = get("/options", region).await;
        assert_eq!(res.status, StatusCode::OK);
        let doc = res.html();
        assert_shell(&doc, "/options", dial);
        let ids: Vec<&str> = all(&doc, "#options section.r-option")
            .into_iter()
            .map(|s| s.value().attr("data-option").unwrap())
            .collect();
        assert_eq!(ids, ["expectant", "medication", "surgery"]);
        // On a phone the three are stacked: links jump to each, and to the aftercare.
        let toc: Vec<&str> = all(&doc, "nav.r-toc a[href]")
            .into_iter()
            .map(|a| a.value().attr("href").unwrap())
            .collect();
        assert_eq!(
            toc,
            [
                "#option-expectant",
                "#option-medication",
                "#option-surgery",
                "#aftercare"
            ]
        );
        for target in toc {
            assert!(has(&doc, target), "{target}");
        }
        for o in options() {
            let id = match o.id {
                OptionId::Expectant => "expectant",
                OptionId::Medication => "medication",
                OptionId::Surgery => "surgery",
            };
            let section = one(&doc, &format!("section.r-option[data-option={id}]"));
            assert_eq!(text(one_in(&section, "h2")), o.name);
            for f in &o.how_often_it_works {
                let li = one_in(&section, &format!("li[data-figure={}]", f.id));
                let words = text(li);
                let in_100 = f.in_100.as_deref().unwrap();
                assert!(words.to_lowercase().contains(in_100), "{}: {words}", f.id);
                assert!(
                    text(one_in(&li, "b.r-in100")).eq_ignore_ascii_case(in_100),
                    "{}: the X in 100 stands out",
                    f.id
                );
                assert!(words.contains(&*f.text), "{}", f.id);
                for s in &f.sources {
                    let title = solace_content::sources::title(s.id()).unwrap();
                    assert!(words.contains(title), "{}: {title}", f.id);
                }
                assert!(words.contains("checked in"), "{}: confidence shown", f.id);
            }
            for q in &o.questions {
                assert!(text(one_in(&section, ".r-ask")).contains(&**q), "{q}");
            }
            for f in o.what_happens.iter().chain(&o.how_long) {
                assert!(text(section).contains(&*f.text), "{}", f.text);
            }
        }
        assert!(has(&doc, &format!("#safety a[href=\"tel:{dial}\"]")));
    }
}

#[tokio::test]
async fn a_gentle_start_and_the_aftercare_facts() {
    let doc = get("/options", "uk").await.html();
    let main = text(one(&doc, "main"));
    assert!(main.contains("There is no wrong choice"));
    assert!(main.contains("Your care team will help you decide"));
    assert!(main.contains("cannot have every option"));
    let after = text(one(&doc, "#aftercare"));
    assert!(after.contains("pregnancy test 3 weeks later"), "{after}");
    assert!(
        after.contains("up to 3 weeks after the medicines"),
        "{after}"
    );
    assert!(
        after.contains("usually come back after 4 to 6 weeks"),
        "{after}"
    );
    // The one unverified line says "approximately", names its study, and carries no internal
    // note such as "not yet checked".
    let u = one(&doc, "#aftercare li[data-confidence=unverified]");
    assert!(text(u).contains("approximately"), "{}", text(u));
    assert!(text(u).contains("Zhang"), "{}", text(u));
    let lower = text(one(&doc, "main")).to_lowercase();
    for note in [
        "not yet checked",
        "not checked",
        "checked against the paper",
    ] {
        assert!(!lower.contains(note), "{note}");
    }
    for f in AFTERCARE {
        assert!(text(one(&doc, "main")).contains(&*f.text), "{}", f.text);
    }
    assert!(text(one(&doc, "#contact")).contains("early pregnancy unit (EPU)"));
}

/// SAFETY.md R9: NICE's two medicine plans are apart, each under its type of miscarriage; the
/// region's guideline comes first; "heaviest in the first ~8 days" names its study and group.
#[tokio::test]
async fn nice_medicine_plans_are_apart_and_the_heaviest_days_name_their_study() {
    let doc = get("/options", "uk").await.html();
    let med = one(&doc, "section.r-option[data-option=medication]");
    let plans = one_in(&med, "#nice-regimens");
    let missed = text(one_in(&plans, "[data-regimen=missed]"));
    assert!(missed.contains("missed miscarriage"), "{missed}");
    for dose in ["mifepristone", "200 mg", "800 micrograms", "48 hours"] {
        assert!(missed.contains(dose), "{dose}: {missed}");
    }
    let incomplete = text(one_in(&plans, "[data-regimen=incomplete]"));
    assert!(
        incomplete.contains("incomplete miscarriage"),
        "{incomplete}"
    );
    assert!(
        incomplete.contains("different medicine plan"),
        "{incomplete}"
    );
    assert!(!incomplete.contains("200 mg") && !incomplete.contains("48 hours"));
    assert!(
        !text(one_in(&med, "ul")).contains("NICE, 2023"),
        "the plan with doses is only under its type"
    );
    let heaviest = text(med);
    assert!(
        heaviest.contains("In one US study, women took misoprostol alone for a miscarriage."),
        "{heaviest}"
    );
    assert!(heaviest.contains("approximately the first 8 days"));
    // UK readers see NICE's advice before ACOG's; US readers ACOG's first.
    let how_long =
        |doc: &scraper::Html| text(all(doc, "section.r-option[data-option=expectant] ul")[1]);
    let uk = how_long(&doc);
    assert!(uk.find("NICE").unwrap() < uk.find("ACOG").unwrap(), "{uk}");
    let us_doc = get("/options", "us").await.html();
    let us = how_long(&us_doc);
    assert!(us.find("ACOG").unwrap() < us.find("NICE").unwrap(), "{us}");
}

#[tokio::test]
async fn page_weight_fits_one_round_trip() {
    for region in ["uk", "us"] {
        let size = gzip_len(&get("/options", region).await.body);
        eprintln!("page weight: GET /options ({region}): {size} bytes gzip (budget {PAGE_BUDGET})");
        assert!(size <= PAGE_BUDGET, "{size}");
    }
}
