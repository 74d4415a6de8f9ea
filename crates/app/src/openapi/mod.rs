//! The `OpenAPI` 3.1 document for `/api/v1`. The input schemas start from the input types' own
//! JSON Schema (derived with schemars, solace-clinical's `schema` feature): their fields, types,
//! enum words, `null` where a field is an `Option`, and `additionalProperties: false`. This file
//! lays the words and the bounds the clinical checks use over them, and may only narrow (a number
//! that must be whole, a required field); a field of a type that the document does not describe,
//! or a description of a field the type does not have, is drift, refused in debug builds and by
//! the tests. The outputs are written out here, and a test checks real answers against them.

use schemars::JsonSchema;
use serde_json::{Map, Value, json};
use solace_clinical::dating::DatingInput;
use solace_clinical::hcg::{HcgInput, HcgValueInput};
use solace_clinical::risk::Situation;
use solace_clinical::scan::{PreviousScanInput, ScanInput};
use solace_clinical::sources::Source;
use solace_clinical::triage::TriageInput;
use solace_clinical::triage::input::limits;
use solace_clinical::{dating, hcg, risk, scan};

fn boolean(description: &str) -> Value {
    json!({ "type": "boolean", "description": description })
}

fn number(min: f64, max: f64, description: &str) -> Value {
    json!({ "type": "number", "minimum": min, "maximum": max, "description": description })
}

fn words(values: &[&str], description: &str) -> Value {
    json!({ "type": "string", "enum": values, "description": description })
}

/// An input field whose words (or shape) come from its type: only the description is written here.
fn about(description: &str) -> Value {
    json!({ "description": description })
}

fn integer(min: f64, max: f64, description: &str) -> Value {
    json!({ "type": "integer", "minimum": min, "maximum": max, "description": description })
}

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn date(description: &str) -> Value {
    json!({ "type": "string", "format": "date", "description": description })
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn list_of(items: Value) -> Value {
    let mut schema = json!({ "type": "array" });
    schema["items"] = items;
    schema
}

/// `schema` or JSON `null`.
fn or_null(mut schema: Value) -> Value {
    let Some(t) = schema
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return json!({ "anyOf": [schema, { "type": "null" }] });
    };
    schema["type"] = json!([t, "null"]);
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        values.push(Value::Null);
    }
    schema
}

mod derive;
#[cfg(test)]
use derive::from_type;
use derive::{derived, input};
mod outputs;
use outputs::{dating_schemas, hcg_schemas, options_schemas, risk_schemas, scan_schemas};

/// An object as the API writes it: these properties, `required` always present.
fn output(required: &[&str], properties: Value) -> Value {
    let mut schema = json!({ "type": "object", "required": required });
    schema["properties"] = properties;
    schema
}

fn sources() -> Value {
    list_of(schema_ref("SourceId"))
}

pub fn triage_input_schema() -> Value {
    let weeks_since = limits::WEEKS_SINCE;
    input::<TriageInput>(
        "Every field is optional: omitted (or null) means not known or not present.",
        &[],
        &json!({
            "region": about("Where the person is; picks the emergency number and service names."),
            "situation": about("Pregnant as far as they know; a miscarriage diagnosed and happening or being managed; or after the loss."),
            "location": about("Has a scan shown where the pregnancy is?"),
            "weeks": number(limits::WEEKS.0, limits::WEEKS.1, "Completed weeks since the last period."),
            "treatment": about("How the miscarriage is being managed."),
            "days_since_treatment": number(limits::DAYS.0, limits::DAYS.1, "Days since medication, surgery, or diagnosis for expectant management."),
            "bleeding": about("How much bleeding."),
            "pads_soaked_per_hour": number(limits::PADS.0, limits::PADS.1, "Full-size pads soaked through in the last hour."),
            "heavy_hours": number(limits::HOURS.0, limits::HOURS.1, "Hours in a row bleeding at that rate."),
            "bleeding_days": number(limits::DAYS.0, limits::DAYS.1, "Days of bleeding so far."),
            "clots": about("Large: bigger than the region's reference coin (a guide)."),
            "pain": { "type": "integer", "minimum": 0, "maximum": 10, "description": "Pain score, 0 (none) to 10 (worst)." },
            "pain_one_sided": boolean("Pain on one side."),
            "shoulder_tip_pain": boolean("Pain in the tip of the shoulder."),
            "pain_worse_or_constant": boolean("Pain getting worse, or constant and not eased by painkillers."),
            "temperature_c": number(limits::TEMP_C.0, limits::TEMP_C.1, "Temperature in °C."),
            "temperature_f": number(86.0, 113.0, "Temperature in °F; if both are given they must agree within 0.3 °C."),
            "feels_feverish": boolean("Chills, shivering, hot and cold."),
            "dizzy_or_faint": boolean("Feeling dizzy or faint."),
            "fainted": boolean("Fainted."),
            "racing_heart": boolean("Heart racing."),
            "pale_clammy": boolean("Pale, cold and clammy skin."),
            "foul_discharge": boolean("Smelly vaginal discharge."),
            "bowel_or_rectal_pain": boolean("Pain on opening the bowels, or pressure in the bottom."),
            "positive_test_weeks_after": number(weeks_since.0, weeks_since.1, "Weeks after treatment that a pregnancy test was still positive."),
            "no_period_weeks": number(weeks_since.0, weeks_since.1, "Weeks since the loss with no period."),
            "low_mood_weeks": number(weeks_since.0, weeks_since.1, "Weeks of low mood or anxiety that is not easing."),
            "ectopic_risk_factors": boolean("A previous ectopic, tubal surgery, pelvic infection, a coil (IUD) in place, or IVF."),
            "thoughts_of_harm": boolean("Thoughts of suicide or self-harm."),
            "confused_or_drowsy": boolean("New confusion, slurred speech, very sleepy or hard to wake."),
            "breathless": boolean("Breathing very fast or struggling to breathe."),
            "mottled_or_blue_skin": boolean("Blotchy, grey or blue skin, lips or tongue."),
            "no_urine_18h": boolean("No pee for 18 hours or more."),
            "vomiting": boolean("Being sick and unable to keep fluids down for 24 hours."),
        }),
    )
}

// ---------------------------------------------------------------------------------------------
// Inputs. Bounds are the clinical crate's own constants, so the document says what it checks.
// ---------------------------------------------------------------------------------------------

const DATE_TIME_DESCRIPTION: &str = "RFC 3339 date-time with its time zone, e.g. 2026-11-20T09:00:00+00:00 or 2026-11-20T09:00:00Z. Not in the future.";

pub fn hcg_input_schema() -> Value {
    input::<HcgInput>(
        "A series of hCG blood results, read against the guideline for the person's situation.",
        &["context", "values"],
        &json!({
            "context": about("Where things stand: no scan has shown where the pregnancy is; after a loss; seen in the womb; ectopic, waiting or after methotrexate."),
            "values": {
                "type": "array",
                "minItems": hcg::MIN_VALUES,
                "maxItems": hcg::MAX_VALUES,
                "description": "The results in time order, each at least an hour after the one before.",
                "items": schema_ref("HcgValue"),
            },
            "scan_showed_in_womb": {
                "type": "boolean",
                "description": "After a loss: has a scan shown the pregnancy in the womb? Read only with after_loss. Not given or false: the readings say a falling hCG does not rule out an ectopic pregnancy.",
            }
        }),
    )
}

pub fn hcg_value_schema() -> Value {
    let amount = |description: &str| json!({ "type": "number", "exclusiveMinimum": 0, "maximum": hcg::MAX_IU_PER_L, "description": description });
    input::<HcgValueInput>(
        "One result: give iu_per_l or miu_per_ml (both: they must agree).",
        &["at"],
        &json!({
            "at": { "type": "string", "format": "date-time", "description": DATE_TIME_DESCRIPTION },
            "iu_per_l": amount("hCG in IU/L."),
            "miu_per_ml": amount("hCG in mIU/mL, the same number as IU/L."),
        }),
    )
}

pub fn scan_input_schema() -> Value {
    let (crl, msd, yolk, weeks) = (
        scan::CRL_RANGE_MM,
        scan::MSD_RANGE_MM,
        scan::YOLK_SAC_RANGE_MM,
        scan::WEEKS_RANGE,
    );
    input::<ScanInput>(
        "Findings as written on an early pregnancy scan report. Omitted (or null) means not known.",
        &["route"],
        &json!({
            "route": about("How the scan was done: through the vagina, or through the tummy only."),
            "crl_mm": number(crl.0, crl.1, "Crown-rump length of the embryo, mm."),
            "msd_mm": number(msd.0, msd.1, "Mean sac diameter of the gestational sac, mm."),
            "embryo_seen": boolean("Whether an embryo was seen."),
            "cardiac_activity": boolean("Whether cardiac activity was seen."),
            "yolk_sac_seen": boolean("Whether a yolk sac was seen."),
            "yolk_sac_mm": number(yolk.0, yolk.1, "Yolk sac diameter, mm."),
            "amnion_empty": boolean("An amnion seen with no embryo in it."),
            "weeks_since_lmp": number(weeks.0, weeks.1, "Weeks since the first day of the last period."),
            "previous_scan": schema_ref("PreviousScan"),
        }),
    )
}

pub fn previous_scan_schema() -> Value {
    let days = scan::DAYS_AGO_RANGE;
    input::<PreviousScanInput>(
        "An earlier scan of the same pregnancy.",
        &["days_ago"],
        &json!({
            "days_ago": integer(days.0, days.1, "Whole days before this scan."),
            "sac_seen": boolean("Whether it showed a pregnancy sac."),
            "yolk_sac_seen": boolean("Whether it showed a yolk sac."),
        }),
    )
}

pub fn dating_input_schema() -> Value {
    let (cycle, crl, msd) = (
        dating::CYCLE_RANGE_DAYS,
        dating::CRL_RANGE_MM,
        dating::MSD_RANGE_MM,
    );
    input::<DatingInput>(
        "Exactly one of lmp, crl_mm or msd_mm. cycle_days and today go with lmp; scan_date goes with crl_mm or msd_mm.",
        &[],
        &json!({
            "lmp": date("First day of the last period, YYYY-MM-DD; not in the future, within the last 44 weeks."),
            "cycle_days": integer(cycle.0, cycle.1, "Usual cycle length in days (28 if not given)."),
            "today": date("With lmp: the day to count to, YYYY-MM-DD (the server's date if not given)."),
            "crl_mm": number(crl.0, crl.1, "Crown-rump length of the embryo, mm."),
            "msd_mm": number(msd.0, msd.1, "Mean sac diameter, mm."),
            "scan_date": date("With crl_mm or msd_mm: the day of the scan, YYYY-MM-DD, for a due date."),
        }),
    )
}

pub fn risk_input_schema() -> Value {
    let (age, losses, weeks) = (
        risk::AGE_RANGE,
        risk::PREVIOUS_LOSSES_RANGE,
        risk::WEEKS_RANGE,
    );
    input::<Situation>(
        "The situation; every field is optional (null: not known). A figure that needs an unknown is not chosen.",
        &[],
        &json!({
            "age": integer(age.0, age.1, "Age in whole years."),
            "previous_losses": integer(losses.0, losses.1, "How many miscarriages before this pregnancy."),
            "previous_losses_consecutive": boolean("Whether those losses were one after another."),
            "weeks": number(weeks.0, weeks.1, "Completed weeks since the last period (at the scan, for the figures after cardiac activity)."),
            "cardiac_activity_seen": boolean("Whether a scan has shown cardiac activity."),
            "bleeding_or_pain": boolean("Any bleeding or pain now. Not given counts as 'may be'."),
        }),
    )
}

fn post(operation: &str, summary: &str, input: &str, output: &str, ok: &str) -> Value {
    json!({
        "post": {
            "operationId": operation,
            "summary": summary,
            "requestBody": {
                "required": true,
                "content": { "application/json": { "schema": schema_ref(input) } }
            },
            "responses": {
                "200": {
                    "description": ok,
                    "content": { "application/json": { "schema": schema_ref(output) } }
                },
                "413": { "description": "The body is larger than the limit (64 KiB)." },
                "422": {
                    "description": "Invalid input: each error names the field and what was expected.",
                    "content": { "application/json": { "schema": schema_ref("Error") } }
                }
            }
        }
    })
}

pub fn document() -> Value {
    let string_list = json!({ "type": "array", "items": { "type": "string" } });
    let mut schemas = json!({
        "TriageInput": triage_input_schema(),
        "TriageOutput": {
            "type": "object",
            "required": ["urgency", "headline", "actions", "reasons", "safety_net", "emergency_number", "when", "ask", "calls", "region", "disclaimer"],
            "properties": {
                "urgency": { "type": "string", "enum": ["emergency", "urgent", "same_day", "soon", "self_care"] },
                "headline": { "type": "string" },
                "actions": string_list,
                "reasons": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["rule", "because", "sources"],
                        "properties": {
                            "rule": { "type": "string" },
                            "because": { "type": "string" },
                            "sources": { "type": "array", "items": { "type": "string" } }
                        }
                    }
                },
                "safety_net": string_list,
                "emergency_number": { "type": "string" },
                "when": { "type": "string", "description": "When to act, in words (\"Now.\", \"Today, before evening.\")." },
                "ask": {
                    "type": "array",
                    "description": "Answers that were missing and matter. The urgency already assumes the worse answer.",
                    "items": {
                        "type": "object",
                        "required": ["field", "question"],
                        "properties": {
                            "field": { "type": "string", "description": "The input field to add." },
                            "question": { "type": "string" }
                        }
                    }
                },
                "calls": {
                    "type": "array",
                    "description": "Numbers to call for this result, most fitting first.",
                    "items": {
                        "type": "object",
                        "required": ["label", "number", "tel", "kind"],
                        "properties": {
                            "label": { "type": "string" },
                            "number": { "type": "string" },
                            "tel": { "type": "string" },
                            "kind": { "type": "string", "enum": ["emergency", "same_day", "crisis"] }
                        }
                    }
                },
                "region": { "type": "string" },
                "crisis_line": { "type": "string" },
                "disclaimer": { "type": "string" }
            }
        },
        "SourceId": words(&Source::ALL.map(Source::id), "A bibliography id (content/sources.toml)."),
        "Error": {
            "type": "object",
            "required": ["error", "message", "errors"],
            "properties": {
                "error": { "type": "string", "enum": ["invalid_input"] },
                "message": { "type": "string", "description": "Every field error, in one line." },
                "errors": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["field", "problem", "expected"],
                        "properties": {
                            "field": { "type": "string", "description": "The JSON field, with an index for list items (values[2].at); body when the text is not one JSON object." },
                            "problem": {
                                "type": "string",
                                "enum": ["out_of_range", "not_whole_number", "not_a_number", "disagrees", "wrong_count", "bad_date", "not_in_order", "missing", "invalid", "malformed"]
                            },
                            "expected": { "type": "string", "description": "What was expected, in plain English." },
                            "min": { "type": "number" },
                            "max": { "type": "number" },
                            "unit": { "type": "string" },
                            "with": { "type": "string", "description": "disagrees: the other field." },
                            "detail": { "type": "string", "description": "malformed: what could not be read." }
                        }
                    }
                }
            }
        }
    });
    for part in [
        hcg_schemas(),
        scan_schemas(),
        dating_schemas(),
        risk_schemas(),
        options_schemas(),
    ] {
        if let (Some(all), Value::Object(more)) = (schemas.as_object_mut(), part) {
            all.extend(more);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Solace API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Guideline-based help for early pregnancy loss. Solace does not diagnose: it says what guidelines advise and whom to contact. \
    The same calculations are on the command line (solace hcg | scan | dating | risk | options --json), with the same JSON. \
    None of the inputs names a region: it comes from the solace_region cookie, else the server's configured region.",
        },
        "servers": [{ "url": "/" }],
        "paths": {
            "/api/v1/triage": post(
                "triage",
                "Symptom triage: how soon to get help, and where.",
                "TriageInput",
                "TriageOutput",
                "The urgency, what to do, every rule that fired with its sources, and the safety net."
            ),
            "/api/v1/hcg": post(
                "hcg",
                "Serial hCG: the change between results, read against each guideline.",
                "HcgInput",
                "HcgOutput",
                "Each pair's change, the readings (the region's usual guideline first), what to expect next and, after a loss, when hCG may be below 5 IU/L."
            ),
            "/api/v1/scan": post(
                "scan",
                "Scan findings read against SRU 2013 and NICE NG126.",
                "ScanInput",
                "ScanOutput",
                "One reading per guideline with its category, reasons and next step."
            ),
            "/api/v1/dating": post(
                "dating",
                "Gestational age from the last period (LMP), the embryo's length (CRL) or the sac (MSD).",
                "DatingInput",
                "DatingOutput",
                "The age in days, weeks and days, how far off it may be, and the due date where one can be worked out."
            ),
            "/api/v1/risk": post(
                "risk",
                "Miscarriage figures for a situation, each with its source; figures that do not fit are held back with the reason.",
                "RiskInput",
                "RiskOutput",
                "The framing, the figures, the figures held back and why, and the by-week chart where it applies."
            ),
            "/api/v1/options": {
                "get": {
                    "operationId": "options",
                    "summary": "The ways to manage a miscarriage: what happens, how long, how often it works, questions to ask.",
                    "responses": {
                        "200": {
                            "description": "The three options and the aftercare that holds for each.",
                            "content": { "application/json": { "schema": schema_ref("OptionsOutput") } }
                        }
                    }
                }
            },
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document.",
                    "responses": { "200": { "description": "The OpenAPI document.", "content": { "application/json": { "schema": { "type": "object" } } } } }
                }
            }
        },
        "components": { "schemas": schemas }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::{self as api, Words};
    use chrono::{DateTime, NaiveDate, Utc};
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use solace_clinical::Region;
    use solace_clinical::input::InvalidInput;
    use solace_i18n::{I18n, Lang};
    use std::collections::BTreeSet;

    /// `$ref` `#/components/schemas/…` followed to its schema (for reading the document; the
    /// checking is [`check`]'s).
    fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.strip_prefix("#/components/schemas/").expect("local $ref");
                let target = &doc["components"]["schemas"][name];
                assert!(!target.is_null(), "$ref {r} does not resolve");
                resolve(doc, target)
            }
            None => schema,
        }
    }

    // --- A real JSON Schema 2020-12 validator (boon) over the document. ---

    /// `schema` with `additionalProperties: false` on every object that lists its properties and
    /// says nothing else: what the tests hold the API's answers to, so that the document cannot
    /// lag behind a field added to an output (the document itself lets outputs gain fields).
    fn closed(schema: &Value) -> Value {
        match schema {
            Value::Object(m) => {
                let mut out: Map<String, Value> =
                    m.iter().map(|(k, v)| (k.clone(), closed(v))).collect();
                if out.contains_key("properties") && !out.contains_key("additionalProperties") {
                    out.insert("additionalProperties".into(), Value::Bool(false));
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(closed).collect()),
            other => other.clone(),
        }
    }

    /// Checks `value` against `schema` (often a `$ref` into the document) with boon, every
    /// `$ref` resolving in `doc` and `format` (date, date-time) asserted. The error lists every
    /// failure with its place in the value and in the schema.
    fn check(doc: &Value, schema: &Value, value: &Value) -> Result<(), String> {
        const URL: &str = "urn:solace:openapi";
        let mut root = match schema {
            Value::Object(m) => m.clone(),
            other => panic!("a schema object, not {other}"),
        };
        root.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        root.insert("components".into(), doc["components"].clone());
        let mut compiler = boon::Compiler::new();
        compiler.enable_format_assertions();
        compiler
            .add_resource(URL, Value::Object(root))
            .map_err(|e| format!("{e:#}"))?;
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile(URL, &mut schemas)
            .map_err(|e| format!("{e:#}"))?;
        schemas.validate(value, index).map_err(|e| format!("{e:#}"))
    }

    /// `value` is a valid `schema_name` as the document is served (inputs: what a client may send).
    fn assert_accepted(doc: &Value, schema_name: &str, value: &Value) {
        if let Err(e) = check(doc, &schema_ref(schema_name), value) {
            panic!("{schema_name} refuses {value}:\n{e}");
        }
    }

    /// `value` breaks `schema_name` as the document is served.
    fn assert_refused(doc: &Value, schema_name: &str, value: &Value, why: &str) {
        assert!(
            check(doc, &schema_ref(schema_name), value).is_err(),
            "{schema_name} accepts {value} ({why})"
        );
    }

    /// An answer of the API is a valid `schema_name`, every object closed (see [`closed`]).
    fn assert_valid(doc: &Value, schema_name: &str, value: &Value) {
        if let Err(e) = check(&closed(doc), &schema_ref(schema_name), value) {
            panic!("{e}\nvalue: {value:#}");
        }
    }

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    }

    fn required(schema: &Value) -> BTreeSet<String> {
        schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    }

    /// The document's schema for `T` lists exactly the fields of `T`'s own JSON Schema (derived
    /// from the type, so an optional field that is skipped when serialised counts too), requires
    /// at least what the type requires, refuses unknown fields and describes every field; and
    /// `full`, which the other tests use as "every field given", names every field and parses.
    fn same_fields<T: JsonSchema + DeserializeOwned>(doc: &Value, component: &str, full: &Value) {
        let name = T::schema_name();
        let own = derived::<T>();
        let fields = keys(&own["properties"]);
        let schema = &doc["components"]["schemas"][component];
        assert_eq!(
            keys(&schema["properties"]),
            fields,
            "{name}: the document's properties vs the type's fields"
        );
        assert_eq!(
            keys(full),
            fields,
            "{name}: the full example names every field of the type"
        );
        serde_json::from_value::<T>(full.clone())
            .unwrap_or_else(|e| panic!("{name}: the full example parses: {e}"));
        assert!(
            required(&own).is_subset(&required(schema)),
            "{name}: the document requires what the type requires"
        );
        assert_eq!(
            schema["additionalProperties"], false,
            "{name}: inputs refuse unknown fields"
        );
        for (field, property) in schema["properties"].as_object().unwrap() {
            assert!(
                not_null(doc, property)["description"].is_string()
                    || property["description"].is_string(),
                "{name}.{field} has a description"
            );
        }
        // The document, as served, accepts the full example (types, enum words, bounds).
        assert_accepted(doc, component, full);
    }

    fn full_triage() -> Value {
        json!({
            "region": "uk", "situation": "pregnant", "location": "ectopic", "weeks": 1, "treatment": "none",
            "days_since_treatment": 1, "bleeding": "none", "pads_soaked_per_hour": 1, "heavy_hours": 1,
            "bleeding_days": 1, "clots": "none", "pain": 1, "pain_one_sided": true, "shoulder_tip_pain": true,
            "pain_worse_or_constant": true, "temperature_c": 37, "temperature_f": 98.6, "feels_feverish": true,
            "dizzy_or_faint": true, "fainted": true, "racing_heart": true, "pale_clammy": true,
            "foul_discharge": true, "bowel_or_rectal_pain": true, "positive_test_weeks_after": 1,
            "no_period_weeks": 1, "low_mood_weeks": 1, "ectopic_risk_factors": true, "thoughts_of_harm": true,
            "confused_or_drowsy": true, "breathless": true, "mottled_or_blue_skin": true,
            "no_urine_18h": true, "vomiting": true
        })
    }

    fn full_hcg() -> Value {
        json!({
            "context": "after_loss",
            "values": [
                { "at": "2026-11-16T09:00:00+00:00", "iu_per_l": 1000, "miu_per_ml": 1000 },
                { "at": "2026-11-18T09:00:00Z", "iu_per_l": 500 },
            ],
            "scan_showed_in_womb": false,
        })
    }

    fn full_scan() -> Value {
        json!({
            "route": "transvaginal", "crl_mm": 7, "msd_mm": 20, "embryo_seen": true,
            "cardiac_activity": false, "yolk_sac_seen": true, "yolk_sac_mm": 4,
            "amnion_empty": false, "weeks_since_lmp": 8,
            "previous_scan": { "days_ago": 10, "sac_seen": true, "yolk_sac_seen": true },
        })
    }

    fn full_dating() -> Value {
        // Not a valid combination (exactly one of lmp / crl_mm / msd_mm is): it names every field.
        json!({
            "lmp": "2026-10-01", "cycle_days": 30, "today": "2026-11-20",
            "crl_mm": 7, "msd_mm": 10, "scan_date": "2026-11-20",
        })
    }

    fn full_risk() -> Value {
        json!({
            "age": 30, "previous_losses": 1, "previous_losses_consecutive": true, "weeks": 7,
            "cardiac_activity_seen": true, "bleeding_or_pain": false,
        })
    }

    /// A field added to an input type (even an optional one, which serialising skips) fails
    /// here until the document describes it, and so does a field the document describes but the
    /// type lacks; in debug builds building the document fails as well (see [`input`]).
    #[test]
    fn schema_lists_exactly_the_input_fields() {
        same_fields::<TriageInput>(&document(), "TriageInput", &full_triage());
    }

    #[test]
    fn each_input_schema_lists_exactly_the_types_fields() {
        let doc = document();
        same_fields::<HcgInput>(&doc, "HcgInput", &full_hcg());
        same_fields::<HcgValueInput>(&doc, "HcgValue", &full_hcg()["values"][0]);
        same_fields::<ScanInput>(&doc, "ScanInput", &full_scan());
        same_fields::<PreviousScanInput>(&doc, "PreviousScan", &full_scan()["previous_scan"]);
        same_fields::<DatingInput>(&doc, "DatingInput", &full_dating());
        same_fields::<Situation>(&doc, "RiskInput", &full_risk());
    }

    /// A type without `deny_unknown_fields`.
    #[derive(JsonSchema)]
    struct Open {
        _a: Option<bool>,
    }

    #[test]
    fn drift_between_a_type_and_the_document_is_found() {
        let drift_with = |change: &dyn Fn(&mut Value)| {
            let mut words = json!({
                "age": integer(0.0, 60.0, "Age."),
                "previous_losses": integer(0.0, 20.0, "Losses."),
                "previous_losses_consecutive": boolean("In a row."),
                "weeks": number(0.0, 45.0, "Weeks."),
                "cardiac_activity_seen": boolean("Seen."),
                "bleeding_or_pain": boolean("Now."),
            });
            change(&mut words);
            from_type::<Situation>("The situation.", &[], &words).1
        };
        assert_eq!(drift_with(&|_| {}), Vec::<String>::new(), "no drift");
        let found = |change: &dyn Fn(&mut Value), what: &str| {
            assert!(!drift_with(change).is_empty(), "{what} is not found");
        };
        found(
            &|w| {
                w.as_object_mut().unwrap().remove("bleeding_or_pain");
            },
            "a field of the type that the document leaves out",
        );
        found(
            &|w| w["smoking"] = boolean("A field the type does not have."),
            "a described field that the type does not have",
        );
        found(
            &|w| w["weeks"]["type"] = json!("string"),
            "a type that is not the type's own",
        );
        found(
            &|w| w["cardiac_activity_seen"]["minimum"] = json!(0),
            "a bound on something that is not a number",
        );
        found(
            &|w| w["weeks"]["enum"] = json!([1, 2]),
            "words that are not the type's own",
        );
        let (_, drift) = from_type::<Situation>("The situation.", &["sex"], &json!({}));
        assert!(
            drift
                .iter()
                .any(|d| d.contains("Situation.sex is required")),
            "a required field that the type does not have: {drift:?}"
        );
        // A type that would take unknown fields is drift, and the document does not claim more.
        let (schema, drift) = from_type::<Open>("Open.", &[], &json!({ "_a": boolean("A.") }));
        assert!(
            drift.iter().any(|d| d.contains("accepts unknown fields")),
            "{drift:?}"
        );
        assert!(schema.get("additionalProperties").is_none());
        // The one change of type allowed: a whole number where the type reads any number.
        let (schema, _) = from_type::<Situation>(
            "The situation.",
            &[],
            &json!({ "age": integer(0.0, 60.0, "Age.") }),
        );
        assert_eq!(
            schema["properties"]["age"]["type"],
            json!(["integer", "null"])
        );
        assert_eq!(schema["additionalProperties"], false);
    }

    /// The clinical check of one input, as the API runs it.
    fn clinical_errors(schema: &str, input: &Value) -> Vec<String> {
        let now: DateTime<Utc> = "2026-11-20T12:00:00Z".parse().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let result: Result<(), InvalidInput> = match schema {
            "HcgInput" => hcg::interpret(
                &serde_json::from_value(input.clone()).unwrap(),
                now,
                Region::Uk,
            )
            .map(drop),
            "ScanInput" => {
                scan::read(&serde_json::from_value(input.clone()).unwrap(), Region::Uk).map(drop)
            }
            "DatingInput" => {
                dating::estimate(&serde_json::from_value(input.clone()).unwrap(), today).map(drop)
            }
            "RiskInput" => {
                risk::figures_for(&serde_json::from_value(input.clone()).unwrap()).map(drop)
            }
            other => panic!("{other}"),
        };
        result.err().map_or_else(Vec::new, |e| {
            e.errors.into_iter().map(|f| f.field).collect()
        })
    }

    /// Sets `path` (`a`, or `a[0].b`) in `base` to `x`.
    fn with(base: &Value, path: &str, x: f64) -> Value {
        set(base, path, json!(x))
    }

    /// Sets `path` (`a`, or `a[0].b`) in `base` to `x`.
    fn set(base: &Value, path: &str, x: Value) -> Value {
        let mut v = base.clone();
        let mut target = &mut v;
        for part in path.split('.') {
            target = match part.split_once('[') {
                Some((name, index)) => {
                    let i: usize = index.trim_end_matches(']').parse().unwrap();
                    &mut target[name][i]
                }
                None => &mut target[part],
            };
        }
        *target = x;
        v
    }

    /// The property schema for `path` in a named input schema.
    fn property<'a>(doc: &'a Value, schema: &str, path: &str) -> &'a Value {
        let mut s = resolve(doc, &doc["components"]["schemas"][schema]);
        for part in path.split('.') {
            let name = part.split('[').next().unwrap();
            s = not_null(doc, &s["properties"][name]);
            if part.contains('[') {
                s = resolve(doc, &s["items"]);
            }
        }
        s
    }

    /// The schema itself, or for `anyOf: [schema, null]` the branch that is not null.
    fn not_null<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
        let schema = resolve(doc, schema);
        match schema.get("anyOf").and_then(Value::as_array) {
            Some(branches) => branches
                .iter()
                .map(|b| resolve(doc, b))
                .find(|b| b["type"] != "null")
                .expect("a branch that is not null"),
            None => schema,
        }
    }

    /// Whether `schema` lets a value be JSON `null`.
    fn allows_null(doc: &Value, schema: &Value) -> bool {
        check(doc, schema, &Value::Null).is_ok()
    }

    /// `base` with the property at `path` (`a`, `a.b`, `a[0].b`) set to `null`, or removed.
    fn null_or_gone(base: &Value, path: &str, remove: bool) -> Value {
        let mut v = base.clone();
        let (parents, last) = path
            .rsplit_once('.')
            .map_or((None, path), |(p, l)| (Some(p), l));
        let mut target = &mut v;
        for part in parents.into_iter().flat_map(|p| p.split('.')) {
            target = match part.split_once('[') {
                Some((name, index)) => {
                    &mut target[name][index.trim_end_matches(']').parse::<usize>().unwrap()]
                }
                None => &mut target[part],
            };
        }
        let object = target.as_object_mut().expect("an object");
        if remove {
            object.remove(last);
        } else {
            object.insert(last.to_owned(), Value::Null);
        }
        v
    }

    /// The API's reading of `body` as `T`, written back as JSON: what the server understood.
    fn understood<T: Serialize + DeserializeOwned>(body: &Value) -> Option<Value> {
        let bytes = serde_json::to_vec(body).unwrap();
        crate::json_input::parse::<T>(&bytes)
            .ok()
            .map(|t| serde_json::to_value(t).unwrap())
    }

    /// Schemathesis found `{"weeks": null}` accepted while the document said "number": `null`
    /// is read as "not given". The document must say so for every optional input field, and
    /// only there: a required field sent as `null` is refused with a 422 naming it.
    #[test]
    fn null_is_allowed_exactly_where_the_api_reads_it_as_not_given() {
        type Reader = fn(&Value) -> Option<Value>;
        let doc = document();
        let inputs: [(&str, Value, Reader, &str); 7] = [
            ("TriageInput", full_triage(), understood::<TriageInput>, ""),
            ("HcgInput", full_hcg(), understood::<HcgInput>, ""),
            ("HcgInput", full_hcg(), understood::<HcgInput>, "values[0]"),
            ("ScanInput", full_scan(), understood::<ScanInput>, ""),
            (
                "ScanInput",
                full_scan(),
                understood::<ScanInput>,
                "previous_scan",
            ),
            ("DatingInput", full_dating(), understood::<DatingInput>, ""),
            ("RiskInput", full_risk(), understood::<Situation>, ""),
        ];
        let mut checked = 0;
        for (schema, full, read, prefix) in inputs {
            let object = if prefix.is_empty() {
                resolve(&doc, &doc["components"]["schemas"][schema])
            } else {
                property(&doc, schema, prefix)
            };
            let required: Vec<&str> = object["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for (name, property_schema) in object["properties"].as_object().unwrap() {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                let nulled = null_or_gone(&full, &path, false);
                if required.contains(&name.as_str()) {
                    assert!(
                        !allows_null(&doc, property_schema),
                        "{schema}.{path} is required: the document must not allow null"
                    );
                    // Refused when read (a list), or read as "not given" and then refused by
                    // the clinical check, naming the field.
                    if read(&nulled).is_some() {
                        let named = clinical_errors(schema, &nulled);
                        assert!(
                            named.contains(&path),
                            "{schema}.{path}: null must be refused naming it, got {named:?}"
                        );
                    }
                } else {
                    assert!(
                        allows_null(&doc, property_schema),
                        "{schema}.{path} is optional and read as not given when null: the document must allow null"
                    );
                    assert_eq!(
                        read(&nulled),
                        read(&null_or_gone(&full, &path, true)),
                        "{schema}.{path}: null must mean the same as leaving it out"
                    );
                    assert!(read(&nulled).is_some(), "{schema}.{path}: null must parse");
                }
                checked += 1;
            }
        }
        assert!(checked >= 55, "only {checked} fields checked");
    }

    #[test]
    fn numeric_bounds_in_the_document_are_the_ones_the_clinical_checks_use() {
        let doc = document();
        let hcg_base = json!({ "context": "unknown_location", "values": [
            { "at": "2026-11-16T09:00:00Z", "iu_per_l": 1000 },
            { "at": "2026-11-18T09:00:00Z", "iu_per_l": 1000 },
        ]});
        let cases: &[(&str, Value, &str)] = &[
            ("HcgInput", hcg_base.clone(), "values[1].iu_per_l"),
            ("ScanInput", json!({ "route": "transvaginal" }), "crl_mm"),
            ("ScanInput", json!({ "route": "transvaginal" }), "msd_mm"),
            (
                "ScanInput",
                json!({ "route": "transvaginal" }),
                "yolk_sac_mm",
            ),
            (
                "ScanInput",
                json!({ "route": "transvaginal" }),
                "weeks_since_lmp",
            ),
            (
                "ScanInput",
                json!({ "route": "transvaginal", "previous_scan": { "days_ago": 7 } }),
                "previous_scan.days_ago",
            ),
            (
                "DatingInput",
                json!({ "lmp": "2026-10-01", "today": "2026-11-20" }),
                "cycle_days",
            ),
            ("DatingInput", json!({}), "crl_mm"),
            ("DatingInput", json!({}), "msd_mm"),
            ("RiskInput", json!({}), "age"),
            ("RiskInput", json!({}), "previous_losses"),
            ("RiskInput", json!({}), "weeks"),
        ];
        for (schema, base, path) in cases {
            let p = property(&doc, schema, path);
            let max = p["maximum"]
                .as_f64()
                .unwrap_or_else(|| panic!("{schema}.{path} has a maximum"));
            let whole = p["type"] == "integer";
            let step = if whole { 1.0 } else { 0.01 };
            let field = path.to_string();
            let accepted = |x: f64| !clinical_errors(schema, &with(base, path, x)).contains(&field);
            assert!(
                accepted(max),
                "{schema}.{path} = {max} (the maximum) is accepted"
            );
            assert!(
                !accepted(max + step),
                "{schema}.{path} above the maximum is refused"
            );
            if let Some(min) = p["minimum"].as_f64() {
                assert!(
                    accepted(min),
                    "{schema}.{path} = {min} (the minimum) is accepted"
                );
                assert!(
                    !accepted(min - step),
                    "{schema}.{path} below the minimum is refused"
                );
            } else {
                let min = p["exclusiveMinimum"]
                    .as_f64()
                    .expect("a minimum of some kind");
                assert!(
                    !accepted(min),
                    "{schema}.{path} = {min} (exclusive) is refused"
                );
                assert!(
                    accepted(min + step),
                    "{schema}.{path} just above {min} is accepted"
                );
            }
            if whole {
                assert!(!accepted(max - 0.5), "{schema}.{path} must be whole");
            }
        }
    }

    fn words_for(i18n: &I18n) -> Words<'_> {
        Words {
            i18n,
            lang: Lang::EN_GB,
        }
    }

    #[test]
    fn real_answers_match_the_response_schemas() {
        let doc = document();
        let i18n = I18n::load().unwrap();
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let series = |context: &str, values: &[(&str, f64)]| {
            let values: Vec<Value> = values
                .iter()
                .map(|(at, iu)| json!({ "at": format!("2026-11-{at}:00Z"), "iu_per_l": iu }))
                .collect();
            json!({ "context": context, "values": values }).to_string()
        };
        let hcg_cases = [
            series(
                "unknown_location",
                &[("16T09:00", 1000.0), ("18T09:00", 1700.0)],
            ),
            series(
                "unknown_location",
                &[
                    ("16T09:00", 1000.0),
                    ("17T15:00", 900.0),
                    ("20T09:00", 400.0),
                ],
            ),
            series(
                "after_loss",
                &[
                    ("16T09:00", 2000.0),
                    ("18T09:00", 1000.0),
                    ("23T09:00", 200.0),
                ],
            ),
            series("after_loss", &[("16T09:00", 2000.0), ("18T09:00", 1900.0)]),
            series("after_loss", &[("16T09:00", 20.0), ("23T09:00", 3.0)]),
            series(
                "confirmed_in_womb",
                &[("16T09:00", 1000.0), ("18T09:00", 1200.0)],
            ),
            series(
                "ectopic_expectant",
                &[
                    ("16T09:00", 1000.0),
                    ("18T09:00", 800.0),
                    ("20T09:00", 700.0),
                ],
            ),
            series(
                "ectopic_methotrexate",
                &[("16T09:00", 1000.0), ("19T09:00", 1100.0)],
            ),
        ];
        for region in Region::ALL {
            for body in &hcg_cases {
                let a = api::hcg(body.as_bytes(), now, region, words_for(&i18n)).unwrap();
                assert_valid(&doc, "HcgOutput", &serde_json::to_value(&a).unwrap());
            }
        }
        let scans = [
            json!({ "route": "transvaginal", "crl_mm": 7, "cardiac_activity": false }),
            json!({ "route": "transvaginal", "msd_mm": 18, "embryo_seen": false }),
            json!({ "route": "transabdominal", "msd_mm": 30 }),
            json!({ "route": "transvaginal", "msd_mm": 10, "previous_scan": { "days_ago": 8, "sac_seen": true, "yolk_sac_seen": false } }),
            json!({ "route": "transvaginal" }),
            full_scan(),
        ];
        for region in [Region::Uk, Region::Us] {
            for body in &scans {
                let a = api::scan(body.to_string().as_bytes(), region, words_for(&i18n)).unwrap();
                assert_valid(&doc, "ScanOutput", &serde_json::to_value(&a).unwrap());
            }
        }
        for body in [
            json!({ "lmp": "2026-10-01" }),
            json!({ "lmp": "2026-10-01", "cycle_days": 35 }),
            json!({ "crl_mm": 7 }),
            json!({ "crl_mm": 45, "scan_date": "2026-11-20" }),
            json!({ "msd_mm": 30, "scan_date": "2026-11-20" }),
        ] {
            let a = api::dating(
                body.to_string().as_bytes(),
                today,
                Region::Uk,
                words_for(&i18n),
            )
            .unwrap();
            assert_valid(&doc, "DatingOutput", &serde_json::to_value(&a).unwrap());
        }
        for body in [
            json!({}),
            full_risk(),
            json!({ "age": 19, "previous_losses": 3, "weeks": 12, "cardiac_activity_seen": true }),
            json!({ "age": 46, "previous_losses": 2, "cardiac_activity_seen": true, "bleeding_or_pain": true }),
            json!({ "age": 37, "previous_losses": 4, "previous_losses_consecutive": false, "cardiac_activity_seen": true, "bleeding_or_pain": false }),
        ] {
            let a = api::risk(body.to_string().as_bytes(), Region::Uk, words_for(&i18n)).unwrap();
            assert_valid(&doc, "RiskOutput", &serde_json::to_value(&a).unwrap());
        }
        let a = api::options(Region::Uk, words_for(&i18n));
        assert_valid(&doc, "OptionsOutput", &serde_json::to_value(&a).unwrap());

        let e = api::hcg(
            b"{\"values\": [], \"x\": 1}",
            now,
            Region::Uk,
            words_for(&i18n),
        )
        .unwrap_err();
        assert_valid(
            &doc,
            "Error",
            &serde_json::to_value(api::ApiError::from(e)).unwrap(),
        );
        let e = api::hcg(b"{\"values\": []}", now, Region::Uk, words_for(&i18n)).unwrap_err();
        assert_valid(
            &doc,
            "Error",
            &serde_json::to_value(api::ApiError::from(e)).unwrap(),
        );
    }

    #[test]
    fn the_checker_catches_drift() {
        let doc = document();
        let i18n = I18n::load().unwrap();
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let body = br#"{"context":"after_loss","values":[{"at":"2026-11-16T09:00:00Z","iu_per_l":2000},{"at":"2026-11-18T09:00:00Z","iu_per_l":1000}]}"#;
        let good = serde_json::to_value(api::hcg(body, now, Region::Uk, words_for(&i18n)).unwrap())
            .unwrap();
        assert_valid(&doc, "HcgOutput", &good);
        let broken = |change: &dyn Fn(&mut Value), what: &str| {
            let mut v = good.clone();
            change(&mut v);
            assert!(
                check(&closed(&doc), &schema_ref("HcgOutput"), &v).is_err(),
                "{what} is not found"
            );
        };
        broken(&|v| v["new_field"] = json!(1), "an unlisted field");
        broken(
            &|v| v["values"][0]["extra"] = json!(1),
            "an unlisted field deeper down",
        );
        broken(
            &|v| v["readings"][0]["id"] = json!("made-up"),
            "an unknown id",
        );
        broken(&|v| v["pairs"][0]["hours"] = json!("48"), "a wrong type");
        broken(
            &|v| v["projection"]["below_5_on"] = json!(5),
            "a number where a date (or null) belongs",
        );
        broken(
            &|v| v["projection"]["below_5_on"] = json!("soon"),
            "a string that is not a date",
        );
        broken(
            &|v| {
                v.as_object_mut().unwrap().remove("pairs");
            },
            "a required field left out",
        );
    }

    /// Inputs the API refuses, refused by the document as served: what schemathesis and
    /// clients read.
    #[test]
    fn the_document_refuses_bad_inputs() {
        let doc = document();
        let inputs = [
            ("TriageInput", full_triage()),
            ("HcgInput", full_hcg()),
            ("ScanInput", full_scan()),
            ("DatingInput", full_dating()),
            ("RiskInput", full_risk()),
        ];
        for (name, full) in &inputs {
            assert_accepted(&doc, name, full);
            assert_refused(
                &doc,
                name,
                &set(full, "smoking", json!(true)),
                "an unknown field",
            );
            assert_refused(
                &doc,
                name,
                &set(full, "Weeks", json!(5)),
                "a field in capitals",
            );
            assert_refused(&doc, name, &json!([]), "a list, not an object");
        }
        let cases: &[(&str, &str, Value, &str)] = &[
            ("TriageInput", "weeks", json!(46), "weeks above 45"),
            ("TriageInput", "weeks", json!(-1), "weeks below 0"),
            ("TriageInput", "temperature_c", json!(29.9), "below 30 °C"),
            ("TriageInput", "temperature_f", json!(114), "above 113 °F"),
            ("TriageInput", "pain", json!(4.5), "pain not whole"),
            ("TriageInput", "pain", json!(11), "pain above 10"),
            (
                "TriageInput",
                "bleeding",
                json!("lots"),
                "a word not in the list",
            ),
            ("TriageInput", "region", json!("UK"), "a region in capitals"),
            (
                "TriageInput",
                "situation",
                json!("Pregnant"),
                "a word in capitals",
            ),
            (
                "TriageInput",
                "fainted",
                json!("yes"),
                "a word for a yes/no",
            ),
            ("TriageInput", "weeks", json!("7"), "a number as text"),
            (
                "HcgInput",
                "context",
                json!("ectopic"),
                "an unknown context",
            ),
            (
                "HcgInput",
                "context",
                Value::Null,
                "a required field as null",
            ),
            ("HcgInput", "values", json!([]), "no values"),
            (
                "HcgInput",
                "values[0].at",
                json!("2026-11-16"),
                "a date without a time",
            ),
            ("HcgInput", "values[0].at", json!("x"), "not a date-time"),
            ("HcgInput", "values[1].iu_per_l", json!(0), "no hCG at all"),
            (
                "HcgInput",
                "values[1].iu",
                json!(5),
                "an unknown field in a value",
            ),
            ("ScanInput", "route", json!("abdominal"), "an unknown route"),
            ("ScanInput", "crl_mm", json!(1000), "a length out of range"),
            (
                "ScanInput",
                "previous_scan.days_ago",
                json!(2.5),
                "days not whole",
            ),
            (
                "ScanInput",
                "previous_scan.sac",
                json!(true),
                "an unknown field, nested",
            ),
            ("DatingInput", "lmp", json!("1 October"), "not a date"),
            ("DatingInput", "cycle_days", json!(28.5), "cycle not whole"),
            ("RiskInput", "age", json!(7), "an age out of range"),
            ("RiskInput", "previous_losses", json!(-1), "losses below 0"),
        ];
        for (name, path, value, why) in cases {
            let full = &inputs.iter().find(|(n, _)| n == name).unwrap().1;
            assert_refused(&doc, name, &set(full, path, value.clone()), why);
        }
        let mut no_values = full_hcg();
        no_values.as_object_mut().unwrap().remove("values");
        assert_refused(&doc, "HcgInput", &no_values, "values left out");
    }

    /// Every example of the triage contract (the clinical crate's table) is a valid input, and
    /// its answer a valid output.
    #[test]
    fn the_triage_examples_and_their_answers_match_the_schemas() {
        let doc = document();
        let i18n = I18n::load().unwrap();
        let examples = include_str!("../../../clinical/tests/data/triage.jsonl");
        let mut checked = 0;
        for line in examples.lines().filter(|l| !l.trim().is_empty()) {
            let example: Value = serde_json::from_str(line).unwrap();
            let input = &example["input"];
            assert_accepted(&doc, "TriageInput", input);
            let parsed: TriageInput =
                crate::json_input::parse(input.to_string().as_bytes()).unwrap();
            for region in [Region::Uk, Region::Us] {
                let outcome = solace_clinical::triage::triage(&parsed, region).unwrap();
                let tr = i18n.tr(Lang::default_for(outcome.region), outcome.region);
                let answer = crate::triage_view::render(&outcome, &tr);
                assert_valid(&doc, "TriageOutput", &serde_json::to_value(answer).unwrap());
            }
            checked += 1;
        }
        assert!(checked >= 20, "only {checked} examples");
    }

    #[test]
    fn every_ref_resolves_and_every_path_names_its_schemas() {
        fn refs(v: &Value, out: &mut BTreeSet<String>) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::String(r)) = m.get("$ref") {
                        out.insert(r.clone());
                    }
                    m.values().for_each(|x| refs(x, out));
                }
                Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
                _ => {}
            }
        }
        let doc = document();
        let mut all = BTreeSet::new();
        refs(&doc, &mut all);
        for r in &all {
            let name = r.strip_prefix("#/components/schemas/").unwrap();
            assert!(doc["components"]["schemas"][name].is_object(), "{r}");
        }
        for path in [
            "/api/v1/hcg",
            "/api/v1/scan",
            "/api/v1/dating",
            "/api/v1/risk",
        ] {
            let op = &doc["paths"][path]["post"];
            assert!(
                op["requestBody"]["content"]["application/json"]["schema"]["$ref"].is_string(),
                "{path}"
            );
            assert!(op["responses"]["422"].is_object(), "{path}");
        }
        assert!(doc["paths"]["/api/v1/options"]["get"]["responses"]["200"].is_object());
    }
}
