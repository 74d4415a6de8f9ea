//! `/results/scan`: "Understand my scan report". GET shows the form; POST reads it with
//! [`solace_clinical::scan::read`] and shows the reading of the region's leading guidance alone
//! as the reading (uk, ie, au, nz, other: NICE; us, ca: SRU 2013; see
//! `Region::leading_guidance`), with the other rule set in a closed "What other guidelines say"
//! part — so a UK reader never sees the US verdict beside NICE's "rescan" — or the form again
//! (422) with every answer kept and every problem next to its question. A POST with `edit=1` (from "Change my answers") shows the form filled in.
//!
//! Field names are the contract's (DESIGN.md "scan input"), except the earlier scan, which is
//! asked as `previous_days_ago`, `previous_sac_seen` and `previous_yolk_sac_seen` (dots make poor
//! element ids). Yes/no questions send `yes`, `no`, or nothing for "Not sure".
//!
//! Test hooks: each reading is `section.r-reading[data-rule-set][data-category]` (the leading one
//! `#verdict`, the other inside `details#other-guidelines`), each reason `li[data-rule]`; errors
//! are `#error-<field>` and `#error-summary`.

mod view;

use crate::AppState;
use crate::extract::AnswersForm;
use crate::pages::check::fields::read_number;
use crate::pages::check::form::plain_number;
use crate::pages::{Chrome, Ctx, Page};
use crate::view::forms::{self, FieldError, Kept, Q, Summary};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_clinical::input::Problem;
use solace_clinical::scan::{Category, PreviousScanInput, Route, ScanInput, ScanRuleSet, read};
use solace_i18n::Tr;
use view::{category_id, leading_reason_id, result, rule_set_name_id};

pub fn routes() -> Router<AppState> {
    Router::new().route("/results/scan", get(get_form).post(post_form))
}

// ---------------------------------------------------------------------------------------------
// The questions
// ---------------------------------------------------------------------------------------------

/// How a question is asked and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Transvaginal / transabdominal radios; required.
    Route,
    /// Free text read as a number; `example` is shown when it is not one.
    Number { example: &'static str },
    /// Yes / No / Not sure radios.
    YesNo,
}

#[derive(Debug)]
struct Field {
    /// The form field name (the contract's name, or `previous_*`).
    name: &'static str,
    /// Message id of the question.
    label: &'static str,
    /// Message id of the hint under it.
    hint: &'static str,
    /// Message id of the short name ("the embryo's length (CRL)").
    short: &'static str,
    kind: Kind,
}

#[derive(Debug)]
struct Group {
    id: &'static str,
    legend: &'static str,
    hint: Option<&'static str>,
    fields: &'static [Field],
}

const ROUTES: &[(&str, &str)] = &[
    ("transvaginal", "scan-opt-route-transvaginal"),
    ("transabdominal", "scan-opt-route-transabdominal"),
];

const GROUPS: &[Group] = &[
    Group {
        id: "group-route",
        legend: "scan-group-route",
        hint: None,
        fields: &[Field {
            name: "route",
            label: "scan-q-route",
            hint: "scan-hint-route",
            short: "scan-name-route",
            kind: Kind::Route,
        }],
    },
    Group {
        id: "group-findings",
        legend: "scan-group-findings",
        hint: Some("scan-group-findings-hint"),
        fields: &[
            Field {
                name: "msd_mm",
                label: "scan-q-msd_mm",
                hint: "scan-hint-msd_mm",
                short: "scan-name-msd_mm",
                kind: Kind::Number { example: "18" },
            },
            Field {
                name: "yolk_sac_seen",
                label: "scan-q-yolk_sac_seen",
                hint: "scan-hint-yolk_sac_seen",
                short: "scan-name-yolk_sac_seen",
                kind: Kind::YesNo,
            },
            Field {
                name: "yolk_sac_mm",
                label: "scan-q-yolk_sac_mm",
                hint: "scan-hint-yolk_sac_mm",
                short: "scan-name-yolk_sac_mm",
                kind: Kind::Number { example: "4" },
            },
            Field {
                name: "embryo_seen",
                label: "scan-q-embryo_seen",
                hint: "scan-hint-embryo_seen",
                short: "scan-name-embryo_seen",
                kind: Kind::YesNo,
            },
            Field {
                name: "crl_mm",
                label: "scan-q-crl_mm",
                hint: "scan-hint-crl_mm",
                short: "scan-name-crl_mm",
                kind: Kind::Number { example: "6.5" },
            },
            Field {
                name: "cardiac_activity",
                label: "scan-q-cardiac_activity",
                hint: "scan-hint-cardiac_activity",
                short: "scan-name-cardiac_activity",
                kind: Kind::YesNo,
            },
            Field {
                name: "amnion_empty",
                label: "scan-q-amnion_empty",
                hint: "scan-hint-amnion_empty",
                short: "scan-name-amnion_empty",
                kind: Kind::YesNo,
            },
            Field {
                name: "weeks_since_lmp",
                label: "scan-q-weeks_since_lmp",
                hint: "scan-hint-weeks_since_lmp",
                short: "scan-name-weeks_since_lmp",
                kind: Kind::Number { example: "7" },
            },
        ],
    },
    Group {
        id: "group-previous",
        legend: "scan-group-previous",
        hint: Some("scan-group-previous-hint"),
        fields: &[
            Field {
                name: "previous_days_ago",
                label: "scan-q-previous_days_ago",
                hint: "scan-hint-previous_days_ago",
                short: "scan-name-previous_days_ago",
                kind: Kind::Number { example: "7" },
            },
            Field {
                name: "previous_sac_seen",
                label: "scan-q-previous_sac_seen",
                hint: "scan-hint-previous_sac_seen",
                short: "scan-name-previous_sac_seen",
                kind: Kind::YesNo,
            },
            Field {
                name: "previous_yolk_sac_seen",
                label: "scan-q-previous_yolk_sac_seen",
                hint: "scan-hint-previous_yolk_sac_seen",
                short: "scan-name-previous_yolk_sac_seen",
                kind: Kind::YesNo,
            },
        ],
    },
];

const YES_NO: &[(&str, &str)] = &[("yes", "scan-opt-yes"), ("no", "scan-opt-no")];

fn fields() -> impl Iterator<Item = &'static Field> {
    GROUPS.iter().flat_map(|g| g.fields.iter())
}

fn field(name: &str) -> Option<&'static Field> {
    fields().find(|f| f.name == name)
}

/// Every form field name, in the order the form asks.
#[must_use]
pub fn names() -> Vec<&'static str> {
    fields().map(|f| f.name).collect()
}

/// Message ids the scan page picks from tables (for the tidy tests).
#[must_use]
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![];
    for g in GROUPS {
        ids.push(g.legend);
        ids.extend(g.hint);
        for f in g.fields {
            ids.extend([f.label, f.hint, f.short]);
        }
    }
    ids.extend(ROUTES.iter().map(|r| r.1));
    ids.extend(YES_NO.iter().map(|r| r.1));
    ids.extend(Region::ALL.map(leading_reason_id));
    for rs in ScanRuleSet::ALL {
        ids.push(rule_set_name_id(rs));
    }
    for (rs, c) in [
        (ScanRuleSet::Sru2013, Category::ConsistentWithLoss),
        (ScanRuleSet::Sru2013, Category::Suspicious),
        (ScanRuleSet::Sru2013, Category::NoCriteriaMet),
        (ScanRuleSet::NiceNg126, Category::SecondOpinionOrRescan),
        (ScanRuleSet::NiceNg126, Category::Rescan),
        (ScanRuleSet::NiceNg126, Category::NoCriteriaMet),
    ] {
        ids.push(category_id(rs, c));
    }
    ids
}

/// The form field a clinical field is asked by ("" when it is not a question on the form).
fn form_field(clinical: &str) -> &'static str {
    match clinical {
        "previous_scan.days_ago" => "previous_days_ago",
        "previous_scan.sac_seen" => "previous_sac_seen",
        "previous_scan.yolk_sac_seen" => "previous_yolk_sac_seen",
        other => field(other).map_or("", |f| f.name),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the form
// ---------------------------------------------------------------------------------------------

fn yes_no(raw: &str) -> Option<bool> {
    match raw {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Reads the answers into the contract's input. Answers that cannot be read are left out and
/// listed with the message to show; the clinical checks run afterwards on the rest.
fn parse(tr: &Tr<'_>, kept: &Kept) -> (ScanInput, Vec<FieldError>) {
    let mut input = ScanInput::default();
    let mut previous = PreviousScanInput::default();
    let mut errors = vec![];
    for f in fields() {
        let Some(raw) = kept.get(f.name) else {
            continue;
        };
        let bad = match f.kind {
            Kind::Route => match raw {
                "transvaginal" => {
                    input.route = Some(Route::Transvaginal);
                    None
                }
                "transabdominal" => {
                    input.route = Some(Route::Transabdominal);
                    None
                }
                _ => Some(tr.t("error-choice")),
            },
            Kind::Number { example } => match read_number(raw) {
                Some(v) => {
                    let slot = match f.name {
                        "msd_mm" => &mut input.msd_mm,
                        "yolk_sac_mm" => &mut input.yolk_sac_mm,
                        "crl_mm" => &mut input.crl_mm,
                        "weeks_since_lmp" => &mut input.weeks_since_lmp,
                        _ => &mut previous.days_ago,
                    };
                    *slot = Some(v);
                    None
                }
                None => Some(tr.t_with("error-number", &[("example", FluentValue::from(example))])),
            },
            Kind::YesNo => match yes_no(raw) {
                Some(v) => {
                    let slot = match f.name {
                        "yolk_sac_seen" => &mut input.yolk_sac_seen,
                        "embryo_seen" => &mut input.embryo_seen,
                        "cardiac_activity" => &mut input.cardiac_activity,
                        "amnion_empty" => &mut input.amnion_empty,
                        "previous_sac_seen" => &mut previous.sac_seen,
                        _ => &mut previous.yolk_sac_seen,
                    };
                    *slot = Some(v);
                    None
                }
                None => Some(tr.t("error-choice")),
            },
        };
        if let Some(message) = bad {
            errors.push(FieldError {
                field: f.name,
                message,
            });
        }
    }
    let any_previous = [
        "previous_days_ago",
        "previous_sac_seen",
        "previous_yolk_sac_seen",
    ]
    .iter()
    .any(|n| kept.get(n).is_some());
    if any_previous {
        input.previous_scan = Some(previous);
    }
    (input, errors)
}

/// A problem the clinical checks found, in words for this question.
fn problem_message(tr: &Tr<'_>, field_name: &str, problem: &Problem) -> String {
    match problem {
        Problem::OutOfRange { min, max, .. } => tr.t_with(
            "error-range",
            &[("min", plain_number(*min)), ("max", plain_number(*max))],
        ),
        Problem::NotWholeNumber { min, max } => tr.t_with(
            "scan-error-whole",
            &[("min", plain_number(*min)), ("max", plain_number(*max))],
        ),
        Problem::NotANumber => {
            let example = match field(field_name).map(|f| f.kind) {
                Some(Kind::Number { example }) => example,
                _ => "7",
            };
            tr.t_with("error-number", &[("example", FluentValue::from(example))])
        }
        Problem::Missing if field_name == "route" => tr.t("scan-error-route"),
        Problem::Missing if field_name == "previous_days_ago" => tr.t("scan-error-days-missing"),
        Problem::Disagrees { with } => {
            let other = field(form_field(with)).map_or_else(String::new, |f| tr.t(f.short));
            tr.t_with(
                "scan-error-disagrees",
                &[("other", FluentValue::from(other))],
            )
        }
        _ => tr.t("error-invalid"),
    }
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

async fn get_form(ctx: Ctx) -> Response {
    form_page(&ctx, &Kept::default(), &[], StatusCode::OK)
}

async fn post_form(ctx: Ctx, AnswersForm(pairs): AnswersForm) -> Response {
    let kept = Kept::from_pairs(&pairs, &names());
    if forms::wants_edit(&pairs) {
        return form_page(&ctx, &kept, &[], StatusCode::OK);
    }
    let tr = ctx.tr();
    let region = ctx.prefs.region;
    let (input, mut errors) = parse(&tr, &kept);
    match read(&input, region) {
        Ok(mut out) if errors.is_empty() => {
            // The readings' words in the page's language.
            solace_app::readings::scan(&mut out, &tr);
            return ctx.respond(&Page {
                title: tr.t("scan-result-title"),
                body: result(&tr, region, &out, &kept),
                status: StatusCode::OK,
                chrome: Chrome::DisclaimerInBody,
            });
        }
        Ok(_) => {}
        Err(invalid) => {
            for e in &invalid.errors {
                let name = form_field(&e.field);
                if !errors.iter().any(|x| x.field == name) {
                    errors.push(FieldError {
                        field: name,
                        message: problem_message(&tr, name, &e.problem),
                    });
                }
            }
        }
    }
    let order = names();
    errors.sort_by_key(|e| order.iter().position(|n| *n == e.field));
    form_page(&ctx, &kept, &errors, StatusCode::UNPROCESSABLE_ENTITY)
}

fn form_page(ctx: &Ctx, kept: &Kept, errors: &[FieldError], status: StatusCode) -> Response {
    let body = form(&ctx.tr(), kept, errors);
    ctx.form_page(
        ("scan-title", "check-title-error"),
        !errors.is_empty(),
        body,
        status,
    )
}

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

fn question_text(tr: &Tr<'_>, name: &str) -> String {
    field(name).map_or_else(|| name.to_owned(), |f| tr.t(f.label))
}

fn form(tr: &Tr<'_>, kept: &Kept, errors: &[FieldError]) -> Markup {
    html! {
        p.note #content-note { (tr.t("scan-content-note")) }
        h1 { (tr.t("scan-heading")) }
        (forms::error_summary_with(tr, errors, Summary { question: Some(&|n| question_text(tr, n)), ..Summary::default() }))
        p.lead { (tr.t("scan-intro")) }
        form #scan-form method="post" action="/results/scan" autocomplete="off" novalidate {
            @for g in GROUPS {
                fieldset.group id=(g.id) {
                    legend { (tr.t(g.legend)) }
                    @if let Some(hint) = g.hint {
                        p.hint { (tr.t(hint)) }
                    }
                    @for f in g.fields {
                        @let q = Q { name: f.name, label: f.label, hint: f.hint };
                        @match f.kind {
                            Kind::Route => (forms::radios(tr, &q, ROUTES, None, kept, errors)),
                            Kind::YesNo => (forms::radios(tr, &q, YES_NO, forms::NOT_SURE, kept, errors)),
                            Kind::Number { .. } => (forms::text(tr, &q, "text", kept, errors)),
                        }
                    }
                }
            }
            p { button #scan-submit .btn.primary type="submit" { (tr.t("scan-submit")) } }
            p.hint { (tr.t("check-privacy")) }
        }
    }
}
