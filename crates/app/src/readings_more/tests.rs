//! The English Fluent messages equal the clinical English, for every sentence many inputs
//! produce (regions uk with en-GB and us with en-US); the Spanish ones keep every number.

use super::*;
use chrono::NaiveDate;
use solace_clinical::Region;
use solace_clinical::dating::{DatingInput, estimate};
use solace_clinical::input::{DETAILS, Problem};
use solace_clinical::management::{AFTERCARE, OPTIONS, options as all_options};
use solace_clinical::risk::{
    Situation, all_figures, feelings_after_loss, figures_for, tong_series,
};
use solace_clinical::words::Words;
use solace_i18n::{I18n, Lang};

const ENGLISH: [(Lang, Region); 2] = [(Lang::EN_GB, Region::Uk), (Lang::EN_US, Region::Us)];

fn i18n() -> I18n {
    I18n::load().expect("locales load")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// Every dating input the clinical tests use, and many more: LMPs over 44 weeks with every cycle
/// length, CRL and MSD over their ranges, with and without a scan date.
fn dating_inputs() -> Vec<DatingInput> {
    let mut v = vec![];
    for days_ago in (0..=310).step_by(3) {
        let lmp = today() - chrono::TimeDelta::days(days_ago);
        for cycle in [
            None,
            Some(20.0),
            Some(27.0),
            Some(28.0),
            Some(29.0),
            Some(35.0),
            Some(45.0),
        ] {
            v.push(DatingInput {
                lmp: Some(lmp.format("%Y-%m-%d").to_string()),
                cycle_days: cycle,
                ..DatingInput::default()
            });
        }
    }
    for scan in [None, Some("2026-11-10".to_owned())] {
        for tenth in 5..=900 {
            v.push(DatingInput {
                crl_mm: Some(f64::from(tenth) / 10.0),
                scan_date: scan.clone(),
                ..DatingInput::default()
            });
        }
        for half in 2..=200 {
            v.push(DatingInput {
                msd_mm: Some(f64::from(half) / 2.0),
                scan_date: scan.clone(),
                ..DatingInput::default()
            });
        }
    }
    v
}

/// Inputs that are refused, for the field errors.
fn bad_dating_inputs() -> Vec<DatingInput> {
    let lmp = |s: &str, cycle| DatingInput {
        lmp: Some(s.into()),
        cycle_days: cycle,
        ..DatingInput::default()
    };
    let mut v = vec![
        DatingInput::default(),
        lmp("2026-11-21", None),
        lmp("2026-01-15", None),
        lmp("2026-11-18", Some(35.0)),
        lmp("20/11/2026", None),
        lmp("2026-10-01", Some(19.0)),
        lmp("2026-10-01", Some(28.5)),
        DatingInput {
            crl_mm: Some(7.0),
            msd_mm: Some(10.0),
            ..lmp("2026-10-01", None)
        },
        DatingInput {
            crl_mm: Some(7.0),
            cycle_days: Some(30.0),
            today: Some("2026-11-01".into()),
            ..DatingInput::default()
        },
        DatingInput {
            scan_date: Some("2026-11-01".into()),
            ..lmp("2026-10-01", None)
        },
        DatingInput {
            crl_mm: Some(0.1),
            scan_date: Some("x".into()),
            ..DatingInput::default()
        },
        DatingInput {
            crl_mm: Some(7.0),
            scan_date: Some("2026-11-21".into()),
            ..DatingInput::default()
        },
        DatingInput {
            msd_mm: Some(101.0),
            ..DatingInput::default()
        },
        DatingInput {
            msd_mm: Some(f64::NAN),
            ..DatingInput::default()
        },
    ];
    v.push(DatingInput {
        today: Some("tomorrow".into()),
        ..lmp("2026-10-01", None)
    });
    v
}

/// Every combination of answers that picks a different set of figures.
fn situations() -> Vec<Situation> {
    let mut v = vec![];
    let ages = [
        None,
        Some(10.0),
        Some(19.0),
        Some(20.0),
        Some(27.0),
        Some(30.0),
        Some(32.0),
        Some(35.0),
        Some(40.0),
        Some(45.0),
        Some(60.0),
    ];
    let losses = [None, Some(0.0), Some(1.0), Some(2.0), Some(3.0), Some(5.0)];
    let weeks = [
        None,
        Some(0.0),
        Some(5.5),
        Some(6.0),
        Some(7.0),
        Some(8.0),
        Some(9.0),
        Some(10.9),
        Some(11.0),
        Some(13.5),
        Some(14.0),
        Some(45.0),
    ];
    let tri = [None, Some(true), Some(false)];
    for age in ages {
        for n in losses {
            for in_a_row in tri {
                for w in weeks {
                    for seen in tri {
                        for bleeding in tri {
                            v.push(Situation {
                                age,
                                previous_losses: n,
                                previous_losses_consecutive: in_a_row,
                                weeks: w,
                                cardiac_activity_seen: seen,
                                bleeding_or_pain: bleeding,
                            });
                        }
                    }
                }
            }
        }
    }
    v
}

fn bad_situations() -> Vec<Situation> {
    vec![
        Situation {
            age: Some(9.0),
            previous_losses: Some(2.5),
            weeks: Some(46.0),
            ..Situation::default()
        },
        Situation {
            weeks: Some(f64::NAN),
            ..Situation::default()
        },
    ]
}

#[test]
fn english_fluent_words_equal_the_clinical_english_for_dating() {
    let i18n = i18n();
    let inputs = dating_inputs();
    assert!(inputs.len() > 2500);
    for (lang, region) in ENGLISH {
        let tr = i18n.tr(lang, region);
        let mut notes = 0;
        for input in &inputs {
            let Ok(out) = estimate(input, today()) else {
                continue;
            };
            let local = dating(&tr, out.clone());
            assert_eq!(local.text, out.text, "{lang:?} {input:?}");
            assert_eq!(local.note, out.note, "{lang:?} {input:?}");
            notes += usize::from(out.note.is_some());
        }
        assert!(notes > 100, "notes were compared: {notes}");
        for input in bad_dating_inputs() {
            let e = estimate(&input, today()).unwrap_err();
            assert_eq!(field_errors(&tr, e.clone()), e, "{lang:?} {input:?}");
        }
    }
}

#[test]
fn english_fluent_words_equal_the_clinical_english_for_odds() {
    let i18n = i18n();
    let all = situations();
    for (lang, region) in ENGLISH {
        let tr = i18n.tr(lang, region);
        let (mut withheld, mut unused) = (0, 0);
        for s in &all {
            let out = figures_for(s).unwrap();
            withheld += out.withheld.len();
            unused += out.unused.len();
            assert_eq!(risk(&tr, out.clone()), out, "{lang:?} {s:?}");
        }
        assert!(withheld > 1000 && unused > 1000);
        for s in bad_situations() {
            let e = figures_for(&s).unwrap_err();
            assert_eq!(field_errors(&tr, e.clone()), e, "{lang:?} {s:?}");
        }
        for f in all_figures()
            .iter()
            .chain(OPTIONS.iter().flat_map(|o| o.how_often_it_works))
        {
            let s = f.show();
            assert_eq!(shown(&tr, s.clone()), s, "{}", f.id);
        }
        for s in feelings_after_loss() {
            assert_eq!(shown(&tr, s.clone()), s, "{}", s.id);
        }
        let t = tong_series();
        assert_eq!(week_series(&tr, t.clone()), t);
    }
}

#[test]
fn english_fluent_words_equal_the_clinical_english_for_options() {
    let i18n = i18n();
    for (lang, region) in ENGLISH {
        let tr = i18n.tr(lang, region);
        for o in all_options() {
            assert_eq!(o.questions.len(), o.question_msgs.len(), "{:?}", o.id);
            assert_eq!(option_view(&tr, o.clone()), o, "{:?}", o.id);
        }
        for f in AFTERCARE {
            assert_eq!(fact(&tr, f.clone()), f);
        }
    }
}

#[test]
fn english_fluent_words_equal_the_clinical_english_for_every_field_error() {
    let i18n = i18n();
    let problems = [
        Problem::OutOfRange {
            min: 0.5,
            max: 90.0,
            unit: "mm",
        },
        Problem::OutOfRange {
            min: 30.0,
            max: 45.0,
            unit: "°C",
        },
        Problem::OutOfRange {
            min: 86.0,
            max: 113.0,
            unit: "°F",
        },
        Problem::OutOfRange {
            min: 0.0,
            max: 45.0,
            unit: "weeks",
        },
        Problem::OutOfRange {
            min: 1.0,
            max: 60.0,
            unit: "days",
        },
        Problem::OutOfRange {
            min: 0.0,
            max: 48.0,
            unit: "hours",
        },
        Problem::OutOfRange {
            min: 0.0,
            max: 20.0,
            unit: "pads",
        },
        Problem::OutOfRange {
            min: 1.0,
            max: 10.0,
            unit: "",
        },
        Problem::NotWholeNumber {
            min: 0.0,
            max: 10.0,
        },
        Problem::NotANumber,
        Problem::Disagrees { with: "iu_per_l" },
        Problem::WrongCount { min: 2, max: 20 },
        Problem::NotInOrder,
        Problem::Missing,
        Problem::Malformed {
            detail: "expected a number at line 1".into(),
        },
    ];
    for (lang, region) in ENGLISH {
        let tr = i18n.tr(lang, region);
        for p in &problems {
            assert_eq!(tr.words(&p.words()), p.to_string(), "{lang:?} {p:?}");
        }
        for (english, id) in DETAILS {
            assert_eq!(tr.words(&Words::id(id)), *english, "{lang:?} {id}");
            let p = Problem::Invalid { expected: english };
            assert_eq!(tr.words(&p.words()), p.to_string());
        }
    }
}

/// The numbers of a text, in order of size: "15.3%" and "1,000" are each one number.
fn numbers(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let joins = (c == '.' || c == ',')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.sort();
    out
}

/// Every text of one answer, English and localised side by side.
fn pairs_risk(en: &RiskOutput, es: &RiskOutput) -> Vec<(String, String)> {
    let mut v = vec![(en.framing.to_string(), es.framing.to_string())];
    for (a, b) in en.figures.iter().zip(&es.figures) {
        v.push((a.text.to_string(), b.text.to_string()));
        v.push((
            a.in_100.clone().unwrap_or_default(),
            b.in_100.clone().unwrap_or_default(),
        ));
        v.push((
            a.percent_text.clone().unwrap_or_default(),
            b.percent_text.clone().unwrap_or_default(),
        ));
        v.push((
            a.odds_text.clone().unwrap_or_default(),
            b.odds_text.clone().unwrap_or_default(),
        ));
    }
    for (a, b) in en.withheld.iter().zip(&es.withheld) {
        v.push((a.text.to_string(), b.text.to_string()));
    }
    for (a, b) in en.unused.iter().zip(&es.unused) {
        v.push((a.text.to_string(), b.text.to_string()));
    }
    if let (Some(a), Some(b)) = (&en.by_week, &es.by_week) {
        v.push((a.title.to_string(), b.title.to_string()));
        for (p, q) in a.points.iter().zip(&b.points) {
            v.push((p.in_100.clone(), q.in_100.clone()));
        }
    }
    v
}

fn pairs_option(en: &OptionView, es: &OptionView) -> Vec<(String, String)> {
    let mut v = vec![(en.name.to_string(), es.name.to_string())];
    let facts = en
        .what_happens
        .iter()
        .chain(&en.how_long)
        .chain(en.regimens.iter().map(|r| &r.fact))
        .zip(
            es.what_happens
                .iter()
                .chain(&es.how_long)
                .chain(es.regimens.iter().map(|r| &r.fact)),
        );
    for (a, b) in facts {
        v.push((a.text.to_string(), b.text.to_string()));
    }
    for (a, b) in en.regimens.iter().zip(&es.regimens) {
        v.push((a.when.to_string(), b.when.to_string()));
    }
    for (a, b) in en.how_often_it_works.iter().zip(&es.how_often_it_works) {
        v.push((a.text.to_string(), b.text.to_string()));
        v.push((
            a.in_100.clone().unwrap_or_default(),
            b.in_100.clone().unwrap_or_default(),
        ));
        v.push((
            a.percent_text.clone().unwrap_or_default(),
            b.percent_text.clone().unwrap_or_default(),
        ));
    }
    for (a, b) in en.questions.iter().zip(&es.questions) {
        v.push((a.to_string(), b.to_string()));
    }
    v
}

fn assert_spanish(pairs: &[(String, String)]) {
    for (en, es) in pairs {
        assert_eq!(numbers(en), numbers(es), "numbers differ:\n  {en}\n  {es}");
        let wordy = en
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() >= 3);
        if wordy {
            assert_ne!(en, es, "not translated: {en}");
        }
    }
}

#[test]
fn numbers_pick_whole_figures() {
    assert_eq!(
        numbers("About 15 in 100 (15.3%), 1,000."),
        ["1,000", "100", "15", "15.3"]
    );
    assert_eq!(numbers("due 2027-07-03"), ["03", "07", "2027"]);
}

/// Spanish: every message these readings use is Spanish's own (no English fallback), and every
/// sentence keeps the English's numbers, the same number of times.
#[test]
fn spanish_words_keep_every_number_and_leave_no_english() {
    let i18n = i18n();
    for region in [Region::Uk, Region::Us, Region::Other] {
        let en = i18n.tr(Lang::EN_GB, region);
        let es = i18n.tr(Lang::ES, region);
        for input in dating_inputs().iter().step_by(7) {
            let Ok(out) = estimate(input, today()) else {
                continue;
            };
            let a = dating(&en, out.clone());
            let b = dating(&es, out);
            assert_spanish(&[
                (a.text, b.text),
                (a.note.unwrap_or_default(), b.note.unwrap_or_default()),
            ]);
        }
        for s in situations().iter().step_by(5) {
            let out = figures_for(s).unwrap();
            assert_spanish(&pairs_risk(&risk(&en, out.clone()), &risk(&es, out)));
        }
        for o in all_options() {
            assert_spanish(&pairs_option(
                &option_view(&en, o.clone()),
                &option_view(&es, o),
            ));
        }
        for f in AFTERCARE {
            assert_spanish(&[(fact(&en, f.clone()).text.into(), fact(&es, f).text.into())]);
        }
        for s in feelings_after_loss() {
            let (a, b) = (shown(&en, s.clone()), shown(&es, s));
            assert_spanish(&[(a.text.into(), b.text.into())]);
        }
        for input in bad_dating_inputs() {
            let e = estimate(&input, today()).unwrap_err();
            let (a, b) = (field_errors(&en, e.clone()), field_errors(&es, e));
            for (x, y) in a.errors.iter().zip(&b.errors) {
                assert_eq!(x.field, y.field, "the field key stays English");
                assert_spanish(&[(x.expected.clone(), y.expected.clone())]);
            }
        }
        for (english, id) in DETAILS {
            let b = es.words(&Words::id(id));
            assert_spanish(&[((*english).to_owned(), b)]);
        }
    }
    for src in [
        include_str!("../../../../content/locales/en-GB/readings-dating.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-odds.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-options.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-input.ftl"),
    ] {
        for line in src.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            if id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ') {
                assert!(I18n::defines_own(Lang::ES, id), "es does not define {id}");
            }
        }
    }
}

/// Every id the readings use is defined in en-GB and in Spanish's own files, and every id the
/// readings' Fluent files define is used.
#[test]
fn every_message_id_exists_and_is_used() {
    let i18n = i18n();
    let ids = message_ids();
    for id in &ids {
        assert!(i18n.has(Lang::EN_GB, id), "en-GB lacks {id}");
        assert!(I18n::defines_own(Lang::ES, id), "es lacks {id}");
    }
    for src in [
        include_str!("../../../../content/locales/en-GB/readings-dating.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-odds.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-options.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-input.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-cli.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-diary.ftl"),
    ] {
        for line in src.lines() {
            if let Some((id, _)) = line.split_once(" = ").filter(|_| !line.starts_with('#')) {
                assert!(ids.contains(&id), "{id} is defined but not used");
            }
        }
    }
}

mod diary {
    use super::*;
    use chrono::{DateTime, TimeDelta, Utc};
    use solace_clinical::diary::entry::{Entry, EntryInput};
    use solace_clinical::diary::recovery::{COURSE_FACTS, RecoveryOptions, recovery};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-20T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    /// One entry `hours` before now, from the JSON fields after "kind" and "at".
    fn e(hours: f64, kind: &str, rest: &str) -> Entry {
        #[allow(clippy::cast_possible_truncation)]
        let at = now() - TimeDelta::seconds((hours * 3600.0).round() as i64);
        let sep = if rest.is_empty() { "" } else { ", " };
        let json = format!(
            r#"{{"kind": "{kind}", "at": "{}"{sep}{rest}}}"#,
            at.to_rfc3339()
        );
        let input: EntryInput =
            serde_json::from_str(&json).unwrap_or_else(|err| panic!("{json}: {err}"));
        input
            .validate(now())
            .unwrap_or_else(|err| panic!("{json}: {err}"))
    }

    const DAY: f64 = 24.0;

    /// Diaries that raise every recovery check, over a range of values.
    fn diaries() -> Vec<(Vec<Entry>, bool)> {
        let mut v = vec![];
        for t in [38.0, 38.45, 39.0, 40.2] {
            v.push((
                vec![
                    e(120.0, "event", r#""event": "loss_confirmed""#),
                    e(
                        119.0,
                        "event",
                        r#""event": "management_chosen", "management": "medication""#,
                    ),
                    e(
                        96.0,
                        "event",
                        r#""event": "medication_taken", "medicine": "misoprostol""#,
                    ),
                    e(94.0, "bleeding", r#""pad_fullness": "moderate""#),
                    e(10.0, "temperature", &format!(r#""celsius": {t}"#)),
                ],
                false,
            ));
        }
        for hours in [25.0, 30.0, 47.0] {
            v.push((
                vec![
                    e(hours + 24.0, "event", r#""event": "loss_confirmed""#),
                    e(
                        hours + 23.0,
                        "event",
                        r#""event": "management_chosen", "management": "medication""#,
                    ),
                    e(
                        hours,
                        "event",
                        r#""event": "medication_taken", "medicine": "misoprostol""#,
                    ),
                ],
                false,
            ));
        }
        // Settling, then heavier again; and bleeding every day for longer than expected.
        for (days, m) in [(16_u32, "expectant"), (23, "medication"), (30, "expectant")] {
            let start = f64::from(days) * DAY + 2.0;
            let mut d = vec![
                e(start + 1.0, "event", r#""event": "loss_confirmed""#),
                e(
                    start,
                    "event",
                    &format!(r#""event": "management_chosen", "management": "{m}""#),
                ),
            ];
            for k in 0..days {
                let n = if k == 2 {
                    1.75
                } else if k < 6 {
                    1.0 - f64::from(k) * 0.15
                } else {
                    0.25
                };
                d.push(e(
                    f64::from(k) * DAY + 1.0,
                    "bleeding",
                    &format!(r#""pads_soaked_per_hour": {n}"#),
                ));
            }
            v.push((d, false));
        }
        for pattern in [
            [(5_u32, 1.5), (4, 1.0), (3, 0.5), (2, 1.75)],
            [(6, 2.0), (5, 1.0), (4, 0.5), (3, 1.5)],
        ] {
            let mut d = vec![
                e(40.0 * DAY, "event", r#""event": "loss_confirmed""#),
                e(
                    40.0 * DAY,
                    "event",
                    r#""event": "management_chosen", "management": "expectant""#,
                ),
            ];
            for (k, n) in pattern {
                d.push(e(
                    f64::from(k) * DAY + 1.0,
                    "bleeding",
                    &format!(r#""pads_soaked_per_hour": {n}"#),
                ));
            }
            v.push((d, false));
        }
        for days in [21.0, 28.0, 35.0] {
            v.push((
                vec![
                    e(40.0 * DAY, "event", r#""event": "loss_confirmed""#),
                    e(
                        39.0 * DAY,
                        "event",
                        r#""event": "management_chosen", "management": "expectant""#,
                    ),
                    e(
                        39.0 * DAY - days * DAY,
                        "pregnancy_test",
                        r#""result": "positive""#,
                    ),
                ],
                false,
            ));
        }
        for days in [56.0, 63.0, 80.0] {
            v.push((
                vec![e(days * DAY, "event", r#""event": "pregnancy_ended""#)],
                true,
            ));
        }
        // Symptoms the other checks do not stand for: pain, heavy bleeding.
        v.push((
            vec![
                e(5.0, "pain", r#""score": 9, "where": "shoulder_tip""#),
                e(3.0, "bleeding", r#""pads_soaked_per_hour": 2"#),
            ],
            false,
        ));
        v.push((vec![e(5.0, "pain", r#""score": 9"#)], false));
        v
    }

    #[test]
    fn english_fluent_words_equal_the_recovery_findings_and_reasons() {
        let i18n = i18n();
        let mut seen = std::collections::BTreeSet::new();
        for (entries, records_periods) in diaries() {
            for (lang, region) in ENGLISH {
                let r = recovery(
                    &entries,
                    now(),
                    RecoveryOptions {
                        region,
                        records_periods,
                    },
                );
                let tr = i18n.tr(lang, region);
                for f in &r.flags {
                    seen.insert(f.id);
                    assert_eq!(finding(&tr, f), f.finding, "{lang:?} {}", f.id);
                    assert_eq!(why(&tr, f), f.why, "{lang:?} {}", f.id);
                    let es = i18n.tr(Lang::ES, region);
                    assert_spanish(&[(f.finding.clone(), finding(&es, f))]);
                    if !f.why.is_empty() {
                        assert_spanish(&[(f.why.to_owned(), why(&es, f))]);
                    }
                }
            }
        }
        assert_eq!(seen.len(), 7, "every check was raised: {seen:?}");
        for f in COURSE_FACTS {
            for (lang, region) in ENGLISH {
                assert_eq!(course_fact(&i18n.tr(lang, region), &f), f.text, "{}", f.id);
            }
            let es = course_fact(&i18n.tr(Lang::ES, Region::Us), &f);
            assert_spanish(&[(f.text.to_owned(), es)]);
        }
    }
}
