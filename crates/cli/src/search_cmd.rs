//! `solace search QUERY [--json]`: the articles that answer a question, best first, with a
//! snippet each. The index is built in memory from the articles inside the binary; nothing is
//! read from or written to disk, and the query is not logged.

use crate::io::{field_error, input_error, internal, print_json, print_text};
use serde::Serialize;
use solace_clinical::input::Problem;
use solace_content::search::{self, MAX_QUERY_CHARS};
use std::fmt::Write as _;
use std::process::ExitCode;

/// The most results printed.
const LIMIT: usize = 10;

/// The JSON shape (DESIGN.md: ranked article slugs, titles, snippets).
#[derive(Debug, Serialize)]
struct Output<'a> {
    query: &'a str,
    results: Vec<Found<'a>>,
}

#[derive(Debug, Serialize)]
struct Found<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    /// Plain text from the article around the words that matched.
    snippet: String,
}

pub fn run(words: &[String], json: bool) -> ExitCode {
    let joined = words.join(" ");
    let query = joined.trim();
    if query.is_empty() {
        let e = field_error(
            "query",
            Problem::Invalid {
                expected: "expected some words to search for, e.g. solace search \"small clots\"",
            },
        );
        return input_error(&e, json);
    }
    if query.chars().count() > MAX_QUERY_CHARS {
        let e = field_error(
            "query",
            Problem::Invalid {
                expected: "expected at most 200 characters",
            },
        );
        return input_error(&e, json);
    }
    let index = match search::global() {
        Ok(i) => i,
        Err(e) => return internal(e),
    };
    let found = match index.search(query, LIMIT) {
        Ok(r) => r,
        Err(e) => return internal(e),
    };
    if json {
        let out = Output {
            query,
            results: found
                .hits
                .iter()
                .map(|h| Found {
                    slug: h.slug,
                    title: h.title,
                    summary: h.summary,
                    snippet: h.snippet.text.clone(),
                })
                .collect(),
        };
        return print_json(serde_json::to_string_pretty(&out));
    }
    let mut text = String::new();
    for (typed, used) in &found.corrected {
        let _ = writeln!(text, "(searched for \"{used}\" instead of \"{typed}\")");
    }
    if found.hits.is_empty() {
        text.push_str(
            "No articles match. Try fewer or other words. `solace serve` lists every article at /learn.\n",
        );
    }
    for (i, h) in found.hits.iter().enumerate() {
        let _ = writeln!(
            text,
            "{}. {}\n   /learn/{}\n   {}\n",
            i + 1,
            h.title,
            h.slug,
            h.snippet
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    print_text(&text)
}
