//! Pregnancy of unknown location: the NICE band on a pair about 48 hours apart, and the US
//! minimal rise (Barnhart 2004, Seeber 2006) on the same pair.

use std::cmp::Ordering;

use chrono::TimeDelta;

use super::rates::{above, barnhart_min_ratio, below, make_pair, seeber_min_ratio};
use super::readings::{
    BARNHART_RISE_AT_LEAST, BARNHART_RISE_BELOW, NEVER_RULES_OUT_ECTOPIC, NICE_FALL_OVER_50,
    NICE_IN_BETWEEN, NICE_NEWEST_NOT_IN_PAIR, NICE_NOT_48H_PAIR, NICE_RISE_OVER_63,
    SEEBER_RISE_AT_LEAST, SEEBER_RISE_BELOW,
};
use super::text::{DateStyle, dec, fmt_hours, fmt_iu, fmt_percent, iu};
use super::{
    BARNHART_MIN_RISE_2_DAYS, ExpectedNext, NICE_EARLIER_SCAN_IU_PER_L, NICE_FALL_RATIO,
    NICE_RISE_RATIO, NICE_URINE_TEST_AFTER_DAYS, PAIR_MAX_HOURS, PAIR_MIN_HOURS, PairRef, Reading,
    ReadingDef, SEEBER_ECTOPIC_NORMAL_CURVE_PERCENT, SEEBER_MIN_RISE_2_DAYS, Sample,
};
use crate::words::{Arg, Words};

/// The pair the NICE band is read on: among all pairs 44–52 h apart (not only neighbours), the one
/// ending latest, then the one closest to 48 h. `None` when no pair is 44–52 h apart.
fn nice_pair(samples: &[Sample]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, f64)> = None;
    for (j, b) in samples.iter().enumerate() {
        for (i, a) in samples.iter().enumerate().take(j) {
            let h = b.hours_from_first - a.hours_from_first;
            if !(PAIR_MIN_HOURS..=PAIR_MAX_HOURS).contains(&h) {
                continue;
            }
            let off = (h - 48.0).abs();
            let better = match best {
                None => true,
                Some((_, bj, boff)) => j > bj || (j == bj && off < boff),
            };
            if better {
                best = Some((i, j, off));
            }
        }
    }
    best.map(|(i, j, _)| (i, j))
}

/// The pair a reading is about, with the words used for it.
struct PairView<'a> {
    at: Option<PairRef>,
    later: &'a Sample,
    ratio: f64,
    hours: f64,
    hours_text: String,
    change: String,
    change_words: Words,
}

pub(super) fn read_unknown_location(
    samples: &[Sample],
    fmt: DateStyle,
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let last = samples.len().saturating_sub(1);
    let (i, j, proper) = match nice_pair(samples) {
        Some((i, j)) => (i, j, true),
        None => (last.saturating_sub(1), last, false),
    };
    let (Some(earlier), Some(later)) = (samples.get(i), samples.get(j)) else {
        return;
    };
    let pair = make_pair(i, j, earlier, later);
    let (change, change_words) = describe_change(pair.percent_change);
    let view = PairView {
        at: Some(PairRef {
            from_index: i,
            to_index: j,
        }),
        later,
        ratio: later.iu / earlier.iu,
        hours: pair.hours,
        hours_text: fmt_hours(pair.hours),
        change,
        change_words,
    };

    push_nice_band(&view, fmt, readings);
    if !proper {
        readings.push(Reading::new(
            &NICE_NOT_48H_PAIR,
            (
                format!(
                    "No two of your results are about 48 hours apart (44 to 52 hours). The last \
                     two were {} hours apart, so the NICE bands may not apply.",
                    view.hours_text
                ),
                Words::id("hcgr-not-48h-pair").arg("hours", dec(view.hours)),
            ),
            (
                "Ask your early pregnancy unit (EPU) how to read these results. They may ask for \
                 another blood test 48 hours after your last one."
                    .to_string(),
                Words::id("hcgr-not-48h-pair-next"),
            ),
            view.at,
        ));
    } else if j != last {
        readings.push(Reading::new(
            &NICE_NEWEST_NOT_IN_PAIR,
            (
                "The NICE band above is read on two results 48 hours apart. Your newest result \
                 is not one of them."
                    .to_string(),
                Words::id("hcgr-newest-not-in-pair"),
            ),
            (
                "Ask your early pregnancy unit (EPU) to look at all your results together."
                    .to_string(),
                Words::id("hcgr-newest-not-in-pair-next"),
            ),
            view.at,
        ));
    }

    // US minimal rise, Barnhart and Seeber, on the same pair.
    let b_min = barnhart_min_ratio(view.hours);
    push_us_rise(
        &view,
        [&BARNHART_RISE_BELOW, &BARNHART_RISE_AT_LEAST],
        b_min,
        &(
            format!(
                "the slowest rise seen in pregnancies growing in the womb: about {}% over {} \
                 hours (Barnhart 2004: 24% in 1 day, 53% in 2 days)",
                fmt_percent((b_min - 1.0) * 100.0),
                view.hours_text
            ),
            Words::id("hcgr-cutoff-barnhart")
                .arg("pct", dec((b_min - 1.0) * 100.0))
                .arg("hours", dec(view.hours)),
        ),
        readings,
    );
    let s_min = seeber_min_ratio(view.hours);
    push_us_rise(
        &view,
        [&SEEBER_RISE_BELOW, &SEEBER_RISE_AT_LEAST],
        s_min,
        &(
            format!(
                "the more careful cut-off of 35% in 2 days: about {}% over {} hours (Seeber 2006)",
                fmt_percent((s_min - 1.0) * 100.0),
                view.hours_text
            ),
            Words::id("hcgr-cutoff-seeber")
                .arg("pct", dec((s_min - 1.0) * 100.0))
                .arg("hours", dec(view.hours)),
        ),
        readings,
    );

    readings.push(Reading::new(
        &NEVER_RULES_OUT_ECTOPIC,
        (
            format!(
                "A fall in hCG, or a rise that looks normal, does not rule out a pregnancy outside \
                 the womb (ectopic). In one study, about {} in 100 ectopic pregnancies had hCG \
                 results that looked normal (Seeber 2006).",
                fmt_percent(SEEBER_ECTOPIC_NORMAL_CURVE_PERCENT)
            ),
            Words::id("hcgr-never-rules-out-ectopic")
                .arg("n", dec(SEEBER_ECTOPIC_NORMAL_CURVE_PERCENT)),
        ),
        (
            "Until a scan shows where the pregnancy is, watch for warning signs. Get help at once \
             for bad pain, pain on one side, pain in the tip of your shoulder, or feeling faint."
                .to_string(),
            Words::id("hcgr-never-rules-out-ectopic-next"),
        ),
        None,
    ));

    if let Some(newest) = samples.last() {
        push_us_expected_next(newest, expected);
    }
}

/// NICE band on the raw change of a ~48 h pair.
fn push_nice_band(view: &PairView<'_>, fmt: DateStyle, readings: &mut Vec<Reading>) {
    let PairView {
        change, hours_text, ..
    } = view;
    let band = |id: &'static str| {
        Words::id(id)
            .arg("change", Arg::Words(Box::new(view.change_words.clone())))
            .arg("hours", dec(view.hours))
    };
    if above(view.ratio, NICE_RISE_RATIO) {
        let mut next =
            "NICE advises a scan within 7 to 14 days to find where the pregnancy is.".to_string();
        let mut next_id = "hcgr-nice-rise-next";
        if view.later.iu >= NICE_EARLIER_SCAN_IU_PER_L {
            next.push_str(
                " Your hCG is 1,500 IU/L or more, so the unit may offer the scan sooner.",
            );
            next_id = "hcgr-nice-rise-next-sooner";
        }
        next.push_str(" Contact your early pregnancy unit (EPU) to book it.");
        readings.push(Reading::new(
            &NICE_RISE_OVER_63,
            (
                format!(
                    "Your hCG {change} in {hours_text} hours. NICE says a rise of more than 63% in \
                     48 hours means a pregnancy growing in the womb is likely. It does not rule \
                     out a pregnancy outside the womb (ectopic)."
                ),
                band("hcgr-nice-rise"),
            ),
            (next, Words::id(next_id)),
            view.at,
        ));
    } else if below(view.ratio, NICE_FALL_RATIO) {
        let test_day = view
            .later
            .at
            .date_naive()
            .checked_add_signed(TimeDelta::days(NICE_URINE_TEST_AFTER_DAYS));
        let (test_text, next_words) = match test_day {
            Some(d) => (
                format!("on {} (14 days after your second blood test)", fmt.date(d)),
                Words::id("hcgr-nice-fall-next").arg("date", Arg::Date(d)),
            ),
            None => (
                "14 days after your second blood test".to_string(),
                Words::id("hcgr-nice-fall-next-undated"),
            ),
        };
        readings.push(Reading::new(
            &NICE_FALL_OVER_50,
            (
                format!(
                    "Your hCG {change} in {hours_text} hours. NICE says a fall of more than half in \
                     48 hours means the pregnancy is unlikely to continue. A blood test alone \
                     cannot confirm this. We know this may be hard to read."
                ),
                band("hcgr-nice-fall"),
            ),
            (
                format!(
                    "NICE advises a urine pregnancy test {test_text}. If it is positive, contact \
                     your early pregnancy unit (EPU). They should see you within 24 hours."
                ),
                next_words,
            ),
            view.at,
        ));
    } else {
        readings.push(Reading::new(
            &NICE_IN_BETWEEN,
            (
                format!(
                    "Your hCG {change} in {hours_text} hours. This is between the two NICE bands: \
                     a rise of more than 63% or a fall of more than 50%."
                ),
                band("hcgr-nice-in-between"),
            ),
            (
                "Contact your early pregnancy unit (EPU) today. NICE advises that they see you \
                 within 24 hours to talk about your results."
                    .to_string(),
                Words::id("hcgr-nice-in-between-next"),
            ),
            view.at,
        ));
    }
}

/// A US minimal-rise reading: `[below, at_least]` definitions, the minimum ratio for the pair's
/// hours, and the cut-off in words.
fn push_us_rise(
    view: &PairView<'_>,
    [below_def, at_least_def]: [&ReadingDef; 2],
    min_ratio: f64,
    (cutoff, cutoff_words): &(String, Words),
    readings: &mut Vec<Reading>,
) {
    let PairView {
        change, hours_text, ..
    } = view;
    let words = |id: &'static str| {
        Words::id(id)
            .arg("change", Arg::Words(Box::new(view.change_words.clone())))
            .arg("hours", dec(view.hours))
            .arg("cutoff", Arg::Words(Box::new(cutoff_words.clone())))
    };
    if below(view.ratio, min_ratio) {
        let (instead, id) = if view.ratio <= 1.0 {
            (" instead of rising", "hcgr-us-rise-below-instead")
        } else {
            ("", "hcgr-us-rise-below")
        };
        readings.push(Reading::new(
            below_def,
            (
                format!(
                    "Your hCG {change} in {hours_text} hours{instead}. That is less than \
                     {cutoff}. This can happen with an early pregnancy loss or a pregnancy \
                     outside the womb (ectopic). It is not a diagnosis."
                ),
                words(id),
            ),
            (
                "Contact your doctor or clinic today to talk about these results. They may \
                 suggest more blood tests or a scan."
                    .to_string(),
                Words::id("hcgr-us-rise-below-next"),
            ),
            view.at,
        ));
    } else {
        readings.push(Reading::new(
            at_least_def,
            (
                format!(
                    "Your hCG {change} in {hours_text} hours. This is at least {cutoff}. It does \
                     not rule out a pregnancy outside the womb (ectopic)."
                ),
                words("hcgr-us-rise-at-least"),
            ),
            (
                "Keep to the plan from your doctor or clinic. A scan is how they find where the \
                 pregnancy is."
                    .to_string(),
                Words::id("hcgr-us-rise-at-least-next"),
            ),
            view.at,
        ));
    }
}

/// The next value, 48 h after the newest, if the pregnancy were growing in the womb (US figures).
fn push_us_expected_next(newest: &Sample, expected: &mut Vec<ExpectedNext>) {
    for (def, ratio, id, name) in [
        (
            &BARNHART_RISE_AT_LEAST,
            BARNHART_MIN_RISE_2_DAYS,
            "barnhart-next-at-least",
            "Barnhart 2004",
        ),
        (
            &SEEBER_RISE_AT_LEAST,
            SEEBER_MIN_RISE_2_DAYS,
            "seeber-next-at-least",
            "Seeber 2006",
        ),
    ] {
        let at_least = newest.iu * ratio;
        expected.push(ExpectedNext {
            rule_set: def.rule_set,
            id,
            hours_after_last: Some(48.0),
            at_least_iu_per_l: Some(at_least),
            at_most_iu_per_l: None,
            text: format!(
                "If the pregnancy is growing in the womb, a result 48 hours after your last one \
                 would usually be at least {} IU/L ({name}). Even then, an ectopic pregnancy is \
                 not ruled out.",
                fmt_iu(at_least)
            ),
            sources: def.sources.to_vec(),
            // The study's name is a citation, the same in every language.
            words: Words::id("hcgr-expected-next-rise")
                .arg("iu", iu(at_least))
                .arg("study", Arg::Verbatim(name.to_owned())),
        });
    }
}

fn describe_change(percent: f64) -> (String, Words) {
    match percent.partial_cmp(&0.0) {
        Some(Ordering::Greater) => (
            format!("went up by {}%", fmt_percent(percent)),
            Words::id("hcgr-change-up").arg("pct", dec(percent)),
        ),
        Some(Ordering::Less) => (
            format!("went down by {}%", fmt_percent(-percent)),
            Words::id("hcgr-change-down").arg("pct", dec(-percent)),
        ),
        _ => ("stayed the same".to_string(), Words::id("hcgr-change-same")),
    }
}
