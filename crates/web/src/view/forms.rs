//! What every form shares: the hidden CSRF field, one problem with one answer ([`FieldError`]),
//! the error summary at the top of a form that came back ([`error_summary`]), the line under a
//! field ([`error_line`]), and — for the question-by-question forms of the results pages —
//! answers kept as typed ([`Kept`]) with the text box and radio buttons that show them again.
//!
//! The HTML hooks are the same on every page: the summary is `#error-summary` (`role="alert"`,
//! focusable, labelled by `#error-summary-title`) listing links to `#field-<name>`; a field's
//! problem is `p.field-error#error-<name>`, named by the field's `aria-describedby`.

use crate::extract::{CSRF_FIELD, Ctx};
use maud::{Markup, html};
use solace_i18n::Tr;
use std::collections::BTreeMap;

/// The hidden field that repeats the CSRF cookie, for every form that changes something.
pub fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(ctx.csrf_token()); }
}

/// One problem with one answer, in the person's words. `field` is the form field's name (its
/// element is `#field-<field>`), or `""` when the problem is not about one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: String) -> FieldError {
        FieldError { field, message }
    }
}

/// The problem with `field`, if there is one.
pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

/// The line under a field that came back with a problem.
pub fn error_line(errors: &[FieldError], field: &str) -> Markup {
    html! {
        @if let Some(m) = error_for(errors, field) {
            p.field-error id={ "error-" (field) } { (m) }
        }
    }
}

/// `aria-describedby` for a field: its hints, then its problem if it has one; `None` when there
/// is neither.
pub fn described_by(errors: &[FieldError], field: &str, hints: &[&str]) -> Option<String> {
    let mut ids: Vec<String> = hints.iter().map(|h| (*h).to_owned()).collect();
    if error_for(errors, field).is_some() {
        ids.push(format!("error-{field}"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// How a page's error summary differs from the plain one.
#[derive(Clone, Copy)]
pub struct Summary<'a> {
    /// The heading's message id.
    pub title: &'static str,
    /// A line under the heading.
    pub lead: Option<&'a str>,
    /// The question behind a field, shown above its problem (`span.q-name`).
    pub question: Option<&'a dyn Fn(&str) -> String>,
}

impl std::fmt::Debug for Summary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Summary")
            .field("title", &self.title)
            .field("lead", &self.lead)
            .field("question", &self.question.is_some())
            .finish()
    }
}

impl Default for Summary<'_> {
    fn default() -> Self {
        Summary {
            title: "error-summary-title",
            lead: None,
            question: None,
        }
    }
}

/// The error summary at the top of a form that came back: the heading, and each problem as a
/// link to its field. Nothing when there are no problems.
pub fn error_summary(tr: &Tr<'_>, errors: &[FieldError]) -> Markup {
    error_summary_with(tr, errors, Summary::default())
}

/// [`error_summary`] with its own heading, a lead line, or the questions named.
pub fn error_summary_with(tr: &Tr<'_>, errors: &[FieldError], s: Summary<'_>) -> Markup {
    html! {
        @if !errors.is_empty() {
            div #error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (tr.t(s.title)) }
                @if let Some(lead) = s.lead { p { (lead) } }
                ul {
                    @for e in errors {
                        li {
                            @if e.field.is_empty() {
                                (e.message)
                            } @else {
                                a href={ "#field-" (e.field) } {
                                    @if let Some(q) = s.question {
                                        span.q-name { (q(e.field)) }
                                        br;
                                    }
                                    (e.message)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Question-by-question forms (scan, dates)
// ---------------------------------------------------------------------------------------------

/// The longest answer kept for showing back: enough for any real answer.
const MAX_KEPT: usize = 64;

/// What the person sent for the fields we know, trimmed. Empty values ("Not sure") and
/// unknown fields are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept(BTreeMap<&'static str, String>);

impl Kept {
    pub fn from_pairs(pairs: &[(String, String)], known: &[&'static str]) -> Kept {
        Kept::from_pairs_up_to(pairs, known, MAX_KEPT)
    }

    /// As [`Kept::from_pairs`], keeping at most `max` characters of each answer.
    pub fn from_pairs_up_to(
        pairs: &[(String, String)],
        known: &[&'static str],
        max: usize,
    ) -> Kept {
        let mut map = BTreeMap::new();
        for (k, v) in pairs {
            let Some(name) = known.iter().find(|n| **n == k.as_str()) else {
                continue;
            };
            let v = v.trim();
            if !v.is_empty() {
                map.insert(*name, v.chars().take(max).collect());
            }
        }
        Kept(map)
    }

    /// The same answers with one more.
    #[must_use]
    pub fn with(&self, name: &'static str, value: &str) -> Kept {
        let mut map = self.0.clone();
        map.insert(name, value.to_owned());
        Kept(map)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// The answers as hidden fields, for "Change my answers".
    pub fn hidden(&self) -> Markup {
        html! {
            @for (name, value) in self.iter() {
                input type="hidden" name=(name) value=(value);
            }
        }
    }
}

/// The "Not sure" choice of the results pages' questions.
pub const NOT_SURE: Option<&str> = Some("opt-not-sure");

/// The message ids of the buttons under a result: print, change my answers, start again.
pub const RESULT_BUTTONS: [&str; 3] = ["result-print", "result-change", "result-start-again"];

/// The buttons under a result: Print (shown by the script), "Change my answers" (a POST of
/// `answers`, hidden fields, with `edit=1`: answers never go in a URL), and "Start again".
/// `words` are their message ids.
pub fn result_buttons(tr: &Tr<'_>, action: &str, answers: &Markup, words: [&str; 3]) -> Markup {
    let [print, change, again] = words;
    html! {
        div.row {
            button #print .btn.secondary type="button" hidden { (tr.t(print)) }
            form #change-answers method="post" action=(action) {
                (answers)
                input type="hidden" name="edit" value="1";
                button.btn.secondary type="submit" { (tr.t(change)) }
            }
            a.btn.secondary href=(action) { (tr.t(again)) }
        }
    }
}

/// "Change my answers" posts the answers back with `edit=1`.
pub fn wants_edit(pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(k, v)| k == "edit" && v == "1")
}

/// A question's name and message ids.
#[derive(Debug, Clone, Copy)]
pub struct Q {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// A text box (`kind` "text", read as a decimal number, or "date"), with what was typed kept.
pub fn text(tr: &Tr<'_>, q: &Q, kind: &str, kept: &Kept, errors: &[FieldError]) -> Markup {
    let name = q.name;
    let invalid = error_for(errors, name).is_some();
    let hint = format!("hint-{name}");
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(q.label)) }
            p.hint id=(hint) { (tr.t(q.hint)) }
            (error_line(errors, name))
            input type=(kind) inputmode=[(kind == "text").then_some("decimal")]
                name=(name) id={ "field-" (name) } value=(kept.get(name).unwrap_or(""))
                autocomplete="off" aria-describedby=[described_by(errors, name, &[&hint])]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// Radio buttons, with "Not sure" (sends nothing; `not_sure` is its message id) when asked for.
pub fn radios(
    tr: &Tr<'_>,
    q: &Q,
    options: &[(&str, &str)],
    not_sure: Option<&str>,
    kept: &Kept,
    errors: &[FieldError],
) -> Markup {
    let name = q.name;
    let invalid = error_for(errors, name).is_some();
    let raw = kept.get(name);
    let known = raw.is_none_or(|v| options.iter().any(|(w, _)| *w == v));
    let error_id = invalid.then(|| format!("error-{name}"));
    let aria_invalid = invalid.then_some("true");
    html! {
        fieldset.q.err[invalid] id={ "q-" (name) } aria-describedby={ "hint-" (name) } {
            legend { (tr.t(q.label)) }
            p.hint id={ "hint-" (name) } { (tr.t(q.hint)) }
            (error_line(errors, name))
            @for (i, (word, option)) in options.iter().enumerate() {
                label.opt {
                    input type="radio" name=(name) value=(word)
                        id=(if i == 0 { format!("field-{name}") } else { format!("field-{name}-{word}") })
                        checked[raw == Some(*word)]
                        aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                    span { (tr.t(option)) }
                }
            }
            @if let Some(not_sure) = not_sure {
                label.opt {
                    input type="radio" name=(name) value="" id={ "field-" (name) "-unknown" }
                        checked[raw.is_none() && known]
                        aria-describedby=[error_id.as_deref()] aria-invalid=[aria_invalid];
                    span { (tr.t(not_sure)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr_of(i18n: &solace_i18n::I18n) -> Tr<'_> {
        i18n.tr(solace_i18n::Lang::default(), solace_clinical::Region::Uk)
    }

    #[test]
    fn the_summary_links_each_problem_to_its_field() {
        let i18n = solace_i18n::I18n::load().unwrap();
        let tr = tr_of(&i18n);
        assert_eq!(error_summary(&tr, &[]).into_string(), "");
        let errors = [
            FieldError::new("age", "Type a number".to_owned()),
            FieldError::new("", "Something else".to_owned()),
        ];
        let plain = error_summary(&tr, &errors).into_string();
        assert!(plain.starts_with(
            r#"<div id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title"><h2 id="error-summary-title">"#
        ), "{plain}");
        assert!(
            plain.contains(
                r##"<li><a href="#field-age">Type a number</a></li><li>Something else</li>"##
            ),
            "{plain}"
        );
        let named = error_summary_with(
            &tr,
            &errors,
            Summary {
                question: Some(&|n: &str| format!("Q {n}")),
                lead: Some("Not finished"),
                ..Summary::default()
            },
        )
        .into_string();
        assert!(named.contains("</h2><p>Not finished</p><ul>"), "{named}");
        assert!(
            named.contains(
                r##"<a href="#field-age"><span class="q-name">Q age</span><br>Type a number</a>"##
            ),
            "{named}"
        );
    }

    #[test]
    fn a_field_names_its_problem() {
        let errors = [FieldError::new("age", "Type a number".to_owned())];
        assert_eq!(
            error_line(&errors, "age").into_string(),
            r#"<p class="field-error" id="error-age">Type a number</p>"#
        );
        assert_eq!(error_line(&errors, "weeks").into_string(), "");
        assert_eq!(
            described_by(&errors, "age", &["hint-age"]).as_deref(),
            Some("hint-age error-age")
        );
        assert_eq!(described_by(&errors, "weeks", &[]), None);
    }
}
