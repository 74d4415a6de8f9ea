//! `/results/hcg`: "What do my hCG results mean?". GET shows the form; POST reads it and shows the
//! readings of every rule set, the chart and the tables, or the form again (422) with what was
//! typed kept and every problem named beside its field. Works without JavaScript: "Add more rows"
//! is a submit button (`more`) that shows the same form with 4 more rows.
//!
//! Each result is a date, a time and a number; the time zone select turns the wall-clock time into
//! a real instant (chrono-tz), so the hours between two results are true across a clock change.
//! The readings' words are the clinical crate's messages in the page's language
//! (`solace_app::readings`, `readings-hcg.ftl`); the page's own words are Fluent messages
//! (`hcg.ftl`). Nothing here diagnoses.
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
    self, GuideKind, HcgContext, HcgInput, HcgOutput, HcgValueInput, MAX_VALUES,
    NEGATIVE_BELOW_IU_PER_L, Reading, ReadingKind, RuleSet, guide_curves,
};
use solace_clinical::input::{FieldError, Problem};
use solace_i18n::{Lang, Tr, fmt};

mod chart;
mod form;
mod view;

use chart::chart;
pub use form::render_form;
pub use form::{Answers, Field, FormError, Row, instant};
use form::{Read, clinical_error, hidden_answers, read};
use view::fmt_at;
pub use view::render_result;

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
    let now = ctx.now();
    let Read {
        input,
        rows_used,
        mut errors,
    } = read(&tr, &answers, now);
    match hcg::interpret(&input, now, region) {
        Ok(mut out) if errors.is_empty() => {
            // The readings' words in the page's language.
            solace_app::readings::hcg(&mut out, &tr);
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
