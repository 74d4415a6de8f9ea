//! The timeline: entries by day, a summary of each day, and series for charts.
//!
//! Days are the person's own: an entry falls on the calendar date of its own offset. Entries are
//! ordered by instant (offsets applied); entries at the same instant keep the order they were given
//! in. Pads per hour (the triage measure) and the PBAC-style score are kept apart (CLINICAL.md §8).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::Serialize;

use super::entry::{BleedingEntry, Entry, EntryKind, PadFullness, TestResult};
use crate::hcg::{HcgContext, HcgInput, HcgValueInput, MAX_VALUES};
use crate::sources::Source;
use crate::triage::{Clots, Location};

// ---------------------------------------------------------------------------------------------
// PBAC points (CLINICAL.md §8, higham-1990 S). For trends only: validated for periods, not
// miscarriage. Tampons are not recorded by the diary, so their points are not used.
// ---------------------------------------------------------------------------------------------

/// PBAC points for a lightly stained pad. `higham-1990` (S), checked 2026-11.
pub const PBAC_PAD_LIGHT: f64 = 1.0;
/// PBAC points for a moderately stained pad. `higham-1990` (S), checked 2026-11.
pub const PBAC_PAD_MODERATE: f64 = 5.0;
/// PBAC points for a fully soaked pad. `higham-1990` (S), checked 2026-11.
pub const PBAC_PAD_FULL: f64 = 20.0;
/// PBAC points for a small clot. `higham-1990` (S), checked 2026-11.
pub const PBAC_CLOT_SMALL: f64 = 1.0;
/// PBAC points for a large clot (bigger than the region's coin: a guide, U). `higham-1990` (S),
/// checked 2026-11.
pub const PBAC_CLOT_LARGE: f64 = 5.0;

/// The label that goes with every PBAC-style score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PbacNote {
    pub id: &'static str,
    pub text: &'static str,
    pub sources: &'static [Source],
}

/// "For trends only, validated for periods, not miscarriage" (CLINICAL.md §8, `higham-1990`),
/// checked 2026-11.
pub const PBAC_NOTE: PbacNote = PbacNote {
    id: "pbac-for-trends-only",
    text: "This score is for seeing trends only. It was made for periods, not for miscarriage.",
    sources: &[Source::Higham1990],
};

const fn fullness_points(f: PadFullness) -> f64 {
    match f {
        PadFullness::Light => PBAC_PAD_LIGHT,
        PadFullness::Moderate => PBAC_PAD_MODERATE,
        PadFullness::Full => PBAC_PAD_FULL,
    }
}

impl BleedingEntry {
    /// This entry's PBAC-style points (CLINICAL.md §8, `higham-1990`): 20 for each pad soaked
    /// through in the hour, plus the pad described by `pad_fullness` (1 / 5 / 20) unless it is
    /// "full" and already counted among the soaked pads, plus the clots (small 1, large 5; each
    /// entry counts its clots once). An entry that records no bleeding scores 0; an entry with
    /// none of these details has no score (`None`), so that "bleeding, no details" is not read as 0.
    pub fn pbac_points(&self) -> Option<f64> {
        if !self.shows_bleeding() {
            return Some(0.0);
        }
        let soaked = self.pads_soaked_per_hour.unwrap_or(0.0);
        let mut scored = self.pads_soaked_per_hour.is_some();
        let mut points = soaked * PBAC_PAD_FULL;
        if let Some(f) = self.pad_fullness {
            scored = true;
            if !(f == PadFullness::Full && soaked > 0.0) {
                points += fullness_points(f);
            }
        }
        match self.clots {
            Some(Clots::Small) => points += PBAC_CLOT_SMALL,
            Some(Clots::Large) => points += PBAC_CLOT_LARGE,
            Some(Clots::None) | None => {}
        }
        scored |= self.clots.is_some();
        scored.then_some(points)
    }

    /// Pads per hour for charts and the day's maximum: the count given, or 0 when the entry
    /// records no bleeding.
    pub fn pads_value(&self) -> Option<f64> {
        if self.shows_bleeding() {
            self.pads_soaked_per_hour
        } else {
            Some(self.pads_soaked_per_hour.unwrap_or(0.0))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// An entry in the timeline, with its position in the list that was passed in (so a caller can
/// find its stored id).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub index: usize,
    pub entry: Entry,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HcgPoint {
    pub at: DateTime<FixedOffset>,
    pub iu_per_l: f64,
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestPoint {
    pub at: DateTime<FixedOffset>,
    pub result: TestResult,
    pub index: usize,
}

/// What one day holds.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DaySummary {
    /// At least one entry records bleeding.
    pub bleeding: bool,
    /// Bleeding entries were made and every one records no bleeding.
    pub no_bleeding_recorded: bool,
    /// The most pads soaked through in an hour (the triage measure).
    pub max_pads_per_hour: Option<f64>,
    /// PBAC-style daily score: the sum of the day's entries' points. For trends only
    /// ([`PBAC_NOTE`]); kept apart from pads per hour.
    pub pbac_score: Option<f64>,
    pub max_pain: Option<u8>,
    pub max_temperature_c: Option<f64>,
    pub hcg: Vec<HcgPoint>,
    pub tests: Vec<TestPoint>,
}

/// One calendar day, in the offset of its entries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    /// In time order.
    pub entries: Vec<TimelineEntry>,
    pub summary: DaySummary,
}

impl Day {
    /// The offset of the day's last entry.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.entries.last().map(|e| *e.entry.at.offset())
    }

    /// The offset of the day's last bleeding entry (else of its last entry): bleeding checks read
    /// "today" in it, so a later entry of another kind in another offset does not move the day.
    pub fn bleeding_offset(&self) -> Option<FixedOffset> {
        self.entries
            .iter()
            .rev()
            .find(|e| e.entry.bleeding().is_some())
            .map(|e| *e.entry.at.offset())
            .or_else(|| self.offset())
    }
}

/// A value at a time, for charts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub at: DateTime<FixedOffset>,
    pub value: f64,
    /// Position of the entry in the list passed in.
    pub index: usize,
}

/// A value on a day, for charts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DayPoint {
    pub date: NaiveDate,
    pub value: f64,
}

/// The direction between the last two values. A later lower value is `falling`, never `rising`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    NoValues,
    OneValue,
    Rising,
    Falling,
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SeriesSummary {
    pub latest: Option<f64>,
    pub previous: Option<f64>,
    pub highest: Option<f64>,
    /// `latest` against `previous`.
    pub change: Change,
}

impl SeriesSummary {
    /// Summarises values already in time order.
    pub fn of(values: &[f64]) -> SeriesSummary {
        let latest = values.last().copied();
        let previous = values
            .len()
            .checked_sub(2)
            .and_then(|i| values.get(i))
            .copied();
        let highest = values.iter().copied().reduce(f64::max);
        let change = match (previous, latest) {
            (_, None) => Change::NoValues,
            (None, Some(_)) => Change::OneValue,
            (Some(p), Some(l)) if l > p => Change::Rising,
            (Some(p), Some(l)) if l < p => Change::Falling,
            (Some(_), Some(_)) => Change::Same,
        };
        SeriesSummary {
            latest,
            previous,
            highest,
            change,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointSeries {
    pub points: Vec<Point>,
    pub summary: SeriesSummary,
}

impl PointSeries {
    fn new(points: Vec<Point>) -> Self {
        let values: Vec<f64> = points.iter().map(|p| p.value).collect();
        PointSeries {
            summary: SeriesSummary::of(&values),
            points,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DaySeries {
    pub points: Vec<DayPoint>,
    pub summary: SeriesSummary,
}

/// Plain data for the charts. Bleeding has two charts on purpose: pads per hour (the triage
/// measure) and the PBAC-style daily score (trends only).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub pads_per_hour: PointSeries,
    pub pbac_daily: DaySeries,
    pub pain: PointSeries,
    pub temperature_c: PointSeries,
    pub hcg: PointSeries,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    /// By date, oldest first.
    pub days: Vec<Day>,
    pub series: Series,
    pub pbac_note: PbacNote,
}

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

/// Positions of `entries` in time order (by instant; equal instants keep their given order).
pub fn in_time_order(entries: &[Entry]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    // `sort_by_key` is stable.
    order.sort_by_key(|&i| entries.get(i).map(Entry::instant));
    order
}

fn add_to_summary(s: &mut DaySummary, index: usize, e: &Entry, any_bleeding_entry: &mut bool) {
    match &e.kind {
        EntryKind::Bleeding(b) => {
            *any_bleeding_entry = true;
            s.bleeding |= b.shows_bleeding();
            if let Some(p) = b.pads_value() {
                s.max_pads_per_hour = Some(s.max_pads_per_hour.map_or(p, |m| m.max(p)));
            }
            if let Some(points) = b.pbac_points() {
                s.pbac_score = Some(s.pbac_score.unwrap_or(0.0) + points);
            }
        }
        EntryKind::Pain { score, .. } => {
            s.max_pain = Some(s.max_pain.map_or(*score, |m| m.max(*score)));
        }
        EntryKind::Temperature { reading } => {
            let c = reading.celsius();
            s.max_temperature_c = Some(s.max_temperature_c.map_or(c, |m| m.max(c)));
        }
        EntryKind::Hcg { iu_per_l } => s.hcg.push(HcgPoint {
            at: e.at,
            iu_per_l: *iu_per_l,
            index,
        }),
        EntryKind::PregnancyTest { result } => s.tests.push(TestPoint {
            at: e.at,
            result: *result,
            index,
        }),
        _ => {}
    }
}

/// Groups entries by the person's own day and summarises each; builds the chart series.
pub fn timeline(entries: &[Entry]) -> Timeline {
    let order = in_time_order(entries);
    let mut by_day: BTreeMap<NaiveDate, Vec<TimelineEntry>> = BTreeMap::new();
    for &i in &order {
        if let Some(e) = entries.get(i) {
            by_day
                .entry(e.at.date_naive())
                .or_default()
                .push(TimelineEntry {
                    index: i,
                    entry: e.clone(),
                });
        }
    }
    let days: Vec<Day> = by_day
        .into_iter()
        .map(|(date, entries)| {
            let mut summary = DaySummary::default();
            let mut any_bleeding_entry = false;
            for t in &entries {
                add_to_summary(&mut summary, t.index, &t.entry, &mut any_bleeding_entry);
            }
            summary.no_bleeding_recorded = any_bleeding_entry && !summary.bleeding;
            Day {
                date,
                entries,
                summary,
            }
        })
        .collect();

    let mut pads = Vec::new();
    let mut pain = Vec::new();
    let mut temperature = Vec::new();
    let mut hcg = Vec::new();
    for &i in &order {
        let Some(e) = entries.get(i) else { continue };
        let point = |value| Point {
            at: e.at,
            value,
            index: i,
        };
        match &e.kind {
            EntryKind::Bleeding(b) => pads.extend(b.pads_value().map(point)),
            EntryKind::Pain { score, .. } => pain.push(point(f64::from(*score))),
            EntryKind::Temperature { reading } => temperature.push(point(reading.celsius())),
            EntryKind::Hcg { iu_per_l } => hcg.push(point(*iu_per_l)),
            _ => {}
        }
    }
    let pbac_points: Vec<DayPoint> = days
        .iter()
        .filter_map(|d| {
            d.summary.pbac_score.map(|value| DayPoint {
                date: d.date,
                value,
            })
        })
        .collect();
    let pbac_values: Vec<f64> = pbac_points.iter().map(|p| p.value).collect();

    Timeline {
        days,
        series: Series {
            pads_per_hour: PointSeries::new(pads),
            pbac_daily: DaySeries {
                summary: SeriesSummary::of(&pbac_values),
                points: pbac_points,
            },
            pain: PointSeries::new(pain),
            temperature_c: PointSeries::new(temperature),
            hcg: PointSeries::new(hcg),
        },
        pbac_note: PBAC_NOTE,
    }
}

/// The diary's hCG results as input for the hCG reading (DESIGN.md "hCG input/output"): in time
/// order, the most recent [`MAX_VALUES`] if there are more. The reading validates them again.
pub fn hcg_input(entries: &[Entry], context: HcgContext) -> HcgInput {
    let values: Vec<HcgValueInput> = in_time_order(entries)
        .into_iter()
        .filter_map(|i| entries.get(i))
        .filter_map(|e| match e.kind {
            EntryKind::Hcg { iu_per_l } => Some(HcgValueInput {
                at: Some(e.at.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
                iu_per_l: Some(iu_per_l),
                miu_per_ml: None,
            }),
            _ => None,
        })
        .collect();
    let skip = values.len().saturating_sub(MAX_VALUES);
    // After a loss, whether a scan recorded in the diary showed the pregnancy in the womb: if none
    // did, the reading says a falling hCG does not rule out an ectopic pregnancy (CLINICAL.md §2).
    let in_womb = super::recovery::course(entries).location == Some(Location::ConfirmedInWomb);
    HcgInput {
        context: Some(context),
        values: values.into_iter().skip(skip).collect(),
        scan_showed_in_womb: (context == HcgContext::AfterLoss && in_womb).then_some(true),
    }
}
