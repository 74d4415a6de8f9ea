//! What `solace serve` is told at start and checks before it listens.

/// Why an exit address was refused (the message names what was expected).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadExitUrl(&'static str);

/// The longest exit address accepted.
pub const EXIT_URL_MAX: usize = 2000;

/// Checks an address for "Leave this site": an absolute `http://` or `https://` URL with a host,
/// no user name or password, no spaces, at most [`EXIT_URL_MAX`] characters. Returns it as given.
pub fn exit_url(text: &str) -> Result<String, BadExitUrl> {
    const EXPECTED: &str =
        "expected an absolute http:// or https:// address, like https://www.bbc.co.uk/weather";
    if text.len() > EXIT_URL_MAX {
        return Err(BadExitUrl("expected an address of at most 2000 characters"));
    }
    let uri: http::Uri = text.parse().map_err(|_| BadExitUrl(EXPECTED))?;
    let scheme_ok = matches!(uri.scheme_str(), Some("http" | "https"));
    let Some(authority) = uri.authority() else {
        return Err(BadExitUrl(EXPECTED));
    };
    if !scheme_ok || authority.host().is_empty() {
        return Err(BadExitUrl(EXPECTED));
    }
    if authority.as_str().contains('@') {
        return Err(BadExitUrl(
            "expected an address without a user name or password",
        ));
    }
    Ok(text.to_owned())
}
