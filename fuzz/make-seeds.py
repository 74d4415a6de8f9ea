#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/ (small valid samples and some edge cases).

Run from the repository root: `python3 fuzz/make-seeds.py [path/to/solace]`. With the `solace`
binary it also writes the backup seed, through the real `diary init`, `diary add` and
`export --format backup` (a throwaway diary; the passphrase is the one in
fuzz/fuzz_targets/backup.rs). The files the fuzzer adds itself are not written here.
"""

import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
PASSPHRASE = "fuzzing seed passphrase, not a secret"


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    elif not isinstance(data, bytes):
        data = json.dumps(data, separators=(",", ":")).encode()
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    with open(os.path.join(ROOT, target, name), "wb") as f:
        f.write(data)


# --- triage (DESIGN.md "Triage input") ------------------------------------------------------------
TRIAGE = {
    "empty": {},
    "self-care": {"region": "uk", "situation": "after_loss", "bleeding": "light", "pain": 2},
    "heavy-bleeding": {"situation": "miscarriage_diagnosed", "bleeding": "heavy",
                       "pads_soaked_per_hour": 2, "heavy_hours": 2, "clots": "large"},
    "ectopic-signs": {"region": "us", "situation": "pregnant", "location": "not_confirmed",
                      "weeks": 6.5, "pain": 7, "pain_one_sided": True, "shoulder_tip_pain": True,
                      "ectopic_risk_factors": True},
    "fever-f": {"region": "ca", "situation": "after_loss", "treatment": "surgery",
                "days_since_treatment": 3, "temperature_f": 100.6, "feels_feverish": True,
                "foul_discharge": True},
    "both-temperatures": {"temperature_c": 38.0, "temperature_f": 100.4},
    "faint": {"region": "au", "dizzy_or_faint": True, "fainted": True, "racing_heart": True,
              "pale_clammy": True},
    "after-loss-weeks": {"region": "nz", "situation": "after_loss", "treatment": "medication",
                         "positive_test_weeks_after": 4, "no_period_weeks": 9,
                         "low_mood_weeks": 3, "bleeding_days": 15},
    "harm": {"region": "ie", "thoughts_of_harm": True, "bowel_or_rectal_pain": True,
             "pain_worse_or_constant": True},
    "every-field": {"region": "other", "situation": "pregnant", "location": "ectopic", "weeks": 7,
                    "treatment": "expectant", "days_since_treatment": 1, "bleeding": "moderate",
                    "pads_soaked_per_hour": 1, "heavy_hours": 1, "bleeding_days": 2,
                    "clots": "small", "pain": 5, "pain_one_sided": False,
                    "shoulder_tip_pain": False, "pain_worse_or_constant": False,
                    "temperature_c": 37.2, "feels_feverish": False, "dizzy_or_faint": False,
                    "fainted": False, "racing_heart": False, "pale_clammy": False,
                    "foul_discharge": False, "bowel_or_rectal_pain": False,
                    "positive_test_weeks_after": 0, "no_period_weeks": 0, "low_mood_weeks": 0,
                    "ectopic_risk_factors": False, "thoughts_of_harm": False,
                    "confused_or_drowsy": False, "breathless": False,
                    "mottled_or_blue_skin": False, "no_urine_18h": False, "vomiting": False},
    "sepsis": {"region": "ca", "situation": "after_loss", "confused_or_drowsy": True,
               "breathless": True, "mottled_or_blue_skin": True, "no_urine_18h": True,
               "vomiting": True},
}
TRIAGE_RAW = {
    "out-of-range": '{"pain": 4.5, "weeks": -1, "temperature_c": 50, "pads_soaked_per_hour": 1e308}',
    "wrong-types": '{"pain": "a lot", "fainted": "yes", "clots": "huge", "region": 1}',
    "unknown-field": '{"vomiting": true}',
    "not-an-object": "[true, 1, null]",
    "trailing": "{} {}",
    "cut-short": '{"fainted": tru',
    "huge-number": '{"weeks": 1e400}',
    "nested": '{"region": {"region": [[[[[[]]]]]]}}',
}


# --- hCG (DESIGN.md "hCG input"); the fuzz target's "now" is 2026-11-20T12:00:00Z -----------------
def series(context, pairs, unit="iu_per_l"):
    return {"context": context, "values": [{"at": at, unit: v} for at, v in pairs]}


HCG = {
    "unknown-location-rise": series("unknown_location",
                                    [("2026-11-16T09:00:00+00:00", 1000), ("2026-11-18T09:00:00+00:00", 1700)]),
    "unknown-location-fall": series("unknown_location",
                                    [("2026-11-16T09:00:00Z", 1500), ("2026-11-18T09:00:00Z", 600)]),
    "after-loss-projection": series("after_loss",
                                    [("2026-11-01T08:30:00+01:00", 3500), ("2026-11-03T08:30:00+01:00", 2000),
                                     ("2026-11-08T08:30:00+01:00", 400), ("2026-11-15T08:30:00+01:00", 40)]),
    "in-womb-miu": series("confirmed_in_womb",
                          [("2026-11-10T07:00:00-05:00", 5000), ("2026-11-12T07:00:00-05:00", 9800)],
                          unit="miu_per_ml"),
    "ectopic-expectant": series("ectopic_expectant",
                                [("2026-11-01T10:00:00+10:00", 900), ("2026-11-03T10:00:00+10:00", 700),
                                 ("2026-11-05T10:00:00+10:00", 500), ("2026-11-08T10:00:00+10:00", 300),
                                 ("2026-11-15T10:00:00+10:00", 15)]),
    "ectopic-methotrexate": series("ectopic_methotrexate",
                                   [("2026-11-10T09:00:00+13:00", 1200), ("2026-11-14T09:00:00+13:00", 1300),
                                    ("2026-11-17T09:00:00+13:00", 1000)]),
    "both-units": {"context": "after_loss", "values": [
        {"at": "2026-11-18T09:00:00Z", "iu_per_l": 100, "miu_per_ml": 100},
        {"at": "2026-11-19T09:00:00Z", "iu_per_l": 60, "miu_per_ml": 61}]},
}
HCG_RAW = {
    "future-and-order": '{"context":"unknown_location","values":[{"at":"2030-01-01T00:00:00Z","iu_per_l":5},'
                        '{"at":"2020-01-01T00:00:00Z","iu_per_l":5}]}',
    "too-close": '{"context":"after_loss","values":[{"at":"2026-11-18T09:00:00Z","iu_per_l":50},'
                 '{"at":"2026-11-18T09:30:00Z","iu_per_l":40}]}',
    "bad-values": '{"context":"after_loss","values":[{"at":"yesterday","iu_per_l":-1},'
                  '{"at":"2026-11-18T09:00:00","iu_per_l":1e7},{"iu_per_l":0}]}',
    "far-dates": '{"context":"after_loss","values":[{"at":"0001-01-01T00:00:00+23:59","iu_per_l":1000000},'
                 '{"at":"9999-12-31T23:59:59-23:59","iu_per_l":0.001}]}',
    "no-context": '{"values":[]}',
    "wrong-shape": '{"context":"after_loss","values":{"at":1}}',
}


# --- photos: JPEG and PNG structures like crates/web/src/photo_meta.rs's samples ---------------------
def segment(code, payload):
    return bytes([0xFF, code]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(metadata=True, trailer=True):
    j = b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    if metadata:
        j += segment(0xE1, b"Exif\x00\x00MM\x00*\x00\x00\x00\x08GPSLatitude=51.5N")
        j += segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")
        j += segment(0xE2, b"ICC_PROFILE\x00\x01\x01model")
        j += segment(0xFE, b"a comment")
    j += segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01")
    j += segment(0xDB, b"\x00" + b"\x01" * 64)
    j += segment(0xC0, bytes([8, 0, 8, 0, 8, 1, 1, 0x11, 0]))
    j += segment(0xC4, bytes([0] + [0, 1] + [0] * 14 + [0]))
    j += segment(0xDD, b"\x00\x04")
    j += segment(0xDA, bytes([1, 1, 0, 0, 63, 0]))
    j += b"PIXELS\x12\xff\x00\x34\xff\xd0\x56"
    j += b"\xff\xff\xd9"
    if trailer:
        j += b"trailer"
    return j


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(metadata=True):
    sig = b"\x89PNG\r\n\x1a\n"
    p = sig + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    if metadata:
        p += chunk(b"tIME", bytes([7, 234, 11, 20, 9, 0, 0]))
        p += chunk(b"tEXt", b"Comment\x00GPSLatitude=51.5N")
        p += chunk(b"eXIf", b"MM\x00*\x00\x00\x00\x08")
        p += chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(b"profile"))
    p += chunk(b"pHYs", bytes([0, 0, 11, 19, 0, 0, 11, 19, 1]))
    p += chunk(b"sRGB", b"\x00")
    p += chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))  # one red pixel: a real image
    p += chunk(b"IEND", b"")
    if metadata:
        p += b"after the end"
    return p


def photos():
    full_png = png()
    return {
        "jpeg-with-metadata.jpg": jpeg(),
        "jpeg-clean.jpg": jpeg(metadata=False, trailer=False),
        "png-with-metadata.png": full_png,
        "png-clean.png": png(metadata=False),
        "png-bad-crc.png": full_png[:40] + bytes([full_png[40] ^ 0xFF]) + full_png[41:],
        "png-cut-short.png": full_png[:30],
        "jpeg-cut-short.jpg": jpeg()[:50],
        "jpeg-length-past-end.jpg": b"\xff\xd8\xff\xe1\xff\xff" + b"x" * 8,
        "gif.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        "empty": b"",
    }


def backup(solace):
    """A real backup of a three-entry throwaway diary, through the CLI."""
    with tempfile.TemporaryDirectory() as tmp:
        pf = os.path.join(tmp, "passphrase")
        with open(pf, "w") as f:
            f.write(PASSPHRASE + "\n")
        os.chmod(pf, 0o600)
        base = [solace, "--region", "uk"]
        vault = ["--data-dir", os.path.join(tmp, "data"), "--passphrase-file", pf]
        subprocess.run(base + ["diary", "init"] + vault, check=True, stdout=subprocess.DEVNULL)
        for entry in [
            {"kind": "note", "at": "2026-11-18T09:00:00Z", "text": "a seed note"},
            {"kind": "bleeding", "at": "2026-11-19T09:00:00Z", "amount": "light"},
            {"kind": "pain", "at": "2026-11-20T09:00:00Z", "score": 3},
        ]:
            subprocess.run(base + ["diary", "add"] + vault, input=json.dumps(entry).encode(),
                           check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(tmp, "backup.json")
        subprocess.run(base + ["export", "--format", "backup", "--out", out] + vault, check=True,
                       stdout=subprocess.DEVNULL)
        data = open(out, "rb").read()
    write("backup", "three-entries.json", data)
    doc = json.loads(data)
    # Edge cases around the real one: no records, a record twice, a bad magic, a future format,
    # a cut-short file, a record's nonce changed (it then does not open).
    write("backup", "no-records.json", dict(doc, records=[]))
    write("backup", "duplicate-record.json", dict(doc, records=doc["records"][:1] * 2))
    write("backup", "bad-magic.json", dict(doc, magic="solace-backup-x"))
    write("backup", "format-2.json", dict(doc, format=2))
    write("backup", "cut-short.json", data[: len(data) // 2])
    moved = dict(doc["records"][0], nonce="00" * 24)
    write("backup", "tampered-nonce.json", dict(doc, records=[moved] + doc["records"][1:]))


def main():
    for name, doc in TRIAGE.items():
        write("triage", name + ".json", doc)
    for name, text in TRIAGE_RAW.items():
        write("triage", name + ".json", text)
    for name, doc in HCG.items():
        write("hcg", name + ".json", doc)
    for name, text in HCG_RAW.items():
        write("hcg", name + ".json", text)
    for name, data in photos().items():
        write("photo", name, data)
    if len(sys.argv) > 1:
        backup(sys.argv[1])


if __name__ == "__main__":
    main()
