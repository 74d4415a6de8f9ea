//! The conformance suite: every backend runs all of it from its own `tests/`, on a fresh
//! database per case, with
//!
//! ```text
//! async fn backend() -> Option<MyBackend> { /* a fresh database, or None to skip */ }
//! solace_store::conformance_tests!(backend());
//! ```
//!
//! The macro expands to one `#[tokio::test]` per case (in the files below), so a new case reaches every backend
//! at once. Cases take the store as `Arc<dyn Store>` and drive it through [`Diary`] (as the web
//! app does) and directly through the trait (as an attacker with the database would).

#![allow(clippy::missing_panics_doc)]

use std::collections::BTreeSet;
use std::future::Future;
use std::sync::Arc;

use chrono::TimeZone as _;
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Value, json};

use crate::vault::{Passphrase, RecoveryCode};
use crate::{Diary, DiaryError, RecordId, RecordRow, Store, Unlocked, UserId};

/// A fresh, empty database for one case, and how to throw it away afterwards.
pub trait Backend: Send + 'static {
    fn store(&self) -> Arc<dyn Store>;
    /// The files the backend keeps on this computer (SQLite: the database and its WAL), for
    /// the cases that check what is left on disk. None by default (a database server).
    fn files(&self) -> Vec<std::path::PathBuf> {
        Vec::new()
    }
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

/// [`run`] for a case that also looks at the backend's files.
pub async fn run_with_files<B, F, Fut>(backend: B, case: F)
where
    B: Backend,
    F: FnOnce(Arc<dyn Store>, Vec<std::path::PathBuf>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let files = backend.files();
    run(backend, |store| case(store, files)).await;
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
            ping_answers_and_a_closed_store_is_unavailable,
            generated_fixture_reads_back,
            backup_round_trip,
            backup_refuses_bad_files,
            stale_session_cannot_be_unwrapped_offline,
            recovery_code_works_during_lockout,
            sessions_end_after_the_absolute_lifetime,
            at_most_ten_sessions_per_account,
            idle_expiry_is_written_at_most_once_a_minute,
            keyed_account_names_and_unknown_names,
            older_kdf_slots_are_raised,
            confirming_the_passphrase_counts_as_an_unlock,
            quotas_are_enforced_on_add_and_edit,
            default_quota_fits_a_backup,
            lists_never_read_bulk_records,
            backup_imports_as_a_new_account,
            diary_views_write_no_session_row,
            a_retried_entry_is_stored_once,
        );
        $crate::conformance_tests!(@files $backend;
            passphrase_change_revokes_old_header_and_leaves_no_wal_residue,
        );
    };
    (@files $backend:expr; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                if let Some(backend) = $backend.await {
                    $crate::conformance::run_with_files(backend, $crate::conformance::$case).await;
                }
            }
        )*
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

/// A local-mode diary with cheap key derivation (the cases unlock many times; the cases about
/// the shipped parameters use [`Diary::new`]).
pub fn diary(store: Arc<dyn Store>) -> Diary {
    Diary::with_config(store, crate::DiaryConfig::insecure_fast_kdf_for_tests())
        .expect("the test config is valid")
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
// The cases (after the helpers: `assert_err!` is in scope in their files)
// ---------------------------------------------------------------------------------------------

mod accounts;
mod backups;
mod counting;
mod fixture;
mod isolation;
mod journey;
mod keys;
mod quotas;
mod reauth;
mod sessions;

pub use accounts::{
    account_names_and_passphrase_rules, generated_fixture_reads_back, integrity_check_passes,
    large_entries_round_trip, padding_hides_entry_kinds,
    ping_answers_and_a_closed_store_is_unavailable, recovery_code_is_single_use,
    store_contract_edges,
};
pub use backups::{backup_refuses_bad_files, backup_round_trip};
pub use counting::CountingStore;
pub use fixture::{FixtureRecord, FixtureV1, generate_fixture};
pub use isolation::{
    record_moved_to_another_user_does_not_open, swapped_record_ids_do_not_open,
    tampered_ciphertext_does_not_open, users_are_isolated,
};
pub use journey::{recovery_journey, wrong_passphrase_changes_nothing};
pub use keys::{
    at_most_ten_sessions_per_account, idle_expiry_is_written_at_most_once_a_minute,
    keyed_account_names_and_unknown_names, older_kdf_slots_are_raised,
    passphrase_change_revokes_old_header_and_leaves_no_wal_residue,
    recovery_code_works_during_lockout, sessions_end_after_the_absolute_lifetime,
    stale_session_cannot_be_unwrapped_offline,
};
pub use quotas::{
    a_retried_entry_is_stored_once, backup_imports_as_a_new_account, default_quota_fits_a_backup,
    diary_views_write_no_session_row, lists_never_read_bulk_records,
    quotas_are_enforced_on_add_and_edit,
};
pub use reauth::confirming_the_passphrase_counts_as_an_unlock;
pub use sessions::{
    concurrent_guesses_cannot_pass_the_limit, concurrent_writes_all_land,
    neither_session_row_nor_cookie_alone_opens, session_secret_rotation,
    sessions_expire_after_the_idle_timeout, unlocking_is_rate_limited_per_account,
};
