//! Field-named input errors shared by every calculation. A rejected input says which field was wrong
//! and what was expected, so a form can put the message next to the field and a CLI can print it.

use serde::Serialize;
use std::fmt;

use crate::words::{Arg, Words};

/// What was wrong with one field.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// A number outside the plausible range (inclusive bounds).
    OutOfRange {
        min: f64,
        max: f64,
        unit: &'static str,
    },
    /// A number that must be whole (a 0–10 score, say).
    NotWholeNumber { min: f64, max: f64 },
    /// Not a finite number.
    NotANumber,
    /// Two fields that must agree do not (both temperatures given, say).
    Disagrees { with: &'static str },
    /// A list with too few or too many items.
    WrongCount { min: usize, max: usize },
    /// A date-time or date that could not be used, with the reason in plain words.
    /// (Serialised as `detail`: `expected` is `FieldError`'s own key.)
    BadDate {
        #[serde(rename = "detail")]
        expected: &'static str,
    },
    /// Values must be in time order and not repeat a time.
    NotInOrder,
    /// A required field was missing.
    Missing,
    /// Any other rule, in plain words.
    Invalid {
        #[serde(rename = "detail")]
        expected: &'static str,
    },
    /// The text could not be read as the expected shape (from the JSON reader), in plain words.
    Malformed { detail: String },
}

/// One field's error. `field` is the JSON name (with an index for list items, e.g. `values[2].at`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    pub field: String,
    #[serde(flatten)]
    pub problem: Problem,
    /// The same in plain English, for the CLI and API (`expected …`).
    pub expected: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        let expected = problem.to_string();
        Self {
            field: field.into(),
            problem,
            expected,
        }
    }
}

fn trim(x: f64) -> String {
    // 36.0 prints as "36", 0.5 as "0.5": the way a person writes a bound.
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::OutOfRange { min, max, unit } => {
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                };
                write!(
                    f,
                    "expected a number from {} to {}{unit}",
                    trim(*min),
                    trim(*max)
                )
            }
            Problem::NotWholeNumber { min, max } => {
                write!(
                    f,
                    "expected a whole number from {} to {}",
                    trim(*min),
                    trim(*max)
                )
            }
            Problem::NotANumber => f.write_str("expected a number"),
            Problem::Disagrees { with } => write!(f, "expected it to agree with {with}"),
            Problem::WrongCount { min, max } => write!(f, "expected {min} to {max} items"),
            Problem::BadDate { expected } | Problem::Invalid { expected } => f.write_str(expected),
            Problem::NotInOrder => {
                f.write_str("expected times in order, each later than the one before")
            }
            Problem::Missing => f.write_str("expected a value"),
            Problem::Malformed { detail } => f.write_str(detail),
        }
    }
}

/// The plain-words details (`BadDate`, `Invalid`) every calculation uses, each with its message
/// id. A detail not listed here is shown as written (English) in every language.
pub const DETAILS: &[(&str, &str)] = &[
    ("a date like 2026-11-20", "input-date"),
    ("a date", "input-a-date"),
    ("a date that is not in the future", "input-date-not-future"),
    ("a date within the last 44 weeks", "input-date-44-weeks"),
    (
        "a date or size that gives a due date within the calendar",
        "input-date-calendar",
    ),
    (
        "an earlier date: with this cycle length the pregnancy would not have started yet",
        "input-date-too-recent",
    ),
    ("one of lmp, crl_mm or msd_mm", "input-dating-one-of"),
    ("only one of lmp, crl_mm or msd_mm", "input-dating-only-one"),
    (
        "cycle_days only together with lmp",
        "input-dating-cycle-lmp",
    ),
    (
        "today only together with lmp (with a scan, give scan_date)",
        "input-dating-today-lmp",
    ),
    (
        "scan_date only together with crl_mm or msd_mm",
        "input-dating-scan-date",
    ),
    (
        "a date and time with a time zone, like 2026-11-20T09:00:00+00:00",
        "input-date-time",
    ),
    ("a time that is not in the future", "input-time-not-future"),
    (
        "a time that is not in the future (up to 5 minutes ahead is allowed)",
        "input-time-not-future-5",
    ),
    ("a time within the last 2 years", "input-time-2-years"),
    (
        "a time at least 1 hour after the result before it",
        "input-time-1-hour",
    ),
    (
        "a number above 0 and up to 1,000,000 IU/L (1 mIU/mL is the same as 1 IU/L)",
        "input-hcg-value",
    ),
    ("text of at most 2,000 characters", "input-text-2000"),
    ("text of at most 200 characters", "input-text-200"),
    (
        "no value here: this field is not part of this kind of entry",
        "input-not-this-kind",
    ),
    ("only one of celsius or fahrenheit", "input-one-temperature"),
    (
        "\"none\" only when no pad was soaked or used and no clots were passed",
        "input-none-contradicts",
    ),
    (
        "no value here: management goes with the event management_chosen",
        "input-management-only",
    ),
    (
        "no value here: medicine goes with the event medication_taken",
        "input-medicine-only",
    ),
];

/// The message ids [`Problem::words`] uses beside those of [`DETAILS`] and [`UNITS`].
pub const PROBLEM_IDS: &[&str] = &[
    "input-out-of-range",
    "input-out-of-range-unit",
    "input-not-whole",
    "input-not-a-number",
    "input-disagrees",
    "input-wrong-count",
    "input-not-in-order",
    "input-missing",
    "input-as-written",
];

/// A unit a range names, with its message id.
pub const UNITS: &[(&str, &str)] = &[
    ("mm", "input-unit-mm"),
    ("weeks", "input-unit-weeks"),
    ("days", "input-unit-days"),
    ("hours", "input-unit-hours"),
    ("pads", "input-unit-pads"),
    ("°C", "input-unit-celsius"),
    ("°F", "input-unit-fahrenheit"),
    ("IU/L", "input-unit-iu"),
];

fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, id)| *id)
}

/// A bound as [`trim`] writes it: up to 3 decimals, no trailing zeros.
fn bound(x: f64) -> Arg {
    Arg::Number(x, 3)
}

impl Problem {
    /// What was expected, as a message id and arguments: the same words as `Display`, in any
    /// language. Field names and the JSON reader's own words stay as written.
    #[must_use]
    pub fn words(&self) -> Words {
        match self {
            Problem::OutOfRange { min, max, unit } => {
                let id = if unit.is_empty() {
                    "input-out-of-range"
                } else {
                    "input-out-of-range-unit"
                };
                let w = Words::id(id)
                    .arg("min", bound(*min))
                    .arg("max", bound(*max));
                match lookup(UNITS, unit) {
                    _ if unit.is_empty() => w,
                    Some(id) => w.arg("unit", Arg::Words(Box::new(Words::id(id)))),
                    None => w.arg("unit", Arg::Verbatim((*unit).to_owned())),
                }
            }
            Problem::NotWholeNumber { min, max } => Words::id("input-not-whole")
                .arg("min", bound(*min))
                .arg("max", bound(*max)),
            Problem::NotANumber => Words::id("input-not-a-number"),
            Problem::Disagrees { with } => {
                Words::id("input-disagrees").arg("with", Arg::Verbatim((*with).to_owned()))
            }
            Problem::WrongCount { min, max } => Words::id("input-wrong-count")
                .arg("min", Arg::Count(i64::try_from(*min).unwrap_or(i64::MAX)))
                .arg("max", Arg::Count(i64::try_from(*max).unwrap_or(i64::MAX))),
            Problem::BadDate { expected } | Problem::Invalid { expected } => {
                match lookup(DETAILS, expected) {
                    Some(id) => Words::id(id),
                    None => Words::id("input-as-written")
                        .arg("text", Arg::Verbatim((*expected).to_owned())),
                }
            }
            Problem::NotInOrder => Words::id("input-not-in-order"),
            Problem::Missing => Words::id("input-missing"),
            Problem::Malformed { detail } => {
                Words::id("input-as-written").arg("text", Arg::Verbatim(detail.clone()))
            }
        }
    }
}

impl FieldError {
    /// `expected` as a message id and arguments (the field name stays as written).
    #[must_use]
    pub fn words(&self) -> Words {
        self.problem.words()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.expected)
    }
}

/// All the field errors of one input, in field order.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[error("{}", .errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct InvalidInput {
    pub errors: Vec<FieldError>,
}

/// Collects field errors while checking an input, so every problem is reported at once.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.errors.push(FieldError::new(field, problem));
    }

    /// A number within `[min, max]`; `None` passes.
    pub fn range(
        &mut self,
        field: &str,
        value: Option<f64>,
        min: f64,
        max: f64,
        unit: &'static str,
    ) -> Option<f64> {
        let v = value?;
        if !v.is_finite() {
            self.push(field, Problem::NotANumber);
            return None;
        }
        if v < min || v > max {
            self.push(field, Problem::OutOfRange { min, max, unit });
            return None;
        }
        Some(v)
    }

    /// A whole number within `[min, max]`; `None` passes.
    pub fn whole(&mut self, field: &str, value: Option<f64>, min: f64, max: f64) -> Option<u32> {
        let v = value?;
        if !v.is_finite() || v.fract() != 0.0 || v < min || v > max {
            self.push(field, Problem::NotWholeNumber { min, max });
            return None;
        }
        Some(v as u32)
    }

    pub fn finish<T>(self, value: T) -> Result<T, InvalidInput> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(InvalidInput {
                errors: self.errors,
            })
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_bounds() {
        let e = FieldError::new(
            "pain",
            Problem::NotWholeNumber {
                min: 0.0,
                max: 10.0,
            },
        );
        assert_eq!(e.to_string(), "pain: expected a whole number from 0 to 10");
        let e = FieldError::new(
            "temperature_c",
            Problem::OutOfRange {
                min: 30.0,
                max: 45.0,
                unit: "°C",
            },
        );
        assert_eq!(
            e.to_string(),
            "temperature_c: expected a number from 30 to 45 °C"
        );
    }

    #[test]
    fn serialised_errors_have_one_expected_key() {
        let e = FieldError::new("values[0].at", Problem::BadDate { expected: "a date" });
        let json = serde_json::to_string(&e).unwrap_or_default();
        assert_eq!(json.matches("\"expected\"").count(), 1, "{json}");
        assert!(json.contains("\"detail\":\"a date\""), "{json}");
    }

    #[test]
    fn checker_collects_every_error() {
        let mut c = Checker::default();
        assert_eq!(c.whole("pain", Some(4.5), 0.0, 10.0), None);
        assert_eq!(c.range("weeks", Some(50.0), 0.0, 45.0, "weeks"), None);
        assert_eq!(c.range("weeks", Some(f64::NAN), 0.0, 45.0, "weeks"), None);
        assert_eq!(c.whole("pain", Some(10.0), 0.0, 10.0), Some(10));
        let err = c.finish(()).unwrap_err();
        assert_eq!(err.errors.len(), 3);
    }
}
