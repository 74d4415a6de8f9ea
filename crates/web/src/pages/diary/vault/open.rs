//! Opening the vault: create it (the recovery code shown once, then "I have saved it"), unlock,
//! lock, and unlock with the recovery code.

use super::{account_field, account_missing, check_new_pass, pass_field, raw, refusal};
use crate::error::{PageError, no_store};
use crate::extract::session::start as start_session;
use crate::extract::{CsrfForm, CsrfRefusal, Ctx, Session, UnlockedDiary};
use crate::limits::Registration;
use crate::pages::diary::{Pairs, account_name, see_other, value};
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::html;
use solace_app::diary;
use solace_store::vault::{MIN_PASSPHRASE_CHARS, MIN_PASSPHRASE_WORDS};
use solace_store::{Diary, DiaryError, LOCAL_ACCOUNT, Passphrase, RecoveryCode, Unlocked};
use std::sync::Arc;

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
        @if ctx.multi_user() && registration(ctx) != &Registration::Closed {
            p { a href="/diary/new" { (tr.t("diary-create-link")) } }
        }
    };
    ctx.private_page("diary-unlock-title", body, status)
}

fn new_form(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let min = FluentValue::from(MIN_PASSPHRASE_CHARS);
    let words = FluentValue::from(MIN_PASSPHRASE_WORDS);
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
                p.hint #hint-passphrase { (tr.t_with("diary-new-passphrase-hint", &[("min", min), ("words", words)])) }
                (error_line(errors, "passphrase"))
                input.wide type="password" name="passphrase" id="field-passphrase" autocomplete="new-password"
                    aria-describedby="hint-passphrase";
            }
            (pass_field(ctx, "confirm", "diary-confirm", None, errors, "new-password"))
            (invite_field(ctx, errors))
            p { button #new-submit .btn.primary type="submit" { (tr.t("diary-new-submit")) } }
        }
        @if !ctx.multi_user() {
            p.hint { (tr.t("diary-new-one")) }
        }
    };
    ctx.private_page("diary-new-title", body, status)
}

/// Who may register: the configured choice in hosted mode; locally the one diary can always be
/// made.
fn registration(ctx: &Ctx) -> &Registration {
    if ctx.multi_user() {
        &ctx.state().config.registration
    } else {
        &Registration::Open
    }
}

/// The invite code field, when registration is by invite (every form that makes a diary: a new
/// one, or one from a backup).
pub(crate) fn invite_field(ctx: &Ctx, errors: &[FieldError]) -> maud::Markup {
    let tr = ctx.tr();
    html! {
        @if matches!(registration(ctx), Registration::Invite(_)) {
            div.q.err[error_for(errors, "invite").is_some()] {
                label for="field-invite" { (tr.t("diary-invite")) }
                p.hint #hint-invite { (tr.t("diary-invite-hint")) }
                (error_line(errors, "invite"))
                input.wide type="text" name="invite" id="field-invite" autocomplete="off"
                    spellcheck="false" aria-describedby="hint-invite";
            }
        }
    }
}

/// The refusal of a wrong or missing invite code, when registration is by invite.
pub(crate) fn invite_error(ctx: &Ctx, pairs: &Pairs) -> Option<FieldError> {
    (matches!(registration(ctx), Registration::Invite(_))
        && !registration(ctx).invite_matches(raw(pairs, "invite")))
    .then(|| FieldError {
        field: "invite",
        message: ctx.tr().t("diary-error-invite"),
    })
}

/// Whether this server takes no new diaries (hosted, `registration = "closed"`).
pub(crate) fn registration_closed(ctx: &Ctx) -> bool {
    registration(ctx) == &Registration::Closed
}

/// The kind page for a server that takes no new diaries (200 to look, 403 to a form sent).
pub(crate) fn closed_page(ctx: &Ctx, status: StatusCode) -> Response {
    let tr = ctx.tr();
    let body = html! {
        h1 { (tr.t("diary-closed-title")) }
        p #registration-closed { (tr.t("diary-closed")) }
        p { a.btn.primary href="/diary" { (tr.t("diary-back")) } }
    };
    ctx.private_page("diary-closed-title", body, status)
}

pub async fn new_get(ctx: Ctx) -> Result<Response, PageError> {
    ctx.store()?;
    if registration(&ctx) == &Registration::Closed {
        return Ok(closed_page(&ctx, StatusCode::OK));
    }
    Ok(new_form(&ctx, &Vec::new(), &[], StatusCode::OK))
}

pub async fn new_post(
    ctx: Ctx,
    form: Result<CsrfForm, CsrfRefusal>,
) -> Result<Response, PageError> {
    let diary = ctx.store()?;
    let CsrfForm(pairs) = form?;
    if registration(&ctx) == &Registration::Closed {
        return Ok(closed_page(&ctx, StatusCode::FORBIDDEN));
    }
    let mut errors = vec![];
    account_missing(&ctx, &pairs, &mut errors);
    check_new_pass(&ctx, &pairs, "passphrase", &mut errors);
    errors.extend(invite_error(&ctx, &pairs));
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
        // Multi-user: the name cannot be used. The words say no more than that (not "taken"),
        // and the answer came after the same key derivations as a new diary. That a name is in
        // use cannot be hidden from the one trying to register it (see SECURITY.md).
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
        Err(DiaryError::PassphraseTooShort { .. } | DiaryError::PassphraseTooCommon) => {
            let mut errors = vec![];
            check_new_pass(&ctx, &pairs, "passphrase", &mut errors);
            new_form(&ctx, &pairs, &errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => return Err(PageError::failed(&ctx, &e)),
    })
}

/// What to say above the recovery code page.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CodeNotes {
    /// The passphrase was just changed (so the old code stopped working).
    pub changed: bool,
    /// Failed unlocks since the last visit (after a recovery).
    pub failed_attempts: u64,
}

/// The recovery code, shown once, and the "I have saved it" step.
fn code_page(ctx: &Ctx, code: &RecoveryCode, unticked: bool, status: StatusCode) -> Response {
    code_page_with(ctx, code, unticked, CodeNotes::default(), status)
}

pub(super) fn code_page_with(
    ctx: &Ctx,
    code: &RecoveryCode,
    unticked: bool,
    notes: CodeNotes,
    status: StatusCode,
) -> Response {
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
        @if notes.changed {
            p.note #passphrase-changed role="status" { (tr.t("diary-passphrase-done")) }
        }
        (attempts_note(ctx, notes.failed_attempts))
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

/// "N failed attempts since your last visit", when there were any.
fn attempts_note(ctx: &Ctx, count: u64) -> maud::Markup {
    let tr = ctx.tr();
    html! {
        @if count > 0 {
            div.note #failed-attempts role="status" {
                p { (tr.t_with("diary-attempts", &[("count", FluentValue::from(count))])) }
                p { (tr.t("diary-attempts-hint")) }
            }
        }
    }
}

/// After an unlock that followed failed attempts: say so before the timeline.
fn attempts_page(ctx: &Ctx, count: u64) -> Response {
    let tr = ctx.tr();
    let body = html! {
        h1 { (tr.t("diary-attempts-title")) }
        (attempts_note(ctx, count))
        p { a #attempts-continue .btn.primary href="/diary" { (tr.t("diary-attempts-continue")) } }
    };
    ctx.private_page("diary-attempts-title", body, StatusCode::OK)
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
            // Wrong passphrases never block the recovery code: say so, so the owner is not
            // left waiting during a lockout (SAFETY.md K7).
            Some(message) if matches!(e, DiaryError::TooManyAttempts { .. }) => Ok(unlock_form(
                &ctx,
                &pairs,
                Some(format!("{message} {}", ctx.tr().t("diary-error-wait-code"))),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            Some(message) => Ok(unlock_form(
                &ctx,
                &pairs,
                Some(message),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            None => Err(PageError::failed(&ctx, &e)),
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
        Ok((unlocked, new_code)) => {
            let notes = CodeNotes {
                changed: false,
                failed_attempts: unlocked.failed_attempts_since_last_visit(),
            };
            let page = code_page_with(&ctx, &new_code, false, notes, StatusCode::OK);
            start_with(&ctx, &diary, &unlocked, page).await
        }
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
            None => Err(PageError::failed(&ctx, &e)),
        },
    }
}

/// Starts a session and answers with the recovery code page (when there is a new code) or the
/// timeline, with the session cookie.
async fn start(
    ctx: &Ctx,
    diary: &Diary,
    unlocked: &Unlocked,
    code: Option<&RecoveryCode>,
) -> Result<Response, PageError> {
    let failed = unlocked.failed_attempts_since_last_visit();
    let res = match code {
        Some(code) => code_page(ctx, code, false, StatusCode::OK),
        None if failed > 0 => attempts_page(ctx, failed),
        None => see_other("/diary"),
    };
    start_with(ctx, diary, unlocked, res).await
}

/// Applies automatic deletion, starts a session and sets its cookie on `res`.
pub(super) async fn start_with(
    ctx: &Ctx,
    diary: &Diary,
    unlocked: &Unlocked,
    mut res: Response,
) -> Result<Response, PageError> {
    // Opening the diary applies automatic deletion; the timeline says how many went.
    if let Err(e) = diary::auto_delete(diary, unlocked, ctx.now(), false).await {
        return Err(PageError::failed(ctx, &e));
    }
    if let Err(e) = start_session(ctx, diary, unlocked, &mut res).await {
        return Err(PageError::failed(ctx, &e));
    }
    Ok(no_store(res))
}
