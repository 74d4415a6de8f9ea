//! Diary entries: the JSON contract (DESIGN.md "Diary entries"), the checked domain types, and
//! field-named validation.
//!
//! Two shapes: [`EntryInput`] is what `solace diary add --json` and the web forms send (every field
//! optional, unknown fields refused, numbers as plain numbers so that `4.5` gets a field-named
//! error rather than a parse error); [`Entry`] is a checked entry. An `Entry` serialises back to the
//! same JSON, and deserialises through `EntryInput` (shape and ranges only: a stored entry is not
//! refused because time has passed).

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::triage::input::limits;
use crate::triage::{Bleeding, Clots};
use crate::wellbeing::{Answers, Questionnaire, Score};

mod fields;
mod input;
mod words;

pub use input::EntryInput;
pub use words::{
    Colour, EventKind, Kind, Management, Medicine, PadFullness, PainPlace, ScanShowed, Temperature,
    TestResult,
};

// ---------------------------------------------------------------------------------------------
// Limits. Clinical plausibility ranges come from CLINICAL.md §1; the rest are Solace's bounds.
// ---------------------------------------------------------------------------------------------

/// Pads soaked in the last hour, 0–20: CLINICAL.md §1 plausible ranges (the triage limit),
/// checked 2026-11.
pub const PADS: (f64, f64) = limits::PADS;
/// Pain score, whole numbers 0–10: CLINICAL.md §1 plausible ranges, checked 2026-11.
pub const PAIN: (f64, f64) = limits::PAIN;
/// Temperature 30–45 °C: CLINICAL.md §1 plausible ranges, checked 2026-11.
pub const TEMP_C: (f64, f64) = limits::TEMP_C;
/// The same range in °F (30 °C = 86 °F, 45 °C = 113 °F): CLINICAL.md §1 plausible ranges,
/// checked 2026-11.
pub const TEMP_F: (f64, f64) = (86.0, 113.0);
/// Mood score, whole numbers 0 (very low) to 10 (very good). Solace's own scale, not a validated
/// instrument (the questionnaires of CLINICAL.md §7 live in the wellbeing module); checked 2026-11.
pub const MOOD: (f64, f64) = (0.0, 10.0);
/// hCG above 0 and at most 1,000,000 IU/L: Solace's plausibility bound shared with the hCG reading
/// ([`crate::hcg::MAX_IU_PER_L`]), checked 2026-11.
pub const MAX_IU_PER_L: f64 = crate::hcg::MAX_IU_PER_L;
/// Longest note (and note-entry text), in characters (Unicode scalar values). Solace's bound,
/// checked 2026-11.
pub const NOTE_MAX_CHARS: usize = 2_000;
/// Longest short text (medicine name, dose, mood words, photo id), in characters. Solace's bound,
/// checked 2026-11.
pub const SHORT_MAX_CHARS: usize = 200;
/// A new entry may be at most this many minutes ahead of `now` (phone and server clocks differ).
/// Solace's bound, checked 2026-11.
pub const CLOCK_SKEW_MINUTES: i64 = 5;
/// A new entry may be at most this many days before `now`: 2 years counting one leap day
/// (2 × 365 + 1). Older facts belong in a note. Solace's bound, checked 2026-11.
pub const MAX_AGE_DAYS: i64 = 731;

const AT_EXPECTED: &str = "a date and time with a time zone, like 2026-11-20T09:00:00+00:00";
const NOT_FUTURE: &str = "a time that is not in the future (up to 5 minutes ahead is allowed)";
const NOT_TOO_OLD: &str = "a time within the last 2 years";
const NOTE_TOO_LONG: &str = "text of at most 2,000 characters";
const SHORT_TOO_LONG: &str = "text of at most 200 characters";
const HCG_EXPECTED: &str =
    "a number above 0 and up to 1,000,000 IU/L (1 mIU/mL is the same as 1 IU/L)";
const KIND_EXPECTED: &str = "one of note, bleeding, pain, temperature, hcg, pregnancy_test, medication, mood, event, scan, photo, wellbeing, question";
const NOT_THIS_KIND: &str = "no value here: this field is not part of this kind of entry";
const ONE_TEMPERATURE: &str = "only one of celsius or fahrenheit";
const NONE_CONTRADICTS: &str =
    "\"none\" only when no pad was soaked or used and no clots were passed";
const MANAGEMENT_ONLY: &str = "no value here: management goes with the event management_chosen";
const MEDICINE_ONLY: &str = "no value here: medicine goes with the event medication_taken";

// ---------------------------------------------------------------------------------------------
// Checked entries
// ---------------------------------------------------------------------------------------------

/// A bleeding entry. Every field is optional: an entry with none of them still says "bleeding".
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct BleedingEntry {
    /// Full-size pads soaked through in the last hour (the triage measure).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pads_soaked_per_hour: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pad_fullness: Option<PadFullness>,
    /// Large: bigger than the region's reference coin (a guide, CLINICAL.md §8).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clots: Option<Clots>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub colour: Option<Colour>,
    /// How much, in the person's own judgement (the triage `bleeding` words). `none` records a
    /// time with no bleeding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Bleeding>,
}

impl BleedingEntry {
    /// Whether this entry records bleeding. Only two shapes record *no* bleeding: `amount: none`,
    /// or `pads_soaked_per_hour: 0` with nothing else that shows blood (no fullness, no clots, no
    /// colour, no amount). Every other bleeding entry, including one with no details, is bleeding.
    pub fn shows_bleeding(&self) -> bool {
        if self.amount == Some(Bleeding::None) {
            return false;
        }
        let zero_pads_only = self.pads_soaked_per_hour == Some(0.0)
            && self.pad_fullness.is_none()
            && matches!(self.clots, None | Some(Clots::None))
            && self.colour.is_none()
            && self.amount.is_none();
        !zero_pads_only
    }

    /// How much bleeding, as the triage `bleeding` word: the person's own `amount`, raised by what
    /// the pad shows (light → light; moderate or full → moderate; escalate in doubt). An entry
    /// with no details reads as light. `None` when the entry records no bleeding.
    pub fn level(&self) -> Option<Bleeding> {
        if !self.shows_bleeding() {
            return None;
        }
        let from_pad = match self.pad_fullness {
            Some(PadFullness::Light) => Some(Bleeding::Light),
            Some(PadFullness::Moderate | PadFullness::Full) => Some(Bleeding::Moderate),
            None => None,
        };
        Some(self.amount.max(from_pad).unwrap_or(Bleeding::Light))
    }
}

/// What an entry records. Serialised with `kind` as the tag and the fields beside it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryKind {
    Note {
        text: String,
    },
    Bleeding(BleedingEntry),
    Pain {
        score: u8,
        #[serde(rename = "where", skip_serializing_if = "Option::is_none")]
        place: Option<PainPlace>,
    },
    Temperature {
        #[serde(flatten)]
        reading: Temperature,
    },
    Hcg {
        iu_per_l: f64,
    },
    PregnancyTest {
        result: TestResult,
    },
    Medication {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        dose: Option<String>,
    },
    Mood {
        score: u8,
        #[serde(skip_serializing_if = "Option::is_none")]
        words: Option<String>,
    },
    Event {
        event: EventKind,
        /// Only with `management_chosen`.
        #[serde(skip_serializing_if = "Option::is_none")]
        management: Option<Management>,
        /// Only with `medication_taken`.
        #[serde(skip_serializing_if = "Option::is_none")]
        medicine: Option<Medicine>,
    },
    Scan {
        showed: ScanShowed,
    },
    /// Photo metadata only: the pixels are sealed and stored elsewhere, EXIF and GPS stripped.
    Photo {
        photo_id: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        taken_at: Option<DateTime<FixedOffset>>,
    },
    /// A wellbeing check-in (CLINICAL.md §7): the questionnaire and its answers only. The total
    /// and band are derived from the answers each time ([`Entry::wellbeing_score`]), never stored.
    Wellbeing {
        questionnaire: Questionnaire,
        answers: Vec<u8>,
    },
    /// "A question I want to ask" at the next appointment (the export lists them).
    Question {
        text: String,
    },
}

impl EntryKind {
    pub const fn kind(&self) -> Kind {
        match self {
            EntryKind::Note { .. } => Kind::Note,
            EntryKind::Bleeding(_) => Kind::Bleeding,
            EntryKind::Pain { .. } => Kind::Pain,
            EntryKind::Temperature { .. } => Kind::Temperature,
            EntryKind::Hcg { .. } => Kind::Hcg,
            EntryKind::PregnancyTest { .. } => Kind::PregnancyTest,
            EntryKind::Medication { .. } => Kind::Medication,
            EntryKind::Mood { .. } => Kind::Mood,
            EntryKind::Event { .. } => Kind::Event,
            EntryKind::Scan { .. } => Kind::Scan,
            EntryKind::Photo { .. } => Kind::Photo,
            EntryKind::Wellbeing { .. } => Kind::Wellbeing,
            EntryKind::Question { .. } => Kind::Question,
        }
    }
}

/// One checked diary entry. `at` keeps the offset the person was in, so the entry lands on their
/// own day in the timeline. Serialises as the contract's flat JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "EntryInput")]
pub struct Entry {
    pub at: DateTime<FixedOffset>,
    #[serde(flatten)]
    pub kind: EntryKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Entry {
    /// The bleeding details, when this is a bleeding entry.
    pub fn bleeding(&self) -> Option<&BleedingEntry> {
        match &self.kind {
            EntryKind::Bleeding(b) => Some(b),
            _ => None,
        }
    }

    /// The temperature in °C, when this is a temperature entry.
    pub fn temperature_c(&self) -> Option<f64> {
        match self.kind {
            EntryKind::Temperature { reading } => Some(reading.celsius()),
            _ => None,
        }
    }

    /// The score of a wellbeing check-in, derived from its answers.
    pub fn wellbeing_score(&self) -> Option<Score> {
        match &self.kind {
            EntryKind::Wellbeing {
                questionnaire,
                answers,
            } => Answers::from_values(*questionnaire, answers)
                .ok()
                .map(|a| a.score()),
            _ => None,
        }
    }

    /// The instant, for ordering (offsets applied).
    pub fn instant(&self) -> DateTime<Utc> {
        self.at.with_timezone(&Utc)
    }
}
