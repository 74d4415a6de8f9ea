//! Search over the real articles: what people type finds what they need (issue 5, "Done when").

use solace_content::search::{self, SearchIndex};

fn index() -> &'static SearchIndex {
    search::global().expect("the index builds")
}

fn top(query: &str, n: usize) -> Vec<&'static str> {
    index()
        .search(query, n)
        .expect("search runs")
        .hits
        .iter()
        .map(|h| h.slug)
        .collect()
}

/// (query, article that must be ranked first).
const FIRST: [(&str, &str); 13] = [
    ("small clots", "bleeding-clots-tissue"),
    // Someone typing "ectopic" may need help now: the urgent article comes first.
    ("ectopik", "ectopic-and-unknown-location"),
    ("did stress cause", "causes-and-myths"),
    ("did I cause it", "causes-and-myths"),
    ("was it my fault", "causes-and-myths"),
    ("anti-D", "anti-d-and-blood-group"),
    ("Rh negative", "anti-d-and-blood-group"),
    ("can I take ibuprofen", "pain-relief-and-self-care"),
    ("funeral", "pregnancy-remains"),
    ("sick note", "work-time-off-and-money"),
    ("methotrexate", "after-an-ectopic"),
    ("progesterone", "progesterone-and-a-new-pregnancy"),
    ("milk", "milk-after-a-later-loss"),
];

/// Things people type, and the article that must be in the top three: the twenty of issue 5
/// and, for issue 12, at least two for every new article. Several have typos; most are everyday
/// phrasings, not the article's words.
const TOP_3: &[(&str, &str)] = &[
    ("small clots", "bleeding-clots-tissue"),
    ("did stress cause", "causes-and-myths"),
    ("miscarrage", "early-miscarriage"),
    ("ectopik", "ectopic-and-unknown-location"),
    ("when can we try again", "trying-again"),
    ("hcg not doubling", "hcg-tests"),
    ("how do I tell people", "telling-people"),
    ("partner", "for-partners"),
    ("due date", "due-date-and-anniversaries"),
    (
        "pregnancy of unknown location",
        "ectopic-and-unknown-location",
    ),
    ("scan no heartbeat", "scans"),
    ("tablets or surgery", "management-options"),
    ("how long will I bleed after", "physical-recovery"),
    ("I feel so sad and angry", "feelings-and-grief"),
    ("three miscarriages in a row", "recurrent-miscarriage"),
    ("molar", "molar-pregnancy"),
    ("how common is miscarriage", "the-numbers"),
    ("memory box", "memories-and-keepsakes"),
    ("scared in my new pregnancy", "anxiety-in-a-later-pregnancy"),
    ("bleading when should I get help", "when-to-get-help"),
    // Issue 12.
    ("did I cause it", "causes-and-myths"),
    ("can exercise cause a miscarriage", "causes-and-myths"),
    ("anti-D", "anti-d-and-blood-group"),
    ("I am rhesus negative", "anti-d-and-blood-group"),
    ("blood type O negative", "anti-d-and-blood-group"),
    ("can I take ibuprofen", "pain-relief-and-self-care"),
    ("paracetamol", "pain-relief-and-self-care"),
    ("can I use tampons", "pain-relief-and-self-care"),
    ("what happens to the remains", "pregnancy-remains"),
    ("burial or cremation", "pregnancy-remains"),
    ("baby loss certificate", "pregnancy-remains"),
    ("pain after methotrexate", "after-an-ectopic"),
    ("recovery after ectopic", "after-an-ectopic"),
    ("time off work", "work-time-off-and-money"),
    ("do I get bereavement leave", "work-time-off-and-money"),
    ("the pill after miscarriage", "contraception-after-a-loss"),
    ("birth control", "contraception-after-a-loss"),
    ("breasts leaking milk", "milk-after-a-later-loss"),
    ("how to stop milk", "milk-after-a-later-loss"),
    ("progesterone pessaries", "progesterone-and-a-new-pregnancy"),
    (
        "bleeding in new pregnancy after miscarriage",
        "progesterone-and-a-new-pregnancy",
    ),
    ("tests after recurrent miscarriage", "recurrent-miscarriage"),
    ("molar follow up", "molar-pregnancy"),
];

/// Articles added by issue 12: each must be the expected article of at least two queries.
const NEW_ARTICLES: [&str; 8] = [
    "anti-d-and-blood-group",
    "pain-relief-and-self-care",
    "pregnancy-remains",
    "after-an-ectopic",
    "work-time-off-and-money",
    "contraception-after-a-loss",
    "milk-after-a-later-loss",
    "progesterone-and-a-new-pregnancy",
];

#[test]
fn these_queries_rank_their_article_first() {
    let mut misses = vec![];
    for (q, slug) in FIRST {
        let got = top(q, 5);
        if got.first() != Some(&slug) {
            misses.push(format!("{q:?}: want {slug} first, got {got:?}"));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn everyday_queries_find_their_article_in_the_top_three() {
    let mut misses = vec![];
    for (q, slug) in TOP_3 {
        let got = top(q, 3);
        if !got.contains(slug) {
            misses.push(format!("{q:?}: want {slug}, got {got:?}"));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    let queries: std::collections::BTreeSet<&str> = TOP_3.iter().map(|t| t.0).collect();
    assert_eq!(queries.len(), TOP_3.len(), "a query is listed twice");
    assert!(
        TOP_3.len() >= 35,
        "{} pairs (want at least 35)",
        TOP_3.len()
    );
    for slug in NEW_ARTICLES {
        let n = TOP_3.iter().filter(|t| t.1 == slug).count();
        assert!(
            n >= 2,
            "{slug} is the answer to {n} queries (want 2 or more)"
        );
        assert!(solace_content::articles::get(slug).is_some(), "{slug}");
    }
}

/// Issue 12, "Done when": the question people ask first is answered by the causes article, and
/// its first section says "No".
#[test]
fn did_i_cause_it_ranks_the_causes_article_first_and_it_answers_no() {
    assert_eq!(top("did I cause it", 3).first(), Some(&"causes-and-myths"));
    let a = solace_content::articles::get("causes-and-myths").unwrap();
    let r = a.render();
    let first_section: Vec<&str> = r
        .texts
        .iter()
        .skip(1)
        .take_while(|t| !r.headings[1..].contains(&t.text))
        .map(|t| t.text.as_str())
        .collect();
    assert!(
        first_section
            .first()
            .is_some_and(|t| t.starts_with("No, you did not cause this.")),
        "{first_section:?}"
    );
    assert!(a.sources.iter().any(|s| s == "hse-miscarriage-causes"));
    assert!(a.sources.iter().any(|s| s == "tommys-causes"));
}

#[test]
fn every_synonym_leads_to_its_article_which_uses_the_words_it_adds() {
    use solace_content::search::SYNONYMS;
    let mut misses = vec![];
    for syn in SYNONYMS {
        let a = solace_content::articles::get(syn.article)
            .unwrap_or_else(|| panic!("{} is not an article", syn.article));
        let text = format!(
            "{} {} {} {}",
            a.title,
            a.summary,
            a.keywords.join(" "),
            a.render().text
        )
        .to_lowercase();
        for w in syn.add {
            if !text.contains(w) {
                misses.push(format!("{}: does not use {w:?}", syn.article));
            }
        }
        for q in syn.when {
            let got = top(q, 3);
            if !got.contains(&syn.article) {
                misses.push(format!("{q:?}: want {}, got {got:?}", syn.article));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    let r = index().search("Rh negative", 3).unwrap();
    assert!(r.also.contains(&"anti-d".to_owned()), "{:?}", r.also);
    // Synonyms add words; they never take away what was typed.
    assert!(index().search("small clots", 3).unwrap().also.is_empty());
}

#[test]
fn the_relevance_floor_keeps_unrelated_articles_out() {
    // Words no article is about find nothing, so the page can say so and offer the doors.
    for q in [
        "football scores",
        "guitar lessons",
        "zzzzqqq",
        "weather tomorrow",
    ] {
        let got = top(q, 10);
        assert!(got.is_empty(), "{q:?} → {got:?}");
    }
    // Every hit of a real query scores at least the floor's share of the best one and holds at
    // least half of the query's topics.
    for (q, _) in TOP_3 {
        let r = index().search(q, 10).unwrap();
        let best = r.hits.first().map_or(0.0, |h| h.score);
        for h in &r.hits {
            assert!(
                h.score >= best * solace_content::search::RELATIVE_FLOOR,
                "{q:?}: {} scores {} of {best}",
                h.slug,
                h.score
            );
        }
    }
    // A query about one topic does not bring up every article that shares a common word.
    let n = index().search("anti-D", 30).unwrap().hits.len();
    assert!(
        n < solace_content::articles::all().len() / 2,
        "anti-D found {n} articles"
    );
}

#[test]
fn the_help_doors_are_real_articles() {
    for slug in solace_content::search::HELP_DOORS {
        assert!(solace_content::articles::get(slug).is_some(), "{slug}");
    }
}

#[test]
fn typos_are_corrected_and_reported() {
    let r = index().search("miscarrage", 3).unwrap();
    assert_eq!(
        r.corrected,
        [("miscarrage".to_owned(), "miscarriage".to_owned())]
    );
    let r = index().search("ectopik", 3).unwrap();
    assert_eq!(r.corrected, [("ectopik".to_owned(), "ectopic".to_owned())]);
    // Short words are not guessed at; real words are left alone.
    assert!(index().search("clot", 3).unwrap().corrected.is_empty());
    assert!(index().search("hcg", 3).unwrap().corrected.is_empty());
}

#[test]
fn stemming_finds_other_forms_of_a_word() {
    assert!(top("bleeds", 3).contains(&"bleeding-clots-tissue"));
    assert!(top("grieving", 3).contains(&"feelings-and-grief"));
}

#[test]
fn snippets_mark_the_words_that_matched() {
    let r = index().search("clots", 1).unwrap();
    let hit = &r.hits[0];
    assert!(!hit.snippet.highlights.is_empty(), "{hit:?}");
    for h in &hit.snippet.highlights {
        let word = hit.snippet.text[h.clone()].to_lowercase();
        assert!(word.starts_with("clot"), "{word}");
    }
    assert!(hit.snippet.to_html().contains("<mark>"));
    assert!(hit.score > 0.0);
}

#[test]
fn odd_input_finds_nothing_or_something_but_never_fails() {
    for q in [
        "",
        "   ",
        "\"",
        "title:clots",
        "AND OR NOT",
        "((",
        "<script>alert(1)</script>",
        "🙂🙂",
        "a the and",
        &"x".repeat(10_000),
        "miscarriage ".repeat(100).as_str(),
    ] {
        let r = index().search(q, 10).expect("no error");
        assert!(r.hits.len() <= 10);
    }
    assert!(index().search("", 10).unwrap().hits.is_empty());
    assert!(index().search("zzzzqqq", 10).unwrap().hits.is_empty());
    // Only little words: searched as they are rather than dropped to nothing.
    assert!(!top("what is it", 3).is_empty());
}

#[test]
fn every_article_is_found_by_its_own_title() {
    for a in solace_content::articles::all() {
        let got = top(&a.title, 3);
        assert!(got.contains(&a.slug.as_str()), "{:?} → {got:?}", a.title);
    }
    assert_eq!(index().len(), solace_content::articles::all().len());
}

/// Release-build timing, run on demand:
/// `cargo test --release -p solace-content --test search -- --ignored --nocapture`.
#[test]
#[ignore = "timing; run on demand in a release build"]
fn time_the_index_build_and_1000_queries() {
    let start = std::time::Instant::now();
    let built = SearchIndex::build(solace_content::articles::all()).unwrap();
    let build_time = start.elapsed();
    let queries: Vec<&str> = TOP_3.iter().map(|t| t.0).collect();
    let start = std::time::Instant::now();
    let mut found = 0;
    for i in 0..1000 {
        found += built
            .search(queries[i % queries.len()], 10)
            .unwrap()
            .hits
            .len();
    }
    let total = start.elapsed();
    println!(
        "index build: {build_time:?} for {} articles; 1000 queries: {total:?} ({:?} each, {found} hits)",
        built.len(),
        total / 1000
    );
}
