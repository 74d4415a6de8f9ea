//! "What do my results mean?": hCG series, scan findings, dates, odds and options (issue 3).
//! Each page reads the person's numbers with `solace-clinical` and never claims a diagnosis.

pub mod dates;
pub mod hcg;
pub mod index;
pub mod odds;
pub mod options;
pub mod scan;

use crate::AppState;
use crate::view::forms::{self, Kept};
use axum::Router;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Source;
use solace_i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(index::routes())
        .merge(hcg::routes())
        .merge(scan::routes())
        .merge(dates::routes())
        .merge(odds::routes())
        .merge(options::routes())
}

/// "Sources: title; title", from the bibliography's short titles.
pub fn sources(tr: &Tr<'_>, sources: &[Source]) -> Markup {
    let titles: Vec<&str> = sources
        .iter()
        .map(|s| solace_content::sources::title(s.id()).unwrap_or(s.id()))
        .collect();
    html! {
        small.r-src { (tr.t_with("result-sources", &[("list", FluentValue::from(titles.join("; ")))])) }
    }
}

/// The buttons under a result, with the answers kept for "Change my answers".
pub fn result_buttons(tr: &Tr<'_>, action: &str, kept: &Kept) -> Markup {
    forms::result_buttons(tr, action, &kept.hidden(), forms::RESULT_BUTTONS)
}
