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
