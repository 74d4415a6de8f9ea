//! Opening and closing the vault: create (the recovery code shown once), "I have saved it",
//! unlock, lock, unlock with the recovery code, change the passphrase, delete everything.
//! Passphrases and codes are never put back into a form that comes back.
//!
//! Also the diary's settings (`/diary/settings`): automatic deletion after N days, off by default.
//! The settings are one sealed record of their own type inside the vault (never a cookie or a
//! plain column), and are applied whenever the diary is opened: on unlock and on the timeline.

use super::{Pairs, account_name, diary_nav, see_other, value};
use crate::error::{PageError, no_store};
use crate::extract::session::start as start_session;
use crate::extract::{CsrfForm, CsrfRefusal, Ctx, Session, UnlockedDiary};
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_app::diary::{self, AUTO_DELETE_DAYS};
use solace_store::vault::MIN_PASSPHRASE_CHARS;
use solace_store::{Diary, DiaryError, LOCAL_ACCOUNT, Passphrase, RecoveryCode, Unlocked};
use std::sync::Arc;

fn account_field(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError]) -> Markup {
    let tr = ctx.tr();
    html! {
        @if ctx.multi_user() {
            div.q.err[error_for(errors, "account").is_some()] {
                label for="field-account" { (tr.t("diary-account")) }
                (error_line(errors, "account"))
                input.wide type="text" name="account" id="field-account" autocomplete="username"
                    value=(value(pairs, "account").unwrap_or(""));
            }
        }
    }
}

fn pass_field(
    ctx: &Ctx,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    errors: &[FieldError],
    autocomplete: &str,
) -> Markup {
    let tr = ctx.tr();
    let invalid = error_for(errors, name).is_some();
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(label)) }
            @if let Some(h) = hint {
                p.hint id={ "hint-" (name) } { (tr.t(h)) }
            }
            (error_line(errors, name))
            input.wide type="password" name=(name) id={ "field-" (name) } autocomplete=(autocomplete)
                aria-describedby=[hint.map(|_| format!("hint-{name}"))]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// The unlock form (and, in single-user mode before a diary exists, the invitation to create one).
pub(crate) async fn locked_page(ctx: &Ctx, diary: &Arc<Diary>, ended: bool) -> Response {
    if !ctx.multi_user() && !diary.account_exists(LOCAL_ACCOUNT).await.unwrap_or(true) {
        return new_form(ctx, &Vec::new(), &[], StatusCode::OK);
    }
    unlock_form(ctx, &Vec::new(), None, ended, StatusCode::OK)
}

fn unlock_form(
    ctx: &Ctx,
    pairs: &Pairs,
    problem: Option<String>,
    ended: bool,
    status: StatusCode,
) -> Response {
    let tr = ctx.tr();
    let errors: Vec<FieldError> = problem
        .map(|message| FieldError {
            field: "passphrase",
            message,
        })
        .into_iter()
        .collect();
    let body = html! {
        h1 { (tr.t("diary-unlock-heading")) }
        @if ended {
            p.note #session-ended { (tr.t("diary-session-ended")) }
        }
        (error_summary(&tr, &errors))
        p { (tr.t("diary-unlock-intro")) }
        form #unlock-form method="post" action="/diary/unlock" {
            (csrf_field(ctx))
            (account_field(ctx, pairs, &errors))
            (pass_field(ctx, "passphrase", "diary-passphrase", None, &errors, "current-password"))
            p { button #unlock-submit .btn.primary type="submit" { (tr.t("diary-unlock-submit")) } }
        }
        p { a href="/diary/recover" { (tr.t("diary-forgot")) } }
        @if ctx.multi_user() {
            p { a href="/diary/new" { (tr.t("diary-create-link")) } }
        }
    };
    ctx.private_page("diary-unlock-title", body, status)
}

fn new_form(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let min = FluentValue::from(MIN_PASSPHRASE_CHARS);
    let body = html! {
        h1 { (tr.t("diary-new-heading")) }
        (error_summary(&tr, errors))
        p.lead { (tr.t("diary-new-intro")) }
        p { (tr.t("diary-new-private")) }
        form #new-form method="post" action="/diary/new" {
            (csrf_field(ctx))
            (account_field(ctx, pairs, errors))
            div.q.err[error_for(errors, "passphrase").is_some()] {
                label for="field-passphrase" { (tr.t("diary-choose-passphrase")) }
                p.hint #hint-passphrase { (tr.t_with("diary-new-passphrase-hint", &[("min", min)])) }
                (error_line(errors, "passphrase"))
                input.wide type="password" name="passphrase" id="field-passphrase" autocomplete="new-password"
                    aria-describedby="hint-passphrase";
            }
            (pass_field(ctx, "confirm", "diary-confirm", None, errors, "new-password"))
            p { button #new-submit .btn.primary type="submit" { (tr.t("diary-new-submit")) } }
        }
        @if !ctx.multi_user() {
            p.hint { (tr.t("diary-new-one")) }
        }
    };
    ctx.private_page("diary-new-title", body, status)
}

/// Checks a new passphrase and its confirmation; the errors name the fields.
fn check_new_pass(ctx: &Ctx, pairs: &Pairs, field: &'static str, errors: &mut Vec<FieldError>) {
    let tr = ctx.tr();
    let pass = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == field)
        .map_or("", |(_, v)| v.as_str());
    let confirm = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "confirm")
        .map_or("", |(_, v)| v.as_str());
    if pass.chars().count() < MIN_PASSPHRASE_CHARS {
        errors.push(FieldError {
            field,
            message: tr.t_with(
                "diary-error-short",
                &[("min", FluentValue::from(MIN_PASSPHRASE_CHARS))],
            ),
        });
    } else if pass != confirm {
        errors.push(FieldError {
            field: "confirm",
            message: tr.t("diary-error-mismatch"),
        });
    }
}

fn raw<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn account_missing(ctx: &Ctx, pairs: &Pairs, errors: &mut Vec<FieldError>) {
    if account_name(ctx, pairs).is_none_or(str::is_empty) {
        errors.push(FieldError {
            field: "account",
            message: ctx.tr().t("diary-error-account"),
        });
    }
}

pub async fn new_get(ctx: Ctx) -> Result<Response, PageError> {
    ctx.store()?;
    Ok(new_form(&ctx, &Vec::new(), &[], StatusCode::OK))
}

pub async fn new_post(
    ctx: Ctx,
    form: Result<CsrfForm, CsrfRefusal>,
) -> Result<Response, PageError> {
    let diary = ctx.store()?;
    let CsrfForm(pairs) = form?;
    let mut errors = vec![];
    account_missing(&ctx, &pairs, &mut errors);
    check_new_pass(&ctx, &pairs, "passphrase", &mut errors);
    if !errors.is_empty() {
        return Ok(new_form(
            &ctx,
            &pairs,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let name = account_name(&ctx, &pairs).unwrap_or(LOCAL_ACCOUNT);
    let pass = Passphrase::new(raw(&pairs, "passphrase").to_owned());
    Ok(match diary.create_account(name, &pass).await {
        Ok((unlocked, code)) => start(&ctx, &diary, &unlocked, Some(&code)).await?,
        Err(DiaryError::AccountExists) => {
            let message = ctx.tr().t(if ctx.multi_user() {
                "diary-error-account-taken"
            } else {
                "diary-error-exists"
            });
            let field = if ctx.multi_user() {
                "account"
            } else {
                "passphrase"
            };
            new_form(
                &ctx,
                &pairs,
                &[FieldError { field, message }],
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(DiaryError::PassphraseTooShort { .. }) => {
            let mut errors = vec![];
            check_new_pass(&ctx, &pairs, "passphrase", &mut errors);
            new_form(&ctx, &pairs, &errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(_) => return Err(PageError::store_error(&ctx)),
    })
}

/// Starts a session and answers with the recovery code page (when there is a new code) or the
/// timeline, with the session cookie.
async fn start(
    ctx: &Ctx,
    diary: &Diary,
    unlocked: &Unlocked,
    code: Option<&RecoveryCode>,
) -> Result<Response, PageError> {
    // Opening the diary applies automatic deletion; the timeline says how many went.
    if diary::auto_delete(diary, unlocked, ctx.now(), false)
        .await
        .is_err()
    {
        return Err(PageError::store_error(ctx));
    }
    let mut res = match code {
        Some(code) => code_page(ctx, code, false, StatusCode::OK),
        None => see_other("/diary"),
    };
    if start_session(ctx, diary, unlocked, &mut res).await.is_err() {
        return Err(PageError::store_error(ctx));
    }
    Ok(no_store(res))
}

/// The recovery code, shown once, and the "I have saved it" step.
fn code_page(ctx: &Ctx, code: &RecoveryCode, unticked: bool, status: StatusCode) -> Response {
    let tr = ctx.tr();
    let shown = code.reveal();
    let errors: Vec<FieldError> = if unticked {
        vec![FieldError {
            field: "saved",
            message: tr.t("diary-error-saved"),
        }]
    } else {
        vec![]
    };
    let body = html! {
        h1 { (tr.t("diary-code-heading")) }
        (error_summary(&tr, &errors))
        p.lead { (tr.t("diary-code-intro")) }
        p #recovery-code .code translate="no" { (shown.as_str()) }
        ul {
            li { (tr.t("diary-code-write")) }
            li { (tr.t("diary-code-once")) }
            li { (tr.t("diary-code-private")) }
        }
        form #saved-form method="post" action="/diary/saved" {
            (csrf_field(ctx))
            input type="hidden" name="code" value=(shown.as_str());
            div.q.check.err[unticked] {
                (error_line(&errors, "saved"))
                label.opt for="field-saved" {
                    input type="checkbox" name="saved" value="yes" id="field-saved" required;
                    span { (tr.t("diary-code-saved")) }
                }
            }
            p { button #saved-submit .btn.primary type="submit" { (tr.t("diary-code-continue")) } }
        }
    };
    ctx.private_page("diary-code-title", body, status)
}

pub async fn saved_post(ctx: Ctx, CsrfForm(pairs): CsrfForm) -> Response {
    if value(&pairs, "saved") == Some("yes") {
        return see_other("/diary");
    }
    match RecoveryCode::parse(raw(&pairs, "code")) {
        Ok(code) => code_page(&ctx, &code, true, StatusCode::UNPROCESSABLE_ENTITY),
        Err(_) => see_other("/diary"),
    }
}

pub async fn unlock_get(_open: UnlockedDiary) -> Response {
    see_other("/diary")
}

/// The words for a refused unlock: the same for a wrong passphrase and an unknown account.
fn refusal(ctx: &Ctx, e: &DiaryError) -> Option<String> {
    let tr = ctx.tr();
    match e {
        DiaryError::WrongPassphrase
        | DiaryError::NoSuchAccount
        | DiaryError::WrongRecoveryCode
        | DiaryError::MalformedRecoveryCode => Some(tr.t(if ctx.multi_user() {
            "diary-error-unlock-account"
        } else {
            "diary-error-unlock"
        })),
        DiaryError::TooManyAttempts { retry_after } => {
            let minutes = (retry_after.num_seconds() + 59) / 60;
            Some(tr.t_with(
                "diary-error-wait",
                &[("minutes", FluentValue::from(minutes.max(1)))],
            ))
        }
        _ => None,
    }
}

pub async fn unlock_post(
    ctx: Ctx,
    form: Result<CsrfForm, CsrfRefusal>,
) -> Result<Response, PageError> {
    let diary = ctx.store()?;
    let CsrfForm(pairs) = form?;
    let name = account_name(&ctx, &pairs).unwrap_or("");
    let pass = Passphrase::new(raw(&pairs, "passphrase").to_owned());
    match diary.unlock(name, &pass, ctx.now()).await {
        Ok(unlocked) => start(&ctx, &diary, &unlocked, None).await,
        Err(e) => match refusal(&ctx, &e) {
            Some(message) => Ok(unlock_form(
                &ctx,
                &pairs,
                Some(message),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            None => Err(PageError::store_error(&ctx)),
        },
    }
}

/// Lock always locks, even without a valid form token: a forged "lock" harms nobody, and refusing
/// it would leave the diary open.
pub async fn lock_post(ctx: Ctx, session: Session) -> Result<Response, PageError> {
    ctx.store()?;
    session.end(&ctx).await;
    let mut res = see_other("/diary");
    session.clear(&ctx, &mut res);
    Ok(res)
}

fn recover_form(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let body = html! {
        h1 { (tr.t("diary-recover-heading")) }
        (error_summary(&tr, errors))
        p { (tr.t("diary-recover-intro")) }
        form #recover-form method="post" action="/diary/recover" {
            (csrf_field(ctx))
            (account_field(ctx, pairs, errors))
            div.q.err[error_for(errors, "code").is_some()] {
                label for="field-code" { (tr.t("diary-recover-code")) }
                p.hint #hint-code { (tr.t("diary-recover-code-hint")) }
                (error_line(errors, "code"))
                input.wide type="text" name="code" id="field-code" autocomplete="off" spellcheck="false"
                    autocapitalize="characters" aria-describedby="hint-code";
            }
            (pass_field(ctx, "new_passphrase", "diary-new-passphrase", Some("diary-new-passphrase-short"), errors, "new-password"))
            (pass_field(ctx, "confirm", "diary-confirm", None, errors, "new-password"))
            p { button #recover-submit .btn.primary type="submit" { (tr.t("diary-recover-submit")) } }
        }
    };
    ctx.private_page("diary-recover-title", body, status)
}

pub async fn recover_get(ctx: Ctx) -> Result<Response, PageError> {
    ctx.store()?;
    Ok(recover_form(&ctx, &Vec::new(), &[], StatusCode::OK))
}

pub async fn recover_post(
    ctx: Ctx,
    form: Result<CsrfForm, CsrfRefusal>,
) -> Result<Response, PageError> {
    let diary = ctx.store()?;
    let CsrfForm(pairs) = form?;
    let tr = ctx.tr();
    let mut errors = vec![];
    account_missing(&ctx, &pairs, &mut errors);
    let code = RecoveryCode::parse(raw(&pairs, "code"));
    if code.is_err() {
        errors.push(FieldError {
            field: "code",
            message: tr.t("diary-error-code-shape"),
        });
    }
    check_new_pass(&ctx, &pairs, "new_passphrase", &mut errors);
    let code = match code {
        Ok(code) if errors.is_empty() => code,
        _ => {
            return Ok(recover_form(
                &ctx,
                &pairs,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let name = account_name(&ctx, &pairs).unwrap_or(LOCAL_ACCOUNT);
    let pass = Passphrase::new(raw(&pairs, "new_passphrase").to_owned());
    match diary.recover(name, &code, &pass, ctx.now()).await {
        Ok((unlocked, new_code)) => start(&ctx, &diary, &unlocked, Some(&new_code)).await,
        Err(e) => match refusal(&ctx, &e) {
            Some(message) => {
                let message = if matches!(e, DiaryError::TooManyAttempts { .. }) {
                    message
                } else {
                    tr.t("diary-error-code")
                };
                Ok(recover_form(
                    &ctx,
                    &pairs,
                    &[FieldError {
                        field: "code",
                        message,
                    }],
                    StatusCode::UNPROCESSABLE_ENTITY,
                ))
            }
            None => Err(PageError::store_error(&ctx)),
        },
    }
}

fn passphrase_form(ctx: &Ctx, errors: &[FieldError], done: bool, status: StatusCode) -> Response {
    let tr = ctx.tr();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-passphrase-heading")) }
        @if done {
            p.note #passphrase-changed role="status" { (tr.t("diary-passphrase-done")) }
        }
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
    passphrase_form(&ctx, &[], false, StatusCode::OK)
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
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let current = Passphrase::new(raw(&pairs, "passphrase").to_owned());
    let new = Passphrase::new(raw(&pairs, "new_passphrase").to_owned());
    match diary
        .change_passphrase(&key, &current, &new, ctx.now())
        .await
    {
        Ok(()) => {
            let mut res = passphrase_form(&ctx, &[], true, StatusCode::OK);
            start_session(&ctx, &diary, &key, &mut res)
                .await
                .map_err(|_| PageError::store_error(&ctx))?;
            Ok(res)
        }
        Err(e) => match refusal(&ctx, &e) {
            Some(message) => Ok(passphrase_form(
                &ctx,
                &[FieldError {
                    field: "passphrase",
                    message,
                }],
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            None => Err(PageError::store_error(&ctx)),
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
                input.wide type="text" name="word" id="field-word" autocomplete="off";
            }
            (account_field(ctx, pairs, errors))
            (pass_field(ctx, "passphrase", "diary-passphrase", None, errors, "current-password"))
            p { button #delete-submit .btn.danger type="submit" { (tr.t("diary-delete-submit")) } }
        }
    };
    ctx.private_page("diary-delete-title", body, status)
}

pub async fn delete_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    delete_form(&ctx, &Vec::new(), &[], StatusCode::OK)
}

pub async fn delete_post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = session.open(&ctx).await?;
    let tr = ctx.tr();
    let word = tr.t("diary-delete-word");
    if !raw(&pairs, "word").trim().eq_ignore_ascii_case(word.trim()) {
        let errors = [FieldError {
            field: "word",
            message: tr.t_with("diary-error-word", &[("word", FluentValue::from(word))]),
        }];
        return Ok(delete_form(
            &ctx,
            &pairs,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let name = account_name(&ctx, &pairs).unwrap_or("");
    let pass = Passphrase::new(raw(&pairs, "passphrase").to_owned());
    let checked = match diary.unlock(name, &pass, ctx.now()).await {
        Ok(u) if u.user() == unlocked.user() => u,
        Ok(_) => {
            let message = tr.t("diary-error-unlock");
            return Ok(delete_form(
                &ctx,
                &pairs,
                &[FieldError {
                    field: "passphrase",
                    message,
                }],
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
        Err(e) => {
            return match refusal(&ctx, &e) {
                Some(message) => Ok(delete_form(
                    &ctx,
                    &pairs,
                    &[FieldError {
                        field: "passphrase",
                        message,
                    }],
                    StatusCode::UNPROCESSABLE_ENTITY,
                )),
                None => Err(PageError::store_error(&ctx)),
            };
        }
    };
    drop(unlocked);
    if diary.delete_everything(checked).await.is_err() {
        return Err(PageError::store_error(&ctx));
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

// --- settings: automatic deletion ------------------------------------------------------------

/// The kind line at the top of the timeline after automatic deletion.
pub(super) fn auto_deleted_notice(tr: &solace_i18n::Tr<'_>, removed: u32) -> Markup {
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
    };
    ctx.private_page("diary-settings-title", body, status)
}

fn setting_word(days: Option<u16>) -> String {
    days.map_or_else(|| "off".to_owned(), |d| d.to_string())
}

pub async fn settings_get(ctx: Ctx, open: UnlockedDiary) -> Result<Response, PageError> {
    let s = diary::settings(&open.diary, &open.key)
        .await
        .map_err(|_| PageError::store_error(&ctx))?;
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
        .map_err(|_| PageError::store_error(&ctx))?;
    Ok(settings_form(
        &ctx,
        &setting_word(days),
        &[],
        true,
        StatusCode::OK,
    ))
}
