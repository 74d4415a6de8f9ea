//! Checks of single fields shared by the kinds of entry: times, text, whole numbers.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use crate::input::{Checker, Problem};

use super::{
    AT_EXPECTED, CLOCK_SKEW_MINUTES, MAX_AGE_DAYS, NOT_FUTURE, NOT_TOO_OLD, NOTE_MAX_CHARS,
    NOTE_TOO_LONG, SHORT_TOO_LONG,
};

/// An RFC 3339 date-time with its offset. With `now`: not more than 5 minutes ahead, and (when
/// `lower_bound`) not more than 731 days before. A missing value is left to the caller.
pub(super) fn check_time(
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
pub(super) fn check_text(
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

pub(super) fn required_whole(
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
