//! Once a scan has shown where the pregnancy is: in the womb (no hCG band) or ectopic (the
//! 15 % fall NICE looks for at each test).

use std::cmp::Ordering;

use super::rates::above;
use super::readings::{ECTOPIC_MET, ECTOPIC_NOT_MET, IN_WOMB_FOLLOWED_BY_SCAN, NICE};
use super::text::{dec, fmt_iu, fmt_percent, iu};
use super::{
    ECTOPIC_MIN_FALL, ECTOPIC_WEEKLY_UNTIL_IU_PER_L, ExpectedNext, PairRef, Reading, RuleSet,
    Sample,
};
use crate::words::{Arg, Words};

pub(super) fn read_in_womb(readings: &mut Vec<Reading>) {
    readings.push(Reading::new(
        &IN_WOMB_FOLLOWED_BY_SCAN,
        (
            "A scan has shown the pregnancy in the womb. From here, hCG numbers alone are not how \
             the pregnancy is followed: a scan is. So no hCG band is applied to these results."
                .to_string(),
            Words::id("hcgr-in-womb"),
        ),
        (
            "If you have bleeding or pain, or you are worried, contact your early pregnancy unit \
             (EPU) or your doctor. They may offer a scan."
                .to_string(),
            Words::id("hcgr-in-womb-next"),
        ),
        None,
    ));
}

fn fall_text(a: &Sample, b: &Sample) -> (String, Words) {
    let pct = (b.iu - a.iu) * 100.0 / a.iu;
    let between = |id: &'static str, p: f64| {
        Words::id(id)
            .arg("pct", dec(p))
            .arg("from", iu(a.iu))
            .arg("to", iu(b.iu))
    };
    match pct.partial_cmp(&0.0) {
        Some(Ordering::Less) => (
            format!(
                "fell by {}% (from {} to {} IU/L)",
                fmt_percent(-pct),
                fmt_iu(a.iu),
                fmt_iu(b.iu)
            ),
            between("hcgr-fell-by", -pct),
        ),
        Some(Ordering::Greater) => (
            format!(
                "went up by {}% (from {} to {} IU/L)",
                fmt_percent(pct),
                fmt_iu(a.iu),
                fmt_iu(b.iu)
            ),
            between("hcgr-rose-by", pct),
        ),
        _ => (
            format!("stayed at {} IU/L", fmt_iu(a.iu)),
            Words::id("hcgr-stayed-at").arg("iu", iu(a.iu)),
        ),
    }
}

fn falls_enough(a: &Sample, b: &Sample) -> bool {
    !above(b.iu / a.iu, 1.0 - ECTOPIC_MIN_FALL)
}

pub(super) fn read_ectopic_expectant(
    samples: &[Sample],
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let Some(last) = samples.last() else { return };
    let failed = samples
        .iter()
        .zip(samples.iter().skip(1))
        .enumerate()
        .find(|(_, (a, b))| !falls_enough(a, b));
    if let Some((i, (a, b))) = failed {
        let (change, change_words) = fall_text(a, b);
        readings.push(Reading::new(
            &ECTOPIC_NOT_MET,
            (
                format!(
                    "Between result {} and result {}, your hCG {change}. When waiting to see if an \
                     ectopic pregnancy settles on its own, NICE looks for a fall of at least 15% \
                     each time.",
                    i + 1,
                    i + 2,
                ),
                Words::id("hcgr-ectopic-not-met")
                    .arg("a", count(i + 1))
                    .arg("b", count(i + 2))
                    .arg("change", Arg::Words(Box::new(change_words))),
            ),
            (
                "Contact your early pregnancy unit (EPU) today. NICE advises that a senior doctor \
                 looks at your care."
                    .to_string(),
                Words::id("hcgr-ectopic-not-met-next"),
            ),
            Some(PairRef {
                from_index: i,
                to_index: i + 1,
            }),
        ));
    } else {
        let below_20 = last.iu < ECTOPIC_WEEKLY_UNTIL_IU_PER_L;
        let mut next = if below_20 {
            "Your latest result is below 20 IU/L. Ask your early pregnancy unit (EPU) whether \
             you need more tests."
                .to_string()
        } else {
            "NICE advises a blood test each week until hCG is below 20 IU/L. Your early \
             pregnancy unit (EPU) will arrange it."
                .to_string()
        };
        let days = samples.len() < 4;
        if days {
            next.push_str(
                " NICE checks on days 2, 4 and 7 after the first test: keep to the test days \
                 your unit gave you.",
            );
        }
        let next_id = match (below_20, days) {
            (true, false) => "hcgr-ectopic-below-20",
            (true, true) => "hcgr-ectopic-below-20-days",
            (false, false) => "hcgr-ectopic-weekly",
            (false, true) => "hcgr-ectopic-weekly-days",
        };
        readings.push(Reading::new(
            &ECTOPIC_MET,
            (
                "Each of your hCG results fell by at least 15% from the one before. This is the \
                 fall NICE looks for when waiting to see if an ectopic pregnancy settles on its \
                 own."
                    .to_string(),
                Words::id("hcgr-ectopic-met"),
            ),
            (next, Words::id(next_id)),
            Some(PairRef {
                from_index: 0,
                to_index: samples.len().saturating_sub(1),
            }),
        ));
    }
    push_ectopic_next(last, expected);
}

pub(super) fn read_ectopic_methotrexate(
    samples: &[Sample],
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let n = samples.len();
    let (Some(a), Some(b)) = (samples.get(n.wrapping_sub(2)), samples.last()) else {
        return;
    };
    let at = Some(PairRef {
        from_index: n - 2,
        to_index: n - 1,
    });
    let early_rise = "A rise from day 1 to day 4 after methotrexate is common.";
    let (change, change_words) = fall_text(a, b);
    let change_arg = || Arg::Words(Box::new(change_words.clone()));
    if falls_enough(a, b) {
        readings.push(Reading::new(
            &ECTOPIC_MET,
            (
                format!(
                    "Between your last two results, your hCG {change}. After methotrexate, NICE \
                     looks for a fall of at least 15% from day 4 to day 7. {early_rise}",
                ),
                Words::id("hcgr-mtx-met").arg("change", change_arg()),
            ),
            (
                "Keep to the follow-up blood tests your early pregnancy unit (EPU) gave you."
                    .to_string(),
                Words::id("hcgr-mtx-met-next"),
            ),
            at,
        ));
    } else {
        let (rise_note, id) = if n == 2 {
            (
                "If these are your day 1 and day 4 results, a rise is common, and the check is \
                 from day 4 to day 7.",
                "hcgr-mtx-not-met-first",
            )
        } else {
            (early_rise, "hcgr-mtx-not-met")
        };
        readings.push(Reading::new(
            &ECTOPIC_NOT_MET,
            (
                format!(
                    "Between your last two results, your hCG {change}. After methotrexate, NICE \
                     looks for a fall of at least 15% from day 4 to day 7. {rise_note}",
                ),
                Words::id(id).arg("change", change_arg()),
            ),
            (
                "Contact your early pregnancy unit (EPU) today so a senior doctor can look at \
                 your results. You may need more treatment."
                    .to_string(),
                Words::id("hcgr-mtx-not-met-next"),
            ),
            at,
        ));
    }
    if n == 2 {
        push_ectopic_next(b, expected);
    }
}

fn push_ectopic_next(last: &Sample, expected: &mut Vec<ExpectedNext>) {
    let at_most = last.iu * (1.0 - ECTOPIC_MIN_FALL);
    expected.push(ExpectedNext {
        rule_set: RuleSet::NiceNg126,
        id: "nice-ectopic-next-fall-15",
        hours_after_last: None,
        at_least_iu_per_l: None,
        at_most_iu_per_l: Some(at_most),
        text: format!(
            "NICE looks for your next result to be {} IU/L or lower (a fall of at least 15%).",
            fmt_iu(at_most)
        ),
        sources: NICE.to_vec(),
        words: Words::id("hcgr-expected-ectopic").arg("iu", iu(at_most)),
    });
}

/// A result's number (1-based) as a count argument.
fn count(n: usize) -> Arg {
    Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
}
