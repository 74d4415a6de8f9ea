//! The one place cookies are read and written.
//!
//! Solace keeps four cookies, none of them health data: the region and language the person chose
//! (a year), the CSRF token and the diary session secret (both for this browser session only).
//! Every one is `Path=/; HttpOnly; SameSite=Strict`. In hosted (multi-user) mode every one is
//! also `Secure`, so a session secret is never sent over plain HTTP, and carries the `__Host-`
//! prefix (`__Host-solace_session`): a browser accepts such a cookie only from this exact host,
//! over HTTPS, with `Path=/` and no `Domain`, so a sibling subdomain or an injected plain-HTTP
//! response cannot plant one. Hosted mode reads only the prefixed names. The local single-user
//! app on <http://127.0.0.1> has no HTTPS to insist on, so there both are left out.
//!
//! A request that carries more than one diary session cookie (the same name twice, or prefixed
//! and unprefixed) was given one by someone else: [`session_values`] lets the session extractor
//! treat it as locked and clear them all ([`Cookies::remove_session`]).

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use std::borrow::Cow;
use std::fmt::Write as _;

/// The region the person chose (`uk`, `us`, …).
pub const REGION: &str = "solace_region";
/// The language the person chose (`en-GB`, `en-US`, `es`); absent: it follows the region.
pub const LANG: &str = "solace_lang";
/// The double-submit CSRF token (see [`crate::extract::csrf`]).
pub const CSRF: &str = "solace_csrf";
/// The diary session's 256-bit secret (64 hex digits).
pub const SESSION: &str = "solace_session";

/// The prefix of every hosted cookie's name.
pub const HOST_PREFIX: &str = "__Host-";

/// A year: the choice of country rarely changes.
const YEAR: u32 = 365 * 24 * 3600;

/// Every `(name, value)` pair in the request's `Cookie` headers, in the order sent.
fn pairs(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
}

/// Every value sent for the diary session under either name (`solace_session` or
/// `__Host-solace_session`), in the order sent. More than one means a cookie was planted.
pub fn session_values(headers: &HeaderMap) -> Vec<(&str, &str)> {
    pairs(headers)
        .filter(|(k, _)| *k == SESSION || k.strip_prefix(HOST_PREFIX) == Some(SESSION))
        .collect()
}

/// How long a cookie lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Until the browser closes (no `Max-Age`): the CSRF token and the diary session.
    Browser,
    /// A year: the person's region and language.
    Year,
    /// Deleted now (`Max-Age=0`, empty value).
    Remove,
}

/// The cookie reader and builder: knows whether this server is hosted (every cookie `Secure`,
/// named with the `__Host-` prefix) or local.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cookies {
    pub hosted: bool,
}

impl Cookies {
    /// The builder for a server: hosted (multi-user) mode runs behind HTTPS.
    pub fn for_config(config: &crate::Config) -> Cookies {
        Cookies {
            hosted: config.multi_user,
        }
    }

    /// The name a cookie has on this server (`__Host-solace_csrf` when hosted).
    pub fn name(self, base: &str) -> Cow<'_, str> {
        if self.hosted {
            Cow::Owned(format!("{HOST_PREFIX}{base}"))
        } else {
            Cow::Borrowed(base)
        }
    }

    /// The value of the first cookie called `base` (by this server's name for it) in the
    /// request's `Cookie` headers. A hosted server never reads an unprefixed one.
    pub fn get<'a>(self, headers: &'a HeaderMap, base: &str) -> Option<&'a str> {
        let name = self.name(base);
        pairs(headers).find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The `Set-Cookie` value.
    pub fn header(self, base: &str, value: &str, lifetime: Lifetime) -> String {
        Self::header_named(&self.name(base), value, lifetime, self.hosted)
    }

    fn header_named(name: &str, value: &str, lifetime: Lifetime, secure: bool) -> String {
        let (value, max_age) = match lifetime {
            Lifetime::Browser => (value, None),
            Lifetime::Year => (value, Some(YEAR)),
            Lifetime::Remove => ("", Some(0)),
        };
        let mut out = format!("{name}={value}; Path=/");
        if let Some(age) = max_age {
            let _ = write!(out, "; Max-Age={age}");
        }
        out.push_str("; HttpOnly; SameSite=Strict");
        if secure {
            out.push_str("; Secure");
        }
        out
    }

    fn append(res: &mut Response, value: &str) {
        // A value that cannot be a header (never one of ours) is left out.
        if let Ok(v) = HeaderValue::from_str(value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }

    /// Adds the cookie to `res`.
    pub fn set(self, res: &mut Response, base: &str, value: &str, lifetime: Lifetime) {
        Self::append(res, &self.header(base, value, lifetime));
    }

    /// Tells the browser to delete the cookie.
    pub fn remove(self, res: &mut Response, base: &str) {
        self.set(res, base, "", Lifetime::Remove);
    }

    /// Tells the browser to delete the diary session cookie; a hosted server also deletes an
    /// unprefixed one someone may have planted (host-only with `Path=/`: a planted cookie with
    /// its own `Domain` or `Path` is another cookie, which no server can name to delete — it
    /// keeps the diary locked until it expires, see [`session_values`]).
    pub fn remove_session(self, res: &mut Response) {
        self.remove(res, SESSION);
        if self.hosted {
            Self::append(
                res,
                &Self::header_named(SESSION, "", Lifetime::Remove, true),
            );
        }
    }
}

/// Whether a response sets or removes any cookie (the page cache keeps no such page).
pub fn sets_any(headers: &HeaderMap) -> bool {
    headers.contains_key(header::SET_COOKIE)
}

impl Cookies {
    /// Puts these cookies (base names, named as this server names them) on a request the server
    /// makes itself (the page cache renders a kept page from one).
    pub fn put_in_request(self, headers: &mut HeaderMap, cookies: &[(&str, &str)]) {
        let line = cookies
            .iter()
            .map(|(base, value)| format!("{}={value}", self.name(base)))
            .collect::<Vec<_>>()
            .join("; ");
        if let Ok(v) = HeaderValue::from_str(&line) {
            headers.insert(header::COOKIE, v);
        }
    }
}

/// Copies the cookies `from` sets onto `to` (a page that answers in place of another keeps what
/// that one said about the cookies).
pub fn copy(from: &Response, to: &mut Response) {
    for v in from.headers().get_all(header::SET_COOKIE) {
        to.headers_mut().append(header::SET_COOKIE, v.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cookie_is_strict_and_http_only_and_secure_and_host_prefixed_when_hosted() {
        let local = Cookies { hosted: false };
        let hosted = Cookies { hosted: true };
        assert_eq!(
            local.header(CSRF, "t", Lifetime::Browser),
            "solace_csrf=t; Path=/; HttpOnly; SameSite=Strict"
        );
        assert_eq!(
            local.header(REGION, "us", Lifetime::Year),
            "solace_region=us; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict"
        );
        assert_eq!(
            hosted.header(SESSION, "abc", Lifetime::Remove),
            "__Host-solace_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
        );
        assert_eq!(
            hosted.header(REGION, "us", Lifetime::Year),
            "__Host-solace_region=us; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict; Secure"
        );
    }

    fn cookie_headers(values: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(header::COOKIE, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn reads_the_first_cookie_of_that_name_across_headers() {
        let h = cookie_headers(&["a=1; solace_lang=es", "solace_lang=en-US; b="]);
        let local = Cookies { hosted: false };
        assert_eq!(local.get(&h, LANG), Some("es"));
        assert_eq!(local.get(&h, "b"), Some(""));
        assert_eq!(local.get(&h, "solace"), None);
    }

    #[test]
    fn hosted_reads_only_prefixed_names_and_local_only_plain_ones() {
        let h = cookie_headers(&["solace_lang=es; __Host-solace_lang=en-US"]);
        assert_eq!(Cookies { hosted: true }.get(&h, LANG), Some("en-US"));
        assert_eq!(Cookies { hosted: false }.get(&h, LANG), Some("es"));
        let only_plain = cookie_headers(&["solace_session=abc"]);
        assert_eq!(Cookies { hosted: true }.get(&only_plain, SESSION), None);
    }

    #[test]
    fn every_session_cookie_is_seen_under_either_name() {
        let h = cookie_headers(&[
            "solace_session=a; x=1",
            "__Host-solace_session=b; solace_sessionx=c; solace_session=d",
        ]);
        assert_eq!(
            session_values(&h),
            vec![
                ("solace_session", "a"),
                ("__Host-solace_session", "b"),
                ("solace_session", "d")
            ]
        );
    }

    #[test]
    fn removing_a_hosted_session_removes_both_names() {
        let mut res = Response::new(axum::body::Body::empty());
        Cookies { hosted: true }.remove_session(&mut res);
        let set: Vec<_> = res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            set,
            vec![
                "__Host-solace_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure",
                "solace_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
            ]
        );
    }

    /// Cookies are read and set in this module only: a page that wrote its own `Set-Cookie`
    /// could forget `Secure` or the `__Host-` prefix in hosted mode, and one that read `Cookie`
    /// itself could take a planted unprefixed cookie.
    #[test]
    fn no_other_module_reads_or_sets_a_cookie() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = vec![];
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.file_name().is_some_and(|n| n != "cookies.rs")
                    && std::fs::read_to_string(&path)
                        .is_ok_and(|t| t.contains("SET_COOKIE") || t.contains("header::COOKIE"))
                {
                    offenders.push(path.display().to_string());
                }
            }
        }
        assert!(offenders.is_empty(), "{offenders:?}");
    }
}
