//! The summary a clinician reads (issue 6): from the diary's entries, a date range and `now`, what
//! the one-page export shows. Pure data; the `solace-export` crate renders it to PDF.
//!
//! Long diaries are summarised, not listed: every list keeps its most recent rows up to a cap and
//! says how many more are in the diary. Bleeding and pain are shown as a daily series (for the
//! chart) plus first, last and highest values. The PBAC-style score is for trends only
//! (CLINICAL.md §8, `higham-1990`), and pads per hour (the triage measure) is kept apart from it.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Serialize;

use super::entry::{Entry, EntryKind, EventKind, Management, Medicine, ScanShowed, TestResult};
use super::recovery::course;
use super::severity::{BleedingSeverity, severities};
use super::timeline::{PBAC_NOTE, PbacNote, hcg_input, in_time_order, timeline};
use crate::hcg::{self, HcgContext, MAX_VALUES, RuleSet};
use crate::region::Region;
use crate::sources::Source;
use crate::triage::{Bleeding, Location};

/// Fever: 38.0 °C or more. CLINICAL.md §1 rule `fever` (`nhs-fever`), checked 2026-11.
pub const FEVER_C: f64 = 38.0;
/// Most hCG rows in the summary: the hCG reading's own limit (`hcg::MAX_VALUES`, a Solace bound).
pub const MAX_HCG_ROWS: usize = MAX_VALUES;
/// Most rows in each other list (scans, medicines, temperatures, tests, questions). A Solace
/// bound so a busy diary still fits on two pages; checked 2026-11.
pub const MAX_LIST_ROWS: usize = 8;
/// Most questions listed. A Solace bound, checked 2026-11.
pub const MAX_QUESTIONS: usize = 10;

/// What to summarise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryOptions {
    /// First day included (the entry's own calendar date), if any.
    pub from: Option<NaiveDate>,
    /// Last day included, if any.
    pub to: Option<NaiveDate>,
    /// Decides which rule set reads the hCG series (uk/ie: NICE; others: US studies).
    pub region: Region,
}

/// One hCG result with its change from the one before.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HcgRow {
    pub at: DateTime<FixedOffset>,
    pub iu_per_l: f64,
    /// (this − previous) / previous × 100 (CLINICAL.md §2); none for the first.
    pub percent_change: Option<f64>,
    /// Hours since the previous result; none for the first.
    pub hours_apart: Option<f64>,
    /// 44–52 h from the previous one (CLINICAL.md §2, `nice-ng126`).
    pub is_48h_pair: bool,
}

/// The guideline reading of the hCG series, labelled with its rule set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HcgReadingOut {
    pub rule_set: RuleSet,
    pub id: &'static str,
    pub text: String,
    pub next_step: String,
    pub sources: Vec<Source>,
    /// `text` as a Fluent message (`solace_app::readings` puts it in the reader's language).
    #[serde(skip)]
    pub words: crate::words::Words,
    /// `next_step` as a Fluent message.
    #[serde(skip)]
    pub next_words: crate::words::Words,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HcgSummary {
    /// The context the series was read in (from the diary's events and scans).
    pub context: HcgContext,
    /// Oldest first; the most recent [`MAX_HCG_ROWS`].
    pub rows: Vec<HcgRow>,
    /// Results left out of `rows` (older ones).
    pub more: usize,
    /// The main reading, when there are two or more results it could read.
    pub reading: Option<HcgReadingOut>,
    /// Cautions that go with the reading (e.g. "not a 48-hour pair").
    pub cautions: Vec<HcgReadingOut>,
    /// "Symptoms outrank numbers": always present, whatever the reading.
    pub symptoms_first: String,
}

/// One day of the bleeding and pain record, for the chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BleedingDay {
    pub date: NaiveDate,
    /// PBAC-style daily score (trends only).
    pub pbac: Option<f64>,
    pub max_pads_per_hour: Option<f64>,
    pub max_pain: Option<u8>,
    /// Any bleeding recorded that day.
    pub bleeding: bool,
    /// The heaviest level recorded that day, in the triage words, by the triage rules
    /// ([`super::severity`]): never lower than the symptom check would call it.
    pub level: Option<Bleeding>,
    /// The day's heaviest bleeding entry by the triage rules: its pads an hour, clots, hours at
    /// that rate, and the rule it meets.
    pub severity: Option<BleedingSeverity>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BleedingPainSummary {
    pub first_bleeding: Option<NaiveDate>,
    pub last_bleeding: Option<NaiveDate>,
    pub bleeding_days: usize,
    /// The day with the most urgent bleeding by the triage rules, then the heaviest word, then
    /// the highest PBAC-style score.
    pub heaviest_day: Option<BleedingDay>,
    pub max_pads_per_hour: Option<(f64, NaiveDate)>,
    pub max_pain: Option<(u8, NaiveDate)>,
    pub pain_days: usize,
    /// Every day with a bleeding or pain entry, oldest first.
    pub days: Vec<BleedingDay>,
    pub pbac_note: PbacNote,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanRow {
    pub at: DateTime<FixedOffset>,
    pub showed: ScanShowed,
    pub note: Option<String>,
}

/// A medicine: a medication entry, or a `medication_taken` event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MedicationRow {
    pub at: DateTime<FixedOffset>,
    /// The name as typed, or the medicine of a `medication_taken` event.
    pub name: Option<String>,
    pub medicine: Option<Medicine>,
    pub dose: Option<String>,
}

/// A care event (loss confirmed, management chosen, surgery, pregnancy ended, period returned).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub at: DateTime<FixedOffset>,
    pub event: EventKind,
    pub management: Option<Management>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemperatureRow {
    pub at: DateTime<FixedOffset>,
    pub celsius: f64,
    /// As typed, when typed in °F.
    pub fahrenheit: Option<f64>,
    /// ≥ 38.0 °C ([`FEVER_C`]).
    pub fever: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestRow {
    pub at: DateTime<FixedOffset>,
    pub result: TestResult,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionRow {
    pub at: DateTime<FixedOffset>,
    pub text: String,
}

/// A list capped to its most recent rows (oldest first), with how many were left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Capped<T> {
    pub rows: Vec<T>,
    pub more: usize,
}

impl<T> Capped<T> {
    fn last(all: Vec<T>, cap: usize) -> Self {
        let more = all.len().saturating_sub(cap);
        Capped {
            rows: all.into_iter().skip(more).collect(),
            more,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemperatureSummary {
    pub list: Capped<TemperatureRow>,
    pub highest_c: Option<f64>,
    /// Readings at or above 38.0 °C, among all of them (not only those listed).
    pub fever_count: usize,
    pub count: usize,
}

/// Everything the export shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The days asked for (either may be open).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// First and last day with an entry in the range.
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// When the summary was made (UTC date of `now`).
    pub made_on: NaiveDate,
    pub entry_count: usize,
    pub hcg: HcgSummary,
    pub bleeding_pain: BleedingPainSummary,
    pub scans: Capped<ScanRow>,
    pub medication: Capped<MedicationRow>,
    pub events: Capped<EventRow>,
    pub temperatures: TemperatureSummary,
    pub tests: Capped<TestRow>,
    pub questions: Capped<QuestionRow>,
}

/// The entries whose own calendar date is within `from..=to`, in time order.
pub fn in_range(entries: &[Entry], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Vec<Entry> {
    in_time_order(entries)
        .into_iter()
        .filter_map(|i| entries.get(i))
        .filter(|e| {
            let d = e.at.date_naive();
            from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)
        })
        .cloned()
        .collect()
}

/// The context the diary's hCG series is read in: ectopic when a scan said so (methotrexate when
/// the care chosen was medication), after a loss once one is recorded, in the womb when a scan
/// showed it there, else location unknown (the most cautious reading).
pub fn hcg_context(entries: &[Entry]) -> HcgContext {
    let c = course(entries);
    match c.location {
        Some(Location::Ectopic) if c.management == Some(Management::Medication) => {
            HcgContext::EctopicMethotrexate
        }
        Some(Location::Ectopic) => HcgContext::EctopicExpectant,
        _ if c.pregnancy_ended => HcgContext::AfterLoss,
        Some(Location::ConfirmedInWomb) => HcgContext::ConfirmedInWomb,
        _ => HcgContext::UnknownLocation,
    }
}

fn reading_out(r: &hcg::Reading) -> HcgReadingOut {
    HcgReadingOut {
        rule_set: r.rule_set,
        id: r.id,
        text: r.text.clone(),
        next_step: r.next_step.clone(),
        sources: r.sources.clone(),
        words: r.words.clone(),
        next_words: r.next_words.clone(),
    }
}

fn hcg_summary(all: &[Entry], shown: &[Entry], now: DateTime<Utc>, region: Region) -> HcgSummary {
    let context = hcg_context(all);
    let mut rows: Vec<HcgRow> = Vec::new();
    let mut prev: Option<(DateTime<Utc>, f64)> = None;
    for e in shown {
        if let EntryKind::Hcg { iu_per_l } = e.kind {
            let at = e.instant();
            let (percent_change, hours_apart) = match prev {
                Some((p_at, p_v)) if p_v > 0.0 => {
                    let hours = (at - p_at).num_seconds() as f64 / 3600.0;
                    // CLINICAL.md §2: percent change = (later − earlier) / earlier.
                    (Some((iu_per_l - p_v) / p_v * 100.0), Some(hours))
                }
                _ => (None, None),
            };
            let is_48h_pair = hours_apart
                .is_some_and(|h| (hcg::PAIR_MIN_HOURS..=hcg::PAIR_MAX_HOURS).contains(&h));
            rows.push(HcgRow {
                at: e.at,
                iu_per_l,
                percent_change,
                hours_apart,
                is_48h_pair,
            });
            prev = Some((at, iu_per_l));
        }
    }
    let capped = Capped::last(rows, MAX_HCG_ROWS);
    let out = if capped.rows.len() >= hcg::MIN_VALUES {
        hcg::interpret(&hcg_input(shown, context), now, region).ok()
    } else {
        None
    };
    let note = hcg::symptoms_note(context);
    let symptoms_first = format!("{} {}", note.text, note.next_step);
    let reading = out
        .as_ref()
        .and_then(|o| o.interpretation.as_ref())
        .map(reading_out);
    let cautions = out
        .as_ref()
        .map(|o| {
            o.readings
                .iter()
                .filter(|r| r.kind == hcg::ReadingKind::Caution)
                .filter(|r| reading.as_ref().is_none_or(|m| m.rule_set == r.rule_set))
                .map(reading_out)
                .collect()
        })
        .unwrap_or_default();
    HcgSummary {
        context,
        rows: capped.rows,
        more: capped.more,
        reading,
        cautions,
        symptoms_first,
    }
}

fn bleeding_pain(all: &[Entry], shown: &[Entry]) -> BleedingPainSummary {
    let t = timeline(shown);
    // Severities over the whole diary, so a run of heavy bleeding that starts before the range
    // keeps its known length; then matched to the entries shown.
    let graded: Vec<(&Entry, BleedingSeverity)> = severities(all)
        .into_iter()
        .filter_map(|(i, s)| all.get(i).map(|e| (e, s)))
        .collect();
    let severity_of = |e: &Entry| graded.iter().find(|(g, _)| *g == e).map(|(_, s)| *s);
    let days: Vec<BleedingDay> = t
        .days
        .iter()
        .filter(|d| {
            d.entries.iter().any(|e| {
                matches!(
                    e.entry.kind,
                    EntryKind::Bleeding(_) | EntryKind::Pain { .. }
                )
            })
        })
        .map(|d| {
            let severity = d.entries.iter().filter_map(|e| severity_of(&e.entry)).fold(
                None::<BleedingSeverity>,
                |best, s| match best {
                    Some(b) if !s.outranks(&b) => Some(b),
                    _ => Some(s),
                },
            );
            BleedingDay {
                date: d.date,
                pbac: d.summary.pbac_score,
                max_pads_per_hour: d.summary.max_pads_per_hour,
                max_pain: d.summary.max_pain,
                bleeding: d.summary.bleeding,
                level: d
                    .entries
                    .iter()
                    .filter_map(|e| {
                        e.entry
                            .bleeding()
                            .and_then(super::entry::BleedingEntry::level)
                    })
                    .chain(severity.map(|s| s.level))
                    .max(),
                severity,
            }
        })
        .collect();
    let bleeding_dates: Vec<NaiveDate> =
        days.iter().filter(|d| d.bleeding).map(|d| d.date).collect();
    let heaviest_day = days
        .iter()
        .filter(|d| d.bleeding)
        .fold(None::<BleedingDay>, |best, d| match best {
            None => Some(*d),
            Some(b) => {
                let key = |x: &BleedingDay| {
                    (
                        x.severity.map(|s| s.urgency),
                        x.level,
                        x.pbac.unwrap_or(-1.0),
                    )
                };
                let (kb, kd) = (key(&b), key(d));
                if kd
                    .0
                    .cmp(&kb.0)
                    .then(kd.1.cmp(&kb.1))
                    .then(kd.2.total_cmp(&kb.2))
                    .is_gt()
                {
                    Some(*d)
                } else {
                    Some(b)
                }
            }
        });
    let max_pads_per_hour = days
        .iter()
        .filter_map(|d| d.max_pads_per_hour.map(|p| (p, d.date)))
        .fold(None::<(f64, NaiveDate)>, |best, x| match best {
            Some(b) if b.0 >= x.0 => Some(b),
            _ => Some(x),
        });
    let max_pain = days
        .iter()
        .filter_map(|d| d.max_pain.map(|p| (p, d.date)))
        .fold(None::<(u8, NaiveDate)>, |best, x| match best {
            Some(b) if b.0 >= x.0 => Some(b),
            _ => Some(x),
        });
    BleedingPainSummary {
        first_bleeding: bleeding_dates.first().copied(),
        last_bleeding: bleeding_dates.last().copied(),
        bleeding_days: bleeding_dates.len(),
        heaviest_day,
        max_pads_per_hour,
        max_pain,
        pain_days: days.iter().filter(|d| d.max_pain.is_some()).count(),
        days,
        pbac_note: PBAC_NOTE,
    }
}

/// Builds the summary of `entries` for the days in `options`. `now` dates the summary and bounds
/// the hCG reading; no clock is read here.
pub fn summary(entries: &[Entry], options: SummaryOptions, now: DateTime<Utc>) -> Summary {
    let shown = in_range(entries, options.from, options.to);
    let mut scans = Vec::new();
    let mut medication = Vec::new();
    let mut events = Vec::new();
    let mut temps = Vec::new();
    let mut tests = Vec::new();
    let mut questions = Vec::new();
    for e in &shown {
        match &e.kind {
            EntryKind::Scan { showed } => scans.push(ScanRow {
                at: e.at,
                showed: *showed,
                note: e.note.clone(),
            }),
            EntryKind::Medication { name, dose } => medication.push(MedicationRow {
                at: e.at,
                name: Some(name.clone()),
                medicine: None,
                dose: dose.clone(),
            }),
            EntryKind::Event {
                event: EventKind::MedicationTaken,
                medicine,
                ..
            } => medication.push(MedicationRow {
                at: e.at,
                name: None,
                medicine: *medicine,
                dose: None,
            }),
            EntryKind::Event {
                event, management, ..
            } => events.push(EventRow {
                at: e.at,
                event: *event,
                management: *management,
            }),
            EntryKind::Temperature { reading } => {
                let celsius = reading.celsius();
                temps.push(TemperatureRow {
                    at: e.at,
                    celsius,
                    fahrenheit: match reading {
                        super::entry::Temperature::Fahrenheit(f) => Some(*f),
                        super::entry::Temperature::Celsius(_) => None,
                    },
                    // CLINICAL.md §1 rule `fever`: ≥ 38.0 °C (`nhs-fever`).
                    fever: celsius >= FEVER_C,
                });
            }
            EntryKind::PregnancyTest { result } => tests.push(TestRow {
                at: e.at,
                result: *result,
            }),
            EntryKind::Question { text } => questions.push(QuestionRow {
                at: e.at,
                text: text.clone(),
            }),
            _ => {}
        }
    }
    let temperatures = TemperatureSummary {
        highest_c: temps.iter().map(|t| t.celsius).reduce(f64::max),
        fever_count: temps.iter().filter(|t| t.fever).count(),
        count: temps.len(),
        list: Capped::last(temps, MAX_LIST_ROWS),
    };
    Summary {
        from: options.from,
        to: options.to,
        first_day: shown.first().map(|e| e.at.date_naive()),
        last_day: shown.last().map(|e| e.at.date_naive()),
        made_on: now.date_naive(),
        entry_count: shown.len(),
        hcg: hcg_summary(entries, &shown, now, options.region),
        bleeding_pain: bleeding_pain(entries, &shown),
        scans: Capped::last(scans, MAX_LIST_ROWS),
        medication: Capped::last(medication, MAX_LIST_ROWS),
        events: Capped::last(events, MAX_LIST_ROWS),
        temperatures,
        tests: Capped::last(tests, MAX_LIST_ROWS),
        questions: Capped::last(questions, MAX_QUESTIONS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::EntryInput;

    fn now() -> DateTime<Utc> {
        "2026-11-25T12:00:00Z".parse().unwrap()
    }

    fn e(json: &str) -> Entry {
        serde_json::from_str::<EntryInput>(json)
            .unwrap()
            .validate(now())
            .unwrap()
    }

    fn opts() -> SummaryOptions {
        SummaryOptions {
            from: None,
            to: None,
            region: Region::Uk,
        }
    }

    #[test]
    fn hcg_rows_carry_the_change_and_hours_and_a_labelled_reading() {
        let entries = [
            e(r#"{"kind":"hcg","at":"2026-11-01T09:00:00Z","iu_per_l":1000}"#),
            e(r#"{"kind":"hcg","at":"2026-11-03T09:00:00Z","iu_per_l":1700}"#),
        ];
        let s = summary(&entries, opts(), now());
        assert_eq!(s.hcg.context, HcgContext::UnknownLocation);
        let r = &s.hcg.rows;
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].percent_change, None);
        assert!((r[1].percent_change.unwrap() - 70.0).abs() < 1e-9);
        assert_eq!(r[1].hours_apart, Some(48.0));
        assert!(r[1].is_48h_pair);
        let reading = s.hcg.reading.as_ref().unwrap();
        assert_eq!(reading.rule_set, RuleSet::NiceNg126);
        assert_eq!(reading.id, "nice-rise-over-63");
        // US region: the US studies read it.
        let us = summary(
            &entries,
            SummaryOptions {
                region: Region::Us,
                ..opts()
            },
            now(),
        );
        assert_ne!(us.hcg.reading.unwrap().rule_set, RuleSet::NiceNg126);
        assert!(s.hcg.symptoms_first.contains("symptoms matter more"));
    }

    #[test]
    fn an_empty_diary_gives_an_empty_summary_with_the_symptoms_line() {
        let s = summary(&[], opts(), now());
        assert_eq!(s.entry_count, 0);
        assert!(s.hcg.rows.is_empty() && s.hcg.reading.is_none());
        assert!(!s.hcg.symptoms_first.is_empty());
        assert!(s.bleeding_pain.days.is_empty());
        assert_eq!(s.first_day, None);
    }

    #[test]
    fn fever_is_flagged_from_38_0_and_bleeding_days_are_counted() {
        let entries = [
            e(r#"{"kind":"temperature","at":"2026-11-01T09:00:00Z","celsius":37.9}"#),
            e(r#"{"kind":"temperature","at":"2026-11-01T10:00:00Z","celsius":38.0}"#),
            e(r#"{"kind":"bleeding","at":"2026-11-02T09:00:00Z","pads_soaked_per_hour":2}"#),
            e(r#"{"kind":"bleeding","at":"2026-11-03T09:00:00Z","amount":"spotting"}"#),
            e(r#"{"kind":"pain","at":"2026-11-03T09:00:00Z","score":7}"#),
            e(r#"{"kind":"event","at":"2026-11-04T09:00:00Z","event":"loss_confirmed"}"#),
        ];
        let s = summary(&entries, opts(), now());
        let fevers: Vec<bool> = s.temperatures.list.rows.iter().map(|t| t.fever).collect();
        assert_eq!(fevers, vec![false, true]);
        assert_eq!(s.temperatures.fever_count, 1);
        let bp = &s.bleeding_pain;
        assert_eq!(bp.bleeding_days, 2);
        assert_eq!(bp.first_bleeding, Some("2026-11-02".parse().unwrap()));
        assert_eq!(bp.heaviest_day.unwrap().date, "2026-11-02".parse().unwrap());
        assert_eq!(bp.max_pads_per_hour.map(|p| p.0), Some(2.0));
        assert_eq!(bp.max_pain.map(|p| p.0), Some(7));
        assert_eq!(s.hcg.context, HcgContext::AfterLoss);
    }

    /// Issue 11: the summary called 2 soaked pads an hour with large clots "moderate". The word
    /// comes from the triage rules now, and the heaviest day is the most urgent one, whatever
    /// its PBAC-style score.
    #[test]
    fn bleeding_is_never_called_lower_than_triage_would() {
        let entries = [
            // A high PBAC score from many lightly stained pads and small clots: not urgent.
            e(
                r#"{"kind":"bleeding","at":"2026-11-21T09:00:00Z","pad_fullness":"moderate","clots":"small","amount":"moderate"}"#,
            ),
            e(
                r#"{"kind":"bleeding","at":"2026-11-21T13:00:00Z","pad_fullness":"full","clots":"small","amount":"moderate"}"#,
            ),
            e(
                r#"{"kind":"bleeding","at":"2026-11-21T17:00:00Z","pad_fullness":"full","clots":"small"}"#,
            ),
            e(
                r#"{"kind":"bleeding","at":"2026-11-21T21:00:00Z","pad_fullness":"full","clots":"small"}"#,
            ),
            e(
                r#"{"kind":"bleeding","at":"2026-11-22T10:00:00Z","pads_soaked_per_hour":2,"clots":"large","amount":"moderate"}"#,
            ),
        ];
        let s = summary(&entries, opts(), now());
        let bp = &s.bleeding_pain;
        let day22 = bp
            .days
            .iter()
            .find(|d| d.date.to_string() == "2026-11-22")
            .unwrap();
        assert_eq!(day22.level, Some(Bleeding::Heavy));
        let sev = day22.severity.unwrap();
        assert_eq!(sev.rule, Some("heavy-bleeding"));
        assert_eq!(sev.urgency, crate::triage::Urgency::Urgent);
        assert_eq!(sev.pads_soaked_per_hour, Some(2.0));
        assert_eq!(sev.clots, Some(crate::triage::Clots::Large));
        let day21 = bp
            .days
            .iter()
            .find(|d| d.date.to_string() == "2026-11-21")
            .unwrap();
        assert!(day21.pbac > day22.pbac, "the 21st scores higher on PBAC");
        assert_eq!(
            bp.heaviest_day.unwrap().date,
            day22.date,
            "but the 22nd is the most urgent"
        );
    }

    #[test]
    fn long_lists_keep_the_most_recent_and_count_the_rest() {
        let entries: Vec<Entry> = (1..=15)
            .map(|d| {
                e(&format!(
                    r#"{{"kind":"question","at":"2026-11-{d:02}T09:00:00Z","text":"Q{d}"}}"#
                ))
            })
            .collect();
        let s = summary(&entries, opts(), now());
        assert_eq!(s.questions.rows.len(), MAX_QUESTIONS);
        assert_eq!(s.questions.more, 15 - MAX_QUESTIONS);
        assert_eq!(s.questions.rows.last().unwrap().text, "Q15");
        let ranged = summary(
            &entries,
            SummaryOptions {
                from: Some("2026-11-03".parse().unwrap()),
                to: Some("2026-11-04".parse().unwrap()),
                ..opts()
            },
            now(),
        );
        assert_eq!(ranged.entry_count, 2);
        assert_eq!(ranged.questions.more, 0);
    }
}
