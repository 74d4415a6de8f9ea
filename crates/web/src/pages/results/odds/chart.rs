//! The chart by week of the scan after cardiac activity is seen (Tong 2008), with a table of the
//! same numbers.

use super::confidence_label;
use crate::charts::{self, Frame, GRID, INK, Linear, SERIES, Stroke};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::risk::WeekSeries;
use solace_i18n::Tr;

const WEEK_FRAME: Frame = Frame {
    width: 360.0,
    height: 220.0,
    left: 38.0,
    right: 10.0,
    top: 34.0,
    bottom: 42.0,
};

/// Loss by the week of the scan after cardiac activity is seen (Tong 2008): a bar and a point per
/// week, the person's week marked, and a table of the same numbers.
pub(super) fn week_chart(tr: &Tr<'_>, series: &WeekSeries, yours: Option<u32>) -> Markup {
    let f = WEEK_FRAME;
    let top = series
        .points
        .iter()
        .map(|p| p.percent)
        .fold(0.0, f64::max)
        .max(1.0);
    let ticks = charts::linear_ticks(0.0, top, 5);
    let hi = ticks.last().copied().unwrap_or(top);
    let ys = Linear {
        d0: 0.0,
        d1: hi,
        r0: f.y1(),
        r1: f.y0(),
    };
    let n = series.points.len().max(1) as f64;
    let band = (f.x1() - f.x0()) / n;
    let xs = |k: usize| f.x0() + band * (k as f64 + 0.5);
    let sources: Vec<&str> = series
        .sources
        .iter()
        .map(|s| solace_content::sources::title(s.id()).unwrap_or(s.id()))
        .collect();
    html! {
        figure.chart #odds-chart-figure {
            svg #odds-chart viewBox=(f.view_box()) width="360" height="220" role="img"
                aria-labelledby="odds-chart-title" aria-describedby="odds-chart-desc"
                font-family="system-ui,sans-serif" {
                title #odds-chart-title { (tr.t("odds-week-title")) }
                text x="2" y="12" font-size=(charts::TICK_FONT) fill=(INK) { (tr.t("odds-week-y")) }
                @for t in &ticks {
                    @let y = ys.map(*t);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 4.0)) y=(charts::num(y + 4.0)) text-anchor="end"
                        font-size=(charts::TICK_FONT) fill=(INK) { (solace_i18n::fmt::percent(tr.lang, *t)) }
                }
                @for (k, p) in series.points.iter().enumerate() {
                    @let x = xs(k);
                    @let y = ys.map(p.percent);
                    @let mine = yours == Some(p.week);
                    rect.bar x=(charts::num(x - band * 0.3)) y=(charts::num(y)) width=(charts::num(band * 0.6))
                        height=(charts::num(f.y1() - y))
                        fill=(if mine { SERIES } else { "#cfe3e2" }) stroke=(SERIES) stroke-width="1.5" {}
                    circle.point cx=(charts::num(x)) cy=(charts::num(y)) r="4" fill=(INK)
                        data-week=(p.week) data-value=(p.percent) {}
                    text x=(charts::num(x)) y=(charts::num(y - 8.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) { (solace_i18n::fmt::percent(tr.lang, p.percent)) }
                    text x=(charts::num(x)) y=(charts::num(f.y1() + 15.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) fill=(INK) {
                        (tr.t_with("odds-week-label", &[("n", FluentValue::from(p.week))]))
                    }
                    @if mine {
                        text x=(charts::num(x)) y=(charts::num(f.y1() + 29.0)) text-anchor="middle"
                            font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) { (tr.t("odds-week-yours")) }
                    }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
            }
            figcaption #odds-chart-desc {
                (tr.t("odds-week-desc")) " "
                (tr.t_with("odds-source", &[("list", FluentValue::from(sources.join("; ")))]))
                " · " (tr.t(confidence_label(series.confidence)))
            }
        }
        table.data.chart-table #odds-chart-table {
            caption { (tr.t("odds-table-caption")) }
            thead {
                tr {
                    th scope="col" { (tr.t("odds-table-week")) }
                    th scope="col" { (tr.t("odds-table-in-100")) }
                    th.n scope="col" { (tr.t("odds-table-percent")) }
                }
            }
            tbody {
                @for p in &series.points {
                    tr data-week=(p.week) {
                        th scope="row" {
                            (tr.t_with("odds-week-label", &[("n", FluentValue::from(p.week))]))
                            @if yours == Some(p.week) { " (" (tr.t("odds-week-yours")) ")" }
                        }
                        td { (p.in_100) }
                        td.n data-value=(p.percent) { (solace_i18n::fmt::percent(tr.lang, p.percent)) }
                    }
                }
            }
        }
    }
}
