//! The articles (`content/articles/<slug>.md`), embedded at build time by `build.rs`.
//!
//! Each file is TOML front matter between two lines that are exactly `+++`, then a body in the
//! Markdown subset of [`crate::markdown`]. The groups are [`Question`] and the slugs that must
//! exist are [`REQUIRED_SLUGS`]; the tidy tests in `tests/articles.rs` hold every article to the
//! format (sources, dates, related slugs, length, reading grade, no placeholders).

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

/// Every embedded file parsed: the articles, and the files that failed.
pub fn load() -> (Vec<Article>, Vec<ArticleError>) {
    let mut ok = vec![];
    let mut bad = vec![];
    for (file, src) in FILES {
        match parse(file, src) {
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

/// Every article that parses, by question then in [`REQUIRED_SLUGS`] order. A file that does
/// not parse is left out here (the tidy tests fail on it before a release).
pub fn all() -> &'static [Article] {
    static ARTICLES: OnceLock<Vec<Article>> = OnceLock::new();
    ARTICLES.get_or_init(|| load().0)
}

pub fn get(slug: &str) -> Option<&'static Article> {
    all().iter().find(|a| a.slug == slug)
}

/// The articles answering `q`, in order.
pub fn by_question(q: Question) -> impl Iterator<Item = &'static Article> {
    all().iter().filter(move |a| a.question == q)
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
    fn question_text_matches_serde_names() {
        for q in Question::ALL {
            let src = GOOD.replace("How do I cope?", q.text());
            assert_eq!(parse("x.md", &src).unwrap().question, q);
        }
    }
}
