//! The diary pages in-process, on a temporary SQLite store: create (the recovery code shown once,
//! "I have saved it"), add entries, the timeline and its charts, lock and unlock, a wrong
//! passphrase, CSRF, the session cookie, an expired session, recovery flags, `.ics` reminders,
//! delete everything, page weight, and no diary content in any header.

use axum::http::StatusCode;
use chrono::{TimeDelta, Utc};
use scraper::Selector;
use solace_app::clock::FixedClock;
use solace_store::{DiaryConfig, LOCAL_ACCOUNT};
use solace_web::Config;
use std::collections::BTreeMap;
use std::sync::Arc;

const NOTE: &str = "Zebra-note-7731";

use crate::support::diary_client::*;

#[tokio::test]
async fn the_whole_journey_create_add_lock_unlock_delete() {
    let mut c = Client::local().await;
    let mut sizes = vec![];

    // Not yet created: /diary invites to create.
    let first = c.get("/diary").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.count("form#new-form"), 1, "{}", first.body);
    assert_eq!(first.header("cache-control"), "no-store");
    sizes.push(("GET /diary (create)", gzip_len(&first.body)));

    // Too short, and different: kept on the page, named by field, 422.
    let short = c
        .post(
            "/diary/new",
            &[("passphrase", "short"), ("confirm", "short")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(short.count("#error-passphrase"), 1);
    assert_eq!(short.count("#error-summary"), 1);
    let differ = c
        .post(
            "/diary/new",
            &[("passphrase", PASS), ("confirm", "blue kettle")],
        )
        .await;
    assert_eq!(differ.count("#error-confirm"), 1);

    // Create: the recovery code, once, with the session cookie.
    let code_page = c.create().await;
    let code = code_page.text("#recovery-code");
    assert_eq!(code.trim().len(), 29, "five groups of five: {code}");
    sizes.push(("POST /diary/new (code)", gzip_len(&code_page.body)));
    let session_cookie = code_page
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("solace_session="))
        .expect("a session cookie");
    let value = session_cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("solace_session=");
    assert_eq!(value.len(), 64);
    assert!(value.bytes().all(|b| b.is_ascii_hexdigit()));
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(session_cookie.contains(attr), "{session_cookie}");
    }
    assert!(!session_cookie.contains("Max-Age"), "{session_cookie}");
    assert!(!session_cookie.contains("Expires"), "{session_cookie}");
    assert_eq!(code_page.count("input[name=saved][required]"), 1);

    // Not ticked: asked again (the code still there to copy), 422.
    let unticked = c.post("/diary/saved", &[("code", code.trim())]).await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unticked.count("#error-saved"), 1);
    // Ticked: on to the timeline.
    let saved = c
        .post("/diary/saved", &[("code", code.trim()), ("saved", "yes")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.header("location"), "/diary");

    // A second GET never shows the code.
    let timeline = c.get("/diary").await;
    assert_eq!(timeline.status, StatusCode::OK);
    assert!(!timeline.body.contains(code.trim()));
    assert_eq!(timeline.count("#recovery-code"), 0);
    assert_eq!(timeline.count("#empty"), 1);
    sizes.push(("GET /diary (empty)", gzip_len(&timeline.body)));

    // The kind chooser, then the bleeding form (with the drawings), then save.
    let chooser = c.get("/diary/add").await;
    assert_eq!(
        chooser.count("form#kind-form button[name=kind]"),
        11,
        "ten kinds and a question"
    );
    let form = c.post("/diary/add", &[("kind", "bleeding")]).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.count("#pads-figure"), 1);
    assert_eq!(form.count("#clots-figure"), 1);
    sizes.push(("POST /diary/add (bleeding form)", gzip_len(&form.body)));
    let bad = c
        .post(
            "/diary/add",
            &[
                ("kind", "bleeding"),
                ("pads_soaked_per_hour", "lots"),
                ("note", NOTE),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.count("#error-pads_soaked_per_hour"), 1);
    assert_eq!(
        bad.html()
            .select(&Selector::parse("#field-pads_soaked_per_hour").unwrap())
            .next()
            .unwrap()
            .value()
            .attr("value"),
        Some("lots"),
        "kept"
    );
    let (d1, t1) = hours_ago(30);
    let ok = c
        .post(
            "/diary/add",
            &[
                ("kind", "bleeding"),
                ("pads_soaked_per_hour", "2"),
                ("pad_fullness", "full"),
                ("clots", "small"),
                ("note", NOTE),
                ("date", &d1),
                ("time", &t1),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    // "Now" by default.
    let now_entry = c
        .post(
            "/diary/add",
            &[
                ("kind", "bleeding"),
                ("pads_soaked_per_hour", "1"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(now_entry.status, StatusCode::SEE_OTHER);
    for (h, v) in [(50, "1200"), (2, "800")] {
        let (d, t) = hours_ago(h);
        let r = c
            .post(
                "/diary/add",
                &[
                    ("kind", "hcg"),
                    ("hcg_value", v),
                    ("date", &d),
                    ("time", &t),
                    ("save", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }

    let tl = c.get("/diary").await;
    sizes.push(("GET /diary (4 entries, charts)", gzip_len(&tl.body)));
    assert!(tl.body.contains(NOTE));
    assert!(tl.count("section.day") >= 2, "by day");
    assert_eq!(tl.count("li.entry[data-kind=bleeding]"), 2);
    assert_eq!(tl.count("li.entry[data-kind=hcg]"), 2);
    let pads: Vec<String> = tl
        .html()
        .select(&Selector::parse("svg#pads-chart circle.point").unwrap())
        .map(|e| e.value().attr("data-value").unwrap().to_owned())
        .collect();
    assert_eq!(pads, ["2", "1"]);
    let hcg: Vec<String> = tl
        .html()
        .select(&Selector::parse("svg#hcg-chart circle.point").unwrap())
        .map(|e| e.value().attr("data-value").unwrap().to_owned())
        .collect();
    assert_eq!(hcg, ["1200", "800"]);
    assert_eq!(tl.count("table#hcg-table tbody tr"), 2);
    assert_eq!(tl.count("svg#pbac-chart circle.point"), 2);
    assert!(tl.text("#pbac-figure figcaption").contains("trends only"));
    assert_eq!(
        tl.count("form#hcg-open input[name=value_1][value='800']"),
        1
    );
    // Newest day first.
    let dates: Vec<String> = tl
        .html()
        .select(&Selector::parse("section.day").unwrap())
        .map(|e| e.value().attr("data-date").unwrap().to_owned())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(dates, sorted);

    // Edit: the form comes back filled in; change and save.
    let edit_href = tl
        .html()
        .select(&Selector::parse("li.entry[data-kind=bleeding] a.edit").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    let edit = c.get(&edit_href).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(edit.count("#entry-delete"), 1);

    // The recovery page and a reminder.
    let rec = c.get("/diary/recovery").await;
    assert_eq!(rec.status, StatusCode::OK);
    sizes.push(("GET /diary/recovery", gzip_len(&rec.body)));

    // Lock: asks to unlock, shows no entry text.
    c.post("/diary/lock", &[]).await;
    assert!(!c.cookies.contains_key("solace_session"));
    let locked = c.get("/diary").await;
    assert_eq!(locked.count("form#unlock-form"), 1);
    assert!(!locked.body.contains(NOTE));
    sizes.push(("GET /diary (unlock)", gzip_len(&locked.body)));

    // Wrong passphrase: the same words as an unknown account; nothing touched.
    let wrong = c
        .post("/diary/unlock", &[("passphrase", "not the one at all")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text("#error-passphrase").contains("did not open"));
    assert!(!c.cookies.contains_key("solace_session"));
    assert_eq!(
        c.diary
            .store()
            .list_records(unlocked_user(&c).await)
            .await
            .unwrap()
            .len(),
        4
    );

    // Unlock: the entries are back.
    let unlock = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(unlock.status, StatusCode::SEE_OTHER);
    let back = c.get("/diary").await;
    assert!(back.body.contains(NOTE));

    // No diary content in any header, ever.
    for h in &c.headers_seen {
        assert!(
            !h.contains(NOTE) && !h.contains("1200") && !h.contains(PASS),
            "{h}"
        );
    }

    // Delete everything: the word and the passphrase.
    let del_form = c.get("/diary/delete").await;
    assert_eq!(del_form.count("form#delete-form"), 1);
    let no_word = c
        .post("/diary/delete", &[("word", "nope"), ("passphrase", PASS)])
        .await;
    assert_eq!(no_word.status, StatusCode::UNPROCESSABLE_ENTITY);
    let deleted = c
        .post("/diary/delete", &[("word", "delete"), ("passphrase", PASS)])
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert_eq!(deleted.count("#deleted"), 1);
    assert!(!c.diary.account_exists(LOCAL_ACCOUNT).await.unwrap());
    let again = c.get("/diary").await;
    assert_eq!(again.count("form#new-form"), 1);

    for (page, size) in &sizes {
        eprintln!("page weight: {page}: {size} bytes gzip (budget 14336)");
        assert!(*size <= 14 * 1024, "{page} is {size} bytes gzip");
    }
}

/// The local user's id, via a fresh unlock (the store only lists by user).
async fn unlocked_user(c: &Client) -> solace_store::UserId {
    c.diary
        .unlock(
            LOCAL_ACCOUNT,
            &solace_store::Passphrase::new(PASS.to_owned()),
            Utc::now(),
        )
        .await
        .unwrap()
        .user()
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let mut c = Client::local().await;
    c.create().await;
    for (path, fields) in [
        (
            "/diary/add",
            vec![("kind", "note"), ("text", NOTE), ("save", "1")],
        ),
        // /diary/lock is deliberately not here: lock always locks (see
        // lock_works_even_without_the_form_token).
        ("/diary/new", vec![("passphrase", PASS), ("confirm", PASS)]),
        ("/diary/unlock", vec![("passphrase", PASS)]),
        (
            "/diary/delete",
            vec![("word", "delete"), ("passphrase", PASS)],
        ),
    ] {
        let res = c.post_raw(path, &fields).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
    }
    let wrong = c
        .post_raw(
            "/diary/add",
            &[
                ("csrf", "x".repeat(43).as_str()),
                ("kind", "note"),
                ("text", NOTE),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert!(c.diary.account_exists(LOCAL_ACCOUNT).await.unwrap());
    let tl = c.get("/diary").await;
    assert!(!tl.body.contains(NOTE), "nothing was added");
}

#[tokio::test]
async fn an_expired_session_asks_to_unlock_again() {
    let clock = Arc::new(FixedClock::new(Utc::now()));
    let mut c = Client::with_clock(
        Config::default(),
        DiaryConfig {
            idle_timeout: TimeDelta::seconds(1),
            ..DiaryConfig::insecure_fast_kdf_for_tests()
        },
        clock.clone(),
    )
    .await;
    c.create().await;
    assert!(c.cookies.contains_key("solace_session"));
    clock.advance(TimeDelta::seconds(2));
    let res = c.get("/diary").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.count("form#unlock-form"), 1);
    assert_eq!(res.count("#session-ended"), 1);
    assert!(
        !c.cookies.contains_key("solace_session"),
        "the cookie is cleared"
    );
}

#[tokio::test]
async fn multi_user_forms_ask_for_the_account_and_refuse_alike() {
    let mut c = Client::new(
        Client::hosted_config(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
    )
    .await;
    let first = c.get("/diary").await;
    assert_eq!(first.count("form#unlock-form input[name=account]"), 1);
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
    assert_eq!(created.status, StatusCode::OK);
    c.post("/diary/lock", &[]).await;
    let wrong = c
        .post(
            "/diary/unlock",
            &[("account", "robin"), ("passphrase", "wrong wrong wrong")],
        )
        .await;
    let unknown = c
        .post(
            "/diary/unlock",
            &[("account", "nobody"), ("passphrase", PASS)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        wrong.text("#error-passphrase"),
        unknown.text("#error-passphrase")
    );
}

#[tokio::test]
async fn a_fever_flag_opens_the_check_with_the_temperature_filled_in() {
    let mut c = Client::local().await;
    c.create().await;
    let (d, t) = hours_ago(72);
    for fields in [
        vec![
            ("kind", "event"),
            ("event", "loss_confirmed"),
            ("date", d.as_str()),
            ("time", t.as_str()),
            ("save", "1"),
        ],
        vec![
            ("kind", "temperature"),
            ("temp_value", "38.6"),
            ("temp_unit", "c"),
            ("save", "1"),
        ],
    ] {
        let r = c.post("/diary/add", &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let rec = c.get("/diary/recovery").await;
    assert_eq!(rec.count("div.flag[data-flag=fever]"), 1, "{}", rec.body);
    let form = "div.flag[data-flag=fever] form.check-open[action='/check']";
    assert_eq!(rec.count(form), 1);
    assert_eq!(rec.count(&format!("{form} input[name=edit][value='1']")), 1);
    assert_eq!(
        rec.count(&format!("{form} input[name=temperature][value='38.6']")),
        1
    );
    assert_eq!(
        rec.count(&format!("{form} input[name=temperature_unit][value=c]")),
        1
    );
    // The /check form comes back filled in from those answers.
    let check = c
        .post_raw(
            "/check",
            &[
                ("edit", "1"),
                ("temperature", "38.6"),
                ("temperature_unit", "c"),
            ],
        )
        .await;
    assert_eq!(check.status, StatusCode::OK);
    assert!(check.body.contains("38.6"));

    // Reminders: a calendar file with dates only and neutral words.
    assert!(rec.count("#reminders a[href$='.ics']") >= 1);
    let href = rec
        .html()
        .select(&Selector::parse("#reminders a[href$='.ics']").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    let ics = c.get(&href).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.header("content-type").starts_with("text/calendar"));
    assert!(ics.header("content-disposition").starts_with("attachment"));
    assert_eq!(ics.header("cache-control"), "no-store");
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.body.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.body.contains("BEGIN:VEVENT") && ics.body.contains("END:VEVENT"));
    let dtstart = ics
        .body
        .lines()
        .find(|l| l.starts_with("DTSTART;VALUE=DATE:"))
        .unwrap();
    let date = dtstart.trim_start_matches("DTSTART;VALUE=DATE:");
    assert!(
        chrono::NaiveDate::parse_from_str(date, "%Y%m%d").is_ok(),
        "{dtstart}"
    );
    for word in ["miscarr", "loss"] {
        assert!(
            !ics.body.to_lowercase().contains(word),
            "{word} in {}",
            ics.body
        );
    }
    // The title (and the alarm, shown on a lock screen) stays neutral; the notes may say what
    // to do (diary_safety.rs checks them).
    for line in ics.body.lines().filter(|l| l.starts_with("SUMMARY:")) {
        assert_eq!(line, "SUMMARY:Check-in");
    }
    let all = c.get("/diary/reminders/all.ics").await;
    assert!(all.body.matches("BEGIN:VEVENT").count() >= 2);
    assert_eq!(
        c.get("/diary/reminders/nope.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn change_passphrase_and_recover_with_the_code() {
    let mut c = Client::local().await;
    let code_page = c.create().await;
    let code = code_page.text("#recovery-code").trim().to_owned();
    let new = "green door small garden";
    let changed = c
        .post(
            "/diary/passphrase",
            &[
                ("passphrase", PASS),
                ("new_passphrase", new),
                ("confirm", new),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.count("#passphrase-changed"), 1);
    // Re-keyed: the old code stopped working and a new one is shown, once.
    let old_code = code;
    let code = changed.text("#recovery-code").trim().to_owned();
    assert_eq!(code.len(), 29);
    assert_ne!(code, old_code);
    assert!(c.cookies.contains_key("solace_session"), "a new session");
    c.post("/diary/lock", &[]).await;
    assert_eq!(
        c.post("/diary/unlock", &[("passphrase", PASS)])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let back = c.post("/diary/unlock", &[("passphrase", new)]).await;
    assert_eq!(back.status, StatusCode::OK, "one failed attempt to tell");
    assert_eq!(back.count("#failed-attempts"), 1);
    let old = c
        .post(
            "/diary/recover",
            &[
                ("code", &old_code),
                ("new_passphrase", "someone else's try"),
                ("confirm", "someone else's try"),
            ],
        )
        .await;
    assert_eq!(
        old.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the old code is dead"
    );
    c.post("/diary/lock", &[]).await;

    // Recover: the code opens it, a new passphrase is set, a new code shown once.
    let third = "old oak tree by the lane";
    let rec = c
        .post(
            "/diary/recover",
            &[
                ("code", &code.to_lowercase()),
                ("new_passphrase", third),
                ("confirm", third),
            ],
        )
        .await;
    assert_eq!(rec.status, StatusCode::OK, "{}", rec.body);
    let new_code = rec.text("#recovery-code").trim().to_owned();
    assert_eq!(new_code.len(), 29);
    assert_ne!(new_code, code);
    assert!(c.cookies.contains_key("solace_session"));
    c.post("/diary/lock", &[]).await;
    let old = c
        .post(
            "/diary/recover",
            &[
                ("code", &code),
                ("new_passphrase", third),
                ("confirm", third),
            ],
        )
        .await;
    assert_eq!(
        old.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the old code is used up"
    );
    let back = c.post("/diary/unlock", &[("passphrase", third)]).await;
    assert_eq!(back.status, StatusCode::OK, "the failed code is told");
    assert_eq!(back.count("#failed-attempts"), 1);
}

#[tokio::test]
async fn diary_pages_without_a_session_never_show_entries() {
    let mut c = Client::local().await;
    c.create().await;
    c.post(
        "/diary/add",
        &[("kind", "note"), ("text", NOTE), ("save", "1")],
    )
    .await;
    let mut stranger = Client {
        app: c.app.clone(),
        diary: c.diary.clone(),
        cookies: BTreeMap::new(),
        headers_seen: vec![],
        host: c.host.clone(),
        peer: None,
        forwarded_for: None,
        _dir: tempfile::tempdir().unwrap(),
    };
    for path in [
        "/diary",
        "/diary/recovery",
        "/diary/add",
        "/diary/reminders/all.ics",
        "/diary/delete",
    ] {
        let res = stranger.get(path).await;
        assert!(!res.body.contains(NOTE), "{path}");
        assert_eq!(res.count("form#unlock-form"), 1, "{path}");
    }
}

/// Safety: heavy bleeding recorded in the diary is flagged on the timeline itself, at the level
/// triage gives it, with the call button: not only on the recovery page. A calm diary shows no
/// banner.
#[tokio::test]
async fn heavy_bleeding_in_the_diary_shows_the_help_banner_on_the_timeline() {
    let mut c = Client::local().await;
    c.create().await;
    let r = c
        .post(
            "/diary/add",
            &[("kind", "note"), ("text", "A quiet day."), ("save", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let calm = c.get("/diary").await;
    assert_eq!(calm.count("#diary-alert"), 0, "no banner for a note");

    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "bleeding"),
                ("pads_soaked_per_hour", "2"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = c.get("/diary").await;
    assert_eq!(
        page.count("#diary-alert[data-urgency=urgent][role=alert]"),
        1,
        "{}",
        page.body
    );
    assert_eq!(page.count("#diary-alert a[href='tel:999']"), 1);
    let at = page.body.find("diary-alert").unwrap_or(0);
    let banner: String = page.body[at..].chars().take(1500).collect();
    assert_eq!(
        page.count("#diary-alert form.check-open input[name=pads_soaked_per_hour][value='2']"),
        1,
        "the check opens with the diary's answers: {banner}"
    );
}

/// Critical (review C1): "Leave this site" must lock the diary. Before, the session stayed alive
/// for 15 idle minutes, so Back or typing /diary showed the diary to whoever picked up the device.
#[tokio::test]
async fn leaving_the_site_locks_the_diary() {
    let mut c = Client::local().await;
    c.create().await;
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "note"),
                ("text", "KESTREL-2291 private"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(c.get("/diary").await.body.contains("KESTREL-2291"));
    // Keep the session cookie as a person's Back button would still have it.
    let stolen = c.cookies.get("solace_session").cloned().expect("a session");
    let away = c.get("/away").await;
    assert_eq!(away.status, StatusCode::OK);
    assert!(
        away.set_cookies()
            .iter()
            .any(|s| s.starts_with("solace_session=;") && s.contains("Max-Age=0")),
        "the cookie is cleared"
    );
    let after = c.get("/diary").await;
    assert!(
        !after.body.contains("KESTREL-2291"),
        "the diary is locked after leaving"
    );
    // Even the old cookie no longer opens it: the session itself was ended.
    c.cookies.insert("solace_session".to_owned(), stolen);
    let replay = c.get("/diary").await;
    assert!(
        !replay.body.contains("KESTREL-2291"),
        "the ended session does not come back"
    );
}

/// Lock always locks, even without the form token (a forged lock harms nobody).
#[tokio::test]
async fn lock_works_even_without_the_form_token() {
    let mut c = Client::local().await;
    c.create().await;
    let r = c.post_raw("/diary/lock", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!c.cookies.contains_key("solace_session"));
}

/// Review I2: an entry sent after the diary locked itself cannot be stored, but a red flag in it
/// is still shown at once, and the person is told plainly it was not saved (401, not a quiet 200).
#[tokio::test]
async fn an_entry_sent_after_the_diary_locked_itself_is_still_checked() {
    let clock = Arc::new(FixedClock::new(Utc::now()));
    let mut c = Client::with_clock(
        Config::default(),
        DiaryConfig {
            idle_timeout: TimeDelta::seconds(1),
            ..DiaryConfig::insecure_fast_kdf_for_tests()
        },
        clock.clone(),
    )
    .await;
    c.create().await;
    clock.advance(TimeDelta::seconds(2));
    let res = c
        .post(
            "/diary/add",
            &[
                ("kind", "bleeding"),
                ("pads_soaked_per_hour", "3"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.body);
    assert_eq!(res.count("#not-saved"), 1);
    assert_eq!(
        res.count("#diary-alert[data-urgency=urgent]"),
        1,
        "{}",
        res.body
    );
    assert_eq!(res.count("#diary-alert a[href='tel:999']"), 1);
    // A calm entry: told it was not saved, no banner.
    let calm = c
        .post(
            "/diary/add",
            &[("kind", "note"), ("text", "hello"), ("save", "1")],
        )
        .await;
    assert_eq!(calm.status, StatusCode::UNAUTHORIZED);
    assert_eq!(calm.count("#diary-alert"), 0);
}

/// Review I4: a hosted (multi-user) server marks every cookie Secure and sends HSTS, so a session
/// secret never travels over plain HTTP; the local app on 127.0.0.1 (plain HTTP) does neither.
#[tokio::test]
async fn hosted_mode_sends_cookies_only_over_https() {
    let mut hosted = Client::new(
        Client::hosted_config(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
    )
    .await;
    let res = hosted.get("/diary").await;
    let cookies = res.set_cookies();
    assert!(!cookies.is_empty());
    assert!(
        cookies.iter().all(|c| c.contains("; Secure")),
        "{cookies:?}"
    );
    assert_eq!(res.header("strict-transport-security"), "max-age=31536000");

    let mut local = Client::local().await;
    let res = local.get("/diary").await;
    assert!(res.set_cookies().iter().all(|c| !c.contains("Secure")));
    assert_eq!(res.header("strict-transport-security"), "");
}

/// Issue 14 item 7: deleting everything asks for the passphrase again in the same form. A wrong
/// one deletes nothing, names the field, keeps the typed word (never the passphrase), and counts
/// as a failed unlock; in hosted mode no account name is asked (the session says whose diary).
#[tokio::test]
async fn deleting_everything_asks_for_the_passphrase_again_and_keeps_the_word() {
    let mut c = Client::ready().await;
    let wrong = c
        .post(
            "/diary/delete",
            &[
                ("word", "delete"),
                ("passphrase", "not my passphrase at all"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.count("#error-passphrase"), 1);
    assert_eq!(wrong.count("input#field-word[value='delete']"), 1);
    assert_eq!(wrong.count("input#field-passphrase[value]"), 0);
    assert!(c.diary.account_exists(LOCAL_ACCOUNT).await.unwrap());
    let missing = c.post("/diary/delete", &[("word", "delete")]).await;
    assert_eq!(missing.count("#error-passphrase"), 1);
    assert!(c.diary.account_exists(LOCAL_ACCOUNT).await.unwrap());
    // Four more wrong tries (the missing one was not counted): even the right one now waits.
    for _ in 0..4 {
        c.post(
            "/diary/delete",
            &[("word", "delete"), ("passphrase", "still not it, sorry")],
        )
        .await;
    }
    let blocked = c
        .post("/diary/delete", &[("word", "delete"), ("passphrase", PASS)])
        .await;
    assert_eq!(blocked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(blocked.text("#error-passphrase").contains("wait"));
    assert!(c.diary.account_exists(LOCAL_ACCOUNT).await.unwrap());

    let mut hosted = Client::new(Client::hosted_config(), DiaryConfig::default()).await;
    hosted.get("/diary").await;
    hosted
        .post(
            "/diary/new",
            &[
                ("account", "robin"),
                ("passphrase", PASS),
                ("confirm", PASS),
            ],
        )
        .await;
    let form = hosted.get("/diary/delete").await;
    assert_eq!(form.count("form#delete-form input[name=account]"), 0);
    let deleted = hosted
        .post("/diary/delete", &[("word", "delete"), ("passphrase", PASS)])
        .await;
    assert_eq!(deleted.count("#deleted"), 1, "{}", deleted.body);
    assert!(!hosted.diary.account_exists("robin").await.unwrap());
}
