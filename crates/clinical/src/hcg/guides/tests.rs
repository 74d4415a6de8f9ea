// The points must be bit-for-bit what the chart drew before this module existed.
#![allow(clippy::float_cmp)]

use super::*;
use crate::hcg::{HcgInput, HcgValueInput, ValueOut, interpret};
use crate::region::Region;
use chrono::{DateTime, TimeDelta, Utc};

type Pts = Vec<(f64, f64)>;

fn output(context: HcgContext, values: &[(f64, f64)]) -> HcgOutput {
    let base = DateTime::parse_from_rfc3339("2026-11-02T09:00:00+00:00").unwrap();
    HcgOutput {
        context,
        values: values
            .iter()
            .enumerate()
            .map(|(index, &(h, v))| ValueOut {
                index,
                #[allow(clippy::cast_possible_truncation)]
                at: base + TimeDelta::minutes((h * 60.0).round() as i64),
                iu_per_l: v,
                hours_from_first: h,
            })
            .collect(),
        pairs: vec![],
        interpretation: None,
        readings: vec![],
        expected_next: vec![],
        projection: None,
    }
}

/// The chart's guides as the web page computed them before (crates/web results/hcg.rs `guides`),
/// re-stated: the band and, per line, its CSS class, its points and its label.
fn web_guides(
    out: &HcgOutput,
    x_max: f64,
    y_lo: f64,
) -> (Option<Pts>, Vec<(&'static str, Pts, String)>) {
    let per_48 = |v0: f64, ratio: f64, h: f64| v0 * ratio.powf(h / 48.0);
    let vals: Pts = out
        .values
        .iter()
        .map(|v| (v.hours_from_first, v.iu_per_l))
        .collect();
    let Some(&(_, v0)) = vals.first() else {
        return (None, vec![]);
    };
    match out.context {
        HcgContext::UnknownLocation => {
            let up = vec![(0.0, v0), (x_max, per_48(v0, 1.63, x_max))];
            let down = vec![(0.0, v0), (x_max, per_48(v0, 0.50, x_max))];
            let mut band = up.clone();
            band.extend(down.iter().rev().copied());
            let mut knots = vec![0.0, 24.0, 48.0];
            knots.retain(|h| *h < x_max);
            knots.push(x_max);
            let barnhart: Pts = knots
                .iter()
                .map(|h| (*h, v0 * barnhart_min_ratio(*h)))
                .collect();
            (
                Some(band),
                vec![
                    ("line-nice", up, "+63%".to_owned()),
                    ("line-nice", down, "\u{2212}50%".to_owned()),
                    ("line-barnhart", barnhart, "+53%".to_owned()),
                ],
            )
        }
        HcgContext::AfterLoss => {
            let mut knots = vec![0.0, 48.0, 168.0];
            knots.retain(|h| *h < x_max);
            knots.push(x_max);
            let slowest: Pts = knots
                .iter()
                .map(|h| (*h, v0 * (1.0 - expected_min_fall(*h / 24.0))))
                .collect();
            let mut band = slowest.clone();
            band.extend([(x_max, y_lo), (0.0, y_lo)]);
            (
                Some(band),
                vec![("line-decline", slowest, "slowest".to_owned())],
            )
        }
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => {
            let n = vals.len();
            let first_step = if out.context == HcgContext::EctopicMethotrexate {
                n.saturating_sub(2)
            } else {
                0
            };
            let target = 1.0 - 0.15;
            let mut steps = vec![];
            for k in first_step..n {
                let (h, v) = vals[k];
                let end = vals.get(k + 1).map_or(x_max, |p| p.0);
                if end > h {
                    steps.push((h, v * target));
                    steps.push((end, v * target));
                }
            }
            if steps.is_empty() {
                return (None, vec![]);
            }
            let mut band = steps.clone();
            let start = steps[0].0;
            band.extend([(x_max, y_lo), (start, y_lo)]);
            (
                Some(band),
                vec![("line-15", steps, "\u{2212}15%".to_owned())],
            )
        }
        HcgContext::ConfirmedInWomb => (None, vec![]),
    }
}

/// The class and label the web page gives a line of this kind (the label from `percent`).
fn class_and_label(line: &GuideLine) -> (&'static str, String) {
    let class = match line.kind {
        GuideKind::NiceRise | GuideKind::NiceFall => "line-nice",
        GuideKind::BarnhartMinRise => "line-barnhart",
        GuideKind::SlowestExpectedFall => "line-decline",
        GuideKind::EctopicFifteenPercentFall => "line-15",
    };
    let label = match line.percent {
        Some(p) if p > 0.0 => format!("+{p}%"),
        Some(p) => format!("\u{2212}{}%", -p),
        None => "slowest".to_owned(),
    };
    (class, label)
}

fn assert_same_as_web(out: &HcgOutput, x_max: f64, y_lo: f64) {
    let got = guide_curves(out, x_max, y_lo);
    let (band, lines) = web_guides(out, x_max, y_lo);
    let what = format!(
        "{:?} {:?} x_max {x_max} y_lo {y_lo}",
        out.context,
        out.values.len()
    );
    assert_eq!(got.band, band, "band: {what}");
    let got_lines: Vec<(&'static str, Pts, String)> = got
        .lines
        .iter()
        .map(|l| {
            let (class, label) = class_and_label(l);
            (class, l.points.clone(), label)
        })
        .collect();
    assert_eq!(got_lines, lines, "lines: {what}");
}

const SERIES: &[&[(f64, f64)]] = &[
    &[],
    &[(0.0, 1_000.0)],
    &[(0.0, 1_000.0), (48.0, 1_700.0)],
    &[(0.0, 1_000.0), (47.5, 450.0)],
    &[(0.0, 820.0), (20.0, 700.0), (50.0, 640.0), (96.0, 300.0)],
    &[
        (0.0, 4_000.0),
        (48.0, 2_000.0),
        (168.0, 600.0),
        (336.0, 40.0),
    ],
    &[(0.0, 2_500.0), (72.0, 2_600.0), (144.0, 1_900.0)],
];

const X_MAX: &[f64] = &[1.0, 10.0, 24.0, 30.0, 48.0, 60.0, 96.0, 168.0, 200.0, 384.0];

#[test]
fn every_context_matches_what_the_chart_drew() {
    for context in HcgContext::ALL {
        for values in SERIES {
            let out = output(context, values);
            let last_h = values.last().map_or(0.0, |v| v.0);
            for &x_max in X_MAX.iter().chain(&[last_h, last_h + 48.0]) {
                for y_lo in [1.0, 5.0, 0.4] {
                    assert_same_as_web(&out, x_max, y_lo);
                }
            }
        }
    }
}

#[test]
fn matches_on_a_real_interpretation_with_the_charts_x_max() {
    let base = DateTime::parse_from_rfc3339("2026-11-02T09:00:00+00:00").unwrap();
    let now = "2026-12-31T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
    for context in HcgContext::ALL {
        let input = HcgInput {
            context: Some(context),
            values: [(0, 1_200.0), (49, 1_010.0), (98, 700.0)]
                .iter()
                .map(|&(h, v)| HcgValueInput {
                    at: Some((base + TimeDelta::hours(h)).to_rfc3339()),
                    iu_per_l: Some(v),
                    miu_per_ml: None,
                })
                .collect(),
            scan_showed_in_womb: None,
        };
        let out = interpret(&input, now, Region::Uk).unwrap();
        // The chart's x_max for this context (web results/hcg.rs `chart`).
        let last_h = 98.0;
        let x_max = match context {
            HcgContext::UnknownLocation => f64::max(last_h, 48.0),
            HcgContext::AfterLoss => f64::max(last_h, 168.0),
            HcgContext::EctopicExpectant => last_h + 48.0,
            _ => last_h,
        };
        assert_same_as_web(&out, x_max, 700.0);
    }
}

#[test]
fn no_values_or_a_scan_in_the_womb_draw_nothing() {
    for context in HcgContext::ALL {
        assert_eq!(
            guide_curves(&output(context, &[]), 48.0, 5.0),
            GuideCurves::default()
        );
    }
    let in_womb = output(
        HcgContext::ConfirmedInWomb,
        &[(0.0, 1_000.0), (48.0, 2_000.0)],
    );
    let got = guide_curves(&in_womb, 48.0, 5.0);
    assert!(got.band.is_none() && got.lines.is_empty(), "{got:?}");
}

#[test]
fn unknown_location_band_runs_between_the_nice_lines() {
    let out = output(
        HcgContext::UnknownLocation,
        &[(0.0, 1_000.0), (48.0, 1_500.0)],
    );
    let got = guide_curves(&out, 48.0, 5.0);
    let kinds: Vec<GuideKind> = got.lines.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            GuideKind::NiceRise,
            GuideKind::NiceFall,
            GuideKind::BarnhartMinRise
        ]
    );
    let rise = &got.lines[0].points;
    let fall = &got.lines[1].points;
    assert!((rise[1].1 - 1_630.0).abs() < 1e-9, "{rise:?}");
    assert!((fall[1].1 - 500.0).abs() < 1e-9, "{fall:?}");
    // Rise line, then the fall line back to the start: a closed polygon around the band.
    assert_eq!(got.band.unwrap(), vec![rise[0], rise[1], fall[1], fall[0]]);
    // Barnhart: 24 % in 1 day, 53 % in 2 days.
    let barnhart = &got.lines[2].points;
    assert_eq!(barnhart.len(), 3, "{barnhart:?}");
    assert!((barnhart[1].1 - 1_240.0).abs() < 1e-6, "{barnhart:?}");
    assert!((barnhart[2].1 - 1_530.0).abs() < 1e-6, "{barnhart:?}");
}

#[test]
fn knots_at_or_after_x_max_are_left_out() {
    let out = output(HcgContext::UnknownLocation, &[(0.0, 1_000.0)]);
    let hours = |x_max: f64| -> Vec<f64> {
        guide_curves(&out, x_max, 5.0).lines[2]
            .points
            .iter()
            .map(|p| p.0)
            .collect()
    };
    assert_eq!(hours(10.0), [0.0, 10.0]);
    assert_eq!(hours(24.0), [0.0, 24.0]);
    assert_eq!(hours(30.0), [0.0, 24.0, 30.0]);
    assert_eq!(hours(100.0), [0.0, 24.0, 48.0, 100.0]);

    let after = output(HcgContext::AfterLoss, &[(0.0, 1_000.0)]);
    let hours = |x_max: f64| -> Vec<f64> {
        guide_curves(&after, x_max, 5.0).lines[0]
            .points
            .iter()
            .map(|p| p.0)
            .collect()
    };
    assert_eq!(hours(30.0), [0.0, 30.0]);
    assert_eq!(hours(168.0), [0.0, 48.0, 168.0]);
    assert_eq!(hours(200.0), [0.0, 48.0, 168.0, 200.0]);
}

#[test]
fn after_loss_line_is_the_slowest_expected_fall_with_the_band_below() {
    let out = output(HcgContext::AfterLoss, &[(0.0, 1_000.0), (48.0, 700.0)]);
    let got = guide_curves(&out, 200.0, 3.0);
    assert_eq!(got.lines.len(), 1);
    let line = &got.lines[0];
    assert_eq!(line.kind, GuideKind::SlowestExpectedFall);
    assert_eq!(line.percent, None);
    assert_eq!(line.source, Source::Barnhart2004Decline);
    // 21 % by day 2, 60 % by day 7, held after day 7.
    assert!((line.points[1].1 - 790.0).abs() < 1e-9, "{line:?}");
    assert!((line.points[2].1 - 400.0).abs() < 1e-9, "{line:?}");
    assert!((line.points[3].1 - 400.0).abs() < 1e-9, "{line:?}");
    let band = got.band.unwrap();
    assert_eq!(band[band.len() - 2..], [(200.0, 3.0), (0.0, 3.0)]);
}

#[test]
fn ectopic_expectant_steps_fifteen_percent_below_each_result() {
    let out = output(
        HcgContext::EctopicExpectant,
        &[(0.0, 1_000.0), (48.0, 800.0), (96.0, 600.0)],
    );
    let got = guide_curves(&out, 144.0, 2.0);
    assert_eq!(got.lines.len(), 1);
    let pts = &got.lines[0].points;
    let want = [
        (0.0, 850.0),
        (48.0, 850.0),
        (48.0, 680.0),
        (96.0, 680.0),
        (96.0, 510.0),
        (144.0, 510.0),
    ];
    assert_eq!(pts.len(), want.len());
    for (p, w) in pts.iter().zip(want) {
        assert_eq!(p.0, w.0);
        assert!((p.1 - w.1).abs() < 1e-9, "{pts:?}");
    }
    let band = got.band.unwrap();
    assert_eq!(band[band.len() - 2..], [(144.0, 2.0), (0.0, 2.0)]);
}

#[test]
fn methotrexate_steps_start_at_the_second_to_last_result() {
    let out = output(
        HcgContext::EctopicMethotrexate,
        &[(0.0, 1_000.0), (72.0, 1_100.0), (144.0, 900.0)],
    );
    let got = guide_curves(&out, 144.0, 2.0);
    let pts = &got.lines[0].points;
    // The last result is at x_max: only the step from the second-to-last one is drawn.
    assert_eq!(pts.len(), 2, "{pts:?}");
    assert_eq!(pts[0].0, 72.0);
    assert_eq!(pts[1].0, 144.0);
    assert!((pts[0].1 - 935.0).abs() < 1e-9, "{pts:?}");
    assert_eq!(got.band.unwrap()[3], (72.0, 2.0));
}

#[test]
fn methotrexate_with_one_value_steps_from_it() {
    let out = output(HcgContext::EctopicMethotrexate, &[(0.0, 1_000.0)]);
    let got = guide_curves(&out, 48.0, 2.0);
    assert_eq!(got.lines[0].points, [(0.0, 850.0), (48.0, 850.0)]);
    assert_same_as_web(&out, 48.0, 2.0);
}

#[test]
fn ectopic_with_no_room_before_x_max_draws_nothing() {
    // One value at hour 0 and x_max 0: no step has any length.
    let out = output(HcgContext::EctopicExpectant, &[(0.0, 1_000.0)]);
    assert_eq!(guide_curves(&out, 0.0, 2.0), GuideCurves::default());
    assert_same_as_web(&out, 0.0, 2.0);
}

#[test]
fn labels_come_from_the_clinical_constants_with_their_sources() {
    let cases = [
        (GuideKind::NiceRise, Some(63.0), Source::NiceNg126),
        (GuideKind::NiceFall, Some(-50.0), Source::NiceNg126),
        (
            GuideKind::BarnhartMinRise,
            Some(53.0),
            Source::Barnhart2004Rise,
        ),
        (
            GuideKind::SlowestExpectedFall,
            None,
            Source::Barnhart2004Decline,
        ),
        (
            GuideKind::EctopicFifteenPercentFall,
            Some(-15.0),
            Source::NiceNg126,
        ),
    ];
    for (kind, percent, source) in cases {
        assert_eq!(kind.percent(), percent, "{kind:?}");
        assert_eq!(kind.source(), source, "{kind:?}");
    }
    assert_eq!(
        GuideKind::NiceRise.percent(),
        Some(((NICE_RISE_RATIO - 1.0) * 1_000.0).round() / 10.0)
    );
}
