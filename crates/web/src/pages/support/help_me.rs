//! `/support/help-me`: the person ticks what helps them and may add their own words; the answer
//! is a clean printable "How to help me" page holding exactly those choices.
//!
//! What is sent is health-adjacent and personal: it travels only in the POST body and comes back
//! in the page. It is never stored, never logged (this module has no `tracing` call, and a test
//! captures every log line of a request), never put in a URL or a cookie. Bad input (nothing
//! chosen, or own words over 1,000 characters) comes back as a 422 with everything refilled.
//!
//! Form fields: `help` (repeated; values are the keys of [`OPTIONS`]), `own_words`, and
//! `edit=1` to go back to the form with the choices kept.

use crate::extract::AnswersForm;
use crate::pages::{Chrome, Ctx, Page};
use crate::view::forms::{FieldError, Summary, error_summary_with, wants_edit};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::{Markup, html};

/// The kind options: (form value, message id), in the order shown and printed.
pub const OPTIONS: &[(&str, &str)] = &[
    ("ask", "helpme-opt-ask"),
    ("name", "helpme-opt-name"),
    ("talk", "helpme-opt-talk"),
    ("no-fix", "helpme-opt-no-fix"),
    ("meals", "helpme-opt-meals"),
    ("jobs", "helpme-opt-jobs"),
    ("children", "helpme-opt-children"),
    ("appointments", "helpme-opt-appointments"),
    ("tell", "helpme-opt-tell"),
    ("check-in", "helpme-opt-check-in"),
    ("quiet", "helpme-opt-quiet"),
    ("due-date", "helpme-opt-due-date"),
    ("partner", "helpme-opt-partner"),
    ("not-meant", "helpme-opt-not-meant"),
    ("not-again", "helpme-opt-not-again"),
];

/// The most characters of the person's own words.
pub const MAX_OWN_WORDS: usize = 1000;

/// What was sent: the chosen options (known keys only, in [`OPTIONS`] order) and the own words
/// (line ends normalised).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Choices {
    pub chosen: Vec<&'static str>,
    pub own_words: String,
}

impl Choices {
    pub fn from_pairs(pairs: &[(String, String)]) -> Choices {
        let chosen = OPTIONS
            .iter()
            .map(|o| o.0)
            .filter(|key| pairs.iter().any(|(k, v)| k == "help" && v == key))
            .collect();
        let own_words = pairs
            .iter()
            .find(|(k, _)| k == "own_words")
            .map(|(_, v)| v.replace("\r\n", "\n").replace('\r', "\n"))
            .unwrap_or_default();
        Choices { chosen, own_words }
    }

    fn has(&self, key: &str) -> bool {
        self.chosen.contains(&key)
    }

    fn own(&self) -> &str {
        self.own_words.trim()
    }
}

/// What is wrong with the choices, as a message id and its count argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Nothing,
    TooLong(usize),
}

pub fn check(c: &Choices) -> Option<Problem> {
    let count = c.own().chars().count();
    if count > MAX_OWN_WORDS {
        Some(Problem::TooLong(count))
    } else if c.chosen.is_empty() && count == 0 {
        Some(Problem::Nothing)
    } else {
        None
    }
}

pub async fn get(ctx: Ctx) -> Response {
    form_page(&ctx, &Choices::default(), None)
}

pub async fn post(ctx: Ctx, AnswersForm(pairs): AnswersForm) -> Response {
    let choices = Choices::from_pairs(&pairs);
    if wants_edit(&pairs) {
        return form_page(&ctx, &choices, None);
    }
    if let Some(problem) = check(&choices) {
        return form_page(&ctx, &choices, Some(problem));
    }
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("helpme-title"),
        body: html! {
            div #help-me-page {
                h1 { (tr.t("helpme-result-heading")) }
                p.lead { (tr.t("helpme-result-intro")) }
                @if !choices.chosen.is_empty() {
                    ul #help-me-list {
                        @for (key, id) in OPTIONS.iter().filter(|o| choices.has(o.0)) {
                            li data-help=(key) { (tr.t(id)) }
                        }
                    }
                }
                @if !choices.own().is_empty() {
                    h2 { (tr.t("helpme-result-own")) }
                    p #help-me-own .own-words { (choices.own()) }
                }
            }
            p.row {
                button #print .btn.secondary type="button" hidden { (tr.t("helpme-print")) }
            }
            form.row method="post" action="/support/help-me" {
                @for key in &choices.chosen {
                    input type="hidden" name="help" value=(key);
                }
                input type="hidden" name="own_words" value=(choices.own_words);
                input type="hidden" name="edit" value="1";
                button.btn.secondary type="submit" { (tr.t("helpme-change")) }
            }
            p.note.row { (tr.t("helpme-result-private")) }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}

fn form_page(ctx: &Ctx, c: &Choices, problem: Option<Problem>) -> Response {
    let tr = ctx.tr();
    let (status, field) = match problem {
        None => (StatusCode::OK, None),
        Some(Problem::Nothing) => (StatusCode::UNPROCESSABLE_ENTITY, Some("help")),
        Some(Problem::TooLong(_)) => (StatusCode::UNPROCESSABLE_ENTITY, Some("own_words")),
    };
    let message = problem.map(|p| match p {
        Problem::Nothing => tr.t("helpme-error-nothing"),
        Problem::TooLong(n) => {
            tr.t_with("helpme-error-too-long", &[("count", FluentValue::from(n))])
        }
    });
    let errors: Vec<FieldError> = field
        .zip(message.clone())
        .map(|(f, m)| FieldError::new(f, m))
        .into_iter()
        .collect();
    let body: Markup = html! {
        h1 { (tr.t("helpme-heading")) }
        p.lead { (tr.t("helpme-intro")) }
        p.note #help-me-private { (tr.t("helpme-private")) }
        (error_summary_with(&tr, &errors, Summary { title: "helpme-error-summary", ..Summary::default() }))
        form #help-me-form method="post" action="/support/help-me" novalidate {
            fieldset.q.err[field == Some("help")] #field-help tabindex="-1" {
                legend { (tr.t("helpme-choices")) }
                @if field == Some("help") && let Some(m) = &message {
                    p.field-error #error-help { (m) }
                }
                @for (key, id) in OPTIONS {
                    label.opt {
                        input type="checkbox" name="help" value=(key) checked[c.has(key)];
                        span { (tr.t(id)) }
                    }
                }
            }
            div.q.err[field == Some("own_words")] {
                label for="field-own_words" { (tr.t("helpme-own-label")) }
                p.hint #hint-own_words { (tr.t("helpme-own-hint")) }
                @if field == Some("own_words") && let Some(m) = &message {
                    p.field-error #error-own_words { (m) }
                }
                textarea #field-own_words name="own_words" rows="5" maxlength=(MAX_OWN_WORDS)
                    aria-describedby={ "hint-own_words" @if field == Some("own_words") { " error-own_words" } }
                    aria-invalid=[(field == Some("own_words")).then_some("true")] { (c.own_words) }
            }
            p { button.btn.primary type="submit" { (tr.t("helpme-submit")) } }
        }
    };
    ctx.respond(&Page {
        title: tr.t("helpme-title"),
        body,
        status,
        chrome: Chrome::Standard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn reads_known_options_in_order_and_normalises_line_ends() {
        let c = Choices::from_pairs(&pairs(&[
            ("help", "meals"),
            ("help", "made-up"),
            ("help", "ask"),
            ("own_words", "a\r\nb"),
        ]));
        assert_eq!(c.chosen, vec!["ask", "meals"]);
        assert_eq!(c.own_words, "a\nb");
    }

    #[test]
    fn limits_are_checked_at_the_boundary() {
        let words = |n: usize| Choices {
            chosen: vec![],
            own_words: "é".repeat(n),
        };
        assert_eq!(check(&words(MAX_OWN_WORDS)), None);
        assert_eq!(
            check(&words(MAX_OWN_WORDS + 1)),
            Some(Problem::TooLong(MAX_OWN_WORDS + 1))
        );
        assert_eq!(check(&Choices::default()), Some(Problem::Nothing));
        assert_eq!(check(&words(0)), Some(Problem::Nothing));
        let spaces = Choices {
            chosen: vec![],
            own_words: "   \n ".into(),
        };
        assert_eq!(check(&spaces), Some(Problem::Nothing));
    }
}
