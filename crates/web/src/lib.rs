//! Solace's web app, HTTP only: the routes, the extractors ([`extract`]), the shared failure
//! pages ([`error`]), the one cookie reader and builder ([`cookies`]), the layers every response
//! goes through ([`middleware`]: security headers, one CSP, HSTS when hosted), the pages kept in
//! memory because they are the same for everyone of a language and region ([`page_cache`]), the view kit
//! ([`view`]: layout, forms, error summary, charts) and the pages. A handler reads as: extract →
//! call `solace-app` / `solace-clinical` → render.
//!
//! This crate knows the clinical types and the storage traits, never a storage backend.

pub mod api;
pub mod cookies;
pub mod error;
pub mod extract;
pub mod health;
pub mod hosts;
pub mod limits;
pub mod metrics;
pub mod middleware;
pub mod page_cache;
pub mod pages;
pub mod prefs;
pub mod view;

pub use view::charts;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use solace_clinical::Region;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

pub use limits::{IpLimits, Limit, Registration};
pub use solace_app::BODY_LIMIT;

/// How long a stop (SIGTERM, Ctrl-C) waits for the requests in flight before ending them.
pub const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

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
    /// Hosted mode: the one `Host` (and `Origin`) served (`solace serve --public-host`); without
    /// one a hosted app serves nothing. Unused in local mode ([`hosts`]).
    pub public_host: Option<String>,
    /// Local mode: the port the app is reached on, with `127.0.0.1`, `localhost` or `[::1]`.
    /// [`serve`] sets it to the port its listener bound; an app made for tests keeps 7878.
    pub local_port: u16,
    /// Hosted mode: the proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`); from
    /// any other peer the header is ignored ([`limits::client_ip`]). Empty by default.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Who may start a new diary (hosted: open, closed, or by invite code). Open by default.
    pub registration: Registration,
    /// Hosted mode: the per-IP limits on register, unlock and recover.
    pub ip_limits: IpLimits,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            default_region: Region::Uk,
            multi_user: false,
            exit_url: None,
            public_host: None,
            local_port: 7878,
            trusted_proxies: Vec::new(),
            registration: Registration::Open,
            ip_limits: IpLimits::default(),
        }
    }
}

/// Shared state for every request. Nothing per-person lives here: a diary session is found from
/// its cookie in the store, so any app node can serve any request.
#[derive(Clone)]
pub struct AppState {
    pub i18n: Arc<solace_i18n::I18n>,
    pub config: Arc<Config>,
    /// Where "now" comes from: the computer's clock when serving, a [`FixedClock`] in tests.
    ///
    /// [`FixedClock`]: solace_app::clock::FixedClock
    pub clock: Arc<dyn solace_app::clock::Clock>,
    /// The private diary, when a store is configured (`solace serve` always configures one, in
    /// the data folder or a database). Pages that need it say so kindly when absent.
    pub diary: Option<Arc<solace_store::Diary>>,
    /// The pages that are the same for everyone of a language and region, once rendered.
    pub pages: Arc<page_cache::PageCache>,
    /// The counters served by [`metrics::serve`].
    pub metrics: Arc<metrics::Metrics>,
    /// The per-IP limits' counts (hosted mode).
    pub limits: Arc<limits::IpLimiter>,
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
    pub fn new(config: Config) -> Result<AppState, solace_i18n::LoadError> {
        Ok(AppState {
            i18n: Arc::new(solace_i18n::I18n::load()?),
            metrics: Arc::new(metrics::Metrics::new()),
            limits: Arc::new(limits::IpLimiter::new(&config.ip_limits)),
            config: Arc::new(config),
            clock: Arc::new(solace_app::clock::SystemClock),
            diary: None,
            pages: Arc::new(page_cache::PageCache::new(true)),
        })
    }

    /// State with the diary backed by `diary`'s store.
    pub fn with_diary(
        config: Config,
        diary: Arc<solace_store::Diary>,
    ) -> Result<AppState, solace_i18n::LoadError> {
        Ok(AppState {
            diary: Some(diary),
            ..AppState::new(config)?
        })
    }

    /// The same state with its time from `clock` (tests give a [`FixedClock`] and move it).
    ///
    /// [`FixedClock`]: solace_app::clock::FixedClock
    #[must_use]
    pub fn with_clock(self, clock: Arc<dyn solace_app::clock::Clock>) -> AppState {
        AppState { clock, ..self }
    }

    /// The same state rendering every page for every request (tests compare a kept page with a
    /// freshly rendered one).
    #[must_use]
    pub fn without_page_cache(self) -> AppState {
        AppState {
            pages: Arc::new(page_cache::PageCache::new(false)),
            ..self
        }
    }
}

/// `N` fresh random bytes (CSRF tokens, calendar ids), from the vault's one random
/// source.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    // The OS random source failing is not recoverable; a guessable token would defeat the check
    // it is for.
    solace_store::vault::random_bytes().expect("operating system random source")
}

/// The whole app: pages, API, assets, and the layers every response goes through.
pub fn app(state: AppState) -> Router {
    let hosted = state.config.multi_user;
    let config = state.config.clone();
    let kept = page_cache::PageCacheLayer::new(state.pages.clone(), &state.config);
    let counters = state.metrics.clone();
    let limited = state.clone();
    let router = Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .merge(health::routes())
        .fallback(pages::not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Before the form is read and any key derived: an address over its limit gets 429.
        .layer(axum::middleware::from_fn_with_state(
            limited,
            limits::per_ip,
        ))
        // Inside compression: a kept page is sent already compressed, and is not compressed again.
        .layer(kept)
        .layer(CompressionLayer::new().gzip(true))
        .layer(axum::middleware::from_fn(middleware::security_headers));
    let router = if hosted {
        router.layer(axum::middleware::from_fn(middleware::hosted_transport))
    } else {
        router
    };
    // Outermost: a request for another host is refused before anything else runs; the
    // metrics count it too (by route template only).
    router
        .layer(axum::middleware::from_fn_with_state(
            config,
            hosts::only_our_hosts,
        ))
        .layer(axum::middleware::from_fn_with_state(
            counters,
            metrics::track,
        ))
}

/// Serves the app on `listener` until Ctrl-C or SIGTERM. In local mode the app answers on the
/// port the listener bound (so `--addr 127.0.0.1:0` works).
///
/// A stop closes the listener at once (new connections are refused), lets the requests in
/// flight finish for up to [`STOP_GRACE`] (then ends them), closes the store's connection pool,
/// and returns `Ok` (the CLI exits 0).
pub async fn serve(listener: tokio::net::TcpListener, mut state: AppState) -> std::io::Result<()> {
    state.config = Arc::new(Config {
        local_port: listener.local_addr()?.port(),
        ..(*state.config).clone()
    });
    // Ended and idle sessions (their wrapped keys) and old failed-unlock times are deleted every
    // minute, so a copy of the database holds as little as possible.
    let clock = state.clock.clone();
    let purger = state.diary.clone().map(|diary| {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_mins(1));
            loop {
                tick.tick().await;
                if diary.purge_expired(clock.now()).await.is_err() {
                    tracing::warn!("could not purge expired diary sessions");
                }
            }
        })
    });
    // Addresses whose per-IP limits have recovered are forgotten every minute.
    let limits = state.limits.clone();
    let sweeper = tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_mins(1));
        loop {
            tick.tick().await;
            limits.sweep();
        }
    });
    // Local mode: the server secret lives only in this process, so no session can open after
    // it stops; their rows are deleted now rather than left in the file (issue 14).
    let local_diary = (!state.config.multi_user)
        .then(|| state.diary.clone())
        .flatten();
    let store = state.diary.as_ref().map(|d| d.store().clone());
    let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel::<()>();
    let signal = async move {
        shutdown_signal().await;
        tracing::info!("stopping: no new connections; finishing the requests in flight");
        let _ = stopping_tx.send(());
    };
    let app_server = axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(signal)
    .into_future();
    let served = tokio::select! {
        served = app_server => served,
        () = async {
            if stopping_rx.await.is_ok() {
                tokio::time::sleep(STOP_GRACE).await;
            } else {
                std::future::pending::<()>().await;
            }
        } => {
            tracing::warn!(
                "requests still running {} s after the stop were ended",
                STOP_GRACE.as_secs()
            );
            Ok(())
        }
    };
    if let Some(p) = purger {
        p.abort();
    }
    sweeper.abort();
    if let Some(diary) = local_diary
        && diary.end_every_session().await.is_err()
    {
        tracing::warn!("could not end the diary sessions at shutdown");
    }
    if let Some(store) = store {
        // Bounded: a pool still lending a connection to an ended request does not hold the exit.
        if tokio::time::timeout(std::time::Duration::from_secs(5), store.close())
            .await
            .is_err()
        {
            tracing::warn!("the database pool did not close within 5 s");
        }
    }
    served
}

/// Ctrl-C, or SIGTERM (a service manager, `kill`, a logout) on Unix.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            () = term => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
