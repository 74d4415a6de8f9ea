//! Issue 4's must-holds for the SQLite store:
//! - the database file and its WAL contain none of an entry's text, dates or kind in plain form;
//! - `kill -9` in the middle of many writes loses no acknowledged entry and leaves the database
//!   consistent;
//! - migrating a populated database of the previous version keeps every entry readable;
//! - and, beyond the issue: deleting everything scrubs the old rows from the file.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use serde_json::{Value, json};
use solace_store::conformance::{FixtureV1, pass, sample_entries, t0};
use solace_store::{Diary, LOCAL_ACCOUNT, RecordId, Store};
use solace_store_sqlite::{DB_FILE_NAME, MIGRATIONS, SqliteStore, migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

const PASSPHRASE: &str = "must-hold passphrase";

fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .filter_map(|suffix| {
            let name = format!("{DB_FILE_NAME}{suffix}");
            std::fs::read(dir.join(&name))
                .ok()
                .map(|bytes| (name, bytes))
        })
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every needle found in any of the files, with where.
fn found(files: &[(String, Vec<u8>)], needles: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (name, bytes) in files {
        for needle in needles {
            if find(bytes, needle.as_bytes()) {
                found.push(format!("{needle:?} in {name}"));
            }
        }
    }
    found
}

fn assert_absent(files: &[(String, Vec<u8>)], needles: &[String]) {
    let found = found(files, needles);
    assert!(found.is_empty(), "plain text found: {found:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_and_wal_hold_no_entry_text_dates_or_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in(dir.path()).await.unwrap();
    let diary = Diary::new(Arc::new(store.clone()));
    let (u, code) = diary
        .create_account(LOCAL_ACCOUNT, &pass(PASSPHRASE))
        .await
        .unwrap();
    let session = diary.start_session(&u, t0()).await.unwrap();
    let mut entries = sample_entries();
    // Dates far from any day this test runs on, so SQLite's own timestamps cannot collide.
    entries.push(
        json!({"kind": "scan", "at": "2031-03-14T07:45:00Z", "showed": "QUOKKA-5521 sac seen"}),
    );
    entries
        .push(json!({"kind": "bleeding", "at": "2031-03-15T22:10:00+01:00", "note": "YAK-0912"}));
    let mut ids = Vec::new();
    for entry in &entries {
        ids.push(diary.add(&u, entry).await.unwrap());
    }
    // Old versions of an edited entry and a deleted one must not linger readably either.
    diary
        .update(
            &u,
            ids[0],
            &json!({"kind": "note", "at": "2031-03-16T06:00:00Z", "text": "OCELOT-3141"}),
        )
        .await
        .unwrap();
    diary.delete(&u, ids[1]).await.unwrap();

    let mut needles: Vec<String> = [
        "ZEBRA-7734",
        "QUOKKA-5521",
        "YAK-0912",
        "OCELOT-3141", // text
        "2031-03-14",
        "2031-03-15",
        "2031-03-16",
        "07:45:00",
        "22:10:00", // dates and times
        "bleeding",
        "temperature",
        "pregnancy_test",
        "medication",
        "misoprostol",
        "loss_confirmed",
        "pad_fullness",
        "pads_soaked",
        "iu_per_l",
        "celsius",
        "lower belly",
        "numb", // kinds and fields
        "\"note\"",
        "\"pain\"",
        "\"mood\"",
        "\"hcg\"",
        "\"event\"",
        "\"scan\"",
        "\"kind\"",
        PASSPHRASE,
        LOCAL_ACCOUNT,
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for entry in &entries {
        needles.push(entry["at"].as_str().unwrap().to_owned()); // every RFC 3339 date-time
    }
    needles.push(code.reveal().to_string());
    needles.push(code.reveal().replace('-', ""));
    needles.push(session.secret().to_cookie_value().to_string());

    // While open: the WAL holds the recent writes.
    let files = files_of(dir.path());
    let wal = files
        .iter()
        .find(|(n, _)| n.ends_with("-wal"))
        .expect("a WAL file");
    assert!(wal.1.len() > 4096, "the WAL has the writes in it");
    assert_absent(&files, &needles);
    // The test can see text when it is there (guards against scanning the wrong bytes).
    let mut probe = files.clone();
    probe.push(("probe".into(), b"xx ZEBRA-7734 xx".to_vec()));
    assert_eq!(
        found(&probe, &needles),
        vec!["\"ZEBRA-7734\" in probe".to_owned()]
    );

    // After closing: everything checkpointed into the main file.
    drop(u);
    store.close().await;
    assert_absent(&files_of(dir.path()), &needles);

    // sqlx's record of when the schema was installed (the day of first use) is scrubbed.
    let options = SqliteConnectOptions::new().filename(dir.path().join(DB_FILE_NAME));
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    let installed: Vec<String> =
        sqlx::query_scalar("SELECT CAST(installed_on AS TEXT) FROM _sqlx_migrations")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        installed,
        vec!["1970-01-01 00:00:00".to_owned(); MIGRATIONS.len()]
    );
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrating_a_populated_version_1_database_keeps_every_entry_readable() {
    let fixture = FixtureV1::load();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    {
        // A database as version 1 left it: migration 0001 only, rows written with its SQL.
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .unwrap();
        migrator(Some(1)).run(&pool).await.unwrap();
        sqlx::query("INSERT INTO users (id, name_hash, vault_header) VALUES (?1, ?2, ?3)")
            .bind(fixture.user_id.to_vec())
            .bind(fixture.name_hash.to_vec())
            .bind(fixture.vault_header.clone())
            .execute(&pool)
            .await
            .unwrap();
        for r in &fixture.records {
            sqlx::query("INSERT INTO records (user_id, id, version, nonce, ciphertext) VALUES (?1, ?2, ?3, ?4, ?5)")
                .bind(fixture.user_id.to_vec())
                .bind(r.id.to_vec())
                .bind(r.version)
                .bind(r.nonce.to_vec())
                .bind(r.ciphertext.clone())
                .execute(&pool)
                .await
                .unwrap();
        }
        pool.close().await;
    }
    // Opening applies every later migration.
    let store = SqliteStore::open(&path).await.unwrap();
    let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
    fixture.check_readable(&dyn_store).await;
    // Running the migrations again on the populated database is a no-op.
    let before = dyn_store
        .list_records(solace_store::UserId::from_bytes(fixture.user_id))
        .await
        .unwrap();
    store.migrate().await.unwrap();
    store.close().await;
    let store = SqliteStore::open(&path).await.unwrap();
    let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
    assert_eq!(
        dyn_store
            .list_records(solace_store::UserId::from_bytes(fixture.user_id))
            .await
            .unwrap(),
        before
    );
    fixture.check_readable(&dyn_store).await;
    dyn_store.integrity_check().await.unwrap();
    store.close().await;
    let options = SqliteConnectOptions::new().filename(&path);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(applied, i64::try_from(MIGRATIONS.len()).unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_everything_scrubs_the_rows_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in(dir.path()).await.unwrap();
    let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
    let diary = Diary::new(dyn_store.clone());
    let (u, _) = diary
        .create_account(LOCAL_ACCOUNT, &pass(PASSPHRASE))
        .await
        .unwrap();
    for entry in sample_entries() {
        diary.add(&u, &entry).await.unwrap();
    }
    let header = dyn_store.vault_header(u.user()).await.unwrap().unwrap();
    let rows = dyn_store.list_records(u.user()).await.unwrap();
    // Control: before deleting, the header's bytes are in the files (so the search can see them).
    assert!(
        files_of(dir.path())
            .iter()
            .any(|(_, bytes)| find(bytes, &header[..64]))
    );
    diary.delete_everything(u).await.unwrap();
    store.close().await;
    let files = files_of(dir.path());
    let mut leftovers = Vec::new();
    for (name, bytes) in &files {
        if find(bytes, &header[..64]) {
            leftovers.push(format!("vault header in {name}"));
        }
        for row in &rows {
            if find(bytes, &row.ciphertext[..32]) {
                leftovers.push(format!("record {} in {name}", row.id));
            }
        }
    }
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ---------------------------------------------------------------------------------------------
// kill -9
// ---------------------------------------------------------------------------------------------

/// When set, this test binary runs as the writer child instead of the test.
const CHILD_DIR_ENV: &str = "SOLACE_KILL9_CHILD_DATA_DIR";
/// The test's name in the crate's one test binary (its module, then the function), for `--exact`.
const KILL_TEST: &str = "must_hold::kill_9_mid_stream_loses_no_acknowledged_entry";

/// The child: unlock (creating the vault on the first run), then write entries as fast as it
/// can, printing `ACK <n> <id>` only after each write has returned. Stops by itself after a
/// minute in case the parent is gone.
fn writer_child(data_dir: &str, first: u64) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = SqliteStore::open_in(Path::new(data_dir)).await.unwrap();
        let diary = Diary::new(Arc::new(store));
        let u = if diary.account_exists(LOCAL_ACCOUNT).await.unwrap() {
            diary
                .unlock(LOCAL_ACCOUNT, &pass(PASSPHRASE), t0())
                .await
                .unwrap()
        } else {
            diary
                .create_account(LOCAL_ACCOUNT, &pass(PASSPHRASE))
                .await
                .unwrap()
                .0
        };
        let started = std::time::Instant::now();
        let mut out = std::io::stdout().lock();
        for n in first.. {
            let id = diary
                .add(
                    &u,
                    &json!({"kind": "note", "n": n, "text": "written before the kill"}),
                )
                .await
                .unwrap();
            writeln!(out, "ACK {n} {id}").unwrap();
            out.flush().unwrap();
            if started.elapsed().as_secs() > 60 {
                break;
            }
        }
    });
}

#[test]
fn kill_9_mid_stream_loses_no_acknowledged_entry() {
    if let Ok(dir) = std::env::var(CHILD_DIR_ENV) {
        let first = std::env::var("SOLACE_KILL9_FIRST")
            .unwrap()
            .parse()
            .unwrap();
        writer_child(&dir, first);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut acked: Vec<(u64, RecordId)> = Vec::new();
    // Three rounds on the same database: each child is killed while writing.
    for round in 0..3u64 {
        let first = round * 1_000_000;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([KILL_TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR_ENV, dir.path())
            .env("SOLACE_KILL9_FIRST", first.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut this_round = 0;
        while let Some(Ok(line)) = lines.next() {
            let Some(rest) = line.strip_prefix("ACK ") else {
                continue;
            };
            let (n, id) = rest.split_once(' ').unwrap();
            acked.push((n.parse().unwrap(), id.parse().unwrap()));
            this_round += 1;
            if this_round == 25 + 10 * round {
                child.kill().unwrap(); // SIGKILL on Unix
            }
        }
        // Lines already in the pipe when the child died were acknowledged too: read to EOF.
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the writer was killed, not finished"
        );
        assert!(
            this_round >= 25,
            "round {round}: the writer acknowledged {this_round} entries"
        );
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = SqliteStore::open_in(dir.path()).await.unwrap();
        let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
        dyn_store
            .integrity_check()
            .await
            .expect("PRAGMA integrity_check is ok");
        let diary = Diary::new(dyn_store);
        let u = diary
            .unlock(LOCAL_ACCOUNT, &pass(PASSPHRASE), t0())
            .await
            .unwrap();
        for (n, id) in &acked {
            let entry: Value = diary
                .get(&u, *id)
                .await
                .unwrap_or_else(|e| panic!("acknowledged entry {n} lost: {e}"));
            assert_eq!(entry["n"], json!(n));
        }
        let list = diary.list::<Value>(&u).await.unwrap();
        assert!(list.unreadable.is_empty());
        assert!(list.entries.len() >= acked.len());
        println!(
            "kill -9: {} entries acknowledged over 3 kills, {} stored, all acknowledged ones open",
            acked.len(),
            list.entries.len()
        );
        store.close().await;
    });
}

/// Issue 15 item 6: photos written before bulk records existed were ordinary rows. Migration
/// 0003 marks every row too long to be anything but a photo as bulk, so the list stops reading
/// it; it still opens by id, and the entries all read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migration_3_takes_old_photos_out_of_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in(dir.path()).await.unwrap();
    let diary = Diary::new(Arc::new(store.clone()));
    let (u, _) = diary
        .create_account(LOCAL_ACCOUNT, &pass(PASSPHRASE))
        .await
        .unwrap();
    let entries = sample_entries();
    for e in &entries {
        diary.add(&u, e).await.unwrap();
    }
    // As version 2 wrote a photo: an ordinary record.
    let photo =
        json!({ "record": "photo", "photo_format": "png", "bytes_b64": "A".repeat(300 * 1024) });
    let photo_id = diary.add(&u, &photo).await.unwrap();
    assert_eq!(
        diary.list::<Value>(&u).await.unwrap().entries.len(),
        entries.len() + 1
    );
    store.close().await;
    {
        // Back to schema version 2.
        let options = SqliteConnectOptions::new().filename(dir.path().join(DB_FILE_NAME));
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .unwrap();
        for sql in [
            "ALTER TABLE records DROP COLUMN bulk",
            "DELETE FROM _sqlx_migrations WHERE version = 3",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;
    }
    let store = SqliteStore::open_in(dir.path()).await.unwrap();
    let diary = Diary::new(Arc::new(store.clone()));
    let u = diary
        .unlock(LOCAL_ACCOUNT, &pass(PASSPHRASE), t0())
        .await
        .unwrap();
    let list = diary.list::<Value>(&u).await.unwrap();
    assert!(list.unreadable.is_empty());
    assert_eq!(list.entries.len(), entries.len(), "the photo is not listed");
    assert_eq!(diary.get::<Value>(&u, photo_id).await.unwrap(), photo);
    assert_eq!(diary.usage(&u).await.unwrap().bulk, 1);
    store.close().await;
}
