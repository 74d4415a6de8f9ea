//! The person's preferences, kept in cookies (no account): region and language.
//! Neither is health data. Cookies are `HttpOnly; SameSite=Strict`.

use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use solace_clinical::Region;
use solace_i18n::Lang;
use std::convert::Infallible;

pub const REGION_COOKIE: &str = "solace_region";
pub const LANG_COOKIE: &str = "solace_lang";
/// A year: the choice of country rarely changes.
const MAX_AGE: u32 = 365 * 24 * 3600;

/// Region and language for this request: cookie if set, else the server's configured region
/// and the language that goes with it.
#[derive(Debug, Clone, Copy)]
pub struct Prefs {
    pub region: Region,
    pub lang: Lang,
    /// Whether the person chose a region (else it is the server's default).
    pub region_chosen: bool,
}

/// The value of one cookie from a `Cookie` header.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl Prefs {
    pub fn from_parts(parts: &Parts, default_region: Region) -> Prefs {
        let chosen = cookie(parts, REGION_COOKIE).and_then(|v| v.parse::<Region>().ok());
        let region = chosen.unwrap_or(default_region);
        let lang = cookie(parts, LANG_COOKIE)
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::default_for(region));
        Prefs {
            region,
            lang,
            region_chosen: chosen.is_some(),
        }
    }
}

impl FromRequestParts<AppState> for Prefs {
    type Rejection = Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Prefs::from_parts(parts, state.config.default_region))
    }
}

/// A `Set-Cookie` value for a preference.
pub fn set_cookie(name: &str, value: &str) -> String {
    format!("{name}={value}; Path=/; Max-Age={MAX_AGE}; HttpOnly; SameSite=Strict")
}
