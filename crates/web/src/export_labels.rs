//! The PDF export's words, from Fluent (`content/locales/*/export.ftl` and the diary and hCG
//! files it shares words with). The web page and the CLI both call [`labels`], so the same
//! diary gives the same PDF from either.

use fluent_bundle::FluentValue;
use solace_export::{LABEL_IDS, Labels};

use crate::i18n::Tr;

/// Placeholders the export fills in itself: Fluent passes them through as written.
const ARGS: [&str; 7] = ["n", "from", "to", "date", "name", "rules", "context"];

/// Every label the PDF needs, in the person's language and region.
pub fn labels(tr: &Tr<'_>) -> Labels {
    let args: Vec<(&str, FluentValue<'_>)> = ARGS
        .iter()
        .map(|a| (*a, FluentValue::from(format!("{{{a}}}"))))
        .collect();
    Labels::from_fn(|id| tr.t_with(id, &args))
}

/// The ids, for the tidy test (every one must exist in en-GB).
pub fn message_ids() -> &'static [&'static str] {
    LABEL_IDS
}
