//! The diary's medicine, mood and scan forms (add and edit), the "Photo" door in the kind
//! chooser, and automatic deletion after N days (a sealed setting, applied on unlock and on the
//! timeline), in-process on a temporary SQLite store.

use axum::http::StatusCode;
use chrono::Utc;
use scraper::Selector;
use solace_store::LOCAL_ACCOUNT;

use crate::support::diary_client::*;

fn attr(res: &Res, sel: &str, name: &str) -> Option<String> {
    res.html()
        .select(&Selector::parse(sel).unwrap())
        .next()
        .and_then(|e| e.value().attr(name).map(str::to_owned))
}

/// A created, unlocked diary.
#[tokio::test]
async fn the_chooser_offers_medicine_mood_scan_and_a_photo_door() {
    let mut c = Client::ready().await;
    let chooser = c.get("/diary/add").await;
    assert_eq!(chooser.status, StatusCode::OK);
    for kind in ["medication", "mood", "scan"] {
        assert_eq!(
            chooser.count(&format!("form#kind-form button[name=kind][value={kind}]")),
            1,
            "{kind}"
        );
    }
    assert_eq!(
        attr(&chooser, "a#kind-photo", "href").as_deref(),
        Some("/diary/photo")
    );
}

#[tokio::test]
async fn each_new_form_adds_an_entry_that_shows_on_the_timeline_and_is_light() {
    let mut c = Client::ready().await;
    let mut sizes = vec![];
    for kind in ["medication", "mood", "scan"] {
        let form = c.post("/diary/add", &[("kind", kind)]).await;
        assert_eq!(form.status, StatusCode::OK, "{kind}");
        assert_eq!(form.header("cache-control"), "no-store");
        assert_eq!(form.count("form#entry-form input[name=csrf]"), 1);
        assert!(!form.body.contains("style="), "no inline styles");
        assert!(!form.body.contains("<script>"), "no inline scripts");
        sizes.push((kind, gzip_len(&form.body)));
    }
    let med_form = c.post("/diary/add", &[("kind", "medication")]).await;
    for w in [
        "mifepristone",
        "misoprostol",
        "paracetamol",
        "ibuprofen",
        "other",
    ] {
        assert_eq!(
            med_form.count(&format!("input[name=name][value={w}]")),
            1,
            "{w}"
        );
    }
    assert_eq!(med_form.count("#field-name_other"), 1);
    assert_eq!(med_form.count("#field-dose"), 1);
    let mood_form = c.post("/diary/add", &[("kind", "mood")]).await;
    assert_eq!(mood_form.count("input[type=radio][name=score]"), 11);
    assert_eq!(mood_form.count("#field-words"), 1);
    let scan_form = c.post("/diary/add", &[("kind", "scan")]).await;
    assert_eq!(scan_form.count("input[type=radio][name=showed]"), 7);

    let (day, hm) = days_ago(1);
    for fields in [
        vec![
            ("kind", "medication"),
            ("name", "misoprostol"),
            ("dose", "800 mcg"),
        ],
        vec![
            ("kind", "medication"),
            ("name", "other"),
            ("name_other", "Codeine"),
        ],
        vec![("kind", "mood"), ("score", "3"), ("words", "tired and sad")],
        vec![("kind", "scan"), ("showed", "tissue_remaining")],
    ] {
        let mut all_fields = fields.clone();
        all_fields.extend([("date", day.as_str()), ("time", hm.as_str()), ("save", "1")]);
        let res = c.post("/diary/add", &all_fields).await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "{fields:?}: {}",
            res.body
        );
        assert_eq!(res.header("location"), "/diary");
    }
    let tl = c.get("/diary").await;
    assert_eq!(tl.status, StatusCode::OK);
    assert_eq!(tl.count("li.entry[data-kind=medication]"), 2);
    assert_eq!(tl.count("li.entry[data-kind=mood]"), 1);
    assert_eq!(tl.count("li.entry[data-kind=scan]"), 1);
    assert_eq!(tl.count(".warn"), 0, "nothing unreadable");
    let stored = c
        .diary
        .list::<serde_json::Value>(&unlocked(&c).await)
        .await
        .unwrap();
    let names: Vec<String> = stored
        .entries
        .iter()
        .filter_map(|(_, v)| v.get("name").and_then(|n| n.as_str()).map(str::to_owned))
        .collect();
    assert!(names.contains(&"misoprostol".to_owned()), "{names:?}");
    assert!(names.contains(&"Codeine".to_owned()), "{names:?}");

    for (page, size) in &sizes {
        eprintln!("page weight: POST /diary/add ({page} form): {size} bytes gzip (budget 14336)");
        assert!(*size <= 14 * 1024, "{page} is {size} bytes gzip");
    }
}

#[tokio::test]
async fn bad_input_comes_back_422_with_the_values_kept() {
    let mut c = Client::ready().await;
    // Mood 11.
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "mood"),
                ("score", "11"),
                ("words", "Quiet-words-55"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(r.count("#error-score"), 1);
    assert_eq!(r.count("#error-summary"), 1);
    assert_eq!(
        attr(&r, "#field-words", "value").as_deref(),
        Some("Quiet-words-55")
    );
    assert_eq!(r.header("cache-control"), "no-store");

    // A medicine name over 200 characters.
    let long = "x".repeat(201);
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "medication"),
                ("name", "other"),
                ("name_other", &long),
                ("dose", "1 tablet"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(r.count("#error-name"), 1);
    assert_eq!(r.count("#error-summary"), 1);
    assert_eq!(
        attr(&r, "#field-name_other", "value").as_deref(),
        Some(long.as_str())
    );
    assert_eq!(r.count("#field-name-other[checked]"), 1);
    assert_eq!(
        attr(&r, "#field-dose", "value").as_deref(),
        Some("1 tablet")
    );

    // No medicine at all.
    let r = c
        .post("/diary/add", &[("kind", "medication"), ("save", "1")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.count("#error-name"), 1);

    // An unknown scan word.
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "scan"),
                ("showed", "twins"),
                ("note", "Scan-note-91"),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(r.count("#error-showed"), 1);
    assert_eq!(r.count("#error-summary"), 1);
    assert_eq!(r.text("#field-note"), "Scan-note-91");

    // Nothing was stored.
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.entry"), 0);
    // Without the CSRF token: refused.
    let r = c
        .post_raw(
            "/diary/add",
            &[("kind", "mood"), ("score", "5"), ("save", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

async fn unlocked(c: &Client) -> solace_store::Unlocked {
    c.diary
        .unlock(
            LOCAL_ACCOUNT,
            &solace_store::Passphrase::new(PASS.to_owned()),
            Utc::now(),
        )
        .await
        .unwrap()
}

/// The id of the only entry on the timeline, from its edit link.
fn only_edit_link(tl: &Res) -> String {
    let links: Vec<String> = tl
        .html()
        .select(&Selector::parse("li.entry a.edit").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(links.len(), 1, "{links:?}");
    links[0].clone()
}

#[tokio::test]
async fn editing_medicine_mood_and_scan_entries_saves() {
    let mut c = Client::ready().await;
    let (d, t) = days_ago(2);
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "medication"),
                ("name", "ibuprofen"),
                ("dose", "400 mg"),
                ("date", &d),
                ("time", &t),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = only_edit_link(&c.get("/diary").await);
    let edit = c.get(&link).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(
        edit.count("#field-name-ibuprofen[checked]"),
        1,
        "{}",
        edit.body
    );
    assert_eq!(
        attr(&edit, "#field-dose", "value").as_deref(),
        Some("400 mg")
    );
    let date = attr(&edit, "#field-date", "value").unwrap();
    let time = attr(&edit, "#field-time", "value").unwrap();
    let saved = c
        .post(
            &link,
            &[
                ("kind", "medication"),
                ("name", "other"),
                ("name_other", "Naproxen"),
                ("dose", "250 mg"),
                ("date", &date),
                ("time", &time),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let again = c.get(&link).await;
    assert_eq!(again.count("#field-name-other[checked]"), 1);
    assert_eq!(
        attr(&again, "#field-name_other", "value").as_deref(),
        Some("Naproxen")
    );
    assert_eq!(
        attr(&again, "#field-dose", "value").as_deref(),
        Some("250 mg")
    );
    // A bad edit comes back with the values kept, and changes nothing.
    let bad = c
        .post(
            &link,
            &[
                ("kind", "medication"),
                ("name", "other"),
                ("name_other", &"y".repeat(250)),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.count("#error-name"), 1);
    assert_eq!(
        attr(&c.get(&link).await, "#field-name_other", "value").as_deref(),
        Some("Naproxen")
    );
    // Delete it, then mood and scan round trips.
    let del = c
        .post(&link, &[("kind", "medication"), ("delete", "1")])
        .await;
    assert_eq!(del.status, StatusCode::SEE_OTHER);

    for (kind, field, before, after) in [
        ("mood", "score", "2", "6"),
        ("scan", "showed", "womb_empty", "not_seen"),
    ] {
        let r = c
            .post(
                "/diary/add",
                &[("kind", kind), (field, before), ("save", "1")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let link = only_edit_link(&c.get("/diary").await);
        let edit = c.get(&link).await;
        assert_eq!(
            edit.count(&format!("input[name={field}][value=\"{before}\"][checked]")),
            1,
            "{kind}"
        );
        let date = attr(&edit, "#field-date", "value").unwrap();
        let time = attr(&edit, "#field-time", "value").unwrap();
        let saved = c
            .post(
                &link,
                &[
                    ("kind", kind),
                    (field, after),
                    ("date", &date),
                    ("time", &time),
                    ("save", "1"),
                ],
            )
            .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{kind}: {}",
            saved.body
        );
        let edit = c.get(&link).await;
        assert_eq!(
            edit.count(&format!("input[name={field}][value=\"{after}\"][checked]")),
            1,
            "{kind}"
        );
        c.post(&link, &[("kind", kind), ("delete", "1")]).await;
    }
}

async fn add_note_days_ago(c: &mut Client, days: i64, text: &str) {
    let (d, t) = days_ago(days);
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "note"),
                ("text", text),
                ("date", &d),
                ("time", &t),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

async fn lock_and_unlock(c: &mut Client) -> Res {
    c.post("/diary/lock", &[]).await;
    let r = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r
}

#[tokio::test]
async fn auto_delete_after_30_days_removes_old_entries_on_unlock_and_says_so() {
    let mut c = Client::ready().await;
    // Off by default.
    let s = c.get("/diary/settings").await;
    assert_eq!(s.status, StatusCode::OK);
    assert_eq!(s.header("cache-control"), "no-store");
    assert_eq!(s.count("#field-auto_delete[value=off][checked]"), 1);
    assert_eq!(s.count("form#settings-form input[name=csrf]"), 1);
    eprintln!(
        "page weight: GET /diary/settings: {} bytes gzip",
        gzip_len(&s.body)
    );
    assert!(gzip_len(&s.body) <= 14 * 1024);

    add_note_days_ago(&mut c, 31, "Old-note-31").await;
    add_note_days_ago(&mut c, 29, "Recent-note-29").await;

    // A bad choice: 422, nothing saved.
    let bad = c.post("/diary/settings", &[("auto_delete", "7")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.count("#error-auto_delete"), 1);
    assert_eq!(bad.count("#error-summary"), 1);
    // No token: refused.
    let forged = c
        .post_raw("/diary/settings", &[("auto_delete", "30")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let saved = c.post("/diary/settings", &[("auto_delete", "30")]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.count("#settings-saved"), 1);
    assert_eq!(saved.count("#field-auto_delete-30[checked]"), 1);

    // The setting is sealed inside the vault: a record of its own, not in any cookie.
    let u = unlocked(&c).await;
    let all = c.diary.list::<serde_json::Value>(&u).await.unwrap();
    let settings: Vec<_> = all
        .entries
        .iter()
        .filter(|(_, v)| v.get("record").and_then(|r| r.as_str()) == Some("settings"))
        .collect();
    assert_eq!(settings.len(), 1);
    assert_eq!(settings[0].1["auto_delete_days"], 30);
    assert!(
        c.cookies
            .keys()
            .all(|k| k == "solace_csrf" || k == "solace_session"),
        "{:?}",
        c.cookies
    );
    drop(u);

    // Unlock: the 31-day-old entry is deleted there and then; the 29-day-old one stays.
    lock_and_unlock(&mut c).await;
    let u = unlocked(&c).await;
    let left = c.diary.list::<serde_json::Value>(&u).await.unwrap();
    let texts: Vec<String> = left
        .entries
        .iter()
        .filter_map(|(_, v)| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    assert_eq!(texts, vec!["Recent-note-29".to_owned()]);
    drop(u);

    // The timeline says so, kindly, once; the settings record is not "unreadable".
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("#auto-deleted"), 1, "{}", tl.body);
    assert!(
        tl.text("#auto-deleted").contains('1'),
        "{}",
        tl.text("#auto-deleted")
    );
    assert_eq!(tl.count(".warn"), 0);
    assert_eq!(tl.count("li.entry"), 1);
    assert!(tl.body.contains("Recent-note-29"));
    assert!(!tl.body.contains("Old-note-31"));
    let tl2 = c.get("/diary").await;
    assert_eq!(tl2.count("#auto-deleted"), 0);

    // The timeline GET applies it too: an entry that is old by the time the diary is opened.
    add_note_days_ago(&mut c, 40, "Very-old-40").await;
    let tl3 = c.get("/diary").await;
    assert_eq!(tl3.count("#auto-deleted"), 1);
    assert!(!tl3.body.contains("Very-old-40"));
    assert_eq!(tl3.count("li.entry"), 1);
}

#[tokio::test]
async fn auto_delete_off_keeps_everything() {
    let mut c = Client::ready().await;
    add_note_days_ago(&mut c, 400, "Ancient-note-400").await;
    add_note_days_ago(&mut c, 31, "Old-note-31").await;
    // Never set: nothing removed.
    lock_and_unlock(&mut c).await;
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.entry"), 2);
    assert_eq!(tl.count("#auto-deleted"), 0);
    // Set to 365, then back to off: still nothing removed.
    c.post("/diary/settings", &[("auto_delete", "365")]).await;
    let off = c.post("/diary/settings", &[("auto_delete", "off")]).await;
    assert_eq!(off.status, StatusCode::OK);
    assert_eq!(off.count("#field-auto_delete[value=off][checked]"), 1);
    lock_and_unlock(&mut c).await;
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.entry"), 2, "{}", tl.body);
    assert_eq!(tl.count("#auto-deleted"), 0);
    assert_eq!(tl.count(".warn"), 0);
    // Still one settings record.
    let u = unlocked(&c).await;
    let all = c.diary.list::<serde_json::Value>(&u).await.unwrap();
    assert_eq!(
        all.entries
            .iter()
            .filter(|(_, v)| v.get("record").is_some())
            .count(),
        1
    );
}

/// Review I1: automatic deletion keeps what happened (the events the recovery checks count from);
/// deleting a 35-day-old "medicine taken" event would silently stop the 3-week test check.
#[tokio::test]
async fn auto_delete_keeps_the_events_the_safety_checks_count_from() {
    let mut c = Client::ready().await;
    let (date, time) = days_ago(35);
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "event"),
                ("event", "loss_confirmed"),
                ("date", &date),
                ("time", &time),
                ("save", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    add_note_days_ago(&mut c, 35, "Old-note-35").await;
    let saved = c.post("/diary/settings", &[("auto_delete", "30")]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    lock_and_unlock(&mut c).await;
    let u = unlocked(&c).await;
    let left = c.diary.list::<serde_json::Value>(&u).await.unwrap();
    let kinds: Vec<String> = left
        .entries
        .iter()
        .filter(|(_, v)| v.get("record").is_none())
        .filter_map(|(_, v)| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
        .collect();
    assert_eq!(
        kinds,
        vec!["event".to_owned()],
        "the old note goes, the event stays"
    );
}
