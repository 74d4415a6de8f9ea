//! Tidy tests for the Spanish articles, `content/articles/es/*.md` (issue 17): each is its
//! English article in Spanish — the same keys, markers, links and numbers — and easy to read
//! (INFLESZ ≥ 65). A failure names the file and what to fix. The English rules (grade ≤ 7,
//! clinical numbers) stay in `articles.rs`, for English.

use solace_content::articles::{self, Article, Articles, LANGUAGES};
use solace_content::inflesz::{self, MIN_SCORE};
use solace_content::markdown::Block;
use std::collections::BTreeMap;

const ES: &str = "es";

fn spanish() -> Vec<Article> {
    let (ok, bad) = articles::load_in(ES);
    assert!(
        bad.is_empty(),
        "Spanish articles that do not parse:\n{}",
        bad.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    ok
}

/// Collects `problem`s per Spanish article (beside its English one) and fails listing them all.
fn check(name: &str, f: impl Fn(&Article, &Article) -> Vec<String>) {
    let problems: Vec<String> = spanish()
        .iter()
        .filter_map(|es| articles::get(&es.slug).map(|en| (es, en)))
        .flat_map(|(es, en)| {
            f(es, en)
                .into_iter()
                .map(move |p| format!("{}: {p}", es.file))
        })
        .collect();
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

/// `numbers.py`: link targets and `{{ … }}` markers dropped, then every `\d+(?:[.,]\d+)*`.
fn numbers(body: &str) -> BTreeMap<String, usize> {
    // `re.sub(r"\]\([^)]*\)", "]", src)`
    let mut text = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("](") {
        text.push_str(&rest[..=i]);
        let after = &rest[i + 2..];
        if let Some(close) = after.find(')') {
            rest = &after[close + 1..];
        } else {
            text.push('(');
            rest = after;
        }
    }
    text.push_str(rest);
    // `re.sub(r"\{\{[^}]*\}\}", " ", src)`
    let mut plain = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("{{") {
        plain.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        match after.find('}') {
            Some(close) if after[close + 1..].starts_with('}') => {
                plain.push(' ');
                rest = &after[close + 2..];
            }
            _ => {
                plain.push('{');
                rest = &rest[i + 1..];
            }
        }
    }
    plain.push_str(rest);
    let b = plain.as_bytes();
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|d| d.is_ascii_digit())
            .count()
    };
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        i += digits(i);
        while i < b.len() && matches!(b[i], b'.' | b',') && digits(i + 1) > 0 {
            i += 1 + digits(i + 1);
        }
        *out.entry(plain[start..i].to_owned()).or_default() += 1;
    }
    out
}

/// Every `{{ … }}` marker, in order, as written.
fn markers(body: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = body;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i..];
        match after.find("}}") {
            Some(end) => {
                out.push(
                    after[..end + 2]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                rest = &after[end + 2..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn every_english_article_has_its_spanish_version() {
    let es = Articles::of(ES);
    let missing: Vec<&str> = articles::all()
        .iter()
        .map(|a| a.slug.as_str())
        .filter(|s| es.get(s).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "{} English articles have no Spanish version in content/articles/es/: {missing:?}",
        missing.len()
    );
}

#[test]
fn every_spanish_file_parses_and_is_an_english_article() {
    let list = spanish();
    assert_eq!(list.len(), articles::files_in(ES).len());
    assert_eq!(Articles::of(ES).all().len(), list.len());
    for a in &list {
        assert_eq!(
            a.file,
            format!("es/{}.md", a.slug),
            "the slug is the file name"
        );
        assert!(
            articles::get(&a.slug).is_some(),
            "{}: no English article {:?} (same file name and slug as the English)",
            a.file,
            a.slug
        );
    }
    for lang in articles::translation_folders() {
        assert!(
            LANGUAGES.contains(&lang),
            "content/articles/{lang}/ is not a language of LANGUAGES"
        );
    }
}

#[test]
fn the_keys_are_the_english_ones() {
    check(
        "front matter keys (copy them from the English)",
        |es, en| {
            let mut p = vec![];
            if es.question != en.question {
                p.push(format!(
                    "question {:?}, English {:?}",
                    es.question.text(),
                    en.question.text()
                ));
            }
            if es.sources != en.sources {
                p.push(format!(
                    "sources {:?}, English {:?}",
                    es.sources, en.sources
                ));
            }
            if es.reviewed != en.reviewed {
                p.push(format!("reviewed {}, English {}", es.reviewed, en.reviewed));
            }
            if es.related != en.related {
                p.push(format!(
                    "related {:?}, English {:?}",
                    es.related, en.related
                ));
            }
            p
        },
    );
}

#[test]
fn the_words_are_spanish() {
    check("title, summary, keywords", |es, en| {
        let mut p = vec![];
        if es.title.trim().is_empty() || es.title == en.title {
            p.push(format!("title {:?}: write it in Spanish", es.title));
        }
        let s = es.summary.trim();
        if s.is_empty() || s == en.summary.trim() || s.contains('\n') || !s.ends_with(['.', '?']) {
            p.push(format!(
                "summary {s:?}: one Spanish sentence ending in . or ?"
            ));
        }
        if es.keywords.is_empty() || es.keywords.iter().any(|k| k.trim().is_empty()) {
            p.push("keywords: the words a Spanish speaker would type".into());
        }
        p
    });
}

#[test]
fn que_hacer_ahora_comes_first() {
    check("first section", |es, _| {
        let r = es.render();
        match r.blocks.first() {
            Some(Block::Html(h)) if h == "<h2>Qué hacer ahora</h2>" => vec![],
            _ => vec![format!(
                "the body must start with \"## Qué hacer ahora\" (first heading: {:?})",
                r.headings.first()
            )],
        }
    });
}

#[test]
fn the_markers_are_the_english_ones_in_the_same_order() {
    assert_eq!(
        markers("a {{ ed }} b {{  region: uk ie }}\n{{ end region }} {{ x"),
        ["{{ ed }}", "{{ region: uk ie }}", "{{ end region }}"]
    );
    check("{{ … }} markers", |es, en| {
        let (a, b) = (markers(&es.body), markers(&en.body));
        if a == b {
            return vec![];
        }
        let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        vec![format!(
            "{} markers, English {}; first difference at marker {}: {:?} (English {:?})",
            a.len(),
            b.len(),
            at + 1,
            a.get(at),
            b.get(at)
        )]
    });
}

#[test]
fn the_links_go_where_the_english_ones_go() {
    check("links", |es, en| {
        let sorted = |a: &Article| {
            let mut l = a.render().links;
            l.sort();
            l
        };
        let (a, b) = (sorted(es), sorted(en));
        if a == b {
            vec![]
        } else {
            vec![format!("links {a:?}, English {b:?}")]
        }
    });
}

#[test]
fn the_markup_is_clean() {
    check("markup", |es, _| {
        let r = es.render();
        let mut p = r.problems.clone();
        for leftover in ["**", "](", "{{", "}}", "__", "`"] {
            if r.text.contains(leftover) {
                p.push(format!("{leftover:?} left in the text"));
            }
        }
        let lower = es.body.to_lowercase();
        for bad in ["http://", "https://", "www.", "<script", "lorem", "ipsum"] {
            if lower.contains(bad) {
                p.push(format!("contains {bad:?}"));
            }
        }
        // Capitals only: "todo" is a Spanish word.
        for bad in ["TODO", "TBD", "XXX", "FIXME"] {
            if es.body.contains(bad) {
                p.push(format!("placeholder {bad}"));
            }
        }
        p
    });
}

/// The numbers tidy test: every number written with digits in the English body is written the
/// same number of times in the Spanish body, and no other (`tools/numbers.py`).
#[test]
fn the_numbers_are_the_english_numbers() {
    let n =
        numbers("El 15.3% (1,500 UI/L) en [7](/learn/x-2) a 10 días, {{ region: uk }} 7+3. Fin 2.");
    let want: BTreeMap<String, usize> = [
        ("15.3", 1),
        ("1,500", 1),
        ("7", 2),
        ("10", 1),
        ("3", 1),
        ("2", 1),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(n, want);
    check("numbers", |es, en| {
        let (a, b) = (numbers(&es.body), numbers(&en.body));
        let mut p = vec![];
        for (k, v) in &b {
            let got = a.get(k).copied().unwrap_or(0);
            if got < *v {
                p.push(format!(
                    "{k} is written {v} times in English, {got} in Spanish"
                ));
            }
        }
        for (k, v) in &a {
            let want = b.get(k).copied().unwrap_or(0);
            if *v > want {
                p.push(format!(
                    "{k} is written {v} times in Spanish, {want} in English"
                ));
            }
        }
        p
    });
}

/// INFLESZ ≥ 65 ("bastante fácil"). The table for the closing note:
/// `cargo test -p solace-content --test it articles_es::inflesz -- --nocapture`.
#[test]
fn inflesz_is_65_or_above() {
    let files: BTreeMap<&str, &str> = articles::files_in(ES).iter().copied().collect();
    println!("INFLESZ  words  sentences  article");
    let mut lowest = f64::MAX;
    for a in spanish() {
        let name = a.file.trim_start_matches("es/");
        let r = inflesz::inflesz(files[name]);
        lowest = lowest.min(r.score);
        println!(
            "{:7.1}  {:5}  {:9}  {}",
            r.score, r.words, r.sentences, a.slug
        );
    }
    if lowest < f64::MAX {
        println!("lowest: {lowest:.1}");
    }
    check("INFLESZ", |es, _| {
        let name = es.file.trim_start_matches("es/");
        let r = inflesz::inflesz(files[name]);
        if r.score < MIN_SCORE {
            vec![format!(
                "INFLESZ {:.1} (want at least {MIN_SCORE}): shorter sentences and words",
                r.score
            )]
        } else {
            vec![]
        }
    });
}
