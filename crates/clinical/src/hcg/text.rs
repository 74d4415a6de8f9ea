//! Numbers and dates in the English text.

use chrono::NaiveDate;

use crate::region::Region;

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

/// One decimal place, without ".0" only when the value really is whole: 63 → "63", but 63.04 →
/// "63.0", so a value just over a boundary never looks exactly on it.
fn fmt_one_decimal(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{:.0}", x.round())
    } else {
        format!("{:.1}", (x * 10.0).round() / 10.0)
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
    let whole = format!("{:.0}", x.round());
    let mut out = String::new();
    let len = whole.len();
    for (k, ch) in whole.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
