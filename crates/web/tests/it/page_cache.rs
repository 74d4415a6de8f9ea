//! The pages kept in memory (`solace_web::page_cache`, SAFETY.md P11): a kept page is byte for
//! byte the page rendered afresh, for every page, language and region; it carries nothing of the
//! person who asked first (no token, no session, no cookie); the encodings and 304s are right;
//! and what is not on the list (the diary, answers, a query string) is never kept.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use solace_clinical::Region;
use solace_i18n::Lang;
use solace_web::page_cache::PAGES;
use solace_web::{AppState, Config, app};
use std::io::Read;
use tower::ServiceExt;

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (status, headers, bytes.to_vec())
}

/// A person's request: their region and language, and the state a visit can hold.
fn person(path: &str, lang: Lang, region: Region, extra: &[(&str, &str)]) -> Request<Body> {
    let csrf = "C".repeat(43);
    let session = "5e".repeat(32);
    let mut b = Request::get(path)
        .header(header::HOST, "127.0.0.1:7878")
        .header(
            header::COOKIE,
            format!(
                "solace_region={}; solace_lang={}; solace_csrf={csrf}; solace_session={session}",
                region.id(),
                lang.tag()
            ),
        );
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    b.body(Body::empty()).unwrap()
}

fn every_path() -> Vec<String> {
    PAGES
        .iter()
        .map(|p| (*p).to_owned())
        .chain(
            solace_content::articles::all()
                .iter()
                .map(|a| format!("/learn/{}", a.slug)),
        )
        .collect()
}

fn gunzip(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(b)
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[tokio::test]
async fn a_kept_page_is_the_fresh_page_byte_for_byte_for_every_language_and_region() {
    let state = AppState::new(Config::default()).expect("state");
    let kept = app(state.clone());
    let fresh = app(state.clone().without_page_cache());
    let paths = every_path();
    for lang in Lang::ALL {
        for region in Region::ALL {
            for path in &paths {
                let want = send(&fresh, person(path, lang, region, &[])).await;
                assert_eq!(want.0, StatusCode::OK, "{path}");
                // The first request fills the store; the second is answered from it.
                let first = send(&kept, person(path, lang, region, &[])).await;
                let again = send(&kept, person(path, lang, region, &[])).await;
                assert!(again.1.contains_key(header::ETAG), "{path}: kept");
                for got in [&first, &again] {
                    assert_eq!(got.0, StatusCode::OK);
                    assert!(
                        got.2 == want.2,
                        "{path} {lang:?} {region:?}: the kept page differs from a fresh render"
                    );
                }
                let gz = send(
                    &kept,
                    person(path, lang, region, &[("accept-encoding", "gzip")]),
                )
                .await;
                assert_eq!(gz.1[header::CONTENT_ENCODING], "gzip");
                assert!(gunzip(&gz.2) == want.2, "{path}: gzip form");
                let br = send(
                    &kept,
                    person(path, lang, region, &[("accept-encoding", "gzip, br")]),
                )
                .await;
                assert_eq!(br.1[header::CONTENT_ENCODING], "br");
                let mut plain = Vec::new();
                brotli::BrotliDecompress(&mut &br.2[..], &mut plain).unwrap();
                assert!(plain == want.2, "{path}: brotli form");
                // The same headers as the fresh page, besides the validators.
                for h in [
                    header::CONTENT_TYPE,
                    header::CONTENT_SECURITY_POLICY,
                    header::CACHE_CONTROL,
                    header::X_FRAME_OPTIONS,
                    header::REFERRER_POLICY,
                ] {
                    assert_eq!(again.1.get(&h), want.1.get(&h), "{path}: {h}");
                }
            }
        }
    }
    // Bounded by the site: one page per path, language and region.
    assert_eq!(
        state.pages.len(),
        paths.len() * Lang::ALL.len() * Region::ALL.len()
    );
}

#[tokio::test]
async fn no_kept_page_carries_anything_of_the_person_who_asked() {
    let state = AppState::new(Config::default()).expect("state");
    let kept = app(state.clone());
    let csrf = "C".repeat(43);
    let session = "5e".repeat(32);
    for path in every_path() {
        // Someone with a token and a diary session asks first; someone new asks next.
        let (_, headers, first) = send(&kept, person(&path, Lang::EN_GB, Region::Uk, &[])).await;
        let stranger = Request::get(&path)
            .header(header::HOST, "127.0.0.1:7878")
            .body(Body::empty())
            .unwrap();
        let (status, second_headers, second) = send(&kept, stranger).await;
        assert_eq!(status, StatusCode::OK);
        assert!(first == second, "{path}: the same bytes for both");
        let body = String::from_utf8(first).unwrap();
        assert!(!body.contains(&csrf), "{path}: no CSRF token");
        assert!(!body.contains(&session), "{path}: no session");
        assert!(!body.contains("name=\"csrf\""), "{path}: no token field");
        for h in [&headers, &second_headers] {
            assert!(
                !h.contains_key(header::SET_COOKIE),
                "{path}: sets no cookie"
            );
            assert_eq!(h[header::CACHE_CONTROL], "no-store", "{path}");
        }
    }
}

#[tokio::test]
async fn a_kept_page_answers_304_to_its_own_tag_and_varies_by_encoding() {
    let state = AppState::new(Config::default()).expect("state");
    let kept = app(state);
    let (_, h, _) = send(
        &kept,
        person("/", Lang::EN_GB, Region::Uk, &[("accept-encoding", "gzip")]),
    )
    .await;
    let (_, h2, _) = send(
        &kept,
        person("/", Lang::EN_GB, Region::Uk, &[("accept-encoding", "gzip")]),
    )
    .await;
    // A shared cache keys the page on the encoding, the language and the cookies (SAFETY.md P13).
    assert_eq!(h2[header::VARY], "accept-encoding, accept-language, cookie");
    let tag = h2[header::ETAG].to_str().unwrap().to_owned();
    assert_eq!(
        h.get(header::ETAG).map(|t| t.to_str().unwrap()),
        Some(&*tag)
    );
    let (status, h304, body) = send(
        &kept,
        person(
            "/",
            Lang::EN_GB,
            Region::Uk,
            &[("accept-encoding", "gzip"), ("if-none-match", &tag)],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(h304[header::ETAG], *tag);
    // Another region's page is another page.
    let (status, _, _) = send(
        &kept,
        person(
            "/",
            Lang::EN_GB,
            Region::Us,
            &[("accept-encoding", "gzip"), ("if-none-match", &tag)],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn pages_off_the_list_or_with_a_query_or_a_body_are_never_kept() {
    let state = AppState::new(Config::default()).expect("state");
    let kept = app(state.clone());
    for path in [
        "/diary",
        "/settings",
        "/wellbeing",
        "/?from=mail",
        "/learn/nope",
    ] {
        let (_, h, _) = send(&kept, person(path, Lang::EN_GB, Region::Uk, &[])).await;
        assert!(!h.contains_key(header::ETAG), "{path}");
    }
    let post = Request::post("/check")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("situation=pregnant"))
        .unwrap();
    let (_, h, _) = send(&kept, post).await;
    assert!(!h.contains_key(header::ETAG), "an answer is never kept");
    assert!(state.pages.is_empty(), "nothing kept");
}

/// Hosted mode names its cookies `__Host-…`: the kept page is rendered from a request whose
/// cookies are named the same way, so a region chosen on a hosted server still decides the page
/// (a kept page read with the local names would show the default region's numbers).
#[tokio::test]
async fn a_hosted_server_keeps_each_regions_page_under_its_own_cookie_names() {
    let config = Config {
        multi_user: true,
        public_host: Some("diary.example.org".to_owned()),
        ..Config::default()
    };
    let kept = app(AppState::new(config.clone()).expect("state"));
    let fresh = app(AppState::new(config).expect("state").without_page_cache());
    for region in [Region::Us, Region::Uk] {
        let ask = || {
            Request::get("/")
                .header(header::HOST, "diary.example.org")
                .header(
                    header::COOKIE,
                    format!("__Host-solace_region={}", region.id()),
                )
                .body(Body::empty())
                .unwrap()
        };
        let (_, _, first) = send(&kept, ask()).await;
        let (_, _, second) = send(&kept, ask()).await;
        let (status, _, afresh) = send(&fresh, ask()).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            first, afresh,
            "{region:?}: kept page differs from a fresh one"
        );
        assert_eq!(second, afresh, "{region:?}: the second answer differs");
        let text = String::from_utf8_lossy(&first);
        let emergency = if region == Region::Us { "911" } else { "999" };
        assert!(
            text.contains(emergency),
            "{region:?}: {emergency} not on the page"
        );
    }
}
