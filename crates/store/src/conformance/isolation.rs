//! Isolation and tampering: accounts cannot reach each other's rows, and a changed, swapped or
//! moved record does not open.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::{DiaryError, RecordRow, Store};

use super::{entries_of, new_account, raw_row, sample_entries, secs, t0, texts, unlock};

/// Two accounts on one database cannot reach each other's rows, through the diary or the trait.
pub async fn users_are_isolated(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
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
