//! What the diary knows: the worst of the last 24 hours, the current run of bleeding days, a
//! rise after settling, a fever, no bleeding after misoprostol, a positive test, weeks without
//! a period, and thoughts of harm answered in a PHQ-9.

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};

use crate::diary::entry::{BleedingEntry, Entry, EntryKind, EventKind, Medicine, PainPlace};
use crate::diary::severity::heavy_hours_by_entry;
use crate::diary::timeline::Day;
use crate::triage::{Bleeding, Clots};
use crate::wellbeing::Questionnaire;

use super::course::{Course, Ev, utc};
use super::{
    BLEEDING_GAP_DAYS, FEVER_C, FEVER_WINDOW_HOURS, MISOPROSTOL_BLEEDING_HOURS,
    MISOPROSTOL_WATCH_DAYS, PHQ9_RECALL_DAYS, REBOUND_LOOKBACK_DAYS, REBOUND_MIN_FALLS,
    REBOUND_MIN_PBAC, REBOUND_RECENT_DAYS, RECENT_HOURS,
};

/// The worst of the last 24 hours.
#[derive(Debug, Default)]
pub(super) struct Recent {
    pub(super) pads: Option<f64>,
    pub(super) heavy_hours: Option<f64>,
    pub(super) clots: Option<Clots>,
    pub(super) bleeding: Option<Bleeding>,
    pub(super) pain: Option<u8>,
    pub(super) one_sided: bool,
    pub(super) shoulder_tip: bool,
    pub(super) bottom: bool,
    pub(super) temperature_c: Option<f64>,
    /// The entries read (bleeding, pain, temperature), by position.
    pub(super) entries: Vec<usize>,
}

fn max_opt<T: PartialOrd + Copy>(a: Option<T>, b: T) -> T {
    match a {
        Some(a) if a >= b => a,
        _ => b,
    }
}

pub(super) fn recent(entries: &[Entry], now: DateTime<Utc>) -> Recent {
    let from = now - TimeDelta::hours(RECENT_HOURS);
    let mut r = Recent::default();
    for (i, e) in entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
    {
        match &e.kind {
            EntryKind::Bleeding(b) => {
                if let Some(p) = b.pads_value() {
                    r.pads = Some(max_opt(r.pads, p));
                }
                if let Some(c) = b.clots {
                    r.clots = Some(max_opt(r.clots, c));
                }
                if let Some(level) = b.level() {
                    r.bleeding = Some(max_opt(r.bleeding, level));
                }
                r.entries.push(i);
            }
            EntryKind::Pain { score, place } => {
                r.pain = Some(max_opt(r.pain, *score));
                match place {
                    Some(PainPlace::LeftSide | PainPlace::RightSide) => r.one_sided = true,
                    Some(PainPlace::ShoulderTip) => r.shoulder_tip = true,
                    Some(PainPlace::Bottom) => r.bottom = true,
                    _ => {}
                }
                r.entries.push(i);
            }
            EntryKind::Temperature { reading } => {
                r.temperature_c = Some(max_opt(r.temperature_c, reading.celsius()));
                r.entries.push(i);
            }
            _ => {}
        }
    }
    // Hours at ≥ 1 pad an hour among the last 24 hours' entries: the longest run, or not known
    // when any run's start is not known (an unknown duration counts as long, CLINICAL.md §1).
    let runs: Vec<Option<f64>> = heavy_hours_by_entry(entries)
        .into_iter()
        .filter(|(i, _)| entries.get(*i).is_some_and(|e| e.instant() >= from))
        .map(|(_, h)| h)
        .collect();
    r.heavy_hours = if runs.is_empty() || runs.contains(&None) {
        None
    } else {
        runs.into_iter().flatten().reduce(f64::max)
    };
    r
}

pub(super) fn hours(d: TimeDelta) -> f64 {
    d.num_seconds() as f64 / 3600.0
}

pub(super) fn days_f(d: TimeDelta) -> f64 {
    hours(d) / 24.0
}

/// The current run of bleeding days (see [`BLEEDING_GAP_DAYS`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub(super) first: NaiveDate,
    pub(super) last: NaiveDate,
    pub(super) days: i64,
}

fn today_in(now: DateTime<Utc>, offset: Option<FixedOffset>) -> NaiveDate {
    match offset {
        Some(o) => now.with_timezone(&o).date_naive(),
        None => now.date_naive(),
    }
}

pub(super) fn bleeding_run(days: &[Day], now: DateTime<Utc>) -> Option<Run> {
    let last_day = days.iter().rev().find(|d| d.summary.bleeding)?;
    let last = last_day.date;
    let ended_after = days
        .iter()
        .any(|d| d.date > last && d.summary.no_bleeding_recorded);
    let today = today_in(now, last_day.bleeding_offset());
    if ended_after || (today - last).num_days() > BLEEDING_GAP_DAYS {
        return None;
    }
    let mut first = last;
    for d in days.iter().rev().filter(|d| d.date < last) {
        if d.summary.no_bleeding_recorded || (first - d.date).num_days() > BLEEDING_GAP_DAYS + 1 {
            break;
        }
        if d.summary.bleeding {
            first = d.date;
        }
    }
    Some(Run {
        first,
        last,
        days: (last - first).num_days() + 1,
    })
}

/// A day on which bleeding got heavier again (see [`REBOUND_LOOKBACK_DAYS`] and the neighbours).
#[derive(Debug, Clone, Copy)]
pub(super) struct Rebound {
    pub(super) date: NaiveDate,
    /// The day's last bleeding entry: when, and its position.
    pub(super) at: Option<(DateTime<FixedOffset>, usize)>,
}

/// `values[..k]` ends in a stretch that falls or holds steady, with at least
/// [`REBOUND_MIN_FALLS`] falls.
fn settling_before(values: &[f64], k: usize) -> bool {
    let mut falls = 0;
    let mut j = k.saturating_sub(1);
    while j > 0 {
        let (Some(a), Some(b)) = (values.get(j - 1), values.get(j)) else {
            break;
        };
        if a < b {
            break;
        }
        if a > b {
            falls += 1;
        }
        j -= 1;
    }
    falls >= REBOUND_MIN_FALLS
}

/// Index of the latest recorded day that is "heavier again", if it is within the last 7 days.
fn rebound_in(values: &[f64], days: &[&Day], now: DateTime<Utc>, floor: f64) -> Option<usize> {
    for k in (REBOUND_LOOKBACK_DAYS..values.len()).rev() {
        let day = days.get(k)?;
        if (today_in(now, day.bleeding_offset()) - day.date).num_days() > REBOUND_RECENT_DAYS {
            return None;
        }
        let v = *values.get(k)?;
        let before_max = values
            .get(k - REBOUND_LOOKBACK_DAYS..k)?
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        if v > before_max && v >= floor && settling_before(values, k) {
            return Some(k);
        }
    }
    None
}

fn latest_rebound_day(
    days: &[Day],
    get: fn(&Day) -> Option<f64>,
    floor: f64,
    now: DateTime<Utc>,
) -> Option<&Day> {
    let recorded: Vec<&Day> = days.iter().filter(|d| get(d).is_some()).collect();
    let values: Vec<f64> = recorded.iter().filter_map(|d| get(d)).collect();
    let k = rebound_in(&values, &recorded, now, floor)?;
    recorded.get(k).copied()
}

pub(super) fn rebound(days: &[Day], now: DateTime<Utc>) -> Option<Rebound> {
    // Pads an hour: any rise counts. PBAC-style score: only a rise to at least 5 points.
    let pads = latest_rebound_day(
        days,
        |d| d.summary.max_pads_per_hour,
        f64::NEG_INFINITY,
        now,
    );
    let pbac = latest_rebound_day(days, |d| d.summary.pbac_score, REBOUND_MIN_PBAC, now);
    let day = match (pads, pbac) {
        (Some(a), Some(b)) => Some(if b.date > a.date { b } else { a }),
        (a, b) => a.or(b),
    }?;
    Some(Rebound {
        date: day.date,
        at: day
            .entries
            .iter()
            .rev()
            .find(|e| e.entry.bleeding().is_some())
            .map(|e| (e.entry.at, e.index)),
    })
}

/// Whether the latest PHQ-9 kept in the last 2 weeks answered item 9 above 0. The answer covers
/// "the last 2 weeks" [kroenke-2001], so for that long the diary treats it as the triage
/// `thoughts_of_harm` answer (the self-harm rule: crisis line and emergency number) until a newer
/// PHQ-9 answers item 9 with 0. Escalate in doubt: a check-in from the future (clock skew) counts.
/// The position of that PHQ-9, when it did.
pub(super) fn harm_thoughts_recorded(entries: &[Entry], now: DateTime<Utc>) -> Option<usize> {
    let from = now - TimeDelta::days(PHQ9_RECALL_DAYS);
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
        .filter_map(|(i, e)| match &e.kind {
            EntryKind::Wellbeing {
                questionnaire: Questionnaire::Phq9,
                ..
            } => e.wellbeing_score().map(|s| (e.instant(), s.crisis, i)),
            _ => None,
        })
        .max_by_key(|(at, crisis, _)| (*at, *crisis))
        .and_then(|(_, crisis, i)| crisis.then_some(i))
}

/// The highest temperature ≥ 38.0 °C in the last 48 hours, when it was taken, and its position.
pub(super) fn fever(
    entries: &[Entry],
    now: DateTime<Utc>,
) -> Option<(f64, DateTime<FixedOffset>, usize)> {
    let from = now - TimeDelta::hours(FEVER_WINDOW_HOURS);
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() >= from)
        .filter_map(|(i, e)| e.temperature_c().map(|t| (t, e.at, i)))
        .filter(|(t, _, _)| *t >= FEVER_C)
        // The highest; of equal readings the latest, whatever order the entries came in.
        .fold(None, |best, (t, at, i)| match best {
            Some((b, b_at, _))
                if b.total_cmp(&t).then(utc(b_at).cmp(&utc(at))) != Ordering::Less =>
            {
                best
            }
            _ => Some((t, at, i)),
        })
}

/// The latest misoprostol dose (a `medication_taken` not marked mifepristone), when 24 hours to
/// 7 days have passed and no bleeding has been recorded since.
pub(super) fn no_bleeding_after_misoprostol(
    entries: &[Entry],
    evs: &[Ev],
    now: DateTime<Utc>,
) -> Option<(DateTime<FixedOffset>, usize)> {
    let dose = evs.iter().rev().find(|e| {
        e.event == EventKind::MedicationTaken && e.medicine != Some(Medicine::Mifepristone)
    })?;
    let since = now - utc(dose.at);
    if since < TimeDelta::hours(MISOPROSTOL_BLEEDING_HOURS)
        || since >= TimeDelta::days(MISOPROSTOL_WATCH_DAYS)
    {
        return None;
    }
    let bled = entries.iter().any(|e| {
        e.instant() >= utc(dose.at) && e.bleeding().is_some_and(BleedingEntry::shows_bleeding)
    });
    (!bled).then_some((dose.at, dose.index))
}

/// The latest pregnancy test after the anchor, when positive (or faint): weeks after, when, and
/// its position.
pub(super) fn positive_test(
    entries: &[Entry],
    c: &Course,
) -> Option<(f64, DateTime<FixedOffset>, usize)> {
    let anchor = c.anchor?;
    let latest = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.instant() > utc(anchor))
        .filter_map(|(i, e)| match e.kind {
            EntryKind::PregnancyTest { result } => Some((e.instant(), result, e.at, i)),
            _ => None,
        })
        .max_by_key(|(t, ..)| *t)?;
    let (_, result, at, i) = latest;
    result
        .is_positive()
        .then(|| (days_f(utc(at) - utc(anchor)) / 7.0, at, i))
}

/// Weeks since the pregnancy ended with no period recorded, when the person records periods.
pub(super) fn no_period_weeks(
    evs: &[Ev],
    c: &Course,
    now: DateTime<Utc>,
    records_periods: bool,
) -> Option<f64> {
    if !records_periods {
        return None;
    }
    let ended = utc(c.ended_at?);
    let returned = evs
        .iter()
        .any(|e| e.event == EventKind::PeriodReturned && utc(e.at) > ended);
    (!returned && now >= ended).then(|| days_f(now - ended) / 7.0)
}
