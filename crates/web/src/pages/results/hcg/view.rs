//! The result: the readings of each rule set, the pairs, what to expect next.

#[allow(clippy::wildcard_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

pub(super) fn source_title(id: &str) -> &str {
    solace_content::sources::title(id).unwrap_or(id)
}

pub(super) fn sources_line(tr: &Tr<'_>, sources: &[solace_clinical::Source]) -> Markup {
    let titles: Vec<&str> = sources.iter().map(|s| source_title(s.id())).collect();
    html! {
        p.src { (tr.t_with("hcg-sources", &[("list", FluentValue::from(titles.join("; ")))])) }
    }
}

pub(super) fn fmt_at(at: &DateTime<FixedOffset>, lang: Lang) -> String {
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
pub(super) fn leading_sets(region: Region) -> &'static [RuleSet] {
    match region.leading_guidance() {
        solace_clinical::region::Guidance::Nice => &[RuleSet::NiceNg126],
        solace_clinical::region::Guidance::Us => &[RuleSet::Barnhart2004, RuleSet::Seeber2006],
    }
}

/// Readings shown in the main part whatever the rule set: they hold under any guideline (a
/// falling or normal-looking hCG never rules out an ectopic pregnancy, CLINICAL.md §2).
pub(super) const ALWAYS_SHOWN: &[&str] = &["hcg-never-rules-out-ectopic"];

/// The readings, grouped under the rule set that made them. The region's leading rule set comes
/// first and alone as the reading, with the notes that hold for everyone; the other rule set sits
/// in a closed "What other guidelines say" part, so a UK reader never sees a US verdict beside
/// NICE's. When the leading rule set has no band for this situation (after a loss NICE gives
/// none; for an ectopic follow-up the US studies give none), the first rule set that has one
/// leads instead, and says so.
pub(super) fn readings(tr: &Tr<'_>, list: &[Reading]) -> Markup {
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

pub(super) fn ruleset_section(tr: &Tr<'_>, rule_set: RuleSet, rs: &[&Reading]) -> Markup {
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
