//! Wellbeing tests: boundary vectors at every band edge, validation naming fields, the PHQ-9
//! item 9 rule, PCL-5 clusters, re-check dates, and properties (total = sum; item 9 > 0 always
//! crisis; raising any answer never lowers the band).

use super::*;
use proptest::prelude::*;

/// Answers adding up to `total`: as many top answers as fit, then the rest, then zeros. Item 9 of
/// the PHQ-9 is left at 0 (filled last) so the crisis rule stays out of band tests.
fn answers_with_total(q: Questionnaire, total: u32) -> Vec<u8> {
    let n = q.item_count();
    let max = u32::from(q.max_answer());
    let mut left = total;
    let mut out = vec![0u8; n];
    let mut order: Vec<usize> = (0..n).collect();
    if q == Questionnaire::Phq9 {
        order.retain(|i| *i != PHQ9_CRISIS_ITEM - 1);
        order.push(PHQ9_CRISIS_ITEM - 1);
    }
    for i in order {
        let v = left.min(max);
        out[i] = v as u8;
        left -= v;
    }
    assert_eq!(left, 0, "{total} fits in {}", q.id());
    out
}

fn score_of(q: Questionnaire, total: u32) -> Score {
    Answers::from_values(q, &answers_with_total(q, total))
        .unwrap()
        .score()
}

#[test]
fn phq9_band_edges() {
    // kroenke-2001: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
    let q = Questionnaire::Phq9;
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::ModeratelySevere),
        (19, Band::ModeratelySevere),
        (20, Band::Severe),
        (24, Band::Severe),
    ] {
        let s = score_of(q, total);
        assert_eq!(s.total, total);
        assert_eq!(s.band, band, "PHQ-9 total {total}");
        assert!(!s.crisis, "item 9 is 0 at total {total}");
    }
    // 27 needs item 9 at 3: severe, and crisis.
    let s = Answers::from_values(q, &[3; 9]).unwrap().score();
    assert_eq!((s.total, s.band, s.crisis), (27, Band::Severe, true));
}

#[test]
fn gad7_band_edges() {
    // spitzer-2006: 5, 10, 15 = mild, moderate, severe.
    let q = Questionnaire::Gad7;
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::Severe),
        (21, Band::Severe),
    ] {
        let s = score_of(q, total);
        assert_eq!((s.total, s.band), (total, band), "GAD-7 total {total}");
        assert!(!s.crisis);
        assert!(s.clusters.is_empty());
    }
}

#[test]
fn pcl5_cut_point_edges() {
    // weathers-2013: provisional cut-point 31–33.
    let q = Questionnaire::Pcl5;
    for (total, band) in [
        (0, Band::BelowCutPoint),
        (30, Band::BelowCutPoint),
        (31, Band::CutPointRange),
        (32, Band::CutPointRange),
        (33, Band::CutPointRange),
        (34, Band::AboveCutPoint),
        (80, Band::AboveCutPoint),
    ] {
        let s = score_of(q, total);
        assert_eq!((s.total, s.band), (total, band), "PCL-5 total {total}");
        assert!(!s.crisis, "the PCL-5 has no crisis item");
    }
}

#[test]
fn bands_cover_every_total_once_in_order() {
    for q in Questionnaire::ALL {
        let bands = q.bands();
        assert_eq!(bands.first().map(|b| b.min), Some(0), "{}", q.id());
        assert_eq!(
            bands.last().map(|b| b.max),
            Some(q.max_total()),
            "{}",
            q.id()
        );
        for w in bands.windows(2) {
            assert_eq!(w[0].max + 1, w[1].min, "{}: contiguous", q.id());
            assert!(w[0].band.rank() < w[1].band.rank(), "{}: ranked", q.id());
        }
    }
    assert_eq!(Questionnaire::Phq9.max_total(), 27);
    assert_eq!(Questionnaire::Gad7.max_total(), 21);
    assert_eq!(Questionnaire::Pcl5.max_total(), 80);
}

#[test]
fn phq9_item_9_alone_is_crisis_even_at_a_minimal_total() {
    let mut a = [0u8; 9];
    a[8] = 1;
    let s = Answers::from_values(Questionnaire::Phq9, &a)
        .unwrap()
        .score();
    assert_eq!((s.total, s.band, s.crisis), (1, Band::Minimal, true));
    // Items 1–8 at their highest with item 9 at 0: severe, not crisis.
    let mut b = [3u8; 9];
    b[8] = 0;
    let s = Answers::from_values(Questionnaire::Phq9, &b)
        .unwrap()
        .score();
    assert_eq!((s.total, s.band, s.crisis), (24, Band::Severe, false));
}

#[test]
fn crisis_is_seen_in_an_incomplete_form() {
    let mut raw = vec![None; 9];
    raw[8] = Some(2.0);
    assert!(needs_crisis_signposting(Questionnaire::Phq9, &raw));
    assert!(Answers::check(Questionnaire::Phq9, &raw).is_err());
    raw[8] = Some(0.0);
    assert!(!needs_crisis_signposting(Questionnaire::Phq9, &raw));
    raw[8] = None;
    assert!(!needs_crisis_signposting(Questionnaire::Phq9, &raw));
    // An out-of-range or half answer above 0 still counts: in doubt, show help.
    raw[8] = Some(7.0);
    assert!(needs_crisis_signposting(Questionnaire::Phq9, &raw));
    raw[8] = Some(0.5);
    assert!(needs_crisis_signposting(Questionnaire::Phq9, &raw));
    // Item 9 of the GAD-7 does not exist; item 9 of the PCL-5 is not a crisis item.
    let mut pcl = vec![Some(0.0); 20];
    pcl[8] = Some(4.0);
    assert!(!needs_crisis_signposting(Questionnaire::Pcl5, &pcl));
}

#[test]
fn validation_names_every_missing_and_bad_item() {
    let raw = [
        Some(1.0),
        None,
        Some(4.0),
        Some(1.5),
        Some(-1.0),
        Some(0.0),
        None,
    ];
    let err = Answers::check(Questionnaire::Gad7, &raw).unwrap_err();
    let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "answers[1]",
            "answers[2]",
            "answers[3]",
            "answers[4]",
            "answers[6]"
        ]
    );
    assert_eq!(err.errors[0].problem, Problem::Missing);
    assert_eq!(
        err.errors[1].to_string(),
        "answers[2]: expected a whole number from 0 to 3"
    );
}

#[test]
fn validation_refuses_the_wrong_count() {
    let err = Answers::from_values(Questionnaire::Phq9, &[0; 8]).unwrap_err();
    assert_eq!(err.errors[0].field, "answers");
    assert_eq!(
        err.errors[0].problem,
        Problem::WrongCount { min: 9, max: 9 }
    );
    let err = Answers::from_values(Questionnaire::Gad7, &[0; 9]).unwrap_err();
    assert_eq!(err.errors[0].field, "answers");
    // The PCL-5 allows 4; the PHQ-9 does not.
    assert!(Answers::from_values(Questionnaire::Pcl5, &[4; 20]).is_ok());
    let err = Answers::from_values(Questionnaire::Phq9, &[4; 9]).unwrap_err();
    assert_eq!(err.errors.len(), 9);
}

#[test]
fn pcl5_cluster_subtotals() {
    // Item i (1-based) answered i % 5: B 1+2+3+4+0, C 1+2, D 3+4+0+1+2+3+4, E 0+1+2+3+4+0.
    let a: Vec<u8> = (1..=20u8).map(|i| i % 5).collect();
    let s = Answers::from_values(Questionnaire::Pcl5, &a)
        .unwrap()
        .score();
    let got: Vec<_> = s
        .clusters
        .iter()
        .map(|c| (c.id, c.subtotal, c.max))
        .collect();
    assert_eq!(
        got,
        [("B", 10, 20), ("C", 3, 8), ("D", 17, 28), ("E", 10, 24)]
    );
    assert_eq!(s.total, 40);
    assert_eq!(s.clusters.iter().map(|c| c.subtotal).sum::<u32>(), s.total);
}

#[test]
fn recheck_follows_the_recall_window() {
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert_eq!(
        Questionnaire::Phq9.recheck_on(d("2026-11-20")),
        Some(d("2026-12-04"))
    );
    assert_eq!(
        Questionnaire::Gad7.recheck_on(d("2026-12-25")),
        Some(d("2027-01-08"))
    );
    assert_eq!(
        Questionnaire::Pcl5.recheck_on(d("2026-11-20")),
        Some(d("2026-12-20"))
    );
    // One calendar month from 31 January is the last day of February.
    assert_eq!(
        Questionnaire::Pcl5.recheck_on(d("2027-01-31")),
        Some(d("2027-02-28"))
    );
}

#[test]
fn ids_round_trip_and_there_is_no_epds() {
    for q in Questionnaire::ALL {
        assert_eq!(Questionnaire::from_id(q.id()), Some(q));
    }
    assert_eq!(Questionnaire::from_id("epds"), None);
    assert_eq!(Questionnaire::ALL.len(), 3);
    assert_eq!(
        Questionnaire::ALL.map(|q| q.source().id()),
        ["kroenke-2001", "spitzer-2006", "weathers-2013"]
    );
}

fn any_answers() -> impl Strategy<Value = (Questionnaire, Vec<u8>)> {
    prop_oneof![
        Just(Questionnaire::Phq9),
        Just(Questionnaire::Gad7),
        Just(Questionnaire::Pcl5)
    ]
    .prop_flat_map(|q| {
        (
            Just(q),
            proptest::collection::vec(0..=q.max_answer(), q.item_count()),
        )
    })
}

proptest! {
    #[test]
    fn total_is_the_sum((q, a) in any_answers()) {
        let s = Answers::from_values(q, &a).unwrap().score();
        prop_assert_eq!(s.total, a.iter().map(|v| u32::from(*v)).sum::<u32>());
        prop_assert!(s.total <= q.max_total());
        let def = q.bands().iter().find(|b| b.band == s.band).unwrap();
        prop_assert!(def.min <= s.total && s.total <= def.max);
    }

    #[test]
    fn phq9_item_9_above_0_is_always_crisis(mut a in proptest::collection::vec(0..=3u8, 9), nine in 1..=3u8) {
        a[8] = nine;
        let s = Answers::from_values(Questionnaire::Phq9, &a).unwrap().score();
        prop_assert!(s.crisis);
        a[8] = 0;
        let s = Answers::from_values(Questionnaire::Phq9, &a).unwrap().score();
        prop_assert!(!s.crisis);
    }

    #[test]
    fn raising_an_answer_never_lowers_the_band((q, a) in any_answers(), item in 0usize..20, by in 1u8..=4) {
        let item = item % q.item_count();
        let before = Answers::from_values(q, &a).unwrap().score();
        let mut raised = a.clone();
        raised[item] = raised[item].saturating_add(by).min(q.max_answer());
        let after = Answers::from_values(q, &raised).unwrap().score();
        prop_assert!(after.total >= before.total);
        prop_assert!(after.band.rank() >= before.band.rank());
        prop_assert!(after.crisis || !before.crisis, "crisis never goes away when raising");
    }
}

// ---------------------------------------------------------------------------------------------
// PCL-5 item 16 and the first month after the loss (CLINICAL.md §7, revision 2026-12)
// ---------------------------------------------------------------------------------------------

/// SAFETY.md W8: item 16 at 2 ("Moderately") or more shows the crisis line first, whatever the
/// total; at 1 it does not. The PHQ-9 rule is unchanged and `crisis` stays the PHQ-9's alone.
#[test]
fn pcl5_item_16_at_2_or_more_puts_the_crisis_line_first_whatever_the_total() {
    let q = Questionnaire::Pcl5;
    for (rating, want) in [
        (0, None),
        (1, None),
        (2, Some(CrisisReason::Pcl5Item16)),
        (3, Some(CrisisReason::Pcl5Item16)),
        (4, Some(CrisisReason::Pcl5Item16)),
    ] {
        let mut a = vec![0u8; 20];
        a[PCL5_RISK_ITEM - 1] = rating;
        let s = Answers::from_values(q, &a).unwrap().score();
        assert_eq!(s.crisis_line_first, want, "item 16 = {rating}");
        assert_eq!(s.band, Band::BelowCutPoint, "a low total: {}", s.total);
        assert!(!s.crisis, "the diary's self-harm rule stays the PHQ-9's");
    }
    // Another PCL-5 item at 4 is not item 16.
    let mut a = vec![0u8; 20];
    a[PCL5_RISK_ITEM - 2] = 4;
    a[PCL5_RISK_ITEM] = 4;
    assert_eq!(
        Answers::from_values(q, &a)
            .unwrap()
            .score()
            .crisis_line_first,
        None
    );
    // The PHQ-9's item 9 is reported the same way.
    let mut phq = vec![0u8; 9];
    phq[PHQ9_CRISIS_ITEM - 1] = 1;
    let s = Answers::from_values(Questionnaire::Phq9, &phq)
        .unwrap()
        .score();
    assert_eq!(s.crisis_line_first, Some(CrisisReason::Phq9Item9));
    assert!(s.crisis);
    // GAD-7: no such item.
    let gad = Answers::from_values(Questionnaire::Gad7, &[3; 7])
        .unwrap()
        .score();
    assert_eq!(gad.crisis_line_first, None);
}

#[test]
fn pcl5_item_16_is_seen_in_an_incomplete_form_and_in_doubt_counts() {
    let q = Questionnaire::Pcl5;
    let mut raw = vec![None; 20];
    raw[PCL5_RISK_ITEM - 1] = Some(2.0);
    assert_eq!(crisis_reason(q, &raw), Some(CrisisReason::Pcl5Item16));
    assert!(Answers::check(q, &raw).is_err(), "still incomplete");
    raw[PCL5_RISK_ITEM - 1] = Some(1.0);
    assert_eq!(crisis_reason(q, &raw), None);
    raw[PCL5_RISK_ITEM - 1] = Some(1.5);
    assert_eq!(crisis_reason(q, &raw), Some(CrisisReason::Pcl5Item16));
    raw[PCL5_RISK_ITEM - 1] = Some(f64::NAN);
    assert_eq!(crisis_reason(q, &raw), Some(CrisisReason::Pcl5Item16));
    raw[PCL5_RISK_ITEM - 1] = None;
    assert_eq!(crisis_reason(q, &raw), None);
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// SAFETY.md W9: before 4 weeks the PCL-5 is read as acute stress with a re-check at 4 weeks;
/// from day 28 the published cut-point applies; unknown stays unknown.
#[test]
fn a_pcl5_within_4_weeks_of_the_loss_is_the_first_month_with_a_recheck_at_4_weeks() {
    let loss = day("2026-11-01");
    for (taken, want) in [
        (
            "2026-11-01",
            SinceLoss::FirstMonth {
                recheck_on: day("2026-11-29"),
            },
        ),
        (
            "2026-11-28",
            SinceLoss::FirstMonth {
                recheck_on: day("2026-11-29"),
            },
        ),
        ("2026-11-29", SinceLoss::AfterFirstMonth),
        ("2027-03-01", SinceLoss::AfterFirstMonth),
    ] {
        assert_eq!(since_loss(day(taken), Some(loss)), want, "taken {taken}");
    }
    assert_eq!(since_loss(day("2026-11-20"), None), SinceLoss::Unknown);
    // A loss dated after the check-in (a slip the form refuses) reads as the first month.
    assert!(matches!(
        since_loss(day("2026-11-20"), Some(day("2026-11-25"))),
        SinceLoss::FirstMonth { .. }
    ));
    assert_eq!(FIRST_MONTH_DAYS, 28);
}

proptest! {
    #[test]
    fn pcl5_item_16_at_2_or_more_always_puts_the_crisis_line_first(
        mut a in proptest::collection::vec(0..=4u8, 20), rating in 2..=4u8,
    ) {
        a[PCL5_RISK_ITEM - 1] = rating;
        let s = Answers::from_values(Questionnaire::Pcl5, &a).unwrap().score();
        prop_assert_eq!(s.crisis_line_first, Some(CrisisReason::Pcl5Item16));
        a[PCL5_RISK_ITEM - 1] = (rating - 2).min(1);
        let s = Answers::from_values(Questionnaire::Pcl5, &a).unwrap().score();
        prop_assert_eq!(s.crisis_line_first, None);
    }
}
