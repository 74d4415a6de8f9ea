//! Serial hCG: the change between results, read against the guideline for the person's situation.
//!
//! CLINICAL.md §2. UK (NICE NG126) and US (Barnhart 2004, Seeber 2006) rule sets are kept apart:
//! every reading names the rule set it used and its sources. Nothing here diagnoses: a reading says
//! what the guideline advises and whom to contact. A falling or normal-looking hCG never rules out
//! an ectopic pregnancy, so that note is always added while the location is not known.
//!
//! Pure and total: `now` and the region are parameters, every input problem comes back as a
//! field-named [`InvalidInput`], and no code path panics.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::input::{Checker, InvalidInput, Problem};
use crate::region::Region;
use crate::sources::Source;

pub mod guides;

pub use guides::{GuideCurves, GuideKind, GuideLine, guide_curves};

// ---------------------------------------------------------------------------------------------
// Thresholds. Each names its source id and when it was last checked against CLINICAL.md.
// ---------------------------------------------------------------------------------------------

/// NICE: a rise of **more than** 63 % in 48 h (later / earlier > 1.63) makes a developing
/// pregnancy in the womb likely (ectopic not excluded). Source `nice-ng126` (S), checked 2026-11.
pub const NICE_RISE_RATIO: f64 = 1.63;
/// NICE: a fall of **more than** 50 % in 48 h (later / earlier < 0.50): the pregnancy is unlikely
/// to continue (not confirmed). Source `nice-ng126` (S), checked 2026-11.
pub const NICE_FALL_RATIO: f64 = 0.50;
/// NICE: after a rise over 63 %, consider an earlier scan when hCG is at or above 1,500 IU/L.
/// Source `nice-ng126` (S), checked 2026-11.
pub const NICE_EARLIER_SCAN_IU_PER_L: f64 = 1_500.0;
/// NICE: after a fall over 50 %, a urine pregnancy test 14 days after the second blood test.
/// Source `nice-ng126` (S), checked 2026-11.
pub const NICE_URINE_TEST_AFTER_DAYS: i64 = 14;
/// A pair read against the NICE bands should be about 48 h apart: 44 h to 52 h, inclusive.
/// CLINICAL.md §2 on `nice-ng126` (S), checked 2026-11.
pub const PAIR_MIN_HOURS: f64 = 44.0;
/// Upper end of the 48-hour window; see [`PAIR_MIN_HOURS`]. `nice-ng126` (S), checked 2026-11.
pub const PAIR_MAX_HOURS: f64 = 52.0;
/// Barnhart: the slowest rise seen with a viable pregnancy in the womb, 24 % in 1 day.
/// Source `barnhart-2004-rise` (V), checked 2026-11.
pub const BARNHART_MIN_RISE_1_DAY: f64 = 1.24;
/// Barnhart: the slowest rise seen with a viable pregnancy in the womb, 53 % in 2 days.
/// Source `barnhart-2004-rise` (V), checked 2026-11.
pub const BARNHART_MIN_RISE_2_DAYS: f64 = 1.53;
/// Seeber: the more cautious minimal rise, 35 % in 2 days. Source `seeber-2006` (V), checked 2026-11.
pub const SEEBER_MIN_RISE_2_DAYS: f64 = 1.35;
/// Seeber: about 12 in 100 ectopic pregnancies showed an hCG curve that looked normal.
/// Source `seeber-2006` (V), checked 2026-11.
pub const SEEBER_ECTOPIC_NORMAL_CURVE_PERCENT: f64 = 12.0;
/// After a loss, the smallest expected fall from the first value by day 2: 21 % (the lower end of
/// 21–35 %; faster from higher starting values). Source `barnhart-2004-decline` (V), checked 2026-11.
pub const BARNHART_DECLINE_DAY_2: f64 = 0.21;
/// After a loss, the smallest expected fall from the first value by day 7: 60 % (the lower end of
/// 60–84 %). Source `barnhart-2004-decline` (V), checked 2026-11.
pub const BARNHART_DECLINE_DAY_7: f64 = 0.60;
/// hCG below 5 IU/L counts as negative. Sources `steier-1984`, `barnhart-2004-decline` (V),
/// checked 2026-11.
pub const NEGATIVE_BELOW_IU_PER_L: f64 = 5.0;
/// Ectopic follow-up: each result should fall by at least 15 % from the one before (expectant:
/// days 2, 4, 7; methotrexate: day 4 to day 7). Source `nice-ng126` (S), checked 2026-11.
pub const ECTOPIC_MIN_FALL: f64 = 0.15;
/// Ectopic, expectant care: weekly tests until hCG is below 20 IU/L. Source `nice-ng126` (S),
/// checked 2026-11.
pub const ECTOPIC_WEEKLY_UNTIL_IU_PER_L: f64 = 20.0;

/// Plausibility bound chosen by Solace, not a clinical figure: peak hCG in pregnancy is well under
/// 1,000,000 IU/L, so anything above is almost surely a typing slip (checked 2026-11).
pub const MAX_IU_PER_L: f64 = 1_000_000.0;
/// Fewest values for a trend (DESIGN.md "hCG input/output"); a Solace bound, checked 2026-11.
pub const MIN_VALUES: usize = 2;
/// Most values in one request: a long follow-up fits; more is a paste error. A Solace bound,
/// checked 2026-11.
pub const MAX_VALUES: usize = 20;
/// Two results less than an hour apart are the same sample twice (or a slip): they carry no trend,
/// and normalising them to 48 h would blow small differences up. Solace's bound, checked 2026-11.
pub const MIN_GAP_HOURS: f64 = 1.0;
/// Projection: an estimate more than this many days after the last value is not shown (the fall is
/// too slow to project; the slower-than-expected reading covers it). Solace's bound, checked
/// 2026-11.
pub const PROJECTION_MAX_DAYS_AHEAD: f64 = 365.0;

/// Relative tolerance for comparing a ratio with a guideline boundary, so that a decimal entry that
/// is exactly on the boundary (1000 → 1630 is 63 %) reads as "on the boundary" despite binary
/// floating point. Far below any lab's precision.
const REL_EPS: f64 = 1e-9;

/// How far ahead of "now" a time may be before it is refused as in the future: clock skew
/// between devices. A Solace choice, not a clinical threshold (checked 2026-11).
pub const CLOCK_SKEW_MINUTES: i64 = 5;

const AT_EXPECTED: &str = "a date and time with a time zone, like 2026-11-20T09:00:00+00:00";
const VALUE_EXPECTED: &str =
    "a number above 0 and up to 1,000,000 IU/L (1 mIU/mL is the same as 1 IU/L)";

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// Where things stand, which decides how the numbers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HcgContext {
    /// Pregnancy of unknown location: no scan has shown where the pregnancy is.
    UnknownLocation,
    /// After a pregnancy loss: hCG should fall to below 5 IU/L.
    AfterLoss,
    /// A scan has shown the pregnancy in the womb.
    ConfirmedInWomb,
    /// Ectopic pregnancy, waiting to see if it settles (expectant care).
    EctopicExpectant,
    /// Ectopic pregnancy treated with methotrexate.
    EctopicMethotrexate,
}

impl HcgContext {
    pub const ALL: [HcgContext; 5] = [
        HcgContext::UnknownLocation,
        HcgContext::AfterLoss,
        HcgContext::ConfirmedInWomb,
        HcgContext::EctopicExpectant,
        HcgContext::EctopicMethotrexate,
    ];

    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            HcgContext::UnknownLocation => "unknown_location",
            HcgContext::AfterLoss => "after_loss",
            HcgContext::ConfirmedInWomb => "confirmed_in_womb",
            HcgContext::EctopicExpectant => "ectopic_expectant",
            HcgContext::EctopicMethotrexate => "ectopic_methotrexate",
        }
    }
}

/// `{ "context": …, "values": [ { "at": RFC 3339 with offset, "iu_per_l": number } … ] }`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HcgInput {
    /// Required; optional here only so that a missing one is a field error, not a parse error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<HcgContext>,
    #[serde(default)]
    pub values: Vec<HcgValueInput>,
    /// After a loss: has a scan shown the pregnancy in the womb? Read only with `after_loss`;
    /// absent or `false` means no scan has (CLINICAL.md §1 "unconf"), and the readings then say
    /// that a falling hCG does not rule out an ectopic pregnancy (§2, [condous-2005]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan_showed_in_womb: Option<bool>,
}

/// One blood test result. `miu_per_ml` is accepted as another name for the same unit.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HcgValueInput {
    /// An RFC 3339 date-time with its offset, e.g. `2026-11-20T09:00:00+00:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iu_per_l: Option<f64>,
    /// 1 mIU/mL = 1 IU/L (CLINICAL.md §2). Given with `iu_per_l`, the two must agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub miu_per_ml: Option<f64>,
}

/// A checked value: a real instant (its offset kept for showing dates) and a positive number.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Sample {
    at: DateTime<FixedOffset>,
    iu: f64,
    hours_from_first: f64,
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// The rule set a reading used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum RuleSet {
    /// NICE NG126 (UK).
    #[serde(rename = "nice-ng126")]
    NiceNg126,
    /// Barnhart et al. 2004 (US): minimal rise, and the expected fall after a loss.
    #[serde(rename = "barnhart-2004")]
    Barnhart2004,
    /// Seeber et al. 2006 (US): the more cautious minimal rise.
    #[serde(rename = "seeber-2006")]
    Seeber2006,
    /// Not one guideline's band: safety notes that hold whatever the rule set.
    #[serde(rename = "general")]
    General,
}

impl RuleSet {
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            RuleSet::NiceNg126 => "nice-ng126",
            RuleSet::Barnhart2004 => "barnhart-2004",
            RuleSet::Seeber2006 => "seeber-2006",
            RuleSet::General => "general",
        }
    }
}

/// What a reading is: a guideline band (`result`), a warning that a band may not fit (`caution`),
/// or background that always holds (`note`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingKind {
    Result,
    Caution,
    Note,
}

/// One reading the app can show: a stable id (for Fluent), English text and the next step.
/// The definitions are listed in [`READINGS`] (the rules page is generated from that list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReadingDef {
    pub id: &'static str,
    pub rule_set: RuleSet,
    pub kind: ReadingKind,
    pub sources: &'static [Source],
    /// For the rules page and for reviewers, not for the person.
    pub description: &'static str,
}

/// Which two values a reading or pair refers to (0-based indexes into `values`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PairRef {
    pub from_index: usize,
    pub to_index: usize,
}

/// A reading for the person. Field names are a contract (DESIGN.md); fields may be added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    pub rule_set: RuleSet,
    pub id: &'static str,
    pub kind: ReadingKind,
    pub text: String,
    pub next_step: String,
    pub sources: Vec<Source>,
    /// The two values the reading is about, when it is about a pair.
    pub pair: Option<PairRef>,
}

impl Reading {
    fn new(def: &ReadingDef, text: String, next_step: String, pair: Option<PairRef>) -> Self {
        Reading {
            rule_set: def.rule_set,
            id: def.id,
            kind: def.kind,
            text,
            next_step,
            sources: def.sources.to_vec(),
            pair,
        }
    }
}

/// The change between two results (consecutive in `pairs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pair {
    pub from_index: usize,
    pub to_index: usize,
    pub hours: f64,
    /// (later − earlier) / earlier × 100.
    pub percent_change: f64,
    /// The same change normalised to 48 h, exponentially: ((later / earlier)^(48 / hours) − 1) × 100.
    /// For display only: the NICE bands use the raw change of a ~48 h pair.
    pub percent_per_48h: f64,
    /// 44 h ≤ hours ≤ 52 h.
    pub is_48h_pair: bool,
    /// Present when rising.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doubling_hours: Option<f64>,
    /// Present when falling. Neither is present when the two values are equal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half_life_hours: Option<f64>,
}

/// A checked value echoed back, for charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueOut {
    pub index: usize,
    pub at: DateTime<FixedOffset>,
    pub iu_per_l: f64,
    pub hours_from_first: f64,
}

/// What the guideline expects of the next result, where it gives a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExpectedNext {
    pub rule_set: RuleSet,
    pub id: &'static str,
    /// When the expectation applies, counted from the last value (null: "at the next test").
    pub hours_after_last: Option<f64>,
    pub at_least_iu_per_l: Option<f64>,
    pub at_most_iu_per_l: Option<f64>,
    pub text: String,
    pub sources: Vec<Source>,
}

/// After a loss: when hCG may fall below 5 IU/L. Always an estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    pub below_5_on: NaiveDate,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// How it was worked out, in words.
    pub method: &'static str,
    pub text: String,
    pub sources: Vec<Source>,
}

/// The whole answer. Field names are a contract (DESIGN.md); fields may be added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HcgOutput {
    pub context: HcgContext,
    pub values: Vec<ValueOut>,
    pub pairs: Vec<Pair>,
    /// The main reading for this context under the region's usual rule set.
    pub interpretation: Option<Reading>,
    pub readings: Vec<Reading>,
    pub expected_next: Vec<ExpectedNext>,
    pub projection: Option<Projection>,
}

// ---------------------------------------------------------------------------------------------
// The readings, as values in one list
// ---------------------------------------------------------------------------------------------

const NICE: &[Source] = &[Source::NiceNg126];
const BARNHART_RISE: &[Source] = &[Source::Barnhart2004Rise];
const SEEBER: &[Source] = &[Source::Seeber2006];
const BARNHART_DECLINE: &[Source] = &[Source::Barnhart2004Decline];

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

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/// Reads a series of hCG results. `now` is the current instant (no clock is read here); values in
/// its future are refused. `region` decides which rule set comes first (us/ca: US; others: NICE)
/// and how dates are written; both rule sets are always returned, each reading labelled.
///
/// # Errors
///
/// [`InvalidInput`] naming every bad field (`context`, `values`, `values[i].at`,
/// `values[i].iu_per_l` / `values[i].miu_per_ml`): a missing time zone, a time out of order, the
/// same time twice, less than an hour apart or in the future, a value not above 0 or over
/// 1,000,000, or fewer than 2 / more than 20 values.
pub fn interpret(
    input: &HcgInput,
    now: DateTime<Utc>,
    region: Region,
) -> Result<HcgOutput, InvalidInput> {
    let (context, samples) = validate(input, now)?;

    let pairs: Vec<Pair> = samples
        .iter()
        .zip(samples.iter().skip(1))
        .enumerate()
        .map(|(i, (a, b))| make_pair(i, i + 1, a, b))
        .collect();

    let mut readings = Vec::new();
    let mut expected_next = Vec::new();
    let mut projection = None;
    let fmt = DateStyle::for_region(region);

    match context {
        HcgContext::UnknownLocation => {
            read_unknown_location(&samples, fmt, &mut readings, &mut expected_next);
        }
        HcgContext::AfterLoss => {
            projection = read_after_loss(&samples, fmt, &mut readings, &mut expected_next);
            if input.scan_showed_in_womb != Some(true) {
                readings.push(after_loss_ectopic_note());
            }
        }
        HcgContext::ConfirmedInWomb => read_in_womb(&mut readings),
        HcgContext::EctopicExpectant => {
            read_ectopic_expectant(&samples, &mut readings, &mut expected_next);
        }
        HcgContext::EctopicMethotrexate => {
            read_ectopic_methotrexate(&samples, &mut readings, &mut expected_next);
        }
    }
    readings.push(symptoms_note(context));

    // Region's usual rule set first, then the others; within a rule set results, cautions, notes.
    readings.sort_by_key(|r| (rule_set_rank(r.rule_set, region), r.kind));
    let interpretation = readings
        .iter()
        .find(|r| r.kind == ReadingKind::Result)
        .cloned();

    let values = samples
        .iter()
        .enumerate()
        .map(|(index, s)| ValueOut {
            index,
            at: s.at,
            iu_per_l: s.iu,
            hours_from_first: s.hours_from_first,
        })
        .collect();

    Ok(HcgOutput {
        context,
        values,
        pairs,
        interpretation,
        readings,
        expected_next,
        projection,
    })
}

/// The region leads with NICE (uk, ie, au, nz, other) or the US rule sets (us, ca): see
/// `Region::leading_guidance` for why.
fn prefers_nice(region: Region) -> bool {
    region.leading_guidance() == crate::region::Guidance::Nice
}

fn rule_set_rank(rule_set: RuleSet, region: Region) -> u8 {
    match (rule_set, prefers_nice(region)) {
        (RuleSet::NiceNg126, true) | (RuleSet::Barnhart2004, false) => 0,
        (RuleSet::Barnhart2004, true) | (RuleSet::Seeber2006, false) => 1,
        (RuleSet::Seeber2006, true) | (RuleSet::NiceNg126, false) => 2,
        (RuleSet::General, _) => 3,
    }
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

fn validate(
    input: &HcgInput,
    now: DateTime<Utc>,
) -> Result<(HcgContext, Vec<Sample>), InvalidInput> {
    let mut c = Checker::default();
    if input.context.is_none() {
        c.push("context", Problem::Missing);
    }
    let n = input.values.len();
    if !(MIN_VALUES..=MAX_VALUES).contains(&n) {
        c.push(
            "values",
            Problem::WrongCount {
                min: MIN_VALUES,
                max: MAX_VALUES,
            },
        );
    }

    let mut checked: Vec<(DateTime<FixedOffset>, f64)> = Vec::with_capacity(n);
    let mut previous: Option<DateTime<FixedOffset>> = None;
    for (i, v) in input.values.iter().enumerate() {
        let at = check_at(&mut c, i, v.at.as_deref(), now);
        if let Some(t) = at {
            if let Some(p) = previous {
                if t <= p {
                    c.push(format!("values[{i}].at"), Problem::NotInOrder);
                } else if hours_between(p, t) < MIN_GAP_HOURS {
                    c.push(
                        format!("values[{i}].at"),
                        Problem::Invalid {
                            expected: "a time at least 1 hour after the result before it",
                        },
                    );
                }
            }
            previous = Some(t);
        }
        let value = check_value(&mut c, i, v);
        if let (Some(t), Some(x)) = (at, value) {
            checked.push((t, x));
        }
    }

    let context = input.context.unwrap_or(HcgContext::UnknownLocation);
    let samples = match checked.first() {
        Some(&(t0, _)) => checked
            .iter()
            .map(|&(at, iu)| Sample {
                at,
                iu,
                hours_from_first: hours_between(t0, at),
            })
            .collect(),
        None => Vec::new(),
    };
    c.finish((context, samples))
}

fn check_at(
    c: &mut Checker,
    i: usize,
    at: Option<&str>,
    now: DateTime<Utc>,
) -> Option<DateTime<FixedOffset>> {
    let field = format!("values[{i}].at");
    let Some(text) = at else {
        c.push(field, Problem::Missing);
        return None;
    };
    // chrono's RFC 3339 parser requires the offset ("Z" or "+01:00"): a bare local time is refused.
    let Ok(t) = DateTime::parse_from_rfc3339(text.trim()) else {
        c.push(
            field,
            Problem::BadDate {
                expected: AT_EXPECTED,
            },
        );
        return None;
    };
    // A few minutes of grace: a phone's clock and the server's rarely agree to the second.
    if t.with_timezone(&Utc) > now + chrono::TimeDelta::minutes(CLOCK_SKEW_MINUTES) {
        c.push(
            field,
            Problem::BadDate {
                expected: "a time that is not in the future",
            },
        );
        return None;
    }
    Some(t)
}

fn check_value(c: &mut Checker, index: usize, v: &HcgValueInput) -> Option<f64> {
    let (field, value) = match (v.iu_per_l, v.miu_per_ml) {
        (None, None) => {
            c.push(format!("values[{index}].iu_per_l"), Problem::Missing);
            return None;
        }
        (Some(iu), Some(miu)) => {
            if !same_number(iu, miu) {
                c.push(
                    format!("values[{index}].miu_per_ml"),
                    Problem::Disagrees { with: "iu_per_l" },
                );
                return None;
            }
            (format!("values[{index}].iu_per_l"), iu)
        }
        (Some(iu), None) => (format!("values[{index}].iu_per_l"), iu),
        (None, Some(miu)) => (format!("values[{index}].miu_per_ml"), miu),
    };
    if !value.is_finite() {
        c.push(field, Problem::NotANumber);
        return None;
    }
    if value <= 0.0 || value > MAX_IU_PER_L {
        c.push(
            field,
            Problem::Invalid {
                expected: VALUE_EXPECTED,
            },
        );
        return None;
    }
    Some(value)
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= REL_EPS * a.abs().max(b.abs()).max(1.0)
}

fn hours_between(a: DateTime<FixedOffset>, b: DateTime<FixedOffset>) -> f64 {
    // Real instants: the offsets are applied, so a clock change (+01:00 → +00:00) counts right.
    // Milliseconds between dates a few years apart are far below 2^52, so the cast is exact.
    #[allow(clippy::cast_precision_loss)]
    let ms = (b - a).num_milliseconds() as f64;
    ms / 3_600_000.0
}

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

/// ln(later / earlier), computed so that a tiny change keeps its sign.
fn ln_ratio(earlier: f64, later: f64) -> f64 {
    ((later - earlier) / earlier).ln_1p()
}

fn make_pair(from_index: usize, to_index: usize, a: &Sample, b: &Sample) -> Pair {
    let hours = b.hours_from_first - a.hours_from_first;
    let percent_change = (b.iu - a.iu) * 100.0 / a.iu;
    let ln_r = ln_ratio(a.iu, b.iu);
    // Exponential normalisation: the same rate of change held for 48 h. exp_m1 keeps the sign of
    // tiny changes; a rise too steep to represent saturates rather than becoming infinite.
    let per_48 = (ln_r * 48.0 / hours).exp_m1() * 100.0;
    let percent_per_48h = if per_48.is_finite() { per_48 } else { f64::MAX };
    let (doubling_hours, half_life_hours) = match ln_r.partial_cmp(&0.0) {
        Some(Ordering::Greater) => (Some(hours * std::f64::consts::LN_2 / ln_r), None),
        Some(Ordering::Less) => (None, Some(hours * std::f64::consts::LN_2 / -ln_r)),
        _ => (None, None),
    };
    Pair {
        from_index,
        to_index,
        hours,
        percent_change,
        percent_per_48h,
        is_48h_pair: (PAIR_MIN_HOURS..=PAIR_MAX_HOURS).contains(&hours),
        doubling_hours,
        half_life_hours,
    }
}

/// `ratio > bound`, treating values within a relative 1e-9 of the bound as equal to it.
fn above(ratio: f64, bound: f64) -> bool {
    ratio > bound * (1.0 + REL_EPS)
}

/// `ratio < bound`, treating values within a relative 1e-9 of the bound as equal to it.
fn below(ratio: f64, bound: f64) -> bool {
    ratio < bound * (1.0 - REL_EPS)
}

/// Barnhart's slowest normal rise for a pair `hours` apart, as a ratio later / earlier.
///
/// The paper gives two anchors: 24 % in 1 day and 53 % in 2 days. They are joined log-linearly
/// (constant rate of rise between anchors, from 0 h to 24 h and from 24 h to 48 h); beyond 48 h the
/// 2-day figure is carried on at its own rate (1.53^(h/48)). This is continuous, and for short
/// pairs it is stricter than normalising everything to the 2-day figure (1.24 in 1 day is more
/// than 1.53^(1/2) = 1.237): a cautious reading for the shortest gaps.
#[must_use]
pub fn barnhart_min_ratio(hours: f64) -> f64 {
    let l1 = BARNHART_MIN_RISE_1_DAY.ln();
    let l2 = BARNHART_MIN_RISE_2_DAYS.ln();
    let ln = if hours <= 24.0 {
        l1 * hours / 24.0
    } else if hours <= 48.0 {
        l1 + (l2 - l1) * (hours - 24.0) / 24.0
    } else {
        l2 * hours / 48.0
    };
    ln.exp()
}

/// Seeber's 35 % in 2 days, normalised exponentially to `hours`.
#[must_use]
pub fn seeber_min_ratio(hours: f64) -> f64 {
    (SEEBER_MIN_RISE_2_DAYS.ln() * hours / 48.0).exp()
}

/// The smallest fall from the first value expected `days` after it, after a loss (0 to 1).
///
/// Barnhart 2004 gives the minimum fall at day 2 (21 %) and day 7 (60 %). Between the anchors we
/// interpolate log-linearly (a constant rate of fall, as hCG clearance is exponential). That is the
/// conservative choice: at every point it expects a larger fall than straight-line interpolation of
/// the percentages (day 1: 11.1 % vs 10.5 %; day 4.5: 43.8 % vs 40.5 %), so a slow fall is flagged
/// sooner. We use the lower ends of Barnhart's ranges (21–35 %, 60–84 %): the higher ends apply to
/// higher starting values, which CLINICAL.md does not map. Beyond day 7 the paper gives no figure,
/// so the day-7 minimum (60 %) is held rather than extrapolated; from then on any rise or plateau
/// still reads as slower than expected, and the NICE 3-week urine test is the safety net.
#[must_use]
pub fn expected_min_fall(days: f64) -> f64 {
    if days <= 0.0 {
        return 0.0;
    }
    let r2 = 1.0 - BARNHART_DECLINE_DAY_2;
    let r7 = 1.0 - BARNHART_DECLINE_DAY_7;
    let remaining = if days <= 2.0 {
        r2.powf(days / 2.0)
    } else if days <= 7.0 {
        r2 * (r7 / r2).powf((days - 2.0) / 5.0)
    } else {
        r7
    };
    1.0 - remaining
}

// ---------------------------------------------------------------------------------------------
// Unknown location
// ---------------------------------------------------------------------------------------------

/// The pair the NICE band is read on: among all pairs 44–52 h apart (not only neighbours), the one
/// ending latest, then the one closest to 48 h. `None` when no pair is 44–52 h apart.
fn nice_pair(samples: &[Sample]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, f64)> = None;
    for (j, b) in samples.iter().enumerate() {
        for (i, a) in samples.iter().enumerate().take(j) {
            let h = b.hours_from_first - a.hours_from_first;
            if !(PAIR_MIN_HOURS..=PAIR_MAX_HOURS).contains(&h) {
                continue;
            }
            let off = (h - 48.0).abs();
            let better = match best {
                None => true,
                Some((_, bj, boff)) => j > bj || (j == bj && off < boff),
            };
            if better {
                best = Some((i, j, off));
            }
        }
    }
    best.map(|(i, j, _)| (i, j))
}

/// The pair a reading is about, with the words used for it.
struct PairView<'a> {
    at: Option<PairRef>,
    later: &'a Sample,
    ratio: f64,
    hours: f64,
    hours_text: String,
    change: String,
}

fn read_unknown_location(
    samples: &[Sample],
    fmt: DateStyle,
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let last = samples.len().saturating_sub(1);
    let (i, j, proper) = match nice_pair(samples) {
        Some((i, j)) => (i, j, true),
        None => (last.saturating_sub(1), last, false),
    };
    let (Some(earlier), Some(later)) = (samples.get(i), samples.get(j)) else {
        return;
    };
    let pair = make_pair(i, j, earlier, later);
    let view = PairView {
        at: Some(PairRef {
            from_index: i,
            to_index: j,
        }),
        later,
        ratio: later.iu / earlier.iu,
        hours: pair.hours,
        hours_text: fmt_hours(pair.hours),
        change: describe_change(pair.percent_change),
    };

    push_nice_band(&view, fmt, readings);
    if !proper {
        readings.push(Reading::new(
            &NICE_NOT_48H_PAIR,
            format!(
                "No two of your results are about 48 hours apart (44 to 52 hours). The last two \
                 were {} hours apart, so the NICE bands may not apply.",
                view.hours_text
            ),
            "Ask your early pregnancy unit (EPU) how to read these results. They may ask for \
             another blood test 48 hours after your last one."
                .to_string(),
            view.at,
        ));
    } else if j != last {
        readings.push(Reading::new(
            &NICE_NEWEST_NOT_IN_PAIR,
            "The NICE band above is read on two results 48 hours apart. Your newest result is \
             not one of them."
                .to_string(),
            "Ask your early pregnancy unit (EPU) to look at all your results together.".to_string(),
            view.at,
        ));
    }

    // US minimal rise, Barnhart and Seeber, on the same pair.
    let b_min = barnhart_min_ratio(view.hours);
    push_us_rise(
        &view,
        [&BARNHART_RISE_BELOW, &BARNHART_RISE_AT_LEAST],
        b_min,
        &format!(
            "the slowest rise seen in pregnancies growing in the womb: about {}% over {} hours \
             (Barnhart 2004: 24% in 1 day, 53% in 2 days)",
            fmt_percent((b_min - 1.0) * 100.0),
            view.hours_text
        ),
        readings,
    );
    let s_min = seeber_min_ratio(view.hours);
    push_us_rise(
        &view,
        [&SEEBER_RISE_BELOW, &SEEBER_RISE_AT_LEAST],
        s_min,
        &format!(
            "the more careful cut-off of 35% in 2 days: about {}% over {} hours (Seeber 2006)",
            fmt_percent((s_min - 1.0) * 100.0),
            view.hours_text
        ),
        readings,
    );

    readings.push(Reading::new(
        &NEVER_RULES_OUT_ECTOPIC,
        format!(
            "A fall in hCG, or a rise that looks normal, does not rule out a pregnancy outside the \
             womb (ectopic). In one study, about {} in 100 ectopic pregnancies had hCG results \
             that looked normal (Seeber 2006).",
            fmt_percent(SEEBER_ECTOPIC_NORMAL_CURVE_PERCENT)
        ),
        "Until a scan shows where the pregnancy is, watch for warning signs. Get help at once \
         for bad pain, pain on one side, pain in the tip of your shoulder, or feeling faint."
            .to_string(),
        None,
    ));

    if let Some(newest) = samples.last() {
        push_us_expected_next(newest, expected);
    }
}

/// NICE band on the raw change of a ~48 h pair.
fn push_nice_band(view: &PairView<'_>, fmt: DateStyle, readings: &mut Vec<Reading>) {
    let PairView {
        change, hours_text, ..
    } = view;
    if above(view.ratio, NICE_RISE_RATIO) {
        let mut next =
            "NICE advises a scan within 7 to 14 days to find where the pregnancy is.".to_string();
        if view.later.iu >= NICE_EARLIER_SCAN_IU_PER_L {
            next.push_str(
                " Your hCG is 1,500 IU/L or more, so the unit may offer the scan sooner.",
            );
        }
        next.push_str(" Contact your early pregnancy unit (EPU) to book it.");
        readings.push(Reading::new(
            &NICE_RISE_OVER_63,
            format!(
                "Your hCG {change} in {hours_text} hours. NICE says a rise of more than 63% in 48 \
                 hours means a pregnancy growing in the womb is likely. It does not rule out a \
                 pregnancy outside the womb (ectopic)."
            ),
            next,
            view.at,
        ));
    } else if below(view.ratio, NICE_FALL_RATIO) {
        let test_day = view
            .later
            .at
            .date_naive()
            .checked_add_signed(TimeDelta::days(NICE_URINE_TEST_AFTER_DAYS))
            .map_or_else(
                || "14 days after your second blood test".to_string(),
                |d| format!("on {} (14 days after your second blood test)", fmt.date(d)),
            );
        readings.push(Reading::new(
            &NICE_FALL_OVER_50,
            format!(
                "Your hCG {change} in {hours_text} hours. NICE says a fall of more than half in 48 \
                 hours means the pregnancy is unlikely to continue. A blood test alone cannot \
                 confirm this. We know this may be hard to read."
            ),
            format!(
                "NICE advises a urine pregnancy test {test_day}. If it is positive, contact your \
                 early pregnancy unit (EPU). They should see you within 24 hours."
            ),
            view.at,
        ));
    } else {
        readings.push(Reading::new(
            &NICE_IN_BETWEEN,
            format!(
                "Your hCG {change} in {hours_text} hours. This is between the two NICE bands: a \
                 rise of more than 63% or a fall of more than 50%."
            ),
            "Contact your early pregnancy unit (EPU) today. NICE advises that they see you within \
             24 hours to talk about your results."
                .to_string(),
            view.at,
        ));
    }
}

/// A US minimal-rise reading: `[below, at_least]` definitions, the minimum ratio for the pair's
/// hours, and the cut-off in words.
fn push_us_rise(
    view: &PairView<'_>,
    [below_def, at_least_def]: [&ReadingDef; 2],
    min_ratio: f64,
    cutoff: &str,
    readings: &mut Vec<Reading>,
) {
    let PairView {
        change, hours_text, ..
    } = view;
    if below(view.ratio, min_ratio) {
        let instead = if view.ratio <= 1.0 {
            " instead of rising"
        } else {
            ""
        };
        readings.push(Reading::new(
            below_def,
            format!(
                "Your hCG {change} in {hours_text} hours{instead}. That is less than {cutoff}. \
                 This can happen with an early pregnancy loss or a pregnancy outside the womb \
                 (ectopic). It is not a diagnosis."
            ),
            "Contact your doctor or clinic today to talk about these results. They may suggest \
             more blood tests or a scan."
                .to_string(),
            view.at,
        ));
    } else {
        readings.push(Reading::new(
            at_least_def,
            format!(
                "Your hCG {change} in {hours_text} hours. This is at least {cutoff}. It does not \
                 rule out a pregnancy outside the womb (ectopic)."
            ),
            "Keep to the plan from your doctor or clinic. A scan is how they find where the \
             pregnancy is."
                .to_string(),
            view.at,
        ));
    }
}

/// The next value, 48 h after the newest, if the pregnancy were growing in the womb (US figures).
fn push_us_expected_next(newest: &Sample, expected: &mut Vec<ExpectedNext>) {
    for (def, ratio, id, name) in [
        (
            &BARNHART_RISE_AT_LEAST,
            BARNHART_MIN_RISE_2_DAYS,
            "barnhart-next-at-least",
            "Barnhart 2004",
        ),
        (
            &SEEBER_RISE_AT_LEAST,
            SEEBER_MIN_RISE_2_DAYS,
            "seeber-next-at-least",
            "Seeber 2006",
        ),
    ] {
        let at_least = newest.iu * ratio;
        expected.push(ExpectedNext {
            rule_set: def.rule_set,
            id,
            hours_after_last: Some(48.0),
            at_least_iu_per_l: Some(at_least),
            at_most_iu_per_l: None,
            text: format!(
                "If the pregnancy is growing in the womb, a result 48 hours after your last one \
                 would usually be at least {} IU/L ({name}). Even then, an ectopic pregnancy is \
                 not ruled out.",
                fmt_iu(at_least)
            ),
            sources: def.sources.to_vec(),
        });
    }
}

fn describe_change(percent: f64) -> String {
    match percent.partial_cmp(&0.0) {
        Some(Ordering::Greater) => format!("went up by {}%", fmt_percent(percent)),
        Some(Ordering::Less) => format!("went down by {}%", fmt_percent(-percent)),
        _ => "stayed the same".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// After a loss
// ---------------------------------------------------------------------------------------------

/// The Barnhart decline reading. Returns whether the decline was slower than expected (including
/// any value that rose after the one before it).
fn push_decline_reading(samples: &[Sample], fmt: DateStyle, readings: &mut Vec<Reading>) -> bool {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return false;
    };

    // Any rise between neighbours: the latest one is named.
    let rise = samples
        .iter()
        .zip(samples.iter().skip(1))
        .enumerate()
        .rev()
        .find(|(_, (earlier, later))| later.iu > earlier.iu);

    // The value furthest short of the expected fall from the first value.
    let mut worst: Option<(usize, f64, f64)> = None; // (index, fall, expected)
    for (k, sample) in samples.iter().enumerate().skip(1) {
        let fall = 1.0 - sample.iu / first.iu;
        let want = expected_min_fall(sample.hours_from_first / 24.0);
        if fall < want - REL_EPS && worst.is_none_or(|(_, f, w)| want - fall > w - f) {
            worst = Some((k, fall, want));
        }
    }

    let beyond_7 = if last.hours_from_first > 7.0 * 24.0 {
        " Barnhart's figures go up to day 7. After that, what matters is that hCG keeps falling."
    } else {
        ""
    };
    let maybe = "A slower fall can mean some pregnancy tissue is still in the womb, or a \
                 pregnancy outside the womb (ectopic). It is not a diagnosis.";
    let contact =
        "Contact your early pregnancy unit (EPU) or the team caring for you today.".to_string();

    if let Some((i, (earlier, later))) = rise {
        readings.push(Reading::new(
            &DECLINE_SLOWER,
            format!(
                "Your hCG went up from {} to {} IU/L between {} and {}. After a pregnancy loss, \
                 hCG is expected to keep falling. {maybe}",
                fmt_iu(earlier.iu),
                fmt_iu(later.iu),
                fmt.date(earlier.at.date_naive()),
                fmt.date(later.at.date_naive()),
            ),
            contact,
            Some(PairRef {
                from_index: i,
                to_index: i + 1,
            }),
        ));
    } else if let Some((k, fall, want)) = worst {
        let hours = samples.get(k).map_or(0.0, |s| s.hours_from_first);
        readings.push(Reading::new(
            &DECLINE_SLOWER,
            format!(
                "{} After a pregnancy loss, a fall of at least {}% is expected by then (Barnhart \
                 2004: at least 21% by day 2 and 60% by day 7).{beyond_7} {maybe}",
                describe_fall(hours, fall),
                fmt_percent(want * 100.0),
            ),
            contact,
            Some(PairRef {
                from_index: 0,
                to_index: k,
            }),
        ));
    } else {
        readings.push(Reading::new(
            &DECLINE_AS_EXPECTED,
            format!(
                "{} This is at least the fall expected after a pregnancy loss (Barnhart 2004: at \
                 least 21% by day 2 and 60% by day 7).{beyond_7}",
                describe_fall(last.hours_from_first, 1.0 - last.iu / first.iu),
            ),
            "Keep to the plan from your care team. Ask them how many more tests you need. \
             Contact them if bleeding or pain gets worse."
                .to_string(),
            Some(PairRef {
                from_index: 0,
                to_index: samples.len().saturating_sub(1),
            }),
        ));
    }
    rise.is_some() || worst.is_some()
}

fn read_after_loss(
    samples: &[Sample],
    fmt: DateStyle,
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) -> Option<Projection> {
    let first = samples.first()?;
    let last = samples.last()?;
    let slower = push_decline_reading(samples, fmt, readings);

    readings.push(Reading::new(
        &NICE_URINE_TEST_3_WEEKS,
        "NICE advises a urine pregnancy test 3 weeks later. This is if you waited for the \
         pregnancy to pass, or took medicine for it."
            .to_string(),
        "If that test is still positive, contact your early pregnancy unit (EPU).".to_string(),
        None,
    ));

    // The next checkpoint from Barnhart (day 2 or day 7 after the first value), if still ahead.
    for (day, fall, id) in [
        (2.0, BARNHART_DECLINE_DAY_2, "barnhart-decline-day-2"),
        (7.0, BARNHART_DECLINE_DAY_7, "barnhart-decline-day-7"),
    ] {
        let hours_ahead = day * 24.0 - last.hours_from_first;
        if hours_ahead > 0.0 {
            let at_most = first.iu * (1.0 - fall);
            expected.push(ExpectedNext {
                rule_set: RuleSet::Barnhart2004,
                id,
                hours_after_last: Some(hours_ahead),
                at_least_iu_per_l: None,
                at_most_iu_per_l: Some(at_most),
                text: format!(
                    "By day {day} after your first test, hCG is expected to be {} IU/L or lower \
                     (a fall of at least {}%, Barnhart 2004).",
                    fmt_iu(at_most),
                    fmt_percent(fall * 100.0)
                ),
                sources: BARNHART_DECLINE.to_vec(),
            });
            break;
        }
    }

    if last.iu < NEGATIVE_BELOW_IU_PER_L {
        readings.push(Reading::new(
            &BELOW_5,
            format!(
                "Your latest hCG is {} IU/L. Below 5 IU/L is the level counted as a negative \
                 result.",
                fmt_iu(last.iu)
            ),
            "Ask your care team if you need any more tests.".to_string(),
            None,
        ));
        return None;
    }
    // No date when the fall is slower than expected (or any value rose): the advice then is to
    // contact the unit, and a far-off date could read as "just wait".
    if slower {
        return None;
    }
    project(samples, fmt)
}

/// "48 hours after your first test, your hCG had fallen by 21%."
fn describe_fall(hours: f64, fall: f64) -> String {
    let elapsed = if hours < 48.0 {
        format!("{} hours", fmt_hours(hours))
    } else {
        format!("{} days", fmt_days(hours / 24.0))
    };
    if fall > 0.0 {
        format!(
            "{elapsed} after your first test, your hCG had fallen by {}%.",
            fmt_percent(fall * 100.0)
        )
    } else {
        format!("{elapsed} after your first test, your hCG had not fallen.")
    }
}

/// Two-sided 97.5 % points of Student's t for 1..=18 degrees of freedom (standard tables), for a
/// 95 % interval on the fitted slope. Not a clinical figure.
const T_975: [f64; 18] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101,
];

const PROJECTION_METHOD: &str = "Least-squares line through ln(hCG) against time. The date is where \
the line crosses 5 IU/L. The range pivots on the line's value at the last result: with 3 or more \
values it uses the slope's 95% interval (Student's t); the latest date always allows the fall to \
slow to half its fitted rate (hCG often falls more slowly near the end), and the range is capped \
between twice and a quarter of the fitted rate. With 2 values the earliest date is the estimate \
itself. No date is before the last result.";

/// Log-linear least-squares projection to below 5 IU/L; `None` when not falling.
///
/// Fit ln(value) = ȳ + b·(t − t̄) (t in days). The estimate is where that line crosses ln 5. For the
/// range, the line pivots on its fitted value at the last result, `ŷ_last` ("from where you are
/// now"), and crosses ln 5 at `t_last + (ln 5 − ŷ_last) / slope`, with:
/// * steepest slope: b − t·SE (n ≥ 3), never steeper than 2b; with 2 values it is b itself;
/// * shallowest slope: b + t·SE, but at least as shallow as b/2 and never shallower than b/4.
///
/// The b/2 floor is a deliberate choice, documented for review: the fall after a loss is fastest
/// at first (Barnhart 2004) and detectable hCG lasted 9–35 days (Steier 1984), so a straight line
/// through early values tends to be too early. Dates are the calendar dates in the last value's
/// own offset, and none is before the last value's date.
fn project(samples: &[Sample], fmt: DateStyle) -> Option<Projection> {
    let first = samples.first()?;
    let last = samples.last()?;
    let n = samples.len();
    if n < 2 {
        return None;
    }
    // n ≤ 20 (MAX_VALUES): exact as f64.
    #[allow(clippy::cast_precision_loss)]
    let nf = n as f64;
    let ts: Vec<f64> = samples.iter().map(|s| s.hours_from_first / 24.0).collect();
    let ys: Vec<f64> = samples.iter().map(|s| s.iu.ln()).collect();
    let t_mean = ts.iter().sum::<f64>() / nf;
    let y_mean = ys.iter().sum::<f64>() / nf;
    let sxx: f64 = ts.iter().map(|t| (t - t_mean).powi(2)).sum();
    let sxy: f64 = ts
        .iter()
        .zip(&ys)
        .map(|(t, y)| (t - t_mean) * (y - y_mean))
        .sum();
    if sxx <= 0.0 {
        return None;
    }
    let b = sxy / sxx;
    if !b.is_finite() || b >= 0.0 {
        return None;
    }
    let spread = if n >= 3 {
        let ssr: f64 = ts
            .iter()
            .zip(&ys)
            .map(|(t, y)| (y - y_mean - b * (t - t_mean)).powi(2))
            .sum();
        let se = (ssr / (nf - 2.0) / sxx).sqrt();
        let tq = T_975.get(n - 3).copied().unwrap_or(2.0);
        tq * se
    } else {
        0.0
    };
    let steep = (b - spread).max(2.0 * b);
    let shallow = (b + spread).max(b / 2.0).min(b / 4.0);

    let last_days = last.hours_from_first / 24.0;
    let y_last = y_mean + b * (last_days - t_mean);
    let ln5 = NEGATIVE_BELOW_IU_PER_L.ln();
    let crossing = |slope: f64| last_days + (ln5 - y_last) / slope;
    let (t_est, t_early, t_late) = (crossing(b), crossing(steep), crossing(shallow));
    if !t_est.is_finite() || t_est - last_days > PROJECTION_MAX_DAYS_AHEAD {
        return None;
    }
    let date = |days: f64| -> Option<NaiveDate> {
        let days = days.max(last_days);
        let ms = (days * 86_400_000.0).round();
        if !ms.is_finite() || ms.abs() > 1e15 {
            return None;
        }
        // |ms| ≤ 1e15 and whole: fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        let ms = ms as i64;
        let instant = first
            .at
            .checked_add_signed(TimeDelta::try_milliseconds(ms)?)?;
        Some(instant.with_timezone(last.at.offset()).date_naive())
    };
    let below_5_on = date(t_est)?;
    let earliest = date(t_early)?.min(below_5_on);
    let latest = date(t_late)?.max(below_5_on);
    Some(Projection {
        below_5_on,
        earliest,
        latest,
        method: PROJECTION_METHOD,
        text: format!(
            "This is an estimate, not a promise. If your hCG keeps falling the way it has, it may \
             be below 5 IU/L around {}, most likely between {} and {}. Everyone is different. \
             After a miscarriage, hCG can take from 9 to 35 days to go (Steier 1984).",
            fmt.date(below_5_on),
            fmt.date(earliest),
            fmt.date(latest)
        ),
        sources: vec![Source::Barnhart2004Decline, Source::Steier1984],
    })
}

// ---------------------------------------------------------------------------------------------
// In the womb, ectopic follow-up
// ---------------------------------------------------------------------------------------------

fn read_in_womb(readings: &mut Vec<Reading>) {
    readings.push(Reading::new(
        &IN_WOMB_FOLLOWED_BY_SCAN,
        "A scan has shown the pregnancy in the womb. From here, hCG numbers alone are not how \
         the pregnancy is followed: a scan is. So no hCG band is applied to these results."
            .to_string(),
        "If you have bleeding or pain, or you are worried, contact your early pregnancy unit \
         (EPU) or your doctor. They may offer a scan."
            .to_string(),
        None,
    ));
}

fn fall_text(a: &Sample, b: &Sample) -> String {
    let pct = (b.iu - a.iu) * 100.0 / a.iu;
    match pct.partial_cmp(&0.0) {
        Some(Ordering::Less) => format!(
            "fell by {}% (from {} to {} IU/L)",
            fmt_percent(-pct),
            fmt_iu(a.iu),
            fmt_iu(b.iu)
        ),
        Some(Ordering::Greater) => format!(
            "went up by {}% (from {} to {} IU/L)",
            fmt_percent(pct),
            fmt_iu(a.iu),
            fmt_iu(b.iu)
        ),
        _ => format!("stayed at {} IU/L", fmt_iu(a.iu)),
    }
}

fn falls_enough(a: &Sample, b: &Sample) -> bool {
    !above(b.iu / a.iu, 1.0 - ECTOPIC_MIN_FALL)
}

fn read_ectopic_expectant(
    samples: &[Sample],
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let Some(last) = samples.last() else { return };
    let failed = samples
        .iter()
        .zip(samples.iter().skip(1))
        .enumerate()
        .find(|(_, (a, b))| !falls_enough(a, b));
    if let Some((i, (a, b))) = failed {
        readings.push(Reading::new(
            &ECTOPIC_NOT_MET,
            format!(
                "Between result {} and result {}, your hCG {}. When waiting to see if an ectopic \
                 pregnancy settles on its own, NICE looks for a fall of at least 15% each time.",
                i + 1,
                i + 2,
                fall_text(a, b)
            ),
            "Contact your early pregnancy unit (EPU) today. NICE advises that a senior doctor \
             looks at your care."
                .to_string(),
            Some(PairRef {
                from_index: i,
                to_index: i + 1,
            }),
        ));
    } else {
        let mut next = if last.iu < ECTOPIC_WEEKLY_UNTIL_IU_PER_L {
            "Your latest result is below 20 IU/L. Ask your early pregnancy unit (EPU) whether \
             you need more tests."
                .to_string()
        } else {
            "NICE advises a blood test each week until hCG is below 20 IU/L. Your early \
             pregnancy unit (EPU) will arrange it."
                .to_string()
        };
        if samples.len() < 4 {
            next.push_str(
                " NICE checks on days 2, 4 and 7 after the first test: keep to the test days \
                 your unit gave you.",
            );
        }
        readings.push(Reading::new(
            &ECTOPIC_MET,
            "Each of your hCG results fell by at least 15% from the one before. This is the \
             fall NICE looks for when waiting to see if an ectopic pregnancy settles on its own."
                .to_string(),
            next,
            Some(PairRef {
                from_index: 0,
                to_index: samples.len().saturating_sub(1),
            }),
        ));
    }
    push_ectopic_next(last, expected);
}

fn read_ectopic_methotrexate(
    samples: &[Sample],
    readings: &mut Vec<Reading>,
    expected: &mut Vec<ExpectedNext>,
) {
    let n = samples.len();
    let (Some(a), Some(b)) = (samples.get(n.wrapping_sub(2)), samples.last()) else {
        return;
    };
    let at = Some(PairRef {
        from_index: n - 2,
        to_index: n - 1,
    });
    let early_rise = "A rise from day 1 to day 4 after methotrexate is common.";
    if falls_enough(a, b) {
        readings.push(Reading::new(
            &ECTOPIC_MET,
            format!(
                "Between your last two results, your hCG {}. After methotrexate, NICE looks for \
                 a fall of at least 15% from day 4 to day 7. {early_rise}",
                fall_text(a, b)
            ),
            "Keep to the follow-up blood tests your early pregnancy unit (EPU) gave you."
                .to_string(),
            at,
        ));
    } else {
        let rise_note = if n == 2 {
            "If these are your day 1 and day 4 results, a rise is common, and the check is from \
             day 4 to day 7."
        } else {
            early_rise
        };
        readings.push(Reading::new(
            &ECTOPIC_NOT_MET,
            format!(
                "Between your last two results, your hCG {}. After methotrexate, NICE looks for \
                 a fall of at least 15% from day 4 to day 7. {rise_note}",
                fall_text(a, b)
            ),
            "Contact your early pregnancy unit (EPU) today so a senior doctor can look at \
             your results. You may need more treatment."
                .to_string(),
            at,
        ));
    }
    if n == 2 {
        push_ectopic_next(b, expected);
    }
}

fn push_ectopic_next(last: &Sample, expected: &mut Vec<ExpectedNext>) {
    let at_most = last.iu * (1.0 - ECTOPIC_MIN_FALL);
    expected.push(ExpectedNext {
        rule_set: RuleSet::NiceNg126,
        id: "nice-ectopic-next-fall-15",
        hours_after_last: None,
        at_least_iu_per_l: None,
        at_most_iu_per_l: Some(at_most),
        text: format!(
            "NICE looks for your next result to be {} IU/L or lower (a fall of at least 15%).",
            fmt_iu(at_most)
        ),
        sources: NICE.to_vec(),
    });
}

/// The "symptoms come first" note for `context`: always shown with hCG figures (the export
/// prints it beside every reading).
/// After a loss with no scan showing the pregnancy in the womb: a falling hCG does not rule out an
/// ectopic pregnancy. An apparent complete miscarriage turned out to be ectopic in 5.9 %
/// [condous-2005 V]; a falling hCG never excludes ectopic [seeber-2006] (CLINICAL.md §1, §2;
/// checked 2026-12).
#[must_use]
pub fn after_loss_ectopic_note() -> Reading {
    Reading::new(
        &AFTER_LOSS_ECTOPIC_NOT_EXCLUDED,
        "No scan has shown this pregnancy in the womb, so this does not rule out an ectopic \
         pregnancy, even if your hCG is falling. In one study, about 6 in 100 losses that looked \
         complete turned out to be ectopic (5.9%)."
            .to_string(),
        "Keep to the tests your care team asked for until they tell you it is over. Get help \
             at once for pain on one side, pain in the tip of your shoulder, or feeling faint."
            .to_string(),
        None,
    )
}

pub fn symptoms_note(context: HcgContext) -> Reading {
    let lead = match context {
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => {
            "Even while hCG is falling, an ectopic pregnancy can still cause problems. Your \
             symptoms matter more than any number."
        }
        _ => "Your symptoms matter more than any number.",
    };
    Reading::new(
        &SYMPTOMS_FIRST,
        lead.to_string(),
        "Get help at once if you soak through 2 full-size pads in an hour, or 1 pad an hour for \
         2 hours. Get help at once, too, for bad pain, pain on one side or pain in the tip of \
         your shoulder. The same goes if you feel faint, or have a fever or smelly discharge."
            .to_string(),
        None,
    )
}

// ---------------------------------------------------------------------------------------------
// Formatting for the English text
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct DateStyle {
    us: bool,
}

impl DateStyle {
    fn for_region(region: Region) -> Self {
        DateStyle {
            us: region.prefers_us_english(),
        }
    }

    fn date(self, d: NaiveDate) -> String {
        if self.us {
            d.format("%B %-d, %Y").to_string()
        } else {
            d.format("%-d %B %Y").to_string()
        }
    }
}

/// One decimal place, without ".0" only when the value really is whole: 63 → "63", but 63.04 →
/// "63.0", so a value just over a boundary never looks exactly on it.
fn fmt_one_decimal(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{:.0}", x.round())
    } else {
        format!("{:.1}", (x * 10.0).round() / 10.0)
    }
}

fn fmt_percent(x: f64) -> String {
    fmt_one_decimal(x)
}

fn fmt_hours(h: f64) -> String {
    fmt_one_decimal(h)
}

fn fmt_days(d: f64) -> String {
    fmt_one_decimal(d)
}

/// Whole numbers with thousands separators from 100 up; one decimal below.
fn fmt_iu(x: f64) -> String {
    if x < 100.0 {
        return fmt_one_decimal(x);
    }
    let whole = format!("{:.0}", x.round());
    let mut out = String::new();
    let len = whole.len();
    for (k, ch) in whole.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests;
