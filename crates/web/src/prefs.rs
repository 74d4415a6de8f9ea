//! The person's preferences, kept in cookies (no account): region and language.
//! Neither is health data. Cookies are `HttpOnly; SameSite=Strict` ([`crate::cookies`]).

use crate::AppState;
use crate::cookies::{Cookies, LANG, REGION};
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use solace_clinical::Region;
use solace_i18n::Lang;
use std::convert::Infallible;

/// Region and language for this request: each from its cookie if set; else the server's
/// configured region, and the language the browser asks for (`Accept-Language`) or the region's.
#[derive(Debug, Clone, Copy)]
pub struct Prefs {
    pub region: Region,
    pub lang: Lang,
    /// Whether the person chose a region (else it is the server's default).
    pub region_chosen: bool,
    /// Whether the language was asked for (the cookie, or a browser asking for another language
    /// than the region's), rather than the region's by default.
    pub lang_asked: bool,
}

impl Prefs {
    pub fn from_headers(headers: &HeaderMap, config: &crate::Config) -> Prefs {
        let cookies = Cookies::for_config(config);
        let chosen = cookies
            .get(headers, REGION)
            .and_then(|v| v.parse::<Region>().ok());
        let region = chosen.unwrap_or(config.default_region);
        // DESIGN.md "Languages": the cookie, else the browser's first supported language, else
        // the region's default. Pages kept per language say `Vary: Accept-Language, Cookie`
        // (crate::middleware), so no shared cache hands one language's page to another.
        let cookie = cookies.get(headers, LANG).and_then(Lang::from_tag);
        let lang = cookie.unwrap_or_else(|| {
            let accept = headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok());
            Lang::negotiate(accept, region)
        });
        Prefs {
            region,
            lang,
            region_chosen: chosen.is_some(),
            lang_asked: cookie.is_some() || lang != Lang::default_for(region),
        }
    }
}

impl FromRequestParts<AppState> for Prefs {
    type Rejection = Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Prefs::from_headers(&parts.headers, &state.config))
    }
}
