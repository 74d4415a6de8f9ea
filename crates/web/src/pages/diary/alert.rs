//! The help banner at the top of the diary, and the words of a recovery card. When what the
//! person recorded meets a triage rule or a recovery check at "today" or higher, they are told at
//! once, on the page they are looking at, not only if they open the recovery page.
//!
//! One headline, the most urgent first: the banner leads with the most urgent flag, names the
//! entry that raised it ("You recorded 3 soaked pads in an hour with large clots on 22 Nov") and
//! the rule's reason, carries the call button at `urgent` and above, and lists any other flags
//! below in one line each. A card's words follow its level: "Urgent: go now" never says "today".

use super::recovery::triage_pairs;
use crate::pages::Ctx;
use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::diary::{
    Entry, EntryKind, EventKind, Flag, Medicine, PainPlace, RecoveryOptions, TestResult, recovery,
};
use solace_clinical::triage::rules::rule;
use solace_clinical::triage::{Bleeding, Clots, Urgency};
use solace_i18n::Tr;

/// Most entries named on one card or banner.
const MAX_NAMED: usize = 3;

/// The triage headline for a level (the same Fluent ids the `/check` result uses).
fn headline(level: Urgency) -> &'static str {
    match level {
        Urgency::Emergency => "headline-emergency",
        Urgency::Urgent => "headline-urgent",
        Urgency::SameDay => "headline-same-day",
        Urgency::Soon => "headline-soon",
        Urgency::SelfCare => "headline-self-care",
    }
}

/// What to do at a level, in the region's words: "now" at `urgent` and above, "today" at
/// `same_day` (CLINICAL.md §1 "Words").
pub(super) fn action_id(level: Urgency) -> &'static str {
    match level {
        Urgency::Emergency => "diary-do-emergency",
        Urgency::Urgent => "diary-do-urgent",
        Urgency::SameDay => "diary-do-same_day",
        Urgency::Soon | Urgency::SelfCare => "diary-do-soon",
    }
}

/// Whether the flag is at emergency only because of thoughts of self-harm (a kept PHQ-9): then
/// it leads with support, as the `/check` result does.
fn self_harm_only(f: &Flag) -> bool {
    f.level == Urgency::Emergency
        && f.triage_rules.contains(&"self-harm")
        && f.triage_rules
            .iter()
            .filter_map(|id| rule(id))
            .filter(|r| r.level == Urgency::Emergency)
            .all(|r| r.id == "self-harm")
}

fn num(x: f64) -> FluentValue<'static> {
    FluentValue::from(x)
}

/// One entry in words, to follow "You recorded": "3 soaked pads in an hour with large clots",
/// "pain of 7 out of 10 on the left side", "a temperature of 38.6 °C".
pub(super) fn describe(tr: &Tr<'_>, e: &Entry) -> String {
    match &e.kind {
        EntryKind::Bleeding(b) => {
            let clots = match b.clots {
                Some(Clots::Large) => Some("large"),
                Some(Clots::Small) => Some("small"),
                Some(Clots::None) | None => None,
            };
            let base = match b.pads_soaked_per_hour.filter(|p| *p > 0.0) {
                Some(p) => tr.t_with("diary-what-pads", &[("n", num(p))]),
                None => tr.t_with(
                    "diary-what-bleeding",
                    &[(
                        "amount",
                        FluentValue::from(match b.level() {
                            Some(Bleeding::Spotting) => "spotting",
                            Some(Bleeding::Moderate) => "moderate",
                            Some(Bleeding::Heavy) => "heavy",
                            Some(Bleeding::None) => "none",
                            Some(Bleeding::Light) | None => "light",
                        }),
                    )],
                ),
            };
            match clots {
                Some(c) => tr.t_with(
                    "diary-what-with-clots",
                    &[
                        ("what", FluentValue::from(base)),
                        ("size", FluentValue::from(c)),
                    ],
                ),
                None => base,
            }
        }
        EntryKind::Pain { score, place } => {
            let pain = tr.t_with("diary-what-pain", &[("score", num(f64::from(*score)))]);
            match place {
                Some(p) => format!("{pain} {}", tr.t(place_where(*p))),
                None => pain,
            }
        }
        EntryKind::Temperature { reading } => tr.t_with(
            "diary-what-temperature",
            &[(
                "c",
                FluentValue::from(solace_i18n::fmt::number(tr.lang, reading.celsius(), 1)),
            )],
        ),
        EntryKind::PregnancyTest { result } => tr.t_with(
            "diary-what-test",
            &[(
                "result",
                FluentValue::from(match result {
                    TestResult::Negative => "negative",
                    TestResult::Faint => "faint",
                    TestResult::Positive => "positive",
                }),
            )],
        ),
        EntryKind::Event {
            event: EventKind::MedicationTaken,
            medicine,
            ..
        } => tr.t_with(
            "diary-what-medicine",
            &[(
                "medicine",
                FluentValue::from(match medicine {
                    Some(Medicine::Mifepristone) => "mifepristone",
                    Some(Medicine::Misoprostol) => "misoprostol",
                    None => "unknown",
                }),
            )],
        ),
        EntryKind::Wellbeing { .. } => tr.t("diary-what-harm"),
        _ => tr.t("diary-what-entry"),
    }
}

/// Where the pain was, as words that follow "pain of 7 out of 10".
pub(super) const fn place_where(p: PainPlace) -> &'static str {
    match p {
        PainPlace::LowerMiddle => "diary-where-lower_middle",
        PainPlace::LeftSide => "diary-where-left_side",
        PainPlace::RightSide => "diary-where-right_side",
        PainPlace::ShoulderTip => "diary-where-shoulder_tip",
        PainPlace::Back => "diary-where-back",
        PainPlace::Bottom => "diary-where-bottom",
        PainPlace::Other => "diary-where-other",
    }
}

/// "You recorded … on 22 Nov." for each entry that raised the flag (the most urgent first), or
/// the flag's own finding when no single entry did.
pub(super) fn recorded(tr: &Tr<'_>, entries: &[Entry], f: &Flag) -> Markup {
    let named: Vec<&Entry> = f
        .recorded
        .iter()
        .filter_map(|i| entries.get(*i))
        .take(MAX_NAMED)
        .collect();
    html! {
        @if named.is_empty() {
            p.recorded { (solace_app::readings_more::finding(tr, f)) }
        } @else {
            @for (k, e) in named.iter().enumerate() {
                p.recorded data-at=(e.at.to_rfc3339()) {
                    (tr.t_with(if k == 0 { "diary-you-recorded" } else { "diary-you-also-recorded" }, &[
                        ("what", FluentValue::from(describe(tr, e))),
                        ("date", FluentValue::from(solace_i18n::fmt::date_short(tr.lang, e.at.date_naive()))),
                    ]))
                }
            }
        }
    }
}

/// Why it matters: the check's reason, or the reasons of the triage rules at the flag's highest
/// level (the same sentences the `/check` result gives).
pub(super) fn why(tr: &Tr<'_>, f: &Flag) -> Markup {
    let rules: Vec<&'static solace_clinical::triage::Rule> =
        f.triage_rules.iter().filter_map(|id| rule(id)).collect();
    let top = rules.iter().map(|r| r.level).max();
    html! {
        @if !f.why.is_empty() {
            p.why { (solace_app::readings_more::why(tr, f)) }
        } @else {
            @for r in rules.iter().filter(|r| Some(r.level) == top).take(2) {
                p.why data-rule=(r.id) { (tr.t(r.because)) }
            }
        }
    }
}

/// What to do, in words that agree with the level (left out under a headline that already
/// says it), and the call button at `urgent` and above.
pub(super) fn what_to_do(ctx: &Ctx, tr: &Tr<'_>, f: &Flag, words: bool) -> Markup {
    let number = ctx.prefs.region.emergency_number();
    let harm = self_harm_only(f);
    html! {
        @if harm {
            @if words { p.do { (tr.t("action-self-harm-emergency")) } }
            p.do { (tr.t("action-crisis-line")) }
        } @else if words {
            p.do { (tr.t(action_id(f.level))) }
        }
        @if f.level >= Urgency::Urgent {
            p { a.btn.call href={ "tel:" (number.dial) } { (tr.t("call-emergency")) } }
        }
    }
}

/// The form that opens `/check` with the answers the diary implies.
pub(super) fn check_form(tr: &Tr<'_>, f: &Flag) -> Markup {
    html! {
        form.check-open method="post" action="/check" data-flag=(f.id) {
            input type="hidden" name="edit" value="1";
            @for (k, v) in triage_pairs(&f.triage) {
                input type="hidden" name=(k) value=(v);
            }
            button.btn.secondary type="submit" { (tr.t("diary-check-now")) }
        }
    }
}

/// The banner for `entries` at `now`, or nothing when nothing needs attention today.
pub(super) fn help_banner(
    ctx: &Ctx,
    tr: &Tr<'_>,
    entries: &[Entry],
    now: DateTime<Utc>,
) -> Option<Markup> {
    let records_periods = entries.iter().any(|e| {
        matches!(
            e.kind,
            EntryKind::Event {
                event: EventKind::PeriodReturned,
                ..
            }
        )
    });
    let r = recovery(
        entries,
        now,
        RecoveryOptions {
            region: ctx.prefs.region,
            records_periods,
        },
    );
    if r.urgency < Urgency::SameDay {
        return None;
    }
    let level = r.urgency;
    // Flags come highest first; the first at the overall level leads. The recovery's level is
    // never above its highest flag's (each flag's answers include the diary's own).
    let lead = r.flags.iter().find(|f| f.level == level);
    let others: Vec<&Flag> = r
        .flags
        .iter()
        .filter(|f| f.level >= Urgency::SameDay && lead.is_none_or(|l| l.id != f.id))
        .collect();
    let heading = match lead {
        Some(f) if self_harm_only(f) => "headline-self-harm",
        _ => headline(level),
    };
    Some(html! {
        section #diary-alert class={ "u-" (level.id()) } data-urgency=(level.id()) role="alert"
            aria-label=(tr.t("diary-alert-intro")) {
            p.ub { (tr.t(&format!("urgency-{}", level.id()))) }
            h2 #diary-alert-h { (tr.t(heading)) }
            @if let Some(f) = lead {
                div.lead data-flag=(f.id) data-level=(f.level.id()) {
                    (recorded(tr, entries, f))
                    (why(tr, f))
                    (what_to_do(ctx, tr, f, false))
                    (check_form(tr, f))
                }
            }
            @if !others.is_empty() {
                p { (tr.t("diary-alert-also")) }
                ul.also {
                    @for f in &others {
                        li data-flag=(f.id) data-level=(f.level.id()) {
                            strong { (tr.t(&format!("urgency-{}", f.level.id()))) } ": "
                            @if let Some(e) = f.recorded.first().and_then(|i| entries.get(*i)) {
                                (tr.t_with("diary-you-recorded", &[
                                    ("what", FluentValue::from(describe(tr, e))),
                                    ("date", FluentValue::from(solace_i18n::fmt::date_short(tr.lang, e.at.date_naive()))),
                                ]))
                            } @else {
                                (solace_app::readings_more::finding(tr, f))
                            }
                        }
                    }
                }
            }
            p { a href="/diary/recovery" { (tr.t("diary-alert-see-why")) } }
        }
    })
}
