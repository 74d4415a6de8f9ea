//! First-party static files, embedded in the binary. The critical CSS is not here: it is inline
//! in every page (see `layout`), so a page needs one round trip.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub const CSS: &str = include_str!("../assets/solace.css");
const SCRIPT: &str = include_str!("../assets/solace.js");
const FAVICON: &str = include_str!("../assets/favicon.svg");
const AWAY_ICON: &str = include_str!("../assets/away.svg");

/// Assets hold no personal data and change only with a release.
const CACHE: &str = "public, max-age=86400";

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, CACHE),
        ],
        body,
    )
        .into_response()
}

pub async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

pub async fn favicon() -> Response {
    asset("image/svg+xml", FAVICON)
}

/// The neutral page's icon: a sun and a cloud, nothing that names Solace.
pub async fn away_icon() -> Response {
    asset("image/svg+xml", AWAY_ICON)
}

/// Browsers ask for /favicon.ico on their own; answer with nothing rather than a 404.
pub async fn favicon_ico() -> Response {
    (StatusCode::NO_CONTENT, [(header::CACHE_CONTROL, CACHE)]).into_response()
}
