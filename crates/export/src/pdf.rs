//! The PDF summary: [`solace_clinical::diary::summary`] turned into words and numbers here, laid
//! out by the typst template `template/summary.typ` (compiled in), with the `DejaVu Sans` font embedded
//! (`fonts/`, Bitstream Vera licence). No system fonts, no packages, no network.

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;
use solace_clinical::Region;
use solace_clinical::diary::BleedingSeverity;
use solace_clinical::diary::summary::{self, BleedingDay, Capped, Summary, SummaryOptions};
use solace_clinical::diary::{EventKind, Management, Medicine, ScanShowed, TestResult};
use solace_clinical::hcg::{HcgContext, RuleSet};
use solace_clinical::triage::{Bleeding, Clots, Urgency};
use typst::foundations::{Bytes, Dict, IntoValue};
use typst_as_lib::{TypstEngine, TypstTemplateMainFile};

use crate::chart::{Chart, chart};
use crate::{ExportError, Labels, Request, Section};
use solace_i18n::fmt;

static TEMPLATE: &str = include_str!("../template/summary.typ");
static FONT_REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static FONT_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

#[derive(Debug, Serialize)]
struct Header {
    name: Option<String>,
    covered: String,
    made: String,
}

#[derive(Debug, Serialize)]
struct ChartBlock {
    heading: String,
    chart: Option<Chart>,
    empty: String,
}

#[derive(Debug, Serialize)]
struct Table {
    columns: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

#[derive(Debug, Serialize)]
struct Para {
    text: String,
    strong: bool,
}

#[derive(Debug, Serialize, Default)]
struct Block {
    id: &'static str,
    heading: String,
    facts: Vec<[String; 2]>,
    table: Option<Table>,
    paras: Vec<Para>,
}

#[derive(Debug, Serialize)]
struct Doc {
    paper: &'static str,
    /// The primary language of the words ("en", "es"): typst's hyphenation and the PDF's language.
    lang: String,
    title: String,
    header: Option<Header>,
    chart: Option<ChartBlock>,
    blocks: Vec<Block>,
    footer: String,
}

fn para(text: String) -> Para {
    Para {
        text,
        strong: false,
    }
}

fn more<T>(labels: &Labels, list: &Capped<T>, paras: &mut Vec<Para>) {
    if list.more > 0 {
        paras.push(para(
            labels.fill("export-more", &[("n", &list.more.to_string())]),
        ));
    }
}

const fn context_id(c: HcgContext) -> &'static str {
    match c {
        HcgContext::UnknownLocation => "hcg-context-unknown_location",
        HcgContext::AfterLoss => "hcg-context-after_loss",
        HcgContext::ConfirmedInWomb => "hcg-context-confirmed_in_womb",
        HcgContext::EctopicExpectant => "hcg-context-ectopic_expectant",
        HcgContext::EctopicMethotrexate => "hcg-context-ectopic_methotrexate",
    }
}

const fn rules_id(r: RuleSet) -> &'static str {
    match r {
        RuleSet::NiceNg126 => "hcg-ruleset-nice",
        RuleSet::Barnhart2004 => "hcg-ruleset-barnhart",
        RuleSet::Seeber2006 => "hcg-ruleset-seeber",
        RuleSet::General => "hcg-ruleset-general",
    }
}

const fn scan_id(s: ScanShowed) -> &'static str {
    match s {
        ScanShowed::InWomb => "diary-o-scan-in_womb",
        ScanShowed::EarlyPregnancyLoss => "diary-o-scan-early_pregnancy_loss",
        ScanShowed::TissueRemaining => "diary-o-scan-tissue_remaining",
        ScanShowed::WombEmpty => "diary-o-scan-womb_empty",
        ScanShowed::NotSeen => "diary-o-scan-not_seen",
        ScanShowed::Ectopic => "diary-o-scan-ectopic",
        ScanShowed::Other => "diary-o-scan-other",
    }
}

const fn test_id(t: TestResult) -> &'static str {
    match t {
        TestResult::Negative => "diary-o-negative",
        TestResult::Faint => "diary-o-faint",
        TestResult::Positive => "diary-o-positive",
    }
}

const fn event_id(e: EventKind) -> &'static str {
    match e {
        EventKind::LossConfirmed => "diary-o-loss_confirmed",
        EventKind::ManagementChosen => "diary-o-management_chosen",
        EventKind::MedicationTaken => "diary-o-medication_taken",
        EventKind::Surgery => "diary-o-surgery",
        EventKind::PregnancyEnded => "diary-o-pregnancy_ended",
        EventKind::PeriodReturned => "diary-o-period_returned",
    }
}

const fn management_id(m: Management) -> &'static str {
    match m {
        Management::Expectant => "diary-o-expectant",
        Management::Medication => "diary-o-medication",
        Management::Surgery => "diary-o-surgery-care",
    }
}

const fn level_id(b: Bleeding) -> Option<&'static str> {
    match b {
        Bleeding::None => None,
        Bleeding::Spotting => Some("export-level-spotting"),
        Bleeding::Light => Some("export-level-light"),
        Bleeding::Moderate => Some("export-level-moderate"),
        Bleeding::Heavy => Some("export-level-heavy"),
    }
}

fn none_para(labels: &Labels) -> Para {
    para(labels.get("export-none"))
}

/// The hCG reading, its cautions and the "symptoms come first" note in the labels' language: the
/// clinical crate's messages (`readings-hcg.ftl`), as the results page shows them.
fn hcg_words(h: &mut summary::HcgSummary, lang: solace_i18n::Lang, region: Region) {
    static I18N: OnceLock<Option<solace_i18n::I18n>> = OnceLock::new();
    let Some(i18n) = I18N.get_or_init(|| solace_i18n::I18n::load().ok()).as_ref() else {
        return;
    };
    let tr = i18n.tr(lang, region);
    let say = |w: &solace_clinical::words::Words, english: &str| {
        if w.id.is_empty() {
            english.to_owned()
        } else {
            tr.words(w)
        }
    };
    for r in h.reading.iter_mut().chain(h.cautions.iter_mut()) {
        r.text = say(&r.words, &r.text);
        r.next_step = say(&r.next_words, &r.next_step);
    }
    let note = solace_clinical::hcg::symptoms_note(h.context);
    h.symptoms_first = format!(
        "{} {}",
        say(&note.words, &note.text),
        say(&note.next_words, &note.next_step)
    );
}

fn hcg_block(s: &Summary, labels: &Labels) -> Block {
    let h = &s.hcg;
    let mut b = Block {
        id: "hcg",
        heading: labels.get("export-hcg-heading"),
        ..Block::default()
    };
    if h.rows.is_empty() {
        b.paras.push(none_para(labels));
    } else {
        let any_not_48 = h
            .rows
            .iter()
            .any(|r| r.hours_apart.is_some() && !r.is_48h_pair);
        b.table = Some(Table {
            columns: vec![
                labels.get("export-col-date"),
                labels.get("export-hcg-value"),
                labels.get("export-hcg-change"),
                labels.get("export-hcg-hours"),
            ],
            right: vec![false, true, true, true],
            rows: h
                .rows
                .iter()
                .map(|r| {
                    vec![
                        fmt::date_time(labels.lang(), r.at.naive_local()),
                        fmt::iu(labels.lang(), r.iu_per_l),
                        r.percent_change
                            .map_or_else(String::new, |p| fmt::signed_percent(labels.lang(), p)),
                        r.hours_apart.map_or_else(String::new, |hrs| {
                            let star = if r.is_48h_pair { "" } else { " *" };
                            format!("{}{star}", fmt::number(labels.lang(), hrs, 0))
                        }),
                    ]
                })
                .collect(),
        });
        if h.more > 0 {
            b.paras.push(para(
                labels.fill("export-more", &[("n", &h.more.to_string())]),
            ));
        }
        if any_not_48 {
            b.paras.push(para(labels.get("export-hcg-not-48")));
        }
        b.paras.push(para(labels.fill(
            "export-hcg-read-as",
            &[("context", &labels.get(context_id(h.context)))],
        )));
        match &h.reading {
            Some(r) => {
                b.paras.push(Para {
                    text: format!(
                        "{} {} {}",
                        labels.fill(
                            "export-hcg-reading",
                            &[("rules", &labels.get(rules_id(r.rule_set)))]
                        ),
                        r.text,
                        r.next_step
                    ),
                    strong: false,
                });
                for c in &h.cautions {
                    b.paras.push(para(format!("{} {}", c.text, c.next_step)));
                }
            }
            None => b.paras.push(para(labels.get("export-hcg-no-reading"))),
        }
    }
    // Symptoms outrank numbers: always beside the hCG figures (SAFETY.md E1).
    b.paras.push(Para {
        text: h.symptoms_first.clone(),
        strong: true,
    });
    b
}

const fn urgency_id(u: Urgency) -> &'static str {
    match u {
        Urgency::Emergency => "export-urgency-emergency",
        Urgency::Urgent => "export-urgency-urgent",
        Urgency::SameDay => "export-urgency-same_day",
        Urgency::Soon => "export-urgency-soon",
        Urgency::SelfCare => "export-urgency-self_care",
    }
}

/// What the heaviest bleeding entry of a day showed, in the words a clinician reads: "soaked 2
/// pads an hour, clots larger than a 10p coin", then the symptom check rule it meets.
pub(crate) fn severity_text(s: &BleedingSeverity, labels: &Labels) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(p) = s.pads_soaked_per_hour.filter(|p| *p > 0.0) {
        let mut soaked = if (p - 1.0).abs() < f64::EPSILON {
            labels.get("export-bp-soaked-one")
        } else {
            labels.fill(
                "export-bp-soaked",
                &[("n", &fmt::number(labels.lang(), p, 1))],
            )
        };
        if let Some(h) = s.heavy_hours.filter(|h| *h >= 2.0) {
            soaked = format!(
                "{soaked} {}",
                labels.fill(
                    "export-bp-for-hours",
                    &[("n", &fmt::number(labels.lang(), h, 1))]
                )
            );
        }
        parts.push(soaked);
    }
    match s.clots {
        Some(Clots::Large) => parts.push(labels.get("export-bp-clots-large")),
        Some(Clots::Small) => parts.push(labels.get("export-bp-clots-small")),
        Some(Clots::None) | None => {}
    }
    if let Some(rule) = s.rule {
        parts.push(labels.fill(
            "export-bp-rule",
            &[
                ("rules", rule),
                ("level", &labels.get(urgency_id(s.urgency))),
            ],
        ));
    }
    parts
}

fn day_text(d: &BleedingDay, labels: &Labels) -> String {
    let mut parts = vec![fmt::date_abbrev(labels.lang(), d.date)];
    if let Some(id) = d.level.and_then(level_id) {
        parts.push(labels.get(id));
    }
    if let Some(s) = &d.severity {
        parts.extend(severity_text(s, labels));
    }
    if let Some(score) = d.pbac {
        parts.push(labels.fill(
            "export-bp-score",
            &[("n", &fmt::number(labels.lang(), score, 0))],
        ));
    }
    parts.join(", ")
}

fn bleeding_block(s: &Summary, labels: &Labels) -> Block {
    let bp = &s.bleeding_pain;
    let mut b = Block {
        id: "bleeding_pain",
        heading: labels.get("export-bp-heading"),
        ..Block::default()
    };
    if bp.days.is_empty() {
        b.paras.push(none_para(labels));
        return b;
    }
    let mut fact = |id: &str, v: String| b.facts.push([labels.get(id), v]);
    if let Some(d) = bp.first_bleeding {
        fact("export-bp-first", fmt::date_abbrev(labels.lang(), d));
    }
    if let Some(d) = bp.last_bleeding {
        fact("export-bp-last", fmt::date_abbrev(labels.lang(), d));
    }
    fact("export-bp-days", bp.bleeding_days.to_string());
    if let Some(d) = &bp.heaviest_day {
        fact("export-bp-heaviest", day_text(d, labels));
    }
    if let Some((p, d)) = bp.max_pads_per_hour {
        fact(
            "export-bp-pads",
            format!(
                "{} ({})",
                fmt::number(labels.lang(), p, 1),
                fmt::date_abbrev(labels.lang(), d)
            ),
        );
    }
    if let Some((p, d)) = bp.max_pain {
        fact(
            "export-bp-pain",
            format!("{p}/10 ({})", fmt::date_abbrev(labels.lang(), d)),
        );
    }
    if bp.pain_days > 0 {
        fact("export-bp-pain-days", bp.pain_days.to_string());
    }
    b.paras.push(para(labels.get("export-bp-pbac-note")));
    b
}

fn scans_block(s: &Summary, labels: &Labels) -> Block {
    let mut b = Block {
        id: "scans",
        heading: labels.get("export-scans-heading"),
        ..Block::default()
    };
    if s.scans.rows.is_empty() {
        b.paras.push(none_para(labels));
        return b;
    }
    b.table = Some(Table {
        columns: vec![labels.get("export-col-date"), labels.get("export-col-what")],
        right: vec![false, false],
        rows: s
            .scans
            .rows
            .iter()
            .map(|r| {
                let mut what = labels.get(scan_id(r.showed));
                if let Some(n) = &r.note {
                    what = format!("{what}. {n}");
                }
                vec![fmt::date_time(labels.lang(), r.at.naive_local()), what]
            })
            .collect(),
    });
    more(labels, &s.scans, &mut b.paras);
    b
}

fn medication_block(s: &Summary, labels: &Labels) -> Block {
    let mut b = Block {
        id: "medication",
        heading: labels.get("export-med-heading"),
        ..Block::default()
    };
    let mut rows: Vec<(DateTime<FixedOffset>, String)> = Vec::new();
    for m in &s.medication.rows {
        let name = match (&m.name, m.medicine) {
            (Some(n), _) => n.clone(),
            (None, Some(Medicine::Mifepristone)) => labels.get("diary-o-mifepristone"),
            (None, Some(Medicine::Misoprostol)) => labels.get("diary-o-misoprostol"),
            (None, None) => labels.get("diary-o-medication_taken"),
        };
        let text = match &m.dose {
            Some(d) => format!("{name}, {d}"),
            None => name,
        };
        rows.push((m.at, text));
    }
    for e in &s.events.rows {
        let mut text = labels.get(event_id(e.event));
        if let Some(m) = e.management {
            text = format!("{text}: {}", labels.get(management_id(m)));
        }
        rows.push((e.at, text));
    }
    rows.sort_by_key(|r| r.0.to_utc());
    if rows.is_empty() {
        b.paras.push(none_para(labels));
        return b;
    }
    b.table = Some(Table {
        columns: vec![labels.get("export-col-date"), labels.get("export-col-what")],
        right: vec![false, false],
        rows: rows
            .into_iter()
            .map(|(at, t)| vec![fmt::date_time(labels.lang(), at.naive_local()), t])
            .collect(),
    });
    let left_out = s.medication.more + s.events.more;
    if left_out > 0 {
        b.paras.push(para(
            labels.fill("export-more", &[("n", &left_out.to_string())]),
        ));
    }
    b
}

fn temperatures_block(s: &Summary, labels: &Labels) -> Block {
    let t = &s.temperatures;
    let mut b = Block {
        id: "temperatures",
        heading: labels.get("export-temp-heading"),
        ..Block::default()
    };
    if t.count == 0 {
        b.paras.push(none_para(labels));
        return b;
    }
    if let Some(h) = t.highest_c {
        b.facts.push([
            labels.get("export-temp-highest"),
            format!("{} °C", fmt::number(labels.lang(), h, 1)),
        ]);
    }
    b.facts.push([
        labels.get("export-temp-fever-count"),
        t.fever_count.to_string(),
    ]);
    b.table = Some(Table {
        columns: vec![
            labels.get("export-col-date"),
            "°C".to_owned(),
            labels.get("export-col-result"),
        ],
        right: vec![false, true, false],
        rows: t
            .list
            .rows
            .iter()
            .map(|r| {
                let mut c = fmt::number(labels.lang(), r.celsius, 1);
                if let Some(f) = r.fahrenheit {
                    c = format!("{c} ({} °F)", fmt::number(labels.lang(), f, 1));
                }
                let flag = if r.fever {
                    labels.get("export-temp-fever")
                } else {
                    String::new()
                };
                vec![fmt::date_time(labels.lang(), r.at.naive_local()), c, flag]
            })
            .collect(),
    });
    more(labels, &t.list, &mut b.paras);
    b
}

fn tests_block(s: &Summary, labels: &Labels) -> Block {
    let mut b = Block {
        id: "tests",
        heading: labels.get("export-tests-heading"),
        ..Block::default()
    };
    if s.tests.rows.is_empty() {
        b.paras.push(none_para(labels));
        return b;
    }
    b.table = Some(Table {
        columns: vec![
            labels.get("export-col-date"),
            labels.get("export-col-result"),
        ],
        right: vec![false, false],
        rows: s
            .tests
            .rows
            .iter()
            .map(|r| {
                vec![
                    fmt::date_time(labels.lang(), r.at.naive_local()),
                    labels.get(test_id(r.result)),
                ]
            })
            .collect(),
    });
    more(labels, &s.tests, &mut b.paras);
    b
}

fn questions_block(s: &Summary, labels: &Labels) -> Block {
    let mut b = Block {
        id: "questions",
        heading: labels.get("export-questions-heading"),
        ..Block::default()
    };
    if s.questions.rows.is_empty() {
        b.paras.push(none_para(labels));
        return b;
    }
    for (i, q) in s.questions.rows.iter().enumerate() {
        b.paras.push(para(format!("{}. {}", i + 1, q.text)));
    }
    more(labels, &s.questions, &mut b.paras);
    b
}

fn doc(
    entries: &[solace_clinical::diary::Entry],
    request: &Request,
    labels: &Labels,
    now: DateTime<Utc>,
) -> Doc {
    let mut s = summary::summary(
        entries,
        SummaryOptions {
            from: request.from,
            to: request.to,
            region: request.region,
        },
        now,
    );
    hcg_words(&mut s.hcg, labels.lang(), request.region);
    let shown = summary::in_range(entries, request.from, request.to);
    let has = |x: Section| request.sections.contains(&x);
    let from = request.from.or(s.first_day);
    let to = request.to.or(s.last_day);
    let covered = match (from, to) {
        (Some(f), Some(t)) => labels.fill(
            "export-pdf-covered",
            &[
                ("from", &fmt::date_abbrev(labels.lang(), f)),
                ("to", &fmt::date_abbrev(labels.lang(), t)),
                ("n", &s.entry_count.to_string()),
            ],
        ),
        _ => labels.get("export-pdf-covered-none"),
    };
    let made = labels.fill(
        "export-pdf-made",
        &[("date", &fmt::date_abbrev(labels.lang(), s.made_on))],
    );
    let mut blocks = Vec::new();
    if has(Section::Hcg) {
        blocks.push(hcg_block(&s, labels));
    }
    if has(Section::BleedingPain) {
        blocks.push(bleeding_block(&s, labels));
    }
    if has(Section::Scans) {
        blocks.push(scans_block(&s, labels));
    }
    if has(Section::Medication) {
        blocks.push(medication_block(&s, labels));
    }
    if has(Section::Temperatures) {
        blocks.push(temperatures_block(&s, labels));
    }
    if has(Section::Tests) {
        blocks.push(tests_block(&s, labels));
    }
    if has(Section::Questions) {
        blocks.push(questions_block(&s, labels));
    }
    Doc {
        paper: match request.region {
            Region::Us | Region::Ca => "us-letter",
            _ => "a4",
        },
        lang: labels
            .lang()
            .tag()
            .split('-')
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase(),
        title: labels.get("export-pdf-title"),
        header: has(Section::Header).then(|| Header {
            name: request.name.clone(),
            covered: covered.clone(),
            made: made.clone(),
        }),
        chart: has(Section::Chart).then(|| ChartBlock {
            heading: labels.get("export-chart-heading"),
            chart: chart(&s, &shown, labels),
            empty: labels.get("export-chart-empty"),
        }),
        blocks,
        // The dates covered and the day it was made are on every page, header chosen or not.
        footer: format!("{covered} · {made} {}", labels.get("export-pdf-footer")),
    }
}

fn engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(TEMPLATE)
            .fonts([FONT_REGULAR, FONT_BOLD])
            .build()
    })
}

/// Lays out and writes the PDF.
pub fn render(
    entries: &[solace_clinical::diary::Entry],
    request: &Request,
    labels: &Labels,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, ExportError> {
    let d = doc(entries, request, labels, now);
    let data = serde_json::to_vec(&d).map_err(|e| ExportError::Layout(e.to_string()))?;
    let mut input = Dict::new();
    input.insert("data".into(), Bytes::new(data).into_value());
    let compiled = engine().compile_with_input::<_, typst_layout::PagedDocument>(input);
    let document = compiled
        .output
        .map_err(|e| ExportError::Layout(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|e| ExportError::Layout(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use solace_clinical::hcg::{HcgInput, HcgValueInput, interpret};

    /// The PDF's hCG reading and "symptoms come first" note follow the labels' language, with the
    /// same numbers; in English they are the clinical crate's words unchanged.
    #[test]
    fn the_hcg_reading_is_in_the_labels_language() {
        let v = |at: &str, iu: f64| HcgValueInput {
            at: Some(at.to_owned()),
            iu_per_l: Some(iu),
            miu_per_ml: None,
        };
        let input = HcgInput {
            context: Some(HcgContext::UnknownLocation),
            values: vec![
                v("2026-11-02T09:00:00Z", 1000.0),
                v("2026-11-04T09:00:00Z", 1700.0),
            ],
            scan_showed_in_womb: None,
        };
        let now = "2026-12-01T00:00:00Z".parse().unwrap();
        let out = interpret(&input, now, Region::Uk).unwrap();
        let r = out.interpretation.unwrap();
        let note = solace_clinical::hcg::symptoms_note(HcgContext::UnknownLocation);
        let summary = summary::HcgSummary {
            context: HcgContext::UnknownLocation,
            rows: vec![],
            more: 0,
            reading: Some(summary::HcgReadingOut {
                rule_set: r.rule_set,
                id: r.id,
                text: r.text.clone(),
                next_step: r.next_step.clone(),
                sources: r.sources.clone(),
                words: r.words.clone(),
                next_words: r.next_words.clone(),
            }),
            cautions: vec![],
            symptoms_first: format!("{} {}", note.text, note.next_step),
        };
        let mut en = summary.clone();
        hcg_words(&mut en, solace_i18n::Lang::EN_GB, Region::Uk);
        assert_eq!(en, summary);
        let mut es = summary.clone();
        hcg_words(&mut es, solace_i18n::Lang::ES, Region::Uk);
        let reading = es.reading.as_ref().unwrap();
        assert!(
            reading.text.contains("subió un 70% en 48 horas"),
            "{}",
            reading.text
        );
        assert!(
            es.symptoms_first.contains("2 toallas sanitarias"),
            "{}",
            es.symptoms_first
        );
        assert_ne!(reading.next_step, r.next_step);
    }
}
