//! Reads a JSON object into a contract type, turning serde's errors into field-named ones that a
//! person can act on ("pain: expected a number"). Used by the API and the CLI alike.

use serde::de::DeserializeOwned;
use solace_clinical::input::{FieldError, InvalidInput, Problem};

/// serde's words for types, and the words people use.
const PLAIN: &[(&str, &str)] = &[
    ("expected f64", "expected a number"),
    ("expected u32", "expected a whole number"),
    ("expected u8", "expected a whole number"),
    ("expected a boolean", "expected true or false"),
    ("expected a string", "expected text"),
    ("expected struct TriageInput", "expected a JSON object"),
    ("expected a map", "expected a JSON object"),
];

fn plain(message: &str) -> String {
    // serde_json appends " at line 1 column 9"; the field name says more.
    let mut m = match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    };
    for (from, to) in PLAIN {
        m = m.replace(from, to);
    }
    // "expected struct HcgValueInput" names a Rust type; people need "a JSON object".
    while let Some(i) = m.find("expected struct ") {
        let rest = &m[i + "expected struct ".len()..];
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        m = format!("{}expected a JSON object{}", &m[..i], &rest[end..]);
    }
    m
}

/// Parses `bytes` as one JSON object of type `T`. Unknown fields, wrong types and unknown words
/// are errors that name the field; text that is not JSON names `body`.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, InvalidInput> {
    // serde's derived structs also accept a JSON array, filling fields by position: `[true]` would
    // quietly become `{"region": true}`. Only an object is ever meant.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(InvalidInput {
            errors: vec![FieldError::new(
                "body",
                Problem::Malformed {
                    detail: "expected one JSON object, starting with {".to_owned(),
                },
            )],
        });
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = result.map_err(|e| {
        // An unknown empty key (`{"": 1}`) ends the path with an empty segment: "" at the top,
        // "values[0]." inside a list. Name the object that holds it instead (found by fuzzing).
        let path = e.path().to_string();
        let path = path.strip_suffix('.').unwrap_or(&path).to_owned();
        let inner = e.into_inner();
        let field = if inner.is_syntax() || inner.is_eof() || path.is_empty() {
            "body".to_owned()
        } else {
            path
        };
        let detail = if inner.is_syntax() || inner.is_eof() {
            format!("expected one JSON object ({})", plain(&inner.to_string()))
        } else {
            plain(&inner.to_string())
        };
        InvalidInput {
            errors: vec![FieldError::new(field, Problem::Malformed { detail })],
        }
    })?;
    // Trailing text after the object is an error too: "{}{}" is not one object.
    de.end().map_err(|e| InvalidInput {
        errors: vec![FieldError::new(
            "body",
            Problem::Malformed {
                detail: format!("expected one JSON object ({})", plain(&e.to_string())),
            },
        )],
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use solace_clinical::triage::TriageInput;

    fn err(json: &str) -> FieldError {
        parse::<TriageInput>(json.as_bytes())
            .unwrap_err()
            .errors
            .remove(0)
    }

    #[test]
    fn wrong_type_names_the_field_in_plain_words() {
        let e = err(r#"{"pain": "a lot"}"#);
        assert_eq!(e.field, "pain");
        assert!(e.expected.contains("expected a number"), "{}", e.expected);
    }

    #[test]
    fn unknown_word_lists_the_words_expected() {
        let e = err(r#"{"clots": "huge"}"#);
        assert_eq!(e.field, "clots");
        assert!(e.expected.contains("`large`"), "{}", e.expected);
    }

    #[test]
    fn unknown_field_is_named() {
        let e = err(r#"{"fainted": true, "nauseous": true}"#);
        assert!(e.expected.contains("nauseous"), "{}", e.expected);
    }

    #[test]
    fn rust_type_names_never_reach_people() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            values: Vec<HcgValueInput>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct HcgValueInput {
            at: String,
        }
        let e = parse::<Outer>(br#"{"values": [1]}"#)
            .unwrap_err()
            .errors
            .remove(0);
        assert!(!e.expected.contains("struct"), "{}", e.expected);
        assert!(
            e.expected.contains("expected a JSON object"),
            "{}",
            e.expected
        );
    }

    /// Found by the `hcg` fuzz target: `{""…` gave an error whose field was the empty string.
    #[test]
    fn an_unknown_empty_key_names_the_object_that_holds_it() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Outer {
            values: Option<Vec<Inner>>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Inner {
            at: Option<String>,
        }
        for (json, field) in [
            (r#"{"": 1}"#, "body"),
            // The fuzzer's own input, cut short after the key; \u{22} is a double quote.
            ("{\u{22}\u{22}ectopic_methotrexate\u{22}knnte", "body"),
            (r#"{"values": [{"": 1}]}"#, "values[0]"),
        ] {
            let e = parse::<Outer>(json.as_bytes())
                .unwrap_err()
                .errors
                .remove(0);
            assert_eq!(e.field, field, "{json}: {e:?}");
            assert!(e.expected.contains("unknown field"), "{json}: {e:?}");
        }
        let e = err(r#"{"": true}"#);
        assert_eq!(e.field, "body");
    }

    #[test]
    fn not_json_names_the_body() {
        for bad in ["fainted", "", "{\"fainted\": tru", "[1,2]", "{} {}"] {
            let e = err(bad);
            assert_eq!(e.field, "body", "{bad:?}: {e:?}");
        }
    }
}
