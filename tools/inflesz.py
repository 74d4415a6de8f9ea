#!/usr/bin/env python3
"""INFLESZ (Szigriszt-Pazos) readability of Spanish Solace articles -- a self-check for translators.
P = 206.835 - 62.3 * syllables/words - words/sentences.  Target >= 65 ("bastante facil").
Usage: inflesz.py FILE.md [...]   (front matter and {{ markers }} are skipped; each heading and list item
is a sentence of its own, as grade.rs counts them). The Rust port, crates/content/src/inflesz.rs, is the one the tests use."""
import re, sys

VOWELS = set("aeiouáéíóúü")
STRONG = set("aeoáéóíú")  # accented i/u break a diphthong: they count as strong

def syllables(word):
    w = word.lower()
    w = re.sub(r"qu(?=[eiéí])", "q", w)
    w = re.sub(r"gu(?=[eiéí])", "g", w)
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        w = w[:-1] + "i"
    n, prev = 0, None  # prev: last vowel in the current run
    for ch in w:
        if ch in VOWELS:
            if prev is None:
                n += 1
            elif prev in STRONG and ch in STRONG:
                n += 1  # hiatus
            prev = ch
        else:
            prev = None
    return max(n, 1)

def text_units(src):
    if src.startswith("+++"):
        src = src.split("+++", 2)[2]
    src = re.sub(r"\{\{[^}]*\}\}", " ", src)
    src = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", src)
    units = []
    for line in src.splitlines():
        line = line.strip()
        if not line or line.startswith("!") or line.startswith("<"):
            continue
        line = re.sub(r"^(#+|[-*]|\d+\.)\s+", "", line)
        line = line.replace("**", "").replace("_", " ")
        units.append(line)
    # paragraphs may wrap over lines; join non-list lines into one stream, split on sentence ends
    sentences = []
    for u in units:
        for s in re.split(r"(?<=[.!?:;])\s+", u):
            if re.search(r"[A-Za-zÁÉÍÓÚÑáéíóúñü0-9]", s):
                sentences.append(s)
    return sentences

def words_of(s):
    return re.findall(r"[A-Za-zÁÉÍÓÚÑÜáéíóúñü]+|\d+(?:[.,]\d+)?", s)

def inflesz(src):
    sents = text_units(src)
    words = [w for s in sents for w in words_of(s)]
    if not words:
        return 0.0, 0, 0, 0
    syl = sum(syllables(w) if not w[0].isdigit() else 2 for w in words)
    p = 206.835 - 62.3 * syl / len(words) - len(words) / len(sents)
    return p, len(words), syl, len(sents)

if __name__ == "__main__":
    for f in sys.argv[1:]:
        p, w, s, n = inflesz(open(f, encoding="utf-8").read())
        print(f"{p:6.1f}  {f}  (words {w}, syllables {s}, sentences {n}, syl/word {s/max(w,1):.2f}, words/sentence {w/max(n,1):.1f})")
