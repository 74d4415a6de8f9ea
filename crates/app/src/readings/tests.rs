//! The guard that moving the readings' words into Fluent changed nothing: for every reading a
//! wide drive of inputs produces (the hCG series of the clinical tests, the fuzz corpus, a grid of
//! changes and gaps across every boundary; scan findings over every field's values), under both
//! rule sets and regions uk (en-GB) and us (en-US), the English Fluent words equal the clinical
//! crate's English exactly. The same drive checks the Spanish: every message defined in `es`, and
//! the same numbers as the English.

use super::*;
use chrono::{DateTime, TimeDelta, Utc};
use solace_clinical::Region;
use solace_clinical::hcg::{HcgContext, HcgInput, HcgValueInput, READINGS};
use solace_clinical::scan::{self as scan_mod, PreviousScanInput, Route, ScanInput};
use solace_i18n::{I18n, Lang};
use std::collections::BTreeSet;

const BASE: &str = "2026-11-01T09:00:00+00:00";

fn now() -> DateTime<Utc> {
    "2026-12-31T00:00:00Z".parse().unwrap()
}

fn at_h(hours: f64) -> String {
    let base = DateTime::parse_from_rfc3339(BASE).unwrap();
    #[allow(clippy::cast_possible_truncation)]
    let minutes = (hours * 60.0).round() as i64;
    (base + TimeDelta::minutes(minutes)).to_rfc3339()
}

/// Every `&[(hours, value), …]` series written in the clinical crate's hCG tests.
fn clinical_test_series() -> Vec<Vec<(f64, f64)>> {
    let src = include_str!("../../../clinical/src/hcg/tests.rs");
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(start) = rest.find("&[(") {
        let after = &rest[start + 2..];
        let Some(end) = after.find(")]") else { break };
        let body = &after[..=end];
        let mut series = Vec::new();
        for pair in body.split(')') {
            let pair = pair.trim_start_matches([',', ' ', '\n', '(']).trim();
            let Some((h, v)) = pair.split_once(',') else {
                continue;
            };
            let num = |s: &str| s.trim().replace('_', "").parse::<f64>().ok();
            if let (Some(h), Some(v)) = (num(h), num(v)) {
                series.push((h, v));
            }
        }
        if series.len() >= 2 {
            out.push(series);
        }
        rest = &after[end..];
    }
    out
}

/// Series across every boundary: rises and falls around +63%, −50%, the US minimal rises, the
/// 15% ectopic fall and the after-loss decline; gaps from 1 hour to weeks; values from below 5
/// to hundreds of thousands.
fn grid_series() -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let ratios = [
        0.01, 0.2, 0.49, 0.5, 0.51, 0.79, 0.8499, 0.85, 0.8501, 0.9, 1.0, 1.1, 1.24, 1.2399, 1.35,
        1.3499, 1.53, 1.5299, 1.6, 1.63, 1.6304, 1.7, 2.5, 60.0,
    ];
    let gaps = [
        1.5, 12.0, 23.96, 24.0, 43.9, 44.0, 47.97, 48.0, 52.0, 52.5, 96.0, 200.0, 1000.0,
    ];
    let starts = [4.96, 40.0, 99.96, 1_000.0, 123_456.0];
    for &start in &starts {
        for &gap in &gaps {
            for &r in &ratios {
                out.push(vec![(0.0, start), (gap, start * r)]);
            }
        }
    }
    // Longer series: steady falls and rises, a rise in the middle, a plateau.
    for &start in &starts {
        for &r in &[0.3_f64, 0.6, 0.84, 0.86, 1.0, 1.7] {
            for n in 3..=5 {
                let series: Vec<(f64, f64)> = (0..n)
                    .map(|k| (f64::from(k) * 48.0, start * r.powi(k)))
                    .collect();
                out.push(series);
            }
        }
        out.push(vec![
            (0.0, start),
            (48.0, start * 0.5),
            (96.0, start * 0.6),
            (168.0, start * 0.2),
        ]);
        out.push(vec![
            (0.0, start),
            (46.0, start * 1.8),
            (100.0, start * 2.5),
        ]);
        out.push(vec![(0.0, start), (24.0, start * 1.3), (72.0, start * 2.0)]);
        out.push(vec![(0.0, start), (200.0, start * 0.01), (400.0, 3.0)]);
    }
    out
}

/// The series in the fuzz corpus (`fuzz/corpus/hcg/*.json`) that parse.
fn corpus_inputs() -> Vec<HcgInput> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/hcg");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the fuzz corpus is there") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(input) = serde_json::from_slice::<HcgInput>(&bytes) {
            out.push(input);
        }
    }
    assert!(out.len() >= 5, "{}", out.len());
    out
}

fn hcg_inputs() -> Vec<HcgInput> {
    let mut inputs = corpus_inputs();
    let series = clinical_test_series();
    assert!(series.len() >= 40, "{}", series.len());
    for values in series.iter().chain(grid_series().iter()) {
        for context in HcgContext::ALL {
            let scans: &[Option<bool>] = if context == HcgContext::AfterLoss {
                &[None, Some(true)]
            } else {
                &[None]
            };
            for &scan_showed_in_womb in scans {
                inputs.push(HcgInput {
                    context: Some(context),
                    values: values
                        .iter()
                        .map(|&(h, v)| HcgValueInput {
                            at: Some(at_h(h)),
                            iu_per_l: Some(v),
                            miu_per_ml: None,
                        })
                        .collect(),
                    scan_showed_in_womb,
                });
            }
        }
    }
    inputs
}

/// A small deterministic generator (no dependency): the same inputs every run.
struct Lcg(u64);
impl Lcg {
    fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let i = usize::try_from((self.0 >> 33) % xs.len() as u64).unwrap();
        xs[i].clone()
    }
}

fn scan_inputs() -> Vec<ScanInput> {
    let mut g = Lcg(17);
    let mut out = vec![
        ScanInput {
            route: Some(Route::Transvaginal),
            ..ScanInput::default()
        },
        ScanInput {
            route: Some(Route::Transabdominal),
            embryo_seen: Some(false),
            ..ScanInput::default()
        },
    ];
    let prev = [
        None,
        Some((8.0, Some(true), Some(false))),
        Some((15.0, Some(true), Some(false))),
        Some((12.0, Some(true), Some(true))),
        Some((9.0, Some(true), Some(true))),
        Some((9.0, None, None)),
        Some((5.0, Some(true), None)),
    ];
    for _ in 0..6000 {
        let p: Option<(f64, Option<bool>, Option<bool>)> = g.pick(&prev);
        out.push(ScanInput {
            route: Some(g.pick(&[Route::Transvaginal, Route::Transabdominal])),
            crl_mm: g.pick(&[None, None, Some(3.0), Some(6.9), Some(7.0), Some(12.3)]),
            msd_mm: g.pick(&[
                None,
                None,
                Some(10.0),
                Some(16.0),
                Some(24.9),
                Some(25.0),
                Some(30.0),
            ]),
            embryo_seen: g.pick(&[None, Some(true), Some(false)]),
            cardiac_activity: g.pick(&[None, Some(true), Some(false)]),
            yolk_sac_seen: g.pick(&[None, Some(true), Some(false)]),
            yolk_sac_mm: g.pick(&[None, None, Some(5.0), Some(7.5)]),
            amnion_empty: g.pick(&[None, None, Some(true), Some(false)]),
            weeks_since_lmp: g.pick(&[None, Some(5.0), Some(6.5)]),
            previous_scan: p.map(|(d, sac, yolk)| PreviousScanInput {
                days_ago: Some(d),
                sac_seen: sac,
                yolk_sac_seen: yolk,
            }),
        });
    }
    out
}

/// Each sentence shown, as (English from the clinical crate, its words).
fn hcg_sentences(out: &HcgOutput) -> Vec<(String, Vec<Words>)> {
    let mut s = Vec::new();
    for r in out.interpretation.iter().chain(&out.readings) {
        s.push((r.text.clone(), vec![r.words.clone()]));
        s.push((r.next_step.clone(), vec![r.next_words.clone()]));
    }
    for e in &out.expected_next {
        s.push((e.text.clone(), vec![e.words.clone()]));
    }
    if let Some(p) = &out.projection {
        s.push((p.text.clone(), vec![p.words.clone()]));
    }
    s
}

fn scan_sentences(out: &ScanOutput) -> Vec<(String, Vec<Words>)> {
    let mut s = Vec::new();
    for r in &out.readings {
        s.push((r.text.clone(), vec![r.words.clone()]));
        s.push((r.next_step.clone(), r.next_words.clone()));
        for reason in &r.reasons {
            s.push((reason.because.clone(), vec![reason.words.clone()]));
        }
    }
    s
}

/// The message ids a `Words` uses, nested ones included.
fn ids(w: &Words, into: &mut BTreeSet<&'static str>) {
    into.insert(w.id);
    for (_, a) in &w.args {
        if let solace_clinical::words::Arg::Words(inner) = a {
            ids(inner, into);
        }
    }
}

/// The numbers in a text, in order of size (dates and numbers move about between languages).
fn numbers(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|t| t.trim_matches(|c| c == '.' || c == ','))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

struct Check<'a> {
    en: Tr<'a>,
    es: Tr<'a>,
    used: BTreeSet<&'static str>,
    sentences: usize,
    wrong: Vec<String>,
}

impl Check<'_> {
    fn sentence(&mut self, english: &str, parts: &[Words]) {
        self.sentences += 1;
        for w in parts {
            ids(w, &mut self.used);
        }
        let fluent = join(&self.en, parts);
        if fluent != english && self.wrong.len() < 10 {
            self.wrong.push(format!(
                "{:?} {:?}\n  clinical: {english}\n  fluent:   {fluent}",
                self.en.lang, self.en.region
            ));
        }
        let spanish = join(&self.es, parts);
        if numbers(&spanish) != numbers(english) && self.wrong.len() < 10 {
            self.wrong.push(format!(
                "es numbers differ\n  en: {english}\n  es: {spanish}"
            ));
        }
    }
}

fn region_langs() -> [(Region, Lang); 2] {
    [(Region::Uk, Lang::EN_GB), (Region::Us, Lang::EN_US)]
}

#[test]
fn english_fluent_words_equal_the_clinical_english() {
    let i18n = I18n::load().unwrap();
    let mut readings_seen = BTreeSet::new();
    let mut scan_ids_seen = BTreeSet::new();
    let mut checks = Vec::new();
    for (region, lang) in region_langs() {
        let mut c = Check {
            en: i18n.tr(lang, region),
            es: i18n.tr(Lang::ES, region),
            used: BTreeSet::new(),
            sentences: 0,
            wrong: Vec::new(),
        };
        for input in hcg_inputs() {
            let Ok(out) = hcg::interpret(&input, now(), region) else {
                continue;
            };
            for r in &out.readings {
                readings_seen.insert((r.rule_set.id(), r.id));
            }
            for (english, parts) in hcg_sentences(&out) {
                c.sentence(&english, &parts);
            }
        }
        for input in scan_inputs() {
            let Ok(out) = scan_mod::read(&input, region) else {
                continue;
            };
            for r in &out.readings {
                scan_ids_seen.insert(r.id);
            }
            for (english, parts) in scan_sentences(&out) {
                c.sentence(&english, &parts);
            }
        }
        assert!(c.wrong.is_empty(), "{}", c.wrong.join("\n"));
        assert!(c.sentences > 20_000, "{}", c.sentences);
        checks.push(c);
    }

    // Every reading the clinical crate defines was produced, and every scan category.
    for def in READINGS {
        assert!(
            readings_seen.contains(&(def.rule_set.id(), def.id)),
            "{} {} never produced",
            def.rule_set.id(),
            def.id
        );
    }
    assert_eq!(scan_ids_seen.len(), 6, "{scan_ids_seen:?}");

    // Every message of the two files was used, but for those only another message refers to and
    // those no input reaches on purpose.
    let used: BTreeSet<&str> = checks.iter().flat_map(|c| c.used.iter().copied()).collect();
    let referenced_only = [
        "hcgr-decline-maybe",
        "hcgr-decline-beyond-7",
        "hcgr-ectopic-check-days",
        "hcgr-mtx-early-rise",
        "scanr-safety",
        // A date 14 days on always exists for a real result; no rule needs `yolk_sac_seen` alone
        // (today); a field the list does not know cannot be in a rule's needs.
        "hcgr-nice-fall-next-undated",
        "scanr-field-yolk-seen",
        "scanr-field-other",
    ];
    let files = [
        include_str!("../../../../content/locales/en-GB/readings-hcg.ftl"),
        include_str!("../../../../content/locales/en-GB/readings-scan.ftl"),
    ];
    for src in files {
        for line in src.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            // Input problems have their own test; the CLI's layout words, the CLI's tests.
            if id.starts_with('#') || id.starts_with("hcgr-error-") || id.starts_with("cli-") {
                continue;
            }
            assert!(
                used.contains(id) || referenced_only.contains(&id),
                "{id} is never used"
            );
        }
    }
    // Spanish defines each of them itself (it never falls back to English).
    for id in &used {
        assert!(I18n::defines_own(Lang::ES, id), "es lacks {id}");
    }
}

#[test]
fn the_hcg_checks_own_problems_have_words_in_each_language() {
    let i18n = I18n::load().unwrap();
    let input = HcgInput {
        context: Some(HcgContext::UnknownLocation),
        values: vec![
            HcgValueInput {
                at: Some("2026-11-01 09:00".into()),
                iu_per_l: Some(-1.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2027-11-01T09:00:00Z".into()),
                iu_per_l: Some(10.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-11-03T09:00:00Z".into()),
                iu_per_l: Some(10.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some("2026-11-03T09:30:00Z".into()),
                iu_per_l: Some(10.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let english = hcg::interpret(&input, now(), Region::Uk).unwrap_err();
    let mut words = 0;
    for e in &english.errors {
        if let Some(w) = hcg::problem_words(&e.problem) {
            words += 1;
            assert_eq!(i18n.tr(Lang::EN_GB, Region::Uk).words(&w), e.expected);
            assert!(I18n::defines_own(Lang::ES, w.id), "es lacks {}", w.id);
        }
    }
    assert_eq!(words, 4, "{english:?}");
    let mut spanish = english.clone();
    hcg_errors(&mut spanish, &i18n.tr(Lang::ES, Region::Us));
    for (en, es) in english.errors.iter().zip(&spanish.errors) {
        if hcg::problem_words(&en.problem).is_some() {
            assert_ne!(en.expected, es.expected);
            assert_eq!(numbers(&en.expected), numbers(&es.expected));
        }
    }
}

#[test]
fn spanish_answers_keep_their_keys_and_numbers() {
    let i18n = I18n::load().unwrap();
    let input = HcgInput {
        context: Some(HcgContext::UnknownLocation),
        values: vec![
            HcgValueInput {
                at: Some(at_h(0.0)),
                iu_per_l: Some(1000.0),
                miu_per_ml: None,
            },
            HcgValueInput {
                at: Some(at_h(48.0)),
                iu_per_l: Some(1700.0),
                miu_per_ml: None,
            },
        ],
        scan_showed_in_womb: None,
    };
    let en = hcg::interpret(&input, now(), Region::Us).unwrap();
    let mut es = en.clone();
    hcg(&mut es, &i18n.tr(Lang::ES, Region::Us));
    let main = es.interpretation.as_ref().unwrap();
    assert_eq!(main.id, en.interpretation.as_ref().unwrap().id);
    assert!(main.text.contains("subió un 70%"), "{}", main.text);
    assert_eq!(
        serde_json::to_value(&es)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        serde_json::to_value(&en)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>()
    );
    let mut scan = scan_mod::read(
        &ScanInput {
            route: Some(Route::Transvaginal),
            crl_mm: Some(8.0),
            cardiac_activity: Some(false),
            ..ScanInput::default()
        },
        Region::Us,
    )
    .unwrap();
    let english = scan.clone();
    super::scan(&mut scan, &i18n.tr(Lang::ES, Region::Us));
    assert!(
        scan.readings[0]
            .text
            .contains("pérdida temprana del embarazo")
    );
    assert!(scan.readings[0].reasons[0].because.contains("7 mm"));
    assert_ne!(scan.readings[0].next_step, english.readings[0].next_step);
}
