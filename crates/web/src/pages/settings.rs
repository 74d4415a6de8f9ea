//! `/settings`: where the person is (which sets the emergency number and service names) and the
//! language. Kept in cookies on this device; no account.
//!
//! The POST changes state, so it needs both a matching double-submit CSRF token and, when the
//! browser sends `Origin` (or `Sec-Fetch-Site`), a same-origin request. The language switch in
//! every page's header is this same form with only `lang` and a page to go `back` to, and no
//! token, so that those pages are the same for everyone (`crate::page_cache`): a switch without
//! the token is accepted only when the browser positively says it came from this site
//! ([`Ctx::same_origin_affirmed`]). The worst a forged switch could do is change the language.

use super::{Chrome, Ctx, Page, bad_request, lang_name_id, region_name_id};
use crate::cookies::{LANG, Lifetime, REGION};
use crate::extract::csrf::last;
use crate::extract::{CsrfForm, CsrfRefusal};
use crate::prefs::Prefs;
use crate::view::forms::csrf_field;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use maud::html;
use solace_clinical::Region;
use solace_i18n::Lang;

/// Pages the language switch may return to (never an address from the request as such).
const BACK: &[&str] = &["/", "/check", "/learn", "/settings"];
/// The language option that follows the region.
const LANG_AUTO: &str = "auto";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    None,
    Saved,
    /// The CSRF or origin check failed: nothing changed.
    Forbidden,
    /// A value that is not one of the choices.
    Invalid,
}

pub async fn get(ctx: Ctx, uri: Uri) -> Response {
    let saved = uri
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == "saved=1"));
    let notice = if saved { Notice::Saved } else { Notice::None };
    page(&ctx, notice, StatusCode::OK)
}

pub async fn post(ctx: Ctx, form: Result<CsrfForm, CsrfRefusal>) -> Response {
    // A request from another site is refused before its body is read.
    let pairs = match form {
        Ok(CsrfForm(pairs)) => pairs,
        Err(CsrfRefusal {
            pairs: Some(pairs),
            cross_site: false,
            ..
        }) if ctx.same_origin_affirmed() && language_switch(&pairs) => pairs,
        Err(refused) => {
            return match refused.unreadable_from_this_site() {
                Some(status) => bad_request(&ctx, status),
                None => page(&ctx, Notice::Forbidden, StatusCode::FORBIDDEN),
            };
        }
    };
    let value = |name: &str| Some(last(&pairs, name)).filter(|v| !v.is_empty());
    let region = match value("region").map(str::parse::<Region>) {
        None => None,
        Some(Ok(r)) => Some(r),
        Some(Err(_)) => return page(&ctx, Notice::Invalid, StatusCode::UNPROCESSABLE_ENTITY),
    };
    // Some(None): follow the region. Some(Some(lang)): this language.
    let lang = match value("lang") {
        None => None,
        Some(LANG_AUTO) => Some(None),
        Some(tag) => match Lang::from_tag(tag) {
            Some(l) => Some(Some(l)),
            None => return page(&ctx, Notice::Invalid, StatusCode::UNPROCESSABLE_ENTITY),
        },
    };
    let location = match value("back") {
        Some(b) if BACK.contains(&b) => b,
        _ => "/settings?saved=1",
    };
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    let cookies = ctx.cookies();
    if let Some(r) = region {
        cookies.set(&mut res, REGION, r.id(), Lifetime::Year);
    }
    match lang {
        Some(Some(l)) => cookies.set(&mut res, LANG, l.tag(), Lifetime::Year),
        Some(None) => cookies.remove(&mut res, LANG),
        None => {}
    }
    res
}

/// The header's language switch: a language and a page to go back to, nothing else.
fn language_switch(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .all(|(k, _)| matches!(k.as_str(), "lang" | "back" | crate::extract::CSRF_FIELD))
        && pairs.iter().any(|(k, _)| k == "lang")
}

fn page(ctx: &Ctx, notice: Notice, status: StatusCode) -> Response {
    let tr = ctx.tr();
    let Prefs { region, lang, .. } = ctx.prefs;
    let title = if notice == Notice::Forbidden {
        tr.t("settings-forbidden-title")
    } else {
        tr.t("settings-title")
    };
    let body = html! {
        h1 { (tr.t("settings-heading")) }
        @match notice {
            Notice::Saved => p #saved .ok role="status" { (tr.t("settings-saved")) },
            Notice::Forbidden => div #forbidden .note role="alert" {
                h2 { (tr.t("settings-forbidden-title")) }
                p { (tr.t("settings-forbidden")) }
            },
            Notice::Invalid => div #error-summary role="alert" tabindex="-1" {
                p { (tr.t("settings-invalid")) }
            },
            Notice::None => {},
        }
        p { (tr.t("settings-intro")) }
        form #settings-form method="post" action="/settings" {
            (csrf_field(ctx))
            fieldset.q #q-region {
                legend { (tr.t("settings-region")) }
                p.hint { (tr.t("settings-region-hint")) }
                @for (i, r) in Region::ALL.into_iter().enumerate() {
                    label.opt {
                        input type="radio" name="region" value=(r.id())
                            id=(if i == 0 { "field-region".to_owned() } else { format!("field-region-{}", r.id()) })
                            checked[r == region];
                        span {
                            (tr.t(region_name_id(r)))
                            br;
                            small { (tr.t_with("settings-emergency", &[("dial", FluentValue::from(tr.phone(r.emergency_number())))])) }
                        }
                    }
                }
            }
            fieldset.q #q-lang {
                legend { (tr.t("settings-lang")) }
                label.opt {
                    input type="radio" name="lang" value=(LANG_AUTO) id="field-lang" checked[!ctx.lang_chosen];
                    span { (tr.t("settings-lang-auto")) }
                }
                @for l in Lang::ALL {
                    label.opt {
                        input type="radio" name="lang" value=(l.tag()) id={ "field-lang-" (l.tag()) }
                            checked[ctx.lang_chosen && l == lang];
                        span lang=(l.tag()) { (tr.t(lang_name_id(l))) }
                    }
                }
            }
            p { button #settings-save .btn.primary type="submit" { (tr.t("settings-save")) } }
        }
        p.hint { (tr.t("settings-privacy")) }
    };
    ctx.respond(&Page {
        title,
        body,
        status,
        chrome: Chrome::Standard,
    })
}
