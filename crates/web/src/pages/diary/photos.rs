//! Diary photos. `/diary/photo` takes a JPEG or PNG (multipart, up to [`BODY_LIMIT`] on that
//! route only), strips its metadata ([`solace_app::photo_meta`]) before anything is stored, seals the
//! stripped image as its own record ([`StoredPhoto`], [`diary::add_photo`]) and adds a `photo`
//! entry pointing to it.
//!
//! A photo is never shown unasked: the timeline says "Photo (hidden)" with a "Show photo" link to
//! `/diary/photo/<entry id>/view`, which shows it blurred by CSS with a content warning; "Show
//! clearly" (a POST, so no JavaScript is needed) renders it without the blur. The bytes are served
//! at `/diary/photo/<photo id>.img` to an unlocked session only, with `Cache-Control: no-store`.
//! Both ids are random record ids. Deleting the photo deletes both records.

use super::{Pairs, diary_nav, see_other, value};
use crate::AppState;
use crate::error::PageError;
use crate::extract::csrf::last;
use crate::extract::{CSRF_FIELD, CsrfForm, Ctx, Session, UnlockedDiary};
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart, Path};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use chrono::SecondsFormat;
use maud::html;
use solace_app::diary::{self, StoredPhoto};
use solace_app::photo_meta::{self, PhotoError};
use solace_clinical::diary::{Entry, EntryInput};
use solace_store::{DiaryError, RecordId};

/// The largest upload request on `/diary/photo` (the rest of the app keeps 64 KiB).
pub const BODY_LIMIT: usize = 6 * 1024 * 1024;

/// `/diary/photo`: the form and the upload, with the larger body limit on this route only.
pub(super) fn upload_route() -> MethodRouter<AppState> {
    get(upload_get)
        .post(upload_post)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
}

fn upload_form(
    ctx: &Ctx,
    note: &str,
    form_id: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let tr = ctx.tr();
    let described = if error_for(errors, "photo").is_some() {
        "photo-warning error-photo"
    } else {
        "photo-warning"
    };
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("photo-title")) }
        (error_summary(&tr, errors))
        p #photo-warning .warn { (tr.t("photo-warning")) }
        p { (tr.t("photo-private")) }
        // The note comes before the photo in the form, so the browser sends it first: when a
        // photo is too large and the upload is cut off, the note has already been read and
        // comes back in the form.
        form #photo-form method="post" action="/diary/photo" enctype="multipart/form-data" {
            (csrf_field(ctx))
            input type="hidden" name="form_id" value=(super::form_id(form_id));
            div.field {
                label for="field-note" { (tr.t("photo-note")) }
                (error_line(errors, "note"))
                textarea #field-note name="note" rows="3" maxlength="2000" { (note) }
            }
            div.field {
                label for="field-photo" { (tr.t("photo-field")) }
                (error_line(errors, "photo"))
                @if !errors.is_empty() {
                    p.hint { (tr.t("photo-choose-again")) }
                }
                input #field-photo type="file" name="photo" accept="image/jpeg,image/png"
                    required aria-describedby=(described);
            }
            button #photo-save .btn.primary type="submit" { (tr.t("photo-submit")) }
        }
        p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
    };
    ctx.private_page("photo-title", body, status)
}

pub async fn upload_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    upload_form(&ctx, "", "", &[], StatusCode::OK)
}

/// The upload's form fields and file.
struct Upload {
    pairs: Pairs,
    file: Option<Vec<u8>>,
}

enum ReadFail {
    /// Over the limit: the fields read before the cut-off (the note, when it came first).
    TooLarge(Pairs),
    Bad,
}

fn read_fail(e: &MultipartError, pairs: &Pairs) -> ReadFail {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ReadFail::TooLarge(pairs.clone())
    } else {
        ReadFail::Bad
    }
}

async fn read_upload(mut mp: Multipart) -> Result<Upload, ReadFail> {
    let mut up = Upload {
        pairs: Vec::new(),
        file: None,
    };
    while let Some(field) = mp
        .next_field()
        .await
        .map_err(|e| read_fail(&e, &up.pairs))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "photo" => {
                let bytes = field.bytes().await.map_err(|e| read_fail(&e, &up.pairs))?;
                // A browser sends an empty part when no file was chosen.
                if !bytes.is_empty() {
                    up.file = Some(bytes.to_vec());
                }
            }
            n if n == CSRF_FIELD || n == "note" || n == "form_id" => {
                let text = field.text().await.map_err(|e| read_fail(&e, &up.pairs))?;
                up.pairs.push((name, text));
            }
            // Other parts are skipped unread.
            _ => {}
        }
    }
    Ok(up)
}

/// The form again after a photo over the limit, with the note kept when it was read (and the
/// form token with it was good); the 413 status and the size in words.
fn too_large_kept(ctx: &Ctx, pairs: &Pairs) -> Response {
    let note = if ctx.csrf_ok(last(pairs, CSRF_FIELD)) {
        value(pairs, "note").unwrap_or_default()
    } else {
        ""
    };
    let shown: String = note.chars().take(2_100).collect();
    let err = FieldError {
        field: "photo",
        message: ctx.tr().t("photo-too-large"),
    };
    let form_id = value(pairs, "form_id").unwrap_or_default();
    upload_form(ctx, &shown, form_id, &[err], StatusCode::PAYLOAD_TOO_LARGE)
}

fn photo_error(ctx: &Ctx, e: PhotoError) -> FieldError {
    let id = match e {
        PhotoError::Empty => "photo-error-missing",
        PhotoError::NotAnImage | PhotoError::Unsupported(_) => "photo-error-format",
        PhotoError::Truncated | PhotoError::BadChecksum | PhotoError::Malformed(_) => {
            "photo-error-damaged"
        }
    };
    FieldError {
        field: "photo",
        message: ctx.tr().t(id),
    }
}

pub async fn upload_post(
    ctx: Ctx,
    session: Session,
    body: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let Ok(mp) = body else {
        return Err(PageError::bad_request(&ctx, StatusCode::BAD_REQUEST));
    };
    // The session first: nothing of a locked diary's upload is read.
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = session.open(&ctx).await?;
    let up = match read_upload(mp).await {
        Ok(up) => up,
        Err(ReadFail::TooLarge(pairs)) => return Ok(too_large_kept(&ctx, &pairs)),
        Err(ReadFail::Bad) => return Err(PageError::bad_request(&ctx, StatusCode::BAD_REQUEST)),
    };
    if !ctx.csrf_ok(last(&up.pairs, CSRF_FIELD)) {
        return Err(PageError::forbidden(&ctx));
    }
    let note = value(&up.pairs, "note").unwrap_or_default();
    let shown_note: String = note.chars().take(2_100).collect();
    let form_id = value(&up.pairs, "form_id").unwrap_or_default();
    let Some(file) = up.file else {
        let err = photo_error(&ctx, PhotoError::Empty);
        return Ok(upload_form(
            &ctx,
            &shown_note,
            form_id,
            &[err],
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    // Metadata goes before anything is stored.
    let stripped = match photo_meta::strip(&file) {
        Ok(s) => s,
        Err(e) => {
            let err = photo_error(&ctx, e);
            return Ok(upload_form(
                &ctx,
                &shown_note,
                form_id,
                &[err],
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    drop(file);
    let now = ctx.now();
    // The entry is checked (the note's length) before the photo is stored, with a stand-in id.
    let input = EntryInput {
        kind: Some("photo".to_owned()),
        at: Some(now.to_rfc3339_opts(SecondsFormat::Secs, true)),
        note: (!note.trim().is_empty()).then(|| note.to_owned()),
        photo_id: Some("pending".to_owned()),
        ..EntryInput::default()
    };
    let entry = match input.validate(now) {
        Ok(e) => e,
        Err(invalid) => {
            let errors: Vec<FieldError> = invalid
                .errors
                .iter()
                .map(|e| FieldError {
                    field: if e.field == "note" { "note" } else { "photo" },
                    message: ctx.tr().t(if e.field == "note" {
                        "photo-error-note"
                    } else {
                        "photo-error-damaged"
                    }),
                })
                .collect();
            return Ok(upload_form(
                &ctx,
                &shown_note,
                form_id,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let record = StoredPhoto::new(stripped.format, &stripped.bytes);
    drop(stripped);
    let once = form_id.parse::<RecordId>().ok();
    match diary::add_photo(&diary, &unlocked, &record, entry, once).await {
        Ok(_) => {}
        // Over the diary's quota: the form again with the note, and the limit in words.
        Err(DiaryError::QuotaExceeded { kind, limit }) => {
            let err = FieldError::new("photo", super::quota_message(&ctx, kind, limit));
            return Ok(upload_form(
                &ctx,
                &shown_note,
                form_id,
                &[err],
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
        Err(DiaryError::RecordTooLarge) => {
            let err = FieldError::new("photo", ctx.tr().t("photo-too-large"));
            return Ok(upload_form(
                &ctx,
                &shown_note,
                form_id,
                &[err],
                StatusCode::PAYLOAD_TOO_LARGE,
            ));
        }
        Err(e) => return Err(PageError::failed(&ctx, &e)),
    }
    Ok(see_other("/diary"))
}

/// The photo entry `id` and its photo's record id, or the page to send instead.
async fn photo_entry(
    ctx: &Ctx,
    open: &UnlockedDiary,
    id: &str,
) -> Result<(RecordId, Entry, RecordId), PageError> {
    let Ok(id) = id.parse::<RecordId>() else {
        return Err(PageError::not_found(ctx));
    };
    let entry: Entry = match open.diary.get(&open.key, id).await {
        Ok(e) => e,
        Err(DiaryError::RecordNotFound | DiaryError::RecordFormat { .. }) => {
            return Err(PageError::not_found(ctx));
        }
        Err(e) => return Err(PageError::failed(ctx, &e)),
    };
    match diary::photo_record_of(&entry) {
        Some(p) => Ok((id, entry, p)),
        None => Err(PageError::not_found(ctx)),
    }
}

fn view_page(ctx: &Ctx, id: RecordId, entry: &Entry, photo_id: RecordId, clear: bool) -> Response {
    let tr = ctx.tr();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("photo-view-title")) }
        p.when { (solace_i18n::fmt::date(tr.lang, entry.at.date_naive())) ", " (solace_i18n::fmt::time(tr.lang, entry.at.time())) }
        @if !clear {
            p #photo-warning .warn { (tr.t("photo-view-warning")) }
        }
        div.photo-frame {
            @if clear {
                img #photo .photo src={ "/diary/photo/" (photo_id) ".img" } alt=(tr.t("photo-alt"));
            } @else {
                img #photo .photo.photo-blur src={ "/diary/photo/" (photo_id) ".img" } alt=(tr.t("photo-alt-blurred"));
            }
        }
        @if let Some(n) = &entry.note { p.enote { (n) } }
        form #photo-view-form method="post" action={ "/diary/photo/" (id) "/view" } {
            (csrf_field(ctx))
            @if clear {
                button #photo-blur .btn.secondary type="submit" name="clear" value="0" { (tr.t("photo-blur-again")) }
            } @else {
                button #photo-clear .btn.primary type="submit" name="clear" value="1" { (tr.t("photo-show-clearly")) }
            }
        }
        form #photo-delete-form method="post" action={ "/diary/photo/" (id) "/delete" } {
            (csrf_field(ctx))
            p.hint { (tr.t("photo-delete-hint")) }
            button #photo-delete .btn.danger type="submit" { (tr.t("photo-delete")) }
        }
        p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
    };
    ctx.private_page("photo-view-title", body, StatusCode::OK)
}

/// `GET /diary/photo/<entry id>/view`: the photo, blurred.
pub async fn view_get(
    ctx: Ctx,
    open: UnlockedDiary,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (id, entry, photo_id) = photo_entry(&ctx, &open, &id).await?;
    Ok(view_page(&ctx, id, &entry, photo_id, false))
}

/// `POST /diary/photo/<entry id>/view`: `clear=1` shows it clearly, anything else blurred.
pub async fn view_post(
    ctx: Ctx,
    session: Session,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let open = session.open(&ctx).await?;
    let clear = value(&pairs, "clear") == Some("1");
    let (id, entry, photo_id) = photo_entry(&ctx, &open, &id).await?;
    Ok(view_page(&ctx, id, &entry, photo_id, clear))
}

/// `POST /diary/photo/<entry id>/delete`: deletes the photo's record, then its entry.
pub async fn delete_post(
    ctx: Ctx,
    session: Session,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let open = session.open(&ctx).await?;
    let (id, _, photo_id) = photo_entry(&ctx, &open, &id).await?;
    diary::delete_photo(&open.diary, &open.key, id, photo_id)
        .await
        .map_err(|e| PageError::failed(&ctx, &e))?;
    Ok(see_other("/diary"))
}

/// `GET /diary/photo/<photo id>.img`: the stripped bytes, to an unlocked session only.
pub async fn image(
    ctx: Ctx,
    open: UnlockedDiary,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let Some(id) = file
        .strip_suffix(".img")
        .and_then(|s| s.parse::<RecordId>().ok())
    else {
        return Err(PageError::not_found(&ctx));
    };
    let record: StoredPhoto = match open.diary.get(&open.key, id).await {
        Ok(r) => r,
        Err(DiaryError::RecordNotFound | DiaryError::RecordFormat { .. }) => {
            return Err(PageError::not_found(&ctx));
        }
        Err(e) => return Err(PageError::failed(&ctx, &e)),
    };
    drop(open);
    let Some(bytes) = record.bytes() else {
        return Err(PageError::store_error(&ctx));
    };
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(record.photo_format.content_type()),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline"),
    );
    Ok(res)
}
