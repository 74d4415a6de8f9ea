//! Concurrency and sessions: concurrent writes, session secrets and expiry, and the unlock
//! rate limit under concurrent guesses.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::vault::SessionSecret;
use crate::{DiaryError, FailureKind, SessionRow, Store, vault};

use super::{mins, new_account, pass, secs, t0, unlock};

/// Eight tasks writing at once through their own requests: every write lands and opens.
pub async fn concurrent_writes_all_land(store: Arc<dyn Store>) {
    const TASKS: usize = 8;
    const EACH: usize = 20;
    let diary = Arc::new(super::diary(store.clone()));
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
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "pair", "pairing passphrase").await;
    let session = diary.start_session(&u, t0()).await.unwrap();
    let secret_bytes = crate::hex::decode_vec(&session.secret().to_cookie_value()).unwrap();
    let row = store
        .live_session(&diary.session_lookup(session.secret()), t0())
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
        .create_session(
            &SessionRow {
                expires_at: t0() + mins(15),
                ..moved
            },
            10,
        )
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
    let diary = Arc::new(super::diary(store.clone()));
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
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(1))
            .await
            .unwrap()
            .len(),
        5
    );
}

/// After five failures within 15 minutes, attempts are refused untried (with a wait), for the
/// passphrase and the recovery code alike, and allowed again as failures age out.
pub async fn unlocking_is_rate_limited_per_account(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
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
    // The recovery code is not blocked (see `recovery_code_works_during_lockout`); here only
    // a wrong code is tried, which counts against its own limit, not the passphrase's.
    let wrong = crate::RecoveryCode::parse("00000-00000-00000-00000-00000").unwrap();
    assert_err!(
        diary
            .recover("rate", &wrong, &pass("new passphrase here"), t0() + secs(6))
            .await,
        DiaryError::WrongRecoveryCode
    );
    drop(code);
    // Refused attempts are not counted as failures.
    assert_eq!(
        store
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(1))
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
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(1))
            .await
            .unwrap()
            .is_empty()
    );
    // Old failures are purged.
    store
        .record_unlock_failure(user, FailureKind::Passphrase, t0())
        .await
        .unwrap();
    // (kept for the longer of the two windows: the recovery code's hour)
    diary.purge_expired(t0() + mins(61)).await.unwrap();
    assert!(
        store
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(60))
            .await
            .unwrap()
            .is_empty()
    );
}
