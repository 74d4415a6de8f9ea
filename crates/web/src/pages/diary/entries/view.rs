//! The entry forms: the kind chooser's fields for each kind, with every problem beside its field.

use super::super::diary_nav;
use super::form::{MEDICINES, SHOWED, Vals};
use super::kind_label;
use crate::extract::Ctx;
use crate::pages::drawings;
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_i18n::Tr;
use solace_store::RecordId;

/// Radio buttons for a choice: (word, message id).
fn radios(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    legend: &str,
    options: &[(&str, &str)],
    figure: Option<Markup>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    let current = v.get(name);
    html! {
        fieldset.q.err[invalid] id={ "q-" (name) } {
            legend { (tr.t(legend)) }
            @if let Some(f) = figure { (f) }
            (error_line(errors, name))
            div.opts {
                @for (i, (word, label)) in options.iter().enumerate() {
                    label.opt {
                        input type="radio" name=(name) value=(word)
                            id=(if i == 0 { format!("field-{name}") } else { format!("field-{name}-{word}") })
                            checked[current == *word];
                        span { (tr.t(label)) }
                    }
                }
            }
        }
    }
}

fn number_field(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(label)) }
            @if let Some(h) = hint { p.hint id={ "hint-" (name) } { (tr.t(h)) } }
            (error_line(errors, name))
            input type="text" inputmode="decimal" name=(name) id={ "field-" (name) } value=(v.get(name))
                autocomplete="off" aria-describedby=[hint.map(|_| format!("hint-{name}"))]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// A short one-line text field (at most 200 characters: medicine name, dose, mood words).
fn text_field(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(label)) }
            @if let Some(h) = hint { p.hint id={ "hint-" (name) } { (tr.t(h)) } }
            (error_line(errors, name))
            input.wide type="text" name=(name) id={ "field-" (name) } value=(v.get(name))
                maxlength="200" autocomplete="off" aria-describedby=[hint.map(|_| format!("hint-{name}"))]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// A score from 0 to 10 (pain, mood) as eleven radio buttons.
fn score_field(tr: &Tr<'_>, v: &Vals, errors: &[FieldError], legend: &str, hint: &str) -> Markup {
    html! {
        fieldset.q.err[error_for(errors, "score").is_some()] #q-score {
            legend { (tr.t(legend)) }
            p.hint { (tr.t(hint)) }
            (error_line(errors, "score"))
            div.pain {
                @for n in 0..=10u8 {
                    @let s = n.to_string();
                    label.opt {
                        input type="radio" name="score" value=(s) id=(if n == 0 { "field-score".to_owned() } else { format!("field-score-{n}") })
                            checked[v.get("score") == s];
                        span { (n) }
                    }
                }
            }
        }
    }
}

/// The medicine: quick choices as big buttons, or its name typed; then the dose. The time is the
/// entry's own "when".
fn medication_fields(tr: &Tr<'_>, v: &Vals, errors: &[FieldError]) -> Markup {
    let invalid = error_for(errors, "name").is_some();
    let current = match v.get("name") {
        "" if !v.get("name_other").is_empty() => "other",
        c => c,
    };
    html! {
        fieldset.q.err[invalid] #q-name {
            legend { (tr.t("diary-f-medication")) }
            (error_line(errors, "name"))
            div.opts {
                @for (i, (word, label)) in MEDICINES.iter().enumerate() {
                    label.opt {
                        input type="radio" name="name" value=(word)
                            id=(if i == 0 { "field-name".to_owned() } else { format!("field-name-{word}") })
                            checked[current == *word];
                        span { (tr.t(label)) }
                    }
                }
                label.opt {
                    input type="radio" name="name" value="other" id="field-name-other" checked[current == "other"];
                    span { (tr.t("diary-o-medicine-other")) }
                }
            }
            label for="field-name_other" { (tr.t("diary-f-medication-other")) }
            input.wide type="text" name="name_other" id="field-name_other" value=(v.get("name_other"))
                maxlength="200" autocomplete="off" aria-invalid=[invalid.then_some("true")];
        }
        (text_field(tr, v, errors, "dose", "diary-f-dose", Some("diary-f-dose-hint")))
    }
}

pub(super) fn entry_form(
    ctx: &Ctx,
    v: &Vals,
    errors: &[FieldError],
    editing: Option<RecordId>,
    status: StatusCode,
) -> Response {
    let tr = ctx.tr();
    let kind = v.get("kind");
    let action = editing.map_or_else(
        || "/diary/add".to_owned(),
        |id| format!("/diary/entry/{id}"),
    );
    let heading = tr.t(kind_label(kind));
    let fahrenheit = matches!(ctx.prefs.region, Region::Us);
    let temp_unit = match v.get("temp_unit") {
        "" if fahrenheit => "f",
        "" => "c",
        u => u,
    };
    let fields = match kind {
        "bleeding" => html! {
            (number_field(&tr, v, errors, "pads_soaked_per_hour", "diary-f-pads", Some("diary-f-pads-hint")))
            (radios(&tr, v, errors, "pad_fullness", "diary-f-fullness", &[("light", "diary-o-light"), ("moderate", "diary-o-moderate"), ("full", "diary-o-full")], Some(drawings::pads(&tr))))
            (radios(&tr, v, errors, "clots", "diary-f-clots", &[("none", "diary-o-none"), ("small", "diary-o-small"), ("large", "diary-o-large")], Some(drawings::clots(&tr))))
            (radios(&tr, v, errors, "colour", "diary-f-colour", &[("pink", "diary-o-pink"), ("red", "diary-o-red"), ("dark_red", "diary-o-dark_red"), ("brown", "diary-o-brown")], None))
        },
        "hcg" => html! {
            (number_field(&tr, v, errors, "hcg_value", "diary-f-hcg", Some("diary-f-hcg-hint")))
            (radios(&tr, v, errors, "hcg_unit", "diary-f-unit", &[("iu_per_l", "diary-o-iu"), ("miu_per_ml", "diary-o-miu")], None))
        },
        "pain" => html! {
            (score_field(&tr, v, errors, "diary-f-pain", "diary-f-pain-hint"))
            (radios(&tr, v, errors, "where", "diary-f-where", &[("lower_middle", "diary-o-lower_middle"), ("left_side", "diary-o-left_side"), ("right_side", "diary-o-right_side"), ("shoulder_tip", "diary-o-shoulder_tip"), ("back", "diary-o-back"), ("bottom", "diary-o-bottom"), ("other", "diary-o-other")], None))
        },
        "temperature" => html! {
            (number_field(&tr, v, errors, "temp_value", "diary-f-temp", None))
            fieldset.q #q-temp_unit {
                legend { (tr.t("diary-f-unit")) }
                div.opts {
                    label.opt { input type="radio" name="temp_unit" value="c" id="field-temp_unit" checked[temp_unit == "c"]; span { "°C" } }
                    label.opt { input type="radio" name="temp_unit" value="f" id="field-temp_unit-f" checked[temp_unit == "f"]; span { "°F" } }
                }
            }
        },
        "medication" => medication_fields(&tr, v, errors),
        "mood" => html! {
            (score_field(&tr, v, errors, "diary-f-mood", "diary-f-mood-hint"))
            (text_field(&tr, v, errors, "words", "diary-f-words", Some("diary-f-words-hint")))
        },
        "scan" => html! {
            (radios(&tr, v, errors, "showed", "diary-f-showed", &SHOWED, None))
        },
        "pregnancy_test" => html! {
            (radios(&tr, v, errors, "result", "diary-f-result", &[("negative", "diary-o-negative"), ("faint", "diary-o-faint"), ("positive", "diary-o-positive")], None))
        },
        "event" => html! {
            (radios(&tr, v, errors, "event", "diary-f-event", &[("loss_confirmed", "diary-o-loss_confirmed"), ("management_chosen", "diary-o-management_chosen"), ("medication_taken", "diary-o-medication_taken"), ("surgery", "diary-o-surgery"), ("pregnancy_ended", "diary-o-pregnancy_ended"), ("period_returned", "diary-o-period_returned")], None))
            (radios(&tr, v, errors, "management", "diary-f-management", &[("expectant", "diary-o-expectant"), ("medication", "diary-o-medication"), ("surgery", "diary-o-surgery-care")], None))
            (radios(&tr, v, errors, "medicine", "diary-f-medicine", &[("mifepristone", "diary-o-mifepristone"), ("misoprostol", "diary-o-misoprostol")], None))
        },
        _ => html! {
            div.q.err[error_for(errors, "text").is_some()] {
                label for="field-text" { (tr.t(if kind == "question" { "diary-f-question" } else { "diary-f-text" })) }
                (error_line(errors, "text"))
                textarea name="text" id="field-text" rows="4" maxlength="2000" { (v.get("text")) }
            }
        },
    };
    let body = html! {
        (diary_nav(ctx))
        h1 { (heading) }
        (error_summary(&tr, errors))
        form #entry-form method="post" action=(action) autocomplete="off" data-kind=(kind) {
            (csrf_field(ctx))
            input type="hidden" name="kind" value=(kind);
            input type="hidden" name="tz" value=(v.get("tz"));
            @if editing.is_none() {
                input type="hidden" name="form_id" value=(super::super::form_id(v.get("form_id")));
            }
            (fields)
            @if kind != "note" && kind != "question" {
                div.q {
                    label for="field-note" { (tr.t("diary-f-note")) }
                    textarea name="note" id="field-note" rows="2" maxlength="2000" { (v.get("note")) }
                }
            }
            fieldset.q.when.err[error_for(errors, "date").is_some()] #q-when {
                legend { (tr.t("diary-f-when")) }
                p.hint #hint-when { (tr.t("diary-f-when-hint")) }
                (error_line(errors, "date"))
                div.hrow {
                    label for="field-date" { (tr.t("diary-f-date")) }
                    input type="date" name="date" id="field-date" value=(v.get("date")) aria-describedby="hint-when";
                    label for="field-time" { (tr.t("diary-f-time")) }
                    input type="time" name="time" id="field-time" value=(v.get("time")) aria-describedby="hint-when";
                }
            }
            p { button #entry-save .btn.primary type="submit" name="save" value="1" { (tr.t("diary-save")) } }
            @if editing.is_some() {
                p { button #entry-delete .btn.danger type="submit" name="delete" value="1" formnovalidate { (tr.t("diary-entry-delete")) } }
            }
        }
    };
    let title = if editing.is_some() {
        "diary-edit-title"
    } else {
        "diary-add-title"
    };
    ctx.private_page(title, body, status)
}
