//! Spanish as a first-class language (issue 17): how a request's language is chosen (the
//! `solace_lang` cookie, else `Accept-Language`, else the region's), the `Vary` header that keeps a
//! shared cache from serving one language's page to another, the language switch, and the tidy
//! test that no Spanish page shows English interface text.

use crate::support::diary_client::{Client, Res};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use scraper::{Html, Node, Selector};
use solace_clinical::Region;
use solace_i18n::{I18n, Lang};
use solace_web::{AppState, Config, app};
use std::collections::BTreeSet;
use tower::ServiceExt;

/// A GET with these headers, answered by `app`.
async fn get_with(app: &axum::Router, path: &str, headers: &[(&str, &str)]) -> (Res, Html) {
    let mut b = Request::get(path).header(header::HOST, "127.0.0.1:7878");
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    let res = app.clone().oneshot(b.body(Body::empty()).unwrap()).await;
    let res = res.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = http_body_util::BodyExt::collect(res.into_body())
        .await
        .expect("body")
        .to_bytes();
    let body = String::from_utf8_lossy(&bytes).into_owned();
    let doc = Html::parse_document(&body);
    (
        Res {
            status,
            headers,
            body,
            bytes: bytes.to_vec(),
        },
        doc,
    )
}

fn lang_of(doc: &Html) -> String {
    doc.select(&Selector::parse("html").unwrap())
        .next()
        .and_then(|h| h.value().attr("lang"))
        .unwrap_or("")
        .to_owned()
}

/// DESIGN.md "Languages": the cookie first, then the browser's first supported language by
/// quality, then the region's own English. Each case is asked of a server that keeps pages (the
/// home page and the check form are kept per language), in an order where a cache keyed on
/// anything less than the chosen language would hand back the previous case's page.
#[tokio::test]
async fn the_cookie_wins_then_accept_language_then_the_regions_english() {
    let kept = app(AppState::new(Config::default()).expect("state"));
    let cases: &[(&str, &str, &str)] = &[
        // (cookies, Accept-Language, expected lang)
        ("", "", "en-GB"),
        ("", "es-MX,es;q=0.9,en;q=0.8", "es"),
        ("", "es-419", "es"),
        ("", "en-US", "en-US"),
        ("", "es", "es"),
        ("", "en", "en-GB"),
        ("solace_region=us", "en", "en-US"),
        ("solace_region=us", "", "en-US"),
        ("solace_region=us", "es-US", "es"),
        ("", "fr-FR, en-US;q=0.4, es;q=0.9", "es"),
        ("", "es;q=0, en-US;q=0.5", "en-US"),
        ("", "fr, de", "en-GB"),
        // The cookie wins over the browser, both ways.
        ("solace_lang=en-GB", "es", "en-GB"),
        ("solace_lang=es", "en-US", "es"),
        ("solace_lang=es; solace_region=us", "en-US,en", "es"),
        ("solace_lang=en-US", "es-MX", "en-US"),
        // A cookie that names no language says nothing.
        ("solace_lang=xx", "es", "es"),
    ];
    for path in ["/", "/check", "/settings"] {
        for (cookie, accept, want) in cases {
            let mut h = vec![];
            if !cookie.is_empty() {
                h.push(("cookie", *cookie));
            }
            if !accept.is_empty() {
                h.push(("accept-language", *accept));
            }
            let (res, doc) = get_with(&kept, path, &h).await;
            assert_eq!(res.status, StatusCode::OK);
            assert_eq!(
                lang_of(&doc),
                *want,
                "{path} cookie {cookie:?} Accept-Language {accept:?}"
            );
        }
    }
}

/// Every page a cache could keep says it varies on the language and the cookies, so a shared
/// cache (a proxy, a hospital's network) cannot answer a Spanish reader with the English page
/// or the reverse; static assets, the same for everyone, do not.
#[tokio::test]
async fn pages_vary_on_accept_language_and_cookie() {
    let kept = app(AppState::new(Config::default()).expect("state"));
    let slug = solace_content::articles::all()[0].slug.clone();
    let article = format!("/learn/{slug}");
    for path in [
        "/",
        "/check",
        "/learn",
        article.as_str(),
        "/support",
        "/settings",
        "/diary",
        "/no-such-page",
    ] {
        for enc in ["", "gzip, br"] {
            let mut h = vec![("accept-language", "es")];
            if !enc.is_empty() {
                h.push(("accept-encoding", enc));
            }
            // Twice: the second answer of a kept page comes from memory.
            for _ in 0..2 {
                let (res, _) = get_with(&kept, path, &h).await;
                let vary: BTreeSet<String> = res
                    .headers
                    .get_all(header::VARY)
                    .iter()
                    .flat_map(|v| v.to_str().unwrap().split(','))
                    .map(|v| v.trim().to_ascii_lowercase())
                    .collect();
                for name in ["accept-language", "cookie"] {
                    assert!(vary.contains(name), "{path} {enc:?}: Vary {vary:?}");
                }
                if !enc.is_empty() && res.headers.contains_key(header::CONTENT_ENCODING) {
                    assert!(vary.contains("accept-encoding"), "{path}: Vary {vary:?}");
                }
            }
        }
    }
    // A 304 for a kept page varies the same way.
    let (first, _) = get_with(&kept, "/", &[("accept-language", "es")]).await;
    let tag = first.headers[header::ETAG].to_str().unwrap().to_owned();
    let (again, _) = get_with(
        &kept,
        "/",
        &[("accept-language", "es"), ("if-none-match", &tag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(
        again.headers[header::VARY]
            .to_str()
            .unwrap()
            .contains("accept-language, cookie")
    );
    // The English page has another tag: a validator never crosses languages.
    let (gb, _) = get_with(
        &kept,
        "/",
        &[("accept-language", "en-GB"), ("if-none-match", &tag)],
    )
    .await;
    assert_eq!(gb.status, StatusCode::OK);
    let (css, _) = get_with(&kept, "/assets/solace.js", &[]).await;
    assert!(
        !css.headers
            .get_all(header::VARY)
            .iter()
            .any(|v| v.to_str().unwrap().contains("accept-language")),
        "static assets do not vary by language"
    );
}

/// The switch in every page's header offers Español (in Spanish, marked `lang="es"`), and Settings
/// lists it; choosing it sets the cookie and the next page is Spanish.
#[tokio::test]
async fn every_page_offers_espanol_and_choosing_it_sticks() {
    let kept = app(AppState::new(Config::default()).expect("state"));
    for path in ["/", "/check", "/learn", "/support", "/results", "/diary"] {
        let (_, doc) = get_with(&kept, path, &[]).await;
        let b = doc
            .select(&Selector::parse("form.lang button[value=\"es\"]").unwrap())
            .next()
            .unwrap_or_else(|| panic!("{path}: no Español in the language switch"));
        assert_eq!(b.value().attr("lang"), Some("es"));
        assert_eq!(b.text().collect::<String>().trim(), "Español");
    }
    let (_, settings) = get_with(&kept, "/settings", &[]).await;
    assert!(
        settings
            .select(&Selector::parse("input[name=lang][value=es]").unwrap())
            .next()
            .is_some()
    );
    let mut c = Client::local().await;
    let res = c
        .send(
            Request::post("/settings")
                .header(header::HOST, "127.0.0.1:7878")
                .header("sec-fetch-site", "same-origin")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("lang=es&back=%2Fcheck"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(c.cookies.get("solace_lang").map(String::as_str), Some("es"));
    let page = c.get("/check").await;
    assert_eq!(lang_of(&page.html()), "es");
}

/// The API's triage answer is in the language asked for, even when the answers name a region
/// (before, the region's English always won there); asked for nothing, it is the region's English.
#[tokio::test]
async fn the_api_answers_in_the_language_asked_for() {
    let i18n = I18n::load().unwrap();
    let kept = app(AppState::new(Config::default()).expect("state"));
    for (headers, want) in [
        (vec![("accept-language", "es-MX")], Lang::ES),
        (vec![("cookie", "solace_lang=es")], Lang::ES),
        (vec![("accept-language", "en")], Lang::EN_US),
        (vec![], Lang::EN_US),
    ] {
        let mut b = Request::post("/api/v1/triage")
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::CONTENT_TYPE, "application/json");
        for (k, v) in &headers {
            b = b.header(*k, *v);
        }
        let res = kept
            .clone()
            .oneshot(
                b.body(Body::from(r#"{"region": "us", "fainted": true}"#))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = http_body_util::BodyExt::collect(res.into_body())
            .await
            .unwrap()
            .to_bytes();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let tr = i18n.tr(want, Region::Us);
        assert_eq!(v["headline"], tr.t("headline-emergency"), "{headers:?}");
        assert_eq!(v["emergency_number"], "911", "{headers:?}");
    }
}

// ---- No English interface text on a Spanish page ----

/// The English a Spanish page must not show: every en-GB message's text (for `region`), cut at
/// its placeholders into pieces of at least three words, unless Spanish defines the message
/// itself with the very same words (a name). A message Spanish leaves out counts: it would show
/// in English through the fallback.
fn english_phrases(i18n: &I18n, region: Region) -> Vec<(String, &'static str)> {
    let gb = i18n.tr(Lang::EN_GB, region);
    let es = i18n.tr(Lang::ES, region);
    let mut out = vec![];
    for m in solace_i18n::own_messages(Lang::EN_GB) {
        let english = gb.t(m.id);
        if I18n::defines_own(Lang::ES, m.id) && es.t(m.id) == english {
            continue;
        }
        // A message that needs arguments formats with `{$name}` where each goes.
        let mut rest = english.as_str();
        let mut pieces = vec![];
        while let Some(open) = rest.find('{') {
            pieces.push(&rest[..open]);
            rest = rest[open..].find('}').map_or("", |c| &rest[open + c + 1..]);
        }
        pieces.push(rest);
        for p in pieces {
            let p = normalise(p);
            let p = p.trim_matches(|c: char| c.is_whitespace() || ",.:;".contains(c));
            if p.split_whitespace().filter(|w| w.len() > 1).count() >= 3 {
                out.push((p.to_owned(), m.id));
            }
        }
    }
    out
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a person sees or hears on a page: the text outside scripts and styles, the title, and the
/// words in `title`, `aria-label`, `alt`, `placeholder` and `value` of buttons.
fn visible_text(doc: &Html) -> String {
    let mut out = String::new();
    for node in doc.tree.root().descendants() {
        match node.value() {
            Node::Text(t) => {
                let hidden = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
                });
                if !hidden {
                    out.push_str(t);
                    out.push(' ');
                }
            }
            Node::Element(e) => {
                for attr in ["title", "aria-label", "alt", "placeholder"] {
                    if let Some(v) = e.attr(attr) {
                        out.push_str(v);
                        out.push('\n');
                    }
                }
                if e.name() == "input"
                    && matches!(e.attr("type"), Some("submit" | "button"))
                    && let Some(v) = e.attr("value")
                {
                    out.push_str(v);
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
    normalise(&out)
}

/// The English phrases a page shows, as "path: id: phrase".
fn english_on(page: &str, doc: &Html, phrases: &[(String, &'static str)]) -> Vec<String> {
    assert_eq!(lang_of(doc), "es", "{page}: <html lang=\"es\">");
    let text = visible_text(doc);
    phrases
        .iter()
        .filter(|(p, _)| text.contains(p.as_str()))
        .map(|(p, id)| format!("{page}: {id}: {p}"))
        .collect()
}

fn report(found: &BTreeSet<String>) -> String {
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for f in found {
        if let Some(id) = f.split(": ").nth(1) {
            ids.insert(id);
        }
    }
    let shown: Vec<&str> = found.iter().take(60).map(String::as_str).collect();
    format!(
        "{} English phrases on Spanish pages ({} messages):\n  {}\n{}",
        found.len(),
        ids.len(),
        shown.join("\n  "),
        if found.len() > 60 { "  …" } else { "" }
    )
}

/// Issue 17's "done when": with `solace_lang=es`, no page shows English interface text. Every
/// GET page (home, check, results forms, learn and an article, support, settings, wellbeing,
/// the diary's create, unlock and recover pages, the 404) in two regions, and the answers that
/// matter most (an emergency and an urgent triage result, a form sent back with a mistake, the
/// diary's first code page, its timeline with a help banner, entry form, recovery and export).
#[tokio::test]
async fn no_english_interface_text_on_a_spanish_page() {
    let i18n = I18n::load().unwrap();
    let mut found = BTreeSet::new();
    let slug = solace_content::articles::all()[0].slug.clone();
    let article = format!("/learn/{slug}");
    let get_pages = [
        "/",
        "/check",
        "/results",
        "/results/hcg",
        "/results/scan",
        "/results/dates",
        "/odds",
        "/options",
        "/learn",
        article.as_str(),
        "/support",
        "/support/for-family",
        "/support/help-me",
        "/settings",
        "/wellbeing",
        "/wellbeing/phq9",
        "/wellbeing/gad7",
        "/wellbeing/pcl5",
        "/diary",
        "/diary/new",
        "/no-such-page",
    ];
    for region in [Region::Uk, Region::Us] {
        let phrases = english_phrases(&i18n, region);
        assert!(phrases.len() > 500, "{} phrases", phrases.len());
        let mut c = Client::local().await;
        c.cookies.insert("solace_lang".into(), "es".into());
        c.cookies.insert("solace_region".into(), region.id().into());
        for path in get_pages {
            let res = c.get(path).await;
            found.extend(english_on(path, &res.html(), &phrases));
        }
        for (what, body) in [
            ("emergency", "fainted=yes"),
            ("urgent", "pads_soaked_per_hour=2"),
            ("mistake", "weeks=50&fainted=yes"),
        ] {
            let res = c.post_raw("/check", &parse(body)).await;
            found.extend(english_on(
                &format!("POST /check ({what})"),
                &res.html(),
                &phrases,
            ));
        }
    }
    // The diary, with entries that raise the help banner.
    let phrases = english_phrases(&i18n, Region::Uk);
    let mut c = Client::local().await;
    c.cookies.insert("solace_lang".into(), "es".into());
    let code_page = c.create().await;
    found.extend(english_on("POST /diary/new", &code_page.html(), &phrases));
    let code = code_page.text("#recovery-code");
    c.post("/diary/saved", &[("code", code.trim()), ("saved", "yes")])
        .await;
    c.add_hours_ago(&[("kind", "event"), ("event", "pregnancy_ended")], 72)
        .await;
    c.add_hours_ago(
        &[
            ("kind", "bleeding"),
            ("pads_soaked_per_hour", "3"),
            ("clots", "large"),
        ],
        2,
    )
    .await;
    c.add_hours_ago(
        &[
            ("kind", "hcg"),
            ("hcg_value", "1200"),
            ("hcg_unit", "iu_per_l"),
        ],
        30,
    )
    .await;
    c.add_hours_ago(&[("kind", "pain"), ("score", "4")], 1)
        .await;
    let timeline = c.get("/diary").await;
    assert!(
        timeline.count("#diary-alert") == 1,
        "the timeline leads with the help banner"
    );
    found.extend(english_on(
        "GET /diary (timeline)",
        &timeline.html(),
        &phrases,
    ));
    for path in [
        "/diary/add",
        "/diary/recovery",
        "/export",
        "/diary/settings",
        "/diary/passphrase",
        "/diary/delete",
        "/diary/import",
    ] {
        let res = c.get(path).await;
        found.extend(english_on(path, &res.html(), &phrases));
    }
    c.post("/diary/lock", &[]).await;
    for path in ["/diary", "/diary/recover"] {
        let res = c.get(path).await;
        found.extend(english_on(
            &format!("{path} (locked)"),
            &res.html(),
            &phrases,
        ));
    }
    assert!(found.is_empty(), "{}", report(&found));
}

fn parse(body: &str) -> Vec<(&str, &str)> {
    body.split('&')
        .filter_map(|kv| kv.split_once('='))
        .collect()
}

/// The tidy test above can fail: an English page is full of the phrases it looks for.
#[tokio::test]
async fn the_english_finder_finds_english() {
    let i18n = I18n::load().unwrap();
    let phrases = english_phrases(&i18n, Region::Uk);
    let mut c = Client::local().await;
    c.cookies.insert("solace_lang".into(), "en-GB".into());
    let res = c.post_raw("/check", &[("pads_soaked_per_hour", "2")]).await;
    let text = visible_text(&res.html());
    let hits = phrases
        .iter()
        .filter(|(p, _)| text.contains(p.as_str()))
        .count();
    assert!(
        hits >= 5,
        "{hits} English phrases found on an English result"
    );
    // Pieces around a placeholder are found too: "Call { $crisis } now." is not one phrase,
    // but "It is free, and someone will listen" is.
    assert!(phrases.iter().any(|(_, id)| *id == "action-crisis-line"));
    // Names a translation keeps as they are do not count ("Español" is Español).
    assert!(!phrases.iter().any(|(_, id)| *id == "lang-name-es"));
}
