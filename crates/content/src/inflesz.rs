//! The readability of Spanish article text: the Szigriszt-Pazos perspicuity index, read on the
//! INFLESZ scale (65 and over is "bastante fácil" or easier). A line-by-line port of
//! `tools/inflesz.py` (the translators' self-check), so the tidy tests compute exactly the
//! figure the translators saw.
//!
//! The algorithm of `inflesz.py`:
//!
//! ```text
//! P = 206.835 - 62.3 * syllables/words - words/sentences
//! 1. Drop the front matter (the text up to the second '+++' when the text starts with '+++').
//! 2. Replace every '{{ … }}' marker with a space; links '[text](target)' become 'text'.
//! 3. Lines, stripped; drop empty ones and those starting with '!' or '<'. Drop a leading
//!    '#…', '-', '*' or 'N.' followed by whitespace; drop '**'; '_' becomes a space.
//! 4. Sentences: split each line after '.', '!', '?', ':' or ';' followed by whitespace; a piece
//!    with a letter or digit is a sentence (so each heading and list item is one).
//! 5. Words: runs of Spanish letters (A–Z, a–z, ÁÉÍÓÚÑÜ, áéíóúñü), or digits with at most one
//!    '.' or ',' and digits after it. A number counts 2 syllables.
//! 6. Syllables of a word (lowercased): 'qu' and 'gu' before e, i, é, í lose their 'u'; a final
//!    'y' after a consonant is a vowel ('i'); then count runs of vowels (aeiouáéíóúü), where two
//!    strong vowels side by side (a, e, o, and the accented á é ó í ú) start a new syllable
//!    (a hiatus: "país", "aéreo"); at least 1.
//! ```
//!
//! Port notes: Python's `str.strip()` and `\s` are Unicode whitespace plus U+001C–U+001F, as
//! here; `str.splitlines()` splits on the same line ends as [`lines`]; Python's `\d` is any
//! Unicode digit, taken here as ASCII digits (articles write numbers in ASCII).

/// The figures for one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inflesz {
    /// The Szigriszt-Pazos index, 0 for a text without words.
    pub score: f64,
    pub words: usize,
    pub syllables: usize,
    pub sentences: usize,
}

use crate::grade::{is_space, strip_links};

/// The lowest score an article may have: "bastante fácil" on the INFLESZ scale.
pub const MIN_SCORE: f64 = 65.0;

const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü'];
/// Accented i and u break a diphthong: they count as strong.
const STRONG: &[char] = &['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'];

/// `syllables(word)`: the syllables of one word of letters.
pub fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    // `re.sub(r"qu(?=[eiéí])", "q", w)`, then the same for `gu`.
    let drop_u = |w: &str, first: char| -> String {
        let chars: Vec<char> = w.chars().collect();
        let mut out = String::with_capacity(w.len());
        let mut i = 0;
        while i < chars.len() {
            out.push(chars[i]);
            if chars[i] == first
                && chars.get(i + 1) == Some(&'u')
                && chars
                    .get(i + 2)
                    .is_some_and(|c| matches!(c, 'e' | 'i' | 'é' | 'í'))
            {
                i += 2;
            } else {
                i += 1;
            }
        }
        out
    };
    let w = drop_u(&drop_u(&lower, 'q'), 'g');
    let mut chars: Vec<char> = w.chars().collect();
    if chars.len() > 1 && chars[chars.len() - 1] == 'y' && !VOWELS.contains(&chars[chars.len() - 2])
    {
        let last = chars.len() - 1;
        chars[last] = 'i';
    }
    let mut n = 0usize;
    let mut prev: Option<char> = None;
    for ch in chars {
        if VOWELS.contains(&ch) {
            match prev {
                None => n += 1,
                Some(p) if STRONG.contains(&p) && STRONG.contains(&ch) => n += 1,
                Some(_) => {}
            }
            prev = Some(ch);
        } else {
            prev = None;
        }
    }
    n.max(1)
}

/// Python's `str.splitlines()`.
fn lines(s: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        out.push(&s[start..i]);
        start = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            start += 1;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `re.sub(r"\{\{[^}]*\}\}", " ", s)`.
fn strip_markers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with("{{")
            && let Some(close) = rest[2..].find('}')
            && rest[2 + close + 1..].starts_with('}')
        {
            out.push(' ');
            i += 2 + close + 2;
            continue;
        }
        let c = rest.chars().next().expect("not at the end");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// `re.sub(r"^(#+|[-*]|\d+\.)\s+", "", s)`.
fn strip_marker(s: &str) -> &str {
    let marker_len = if s.starts_with('#') {
        s.bytes().take_while(|&b| b == b'#').count()
    } else if s.starts_with(['-', '*']) {
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

/// `re.split(r"(?<=[.!?:;])\s+", u)`.
fn split_sentences(s: &str) -> Vec<&str> {
    let mut pieces = vec![];
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_space(c) && prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | ':' | ';')) {
            let rest = &s[i..];
            let ws = rest.len() - rest.trim_start_matches(is_space).len();
            pieces.push(&s[start..i]);
            start = i + ws;
            while iter.peek().is_some_and(|&(j, _)| j < start) {
                iter.next();
            }
            prev = None;
            continue;
        }
        prev = Some(c);
    }
    pieces.push(&s[start..]);
    pieces
}

/// `[A-Za-zÁÉÍÓÚÑÜáéíóúñü]`.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || "ÁÉÍÓÚÑÜáéíóúñü".contains(c)
}

/// `re.search(r"[A-Za-zÁÉÍÓÚÑáéíóúñü0-9]", s)` (the Python leaves out `Ü` here).
fn has_text(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_alphanumeric() || "ÁÉÍÓÚÑáéíóúñü".contains(c))
}

/// `text_units(src)`: the sentences.
fn sentences(src: &str) -> Vec<String> {
    let src = match src.strip_prefix("+++") {
        // `src.split("+++", 2)[2]`: after the second `+++`; none: an empty text.
        Some(rest) => rest.split_once("+++").map_or("", |(_, after)| after),
        None => src,
    };
    let src = strip_links(&strip_markers(src));
    let mut out = vec![];
    for line in lines(&src) {
        let line = line.trim_matches(is_space);
        if line.is_empty() || line.starts_with('!') || line.starts_with('<') {
            continue;
        }
        let unit = strip_marker(line).replace("**", "").replace('_', " ");
        for s in split_sentences(&unit) {
            if has_text(s) {
                out.push(s.to_owned());
            }
        }
    }
    out
}

/// `words_of(s)`: `[A-Za-zÁÉÍÓÚÑÜáéíóúñü]+|\d+(?:[.,]\d+)?`.
fn words(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(at, _)| at);
    let run = |from: usize, f: fn(char) -> bool| {
        from + chars[from..].iter().take_while(|(_, c)| f(*c)).count()
    };
    let mut out = vec![];
    let mut k = 0;
    while k < chars.len() {
        let (start, first) = chars[k];
        let end = if is_letter(first) {
            run(k, is_letter)
        } else if first.is_ascii_digit() {
            let digits = run(k, |c| c.is_ascii_digit());
            let decimals = chars
                .get(digits)
                .is_some_and(|(_, c)| matches!(c, '.' | ','))
                && chars
                    .get(digits + 1)
                    .is_some_and(|(_, c)| c.is_ascii_digit());
            if decimals {
                run(digits + 1, |c| c.is_ascii_digit())
            } else {
                digits
            }
        } else {
            k += 1;
            continue;
        };
        out.push(&text[start..end_of(end)]);
        k = end;
    }
    out
}

/// `inflesz(src)`: the score and the counts of an article (front matter and markers skipped).
pub fn inflesz(src: &str) -> Inflesz {
    // Python reads files with universal newlines.
    let src = src.replace("\r\n", "\n").replace('\r', "\n");
    let sents = sentences(&src);
    let all: Vec<&str> = sents.iter().flat_map(|s| words(s)).collect();
    if all.is_empty() {
        return Inflesz {
            score: 0.0,
            words: 0,
            syllables: 0,
            sentences: sents.len(),
        };
    }
    let syl: usize = all
        .iter()
        .map(|w| {
            if w.starts_with(|c: char| c.is_ascii_digit()) {
                2
            } else {
                syllables(w)
            }
        })
        .sum();
    let (w, y, s) = (all.len() as f64, syl as f64, sents.len() as f64);
    Inflesz {
        score: 206.835 - 62.3 * y / w - w / s,
        words: all.len(),
        syllables: syl,
        sentences: sents.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_known_words() {
        for (word, n) in [
            ("que", 1),
            ("guerra", 2),
            ("pingüino", 3),
            ("país", 2),
            ("reía", 3),
            ("ciudad", 2),
            ("hoy", 1),
            ("aéreo", 4),
            ("continúa", 4),
            ("Qué", 1),
            ("embarazo", 4),
            ("coágulos", 4),
            ("sangrado", 3),
            ("ecografía", 5),
            ("hacer", 2),
            ("ahora", 3),
            ("muy", 1),
            ("rey", 1),
            ("ley", 1),
            ("guiso", 2),
            ("averigüé", 4),
            ("Paraguay", 3),
            ("y", 1),
            ("hCG", 1),
            ("pérdida", 3),
            ("ginecólogo", 5),
            ("cuidado", 3),
            ("poeta", 3),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    /// What `tools/inflesz.py` computes for this text: `inflesz.inflesz(SAMPLE)` is
    /// `(82.01833333333335, 56, 108, 12)` (score, words, syllables, sentences).
    const SAMPLE: &str = "+++\nslug = \"x\"\ntitle = \"No se cuenta +\"\n+++\n## Qué hacer ahora\n\n\
Si sangra mucho, llame al {{ ed }} ahora. Descanse: le ayudará.\n\n\
- Tome paracetamol.\n- Use toallas sanitarias, no tampones!\n\
1. Hable con su **médico** o lea [nuestra página](/learn/scans).\n\
{{ drawing: clot-small }}\n![imagen](x.png)\n<br>\n\
La hCG sube en 48 horas; el 15.3% de los embarazos termina así. ¿Por qué? Nadie lo sabe_del todo.\n\
Quiero saber qué pasó con mi bebé, aunque duela.\n";

    #[test]
    fn matches_the_python_on_a_passage() {
        let r = inflesz(SAMPLE);
        assert_eq!((r.words, r.syllables, r.sentences), (56, 108, 12), "{r:?}");
        assert!(
            (r.score - 82.018_333_333_333_35).abs() < 1e-12,
            "{}",
            r.score
        );
        assert_eq!(inflesz(&SAMPLE.replace('\n', "\r\n")), r);
    }

    #[test]
    fn pieces_behave_like_the_python_regexes() {
        assert_eq!(split_sentences("a. b!c? d"), ["a.", "b!c?", "d"]);
        assert_eq!(split_sentences("fin."), ["fin."]);
        assert_eq!(
            words("El 15.3% y 1,500 o 2.5.6"),
            ["El", "15.3", "y", "1,500", "o", "2.5", "6"]
        );
        assert_eq!(words("¿Cómo está?"), ["Cómo", "está"]);
        assert_eq!(strip_markers("a {{ ed }} b {{x} c"), "a   b {{x} c");
        assert_eq!(strip_links("[a](b) [c]"), "a [c]");
        assert_eq!(strip_marker("## Título"), "Título");
        assert_eq!(strip_marker("+ no"), "+ no");
        assert_eq!(strip_marker("> no"), "> no");
        assert_eq!(lines("a\r\nb\rc\n\nd"), ["a", "b", "c", "", "d"]);
        assert_eq!(inflesz("").words, 0);
        // (The Python fails on front matter that never closes; here it is an empty text.)
        assert_eq!(inflesz("+++\nsolo front matter").words, 0);
    }
}
