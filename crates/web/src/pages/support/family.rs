//! `/support/for-family`: a page written for partners, family and friends: what the person may
//! be going through in body and feelings (Farren 2020 figures as "X in 100"), what helps, what
//! to avoid saying, looking after themselves, and when to get help at once (the safety-net signs
//! of CLINICAL.md §1, in the third person, with the region's emergency number and crisis line).

use crate::pages::{Chrome, Ctx, Page};
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::html;

/// Probable post-traumatic stress, moderate/severe anxiety, depression after miscarriage or
/// ectopic pregnancy, per 100 people, at 1 month and at 9 months. CLINICAL.md §5,
/// farren-2020 (S), checked 2026-11.
const FARREN_1_MONTH: (u32, u32, u32) = (29, 24, 11);
const FARREN_9_MONTHS: (u32, u32, u32) = (18, 17, 6);
const FARREN_SOURCE: &str = "farren-2020";

pub async fn get(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    let n = |v: u32| FluentValue::from(v);
    let (p1, a1, d1) = FARREN_1_MONTH;
    let (p9, a9, d9) = FARREN_9_MONTHS;
    let source = solace_content::sources::title(FARREN_SOURCE).unwrap_or(FARREN_SOURCE);
    let crisis = ctx.prefs.region.crisis_line().is_some();
    ctx.respond(&Page {
        title: tr.t("family-title"),
        body: html! {
            h1 { (tr.t("family-heading")) }
            p.lead { (tr.t("family-intro")) }
            section #family-get-help .safety aria-labelledby="family-get-help-title" {
                h2 #family-get-help-title { (tr.t("family-help-heading")) }
                p { (tr.t("family-help-intro")) }
                ul #family-safety-net {
                    li { (tr.t("family-help-bleeding")) }
                    li { (tr.t("family-help-pain")) }
                    li { (tr.t("family-help-shoulder")) }
                    li { (tr.t("family-help-faint")) }
                    li { (tr.t("family-help-fever")) }
                    @if crisis {
                        li { (tr.t("family-help-harm")) }
                    } @else {
                        li { (tr.t("family-help-none")) }
                    }
                }
            }
            h2 { (tr.t("family-body-heading")) }
            p { (tr.t("family-body-1")) }
            p { (tr.t("family-body-2")) }
            h2 { (tr.t("family-feel-heading")) }
            p { (tr.t("family-feel-1")) }
            p { (tr.t("family-feel-2")) }
            ul #family-figures data-source=(FARREN_SOURCE) {
                li { (tr.t_with("family-feel-ptsd", &[("n", n(p1))])) }
                li { (tr.t_with("family-feel-anxiety", &[("n", n(a1))])) }
                li { (tr.t_with("family-feel-depression", &[("n", n(d1))])) }
            }
            p { (tr.t_with("family-feel-3", &[("ptsd", n(p9)), ("anxiety", n(a9)), ("depression", n(d9))])) }
            p.hint #family-source { (tr.t_with("family-source", &[("title", FluentValue::from(source))])) }
            p { (tr.t("family-feel-4")) }
            h2 { (tr.t("family-helps-heading")) }
            ul #family-helps {
                li { (tr.t("family-helps-1")) }
                li { (tr.t("family-helps-2")) }
                li { (tr.t("family-helps-3")) }
                li { (tr.t("family-helps-4")) }
            }
            h2 { (tr.t("family-avoid-heading")) }
            ul #family-avoid {
                li { (tr.t("family-avoid-1")) }
                li { (tr.t("family-avoid-2")) }
                li { (tr.t("family-avoid-3")) }
            }
            h2 { (tr.t("family-self-heading")) }
            p { (tr.t("family-self-1")) }
            p { (tr.t("family-self-2")) }
            p { a.btn.secondary href="/support" { (tr.t("family-back")) } }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}
