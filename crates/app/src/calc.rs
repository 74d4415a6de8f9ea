//! The calculations the API and the CLI share: each reads one JSON object, asks
//! `solace-clinical`, and returns the answer with the region used and the disclaimer. The
//! command line and the API call the very same functions, so they cannot disagree. "Now" and
//! "today" are parameters: the caller's clock decides them.

use crate::json_input;
use crate::readings_more;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use solace_clinical::Region;
use solace_clinical::dating::{self, DatingInput, DatingOutput};
use solace_clinical::hcg::{self, HcgInput, HcgOutput};
use solace_clinical::input::{FieldError, InvalidInput};
use solace_clinical::management::{self, Fact, OptionView};
use solace_clinical::risk::{self, RiskOutput, Situation};
use solace_clinical::scan::{self, ScanInput, ScanOutput};
use solace_i18n::{I18n, Lang};

/// The body of every 4xx from the API: a summary and one entry per field.
#[derive(Debug, Serialize)]
pub struct ApiError {
    pub error: &'static str,
    pub message: String,
    #[serde(serialize_with = "field_errors")]
    pub errors: Vec<FieldError>,
}

/// Each error as `{ "field", "problem", …the problem's details, "expected" }`, every key once.
///
/// `FieldError` flattens its `Problem` beside its own `expected`, and the `bad_date` and `invalid`
/// problems carry an `expected` of their own (the same words), so serialising it directly writes
/// the key `expected` twice. The plain-English `expected` is kept; the copy is dropped.
fn field_errors<S: serde::Serializer>(errors: &[FieldError], s: S) -> Result<S::Ok, S::Error> {
    let list: Vec<serde_json::Map<String, serde_json::Value>> = errors
        .iter()
        .map(|e| {
            let mut entry = serde_json::Map::new();
            entry.insert("field".to_owned(), e.field.clone().into());
            if let Ok(serde_json::Value::Object(details)) = serde_json::to_value(&e.problem) {
                entry.extend(details.into_iter().filter(|(k, _)| k != "expected"));
            }
            entry.insert("expected".to_owned(), e.expected.clone().into());
            entry
        })
        .collect();
    list.serialize(s)
}

impl From<InvalidInput> for ApiError {
    fn from(e: InvalidInput) -> Self {
        ApiError {
            error: "invalid_input",
            message: e.to_string(),
            errors: e.errors,
        }
    }
}

// ---------------------------------------------------------------------------------------------

/// A calculation's answer as the API and the CLI return it: the clinical output's own fields (the
/// DESIGN.md contract), and beside them the region used, where it changes the answer (which
/// guideline comes first, how dates are written), and the disclaimer.
#[derive(Debug, Clone, Serialize)]
pub struct Answer<T> {
    #[serde(flatten)]
    pub result: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<&'static str>,
    /// Solace does not diagnose: what guidelines advise and whom to contact.
    pub disclaimer: String,
}

/// Words for one answer: the language and the region whose facts fill the messages.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a I18n,
    pub lang: Lang,
}

impl Words<'_> {
    fn answer<T>(self, result: T, region: Option<Region>, fill: Region) -> Answer<T> {
        Answer {
            result,
            region: region.map(Region::id),
            disclaimer: self.i18n.tr(self.lang, fill).t("disclaimer"),
        }
    }
}

/// Management options, with the aftercare that holds whichever is chosen.
#[derive(Debug, Clone, Serialize)]
pub struct ManagementOptions {
    pub options: Vec<OptionView>,
    pub aftercare: Vec<Fact>,
}

/// `POST /api/v1/hcg` and `solace hcg`: one JSON object of [`HcgInput`]. The readings' words
/// (and the hCG check's own input problems) are in `words.lang` ([`crate::readings`]).
pub fn hcg(
    body: &[u8],
    now: DateTime<Utc>,
    region: Region,
    words: Words<'_>,
) -> Result<Answer<HcgOutput>, InvalidInput> {
    let tr = words.i18n.tr(words.lang, region);
    let input: HcgInput = json_input::parse(body)?;
    let mut out = hcg::interpret(&input, now, region).map_err(|mut e| {
        crate::readings::hcg_errors(&mut e, &tr);
        e
    })?;
    crate::readings::hcg(&mut out, &tr);
    Ok(words.answer(out, Some(region), region))
}

/// `POST /api/v1/scan` and `solace scan`: one JSON object of [`ScanInput`], the readings' words in
/// `words.lang`.
pub fn scan(
    body: &[u8],
    region: Region,
    words: Words<'_>,
) -> Result<Answer<ScanOutput>, InvalidInput> {
    let input: ScanInput = json_input::parse(body)?;
    let mut out = scan::read(&input, region)?;
    crate::readings::scan(&mut out, &words.i18n.tr(words.lang, region));
    Ok(words.answer(out, Some(region), region))
}

/// `POST /api/v1/dating` and `solace dating`: one JSON object of [`DatingInput`]. `today` is used
/// when the input has no `today` of its own.
pub fn dating(
    body: &[u8],
    today: NaiveDate,
    region: Region,
    words: Words<'_>,
) -> Result<Answer<DatingOutput>, InvalidInput> {
    let tr = words.i18n.tr(words.lang, region);
    let local = |e| readings_more::field_errors(&tr, e);
    let input: DatingInput = json_input::parse(body).map_err(local)?;
    let out = dating::estimate(&input, today).map_err(local)?;
    Ok(words.answer(readings_more::dating(&tr, out), None, region))
}

/// `POST /api/v1/risk` and `solace risk`: one JSON object of [`Situation`]. The clinical crate
/// checks `age`, `previous_losses` and `weeks`; the other fields are booleans.
pub fn risk(
    body: &[u8],
    region: Region,
    words: Words<'_>,
) -> Result<Answer<RiskOutput>, InvalidInput> {
    let tr = words.i18n.tr(words.lang, region);
    let local = |e| readings_more::field_errors(&tr, e);
    let input: Situation = json_input::parse(body).map_err(local)?;
    let out = risk::figures_for(&input).map_err(local)?;
    Ok(words.answer(readings_more::risk(&tr, out), None, region))
}

/// `GET /api/v1/options` and `solace options`: the ways to manage a miscarriage.
pub fn options(region: Region, words: Words<'_>) -> Answer<ManagementOptions> {
    let out = ManagementOptions {
        options: management::options(),
        aftercare: management::AFTERCARE.to_vec(),
    };
    let out = readings_more::options(&words.i18n.tr(words.lang, region), out);
    words.answer(out, None, region)
}
