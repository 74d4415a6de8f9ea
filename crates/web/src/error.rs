//! The failure pages every part of the site shares, as one type that is a response: a form body
//! that could not be read (400), a form whose token or origin failed (403, nothing changed), a
//! page that is not there (404), no diary store (503), the store failing (500). Each says what
//! happened kindly and never names what was typed or stored.
//!
//! Handlers return `Result<Response, PageError>` and use `?`; an extractor that refuses a request
//! answers with one. A page-specific answer (the unlock form, a form sent back with its problems)
//! becomes one with `PageError::from(response)`.

use crate::extract::Ctx;
use crate::view::{Chrome, Page};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;

/// A response that ends a handler early.
#[derive(Debug)]
pub struct PageError(Box<Response>);

impl From<Response> for PageError {
    fn from(res: Response) -> Self {
        PageError(Box::new(res))
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl PageError {
    /// A kind page for a request we could not read (a form body that is not a form).
    pub fn bad_request(ctx: &Ctx, status: StatusCode) -> PageError {
        let tr = ctx.tr();
        ctx.respond(&Page {
            title: tr.t("bad-request-title"),
            body: html! {
                h1 { (tr.t("bad-request-title")) }
                p { (tr.t("bad-request-text")) }
                p { a.btn.secondary href="/check" { (tr.t("nav-check")) } }
            },
            status,
            chrome: Chrome::Standard,
        })
        .into()
    }

    /// The kind 404 page, with the full layout.
    pub fn not_found(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        ctx.respond(&Page {
            title: tr.t("notfound-title"),
            body: html! {
                h1 { (tr.t("notfound-heading")) }
                p { (tr.t("notfound-text")) }
                p { a.btn.secondary href="/" { (tr.t("notfound-home")) } }
                p { a href="/check" { (tr.t("nav-check")) } }
            },
            status: StatusCode::NOT_FOUND,
            chrome: Chrome::Standard,
        })
        .into()
    }

    /// 403: the form could not be checked (its token or origin), nothing changed.
    pub fn forbidden(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        ctx.respond(&Page {
            title: tr.t("diary-forbidden-title"),
            body: html! {
                h1 { (tr.t("diary-forbidden-title")) }
                p { (tr.t("diary-forbidden-text")) }
                p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
            },
            status: StatusCode::FORBIDDEN,
            chrome: Chrome::Standard,
        })
        .into()
    }

    /// 503: this server keeps no diary.
    pub fn no_store(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        ctx.respond(&Page {
            title: tr.t("diary-title"),
            body: html! {
                h1 { (tr.t("diary-heading")) }
                p { (tr.t("diary-no-store")) }
            },
            status: StatusCode::SERVICE_UNAVAILABLE,
            chrome: Chrome::Standard,
        })
        .into()
    }

    /// 500: the store failed. Says nothing about what was stored.
    pub fn store_error(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        ctx.respond(&Page {
            title: tr.t("diary-title"),
            body: html! {
                h1 { (tr.t("diary-heading")) }
                p { (tr.t("diary-store-error")) }
                p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
            },
            status: StatusCode::INTERNAL_SERVER_ERROR,
            chrome: Chrome::Standard,
        })
        .into()
    }
}

impl PageError {
    /// 503: the database cannot be reached. Says the entries are safe and to try again in a
    /// minute (`Retry-After: 60`); it never says the diary locked, and clears no cookie.
    pub fn unavailable(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        let body = html! {
            h1 { (tr.t("diary-unavailable-title")) }
            p #store-unavailable { (tr.t("diary-unavailable")) }
            p { a.btn.secondary href="/" { (tr.t("diary-home")) } }
        };
        Self::try_again(ctx, "diary-unavailable-title", body, "60")
    }

    /// 503: too many key derivations at once (the queue is full); nothing was tried.
    pub fn busy(ctx: &Ctx) -> PageError {
        let tr = ctx.tr();
        let body = html! {
            h1 { (tr.t("diary-busy-title")) }
            p #store-busy { (tr.t("diary-busy")) }
            p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
        };
        Self::try_again(ctx, "diary-busy-title", body, "5")
    }

    /// A 503 page that is never kept by a cache, with `Retry-After` in seconds.
    fn try_again(
        ctx: &Ctx,
        title: &str,
        body: maud::Markup,
        retry_after: &'static str,
    ) -> PageError {
        let mut res = ctx.respond(&Page {
            title: ctx.tr().t(title),
            body,
            status: StatusCode::SERVICE_UNAVAILABLE,
            chrome: Chrome::Standard,
        });
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(retry_after));
        no_store(res).into()
    }

    /// The page for a diary call that failed for a reason the person cannot fix: the database
    /// cannot be reached (503, [`Self::unavailable`]), too many unlocks at once (503,
    /// [`Self::busy`]), anything else (500, [`Self::store_error`]). Logs the failure once, with
    /// its reason and no data, and counts it.
    pub fn failed(ctx: &Ctx, e: &solace_store::DiaryError) -> PageError {
        match kind_of(e) {
            "unavailable" => Self::unavailable(ctx),
            "busy" => Self::busy(ctx),
            _ => Self::store_error(ctx),
        }
        .logged(ctx, e)
    }

    fn logged(self, ctx: &Ctx, e: &solace_store::DiaryError) -> PageError {
        report(ctx, e);
        self
    }
}

/// What kind of failure `e` is, as the metrics name it.
pub(crate) fn kind_of(e: &solace_store::DiaryError) -> &'static str {
    match e {
        solace_store::DiaryError::Store(s) if s.is_unavailable() => "unavailable",
        solace_store::DiaryError::Busy => "busy",
        _ => "other",
    }
}

/// Logs a failed diary call once (its reason: error texts carry no diary content, names or
/// passphrases) and counts it by kind.
pub(crate) fn report(ctx: &Ctx, e: &solace_store::DiaryError) {
    let kind = kind_of(e);
    ctx.state().metrics.store_error(kind);
    match kind {
        "unavailable" => tracing::warn!(reason = %e, "the database cannot be reached"),
        "busy" => tracing::info!("key derivation queue full: refused"),
        _ => tracing::error!(reason = %e, "the diary store failed"),
    }
}

/// Adds `Cache-Control: no-store` (the security layer does too; a diary page must never be
/// cached, whatever a later layer does).
pub fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

impl From<crate::extract::CsrfRefusal> for PageError {
    fn from(r: crate::extract::CsrfRefusal) -> Self {
        PageError::from(r.into_response())
    }
}
