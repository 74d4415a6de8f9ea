//! `/results`: "What do my results mean?" — a few kind words, which guidance the results pages
//! lead with for the person's country (and why), and the doors to the results pages.

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
    let mut ids: Vec<&'static str> = DOORS.iter().flat_map(|d| [d.2, d.3]).collect();
    ids.extend(solace_clinical::Region::ALL.map(guidance_id));
    ids
}

/// Which guidance the results pages lead with, and why (`Region::leading_guidance`).
fn guidance_id(region: solace_clinical::Region) -> &'static str {
    use solace_clinical::Region;
    match region {
        Region::Uk | Region::Ie => "results-guidance-nice-local",
        Region::Us | Region::Ca => "results-guidance-us-local",
        Region::Au | Region::Nz | Region::Other => "results-guidance-nice-cautious",
    }
}

async fn page(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("results-title"),
        body: html! {
            h1 { (tr.t("results-heading")) }
            p.lead { (tr.t("results-intro-1")) }
            p { (tr.t("results-intro-2")) }
            p #guidance data-region=(ctx.prefs.region.id()) {
                (tr.t(guidance_id(ctx.prefs.region))) " "
                a href="/settings" { (tr.t("results-guidance-change")) }
            }
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
