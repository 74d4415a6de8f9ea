//! `solace search QUERY [--json]` (issue 5): the contract in DESIGN.md and the two "Done when"
//! queries, through the real binary.

use serde_json::Value;
use std::process::{Command, Output};

fn solace(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_solace"))
        .args(args)
        .output()
        .expect("run solace")
}

fn json(args: &[&str]) -> Value {
    let out = solace(args);
    assert!(out.status.success(), "{args:?}: {out:?}");
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn json_has_the_query_and_ranked_results() {
    let v = json(&["search", "small clots", "--json"]);
    assert_eq!(v["query"], "small clots");
    let results = v["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert_eq!(results[0]["slug"], "bleeding-clots-tissue");
    for r in results {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["slug", "snippet", "summary", "title"]);
        assert!(!r["snippet"].as_str().unwrap().is_empty());
    }
    let v = json(&["search", "did", "stress", "cause", "--json"]);
    assert_eq!(v["query"], "did stress cause");
    assert_eq!(v["results"][0]["slug"], "causes-and-myths");
}

#[test]
fn text_output_lists_titles_and_pages_and_says_what_was_corrected() {
    let out = solace(&["search", "miscarrage"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("instead of \"miscarrage\""), "{text}");
    assert!(text.contains("1. "));
    assert!(text.contains("/learn/"));
    let none = solace(&["search", "zzzqqqx"]);
    assert!(none.status.success());
    assert!(
        String::from_utf8(none.stdout)
            .unwrap()
            .contains("No articles match")
    );
}

#[test]
fn an_empty_query_exits_2_naming_the_field() {
    for args in [&["search"][..], &["search", "  "], &["search", "--json"]] {
        let out = solace(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("query:"), "{err}");
    }
    let out = solace(&["search", "--json", ""]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"][0]["field"], "query");
    let long = "word ".repeat(50);
    assert_eq!(solace(&["search", &long]).status.code(), Some(2));
}

/// Issue 12: nothing found says so, with the three doors and the region's numbers; the causes
/// article answers "did I cause it" first; synonyms are reported.
#[test]
fn no_results_offer_the_doors_and_the_regions_numbers() {
    let out = solace(&["search", "football scores"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("No articles match"), "{text}");
    for slug in [
        "when-to-get-help",
        "bleeding-clots-tissue",
        "feelings-and-grief",
    ] {
        assert!(text.contains(&format!("/learn/{slug}")), "{text}");
    }
    assert!(text.contains("999") && text.contains("116 123"), "{text}");
    let v = json(&["--region", "us", "search", "football scores", "--json"]);
    assert_eq!(v["results"].as_array().unwrap().len(), 0);
    assert_eq!(v["help"]["emergency_number"], "911");
    assert_eq!(v["help"]["crisis_line"]["number"], "988");
    assert_eq!(v["help"]["doors"][0]["slug"], "when-to-get-help");
    // Found: no help block; the first hit for "did I cause it" is the causes article.
    let v = json(&["search", "did I cause it", "--json"]);
    assert_eq!(v["results"][0]["slug"], "causes-and-myths");
    assert!(v.get("help").is_none());
    let v = json(&["search", "Rh negative", "--json"]);
    assert_eq!(v["results"][0]["slug"], "anti-d-and-blood-group");
    assert!(
        v["also_searched"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w == "anti-d")
    );
}

/// Issue 17: `--lang es` searches the Spanish articles; JSON keys stay English.
#[test]
fn lang_es_searches_the_spanish_articles() {
    use solace_content::articles::{self, Articles};
    let es = Articles::of("es");
    let v = json(&["search", "coagulos pequeños", "--json", "--lang", "es"]);
    assert_eq!(v["query"], "coagulos pequeños");
    if let Some(a) = es.get("bleeding-clots-tissue") {
        assert_eq!(v["results"][0]["slug"], "bleeding-clots-tissue");
        assert_eq!(v["results"][0]["title"], a.title.as_str());
    }
    for r in v["results"].as_array().unwrap() {
        let slug = r["slug"].as_str().unwrap();
        assert_eq!(r["title"], es.get(slug).unwrap().title.as_str(), "{slug}");
    }
    // Nothing found: the doors in Spanish where translated, and the region's numbers.
    let v = json(&[
        "search",
        "clases de guitarra",
        "--json",
        "--lang",
        "es",
        "--region",
        "us",
    ]);
    assert!(v["results"].as_array().unwrap().is_empty());
    let doors: Vec<&str> = v["help"]["doors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = solace_content::search::HELP_DOORS
        .iter()
        .map(|s| articles::lookup("es", s).unwrap().article.title.as_str())
        .collect();
    assert_eq!(doors, want);
    assert_eq!(v["help"]["emergency_number"], "911");
    let text = solace(&[
        "search",
        "clases de guitarra",
        "--lang",
        "es",
        "--region",
        "us",
    ]);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("/learn/when-to-get-help"), "{text}");
    assert!(text.contains("911"), "{text}");
    // English is unchanged, and an unknown language is refused like any bad flag.
    let en = solace(&["search", "zzzqqqx", "--lang", "en-US"]);
    assert!(
        String::from_utf8(en.stdout)
            .unwrap()
            .contains("No articles match")
    );
    assert_eq!(
        solace(&["search", "clots", "--lang", "fr"]).status.code(),
        Some(2)
    );
}
