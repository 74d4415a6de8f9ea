//! The scan reading: the region's leading guidance alone as the reading, the other rule set in a
//! closed "What other guidelines say" part, the reasons with their sources, what was not checked
//! and what would let it be, and when to get help.

use super::super::{result_buttons, sources};
use super::{field, form_field};
use crate::view::forms::Kept;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_clinical::scan::{Category, ScanOutput, ScanReading, ScanRuleSet};
use solace_i18n::Tr;

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

/// Why this guidance leads: the region's own (uk, ie, us, ca), or NICE as the more cautious where
/// there is no local rule set in CLINICAL.md (au, nz, other).
pub(super) fn leading_reason_id(region: Region) -> &'static str {
    match region {
        Region::Uk | Region::Ie => "scan-lead-nice-local",
        Region::Us | Region::Ca => "scan-lead-sru-local",
        Region::Au | Region::Nz | Region::Other => "scan-lead-nice-cautious",
    }
}

pub(super) fn rule_set_name_id(rs: ScanRuleSet) -> &'static str {
    match rs {
        ScanRuleSet::Sru2013 => "scan-rs-sru",
        ScanRuleSet::NiceNg126 => "scan-rs-nice",
    }
}

pub(super) fn category_id(rs: ScanRuleSet, c: Category) -> &'static str {
    match (rs, c) {
        (ScanRuleSet::Sru2013, Category::ConsistentWithLoss) => "scan-cat-sru-loss",
        (ScanRuleSet::Sru2013, Category::Suspicious) => "scan-cat-sru-suspicious",
        (ScanRuleSet::Sru2013, _) => "scan-cat-sru-none",
        (ScanRuleSet::NiceNg126, Category::SecondOpinionOrRescan) => "scan-cat-nice-second",
        (ScanRuleSet::NiceNg126, Category::Rescan) => "scan-cat-nice-rescan",
        (ScanRuleSet::NiceNg126, _) => "scan-cat-nice-none",
    }
}

/// "a, b and c" from the short names of the form fields behind some clinical fields.
fn field_list(tr: &Tr<'_>, clinical: &[&str]) -> String {
    let mut names: Vec<String> = vec![];
    for c in clinical {
        let name = field(form_field(c)).map_or_else(|| (*c).to_owned(), |f| tr.t(f.short));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), tr.t("scan-and"))
        }
        _ => names.concat(),
    }
}

fn reading(tr: &Tr<'_>, r: &ScanReading, usual: bool, heading: &str) -> Markup {
    let id = r.rule_set.id();
    // Rules that need the same details are one line: "To check 2 more signs, we need …".
    let mut groups: Vec<(&[&str], Vec<&str>)> = vec![];
    for nc in &r.not_checked {
        match groups.iter_mut().find(|g| g.0 == nc.needs.as_slice()) {
            Some(g) => g.1.push(nc.rule),
            None => groups.push((nc.needs.as_slice(), vec![nc.rule])),
        }
    }
    html! {
        section.r-card.r-reading id={ "reading-" (id) } data-rule-set=(id)
            data-category=(r.category.id()) aria-labelledby={ "h-" (id) } {
            @if heading == "h2" {
                h2 id={ "h-" (id) } { (tr.t(rule_set_name_id(r.rule_set))) }
            } @else {
                h3 id={ "h-" (id) } { (tr.t(rule_set_name_id(r.rule_set))) }
            }
            @if usual {
                p.r-tag { (tr.t("scan-rs-usual")) }
            }
            p.r-cat { (tr.t(category_id(r.rule_set, r.category))) }
            p { (r.text) }
            @if heading == "h2" { h3 { (tr.t("scan-why")) } } @else { h4 { (tr.t("scan-why")) } }
            @if r.reasons.is_empty() {
                p { (tr.t("scan-no-reasons")) }
            } @else {
                ul.r-reasons {
                    @for reason in &r.reasons {
                        li data-rule=(reason.rule) {
                            (reason.because) " "
                            (sources(tr, &reason.sources))
                        }
                    }
                }
            }
            @if heading == "h2" { h3 { (tr.t("scan-next")) } } @else { h4 { (tr.t("scan-next")) } }
            p.r-next { (r.next_step) }
            @if !groups.is_empty() {
                details.r-nc {
                    summary { (tr.t_with("scan-not-checked", &[("count", FluentValue::from(r.not_checked.len()))])) }
                    ul {
                        @for (needs, rules) in &groups {
                            li data-rules=(rules.join(" ")) {
                                (tr.t_with("scan-not-checked-item", &[
                                    ("count", FluentValue::from(rules.len())),
                                    ("fields", FluentValue::from(field_list(tr, needs))),
                                ]))
                            }
                        }
                    }
                }
            }
            p { (sources(tr, &r.sources)) }
        }
    }
}

pub(super) fn result(tr: &Tr<'_>, region: Region, out: &ScanOutput, kept: &Kept) -> Markup {
    let number = region.emergency_number();
    html! {
        p.note #content-note { (tr.t("scan-content-note")) }
        section #scan-result {
            h1 { (tr.t("scan-result-heading")) }
            p.lead { (tr.t("scan-result-intro")) }
            div #readings {
                // The region's leading guidance alone as the reading; the other closed below it.
                @if let Some((first, rest)) = out.readings.split_first() {
                    div #verdict {
                        // uk, ie, us, ca: the tag on the reading says it is the local guidance;
                        // elsewhere a line says why NICE leads.
                        @if matches!(region, Region::Au | Region::Nz | Region::Other) {
                            p.r-why-first { (tr.t(leading_reason_id(region))) }
                        }
                        (reading(tr, first, matches!(region, Region::Uk | Region::Ie | Region::Us | Region::Ca), "h2"))
                    }
                    @if !rest.is_empty() {
                        details.r-other #other-guidelines {
                            summary { (tr.t("results-other-guidelines")) }
                            p.hint { (tr.t("scan-other-guidelines-hint")) }
                            @for r in rest { (reading(tr, r, false, "h3")) }
                        }
                    }
                }
            }
            p.note #one-scan { (tr.t("scan-one-scan")) }
            div.safety #contact {
                h2 { (tr.t("scan-contact-heading")) }
                p { (tr.t("scan-contact")) }
                p { (tr.t("scan-contact-urgent")) }
                a.btn.call.alt href={ "tel:" (number.dial) } { (tr.t("call-emergency")) }
            }
            p #disclaimer { (tr.t("disclaimer")) }
            (result_buttons(tr, "/results/scan", kept))
        }
    }
}
