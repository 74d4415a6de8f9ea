//! Exports of the diary for a clinician (issue 6): a one-page PDF summary, a FHIR R4 `Bundle`
//! and a CSV file. Everything is made in memory from a list of checked entries; nothing here
//! reads a clock, the network or the disk (the font and the template are compiled in).
//!
//! - [`pdf`]: the summary ([`solace_clinical::diary::summary`]) laid out with typst.
//! - [`fhir`]: an R4 `Bundle` of type `collection`; every code is one of CLINICAL.md §9 ([`loinc`]).
//! - [`table`]: one CSV row per entry, the diary's own field names as columns; reads back exactly.
//!
//! Words on the PDF come from the caller as [`Labels`] (Fluent in the web and CLI), so en-US
//! wording works without this crate knowing any language.

pub mod chart;
pub mod fhir;
pub mod loinc;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod table;

use solace_i18n::Lang;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use solace_clinical::Region;
use solace_clinical::diary::Entry;

/// The three formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Pdf,
    Fhir,
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Pdf, Format::Fhir, Format::Csv];

    pub const fn id(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Fhir => "fhir",
            Format::Csv => "csv",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The HTTP content type of the file.
    pub const fn content_type(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Fhir => "application/fhir+json",
            Format::Csv => "text/csv; charset=utf-8",
        }
    }

    /// The file name offered for download.
    pub const fn file_name(self) -> &'static str {
        match self {
            Format::Pdf => "diary-summary.pdf",
            Format::Fhir => "diary-fhir.json",
            Format::Csv => "diary.csv",
        }
    }
}

/// The parts of the PDF a person can choose. The ids are stable (form values, `--sections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// Title, the name (only if given) and the dates covered.
    Header,
    /// The timeline chart: bleeding score, pain, hCG, temperature.
    Chart,
    /// The hCG table with changes and the guideline reading.
    Hcg,
    /// Bleeding and pain: first and last day, heaviest day, pads per hour, worst pain.
    BleedingPain,
    Scans,
    /// Medicines, and the care events (loss confirmed, care chosen, procedure…).
    Medication,
    Temperatures,
    /// Home pregnancy tests.
    Tests,
    /// "Questions I want to ask".
    Questions,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Header,
        Section::Chart,
        Section::Hcg,
        Section::BleedingPain,
        Section::Scans,
        Section::Medication,
        Section::Temperatures,
        Section::Tests,
        Section::Questions,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Section::Header => "header",
            Section::Chart => "chart",
            Section::Hcg => "hcg",
            Section::BleedingPain => "bleeding_pain",
            Section::Scans => "scans",
            Section::Medication => "medication",
            Section::Temperatures => "temperatures",
            Section::Tests => "tests",
            Section::Questions => "questions",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// `a,b,c` → sections (order kept as in [`Section::ALL`]). An unknown id is an error naming it.
    pub fn parse_list(text: &str) -> Result<Vec<Section>, String> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match Section::from_id(part) {
                Some(s) if !out.contains(&s) => out.push(s),
                Some(_) => {}
                None => return Err(part.to_owned()),
            }
        }
        out.sort();
        Ok(out)
    }

    /// The words for the error message: "one of header, chart, …".
    pub fn expected() -> String {
        let ids: Vec<&str> = Section::ALL.iter().map(|s| s.id()).collect();
        format!("a comma-separated list of: {}", ids.join(", "))
    }
}

/// Most characters in the optional name. A Solace bound, checked 2026-11.
pub const NAME_MAX_CHARS: usize = 100;

/// What the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Sections of the PDF, in [`Section::ALL`] order. FHIR and CSV carry every entry in the range.
    pub sections: Vec<Section>,
    /// Shown in the PDF header, and as the FHIR `Patient.name`, only when given.
    pub name: Option<String>,
    /// Decides the hCG rule set (uk/ie: NICE; others: the US studies) and the paper size.
    pub region: Region,
}

impl Request {
    /// Every section, all dates, no name.
    pub fn all(region: Region) -> Self {
        Request {
            from: None,
            to: None,
            sections: Section::ALL.to_vec(),
            name: None,
            region,
        }
    }
}

/// Why an export could not be made. Never carries diary content.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the PDF could not be laid out: {0}")]
    Layout(String),
    #[error("the file could not be written: {0}")]
    Write(String),
}

/// Words for the PDF, by Fluent message id (see [`LABEL_IDS`]). Texts may hold `{n}`, `{from}`,
/// `{to}`, `{date}`, `{name}`, `{rules}`, `{level}` placeholders, filled in here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    map: BTreeMap<String, String>,
    /// The language the labels are in: numbers and dates are written its way (`solace_i18n::fmt`).
    lang: Lang,
}

impl Labels {
    /// Fills every id in [`LABEL_IDS`] from `text`, in `lang`.
    pub fn from_fn(lang: Lang, mut text: impl FnMut(&str) -> String) -> Self {
        Labels {
            map: LABEL_IDS
                .iter()
                .map(|id| ((*id).to_owned(), text(id)))
                .collect(),
            lang,
        }
    }

    /// Each label is its own id (for tests that only need the layout), numbers in en-GB.
    pub fn ids() -> Self {
        Labels::from_fn(Lang::EN_GB, str::to_owned)
    }

    /// The language numbers and dates are written in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `id`; the id itself when missing (a tidy test keeps them all present).
    pub fn get(&self, id: &str) -> String {
        self.map.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }

    /// The text for `id` with its `{key}` placeholders filled in.
    pub fn fill(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut t = self.get(id);
        for (k, v) in args {
            t = t.replace(&format!("{{{k}}}"), v);
        }
        t
    }
}

/// Every Fluent id the PDF uses. The web crate's tidy test checks each one exists in en-GB.
pub const LABEL_IDS: &[&str] = &[
    "export-pdf-title",
    "export-pdf-name",
    "export-pdf-covered",
    "export-pdf-covered-none",
    "export-pdf-made",
    "export-pdf-footer",
    "export-more",
    "export-none",
    "export-col-date",
    "export-col-what",
    "export-col-result",
    "export-chart-heading",
    "export-chart-bleeding",
    "export-chart-pain",
    "export-chart-hcg",
    "export-chart-temperature",
    "export-chart-empty",
    "export-hcg-heading",
    "export-hcg-value",
    "export-hcg-change",
    "export-hcg-hours",
    "export-hcg-not-48",
    "export-hcg-read-as",
    "export-hcg-reading",
    "export-hcg-no-reading",
    "export-bp-heading",
    "export-bp-first",
    "export-bp-last",
    "export-bp-days",
    "export-bp-heaviest",
    "export-bp-score",
    "export-bp-pads",
    "export-bp-pain",
    "export-bp-pain-days",
    "export-bp-pbac-note",
    "export-scans-heading",
    "export-med-heading",
    "export-temp-heading",
    "export-temp-highest",
    "export-temp-fever-count",
    "export-temp-fever",
    "export-tests-heading",
    "export-questions-heading",
    "export-level-spotting",
    "export-level-light",
    "export-level-moderate",
    "export-level-heavy",
    "export-bp-soaked-one",
    "export-bp-soaked",
    "export-bp-for-hours",
    "export-bp-clots-large",
    "export-bp-clots-small",
    "export-bp-rule",
    "export-urgency-emergency",
    "export-urgency-urgent",
    "export-urgency-same_day",
    "export-urgency-soon",
    "export-urgency-self_care",
    "hcg-context-unknown_location",
    "hcg-context-after_loss",
    "hcg-context-confirmed_in_womb",
    "hcg-context-ectopic_expectant",
    "hcg-context-ectopic_methotrexate",
    "hcg-ruleset-nice",
    "hcg-ruleset-barnhart",
    "hcg-ruleset-seeber",
    "hcg-ruleset-general",
    "diary-o-scan-in_womb",
    "diary-o-scan-early_pregnancy_loss",
    "diary-o-scan-tissue_remaining",
    "diary-o-scan-womb_empty",
    "diary-o-scan-not_seen",
    "diary-o-scan-ectopic",
    "diary-o-scan-other",
    "diary-o-negative",
    "diary-o-faint",
    "diary-o-positive",
    "diary-o-loss_confirmed",
    "diary-o-management_chosen",
    "diary-o-medication_taken",
    "diary-o-surgery",
    "diary-o-pregnancy_ended",
    "diary-o-period_returned",
    "diary-o-expectant",
    "diary-o-medication",
    "diary-o-surgery-care",
    "diary-o-mifepristone",
    "diary-o-misoprostol",
];

/// Makes the file. `entries` is the whole diary (the date range is applied here); `now` dates
/// the summary and bounds the hCG reading.
pub fn export(
    format: Format,
    entries: &[Entry],
    request: &Request,
    labels: &Labels,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, ExportError> {
    match format {
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::render(entries, request, labels, now),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => {
            // The labels are the PDF's words: nothing else here reads them.
            let _ = labels;
            Err(ExportError::Layout(
                "this build has no PDF export (feature \"pdf\")".to_owned(),
            ))
        }
        Format::Fhir => Ok(fhir::bundle_json(entries, request, now)),
        Format::Csv => table::write_in(
            &solace_clinical::diary::summary::in_range(entries, request.from, request.to),
            entries,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_parse_and_name_the_unknown_one() {
        assert_eq!(
            Section::parse_list("hcg, header,hcg").unwrap(),
            vec![Section::Header, Section::Hcg]
        );
        assert_eq!(Section::parse_list("hcg,blood").unwrap_err(), "blood");
        assert!(Section::parse_list("").unwrap().is_empty());
        for s in Section::ALL {
            assert_eq!(Section::from_id(s.id()), Some(s));
        }
    }
}
