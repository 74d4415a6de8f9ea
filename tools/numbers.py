#!/usr/bin/env python3
"""Compare the numbers in a Spanish article with its English one (a self-check for translators; the Rust tidy
test in solace-content is the one that counts). Usage: numbers.py content/articles/es/SLUG.md [...]
Every number written with digits must appear the same number of times in both (order may change)."""
import re, sys, os
from collections import Counter

def nums(path):
    src = open(path, encoding="utf-8").read()
    if src.startswith("+++"):
        src = src.split("+++", 2)[2]
    src = re.sub(r"\]\([^)]*\)", "]", src)          # link targets are paths, not numbers
    src = re.sub(r"\{\{[^}]*\}\}", " ", src)         # markers
    return Counter(re.findall(r"\d+(?:[.,]\d+)*", src))

bad = 0
for es in sys.argv[1:]:
    en = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(es))), os.path.basename(es))
    a, b = nums(en), nums(es)
    if a != b:
        bad += 1
        print(f"{es}: only in English {dict(a - b)}, only in Spanish {dict(b - a)}")
    else:
        print(f"{es}: numbers match ({sum(a.values())})")
sys.exit(1 if bad else 0)
