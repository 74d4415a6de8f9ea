//! `/check`: "Check my symptoms". GET shows the form; POST reads it and shows the result, or the
//! form again (422) with every answer kept and every problem named. A POST with `edit=1` (from
//! "Change my answers") shows the form filled in.

pub mod fields;
pub mod form;
pub mod result;

use super::{Chrome, Ctx, Page};
use crate::extract::AnswersForm;
use crate::view::forms::{FieldError, wants_edit};
use axum::http::StatusCode;
use axum::response::Response;
use fields::{Answers, Bad, Kind, UNIT_FIELD, Unit};
use fluent_bundle::FluentValue;
use form::{FormView, plain_number};
use solace_clinical::input::{FieldError as InputError, Problem};
use solace_clinical::triage::{TriageOutcome, Urgency, triage};

use solace_i18n::Tr;

pub async fn get(ctx: Ctx) -> Response {
    form_page(&ctx, &Answers::default(), &[], None, StatusCode::OK)
}

pub async fn post(ctx: Ctx, AnswersForm(pairs): AnswersForm) -> Response {
    let answers = Answers::from_pairs(&pairs);
    if wants_edit(&pairs) {
        return form_page(&ctx, &answers, &[], None, StatusCode::OK);
    }
    let region = ctx.prefs.region;
    let tr = ctx.tr();
    let (input, bad) = fields::parse(&answers, region);
    let mut errors: Vec<FieldError> = bad
        .iter()
        .map(|(name, b)| FieldError {
            field: name,
            message: bad_message(&tr, *b),
        })
        .collect();
    match triage(&input, region) {
        Ok(outcome) if errors.is_empty() => {
            return ctx.respond(&Page {
                title: tr.t("result-title"),
                body: result::render(&tr, &outcome, &answers),
                status: StatusCode::OK,
                chrome: Chrome::DisclaimerInBody,
            });
        }
        Ok(_) => {}
        Err(invalid) => {
            for e in &invalid.errors {
                let field = form_field(&e.field);
                if !errors.iter().any(|x| x.field == field) {
                    errors.push(FieldError {
                        field,
                        message: problem_message(&tr, &answers, region, field, e),
                    });
                }
            }
        }
    }
    // Show the problems in the order the form asks the questions.
    let order = fields::names();
    errors.sort_by_key(|e| order.iter().position(|n| *n == e.field));
    // Safety first: if what could be read already calls for help now, say so above the errors.
    let bad_fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    let (partial, _) = fields::parse(&answers.without(&bad_fields), region);
    let early = triage(&partial, region)
        .ok()
        .filter(|o| o.urgency >= Urgency::Urgent);
    form_page(
        &ctx,
        &answers,
        &errors,
        early.as_ref(),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

fn form_page(
    ctx: &Ctx,
    answers: &Answers,
    errors: &[FieldError],
    early: Option<&TriageOutcome>,
    status: StatusCode,
) -> Response {
    let view = FormView {
        answers,
        errors,
        region: ctx.prefs.region,
        early,
    };
    let body = form::render(&ctx.tr(), &view);
    ctx.form_page(
        ("check-title", "check-title-error"),
        !errors.is_empty(),
        body,
        status,
    )
}

/// The form field a contract field is asked by: both temperatures are asked as `temperature`.
fn form_field(contract_field: &str) -> &'static str {
    match contract_field {
        "temperature_c" | "temperature_f" => "temperature",
        other => fields::names()
            .into_iter()
            .find(|n| *n == other)
            // Not a question on the form: shown in the summary without a link.
            .unwrap_or(""),
    }
}

fn bad_message(tr: &Tr<'_>, bad: Bad) -> String {
    match bad {
        Bad::Number { example } => {
            tr.t_with("error-number", &[("example", FluentValue::from(example))])
        }
        Bad::Choice | Bad::Unit => tr.t("error-choice"),
        Bad::Tick => tr.t("error-tick"),
        Bad::Pain => tr.t("error-pain"),
        Bad::Weeks => tr.t("error-weeks"),
    }
}

/// A range problem from the clinical checks, in words for this question.
fn problem_message(
    tr: &Tr<'_>,
    answers: &Answers,
    region: solace_clinical::Region,
    field: &str,
    error: &InputError,
) -> String {
    let kind = fields::field(field).map(|f| f.kind);
    match (kind, &error.problem) {
        (Some(Kind::Pain), _) => tr.t("error-pain"),
        (Some(Kind::Temperature), Problem::OutOfRange { min, max, unit }) => {
            let typed = answers
                .get(field)
                .and_then(fields::read_number)
                .unwrap_or(f64::NAN);
            match answers.unit(region) {
                // 86–113 is a body temperature in °F; 30–45 is one in °C.
                Some(Unit::C) if (86.0..=113.0).contains(&typed) => tr.t("error-temp-looks-f"),
                Some(Unit::F) if (30.0..=45.0).contains(&typed) => tr.t("error-temp-looks-c"),
                _ => tr.t_with(
                    "error-range-temp",
                    &[
                        ("min", plain_number(*min)),
                        ("max", plain_number(*max)),
                        ("unit", FluentValue::from(*unit)),
                    ],
                ),
            }
        }
        (Some(Kind::Number { .. } | Kind::Weeks), Problem::OutOfRange { min, max, .. }) => tr
            .t_with(
                "error-range",
                &[("min", plain_number(*min)), ("max", plain_number(*max))],
            ),
        (Some(Kind::Weeks), _) => tr.t("error-weeks"),
        (Some(Kind::Number { example }), Problem::NotANumber) => {
            tr.t_with("error-number", &[("example", FluentValue::from(example))])
        }
        _ if field == UNIT_FIELD => tr.t("error-choice"),
        _ => tr.t("error-invalid"),
    }
}
