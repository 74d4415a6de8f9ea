//! `solace hcg | scan | dating | risk | options`: the same functions and the same JSON as
//! `POST /api/v1/hcg` and its siblings (`solace_app::calc`). Without `--json`, a plain-text summary.
//!
//! The clock is read here, at the edge, unless `--now` / `--today` fix it.

use chrono::{DateTime, NaiveDate, Utc};
use solace_app::calc::{self as api, ManagementOptions, Words};
use solace_app::clock::{Clock, SystemClock};
use solace_clinical::Region;
use solace_clinical::dating::DatingOutput;
use solace_clinical::hcg::{HcgOutput, Pair, Reading};
use solace_clinical::input::{InvalidInput, Problem};
use solace_clinical::management::Fact;
use solace_clinical::risk::{RiskOutput, Shown};
use solace_clinical::scan::ScanOutput;
use solace_clinical::sources::Source;
use solace_clinical::words::{Arg, Words as Msg};
use solace_i18n::{I18n, Lang, Tr, fmt};
use std::fmt::Write as _;
use std::process::ExitCode;

use crate::io::{self, field_error, input_error, internal};

/// `writeln!` into a `String`, which cannot fail.
macro_rules! out {
    ($o:expr) => {
        $o.push('\n')
    };
    ($o:expr, $($arg:tt)*) => {{
        let _ = writeln!($o, $($arg)*);
    }};
}

const NOW_EXPECTED: &str =
    "expected a date and time with a time zone (RFC 3339), like 2026-11-20T09:00:00Z";
const TODAY_EXPECTED: &str = "expected a date like 2026-11-20";

fn parse_now(flag: Option<&str>) -> Result<DateTime<Utc>, InvalidInput> {
    match flag {
        None => Ok(SystemClock.now()),
        Some(text) => DateTime::parse_from_rfc3339(text.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                field_error(
                    "--now",
                    Problem::BadDate {
                        expected: NOW_EXPECTED,
                    },
                )
            }),
    }
}

fn parse_today(flag: Option<&str>) -> Result<NaiveDate, InvalidInput> {
    match flag {
        None => Ok(SystemClock.today()),
        Some(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
            field_error(
                "--today",
                Problem::BadDate {
                    expected: TODAY_EXPECTED,
                },
            )
        }),
    }
}

/// Loads the words, reads stdin, and runs `calc`, which prints the answer and gives the exit code.
/// The words are in `lang` (`--lang`), else the region's language.
fn run(
    json: bool,
    region: Region,
    lang: Option<Lang>,
    calc: impl FnOnce(&[u8], Words<'_>) -> Result<ExitCode, InvalidInput>,
) -> ExitCode {
    run_in(
        json,
        lang.unwrap_or_else(|| Lang::default_for(region)),
        calc,
    )
}

/// [`run`] in a given language.
fn run_in(
    json: bool,
    lang: Lang,
    calc: impl FnOnce(&[u8], Words<'_>) -> Result<ExitCode, InvalidInput>,
) -> ExitCode {
    let i18n = match I18n::load() {
        Ok(i) => i,
        Err(e) => return internal(e),
    };
    let words = Words { i18n: &i18n, lang };
    let bytes = match io::read_stdin(json) {
        Ok(b) => b,
        Err(code) => return code,
    };
    calc(&bytes, words).unwrap_or_else(|e| input_error(&e, json))
}

/// Prints the answer: with `--json` the serialised object, otherwise the plain-text summary.
fn emit(
    json: bool,
    serialised: impl FnOnce() -> serde_json::Result<String>,
    text: impl FnOnce() -> String,
) -> ExitCode {
    if json {
        io::print_json(serialised())
    } else {
        io::print_text(&text())
    }
}

pub fn hcg(json: bool, region: Region, lang: Option<Lang>, now: Option<&str>) -> ExitCode {
    let now = match parse_now(now) {
        Ok(t) => t,
        Err(e) => return input_error(&e, json),
    };
    run(json, region, lang, |body, words| {
        let a = api::hcg(body, now, region, words)?;
        let tr = words.i18n.tr(words.lang, region);
        Ok(emit(
            json,
            || serde_json::to_string_pretty(&a),
            || render_hcg(&a.result, &tr, &a.disclaimer),
        ))
    })
}

pub fn scan(json: bool, region: Region, lang: Option<Lang>) -> ExitCode {
    run(json, region, lang, |body, words| {
        let a = api::scan(body, region, words)?;
        let tr = words.i18n.tr(words.lang, region);
        Ok(emit(
            json,
            || serde_json::to_string_pretty(&a),
            || render_scan(&a.result, &tr, &a.disclaimer),
        ))
    })
}

pub fn dating(json: bool, region: Region, today: Option<&str>, lang: Option<Lang>) -> ExitCode {
    let lang = lang.unwrap_or(Lang::default_for(region));
    let today = match parse_today(today) {
        Ok(d) => d,
        Err(e) => return input_error(&e, json),
    };
    run_in(json, lang, |body, words| {
        let a = api::dating(body, today, region, words)?;
        let tr = words.i18n.tr(lang, region);
        Ok(emit(
            json,
            || serde_json::to_string_pretty(&a),
            || render_dating(&a.result, &tr, &a.disclaimer),
        ))
    })
}

pub fn risk(json: bool, region: Region, lang: Option<Lang>) -> ExitCode {
    let lang = lang.unwrap_or(Lang::default_for(region));
    run_in(json, lang, |body, words| {
        let a = api::risk(body, region, words)?;
        let tr = words.i18n.tr(lang, region);
        Ok(emit(
            json,
            || serde_json::to_string_pretty(&a),
            || render_risk(&a.result, &tr, &a.disclaimer),
        ))
    })
}

/// Reads nothing from stdin.
pub fn options(json: bool, region: Region, lang: Option<Lang>) -> ExitCode {
    let lang = lang.unwrap_or(Lang::default_for(region));
    let i18n = match I18n::load() {
        Ok(i) => i,
        Err(e) => return internal(e),
    };
    let a = api::options(region, Words { i18n: &i18n, lang });
    let tr = i18n.tr(lang, region);
    emit(
        json,
        || serde_json::to_string_pretty(&a),
        || render_options(&a.result, &tr, &a.disclaimer),
    )
}

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

fn sources(list: &[Source]) -> String {
    list.iter().map(|s| s.id()).collect::<Vec<_>>().join(", ")
}

/// The guideline the region reads first, in words (`cli-hcg-first-*`).
fn first_guideline(region: Region) -> &'static str {
    if matches!(region, Region::Uk | Region::Ie) {
        "cli-hcg-first-nice"
    } else {
        "cli-hcg-first-us"
    }
}

/// Text already written (a date, a list of ids) as a message argument.
fn text_arg(s: impl Into<String>) -> Arg {
    Arg::Verbatim(s.into())
}

/// The message `id` with `args`, in `tr`'s language.
fn say(tr: &Tr<'_>, id: &'static str, args: Vec<(&'static str, Arg)>) -> String {
    tr.words(&Msg { id, args })
}

fn pair_row(p: &Pair, tr: &Tr<'_>) -> String {
    let lang = tr.lang;
    let rate = match (p.doubling_hours, p.half_life_hours) {
        (Some(h), _) => say(tr, "cli-hcg-doubles", vec![("h", Arg::Hours(h))]),
        (_, Some(h)) => say(tr, "cli-hcg-halves", vec![("h", Arg::Hours(h))]),
        _ => tr.t("cli-hcg-no-change"),
    };
    format!(
        "  {:>2} → {:<3} {:>7}  {:>9}  {:>9}  {:<20}  {}",
        p.from_index + 1,
        p.to_index + 1,
        fmt::hours(lang, p.hours),
        fmt::signed_percent(lang, p.percent_change),
        fmt::signed_percent(lang, p.percent_per_48h),
        rate,
        tr.t(if p.is_48h_pair {
            "cli-hcg-pair-yes"
        } else {
            "cli-hcg-pair-no"
        })
    )
}

fn render_reading(o: &mut String, r: &Reading, tr: &Tr<'_>) {
    out!(
        o,
        "  [{} {}] {}",
        r.rule_set.id(),
        tr.t(match r.kind {
            solace_clinical::hcg::ReadingKind::Result => "cli-hcg-kind-result",
            solace_clinical::hcg::ReadingKind::Caution => "cli-hcg-kind-caution",
            solace_clinical::hcg::ReadingKind::Note => "cli-hcg-kind-note",
        }),
        r.id
    );
    out!(o, "    {}", r.text);
    out!(o, "    {} {}", tr.t("cli-hcg-next"), r.next_step);
    out!(o, "    {} {}", tr.t("cli-hcg-sources"), sources(&r.sources));
}

/// The context in the heading's words (`cli-hcg-context-*`).
const fn context_label(c: solace_clinical::hcg::HcgContext) -> &'static str {
    use solace_clinical::hcg::HcgContext as C;
    match c {
        C::UnknownLocation => "cli-hcg-context-unknown_location",
        C::AfterLoss => "cli-hcg-context-after_loss",
        C::ConfirmedInWomb => "cli-hcg-context-confirmed_in_womb",
        C::EctopicExpectant => "cli-hcg-context-ectopic_expectant",
        C::EctopicMethotrexate => "cli-hcg-context-ectopic_methotrexate",
    }
}

/// The plain-text hCG answer: every word from Fluent (`readings-hcg.ftl`) in `tr`'s language.
fn render_hcg(out: &HcgOutput, tr: &Tr<'_>, disclaimer: &str) -> String {
    let lang = tr.lang;
    let mut o = String::new();
    out!(
        o,
        "{}",
        say(
            tr,
            "cli-hcg-heading",
            vec![(
                "context",
                Arg::Words(Box::new(Msg::id(context_label(out.context))))
            )]
        )
    );
    out!(o);
    let unit = tr.t("cli-hcg-unit");
    for v in &out.values {
        out!(
            o,
            "  {:>2}. {}  {:>12} {unit}",
            v.index + 1,
            fmt::date_time(lang, v.at.naive_local()),
            fmt::iu(lang, v.iu_per_l)
        );
    }
    out!(o);
    out!(o, "  {}", tr.t("cli-hcg-pairs-head"));
    for p in &out.pairs {
        out!(o, "{}", pair_row(p, tr));
    }
    out!(o);
    out!(
        o,
        "{}",
        say(
            tr,
            "cli-hcg-guidelines",
            vec![(
                "first",
                Arg::Words(Box::new(Msg::id(first_guideline(tr.region))))
            )]
        )
    );
    for r in &out.readings {
        render_reading(&mut o, r, tr);
    }
    if !out.expected_next.is_empty() {
        out!(o);
        out!(o, "{}", tr.t("cli-hcg-expect"));
        for e in &out.expected_next {
            out!(o, "  - {} ({})", e.text, sources(&e.sources));
        }
    }
    if let Some(p) = &out.projection {
        out!(o);
        out!(
            o,
            "{}",
            say(
                tr,
                "cli-hcg-below-5",
                vec![
                    ("date", Arg::Date(p.below_5_on)),
                    ("earliest", Arg::Date(p.earliest)),
                    ("latest", Arg::Date(p.latest)),
                ]
            )
        );
        out!(o, "  {}", p.text);
    }
    out!(o);
    out!(o, "{disclaimer}");
    o
}

/// The plain-text scan answer: every word from Fluent (`readings-scan.ftl`) in `tr`'s language.
fn render_scan(out: &ScanOutput, tr: &Tr<'_>, disclaimer: &str) -> String {
    let mut o = String::new();
    // The guideline's name, the same in every language.
    let first = if matches!(tr.region, Region::Uk | Region::Ie) {
        "NICE NG126"
    } else {
        "SRU 2013"
    };
    out!(
        o,
        "{}",
        say(tr, "cli-scan-heading", vec![("first", text_arg(first))])
    );
    for r in &out.readings {
        out!(o);
        out!(o, "[{}] {}", r.rule_set.id(), r.category.id());
        out!(o, "  {}", r.text);
        if !r.reasons.is_empty() {
            out!(o, "  {}", tr.t("cli-scan-because"));
            for reason in &r.reasons {
                out!(
                    o,
                    "    - [{}] {} ({})",
                    reason.rule,
                    reason.because,
                    sources(&reason.sources)
                );
            }
        }
        out!(o, "  {} {}", tr.t("cli-scan-next"), r.next_step);
        for n in &r.not_checked {
            out!(
                o,
                "  {}",
                say(
                    tr,
                    "cli-scan-not-checked",
                    vec![
                        ("rule", text_arg(n.rule)),
                        ("needs", text_arg(n.needs.join(", "))),
                    ]
                )
            );
        }
        out!(o, "  {} {}", tr.t("cli-scan-sources"), sources(&r.sources));
    }
    out!(o);
    out!(o, "{disclaimer}");
    o
}

fn render_dating(out: &DatingOutput, tr: &Tr<'_>, disclaimer: &str) -> String {
    let lang = tr.lang;
    let mut o = String::new();
    out!(o, "{}", out.text);
    out!(o);
    let age = tr.words(
        &Msg::id("cli-dating-age")
            .arg("weeks", Arg::Count(i64::from(out.weeks)))
            .arg("days", Arg::Count(i64::from(out.days)))
            .arg("total", Arg::Count(i64::from(out.gestational_age_days))),
    );
    let give_or_take = out.plus_minus_days.map_or(String::new(), |p| {
        tr.words(&Msg::id("cli-dating-give-or-take").arg("give", Arg::Number(p, 1)))
    });
    out!(o, "  {age}{give_or_take}");
    if let Some(d) = out.as_of {
        out!(o, "  {} {}", tr.t("cli-dating-as-of"), fmt::date(lang, d));
    }
    if let Some(d) = out.due_date {
        out!(o, "  {} {}", tr.t("cli-dating-due"), fmt::date(lang, d));
    }
    if let Some(note) = &out.note {
        out!(o, "  {} {note}", tr.t("cli-dating-note"));
    }
    out!(
        o,
        "  {} {}",
        tr.t("cli-dating-sources"),
        sources(&out.sources)
    );
    out!(o);
    out!(o, "{disclaimer}");
    o
}

fn figure_line(o: &mut String, f: &Shown, tr: &Tr<'_>) {
    out!(o, "  - {}", f.text);
    let amount = [&f.in_100, &f.percent_text, &f.odds_text]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    let checked =
        tr.words(&Msg::id("cli-odds-checked").arg("date", Arg::Verbatim(f.checked.to_owned())));
    out!(
        o,
        "    [{}] {amount} ({}; {checked})",
        f.id,
        sources(&f.sources),
    );
}

fn render_risk(out: &RiskOutput, tr: &Tr<'_>, disclaimer: &str) -> String {
    let mut o = String::new();
    out!(o, "{}", out.framing);
    out!(o);
    out!(o, "{}", tr.t("cli-odds-figures"));
    for f in &out.figures {
        figure_line(&mut o, f, tr);
    }
    if !out.withheld.is_empty() {
        out!(o);
        out!(o, "{}", tr.t("cli-odds-not-shown"));
        for w in &out.withheld {
            // Serialised as the kebab-case id the JSON uses.
            let reason = serde_json::to_value(w.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            out!(o, "  - [{}] {} ({reason})", w.id, w.text);
        }
    }
    if let Some(series) = &out.by_week {
        out!(o);
        out!(o, "{} ({}):", series.title, sources(&series.sources));
        for p in &series.points {
            let week = tr
                .words(&Msg::id("cli-odds-week").arg("n", Arg::Verbatim(format!("{:>2}", p.week))));
            out!(
                o,
                "  {week}: {} ({})",
                p.in_100,
                fmt::percent(tr.lang, p.percent)
            );
        }
    }
    out!(o);
    out!(o, "{disclaimer}");
    o
}

fn render_facts(o: &mut String, title: &str, facts: &[Fact]) {
    out!(o, "  {title}");
    for f in facts {
        let guideline = f
            .guideline
            .and_then(|g| serde_json::to_value(g).ok())
            .and_then(|v| v.as_str().map(|s| format!("{s}: ")))
            .unwrap_or_default();
        out!(o, "    - {guideline}{} ({})", f.text, sources(f.sources));
    }
}

fn render_options(out: &ManagementOptions, tr: &Tr<'_>, disclaimer: &str) -> String {
    let mut o = String::new();
    for opt in &out.options {
        out!(o, "{}", opt.name);
        render_facts(&mut o, &tr.t("cli-options-what"), &opt.what_happens);
        render_facts(&mut o, &tr.t("cli-options-how-long"), &opt.how_long);
        out!(o, "  {}", tr.t("cli-options-how-often"));
        for f in &opt.how_often_it_works {
            out!(o, "    - {} ({})", f.text, sources(&f.sources));
        }
        out!(o, "  {}", tr.t("cli-options-ask"));
        for q in &opt.questions {
            out!(o, "    - {q}");
        }
        out!(o);
    }
    render_facts(&mut o, &tr.t("cli-options-after"), &out.aftercare);
    out!(o);
    out!(o, "{disclaimer}");
    o
}
