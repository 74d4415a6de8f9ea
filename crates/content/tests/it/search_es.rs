//! Search in Spanish (issue 17): the Spanish analyzer (accents folded, Spanish stems and little
//! words), typo tolerance, the Spanish synonyms and the relevance floor — first on three small
//! fixture articles of this file, then what Spanish speakers type over the real Spanish articles.

use solace_content::articles::{self, Article, Articles};
use solace_content::search::{self, HELP_DOORS, SPANISH, SYNONYMS_ES, SearchIndex};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// Fixtures: three small articles, so the analyzer is tested whatever articles are merged.
// ---------------------------------------------------------------------------------------------

const FIXTURES: [(&str, &str); 3] = [
    (
        "bleeding-clots-tissue",
        "+++\nslug = \"bleeding-clots-tissue\"\ntitle = \"Sangrado, coágulos y tejido\"\n\
summary = \"Qué es normal y cuándo pedir ayuda.\"\nquestion = \"What is happening to me?\"\n\
sources = [\"nhs-miscarriage\"]\nreviewed = \"2026-11-23\"\nrelated = []\nkeywords = [\"coagulos grandes\"]\n+++\n\
## Qué hacer ahora\n\nSi empapa más de 1 toalla sanitaria en una hora, pida ayuda ahora.\n\n\
## Coágulos\n\nEs común ver coágulos pequeños. Un sangrado abundante con coágulos grandes necesita ayuda.\n",
    ),
    (
        "causes-and-myths",
        "+++\nslug = \"causes-and-myths\"\ntitle = \"Lo que causa una pérdida del embarazo\"\n\
summary = \"No, usted no la causó.\"\nquestion = \"Did I cause it?\"\n\
sources = [\"nhs-miscarriage\"]\nreviewed = \"2026-11-23\"\nrelated = []\nkeywords = [\"mitos\"]\n+++\n\
## Qué hacer ahora\n\nNo es su culpa. La causa más común es un problema de los cromosomas.\n\n\
## El estrés\n\nEl estrés, el ejercicio y el sexo no causan una pérdida.\n",
    ),
    (
        "work-time-off-and-money",
        "+++\nslug = \"work-time-off-and-money\"\ntitle = \"Trabajo, días libres y dinero\"\n\
summary = \"Cuándo volver al trabajo y qué pedir.\"\nquestion = \"How do I cope?\"\n\
sources = [\"nhs-miscarriage\"]\nreviewed = \"2026-11-23\"\nrelated = []\nkeywords = [\"empleo\"]\n+++\n\
## Qué hacer ahora\n\nPuede tomarse unos días. Hable con su empleador cuando se sienta lista.\n\n\
## El regreso\n\nMuchas personas vuelven al trabajo poco a poco.\n",
    ),
];

fn fixture() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let list: Vec<Article> = FIXTURES
            .iter()
            .map(|(slug, src)| articles::parse(&format!("es/{slug}.md"), src).expect("fixture"))
            .collect();
        SearchIndex::build_in(SPANISH, Box::leak(list.into_boxed_slice())).expect("builds")
    })
}

fn fixture_top(query: &str) -> Vec<&'static str> {
    fixture()
        .search(query, 3)
        .expect("search runs")
        .hits
        .iter()
        .map(|h| h.slug)
        .collect()
}

#[test]
fn accents_are_optional_both_ways() {
    for q in [
        "coágulos",
        "coagulos",
        "COÁGULOS",
        "coágulos pequeños",
        "coagulos pequenos",
    ] {
        assert_eq!(
            fixture_top(q).first(),
            Some(&"bleeding-clots-tissue"),
            "{q:?}"
        );
    }
    // Written without an accent in the article, typed with one.
    assert_eq!(fixture_top("cromosómas").first(), Some(&"causes-and-myths"));
}

#[test]
fn spanish_stems_find_other_forms_of_a_word() {
    assert_eq!(
        fixture_top("sangrando").first(),
        Some(&"bleeding-clots-tissue")
    );
    assert_eq!(
        fixture_top("coágulo").first(),
        Some(&"bleeding-clots-tissue")
    );
    assert_eq!(
        fixture_top("trabajar").first(),
        Some(&"work-time-off-and-money")
    );
}

#[test]
fn typos_are_corrected_to_a_word_of_the_articles() {
    // Shown with the article's accents.
    let r = fixture().search("coagulso", 3).unwrap();
    assert_eq!(
        r.corrected,
        [("coagulso".to_owned(), "coágulos".to_owned())]
    );
    assert_eq!(
        r.hits.first().map(|h| h.slug),
        Some("bleeding-clots-tissue")
    );
    // Short words are not guessed at; another form of an article word is not a typo.
    assert!(fixture().search("sexi", 3).unwrap().corrected.is_empty());
    let r = fixture().search("coágulos pequeñas", 3).unwrap();
    assert!(r.corrected.is_empty(), "{:?}", r.corrected);
    assert_eq!(
        r.hits.first().map(|h| h.slug),
        Some("bleeding-clots-tissue")
    );
}

#[test]
fn spanish_synonyms_and_little_words() {
    let r = fixture().search("¿lo causé yo?", 3).unwrap();
    assert_eq!(r.hits.first().map(|h| h.slug), Some("causes-and-myths"));
    assert!(r.also.contains(&"culpa".to_owned()), "{:?}", r.also);
    assert_eq!(
        fixture_top("¿fue mi culpa?").first(),
        Some(&"causes-and-myths")
    );
    // "baja" and "jefe" are nowhere in the article: the synonym adds "trabajo".
    assert_eq!(
        fixture_top("la baja").first(),
        Some(&"work-time-off-and-money")
    );
    assert_eq!(
        fixture_top("¿qué le digo a mi jefe?").first(),
        Some(&"work-time-off-and-money")
    );
    // "¿cuándo puedo…?" keeps only the words about the topic.
    assert_eq!(
        fixture_top("cuándo puedo volver al trabajo").first(),
        Some(&"work-time-off-and-money")
    );
    // Only little words: searched as they are rather than dropped to nothing.
    assert!(fixture().search("¿qué es?", 3).is_ok());
}

#[test]
fn the_relevance_floor_and_odd_input() {
    for q in [
        "fútbol",
        "clases de guitarra",
        "zzzzqqq",
        "",
        "¿¡!?",
        "<script>",
    ] {
        assert!(fixture_top(q).is_empty(), "{q:?}");
    }
    let r = fixture().search("coágulos", 3).unwrap();
    let hit = &r.hits[0];
    assert!(
        hit.snippet
            .highlights
            .iter()
            .any(|h| hit.snippet.text[h.clone()]
                .to_lowercase()
                .starts_with("coágulo")),
        "{hit:?}"
    );
    assert_eq!(fixture().language().tag, "es");
}

// ---------------------------------------------------------------------------------------------
// The real Spanish articles. These pass once every article has its Spanish version
// (`articles_es::every_english_article_has_its_spanish_version`).
// ---------------------------------------------------------------------------------------------

fn index() -> &'static SearchIndex {
    search::for_lang("es").expect("the Spanish index builds")
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

/// What Spanish speakers type, and the article that must be in the top three. Several without
/// accents or with typos; most are everyday phrasings, not the article's words.
const TOP_3_ES: &[(&str, &str)] = &[
    ("coágulos pequeños", "bleeding-clots-tissue"),
    ("coagulos", "bleeding-clots-tissue"),
    ("¿lo causé yo?", "causes-and-myths"),
    ("fue mi culpa", "causes-and-myths"),
    ("el estrés causa aborto espontaneo", "causes-and-myths"),
    ("cuándo puedo intentarlo de nuevo", "trying-again"),
    ("dolor en el hombro", "ectopic-and-unknown-location"),
    ("sangrado abundante", "when-to-get-help"),
    ("embarazo ectópico", "ectopic-and-unknown-location"),
    ("embarazo ectopico", "ectopic-and-unknown-location"),
    ("prueba de embarazo positiva después", "physical-recovery"),
    ("volver al trabajo", "work-time-off-and-money"),
    ("leche materna", "milk-after-a-later-loss"),
    ("anti-D", "anti-d-and-blood-group"),
    ("soy rh negativo", "anti-d-and-blood-group"),
    ("embarazo molar", "molar-pregnancy"),
    ("aborto espontaneo", "early-miscarriage"),
    ("hcg no se duplica", "hcg-tests"),
    ("ecografía sin latido", "scans"),
    ("pastillas o cirugía", "management-options"),
    ("cuánto dura el sangrado", "physical-recovery"),
    ("me siento muy triste", "feelings-and-grief"),
    ("mi pareja", "for-partners"),
    ("cómo se lo digo a la gente", "telling-people"),
    ("caja de recuerdos", "memories-and-keepsakes"),
    ("fecha probable de parto", "due-date-and-anniversaries"),
    ("tres pérdidas seguidas", "recurrent-miscarriage"),
    ("qué tan común es perder un embarazo", "the-numbers"),
    ("miedo en mi nuevo embarazo", "anxiety-in-a-later-pregnancy"),
    ("puedo tomar ibuprofeno", "pain-relief-and-self-care"),
    ("entierro o cremación", "pregnancy-remains"),
    ("metotrexato", "after-an-ectopic"),
    ("pastillas anticonceptivas", "contraception-after-a-loss"),
    ("progesterona", "progesterone-and-a-new-pregnancy"),
    (
        "embarazo de localización desconocida",
        "ectopic-and-unknown-location",
    ),
];

#[test]
fn spanish_queries_find_their_article_in_the_top_three() {
    let mut misses = vec![];
    for (q, slug) in TOP_3_ES {
        let got = top(q, 3);
        if !got.contains(slug) {
            misses.push(format!("{q:?}: want {slug}, got {got:?}"));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    let queries: std::collections::BTreeSet<&str> = TOP_3_ES.iter().map(|t| t.0).collect();
    assert_eq!(queries.len(), TOP_3_ES.len(), "a query is listed twice");
    assert!(
        TOP_3_ES.len() >= 20,
        "{} pairs (want at least 20)",
        TOP_3_ES.len()
    );
    for (_, slug) in TOP_3_ES {
        assert!(articles::get(slug).is_some(), "{slug} is not an article");
    }
}

/// Whether `text` holds `word`, accents ignored.
fn holds_folded(text: &str, word: &str) -> bool {
    let fold = |s: &str| -> String {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'á' => 'a',
                'é' => 'e',
                'í' => 'i',
                'ó' => 'o',
                'ú' | 'ü' => 'u',
                'ñ' => 'n',
                c => c,
            })
            .collect()
    };
    fold(text).contains(&fold(word))
}

#[test]
fn every_spanish_synonym_leads_to_its_article_which_uses_the_words_it_adds() {
    let es = Articles::of("es");
    let mut misses = vec![];
    for syn in SYNONYMS_ES {
        assert!(articles::get(syn.article).is_some(), "{}", syn.article);
        let Some(a) = es.get(syn.article) else {
            misses.push(format!("{}: no Spanish article yet", syn.article));
            continue;
        };
        let text = format!(
            "{} {} {} {}",
            a.title,
            a.summary,
            a.keywords.join(" "),
            a.render().text
        );
        for w in syn.add {
            if !holds_folded(&text, w) {
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
}

#[test]
fn the_spanish_relevance_floor_keeps_unrelated_articles_out() {
    for q in [
        "fútbol",
        "clases de guitarra",
        "zzzzqqq",
        "el clima de mañana",
    ] {
        let got = top(q, 10);
        assert!(got.is_empty(), "{q:?} → {got:?}");
    }
    let n = index().search("anti-D", 30).unwrap().hits.len();
    assert!(
        n < Articles::of("es").all().len() / 2,
        "anti-D found {n} articles"
    );
}

#[test]
fn the_help_doors_have_spanish_versions_and_every_article_is_found_by_its_title() {
    let es = Articles::of("es");
    for slug in HELP_DOORS {
        assert!(
            es.get(slug).is_some(),
            "help door {slug} has no Spanish version"
        );
    }
    let mut misses = vec![];
    for a in es.all() {
        let got = top(&a.title, 3);
        if !got.contains(&a.slug.as_str()) {
            misses.push(format!("{:?} → {got:?}", a.title));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    assert_eq!(index().len(), es.all().len());
    assert_eq!(index().language().tag, "es");
    // English readers keep the English index.
    assert_eq!(search::for_lang("en-US").unwrap().language().tag, "en");
}
