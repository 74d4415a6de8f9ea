//! Server-rendered pages. (Being built: the helper replaces this file.)

use crate::AppState;
use axum::Router;
use axum::http::StatusCode;
use axum::response::IntoResponse;

pub fn routes() -> Router<AppState> {
    Router::new()
}

pub async fn not_found() -> impl IntoResponse {
    (StatusCode::NOT_FOUND, "Not found")
}
