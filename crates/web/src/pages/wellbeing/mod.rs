//! `/wellbeing`: the PHQ-9, GAD-7 and PCL-5 check-ins (CLINICAL.md §7).
//!
//! GET `/wellbeing` explains, offers the three check-ins and, when the diary is unlocked, shows
//! the kept results over time. GET `/wellbeing/{q}` is the form; POST scores it. A form with
//! answers missing comes back filled in (422) with each missing question named. PHQ-9 question 9
//! above 0 makes the response the crisis page: the region's crisis line and emergency number come
//! first in `<main>`, whatever the total and even when other answers are missing.
//!
//! Private by default: answers travel only in POST bodies; they are kept in the diary only when it
//! is unlocked and the person presses "Keep" (POST `/wellbeing/keep`, CSRF-checked); otherwise
//! they are shown and forgotten. Nothing here logs. The re-check reminder is a POST that returns a
//! neutral `.ics` ("Check-in").
//!
//! PCL-5 item 16 (taking too many risks or doing things that could cause harm) at "Moderately"
//! or more also puts the crisis line first, whatever the total [weathers-2013]. The PCL-5 asks
//! about the loss, and PTSD is only diagnosed after a month [apa-dsm5]: the PCL-5 form asks,
//! optionally, when the loss was (`loss_date`); left empty, an unlocked diary's loss date is used
//! (`solace_clinical::diary::course`); with neither, the result says what the first month would
//! change. Less than 4 weeks after the loss, the result says these reactions are common soon after
//! a loss (acute stress) and offers a re-check at 4 weeks, never a cut-point reading.

mod form;
mod trend;
mod view;
mod wording;

pub use wording::{Wording, message_ids, wording};
pub(crate) use wording::{band_name, summary};

use super::{Ctx, bad_request};
use crate::AppState;
use crate::error::PageError;
use crate::extract::csrf::{Pairs, last};
use crate::extract::{CsrfForm, Session};
use axum::Form;
use axum::Router;
use axum::extract::Path;
use axum::extract::rejection::FormRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use form::{
    LOSS_DATE, LossField, form_page_with, help_now, item_errors, raw_answers, read_loss_date,
};
use maud::html;
use solace_clinical::diary::{EntryInput, Reminder};
use solace_clinical::wellbeing::{Answers, Questionnaire, SinceLoss, crisis_reason, since_loss};
use view::{Timing, crisis_section, result_section};

type Body = Result<Form<Pairs>, FormRejection>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/wellbeing", get(index))
        .route("/wellbeing/keep", post(keep))
        .route("/wellbeing/reminder", post(reminder))
        .route("/wellbeing/{q}", get(form_get).post(form_post))
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

pub async fn index(ctx: Ctx, session: Session) -> Response {
    let tr = ctx.tr();
    let open = session.open_quietly(&ctx).await;
    let entries = match &open {
        Some(o) => o.entries().await.unwrap_or_default(),
        None => vec![],
    };
    let unlocked = open.is_some();
    drop(open);
    let body = html! {
        h1 { (tr.t("wb-heading")) }
        p.lead { (tr.t("wb-intro-1")) }
        p { (tr.t("wb-intro-2")) }
        p.note #privacy { (tr.t(if unlocked { "wb-intro-kept" } else { "wb-intro-forgotten" })) }
        (help_now(&tr))
        h2 #choose { (tr.t("wb-choose")) }
        ul.r-list #questionnaires {
            @for q in Questionnaire::ALL {
                @let w = wording(q);
                li data-questionnaire=(q.id()) {
                    a.btn.secondary href={ "/wellbeing/" (q.id()) } { (tr.t(w.name)) }
                    p.hint { (tr.t(w.about)) }
                }
            }
        }
        @if unlocked {
            (trend::section(&tr, &entries))
        }
        p.hint #wb-note { (tr.t("wb-not-diagnosis")) }
    };
    ctx.private_page("wb-title", body, StatusCode::OK)
}

pub async fn form_get(ctx: Ctx, session: Session, Path(id): Path<String>) -> Response {
    let Some(q) = Questionnaire::from_id(&id) else {
        return super::not_found(ctx).await;
    };
    let unlocked = session.open_quietly(&ctx).await.is_some();
    form_page_with(
        &ctx,
        q,
        &vec![None; q.item_count()],
        &[],
        StatusCode::OK,
        None,
        &LossField {
            value: "",
            error: None,
            unlocked,
        },
    )
}

/// Today in the region's usual time zone, at `now` (the server's clock).
fn today(region: solace_clinical::Region, now: DateTime<Utc>) -> NaiveDate {
    let zone: chrono_tz::Tz = super::diary::default_zone(region)
        .parse()
        .unwrap_or(chrono_tz::Tz::UTC);
    now.with_timezone(&zone).date_naive()
}

pub async fn form_post(ctx: Ctx, session: Session, Path(id): Path<String>, body: Body) -> Response {
    let Some(q) = Questionnaire::from_id(&id) else {
        return super::not_found(ctx).await;
    };
    let Ok(Form(pairs)) = body else {
        return bad_request(&ctx, StatusCode::BAD_REQUEST);
    };
    let raw = raw_answers(q, &pairs);
    let tr = ctx.tr();
    // Safety first: PHQ-9 question 9 above 0 [kroenke-2001], or PCL-5 question 16 at
    // "Moderately" or more [weathers-2013], puts the crisis line first, before the answers are
    // even checked.
    let crisis = crisis_reason(q, &raw);
    let today = today(ctx.prefs.region, ctx.now());
    let loss_raw = if q == Questionnaire::Pcl5 {
        last(&pairs, LOSS_DATE)
    } else {
        ""
    };
    let typed_loss = read_loss_date(loss_raw, today);
    match (Answers::check(q, &raw), typed_loss) {
        (Ok(answers), Ok(typed)) => {
            let score = answers.score();
            let open = session.open_quietly(&ctx).await;
            let unlocked = open.is_some();
            let timing = if q == Questionnaire::Pcl5 {
                let from_diary = match (&open, typed) {
                    (Some(o), None) => o
                        .entries()
                        .await
                        .ok()
                        .and_then(|entries| {
                            let c = solace_clinical::diary::course(&entries);
                            c.ended_at.or(c.loss_at).map(|t| t.date_naive())
                        })
                        .filter(|d| *d <= today),
                    _ => None,
                };
                let loss = typed.or(from_diary);
                Some(Timing {
                    since: since_loss(today, loss),
                    from_diary,
                    loss,
                })
            } else {
                None
            };
            drop(open);
            let reason = crisis.or(score.crisis_line_first);
            let body = html! {
                @if let Some(r) = reason { (crisis_section(&tr, r)) }
                (result_section(&ctx, &tr, &answers, &score, unlocked, reason.is_some(), timing.as_ref()))
            };
            ctx.private_page("wb-result-title", body, StatusCode::OK)
        }
        (checked, loss) => {
            let errors = match &checked {
                Err(invalid) => item_errors(&tr, invalid),
                Ok(_) => vec![],
            };
            let loss_error = loss.err().map(|id| tr.t(id));
            form_page_with(
                &ctx,
                q,
                &raw,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
                crisis,
                &LossField {
                    value: loss_raw,
                    error: loss_error,
                    unlocked: session.open_quietly(&ctx).await.is_some(),
                },
            )
        }
    }
}

/// POST `/wellbeing/keep`: keeps the answers in the unlocked diary, then shows `/wellbeing` with
/// the trend. Refused without the CSRF token; when the diary is locked, nothing is kept and the
/// person is told so.
pub async fn keep(ctx: Ctx, session: Session, CsrfForm(pairs): CsrfForm) -> Response {
    let tr = ctx.tr();
    let q = pairs
        .iter()
        .find(|(k, _)| k == "questionnaire")
        .and_then(|(_, v)| Questionnaire::from_id(v));
    let Some(q) = q else {
        return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let open = match session.try_open(&ctx).await {
        Ok(open) => Some(open),
        Err(crate::extract::session::Closed::Unavailable) => {
            return PageError::unavailable(&ctx).into_response();
        }
        Err(_) => None,
    };
    let Some(open) = open else {
        let body = html! {
            h1 { (tr.t("wb-keep-heading")) }
            p.warn #not-kept { (tr.t("wb-keep-locked")) }
            p { a.btn.secondary href="/diary" { (tr.t("diary-not-saved-unlock")) } }
        };
        return ctx.private_page("wb-title", body, StatusCode::UNAUTHORIZED);
    };
    let now = ctx.now();
    let input = EntryInput {
        kind: Some("wellbeing".to_owned()),
        at: Some(
            now.fixed_offset()
                .to_rfc3339_opts(SecondsFormat::Secs, true),
        ),
        questionnaire: Some(q),
        answers: Some(raw_answers(q, &pairs)),
        ..EntryInput::default()
    };
    let Ok(entry) = input.validate(now) else {
        return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY);
    };
    match open.diary.add(&open.key, &entry).await {
        Ok(_) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/wellbeing#trend")],
        )
            .into_response(),
        // A full diary: the check-in was not kept; say so with the limit, never a bare error.
        Err(solace_store::DiaryError::QuotaExceeded { kind, limit }) => {
            let tr = ctx.tr();
            let body = maud::html! {
                h1 { (tr.t("wb-title")) }
                p #not-kept .warn { (crate::pages::diary::quota_message(&ctx, kind, limit)) }
                p { a.btn.secondary href="/diary" { (tr.t("diary-back")) } }
            };
            ctx.private_page("wb-title", body, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => PageError::failed(&ctx, &e).into_response(),
    }
}

/// POST `/wellbeing/reminder`: a calendar file for the day a re-check covers a fresh recall
/// window (2 weeks, or a month for the PCL-5). Only the questionnaire id is sent; the event's
/// title is the diary's neutral "Check-in".
pub async fn reminder(ctx: Ctx, body: Body) -> Response {
    let Ok(Form(pairs)) = body else {
        return bad_request(&ctx, StatusCode::BAD_REQUEST);
    };
    let Some(q) = pairs
        .iter()
        .find(|(k, _)| k == "questionnaire")
        .and_then(|(_, v)| Questionnaire::from_id(v))
    else {
        return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let today = today(ctx.prefs.region, ctx.now());
    // A PCL-5 taken in the first month after the loss is re-checked 4 weeks after it [apa-dsm5].
    let loss = match read_loss_date(last(&pairs, LOSS_DATE), today) {
        Ok(d) if q == Questionnaire::Pcl5 => d,
        Ok(_) => None,
        Err(_) => return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let date = match since_loss(today, loss) {
        SinceLoss::FirstMonth { recheck_on } => Some(recheck_on),
        _ => q.recheck_on(today),
    };
    let Some(date) = date else {
        return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let r = Reminder {
        id: "wellbeing-check-in",
        title_id: "diary-ics-check-in",
        date,
        until: None,
        approximate: false,
        sources: &[],
    };
    super::diary::ics_response(super::diary::calendar(&ctx.tr(), &[&r], ctx.now()))
}
