//! Issue 15: per-account quotas on add and edit, bulk records (photos) that a diary's list
//! never reads, backups imported as a new account, and diary views that write nothing.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::backup::{self, Backup, BackupError};
use crate::{Diary, DiaryConfig, DiaryError, LEGACY_BULK_MIN_BYTES, Quota, QuotaKind, Store};

use super::counting::CountingStore;
use super::{entries_of, new_account, pass, sample_entries, secs, t0, texts, unlock};

fn limited(store: Arc<dyn Store>, quota: Quota) -> Diary {
    Diary::with_config(
        store,
        DiaryConfig {
            quota,
            ..DiaryConfig::insecure_fast_kdf_for_tests()
        },
    )
    .expect("the test config is valid")
}

/// A stand-in photo record of about `kib` KiB (what `solace_app` seals for a photo).
fn photo(kib: usize) -> Value {
    json!({ "record": "photo", "photo_format": "png", "bytes_b64": "A".repeat(kib * 1024) })
}

/// Each limit refuses the write that would pass it, names itself and its number, and writes
/// nothing; an edit that grows an entry counts, one that does not always passes.
pub async fn quotas_are_enforced_on_add_and_edit(store: Arc<dyn Store>) {
    let diary = limited(
        store.clone(),
        Quota {
            max_entries: 3,
            max_photos: 1,
            max_bytes: 1_000_000,
        },
    );
    let (u, _) = new_account(&diary, "counted", "counted passphrase").await;
    let entries = sample_entries();
    for e in &entries[..3] {
        diary.add(&u, e).await.unwrap();
    }
    assert_err!(
        diary.add(&u, &entries[3]).await,
        DiaryError::QuotaExceeded {
            kind: QuotaKind::Entries,
            limit: 3
        }
    );
    assert_eq!(entries_of(&diary, &u).await, texts(&entries[..3]));
    diary.add_bulk(&u, &photo(4)).await.unwrap();
    assert_err!(
        diary.add_bulk(&u, &photo(4)).await,
        DiaryError::QuotaExceeded {
            kind: QuotaKind::Photos,
            limit: 1
        }
    );
    let used = diary.usage(&u).await.unwrap();
    assert_eq!((used.records, used.bulk), (3, 1));

    // Bytes: a sealed small entry is 272 bytes (256 padded + the tag).
    let diary = limited(
        store.clone(),
        Quota {
            max_entries: 100,
            max_photos: 100,
            max_bytes: 1_000,
        },
    );
    let (u, _) = new_account(&diary, "bytes", "bytes passphrase here").await;
    let mut ids = Vec::new();
    for e in &entries[..3] {
        ids.push(diary.add(&u, e).await.unwrap());
    }
    assert_eq!(diary.usage(&u).await.unwrap().bytes, 816);
    assert_err!(
        diary.add(&u, &entries[3]).await,
        DiaryError::QuotaExceeded {
            kind: QuotaKind::Bytes,
            limit: 1_000
        }
    );
    assert_err!(
        diary.add_bulk(&u, &photo(1)).await,
        DiaryError::QuotaExceeded {
            kind: QuotaKind::Bytes,
            limit: 1_000
        }
    );
    let longer = json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "x".repeat(400)});
    assert_err!(
        diary.update(&u, ids[0], &longer).await,
        DiaryError::QuotaExceeded {
            kind: QuotaKind::Bytes,
            limit: 1_000
        }
    );
    assert_eq!(
        diary.get::<Value>(&u, ids[0]).await.unwrap(),
        entries[0],
        "the refused edit left the entry as it was"
    );
    let same_size = json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "changed"});
    diary.update(&u, ids[0], &same_size).await.unwrap();
    assert_eq!(diary.get::<Value>(&u, ids[0]).await.unwrap(), same_size);
    // Deleting frees room again.
    diary.delete(&u, ids[1]).await.unwrap();
    diary.add(&u, &entries[3]).await.unwrap();
}

/// The defaults hold what a person needs, and a full diary's backup can still be imported.
pub async fn default_quota_fits_a_backup(_store: Arc<dyn Store>) {
    let q = Quota::default();
    assert!(
        q.max_entries >= 2 * 365 * 4,
        "two years of four entries a day"
    );
    assert!(q.max_photos >= 24, "a few dozen photos");
    // Each record in the file: its ciphertext as hex, plus id, nonce and framing (< 200 bytes).
    let framing = (q.max_entries + q.max_photos) * 200;
    assert!(2 * q.max_bytes + framing < backup::MAX_BACKUP_BYTES);
}

/// Bulk records are stored and opened by id, counted in the usage, kept by a backup (as bulk
/// again when restored), and never read by a diary's list.
pub async fn lists_never_read_bulk_records(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "lean", "lean reads passphrase").await;
    let entries = sample_entries();
    for e in &entries {
        diary.add(&u, e).await.unwrap();
    }
    let big = photo(LEGACY_BULK_MIN_BYTES / 1024 + 64);
    let big_id = diary.add_bulk(&u, &big).await.unwrap();
    let small_id = diary.add_bulk(&u, &photo(2)).await.unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&entries));
    let lean = store.list_lean_records(u.user()).await.unwrap();
    assert_eq!(lean.len(), entries.len());
    assert!(lean.iter().all(|r| r.id != big_id && r.id != small_id));
    assert!(lean.iter().all(|r| r.ciphertext.len() < 4096));
    assert_eq!(
        store.list_records(u.user()).await.unwrap().len(),
        entries.len() + 2
    );
    assert_eq!(diary.get::<Value>(&u, big_id).await.unwrap(), big);
    let used = diary.usage(&u).await.unwrap();
    assert_eq!((used.records, used.bulk), (entries.len() as u64, 2));
    assert!(used.bytes > LEGACY_BULK_MIN_BYTES as u64);

    // A backup does not say which rows are photos: restored, the long one is bulk again (the
    // small one is an ordinary row, still readable by id).
    let file = backup::export(store.as_ref(), u.user())
        .await
        .unwrap()
        .unwrap();
    diary.delete_everything(u).await.unwrap();
    backup::restore(store.as_ref(), diary.name_hash("lean again"), &file)
        .await
        .unwrap();
    let u = unlock(&diary, "lean again", "lean reads passphrase", t0())
        .await
        .unwrap();
    let used = diary.usage(&u).await.unwrap();
    assert_eq!((used.records, used.bulk), (entries.len() as u64 + 1, 1));
    assert_eq!(diary.get::<Value>(&u, big_id).await.unwrap(), big);
    assert_eq!(diary.get::<Value>(&u, small_id).await.unwrap(), photo(2));
}

/// Issue 15 item 10: a backup imported as a new account gets a new user id and opens with the
/// same passphrase, beside the account it came from; a taken name, a wrong passphrase, a
/// changed byte and a backup over the quota each write nothing.
pub async fn backup_imports_as_a_new_account(store: Arc<dyn Store>) {
    // The shipped key derivation: a backup refuses the test parameters.
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "moving", "moving house passphrase").await;
    let entries = sample_entries();
    for e in &entries {
        diary.add(&u, e).await.unwrap();
    }
    let big = photo(LEGACY_BULK_MIN_BYTES / 1024 + 8);
    diary.add_bulk(&u, &big).await.unwrap();
    let file = backup::export(store.as_ref(), u.user())
        .await
        .unwrap()
        .unwrap();
    let file = Backup::from_bytes(&file.to_bytes()).unwrap();
    assert_err!(
        backup::unlock(&file, &pass("not the passphrase")),
        BackupError::WrongPassphrase
    );
    let key = backup::unlock(&file, &pass("moving house passphrase")).unwrap();
    let quota = Quota::default();

    assert_err!(
        backup::restore_as_new(
            store.as_ref(),
            diary.name_hash("moving"),
            &file,
            &key,
            &quota
        )
        .await,
        BackupError::AccountExists
    );
    let mut tampered = file.clone();
    tampered.records[2].ciphertext[5] ^= 1;
    assert_err!(
        backup::restore_as_new(
            store.as_ref(),
            diary.name_hash("moved"),
            &tampered,
            &key,
            &quota
        )
        .await,
        BackupError::RecordCorrupt { index: 3 }
    );
    let small = Quota {
        max_photos: 0,
        ..quota
    };
    assert_err!(
        backup::restore_as_new(
            store.as_ref(),
            diary.name_hash("moved"),
            &file,
            &key,
            &small
        )
        .await,
        BackupError::OverQuota(_)
    );
    assert!(!diary.account_exists("moved").await.unwrap());

    let (id, count) = backup::restore_as_new(
        store.as_ref(),
        diary.name_hash("moved"),
        &file,
        &key,
        &quota,
    )
    .await
    .unwrap();
    assert_eq!(count, entries.len() + 1);
    assert_ne!(id, u.user(), "a new account id");
    let moved = unlock(&diary, "moved", "moving house passphrase", t0())
        .await
        .unwrap();
    assert_eq!(moved.user(), id);
    assert_eq!(entries_of(&diary, &moved).await, texts(&entries));
    assert_eq!(diary.usage(&moved).await.unwrap().bulk, 1);
    // Twice is fine too (another name), and the original is untouched.
    backup::restore_as_new(
        store.as_ref(),
        diary.name_hash("moved twice"),
        &file,
        &key,
        &quota,
    )
    .await
    .unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&entries));
    // The new account's rows are its own: sealed for the new id.
    let rows = store.list_records(id).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| file.records.iter().all(|f| f.nonce != r.nonce))
    );
}

/// Issue 15 item 7: a diary view (open the session, list the entries) writes nothing while the
/// idle expiry would move by a minute or less; the first view after that writes the session
/// row once. Counted at the `Store` trait, so on every backend.
pub async fn diary_views_write_no_session_row(store: Arc<dyn Store>) {
    const VIEWS: i64 = 30;
    let counting = Arc::new(CountingStore::new(store));
    let diary = super::diary(counting.clone());
    let (u, _) = new_account(&diary, "viewer", "viewing quietly here").await;
    diary.add(&u, &sample_entries()[0]).await.unwrap();
    let s = diary.start_session(&u, t0()).await.unwrap();
    let (writes, session_writes) = (counting.writes(), counting.session_writes());
    for n in 0..VIEWS {
        let at = t0() + secs(n * 60 / VIEWS);
        let open = diary.open_session(s.secret(), at).await.unwrap();
        assert_eq!(diary.list::<Value>(&open).await.unwrap().entries.len(), 1);
    }
    assert_eq!(counting.writes() - writes, 0, "{VIEWS} views wrote nothing");
    assert_eq!(counting.session_writes(), session_writes);
    diary
        .open_session(s.secret(), t0() + secs(61))
        .await
        .unwrap();
    assert_eq!(
        counting.session_writes() - session_writes,
        1,
        "renewed once"
    );
    for n in 0..VIEWS {
        diary
            .open_session(s.secret(), t0() + secs(62 + n))
            .await
            .unwrap();
    }
    assert_eq!(counting.session_writes() - session_writes, 1);
}

/// Issue 15 item 10: an entry sent twice with the same form id (a retry after a lost response)
/// is stored once, even when the two race; another form id adds another entry.
pub async fn a_retried_entry_is_stored_once(store: Arc<dyn Store>) {
    let diary = Arc::new(super::diary(store.clone()));
    let (u, _) = new_account(&diary, "retry", "retrying passphrase").await;
    let s = diary.start_session(&u, t0()).await.unwrap();
    let cookie = s.secret().to_cookie_value();
    let entry = sample_entries()[0].clone();
    let form_id = crate::vault::new_record_id().unwrap();
    assert!(diary.add_once(&u, form_id, &entry).await.unwrap());
    assert!(!diary.add_once(&u, form_id, &entry).await.unwrap());
    assert!(diary.contains(&u, form_id).await.unwrap());
    // Two retries at once, as two nodes would see them.
    let racing = crate::vault::new_record_id().unwrap();
    let mut tasks = Vec::new();
    for _ in 0..2 {
        let diary = diary.clone();
        let cookie = cookie.clone();
        let entry = entry.clone();
        tasks.push(tokio::spawn(async move {
            let secret = crate::vault::SessionSecret::from_cookie_value(&cookie).unwrap();
            let u = diary.open_session(&secret, t0() + secs(1)).await.unwrap();
            diary.add_once(&u, racing, &entry).await.unwrap()
        }));
    }
    let mut stored = 0;
    for t in tasks {
        stored += usize::from(t.await.unwrap());
    }
    assert_eq!(stored, 1);
    let list = diary.list::<Value>(&u).await.unwrap();
    assert_eq!(list.entries.len(), 2);
    assert_eq!(diary.get::<Value>(&u, racing).await.unwrap(), entry);
}
