//! `/results/dates`: how many weeks, and the due date, from the last period (with the cycle
//! length), the embryo's length (CRL, with its ± days) or the sac's size (MSD). GET shows the
//! form; POST reads it with [`solace_clinical::dating::estimate`] and shows the result, or the
//! form again (422) with every answer kept. A POST with `edit=1` shows the form filled in.
//!
//! Fields: `method` (`lmp` | `crl` | `msd`), `lmp` and `scan_date` (`YYYY-MM-DD`, date inputs),
//! `cycle_days`, `crl_mm`, `msd_mm`. Only the chosen method's fields are read; a stylesheet rule
//! hides the others where the browser supports `:has()`, and without it they are all shown.
//!
//! Loss-aware: the page says it is also for people whose pregnancy has ended. No baby sizes,
//! no countdowns. "Today" is the server's local date, read here at the edge.
//!
//! Test hooks: `#dates-result[data-method]`, `#ga[data-ga-days]`, `#plus-minus[data-plus-minus]`,
//! `#due time[datetime]`; errors are `#error-<field>` and `#error-summary`.

use crate::AppState;
use crate::extract::AnswersForm;
use crate::pages::check::fields::read_number;
use crate::pages::check::form::plain_number;
use crate::pages::{Chrome, Ctx, Page};
use crate::view::forms::{self, FieldError, Kept, Q, Summary};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::dating::{DatingInput, DatingOutput, Method, estimate};
use solace_clinical::input::Problem;
use solace_i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new().route("/results/dates", get(get_form).post(post_form))
}

/// Every form field name, in the order the form asks.
const NAMES: [&str; 6] = [
    "method",
    "lmp",
    "cycle_days",
    "crl_mm",
    "msd_mm",
    "scan_date",
];

const METHODS: &[(&str, &str)] = &[
    ("lmp", "dates-opt-method-lmp"),
    ("crl", "dates-opt-method-crl"),
    ("msd", "dates-opt-method-msd"),
];

const fn q(name: &'static str, label: &'static str, hint: &'static str) -> Q {
    Q { name, label, hint }
}

const Q_METHOD: Q = q("method", "dates-q-method", "dates-hint-method");
const Q_LMP: Q = q("lmp", "dates-q-lmp", "dates-hint-lmp");
const Q_CYCLE: Q = q("cycle_days", "dates-q-cycle_days", "dates-hint-cycle_days");
const Q_CRL: Q = q("crl_mm", "dates-q-crl_mm", "dates-hint-crl_mm");
const Q_MSD: Q = q("msd_mm", "dates-q-msd_mm", "dates-hint-msd_mm");
const Q_SCAN_DATE: Q = q("scan_date", "dates-q-scan_date", "dates-hint-scan_date");

/// Message ids the dates page picks from tables (for the tidy tests).
#[must_use]
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = METHODS.iter().map(|m| m.1).collect();
    for q in [Q_METHOD, Q_LMP, Q_CYCLE, Q_CRL, Q_MSD, Q_SCAN_DATE] {
        ids.extend([q.label, q.hint]);
    }
    for m in [Method::Lmp, Method::Crl, Method::Msd] {
        ids.push(method_name_id(m));
    }
    ids
}

fn method_name_id(m: Method) -> &'static str {
    match m {
        Method::Lmp => "dates-method-lmp",
        Method::Crl => "dates-method-crl",
        Method::Msd => "dates-method-msd",
    }
}

fn method_word(m: Method) -> &'static str {
    match m {
        Method::Lmp => "lmp",
        Method::Crl => "crl",
        Method::Msd => "msd",
    }
}

fn question_text(tr: &Tr<'_>, name: &str) -> String {
    [Q_METHOD, Q_LMP, Q_CYCLE, Q_CRL, Q_MSD, Q_SCAN_DATE]
        .into_iter()
        .find(|q| q.name == name)
        .map_or_else(|| name.to_owned(), |q| tr.t(q.label))
}

// ---------------------------------------------------------------------------------------------
// Reading the form
// ---------------------------------------------------------------------------------------------

/// The chosen method: the radio, or (without it) the one method whose box was filled in.
fn method(kept: &Kept) -> Result<Method, &'static str> {
    match kept.get("method") {
        Some("lmp") => Ok(Method::Lmp),
        Some("crl") => Ok(Method::Crl),
        Some("msd") => Ok(Method::Msd),
        Some(_) => Err("error-choice"),
        None => {
            let given: Vec<Method> = [
                ("lmp", Method::Lmp),
                ("crl_mm", Method::Crl),
                ("msd_mm", Method::Msd),
            ]
            .into_iter()
            .filter(|(n, _)| kept.get(n).is_some())
            .map(|(_, m)| m)
            .collect();
            match given.as_slice() {
                [one] => Ok(*one),
                _ => Err("dates-error-method"),
            }
        }
    }
}

fn number(
    tr: &Tr<'_>,
    kept: &Kept,
    name: &'static str,
    example: &str,
    errors: &mut Vec<FieldError>,
) -> Option<f64> {
    let raw = kept.get(name)?;
    let v = read_number(raw);
    if v.is_none() {
        errors.push(FieldError {
            field: name,
            message: tr.t_with("error-number", &[("example", FluentValue::from(example))]),
        });
    }
    v
}

/// Reads the chosen method's answers into the contract's input; `None` when there is nothing
/// to work out. Problems go into `errors`.
fn parse(tr: &Tr<'_>, kept: &Kept, errors: &mut Vec<FieldError>) -> Option<DatingInput> {
    let m = match method(kept) {
        Ok(m) => m,
        Err(id) => {
            errors.push(FieldError {
                field: "method",
                message: tr.t(id),
            });
            return None;
        }
    };
    let mut input = DatingInput::default();
    let (need, need_id) = match m {
        Method::Lmp => ("lmp", "dates-error-need-lmp"),
        Method::Crl => ("crl_mm", "dates-error-need-crl"),
        Method::Msd => ("msd_mm", "dates-error-need-msd"),
    };
    if kept.get(need).is_none() {
        errors.push(FieldError {
            field: need,
            message: tr.t(need_id),
        });
    }
    match m {
        Method::Lmp => {
            input.lmp = kept.get("lmp").map(str::to_owned);
            input.cycle_days = number(tr, kept, "cycle_days", "28", errors);
        }
        Method::Crl => {
            input.crl_mm = number(tr, kept, "crl_mm", "7.5", errors);
            input.scan_date = kept.get("scan_date").map(str::to_owned);
        }
        Method::Msd => {
            input.msd_mm = number(tr, kept, "msd_mm", "12", errors);
            input.scan_date = kept.get("scan_date").map(str::to_owned);
        }
    }
    Some(input)
}

/// A problem the clinical checks found, in words for this question.
fn problem_message(tr: &Tr<'_>, problem: &Problem) -> String {
    match problem {
        Problem::BadDate { expected } => match *expected {
            "a date that is not in the future" => tr.t("dates-error-future"),
            "a date within the last 44 weeks" => tr.t("dates-error-long-ago"),
            _ => tr.t("dates-error-date"),
        },
        Problem::Invalid { expected } if expected.starts_with("an earlier date") => {
            tr.t("dates-error-too-recent")
        }
        Problem::NotWholeNumber { min, max } => tr.t_with(
            "dates-error-cycle",
            &[("min", plain_number(*min)), ("max", plain_number(*max))],
        ),
        Problem::OutOfRange { min, max, .. } => tr.t_with(
            "error-range",
            &[("min", plain_number(*min)), ("max", plain_number(*max))],
        ),
        _ => tr.t("error-invalid"),
    }
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

async fn get_form(ctx: Ctx) -> Response {
    form_page(&ctx, &Kept::default(), &[], StatusCode::OK)
}

async fn post_form(ctx: Ctx, AnswersForm(pairs): AnswersForm) -> Response {
    let kept = Kept::from_pairs(&pairs, &NAMES);
    if forms::wants_edit(&pairs) {
        return form_page(&ctx, &kept, &[], StatusCode::OK);
    }
    let tr = ctx.tr();
    let mut errors = vec![];
    let input = parse(&tr, &kept, &mut errors);
    if let Some(input) = input.filter(|_| errors.is_empty()) {
        // Today where Solace runs (`solace serve` runs on the person's own machine).
        match estimate(&input, ctx.today()) {
            Ok(out) => {
                let out = solace_app::readings_more::dating(&tr, out);
                return ctx.respond(&Page {
                    title: tr.t("dates-result-title"),
                    body: result(&tr, &out, &kept),
                    status: StatusCode::OK,
                    chrome: Chrome::DisclaimerInBody,
                });
            }
            Err(invalid) => {
                for e in &invalid.errors {
                    let name = NAMES.into_iter().find(|n| *n == e.field).unwrap_or("");
                    if !errors.iter().any(|x| x.field == name) {
                        errors.push(FieldError {
                            field: name,
                            message: problem_message(&tr, &e.problem),
                        });
                    }
                }
            }
        }
    }
    errors.sort_by_key(|e| NAMES.iter().position(|n| *n == e.field));
    form_page(&ctx, &kept, &errors, StatusCode::UNPROCESSABLE_ENTITY)
}

fn form_page(ctx: &Ctx, kept: &Kept, errors: &[FieldError], status: StatusCode) -> Response {
    let body = form(&ctx.tr(), kept, errors);
    ctx.form_page(
        ("dates-title", "check-title-error"),
        !errors.is_empty(),
        body,
        status,
    )
}

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

fn form(tr: &Tr<'_>, kept: &Kept, errors: &[FieldError]) -> Markup {
    // The last period is the method picked until the person picks another; after a mistake,
    // the method they meant stays picked.
    let kept = match (kept.get("method"), method(kept)) {
        (None, Ok(m)) => kept.with("method", method_word(m)),
        (None, Err(_)) if !errors.iter().any(|e| e.field == "method") => kept.with("method", "lmp"),
        _ => kept.clone(),
    };
    let kept = &kept;
    html! {
        h1 { (tr.t("dates-heading")) }
        (forms::error_summary_with(tr, errors, Summary { question: Some(&|n| question_text(tr, n)), ..Summary::default() }))
        p.lead { (tr.t("dates-intro")) }
        p.note #loss-note { (tr.t("dates-loss-note")) }
        form #dates-form method="post" action="/results/dates" autocomplete="off" novalidate {
            (forms::radios(tr, &Q_METHOD, METHODS, None, kept, errors))
            div.m-lmp {
                (forms::text(tr, &Q_LMP, "date", kept, errors))
                (forms::text(tr, &Q_CYCLE, "text", kept, errors))
            }
            div.m-crl { (forms::text(tr, &Q_CRL, "text", kept, errors)) }
            div.m-msd { (forms::text(tr, &Q_MSD, "text", kept, errors)) }
            div.m-scan { (forms::text(tr, &Q_SCAN_DATE, "date", kept, errors)) }
            p { button #dates-submit .btn.primary type="submit" { (tr.t("dates-submit")) } }
            p.hint { (tr.t("check-privacy")) }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

/// A date the way people write it: 3 July 2027 (en-GB), July 3, 2027 (en-US).
fn long_date(tr: &Tr<'_>, d: NaiveDate) -> String {
    solace_i18n::fmt::date(tr.lang, d)
}

fn result(tr: &Tr<'_>, out: &DatingOutput, kept: &Kept) -> Markup {
    let by_scan = out.method != Method::Lmp;
    let weeks_days = tr.t_with(
        "dates-weeks-days",
        &[
            ("weeks", FluentValue::from(out.weeks)),
            ("days", FluentValue::from(out.days)),
        ],
    );
    html! {
        section #dates-result data-method=(method_word(out.method)) {
            h1 { (tr.t("dates-result-heading")) }
            p.r-big #ga data-ga-days=(out.gestational_age_days) { (weeks_days) }
            p #ga-total {
                (tr.t_with("dates-total", &[("total", FluentValue::from(out.gestational_age_days))]))
                @if let Some(d) = out.as_of {
                    " "
                    @if by_scan {
                        (tr.t_with("dates-as-of-scan", &[("date", FluentValue::from(long_date(tr, d)))]))
                    } @else {
                        (tr.t_with("dates-as-of-today", &[("date", FluentValue::from(long_date(tr, d)))]))
                    }
                }
            }
            @if let Some(pm) = out.plus_minus_days {
                p #plus-minus data-plus-minus=(pm) {
                    (tr.t_with("dates-plus-minus", &[("pm", plain_number(pm))]))
                }
            }
            @if let Some(due) = out.due_date {
                div.r-card #due-box {
                    p { strong { (tr.t("dates-due")) } }
                    p.r-big #due { time datetime=(due.format("%Y-%m-%d")) { (long_date(tr, due)) } }
                    p.hint { (tr.t("dates-due-hint")) }
                }
            } @else if by_scan {
                p.hint #no-due { (tr.t("dates-no-due")) }
            }
            h2 { (tr.t("dates-meaning")) }
            p #dates-text { (out.text) }
            @if let Some(note) = &out.note {
                p.note #method-note { (note) }
            }
            p {
                @if by_scan { (tr.t("dates-meaning-scan")) } @else { (tr.t("dates-meaning-lmp")) }
            }
            p #method-used {
                (tr.t_with("dates-method-used", &[("method", FluentValue::from(tr.t(method_name_id(out.method))))]))
                br;
                (super::sources(tr, &out.sources))
            }
            p.note #loss-note { (tr.t("dates-loss-note")) }
            p #disclaimer { (tr.t("disclaimer")) }
            (super::result_buttons(tr, "/results/dates", kept))
        }
    }
}
