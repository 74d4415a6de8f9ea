//! Opening and closing the vault ([`open`]: create, with the recovery code shown once, "I have
//! saved it", unlock, lock, unlock with the recovery code), changing it ([`change`]: the
//! passphrase, delete everything) and its settings ([`settings`]: automatic deletion).
//! Passphrases and codes are never put back into a form that comes back. This file holds what
//! their forms share: the account and passphrase fields and their checks, the words of a refused
//! unlock, and starting a session.

mod change;
mod open;
mod settings;

pub(crate) use change::{delete_get, delete_post, passphrase_get, passphrase_post};
pub(crate) use open::{
    closed_page, invite_error, invite_field, lock_post, locked_page, new_get, new_post,
    recover_get, recover_post, registration_closed, saved_post, unlock_get, unlock_post,
};
pub(crate) use settings::{
    auto_deleted_notice, settings_get, settings_post, sign_out_everywhere_post,
};

use super::{Pairs, account_name, value};
use crate::error::PageError;
use crate::extract::{Ctx, UnlockedDiary};
use crate::view::forms::{FieldError, error_for, error_line};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_store::vault::{MIN_PASSPHRASE_CHARS, MIN_PASSPHRASE_WORDS, VaultError};
use solace_store::{DiaryError, Passphrase};

pub(super) fn account_field(ctx: &Ctx, pairs: &Pairs, errors: &[FieldError]) -> Markup {
    let tr = ctx.tr();
    html! {
        @if ctx.multi_user() {
            div.q.err[error_for(errors, "account").is_some()] {
                label for="field-account" { (tr.t("diary-account")) }
                p.hint #hint-account { (tr.t("diary-account-hint")) }
                (error_line(errors, "account"))
                input.wide type="text" name="account" id="field-account" autocomplete="username"
                    aria-describedby="hint-account"
                    value=(value(pairs, "account").unwrap_or(""));
            }
        }
    }
}

pub(in crate::pages::diary) fn pass_field(
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

/// The words for a refused new passphrase ("at least 12 characters, or 4 words", "too common").
pub(super) fn new_pass_message(ctx: &Ctx, e: &VaultError) -> String {
    let tr = ctx.tr();
    match e {
        VaultError::PassphraseTooCommon => tr.t("diary-error-common"),
        _ => tr.t_with(
            "diary-error-short",
            &[
                ("min", FluentValue::from(MIN_PASSPHRASE_CHARS)),
                ("words", FluentValue::from(MIN_PASSPHRASE_WORDS)),
            ],
        ),
    }
}

/// Checks a new passphrase (the vault's rules: length or words, and the blocklist) and its
/// confirmation; the errors name the fields. The passphrase is never put back in the form.
pub(super) fn check_new_pass(
    ctx: &Ctx,
    pairs: &Pairs,
    field: &'static str,
    errors: &mut Vec<FieldError>,
) {
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
    if let Err(e) = Passphrase::new(pass.to_owned()).check_new() {
        errors.push(FieldError {
            field,
            message: new_pass_message(ctx, &e),
        });
    } else if pass != confirm {
        errors.push(FieldError {
            field: "confirm",
            message: tr.t("diary-error-mismatch"),
        });
    }
}

/// The error for an empty passphrase field where it is asked again (not counted as a try).
pub(in crate::pages::diary) fn passphrase_missing(ctx: &Ctx) -> FieldError {
    FieldError {
        field: "passphrase",
        message: ctx.tr().t("diary-error-passphrase-again"),
    }
}

/// Asks for the open diary's passphrase again (the `passphrase` field), before the whole diary
/// is handed over or deleted. A wrong one counts as a failed unlock. `Err(Some)`: the error for
/// the field; `Err(None)`: the store failed.
pub(in crate::pages::diary) async fn confirm_passphrase(
    ctx: &Ctx,
    open: &UnlockedDiary,
    pairs: &Pairs,
) -> Result<(), Result<FieldError, PageError>> {
    let typed = raw(pairs, "passphrase");
    if typed.is_empty() {
        return Err(Ok(passphrase_missing(ctx)));
    }
    let pass = Passphrase::new(typed.to_owned());
    match open
        .diary
        .confirm_passphrase(&open.key, &pass, ctx.now())
        .await
    {
        Ok(()) => Ok(()),
        Err(DiaryError::WrongPassphrase) => {
            ctx.state().metrics.unlock_failed("wrong");
            Err(Ok(FieldError {
                field: "passphrase",
                message: ctx.tr().t("diary-error-unlock"),
            }))
        }
        Err(e) => Err(refusal(ctx, &e)
            .map(|message| FieldError {
                field: "passphrase",
                message,
            })
            .ok_or_else(|| PageError::failed(ctx, &e))),
    }
}

pub(in crate::pages::diary) fn raw<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

pub(super) fn account_missing(ctx: &Ctx, pairs: &Pairs, errors: &mut Vec<FieldError>) {
    if account_name(ctx, pairs).is_none_or(str::is_empty) {
        errors.push(FieldError {
            field: "account",
            message: ctx.tr().t("diary-error-account"),
        });
    }
}

/// The words for a refused unlock: the same for a wrong passphrase and an unknown account.
pub(super) fn refusal(ctx: &Ctx, e: &DiaryError) -> Option<String> {
    let tr = ctx.tr();
    match e {
        DiaryError::WrongPassphrase
        | DiaryError::NoSuchAccount
        | DiaryError::WrongRecoveryCode
        | DiaryError::MalformedRecoveryCode => ctx.state().metrics.unlock_failed("wrong"),
        DiaryError::TooManyAttempts { .. } => ctx.state().metrics.unlock_failed("too_many"),
        _ => {}
    }
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
