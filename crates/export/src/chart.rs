//! The timeline chart's geometry, worked out here and drawn by the typst template with plain
//! rectangles, lines and text: vector, and readable in black and white. Each measure has its own
//! panel with its own label and axis, so nothing depends on colour: the bleeding score is grey
//! bars, pain a line with square marks, hCG a line with round marks (log scale), temperature a
//! line with a dashed line at 38.0 °C.

use chrono::NaiveDate;
use serde::Serialize;
use solace_clinical::diary::summary::{FEVER_C, Summary};
use solace_clinical::diary::{Entry, EntryKind};

use crate::Labels;
use solace_i18n::fmt;

/// Width of the plot area, in points (the page's text width less the axis labels).
pub const PLOT_WIDTH: f64 = 440.0;
/// Height of one panel's plot area, in points.
pub const PANEL_HEIGHT: f64 = 38.0;
/// Marks are drawn only when there are at most this many points (else the line alone).
const MAX_MARKS: usize = 60;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tick {
    pub pos: f64,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Panel {
    pub label: String,
    pub height: f64,
    pub bars: Vec<Bar>,
    /// Line segments `[x1, y1, x2, y2]`, y down from the top.
    pub segments: Vec<[f64; 4]>,
    /// Marks: `[x, y]`.
    pub marks: Vec<[f64; 2]>,
    /// "square" or "circle".
    pub mark: &'static str,
    pub y_ticks: Vec<Tick>,
    /// A dashed reference line (y) with its label.
    pub reference: Option<Tick>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Chart {
    pub width: f64,
    pub panels: Vec<Panel>,
    pub x_ticks: Vec<Tick>,
}

struct XScale {
    first: NaiveDate,
    day_width: f64,
}

impl XScale {
    fn new(first: NaiveDate, last: NaiveDate) -> Self {
        let days = ((last - first).num_days() + 1).max(1) as f64;
        XScale {
            first,
            day_width: PLOT_WIDTH / days,
        }
    }

    /// Left edge of a day.
    fn day(&self, d: NaiveDate) -> f64 {
        (d - self.first).num_days() as f64 * self.day_width
    }

    /// A point within its day, by hour.
    fn at(&self, d: NaiveDate, hour_fraction: f64) -> f64 {
        self.day(d) + self.day_width * hour_fraction.clamp(0.0, 1.0)
    }
}

fn line_panel(
    label: String,
    points: &[(f64, f64)],
    (lo, hi): (f64, f64),
    log: bool,
    mark: &'static str,
    y_ticks: &[f64],
    tick_text: impl Fn(f64) -> String,
) -> Panel {
    let tf = |v: f64| if log { v.max(1e-3).log10() } else { v };
    let (tlo, thi) = (tf(lo), tf(hi));
    let span = if (thi - tlo).abs() < 1e-9 {
        1.0
    } else {
        thi - tlo
    };
    let y = |v: f64| PANEL_HEIGHT - (tf(v) - tlo) / span * PANEL_HEIGHT;
    let pts: Vec<[f64; 2]> = points.iter().map(|(x, v)| [*x, y(*v)]).collect();
    let segments = pts
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some([a[0], a[1], b[0], b[1]]),
            _ => None,
        })
        .collect();
    Panel {
        label,
        height: PANEL_HEIGHT,
        bars: vec![],
        segments,
        marks: if pts.len() <= MAX_MARKS || pts.len() == 1 {
            pts
        } else {
            vec![]
        },
        mark,
        y_ticks: y_ticks
            .iter()
            .map(|v| Tick {
                pos: y(*v),
                label: tick_text(*v),
            })
            .collect(),
        reference: None,
    }
}

fn hour_fraction(e: &Entry) -> f64 {
    use chrono::Timelike as _;
    f64::from(e.at.hour() * 60 + e.at.minute()) / 1440.0
}

/// The chart for `shown` (the entries in the range, in time order), or `None` without data.
pub fn chart(summary: &Summary, shown: &[Entry], labels: &Labels) -> Option<Chart> {
    let (first, last) = (summary.first_day?, summary.last_day?);
    let x = XScale::new(first, last);
    let mut panels = Vec::new();

    // Bleeding: the PBAC-style daily score as bars (trends only, CLINICAL.md §8).
    let days = &summary.bleeding_pain.days;
    let max_score = days.iter().filter_map(|d| d.pbac).fold(0.0_f64, f64::max);
    if max_score > 0.0 {
        let w = (x.day_width * 0.8).max(0.6);
        let bars = days
            .iter()
            .filter_map(|d| d.pbac.map(|s| (d.date, s)))
            .filter(|(_, s)| *s > 0.0)
            .map(|(date, s)| Bar {
                x: x.day(date) + (x.day_width - w) / 2.0,
                w,
                h: s / max_score * PANEL_HEIGHT,
            })
            .collect();
        panels.push(Panel {
            label: labels.get("export-chart-bleeding"),
            height: PANEL_HEIGHT,
            bars,
            segments: vec![],
            marks: vec![],
            mark: "square",
            y_ticks: vec![
                Tick {
                    pos: PANEL_HEIGHT,
                    label: "0".to_owned(),
                },
                Tick {
                    pos: 0.0,
                    label: fmt::number(labels.lang(), max_score, 0),
                },
            ],
            reference: None,
        });
    }

    let series = |f: &dyn Fn(&Entry) -> Option<f64>| -> Vec<(f64, f64)> {
        shown
            .iter()
            .filter_map(|e| f(e).map(|v| (x.at(e.at.date_naive(), hour_fraction(e)), v)))
            .collect()
    };

    // Pain 0–10, every score in time order.
    let pain = series(&|e| match e.kind {
        EntryKind::Pain { score, .. } => Some(f64::from(score)),
        _ => None,
    });
    if !pain.is_empty() {
        panels.push(line_panel(
            labels.get("export-chart-pain"),
            &pain,
            (0.0, 10.0),
            false,
            "square",
            &[0.0, 5.0, 10.0],
            |v| fmt::number(labels.lang(), v, 0),
        ));
    }

    // hCG on a log scale (it changes by powers of ten).
    let hcg = series(&|e| match e.kind {
        EntryKind::Hcg { iu_per_l } => Some(iu_per_l),
        _ => None,
    });
    if !hcg.is_empty() {
        let lo = hcg.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let hi = hcg.iter().map(|p| p.1).fold(0.0_f64, f64::max);
        let (lo_t, hi_t) = (
            10f64.powf(lo.max(0.1).log10().floor()),
            10f64.powf(hi.max(0.1).log10().ceil()),
        );
        let hi_t = if hi_t <= lo_t { lo_t * 10.0 } else { hi_t };
        panels.push(line_panel(
            labels.get("export-chart-hcg"),
            &hcg,
            (lo_t, hi_t),
            true,
            "circle",
            &[lo_t, hi_t],
            |v| fmt::number(labels.lang(), v, 1),
        ));
    }

    // Temperature, °C, with the 38.0 °C line (CLINICAL.md §1 `fever`, `nhs-fever`).
    let temp = series(&Entry::temperature_c);
    if !temp.is_empty() {
        let lo = temp
            .iter()
            .map(|p| p.1)
            .fold(f64::INFINITY, f64::min)
            .min(36.0);
        let hi = temp.iter().map(|p| p.1).fold(0.0_f64, f64::max).max(39.0);
        let (lo, hi) = (lo.floor(), hi.ceil());
        let mut p = line_panel(
            labels.get("export-chart-temperature"),
            &temp,
            (lo, hi),
            false,
            "circle",
            &[lo, hi],
            |v| fmt::number(labels.lang(), v, 0),
        );
        p.reference = Some(Tick {
            pos: PANEL_HEIGHT - (FEVER_C - lo) / (hi - lo) * PANEL_HEIGHT,
            label: "38.0".to_owned(),
        });
        panels.push(p);
    }

    if panels.is_empty() {
        return None;
    }
    // Dates: the first, the last, and up to three evenly between.
    let total = (last - first).num_days();
    let steps: i64 = total.clamp(0, 4);
    let mut x_ticks = Vec::new();
    for i in 0..=steps {
        let offset = if steps == 0 { 0 } else { total * i / steps };
        let d = first + chrono::TimeDelta::days(offset);
        x_ticks.push(Tick {
            pos: x.day(d) + x.day_width / 2.0,
            label: fmt::date_short(labels.lang(), d),
        });
    }
    Some(Chart {
        width: PLOT_WIDTH,
        panels,
        x_ticks,
    })
}
