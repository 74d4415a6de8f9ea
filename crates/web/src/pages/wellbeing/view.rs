//! A check-in's result: the crisis section first when an answer calls for it, the score and band
//! in plain words (never a diagnosis), what the time since the loss changes, keep and re-check.

use super::form::{LOSS_DATE, item_field};
use super::wording::{band_meaning, band_name, cluster_name, wording};
use crate::extract::Ctx;
use crate::view::forms::csrf_field;
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::wellbeing::{Answers, CrisisReason, Recall, Score, SinceLoss};
use solace_i18n::Tr;

pub(super) fn fmt_date(d: NaiveDate, lang: solace_i18n::Lang) -> String {
    solace_i18n::fmt::date(lang, d)
}

/// What the result knows about the time since the loss (PCL-5 only).
pub(super) struct Timing {
    pub(super) since: SinceLoss,
    /// The loss date was read from the diary, not typed.
    pub(super) from_diary: Option<NaiveDate>,
    pub(super) loss: Option<NaiveDate>,
}

/// The crisis response: the region's crisis line (call, and text where the line takes texts) and
/// emergency number, with call buttons. The same words and actions as the triage self-harm rule
/// (CLINICAL.md §1, [kroenke-2001]); PCL-5 question 16 says what it was about [weathers-2013].
pub(super) fn crisis_section(tr: &Tr<'_>, reason: CrisisReason) -> Markup {
    let region = tr.region;
    let number = region.emergency_number();
    let (heading, text) = match reason {
        CrisisReason::Phq9Item9 => ("wb-crisis-heading", "wb-crisis-text"),
        CrisisReason::Pcl5Item16 => ("wb-crisis-pcl5-heading", "wb-crisis-pcl5-text"),
    };
    let reason_id = match reason {
        CrisisReason::Phq9Item9 => "phq9-item-9",
        CrisisReason::Pcl5Item16 => "pcl5-item-16",
    };
    html! {
        section #crisis .u-emergency data-urgency="emergency" data-reason=(reason_id) role="alert" aria-labelledby="crisis-h" {
            h1 #crisis-h { (tr.t(heading)) }
            p.lead { (tr.t(text)) }
            ol #crisis-actions {
                li #crisis-line {
                    (tr.t("action-crisis-line"))
                    @if let Some(c) = region.crisis_line() {
                        br;
                        a.btn.call.crisis href={ "tel:" (c.number.dial) } { (tr.t("call-crisis")) }
                        @if let Some(sms) = c.text {
                            br;
                            a.btn.secondary #crisis-text href={ "sms:" (sms) } {
                                (tr.t_with("wb-crisis-text-line", &[("text", FluentValue::from(sms))]))
                            }
                        }
                    }
                }
                li #crisis-emergency {
                    (tr.t("action-self-harm-emergency"))
                    br;
                    a.btn.call.alt href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
                }
                li { (tr.t("action-stay-with-someone")) }
            }
            p { (tr.t("wb-crisis-then")) }
        }
    }
}

pub(super) fn hidden_answers(answers: &Answers) -> Markup {
    html! {
        input type="hidden" name="questionnaire" value=(answers.questionnaire().id());
        @for (i, v) in answers.values().iter().enumerate() {
            input type="hidden" name=(item_field(i + 1)) value=(v);
        }
    }
}

pub(super) fn result_section(
    ctx: &Ctx,
    tr: &Tr<'_>,
    answers: &Answers,
    score: &Score,
    unlocked: bool,
    crisis: bool,
    timing: Option<&Timing>,
) -> Markup {
    let first_month = match timing.map(|t| t.since) {
        Some(SinceLoss::FirstMonth { recheck_on }) => Some(recheck_on),
        _ => None,
    };
    let date_arg = |d: NaiveDate| [("date", FluentValue::from(fmt_date(d, tr.lang)))];
    let q = score.questionnaire;
    let w = wording(q);
    let source = q.source().id();
    let source_title = solace_content::sources::title(source).unwrap_or(source);
    let recall = q.recall();
    html! {
        section #result data-questionnaire=(q.id()) data-band=(score.band.id()) data-total=(score.total) {
            @if crisis { h2 #result-h { (tr.t("wb-result-title")) ": " (tr.t(w.name)) } }
            @else { h1 #result-h { (tr.t("wb-result-title")) ": " (tr.t(w.name)) } }
            p.lead #score { (tr.t_with("wb-score", &[("total", FluentValue::from(score.total)), ("max", FluentValue::from(score.max_total))])) }
            p #band { (tr.t_with("wb-band-label", &[("band", FluentValue::from(tr.t(band_name(score.band))))])) }
            @if let Some(t) = timing {
                @if let Some(d) = t.from_diary {
                    p.hint #loss-from-diary { (tr.t_with("wb-pcl5-loss-from-diary", &date_arg(d))) }
                }
            }
            @match (timing.map(|t| t.since), first_month) {
                (_, Some(recheck_on)) => {
                    // Less than 4 weeks after the loss: acute stress, never a cut-point reading
                    // [apa-dsm5].
                    div #first-month data-since-loss="first-month" {
                        p #meaning { (tr.t("wb-pcl5-first-month")) }
                        p { (tr.t("wb-pcl5-first-month-help")) }
                        p #recheck-at-4-weeks { (tr.t_with("wb-pcl5-first-month-recheck", &date_arg(recheck_on))) }
                    }
                }
                (Some(SinceLoss::Unknown), _) => {
                    p.note #timing-unknown data-since-loss="unknown" { (tr.t("wb-pcl5-timing-unknown")) }
                    p #meaning { (tr.t(band_meaning(q, score.band))) }
                }
                _ => {
                    p #meaning { (tr.t(band_meaning(q, score.band))) }
                }
            }
            @if !score.clusters.is_empty() {
                h2 { (tr.t("wb-clusters-heading")) }
                p.hint { (tr.t("wb-clusters-intro")) }
                ul #clusters {
                    @for c in &score.clusters {
                        li data-cluster=(c.id) {
                            (tr.t(cluster_name(c.id))) ": "
                            (tr.t_with("wb-cluster-score", &[("subtotal", FluentValue::from(c.subtotal)), ("max", FluentValue::from(c.max))]))
                        }
                    }
                }
            }
            p.note #not-diagnosis { (tr.t("wb-not-diagnosis")) }
            h2 { (tr.t("wb-contact-heading")) }
            ul #contacts {
                li { (tr.t("wb-contact-doctor")) }
                li { (tr.t("wb-contact-mental-health")) }
                li { (tr.t(if tr.region.crisis_line().is_some() { "wb-contact-crisis" } else { "wb-contact-crisis-other" })) }
            }
            p.src #sources { (tr.t("wb-sources")) " " (source_title) }
        }
        @if unlocked {
            section #keep aria-labelledby="keep-h" {
                h2 #keep-h { (tr.t("wb-keep-heading")) }
                p { (tr.t("wb-keep-text")) }
                form #keep-form method="post" action="/wellbeing/keep" {
                    (csrf_field(ctx))
                    (hidden_answers(answers))
                    button #wb-keep .btn.secondary type="submit" { (tr.t("wb-keep")) }
                }
            }
        } @else {
            p.note #not-kept { (tr.t("wb-not-kept")) }
        }
        section #remind aria-labelledby="remind-h" {
            h2 #remind-h { (tr.t("wb-remind-heading")) }
            @if let (Some(recheck_on), Some(loss)) = (first_month, timing.and_then(|t| t.loss)) {
                p { (tr.t("wb-remind-four-weeks")) }
                form #remind-form method="post" action="/wellbeing/reminder" {
                    input type="hidden" name="questionnaire" value=(q.id());
                    input type="hidden" name=(LOSS_DATE) value=(loss.format("%Y-%m-%d").to_string());
                    button #wb-remind .btn.secondary type="submit" data-recheck=(recheck_on.format("%Y-%m-%d").to_string()) {
                        (tr.t_with("wb-remind-button-four-weeks", &date_arg(recheck_on)))
                    }
                }
            } @else {
                p { (tr.t(match recall { Recall::TwoWeeks => "wb-remind-two-weeks", Recall::OneMonth => "wb-remind-one-month" })) }
                form #remind-form method="post" action="/wellbeing/reminder" {
                    input type="hidden" name="questionnaire" value=(q.id());
                    button #wb-remind .btn.secondary type="submit" {
                        (tr.t(match recall { Recall::TwoWeeks => "wb-remind-button-two-weeks", Recall::OneMonth => "wb-remind-button-one-month" }))
                    }
                }
            }
        }
        p { a.btn.secondary href="/wellbeing" { (tr.t("wb-again")) } }
    }
}
