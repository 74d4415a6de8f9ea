//! How heavy recorded bleeding is, by the triage engine's own rules (CLINICAL.md §1
//! `heavy-bleeding` and `bleeding-one-pad-an-hour`, checked 2026-12).
//!
//! The clinician's exports and the diary's help banner call bleeding by the word and level the
//! symptom check would give for the same answers: pads soaked through in an hour, how many hours
//! at that rate, clots, and the person's own word. No summary may call bleeding lower than triage
//! would (SAFETY.md E8): 2 soaked pads an hour with large clots is "heavy", never "moderate".
//!
//! How long someone has bled at 1 pad an hour or more is read from the diary as triage reads it:
//! a run of entries at that rate, each at most [`HEAVY_STRETCH_GAP_HOURS`] after the one before.
//! The run's length is known only when an entry showing less bleeding (under 1 pad an hour, or
//! none) comes before its first entry within that gap; otherwise it is unknown, and an unknown
//! duration counts as long (CLINICAL.md §1, 2026-12: counting carefully never lowers urgency).
//!
//! Pure: no clock, no IO, no panics.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::entry::{BleedingEntry, Entry};
use super::timeline::in_time_order;
use crate::region::Region;
use crate::triage::input::limits;
use crate::triage::{Bleeding, Clots, TriageInput, Urgency, triage};

/// The triage rules about how much someone bleeds, highest level first (CLINICAL.md §1,
/// `nhs-ggc-epas`, `tommys-miscarriage`, `acog-pb200`). Other rules that read bleeding (with
/// faintness, in pregnancy, after 12 weeks) need answers a bleeding entry does not hold.
pub static BLEEDING_RULES: &[&str] = &[
    "heavy-bleeding",
    "heavy-bleeding-reported",
    "bleeding-one-pad-an-hour",
];

/// Entries at 1 pad an hour or more at most this many hours apart are one run. Solace's bound
/// (the diary's recovery checks use the same), checked 2026-11.
pub const HEAVY_STRETCH_GAP_HOURS: i64 = 2;

/// How heavy one recorded bleeding is, by the triage rules.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BleedingSeverity {
    /// The word: the person's own word and what the pad showed, raised to `heavy` when the
    /// `heavy-bleeding` rule fires and to at least `moderate` when a full-size pad an hour was
    /// soaked. Never lower than triage would give.
    pub level: Bleeding,
    /// The highest level among [`BLEEDING_RULES`] that fired; `self_care` when none did.
    pub urgency: Urgency,
    /// That rule's id, when one fired.
    pub rule: Option<&'static str>,
    pub pads_soaked_per_hour: Option<f64>,
    /// Hours at 1 pad an hour or more, as triage was told (`None`: not known, or under 1 pad).
    pub heavy_hours: Option<f64>,
    pub clots: Option<Clots>,
}

impl BleedingSeverity {
    /// Orders two severities: urgency first, then the word, then the pad count.
    pub fn outranks(&self, other: &BleedingSeverity) -> bool {
        let key = |s: &BleedingSeverity| (s.urgency, s.level);
        match key(self).cmp(&key(other)) {
            std::cmp::Ordering::Equal => {
                self.pads_soaked_per_hour.unwrap_or(0.0) > other.pads_soaked_per_hour.unwrap_or(0.0)
            }
            o => o == std::cmp::Ordering::Greater,
        }
    }
}

/// The severity of one bleeding entry, given the hours at 1 pad an hour or more up to it
/// ([`heavy_hours_by_entry`]; `None` when not known). `None` when the entry records no bleeding.
pub fn bleeding_severity(b: &BleedingEntry, heavy_hours: Option<f64>) -> Option<BleedingSeverity> {
    let own = b.level()?;
    let input = TriageInput {
        pads_soaked_per_hour: b.pads_soaked_per_hour,
        heavy_hours: heavy_hours.map(|h| h.clamp(limits::HOURS.0, limits::HOURS.1)),
        clots: b.clots,
        bleeding: Some(own),
        ..TriageInput::default()
    };
    // The entry's values are already checked against the triage ranges; should validation
    // still fail, say heavy: escalate when in doubt.
    let fired: Vec<(&'static str, Urgency)> = match triage(&input, Region::Other) {
        Ok(o) => o
            .fired
            .iter()
            .filter(|r| BLEEDING_RULES.contains(&r.id))
            .map(|r| (r.id, r.level))
            .collect(),
        Err(_) => vec![("heavy-bleeding", Urgency::Urgent)],
    };
    let top = fired.iter().copied().max_by_key(|(_, level)| *level);
    let fired_id = |id: &str| fired.iter().any(|(r, _)| *r == id);
    let mut level = own;
    if fired_id("heavy-bleeding") {
        level = Bleeding::Heavy;
    } else if fired_id("bleeding-one-pad-an-hour") {
        level = level.max(Bleeding::Moderate);
    }
    Some(BleedingSeverity {
        level,
        urgency: top.map_or(Urgency::SelfCare, |(_, u)| u),
        rule: top.map(|(id, _)| id),
        pads_soaked_per_hour: b.pads_soaked_per_hour,
        heavy_hours,
        clots: b.clots,
    })
}

fn utc(e: &Entry) -> DateTime<Utc> {
    e.instant()
}

/// For each bleeding entry at 1 pad an hour or more (by its position in `entries`), the hours at
/// that rate up to and including it: from an hour before the first entry of its run to it. `None`
/// when the run's start is not known (no entry showing less bleeding within
/// [`HEAVY_STRETCH_GAP_HOURS`] before it). Entries under 1 pad an hour are not listed.
pub fn heavy_hours_by_entry(entries: &[Entry]) -> Vec<(usize, Option<f64>)> {
    let gap = TimeDelta::hours(HEAVY_STRETCH_GAP_HOURS);
    let mut out = Vec::new();
    // The run so far: its first time, and whether something calmer came just before it.
    let mut run: Option<(DateTime<Utc>, bool)> = None;
    let mut last_heavy: Option<DateTime<Utc>> = None;
    let mut last_calm: Option<DateTime<Utc>> = None;
    for i in in_time_order(entries) {
        let Some(e) = entries.get(i) else { continue };
        let Some(pads) = e.bleeding().and_then(BleedingEntry::pads_value) else {
            continue;
        };
        let t = utc(e);
        if pads < 1.0 {
            last_calm = Some(t);
            run = None;
            continue;
        }
        let continues = last_heavy.is_some_and(|h| t - h <= gap) && run.is_some();
        if !continues {
            let bounded = last_calm.is_some_and(|c| t - c <= gap);
            run = Some((t, bounded));
        }
        last_heavy = Some(t);
        let hours = run.and_then(|(start, bounded)| {
            bounded.then(|| (t - start).num_seconds() as f64 / 3600.0 + 1.0)
        });
        out.push((i, hours));
    }
    out
}

/// The severity of every bleeding entry, by position in `entries`.
pub fn severities(entries: &[Entry]) -> Vec<(usize, BleedingSeverity)> {
    let hours = heavy_hours_by_entry(entries);
    in_time_order(entries)
        .into_iter()
        .filter_map(|i| {
            let b = entries.get(i)?.bleeding()?;
            let h = hours.iter().find(|(j, _)| *j == i).and_then(|(_, h)| *h);
            bleeding_severity(b, h).map(|s| (i, s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::EntryInput;

    fn now() -> DateTime<Utc> {
        "2026-11-25T12:00:00Z".parse().unwrap()
    }

    fn e(json: &str) -> Entry {
        serde_json::from_str::<EntryInput>(json)
            .unwrap()
            .validate(now())
            .unwrap()
    }

    fn b(json: &str) -> BleedingEntry {
        *e(&format!(
            r#"{{"kind":"bleeding","at":"2026-11-22T10:00:00Z",{json}}}"#
        ))
        .bleeding()
        .unwrap()
    }

    /// The same answers through the triage engine: the level it gives.
    fn triage_level(b: &BleedingEntry, hours: Option<f64>) -> Urgency {
        triage(
            &TriageInput {
                pads_soaked_per_hour: b.pads_soaked_per_hour,
                heavy_hours: hours,
                clots: b.clots,
                bleeding: b.level(),
                situation: Some(crate::triage::Situation::AfterLoss),
                ..TriageInput::default()
            },
            Region::Uk,
        )
        .unwrap()
        .urgency
    }

    #[test]
    fn two_soaked_pads_an_hour_with_large_clots_is_heavy_even_if_called_moderate() {
        // The bug in issue 11: the PDF called this "moderate".
        let entry = b(r#""pads_soaked_per_hour":2,"clots":"large","amount":"moderate""#);
        let s = bleeding_severity(&entry, Some(1.0)).unwrap();
        assert_eq!(s.level, Bleeding::Heavy);
        assert_eq!(s.urgency, Urgency::Urgent);
        assert_eq!(s.rule, Some("heavy-bleeding"));
        assert_eq!(s.urgency, triage_level(&entry, Some(1.0)));
    }

    #[test]
    fn a_pad_an_hour_is_heavy_for_2_hours_or_an_unknown_time_or_with_large_clots() {
        let one = b(r#""pads_soaked_per_hour":1"#);
        for hours in [None, Some(2.0), Some(5.0)] {
            let s = bleeding_severity(&one, hours).unwrap();
            assert_eq!(
                (s.level, s.urgency),
                (Bleeding::Heavy, Urgency::Urgent),
                "{hours:?}"
            );
        }
        // Just below: 1 pad for 1 hour, known. Not heavy, but never the expected course.
        let s = bleeding_severity(&one, Some(1.0)).unwrap();
        assert_eq!(s.level, Bleeding::Moderate);
        assert_eq!(s.urgency, Urgency::SameDay);
        assert_eq!(s.rule, Some("bleeding-one-pad-an-hour"));
        let clots = b(r#""pads_soaked_per_hour":1,"clots":"large""#);
        assert_eq!(
            bleeding_severity(&clots, Some(1.0)).unwrap().level,
            Bleeding::Heavy
        );
        // Just below a pad an hour: the person's own word stands.
        let light = b(r#""pads_soaked_per_hour":0.5,"amount":"light""#);
        let s = bleeding_severity(&light, None).unwrap();
        assert_eq!(
            (s.level, s.urgency, s.rule),
            (Bleeding::Light, Urgency::SelfCare, None)
        );
    }

    #[test]
    fn heavy_with_no_count_is_heavy_and_a_dry_entry_has_no_severity() {
        let s = bleeding_severity(&b(r#""amount":"heavy""#), None).unwrap();
        assert_eq!((s.level, s.urgency), (Bleeding::Heavy, Urgency::Urgent));
        let s =
            bleeding_severity(&b(r#""amount":"heavy","pads_soaked_per_hour":0.5"#), None).unwrap();
        assert_eq!(
            s.level,
            Bleeding::Heavy,
            "the person's word is never lowered"
        );
        assert_eq!(s.rule, Some("heavy-bleeding-reported"));
        assert_eq!(bleeding_severity(&b(r#""amount":"none""#), None), None);
    }

    /// Property over a grid of answers: the word is never lower than what the triage engine
    /// implies, and the urgency equals triage's for the bleeding rules.
    #[test]
    fn the_word_is_never_below_triage() {
        for pads in [
            None,
            Some(0.0),
            Some(0.5),
            Some(1.0),
            Some(1.5),
            Some(2.0),
            Some(4.0),
        ] {
            for clots in [None, Some("none"), Some("small"), Some("large")] {
                for amount in [
                    None,
                    Some("spotting"),
                    Some("light"),
                    Some("moderate"),
                    Some("heavy"),
                ] {
                    for hours in [None, Some(1.0), Some(1.5), Some(2.0)] {
                        let mut parts = vec![];
                        if let Some(p) = pads {
                            parts.push(format!(r#""pads_soaked_per_hour":{p}"#));
                        }
                        if let Some(c) = clots {
                            parts.push(format!(r#""clots":"{c}""#));
                        }
                        if let Some(a) = amount {
                            parts.push(format!(r#""amount":"{a}""#));
                        }
                        if parts.is_empty() {
                            continue;
                        }
                        let entry = b(&parts.join(","));
                        let Some(s) = bleeding_severity(&entry, hours) else {
                            continue;
                        };
                        let t = triage_level(&entry, hours);
                        if t >= Urgency::Urgent {
                            assert_eq!(s.level, Bleeding::Heavy, "{parts:?} {hours:?}");
                            assert_eq!(s.urgency, Urgency::Urgent, "{parts:?} {hours:?}");
                        }
                        assert!(s.level >= entry.level().unwrap(), "{parts:?}");
                        if pads.is_some_and(|p| p >= 1.0) {
                            assert!(s.urgency >= Urgency::SameDay, "{parts:?} {hours:?}");
                        }
                    }
                }
            }
        }
    }

    fn pads_at(at: &str, n: f64) -> Entry {
        e(&format!(
            r#"{{"kind":"bleeding","at":"2026-11-22T{at}:00Z","pads_soaked_per_hour":{n}}}"#
        ))
    }

    #[test]
    fn hours_at_a_pad_an_hour_are_known_only_after_a_calmer_entry() {
        // Alone: how long is not known.
        assert_eq!(
            heavy_hours_by_entry(&[pads_at("10:00", 1.0)]),
            vec![(0, None)]
        );
        // Half a pad at 09:00, then a pad at 10:00 and 11:00: 1 hour, then 2.
        let d = [
            pads_at("11:00", 1.0),
            pads_at("09:00", 0.5),
            pads_at("10:00", 1.0),
        ];
        assert_eq!(
            heavy_hours_by_entry(&d),
            vec![(2, Some(1.0)), (0, Some(2.0))]
        );
        // A calmer entry more than 2 hours before does not bound the run.
        let d = [pads_at("07:00", 0.5), pads_at("10:00", 1.0)];
        assert_eq!(heavy_hours_by_entry(&d), vec![(1, None)]);
        // A gap of more than 2 hours starts a new run, unbounded again.
        let d = [
            pads_at("06:00", 0.0),
            pads_at("07:00", 1.0),
            pads_at("10:00", 1.0),
        ];
        assert_eq!(heavy_hours_by_entry(&d), vec![(1, Some(1.0)), (2, None)]);
        let s = severities(&d);
        assert_eq!(s.len(), 2, "the dry entry has no severity");
        assert_eq!(s[0].1.level, Bleeding::Moderate);
        assert_eq!(
            s[1].1.level,
            Bleeding::Heavy,
            "unknown duration counts as long"
        );
    }
}
