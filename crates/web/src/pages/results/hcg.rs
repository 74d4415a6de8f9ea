//! `/results/hcg`: "What do my hCG results mean?". GET shows the form; POST reads it and shows the
//! readings of every rule set, the chart and the tables, or the form again (422) with what was
//! typed kept and every problem named beside its field. Works without JavaScript: "Add more rows"
//! is a submit button (`more`) that shows the same form with 4 more rows.
//!
//! Each result is a date, a time and a number; the time zone select turns the wall-clock time into
//! a real instant (chrono-tz), so the hours between two results are true across a clock change.
//! The readings' words come from `solace-clinical` (English) and are shown as they are; the page's
//! own words are Fluent messages (`hcg.ftl`). Nothing here diagnoses.
//!
//! Form fields: `context` (radio), `tz` (select), `rows` (hidden: how many rows are shown), and per
//! row `i` (0-based): `date_i` (`type=date`), `time_i` (`type=time`), `value_i` (text) and `unit_i`
//! (`iu_per_l` | `miu_per_ml`). Element ids: `field-values-{i}-{date|time|value|unit}`; errors
//! `error-values-{i}-at`, `error-values-{i}-value`, `error-context`, `error-tz`, `error-values`.

use crate::AppState;
use crate::charts::{self, DASH_DOT, DASHED, DOTTED, Frame, GRID, INK, Linear, Log, SOLID, Stroke};
use crate::pages::check::fields::read_number;
use crate::pages::{Chrome, Ctx, Page, bad_request};
use axum::Form;
use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use chrono::{LocalResult, TimeZone};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_clinical::hcg::{
    self, ECTOPIC_MIN_FALL, HcgContext, HcgInput, HcgOutput, HcgValueInput, MAX_VALUES,
    NEGATIVE_BELOW_IU_PER_L, NICE_FALL_RATIO, NICE_RISE_RATIO, Reading, ReadingKind, RuleSet,
};
use solace_clinical::input::{FieldError, Problem};
use solace_i18n::{Lang, Tr, fmt};

pub fn routes() -> Router<AppState> {
    Router::new().route("/results/hcg", get(get_form).post(post_form))
}

/// Rows shown on a fresh form, and added by "Add more rows".
const ROWS_STEP: usize = 4;
/// The longest text kept from one field for showing back.
const MAX_KEPT: usize = 40;

/// The contexts in form order: (contract word, message id of the plain words).
const CONTEXTS: [(HcgContext, &str); 5] = [
    (HcgContext::UnknownLocation, "hcg-context-unknown_location"),
    (HcgContext::AfterLoss, "hcg-context-after_loss"),
    (HcgContext::ConfirmedInWomb, "hcg-context-confirmed_in_womb"),
    (
        HcgContext::EctopicExpectant,
        "hcg-context-ectopic_expectant",
    ),
    (
        HcgContext::EctopicMethotrexate,
        "hcg-context-ectopic_methotrexate",
    ),
];

/// The two names of the one unit: (form word, message id of its label).
const UNITS: [(&str, &str); 2] = [("iu_per_l", "hcg-unit-iu"), ("miu_per_ml", "hcg-unit-miu")];

/// Time zones offered, by region: (IANA name, message id of its label). The first is the default.
const ZONES_UK: &[(&str, &str)] = &[("Europe/London", "tz-europe-london")];
const ZONES_IE: &[(&str, &str)] = &[("Europe/Dublin", "tz-europe-dublin")];
const ZONES_US: &[(&str, &str)] = &[
    ("America/New_York", "tz-america-new_york"),
    ("America/Chicago", "tz-america-chicago"),
    ("America/Denver", "tz-america-denver"),
    ("America/Phoenix", "tz-america-phoenix"),
    ("America/Los_Angeles", "tz-america-los_angeles"),
    ("America/Anchorage", "tz-america-anchorage"),
    ("Pacific/Honolulu", "tz-pacific-honolulu"),
];
const ZONES_CA: &[(&str, &str)] = &[
    ("America/Toronto", "tz-america-toronto"),
    ("America/Vancouver", "tz-america-vancouver"),
    ("America/Edmonton", "tz-america-edmonton"),
    ("America/Regina", "tz-america-regina"),
    ("America/Winnipeg", "tz-america-winnipeg"),
    ("America/Halifax", "tz-america-halifax"),
    ("America/St_Johns", "tz-america-st_johns"),
];
const ZONES_AU: &[(&str, &str)] = &[
    ("Australia/Sydney", "tz-australia-sydney"),
    ("Australia/Melbourne", "tz-australia-melbourne"),
    ("Australia/Brisbane", "tz-australia-brisbane"),
    ("Australia/Adelaide", "tz-australia-adelaide"),
    ("Australia/Darwin", "tz-australia-darwin"),
    ("Australia/Perth", "tz-australia-perth"),
    ("Australia/Hobart", "tz-australia-hobart"),
];
const ZONES_NZ: &[(&str, &str)] = &[
    ("Pacific/Auckland", "tz-pacific-auckland"),
    ("Pacific/Chatham", "tz-pacific-chatham"),
];
const ZONES_OTHER: &[(&str, &str)] = &[
    ("UTC", "tz-utc"),
    ("Europe/Paris", "tz-europe-paris"),
    ("Europe/Athens", "tz-europe-athens"),
    ("Africa/Johannesburg", "tz-africa-johannesburg"),
    ("Asia/Dubai", "tz-asia-dubai"),
    ("Asia/Kolkata", "tz-asia-kolkata"),
    ("Asia/Singapore", "tz-asia-singapore"),
    ("Asia/Tokyo", "tz-asia-tokyo"),
];
const ALL_ZONES: [&[(&str, &str)]; 7] = [
    ZONES_UK,
    ZONES_IE,
    ZONES_US,
    ZONES_CA,
    ZONES_AU,
    ZONES_NZ,
    ZONES_OTHER,
];

fn zones(region: Region) -> &'static [(&'static str, &'static str)] {
    match region {
        Region::Uk => ZONES_UK,
        Region::Ie => ZONES_IE,
        Region::Us => ZONES_US,
        Region::Ca => ZONES_CA,
        Region::Au => ZONES_AU,
        Region::Nz => ZONES_NZ,
        Region::Other => ZONES_OTHER,
    }
}

fn default_zone(region: Region) -> &'static str {
    zones(region).first().map_or("UTC", |z| z.0)
}

/// A zone Solace offers (any region's list), with its label's message id.
fn known_zone(name: &str) -> Option<(&'static str, &'static str)> {
    ALL_ZONES
        .iter()
        .flat_map(|z| z.iter())
        .find(|(n, _)| *n == name)
        .copied()
}

/// The unit people in the region usually see on their report.
fn default_unit(region: Region) -> &'static str {
    if matches!(region, Region::Us | Region::Ca) {
        "miu_per_ml"
    } else {
        "iu_per_l"
    }
}

/// Message ids the page picks from tables and `match`es rather than names in a `t("…")` call.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = CONTEXTS.iter().map(|c| c.1).collect();
    ids.extend(UNITS.iter().map(|u| u.1));
    ids.extend(ALL_ZONES.iter().flat_map(|z| z.iter().map(|(_, id)| *id)));
    ids.extend(
        [
            RuleSet::NiceNg126,
            RuleSet::Barnhart2004,
            RuleSet::Seeber2006,
            RuleSet::General,
        ]
        .map(rule_set_label),
    );
    ids.extend(
        [ReadingKind::Result, ReadingKind::Caution, ReadingKind::Note].map(reading_kind_label),
    );
    ids
}

fn rule_set_label(r: RuleSet) -> &'static str {
    match r {
        RuleSet::NiceNg126 => "hcg-ruleset-nice",
        RuleSet::Barnhart2004 => "hcg-ruleset-barnhart",
        RuleSet::Seeber2006 => "hcg-ruleset-seeber",
        RuleSet::General => "hcg-ruleset-general",
    }
}

fn reading_kind_label(k: ReadingKind) -> &'static str {
    match k {
        ReadingKind::Result => "hcg-kind-result",
        ReadingKind::Caution => "hcg-kind-caution",
        ReadingKind::Note => "hcg-kind-note",
    }
}

// ---------------------------------------------------------------------------------------------
// What was typed
// ---------------------------------------------------------------------------------------------

/// One row as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub date: String,
    pub time: String,
    pub value: String,
    pub unit: String,
}

impl Row {
    fn is_empty(&self) -> bool {
        self.date.trim().is_empty() && self.time.trim().is_empty() && self.value.trim().is_empty()
    }
}

/// Everything the form holds, as typed (cut to [`MAX_KEPT`] characters a field).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub context: String,
    /// After a loss: has a scan shown the pregnancy in the womb? `yes`, `no` or empty (not sure).
    pub in_womb: String,
    pub tz: String,
    /// As many rows as the form shows (4 to 20).
    pub rows: Vec<Row>,
}

fn kept(v: &str) -> String {
    v.chars().take(MAX_KEPT).collect()
}

impl Answers {
    fn fresh(region: Region) -> Answers {
        Answers {
            context: String::new(),
            in_womb: String::new(),
            tz: default_zone(region).to_owned(),
            rows: vec![
                Row {
                    unit: default_unit(region).to_owned(),
                    ..Row::default()
                };
                ROWS_STEP
            ],
        }
    }

    /// Reads the posted pairs. Unknown names are ignored (a browser form cannot send others).
    pub fn from_pairs(pairs: &[(String, String)], region: Region) -> Answers {
        let mut a = Answers {
            tz: default_zone(region).to_owned(),
            ..Answers::default()
        };
        let mut rows = vec![Row::default(); MAX_VALUES];
        let mut shown = ROWS_STEP;
        let mut highest = 0;
        for (k, v) in pairs {
            match k.as_str() {
                "context" => a.context = kept(v.trim()),
                "scan_in_womb" => a.in_womb = kept(v.trim()),
                "tz" => a.tz = kept(v.trim()),
                "rows" => {
                    shown = v.trim().parse::<usize>().unwrap_or(ROWS_STEP);
                }
                _ => {
                    let Some((field, index)) = k.split_once('_').and_then(|(f, i)| {
                        i.parse::<usize>()
                            .ok()
                            .filter(|i| *i < MAX_VALUES)
                            .map(|i| (f, i))
                    }) else {
                        continue;
                    };
                    let Some(row) = rows.get_mut(index) else {
                        continue;
                    };
                    let slot = match field {
                        "date" => &mut row.date,
                        "time" => &mut row.time,
                        "value" => &mut row.value,
                        "unit" => &mut row.unit,
                        _ => continue,
                    };
                    *slot = kept(v);
                    if field != "unit" && !v.trim().is_empty() {
                        highest = highest.max(index + 1);
                    }
                }
            }
        }
        let shown = shown.max(highest).clamp(ROWS_STEP, MAX_VALUES);
        rows.truncate(shown);
        for row in &mut rows {
            if row.unit.is_empty() {
                default_unit(region).clone_into(&mut row.unit);
            }
        }
        a.rows = rows;
        a
    }

    /// The same answers with up to 4 more rows (at most 20).
    fn with_more_rows(mut self, region: Region) -> Answers {
        let n = (self.rows.len() + ROWS_STEP).min(MAX_VALUES);
        self.rows.resize(
            n,
            Row {
                unit: default_unit(region).to_owned(),
                ..Row::default()
            },
        );
        self
    }

    fn filled_rows(&self) -> usize {
        self.rows.iter().filter(|r| !r.is_empty()).count()
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Which field a problem belongs to (row indexes are the form's, 0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Context,
    Tz,
    Values,
    At(usize),
    Value(usize),
}

impl Field {
    fn error_id(self) -> String {
        match self {
            Field::Context => "error-context".to_owned(),
            Field::Tz => "error-tz".to_owned(),
            Field::Values => "error-values".to_owned(),
            Field::At(i) => format!("error-values-{i}-at"),
            Field::Value(i) => format!("error-values-{i}-value"),
        }
    }

    /// The element the error summary links to.
    fn target(self) -> String {
        match self {
            Field::Context => "field-context".to_owned(),
            Field::Tz => "field-tz".to_owned(),
            Field::Values => "field-values-0-date".to_owned(),
            Field::At(i) => format!("field-values-{i}-date"),
            Field::Value(i) => format!("field-values-{i}-value"),
        }
    }

    /// Form order.
    fn order(self) -> (usize, usize, usize) {
        match self {
            Field::Context => (0, 0, 0),
            Field::Tz => (1, 0, 0),
            Field::Values => (2, 0, 0),
            Field::At(i) => (3, i, 0),
            Field::Value(i) => (3, i, 1),
        }
    }

    fn name(self, tr: &Tr<'_>) -> String {
        match self {
            Field::Context => tr.t("hcg-context-legend"),
            Field::Tz => tr.t("hcg-tz-label"),
            Field::Values => tr.t("hcg-values-legend"),
            Field::At(i) => tr.t_with("hcg-error-name-at", &[("n", FluentValue::from(i + 1))]),
            Field::Value(i) => {
                tr.t_with("hcg-error-name-value", &[("n", FluentValue::from(i + 1))])
            }
        }
    }
}

/// One problem, in the person's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub field: Field,
    pub message: String,
}

// ---------------------------------------------------------------------------------------------
// Reading the answers into the clinical input
// ---------------------------------------------------------------------------------------------

fn read_date(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}

fn read_time(raw: &str) -> Option<NaiveTime> {
    let s = raw.trim();
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .or_else(|_| NaiveTime::parse_from_str(s, "%H.%M"))
        .ok()
}

/// A wall-clock date and time in a zone, as a real instant. In the hour the clocks go back the
/// time happens twice: the first is taken (the difference is at most an hour). In the hour the
/// clocks go forward the time never happens: `None`.
pub fn instant(tz: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<FixedOffset>> {
    match tz.from_local_datetime(&NaiveDateTime::new(date, time)) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.fixed_offset()),
        LocalResult::None => None,
    }
}

/// The clinical input read from the form, which row each value came from, and the problems found
/// before the clinical checks.
struct Read {
    input: HcgInput,
    rows_used: Vec<usize>,
    errors: Vec<FormError>,
}

fn read(tr: &Tr<'_>, a: &Answers, now: DateTime<Utc>) -> Read {
    let mut errors = vec![];
    let mut push = |field, message| errors.push(FormError { field, message });
    let context = if a.context.is_empty() {
        None
    } else {
        let found = CONTEXTS
            .iter()
            .find(|(c, _)| c.id() == a.context)
            .map(|c| c.0);
        if found.is_none() {
            push(Field::Context, tr.t("hcg-error-context"));
        }
        found
    };
    let tz = known_zone(&a.tz).and_then(|(name, _)| name.parse::<Tz>().ok());
    if tz.is_none() {
        push(Field::Tz, tr.t("hcg-error-tz"));
    }
    if a.filled_rows() < hcg::MIN_VALUES {
        push(Field::Values, tr.t("hcg-error-too-few"));
    }
    let mut values = vec![];
    let mut rows_used = vec![];
    // The last readable time, to check the order even on rows whose number is wrong (so every
    // problem shows at once; the clinical check repeats this on the rows it gets).
    let mut previous: Option<DateTime<FixedOffset>> = None;
    for (i, row) in a.rows.iter().enumerate() {
        if row.is_empty() {
            continue;
        }
        let date = read_date(&row.date);
        let time = read_time(&row.time);
        let at = match (
            row.date.trim().is_empty(),
            date,
            row.time.trim().is_empty(),
            time,
        ) {
            (true, _, _, _) => {
                push(Field::At(i), tr.t("hcg-error-date-missing"));
                None
            }
            (false, None, _, _) => {
                push(Field::At(i), tr.t("hcg-error-date"));
                None
            }
            (false, Some(_), true, _) => {
                push(Field::At(i), tr.t("hcg-error-time-missing"));
                None
            }
            (false, Some(_), false, None) => {
                push(Field::At(i), tr.t("hcg-error-time"));
                None
            }
            (false, Some(d), false, Some(t)) => match tz.map(|tz| instant(tz, d, t)) {
                // The zone itself is wrong: that error is shown on the zone.
                None => None,
                Some(None) => {
                    push(Field::At(i), tr.t("hcg-error-clock-change"));
                    None
                }
                Some(Some(at)) if at.with_timezone(&Utc) > now => {
                    push(Field::At(i), tr.t("hcg-error-future"));
                    None
                }
                Some(Some(at)) => Some(at),
            },
        };
        if let Some(t) = at {
            if let Some(p) = previous {
                if t <= p {
                    push(Field::At(i), tr.t("hcg-error-order"));
                } else if (t - p).num_minutes() < (hcg::MIN_GAP_HOURS * 60.0) as i64 {
                    push(Field::At(i), tr.t("hcg-error-too-close"));
                }
            }
            previous = Some(t);
        }
        let number = if row.value.trim().is_empty() {
            push(Field::Value(i), tr.t("hcg-error-value-missing"));
            None
        } else if let Some(v) = read_number(&row.value) {
            Some(v)
        } else {
            push(Field::Value(i), tr.t("hcg-error-value-number"));
            None
        };
        let unit = UNITS.iter().find(|u| u.0 == row.unit).map(|u| u.0);
        if unit.is_none() && number.is_some() {
            push(Field::Value(i), tr.t("hcg-error-unit"));
        }
        if let (Some(at), Some(v), Some(unit)) = (at, number, unit) {
            let (iu_per_l, miu_per_ml) = if unit == "miu_per_ml" {
                (None, Some(v))
            } else {
                (Some(v), None)
            };
            values.push(HcgValueInput {
                at: Some(at.to_rfc3339()),
                iu_per_l,
                miu_per_ml,
            });
            rows_used.push(i);
        }
    }
    Read {
        input: HcgInput {
            context,
            values,
            // Read by the clinical side only after a loss; "not sure" stays unknown, which counts
            // as no scan having shown it (CLINICAL.md §1).
            scan_showed_in_womb: match a.in_womb.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        },
        rows_used,
        errors,
    }
}

/// The row a clinical field like `values[2].at` is about, and whether it is the time.
fn clinical_row(field: &str, rows_used: &[usize]) -> Option<(usize, bool)> {
    let rest = field.strip_prefix("values[")?;
    let (k, tail) = rest.split_once(']')?;
    let row = *rows_used.get(k.parse::<usize>().ok()?)?;
    Some((row, tail == ".at"))
}

fn clinical_error(
    tr: &Tr<'_>,
    e: &FieldError,
    rows_used: &[usize],
    filled: usize,
) -> Option<FormError> {
    let (field, message) = match e.field.as_str() {
        "context" => (Field::Context, tr.t("hcg-error-context")),
        // Too few or too many: only when every filled row could be read (else the rows say why).
        "values" if filled == rows_used.len() => (Field::Values, tr.t("hcg-error-too-few")),
        "values" => return None,
        other => {
            let (row, is_at) = clinical_row(other, rows_used)?;
            if is_at {
                let id = match e.problem {
                    Problem::NotInOrder => "hcg-error-order",
                    Problem::Invalid { .. } => "hcg-error-too-close",
                    _ => "hcg-error-date",
                };
                (Field::At(row), tr.t(id))
            } else {
                let id = match e.problem {
                    Problem::Missing => "hcg-error-value-missing",
                    Problem::NotANumber => "hcg-error-value-number",
                    _ => "hcg-error-value-range",
                };
                (Field::Value(row), tr.t(id))
            }
        }
    };
    Some(FormError { field, message })
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

pub async fn get_form(ctx: Ctx) -> Response {
    let a = Answers::fresh(ctx.prefs.region);
    form_page(&ctx, &a, &[], StatusCode::OK)
}

pub async fn post_form(
    ctx: Ctx,
    body: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let pairs = match body {
        Ok(Form(pairs)) => pairs,
        Err(rejection) => return bad_request(&ctx, rejection.status()),
    };
    let region = ctx.prefs.region;
    let answers = Answers::from_pairs(&pairs, region);
    let flag = |name: &str| pairs.iter().any(|(k, _)| k == name);
    if flag("more") {
        return form_page(&ctx, &answers.with_more_rows(region), &[], StatusCode::OK);
    }
    if flag("edit") {
        return form_page(&ctx, &answers, &[], StatusCode::OK);
    }
    let tr = ctx.tr();
    let now = Utc::now();
    let Read {
        input,
        rows_used,
        mut errors,
    } = read(&tr, &answers, now);
    match hcg::interpret(&input, now, region) {
        Ok(out) if errors.is_empty() => {
            return ctx.respond(&Page {
                title: tr.t("hcg-result-title"),
                body: render_result(&tr, &out, &answers),
                status: StatusCode::OK,
                chrome: Chrome::Standard,
            });
        }
        Ok(_) => {}
        Err(invalid) => {
            let filled = answers.filled_rows();
            for e in &invalid.errors {
                if let Some(fe) = clinical_error(&tr, e, &rows_used, filled)
                    && !errors.iter().any(|x| x.field == fe.field)
                {
                    errors.push(fe);
                }
            }
        }
    }
    errors.sort_by_key(|e| e.field.order());
    form_page(&ctx, &answers, &errors, StatusCode::UNPROCESSABLE_ENTITY)
}

fn form_page(ctx: &Ctx, a: &Answers, errors: &[FormError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    let title = if errors.is_empty() {
        tr.t("hcg-title")
    } else {
        tr.t("hcg-title-error")
    };
    ctx.respond(&Page {
        title,
        body: render_form(&tr, a, errors, ctx.prefs.region),
        status,
        chrome: Chrome::Standard,
    })
}

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

fn error_of(errors: &[FormError], field: Field) -> Option<&str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

fn error_line(errors: &[FormError], field: Field) -> Markup {
    html! {
        @if let Some(m) = error_of(errors, field) {
            p.field-error id=(field.error_id()) { (m) }
        }
    }
}

/// `aria-describedby` for an input: its hint(s) and its error, if any.
fn described_by(errors: &[FormError], field: Field, hints: &[&str]) -> Option<String> {
    let mut ids: Vec<String> = hints.iter().map(|h| (*h).to_owned()).collect();
    if error_of(errors, field).is_some() {
        ids.push(field.error_id());
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub fn render_form(tr: &Tr<'_>, a: &Answers, errors: &[FormError], region: Region) -> Markup {
    let context_invalid = error_of(errors, Field::Context).is_some();
    let tz_invalid = error_of(errors, Field::Tz).is_some();
    let values_invalid = error_of(errors, Field::Values).is_some();
    let mut zone_options: Vec<(&str, &str)> = zones(region).to_vec();
    if !zone_options.iter().any(|z| z.0 == "UTC") {
        zone_options.push(("UTC", "tz-utc"));
    }
    if let Some(z) = known_zone(&a.tz)
        && !zone_options.contains(&z)
    {
        zone_options.push(z);
    }
    html! {
        h1 { (tr.t("hcg-heading")) }
        @if !errors.is_empty() {
            div #error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (tr.t("hcg-error-summary")) }
                ul {
                    @for e in errors {
                        li {
                            a href={ "#" (e.field.target()) } {
                                span.q-name { (e.field.name(tr)) }
                                br;
                                (e.message)
                            }
                        }
                    }
                }
            }
        }
        p.lead { (tr.t("hcg-intro")) }
        p.note { (tr.t("hcg-not-diagnosis")) }
        form #hcg-form method="post" action="/results/hcg" autocomplete="off" novalidate {
            fieldset.q.err[context_invalid] #q-context aria-describedby="hint-context" {
                legend { (tr.t("hcg-context-legend")) }
                p.hint #hint-context { (tr.t("hcg-context-hint")) }
                (error_line(errors, Field::Context))
                @for (i, (c, label)) in CONTEXTS.iter().enumerate() {
                    label.opt {
                        input type="radio" name="context" value=(c.id())
                            id=(if i == 0 { "field-context".to_owned() } else { format!("field-context-{}", c.id()) })
                            checked[a.context == c.id()]
                            aria-describedby=[context_invalid.then_some("error-context")]
                            aria-invalid=[context_invalid.then_some("true")];
                        span { (tr.t(label)) }
                    }
                }
            }
            fieldset.q #q-scan_in_womb aria-describedby="hint-scan_in_womb" {
                legend { (tr.t("hcg-in-womb-legend")) }
                p.hint #hint-scan_in_womb { (tr.t("hcg-in-womb-hint")) }
                @for (i, (word, label)) in [("yes", "hcg-yes"), ("no", "hcg-no"), ("", "opt-not-sure")].iter().enumerate() {
                    label.opt {
                        input type="radio" name="scan_in_womb" value=(word)
                            id=(if i == 0 { "field-scan_in_womb".to_owned() } else { format!("field-scan_in_womb-{}", if word.is_empty() { "unknown" } else { *word }) })
                            checked[a.in_womb == *word || (word.is_empty() && !matches!(a.in_womb.as_str(), "yes" | "no"))];
                        span { (tr.t(label)) }
                    }
                }
            }
            fieldset.group #hcg-values {
                legend { (tr.t("hcg-values-legend")) }
                p.hint #hint-values { (tr.t("hcg-values-hint")) }
                p.hint #hint-unit { (tr.t("hcg-unit-hint")) }
                div.q.err[tz_invalid || values_invalid] {
                    label for="field-tz" { (tr.t("hcg-tz-label")) }
                    p.hint #hint-tz { (tr.t("hcg-tz-hint")) }
                    (error_line(errors, Field::Tz))
                    select #field-tz name="tz" aria-describedby=[described_by(errors, Field::Tz, &["hint-tz"])]
                        aria-invalid=[tz_invalid.then_some("true")] {
                        @for (name, label) in &zone_options {
                            option value=(name) selected[a.tz == *name] { (tr.t(label)) }
                        }
                    }
                    (error_line(errors, Field::Values))
                }
                @for (i, row) in a.rows.iter().enumerate() {
                    (form_row(tr, errors, i, row))
                }
            }
            input type="hidden" name="rows" value=(a.rows.len());
            p {
                button #hcg-submit .btn.primary type="submit" { (tr.t("hcg-submit")) }
            }
            @if a.rows.len() < MAX_VALUES {
                p {
                    button #hcg-more .btn.secondary type="submit" name="more" value="1" {
                        (tr.t_with("hcg-more-rows", &[("n", FluentValue::from(ROWS_STEP.min(MAX_VALUES - a.rows.len())))]))
                    }
                }
            }
            p.hint { (tr.t("hcg-privacy")) }
        }
    }
}

fn form_row(tr: &Tr<'_>, errors: &[FormError], i: usize, row: &Row) -> Markup {
    let at = Field::At(i);
    let value = Field::Value(i);
    let at_invalid = error_of(errors, at).is_some();
    let value_invalid = error_of(errors, value).is_some();
    let id = |part: &str| format!("field-values-{i}-{part}");
    html! {
        fieldset.hrow.err[at_invalid || value_invalid] #{ "row-" (i) } {
            legend { (tr.t_with("hcg-row-legend", &[("n", FluentValue::from(i + 1))])) }
            (error_line(errors, at))
            (error_line(errors, value))
            div {
                label for=(id("date")) { (tr.t("hcg-date")) }
                input type="date" name={ "date_" (i) } id=(id("date")) value=(row.date)
                    aria-describedby=[described_by(errors, at, &[])]
                    aria-invalid=[at_invalid.then_some("true")];
            }
            div {
                label for=(id("time")) { (tr.t("hcg-time")) }
                input type="time" name={ "time_" (i) } id=(id("time")) value=(row.time)
                    aria-describedby=[described_by(errors, at, &[])]
                    aria-invalid=[at_invalid.then_some("true")];
            }
            div {
                label for=(id("value")) { (tr.t("hcg-value")) }
                input type="text" inputmode="decimal" name={ "value_" (i) } id=(id("value")) value=(row.value)
                    aria-describedby=[described_by(errors, value, &[])]
                    aria-invalid=[value_invalid.then_some("true")];
            }
            div {
                label for=(id("unit")) { (tr.t("hcg-unit")) }
                select name={ "unit_" (i) } id=(id("unit")) aria-describedby="hint-unit" {
                    @for (word, label) in UNITS {
                        option value=(word) selected[row.unit == word] { (tr.t(label)) }
                    }
                }
            }
        }
    }
}

/// The answers as hidden fields, for "Change my results" (POST only: never in a URL).
fn hidden_answers(a: &Answers) -> Markup {
    html! {
        input type="hidden" name="context" value=(a.context);
        input type="hidden" name="scan_in_womb" value=(a.in_womb);
        input type="hidden" name="tz" value=(a.tz);
        input type="hidden" name="rows" value=(a.rows.len());
        @for (i, row) in a.rows.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
            input type="hidden" name={ "date_" (i) } value=(row.date);
            input type="hidden" name={ "time_" (i) } value=(row.time);
            input type="hidden" name={ "value_" (i) } value=(row.value);
            input type="hidden" name={ "unit_" (i) } value=(row.unit);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

fn source_title(id: &str) -> &str {
    solace_content::sources::title(id).unwrap_or(id)
}

fn sources_line(tr: &Tr<'_>, sources: &[solace_clinical::Source]) -> Markup {
    let titles: Vec<&str> = sources.iter().map(|s| source_title(s.id())).collect();
    html! {
        p.src { (tr.t_with("hcg-sources", &[("list", FluentValue::from(titles.join("; ")))])) }
    }
}

fn fmt_at(at: &DateTime<FixedOffset>, lang: Lang) -> String {
    fmt::date_time(lang, at.naive_local())
}

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

pub fn render_result(tr: &Tr<'_>, out: &HcgOutput, a: &Answers) -> Markup {
    let context_label = CONTEXTS
        .iter()
        .find(|(c, _)| *c == out.context)
        .map_or("hcg-context-unknown_location", |c| c.1);
    let any_not_48 = out.pairs.iter().any(|p| !p.is_48h_pair);
    html! {
        section #hcg-result data-context=(out.context.id()) {
            h1 { (tr.t("hcg-result-heading")) }
            p.note #not-diagnosis { strong { (tr.t("hcg-not-diagnosis")) } }
            p { (tr.t_with("hcg-you-said", &[("context", FluentValue::from(tr.t(context_label)))])) }
            h2 { (tr.t("hcg-readings-heading")) }
            (readings(tr, &out.readings))
            h2 #chart-heading { (tr.t("hcg-chart-heading")) }
            @if out.values.len() >= 2 {
                (chart(tr, out))
            }
            h2 { (tr.t("hcg-pairs-heading")) }
            div.scroll role="region" aria-labelledby="pairs-caption" tabindex="0" {
                table.data #pairs {
                    caption #pairs-caption { (tr.t("hcg-pairs-caption")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("hcg-pairs-results")) }
                            th.n scope="col" { (tr.t("hcg-pairs-hours")) }
                            th.c48 scope="col" { (tr.t("hcg-pairs-is-48h")) }
                            th.n scope="col" { (tr.t("hcg-pairs-change")) }
                            th.n scope="col" { (tr.t("hcg-pairs-per-48h")) }
                            th scope="col" { (tr.t("hcg-pairs-doubling")) }
                        }
                    }
                    tbody {
                        @for p in &out.pairs {
                            tr data-hours=(fmt::number(tr.lang, p.hours, 1)) data-48h=(if p.is_48h_pair { "yes" } else { "no" }) {
                                th scope="row" { (p.from_index + 1) " → " (p.to_index + 1) }
                                td.n {
                                    (fmt::number(tr.lang, p.hours, 1))
                                    // On a narrow screen the "48-hour pair?" column gives way to
                                    // this mark, explained by the note under the table.
                                    @if !p.is_48h_pair { span.n48 { " *" } }
                                }
                                td.c48 {
                                    @if p.is_48h_pair {
                                        (tr.t("hcg-yes"))
                                    } @else {
                                        strong { (tr.t("hcg-no")) " *" }
                                    }
                                }
                                td.n { (fmt::signed_percent(tr.lang, p.percent_change)) }
                                td.n { (fmt::signed_percent(tr.lang, p.percent_per_48h)) }
                                td {
                                    @if let Some(h) = p.doubling_hours {
                                        (tr.t_with("hcg-pairs-doubles", &[("hours", FluentValue::from(fmt::number(tr.lang, h, 1)))]))
                                    } @else if let Some(h) = p.half_life_hours {
                                        (tr.t_with("hcg-pairs-halves", &[("hours", FluentValue::from(fmt::number(tr.lang, h, 1)))]))
                                    } @else {
                                        (tr.t("hcg-pairs-same"))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if any_not_48 {
                p.warn #not-48h-warning { "* " (tr.t("hcg-not-48h-warning")) }
            }
            @if !out.expected_next.is_empty() {
                h2 { (tr.t("hcg-next-heading")) }
                ul #expected-next {
                    @for e in &out.expected_next {
                        li data-expected=(e.id) {
                            (e.text)
                            (sources_line(tr, &e.sources))
                        }
                    }
                }
            }
            @if let Some(p) = &out.projection {
                h2 { (tr.t("hcg-projection-heading")) }
                div #projection {
                    p { strong { (tr.t("hcg-projection-estimate")) } }
                    p { (p.text) }
                    dl {
                        dt { (tr.t("hcg-projection-around")) }
                        dd #projection-date { (fmt::date(tr.lang, p.below_5_on)) }
                        dt { (tr.t("hcg-projection-range")) }
                        dd #projection-range {
                            (tr.t_with("hcg-projection-between", &[
                                ("earliest", FluentValue::from(fmt::date(tr.lang, p.earliest))),
                                ("latest", FluentValue::from(fmt::date(tr.lang, p.latest))),
                            ]))
                        }
                    }
                    (sources_line(tr, &p.sources))
                }
            }
            p.note { (tr.t("hcg-not-diagnosis")) }
            div.row {
                button #print .btn.secondary type="button" hidden { (tr.t("hcg-print")) }
                form #change-results method="post" action="/results/hcg" {
                    (hidden_answers(a))
                    input type="hidden" name="edit" value="1";
                    button.btn.secondary type="submit" { (tr.t("hcg-change")) }
                }
                a.btn.secondary href="/results/hcg" { (tr.t("hcg-start-again")) }
            }
        }
    }
}

/// The rule sets the region leads with: NICE for uk, ie, au, nz and other; the US studies
/// (Barnhart, Seeber) for us and ca. See `Region::leading_guidance` for why.
fn leading_sets(region: Region) -> &'static [RuleSet] {
    match region.leading_guidance() {
        solace_clinical::region::Guidance::Nice => &[RuleSet::NiceNg126],
        solace_clinical::region::Guidance::Us => &[RuleSet::Barnhart2004, RuleSet::Seeber2006],
    }
}

/// Readings shown in the main part whatever the rule set: they hold under any guideline (a
/// falling or normal-looking hCG never rules out an ectopic pregnancy, CLINICAL.md §2).
const ALWAYS_SHOWN: &[&str] = &["hcg-never-rules-out-ectopic"];

/// The readings, grouped under the rule set that made them. The region's leading rule set comes
/// first and alone as the reading, with the notes that hold for everyone; the other rule set sits
/// in a closed "What other guidelines say" part, so a UK reader never sees a US verdict beside
/// NICE's. When the leading rule set has no band for this situation (after a loss NICE gives
/// none; for an ectopic follow-up the US studies give none), the first rule set that has one
/// leads instead, and says so.
fn readings(tr: &Tr<'_>, list: &[Reading]) -> Markup {
    let leading = leading_sets(tr.region);
    let mut groups: Vec<(RuleSet, Vec<&Reading>)> = vec![];
    for r in list {
        match groups.iter_mut().find(|(rs, _)| *rs == r.rule_set) {
            Some((_, v)) => v.push(r),
            None => groups.push((r.rule_set, vec![r])),
        }
    }
    let has_result = |rs: &RuleSet| {
        groups
            .iter()
            .any(|(g, v)| g == rs && v.iter().any(|r| r.kind == ReadingKind::Result))
    };
    // The rule set whose reading leads: the region's, else the first with a result.
    let stand_in = if leading.iter().any(has_result) {
        None
    } else {
        groups
            .iter()
            .map(|(rs, _)| *rs)
            .find(|rs| *rs != RuleSet::General && has_result(rs))
    };
    let in_main =
        |rs: RuleSet| leading.contains(&rs) || Some(rs) == stand_in || rs == RuleSet::General;
    let mut main: Vec<(RuleSet, Vec<&Reading>)> = vec![];
    let mut other: Vec<(RuleSet, Vec<&Reading>)> = vec![];
    let mut always: Vec<&Reading> = vec![];
    for (rs, v) in &groups {
        if in_main(*rs) {
            main.push((*rs, v.clone()));
        } else {
            let (keep, rest): (Vec<&Reading>, Vec<&Reading>) = v
                .iter()
                .copied()
                .partition(|r| ALWAYS_SHOWN.contains(&r.id));
            always.extend(keep);
            if !rest.is_empty() {
                other.push((*rs, rest));
            }
        }
    }
    if let Some(first) = always.first() {
        main.push((first.rule_set, always));
    }
    // The reading first (a rule set with a result), then other notes of the leading guidance and
    // the always-shown ones, then the notes for everyone. The sort is stable.
    main.sort_by_key(|(rs, v)| {
        let has_result = v.iter().any(|r| r.kind == ReadingKind::Result);
        match (*rs == RuleSet::General, has_result) {
            (true, _) => 2,
            (false, true) => 0,
            (false, false) => 1,
        }
    });
    html! {
        div #readings data-leading=(leading.first().map_or("", |rs| rs.id())) {
            @if let Some(rs) = stand_in {
                p.note #stand-in data-rule-set=(rs.id()) {
                    (tr.t_with("hcg-stand-in", &[("ruleset", FluentValue::from(tr.t(rule_set_label(rs))))]))
                }
            }
            @for (rule_set, rs) in &main {
                (ruleset_section(tr, *rule_set, rs))
            }
            @if !other.is_empty() {
                details.r-other #other-guidelines {
                    summary { (tr.t("results-other-guidelines")) }
                    p.hint { (tr.t("hcg-other-guidelines-hint")) }
                    @for (rule_set, rs) in &other {
                        (ruleset_section(tr, *rule_set, rs))
                    }
                }
            }
        }
    }
}

fn ruleset_section(tr: &Tr<'_>, rule_set: RuleSet, rs: &[&Reading]) -> Markup {
    html! {
        section.ruleset data-rule-set=(rule_set.id()) {
            h3 { (tr.t(rule_set_label(rule_set))) }
            @for r in rs {
                @let kind = match r.kind { ReadingKind::Result => "result", ReadingKind::Caution => "caution", ReadingKind::Note => "note" };
                div.reading data-reading=(r.id) data-kind=(kind) {
                    @if r.kind != ReadingKind::Result {
                        p.kind { (tr.t(reading_kind_label(r.kind))) }
                    }
                    p { (r.text) }
                    p { strong { (tr.t("hcg-next-step")) } " " (r.next_step) }
                    (sources_line(tr, &r.sources))
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------------------------

const FRAME: Frame = Frame {
    width: 360.0,
    height: 270.0,
    left: 50.0,
    right: 52.0,
    top: 24.0,
    bottom: 34.0,
};

/// The 15 % fall line (ectopic follow-up): dashed, a warm colour.
const FALL_15: Stroke = Stroke {
    colour: "#b34700",
    width: "2",
    dash: Some("5 3"),
};
const BAND_FILL: &str = "url(#hcg-hatch)";

/// A guideline line on the chart: its class, look, points (hours, IU/L) and short label.
struct Guide {
    class: &'static str,
    stroke: Stroke,
    pts: Vec<(f64, f64)>,
    label: String,
}

/// What the chart draws for the context: the band (a polygon, hours and IU/L), the lines, and the
/// legend entries for them.
struct Guides {
    band: Option<Vec<(f64, f64)>>,
    lines: Vec<Guide>,
    legend: Vec<(Markup, String)>,
}

/// A point on the log-linear line `v0 · ratio^(h / 48)`.
fn per_48(v0: f64, ratio: f64, h: f64) -> f64 {
    v0 * ratio.powf(h / 48.0)
}

fn guides(tr: &Tr<'_>, out: &HcgOutput, x_max: f64, y_lo: f64) -> Guides {
    let vals: Vec<(f64, f64)> = out
        .values
        .iter()
        .map(|v| (v.hours_from_first, v.iu_per_l))
        .collect();
    let Some(&(_, v0)) = vals.first() else {
        return Guides {
            band: None,
            lines: vec![],
            legend: vec![],
        };
    };
    let band_swatch = |edge| charts::swatch_area(BAND_FILL, edge);
    match out.context {
        HcgContext::UnknownLocation => {
            let up = vec![(0.0, v0), (x_max, per_48(v0, NICE_RISE_RATIO, x_max))];
            let down = vec![(0.0, v0), (x_max, per_48(v0, NICE_FALL_RATIO, x_max))];
            let mut band = up.clone();
            band.extend(down.iter().rev().copied());
            let mut knots = vec![0.0, 24.0, 48.0];
            knots.retain(|h| *h < x_max);
            knots.push(x_max);
            let barnhart: Vec<(f64, f64)> = knots
                .iter()
                .map(|h| (*h, v0 * hcg::barnhart_min_ratio(*h)))
                .collect();
            Guides {
                band: Some(band),
                lines: vec![
                    Guide {
                        class: "line-nice",
                        stroke: DASHED,
                        pts: up,
                        label: "+63%".to_owned(),
                    },
                    Guide {
                        class: "line-nice",
                        stroke: DASHED,
                        pts: down,
                        label: "\u{2212}50%".to_owned(),
                    },
                    Guide {
                        class: "line-barnhart",
                        stroke: DOTTED,
                        pts: barnhart,
                        label: "+53%".to_owned(),
                    },
                ],
                legend: vec![
                    (band_swatch(DASHED), tr.t("hcg-legend-band-nice")),
                    (charts::swatch_line(DASHED), tr.t("hcg-legend-nice-lines")),
                    (charts::swatch_line(DOTTED), tr.t("hcg-legend-barnhart")),
                ],
            }
        }
        HcgContext::AfterLoss => {
            let mut knots = vec![0.0, 48.0, 168.0];
            knots.retain(|h| *h < x_max);
            knots.push(x_max);
            let slowest: Vec<(f64, f64)> = knots
                .iter()
                .map(|h| (*h, v0 * (1.0 - hcg::expected_min_fall(*h / 24.0))))
                .collect();
            let mut band = slowest.clone();
            band.extend([(x_max, y_lo), (0.0, y_lo)]);
            Guides {
                band: Some(band),
                lines: vec![Guide {
                    class: "line-decline",
                    stroke: DASHED,
                    pts: slowest,
                    label: tr.t("hcg-chart-label-slowest"),
                }],
                legend: vec![
                    (band_swatch(DASHED), tr.t("hcg-legend-band-decline")),
                    (charts::swatch_line(DASHED), tr.t("hcg-legend-decline-line")),
                ],
            }
        }
        HcgContext::EctopicExpectant | HcgContext::EctopicMethotrexate => {
            let n = vals.len();
            let first_step = if out.context == HcgContext::EctopicMethotrexate {
                n.saturating_sub(2)
            } else {
                0
            };
            let target = 1.0 - ECTOPIC_MIN_FALL;
            let mut steps = vec![];
            for k in first_step..n {
                let (h, v) = vals[k];
                let end = vals.get(k + 1).map_or(x_max, |p| p.0);
                if end > h {
                    steps.push((h, v * target));
                    steps.push((end, v * target));
                }
            }
            if steps.is_empty() {
                return Guides {
                    band: None,
                    lines: vec![],
                    legend: vec![],
                };
            }
            let mut band = steps.clone();
            let start = steps[0].0;
            band.extend([(x_max, y_lo), (start, y_lo)]);
            Guides {
                band: Some(band),
                lines: vec![Guide {
                    class: "line-15",
                    stroke: FALL_15,
                    pts: steps,
                    label: "\u{2212}15%".to_owned(),
                }],
                legend: vec![
                    (band_swatch(FALL_15), tr.t("hcg-legend-band-ectopic")),
                    (
                        charts::swatch_line(FALL_15),
                        tr.t("hcg-legend-ectopic-line"),
                    ),
                ],
            }
        }
        HcgContext::ConfirmedInWomb => Guides {
            band: None,
            lines: vec![],
            legend: vec![],
        },
    }
}

/// The chart: log-scale hCG against time since the first result, the guideline's band for the
/// context, the 5 IU/L line, a legend, and a table of the same numbers.
#[allow(clippy::many_single_char_names)]
fn chart(tr: &Tr<'_>, out: &HcgOutput) -> Markup {
    let vals: Vec<(f64, f64)> = out
        .values
        .iter()
        .map(|v| (v.hours_from_first, v.iu_per_l))
        .collect();
    let last_h = vals.last().map_or(0.0, |v| v.0);
    let x_max = match out.context {
        HcgContext::UnknownLocation => last_h.max(48.0),
        HcgContext::AfterLoss => last_h.max(168.0),
        HcgContext::EctopicExpectant => last_h + 48.0,
        HcgContext::EctopicMethotrexate if vals.len() == 2 => last_h + 48.0,
        _ => last_h,
    }
    .max(1.0);

    // The y range: every value and 5 IU/L, and the guide lines up to 4 times beyond the values.
    let v_min = vals.iter().map(|v| v.1).fold(f64::INFINITY, f64::min);
    let v_max = vals.iter().map(|v| v.1).fold(0.0, f64::max);
    let provisional = guides(tr, out, x_max, v_min);
    let mut lo = v_min.min(NEGATIVE_BELOW_IU_PER_L);
    let mut hi = v_max;
    for g in &provisional.lines {
        for (_, v) in &g.pts {
            lo = lo.min(v.max(v_min / 4.0));
            hi = hi.max(v.min(v_max * 4.0));
        }
    }
    let lo = charts::nice_floor(lo / 1.15);
    // Room above the highest point for its label.
    let hi = charts::nice_ceil(hi * 1.6);
    let g = guides(tr, out, x_max, lo);

    let f = FRAME;
    let xs = Linear {
        d0: 0.0,
        d1: x_max,
        r0: f.x0(),
        r1: f.x1(),
    };
    let ys = Log {
        d0: lo,
        d1: hi,
        r0: f.y1(),
        r1: f.y0(),
    };
    let xy = |p: &(f64, f64)| (xs.map(p.0), ys.map(p.1));

    // x ticks: every 6 h up to every 4 weeks, at most 6 steps.
    let step = [6.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0, 672.0, 1344.0]
        .into_iter()
        .find(|s| x_max / s <= 6.0)
        .unwrap_or(2688.0);
    let first_at = out.values.first().map(|v| v.at);
    let mut x_ticks = vec![];
    let mut h = 0.0;
    while h <= x_max + 1e-9 {
        x_ticks.push(h);
        h += step;
    }

    // Labels at the right-hand end of each line, moved apart so they do not overlap.
    let mut label_items: Vec<(String, f64, &'static str)> = g
        .lines
        .iter()
        .filter_map(|l| {
            l.pts
                .last()
                .map(|p| (l.label.clone(), ys.map(p.1), l.stroke.colour))
        })
        .collect();
    let five_y = ys.map(NEGATIVE_BELOW_IU_PER_L);
    label_items.push(("5 IU/L".to_owned(), five_y, DASH_DOT.colour));
    let placed = charts::spread(
        &label_items.iter().map(|l| l.1).collect::<Vec<_>>(),
        12.0,
        f.y0() + 4.0,
        f.y1(),
    );
    let five_label_y = placed.last().copied().unwrap_or(five_y);

    let first = out.values.first();
    let last = out.values.last();
    let summary = match (first, last) {
        (Some(a), Some(b)) => tr.t_with(
            "hcg-chart-desc",
            &[
                ("n", FluentValue::from(out.values.len())),
                ("first", FluentValue::from(fmt::iu(tr.lang, a.iu_per_l))),
                ("last", FluentValue::from(fmt::iu(tr.lang, b.iu_per_l))),
                ("from", FluentValue::from(fmt_at(&a.at, tr.lang))),
                ("to", FluentValue::from(fmt_at(&b.at, tr.lang))),
            ],
        ),
        _ => String::new(),
    };
    let show_values = vals.len() <= 6;
    let series: Vec<(f64, f64)> = vals.iter().map(xy).collect();

    html! {
        figure.chart #hcg-chart-figure {
            svg #hcg-chart viewBox=(f.view_box()) width="360" height="270" role="img"
                aria-labelledby="hcg-chart-title" aria-describedby="hcg-chart-desc"
                font-family="system-ui,sans-serif" {
                title #hcg-chart-title { (tr.t("hcg-chart-title")) }
                defs {
                    clipPath #hcg-clip {
                        rect x=(charts::num(f.x0())) y=(charts::num(f.y0()))
                            width=(charts::num(f.x1() - f.x0())) height=(charts::num(f.y1() - f.y0())) {}
                    }
                    (charts::hatch("hcg-hatch", "#e3efee", "#a9c9c7"))
                }
                text x="2" y="12" font-size=(charts::TICK_FONT) fill=(INK) { (tr.t("hcg-chart-y")) }
                // Grid and y labels.
                @for v in charts::log_ticks(lo, hi) {
                    @let y = ys.map(v);
                    (charts::line(f.x0(), y, f.x1(), y, Stroke { colour: GRID, width: "1", dash: None }))
                    text x=(charts::num(f.x0() - 8.0)) y=(charts::num(y + 4.0)) text-anchor="end"
                        font-size=(charts::TICK_FONT) fill=(INK) { (fmt::number(tr.lang, v, 1)) }
                }
                // x ticks: hours or days since the first result, and the date.
                @for t in &x_ticks {
                    @let x = xs.map(*t);
                    (charts::line(x, f.y1(), x, f.y1() + 4.0, Stroke { colour: INK, width: "1", dash: None }))
                    text x=(charts::num(x)) y=(charts::num(f.y1() + 15.0)) text-anchor="middle"
                        font-size=(charts::TICK_FONT) fill=(INK) {
                        @if step < 24.0 {
                            (tr.t_with("hcg-chart-hours", &[("n", FluentValue::from(*t))]))
                        } @else {
                            (tr.t_with("hcg-chart-day", &[("n", FluentValue::from((*t / 24.0).round()))]))
                        }
                    }
                    @if let Some(at) = first_at.and_then(|a| a.checked_add_signed(TimeDelta::minutes((*t * 60.0).round() as i64))) {
                        text x=(charts::num(x)) y=(charts::num(f.y1() + 28.0)) text-anchor="middle"
                            font-size=(charts::TICK_FONT) fill="#444" { (fmt::date_short(tr.lang, at.date_naive())) }
                    }
                }
                (charts::line(f.x0(), f.y1(), f.x1(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                (charts::line(f.x0(), f.y0(), f.x0(), f.y1(), Stroke { colour: INK, width: "1", dash: None }))
                // The guideline's band and lines, clipped to the plotting area.
                g clip-path="url(#hcg-clip)" {
                    @if let Some(band) = &g.band {
                        @let pts: Vec<(f64, f64)> = band.iter().map(xy).collect();
                        polygon.band points=(charts::points(&pts)) fill=(BAND_FILL) fill-opacity="0.9" {}
                    }
                    @for l in &g.lines {
                        @let pts: Vec<(f64, f64)> = l.pts.iter().map(xy).collect();
                        g class=(l.class) { (charts::polyline(&pts, l.stroke)) }
                    }
                }
                g.line-5 {
                    (charts::line(f.x0(), five_y, f.x1(), five_y, DASH_DOT))
                    text x=(charts::num(f.x1() + 4.0)) y=(charts::num(five_label_y + 4.0))
                        font-size=(charts::TICK_FONT) fill=(DASH_DOT.colour) { "5 IU/L" }
                }
                @for (k, (label, _, colour)) in label_items.iter().enumerate().take(label_items.len().saturating_sub(1)) {
                    text x=(charts::num(f.x1() + 4.0)) y=(charts::num(placed[k] + 4.0))
                        font-size=(charts::TICK_FONT) fill=(colour) { (label) }
                }
                // The person's results.
                (charts::polyline(&series, SOLID))
                @for (v, (x, y)) in out.values.iter().zip(&series) {
                    circle.point cx=(charts::num(*x)) cy=(charts::num(*y)) r="5" fill=(charts::SERIES)
                        stroke="#fff" stroke-width="1.5"
                        data-value=(v.iu_per_l) data-at=(v.at.to_rfc3339()) {}
                    @if show_values {
                        @let above = *y - f.y0() > 16.0;
                        // Near the y axis the label starts at the point, clear of the tick labels.
                        @let (lx, anchor) = if *x - f.x0() < 20.0 { (*x + 3.0, "start") } else if f.x1() - *x < 20.0 { (*x - 3.0, "end") } else { (*x, "middle") };
                        text x=(charts::num(lx)) y=(charts::num(if above { *y - 9.0 } else { *y + 18.0 }))
                            text-anchor=(anchor) font-size=(charts::TICK_FONT) font-weight="700" fill=(INK) {
                            (fmt::iu(tr.lang, v.iu_per_l))
                        }
                    }
                }
            }
            figcaption #hcg-chart-desc { (summary) }
            ul.legend {
                li { (charts::swatch_series()) span { (tr.t("hcg-legend-values")) } }
                @for (swatch, text) in &g.legend {
                    li { (swatch) span { (text) } }
                }
                @if out.context == HcgContext::ConfirmedInWomb {
                    li { span { (tr.t("hcg-legend-no-band")) } }
                }
                li { (charts::swatch_line(DASH_DOT)) span { (tr.t("hcg-legend-line-5")) } }
            }
        }
        table.data.chart-table #hcg-chart-table {
            caption { (tr.t("hcg-table-caption")) }
            thead {
                tr {
                    th scope="col" { (tr.t("hcg-table-when")) }
                    th.n scope="col" { (tr.t("hcg-table-value")) }
                    th.n scope="col" { (tr.t("hcg-table-change")) }
                }
            }
            tbody {
                @for (k, v) in out.values.iter().enumerate() {
                    tr {
                        th scope="row" { (fmt_at(&v.at, tr.lang)) }
                        td.n data-value=(v.iu_per_l) { (fmt::iu(tr.lang, v.iu_per_l)) }
                        td.n {
                            @if let Some(p) = k.checked_sub(1).and_then(|j| out.pairs.get(j)) {
                                (fmt::signed_percent(tr.lang, p.percent_change))
                            } @else {
                                "\u{2014}"
                            }
                        }
                    }
                }
            }
        }
    }
}
