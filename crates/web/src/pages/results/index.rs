//! `/results`: "What do my results mean?" — a few kind words and the doors to the results pages.

use crate::AppState;
use crate::pages::{Chrome, Ctx, Page};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use maud::html;

pub fn routes() -> Router<AppState> {
    Router::new().route("/results", get(page))
}

/// The doors, in the order people usually meet them: (path, element id, label id, hint id).
const DOORS: &[(&str, &str, &str, &str)] = &[
    (
        "/results/hcg",
        "door-hcg",
        "results-door-hcg",
        "results-door-hcg-hint",
    ),
    (
        "/results/scan",
        "door-scan",
        "results-door-scan",
        "results-door-scan-hint",
    ),
    (
        "/results/dates",
        "door-dates",
        "results-door-dates",
        "results-door-dates-hint",
    ),
    (
        "/odds",
        "door-odds",
        "results-door-odds",
        "results-door-odds-hint",
    ),
    (
        "/options",
        "door-options",
        "results-door-options",
        "results-door-options-hint",
    ),
];

/// Message ids the index picks from its table (for the tidy tests).
#[must_use]
pub fn message_ids() -> Vec<&'static str> {
    DOORS.iter().flat_map(|d| [d.2, d.3]).collect()
}

async fn page(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("results-title"),
        body: html! {
            h1 { (tr.t("results-heading")) }
            p.lead { (tr.t("results-intro-1")) }
            p { (tr.t("results-intro-2")) }
            ul.r-doors #doors {
                @for (path, id, label, hint) in DOORS {
                    li {
                        a id=(id) href=(path) aria-describedby={ (id) "-hint" } { (tr.t(label)) }
                        span.hint id={ (id) "-hint" } { (tr.t(hint)) }
                    }
                }
            }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}
