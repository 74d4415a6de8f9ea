//! Server-rendered pages. Each page is one function that returns a [`Page`]; [`Ctx::respond`] wraps
//! it in the one [`layout`](layout::layout) and turns it into a response.
//!
//! Everything works without JavaScript. All words come from Fluent (`pages.ftl`); the code holds
//! only message ids, attribute values and element ids. Nothing personal is put in a URL: answers
//! travel in POST bodies and come back in the page, never in a query string or a cookie.

mod assets;
mod away;
pub mod check;
mod csrf;
pub mod diary;
mod drawings;
mod home;
mod layout;
pub mod learn;
pub mod results;
pub mod settings;
pub mod support;
pub mod wellbeing;

use crate::AppState;
use crate::headers::CspNonce;
use crate::prefs::{LANG_COOKIE, Prefs, cookie};
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::Markup;
use solace_clinical::Region;
use solace_i18n::{Lang, Tr};
use std::convert::Infallible;

pub use csrf::CSRF_COOKIE;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(results::routes())
        .merge(diary::routes())
        .merge(support::routes())
        .merge(wellbeing::routes())
        .merge(learn::routes())
        .route("/", get(home::get))
        .route("/check", get(check::get).post(check::post))
        .route("/settings", get(settings::get).post(settings::post))
        .route("/away", get(away::get))
        .route("/assets/solace.js", get(assets::script))
        .route("/assets/away.svg", get(assets::away_icon))
        .route("/favicon.svg", get(assets::favicon))
        .route("/favicon.ico", get(assets::favicon_ico))
}

/// The kind 404 page, with the full layout (used as the router's fallback).
pub async fn not_found(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("notfound-title"),
        body: maud::html! {
            h1 { (tr.t("notfound-heading")) }
            p { (tr.t("notfound-text")) }
            p { a.btn.secondary href="/" { (tr.t("notfound-home")) } }
            p { a href="/check" { (tr.t("nav-check")) } }
        },
        status: StatusCode::NOT_FOUND,
        chrome: Chrome::Standard,
    })
}

/// A kind page for a request we could not read (a form body that is not a form).
pub(crate) fn bad_request(ctx: &Ctx, status: StatusCode) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("bad-request-title"),
        body: maud::html! {
            h1 { (tr.t("bad-request-title")) }
            p { (tr.t("bad-request-text")) }
            p { a.btn.secondary href="/check" { (tr.t("nav-check")) } }
        },
        status,
        chrome: Chrome::Standard,
    })
}

/// How much of the site's frame a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    /// Banner, quick exit, header, nav, language switch, footer with the disclaimer.
    Standard,
    /// As standard, but the page shows the disclaimer itself (the result page), so the footer
    /// does not repeat it.
    DisclaimerInBody,
    /// The neutral page behind "Leave this site": no name, no nav, no script; only the
    /// emergency number, quietly.
    Neutral,
}

/// One page: its title, its `<main>` content, the status, and how much frame it gets.
#[derive(Debug)]
pub struct Page {
    pub title: String,
    pub body: Markup,
    pub status: StatusCode,
    pub chrome: Chrome,
}

/// What every page handler needs: the person's preferences, the CSP nonce, the path (for the
/// language switch), and the CSRF token for forms that change settings.
#[derive(Debug, Clone)]
pub struct Ctx {
    state: AppState,
    pub prefs: Prefs,
    nonce: String,
    path: String,
    csrf: String,
    csrf_is_new: bool,
    /// Whether the person chose a language (else it follows the region).
    lang_chosen: bool,
    /// Whether this page shows answers sent with the request (a POST): the language switch would
    /// leave the page and lose them, so it is left out and Settings is one tap away instead.
    pub holds_answers: bool,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let prefs = Prefs::from_parts(parts, state.config.default_region);
        let nonce = parts
            .extensions
            .get::<CspNonce>()
            .map(|n| n.0.clone())
            .unwrap_or_default();
        let (csrf, csrf_is_new) = match cookie(parts, CSRF_COOKIE).filter(|t| csrf::well_formed(t))
        {
            Some(t) => (t.to_owned(), false),
            None => (csrf::fresh(), true),
        };
        Ok(Ctx {
            state: state.clone(),
            prefs,
            nonce,
            path: parts.uri.path().to_owned(),
            csrf,
            csrf_is_new,
            lang_chosen: cookie(parts, LANG_COOKIE)
                .and_then(Lang::from_tag)
                .is_some(),
            // Every POST but settings carries answers (check, results, odds).
            holds_answers: parts.method == axum::http::Method::POST
                && parts.uri.path() != "/settings",
        })
    }
}

impl Ctx {
    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn tr(&self) -> Tr<'_> {
        self.state.i18n.tr(self.prefs.lang, self.prefs.region)
    }

    /// Wraps `page` in the layout and makes the response: HTML, the status, and the CSRF
    /// cookie when this visit has none yet (every standard page carries the language switch,
    /// which is a settings form).
    pub fn respond(&self, page: &Page) -> Response {
        let tr = self.tr();
        let html = layout::layout(self, &tr, page).into_string();
        let mut res = (
            page.status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response();
        if self.csrf_is_new
            && page.chrome != Chrome::Neutral
            && let Ok(v) = HeaderValue::from_str(&csrf::set_cookie(&self.csrf))
        {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
        res
    }
}

/// The Fluent id of a region's name, as people say it.
pub(crate) fn region_name_id(region: Region) -> &'static str {
    match region {
        Region::Uk => "region-name-uk",
        Region::Ie => "region-name-ie",
        Region::Us => "region-name-us",
        Region::Ca => "region-name-ca",
        Region::Au => "region-name-au",
        Region::Nz => "region-name-nz",
        Region::Other => "region-name-other",
    }
}

/// The Fluent id of a language's name.
pub(crate) fn lang_name_id(lang: Lang) -> &'static str {
    lang.name_id()
}

/// The Fluent id of a language's short name, for the switch in the header.
pub(crate) fn lang_short_id(lang: Lang) -> &'static str {
    lang.short_id()
}

/// Message ids the pages pick from tables rather than name in a `t("…")` call, for the tidy
/// test that checks every id exists.
pub fn table_message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Region::ALL.into_iter().map(region_name_id).collect();
    ids.extend(Lang::ALL.into_iter().map(lang_name_id));
    ids.extend(Lang::ALL.into_iter().map(lang_short_id));
    ids.extend(check::fields::message_ids());
    ids.extend(check::result::message_ids());
    ids.extend(support::message_ids());
    ids.extend(wellbeing::message_ids());
    ids.extend(learn::message_ids());
    ids.extend(solace_app::export_labels::message_ids());
    ids
}
