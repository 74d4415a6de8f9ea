//! `/diary` when unlocked: the charts (each with a table holding the same numbers) and the entries
//! by day, newest first. Nothing counts a pregnancy forward.
//!
//! The page is paged so that it stays one round trip on a phone (≤ 14 KB gzip) whatever the
//! diary's size: [`PER_PAGE`] entries a page, newest first, with "older entries" and "newer
//! entries" links (`/diary?page=2`: a page number, nothing recorded, in the address). The first
//! page carries the charts, which summarise the whole span ([`summarise`]: at most
//! [`MAX_POINTS`] points, the highest value of each day, week or month when there are more).
//! The help banner and the automatic deletion read every entry on every page.

use super::diary_nav;
use super::entries::kind_label;
use crate::charts::{self, Frame, GRID, INK, Linear, Log, SERIES, Stroke};
use crate::error::{PageError, no_store};
use crate::extract::UnlockedDiary;
use crate::pages::{Chrome, Ctx, Page};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_app::diary::{self, Entries};
use solace_clinical::diary::timeline::TimelineEntry;
use solace_clinical::diary::{Entry, EntryKind, timeline};
use solace_i18n::Tr;

/// Entries on one page of the diary.
pub const PER_PAGE: usize = 30;
/// The most points a chart draws (and its table lists).
pub const MAX_POINTS: usize = 40;

/// The page asked for: `?page=N`, from 1 (the newest entries); anything else is page 1.
fn page_number(uri: &Uri) -> usize {
    uri.query()
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1)
}

fn page_href(page: usize) -> String {
    if page <= 1 {
        "/diary".to_owned()
    } else {
        format!("/diary?page={page}")
    }
}

pub async fn get(ctx: Ctx, uri: Uri, open: UnlockedDiary) -> Result<Response, PageError> {
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = open;
    let failed = |e: solace_store::DiaryError| PageError::failed(&ctx, &e);
    // Every record is opened once: automatic deletion and the page read the same list, which
    // is opened again only when something was deleted (rare: at most once a day).
    let list = diary
        .list::<serde_json::Value>(&unlocked)
        .await
        .map_err(failed)?;
    let now = ctx.now();
    let removed = diary::auto_delete_in(&diary, &unlocked, &list, now, true)
        .await
        .map_err(failed)?;
    let Entries {
        ids,
        entries,
        unreadable,
    } = if removed == 0 {
        diary::entries_in(list)
    } else {
        drop(list);
        diary::load(&diary, &unlocked).await.map_err(failed)?
    };
    drop(unlocked);
    let tr = ctx.tr();
    let t = timeline(&entries);
    let s = &t.series;
    let point = |p: &solace_clinical::diary::Point| (p.at, p.value);
    // Newest first, as shown; cut into pages at entries, a day's heading repeated on the next
    // page when a day is split.
    let shown: Vec<(NaiveDate, &TimelineEntry)> = t
        .days
        .iter()
        .rev()
        .flat_map(|day| day.entries.iter().rev().map(move |te| (day.date, te)))
        .filter(|(_, te)| ids.get(te.index).is_some())
        .collect();
    let pages = shown.len().div_ceil(PER_PAGE).max(1);
    let page = page_number(&uri).min(pages);
    let mut days: Vec<(NaiveDate, Vec<&TimelineEntry>)> = vec![];
    for (date, te) in shown.iter().skip((page - 1) * PER_PAGE).take(PER_PAGE) {
        match days.last_mut() {
            Some((d, list)) if d == date => list.push(te),
            _ => days.push((*date, vec![te])),
        }
    }
    let first_page = page == 1;
    let body = html! {
        (diary_nav(&ctx))
        h1 { (tr.t("diary-heading")) }
        (super::vault::auto_deleted_notice(&tr, removed))
        // Safety first: what was recorded is checked against triage and recovery every time.
        @if let Some(banner) = super::alert::help_banner(&ctx, &tr, &entries, now) {
            (banner)
        }
        p {
            a #add-entry .btn.primary href="/diary/add" { (tr.t("diary-add")) }
            " "
            a #add-photo .btn.secondary href="/diary/photo" { (tr.t("photo-add")) }
            " "
            a #export-link .btn.secondary href="/export" { (tr.t("export-diary-link")) }
        }
        @if unreadable > 0 {
            p.warn { (tr.t("diary-unreadable")) }
        }
        @if entries.is_empty() {
            p #empty { (tr.t("diary-empty")) }
        } @else {
            @if first_page && !s.pads_per_hour.points.is_empty() {
                (chart(&tr, "pads", "diary-chart-pads", &s.pads_per_hour.points.iter().map(point).collect::<Vec<_>>(), Scale::Zero, None))
            }
            @if first_page && !s.pbac_daily.points.is_empty() {
                @let pts: Vec<(DateTime<FixedOffset>, f64)> = s.pbac_daily.points.iter()
                    .filter_map(|p| p.date.and_hms_opt(12, 0, 0).map(|d| (d.and_utc().fixed_offset(), p.value))).collect();
                (chart(&tr, "pbac", "diary-chart-pbac", &pts, Scale::Zero, Some("diary-chart-pbac-note")))
            }
            @if first_page && !s.pain.points.is_empty() {
                (chart(&tr, "pain", "diary-chart-pain", &s.pain.points.iter().map(point).collect::<Vec<_>>(), Scale::Pain, None))
            }
            @if first_page && !s.temperature_c.points.is_empty() {
                (chart(&tr, "temperature", "diary-chart-temperature", &s.temperature_c.points.iter().map(point).collect::<Vec<_>>(), Scale::Temperature, None))
            }
            @if first_page && !s.hcg.points.is_empty() {
                (chart(&tr, "hcg", "diary-chart-hcg", &s.hcg.points.iter().map(point).collect::<Vec<_>>(), Scale::Log, None))
                (hcg_button(&tr, &entries))
            }
            h2 #days { (tr.t("diary-days")) }
            @for (date, list) in &days {
                section.day data-date=(date.format("%Y-%m-%d")) {
                    h3 { (solace_i18n::fmt::date_weekday(tr.lang, *date)) }
                    ul.entries {
                        @for te in list {
                            @if let Some(id) = ids.get(te.index) {
                                @if matches!(te.entry.kind, EntryKind::Photo { .. }) {
                                    // Never the image here: a placeholder, shown only when chosen.
                                    li.entry.photo-entry data-kind="photo" {
                                        span.when { (solace_i18n::fmt::time(tr.lang, te.entry.at.time())) }
                                        " "
                                        strong.photo-hidden { (tr.t("photo-hidden")) }
                                        @if let Some(n) = &te.entry.note { p.enote { (n) } }
                                        a.edit.photo-show href={ "/diary/photo/" (id) "/view" } { (tr.t("photo-show")) span.vh { " " (solace_i18n::fmt::time(tr.lang, te.entry.at.time())) } }
                                    }
                                } @else {
                                    li.entry data-kind=(te.entry.kind.kind().id()) {
                                        span.when { (solace_i18n::fmt::time(tr.lang, te.entry.at.time())) }
                                        " "
                                        strong { (tr.t(kind_label(te.entry.kind.kind().id()))) }
                                        (details(&tr, &te.entry))
                                        @if let Some(n) = &te.entry.note { p.enote { (n) } }
                                        a.edit href={ "/diary/entry/" (id) } { (tr.t("diary-edit")) span.vh { " " (solace_i18n::fmt::time(tr.lang, te.entry.at.time())) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if pages > 1 {
                nav.pager aria-label=(tr.t("diary-pages-label")) {
                    @if page > 1 {
                        a #newer-entries .btn.secondary href=(page_href(page - 1)) rel="prev" { (tr.t("diary-newer")) }
                        " "
                    }
                    span #page-of {
                        (tr.t_with("diary-page-of", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))]))
                    }
                    @if page < pages {
                        " "
                        a #older-entries .btn.secondary href=(page_href(page + 1)) rel="next" { (tr.t("diary-older")) }
                    }
                }
            }
        }
        p.more {
            a href="/diary/passphrase" { (tr.t("diary-passphrase-link")) }
            " · "
            a href="/diary/settings" { (tr.t("diary-settings-link")) }
            " · "
            a href="/diary/delete" { (tr.t("diary-delete-link")) }
        }
    };
    Ok(no_store(ctx.respond(&Page {
        title: tr.t("diary-title"),
        body,
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })))
}

/// One entry's details, in words.
fn details(tr: &Tr<'_>, e: &Entry) -> Markup {
    let num = |x: f64| solace_i18n::fmt::number(tr.lang, x, usize::from(x.fract() != 0.0));
    let parts: Vec<String> = match &e.kind {
        EntryKind::Bleeding(b) => {
            let mut p = vec![];
            if let Some(x) = b.pads_soaked_per_hour {
                p.push(format!("{}: {}", tr.t("diary-d-pads"), num(x)));
            }
            if let Some(x) = b.pad_fullness {
                p.push(tr.t(match x {
                    solace_clinical::diary::PadFullness::Light => "diary-o-light",
                    solace_clinical::diary::PadFullness::Moderate => "diary-o-moderate",
                    solace_clinical::diary::PadFullness::Full => "diary-o-full",
                }));
            }
            if let Some(x) = b.clots {
                p.push(format!(
                    "{}: {}",
                    tr.t("diary-d-clots"),
                    tr.t(match x {
                        solace_clinical::triage::Clots::None => "diary-o-none",
                        solace_clinical::triage::Clots::Small => "diary-o-small",
                        solace_clinical::triage::Clots::Large => "diary-o-large",
                    })
                ));
            }
            p
        }
        EntryKind::Pain { score, place } => {
            let mut p = vec![format!("{score} / 10")];
            if let Some(place) = place {
                p.push(tr.t(super::alert::place_where(*place)));
            }
            p
        }
        EntryKind::Temperature { reading } => vec![format!("{} °C", num(reading.celsius()))],
        EntryKind::Hcg { iu_per_l } => vec![format!(
            "{} {}",
            num(*iu_per_l),
            solace_i18n::fmt::iu_unit(tr.lang)
        )],
        EntryKind::PregnancyTest { result } => vec![tr.t(match result {
            solace_clinical::diary::TestResult::Negative => "diary-o-negative",
            solace_clinical::diary::TestResult::Faint => "diary-o-faint",
            solace_clinical::diary::TestResult::Positive => "diary-o-positive",
        })],
        // The care chosen and the medicine taken, not only that something happened.
        EntryKind::Event {
            event,
            management,
            medicine,
        } => vec![super::recovery::event_words(
            tr,
            *event,
            *management,
            *medicine,
        )],
        EntryKind::Scan { showed } => vec![tr.t(scan_id(*showed))],
        EntryKind::Medication { name, dose } => {
            let mut p = vec![name.clone()];
            p.extend(dose.clone());
            p
        }
        EntryKind::Note { text } | EntryKind::Question { text } => vec![text.clone()],
        EntryKind::Wellbeing { .. } => e
            .wellbeing_score()
            .map(|s| vec![crate::pages::wellbeing::summary(tr, &s)])
            .unwrap_or_default(),
        _ => vec![],
    };
    html! {
        @if !parts.is_empty() { " — " (parts.join(", ")) }
    }
}

const fn scan_id(s: solace_clinical::diary::ScanShowed) -> &'static str {
    use solace_clinical::diary::ScanShowed as S;
    match s {
        S::InWomb => "diary-o-scan-in_womb",
        S::EarlyPregnancyLoss => "diary-o-scan-early_pregnancy_loss",
        S::TissueRemaining => "diary-o-scan-tissue_remaining",
        S::WombEmpty => "diary-o-scan-womb_empty",
        S::NotSeen => "diary-o-scan-not_seen",
        S::Ectopic => "diary-o-scan-ectopic",
        S::Other => "diary-o-scan-other",
    }
}

/// Opens the hCG reading with the diary's values filled in (POST: nothing in the URL).
fn hcg_button(tr: &Tr<'_>, entries: &[Entry]) -> Markup {
    let rows: Vec<&Entry> = entries
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Hcg { .. }))
        .rev()
        .take(solace_clinical::hcg::MAX_VALUES)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    html! {
        form #hcg-open method="post" action="/results/hcg" {
            input type="hidden" name="edit" value="1";
            input type="hidden" name="context" value="after_loss";
            input type="hidden" name="tz" value="UTC";
            input type="hidden" name="rows" value=(rows.len().max(4));
            @for (i, e) in rows.iter().enumerate() {
                @let at = e.instant();
                @if let EntryKind::Hcg { iu_per_l } = e.kind {
                    input type="hidden" name={ "date_" (i) } value=(at.format("%Y-%m-%d"));
                    input type="hidden" name={ "time_" (i) } value=(at.format("%H:%M"));
                    input type="hidden" name={ "value_" (i) } value=(iu_per_l);
                    input type="hidden" name={ "unit_" (i) } value="iu_per_l";
                }
            }
            button #hcg-open-submit .btn.secondary type="submit" { (tr.t("diary-hcg-open")) }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Scale {
    Zero,
    Pain,
    Temperature,
    Log,
}

const FRAME: Frame = Frame {
    width: 360.0,
    height: 200.0,
    left: 44.0,
    right: 14.0,
    top: 18.0,
    bottom: 34.0,
};

/// A time chart of points with a table of the same numbers.
fn chart(
    tr: &Tr<'_>,
    id: &str,
    title: &str,
    pts: &[(DateTime<FixedOffset>, f64)],
    scale: Scale,
    note: Option<&str>,
) -> Markup {
    let (pts, summary) = summarise(pts);
    let pts = &pts[..];
    let f = FRAME;
    let xs = Linear::over_time(
        pts.first().map(|p| p.0.timestamp()),
        pts.last().map(|p| p.0.timestamp()),
        &f,
    );
    let max = pts.iter().map(|p| p.1).fold(0.0, f64::max);
    let min = pts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let (lo, hi) = match scale {
        Scale::Zero => (0.0, charts::nice_ceil(max.max(1.0))),
        Scale::Pain => (0.0, 10.0),
        Scale::Temperature => ((min.min(36.0) - 0.5).floor(), (max.max(38.0) + 0.5).ceil()),
        Scale::Log => (
            charts::nice_floor((min / 2.0).max(0.5)),
            charts::nice_ceil(max * 2.0),
        ),
    };
    let map_y = |v: f64| match scale {
        Scale::Log => Log {
            d0: lo,
            d1: hi,
            r0: f.y1(),
            r1: f.y0(),
        }
        .map(v),
        _ => Linear {
            d0: lo,
            d1: hi,
            r0: f.y1(),
            r1: f.y0(),
        }
        .map(v),
    };
    let ticks = match scale {
        Scale::Log => charts::log_ticks(lo, hi),
        _ => charts::linear_ticks(lo, hi, 5),
    };
    let xy: Vec<(f64, f64)> = pts
        .iter()
        .map(|(t, v)| (xs.map(t.timestamp() as f64), map_y(*v)))
        .collect();
    let title_text = tr.t(title);
    let num = |x: f64| solace_i18n::fmt::number(tr.lang, x, usize::from(x.fract() != 0.0));
    let first = pts
        .first()
        .map(|p| solace_i18n::fmt::date_short(tr.lang, p.0.date_naive()))
        .unwrap_or_default();
    let last = pts
        .last()
        .map(|p| solace_i18n::fmt::date_short(tr.lang, p.0.date_naive()))
        .unwrap_or_default();
    html! {
        figure.chart id={ (id) "-figure" } {
            figcaption {
                (title_text)
                @if let Some(n) = note { " " span.ftrend { (tr.t(n)) } }
                @if let Some(n) = summary { " " span.fsum { (tr.t(n)) } }
            }
            svg id={ (id) "-chart" } viewBox=(f.view_box()) width="360" height="200" role="img"
                aria-labelledby={ (id) "-title" } font-family="system-ui,sans-serif" {
                title id={ (id) "-title" } { (title_text) }
                @for v in &ticks {
                    @let y = map_y(*v);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 6.0)) y=(charts::num(y + 4.0)) text-anchor="end" font-size=(charts::TICK_FONT) fill=(INK) { (num(*v)) }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                text x=(charts::num(f.x0())) y=(charts::num(f.y1() + 18.0)) font-size=(charts::TICK_FONT) fill=(INK) { (first) }
                text x=(charts::num(f.x1())) y=(charts::num(f.y1() + 18.0)) text-anchor="end" font-size=(charts::TICK_FONT) fill=(INK) { (last) }
                @if xy.len() > 1 { (charts::polyline(&xy, charts::SOLID)) }
                @for ((x, y), (_, v)) in xy.iter().zip(pts) {
                    circle.point cx=(charts::num(*x)) cy=(charts::num(*y)) r="4.5" fill=(SERIES) data-value=(v) {}
                }
            }
        }
        div.scroll {
            table.data.chart-table id={ (id) "-table" } {
                caption.vh { (title_text) }
                thead { tr { th scope="col" { (tr.t("diary-table-when")) } th.n scope="col" { (tr.t("diary-table-value")) } } }
                tbody {
                    @for (t, v) in pts {
                        tr { td { @if id == "pbac" { (solace_i18n::fmt::date_short(tr.lang, t.date_naive())) } @else { (solace_i18n::fmt::date_short(tr.lang, t.date_naive())) " " (solace_i18n::fmt::time(tr.lang, t.time())) } } td.n data-value=(v) { (num(*v)) } }
                    }
                }
            }
        }
    }
}

/// A day, week or month, as (year, number in the year).
type Bucket = (i32, u32);
/// A point of a chart: when, and the value.
type At = (DateTime<FixedOffset>, f64);

/// At most [`MAX_POINTS`] points for a chart over the whole span: the points as they are when
/// there are few, else the highest value of each day, week (from Monday) or month — the first of
/// those that fits — at the time it was recorded. The highest, because a chart in a diary of
/// bleeding and pain must not smooth away the worst moment. With the message id that says so.
pub fn summarise(
    pts: &[(DateTime<FixedOffset>, f64)],
) -> (Vec<(DateTime<FixedOffset>, f64)>, Option<&'static str>) {
    if pts.len() <= MAX_POINTS {
        return (pts.to_vec(), None);
    }
    let by = |bucket: &dyn Fn(NaiveDate) -> Bucket| {
        let mut out: Vec<(Bucket, At)> = vec![];
        for &(at, v) in pts {
            let b = bucket(at.date_naive());
            match out.last_mut() {
                Some((last, best)) if *last == b => {
                    if v > best.1 {
                        *best = (at, v);
                    }
                }
                _ => out.push((b, (at, v))),
            }
        }
        out.into_iter().map(|(_, p)| p).collect::<Vec<_>>()
    };
    let day = by(&|d| (d.year(), d.ordinal()));
    if day.len() <= MAX_POINTS {
        return (day, Some("diary-chart-by-day"));
    }
    let week = by(&|d| {
        let w = d.iso_week();
        (w.year(), w.week())
    });
    if week.len() <= MAX_POINTS {
        return (week, Some("diary-chart-by-week"));
    }
    (by(&|d| (d.year(), d.month())), Some("diary-chart-by-month"))
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the values are copied, never computed
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 1, hour, 0, 0)
            .unwrap()
            + chrono::Duration::days(i64::from(day))
    }

    #[test]
    fn few_points_are_drawn_as_they_are() {
        let pts: Vec<_> = (0..MAX_POINTS as u32)
            .map(|d| (at(d, 9), f64::from(d)))
            .collect();
        assert_eq!(summarise(&pts), (pts.clone(), None));
    }

    #[test]
    fn many_points_keep_the_highest_of_each_day_week_or_month() {
        // Two a day for 30 days: the higher of each day, at its own time.
        let pts: Vec<_> = (0..30)
            .flat_map(|d| [(at(d, 8), 1.0), (at(d, 20), 2.0 + f64::from(d))])
            .collect();
        let (day, note) = summarise(&pts);
        assert_eq!(note, Some("diary-chart-by-day"));
        assert_eq!(day.len(), 30);
        assert!(
            day.iter()
                .enumerate()
                .all(|(d, p)| p.1 == 2.0 + d as f64 && p.0 == at(d as u32, 20))
        );
        // 200 days of two a day: by week; the worst moment is kept.
        let mut half: Vec<_> = (0..200)
            .flat_map(|d| [(at(d, 8), 1.0), (at(d, 20), 2.0)])
            .collect();
        half[301].1 = 9.0;
        let (week, note) = summarise(&half);
        assert_eq!(note, Some("diary-chart-by-week"));
        assert!((28..=MAX_POINTS).contains(&week.len()), "{}", week.len());
        assert!(week.iter().any(|p| p.1 == 9.0 && p.0 == half[301].0));
        // A year: 53 weeks do not fit, so by month.
        let mut year: Vec<_> = (0..365)
            .flat_map(|d| [(at(d, 8), 1.0), (at(d, 20), 2.0)])
            .collect();
        year[555].1 = 8.0;
        let (month, note) = summarise(&year);
        assert_eq!(note, Some("diary-chart-by-month"));
        assert_eq!(month.len(), 12);
        assert!(month.iter().any(|p| p.1 == 8.0));
    }
}
