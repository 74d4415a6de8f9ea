//! CSV: one row per entry, in time order. The columns are the diary's own JSON field names
//! (DESIGN.md "Diary entries"), so a row reads back as exactly the entry it came from. Two more
//! columns at the end, [`DERIVED_COLUMNS`], say how heavy a bleeding entry is by the symptom
//! check's own rules (`solace_clinical::diary::severity`): never a lower word than triage would
//! give. They are worked out, not recorded, so [`read`] skips them.
//!
//! Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//! return could run as a formula when the file is opened in a spreadsheet. Such a cell is written
//! with a leading apostrophe (`'`), and so is a cell that already starts with one; [`read`] takes
//! exactly one leading apostrophe off again, so the round trip stays exact.

use serde_json::{Map, Value};
use solace_clinical::diary::severity::severities;
use solace_clinical::diary::{Entry, EntryInput};

use crate::ExportError;

/// The columns, in order. `at` is RFC 3339 with the person's own offset; numbers are plain
/// decimals (°C, °F, IU/L, pads per hour, scores); words are the JSON contract's words.
pub const COLUMNS: [&str; 26] = [
    "at",
    "kind",
    "text",
    "pads_soaked_per_hour",
    "pad_fullness",
    "clots",
    "colour",
    "amount",
    "score",
    "where",
    "celsius",
    "fahrenheit",
    "iu_per_l",
    "result",
    "name",
    "dose",
    "words",
    "event",
    "management",
    "medicine",
    "showed",
    "photo_id",
    "taken_at",
    "questionnaire",
    "answers",
    "note",
];

/// Columns worked out from the entries (after [`COLUMNS`]): the bleeding word by the triage rules,
/// and the rule with its level (`heavy-bleeding (urgent)`). Empty for other entries.
pub const DERIVED_COLUMNS: [&str; 2] = ["bleeding_severity", "severity_rule"];

/// Columns whose cells are numbers.
const NUMBER_COLUMNS: [&str; 5] = [
    "pads_soaked_per_hour",
    "score",
    "celsius",
    "fahrenheit",
    "iu_per_l",
];

/// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written: an apostrophe in front of anything a spreadsheet could run, and in front
/// of a leading apostrophe (so that reading back is exact).
pub fn guard(cell: &str) -> String {
    if cell.starts_with(FORMULA_START) || cell.starts_with('\'') {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The reverse of [`guard`].
pub fn unguard(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        // Rust prints the shortest text that reads back as the same f64.
        format!("{v}")
    }
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.as_f64().map_or_else(|| n.to_string(), number_text),
        Some(Value::Bool(b)) => b.to_string(),
        Some(other) => other.to_string(),
    }
}

/// Writes `entries` (already in the order wanted) as CSV with a header row.
pub fn write(entries: &[Entry]) -> Result<Vec<u8>, ExportError> {
    write_in(entries, entries)
}

/// Writes `shown` (already in the order wanted), grading bleeding against the whole diary `all`
/// (so a run of heavy bleeding that started before the range keeps its known length).
pub fn write_in(shown: &[Entry], all: &[Entry]) -> Result<Vec<u8>, ExportError> {
    let graded = severities(all);
    let severity_of = |e: &Entry| {
        graded
            .iter()
            .find(|(i, _)| all.get(*i) == Some(e))
            .map(|(_, s)| *s)
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(COLUMNS.iter().chain(DERIVED_COLUMNS.iter()))
        .map_err(|e| ExportError::Write(e.to_string()))?;
    for e in shown {
        let input = EntryInput::from(e);
        let v = serde_json::to_value(&input).map_err(|e| ExportError::Write(e.to_string()))?;
        let mut row: Vec<String> = COLUMNS.iter().map(|c| guard(&cell(v.get(*c)))).collect();
        let severity = severity_of(e);
        row.push(
            severity
                .and_then(|s| serde_json::to_value(s.level).ok())
                .map(|v| cell(Some(&v)))
                .unwrap_or_default(),
        );
        row.push(
            severity
                .and_then(|s| s.rule.map(|r| format!("{r} ({})", s.urgency.id())))
                .unwrap_or_default(),
        );
        w.write_record(&row)
            .map_err(|e| ExportError::Write(e.to_string()))?;
    }
    w.into_inner()
        .map_err(|e| ExportError::Write(e.to_string()))
}

/// Why a CSV file did not read back: the row (1 = the first entry) and the column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("row {row}, column {column}: {problem}")]
pub struct ReadError {
    pub row: usize,
    pub column: String,
    pub problem: String,
}

/// Reads a file written by [`write`] back into entries (each checked as a stored entry).
pub fn read(bytes: &[u8]) -> Result<Vec<Entry>, ReadError> {
    let mut r = csv::ReaderBuilder::new().from_reader(bytes);
    let headers = r
        .headers()
        .map_err(|e| ReadError {
            row: 0,
            column: "header".to_owned(),
            problem: e.to_string(),
        })?
        .clone();
    let mut out = Vec::new();
    for (i, record) in r.records().enumerate() {
        let row = i + 1;
        let record = record.map_err(|e| ReadError {
            row,
            column: String::new(),
            problem: e.to_string(),
        })?;
        let mut obj = Map::new();
        for (name, raw) in headers.iter().zip(record.iter()) {
            let text = unguard(raw);
            if text.is_empty() || DERIVED_COLUMNS.contains(&name) {
                continue;
            }
            let value = if NUMBER_COLUMNS.contains(&name) {
                let n: f64 = text.parse().map_err(|_| ReadError {
                    row,
                    column: name.to_owned(),
                    problem: "expected a number".to_owned(),
                })?;
                serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .ok_or_else(|| ReadError {
                        row,
                        column: name.to_owned(),
                        problem: "expected a finite number".to_owned(),
                    })?
            } else if name == "answers" {
                // A check-in's answers, written as a JSON list of whole numbers: `[1,0,2]`.
                serde_json::from_str::<Vec<f64>>(text)
                    .map(Value::from)
                    .map_err(|_| ReadError {
                        row,
                        column: name.to_owned(),
                        problem: "expected a list of whole numbers like [1,0,2]".to_owned(),
                    })?
            } else {
                Value::String(text.to_owned())
            };
            obj.insert(name.to_owned(), value);
        }
        let entry: Entry = serde_json::from_value(Value::Object(obj)).map_err(|e| ReadError {
            row,
            column: String::new(),
            problem: e.to_string(),
        })?;
        out.push(entry);
    }
    Ok(out)
}
