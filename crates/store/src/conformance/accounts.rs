//! Accounts, codes, sizes: name and passphrase rules, the single-use recovery code, padding,
//! large entries, the store contract's edges, integrity and the versioned fixture.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::vault::RecoveryCode;
use crate::{
    DiaryError, FailureKind, NewUser, RecordId, RecordRow, SessionRow, Store, StoreError, UserId,
    vault,
};

use super::{
    FixtureV1, generate_fixture, mins, new_account, pass, raw_row, sample_entries, secs, t0, unlock,
};

/// Names are unique ignoring case and surrounding spaces, and not stored readably; short
/// passphrases are refused; unknown names are refused.
pub async fn account_names_and_passphrase_rules(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    assert_err!(
        diary.create_account("short", &pass("tangerinebo")).await,
        DiaryError::PassphraseTooShort { min_chars: 12 }
    );
    assert_err!(
        diary.create_account("common", &pass("Password2024!")).await,
        DiaryError::PassphraseTooCommon
    );
    assert!(!diary.account_exists("short").await.unwrap());
    assert!(!diary.account_exists("common").await.unwrap());
    let (u, _) = new_account(&diary, "Alex.Example", "plum river cold lamp").await;
    assert_err!(
        diary
            .create_account("  alex.example ", &pass("other passphrase"))
            .await,
        DiaryError::AccountExists
    );
    assert!(
        unlock(&diary, "ALEX.EXAMPLE", "plum river cold lamp", t0())
            .await
            .is_ok()
    );
    assert_err!(
        unlock(&diary, "nobody", "plum river cold lamp", t0()).await,
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
            .change_passphrase(&u, &pass("plum river cold lamp"), &pass("short"), t0())
            .await,
        DiaryError::PassphraseTooShort { .. }
    );
}

/// Recovering uses the code up: the old code fails, the new one works, sessions end.
pub async fn recovery_code_is_single_use(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
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
        .recover(
            "rec",
            &second_code,
            &pass("third time round"),
            t0() + secs(4),
        )
        .await
        .unwrap();
    assert_eq!(u2.user(), u.user());
    assert!(
        unlock(&diary, "rec", "third time round", t0() + secs(5))
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
    let diary = super::diary(store.clone());
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
    let diary = super::diary(store.clone());
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
        ends_at: t0() + mins(30),
    };
    store.create_session(&session, 10).await.unwrap();
    assert!(matches!(
        store.create_session(&session, 10).await,
        Err(StoreError::AlreadyExists)
    ));
    assert_eq!(
        store.live_session(&session.lookup, t0()).await.unwrap(),
        Some(session.clone())
    );
    assert!(
        store
            .touch_session(&session.lookup, t0(), t0() + mins(20))
            .await
            .unwrap()
    );
    assert_eq!(
        store.live_session(&session.lookup, t0()).await.unwrap(),
        Some(SessionRow {
            expires_at: t0() + mins(20),
            ..session.clone()
        })
    );
    // Never past the absolute end, never earlier.
    assert!(
        store
            .touch_session(&session.lookup, t0(), t0() + mins(45))
            .await
            .unwrap()
    );
    assert!(
        store
            .touch_session(&session.lookup, t0(), t0() + mins(1))
            .await
            .unwrap()
    );
    assert_eq!(
        store
            .live_session(&session.lookup, t0())
            .await
            .unwrap()
            .unwrap()
            .expires_at,
        t0() + mins(30)
    );
    assert!(
        store
            .live_session(&session.lookup, t0() + mins(30))
            .await
            .unwrap()
            .is_none(),
        "not live at its end"
    );
    assert!(
        !store
            .touch_session(&vault::SessionLookup([9; 32]), t0(), t0())
            .await
            .unwrap()
    );
    assert!(
        store
            .live_session(&vault::SessionLookup([9; 32]), t0())
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
            .rotate_session(&session.lookup, t0() + mins(30), &replacement)
            .await
            .unwrap(),
        "expired"
    );
    assert!(
        store
            .live_session(&replacement.lookup, t0())
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
            .record_unlock_failure(user, FailureKind::Passphrase, t0() + secs(s))
            .await
            .unwrap();
    }
    store
        .record_unlock_failure(user, FailureKind::RecoveryCode, t0() + secs(25))
        .await
        .unwrap();
    assert_eq!(
        store
            .unlock_failures_since(user, FailureKind::Passphrase, t0() + secs(10))
            .await
            .unwrap(),
        vec![t0() + secs(20), t0() + secs(30)],
        "after `since`, oldest first, this kind only"
    );
    assert_eq!(
        store
            .unlock_failures_since(user, FailureKind::RecoveryCode, t0())
            .await
            .unwrap(),
        vec![t0() + secs(25)]
    );
    assert_eq!(
        store.purge_unlock_failures(t0() + secs(20)).await.unwrap(),
        2
    );
    store.clear_unlock_failures(user).await.unwrap();
    for kind in [FailureKind::Passphrase, FailureKind::RecoveryCode] {
        assert!(
            store
                .unlock_failures_since(user, kind, t0())
                .await
                .unwrap()
                .is_empty()
        );
    }
    // The count since the last visit survives the purge and the clearing, and is taken once.
    assert_eq!(store.take_failed_attempts(user).await.unwrap(), 4);
    assert_eq!(store.take_failed_attempts(user).await.unwrap(), 0);
    assert_eq!(
        store
            .take_failed_attempts(UserId::from_bytes([9; 16]))
            .await
            .unwrap(),
        0
    );

    // Renaming (to the keyed hash) only from the hash the row has.
    let keyed = vault::NameHash([42; 32]);
    assert!(!store.rename_user(user, &keyed, &name_hash).await.unwrap());
    assert!(store.rename_user(user, &name_hash, &keyed).await.unwrap());
    assert_eq!(store.find_user(&keyed).await.unwrap().unwrap().id, user);
    assert!(store.find_user(&name_hash).await.unwrap().is_none());

    // Ending every session of every user.
    store.create_session(&session, 10).await.unwrap();
    assert_eq!(store.delete_all_sessions().await.unwrap(), 1);
    assert!(
        store
            .live_session(&session.lookup, t0())
            .await
            .unwrap()
            .is_none()
    );

    assert!(store.delete_user(user).await.unwrap());
    assert!(!store.delete_user(user).await.unwrap());
    assert!(store.list_records(user).await.unwrap().is_empty());
}

pub async fn integrity_check_passes(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "ok", "integrity passphrase").await;
    diary.add(&u, &sample_entries()[0]).await.unwrap();
    diary.integrity_check().await.unwrap();
}

/// `ping` answers while the store is open; a closed store says it cannot be reached
/// (`Unavailable`, the outage the web answers with a 503), never another error, and reports a
/// pool no larger than it was.
pub async fn ping_answers_and_a_closed_store_is_unavailable(store: Arc<dyn Store>) {
    store.ping().await.expect("an open store answers");
    if let Some(stats) = store.pool_stats() {
        assert!(stats.size >= 1 && stats.idle <= stats.size, "{stats:?}");
    }
    store.close().await;
    let err = store
        .ping()
        .await
        .expect_err("a closed store cannot answer");
    assert!(err.is_unavailable(), "{err:?}");
    let diary = super::diary(store);
    match diary
        .unlock("anyone", &pass("after the close"), super::t0())
        .await
    {
        Err(DiaryError::Store(e)) => assert!(e.is_unavailable(), "{e:?}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
}

/// The fixture generator's output reads back through the same backend (so it cannot rot).
pub async fn generated_fixture_reads_back(store: Arc<dyn Store>) {
    let fixture = generate_fixture(&store).await;
    let parsed = FixtureV1::parse(&fixture.to_json()).unwrap();
    assert_eq!(parsed, fixture);
    parsed.check_readable(&store).await;
}
