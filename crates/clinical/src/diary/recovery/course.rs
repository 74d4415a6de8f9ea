//! The course: what the diary's events say about the most recent loss and its care.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::Serialize;

use crate::diary::entry::{Entry, EntryKind, EventKind, Management, Medicine, ScanShowed};
use crate::triage::{Location, Situation};

use super::NEW_LOSS_GAP_DAYS;

/// What the diary's events say about the (most recent) loss and its care.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Course {
    /// The person has recorded a loss or its care (loss confirmed, pregnancy ended, management
    /// chosen, medication taken or surgery). The UI drops anything pregnancy-forward when true.
    pub pregnancy_ended: bool,
    /// For the triage answers: `after_loss` once the pregnancy has ended or surgery is done,
    /// `miscarriage_diagnosed` while care is under way, none without events.
    pub situation: Option<Situation>,
    /// The first `loss_confirmed` or `pregnancy_ended` of the most recent loss (else its first
    /// course event).
    pub loss_at: Option<DateTime<FixedOffset>>,
    /// The latest of `management_chosen` (with a management), `medication_taken` (medication) and
    /// `surgery` (surgery).
    pub management: Option<Management>,
    /// When that latest management event was.
    pub treatment_at: Option<DateTime<FixedOffset>>,
    /// The 3-week test and the positive-test check count from here: `treatment_at`, else `loss_at`.
    pub anchor: Option<DateTime<FixedOffset>>,
    /// Periods count from here: the later of `anchor` and the last `pregnancy_ended`.
    pub ended_at: Option<DateTime<FixedOffset>>,
    /// Where scans of this loss placed the pregnancy: ectopic if any scan said so; in the womb if
    /// any scan showed it there; not confirmed if scans showed neither.
    pub location: Option<Location>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Ev {
    /// Position of the entry in the list passed in.
    pub(super) index: usize,
    pub(super) at: DateTime<FixedOffset>,
    pub(super) event: EventKind,
    pub(super) management: Option<Management>,
    pub(super) medicine: Option<Medicine>,
}

pub(super) fn events(entries: &[Entry]) -> Vec<Ev> {
    let mut evs: Vec<Ev> = entries
        .iter()
        .enumerate()
        .filter_map(|(index, e)| match e.kind {
            EntryKind::Event {
                event,
                management,
                medicine,
            } => Some(Ev {
                index,
                at: e.at,
                event,
                management,
                medicine,
            }),
            _ => None,
        })
        .collect();
    evs.sort_by_key(|e| e.at.with_timezone(&Utc));
    evs
}

pub(super) fn utc(t: DateTime<FixedOffset>) -> DateTime<Utc> {
    t.with_timezone(&Utc)
}

/// Works out the course from the events (see [`Course`]).
pub fn course(entries: &[Entry]) -> Course {
    let evs = events(entries);
    let course_evs: Vec<Ev> = evs
        .iter()
        .copied()
        .filter(|e| e.event.is_course())
        .collect();

    // Split into losses: a course event long after the one before starts a new loss.
    let mut start = 0;
    for (i, pair) in course_evs.windows(2).enumerate() {
        if let [a, b] = pair
            && utc(b.at) - utc(a.at) > TimeDelta::days(NEW_LOSS_GAP_DAYS)
        {
            start = i + 1;
        }
    }
    let previous_end = start
        .checked_sub(1)
        .and_then(|i| course_evs.get(i))
        .map(|e| utc(e.at));
    let episode: &[Ev] = course_evs.get(start..).unwrap_or(&[]);

    let is_loss = |e: &&Ev| {
        matches!(
            e.event,
            EventKind::LossConfirmed | EventKind::PregnancyEnded
        )
    };
    let loss_at = episode
        .iter()
        .find(is_loss)
        .or_else(|| episode.first())
        .map(|e| e.at);

    let mut management = None;
    let mut treatment_at = None;
    for e in episode {
        let m = match e.event {
            EventKind::ManagementChosen => e.management,
            EventKind::MedicationTaken => Some(Management::Medication),
            EventKind::Surgery => Some(Management::Surgery),
            _ => None,
        };
        if m.is_some() {
            management = m;
            treatment_at = Some(e.at);
        }
    }
    let anchor = treatment_at.or(loss_at);
    let last_ended = episode
        .iter()
        .rev()
        .find(|e| e.event == EventKind::PregnancyEnded)
        .map(|e| e.at);
    let ended_at = match (anchor, last_ended) {
        (Some(a), Some(b)) => Some(if utc(b) > utc(a) { b } else { a }),
        (a, b) => a.or(b),
    };

    let situation = if episode.is_empty() {
        None
    } else if episode
        .iter()
        .any(|e| matches!(e.event, EventKind::PregnancyEnded | EventKind::Surgery))
    {
        Some(Situation::AfterLoss)
    } else {
        Some(Situation::MiscarriageDiagnosed)
    };

    // Scans of this loss: those after the previous loss's last event.
    let mut location = None;
    for e in entries {
        let EntryKind::Scan { showed } = e.kind else {
            continue;
        };
        if previous_end.is_some_and(|p| utc(e.at) <= p) {
            continue;
        }
        let here = match showed {
            ScanShowed::Ectopic => Location::Ectopic,
            ScanShowed::InWomb | ScanShowed::EarlyPregnancyLoss | ScanShowed::TissueRemaining => {
                Location::ConfirmedInWomb
            }
            ScanShowed::WombEmpty | ScanShowed::NotSeen | ScanShowed::Other => {
                Location::NotConfirmed
            }
        };
        location = Some(match (location, here) {
            (Some(Location::Ectopic), _) | (_, Location::Ectopic) => Location::Ectopic,
            (Some(Location::ConfirmedInWomb), _) | (_, Location::ConfirmedInWomb) => {
                Location::ConfirmedInWomb
            }
            _ => Location::NotConfirmed,
        });
    }

    Course {
        pregnancy_ended: !course_evs.is_empty(),
        situation,
        loss_at,
        management,
        treatment_at,
        anchor,
        ended_at,
        location,
    }
}
