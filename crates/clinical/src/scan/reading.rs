//! One rule set's reading of the findings: the rules that fired, those that could not be
//! checked, and the words for the category.

use crate::sources::Source;
use crate::words::{Arg, Words};

use super::input::Route;
use super::rules::{Category, RULES, ScanRule, ScanRuleSet};
use super::{Findings, NICE_RESCAN_DAYS, NotChecked, Reason, ScanReading};

pub(super) fn read_one(f: &Findings, rule_set: ScanRuleSet) -> ScanReading {
    let mut fired: Vec<&ScanRule> = Vec::new();
    let mut not_checked = Vec::new();
    for rule in RULES.iter().filter(|r| r.rule_set == rule_set) {
        match (rule.test)(f) {
            Some(true) => fired.push(rule),
            Some(false) => {}
            None => {
                let mut needs: Vec<&'static str> =
                    rule.needs.iter().copied().filter(|n| !f.known(n)).collect();
                if needs.is_empty() {
                    needs = rule.needs.to_vec();
                }
                not_checked.push(NotChecked {
                    rule: rule.id,
                    needs,
                });
            }
        }
    }
    // Most serious first; RULES order within a category.
    fired.sort_by_key(|r| std::cmp::Reverse(r.category.rank()));
    let category = fired
        .first()
        .map_or(Category::NoCriteriaMet, |r| r.category);

    let reasons = fired
        .iter()
        .map(|r| Reason {
            rule: r.id,
            because: r.because.to_owned(),
            sources: r.sources.to_vec(),
            words: Words::id(r.because_id),
        })
        .collect();

    let (id, (text, text_words), (mut next_step, first_next)) = words(rule_set, category, &fired);
    let mut next_words = vec![first_next];
    if rule_set == ScanRuleSet::Sru2013 && f.route == Route::Transabdominal {
        next_step.push_str(
            " The SRU signs are for scans through the vagina (transvaginal). This scan was \
             through the tummy only, so they could not be used.",
        );
        next_words.push(Words::id("scanr-sru-transabdominal"));
    }
    // Missing details matter when a rule more serious than the result could not be checked.
    let mut missing: Vec<(&'static str, &'static str)> = RULES
        .iter()
        .filter(|r| {
            r.category.rank() > category.rank()
                && not_checked.iter().any(|n: &NotChecked| n.rule == r.id)
        })
        .flat_map(|r| not_checked.iter().filter(|n| n.rule == r.id))
        .flat_map(|n| n.needs.iter().copied())
        .map(plain_field)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        next_step.push_str(" Some checks need more details from your scan report: ");
        next_step.push_str(&missing.iter().map(|m| m.0).collect::<Vec<_>>().join("; "));
        next_step.push('.');
        next_words.push(
            Words::id("scanr-missing-details").arg("details", Arg::Words(Box::new(list(&missing)))),
        );
    }
    if category == Category::NoCriteriaMet
        && f.msd_mm.is_none()
        && f.crl_mm.is_none()
        && f.embryo != Some(true)
    {
        next_step.push_str(
            " If the scan did not show a pregnancy sac in the womb, ask your care team about \
             blood tests (hCG) and when you will be seen again.",
        );
        next_words.push(Words::id("scanr-no-sac-seen"));
    }

    ScanReading {
        rule_set,
        id,
        category,
        text,
        reasons,
        next_step,
        not_checked,
        words: text_words,
        next_words,
        sources: match rule_set {
            ScanRuleSet::Sru2013 => vec![Source::Sru2013, Source::SruLexicon2024],
            ScanRuleSet::NiceNg126 => vec![Source::NiceNg126, Source::SruLexicon2024],
        },
    }
}

/// The details in a list ("a; b; c"), as nested messages: each `scanr-list` holds the first
/// and the rest.
fn list(items: &[(&'static str, &'static str)]) -> Words {
    match items {
        [] => Words::default(),
        [(_, one)] => Words::id(one),
        [(_, first), rest @ ..] => Words::id("scanr-list")
            .arg("first", Arg::Words(Box::new(Words::id(first))))
            .arg("rest", Arg::Words(Box::new(list(rest)))),
    }
}

/// A field name in words a person would find on a scan report, with its message id.
fn plain_field(field: &'static str) -> (&'static str, &'static str) {
    match field {
        "crl_mm" => ("the embryo's size (CRL)", "scanr-field-crl"),
        "msd_mm" => ("the pregnancy sac's size (MSD)", "scanr-field-msd"),
        "embryo_seen" => ("whether an embryo was seen", "scanr-field-embryo"),
        "cardiac_activity" => ("whether cardiac activity was seen", "scanr-field-cardiac"),
        "yolk_sac_seen" => ("whether a yolk sac was seen", "scanr-field-yolk-seen"),
        "yolk_sac_mm" => ("the yolk sac's size", "scanr-field-yolk-size"),
        "amnion_empty" => ("whether the amnion was empty", "scanr-field-amnion"),
        "weeks_since_lmp" => ("weeks since your last period", "scanr-field-weeks"),
        "previous_scan.days_ago" | "previous_scan.sac_seen" | "previous_scan.yolk_sac_seen" => {
            ("what your earlier scan showed", "scanr-field-previous")
        }
        other => (other, "scanr-field-other"),
    }
}

type Said = (String, Words);

fn words(
    rule_set: ScanRuleSet,
    category: Category,
    fired: &[&ScanRule],
) -> (&'static str, Said, Said) {
    let safety = " If you have heavy bleeding or bad pain, or feel faint, get help at once.";
    let said = |text: &str, id: &'static str| (text.to_string(), Words::id(id));
    match (rule_set, category) {
        (ScanRuleSet::Sru2013, Category::ConsistentWithLoss) => (
            "sru-2013-consistent-with-loss",
            said(
                "Under the US guidance (SRU 2013), these scan findings are consistent with an \
                 early pregnancy loss. We are so sorry. Only your care team can tell you what \
                 this means for you.",
                "scanr-sru-loss",
            ),
            said(
                &format!(
                    "Talk with your doctor or clinic about these findings and about your \
                     choices.{safety}"
                ),
                "scanr-sru-loss-next",
            ),
        ),
        (ScanRuleSet::Sru2013, Category::Suspicious) => (
            "sru-2013-suspicious",
            said(
                "Under the US guidance (SRU 2013), some of these findings raise concern for an \
                 early pregnancy loss. They are not enough to say so.",
                "scanr-sru-suspicious",
            ),
            said(
                &format!(
                    "SRU advises a follow-up scan in 7 to 10 days. Ask your doctor or clinic to \
                     arrange it.{safety}"
                ),
                "scanr-sru-suspicious-next",
            ),
        ),
        (ScanRuleSet::Sru2013, _) => (
            "sru-2013-no-criteria-met",
            said(
                "None of the US (SRU 2013) signs of early pregnancy loss were found in the \
                 details given.",
                "scanr-sru-none",
            ),
            said(
                "Keep to the plan from your doctor or clinic.",
                "scanr-sru-none-next",
            ),
        ),
        (ScanRuleSet::NiceNg126, Category::SecondOpinionOrRescan) => (
            "nice-ng126-second-opinion-or-rescan",
            said(
                "Under the UK guidance (NICE), these findings need a second opinion, or another \
                 scan, before anything is decided. NICE says one scan alone is never enough to \
                 diagnose an early pregnancy loss.",
                "scanr-nice-second-opinion",
            ),
            said(
                &format!(
                    "NICE advises a second opinion, or another scan at least 7 days later, before \
                     any diagnosis. Your early pregnancy unit (EPU) will arrange this.{safety}"
                ),
                "scanr-nice-second-opinion-next",
            ),
        ),
        (ScanRuleSet::NiceNg126, Category::Rescan) => {
            let days = fired
                .iter()
                .filter_map(|r| r.rescan_after_days)
                .max()
                .unwrap_or(NICE_RESCAN_DAYS);
            (
                "nice-ng126-rescan",
                said(
                    "Under the UK guidance (NICE), it is too early to tell from this scan how the \
                     pregnancy is going.",
                    "scanr-nice-rescan",
                ),
                (
                    format!(
                        "NICE advises another scan at least {days} days later. Your early \
                         pregnancy unit (EPU) will arrange it.{safety}"
                    ),
                    Words::id("scanr-nice-rescan-next").arg("days", Arg::Count(i64::from(days))),
                ),
            )
        }
        (ScanRuleSet::NiceNg126, _) => (
            "nice-ng126-no-criteria-met",
            said(
                "None of the UK (NICE) reasons for a repeat scan were found in the details given.",
                "scanr-nice-none",
            ),
            said(
                "Keep to the plan from your early pregnancy unit (EPU).",
                "scanr-nice-none-next",
            ),
        ),
    }
}
