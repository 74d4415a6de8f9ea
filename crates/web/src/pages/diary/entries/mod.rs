//! Adding and editing entries. The kind chooser is a form of big buttons (POST, so the kind is
//! not in the URL); each kind's form is short, with "now" as the time unless the person sets a
//! date or time. Fields are the contract's names (DESIGN.md "Diary entries") except the time
//! (`date`, `time`, `tz`), the hCG value (`hcg_value` + `hcg_unit`) and the temperature
//! (`temp_value` + `temp_unit`).

mod form;
mod view;

use super::{Pairs, diary_nav, see_other, value};
use crate::cookies;
use crate::error::PageError;
use crate::extract::session::Closed;
use crate::extract::{CsrfForm, Ctx, Session, UnlockedDiary};
use crate::view::forms::csrf_field;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use form::{Vals, read, vals_of};
use maud::{Markup, html};
use solace_clinical::Region;
use solace_clinical::diary::Entry;
use solace_store::{DiaryError, RecordId};
use view::entry_form;

/// The kinds the web offers, in the chooser's order: (kind, message id).
pub(super) const KINDS: [(&str, &str); 11] = [
    ("bleeding", "diary-kind-bleeding"),
    ("hcg", "diary-kind-hcg"),
    ("pain", "diary-kind-pain"),
    ("temperature", "diary-kind-temperature"),
    ("pregnancy_test", "diary-kind-pregnancy_test"),
    ("medication", "diary-kind-medication"),
    ("mood", "diary-kind-mood"),
    ("scan", "diary-kind-scan"),
    ("event", "diary-kind-event"),
    ("note", "diary-kind-note"),
    ("question", "diary-kind-question"),
];

pub(super) fn kind_label(kind: &str) -> &'static str {
    if kind == "wellbeing" {
        return "diary-kind-wellbeing";
    }
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("diary-kind-other", |(_, id)| id)
}

pub(in crate::pages) fn default_zone(region: Region) -> &'static str {
    match region {
        Region::Uk => "Europe/London",
        Region::Ie => "Europe/Dublin",
        Region::Us => "America/New_York",
        Region::Ca => "America/Toronto",
        Region::Au => "Australia/Sydney",
        Region::Nz => "Pacific/Auckland",
        Region::Other => "UTC",
    }
}

fn chooser(ctx: &Ctx) -> Markup {
    let tr = ctx.tr();
    html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-add-heading")) }
        p { (tr.t("diary-add-intro")) }
        form #kind-form .kinds method="post" action="/diary/add" {
            (csrf_field(ctx))
            @for (kind, label) in KINDS {
                button.btn.kind type="submit" name="kind" value=(kind) { (tr.t(label)) }
            }
            a #kind-photo .btn.kind href="/diary/photo" { (tr.t("diary-kind-photo")) }
        }
    }
}

pub async fn add_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    ctx.private_page("diary-add-title", chooser(&ctx), StatusCode::OK)
}

pub async fn add_post(ctx: Ctx, session: Session, CsrfForm(pairs): CsrfForm) -> Response {
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = match session.try_open(&ctx).await {
        Ok(open) => open,
        // An outage: the entry is still checked for red flags, and the page says the
        // records cannot be reached (503), not that the diary locked; the cookie is kept.
        Err(Closed::Unavailable) => return not_reached(&ctx, &pairs),
        Err(closed) => {
            let locked = session.closed_page(&ctx, closed).await;
            return not_saved(&ctx, &pairs, &locked.into_response());
        }
    };
    let mut vals = Vals::from_pairs(&pairs);
    let kind = vals.get("kind").to_owned();
    if !KINDS.iter().any(|(k, _)| *k == kind) {
        return ctx.private_page("diary-add-title", chooser(&ctx), StatusCode::OK);
    }
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    if value(&pairs, "save").is_none() {
        return entry_form(&ctx, &vals, &[], None, StatusCode::OK);
    }
    match read(&ctx.tr(), &vals, ctx.now()) {
        // The form's one-time value is the entry's id: a retry after a lost response finds the
        // entry saved and adds nothing, then goes where the first answer would have.
        Ok(entry) => match vals.get("form_id").parse::<RecordId>() {
            Ok(id) => diary.add_once(&unlocked, id, &entry).await.map(drop),
            Err(_) => diary.add(&unlocked, &entry).await.map(drop),
        }
        .map_or_else(
            |e| saving_failed(&ctx, &vals, None, &e),
            |()| see_other("/diary"),
        ),
        Err(errors) => entry_form(&ctx, &vals, &errors, None, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

/// A save the diary refused: when it is full, the form again (422) with what was typed and the
/// limit in words; otherwise the store's error page.
fn saving_failed(ctx: &Ctx, vals: &Vals, editing: Option<RecordId>, e: &DiaryError) -> Response {
    match e {
        DiaryError::QuotaExceeded { kind, limit } => {
            let err =
                crate::view::forms::FieldError::new("", super::quota_message(ctx, *kind, *limit));
            entry_form(ctx, vals, &[err], editing, StatusCode::UNPROCESSABLE_ENTITY)
        }
        _ => PageError::failed(ctx, e).into_response(),
    }
}

/// The help banner for an entry that could not be stored (the diary locked itself, or the
/// database could not be reached): what was typed is still read and checked in memory, so a red
/// flag in it is shown now, with the call button.
fn unsaved_banner(ctx: &Ctx, pairs: &Pairs) -> Option<maud::Markup> {
    let tr = ctx.tr();
    let mut vals = Vals::from_pairs(pairs);
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    let now = ctx.now();
    let entry = value(pairs, "save").and_then(|_| read(&tr, &vals, now).ok())?;
    super::alert::help_banner(ctx, &tr, &[entry], now)
}

/// The database could not be reached when an entry was sent: like [`not_saved`] (the red-flag
/// check still runs on what was typed), but it says the records cannot be reached right now and
/// that the entries are safe, answers 503 with `Retry-After`, and keeps the session cookie.
fn not_reached(ctx: &Ctx, pairs: &Pairs) -> Response {
    let tr = ctx.tr();
    let banner = unsaved_banner(ctx, pairs);
    let body = html! {
        h1 { (tr.t("diary-unavailable-title")) }
        @if let Some(b) = banner {
            (b)
        }
        p #store-unavailable .warn { (tr.t("diary-unavailable")) }
        p #not-saved { (tr.t("diary-unavailable-not-saved")) }
    };
    let mut res = ctx.private_page(
        "diary-unavailable-title",
        body,
        StatusCode::SERVICE_UNAVAILABLE,
    );
    res.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from_static("60"),
    );
    res
}

/// The diary locked itself (idle timeout) while an entry was being typed. The entry cannot be
/// stored without the key, but what it says is still checked in memory: a red flag in it is shown
/// now, with the call button, and the person is told plainly that it was not saved.
fn not_saved(ctx: &Ctx, pairs: &Pairs, locked: &Response) -> Response {
    let tr = ctx.tr();
    let banner = unsaved_banner(ctx, pairs);
    let body = html! {
        h1 { (tr.t("diary-not-saved-heading")) }
        @if let Some(b) = banner {
            (b)
        }
        p #not-saved .warn { (tr.t("diary-not-saved")) }
        p { a.btn.primary href="/diary" { (tr.t("diary-not-saved-unlock")) } }
    };
    let mut res = ctx.private_page("diary-not-saved-heading", body, StatusCode::UNAUTHORIZED);
    // Keep what the locked page said about the cookie (it clears an ended session's cookie).
    cookies::copy(locked, &mut res);
    res
}

pub async fn edit_get(
    ctx: Ctx,
    open: UnlockedDiary,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = id
        .parse::<RecordId>()
        .map_err(|_| PageError::not_found(&ctx))?;
    let entry: Entry = match open.diary.get(&open.key, id).await {
        Ok(e) => e,
        Err(DiaryError::RecordNotFound) => return Err(PageError::not_found(&ctx)),
        Err(e) => return Err(PageError::failed(&ctx, &e)),
    };
    if let Some(score) = entry.wellbeing_score() {
        return Ok(wellbeing_entry(&ctx, &entry, &score, id));
    }
    let vals = vals_of(&entry, ctx.prefs.region);
    Ok(entry_form(&ctx, &vals, &[], Some(id), StatusCode::OK))
}

pub async fn edit_post(
    ctx: Ctx,
    session: Session,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary { diary, key } = session.open(&ctx).await?;
    let id = id
        .parse::<RecordId>()
        .map_err(|_| PageError::not_found(&ctx))?;
    if value(&pairs, "delete").is_some() {
        return match diary.delete(&key, id).await {
            Ok(()) | Err(DiaryError::RecordNotFound) => Ok(see_other("/diary")),
            Err(e) => Err(PageError::failed(&ctx, &e)),
        };
    }
    let mut vals = Vals::from_pairs(&pairs);
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    match read(&ctx.tr(), &vals, ctx.now()) {
        Ok(entry) => match diary.update(&key, id, &entry).await {
            Ok(()) => Ok(see_other("/diary")),
            Err(DiaryError::RecordNotFound) => Err(PageError::not_found(&ctx)),
            Err(e) => Ok(saving_failed(&ctx, &vals, Some(id), &e)),
        },
        Err(errors) => Ok(entry_form(
            &ctx,
            &vals,
            &errors,
            Some(id),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}

/// A kept check-in is not edited (its answers are what the person gave): it is shown, and may be
/// deleted.
fn wellbeing_entry(
    ctx: &Ctx,
    entry: &Entry,
    score: &solace_clinical::wellbeing::Score,
    id: RecordId,
) -> Response {
    let tr = ctx.tr();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-kind-wellbeing")) }
        p.lead #wellbeing-summary { (crate::pages::wellbeing::summary(&tr, score)) }
        p { (solace_i18n::fmt::date(tr.lang, entry.at.date_naive())) " " (solace_i18n::fmt::time(tr.lang, entry.at.time())) }
        p.hint { (tr.t("wb-not-diagnosis")) }
        form #entry-form method="post" action={ "/diary/entry/" (id) } {
            (csrf_field(ctx))
            p { button #entry-delete .btn.danger type="submit" name="delete" value="1" { (tr.t("diary-entry-delete")) } }
        }
    };
    ctx.private_page("diary-kind-wellbeing", body, StatusCode::OK)
}
