//! Reading a form body (`application/x-www-form-urlencoded`) into pairs that are wiped when
//! dropped: the passphrases, recovery codes and diary notes typed into a form live in
//! [`Zeroizing`] strings, decoded with one allocation per value (no intermediate copies), and the
//! collected body is wiped after parsing when Solace holds the only reference to it.
//!
//! What this does not reach: the bytes hyper read from the socket (its connection buffer, which
//! a one-chunk body shares, so the collected copy cannot be wiped then), the kernel's socket
//! buffers, and copies a handler makes on purpose — a [`solace_store::Passphrase`] is zeroized on
//! drop itself; words shown back in a page go into the response body, which hyper owns.

use super::csrf::Pairs;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, Method, StatusCode, header};
use zeroize::{Zeroize, Zeroizing};

/// The form pairs of a request, wiped on drop.
pub type SecretPairs = Zeroizing<Pairs>;

/// The pairs of a form: the body of a POST (which must say it is a form: else 415), the query of
/// a GET. The body limit of the app ([`crate::BODY_LIMIT`]) applies (413).
pub async fn read(req: Request, state: &AppState) -> Result<SecretPairs, StatusCode> {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return Ok(parse(req.uri().query().unwrap_or("").as_bytes()));
    }
    if !is_form(req.headers()) {
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    let body = Bytes::from_request(req, state)
        .await
        .map_err(|rejection| rejection.status())?;
    let pairs = parse(&body);
    wipe(body);
    Ok(pairs)
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| {
            m.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// Zeroes the body's bytes when this is the only reference to them (a body that came in several
/// chunks was copied into a buffer of its own; a one-chunk body still shares hyper's).
fn wipe(body: Bytes) {
    if let Ok(mut owned) = body.try_into_mut() {
        owned.as_mut().zeroize();
    }
}

/// `a=1&b=two+words&c=%C3%A9` into pairs, as browsers encode forms and as `serde_urlencoded`
/// reads them: `+` is a space, `%XX` a byte (a malformed one is kept as typed), bytes that are
/// not UTF-8 become U+FFFD, a name without `=` has an empty value, empty parts are skipped.
pub fn parse(input: &[u8]) -> SecretPairs {
    let mut pairs = Zeroizing::new(Vec::new());
    for part in input.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        let (name, value) = match part.iter().position(|b| *b == b'=') {
            Some(i) => part.split_at(i),
            None => (part, &b"="[..]),
        };
        let value = value.get(1..).unwrap_or_default();
        pairs.push((decode(name), decode(value)));
    }
    pairs
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// One value, decoded into a single buffer that becomes the `String` (not copied again).
fn decode(raw: &[u8]) -> String {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        match b {
            b'+' => out.push(b' '),
            b'%' => match (
                tail.first().copied().and_then(hex),
                tail.get(1).copied().and_then(hex),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    rest = tail.get(2..).unwrap_or_default();
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
    }
    match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) => {
            let mut bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            bytes.zeroize();
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Vec<(String, String)> {
        parse(s.as_bytes()).to_vec()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn reads_forms_as_browsers_send_them() {
        assert_eq!(
            p("csrf=abc&passphrase=blue+kettle+quiet+river&note=caf%C3%A9%21"),
            pairs(&[
                ("csrf", "abc"),
                ("passphrase", "blue kettle quiet river"),
                ("note", "café!")
            ])
        );
        assert_eq!(
            p("a&&b=&=c&d=1=2"),
            pairs(&[("a", ""), ("b", ""), ("", "c"), ("d", "1=2")])
        );
        assert_eq!(
            p("x=%2&y=%zz&z=100%"),
            pairs(&[("x", "%2"), ("y", "%zz"), ("z", "100%")])
        );
        assert_eq!(p("x=%2B%20+"), pairs(&[("x", "+  ")]));
        assert_eq!(p("x=%FF"), pairs(&[("x", "\u{FFFD}")]));
        assert_eq!(p(""), pairs(&[]));
    }

    /// The reader agrees with the one axum's `Form` uses, on any input.
    #[test]
    fn agrees_with_serde_urlencoded() {
        use proptest::prelude::*;
        proptest!(|(input in "[a-z=&+%0-9A-F\u{e9} ]{0,40}")| {
            let ours = p(&input);
            let theirs: Vec<(String, String)> = serde_urlencoded::from_str(&input).unwrap();
            prop_assert_eq!(ours, theirs);
        });
    }
}
