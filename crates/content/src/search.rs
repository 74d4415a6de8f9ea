//! Article search: a tantivy index held in memory per article language, built once from the
//! embedded articles ([`global`] for English, [`for_lang`] for the reader's language).
//!
//! - Words are matched by their stem: English (`en_stem`: "bleeding" finds "bleed"); Spanish
//!   (`es_stem`: lower-cased, accents folded, then tantivy's Spanish stemmer, so "coagulos"
//!   finds "coágulos" and "sangrando" finds "sangrado"). See [`Language`].
//! - Typos: a query word of 5 letters or more that no article uses is replaced by the article
//!   word one edit away (an insertion, deletion, substitution or swap of two neighbours) that
//!   the most articles use, so "miscarrage" searches for "miscarriage" and "ectopik" for
//!   "ectopic". The swap is reported in [`Results::corrected`].
//! - Common little words ("did", "how", "the"; in Spanish tantivy's Spanish list and a few more,
//!   "¿cuándo puedo…?") are left out unless the query has nothing else.
//! - Synonyms: the words people type for a topic ("rhesus", "Rh negative", "ibuprofen",
//!   "funeral", "sick note", "did I cause it"; "¿lo causé yo?", "tylenol", "incapacidad") also
//!   search for the words the articles use ([`SYNONYMS`], [`SYNONYMS_ES`]); what was added is
//!   reported in [`Results::also`].
//! - A relevance floor: an article is shown only if it holds at least half of the query's
//!   topics (each word, or each synonym group, is one topic) and scores at least
//!   [`RELATIVE_FLOOR`] of the best hit. Nothing found is said plainly; the pages then offer the
//!   [`HELP_DOORS`] (in the reader's language: the doors' titles come from its articles, the
//!   words around them from the caller's Fluent messages).
//! - Fields are weighted: title 3, keywords and summary 2, body 1 (BM25 within each).
//! - Snippets come from the body with the matched words marked as byte ranges; the web page
//!   and the CLI render them, escaping the text.
//!
//! Nothing is written to disk and nothing leaves the process: the query is not logged.

use crate::articles::{self, Article, Articles};
use crate::markdown::escape;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as Stemming, LowerCaser, RemoveLongFilter, SimpleTokenizer,
    Stemmer, StopWordFilter, TextAnalyzer, TokenStream,
};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

/// Field weights: a word in the title counts most.
const TITLE_BOOST: f32 = 3.0;
const KEYWORDS_BOOST: f32 = 2.0;
const SUMMARY_BOOST: f32 = 2.0;
const BODY_BOOST: f32 = 1.0;

/// Words this short are never corrected (too many near neighbours).
const MIN_CORRECTED_LEN: usize = 5;
/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Snippet length, in characters.
const SNIPPET_CHARS: usize = 180;
/// The most words of one query that are used.
const MAX_QUERY_WORDS: usize = 16;

/// A hit scoring below this share of the best hit's score is not shown.
pub const RELATIVE_FLOOR: f32 = 0.2;

/// The articles offered when nothing matches: when to get help, bleeding, feelings (the three
/// most-read doors), shown with the region's emergency number and crisis line.
pub const HELP_DOORS: [&str; 3] = [
    "when-to-get-help",
    "bleeding-clots-tissue",
    "feelings-and-grief",
];

/// Words people type for one topic, and the words Solace's articles use for it.
#[derive(Debug, Clone, Copy)]
pub struct Synonyms {
    /// The article the topic belongs to (a test checks it holds every `add` word and is found).
    pub article: &'static str,
    /// Words or phrases that, found in a query (as whole words, in order), add [`Self::add`].
    pub when: &'static [&'static str],
    pub add: &'static [&'static str],
}

/// The synonym table. Every `add` word is used by the article the topic belongs to (a test
/// checks this).
pub const SYNONYMS: &[Synonyms] = &[
    // Blood group and anti-D.
    Synonyms {
        article: "anti-d-and-blood-group",
        when: &[
            "anti-d",
            "anti d",
            "antid",
            "rhesus",
            "rh",
            "rhd",
            "rh negative",
            "rh neg",
            "rhogam",
            "rho gam",
            "rh immune globulin",
            "blood group",
            "blood type",
            "negative blood",
        ],
        add: &["anti-d", "rhesus", "blood group"],
    },
    // Pain relief.
    Synonyms {
        article: "pain-relief-and-self-care",
        when: &[
            "ibuprofen",
            "paracetamol",
            "acetaminophen",
            "tylenol",
            "advil",
            "nurofen",
            "motrin",
            "calpol",
            "codeine",
            "painkiller",
            "painkillers",
            "pain killer",
            "pain killers",
            "pain relief",
            "pain medicine",
            "pain meds",
            "pain tablets",
        ],
        add: &["painkillers", "pain relief", "ibuprofen", "paracetamol"],
    },
    // What happens to the pregnancy remains.
    Synonyms {
        article: "pregnancy-remains",
        when: &[
            "remains",
            "burial",
            "bury",
            "buried",
            "cremation",
            "cremate",
            "cremated",
            "funeral",
            "ashes",
            "grave",
            "certificate",
        ],
        add: &["remains", "burial", "cremation", "funeral"],
    },
    // Work, time off and money.
    Synonyms {
        article: "work-time-off-and-money",
        when: &[
            "time off",
            "sick note",
            "fit note",
            "sick leave",
            "leave",
            "off work",
            "back to work",
            "employer",
            "boss",
            "sick pay",
            "bereavement leave",
            "compassionate leave",
            "days off",
        ],
        add: &["time off", "leave", "work", "sick note"],
    },
    // "Did I cause it?"
    Synonyms {
        article: "causes-and-myths",
        when: &[
            "did i cause",
            "i caused",
            "cause it",
            "caused it",
            "my fault",
            "fault",
            "blame",
            "blame myself",
            "because of me",
            "did i do something",
        ],
        add: &["cause", "causes", "fault"],
    },
];

/// Little words that say nothing about the topic.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "am", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can",
    "could", "did", "do", "does", "doing", "for", "from", "get", "had", "has", "have", "how", "i",
    "i'm", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "should",
    "so", "that", "the", "their", "them", "then", "there", "they", "this", "to", "us", "was", "we",
    "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
];

/// The Spanish synonym table: the words Spanish speakers type (brand names of the Americas,
/// everyday and regional words, without accents too) and the words the Spanish articles use.
/// Matched on folded words, so accents in either are optional.
pub const SYNONYMS_ES: &[Synonyms] = &[
    // Grupo sanguíneo y anti-D.
    Synonyms {
        article: "anti-d-and-blood-group",
        when: &[
            "anti-d",
            "anti d",
            "antid",
            "rh",
            "rhd",
            "rh negativo",
            "rh negativa",
            "factor rh",
            "rhesus",
            "rhogam",
            "rho gam",
            "inmunoglobulina",
            "gammaglobulina",
            "grupo sanguíneo",
            "tipo de sangre",
            "sangre negativa",
        ],
        add: &["anti-d", "rhesus", "grupo sanguíneo"],
    },
    // Alivio del dolor.
    Synonyms {
        article: "pain-relief-and-self-care",
        when: &[
            "ibuprofeno",
            "ibuprofen",
            "paracetamol",
            "acetaminofén",
            "acetaminofeno",
            "tylenol",
            "advil",
            "motrin",
            "calmante",
            "calmantes",
            "analgésico",
            "analgésicos",
            "pastillas para el dolor",
            "medicina para el dolor",
            "medicamento para el dolor",
            "alivio del dolor",
        ],
        add: &["analgésicos", "ibuprofeno", "paracetamol"],
    },
    // Lo que pasa con los restos del embarazo.
    Synonyms {
        article: "pregnancy-remains",
        when: &[
            "restos",
            "entierro",
            "enterrar",
            "sepultura",
            "sepultar",
            "cremación",
            "cremar",
            "cenizas",
            "funeral",
            "funeraria",
            "velorio",
        ],
        add: &["restos", "entierro", "cremación"],
    },
    // Trabajo, días libres y dinero.
    Synonyms {
        article: "work-time-off-and-money",
        when: &[
            "volver al trabajo",
            "regresar al trabajo",
            "incapacidad",
            "baja",
            "baja médica",
            "licencia",
            "permiso",
            "días libres",
            "jefe",
            "jefa",
            "empleador",
            "patrón",
            "faltar al trabajo",
        ],
        add: &["trabajo"],
    },
    // «¿Lo causé yo?»
    Synonyms {
        article: "causes-and-myths",
        when: &[
            "lo causé",
            "lo causé yo",
            "yo lo causé",
            "la causé",
            "lo provoqué",
            "fue mi culpa",
            "es mi culpa",
            "mi culpa",
            "culpa",
            "me culpo",
            "hice algo mal",
            "por mi culpa",
        ],
        add: &["causa", "culpa"],
    },
];

/// Spanish little words beside tantivy's Spanish stop list, folded: question words typed
/// without accents and the verbs of a question ("¿cuándo puedo…?", "¿qué debo hacer?").
const STOP_WORDS_ES: &[&str] = &[
    "si", "mas", "puedo", "puede", "pueden", "podemos", "podria", "debo", "debe", "deberia",
    "hago", "hacer", "voy", "vas", "va", "vamos", "van", "que", "cual", "cuales", "como", "cuando",
    "cuanto", "cuanta", "cuantos", "cuantas", "donde", "quien", "quienes", "porque", "por", "para",
    "esta", "estoy", "mi", "mis", "me", "yo", "tu", "el", "la", "lo", "los", "las", "un", "una",
    "unos", "unas", "y", "o", "de", "del", "al", "a", "en", "es", "se", "le", "les", "su", "sus",
    "con", "sin",
];

/// What differs between the languages searched: the analyzers, the little words, the synonyms.
#[derive(Debug, Clone, Copy)]
pub struct Language {
    /// The article language ([`crate::articles::LANGUAGES`]).
    pub tag: &'static str,
    pub synonyms: &'static [Synonyms],
    /// The index's analyzer: words to stems.
    stem_tokenizer: &'static str,
    /// Words as typed, lower-cased (and in Spanish accent-folded): typos, synonyms.
    word_tokenizer: &'static str,
    /// Little words dropped from a query (as the word analyzer writes them).
    stop_words: &'static [&'static str],
    /// tantivy's stop list of the language, used beside `stop_words`.
    tantivy_stop_words: Option<Stemming>,
    /// Whether words are accent-folded ("coágulos" → "coagulos").
    fold: bool,
}

/// English: tantivy's `en_stem` and `default` analyzers.
pub const ENGLISH: Language = Language {
    tag: "en",
    synonyms: SYNONYMS,
    stem_tokenizer: "en_stem",
    word_tokenizer: "default",
    stop_words: STOP_WORDS,
    tantivy_stop_words: None,
    fold: false,
};

/// Spanish: lower-cased, accents folded (ASCII folding), tantivy's Spanish stemmer and stop list.
pub const SPANISH: Language = Language {
    tag: "es",
    synonyms: SYNONYMS_ES,
    stem_tokenizer: "es_stem",
    word_tokenizer: "es_words",
    stop_words: STOP_WORDS_ES,
    tantivy_stop_words: Some(Stemming::Spanish),
    fold: true,
};

impl Language {
    /// The search language of an article language or tag (`"es"`, `"en-GB"`): English unless
    /// Spanish.
    pub fn of(tag: &str) -> Language {
        match articles::language_of(tag) {
            "es" => SPANISH,
            _ => ENGLISH,
        }
    }
}

/// Registers the Spanish analyzers: folded, then stemmed (so a word typed without its accents
/// stems as the written one does).
fn register_spanish(index: &Index) {
    let words = || {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
    };
    index.tokenizers().register("es_words", words().build());
    index.tokenizers().register(
        "es_stem",
        words().filter(Stemmer::new(Stemming::Spanish)).build(),
    );
}

/// Words as written, lower-cased only (accents kept): how a folded word is shown to people.
fn lower_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .build()
}

/// The words of a query that are not little words, as the word analyzer writes them.
fn content_analyzer(language: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    // tantivy's lists are written with accents: they are applied before folding.
    let stop = language
        .tantivy_stop_words
        .and_then(StopWordFilter::new)
        .unwrap_or_else(|| StopWordFilter::remove([]));
    if language.fold {
        builder.filter(stop).filter(AsciiFoldingFilter).build()
    } else {
        builder.filter(stop).build()
    }
}

/// Search went wrong inside tantivy (not the query's fault).
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(String);

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError(e.to_string())
    }
}

/// A piece of body text with the matched words marked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges of `text` that matched.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// Safe HTML: the text escaped, the matches in `<mark>`.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        let mut at = 0;
        for r in &self.highlights {
            if r.start < at || r.start >= r.end || r.end > self.text.len() {
                continue;
            }
            escape(&self.text[at..r.start], &mut out);
            out.push_str("<mark>");
            escape(&self.text[r.clone()], &mut out);
            out.push_str("</mark>");
            at = r.end;
        }
        escape(&self.text[at..], &mut out);
        out
    }
}

/// One article found.
#[derive(Debug, Clone)]
pub struct Hit {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub snippet: Snippet,
    pub score: f32,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Results {
    /// Best first.
    pub hits: Vec<Hit>,
    /// Words that were not in any article and what was searched for instead: (typed, used).
    pub corrected: Vec<(String, String)>,
    /// Words searched for as well, from [`SYNONYMS`].
    pub also: Vec<String>,
}

/// A synonym group as words: each `when` phrase, and each `add` phrase with its words.
type SynonymWords = (Vec<Vec<String>>, Vec<(String, Vec<String>)>);

/// A query, understood.
#[derive(Debug)]
struct Understood {
    /// The words to search for: those typed (little words dropped, typos corrected) and those
    /// the synonyms add.
    words: Vec<String>,
    /// The synonym phrases added, for people to see.
    also: Vec<String>,
    topics: Vec<Topic>,
    corrected: Vec<(String, String)>,
}

/// One topic of a query: a word, or a synonym group that fired. A hit holds it when it holds
/// any of its stems.
#[derive(Debug)]
struct Topic {
    stems: Vec<String>,
}

/// One line of an article's plain text and the stems in it.
#[derive(Debug)]
struct Line {
    text: String,
    stems: HashSet<String>,
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    n: Field,
    title: Field,
    keywords: Field,
    summary: Field,
    body: Field,
}

/// The index and what the queries need beside it.
pub struct SearchIndex {
    language: Language,
    reader: IndexReader,
    fields: Fields,
    stemmer: TextAnalyzer,
    words: TextAnalyzer,
    /// The query's words that are not little words (tantivy's stop list, where there is one).
    content_words: TextAnalyzer,
    /// Every word (lowercase, unstemmed) of the titles, summaries and bodies, with how many
    /// articles use it. Keywords are left out: they hold misspellings on purpose.
    vocabulary: HashMap<String, u32>,
    articles: &'static [Article],
    /// Each article's body as plain-text lines (paragraphs, headings, list items) with the stems
    /// each holds, by position in `articles`: a snippet is cut only from the lines that match,
    /// so the stemmer runs over a few lines per hit rather than the whole article.
    texts: Vec<Vec<Line>>,
    /// Every stem of each article (title, keywords, summary, body), for the relevance floor.
    stems: Vec<HashSet<String>>,
    /// The language's synonyms as word sequences: (each `when`, each `add` with its words).
    synonyms: Vec<SynonymWords>,
    /// Every word of a synonym's `when`: never "corrected" to another word.
    trigger_words: HashSet<String>,
    /// Folded words as the articles most often write them (Spanish; empty for English).
    spelled: HashMap<String, String>,
    /// The stems of [`Self::vocabulary`]: a word with one of them is another form of an article
    /// word ("pequeños" beside "pequeño"), not a typo.
    vocabulary_stems: HashSet<String>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("language", &self.language.tag)
            .field("articles", &self.articles.len())
            .field("vocabulary", &self.vocabulary.len())
            .finish_non_exhaustive()
    }
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut stream = analyzer.token_stream(text);
    while let Some(t) = stream.next() {
        out.push(t.text.clone());
    }
    out
}

impl SearchIndex {
    /// Indexes English `articles` in memory.
    pub fn build(articles: &'static [Article]) -> Result<SearchIndex, SearchError> {
        SearchIndex::build_in(ENGLISH, articles)
    }

    /// Indexes `articles`, written in `language`, in memory.
    pub fn build_in(
        language: Language,
        articles: &'static [Article],
    ) -> Result<SearchIndex, SearchError> {
        let mut schema = Schema::builder();
        let text_options = || {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(language.stem_tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let fields = Fields {
            n: schema.add_u64_field("n", STORED),
            title: schema.add_text_field("title", text_options()),
            keywords: schema.add_text_field("keywords", text_options()),
            summary: schema.add_text_field("summary", text_options()),
            body: schema.add_text_field("body", text_options()),
        };
        let index = Index::create_in_ram(schema.build());
        register_spanish(&index);
        let stemmer = index.tokenizer_for_field(fields.body)?;
        let mut words = index
            .tokenizers()
            .get(language.word_tokenizer)
            .ok_or_else(|| SearchError(format!("no {} tokenizer", language.word_tokenizer)))?;

        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut lower = lower_analyzer();
        // How often each spelling (accents kept) is written, for showing a folded word.
        let mut spellings: HashMap<String, u32> = HashMap::new();
        let mut texts = Vec::with_capacity(articles.len());
        let mut all_stems = Vec::with_capacity(articles.len());
        for (i, a) in articles.iter().enumerate() {
            let text = a.render().text;
            let keywords = a.keywords.join("\n");
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.n, i as u64);
            doc.add_text(fields.title, &a.title);
            doc.add_text(fields.keywords, &keywords);
            doc.add_text(fields.summary, &a.summary);
            doc.add_text(fields.body, &text);
            writer.add_document(doc)?;
            // Keywords hold misspellings on purpose: they are searched, but never corrected to.
            let mut seen: Vec<String> = [&a.title, &a.summary, &text]
                .iter()
                .flat_map(|t| tokens(&mut words, t))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *vocabulary.entry(w).or_default() += 1;
            }
            if language.fold {
                for t in [&a.title, &a.summary, &text] {
                    for w in tokens(&mut lower, t) {
                        *spellings.entry(w).or_default() += 1;
                    }
                }
            }
            let mut stemmer = index.tokenizer_for_field(fields.body)?;
            all_stems.push(
                [&a.title, &a.summary, &keywords, &text]
                    .iter()
                    .flat_map(|t| tokens(&mut stemmer, t))
                    .collect::<HashSet<String>>(),
            );
            let lines = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| Line {
                    text: l.trim().to_owned(),
                    stems: tokens(&mut stemmer, l).into_iter().collect(),
                })
                .collect();
            texts.push(lines);
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let reader = index.reader()?;
        let synonyms = language
            .synonyms
            .iter()
            .map(|s| {
                (
                    s.when.iter().map(|w| tokens(&mut words, w)).collect(),
                    s.add
                        .iter()
                        .map(|w| ((*w).to_owned(), tokens(&mut words, w)))
                        .collect(),
                )
            })
            .collect::<Vec<SynonymWords>>();
        let trigger_words = synonyms
            .iter()
            .flat_map(|(when, _)| when.iter().flatten().cloned())
            .collect();
        // Each folded word shown as it is most often written ("coagulos" → "coágulos").
        let mut spelled: HashMap<String, (String, u32)> = HashMap::new();
        for (w, n) in spellings {
            for folded in tokens(&mut words, &w) {
                let best = spelled.entry(folded).or_insert_with(|| (w.clone(), 0));
                if n > best.1 || (n == best.1 && w < best.0) {
                    *best = (w.clone(), n);
                }
            }
        }
        let spelled = spelled.into_iter().map(|(k, (w, _))| (k, w)).collect();
        let mut stem_all = index.tokenizer_for_field(fields.body)?;
        let vocabulary_stems = vocabulary
            .keys()
            .flat_map(|w| tokens(&mut stem_all, w))
            .collect();
        Ok(SearchIndex {
            language,
            reader,
            fields,
            stemmer,
            words,
            spelled,
            vocabulary_stems,
            content_words: content_analyzer(language),
            vocabulary,
            articles,
            texts,
            stems: all_stems,
            synonyms,
            trigger_words,
        })
    }

    fn stems_of(&self, word: &str) -> Vec<String> {
        let mut stemmer = self.stemmer.clone();
        tokens(&mut stemmer, word)
    }

    /// What a query asks for.
    fn understand(&self, query: &str) -> Understood {
        let (kept, corrected) = self.query_words(query);
        // Synonym phrases are matched on every word typed (little words too: "did I cause
        // it"), with typos corrected.
        let mut words = self.words.clone();
        let typed: Vec<String> = tokens(&mut words, query)
            .into_iter()
            .take(MAX_QUERY_WORDS * 2)
            .map(|w| {
                corrected
                    .iter()
                    .find(|(t, _)| *t == w)
                    .map_or(w, |(_, u)| u.clone())
            })
            .collect();
        let mut consumed: HashSet<String> = HashSet::new();
        let mut also: Vec<String> = vec![];
        let mut words = kept.clone();
        let mut topics = vec![];
        for (when, add) in &self.synonyms {
            let fired: Vec<&Vec<String>> = when
                .iter()
                .filter(|phrase| {
                    !phrase.is_empty()
                        && typed.windows(phrase.len()).any(|w| w == phrase.as_slice())
                })
                .collect();
            if fired.is_empty() {
                continue;
            }
            let mut stems = vec![];
            for phrase in fired {
                consumed.extend(phrase.iter().cloned());
                if phrase.len() == 1 {
                    stems.extend(self.stems_of(&phrase[0]));
                }
            }
            for (phrase, add_words) in add {
                if add_words.iter().any(|w| !words.contains(w)) && !also.contains(phrase) {
                    also.push(phrase.clone());
                }
                for w in add_words {
                    stems.extend(self.stems_of(w));
                    if !words.contains(w) {
                        words.push(w.clone());
                    }
                }
            }
            stems.sort_unstable();
            stems.dedup();
            topics.push(Topic { stems });
        }
        for w in &kept {
            if !consumed.contains(w) {
                topics.push(Topic {
                    stems: self.stems_of(w),
                });
            }
        }
        topics.retain(|t| !t.stems.is_empty());
        Understood {
            words,
            also,
            topics,
            corrected,
        }
    }

    /// Whether article `n` holds at least half of the query's topics.
    fn holds_enough(&self, n: usize, topics: &[Topic]) -> bool {
        let Some(stems) = self.stems.get(n) else {
            return false;
        };
        let held = topics
            .iter()
            .filter(|t| t.stems.iter().any(|s| stems.contains(s)))
            .count();
        held * 2 >= topics.len() && held > 0
    }

    /// The query's words, lowercased, little words dropped, typos corrected.
    fn query_words(&self, query: &str) -> (Vec<String>, Vec<(String, String)>) {
        let mut words = self.words.clone();
        let all = tokens(&mut words, query);
        let mut content = self.content_words.clone();
        let mut kept: Vec<String> = tokens(&mut content, query)
            .into_iter()
            .filter(|w| !self.language.stop_words.contains(&w.as_str()))
            .collect();
        if kept.is_empty() {
            kept = all;
        }
        kept.truncate(MAX_QUERY_WORDS);
        let mut corrected = vec![];
        for w in &mut kept {
            if let Some(better) = self.correct(w) {
                corrected.push((w.clone(), better.clone()));
                *w = better;
            }
        }
        (kept, corrected)
    }

    /// The article word one edit from `word`, when `word` itself is in no article.
    fn correct(&self, word: &str) -> Option<String> {
        if self.vocabulary.contains_key(word)
            || self.trigger_words.contains(word)
            || word.chars().count() < MIN_CORRECTED_LEN
            || self
                .stems_of(word)
                .iter()
                .any(|s| self.vocabulary_stems.contains(s))
        {
            return None;
        }
        self.vocabulary
            .iter()
            // One edit changes the length by at most one character (four bytes).
            .filter(|(v, _)| v.len().abs_diff(word.len()) <= 4 && one_edit_apart(word, v))
            .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| b.cmp(a)))
            .map(|(v, _)| v.clone())
    }

    /// The query over every field, and the stems it searches for.
    fn build_query(&self, words: &[String]) -> Option<(BooleanQuery, Vec<String>)> {
        let mut stemmer = self.stemmer.clone();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![];
        let mut seen = vec![];
        for w in words {
            for stem in tokens(&mut stemmer, w) {
                if seen.contains(&stem) {
                    continue;
                }
                for (field, boost) in [
                    (self.fields.title, TITLE_BOOST),
                    (self.fields.keywords, KEYWORDS_BOOST),
                    (self.fields.summary, SUMMARY_BOOST),
                    (self.fields.body, BODY_BOOST),
                ] {
                    let term = Term::from_field_text(field, &stem);
                    let q = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
                }
                seen.push(stem);
            }
        }
        (!clauses.is_empty()).then(|| (BooleanQuery::new(clauses), seen))
    }

    /// Up to `limit` articles for `query`, best first. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Result<Results, SearchError> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let Understood {
            words,
            also,
            topics,
            corrected,
        } = self.understand(&query);
        let corrected = self.shown(&query, corrected);
        let Some((q, stems)) = self.build_query(&words) else {
            return Ok(Results {
                hits: vec![],
                corrected,
                also,
            });
        };
        if limit == 0 {
            return Ok(Results {
                hits: vec![],
                corrected,
                also,
            });
        }
        let searcher = self.reader.searcher();
        let top = searcher.search(&q, &TopDocs::with_limit(limit).order_by_score())?;
        let best = top.first().map_or(0.0, |(s, _)| *s);
        let mut snippets = SnippetGenerator::create(&searcher, &q, self.fields.body)?;
        snippets.set_max_num_chars(SNIPPET_CHARS);
        let mut hits = vec![];
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let Some(n) = doc
                .get_first(self.fields.n)
                .and_then(|v| v.as_u64())
                .and_then(|n| usize::try_from(n).ok())
            else {
                continue;
            };
            let (Some(a), Some(lines)) = (self.articles.get(n), self.texts.get(n)) else {
                continue;
            };
            if score < best * RELATIVE_FLOOR || !self.holds_enough(n, &topics) {
                continue;
            }
            let snippet = snippet(&snippets, lines, &stems).unwrap_or_else(|| Snippet {
                // The words matched only the title, summary or keywords.
                text: a.summary.clone(),
                highlights: vec![],
            });
            hits.push(Hit {
                slug: &a.slug,
                title: &a.title,
                summary: &a.summary,
                snippet,
                score,
            });
        }
        Ok(Results {
            hits,
            corrected,
            also,
        })
    }

    /// Corrections as people read them: the word as they typed it (lower-cased) and the article
    /// word with its accents, where words are folded.
    fn shown(&self, query: &str, corrected: Vec<(String, String)>) -> Vec<(String, String)> {
        if !self.language.fold {
            return corrected;
        }
        let mut lower = lower_analyzer();
        let mut words = self.words.clone();
        let typed = tokens(&mut lower, query);
        corrected
            .into_iter()
            .map(|(t, u)| {
                let as_typed = typed
                    .iter()
                    .find(|w| tokens(&mut words, w) == [t.clone()])
                    .cloned()
                    .unwrap_or(t);
                let used = self.spelled.get(&u).cloned().unwrap_or(u);
                (as_typed, used)
            })
            .collect()
    }

    /// The language searched.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How many articles are indexed.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}

/// The snippet for one article: from the first line holding the most of the query's stems, with
/// the lines after it until there is enough text, cut and marked by tantivy's generator.
fn snippet(generator: &SnippetGenerator, lines: &[Line], stems: &[String]) -> Option<Snippet> {
    let matches = |l: &Line| stems.iter().filter(|s| l.stems.contains(*s)).count();
    let (first, best) = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, matches(l)))
        .fold((0, 0), |acc, (i, m)| if m > acc.1 { (i, m) } else { acc });
    if best == 0 {
        return None;
    }
    let mut text = String::new();
    let mut last = first;
    for (i, l) in lines.iter().enumerate().skip(first) {
        if !text.is_empty() {
            if text.len() >= SNIPPET_CHARS {
                break;
            }
            text.push(' ');
        }
        text.push_str(&l.text);
        last = i;
    }
    let s = generator.snippet(&text);
    let fragment = s.fragment();
    let trimmed = fragment.trim();
    if trimmed.is_empty() {
        return None;
    }
    // "…" where the fragment starts or ends inside the article.
    let range = s.fragment_range();
    let before = if first > 0 || range.start > 0 {
        "… "
    } else {
        ""
    };
    let after = if last + 1 < lines.len() || range.end < text.len() {
        " …"
    } else {
        ""
    };
    let lead = fragment.len() - fragment.trim_start().len();
    Some(Snippet {
        text: format!("{before}{trimmed}{after}"),
        highlights: s
            .highlighted()
            .iter()
            .filter(|r| r.start >= lead && r.end <= lead + trimmed.len())
            .map(|r| r.start - lead + before.len()..r.end - lead + before.len())
            .collect(),
    })
}

/// Whether `a` and `b` are exactly one edit apart: one character inserted, deleted or changed,
/// or two neighbours swapped.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            // One change, or a swap of neighbours.
            a[prefix + 1..] == b[prefix + 1..]
                || (prefix + 1 < la
                    && a[prefix] == b[prefix + 1]
                    && a[prefix + 1] == b[prefix]
                    && a[prefix + 2..] == b[prefix + 2..])
        }
        std::cmp::Ordering::Less => a[prefix..] == b[prefix + 1..],
        std::cmp::Ordering::Greater => a[prefix + 1..] == b[prefix..],
    }
}

/// The index of the embedded English articles, built on first use (the server builds it at
/// start).
pub fn global() -> Result<&'static SearchIndex, &'static SearchError> {
    static INDEX: OnceLock<Result<SearchIndex, SearchError>> = OnceLock::new();
    INDEX
        .get_or_init(|| SearchIndex::build(articles::all()))
        .as_ref()
}

/// The index of the embedded articles in the language of `tag` (`"es"`, `"en-GB"`), built on
/// first use: the Spanish articles for Spanish, else [`global`].
pub fn for_lang(tag: &str) -> Result<&'static SearchIndex, &'static SearchError> {
    static SPANISH_INDEX: OnceLock<Result<SearchIndex, SearchError>> = OnceLock::new();
    match Language::of(tag).tag {
        "es" => SPANISH_INDEX
            .get_or_init(|| SearchIndex::build_in(SPANISH, Articles::of("es").all()))
            .as_ref(),
        _ => global(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_one() {
        for (a, b) in [
            ("miscarrage", "miscarriage"),
            ("ectopik", "ectopic"),
            ("bleedign", "bleeding"),
            ("clots", "clot"),
            ("grief", "brief"),
        ] {
            assert!(one_edit_apart(a, b), "{a} {b}");
            assert!(one_edit_apart(b, a), "{b} {a}");
        }
        for (a, b) in [
            ("miscarage", "miscarriage"),
            ("same", "same"),
            ("abc", "cba"),
            ("clot", "colt "),
        ] {
            assert!(!one_edit_apart(a, b), "{a} {b}");
        }
    }

    #[test]
    fn snippets_escape_and_mark() {
        let s = Snippet {
            text: "a <b> clot & more".into(),
            highlights: vec![6..10, 11..11],
        };
        assert_eq!(s.to_html(), "a &lt;b&gt; <mark>clot</mark> &amp; more");
        let bad = Snippet {
            text: "abc".into(),
            highlights: vec![1..9, 9..9],
        };
        assert_eq!(bad.to_html(), "abc");
    }
}
