//! FHIR R4: a `Bundle` of type `collection`.
//!
//! - One `Observation` (status `final`, `effectiveDateTime`) per measurement that has a code in
//!   CLINICAL.md §9: hCG blood tests (21198-7, UCUM `[IU]/L`), home pregnancy tests (2106-3, the
//!   result as `valueCodeableConcept.text`), temperatures (8310-5, `Cel`; °F entries converted)
//!   and pain scores (72514-3, `{score}`).
//! - One `MedicationStatement` per medicine (a medication entry, or a `medication_taken` event),
//!   with the name as `medicationCodeableConcept.text` only: no invented codes.
//! - One `Patient` that every resource points to (`MedicationStatement.subject` is required in
//!   R4). It has no identifier, and a name only when the person gives one.
//!
//! - One `Observation` per bleeding entry, coded by text only (§9 has no code for it, and none is
//!   invented): the value is the bleeding word by the symptom check's own rules
//!   (`solace_clinical::diary::severity`, never lower than triage would give), with the rule it
//!   meets as the `interpretation`, and the pads an hour and clots as components.
//!
//! Entries without a §9 code and no safety weight (mood, scans, events, notes, questions, photos)
//! are left out: they are in the PDF and the CSV. So every `coding.code` in the bundle is one of §9.
//! Ids are derived from the entries (a hash), so the same diary gives the same bundle.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde_json::{Value, json};
use solace_clinical::Region;
use solace_clinical::diary::severity::severities;
use solace_clinical::diary::summary::in_range;
use solace_clinical::diary::{BleedingSeverity, Entry, EntryKind, EventKind, Medicine, TestResult};
use solace_clinical::triage::{Bleeding, Clots};
use solace_clinical::wellbeing::Questionnaire;

use crate::Request;
use crate::loinc::{self, Code, LOINC_SYSTEM, UCUM_SYSTEM};

/// FNV-1a, 64 bits, from a seed: a stable hash for ids (not for security).
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A `urn:uuid:` (version 8, "custom") derived from `key`.
pub fn uuid_for(key: &str) -> String {
    let a = fnv(0xcbf2_9ce4_8422_2325, key.as_bytes());
    let b = fnv(0x6c62_272e_07bb_0142, key.as_bytes());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    uuid::Uuid::new_v8(bytes).to_string()
}

fn when(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn loinc_concept(c: Code, text: &str) -> Value {
    json!({
        "coding": [{ "system": LOINC_SYSTEM, "code": c.code, "display": c.display }],
        "text": text,
    })
}

fn quantity(value: f64, unit: &str, code: &str) -> Value {
    json!({ "value": value, "unit": unit, "system": UCUM_SYSTEM, "code": code })
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn observation(id: &str, subject: &str, e: &Entry, code: &Value, value: (&str, Value)) -> Value {
    let mut o = json!({
        "resourceType": "Observation",
        "id": id,
        "status": "final",
        "code": code.clone(),
        "subject": { "reference": subject },
        "effectiveDateTime": when(&e.at),
    });
    if let Some(map) = o.as_object_mut() {
        map.insert(value.0.to_owned(), value.1);
        if let Some(n) = &e.note {
            map.insert("note".to_owned(), json!([{ "text": n }]));
        }
    }
    o
}

fn medication(id: &str, subject: &str, e: &Entry, name: &str, dose: Option<&str>) -> Value {
    let mut m = json!({
        "resourceType": "MedicationStatement",
        "id": id,
        "status": "completed",
        "medicationCodeableConcept": { "text": name },
        "subject": { "reference": subject },
        "effectiveDateTime": when(&e.at),
    });
    if let Some(map) = m.as_object_mut() {
        if let Some(d) = dose {
            map.insert("dosage".to_owned(), json!([{ "text": d }]));
        }
        if let Some(n) = &e.note {
            map.insert("note".to_owned(), json!([{ "text": n }]));
        }
    }
    m
}

/// What a large clot is bigger than, by region (CLINICAL.md §8: a guide, not from the paper).
const fn coin(region: Region) -> &'static str {
    match region {
        Region::Uk => "a 10p coin",
        Region::Us | Region::Ca => "a quarter",
        _ => "a coin about 2.5 cm across",
    }
}

const fn bleeding_word(b: Bleeding) -> &'static str {
    match b {
        Bleeding::None => "None",
        Bleeding::Spotting => "Spotting",
        Bleeding::Light => "Light",
        Bleeding::Moderate => "Moderate",
        Bleeding::Heavy => "Heavy",
    }
}

/// A bleeding entry, coded by text only, its word by the triage rules.
fn bleeding(id: &str, subject: &str, e: &Entry, s: &BleedingSeverity, region: Region) -> Value {
    let mut o = observation(
        id,
        subject,
        e,
        &json!({ "text": "Vaginal bleeding, as recorded by the person" }),
        (
            "valueCodeableConcept",
            json!({ "text": bleeding_word(s.level) }),
        ),
    );
    let mut components = Vec::new();
    if let Some(p) = s.pads_soaked_per_hour {
        components.push(json!({
            "code": { "text": "Full-size pads soaked through in an hour" },
            "valueQuantity": { "value": round2(p), "unit": "pads an hour" },
        }));
    }
    if let Some(h) = s.heavy_hours {
        components.push(json!({
            "code": { "text": "Hours at 1 pad an hour or more" },
            "valueQuantity": { "value": round2(h), "unit": "h", "system": UCUM_SYSTEM, "code": "h" },
        }));
    }
    if let Some(c) = s.clots {
        let text = match c {
            Clots::None => "None".to_owned(),
            Clots::Small => format!("Small (smaller than {})", coin(region)),
            Clots::Large => format!("Large (larger than {})", coin(region)),
        };
        components
            .push(json!({ "code": { "text": "Clots" }, "valueCodeableConcept": { "text": text } }));
    }
    if let Some(map) = o.as_object_mut() {
        if let Some(rule) = s.rule {
            map.insert(
                "interpretation".to_owned(),
                json!([{ "text": format!(
                    "Meets the Solace symptom check rule {rule} (urgency: {})",
                    s.urgency.id()
                ) }]),
            );
        }
        if !components.is_empty() {
            map.insert("component".to_owned(), Value::Array(components));
        }
    }
    o
}

/// The resource for one entry, if it has one.
fn resource(
    id: &str,
    subject: &str,
    e: &Entry,
    severity: Option<&BleedingSeverity>,
    region: Region,
) -> Option<Value> {
    Some(match &e.kind {
        EntryKind::Bleeding(_) => bleeding(id, subject, e, severity?, region),
        EntryKind::Hcg { iu_per_l } => observation(
            id,
            subject,
            e,
            &loinc_concept(loinc::SERUM_BETA_HCG, "hCG blood test (serum beta-hCG)"),
            ("valueQuantity", quantity(*iu_per_l, "IU/L", "[IU]/L")),
        ),
        EntryKind::PregnancyTest { result } => observation(
            id,
            subject,
            e,
            &loinc_concept(loinc::URINE_PREGNANCY_TEST, "Home urine pregnancy test"),
            (
                "valueCodeableConcept",
                json!({ "text": match result {
                    TestResult::Negative => "Negative",
                    TestResult::Faint => "Positive (faint line)",
                    TestResult::Positive => "Positive",
                } }),
            ),
        ),
        EntryKind::Temperature { reading } => observation(
            id,
            subject,
            e,
            &loinc_concept(loinc::BODY_TEMPERATURE, "Body temperature"),
            (
                "valueQuantity",
                quantity(round2(reading.celsius()), "Cel", "Cel"),
            ),
        ),
        EntryKind::Pain { score, .. } => observation(
            id,
            subject,
            e,
            &loinc_concept(loinc::PAIN_SEVERITY, "Pain score (0-10)"),
            (
                "valueQuantity",
                quantity(f64::from(*score), "{score}", "{score}"),
            ),
        ),
        EntryKind::Medication { name, dose } => medication(id, subject, e, name, dose.as_deref()),
        EntryKind::Event {
            event: EventKind::MedicationTaken,
            medicine,
            ..
        } => {
            let name = match medicine {
                Some(Medicine::Mifepristone) => "Mifepristone",
                Some(Medicine::Misoprostol) => "Misoprostol",
                None => "Medicine for the miscarriage (name not recorded)",
            };
            medication(id, subject, e, name, None)
        }
        EntryKind::Wellbeing { .. } => wellbeing(id, subject, e)?,
        _ => return None,
    })
}

/// A kept check-in: the PHQ-9 total (with item 9 as a component) or the GAD-7 total, codes from
/// CLINICAL.md §9. The PCL-5 has no §9 code (U there), so it is left out.
fn wellbeing(id: &str, subject: &str, e: &Entry) -> Option<Value> {
    let score = e.wellbeing_score()?;
    let (code, text) = match score.questionnaire {
        Questionnaire::Phq9 => (loinc::PHQ9_TOTAL, "PHQ-9 total score"),
        Questionnaire::Gad7 => (loinc::GAD7_TOTAL, "GAD-7 total score"),
        Questionnaire::Pcl5 => return None,
    };
    let mut o = observation(
        id,
        subject,
        e,
        &loinc_concept(code, text),
        (
            "valueQuantity",
            quantity(f64::from(score.total), "{score}", "{score}"),
        ),
    );
    if score.questionnaire == Questionnaire::Phq9
        && let (EntryKind::Wellbeing { answers, .. }, Some(map)) = (&e.kind, o.as_object_mut())
        && let Some(item9) = answers.get(8)
    {
        map.insert(
            "component".to_owned(),
            json!([{
                "code": loinc_concept(loinc::PHQ9_ITEM_9, "PHQ-9 question 9"),
                "valueInteger": item9,
            }]),
        );
    }
    Some(o)
}

/// The bundle as a JSON value.
pub fn bundle(entries: &[Entry], request: &Request, now: DateTime<Utc>) -> Value {
    let shown = in_range(entries, request.from, request.to);
    let patient_id = uuid_for("patient");
    let subject = format!("urn:uuid:{patient_id}");
    let mut patient = json!({ "resourceType": "Patient", "id": patient_id });
    if let (Some(name), Some(map)) = (&request.name, patient.as_object_mut()) {
        map.insert("name".to_owned(), json!([{ "text": name }]));
    }
    let mut items = vec![json!({ "fullUrl": subject, "resource": patient })];
    let graded = severities(entries);
    let severity_of = |e: &Entry| {
        graded
            .iter()
            .find(|(i, _)| entries.get(*i) == Some(e))
            .map(|(_, s)| s)
    };
    for (i, e) in shown.iter().enumerate() {
        let key = format!(
            "{i}:{}",
            serde_json::to_string(e).unwrap_or_else(|_| when(&e.at))
        );
        let id = uuid_for(&key);
        if let Some(r) = resource(&id, &subject, e, severity_of(e), request.region) {
            items.push(json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": r }));
        }
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.to_rfc3339_opts(SecondsFormat::Secs, true),
        "entry": items,
    })
}

/// The bundle as pretty-printed JSON bytes.
pub fn bundle_json(entries: &[Entry], request: &Request, now: DateTime<Utc>) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&bundle(entries, request, now)).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Every `coding[].code` anywhere in `v` (for the §9 check).
pub fn coding_codes(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(codings)) = map.get("coding") {
                for c in codings {
                    out.push((
                        c.get("system")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                        c.get("code")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                    ));
                }
            }
            for v in map.values() {
                out.extend(coding_codes(v));
            }
        }
        Value::Array(items) => {
            for v in items {
                out.extend(coding_codes(v));
            }
        }
        _ => {}
    }
    out
}
