//! The odds result: the figure that fits the person's situation first (with the picture of 100),
//! the other figures about them, the context figures by topic, and what was held back and why.

use super::chart::week_chart;
use super::{Answers, confidence_label, gentle, reason_id, topic_label};
use crate::charts;
use crate::view::forms;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::risk::{Amount, Qualifier, RiskOutput, Role, Shown, Situation, Topic};
use solace_i18n::Tr;

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
            (forms::result_buttons(tr, "/odds", &a.hidden(), ["odds-print", "odds-change", "odds-start-again"]))
        }
    }
}
