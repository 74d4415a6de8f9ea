//! `/diary`: the private diary. Create the vault (the recovery code shown once, with an "I have
//! saved it" step), unlock, lock, add and edit entries, the timeline with its charts, recovery
//! checks, `.ics` reminders, change the passphrase, unlock with the recovery code, delete
//! everything.
//!
//! Sessions ([`crate::extract::session`]): the cookie `solace_session` holds the 256-bit session
//! secret (64 hex digits), `HttpOnly; SameSite=Strict; Path=/`, no `Max-Age` (it ends with the
//! browser); the store keeps the data key wrapped under it with a sliding idle timeout. Lock ends
//! the session and clears the cookie. Every form carries the double-submit CSRF token and is
//! refused (403) without it ([`crate::extract::CsrfForm`]).
//! Nothing from the diary goes into a URL, a header or a log line: forms POST, record ids are
//! random, and errors name the field, never the value. Photos have their metadata stripped
//! before sealing and stay hidden until asked for.

mod alert;
mod backup;
pub use backup::IMPORT_BODY_LIMIT;
mod entries;
pub(super) use entries::default_zone;
mod export;
mod photos;
mod recovery;
pub(crate) use recovery::{calendar, ics_response};
mod timeline;
pub use timeline::PER_PAGE;
mod vault;

pub(crate) use vault::locked_page;

use crate::AppState;
use crate::extract::Ctx;
use crate::view::forms::csrf_field;
use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use solace_store::LOCAL_ACCOUNT;

pub use crate::extract::csrf::Pairs;

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
        .route(
            "/diary/sign-out-everywhere",
            post(vault::sign_out_everywhere_post),
        )
        .route("/diary/reminders/{file}", get(recovery::ics))
        .route("/diary/backup", post(backup::download_post))
        .route("/diary/import", backup::import_route())
}

/// The last non-blank value of a field.
pub(super) fn value<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

/// A 303 to `to`.
pub(super) fn see_other(to: &'static str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

/// The account name: typed in multi-user mode, the fixed local one otherwise.
pub(super) fn account_name<'a>(ctx: &Ctx, pairs: &'a Pairs) -> Option<&'a str> {
    if ctx.multi_user() {
        value(pairs, "account").map(str::trim)
    } else {
        Some(LOCAL_ACCOUNT)
    }
}

/// A form's one-time value (the id its entry will have): the one sent back with the form when it
/// is well formed, else a new random one.
pub(super) fn form_id(sent: &str) -> String {
    sent.parse::<solace_store::RecordId>()
        .ok()
        .or_else(|| solace_store::vault::new_record_id().ok())
        .map(|id| id.to_string())
        .unwrap_or_default()
}

/// The words for a diary that is full: which limit, and its number.
pub(crate) fn quota_message(ctx: &Ctx, kind: solace_store::QuotaKind, limit: u64) -> String {
    use solace_store::QuotaKind;
    let (id, max) = match kind {
        QuotaKind::Entries => ("diary-full-entries", limit),
        QuotaKind::Photos => ("diary-full-photos", limit),
        QuotaKind::Bytes => ("diary-full-bytes", limit / (1024 * 1024)),
    };
    ctx.tr().t_with(id, &[("max", max.into())])
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
