//! Metrics in the Prometheus text format (0.0.4), served on a listener of their own ([`serve`],
//! `solace serve --metrics-addr`), never on the public one.
//!
//! What is counted: requests by route *template* (axum's `MatchedPath`, e.g.
//! `/diary/entry/{id}`; `unmatched` for anything else, never the raw path) and status, their
//! latency, failed unlocks by reason, requests refused by the per-IP limits, store failures by
//! kind, key derivations running or waiting, and the database pool's open and idle connections.
//! No label ever holds an account, an id, an address or a path as sent (test
//! `metrics::labels_hold_no_ids_addresses_or_raw_paths`).

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 5 ms to about 10 s: a page is milliseconds, an unlock half a second, a year's export more.
    Histogram::new([
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
    ])
}

/// The app's counters, shared by every request (in [`AppState`]).
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    unlock_failures: Family<ReasonLabels, Counter>,
    rate_limited: Family<ReasonLabels, Counter>,
    store_errors: Family<ReasonLabels, Counter>,
    kdf_in_flight: Gauge,
    kdf_capacity: Gauge,
    pool_open: Gauge,
    pool_idle: Gauge,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("solace");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        let latency = LatencyFamily::new_with_constructor(latency_histogram as fn() -> Histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by method and route template",
            latency.clone(),
        );
        let unlock_failures = Family::<ReasonLabels, Counter>::default();
        registry.register(
            "unlock_failures",
            "Unlocks and recoveries refused: wrong (passphrase, code or unknown name) or too_many (the account's limit)",
            unlock_failures.clone(),
        );
        let rate_limited = Family::<ReasonLabels, Counter>::default();
        registry.register(
            "rate_limited",
            "Requests answered 429 by the per-IP limits, by action (register, unlock, recover)",
            rate_limited.clone(),
        );
        let store_errors = Family::<ReasonLabels, Counter>::default();
        registry.register(
            "store_errors",
            "Requests that failed in the store: unavailable (the database could not be reached), busy (key derivation queue full), other",
            store_errors.clone(),
        );
        let kdf_in_flight = Gauge::default();
        registry.register(
            "kdf_in_flight",
            "Key derivations running or waiting",
            kdf_in_flight.clone(),
        );
        let kdf_capacity = Gauge::default();
        registry.register(
            "kdf_capacity",
            "Key derivations allowed to run or wait (cores + kdf_queue)",
            kdf_capacity.clone(),
        );
        let pool_open = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Database connections open (in use or idle)",
            pool_open.clone(),
        );
        let pool_idle = Gauge::default();
        registry.register(
            "db_pool_idle_connections",
            "Database connections open and idle",
            pool_idle.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            unlock_failures,
            rate_limited,
            store_errors,
            kdf_in_flight,
            kdf_capacity,
            pool_open,
            pool_idle,
        }
    }

    /// A refused unlock or recovery: `wrong` or `too_many`.
    pub fn unlock_failed(&self, reason: &'static str) {
        self.unlock_failures
            .get_or_create(&ReasonLabels { reason })
            .inc();
    }

    /// A request refused by a per-IP limit (`register`, `unlock`, `recover`).
    pub fn rate_limited(&self, action: &'static str) {
        self.rate_limited
            .get_or_create(&ReasonLabels { reason: action })
            .inc();
    }

    /// A store failure: `unavailable`, `busy` or `other`.
    pub fn store_error(&self, kind: &'static str) {
        self.store_errors
            .get_or_create(&ReasonLabels { reason: kind })
            .inc();
    }

    /// The text a scrape gets, with the gauges read now from `state`'s diary.
    pub fn render(&self, state: &AppState) -> String {
        if let Some(diary) = &state.diary {
            let (in_flight, capacity) = diary.kdf_load();
            self.kdf_in_flight
                .set(i64::try_from(in_flight).unwrap_or(i64::MAX));
            self.kdf_capacity
                .set(i64::try_from(capacity).unwrap_or(i64::MAX));
            if let Some(pool) = diary.store().pool_stats() {
                self.pool_open.set(i64::from(pool.size));
                self.pool_idle.set(i64::from(pool.idle));
            }
        }
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::prometheus_text::encode(&mut text, &self.registry);
        text
    }
}

/// The layer that counts every request by method, route template and status, and times it.
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let method = method_label(req.method());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let started = Instant::now();
    let res = next.run(req).await;
    let elapsed = started.elapsed().as_secs_f64();
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route: route.clone(),
            status: res.status().as_u16(),
        })
        .inc();
    metrics
        .latency
        .get_or_create(&RouteLabels { method, route })
        .observe(elapsed);
    res
}

/// A fixed set of method names, so a made-up method cannot add label values.
fn method_label(method: &axum::http::Method) -> &'static str {
    match method.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        "PATCH" => "PATCH",
        _ => "other",
    }
}

/// The metrics router: `GET /metrics` (and `/`) answer the text format; nothing else.
pub fn router(state: AppState) -> axum::Router {
    async fn scrape(State(state): State<AppState>) -> Response {
        let mut res = state.metrics.render(&state).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(prometheus_client::encoding::prometheus_text::CONTENT_TYPE),
        );
        res
    }
    axum::Router::new()
        .route("/metrics", axum::routing::get(scrape))
        .route("/", axum::routing::get(scrape))
        .with_state(state)
}

/// Serves the metrics on `listener` (bind it to a private address: `127.0.0.1:9464` or an
/// internal network) until the process ends. Call it beside [`crate::serve`] with the same
/// state, e.g. `tokio::spawn(solace_web::metrics::serve(listener, state.clone()))`.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state)).await
}
