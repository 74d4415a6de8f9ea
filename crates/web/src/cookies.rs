//! The one place cookies are read and written.
//!
//! Solace keeps four cookies, none of them health data: the region and language the person chose
//! (a year), the CSRF token and the diary session secret (both for this browser session only).
//! Every one is `Path=/; HttpOnly; SameSite=Strict`; in hosted (multi-user) mode every one is also
//! `Secure`, so a session secret is never sent over plain HTTP. The local single-user app on
//! <http://127.0.0.1> has no HTTPS to insist on, so there it is left out.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use std::fmt::Write as _;

/// The region the person chose (`uk`, `us`, …).
pub const REGION: &str = "solace_region";
/// The language the person chose (`en-GB`, `en-US`, `es`); absent: it follows the region.
pub const LANG: &str = "solace_lang";
/// The double-submit CSRF token (see [`crate::extract::csrf`]).
pub const CSRF: &str = "solace_csrf";
/// The diary session's 256-bit secret (64 hex digits).
pub const SESSION: &str = "solace_session";

/// A year: the choice of country rarely changes.
const YEAR: u32 = 365 * 24 * 3600;

/// The value of the first cookie called `name` in the request's `Cookie` headers.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
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

/// The cookie builder: knows whether this server is hosted (every cookie `Secure`) or local.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cookies {
    pub secure: bool,
}

impl Cookies {
    /// The builder for a server: hosted (multi-user) mode runs behind HTTPS.
    pub fn for_config(config: &crate::Config) -> Cookies {
        Cookies {
            secure: config.multi_user,
        }
    }

    /// The `Set-Cookie` value.
    pub fn header(self, name: &str, value: &str, lifetime: Lifetime) -> String {
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
        if self.secure {
            out.push_str("; Secure");
        }
        out
    }

    /// Adds the cookie to `res`. A value that cannot be a header (never one of ours) is left out.
    pub fn set(self, res: &mut Response, name: &str, value: &str, lifetime: Lifetime) {
        if let Ok(v) = HeaderValue::from_str(&self.header(name, value, lifetime)) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }

    /// Tells the browser to delete the cookie.
    pub fn remove(self, res: &mut Response, name: &str) {
        self.set(res, name, "", Lifetime::Remove);
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
    fn every_cookie_is_strict_and_http_only_and_secure_when_hosted() {
        let local = Cookies { secure: false };
        let hosted = Cookies { secure: true };
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
            "solace_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
        );
    }

    #[test]
    fn reads_the_first_cookie_of_that_name_across_headers() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; solace_lang=es"),
        );
        h.append(
            header::COOKIE,
            HeaderValue::from_static("solace_lang=en-US; b="),
        );
        assert_eq!(get(&h, LANG), Some("es"));
        assert_eq!(get(&h, "b"), Some(""));
        assert_eq!(get(&h, "solace"), None);
    }

    /// Cookies are set in this module only: a page that wrote its own `Set-Cookie` could forget
    /// `Secure` in hosted mode.
    #[test]
    fn no_other_module_sets_a_cookie() {
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
                        .unwrap()
                        .contains("SET_COOKIE, ")
                {
                    offenders.push(path.display().to_string());
                }
            }
        }
        assert!(offenders.is_empty(), "{offenders:?}");
    }
}
