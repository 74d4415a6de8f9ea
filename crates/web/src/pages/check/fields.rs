//! The questions of the symptom check, as one table, and the reading of a posted form into a
//! [`TriageInput`]. Field names are exactly the contract's JSON names (DESIGN.md "Triage input"),
//! except `temperature` + `temperature_unit`, which become `temperature_c` or `temperature_f`.
//!
//! Reading never guesses: a value that is not a number, not one of the words, or not "yes" is a
//! field error that the form shows next to the question, with what the person typed kept.

use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StrDeserializer};
use solace_clinical::Region;
use solace_clinical::triage::TriageInput;
use std::collections::BTreeMap;

/// How a question is asked and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A checkbox that sends `yes`. Unticked sends nothing: unknown, read as "no".
    Yes,
    /// Radio buttons: (the contract's word, the option's message id), plus "Not sure".
    Choice(&'static [(&'static str, &'static str)]),
    /// Free text read as a number; `example` is shown when it is not one.
    Number { example: &'static str },
    /// Free text read as weeks, or weeks and days as people write them: "7", "7+3", "7 + 3", "7+".
    Weeks,
    /// 0–10 radio buttons.
    Pain,
    /// Free text read as a number, with the unit radios beside it.
    Temperature,
}

/// One question.
#[derive(Debug)]
pub struct Field {
    /// The form field name: the contract's JSON name.
    pub name: &'static str,
    /// Message id of the question.
    pub label: &'static str,
    /// Message id of the short hint under it.
    pub hint: &'static str,
    pub kind: Kind,
}

/// A `<fieldset>` of questions.
#[derive(Debug)]
pub struct Group {
    /// The fieldset's element id.
    pub id: &'static str,
    /// Message id of the legend.
    pub legend: &'static str,
    /// Message id of a hint for the whole group.
    pub hint: Option<&'static str>,
    pub fields: &'static [Field],
}

/// The unit radios' field name: `c` or `f`.
pub const UNIT_FIELD: &str = "temperature_unit";
/// The "Not sure" option of every choice; it sends an empty value.
pub const NOT_SURE: &str = "opt-not-sure";

const fn yes(name: &'static str, label: &'static str, hint: &'static str) -> Field {
    Field {
        name,
        label,
        hint,
        kind: Kind::Yes,
    }
}

const fn number(
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    example: &'static str,
) -> Field {
    Field {
        name,
        label,
        hint,
        kind: Kind::Number { example },
    }
}

/// Every question, in the order the form asks them: the most urgent first (the emergency and
/// sepsis signs, then bleeding and pain), so that an answer can be had within two phone screens
/// (the form offers "See what to do" after [`FIRST_ANSWER_AFTER`]).
pub const GROUPS: &[Group] = &[
    Group {
        id: "group-now",
        legend: "group-now",
        hint: None,
        fields: &[
            yes("fainted", "q-fainted", "hint-fainted"),
            yes("dizzy_or_faint", "q-dizzy_or_faint", "hint-dizzy_or_faint"),
            yes("pale_clammy", "q-pale_clammy", "hint-pale_clammy"),
            yes("racing_heart", "q-racing_heart", "hint-racing_heart"),
            yes(
                "thoughts_of_harm",
                "q-thoughts_of_harm",
                "hint-thoughts_of_harm",
            ),
        ],
    },
    Group {
        id: "group-unwell",
        legend: "group-unwell",
        hint: Some("group-unwell-hint"),
        fields: &[
            // No hints: the words say it all, and the group stays short on a phone.
            yes("confused_or_drowsy", "q-confused_or_drowsy", ""),
            yes("breathless", "q-breathless", ""),
            yes("mottled_or_blue_skin", "q-mottled_or_blue_skin", ""),
            yes("no_urine_18h", "q-no_urine_18h", ""),
            yes("vomiting", "q-vomiting", ""),
        ],
    },
    Group {
        id: "group-bleeding",
        legend: "group-bleeding",
        hint: None,
        fields: &[
            Field {
                name: "bleeding",
                label: "q-bleeding",
                hint: "hint-bleeding",
                kind: Kind::Choice(&[
                    ("none", "opt-bleeding-none"),
                    ("spotting", "opt-bleeding-spotting"),
                    ("light", "opt-bleeding-light"),
                    ("moderate", "opt-bleeding-moderate"),
                    ("heavy", "opt-bleeding-heavy"),
                ]),
            },
            number(
                "pads_soaked_per_hour",
                "q-pads_soaked_per_hour",
                "hint-pads_soaked_per_hour",
                "1",
            ),
            number("heavy_hours", "q-heavy_hours", "hint-heavy_hours", "2"),
            number(
                "bleeding_days",
                "q-bleeding_days",
                "hint-bleeding_days",
                "3",
            ),
            Field {
                name: "clots",
                label: "q-clots",
                hint: "hint-clots",
                kind: Kind::Choice(&[
                    ("none", "opt-clots-none"),
                    ("small", "opt-clots-small"),
                    ("large", "opt-clots-large"),
                ]),
            },
        ],
    },
    Group {
        id: "group-pain",
        legend: "group-pain",
        hint: None,
        fields: &[
            Field {
                name: "pain",
                label: "q-pain",
                hint: "hint-pain",
                kind: Kind::Pain,
            },
            yes("pain_one_sided", "q-pain_one_sided", "hint-pain_one_sided"),
            yes(
                "shoulder_tip_pain",
                "q-shoulder_tip_pain",
                "hint-shoulder_tip_pain",
            ),
            yes(
                "pain_worse_or_constant",
                "q-pain_worse_or_constant",
                "hint-pain_worse_or_constant",
            ),
            yes(
                "bowel_or_rectal_pain",
                "q-bowel_or_rectal_pain",
                "hint-bowel_or_rectal_pain",
            ),
        ],
    },
    Group {
        id: "group-pregnancy",
        legend: "group-pregnancy",
        hint: None,
        fields: &[
            Field {
                name: "situation",
                label: "q-situation",
                hint: "hint-situation",
                kind: Kind::Choice(&[
                    ("pregnant", "opt-situation-pregnant"),
                    (
                        "miscarriage_diagnosed",
                        "opt-situation-miscarriage_diagnosed",
                    ),
                    ("after_loss", "opt-situation-after_loss"),
                ]),
            },
            Field {
                name: "location",
                label: "q-location",
                hint: "hint-location",
                kind: Kind::Choice(&[
                    ("confirmed_in_womb", "opt-location-confirmed_in_womb"),
                    ("not_confirmed", "opt-location-not_confirmed"),
                    ("ectopic", "opt-location-ectopic"),
                ]),
            },
            Field {
                name: "weeks",
                label: "q-weeks",
                hint: "hint-weeks",
                kind: Kind::Weeks,
            },
            Field {
                name: "treatment",
                label: "q-treatment",
                hint: "hint-treatment",
                kind: Kind::Choice(&[
                    ("none", "opt-treatment-none"),
                    ("expectant", "opt-treatment-expectant"),
                    ("medication", "opt-treatment-medication"),
                    ("surgery", "opt-treatment-surgery"),
                ]),
            },
            number(
                "days_since_treatment",
                "q-days_since_treatment",
                "hint-days_since_treatment",
                "2",
            ),
            yes(
                "ectopic_risk_factors",
                "q-ectopic_risk_factors",
                "hint-ectopic_risk_factors",
            ),
        ],
    },
    Group {
        id: "group-temperature",
        legend: "group-temperature",
        hint: None,
        fields: &[
            Field {
                name: "temperature",
                label: "q-temperature",
                hint: "hint-temperature",
                kind: Kind::Temperature,
            },
            yes("feels_feverish", "q-feels_feverish", "hint-feels_feverish"),
            yes("foul_discharge", "q-foul_discharge", "hint-foul_discharge"),
        ],
    },
    Group {
        id: "group-after",
        legend: "group-after",
        hint: Some("group-after-hint"),
        fields: &[
            number(
                "positive_test_weeks_after",
                "q-positive_test_weeks_after",
                "hint-positive_test_weeks_after",
                "3",
            ),
            number(
                "no_period_weeks",
                "q-no_period_weeks",
                "hint-no_period_weeks",
                "6",
            ),
            number(
                "low_mood_weeks",
                "q-low_mood_weeks",
                "hint-low_mood_weeks",
                "2",
            ),
        ],
    },
];

/// The group after which the form offers its first "See what to do" button.
pub const FIRST_ANSWER_AFTER: &str = "group-unwell";

/// Every question, in form order.
pub fn fields() -> impl Iterator<Item = &'static Field> {
    GROUPS.iter().flat_map(|g| g.fields.iter())
}

/// The question named `name`.
pub fn field(name: &str) -> Option<&'static Field> {
    fields().find(|f| f.name == name)
}

/// Every form field name, including the unit radios, in form order.
pub fn names() -> Vec<&'static str> {
    let mut names = vec![];
    for f in fields() {
        names.push(f.name);
        if f.kind == Kind::Temperature {
            names.push(UNIT_FIELD);
        }
    }
    names
}

/// Every message id the table names.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![NOT_SURE];
    for g in GROUPS {
        ids.push(g.legend);
        ids.extend(g.hint);
        for f in g.fields {
            ids.push(f.label);
            if !f.hint.is_empty() {
                ids.push(f.hint);
            }
            if let Kind::Choice(options) = f.kind {
                ids.extend(options.iter().map(|o| o.1));
            }
        }
    }
    ids
}

/// The unit of the temperature field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    C,
    F,
}

impl Unit {
    /// People in the US use °F; everyone else Solace serves uses °C.
    pub fn default_for(region: Region) -> Unit {
        if region == Region::Us {
            Unit::F
        } else {
            Unit::C
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Unit::C => "c",
            Unit::F => "f",
        }
    }

    fn from_word(word: &str) -> Option<Unit> {
        match word {
            "c" | "C" => Some(Unit::C),
            "f" | "F" => Some(Unit::F),
            _ => None,
        }
    }

    /// An example temperature in this unit, for "enter a number, like …".
    pub fn example(self) -> &'static str {
        match self {
            Unit::C => "37.5",
            Unit::F => "99.5",
        }
    }
}

/// The longest answer kept for showing back: enough for any real answer, and a pasted essay
/// does not bloat the page.
const MAX_KEPT: usize = 64;

/// What the person sent for the fields we know, as they typed it (trimmed). Empty values,
/// "Not sure" and unknown fields are left out: a browser form cannot send arbitrary fields, and
/// omitted means "not known".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<&'static str, String>);

impl Answers {
    pub fn from_pairs(pairs: &[(String, String)]) -> Answers {
        let known = names();
        let mut map = BTreeMap::new();
        for (k, v) in pairs {
            let Some(name) = known.iter().find(|n| **n == k.as_str()) else {
                continue;
            };
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let kept: String = v.chars().take(MAX_KEPT).collect();
            map.insert(*name, kept);
        }
        Answers(map)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Every answer given, in field-name order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// The same answers without the named fields.
    #[must_use]
    pub fn without(&self, names: &[&str]) -> Answers {
        let mut map = self.0.clone();
        map.retain(|k, _| !names.contains(k));
        Answers(map)
    }

    /// The temperature unit chosen, the region's when none was; `None` for a word we don't know.
    pub fn unit(&self, region: Region) -> Option<Unit> {
        match self.get(UNIT_FIELD) {
            None => Some(Unit::default_for(region)),
            Some(w) => Unit::from_word(w),
        }
    }
}

/// Why an answer could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bad {
    /// Not a number; the example to show.
    Number { example: &'static str },
    /// Not one of the choice's words.
    Choice,
    /// A checkbox value other than yes/no.
    Tick,
    /// Not a pain score.
    Pain,
    /// Not a temperature unit.
    Unit,
    /// Not weeks, or weeks+days with days outside 0–6.
    Weeks,
}

/// Reads a number as people type it: digits with one `.` (or one `,` as the decimal mark), an
/// optional sign. Not "1e3", "inf" or "NaN", which `f64::from_str` would take.
pub fn read_number(raw: &str) -> Option<f64> {
    let s = raw.trim();
    let s = if !s.contains('.') && s.matches(',').count() == 1 {
        s.replace(',', ".")
    } else {
        s.to_owned()
    };
    let digits = s.strip_prefix(['-', '+']).unwrap_or(&s);
    let ok = digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.matches('.').count() <= 1
        && digits.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a pregnancy length as people write it: whole or decimal weeks ("7", "7.5"), or weeks and
/// days ("7+3", "7 + 3", and "7+" for 7 weeks and some days, read as 7). Days must be 0–6: "7+9"
/// is refused rather than guessed.
pub fn read_weeks(raw: &str) -> Option<f64> {
    let s = raw.trim();
    match s.split_once('+') {
        None => read_number(s),
        Some((w, d)) => {
            let w = w.trim();
            let d = d.trim();
            if w.is_empty() || !w.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let weeks: f64 = w.parse::<u32>().ok()?.into();
            if d.is_empty() {
                return Some(weeks);
            }
            if !d.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let days: u32 = d.parse().ok()?;
            (days <= 6).then(|| weeks + f64::from(days) / 7.0)
        }
    }
}

fn read_yes(raw: &str) -> Result<bool, Bad> {
    match raw.to_ascii_lowercase().as_str() {
        "yes" | "on" | "true" => Ok(true),
        "no" | "off" | "false" => Ok(false),
        _ => Err(Bad::Tick),
    }
}

fn word<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, Bad> {
    let de: StrDeserializer<'_, ValueError> = raw.into_deserializer();
    T::deserialize(de).map_err(|_| Bad::Choice)
}

fn set_yes(input: &mut TriageInput, name: &str, v: bool) {
    let slot = match name {
        "fainted" => &mut input.fainted,
        "dizzy_or_faint" => &mut input.dizzy_or_faint,
        "pale_clammy" => &mut input.pale_clammy,
        "racing_heart" => &mut input.racing_heart,
        "thoughts_of_harm" => &mut input.thoughts_of_harm,
        "ectopic_risk_factors" => &mut input.ectopic_risk_factors,
        "pain_one_sided" => &mut input.pain_one_sided,
        "shoulder_tip_pain" => &mut input.shoulder_tip_pain,
        "pain_worse_or_constant" => &mut input.pain_worse_or_constant,
        "bowel_or_rectal_pain" => &mut input.bowel_or_rectal_pain,
        "feels_feverish" => &mut input.feels_feverish,
        "foul_discharge" => &mut input.foul_discharge,
        "confused_or_drowsy" => &mut input.confused_or_drowsy,
        "breathless" => &mut input.breathless,
        "mottled_or_blue_skin" => &mut input.mottled_or_blue_skin,
        "no_urine_18h" => &mut input.no_urine_18h,
        "vomiting" => &mut input.vomiting,
        // The table and this list are checked against each other by a test.
        _ => return,
    };
    *slot = Some(v);
}

fn set_number(input: &mut TriageInput, name: &str, v: f64) {
    let slot = match name {
        "weeks" => &mut input.weeks,
        "days_since_treatment" => &mut input.days_since_treatment,
        "pads_soaked_per_hour" => &mut input.pads_soaked_per_hour,
        "heavy_hours" => &mut input.heavy_hours,
        "bleeding_days" => &mut input.bleeding_days,
        "positive_test_weeks_after" => &mut input.positive_test_weeks_after,
        "no_period_weeks" => &mut input.no_period_weeks,
        "low_mood_weeks" => &mut input.low_mood_weeks,
        "pain" => &mut input.pain,
        _ => return,
    };
    *slot = Some(v);
}

fn set_word(input: &mut TriageInput, name: &str, raw: &str) -> Result<(), Bad> {
    match name {
        "situation" => input.situation = Some(word(raw)?),
        "location" => input.location = Some(word(raw)?),
        "treatment" => input.treatment = Some(word(raw)?),
        "bleeding" => input.bleeding = Some(word(raw)?),
        "clots" => input.clots = Some(word(raw)?),
        _ => return Err(Bad::Choice),
    }
    Ok(())
}

/// Reads the answers into the contract's input. Fields that cannot be read are left out of the
/// input and listed with why; the clinical validation (ranges) runs afterwards on the rest.
pub fn parse(answers: &Answers, region: Region) -> (TriageInput, Vec<(&'static str, Bad)>) {
    let mut input = TriageInput::default();
    let mut bad = vec![];
    let unit = answers.unit(region);
    for field in fields() {
        let Some(raw) = answers.get(field.name) else {
            continue;
        };
        let read = match field.kind {
            Kind::Yes => read_yes(raw).map(|v| set_yes(&mut input, field.name, v)),
            Kind::Choice(options) => {
                if options.iter().any(|(w, _)| *w == raw) {
                    set_word(&mut input, field.name, raw)
                } else {
                    Err(Bad::Choice)
                }
            }
            Kind::Number { example } => read_number(raw)
                .map(|v| set_number(&mut input, field.name, v))
                .ok_or(Bad::Number { example }),
            Kind::Weeks => read_weeks(raw)
                .map(|v| set_number(&mut input, field.name, v))
                .ok_or(Bad::Weeks),
            Kind::Pain => read_number(raw)
                .map(|v| set_number(&mut input, field.name, v))
                .ok_or(Bad::Pain),
            Kind::Temperature => {
                let example = unit.unwrap_or(Unit::C).example();
                match (read_number(raw), unit) {
                    (Some(v), Some(Unit::C)) => {
                        input.temperature_c = Some(v);
                        Ok(())
                    }
                    (Some(v), Some(Unit::F)) => {
                        input.temperature_f = Some(v);
                        Ok(())
                    }
                    // A number with an unknown unit: the unit radios carry the error.
                    (Some(_), None) => Ok(()),
                    (None, _) => Err(Bad::Number { example }),
                }
            }
        };
        if let Err(b) = read {
            bad.push((field.name, b));
        }
        if field.kind == Kind::Temperature && unit.is_none() {
            bad.push((UNIT_FIELD, Bad::Unit));
        }
    }
    (input, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Answers::from_pairs(&owned)
    }

    #[test]
    fn every_question_fills_its_input_field() {
        for f in fields() {
            let sample = match f.kind {
                Kind::Yes => "yes",
                Kind::Choice(options) => options[0].0,
                Kind::Number { .. } | Kind::Pain | Kind::Weeks => "1",
                Kind::Temperature => "37",
            };
            let (input, bad) = parse(&answers(&[(f.name, sample)]), Region::Uk);
            assert!(bad.is_empty(), "{}: {bad:?}", f.name);
            assert_ne!(input, TriageInput::default(), "{} sets nothing", f.name);
        }
    }

    #[test]
    fn every_choice_word_is_a_contract_word() {
        for f in fields() {
            if let Kind::Choice(options) = f.kind {
                for (w, _) in options {
                    let (_, bad) = parse(&answers(&[(f.name, w)]), Region::Uk);
                    assert!(bad.is_empty(), "{}={w}", f.name);
                }
            }
        }
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(read_number("7"), Some(7.0));
        assert_eq!(read_number(" 37.5 "), Some(37.5));
        assert_eq!(read_number("37,5"), Some(37.5));
        assert_eq!(read_number("-2"), Some(-2.0));
        for bad in [
            "", "abc", "inf", "NaN", "1e3", "7 weeks", "1.2.3", "1,000.5", ".", "-",
        ] {
            assert_eq!(read_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn weeks_are_read_as_weeks_and_days() {
        let close = |raw: &str, want: f64| {
            let got = read_weeks(raw).unwrap_or_else(|| panic!("{raw} refused"));
            assert!((got - want).abs() < 1e-9, "{raw}: {got} != {want}");
        };
        close("7", 7.0);
        close("7.5", 7.5);
        close("7+3", 7.0 + 3.0 / 7.0);
        close("7 + 3", 7.0 + 3.0 / 7.0);
        close("7+", 7.0);
        close("12+0", 12.0);
        close("5+6", 5.0 + 6.0 / 7.0);
        for bad in [
            "7+9", "7+7", "+3", "7+3+1", "seven", "7+x", "7.5+2", "-1+2", "",
        ] {
            assert_eq!(read_weeks(bad), None, "{bad}");
        }
        let (input, bad) = parse(&answers(&[("weeks", "11+6")]), Region::Uk);
        assert!(bad.is_empty());
        assert!(
            input.weeks.is_some_and(|w| w < 12.0),
            "11+6 is before 12 weeks"
        );
        let (_, bad) = parse(&answers(&[("weeks", "7+9")]), Region::Uk);
        assert_eq!(bad, [("weeks", Bad::Weeks)]);
    }

    #[test]
    fn the_new_unwell_group_sets_the_five_new_inputs() {
        let (input, bad) = parse(
            &answers(&[
                ("confused_or_drowsy", "yes"),
                ("breathless", "yes"),
                ("mottled_or_blue_skin", "yes"),
                ("no_urine_18h", "yes"),
                ("vomiting", "yes"),
            ]),
            Region::Uk,
        );
        assert!(bad.is_empty());
        assert_eq!(input.confused_or_drowsy, Some(true));
        assert_eq!(input.breathless, Some(true));
        assert_eq!(input.mottled_or_blue_skin, Some(true));
        assert_eq!(input.no_urine_18h, Some(true));
        assert_eq!(input.vomiting, Some(true));
        let (_, bad) = parse(&answers(&[("breathless", "a bit")]), Region::Uk);
        assert_eq!(bad, [("breathless", Bad::Tick)], "true/false only");
    }

    #[test]
    fn the_most_urgent_questions_come_first() {
        let order: Vec<&str> = GROUPS.iter().map(|g| g.id).collect();
        assert_eq!(
            &order[..4],
            ["group-now", "group-unwell", "group-bleeding", "group-pain"]
        );
        assert!(GROUPS.iter().any(|g| g.id == FIRST_ANSWER_AFTER));
    }

    #[test]
    fn unknown_words_and_fields() {
        let (input, bad) = parse(
            &answers(&[
                ("bleeding", "loads"),
                ("nonsense", "1"),
                ("fainted", "maybe"),
            ]),
            Region::Uk,
        );
        assert_eq!(input, TriageInput::default());
        assert_eq!(bad, [("fainted", Bad::Tick), ("bleeding", Bad::Choice)]);
    }

    #[test]
    fn temperature_follows_the_unit() {
        let (input, _) = parse(&answers(&[("temperature", "100.4")]), Region::Us);
        assert_eq!(input.temperature_f, Some(100.4));
        let (input, _) = parse(&answers(&[("temperature", "38")]), Region::Uk);
        assert_eq!(input.temperature_c, Some(38.0));
        let (input, _) = parse(
            &answers(&[("temperature", "38"), (UNIT_FIELD, "f")]),
            Region::Uk,
        );
        assert_eq!(input.temperature_f, Some(38.0));
        let (_, bad) = parse(
            &answers(&[("temperature", "38"), (UNIT_FIELD, "k")]),
            Region::Uk,
        );
        assert_eq!(bad, [(UNIT_FIELD, Bad::Unit)]);
    }
}
