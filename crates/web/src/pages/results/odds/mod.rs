//! `/odds`: "What are the odds?". GET shows the form; POST shows the figures that fit the
//! person's situation (`solace_clinical::risk::figures_for`), each as "X in 100" and a percent
//! with its source and how sure we are of it, the figures held back with the reason, and — when
//! cardiac activity has been seen and there is no bleeding or pain — a chart by week of the scan
//! (Tong 2008) with a table of the same numbers. Bad input comes back (422) filled in and named.
//!
//! Numbers can be hard to read here: the page says so first and offers a way out. The figures'
//! sentences come from `solace-clinical` (English) and are shown as they are.
//!
//! Form fields (the names of `risk::Situation`): `age`, `previous_losses`,
//! `previous_losses_consecutive` (yes / no / empty), `weeks`, `cardiac_activity_seen`,
//! `bleeding_or_pain`. Element ids `field-<name>`, errors `error-<name>`.

mod chart;
mod view;

pub use view::render_result;

use crate::AppState;
use crate::extract::AnswersForm;
use crate::pages::check::fields::read_number;
use crate::pages::check::form::plain_number;
use crate::pages::{Chrome, Ctx, Page};
use crate::view::forms::{self, FieldError, Kept, Q, Summary, wants_edit};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::input::Problem;
use solace_clinical::risk::{self, Confidence, Situation, Topic, WithheldReason};
use solace_i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new().route("/odds", get(get_form).post(post_form))
}

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Free text read as a number; the example shown when it is not one.
    Number(&'static str),
    /// Yes / No / Not sure.
    YesNo,
}

/// One question: (field name, kind, message id of the question, of its hint).
#[derive(Debug)]
struct Question {
    name: &'static str,
    kind: Kind,
    label: &'static str,
    hint: &'static str,
}

const QUESTIONS: [Question; 6] = [
    Question {
        name: "age",
        kind: Kind::Number("32"),
        label: "odds-q-age",
        hint: "odds-hint-age",
    },
    Question {
        name: "previous_losses",
        kind: Kind::Number("1"),
        label: "odds-q-previous_losses",
        hint: "odds-hint-previous_losses",
    },
    Question {
        name: "previous_losses_consecutive",
        kind: Kind::YesNo,
        label: "odds-q-previous_losses_consecutive",
        hint: "odds-hint-previous_losses_consecutive",
    },
    Question {
        name: "weeks",
        kind: Kind::Number("8"),
        label: "odds-q-weeks",
        hint: "odds-hint-weeks",
    },
    Question {
        name: "cardiac_activity_seen",
        kind: Kind::YesNo,
        label: "odds-q-cardiac_activity_seen",
        hint: "odds-hint-cardiac_activity_seen",
    },
    Question {
        name: "bleeding_or_pain",
        kind: Kind::YesNo,
        label: "odds-q-bleeding_or_pain",
        hint: "odds-hint-bleeding_or_pain",
    },
];

/// The yes / no options: (word, message id). "Not sure" sends an empty value.
const YES_NO: [(&str, &str); 2] = [("yes", "odds-opt-yes"), ("no", "odds-opt-no")];

/// Message ids the page picks from tables and `match`es rather than names in a `t("…")` call.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![];
    for q in &QUESTIONS {
        ids.push(q.label);
        ids.push(q.hint);
    }
    ids.extend(YES_NO.iter().map(|o| o.1));
    ids.extend(
        [
            Topic::Overall,
            Topic::Age,
            Topic::PreviousLosses,
            Topic::HowCommonLossesAre,
            Topic::AfterCardiacActivity,
            Topic::ByWeek,
            Topic::Feelings,
            Topic::Management,
        ]
        .map(topic_label),
    );
    ids.extend(
        [
            Confidence::Verified,
            Confidence::Secondary,
            Confidence::Unverified,
        ]
        .map(confidence_label),
    );
    ids
}

pub(super) fn topic_label(t: Topic) -> &'static str {
    match t {
        Topic::Overall => "odds-topic-overall",
        Topic::Age => "odds-topic-age",
        Topic::PreviousLosses => "odds-topic-previous-losses",
        Topic::HowCommonLossesAre => "odds-topic-how-common",
        Topic::AfterCardiacActivity => "odds-topic-after-cardiac-activity",
        Topic::ByWeek => "odds-topic-by-week",
        Topic::Feelings => "odds-topic-feelings",
        Topic::Management => "odds-topic-management",
    }
}

pub(super) fn confidence_label(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "odds-conf-verified",
        Confidence::Secondary => "odds-conf-secondary",
        Confidence::Unverified => "odds-conf-unverified",
    }
}

pub(super) fn reason_id(r: WithheldReason) -> &'static str {
    match r {
        WithheldReason::BleedingOrPain => "bleeding-or-pain",
        WithheldReason::BleedingOrPainNotKnown => "bleeding-or-pain-not-known",
        WithheldReason::NoFigureForThisWeek => "no-figure-for-this-week",
        WithheldReason::WeeksNotKnown => "weeks-not-known",
        WithheldReason::NeedToKnowIfInARow => "need-to-know-if-in-a-row",
        WithheldReason::NoVerifiedFigureForThisGroup => "no-verified-figure-for-this-group",
        WithheldReason::NoFigureForThisAge => "no-figure-for-this-age",
    }
}

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/// The longest answer kept for showing back.
const MAX_KEPT: usize = 32;

/// What was sent for the questions we know, trimmed; empty answers are left out.
pub type Answers = Kept;

fn answers(pairs: &[(String, String)]) -> Answers {
    let names: Vec<&'static str> = QUESTIONS.iter().map(|q| q.name).collect();
    Kept::from_pairs_up_to(pairs, &names, MAX_KEPT)
}

fn yes_no(raw: &str) -> Option<bool> {
    match raw {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Reads the answers into a situation, and what could not be read.
fn parse(tr: &Tr<'_>, a: &Answers) -> (Situation, Vec<FieldError>) {
    let mut s = Situation::default();
    let mut errors = vec![];
    for q in &QUESTIONS {
        let Some(raw) = a.get(q.name) else { continue };
        match q.kind {
            Kind::Number(example) => match read_number(raw) {
                Some(v) => match q.name {
                    "age" => s.age = Some(v),
                    "previous_losses" => s.previous_losses = Some(v),
                    _ => s.weeks = Some(v),
                },
                None => errors.push(FieldError {
                    field: q.name,
                    message: tr.t_with(
                        "odds-error-number",
                        &[("example", FluentValue::from(example))],
                    ),
                }),
            },
            Kind::YesNo => match yes_no(raw) {
                Some(v) => {
                    let slot = match q.name {
                        "previous_losses_consecutive" => &mut s.previous_losses_consecutive,
                        "cardiac_activity_seen" => &mut s.cardiac_activity_seen,
                        _ => &mut s.bleeding_or_pain,
                    };
                    *slot = Some(v);
                }
                None => errors.push(FieldError {
                    field: q.name,
                    message: tr.t("odds-error-choice"),
                }),
            },
        }
    }
    (s, errors)
}

fn range_message(tr: &Tr<'_>, field: &str, problem: &Problem) -> String {
    let (min, max) = match problem {
        Problem::OutOfRange { min, max, .. } | Problem::NotWholeNumber { min, max } => (*min, *max),
        _ => return tr.t("odds-error-invalid"),
    };
    let id = match field {
        "age" => "odds-error-age",
        "previous_losses" => "odds-error-losses",
        _ => "odds-error-weeks",
    };
    tr.t_with(
        id,
        &[("min", plain_number(min)), ("max", plain_number(max))],
    )
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

pub async fn get_form(ctx: Ctx) -> Response {
    form_page(&ctx, &Answers::default(), &[], StatusCode::OK)
}

pub async fn post_form(ctx: Ctx, AnswersForm(pairs): AnswersForm) -> Response {
    // The page holds the person's answers: the language switch would lose them.
    let answers = answers(&pairs);
    if wants_edit(&pairs) {
        return form_page(&ctx, &answers, &[], StatusCode::OK);
    }
    let tr = ctx.tr();
    let (situation, mut errors) = parse(&tr, &answers);
    match risk::figures_for(&situation) {
        Ok(out) if errors.is_empty() => {
            let out = solace_app::readings_more::risk(&tr, out);
            return ctx.respond(&Page {
                title: tr.t("odds-result-title"),
                body: render_result(&tr, &out, &situation, &answers),
                status: StatusCode::OK,
                chrome: Chrome::Standard,
            });
        }
        Ok(_) => {}
        Err(invalid) => {
            for e in &invalid.errors {
                let Some(q) = QUESTIONS.iter().find(|q| q.name == e.field) else {
                    continue;
                };
                if !errors.iter().any(|x| x.field == q.name) {
                    errors.push(FieldError {
                        field: q.name,
                        message: range_message(&tr, q.name, &e.problem),
                    });
                }
            }
        }
    }
    errors.sort_by_key(|e| QUESTIONS.iter().position(|q| q.name == e.field));
    form_page(&ctx, &answers, &errors, StatusCode::UNPROCESSABLE_ENTITY)
}

fn form_page(ctx: &Ctx, a: &Answers, errors: &[FieldError], status: StatusCode) -> Response {
    let body = render_form(&ctx.tr(), a, errors);
    ctx.form_page(
        ("odds-title", "odds-title-error"),
        !errors.is_empty(),
        body,
        status,
    )
}

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

pub(super) fn gentle(tr: &Tr<'_>) -> Markup {
    html! {
        div.note #gentle {
            p { (tr.t("odds-gentle")) }
            p { a href="/" { (tr.t("odds-skip")) } }
        }
    }
}

pub fn render_form(tr: &Tr<'_>, a: &Answers, errors: &[FieldError]) -> Markup {
    let question = |name: &str| {
        tr.t(QUESTIONS
            .iter()
            .find(|q| q.name == name)
            .map_or("odds-heading", |q| q.label))
    };
    let summary = Summary {
        title: "odds-error-summary",
        question: Some(&question),
        ..Summary::default()
    };
    html! {
        h1 { (tr.t("odds-heading")) }
        (gentle(tr))
        (forms::error_summary_with(tr, errors, summary))
        p.lead { (tr.t("odds-intro")) }
        form #odds-form method="post" action="/odds" autocomplete="off" novalidate {
            @for q in &QUESTIONS {
                @let question = Q { name: q.name, label: q.label, hint: q.hint };
                @match q.kind {
                    Kind::Number(_) => (forms::text(tr, &question, "text", a, errors)),
                    Kind::YesNo => (forms::radios(tr, &question, &YES_NO, Some("odds-opt-not-sure"), a, errors)),
                }
            }
            p {
                button #odds-submit .btn.primary type="submit" { (tr.t("odds-submit")) }
            }
            p.hint { (tr.t("odds-privacy")) }
        }
    }
}
