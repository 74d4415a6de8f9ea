// Exact float equality is the point of some asserts here (0 % change is exactly 0).
#![allow(clippy::float_cmp)]

use super::text::{fmt_iu, fmt_percent};
use super::*;
use crate::input::FieldError;
use crate::input::Problem;
use chrono::TimeDelta;
use proptest::prelude::*;
use std::collections::BTreeSet;

const BASE: &str = "2026-11-02T09:00:00+00:00";

fn now() -> DateTime<Utc> {
    "2026-12-31T00:00:00Z".parse::<DateTime<Utc>>().unwrap()
}

/// An RFC 3339 time `minutes` after BASE, in UTC.
fn at_min(minutes: i64) -> String {
    let base = DateTime::parse_from_rfc3339(BASE).unwrap();
    (base + TimeDelta::minutes(minutes)).to_rfc3339()
}

#[allow(clippy::cast_possible_truncation)] // test hours are small
fn at_h(hours: f64) -> String {
    at_min((hours * 60.0).round() as i64)
}

fn input(context: HcgContext, values: &[(f64, f64)]) -> HcgInput {
    HcgInput {
        context: Some(context),
        values: values
            .iter()
            .map(|&(h, v)| HcgValueInput {
                at: Some(at_h(h)),
                iu_per_l: Some(v),
                miu_per_ml: None,
            })
            .collect(),
        scan_showed_in_womb: None,
    }
}

fn run(context: HcgContext, values: &[(f64, f64)]) -> HcgOutput {
    interpret(&input(context, values), now(), Region::Uk).unwrap()
}

fn run_in(region: Region, context: HcgContext, values: &[(f64, f64)]) -> HcgOutput {
    interpret(&input(context, values), now(), region).unwrap()
}

fn ids(out: &HcgOutput) -> Vec<(&'static str, &'static str)> {
    out.readings
        .iter()
        .map(|r| (r.rule_set.id(), r.id))
        .collect()
}

fn has(out: &HcgOutput, rule_set: &str, id: &str) -> bool {
    ids(out).iter().any(|&(rs, i)| rs == rule_set && i == id)
}

fn reading<'a>(out: &'a HcgOutput, rule_set: &str, id: &str) -> &'a Reading {
    out.readings
        .iter()
        .find(|r| r.rule_set.id() == rule_set && r.id == id)
        .unwrap_or_else(|| panic!("no {rule_set}/{id} in {:?}", ids(out)))
}

fn nice_band(out: &HcgOutput) -> &'static str {
    let bands = ["nice-rise-over-63", "nice-fall-over-50", "nice-in-between"];
    let found: Vec<_> = out
        .readings
        .iter()
        .filter(|r| bands.contains(&r.id))
        .map(|r| r.id)
        .collect();
    assert_eq!(found.len(), 1, "exactly one NICE band: {found:?}");
    found[0]
}

fn errors(input: &HcgInput) -> Vec<FieldError> {
    interpret(input, now(), Region::Uk).unwrap_err().errors
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

const PUL: HcgContext = HcgContext::UnknownLocation;
const LOSS: HcgContext = HcgContext::AfterLoss;

// ----- NICE bands ---------------------------------------------------------------------------

#[test]
fn nice_rise_over_63_at_1700() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
    assert_eq!(nice_band(&out), "nice-rise-over-63");
    let r = reading(&out, "nice-ng126", "nice-rise-over-63");
    assert!(r.next_step.contains("7 to 14 days"), "{}", r.next_step);
    assert!(
        r.next_step.contains("1,500 IU/L or more"),
        "{}",
        r.next_step
    );
}

#[test]
fn exactly_63_percent_is_in_between() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1630.0)]);
    assert_eq!(nice_band(&out), "nice-in-between");
    assert!(close(out.pairs[0].percent_change, 63.0));
}

#[test]
fn exactly_63_percent_with_decimals_is_in_between() {
    // 10.5 → 17.115 is exactly +63 % in decimal; binary floating point must not tip it over.
    let out = run(PUL, &[(0.0, 10.5), (48.0, 17.115)]);
    assert_eq!(nice_band(&out), "nice-in-between");
    let out = run(PUL, &[(0.0, 3.3), (48.0, 5.379)]);
    assert_eq!(nice_band(&out), "nice-in-between");
}

#[test]
fn just_over_63_percent_is_a_rise() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1631.0)]);
    assert_eq!(nice_band(&out), "nice-rise-over-63");
}

#[test]
fn exactly_minus_50_percent_is_in_between() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 500.0)]);
    assert_eq!(nice_band(&out), "nice-in-between");
    let r = reading(&out, "nice-ng126", "nice-in-between");
    assert!(r.next_step.contains("24 hours"), "{}", r.next_step);
}

#[test]
fn fall_over_50_at_490_names_the_urine_test_date() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 490.0)]);
    assert_eq!(nice_band(&out), "nice-fall-over-50");
    let r = reading(&out, "nice-ng126", "nice-fall-over-50");
    // Second test on 4 November 2026 → urine test on 18 November 2026.
    assert!(r.next_step.contains("18 November 2026"), "{}", r.next_step);
    assert!(r.next_step.contains("24 hours"));
    assert!(!r.text.to_lowercase().contains("confirmed"), "{}", r.text);
}

#[test]
fn rise_over_63_suggests_earlier_scan_from_1500() {
    let out = run(PUL, &[(0.0, 900.0), (48.0, 1500.0)]);
    let r = reading(&out, "nice-ng126", "nice-rise-over-63");
    assert!(
        r.next_step.contains("1,500 IU/L or more"),
        "{}",
        r.next_step
    );
    let out = run(PUL, &[(0.0, 900.0), (48.0, 1499.0)]);
    let r = reading(&out, "nice-ng126", "nice-rise-over-63");
    assert!(
        !r.next_step.contains("1,500 IU/L or more"),
        "{}",
        r.next_step
    );
}

#[test]
fn pair_window_is_44_to_52_hours_inclusive() {
    for (minutes, expect) in [
        (44 * 60 - 1, false),
        (44 * 60, true),
        (48 * 60, true),
        (52 * 60, true),
        (52 * 60 + 1, false),
    ] {
        let inp = HcgInput {
            context: Some(PUL),
            values: vec![
                HcgValueInput {
                    at: Some(at_min(0)),
                    iu_per_l: Some(1000.0),
                    miu_per_ml: None,
                },
                HcgValueInput {
                    at: Some(at_min(minutes)),
                    iu_per_l: Some(1800.0),
                    miu_per_ml: None,
                },
            ],
            scan_showed_in_womb: None,
        };
        let out = interpret(&inp, now(), Region::Uk).unwrap();
        assert_eq!(out.pairs[0].is_48h_pair, expect, "{minutes} min");
        assert_eq!(
            has(&out, "nice-ng126", "nice-not-48h-pair"),
            !expect,
            "{minutes} min"
        );
    }
}

#[test]
fn short_pair_is_still_read_but_flagged() {
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1700.0)]);
    assert_eq!(nice_band(&out), "nice-rise-over-63");
    let c = reading(&out, "nice-ng126", "nice-not-48h-pair");
    assert_eq!(c.kind, ReadingKind::Caution);
    assert!(c.text.contains("24 hours"), "{}", c.text);
}

#[test]
fn nice_reads_a_48h_pair_that_skips_a_value() {
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1300.0), (48.0, 1700.0)]);
    let r = reading(&out, "nice-ng126", "nice-rise-over-63");
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 0,
            to_index: 2
        })
    );
    assert!(!has(&out, "nice-ng126", "nice-not-48h-pair"));
    assert!(!has(&out, "nice-ng126", "nice-newest-result-not-in-pair"));
}

#[test]
fn nice_prefers_the_latest_48h_pair_then_the_closest_to_48() {
    let out = run(
        PUL,
        &[(0.0, 1000.0), (2.0, 1000.0), (48.0, 1200.0), (96.0, 2000.0)],
    );
    let r = reading(&out, "nice-ng126", "nice-rise-over-63");
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 2,
            to_index: 3
        })
    );
    // Two candidates end at index 2: 0→2 (48 h) and 1→2 (46 h). 0→2 is closer to 48 h.
    let out = run(PUL, &[(0.0, 1000.0), (2.0, 1000.0), (48.0, 1200.0)]);
    assert_eq!(
        reading(&out, "nice-ng126", "nice-in-between").pair,
        Some(PairRef {
            from_index: 0,
            to_index: 2
        })
    );
}

#[test]
fn newest_result_outside_the_pair_is_flagged() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1700.0), (60.0, 1100.0)]);
    assert_eq!(nice_band(&out), "nice-rise-over-63");
    assert!(has(&out, "nice-ng126", "nice-newest-result-not-in-pair"));
}

// ----- US minimal rise ----------------------------------------------------------------------

#[test]
fn barnhart_53_percent_in_48h_is_the_boundary() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1530.0)]);
    assert!(has(&out, "barnhart-2004", "rise-at-least-minimal"));
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1529.0)]);
    assert!(has(&out, "barnhart-2004", "rise-below-minimal"));
}

#[test]
fn barnhart_24_percent_in_24h_is_the_boundary() {
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1240.0)]);
    assert!(has(&out, "barnhart-2004", "rise-at-least-minimal"));
    // 23.8 % in a day: 53.3 % when normalised to 48 h, but below Barnhart's 1-day figure.
    // The cautious choice (see `barnhart_min_ratio`) reads it as below.
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1238.0)]);
    assert!(out.pairs[0].percent_per_48h > 53.0);
    assert!(has(&out, "barnhart-2004", "rise-below-minimal"));
}

#[test]
fn barnhart_minimum_is_continuous_and_rising() {
    assert!(close(barnhart_min_ratio(24.0), 1.24));
    assert!(close(barnhart_min_ratio(48.0), 1.53));
    assert!(close(barnhart_min_ratio(96.0), 1.53 * 1.53));
    let mut prev = 1.0;
    for h in 1..=120 {
        let r = barnhart_min_ratio(f64::from(h));
        assert!(r > prev, "{h}");
        prev = r;
    }
    assert!((barnhart_min_ratio(24.0 - 1e-9) - barnhart_min_ratio(24.0 + 1e-9)).abs() < 1e-6);
    assert!((barnhart_min_ratio(48.0 - 1e-9) - barnhart_min_ratio(48.0 + 1e-9)).abs() < 1e-6);
}

#[test]
fn seeber_35_percent_in_48h_is_the_boundary() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1350.0)]);
    assert!(has(&out, "seeber-2006", "rise-at-least-minimal"));
    assert!(
        has(&out, "barnhart-2004", "rise-below-minimal"),
        "35 % is below Barnhart's 53 %"
    );
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1349.0)]);
    assert!(has(&out, "seeber-2006", "rise-below-minimal"));
    // Normalised: 35 % in 2 days is about 16.2 % in 1 day.
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1161.0)]);
    assert!(has(&out, "seeber-2006", "rise-below-minimal"));
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 1162.0)]);
    assert!(has(&out, "seeber-2006", "rise-at-least-minimal"));
}

#[test]
fn a_fall_in_unknown_location_is_below_the_minimal_rise_and_keeps_the_ectopic_note() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 700.0)]);
    assert!(has(&out, "barnhart-2004", "rise-below-minimal"));
    assert!(has(&out, "seeber-2006", "rise-below-minimal"));
    assert!(!has(&out, "barnhart-2004", "rise-at-least-minimal"));
    let note = reading(&out, "seeber-2006", "hcg-never-rules-out-ectopic");
    assert!(note.text.contains("12 in 100"), "{}", note.text);
    assert!(
        reading(&out, "barnhart-2004", "rise-below-minimal")
            .text
            .contains("instead of rising")
    );
}

#[test]
fn ectopic_note_is_always_there_while_location_is_unknown() {
    for v in [100.0, 1000.0, 1500.0, 1700.0, 5000.0] {
        let out = run(PUL, &[(0.0, 1000.0), (48.0, v)]);
        assert!(
            has(&out, "seeber-2006", "hcg-never-rules-out-ectopic"),
            "{v}"
        );
        assert!(has(&out, "general", "symptoms-come-first"), "{v}");
    }
}

#[test]
fn expected_next_value_for_unknown_location() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 2000.0)]);
    let b = out
        .expected_next
        .iter()
        .find(|e| e.id == "barnhart-next-at-least")
        .unwrap();
    assert!(close(b.at_least_iu_per_l.unwrap(), 3060.0));
    assert_eq!(b.hours_after_last, Some(48.0));
    let s = out
        .expected_next
        .iter()
        .find(|e| e.id == "seeber-next-at-least")
        .unwrap();
    assert!(close(s.at_least_iu_per_l.unwrap(), 2700.0));
    assert!(s.text.contains("not ruled out"));
}

// ----- Region ordering ----------------------------------------------------------------------

#[test]
fn region_decides_which_rule_set_comes_first() {
    let vals = [(0.0, 1000.0), (48.0, 1700.0)];
    let uk = run_in(Region::Uk, PUL, &vals);
    let ie = run_in(Region::Ie, PUL, &vals);
    let us = run_in(Region::Us, PUL, &vals);
    assert_eq!(uk.interpretation.as_ref().unwrap().id, "nice-rise-over-63");
    assert_eq!(ie.readings[0].rule_set, RuleSet::NiceNg126);
    assert_eq!(
        us.interpretation.as_ref().unwrap().rule_set,
        RuleSet::Barnhart2004
    );
    assert_eq!(us.readings[0].rule_set, RuleSet::Barnhart2004);
    // Same readings, different order.
    let mut a = ids(&uk);
    let mut b = ids(&us);
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b);
    assert_eq!(uk.readings.last().unwrap().rule_set, RuleSet::General);
}

#[test]
fn us_dates_are_written_month_first() {
    let out = run_in(Region::Us, PUL, &[(0.0, 1000.0), (48.0, 400.0)]);
    let r = reading(&out, "nice-ng126", "nice-fall-over-50");
    assert!(r.next_step.contains("November 18, 2026"), "{}", r.next_step);
}

// ----- Pairs and time -------------------------------------------------------------------------

#[test]
fn pair_arithmetic() {
    let out = run(PUL, &[(0.0, 1000.0), (24.0, 2000.0), (72.0, 1000.0)]);
    let p = &out.pairs[0];
    assert_eq!((p.from_index, p.to_index), (0, 1));
    assert!(close(p.hours, 24.0));
    assert!(close(p.percent_change, 100.0));
    assert!(close(p.percent_per_48h, 300.0));
    assert!(close(p.doubling_hours.unwrap(), 24.0));
    assert_eq!(p.half_life_hours, None);
    let q = &out.pairs[1];
    assert!(close(q.percent_change, -50.0));
    assert!(close(q.percent_per_48h, -50.0));
    assert!(close(q.half_life_hours.unwrap(), 48.0));
    assert_eq!(q.doubling_hours, None);
    assert!(q.is_48h_pair);
}

#[test]
fn equal_values_have_neither_doubling_nor_half_life() {
    let out = run(PUL, &[(0.0, 1000.0), (48.0, 1000.0)]);
    let p = &out.pairs[0];
    assert_eq!(p.percent_change, 0.0);
    assert_eq!(p.percent_per_48h, 0.0);
    assert_eq!((p.doubling_hours, p.half_life_hours), (None, None));
    let json = serde_json::to_value(p).unwrap();
    assert!(json.get("doubling_hours").is_none() && json.get("half_life_hours").is_none());
    assert_eq!(nice_band(&out), "nice-in-between");
    assert!(has(&out, "barnhart-2004", "rise-below-minimal"));
}

#[test]
fn hours_use_real_instants_across_a_clock_change() {
    // UK clocks go back on 25 October 2026: 09:00 BST to 09:00 GMT two days later is 49 hours.
    let inp = HcgInput {
        context: Some(PUL),
        values: vec![
            HcgValueInput {
                at: Some("2026-10-24T09:00:00+01:00".into()),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-10-26T09:00:00+00:00".into()),
                iu_per_l: Some(1700.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert!(close(out.pairs[0].hours, 49.0), "{}", out.pairs[0].hours);
    assert!(out.pairs[0].is_48h_pair);
    // And forward in spring: 09:00 GMT to 09:00 BST two days later is 47 hours.
    let inp = HcgInput {
        context: Some(PUL),
        values: vec![
            HcgValueInput {
                at: Some("2026-03-28T09:00:00+00:00".into()),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-03-30T09:00:00+01:00".into()),
                iu_per_l: Some(1700.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert!(close(out.pairs[0].hours, 47.0), "{}", out.pairs[0].hours);
}

#[test]
fn mixed_offsets_and_z_are_the_same_instant() {
    let inp = HcgInput {
        context: Some(PUL),
        values: vec![
            HcgValueInput {
                at: Some("2026-11-01T23:00:00-05:00".into()),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-11-04T04:00:00Z".into()),
                iu_per_l: Some(1700.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert!(close(out.pairs[0].hours, 48.0));
    assert_eq!(out.values[0].at.offset().local_minus_utc(), -5 * 3600);
}

#[test]
fn miu_per_ml_is_the_same_unit() {
    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
    inp.values[1].iu_per_l = None;
    inp.values[1].miu_per_ml = Some(1700.0);
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert_eq!(out.values[1].iu_per_l, 1700.0);
    assert_eq!(nice_band(&out), "nice-rise-over-63");
    // Both given and equal: fine.
    inp.values[1].iu_per_l = Some(1700.0);
    assert!(interpret(&inp, now(), Region::Uk).is_ok());
}

// ----- Bad input names the field --------------------------------------------------------------

#[test]
fn both_units_given_and_different_is_an_error() {
    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
    inp.values[1].miu_per_ml = Some(1600.0);
    let e = errors(&inp);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "values[1].miu_per_ml");
    assert_eq!(e[0].problem, Problem::Disagrees { with: "iu_per_l" });
}

#[test]
fn zero_negative_huge_and_missing_values_are_refused() {
    for (v, field) in [
        (0.0, "values[1].iu_per_l"),
        (-5.0, "values[1].iu_per_l"),
        (1_000_000.5, "values[1].iu_per_l"),
    ] {
        let e = errors(&input(PUL, &[(0.0, 1000.0), (48.0, v)]));
        assert_eq!(e.len(), 1, "{v}");
        assert_eq!(e[0].field, field);
        assert!(matches!(e[0].problem, Problem::Invalid { .. }), "{v}");
        assert!(e[0].expected.contains("above 0"), "{}", e[0].expected);
    }
    assert!(
        interpret(
            &input(PUL, &[(0.0, 1000.0), (48.0, 1_000_000.0)]),
            now(),
            Region::Uk
        )
        .is_ok()
    );
    assert!(interpret(&input(PUL, &[(0.0, 0.1), (48.0, 0.2)]), now(), Region::Uk).is_ok());

    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1.0)]);
    inp.values[1].iu_per_l = None;
    let e = errors(&inp);
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("values[1].iu_per_l", &Problem::Missing)
    );

    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1.0)]);
    inp.values[0].iu_per_l = Some(f64::NAN);
    let e = errors(&inp);
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("values[0].iu_per_l", &Problem::NotANumber)
    );

    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1.0)]);
    inp.values[0].iu_per_l = None;
    inp.values[0].miu_per_ml = Some(0.0);
    assert_eq!(errors(&inp)[0].field, "values[0].miu_per_ml");
}

#[test]
fn a_time_without_a_zone_is_refused_with_an_example() {
    for bad in [
        "2026-11-20T09:00:00",
        "2026-11-20 09:00",
        "2026-11-20",
        "yesterday",
        "",
    ] {
        let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
        inp.values[1].at = Some(bad.to_string());
        let e = errors(&inp);
        assert_eq!(e.len(), 1, "{bad}");
        assert_eq!(e[0].field, "values[1].at");
        assert_eq!(
            e[0].problem,
            Problem::BadDate {
                expected: "a date and time with a time zone, like 2026-11-20T09:00:00+00:00"
            }
        );
        assert_eq!(
            e[0].to_string(),
            "values[1].at: a date and time with a time zone, like 2026-11-20T09:00:00+00:00"
        );
    }
    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
    inp.values[0].at = None;
    assert_eq!(errors(&inp)[0].problem, Problem::Missing);
}

#[test]
fn out_of_order_and_duplicate_times_are_refused() {
    let e = errors(&input(PUL, &[(48.0, 1000.0), (0.0, 1700.0)]));
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("values[1].at", &Problem::NotInOrder)
    );
    let e = errors(&input(
        PUL,
        &[(0.0, 1000.0), (48.0, 1700.0), (48.0, 1800.0)],
    ));
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("values[2].at", &Problem::NotInOrder)
    );
    // The same instant written with two offsets is a duplicate too.
    let inp = HcgInput {
        context: Some(PUL),
        values: vec![
            HcgValueInput {
                at: Some("2026-11-02T10:00:00+01:00".into()),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-11-02T09:00:00+00:00".into()),
                iu_per_l: Some(1100.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    assert_eq!(errors(&inp)[0].problem, Problem::NotInOrder);
}

#[test]
fn results_less_than_an_hour_apart_are_refused() {
    let inp = HcgInput {
        context: Some(PUL),
        values: vec![
            HcgValueInput {
                at: Some(at_min(0)),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some(at_min(59)),
                iu_per_l: Some(1100.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let e = errors(&inp);
    assert_eq!(e[0].field, "values[1].at");
    assert!(matches!(e[0].problem, Problem::Invalid { .. }));
    let ok = HcgInput {
        values: vec![
            inp.values[0].clone(),
            HcgValueInput {
                at: Some(at_min(60)),
                ..inp.values[1].clone()
            },
        ],
        ..inp
    };
    assert!(interpret(&ok, now(), Region::Uk).is_ok());
}

#[test]
fn future_results_are_refused() {
    let inp = input(PUL, &[(0.0, 1000.0), (48.0, 1700.0)]);
    let second = DateTime::parse_from_rfc3339(inp.values[1].at.as_deref().unwrap()).unwrap();
    // A result up to 5 minutes ahead of `now` is clock skew and fine; a second more is not.
    let skew = TimeDelta::minutes(crate::hcg::CLOCK_SKEW_MINUTES);
    assert!(interpret(&inp, second.with_timezone(&Utc), Region::Uk).is_ok());
    assert!(interpret(&inp, second.with_timezone(&Utc) - skew, Region::Uk).is_ok());
    let e = interpret(
        &inp,
        second.with_timezone(&Utc) - skew - TimeDelta::seconds(1),
        Region::Uk,
    )
    .unwrap_err()
    .errors;
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "values[1].at");
    assert_eq!(
        e[0].problem,
        Problem::BadDate {
            expected: "a time that is not in the future"
        }
    );
}

#[test]
fn wrong_counts_and_missing_context_are_refused() {
    let e = errors(&input(PUL, &[(0.0, 1000.0)]));
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("values", &Problem::WrongCount { min: 2, max: 20 })
    );
    let many: Vec<(f64, f64)> = (0..21).map(|k| (f64::from(k) * 24.0, 1000.0)).collect();
    assert_eq!(errors(&input(PUL, &many))[0].field, "values");
    let twenty: Vec<(f64, f64)> = (0..20).map(|k| (f64::from(k) * 24.0, 1000.0)).collect();
    assert!(interpret(&input(PUL, &twenty), now(), Region::Uk).is_ok());
    let e = errors(&HcgInput {
        context: None,
        values: input(PUL, &[(0.0, 1.0), (48.0, 2.0)]).values,
        scan_showed_in_womb: None,
    });
    assert_eq!(
        (e[0].field.as_str(), &e[0].problem),
        ("context", &Problem::Missing)
    );
    assert_eq!(errors(&HcgInput::default()).len(), 2);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut inp = input(PUL, &[(0.0, 1000.0), (48.0, 0.0), (24.0, 5.0)]);
    inp.values[0].at = Some("2026-11-02T09:00:00".into());
    let fields: Vec<String> = errors(&inp).into_iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        ["values[0].at", "values[1].iu_per_l", "values[2].at"]
    );
}

#[test]
fn json_input_rejects_unknown_fields_and_contexts() {
    let ok = r#"{"context":"unknown_location","values":[{"at":"2026-11-02T09:00:00+00:00","iu_per_l":1000},{"at":"2026-11-04T09:00:00+00:00","miu_per_ml":1700}]}"#;
    let inp: HcgInput = serde_json::from_str(ok).unwrap();
    assert!(interpret(&inp, now(), Region::Uk).is_ok());
    assert!(
        serde_json::from_str::<HcgInput>(
            r#"{"context":"unknown_location","values":[],"units":"x"}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<HcgInput>(
            r#"{"context":"unknown_location","values":[{"at":"x","iu":1}]}"#
        )
        .is_err()
    );
    assert!(serde_json::from_str::<HcgInput>(r#"{"context":"miscarriage","values":[]}"#).is_err());
    for c in HcgContext::ALL {
        let json = format!(r#"{{"context":"{}","values":[]}}"#, c.id());
        assert_eq!(
            serde_json::from_str::<HcgInput>(&json).unwrap().context,
            Some(c)
        );
    }
}

#[test]
fn output_json_matches_the_contract() {
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 500.0)]);
    let v = serde_json::to_value(&out).unwrap();
    assert_eq!(v["context"], "after_loss");
    let p = &v["pairs"][0];
    for key in [
        "from_index",
        "to_index",
        "hours",
        "percent_change",
        "percent_per_48h",
        "is_48h_pair",
        "half_life_hours",
    ] {
        assert!(p.get(key).is_some(), "pairs[0].{key}");
    }
    for r in v["readings"].as_array().unwrap() {
        for key in ["rule_set", "id", "text", "next_step", "sources"] {
            assert!(r.get(key).is_some(), "reading.{key}");
        }
    }
    let proj = &v["projection"];
    for key in ["below_5_on", "earliest", "latest"] {
        let s = proj[key].as_str().unwrap();
        assert_eq!(s.len(), 10, "{key} is YYYY-MM-DD: {s}");
    }
    let pul = serde_json::to_value(run(PUL, &[(0.0, 1000.0), (48.0, 500.0)])).unwrap();
    assert!(pul["projection"].is_null());
    assert_eq!(pul["readings"][0]["rule_set"], "nice-ng126");
}

// ----- After a loss -----------------------------------------------------------------------------

#[test]
fn decline_day_2_boundary_is_21_percent() {
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 790.0)]);
    assert!(has(&out, "barnhart-2004", "decline-as-expected"));
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 791.0)]);
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
    let r = reading(&out, "barnhart-2004", "decline-slower-than-expected");
    assert!(r.next_step.contains("today"));
    assert!(r.text.contains("not a diagnosis"));
}

#[test]
fn decline_day_7_boundary_is_60_percent() {
    let out = run(LOSS, &[(0.0, 1000.0), (168.0, 400.0)]);
    assert!(has(&out, "barnhart-2004", "decline-as-expected"));
    let out = run(LOSS, &[(0.0, 1000.0), (168.0, 401.0)]);
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
}

#[test]
fn decline_between_anchors_is_log_linear() {
    assert!(close(expected_min_fall(1.0), 1.0 - 0.79_f64.sqrt()));
    assert!(close(expected_min_fall(2.0), 0.21));
    assert!(close(expected_min_fall(7.0), 0.60));
    assert!(close(
        expected_min_fall(4.5),
        1.0 - 0.79 * (0.40_f64 / 0.79).sqrt()
    ));
    assert_eq!(expected_min_fall(0.0), 0.0);
    assert!(close(expected_min_fall(30.0), 0.60), "held beyond day 7");
    // Conservative: never below straight-line interpolation of the percentages.
    for k in 1..70 {
        let d = f64::from(k) / 10.0;
        let linear = if d <= 2.0 {
            0.21 * d / 2.0
        } else {
            0.21 + 0.39 * (d - 2.0) / 5.0
        };
        assert!(expected_min_fall(d) >= linear - 1e-12, "day {d}");
    }
    // Day 1: 11.1 % expected.
    let out = run(LOSS, &[(0.0, 1000.0), (24.0, 888.0)]);
    assert!(has(&out, "barnhart-2004", "decline-as-expected"));
    let out = run(LOSS, &[(0.0, 1000.0), (24.0, 890.0)]);
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
}

#[test]
fn every_value_is_checked_against_the_first() {
    // The last value is fine on its own, but the middle one fell too slowly for its time.
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 900.0), (168.0, 300.0)]);
    let r = reading(&out, "barnhart-2004", "decline-slower-than-expected");
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 0,
            to_index: 1
        })
    );
    assert!(
        r.text.contains("10%") && r.text.contains("21%"),
        "{}",
        r.text
    );
}

#[test]
fn any_rise_after_a_loss_is_slower_than_expected() {
    let out = run(
        LOSS,
        &[(0.0, 1000.0), (48.0, 500.0), (96.0, 520.0), (168.0, 100.0)],
    );
    let r = reading(&out, "barnhart-2004", "decline-slower-than-expected");
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 1,
            to_index: 2
        })
    );
    assert!(r.text.contains("went up from 500 to 520"), "{}", r.text);
    assert!(out.projection.is_none(), "no projection after any rise");
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 1200.0)]);
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
    assert!(
        out.projection.is_none(),
        "no projection when the last pair rises"
    );
}

#[test]
fn a_plateau_after_a_loss_is_slower_than_expected() {
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 1000.0)]);
    let r = reading(&out, "barnhart-2004", "decline-slower-than-expected");
    assert!(r.text.contains("had not fallen"), "{}", r.text);
    assert!(out.projection.is_none());
}

#[test]
fn after_day_7_the_60_percent_minimum_is_held() {
    let out = run(LOSS, &[(0.0, 1000.0), (336.0, 399.0)]);
    let r = reading(&out, "barnhart-2004", "decline-as-expected");
    assert!(r.text.contains("day 7"), "{}", r.text);
}

#[test]
fn after_loss_always_has_the_nice_urine_test_note_and_no_ectopic_band() {
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 500.0)]);
    assert!(has(&out, "nice-ng126", "nice-urine-test-3-weeks"));
    assert!(
        !ids(&out)
            .iter()
            .any(|(_, id)| id.starts_with("nice-rise") || id.starts_with("rise-"))
    );
    assert_eq!(
        out.interpretation.as_ref().unwrap().id,
        "decline-as-expected"
    );
}

/// SAFETY.md R8: after a loss with no scan showing the pregnancy in the womb, a falling hCG does
/// not rule out ectopic (CLINICAL.md §2; 5.9 % [condous-2005]). Not said counts as not shown.
#[test]
fn after_loss_without_a_scan_in_the_womb_says_ectopic_is_not_ruled_out() {
    let vals = [(0.0, 1000.0), (48.0, 500.0)];
    for shown in [None, Some(false)] {
        let mut inp = input(LOSS, &vals);
        inp.scan_showed_in_womb = shown;
        let out = interpret(&inp, now(), Region::Uk).unwrap();
        assert_eq!(
            out.interpretation.as_ref().unwrap().id,
            "decline-as-expected",
            "the fall is as expected, and still"
        );
        let r = reading(&out, "general", "after-loss-ectopic-not-excluded");
        assert_eq!(r.kind, ReadingKind::Caution);
        assert!(
            r.text.contains("does not rule out an ectopic pregnancy"),
            "{}",
            r.text
        );
        assert!(r.text.contains("about 6 in 100") && r.text.contains("5.9%"));
        assert!(r.sources.contains(&Source::Condous2005));
    }
    // A scan showed the pregnancy in the womb: no such caution.
    let mut inp = input(LOSS, &vals);
    inp.scan_showed_in_womb = Some(true);
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert!(!has(&out, "general", "after-loss-ectopic-not-excluded"));
    // Only after a loss: the unknown-location reading has its own ectopic note.
    let mut inp = input(PUL, &vals);
    inp.scan_showed_in_womb = Some(false);
    let out = interpret(&inp, now(), Region::Uk).unwrap();
    assert!(!has(&out, "general", "after-loss-ectopic-not-excluded"));
    assert!(has(&out, "seeber-2006", "hcg-never-rules-out-ectopic"));
}

#[test]
fn au_nz_and_other_lead_with_nice() {
    let vals = [(0.0, 1000.0), (48.0, 1700.0)];
    for r in [Region::Au, Region::Nz, Region::Other] {
        let out = run_in(r, PUL, &vals);
        assert_eq!(out.readings[0].rule_set, RuleSet::NiceNg126, "{r}");
        assert_eq!(out.interpretation.as_ref().unwrap().id, "nice-rise-over-63");
    }
    assert_eq!(
        run_in(Region::Ca, PUL, &vals).readings[0].rule_set,
        RuleSet::Barnhart2004
    );
}

#[test]
fn after_loss_expected_next_is_the_next_barnhart_checkpoint() {
    let out = run(LOSS, &[(0.0, 1000.0), (24.0, 800.0)]);
    let e = &out.expected_next[0];
    assert_eq!(e.id, "barnhart-decline-day-2");
    assert!(close(e.at_most_iu_per_l.unwrap(), 790.0));
    assert!(close(e.hours_after_last.unwrap(), 24.0));
    let out = run(LOSS, &[(0.0, 1000.0), (72.0, 600.0)]);
    assert_eq!(out.expected_next[0].id, "barnhart-decline-day-7");
    assert!(close(out.expected_next[0].at_most_iu_per_l.unwrap(), 400.0));
    let out = run(LOSS, &[(0.0, 1000.0), (200.0, 100.0)]);
    assert!(out.expected_next.is_empty());
}

// ----- Projection -------------------------------------------------------------------------------

#[test]
fn projection_from_two_values() {
    // Half-life 48 h from 1000: below 5 after log2(200) = 7.64 half-lives = 15.29 days from
    // 2 November 09:00 → 17 November. Latest: half the rate from the last value (day 2):
    // 2 + 26.58 days → 30 November.
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 500.0)]);
    let p = out.projection.unwrap();
    assert_eq!(p.below_5_on, NaiveDate::from_ymd_opt(2026, 11, 17).unwrap());
    assert_eq!(
        p.earliest, p.below_5_on,
        "two values: the estimate is the earliest"
    );
    assert_eq!(p.latest, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    assert!(p.text.contains("estimate"));
    assert!(p.sources.contains(&Source::Steier1984));
}

#[test]
fn projection_with_a_perfect_exponential_fit() {
    let out = run(
        LOSS,
        &[(0.0, 1000.0), (48.0, 500.0), (96.0, 250.0), (144.0, 125.0)],
    );
    let p = out.projection.unwrap();
    assert_eq!(p.below_5_on, NaiveDate::from_ymd_opt(2026, 11, 17).unwrap());
    assert_eq!(p.earliest, p.below_5_on);
    assert!(p.latest > p.below_5_on);
}

#[test]
fn projection_range_widens_with_scatter() {
    let out = run(
        LOSS,
        &[(0.0, 1000.0), (48.0, 400.0), (96.0, 320.0), (144.0, 100.0)],
    );
    let p = out.projection.unwrap();
    assert!(
        p.earliest < p.below_5_on && p.below_5_on < p.latest,
        "{p:?}"
    );
}

#[test]
fn projection_is_null_when_below_5_or_not_falling_or_other_context() {
    let out = run(LOSS, &[(0.0, 50.0), (48.0, 4.0)]);
    assert!(out.projection.is_none());
    assert!(has(&out, "general", "hcg-below-5"));
    let out = run(LOSS, &[(0.0, 50.0), (48.0, 5.0)]);
    assert!(out.projection.is_some(), "exactly 5 is not below 5");
    assert!(!has(&out, "general", "hcg-below-5"));
    for ctx in [
        PUL,
        HcgContext::ConfirmedInWomb,
        HcgContext::EctopicExpectant,
        HcgContext::EctopicMethotrexate,
    ] {
        assert!(
            run(ctx, &[(0.0, 1000.0), (48.0, 500.0)])
                .projection
                .is_none()
        );
    }
}

#[test]
fn projection_never_goes_before_the_last_result() {
    // A fit whose line crosses 5 before the last value (which is still 6).
    let out = run(LOSS, &[(0.0, 1000.0), (24.0, 20.0), (240.0, 6.0)]);
    let p = out.projection.unwrap();
    let last_day = out.values[2].at.date_naive();
    assert!(p.earliest >= last_day && p.below_5_on >= last_day, "{p:?}");
}

#[test]
fn projection_dates_use_the_last_results_offset() {
    // 1000 → 500 over 48 h from 2026-11-02T20:00-05:00 (01:00 UTC on 3 November):
    // crossing at 15.29 days → 18 November ~03:00 local (-05:00), ~08:00 UTC.
    let inp = HcgInput {
        context: Some(LOSS),
        values: vec![
            HcgValueInput {
                at: Some("2026-11-02T20:00:00-05:00".into()),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-11-04T20:00:00-05:00".into()),
                iu_per_l: Some(500.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let p = interpret(&inp, now(), Region::Us)
        .unwrap()
        .projection
        .unwrap();
    assert_eq!(p.below_5_on, NaiveDate::from_ymd_opt(2026, 11, 18).unwrap());
}

#[test]
fn a_slower_than_expected_fall_has_no_projection() {
    // Falling, but slower than Barnhart's minimum: the advice is to contact the unit, not a date.
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 900.0)]);
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
    assert!(out.projection.is_none());
    // Just fast enough: a projection.
    assert!(
        run(LOSS, &[(0.0, 1000.0), (48.0, 790.0)])
            .projection
            .is_some()
    );
}

#[test]
fn a_very_slow_fall_has_no_projection() {
    let out = run(LOSS, &[(0.0, 1000.0), (48.0, 999.0)]);
    assert!(out.projection.is_none());
    assert!(has(&out, "barnhart-2004", "decline-slower-than-expected"));
}

// ----- In the womb, ectopic -------------------------------------------------------------------

#[test]
fn confirmed_in_womb_shows_changes_without_a_band() {
    let out = run(HcgContext::ConfirmedInWomb, &[(0.0, 1000.0), (48.0, 400.0)]);
    assert_eq!(out.pairs.len(), 1);
    assert!(close(out.pairs[0].percent_change, -60.0));
    let r = reading(&out, "general", "in-womb-followed-by-scan");
    assert!(r.text.contains("scan"));
    let bands: BTreeSet<_> = ids(&out).into_iter().map(|(_, id)| id).collect();
    assert_eq!(
        bands,
        BTreeSet::from(["in-womb-followed-by-scan", "symptoms-come-first"])
    );
}

#[test]
fn ectopic_expectant_fall_of_15_percent_each_time() {
    let ctx = HcgContext::EctopicExpectant;
    let out = run(
        ctx,
        &[
            (0.0, 1000.0),
            (48.0, 850.0),
            (96.0, 722.5),
            (168.0, 614.125),
        ],
    );
    let r = reading(&out, "nice-ng126", "ectopic-fall-15-met");
    assert!(
        r.next_step.contains("each week until hCG is below 20"),
        "{}",
        r.next_step
    );
    assert!(
        !r.next_step.contains("days 2, 4 and 7"),
        "all four tests given"
    );
    let out = run(ctx, &[(0.0, 1000.0), (48.0, 850.0), (96.0, 723.0)]);
    let r = reading(&out, "nice-ng126", "ectopic-fall-15-not-met");
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 1,
            to_index: 2
        })
    );
    assert!(r.next_step.contains("senior doctor"));
    let out = run(ctx, &[(0.0, 1000.0), (48.0, 1000.0)]);
    assert!(has(&out, "nice-ng126", "ectopic-fall-15-not-met"));
    let out = run(ctx, &[(0.0, 1000.0), (48.0, 1100.0)]);
    assert!(
        reading(&out, "nice-ng126", "ectopic-fall-15-not-met")
            .text
            .contains("went up by 10%")
    );
}

#[test]
fn ectopic_expectant_below_20_and_partial_series() {
    let ctx = HcgContext::EctopicExpectant;
    let out = run(ctx, &[(0.0, 40.0), (48.0, 19.0)]);
    let r = reading(&out, "nice-ng126", "ectopic-fall-15-met");
    assert!(r.next_step.contains("below 20 IU/L"), "{}", r.next_step);
    assert!(r.next_step.contains("days 2, 4 and 7"));
    let e = &out.expected_next[0];
    assert!(close(e.at_most_iu_per_l.unwrap(), 19.0 * 0.85));
    assert!(has(&out, "general", "symptoms-come-first"));
    assert!(
        reading(&out, "general", "symptoms-come-first")
            .text
            .contains("ectopic")
    );
}

#[test]
fn methotrexate_reads_the_last_two_values() {
    let ctx = HcgContext::EctopicMethotrexate;
    // Day 1 → day 4 rise is common; day 4 → day 7 falls exactly 15 %.
    let out = run(ctx, &[(0.0, 1000.0), (72.0, 1200.0), (144.0, 1020.0)]);
    let r = reading(&out, "nice-ng126", "ectopic-fall-15-met");
    assert!(r.text.contains("common"), "{}", r.text);
    assert_eq!(
        r.pair,
        Some(PairRef {
            from_index: 1,
            to_index: 2
        })
    );
    assert!(out.expected_next.is_empty());
    let out = run(ctx, &[(0.0, 1000.0), (72.0, 1200.0), (144.0, 1021.0)]);
    assert!(has(&out, "nice-ng126", "ectopic-fall-15-not-met"));
    // Only two values, rising: not met, but the text says a day 1 → 4 rise is common.
    let out = run(ctx, &[(0.0, 1000.0), (72.0, 1200.0)]);
    let r = reading(&out, "nice-ng126", "ectopic-fall-15-not-met");
    assert!(r.text.contains("day 1 and day 4"), "{}", r.text);
    assert_eq!(out.expected_next[0].id, "nice-ectopic-next-fall-15");
}

// ----- Registry and text ------------------------------------------------------------------------

#[test]
fn registry_ids_are_unique_kebab_case_and_sourced() {
    let mut seen = BTreeSet::new();
    for d in READINGS {
        assert!(
            seen.insert((d.rule_set.id(), d.id)),
            "duplicate {}/{}",
            d.rule_set.id(),
            d.id
        );
        assert!(!d.sources.is_empty(), "{} has no source", d.id);
        assert!(
            d.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            d.id
        );
        assert!(!d.description.is_empty());
    }
}

/// Scenarios that between them make every reading fire.
fn scenarios() -> Vec<HcgOutput> {
    let mut outs = Vec::new();
    for region in [Region::Uk, Region::Us] {
        for (ctx, vals) in [
            (PUL, vec![(0.0, 1000.0), (48.0, 1700.0)]),
            (PUL, vec![(0.0, 1000.0), (48.0, 400.0)]),
            (PUL, vec![(0.0, 1000.0), (48.0, 1100.0)]),
            (PUL, vec![(0.0, 1000.0), (24.0, 1400.0)]),
            (PUL, vec![(0.0, 1000.0), (48.0, 1700.0), (60.0, 1900.0)]),
            (PUL, vec![(0.0, 900.0), (48.0, 1600.0)]),
            (LOSS, vec![(0.0, 1000.0), (48.0, 500.0)]),
            (LOSS, vec![(0.0, 1000.0), (48.0, 950.0), (200.0, 300.0)]),
            (LOSS, vec![(0.0, 1000.0), (48.0, 1100.0)]),
            (LOSS, vec![(0.0, 40.0), (96.0, 3.0)]),
            (
                HcgContext::ConfirmedInWomb,
                vec![(0.0, 1000.0), (48.0, 2000.0)],
            ),
            (
                HcgContext::EctopicExpectant,
                vec![(0.0, 1000.0), (48.0, 800.0), (96.0, 600.0), (168.0, 400.0)],
            ),
            (
                HcgContext::EctopicExpectant,
                vec![(0.0, 1000.0), (48.0, 950.0)],
            ),
            (
                HcgContext::EctopicMethotrexate,
                vec![(0.0, 1000.0), (72.0, 1300.0), (144.0, 900.0)],
            ),
            (
                HcgContext::EctopicMethotrexate,
                vec![(0.0, 1000.0), (72.0, 1300.0)],
            ),
        ] {
            outs.push(run_in(region, ctx, &vals));
        }
    }
    outs
}

#[test]
fn every_reading_in_the_registry_fires_in_some_scenario() {
    let fired: BTreeSet<(&str, &str)> = scenarios().iter().flat_map(ids).collect();
    let all: BTreeSet<(&str, &str)> = READINGS.iter().map(|d| (d.rule_set.id(), d.id)).collect();
    assert_eq!(fired, all);
}

#[test]
fn every_output_has_an_interpretation_that_is_a_result() {
    for out in scenarios() {
        let i = out.interpretation.as_ref().unwrap();
        assert_eq!(i.kind, ReadingKind::Result);
        assert!(out.readings.contains(i));
    }
}

#[test]
fn text_uses_the_agreed_words() {
    let banned = [
        "failed",
        "failure",
        "nonviable",
        "non-viable",
        "heartbeat",
        "miscarriage confirmed",
        "your fault",
        "blame",
        "abortion",
        "incompetent",
        "hostile",
        "diagnosed with",
    ];
    for out in scenarios() {
        let mut texts: Vec<String> = out
            .readings
            .iter()
            .flat_map(|r| [r.text.clone(), r.next_step.clone()])
            .collect();
        texts.extend(out.expected_next.iter().map(|e| e.text.clone()));
        texts.extend(out.projection.iter().map(|p| p.text.clone()));
        for t in texts {
            let lower = t.to_lowercase();
            for b in banned {
                assert!(!lower.contains(b), "{b:?} in {t:?}");
            }
            assert!(!t.contains("  "), "double space in {t:?}");
            assert!(!t.contains("TODO"));
            for sentence in t.split(". ") {
                let words = sentence.split_whitespace().count();
                assert!(words <= 32, "long sentence ({words} words): {sentence:?}");
            }
        }
    }
}

#[test]
fn number_formatting() {
    assert_eq!(fmt_iu(1630.0), "1,630");
    assert_eq!(fmt_iu(1_000_000.0), "1,000,000");
    assert_eq!(fmt_iu(150.4), "150");
    assert_eq!(fmt_iu(4.25), "4.3");
    assert_eq!(fmt_iu(19.0), "19");
    assert_eq!(fmt_percent(63.0), "63");
    assert_eq!(fmt_percent(63.04), "63.0");
    assert_eq!(fmt_percent(12.25), "12.3");
}

// ----- Properties -------------------------------------------------------------------------------

fn any_context() -> impl Strategy<Value = HcgContext> {
    prop::sample::select(HcgContext::ALL.to_vec())
}

fn any_region() -> impl Strategy<Value = Region> {
    prop::sample::select(Region::ALL.to_vec())
}

proptest! {
    #[test]
    fn a_later_lower_value_never_reads_as_a_rise(
        ctx in any_context(),
        region in any_region(),
        earlier in 0.5f64..1_000_000.0,
        fraction in 0.0001f64..0.999_999,
        minutes in 60i64..2_000_000,
    ) {
        let later = earlier * fraction;
        prop_assume!(later > 0.0 && later < earlier);
        let inp = HcgInput {
            context: Some(ctx),
            values: vec![
                HcgValueInput { at: Some(at_min(0)), iu_per_l: Some(earlier), miu_per_ml: None },
                HcgValueInput { at: Some(at_min(minutes)), iu_per_l: Some(later), miu_per_ml: None },
            ],
            scan_showed_in_womb: None,
        };
        let far_future = "2040-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let out = interpret(&inp, far_future, region).unwrap();
        let p = &out.pairs[0];
        prop_assert!(p.percent_change < 0.0);
        prop_assert!(p.percent_per_48h < 0.0);
        prop_assert!(p.half_life_hours.is_some() && p.doubling_hours.is_none());
        for r in &out.readings {
            prop_assert!(r.id != "nice-rise-over-63" && r.id != "rise-at-least-minimal", "{}", r.id);
            prop_assert!(!r.text.contains("went up"), "{}", r.text);
        }
    }

    #[test]
    fn percent_per_48h_has_the_sign_of_the_change(
        a in 0.01f64..1_000_000.0,
        b in 0.01f64..1_000_000.0,
        minutes in 60i64..2_000_000,
    ) {
        let inp = HcgInput {
            context: Some(PUL),
            values: vec![
                HcgValueInput { at: Some(at_min(0)), iu_per_l: Some(a), miu_per_ml: None },
                HcgValueInput { at: Some(at_min(minutes)), iu_per_l: Some(b), miu_per_ml: None },
            ],
            scan_showed_in_womb: None,
        };
        let far_future = "2040-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let out = interpret(&inp, far_future, Region::Uk).unwrap();
        let p = &out.pairs[0];
        prop_assert_eq!(p.percent_change.partial_cmp(&0.0), p.percent_per_48h.partial_cmp(&0.0));
        prop_assert_eq!(b.partial_cmp(&a), p.percent_change.partial_cmp(&0.0));
        prop_assert!(p.percent_per_48h.is_finite() && p.percent_change.is_finite());
    }

    #[test]
    fn output_is_deterministic_and_total(
        ctx in any_context(),
        region in any_region(),
        steps in prop::collection::vec((60i64..20_000, 0.1f64..100_000.0), 2..20),
    ) {
        let mut minutes = 0;
        let values: Vec<HcgValueInput> = steps
            .iter()
            .map(|&(gap, v)| {
                minutes += gap;
                HcgValueInput { at: Some(at_min(minutes)), iu_per_l: Some(v), miu_per_ml: None }
            })
            .collect();
        let inp = HcgInput { context: Some(ctx), values, scan_showed_in_womb: None };
        let far_future = "2040-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let one = interpret(&inp, far_future, region).unwrap();
        let two = interpret(&inp.clone(), far_future, region).unwrap();
        prop_assert_eq!(&one, &two);
        prop_assert_eq!(serde_json::to_string(&one).unwrap(), serde_json::to_string(&two).unwrap());
        prop_assert_eq!(one.pairs.len(), inp.values.len() - 1);
        prop_assert!(one.interpretation.is_some());
        prop_assert!(one.readings.iter().any(|r| r.id == "symptoms-come-first"));
        if let Some(p) = &one.projection {
            prop_assert!(p.earliest <= p.below_5_on && p.below_5_on <= p.latest);
            prop_assert!(p.earliest >= one.values.last().unwrap().at.date_naive());
        }
        for r in &one.readings {
            prop_assert!(!r.text.contains("NaN") && !r.text.contains(" inf"), "{}", r.text);
        }
    }
}

// ----- Tidy: every threshold names its source and review date -----------------------------------

/// Every numeric `pub const` in the five clinical modules written for this crate (and the files
/// they are split into) has a doc comment
/// that names a source id (or says it is Solace's own bound) and "checked 2026-11", or points to
/// another constant that does ("See [`…`]").
#[test]
fn every_threshold_names_its_source_and_check_date() {
    let files = [
        ("hcg.rs", include_str!("../hcg.rs")),
        ("hcg/after_loss.rs", include_str!("after_loss.rs")),
        ("hcg/guides.rs", include_str!("guides.rs")),
        ("hcg/located.rs", include_str!("located.rs")),
        ("hcg/projection.rs", include_str!("projection.rs")),
        ("hcg/rates.rs", include_str!("rates.rs")),
        ("hcg/readings.rs", include_str!("readings.rs")),
        ("hcg/text.rs", include_str!("text.rs")),
        (
            "hcg/unknown_location.rs",
            include_str!("unknown_location.rs"),
        ),
        ("hcg/validate.rs", include_str!("validate.rs")),
        ("scan.rs", include_str!("../scan.rs")),
        ("scan/input.rs", include_str!("../scan/input.rs")),
        ("scan/reading.rs", include_str!("../scan/reading.rs")),
        ("scan/rules.rs", include_str!("../scan/rules.rs")),
        ("dating.rs", include_str!("../dating.rs")),
        ("risk.rs", include_str!("../risk.rs")),
        ("risk/figures.rs", include_str!("../risk/figures.rs")),
        ("risk/select.rs", include_str!("../risk/select.rs")),
        ("management.rs", include_str!("../management.rs")),
    ];
    let ids: Vec<&str> = Source::ALL.iter().map(|s| s.id()).collect();
    let mut checked = 0;
    for (name, text) in files {
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let Some(rest) = line.strip_prefix("pub const ") else {
                continue;
            };
            let Some((_, ty)) = rest.split_once(": ") else {
                continue;
            };
            let numeric = [
                "f64",
                "u32",
                "i64",
                "usize",
                "(f64, f64)",
                "(u32, u32)",
                "(i64, i64)",
            ]
            .iter()
            .any(|t| ty.starts_with(&format!("{t} =")));
            if !numeric {
                continue;
            }
            let mut block: Vec<&str> = lines[..n]
                .iter()
                .rev()
                .take_while(|l| l.trim_start().starts_with("///"))
                .map(|l| l.trim_start().trim_start_matches("///"))
                .collect();
            block.reverse();
            let doc: String = block
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(!doc.is_empty(), "{name}: {line} has no doc comment");
            if doc.trim_start().starts_with("See [`") {
                continue;
            }
            assert!(
                doc.to_lowercase().contains("checked 2026-11"),
                "{name}: {line} lacks 'checked 2026-11'"
            );
            assert!(
                ids.iter().any(|id| doc.contains(id)) || doc.contains("Solace"),
                "{name}: {line} names no source id"
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 40,
        "found only {checked} thresholds: is the scan still working?"
    );
}

// ----- Prose: a reading-grade guard ------------------------------------------------------------

/// Clinical words a person must meet anyway (STYLE.md 17: "a word list for clinical terms"):
/// counted as 2 syllables so that they do not alone push a sentence over the grade.
const CLINICAL_WORDS: &[&str] = &[
    "miscarriage",
    "miscarriages",
    "pregnancy",
    "pregnancies",
    "ectopic",
    "cardiac",
    "activity",
    "embryo",
    "methotrexate",
    "misoprostol",
    "mifepristone",
    "trimester",
    "diagnosis",
    "amnion",
    "aspiration",
    "uterine",
    "anxiety",
    "depression",
    "post-traumatic",
];

fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        return 0;
    }
    if CLINICAL_WORDS.contains(&w.as_str()) {
        return 2;
    }
    let mut n = 0;
    let mut prev_vowel = false;
    for c in w.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !prev_vowel {
            n += 1;
        }
        prev_vowel = vowel;
    }
    if w.ends_with('e') && !w.ends_with("le") && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// A crude Flesch–Kincaid grade. The target is 7; the guard is 9 because the syllable count is a
/// heuristic and numbers, ids and guideline names skew it. It catches long, dense sentences.
#[allow(clippy::cast_precision_loss)]
fn crude_grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '?', '!', ':'])
        .filter(|s| {
            s.split_whitespace()
                .any(|w| w.chars().any(char::is_alphabetic))
        })
        .count()
        .max(1) as f64;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * n / sentences + 11.8 * syl as f64 / n - 15.59
}

#[test]
fn texts_read_at_about_grade_7() {
    let mut texts: Vec<String> = Vec::new();
    for out in scenarios() {
        texts.extend(
            out.readings
                .iter()
                .flat_map(|r| [r.text.clone(), r.next_step.clone()]),
        );
        texts.extend(out.projection.iter().map(|p| p.text.clone()));
    }
    texts.extend(crate::scan::RULES.iter().map(|r| r.because.to_string()));
    texts.extend(
        crate::risk::all_figures()
            .iter()
            .map(|f| f.text.to_string()),
    );
    for o in crate::management::options() {
        texts.extend(o.questions.iter().map(ToString::to_string));
        texts.extend(
            o.what_happens
                .iter()
                .chain(&o.how_long)
                .map(|f| f.text.to_string()),
        );
        texts.extend(
            o.regimens
                .iter()
                .flat_map(|r| [r.when.to_string(), r.fact.text.to_string()]),
        );
    }
    let note = after_loss_ectopic_note();
    texts.extend([note.text, note.next_step]);
    let mut total = 0.0;
    for t in &texts {
        let g = crude_grade(t);
        assert!(g <= 9.0, "grade {g:.1}: {t}");
        total += g;
    }
    #[allow(clippy::cast_precision_loss)]
    let mean = total / texts.len() as f64;
    assert!(mean <= 7.0, "mean grade {mean:.1}");
}
