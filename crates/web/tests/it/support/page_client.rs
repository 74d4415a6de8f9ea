//! Stateless in-process requests for the results pages' tests: one app per request (no diary),
//! the region in its cookie, form bodies URL-encoded, and small selectors over parsed HTML.
// Each test file uses a different subset of these helpers.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Selector};
use solace_web::{AppState, Config, app};
use std::fmt::Write as _;
use tower::ServiceExt;

pub struct Res {
    pub status: StatusCode,
    pub body: String,
}

impl Res {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }
}

pub async fn send(req: Request<Body>) -> Res {
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.expect("response");
    let status = res.status();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Res {
        status,
        body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
    }
}

pub fn get(path: &str, region: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::COOKIE, format!("solace_region={region}"))
        .body(Body::empty())
        .unwrap()
}

pub fn urlencode(pairs: &[(String, String)]) -> String {
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

/// POSTs `pairs` as a form to `path` with the region cookie.
pub async fn post_form(path: &str, pairs: &[(String, String)], region: &str) -> Res {
    send(
        Request::post(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, format!("solace_region={region}"))
            .body(Body::from(urlencode(pairs)))
            .unwrap(),
    )
    .await
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

pub fn all<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
}

pub fn one<'a>(doc: &'a Html, s: &str) -> ElementRef<'a> {
    doc.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}

pub fn has(doc: &Html, s: &str) -> bool {
    doc.select(&sel(s)).next().is_some()
}

pub fn text(e: ElementRef<'_>) -> String {
    e.text().collect::<String>()
}
