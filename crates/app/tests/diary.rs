//! The diary's records over a real store (SQLite in a temporary folder): automatic deletion
//! removes old entries and their photos but keeps events, and says how many went once; loading
//! counts entries that do not read but never the diary's own records.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;
use solace_app::diary::{self, StoredPhoto};
use solace_app::photo_meta::PhotoFormat;
use solace_clinical::diary::Entry;
use solace_store::{Diary, LOCAL_ACCOUNT, Passphrase, Unlocked};
use solace_store_sqlite::SqliteStore;
use std::sync::Arc;

async fn open() -> (tempfile::TempDir, Diary, Unlocked) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in(dir.path()).await.unwrap();
    let diary = Diary::new(Arc::new(store));
    let pass = Passphrase::new("blue kettle quiet river".to_owned());
    let (key, _) = diary.create_account(LOCAL_ACCOUNT, &pass).await.unwrap();
    (dir, diary, key)
}

fn entry(v: serde_json::Value) -> Entry {
    serde_json::from_value(v).unwrap()
}

fn at(now: DateTime<Utc>, days_ago: i64) -> String {
    (now - TimeDelta::days(days_ago)).to_rfc3339()
}

#[tokio::test]
async fn auto_delete_removes_old_entries_and_their_photos_and_keeps_events() {
    let (_dir, diary, key) = open().await;
    let now = Utc::now();
    let old_note = entry(json!({ "kind": "note", "at": at(now, 40), "text": "old" }));
    let new_note = entry(json!({ "kind": "note", "at": at(now, 2), "text": "new" }));
    let old_event = entry(json!({ "kind": "event", "at": at(now, 60), "event": "loss_confirmed" }));
    for e in [&old_note, &new_note, &old_event] {
        diary.add(&key, e).await.unwrap();
    }
    let photo_entry = entry(json!({ "kind": "photo", "at": at(now, 45), "photo_id": "pending" }));
    let photo = StoredPhoto::new(PhotoFormat::Png, &[1, 2, 3]);
    diary::add_photo(&diary, &key, &photo, photo_entry, None)
        .await
        .unwrap();
    assert_eq!(
        diary
            .list::<serde_json::Value>(&key)
            .await
            .unwrap()
            .entries
            .len(),
        4,
        "the photo's bytes are a bulk record: the list does not read them"
    );
    assert_eq!(diary.usage(&key).await.unwrap().bulk, 1);

    // Off until chosen: nothing goes.
    assert_eq!(
        diary::auto_delete(&diary, &key, now, false).await.unwrap(),
        0
    );
    diary::set_auto_delete(&diary, &key, Some(30))
        .await
        .unwrap();
    let (_, s) = diary::settings(&diary, &key).await.unwrap().unwrap();
    assert_eq!(s.auto_delete_days(), Some(30));

    // On unlock: the old note and the old photo (entry and pixels) go; the event stays.
    assert_eq!(
        diary::auto_delete(&diary, &key, now, false).await.unwrap(),
        2
    );
    let loaded = diary::load(&diary, &key).await.unwrap();
    let texts: Vec<&str> = loaded.entries.iter().map(|e| e.kind.kind().id()).collect();
    assert_eq!(texts, ["event", "note"], "in time order");
    assert_eq!(loaded.ids.len(), 2);
    assert_eq!(loaded.unreadable, 0, "the settings record is not an entry");
    let left = diary.list::<serde_json::Value>(&key).await.unwrap().entries;
    assert_eq!(left.len(), 3, "two entries and the settings record");
    assert_eq!(diary.usage(&key).await.unwrap().bulk, 0, "no photo left");

    // The timeline is told once, then not again.
    assert_eq!(
        diary::auto_delete(&diary, &key, now, true).await.unwrap(),
        2
    );
    assert_eq!(
        diary::auto_delete(&diary, &key, now, true).await.unwrap(),
        0
    );

    // Choosing again keeps one settings record.
    diary::set_auto_delete(&diary, &key, None).await.unwrap();
    let settings_records = diary
        .list::<serde_json::Value>(&key)
        .await
        .unwrap()
        .entries
        .iter()
        .filter(|(_, v)| diary::RecordKind::of(v) == diary::RecordKind::Settings)
        .count();
    assert_eq!(settings_records, 1);
}

#[tokio::test]
async fn loading_counts_entries_that_do_not_read_but_not_damaged_own_records() {
    let (_dir, diary, key) = open().await;
    diary
        .add(&key, &json!({ "record": "sticker", "kind": "note" }))
        .await
        .unwrap();
    diary
        .add(
            &key,
            &json!({ "record": "settings", "auto_delete_days": "soon" }),
        )
        .await
        .unwrap();
    diary
        .add(
            &key,
            &json!({ "kind": "note", "at": "2026-11-20T10:00:00Z", "text": "hi" }),
        )
        .await
        .unwrap();
    let loaded = diary::load(&diary, &key).await.unwrap();
    assert_eq!(loaded.entries.len(), 1);
    assert_eq!(loaded.unreadable, 1);
    // A damaged settings record is no settings at all: automatic deletion stays off.
    assert!(diary::settings(&diary, &key).await.unwrap().is_none());
}
