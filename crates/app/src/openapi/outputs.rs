//! The answers' schemas. Objects may gain fields (DESIGN.md); a test checks real answers against
//! these.

#[allow(clippy::wildcard_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Outputs. Objects may gain fields (DESIGN.md); a test checks real answers against these.
// ---------------------------------------------------------------------------------------------

pub(super) const DISCLAIMER: &str =
    "Solace does not diagnose: what guidelines advise and whom to contact.";
pub(super) const REGION: &str =
    "The region used: it decides which guideline comes first and how dates are written.";

/// The region words, from the type the inputs read them into.
pub(super) fn region_words() -> Value {
    let mut schema = derived::<solace_clinical::Region>();
    schema["description"] = json!(REGION);
    schema
}

pub(super) fn hcg_schemas() -> Value {
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

pub(super) fn scan_schemas() -> Value {
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

pub(super) fn dating_schemas() -> Value {
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

pub(super) fn risk_schemas() -> Value {
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

pub(super) fn options_schemas() -> Value {
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
