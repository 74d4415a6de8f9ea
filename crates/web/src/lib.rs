//! Solace's web app: server-rendered pages that work without JavaScript, the JSON API, and the
//! cross-cutting parts every response shares (security headers, gzip, body limit, Fluent text).
//!
//! This crate knows the clinical types and (later) the storage traits, never a storage backend.

pub mod api;
pub mod charts;
pub mod export_labels;
pub mod headers;
pub mod i18n;
pub mod json_input;
pub mod openapi;
pub mod pages;
pub mod photo_meta;
pub mod prefs;
pub mod triage_view;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use solace_clinical::Region;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// The largest request body accepted. Triage answers are well under 2 KB.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Settings the app needs at run time.
#[derive(Debug, Clone)]
pub struct Config {
    /// The region used until the person chooses one.
    pub default_region: Region,
    /// Multi-user server mode (PostgreSQL): diaries are opened by account name and passphrase.
    /// Single-user mode (SQLite on the person's own computer) has one diary and asks only for
    /// the passphrase.
    pub multi_user: bool,
    /// Where "Leave this site" goes, when a hosted operator chose an address (`solace serve
    /// --exit-url`, checked by [`exit_url`]). `/away` still ends the diary session first, then
    /// sends the browser there; without one, `/away` shows Solace's own neutral page.
    pub exit_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            default_region: Region::Uk,
            multi_user: false,
            exit_url: None,
        }
    }
}

/// Why an exit address was refused (the message names what was expected).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadExitUrl(&'static str);

/// The longest exit address accepted.
pub const EXIT_URL_MAX: usize = 2000;

/// Checks an address for "Leave this site": an absolute `http://` or `https://` URL with a host,
/// no user name or password, no spaces, at most [`EXIT_URL_MAX`] characters. Returns it as given.
pub fn exit_url(text: &str) -> Result<String, BadExitUrl> {
    const EXPECTED: &str =
        "expected an absolute http:// or https:// address, like https://www.bbc.co.uk/weather";
    if text.len() > EXIT_URL_MAX {
        return Err(BadExitUrl("expected an address of at most 2000 characters"));
    }
    let uri: axum::http::Uri = text.parse().map_err(|_| BadExitUrl(EXPECTED))?;
    let scheme_ok = matches!(uri.scheme_str(), Some("http" | "https"));
    let Some(authority) = uri.authority() else {
        return Err(BadExitUrl(EXPECTED));
    };
    if !scheme_ok || authority.host().is_empty() {
        return Err(BadExitUrl(EXPECTED));
    }
    if authority.as_str().contains('@') {
        return Err(BadExitUrl(
            "expected an address without a user name or password",
        ));
    }
    Ok(text.to_owned())
}

/// Shared state for every request. Nothing per-person lives here: a diary session is found from
/// its cookie in the store, so any app node can serve any request.
#[derive(Clone)]
pub struct AppState {
    pub i18n: Arc<i18n::I18n>,
    pub config: Arc<Config>,
    /// The private diary, when a store is configured (`solace serve` always configures one, in
    /// the data folder or a database). Pages that need it say so kindly when absent.
    pub diary: Option<Arc<solace_store::Diary>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.config)
            .field("diary", &self.diary.is_some())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State without a diary store (the calculations and pages that need no storage).
    pub fn new(config: Config) -> Result<AppState, i18n::LoadError> {
        Ok(AppState {
            i18n: Arc::new(i18n::I18n::load()?),
            config: Arc::new(config),
            diary: None,
        })
    }

    /// State with the diary backed by `diary`'s store.
    pub fn with_diary(
        config: Config,
        diary: Arc<solace_store::Diary>,
    ) -> Result<AppState, i18n::LoadError> {
        Ok(AppState {
            diary: Some(diary),
            ..AppState::new(config)?
        })
    }
}

/// The whole app: pages, API, assets, and the layers every response goes through.
pub fn app(state: AppState) -> Router {
    let hosted = state.config.multi_user;
    let router = Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .fallback(pages::not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(CompressionLayer::new().gzip(true))
        .layer(axum::middleware::from_fn(headers::security_headers));
    if hosted {
        router.layer(axum::middleware::from_fn(headers::hosted_transport))
    } else {
        router
    }
}

/// Serves the app on `listener` until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    // Ended and idle sessions (their wrapped keys) and old failed-unlock times are deleted every
    // minute, so a copy of the database holds as little as possible.
    let purger = state.diary.clone().map(|diary| {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_mins(1));
            loop {
                tick.tick().await;
                if diary.purge_expired(chrono::Utc::now()).await.is_err() {
                    tracing::warn!("could not purge expired diary sessions");
                }
            }
        })
    });
    let served = axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    if let Some(p) = purger {
        p.abort();
    }
    served
}
