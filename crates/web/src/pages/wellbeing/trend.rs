//! The trend of kept check-ins (diary unlocked): one chart per questionnaire, totals over time on
//! a 0-to-maximum axis with a dashed line where each band starts, and a table of the same numbers.
//! Totals and bands are derived from the stored answers here, never read from storage.

use super::{band_name, wording};
use crate::charts::{self, DASHED, Frame, GRID, INK, Linear, SERIES, Stroke};
use chrono::{DateTime, FixedOffset};
use maud::{Markup, html};
use solace_clinical::diary::Entry;
use solace_clinical::wellbeing::{Questionnaire, Score};
use solace_i18n::Tr;

const FRAME: Frame = Frame {
    width: 360.0,
    height: 200.0,
    left: 36.0,
    right: 14.0,
    top: 14.0,
    bottom: 30.0,
};

/// Kept check-ins: when, and the score derived from the answers.
type Points = Vec<(DateTime<FixedOffset>, Score)>;

/// The check-ins kept for one questionnaire, oldest first.
fn points(entries: &[Entry], q: Questionnaire) -> Points {
    let mut pts: Vec<_> = entries
        .iter()
        .filter_map(|e| e.wellbeing_score().map(|s| (e.at, s)))
        .filter(|(_, s)| s.questionnaire == q)
        .collect();
    pts.sort_by_key(|(at, _)| *at);
    pts
}

/// The section, or nothing when no check-in was kept.
pub(super) fn section(tr: &Tr<'_>, entries: &[Entry]) -> Markup {
    let charts: Vec<(Questionnaire, Points)> = Questionnaire::ALL
        .into_iter()
        .map(|q| (q, points(entries, q)))
        .filter(|(_, p)| !p.is_empty())
        .collect();
    html! {
        @if !charts.is_empty() {
            section #trend aria-labelledby="trend-h" {
                h2 #trend-h { (tr.t("wb-trend-heading")) }
                p.hint { (tr.t("wb-trend-intro")) }
                @for (q, pts) in &charts {
                    (chart(tr, *q, pts))
                }
            }
        }
    }
}

fn chart(tr: &Tr<'_>, q: Questionnaire, pts: &[(DateTime<FixedOffset>, Score)]) -> Markup {
    let f = FRAME;
    let id = q.id();
    let title = tr.t(wording(q).name);
    let xs = Linear::over_time(
        pts.first().map(|p| p.0.timestamp()),
        pts.last().map(|p| p.0.timestamp()),
        &f,
    );
    let max = f64::from(q.max_total());
    let ys = Linear {
        d0: 0.0,
        d1: max,
        r0: f.y1(),
        r1: f.y0(),
    };
    let xy: Vec<(f64, f64)> = pts
        .iter()
        .map(|(t, s)| (xs.map(t.timestamp() as f64), ys.map(f64::from(s.total))))
        .collect();
    let label = |t: &DateTime<FixedOffset>| solace_i18n::fmt::date_short(tr.lang, t.date_naive());
    html! {
        figure.chart id={ (id) "-figure" } data-questionnaire=(id) {
            figcaption { (title) }
            svg id={ (id) "-chart" } viewBox=(f.view_box()) width="360" height="200" role="img"
                aria-labelledby={ (id) "-title" } font-family="system-ui,sans-serif" {
                title id={ (id) "-title" } { (title) }
                // The axis: 0 and the maximum.
                @for v in [0.0, max] {
                    @let y = ys.map(v);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 6.0)) y=(charts::num(y + 4.0)) text-anchor="end" font-size=(charts::TICK_FONT) fill=(INK) { (charts::num(v)) }
                }
                // Where each band above the lowest starts.
                @for b in q.bands().iter().skip(1) {
                    @let y = ys.map(f64::from(b.min));
                    g.band-line data-min=(b.min) {
                        (charts::line(f.x0(), y, f.x1(), y, DASHED))
                        text x=(charts::num(f.x0() - 6.0)) y=(charts::num(y + 4.0)) text-anchor="end" font-size=(charts::TICK_FONT) fill=(INK) { (b.min) }
                    }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                @if let (Some(first), Some(last)) = (pts.first(), pts.last()) {
                    text x=(charts::num(f.x0())) y=(charts::num(f.y1() + 18.0)) font-size=(charts::TICK_FONT) fill=(INK) { (label(&first.0)) }
                    text x=(charts::num(f.x1())) y=(charts::num(f.y1() + 18.0)) text-anchor="end" font-size=(charts::TICK_FONT) fill=(INK) { (label(&last.0)) }
                }
                @if xy.len() > 1 { (charts::polyline(&xy, charts::SOLID)) }
                @for ((x, y), (_, s)) in xy.iter().zip(pts) {
                    circle.point cx=(charts::num(*x)) cy=(charts::num(*y)) r="4.5" fill=(SERIES) data-value=(s.total) {}
                }
            }
        }
        div.scroll {
            table.data.chart-table id={ (id) "-table" } {
                caption.vh { (title) }
                thead { tr {
                    th scope="col" { (tr.t("wb-trend-when")) }
                    th.n scope="col" { (tr.t("wb-trend-score")) }
                    th scope="col" { (tr.t("wb-trend-band")) }
                } }
                tbody {
                    @for (t, s) in pts {
                        tr {
                            td { (solace_i18n::fmt::date_abbrev(tr.lang, t.date_naive())) }
                            td.n data-value=(s.total) { (s.total) " / " (s.max_total) }
                            td { (tr.t(band_name(s.band))) }
                        }
                    }
                }
            }
        }
    }
}
