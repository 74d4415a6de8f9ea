//! Rates of change between two results, and the guideline curves they are read against
//! (Barnhart's and Seeber's slowest rise, Barnhart's smallest expected fall after a loss).

use std::cmp::Ordering;

use super::{
    BARNHART_DECLINE_DAY_2, BARNHART_DECLINE_DAY_7, BARNHART_MIN_RISE_1_DAY,
    BARNHART_MIN_RISE_2_DAYS, PAIR_MAX_HOURS, PAIR_MIN_HOURS, Pair, REL_EPS,
    SEEBER_MIN_RISE_2_DAYS, Sample,
};

/// ln(later / earlier), computed so that a tiny change keeps its sign.
fn ln_ratio(earlier: f64, later: f64) -> f64 {
    ((later - earlier) / earlier).ln_1p()
}

pub(super) fn make_pair(from_index: usize, to_index: usize, a: &Sample, b: &Sample) -> Pair {
    let hours = b.hours_from_first - a.hours_from_first;
    let percent_change = (b.iu - a.iu) * 100.0 / a.iu;
    let ln_r = ln_ratio(a.iu, b.iu);
    // Exponential normalisation: the same rate of change held for 48 h. exp_m1 keeps the sign of
    // tiny changes; a rise too steep to represent saturates rather than becoming infinite.
    let per_48 = (ln_r * 48.0 / hours).exp_m1() * 100.0;
    let percent_per_48h = if per_48.is_finite() { per_48 } else { f64::MAX };
    let (doubling_hours, half_life_hours) = match ln_r.partial_cmp(&0.0) {
        Some(Ordering::Greater) => (Some(hours * std::f64::consts::LN_2 / ln_r), None),
        Some(Ordering::Less) => (None, Some(hours * std::f64::consts::LN_2 / -ln_r)),
        _ => (None, None),
    };
    Pair {
        from_index,
        to_index,
        hours,
        percent_change,
        percent_per_48h,
        is_48h_pair: (PAIR_MIN_HOURS..=PAIR_MAX_HOURS).contains(&hours),
        doubling_hours,
        half_life_hours,
    }
}

/// `ratio > bound`, treating values within a relative 1e-9 of the bound as equal to it.
pub(super) fn above(ratio: f64, bound: f64) -> bool {
    ratio > bound * (1.0 + REL_EPS)
}

/// `ratio < bound`, treating values within a relative 1e-9 of the bound as equal to it.
pub(super) fn below(ratio: f64, bound: f64) -> bool {
    ratio < bound * (1.0 - REL_EPS)
}

/// Barnhart's slowest normal rise for a pair `hours` apart, as a ratio later / earlier.
///
/// The paper gives two anchors: 24 % in 1 day and 53 % in 2 days. They are joined log-linearly
/// (constant rate of rise between anchors, from 0 h to 24 h and from 24 h to 48 h); beyond 48 h the
/// 2-day figure is carried on at its own rate (1.53^(h/48)). This is continuous, and for short
/// pairs it is stricter than normalising everything to the 2-day figure (1.24 in 1 day is more
/// than 1.53^(1/2) = 1.237): a cautious reading for the shortest gaps.
#[must_use]
pub fn barnhart_min_ratio(hours: f64) -> f64 {
    let l1 = BARNHART_MIN_RISE_1_DAY.ln();
    let l2 = BARNHART_MIN_RISE_2_DAYS.ln();
    let ln = if hours <= 24.0 {
        l1 * hours / 24.0
    } else if hours <= 48.0 {
        l1 + (l2 - l1) * (hours - 24.0) / 24.0
    } else {
        l2 * hours / 48.0
    };
    ln.exp()
}

/// Seeber's 35 % in 2 days, normalised exponentially to `hours`.
#[must_use]
pub fn seeber_min_ratio(hours: f64) -> f64 {
    (SEEBER_MIN_RISE_2_DAYS.ln() * hours / 48.0).exp()
}

/// The smallest fall from the first value expected `days` after it, after a loss (0 to 1).
///
/// Barnhart 2004 gives the minimum fall at day 2 (21 %) and day 7 (60 %). Between the anchors we
/// interpolate log-linearly (a constant rate of fall, as hCG clearance is exponential). That is the
/// conservative choice: at every point it expects a larger fall than straight-line interpolation of
/// the percentages (day 1: 11.1 % vs 10.5 %; day 4.5: 43.8 % vs 40.5 %), so a slow fall is flagged
/// sooner. We use the lower ends of Barnhart's ranges (21–35 %, 60–84 %): the higher ends apply to
/// higher starting values, which CLINICAL.md does not map. Beyond day 7 the paper gives no figure,
/// so the day-7 minimum (60 %) is held rather than extrapolated; from then on any rise or plateau
/// still reads as slower than expected, and the NICE 3-week urine test is the safety net.
#[must_use]
pub fn expected_min_fall(days: f64) -> f64 {
    if days <= 0.0 {
        return 0.0;
    }
    let r2 = 1.0 - BARNHART_DECLINE_DAY_2;
    let r7 = 1.0 - BARNHART_DECLINE_DAY_7;
    let remaining = if days <= 2.0 {
        r2.powf(days / 2.0)
    } else if days <= 7.0 {
        r2 * (r7 / r2).powf((days - 2.0) / 5.0)
    } else {
        r7
    };
    1.0 - remaining
}
