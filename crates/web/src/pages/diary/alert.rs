//! The help banner at the top of the diary: when what the person recorded meets a triage rule or
//! a recovery check at "today" or higher, they are told at once, on the page they are looking at,
//! not only if they open the recovery page. Same levels, words and call button as `/check`.

use super::recovery::triage_pairs;
use crate::i18n::Tr;
use crate::pages::Ctx;
use chrono::{DateTime, Utc};
use maud::{Markup, html};
use solace_clinical::diary::{Entry, EntryKind, EventKind, RecoveryOptions, recovery};
use solace_clinical::triage::Urgency;

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
    let number = ctx.prefs.region.emergency_number();
    // The flag that set the level carries the answers to open /check with; when the level comes
    // from triage on the diary's latest answers, those answers are used.
    let lead = r.flags.iter().find(|f| f.level == level);
    let answers = lead.map_or(&r.triage.input, |f| &f.triage);
    Some(html! {
        section #diary-alert class={ "u-" (level.id()) } data-urgency=(level.id()) role="alert" aria-labelledby="diary-alert-h" {
            p.ub { (tr.t(&format!("urgency-{}", level.id()))) }
            h2 #diary-alert-h { (tr.t(headline(level))) }
            p { (tr.t("diary-alert-intro")) }
            @if level >= Urgency::Urgent {
                p { a.btn.call href={ "tel:" (number.dial) } { (tr.t("call-emergency")) } }
            }
            @if let Some(f) = lead {
                p { (f.text) }
            }
            form.check-open method="post" action="/check" {
                input type="hidden" name="edit" value="1";
                @for (k, v) in triage_pairs(answers) {
                    input type="hidden" name=(k) value=(v);
                }
                button.btn.secondary type="submit" { (tr.t("diary-check-now")) }
            }
            p { a href="/diary/recovery" { (tr.t("diary-alert-see-why")) } }
        }
    })
}
