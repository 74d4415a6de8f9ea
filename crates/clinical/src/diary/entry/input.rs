//! The input shape ([`EntryInput`]): every field optional, checked into an [`Entry`] with every
//! problem named by its field; and an entry turned back into input.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::input::{Checker, FieldError, InvalidInput, Problem};
use crate::triage::{Bleeding, Clots};
use crate::wellbeing::{Answers, Questionnaire};

use super::fields::{check_text, check_time, required_whole};
use super::words::{
    Colour, EventKind, Kind, Management, Medicine, PadFullness, PainPlace, ScanShowed, Temperature,
    TestResult,
};
use super::{
    BleedingEntry, Entry, EntryKind, HCG_EXPECTED, KIND_EXPECTED, MANAGEMENT_ONLY, MAX_IU_PER_L,
    MEDICINE_ONLY, MOOD, NONE_CONTRADICTS, NOT_THIS_KIND, NOTE_MAX_CHARS, ONE_TEMPERATURE, PADS,
    PAIN, SHORT_MAX_CHARS, TEMP_C, TEMP_F,
};

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
