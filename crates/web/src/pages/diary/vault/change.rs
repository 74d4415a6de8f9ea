//! Changing an open vault: a new passphrase, and deleting everything.

use super::{check_new_pass, confirm_passphrase, pass_field, passphrase_missing, raw, refusal};
use crate::error::PageError;
use crate::extract::{CsrfForm, Ctx, Session, UnlockedDiary};
use crate::pages::diary::{Pairs, diary_nav};
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::html;
use solace_store::Passphrase;

fn passphrase_form(ctx: &Ctx, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-passphrase-heading")) }
        (error_summary(&tr, errors))
        form #passphrase-form method="post" action="/diary/passphrase" {
            (csrf_field(ctx))
            (pass_field(ctx, "passphrase", "diary-current-passphrase", None, errors, "current-password"))
            (pass_field(ctx, "new_passphrase", "diary-new-passphrase", Some("diary-new-passphrase-short"), errors, "new-password"))
            (pass_field(ctx, "confirm", "diary-confirm", None, errors, "new-password"))
            p { button #passphrase-submit .btn.primary type="submit" { (tr.t("diary-passphrase-submit")) } }
        }
        p.more { a #settings-link href="/diary/settings" { (tr.t("diary-settings-link")) } }
    };
    ctx.private_page("diary-passphrase-title", body, status)
}

pub async fn passphrase_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    passphrase_form(&ctx, &[], StatusCode::OK)
}

pub async fn passphrase_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary { diary, key } = session.open(&ctx).await?;
    let mut errors = vec![];
    check_new_pass(&ctx, &pairs, "new_passphrase", &mut errors);
    if !errors.is_empty() {
        return Ok(passphrase_form(
            &ctx,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let current = Passphrase::new(raw(&pairs, "passphrase").to_owned());
    let new = Passphrase::new(raw(&pairs, "new_passphrase").to_owned());
    match diary
        .change_passphrase(&key, &current, &new, ctx.now())
        .await
    {
        // Re-keyed: every session ended (this one too), the old recovery code stopped working.
        // A new session for the new key, and the new code, shown once.
        Ok((rekeyed, code)) => {
            let notes = super::open::CodeNotes {
                changed: true,
                failed_attempts: 0,
            };
            let page = super::open::code_page_with(&ctx, &code, false, notes, StatusCode::OK);
            super::open::start_with(&ctx, &diary, &rekeyed, page).await
        }
        Err(e) => match refusal(&ctx, &e) {
            Some(message) => Ok(passphrase_form(
                &ctx,
                &[FieldError {
                    field: "passphrase",
                    message,
                }],
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            None => Err(PageError::failed(&ctx, &e)),
        },
    }
}

fn delete_form(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let word = tr.t("diary-delete-word");
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-delete-heading")) }
        (error_summary(&tr, errors))
        p.warn { (tr.t("diary-delete-warning")) }
        form #delete-form method="post" action="/diary/delete" {
            (csrf_field(ctx))
            div.q.err[error_for(errors, "word").is_some()] {
                label for="field-word" { (tr.t_with("diary-delete-type", &[("word", FluentValue::from(word.clone()))])) }
                (error_line(errors, "word"))
                input.wide type="text" name="word" id="field-word" autocomplete="off"
                    value=(raw(pairs, "word"));
            }
            (pass_field(ctx, "passphrase", "diary-passphrase", Some("diary-passphrase-again-hint"), errors, "current-password"))
            p { button #delete-submit .btn.danger type="submit" { (tr.t("diary-delete-submit")) } }
        }
    };
    ctx.private_page("diary-delete-title", body, status)
}

pub async fn delete_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    delete_form(&ctx, &Pairs::new(), &[], StatusCode::OK)
}

/// Deleting everything asks for the word and, again, the passphrase (a live session is not
/// enough; a wrong passphrase counts as a failed unlock). The word comes back as typed.
pub async fn delete_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let open = session.open(&ctx).await?;
    let tr = ctx.tr();
    let word = tr.t("diary-delete-word");
    let mut errors = vec![];
    if !raw(&pairs, "word").trim().eq_ignore_ascii_case(word.trim()) {
        errors.push(FieldError {
            field: "word",
            message: tr.t_with("diary-error-word", &[("word", FluentValue::from(word))]),
        });
    }
    if raw(&pairs, "passphrase").is_empty() {
        errors.push(passphrase_missing(&ctx));
    }
    if errors.is_empty()
        && let Err(e) = confirm_passphrase(&ctx, &open, &pairs).await
    {
        match e {
            Ok(error) => errors.push(error),
            Err(page) => return Err(page),
        }
    }
    if !errors.is_empty() {
        return Ok(delete_form(
            &ctx,
            &pairs,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let UnlockedDiary { diary, key } = open;
    if let Err(e) = diary.delete_everything(key).await {
        return Err(PageError::failed(&ctx, &e));
    }
    let body = html! {
        h1 #deleted { (tr.t("diary-deleted-heading")) }
        p { (tr.t("diary-deleted-text")) }
        p { a.btn.secondary href="/" { (tr.t("diary-home")) } }
    };
    let mut res = ctx.private_page("diary-deleted-heading", body, StatusCode::OK);
    session.clear(&ctx, &mut res);
    Ok(res)
}
