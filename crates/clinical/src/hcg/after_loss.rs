//! After a loss: the fall read against Barnhart's expected decline, the next checkpoint, and the
//! 5 IU/L note.

use super::projection::project;
use super::rates::expected_min_fall;
use super::readings::{
    BARNHART_DECLINE, BELOW_5, DECLINE_AS_EXPECTED, DECLINE_SLOWER, NICE_URINE_TEST_3_WEEKS,
};
use super::text::{DateStyle, dec, fmt_days, fmt_hours, fmt_iu, fmt_percent, iu};
use super::{
    BARNHART_DECLINE_DAY_2, BARNHART_DECLINE_DAY_7, ExpectedNext, NEGATIVE_BELOW_IU_PER_L, PairRef,
    Projection, REL_EPS, Reading, RuleSet, Sample,
};
use crate::words::{Arg, Words};

/// The Barnhart decline reading. Returns whether the decline was slower than expected (including
/// any value that rose after the one before it).
fn push_decline_reading(samples: &[Sample], fmt: DateStyle, readings: &mut Vec<Reading>) -> bool {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return false;
    };

    // Any rise between neighbours: the latest one is named.
    let rise = samples
        .iter()
        .zip(samples.iter().skip(1))
        .enumerate()
        .rev()
        .find(|(_, (earlier, later))| later.iu > earlier.iu);

    // The value furthest short of the expected fall from the first value.
    let mut worst: Option<(usize, f64, f64)> = None; // (index, fall, expected)
    for (k, sample) in samples.iter().enumerate().skip(1) {
        let fall = 1.0 - sample.iu / first.iu;
        let want = expected_min_fall(sample.hours_from_first / 24.0);
        if fall < want - REL_EPS && worst.is_none_or(|(_, f, w)| want - fall > w - f) {
            worst = Some((k, fall, want));
        }
    }

    let beyond_7 = last.hours_from_first > 7.0 * 24.0;
    let beyond_7_text = if beyond_7 {
        " Barnhart's figures go up to day 7. After that, what matters is that hCG keeps falling."
    } else {
        ""
    };
    let maybe = "A slower fall can mean some pregnancy tissue is still in the womb, or a \
                 pregnancy outside the womb (ectopic). It is not a diagnosis.";
    let contact = (
        "Contact your early pregnancy unit (EPU) or the team caring for you today.".to_string(),
        Words::id("hcgr-decline-slower-next"),
    );

    if let Some((i, (earlier, later))) = rise {
        readings.push(Reading::new(
            &DECLINE_SLOWER,
            (
                format!(
                    "Your hCG went up from {} to {} IU/L between {} and {}. After a pregnancy \
                     loss, hCG is expected to keep falling. {maybe}",
                    fmt_iu(earlier.iu),
                    fmt_iu(later.iu),
                    fmt.date(earlier.at.date_naive()),
                    fmt.date(later.at.date_naive()),
                ),
                Words::id("hcgr-decline-rose")
                    .arg("from", iu(earlier.iu))
                    .arg("to", iu(later.iu))
                    .arg("from_date", Arg::Date(earlier.at.date_naive()))
                    .arg("to_date", Arg::Date(later.at.date_naive())),
            ),
            contact,
            Some(PairRef {
                from_index: i,
                to_index: i + 1,
            }),
        ));
    } else if let Some((k, fall, want)) = worst {
        let hours = samples.get(k).map_or(0.0, |s| s.hours_from_first);
        let (fall_text, fall_words) = describe_fall(hours, fall);
        readings.push(Reading::new(
            &DECLINE_SLOWER,
            (
                format!(
                    "{fall_text} After a pregnancy loss, a fall of at least {}% is expected by \
                     then (Barnhart 2004: at least 21% by day 2 and 60% by day 7).{beyond_7_text} \
                     {maybe}",
                    fmt_percent(want * 100.0),
                ),
                Words::id(if beyond_7 {
                    "hcgr-decline-slower-beyond-7"
                } else {
                    "hcgr-decline-slower"
                })
                .arg("fall", Arg::Words(Box::new(fall_words)))
                .arg("pct", dec(want * 100.0)),
            ),
            contact,
            Some(PairRef {
                from_index: 0,
                to_index: k,
            }),
        ));
    } else {
        let (fall_text, fall_words) =
            describe_fall(last.hours_from_first, 1.0 - last.iu / first.iu);
        readings.push(Reading::new(
            &DECLINE_AS_EXPECTED,
            (
                format!(
                    "{fall_text} This is at least the fall expected after a pregnancy loss \
                     (Barnhart 2004: at least 21% by day 2 and 60% by day 7).{beyond_7_text}",
                ),
                Words::id(if beyond_7 {
                    "hcgr-decline-as-expected-beyond-7"
                } else {
                    "hcgr-decline-as-expected"
                })
                .arg("fall", Arg::Words(Box::new(fall_words))),
            ),
            (
                "Keep to the plan from your care team. Ask them how many more tests you need. \
                 Contact them if bleeding or pain gets worse."
                    .to_string(),
                Words::id("hcgr-decline-as-expected-next"),
            ),
            Some(PairRef {
                from_index: 0,
                to_index: samples.len().saturating_sub(1),
            }),
        ));
    }
    rise.is_some() || worst.is_some()
}

pub(super) fn read_after_loss(
    samples: &[Sample],
    fmt: DateStyle,
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) -> Option<Projection> {
    let first = samples.first()?;
    let last = samples.last()?;
    let slower = push_decline_reading(samples, fmt, readings);

    readings.push(Reading::new(
        &NICE_URINE_TEST_3_WEEKS,
        (
            "NICE advises a urine pregnancy test 3 weeks later. This is if you waited for the \
             pregnancy to pass, or took medicine for it."
                .to_string(),
            Words::id("hcgr-urine-test-3-weeks"),
        ),
        (
            "If that test is still positive, contact your early pregnancy unit (EPU).".to_string(),
            Words::id("hcgr-urine-test-3-weeks-next"),
        ),
        None,
    ));

    // The next checkpoint from Barnhart (day 2 or day 7 after the first value), if still ahead.
    for (day, fall, id) in [
        (2_u8, BARNHART_DECLINE_DAY_2, "barnhart-decline-day-2"),
        (7_u8, BARNHART_DECLINE_DAY_7, "barnhart-decline-day-7"),
    ] {
        let hours_ahead = f64::from(day) * 24.0 - last.hours_from_first;
        if hours_ahead > 0.0 {
            let at_most = first.iu * (1.0 - fall);
            expected.push(ExpectedNext {
                rule_set: RuleSet::Barnhart2004,
                id,
                hours_after_last: Some(hours_ahead),
                at_least_iu_per_l: None,
                at_most_iu_per_l: Some(at_most),
                text: format!(
                    "By day {day} after your first test, hCG is expected to be {} IU/L or lower \
                     (a fall of at least {}%, Barnhart 2004).",
                    fmt_iu(at_most),
                    fmt_percent(fall * 100.0)
                ),
                sources: BARNHART_DECLINE.to_vec(),
                words: Words::id("hcgr-expected-decline")
                    .arg("day", Arg::Count(i64::from(day)))
                    .arg("iu", iu(at_most))
                    .arg("pct", dec(fall * 100.0)),
            });
            break;
        }
    }

    if last.iu < NEGATIVE_BELOW_IU_PER_L {
        readings.push(Reading::new(
            &BELOW_5,
            (
                format!(
                    "Your latest hCG is {} IU/L. Below 5 IU/L is the level counted as a negative \
                     result.",
                    fmt_iu(last.iu)
                ),
                Words::id("hcgr-below-5").arg("iu", iu(last.iu)),
            ),
            (
                "Ask your care team if you need any more tests.".to_string(),
                Words::id("hcgr-below-5-next"),
            ),
            None,
        ));
        return None;
    }
    // No date when the fall is slower than expected (or any value rose): the advice then is to
    // contact the unit, and a far-off date could read as "just wait".
    if slower {
        return None;
    }
    project(samples, fmt)
}

/// "48 hours after your first test, your hCG had fallen by 21%."
fn describe_fall(hours: f64, fall: f64) -> (String, Words) {
    let (elapsed, unit, span) = if hours < 48.0 {
        (format!("{} hours", fmt_hours(hours)), "hours", hours)
    } else {
        (
            format!("{} days", fmt_days(hours / 24.0)),
            "days",
            hours / 24.0,
        )
    };
    if fall > 0.0 {
        (
            format!(
                "{elapsed} after your first test, your hCG had fallen by {}%.",
                fmt_percent(fall * 100.0)
            ),
            Words::id(if unit == "hours" {
                "hcgr-fallen-after-hours"
            } else {
                "hcgr-fallen-after-days"
            })
            .arg("n", dec(span))
            .arg("pct", dec(fall * 100.0)),
        )
    } else {
        (
            format!("{elapsed} after your first test, your hCG had not fallen."),
            Words::id(if unit == "hours" {
                "hcgr-not-fallen-after-hours"
            } else {
                "hcgr-not-fallen-after-days"
            })
            .arg("n", dec(span)),
        )
    }
}
