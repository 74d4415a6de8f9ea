//! Adding and editing entries. The kind chooser is a form of big buttons (POST, so the kind is
//! not in the URL); each kind's form is short, with "now" as the time unless the person sets a
//! date or time. Fields are the contract's names (DESIGN.md "Diary entries") except the time
//! (`date`, `time`, `tz`), the hCG value (`hcg_value` + `hcg_unit`) and the temperature
//! (`temp_value` + `temp_unit`).

use super::{Pairs, diary_nav, see_other, value};
use crate::cookies;
use crate::error::PageError;
use crate::extract::{CsrfForm, Ctx, Session, UnlockedDiary};
use crate::pages::check::fields::read_number;
use crate::pages::drawings;
use crate::view::forms::{FieldError, csrf_field, error_for, error_line, error_summary};
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;
use maud::{Markup, html};
use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StrDeserializer};
use solace_clinical::Region;
use solace_clinical::diary::{Entry, EntryInput};
use solace_clinical::input::Problem;
use solace_i18n::Tr;
use solace_store::{DiaryError, RecordId};

/// The kinds the web offers, in the chooser's order: (kind, message id).
pub(super) const KINDS: [(&str, &str); 11] = [
    ("bleeding", "diary-kind-bleeding"),
    ("hcg", "diary-kind-hcg"),
    ("pain", "diary-kind-pain"),
    ("temperature", "diary-kind-temperature"),
    ("pregnancy_test", "diary-kind-pregnancy_test"),
    ("medication", "diary-kind-medication"),
    ("mood", "diary-kind-mood"),
    ("scan", "diary-kind-scan"),
    ("event", "diary-kind-event"),
    ("note", "diary-kind-note"),
    ("question", "diary-kind-question"),
];

/// The medicines offered as quick choices (the stored name is the word); anything else is typed
/// into `name_other`.
const MEDICINES: [(&str, &str); 4] = [
    ("mifepristone", "diary-o-mifepristone"),
    ("misoprostol", "diary-o-misoprostol"),
    ("paracetamol", "diary-o-paracetamol"),
    ("ibuprofen", "diary-o-ibuprofen"),
];

/// What a scan showed: the `showed` words of `solace_clinical::diary::ScanShowed`.
const SHOWED: [(&str, &str); 7] = [
    ("in_womb", "diary-o-scan-in_womb"),
    ("early_pregnancy_loss", "diary-o-scan-early_pregnancy_loss"),
    ("tissue_remaining", "diary-o-scan-tissue_remaining"),
    ("womb_empty", "diary-o-scan-womb_empty"),
    ("not_seen", "diary-o-scan-not_seen"),
    ("ectopic", "diary-o-scan-ectopic"),
    ("other", "diary-o-scan-other"),
];

/// Every field a diary entry form can send.
const FIELDS: [&str; 25] = [
    "kind",
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
struct Vals(Vec<(&'static str, String)>);

impl Vals {
    fn from_pairs(pairs: &Pairs) -> Vals {
        let mut v = Vals::default();
        for (k, val) in pairs {
            if let Some(name) = FIELDS.iter().find(|f| **f == k.as_str()) {
                v.set(name, val.chars().take(2_100).collect());
            }
        }
        v
    }
    fn set(&mut self, name: &'static str, val: String) {
        self.0.retain(|(k, _)| *k != name);
        self.0.push((name, val));
    }
    fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| v.as_str())
            .trim()
    }
}

pub(super) fn kind_label(kind: &str) -> &'static str {
    if kind == "wellbeing" {
        return "diary-kind-wellbeing";
    }
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("diary-kind-other", |(_, id)| id)
}

pub(in crate::pages) fn default_zone(region: Region) -> &'static str {
    match region {
        Region::Uk => "Europe/London",
        Region::Ie => "Europe/Dublin",
        Region::Us => "America/New_York",
        Region::Ca => "America/Toronto",
        Region::Au => "Australia/Sydney",
        Region::Nz => "Pacific/Auckland",
        Region::Other => "UTC",
    }
}

fn chooser(ctx: &Ctx) -> Markup {
    let tr = ctx.tr();
    html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-add-heading")) }
        p { (tr.t("diary-add-intro")) }
        form #kind-form .kinds method="post" action="/diary/add" {
            (csrf_field(ctx))
            @for (kind, label) in KINDS {
                button.btn.kind type="submit" name="kind" value=(kind) { (tr.t(label)) }
            }
            a #kind-photo .btn.kind href="/diary/photo" { (tr.t("diary-kind-photo")) }
        }
    }
}

pub async fn add_get(ctx: Ctx, _open: UnlockedDiary) -> Response {
    ctx.private_page("diary-add-title", chooser(&ctx), StatusCode::OK)
}

pub async fn add_post(ctx: Ctx, session: Session, CsrfForm(pairs): CsrfForm) -> Response {
    let UnlockedDiary {
        diary,
        key: unlocked,
    } = match session.open(&ctx).await {
        Ok(open) => open,
        Err(locked) => return not_saved(&ctx, &pairs, &locked.into_response()),
    };
    let mut vals = Vals::from_pairs(&pairs);
    let kind = vals.get("kind").to_owned();
    if !KINDS.iter().any(|(k, _)| *k == kind) {
        return ctx.private_page("diary-add-title", chooser(&ctx), StatusCode::OK);
    }
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    if value(&pairs, "save").is_none() {
        return entry_form(&ctx, &vals, &[], None, StatusCode::OK);
    }
    match read(&ctx.tr(), &vals, ctx.now()) {
        Ok(entry) => match diary.add(&unlocked, &entry).await {
            Ok(_) => see_other("/diary"),
            Err(_) => PageError::store_error(&ctx).into_response(),
        },
        Err(errors) => entry_form(&ctx, &vals, &errors, None, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

/// The diary locked itself (idle timeout) while an entry was being typed. The entry cannot be
/// stored without the key, but what it says is still checked in memory: a red flag in it is shown
/// now, with the call button, and the person is told plainly that it was not saved.
fn not_saved(ctx: &Ctx, pairs: &Pairs, locked: &Response) -> Response {
    let tr = ctx.tr();
    let mut vals = Vals::from_pairs(pairs);
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    let now = ctx.now();
    let entry = if value(pairs, "save").is_some() {
        read(&tr, &vals, now).ok()
    } else {
        None
    };
    let banner = entry.and_then(|e| super::alert::help_banner(ctx, &tr, &[e], now));
    let body = html! {
        h1 { (tr.t("diary-not-saved-heading")) }
        @if let Some(b) = banner {
            (b)
        }
        p #not-saved .warn { (tr.t("diary-not-saved")) }
        p { a.btn.primary href="/diary" { (tr.t("diary-not-saved-unlock")) } }
    };
    let mut res = ctx.private_page("diary-not-saved-heading", body, StatusCode::UNAUTHORIZED);
    // Keep what the locked page said about the cookie (it clears an ended session's cookie).
    cookies::copy(locked, &mut res);
    res
}

pub async fn edit_get(
    ctx: Ctx,
    open: UnlockedDiary,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = id
        .parse::<RecordId>()
        .map_err(|_| PageError::not_found(&ctx))?;
    let entry: Entry = match open.diary.get(&open.key, id).await {
        Ok(e) => e,
        Err(DiaryError::RecordNotFound) => return Err(PageError::not_found(&ctx)),
        Err(_) => return Err(PageError::store_error(&ctx)),
    };
    if let Some(score) = entry.wellbeing_score() {
        return Ok(wellbeing_entry(&ctx, &entry, &score, id));
    }
    let vals = vals_of(&entry, ctx.prefs.region);
    Ok(entry_form(&ctx, &vals, &[], Some(id), StatusCode::OK))
}

pub async fn edit_post(
    ctx: Ctx,
    session: Session,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let UnlockedDiary { diary, key } = session.open(&ctx).await?;
    let id = id
        .parse::<RecordId>()
        .map_err(|_| PageError::not_found(&ctx))?;
    if value(&pairs, "delete").is_some() {
        return match diary.delete(&key, id).await {
            Ok(()) | Err(DiaryError::RecordNotFound) => Ok(see_other("/diary")),
            Err(_) => Err(PageError::store_error(&ctx)),
        };
    }
    let mut vals = Vals::from_pairs(&pairs);
    if vals.get("tz").is_empty() {
        vals.set("tz", default_zone(ctx.prefs.region).to_owned());
    }
    match read(&ctx.tr(), &vals, ctx.now()) {
        Ok(entry) => match diary.update(&key, id, &entry).await {
            Ok(()) => Ok(see_other("/diary")),
            Err(DiaryError::RecordNotFound) => Err(PageError::not_found(&ctx)),
            Err(_) => Err(PageError::store_error(&ctx)),
        },
        Err(errors) => Ok(entry_form(
            &ctx,
            &vals,
            &errors,
            Some(id),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}

/// A kept check-in is not edited (its answers are what the person gave): it is shown, and may be
/// deleted.
fn wellbeing_entry(
    ctx: &Ctx,
    entry: &Entry,
    score: &solace_clinical::wellbeing::Score,
    id: RecordId,
) -> Response {
    let tr = ctx.tr();
    let body = html! {
        (diary_nav(ctx))
        h1 { (tr.t("diary-kind-wellbeing")) }
        p.lead #wellbeing-summary { (crate::pages::wellbeing::summary(&tr, score)) }
        p { (solace_i18n::fmt::date(tr.lang, entry.at.date_naive())) " " (solace_i18n::fmt::time(tr.lang, entry.at.time())) }
        p.hint { (tr.t("wb-not-diagnosis")) }
        form #entry-form method="post" action={ "/diary/entry/" (id) } {
            (csrf_field(ctx))
            p { button #entry-delete .btn.danger type="submit" name="delete" value="1" { (tr.t("diary-entry-delete")) } }
        }
    };
    ctx.private_page("diary-kind-wellbeing", body, StatusCode::OK)
}

/// A number as a form value: the shortest text that reads back the same, at most one decimal.
fn plain(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

/// The form values of a stored entry, for editing.
fn vals_of(e: &Entry, region: Region) -> Vals {
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
fn read(tr: &Tr<'_>, v: &Vals, now: DateTime<Utc>) -> Result<Entry, Vec<FieldError>> {
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

/// Radio buttons for a choice: (word, message id).
fn radios(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    legend: &str,
    options: &[(&str, &str)],
    figure: Option<Markup>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    let current = v.get(name);
    html! {
        fieldset.q.err[invalid] id={ "q-" (name) } {
            legend { (tr.t(legend)) }
            @if let Some(f) = figure { (f) }
            (error_line(errors, name))
            div.opts {
                @for (i, (word, label)) in options.iter().enumerate() {
                    label.opt {
                        input type="radio" name=(name) value=(word)
                            id=(if i == 0 { format!("field-{name}") } else { format!("field-{name}-{word}") })
                            checked[current == *word];
                        span { (tr.t(label)) }
                    }
                }
            }
        }
    }
}

fn number_field(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(label)) }
            @if let Some(h) = hint { p.hint id={ "hint-" (name) } { (tr.t(h)) } }
            (error_line(errors, name))
            input type="text" inputmode="decimal" name=(name) id={ "field-" (name) } value=(v.get(name))
                autocomplete="off" aria-describedby=[hint.map(|_| format!("hint-{name}"))]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// A short one-line text field (at most 200 characters: medicine name, dose, mood words).
fn text_field(
    tr: &Tr<'_>,
    v: &Vals,
    errors: &[FieldError],
    name: &'static str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let invalid = error_for(errors, name).is_some();
    html! {
        div.q.err[invalid] {
            label for={ "field-" (name) } { (tr.t(label)) }
            @if let Some(h) = hint { p.hint id={ "hint-" (name) } { (tr.t(h)) } }
            (error_line(errors, name))
            input.wide type="text" name=(name) id={ "field-" (name) } value=(v.get(name))
                maxlength="200" autocomplete="off" aria-describedby=[hint.map(|_| format!("hint-{name}"))]
                aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// A score from 0 to 10 (pain, mood) as eleven radio buttons.
fn score_field(tr: &Tr<'_>, v: &Vals, errors: &[FieldError], legend: &str, hint: &str) -> Markup {
    html! {
        fieldset.q.err[error_for(errors, "score").is_some()] #q-score {
            legend { (tr.t(legend)) }
            p.hint { (tr.t(hint)) }
            (error_line(errors, "score"))
            div.pain {
                @for n in 0..=10u8 {
                    @let s = n.to_string();
                    label.opt {
                        input type="radio" name="score" value=(s) id=(if n == 0 { "field-score".to_owned() } else { format!("field-score-{n}") })
                            checked[v.get("score") == s];
                        span { (n) }
                    }
                }
            }
        }
    }
}

/// The medicine: quick choices as big buttons, or its name typed; then the dose. The time is the
/// entry's own "when".
fn medication_fields(tr: &Tr<'_>, v: &Vals, errors: &[FieldError]) -> Markup {
    let invalid = error_for(errors, "name").is_some();
    let current = match v.get("name") {
        "" if !v.get("name_other").is_empty() => "other",
        c => c,
    };
    html! {
        fieldset.q.err[invalid] #q-name {
            legend { (tr.t("diary-f-medication")) }
            (error_line(errors, "name"))
            div.opts {
                @for (i, (word, label)) in MEDICINES.iter().enumerate() {
                    label.opt {
                        input type="radio" name="name" value=(word)
                            id=(if i == 0 { "field-name".to_owned() } else { format!("field-name-{word}") })
                            checked[current == *word];
                        span { (tr.t(label)) }
                    }
                }
                label.opt {
                    input type="radio" name="name" value="other" id="field-name-other" checked[current == "other"];
                    span { (tr.t("diary-o-medicine-other")) }
                }
            }
            label for="field-name_other" { (tr.t("diary-f-medication-other")) }
            input.wide type="text" name="name_other" id="field-name_other" value=(v.get("name_other"))
                maxlength="200" autocomplete="off" aria-invalid=[invalid.then_some("true")];
        }
        (text_field(tr, v, errors, "dose", "diary-f-dose", Some("diary-f-dose-hint")))
    }
}

fn entry_form(
    ctx: &Ctx,
    v: &Vals,
    errors: &[FieldError],
    editing: Option<RecordId>,
    status: StatusCode,
) -> Response {
    let tr = ctx.tr();
    let kind = v.get("kind");
    let action = editing.map_or_else(
        || "/diary/add".to_owned(),
        |id| format!("/diary/entry/{id}"),
    );
    let heading = tr.t(kind_label(kind));
    let fahrenheit = matches!(ctx.prefs.region, Region::Us);
    let temp_unit = match v.get("temp_unit") {
        "" if fahrenheit => "f",
        "" => "c",
        u => u,
    };
    let fields = match kind {
        "bleeding" => html! {
            (number_field(&tr, v, errors, "pads_soaked_per_hour", "diary-f-pads", Some("diary-f-pads-hint")))
            (radios(&tr, v, errors, "pad_fullness", "diary-f-fullness", &[("light", "diary-o-light"), ("moderate", "diary-o-moderate"), ("full", "diary-o-full")], Some(drawings::pads(&tr))))
            (radios(&tr, v, errors, "clots", "diary-f-clots", &[("none", "diary-o-none"), ("small", "diary-o-small"), ("large", "diary-o-large")], Some(drawings::clots(&tr))))
            (radios(&tr, v, errors, "colour", "diary-f-colour", &[("pink", "diary-o-pink"), ("red", "diary-o-red"), ("dark_red", "diary-o-dark_red"), ("brown", "diary-o-brown")], None))
        },
        "hcg" => html! {
            (number_field(&tr, v, errors, "hcg_value", "diary-f-hcg", Some("diary-f-hcg-hint")))
            (radios(&tr, v, errors, "hcg_unit", "diary-f-unit", &[("iu_per_l", "diary-o-iu"), ("miu_per_ml", "diary-o-miu")], None))
        },
        "pain" => html! {
            (score_field(&tr, v, errors, "diary-f-pain", "diary-f-pain-hint"))
            (radios(&tr, v, errors, "where", "diary-f-where", &[("lower_middle", "diary-o-lower_middle"), ("left_side", "diary-o-left_side"), ("right_side", "diary-o-right_side"), ("shoulder_tip", "diary-o-shoulder_tip"), ("back", "diary-o-back"), ("bottom", "diary-o-bottom"), ("other", "diary-o-other")], None))
        },
        "temperature" => html! {
            (number_field(&tr, v, errors, "temp_value", "diary-f-temp", None))
            fieldset.q #q-temp_unit {
                legend { (tr.t("diary-f-unit")) }
                div.opts {
                    label.opt { input type="radio" name="temp_unit" value="c" id="field-temp_unit" checked[temp_unit == "c"]; span { "°C" } }
                    label.opt { input type="radio" name="temp_unit" value="f" id="field-temp_unit-f" checked[temp_unit == "f"]; span { "°F" } }
                }
            }
        },
        "medication" => medication_fields(&tr, v, errors),
        "mood" => html! {
            (score_field(&tr, v, errors, "diary-f-mood", "diary-f-mood-hint"))
            (text_field(&tr, v, errors, "words", "diary-f-words", Some("diary-f-words-hint")))
        },
        "scan" => html! {
            (radios(&tr, v, errors, "showed", "diary-f-showed", &SHOWED, None))
        },
        "pregnancy_test" => html! {
            (radios(&tr, v, errors, "result", "diary-f-result", &[("negative", "diary-o-negative"), ("faint", "diary-o-faint"), ("positive", "diary-o-positive")], None))
        },
        "event" => html! {
            (radios(&tr, v, errors, "event", "diary-f-event", &[("loss_confirmed", "diary-o-loss_confirmed"), ("management_chosen", "diary-o-management_chosen"), ("medication_taken", "diary-o-medication_taken"), ("surgery", "diary-o-surgery"), ("pregnancy_ended", "diary-o-pregnancy_ended"), ("period_returned", "diary-o-period_returned")], None))
            (radios(&tr, v, errors, "management", "diary-f-management", &[("expectant", "diary-o-expectant"), ("medication", "diary-o-medication"), ("surgery", "diary-o-surgery-care")], None))
            (radios(&tr, v, errors, "medicine", "diary-f-medicine", &[("mifepristone", "diary-o-mifepristone"), ("misoprostol", "diary-o-misoprostol")], None))
        },
        _ => html! {
            div.q.err[error_for(errors, "text").is_some()] {
                label for="field-text" { (tr.t(if kind == "question" { "diary-f-question" } else { "diary-f-text" })) }
                (error_line(errors, "text"))
                textarea name="text" id="field-text" rows="4" maxlength="2000" { (v.get("text")) }
            }
        },
    };
    let body = html! {
        (diary_nav(ctx))
        h1 { (heading) }
        (error_summary(&tr, errors))
        form #entry-form method="post" action=(action) autocomplete="off" data-kind=(kind) {
            (csrf_field(ctx))
            input type="hidden" name="kind" value=(kind);
            input type="hidden" name="tz" value=(v.get("tz"));
            (fields)
            @if kind != "note" && kind != "question" {
                div.q {
                    label for="field-note" { (tr.t("diary-f-note")) }
                    textarea name="note" id="field-note" rows="2" maxlength="2000" { (v.get("note")) }
                }
            }
            fieldset.q.when.err[error_for(errors, "date").is_some()] #q-when {
                legend { (tr.t("diary-f-when")) }
                p.hint #hint-when { (tr.t("diary-f-when-hint")) }
                (error_line(errors, "date"))
                div.hrow {
                    label for="field-date" { (tr.t("diary-f-date")) }
                    input type="date" name="date" id="field-date" value=(v.get("date")) aria-describedby="hint-when";
                    label for="field-time" { (tr.t("diary-f-time")) }
                    input type="time" name="time" id="field-time" value=(v.get("time")) aria-describedby="hint-when";
                }
            }
            p { button #entry-save .btn.primary type="submit" name="save" value="1" { (tr.t("diary-save")) } }
            @if editing.is_some() {
                p { button #entry-delete .btn.danger type="submit" name="delete" value="1" formnovalidate { (tr.t("diary-entry-delete")) } }
            }
        }
    };
    let title = if editing.is_some() {
        "diary-edit-title"
    } else {
        "diary-add-title"
    };
    ctx.private_page(title, body, status)
}
