//! Shared helpers for the server-rendered SVG charts (hCG over time, the odds by week, and later
//! bleeding and pain over time).
//!
//! Charts are inline SVG with presentation attributes only (`fill=`, `stroke=`,
//! `stroke-dasharray=`): the CSP forbids `style` attributes. Every line kind has its own dash
//! pattern as well as its own colour, so a chart still reads when printed in black and white.
//! A chart always comes with a table of the same numbers (`table.chart-table`) for screen readers.

use maud::{Markup, html};

/// Ink for axes and text.
pub const INK: &str = "#111";
/// Grid lines: light enough to sit behind the data.
pub const GRID: &str = "#d4d4d4";
/// The person's own values: the site's dark teal, solid.
pub const SERIES: &str = "#0f5c5c";
/// Text size for tick labels, in viewBox units.
pub const TICK_FONT: &str = "11";

/// A line's look: colour, width and dash pattern (`None` for solid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stroke {
    pub colour: &'static str,
    pub width: &'static str,
    pub dash: Option<&'static str>,
}

/// The person's series: solid.
pub const SOLID: Stroke = Stroke {
    colour: SERIES,
    width: "2.5",
    dash: None,
};
/// Guideline lines: long dashes.
pub const DASHED: Stroke = Stroke {
    colour: "#0a4a80",
    width: "2",
    dash: Some("7 4"),
};
/// A second guideline's line: dots.
pub const DOTTED: Stroke = Stroke {
    colour: "#6b3fa0",
    width: "2",
    dash: Some("2 3"),
};
/// A threshold line (5 IU/L): dash-dot.
pub const DASH_DOT: Stroke = Stroke {
    colour: "#8e4a57",
    width: "2",
    dash: Some("10 3 2 3"),
};

/// The outer size of a chart and the margins around its plotting area, in viewBox units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    pub fn x0(&self) -> f64 {
        self.left
    }
    pub fn x1(&self) -> f64 {
        self.width - self.right
    }
    pub fn y0(&self) -> f64 {
        self.top
    }
    pub fn y1(&self) -> f64 {
        self.height - self.bottom
    }
    /// `viewBox` attribute value.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", num(self.width), num(self.height))
    }
}

/// A linear scale from a domain to a range (either may run backwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn map(&self, x: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON {
            return self.r0;
        }
        self.r0 + (x - self.d0) / span * (self.r1 - self.r0)
    }
}

impl Linear {
    /// The x scale of a chart over time (Unix seconds) across `f`'s plotting area: the span of
    /// `first`..`last` with 5 % either side, or a day centred on a single instant.
    pub fn over_time(first: Option<i64>, last: Option<i64>, f: &Frame) -> Linear {
        let t0 = first.unwrap_or(0) as f64;
        let t1 = last.unwrap_or(0) as f64;
        let (d0, d1) = if (t1 - t0).abs() < 1.0 {
            (t0 - 43_200.0, t0 + 43_200.0)
        } else {
            let pad = (t1 - t0) * 0.05;
            (t0 - pad, t1 + pad)
        };
        Linear {
            d0,
            d1,
            r0: f.x0(),
            r1: f.x1(),
        }
    }
}

/// A base-10 logarithmic scale; the domain must be positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Log {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Log {
    pub fn map(&self, x: f64) -> f64 {
        let (a, b) = (self.d0.log10(), self.d1.log10());
        if (b - a).abs() < f64::EPSILON || x <= 0.0 {
            return self.r0;
        }
        self.r0 + (x.log10() - a) / (b - a) * (self.r1 - self.r0)
    }
}

/// The smallest of 1, 2 or 5 × 10^k that is at least `x` (x > 0).
pub fn nice_ceil(x: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|v| *v >= x * (1.0 - 1e-12))
        .unwrap_or(10.0 * p)
}

/// The largest of 1, 2 or 5 × 10^k that is at most `x` (x > 0).
pub fn nice_floor(x: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * p)
        .find(|v| *v <= x * (1.0 + 1e-12))
        .unwrap_or(p)
}

/// Tick values for a log axis over `[lo, hi]`: every power of ten, and 2 and 5 times them when
/// the axis spans few decades (so there are always a few labels to read).
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let decades = (hi / lo).log10();
    let multiples: &[f64] = if decades <= 1.5 {
        &[1.0, 2.0, 5.0]
    } else if decades <= 3.0 {
        &[1.0, 3.0]
    } else {
        &[1.0]
    };
    let mut ticks = vec![];
    let mut p = 10f64.powf(lo.log10().floor());
    while p <= hi * (1.0 + 1e-9) {
        for m in multiples {
            let v = p * m;
            if v >= lo * (1.0 - 1e-9) && v <= hi * (1.0 + 1e-9) {
                ticks.push(v);
            }
        }
        p *= 10.0;
    }
    ticks
}

/// Evenly spaced "nice" tick values from `lo` (rounded down) to `hi` (rounded up to the next
/// tick, so the last tick is never below the data), about `max_ticks` steps.
pub fn linear_ticks(lo: f64, hi: f64, max_ticks: usize) -> Vec<f64> {
    let span = (hi - lo).max(f64::MIN_POSITIVE);
    let step = nice_ceil(span / max_ticks.max(1) as f64);
    let first = (lo / step).floor();
    let last = (hi / step - 1e-9).ceil();
    let steps = (last - first).max(0.0) as usize;
    (0..=steps).map(|k| (first + k as f64) * step).collect()
}

/// A number for an SVG attribute: at most one decimal, no trailing ".0".
pub fn num(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// `x,y x,y …` for a `points` attribute.
pub fn points(pts: &[(f64, f64)]) -> String {
    pts.iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Moves label positions (sorted or not) apart so that no two are closer than `gap`, keeping them
/// within `[lo, hi]`. Returns the new positions in the original order.
pub fn spread(ys: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|a, b| ys[*a].total_cmp(&ys[*b]));
    let mut placed: Vec<f64> = order.iter().map(|i| ys[*i].clamp(lo, hi)).collect();
    for k in 1..placed.len() {
        if placed[k] - placed[k - 1] < gap {
            placed[k] = placed[k - 1] + gap;
        }
    }
    // Pushed past the bottom: shift the stack back up.
    if let Some(last) = placed.last().copied()
        && last > hi
    {
        let over = last - hi;
        for p in &mut placed {
            *p -= over;
        }
        for k in (0..placed.len().saturating_sub(1)).rev() {
            if placed[k + 1] - placed[k] < gap {
                placed[k] = placed[k + 1] - gap;
            }
        }
    }
    let mut out = vec![0.0; ys.len()];
    for (k, i) in order.into_iter().enumerate() {
        out[i] = placed[k];
    }
    out
}

/// A `<line>` with a stroke.
pub fn line(x1: f64, y1: f64, x2: f64, y2: f64, s: Stroke) -> Markup {
    html! {
        line x1=(num(x1)) y1=(num(y1)) x2=(num(x2)) y2=(num(y2))
            stroke=(s.colour) stroke-width=(s.width) stroke-dasharray=[s.dash] {}
    }
}

/// A `<polyline>` with a stroke and no fill.
pub fn polyline(pts: &[(f64, f64)], s: Stroke) -> Markup {
    html! {
        polyline points=(points(pts)) fill="none" stroke=(s.colour) stroke-width=(s.width)
            stroke-dasharray=[s.dash] stroke-linejoin="round" {}
    }
}

/// A diagonal hatch pattern (`<pattern id=…>`, to go in `<defs>`): shading that survives
/// black-and-white printing.
pub fn hatch(id: &str, background: &str, lines: &str) -> Markup {
    html! {
        pattern #(id) width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
            rect width="6" height="6" fill=(background) {}
            line x1="0" y1="0" x2="0" y2="6" stroke=(lines) stroke-width="2" {}
        }
    }
}

/// A legend sample of a line style, for an HTML legend beside the chart.
pub fn swatch_line(s: Stroke) -> Markup {
    html! {
        svg viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false" {
            (line(2.0, 8.0, 38.0, 8.0, s))
        }
    }
}

/// A legend sample of the person's series: a line through a point.
pub fn swatch_series() -> Markup {
    html! {
        svg viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false" {
            (line(2.0, 8.0, 38.0, 8.0, SOLID))
            circle cx="20" cy="8" r="5" fill=(SERIES) stroke="#fff" stroke-width="1.5" {}
        }
    }
}

/// A legend sample of a shaded area (`fill` is a colour or `url(#pattern)` already in the page).
pub fn swatch_area(fill: &str, edge: Stroke) -> Markup {
    html! {
        svg viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false" {
            rect x="1" y="1" width="38" height="14" fill=(fill) stroke=(edge.colour)
                stroke-width="1.5" stroke-dasharray=[edge.dash] {}
        }
    }
}

/// A pictogram of 100 people in a 10 × 10 grid, the first `filled` of them filled in: a way to
/// see "X in 100". Filled and empty differ by fill and outline, so it prints in black and white.
pub fn people_grid(id: &str, filled: usize, label: &str) -> Markup {
    let symbol = format!("{id}-p");
    html! {
        svg #(id) viewBox="0 0 200 220" width="200" height="220" role="img" aria-label=(label) {
            title { (label) }
            defs {
                // A person: a head and shoulders.
                g #(symbol) {
                    circle cx="10" cy="5" r="4" {}
                    path d="M3 20v-4a7 7 0 0 1 14 0v4z" {}
                }
            }
            @for k in 0..100usize {
                @let (x, y) = ((k % 10) * 20, (k / 10) * 22);
                @if k < filled {
                    use href={ "#" (symbol) } x=(x) y=(y) fill="#8e4a57" stroke="#111" stroke-width="1" {}
                } @else {
                    use href={ "#" (symbol) } x=(x) y=(y) fill="#fff" stroke="#777" stroke-width="1" {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_bounds() {
        assert!((nice_ceil(1700.0) - 2000.0).abs() < 1e-9);
        assert!((nice_ceil(2000.0) - 2000.0).abs() < 1e-9);
        assert!((nice_ceil(2100.0) - 5000.0).abs() < 1e-9);
        assert!((nice_floor(4.0) - 2.0).abs() < 1e-9);
        assert!((nice_floor(0.7) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn log_ticks_cover_the_axis() {
        assert_eq!(
            log_ticks(1.0, 10_000.0),
            vec![1.0, 10.0, 100.0, 1000.0, 10_000.0]
        );
        assert_eq!(log_ticks(1.0, 20.0), vec![1.0, 2.0, 5.0, 10.0, 20.0]);
        assert_eq!(
            log_ticks(2.0, 1000.0),
            vec![3.0, 10.0, 30.0, 100.0, 300.0, 1000.0]
        );
    }

    #[test]
    fn scales_map_ends_to_ends() {
        let s = Log {
            d0: 1.0,
            d1: 1000.0,
            r0: 200.0,
            r1: 0.0,
        };
        assert!((s.map(1.0) - 200.0).abs() < 1e-9);
        assert!((s.map(1000.0)).abs() < 1e-9);
        assert!((s.map(10.0) - 133.333).abs() < 1e-3);
        let l = Linear {
            d0: 0.0,
            d1: 10.0,
            r0: 0.0,
            r1: 100.0,
        };
        assert!((l.map(2.5) - 25.0).abs() < 1e-9);
        assert_eq!(
            linear_ticks(0.0, 10.0, 5),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
    }

    #[test]
    fn labels_are_spread_apart_within_bounds() {
        let out = spread(&[50.0, 52.0, 10.0, 99.0], 12.0, 0.0, 100.0);
        let mut sorted = out.clone();
        sorted.sort_by(f64::total_cmp);
        for w in sorted.windows(2) {
            assert!(w[1] - w[0] >= 12.0 - 1e-9, "{out:?}");
        }
        assert!(sorted.iter().all(|y| (0.0..=100.0).contains(y)), "{out:?}");
        assert!(
            (out[2] - 10.0).abs() < 1e-9,
            "untouched when clear: {out:?}"
        );
    }
}
