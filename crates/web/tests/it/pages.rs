//! The server-rendered pages, driven in-process through the whole app (security headers, CSRF,
//! cookies), with assertions on parsed HTML.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use flate2::Compression;
use flate2::write::GzEncoder;
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Selector};
use solace_clinical::triage::{RULES, SAFETY_NET, Urgency};
use solace_i18n::{I18n, Lang};
use solace_web::{AppState, Config, app};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

/// One round trip's worth: the first response of a page must fit in 14 KB compressed.
const PAGE_BUDGET: usize = 14 * 1024;

struct Res {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Res {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }

    /// The value a `Set-Cookie` header gives `name`, if any.
    fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies().iter().find_map(|c| {
            c.split(';')
                .next()
                .and_then(|kv| kv.split_once('='))
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v.to_owned())
        })
    }
}

async fn send(req: Request<Body>) -> Res {
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Res {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
    }
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path).header(header::HOST, "127.0.0.1:7878");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::empty()).unwrap()
}

fn post(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::post(path)
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

async fn check(body: &str, region: &str) -> Res {
    send(post(
        "/check",
        body,
        Some(&format!("solace_region={region}")),
    ))
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

/// `application/x-www-form-urlencoded`, as a browser writes it.
fn urlencode(pairs: &[(String, String)]) -> String {
    let enc = |s: &str| {
        let mut out = String::new();
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                    out.push(b as char);
                }
                b' ' => out.push('+'),
                _ => {
                    let _ = write!(out, "%{b:02X}");
                }
            }
        }
        out
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

const PAGES: &[&str] = &[
    "/",
    "/check",
    "/settings",
    "/away",
    "/no-such-page",
    "/wellbeing",
    "/wellbeing/pcl5",
    "/learn",
    "/learn/bleeding-clots-tissue",
    "/learn/when-to-get-help",
];

#[tokio::test]
async fn every_page_has_the_banner_quick_exit_language_and_headers() {
    for (region, dial, lang) in [
        ("uk", "999", "en-GB"),
        ("us", "911", "en-US"),
        ("au", "000", "en-GB"),
    ] {
        for path in PAGES {
            let res = send(get(path, Some(&format!("solace_region={region}")))).await;
            let want = if *path == "/no-such-page" {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::OK
            };
            assert_eq!(res.status, want, "{path}");
            let doc = res.html();
            if *path == "/away" {
                // The neutral page must not give Solace away: no banner, no number, no quick exit.
                assert!(
                    !has(&doc, "#emergency-banner"),
                    "/away has no emergency banner"
                );
                assert!(!has(&doc, "a[href^=\"tel:\"]"), "/away has no phone link");
                assert!(!has(&doc, "#quick-exit"), "/away has no quick exit");
                let body = text(one(&doc, "body")).to_lowercase();
                for word in ["solace", "pregnan", "miscarr", "emergency", "bleed"] {
                    assert!(!body.contains(word), "/away mentions {word}");
                }
                continue;
            }
            let banner = one(&doc, "#emergency-banner[role=region][aria-label]");
            assert!(
                banner
                    .select(&sel(&format!("a[href=\"tel:{dial}\"]")))
                    .next()
                    .is_some(),
                "{path} {region}: banner has tel:{dial}"
            );
            assert_eq!(one(&doc, "html").value().attr("lang"), Some(lang), "{path}");
            assert!(has(&doc, "meta[name=viewport]"), "{path}");
            assert!(!text(one(&doc, "title")).is_empty(), "{path}");
            if *path == "/away" {
                assert!(!has(&doc, "#quick-exit"), "/away has no quick exit");
            } else {
                assert_eq!(
                    one(&doc, "a#quick-exit").value().attr("href"),
                    Some("/away")
                );
                assert!(has(&doc, "a.skip[href=\"#main\"]"), "{path}: skip link");
                assert!(has(&doc, "main#main"), "{path}");
                assert!(has(&doc, "form.lang button[name=lang]"), "{path}");
                assert!(has(&doc, "a[href=\"/settings\"]"), "{path}");
                assert!(has(&doc, "nav a[href=\"/check\"]"), "{path}");
                assert!(has(&doc, "footer #disclaimer"), "{path}");
                assert!(
                    has(&doc, "script[src=\"/assets/solace.js\"][defer]"),
                    "{path}"
                );
            }

            let csp = res.header("content-security-policy");
            assert!(csp.contains("default-src 'none'"), "{csp}");
            assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
            assert!(!csp.contains("unsafe-inline"), "{csp}");
            // The inline critical CSS is allowed by its hash: the one policy for every page.
            let style = all(&doc, "head style");
            assert_eq!(style.len(), 1, "{path}: one inline style");
            let hash = solace_web::middleware::csp_hash(&text(style[0]));
            assert!(csp.contains(&format!("style-src {hash};")), "{csp}");
            assert!(!csp.contains("nonce"), "{csp}");
            assert!(!has(&doc, "[style]"), "{path}: no style attributes");
            assert!(!has(&doc, "script:not([src])"), "{path}: no inline script");
            assert_eq!(res.header("referrer-policy"), "no-referrer");
            assert_eq!(res.header("x-content-type-options"), "nosniff");
            assert_eq!(res.header("cache-control"), "no-store");
            assert!(
                res.header("content-type").starts_with("text/html"),
                "{path}"
            );
        }
    }
}

#[tokio::test]
async fn nothing_is_fetched_from_another_origin() {
    for path in PAGES {
        let doc = send(get(path, None)).await.html();
        for e in all(&doc, "[src], [href], [action]") {
            for attr in ["src", "href", "action"] {
                if let Some(v) = e.value().attr(attr) {
                    assert!(
                        v.starts_with('/') && !v.starts_with("//")
                            || v.starts_with('#')
                            || v.starts_with("tel:"),
                        "{path}: {attr}={v}"
                    );
                }
            }
        }
        for f in all(&doc, "form") {
            assert_eq!(
                f.value().attr("method"),
                Some("post"),
                "{path}: no answers in a URL"
            );
        }
    }
}

#[tokio::test]
async fn the_neutral_page_names_nothing() {
    let res = send(get("/away", None)).await;
    let doc = res.html();
    assert_eq!(text(one(&doc, "title")), "Weather");
    assert!(!res.body.contains("Solace"));
    assert!(!has(&doc, "script"));
    assert!(!has(&doc, "nav"));
    assert!(
        all(&doc, "a[href]")
            .iter()
            .all(|a| a.value().attr("href").unwrap().starts_with("tel:")),
        "no link back"
    );
    assert!(res.cookie("solace_csrf").is_none(), "no cookie set");
}

#[tokio::test]
async fn home_offers_only_live_doors_and_says_what_happens_to_answers() {
    let doc = send(get("/", None)).await.html();
    assert_eq!(
        one(&doc, "a#door-check").value().attr("href"),
        Some("/check")
    );
    assert!(has(&doc, "#privacy"));
    assert!(text(one(&doc, "#quick-exit-help")).contains("Esc"));
    for a in all(&doc, "main a[href]") {
        let href = a.value().attr("href").unwrap();
        assert!(
            [
                "/check",
                "/results",
                "/diary",
                "/learn",
                "/wellbeing",
                "/support",
                "/settings",
                "/"
            ]
            .contains(&href),
            "{href}"
        );
    }
}

#[tokio::test]
async fn page_weight_fits_one_round_trip() {
    let mut sizes = vec![];
    for path in PAGES {
        let res = send(get(path, None)).await;
        sizes.push(((*path).to_owned(), gzip_len(&res.body)));
    }
    let emergency = check(
        "fainted=yes&thoughts_of_harm=yes&pale_clammy=yes&racing_heart=yes&dizzy_or_faint=yes\
         &shoulder_tip_pain=yes&pain=9&bleeding=heavy&pads_soaked_per_hour=3&clots=large\
         &temperature=38.5&temperature_unit=c&feels_feverish=yes&foul_discharge=yes",
        "uk",
    )
    .await;
    assert_eq!(emergency.status, StatusCode::OK);
    sizes.push((
        "POST /check (emergency result)".to_owned(),
        gzip_len(&emergency.body),
    ));
    let invalid = check(
        "pain=4.5&weeks=50&temperature=abc&temperature_unit=c&bleeding=loads&fainted=yes",
        "uk",
    )
    .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    sizes.push(("POST /check (422 form)".to_owned(), gzip_len(&invalid.body)));
    for (page, size) in &sizes {
        eprintln!("page weight: {page}: {size} bytes gzip (budget {PAGE_BUDGET})");
    }
    for (page, size) in sizes {
        assert!(size <= PAGE_BUDGET, "{page}: {size} > {PAGE_BUDGET}");
    }
}

#[tokio::test]
async fn the_form_asks_every_question_with_the_contract_names() {
    let doc = send(get("/check", None)).await.html();
    let form = one(&doc, "form#triage-form[method=post][action=\"/check\"]");
    let names: BTreeSet<String> = form
        .select(&sel("input[name]"))
        .map(|i| i.value().attr("name").unwrap().to_owned())
        .collect();
    // Every contract field is asked, both temperatures as one field plus its unit.
    let schema = solace_app::openapi::triage_input_schema();
    let mut want: BTreeSet<String> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| !["region", "temperature_c", "temperature_f"].contains(&k.as_str()))
        .cloned()
        .collect();
    want.insert("temperature".into());
    want.insert("temperature_unit".into());
    assert_eq!(names, want);

    // Numbers are text, so a wrong entry is kept and explained rather than blocked.
    assert!(!has(&doc, "input[type=number]"));
    for n in [
        "weeks",
        "pads_soaked_per_hour",
        "temperature",
        "low_mood_weeks",
    ] {
        assert!(
            has(
                &doc,
                &format!("input#field-{n}[type=text][inputmode=decimal][name={n}]")
            ),
            "{n}"
        );
    }
    // 0 to 10, and "Not sure" so a chosen number can be taken back.
    assert_eq!(all(&doc, "input[type=radio][name=pain]").len(), 12);
    assert_eq!(
        all(&doc, "input[name=pain][checked]").len(),
        1,
        "only one pain answer checked"
    );
    assert!(
        has(&doc, "input#field-pain-unknown[value=\"\"][checked]"),
        "pain unknown by default"
    );
    for n in ["fainted", "shoulder_tip_pain", "thoughts_of_harm"] {
        assert!(has(
            &doc,
            &format!("input#field-{n}[type=checkbox][value=yes]")
        ));
    }
    // Every choice defaults to "Not sure", which sends nothing.
    for n in ["situation", "location", "treatment", "bleeding", "clots"] {
        let checked = all(&doc, &format!("input[name={n}][checked]"));
        assert_eq!(checked.len(), 1, "{n}");
        assert_eq!(checked[0].value().attr("value"), Some(""), "{n}");
    }
    // The emergency and sepsis signs come first, then bleeding and pain.
    let legends: Vec<String> = all(&doc, "fieldset.group > legend")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        legends,
        [
            "Right now",
            "Do you feel very unwell in another way?",
            "Bleeding",
            "Pain",
            "About your pregnancy",
            "Temperature and infection",
            "After a loss",
        ]
    );
    let first_group = one(&doc, "fieldset.group");
    assert!(
        first_group
            .select(&sel("input[name=fainted]"))
            .next()
            .is_some()
    );
    // Our own drawings, labelled, with presentation attributes only.
    for s in ["#pads-figure svg[role=img]", "#clots-figure svg[role=img]"] {
        let svg = one(&doc, s);
        assert!(svg.value().attr("aria-label").is_some(), "{s}");
        assert!(svg.select(&sel("title")).next().is_some(), "{s}");
    }
    assert_eq!(all(&doc, "#pads-figure svg").len(), 3);
    assert!(text(one(&doc, "#clots-figure")).contains("10p"));
}

#[tokio::test]
async fn temperature_unit_and_coin_follow_the_region() {
    let us = send(get("/check", Some("solace_region=us"))).await.html();
    assert!(has(&us, "input[name=temperature_unit][value=f][checked]"));
    assert!(text(one(&us, "#clots-figure")).contains("quarter"));
    let uk = send(get("/check", Some("solace_region=uk"))).await.html();
    assert!(has(&uk, "input[name=temperature_unit][value=c][checked]"));
}

#[tokio::test]
async fn shoulder_tip_pain_in_pregnancy_is_urgent() {
    let res = check("situation=pregnant&weeks=7&shoulder_tip_pain=yes", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert!(has(&doc, "section#result[data-urgency=urgent]"));
    assert!(has(
        &doc,
        "#reasons li[data-rule=possible-ectopic-shoulder]"
    ));
    let reason = one(&doc, "#reasons li[data-rule=possible-ectopic-shoulder]");
    assert!(text(reason).contains("shoulder"));
    let sources = text(reason.select(&sel("small")).next().expect("sources shown"));
    assert!(
        sources.contains("NHS") && !sources.contains("nhs-ectopic"),
        "titles, not ids: {sources}"
    );
    assert!(!text(one(&doc, "h1")).is_empty());
    assert!(
        has(&doc, "#actions a[href=\"tel:999\"]"),
        "call button for urgent"
    );
    assert!(
        text(one(&doc, ".ub")).contains("Urgent"),
        "not colour alone"
    );
    assert!(has(&doc, ".ub svg"), "an icon as well as words");
    assert!(has(&doc, "button#print[hidden]"), "print needs the script");
    assert!(has(&doc, "#result #disclaimer"));
}

#[tokio::test]
async fn fainting_is_an_emergency_with_the_regions_number() {
    for (region, dial) in [("uk", "999"), ("us", "911"), ("au", "000"), ("ie", "112")] {
        let res = check("fainted=yes", region).await;
        assert_eq!(res.status, StatusCode::OK);
        let doc = res.html();
        assert!(
            has(&doc, "section#result[data-urgency=emergency]"),
            "{region}"
        );
        assert!(has(&doc, "#reasons li[data-rule=collapse]"), "{region}");
        assert!(
            has(&doc, &format!("#actions a[href=\"tel:{dial}\"]")),
            "{region}: tel:{dial} in the actions"
        );
        assert!(
            text(one(&doc, "h1")).contains(&dial[..3]),
            "{region}: headline names the number"
        );
    }
}

#[tokio::test]
async fn thoughts_of_harm_show_the_crisis_line() {
    let doc = check("thoughts_of_harm=yes", "uk").await.html();
    assert!(has(&doc, "section#result[data-urgency=emergency]"));
    assert!(has(&doc, "#reasons li[data-rule=self-harm]"));
    assert!(has(&doc, "#actions a[href=\"tel:116123\"]"));
    assert!(has(&doc, "#actions a[href=\"tel:999\"]"));
    let us = check("thoughts_of_harm=yes", "us").await.html();
    assert!(has(&us, "#actions a[href=\"tel:988\"]"));
    // No guessed number where we know of no crisis line; the words still point to help.
    let other = check("thoughts_of_harm=yes", "other").await.html();
    assert!(has(&other, "#actions a[href=\"tel:112\"]"));
    assert!(text(one(&other, "#actions")).contains("crisis line"));
}

#[tokio::test]
async fn bad_answers_are_kept_and_explained() {
    let res = check(
        "pain=4.5&weeks=50&temperature=abc&temperature_unit=c&bleeding=loads\
         &pain_one_sided=yes&situation=pregnant&unknown_field=1",
        "uk",
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    assert!(!has(&doc, "#result"));
    let summary = one(&doc, "#error-summary[role=alert]");
    let links: Vec<&str> = summary
        .select(&sel("a[href]"))
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    // In the order the form asks.
    assert_eq!(
        links,
        [
            "#field-bleeding",
            "#field-pain",
            "#field-weeks",
            "#field-temperature"
        ]
    );
    for (name, words) in [
        ("pain", "0 to 10"),
        ("weeks", "0 to 45"),
        ("temperature", "like 37.5"),
        ("bleeding", "Choose"),
    ] {
        let msg = one(&doc, &format!("p.field-error#error-{name}"));
        assert!(text(msg).contains(words), "{name}: {}", text(msg));
        assert!(has(&doc, &format!("#field-{name}")), "{name}: link target");
        let input = one(&doc, &format!("[name={name}][aria-invalid=true]"));
        assert!(
            input
                .value()
                .attr("aria-describedby")
                .unwrap()
                .contains(&format!("error-{name}")),
            "{name}"
        );
    }
    assert_eq!(
        one(&doc, "input#field-weeks").value().attr("value"),
        Some("50")
    );
    assert_eq!(
        one(&doc, "input#field-temperature").value().attr("value"),
        Some("abc")
    );
    assert!(has(&doc, "input#field-pain_one_sided[checked]"));
    assert!(has(&doc, "input[name=situation][value=pregnant][checked]"));
    assert!(has(&doc, "input[name=temperature_unit][value=c][checked]"));
    // "loads" is no answer we know: nothing is checked rather than guessing.
    assert!(!has(&doc, "input[name=bleeding][checked]"));
    assert!(!has(&doc, "#error-unknown_field"));
    assert!(!has(&doc, "#early-warning"));
}

#[tokio::test]
async fn a_red_flag_is_not_hidden_behind_a_typing_mistake() {
    let res = check("fainted=yes&weeks=seven", "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    assert!(has(&doc, "#early-warning[data-urgency=emergency]"));
    assert!(has(&doc, "#early-warning a[href=\"tel:999\"]"));
    assert!(text(one(&doc, "#error-weeks")).contains("like 7"));
}

#[tokio::test]
async fn fahrenheit_entries_work_and_unit_slips_are_caught() {
    let doc = check(
        "temperature=100.4&temperature_unit=f&foul_discharge=yes",
        "uk",
    )
    .await
    .html();
    assert!(has(&doc, "#result[data-urgency=urgent]"));
    assert!(has(&doc, "#reasons li[data-rule=infection]"));
    // In the US the unit defaults to °F.
    let doc = check("temperature=100.4", "us").await.html();
    assert!(has(&doc, "#reasons li[data-rule=fever]"));
    let doc = check("temperature=38&temperature_unit=c", "uk")
        .await
        .html();
    assert!(has(&doc, "#reasons li[data-rule=fever]"));

    let res = check("temperature=100.4&temperature_unit=c", "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(one(&res.html(), "#error-temperature")).contains("°F"));
    let res = check("temperature=38.5&temperature_unit=f", "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(one(&res.html(), "#error-temperature")).contains("°C"));
    let res = check("temperature=37&temperature_unit=kelvin", "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(has(&res.html(), "#error-temperature_unit"));
}

#[tokio::test]
async fn change_my_answers_restores_every_value() {
    let answers = "fainted=&dizzy_or_faint=yes&situation=miscarriage_diagnosed&location=not_confirmed\
                   &weeks=8.5&treatment=medication&days_since_treatment=2&bleeding=moderate\
                   &pads_soaked_per_hour=1&heavy_hours=1&bleeding_days=3&clots=small&pain=6\
                   &pain_worse_or_constant=yes&temperature=99.9&temperature_unit=f\
                   &feels_feverish=yes&low_mood_weeks=1";
    let res = check(answers, "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let form = one(
        &doc,
        "#result form#change-answers[method=post][action=\"/check\"]",
    );
    let pairs: Vec<(String, String)> = form
        .select(&sel("input[type=hidden]"))
        .map(|i| {
            (
                i.value().attr("name").unwrap().to_owned(),
                i.value().attr("value").unwrap().to_owned(),
            )
        })
        .collect();
    assert!(pairs.contains(&("edit".to_owned(), "1".to_owned())));

    let back = check(&urlencode(&pairs), "uk").await;
    assert_eq!(back.status, StatusCode::OK);
    let doc = back.html();
    assert!(has(&doc, "form#triage-form"));
    assert!(!has(&doc, "#error-summary"));
    for c in [
        "input[name=dizzy_or_faint][checked]",
        "input[name=situation][value=miscarriage_diagnosed][checked]",
        "input[name=location][value=not_confirmed][checked]",
        "input[name=treatment][value=medication][checked]",
        "input[name=bleeding][value=moderate][checked]",
        "input[name=clots][value=small][checked]",
        "input[name=pain][value=\"6\"][checked]",
        "input[name=pain_worse_or_constant][checked]",
        "input[name=feels_feverish][checked]",
        "input[name=temperature_unit][value=f][checked]",
    ] {
        assert!(has(&doc, c), "{c}");
    }
    assert!(!has(&doc, "input[name=fainted][checked]"));
    for (name, value) in [
        ("weeks", "8.5"),
        ("days_since_treatment", "2"),
        ("pads_soaked_per_hour", "1"),
        ("heavy_hours", "1"),
        ("bleeding_days", "3"),
        ("temperature", "99.9"),
        ("low_mood_weeks", "1"),
        ("no_period_weeks", ""),
    ] {
        assert_eq!(
            one(&doc, &format!("input#field-{name}"))
                .value()
                .attr("value"),
            Some(value),
            "{name}"
        );
    }
}

#[tokio::test]
async fn an_empty_form_is_self_care_with_the_safety_net() {
    for body in [
        "",
        "situation=&location=&treatment=&bleeding=&clots=&temperature=&temperature_unit=c",
    ] {
        let res = check(body, "uk").await;
        assert_eq!(res.status, StatusCode::OK, "{body:?}");
        let doc = res.html();
        assert!(has(&doc, "#result[data-urgency=self_care]"));
        assert!(has(&doc, "#reasons li[data-rule=expected-course]"));
        assert_eq!(all(&doc, "#safety-net li").len(), SAFETY_NET.len());
        assert!(has(&doc, "#actions li"));
    }
}

#[tokio::test]
async fn a_body_that_is_not_a_form_gets_a_kind_page() {
    let req = Request::post("/check")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    let res = send(req).await;
    assert!(res.status.is_client_error());
    let doc = res.html();
    assert!(has(&doc, "#emergency-banner"));
    assert!(has(&doc, "a[href=\"/check\"]"));
}

#[tokio::test]
async fn assets_are_cached_and_typed() {
    let js = send(get("/assets/solace.js", None)).await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.header("content-type").starts_with("text/javascript"));
    assert_eq!(js.header("cache-control"), "public, max-age=86400");
    assert!(js.body.contains("location.replace('/away')") || js.body.contains("replace(AWAY)"));
    let icon = send(get("/favicon.svg", None)).await;
    assert_eq!(icon.header("content-type"), "image/svg+xml");
    assert!(icon.body.starts_with("<svg"));
    let ico = send(get("/favicon.ico", None)).await;
    assert_eq!(ico.status, StatusCode::NO_CONTENT);
}

// ---- Settings ----

/// GETs /settings and returns the CSRF cookie it set and the token in the form.
async fn csrf_pair() -> (String, String) {
    let res = send(get("/settings", None)).await;
    let cookie = res.cookie("solace_csrf").expect("csrf cookie set");
    let set = res
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("solace_csrf="))
        .unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"));
    let doc = res.html();
    let field = one(&doc, "#settings-form input[type=hidden][name=csrf]")
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    assert_eq!(cookie, field);
    assert_eq!(cookie.len(), 43, "256 bits in base64url");
    (cookie, field)
}

#[tokio::test]
async fn settings_lists_regions_and_languages() {
    let doc = send(get("/settings", None)).await.html();
    let regions: Vec<&str> = all(&doc, "input[type=radio][name=region]")
        .iter()
        .map(|i| i.value().attr("value").unwrap())
        .collect();
    assert_eq!(regions, ["uk", "ie", "us", "ca", "au", "nz", "other"]);
    assert!(has(&doc, "input[name=region][value=uk][checked]"));
    assert!(has(&doc, "input[name=lang][value=en-GB]"));
    assert!(has(&doc, "input[name=lang][value=en-US]"));
    assert!(text(one(&doc, "#q-region")).contains("United Kingdom"));
}

#[tokio::test]
async fn settings_post_needs_the_csrf_token() {
    let (cookie, token) = csrf_pair().await;
    let jar = format!("solace_csrf={cookie}");
    // No token.
    let res = send(post("/settings", "region=us&lang=en-US", Some(&jar))).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let doc = res.html();
    assert!(has(&doc, "#forbidden"));
    assert!(has(&doc, "#settings-form"), "the form is offered again");
    assert!(res.cookie("solace_region").is_none());
    // A wrong token.
    let wrong = format!("region=us&csrf={}", "A".repeat(43));
    let res = send(post("/settings", &wrong, Some(&jar))).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // The right token without the cookie.
    let res = send(post("/settings", &format!("region=us&csrf={token}"), None)).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Another site posting, even with a token it somehow has.
    let req = Request::post("/settings")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &jar)
        .body(Body::from(format!("region=us&csrf={token}")))
        .unwrap();
    assert_eq!(send(req).await.status, StatusCode::FORBIDDEN);

    // The right token, same origin.
    let req = Request::post("/settings")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::ORIGIN, "http://127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &jar)
        .body(Body::from(format!("region=us&lang=auto&csrf={token}")))
        .unwrap();
    let res = send(req).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/settings?saved=1");
    assert_eq!(res.cookie("solace_region").as_deref(), Some("us"));
    let set = res
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("solace_region="))
        .unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"));

    // Later pages use the new region: 911, US English, °F.
    let next = format!("{jar}; solace_region=us");
    let doc = send(get("/settings?saved=1", Some(&next))).await.html();
    assert!(has(&doc, "#saved"));
    assert!(has(&doc, "input[name=region][value=us][checked]"));
    let doc = send(get("/", Some(&next))).await.html();
    assert!(has(&doc, "#emergency-banner a[href=\"tel:911\"]"));
    assert_eq!(one(&doc, "html").value().attr("lang"), Some("en-US"));
}

/// The language switch as a browser sends it from any page: no token (the pages are the same for
/// everyone, `page_cache`), and `Sec-Fetch-Site` (or `Origin`) from this site.
fn switch(body: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut b = Request::post("/settings")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

#[tokio::test]
async fn the_language_switch_needs_no_token_but_a_browser_that_says_it_is_this_site() {
    let doc = send(get("/", None)).await.html();
    assert!(has(&doc, "form.lang[method=post][action=\"/settings\"]"));
    assert!(
        !has(&doc, "form.lang input[name=csrf]"),
        "no token in the switch"
    );
    let same = [("sec-fetch-site", "same-origin")];
    let res = send(switch("lang=en-US&back=%2Fcheck", &same)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/check");
    assert_eq!(res.cookie("solace_lang").as_deref(), Some("en-US"));
    // A browser without Sec-Fetch-Site: its Origin names this host.
    let origin = [("origin", "http://127.0.0.1:7878")];
    let res = send(switch("lang=en-US&back=%2F", &origin)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    // Refused: nothing said, another site, Origin null alone, or more than a language switch.
    for (body, headers) in [
        ("lang=en-US&back=%2F", &[][..]),
        (
            "lang=en-US&back=%2F",
            &[("sec-fetch-site", "cross-site")][..],
        ),
        (
            "lang=en-US&back=%2F",
            &[("sec-fetch-site", "same-site")][..],
        ),
        ("lang=en-US&back=%2F", &[("origin", "null")][..]),
        (
            "lang=en-US&back=%2F",
            &[("origin", "http://evil.example")][..],
        ),
        ("lang=en-US&region=us", &same[..]),
        ("region=us", &same[..]),
    ] {
        let res = send(switch(body, headers)).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{body} {headers:?}");
        assert!(res.cookie("solace_lang").is_none() && res.cookie("solace_region").is_none());
    }
}

#[tokio::test]
async fn the_language_switch_returns_to_the_page() {
    let (cookie, token) = csrf_pair().await;
    let jar = format!("solace_csrf={cookie}");
    let res = send(post(
        "/settings",
        &format!("lang=en-US&back=%2Fcheck&csrf={token}"),
        Some(&jar),
    ))
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/check");
    assert_eq!(res.cookie("solace_lang").as_deref(), Some("en-US"));
    assert!(res.cookie("solace_region").is_none(), "region unchanged");
    // Only our own pages: never an address taken from the request.
    let res = send(post(
        "/settings",
        &format!("lang=en-GB&back=https%3A%2F%2Fevil.example&csrf={token}"),
        Some(&jar),
    ))
    .await;
    assert_eq!(res.header("location"), "/settings?saved=1");
    // Nonsense values change nothing.
    let res = send(post(
        "/settings",
        &format!("region=mars&csrf={token}"),
        Some(&jar),
    ))
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.cookie("solace_region").is_none());
    // US English words on the form.
    let doc = send(get("/check", Some("solace_lang=en-US"))).await.html();
    assert_eq!(one(&doc, "html").value().attr("lang"), Some("en-US"));
    assert!(text(one(&doc, "label[for=field-pain_one_sided]")).contains("belly"));
}

// ---- Tidy: every message id used exists, every id defined is used ----

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The Rust source that names message ids: the web crate and the app crate below it.
fn web_source() -> String {
    let mut files = vec![];
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&here.join("src"), &mut files);
    rust_files(&here.join("../app/src"), &mut files);
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The ids in `t("…")` and `t_with("…"` calls.
fn called_ids(src: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for pat in [".t(\"", ".t_with(\""] {
        for (i, _) in src.match_indices(pat) {
            let rest = &src[i + pat.len()..];
            if let Some(end) = rest.find('"') {
                ids.insert(rest[..end].to_owned());
            }
        }
    }
    ids
}

/// Every string literal in some Rust source.
fn quoted(src: &str) -> BTreeSet<String> {
    src.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn locale_dir(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content/locales")
        .join(lang)
}

/// (id, file) for every message defined in a language's .ftl files, and the text of them all.
fn ftl_ids(lang: &str) -> (Vec<(String, String)>, String) {
    let mut ids = vec![];
    let mut all_text = String::new();
    for entry in std::fs::read_dir(locale_dir(lang)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        for line in src.lines() {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim_end();
                if !id.is_empty()
                    && id.starts_with(|c: char| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.push((
                        id.to_owned(),
                        path.file_name().unwrap().to_string_lossy().into_owned(),
                    ));
                }
            }
        }
        all_text.push_str(&src);
        all_text.push('\n');
    }
    (ids, all_text)
}

#[test]
fn every_message_id_used_exists() {
    let i18n = I18n::load().unwrap();
    let src = web_source();
    let mut missing = vec![];
    for id in called_ids(&src)
        .iter()
        .map(String::as_str)
        .chain(solace_web::pages::table_message_ids())
    {
        if !i18n.has(Lang::EN_GB, id) {
            missing.push(id.to_owned());
        }
    }
    assert!(missing.is_empty(), "missing in en-GB: {missing:?}");
}

#[test]
fn every_message_id_defined_is_used() {
    let src = web_source();
    let mut used = quoted(&src);
    for r in RULES {
        used.insert(r.because.to_owned());
        if let Some(a) = r.action {
            used.insert(a.to_owned());
        }
    }
    used.extend(SAFETY_NET.iter().map(|s| (*s).to_owned()));
    used.extend(Urgency::ALL.iter().map(|u| format!("urgency-{}", u.id())));
    used.extend(
        solace_web::pages::table_message_ids()
            .into_iter()
            .map(str::to_owned),
    );
    used.extend(
        solace_app::readings_more::message_ids()
            .iter()
            .map(|s| (*s).to_owned()),
    );
    used.extend(
        solace_app::export_labels::message_ids()
            .iter()
            .map(|s| (*s).to_owned()),
    );
    let clinical = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../clinical/src/triage/mod.rs"),
    )
    .unwrap();
    used.extend(
        quoted(&clinical)
            .into_iter()
            .filter(|s| s.starts_with("headline-") || s.starts_with("action-")),
    );
    // The region's facts in words (`phone-either`, `crisis-line-on`) are put together there.
    let i18n_src =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/src/lib.rs"))
            .unwrap();
    used.extend(quoted(&i18n_src));
    // The results readings' messages (`readings-*.ftl`): named in the clinical crate beside the
    // English they replace, and the CLI's plain-text layout words.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for dir in ["clinical/src/hcg", "clinical/src/scan"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                used.extend(quoted(&std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    for file in ["clinical/src/hcg.rs", "cli/src/calc_cmd.rs"] {
        used.extend(quoted(&std::fs::read_to_string(root.join(file)).unwrap()));
    }
    let (ids, text) = ftl_ids("en-GB");
    // Messages may use other messages: `{ service-ed }`.
    let mut orphans = vec![];
    for (id, file) in &ids {
        let referenced = text.contains(&format!("{{ {id} }}"));
        if !used.contains(id) && !referenced {
            orphans.push(format!("{file}: {id}"));
        }
    }
    assert!(orphans.is_empty(), "defined but never used: {orphans:#?}");
}

#[test]
fn every_en_us_message_overrides_an_en_gb_one() {
    let (gb, _) = ftl_ids("en-GB");
    let gb: BTreeSet<String> = gb.into_iter().map(|(id, _)| id).collect();
    let (us, _) = ftl_ids("en-US");
    let extra: Vec<_> = us.iter().filter(|(id, _)| !gb.contains(id)).collect();
    assert!(extra.is_empty(), "en-US ids missing from en-GB: {extra:?}");
}

/// Switching language leaves the page, so a page holding answers must not offer it: the answers
/// would be lost. Regression for the language switch on the result page.
#[tokio::test]
async fn pages_holding_answers_have_no_language_switch_that_would_lose_them() {
    for (path, body) in [
        ("/check", "fainted=yes"),
        ("/check", "weeks=50"),
        ("/check", "situation=pregnant&edit=1"),
        (
            "/results/scan",
            "route=transvaginal&crl_mm=7&embryo_seen=yes&cardiac_activity=no",
        ),
        ("/results/dates", "method=crl&crl_mm=7"),
        ("/odds", "weeks=8"),
    ] {
        let res = send(post(path, body, None)).await;
        let doc = res.html();
        assert!(!has(&doc, "form.lang"), "{body}: no language switch");
        assert!(
            has(&doc, "a[href=\"/settings\"]"),
            "{body}: settings still reachable"
        );
    }
    let res = send(get("/check", None)).await;
    assert!(
        has(&res.html(), "form.lang"),
        "the empty form keeps the switch"
    );
}

// ---- Issue 11: every answer says exactly what to do, where and how fast ----

/// One input per level, as a form body.
const LEVEL_CASES: &[(&str, &str)] = &[
    ("emergency", "fainted=yes"),
    ("urgent", "pads_soaked_per_hour=2"),
    (
        "same_day",
        "situation=pregnant&weeks=9&bleeding=light&location=confirmed_in_womb",
    ),
    (
        "soon",
        "situation=after_loss&location=confirmed_in_womb&no_period_weeks=9",
    ),
    ("self_care", ""),
];

#[tokio::test]
async fn urgent_goes_to_the_emergency_department_named_for_the_region_never_a_gp() {
    for (region, place) in [
        ("uk", "A&E"),
        ("ie", "maternity hospital"),
        ("us", "emergency room"),
        ("ca", "emergency department"),
        ("au", "emergency department"),
        ("nz", "emergency department"),
        ("other", "emergency department"),
    ] {
        let doc = check("pads_soaked_per_hour=2", region).await.html();
        assert!(has(&doc, "section#result[data-urgency=urgent]"), "{region}");
        let headline = text(one(&doc, "h1#headline"));
        let go = text(one(&doc, "#actions li[data-action=action-go-now]"));
        assert!(headline.contains(place), "{region}: {headline}");
        assert!(headline.contains("now"), "{region}: {headline}");
        for words in [&headline, &go] {
            for not in ["GP", "family doctor", "OB-GYN", "today", "if it is open."] {
                assert!(!words.contains(not), "{region}: {not:?} in {words}");
            }
        }
        let why = text(one(&doc, "#reasons"));
        assert!(
            !why.contains("today"),
            "{region}: a reason says today under go now: {why}"
        );
        if region == "uk" {
            assert!(
                go.contains("only if it is open now and expecting you"),
                "uk: EPU only if open now: {go}"
            );
        }
    }
}

#[tokio::test]
async fn urgent_and_emergency_actions_all_say_now() {
    let level_actions = [
        "action-call-emergency",
        "action-emergency-while-waiting",
        "action-do-not-drive",
        "action-go-now",
        "action-call-if-worse",
    ];
    for body in ["fainted=yes", "pads_soaked_per_hour=2", "breathless=yes"] {
        for region in ["uk", "us", "ie", "au"] {
            let doc = check(body, region).await.html();
            for li in all(&doc, "#actions li") {
                let id = li.value().attr("data-action").unwrap_or("");
                if level_actions.contains(&id) {
                    let words = text(li);
                    assert!(words.contains("now"), "{body} {region} {id}: {words}");
                    assert!(!words.contains("today"), "{body} {region} {id}: {words}");
                }
            }
        }
    }
    // The reasons given at these levels say "now" too, never "today", "soon" or "same day".
    let i18n = I18n::load().unwrap();
    let tr = i18n.tr(
        Lang::default_for(solace_clinical::Region::Uk),
        solace_clinical::Region::Uk,
    );
    for rule in RULES.iter().filter(|r| r.level >= Urgency::Urgent) {
        let words = tr.t(rule.because);
        assert!(words.contains("now"), "{}: {words}", rule.id);
        for not in ["today", "soon", "same day", "when you can"] {
            assert!(!words.contains(not), "{}: {not:?} in {words}", rule.id);
        }
    }
}

#[tokio::test]
async fn every_level_has_a_time_window_and_a_call_link() {
    for (level, body) in LEVEL_CASES {
        for region in ["uk", "us"] {
            let doc = check(body, region).await.html();
            assert!(
                has(&doc, &format!("section#result[data-urgency={level}]")),
                "{level} {region}: {body}"
            );
            let when = text(one(&doc, "#when"));
            assert!(when.len() > 10, "{level}: {when}");
            let number = if region == "uk" { "999" } else { "911" };
            // The safety net says how to get help at once: the number, with a call link.
            assert!(
                text(one(&doc, "#safety-heading")).contains(number),
                "{level} {region}"
            );
            assert!(has(&doc, &format!(".safety a[href=\"tel:{number}\"]")));
            // Beside what to do; for self-care, the safety net's link above is the one.
            if *level != "self_care" {
                assert!(
                    has(&doc, "#actions a[href^=\"tel:\"]"),
                    "{level} {region}: a call link beside what to do"
                );
            }
        }
    }
    let doc = check(LEVEL_CASES[2].1, "uk").await.html();
    assert!(
        text(one(&doc, "#when")).contains("today, before evening")
            || text(one(&doc, "#when")).contains("Today, before evening")
    );
    assert!(
        has(&doc, "#actions a[href=\"tel:111\"]"),
        "same day in the UK: NHS 111"
    );
    let urgent = check(LEVEL_CASES[1].1, "uk").await.html();
    assert!(text(one(&urgent, "#when")).contains("Now"));
}

#[tokio::test]
async fn the_us_same_day_answer_names_each_service_once() {
    let doc = check(LEVEL_CASES[2].1, "us").await.html();
    let headline = text(one(&doc, "h1#headline"));
    assert!(headline.contains("OB-GYN"), "{headline}");
    assert_eq!(headline.matches("OB-GYN").count(), 1, "{headline}");
    let page = text(one(&doc, "#result"));
    assert!(!page.contains("or your doctor or OB-GYN"), "{page}");
}

#[tokio::test]
async fn the_mild_early_case_is_a_repeat_test_not_an_appointment() {
    let doc = check("situation=pregnant&weeks=5&bleeding=light&pain=0", "uk")
        .await
        .html();
    assert!(has(&doc, "section#result[data-urgency=soon]"));
    assert!(
        text(one(&doc, ".ub")).contains("7 to 10 days"),
        "the banner agrees"
    );
    let headline = text(one(&doc, "h1#headline"));
    assert!(
        headline.contains("pregnancy test in 7 to 10 days"),
        "{headline}"
    );
    let actions = text(one(&doc, "#actions"));
    assert!(actions.contains("still positive"), "{actions}");
    assert!(actions.contains("pain starts"), "{actions}");
    assert!(!actions.contains("appointment"), "{actions}");
    assert!(!headline.contains("next few days"), "{headline}");
}

#[tokio::test]
async fn a_pad_an_hour_without_how_long_asks_and_already_says_go_now() {
    let doc = check(
        "situation=after_loss&location=confirmed_in_womb&pads_soaked_per_hour=1",
        "uk",
    )
    .await
    .html();
    assert!(has(&doc, "section#result[data-urgency=urgent]"));
    assert!(has(&doc, "form#ask[method=post] input[name=heavy_hours]"));
    assert!(has(
        &doc,
        "form#ask input[type=hidden][name=pads_soaked_per_hour][value=\"1\"]"
    ));
    // Answering "1 hour" gives the same-day answer with the check-again line.
    let doc = check(
        "situation=after_loss&location=confirmed_in_womb&pads_soaked_per_hour=1&heavy_hours=1",
        "uk",
    )
    .await
    .html();
    assert!(has(&doc, "section#result[data-urgency=same_day]"));
    assert!(!has(&doc, "form#ask"));
    let recheck = text(one(&doc, "#actions li[data-action=action-recheck-pads]"));
    assert!(recheck.contains("go to A&E now"), "{recheck}");
}

#[tokio::test]
async fn the_form_asks_about_feeling_very_unwell_early_with_an_answer_button() {
    let doc = send(get("/check", Some("solace_region=uk"))).await.html();
    let group = one(&doc, "fieldset#group-unwell");
    assert!(text(group).contains("very unwell in another way"));
    for name in [
        "confused_or_drowsy",
        "breathless",
        "mottled_or_blue_skin",
        "no_urine_18h",
        "vomiting",
    ] {
        assert!(
            has(
                &doc,
                &format!("#group-unwell input[type=checkbox][name={name}][value=yes]")
            ),
            "{name}"
        );
    }
    // The early answer button comes after the urgent groups and before bleeding.
    let body = send(get("/check", Some("solace_region=uk"))).await.body;
    let unwell = body.find("id=\"group-unwell\"").unwrap();
    let early = body.find("id=\"check-submit-early\"").unwrap();
    let bleeding = body.find("id=\"group-bleeding\"").unwrap();
    assert!(unwell < early && early < bleeding);
    // The pain scale has words at 0, 4, 7 and 10.
    let scale = text(one(&doc, "#q-pain .scale"));
    for n in ["0:", "4:", "7:", "10:"] {
        assert!(scale.contains(n), "{scale}");
    }
    // A sepsis sign alone is an emergency.
    let doc = check("mottled_or_blue_skin=yes", "uk").await.html();
    assert!(has(&doc, "section#result[data-urgency=emergency]"));
    assert!(has(&doc, "#reasons li[data-rule=sepsis-red-flag]"));
}

#[tokio::test]
async fn weeks_and_days_are_understood_and_impossible_days_are_refused_kept() {
    let doc = check(
        "situation=pregnant&weeks=7%2B3&bleeding=light&location=confirmed_in_womb",
        "uk",
    )
    .await
    .html();
    assert!(has(&doc, "section#result[data-urgency=same_day]"));
    let doc = check(
        "situation=pregnant&weeks=11%2B6&bleeding=light&location=confirmed_in_womb",
        "uk",
    )
    .await
    .html();
    assert!(
        has(&doc, "section#result[data-urgency=same_day]"),
        "11+6 is before 12 weeks"
    );
    let doc = check(
        "situation=pregnant&weeks=12%2B0&bleeding=light&location=confirmed_in_womb",
        "uk",
    )
    .await
    .html();
    assert!(has(&doc, "section#result[data-urgency=urgent]"));
    assert!(has(&doc, "#actions li[data-action=action-anti-d]"));
    // 7+9 is refused, naming the field, with everything kept and the urgent answer already shown.
    let res = check("weeks=7%2B9&breathless=yes", "uk").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    assert!(has(&doc, "#error-summary a[href=\"#field-weeks\"]"));
    assert!(text(one(&doc, "#error-weeks")).contains("7+3"));
    assert!(has(&doc, "input[name=weeks][value=\"7+9\"]"));
    assert!(has(&doc, "input[name=breathless][checked]"));
    assert!(has(&doc, "#early-warning[data-urgency=emergency]"));
}
