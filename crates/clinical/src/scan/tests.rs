use super::*;
use crate::input::Problem;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn tv() -> ScanInput {
    ScanInput {
        route: Some(Route::Transvaginal),
        ..ScanInput::default()
    }
}

#[allow(clippy::unnecessary_wraps)] // fills an Option field
fn prev(days: f64, sac: bool, yolk: bool) -> Option<PreviousScanInput> {
    Some(PreviousScanInput {
        days_ago: Some(days),
        sac_seen: Some(sac),
        yolk_sac_seen: Some(yolk),
    })
}

fn reading(input: &ScanInput, rule_set: ScanRuleSet) -> ScanReading {
    read(input, Region::Uk)
        .unwrap()
        .readings
        .into_iter()
        .find(|r| r.rule_set == rule_set)
        .unwrap()
}

fn fired(input: &ScanInput) -> BTreeSet<&'static str> {
    read(input, Region::Uk)
        .unwrap()
        .readings
        .iter()
        .flat_map(|r| r.reasons.iter().map(|x| x.rule))
        .collect()
}

fn sru(input: &ScanInput) -> Category {
    reading(input, ScanRuleSet::Sru2013).category
}

fn nice(input: &ScanInput) -> Category {
    reading(input, ScanRuleSet::NiceNg126).category
}

fn field_errors(input: &ScanInput) -> Vec<(String, Problem)> {
    read(input, Region::Uk)
        .unwrap_err()
        .errors
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

/// One input per rule that makes it fire: (rule id, input).
#[allow(clippy::too_many_lines)] // one table, one row per rule
fn fixtures() -> Vec<(&'static str, ScanInput)> {
    vec![
        (
            "sru-crl-7-no-cardiac-activity",
            ScanInput {
                crl_mm: Some(7.0),
                cardiac_activity: Some(false),
                ..tv()
            },
        ),
        (
            "sru-msd-25-no-embryo",
            ScanInput {
                msd_mm: Some(25.0),
                embryo_seen: Some(false),
                ..tv()
            },
        ),
        (
            "sru-no-embryo-14-days-after-sac-without-yolk-sac",
            ScanInput {
                msd_mm: Some(10.0),
                embryo_seen: Some(false),
                previous_scan: prev(14.0, true, false),
                ..tv()
            },
        ),
        (
            "sru-no-embryo-11-days-after-sac-with-yolk-sac",
            ScanInput {
                msd_mm: Some(12.0),
                embryo_seen: Some(false),
                previous_scan: prev(11.0, true, true),
                ..tv()
            },
        ),
        (
            "sru-crl-under-7-no-cardiac-activity",
            ScanInput {
                crl_mm: Some(6.9),
                cardiac_activity: Some(false),
                ..tv()
            },
        ),
        (
            "sru-msd-16-24-no-embryo",
            ScanInput {
                msd_mm: Some(16.0),
                embryo_seen: Some(false),
                ..tv()
            },
        ),
        (
            "sru-no-embryo-7-13-days-after-sac-without-yolk-sac",
            ScanInput {
                msd_mm: Some(10.0),
                embryo_seen: Some(false),
                previous_scan: prev(7.0, true, false),
                ..tv()
            },
        ),
        (
            "sru-no-embryo-7-10-days-after-sac-with-yolk-sac",
            ScanInput {
                crl_mm: Some(3.0),
                cardiac_activity: Some(false),
                previous_scan: prev(10.0, true, true),
                ..tv()
            },
        ),
        (
            "sru-no-embryo-6-weeks-after-lmp",
            ScanInput {
                msd_mm: Some(10.0),
                embryo_seen: Some(false),
                weeks_since_lmp: Some(6.0),
                ..tv()
            },
        ),
        (
            "sru-empty-amnion",
            ScanInput {
                msd_mm: Some(14.0),
                amnion_empty: Some(true),
                ..tv()
            },
        ),
        (
            "sru-enlarged-yolk-sac",
            ScanInput {
                crl_mm: Some(5.0),
                cardiac_activity: Some(true),
                yolk_sac_mm: Some(7.1),
                msd_mm: Some(20.0),
                ..tv()
            },
        ),
        (
            "sru-small-sac-for-embryo",
            ScanInput {
                msd_mm: Some(12.2),
                crl_mm: Some(7.3),
                cardiac_activity: Some(true),
                ..tv()
            },
        ),
        (
            "nice-crl-under-7-no-cardiac-activity",
            ScanInput {
                crl_mm: Some(6.9),
                cardiac_activity: Some(false),
                ..tv()
            },
        ),
        (
            "nice-crl-7-no-cardiac-activity",
            ScanInput {
                crl_mm: Some(7.0),
                cardiac_activity: Some(false),
                ..tv()
            },
        ),
        (
            "nice-msd-under-25-no-embryo",
            ScanInput {
                msd_mm: Some(24.9),
                embryo_seen: Some(false),
                ..tv()
            },
        ),
        (
            "nice-msd-25-no-embryo",
            ScanInput {
                msd_mm: Some(25.0),
                embryo_seen: Some(false),
                ..tv()
            },
        ),
        (
            "nice-transabdominal-only",
            ScanInput {
                route: Some(Route::Transabdominal),
                msd_mm: Some(20.0),
                embryo_seen: Some(false),
                ..ScanInput::default()
            },
        ),
    ]
}

#[test]
fn every_rule_fires_on_its_fixture() {
    for (id, input) in fixtures() {
        assert!(
            fired(&input).contains(id),
            "{id} did not fire: {:?}",
            fired(&input)
        );
    }
}

#[test]
fn every_rule_has_a_fixture_a_source_and_a_unique_id() {
    let covered: BTreeSet<&str> = fixtures().iter().map(|(id, _)| *id).collect();
    let mut ids = BTreeSet::new();
    for r in RULES {
        assert!(ids.insert(r.id), "duplicate {}", r.id);
        assert!(covered.contains(r.id), "no fixture fires {}", r.id);
        assert!(!r.sources.is_empty());
        assert!(!r.needs.is_empty());
        assert!(r.id.starts_with(match r.rule_set {
            ScanRuleSet::Sru2013 => "sru-",
            ScanRuleSet::NiceNg126 => "nice-",
        }));
        match r.rule_set {
            ScanRuleSet::Sru2013 => assert!(matches!(
                r.category,
                Category::ConsistentWithLoss | Category::Suspicious
            )),
            ScanRuleSet::NiceNg126 => {
                assert!(matches!(
                    r.category,
                    Category::SecondOpinionOrRescan | Category::Rescan
                ));
                assert!(r.rescan_after_days.is_some());
            }
        }
    }
    assert_eq!(
        RULES
            .iter()
            .filter(|r| r.rule_set == ScanRuleSet::Sru2013)
            .count(),
        12
    );
    assert_eq!(
        RULES
            .iter()
            .filter(|r| r.rule_set == ScanRuleSet::NiceNg126)
            .count(),
        5
    );
}

#[test]
fn rules_list_serialises_without_the_predicate() {
    let v = serde_json::to_value(RULES).unwrap();
    assert_eq!(v[0]["id"], "sru-crl-7-no-cardiac-activity");
    assert_eq!(v[0]["rule_set"], "sru-2013");
    assert_eq!(v[0]["category"], "consistent-with-loss");
    assert!(v[0].get("test").is_none());
}

// ----- Boundaries -----------------------------------------------------------------------------

#[test]
fn crl_7_point_0_counts_as_7_or_more() {
    let at7 = ScanInput {
        crl_mm: Some(7.0),
        cardiac_activity: Some(false),
        ..tv()
    };
    assert_eq!(sru(&at7), Category::ConsistentWithLoss);
    assert_eq!(nice(&at7), Category::SecondOpinionOrRescan);
    assert!(!fired(&at7).contains("sru-crl-under-7-no-cardiac-activity"));
    let below = ScanInput {
        crl_mm: Some(6.99),
        ..at7.clone()
    };
    assert_eq!(sru(&below), Category::Suspicious);
    assert_eq!(nice(&below), Category::Rescan);
    assert!(
        reading(&below, ScanRuleSet::NiceNg126)
            .next_step
            .contains("at least 7 days")
    );
}

#[test]
fn cardiac_activity_seen_meets_no_size_criterion() {
    let ok = ScanInput {
        crl_mm: Some(12.0),
        cardiac_activity: Some(true),
        msd_mm: Some(25.0),
        yolk_sac_mm: Some(4.0),
        ..tv()
    };
    assert_eq!(sru(&ok), Category::NoCriteriaMet);
    assert_eq!(nice(&ok), Category::NoCriteriaMet);
    assert!(fired(&ok).is_empty());
}

#[test]
fn msd_boundaries() {
    let empty = |msd: f64| ScanInput {
        msd_mm: Some(msd),
        embryo_seen: Some(false),
        ..tv()
    };
    assert_eq!(sru(&empty(25.0)), Category::ConsistentWithLoss);
    assert_eq!(nice(&empty(25.0)), Category::SecondOpinionOrRescan);
    assert_eq!(sru(&empty(24.9)), Category::Suspicious);
    assert!(fired(&empty(24.9)).contains("sru-msd-16-24-no-embryo"));
    assert_eq!(nice(&empty(24.9)), Category::Rescan);
    assert_eq!(sru(&empty(16.0)), Category::Suspicious);
    assert_eq!(sru(&empty(15.9)), Category::NoCriteriaMet);
    assert_eq!(nice(&empty(15.9)), Category::Rescan);
    // An embryo in a big sac is not "no embryo".
    let with_embryo = ScanInput {
        msd_mm: Some(30.0),
        crl_mm: Some(10.0),
        cardiac_activity: Some(true),
        ..tv()
    };
    assert_eq!(sru(&with_embryo), Category::NoCriteriaMet);
}

#[test]
fn previous_scan_day_boundaries() {
    let after = |days: f64, yolk: bool| ScanInput {
        msd_mm: Some(10.0),
        embryo_seen: Some(false),
        previous_scan: prev(days, true, yolk),
        ..tv()
    };
    let without = |d| fired(&after(d, false));
    assert!(!without(6.0).iter().any(|id| id.contains("after-sac")));
    assert!(without(7.0).contains("sru-no-embryo-7-13-days-after-sac-without-yolk-sac"));
    assert!(without(13.0).contains("sru-no-embryo-7-13-days-after-sac-without-yolk-sac"));
    assert!(!without(13.0).contains("sru-no-embryo-14-days-after-sac-without-yolk-sac"));
    assert!(without(14.0).contains("sru-no-embryo-14-days-after-sac-without-yolk-sac"));
    assert!(!without(14.0).contains("sru-no-embryo-7-13-days-after-sac-without-yolk-sac"));
    assert_eq!(sru(&after(14.0, false)), Category::ConsistentWithLoss);
    let with = |d| fired(&after(d, true));
    assert!(!with(6.0).iter().any(|id| id.contains("after-sac")));
    assert!(with(7.0).contains("sru-no-embryo-7-10-days-after-sac-with-yolk-sac"));
    assert!(with(10.0).contains("sru-no-embryo-7-10-days-after-sac-with-yolk-sac"));
    assert!(!with(10.0).contains("sru-no-embryo-11-days-after-sac-with-yolk-sac"));
    assert!(with(11.0).contains("sru-no-embryo-11-days-after-sac-with-yolk-sac"));
    assert_eq!(sru(&after(11.0, true)), Category::ConsistentWithLoss);
    // An embryo with cardiac activity now: none of these fire.
    let fine = ScanInput {
        crl_mm: Some(4.0),
        cardiac_activity: Some(true),
        previous_scan: prev(20.0, true, false),
        ..tv()
    };
    assert!(!fired(&fine).iter().any(|id| id.contains("after-sac")));
    // The previous scan showed no sac: these rules are about a sac, so they do not fire.
    let no_sac = ScanInput {
        previous_scan: prev(20.0, false, false),
        ..after(1.0, false)
    };
    assert!(!fired(&no_sac).iter().any(|id| id.contains("after-sac")));
}

#[test]
fn weeks_since_lmp_boundary() {
    let at = |w: f64| ScanInput {
        msd_mm: Some(8.0),
        embryo_seen: Some(false),
        weeks_since_lmp: Some(w),
        ..tv()
    };
    assert!(fired(&at(6.0)).contains("sru-no-embryo-6-weeks-after-lmp"));
    assert!(!fired(&at(5.9)).contains("sru-no-embryo-6-weeks-after-lmp"));
    // Without a sac size we cannot tell a sac was seen: not checked rather than fired.
    let no_sac = ScanInput {
        msd_mm: None,
        ..at(7.0)
    };
    assert!(!fired(&no_sac).contains("sru-no-embryo-6-weeks-after-lmp"));
    let r = reading(&no_sac, ScanRuleSet::Sru2013);
    assert!(
        r.not_checked
            .iter()
            .any(|n| n.rule == "sru-no-embryo-6-weeks-after-lmp" && n.needs == ["msd_mm"])
    );
}

#[test]
fn yolk_sac_boundary_is_more_than_7() {
    let y = |mm: f64| ScanInput {
        crl_mm: Some(4.0),
        cardiac_activity: Some(true),
        yolk_sac_mm: Some(mm),
        ..tv()
    };
    assert!(!fired(&y(7.0)).contains("sru-enlarged-yolk-sac"));
    assert!(fired(&y(7.01)).contains("sru-enlarged-yolk-sac"));
    assert_eq!(sru(&y(8.0)), Category::Suspicious);
}

#[test]
fn small_sac_boundary_is_less_than_5() {
    let s = |msd: f64, crl: f64| ScanInput {
        msd_mm: Some(msd),
        crl_mm: Some(crl),
        cardiac_activity: Some(true),
        ..tv()
    };
    // 12.3 − 7.3 is exactly 5 mm in decimal (not 4.999… in binary): does not fire.
    assert!(!fired(&s(12.3, 7.3)).contains("sru-small-sac-for-embryo"));
    assert!(!fired(&s(10.0, 5.0)).contains("sru-small-sac-for-embryo"));
    assert!(fired(&s(12.2, 7.3)).contains("sru-small-sac-for-embryo"));
    assert!(fired(&s(6.0, 8.0)).contains("sru-small-sac-for-embryo"));
}

#[test]
fn transabdominal_scans_use_the_nice_14_day_rule_and_not_the_sru_signs() {
    let ta = ScanInput {
        route: Some(Route::Transabdominal),
        crl_mm: Some(9.0),
        cardiac_activity: Some(false),
        ..ScanInput::default()
    };
    let n = reading(&ta, ScanRuleSet::NiceNg126);
    assert_eq!(n.category, Category::Rescan);
    assert_eq!(n.reasons.len(), 1);
    assert_eq!(n.reasons[0].rule, "nice-transabdominal-only");
    assert!(n.next_step.contains("at least 14 days"), "{}", n.next_step);
    let s = reading(&ta, ScanRuleSet::Sru2013);
    assert_eq!(s.category, Category::NoCriteriaMet);
    assert!(
        s.next_step.contains("through the tummy only"),
        "{}",
        s.next_step
    );
    let fine = ScanInput {
        cardiac_activity: Some(true),
        ..ta
    };
    assert_eq!(nice(&fine), Category::NoCriteriaMet);
}

#[test]
fn most_serious_reason_comes_first_and_all_are_listed() {
    let input = ScanInput {
        msd_mm: Some(26.0),
        embryo_seen: Some(false),
        weeks_since_lmp: Some(8.0),
        ..tv()
    };
    let r = reading(&input, ScanRuleSet::Sru2013);
    assert_eq!(r.category, Category::ConsistentWithLoss);
    let rules: Vec<_> = r.reasons.iter().map(|x| x.rule).collect();
    assert_eq!(
        rules,
        ["sru-msd-25-no-embryo", "sru-no-embryo-6-weeks-after-lmp"]
    );
    assert_eq!(r.id, "sru-2013-consistent-with-loss");
}

// ----- Unknowns and inference -------------------------------------------------------------------

#[test]
fn missing_cardiac_activity_is_not_checked_rather_than_normal() {
    let input = ScanInput {
        crl_mm: Some(8.0),
        ..tv()
    };
    let r = reading(&input, ScanRuleSet::Sru2013);
    assert_eq!(r.category, Category::NoCriteriaMet);
    let nc = r
        .not_checked
        .iter()
        .find(|n| n.rule == "sru-crl-7-no-cardiac-activity")
        .unwrap();
    assert_eq!(nc.needs, ["cardiac_activity"]);
    assert!(
        r.next_step.contains("whether cardiac activity was seen"),
        "{}",
        r.next_step
    );
    let n = reading(&input, ScanRuleSet::NiceNg126);
    assert!(
        n.not_checked
            .iter()
            .any(|x| x.rule == "nice-crl-7-no-cardiac-activity")
    );
}

#[test]
fn findings_are_inferred_from_each_other() {
    // A CRL means an embryo; no embryo means no cardiac activity; a yolk sac size means a yolk sac.
    let f = check(&ScanInput {
        crl_mm: Some(5.0),
        yolk_sac_mm: Some(3.0),
        ..tv()
    })
    .unwrap();
    assert_eq!(
        (f.embryo, f.yolk_seen, f.amnion_empty),
        (Some(true), Some(true), Some(false))
    );
    let f = check(&ScanInput {
        embryo_seen: Some(false),
        ..tv()
    })
    .unwrap();
    assert_eq!(f.cardiac, Some(false));
    let f = check(&ScanInput {
        amnion_empty: Some(true),
        ..tv()
    })
    .unwrap();
    assert_eq!(f.embryo, Some(false));
    let f = check(&ScanInput {
        previous_scan: Some(PreviousScanInput {
            days_ago: Some(9.0),
            sac_seen: None,
            yolk_sac_seen: Some(true),
        }),
        ..tv()
    })
    .unwrap();
    assert_eq!(f.previous.unwrap().sac, Some(true));
}

#[test]
fn no_sac_details_point_to_blood_tests() {
    let r = reading(
        &ScanInput {
            embryo_seen: Some(false),
            ..tv()
        },
        ScanRuleSet::NiceNg126,
    );
    assert_eq!(r.category, Category::NoCriteriaMet);
    assert!(r.next_step.contains("blood tests (hCG)"), "{}", r.next_step);
}

// ----- Region ---------------------------------------------------------------------------------

#[test]
fn region_decides_the_order_not_the_content() {
    let input = fixtures().remove(0).1;
    let order = |region| -> Vec<ScanRuleSet> {
        read(&input, region)
            .unwrap()
            .readings
            .iter()
            .map(|r| r.rule_set)
            .collect()
    };
    assert_eq!(
        order(Region::Uk),
        [ScanRuleSet::NiceNg126, ScanRuleSet::Sru2013]
    );
    // au, nz and other lead with NICE too: the more cautious where they differ (one scan never
    // diagnoses). See `Region::leading_guidance`.
    for r in [Region::Ie, Region::Au, Region::Nz, Region::Other] {
        assert_eq!(
            order(r),
            [ScanRuleSet::NiceNg126, ScanRuleSet::Sru2013],
            "{r}"
        );
    }
    for r in [Region::Us, Region::Ca] {
        assert_eq!(
            order(r),
            [ScanRuleSet::Sru2013, ScanRuleSet::NiceNg126],
            "{r}"
        );
    }
    let mut uk = read(&input, Region::Uk).unwrap().readings;
    let us = read(&input, Region::Us).unwrap().readings;
    uk.reverse();
    assert_eq!(uk, us);
}

// ----- Bad input --------------------------------------------------------------------------------

#[test]
fn route_is_required() {
    let e = field_errors(&ScanInput {
        crl_mm: Some(5.0),
        ..ScanInput::default()
    });
    assert_eq!(e, [("route".to_string(), Problem::Missing)]);
}

#[test]
fn out_of_range_values_name_the_field() {
    for (input, field) in [
        (
            ScanInput {
                crl_mm: Some(0.4),
                ..tv()
            },
            "crl_mm",
        ),
        (
            ScanInput {
                crl_mm: Some(90.1),
                ..tv()
            },
            "crl_mm",
        ),
        (
            ScanInput {
                msd_mm: Some(0.9),
                ..tv()
            },
            "msd_mm",
        ),
        (
            ScanInput {
                msd_mm: Some(100.1),
                ..tv()
            },
            "msd_mm",
        ),
        (
            ScanInput {
                yolk_sac_mm: Some(0.9),
                ..tv()
            },
            "yolk_sac_mm",
        ),
        (
            ScanInput {
                yolk_sac_mm: Some(20.1),
                ..tv()
            },
            "yolk_sac_mm",
        ),
        (
            ScanInput {
                weeks_since_lmp: Some(2.9),
                ..tv()
            },
            "weeks_since_lmp",
        ),
        (
            ScanInput {
                weeks_since_lmp: Some(20.5),
                ..tv()
            },
            "weeks_since_lmp",
        ),
        (
            ScanInput {
                crl_mm: Some(-3.0),
                ..tv()
            },
            "crl_mm",
        ),
    ] {
        let e = field_errors(&input);
        assert_eq!(e.len(), 1, "{input:?}");
        assert_eq!(e[0].0, field);
        assert!(matches!(e[0].1, Problem::OutOfRange { .. }), "{:?}", e[0].1);
    }
    for ok in [
        ScanInput {
            crl_mm: Some(0.5),
            ..tv()
        },
        ScanInput {
            crl_mm: Some(90.0),
            ..tv()
        },
        ScanInput {
            msd_mm: Some(1.0),
            yolk_sac_mm: Some(20.0),
            weeks_since_lmp: Some(3.0),
            ..tv()
        },
        ScanInput {
            msd_mm: Some(100.0),
            yolk_sac_mm: Some(1.0),
            weeks_since_lmp: Some(20.0),
            ..tv()
        },
    ] {
        assert!(read(&ok, Region::Uk).is_ok(), "{ok:?}");
    }
    let e = field_errors(&ScanInput {
        msd_mm: Some(f64::NAN),
        ..tv()
    });
    assert_eq!(e, [("msd_mm".to_string(), Problem::NotANumber)]);
}

#[test]
fn previous_scan_days_must_be_whole_and_in_range() {
    for d in [0.0, 61.0, 7.5] {
        let e = field_errors(&ScanInput {
            previous_scan: prev(d, true, false),
            ..tv()
        });
        assert_eq!(
            e,
            [(
                "previous_scan.days_ago".to_string(),
                Problem::NotWholeNumber {
                    min: 1.0,
                    max: 60.0
                }
            )],
            "{d}"
        );
    }
    let e = field_errors(&ScanInput {
        previous_scan: Some(PreviousScanInput {
            days_ago: None,
            sac_seen: Some(true),
            yolk_sac_seen: None,
        }),
        ..tv()
    });
    assert_eq!(
        e,
        [("previous_scan.days_ago".to_string(), Problem::Missing)]
    );
    assert!(
        read(
            &ScanInput {
                previous_scan: prev(60.0, true, true),
                ..tv()
            },
            Region::Uk
        )
        .is_ok()
    );
    assert!(
        read(
            &ScanInput {
                previous_scan: prev(1.0, true, true),
                ..tv()
            },
            Region::Uk
        )
        .is_ok()
    );
}

#[test]
fn contradictions_name_the_field() {
    let cases = [
        (
            ScanInput {
                embryo_seen: Some(false),
                crl_mm: Some(5.0),
                ..tv()
            },
            "crl_mm",
            "embryo_seen",
        ),
        (
            ScanInput {
                embryo_seen: Some(false),
                cardiac_activity: Some(true),
                ..tv()
            },
            "cardiac_activity",
            "embryo_seen",
        ),
        (
            ScanInput {
                amnion_empty: Some(true),
                crl_mm: Some(5.0),
                ..tv()
            },
            "amnion_empty",
            "embryo_seen",
        ),
        (
            ScanInput {
                yolk_sac_seen: Some(false),
                yolk_sac_mm: Some(4.0),
                ..tv()
            },
            "yolk_sac_mm",
            "yolk_sac_seen",
        ),
        (
            ScanInput {
                previous_scan: prev(10.0, false, true),
                ..tv()
            },
            "previous_scan.yolk_sac_seen",
            "previous_scan.sac_seen",
        ),
    ];
    for (input, field, with) in cases {
        let e = field_errors(&input);
        assert_eq!(
            e,
            [(field.to_string(), Problem::Disagrees { with })],
            "{input:?}"
        );
    }
}

#[test]
fn json_input_and_output_shapes() {
    let input: ScanInput = serde_json::from_str(
        r#"{"route":"transvaginal","crl_mm":7,"cardiac_activity":false,"previous_scan":{"days_ago":10,"sac_seen":true,"yolk_sac_seen":true}}"#,
    )
    .unwrap();
    let out = serde_json::to_value(read(&input, Region::Us).unwrap()).unwrap();
    let r = &out["readings"][0];
    assert_eq!(r["rule_set"], "sru-2013");
    assert_eq!(r["category"], "consistent-with-loss");
    assert_eq!(r["reasons"][0]["rule"], "sru-crl-7-no-cardiac-activity");
    assert!(
        r["reasons"][0]["because"]
            .as_str()
            .unwrap()
            .contains("7 mm")
    );
    assert!(r["next_step"].is_string());
    assert_eq!(out["readings"][1]["category"], "second-opinion-or-rescan");
    assert!(
        serde_json::from_str::<ScanInput>(r#"{"route":"transvaginal","heartbeat":true}"#).is_err()
    );
    assert!(serde_json::from_str::<ScanInput>(r#"{"route":"abdominal"}"#).is_err());
    assert!(
        serde_json::from_str::<ScanInput>(r#"{"route":"transvaginal","previous_scan":{"days":3}}"#)
            .is_err()
    );
}

#[test]
fn words_follow_the_lexicon() {
    let banned = [
        "heartbeat",
        "failed",
        "nonviable",
        "non-viable",
        "blighted",
        "fetal pole",
        "your fault",
        "miscarriage confirmed",
    ];
    let mut texts: Vec<String> = RULES.iter().map(|r| r.because.to_string()).collect();
    for (_, input) in fixtures() {
        for r in read(&input, Region::Uk).unwrap().readings {
            texts.push(r.text);
            texts.push(r.next_step);
        }
    }
    for t in texts {
        let lower = t.to_lowercase();
        for b in banned {
            assert!(!lower.contains(b), "{b:?} in {t:?}");
        }
        assert!(!t.contains("  "), "{t:?}");
        assert!(
            !t.contains("_mm") && !t.contains("_seen"),
            "field names leak into text: {t:?}"
        );
    }
}

proptest! {
    #[test]
    fn without_cardiac_activity_the_crl_alone_decides(crl in 0.5f64..=90.0) {
        let input = ScanInput { crl_mm: Some(crl), cardiac_activity: Some(false), ..tv() };
        let out = read(&input, Region::Uk).unwrap();
        let s = out.readings.iter().find(|r| r.rule_set == ScanRuleSet::Sru2013).unwrap();
        let n = out.readings.iter().find(|r| r.rule_set == ScanRuleSet::NiceNg126).unwrap();
        if crl >= 7.0 {
            prop_assert_eq!(s.category, Category::ConsistentWithLoss);
            prop_assert_eq!(n.category, Category::SecondOpinionOrRescan);
        } else {
            prop_assert_eq!(s.category, Category::Suspicious);
            prop_assert_eq!(n.category, Category::Rescan);
        }
    }

    #[test]
    fn any_plausible_scan_reads_under_both_rule_sets(
        ta in any::<bool>(),
        crl in prop::option::of(0.5f64..=90.0),
        msd in prop::option::of(1.0f64..=100.0),
        cardiac in prop::option::of(any::<bool>()),
        yolk in prop::option::of(1.0f64..=20.0),
        weeks in prop::option::of(3.0f64..=20.0),
        days in prop::option::of(1u32..=60),
        prev_yolk in any::<bool>(),
    ) {
        let input = ScanInput {
            route: Some(if ta { Route::Transabdominal } else { Route::Transvaginal }),
            crl_mm: crl,
            msd_mm: msd,
            cardiac_activity: if crl.is_some() { cardiac } else { cardiac.filter(|c| !c) },
            yolk_sac_mm: yolk,
            weeks_since_lmp: weeks,
            previous_scan: days.map(|d| PreviousScanInput { days_ago: Some(f64::from(d)), sac_seen: Some(true), yolk_sac_seen: Some(prev_yolk) }),
            ..ScanInput::default()
        };
        let out = read(&input, Region::Us).unwrap();
        prop_assert_eq!(out.readings.len(), 2);
        for r in &out.readings {
            prop_assert_eq!(r.category == Category::NoCriteriaMet, r.reasons.is_empty());
            prop_assert!(!r.next_step.is_empty() && !r.text.is_empty());
        }
        prop_assert_eq!(&out, &read(&input, Region::Us).unwrap());
    }
}
