//! `/diary/settings`: automatic deletion after N days, off by default. The settings are one
//! sealed record of their own inside the vault ([`solace_app::diary::Settings`]), applied whenever
//! the diary is opened: on unlock and on the timeline.

use crate::error::PageError;
use crate::extract::{CsrfForm, Ctx, Session, UnlockedDiary};
use crate::pages::diary::{diary_nav, value};
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_app::diary::{self, AUTO_DELETE_DAYS};
use solace_i18n::Tr;

/// The kind line at the top of the timeline after automatic deletion.
pub(crate) fn auto_deleted_notice(tr: &Tr<'_>, removed: u32) -> Markup {
    html! {
        @if removed > 0 {
            p.note #auto-deleted role="status" {
                (tr.t_with("diary-auto-deleted", &[("count", FluentValue::from(removed))]))
                " "
                a href="/diary/settings" { (tr.t("diary-settings-link")) }
            }
        }
    }
}

fn settings_form(
    ctx: &Ctx,
    current: &str,
    errors: &[FieldError],
    done: bool,
    status: StatusCode,
) -> Response {
    let tr = ctx.tr();
    let invalid = error_for(errors, "auto_delete").is_some();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-settings-heading")) }
        @if done {
            p.note #settings-saved role="status" { (tr.t("diary-settings-done")) }
        }
        (error_summary(&tr, errors))
        form #settings-form method="post" action="/diary/settings" {
            (csrf_field(ctx))
            fieldset.q.err[invalid] #q-auto_delete {
                legend { (tr.t("diary-auto-delete")) }
                p.hint #hint-auto_delete { (tr.t("diary-auto-delete-hint")) }
                (error_line(errors, "auto_delete"))
                div.opts {
                    label.opt {
                        input type="radio" name="auto_delete" value="off" id="field-auto_delete"
                            checked[current == "off"];
                        span { (tr.t("diary-auto-delete-off")) }
                    }
                    @for d in AUTO_DELETE_DAYS {
                        @let w = d.to_string();
                        label.opt {
                            input type="radio" name="auto_delete" value=(w) id={ "field-auto_delete-" (w) }
                                checked[current == w];
                            span { (tr.t_with("diary-auto-delete-days", &[("days", FluentValue::from(d))])) }
                        }
                    }
                }
            }
            p { button #settings-save .btn.primary type="submit" { (tr.t("diary-save")) } }
        }
        p.more { a href="/diary/passphrase" { (tr.t("diary-passphrase-link")) } }
        form #sign-out-everywhere-form method="post" action="/diary/sign-out-everywhere" {
            (csrf_field(ctx))
            p.hint #hint-sign-out-everywhere { (tr.t("diary-sign-out-everywhere-hint")) }
            p { button #sign-out-everywhere .btn type="submit" aria-describedby="hint-sign-out-everywhere" { (tr.t("diary-sign-out-everywhere")) } }
        }
        (crate::pages::diary::backup::settings_section(ctx, &[]))
    };
    ctx.private_page("diary-settings-title", body, status)
}

/// "Sign out everywhere": ends every session of the account (other devices, a browser someone
/// else may hold, this one), then shows the unlock form.
pub async fn sign_out_everywhere_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(_pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary { diary, key } = session.open(&ctx).await?;
    diary
        .end_all_sessions(key.user())
        .await
        .map_err(|e| PageError::failed(&ctx, &e))?;
    let mut res = crate::pages::diary::see_other("/diary");
    session.clear(&ctx, &mut res);
    Ok(res)
}

fn setting_word(days: Option<u16>) -> String {
    days.map_or_else(|| "off".to_owned(), |d| d.to_string())
}

pub async fn settings_get(ctx: Ctx, open: UnlockedDiary) -> Result<Response, PageError> {
    let s = diary::settings(&open.diary, &open.key)
        .await
        .map_err(|e| PageError::failed(&ctx, &e))?;
    Ok(settings_form(
        &ctx,
        &setting_word(s.and_then(|(_, s)| s.auto_delete_days())),
        &[],
        false,
        StatusCode::OK,
    ))
}

pub async fn settings_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = session.open(&ctx).await?;
    let raw_choice = value(&pairs, "auto_delete").unwrap_or("").trim();
    let days = match raw_choice {
        "off" => Some(None),
        d => d
            .parse::<u16>()
            .ok()
            .filter(|d| AUTO_DELETE_DAYS.contains(d))
            .map(Some),
    };
    let Some(days) = days else {
        let errors = [FieldError {
            field: "auto_delete",
            message: ctx.tr().t("diary-error-choice"),
        }];
        return Ok(settings_form(
            &ctx,
            raw_choice,
            &errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    diary::set_auto_delete(&diary, &unlocked, days)
        .await
        .map_err(|e| PageError::failed(&ctx, &e))?;
    Ok(settings_form(
        &ctx,
        &setting_word(days),
        &[],
        true,
        StatusCode::OK,
    ))
}
