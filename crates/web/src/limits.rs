//! Abuse controls in hosted mode: per-IP limits on the three forms that cost a key derivation
//! (register `POST /diary/new`, unlock `POST /diary/unlock`, recover `POST /diary/recover`),
//! answered with 429, `Retry-After` and a kind page that says when to try again; and who may
//! register ([`Registration`]: open, closed, or with an invite code).
//!
//! **The client's address** is the TCP peer's, unless the peer is one of
//! [`Config::trusted_proxies`](crate::Config::trusted_proxies): then `X-Forwarded-For` is read
//! from the right, skipping trusted proxies, and the first address that is not one is the
//! client (the rightmost hop a trusted proxy saw; the left of the header is whatever the client
//! chose to send). IPv6 clients are counted by their /64, the block one machine is usually
//! given. Without a peer address (an app driven in-process, as tests do) nothing is limited.
//!
//! **Memory is bounded**: each action keeps a map from address to one timestamp (GCRA, the
//! `governor` crate); addresses whose limit has fully recovered are dropped every minute
//! ([`IpLimiter::sweep`]), and a map that reaches [`MAX_TRACKED`] addresses is swept at once
//! (and emptied if sweeping is not enough).

use crate::AppState;
use crate::extract::Ctx;
use crate::view::{Chrome, Page};
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_bundle::FluentValue;
use governor::clock::{Clock as _, MonotonicClock};
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter};
use maud::html;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

/// Most addresses tracked per action before a sweep is forced.
pub const MAX_TRACKED: usize = 100_000;

/// One limit: at most `count` requests in `window` from one address (as a steady rate of
/// `count` per `window` with bursts up to `count`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub count: u32,
    pub window: Duration,
}

impl Limit {
    pub const fn new(count: u32, window: Duration) -> Self {
        Limit { count, window }
    }
}

/// The per-IP limits of a hosted server. Each is generous for the people behind one address
/// (a family, a hospital's or a library's network) and small for a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpLimits {
    /// New diaries. Default 10 an hour: a person makes one; a shared network a few a day.
    pub register: Limit,
    /// Unlocks. Default 30 in 15 minutes: each account has its own limit of 5 wrong
    /// passphrases in 15 minutes; this stops one address guessing across many accounts and
    /// bounds the key derivations one address can ask for.
    pub unlock: Limit,
    /// Recoveries with the code. Default 10 an hour (each account: 20 wrong codes an hour).
    pub recover: Limit,
}

impl Default for IpLimits {
    fn default() -> Self {
        IpLimits {
            register: Limit::new(10, Duration::from_hours(1)),
            unlock: Limit::new(30, Duration::from_mins(15)),
            recover: Limit::new(10, Duration::from_hours(1)),
        }
    }
}

/// Who may start a new diary on a hosted server.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Registration {
    /// Anyone (the default).
    #[default]
    Open,
    /// Nobody: existing diaries still open; the new-diary form says kindly that it is closed.
    Closed,
    /// Whoever types one of these codes (compared in constant time; a code can be used many
    /// times — one per group of people, changed by the operator when it leaks).
    Invite(Vec<String>),
}

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Open => f.write_str("Open"),
            Self::Closed => f.write_str("Closed"),
            // The codes are secrets: never in a log.
            Self::Invite(codes) => write!(f, "Invite({} codes)", codes.len()),
        }
    }
}

impl Registration {
    /// Whether `typed` is one of the invite codes (surrounding spaces ignored). Every code is
    /// compared, each in constant time, so the time says nothing about how much matched.
    pub fn invite_matches(&self, typed: &str) -> bool {
        match self {
            Self::Invite(codes) => {
                let typed = typed.trim();
                codes.iter().fold(false, |found, code| {
                    solace_store::vault::constant_time_eq(code.trim().as_bytes(), typed.as_bytes())
                        | found
                })
            }
            Self::Open | Self::Closed => false,
        }
    }
}

type Keyed = RateLimiter<IpAddr, HashMapStateStore<IpAddr>, MonotonicClock>;

/// The three limiters of one app (in [`AppState`]; per node: the limits count per node, so
/// behind N nodes an address gets up to N times each limit).
pub struct IpLimiter {
    limits: IpLimits,
    /// One limited request at a time per address: the others from it wait their turn, so one
    /// address holds at most one place in the key-derivation queue (a flood from one address
    /// cannot fill it ahead of everyone else). Entries live only while requests do.
    in_flight:
        std::sync::Mutex<std::collections::HashMap<IpAddr, std::sync::Arc<tokio::sync::Mutex<()>>>>,
    /// Each replaced by a fresh one when it is full even after a sweep.
    register: std::sync::RwLock<Keyed>,
    unlock: std::sync::RwLock<Keyed>,
    recover: std::sync::RwLock<Keyed>,
}

impl std::fmt::Debug for IpLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IpLimiter").finish_non_exhaustive()
    }
}

fn keyed(limit: Limit) -> Keyed {
    let count = NonZeroU32::new(limit.count.max(1)).unwrap_or(NonZeroU32::MIN);
    let period = (limit.window / count.get()).max(Duration::from_millis(1));
    let quota = Quota::with_period(period)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(count);
    RateLimiter::new(quota, HashMapStateStore::default(), MonotonicClock)
}

/// Which limited form a request is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Register,
    Unlock,
    Recover,
}

impl Action {
    fn of(method: &Method, path: &str) -> Option<Action> {
        if method != Method::POST {
            return None;
        }
        match path {
            // An import makes a new diary too.
            "/diary/new" | "/diary/import" => Some(Action::Register),
            "/diary/unlock" => Some(Action::Unlock),
            "/diary/recover" => Some(Action::Recover),
            _ => None,
        }
    }

    /// The metrics label.
    pub fn label(self) -> &'static str {
        match self {
            Action::Register => "register",
            Action::Unlock => "unlock",
            Action::Recover => "recover",
        }
    }
}

impl IpLimiter {
    pub fn new(limits: &IpLimits) -> Self {
        IpLimiter {
            limits: *limits,
            in_flight: std::sync::Mutex::new(std::collections::HashMap::new()),
            register: std::sync::RwLock::new(keyed(limits.register)),
            unlock: std::sync::RwLock::new(keyed(limits.unlock)),
            recover: std::sync::RwLock::new(keyed(limits.recover)),
        }
    }

    fn limiter(&self, action: Action) -> &std::sync::RwLock<Keyed> {
        match action {
            Action::Register => &self.register,
            Action::Unlock => &self.unlock,
            Action::Recover => &self.recover,
        }
    }

    /// Counts one request of `action` from `client`; `Err(wait)` when over the limit.
    pub fn check(&self, action: Action, client: IpAddr) -> Result<(), Duration> {
        let lock = self.limiter(action);
        let full = {
            let limiter = lock
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if limiter.len() >= MAX_TRACKED {
                limiter.retain_recent();
            }
            limiter.len() >= MAX_TRACKED
        };
        if full {
            tracing::warn!(
                action = action.label(),
                "per-IP limit table full after a sweep: emptied"
            );
            let limit = match action {
                Action::Register => self.limits.register,
                Action::Unlock => self.limits.unlock,
                Action::Recover => self.limits.recover,
            };
            *lock
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = keyed(limit);
        }
        let limiter = lock
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        limiter
            .check_key(&bucket(client))
            .map_err(|not_until| not_until.wait_time_from(limiter.clock().now()))
    }

    /// Runs `work` once no other limited request from `client`'s address is running.
    pub async fn one_at_a_time<F: std::future::Future>(
        &self,
        client: IpAddr,
        work: F,
    ) -> F::Output {
        let key = bucket(client);
        let turn = {
            let mut map = self
                .in_flight
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            map.entry(key).or_default().clone()
        };
        let out = {
            let _held = turn.lock().await;
            work.await
        };
        let mut map = self
            .in_flight
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The map's copy and ours: nobody else waits, so the entry goes.
        if std::sync::Arc::strong_count(&turn) == 2 {
            map.remove(&key);
        }
        out
    }

    /// Addresses with a limited request running or waiting now (tests).
    pub fn addresses_in_flight(&self) -> usize {
        self.in_flight
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    /// Drops the addresses whose limits have fully recovered (every minute from [`crate::serve`]).
    pub fn sweep(&self) {
        for l in [&self.register, &self.unlock, &self.recover] {
            let l = l.read().unwrap_or_else(std::sync::PoisonError::into_inner);
            l.retain_recent();
            l.shrink_to_fit();
        }
    }

    /// Addresses tracked now, all actions together (tests, metrics).
    pub fn tracked(&self) -> usize {
        [&self.register, &self.unlock, &self.recover]
            .iter()
            .map(|l| {
                l.read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .len()
            })
            .sum()
    }
}

/// IPv4 as is; IPv6 by its /64 (an IPv4-mapped address as the IPv4 address).
fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                IpAddr::V4(v4)
            } else {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        }
    }
}

fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The client's address: `peer`, or, when `peer` is a trusted proxy, the rightmost address in
/// `X-Forwarded-For` that is not a trusted proxy. A header that does not parse is ignored (the
/// peer is used).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|t| canonical(*t) == *ip);
    if !is_trusted(&peer) {
        return peer;
    }
    let mut hops = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        let Ok(text) = value.to_str() else {
            return peer;
        };
        for hop in text.split(',') {
            match parse_hop(hop.trim()) {
                Some(ip) => hops.push(canonical(ip)),
                None => return peer,
            }
        }
    }
    hops.into_iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .unwrap_or(peer)
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The layer: in hosted mode, a limited form over its address's limit gets the 429 page before
/// its handler (and its key derivation) runs.
pub async fn per_ip(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(action) = Action::of(req.method(), req.uri().path()) else {
        return next.run(req).await;
    };
    if !state.config.multi_user {
        return next.run(req).await;
    }
    let Some(peer) = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return next.run(req).await;
    };
    let client = client_ip(peer, req.headers(), &state.config.trusted_proxies);
    match state.limits.check(action, client) {
        Ok(()) => state.limits.one_at_a_time(client, next.run(req)).await,
        Err(wait) => {
            state.metrics.rate_limited(action.label());
            let (mut parts, _body) = req.into_parts();
            let Ok(ctx) = Ctx::from_request_parts(&mut parts, &state).await;
            too_many(&ctx, wait)
        }
    }
}

/// 429 with `Retry-After` (whole seconds, at least 1) and a page that says how many minutes.
fn too_many(ctx: &Ctx, wait: Duration) -> Response {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let secs = secs.max(1);
    let minutes = secs.div_ceil(60);
    let tr = ctx.tr();
    let mut res = ctx.respond(&Page {
        title: tr.t("limit-title"),
        body: html! {
            h1 { (tr.t("limit-title")) }
            p #limit-wait { (tr.t_with("limit-text", &[("minutes", FluentValue::from(minutes))])) }
            p { (tr.t("limit-safe")) }
            p { a.btn.secondary href="/" { (tr.t("diary-home")) } }
        },
        status: StatusCode::TOO_MANY_REQUESTS,
        chrome: Chrome::Standard,
    });
    res.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_str(&secs.to_string()).unwrap_or(HeaderValue::from_static("60")),
    );
    crate::error::no_store(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn forwarded_for_is_read_only_from_a_trusted_peer_rightmost_untrusted_hop() {
        let proxy = ip("10.0.0.2");
        let trusted = [proxy, ip("10.0.0.3")];
        // Untrusted peer: the header is ignored.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &xff("198.51.100.1"), &trusted),
            ip("203.0.113.9")
        );
        // Trusted peer: the rightmost hop that is not a trusted proxy; a spoofed left part is
        // not believed.
        assert_eq!(
            client_ip(proxy, &xff("1.1.1.1, 198.51.100.7, 10.0.0.3"), &trusted),
            ip("198.51.100.7")
        );
        // Ports and brackets as proxies write them.
        assert_eq!(
            client_ip(proxy, &xff("[2001:db8::5]:4711"), &trusted),
            ip("2001:db8::5")
        );
        // Garbage or no header: the peer.
        assert_eq!(client_ip(proxy, &xff("not an address"), &trusted), proxy);
        assert_eq!(client_ip(proxy, &HeaderMap::new(), &trusted), proxy);
        // An IPv4-mapped peer is the same proxy.
        assert_eq!(
            client_ip(ip("::ffff:10.0.0.2"), &xff("198.51.100.8"), &trusted),
            ip("198.51.100.8")
        );
    }

    #[test]
    fn ipv6_is_counted_by_its_64() {
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(bucket(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
    }

    #[test]
    fn limit_allows_count_then_refuses_with_a_wait_and_other_addresses_are_apart() {
        let limits = IpLimits {
            register: Limit::new(3, Duration::from_hours(1)),
            ..IpLimits::default()
        };
        let l = IpLimiter::new(&limits);
        for _ in 0..3 {
            assert!(l.check(Action::Register, ip("192.0.2.1")).is_ok());
        }
        let wait = l.check(Action::Register, ip("192.0.2.1")).unwrap_err();
        assert!(
            wait > Duration::from_secs(1100) && wait <= Duration::from_mins(20),
            "{wait:?}"
        );
        assert!(l.check(Action::Register, ip("192.0.2.2")).is_ok());
        assert!(l.check(Action::Unlock, ip("192.0.2.1")).is_ok());
    }

    #[tokio::test]
    async fn one_request_at_a_time_per_address_and_nothing_kept_after() {
        let l = std::sync::Arc::new(IpLimiter::new(&IpLimits::default()));
        let running = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut tasks = vec![];
        for i in 0..6u8 {
            let (l, running, most) = (l.clone(), running.clone(), most.clone());
            // Four from one address, two from others.
            let client = if i < 4 {
                ip("192.0.2.1")
            } else {
                IpAddr::from([192, 0, 2, 10 + i])
            };
            tasks.push(tokio::spawn(async move {
                l.one_at_a_time(client, async {
                    if i < 4 {
                        let now = running.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                        most.fetch_max(now, std::sync::atomic::Ordering::SeqCst);
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    if i < 4 {
                        running.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                    }
                })
                .await;
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(most.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert_eq!(l.addresses_in_flight(), 0);
    }

    #[test]
    fn invite_codes_match_exactly_and_only_when_invite() {
        let r = Registration::Invite(vec!["river-blue-42".into(), "second".into()]);
        assert!(r.invite_matches("river-blue-42"));
        assert!(r.invite_matches(" second "));
        assert!(!r.invite_matches("river-blue-4"));
        assert!(!r.invite_matches(""));
        assert!(!Registration::Open.invite_matches("second"));
        assert_eq!(format!("{r:?}"), "Invite(2 codes)");
    }
}
