//! The timeline: days in the person's own offset, day summaries, the PBAC-style score, series.

use super::*;
use crate::diary::timeline::{
    PBAC_CLOT_LARGE, PBAC_CLOT_SMALL, PBAC_PAD_FULL, PBAC_PAD_LIGHT, PBAC_PAD_MODERATE,
};
use crate::hcg::HcgContext;
use crate::region::Region;
use crate::sources::Source;

fn e(json: &str) -> Entry {
    entry(json)
}

#[test]
fn pbac_points_match_clinical_md_section_8() {
    assert_eq!(
        (PBAC_PAD_LIGHT, PBAC_PAD_MODERATE, PBAC_PAD_FULL),
        (1.0, 5.0, 20.0)
    );
    assert_eq!((PBAC_CLOT_SMALL, PBAC_CLOT_LARGE), (1.0, 5.0));
    assert_eq!(PBAC_NOTE.sources, [Source::Higham1990]);
    assert!(PBAC_NOTE.text.contains("trends only"));
    assert!(PBAC_NOTE.text.contains("periods, not for miscarriage"));
}

/// (bleeding fields, PBAC-style points)
const PBAC: &[(&str, Option<f64>)] = &[
    ("", None),
    (r#""colour":"red""#, None),
    (r#""amount":"light""#, None),
    (r#""amount":"none""#, Some(0.0)),
    (r#""pads_soaked_per_hour":0"#, Some(0.0)),
    (r#""pad_fullness":"light""#, Some(1.0)),
    (r#""pad_fullness":"moderate""#, Some(5.0)),
    (r#""pad_fullness":"full""#, Some(20.0)),
    (r#""pads_soaked_per_hour":1"#, Some(20.0)),
    // The full pad described is one of the soaked ones: not counted twice.
    (
        r#""pads_soaked_per_hour":1,"pad_fullness":"full""#,
        Some(20.0),
    ),
    // A moderately stained pad besides the soaked one.
    (
        r#""pads_soaked_per_hour":1,"pad_fullness":"moderate""#,
        Some(25.0),
    ),
    (
        r#""pads_soaked_per_hour":2,"pad_fullness":"moderate","clots":"large""#,
        Some(50.0),
    ),
    (r#""pad_fullness":"light","clots":"small""#, Some(2.0)),
    (r#""clots":"small""#, Some(1.0)),
    (r#""clots":"none""#, Some(0.0)),
    (r#""pads_soaked_per_hour":0.5"#, Some(10.0)),
];

#[test]
fn pbac_points_per_entry() {
    for (fields, points) in PBAC {
        let b = bleeding(1.0, fields);
        assert_eq!(b.bleeding().unwrap().pbac_points(), *points, "{fields}");
    }
}

#[test]
fn days_are_the_persons_own_and_in_order() {
    let entries = vec![
        // 04:30 UTC on the 20th, but 23:30 on the 19th where the person was.
        e(r#"{"kind":"pain","at":"2026-11-19T23:30:00-05:00","score":5}"#),
        e(r#"{"kind":"pain","at":"2026-11-20T08:00:00+00:00","score":2}"#),
        e(r#"{"kind":"pain","at":"2026-11-19T07:00:00+00:00","score":3}"#),
        e(r#"{"kind":"pain","at":"2026-11-18T22:00:00+00:00","score":1}"#),
    ];
    let t = timeline(&entries);
    let dates: Vec<String> = t.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(dates, ["2026-11-18", "2026-11-19", "2026-11-20"]);
    let idx: Vec<Vec<usize>> = t
        .days
        .iter()
        .map(|d| d.entries.iter().map(|x| x.index).collect())
        .collect();
    assert_eq!(idx, [vec![3], vec![2, 0], vec![1]]);
    assert_eq!(t.days[1].summary.max_pain, Some(5));
    // The pain series is by instant: 1, 3, 5, 2 → falling.
    let values: Vec<f64> = t.series.pain.points.iter().map(|p| p.value).collect();
    assert_eq!(values, [1.0, 3.0, 5.0, 2.0]);
    assert_eq!(t.series.pain.summary.change, Change::Falling);
    assert_eq!(t.series.pain.summary.highest, Some(5.0));
}

#[test]
fn a_day_summary_keeps_pads_per_hour_and_the_pbac_score_apart() {
    let entries = vec![
        e(
            r#"{"kind":"bleeding","at":"2026-11-20T08:00:00Z","pads_soaked_per_hour":1,"clots":"small"}"#,
        ),
        e(r#"{"kind":"bleeding","at":"2026-11-20T10:00:00Z","pad_fullness":"moderate"}"#),
        e(r#"{"kind":"bleeding","at":"2026-11-20T11:00:00Z","pads_soaked_per_hour":0.5}"#),
        e(r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":100.4}"#),
        e(r#"{"kind":"temperature","at":"2026-11-20T10:00:00Z","celsius":37.2}"#),
        e(r#"{"kind":"hcg","at":"2026-11-20T09:30:00Z","iu_per_l":850}"#),
        e(r#"{"kind":"pregnancy_test","at":"2026-11-20T07:00:00Z","result":"negative"}"#),
        e(r#"{"kind":"mood","at":"2026-11-20T07:00:00Z","score":2}"#),
    ];
    let t = timeline(&entries);
    assert_eq!(t.days.len(), 1);
    let s = &t.days[0].summary;
    assert!(s.bleeding);
    assert!(!s.no_bleeding_recorded);
    assert_eq!(s.max_pads_per_hour, Some(1.0));
    assert_eq!(s.pbac_score, Some(21.0 + 5.0 + 10.0));
    assert!((s.max_temperature_c.unwrap() - 38.0).abs() < 1e-9);
    assert_eq!(s.hcg.len(), 1);
    assert_eq!(s.hcg[0].iu_per_l, 850.0);
    assert_eq!(s.tests.len(), 1);
    assert_eq!(s.tests[0].result, TestResult::Negative);
    assert_eq!(s.max_pain, None);
    // Series: pads per hour at each entry that counts pads; PBAC per day.
    let pads: Vec<f64> = t
        .series
        .pads_per_hour
        .points
        .iter()
        .map(|p| p.value)
        .collect();
    assert_eq!(pads, [1.0, 0.5]);
    assert_eq!(t.series.pbac_daily.points.len(), 1);
    assert_eq!(t.series.pbac_daily.summary.change, Change::OneValue);
    assert_eq!(t.series.temperature_c.points.len(), 2);
    assert_eq!(t.series.hcg.points[0].index, 5);
    assert_eq!(t.pbac_note, PBAC_NOTE);
}

#[test]
fn a_no_bleeding_day_reads_as_zero_not_as_unknown() {
    let entries = vec![
        e(r#"{"kind":"bleeding","at":"2026-11-19T08:00:00Z","amount":"none"}"#),
        e(r#"{"kind":"bleeding","at":"2026-11-20T08:00:00Z"}"#),
    ];
    let t = timeline(&entries);
    let first = &t.days[0].summary;
    assert!(first.no_bleeding_recorded && !first.bleeding);
    assert_eq!(first.max_pads_per_hour, Some(0.0));
    assert_eq!(first.pbac_score, Some(0.0));
    let second = &t.days[1].summary;
    assert!(second.bleeding);
    assert_eq!(second.max_pads_per_hour, None, "bleeding with no details");
    assert_eq!(second.pbac_score, None);
}

#[test]
fn series_summaries_read_the_last_two_values() {
    assert_eq!(SeriesSummary::of(&[]).change, Change::NoValues);
    assert_eq!(SeriesSummary::of(&[3.0]).change, Change::OneValue);
    assert_eq!(SeriesSummary::of(&[3.0, 4.0]).change, Change::Rising);
    assert_eq!(SeriesSummary::of(&[3.0, 2.0]).change, Change::Falling);
    assert_eq!(SeriesSummary::of(&[3.0, 3.0]).change, Change::Same);
    let s = SeriesSummary::of(&[9.0, 1.0, 2.0]);
    assert_eq!(
        (s.latest, s.previous, s.highest),
        (Some(2.0), Some(1.0), Some(9.0))
    );
}

#[test]
fn hcg_values_go_to_the_hcg_reading_in_time_order() {
    let entries = vec![
        e(r#"{"kind":"hcg","at":"2026-11-17T09:00:00Z","iu_per_l":500}"#),
        e(r#"{"kind":"hcg","at":"2026-11-15T09:00:00Z","iu_per_l":1000}"#),
        e(r#"{"kind":"note","at":"2026-11-16T09:00:00Z","text":"x"}"#),
    ];
    let input = hcg_input(&entries, HcgContext::AfterLoss);
    let ats: Vec<&str> = input
        .values
        .iter()
        .map(|v| v.at.as_deref().unwrap())
        .collect();
    assert_eq!(ats, ["2026-11-15T09:00:00Z", "2026-11-17T09:00:00Z"]);
    let out = crate::hcg::interpret(&input, now(), Region::Uk).unwrap();
    assert_eq!(out.pairs.len(), 1);
    assert!(out.pairs[0].percent_change < 0.0);

    // No scan in the diary showed the pregnancy in the womb: the reading says a falling hCG does
    // not rule out an ectopic pregnancy (CLINICAL.md §2).
    assert_eq!(input.scan_showed_in_womb, None);
    assert!(
        out.readings
            .iter()
            .any(|r| r.id == "after-loss-ectopic-not-excluded")
    );
    let mut with_scan = entries.clone();
    with_scan.push(e(
        r#"{"kind":"scan","at":"2026-11-10T09:00:00Z","showed":"early_pregnancy_loss"}"#,
    ));
    let input_scan = hcg_input(&with_scan, HcgContext::AfterLoss);
    assert_eq!(input_scan.scan_showed_in_womb, Some(true));
    let out_scan = crate::hcg::interpret(&input_scan, now(), Region::Uk).unwrap();
    assert!(
        !out_scan
            .readings
            .iter()
            .any(|r| r.id == "after-loss-ectopic-not-excluded")
    );

    // More than the reading takes: the most recent 20.
    let many: Vec<Entry> = (0..25)
        .map(|i| {
            e(&format!(
                r#"{{"kind":"hcg","at":"{}","iu_per_l":{}}}"#,
                ago(f64::from(i) * 48.0 + 1.0),
                1000 - i
            ))
        })
        .collect();
    let input = hcg_input(&many, HcgContext::AfterLoss);
    assert_eq!(input.values.len(), 20);
    assert_eq!(
        input.values[19].iu_per_l,
        Some(1000.0),
        "the newest is kept"
    );
}

#[test]
fn an_empty_diary_has_an_empty_timeline() {
    let t = timeline(&[]);
    assert!(t.days.is_empty());
    assert_eq!(t.series.pads_per_hour.summary.change, Change::NoValues);
    assert!(in_time_order(&[]).is_empty());
}
