//! Numbers and dates in the English text, and the same values as typed arguments for the
//! Fluent words (`Words`): `solace_i18n::fmt::one_decimal` writes a [`Arg::Decimal1`] exactly as
//! [`fmt_one_decimal`] writes it here (the `solace-app` guard test compares every reading).

use chrono::NaiveDate;

use crate::region::Region;
use crate::words::Arg;

#[derive(Debug, Clone, Copy)]
pub(super) struct DateStyle {
    us: bool,
}

impl DateStyle {
    pub(super) fn for_region(region: Region) -> Self {
        DateStyle {
            us: region.prefers_us_english(),
        }
    }

    pub(super) fn date(self, d: NaiveDate) -> String {
        if self.us {
            d.format("%B %-d, %Y").to_string()
        } else {
            d.format("%-d %B %Y").to_string()
        }
    }
}

/// Thousands grouped with commas: "1234.5" → "1,234.5".
fn group(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + 4);
    let len = int.len();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (len - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// One decimal place, without ".0" only when the value really is whole: 63 → "63", but 63.04 →
/// "63.0", so a value just over a boundary never looks exactly on it. Thousands are grouped.
fn fmt_one_decimal(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        group(&format!("{:.0}", x.round()))
    } else {
        group(&format!("{:.1}", (x * 10.0).round() / 10.0))
    }
}

pub(super) fn fmt_percent(x: f64) -> String {
    fmt_one_decimal(x)
}

pub(super) fn fmt_hours(h: f64) -> String {
    fmt_one_decimal(h)
}

pub(super) fn fmt_days(d: f64) -> String {
    fmt_one_decimal(d)
}

/// Whole numbers with thousands separators from 100 up; one decimal below.
pub(super) fn fmt_iu(x: f64) -> String {
    if x < 100.0 {
        return fmt_one_decimal(x);
    }
    group(&format!("{:.0}", x.round()))
}

/// The argument written as [`fmt_one_decimal`] writes it (percents, hours, days).
pub(super) fn dec(x: f64) -> Arg {
    Arg::Decimal1(x)
}

/// The argument written as [`fmt_iu`] writes it.
pub(super) fn iu(x: f64) -> Arg {
    if x < 100.0 {
        Arg::Decimal1(x)
    } else {
        Arg::Number(x.round(), 0)
    }
}
