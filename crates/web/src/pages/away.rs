//! `/away`: where "Leave this site" goes. An everyday weather page with no name, no nav, no
//! script and no link back; or, when a hosted operator set `--exit-url`, a redirect to that
//! address. Arriving here also locks the diary first: Back, or typing /diary, must not show it to
//! whoever picks up the device.

use super::{Chrome, Ctx, Page};
use crate::extract::Session;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;

pub async fn get(ctx: Ctx, session: Session) -> Response {
    let exit = ctx
        .state()
        .config
        .exit_url
        .as_deref()
        .and_then(|u| HeaderValue::from_str(u).ok());
    let mut res = match exit {
        // 303: the browser fetches the address with GET; the script's location.replace keeps
        // the history to the address alone.
        Some(location) => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
        None => neutral(&ctx),
    };
    session.end(&ctx).await;
    if session.had_cookie() {
        session.clear(&ctx, &mut res);
    }
    res
}

fn neutral(ctx: &Ctx) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
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
    })
}
