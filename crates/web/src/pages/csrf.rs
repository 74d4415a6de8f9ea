//! Double-submit CSRF tokens for the forms that change settings: a random 256-bit token in an
//! `HttpOnly; SameSite=Strict` cookie, repeated in a hidden field. A POST is accepted only when
//! the two are equal (and, separately, when any `Origin` header names this host).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub const CSRF_COOKIE: &str = "solace_csrf";
/// The hidden form field that repeats the cookie.
pub const CSRF_FIELD: &str = "csrf";
/// 32 random bytes in unpadded base64url.
const TOKEN_LEN: usize = 43;

/// A fresh token: 256 bits from the operating system.
pub fn fresh() -> String {
    let mut bytes = [0u8; 32];
    // The OS random source failing is not recoverable; a guessable token would defeat the check.
    getrandom::fill(&mut bytes).expect("operating system random source");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a cookie value looks like one of our tokens (anything else is replaced).
pub fn well_formed(token: &str) -> bool {
    token.len() == TOKEN_LEN
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The `Set-Cookie` value: for this browser session only.
pub fn set_cookie(token: &str) -> String {
    format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict")
}

/// Whether the submitted token matches the cookie, comparing every byte.
pub fn matches(cookie: &str, submitted: &str) -> bool {
    well_formed(cookie)
        && cookie.len() == submitted.len()
        && cookie
            .bytes()
            .zip(submitted.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// False when the browser says the request came from another site. Used with the token on
/// every form that changes something.
///
/// With `Referrer-Policy: no-referrer` (set on every response) Chromium sends `Origin: null` on
/// same-origin form posts; then the browser's own `Sec-Fetch-Site: same-origin` decides.
pub fn same_origin(headers: &axum::http::HeaderMap) -> bool {
    use axum::http::{Uri, header};
    if let Some(site) = headers.get("sec-fetch-site")
        && !matches!(site.as_bytes(), b"same-origin" | b"none")
    {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    if origin.as_bytes() == b"null" {
        return headers
            .get("sec-fetch-site")
            .is_some_and(|s| s.as_bytes() == b"same-origin");
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let authority = origin
        .to_str()
        .ok()
        .and_then(|o| o.parse::<Uri>().ok())
        .and_then(|u| u.authority().map(|a| a.as_str().to_owned()));
    match (host, authority) {
        (Some(h), Some(a)) => a.eq_ignore_ascii_case(h),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_fresh_and_well_formed() {
        let a = fresh();
        let b = fresh();
        assert_ne!(a, b);
        assert!(well_formed(&a), "{a}");
        assert!(matches(&a, &a));
        assert!(!matches(&a, &b));
        assert!(!matches(&a, ""));
        assert!(!matches("", ""));
        assert!(!well_formed("short"));
    }
}
