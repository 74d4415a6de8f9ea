//! Issue 14 on the pages: account names, unlock, recovery and lockout answer alike for a name
//! that exists and one that does not; the passphrase rules on the forms; "N failed attempts
//! since your last visit"; "Sign out everywhere"; a passphrase change shows the new code.

use crate::support::diary_client::{Client, PASS, Res};
use axum::http::StatusCode;
use solace_store::DiaryConfig;
use solace_web::Config;
use std::time::{Duration, Instant};

fn hosted() -> Config {
    Client::hosted_config()
}

/// The page with what differs by request only (nonces, the name typed) taken out.
fn normalised(res: &Res, name: &str) -> String {
    let mut body = res.body.replace(name, "NAME");
    for attr in ["nonce=\"", "value=\""] {
        let mut out = String::with_capacity(body.len());
        let mut rest = body.as_str();
        while let Some(i) = rest.find(attr) {
            out.push_str(&rest[..i + attr.len()]);
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push('…');
            rest = &rest[end..];
        }
        out.push_str(rest);
        body = out;
    }
    body
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Within 40% of the slower one, or 150 ms (the machine is shared).
fn alike(a: Duration, b: Duration) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi.saturating_sub(lo) <= hi.mul_f64(0.4).max(Duration::from_millis(150))
}

async fn timed(c: &mut Client, path: &str, fields: &[(&str, &str)]) -> (Res, Duration) {
    let started = Instant::now();
    let res = c.post(path, fields).await;
    (res, started.elapsed())
}

/// A real account ("alice") and a name with none ("zelda", the same length): the unlock form,
/// the recovery form and the lockout answer with the same status and the same page, in about
/// the same time (the shipped Argon2id parameters: an unknown name runs a derivation too).
/// Registering a taken name does not say "taken", and takes as long as a new diary.
#[tokio::test]
async fn account_existence_is_indistinguishable() {
    let mut c = Client::new(hosted(), DiaryConfig::default()).await;
    c.get("/diary/new").await;
    let created = c
        .post(
            "/diary/new",
            &[
                ("account", "alice"),
                ("passphrase", PASS),
                ("confirm", PASS),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    c.post("/diary/lock", &[]).await;
    c.get("/diary").await;

    // Unlock: three wrong tries each, alternating.
    let (mut t_real, mut t_none) = (vec![], vec![]);
    for _ in 0..3 {
        for (name, times) in [("alice", &mut t_real), ("zelda", &mut t_none)] {
            let (res, took) = timed(
                &mut c,
                "/diary/unlock",
                &[("account", name), ("passphrase", "not the passphrase")],
            )
            .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
            times.push(took);
        }
    }
    let (a, b) = (median(t_real), median(t_none));
    assert!(alike(a, b), "unlock: real {a:?}, none {b:?}");
    let (real, _) = timed(
        &mut c,
        "/diary/unlock",
        &[("account", "alice"), ("passphrase", "not the passphrase")],
    )
    .await;
    let (none, _) = timed(
        &mut c,
        "/diary/unlock",
        &[("account", "zelda"), ("passphrase", "not the passphrase")],
    )
    .await;
    assert_eq!(real.status, none.status);
    assert_eq!(normalised(&real, "alice"), normalised(&none, "zelda"));

    // The fifth failure is in; the sixth try is refused alike, with the same wait.
    for name in ["alice", "zelda"] {
        c.post(
            "/diary/unlock",
            &[("account", name), ("passphrase", "not the passphrase")],
        )
        .await;
    }
    let real = c
        .post(
            "/diary/unlock",
            &[("account", "alice"), ("passphrase", PASS)],
        )
        .await;
    let none = c
        .post(
            "/diary/unlock",
            &[("account", "zelda"), ("passphrase", PASS)],
        )
        .await;
    assert_eq!(real.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(real.status, none.status);
    assert!(real.body.contains("Too many tries"), "{}", real.body);
    // The owner is pointed to the recovery code, which wrong passphrases never block.
    assert!(
        real.body.contains("Your recovery code still works now"),
        "{}",
        real.body
    );
    assert_eq!(normalised(&real, "alice"), normalised(&none, "zelda"));

    // Recovery with a wrong code: the same page, the same time.
    let wrong_code = "00000-00000-00000-00000-00000";
    let new_pass = "a new passphrase here";
    let (mut t_real, mut t_none) = (vec![], vec![]);
    let mut pages = vec![];
    for _ in 0..3 {
        for (name, times) in [("alice", &mut t_real), ("zelda", &mut t_none)] {
            let (res, took) = timed(
                &mut c,
                "/diary/recover",
                &[
                    ("account", name),
                    ("code", wrong_code),
                    ("new_passphrase", new_pass),
                    ("confirm", new_pass),
                ],
            )
            .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
            times.push(took);
            pages.push(normalised(&res, name));
        }
    }
    let (a, b) = (median(t_real), median(t_none));
    assert!(alike(a, b), "recover: real {a:?}, none {b:?}");
    assert_eq!(pages[0], pages[1]);

    // Registration: a taken name is refused without saying "taken", after as long as a new
    // diary takes.
    let (taken, t_taken) = timed(
        &mut c,
        "/diary/new",
        &[
            ("account", "Alice"),
            ("passphrase", PASS),
            ("confirm", PASS),
        ],
    )
    .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !taken.body.to_lowercase().contains("taken"),
        "{}",
        taken.body
    );
    assert!(
        taken
            .body
            .contains("could not start a diary with this name")
    );
    let mut fresh_client = Client::new(hosted(), DiaryConfig::default()).await;
    fresh_client.get("/diary/new").await;
    let (fresh, t_fresh) = timed(
        &mut fresh_client,
        "/diary/new",
        &[
            ("account", "brand"),
            ("passphrase", PASS),
            ("confirm", PASS),
        ],
    )
    .await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert!(
        alike(t_taken, t_fresh),
        "register: taken {t_taken:?}, new {t_fresh:?}"
    );
}

/// The new-diary form: the rules are named with the field, the account name typed is kept,
/// the passphrase never comes back; the hint says not to use an e-mail address.
#[tokio::test]
async fn passphrase_rules_on_the_forms() {
    let mut c = Client::new(hosted(), DiaryConfig::insecure_fast_kdf_for_tests()).await;
    let form = c.get("/diary/new").await;
    assert!(form.text("#hint-account").contains("e-mail address"));
    assert!(
        form.text("#hint-passphrase")
            .contains("12 characters, or 4 words")
    );
    for (typed, words) in [
        ("short one", "at least 12 characters, or 4 words"),
        ("password2024!", "easy to guess"),
    ] {
        let res = c
            .post(
                "/diary/new",
                &[
                    ("account", "kept name"),
                    ("passphrase", typed),
                    ("confirm", typed),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.text("#field-passphrase ~ *, .q.err").contains(words) || res.body.contains(words),
            "{typed}: {}",
            res.body
        );
        assert!(res.body.contains("value=\"kept name\""), "the name is kept");
        assert!(!res.body.contains(typed), "the passphrase is never echoed");
    }
    let mut us = Client::new(hosted(), DiaryConfig::insecure_fast_kdf_for_tests()).await;
    let page = us
        .send(
            axum::http::Request::get("/diary/new")
                .header("host", "diary.example.org")
                .header("cookie", "__Host-solace_region=us")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert!(page.body.contains("lang=\"en-US\""));
    assert!(page.text("#hint-account").contains("email address"));
}

/// After wrong passphrases, the next unlock says how many failed since the last visit, once.
#[tokio::test]
async fn failed_attempts_are_counted_since_the_last_visit() {
    let mut c = Client::ready().await;
    c.post("/diary/lock", &[]).await;
    for _ in 0..2 {
        let res = c
            .post("/diary/unlock", &[("passphrase", "somebody guessing")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let back = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.body);
    assert!(
        back.text("#failed-attempts")
            .contains("There were 2 failed attempts to unlock your diary since your last visit"),
        "{}",
        back.body
    );
    assert!(c.cookies.contains_key("solace_session"));
    assert_eq!(c.get("/diary").await.status, StatusCode::OK);
    c.post("/diary/lock", &[]).await;
    let again = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "said once");
}

/// "Sign out everywhere" ends the other sessions of the account, and this one.
#[tokio::test]
async fn sign_out_everywhere_ends_every_session() {
    let mut c = Client::ready().await;
    let first_device = c.cookies.clone();
    // A second session (another browser) for the same diary.
    let res = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_ne!(
        c.cookies.get("solace_session"),
        first_device.get("solace_session")
    );
    let settings = c.get("/diary/settings").await;
    assert_eq!(settings.count("#sign-out-everywhere"), 1);
    let out = c.post("/diary/sign-out-everywhere", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(!c.cookies.contains_key("solace_session"));
    c.cookies = first_device;
    let page = c.get("/diary").await;
    assert_eq!(
        page.count("#unlock-form"),
        1,
        "the other browser is locked too"
    );
}
