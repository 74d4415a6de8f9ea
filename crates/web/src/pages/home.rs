//! `/`: what Solace does, in a few warm words, and the doors that are open.

use super::{Chrome, Ctx, Page};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

pub async fn get(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("home-title"),
        body: html! {
            h1 { (tr.t("home-heading")) }
            p.lead { (tr.t("home-intro-1")) }
            p { (tr.t("home-intro-2")) }
            p {
                a #door-check .btn.primary href="/check" { (tr.t("home-check-door")) }
            }
            p.hint { (tr.t("home-check-door-hint")) }
            p {
                a #door-results .btn.secondary href="/results" { (tr.t("home-results-door")) }
            }
            p.hint { (tr.t("home-results-door-hint")) }
            p {
                a #door-learn .btn.secondary href="/learn" { (tr.t("home-learn-door")) }
            }
            p.hint { (tr.t("home-learn-door-hint")) }
            p {
                a #door-diary .btn.secondary href="/diary" { (tr.t("home-diary-door")) }
            }
            p.hint { (tr.t("home-diary-door-hint")) }
            p {
                a #door-support .btn.secondary href="/support" { (tr.t("home-support-door")) }
            }
            p.hint { (tr.t("home-support-door-hint")) }
            p {
                a #door-wellbeing .btn.secondary href="/wellbeing" { (tr.t("home-wellbeing-door")) }
            }
            p.hint { (tr.t("home-wellbeing-door-hint")) }
            h2 { (tr.t("home-privacy-heading")) }
            p #privacy { (tr.t("home-privacy")) }
            p #quick-exit-help .note { (tr.t("home-quick-exit")) }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}
