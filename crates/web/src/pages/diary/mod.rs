//! `/diary`: the private diary. Create the vault (the recovery code shown once, with an "I have
//! saved it" step), unlock, lock, add and edit entries, the timeline with its charts, recovery
//! checks, `.ics` reminders, change the passphrase, unlock with the recovery code, delete
//! everything.
//!
//! Sessions: the cookie `solace_session` holds the 256-bit session secret (64 hex digits),
//! `HttpOnly; SameSite=Strict; Path=/`, no `Max-Age` (it ends with the browser); the store keeps
//! the data key wrapped under it with a sliding idle timeout. Lock ends the session and clears
//! the cookie. Every form carries the double-submit CSRF token and is refused (403) without it.
//! Nothing from the diary goes into a URL, a header or a log line: forms POST, record ids are
//! random, and errors name the field, never the value. Photos have their metadata stripped
//! before sealing and stay hidden until asked for.

mod alert;
mod entries;
pub(super) use entries::default_zone;
mod export;
mod photos;
mod recovery;
pub(crate) use recovery::{calendar, ics_response};
mod timeline;
mod vault;

use super::csrf::{self, CSRF_FIELD};
use super::{Chrome, Ctx, Page};
use crate::AppState;
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use solace_store::{Diary, DiaryError, LOCAL_ACCOUNT, SessionSecret, Unlocked};
use std::sync::Arc;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "solace_session";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/diary", get(timeline::get))
        .route("/diary/new", get(vault::new_get).post(vault::new_post))
        .route("/diary/saved", post(vault::saved_post))
        .route(
            "/diary/unlock",
            get(vault::unlock_get).post(vault::unlock_post),
        )
        .route("/diary/lock", post(vault::lock_post))
        .route(
            "/diary/recover",
            get(vault::recover_get).post(vault::recover_post),
        )
        .route(
            "/diary/passphrase",
            get(vault::passphrase_get).post(vault::passphrase_post),
        )
        .route(
            "/diary/delete",
            get(vault::delete_get).post(vault::delete_post),
        )
        .route("/diary/add", get(entries::add_get).post(entries::add_post))
        .route(
            "/diary/entry/{id}",
            get(entries::edit_get).post(entries::edit_post),
        )
        .route("/diary/recovery", get(recovery::get))
        .route("/export", get(export::get).post(export::post))
        .route("/diary/photo", photos::upload_route())
        .route("/diary/photo/{id}", get(photos::image))
        .route(
            "/diary/photo/{id}/view",
            get(photos::view_get).post(photos::view_post),
        )
        .route("/diary/photo/{id}/delete", post(photos::delete_post))
        .route(
            "/diary/settings",
            get(vault::settings_get).post(vault::settings_post),
        )
        .route("/diary/reminders/{file}", get(recovery::ics))
}

/// The form pairs of a POST body.
pub(super) type Pairs = Vec<(String, String)>;

/// The last non-blank value of a field.
pub(super) fn value<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

/// Ends the diary session named by the request's cookie, if any, and clears the cookie on `res`.
/// Used by Lock and by "Leave this site": leaving must lock the diary, or Back (or typing
/// /diary) would show it to whoever picks up the device.
pub async fn end_session_from(state: &crate::AppState, headers: &HeaderMap, res: &mut Response) {
    let Some(secret) = session_secret(headers) else {
        return;
    };
    if let Some(diary) = &state.diary {
        let _ = diary.end_session(&secret).await;
    }
    clear_session_cookie(res);
}

/// The open diary and its key when this request carries a live session; `None` otherwise (no
/// store, no cookie, or the session ended). For pages outside the diary that offer to keep
/// something only when it is unlocked (wellbeing check-ins); they never show the unlock form.
pub(crate) async fn open_if_unlocked(
    state: &AppState,
    headers: &HeaderMap,
) -> Option<(Arc<Diary>, Unlocked)> {
    let diary = state.diary.clone()?;
    let secret = session_secret(headers)?;
    let unlocked = diary.open_session(&secret, chrono::Utc::now()).await.ok()?;
    Some((diary, unlocked))
}

/// Every readable entry of an open diary, in time order.
pub(crate) async fn entries_of(
    diary: &Diary,
    unlocked: &Unlocked,
) -> Result<Vec<solace_clinical::diary::Entry>, DiaryError> {
    timeline::load(diary, unlocked).await.map(|(_, e, _)| e)
}

/// The session secret in the cookie, if it is well formed.
fn session_secret(headers: &HeaderMap) -> Option<SessionSecret> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
        .and_then(|(_, v)| SessionSecret::from_cookie_value(v).ok())
}

fn has_session_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| {
            v.split(';')
                .any(|c| c.trim().starts_with(&format!("{SESSION_COOKIE}=")))
        })
}

pub(super) fn set_session_cookie(res: &mut Response, secret: &SessionSecret) {
    let value = format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
        secret.to_cookie_value().as_str()
    );
    if let Ok(v) = HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

pub(super) fn clear_session_cookie(res: &mut Response) {
    res.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static("solace_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"),
    );
}

/// A 303 to `to`.
pub(super) fn see_other(to: &'static str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

/// The diary store, or the kind page that says there is none.
#[allow(clippy::result_large_err)]
pub(super) fn store(ctx: &Ctx) -> Result<Arc<Diary>, Response> {
    ctx.state.diary.clone().ok_or_else(|| {
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
    })
}

/// The open diary for this request, or the response to send instead: the unlock form (saying
/// so kindly when the session ended by itself), with the cookie cleared.
#[allow(clippy::result_large_err)]
pub(super) async fn require(
    ctx: &Ctx,
    headers: &HeaderMap,
) -> Result<(Arc<Diary>, Unlocked, SessionSecret), Response> {
    let diary = store(ctx)?;
    let now = chrono::Utc::now();
    if let Some(secret) = session_secret(headers) {
        match diary.open_session(&secret, now).await {
            Ok(u) => return Ok((diary, u, secret)),
            Err(DiaryError::SessionInvalid) => {}
            Err(_) => return Err(store_error(ctx)),
        }
    }
    let ended = has_session_cookie(headers);
    let mut res = vault::locked_page(ctx, &diary, ended).await;
    if ended {
        clear_session_cookie(&mut res);
    }
    Err(res)
}

/// The account name: typed in multi-user mode, the fixed local one otherwise.
pub(super) fn account_name<'a>(ctx: &Ctx, pairs: &'a Pairs) -> Option<&'a str> {
    if ctx.state.config.multi_user {
        value(pairs, "account").map(str::trim)
    } else {
        Some(LOCAL_ACCOUNT)
    }
}

pub(super) fn multi_user(ctx: &Ctx) -> bool {
    ctx.state.config.multi_user
}

/// Whether a POST may change anything: same origin, and the form's token equals the cookie's.
pub(super) fn csrf_ok(ctx: &Ctx, headers: &HeaderMap, pairs: &Pairs) -> bool {
    csrf::same_origin(headers)
        && !ctx.csrf_is_new
        && csrf::matches(&ctx.csrf, value(pairs, CSRF_FIELD).unwrap_or(""))
}

/// The hidden CSRF field for a diary form.
pub(super) fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(ctx.csrf); }
}

/// 403: the form could not be checked, nothing changed.
pub(super) fn forbidden(ctx: &Ctx) -> Response {
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
}

/// 500: the store failed. Says nothing about what was stored.
pub(super) fn store_error(ctx: &Ctx) -> Response {
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
}

/// A form error: the field's element id suffix and the words.
#[derive(Debug, Clone)]
pub(super) struct FieldErr {
    pub field: &'static str,
    pub message: String,
}

pub(super) fn error_for<'a>(errors: &'a [FieldErr], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

/// The error summary at the top of a form that came back.
pub(super) fn error_summary(tr: &solace_i18n::Tr<'_>, errors: &[FieldErr]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div #error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (tr.t("error-summary-title")) }
                ul {
                    @for e in errors {
                        li { a href={ "#field-" (e.field) } { (e.message) } }
                    }
                }
            }
        }
    }
}

/// The line under a field that came back with a problem.
pub(super) fn error_line(errors: &[FieldErr], field: &str) -> Markup {
    html! {
        @if let Some(m) = error_for(errors, field) {
            p.field-error id={ "error-" (field) } { (m) }
        }
    }
}

/// The nav inside the diary: add, timeline, recovery, lock.
pub(super) fn diary_nav(ctx: &Ctx) -> Markup {
    let tr = ctx.tr();
    html! {
        nav.dnav aria-label=(tr.t("diary-nav-label")) {
            a.btn.secondary href="/diary" { (tr.t("diary-nav-timeline")) }
            a.btn.secondary href="/diary/recovery" { (tr.t("diary-nav-recovery")) }
            form method="post" action="/diary/lock" {
                (csrf_field(ctx))
                button #lock .btn.secondary type="submit" { (tr.t("diary-lock")) }
            }
        }
    }
}

/// Adds `Cache-Control: no-store` (the layer does too; a diary page must never be cached).
pub(super) fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
