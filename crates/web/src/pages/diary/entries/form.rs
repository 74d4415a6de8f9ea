//! Reading an entry form: the values as typed (kept to show them again), the values of a stored
//! entry for editing, and the checked entry or the problems by field.

use super::super::Pairs;
use super::default_zone;
use crate::pages::check::fields::read_number;
use crate::view::forms::FieldError;
use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StrDeserializer};
use solace_clinical::Region;
use solace_clinical::diary::{Entry, EntryInput};
use solace_clinical::input::Problem;
use solace_i18n::Tr;

/// The medicines offered as quick choices (the stored name is the word); anything else is typed
/// into `name_other`.
pub(super) const MEDICINES: [(&str, &str); 4] = [
    ("mifepristone", "diary-o-mifepristone"),
    ("misoprostol", "diary-o-misoprostol"),
    ("paracetamol", "diary-o-paracetamol"),
    ("ibuprofen", "diary-o-ibuprofen"),
];

/// What a scan showed: the `showed` words of `solace_clinical::diary::ScanShowed`.
pub(super) const SHOWED: [(&str, &str); 7] = [
    ("in_womb", "diary-o-scan-in_womb"),
    ("early_pregnancy_loss", "diary-o-scan-early_pregnancy_loss"),
    ("tissue_remaining", "diary-o-scan-tissue_remaining"),
    ("womb_empty", "diary-o-scan-womb_empty"),
    ("not_seen", "diary-o-scan-not_seen"),
    ("ectopic", "diary-o-scan-ectopic"),
    ("other", "diary-o-scan-other"),
];

/// Every field a diary entry form can send.
const FIELDS: [&str; 26] = [
    "kind",
    "form_id",
    "date",
    "time",
    "tz",
    "note",
    "text",
    "pads_soaked_per_hour",
    "pad_fullness",
    "clots",
    "colour",
    "score",
    "where",
    "hcg_value",
    "hcg_unit",
    "temp_value",
    "temp_unit",
    "result",
    "event",
    "management",
    "medicine",
    "name",
    "name_other",
    "dose",
    "words",
    "showed",
];

/// The values typed, kept to show them again.
#[derive(Debug, Default)]
pub(super) struct Vals(Vec<(&'static str, String)>);

impl Vals {
    pub(super) fn from_pairs(pairs: &Pairs) -> Vals {
        let mut v = Vals::default();
        for (k, val) in pairs {
            if let Some(name) = FIELDS.iter().find(|f| **f == k.as_str()) {
                v.set(name, val.chars().take(2_100).collect());
            }
        }
        v
    }
    pub(super) fn set(&mut self, name: &'static str, val: String) {
        self.0.retain(|(k, _)| *k != name);
        self.0.push((name, val));
    }
    pub(super) fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| v.as_str())
            .trim()
    }
}

/// A number as a form value: the shortest text that reads back the same, at most one decimal.
fn plain(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

/// The form values of a stored entry, for editing.
pub(super) fn vals_of(e: &Entry, region: Region) -> Vals {
    let i = EntryInput::from(e);
    let mut v = Vals::default();
    let word = |x: &dyn erased::Word| x.word();
    v.set("kind", i.kind.clone().unwrap_or_default());
    v.set("date", e.at.format("%Y-%m-%d").to_string());
    v.set("time", e.at.format("%H:%M").to_string());
    v.set("tz", default_zone(region).to_owned());
    v.set("note", i.note.clone().unwrap_or_default());
    v.set("text", i.text.clone().unwrap_or_default());
    if let Some(p) = i.pads_soaked_per_hour {
        v.set("pads_soaked_per_hour", plain(p));
    }
    if let Some(x) = &i.pad_fullness {
        v.set("pad_fullness", word(x));
    }
    if let Some(x) = &i.clots {
        v.set("clots", word(x));
    }
    if let Some(x) = &i.colour {
        v.set("colour", word(x));
    }
    if let Some(s) = i.score {
        v.set("score", format!("{s:.0}"));
    }
    if let Some(x) = &i.place {
        v.set("where", word(x));
    }
    if let Some(h) = i.iu_per_l {
        v.set("hcg_value", plain(h));
        v.set("hcg_unit", "iu_per_l".to_owned());
    }
    if let Some(c) = i.celsius {
        v.set("temp_value", format!("{c}"));
        v.set("temp_unit", "c".to_owned());
    }
    if let Some(f) = i.fahrenheit {
        v.set("temp_value", format!("{f}"));
        v.set("temp_unit", "f".to_owned());
    }
    if let Some(x) = &i.result {
        v.set("result", word(x));
    }
    if let Some(x) = &i.event {
        v.set("event", word(x));
    }
    if let Some(x) = &i.management {
        v.set("management", word(x));
    }
    if let Some(x) = &i.medicine {
        v.set("medicine", word(x));
    }
    if let Some(n) = &i.name {
        if MEDICINES.iter().any(|(w, _)| w == n) {
            v.set("name", n.clone());
        } else {
            v.set("name", "other".to_owned());
            v.set("name_other", n.clone());
        }
    }
    v.set("dose", i.dose.clone().unwrap_or_default());
    v.set("words", i.words.clone().unwrap_or_default());
    if let Some(x) = &i.showed {
        v.set("showed", word(x));
    }
    v
}

/// The JSON word of a serialisable choice.
mod erased {
    pub trait Word {
        fn word(&self) -> String;
    }
    impl<T: serde::Serialize> Word for T {
        fn word(&self) -> String {
            serde_json::to_value(self)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        }
    }
}

fn choice<T: serde::de::DeserializeOwned>(raw: &str) -> Option<T> {
    let de: StrDeserializer<'_, ValueError> = raw.into_deserializer();
    T::deserialize(de).ok()
}

/// Reads the form into a checked entry, or the problems by form field.
pub(super) fn read(tr: &Tr<'_>, v: &Vals, now: DateTime<Utc>) -> Result<Entry, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = vec![];
    let mut bad = |field: &'static str, id: &str| {
        errors.push(FieldError {
            field,
            message: tr.t(id),
        });
    };
    let kind = v.get("kind");
    let mut input = EntryInput {
        kind: Some(kind.to_owned()),
        note: Some(v.get("note").to_owned()).filter(|n| !n.is_empty()),
        ..EntryInput::default()
    };
    // When: now, unless a date or time is given (read in the person's zone).
    let tz: Tz = v.get("tz").parse().unwrap_or(Tz::UTC);
    let local_now = now.with_timezone(&tz);
    let (d, t) = (v.get("date"), v.get("time"));
    if d.is_empty() && t.is_empty() {
        input.at = Some(
            local_now
                .fixed_offset()
                .to_rfc3339_opts(SecondsFormat::Secs, true),
        );
    } else {
        let date = if d.is_empty() {
            Some(local_now.date_naive())
        } else {
            NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
        };
        let time = if t.is_empty() {
            Some(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default())
        } else {
            NaiveTime::parse_from_str(t, "%H:%M").ok()
        };
        match date
            .zip(time)
            .and_then(|(d, t)| tz.from_local_datetime(&d.and_time(t)).earliest())
        {
            Some(at) => {
                input.at = Some(at.fixed_offset().to_rfc3339_opts(SecondsFormat::Secs, true));
            }
            None => bad("date", "diary-error-when"),
        }
    }
    let number = |name: &str| -> Result<Option<f64>, ()> {
        let raw = v.get(name);
        if raw.is_empty() {
            Ok(None)
        } else {
            read_number(raw).map(Some).ok_or(())
        }
    };
    macro_rules! word {
        ($field:literal, $slot:expr) => {
            let raw = v.get($field);
            if !raw.is_empty() {
                match choice(raw) {
                    Some(w) => $slot = Some(w),
                    None => bad($field, "diary-error-choice"),
                }
            }
        };
    }
    match kind {
        "note" | "question" => {
            input.text = Some(v.get("text").to_owned()).filter(|t| !t.is_empty());
        }
        "bleeding" => {
            match number("pads_soaked_per_hour") {
                Ok(p) => input.pads_soaked_per_hour = p,
                Err(()) => bad("pads_soaked_per_hour", "diary-error-number"),
            }
            word!("pad_fullness", input.pad_fullness);
            word!("clots", input.clots);
            word!("colour", input.colour);
        }
        "pain" | "mood" => {
            match number("score") {
                Ok(s) => input.score = s,
                Err(()) => bad("score", "diary-error-number"),
            }
            if kind == "pain" {
                word!("where", input.place);
            } else {
                input.words = Some(v.get("words").to_owned()).filter(|w| !w.is_empty());
            }
        }
        "medication" => {
            let name = match v.get("name") {
                "other" | "" => v.get("name_other"),
                quick if MEDICINES.iter().any(|(w, _)| *w == quick) => quick,
                _ => {
                    bad("name", "diary-error-choice");
                    ""
                }
            };
            input.name = Some(name.to_owned()).filter(|n| !n.is_empty());
            input.dose = Some(v.get("dose").to_owned()).filter(|d| !d.is_empty());
        }
        "scan" => {
            word!("showed", input.showed);
        }
        "temperature" => match number("temp_value") {
            Ok(t) => {
                if v.get("temp_unit") == "f" {
                    input.fahrenheit = t;
                } else {
                    input.celsius = t;
                }
            }
            Err(()) => bad("temp_value", "diary-error-number"),
        },
        "hcg" => match number("hcg_value") {
            // 1 mIU/mL is the same as 1 IU/L.
            Ok(h) => input.iu_per_l = h,
            Err(()) => bad("hcg_value", "diary-error-number"),
        },
        "pregnancy_test" => {
            word!("result", input.result);
        }
        "event" => {
            word!("event", input.event);
            if input.event == Some(solace_clinical::diary::EventKind::ManagementChosen) {
                word!("management", input.management);
            }
            if input.event == Some(solace_clinical::diary::EventKind::MedicationTaken) {
                word!("medicine", input.medicine);
            }
        }
        _ => {}
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    input.validate(now).map_err(|invalid| {
        let mut out: Vec<FieldError> = vec![];
        for e in &invalid.errors {
            let field = form_field(&e.field);
            if out.iter().any(|x| x.field == field) {
                continue;
            }
            let message = match (&e.problem, field) {
                (Problem::Missing, "text") => tr.t("diary-error-text"),
                (Problem::Missing, "name") => tr.t("diary-error-medicine-name"),
                (Problem::Invalid { .. }, "name" | "dose" | "words") => tr.t_with(
                    "diary-error-too-long",
                    &[("max", solace_clinical::diary::entry::SHORT_MAX_CHARS.into())],
                ),
                (Problem::Missing, _) => tr.t("diary-error-missing"),
                (
                    Problem::OutOfRange { min, max, .. } | Problem::NotWholeNumber { min, max },
                    _,
                ) => tr.t_with(
                    "diary-error-range",
                    &[
                        ("min", crate::pages::check::form::plain_number(*min)),
                        ("max", crate::pages::check::form::plain_number(*max)),
                    ],
                ),
                (Problem::NotANumber, _) => tr.t("diary-error-number"),
                (Problem::BadDate { .. }, _) => tr.t("diary-error-when"),
                _ => tr.t("diary-error-choice"),
            };
            out.push(FieldError { field, message });
        }
        out
    })
}

fn form_field(contract: &str) -> &'static str {
    match contract {
        "at" => "date",
        "iu_per_l" => "hcg_value",
        "celsius" | "fahrenheit" => "temp_value",
        other => FIELDS
            .iter()
            .find(|f| **f == other)
            .copied()
            .unwrap_or("kind"),
    }
}
