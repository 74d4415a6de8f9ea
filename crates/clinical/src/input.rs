//! Field-named input errors shared by every calculation. A rejected input says which field was wrong
//! and what was expected, so a form can put the message next to the field and a CLI can print it.

use serde::Serialize;
use std::fmt;

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
