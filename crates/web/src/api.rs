//! The JSON API under `/api/v1`: the same contracts as the CLI (DESIGN.md), and the `OpenAPI` document.
//!
//! The calculation endpoints (`hcg`, `scan`, `dating`, `risk`, `options`) call the functions in
//! `solace_app::calc`; the CLI calls the very same functions, so the command line and the API
//! cannot disagree. "Now" comes from the app state's clock.

use crate::AppState;
use crate::prefs::Prefs;
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use solace_app::calc::{Answer, ApiError, Words, dating, hcg, options, risk, scan};
use solace_app::{json_input, openapi, triage_view};
use solace_clinical::input::InvalidInput;
use solace_clinical::triage::{TriageInput, triage};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/triage", post(post_triage))
        .route("/api/v1/hcg", post(post_hcg))
        .route("/api/v1/scan", post(post_scan))
        .route("/api/v1/dating", post(post_dating))
        .route("/api/v1/risk", post(post_risk))
        .route("/api/v1/options", get(get_options))
        .route("/api/v1/openapi.json", get(get_openapi))
}

pub fn invalid(e: InvalidInput) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, Json(ApiError::from(e))).into_response()
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

async fn post_triage(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    let input: TriageInput = match json_input::parse(&body) {
        Ok(i) => i,
        Err(e) => return invalid(e),
    };
    match triage(&input, prefs.region) {
        Ok(outcome) => {
            // The language asked for (cookie or Accept-Language), else the region's: the one
            // the answers name, or the person's.
            let lang = if prefs.lang_asked || prefs.region_chosen || input.region.is_none() {
                prefs.lang
            } else {
                solace_i18n::Lang::default_for(outcome.region)
            };
            let tr = state.i18n.tr(lang, outcome.region);
            Json(triage_view::render(&outcome, &tr)).into_response()
        }
        Err(e) => invalid(e),
    }
}

fn words(state: &AppState, prefs: Prefs) -> Words<'_> {
    Words {
        i18n: &state.i18n,
        lang: prefs.lang,
    }
}

fn respond<T: Serialize>(result: Result<Answer<T>, InvalidInput>) -> Response {
    match result {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => invalid(e),
    }
}

/// None of the calculation inputs names a region: it comes from the `solace_region` cookie, else
/// the server's configured region.
async fn post_hcg(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    respond(hcg(
        &body,
        state.clock.now(),
        prefs.region,
        words(&state, prefs),
    ))
}

async fn post_scan(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    respond(scan(&body, prefs.region, words(&state, prefs)))
}

async fn post_dating(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    respond(dating(
        &body,
        state.clock.today(),
        prefs.region,
        words(&state, prefs),
    ))
}

async fn post_risk(State(state): State<AppState>, prefs: Prefs, body: Bytes) -> Response {
    respond(risk(&body, prefs.region, words(&state, prefs)))
}

async fn get_options(State(state): State<AppState>, prefs: Prefs) -> Response {
    Json(options(prefs.region, words(&state, prefs))).into_response()
}

async fn get_openapi() -> Response {
    Json(openapi::document()).into_response()
}
