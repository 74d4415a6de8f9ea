//! Prints the year of diary entries from [`solace_bench::year_of_entries`], one JSON object a
//! line, ending now. `bench/http.sh` pipes each line to `solace diary add --json`.

use std::io::Write;

fn main() {
    let mut out = std::io::stdout().lock();
    for entry in solace_bench::year_of_entries(chrono::Utc::now()) {
        if writeln!(out, "{entry}").is_err() {
            std::process::exit(1);
        }
    }
}
