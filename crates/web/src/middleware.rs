//! Security headers on every response (DESIGN.md "Web"). The Content-Security-Policy is one
//! string for the whole server: the inline critical CSS is allowed by its SHA-256 hash, not by a
//! per-request nonce, so a page that is the same for everyone can be served as stored bytes
//! ([`crate::page_cache`]). There is no inline script at all.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// `'sha256-…'` of an inline `<style>` or `<script>` body, as a CSP source.
pub fn csp_hash(inline: &str) -> String {
    let digest = Sha256::digest(inline.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy: nothing from another origin, no inline script, and inline style
/// only the critical CSS every page carries (by its hash).
pub fn csp() -> &'static str {
    static POLICY: LazyLock<String> = LazyLock::new(|| {
        format!(
            "default-src 'none'; script-src 'self'; style-src {}; img-src 'self'; \
             font-src 'none'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
             base-uri 'none'; manifest-src 'self'",
            csp_hash(crate::pages::assets::CSS)
        )
    });
    &POLICY
}

pub async fn security_headers(req: Request, next: Next) -> Response {
    static POLICY: LazyLock<HeaderValue> = LazyLock::new(|| HeaderValue::from_static(csp()));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    h.insert(header::CONTENT_SECURITY_POLICY, POLICY.clone());
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(
        h,
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        h,
        header::HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        h,
        header::HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    );
    // Pages can hold health answers: never keep them in a cache that outlives the tab.
    // Static assets set their own Cache-Control, which is kept.
    if !h.contains_key(header::CACHE_CONTROL) {
        set(h, header::CACHE_CONTROL, "no-store");
        // The words follow the language cookie or Accept-Language, and the region cookie: a
        // cache that keeps a page anyway must key it on both (SAFETY.md P13). Static assets,
        // the same for everyone, set their own Cache-Control and do not vary.
        vary_on_language(h);
    }
    res
}

/// Adds `Accept-Language` and `Cookie` to the response's `Vary` (keeping what is there, such as
/// `accept-encoding`).
pub fn vary_on_language(h: &mut axum::http::HeaderMap) {
    let mut names: Vec<String> = h
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    for n in ["accept-language", "cookie"] {
        if !names.iter().any(|x| x == n) {
            names.push(n.to_owned());
        }
    }
    if let Ok(v) = HeaderValue::from_str(&names.join(", ")) {
        h.insert(header::VARY, v);
    }
}

/// Hosted (multi-user) mode runs behind HTTPS: browsers are told to use HTTPS only (HSTS). Its
/// cookies are `Secure` ([`crate::cookies::Cookies`]), so a session secret is never sent over
/// plain HTTP. The local single-user app on <http://127.0.0.1> is left as it is: it has no HTTPS
/// to insist on.
pub async fn hosted_transport(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    res.headers_mut().insert(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static("max-age=31536000"),
    );
    res
}
