//! The input schemas taken from the types (schemars), reduced to the document's form, with the
//! document's words and bounds laid over them; any drift between the two is found here.

#[allow(clippy::wildcard_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Input schemas from the types.
// ---------------------------------------------------------------------------------------------

/// The component each input struct nested in another is published as.
pub(super) const COMPONENT_OF: [(&str, &str); 2] = [
    ("HcgValueInput", "HcgValue"),
    ("PreviousScanInput", "PreviousScan"),
];

/// The type's own JSON Schema, reduced to what it says about values: `type`, `enum`, `items`,
/// `properties`, `required`, `additionalProperties`, with enums inlined, nested structs as `$ref`s
/// to their components, and `null` kept. Its doc comments (written for programmers), `title`,
/// `format: double` and `default` are dropped.
pub(super) fn derived<T: JsonSchema>() -> Value {
    let root = schemars::schema_for!(T).to_value();
    let defs = root.get("$defs").cloned().unwrap_or_default();
    reduce(&root, &defs)
}

pub(super) fn reduce(schema: &Value, defs: &Value) -> Value {
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        let def = &defs[name];
        if def.get("properties").is_some() {
            let component = COMPONENT_OF
                .iter()
                .find(|(t, _)| *t == name)
                .map_or(name, |(_, c)| c);
            return schema_ref(component);
        }
        return reduce(def, defs);
    }
    // A unit enum whose variants have doc comments: one `const` per variant.
    if let Some(variants) = schema.get("oneOf").and_then(Value::as_array)
        && variants.iter().all(|v| v.get("const").is_some())
    {
        let words: Vec<Value> = variants.iter().map(|v| v["const"].clone()).collect();
        return json!({ "type": "string", "enum": words });
    }
    let mut out = Map::new();
    for (key, value) in schema.as_object().into_iter().flatten() {
        let value = match key.as_str() {
            "type" | "enum" | "required" | "additionalProperties" => value.clone(),
            "items" => reduce(value, defs),
            "anyOf" => Value::Array(
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|b| reduce(b, defs))
                    .collect(),
            ),
            "properties" => Value::Object(
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.clone(), reduce(v, defs)))
                    .collect(),
            ),
            _ => continue,
        };
        out.insert(key.clone(), value);
    }
    Value::Object(out)
}

/// `schema` without the `null` it allows, and whether it allowed one.
pub(super) fn without_null(schema: &Value) -> (Value, bool) {
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        let rest: Vec<&Value> = branches.iter().filter(|b| b["type"] != "null").collect();
        if let [only] = rest[..] {
            return (only.clone(), rest.len() < branches.len());
        }
    }
    let mut schema = schema.clone();
    let mut nullable = false;
    if let Some(types) = schema.get("type").and_then(Value::as_array) {
        let rest: Vec<&Value> = types.iter().filter(|t| *t != "null").collect();
        nullable = rest.len() < types.len();
        schema["type"] = match rest[..] {
            [one] => one.clone(),
            _ => Value::Array(rest.into_iter().cloned().collect()),
        };
    }
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        values.retain(|v| !v.is_null());
    }
    (schema, nullable)
}

/// Whether `key` may narrow a schema of type `t` (a bound on a number, a count on a list, a
/// format on a string, or words for anyone).
pub(super) fn narrows(key: &str, t: &Value) -> bool {
    match key {
        "description" => true,
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
            t == "number" || t == "integer"
        }
        "minItems" | "maxItems" => t == "array",
        "format" => t == "string",
        _ => false,
    }
}

/// The input schema of `T`: its own (see [`derived`]) with `described` laid over each property,
/// `description` on the object, and `required` added to the type's own required fields. Each
/// required field refuses `null`; every other field allows it where the type reads `null` as
/// "not given" (an `Option`). Returns the schema and every disagreement with the type.
pub(super) fn from_type<T: JsonSchema>(
    description: &str,
    required: &[&str],
    described: &Value,
) -> (Value, Vec<String>) {
    let own = derived::<T>();
    let name = T::schema_name();
    let mut drift = Vec::new();
    if own["additionalProperties"] != false {
        drift.push(format!(
            "{name} accepts unknown fields: an input type must refuse them (serde deny_unknown_fields)"
        ));
    }
    let empty = Map::new();
    let described = described.as_object().unwrap_or(&empty);
    let fields = own["properties"].as_object().unwrap_or(&empty);
    let mut all_required: Vec<String> = own["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    for r in required {
        if !fields.contains_key(*r) {
            drift.push(format!(
                "{name}.{r} is required here but is not a field of the type"
            ));
        } else if !all_required.iter().any(|x| x == r) {
            all_required.push((*r).to_owned());
        }
    }
    for field in described.keys() {
        if !fields.contains_key(field) {
            drift.push(format!(
                "{name}.{field} is described in the OpenAPI document but is not a field of the type"
            ));
        }
    }
    let mut properties = Map::new();
    for (field, field_schema) in fields {
        let (mut schema, nullable) = without_null(field_schema);
        match described.get(field).and_then(Value::as_object) {
            None => drift.push(format!(
                "{name}.{field} is a field of the type that the OpenAPI document does not describe"
            )),
            Some(words) => {
                for (key, value) in words {
                    let own_value = &schema[key.as_str()];
                    let narrower_type =
                        key == "type" && value == "integer" && *own_value == "number";
                    if (own_value.is_null() && narrows(key, &schema["type"])) || narrower_type {
                        schema[key.as_str()] = value.clone();
                    } else if own_value != value {
                        drift.push(format!(
                            "{name}.{field}: the document says {key} = {value}, the type {own_value}"
                        ));
                    }
                }
            }
        }
        let optional = !all_required.contains(field);
        properties.insert(
            field.clone(),
            if nullable && optional {
                or_null(schema)
            } else {
                schema
            },
        );
    }
    let mut schema = json!({
        "type": "object",
        "description": description,
        "properties": properties,
    });
    if let Some(unknown_fields) = own.get("additionalProperties") {
        schema["additionalProperties"] = unknown_fields.clone();
    }
    if !all_required.is_empty() {
        schema["required"] = json!(all_required);
    }
    (schema, drift)
}

/// [`from_type`], refusing drift in debug builds (so in every test that builds the document).
pub(super) fn input<T: JsonSchema>(
    description: &str,
    required: &[&str],
    described: &Value,
) -> Value {
    let (schema, drift) = from_type::<T>(description, required, described);
    debug_assert!(
        drift.is_empty(),
        "the OpenAPI document and the input type disagree (crates/app/src/openapi.rs):\n{}",
        drift.join("\n")
    );
    schema
}
