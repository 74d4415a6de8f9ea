//! The results readings in the reader's language: each English `text` / `next_step` that
//! `solace-clinical` gives beside its `Words` (a Fluent message id and typed arguments) is
//! replaced by the same words from Fluent (`content/locales/<lang>/readings-*.ftl`), numbers and
//! dates written by `solace_i18n::fmt`. JSON keys, ids and enums stay as they are.
//!
//! The PDF's hCG reading (`solace_export::pdf`) goes through the same messages.
//!
//! The English Fluent messages are proved equal to the clinical crate's English for every reading
//! the tests can produce (`tests::english_fluent_words_equal_the_clinical_english`), so moving the
//! words into Fluent changed nothing an English reader sees.

use solace_clinical::hcg::{self, HcgOutput, Reading};
use solace_clinical::input::InvalidInput;
use solace_clinical::scan::ScanOutput;
use solace_clinical::words::Words;
use solace_i18n::Tr;

/// `w` in `tr`'s language, or `english` when the clinical crate gave no message (never expected:
/// every reading carries its words; the guard test checks).
fn say(tr: &Tr<'_>, w: &Words, english: &str) -> String {
    if w.id.is_empty() {
        english.to_owned()
    } else {
        tr.words(w)
    }
}

/// Sentences from several messages, joined by a space (a scan reading's next step).
pub fn join(tr: &Tr<'_>, parts: &[Words]) -> String {
    parts
        .iter()
        .map(|w| tr.words(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One hCG reading in `tr`'s language.
pub fn hcg_reading(r: &mut Reading, tr: &Tr<'_>) {
    r.text = say(tr, &r.words, &r.text);
    r.next_step = say(tr, &r.next_words, &r.next_step);
}

/// Every sentence of an hCG answer in `tr`'s language: the readings (and the main one), what to
/// expect next and the projection.
pub fn hcg(out: &mut HcgOutput, tr: &Tr<'_>) {
    if let Some(r) = out.interpretation.as_mut() {
        hcg_reading(r, tr);
    }
    for r in &mut out.readings {
        hcg_reading(r, tr);
    }
    for e in &mut out.expected_next {
        e.text = say(tr, &e.words, &e.text);
    }
    if let Some(p) = out.projection.as_mut() {
        p.text = say(tr, &p.words, &p.text);
    }
}

/// Every sentence of a scan answer in `tr`'s language: each rule set's reading, its reasons and
/// its next step.
pub fn scan(out: &mut ScanOutput, tr: &Tr<'_>) {
    for r in &mut out.readings {
        r.text = say(tr, &r.words, &r.text);
        if !r.next_words.is_empty() {
            r.next_step = join(tr, &r.next_words);
        }
        for reason in &mut r.reasons {
            reason.because = say(tr, &reason.words, &reason.because);
        }
    }
}

/// The hCG check's own input problems in `tr`'s language (`expected`); the problems every
/// calculation shares keep their words.
pub fn hcg_errors(e: &mut InvalidInput, tr: &Tr<'_>) {
    for fe in &mut e.errors {
        if let Some(w) = hcg::problem_words(&fe.problem) {
            fe.expected = tr.words(&w);
        }
    }
}

#[cfg(test)]
mod tests;
