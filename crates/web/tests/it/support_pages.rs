//! `/support`, `/support/for-family` and `/support/help-me`, driven in-process through the whole
//! app with assertions on parsed HTML: the region's crisis line first, big `tel:` links that dial
//! what they show, web addresses that load nothing, the family page's facts and reading grade,
//! and the "How to help me" form: refilled on error, a printable page with exactly the ticked
//! items, and nothing of it in a log line, a URL or a cookie.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use solace_clinical::Region;
use solace_web::{AppState, Config, app};
use std::io::Write;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

use crate::support::page_client::*;

fn dial_of(display: &str) -> String {
    display.chars().filter(char::is_ascii_digit).collect()
}

fn attr<'a>(e: scraper::ElementRef<'a>, name: &str) -> &'a str {
    e.value().attr(name).unwrap_or("")
}

#[tokio::test]
async fn uk_shows_samaritans_116_123_first_as_the_crisis_line() {
    let res = send(get("/support", "uk")).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let crisis = one(&doc, "#support-crisis");
    let call = one(&doc, "#support-crisis a#crisis-call");
    assert_eq!(attr(call, "href"), "tel:116123");
    assert!(text(call).contains("116 123"), "{}", text(call));
    assert!(text(crisis).contains("Samaritans"), "{}", text(crisis));
    assert_eq!(
        attr(one(&doc, "#crisis-emergency"), "href"),
        "tel:999",
        "the emergency number sits with the crisis line"
    );
    // The crisis line comes before the region's list, and is its first entry.
    let body = &res.body;
    assert!(body.find("id=\"support-crisis\"") < body.find("id=\"support-mine\""));
    let first = one(&doc, "#support-mine article.org");
    assert_eq!(attr(first, "data-org"), "samaritans");
    assert_eq!(attr(first, "data-crisis"), "true");
    let names: Vec<String> = all(&doc, "#support-mine article.org h3")
        .into_iter()
        .map(text)
        .collect();
    for want in ["The Miscarriage Association", "Sands", "Tommy's"] {
        assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
    }
}

#[tokio::test]
async fn us_shows_988_as_the_crisis_line() {
    let doc = send(get("/support", "us")).await.html();
    let call = one(&doc, "#support-crisis a#crisis-call");
    assert_eq!(attr(call, "href"), "tel:988");
    assert_eq!(attr(one(&doc, "#crisis-emergency"), "href"), "tel:911");
    assert_eq!(
        attr(one(&doc, "#support-mine article.org"), "data-org"),
        "988-lifeline"
    );
}

#[tokio::test]
async fn every_region_shows_its_own_list_first_and_the_others_below() {
    for region in Region::ALL.into_iter().filter(|r| *r != Region::Other) {
        let doc = send(get("/support", region.id())).await.html();
        let want = region.crisis_line().expect("crisis line").number.dial;
        assert_eq!(
            attr(one(&doc, "a#crisis-call"), "href"),
            format!("tel:{want}"),
            "{region}"
        );
        assert_eq!(attr(one(&doc, "#support-mine"), "data-region"), region.id());
        assert!(
            all(&doc, "#support-mine article.org").len() >= 2,
            "{region}"
        );
        let others: Vec<&str> = all(&doc, "#support-others details.region")
            .into_iter()
            .map(|d| attr(d, "data-region"))
            .collect();
        assert_eq!(others.len(), 5, "{region}: {others:?}");
        assert!(!others.contains(&region.id()));
        // Every entry says when it was checked.
        for org in all(&doc, "article.org") {
            let id = attr(org, "id");
            let checked = org
                .select(&sel("p.checked"))
                .next()
                .unwrap_or_else(|| panic!("{id}: no checked line"));
            assert!(text(checked).contains("Checked on 20"), "{id}");
        }
    }
}

#[tokio::test]
async fn tel_links_dial_what_they_show_and_web_addresses_load_nothing() {
    for region in ["uk", "ie", "us", "ca", "au", "nz"] {
        let res = send(get("/support", region)).await;
        let doc = res.html();
        // (The emergency link dials the region's first number: Ireland shows "112 or 999".)
        let tels = all(
            &doc,
            "main article.org a[href^=\"tel:\"], main a#crisis-call",
        );
        assert!(tels.len() >= 3, "{region}: {} tel links", tels.len());
        for a in tels {
            let href = attr(a, "href");
            let dial = &href["tel:".len()..];
            assert!(
                !dial.is_empty() && dial.chars().all(|c| c.is_ascii_digit()),
                "{region}: {href}"
            );
            let shown = text(a);
            assert_eq!(dial_of(&shown), dial, "{region}: {shown} → {href}");
        }
        for a in all(&doc, "article.org p.site a") {
            assert_eq!(attr(a, "rel"), "noreferrer noopener", "{region}");
            assert!(attr(a, "href").starts_with("http"), "{region}");
            assert_eq!(text(a), attr(a, "href"), "the address is shown as it is");
        }
        assert!(!has(
            &doc,
            "link[rel~=prefetch], link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prerender]"
        ));
        for e in all(&doc, "[src]") {
            assert!(
                attr(e, "src").starts_with('/'),
                "{region}: loads {}",
                attr(e, "src")
            );
        }
        // Tap targets: every phone is a button-sized link.
        for a in all(&doc, "article.org a[href^=\"tel:\"]") {
            assert!(attr(a, "class").contains("btn"), "{region}");
        }
    }
}

#[tokio::test]
async fn a_country_without_a_list_gets_the_emergency_number_and_every_list() {
    let doc = send(get("/support", "other")).await.html();
    assert!(text(one(&doc, "#support-no-list")).contains("112"));
    assert!(!has(&doc, "a#crisis-call"));
    assert_eq!(all(&doc, "#support-others details.region").len(), 6);
}

#[tokio::test]
async fn the_home_page_has_a_door_to_support() {
    let doc = send(get("/", "uk")).await.html();
    assert_eq!(attr(one(&doc, "a#door-support"), "href"), "/support");
    let doc = send(get("/support", "uk")).await.html();
    assert_eq!(
        attr(one(&doc, "a#door-family"), "href"),
        "/support/for-family"
    );
    assert_eq!(attr(one(&doc, "a#door-helpme"), "href"), "/support/help-me");
}

#[tokio::test]
async fn the_family_page_is_plain_and_holds_the_facts_and_the_safety_net() {
    let res = send(get("/support/for-family", "uk")).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let main = text(one(&doc, "main"));
    // Farren 2020 (CLINICAL.md §5) as "X in 100".
    let figures = text(one(&doc, "#family-figures"));
    for want in ["29 in 100", "24 in 100", "11 in 100"] {
        assert!(figures.contains(want), "{want}: {figures}");
    }
    for want in ["18 in 100", "17 in 100", "6 in 100"] {
        assert!(main.contains(want), "{want}");
    }
    assert!(text(one(&doc, "#family-source")).contains("Farren"));
    // The safety net of CLINICAL.md §1, with the region's number, coin and crisis line.
    let net = text(one(&doc, "#family-get-help"));
    for want in [
        "999",
        "2 or more full-size pads",
        "10p",
        "shoulder",
        "faint",
        "38 °C",
        "116 123",
    ] {
        assert!(net.contains(want), "{want}: {net}");
    }
    assert_eq!(all(&doc, "#family-safety-net li").len(), 6);
    assert!(!net.contains("111"), "never the UK's non-emergency number");
    let us = text(one(
        &send(get("/support/for-family", "us")).await.html(),
        "#family-get-help",
    ));
    for want in ["911", "quarter", "100.4 °F", "988"] {
        assert!(us.contains(want), "{want}: {us}");
    }
    // Reading grade ≤ 7 over everything in <main>, one line per block.
    let blocks: Vec<String> = all(&doc, "main h1, main h2, main p, main li")
        .into_iter()
        .map(text)
        .collect();
    let g = solace_content::grade::grade(&blocks.join("\n")).grade;
    assert!(g <= 7.0, "grade {g:.2}");
    assert!(blocks.join(" ").split_whitespace().count() > 250);
}

// ---------------------------------------------------------------------------------------------
// How to help me
// ---------------------------------------------------------------------------------------------

/// A log sink for one test: every event at every level, as text.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Sink {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

struct Full {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

/// POSTs the help-me form; returns the whole response.
async fn post_help(pairs: &[(&str, &str)]) -> Full {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let req = Request::post("/support/help-me")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, "solace_region=uk")
        .body(Body::from(urlencode(&pairs)))
        .unwrap();
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Full {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
    }
}

#[tokio::test]
async fn the_form_offers_the_kind_options_and_room_for_own_words() {
    let doc = send(get("/support/help-me", "uk")).await.html();
    let form = one(&doc, "form#help-me-form");
    assert_eq!(attr(form, "method"), "post", "never in the URL");
    assert_eq!(attr(form, "action"), "/support/help-me");
    let boxes = all(&doc, "input[type=checkbox][name=help]");
    assert_eq!(
        boxes.len(),
        solace_web::pages::support::help_me::OPTIONS.len()
    );
    assert!(boxes.len() >= 10);
    let labels = text(form);
    for want in [
        "Ask me how I am",
        "name we chose",
        "meals",
        "meant to be",
        "due date",
    ] {
        assert!(labels.contains(want), "{want}");
    }
    let ta = one(&doc, "textarea#field-own_words[name=own_words]");
    assert_eq!(attr(ta, "maxlength"), "1000");
    assert!(has(&doc, "label[for=field-own_words]"));
}

#[tokio::test]
async fn the_printable_page_holds_exactly_the_ticked_items_and_nothing_is_logged() {
    let words = "Please text first <b>before</b> you visit. Zebra-quartz-4417.";
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    tracing::info!("probe: the sink is listening");
    let res = post_help(&[
        ("help", "ask"),
        ("help", "due-date"),
        ("help", "not-meant"),
        ("help", "no-such-option"),
        ("own_words", words),
    ])
    .await;
    drop(guard);

    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let doc = scraper::Html::parse_document(&res.body);
    let items: Vec<&str> = all(&doc, "#help-me-list li")
        .into_iter()
        .map(|li| attr(li, "data-help"))
        .collect();
    assert_eq!(items, vec!["ask", "due-date", "not-meant"]);
    let list = text(one(&doc, "#help-me-list"));
    assert!(list.contains("Ask me how I am") && list.contains("due date"));
    assert!(!list.contains("meals"));
    // Their words, shown as text (escaped), not markup.
    assert_eq!(text(one(&doc, "#help-me-own")), words);
    assert!(!has(&doc, "#help-me-own b"));
    assert!(has(&doc, "button#print"));
    assert!(
        !has(&doc, "form.lang"),
        "no language switch that would lose the page"
    );

    // Nothing kept: not in the logs, not in a cookie, not in a URL.
    let logs = sink.text();
    assert!(logs.contains("probe"), "the capture works: {logs}");
    for secret in ["Zebra-quartz-4417", "before", "due-date", "not-meant"] {
        assert!(!logs.contains(secret), "{secret} logged: {logs}");
    }
    assert!(res.headers.get(header::LOCATION).is_none());
    for c in res.headers.get_all(header::SET_COOKIE) {
        let c = c.to_str().unwrap_or_default();
        assert!(!c.contains("Zebra") && !c.contains("help"), "{c}");
    }
    for a in all(&doc, "a[href], form[action]") {
        let url = attr(a, "href").to_owned() + attr(a, "action");
        assert!(!url.contains("Zebra") && !url.contains("due-date"), "{url}");
    }
}

#[tokio::test]
async fn own_words_alone_make_a_page() {
    let res = post_help(&[("own_words", "Just sit with me.")]).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = scraper::Html::parse_document(&res.body);
    assert!(!has(&doc, "#help-me-list"));
    assert_eq!(text(one(&doc, "#help-me-own")), "Just sit with me.");
}

#[tokio::test]
async fn words_over_1000_characters_come_back_refilled_with_the_reason() {
    let long = "ä".repeat(1001);
    let res = post_help(&[("help", "meals"), ("help", "quiet"), ("own_words", &long)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = scraper::Html::parse_document(&res.body);
    assert!(text(one(&doc, "#error-summary")).contains("1001"));
    assert_eq!(
        attr(one(&doc, "#error-summary a"), "href"),
        "#field-own_words"
    );
    let ta = one(&doc, "textarea#field-own_words");
    assert_eq!(text(ta), long, "refilled");
    assert_eq!(attr(ta, "aria-invalid"), "true");
    let checked: Vec<&str> = all(&doc, "input[name=help][checked]")
        .into_iter()
        .map(|i| attr(i, "value"))
        .collect();
    assert_eq!(checked, vec!["meals", "quiet"]);
    assert!(!has(&doc, "#help-me-list"));

    // Exactly 1,000 is fine.
    let ok = post_help(&[("own_words", &"ä".repeat(1000))]).await;
    assert_eq!(ok.status, StatusCode::OK);
}

#[tokio::test]
async fn nothing_chosen_asks_gently_and_edit_goes_back_with_choices_kept() {
    let res = post_help(&[("own_words", "   ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = scraper::Html::parse_document(&res.body);
    assert!(has(&doc, "#error-help"));
    assert_eq!(attr(one(&doc, "#error-summary a"), "href"), "#field-help");

    let res = post_help(&[("help", "tell"), ("own_words", "Hi"), ("edit", "1")]).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = scraper::Html::parse_document(&res.body);
    assert!(has(&doc, "form#help-me-form"));
    assert!(has(&doc, "input[name=help][value=tell][checked]"));
    assert_eq!(text(one(&doc, "textarea#field-own_words")), "Hi");
}

/// Issue 17: with `solace_lang=es` every entry says what it offers (and its hours) in Spanish;
/// the organisations' names stay as they write them.
#[tokio::test]
async fn the_directory_speaks_spanish_for_es_and_keeps_the_names() {
    for region in Region::ALL {
        let orgs = solace_content::support::for_region(region);
        let cookie = format!("{}; solace_lang=es", region.id());
        let doc = send(get("/support", &cookie)).await.html();
        for o in orgs {
            let card = one(
                &doc,
                &format!("#support-mine #org-{}-{}", region.id(), o.id),
            );
            let offers = text(one_in(card, "p.offers"));
            assert_eq!(offers, o.offers_es, "{region}/{}", o.id);
            assert_eq!(text(one_in(card, "h3")), o.name, "{region}/{}", o.id);
            if let Some(h) = &o.hours_es {
                assert!(
                    text(one_in(card, "p.hours")).contains(h.as_str()),
                    "{region}/{}",
                    o.id
                );
            }
        }
        // English readers keep the English words.
        let doc = send(get("/support", region.id())).await.html();
        for o in orgs {
            let card = one(
                &doc,
                &format!("#support-mine #org-{}-{}", region.id(), o.id),
            );
            assert_eq!(
                text(one_in(card, "p.offers")),
                o.offers,
                "{region}/{}",
                o.id
            );
        }
    }
}

fn one_in<'a>(e: scraper::ElementRef<'a>, s: &str) -> scraper::ElementRef<'a> {
    e.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}
