//! The conformance suite: every backend runs all of it from its own `tests/`, on a fresh
//! database per case, with
//!
//! ```text
//! async fn backend() -> Option<MyBackend> { /* a fresh database, or None to skip */ }
//! solace_store::conformance_tests!(backend());
//! ```
//!
//! The macro expands to one `#[tokio::test]` per case below, so a new case reaches every backend
//! at once. Cases take the store as `Arc<dyn Store>` and drive it through [`Diary`] (as the web
//! app does) and directly through the trait (as an attacker with the database would).

#![allow(clippy::missing_panics_doc)]

mod fixture;

use std::collections::BTreeSet;
use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, TimeZone as _, Utc};
use serde_json::{Value, json};

pub use fixture::{FixtureRecord, FixtureV1, generate_fixture};

use crate::vault::{self, Passphrase, RecoveryCode, SessionSecret};
use crate::{
    Diary, DiaryError, NewUser, RecordId, RecordRow, SessionRow, Store, StoreError, Unlocked,
    UserId,
};

/// A fresh, empty database for one case, and how to throw it away afterwards.
pub trait Backend: Send + 'static {
    fn store(&self) -> Arc<dyn Store>;
    /// Called after the case, whether it passed or panicked.
    fn teardown(self) -> impl Future<Output = ()> + Send;
}

/// Runs one case on its own task, tears the backend down, then re-raises a panic if the case
/// failed (so a failing case still drops its PostgreSQL schema).
pub async fn run<B, F, Fut>(backend: B, case: F)
where
    B: Backend,
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let outcome = tokio::spawn(case(backend.store())).await;
    backend.teardown().await;
    if let Err(e) = outcome {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("the conformance case was cancelled");
    }
}

/// One `#[tokio::test]` per conformance case. `$backend` is an expression evaluated afresh for
/// each test, a future giving `Option<impl Backend>` (`None` skips, e.g. no database URL).
#[macro_export]
macro_rules! conformance_tests {
    ($backend:expr) => {
        $crate::conformance_tests!(@cases $backend;
            recovery_journey,
            wrong_passphrase_changes_nothing,
            users_are_isolated,
            tampered_ciphertext_does_not_open,
            swapped_record_ids_do_not_open,
            record_moved_to_another_user_does_not_open,
            concurrent_writes_all_land,
            session_secret_rotation,
            sessions_expire_after_the_idle_timeout,
            neither_session_row_nor_cookie_alone_opens,
            unlocking_is_rate_limited_per_account,
            concurrent_guesses_cannot_pass_the_limit,
            account_names_and_passphrase_rules,
            recovery_code_is_single_use,
            padding_hides_entry_kinds,
            large_entries_round_trip,
            store_contract_edges,
            integrity_check_passes,
            generated_fixture_reads_back,
            backup_round_trip,
            backup_refuses_bad_files,
        );
    };
    (@cases $backend:expr; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                if let Some(backend) = $backend.await {
                    $crate::conformance::run(backend, $crate::conformance::$case).await;
                }
            }
        )*
    };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The suite's clock: 20 November 2026, 09:00 UTC, moved by hand.
pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0)
        .single()
        .expect("a valid time")
}

fn mins(n: i64) -> TimeDelta {
    TimeDelta::minutes(n)
}

fn secs(n: i64) -> TimeDelta {
    TimeDelta::seconds(n)
}

pub fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned())
}

/// Diary entries with distinctive text, dates and kinds (the shapes of ARCHITECTURE/DESIGN).
pub fn sample_entries() -> Vec<Value> {
    vec![
        json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "ZEBRA-7734 felt very tired today"}),
        json!({"kind": "bleeding", "at": "2026-11-20T10:15:00Z", "pads_soaked_per_hour": 1, "pad_fullness": "moderate", "clots": "small"}),
        json!({"kind": "pain", "at": "2026-11-20T11:30:00Z", "score": 6, "where": "lower belly"}),
        json!({"kind": "temperature", "at": "2026-11-20T12:45:00Z", "celsius": 37.9}),
        json!({"kind": "hcg", "at": "2026-11-21T08:00:00Z", "iu_per_l": 1520}),
        json!({"kind": "pregnancy_test", "at": "2026-12-11T08:00:00Z", "result": "faint"}),
        json!({"kind": "medication", "at": "2026-11-20T13:00:00Z", "name": "misoprostol", "dose": "800 micrograms"}),
        json!({"kind": "mood", "at": "2026-11-22T20:00:00Z", "score": 3, "words": "numb"}),
        json!({"kind": "event", "at": "2026-11-19T16:00:00Z", "event": "loss_confirmed"}),
    ]
}

async fn new_account(diary: &Diary, name: &str, passphrase: &str) -> (Unlocked, RecoveryCode) {
    diary
        .create_account(name, &pass(passphrase))
        .await
        .expect("create account")
}

async fn unlock(
    diary: &Diary,
    name: &str,
    passphrase: &str,
    now: DateTime<Utc>,
) -> Result<Unlocked, DiaryError> {
    diary.unlock(name, &pass(passphrase), now).await
}

async fn entries_of(diary: &Diary, unlocked: &Unlocked) -> BTreeSet<String> {
    let list = diary.list::<Value>(unlocked).await.expect("list");
    assert!(
        list.unreadable.is_empty(),
        "unreadable entries: {:?}",
        list.unreadable
    );
    list.entries
        .into_iter()
        .map(|(_, v)| v.to_string())
        .collect()
}

fn texts(values: &[Value]) -> BTreeSet<String> {
    values.iter().map(Value::to_string).collect()
}

async fn raw_row(store: &Arc<dyn Store>, user: UserId, id: RecordId) -> RecordRow {
    store
        .get_record(user, id)
        .await
        .expect("get")
        .expect("row present")
}

macro_rules! assert_err {
    ($result:expr, $pattern:pat) => {
        match $result {
            Err($pattern) => {}
            Err(other) => panic!("expected {}, got error {other:?}", stringify!($pattern)),
            Ok(_) => panic!("expected {}, got Ok", stringify!($pattern)),
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The recovery journey
// ---------------------------------------------------------------------------------------------

/// The whole story: create the vault, unlock, write, edit, delete, lock, a wrong passphrase,
/// change the passphrase, lose it and use the recovery code, sessions timing out, and finally
/// deleting everything.
pub async fn recovery_journey(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let name = crate::LOCAL_ACCOUNT;

    // Create the vault; the recovery code is shown once.
    let (first, code) = new_account(&diary, name, "first passphrase").await;
    let user = first.user();
    let shown_code = code.reveal().to_string();
    assert_eq!(shown_code.len(), 29);
    let session = diary.start_session(&first, t0()).await.unwrap();
    drop(first);

    // Add entries through the session, as the web app would, one request at a time.
    let entries = sample_entries();
    let mut ids = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let u = diary
            .open_session(session.secret(), t0() + secs(i64::try_from(i).unwrap()))
            .await
            .unwrap();
        ids.push(diary.add(&u, entry).await.unwrap());
    }
    let u = diary
        .open_session(session.secret(), t0() + mins(1))
        .await
        .unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&entries));
    assert_eq!(diary.get::<Value>(&u, ids[0]).await.unwrap(), entries[0]);

    // Edit: re-sealed under a fresh nonce, same id.
    let before = raw_row(&store, user, ids[1]).await;
    let edited = json!({"kind": "bleeding", "at": "2026-11-20T10:15:00Z", "pads_soaked_per_hour": 2, "clots": "large"});
    diary.update(&u, ids[1], &edited).await.unwrap();
    let after = raw_row(&store, user, ids[1]).await;
    assert_ne!(before.nonce, after.nonce);
    assert_ne!(before.ciphertext, after.ciphertext);
    assert_eq!(diary.get::<Value>(&u, ids[1]).await.unwrap(), edited);

    // Delete: the row is gone.
    diary.delete(&u, ids[0]).await.unwrap();
    assert_err!(
        diary.get::<Value>(&u, ids[0]).await,
        DiaryError::RecordNotFound
    );
    assert!(store.get_record(user, ids[0]).await.unwrap().is_none());
    let mut expected: Vec<Value> = entries[2..].to_vec();
    expected.push(edited.clone());
    assert_eq!(entries_of(&diary, &u).await, texts(&expected));
    drop(u);

    // Lock: the session's wrapped key is deleted.
    diary.end_session(session.secret()).await.unwrap();
    assert_err!(
        diary.open_session(session.secret(), t0() + mins(2)).await,
        DiaryError::SessionInvalid
    );

    // A wrong passphrase is refused and changes nothing.
    let header = store.vault_header(user).await.unwrap();
    let rows = store.list_records(user).await.unwrap();
    assert_err!(
        unlock(&diary, name, "First passphrase", t0() + mins(3)).await,
        DiaryError::WrongPassphrase
    );
    assert_eq!(store.vault_header(user).await.unwrap(), header);
    assert_eq!(store.list_records(user).await.unwrap(), rows);

    // Unlock again.
    let u = unlock(&diary, name, "first passphrase", t0() + mins(4))
        .await
        .unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&expected));
    let second_session = diary.start_session(&u, t0() + mins(4)).await.unwrap();

    // Change the passphrase: the data key is re-wrapped, records untouched, sessions ended.
    diary
        .change_passphrase(
            &u,
            &pass("first passphrase"),
            &pass("second passphrase"),
            t0() + mins(5),
        )
        .await
        .unwrap();
    assert_ne!(store.vault_header(user).await.unwrap(), header);
    assert_eq!(store.list_records(user).await.unwrap(), rows);
    assert_err!(
        diary
            .open_session(second_session.secret(), t0() + mins(5))
            .await,
        DiaryError::SessionInvalid
    );
    drop(u);
    assert_err!(
        unlock(&diary, name, "first passphrase", t0() + mins(6)).await,
        DiaryError::WrongPassphrase
    );
    let u = unlock(&diary, name, "second passphrase", t0() + mins(6))
        .await
        .unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&expected));
    drop(u);

    // Forgot it: the recovery code (typed loosely) unlocks and sets a new passphrase.
    let typed = RecoveryCode::parse(&shown_code.to_lowercase().replace('-', " ")).unwrap();
    let (u, new_code) = diary
        .recover(name, &typed, &pass("third passphrase"), t0() + mins(7))
        .await
        .unwrap();
    assert_eq!(entries_of(&diary, &u).await, texts(&expected));
    assert_ne!(new_code.reveal().as_str(), shown_code);
    drop(u);
    assert_err!(
        unlock(&diary, name, "second passphrase", t0() + mins(8)).await,
        DiaryError::WrongPassphrase
    );
    let u = unlock(&diary, name, "third passphrase", t0() + mins(8))
        .await
        .unwrap();

    // Sessions end after 15 idle minutes; each use slides the timeout.
    let start = t0() + mins(10);
    let s = diary.start_session(&u, start).await.unwrap();
    assert_eq!(s.expires_at(), start + mins(15));
    drop(u);
    assert!(
        diary
            .open_session(s.secret(), start + mins(10))
            .await
            .is_ok()
    );
    assert!(
        diary
            .open_session(s.secret(), start + mins(24))
            .await
            .is_ok()
    );
    assert_err!(
        diary.open_session(s.secret(), start + mins(39)).await,
        DiaryError::SessionInvalid
    );
    assert_eq!(diary.purge_expired(start + mins(40)).await.unwrap(), 1);

    // Delete everything.
    let u = unlock(&diary, name, "third passphrase", t0() + mins(60))
        .await
        .unwrap();
    let _live = diary.start_session(&u, t0() + mins(60)).await.unwrap();
    diary.delete_everything(u).await.unwrap();
    assert!(!diary.account_exists(name).await.unwrap());
    assert!(store.list_records(user).await.unwrap().is_empty());
    assert!(store.vault_header(user).await.unwrap().is_none());
    assert_eq!(
        store.delete_user_sessions(user).await.unwrap(),
        0,
        "sessions went with the account"
    );
    assert_err!(
        unlock(&diary, name, "third passphrase", t0() + mins(61)).await,
        DiaryError::NoSuchAccount
    );
}

/// A wrong passphrase leaves the header, records and sessions exactly as they were (only the
/// failure count changes).
pub async fn wrong_passphrase_changes_nothing(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _code) = new_account(&diary, "sam", "right passphrase").await;
    let user = u.user();
    diary.add(&u, &sample_entries()[0]).await.unwrap();
    let session = diary.start_session(&u, t0()).await.unwrap();
    let header = store.vault_header(user).await.unwrap();
    let rows = store.list_records(user).await.unwrap();
    assert_err!(
        unlock(&diary, "sam", "wrong passphrase", t0() + secs(1)).await,
        DiaryError::WrongPassphrase
    );
    assert_err!(
        diary
            .change_passphrase(
                &u,
                &pass("wrong passphrase"),
                &pass("new passphrase"),
                t0() + secs(2)
            )
            .await,
        DiaryError::WrongPassphrase
    );
    assert_eq!(store.vault_header(user).await.unwrap(), header);
    assert_eq!(store.list_records(user).await.unwrap(), rows);
    assert!(
        diary
            .open_session(session.secret(), t0() + secs(3))
            .await
            .is_ok(),
        "the session survives"
    );
    assert_eq!(
        store
            .unlock_failures_since(user, t0() - mins(1))
            .await
            .unwrap()
            .len(),
        2
    );
    // A success clears the count.
    assert!(
        unlock(&diary, "sam", "right passphrase", t0() + secs(4))
            .await
            .is_ok()
    );
    assert!(
        store
            .unlock_failures_since(user, t0() - mins(1))
            .await
            .unwrap()
            .is_empty()
    );
}

// ---------------------------------------------------------------------------------------------
// Isolation and tampering
// ---------------------------------------------------------------------------------------------

/// Two accounts on one database cannot reach each other's rows, through the diary or the trait.
pub async fn users_are_isolated(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    // The same passphrase on purpose: the keys still differ.
    let (alice, _) = new_account(&diary, "alice", "shared passphrase").await;
    let (bob, _) = new_account(&diary, "bob", "shared passphrase").await;
    let a1 = diary.add(&alice, &sample_entries()[0]).await.unwrap();
    let a2 = diary.add(&alice, &sample_entries()[1]).await.unwrap();
    let b1 = diary.add(&bob, &sample_entries()[2]).await.unwrap();

    assert_eq!(
        entries_of(&diary, &bob).await,
        texts(&sample_entries()[2..3])
    );
    assert_eq!(
        entries_of(&diary, &alice).await,
        texts(&sample_entries()[..2])
    );

    // Through the diary.
    assert_err!(
        diary.get::<Value>(&bob, a1).await,
        DiaryError::RecordNotFound
    );
    assert_err!(
        diary.update(&bob, a1, &json!({"kind": "note"})).await,
        DiaryError::RecordNotFound
    );
    assert_err!(diary.delete(&bob, a1).await, DiaryError::RecordNotFound);
    // Through the trait.
    let alice_row = raw_row(&store, alice.user(), a1).await;
    assert!(store.get_record(bob.user(), a1).await.unwrap().is_none());
    assert!(!store.update_record(bob.user(), &alice_row).await.unwrap());
    assert!(!store.delete_record(bob.user(), a2).await.unwrap());
    assert_eq!(store.list_records(bob.user()).await.unwrap().len(), 1);
    assert_eq!(
        raw_row(&store, alice.user(), a1).await,
        alice_row,
        "alice's row untouched"
    );

    // Sessions: bob's secret opens bob's diary only; ending bob's sessions leaves alice's.
    let sa = diary.start_session(&alice, t0()).await.unwrap();
    let sb = diary.start_session(&bob, t0()).await.unwrap();
    let via_bob = diary
        .open_session(sb.secret(), t0() + secs(1))
        .await
        .unwrap();
    assert_eq!(via_bob.user(), bob.user());
    assert_err!(
        diary.get::<Value>(&via_bob, a1).await,
        DiaryError::RecordNotFound
    );
    assert_eq!(diary.end_all_sessions(bob.user()).await.unwrap(), 1);
    assert!(
        diary
            .open_session(sa.secret(), t0() + secs(2))
            .await
            .is_ok()
    );

    // Failed unlocks are counted per account.
    for i in 0..5 {
        assert_err!(
            unlock(&diary, "bob", "not it at all", t0() + secs(10 + i)).await,
            DiaryError::WrongPassphrase
        );
    }
    assert_err!(
        unlock(&diary, "bob", "shared passphrase", t0() + secs(20)).await,
        DiaryError::TooManyAttempts { .. }
    );
    assert!(
        unlock(&diary, "alice", "shared passphrase", t0() + secs(20))
            .await
            .is_ok()
    );

    // Deleting bob leaves alice whole.
    let bob_user = bob.user();
    diary.delete_everything(bob).await.unwrap();
    assert!(store.get_record(bob_user, b1).await.unwrap().is_none());
    assert_eq!(
        entries_of(&diary, &alice).await,
        texts(&sample_entries()[..2])
    );
    assert!(
        diary
            .open_session(sa.secret(), t0() + secs(30))
            .await
            .is_ok()
    );
    assert!(diary.account_exists("alice").await.unwrap());
    assert!(!diary.account_exists("bob").await.unwrap());
}

/// A changed byte in the ciphertext or nonce, or an unknown format, does not open; the other
/// entries still list.
pub async fn tampered_ciphertext_does_not_open(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "tess", "tamper passphrase").await;
    let target = diary.add(&u, &sample_entries()[0]).await.unwrap();
    diary.add(&u, &sample_entries()[1]).await.unwrap();
    let original = raw_row(&store, u.user(), target).await;

    let mut flipped = original.clone();
    flipped.ciphertext[3] ^= 0x01;
    assert!(store.update_record(u.user(), &flipped).await.unwrap());
    assert_err!(
        diary.get::<Value>(&u, target).await,
        DiaryError::RecordCorrupt
    );
    let list = diary.list::<Value>(&u).await.unwrap();
    assert_eq!(list.unreadable, vec![target]);
    assert_eq!(list.entries.len(), 1);

    let mut truncated = original.clone();
    truncated.ciphertext.truncate(original.ciphertext.len() - 1);
    assert!(store.update_record(u.user(), &truncated).await.unwrap());
    assert_err!(
        diary.get::<Value>(&u, target).await,
        DiaryError::RecordCorrupt
    );

    let mut renonced = original.clone();
    renonced.nonce[0] ^= 0x80;
    assert!(store.update_record(u.user(), &renonced).await.unwrap());
    assert_err!(
        diary.get::<Value>(&u, target).await,
        DiaryError::RecordCorrupt
    );

    let mut future = original.clone();
    future.version = 2;
    assert!(store.update_record(u.user(), &future).await.unwrap());
    assert_err!(
        diary.get::<Value>(&u, target).await,
        DiaryError::RecordCorrupt
    );

    assert!(store.update_record(u.user(), &original).await.unwrap());
    assert_eq!(
        diary.get::<Value>(&u, target).await.unwrap(),
        sample_entries()[0]
    );
}

/// Record A's sealed bytes stored under record B's id do not open: the id is associated data.
pub async fn swapped_record_ids_do_not_open(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "swap", "swapping passphrase").await;
    let a = diary.add(&u, &sample_entries()[0]).await.unwrap();
    let b = diary.add(&u, &sample_entries()[1]).await.unwrap();
    let row_a = raw_row(&store, u.user(), a).await;
    let row_b = raw_row(&store, u.user(), b).await;
    assert!(
        store
            .update_record(
                u.user(),
                &RecordRow {
                    id: b,
                    ..row_a.clone()
                }
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .update_record(u.user(), &RecordRow { id: a, ..row_b })
            .await
            .unwrap()
    );
    assert_err!(diary.get::<Value>(&u, a).await, DiaryError::RecordCorrupt);
    assert_err!(diary.get::<Value>(&u, b).await, DiaryError::RecordCorrupt);
    assert_eq!(diary.list::<Value>(&u).await.unwrap().unreadable.len(), 2);
}

/// A row copied into another user's rows does not open there (nor would it with the owner's
/// key: the user id is associated data).
pub async fn record_moved_to_another_user_does_not_open(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (alice, _) = new_account(&diary, "alice", "alice passphrase").await;
    let (bob, _) = new_account(&diary, "bob", "bob passphrase").await;
    let id = diary.add(&alice, &sample_entries()[0]).await.unwrap();
    let row = raw_row(&store, alice.user(), id).await;
    store.insert_record(bob.user(), &row).await.unwrap();
    assert_err!(
        diary.get::<Value>(&bob, id).await,
        DiaryError::RecordCorrupt
    );
    assert_eq!(
        diary.list::<Value>(&bob).await.unwrap().unreadable,
        vec![id]
    );
    assert_eq!(
        diary.get::<Value>(&alice, id).await.unwrap(),
        sample_entries()[0]
    );
}

// ---------------------------------------------------------------------------------------------
// Concurrency and sessions
// ---------------------------------------------------------------------------------------------

/// Eight tasks writing at once through their own requests: every write lands and opens.
pub async fn concurrent_writes_all_land(store: Arc<dyn Store>) {
    const TASKS: usize = 8;
    const EACH: usize = 20;
    let diary = Arc::new(Diary::new(store.clone()));
    let (u, _) = new_account(&diary, "busy", "busy passphrase").await;
    let session = diary.start_session(&u, t0()).await.unwrap();
    let cookie = session.secret().to_cookie_value();
    let mut tasks = Vec::new();
    for task in 0..TASKS {
        let diary = diary.clone();
        let cookie = cookie.clone();
        tasks.push(tokio::spawn(async move {
            let secret = SessionSecret::from_cookie_value(&cookie).unwrap();
            let mut ids = Vec::new();
            for n in 0..EACH {
                let u = diary.open_session(&secret, t0() + secs(1)).await.unwrap();
                ids.push(
                    diary
                        .add(&u, &json!({"kind": "note", "task": task, "n": n}))
                        .await
                        .unwrap(),
                );
            }
            ids
        }));
    }
    let mut ids = BTreeSet::new();
    for t in tasks {
        ids.extend(t.await.unwrap());
    }
    assert_eq!(ids.len(), TASKS * EACH);
    let list = diary.list::<Value>(&u).await.unwrap();
    assert!(list.unreadable.is_empty());
    assert_eq!(
        list.entries
            .iter()
            .map(|(id, _)| *id)
            .collect::<BTreeSet<_>>(),
        ids
    );
    let pairs: BTreeSet<(u64, u64)> = list
        .entries
        .iter()
        .map(|(_, v)| (v["task"].as_u64().unwrap(), v["n"].as_u64().unwrap()))
        .collect();
    assert_eq!(pairs.len(), TASKS * EACH);
}

/// Rotating the secret: the new one opens, the old one stops at once, an ended or expired
/// session cannot be rotated.
pub async fn session_secret_rotation(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "rota", "rotation passphrase").await;
    let old = diary.start_session(&u, t0()).await.unwrap();
    let new = diary
        .rotate_session(old.secret(), t0() + mins(5))
        .await
        .unwrap();
    assert_eq!(new.expires_at(), t0() + mins(20));
    assert_ne!(
        new.secret().to_cookie_value(),
        old.secret().to_cookie_value()
    );
    assert_err!(
        diary.open_session(old.secret(), t0() + mins(6)).await,
        DiaryError::SessionInvalid
    );
    assert_eq!(
        diary
            .open_session(new.secret(), t0() + mins(6))
            .await
            .unwrap()
            .user(),
        u.user()
    );
    assert_err!(
        diary.rotate_session(old.secret(), t0() + mins(7)).await,
        DiaryError::SessionInvalid
    );
    assert_err!(
        diary.rotate_session(new.secret(), t0() + mins(60)).await,
        DiaryError::SessionInvalid
    );
    diary.end_session(new.secret()).await.unwrap();
    assert_err!(
        diary.rotate_session(new.secret(), t0() + mins(7)).await,
        DiaryError::SessionInvalid
    );
}

/// Idle timeout (sliding), touch, purge and ending all sessions.
pub async fn sessions_expire_after_the_idle_timeout(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "idle", "idle passphrase").await;
    let s_a = diary.start_session(&u, t0()).await.unwrap();
    let s_b = diary.start_session(&u, t0()).await.unwrap();
    let s_c = diary.start_session(&u, t0()).await.unwrap();
    // Just inside and just outside the window.
    assert_eq!(
        diary
            .touch(s_a.secret(), t0() + mins(15) - secs(1))
            .await
            .unwrap(),
        t0() + mins(30) - secs(1)
    );
    assert_err!(
        diary.touch(s_b.secret(), t0() + mins(15)).await,
        DiaryError::SessionInvalid
    );
    assert_err!(
        diary.open_session(s_b.secret(), t0() + mins(15)).await,
        DiaryError::SessionInvalid
    );
    // A request stamped earlier (another node's clock) does not shorten the session.
    assert_eq!(
        diary.touch(s_a.secret(), t0() + mins(1)).await.unwrap(),
        t0() + mins(30) - secs(1)
    );
    // Purge removes only what is expired (b and c), a stays.
    assert_eq!(diary.purge_expired(t0() + mins(16)).await.unwrap(), 2);
    assert!(
        diary
            .open_session(s_a.secret(), t0() + mins(17))
            .await
            .is_ok()
    );
    assert_err!(
        diary.open_session(s_c.secret(), t0() + mins(1)).await,
        DiaryError::SessionInvalid
    );
    // End all.
    let s_d = diary.start_session(&u, t0() + mins(17)).await.unwrap();
    assert_eq!(diary.end_all_sessions(u.user()).await.unwrap(), 2);
    assert_err!(
        diary.open_session(s_a.secret(), t0() + mins(18)).await,
        DiaryError::SessionInvalid
    );
    assert_err!(
        diary.open_session(s_d.secret(), t0() + mins(18)).await,
        DiaryError::SessionInvalid
    );
}

/// What the database holds for a session does not open the diary, and a cookie whose row is
/// gone does not either.
pub async fn neither_session_row_nor_cookie_alone_opens(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "pair", "pairing passphrase").await;
    let session = diary.start_session(&u, t0()).await.unwrap();
    let secret_bytes = crate::hex::decode_vec(&session.secret().to_cookie_value()).unwrap();
    let row = store
        .touch_session(&vault::session_lookup(session.secret()), t0(), t0())
        .await
        .unwrap()
        .unwrap();
    // The row holds neither the secret nor a usable key.
    assert_ne!(row.lookup.0.as_slice(), secret_bytes.as_slice());
    assert_eq!(row.wrapped_key.len(), vault::KEY_LEN + vault::TAG_LEN);
    assert!(
        !row.wrapped_key
            .windows(8)
            .any(|w| secret_bytes.windows(8).any(|s| s == w))
    );
    // Presenting the stored lookup as if it were the cookie fails.
    let forged = SessionSecret::from_cookie_value(&crate::hex::encode(&row.lookup.0)).unwrap();
    assert_err!(
        diary.open_session(&forged, t0() + secs(1)).await,
        DiaryError::SessionInvalid
    );
    // A row copied to another user does not unwrap there.
    let (other, _) = new_account(&diary, "other", "another passphrase").await;
    let moved = SessionRow {
        user_id: other.user(),
        ..row.clone()
    };
    store.delete_session(&row.lookup).await.unwrap();
    store
        .create_session(&SessionRow {
            expires_at: t0() + mins(15),
            ..moved
        })
        .await
        .unwrap();
    assert_err!(
        diary.open_session(session.secret(), t0() + secs(2)).await,
        DiaryError::SessionInvalid
    );
    // The cookie alone, once the row is gone.
    diary.end_session(session.secret()).await.unwrap();
    assert_err!(
        diary.open_session(session.secret(), t0() + secs(3)).await,
        DiaryError::SessionInvalid
    );
    // Garbage cookies never reach the store.
    assert!(SessionSecret::from_cookie_value("not a cookie").is_err());
}

/// Regression (review C2): guesses fired at once used to all pass the failure check before any
/// was recorded (the failure was written after the slow derivation). Twenty concurrent wrong
/// passphrases must be tried at most five times; the rest are refused untried.
pub async fn concurrent_guesses_cannot_pass_the_limit(store: Arc<dyn Store>) {
    let diary = Arc::new(Diary::new(store.clone()));
    let (u, _code) = new_account(&diary, "flood", "flood passphrase").await;
    let user = u.user();
    drop(u);
    let mut tasks = Vec::new();
    for i in 0..20 {
        let d = Arc::clone(&diary);
        tasks.push(tokio::spawn(async move {
            unlock(&d, "flood", &format!("guess number {i}"), t0())
                .await
                .map(|u| u.user())
        }));
    }
    let (mut tried, mut refused) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Err(DiaryError::WrongPassphrase) => tried += 1,
            Err(DiaryError::TooManyAttempts { .. }) => refused += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        tried, 5,
        "only five guesses may be tried ({refused} refused)"
    );
    assert_eq!(refused, 15);
    assert_eq!(
        store
            .unlock_failures_since(user, t0() - mins(1))
            .await
            .unwrap()
            .len(),
        5
    );
}

/// After five failures within 15 minutes, attempts are refused untried (with a wait), for the
/// passphrase and the recovery code alike, and allowed again as failures age out.
pub async fn unlocking_is_rate_limited_per_account(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, code) = new_account(&diary, "rate", "rate passphrase").await;
    let user = u.user();
    drop(u);
    for i in 0..5 {
        assert_err!(
            unlock(&diary, "rate", "guess passphrase", t0() + secs(i)).await,
            DiaryError::WrongPassphrase
        );
    }
    match unlock(&diary, "rate", "rate passphrase", t0() + secs(5)).await {
        Err(DiaryError::TooManyAttempts { retry_after }) => {
            assert_eq!(retry_after, mins(15) - secs(5));
        }
        other => panic!(
            "expected TooManyAttempts, got {:?}",
            other.map(|u| u.user())
        ),
    }
    assert_err!(
        diary
            .recover("rate", &code, &pass("new passphrase"), t0() + secs(6))
            .await,
        DiaryError::TooManyAttempts { .. }
    );
    // Refused attempts are not counted as failures.
    assert_eq!(
        store
            .unlock_failures_since(user, t0() - mins(1))
            .await
            .unwrap()
            .len(),
        5
    );
    // Once the oldest failures leave the window the right passphrase works and clears the count.
    assert!(
        unlock(&diary, "rate", "rate passphrase", t0() + mins(15) + secs(1))
            .await
            .is_ok()
    );
    assert!(
        store
            .unlock_failures_since(user, t0() - mins(1))
            .await
            .unwrap()
            .is_empty()
    );
    // Old failures are purged.
    store.record_unlock_failure(user, t0()).await.unwrap();
    diary.purge_expired(t0() + mins(16)).await.unwrap();
    assert!(
        store
            .unlock_failures_since(user, t0() - mins(60))
            .await
            .unwrap()
            .is_empty()
    );
}

// ---------------------------------------------------------------------------------------------
// Accounts, codes, sizes
// ---------------------------------------------------------------------------------------------

/// Names are unique ignoring case and surrounding spaces, and not stored readably; short
/// passphrases are refused; unknown names are refused.
pub async fn account_names_and_passphrase_rules(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    assert_err!(
        diary.create_account("short", &pass("1234567")).await,
        DiaryError::PassphraseTooShort { min_chars: 8 }
    );
    assert!(!diary.account_exists("short").await.unwrap());
    let (u, _) = new_account(&diary, "Alex.Example", "12345678").await;
    assert_err!(
        diary
            .create_account("  alex.example ", &pass("other passphrase"))
            .await,
        DiaryError::AccountExists
    );
    assert!(
        unlock(&diary, "ALEX.EXAMPLE", "12345678", t0())
            .await
            .is_ok()
    );
    assert_err!(
        unlock(&diary, "nobody", "12345678", t0()).await,
        DiaryError::NoSuchAccount
    );
    let row = store
        .find_user(&vault::account_name_hash("alex.example"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.id, u.user());
    let header = String::from_utf8_lossy(&row.vault_header).to_lowercase();
    assert!(
        !header.contains("alex"),
        "the header does not name the account"
    );
    assert_err!(
        diary
            .change_passphrase(&u, &pass("12345678"), &pass("short"), t0())
            .await,
        DiaryError::PassphraseTooShort { .. }
    );
}

/// Recovering uses the code up: the old code fails, the new one works, sessions end.
pub async fn recovery_code_is_single_use(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, first_code) = new_account(&diary, "rec", "recovery passphrase").await;
    let session = diary.start_session(&u, t0()).await.unwrap();
    let id = diary.add(&u, &sample_entries()[4]).await.unwrap();
    drop(u);
    assert_err!(
        RecoveryCode::parse("ABCDE-FGHJK"),
        vault::VaultError::MalformedRecoveryCode
    );
    let (u, second_code) = diary
        .recover("rec", &first_code, &pass("after recovery"), t0() + secs(1))
        .await
        .unwrap();
    assert_eq!(
        diary.get::<Value>(&u, id).await.unwrap(),
        sample_entries()[4]
    );
    assert_err!(
        diary.open_session(session.secret(), t0() + secs(2)).await,
        DiaryError::SessionInvalid
    );
    assert_err!(
        diary
            .recover("rec", &first_code, &pass("again and again"), t0() + secs(3))
            .await,
        DiaryError::WrongRecoveryCode
    );
    let (u2, _third) = diary
        .recover("rec", &second_code, &pass("third time"), t0() + secs(4))
        .await
        .unwrap();
    assert_eq!(u2.user(), u.user());
    assert!(
        unlock(&diary, "rec", "third time", t0() + secs(5))
            .await
            .is_ok()
    );
    assert_err!(
        diary
            .recover("rec", &second_code, &pass("short"), t0() + secs(6))
            .await,
        DiaryError::PassphraseTooShort { .. }
    );
}

/// Short entries of every kind seal to the same length.
pub async fn padding_hides_entry_kinds(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "pad", "padding passphrase").await;
    for entry in sample_entries() {
        diary.add(&u, &entry).await.unwrap();
    }
    let lengths: BTreeSet<usize> = store
        .list_records(u.user())
        .await
        .unwrap()
        .iter()
        .map(|r| r.ciphertext.len())
        .collect();
    assert_eq!(lengths, BTreeSet::from([vault::PAD_BLOCK + vault::TAG_LEN]));
}

/// A long note round-trips; an oversized one is refused before it reaches the store.
pub async fn large_entries_round_trip(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "long", "long passphrase").await;
    let long = json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "ä".repeat(20_000)});
    let id = diary.add(&u, &long).await.unwrap();
    assert_eq!(diary.get::<Value>(&u, id).await.unwrap(), long);
    let row = raw_row(&store, u.user(), id).await;
    assert_eq!(
        (row.ciphertext.len() - vault::TAG_LEN) % vault::PAD_BLOCK,
        0
    );
    let huge = json!({"kind": "note", "text": "x".repeat(vault::MAX_RECORD_BYTES)});
    assert_err!(diary.add(&u, &huge).await, DiaryError::RecordTooLarge);
    assert_eq!(store.list_records(u.user()).await.unwrap().len(), 1);
    // A typed read of the wrong shape names the position, not the content.
    let err = diary.get::<Vec<u8>>(&u, id).await.unwrap_err();
    assert!(matches!(err, DiaryError::RecordFormat { .. }));
    assert!(!err.to_string().contains('ä'));
}

/// The trait's edges: duplicates, missing rows, ordering, time precision.
pub async fn store_contract_edges(store: Arc<dyn Store>) {
    let user = UserId::from_bytes([7; 16]);
    let name_hash = vault::account_name_hash("edges");
    let new_user = NewUser {
        id: user,
        name_hash,
        vault_header: b"header-1".to_vec(),
    };
    store.create_user(&new_user).await.unwrap();
    assert!(matches!(
        store.create_user(&new_user).await,
        Err(StoreError::AlreadyExists)
    ));
    let other_id = NewUser {
        id: UserId::from_bytes([8; 16]),
        ..new_user.clone()
    };
    assert!(
        matches!(
            store.create_user(&other_id).await,
            Err(StoreError::AlreadyExists)
        ),
        "name taken"
    );
    assert!(store.put_vault_header(user, b"header-2").await.unwrap());
    assert_eq!(
        store.vault_header(user).await.unwrap().unwrap(),
        b"header-2"
    );
    assert!(
        !store
            .put_vault_header(UserId::from_bytes([9; 16]), b"x")
            .await
            .unwrap()
    );
    assert!(
        store
            .vault_header(UserId::from_bytes([9; 16]))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .find_user(&vault::account_name_hash("nobody"))
            .await
            .unwrap()
            .is_none()
    );

    let mut rows: Vec<RecordRow> = (0u8..5)
        .rev()
        .map(|n| RecordRow {
            id: RecordId::from_bytes([n; 16]),
            version: 1,
            nonce: [n; vault::NONCE_LEN],
            ciphertext: vec![n; 272],
        })
        .collect();
    for row in &rows {
        store.insert_record(user, row).await.unwrap();
    }
    assert!(matches!(
        store.insert_record(user, &rows[0]).await,
        Err(StoreError::AlreadyExists)
    ));
    rows.sort_by_key(|r| r.id);
    assert_eq!(
        store.list_records(user).await.unwrap(),
        rows,
        "listed in id order"
    );
    let missing = RecordRow {
        id: RecordId::from_bytes([99; 16]),
        ..rows[0].clone()
    };
    assert!(!store.update_record(user, &missing).await.unwrap());
    assert!(!store.delete_record(user, missing.id).await.unwrap());
    assert!(store.delete_record(user, rows[0].id).await.unwrap());
    assert!(!store.delete_record(user, rows[0].id).await.unwrap());

    let session = SessionRow {
        lookup: vault::SessionLookup([1; 32]),
        user_id: user,
        nonce: [2; vault::NONCE_LEN],
        wrapped_key: vec![3; 48],
        expires_at: t0() + mins(15),
    };
    store.create_session(&session).await.unwrap();
    assert!(matches!(
        store.create_session(&session).await,
        Err(StoreError::AlreadyExists)
    ));
    let touched = store
        .touch_session(&session.lookup, t0(), t0() + mins(20))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        touched,
        SessionRow {
            expires_at: t0() + mins(20),
            ..session.clone()
        }
    );
    assert!(
        store
            .touch_session(&vault::SessionLookup([9; 32]), t0(), t0())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        !store
            .delete_session(&vault::SessionLookup([9; 32]))
            .await
            .unwrap()
    );
    let replacement = SessionRow {
        lookup: vault::SessionLookup([4; 32]),
        ..session.clone()
    };
    assert!(
        !store
            .rotate_session(&session.lookup, t0() + mins(20), &replacement)
            .await
            .unwrap(),
        "expired"
    );
    assert!(
        store
            .touch_session(&replacement.lookup, t0(), t0())
            .await
            .unwrap()
            .is_none(),
        "nothing stored"
    );
    assert!(
        store
            .rotate_session(&session.lookup, t0(), &replacement)
            .await
            .unwrap()
    );
    assert!(store.delete_session(&replacement.lookup).await.unwrap());

    for s in [30, 10, 20] {
        store
            .record_unlock_failure(user, t0() + secs(s))
            .await
            .unwrap();
    }
    assert_eq!(
        store
            .unlock_failures_since(user, t0() + secs(10))
            .await
            .unwrap(),
        vec![t0() + secs(20), t0() + secs(30)],
        "after `since`, oldest first"
    );
    assert_eq!(
        store.purge_unlock_failures(t0() + secs(20)).await.unwrap(),
        2
    );
    store.clear_unlock_failures(user).await.unwrap();
    assert!(
        store
            .unlock_failures_since(user, t0())
            .await
            .unwrap()
            .is_empty()
    );

    assert!(store.delete_user(user).await.unwrap());
    assert!(!store.delete_user(user).await.unwrap());
    assert!(store.list_records(user).await.unwrap().is_empty());
}

pub async fn integrity_check_passes(store: Arc<dyn Store>) {
    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "ok", "integrity passphrase").await;
    diary.add(&u, &sample_entries()[0]).await.unwrap();
    diary.integrity_check().await.unwrap();
}

/// The fixture generator's output reads back through the same backend (so it cannot rot).
pub async fn generated_fixture_reads_back(store: Arc<dyn Store>) {
    let fixture = generate_fixture(&store).await;
    let parsed = FixtureV1::parse(&fixture.to_json()).unwrap();
    assert_eq!(parsed, fixture);
    parsed.check_readable(&store).await;
}

// ---------------------------------------------------------------------------------------------
// Backups (crate::backup)
// ---------------------------------------------------------------------------------------------

/// Export → delete everything → restore → every entry reads back with the same passphrase, and
/// the file holds none of the entries' text, dates or kinds. A restore refuses a taken name.
pub async fn backup_round_trip(store: Arc<dyn Store>) {
    use crate::backup::{self, Backup, BackupError};

    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "backed-up", "backup passphrase").await;
    let entries = sample_entries();
    for entry in &entries {
        diary.add(&u, entry).await.unwrap();
    }
    let user = u.user();
    let file = backup::export(store.as_ref(), user).await.unwrap().unwrap();
    assert_eq!(file.records.len(), entries.len());
    let bytes = file.to_bytes();
    let text = String::from_utf8_lossy(&bytes);
    for needle in [
        "ZEBRA-7734",
        "2026-11",
        "misoprostol",
        "bleeding",
        "kind",
        "note",
    ] {
        assert!(!text.contains(needle), "the backup shows {needle:?}");
    }

    let parsed = Backup::from_bytes(&bytes).unwrap();
    assert_eq!(parsed, file);
    assert_eq!(
        backup::verify(&parsed, &pass("backup passphrase")).unwrap(),
        entries.len()
    );
    assert!(matches!(
        backup::restore(store.as_ref(), "backed-up", &parsed).await,
        Err(BackupError::AccountExists)
    ));

    diary.delete_everything(u).await.unwrap();
    assert_eq!(
        backup::restore(store.as_ref(), "restored", &parsed)
            .await
            .unwrap(),
        entries.len()
    );
    let u = unlock(&diary, "restored", "backup passphrase", t0())
        .await
        .unwrap();
    assert_eq!(u.user(), user);
    assert_eq!(entries_of(&diary, &u).await, texts(&entries));
    assert!(
        backup::export(store.as_ref(), vault::new_user_id().unwrap())
            .await
            .unwrap()
            .is_none()
    );
}

/// A backup that is not right is refused before anything is written.
pub async fn backup_refuses_bad_files(store: Arc<dyn Store>) {
    use crate::backup::{self, Backup, BackupError};

    let diary = Diary::new(store.clone());
    let (u, _) = new_account(&diary, "source", "backup passphrase").await;
    for entry in &sample_entries()[..3] {
        diary.add(&u, entry).await.unwrap();
    }
    let file = backup::export(store.as_ref(), u.user())
        .await
        .unwrap()
        .unwrap();
    let bytes = file.to_bytes();

    assert!(matches!(
        backup::verify(&file, &pass("not the passphrase")),
        Err(BackupError::WrongPassphrase)
    ));
    let mut tampered = file.clone();
    tampered.records[1].ciphertext[0] ^= 1;
    assert!(matches!(
        backup::verify(&tampered, &pass("backup passphrase")),
        Err(BackupError::RecordCorrupt { index: 2 })
    ));
    let mut moved = file.clone();
    moved.user_id = vault::new_user_id().unwrap();
    assert!(matches!(
        backup::verify(&moved, &pass("backup passphrase")),
        Err(BackupError::RecordCorrupt { index: 1 })
    ));
    let mut twice = file.clone();
    twice.records.push(twice.records[0].clone());
    assert!(matches!(
        Backup::from_bytes(&twice.to_bytes()),
        Err(BackupError::Damaged(_))
    ));
    assert!(matches!(
        Backup::from_bytes(&bytes[..bytes.len() / 2]),
        Err(BackupError::NotJson { .. })
    ));
    assert!(matches!(
        Backup::from_bytes(br#"{"magic": "something-else", "format": 1}"#),
        Err(BackupError::BadMagic)
    ));
    assert!(matches!(
        Backup::from_bytes(br#"{"magic": "solace-backup", "format": 2}"#),
        Err(BackupError::UnsupportedFormat { .. })
    ));
    assert!(matches!(
        Backup::from_bytes(br#"{"magic": "solace-backup", "format": 1}"#),
        Err(BackupError::Damaged(_))
    ));
    assert!(matches!(
        Backup::from_bytes(b"[1, 2]"),
        Err(BackupError::BadMagic)
    ));
    // The user id is taken in this store: refused, and nothing is written.
    assert!(matches!(
        backup::restore(store.as_ref(), "another name", &file).await,
        Err(BackupError::AccountExists)
    ));
    assert!(!diary.account_exists("another name").await.unwrap());
}
