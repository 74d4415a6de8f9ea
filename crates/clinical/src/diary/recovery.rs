//! Recovery: what the diary says about the loss and its care, the expected course for that care
//! (CLINICAL.md §6), the checks of the diary against it, and the dates worth a reminder.
//!
//! Every check is a value in [`CHECKS`] with a stable id, a level, its sources, and whether it is a
//! Solace heuristic rather than a guideline's rule. A check never says what is happening in the
//! body: it says what was recorded and who to contact. Each flag carries the triage answers the
//! diary implies, and its level is never lower than what the triage engine says for those answers.
//!
//! Pure and total: `now` is a parameter, nothing reads a clock, nothing panics.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use std::cmp::Ordering;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::Serialize;

use super::entry::{
    BleedingEntry, Entry, EntryKind, EventKind, Management, Medicine, PainPlace, ScanShowed,
};
use super::severity::heavy_hours_by_entry;
use super::timeline::{Day, timeline};
use crate::management::Guideline;
use crate::region::Region;
use crate::risk::Confidence;
use crate::sources::Source::{
    self, AcogPb200, Farren2020, NhsFever, NhsGgcEpas, NhsMiscarriage, NhsPeriods, NiceCg192,
    NiceNg126, NiceNg255, TommysMiscarriage,
};
use crate::triage::input::limits;
use crate::triage::{Bleeding, Clots, Location, Situation, TriageInput, Urgency, triage};
use crate::wellbeing::Questionnaire;

/// The PHQ-9's recall window, "over the last 2 weeks", in days [kroenke-2001], checked 2026-11.
const PHQ9_RECALL_DAYS: i64 = 14;

// ---------------------------------------------------------------------------------------------
// Thresholds from CLINICAL.md. Each names its source id; all checked 2026-11.
// ---------------------------------------------------------------------------------------------

/// Bleeding for more than 14 days after a loss: arrange to be seen. `nice-ng126`,
/// `nhs-miscarriage` (CLINICAL.md §1 prolonged-bleeding), checked 2026-11.
pub const BLEEDING_DAYS_LIMIT: i64 = 14;
/// After medication, bleeding may last up to 3 weeks: more than 21 days, arrange to be seen.
/// `nice-ng126` (S; CLINICAL.md §1 prolonged-bleeding and §6), checked 2026-11.
pub const BLEEDING_DAYS_LIMIT_AFTER_MEDICATION: i64 = 21;
/// A fever is a temperature of 38.0 °C or more. `nhs-fever`, `nice-ng255` (CLINICAL.md §1 fever
/// and infection), checked 2026-11.
pub const FEVER_C: f64 = 38.0;
/// Bleeding is expected within 24 hours of misoprostol; none by then: contact the care team today.
/// `nice-ng126` (CLINICAL.md §1 no-bleeding-after-misoprostol), checked 2026-11.
pub const MISOPROSTOL_BLEEDING_HOURS: i64 = 24;
/// A urine pregnancy test 3 weeks after expectant or medical management; positive: return.
/// `nice-ng126` (S; CLINICAL.md §6), checked 2026-11.
pub const PREGNANCY_TEST_AFTER_DAYS: u64 = 21;
/// Periods usually return in approximately 4–6 weeks: the window opens at 4 weeks.
/// `nhs-periods` (U/S: shown only as "approximately"), checked 2026-11.
pub const PERIOD_EXPECTED_FROM_DAYS: u64 = 28;
/// … and closes at 6 weeks. `nhs-periods` (U/S: "approximately"), checked 2026-11.
pub const PERIOD_EXPECTED_TO_DAYS: u64 = 42;
/// No period by about 8 weeks: see someone. `nhs-periods` (S; CLINICAL.md §1 no-period and §6),
/// checked 2026-11.
pub const NO_PERIOD_DAYS: i64 = 56;

// ---------------------------------------------------------------------------------------------
// Solace's own choices (no guideline gives these). Each is documented; all checked 2026-11.
// ---------------------------------------------------------------------------------------------

/// Check-ins at 2 and 6 weeks after the loss. Solace's schedule, timed to CLINICAL.md facts: at 2
/// weeks bleeding should be easing (`nice-ng126`, `nhs-miscarriage`) and low mood lasting 2 weeks
/// is worth raising (`farren-2020`, `nice-cg192`); by 6 weeks a period has often returned
/// (`nhs-periods`, U) and mood at a month matters (`farren-2020`); checked 2026-11.
pub const CHECK_IN_DAYS: [u64; 2] = [14, 42];
/// "The diary's latest state" for triage: entries in the last 24 hours. Within it the worst value
/// counts (highest pads, pain, temperature; any one-sided or shoulder-tip pain), so a red flag
/// recorded this morning is not hidden by a calmer entry since. Solace's window, checked 2026-11.
pub const RECENT_HOURS: i64 = 24;
/// A fever recorded in the last 48 hours raises the fever check, even if a later reading was
/// normal (paracetamol lowers a temperature without treating its cause). Solace's window,
/// checked 2026-11.
pub const FEVER_WINDOW_HOURS: i64 = 48;
/// A run of bleeding days may have up to 3 days without any record in between (people do not
/// record every day); a day recorded as "no bleeding" always ends a run. The run is current when
/// its last bleeding day is at most 3 days before today. Solace's bound, checked 2026-11.
pub const BLEEDING_GAP_DAYS: i64 = 3;
/// Hours at ≥ 1 pad an hour (triage `heavy_hours`): see [`super::severity`], which both the
/// recovery checks and the exports read them through.
pub use super::severity::HEAVY_STRETCH_GAP_HOURS;
/// "Heavier again": the day's value must be above the highest of the 3 recorded days before it.
/// Solace's heuristic, checked 2026-11.
pub const REBOUND_LOOKBACK_DAYS: usize = 3;
/// "… after settling": the recorded days before it fell or held steady, with at least 2 falls.
/// Solace's heuristic, checked 2026-11.
pub const REBOUND_MIN_FALLS: usize = 2;
/// A rise is only flagged while it is recent: its day at most 7 days before today. Solace's
/// heuristic, checked 2026-11.
pub const REBOUND_RECENT_DAYS: i64 = 7;
/// The PBAC-style score must reach 5 (one moderately stained pad, `higham-1990` points) for a
/// rise to count: smaller changes are spotting noise. Solace's heuristic, checked 2026-11.
pub const REBOUND_MIN_PBAC: f64 = 5.0;
/// The misoprostol check watches for 7 days after the dose (by day 7 most have passed the
/// pregnancy, `chu-2020`); after that the 3-week test takes over. Solace's bound, checked 2026-11.
pub const MISOPROSTOL_WATCH_DAYS: i64 = 7;
/// Course events (loss confirmed, management, medication, surgery, pregnancy ended) more than
/// 84 days (12 weeks) after the one before start a new loss. Waiting can go on for up to 8 weeks
/// (`acog-pb200`), so one loss's events fit. A quicker second loss would merge with the first,
/// which only adds checks (the earlier anchor makes tests and periods due sooner). Solace's
/// bound, checked 2026-11.
pub const NEW_LOSS_GAP_DAYS: i64 = 84;

// ---------------------------------------------------------------------------------------------
// The course: what the events say
// ---------------------------------------------------------------------------------------------

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
struct Ev {
    /// Position of the entry in the list passed in.
    index: usize,
    at: DateTime<FixedOffset>,
    event: EventKind,
    management: Option<Management>,
    medicine: Option<Medicine>,
}

fn events(entries: &[Entry]) -> Vec<Ev> {
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

fn utc(t: DateTime<FixedOffset>) -> DateTime<Utc> {
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

// ---------------------------------------------------------------------------------------------
// The expected course (CLINICAL.md §6)
// ---------------------------------------------------------------------------------------------

/// One thing to expect, with its sources. Unverified (U) facts say "approximately".
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CourseFact {
    pub id: &'static str,
    pub text: &'static str,
    /// Set when this is one guideline's advice (UK and US differ).
    pub guideline: Option<Guideline>,
    pub sources: &'static [Source],
    pub confidence: Confidence,
}

const fn fact(
    id: &'static str,
    text: &'static str,
    guideline: Option<Guideline>,
    sources: &'static [Source],
    confidence: Confidence,
) -> CourseFact {
    CourseFact {
        id,
        text,
        guideline,
        sources,
        confidence,
    }
}

/// Every expected-course fact, each with its own sources (`nice-ng126`, `acog-pb200`,
/// `nhs-miscarriage`, `nhs-periods`, `nhs-ggc-epas`, `tommys-miscarriage`); checked 2026-11 against
/// CLINICAL.md §1 and §6.
pub const COURSE_FACTS: [CourseFact; 11] = [
    fact(
        "expectant-nice-7-to-14-days",
        "UK guidance (NICE): waiting is offered first, for 7 to 14 days.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "expectant-acog-up-to-8-weeks",
        "US guidance (ACOG): waiting can go on for up to 8 weeks.",
        Some(Guideline::AcogPb200),
        &[AcogPb200],
        Confidence::Secondary,
    ),
    fact(
        "medication-bleeding-within-24-hours",
        "Bleeding usually starts within 24 hours of taking misoprostol. If it has not, contact your care team that day.",
        None,
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "medication-bleeding-up-to-3-weeks",
        "UK guidance (NICE): bleeding may last up to 3 weeks after the medicines.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    // CLINICAL.md §6 gives "heaviest in the first ~8 days" without its own source mark: said of
    // the group it comes from (`management::HEAVIEST_FIRST_DAYS`), approximately, kept at U.
    fact(
        "medication-heaviest-first-days",
        crate::management::HEAVIEST_FIRST_DAYS.text,
        None,
        &[Source::Zhang2005],
        Confidence::Unverified,
    ),
    fact(
        "bleeding-over-14-days",
        "If bleeding goes on for more than 14 days, arrange to be seen.",
        None,
        &[NiceNg126, NhsMiscarriage],
        Confidence::Secondary,
    ),
    fact(
        "bleeding-over-21-days-after-medication",
        "After the medicines, if bleeding goes on for more than 21 days, arrange to be seen.",
        None,
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "pregnancy-test-at-3-weeks",
        "After waiting or medicines, NICE advises a urine pregnancy test 3 weeks later. If it is positive, contact your early pregnancy unit.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    // V since the 2026-12 revision of CLINICAL.md §6 [tommys-after V, mai-after V].
    fact(
        "periods-in-4-to-6-weeks",
        "Periods usually come back after 4 to 6 weeks.",
        None,
        &[Source::TommysAfter, Source::MaiAfter],
        Confidence::Verified,
    ),
    fact(
        "no-period-by-8-weeks",
        "If you have had no period by about 8 weeks, see your doctor.",
        None,
        &[NhsPeriods],
        Confidence::Secondary,
    ),
    fact(
        "get-help-at-once",
        "Get help at once for heavy bleeding (soaking 2 full-size pads in an hour), bad pain, a fever or smelly discharge, or feeling faint.",
        None,
        &[NhsGgcEpas, NhsMiscarriage, TommysMiscarriage],
        Confidence::Secondary,
    ),
];

fn facts_by_id(ids: &[&str]) -> Vec<CourseFact> {
    ids.iter()
        .filter_map(|id| COURSE_FACTS.iter().find(|f| f.id == *id).copied())
        .collect()
}

/// What to expect for a way of care; with none known, what holds whatever the care.
pub fn expected_course(management: Option<Management>) -> Vec<CourseFact> {
    let ids: &[&str] = match management {
        Some(Management::Expectant) => &[
            "expectant-nice-7-to-14-days",
            "expectant-acog-up-to-8-weeks",
            "bleeding-over-14-days",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        Some(Management::Medication) => &[
            "medication-bleeding-within-24-hours",
            "medication-bleeding-up-to-3-weeks",
            "medication-heaviest-first-days",
            "bleeding-over-21-days-after-medication",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        Some(Management::Surgery) => &[
            "bleeding-over-14-days",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        None => &[
            "bleeding-over-14-days",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
    };
    facts_by_id(ids)
}

// ---------------------------------------------------------------------------------------------
// Reminders
// ---------------------------------------------------------------------------------------------

/// A date worth a reminder (the web turns it into an `.ics` file). Dates are in the offset of the
/// event they count from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reminder {
    pub id: &'static str,
    /// Fluent id of the title.
    pub title_id: &'static str,
    pub date: NaiveDate,
    /// The last day of a window, when it is one.
    pub until: Option<NaiveDate>,
    /// The date rests on an unverified figure: say "approximately".
    pub approximate: bool,
    pub sources: &'static [Source],
}

fn plus_days(t: DateTime<FixedOffset>, days: u64) -> Option<NaiveDate> {
    t.date_naive().checked_add_days(Days::new(days))
}

/// The reminders for the most recent loss, by date.
pub fn reminders(entries: &[Entry]) -> Vec<Reminder> {
    reminders_for(&course(entries))
}

fn reminders_for(c: &Course) -> Vec<Reminder> {
    let mut out = Vec::new();
    if let Some(anchor) = c.anchor
        && c.management != Some(Management::Surgery)
        && let Some(date) = plus_days(anchor, PREGNANCY_TEST_AFTER_DAYS)
    {
        out.push(Reminder {
            id: "pregnancy-test-3-weeks",
            title_id: "reminder-pregnancy-test",
            date,
            until: None,
            approximate: false,
            sources: &[NiceNg126],
        });
    }
    if let Some(loss) = c.loss_at {
        let [two, six] = CHECK_IN_DAYS;
        if let Some(date) = plus_days(loss, two) {
            out.push(Reminder {
                id: "check-in-2-weeks",
                title_id: "reminder-check-in-2-weeks",
                date,
                until: None,
                approximate: false,
                sources: &[NiceNg126, NhsMiscarriage, Farren2020, NiceCg192],
            });
        }
        if let Some(date) = plus_days(loss, six) {
            out.push(Reminder {
                id: "check-in-6-weeks",
                title_id: "reminder-check-in-6-weeks",
                date,
                until: None,
                approximate: false,
                sources: &[NhsPeriods, Farren2020],
            });
        }
    }
    if let Some(ended) = c.ended_at
        && let Some(date) = plus_days(ended, PERIOD_EXPECTED_FROM_DAYS)
    {
        out.push(Reminder {
            id: "period-expected",
            title_id: "reminder-period-expected",
            date,
            until: plus_days(ended, PERIOD_EXPECTED_TO_DAYS),
            approximate: true,
            sources: &[NhsPeriods],
        });
    }
    out.sort_by_key(|r| r.date);
    out
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/// One recovery check, as data (the rules page and the tests read this list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CheckDef {
    pub id: &'static str,
    /// The check's own level; a flag can show higher (see [`Flag::level`]).
    pub level: Urgency,
    /// Empty only for `recent-symptoms`, whose sources are those of the triage rules that fired.
    pub sources: &'static [Source],
    /// When it fires, for clinicians and reviewers.
    pub fires_when: &'static str,
    /// Solace's own definition rather than a guideline's rule.
    pub heuristic: bool,
    /// Triage rules this check already stands for, so `recent-symptoms` does not repeat them.
    pub covers: &'static [&'static str],
    /// Fluent id of the text.
    pub message_id: &'static str,
    /// Why it matters, in plain English, without what to do or how soon (that follows the
    /// flag's level). Empty for `recent-symptoms`: the triage rules that fired say why.
    pub why: &'static str,
}

pub const BLEEDING_LONGER: &str = "bleeding-longer-than-expected";
pub const HEAVIER_AGAIN: &str = "bleeding-heavier-again";
pub const FEVER: &str = "fever";
pub const NO_BLEEDING_AFTER_MISOPROSTOL: &str = "no-bleeding-after-misoprostol";
pub const POSITIVE_TEST: &str = "positive-test-after-treatment";
pub const NO_PERIOD: &str = "no-period-by-8-weeks";
pub const RECENT_SYMPTOMS: &str = "recent-symptoms";

/// The registry, in the order flags of one level are shown.
pub static CHECKS: &[CheckDef] = &[
    CheckDef {
        id: FEVER,
        level: Urgency::Urgent,
        sources: &[NhsFever, NiceNg255, NhsMiscarriage, NhsGgcEpas],
        fires_when: "a loss is recorded and a temperature of 38.0 °C or more was recorded in the last 48 hours. \
                     Urgent even when no care is recorded: after a loss, a fever is the infection pattern (triage infection rule)",
        heuristic: false,
        covers: &["fever", "infection", "fever-racing-heart"],
        message_id: "diary-flag-fever",
        why: "After a pregnancy loss, a high temperature can be a sign of infection.",
    },
    CheckDef {
        id: NO_BLEEDING_AFTER_MISOPROSTOL,
        level: Urgency::SameDay,
        sources: &[NiceNg126],
        fires_when: "24 hours or more (and less than 7 days) after the latest medication_taken event that is not \
                     mifepristone, and no bleeding recorded since it",
        heuristic: false,
        covers: &["no-bleeding-after-misoprostol"],
        message_id: "diary-flag-no-bleeding-after-misoprostol",
        why: "Bleeding usually starts within 24 hours of taking it.",
    },
    CheckDef {
        id: HEAVIER_AGAIN,
        level: Urgency::SameDay,
        sources: &[AcogPb200, NhsGgcEpas, TommysMiscarriage],
        fires_when: "on a recorded day in the last 7 days, the day's most pads an hour or its PBAC-style score \
                     (at least 5) is above the highest of the 3 recorded days before it, and the days before it \
                     fell or held steady with at least 2 falls",
        heuristic: true,
        covers: &[],
        message_id: "diary-flag-bleeding-heavier-again",
        why: "Bleeding that gets heavier again should be checked.",
    },
    CheckDef {
        id: BLEEDING_LONGER,
        level: Urgency::Soon,
        sources: &[NiceNg126, NhsMiscarriage],
        fires_when: "a loss is recorded and the current run of bleeding days is longer than 14 days (21 after \
                     medication); up to 3 unrecorded days bridge a run, a 'no bleeding' day ends it",
        heuristic: false,
        covers: &["prolonged-bleeding"],
        message_id: "diary-flag-bleeding-longer-than-expected",
        why: "Some pregnancy tissue may still be in the womb.",
    },
    CheckDef {
        id: POSITIVE_TEST,
        level: Urgency::Soon,
        sources: &[NiceNg126],
        fires_when: "the latest pregnancy test after the treatment (or the loss) is positive or faint and was \
                     taken 21 days or more after it",
        heuristic: false,
        covers: &["positive-test-after"],
        message_id: "diary-flag-positive-test-after-treatment",
        why: "NICE advises being seen to find out why.",
    },
    CheckDef {
        id: NO_PERIOD,
        level: Urgency::Soon,
        sources: &[NhsPeriods],
        fires_when: "the person records periods, 56 days or more have passed since the pregnancy ended, and no \
                     period_returned event since",
        heuristic: false,
        covers: &["no-period"],
        message_id: "diary-flag-no-period-by-8-weeks",
        why: "If there is no period by about 8 weeks, it is worth being seen.",
    },
    CheckDef {
        id: RECENT_SYMPTOMS,
        level: Urgency::SelfCare,
        sources: &[],
        fires_when: "the triage engine, run on the diary's last 24 hours and its events, fires a rule above \
                     self-care that no other check stands for",
        heuristic: false,
        covers: &[],
        message_id: "diary-flag-recent-symptoms",
        why: "",
    },
];

pub fn check(id: &str) -> Option<&'static CheckDef> {
    CHECKS.iter().find(|c| c.id == id)
}

/// A check that fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub id: &'static str,
    /// The level to show: the higher of the check's own level and what triage says for
    /// [`Flag::triage`]. Never lower than triage.
    pub level: Urgency,
    /// The check's own level.
    pub check_level: Urgency,
    pub sources: Vec<Source>,
    pub heuristic: bool,
    pub message_id: &'static str,
    /// What was recorded, why it matters and what to do, in plain English, in words that agree
    /// with `level` ([`action_words`]). No diagnosis.
    pub text: String,
    /// What was recorded, in plain English (the first part of `text`).
    pub finding: String,
    /// Why it matters ([`CheckDef::why`]; empty for `recent-symptoms`).
    pub why: &'static str,
    /// The entries that raised it, the most urgent first (positions in the list passed in).
    /// Empty when no single entry did (a run of bleeding days, weeks without a period).
    pub recorded: Vec<usize>,
    /// The time of the entry that raised it, when there is one.
    pub since: Option<DateTime<FixedOffset>>,
    /// The triage answers the diary implies, for opening `/check` filled in.
    pub triage: TriageInput,
    pub triage_urgency: Urgency,
    /// The triage rules that fired for those answers.
    pub triage_rules: Vec<&'static str>,
}

/// What triage says for the diary's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageView {
    pub input: TriageInput,
    pub urgency: Urgency,
    pub rules: Vec<&'static str>,
}

/// Settings that change the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct RecoveryOptions {
    /// The region for the triage engine (numbers only; it does not change levels).
    pub region: Region,
    /// The person has said they will record when their period comes back. Without this, "no
    /// period recorded" means nothing and the no-period check stays quiet.
    pub records_periods: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recovery {
    #[serde(flatten)]
    pub course: Course,
    pub expected_course: Vec<CourseFact>,
    /// Highest level first, then in [`CHECKS`] order.
    pub flags: Vec<Flag>,
    /// Triage on the diary's latest state (the last 24 hours and the events).
    pub triage: TriageView,
    /// The highest of the flags and the triage: the recovery is never shown calmer than triage.
    pub urgency: Urgency,
    pub reminders: Vec<Reminder>,
}

// ---- What the diary knows ----

/// The worst of the last 24 hours.
#[derive(Debug, Default)]
struct Recent {
    pads: Option<f64>,
    heavy_hours: Option<f64>,
    clots: Option<Clots>,
    bleeding: Option<Bleeding>,
    pain: Option<u8>,
    one_sided: bool,
    shoulder_tip: bool,
    bottom: bool,
    temperature_c: Option<f64>,
    /// The entries read (bleeding, pain, temperature), by position.
    entries: Vec<usize>,
}

fn max_opt<T: PartialOrd + Copy>(a: Option<T>, b: T) -> T {
    match a {
        Some(a) if a >= b => a,
        _ => b,
    }
}

fn recent(entries: &[Entry], now: DateTime<Utc>) -> Recent {
    let from = now - TimeDelta::hours(RECENT_HOURS);
    let mut r = Recent::default();
    for (i, e) in entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
    {
        match &e.kind {
            EntryKind::Bleeding(b) => {
                if let Some(p) = b.pads_value() {
                    r.pads = Some(max_opt(r.pads, p));
                }
                if let Some(c) = b.clots {
                    r.clots = Some(max_opt(r.clots, c));
                }
                if let Some(level) = b.level() {
                    r.bleeding = Some(max_opt(r.bleeding, level));
                }
                r.entries.push(i);
            }
            EntryKind::Pain { score, place } => {
                r.pain = Some(max_opt(r.pain, *score));
                match place {
                    Some(PainPlace::LeftSide | PainPlace::RightSide) => r.one_sided = true,
                    Some(PainPlace::ShoulderTip) => r.shoulder_tip = true,
                    Some(PainPlace::Bottom) => r.bottom = true,
                    _ => {}
                }
                r.entries.push(i);
            }
            EntryKind::Temperature { reading } => {
                r.temperature_c = Some(max_opt(r.temperature_c, reading.celsius()));
                r.entries.push(i);
            }
            _ => {}
        }
    }
    // Hours at ≥ 1 pad an hour among the last 24 hours' entries: the longest run, or not known
    // when any run's start is not known (an unknown duration counts as long, CLINICAL.md §1).
    let runs: Vec<Option<f64>> = heavy_hours_by_entry(entries)
        .into_iter()
        .filter(|(i, _)| entries.get(*i).is_some_and(|e| e.instant() >= from))
        .map(|(_, h)| h)
        .collect();
    r.heavy_hours = if runs.is_empty() || runs.contains(&None) {
        None
    } else {
        runs.into_iter().flatten().reduce(f64::max)
    };
    r
}

fn hours(d: TimeDelta) -> f64 {
    d.num_seconds() as f64 / 3600.0
}

fn days_f(d: TimeDelta) -> f64 {
    hours(d) / 24.0
}

/// The current run of bleeding days (see [`BLEEDING_GAP_DAYS`]).
#[derive(Debug, Clone, Copy)]
struct Run {
    first: NaiveDate,
    last: NaiveDate,
    days: i64,
}

fn today_in(now: DateTime<Utc>, offset: Option<FixedOffset>) -> NaiveDate {
    match offset {
        Some(o) => now.with_timezone(&o).date_naive(),
        None => now.date_naive(),
    }
}

fn bleeding_run(days: &[Day], now: DateTime<Utc>) -> Option<Run> {
    let last_day = days.iter().rev().find(|d| d.summary.bleeding)?;
    let last = last_day.date;
    let ended_after = days
        .iter()
        .any(|d| d.date > last && d.summary.no_bleeding_recorded);
    let today = today_in(now, last_day.bleeding_offset());
    if ended_after || (today - last).num_days() > BLEEDING_GAP_DAYS {
        return None;
    }
    let mut first = last;
    for d in days.iter().rev().filter(|d| d.date < last) {
        if d.summary.no_bleeding_recorded || (first - d.date).num_days() > BLEEDING_GAP_DAYS + 1 {
            break;
        }
        if d.summary.bleeding {
            first = d.date;
        }
    }
    Some(Run {
        first,
        last,
        days: (last - first).num_days() + 1,
    })
}

/// A day on which bleeding got heavier again (see [`REBOUND_LOOKBACK_DAYS`] and the neighbours).
#[derive(Debug, Clone, Copy)]
struct Rebound {
    date: NaiveDate,
    /// The day's last bleeding entry: when, and its position.
    at: Option<(DateTime<FixedOffset>, usize)>,
}

/// `values[..k]` ends in a stretch that falls or holds steady, with at least
/// [`REBOUND_MIN_FALLS`] falls.
fn settling_before(values: &[f64], k: usize) -> bool {
    let mut falls = 0;
    let mut j = k.saturating_sub(1);
    while j > 0 {
        let (Some(a), Some(b)) = (values.get(j - 1), values.get(j)) else {
            break;
        };
        if a < b {
            break;
        }
        if a > b {
            falls += 1;
        }
        j -= 1;
    }
    falls >= REBOUND_MIN_FALLS
}

/// Index of the latest recorded day that is "heavier again", if it is within the last 7 days.
fn rebound_in(values: &[f64], days: &[&Day], now: DateTime<Utc>, floor: f64) -> Option<usize> {
    for k in (REBOUND_LOOKBACK_DAYS..values.len()).rev() {
        let day = days.get(k)?;
        if (today_in(now, day.bleeding_offset()) - day.date).num_days() > REBOUND_RECENT_DAYS {
            return None;
        }
        let v = *values.get(k)?;
        let before_max = values
            .get(k - REBOUND_LOOKBACK_DAYS..k)?
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        if v > before_max && v >= floor && settling_before(values, k) {
            return Some(k);
        }
    }
    None
}

fn latest_rebound_day(
    days: &[Day],
    get: fn(&Day) -> Option<f64>,
    floor: f64,
    now: DateTime<Utc>,
) -> Option<&Day> {
    let recorded: Vec<&Day> = days.iter().filter(|d| get(d).is_some()).collect();
    let values: Vec<f64> = recorded.iter().filter_map(|d| get(d)).collect();
    let k = rebound_in(&values, &recorded, now, floor)?;
    recorded.get(k).copied()
}

fn rebound(days: &[Day], now: DateTime<Utc>) -> Option<Rebound> {
    // Pads an hour: any rise counts. PBAC-style score: only a rise to at least 5 points.
    let pads = latest_rebound_day(
        days,
        |d| d.summary.max_pads_per_hour,
        f64::NEG_INFINITY,
        now,
    );
    let pbac = latest_rebound_day(days, |d| d.summary.pbac_score, REBOUND_MIN_PBAC, now);
    let day = match (pads, pbac) {
        (Some(a), Some(b)) => Some(if b.date > a.date { b } else { a }),
        (a, b) => a.or(b),
    }?;
    Some(Rebound {
        date: day.date,
        at: day
            .entries
            .iter()
            .rev()
            .find(|e| e.entry.bleeding().is_some())
            .map(|e| (e.entry.at, e.index)),
    })
}

/// Whether the latest PHQ-9 kept in the last 2 weeks answered item 9 above 0. The answer covers
/// "the last 2 weeks" [kroenke-2001], so for that long the diary treats it as the triage
/// `thoughts_of_harm` answer (the self-harm rule: crisis line and emergency number) until a newer
/// PHQ-9 answers item 9 with 0. Escalate in doubt: a check-in from the future (clock skew) counts.
/// The position of that PHQ-9, when it did.
fn harm_thoughts_recorded(entries: &[Entry], now: DateTime<Utc>) -> Option<usize> {
    let from = now - TimeDelta::days(PHQ9_RECALL_DAYS);
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
        .filter_map(|(i, e)| match &e.kind {
            EntryKind::Wellbeing {
                questionnaire: Questionnaire::Phq9,
                ..
            } => e.wellbeing_score().map(|s| (e.instant(), s.crisis, i)),
            _ => None,
        })
        .max_by_key(|(at, crisis, _)| (*at, *crisis))
        .and_then(|(_, crisis, i)| crisis.then_some(i))
}

/// The highest temperature ≥ 38.0 °C in the last 48 hours, when it was taken, and its position.
fn fever(entries: &[Entry], now: DateTime<Utc>) -> Option<(f64, DateTime<FixedOffset>, usize)> {
    let from = now - TimeDelta::hours(FEVER_WINDOW_HOURS);
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
        .filter_map(|(i, e)| e.temperature_c().map(|t| (t, e.at, i)))
        .filter(|(t, _, _)| *t >= FEVER_C)
        // The highest; of equal readings the latest, whatever order the entries came in.
        .fold(None, |best, (t, at, i)| match best {
            Some((b, b_at, _))
                if b.total_cmp(&t).then(utc(b_at).cmp(&utc(at))) != Ordering::Less =>
            {
                best
            }
            _ => Some((t, at, i)),
        })
}

/// The latest misoprostol dose (a `medication_taken` not marked mifepristone), when 24 hours to
/// 7 days have passed and no bleeding has been recorded since.
fn no_bleeding_after_misoprostol(
    entries: &[Entry],
    evs: &[Ev],
    now: DateTime<Utc>,
) -> Option<(DateTime<FixedOffset>, usize)> {
    let dose = evs.iter().rev().find(|e| {
        e.event == EventKind::MedicationTaken && e.medicine != Some(Medicine::Mifepristone)
    })?;
    let since = now - utc(dose.at);
    if since < TimeDelta::hours(MISOPROSTOL_BLEEDING_HOURS)
        || since >= TimeDelta::days(MISOPROSTOL_WATCH_DAYS)
    {
        return None;
    }
    let bled = entries.iter().any(|e| {
        e.instant() >= utc(dose.at) && e.bleeding().is_some_and(BleedingEntry::shows_bleeding)
    });
    (!bled).then_some((dose.at, dose.index))
}

/// The latest pregnancy test after the anchor, when positive (or faint): weeks after, when, and
/// its position.
fn positive_test(entries: &[Entry], c: &Course) -> Option<(f64, DateTime<FixedOffset>, usize)> {
    let anchor = c.anchor?;
    let latest = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() > utc(anchor))
        .filter_map(|(i, e)| match e.kind {
            EntryKind::PregnancyTest { result } => Some((e.instant(), result, e.at, i)),
            _ => None,
        })
        .max_by_key(|(t, ..)| *t)?;
    let (_, result, at, i) = latest;
    result
        .is_positive()
        .then(|| (days_f(utc(at) - utc(anchor)) / 7.0, at, i))
}

/// Weeks since the pregnancy ended with no period recorded, when the person records periods.
fn no_period_weeks(
    evs: &[Ev],
    c: &Course,
    now: DateTime<Utc>,
    records_periods: bool,
) -> Option<f64> {
    if !records_periods {
        return None;
    }
    let ended = utc(c.ended_at?);
    let returned = evs
        .iter()
        .any(|e| e.event == EventKind::PeriodReturned && utc(e.at) > ended);
    (!returned && now >= ended).then(|| days_f(now - ended) / 7.0)
}

fn yes(b: bool) -> Option<bool> {
    b.then_some(true)
}

fn clamp(v: f64, (min, max): (f64, f64)) -> f64 {
    v.clamp(min, max)
}

/// Runs triage. The answers are built in range, so validation does not fail; should it ever,
/// the result is `same_day` (contact someone today), never calmer: escalate when in doubt.
fn run_triage(input: &TriageInput, region: Region) -> (Urgency, Vec<&'static crate::triage::Rule>) {
    match triage(input, region) {
        Ok(o) => (o.urgency, o.fired),
        Err(_) => (Urgency::SameDay, Vec::new()),
    }
}

/// A check that fired, before its level is worked out.
struct Raised {
    id: &'static str,
    finding: String,
    since: Option<DateTime<FixedOffset>>,
    recorded: Vec<usize>,
    input: TriageInput,
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

fn flag_text(finding: &str, why: &str, level: Urgency, region: Region) -> String {
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
fn most_urgent_first(
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

/// Builds the recovery view of the diary at `now`.
pub fn recovery(entries: &[Entry], now: DateTime<Utc>, options: RecoveryOptions) -> Recovery {
    let c = course(entries);
    let evs = events(entries);
    let t = timeline(entries);
    let r = recent(entries, now);
    let run = bleeding_run(&t.days, now);
    let rebound = rebound(&t.days, now);
    let fever = fever(entries, now);
    let misoprostol = no_bleeding_after_misoprostol(entries, &evs, now);
    let test = positive_test(entries, &c);
    let period_weeks = no_period_weeks(&evs, &c, now, options.records_periods);
    let harm = harm_thoughts_recorded(entries, now);

    // The answers the diary implies: its events, the worst of the last 24 hours, and the facts
    // the checks established. Numbers are clamped to the triage ranges; days and weeks are whole
    // (rounded down, which never changes a "≥ whole number" rule) so the form shows what a
    // person would type.
    let treatment = c.management.map(Management::treatment);
    let base = TriageInput {
        region: None,
        situation: c.situation,
        location: c.location,
        weeks: None, // never: no pregnancy dating in the diary
        treatment,
        days_since_treatment: treatment
            .and(c.anchor)
            .map(|a| clamp(days_f(now - utc(a)).floor(), limits::DAYS)),
        bleeding: if misoprostol.is_some() {
            Some(Bleeding::None)
        } else {
            r.bleeding
        },
        pads_soaked_per_hour: r.pads.map(|p| clamp(p, limits::PADS)),
        heavy_hours: r.heavy_hours.map(|h| clamp(h, limits::HOURS)),
        bleeding_days: run.map(|run| clamp(run.days as f64, limits::DAYS)),
        clots: r.clots,
        pain: r.pain.map(f64::from),
        pain_one_sided: yes(r.one_sided),
        shoulder_tip_pain: yes(r.shoulder_tip),
        pain_worse_or_constant: None,
        temperature_c: r.temperature_c.map(|t| clamp(t, limits::TEMP_C)),
        temperature_f: None,
        feels_feverish: None,
        dizzy_or_faint: None,
        fainted: None,
        racing_heart: None,
        pale_clammy: None,
        foul_discharge: None,
        bowel_or_rectal_pain: yes(r.bottom),
        positive_test_weeks_after: test.map(|(w, ..)| clamp(w.floor(), limits::WEEKS_SINCE)),
        no_period_weeks: period_weeks.map(|w| clamp(w.floor(), limits::WEEKS_SINCE)),
        low_mood_weeks: None,
        ectopic_risk_factors: None,
        thoughts_of_harm: yes(harm.is_some()),
        // The diary records none of the sepsis signs or vomiting: the check-in form asks them.
        confused_or_drowsy: None,
        breathless: None,
        mottled_or_blue_skin: None,
        no_urine_18h: None,
        vomiting: None,
    };
    let (base_urgency, base_fired) = run_triage(&base, options.region);

    // (check id, what was recorded, since, the entries that raised it, extra answers)
    let mut raised: Vec<Raised> = Vec::new();
    if c.pregnancy_ended
        && let Some((temp, at, index)) = fever
    {
        let mut input = base.clone();
        let t = clamp(temp, limits::TEMP_C);
        input.temperature_c = Some(input.temperature_c.map_or(t, |x| x.max(t)));
        raised.push(Raised {
            id: FEVER,
            finding: format!("You recorded a temperature of {temp:.1} °C."),
            since: Some(at),
            recorded: vec![index],
            input,
        });
    }
    if let Some((at, index)) = misoprostol {
        raised.push(Raised {
            id: NO_BLEEDING_AFTER_MISOPROSTOL,
            finding: "It is more than 24 hours since you took misoprostol, and you have not recorded any bleeding.".to_owned(),
            since: Some(at),
            recorded: vec![index],
            input: base.clone(),
        });
    }
    if let Some(rb) = rebound {
        raised.push(Raised {
            id: HEAVIER_AGAIN,
            finding: format!(
                "Your bleeding got heavier again on {} after it had been settling.",
                rb.date
            ),
            since: rb.at.map(|(at, _)| at),
            recorded: rb.at.map(|(_, i)| i).into_iter().collect(),
            input: base.clone(),
        });
    }
    let limit = if c.management == Some(Management::Medication) {
        BLEEDING_DAYS_LIMIT_AFTER_MEDICATION
    } else {
        BLEEDING_DAYS_LIMIT
    };
    if c.pregnancy_ended
        && let Some(run) = run
        && run.days > limit
    {
        raised.push(Raised {
            id: BLEEDING_LONGER,
            finding: format!(
                "You have recorded bleeding over {} days, from {} to {}. Bleeding for more than {limit} days should be checked.",
                run.days, run.first, run.last
            ),
            since: None,
            recorded: vec![],
            input: base.clone(),
        });
    }
    if let Some((weeks, at, index)) = test
        && weeks * 7.0 >= PREGNANCY_TEST_AFTER_DAYS as f64
    {
        raised.push(Raised {
            id: POSITIVE_TEST,
            finding: format!(
                "Your pregnancy test was positive {} weeks after your care began.",
                weeks.floor()
            ),
            since: Some(at),
            recorded: vec![index],
            input: base.clone(),
        });
    }
    if let Some(weeks) = period_weeks
        && weeks * 7.0 >= NO_PERIOD_DAYS as f64
    {
        raised.push(Raised {
            id: NO_PERIOD,
            finding: format!(
                "You have not recorded a period in the {} weeks since your pregnancy ended.",
                weeks.floor()
            ),
            since: None,
            recorded: vec![],
            input: base.clone(),
        });
    }

    // Triage rules above self-care that no raised check stands for.
    let covered: Vec<&str> = raised
        .iter()
        .filter_map(|r| check(r.id))
        .flat_map(|d| d.covers.iter().copied())
        .collect();
    let uncovered: Vec<&'static crate::triage::Rule> = base_fired
        .iter()
        .copied()
        .filter(|rule| rule.level > Urgency::SelfCare && !covered.contains(&rule.id))
        .collect();

    let mut flags: Vec<Flag> = Vec::new();
    for r in raised {
        let Some(def) = check(r.id) else { continue };
        let (u, fired) = run_triage(&r.input, options.region);
        let level = def.level.max(u);
        flags.push(Flag {
            id: r.id,
            level,
            check_level: def.level,
            sources: def.sources.to_vec(),
            heuristic: def.heuristic,
            message_id: def.message_id,
            text: flag_text(&r.finding, def.why, level, options.region),
            finding: r.finding,
            why: def.why,
            recorded: r.recorded,
            since: r.since,
            triage: r.input,
            triage_urgency: u,
            triage_rules: fired.iter().map(|r| r.id).collect(),
        });
    }
    if !uncovered.is_empty()
        && let Some(def) = check(RECENT_SYMPTOMS)
    {
        let mut sources: Vec<Source> = Vec::new();
        for rule in &uncovered {
            for s in rule.sources {
                if !sources.contains(s) {
                    sources.push(*s);
                }
            }
        }
        let level = def.level.max(base_urgency);
        let rules: Vec<&'static str> = uncovered.iter().map(|r| r.id).collect();
        let finding = format!(
            "What you recorded in the last {RECENT_HOURS} hours meets the symptom check's {} {}.",
            if rules.len() == 1 { "rule" } else { "rules" },
            rules.join(", ")
        );
        let mut candidates: Vec<usize> = r.entries.clone();
        candidates.extend(harm);
        candidates.extend(test.map(|(_, _, i)| i));
        flags.push(Flag {
            id: RECENT_SYMPTOMS,
            level,
            check_level: def.level,
            sources,
            heuristic: def.heuristic,
            message_id: def.message_id,
            text: flag_text(&finding, def.why, level, options.region),
            finding,
            why: def.why,
            recorded: most_urgent_first(entries, &candidates, &base, &rules, options.region),
            since: None,
            triage: base.clone(),
            triage_urgency: base_urgency,
            triage_rules: rules,
        });
    }
    let position = |id: &str| CHECKS.iter().position(|d| d.id == id).unwrap_or(usize::MAX);
    flags.sort_by_key(|f| (std::cmp::Reverse(f.level), position(f.id)));

    let urgency = flags
        .iter()
        .map(|f| f.level)
        .fold(base_urgency, Urgency::max);
    Recovery {
        expected_course: expected_course(c.management),
        reminders: reminders_for(&c),
        course: c,
        flags,
        triage: TriageView {
            input: base,
            urgency: base_urgency,
            rules: base_fired.iter().map(|r| r.id).collect(),
        },
        urgency,
    }
}
