//! Every reading this module can give, as values in one list ([`READINGS`]), and the notes
//! shown whatever the numbers say.

use crate::sources::Source;
use crate::words::Words;

use super::{HcgContext, Reading, ReadingDef, ReadingKind, RuleSet};

pub(super) const NICE: &[Source] = &[Source::NiceNg126];
const BARNHART_RISE: &[Source] = &[Source::Barnhart2004Rise];
const SEEBER: &[Source] = &[Source::Seeber2006];
pub(super) const BARNHART_DECLINE: &[Source] = &[Source::Barnhart2004Decline];

pub const NICE_RISE_OVER_63: ReadingDef = ReadingDef {
    id: "nice-rise-over-63",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Result,
    sources: NICE,
    description: "Unknown location: a rise of more than 63 % over about 48 h. A pregnancy in the womb is likely; ectopic is not excluded. Scan in 7–14 days (earlier if hCG ≥ 1,500 IU/L).",
};
pub const NICE_FALL_OVER_50: ReadingDef = ReadingDef {
    id: "nice-fall-over-50",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Result,
    sources: NICE,
    description: "Unknown location: a fall of more than 50 % over about 48 h. The pregnancy is unlikely to continue (not confirmed). Urine test 14 days after the second blood test; positive → review within 24 h.",
};
pub const NICE_IN_BETWEEN: ReadingDef = ReadingDef {
    id: "nice-in-between",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Result,
    sources: NICE,
    description: "Unknown location: any change between those (including exactly +63 % or −50 %). Clinical review in the early pregnancy unit within 24 h.",
};
pub const NICE_NOT_48H_PAIR: ReadingDef = ReadingDef {
    id: "nice-not-48h-pair",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Caution,
    sources: NICE,
    description: "No two results are 44–52 h apart: the last pair was read, but the NICE bands may not apply.",
};
pub const NICE_NEWEST_NOT_IN_PAIR: ReadingDef = ReadingDef {
    id: "nice-newest-result-not-in-pair",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Caution,
    sources: NICE,
    description: "The 48-hour pair that was read does not include the newest result.",
};
pub const BARNHART_RISE_BELOW: ReadingDef = ReadingDef {
    id: "rise-below-minimal",
    rule_set: RuleSet::Barnhart2004,
    kind: ReadingKind::Result,
    sources: BARNHART_RISE,
    description: "Unknown location: slower than the slowest rise seen with a viable pregnancy in the womb (24 % in 1 day, 53 % in 2 days; a fall counts as slower). Raises concern for ectopic or loss.",
};
pub const BARNHART_RISE_AT_LEAST: ReadingDef = ReadingDef {
    id: "rise-at-least-minimal",
    rule_set: RuleSet::Barnhart2004,
    kind: ReadingKind::Result,
    sources: BARNHART_RISE,
    description: "Unknown location: at least the slowest rise seen with a viable pregnancy in the womb. Does not exclude ectopic.",
};
pub const SEEBER_RISE_BELOW: ReadingDef = ReadingDef {
    id: "rise-below-minimal",
    rule_set: RuleSet::Seeber2006,
    kind: ReadingKind::Result,
    sources: SEEBER,
    description: "Unknown location: a rise of less than 35 % in 2 days (a fall counts as less). The more cautious US cut-off.",
};
pub const SEEBER_RISE_AT_LEAST: ReadingDef = ReadingDef {
    id: "rise-at-least-minimal",
    rule_set: RuleSet::Seeber2006,
    kind: ReadingKind::Result,
    sources: SEEBER,
    description: "Unknown location: a rise of at least 35 % in 2 days. Does not exclude ectopic.",
};
pub const NEVER_RULES_OUT_ECTOPIC: ReadingDef = ReadingDef {
    id: "hcg-never-rules-out-ectopic",
    rule_set: RuleSet::Seeber2006,
    kind: ReadingKind::Note,
    sources: SEEBER,
    description: "Always shown while the location is unknown: a falling or normal-looking hCG never rules out ectopic (12 % of ectopics mimic a normal curve).",
};
pub const DECLINE_AS_EXPECTED: ReadingDef = ReadingDef {
    id: "decline-as-expected",
    rule_set: RuleSet::Barnhart2004,
    kind: ReadingKind::Result,
    sources: BARNHART_DECLINE,
    description: "After a loss: every value has fallen from the first at least as much as expected for its time (21 % by day 2, 60 % by day 7; log-linear in between).",
};
pub const DECLINE_SLOWER: ReadingDef = ReadingDef {
    id: "decline-slower-than-expected",
    rule_set: RuleSet::Barnhart2004,
    kind: ReadingKind::Result,
    sources: BARNHART_DECLINE,
    description: "After a loss: a value fell less than expected for its time, or any value rose. Can mean retained tissue or ectopic: contact the unit.",
};
pub const AFTER_LOSS_ECTOPIC_NOT_EXCLUDED: ReadingDef = ReadingDef {
    id: "after-loss-ectopic-not-excluded",
    rule_set: RuleSet::General,
    kind: ReadingKind::Caution,
    sources: &[Source::Condous2005, Source::Seeber2006],
    description: "After a loss when no scan has shown the pregnancy in the womb (not said counts as not shown): a falling hCG does not rule out an ectopic pregnancy (5.9 % of apparent complete miscarriages were ectopic [condous-2005]; a falling hCG never excludes ectopic [seeber-2006]).",
};
pub const BELOW_5: ReadingDef = ReadingDef {
    id: "hcg-below-5",
    rule_set: RuleSet::General,
    kind: ReadingKind::Note,
    sources: &[Source::Steier1984, Source::Barnhart2004Decline],
    description: "After a loss: the latest value is below 5 IU/L, the level counted as negative.",
};
pub const NICE_URINE_TEST_3_WEEKS: ReadingDef = ReadingDef {
    id: "nice-urine-test-3-weeks",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Note,
    sources: NICE,
    description: "After expectant or medical management: a urine pregnancy test at 3 weeks; positive → return.",
};
pub const IN_WOMB_FOLLOWED_BY_SCAN: ReadingDef = ReadingDef {
    id: "in-womb-followed-by-scan",
    rule_set: RuleSet::General,
    kind: ReadingKind::Result,
    sources: &[Source::NiceNg126, Source::Sru2013],
    description: "Pregnancy seen in the womb: hCG alone is not how it is followed; the scan is. No band is applied.",
};
pub const ECTOPIC_MET: ReadingDef = ReadingDef {
    id: "ectopic-fall-15-met",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Result,
    sources: NICE,
    description: "Ectopic follow-up: the fall of at least 15 % NICE looks for was met (expectant: every step; methotrexate: the last two values). Expectant: weekly until < 20 IU/L.",
};
pub const ECTOPIC_NOT_MET: ReadingDef = ReadingDef {
    id: "ectopic-fall-15-not-met",
    rule_set: RuleSet::NiceNg126,
    kind: ReadingKind::Result,
    sources: NICE,
    description: "Ectopic follow-up: a fall of less than 15 %, a plateau or a rise. Senior review.",
};
pub const SYMPTOMS_FIRST: ReadingDef = ReadingDef {
    id: "symptoms-come-first",
    rule_set: RuleSet::General,
    kind: ReadingKind::Note,
    sources: &[
        Source::NhsEctopic,
        Source::NhsGgcEpas,
        Source::TommysMiscarriage,
    ],
    description: "Always shown: symptoms outrank numbers; the red flags that mean getting help at once.",
};

/// Every reading this module can produce. Ids are stable (the web layer may key Fluent messages on
/// them); `(rule_set, id)` is unique.
pub const READINGS: &[ReadingDef] = &[
    NICE_RISE_OVER_63,
    NICE_FALL_OVER_50,
    NICE_IN_BETWEEN,
    NICE_NOT_48H_PAIR,
    NICE_NEWEST_NOT_IN_PAIR,
    BARNHART_RISE_BELOW,
    BARNHART_RISE_AT_LEAST,
    SEEBER_RISE_BELOW,
    SEEBER_RISE_AT_LEAST,
    NEVER_RULES_OUT_ECTOPIC,
    DECLINE_AS_EXPECTED,
    DECLINE_SLOWER,
    AFTER_LOSS_ECTOPIC_NOT_EXCLUDED,
    BELOW_5,
    NICE_URINE_TEST_3_WEEKS,
    IN_WOMB_FOLLOWED_BY_SCAN,
    ECTOPIC_MET,
    ECTOPIC_NOT_MET,
    SYMPTOMS_FIRST,
];
/// After a loss with no scan showing the pregnancy in the womb: a falling hCG does not rule out an
/// ectopic pregnancy. An apparent complete miscarriage turned out to be ectopic in 5.9 %
/// [condous-2005 V]; a falling hCG never excludes ectopic [seeber-2006] (CLINICAL.md §1, §2;
/// checked 2026-12).
#[must_use]
pub fn after_loss_ectopic_note() -> Reading {
    Reading::new(
        &AFTER_LOSS_ECTOPIC_NOT_EXCLUDED,
        (
            "No scan has shown this pregnancy in the womb, so this does not rule out an ectopic \
             pregnancy, even if your hCG is falling. In one study, about 6 in 100 losses that \
             looked complete turned out to be ectopic (5.9%)."
                .to_string(),
            Words::id("hcgr-after-loss-ectopic"),
        ),
        (
            "Keep to the tests your care team asked for until they tell you it is over. Get help \
             at once for pain on one side, pain in the tip of your shoulder, or feeling faint."
                .to_string(),
            Words::id("hcgr-after-loss-ectopic-next"),
        ),
        None,
    )
}

/// The "symptoms come first" note for `context`: always shown with hCG figures (the export
/// prints it beside every reading).
pub fn symptoms_note(context: HcgContext) -> Reading {
    let lead = match context {
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => (
            "Even while hCG is falling, an ectopic pregnancy can still cause problems. Your \
             symptoms matter more than any number.",
            "hcgr-symptoms-ectopic",
        ),
        _ => (
            "Your symptoms matter more than any number.",
            "hcgr-symptoms",
        ),
    };
    Reading::new(
        &SYMPTOMS_FIRST,
        (lead.0.to_string(), Words::id(lead.1)),
        (
            "Get help at once if you soak through 2 full-size pads in an hour, or 1 pad an hour \
             for 2 hours. Get help at once, too, for bad pain, pain on one side or pain in the tip \
             of your shoulder. The same goes if you feel faint, or have a fever or smelly \
             discharge."
                .to_string(),
            Words::id("hcgr-symptoms-next"),
        ),
        None,
    )
}
