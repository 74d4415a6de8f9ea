//! The result of the symptom check: the urgency (words, colour and icon), the headline, what to
//! do now with call buttons, why (every rule that fired, with its sources), the safety net, and
//! a way back to the answers.

use super::fields::Answers;
use super::form::hidden_answers;
use crate::pages::drawings;
use crate::view::forms;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_app::triage_view;
use solace_clinical::Region;
use solace_clinical::triage::{TriageOutcome, Urgency};
use solace_i18n::Tr;

/// Message ids chosen by a `match` rather than named in a `t("…")` call.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Urgency::ALL.into_iter().map(urgency_name_id).collect();
    // `ask-<field>`, built from the outcome's field names.
    ids.push("ask-heavy_hours");
    ids
}

fn urgency_name_id(u: Urgency) -> &'static str {
    match u {
        Urgency::Emergency => "urgency-emergency",
        Urgency::Urgent => "urgency-urgent",
        Urgency::SameDay => "urgency-same_day",
        Urgency::Soon => "urgency-soon",
        Urgency::SelfCare => "urgency-self_care",
    }
}

/// A source's short title from the bibliography, or its id if the bibliography lacks it
/// (a test in solace-content keeps the two lists equal).
fn source_title(id: &str) -> &str {
    solace_content::sources::title(id).unwrap_or(id)
}

/// The call button that goes with an action, if any. Every level has one: the emergency number
/// at `emergency` and `urgent`, the same-day line (NHS 111 in the UK) or the emergency number
/// "if things get worse" at `same_day` and `soon`.
fn call_button(tr: &Tr<'_>, action: &str, region: Region) -> Option<Markup> {
    let number = region.emergency_number();
    match action {
        "action-call-emergency" => Some(html! {
            a.btn.call href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
        }),
        "action-call-if-worse"
        | "action-self-harm-emergency"
        | "action-go-if-worse-today"
        | "action-go-if-worse" => Some(html! {
            a.btn.call.alt href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
        }),
        "action-out-of-hours" | "action-repeat-test" => region.same_day_line().map(|line| {
            html! {
                a.btn.call.same-day href={ "tel:" (line.dial) } { (tr.t("call-same-day")) }
            }
        }),
        "action-crisis-line" => region.crisis_line().map(|c| {
            html! {
                a.btn.call.crisis href={ "tel:" (c.number.dial) } { (tr.t("call-crisis")) }
            }
        }),
        _ => None,
    }
}

/// Asks for a missing answer that matters (how long at a pad an hour), with everything else
/// already given kept in hidden fields. The answer above already assumes the worse case.
fn ask_form(tr: &Tr<'_>, asks: &[triage_view::Ask], answers: &Answers) -> Markup {
    html! {
        form.ask #ask method="post" action="/check" autocomplete="off" {
            h2 { (tr.t("ask-heading")) }
            (hidden_answers(&answers.without(&asks.iter().map(|a| a.field).collect::<Vec<_>>())))
            @for ask in asks {
                label for={ "ask-" (ask.field) } { (ask.question) }
                input type="text" inputmode="decimal" name=(ask.field) id={ "ask-" (ask.field) }
                    autocomplete="off";
            }
            button.btn.secondary type="submit" { (tr.t("ask-submit")) }
        }
    }
}

pub fn render(tr: &Tr<'_>, outcome: &TriageOutcome, answers: &Answers) -> Markup {
    let view = triage_view::render(outcome, tr);
    let urgency = outcome.urgency.id();
    html! {
        section #result data-urgency=(urgency) class={ "u-" (urgency) } {
            div.ub #urgency {
                (drawings::urgency_icon(urgency))
                // The mild early case's banner says what the headline says (a repeat test).
                @if outcome.headline == "headline-early-light" {
                    span { (tr.t("urgency-early-light")) }
                } @else {
                    span { (tr.t(urgency_name_id(outcome.urgency))) }
                }
            }
            h1 #headline { (view.headline) }
            p.when #when {
                strong { (tr.t("when-heading")) ": " }
                (view.when)
            }
            @if !view.ask.is_empty() {
                (ask_form(tr, &view.ask, answers))
            }
            h2 { (tr.t("result-actions")) }
            ol #actions {
                @for (id, text) in outcome.actions.iter().zip(&view.actions) {
                    li data-action=(id) {
                        (text)
                        @if let Some(button) = call_button(tr, id, outcome.region) {
                            br;
                            (button)
                        }
                    }
                }
            }
            h2 { (tr.t("result-why")) }
            ul #reasons {
                @for reason in &view.reasons {
                    @let titles: Vec<&str> = reason.sources.iter().map(|s| source_title(s)).collect();
                    li data-rule=(reason.rule) {
                        (reason.because) " "
                        small { (tr.t_with("result-sources", &[("list", FluentValue::from(titles.join("; ")))])) }
                    }
                }
            }
            div.safety {
                h2 #safety-heading { (tr.t("safety-intro")) }
                ul #safety-net aria-labelledby="safety-heading" {
                    @for item in &view.safety_net {
                        li { (item) }
                    }
                }
                a.btn.call.alt #safety-call href={ "tel:" (outcome.region.emergency_number().dial) } {
                    (tr.t("call-emergency"))
                }
            }
            p #disclaimer { (view.disclaimer) }
            (forms::result_buttons(tr, "/check", &hidden_answers(answers), forms::RESULT_BUTTONS))
        }
    }
}
