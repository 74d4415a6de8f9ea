//! `solace triage`: the same engine and the same JSON as `POST /api/v1/triage`.

use solace_clinical::Region;
use solace_clinical::input::InvalidInput;
use solace_clinical::triage::{RULES, TriageInput, triage};
use solace_web::i18n::{I18n, Lang};
use solace_web::{json_input, triage_view};
use std::io::Read;
use std::process::ExitCode;

/// Prints an input error: the fields on stderr, and with `--json` the API's error object on stdout.
pub fn input_error(e: &InvalidInput, json: bool) -> ExitCode {
    for f in &e.errors {
        eprintln!("solace: {}: {}", f.field, f.expected);
    }
    if json {
        let body = serde_json::json!({ "error": "invalid_input", "message": e.to_string(), "errors": e.errors });
        println!("{body}");
    }
    ExitCode::from(2)
}

fn internal(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("solace: internal error: {e}");
    ExitCode::from(1)
}

pub fn run(json: bool, default_region: Region) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin()
        .take(solace_web::BODY_LIMIT as u64 + 1)
        .read_to_end(&mut bytes)
    {
        return internal(format!("could not read standard input: {e}"));
    }
    if bytes.len() > solace_web::BODY_LIMIT {
        let e = InvalidInput {
            errors: vec![solace_clinical::input::FieldError::new(
                "body",
                solace_clinical::input::Problem::Invalid {
                    expected: "expected at most 64 KiB of JSON",
                },
            )],
        };
        return input_error(&e, json);
    }
    let input: TriageInput = match json_input::parse(&bytes) {
        Ok(i) => i,
        Err(e) => return input_error(&e, json),
    };
    let outcome = match triage(&input, default_region) {
        Ok(o) => o,
        Err(e) => return input_error(&e, json),
    };
    let i18n = match I18n::load() {
        Ok(i) => i,
        Err(e) => return internal(e),
    };
    let tr = i18n.tr(Lang::default_for(outcome.region), outcome.region);
    let view = triage_view::render(&outcome, &tr);
    if json {
        match serde_json::to_string_pretty(&view) {
            Ok(s) => println!("{s}"),
            Err(e) => return internal(e),
        }
    } else {
        println!(
            "{} ({})",
            view.headline,
            tr.t(&format!("urgency-{}", view.urgency))
        );
        println!();
        for a in &view.actions {
            println!("  - {a}");
        }
        println!();
        for r in &view.reasons {
            println!("  [{}] {} ({})", r.rule, r.because, r.sources.join(", "));
        }
        println!();
        println!("{}", tr.t("safety-intro"));
        for s in &view.safety_net {
            println!("  - {s}");
        }
        println!();
        println!("Emergency number: {}", view.emergency_number);
        println!("{}", view.disclaimer);
    }
    ExitCode::SUCCESS
}

pub fn list_rules(json: bool) -> ExitCode {
    if json {
        let rules: Vec<_> = RULES
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "level": r.level.id(),
                    "sources": r.sources.iter().map(|s| s.id()).collect::<Vec<_>>(),
                    "fires_when": r.fires_when,
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(rules));
    } else {
        println!(
            "{} triage rules (CLINICAL.md §1). The result is the highest level among the rules that fire.\n",
            RULES.len()
        );
        for r in RULES {
            let sources: Vec<_> = r.sources.iter().map(|s| s.id()).collect();
            println!("{:<36} {:<10} {}", r.id, r.level.id(), sources.join(", "));
            println!("    fires when: {}", r.fires_when);
        }
    }
    ExitCode::SUCCESS
}
