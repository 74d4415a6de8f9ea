//! Backups on the web (issue 15 item 10), the same file as `solace export --format backup`
//! ([`solace_store::backup`]): as opaque as the database, opened by the same passphrase.
//!
//! - `POST /diary/backup` (the form is on the diary settings page): the passphrase is asked
//!   again in the same POST, as `/export` does; the file comes back as a download
//!   (`attachment`, `no-store`). A wrong passphrase counts as a failed unlock.
//! - `/diary/import`: a backup file and its passphrase make a **new** account with a new id (the
//!   records are sealed again for it), so a person can move a diary between servers. Hosted: a
//!   new account name is chosen on the form; local: only into an empty diary (else a clear
//!   message). Needs no session. One import runs at a time on a node (a file may be up to
//!   [`MAX_BACKUP_BYTES`] and opening it is one Argon2id derivation); the next waits up to 20 s,
//!   then gets 503 with `Retry-After`; the
//!   upload limit applies on this route only.

use super::vault::{
    account_field, closed_page, confirm_passphrase, invite_error, invite_field, pass_field,
    registration_closed,
};
use super::{Pairs, account_name, diary_nav, value};
use crate::error::{PageError, no_store};
use crate::extract::csrf::last;
use crate::extract::{CSRF_FIELD, CsrfForm, Ctx, Session};
use crate::view::forms::{FieldError, csrf_field, error_line, error_summary};
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_store::backup::{self, Backup, BackupError, MAX_BACKUP_BYTES};
use solace_store::{LOCAL_ACCOUNT, Passphrase};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

/// The largest request on `/diary/import`: the largest backup and its form fields.
pub const IMPORT_BODY_LIMIT: usize = MAX_BACKUP_BYTES as usize + 64 * 1024;

/// One import at a time on this node.
static IMPORTS: Semaphore = Semaphore::const_new(1);
/// How long an import waits for the one before it.
const IMPORT_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// The backup part of the diary settings page.
pub(super) fn settings_section(ctx: &Ctx, errors: &[FieldError]) -> Markup {
    let tr = ctx.tr();
    html! {
        h2 #backup { (tr.t("backup-heading")) }
        p { (tr.t("backup-intro")) }
        (error_summary(&tr, errors))
        form #backup-form method="post" action="/diary/backup" {
            (csrf_field(ctx))
            (pass_field(ctx, "passphrase", "diary-passphrase", Some("diary-passphrase-again-hint"), errors, "current-password"))
            p { button #backup-download .btn.primary type="submit" { (tr.t("backup-download")) } }
        }
        p { a #backup-import-link href="/diary/import" { (tr.t("backup-import-link")) } }
    }
}

/// The settings page's backup part alone, after a refused download.
fn download_refused(ctx: &Ctx, error: FieldError) -> Response {
    let body = html! {
        (diary_nav(ctx))
        h1 { (ctx.tr().t("backup-heading")) }
        (settings_section(ctx, &[error]))
    };
    ctx.private_page("backup-title", body, StatusCode::UNPROCESSABLE_ENTITY)
}

/// `POST /diary/backup`: the encrypted backup, after the passphrase again.
pub async fn download_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let open = session.open(&ctx).await?;
    if let Err(e) = confirm_passphrase(&ctx, &open, &pairs).await {
        return match e {
            Ok(error) => Ok(download_refused(&ctx, error)),
            Err(page) => Err(page),
        };
    }
    let file = backup::export(open.diary.store().as_ref(), open.key.user())
        .await
        .ok()
        .flatten()
        .ok_or_else(|| PageError::store_error(&ctx))?;
    drop(open);
    let mut res = (StatusCode::OK, file.to_bytes()).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // No date in the name: a date could say when the loss was.
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"solace-backup.json\""),
    );
    Ok(no_store(res))
}

/// `/diary/import`: the form and the upload, with the larger body limit on this route only.
pub(super) fn import_route() -> MethodRouter<crate::AppState> {
    get(import_get)
        .post(import_post)
        .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
}

fn import_form(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let body = html! {
        h1 { (tr.t("backup-import-heading")) }
        (error_summary(&tr, errors))
        p { (tr.t(if ctx.multi_user() { "backup-import-intro-hosted" } else { "backup-import-intro-local" })) }
        // The fields come before the file, so they are read before a file over the limit stops
        // the upload, and come back in the form.
        form #import-form method="post" action="/diary/import" enctype="multipart/form-data" {
            (csrf_field(ctx))
            (account_field(ctx, pairs, errors))
            (pass_field(ctx, "passphrase", "backup-import-passphrase", Some("backup-import-passphrase-hint"), errors, "current-password"))
            (invite_field(ctx, errors))
            div.q {
                label for="field-backup" { (tr.t("backup-import-file")) }
                (error_line(errors, "backup"))
                input #field-backup type="file" name="backup" accept="application/json,.json" required;
            }
            p { button #import-submit .btn.primary type="submit" { (tr.t("backup-import-submit")) } }
        }
        p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
    };
    ctx.private_page("backup-import-title", body, status)
}

pub async fn import_get(ctx: Ctx) -> Result<Response, PageError> {
    ctx.store()?;
    // An import makes a new diary, so it follows the server's registration rule.
    if registration_closed(&ctx) {
        return Ok(closed_page(&ctx, StatusCode::OK));
    }
    Ok(import_form(&ctx, &Vec::new(), &[], StatusCode::OK))
}

/// The words for a backup that was refused, on the field it concerns.
fn refused(ctx: &Ctx, e: &BackupError) -> FieldError {
    let tr = ctx.tr();
    let (field, id) = match e {
        BackupError::TooLarge => ("backup", "backup-error-too-large"),
        BackupError::NotJson { .. } | BackupError::Damaged(_) | BackupError::Store(_) => {
            ("backup", "backup-error-damaged")
        }
        BackupError::BadMagic => ("backup", "backup-error-not-backup"),
        BackupError::UnsupportedFormat { .. } | BackupError::KdfTooCostly(_) => {
            ("backup", "backup-error-format")
        }
        BackupError::WrongPassphrase => ("passphrase", "backup-error-passphrase"),
        BackupError::RecordCorrupt { .. } => ("backup", "backup-error-changed"),
        BackupError::OverQuota(_) => ("backup", "backup-error-too-much"),
        BackupError::AccountExists if ctx.multi_user() => ("account", "diary-error-account-taken"),
        BackupError::AccountExists => ("backup", "backup-error-diary-exists"),
    };
    let message = if matches!(e, BackupError::TooLarge) {
        tr.t_with(
            "backup-error-too-large",
            &[("max", FluentValue::from(MAX_BACKUP_BYTES / (1024 * 1024)))],
        )
    } else {
        tr.t(id)
    };
    FieldError { field, message }
}

enum Read {
    Done(Pairs, Option<Vec<u8>>),
    TooLarge(Pairs),
    Bad,
}

async fn read_import(mut mp: Multipart) -> Read {
    let mut pairs: Pairs = Vec::new();
    let too_large = |e: &MultipartError, pairs: &mut Pairs| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Read::TooLarge(std::mem::take(pairs))
        } else {
            Read::Bad
        }
    };
    let mut file = None;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return too_large(&e, &mut pairs),
        };
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "backup" => match field.bytes().await {
                Ok(b) if !b.is_empty() => file = Some(b.to_vec()),
                Ok(_) => {}
                Err(e) => return too_large(&e, &mut pairs),
            },
            n if n == CSRF_FIELD || n == "account" || n == "passphrase" => match field.text().await
            {
                Ok(t) => pairs.push((name, t)),
                Err(e) => return too_large(&e, &mut pairs),
            },
            _ => {}
        }
    }
    Read::Done(pairs, file)
}

/// `POST /diary/import`: checks the file, opens it with the passphrase, writes it as a new
/// account, and says how many records came in. Nothing is written unless all of it opens.
pub async fn import_post(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    body: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let diary = ctx.store()?;
    if registration_closed(&ctx) {
        return Ok(closed_page(&ctx, StatusCode::FORBIDDEN));
    }
    // A body that says it is over the limit is refused before any of it is read.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > IMPORT_BODY_LIMIT as u64) {
        let err = refused(&ctx, &BackupError::TooLarge);
        return Ok(import_form(
            &ctx,
            &Vec::new(),
            &[err],
            StatusCode::PAYLOAD_TOO_LARGE,
        ));
    }
    let Ok(mp) = body else {
        return Err(PageError::bad_request(&ctx, StatusCode::BAD_REQUEST));
    };
    // One at a time, taken before the body is read; a second waits a little, then is told to
    // come back.
    let Ok(Ok(_permit)) = tokio::time::timeout(IMPORT_WAIT, IMPORTS.acquire()).await else {
        let tr = ctx.tr();
        let body = html! { h1 { (tr.t("backup-import-heading")) } p #import-busy { (tr.t("backup-import-busy")) } };
        let mut res =
            ctx.private_page("backup-import-title", body, StatusCode::SERVICE_UNAVAILABLE);
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return Ok(res);
    };
    let (pairs, file) = match read_import(mp).await {
        Read::Done(pairs, file) => (Zeroizing::new(pairs), file),
        Read::TooLarge(pairs) => {
            let pairs = Zeroizing::new(pairs);
            if !ctx.csrf_ok(last(&pairs, CSRF_FIELD)) {
                return Err(PageError::forbidden(&ctx));
            }
            let kept = kept_fields(&pairs);
            let err = refused(&ctx, &BackupError::TooLarge);
            return Ok(import_form(
                &ctx,
                &kept,
                &[err],
                StatusCode::PAYLOAD_TOO_LARGE,
            ));
        }
        Read::Bad => return Err(PageError::bad_request(&ctx, StatusCode::BAD_REQUEST)),
    };
    if !ctx.csrf_ok(last(&pairs, CSRF_FIELD)) {
        return Err(PageError::forbidden(&ctx));
    }
    let kept = kept_fields(&pairs);
    let refuse = |errors: Vec<FieldError>| {
        Ok(import_form(
            &ctx,
            &kept,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ))
    };
    let mut errors = Vec::new();
    let name = account_name(&ctx, &pairs).unwrap_or("").to_owned();
    if name.is_empty() {
        errors.push(FieldError::new(
            "account",
            ctx.tr().t("diary-error-account"),
        ));
    }
    errors.extend(invite_error(&ctx, &pairs));
    let typed = value(&pairs, "passphrase").unwrap_or("");
    if typed.is_empty() {
        errors.push(FieldError::new(
            "passphrase",
            ctx.tr().t("backup-import-passphrase-missing"),
        ));
    }
    let Some(file) = file else {
        errors.push(FieldError::new(
            "backup",
            ctx.tr().t("backup-error-missing"),
        ));
        return refuse(errors);
    };
    if !errors.is_empty() {
        return refuse(errors);
    }
    // Local: only into an empty diary.
    if !ctx.multi_user() && diary.account_exists(LOCAL_ACCOUNT).await.unwrap_or(true) {
        return refuse(vec![refused(&ctx, &BackupError::AccountExists)]);
    }
    let parsed = Backup::from_bytes(&file);
    drop(file);
    let parsed = match parsed {
        Ok(b) => b,
        Err(e) => return refuse(vec![refused(&ctx, &e)]),
    };
    let pass = Passphrase::new(typed.to_owned());
    // Argon2id off the async threads (this import holds the node's one permit).
    let opened = tokio::task::spawn_blocking(move || {
        let key = backup::unlock(&parsed, &pass)?;
        backup::verify_records(&parsed, &key)?;
        Ok::<_, BackupError>((parsed, key))
    })
    .await
    .map_err(|_| PageError::store_error(&ctx))?;
    let (parsed, key) = match opened {
        Ok(done) => done,
        Err(e) => return refuse(vec![refused(&ctx, &e)]),
    };
    let quota = diary.config().quota;
    match backup::restore_as_new(
        diary.store().as_ref(),
        diary.name_hash(&name),
        &parsed,
        &key,
        &quota,
    )
    .await
    {
        Ok((_, count)) => Ok(imported(&ctx, count)),
        Err(BackupError::Store(_)) => Err(PageError::store_error(&ctx)),
        Err(e) => refuse(vec![refused(&ctx, &e)]),
    }
}

/// The fields shown again in a refused form: the account name only (never the passphrase).
fn kept_fields(pairs: &Pairs) -> Pairs {
    pairs
        .iter()
        .filter(|(k, _)| k == "account" || k == "invite")
        .cloned()
        .collect()
}

fn imported(ctx: &Ctx, count: usize) -> Response {
    let tr = ctx.tr();
    let body = html! {
        h1 { (tr.t("backup-imported-heading")) }
        p #imported role="status" {
            (tr.t_with("backup-imported", &[("count", FluentValue::from(count))]))
        }
        p { a #imported-unlock .btn.primary href="/diary" { (tr.t("backup-imported-unlock")) } }
    };
    ctx.private_page("backup-import-title", body, StatusCode::OK)
}
