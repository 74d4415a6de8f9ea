//! The guideline curves drawn behind a person's hCG results: where each guideline's line runs for
//! the context, as numbers (hours since the first result, IU/L), with no drawing in it.
//!
//! * Unknown location: the NICE band between the +63 % rise line and the −50 % fall line
//!   ([`NICE_RISE_RATIO`], [`NICE_FALL_RATIO`], `nice-ng126`), and Barnhart's slowest normal rise
//!   ([`barnhart_min_ratio`], `barnhart-2004-rise`).
//! * After a loss: the slowest expected fall ([`expected_min_fall`], `barnhart-2004-decline`), with
//!   the band below it.
//! * Ectopic follow-up: a step 15 % below each result ([`ECTOPIC_MIN_FALL`], `nice-ng126`), with the
//!   band below it; after methotrexate only from the second-to-last result (the day 4 to day 7 check).
//! * In the womb: nothing (hCG alone is not how the pregnancy is followed).
//!
//! Pure and total: no value, a zero or negative `x_max`, or a context without a curve gives an empty
//! answer, never a panic.

use serde::Serialize;

use super::{
    BARNHART_MIN_RISE_2_DAYS, ECTOPIC_MIN_FALL, HcgContext, HcgOutput, NICE_FALL_RATIO,
    NICE_RISE_RATIO, barnhart_min_ratio, expected_min_fall,
};
use crate::sources::Source;

/// Which guideline a line draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuideKind {
    /// NICE: a rise of 63 % in 48 h, carried on at that rate from the first result.
    NiceRise,
    /// NICE: a fall of 50 % in 48 h, carried on at that rate from the first result.
    NiceFall,
    /// Barnhart: the slowest rise seen with a viable pregnancy in the womb (24 % in 1 day, 53 % in
    /// 2 days).
    BarnhartMinRise,
    /// Barnhart: the smallest fall from the first value expected after a loss (21 % by day 2, 60 %
    /// by day 7, held after day 7).
    SlowestExpectedFall,
    /// NICE ectopic follow-up: each result should fall by at least 15 % from the one before.
    EctopicFifteenPercentFall,
}

impl GuideKind {
    /// The CLINICAL.md source id the line's figure comes from (as the constants behind it name it).
    #[must_use]
    pub const fn source(self) -> Source {
        match self {
            GuideKind::NiceRise | GuideKind::NiceFall | GuideKind::EctopicFifteenPercentFall => {
                Source::NiceNg126
            }
            GuideKind::BarnhartMinRise => Source::Barnhart2004Rise,
            GuideKind::SlowestExpectedFall => Source::Barnhart2004Decline,
        }
    }

    /// The signed percent a line is labelled with (+63, −50, +53, −15), worked out from the
    /// clinical constants and rounded to one decimal place; `None` for the slowest expected fall,
    /// whose figure changes along the line (it is labelled in words).
    #[must_use]
    pub fn percent(self) -> Option<f64> {
        let ratio = match self {
            GuideKind::NiceRise => NICE_RISE_RATIO,
            GuideKind::NiceFall => NICE_FALL_RATIO,
            GuideKind::BarnhartMinRise => BARNHART_MIN_RISE_2_DAYS,
            GuideKind::EctopicFifteenPercentFall => 1.0 - ECTOPIC_MIN_FALL,
            GuideKind::SlowestExpectedFall => return None,
        };
        Some(((ratio - 1.0) * 1_000.0).round() / 10.0)
    }
}

/// One guideline line: what it is, its source, its label figure and its points (hours since the
/// first result, IU/L), in drawing order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GuideLine {
    pub kind: GuideKind,
    /// `kind.source()`, kept beside the points for whoever draws or exports them.
    pub source: Source,
    /// `kind.percent()`: the signed percent for the label, where the line has one.
    pub percent: Option<f64>,
    pub points: Vec<(f64, f64)>,
}

impl GuideLine {
    fn new(kind: GuideKind, points: Vec<(f64, f64)>) -> Self {
        GuideLine {
            kind,
            source: kind.source(),
            percent: kind.percent(),
            points,
        }
    }
}

/// Everything drawn for the context: the shaded band (a closed polygon, hours and IU/L) and the
/// lines. Both empty when there is nothing to draw.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GuideCurves {
    pub band: Option<Vec<(f64, f64)>>,
    pub lines: Vec<GuideLine>,
}

/// A point on the log-linear line `v0 · ratio^(h / 48)`.
fn per_48(v0: f64, ratio: f64, h: f64) -> f64 {
    v0 * ratio.powf(h / 48.0)
}

/// The knots `fixed` that lie before `x_max`, then `x_max` itself.
fn knots(fixed: &[f64], x_max: f64) -> Vec<f64> {
    let mut knots: Vec<f64> = fixed.iter().copied().filter(|h| *h < x_max).collect();
    knots.push(x_max);
    knots
}

/// The guideline curves for `out`'s context, drawn from the first result (hours 0) to `x_max`
/// hours; bands that open downwards close at `y_lo` IU/L (the chart's floor).
///
/// The lines: unknown location → [`GuideKind::NiceRise`], [`GuideKind::NiceFall`],
/// [`GuideKind::BarnhartMinRise`] (knots at 0, 24, 48 h and `x_max`); after a loss →
/// [`GuideKind::SlowestExpectedFall`] (knots at 0, 48, 168 h and `x_max`); ectopic follow-up →
/// [`GuideKind::EctopicFifteenPercentFall`] as steps, each from one result to the next (the last
/// to `x_max`); in the womb → none.
#[must_use]
pub fn guide_curves(out: &HcgOutput, x_max: f64, y_lo: f64) -> GuideCurves {
    let vals: Vec<(f64, f64)> = out
        .values
        .iter()
        .map(|v| (v.hours_from_first, v.iu_per_l))
        .collect();
    let Some(&(_, v0)) = vals.first() else {
        return GuideCurves::default();
    };
    match out.context {
        HcgContext::UnknownLocation => {
            let up = vec![(0.0, v0), (x_max, per_48(v0, NICE_RISE_RATIO, x_max))];
            let down = vec![(0.0, v0), (x_max, per_48(v0, NICE_FALL_RATIO, x_max))];
            let mut band = up.clone();
            band.extend(down.iter().rev().copied());
            let barnhart: Vec<(f64, f64)> = knots(&[0.0, 24.0, 48.0], x_max)
                .into_iter()
                .map(|h| (h, v0 * barnhart_min_ratio(h)))
                .collect();
            GuideCurves {
                band: Some(band),
                lines: vec![
                    GuideLine::new(GuideKind::NiceRise, up),
                    GuideLine::new(GuideKind::NiceFall, down),
                    GuideLine::new(GuideKind::BarnhartMinRise, barnhart),
                ],
            }
        }
        HcgContext::AfterLoss => {
            let slowest: Vec<(f64, f64)> = knots(&[0.0, 48.0, 168.0], x_max)
                .into_iter()
                .map(|h| (h, v0 * (1.0 - expected_min_fall(h / 24.0))))
                .collect();
            let mut band = slowest.clone();
            band.extend([(x_max, y_lo), (0.0, y_lo)]);
            GuideCurves {
                band: Some(band),
                lines: vec![GuideLine::new(GuideKind::SlowestExpectedFall, slowest)],
            }
        }
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => {
            // After methotrexate NICE checks the fall from day 4 to day 7: the last two results.
            let first_step = if out.context == HcgContext::EctopicMethotrexate {
                vals.len().saturating_sub(2)
            } else {
                0
            };
            let target = 1.0 - ECTOPIC_MIN_FALL;
            let mut steps = vec![];
            for (k, &(h, v)) in vals.iter().enumerate().skip(first_step) {
                let end = vals.get(k + 1).map_or(x_max, |p| p.0);
                if end > h {
                    steps.push((h, v * target));
                    steps.push((end, v * target));
                }
            }
            let Some(&(start, _)) = steps.first() else {
                return GuideCurves::default();
            };
            let mut band = steps.clone();
            band.extend([(x_max, y_lo), (start, y_lo)]);
            GuideCurves {
                band: Some(band),
                lines: vec![GuideLine::new(GuideKind::EctopicFifteenPercentFall, steps)],
            }
        }
        HcgContext::ConfirmedInWomb => GuideCurves::default(),
    }
}

#[cfg(test)]
mod tests;
