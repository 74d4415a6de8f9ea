//! Health checks for a load balancer or service manager: `GET /healthz` answers 200 while the
//! process serves; `GET /readyz` answers 200 when the database answers a trivial query within
//! [`READY_WITHIN`], else 503. Tiny plain-text bodies, no cookies, never kept by the page cache
//! (not in its list). They go through the same `Host` check as every page: a load balancer must
//! send the public host (`Host: diary.example.org`), or probe through the proxy.

use crate::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::time::Duration;

/// The longest `/readyz` waits for the database.
pub const READY_WITHIN: Duration = Duration::from_secs(1);

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

fn text(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn healthz() -> Response {
    text(StatusCode::OK, "ok\n")
}

async fn readyz(State(state): State<AppState>) -> Response {
    let Some(diary) = &state.diary else {
        // Nothing to wait for: the pages that need no store are served.
        return text(StatusCode::OK, "ok\n");
    };
    match tokio::time::timeout(READY_WITHIN, diary.store().ping()).await {
        Ok(Ok(())) => text(StatusCode::OK, "ok\n"),
        Ok(Err(e)) => {
            tracing::warn!(reason = %e, "readyz: the database did not answer");
            text(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
        Err(_) => {
            tracing::warn!(
                "readyz: the database did not answer within {} ms",
                READY_WITHIN.as_millis()
            );
            text(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}
