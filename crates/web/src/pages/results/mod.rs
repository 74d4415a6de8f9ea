//! "What do my results mean?": hCG series, scan findings, dates, odds and options (issue 3).
//! Each page reads the person's numbers with `solace-clinical` and never claims a diagnosis.

pub mod dates;
pub mod hcg;
pub mod index;
pub mod odds;
pub mod options;
pub mod scan;

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(index::routes())
        .merge(hcg::routes())
        .merge(scan::routes())
        .merge(dates::routes())
        .merge(odds::routes())
        .merge(options::routes())
}
