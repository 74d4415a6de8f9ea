//! `solace dating | risk | options --lang es`: the same answer (JSON keys, ids, numbers) with
//! Spanish words; the default stays the region's language; a refused input keeps its English
//! field name with Spanish words.

use crate::cli::solace;
use serde_json::{Value, json};
use std::process::Output;

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {} / {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The numbers of a text, sorted.
fn numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|s| s.trim_matches(|c| c == '.' || c == ','))
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

#[test]
fn dating_in_spanish_keeps_the_numbers_and_the_keys() {
    let input = json!({ "crl_mm": 7, "scan_date": "2026-11-10" }).to_string();
    let args = ["dating", "--today", "2026-11-20", "--json"];
    let en = json_of(&solace(&args, input.as_bytes()));
    let es = json_of(&solace(
        &[&args[..], &["--lang", "es"]].concat(),
        input.as_bytes(),
    ));
    for key in [
        "method",
        "gestational_age_days",
        "weeks",
        "days",
        "due_date",
    ] {
        assert_eq!(en[key], es[key], "{key}");
    }
    let (a, b) = (en["text"].as_str().unwrap(), es["text"].as_str().unwrap());
    assert!(a.starts_with("At the time of the scan"), "{a}");
    assert!(b.starts_with("En el momento de la ecografía"), "{b}");
    assert_eq!(numbers(a), numbers(b), "{a}\n{b}");
    // The default is the region's language: English, exactly as before.
    let plain = solace(&["dating", "--today", "2026-11-20"], input.as_bytes());
    let plain = String::from_utf8_lossy(&plain.stdout);
    assert!(plain.contains("Gestational age: 6 weeks 3 days (45 days), give or take 4.7 days"));
    let plain_es = solace(
        &["dating", "--today", "2026-11-20", "--lang", "es"],
        input.as_bytes(),
    );
    let plain_es = String::from_utf8_lossy(&plain_es.stdout);
    assert!(
        plain_es.contains("Tiempo de embarazo: 6 semanas 3 días (45 días)"),
        "{plain_es}"
    );
    assert!(plain_es.contains("Fecha probable de parto:"), "{plain_es}");
    assert!(!plain_es.contains("Due date"), "{plain_es}");
}

#[test]
fn risk_and_options_in_spanish() {
    let input = json!({ "age": 27, "previous_losses": 0 }).to_string();
    let en = json_of(&solace(&["risk", "--json"], input.as_bytes()));
    let es = json_of(&solace(
        &["risk", "--json", "--lang", "es"],
        input.as_bytes(),
    ));
    assert_eq!(
        en["figures"].as_array().unwrap().len(),
        es["figures"].as_array().unwrap().len()
    );
    for (a, b) in en["figures"]
        .as_array()
        .unwrap()
        .iter()
        .zip(es["figures"].as_array().unwrap())
    {
        assert_eq!(a["id"], b["id"]);
        let (x, y) = (a["text"].as_str().unwrap(), b["text"].as_str().unwrap());
        assert_ne!(x, y);
        assert_eq!(numbers(x), numbers(y), "{x}\n{y}");
    }
    assert!(
        es["unused"][0]["text"]
            .as_str()
            .unwrap()
            .contains("no se aplican")
    );
    let text = solace(&["risk", "--lang", "es"], input.as_bytes());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Cifras:") && text.contains("de cada 100"),
        "{text}"
    );

    let es = json_of(&solace(&["options", "--json", "--lang", "es"], b""));
    assert_eq!(es["options"][1]["id"], "medication");
    assert!(
        es["options"][1]["questions"][0]
            .as_str()
            .unwrap()
            .starts_with('¿')
    );
    let text = solace(&["options", "--lang", "es"], b"");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Preguntas que puede hacer:"), "{text}");
    assert!(!text.contains("Questions to ask"), "{text}");
}

#[test]
fn a_refused_input_in_spanish_names_the_english_field() {
    let out = solace(&["dating", "--json", "--lang", "es"], br#"{"crl_mm":200}"#);
    assert_eq!(out.status.code(), Some(2));
    let v = json_of(&out);
    assert_eq!(v["errors"][0]["field"], "crl_mm");
    assert_eq!(
        v["errors"][0]["expected"],
        "se esperaba un número de 0.5 a 90 mm"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("crl_mm: se esperaba un número de 0.5 a 90 mm"),
        "{stderr}"
    );
    // An unknown language is refused by the flag itself.
    let out = solace(&["risk", "--lang", "fr"], b"{}");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("en-GB"));
}
