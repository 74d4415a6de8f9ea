//! `/support`: organisations that help after pregnancy loss, the person's region first
//! (`directory`); `/support/for-family`: a page written for partners, family and friends
//! (`family`); `/support/help-me`: a printable "How to help me" page made from a `POST`ed form
//! that is never stored, logged or put in a URL (`help_me`).

mod directory;
mod family;
pub mod help_me;

use crate::AppState;
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/support", get(directory::get))
        .route("/support/for-family", get(family::get))
        .route("/support/help-me", get(help_me::get).post(help_me::post))
}

/// Message ids these pages pick from tables rather than name in a `t("…")` call.
pub fn message_ids() -> Vec<&'static str> {
    help_me::OPTIONS.iter().map(|o| o.1).collect()
}
