//! The form: what was typed, its problems, reading it into the clinical input, and the form itself.

#[allow(clippy::wildcard_imports)]
use super::*;

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

pub(super) fn kept(v: &str) -> String {
    v.chars().take(MAX_KEPT).collect()
}

impl Answers {
    pub(super) fn fresh(region: Region) -> Answers {
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
    pub(super) fn with_more_rows(mut self, region: Region) -> Answers {
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

    pub(super) fn filled_rows(&self) -> usize {
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
    pub(super) fn order(self) -> (usize, usize, usize) {
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

pub(super) fn read_date(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}

pub(super) fn read_time(raw: &str) -> Option<NaiveTime> {
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
pub(super) struct Read {
    pub(super) input: HcgInput,
    pub(super) rows_used: Vec<usize>,
    pub(super) errors: Vec<FormError>,
}

pub(super) fn read(tr: &Tr<'_>, a: &Answers, now: DateTime<Utc>) -> Read {
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
pub(super) fn clinical_row(field: &str, rows_used: &[usize]) -> Option<(usize, bool)> {
    let rest = field.strip_prefix("values[")?;
    let (k, tail) = rest.split_once(']')?;
    let row = *rows_used.get(k.parse::<usize>().ok()?)?;
    Some((row, tail == ".at"))
}

pub(super) fn clinical_error(
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
// The form
// ---------------------------------------------------------------------------------------------

pub(super) fn error_of(errors: &[FormError], field: Field) -> Option<&str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

pub(super) fn error_line(errors: &[FormError], field: Field) -> Markup {
    html! {
        @if let Some(m) = error_of(errors, field) {
            p.field-error id=(field.error_id()) { (m) }
        }
    }
}

/// `aria-describedby` for an input: its hint(s) and its error, if any.
pub(super) fn described_by(errors: &[FormError], field: Field, hints: &[&str]) -> Option<String> {
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

pub(super) fn form_row(tr: &Tr<'_>, errors: &[FormError], i: usize, row: &Row) -> Markup {
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
pub(super) fn hidden_answers(a: &Answers) -> Markup {
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
