//! The entry contract (DESIGN.md "Diary entries", extended by issue 4) and validation.

use super::*;
use crate::input::Problem;
use crate::triage::{Bleeding, Clots};
use serde_json::{Value, json};

/// One example of every kind, as the contract writes it. Each must validate and serialise back to
/// exactly the same JSON.
pub(crate) const EXAMPLES: &[&str] = &[
    r#"{"kind":"note","at":"2026-11-20T09:00:00Z","text":"Went for a short walk."}"#,
    r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":1,"pad_fullness":"moderate","clots":"small","colour":"dark_red","amount":"moderate","note":"Since waking."}"#,
    r#"{"kind":"bleeding","at":"2026-11-20T09:05:00Z","amount":"none"}"#,
    r#"{"kind":"pain","at":"2026-11-20T06:00:00-05:00","score":4,"where":"lower_middle"}"#,
    r#"{"kind":"temperature","at":"2026-11-20T09:00:00+01:00","celsius":37.8}"#,
    r#"{"kind":"temperature","at":"2026-11-20T03:00:00-08:00","fahrenheit":100.4}"#,
    r#"{"kind":"hcg","at":"2026-11-18T08:30:00Z","iu_per_l":1250.5}"#,
    r#"{"kind":"pregnancy_test","at":"2026-11-20T07:00:00Z","result":"faint"}"#,
    r#"{"kind":"medication","at":"2026-11-20T08:00:00Z","name":"Paracetamol","dose":"1 g"}"#,
    r#"{"kind":"mood","at":"2026-11-19T21:00:00Z","score":3,"words":"Tired and sad"}"#,
    r#"{"kind":"event","at":"2026-11-10T10:00:00Z","event":"loss_confirmed"}"#,
    r#"{"kind":"event","at":"2026-11-10T11:00:00Z","event":"management_chosen","management":"medication"}"#,
    r#"{"kind":"event","at":"2026-11-12T08:00:00Z","event":"medication_taken","medicine":"misoprostol","note":"800 micrograms"}"#,
    r#"{"kind":"event","at":"2026-11-13T08:00:00Z","event":"surgery"}"#,
    r#"{"kind":"event","at":"2026-11-13T20:00:00Z","event":"pregnancy_ended"}"#,
    r#"{"kind":"event","at":"2026-11-19T20:00:00Z","event":"period_returned"}"#,
    r#"{"kind":"scan","at":"2026-11-10T09:30:00Z","showed":"early_pregnancy_loss"}"#,
    r#"{"kind":"photo","at":"2026-11-20T10:00:00Z","photo_id":"0193a0c2-7d1e-7c3a-9f00-1b2c3d4e5f60","taken_at":"2026-11-20T09:58:00Z"}"#,
    r#"{"kind":"wellbeing","at":"2026-11-20T11:00:00Z","questionnaire":"phq9","answers":[1,2,0,1,3,0,1,0,0]}"#,
    r#"{"kind":"question","at":"2026-11-20T11:00:00Z","text":"How long should the bleeding last?"}"#,
];

/// JSON numbers compared as numbers (`1` and `1.0` are the same pad count).
fn numbers_as_f64(v: &Value) -> Value {
    match v {
        Value::Number(n) => json!(n.as_f64().unwrap()),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), numbers_as_f64(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn every_example_validates_and_serialises_back_to_the_same_json() {
    let mut kinds = std::collections::BTreeSet::new();
    for json in EXAMPLES {
        let e = entry(json);
        kinds.insert(e.kind.kind().id());
        let back = serde_json::to_value(&e).unwrap();
        let want: Value = serde_json::from_str(json).unwrap();
        assert_eq!(numbers_as_f64(&back), numbers_as_f64(&want), "{json}");
        // And it reads back as a stored entry.
        let again: Entry = serde_json::from_value(back).unwrap();
        assert_eq!(
            serde_json::to_string(&again).unwrap(),
            serde_json::to_string(&e).unwrap()
        );
    }
    assert_eq!(kinds.len(), Kind::ALL.len(), "an example of every kind");
}

#[test]
fn the_designs_note_example_is_accepted() {
    let e = entry(r#"{"kind":"note","at":"2026-11-20T09:00:00Z","text":"…"}"#);
    assert_eq!(e.kind, EntryKind::Note { text: "…".into() });
    assert_eq!(e.at.offset().local_minus_utc(), 0);
}

#[test]
fn the_offset_the_person_was_in_is_kept() {
    let e = entry(r#"{"kind":"pain","at":"2026-11-19T23:30:00-05:00","score":2}"#);
    assert_eq!(e.at.offset().local_minus_utc(), -5 * 3600);
    assert_eq!(
        e.at.date_naive().to_string(),
        "2026-11-19",
        "the person's own day"
    );
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["at"], "2026-11-19T23:30:00-05:00");
}

/// (bad input, the field it must name). Each is the only problem in its input.
const BAD: &[(&str, &str)] = &[
    // at: missing, no offset, not a date, future beyond 5 minutes, more than 731 days ago.
    (r#"{"kind":"note","text":"x"}"#, "at"),
    (
        r#"{"kind":"note","at":"2026-11-20T09:00:00","text":"x"}"#,
        "at",
    ),
    (r#"{"kind":"note","at":"2026-11-20","text":"x"}"#, "at"),
    (r#"{"kind":"note","at":"yesterday","text":"x"}"#, "at"),
    (
        r#"{"kind":"note","at":"2026-11-20T12:05:01Z","text":"x"}"#,
        "at",
    ),
    (
        r#"{"kind":"note","at":"2026-11-20T13:00:00+00:00","text":"x"}"#,
        "at",
    ),
    (
        r#"{"kind":"note","at":"2024-11-19T11:59:59Z","text":"x"}"#,
        "at",
    ),
    // kind: missing, unknown.
    (r#"{"at":"2026-11-20T09:00:00Z","text":"x"}"#, "kind"),
    (r#"{"kind":"sleep","at":"2026-11-20T09:00:00Z"}"#, "kind"),
    (r#"{"kind":"Bleeding","at":"2026-11-20T09:00:00Z"}"#, "kind"),
    // note
    (r#"{"kind":"note","at":"2026-11-20T09:00:00Z"}"#, "text"),
    (
        r#"{"kind":"note","at":"2026-11-20T09:00:00Z","text":"   "}"#,
        "text",
    ),
    // bleeding
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":21}"#,
        "pads_soaked_per_hour",
    ),
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":-1}"#,
        "pads_soaked_per_hour",
    ),
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","amount":"none","pads_soaked_per_hour":1}"#,
        "amount",
    ),
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","amount":"none","clots":"large"}"#,
        "amount",
    ),
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","amount":"none","pad_fullness":"light"}"#,
        "amount",
    ),
    // pain
    (
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":4.5}"#,
        "score",
    ),
    (
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":11}"#,
        "score",
    ),
    (
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":-1}"#,
        "score",
    ),
    (
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","where":"back"}"#,
        "score",
    ),
    // temperature
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","celsius":29.9}"#,
        "celsius",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","celsius":45.1}"#,
        "celsius",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":85.9}"#,
        "fahrenheit",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":113.1}"#,
        "fahrenheit",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":38.5}"#,
        "fahrenheit",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","celsius":38,"fahrenheit":100.4}"#,
        "fahrenheit",
    ),
    (
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z"}"#,
        "celsius",
    ),
    // hcg
    (
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":0}"#,
        "iu_per_l",
    ),
    (
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":-3}"#,
        "iu_per_l",
    ),
    (
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":1000000.5}"#,
        "iu_per_l",
    ),
    (r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z"}"#, "iu_per_l"),
    // pregnancy_test
    (
        r#"{"kind":"pregnancy_test","at":"2026-11-20T09:00:00Z"}"#,
        "result",
    ),
    // medication
    (
        r#"{"kind":"medication","at":"2026-11-20T09:00:00Z","dose":"1 g"}"#,
        "name",
    ),
    (
        r#"{"kind":"medication","at":"2026-11-20T09:00:00Z","name":""}"#,
        "name",
    ),
    // mood
    (
        r#"{"kind":"mood","at":"2026-11-20T09:00:00Z","score":7.5}"#,
        "score",
    ),
    (
        r#"{"kind":"mood","at":"2026-11-20T09:00:00Z","words":"ok"}"#,
        "score",
    ),
    // event
    (r#"{"kind":"event","at":"2026-11-20T09:00:00Z"}"#, "event"),
    (
        r#"{"kind":"event","at":"2026-11-20T09:00:00Z","event":"loss_confirmed","management":"surgery"}"#,
        "management",
    ),
    (
        r#"{"kind":"event","at":"2026-11-20T09:00:00Z","event":"surgery","medicine":"misoprostol"}"#,
        "medicine",
    ),
    // scan
    (r#"{"kind":"scan","at":"2026-11-20T09:00:00Z"}"#, "showed"),
    // photo
    (
        r#"{"kind":"photo","at":"2026-11-20T09:00:00Z"}"#,
        "photo_id",
    ),
    (
        r#"{"kind":"photo","at":"2026-11-20T09:00:00Z","photo_id":"p1","taken_at":"2026-11-20T09:00:00"}"#,
        "taken_at",
    ),
    (
        r#"{"kind":"photo","at":"2026-11-20T09:00:00Z","photo_id":"p1","taken_at":"2026-11-21T09:00:00Z"}"#,
        "taken_at",
    ),
    // a field of another kind
    (
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":3,"celsius":37}"#,
        "celsius",
    ),
    (
        r#"{"kind":"note","at":"2026-11-20T09:00:00Z","text":"x","pads_soaked_per_hour":1}"#,
        "pads_soaked_per_hour",
    ),
    (
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":5,"result":"positive"}"#,
        "result",
    ),
    (
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","score":3}"#,
        "score",
    ),
    (
        r#"{"kind":"mood","at":"2026-11-20T09:00:00Z","score":3,"where":"back"}"#,
        "where",
    ),
];

#[test]
fn every_bad_input_names_its_field() {
    for (json, field) in BAD {
        assert_eq!(error_fields(json), [*field], "{json}");
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let fields = error_fields(
        r#"{"kind":"pain","at":"2026-11-20T09:00:00","score":4.5,"celsius":37,"note":""}"#,
    );
    assert_eq!(
        fields,
        ["at", "score", "celsius"],
        "a blank note is no note"
    );
}

#[test]
fn time_bounds_are_inclusive() {
    // 5 minutes ahead is allowed (clock skew); 731 days back is allowed.
    assert!(error_fields(r#"{"kind":"note","at":"2026-11-20T12:05:00Z","text":"x"}"#).is_empty());
    assert!(error_fields(r#"{"kind":"note","at":"2024-11-19T12:00:00Z","text":"x"}"#).is_empty());
    // The same instant in another offset is judged as an instant.
    assert!(
        error_fields(r#"{"kind":"note","at":"2026-11-20T13:05:00+01:00","text":"x"}"#).is_empty()
    );
    assert_eq!(
        error_fields(r#"{"kind":"note","at":"2026-11-20T13:05:01+01:00","text":"x"}"#),
        ["at"]
    );
}

#[test]
fn range_bounds_are_inclusive() {
    for ok in [
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":0}"#,
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":20}"#,
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pads_soaked_per_hour":0.5}"#,
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":0}"#,
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":10}"#,
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","celsius":30}"#,
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","celsius":45}"#,
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":86}"#,
        r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":113}"#,
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":0.1}"#,
        r#"{"kind":"hcg","at":"2026-11-20T09:00:00Z","iu_per_l":1000000}"#,
        r#"{"kind":"mood","at":"2026-11-20T09:00:00Z","score":0}"#,
        r#"{"kind":"mood","at":"2026-11-20T09:00:00Z","score":10}"#,
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z"}"#,
        r#"{"kind":"event","at":"2026-11-20T09:00:00Z","event":"management_chosen"}"#,
        r#"{"kind":"event","at":"2026-11-20T09:00:00Z","event":"medication_taken"}"#,
        r#"{"kind":"photo","at":"2026-11-20T09:00:00Z","photo_id":"p","taken_at":"2019-01-01T00:00:00Z"}"#,
    ] {
        assert!(error_fields(ok).is_empty(), "{ok}: {:?}", error_fields(ok));
    }
}

#[test]
fn text_lengths_count_characters_not_bytes() {
    let at = r#""at":"2026-11-20T09:00:00Z""#;
    let note = |n: usize| format!(r#"{{"kind":"note",{at},"text":"{}"}}"#, "é".repeat(n));
    assert!(
        error_fields(&note(2_000)).is_empty(),
        "2,000 two-byte characters"
    );
    assert_eq!(error_fields(&note(2_001)), ["text"]);
    let with_note = |n: usize| {
        format!(
            r#"{{"kind":"pain",{at},"score":1,"note":"{}"}}"#,
            "a".repeat(n)
        )
    };
    assert!(error_fields(&with_note(2_000)).is_empty());
    assert_eq!(error_fields(&with_note(2_001)), ["note"]);
    let med = |name: usize, dose: usize| {
        format!(
            r#"{{"kind":"medication",{at},"name":"{}","dose":"{}"}}"#,
            "n".repeat(name),
            "d".repeat(dose)
        )
    };
    assert!(error_fields(&med(200, 200)).is_empty());
    assert_eq!(error_fields(&med(201, 200)), ["name"]);
    assert_eq!(error_fields(&med(200, 201)), ["dose"]);
    let mood = format!(
        r#"{{"kind":"mood",{at},"score":5,"words":"{}"}}"#,
        "w".repeat(201)
    );
    assert_eq!(error_fields(&mood), ["words"]);
}

#[test]
fn messages_say_what_was_expected() {
    let err = input(r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":4.5}"#)
        .validate(now())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "score: expected a whole number from 0 to 10"
    );
    let err = input(r#"{"kind":"hcg","at":"2026-11-20T09:00:00","iu_per_l":0}"#)
        .validate(now())
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("at: a date and time with a time zone"),
        "{text}"
    );
    assert!(text.contains("iu_per_l: a number above 0"), "{text}");
    let err = input(r#"{"kind":"sleep","at":"2026-11-20T09:00:00Z"}"#)
        .validate(now())
        .unwrap_err();
    assert!(
        err.to_string().contains("pregnancy_test"),
        "lists the kinds: {err}"
    );
    assert!(matches!(err.errors[0].problem, Problem::Invalid { .. }));
}

#[test]
fn unknown_fields_and_words_are_refused_by_the_reader_with_their_name() {
    let err = serde_json::from_str::<EntryInput>(
        r#"{"kind":"note","at":"2026-11-20T09:00:00Z","text":"x","mood":"low"}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("unknown field `mood`"), "{err}");
    let err = serde_json::from_str::<EntryInput>(
        r#"{"kind":"bleeding","at":"2026-11-20T09:00:00Z","pad_fullness":"soaked"}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("`full`"), "lists the words: {err}");
    let err = serde_json::from_str::<EntryInput>(
        r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":"a lot"}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("expected f64"), "{err}");
    // A stored entry is read through the same checks.
    let err =
        serde_json::from_str::<Entry>(r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":4.5}"#)
            .unwrap_err();
    assert!(err.to_string().contains("score"), "{err}");
    assert!(
        serde_json::from_str::<Entry>(
            r#"{"kind":"pain","at":"2026-11-20T09:00:00Z","score":4,"x":1}"#
        )
        .is_err()
    );
}

#[test]
fn stored_entries_are_not_refused_because_time_has_passed() {
    let old = r#"{"kind":"hcg","at":"2020-01-01T09:00:00Z","iu_per_l":40}"#;
    assert_eq!(error_fields(old), ["at"], "too old for a new entry");
    let e: Entry = serde_json::from_str(old).unwrap();
    assert_eq!(e.kind, EntryKind::Hcg { iu_per_l: 40.0 });
    assert!(input(old).validate_stored().is_ok());
    // Shape problems are still problems.
    assert!(
        input(r#"{"kind":"hcg","at":"2020-01-01T09:00:00","iu_per_l":40}"#)
            .validate_stored()
            .is_err()
    );
}

#[test]
fn text_is_trimmed_and_a_blank_note_is_no_note() {
    let e = entry(
        r#"{"kind":"medication","at":"2026-11-20T09:00:00Z","name":"  Ibuprofen ","dose":" ","note":"\n"}"#,
    );
    assert_eq!(
        e.kind,
        EntryKind::Medication {
            name: "Ibuprofen".into(),
            dose: None
        }
    );
    assert_eq!(e.note, None);
}

#[test]
fn an_entry_converts_back_to_input_for_editing() {
    for json in EXAMPLES {
        let e = entry(json);
        let again = EntryInput::from(&e).validate(now()).unwrap();
        assert_eq!(
            serde_json::to_value(&again).unwrap(),
            serde_json::to_value(&e).unwrap()
        );
    }
}

#[test]
fn fahrenheit_is_kept_as_given_and_converted_for_reading() {
    let e = entry(r#"{"kind":"temperature","at":"2026-11-20T09:00:00Z","fahrenheit":100.4}"#);
    assert!((e.temperature_c().unwrap() - 38.0).abs() < 1e-9);
    assert_eq!(
        serde_json::to_value(&e).unwrap()["fahrenheit"],
        json!(100.4)
    );
}

/// (bleeding entry fields, shows bleeding, level for triage)
const BLEEDING_READS: &[(&str, bool, Option<Bleeding>)] = &[
    ("", true, Some(Bleeding::Light)),
    (r#""amount":"none""#, false, None),
    (r#""amount":"none","colour":"brown""#, false, None),
    (r#""pads_soaked_per_hour":0"#, false, None),
    (r#""pads_soaked_per_hour":0,"clots":"none""#, false, None),
    (
        r#""pads_soaked_per_hour":0,"colour":"brown""#,
        true,
        Some(Bleeding::Light),
    ),
    (
        r#""pads_soaked_per_hour":0,"pad_fullness":"light""#,
        true,
        Some(Bleeding::Light),
    ),
    (
        r#""pads_soaked_per_hour":0,"amount":"spotting""#,
        true,
        Some(Bleeding::Spotting),
    ),
    (r#""pads_soaked_per_hour":1"#, true, Some(Bleeding::Light)),
    (
        r#""pad_fullness":"moderate""#,
        true,
        Some(Bleeding::Moderate),
    ),
    (r#""pad_fullness":"full""#, true, Some(Bleeding::Moderate)),
    (
        r#""pad_fullness":"full","amount":"heavy""#,
        true,
        Some(Bleeding::Heavy),
    ),
    (
        r#""pad_fullness":"moderate","amount":"spotting""#,
        true,
        Some(Bleeding::Moderate),
    ),
    (r#""clots":"none""#, true, Some(Bleeding::Light)),
];

#[test]
fn what_a_bleeding_entry_records() {
    for (fields, shows, level) in BLEEDING_READS {
        let e = bleeding(1.0, fields);
        let b = e.bleeding().unwrap();
        assert_eq!(b.shows_bleeding(), *shows, "{fields}");
        assert_eq!(b.level(), *level, "{fields}");
    }
    assert_eq!(
        bleeding(1.0, r#""clots":"large""#)
            .bleeding()
            .unwrap()
            .clots,
        Some(Clots::Large)
    );
}

#[test]
fn kind_ids_round_trip_and_each_kind_lists_its_fields() {
    for k in Kind::ALL {
        assert_eq!(Kind::from_id(k.id()), Some(k));
        assert_eq!(serde_json::to_value(k).unwrap(), json!(k.id()));
        for f in k.fields() {
            assert!(!["kind", "at", "note"].contains(f));
        }
    }
}

#[test]
fn a_wellbeing_check_in_keeps_answers_and_derives_its_score() {
    use crate::wellbeing::{Band, Questionnaire};
    let e = entry(
        r#"{"kind":"wellbeing","at":"2026-11-20T11:00:00Z","questionnaire":"gad7","answers":[1,2,1,1,0,0,0]}"#,
    );
    assert_eq!(
        e.kind,
        EntryKind::Wellbeing {
            questionnaire: Questionnaire::Gad7,
            answers: vec![1, 2, 1, 1, 0, 0, 0]
        }
    );
    let s = e.wellbeing_score().unwrap();
    assert_eq!((s.total, s.band), (5, Band::Mild));
    // Only the answers are stored: no total or band in the JSON.
    let v = serde_json::to_value(&e).unwrap();
    assert!(v.get("total").is_none() && v.get("band").is_none(), "{v}");
}

#[test]
fn a_wellbeing_check_in_is_refused_field_by_field() {
    let fields = |json: &str| -> Vec<String> {
        let input: EntryInput = serde_json::from_str(json).unwrap();
        input
            .validate(now())
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| e.field)
            .collect()
    };
    let at = ago(1.0);
    assert_eq!(
        fields(&format!(
            r#"{{"kind":"wellbeing","at":"{at}","answers":[0,0,0,0,0,0,0]}}"#
        )),
        ["questionnaire"]
    );
    assert_eq!(
        fields(&format!(
            r#"{{"kind":"wellbeing","at":"{at}","questionnaire":"gad7"}}"#
        )),
        ["answers"]
    );
    assert_eq!(
        fields(&format!(
            r#"{{"kind":"wellbeing","at":"{at}","questionnaire":"gad7","answers":[0,0,0,0,0,0]}}"#
        )),
        ["answers"]
    );
    assert_eq!(
        fields(&format!(
            r#"{{"kind":"wellbeing","at":"{at}","questionnaire":"phq9","answers":[0,null,4,1.5,0,0,0,0,0]}}"#
        )),
        ["answers[1]", "answers[2]", "answers[3]"]
    );
    // Answers belong to a check-in only; an unknown questionnaire (the EPDS) is a parse error.
    assert_eq!(
        fields(&format!(
            r#"{{"kind":"mood","at":"{at}","score":3,"answers":[1]}}"#
        )),
        ["answers"]
    );
    assert!(
        serde_json::from_str::<EntryInput>(r#"{"kind":"wellbeing","questionnaire":"epds"}"#)
            .is_err()
    );
}
