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

mod trend;

use super::{Ctx, bad_request};
use crate::AppState;
use crate::error::PageError;
use crate::extract::csrf::Pairs;
use crate::extract::{CsrfForm, Session};
use crate::view::forms::{
    FieldError, Summary, csrf_field, error_for, error_line, error_summary_with,
};
use axum::Form;
use axum::Router;
use axum::extract::Path;
use axum::extract::rejection::FormRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::diary::{EntryInput, Reminder};
use solace_clinical::input::Problem;
use solace_clinical::wellbeing::{
    Answers, Band, CrisisReason, Questionnaire, Recall, Score, SinceLoss, crisis_reason, since_loss,
};
use solace_i18n::Tr;

type Body = Result<Form<Pairs>, FormRejection>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/wellbeing", get(index))
        .route("/wellbeing/keep", post(keep))
        .route("/wellbeing/reminder", post(reminder))
        .route("/wellbeing/{q}", get(form_get).post(form_post))
}

// ---------------------------------------------------------------------------------------------
// Message ids, as literals so the tidy test sees every one of them.
// ---------------------------------------------------------------------------------------------

const PHQ9_ITEMS: [&str; 9] = [
    "wb-phq9-item-1",
    "wb-phq9-item-2",
    "wb-phq9-item-3",
    "wb-phq9-item-4",
    "wb-phq9-item-5",
    "wb-phq9-item-6",
    "wb-phq9-item-7",
    "wb-phq9-item-8",
    "wb-phq9-item-9",
];
const GAD7_ITEMS: [&str; 7] = [
    "wb-gad7-item-1",
    "wb-gad7-item-2",
    "wb-gad7-item-3",
    "wb-gad7-item-4",
    "wb-gad7-item-5",
    "wb-gad7-item-6",
    "wb-gad7-item-7",
];
const PCL5_ITEMS: [&str; 20] = [
    "wb-pcl5-item-1",
    "wb-pcl5-item-2",
    "wb-pcl5-item-3",
    "wb-pcl5-item-4",
    "wb-pcl5-item-5",
    "wb-pcl5-item-6",
    "wb-pcl5-item-7",
    "wb-pcl5-item-8",
    "wb-pcl5-item-9",
    "wb-pcl5-item-10",
    "wb-pcl5-item-11",
    "wb-pcl5-item-12",
    "wb-pcl5-item-13",
    "wb-pcl5-item-14",
    "wb-pcl5-item-15",
    "wb-pcl5-item-16",
    "wb-pcl5-item-17",
    "wb-pcl5-item-18",
    "wb-pcl5-item-19",
    "wb-pcl5-item-20",
];
/// "Not at all" … "Nearly every day" (PHQ-9 and GAD-7), answer 0 to 3.
const FREQUENCY: [&str; 4] = ["wb-freq-0", "wb-freq-1", "wb-freq-2", "wb-freq-3"];
/// "Not at all" … "Extremely" (PCL-5), answer 0 to 4.
const PCL_OPTIONS: [&str; 5] = ["wb-pcl-0", "wb-pcl-1", "wb-pcl-2", "wb-pcl-3", "wb-pcl-4"];

/// The Fluent ids of one questionnaire's wording.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    pub name: &'static str,
    pub about: &'static str,
    pub stem: &'static str,
    pub items: &'static [&'static str],
    pub options: &'static [&'static str],
}

pub const fn wording(q: Questionnaire) -> Wording {
    match q {
        Questionnaire::Phq9 => Wording {
            name: "wb-phq9-name",
            about: "wb-phq9-about",
            stem: "wb-phq9-stem",
            items: &PHQ9_ITEMS,
            options: &FREQUENCY,
        },
        Questionnaire::Gad7 => Wording {
            name: "wb-gad7-name",
            about: "wb-gad7-about",
            stem: "wb-gad7-stem",
            items: &GAD7_ITEMS,
            options: &FREQUENCY,
        },
        Questionnaire::Pcl5 => Wording {
            name: "wb-pcl5-name",
            about: "wb-pcl5-about",
            stem: "wb-pcl5-stem",
            items: &PCL5_ITEMS,
            options: &PCL_OPTIONS,
        },
    }
}

pub(crate) fn band_name(band: Band) -> &'static str {
    match band {
        Band::Minimal => "wb-band-minimal",
        Band::Mild => "wb-band-mild",
        Band::Moderate => "wb-band-moderate",
        Band::ModeratelySevere => "wb-band-moderately-severe",
        Band::Severe => "wb-band-severe",
        Band::BelowCutPoint => "wb-band-below-cut-point",
        Band::CutPointRange => "wb-band-cut-point-range",
        Band::AboveCutPoint => "wb-band-above-cut-point",
    }
}

fn band_meaning(q: Questionnaire, band: Band) -> &'static str {
    match (q, band) {
        (Questionnaire::Phq9, Band::Minimal) => "wb-phq9-meaning-minimal",
        (Questionnaire::Phq9, Band::Mild) => "wb-phq9-meaning-mild",
        (Questionnaire::Phq9, Band::Moderate) => "wb-phq9-meaning-moderate",
        (Questionnaire::Phq9, Band::ModeratelySevere) => "wb-phq9-meaning-moderately-severe",
        (Questionnaire::Phq9, _) => "wb-phq9-meaning-severe",
        (Questionnaire::Gad7, Band::Minimal) => "wb-gad7-meaning-minimal",
        (Questionnaire::Gad7, Band::Mild) => "wb-gad7-meaning-mild",
        (Questionnaire::Gad7, Band::Moderate) => "wb-gad7-meaning-moderate",
        (Questionnaire::Gad7, _) => "wb-gad7-meaning-severe",
        (Questionnaire::Pcl5, Band::BelowCutPoint) => "wb-pcl5-meaning-below-cut-point",
        (Questionnaire::Pcl5, Band::CutPointRange) => "wb-pcl5-meaning-cut-point-range",
        (Questionnaire::Pcl5, _) => "wb-pcl5-meaning-above-cut-point",
    }
}

fn cluster_name(id: &str) -> &'static str {
    match id {
        "B" => "wb-cluster-B",
        "C" => "wb-cluster-C",
        "D" => "wb-cluster-D",
        _ => "wb-cluster-E",
    }
}

/// Message ids picked from tables, for the tidy test that checks every id exists.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![];
    for q in Questionnaire::ALL {
        let w = wording(q);
        ids.extend([w.name, w.about, w.stem]);
        ids.extend(w.items);
        ids.extend(w.options);
        for b in q.bands() {
            ids.push(band_name(b.band));
            ids.push(band_meaning(q, b.band));
        }
        ids.extend(q.clusters().iter().map(|c| cluster_name(c.id)));
    }
    ids
}

/// One kept check-in in a line, for the diary timeline: "Mood (PHQ-9): 7 / 27, mild".
pub(crate) fn summary(tr: &Tr<'_>, score: &Score) -> String {
    format!(
        "{}: {} / {}, {}",
        tr.t(wording(score.questionnaire).name),
        score.total,
        score.max_total,
        tr.t(band_name(score.band))
    )
}

// ---------------------------------------------------------------------------------------------
// Reading a form
// ---------------------------------------------------------------------------------------------

/// The form field of question `n` (1-based).
fn item_field(n: usize) -> &'static str {
    const ITEMS: [&str; 20] = [
        "item_1", "item_2", "item_3", "item_4", "item_5", "item_6", "item_7", "item_8", "item_9",
        "item_10", "item_11", "item_12", "item_13", "item_14", "item_15", "item_16", "item_17",
        "item_18", "item_19", "item_20",
    ];
    n.checked_sub(1)
        .and_then(|i| ITEMS.get(i))
        .copied()
        .unwrap_or("item")
}

/// The raw answers of a form, one per item (`None` when left blank; text that is not a number
/// reads as NaN so that it is refused by name, never guessed).
fn raw_answers(q: Questionnaire, pairs: &[(String, String)]) -> Vec<Option<f64>> {
    (1..=q.item_count())
        .map(|n| {
            let name = item_field(n);
            pairs
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
                .map(|v| v.parse::<f64>().unwrap_or(f64::NAN))
        })
        .collect()
}

/// The problems with the questions, each on its question's field.
fn item_errors(tr: &Tr<'_>, invalid: &solace_clinical::input::InvalidInput) -> Vec<FieldError> {
    let mut out: Vec<FieldError> = vec![];
    for e in &invalid.errors {
        let Some(i) = e
            .field
            .strip_prefix("answers[")
            .and_then(|r| r.strip_suffix(']'))
            .and_then(|i| i.parse::<usize>().ok())
        else {
            continue;
        };
        let n = i + 1;
        let id = if e.problem == Problem::Missing {
            "wb-error-missing"
        } else {
            "wb-error-choice"
        };
        out.push(FieldError::new(
            item_field(n),
            tr.t_with(id, &[("n", FluentValue::from(n))]),
        ));
    }
    out
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

/// A quiet line with the crisis line and emergency number, on the page before any question.
fn help_now(tr: &Tr<'_>) -> Markup {
    html! {
        p #help-now {
            (tr.t("wb-help-now")) " "
            (tr.t(if tr.region.crisis_line().is_some() { "wb-contact-crisis" } else { "wb-contact-crisis-other" }))
        }
    }
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

/// The PCL-5's optional "when was your loss?" field.
const LOSS_DATE: &str = "loss_date";

/// Today in the region's usual time zone, at `now` (the server's clock).
fn today(region: solace_clinical::Region, now: DateTime<Utc>) -> NaiveDate {
    let zone: chrono_tz::Tz = super::diary::default_zone(region)
        .parse()
        .unwrap_or(chrono_tz::Tz::UTC);
    now.with_timezone(&zone).date_naive()
}

fn field_value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.trim())
}

/// Reads the loss date as typed: `Ok(None)` when empty, the message id of the problem when it is
/// not a date or is after `today`.
fn read_loss_date(raw: &str, today: NaiveDate) -> Result<Option<NaiveDate>, &'static str> {
    if raw.is_empty() {
        return Ok(None);
    }
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(d) if d > today => Err("wb-error-loss-future"),
        Ok(d) => Ok(Some(d)),
        Err(_) => Err("wb-error-loss-date"),
    }
}

fn fmt_date(d: NaiveDate, lang: solace_i18n::Lang) -> String {
    solace_i18n::fmt::date(lang, d)
}

/// What the result knows about the time since the loss (PCL-5 only).
struct Timing {
    since: SinceLoss,
    /// The loss date was read from the diary, not typed.
    from_diary: Option<NaiveDate>,
    loss: Option<NaiveDate>,
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
        field_value(&pairs, LOSS_DATE)
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

/// The PCL-5's loss date question as typed, with its problem.
struct LossField<'a> {
    value: &'a str,
    error: Option<String>,
    unlocked: bool,
}

fn form_page_with(
    ctx: &Ctx,
    q: Questionnaire,
    raw: &[Option<f64>],
    errors: &[FieldError],
    status: StatusCode,
    crisis: Option<CrisisReason>,
    loss: &LossField<'_>,
) -> Response {
    let tr = ctx.tr();
    let w = wording(q);
    let count = q.item_count();
    // The loss date is asked first, so its problem is listed first.
    let summary: Vec<FieldError> = loss
        .error
        .iter()
        .map(|m| FieldError::new(LOSS_DATE, m.clone()))
        .chain(errors.iter().cloned())
        .collect();
    let any_error = !summary.is_empty();
    let lead = (!errors.is_empty()).then(|| tr.t("wb-form-not-finished"));
    let body = html! {
        @if let Some(r) = crisis { (crisis_section(&tr, r)) }
        @if crisis.is_some() { h2 #form-heading { (tr.t(w.name)) } } @else { h1 #form-heading { (tr.t(w.name)) } }
        (error_summary_with(&tr, &summary, Summary { lead: lead.as_deref(), ..Summary::default() }))
        @if crisis.is_none() && !any_error { (help_now(&tr)) }
        p { (tr.t("wb-form-intro")) }
        @if q == Questionnaire::Pcl5 {
            p #pcl5-intro .note { (tr.t("wb-pcl5-intro")) }
            p #instruction { (tr.t("wb-pcl5-instruction")) }
        }
        form #wb-form method="post" action={ "/wellbeing/" (q.id()) } autocomplete="off" data-questionnaire=(q.id()) {
            (csrf_field(ctx))
            @if q == Questionnaire::Pcl5 {
                div.q.err[loss.error.is_some()] #q-loss_date {
                    label for={ "field-" (LOSS_DATE) } { (tr.t("wb-loss-q")) }
                    p.hint #hint-loss_date {
                        (tr.t("wb-loss-hint"))
                        @if loss.unlocked { " " (tr.t("wb-loss-hint-diary")) }
                    }
                    @if let Some(m) = &loss.error {
                        p.field-error #error-loss_date { (m) }
                    }
                    input type="date" name=(LOSS_DATE) id={ "field-" (LOSS_DATE) } value=(loss.value)
                        autocomplete="off"
                        aria-describedby=(if loss.error.is_some() { "hint-loss_date error-loss_date" } else { "hint-loss_date" })
                        aria-invalid=[loss.error.as_ref().map(|_| "true")];
                }
            }
            p #stem .lead { strong { (tr.t(w.stem)) } }
            @for (i, item) in w.items.iter().enumerate() {
                @let n = i + 1;
                @let name = item_field(n);
                @let error = error_for(errors, name);
                @let current = raw.get(i).copied().flatten();
                fieldset.q.err[error.is_some()] id={ "q-" (name) } data-item=(n) {
                    legend {
                        span.vh { (tr.t_with("wb-question", &[("n", FluentValue::from(n)), ("count", FluentValue::from(count))])) " " }
                        span aria-hidden="true" { (n) ". " }
                        span.item { (tr.t(item)) }
                    }
                    (error_line(errors, name))
                    div.opts {
                        @for (value, option) in w.options.iter().enumerate() {
                            label.opt {
                                input type="radio" name=(name) value=(value)
                                    id=(if value == 0 { format!("field-{name}") } else { format!("field-{name}-{value}") })
                                    checked[current == Some(value as f64)]
                                    aria-describedby=[error.map(|_| format!("error-{name}"))];
                                span { (tr.t(option)) }
                            }
                        }
                    }
                }
            }
            p { button #wb-submit .btn.primary type="submit" { (tr.t("wb-submit")) } }
        }
        p { a href="/wellbeing" { (tr.t("wb-back")) } }
        p.hint #wb-note { (tr.t("wb-not-diagnosis")) }
    };
    ctx.private_page(w.name, body, status)
}

/// The crisis response: the region's crisis line (call, and text where the line takes texts) and
/// emergency number, with call buttons. The same words and actions as the triage self-harm rule
/// (CLINICAL.md §1, [kroenke-2001]); PCL-5 question 16 says what it was about [weathers-2013].
fn crisis_section(tr: &Tr<'_>, reason: CrisisReason) -> Markup {
    let region = tr.region;
    let number = region.emergency_number();
    let (heading, text) = match reason {
        CrisisReason::Phq9Item9 => ("wb-crisis-heading", "wb-crisis-text"),
        CrisisReason::Pcl5Item16 => ("wb-crisis-pcl5-heading", "wb-crisis-pcl5-text"),
    };
    let reason_id = match reason {
        CrisisReason::Phq9Item9 => "phq9-item-9",
        CrisisReason::Pcl5Item16 => "pcl5-item-16",
    };
    html! {
        section #crisis .u-emergency data-urgency="emergency" data-reason=(reason_id) role="alert" aria-labelledby="crisis-h" {
            h1 #crisis-h { (tr.t(heading)) }
            p.lead { (tr.t(text)) }
            ol #crisis-actions {
                li #crisis-line {
                    (tr.t("action-crisis-line"))
                    @if let Some(c) = region.crisis_line() {
                        br;
                        a.btn.call.crisis href={ "tel:" (c.number.dial) } { (tr.t("call-crisis")) }
                        @if let Some(sms) = c.text {
                            br;
                            a.btn.secondary #crisis-text href={ "sms:" (sms) } {
                                (tr.t_with("wb-crisis-text-line", &[("text", FluentValue::from(sms))]))
                            }
                        }
                    }
                }
                li #crisis-emergency {
                    (tr.t("action-self-harm-emergency"))
                    br;
                    a.btn.call.alt href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
                }
                li { (tr.t("action-stay-with-someone")) }
            }
            p { (tr.t("wb-crisis-then")) }
        }
    }
}

fn hidden_answers(answers: &Answers) -> Markup {
    html! {
        input type="hidden" name="questionnaire" value=(answers.questionnaire().id());
        @for (i, v) in answers.values().iter().enumerate() {
            input type="hidden" name=(item_field(i + 1)) value=(v);
        }
    }
}

fn result_section(
    ctx: &Ctx,
    tr: &Tr<'_>,
    answers: &Answers,
    score: &Score,
    unlocked: bool,
    crisis: bool,
    timing: Option<&Timing>,
) -> Markup {
    let first_month = match timing.map(|t| t.since) {
        Some(SinceLoss::FirstMonth { recheck_on }) => Some(recheck_on),
        _ => None,
    };
    let date_arg = |d: NaiveDate| [("date", FluentValue::from(fmt_date(d, tr.lang)))];
    let q = score.questionnaire;
    let w = wording(q);
    let source = q.source().id();
    let source_title = solace_content::sources::title(source).unwrap_or(source);
    let recall = q.recall();
    html! {
        section #result data-questionnaire=(q.id()) data-band=(score.band.id()) data-total=(score.total) {
            @if crisis { h2 #result-h { (tr.t("wb-result-title")) ": " (tr.t(w.name)) } }
            @else { h1 #result-h { (tr.t("wb-result-title")) ": " (tr.t(w.name)) } }
            p.lead #score { (tr.t_with("wb-score", &[("total", FluentValue::from(score.total)), ("max", FluentValue::from(score.max_total))])) }
            p #band { (tr.t_with("wb-band-label", &[("band", FluentValue::from(tr.t(band_name(score.band))))])) }
            @if let Some(t) = timing {
                @if let Some(d) = t.from_diary {
                    p.hint #loss-from-diary { (tr.t_with("wb-pcl5-loss-from-diary", &date_arg(d))) }
                }
            }
            @match (timing.map(|t| t.since), first_month) {
                (_, Some(recheck_on)) => {
                    // Less than 4 weeks after the loss: acute stress, never a cut-point reading
                    // [apa-dsm5].
                    div #first-month data-since-loss="first-month" {
                        p #meaning { (tr.t("wb-pcl5-first-month")) }
                        p { (tr.t("wb-pcl5-first-month-help")) }
                        p #recheck-at-4-weeks { (tr.t_with("wb-pcl5-first-month-recheck", &date_arg(recheck_on))) }
                    }
                }
                (Some(SinceLoss::Unknown), _) => {
                    p.note #timing-unknown data-since-loss="unknown" { (tr.t("wb-pcl5-timing-unknown")) }
                    p #meaning { (tr.t(band_meaning(q, score.band))) }
                }
                _ => {
                    p #meaning { (tr.t(band_meaning(q, score.band))) }
                }
            }
            @if !score.clusters.is_empty() {
                h2 { (tr.t("wb-clusters-heading")) }
                p.hint { (tr.t("wb-clusters-intro")) }
                ul #clusters {
                    @for c in &score.clusters {
                        li data-cluster=(c.id) {
                            (tr.t(cluster_name(c.id))) ": "
                            (tr.t_with("wb-cluster-score", &[("subtotal", FluentValue::from(c.subtotal)), ("max", FluentValue::from(c.max))]))
                        }
                    }
                }
            }
            p.note #not-diagnosis { (tr.t("wb-not-diagnosis")) }
            h2 { (tr.t("wb-contact-heading")) }
            ul #contacts {
                li { (tr.t("wb-contact-doctor")) }
                li { (tr.t("wb-contact-mental-health")) }
                li { (tr.t(if tr.region.crisis_line().is_some() { "wb-contact-crisis" } else { "wb-contact-crisis-other" })) }
            }
            p.src #sources { (tr.t("wb-sources")) " " (source_title) }
        }
        @if unlocked {
            section #keep aria-labelledby="keep-h" {
                h2 #keep-h { (tr.t("wb-keep-heading")) }
                p { (tr.t("wb-keep-text")) }
                form #keep-form method="post" action="/wellbeing/keep" {
                    (csrf_field(ctx))
                    (hidden_answers(answers))
                    button #wb-keep .btn.secondary type="submit" { (tr.t("wb-keep")) }
                }
            }
        } @else {
            p.note #not-kept { (tr.t("wb-not-kept")) }
        }
        section #remind aria-labelledby="remind-h" {
            h2 #remind-h { (tr.t("wb-remind-heading")) }
            @if let (Some(recheck_on), Some(loss)) = (first_month, timing.and_then(|t| t.loss)) {
                p { (tr.t("wb-remind-four-weeks")) }
                form #remind-form method="post" action="/wellbeing/reminder" {
                    input type="hidden" name="questionnaire" value=(q.id());
                    input type="hidden" name=(LOSS_DATE) value=(loss.format("%Y-%m-%d").to_string());
                    button #wb-remind .btn.secondary type="submit" data-recheck=(recheck_on.format("%Y-%m-%d").to_string()) {
                        (tr.t_with("wb-remind-button-four-weeks", &date_arg(recheck_on)))
                    }
                }
            } @else {
                p { (tr.t(match recall { Recall::TwoWeeks => "wb-remind-two-weeks", Recall::OneMonth => "wb-remind-one-month" })) }
                form #remind-form method="post" action="/wellbeing/reminder" {
                    input type="hidden" name="questionnaire" value=(q.id());
                    button #wb-remind .btn.secondary type="submit" {
                        (tr.t(match recall { Recall::TwoWeeks => "wb-remind-button-two-weeks", Recall::OneMonth => "wb-remind-button-one-month" }))
                    }
                }
            }
        }
        p { a.btn.secondary href="/wellbeing" { (tr.t("wb-again")) } }
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
    let Some(open) = session.open_quietly(&ctx).await else {
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
        Err(_) => PageError::store_error(&ctx).into_response(),
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
    let loss = match read_loss_date(field_value(&pairs, LOSS_DATE), today) {
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
