//! Server-rendered pages, one folder or file per area. Each page is one function that returns a
//! [`Page`]; [`Ctx::respond`] wraps it in the one [layout](crate::view::layout) and turns it into
//! a response.
//!
//! Everything works without JavaScript. All words come from Fluent (`pages.ftl`); the code holds
//! only message ids, attribute values and element ids. Nothing personal is put in a URL: answers
//! travel in POST bodies and come back in the page, never in a query string or a cookie.

pub(crate) mod assets;
mod away;
pub mod check;
pub mod diary;
mod drawings;
mod home;
pub mod learn;
pub mod results;
pub mod settings;
pub mod support;
pub mod wellbeing;

use crate::AppState;
use crate::error::PageError;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use solace_clinical::Region;
use solace_i18n::Lang;

pub use crate::extract::Ctx;
pub use crate::view::{Chrome, Page};

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
    PageError::not_found(&ctx).into_response()
}

/// A kind page for a request we could not read (a form body that is not a form).
pub(crate) fn bad_request(ctx: &Ctx, status: StatusCode) -> Response {
    PageError::bad_request(ctx, status).into_response()
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
