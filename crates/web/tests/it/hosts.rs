//! Issue 14 item 6: hosted cookies carry the `__Host-` prefix, a planted second session cookie
//! locks the diary, and only this server's own hosts are served (DNS rebinding, forged `Host`).

use crate::support::diary_client::{Client, PASS, Res};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use solace_store::DiaryConfig;

/// A GET with the client's cookies and the given `Host` (none when `None`).
async fn get_with_host(c: &mut Client, path: &str, host: Option<&str>) -> Res {
    let mut req = Request::get(path).header(header::COOKIE, c.cookie_header());
    if let Some(h) = host {
        req = req.header(header::HOST, h);
    }
    c.send(req.body(Body::empty()).unwrap()).await
}

/// A GET with the client's `Host` and exactly the `Cookie` header given.
async fn get_with_cookies(c: &mut Client, path: &str, cookie: &str) -> Res {
    let req = Request::get(path)
        .header(header::HOST, c.host.as_str())
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    c.send(req).await
}

fn assert_refused(res: &Res, what: &str) {
    assert_eq!(res.status, StatusCode::MISDIRECTED_REQUEST, "{what}");
    assert!(res.bytes.is_empty(), "{what}: no body, got {:?}", res.body);
    assert!(res.set_cookies().is_empty(), "{what}: no cookie");
}

#[tokio::test]
async fn hosted_cookies_are_host_prefixed() {
    let mut c = Client::new(Client::hosted_config(), DiaryConfig::default()).await;
    let mut seen = c.get("/diary").await.set_cookies();
    let created = c
        .post(
            "/diary/new",
            &[
                ("account", "robin"),
                ("passphrase", PASS),
                ("confirm", PASS),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    seen.extend(created.set_cookies());
    seen.extend(c.post("/settings", &[("region", "us")]).await.set_cookies());
    let names: Vec<&str> = seen.iter().map(|s| s.split('=').next().unwrap()).collect();
    for name in [
        "__Host-solace_csrf",
        "__Host-solace_session",
        "__Host-solace_region",
    ] {
        assert!(names.contains(&name), "{name} in {seen:?}");
    }
    for cookie in &seen {
        assert!(cookie.starts_with("__Host-"), "{cookie}");
        assert!(cookie.contains("; Secure"), "{cookie}");
        assert!(cookie.contains("; Path=/;"), "{cookie}");
        assert!(!cookie.to_ascii_lowercase().contains("domain"), "{cookie}");
    }
    // The prefixed session opens the diary.
    let session = c.cookies["__Host-solace_session"].clone();
    let csrf = c.csrf();
    assert_eq!(c.get("/diary").await.count("form#unlock-form"), 0);

    // The same secret under the unprefixed name (as a sibling subdomain could plant it) is never
    // read by a hosted server.
    let plain = get_with_cookies(
        &mut c,
        "/diary",
        &format!("__Host-solace_csrf={csrf}; solace_session={session}"),
    )
    .await;
    assert_eq!(plain.count("form#unlock-form"), 1, "unprefixed is not read");

    // Prefixed and unprefixed together: locked, and both are cleared.
    let both = get_with_cookies(
        &mut c,
        "/diary",
        &format!(
            "__Host-solace_csrf={csrf}; solace_session={}; __Host-solace_session={session}",
            "ab".repeat(32)
        ),
    )
    .await;
    assert_eq!(both.count("form#unlock-form"), 1, "two sessions: locked");
    let cleared = both.set_cookies();
    for name in ["__Host-solace_session=;", "solace_session=;"] {
        assert!(
            cleared
                .iter()
                .any(|s| s.starts_with(name) && s.contains("Max-Age=0") && s.contains("Secure")),
            "{name} cleared in {cleared:?}"
        );
    }
}

/// Local mode: the session cookie sent twice (one planted by another app on this computer —
/// cookies do not keep ports apart) opens nothing, is cleared, and Lock ends both sessions.
#[tokio::test]
async fn two_session_cookies_lock_the_diary_and_are_cleared() {
    let mut c = Client::ready().await;
    c.add_hours_ago(&[("kind", "note"), ("text", "WREN-5530")], 1)
        .await;
    let mine = c.cookies["solace_session"].clone();
    let csrf = c.csrf();
    assert!(c.get("/diary").await.body.contains("WREN-5530"));
    let planted = "cd".repeat(32);
    for cookie in [
        format!("solace_csrf={csrf}; solace_session={planted}; solace_session={mine}"),
        format!("solace_csrf={csrf}; solace_session={mine}; solace_session={planted}"),
        format!("solace_csrf={csrf}; solace_session={mine}; __Host-solace_session={planted}"),
    ] {
        let res = get_with_cookies(&mut c, "/diary", &cookie).await;
        assert!(!res.body.contains("WREN-5530"), "{cookie}");
        assert_eq!(res.count("form#unlock-form"), 1, "{cookie}");
        assert!(
            res.set_cookies()
                .iter()
                .any(|s| s.starts_with("solace_session=;") && s.contains("Max-Age=0")),
            "{cookie}"
        );
        let export = {
            let req = Request::get("/export")
                .header(header::HOST, c.host.as_str())
                .header(header::COOKIE, cookie.as_str())
                .body(Body::empty())
                .unwrap();
            c.send(req).await
        };
        assert_eq!(export.status, StatusCode::UNAUTHORIZED, "{cookie}");
    }
    // The person's own cookie alone still opens it: nothing was ended by looking.
    c.cookies.insert("solace_session".to_owned(), mine.clone());
    assert!(c.get("/diary").await.body.contains("WREN-5530"));
    // Lock with both ends both (the person's session too: the browser held both).
    let lock = Request::post("/diary/lock")
        .header(header::HOST, c.host.as_str())
        .header(
            header::COOKIE,
            format!("solace_csrf={csrf}; solace_session={planted}; solace_session={mine}"),
        )
        .body(Body::empty())
        .unwrap();
    assert_eq!(c.send(lock).await.status, StatusCode::SEE_OTHER);
    c.cookies.insert("solace_session".to_owned(), mine);
    assert!(!c.get("/diary").await.body.contains("WREN-5530"));
}

#[tokio::test]
async fn forged_host_is_refused() {
    let mut c = Client::ready().await;
    for host in [
        "evil.example:7878",
        "evil.example",
        "127.0.0.1:7879",
        "127.0.0.1",
        "localhost.:7878",
        "192.168.1.20:7878",
        "127.0.0.1:7878.evil.example",
    ] {
        for path in ["/", "/diary", "/api/v1/openapi.json", "/no-such-page"] {
            let res = get_with_host(&mut c, path, Some(host)).await;
            assert_refused(&res, &format!("{host} {path}"));
        }
    }
    assert_refused(&get_with_host(&mut c, "/", None).await, "no Host");
    // A form sent to a forged host changes nothing and is not even read.
    let csrf = c.csrf();
    let post = Request::post("/diary/add")
        .header(header::HOST, "evil.example:7878")
        .header(header::COOKIE, c.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "csrf={csrf}&kind=note&text=FORGED-1&save=1"
        )))
        .unwrap();
    assert_refused(&c.send(post).await, "POST to a forged host");
    assert!(!c.get("/diary").await.body.contains("FORGED-1"));
    // The three names of this computer, on its own port, are served.
    for host in [
        "127.0.0.1:7878",
        "localhost:7878",
        "[::1]:7878",
        "LOCALHOST:7878",
    ] {
        let res = get_with_host(&mut c, "/", Some(host)).await;
        assert_eq!(res.status, StatusCode::OK, "{host}");
    }

    // Hosted: only the public host; the local names are refused too.
    let mut hosted = Client::new(Client::hosted_config(), DiaryConfig::default()).await;
    for host in [
        "127.0.0.1:7878",
        "localhost:7878",
        "evil.example",
        "www.diary.example.org",
    ] {
        let res = get_with_host(&mut hosted, "/", Some(host)).await;
        assert_refused(&res, host);
    }
    let ok = get_with_host(&mut hosted, "/", Some("diary.example.org")).await;
    assert_eq!(ok.status, StatusCode::OK);
    // A hosted app made without a public host serves nothing (the CLI refuses to start so).
    let mut nameless = Client::new(
        solace_web::Config {
            public_host: None,
            ..Client::hosted_config()
        },
        DiaryConfig::default(),
    )
    .await;
    assert_refused(
        &get_with_host(&mut nameless, "/", Some("127.0.0.1:7878")).await,
        "hosted without a public host",
    );
}

/// The form's `Origin` must be exactly this server: an allowed host with the mode's scheme.
#[tokio::test]
async fn a_form_from_another_origin_is_refused_even_on_an_allowed_host() {
    let mut c = Client::ready().await;
    let csrf = c.csrf();
    for origin in [
        "http://evil.example:7878",
        "https://127.0.0.1:7878",
        "http://localhost:7878",
        "http://127.0.0.1:7879",
    ] {
        let post = Request::post("/diary/add")
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::ORIGIN, origin)
            .header(header::COOKIE, c.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "csrf={csrf}&kind=note&text=ORIGIN-7&save=1"
            )))
            .unwrap();
        assert_eq!(c.send(post).await.status, StatusCode::FORBIDDEN, "{origin}");
    }
    assert!(!c.get("/diary").await.body.contains("ORIGIN-7"));
    let post = Request::post("/diary/add")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::ORIGIN, "http://127.0.0.1:7878")
        .header(header::COOKIE, c.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "csrf={csrf}&kind=note&text=ORIGIN-7&save=1"
        )))
        .unwrap();
    assert_eq!(c.send(post).await.status, StatusCode::SEE_OTHER);
}
