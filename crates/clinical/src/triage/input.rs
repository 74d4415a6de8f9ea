//! The triage question set (DESIGN.md "Triage input") and its validation into [`Facts`].
//! Every field is optional: omitted means "not known / not present".

use crate::input::{Checker, InvalidInput, Problem};
use crate::region::Region;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Pregnancy ongoing as far as the person knows.
    Pregnant,
    /// A miscarriage has been diagnosed and is happening or being managed.
    MiscarriageDiagnosed,
    /// The miscarriage or treatment is over.
    AfterLoss,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Location {
    ConfirmedInWomb,
    NotConfirmed,
    Ectopic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    None,
    Expectant,
    Medication,
    Surgery,
}

/// How much bleeding, in the person's own judgement. Ordered from none to heavy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bleeding {
    None,
    Spotting,
    Light,
    Moderate,
    Heavy,
}

/// Clot size. Large means bigger than the region's reference coin (a guide, CLINICAL.md §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Clots {
    None,
    Small,
    Large,
}

/// The triage answers exactly as the contract names them. Unknown fields are an error.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[allow(clippy::struct_field_names)]
pub struct TriageInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub situation: Option<Situation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treatment: Option<Treatment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_since_treatment: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bleeding: Option<Bleeding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pads_soaked_per_hour: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heavy_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bleeding_days: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clots: Option<Clots>,
    /// 0–10, whole numbers only. Kept as a number here so that 4.5 gets a field-named error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_one_sided: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shoulder_tip_pain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_worse_or_constant: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_c: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_f: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feels_feverish: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dizzy_or_faint: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fainted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub racing_heart: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pale_clammy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foul_discharge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bowel_or_rectal_pain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive_test_weeks_after: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_period_weeks: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_mood_weeks: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ectopic_risk_factors: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thoughts_of_harm: Option<bool>,
    /// New confusion, slurred speech, very sleepy or hard to wake (a sepsis sign, CLINICAL.md §1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confused_or_drowsy: Option<bool>,
    /// Breathing very fast or struggling to breathe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breathless: Option<bool>,
    /// Blotchy, grey or blue skin, lips or tongue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mottled_or_blue_skin: Option<bool>,
    /// No pee for 18 hours or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_urine_18h: Option<bool>,
    /// Being sick and unable to keep fluids down for 24 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vomiting: Option<bool>,
}

/// Plausible ranges, CLINICAL.md §1 (checked 2026-12): temperature 30–45 °C, pain 0–10 whole,
/// weeks 0–45, pads 0–20, hours 0–72, days 0–365. Weeks-since fields (a positive test, no period,
/// low mood) use 0–52: the days bound of 365 expressed in whole weeks.
pub mod limits {
    pub const TEMP_C: (f64, f64) = (30.0, 45.0);
    /// Two temperatures given must agree within this many °C (CLINICAL.md §1).
    pub const TEMP_AGREE_C: f64 = 0.3;
    pub const PAIN: (f64, f64) = (0.0, 10.0);
    pub const WEEKS: (f64, f64) = (0.0, 45.0);
    pub const PADS: (f64, f64) = (0.0, 20.0);
    pub const HOURS: (f64, f64) = (0.0, 72.0);
    pub const DAYS: (f64, f64) = (0.0, 365.0);
    pub const WEEKS_SINCE: (f64, f64) = (0.0, 52.0);
}

pub fn fahrenheit_to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

/// Validated answers: numbers in range, the temperature in °C, unknown flags as `false`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facts {
    pub region: Region,
    pub situation: Option<Situation>,
    pub location: Option<Location>,
    pub weeks: Option<f64>,
    pub treatment: Option<Treatment>,
    pub days_since_treatment: Option<f64>,
    pub bleeding: Option<Bleeding>,
    pub pads_soaked_per_hour: Option<f64>,
    pub heavy_hours: Option<f64>,
    pub bleeding_days: Option<f64>,
    pub clots: Option<Clots>,
    pub pain: Option<u32>,
    pub pain_one_sided: bool,
    pub shoulder_tip_pain: bool,
    pub pain_worse_or_constant: bool,
    pub temperature_c: Option<f64>,
    pub feels_feverish: bool,
    pub dizzy_or_faint: bool,
    pub fainted: bool,
    pub racing_heart: bool,
    pub pale_clammy: bool,
    pub foul_discharge: bool,
    pub bowel_or_rectal_pain: bool,
    pub positive_test_weeks_after: Option<f64>,
    pub no_period_weeks: Option<f64>,
    pub low_mood_weeks: Option<f64>,
    pub ectopic_risk_factors: bool,
    pub thoughts_of_harm: bool,
    pub confused_or_drowsy: bool,
    pub breathless: bool,
    pub mottled_or_blue_skin: bool,
    pub no_urine_18h: bool,
    pub vomiting: bool,
}

impl TriageInput {
    /// Checks every field and reports every problem at once, each naming its field.
    pub fn validate(&self, default_region: Region) -> Result<Facts, InvalidInput> {
        use limits::{DAYS, HOURS, PADS, PAIN, TEMP_C, WEEKS, WEEKS_SINCE};
        let mut c = Checker::default();
        let weeks = c.range("weeks", self.weeks, WEEKS.0, WEEKS.1, "weeks");
        let days_since_treatment = c.range(
            "days_since_treatment",
            self.days_since_treatment,
            DAYS.0,
            DAYS.1,
            "days",
        );
        let pads = c.range(
            "pads_soaked_per_hour",
            self.pads_soaked_per_hour,
            PADS.0,
            PADS.1,
            "pads",
        );
        let heavy_hours = c.range("heavy_hours", self.heavy_hours, HOURS.0, HOURS.1, "hours");
        let bleeding_days = c.range("bleeding_days", self.bleeding_days, DAYS.0, DAYS.1, "days");
        let pain = c.whole("pain", self.pain, PAIN.0, PAIN.1);
        let temp_c = c.range(
            "temperature_c",
            self.temperature_c,
            TEMP_C.0,
            TEMP_C.1,
            "°C",
        );
        let temp_f_as_c = match self.temperature_f {
            Some(f) if f.is_finite() => {
                let as_c = fahrenheit_to_celsius(f);
                if (TEMP_C.0..=TEMP_C.1).contains(&as_c) {
                    Some(as_c)
                } else {
                    // 30–45 °C is 86–113 °F.
                    c.push(
                        "temperature_f",
                        Problem::OutOfRange {
                            min: 86.0,
                            max: 113.0,
                            unit: "°F",
                        },
                    );
                    None
                }
            }
            Some(_) => {
                c.push("temperature_f", Problem::NotANumber);
                None
            }
            None => None,
        };
        let temperature_c = match (temp_c, temp_f_as_c) {
            (Some(a), Some(b)) if (a - b).abs() > limits::TEMP_AGREE_C => {
                c.push(
                    "temperature_f",
                    Problem::Disagrees {
                        with: "temperature_c (within 0.3 °C)",
                    },
                );
                None
            }
            // When both agree, keep the higher one: escalate when in doubt.
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let positive_test_weeks_after = c.range(
            "positive_test_weeks_after",
            self.positive_test_weeks_after,
            WEEKS_SINCE.0,
            WEEKS_SINCE.1,
            "weeks",
        );
        let no_period_weeks = c.range(
            "no_period_weeks",
            self.no_period_weeks,
            WEEKS_SINCE.0,
            WEEKS_SINCE.1,
            "weeks",
        );
        let low_mood_weeks = c.range(
            "low_mood_weeks",
            self.low_mood_weeks,
            WEEKS_SINCE.0,
            WEEKS_SINCE.1,
            "weeks",
        );
        let yes = |b: Option<bool>| b.unwrap_or(false);
        c.finish(Facts {
            region: self.region.unwrap_or(default_region),
            situation: self.situation,
            location: self.location,
            weeks,
            treatment: self.treatment,
            days_since_treatment,
            bleeding: self.bleeding,
            pads_soaked_per_hour: pads,
            heavy_hours,
            bleeding_days,
            clots: self.clots,
            pain,
            pain_one_sided: yes(self.pain_one_sided),
            shoulder_tip_pain: yes(self.shoulder_tip_pain),
            pain_worse_or_constant: yes(self.pain_worse_or_constant),
            temperature_c,
            feels_feverish: yes(self.feels_feverish),
            dizzy_or_faint: yes(self.dizzy_or_faint),
            fainted: yes(self.fainted),
            racing_heart: yes(self.racing_heart),
            pale_clammy: yes(self.pale_clammy),
            foul_discharge: yes(self.foul_discharge),
            bowel_or_rectal_pain: yes(self.bowel_or_rectal_pain),
            positive_test_weeks_after,
            no_period_weeks,
            low_mood_weeks,
            ectopic_risk_factors: yes(self.ectopic_risk_factors),
            thoughts_of_harm: yes(self.thoughts_of_harm),
            confused_or_drowsy: yes(self.confused_or_drowsy),
            breathless: yes(self.breathless),
            mottled_or_blue_skin: yes(self.mottled_or_blue_skin),
            no_urine_18h: yes(self.no_urine_18h),
            vomiting: yes(self.vomiting),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(input: &TriageInput) -> Vec<String> {
        match input.validate(Region::Uk) {
            Ok(_) => vec![],
            Err(e) => e.errors.into_iter().map(|e| e.field).collect(),
        }
    }

    #[test]
    fn out_of_range_numbers_name_their_field() {
        let input = TriageInput {
            weeks: Some(46.0),
            pads_soaked_per_hour: Some(21.0),
            heavy_hours: Some(-1.0),
            bleeding_days: Some(366.0),
            temperature_c: Some(29.9),
            no_period_weeks: Some(53.0),
            ..TriageInput::default()
        };
        assert_eq!(
            fields(&input),
            [
                "weeks",
                "pads_soaked_per_hour",
                "heavy_hours",
                "bleeding_days",
                "temperature_c",
                "no_period_weeks"
            ]
        );
    }

    #[test]
    fn bounds_are_inclusive() {
        let input = TriageInput {
            weeks: Some(45.0),
            pads_soaked_per_hour: Some(20.0),
            heavy_hours: Some(72.0),
            pain: Some(10.0),
            temperature_c: Some(45.0),
            ..TriageInput::default()
        };
        assert!(fields(&input).is_empty());
    }

    #[test]
    fn pain_must_be_whole() {
        let input = TriageInput {
            pain: Some(4.5),
            ..TriageInput::default()
        };
        let err = input.validate(Region::Uk).unwrap_err();
        assert_eq!(err.errors[0].field, "pain");
        assert_eq!(
            err.errors[0].expected,
            "expected a whole number from 0 to 10"
        );
    }

    #[test]
    fn fahrenheit_converts_and_must_agree_with_celsius() {
        let f = TriageInput {
            temperature_f: Some(100.4),
            ..TriageInput::default()
        };
        let t = f.validate(Region::Uk).unwrap().temperature_c.unwrap();
        assert!((t - 38.0).abs() < 1e-9);

        let agree = TriageInput {
            temperature_c: Some(38.0),
            temperature_f: Some(100.8),
            ..TriageInput::default()
        };
        assert!(
            fields(&agree).is_empty(),
            "100.8 °F is 38.22 °C: within 0.3"
        );

        let disagree = TriageInput {
            temperature_c: Some(37.0),
            temperature_f: Some(100.4),
            ..TriageInput::default()
        };
        assert_eq!(fields(&disagree), ["temperature_f"]);

        let wild = TriageInput {
            temperature_f: Some(38.5),
            ..TriageInput::default()
        };
        assert_eq!(
            fields(&wild),
            ["temperature_f"],
            "38.5 looks like °C typed as °F"
        );
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let err =
            serde_json::from_str::<TriageInput>(r#"{"fainted": true, "bleeding_lots": true}"#)
                .unwrap_err();
        assert!(err.to_string().contains("bleeding_lots"), "{err}");
    }

    #[test]
    fn unknown_words_are_rejected() {
        let err = serde_json::from_str::<TriageInput>(r#"{"bleeding": "loads"}"#).unwrap_err();
        assert!(
            err.to_string().contains("heavy"),
            "lists the words expected: {err}"
        );
    }

    #[test]
    fn region_defaults_to_the_configured_one() {
        let f = TriageInput::default().validate(Region::Au).unwrap();
        assert_eq!(f.region, Region::Au);
        let f = TriageInput {
            region: Some(Region::Us),
            ..TriageInput::default()
        }
        .validate(Region::Au)
        .unwrap();
        assert_eq!(f.region, Region::Us);
    }
}
