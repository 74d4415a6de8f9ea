//! The `OpenAPI` 3.1 document for `/api/v1`, written out by hand: the clinical crate stays free of
//! web types, and a test checks this schema against the real input type so the two cannot drift.

use serde_json::{Value, json};
use solace_clinical::sources::Source;
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

/// An input object whose optional properties may also be JSON `null`, which means the same as
/// leaving the field out ("not known"): the inputs are read into `Option`s, and clients often
/// write a missing value as `null`. Required properties stay non-null (`null` there is a 422).
fn null_is_not_given(mut schema: Value) -> Value {
    let required: Vec<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (name, property) in properties.iter_mut() {
            if !required.contains(name) {
                *property = or_null(property.take());
            }
        }
    }
    schema
}

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
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "description": "Every field is optional: omitted (or null) means not known or not present.",
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
            "confused_or_drowsy": boolean("New confusion, slurred speech, very sleepy or hard to wake."),
            "breathless": boolean("Breathing very fast or struggling to breathe."),
            "mottled_or_blue_skin": boolean("Blotchy, grey or blue skin, lips or tongue."),
            "no_urine_18h": boolean("No pee for 18 hours or more."),
            "vomiting": boolean("Being sick and unable to keep fluids down for 24 hours."),
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Inputs. Bounds are the clinical crate's own constants, so the document says what it checks.
// ---------------------------------------------------------------------------------------------

const DATE_TIME_DESCRIPTION: &str = "RFC 3339 date-time with its time zone, e.g. 2026-11-20T09:00:00+00:00 or 2026-11-20T09:00:00Z. Not in the future.";

pub fn hcg_input_schema() -> Value {
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["context", "values"],
        "description": "A series of hCG blood results, read against the guideline for the person's situation.",
        "properties": {
            "context": words(
                &hcg::HcgContext::ALL.map(hcg::HcgContext::id),
                "Where things stand: no scan has shown where the pregnancy is; after a loss; seen in the womb; ectopic, waiting or after methotrexate."
            ),
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
        }
    }))
}

pub fn hcg_value_schema() -> Value {
    let amount = |description: &str| json!({ "type": "number", "exclusiveMinimum": 0, "maximum": hcg::MAX_IU_PER_L, "description": description });
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["at"],
        "description": "One result: give iu_per_l or miu_per_ml (both: they must agree).",
        "properties": {
            "at": { "type": "string", "format": "date-time", "description": DATE_TIME_DESCRIPTION },
            "iu_per_l": amount("hCG in IU/L."),
            "miu_per_ml": amount("hCG in mIU/mL, the same number as IU/L."),
        }
    }))
}

pub fn scan_input_schema() -> Value {
    let (crl, msd, yolk, weeks) = (
        scan::CRL_RANGE_MM,
        scan::MSD_RANGE_MM,
        scan::YOLK_SAC_RANGE_MM,
        scan::WEEKS_RANGE,
    );
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["route"],
        "description": "Findings as written on an early pregnancy scan report. Omitted (or null) means not known.",
        "properties": {
            "route": words(&["transvaginal", "transabdominal"], "How the scan was done: through the vagina, or through the tummy only."),
            "crl_mm": number(crl.0, crl.1, "Crown-rump length of the embryo, mm."),
            "msd_mm": number(msd.0, msd.1, "Mean sac diameter of the gestational sac, mm."),
            "embryo_seen": boolean("Whether an embryo was seen."),
            "cardiac_activity": boolean("Whether cardiac activity was seen."),
            "yolk_sac_seen": boolean("Whether a yolk sac was seen."),
            "yolk_sac_mm": number(yolk.0, yolk.1, "Yolk sac diameter, mm."),
            "amnion_empty": boolean("An amnion seen with no embryo in it."),
            "weeks_since_lmp": number(weeks.0, weeks.1, "Weeks since the first day of the last period."),
            "previous_scan": schema_ref("PreviousScan"),
        }
    }))
}

pub fn previous_scan_schema() -> Value {
    let days = scan::DAYS_AGO_RANGE;
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["days_ago"],
        "description": "An earlier scan of the same pregnancy.",
        "properties": {
            "days_ago": integer(days.0, days.1, "Whole days before this scan."),
            "sac_seen": boolean("Whether it showed a pregnancy sac."),
            "yolk_sac_seen": boolean("Whether it showed a yolk sac."),
        }
    }))
}

pub fn dating_input_schema() -> Value {
    let (cycle, crl, msd) = (
        dating::CYCLE_RANGE_DAYS,
        dating::CRL_RANGE_MM,
        dating::MSD_RANGE_MM,
    );
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "description": "Exactly one of lmp, crl_mm or msd_mm. cycle_days and today go with lmp; scan_date goes with crl_mm or msd_mm.",
        "properties": {
            "lmp": date("First day of the last period, YYYY-MM-DD; not in the future, within the last 44 weeks."),
            "cycle_days": integer(cycle.0, cycle.1, "Usual cycle length in days (28 if not given)."),
            "today": date("With lmp: the day to count to, YYYY-MM-DD (the server's date if not given)."),
            "crl_mm": number(crl.0, crl.1, "Crown-rump length of the embryo, mm."),
            "msd_mm": number(msd.0, msd.1, "Mean sac diameter, mm."),
            "scan_date": date("With crl_mm or msd_mm: the day of the scan, YYYY-MM-DD, for a due date."),
        }
    }))
}

pub fn risk_input_schema() -> Value {
    let (age, losses, weeks) = (
        risk::AGE_RANGE,
        risk::PREVIOUS_LOSSES_RANGE,
        risk::WEEKS_RANGE,
    );
    null_is_not_given(json!({
        "type": "object",
        "additionalProperties": false,
        "description": "The situation; every field is optional (null: not known). A figure that needs an unknown is not chosen.",
        "properties": {
            "age": integer(age.0, age.1, "Age in whole years."),
            "previous_losses": integer(losses.0, losses.1, "How many miscarriages before this pregnancy."),
            "previous_losses_consecutive": boolean("Whether those losses were one after another."),
            "weeks": number(weeks.0, weeks.1, "Completed weeks since the last period (at the scan, for the figures after cardiac activity)."),
            "cardiac_activity_seen": boolean("Whether a scan has shown cardiac activity."),
            "bleeding_or_pain": boolean("Any bleeding or pain now. Not given counts as 'may be'."),
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Outputs. Objects may gain fields (DESIGN.md); a test checks real answers against these.
// ---------------------------------------------------------------------------------------------

const DISCLAIMER: &str = "Solace does not diagnose: what guidelines advise and whom to contact.";
const REGION: &str =
    "The region used: it decides which guideline comes first and how dates are written.";

fn region_words() -> Value {
    words(&["uk", "us", "ie", "ca", "au", "nz", "other"], REGION)
}

fn hcg_schemas() -> Value {
    let mut reading_ids: Vec<&str> = hcg::READINGS.iter().map(|r| r.id).collect();
    reading_ids.sort_unstable();
    reading_ids.dedup();
    let rule_sets = ["nice-ng126", "barnhart-2004", "seeber-2006", "general"];
    let pair_ref = output(
        &["from_index", "to_index"],
        json!({
            "from_index": { "type": "integer", "minimum": 0 },
            "to_index": { "type": "integer", "minimum": 0 },
        }),
    );
    json!({
        "HcgInput": hcg_input_schema(),
        "HcgValue": hcg_value_schema(),
        "HcgOutput": output(
            &["context", "values", "pairs", "interpretation", "readings", "expected_next", "projection", "region", "disclaimer"],
            json!({
                "context": words(&hcg::HcgContext::ALL.map(hcg::HcgContext::id), "The context read."),
                "values": list_of(output(&["index", "at", "iu_per_l", "hours_from_first"], json!({
                    "index": { "type": "integer", "minimum": 0 },
                    "at": { "type": "string", "format": "date-time" },
                    "iu_per_l": { "type": "number" },
                    "hours_from_first": { "type": "number" },
                }))),
                "pairs": list_of(schema_ref("HcgPair")),
                "interpretation": or_null(schema_ref("HcgReading")),
                "readings": list_of(schema_ref("HcgReading")),
                "expected_next": list_of(output(
                    &["rule_set", "id", "hours_after_last", "at_least_iu_per_l", "at_most_iu_per_l", "text", "sources"],
                    json!({
                        "rule_set": words(&rule_sets, "The rule set the expectation comes from."),
                        "id": text("Stable id of the expectation."),
                        "hours_after_last": or_null(json!({ "type": "number", "description": "When it applies, from the last value; null: at the next test." })),
                        "at_least_iu_per_l": or_null(json!({ "type": "number" })),
                        "at_most_iu_per_l": or_null(json!({ "type": "number" })),
                        "text": text("In words."),
                        "sources": sources(),
                    }),
                )),
                "projection": or_null(output(
                    &["below_5_on", "earliest", "latest", "method", "text", "sources"],
                    json!({
                        "below_5_on": date("After a loss: the estimated day hCG falls below 5 IU/L. Always an estimate."),
                        "earliest": date("The earliest likely day."),
                        "latest": date("The latest likely day."),
                        "method": text("How it was worked out."),
                        "text": text("In words."),
                        "sources": sources(),
                    }),
                )),
                "region": region_words(),
                "disclaimer": text(DISCLAIMER),
            }),
        ),
        "HcgPair": output(
            &["from_index", "to_index", "hours", "percent_change", "percent_per_48h", "is_48h_pair"],
            json!({
                "from_index": { "type": "integer", "minimum": 0 },
                "to_index": { "type": "integer", "minimum": 0 },
                "hours": { "type": "number", "description": "Hours between the two results." },
                "percent_change": { "type": "number", "description": "(later - earlier) / earlier x 100." },
                "percent_per_48h": { "type": "number", "description": "The same rate of change held for 48 hours (for display)." },
                "is_48h_pair": { "type": "boolean", "description": "44 to 52 hours apart, inclusive: the NICE bands apply." },
                "doubling_hours": { "type": "number", "description": "Present when rising." },
                "half_life_hours": { "type": "number", "description": "Present when falling." },
            }),
        ),
        "HcgReading": output(
            &["rule_set", "id", "kind", "text", "next_step", "sources", "pair"],
            json!({
                "rule_set": words(&rule_sets, "The rule set the reading used."),
                "id": words(&reading_ids, "Stable reading id."),
                "kind": words(&["result", "caution", "note"], "A guideline band, a warning that a band may not fit, or background that always holds."),
                "text": text("What the guideline says about these results."),
                "next_step": text("What to do next."),
                "sources": sources(),
                "pair": or_null(pair_ref),
            }),
        ),
    })
}

fn scan_schemas() -> Value {
    let mut rule_ids: Vec<&str> = scan::RULES.iter().map(|r| r.id).collect();
    rule_ids.sort_unstable();
    json!({
        "ScanInput": scan_input_schema(),
        "PreviousScan": previous_scan_schema(),
        "ScanOutput": output(&["readings", "region", "disclaimer"], json!({
            "readings": {
                "type": "array",
                "description": "One reading per rule set, the region's usual one first (uk, ie: NICE; others: SRU).",
                "items": schema_ref("ScanReading"),
            },
            "region": region_words(),
            "disclaimer": text(DISCLAIMER),
        })),
        "ScanReading": output(
            &["rule_set", "id", "category", "text", "reasons", "next_step", "not_checked", "sources"],
            json!({
                "rule_set": words(&["sru-2013", "nice-ng126"], "The guideline."),
                "id": text("Stable id for the rule set and category, e.g. sru-2013-suspicious."),
                "category": words(
                    &["consistent-with-loss", "suspicious", "second-opinion-or-rescan", "rescan", "no-criteria-met"],
                    "sru-2013: consistent-with-loss, suspicious or no-criteria-met; nice-ng126: second-opinion-or-rescan, rescan or no-criteria-met."
                ),
                "text": text("What the guideline says, in words."),
                "reasons": list_of(output(&["rule", "because", "sources"], json!({
                    "rule": words(&rule_ids, "The criterion that was met."),
                    "because": text("Why, in words."),
                    "sources": sources(),
                }))),
                "next_step": text("What to do next."),
                "not_checked": list_of(output(&["rule", "needs"], json!({
                    "rule": words(&rule_ids, "A criterion that could not be checked."),
                    "needs": list_of(json!({ "type": "string" })),
                }))),
                "sources": sources(),
            }),
        ),
    })
}

fn dating_schemas() -> Value {
    json!({
        "DatingInput": dating_input_schema(),
        "DatingOutput": output(
            &["method", "gestational_age_days", "weeks", "days", "as_of", "text", "note", "sources", "disclaimer"],
            json!({
                "method": words(&["lmp", "crl", "msd"], "What the age was worked out from."),
                "gestational_age_days": { "type": "integer", "minimum": 0, "description": "Counted from the first day of a last period; nearest whole day." },
                "weeks": { "type": "integer", "minimum": 0 },
                "days": { "type": "integer", "minimum": 0, "maximum": 6 },
                "plus_minus_days": { "type": "number", "description": "How far off a scan measurement may be (CRL: about 4.7 days)." },
                "due_date": date("LMP + 280 days, adjusted for the cycle; or from the scan date."),
                "as_of": or_null(date("The day the age refers to: today for lmp, the scan date when given.")),
                "exact_days": { "type": "number", "description": "The unrounded estimate, for crl and msd." },
                "text": text("In words."),
                "note": or_null(text("A caution about the method's limits.")),
                "sources": sources(),
                "disclaimer": text(DISCLAIMER),
            }),
        ),
    })
}

fn risk_schemas() -> Value {
    json!({
        "RiskInput": risk_input_schema(),
        "RiskOutput": output(&["framing", "figures", "withheld", "unused", "by_week", "disclaimer"], json!({
            "framing": text("Always shown first: these figures describe groups, not a person."),
            "figures": list_of(schema_ref("Figure")),
            "withheld": list_of(output(&["id", "reason", "text"], json!({
                "id": text("The figure, or family of figures, held back."),
                "reason": words(
                    &["bleeding-or-pain", "bleeding-or-pain-not-known", "no-figure-for-this-week", "weeks-not-known",
                      "need-to-know-if-in-a-row", "no-verified-figure-for-this-group", "no-figure-for-this-age"],
                    "Why it is not shown."
                ),
                "text": text("Why, in words."),
            }))),
            "unused": list_of(output(&["field", "text"], json!({
                "field": text("An answer given that no figure shown uses."),
                "text": text("Why it changed nothing, in words."),
            }))),
            "by_week": or_null(output(&["title", "points", "sources", "confidence"], json!({
                "title": text("What the chart shows."),
                "points": list_of(output(&["week", "percent", "in_100"], json!({
                    "week": { "type": "integer" },
                    "percent": { "type": "number" },
                    "in_100": { "type": "string" },
                }))),
                "sources": sources(),
                "confidence": schema_ref("Confidence"),
            }))),
            "disclaimer": text(DISCLAIMER),
        })),
        "Figure": output(
            &["id", "topic", "role", "text", "amount", "percent_text", "in_100", "odds_text", "sources", "confidence", "checked"],
            json!({
                "id": text("Stable figure id."),
                "role": words(&["situation", "context"], "situation: picked by the answers to describe people like the reader; context: background for everyone, never a headline number."),
                "topic": words(
                    &["overall", "age", "previous_losses", "how_common_losses_are", "after_cardiac_activity", "by_week", "feelings", "management"],
                    "What the figure is about."
                ),
                "text": text("One plain sentence with the figure."),
                "amount": schema_ref("Amount"),
                "percent_text": or_null(text("\"15.3%\", \"9–17%\"; null for odds ratios.")),
                "in_100": or_null(text("\"about 15 in 100\"; null for odds ratios.")),
                "odds_text": or_null(text("\"about 1.5 times the odds\", for odds ratios.")),
                "sources": sources(),
                "confidence": schema_ref("Confidence"),
                "checked": text("When the figure was last checked against its source (YYYY-MM)."),
            }),
        ),
        "Amount": {
            "type": "object",
            "required": ["kind"],
            "description": "percent: value, qualifier, ci95; percent_range: low, high; odds_ratio: value (compares odds; not a chance).",
            "properties": {
                "kind": words(&["percent", "percent_range", "odds_ratio"], "Which kind of number."),
                "value": { "type": "number" },
                "qualifier": words(&["about", "more_than", "fewer_than"], "For percent."),
                "ci95": or_null(json!({ "type": "array", "prefixItems": [{ "type": "number" }, { "type": "number" }], "minItems": 2, "maxItems": 2, "description": "95% confidence interval, low and high." })),
                "low": { "type": "number" },
                "high": { "type": "number" },
            }
        },
        "Confidence": words(&["verified", "secondary", "unverified"], "Verified in the source's own text; from a faithful secondary copy; not verified (shown only as 'approximately')."),
    })
}

fn options_schemas() -> Value {
    let fact = output(
        &["text", "guideline", "sources", "confidence"],
        json!({
            "text": text("The statement."),
            "guideline": or_null(words(&["nice-ng126", "acog-pb200"], "Set when this is one guideline's advice (UK and US differ).")),
            "sources": sources(),
            "confidence": schema_ref("Confidence"),
        }),
    );
    json!({
        "OptionsOutput": output(&["options", "aftercare", "disclaimer"], json!({
            "options": list_of(output(
                &["id", "name", "what_happens", "how_long", "how_often_it_works", "questions"],
                json!({
                    "id": words(&["expectant", "medication", "surgery"], "Which way."),
                    "name": text("Its name, in words."),
                    "what_happens": list_of(schema_ref("Fact")),
                    "regimens": list_of(output(&["for_type", "when", "fact"], json!({
                        "for_type": words(&["missed", "incomplete"], "The type of miscarriage this medicine plan is for."),
                        "when": text("Which miscarriage, in words."),
                        "fact": schema_ref("Fact"),
                    }))),
                    "how_long": list_of(schema_ref("Fact")),
                    "how_often_it_works": list_of(schema_ref("Figure")),
                    "questions": list_of(json!({ "type": "string" })),
                }),
            )),
            "aftercare": list_of(schema_ref("Fact")),
            "disclaimer": text(DISCLAIMER),
        })),
        "Fact": fact,
    })
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
    use solace_clinical::dating::DatingInput;
    use solace_clinical::hcg::HcgInput;
    use solace_clinical::input::InvalidInput;
    use solace_clinical::risk::Situation;
    use solace_clinical::scan::ScanInput;
    use solace_clinical::triage::TriageInput;
    use solace_i18n::{I18n, Lang};
    use std::collections::BTreeSet;

    // --- A small JSON Schema checker: enough of 2020-12 for this document, strict on objects. ---

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

    fn type_ok(t: &str, v: &Value) -> bool {
        match t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "number" => v.is_number(),
            "integer" => v.is_u64() || v.is_i64() || v.as_f64().is_some_and(|x| x.fract() == 0.0),
            other => panic!("unknown type {other}"),
        }
    }

    /// Every way `value` breaks `schema`. Objects are checked strictly: a key the schema does not
    /// list is an error even without `additionalProperties: false`, so the document cannot lag
    /// behind a field added to an output.
    fn violations(doc: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let schema = resolve(doc, schema);
        let mut out = Vec::new();
        if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
            if branches
                .iter()
                .all(|b| !violations(doc, b, value, at).is_empty())
            {
                out.push(format!("{at}: matches no anyOf branch: {value}"));
            }
            return out;
        }
        match schema.get("type") {
            Some(Value::String(t)) if !type_ok(t, value) => {
                out.push(format!("{at}: expected {t}, got {value}"));
                return out;
            }
            Some(Value::Array(ts)) if !ts.iter().any(|t| type_ok(t.as_str().unwrap(), value)) => {
                out.push(format!("{at}: expected one of {ts:?}, got {value}"));
                return out;
            }
            _ => {}
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array)
            && !options.contains(value)
        {
            out.push(format!("{at}: {value} is not in the enum {options:?}"));
        }
        if let Some(x) = value.as_f64() {
            if schema
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| x < m)
            {
                out.push(format!("{at}: {x} is below the minimum"));
            }
            if schema
                .get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|m| x > m)
            {
                out.push(format!("{at}: {x} is above the maximum"));
            }
            if schema
                .get("exclusiveMinimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| x <= m)
            {
                out.push(format!("{at}: {x} is not above the exclusive minimum"));
            }
        }
        if let Some(items) = value.as_array() {
            let n = items.len() as u64;
            if schema
                .get("minItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| n < m)
            {
                out.push(format!("{at}: fewer than minItems"));
            }
            if schema
                .get("maxItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| n > m)
            {
                out.push(format!("{at}: more than maxItems"));
            }
            let prefix = schema.get("prefixItems").and_then(Value::as_array);
            for (i, item) in items.iter().enumerate() {
                let item_schema = prefix
                    .and_then(|p| p.get(i))
                    .or_else(|| schema.get("items"));
                if let Some(item_schema) = item_schema {
                    out.extend(violations(doc, item_schema, item, &format!("{at}[{i}]")));
                }
            }
        }
        if let Some(map) = value.as_object() {
            let properties = schema.get("properties").and_then(Value::as_object);
            for required in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if !map.contains_key(required.as_str().unwrap()) {
                    out.push(format!("{at}: required {required} is missing"));
                }
            }
            if let Some(properties) = properties {
                for (k, v) in map {
                    match properties.get(k) {
                        Some(p) => out.extend(violations(doc, p, v, &format!("{at}.{k}"))),
                        None => out.push(format!("{at}: {k} is not in the schema")),
                    }
                }
            }
        }
        out
    }

    fn assert_valid(doc: &Value, schema_name: &str, value: &Value) {
        let schema = schema_ref(schema_name);
        let problems = violations(doc, &schema, value, schema_name);
        assert!(problems.is_empty(), "{problems:#?}\nvalue: {value:#}");
    }

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    }

    /// Parses `full` (every field given) into the real type, serialises it back, and checks the
    /// schema lists exactly those fields: a field added to or renamed in the type fails here.
    fn same_fields<T: Serialize + DeserializeOwned>(schema: &Value, full: &Value) -> Value {
        let parsed: T = serde_json::from_value(full.clone()).expect("the full input parses");
        let value = serde_json::to_value(parsed).unwrap();
        let fields = keys(&value);
        assert_eq!(
            fields,
            keys(full),
            "the full example names every field once"
        );
        assert_eq!(
            fields,
            keys(&schema["properties"]),
            "schema properties vs type fields"
        );
        assert_eq!(
            schema["additionalProperties"], false,
            "inputs refuse unknown fields"
        );
        value
    }

    #[test]
    fn schema_lists_exactly_the_input_fields() {
        // A full input names every field; the schema must list the same set.
        let full = json!({
            "region": "uk", "situation": "pregnant", "location": "ectopic", "weeks": 1, "treatment": "none",
            "days_since_treatment": 1, "bleeding": "none", "pads_soaked_per_hour": 1, "heavy_hours": 1,
            "bleeding_days": 1, "clots": "none", "pain": 1, "pain_one_sided": true, "shoulder_tip_pain": true,
            "pain_worse_or_constant": true, "temperature_c": 37, "temperature_f": 98.6, "feels_feverish": true,
            "dizzy_or_faint": true, "fainted": true, "racing_heart": true, "pale_clammy": true,
            "foul_discharge": true, "bowel_or_rectal_pain": true, "positive_test_weeks_after": 1,
            "no_period_weeks": 1, "low_mood_weeks": 1, "ectopic_risk_factors": true, "thoughts_of_harm": true,
            "confused_or_drowsy": true, "breathless": true, "mottled_or_blue_skin": true,
            "no_urine_18h": true, "vomiting": true
        });
        same_fields::<TriageInput>(&triage_input_schema(), &full);
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

    #[test]
    fn each_input_schema_lists_exactly_the_types_fields() {
        let doc = document();
        let hcg = same_fields::<HcgInput>(&hcg_input_schema(), &full_hcg());
        let value_schema = hcg_value_schema();
        for v in hcg["values"].as_array().unwrap() {
            assert!(
                keys(v)
                    .iter()
                    .all(|k| value_schema["properties"].get(k).is_some())
            );
        }
        // Every field of one value, parsed into the real type through the whole input.
        assert_eq!(keys(&hcg["values"][0]), keys(&value_schema["properties"]));
        assert_eq!(value_schema["additionalProperties"], false);

        let scan = same_fields::<ScanInput>(&scan_input_schema(), &full_scan());
        assert_eq!(
            keys(&scan["previous_scan"]),
            keys(&previous_scan_schema()["properties"])
        );
        assert_eq!(previous_scan_schema()["additionalProperties"], false);

        same_fields::<DatingInput>(&dating_input_schema(), &full_dating());
        same_fields::<Situation>(&risk_input_schema(), &full_risk());

        // And the full examples are valid against the document (types, enums, bounds).
        for (name, full) in [
            ("HcgInput", full_hcg()),
            ("ScanInput", full_scan()),
            ("DatingInput", full_dating()),
            ("RiskInput", full_risk()),
        ] {
            assert_valid(&doc, name, &full);
        }
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
        *target = json!(x);
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
        violations(doc, schema, &Value::Null, "").is_empty()
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
        let triage_full = json!({
            "region": "uk", "situation": "pregnant", "location": "ectopic", "weeks": 1, "treatment": "none",
            "days_since_treatment": 1, "bleeding": "none", "pads_soaked_per_hour": 1, "heavy_hours": 1,
            "bleeding_days": 1, "clots": "none", "pain": 1, "pain_one_sided": true, "shoulder_tip_pain": true,
            "pain_worse_or_constant": true, "temperature_c": 37, "temperature_f": 98.6, "feels_feverish": true,
            "dizzy_or_faint": true, "fainted": true, "racing_heart": true, "pale_clammy": true,
            "foul_discharge": true, "bowel_or_rectal_pain": true, "positive_test_weeks_after": 1,
            "no_period_weeks": 1, "low_mood_weeks": 1, "ectopic_risk_factors": true, "thoughts_of_harm": true,
            "confused_or_drowsy": true, "breathless": true, "mottled_or_blue_skin": true,
            "no_urine_18h": true, "vomiting": true
        });
        let inputs: [(&str, Value, Reader, &str); 7] = [
            ("TriageInput", triage_full, understood::<TriageInput>, ""),
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
        let broken = |change: &dyn Fn(&mut Value)| {
            let mut v = good.clone();
            change(&mut v);
            violations(&doc, &schema_ref("HcgOutput"), &v, "HcgOutput")
        };
        assert!(
            !broken(&|v| v["new_field"] = json!(1)).is_empty(),
            "an unlisted field"
        );
        assert!(
            !broken(&|v| v["readings"][0]["id"] = json!("made-up")).is_empty(),
            "an unknown id"
        );
        assert!(
            !broken(&|v| v["pairs"][0]["hours"] = json!("48")).is_empty(),
            "a wrong type"
        );
        assert!(
            !broken(&|v| v["projection"]["below_5_on"] = json!(5)).is_empty(),
            "null-or-object"
        );
        assert!(
            !broken(&|v| {
                v.as_object_mut().unwrap().remove("pairs");
            })
            .is_empty(),
            "required"
        );
        let input = json!({ "context": "after_loss", "values": [{ "at": "x", "iu_per_l": 0 }] });
        assert!(
            violations(&doc, &schema_ref("HcgInput"), &input, "HcgInput").len() >= 2,
            "exclusiveMinimum and minItems"
        );
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
