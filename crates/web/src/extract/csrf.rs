//! Double-submit CSRF tokens for every form that changes something: a random 256-bit token in an
//! `HttpOnly; SameSite=Strict` cookie, repeated in a hidden field. A POST is accepted only when
//! the two are equal and the browser does not say the request came from another site
//! ([`Ctx::csrf_ok`], the one check). [`CsrfForm`] is a form body that passed it.

use super::Ctx;
use super::form::SecretPairs;
use crate::AppState;
use crate::error::PageError;
use crate::hosts::Hosts;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The hidden form field that repeats the cookie.
pub const CSRF_FIELD: &str = "csrf";
/// 32 random bytes in unpadded base64url.
const TOKEN_LEN: usize = 43;

/// A fresh token: 256 bits from the vault's random source.
pub fn fresh() -> String {
    URL_SAFE_NO_PAD.encode(crate::random_bytes::<32>())
}

/// Whether a cookie value looks like one of our tokens (anything else is replaced).
pub fn well_formed(token: &str) -> bool {
    token.len() == TOKEN_LEN
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
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
/// An `Origin` must be exactly this server: the request's own `Host`, which must be one of the
/// allowed [`Hosts`], with the mode's scheme (`http` local, `https` hosted).
///
/// With `Referrer-Policy: no-referrer` (set on every response) Chromium sends `Origin: null` on
/// same-origin form posts; then the browser's own `Sec-Fetch-Site: same-origin` decides.
pub fn same_origin(headers: &axum::http::HeaderMap, hosts: Hosts<'_>) -> bool {
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
    let origin = origin.to_str().ok().and_then(|o| o.parse::<Uri>().ok());
    let (scheme, authority) = origin
        .as_ref()
        .map(|u| {
            (
                u.scheme_str(),
                u.authority().map(axum::http::uri::Authority::as_str),
            )
        })
        .unwrap_or_default();
    match (host, authority) {
        (Some(h), Some(a)) => {
            scheme == Some(hosts.scheme()) && a.eq_ignore_ascii_case(h) && hosts.allows(a)
        }
        _ => false,
    }
}

/// True only when the browser positively says the request came from this site:
/// `Sec-Fetch-Site: same-origin`, or (a browser without it) an `Origin` naming this host. A
/// request that says nothing is not affirmed. Enough on its own only for the forms whose worst
/// forgery is harmless and that every page carries (the language switch): every browser of the
/// last years sends one or the other on a form POST.
pub fn affirmed_same_origin(headers: &axum::http::HeaderMap, hosts: Hosts<'_>) -> bool {
    use axum::http::header;
    if let Some(site) = headers.get("sec-fetch-site") {
        return site.as_bytes() == b"same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    origin.as_bytes() != b"null" && same_origin(headers, hosts)
}

/// The form pairs of a POST body, in the order sent.
pub type Pairs = Vec<(String, String)>;

/// The last value sent for a field (trimmed; `""` when absent).
pub fn last<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.trim())
}

/// A form body (`application/x-www-form-urlencoded`) whose CSRF token and origin were checked.
/// Its pairs are wiped when dropped ([`super::form`]).
#[derive(Debug)]
pub struct CsrfForm(pub SecretPairs);

/// Why a [`CsrfForm`] was refused. As a response: the kind 400 page for a body that is not a
/// form, else the 403 page that says nothing changed.
#[derive(Debug)]
pub struct CsrfRefusal {
    ctx: Box<Ctx>,
    /// The browser said the request came from another site.
    pub cross_site: bool,
    /// The body could not be read as a form: the status the form reader gave.
    pub unreadable: Option<StatusCode>,
    /// The form, when it was read but its token did not match (the language switch carries none).
    pub pairs: Option<SecretPairs>,
}

impl CsrfRefusal {
    /// For the forms that refuse another site's request before reading it (settings, search):
    /// the status of a body from this site that is not a form; `None` when the answer is "refused".
    pub fn unreadable_from_this_site(&self) -> Option<StatusCode> {
        if self.cross_site {
            None
        } else {
            self.unreadable
        }
    }
}

impl IntoResponse for CsrfRefusal {
    fn into_response(self) -> Response {
        match self.unreadable {
            Some(_) => PageError::bad_request(&self.ctx, StatusCode::BAD_REQUEST),
            None => PageError::forbidden(&self.ctx),
        }
        .into_response()
    }
}

impl FromRequest<AppState> for CsrfForm {
    type Rejection = CsrfRefusal;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, CsrfRefusal> {
        let (mut parts, body) = req.into_parts();
        let Ok(ctx) = Ctx::from_request_parts(&mut parts, state).await;
        let req = Request::from_parts(parts, body);
        let refusal = |unreadable| CsrfRefusal {
            ctx: Box::new(ctx.clone()),
            cross_site: ctx.cross_site(),
            unreadable,
            pairs: None,
        };
        let pairs = match super::form::read(req, state).await {
            Ok(pairs) => pairs,
            Err(status) => return Err(refusal(Some(status))),
        };
        if ctx.csrf_ok(last(&pairs, CSRF_FIELD)) {
            Ok(CsrfForm(pairs))
        } else {
            Err(CsrfRefusal {
                pairs: Some(pairs),
                ..refusal(None)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderMap, HeaderValue};

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

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    const LOCAL: Hosts<'static> = Hosts::Local { port: 7878 };

    fn same_origin(h: &HeaderMap) -> bool {
        super::same_origin(h, LOCAL)
    }

    fn affirmed(h: &HeaderMap) -> bool {
        super::affirmed_same_origin(h, LOCAL)
    }

    #[test]
    fn origin_must_name_this_host() {
        assert!(same_origin(&headers(&[])));
        assert!(same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "http://127.0.0.1:7878")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "http://evil.example")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "null")
        ])));
        // Regression: Chromium sends `Origin: null` on same-origin form posts under
        // `Referrer-Policy: no-referrer`; the language switch was refused in real browsers.
        assert!(same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "null"),
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "null"),
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!same_origin(&headers(&[(
            "origin",
            "http://127.0.0.1:7878"
        )])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
    }

    #[test]
    fn origin_must_be_an_allowed_host_with_the_modes_scheme() {
        // A Host that slipped past the host check still does not make its own origin ours.
        assert!(!same_origin(&headers(&[
            ("host", "evil.example:7878"),
            ("origin", "http://evil.example:7878")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "https://127.0.0.1:7878")
        ])));
        assert!(same_origin(&headers(&[
            ("host", "localhost:7878"),
            ("origin", "http://localhost:7878")
        ])));
        // Another of this computer's names is another origin.
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "http://localhost:7878")
        ])));
        let hosted = Hosts::Public("diary.example.org");
        assert!(super::same_origin(
            &headers(&[
                ("host", "diary.example.org"),
                ("origin", "https://diary.example.org")
            ]),
            hosted
        ));
        assert!(!super::same_origin(
            &headers(&[
                ("host", "diary.example.org"),
                ("origin", "http://diary.example.org")
            ]),
            hosted
        ));
        assert!(!super::same_origin(
            &headers(&[
                ("host", "127.0.0.1:7878"),
                ("origin", "http://127.0.0.1:7878")
            ]),
            hosted
        ));
    }

    #[test]
    fn only_a_browser_that_says_so_affirms_the_same_origin() {
        assert!(!affirmed(&headers(&[])));
        assert!(!affirmed(&headers(&[("host", "127.0.0.1:7878")])));
        assert!(affirmed(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!affirmed(&headers(&[("sec-fetch-site", "none")])));
        assert!(!affirmed(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(affirmed(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "http://127.0.0.1:7878")
        ])));
        assert!(!affirmed(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "null")
        ])));
        assert!(!affirmed(&headers(&[
            ("host", "127.0.0.1:7878"),
            ("origin", "http://evil.example")
        ])));
    }
}
