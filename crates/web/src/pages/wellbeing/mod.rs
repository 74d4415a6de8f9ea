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

mod trend;

use super::csrf::CSRF_FIELD;
use super::{Chrome, Ctx, Page, bad_request};
use crate::AppState;
use crate::i18n::Tr;
use axum::Form;
use axum::Router;
use axum::extract::Path;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{SecondsFormat, Utc};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::diary::{EntryInput, Reminder};
use solace_clinical::input::Problem;
use solace_clinical::wellbeing::{
    Answers, Band, Questionnaire, Recall, Score, needs_crisis_signposting,
};

type Body = Result<Form<Vec<(String, String)>>, FormRejection>;

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

fn item_field(n: usize) -> String {
    format!("item_{n}")
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

/// A problem with one question: its number (1-based) and the words.
struct ItemError {
    n: usize,
    message: String,
}

fn item_errors(tr: &Tr<'_>, invalid: &solace_clinical::input::InvalidInput) -> Vec<ItemError> {
    let mut out: Vec<ItemError> = vec![];
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
        out.push(ItemError {
            n,
            message: tr.t_with(id, &[("n", FluentValue::from(n))]),
        });
    }
    out
}

fn page(ctx: &Ctx, title: String, body: Markup, status: StatusCode) -> Response {
    let mut res = ctx.respond(&Page {
        title,
        body,
        status,
        chrome: Chrome::Standard,
    });
    // Answers and results are never cached.
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    res
}

fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(ctx.csrf); }
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

pub async fn index(ctx: Ctx, headers: HeaderMap) -> Response {
    let tr = ctx.tr();
    let open = super::diary::open_if_unlocked(ctx.state(), &headers).await;
    let entries = match &open {
        Some((diary, unlocked)) => super::diary::entries_of(diary, unlocked)
            .await
            .unwrap_or_default(),
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
    page(&ctx, tr.t("wb-title"), body, StatusCode::OK)
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

pub async fn form_get(ctx: Ctx, Path(id): Path<String>) -> Response {
    let Some(q) = Questionnaire::from_id(&id) else {
        return super::not_found(ctx).await;
    };
    form_page(&ctx, q, &vec![None; q.item_count()], &[], StatusCode::OK)
}

pub async fn form_post(
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    let Some(q) = Questionnaire::from_id(&id) else {
        return super::not_found(ctx).await;
    };
    let Ok(Form(pairs)) = body else {
        return bad_request(&ctx, StatusCode::BAD_REQUEST);
    };
    let raw = raw_answers(q, &pairs);
    let tr = ctx.tr();
    // Safety first: question 9 of the PHQ-9 above 0 makes this the crisis page, before the
    // answers are even checked [kroenke-2001].
    let crisis = needs_crisis_signposting(q, &raw);
    match Answers::check(q, &raw) {
        Ok(answers) => {
            let score = answers.score();
            let unlocked = super::diary::open_if_unlocked(ctx.state(), &headers)
                .await
                .is_some();
            let body = html! {
                @if crisis || score.crisis { (crisis_section(&tr)) }
                (result_section(&ctx, &tr, &answers, &score, unlocked, crisis || score.crisis))
            };
            page(&ctx, tr.t("wb-result-title"), body, StatusCode::OK)
        }
        Err(invalid) => {
            let errors = item_errors(&tr, &invalid);
            form_page_with(
                &ctx,
                q,
                &raw,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
                crisis,
            )
        }
    }
}

fn form_page(
    ctx: &Ctx,
    q: Questionnaire,
    raw: &[Option<f64>],
    errors: &[ItemError],
    status: StatusCode,
) -> Response {
    form_page_with(ctx, q, raw, errors, status, false)
}

fn form_page_with(
    ctx: &Ctx,
    q: Questionnaire,
    raw: &[Option<f64>],
    errors: &[ItemError],
    status: StatusCode,
    crisis: bool,
) -> Response {
    let tr = ctx.tr();
    let w = wording(q);
    let count = q.item_count();
    let body = html! {
        @if crisis { (crisis_section(&tr)) }
        @if crisis { h2 #form-heading { (tr.t(w.name)) } } @else { h1 #form-heading { (tr.t(w.name)) } }
        @if !errors.is_empty() {
            div #error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (tr.t("error-summary-title")) }
                p { (tr.t("wb-form-not-finished")) }
                ul {
                    @for e in errors {
                        li { a href={ "#field-" (item_field(e.n)) } { (e.message) } }
                    }
                }
            }
        }
        @if !crisis && errors.is_empty() { (help_now(&tr)) }
        p { (tr.t("wb-form-intro")) }
        @if q == Questionnaire::Pcl5 {
            p #pcl5-intro .note { (tr.t("wb-pcl5-intro")) }
            p #instruction { (tr.t("wb-pcl5-instruction")) }
        }
        form #wb-form method="post" action={ "/wellbeing/" (q.id()) } autocomplete="off" data-questionnaire=(q.id()) {
            (csrf_field(ctx))
            p #stem .lead { strong { (tr.t(w.stem)) } }
            @for (i, item) in w.items.iter().enumerate() {
                @let n = i + 1;
                @let name = item_field(n);
                @let error = errors.iter().find(|e| e.n == n);
                @let current = raw.get(i).copied().flatten();
                fieldset.q.err[error.is_some()] id={ "q-" (name) } data-item=(n) {
                    legend {
                        span.vh { (tr.t_with("wb-question", &[("n", FluentValue::from(n)), ("count", FluentValue::from(count))])) " " }
                        span aria-hidden="true" { (n) ". " }
                        span.item { (tr.t(item)) }
                    }
                    @if let Some(e) = error {
                        p.field-error id={ "error-" (name) } { (e.message) }
                    }
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
    page(ctx, tr.t(w.name), body, status)
}

/// The crisis response: the region's crisis line and emergency number, with call buttons. The
/// same words and actions as the triage self-harm rule (CLINICAL.md §1, [kroenke-2001]).
fn crisis_section(tr: &Tr<'_>) -> Markup {
    let region = tr.region;
    let number = region.emergency_number();
    html! {
        section #crisis .u-emergency data-urgency="emergency" role="alert" aria-labelledby="crisis-h" {
            h1 #crisis-h { (tr.t("wb-crisis-heading")) }
            p.lead { (tr.t("wb-crisis-text")) }
            ol #crisis-actions {
                li #crisis-line {
                    (tr.t("action-crisis-line"))
                    @if let Some(c) = region.crisis_line() {
                        br;
                        a.btn.call.crisis href={ "tel:" (c.number.dial) } { (tr.t("call-crisis")) }
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
) -> Markup {
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
            p #meaning { (tr.t(band_meaning(q, score.band))) }
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
            p { (tr.t(match recall { Recall::TwoWeeks => "wb-remind-two-weeks", Recall::OneMonth => "wb-remind-one-month" })) }
            form #remind-form method="post" action="/wellbeing/reminder" {
                input type="hidden" name="questionnaire" value=(q.id());
                button #wb-remind .btn.secondary type="submit" {
                    (tr.t(match recall { Recall::TwoWeeks => "wb-remind-button-two-weeks", Recall::OneMonth => "wb-remind-button-one-month" }))
                }
            }
        }
        p { a.btn.secondary href="/wellbeing" { (tr.t("wb-again")) } }
    }
}

/// POST `/wellbeing/keep`: keeps the answers in the unlocked diary, then shows `/wellbeing` with
/// the trend. Refused without the CSRF token; when the diary is locked, nothing is kept and the
/// person is told so.
pub async fn keep(ctx: Ctx, headers: HeaderMap, body: Body) -> Response {
    let Ok(Form(pairs)) = body else {
        return bad_request(&ctx, StatusCode::BAD_REQUEST);
    };
    let token = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == CSRF_FIELD)
        .map_or("", |(_, v)| v.as_str());
    if !(super::csrf::same_origin(&headers)
        && !ctx.csrf_is_new
        && super::csrf::matches(&ctx.csrf, token))
    {
        return super::diary::forbidden(&ctx);
    }
    let tr = ctx.tr();
    let q = pairs
        .iter()
        .find(|(k, _)| k == "questionnaire")
        .and_then(|(_, v)| Questionnaire::from_id(v));
    let Some(q) = q else {
        return bad_request(&ctx, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let Some((diary, unlocked)) = super::diary::open_if_unlocked(ctx.state(), &headers).await
    else {
        let body = html! {
            h1 { (tr.t("wb-keep-heading")) }
            p.warn #not-kept { (tr.t("wb-keep-locked")) }
            p { a.btn.secondary href="/diary" { (tr.t("diary-not-saved-unlock")) } }
        };
        return page(&ctx, tr.t("wb-title"), body, StatusCode::UNAUTHORIZED);
    };
    let now = Utc::now();
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
    match diary.add(&unlocked, &entry).await {
        Ok(_) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/wellbeing#trend")],
        )
            .into_response(),
        Err(_) => super::diary::store_error(&ctx),
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
    let zone: chrono_tz::Tz = super::diary::default_zone(ctx.prefs.region)
        .parse()
        .unwrap_or(chrono_tz::Tz::UTC);
    let today = Utc::now().with_timezone(&zone).date_naive();
    let Some(date) = q.recheck_on(today) else {
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
    super::diary::ics_response(super::diary::calendar(&ctx.tr(), &[&r]))
}
