//! Criterion benches of the clinical hot paths: triage of the shared examples, an hCG reading,
//! and a year of diary entries through the timeline and the recovery checks (what every
//! `/diary` and `/diary/recovery` view computes).
//!
//! Run: `cargo bench -p solace-bench --bench clinical`. Figures go into BENCHMARKS.md.
//!
//! Search (issue 5) has its own file, `benches/search.rs`.

use chrono::{DateTime, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::Value;
use solace_clinical::Region;
use solace_clinical::diary::{Entry, EntryInput, RecoveryOptions, recovery, timeline};
use solace_clinical::hcg::{HcgInput, interpret};
use solace_clinical::triage::{TriageInput, triage};
use std::hint::black_box;

/// The shared triage examples (the same file `shared_examples_hold` checks).
const TRIAGE_EXAMPLES: &str = include_str!("../../crates/clinical/tests/data/triage.jsonl");

fn triage_examples() -> Vec<TriageInput> {
    TRIAGE_EXAMPLES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("an example line is JSON");
            serde_json::from_value(v["input"].clone()).expect("an example input reads")
        })
        .collect()
}

fn bench_triage(c: &mut Criterion) {
    let inputs = triage_examples();
    assert!(inputs.len() >= 8, "the shared examples are there");
    let jsons: Vec<String> = inputs
        .iter()
        .map(|i| serde_json::to_string(i).expect("serialises"))
        .collect();
    let mut g = c.benchmark_group("triage");
    g.bench_function("examples_all", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(triage(black_box(input), Region::Uk).expect("valid"));
            }
        });
    });
    // What `POST /api/v1/triage` and `solace triage` do: read the JSON, then run the rules.
    g.bench_function("examples_all_from_json", |b| {
        b.iter(|| {
            for json in &jsons {
                let input: TriageInput = serde_json::from_str(black_box(json)).expect("reads");
                black_box(triage(&input, Region::Uk).expect("valid"));
            }
        });
    });
    g.finish();
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap()
}

fn hcg_input(values: &[(&str, f64)]) -> HcgInput {
    let values: Vec<Value> = values
        .iter()
        .map(|(at, iu)| serde_json::json!({"at": at, "iu_per_l": iu}))
        .collect();
    serde_json::from_value(serde_json::json!({"context": "unknown_location", "values": values}))
        .expect("an hCG input")
}

fn bench_hcg(c: &mut Criterion) {
    // The README's pair (a 70 % rise in 48 hours) and a six-result series after a loss.
    let pair = hcg_input(&[
        ("2026-11-01T09:00:00Z", 1000.0),
        ("2026-11-03T09:00:00Z", 1700.0),
    ]);
    let series: HcgInput = serde_json::from_value(serde_json::json!({
        "context": "after_loss",
        "values": [
            {"at": "2026-10-20T09:00:00+01:00", "iu_per_l": 4200},
            {"at": "2026-10-22T09:00:00+01:00", "iu_per_l": 2600},
            {"at": "2026-10-27T09:00:00Z", "iu_per_l": 900},
            {"at": "2026-11-03T09:00:00Z", "iu_per_l": 210},
            {"at": "2026-11-10T09:00:00Z", "iu_per_l": 48},
            {"at": "2026-11-17T09:00:00Z", "iu_per_l": 9}
        ]
    }))
    .expect("an hCG input");
    let mut g = c.benchmark_group("hcg");
    g.bench_function("pair_48h", |b| {
        b.iter(|| black_box(interpret(black_box(&pair), now(), Region::Uk).expect("valid")));
    });
    g.bench_function("series_6_after_loss", |b| {
        b.iter(|| black_box(interpret(black_box(&series), now(), Region::Uk).expect("valid")));
    });
    g.finish();
}

fn bench_diary_year(c: &mut Criterion) {
    let end = now();
    let inputs = solace_bench::year_of_entries(end);
    let entries: Vec<Entry> = inputs
        .iter()
        .map(|v| {
            let input: EntryInput = serde_json::from_value(v.clone()).expect("an entry input");
            input.validate(end).expect("a valid entry")
        })
        .collect();
    // As stored (opened from the vault): the JSON the timeline page turns back into entries.
    let stored: Vec<Value> = entries
        .iter()
        .map(|e| serde_json::to_value(e).expect("serialises"))
        .collect();
    let options = RecoveryOptions {
        region: Region::Uk,
        records_periods: true,
    };
    let mut g = c.benchmark_group(format!("diary_year_{}_entries", entries.len()));
    g.bench_function("timeline", |b| {
        b.iter(|| black_box(timeline(black_box(&entries))));
    });
    g.bench_function("recovery", |b| {
        b.iter(|| black_box(recovery(black_box(&entries), end, options)));
    });
    // Everything the timeline view computes from opened records: read each entry's JSON, order
    // them, the timeline, and the recovery checks behind the help banner.
    g.bench_function("from_json_timeline_and_recovery", |b| {
        b.iter(|| {
            let mut es: Vec<Entry> = stored
                .iter()
                .map(|v| serde_json::from_value(v.clone()).expect("reads"))
                .collect();
            es.sort_by_key(Entry::instant);
            black_box(timeline(&es));
            black_box(recovery(&es, end, options));
        });
    });
    g.finish();
}

criterion_group!(benches, bench_triage, bench_hcg, bench_diary_year);
criterion_main!(benches);
