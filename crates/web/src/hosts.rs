//! The hosts this server answers to, checked before routing.
//!
//! A page on `evil.example` can point its own name at 127.0.0.1 (DNS rebinding): the browser then
//! sends its requests to the local app, with `Host: evil.example:7878`, and treats the answers as
//! that page's own, so the same-origin rules no longer protect the diary. The local app therefore
//! answers only to the names of this computer on the port it listens on — `127.0.0.1`,
//! `localhost` and `[::1]` — and a hosted server only to its `--public-host`. Anything else
//! (a missing `Host` too) gets `421 Misdirected Request` with an empty body, before any route,
//! cookie or form is looked at. The CSRF `Origin` check ([`crate::extract::csrf::same_origin`])
//! accepts exactly these hosts, with the scheme of the mode (`http` local, `https` hosted).

use crate::Config;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The names the local app answers to (with its port).
const LOCAL_NAMES: [&str; 3] = ["127.0.0.1", "localhost", "[::1]"];

/// Which `Host` values a server accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hosts<'a> {
    /// The local single-user app: this computer's names on the port it listens on.
    Local { port: u16 },
    /// A hosted server: its public host name (with a port when it is not the default one).
    Public(&'a str),
    /// A hosted server started without a public host: nothing is served (the CLI refuses to
    /// start so; an app made in code without one fails closed).
    Nothing,
}

impl<'a> Hosts<'a> {
    pub fn of(config: &'a Config) -> Hosts<'a> {
        if config.multi_user {
            config
                .public_host
                .as_deref()
                .map_or(Hosts::Nothing, Hosts::Public)
        } else {
            Hosts::Local {
                port: config.local_port,
            }
        }
    }

    /// Whether a `Host` (or an origin's authority) names this server. Names are compared
    /// without regard to case, as DNS does; nothing else is loosened (no trailing dot, no
    /// userinfo, no other port).
    pub fn allows(self, authority: &str) -> bool {
        match self {
            Hosts::Local { port } => {
                let (name, given_port) = split_port(authority);
                let port_ok = match given_port {
                    Some(p) => {
                        p.bytes().all(|b| b.is_ascii_digit())
                            && !p.starts_with('0')
                            && p.parse::<u16>().is_ok_and(|p| p == port)
                    }
                    // A browser leaves out port 80 for http.
                    None => port == 80,
                };
                port_ok && LOCAL_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
            }
            Hosts::Public(host) => authority.eq_ignore_ascii_case(host),
            Hosts::Nothing => false,
        }
    }

    /// The scheme a browser's `Origin` must have: the local app is plain HTTP on this computer,
    /// a hosted server is HTTPS (behind its proxy).
    pub fn scheme(self) -> &'static str {
        match self {
            Hosts::Local { .. } => "http",
            Hosts::Public(_) | Hosts::Nothing => "https",
        }
    }
}

/// Checks `--public-host`: a host name (or an IP address, IPv6 in brackets) with an optional
/// port, as a browser sends it in `Host` — no scheme, path, user name or trailing dot. Returns
/// it in lower case.
pub fn public_host(text: &str) -> Result<String, &'static str> {
    const EXPECTED: &str = "expected the host name people type, with a port only when it is not \
                            443, like diary.example.org (no https://, no path)";
    let text = text.trim().to_ascii_lowercase();
    let (name, port) = split_port(&text);
    let name_ok = if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        inner.parse::<std::net::Ipv6Addr>().is_ok()
    } else {
        !name.is_empty()
            && name.len() <= 253
            && name.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    };
    let port_ok = port.is_none_or(|p| {
        p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0') && p.parse::<u16>().is_ok()
    });
    if name_ok && port_ok {
        Ok(text)
    } else {
        Err(EXPECTED)
    }
}

/// `name` and `port` of an authority (`[::1]:7878` → `[::1]`, `7878`).
fn split_port(authority: &str) -> (&str, Option<&str>) {
    let after_name = if authority.starts_with('[') {
        authority.find(']').map_or(authority.len(), |i| i + 1)
    } else {
        authority.find(':').unwrap_or(authority.len())
    };
    let (name, rest) = authority.split_at(after_name);
    match rest.strip_prefix(':') {
        Some(port) => (name, Some(port)),
        None if rest.is_empty() => (name, None),
        // Something after the name that is not a port: never one of ours.
        None => ("", None),
    }
}

/// Whether every name the request gives for its target is allowed: each `Host` header and the
/// authority of an absolute request target (which HTTP/1.1 says wins over `Host`). A request
/// that names no host at all is refused too.
pub fn request_allowed(hosts: Hosts<'_>, req: &Request) -> bool {
    let mut named = false;
    for value in req.headers().get_all(header::HOST) {
        named = true;
        if !value.to_str().is_ok_and(|h| hosts.allows(h)) {
            return false;
        }
    }
    if let Some(authority) = req.uri().authority() {
        named = true;
        if !hosts.allows(authority.as_str()) {
            return false;
        }
    }
    named
}

/// The layer: a request for another host gets `421 Misdirected Request` and an empty body.
pub async fn only_our_hosts(
    State(config): State<Arc<Config>>,
    req: Request,
    next: Next,
) -> Response {
    if request_allowed(Hosts::of(&config), &req) {
        next.run(req).await
    } else {
        (StatusCode::MISDIRECTED_REQUEST, Body::empty()).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_accepts_this_computers_names_on_its_own_port_only() {
        let h = Hosts::Local { port: 7878 };
        for ok in [
            "127.0.0.1:7878",
            "localhost:7878",
            "LOCALHOST:7878",
            "[::1]:7878",
        ] {
            assert!(h.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example:7878",
            "127.0.0.1",
            "127.0.0.1:7879",
            "127.0.0.1:07878",
            "127.0.0.1:+7878",
            "localhost.:7878",
            "127.0.0.2:7878",
            "[::1]",
            "[::2]:7878",
            "user@127.0.0.1:7878",
            "127.0.0.1:7878:7878",
            "127.0.0.1.evil.example:7878",
            "",
        ] {
            assert!(!h.allows(bad), "{bad}");
        }
        let on_80 = Hosts::Local { port: 80 };
        assert!(on_80.allows("localhost"));
        assert!(on_80.allows("localhost:80"));
        assert!(!on_80.allows("localhost:8080"));
    }

    #[test]
    fn hosted_accepts_its_public_host_only_and_nothing_without_one() {
        let h = Hosts::Public("diary.example.org");
        assert!(h.allows("diary.example.org"));
        assert!(h.allows("Diary.Example.org"));
        assert!(!h.allows("127.0.0.1:7878"));
        assert!(!h.allows("localhost"));
        assert!(!h.allows("evil.diary.example.org"));
        assert!(!h.allows("diary.example.org:8443"));
        assert!(!Hosts::Nothing.allows("diary.example.org"));
        assert!(!Hosts::Nothing.allows("127.0.0.1:7878"));
        assert_eq!(h.scheme(), "https");
        assert_eq!(Hosts::Local { port: 1 }.scheme(), "http");
    }

    #[test]
    fn a_public_host_is_a_bare_host_name_with_an_optional_port() {
        assert_eq!(
            public_host("Diary.Example.org").as_deref(),
            Ok("diary.example.org")
        );
        assert!(public_host("diary.example.org:8443").is_ok());
        assert!(public_host("[2001:db8::1]:8443").is_ok());
        assert!(public_host("192.0.2.1").is_ok());
        for bad in [
            "",
            "https://diary.example.org",
            "diary.example.org/",
            "diary.example.org.",
            "user@diary.example.org",
            "diary.example.org:0",
            "diary.example.org:99999",
            "diary..example.org",
            "-diary.example.org",
            "diary example.org",
            "[not-ipv6]",
        ] {
            assert!(public_host(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_name_in_a_request_must_be_allowed_and_one_must_be_given() {
        let h = Hosts::Local { port: 7878 };
        let req = |uri: &str, hosts: &[&str]| {
            let mut b = Request::builder().uri(uri);
            for v in hosts {
                b = b.header(header::HOST, *v);
            }
            b.body(Body::empty()).unwrap()
        };
        assert!(request_allowed(h, &req("/", &["127.0.0.1:7878"])));
        assert!(!request_allowed(h, &req("/", &[])));
        assert!(!request_allowed(h, &req("/", &["evil.example:7878"])));
        assert!(!request_allowed(
            h,
            &req("/", &["127.0.0.1:7878", "evil.example:7878"])
        ));
        assert!(!request_allowed(
            h,
            &req("http://evil.example:7878/", &["127.0.0.1:7878"])
        ));
        assert!(request_allowed(
            h,
            &req("http://localhost:7878/diary", &["localhost:7878"])
        ));
    }
}
