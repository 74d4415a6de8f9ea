//! The private diary's domain (issue 4): entries and their validation, the timeline by day with a
//! PBAC-style bleeding score, the expected recovery course for the chosen care, the recovery
//! checks, and reminder dates.
//!
//! No storage, no web, no crypto: those crates hold entries sealed and call in here with a plain
//! list and `now`. Loss-aware throughout: nothing here counts a pregnancy forward (no weeks, no
//! sizes, no due dates), and [`Course::pregnancy_ended`] tells the UI to drop anything that would.
//!
//! - [`entry`]: [`EntryInput`] (the JSON contract, DESIGN.md "Diary entries") → [`Entry`].
//! - [`timeline`](mod@timeline): [`timeline()`](timeline::timeline) → days, summaries, chart series.
//! - [`recovery`](mod@recovery): [`recovery()`](recovery::recovery) → course, expected course,
//!   flags (each with the triage answers it implies), triage urgency, reminders.
//! - [`severity`](mod@severity): how heavy recorded bleeding is, by the triage rules (exports).

pub mod entry;
pub mod recovery;
pub mod severity;
pub mod summary;
pub mod timeline;

pub use entry::{
    BleedingEntry, Colour, Entry, EntryInput, EntryKind, EventKind, Kind, Management, Medicine,
    PadFullness, PainPlace, ScanShowed, Temperature, TestResult,
};
pub use recovery::{
    CHECKS, CheckDef, Course, CourseFact, Flag, Recovery, RecoveryOptions, Reminder, TriageView,
    action_words, course, expected_course, recovery, reminders,
};
pub use severity::{BleedingSeverity, bleeding_severity};
pub use timeline::{
    Change, Day, DaySummary, PBAC_NOTE, Point, Series, SeriesSummary, Timeline, hcg_input,
    in_time_order, timeline,
};

#[cfg(test)]
mod tests;
