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

use crate::AppState;
use crate::charts::{self, Frame, GRID, INK, Linear, SERIES, Stroke};
use crate::pages::check::fields::read_number;
use crate::pages::check::form::plain_number;
use crate::pages::{Chrome, Ctx, Page, bad_request};
use crate::view::forms::{self, FieldError, Kept, Q, Summary, wants_edit};
use axum::Form;
use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::input::Problem;
use solace_clinical::risk::{
    self, Amount, Confidence, Qualifier, RiskOutput, Role, Shown, Situation, Topic, WeekSeries,
    WithheldReason,
};
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

fn topic_label(t: Topic) -> &'static str {
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

fn confidence_label(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "odds-conf-verified",
        Confidence::Secondary => "odds-conf-secondary",
        Confidence::Unverified => "odds-conf-unverified",
    }
}

fn reason_id(r: WithheldReason) -> &'static str {
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

pub async fn post_form(
    ctx: Ctx,
    body: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let pairs = match body {
        Ok(Form(pairs)) => pairs,
        Err(rejection) => return bad_request(&ctx, rejection.status()),
    };
    // The page holds the person's answers: the language switch would lose them.
    let answers = answers(&pairs);
    if wants_edit(&pairs) {
        return form_page(&ctx, &answers, &[], StatusCode::OK);
    }
    let tr = ctx.tr();
    let (situation, mut errors) = parse(&tr, &answers);
    match risk::figures_for(&situation) {
        Ok(out) if errors.is_empty() => {
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

fn gentle(tr: &Tr<'_>) -> Markup {
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

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

fn source_titles(f: &Shown) -> String {
    f.sources
        .iter()
        .map(|s| solace_content::sources::title(s.id()).unwrap_or(s.id()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The figure to show first, with the picture of 100: the most specific single chance for the
/// situation (after cardiac activity is seen, then by age). Only a figure about the reader's
/// situation (`Role::Situation`): never a context figure such as "80 in 100 losses are in the
/// first trimester", never the figure for all pregnancies, not a range, not an odds ratio, and
/// not below 1 in 100 (a picture cannot show less than one). The caller shows none to someone
/// bleeding or in pain.
fn headline(figures: &[Shown]) -> Option<&Shown> {
    let single = |f: &&Shown| {
        f.role == Role::Situation
            && matches!(
                f.amount,
                Amount::Percent { value, qualifier: Qualifier::About, .. } if value >= 1.0
            )
    };
    [Topic::AfterCardiacActivity, Topic::Age]
        .into_iter()
        .find_map(|t| figures.iter().filter(|f| f.topic == t).find(single))
}

fn percent_value(f: &Shown) -> Option<f64> {
    match f.amount {
        Amount::Percent { value, .. } => Some(value),
        _ => None,
    }
}

/// A figure about the reader's situation: its number in big type, then the sentence.
fn figure_item(tr: &Tr<'_>, f: &Shown) -> Markup {
    html! {
        p.big {
            @if let Some(in_100) = &f.in_100 {
                (capitalise(in_100))
                @if let Some(p) = &f.percent_text { " " span.pct { "(" (p) ")" } }
            } @else if let Some(odds) = &f.odds_text {
                (capitalise(odds))
            }
        }
        (figure_words(tr, f))
    }
}

/// A figure's sentence, what an odds ratio means when it is one, and its source.
fn figure_words(tr: &Tr<'_>, f: &Shown) -> Markup {
    html! {
        p { (f.text) }
        @if f.odds_text.is_some() {
            p.hint { (tr.t("odds-ratio-explain")) }
        }
        p.src {
            (tr.t_with("odds-source", &[("list", FluentValue::from(source_titles(f)))]))
            " · " (tr.t(confidence_label(f.confidence)))
        }
    }
}

/// A context figure: a plain sentence with its source, no number in big type (it is not about
/// the reader).
fn context_item(tr: &Tr<'_>, f: &Shown) -> Markup {
    html! {
        (figure_words(tr, f))
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn render_result(tr: &Tr<'_>, out: &RiskOutput, s: &Situation, a: &Answers) -> Markup {
    // Someone bleeding or in pain is pointed to the symptom check first; no number is put
    // forward as theirs.
    let top = if s.bleeding_or_pain == Some(true) {
        None
    } else {
        headline(&out.figures)
    };
    let mut topics: Vec<Topic> = vec![];
    for f in out.figures.iter().filter(|f| f.role == Role::Context) {
        if !topics.contains(&f.topic) {
            topics.push(f.topic);
        }
    }
    let about_you: Vec<&Shown> = out
        .figures
        .iter()
        .filter(|f| f.role == Role::Situation && Some(f.id) != top.map(|t| t.id))
        .collect();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let week = s.weeks.map(|w| w.floor() as u32);
    html! {
        section #odds-result {
            h1 { (tr.t("odds-result-heading")) }
            (gentle(tr))
            @if s.bleeding_or_pain == Some(true) {
                div.warn #check-first {
                    p { (tr.t("odds-check-first")) }
                    p { a.btn.secondary href="/check" { (tr.t("odds-check-link")) } }
                }
            }
            p.lead #framing { (out.framing) }
            @if let Some(f) = top {
                @let n = percent_value(f).map_or(0, |v| v.round() as usize).min(100);
                @let caption = tr.t_with("odds-grid-caption", &[
                    ("n", FluentValue::from(n)),
                    ("rest", FluentValue::from(100 - n)),
                ]);
                figure.fig.people #odds-headline data-figure=(f.id) {
                    (figure_item(tr, f))
                    (charts::people_grid("odds-people", n, &caption))
                    figcaption { (caption) }
                }
            }
            @if !about_you.is_empty() {
                h2 #about-you { (tr.t("odds-about-you")) }
                ul.figures {
                    @for f in &about_you {
                        li.fig data-figure=(f.id) data-role="situation" { (figure_item(tr, f)) }
                    }
                }
            }
            @if !topics.is_empty() {
                h2 #context-heading { (tr.t("odds-context-heading")) }
                p.hint { (tr.t("odds-context-intro")) }
            }
            @for topic in &topics {
                @let items: Vec<&Shown> = out.figures.iter().filter(|f| f.topic == *topic && f.role == Role::Context).collect();
                @if !items.is_empty() {
                    h3 { (tr.t(topic_label(*topic))) }
                    ul.figures.context {
                        @for f in items {
                            li.fig data-figure=(f.id) data-role="context" { (context_item(tr, f)) }
                        }
                    }
                }
            }
            @if let Some(series) = &out.by_week {
                h2 #week-heading { (tr.t("odds-week-heading")) }
                (week_chart(tr, series, week))
            }
            @if !out.unused.is_empty() {
                h2 #unused-heading { (tr.t("odds-unused-heading")) }
                ul #unused {
                    @for u in &out.unused {
                        li data-field=(u.field) {
                            (u.text)
                            @if u.field == "cardiac_activity_seen" {
                                " " a href="/results/scan" { (tr.t("odds-scan-link")) }
                            }
                        }
                    }
                }
            }
            @if !out.withheld.is_empty() {
                h2 { (tr.t("odds-withheld-heading")) }
                p { (tr.t("odds-withheld-intro")) }
                ul #withheld {
                    @for w in &out.withheld {
                        li data-withheld=(w.id) data-reason=(reason_id(w.reason)) { (w.text) }
                    }
                }
            }
            (forms::result_buttons(tr, "/odds", a.hidden(), ["odds-print", "odds-change", "odds-start-again"]))
        }
    }
}

const WEEK_FRAME: Frame = Frame {
    width: 360.0,
    height: 220.0,
    left: 38.0,
    right: 10.0,
    top: 34.0,
    bottom: 42.0,
};

/// Loss by the week of the scan after cardiac activity is seen (Tong 2008): a bar and a point per
/// week, the person's week marked, and a table of the same numbers.
fn week_chart(tr: &Tr<'_>, series: &WeekSeries, yours: Option<u32>) -> Markup {
    let f = WEEK_FRAME;
    let top = series
        .points
        .iter()
        .map(|p| p.percent)
        .fold(0.0, f64::max)
        .max(1.0);
    let ticks = charts::linear_ticks(0.0, top, 5);
    let hi = ticks.last().copied().unwrap_or(top);
    let ys = Linear {
        d0: 0.0,
        d1: hi,
        r0: f.y1(),
        r1: f.y0(),
    };
    let n = series.points.len().max(1) as f64;
    let band = (f.x1() - f.x0()) / n;
    let xs = |k: usize| f.x0() + band * (k as f64 + 0.5);
    let sources: Vec<&str> = series
        .sources
        .iter()
        .map(|s| solace_content::sources::title(s.id()).unwrap_or(s.id()))
        .collect();
    html! {
        figure.chart #odds-chart-figure {
            svg #odds-chart viewBox=(f.view_box()) width="360" height="220" role="img"
                aria-labelledby="odds-chart-title" aria-describedby="odds-chart-desc"
                font-family="system-ui,sans-serif" {
                title #odds-chart-title { (tr.t("odds-week-title")) }
                text x="2" y="12" font-size=(charts::TICK_FONT) fill=(INK) { (tr.t("odds-week-y")) }
                @for t in &ticks {
                    @let y = ys.map(*t);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 4.0)) y=(charts::num(y + 4.0)) text-anchor="end"
                        font-size=(charts::TICK_FONT) fill=(INK) { (solace_i18n::fmt::percent(tr.lang, *t)) }
                }
                @for (k, p) in series.points.iter().enumerate() {
                    @let x = xs(k);
                    @let y = ys.map(p.percent);
                    @let mine = yours == Some(p.week);
                    rect.bar x=(charts::num(x - band * 0.3)) y=(charts::num(y)) width=(charts::num(band * 0.6))
                        height=(charts::num(f.y1() - y))
                        fill=(if mine { SERIES } else { "#cfe3e2" }) stroke=(SERIES) stroke-width="1.5" {}
                    circle.point cx=(charts::num(x)) cy=(charts::num(y)) r="4" fill=(INK)
                        data-week=(p.week) data-value=(p.percent) {}
                    text x=(charts::num(x)) y=(charts::num(y - 8.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) { (solace_i18n::fmt::percent(tr.lang, p.percent)) }
                    text x=(charts::num(x)) y=(charts::num(f.y1() + 15.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) fill=(INK) {
                        (tr.t_with("odds-week-label", &[("n", FluentValue::from(p.week))]))
                    }
                    @if mine {
                        text x=(charts::num(x)) y=(charts::num(f.y1() + 29.0)) text-anchor="middle"
                            font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) { (tr.t("odds-week-yours")) }
                    }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
            }
            figcaption #odds-chart-desc {
                (tr.t("odds-week-desc")) " "
                (tr.t_with("odds-source", &[("list", FluentValue::from(sources.join("; ")))]))
                " · " (tr.t(confidence_label(series.confidence)))
            }
        }
        table.data.chart-table #odds-chart-table {
            caption { (tr.t("odds-table-caption")) }
            thead {
                tr {
                    th scope="col" { (tr.t("odds-table-week")) }
                    th scope="col" { (tr.t("odds-table-in-100")) }
                    th.n scope="col" { (tr.t("odds-table-percent")) }
                }
            }
            tbody {
                @for p in &series.points {
                    tr data-week=(p.week) {
                        th scope="row" {
                            (tr.t_with("odds-week-label", &[("n", FluentValue::from(p.week))]))
                            @if yours == Some(p.week) { " (" (tr.t("odds-week-yours")) ")" }
                        }
                        td { (p.in_100) }
                        td.n data-value=(p.percent) { (solace_i18n::fmt::percent(tr.lang, p.percent)) }
                    }
                }
            }
        }
    }
}
