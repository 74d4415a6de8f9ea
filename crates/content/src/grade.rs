//! The reading grade of article text: a line-by-line port of `grade.py` (kept beside the
//! articles' instructions), so the tidy tests compute exactly the number the writers saw.
//!
//! The docstring of `grade.py`, verbatim:
//!
//! ```text
//! Flesch-Kincaid grade of Solace article bodies. The Rust tidy test ports this exactly.
//!
//! Algorithm (keep in step with the Rust port):
//! 1. Drop the TOML front matter (between the first two lines that are exactly '+++').
//! 2. Drop markdown syntax: leading '#', '>', '-', '*', '+', or 'N.' list markers; '**', '__', '*', '_', '`';
//!    links '[text](target)' become 'text'; lines that are only a directive '{{ ... }}' are dropped.
//! 3. Sentences: split each non-empty line on '.', '!', '?', ':' or ';' followed by whitespace or end of line. Every
//!    non-empty piece with at least one word is a sentence (so headings and list items count as sentences).
//! 4. Words: maximal runs of letters, digits, apostrophes (' or ’) and hyphens that contain a letter or digit.
//!    A hyphenated word counts as one word; its syllables are the sum of its parts'.
//! 5. Syllables of a part: digits-only (or mixed) → 1 per part; else lowercase letters only, count groups of
//!    consecutive vowels (aeiouy); minus 1 if it ends in 'e' but not 'le' and has more than one group; minus 1 if it
//!    ends in 'es' or 'ed' (not 'ted', 'ded') and has more than one group; at least 1.
//! 6. Grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59.
//! ```
//!
//! Port notes: Python's `\s` and `str.strip()` are Unicode whitespace plus U+001C–U+001F, as
//! here; Python's `\w` is `str.isalnum()` or `_`, taken here as `char::is_alphanumeric` or `_`
//! (they differ only on rare combining marks); Python's `\d` in the list-marker pattern is any
//! Unicode decimal digit, taken here as ASCII digits (article lists are numbered in ASCII).

/// The counts and the grade of one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grade {
    pub grade: f64,
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

/// Python's `str.isspace()` / regex `\s`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's regex `\w`.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_alnum_ascii(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// `body(text)`: the lines after the front matter.
fn body(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.split('\n').collect();
    if lines[0].trim_matches(is_space) == "+++" {
        // `lines[1:].index("+++") + 1 if "+++" in lines[1:] else 0`
        let end = lines[1..]
            .iter()
            .position(|l| *l == "+++")
            .map_or(0, |i| i + 1);
        return lines[end + 1..].to_vec();
    }
    lines
}

/// `re.sub(r"^(#+|>|[-*+]|\d+\.)\s+", "", s)`.
fn strip_marker(s: &str) -> &str {
    let marker_len = if s.starts_with('#') {
        s.bytes().take_while(|&b| b == b'#').count()
    } else if s.starts_with(['>', '-', '*', '+']) {
        1
    } else {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && s[digits..].starts_with('.') {
            digits + 1
        } else {
            0
        }
    };
    if marker_len == 0 {
        return s;
    }
    let rest = &s[marker_len..];
    let trimmed = rest.trim_start_matches(is_space);
    if trimmed.len() < rest.len() {
        trimmed
    } else {
        s
    }
}

/// `re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)`: a link's text without its target
/// (INFLESZ uses it too).
pub(crate) fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('[')
            && let Some(close) = rest.find(']')
            && rest[close + 1..].starts_with('(')
            && let Some(paren) = rest[close + 2..].find(')')
        {
            out.push_str(&rest[1..close]);
            i += close + 2 + paren + 1;
            continue;
        }
        let c = rest.chars().next().expect("not at the end");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// `re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", s)`: a `*` or `_` goes unless it has a word
/// character on both sides (looked at in the string before any removal).
fn strip_emphasis(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let before = i > 0 && is_word(chars[i - 1]);
            let after = i + 1 < chars.len() && is_word(chars[i + 1]);
            if !before || !after {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `clean(line)`.
fn clean(line: &str) -> String {
    let s = line.trim_matches(is_space);
    if s.starts_with("{{") && s.ends_with("}}") {
        return String::new();
    }
    let s = strip_marker(s);
    let s = strip_links(s);
    let s = s.replace("**", "").replace("__", "").replace('`', "");
    strip_emphasis(&s)
}

/// `re.split(r"[.!?:;](?:\s+|$)", s)`.
fn split_sentences(s: &str) -> Vec<&str> {
    let mut pieces = vec![];
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | ':' | ';') {
            continue;
        }
        let after = i + c.len_utf8();
        let rest = &s[after..];
        let ws = rest.len() - rest.trim_start_matches(is_space).len();
        if ws > 0 || rest.is_empty() {
            pieces.push(&s[start..i]);
            start = after + ws;
            while iter.peek().is_some_and(|&(j, _)| j < start) {
                iter.next();
            }
        }
    }
    pieces.push(&s[start..]);
    pieces
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// `WORD.findall(piece)` filtered to runs holding a letter or digit.
fn words(piece: &str) -> Vec<&str> {
    piece
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().any(is_alnum_ascii))
        .collect()
}

/// `part_syllables(p)`.
fn part_syllables(p: &str) -> usize {
    if p.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let w: String = p
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect();
    if w.is_empty() {
        return 0;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0usize;
    let mut in_group = false;
    for c in w.chars() {
        if is_vowel(c) {
            if !in_group {
                groups += 1;
            }
            in_group = true;
        } else {
            in_group = false;
        }
    }
    // The Python's `if … elif …` both take one away, so they are one condition here.
    let silent_e = w.ends_with('e') && !w.ends_with("le");
    let es_ed =
        w.ends_with("es") || (w.ends_with("ed") && !(w.ends_with("ted") || w.ends_with("ded")));
    let n = if groups > 1 && (silent_e || es_ed) {
        groups - 1
    } else {
        groups
    };
    n.max(1)
}

/// `grade(text)`: the Flesch-Kincaid grade and the counts. A text without words has grade 0.
pub fn grade(text: &str) -> Grade {
    let (mut words_n, mut sents, mut syl) = (0usize, 0usize, 0usize);
    for line in body(text) {
        let s = clean(line);
        if s.is_empty() {
            continue;
        }
        for piece in split_sentences(&s) {
            let ws = words(piece);
            if ws.is_empty() {
                continue;
            }
            sents += 1;
            words_n += ws.len();
            for w in ws {
                let n: usize = w
                    .split('-')
                    .filter(|p| p.chars().any(is_alnum_ascii))
                    .map(part_syllables)
                    .sum();
                syl += if n == 0 { 1 } else { n };
            }
        }
    }
    if words_n == 0 {
        return Grade {
            grade: 0.0,
            words: 0,
            sentences: sents,
            syllables: syl,
        };
    }
    let (w, s, y) = (words_n as f64, sents as f64, syl as f64);
    Grade {
        grade: 0.39 * w / s + 11.8 * y / w - 15.59,
        words: words_n,
        sentences: sents,
        syllables: syl,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Three texts and what /work/notes/grade.py computes for them: `g.grade(S)` gives the grade
    // (printed with `repr`, every digit) and `g.stats(g.body(S))` the (words, sentences,
    // syllables). Between them they use front matter, headings, both list kinds, links, bold,
    // emphasis, underscores, a directive, a quote, hyphens, digits, ’ and each end-of-word rule.
    const SAMPLE_1: &str = "+++\nslug = \"x\"\ntitle = \"Not counted\"\n+++\n## What to do now\n\nIf you are bleeding heavily, call an ambulance. Rest: it helps.\n\n- Take paracetamol.\n- Use pads, not tampons!\n";
    const SAMPLE_2: &str = "Some people feel numb; others feel angry. Both are normal...   Many couples grieve in different ways?\n1. Talk to your GP.\n22. See the **early pregnancy unit** (EPU) or read [our page on scans](/learn/scans).\n{{ drawing: clot-small }}\n> A quote_with_underscore and *soft* words, _too_.\n";
    const SAMPLE_3: &str = "Hormone levels: hCG doubles in 48-72 hours. It\u{2019}s well-established that 15 in 100 (15%) end. Wanted, needed, decided, hated, loved, used, places, cradle, rhythm, queue, beautiful, x-ray, re-examined.\n\n\n# Heading without space#\n#No space\n3.5 mm sac. A [broken link](nowhere and [two](/a)(b) done`code` here.";
    /// (grade, words, sentences, syllables) from the Python.
    const EXPECTED: [(f64, usize, usize, usize); 3] = [
        (3.194_047_619_047_619_7, 21, 6, 31),
        (2.568_571_428_571_431, 40, 7, 54),
        (4.617_877_906_976_748, 43, 8, 66),
    ];

    #[test]
    fn matches_the_python_on_three_samples() {
        for (text, (g, w, s, y)) in [SAMPLE_1, SAMPLE_2, SAMPLE_3].into_iter().zip(EXPECTED) {
            let r = grade(text);
            assert_eq!((r.words, r.sentences, r.syllables), (w, s, y), "{text:.40}");
            assert!(
                (r.grade - g).abs() < 1e-12,
                "{} vs {g}: {text:.40}",
                r.grade
            );
        }
    }

    #[test]
    fn pieces_behave_like_the_python_regexes() {
        assert_eq!(split_sentences("a. b!c? d"), ["a", "b!c", "d"]);
        assert_eq!(split_sentences("end."), ["end", ""]);
        assert_eq!(strip_marker("## Title"), "Title");
        assert_eq!(strip_marker("##Title"), "##Title");
        assert_eq!(strip_marker("10. item"), "item");
        assert_eq!(strip_marker("10.5 mm"), "10.5 mm");
        assert_eq!(strip_links("[a [b](c) [d]"), "a [b [d]");
        assert_eq!(strip_emphasis("*x* a_b _c_"), "x a_b c");
        assert_eq!(part_syllables("cradle"), 2);
        assert_eq!(part_syllables("hated"), 2);
        assert_eq!(part_syllables("loved"), 1);
        assert_eq!(part_syllables("the"), 1);
        assert_eq!(grade("").words, 0);
    }
}
