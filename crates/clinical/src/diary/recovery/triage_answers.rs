//! The triage answers the diary implies: building them in range, running triage on them, the
//! words for a level, and which entries raised the rules that fired.

use chrono::{DateTime, FixedOffset, Utc};

use crate::diary::entry::{Entry, EntryKind, PainPlace};
use crate::diary::severity::heavy_hours_by_entry;
use crate::region::Region;
use crate::triage::input::limits;
use crate::triage::{TriageInput, Urgency, triage};

pub(super) fn yes(b: bool) -> Option<bool> {
    b.then_some(true)
}

pub(super) fn clamp(v: f64, (min, max): (f64, f64)) -> f64 {
    v.clamp(min, max)
}

/// Runs triage. The answers are built in range, so validation does not fail; should it ever,
/// the result is `same_day` (contact someone today), never calmer: escalate when in doubt.
pub(super) fn run_triage(
    input: &TriageInput,
    region: Region,
) -> (Urgency, Vec<&'static crate::triage::Rule>) {
    match triage(input, region) {
        Ok(o) => (o.urgency, o.fired),
        Err(_) => (Urgency::SameDay, Vec::new()),
    }
}

/// A check that fired, before its level is worked out.
pub(super) struct Raised {
    pub(super) id: &'static str,
    pub(super) finding: String,
    pub(super) finding_words: crate::words::Words,
    pub(super) since: Option<DateTime<FixedOffset>>,
    pub(super) recorded: Vec<usize>,
    pub(super) input: TriageInput,
}

/// What to do, in words that agree with `level`: `urgent` and `emergency` say "now", never
/// "today" (CLINICAL.md §1 "Words"); `same_day` says "today". Plain English for the CLI and the
/// JSON; the web says the same with the region's own service names.
pub fn action_words(level: Urgency, region: Region) -> String {
    let number = region.emergency_number().display;
    match level {
        Urgency::Emergency => format!("Call {number} now."),
        Urgency::Urgent => {
            format!("Go to the emergency department now, or call {number} if you cannot get there.")
        }
        Urgency::SameDay => {
            "Contact your early pregnancy unit or doctor today, before the evening.".to_owned()
        }
        Urgency::Soon => "Arrange to see your doctor in the next few days.".to_owned(),
        Urgency::SelfCare => String::new(),
    }
}

pub(super) fn flag_text(finding: &str, why: &str, level: Urgency, region: Region) -> String {
    [finding, why, &action_words(level, region)]
        .iter()
        .filter(|t| !t.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The triage answers for one entry alone, in the diary's context (situation, location, care).
fn alone(e: &Entry, base: &TriageInput, heavy_hours: Option<f64>) -> TriageInput {
    let mut input = TriageInput {
        situation: base.situation,
        location: base.location,
        treatment: base.treatment,
        days_since_treatment: base.days_since_treatment,
        ..TriageInput::default()
    };
    match &e.kind {
        EntryKind::Bleeding(b) => {
            input.bleeding = b.level();
            input.pads_soaked_per_hour = b.pads_value().map(|p| clamp(p, limits::PADS));
            input.heavy_hours = heavy_hours.map(|h| clamp(h, limits::HOURS));
            input.clots = b.clots;
        }
        EntryKind::Pain { score, place } => {
            input.pain = Some(f64::from(*score));
            input.pain_one_sided = yes(matches!(
                place,
                Some(PainPlace::LeftSide | PainPlace::RightSide)
            ));
            input.shoulder_tip_pain = yes(*place == Some(PainPlace::ShoulderTip));
            input.bowel_or_rectal_pain = yes(*place == Some(PainPlace::Bottom));
        }
        EntryKind::Temperature { reading } => {
            input.temperature_c = Some(clamp(reading.celsius(), limits::TEMP_C));
        }
        EntryKind::Wellbeing { .. } => input.thoughts_of_harm = Some(true),
        EntryKind::PregnancyTest { .. } => {
            input.positive_test_weeks_after = base.positive_test_weeks_after;
        }
        _ => {}
    }
    input
}

/// The entries (positions among `candidates`) that raised the triage `rules`, the most urgent
/// first (by what triage says for each entry alone; the latest first among equals). Entries
/// that alone raise none of `rules` are left out, unless none raises any (the rules then come
/// from entries together), when every candidate above self-care is kept.
pub(super) fn most_urgent_first(
    entries: &[Entry],
    candidates: &[usize],
    base: &TriageInput,
    rules: &[&str],
    region: Region,
) -> Vec<usize> {
    let hours = heavy_hours_by_entry(entries);
    let mut scored: Vec<(Urgency, DateTime<Utc>, usize, bool)> = candidates
        .iter()
        .filter_map(|&i| {
            let e = entries.get(i)?;
            let h = hours.iter().find(|(j, _)| *j == i).and_then(|(_, h)| *h);
            let (u, fired) = run_triage(&alone(e, base, h), region);
            let raises = fired.iter().any(|r| rules.contains(&r.id));
            (u > Urgency::SelfCare).then_some((u, e.instant(), i, raises))
        })
        .collect();
    if scored.iter().any(|s| s.3) {
        scored.retain(|s| s.3);
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<usize> = Vec::new();
    for (_, _, i, _) in scored {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}
