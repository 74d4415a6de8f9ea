use super::*;
use crate::input::Problem;
use std::collections::BTreeSet;

fn ids(out: &RiskOutput) -> BTreeSet<&'static str> {
    out.figures.iter().map(|f| f.id).collect()
}

fn held(out: &RiskOutput) -> Vec<(&'static str, WithheldReason)> {
    out.withheld.iter().map(|w| (w.id, w.reason)).collect()
}

#[allow(clippy::needless_pass_by_value)] // call sites build the situation inline
fn run(s: Situation) -> RiskOutput {
    figures_for(&s).unwrap()
}

fn tong_ok(weeks: f64) -> Situation {
    Situation {
        weeks: Some(weeks),
        cardiac_activity_seen: Some(true),
        bleeding_or_pain: Some(false),
        ..Situation::default()
    }
}

#[test]
fn wording_is_computed_from_the_value() {
    assert_eq!(QUENBY_RECOGNISED.in_100().unwrap(), "about 15 in 100");
    assert_eq!(QUENBY_RECOGNISED.percent_text().unwrap(), "15.3%");
    assert_eq!(MAGNUS_AGE_45_PLUS.in_100().unwrap(), "about 54 in 100");
    assert_eq!(QUENBY_HAD_3.in_100().unwrap(), "fewer than 1 in 100");
    assert_eq!(ACOG_AGE_20_30.in_100().unwrap(), "about 9 to 17 in 100");
    assert_eq!(ACOG_AGE_20_30.percent_text().unwrap(), "9–17%");
    assert_eq!(
        AMMON_WEEKLY_BEFORE_13.in_100().unwrap(),
        "more than 2 in 100"
    );
    assert_eq!(AMMON_WEEKLY_BY_14.percent_text().unwrap(), "fewer than 1%");
    assert_eq!(MAGNUS_OR_1.odds_text().unwrap(), "about 1.5 times the odds");
    assert_eq!(MAGNUS_OR_2.odds_text().unwrap(), "about 2.2 times the odds");
    assert_eq!(MAGNUS_OR_3.odds_text().unwrap(), "about 4 times the odds");
    assert_eq!(MAGNUS_OR_1.in_100(), None);
}

#[test]
fn every_figure_text_says_its_own_numbers() {
    for f in all_figures() {
        let lower = f.text.to_lowercase();
        if let Some(w) = f.in_100() {
            assert!(lower.contains(&w), "{}: {:?} not in {:?}", f.id, w, f.text);
        }
        if let Some(p) = f.percent_text() {
            assert!(lower.contains(&p), "{}: {:?} not in {:?}", f.id, p, f.text);
        }
        if let Some(o) = f.odds_text() {
            assert!(lower.contains(&o), "{}: {:?} not in {:?}", f.id, o, f.text);
            if let Amount::OddsRatio { value } = f.amount {
                assert!(f.text.contains(&format!("{value}")), "{}", f.id);
            }
        }
    }
}

#[test]
fn every_figure_is_sourced_unique_and_never_unverified() {
    let mut seen = BTreeSet::new();
    for f in all_figures() {
        assert!(seen.insert(f.id), "duplicate {}", f.id);
        assert!(!f.sources.is_empty(), "{}", f.id);
        assert_ne!(
            f.confidence,
            Confidence::Unverified,
            "{}: U figures are not encoded",
            f.id
        );
        assert!(
            f.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        );
    }
    assert_eq!(seen.len(), 31);
}

#[test]
fn figures_match_clinical_md() {
    let value = |f: &Figure| match f.amount {
        Amount::Percent { value, .. } | Amount::OddsRatio { value } => value,
        Amount::PercentRange { low, .. } => low,
    };
    let tong: Vec<f64> = TONG_BY_WEEK.iter().map(value).collect();
    assert_eq!(tong, [9.4, 4.2, 1.5, 0.5, 0.7]);
    let farren: Vec<f64> = FARREN.iter().map(value).collect();
    assert_eq!(farren, [29.0, 24.0, 11.0, 18.0, 17.0, 6.0]);
    assert_eq!(
        [MAGNUS_OR_1, MAGNUS_OR_2, MAGNUS_OR_3]
            .iter()
            .map(value)
            .collect::<Vec<_>>(),
        [1.54, 2.21, 3.97]
    );
    assert_eq!(
        QUENBY_RECOGNISED.amount,
        Amount::Percent {
            value: 15.3,
            qualifier: Qualifier::About,
            ci95: Some((12.5, 18.7))
        }
    );
}

#[test]
fn empty_situation_gets_the_overall_figures_and_the_framing() {
    let out = run(Situation::default());
    assert_eq!(
        ids(&out),
        BTreeSet::from([
            "quenby-recognised-pregnancies",
            "magnus-recognised-pregnancies",
            "acog-clinically-recognised",
            "acog-first-trimester-share",
        ])
    );
    assert!(out.withheld.is_empty());
    assert!(out.by_week.is_none());
    assert!(out.framing.contains("cannot tell what will happen to you"));
}

#[test]
fn tong_figure_for_the_week_when_no_bleeding_or_pain() {
    for (w, id) in [
        (6.0, "tong-week-6"),
        (6.9, "tong-week-6"),
        (8.0, "tong-week-8"),
        (10.0, "tong-week-10"),
    ] {
        let out = run(tong_ok(w));
        assert!(ids(&out).contains(id), "{w}");
        assert_eq!(
            out.figures
                .iter()
                .filter(|f| f.id.starts_with("tong-"))
                .count(),
            1
        );
        assert_eq!(out.by_week.as_ref().unwrap().points.len(), 5);
    }
    let out = run(tong_ok(9.0));
    let f = out.figures.iter().find(|f| f.id == "tong-week-9").unwrap();
    assert_eq!(f.in_100.as_deref(), Some("fewer than 1 in 100"));
    assert_eq!(f.confidence, Confidence::Secondary);
}

#[test]
fn tong_is_never_shown_with_bleeding_or_pain_or_when_unknown() {
    let bleeding = run(Situation {
        bleeding_or_pain: Some(true),
        ..tong_ok(8.0)
    });
    assert!(!bleeding.figures.iter().any(|f| f.id.starts_with("tong-")));
    assert!(bleeding.by_week.is_none());
    assert_eq!(
        held(&bleeding),
        [("tong-by-week", WithheldReason::BleedingOrPain)]
    );
    let unknown = run(Situation {
        bleeding_or_pain: None,
        ..tong_ok(8.0)
    });
    assert!(!unknown.figures.iter().any(|f| f.id.starts_with("tong-")));
    assert!(unknown.by_week.is_none());
    assert_eq!(
        held(&unknown),
        [("tong-by-week", WithheldReason::BleedingOrPainNotKnown)]
    );
}

#[test]
fn tong_needs_cardiac_activity_seen_and_a_week_from_6_to_10() {
    for cardiac in [None, Some(false)] {
        let out = run(Situation {
            cardiac_activity_seen: cardiac,
            ..tong_ok(8.0)
        });
        assert!(!out.figures.iter().any(|f| f.id.starts_with("tong-")));
        assert!(out.by_week.is_none());
    }
    for w in [5.9, 11.0, 0.0] {
        let out = run(tong_ok(w));
        assert!(
            !out.figures.iter().any(|f| f.id.starts_with("tong-")),
            "{w}"
        );
        assert_eq!(
            held(&out),
            [("tong-by-week", WithheldReason::NoFigureForThisWeek)],
            "{w}"
        );
        assert!(out.by_week.is_some(), "the chart itself is fine to show");
    }
    let out = run(Situation {
        weeks: None,
        ..tong_ok(8.0)
    });
    assert_eq!(
        held(&out),
        [("tong-by-week", WithheldReason::WeeksNotKnown)]
    );
}

#[test]
fn magnus_age_bands_only_when_verified() {
    let age = |a: f64| {
        run(Situation {
            age: Some(a),
            ..Situation::default()
        })
    };
    assert!(ids(&age(18.0)).contains("magnus-age-under-20"));
    assert!(ids(&age(19.0)).contains("magnus-age-under-20"));
    assert!(ids(&age(25.0)).contains("magnus-age-25-29"));
    assert!(ids(&age(29.0)).contains("magnus-age-25-29"));
    assert!(ids(&age(45.0)).contains("magnus-age-45-plus"));
    for a in [20.0, 24.0, 30.0, 34.0, 35.0, 40.0, 44.0] {
        let out = age(a);
        assert!(
            !out.figures.iter().any(|f| f.id.starts_with("magnus-age")),
            "{a}"
        );
        // An unverified band is neither shown nor talked about (no internal notes).
        assert!(
            out.withheld.iter().all(|w| w.id != "magnus-age-band"),
            "{a}"
        );
    }
}

#[test]
fn acog_age_figures() {
    let age = |a: f64| {
        ids(&run(Situation {
            age: Some(a),
            ..Situation::default()
        }))
    };
    assert!(age(20.0).contains("acog-age-20-30"));
    assert!(age(30.0).contains("acog-age-20-30"));
    assert!(age(35.0).contains("acog-age-35"));
    assert!(age(39.0).contains("acog-age-35"));
    assert!(age(40.0).contains("acog-age-40"));
    assert!(age(47.0).contains("acog-age-45"));
    // 31 to 34: no figure from either study, and the reader is told why.
    for a in [31.0, 32.0, 34.0] {
        let out = run(Situation {
            age: Some(a),
            ..Situation::default()
        });
        assert!(!out.figures.iter().any(|f| f.topic == Topic::Age), "{a}");
        assert_eq!(held(&out), [("age", WithheldReason::NoFigureForThisAge)]);
        assert!(out.withheld[0].text.contains("did not change the numbers"));
    }
    // 17: Magnus's under-20 figure, so nothing is said about ACOG's missing one.
    let out = run(Situation {
        age: Some(17.0),
        ..Situation::default()
    });
    assert!(ids(&out).contains("magnus-age-under-20"));
    assert!(out.withheld.is_empty());
}

#[test]
fn previous_losses() {
    let s = |n: f64, row: Option<bool>| {
        run(Situation {
            previous_losses: Some(n),
            previous_losses_consecutive: row,
            ..Situation::default()
        })
    };
    let none = s(0.0, None);
    assert!(
        !none
            .figures
            .iter()
            .any(|f| f.id.starts_with("magnus-odds") || f.id.starts_with("farren"))
    );
    let one = s(1.0, None);
    assert!(
        ids(&one).contains("magnus-odds-after-1") && ids(&one).contains("quenby-women-with-1-loss")
    );
    assert!(
        !ids(&one).iter().any(|id| id.starts_with("farren")),
        "feelings live elsewhere"
    );
    assert!(ids(&s(2.0, Some(true))).contains("magnus-odds-after-2-in-a-row"));
    assert!(ids(&s(3.0, Some(true))).contains("magnus-odds-after-3-in-a-row"));
    assert!(ids(&s(3.0, Some(true))).contains("quenby-women-with-3-or-more-losses"));
    assert_eq!(
        held(&s(2.0, None)),
        [(
            "magnus-odds-after-previous-losses",
            WithheldReason::NeedToKnowIfInARow
        )]
    );
    assert_eq!(
        held(&s(2.0, Some(false))),
        [(
            "magnus-odds-after-previous-losses",
            WithheldReason::NoVerifiedFigureForThisGroup
        )]
    );
    let four = s(4.0, Some(true));
    assert!(!four.figures.iter().any(|f| f.id.starts_with("magnus-odds")));
    assert_eq!(
        held(&four),
        [(
            "magnus-odds-after-previous-losses",
            WithheldReason::NoVerifiedFigureForThisGroup
        )]
    );
}

#[test]
fn feelings_figures_are_separate() {
    let f = feelings_after_loss();
    assert_eq!(f.len(), 6);
    assert!(
        f.iter()
            .all(|x| x.topic == Topic::Feelings && x.sources == [Source::Farren2020])
    );
    assert_eq!(f[0].in_100.as_deref(), Some("about 29 in 100"));
}

#[test]
fn weekly_background_rates_when_weeks_are_given() {
    let out = run(Situation {
        weeks: Some(12.0),
        ..Situation::default()
    });
    assert!(ids(&out).contains("ammon-avalos-weekly-before-13"));
    assert!(
        !ids(&out).contains("ammon-avalos-weekly-by-14"),
        "the rate for week 12 only"
    );
    assert!(ids(&out).contains("ammon-avalos-cumulative-5-20"));
    let later = run(Situation {
        weeks: Some(15.0),
        ..Situation::default()
    });
    assert!(ids(&later).contains("ammon-avalos-weekly-by-14"));
    assert!(!ids(&later).contains("ammon-avalos-weekly-before-13"));
}

fn role_of(out: &RiskOutput, id: &str) -> Role {
    out.figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("{id}"))
        .role
}

/// SAFETY.md R10: only figures picked by the reader's answers are about their situation;
/// everything else (the first-trimester share, all pregnancies, "you are not alone", the
/// weekly background) is context, never a headline number.
#[test]
fn figures_about_the_reader_are_marked_apart_from_context() {
    let out = run(Situation {
        age: Some(27.0),
        previous_losses: Some(2.0),
        previous_losses_consecutive: Some(true),
        weeks: Some(8.0),
        cardiac_activity_seen: Some(true),
        bleeding_or_pain: Some(false),
    });
    for id in [
        "magnus-age-25-29",
        "acog-age-20-30",
        "magnus-odds-after-2-in-a-row",
        "tong-week-8",
    ] {
        assert_eq!(role_of(&out, id), Role::Situation, "{id}");
    }
    for id in [
        "acog-first-trimester-share",
        "quenby-recognised-pregnancies",
        "magnus-recognised-pregnancies",
        "acog-clinically-recognised",
        "quenby-women-with-2-losses",
        "ammon-avalos-weekly-before-13",
        "ammon-avalos-cumulative-5-20",
    ] {
        assert_eq!(role_of(&out, id), Role::Context, "{id}");
    }
    // With no answers, nothing is about the reader.
    let empty = run(Situation::default());
    assert!(empty.figures.iter().all(|f| f.role == Role::Context));
    let v = serde_json::to_value(&out).unwrap();
    assert!(
        v["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["role"] == "situation")
    );
}

/// SAFETY.md R11: an answer that changes nothing is named, with why.
#[test]
fn answers_that_change_nothing_are_named_with_the_reason() {
    let fields =
        |s: Situation| -> Vec<&'static str> { run(s).unused.iter().map(|u| u.field).collect() };
    assert_eq!(
        fields(Situation {
            previous_losses: Some(1.0),
            previous_losses_consecutive: Some(true),
            ..Situation::default()
        }),
        ["previous_losses_consecutive"]
    );
    assert_eq!(
        fields(Situation {
            previous_losses_consecutive: Some(false),
            ..Situation::default()
        }),
        ["previous_losses_consecutive"]
    );
    assert!(
        fields(Situation {
            previous_losses: Some(2.0),
            previous_losses_consecutive: Some(true),
            ..Situation::default()
        })
        .is_empty()
    );
    assert_eq!(
        fields(Situation {
            previous_losses: Some(0.0),
            ..Situation::default()
        }),
        ["previous_losses"]
    );
    assert_eq!(
        fields(Situation {
            cardiac_activity_seen: Some(false),
            bleeding_or_pain: Some(false),
            ..Situation::default()
        }),
        ["cardiac_activity_seen", "bleeding_or_pain"]
    );
    // Bleeding or pain: used (it holds the Tong figures back), so not listed.
    assert!(
        fields(Situation {
            cardiac_activity_seen: Some(true),
            bleeding_or_pain: Some(true),
            weeks: Some(8.0),
            ..Situation::default()
        })
        .is_empty()
    );
    for u in run(Situation {
        previous_losses: Some(0.0),
        previous_losses_consecutive: Some(true),
        cardiac_activity_seen: Some(false),
        bleeding_or_pain: Some(false),
        ..Situation::default()
    })
    .unused
    {
        assert!(
            u.text.contains("did not change the numbers") || u.text.contains("do not apply"),
            "{}",
            u.text
        );
    }
}

/// No internal notes reach the reader, for any age.
#[test]
fn no_internal_notes_for_any_age() {
    for age in 10..=60 {
        let out = run(Situation {
            age: Some(f64::from(age)),
            ..Situation::default()
        });
        let words: Vec<&str> = out
            .withheld
            .iter()
            .map(|w| &*w.text)
            .chain(out.figures.iter().map(|f| &*f.text))
            .collect();
        for w in words {
            let lower = w.to_lowercase();
            for note in [
                "checked against",
                "not been checked",
                "paper yet",
                "not verified",
            ] {
                assert!(!lower.contains(note), "{age}: {w}");
            }
        }
        let has_age_figure = out.figures.iter().any(|f| f.topic == Topic::Age);
        assert_eq!(
            !has_age_figure,
            out.withheld.iter().any(|w| w.id == "age"),
            "{age}: the page says why when no age figure fits"
        );
    }
}

#[test]
fn bad_input_names_the_field() {
    let errs = |s: Situation| -> Vec<(String, Problem)> {
        figures_for(&s)
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    };
    assert_eq!(
        errs(Situation {
            age: Some(9.0),
            ..Situation::default()
        })[0]
            .0,
        "age"
    );
    assert_eq!(
        errs(Situation {
            age: Some(30.5),
            ..Situation::default()
        })[0]
            .0,
        "age"
    );
    assert_eq!(
        errs(Situation {
            previous_losses: Some(-1.0),
            ..Situation::default()
        })[0]
            .0,
        "previous_losses"
    );
    assert_eq!(
        errs(Situation {
            previous_losses: Some(1.5),
            ..Situation::default()
        })[0]
            .0,
        "previous_losses"
    );
    assert_eq!(
        errs(Situation {
            weeks: Some(46.0),
            ..Situation::default()
        })[0]
            .0,
        "weeks"
    );
    assert_eq!(
        errs(Situation {
            age: Some(70.0),
            weeks: Some(-1.0),
            ..Situation::default()
        })
        .len(),
        2
    );
    assert!(serde_json::from_str::<Situation>(r#"{"age":30,"ethnicity":"x"}"#).is_err());
}

#[test]
fn json_shape() {
    let out = run(Situation {
        previous_losses: Some(1.0),
        ..tong_ok(7.0)
    });
    let v = serde_json::to_value(&out).unwrap();
    let f = &v["figures"][0];
    for key in [
        "id",
        "text",
        "amount",
        "in_100",
        "percent_text",
        "sources",
        "confidence",
        "checked",
    ] {
        assert!(f.get(key).is_some(), "{key}");
    }
    assert_eq!(f["amount"]["kind"], "percent");
    assert_eq!(f["sources"][0], "quenby-2021");
    assert_eq!(f["checked"], "2026-11");
    assert_eq!(v["by_week"]["points"][0]["week"], 6);
    let or = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "magnus-odds-after-1")
        .unwrap();
    assert_eq!(or["amount"]["kind"], "odds_ratio");
    assert!(or["in_100"].is_null());
}

#[test]
fn texts_are_plain_and_kind() {
    let banned = [
        "failed",
        "nonviable",
        "heartbeat",
        "fault",
        "blame",
        "abortion",
    ];
    let mut texts: Vec<&str> = all_figures().iter().map(|f| f.text).collect();
    texts.push(FRAMING);
    for t in texts {
        for b in banned {
            assert!(!t.to_lowercase().contains(b), "{b} in {t}");
        }
        for sentence in t.split(". ") {
            assert!(
                sentence.split_whitespace().count() <= 30,
                "long: {sentence}"
            );
        }
    }
}
