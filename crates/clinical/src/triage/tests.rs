//! Rule tests: every rule fires in at least one case here, the shared examples hold, and the
//! properties of the rule table (a red flag never lowers urgency) hold for generated inputs.

use super::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn run(json: &str) -> TriageOutcome {
    let input: TriageInput = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    triage(&input, Region::Uk).unwrap_or_else(|e| panic!("{json}: {e}"))
}

fn ids(o: &TriageOutcome) -> Vec<&'static str> {
    o.fired.iter().map(|r| r.id).collect()
}

/// (input, expected urgency, a rule that must fire). One or more cases per rule; boundaries included.
const CASES: &[(&str, Urgency, &str)] = &[
    (r#"{"fainted": true}"#, Urgency::Emergency, "collapse"),
    (
        r#"{"pale_clammy": true, "racing_heart": true}"#,
        Urgency::Emergency,
        "shock",
    ),
    (
        r#"{"pale_clammy": true, "dizzy_or_faint": true}"#,
        Urgency::Emergency,
        "shock",
    ),
    (
        r#"{"dizzy_or_faint": true, "shoulder_tip_pain": true}"#,
        Urgency::Emergency,
        "possible-rupture",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain": 7, "location": "not_confirmed"}"#,
        Urgency::Emergency,
        "possible-rupture",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain_one_sided": true, "location": "ectopic"}"#,
        Urgency::Emergency,
        "possible-rupture",
    ),
    (
        r#"{"location": "ectopic", "dizzy_or_faint": true}"#,
        Urgency::Emergency,
        "ectopic-faintness",
    ),
    (
        r#"{"dizzy_or_faint": true, "pads_soaked_per_hour": 2}"#,
        Urgency::Emergency,
        "bleeding-with-faintness",
    ),
    (
        r#"{"dizzy_or_faint": true, "bleeding": "heavy"}"#,
        Urgency::Emergency,
        "bleeding-with-faintness",
    ),
    (
        r#"{"thoughts_of_harm": true}"#,
        Urgency::Emergency,
        "self-harm",
    ),
    (
        r#"{"pads_soaked_per_hour": 2}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"pads_soaked_per_hour": 1, "heavy_hours": 2}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"pads_soaked_per_hour": 1, "clots": "large", "situation": "miscarriage_diagnosed"}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"bleeding": "heavy", "situation": "after_loss"}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"situation": "pregnant", "weeks": 7, "shoulder_tip_pain": true}"#,
        Urgency::Urgent,
        "possible-ectopic-shoulder",
    ),
    (
        r#"{"pain_one_sided": true, "pain": 7, "location": "not_confirmed"}"#,
        Urgency::Urgent,
        "possible-ectopic-severe-one-sided",
    ),
    (
        r#"{"pain_one_sided": true, "pain_worse_or_constant": true, "situation": "after_loss"}"#,
        Urgency::Urgent,
        "possible-ectopic-severe-one-sided",
    ),
    (
        r#"{"location": "ectopic", "pain": 4}"#,
        Urgency::Urgent,
        "ectopic-pain",
    ),
    (
        r#"{"location": "ectopic", "bleeding": "moderate"}"#,
        Urgency::Urgent,
        "ectopic-pain",
    ),
    (
        r#"{"location": "ectopic", "pain_worse_or_constant": true, "situation": "after_loss"}"#,
        Urgency::Urgent,
        "ectopic-pain",
    ),
    (
        r#"{"pain": 8, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "severe-pain",
    ),
    (
        r#"{"pain": 8, "situation": "miscarriage_diagnosed", "pain_worse_or_constant": true}"#,
        Urgency::Urgent,
        "severe-pain",
    ),
    (
        r#"{"temperature_c": 38.0, "foul_discharge": true}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"feels_feverish": true, "pain": 4, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"situation": "after_loss", "treatment": "medication", "temperature_c": 38.6}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "treatment": "surgery", "temperature_f": 100.4}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"temperature_c": 35.9, "feels_feverish": true}"#,
        Urgency::Urgent,
        "low-temperature-unwell",
    ),
    (
        r#"{"temperature_c": 35.5, "racing_heart": true, "situation": "after_loss"}"#,
        Urgency::Urgent,
        "low-temperature-unwell",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "bleeding": "heavy", "pads_soaked_per_hour": 1, "heavy_hours": 1}"#,
        Urgency::SameDay,
        "heavy-bleeding-reported",
    ),
    (
        r#"{"temperature_c": 38.0, "racing_heart": true}"#,
        Urgency::Urgent,
        "fever-racing-heart",
    ),
    (
        r#"{"feels_feverish": true, "racing_heart": true, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "fever-racing-heart",
    ),
    (
        r#"{"racing_heart": true, "bleeding": "moderate", "situation": "after_loss"}"#,
        Urgency::Urgent,
        "racing-heart-bleeding",
    ),
    (
        r#"{"racing_heart": true, "pain": 7, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "racing-heart-bleeding",
    ),
    (r#"{"pale_clammy": true}"#, Urgency::Urgent, "pale-clammy"),
    (
        r#"{"situation": "pregnant", "weeks": 12, "bleeding": "light", "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "second-trimester-bleeding",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "pain": 8, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "severe-pain",
    ),
    (
        r#"{"situation": "pregnant", "weeks": 9, "bleeding": "light", "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "bleeding-in-pregnancy",
    ),
    (
        r#"{"bleeding": "spotting", "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "bleeding-in-pregnancy",
    ),
    (
        r#"{"situation": "pregnant", "weeks": 4, "bleeding": "spotting", "pain": 0}"#,
        Urgency::Soon,
        "early-light-bleeding",
    ),
    (
        r#"{"weeks": 5.9, "bleeding": "light"}"#,
        Urgency::Soon,
        "early-light-bleeding",
    ),
    (
        r#"{"situation": "pregnant", "pain": 1}"#,
        Urgency::SameDay,
        "pain-unconfirmed-location",
    ),
    (
        r#"{"pain": 4, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "pain-in-pregnancy",
    ),
    (
        r#"{"pain_one_sided": true, "pain": 3, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "one-sided-pain",
    ),
    (
        r#"{"shoulder_tip_pain": true, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "shoulder-tip-confirmed",
    ),
    (
        r#"{"bowel_or_rectal_pain": true}"#,
        Urgency::SameDay,
        "rectal-pain",
    ),
    (r#"{"temperature_c": 38.0}"#, Urgency::SameDay, "fever"),
    (r#"{"feels_feverish": true}"#, Urgency::SameDay, "fever"),
    (
        r#"{"foul_discharge": true}"#,
        Urgency::SameDay,
        "foul-discharge",
    ),
    (
        r#"{"dizzy_or_faint": true, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "dizziness",
    ),
    (
        r#"{"racing_heart": true}"#,
        Urgency::SameDay,
        "racing-heart",
    ),
    (
        r#"{"treatment": "medication", "days_since_treatment": 1, "bleeding": "none", "situation": "miscarriage_diagnosed"}"#,
        Urgency::SameDay,
        "no-bleeding-after-misoprostol",
    ),
    (
        r#"{"location": "ectopic"}"#,
        Urgency::SameDay,
        "ectopic-known",
    ),
    (
        r#"{"situation": "after_loss", "bleeding_days": 15, "bleeding": "light", "treatment": "expectant"}"#,
        Urgency::Soon,
        "prolonged-bleeding",
    ),
    (
        r#"{"situation": "after_loss", "bleeding_days": 22, "bleeding": "light", "treatment": "medication"}"#,
        Urgency::Soon,
        "prolonged-bleeding",
    ),
    (
        r#"{"region": "us", "situation": "after_loss", "location": "confirmed_in_womb", "positive_test_weeks_after": 4}"#,
        Urgency::Soon,
        "positive-test-after",
    ),
    (
        r#"{"situation": "after_loss", "location": "confirmed_in_womb", "positive_test_weeks_after": 3}"#,
        Urgency::Soon,
        "positive-test-after",
    ),
    (
        r#"{"situation": "after_loss", "no_period_weeks": 8}"#,
        Urgency::Soon,
        "no-period",
    ),
    (
        r#"{"situation": "after_loss", "low_mood_weeks": 2}"#,
        Urgency::Soon,
        "low-mood",
    ),
    (
        r#"{"situation": "after_loss", "treatment": "expectant", "bleeding": "light", "bleeding_days": 6, "pain": 2}"#,
        Urgency::SelfCare,
        "expected-course",
    ),
    ("{}", Urgency::SelfCare, "expected-course"),
    // ---- Added or changed by CLINICAL.md's 2026-12 revision ----
    (
        r#"{"confused_or_drowsy": true, "situation": "after_loss"}"#,
        Urgency::Emergency,
        "sepsis-red-flag",
    ),
    (
        r#"{"breathless": true}"#,
        Urgency::Emergency,
        "sepsis-red-flag",
    ),
    (
        r#"{"mottled_or_blue_skin": true, "location": "confirmed_in_womb"}"#,
        Urgency::Emergency,
        "sepsis-red-flag",
    ),
    (
        r#"{"no_urine_18h": true, "situation": "miscarriage_diagnosed"}"#,
        Urgency::Emergency,
        "sepsis-red-flag",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain": 4, "location": "not_confirmed"}"#,
        Urgency::Emergency,
        "possible-rupture",
    ),
    (
        r#"{"pale_clammy": true, "pain": 7, "situation": "after_loss"}"#,
        Urgency::Emergency,
        "possible-rupture",
    ),
    (
        r#"{"dizzy_or_faint": true, "pads_soaked_per_hour": 1, "heavy_hours": 1, "location": "confirmed_in_womb"}"#,
        Urgency::Emergency,
        "bleeding-with-faintness",
    ),
    (
        r#"{"pads_soaked_per_hour": 1.5, "heavy_hours": 0.5}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"pads_soaked_per_hour": 1, "situation": "after_loss", "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "heavy-bleeding",
    ),
    (
        r#"{"pain": 7, "location": "not_confirmed", "situation": "after_loss"}"#,
        Urgency::Urgent,
        "possible-ectopic-urgent",
    ),
    (
        r#"{"situation": "pregnant", "weeks": 6, "pain": 1, "dizzy_or_faint": true}"#,
        Urgency::Urgent,
        "possible-ectopic-urgent",
    ),
    (
        r#"{"pain": 8, "situation": "after_loss", "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "severe-pain",
    ),
    (
        r#"{"pain": 7, "pain_worse_or_constant": true, "location": "confirmed_in_womb"}"#,
        Urgency::Urgent,
        "pain-not-easing-severe",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "feels_feverish": true}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"situation": "after_loss", "treatment": "none", "temperature_c": 38.0}"#,
        Urgency::Urgent,
        "infection",
    ),
    (
        r#"{"racing_heart": true, "treatment": "surgery", "days_since_treatment": 42, "situation": "after_loss"}"#,
        Urgency::Urgent,
        "racing-heart-after-treatment",
    ),
    (
        r#"{"racing_heart": true, "treatment": "medication", "situation": "miscarriage_diagnosed"}"#,
        Urgency::Urgent,
        "racing-heart-after-treatment",
    ),
    (
        r#"{"situation": "after_loss", "pain": 4}"#,
        Urgency::SameDay,
        "pain-unconfirmed-location",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "pain": 4, "pain_worse_or_constant": true, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "pain-not-easing",
    ),
    (
        r#"{"situation": "after_loss", "pain": 4, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "pain-after-loss",
    ),
    (
        r#"{"pads_soaked_per_hour": 1, "heavy_hours": 1.5, "situation": "after_loss", "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "bleeding-one-pad-an-hour",
    ),
    (
        r#"{"vomiting": true, "location": "confirmed_in_womb"}"#,
        Urgency::SameDay,
        "vomiting",
    ),
    (
        r#"{"situation": "after_loss", "location": "ectopic", "treatment": "medication"}"#,
        Urgency::SameDay,
        "ectopic-known",
    ),
    (
        r#"{"situation": "after_loss", "positive_test_weeks_after": 2}"#,
        Urgency::SameDay,
        "positive-test-unconfirmed",
    ),
];

#[test]
fn every_case_gives_its_urgency_and_rule() {
    for (json, urgency, rule) in CASES {
        let o = run(json);
        assert_eq!(o.urgency, *urgency, "{json} fired {:?}", ids(&o));
        assert!(
            ids(&o).contains(rule),
            "{json}: expected {rule} in {:?}",
            ids(&o)
        );
    }
}

#[test]
fn every_rule_fires_in_at_least_one_case() {
    let fired: BTreeSet<&str> = CASES.iter().flat_map(|(j, _, _)| ids(&run(j))).collect();
    for rule in RULES {
        assert!(fired.contains(rule.id), "no case makes {} fire", rule.id);
    }
}

/// Boundaries just below each threshold must not fire the rule (the pair to the cases above).
const NOT_FIRING: &[(&str, &str)] = &[
    (
        r#"{"pads_soaked_per_hour": 0.9, "situation": "after_loss"}"#,
        "heavy-bleeding",
    ),
    (
        r#"{"pads_soaked_per_hour": 1, "heavy_hours": 1.9, "situation": "after_loss"}"#,
        "heavy-bleeding",
    ),
    (
        r#"{"pads_soaked_per_hour": 0.5, "bleeding": "heavy", "situation": "after_loss"}"#,
        "heavy-bleeding",
    ),
    (
        r#"{"pain": 7, "location": "confirmed_in_womb"}"#,
        "severe-pain",
    ),
    (
        r#"{"temperature_c": 37.9, "foul_discharge": true}"#,
        "infection",
    ),
    (
        r#"{"temperature_c": 36.0, "racing_heart": true}"#,
        "low-temperature-unwell",
    ),
    (
        r#"{"weeks": 11.9, "bleeding": "light", "location": "confirmed_in_womb"}"#,
        "second-trimester-bleeding",
    ),
    (
        r#"{"weeks": 6, "bleeding": "light"}"#,
        "early-light-bleeding",
    ),
    (
        r#"{"weeks": 4, "bleeding": "light", "pain": 1}"#,
        "early-light-bleeding",
    ),
    (
        r#"{"weeks": 4, "bleeding": "light", "ectopic_risk_factors": true}"#,
        "early-light-bleeding",
    ),
    (
        r#"{"weeks": 4, "bleeding": "light", "location": "ectopic"}"#,
        "early-light-bleeding",
    ),
    (
        r#"{"weeks": 4, "bleeding": "moderate"}"#,
        "early-light-bleeding",
    ),
    (
        r#"{"situation": "after_loss", "bleeding_days": 14}"#,
        "prolonged-bleeding",
    ),
    (
        r#"{"situation": "after_loss", "treatment": "medication", "bleeding_days": 21}"#,
        "prolonged-bleeding",
    ),
    (
        r#"{"situation": "pregnant", "bleeding_days": 30}"#,
        "prolonged-bleeding",
    ),
    (
        r#"{"positive_test_weeks_after": 2.9}"#,
        "positive-test-after",
    ),
    (r#"{"no_period_weeks": 7.9}"#, "no-period"),
    (r#"{"low_mood_weeks": 1.9}"#, "low-mood"),
    (
        r#"{"shoulder_tip_pain": true, "location": "confirmed_in_womb"}"#,
        "possible-ectopic-shoulder",
    ),
    (
        r#"{"treatment": "medication", "days_since_treatment": 0.5, "bleeding": "none"}"#,
        "no-bleeding-after-misoprostol",
    ),
    (
        r#"{"treatment": "medication", "days_since_treatment": 2}"#,
        "no-bleeding-after-misoprostol",
    ),
    (
        r#"{"situation": "after_loss", "pain": 5}"#,
        "pain-in-pregnancy",
    ),
    (
        r#"{"pain": 3, "location": "confirmed_in_womb"}"#,
        "pain-in-pregnancy",
    ),
    // ---- Added or changed by CLINICAL.md's 2026-12 revision ----
    (
        r#"{"feels_feverish": true, "racing_heart": true, "pale_clammy": true}"#,
        "sepsis-red-flag",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain": 3, "location": "not_confirmed"}"#,
        "possible-rupture",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain": 8, "location": "confirmed_in_womb"}"#,
        "possible-rupture",
    ),
    (
        r#"{"pale_clammy": true, "pain": 6, "location": "not_confirmed"}"#,
        "possible-rupture",
    ),
    (
        r#"{"dizzy_or_faint": true, "pads_soaked_per_hour": 0.9, "location": "confirmed_in_womb"}"#,
        "bleeding-with-faintness",
    ),
    (
        r#"{"pain": 6, "location": "not_confirmed"}"#,
        "possible-ectopic-urgent",
    ),
    (
        r#"{"pain": 9, "location": "confirmed_in_womb"}"#,
        "possible-ectopic-urgent",
    ),
    (
        r#"{"dizzy_or_faint": true, "pain": 0}"#,
        "possible-ectopic-urgent",
    ),
    (
        r#"{"pain": 7, "situation": "miscarriage_diagnosed"}"#,
        "severe-pain",
    ),
    (
        r#"{"pain": 6, "pain_worse_or_constant": true}"#,
        "pain-not-easing-severe",
    ),
    (
        r#"{"temperature_c": 37.9, "situation": "after_loss"}"#,
        "infection",
    ),
    (
        r#"{"feels_feverish": true, "situation": "pregnant", "pain": 3}"#,
        "infection",
    ),
    (
        r#"{"racing_heart": true, "treatment": "surgery", "days_since_treatment": 43}"#,
        "racing-heart-after-treatment",
    ),
    (
        r#"{"racing_heart": true, "treatment": "expectant"}"#,
        "racing-heart-after-treatment",
    ),
    (
        r#"{"situation": "after_loss", "pain": 3}"#,
        "pain-unconfirmed-location",
    ),
    (
        r#"{"situation": "pregnant", "pain": 5, "location": "confirmed_in_womb"}"#,
        "pain-unconfirmed-location",
    ),
    (
        r#"{"pain": 3, "pain_worse_or_constant": true}"#,
        "pain-not-easing",
    ),
    (
        r#"{"situation": "after_loss", "pain": 3}"#,
        "pain-after-loss",
    ),
    (
        r#"{"situation": "miscarriage_diagnosed", "pain": 6}"#,
        "pain-after-loss",
    ),
    (
        r#"{"pads_soaked_per_hour": 0.9}"#,
        "bleeding-one-pad-an-hour",
    ),
    (
        r#"{"positive_test_weeks_after": 1.9}"#,
        "positive-test-unconfirmed",
    ),
    (
        r#"{"positive_test_weeks_after": 3, "location": "confirmed_in_womb"}"#,
        "positive-test-unconfirmed",
    ),
    (
        r#"{"situation": "after_loss", "treatment": "surgery", "location": "ectopic"}"#,
        "ectopic-known",
    ),
    (
        r#"{"treatment": "medication", "days_since_treatment": 2, "bleeding": "none", "location": "ectopic"}"#,
        "no-bleeding-after-misoprostol",
    ),
    (r#"{"feels_feverish": true}"#, "vomiting"),
    // Quiet beside heavy-bleeding, whose "go now" the same pads already give.
    (r#"{"pads_soaked_per_hour": 2}"#, "bleeding-one-pad-an-hour"),
];

#[test]
fn just_below_each_threshold_the_rule_stays_quiet() {
    for (json, rule) in NOT_FIRING {
        assert!(
            !ids(&run(json)).contains(rule),
            "{json} should not fire {rule}"
        );
    }
}

#[test]
fn shared_examples_hold() {
    // The repository's copy of the team's shared examples (ARCHITECTURE.md says how it is kept).
    let text = include_str!("../../tests/data/triage.jsonl");
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let o = run(&v["input"].to_string());
        assert_eq!(o.urgency.id(), v["urgency"].as_str().unwrap(), "{line}");
        assert!(
            ids(&o).contains(&v["a_rule_that_fires"].as_str().unwrap()),
            "{line}"
        );
        n += 1;
    }
    assert!(n >= 22, "the revised examples hold 22 rows; found {n}");
}

#[test]
fn empty_input_is_self_care_with_the_safety_net() {
    let o = run("{}");
    assert_eq!(o.urgency, Urgency::SelfCare);
    assert_eq!(ids(&o), ["expected-course"]);
    assert_eq!(o.safety_net, SAFETY_NET);
    assert!(!o.safety_net.is_empty());
}

#[test]
fn expected_course_never_fires_beside_another_rule() {
    for (json, _, _) in CASES {
        let o = run(json);
        if o.fired.len() > 1 {
            assert!(!ids(&o).contains(&"expected-course"), "{json}");
        }
    }
}

#[test]
fn self_harm_alone_leads_with_support_and_keeps_the_emergency_number() {
    let o = run(r#"{"thoughts_of_harm": true}"#);
    assert_eq!(o.headline, "headline-self-harm");
    assert!(o.actions.contains(&"action-self-harm-emergency"));
    assert!(o.actions.contains(&"action-crisis-line"));
    // With a physical emergency too, the ambulance comes first and the crisis line stays.
    let o = run(r#"{"thoughts_of_harm": true, "fainted": true}"#);
    assert_eq!(o.headline, "headline-emergency");
    assert_eq!(o.actions.first(), Some(&"action-call-emergency"));
    assert!(o.actions.contains(&"action-crisis-line"));
}

#[test]
fn early_light_bleeding_adds_the_repeat_test_action() {
    let o = run(r#"{"weeks": 4, "bleeding": "spotting"}"#);
    assert!(o.actions.contains(&"action-repeat-test"));
}

#[test]
fn registry_ids_are_unique_kebab_case_with_sources_and_messages() {
    let mut seen = BTreeSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
        assert!(
            r.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            r.id
        );
        assert!(!r.sources.is_empty(), "{} has no source", r.id);
        assert_eq!(
            r.because,
            format!("rule-{}", r.id),
            "message id follows the rule id"
        );
        assert!(!r.fires_when.is_empty());
    }
    assert_eq!(
        RULES.len(),
        45,
        "CLINICAL.md §1 (2026-12) lists 43 rules; fever-racing-heart and heavy-bleeding-reported are added"
    );
    assert!(
        rules::rule("severe-pain-expected").is_none(),
        "removed in 2026-12"
    );
}

#[test]
fn registry_is_ordered_by_level() {
    assert!(RULES.windows(2).all(|w| w[0].level >= w[1].level
        || w[1].id == "early-light-bleeding"
        || w[0].id == "early-light-bleeding"));
}

// ---- Properties ----

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 3 => s.prop_map(Some)].boxed()
}

prop_compose! {
    fn any_input()(
        region in opt(prop::sample::select(Region::ALL.to_vec())),
        situation in opt(prop::sample::select(vec![Situation::Pregnant, Situation::MiscarriageDiagnosed, Situation::AfterLoss])),
        location in opt(prop::sample::select(vec![Location::ConfirmedInWomb, Location::NotConfirmed, Location::Ectopic])),
        weeks in opt(0u32..=45),
        treatment in opt(prop::sample::select(vec![Treatment::None, Treatment::Expectant, Treatment::Medication, Treatment::Surgery])),
        days_since_treatment in opt(0u32..=60),
        bleeding in opt(prop::sample::select(vec![Bleeding::None, Bleeding::Spotting, Bleeding::Light, Bleeding::Moderate, Bleeding::Heavy])),
        pads in opt(0u32..=8),
        heavy_hours in opt(0u32..=10),
        bleeding_days in opt(0u32..=40),
        clots in opt(prop::sample::select(vec![Clots::None, Clots::Small, Clots::Large])),
        pain in opt(0u32..=10),
        temperature_tenths in opt(340u32..=410),
        flags in prop::collection::vec(opt(any::<bool>()), 19),
        weeks_since in prop::collection::vec(opt(0u32..=12), 3),
    ) -> TriageInput {
        let f = |i: usize| flags[i];
        TriageInput {
            region, situation, location,
            weeks: weeks.map(f64::from),
            treatment,
            days_since_treatment: days_since_treatment.map(f64::from),
            bleeding,
            pads_soaked_per_hour: pads.map(|p| f64::from(p) / 2.0),
            heavy_hours: heavy_hours.map(f64::from),
            bleeding_days: bleeding_days.map(f64::from),
            clots,
            pain: pain.map(f64::from),
            pain_one_sided: f(0), shoulder_tip_pain: f(1), pain_worse_or_constant: f(2),
            temperature_c: temperature_tenths.map(|t| f64::from(t) / 10.0),
            temperature_f: None,
            feels_feverish: f(3), dizzy_or_faint: f(4), fainted: f(5), racing_heart: f(6),
            pale_clammy: f(7), foul_discharge: f(8), bowel_or_rectal_pain: f(9),
            ectopic_risk_factors: f(10), thoughts_of_harm: f(11),
            confused_or_drowsy: f(12), breathless: f(13), mottled_or_blue_skin: f(14),
            no_urine_18h: f(15), vomiting: f(16),
            positive_test_weeks_after: weeks_since[0].map(f64::from),
            no_period_weeks: weeks_since[1].map(f64::from),
            low_mood_weeks: weeks_since[2].map(f64::from),
        }
    }
}

/// Each way of adding a red flag or making a symptom worse.
fn worsen(input: &TriageInput, which: usize) -> TriageInput {
    let mut w = input.clone();
    let t = Some(true);
    match which {
        0 => w.fainted = t,
        1 => w.pale_clammy = t,
        2 => w.racing_heart = t,
        3 => w.dizzy_or_faint = t,
        4 => w.shoulder_tip_pain = t,
        5 => w.pain_one_sided = t,
        6 => w.pain_worse_or_constant = t,
        7 => w.feels_feverish = t,
        8 => w.foul_discharge = t,
        9 => w.bowel_or_rectal_pain = t,
        10 => w.thoughts_of_harm = t,
        11 => w.ectopic_risk_factors = t,
        12 => w.pain = Some((w.pain.unwrap_or(0.0) + 3.0).min(10.0)),
        // More pads soaked. "Heavy" with no count is read as meeting the pad rule, so the count
        // it stands for is 2: giving a smaller count there clarifies rather than worsens.
        13 => {
            w.pads_soaked_per_hour = Some(match w.pads_soaked_per_hour {
                Some(p) => (p + 1.0).min(20.0),
                None if w.bleeding == Some(Bleeding::Heavy) => 2.0,
                None => 1.0,
            });
        }
        14 => w.heavy_hours = Some((w.heavy_hours.unwrap_or(0.0) + 2.0).min(72.0)),
        15 => w.clots = Some(Clots::Large),
        16 => {
            w.bleeding = Some(match w.bleeding {
                None | Some(Bleeding::None) => Bleeding::Spotting,
                Some(Bleeding::Spotting) => Bleeding::Light,
                Some(Bleeding::Light) => Bleeding::Moderate,
                Some(Bleeding::Moderate | Bleeding::Heavy) => Bleeding::Heavy,
            });
        }
        // A fever is added only where the temperature was normal or unknown: moving a low
        // temperature (itself a flag) to a high one swaps one flag for another.
        17 => {
            if w.temperature_c.is_none_or(|t| t >= 36.0) {
                w.temperature_c = Some(w.temperature_c.unwrap_or(37.0).max(38.0));
            }
        }
        18 => w.bleeding_days = Some(w.bleeding_days.unwrap_or(0.0) + 7.0),
        19 => w.positive_test_weeks_after = Some(w.positive_test_weeks_after.unwrap_or(0.0) + 1.0),
        20 => w.no_period_weeks = Some(w.no_period_weeks.unwrap_or(0.0) + 2.0),
        21 => w.low_mood_weeks = Some(w.low_mood_weeks.unwrap_or(0.0) + 1.0),
        22 => w.confused_or_drowsy = t,
        23 => w.breathless = t,
        24 => w.mottled_or_blue_skin = t,
        25 => w.no_urine_18h = t,
        _ => w.vomiting = t,
    }
    w
}

proptest! {
    // At least 2,000 cases; PROPTEST_CASES raises it for a deeper search.
    #![proptest_config(ProptestConfig { cases: ProptestConfig::default().cases.max(2000), ..ProptestConfig::default() })]

    #[test]
    fn adding_a_red_flag_never_lowers_urgency(input in any_input(), which in 0usize..27) {
        let before = triage(&input, Region::Uk).map(|o| o.urgency);
        let worse = worsen(&input, which);
        let after = triage(&worse, Region::Uk).map(|o| o.urgency);
        if let (Ok(b), Ok(a)) = (before, after) {
            prop_assert!(a >= b, "{:?} -> {:?} after worsening #{} of {:?}", b, a, which, input);
        }
    }

    /// Counting carefully never lowers the answer: a pad count of 1 or more an hour, given where
    /// none was, is at least as urgent as leaving it out (the 2026-12 review's first case).
    #[test]
    fn counting_pads_never_lowers_urgency(input in any_input(), halves in 2u32..=8) {
        let mut without = input;
        without.pads_soaked_per_hour = None;
        without.heavy_hours = None;
        let mut counted = without.clone();
        counted.pads_soaked_per_hour = Some(f64::from(halves) / 2.0);
        let b = triage(&without, Region::Uk).unwrap().urgency;
        let a = triage(&counted, Region::Uk).unwrap().urgency;
        prop_assert!(a >= b, "{:?} -> {:?} after counting {:?}", b, a, counted.pads_soaked_per_hour);
    }

    /// An unknown duration counts as long, and an unknown time since treatment as recent: leaving
    /// either out is never less urgent than any answer.
    #[test]
    fn leaving_out_a_duration_never_lowers_urgency(input in any_input(), hours in 0u32..=72, days in 0u32..=365) {
        let mut known = input.clone();
        known.heavy_hours = Some(f64::from(hours));
        known.days_since_treatment = Some(f64::from(days));
        let mut unknown = input;
        unknown.heavy_hours = None;
        unknown.days_since_treatment = None;
        let k = triage(&known, Region::Uk).unwrap().urgency;
        let u = triage(&unknown, Region::Uk).unwrap().urgency;
        prop_assert!(u >= k, "unknown {:?} < known {:?} for {:?}", u, k, known);
    }

    #[test]
    fn any_sepsis_sign_gives_emergency(input in any_input(), which in 0usize..4) {
        let mut i = input;
        match which {
            0 => i.confused_or_drowsy = Some(true),
            1 => i.breathless = Some(true),
            2 => i.mottled_or_blue_skin = Some(true),
            _ => i.no_urine_18h = Some(true),
        }
        prop_assert_eq!(triage(&i, Region::Uk).unwrap().urgency, Urgency::Emergency);
    }

    #[test]
    fn urgency_is_the_highest_fired_level_and_fired_is_never_empty(input in any_input()) {
        let o = triage(&input, Region::Uk).unwrap();
        prop_assert!(!o.fired.is_empty());
        prop_assert_eq!(Some(o.urgency), o.fired.iter().map(|r| r.level).max());
        prop_assert_eq!(o.safety_net.len(), SAFETY_NET.len());
        prop_assert!(!o.actions.is_empty());
    }

    #[test]
    fn any_emergency_flag_gives_emergency(input in any_input()) {
        let mut i = input;
        i.fainted = Some(true);
        prop_assert_eq!(triage(&i, Region::Uk).unwrap().urgency, Urgency::Emergency);
    }

    #[test]
    fn triage_is_deterministic(input in any_input()) {
        let a = triage(&input, Region::Uk).unwrap();
        let b = triage(&input, Region::Uk).unwrap();
        prop_assert_eq!(ids(&a), ids(&b));
        prop_assert_eq!(a.urgency, b.urgency);
    }
}

/// Regression (found by the property test): 34 °C with a racing heart was urgent, but the same
/// person at 38 °C rated only same-day. Both are the sepsis pattern of NICE NG255.
#[test]
fn regression_fever_with_racing_heart_is_as_urgent_as_low_temperature() {
    let low = run(r#"{"temperature_c": 34.0, "racing_heart": true}"#);
    let high = run(r#"{"temperature_c": 38.0, "racing_heart": true}"#);
    assert_eq!(low.urgency, Urgency::Urgent);
    assert_eq!(high.urgency, Urgency::Urgent);
}

/// Regression (found by the property test): "heavy" with no pad count was urgent, but adding
/// "1 pad in the last hour" during a diagnosed miscarriage fell all the way to self-care. Since
/// 2026-12 a pad an hour with the hours not given is urgent; with under 2 hours it is same-day.
#[test]
fn regression_heavy_bleeding_in_words_is_never_self_care() {
    let o = run(
        r#"{"situation": "miscarriage_diagnosed", "location": "confirmed_in_womb", "bleeding": "heavy", "pads_soaked_per_hour": 1}"#,
    );
    assert_eq!(o.urgency, Urgency::Urgent);
    let o = run(
        r#"{"situation": "miscarriage_diagnosed", "location": "confirmed_in_womb", "bleeding": "heavy", "pads_soaked_per_hour": 1, "heavy_hours": 1}"#,
    );
    assert_eq!(o.urgency, Urgency::SameDay);
    assert!(!ids(&o).contains(&"expected-course"));
}

/// Regression (clinician review, 2026-12): 7 weeks, no scan, 1 pad an hour, one-sided pain 5 read
/// "Today" while the same answers without the pad count read "go now". Counting never lowers.
#[test]
fn regression_a_careful_pad_count_is_as_urgent_as_heavy_in_words() {
    let words = run(r#"{"weeks": 7, "bleeding": "heavy", "pain_one_sided": true, "pain": 5}"#);
    let counted = run(
        r#"{"weeks": 7, "bleeding": "heavy", "pads_soaked_per_hour": 1, "pain_one_sided": true, "pain": 5}"#,
    );
    let counted_only =
        run(r#"{"weeks": 7, "pads_soaked_per_hour": 1, "pain_one_sided": true, "pain": 5}"#);
    assert_eq!(words.urgency, Urgency::Urgent);
    assert!(counted.urgency >= words.urgency);
    assert!(counted_only.urgency >= Urgency::Urgent);
    assert_eq!(counted_only.ask, ["heavy_hours"], "the form asks how long");
}

#[test]
fn a_pad_an_hour_for_a_short_time_says_check_again_and_go_now_if_it_goes_on() {
    let o = run(
        r#"{"situation": "after_loss", "location": "confirmed_in_womb", "pads_soaked_per_hour": 1, "heavy_hours": 1}"#,
    );
    assert_eq!(o.urgency, Urgency::SameDay);
    assert!(o.actions.contains(&"action-recheck-pads"));
    assert!(o.ask.is_empty());
    // Beside a "go now" answer the watch-and-wait line would contradict it, so it is left out.
    let o = run(r#"{"pads_soaked_per_hour": 1}"#);
    assert_eq!(o.urgency, Urgency::Urgent);
    assert!(!o.actions.contains(&"action-recheck-pads"));
    assert_eq!(o.ask, ["heavy_hours"]);
    // Where the duration cannot change the answer, nothing is asked.
    for json in [
        r#"{"pads_soaked_per_hour": 2}"#,
        r#"{"pads_soaked_per_hour": 1, "clots": "large"}"#,
        r#"{"pads_soaked_per_hour": 0.5}"#,
    ] {
        assert!(run(json).ask.is_empty(), "{json}");
    }
}

#[test]
fn the_anti_d_line_comes_with_bleeding_from_12_weeks() {
    let o = run(r#"{"weeks": 12, "bleeding": "spotting", "location": "confirmed_in_womb"}"#);
    assert!(o.actions.contains(&"action-anti-d"));
    let o =
        run(r#"{"weeks": 13, "situation": "miscarriage_diagnosed", "pads_soaked_per_hour": 0.5}"#);
    assert!(o.actions.contains(&"action-anti-d"), "pads imply bleeding");
    let o = run(r#"{"weeks": 11.9, "bleeding": "heavy"}"#);
    assert!(!o.actions.contains(&"action-anti-d"));
    let o = run(r#"{"weeks": 14, "bleeding": "none"}"#);
    assert!(!o.actions.contains(&"action-anti-d"));
}

#[test]
fn the_mild_early_case_is_a_repeat_test_not_an_appointment() {
    let o = run(r#"{"situation": "pregnant", "weeks": 5, "bleeding": "light", "pain": 0}"#);
    assert_eq!(o.urgency, Urgency::Soon);
    assert_eq!(o.headline, "headline-early-light");
    assert_eq!(o.actions, ["action-repeat-test"]);
    // With another reason to be seen soon, the appointment comes back.
    let o = run(r#"{"weeks": 5, "bleeding": "light", "low_mood_weeks": 3}"#);
    assert_eq!(o.headline, "headline-soon");
    assert!(o.actions.contains(&"action-book-soon"));
}
