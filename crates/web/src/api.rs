//! The JSON API under `/api/v1`: the same contracts as the CLI (DESIGN.md), and the `OpenAPI` document.

use crate::prefs::Prefs;
use crate::{AppState, json_input, openapi, triage_view};
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use solace_clinical::input::{FieldError, InvalidInput};
use solace_clinical::triage::{TriageInput, triage};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/triage", post(post_triage))
        .route("/api/v1/openapi.json", get(get_openapi))
}

/// The body of every 4xx from the API: a summary and one entry per field.
#[derive(Debug, Serialize)]
pub struct ApiError {
    pub error: &'static str,
    pub message: String,
    pub errors: Vec<FieldError>,
}

pub fn invalid(e: InvalidInput) -> Response {
    let body = ApiError {
        error: "invalid_input",
        message: e.to_string(),
        errors: e.errors,
    };
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}

async fn post_triage(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    let input: TriageInput = match json_input::parse(&body) {
        Ok(i) => i,
        Err(e) => return invalid(e),
    };
    match triage(&input, prefs.region) {
        Ok(outcome) => {
            // The language follows the cookie, or the region the answers name.
            let lang = if prefs.region_chosen || input.region.is_none() {
                prefs.lang
            } else {
                crate::i18n::Lang::default_for(outcome.region)
            };
            let tr = state.i18n.tr(lang, outcome.region);
            Json(triage_view::render(&outcome, &tr)).into_response()
        }
        Err(e) => invalid(e),
    }
}

async fn get_openapi() -> Response {
    Json(openapi::document()).into_response()
}
