//! `--lang es` on the command line (issue 17): the words change, never the urgency, the rule ids,
//! the sources or a phone number.

use crate::cli::solace;
use serde_json::Value;

fn triage(input: &str, region: &str, lang: &str) -> Value {
    let out = solace(
        &["triage", "--json", "--region", region, "--lang", lang],
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{input} {region} {lang}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|s| s.as_str().expect("text").to_owned())
        .collect()
}

/// A message id shown instead of words ("headline-urgent"), or a placeholder left unfilled.
fn looks_unfilled(s: &str) -> bool {
    let id_like = !s.contains(' ')
        && s.contains('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    id_like || s.contains("{$") || s.contains("{ $")
}

/// Issue 17's "done when": for every example of the team's file, `solace triage --json --lang
/// es` gives the same urgency, rules, sources and phone numbers as en-GB, in every region's
/// numbers (uk 999, us 911 and 988, ie 112 or 999, other 112), with the headline, what to do,
/// when and every reason in Spanish: words that differ from the English ones, none empty, none
/// an id. SAFETY.md T21.
#[test]
fn every_example_in_spanish_keeps_the_urgency_and_numbers_with_spanish_words() {
    let text = include_str!("../../../clinical/tests/data/triage.jsonl");
    let mut problems = vec![];
    let mut rows = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: Value = serde_json::from_str(line).expect("an example row");
        let input = row["input"].to_string();
        rows += 1;
        for region in ["uk", "us", "ie", "other"] {
            let en = triage(&input, region, "en-GB");
            let es = triage(&input, region, "es");
            let case = format!("{input} (region {region})");
            // What must not change with the language: the answer itself.
            assert_eq!(es["urgency"], row["urgency"], "{case}");
            for key in ["urgency", "emergency_number", "region", "crisis_line"] {
                assert_eq!(es[key], en[key], "{case}: {key}");
            }
            let rules = |v: &Value| -> Vec<(Value, Value)> {
                v["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| (r["rule"].clone(), r["sources"].clone()))
                    .collect()
            };
            assert_eq!(rules(&es), rules(&en), "{case}: rules and sources");
            let calls = |v: &Value| -> Vec<(Value, Value, Value)> {
                v["calls"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| (c["kind"].clone(), c["number"].clone(), c["tel"].clone()))
                    .collect()
            };
            assert_eq!(calls(&es), calls(&en), "{case}: whom to call, in order");
            assert_eq!(
                es["actions"].as_array().unwrap().len(),
                en["actions"].as_array().unwrap().len(),
                "{case}: as many actions"
            );
            // What must change: the words.
            let mut pairs: Vec<(String, String, String)> = vec![];
            for key in ["headline", "when"] {
                pairs.push((
                    key.to_owned(),
                    en[key].as_str().unwrap().to_owned(),
                    es[key].as_str().unwrap().to_owned(),
                ));
            }
            for (i, (a, b)) in strings(&en["actions"])
                .into_iter()
                .zip(strings(&es["actions"]))
                .enumerate()
            {
                pairs.push((format!("actions[{i}]"), a, b));
            }
            let because = |v: &Value| -> Vec<String> {
                v["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["because"].as_str().unwrap().to_owned())
                    .collect()
            };
            for (i, (a, b)) in because(&en).into_iter().zip(because(&es)).enumerate() {
                pairs.push((format!("reasons[{i}]"), a, b));
            }
            let labels = |v: &Value| -> Vec<String> {
                v["calls"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["label"].as_str().unwrap().to_owned())
                    .collect()
            };
            for (i, (a, b)) in labels(&en).into_iter().zip(labels(&es)).enumerate() {
                pairs.push((format!("calls[{i}].label"), a, b));
            }
            for (what, english, spanish) in pairs {
                if spanish.trim().is_empty() || looks_unfilled(&spanish) {
                    problems.push(format!("{case}: {what} is {spanish:?}"));
                } else if spanish == english {
                    problems.push(format!("{case}: {what} is still English: {english:?}"));
                }
            }
            // Every number the English words give is in the Spanish words too.
            if let Some(n) = en["emergency_number"].as_str() {
                let first = n.split(' ').next().unwrap_or(n);
                let said = |v: &Value| {
                    strings(&v["actions"]).iter().any(|a| a.contains(first))
                        || v["headline"].as_str().unwrap().contains(first)
                };
                if said(&en) && !said(&es) {
                    problems.push(format!("{case}: the Spanish words never give {n}"));
                }
            }
        }
    }
    assert_eq!(rows, 22, "every row of the examples");
    problems.dedup();
    let shown: Vec<&str> = problems.iter().take(40).map(String::as_str).collect();
    assert!(
        problems.is_empty(),
        "{} problems in Spanish triage:\n  {}",
        problems.len(),
        shown.join("\n  ")
    );
}

/// Without `--lang` the words are the region's English, as before; `--lang` takes any case; an
/// unknown language exits 2 naming the flag; the plain-text answer is Spanish too.
#[test]
fn lang_defaults_to_the_regions_english_and_refuses_unknown_tags() {
    let input = r#"{"fainted": true}"#;
    for (region, lang) in [("uk", "en-GB"), ("us", "en-US"), ("other", "en-GB")] {
        let out = solace(&["triage", "--json", "--region", region], input.as_bytes());
        let default: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(default, triage(input, region, lang), "{region}");
    }
    assert_eq!(triage(input, "uk", "ES"), triage(input, "uk", "es"));
    let out = solace(&["triage", "--json", "--lang", "fr"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--lang") && err.contains("es"), "{err}");
    let plain = |lang: &str| {
        let out = solace(&["triage", "--lang", lang], input.as_bytes());
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let (en, es) = (plain("en-GB"), plain("es"));
    assert!(en.contains("999") && es.contains("999"));
    assert_ne!(en, es);
    // The plain answer's own words (the disclaimer, the headings) are Spanish.
    let json = triage(input, "uk", "es");
    assert!(es.contains(json["disclaimer"].as_str().unwrap()));
    assert!(!es.contains("Solace does not diagnose"), "{es}");
}
