//! After a loss: when hCG may fall below 5 IU/L. Always an estimate, with a range.

use chrono::{NaiveDate, TimeDelta};

use crate::sources::Source;
use crate::words::{Arg, Words};

use super::text::DateStyle;
use super::{NEGATIVE_BELOW_IU_PER_L, PROJECTION_MAX_DAYS_AHEAD, Projection, Sample};

/// Two-sided 97.5 % points of Student's t for 1..=18 degrees of freedom (standard tables), for a
/// 95 % interval on the fitted slope. Not a clinical figure.
const T_975: [f64; 18] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101,
];

const PROJECTION_METHOD: &str = "Least-squares line through ln(hCG) against time. The date is where \
the line crosses 5 IU/L. The range pivots on the line's value at the last result: with 3 or more \
values it uses the slope's 95% interval (Student's t); the latest date always allows the fall to \
slow to half its fitted rate (hCG often falls more slowly near the end), and the range is capped \
between twice and a quarter of the fitted rate. With 2 values the earliest date is the estimate \
itself. No date is before the last result.";

/// Log-linear least-squares projection to below 5 IU/L; `None` when not falling.
///
/// Fit ln(value) = ȳ + b·(t − t̄) (t in days). The estimate is where that line crosses ln 5. For the
/// range, the line pivots on its fitted value at the last result, `ŷ_last` ("from where you are
/// now"), and crosses ln 5 at `t_last + (ln 5 − ŷ_last) / slope`, with:
/// * steepest slope: b − t·SE (n ≥ 3), never steeper than 2b; with 2 values it is b itself;
/// * shallowest slope: b + t·SE, but at least as shallow as b/2 and never shallower than b/4.
///
/// The b/2 floor is a deliberate choice, documented for review: the fall after a loss is fastest
/// at first (Barnhart 2004) and detectable hCG lasted 9–35 days (Steier 1984), so a straight line
/// through early values tends to be too early. Dates are the calendar dates in the last value's
/// own offset, and none is before the last value's date.
pub(super) fn project(samples: &[Sample], fmt: DateStyle) -> Option<Projection> {
    let first = samples.first()?;
    let last = samples.last()?;
    let n = samples.len();
    if n < 2 {
        return None;
    }
    // n ≤ 20 (MAX_VALUES): exact as f64.
    #[allow(clippy::cast_precision_loss)]
    let nf = n as f64;
    let ts: Vec<f64> = samples.iter().map(|s| s.hours_from_first / 24.0).collect();
    let ys: Vec<f64> = samples.iter().map(|s| s.iu.ln()).collect();
    let t_mean = ts.iter().sum::<f64>() / nf;
    let y_mean = ys.iter().sum::<f64>() / nf;
    let sxx: f64 = ts.iter().map(|t| (t - t_mean).powi(2)).sum();
    let sxy: f64 = ts
        .iter()
        .zip(&ys)
        .map(|(t, y)| (t - t_mean) * (y - y_mean))
        .sum();
    if sxx <= 0.0 {
        return None;
    }
    let b = sxy / sxx;
    if !b.is_finite() || b >= 0.0 {
        return None;
    }
    let spread = if n >= 3 {
        let ssr: f64 = ts
            .iter()
            .zip(&ys)
            .map(|(t, y)| (y - y_mean - b * (t - t_mean)).powi(2))
            .sum();
        let se = (ssr / (nf - 2.0) / sxx).sqrt();
        let tq = T_975.get(n - 3).copied().unwrap_or(2.0);
        tq * se
    } else {
        0.0
    };
    let steep = (b - spread).max(2.0 * b);
    let shallow = (b + spread).max(b / 2.0).min(b / 4.0);

    let last_days = last.hours_from_first / 24.0;
    let y_last = y_mean + b * (last_days - t_mean);
    let ln5 = NEGATIVE_BELOW_IU_PER_L.ln();
    let crossing = |slope: f64| last_days + (ln5 - y_last) / slope;
    let (t_est, t_early, t_late) = (crossing(b), crossing(steep), crossing(shallow));
    if !t_est.is_finite() || t_est - last_days > PROJECTION_MAX_DAYS_AHEAD {
        return None;
    }
    let date = |days: f64| -> Option<NaiveDate> {
        let days = days.max(last_days);
        let ms = (days * 86_400_000.0).round();
        if !ms.is_finite() || ms.abs() > 1e15 {
            return None;
        }
        // |ms| ≤ 1e15 and whole: fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        let ms = ms as i64;
        let instant = first
            .at
            .checked_add_signed(TimeDelta::try_milliseconds(ms)?)?;
        Some(instant.with_timezone(last.at.offset()).date_naive())
    };
    let below_5_on = date(t_est)?;
    let earliest = date(t_early)?.min(below_5_on);
    let latest = date(t_late)?.max(below_5_on);
    Some(Projection {
        below_5_on,
        earliest,
        latest,
        method: PROJECTION_METHOD,
        text: format!(
            "This is an estimate, not a promise. If your hCG keeps falling the way it has, it may \
             be below 5 IU/L around {}, most likely between {} and {}. Everyone is different. \
             After a miscarriage, hCG can take from 9 to 35 days to go (Steier 1984).",
            fmt.date(below_5_on),
            fmt.date(earliest),
            fmt.date(latest)
        ),
        sources: vec![Source::Barnhart2004Decline, Source::Steier1984],
        words: Words::id("hcgr-projection")
            .arg("date", Arg::Date(below_5_on))
            .arg("earliest", Arg::Date(earliest))
            .arg("latest", Arg::Date(latest)),
    })
}
