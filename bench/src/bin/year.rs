//! Prints a year of diary entries, one JSON object a line, ending now. `bench/common.sh` pipes
//! each line to `solace diary add --json`.
//!
//! `solace-bench-year`: [`solace_bench::year_of_bleeding_and_pain`] (730 entries, issue 16's
//! year). `solace-bench-year --mixed`: [`solace_bench::year_of_entries`] (about 490 entries of
//! every kind, the criterion benches' year).

use std::io::Write;

fn main() {
    let now = chrono::Utc::now();
    let entries = if std::env::args().any(|a| a == "--mixed") {
        solace_bench::year_of_entries(now)
    } else {
        solace_bench::year_of_bleeding_and_pain(now)
    };
    let mut out = std::io::stdout().lock();
    for entry in entries {
        if writeln!(out, "{entry}").is_err() {
            std::process::exit(1);
        }
    }
}
