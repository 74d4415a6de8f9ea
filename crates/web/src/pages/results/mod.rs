//! "What do my results mean?": hCG series, scan findings, dates, odds and options (issue 3).
//! Each page reads the person's numbers with `solace-clinical` and never claims a diagnosis.

pub mod dates;
pub mod hcg;
pub mod index;
pub mod odds;
pub mod options;
pub mod scan;

use crate::AppState;
use crate::view::forms::Kept;
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

/// Print (shown by the script), "Change my answers" (a POST: answers never go in a URL),
/// and "Start again".
pub fn result_buttons(tr: &Tr<'_>, action: &str, kept: &Kept) -> Markup {
    html! {
        div.row {
            button #print .btn.secondary type="button" hidden { (tr.t("result-print")) }
            form #change-answers method="post" action=(action) {
                @for (name, value) in kept.iter() {
                    input type="hidden" name=(name) value=(value);
                }
                input type="hidden" name="edit" value="1";
                button.btn.secondary type="submit" { (tr.t("result-change")) }
            }
            a.btn.secondary href=(action) { (tr.t("result-start-again")) }
        }
    }
}
