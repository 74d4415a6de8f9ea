//! Wellbeing check-ins: the PHQ-9, GAD-7 and PCL-5 questionnaires of CLINICAL.md §7 — their item
//! counts, answer ranges, totals, bands and (for the PHQ-9) the item 9 crisis rule.
//!
//! Pure: no clock, no IO. The item wording lives in Fluent (`content/locales/en-GB/wellbeing.ftl`)
//! and is shown exactly as published; this module knows only how many items there are and what the
//! answers add up to. A score is a check-in, never a diagnosis: the bands say how much the
//! symptoms bother the person, in the questionnaire authors' own words, and nothing more.
//!
//! The EPDS is deliberately absent: it needs permission (CLINICAL.md §7) and must not be shipped.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Source;
use crate::input::{Checker, InvalidInput, Problem};

/// The questionnaires Solace offers. The EPDS is not one of them (CLINICAL.md §7: it needs
/// permission).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Questionnaire {
    /// Patient Health Questionnaire, 9 items (depression symptoms).
    Phq9,
    /// Generalised Anxiety Disorder, 7 items.
    Gad7,
    /// PTSD Checklist for DSM-5, 20 items.
    Pcl5,
}

/// How far back the questions ask, which is also when a re-check makes sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recall {
    /// "Over the last 2 weeks" (PHQ-9 [kroenke-2001], GAD-7 [spitzer-2006]).
    TwoWeeks,
    /// "In the past month" (PCL-5 [weathers-2013]).
    OneMonth,
}

const QUESTIONNAIRE_EXPECTED: &str = "one of phq9, gad7, pcl5";

impl Questionnaire {
    pub const ALL: [Questionnaire; 3] = [
        Questionnaire::Phq9,
        Questionnaire::Gad7,
        Questionnaire::Pcl5,
    ];

    /// The id used in the diary JSON, forms and the CLI.
    pub const fn id(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "phq9",
            Questionnaire::Gad7 => "gad7",
            Questionnaire::Pcl5 => "pcl5",
        }
    }

    pub fn from_id(id: &str) -> Option<Questionnaire> {
        Questionnaire::ALL.into_iter().find(|q| q.id() == id.trim())
    }

    /// How many items: PHQ-9 9 [kroenke-2001], GAD-7 7 [spitzer-2006], PCL-5 20 [weathers-2013]
    /// (CLINICAL.md §7, checked 2026-11).
    pub const fn item_count(self) -> usize {
        match self {
            Questionnaire::Phq9 => 9,
            Questionnaire::Gad7 => 7,
            Questionnaire::Pcl5 => 20,
        }
    }

    /// The highest answer to one item: 0–3 for the PHQ-9 [kroenke-2001] and GAD-7
    /// [spitzer-2006]; 0–4 for the PCL-5 [weathers-2013] (CLINICAL.md §7, checked 2026-11).
    pub const fn max_answer(self) -> u8 {
        match self {
            Questionnaire::Phq9 | Questionnaire::Gad7 => 3,
            Questionnaire::Pcl5 => 4,
        }
    }

    /// The highest total: 27, 21 and 80 (item count × highest answer; CLINICAL.md §7).
    pub const fn max_total(self) -> u32 {
        self.item_count() as u32 * self.max_answer() as u32
    }

    /// The source of the items, scoring and bands.
    pub const fn source(self) -> Source {
        match self {
            Questionnaire::Phq9 => Source::Kroenke2001,
            Questionnaire::Gad7 => Source::Spitzer2006,
            Questionnaire::Pcl5 => Source::Weathers2013,
        }
    }

    /// The bands, lowest first; together they cover every total from 0 to the maximum once.
    pub const fn bands(self) -> &'static [BandDef] {
        match self {
            Questionnaire::Phq9 => &PHQ9_BANDS,
            Questionnaire::Gad7 => &GAD7_BANDS,
            Questionnaire::Pcl5 => &PCL5_BANDS,
        }
    }

    /// The recall window of the questions.
    pub const fn recall(self) -> Recall {
        match self {
            // "Over the last 2 weeks" [kroenke-2001] [spitzer-2006].
            Questionnaire::Phq9 | Questionnaire::Gad7 => Recall::TwoWeeks,
            // "In the past month" [weathers-2013].
            Questionnaire::Pcl5 => Recall::OneMonth,
        }
    }

    /// When a re-check covers a fresh recall window: 2 weeks after `taken` for the PHQ-9 and
    /// GAD-7, one calendar month for the PCL-5 (its window). `None` only past the end of time.
    pub fn recheck_on(self, taken: NaiveDate) -> Option<NaiveDate> {
        match self.recall() {
            Recall::TwoWeeks => taken.checked_add_days(Days::new(14)),
            Recall::OneMonth => taken.checked_add_months(Months::new(1)),
        }
    }

    /// The clusters whose subtotals are shown (PCL-5 only; empty for the others).
    pub const fn clusters(self) -> &'static [ClusterDef] {
        match self {
            Questionnaire::Pcl5 => &PCL5_CLUSTERS,
            Questionnaire::Phq9 | Questionnaire::Gad7 => &[],
        }
    }
}

/// A band of totals, in the words of the questionnaire's authors. Ordered by how much the
/// symptoms bother the person: [`Band::rank`] never falls as a total rises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
    /// PCL-5 below the provisional cut-point range.
    BelowCutPoint,
    /// PCL-5 within the provisional cut-point range 31–33.
    CutPointRange,
    /// PCL-5 above the provisional cut-point range.
    AboveCutPoint,
}

impl Band {
    pub const fn id(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately-severe",
            Band::Severe => "severe",
            Band::BelowCutPoint => "below-cut-point",
            Band::CutPointRange => "cut-point-range",
            Band::AboveCutPoint => "above-cut-point",
        }
    }

    /// The order of the bands within one questionnaire (0 = lowest).
    pub const fn rank(self) -> u8 {
        match self {
            Band::Minimal | Band::BelowCutPoint => 0,
            Band::Mild | Band::CutPointRange => 1,
            Band::Moderate | Band::AboveCutPoint => 2,
            Band::ModeratelySevere => 3,
            Band::Severe => 4,
        }
    }
}

/// One band: the totals from `min` to `max`, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandDef {
    pub band: Band,
    pub min: u32,
    pub max: u32,
}

/// PHQ-9 bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe
/// [kroenke-2001] (CLINICAL.md §7, V/S, checked 2026-11).
pub const PHQ9_BANDS: [BandDef; 5] = [
    BandDef {
        band: Band::Minimal,
        min: 0,
        max: 4,
    },
    BandDef {
        band: Band::Mild,
        min: 5,
        max: 9,
    },
    BandDef {
        band: Band::Moderate,
        min: 10,
        max: 14,
    },
    BandDef {
        band: Band::ModeratelySevere,
        min: 15,
        max: 19,
    },
    BandDef {
        band: Band::Severe,
        min: 20,
        max: 27,
    },
];

/// GAD-7 bands: cut-points 5, 10 and 15 for mild, moderate and severe, so 0–4 minimal, 5–9 mild,
/// 10–14 moderate, 15–21 severe [spitzer-2006] (CLINICAL.md §7, V/S, checked 2026-11).
pub const GAD7_BANDS: [BandDef; 4] = [
    BandDef {
        band: Band::Minimal,
        min: 0,
        max: 4,
    },
    BandDef {
        band: Band::Mild,
        min: 5,
        max: 9,
    },
    BandDef {
        band: Band::Moderate,
        min: 10,
        max: 14,
    },
    BandDef {
        band: Band::Severe,
        min: 15,
        max: 21,
    },
];

/// The PCL-5's provisional cut-point range, 31–33 [weathers-2013] (CLINICAL.md §7, V/S, checked
/// 2026-11). Solace treats the lowest end, 31, as the point from which to suggest talking to
/// someone (escalate in doubt).
pub const PCL5_CUT_POINT: (u32, u32) = (31, 33);

/// PCL-5 bands around the provisional cut-point range 31–33 [weathers-2013]: 0–30 below it,
/// 31–33 within it, 34–80 above it (CLINICAL.md §7, checked 2026-11).
pub const PCL5_BANDS: [BandDef; 3] = [
    BandDef {
        band: Band::BelowCutPoint,
        min: 0,
        max: PCL5_CUT_POINT.0 - 1,
    },
    BandDef {
        band: Band::CutPointRange,
        min: PCL5_CUT_POINT.0,
        max: PCL5_CUT_POINT.1,
    },
    BandDef {
        band: Band::AboveCutPoint,
        min: PCL5_CUT_POINT.1 + 1,
        max: 80,
    },
];

/// The PHQ-9 item (1-based) whose answer above 0 means crisis signposting, whatever the total:
/// item 9, thoughts of being better off dead or of self-harm [kroenke-2001] (CLINICAL.md §7,
/// checked 2026-11).
pub const PHQ9_CRISIS_ITEM: usize = 9;

/// The PCL-5 item (1-based) that shows the region's crisis line with the result, whatever the
/// total: item 16, "Taking too many risks or doing things that could cause you harm?"
/// [weathers-2013] (CLINICAL.md §7, S, checked 2026-12).
pub const PCL5_RISK_ITEM: usize = 16;

/// The PCL-5 rating from which item 16 counts: 2, "Moderately" — the PCL-5 "symptom endorsed"
/// rule [weathers-2013] (CLINICAL.md §7, S, checked 2026-12).
pub const PCL5_RISK_AT_LEAST: u8 = 2;

/// PTSD is diagnosed only when symptoms last more than a month; before that the same reactions
/// describe acute stress and often settle [apa-dsm5] (CLINICAL.md §7, S, checked 2026-12). A
/// PCL-5 taken less than 4 weeks (28 days) after the loss is read as acute stress, and a re-check
/// is offered at 4 weeks.
pub const FIRST_MONTH_DAYS: u64 = 28;

/// Why a check-in shows the region's crisis line first, before the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CrisisReason {
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0 [kroenke-2001].
    Phq9Item9,
    /// PCL-5 item 16 (taking too many risks or doing things that could cause harm) rated
    /// "Moderately" or more [weathers-2013].
    Pcl5Item16,
}

/// Why answers call for the crisis line first, if they do — even incomplete or not yet valid
/// answers: PHQ-9 item 9 above 0, or PCL-5 item 16 at 2 ("Moderately") or more. In doubt, show
/// help: an answer that is not a number counts, and so does an in-between one (a PCL-5 item 16
/// above 1, a PHQ-9 item 9 above 0).
pub fn crisis_reason(q: Questionnaire, raw: &[Option<f64>]) -> Option<CrisisReason> {
    let item = |n: usize| raw.get(n - 1).copied().flatten();
    match q {
        Questionnaire::Phq9 => needs_crisis_signposting(q, raw).then_some(CrisisReason::Phq9Item9),
        Questionnaire::Pcl5 => item(PCL5_RISK_ITEM)
            .is_some_and(|v| v > f64::from(PCL5_RISK_AT_LEAST - 1) || v.is_nan())
            .then_some(CrisisReason::Pcl5Item16),
        Questionnaire::Gad7 => None,
    }
}

/// Where a PCL-5 stands in time from the loss it asks about (CLINICAL.md §7, [apa-dsm5]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SinceLoss {
    /// Taken less than 4 weeks after the loss: the reactions are common soon after a loss and
    /// describe acute stress; never "probable PTSD". A re-check is offered on `recheck_on`, 4 weeks
    /// after the loss. A loss date after the day taken (a slip the forms refuse) also lands here:
    /// in doubt, the gentler reading that offers a re-check.
    FirstMonth { recheck_on: NaiveDate },
    /// Taken 4 weeks or more after the loss: the provisional cut-point applies as published.
    AfterFirstMonth,
    /// The loss date is not known: the page says what the timing would change.
    Unknown,
}

/// Where a PCL-5 taken on `taken` stands from a loss on `loss` (see [`SinceLoss`]).
pub fn since_loss(taken: NaiveDate, loss: Option<NaiveDate>) -> SinceLoss {
    let Some(loss) = loss else {
        return SinceLoss::Unknown;
    };
    let Some(four_weeks) = loss.checked_add_days(Days::new(FIRST_MONTH_DAYS)) else {
        return SinceLoss::AfterFirstMonth;
    };
    if taken < four_weeks {
        SinceLoss::FirstMonth {
            recheck_on: four_weeks,
        }
    } else {
        SinceLoss::AfterFirstMonth
    }
}

/// A PCL-5 symptom cluster: items `first` to `last` (1-based, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterDef {
    /// The DSM-5 criterion letter: B, C, D or E.
    pub id: &'static str,
    pub first: usize,
    pub last: usize,
}

/// PCL-5 clusters: B items 1–5, C 6–7, D 8–14, E 15–20 [weathers-2013] (CLINICAL.md §7,
/// checked 2026-11).
pub const PCL5_CLUSTERS: [ClusterDef; 4] = [
    ClusterDef {
        id: "B",
        first: 1,
        last: 5,
    },
    ClusterDef {
        id: "C",
        first: 6,
        last: 7,
    },
    ClusterDef {
        id: "D",
        first: 8,
        last: 14,
    },
    ClusterDef {
        id: "E",
        first: 15,
        last: 20,
    },
];

/// A complete, checked set of answers: one per item, each in range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    questionnaire: Questionnaire,
    values: Vec<u8>,
}

/// One cluster's subtotal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClusterScore {
    pub id: &'static str,
    pub first: usize,
    pub last: usize,
    pub subtotal: u32,
    pub max: u32,
}

/// What a complete set of answers adds up to. Derived every time from the answers; never stored
/// as truth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    pub questionnaire: Questionnaire,
    pub total: u32,
    pub max_total: u32,
    pub band: Band,
    /// PHQ-9 item 9 above 0: show the crisis line and emergency number first, whatever the total
    /// [kroenke-2001].
    pub crisis: bool,
    /// Why the crisis line comes first, whatever the total: PHQ-9 item 9 above 0, or PCL-5 item
    /// 16 at 2 or more [weathers-2013]. `crisis` stays the PHQ-9 rule alone (the diary reads it
    /// as thoughts of self-harm); this covers both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crisis_line_first: Option<CrisisReason>,
    /// PCL-5 cluster subtotals (empty for the others).
    pub clusters: Vec<ClusterScore>,
}

/// The band a total falls in. Totals above the maximum (which checked answers cannot give) fall
/// in the highest band.
pub fn band_of(q: Questionnaire, total: u32) -> Band {
    let bands = q.bands();
    bands
        .iter()
        .find(|b| total >= b.min && total <= b.max)
        .or(bands.last())
        .map_or(Band::Severe, |b| b.band)
}

/// Whether answers, even incomplete or not yet valid ones, already call for crisis signposting:
/// PHQ-9 item 9 answered above 0 [kroenke-2001]. Any value above 0 counts, even one that is out
/// of range or not whole: in doubt, show help.
pub fn needs_crisis_signposting(q: Questionnaire, raw: &[Option<f64>]) -> bool {
    q == Questionnaire::Phq9
        && raw
            .get(PHQ9_CRISIS_ITEM - 1)
            .copied()
            .flatten()
            .is_some_and(|v| v > 0.0 || v.is_nan())
}

impl Answers {
    /// Checks raw answers (`None` for an item left blank). Every problem is reported at once,
    /// named by JSON field: `answers` for the wrong count, `answers[i]` (0-based) for an item
    /// left blank, out of range or not whole.
    pub fn check(q: Questionnaire, raw: &[Option<f64>]) -> Result<Answers, InvalidInput> {
        let mut c = Checker::default();
        let n = q.item_count();
        if raw.len() != n {
            c.push("answers", Problem::WrongCount { min: n, max: n });
        }
        let max = f64::from(q.max_answer());
        let mut values = Vec::with_capacity(n);
        for (i, v) in raw.iter().enumerate() {
            let field = format!("answers[{i}]");
            match v {
                None => c.push(field, Problem::Missing),
                Some(_) => {
                    if let Some(x) = c.whole(&field, *v, 0.0, max) {
                        // At most 4, so it fits in a u8.
                        values.push(x as u8);
                    }
                }
            }
        }
        c.finish(Answers {
            questionnaire: q,
            values,
        })
    }

    /// Checks whole-number answers (the diary and CLI path).
    pub fn from_values(q: Questionnaire, values: &[u8]) -> Result<Answers, InvalidInput> {
        let raw: Vec<Option<f64>> = values.iter().map(|v| Some(f64::from(*v))).collect();
        Answers::check(q, &raw)
    }

    pub fn questionnaire(&self) -> Questionnaire {
        self.questionnaire
    }

    pub fn values(&self) -> &[u8] {
        &self.values
    }

    /// The total (the plain sum of the answers), its band, the crisis rule and any clusters.
    pub fn score(&self) -> Score {
        let q = self.questionnaire;
        let total: u32 = self.values.iter().map(|v| u32::from(*v)).sum();
        let crisis = q == Questionnaire::Phq9
            && self
                .values
                .get(PHQ9_CRISIS_ITEM - 1)
                .is_some_and(|v| *v > 0);
        let clusters = q
            .clusters()
            .iter()
            .map(|c| ClusterScore {
                id: c.id,
                first: c.first,
                last: c.last,
                subtotal: self
                    .values
                    .iter()
                    .skip(c.first - 1)
                    .take(c.last + 1 - c.first)
                    .map(|v| u32::from(*v))
                    .sum(),
                max: (c.last + 1 - c.first) as u32 * u32::from(q.max_answer()),
            })
            .collect();
        let raw: Vec<Option<f64>> = self.values.iter().map(|v| Some(f64::from(*v))).collect();
        Score {
            questionnaire: q,
            total,
            max_total: q.max_total(),
            band: band_of(q, total),
            crisis,
            crisis_line_first: crisis_reason(q, &raw),
            clusters,
        }
    }
}

/// The error text for an unknown questionnaire id (for the diary and forms).
pub const fn questionnaire_expected() -> &'static str {
    QUESTIONNAIRE_EXPECTED
}

#[cfg(test)]
mod tests;
