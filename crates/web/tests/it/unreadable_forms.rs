//! What a form that cannot be read or checked answers, on every kind of page: the pages that only
//! show answers back (the form reader's own status), the diary's forms (400 for a body that is not
//! a form, else 403, nothing changed), and settings (another site's request refused before its
//! body is read). Each answer is the kind page, never an error in the browser's words.

use axum::http::{Request, StatusCode, header};
use solace_store::DiaryConfig;
use solace_web::Config;

use crate::support::diary_client::*;

/// A POST whose body is JSON, not a form, with the visit's cookies.
async fn post_json(c: &mut Client, path: &str, extra: &[(&str, &str)]) -> Res {
    let mut req = Request::post(path)
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::COOKIE, c.cookie_header())
        .header(header::CONTENT_TYPE, "application/json");
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    c.send(req.body(axum::body::Body::from("{}")).unwrap())
        .await
}

#[tokio::test]
async fn an_answers_page_says_kindly_it_could_not_read_the_form() {
    let mut c = Client::new(
        Config::default(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
    )
    .await;
    c.get("/").await;
    for path in [
        "/check",
        "/results/scan",
        "/results/dates",
        "/odds",
        "/support/help-me",
    ] {
        let res = post_json(&mut c, path, &[]).await;
        assert_eq!(res.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}");
        assert_eq!(res.count("main h1"), 1, "{path}");
        assert_eq!(res.count("main a[href='/check']"), 1, "{path}: the way on");
    }
}

#[tokio::test]
async fn a_diary_form_that_is_not_a_form_is_a_bad_request_and_a_forged_one_is_refused() {
    let mut c = Client::ready().await;
    let res = post_json(&mut c, "/diary/add", &[]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "{}", res.body);
    let forged = c
        .post_raw("/diary/add", &[("csrf", "x"), ("kind", "note")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Another site, even with the right token: refused.
    let token = c.csrf();
    let body = format!("csrf={token}&kind=note");
    let req = Request::post("/diary/add")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::COOKIE, c.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(axum::body::Body::from(body))
        .unwrap();
    assert_eq!(c.send(req).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn settings_refuses_another_sites_request_before_reading_it() {
    let mut c = Client::new(
        Config::default(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
    )
    .await;
    c.get("/settings").await;
    // From this site, a body that is not a form: the reader's status.
    let res = post_json(&mut c, "/settings", &[]).await;
    assert_eq!(res.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // From another site: refused, whatever the body.
    let res = post_json(&mut c, "/settings", &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.count("#forbidden"), 1);
    assert!(
        res.set_cookies()
            .iter()
            .all(|c| !c.starts_with("solace_region")),
        "nothing changed"
    );
}
