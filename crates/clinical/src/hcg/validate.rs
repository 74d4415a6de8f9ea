//! Checking the input: every problem comes back named by its field.

use chrono::{DateTime, FixedOffset, Utc};

use crate::input::{Checker, InvalidInput, Problem};

use super::{
    AT_EXPECTED, CLOCK_SKEW_MINUTES, GAP_EXPECTED, HcgContext, HcgInput, HcgValueInput,
    MAX_IU_PER_L, MAX_VALUES, MIN_GAP_HOURS, MIN_VALUES, PAST_EXPECTED, REL_EPS, Sample,
    VALUE_EXPECTED,
};

pub(super) fn validate(
    input: &HcgInput,
    now: DateTime<Utc>,
) -> Result<(HcgContext, Vec<Sample>), InvalidInput> {
    let mut c = Checker::default();
    if input.context.is_none() {
        c.push("context", Problem::Missing);
    }
    let n = input.values.len();
    if !(MIN_VALUES..=MAX_VALUES).contains(&n) {
        c.push(
            "values",
            Problem::WrongCount {
                min: MIN_VALUES,
                max: MAX_VALUES,
            },
        );
    }

    let mut checked: Vec<(DateTime<FixedOffset>, f64)> = Vec::with_capacity(n);
    let mut previous: Option<DateTime<FixedOffset>> = None;
    for (i, v) in input.values.iter().enumerate() {
        let at = check_at(&mut c, i, v.at.as_deref(), now);
        if let Some(t) = at {
            if let Some(p) = previous {
                if t <= p {
                    c.push(format!("values[{i}].at"), Problem::NotInOrder);
                } else if hours_between(p, t) < MIN_GAP_HOURS {
                    c.push(
                        format!("values[{i}].at"),
                        Problem::Invalid {
                            expected: GAP_EXPECTED,
                        },
                    );
                }
            }
            previous = Some(t);
        }
        let value = check_value(&mut c, i, v);
        if let (Some(t), Some(x)) = (at, value) {
            checked.push((t, x));
        }
    }

    let context = input.context.unwrap_or(HcgContext::UnknownLocation);
    let samples = match checked.first() {
        Some(&(t0, _)) => checked
            .iter()
            .map(|&(at, iu)| Sample {
                at,
                iu,
                hours_from_first: hours_between(t0, at),
            })
            .collect(),
        None => Vec::new(),
    };
    c.finish((context, samples))
}

fn check_at(
    c: &mut Checker,
    i: usize,
    at: Option<&str>,
    now: DateTime<Utc>,
) -> Option<DateTime<FixedOffset>> {
    let field = format!("values[{i}].at");
    let Some(text) = at else {
        c.push(field, Problem::Missing);
        return None;
    };
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
    // A few minutes of grace: a phone's clock and the server's rarely agree to the second.
    if t.with_timezone(&Utc) > now + chrono::TimeDelta::minutes(CLOCK_SKEW_MINUTES) {
        c.push(
            field,
            Problem::BadDate {
                expected: PAST_EXPECTED,
            },
        );
        return None;
    }
    Some(t)
}

fn check_value(c: &mut Checker, index: usize, v: &HcgValueInput) -> Option<f64> {
    let (field, value) = match (v.iu_per_l, v.miu_per_ml) {
        (None, None) => {
            c.push(format!("values[{index}].iu_per_l"), Problem::Missing);
            return None;
        }
        (Some(iu), Some(miu)) => {
            if !same_number(iu, miu) {
                c.push(
                    format!("values[{index}].miu_per_ml"),
                    Problem::Disagrees { with: "iu_per_l" },
                );
                return None;
            }
            (format!("values[{index}].iu_per_l"), iu)
        }
        (Some(iu), None) => (format!("values[{index}].iu_per_l"), iu),
        (None, Some(miu)) => (format!("values[{index}].miu_per_ml"), miu),
    };
    if !value.is_finite() {
        c.push(field, Problem::NotANumber);
        return None;
    }
    if value <= 0.0 || value > MAX_IU_PER_L {
        c.push(
            field,
            Problem::Invalid {
                expected: VALUE_EXPECTED,
            },
        );
        return None;
    }
    Some(value)
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= REL_EPS * a.abs().max(b.abs()).max(1.0)
}

fn hours_between(a: DateTime<FixedOffset>, b: DateTime<FixedOffset>) -> f64 {
    // Real instants: the offsets are applied, so a clock change (+01:00 → +00:00) counts right.
    // Milliseconds between dates a few years apart are far below 2^52, so the cast is exact.
    #[allow(clippy::cast_precision_loss)]
    let ms = (b - a).num_milliseconds() as f64;
    ms / 3_600_000.0
}
