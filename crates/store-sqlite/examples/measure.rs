//! Figures for issue 4's closing note. Run: `cargo run --release -p solace-store-sqlite --example measure`.
//!
//! - unlock time (Argon2id at the shipped parameters, plus the account lookup);
//! - entries written per second, sequential, each sealed and committed with a full WAL sync;
//! - the database size for a year of daily entries (~200 bytes of JSON each);
//! - re-keying a year's diary (730 entries, two a day): a passphrase change, which unlocks,
//!   makes a new vault and re-seals every entry in one transaction (issue 14).

use std::sync::Arc;
use std::time::Instant;

use chrono::{TimeDelta, TimeZone as _, Utc};
use serde_json::json;
use solace_store::{Diary, LOCAL_ACCOUNT, Passphrase};
use solace_store_sqlite::{DB_FILE_NAME, SqliteStore};

fn entry(day: i64) -> serde_json::Value {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + TimeDelta::days(day);
    json!({
        "kind": "bleeding",
        "at": at.to_rfc3339(),
        "pads_soaked_per_hour": 1,
        "pad_fullness": "moderate",
        "clots": "small",
        "note": "Some cramping in the morning, easing by lunchtime. Took paracetamol at 8."
    })
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
    let sample = serde_json::to_vec(&entry(0)).unwrap().len();

    // Unlock time.
    let dir = tempfile::tempdir().unwrap();
    let diary = Diary::new(Arc::new(SqliteStore::open_in(dir.path()).await.unwrap()));
    let pass = || Passphrase::new("measure passphrase".to_owned());
    let kdf = diary.config().kdf;
    let (unlocked, _code) = diary.create_account(LOCAL_ACCOUNT, &pass()).await.unwrap();
    let runs = 10;
    let started = Instant::now();
    for _ in 0..runs {
        diary.unlock(LOCAL_ACCOUNT, &pass(), now).await.unwrap();
    }
    let unlock_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);

    // Sequential writes.
    let writes = 1000;
    let started = Instant::now();
    for i in 0..writes {
        diary.add(&unlocked, &entry(i)).await.unwrap();
    }
    let per_sec = f64::from(u32::try_from(writes).unwrap()) / started.elapsed().as_secs_f64();

    // As the web app would: open the session (unwrap the key, slide the timeout), then write.
    let session = diary.start_session(&unlocked, now).await.unwrap();
    let started = Instant::now();
    for i in 0..writes {
        let u = diary.open_session(session.secret(), now).await.unwrap();
        diary.add(&u, &entry(i)).await.unwrap();
    }
    let per_sec_session =
        f64::from(u32::try_from(writes).unwrap()) / started.elapsed().as_secs_f64();

    // A year of daily entries in a fresh database.
    let year_dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in(year_dir.path()).await.unwrap();
    let year = Diary::new(Arc::new(store.clone()));
    let (u, _) = year.create_account(LOCAL_ACCOUNT, &pass()).await.unwrap();
    for day in 0..365 {
        year.add(&u, &entry(day)).await.unwrap();
    }
    store.close().await;
    let size = std::fs::metadata(year_dir.path().join(DB_FILE_NAME))
        .unwrap()
        .len();

    // Re-keying a year's diary: 730 entries.
    let rekey_dir = tempfile::tempdir().unwrap();
    let rekey_store = SqliteStore::open_in(rekey_dir.path()).await.unwrap();
    let rekey = Diary::new(Arc::new(rekey_store.clone()));
    let (u, _) = rekey.create_account(LOCAL_ACCOUNT, &pass()).await.unwrap();
    for n in 0..730 {
        rekey.add(&u, &entry(n / 2)).await.unwrap();
    }
    let next = || Passphrase::new("the next measure passphrase".to_owned());
    let started = Instant::now();
    let (u, _code) = rekey
        .change_passphrase(&u, &pass(), &next(), now)
        .await
        .unwrap();
    let rekey_ms = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(
        rekey
            .list::<serde_json::Value>(&u)
            .await
            .unwrap()
            .entries
            .len(),
        730
    );
    rekey_store.close().await;

    println!("sample entry JSON: {sample} bytes");
    println!(
        "unlock (Argon2id m={} KiB, t={}, p={}, plus lookup): {unlock_ms:.0} ms (mean of {runs})",
        kdf.memory_kib, kdf.iterations, kdf.parallelism
    );
    println!("sequential sealed writes, full sync: {per_sec:.0} entries/s");
    println!("open session + write (a web request): {per_sec_session:.0} entries/s");
    println!(
        "365 daily entries: database file {size} bytes ({:.0} KiB) after checkpoint",
        size as f64 / 1024.0
    );
    println!(
        "passphrase change re-keying 730 entries: {rekey_ms:.0} ms in all, of which about {:.0} ms \
         besides the three Argon2id derivations (re-sealing in one transaction, WAL truncated)",
        rekey_ms - 3.0 * unlock_ms
    );
}
