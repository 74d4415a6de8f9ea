//! The symptom-check form, empty or filled in with what the person sent, with any errors next to
//! their questions and listed at the top.

use super::fields::{Answers, FIRST_ANSWER_AFTER, Field, GROUPS, Kind, NOT_SURE, UNIT_FIELD, Unit};
use crate::pages::drawings;
use crate::view::forms::{self, FieldError, Summary, error_for, error_summary_with};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_clinical::triage::{TriageOutcome, Urgency};
use solace_i18n::Tr;

/// Everything the form shows besides the questions.
#[derive(Debug)]
pub struct FormView<'a> {
    pub answers: &'a Answers,
    /// The problems, by form field (`temperature`, not `temperature_c`).
    pub errors: &'a [FieldError],
    pub region: Region,
    /// When some answers could not be read but the rest already call for help now.
    pub early: Option<&'a TriageOutcome>,
}

impl FormView<'_> {
    fn error(&self, name: &str) -> Option<&str> {
        error_for(self.errors, name)
    }

    fn described_by(&self, name: &str, hint: bool) -> String {
        let hint_id = format!("hint-{name}");
        let hints = if hint { vec![hint_id.as_str()] } else { vec![] };
        forms::described_by(self.errors, name, &hints).unwrap_or_default()
    }
}

pub fn render(tr: &Tr<'_>, view: &FormView<'_>) -> Markup {
    html! {
        h1 { (tr.t("check-heading")) }
        @if let Some(outcome) = view.early {
            (early_warning(tr, outcome))
        }
        (error_summary_with(tr, view.errors, Summary { question: Some(&|n| question_text(tr, n)), ..Summary::default() }))
        // One short paragraph: on a phone the urgent questions must start on the first screen.
        p.lead { strong { (tr.t("check-urgent-first")) } " " (tr.t("check-intro")) }
        form #triage-form method="post" action="/check" autocomplete="off" {
            @for group in GROUPS {
                fieldset.group id=(group.id) {
                    legend { (tr.t(group.legend)) }
                    @if let Some(hint) = group.hint {
                        p.hint { (tr.t(hint)) }
                    }
                    @for field in group.fields {
                        (question(tr, view, field))
                    }
                }
                // The first answer is never more than two phone screens away: the urgent signs
                // are asked first, and this button gives the answer for them straight away.
                @if group.id == FIRST_ANSWER_AFTER {
                    div.early-answer {
                        button #check-submit-early .btn.secondary type="submit"
                            aria-describedby="early-answer-hint" { (tr.t("check-submit-now")) }
                        p.hint #early-answer-hint { (tr.t("check-answer-now-hint")) }
                    }
                }
            }
            p {
                button #check-submit .btn.primary type="submit" { (tr.t("check-submit")) }
            }
            p.hint { (tr.t("check-privacy")) }
        }
    }
}

/// The words of the question behind a form field, for the error summary.
fn question_text(tr: &Tr<'_>, name: &str) -> String {
    if name == UNIT_FIELD {
        return tr.t("q-temperature_unit");
    }
    super::fields::field(name).map_or_else(|| name.to_owned(), |f| tr.t(f.label))
}

fn early_warning(tr: &Tr<'_>, outcome: &TriageOutcome) -> Markup {
    let number = outcome.region.emergency_number();
    let emergency = outcome.urgency == Urgency::Emergency;
    html! {
        div #early-warning data-urgency=(outcome.urgency.id()) role="alert" {
            p { strong { (tr.t("check-early-warning")) } }
            p { (tr.t(outcome.headline)) }
            a.btn.call.alt[!emergency] href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
        }
    }
}

fn error_line(view: &FormView<'_>, name: &str) -> Markup {
    forms::error_line(view.errors, name)
}

fn question(tr: &Tr<'_>, view: &FormView<'_>, field: &Field) -> Markup {
    let name = field.name;
    let invalid = view.error(name).is_some();
    let raw = view.answers.get(name);
    let aria_invalid = invalid.then_some("true");
    match field.kind {
        Kind::Yes => {
            let checked = raw.is_some_and(|v| v.eq_ignore_ascii_case("yes"));
            // A question whose words need no hint has none (the sepsis group keeps short).
            let hint = !field.hint.is_empty();
            let described = view.described_by(name, hint);
            html! {
                div.q.check.err[invalid] {
                    (error_line(view, name))
                    label.opt for={ "field-" (name) } {
                        input type="checkbox" name=(name) value="yes" id={ "field-" (name) }
                            checked[checked]
                            aria-describedby=[(!described.is_empty()).then_some(described.as_str())]
                            aria-invalid=[aria_invalid];
                        span { (tr.t(field.label)) }
                    }
                    @if hint {
                        p.hint id={ "hint-" (name) } { (tr.t(field.hint)) }
                    }
                }
            }
        }
        Kind::Choice(options) => {
            let known = raw.is_none_or(|v| options.iter().any(|(w, _)| *w == v));
            let error_id = invalid.then(|| format!("error-{name}"));
            html! {
                fieldset.q.err[invalid] id={ "q-" (name) } aria-describedby={ "hint-" (name) } {
                    legend { (tr.t(field.label)) }
                    p.hint id={ "hint-" (name) } { (tr.t(field.hint)) }
                    (error_line(view, name))
                    @if name == "clots" {
                        (drawings::clots(tr))
                    }
                    @for (i, (word, option)) in options.iter().enumerate() {
                        label.opt {
                            input type="radio" name=(name) value=(word)
                                id=(if i == 0 { format!("field-{name}") } else { format!("field-{name}-{word}") })
                                checked[raw == Some(*word)]
                                aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                            span { (tr.t(option)) }
                        }
                    }
                    label.opt {
                        input type="radio" name=(name) value="" id={ "field-" (name) "-unknown" }
                            checked[raw.is_none() && known]
                            aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                        span { (tr.t(NOT_SURE)) }
                    }
                }
            }
        }
        Kind::Number { .. } | Kind::Weeks => html! {
            div.q.err[invalid] {
                label for={ "field-" (name) } { (tr.t(field.label)) }
                p.hint id={ "hint-" (name) } { (tr.t(field.hint)) }
                @if name == "pads_soaked_per_hour" {
                    (drawings::pads(tr))
                }
                (error_line(view, name))
                input type="text" inputmode="decimal" name=(name) id={ "field-" (name) }
                    value=(raw.unwrap_or("")) autocomplete="off"
                    aria-describedby=(view.described_by(name, true)) aria-invalid=[aria_invalid];
            }
        },
        Kind::Pain => {
            let error_id = invalid.then(|| format!("error-{name}"));
            html! {
                fieldset.q.err[invalid] id="q-pain" aria-describedby="hint-pain" {
                    legend { (tr.t(field.label)) }
                    p.hint id="hint-pain" { (tr.t(field.hint)) }
                    (error_line(view, name))
                    div.pain {
                        @for n in 0..=10u8 {
                            @let value = n.to_string();
                            label.opt {
                                input type="radio" name="pain" value=(value)
                                    id=(if n == 0 { "field-pain".to_owned() } else { format!("field-pain-{n}") })
                                    checked[raw == Some(value.as_str())]
                                    aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                                span { (n) }
                            }
                        }
                        // Pain is optional: once a number is picked, this lets the person take it back.
                        label.opt.notsure {
                            input type="radio" name="pain" value="" id="field-pain-unknown"
                                checked[raw.is_none_or(str::is_empty)]
                                aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                            span { (tr.t(NOT_SURE)) }
                        }
                    }
                    // Words at 0, 4, 7 and 10, placed under their numbers (CSS grid of 11 columns).
                    div.scale aria-hidden="true" {
                        span.s0 { (tr.t("pain-scale-none")) }
                        span.s4 { (tr.t("pain-scale-moderate")) }
                        span.s7 { (tr.t("pain-scale-severe")) }
                        span.s10 { (tr.t("pain-scale-worst")) }
                    }
                }
            }
        }
        Kind::Temperature => temperature(tr, view, field),
    }
}

fn temperature(tr: &Tr<'_>, view: &FormView<'_>, field: &Field) -> Markup {
    let name = field.name;
    let invalid = view.error(name).is_some();
    let unit_invalid = view.error(UNIT_FIELD).is_some();
    let chosen = view.answers.unit(view.region);
    let units = [(Unit::C, "opt-unit-c"), (Unit::F, "opt-unit-f")];
    html! {
        div.q.err[invalid || unit_invalid] {
            label for="field-temperature" { (tr.t(field.label)) }
            p.hint id="hint-temperature" { (tr.t(field.hint)) }
            (error_line(view, name))
            (error_line(view, UNIT_FIELD))
            div.temp {
                input type="text" inputmode="decimal" name=(name) id="field-temperature"
                    value=(view.answers.get(name).unwrap_or("")) autocomplete="off"
                    aria-describedby=(view.described_by(name, true)) aria-invalid=[invalid.then_some("true")];
                fieldset {
                    legend.vh { (tr.t("q-temperature_unit")) }
                    @for (i, (unit, option)) in units.iter().enumerate() {
                        label.opt {
                            input type="radio" name=(UNIT_FIELD) value=(unit.word())
                                id=(if i == 0 { format!("field-{UNIT_FIELD}") } else { format!("field-{UNIT_FIELD}-{}", unit.word()) })
                                checked[chosen == Some(*unit)]
                                aria-describedby=[unit_invalid.then_some("error-temperature_unit")]
                                aria-invalid=[unit_invalid.then_some("true")];
                            span { (tr.t(option)) }
                        }
                    }
                }
            }
        }
    }
}

/// The answers as hidden fields, for "Change my answers" (POST only: never in a URL).
pub fn hidden_answers(answers: &Answers) -> Markup {
    html! {
        @for (name, value) in answers.iter() {
            input type="hidden" name=(name) value=(value);
        }
    }
}

/// Formats a bound the way a person writes it: 45, not 45.0.
pub fn plain_number(x: f64) -> FluentValue<'static> {
    if x.fract() == 0.0 {
        FluentValue::from(format!("{x:.0}"))
    } else {
        FluentValue::from(format!("{x}"))
    }
}
