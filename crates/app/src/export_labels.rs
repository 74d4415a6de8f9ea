//! The PDF export's words, from Fluent (`content/locales/*/export.ftl` and the diary and hCG
//! files it shares words with). The web page and the CLI both call [`labels`], so the same
//! diary gives the same PDF from either.

use fluent_bundle::FluentValue;
use solace_export::{LABEL_IDS, Labels, Section};

use solace_i18n::Tr;

/// Placeholders the export fills in itself: Fluent passes them through as written.
const ARGS: [&str; 8] = [
    "n", "from", "to", "date", "name", "rules", "context", "level",
];

/// Every label the PDF needs, in the person's language and region.
pub fn labels(tr: &Tr<'_>) -> Labels {
    let args: Vec<(&str, FluentValue<'_>)> = ARGS
        .iter()
        .map(|a| (*a, FluentValue::from(format!("{{{a}}}"))))
        .collect();
    Labels::from_fn(tr.lang, |id| tr.t_with(id, &args))
}

/// The check box label of each PDF section on the `/export` page.
pub const fn section_label(s: Section) -> &'static str {
    match s {
        Section::Header => "export-section-header",
        Section::Chart => "export-section-chart",
        Section::Hcg => "export-section-hcg",
        Section::BleedingPain => "export-section-bleeding_pain",
        Section::Scans => "export-section-scans",
        Section::Medication => "export-section-medication",
        Section::Temperatures => "export-section-temperatures",
        Section::Tests => "export-section-tests",
        Section::Questions => "export-section-questions",
    }
}

/// The ids, for the tidy test (every one must exist in en-GB).
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = LABEL_IDS.to_vec();
    ids.extend(Section::ALL.map(section_label));
    ids
}
