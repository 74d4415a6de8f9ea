//! `solace triage`: the same engine and the same JSON as `POST /api/v1/triage`.

use solace_app::{json_input, triage_view};
use solace_clinical::Region;
use solace_clinical::triage::{RULES, TriageInput, triage};
use solace_i18n::{I18n, Lang};
use std::process::ExitCode;

use crate::io::{self, input_error, internal};

/// `lang`: `--lang`, else the region's English (as before the flag).
pub fn run(json: bool, default_region: Region, lang: Option<Lang>) -> ExitCode {
    let bytes = match io::read_stdin(json) {
        Ok(b) => b,
        Err(code) => return code,
    };
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
    let tr = i18n.tr(io::lang_or_region(lang, outcome.region), outcome.region);
    let view = triage_view::render(&outcome, &tr);
    if json {
        return io::print_json(serde_json::to_string_pretty(&view));
    }
    println!(
        "{} ({})",
        view.headline,
        tr.t(&format!("urgency-{}", view.urgency))
    );
    println!("{}: {}", tr.t("when-heading"), view.when);
    for ask in &view.ask {
        println!("{}", ask.question);
    }
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
    for c in &view.calls {
        println!("{}: {}", c.label, c.number);
    }
    println!("{}", view.disclaimer);
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
