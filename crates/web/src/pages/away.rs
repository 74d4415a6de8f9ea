//! `/away`: where "Leave this site" goes. An everyday weather page with no name, no nav, no
//! script and no link back. Arriving here also locks the diary: Back, or typing /diary, must not
//! show it to whoever picks up the device.

use super::{Chrome, Ctx, Page};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::html;

pub async fn get(ctx: Ctx, headers: HeaderMap) -> Response {
    let tr = ctx.tr();
    let mut res = ctx.respond(&Page {
        title: tr.t("away-title"),
        body: html! {
            div.weather {
                h1 { (tr.t("away-heading")) }
                p { (tr.t("away-today")) }
                ul {
                    li { (tr.t("away-high")) }
                    li { (tr.t("away-low")) }
                    li { (tr.t("away-wind")) }
                }
                h2 { (tr.t("away-tomorrow-heading")) }
                p { (tr.t("away-tomorrow")) }
                p { (tr.t("away-tip")) }
            }
        },
        status: StatusCode::OK,
        chrome: Chrome::Neutral,
    });
    super::diary::end_session_from(ctx.state(), &headers, &mut res).await;
    res
}
