//! The words an entry is made of: pad fullness, colours, where pain is, test results, events,
//! ways of care, medicines, what a scan showed, and the kinds of entry.

use serde::{Deserialize, Serialize};

use crate::triage::input::fahrenheit_to_celsius;

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
