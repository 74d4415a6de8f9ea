//! `/support`: the crisis line for the person's region at the top, then the region's
//! organisations, then the other regions (collapsed). Each organisation: what it offers, its
//! phone as a big `tel:` link, its hours, its web address as a plain link the person opens
//! themselves (`rel="noreferrer noopener"`, nothing prefetched or loaded), and when and where
//! it was checked. The entries come from `solace_content::support` (what they offer and their
//! hours are content, like articles, in English and Spanish: `Org::offers_in`; names stay as the
//! organisations write them); all page chrome is Fluent.

use crate::pages::{Chrome, Ctx, Page, region_name_id};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_clinical::Region;
use solace_content::support::{self, Org};
use solace_i18n::Tr;

pub async fn get(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    let mine = ctx.prefs.region;
    let others: Vec<Region> = support::regions()
        .into_iter()
        .filter(|r| *r != mine)
        .collect();
    ctx.respond(&Page {
        title: tr.t("support-title"),
        body: html! {
            h1 { (tr.t("support-heading")) }
            p.lead { (tr.t("support-intro")) }
            (crisis(&tr, mine))
            section #support-mine aria-labelledby="support-mine-title" data-region=(mine.id()) {
                h2 #support-mine-title { (tr.t_with("support-your-region", &[("country", country(&tr, mine))])) }
                @if support::for_region(mine).is_empty() {
                    p #support-no-list { (tr.t("support-no-list")) }
                    p { a.btn.secondary href="/settings" { (tr.t("support-change-country")) } }
                } @else {
                    p.hint { (tr.t("support-website-hint")) }
                    @for o in support::for_region(mine) {
                        (org(&tr, mine, o))
                    }
                }
            }
            section #support-family aria-labelledby="support-family-title" {
                h2 #support-family-title { (tr.t("support-family-door")) }
                p { (tr.t("support-family-door-hint")) }
                p { a #door-family .btn.secondary href="/support/for-family" { (tr.t("support-family-door")) } }
                p { (tr.t("support-helpme-door-hint")) }
                p { a #door-helpme .btn.secondary href="/support/help-me" { (tr.t("support-helpme-door")) } }
            }
            section #support-others aria-labelledby="support-others-title" {
                h2 #support-others-title { (tr.t("support-other-regions")) }
                @for r in others {
                    details.region data-region=(r.id()) {
                        summary { (tr.t(region_name_id(r))) }
                        @for o in support::for_region(r) {
                            (org(&tr, r, o))
                        }
                    }
                }
            }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}

fn country<'a>(tr: &Tr<'_>, region: Region) -> FluentValue<'a> {
    FluentValue::from(tr.t(region_name_id(region)))
}

/// The crisis line for the region, first on the page; the emergency number with it.
fn crisis(tr: &Tr<'_>, region: Region) -> Markup {
    let number = region.emergency_number();
    html! {
        section #support-crisis .safety aria-labelledby="support-crisis-title" {
            h2 #support-crisis-title { (tr.t("support-crisis-heading")) }
            @if let Some(line) = support::crisis_line(region) {
                @let phone = line.phone.as_deref().unwrap_or_default();
                p { (tr.t_with("support-crisis-text", &[("name", FluentValue::from(line.name.as_str()))])) }
                @if let Some(dial) = line.dial() {
                    p {
                        a #crisis-call .btn.call.crisis href={ "tel:" (dial) }
                            aria-label=(tr.t_with("support-call-label", &[("name", FluentValue::from(line.name.as_str())), ("phone", FluentValue::from(phone))])) {
                            (tr.t_with("support-call", &[("phone", FluentValue::from(phone))]))
                        }
                    }
                }
                @if let Some(h) = line.hours_in(tr.lang.tag()) {
                    p { (tr.t_with("support-hours", &[("hours", FluentValue::from(h))])) }
                }
            }
            p {
                (tr.t("support-crisis-emergency")) " "
                a #crisis-emergency href={ "tel:" (number.dial) } { (tr.phone(number)) }
            }
        }
    }
}

fn org(tr: &Tr<'_>, region: Region, o: &Org) -> Markup {
    let phone = o.phone.as_deref().unwrap_or_default();
    let name = FluentValue::from(o.name.as_str());
    html! {
        article.org id={ "org-" (region.id()) "-" (o.id) } data-org=(o.id) data-crisis=[o.crisis.then_some("true")] {
            h3 { (o.name) }
            p.offers { (o.offers_in(tr.lang.tag())) }
            @if let Some(dial) = o.dial() {
                p {
                    a.btn.secondary.tel href={ "tel:" (dial) }
                        aria-label=(tr.t_with("support-call-label", &[("name", name.clone()), ("phone", FluentValue::from(phone))])) {
                        (tr.t_with("support-call", &[("phone", FluentValue::from(phone))]))
                    }
                }
            }
            @if let Some(h) = o.hours_in(tr.lang.tag()) {
                p.hours { (tr.t_with("support-hours", &[("hours", FluentValue::from(h))])) }
            }
            @if let Some(w) = &o.website {
                p.site {
                    (tr.t("support-website")) " "
                    a href=(w) rel="noreferrer noopener" referrerpolicy="no-referrer" { (w) }
                }
            }
            p.checked {
                (tr.t_with("support-checked", &[("date", FluentValue::from(o.verified_on.as_str()))]))
                " "
                span.source { (tr.t_with("support-checked-source", &[("source", FluentValue::from(o.verified_from.as_str()))])) }
            }
        }
    }
}
