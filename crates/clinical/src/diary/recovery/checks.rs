//! The recovery checks as values in one list ([`CHECKS`]), and the flag a check raises.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::sources::Source;
use crate::sources::Source::{
    AcogPb200, NhsFever, NhsGgcEpas, NhsMiscarriage, NhsPeriods, NiceNg126, NiceNg255,
    TommysMiscarriage,
};
use crate::triage::{TriageInput, Urgency};
use crate::words::Words;

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

impl CheckDef {
    /// [`CheckDef::why`]'s message id (none for `recent-symptoms`, whose `why` is empty).
    #[must_use]
    pub fn why_msg(&self) -> Option<&'static str> {
        match self.id {
            FEVER => Some("diary-why-fever"),
            NO_BLEEDING_AFTER_MISOPROSTOL => Some("diary-why-no-bleeding-after-misoprostol"),
            HEAVIER_AGAIN => Some("diary-why-bleeding-heavier-again"),
            BLEEDING_LONGER => Some("diary-why-bleeding-longer-than-expected"),
            POSITIVE_TEST => Some("diary-why-positive-test-after-treatment"),
            NO_PERIOD => Some("diary-why-no-period-by-8-weeks"),
            _ => None,
        }
    }
}

impl Flag {
    /// [`Flag::why`] as a message id (none when `why` is empty).
    #[must_use]
    pub fn why_words(&self) -> Option<Words> {
        check(self.id).and_then(CheckDef::why_msg).map(Words::id)
    }
}

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
    /// `finding` as a message id and arguments.
    #[serde(skip)]
    pub finding_words: Words,
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
