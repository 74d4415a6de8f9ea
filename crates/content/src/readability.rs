//! Flesch-Kincaid reading grade of plain text: the one place the algorithm lives in Solace.
//!
//! An exact port of `grade.py` (steps 2–6; front matter is the caller's business), so the tidy
//! tests in Rust and the script agree to the last decimal:
//! - markdown markers are dropped per line (a leading `#`, `>`, `-`, `*`, `+` or `N.` marker,
//!   `**`, `__`, backticks, lone `*` / `_`, links become their text, `{{ … }}` lines go);
//! - sentences: each non-empty line split on `.`, `!`, `?`, `:` or `;` followed by whitespace or
//!   the end of the line; every piece with a word is a sentence (headings and list items count);
//! - words: runs of ASCII letters, digits, apostrophes (`'` `’`) and hyphens holding a letter or
//!   digit; a hyphenated word is one word whose syllables are the sum of its parts';
//! - syllables of a part: 1 if it holds a digit; else vowel groups (`aeiouy`) of its lowercase
//!   letters, minus 1 for a silent final `e` (not `le`) or `es` / `ed` (not `ted` / `ded`) when
//!   there is more than one group; at least 1;
//! - grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59.

/// The reading grade of `text`; 0.0 when it has no words.
pub fn grade(text: &str) -> f64 {
    let (words, sentences, syllables) = stats(text);
    if words == 0 {
        return 0.0;
    }
    0.39 * words as f64 / sentences as f64 + 11.8 * syllables as f64 / words as f64 - 15.59
}

/// (words, sentences, syllables) of `text`.
pub fn stats(text: &str) -> (usize, usize, usize) {
    let (mut words, mut sentences, mut syllables) = (0, 0, 0);
    for line in text.split('\n') {
        let line = clean(line);
        if line.is_empty() {
            continue;
        }
        for piece in split_sentences(&line) {
            let ws = word_runs(piece);
            if ws.is_empty() {
                continue;
            }
            sentences += 1;
            words += ws.len();
            for w in ws {
                let s: usize = w
                    .split('-')
                    .filter(|p| p.chars().any(|c| c.is_ascii_alphanumeric()))
                    .map(part_syllables)
                    .sum();
                syllables += s.max(1);
            }
        }
    }
    (words, sentences, syllables)
}

fn is_word_char(c: char) -> bool {
    // Python's `\w` in the markdown-emphasis step: letters, digits and underscore, any script.
    c.is_alphanumeric() || c == '_'
}

/// Step 2 of grade.py for one line.
fn clean(line: &str) -> String {
    let s = line.trim();
    if s.starts_with("{{") && s.ends_with("}}") {
        return String::new();
    }
    let s = strip_marker(s);
    let s = strip_links(s);
    let s = s.replace("**", "").replace("__", "").replace('`', "");
    // `(?<!\w)[*_]|[*_](?!\w)`: drop a `*` or `_` not preceded, or not followed, by a word char.
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let before = i > 0 && is_word_char(chars[i - 1]);
            let after = chars.get(i + 1).is_some_and(|&n| is_word_char(n));
            if !before || !after {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `^(#+|>|[-*+]|\d+\.)\s+` removed once.
fn strip_marker(s: &str) -> &str {
    let marker_len = if s.starts_with('#') {
        s.chars().take_while(|&c| c == '#').count()
    } else if s.starts_with(['>', '-', '*', '+']) {
        1
    } else {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
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
    let trimmed = rest.trim_start();
    if trimmed.len() < rest.len() {
        trimmed
    } else {
        s
    }
}

/// `[text](target)` → `text` (target without `)`, text without `]`).
fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else { break };
        let text = &after[..close];
        let tail = &after[close + 1..];
        if tail.starts_with('(')
            && let Some(end) = tail.find(')')
        {
            out.push_str(&rest[..open]);
            out.push_str(text);
            rest = &tail[end + 1..];
            continue;
        }
        out.push_str(&rest[..=open]);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Splits on `[.!?:;](?:\s+|$)`.
fn split_sentences(line: &str) -> Vec<&str> {
    let mut pieces = vec![];
    let mut start = 0;
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | ':' | ';') {
            continue;
        }
        match iter.peek() {
            None => {
                pieces.push(&line[start..i]);
                start = line.len();
            }
            Some(&(_, n)) if n.is_whitespace() => {
                pieces.push(&line[start..i]);
                let mut next = line.len();
                while let Some(&(j, n)) = iter.peek() {
                    if n.is_whitespace() {
                        iter.next();
                    } else {
                        next = j;
                        break;
                    }
                }
                start = next;
            }
            Some(_) => {}
        }
    }
    pieces.push(&line[start.min(line.len())..]);
    pieces
}

/// Runs of `[A-Za-z0-9'’-]` that hold an ASCII letter or digit.
fn word_runs(piece: &str) -> Vec<&str> {
    let is_part = |c: char| c.is_ascii_alphanumeric() || c == '\'' || c == '’' || c == '-';
    let mut runs = vec![];
    let mut start: Option<usize> = None;
    for (i, c) in piece.char_indices() {
        match (is_part(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(&piece[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(&piece[s..]);
    }
    runs.retain(|w| w.chars().any(|c| c.is_ascii_alphanumeric()));
    runs
}

fn part_syllables(part: &str) -> usize {
    if part.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let w: String = part
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    // grade.py's if/elif: either ending takes one group off (never both).
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Figures computed with `/work/notes/grade.py` on the same text (2026-11-23).
    #[test]
    fn matches_grade_py() {
        let cases: &[(&str, (usize, usize, usize), f64)] = &[
            ("The cat sat on the mat.", (6, 1, 6), -1.45),
            (
                "# Heading\n- A list item: with a colon; and more!\n1. Numbered [link](https://x.y) item.",
                (12, 5, 17),
                2.06,
            ),
            (
                "Well-being is hard. It's 24 hours a day… Don’t **bold** _it_ `code`?",
                (12, 2, 13),
                -0.47,
            ),
            (
                "Miscarriage happens. Recovered, finished, needed, created.",
                (6, 2, 14),
                13.11,
            ),
        ];
        for (text, want, g) in cases {
            assert_eq!(stats(text), *want, "{text}");
            assert!((grade(text) - g).abs() < 0.01, "{text}: {}", grade(text));
        }
        assert!((grade("") - 0.0).abs() < f64::EPSILON);
    }
}
