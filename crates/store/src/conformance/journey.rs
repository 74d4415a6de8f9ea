//! The recovery journey: the whole story from a new vault to deleting everything, and a wrong
//! passphrase that changes nothing.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::vault::RecoveryCode;
use crate::{DiaryError, FailureKind, Store};

use super::{
    entries_of, mins, new_account, pass, raw_row, sample_entries, secs, t0, texts, unlock,
};

/// The whole story: create the vault, unlock, write, edit, delete, lock, a wrong passphrase,
/// change the passphrase, lose it and use the recovery code, sessions timing out, and finally
/// deleting everything.
pub async fn recovery_journey(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let name = crate::LOCAL_ACCOUNT;

    // Create the vault; the recovery code is shown once.
    let (first, code) = new_account(&diary, name, "first passphrase").await;
    let user = first.user();
    assert_eq!(code.reveal().len(), 29);
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

    // Change the passphrase: re-keyed (a new data key, every record re-sealed under it, a new
    // recovery code), sessions ended.
    let (u, changed_code) = diary
        .change_passphrase(
            &u,
            &pass("first passphrase"),
            &pass("second passphrase"),
            t0() + mins(5),
        )
        .await
        .unwrap();
    assert_ne!(store.vault_header(user).await.unwrap(), header);
    let resealed = store.list_records(user).await.unwrap();
    assert_eq!(
        resealed.iter().map(|r| r.id).collect::<Vec<_>>(),
        rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        "the same entries"
    );
    for (old, new) in rows.iter().zip(&resealed) {
        assert_ne!(old.nonce, new.nonce, "re-sealed");
        assert_ne!(old.ciphertext, new.ciphertext, "re-sealed");
    }
    assert_eq!(entries_of(&diary, &u).await, texts(&expected));
    assert_err!(
        diary
            .recover(name, &code, &pass("sneaky new passphrase"), t0() + mins(5))
            .await,
        DiaryError::WrongRecoveryCode
    );
    let shown_code = changed_code.reveal().to_string();
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
    let diary = super::diary(store.clone());
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
                &pass("new passphrase here"),
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
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(1))
            .await
            .unwrap()
            .len(),
        2
    );
    // A success clears the count, and says how many failed since the last visit.
    let back = unlock(&diary, "sam", "right passphrase", t0() + secs(4))
        .await
        .unwrap();
    assert_eq!(back.failed_attempts_since_last_visit(), 2);
    assert!(
        store
            .unlock_failures_since(user, FailureKind::Passphrase, t0() - mins(1))
            .await
            .unwrap()
            .is_empty()
    );
    let again = unlock(&diary, "sam", "right passphrase", t0() + secs(5))
        .await
        .unwrap();
    assert_eq!(again.failed_attempts_since_last_visit(), 0, "counted once");
}
