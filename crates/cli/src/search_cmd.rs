//! `solace search QUERY [--json] [--lang TAG]`: the articles that answer a question, best
//! first, with a snippet each — in Spanish with `--lang es` (the Spanish articles and their
//! index; an article not yet translated is offered in English). The words around the results
//! are English as they were for English, and the reader's Fluent messages (`learn.ftl`)
//! otherwise; JSON keys never change. The index is built in memory from the articles inside the binary; nothing is
//! read from or written to disk, and the query is not logged. When nothing matches it says so and
//! offers the three doors (when to get help, bleeding, feelings) with the region's emergency
//! number and crisis line, as the web page does.

use crate::io::{field_error, input_error, internal, print_json, print_text};
use serde::Serialize;
use solace_clinical::Region;
use solace_clinical::input::Problem;
use solace_clinical::words::{Arg, Words};
use solace_content::articles;
use solace_content::search::{self, HELP_DOORS, MAX_QUERY_CHARS};
use solace_i18n::{I18n, Lang, Tr};
use std::fmt::Write as _;
use std::process::ExitCode;

/// The most results printed.
const LIMIT: usize = 10;

/// The JSON shape (DESIGN.md: ranked article slugs, titles, snippets).
#[derive(Debug, Serialize)]
struct Output<'a> {
    query: &'a str,
    results: Vec<Found<'a>>,
    /// Synonyms searched for as well ("rhesus" for "Rh negative").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also_searched: Vec<String>,
    /// Only when nothing matched: where to go instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Help<'a>>,
}

#[derive(Debug, Serialize)]
struct Help<'a> {
    doors: Vec<Door<'a>>,
    emergency_number: &'static str,
    crisis_line: Option<Crisis>,
}

#[derive(Debug, Serialize)]
struct Door<'a> {
    slug: &'a str,
    title: &'a str,
}

#[derive(Debug, Serialize)]
struct Crisis {
    name: &'static str,
    number: &'static str,
}

fn help(region: Region, lang: Lang) -> Help<'static> {
    Help {
        doors: HELP_DOORS
            .iter()
            .filter_map(|s| articles::lookup(lang.tag(), s))
            .map(|f| Door {
                slug: &f.article.slug,
                title: &f.article.title,
            })
            .collect(),
        emergency_number: region.emergency_number().display,
        crisis_line: region.crisis_line().map(|c| Crisis {
            name: c.name,
            number: c.number.display,
        }),
    }
}

#[derive(Debug, Serialize)]
struct Found<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    /// Plain text from the article around the words that matched.
    snippet: String,
}

pub fn run(words: &[String], json: bool, region: Region, lang: Lang) -> ExitCode {
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
    let index = match search::for_lang(lang.tag()) {
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
            also_searched: found.also.clone(),
            help: found.hits.is_empty().then(|| help(region, lang)),
        };
        return print_json(serde_json::to_string_pretty(&out));
    }
    let mut text = String::new();
    if articles::language_of(lang.tag()) == articles::ENGLISH {
        english_notes(&mut text, &found, region, lang);
    } else {
        let i18n = match I18n::load() {
            Ok(i) => i,
            Err(e) => return internal(e),
        };
        notes(&mut text, &found, region, &i18n.tr(lang, region));
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

/// What was corrected or added, and the doors when nothing matched: the English words.
fn english_notes(text: &mut String, found: &search::Results, region: Region, lang: Lang) {
    for (typed, used) in &found.corrected {
        let _ = writeln!(text, "(searched for \"{used}\" instead of \"{typed}\")");
    }
    if !found.also.is_empty() && !found.hits.is_empty() {
        let _ = writeln!(text, "(also searched for: {})", found.also.join(", "));
    }
    if found.hits.is_empty() {
        text.push_str(
            "No articles match. Try fewer or other words. `solace serve` lists every article at /learn.\n\
             These are the pages people need most:\n",
        );
        let h = help(region, lang);
        for d in &h.doors {
            let _ = writeln!(text, "  - {}  /learn/{}", d.title, d.slug);
        }
        let _ = writeln!(
            text,
            "If you are very unwell, bleeding heavily or feel faint, call an ambulance now: {}.",
            h.emergency_number
        );
        if let Some(c) = h.crisis_line {
            let _ = writeln!(
                text,
                "If you are thinking of harming yourself, call {}: {}.",
                c.name, c.number
            );
        }
    }
}

/// The same in the reader's language, from the web page's messages (`learn.ftl`).
fn notes(text: &mut String, found: &search::Results, region: Region, tr: &Tr<'_>) {
    let verbatim = |s: &str| Arg::Verbatim(s.to_owned());
    for (typed, used) in &found.corrected {
        let w = Words::id("learn-results-corrected")
            .arg("typed", verbatim(typed))
            .arg("used", verbatim(used));
        let _ = writeln!(text, "({})", tr.words(&w));
    }
    if !found.also.is_empty() && !found.hits.is_empty() {
        let w = Words::id("learn-results-also").arg("words", verbatim(&found.also.join(", ")));
        let _ = writeln!(text, "({})", tr.words(&w));
    }
    if found.hits.is_empty() {
        let _ = writeln!(text, "{}", tr.t("learn-results-none"));
        let _ = writeln!(text, "{}", tr.t("learn-results-doors"));
        for slug in HELP_DOORS {
            if let Some(f) = articles::lookup(tr.lang.tag(), slug) {
                let mark = if f.translated {
                    String::new()
                } else {
                    format!(" {}", tr.t("learn-in-english"))
                };
                let _ = writeln!(text, "  - {}{mark}  /learn/{slug}", f.article.title);
            }
        }
        let number = region.emergency_number();
        let _ = writeln!(
            text,
            "{} {}",
            tr.t("learn-results-emergency"),
            number.display
        );
        if let Some(c) = region.crisis_line() {
            let w = Words::id("learn-results-crisis").arg("name", verbatim(c.name));
            let _ = writeln!(text, "{} {}", tr.words(&w), c.number.display);
        }
    }
}
