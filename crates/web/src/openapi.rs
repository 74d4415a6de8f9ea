//! The `OpenAPI` 3.1 document for `/api/v1`, written out by hand: the clinical crate stays free of
//! web types, and a test checks this schema against the real input type so the two cannot drift.

use serde_json::{Value, json};
use solace_clinical::triage::input::limits;

fn boolean(description: &str) -> Value {
    json!({ "type": "boolean", "description": description })
}

fn number(min: f64, max: f64, description: &str) -> Value {
    json!({ "type": "number", "minimum": min, "maximum": max, "description": description })
}

fn words(values: &[&str], description: &str) -> Value {
    json!({ "type": "string", "enum": values, "description": description })
}

pub fn triage_input_schema() -> Value {
    let weeks_since = limits::WEEKS_SINCE;
    json!({
        "type": "object",
        "additionalProperties": false,
        "description": "Every field is optional: omitted means not known or not present.",
        "properties": {
            "region": words(&["uk", "us", "ie", "ca", "au", "nz", "other"], "Where the person is; picks the emergency number and service names."),
            "situation": words(&["pregnant", "miscarriage_diagnosed", "after_loss"], "Pregnant as far as they know; a miscarriage diagnosed and happening or being managed; or after the loss."),
            "location": words(&["confirmed_in_womb", "not_confirmed", "ectopic"], "Has a scan shown where the pregnancy is?"),
            "weeks": number(limits::WEEKS.0, limits::WEEKS.1, "Completed weeks since the last period."),
            "treatment": words(&["none", "expectant", "medication", "surgery"], "How the miscarriage is being managed."),
            "days_since_treatment": number(limits::DAYS.0, limits::DAYS.1, "Days since medication, surgery, or diagnosis for expectant management."),
            "bleeding": words(&["none", "spotting", "light", "moderate", "heavy"], "How much bleeding."),
            "pads_soaked_per_hour": number(limits::PADS.0, limits::PADS.1, "Full-size pads soaked through in the last hour."),
            "heavy_hours": number(limits::HOURS.0, limits::HOURS.1, "Hours in a row bleeding at that rate."),
            "bleeding_days": number(limits::DAYS.0, limits::DAYS.1, "Days of bleeding so far."),
            "clots": words(&["none", "small", "large"], "Large: bigger than the region's reference coin (a guide)."),
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
        }
    })
}

pub fn document() -> Value {
    let string_list = json!({ "type": "array", "items": { "type": "string" } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Solace API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Guideline-based help for early pregnancy loss. Solace does not diagnose: it says what guidelines advise and whom to contact.",
        },
        "servers": [{ "url": "/" }],
        "paths": {
            "/api/v1/triage": {
                "post": {
                    "operationId": "triage",
                    "summary": "Symptom triage: how soon to get help, and where.",
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TriageInput" } } }
                    },
                    "responses": {
                        "200": {
                            "description": "The urgency, what to do, every rule that fired with its sources, and the safety net.",
                            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TriageOutput" } } }
                        },
                        "413": { "description": "The body is larger than the limit." },
                        "422": {
                            "description": "Invalid input: each error names the field and what was expected.",
                            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
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
        "components": {
            "schemas": {
                "TriageInput": triage_input_schema(),
                "TriageOutput": {
                    "type": "object",
                    "required": ["urgency", "headline", "actions", "reasons", "safety_net", "emergency_number", "region", "disclaimer"],
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
                        "region": { "type": "string" },
                        "crisis_line": { "type": "string" },
                        "disclaimer": { "type": "string" }
                    }
                },
                "Error": {
                    "type": "object",
                    "required": ["error", "message", "errors"],
                    "properties": {
                        "error": { "type": "string" },
                        "message": { "type": "string" },
                        "errors": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["field", "problem", "expected"],
                                "properties": {
                                    "field": { "type": "string" },
                                    "problem": { "type": "string" },
                                    "expected": { "type": "string" }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use solace_clinical::triage::TriageInput;

    #[test]
    fn schema_lists_exactly_the_input_fields() {
        // A full input names every field; the schema must list the same set.
        let full: TriageInput = serde_json::from_value(json!({
            "region": "uk", "situation": "pregnant", "location": "ectopic", "weeks": 1, "treatment": "none",
            "days_since_treatment": 1, "bleeding": "none", "pads_soaked_per_hour": 1, "heavy_hours": 1,
            "bleeding_days": 1, "clots": "none", "pain": 1, "pain_one_sided": true, "shoulder_tip_pain": true,
            "pain_worse_or_constant": true, "temperature_c": 37, "temperature_f": 98.6, "feels_feverish": true,
            "dizzy_or_faint": true, "fainted": true, "racing_heart": true, "pale_clammy": true,
            "foul_discharge": true, "bowel_or_rectal_pain": true, "positive_test_weeks_after": 1,
            "no_period_weeks": 1, "low_mood_weeks": 1, "ectopic_risk_factors": true, "thoughts_of_harm": true
        }))
        .unwrap();
        let value = serde_json::to_value(full).unwrap();
        let mut fields: Vec<_> = value.as_object().unwrap().keys().cloned().collect();
        let schema = triage_input_schema();
        let mut listed: Vec<_> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        fields.sort();
        listed.sort();
        assert_eq!(fields, listed);
    }
}
