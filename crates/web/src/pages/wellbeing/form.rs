//! Reading a check-in form (the answers by question, the PCL-5's optional loss date) and showing it
//! again with every problem beside its question.

use super::view::crisis_section;
use super::wording::wording;
use crate::extract::Ctx;
use crate::view::forms::{
    FieldError, Summary, csrf_field, error_for, error_line, error_summary_with,
};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::input::Problem;
use solace_clinical::wellbeing::{CrisisReason, Questionnaire};
use solace_i18n::Tr;

// ---------------------------------------------------------------------------------------------
// Reading a form
// ---------------------------------------------------------------------------------------------

/// The form field of question `n` (1-based).
pub(super) fn item_field(n: usize) -> &'static str {
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
pub(super) fn raw_answers(q: Questionnaire, pairs: &[(String, String)]) -> Vec<Option<f64>> {
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
pub(super) fn item_errors(
    tr: &Tr<'_>,
    invalid: &solace_clinical::input::InvalidInput,
) -> Vec<FieldError> {
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

/// A quiet line with the crisis line and emergency number, on the page before any question.
pub(super) fn help_now(tr: &Tr<'_>) -> Markup {
    html! {
        p #help-now {
            (tr.t("wb-help-now")) " "
            (tr.t(if tr.region.crisis_line().is_some() { "wb-contact-crisis" } else { "wb-contact-crisis-other" }))
        }
    }
}

/// The PCL-5's optional "when was your loss?" field.
pub(super) const LOSS_DATE: &str = "loss_date";

/// Reads the loss date as typed: `Ok(None)` when empty, the message id of the problem when it is
/// not a date or is after `today`.
pub(super) fn read_loss_date(
    raw: &str,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, &'static str> {
    if raw.is_empty() {
        return Ok(None);
    }
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(d) if d > today => Err("wb-error-loss-future"),
        Ok(d) => Ok(Some(d)),
        Err(_) => Err("wb-error-loss-date"),
    }
}

/// The PCL-5's loss date question as typed, with its problem.
pub(super) struct LossField<'a> {
    pub(super) value: &'a str,
    pub(super) error: Option<String>,
    pub(super) unlocked: bool,
}

pub(super) fn form_page_with(
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
