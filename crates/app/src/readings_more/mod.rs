//! The dating, odds and options readings, and the field errors of every calculation, in the
//! reader's language: each English sentence from `solace-clinical` replaced by its `Words`
//! formatted through Fluent (`Tr::words`). The English Fluent messages are proved equal to the
//! clinical English (tests below), so English readers see the very same words.

use std::borrow::Cow;

use solace_clinical::dating::DatingOutput;
use solace_clinical::diary::recovery::{COURSE_FACTS, CourseFact, Flag};
use solace_clinical::input::InvalidInput;
use solace_clinical::management::{Fact, OptionView, Regimen};
use solace_clinical::risk::{RiskOutput, Shown, WeekPoint, WeekSeries};
use solace_i18n::Tr;

use crate::calc::ManagementOptions;

#[cfg(test)]
mod tests;

/// The labels of the CLI's plain-text answers (`solace dating | risk | options`).
pub const CLI_MESSAGE_IDS: &[&str] = &[
    "cli-dating-age",
    "cli-dating-give-or-take",
    "cli-dating-as-of",
    "cli-dating-due",
    "cli-dating-note",
    "cli-dating-sources",
    "cli-odds-checked",
    "cli-odds-figures",
    "cli-odds-not-shown",
    "cli-odds-week",
    "cli-options-what",
    "cli-options-how-long",
    "cli-options-how-often",
    "cli-options-ask",
    "cli-options-after",
];

/// Every message id these readings and field errors use (for the tidy tests).
#[must_use]
pub fn message_ids() -> Vec<&'static str> {
    use solace_clinical::{dating, input, management, risk};
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(dating::MESSAGE_IDS);
    ids.extend(input::PROBLEM_IDS);
    ids.extend(input::UNITS.iter().map(|(_, id)| *id));
    ids.extend(input::DETAILS.iter().map(|(_, id)| *id));
    ids.extend(risk::MESSAGE_IDS);
    ids.extend(risk::all_figures().iter().map(|f| f.id));
    for o in management::OPTIONS {
        ids.push(o.name_msg);
        ids.extend(o.question_msgs);
        ids.extend(o.what_happens.iter().chain(o.how_long).map(|f| f.msg));
        ids.extend(o.regimens.iter().flat_map(|r| [r.when_msg, r.fact.msg]));
        ids.extend(o.how_often_it_works.iter().map(|f| f.id));
    }
    ids.extend(management::AFTERCARE.iter().map(|f| f.msg));
    ids.extend(CLI_MESSAGE_IDS);
    ids.extend(DIARY_MESSAGE_IDS);
    ids.extend(COURSE_FACTS.iter().map(CourseFact::msg));
    ids
}

/// An expected-course fact in the reader's language.
#[must_use]
pub fn course_fact(tr: &Tr<'_>, f: &CourseFact) -> String {
    tr.words(&f.words())
}

/// The diary's recovery findings and reasons ([`Flag::finding_words`], [`Flag::why_words`]).
pub const DIARY_MESSAGE_IDS: &[&str] = &[
    "diary-finding-fever",
    "diary-finding-no-bleeding-after-misoprostol",
    "diary-finding-bleeding-heavier-again",
    "diary-finding-bleeding-longer-than-expected",
    "diary-finding-positive-test-after-treatment",
    "diary-finding-no-period-by-8-weeks",
    "diary-finding-recent-symptoms",
    "diary-why-fever",
    "diary-why-no-bleeding-after-misoprostol",
    "diary-why-bleeding-heavier-again",
    "diary-why-bleeding-longer-than-expected",
    "diary-why-positive-test-after-treatment",
    "diary-why-no-period-by-8-weeks",
];

/// A recovery flag's finding in the reader's language.
#[must_use]
pub fn finding(tr: &Tr<'_>, f: &Flag) -> String {
    tr.words(&f.finding_words)
}

/// A recovery flag's reason in the reader's language (empty when it has none).
#[must_use]
pub fn why(tr: &Tr<'_>, f: &Flag) -> String {
    f.why_words().map(|w| tr.words(&w)).unwrap_or_default()
}

/// A dating answer in the reader's language.
#[must_use]
pub fn dating(tr: &Tr<'_>, mut out: DatingOutput) -> DatingOutput {
    out.text = tr.words(&out.text_words);
    if let Some(w) = &out.note_words {
        out.note = Some(tr.words(w));
    }
    out
}

/// One figure in the reader's language: its sentence and its computed wording.
#[must_use]
pub fn shown(tr: &Tr<'_>, mut f: Shown) -> Shown {
    f.text = Cow::Owned(tr.words(&f.words()));
    f.in_100 = f.in_100_words().map(|w| tr.words(&w));
    f.percent_text = f.percent_words().map(|w| tr.words(&w));
    f.odds_text = f.odds_words().map(|w| tr.words(&w));
    f
}

/// The week-by-week series in the reader's language.
#[must_use]
pub fn week_series(tr: &Tr<'_>, mut s: WeekSeries) -> WeekSeries {
    s.title = Cow::Owned(tr.t(WeekSeries::TITLE_ID));
    for p in &mut s.points {
        week_point(tr, p);
    }
    s
}

fn week_point(tr: &Tr<'_>, p: &mut WeekPoint) {
    if let Some(w) = p.in_100_words() {
        p.in_100 = tr.words(&w);
    }
}

/// An odds answer in the reader's language.
#[must_use]
pub fn risk(tr: &Tr<'_>, mut out: RiskOutput) -> RiskOutput {
    out.framing = Cow::Owned(tr.t(RiskOutput::FRAMING_ID));
    out.figures = out.figures.into_iter().map(|f| shown(tr, f)).collect();
    for w in &mut out.withheld {
        w.text = Cow::Owned(tr.words(&w.words()));
    }
    for u in &mut out.unused {
        u.text = Cow::Owned(tr.words(&u.words()));
    }
    out.by_week = out.by_week.map(|s| week_series(tr, s));
    out
}

/// A fact in the reader's language.
#[must_use]
pub fn fact(tr: &Tr<'_>, mut f: Fact) -> Fact {
    f.text = Cow::Owned(tr.words(&f.words()));
    f
}

fn regimen(tr: &Tr<'_>, mut r: Regimen) -> Regimen {
    r.when = Cow::Owned(tr.t(r.when_msg));
    r.fact = fact(tr, r.fact);
    r
}

/// One management option in the reader's language.
#[must_use]
pub fn option_view(tr: &Tr<'_>, mut o: OptionView) -> OptionView {
    o.name = Cow::Owned(tr.t(o.name_msg));
    o.what_happens = o.what_happens.into_iter().map(|f| fact(tr, f)).collect();
    o.regimens = o.regimens.into_iter().map(|r| regimen(tr, r)).collect();
    o.how_long = o.how_long.into_iter().map(|f| fact(tr, f)).collect();
    o.how_often_it_works = o
        .how_often_it_works
        .into_iter()
        .map(|f| shown(tr, f))
        .collect();
    o.questions = o
        .question_msgs
        .iter()
        .map(|id| Cow::Owned(tr.t(id)))
        .collect();
    o
}

/// The management options and aftercare in the reader's language.
#[must_use]
pub fn options(tr: &Tr<'_>, out: ManagementOptions) -> ManagementOptions {
    ManagementOptions {
        options: out
            .options
            .into_iter()
            .map(|o| option_view(tr, o))
            .collect(),
        aftercare: out.aftercare.into_iter().map(|f| fact(tr, f)).collect(),
    }
}

/// Field errors in the reader's language: each `expected` from its `Words`. The field names (JSON
/// keys) stay as they are.
#[must_use]
pub fn field_errors(tr: &Tr<'_>, mut e: InvalidInput) -> InvalidInput {
    for fe in &mut e.errors {
        fe.expected = tr.words(&fe.words());
    }
    e
}
