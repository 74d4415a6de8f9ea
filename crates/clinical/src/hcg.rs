//! Serial hCG: the change between results, read against the guideline for the person's situation.
//!
//! CLINICAL.md §2. UK (NICE NG126) and US (Barnhart 2004, Seeber 2006) rule sets are kept apart:
//! every reading names the rule set it used and its sources. Nothing here diagnoses: a reading says
//! what the guideline advises and whom to contact. A falling or normal-looking hCG never rules out
//! an ectopic pregnancy, so that note is always added while the location is not known.
//!
//! Pure and total: `now` and the region are parameters, every input problem comes back as a
//! field-named [`InvalidInput`], and no code path panics.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::input::InvalidInput;
use crate::region::Region;
use crate::sources::Source;
use crate::words::Words;

mod after_loss;
pub mod guides;
mod located;
mod projection;
mod rates;
mod readings;
mod text;
mod unknown_location;
mod validate;

use after_loss::read_after_loss;
pub use guides::{GuideCurves, GuideKind, GuideLine, guide_curves};
use located::{read_ectopic_expectant, read_ectopic_methotrexate, read_in_womb};
use rates::make_pair;
pub use rates::{barnhart_min_ratio, expected_min_fall, seeber_min_ratio};
pub use readings::{
    AFTER_LOSS_ECTOPIC_NOT_EXCLUDED, BARNHART_RISE_AT_LEAST, BARNHART_RISE_BELOW, BELOW_5,
    DECLINE_AS_EXPECTED, DECLINE_SLOWER, ECTOPIC_MET, ECTOPIC_NOT_MET, IN_WOMB_FOLLOWED_BY_SCAN,
    NEVER_RULES_OUT_ECTOPIC, NICE_FALL_OVER_50, NICE_IN_BETWEEN, NICE_NEWEST_NOT_IN_PAIR,
    NICE_NOT_48H_PAIR, NICE_RISE_OVER_63, NICE_URINE_TEST_3_WEEKS, READINGS, SEEBER_RISE_AT_LEAST,
    SEEBER_RISE_BELOW, SYMPTOMS_FIRST, after_loss_ectopic_note, symptoms_note,
};
use text::DateStyle;
use unknown_location::read_unknown_location;
use validate::validate;

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
const GAP_EXPECTED: &str = "a time at least 1 hour after the result before it";
const PAST_EXPECTED: &str = "a time that is not in the future";

/// The hCG check's own words for a problem (the rest are `Problem`'s shared words), as a Fluent
/// message: `None` for a problem that is not one of them.
#[must_use]
pub fn problem_words(problem: &crate::input::Problem) -> Option<Words> {
    use crate::input::Problem;
    let (Problem::BadDate { expected } | Problem::Invalid { expected }) = problem else {
        return None;
    };
    let id = match *expected {
        AT_EXPECTED => "hcgr-error-at",
        VALUE_EXPECTED => "hcgr-error-value",
        GAP_EXPECTED => "hcgr-error-gap",
        PAST_EXPECTED => "hcgr-error-future",
        _ => return None,
    };
    Some(Words::id(id))
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// Where things stand, which decides how the numbers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// `text` as a Fluent message with its arguments (`readings-hcg.ftl`).
    #[serde(skip)]
    pub words: Words,
    /// `next_step` as a Fluent message with its arguments.
    #[serde(skip)]
    pub next_words: Words,
}

/// English words beside the same words as a Fluent message (proved equal in `solace-app`).
type Said = (String, Words);

impl Reading {
    fn new(
        def: &ReadingDef,
        (text, words): Said,
        (next_step, next_words): Said,
        pair: Option<PairRef>,
    ) -> Self {
        Reading {
            rule_set: def.rule_set,
            id: def.id,
            kind: def.kind,
            text,
            next_step,
            sources: def.sources.to_vec(),
            pair,
            words,
            next_words,
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
    /// `text` as a Fluent message with its arguments.
    #[serde(skip)]
    pub words: Words,
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
    /// `text` as a Fluent message with its arguments.
    #[serde(skip)]
    pub words: Words,
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

#[cfg(test)]
mod tests;
