//! Diary entries: the JSON contract (DESIGN.md "Diary entries"), the checked domain types, and
//! field-named validation.
//!
//! Two shapes: [`EntryInput`] is what `solace diary add --json` and the web forms send (every field
//! optional, unknown fields refused, numbers as plain numbers so that `4.5` gets a field-named
//! error rather than a parse error); [`Entry`] is a checked entry. An `Entry` serialises back to the
//! same JSON, and deserialises through `EntryInput` (shape and ranges only: a stored entry is not
//! refused because time has passed).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use chrono::{DateTime, FixedOffset, SecondsFormat, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::input::{Checker, FieldError, InvalidInput, Problem};
use crate::triage::input::{fahrenheit_to_celsius, limits};
use crate::triage::{Bleeding, Clots};
use crate::wellbeing::{Answers, Questionnaire, Score};

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
// Words
// ---------------------------------------------------------------------------------------------

/// How full the pad is, against Solace's drawings (CLINICAL.md §8 PBAC levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PadFullness {
    /// Lightly stained.
    Light,
    /// Moderately stained.
    Moderate,
    /// Fully soaked.
    Full,
}

/// The colour of the blood. Recorded for the person and their clinician; no rule reads it
/// (CLINICAL.md gives no threshold on colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Pink,
    Red,
    DarkRed,
    Brown,
}

/// Where the pain is. Three places feed the triage questions: one side (`pain_one_sided`), the tip
/// of the shoulder (`shoulder_tip_pain`) and the bottom (`bowel_or_rectal_pain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainPlace {
    /// Low in the tummy, in the middle (period-like cramps).
    LowerMiddle,
    LeftSide,
    RightSide,
    /// Where the shoulder ends and the arm begins.
    ShoulderTip,
    Back,
    /// Pain on opening the bowels, or pressure in the bottom.
    Bottom,
    Other,
}

/// A home (urine) pregnancy test. A faint line counts as positive in every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestResult {
    Negative,
    Faint,
    Positive,
}

impl TestResult {
    /// Faint counts as positive (escalate when in doubt).
    pub const fn is_positive(self) -> bool {
        matches!(self, TestResult::Faint | TestResult::Positive)
    }
}

/// What happened, as the person records it (DESIGN.md; `period_returned` added by issue 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    LossConfirmed,
    ManagementChosen,
    MedicationTaken,
    Surgery,
    /// "My pregnancy has ended."
    PregnancyEnded,
    /// The first period after the loss came. Added for the "no period by 8 weeks" check.
    PeriodReturned,
}

impl EventKind {
    /// Events that belong to a loss and its care (everything but `period_returned`).
    pub const fn is_course(self) -> bool {
        !matches!(self, EventKind::PeriodReturned)
    }
}

/// The way the miscarriage is managed (CLINICAL.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Management {
    Expectant,
    Medication,
    Surgery,
}

impl Management {
    pub const fn treatment(self) -> crate::triage::Treatment {
        match self {
            Management::Expectant => crate::triage::Treatment::Expectant,
            Management::Medication => crate::triage::Treatment::Medication,
            Management::Surgery => crate::triage::Treatment::Surgery,
        }
    }
}

/// Which medicine a `medication_taken` event was, when the person says. Without it, the event is
/// read as misoprostol (the one after which bleeding is expected within 24 h): escalate in doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Medicine {
    Mifepristone,
    Misoprostol,
}

/// What a scan showed, in the person's words (SRU lexicon wording: "early pregnancy loss").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScanShowed {
    /// A pregnancy in the womb.
    InWomb,
    /// A pregnancy in the womb, with findings of early pregnancy loss.
    EarlyPregnancyLoss,
    /// Some pregnancy tissue is still in the womb.
    TissueRemaining,
    /// The womb is empty.
    WombEmpty,
    /// The pregnancy could not be seen (location unknown).
    NotSeen,
    /// An ectopic pregnancy.
    Ectopic,
    Other,
}

/// A temperature as the person took it. [`Temperature::celsius`] converts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Temperature {
    Celsius(f64),
    Fahrenheit(f64),
}

impl Temperature {
    pub fn celsius(self) -> f64 {
        match self {
            Temperature::Celsius(c) => c,
            Temperature::Fahrenheit(f) => fahrenheit_to_celsius(f),
        }
    }
}

/// The kinds of entry, as the `kind` field names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Note,
    Bleeding,
    Pain,
    Temperature,
    Hcg,
    PregnancyTest,
    Medication,
    Mood,
    Event,
    Scan,
    Photo,
    Wellbeing,
    /// A question the person wants to ask their clinician (shown in the export).
    Question,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Note,
        Kind::Bleeding,
        Kind::Pain,
        Kind::Temperature,
        Kind::Hcg,
        Kind::PregnancyTest,
        Kind::Medication,
        Kind::Mood,
        Kind::Event,
        Kind::Scan,
        Kind::Photo,
        Kind::Wellbeing,
        Kind::Question,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Kind::Note => "note",
            Kind::Bleeding => "bleeding",
            Kind::Pain => "pain",
            Kind::Temperature => "temperature",
            Kind::Hcg => "hcg",
            Kind::PregnancyTest => "pregnancy_test",
            Kind::Medication => "medication",
            Kind::Mood => "mood",
            Kind::Event => "event",
            Kind::Scan => "scan",
            Kind::Photo => "photo",
            Kind::Wellbeing => "wellbeing",
            Kind::Question => "question",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The fields an entry of this kind may carry besides `kind`, `at` and `note`.
    pub const fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Note | Kind::Question => &["text"],
            Kind::Bleeding => &[
                "pads_soaked_per_hour",
                "pad_fullness",
                "clots",
                "colour",
                "amount",
            ],
            Kind::Pain => &["score", "where"],
            Kind::Temperature => &["celsius", "fahrenheit"],
            Kind::Hcg => &["iu_per_l"],
            Kind::PregnancyTest => &["result"],
            Kind::Medication => &["name", "dose"],
            Kind::Mood => &["score", "words"],
            Kind::Event => &["event", "management", "medicine"],
            Kind::Scan => &["showed"],
            Kind::Photo => &["photo_id", "taken_at"],
            Kind::Wellbeing => &["questionnaire", "answers"],
        }
    }
}

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

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// One entry as sent: the union of every kind's fields, all optional, unknown fields refused.
/// `kind` is text so that an unknown kind is a field-named error (`kind`) like any other.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// RFC 3339 with its offset (`Z` or `+01:00`). "Defaults to now" is the caller's job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    // note, question
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    // bleeding
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pads_soaked_per_hour: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pad_fullness: Option<PadFullness>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clots: Option<Clots>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<Colour>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Bleeding>,
    // pain, mood
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub place: Option<PainPlace>,
    // temperature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub celsius: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fahrenheit: Option<f64>,
    // hcg
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iu_per_l: Option<f64>,
    // pregnancy_test
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<TestResult>,
    // medication
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    // mood
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    // event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management: Option<Management>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medicine: Option<Medicine>,
    // scan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub showed: Option<ScanShowed>,
    // photo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_at: Option<String>,
    // wellbeing
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<Questionnaire>,
    /// One answer per item; `null` is an item left blank (a field-named error).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<Option<f64>>>,
}

impl EntryInput {
    /// Checks a new entry: the shape, the ranges, and `at` between `now` − 731 days and `now` +
    /// 5 minutes. Every problem is reported at once, each naming its field.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<Entry, InvalidInput> {
        self.check(Some(now))
    }

    /// Checks a stored entry: the shape and ranges only. Time has passed since it was written, so
    /// the clock window does not apply.
    pub fn validate_stored(&self) -> Result<Entry, InvalidInput> {
        self.check(None)
    }

    /// Which fields are present, by their JSON name (for the "not part of this kind" check).
    fn present(&self) -> [(&'static str, bool); 23] {
        [
            ("text", self.text.is_some()),
            ("pads_soaked_per_hour", self.pads_soaked_per_hour.is_some()),
            ("pad_fullness", self.pad_fullness.is_some()),
            ("clots", self.clots.is_some()),
            ("colour", self.colour.is_some()),
            ("amount", self.amount.is_some()),
            ("score", self.score.is_some()),
            ("where", self.place.is_some()),
            ("celsius", self.celsius.is_some()),
            ("fahrenheit", self.fahrenheit.is_some()),
            ("iu_per_l", self.iu_per_l.is_some()),
            ("result", self.result.is_some()),
            ("name", self.name.is_some()),
            ("dose", self.dose.is_some()),
            ("words", self.words.is_some()),
            ("event", self.event.is_some()),
            ("management", self.management.is_some()),
            ("medicine", self.medicine.is_some()),
            ("showed", self.showed.is_some()),
            ("photo_id", self.photo_id.is_some()),
            ("taken_at", self.taken_at.is_some()),
            ("questionnaire", self.questionnaire.is_some()),
            ("answers", self.answers.is_some()),
        ]
    }

    fn check(&self, now: Option<DateTime<Utc>>) -> Result<Entry, InvalidInput> {
        let mut c = Checker::default();
        let kind = match self.kind.as_deref().map(str::trim) {
            None => {
                c.push("kind", Problem::Missing);
                None
            }
            Some(k) => {
                let found = Kind::from_id(k);
                if found.is_none() {
                    c.push(
                        "kind",
                        Problem::Invalid {
                            expected: KIND_EXPECTED,
                        },
                    );
                }
                found
            }
        };
        let at = check_time(&mut c, "at", self.at.as_deref(), now, true);
        if self.at.is_none() {
            c.push("at", Problem::Missing);
        }
        let entry_kind = kind.and_then(|k| self.check_kind(&mut c, k, now));
        if let Some(k) = kind {
            let allowed = k.fields();
            for (field, is_present) in self.present() {
                if is_present && !allowed.contains(&field) {
                    c.push(
                        field,
                        Problem::Invalid {
                            expected: NOT_THIS_KIND,
                        },
                    );
                }
            }
        }
        let note = check_text(&mut c, "note", self.note.as_deref(), NOTE_MAX_CHARS, false);
        c.finish(())?;
        match (at, entry_kind) {
            (Some(at), Some(kind)) => Ok(Entry { at, kind, note }),
            // Every path that gives `None` above also names its field, so this is not reached;
            // should it ever be, the entry is refused, never half-read.
            _ => Err(InvalidInput {
                errors: vec![FieldError::new(
                    "kind",
                    Problem::Invalid {
                        expected: KIND_EXPECTED,
                    },
                )],
            }),
        }
    }

    fn check_kind(
        &self,
        c: &mut Checker,
        kind: Kind,
        now: Option<DateTime<Utc>>,
    ) -> Option<EntryKind> {
        match kind {
            Kind::Note => {
                let text = check_text(c, "text", self.text.as_deref(), NOTE_MAX_CHARS, true)?;
                Some(EntryKind::Note { text })
            }
            Kind::Bleeding => self.check_bleeding(c).map(EntryKind::Bleeding),
            Kind::Pain => {
                let score = required_whole(c, "score", self.score, PAIN)?;
                Some(EntryKind::Pain {
                    score,
                    place: self.place,
                })
            }
            Kind::Temperature => self.check_temperature(c),
            Kind::Hcg => {
                let Some(v) = self.iu_per_l else {
                    c.push("iu_per_l", Problem::Missing);
                    return None;
                };
                if !v.is_finite() {
                    c.push("iu_per_l", Problem::NotANumber);
                    return None;
                }
                if v <= 0.0 || v > MAX_IU_PER_L {
                    c.push(
                        "iu_per_l",
                        Problem::Invalid {
                            expected: HCG_EXPECTED,
                        },
                    );
                    return None;
                }
                Some(EntryKind::Hcg { iu_per_l: v })
            }
            Kind::PregnancyTest => {
                let Some(result) = self.result else {
                    c.push("result", Problem::Missing);
                    return None;
                };
                Some(EntryKind::PregnancyTest { result })
            }
            Kind::Medication => {
                let name = check_text(c, "name", self.name.as_deref(), SHORT_MAX_CHARS, true);
                let dose = check_text(c, "dose", self.dose.as_deref(), SHORT_MAX_CHARS, false);
                Some(EntryKind::Medication { name: name?, dose })
            }
            Kind::Mood => {
                let score = required_whole(c, "score", self.score, MOOD);
                let words = check_text(c, "words", self.words.as_deref(), SHORT_MAX_CHARS, false);
                Some(EntryKind::Mood {
                    score: score?,
                    words,
                })
            }
            Kind::Event => {
                let Some(event) = self.event else {
                    c.push("event", Problem::Missing);
                    return None;
                };
                if self.management.is_some() && event != EventKind::ManagementChosen {
                    c.push(
                        "management",
                        Problem::Invalid {
                            expected: MANAGEMENT_ONLY,
                        },
                    );
                    return None;
                }
                if self.medicine.is_some() && event != EventKind::MedicationTaken {
                    c.push(
                        "medicine",
                        Problem::Invalid {
                            expected: MEDICINE_ONLY,
                        },
                    );
                    return None;
                }
                Some(EntryKind::Event {
                    event,
                    management: self.management,
                    medicine: self.medicine,
                })
            }
            Kind::Scan => {
                let Some(showed) = self.showed else {
                    c.push("showed", Problem::Missing);
                    return None;
                };
                Some(EntryKind::Scan { showed })
            }
            Kind::Photo => {
                let photo_id = check_text(
                    c,
                    "photo_id",
                    self.photo_id.as_deref(),
                    SHORT_MAX_CHARS,
                    true,
                );
                // A photo may be older than the diary: only "not in the future" applies.
                let taken_at = match self.taken_at.as_deref() {
                    None => None,
                    Some(t) => Some(check_time(c, "taken_at", Some(t), now, false)?),
                };
                Some(EntryKind::Photo {
                    photo_id: photo_id?,
                    taken_at,
                })
            }
            Kind::Question => {
                let text = check_text(c, "text", self.text.as_deref(), NOTE_MAX_CHARS, true)?;
                Some(EntryKind::Question { text })
            }
            Kind::Wellbeing => self.check_wellbeing(c),
        }
    }

    /// A check-in: a known questionnaire and one whole-number answer per item, each in range
    /// (`answers[i]` names the item, 0-based).
    fn check_wellbeing(&self, c: &mut Checker) -> Option<EntryKind> {
        let Some(questionnaire) = self.questionnaire else {
            c.push("questionnaire", Problem::Missing);
            return None;
        };
        let Some(raw) = &self.answers else {
            c.push("answers", Problem::Missing);
            return None;
        };
        match Answers::check(questionnaire, raw) {
            Ok(a) => Some(EntryKind::Wellbeing {
                questionnaire,
                answers: a.values().to_vec(),
            }),
            Err(e) => {
                for fe in e.errors {
                    c.push(fe.field, fe.problem);
                }
                None
            }
        }
    }

    fn check_bleeding(&self, c: &mut Checker) -> Option<BleedingEntry> {
        let pads = match self.pads_soaked_per_hour {
            None => None,
            Some(p) => Some(c.range("pads_soaked_per_hour", Some(p), PADS.0, PADS.1, "pads")?),
        };
        let entry = BleedingEntry {
            pads_soaked_per_hour: pads,
            pad_fullness: self.pad_fullness,
            clots: self.clots,
            colour: self.colour,
            amount: self.amount,
        };
        let blood_shown = pads.is_some_and(|p| p > 0.0)
            || entry.pad_fullness.is_some()
            || matches!(entry.clots, Some(Clots::Small | Clots::Large));
        if entry.amount == Some(Bleeding::None) && blood_shown {
            c.push(
                "amount",
                Problem::Invalid {
                    expected: NONE_CONTRADICTS,
                },
            );
            return None;
        }
        Some(entry)
    }

    fn check_temperature(&self, c: &mut Checker) -> Option<EntryKind> {
        let reading = match (self.celsius, self.fahrenheit) {
            (None, None) => {
                c.push("celsius", Problem::Missing);
                return None;
            }
            (Some(_), Some(_)) => {
                c.push(
                    "fahrenheit",
                    Problem::Invalid {
                        expected: ONE_TEMPERATURE,
                    },
                );
                return None;
            }
            (Some(t), None) => {
                Temperature::Celsius(c.range("celsius", Some(t), TEMP_C.0, TEMP_C.1, "°C")?)
            }
            (None, Some(t)) => {
                Temperature::Fahrenheit(c.range("fahrenheit", Some(t), TEMP_F.0, TEMP_F.1, "°F")?)
            }
        };
        Some(EntryKind::Temperature { reading })
    }
}

impl TryFrom<EntryInput> for Entry {
    type Error = InvalidInput;

    /// A stored entry: shape and ranges, no clock window (see [`EntryInput::validate_stored`]).
    fn try_from(input: EntryInput) -> Result<Self, Self::Error> {
        input.validate_stored()
    }
}

impl From<&Entry> for EntryInput {
    /// The same entry as input again (for editing, or to re-check against a new `now`).
    fn from(e: &Entry) -> Self {
        let mut i = EntryInput {
            kind: Some(e.kind.kind().id().to_owned()),
            at: Some(e.at.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            note: e.note.clone(),
            ..EntryInput::default()
        };
        match &e.kind {
            EntryKind::Note { text } | EntryKind::Question { text } => i.text = Some(text.clone()),
            EntryKind::Bleeding(b) => {
                i.pads_soaked_per_hour = b.pads_soaked_per_hour;
                i.pad_fullness = b.pad_fullness;
                i.clots = b.clots;
                i.colour = b.colour;
                i.amount = b.amount;
            }
            EntryKind::Pain { score, place } => {
                i.score = Some(f64::from(*score));
                i.place = *place;
            }
            EntryKind::Temperature { reading } => match reading {
                Temperature::Celsius(t) => i.celsius = Some(*t),
                Temperature::Fahrenheit(t) => i.fahrenheit = Some(*t),
            },
            EntryKind::Hcg { iu_per_l } => i.iu_per_l = Some(*iu_per_l),
            EntryKind::PregnancyTest { result } => i.result = Some(*result),
            EntryKind::Medication { name, dose } => {
                i.name = Some(name.clone());
                i.dose.clone_from(dose);
            }
            EntryKind::Mood { score, words } => {
                i.score = Some(f64::from(*score));
                i.words.clone_from(words);
            }
            EntryKind::Event {
                event,
                management,
                medicine,
            } => {
                i.event = Some(*event);
                i.management = *management;
                i.medicine = *medicine;
            }
            EntryKind::Scan { showed } => i.showed = Some(*showed),
            EntryKind::Photo { photo_id, taken_at } => {
                i.photo_id = Some(photo_id.clone());
                i.taken_at = taken_at.map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true));
            }
            EntryKind::Wellbeing {
                questionnaire,
                answers,
            } => {
                i.questionnaire = Some(*questionnaire);
                i.answers = Some(answers.iter().map(|v| Some(f64::from(*v))).collect());
            }
        }
        i
    }
}

// ---------------------------------------------------------------------------------------------
// Field checks
// ---------------------------------------------------------------------------------------------

/// An RFC 3339 date-time with its offset. With `now`: not more than 5 minutes ahead, and (when
/// `lower_bound`) not more than 731 days before. A missing value is left to the caller.
fn check_time(
    c: &mut Checker,
    field: &str,
    text: Option<&str>,
    now: Option<DateTime<Utc>>,
    lower_bound: bool,
) -> Option<DateTime<FixedOffset>> {
    let text = text?;
    // chrono's RFC 3339 parser requires the offset ("Z" or "+01:00"): a bare local time is refused.
    let Ok(t) = DateTime::parse_from_rfc3339(text.trim()) else {
        c.push(
            field,
            Problem::BadDate {
                expected: AT_EXPECTED,
            },
        );
        return None;
    };
    if let Some(now) = now {
        let instant = t.with_timezone(&Utc);
        if instant > now + TimeDelta::minutes(CLOCK_SKEW_MINUTES) {
            c.push(
                field,
                Problem::BadDate {
                    expected: NOT_FUTURE,
                },
            );
            return None;
        }
        if lower_bound && instant < now - TimeDelta::days(MAX_AGE_DAYS) {
            c.push(
                field,
                Problem::BadDate {
                    expected: NOT_TOO_OLD,
                },
            );
            return None;
        }
    }
    Some(t)
}

/// Text trimmed of surrounding space. Blank counts as absent (`Missing` when required). Length is
/// counted in characters, not bytes.
fn check_text(
    c: &mut Checker,
    field: &str,
    text: Option<&str>,
    max: usize,
    required: bool,
) -> Option<String> {
    let trimmed = text.map(str::trim).filter(|t| !t.is_empty());
    let Some(t) = trimmed else {
        if required {
            c.push(field, Problem::Missing);
        }
        return None;
    };
    if t.chars().count() > max {
        let expected = if max == NOTE_MAX_CHARS {
            NOTE_TOO_LONG
        } else {
            SHORT_TOO_LONG
        };
        c.push(field, Problem::Invalid { expected });
        return None;
    }
    Some(t.to_owned())
}

fn required_whole(
    c: &mut Checker,
    field: &str,
    value: Option<f64>,
    (min, max): (f64, f64),
) -> Option<u8> {
    if value.is_none() {
        c.push(field, Problem::Missing);
        return None;
    }
    // Bounds are 0–10, so the whole number fits in a u8.
    c.whole(field, value, min, max).map(|v| v as u8)
}
