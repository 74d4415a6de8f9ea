//! The articles (`content/articles/<slug>.md`, English, and their translations in
//! `content/articles/<lang>/<slug>.md`), embedded at build time by `build.rs`.
//!
//! Each file is TOML front matter between two lines that are exactly `+++`, then a body in the
//! Markdown subset of [`crate::markdown`]. The groups are [`Question`] and the slugs that must
//! exist are [`REQUIRED_SLUGS`]; the tidy tests in `tests/it/articles.rs` hold every English
//! article to the format (sources, dates, related slugs, length, reading grade, no placeholders)
//! and `tests/it/articles_es.rs` every Spanish one to its English original (same keys, markers,
//! links and numbers; INFLESZ ≥ 65).
//!
//! [`all`], [`get`] and [`by_question`] are the English articles; [`Articles::of`] the set of
//! one language (by tag: `"es"`, `"en-GB"`), and [`lookup`] one article in the reader's language
//! or, where it has no translation, in English.

use crate::markdown::{self, Rendered};
use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/articles.rs"));

/// The question an article answers: the groups on `/learn`, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Question {
    #[serde(rename = "Do I need help now?")]
    HelpNow,
    #[serde(rename = "What is happening to me?")]
    Happening,
    #[serde(rename = "What do my tests and scans mean?")]
    Tests,
    #[serde(rename = "What happens next?")]
    Next,
    #[serde(rename = "How do I cope?")]
    Cope,
    #[serde(rename = "Did I cause it?")]
    Cause,
    #[serde(rename = "What about the future?")]
    Future,
}

impl Question {
    /// The order on `/learn`.
    pub const ALL: [Question; 7] = [
        Question::HelpNow,
        Question::Happening,
        Question::Tests,
        Question::Next,
        Question::Cope,
        Question::Cause,
        Question::Future,
    ];

    /// The words in the front matter (and, through Fluent `learn-q-<id>`, on the page).
    pub const fn text(self) -> &'static str {
        match self {
            Question::HelpNow => "Do I need help now?",
            Question::Happening => "What is happening to me?",
            Question::Tests => "What do my tests and scans mean?",
            Question::Next => "What happens next?",
            Question::Cope => "How do I cope?",
            Question::Cause => "Did I cause it?",
            Question::Future => "What about the future?",
        }
    }

    /// A stable kebab-case id, for Fluent message ids and element ids.
    pub const fn id(self) -> &'static str {
        match self {
            Question::HelpNow => "help-now",
            Question::Happening => "happening",
            Question::Tests => "tests",
            Question::Next => "next",
            Question::Cope => "cope",
            Question::Cause => "cause",
            Question::Future => "future",
        }
    }
}

/// Every article Solace must have (issues 5 and 12), in the order shown within each question.
pub const REQUIRED_SLUGS: [&str; 27] = [
    "when-to-get-help",
    "ectopic-and-unknown-location",
    "early-miscarriage",
    "bleeding-clots-tissue",
    "molar-pregnancy",
    "hcg-tests",
    "scans",
    "anti-d-and-blood-group",
    "management-options",
    "physical-recovery",
    "pain-relief-and-self-care",
    "after-an-ectopic",
    "pregnancy-remains",
    "milk-after-a-later-loss",
    "contraception-after-a-loss",
    "work-time-off-and-money",
    "feelings-and-grief",
    "for-partners",
    "telling-people",
    "memories-and-keepsakes",
    "due-date-and-anniversaries",
    "causes-and-myths",
    "the-numbers",
    "trying-again",
    "recurrent-miscarriage",
    "progesterone-and-a-new-pregnancy",
    "anxiety-in-a-later-pregnancy",
];

/// The front matter, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Front {
    slug: String,
    title: String,
    summary: String,
    question: Question,
    sources: Vec<String>,
    reviewed: NaiveDate,
    related: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
}

/// One article.
#[derive(Debug, Clone)]
pub struct Article {
    pub slug: String,
    pub title: String,
    /// One plain sentence: what the article answers.
    pub summary: String,
    pub question: Question,
    /// Source ids from `content/sources.toml`.
    pub sources: Vec<String>,
    pub reviewed: NaiveDate,
    pub related: Vec<String>,
    /// Extra words people search with (misspellings, everyday names). Searched, never shown.
    pub keywords: Vec<String>,
    /// The Markdown body, as written.
    pub body: String,
    /// The file name it came from (`<slug>.md` when the file is right).
    pub file: String,
}

impl Article {
    /// The body rendered to safe HTML blocks, with its plain text, headings, links and problems.
    pub fn render(&self) -> Rendered {
        markdown::render(&self.body)
    }

    /// The body rendered with `terms` giving the reader's words for `{{ coin }}`, `{{ ed }}` …
    pub fn render_with(&self, terms: &dyn Fn(markdown::Term) -> String) -> Rendered {
        markdown::render_with(&self.body, terms)
    }

    /// Whether part of the body (drawings, descriptions of what passes) sits behind the
    /// content warning (`{{ warning }}` … `{{ end warning }}`).
    pub fn content_warning(&self) -> bool {
        self.render().has_warning()
    }

    /// Words in the body, counted as the reading-grade check counts them.
    pub fn word_count(&self) -> usize {
        crate::grade::grade(&self.body).words
    }

    /// The Flesch-Kincaid grade of the body (see [`crate::grade`]).
    pub fn grade(&self) -> crate::grade::Grade {
        crate::grade::grade(&self.body)
    }
}

/// An article file that could not be read.
#[derive(Debug, Clone, thiserror::Error)]
#[error("content/articles/{file}: {detail}")]
pub struct ArticleError {
    pub file: String,
    pub detail: String,
}

/// Splits `+++\n<toml>\n+++\n<body>` into (toml, body).
fn split(src: &str) -> Option<(&str, &str)> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut lines = src.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end_matches(['\r', '\n']) != "+++" {
        return None;
    }
    let start = first.len();
    let mut pos = start;
    for line in lines {
        if line.trim_end_matches(['\r', '\n']) == "+++" {
            return Some((&src[start..pos], &src[pos + line.len()..]));
        }
        pos += line.len();
    }
    None
}

/// Parses one file.
pub fn parse(file: &str, src: &str) -> Result<Article, ArticleError> {
    let err = |detail: String| ArticleError {
        file: file.to_owned(),
        detail,
    };
    let (front, body) = split(src).ok_or_else(|| {
        err("expected TOML front matter between two lines that are exactly +++".into())
    })?;
    let f: Front = toml::from_str(front).map_err(|e| err(e.to_string()))?;
    Ok(Article {
        slug: f.slug,
        title: f.title,
        summary: f.summary,
        question: f.question,
        sources: f.sources,
        reviewed: f.reviewed,
        related: f.related,
        keywords: f.keywords,
        body: body.to_owned(),
        file: file.to_owned(),
    })
}

/// The language of the files directly in `content/articles`.
pub const ENGLISH: &str = "en";

/// The languages Solace's articles are written in: English, then each translation. A
/// translation folder `content/articles/<lang>/` must be one of these (a test checks it).
pub const LANGUAGES: [&str; 2] = [ENGLISH, "es"];

/// The article language for a language tag: its primary subtag (`"en-GB"` → `"en"`,
/// `"es-MX"` → `"es"`) when Solace has articles in it, else English.
pub fn language_of(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    LANGUAGES
        .into_iter()
        .find(|l| l.eq_ignore_ascii_case(primary))
        .unwrap_or(ENGLISH)
}

/// The embedded files of article language `lang` (one of [`LANGUAGES`]): `(file name, text)`,
/// the file name as in the folder (`slug.md`). None embedded yet: empty.
pub fn files_in(lang: &str) -> &'static [(&'static str, &'static str)] {
    if lang == ENGLISH {
        return FILES;
    }
    TRANSLATIONS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, files)| files)
}

/// The translation folders embedded, by language (for the tidy tests).
pub fn translation_folders() -> impl Iterator<Item = &'static str> {
    TRANSLATIONS.iter().map(|(l, _)| *l)
}

/// Every embedded English file parsed: the articles, and the files that failed.
pub fn load() -> (Vec<Article>, Vec<ArticleError>) {
    load_in(ENGLISH)
}

/// Every embedded file of article language `lang` parsed, in the order of [`all`]. A
/// translation's [`Article::file`] is `<lang>/<slug>.md`.
pub fn load_in(lang: &str) -> (Vec<Article>, Vec<ArticleError>) {
    let mut ok = vec![];
    let mut bad = vec![];
    for (file, src) in files_in(lang) {
        let path = if lang == ENGLISH {
            (*file).to_owned()
        } else {
            format!("{lang}/{file}")
        };
        match parse(&path, src) {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        }
    }
    ok.sort_by_key(|a| (a.question, order(&a.slug), a.slug.clone()));
    (ok, bad)
}

/// Position in [`REQUIRED_SLUGS`]; others after them.
fn order(slug: &str) -> usize {
    REQUIRED_SLUGS
        .iter()
        .position(|s| *s == slug)
        .unwrap_or(REQUIRED_SLUGS.len())
}

/// The embedded file names, for the tidy tests.
pub fn files() -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.iter().copied()
}

/// The articles of one language.
#[derive(Debug)]
pub struct Articles {
    lang: &'static str,
    list: Vec<Article>,
}

impl Articles {
    /// The articles written in the language of `tag` (see [`language_of`]), built on first use.
    pub fn of(tag: &str) -> &'static Articles {
        static SETS: OnceLock<Vec<Articles>> = OnceLock::new();
        let lang = language_of(tag);
        let sets = SETS.get_or_init(|| {
            LANGUAGES
                .into_iter()
                .map(|lang| Articles {
                    lang,
                    list: load_in(lang).0,
                })
                .collect()
        });
        sets.iter().find(|s| s.lang == lang).unwrap_or(&sets[0])
    }

    /// The English articles.
    pub fn english() -> &'static Articles {
        Articles::of(ENGLISH)
    }

    /// The article language (`"en"`, `"es"`).
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Every article that parses, by question then in [`REQUIRED_SLUGS`] order. A file that
    /// does not parse is left out here (the tidy tests fail on it before a release).
    pub fn all(&self) -> &[Article] {
        &self.list
    }

    pub fn get(&self, slug: &str) -> Option<&Article> {
        self.list.iter().find(|a| a.slug == slug)
    }

    /// The articles answering `q`, in order.
    pub fn by_question(&self, q: Question) -> impl Iterator<Item = &Article> {
        self.list.iter().filter(move |a| a.question == q)
    }
}

/// One article for a reader: in their language, or in English where it has no translation.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub article: &'static Article,
    /// Whether `article` is in the language asked for (English readers: always).
    pub translated: bool,
}

/// Article `slug` in the language of `tag`, falling back to English (`translated: false`) when
/// that language has no version of it. `None`: no such article.
pub fn lookup(tag: &str, slug: &str) -> Option<Found> {
    if let Some(article) = Articles::of(tag).get(slug) {
        return Some(Found {
            article,
            translated: true,
        });
    }
    get(slug).map(|article| Found {
        article,
        translated: false,
    })
}

/// Every English article that parses, by question then in [`REQUIRED_SLUGS`] order. A file that
/// does not parse is left out here (the tidy tests fail on it before a release).
pub fn all() -> &'static [Article] {
    Articles::english().all()
}

/// The English article `slug`.
pub fn get(slug: &str) -> Option<&'static Article> {
    Articles::english().get(slug)
}

/// The English articles answering `q`, in order.
pub fn by_question(q: Question) -> impl Iterator<Item = &'static Article> {
    Articles::english().by_question(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nslug = \"x\"\ntitle = \"T\"\nsummary = \"S\"\nquestion = \"How do I cope?\"\n\
sources = [\"nhs-miscarriage\"]\nreviewed = \"2026-11-23\"\nrelated = []\n+++\n## What to do now\n\nBody.\n";

    #[test]
    fn parses_front_matter_and_body() {
        let a = parse("x.md", GOOD).unwrap();
        assert_eq!(a.slug, "x");
        assert_eq!(a.question, Question::Cope);
        assert_eq!(a.reviewed, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert!(a.keywords.is_empty());
        assert_eq!(a.body, "## What to do now\n\nBody.\n");
        let crlf = GOOD.replace('\n', "\r\n");
        assert_eq!(parse("x.md", &crlf).unwrap().slug, "x");
    }

    #[test]
    fn refuses_unknown_fields_bad_questions_and_missing_fences() {
        let extra = GOOD.replace("related = []", "related = []\nauthor = \"me\"");
        assert!(parse("x.md", &extra).unwrap_err().detail.contains("author"));
        let q = GOOD.replace("How do I cope?", "How do I cope");
        assert!(parse("x.md", &q).is_err());
        let date = GOOD.replace("2026-11-23", "2026-13-01");
        assert!(parse("x.md", &date).is_err());
        assert!(parse("x.md", "no front matter").is_err());
        assert!(parse("x.md", &GOOD.replacen("+++", "++", 1)).is_err());
        let missing = GOOD.replace("summary = \"S\"\n", "");
        assert!(
            parse("x.md", &missing)
                .unwrap_err()
                .detail
                .contains("summary")
        );
    }

    #[test]
    fn a_tag_picks_its_article_language() {
        assert_eq!(language_of("es"), "es");
        assert_eq!(language_of("es-MX"), "es");
        assert_eq!(language_of("ES"), "es");
        assert_eq!(language_of("en-GB"), ENGLISH);
        assert_eq!(language_of("en-US"), ENGLISH);
        assert_eq!(language_of("fr"), ENGLISH);
        assert_eq!(language_of(""), ENGLISH);
        assert_eq!(Articles::of("en-US").lang(), ENGLISH);
        assert_eq!(Articles::of("es").lang(), "es");
        assert_eq!(files_in("xx").len(), 0);
        assert_eq!(files_in(ENGLISH).len(), FILES.len());
    }

    #[test]
    fn lookup_falls_back_to_english_only_where_a_translation_is_missing() {
        let slug = REQUIRED_SLUGS[0];
        let en = lookup("en-GB", slug).unwrap();
        assert!(en.translated);
        assert_eq!(en.article.file, format!("{slug}.md"));
        for s in REQUIRED_SLUGS {
            let es = lookup("es", s).unwrap();
            if let Some(a) = Articles::of("es").get(s) {
                assert!(es.translated);
                assert!(std::ptr::eq(es.article, a));
                assert_eq!(a.file, format!("es/{s}.md"));
            } else {
                assert!(!es.translated);
                assert!(std::ptr::eq(es.article, get(s).unwrap()));
            }
        }
        assert!(lookup("es", "no-such-article").is_none());
    }

    #[test]
    fn question_text_matches_serde_names() {
        for q in Question::ALL {
            let src = GOOD.replace("How do I cope?", q.text());
            assert_eq!(parse("x.md", &src).unwrap().question, q);
        }
    }
}
