//! `/options`: the three ways to manage a miscarriage side by side (stacked on phones): what
//! happens, how long, how often it works (each figure as "X in 100" with its source and how sure
//! we are of it), questions to ask, and what to expect afterwards. No form.
//!
//! The facts, figures and questions come from `solace_clinical::management`, in the reader's
//! language through `solace_app::readings_more`; the page around them is Fluent. Test hooks: `section.r-option[data-option]`, `li[data-figure]`,
//! `#aftercare li[data-confidence]`.

use crate::AppState;
use crate::pages::{Chrome, Ctx, Page};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_app::readings_more;
use solace_clinical::Region;
use solace_clinical::management::{
    AFTERCARE, Fact, Guideline, MEDICATION, MiscarriageType, OptionId, OptionView, options,
};
use solace_clinical::region::Guidance;
use solace_clinical::risk::Confidence;
use solace_i18n::Tr;

pub fn routes() -> Router<AppState> {
    Router::new().route("/options", get(page))
}

/// Message ids the options page picks by a `match` (for the tidy tests).
#[must_use]
pub fn message_ids() -> Vec<&'static str> {
    [
        Confidence::Verified,
        Confidence::Secondary,
        Confidence::Unverified,
    ]
    .into_iter()
    .map(confidence_id)
    .collect()
}

fn confidence_id(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "options-confidence-verified",
        Confidence::Secondary => "options-confidence-secondary",
        Confidence::Unverified => "options-confidence-unverified",
    }
}

fn confidence_word(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "verified",
        Confidence::Secondary => "secondary",
        Confidence::Unverified => "unverified",
    }
}

fn option_word(id: OptionId) -> &'static str {
    match id {
        OptionId::Expectant => "expectant",
        OptionId::Medication => "medication",
        OptionId::Surgery => "surgery",
    }
}

async fn page(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("options-title"),
        body: body(&tr, ctx.prefs.region),
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}

/// "Source: title; title · checked in the study itself".
fn source_line(tr: &Tr<'_>, sources: &[solace_clinical::Source], c: Confidence) -> Markup {
    let titles: Vec<&str> = sources
        .iter()
        .map(|s| solace_content::sources::title(s.id()).unwrap_or(s.id()))
        .collect();
    html! {
        small.r-src {
            (tr.t_with("options-source", &[("list", FluentValue::from(titles.join("; ")))]))
            " · " (tr.t(confidence_id(c)))
        }
    }
}

fn fact(tr: &Tr<'_>, f: &Fact) -> Markup {
    html! {
        li data-confidence=(confidence_word(f.confidence)) {
            (f.text) " " (source_line(tr, f.sources, f.confidence))
        }
    }
}

/// The figure's sentence with its "X in 100" in bold, so the numbers stand out when skimming.
/// A sentence without it (none today: a clinical test checks) gets it in front.
fn emphasise(text: &str, in_100: Option<&str>) -> Markup {
    let Some(phrase) = in_100 else {
        return html! { (text) };
    };
    let at = text.to_lowercase().find(&phrase.to_lowercase());
    let parts = at.and_then(|i| {
        Some((
            text.get(..i)?,
            text.get(i..i + phrase.len())?,
            text.get(i + phrase.len()..)?,
        ))
    });
    if let Some((before, bold, after)) = parts {
        html! { (before) b.r-in100 { (bold) } (after) }
    } else {
        html! { b.r-in100 { (phrase) } ": " (text) }
    }
}

/// The region's guideline first (UK: NICE; US: ACOG; see `Region::leading_guidance`), then the
/// other, then facts that are no one guideline's. Stable: the data's order is kept within each.
fn region_first(facts: &[Fact], region: Region) -> Vec<&Fact> {
    let own = match region.leading_guidance() {
        Guidance::Nice => Guideline::NiceNg126,
        Guidance::Us => Guideline::AcogPb200,
    };
    let mut v: Vec<&Fact> = facts.iter().collect();
    v.sort_by_key(|f| match f.guideline {
        Some(g) if g == own => 0,
        Some(_) => 1,
        None => 2,
    });
    v
}

fn regimen_word(t: MiscarriageType) -> &'static str {
    match t {
        MiscarriageType::Missed => "missed",
        MiscarriageType::Incomplete => "incomplete",
    }
}

fn option(tr: &Tr<'_>, o: &OptionView, region: Region) -> Markup {
    let id = option_word(o.id);
    html! {
        section.r-card.r-option id={ "option-" (id) } data-option=(id) aria-labelledby={ "h-" (id) } {
            h2 id={ "h-" (id) } { (o.name) }
            h3 { (tr.t("options-what")) }
            @if !o.regimens.is_empty() {
                // NICE's two plans, apart: which one depends on the type of miscarriage.
                div #nice-regimens {
                    p { (tr.t("options-regimens-intro")) }
                    @for r in &o.regimens {
                        div.r-regimen data-regimen=(regimen_word(r.for_type)) data-confidence=(confidence_word(r.fact.confidence)) {
                            p.r-when { strong { (r.when) } }
                            p { (r.fact.text) " " (source_line(tr, r.fact.sources, r.fact.confidence)) }
                        }
                    }
                }
            }
            ul { @for f in region_first(&o.what_happens, region) { (fact(tr, f)) } }
            h3 { (tr.t("options-how-long")) }
            ul { @for f in region_first(&o.how_long, region) { (fact(tr, f)) } }
            h3 { (tr.t("options-how-often")) }
            ul.r-figs {
                @for f in &o.how_often_it_works {
                    li data-figure=(f.id) data-confidence=(confidence_word(f.confidence)) {
                        (emphasise(&f.text, f.in_100.as_deref()))
                        " "
                        (source_line(tr, &f.sources, f.confidence))
                    }
                }
            }
            h3 { (tr.t("options-ask")) }
            ul.r-ask { @for q in &o.questions { li { (q) } } }
        }
    }
}

fn body(tr: &Tr<'_>, region: solace_clinical::Region) -> Markup {
    let number = region.emergency_number();
    let aftercare_all: Vec<Fact> = AFTERCARE
        .iter()
        .map(|f| readings_more::fact(tr, f.clone()))
        .collect();
    let after_medicines: Vec<Fact> = MEDICATION
        .how_long
        .iter()
        .map(|f| readings_more::fact(tr, f.clone()))
        .collect();
    // The last aftercare fact is when to get help at once: it goes in the safety box.
    let (safety, aftercare) = aftercare_all
        .split_last()
        .map_or((None, &aftercare_all[..]), |(s, a)| (Some(s), a));
    let (first, rest) = aftercare
        .split_first()
        .map_or((None, aftercare), |(f, r)| (Some(f), r));
    let all: Vec<OptionView> = options()
        .into_iter()
        .map(|o| readings_more::option_view(tr, o))
        .collect();
    html! {
        p.note #content-note { (tr.t("options-content-note")) }
        h1 { (tr.t("options-heading")) }
        p.lead { (tr.t("options-intro-1")) }
        p { (tr.t("options-intro-2")) }
        nav.r-toc aria-label=(tr.t("options-on-this-page")) {
            ul {
                @for o in &all {
                    li { a href={ "#option-" (option_word(o.id)) } { (o.name) } }
                }
                li { a href="#aftercare" { (tr.t("options-aftercare")) } }
            }
        }
        div.r-cols.r-three #options {
            @for o in &all { (option(tr, o, region)) }
        }
        section #aftercare {
            h2 { (tr.t("options-aftercare")) }
            ul.r-list {
                @if let Some(f) = first { (fact(tr, f)) }
                // Bleeding after the medicines (NICE): part of what to expect afterwards.
                @for f in region_first(&after_medicines, region) { (fact(tr, f)) }
                @for f in rest { (fact(tr, f)) }
            }
        }
        @if let Some(s) = safety {
            div.safety #safety {
                h2 { (tr.t("options-safety")) }
                p data-confidence=(confidence_word(s.confidence)) {
                    (s.text) " " (source_line(tr, s.sources, s.confidence))
                }
                a.btn.call.alt href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
            }
        }
        p #contact { (tr.t("options-contact")) }
    }
}
