//! Security headers on every response (DESIGN.md "Web"), and the per-request CSP nonce that lets
//! each page carry its critical CSS inline without `unsafe-inline`.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;

/// The nonce for this request's inline `<style>`; read by the page layout.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn fresh() -> CspNonce {
        CspNonce(base64::engine::general_purpose::STANDARD.encode(crate::random_bytes::<16>()))
    }
}

/// The Content-Security-Policy for a nonce. Nothing from another origin, no inline script at all.
pub fn csp(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self'; style-src 'nonce-{nonce}'; img-src 'self'; \
         font-src 'none'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
         base-uri 'none'; manifest-src 'self'"
    )
}

pub async fn security_headers(mut req: Request, next: Next) -> Response {
    let nonce = CspNonce::fresh();
    let policy = csp(&nonce.0);
    req.extensions_mut().insert(nonce);
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    if let Ok(v) = HeaderValue::from_str(&policy) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
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
    }
    res
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
