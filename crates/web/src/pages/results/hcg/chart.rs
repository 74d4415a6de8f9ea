//! The chart: log-scale hCG against time, with the guideline curves from `solace_clinical::hcg::guides`.

#[allow(clippy::wildcard_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------------------------

pub(super) const FRAME: Frame = Frame {
    width: 360.0,
    height: 270.0,
    left: 50.0,
    right: 52.0,
    top: 24.0,
    bottom: 34.0,
};

/// The 15 % fall line (ectopic follow-up): dashed, a warm colour.
pub(super) const FALL_15: Stroke = Stroke {
    colour: "#b34700",
    width: "2",
    dash: Some("5 3"),
};
pub(super) const BAND_FILL: &str = "url(#hcg-hatch)";

/// A guideline line on the chart: its class, look, points (hours, IU/L) and short label.
pub(super) struct Guide {
    pub(super) class: &'static str,
    pub(super) stroke: Stroke,
    pub(super) pts: Vec<(f64, f64)>,
    pub(super) label: String,
}

/// What the chart draws for the context: the band (a polygon, hours and IU/L), the lines, and the
/// legend entries for them.
pub(super) struct Guides {
    pub(super) band: Option<Vec<(f64, f64)>>,
    pub(super) lines: Vec<Guide>,
    pub(super) legend: Vec<(Markup, String)>,
}

/// How each guideline line looks on the page and what it is called beside the chart.
fn look(kind: GuideKind) -> (&'static str, Stroke) {
    match kind {
        GuideKind::NiceRise | GuideKind::NiceFall => ("line-nice", DASHED),
        GuideKind::BarnhartMinRise => ("line-barnhart", DOTTED),
        GuideKind::SlowestExpectedFall => ("line-decline", DASHED),
        GuideKind::EctopicFifteenPercentFall => ("line-15", FALL_15),
    }
}

/// The guideline's band and lines for the context, as `solace_clinical::hcg::guide_curves`
/// computes them (the page draws them; it does not work out the guidelines itself), with their
/// labels and the legend.
pub(super) fn guides(tr: &Tr<'_>, out: &HcgOutput, x_max: f64, y_lo: f64) -> Guides {
    let curves = guide_curves(out, x_max, y_lo);
    let band_swatch = |edge| charts::swatch_area(BAND_FILL, edge);
    let legend = match out.context {
        _ if curves.lines.is_empty() => vec![],
        HcgContext::UnknownLocation => vec![
            (band_swatch(DASHED), tr.t("hcg-legend-band-nice")),
            (charts::swatch_line(DASHED), tr.t("hcg-legend-nice-lines")),
            (charts::swatch_line(DOTTED), tr.t("hcg-legend-barnhart")),
        ],
        HcgContext::AfterLoss => vec![
            (band_swatch(DASHED), tr.t("hcg-legend-band-decline")),
            (charts::swatch_line(DASHED), tr.t("hcg-legend-decline-line")),
        ],
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => vec![
            (band_swatch(FALL_15), tr.t("hcg-legend-band-ectopic")),
            (
                charts::swatch_line(FALL_15),
                tr.t("hcg-legend-ectopic-line"),
            ),
        ],
        HcgContext::ConfirmedInWomb => vec![],
    };
    let lines = curves
        .lines
        .into_iter()
        .map(|line| {
            let (class, stroke) = look(line.kind);
            let label = match line.percent {
                Some(p) => fmt::signed_percent(tr.lang, p),
                None => tr.t("hcg-chart-label-slowest"),
            };
            Guide {
                class,
                stroke,
                pts: line.points,
                label,
            }
        })
        .collect();
    Guides {
        band: curves.band,
        lines,
        legend,
    }
}

/// The chart: log-scale hCG against time since the first result, the guideline's band for the
/// context, the 5 IU/L line, a legend, and a table of the same numbers.
#[allow(clippy::many_single_char_names)]
pub(super) fn chart(tr: &Tr<'_>, out: &HcgOutput) -> Markup {
    let vals: Vec<(f64, f64)> = out
        .values
        .iter()
        .map(|v| (v.hours_from_first, v.iu_per_l))
        .collect();
    let last_h = vals.last().map_or(0.0, |v| v.0);
    let x_max = match out.context {
        HcgContext::UnknownLocation => last_h.max(48.0),
        HcgContext::AfterLoss => last_h.max(168.0),
        HcgContext::EctopicExpectant => last_h + 48.0,
        HcgContext::EctopicMethotrexate if vals.len() == 2 => last_h + 48.0,
        _ => last_h,
    }
    .max(1.0);

    // The y range: every value and 5 IU/L, and the guide lines up to 4 times beyond the values.
    let v_min = vals.iter().map(|v| v.1).fold(f64::INFINITY, f64::min);
    let v_max = vals.iter().map(|v| v.1).fold(0.0, f64::max);
    let provisional = guides(tr, out, x_max, v_min);
    let mut lo = v_min.min(NEGATIVE_BELOW_IU_PER_L);
    let mut hi = v_max;
    for g in &provisional.lines {
        for (_, v) in &g.pts {
            lo = lo.min(v.max(v_min / 4.0));
            hi = hi.max(v.min(v_max * 4.0));
        }
    }
    let lo = charts::nice_floor(lo / 1.15);
    // Room above the highest point for its label.
    let hi = charts::nice_ceil(hi * 1.6);
    let g = guides(tr, out, x_max, lo);

    let f = FRAME;
    let xs = Linear {
        d0: 0.0,
        d1: x_max,
        r0: f.x0(),
        r1: f.x1(),
    };
    let ys = Log {
        d0: lo,
        d1: hi,
        r0: f.y1(),
        r1: f.y0(),
    };
    let xy = |p: &(f64, f64)| (xs.map(p.0), ys.map(p.1));

    // x ticks: every 6 h up to every 4 weeks, at most 6 steps.
    let step = [6.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0, 672.0, 1344.0]
        .into_iter()
        .find(|s| x_max / s <= 6.0)
        .unwrap_or(2688.0);
    let first_at = out.values.first().map(|v| v.at);
    let mut x_ticks = vec![];
    let mut h = 0.0;
    while h <= x_max + 1e-9 {
        x_ticks.push(h);
        h += step;
    }

    // Labels at the right-hand end of each line, moved apart so they do not overlap.
    let mut label_items: Vec<(String, f64, &'static str)> = g
        .lines
        .iter()
        .filter_map(|l| {
            l.pts
                .last()
                .map(|p| (l.label.clone(), ys.map(p.1), l.stroke.colour))
        })
        .collect();
    let five_y = ys.map(NEGATIVE_BELOW_IU_PER_L);
    let five_label = fmt::iu_per_l(tr.lang, NEGATIVE_BELOW_IU_PER_L);
    label_items.push((five_label.clone(), five_y, DASH_DOT.colour));
    let placed = charts::spread(
        &label_items.iter().map(|l| l.1).collect::<Vec<_>>(),
        12.0,
        f.y0() + 4.0,
        f.y1(),
    );
    let five_label_y = placed.last().copied().unwrap_or(five_y);

    let first = out.values.first();
    let last = out.values.last();
    let summary = match (first, last) {
        (Some(a), Some(b)) => tr.t_with(
            "hcg-chart-desc",
            &[
                ("n", FluentValue::from(out.values.len())),
                ("first", FluentValue::from(fmt::iu(tr.lang, a.iu_per_l))),
                ("last", FluentValue::from(fmt::iu(tr.lang, b.iu_per_l))),
                ("from", FluentValue::from(fmt_at(&a.at, tr.lang))),
                ("to", FluentValue::from(fmt_at(&b.at, tr.lang))),
            ],
        ),
        _ => String::new(),
    };
    let show_values = vals.len() <= 6;
    let series: Vec<(f64, f64)> = vals.iter().map(xy).collect();

    html! {
        figure.chart #hcg-chart-figure {
            svg #hcg-chart viewBox=(f.view_box()) width="360" height="270" role="img"
                aria-labelledby="hcg-chart-title" aria-describedby="hcg-chart-desc"
                font-family="system-ui,sans-serif" {
                title #hcg-chart-title { (tr.t("hcg-chart-title")) }
                defs {
                    clipPath #hcg-clip {
                        rect x=(charts::num(f.x0())) y=(charts::num(f.y0()))
                            width=(charts::num(f.x1() - f.x0())) height=(charts::num(f.y1() - f.y0())) {}
                    }
                    (charts::hatch("hcg-hatch", "#e3efee", "#a9c9c7"))
                }
                text x="2" y="12" font-size=(charts::TICK_FONT) fill=(INK) { (tr.t("hcg-chart-y")) }
                // Grid and y labels.
                @for v in charts::log_ticks(lo, hi) {
                    @let y = ys.map(v);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 8.0)) y=(charts::num(y + 4.0)) text-anchor="end"
                        font-size=(charts::TICK_FONT) fill=(INK) { (fmt::number(tr.lang, v, 1)) }
                }
                // x ticks: hours or days since the first result, and the date.
                @for t in &x_ticks {
                    @let x = xs.map(*t);
                    (charts::line(x, f.y1(), x, f.y1() + 4.0, Stroke { colour: INK, width: "1", dash: None }))
                    text x=(charts::num(x)) y=(charts::num(f.y1() + 15.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) fill=(INK) {
                        @if step < 24.0 {
                            (tr.t_with("hcg-chart-hours", &[("n", FluentValue::from(*t))]))
                        } @else {
                            (tr.t_with("hcg-chart-day", &[("n", FluentValue::from((*t / 24.0).round()))]))
                        }
                    }
                    @if let Some(at) = first_at.and_then(|a| a.checked_add_signed(TimeDelta::minutes((*t * 60.0).round() as i64))) {
                        text x=(charts::num(x)) y=(charts::num(f.y1() + 28.0)) text-anchor="middle"
                            font-size=(charts::TICK_FONT) fill="#444" { (fmt::date_short(tr.lang, at.date_naive())) }
                    }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                (charts::line(f.x0(), f.y0(), f.x0(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                // The guideline's band and lines, clipped to the plotting area.
                g clip-path="url(#hcg-clip)" {
                    @if let Some(band) = &g.band {
                        @let pts: Vec<(f64, f64)> = band.iter().map(xy).collect();
                        polygon.band points=(charts::points(&pts)) fill=(BAND_FILL) fill-opacity="0.9" {}
                    }
                    @for l in &g.lines {
                        @let pts: Vec<(f64, f64)> = l.pts.iter().map(xy).collect();
                        g class=(l.class) { (charts::polyline(&pts, l.stroke)) }
                    }
                }
                g.line-5 {
                    (charts::line(f.x0(), five_y, f.x1(), five_y, DASH_DOT))
                    text x=(charts::num(f.x1() + 4.0)) y=(charts::num(five_label_y + 4.0))
                        font-size=(charts::TICK_FONT) fill=(DASH_DOT.colour) { (five_label) }
                }
                @for (k, (label, _, colour)) in label_items.iter().enumerate().take(label_items.len().saturating_sub(1)) {
                    text x=(charts::num(f.x1() + 4.0)) y=(charts::num(placed[k] + 4.0))
                        font-size=(charts::TICK_FONT) fill=(colour) { (label) }
                }
                // The person's results.
                (charts::polyline(&series, SOLID))
                @for (v, (x, y)) in out.values.iter().zip(&series) {
                    circle.point cx=(charts::num(*x)) cy=(charts::num(*y)) r="5" fill=(charts::SERIES)
                        stroke="#fff" stroke-width="1.5"
                        data-value=(v.iu_per_l) data-at=(v.at.to_rfc3339()) {}
                    @if show_values {
                        @let above = *y - f.y0() > 16.0;
                        // Near the y axis the label starts at the point, clear of the tick labels.
                        @let (lx, anchor) = if *x - f.x0() < 20.0 { (*x + 3.0, "start") } else if f.x1() - *x < 20.0 { (*x - 3.0, "end") } else { (*x, "middle") };
                        text x=(charts::num(lx)) y=(charts::num(if above { *y - 9.0 } else { *y + 18.0 }))
                            text-anchor=(anchor) font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) {
                            (fmt::iu(tr.lang, v.iu_per_l))
                        }
                    }
                }
            }
            figcaption #hcg-chart-desc { (summary) }
            ul.legend {
                li { (charts::swatch_series()) span { (tr.t("hcg-legend-values")) } }
                @for (swatch, text) in &g.legend {
                    li { (swatch) span { (text) } }
                }
                @if out.context == HcgContext::ConfirmedInWomb {
                    li { span { (tr.t("hcg-legend-no-band")) } }
                }
                li { (charts::swatch_line(DASH_DOT)) span { (tr.t("hcg-legend-line-5")) } }
            }
        }
        table.data.chart-table #hcg-chart-table {
            caption { (tr.t("hcg-table-caption")) }
            thead {
                tr {
                    th scope="col" { (tr.t("hcg-table-when")) }
                    th.n scope="col" { (tr.t("hcg-table-value")) }
                    th.n scope="col" { (tr.t("hcg-table-change")) }
                }
            }
            tbody {
                @for (k, v) in out.values.iter().enumerate() {
                    tr {
                        th scope="row" { (fmt_at(&v.at, tr.lang)) }
                        td.n data-value=(v.iu_per_l) { (fmt::iu(tr.lang, v.iu_per_l)) }
                        td.n {
                            @if let Some(p) = k.checked_sub(1).and_then(|j| out.pairs.get(j)) {
                                (fmt::signed_percent(tr.lang, p.percent_change))
                            } @else {
                                "\u{2014}"
                            }
                        }
                    }
                }
            }
        }
    }
}
