//! Keys and sessions against a stolen laptop, a database dump, a partner who knew the
//! passphrase, and a guesser (issue 14): the server secret in session keys, the absolute
//! session lifetime, the session cap, renewal at most once a minute, re-keying, the recovery
//! code's own limit, keyed account names and raising old key-derivation parameters.

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;

use crate::vault::{self, KdfParams, Sealed, ServerSecret, VaultHeader};
use crate::{
    Diary, DiaryConfig, DiaryError, FailureKind, Names, NewUser, RecordId, RecordRow, Store, UserId,
};

use super::{FixtureV1, entries_of, mins, new_account, pass, sample_entries, secs, t0, texts};

fn hosted(store: &Arc<dyn Store>, secret: &[u8]) -> Diary {
    Diary::hosted(
        store.clone(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
        ServerSecret::from_file_bytes(secret).unwrap(),
    )
    .unwrap()
}

/// A stolen laptop with the lid closed, not locked: the session row is in the database and the
/// cookie is on disk. Without the server secret (local mode: gone when `serve` stopped) the
/// pair opens nothing; a restarted server ends every session; hosted nodes sharing the secret
/// file open each other's sessions, a node with another secret does not.
pub async fn stale_session_cannot_be_unwrapped_offline(store: Arc<dyn Store>) {
    let before = super::diary(store.clone());
    let (u, _) = new_account(&before, crate::LOCAL_ACCOUNT, "lid closed not locked").await;
    before.add(&u, &sample_entries()[0]).await.unwrap();
    let session = before.start_session(&u, t0()).await.unwrap();
    let cookie = session.secret().to_cookie_value();
    let row = store
        .live_session(&before.session_lookup(session.secret()), t0())
        .await
        .unwrap()
        .expect("the row is in the database");
    drop(before);

    // Offline: the cookie and the row, tried under any server secret but the lost one.
    let stolen = crate::SessionSecret::from_cookie_value(&cookie).unwrap();
    let wrapped = Sealed {
        nonce: row.nonce,
        ciphertext: row.wrapped_key.clone(),
    };
    for _ in 0..3 {
        let guess = ServerSecret::generate().unwrap();
        assert_eq!(
            vault::unwrap_session(&wrapped, &guess, &stolen, row.user_id).unwrap_err(),
            vault::VaultError::SessionInvalid
        );
        assert_ne!(vault::session_lookup(&guess, &stolen), row.lookup);
    }

    // `serve` starts again: a new secret, the old cookie does not open, and start-up ends
    // every session left in the file.
    let after = super::diary(store.clone());
    assert_err!(
        after.open_session(&stolen, t0() + secs(1)).await,
        DiaryError::SessionInvalid
    );
    assert_eq!(after.end_every_session().await.unwrap(), 1);
    assert!(
        store
            .live_session(&row.lookup, t0())
            .await
            .unwrap()
            .is_none()
    );

    // Hosted: two nodes with the same secret file share sessions; another secret does not.
    let file = b"0123456789abcdef0123456789abcdef-node-secret\n";
    let node_a = hosted(&store, file);
    let node_b = hosted(&store, b"0123456789abcdef0123456789abcdef-node-secret");
    let stranger = hosted(&store, b"another-secret-another-secret-another");
    let (h, _) = new_account(&node_a, "hosted person", "hosted passphrase here").await;
    let s = node_a.start_session(&h, t0()).await.unwrap();
    assert!(
        node_b
            .open_session(s.secret(), t0() + secs(1))
            .await
            .is_ok()
    );
    assert_err!(
        stranger.open_session(s.secret(), t0() + secs(2)).await,
        DiaryError::SessionInvalid
    );
}

/// "My partner learned my passphrase": after a change, an old copy of the header (a backup, a
/// cloud copy, the WAL) with the old passphrase opens nothing: not the entries that were
/// there, not the ones written since. The old recovery code stops too. `files` are the
/// backend's files on disk (SQLite: the database and its WAL); none may still hold the old
/// header's salts or wrapped keys.
pub async fn passphrase_change_revokes_old_header_and_leaves_no_wal_residue(
    store: Arc<dyn Store>,
    files: Vec<PathBuf>,
) {
    let diary = super::diary(store.clone());
    let (u, old_code) = new_account(&diary, crate::LOCAL_ACCOUNT, "the old passphrase").await;
    let user = u.user();
    for entry in &sample_entries()[..4] {
        diary.add(&u, entry).await.unwrap();
    }
    let other_session = diary.start_session(&u, t0()).await.unwrap();
    let old_header_bytes = store.vault_header(user).await.unwrap().unwrap();
    let old_header = VaultHeader::from_bytes_allowing_test_kdf(&old_header_bytes).unwrap();

    let (u2, new_code) = diary
        .change_passphrase(
            &u,
            &pass("the old passphrase"),
            &pass("a brand new passphrase"),
            t0() + secs(1),
        )
        .await
        .unwrap();
    let written_after = diary.add(&u2, &sample_entries()[5]).await.unwrap();
    assert_eq!(entries_of(&diary, &u2).await.len(), 5);

    // The old header with the old passphrase still gives the old data key...
    let old_key = vault::unlock_with_passphrase(&old_header, &pass("the old passphrase"))
        .expect("the old copy opens with the old passphrase");
    // ...which opens none of the records now stored.
    let rows = store.list_records(user).await.unwrap();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().any(|r| r.id == written_after));
    for row in &rows {
        let sealed = Sealed {
            nonce: row.nonce,
            ciphertext: row.ciphertext.clone(),
        };
        assert_eq!(
            vault::open_record(&old_key, user, row.id, row.version, &sealed).unwrap_err(),
            vault::VaultError::RecordCorrupt
        );
    }
    // The old passphrase and the old code no longer open the stored header; other sessions
    // ended; the new code works.
    assert_err!(
        diary
            .unlock(
                crate::LOCAL_ACCOUNT,
                &pass("the old passphrase"),
                t0() + secs(2)
            )
            .await,
        DiaryError::WrongPassphrase
    );
    assert_err!(
        diary
            .recover(
                crate::LOCAL_ACCOUNT,
                &old_code,
                &pass("someone else's passphrase"),
                t0() + secs(3)
            )
            .await,
        DiaryError::WrongRecoveryCode
    );
    assert_err!(
        diary
            .open_session(other_session.secret(), t0() + secs(4))
            .await,
        DiaryError::SessionInvalid
    );
    let (u3, _) = diary
        .recover(
            crate::LOCAL_ACCOUNT,
            &new_code,
            &pass("after recovery too"),
            t0() + secs(5),
        )
        .await
        .unwrap();
    assert_eq!(entries_of(&diary, &u3).await.len(), 5);

    // Nothing of the old header is left in the backend's files.
    let needles: Vec<Vec<u8>> = [&old_header.passphrase, &old_header.recovery]
        .iter()
        .flat_map(|slot| {
            [
                crate::hex::encode(&slot.salt).into_bytes(),
                crate::hex::encode(&slot.wrapped_key).into_bytes(),
            ]
        })
        .collect();
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else {
            continue; // e.g. a WAL already removed
        };
        for needle in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "{} still holds the old header",
                file.display()
            );
        }
    }
    if let Some(wal) = files.iter().find(|f| f.to_string_lossy().ends_with("-wal")) {
        let len = std::fs::metadata(wal).map_or(0, |m| m.len());
        assert_eq!(len, 0, "the WAL is truncated after re-keying");
    }
}

/// After six wrong passphrases the passphrase is locked out, and the recovery code still opens
/// the diary (it has its own, generous limit); the page can then say how many failed.
pub async fn recovery_code_works_during_lockout(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, code) = new_account(&diary, "locked out", "the right passphrase").await;
    let id = diary.add(&u, &sample_entries()[1]).await.unwrap();
    let user = u.user();
    drop(u);
    for i in 0..6 {
        let got = diary
            .unlock("locked out", &pass("a wrong guess here"), t0() + secs(i))
            .await;
        assert!(matches!(
            got,
            Err(DiaryError::WrongPassphrase | DiaryError::TooManyAttempts { .. })
        ));
    }
    assert_err!(
        diary
            .unlock("locked out", &pass("the right passphrase"), t0() + secs(7))
            .await,
        DiaryError::TooManyAttempts { .. }
    );
    let (u, _next) = diary
        .recover(
            "locked out",
            &code,
            &pass("a fresh passphrase now"),
            t0() + secs(8),
        )
        .await
        .expect("the recovery code is never blocked by wrong passphrases");
    assert_eq!(u.failed_attempts_since_last_visit(), 5);
    assert_eq!(
        diary.get::<Value>(&u, id).await.unwrap(),
        sample_entries()[1]
    );
    // A success lifts the passphrase lockout too.
    assert!(
        diary
            .unlock(
                "locked out",
                &pass("a fresh passphrase now"),
                t0() + secs(9)
            )
            .await
            .is_ok()
    );
    // Wrong codes have their own limit: 20 an hour, then refused untried.
    let wrong = crate::RecoveryCode::parse("00000-00000-00000-00000-00000").unwrap();
    for i in 0..20 {
        assert_err!(
            diary
                .recover(
                    "locked out",
                    &wrong,
                    &pass("whatever it may be"),
                    t0() + mins(1) + secs(i)
                )
                .await,
            DiaryError::WrongRecoveryCode
        );
    }
    assert_err!(
        diary
            .recover(
                "locked out",
                &wrong,
                &pass("whatever it may be"),
                t0() + mins(2)
            )
            .await,
        DiaryError::TooManyAttempts { .. }
    );
    // ...and they do not lock out the passphrase.
    let back = diary
        .unlock(
            "locked out",
            &pass("a fresh passphrase now"),
            t0() + mins(3),
        )
        .await
        .unwrap();
    assert_eq!(back.failed_attempts_since_last_visit(), 20);
    assert!(
        store
            .unlock_failures_since(user, FailureKind::RecoveryCode, t0())
            .await
            .unwrap()
            .is_empty(),
        "a success clears both kinds"
    );
}

/// A session ends 12 hours after it started however busy it is; rotating keeps that end.
pub async fn sessions_end_after_the_absolute_lifetime(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "all day", "busy all day long").await;
    let s = diary.start_session(&u, t0()).await.unwrap();
    let mut at = t0();
    while at < t0() + twelve_hours() - mins(10) {
        at += mins(10);
        assert!(diary.open_session(s.secret(), at).await.is_ok(), "{at}");
    }
    // The idle expiry never reaches past the end.
    assert_eq!(
        diary
            .touch(s.secret(), t0() + twelve_hours() - mins(5))
            .await
            .unwrap(),
        t0() + twelve_hours()
    );
    assert_err!(
        diary.open_session(s.secret(), t0() + twelve_hours()).await,
        DiaryError::SessionInvalid
    );
    // Rotation keeps the absolute end.
    let s2 = diary.start_session(&u, t0() + mins(1)).await.unwrap();
    let rotated = diary
        .rotate_session(s2.secret(), t0() + mins(5))
        .await
        .unwrap();
    let mut at = t0() + mins(5);
    while at < t0() + twelve_hours() - mins(10) {
        at += mins(10);
        assert!(
            diary.open_session(rotated.secret(), at).await.is_ok(),
            "{at}"
        );
    }
    assert_err!(
        diary
            .open_session(rotated.secret(), t0() + mins(1) + twelve_hours())
            .await,
        DiaryError::SessionInvalid
    );
    // Purging takes ended sessions.
    assert!(
        diary
            .purge_expired(t0() + mins(2) + twelve_hours())
            .await
            .unwrap()
            >= 1
    );
}

fn twelve_hours() -> chrono::TimeDelta {
    chrono::TimeDelta::hours(12)
}

/// At most ten sessions per account: the eleventh ends the oldest, other accounts untouched.
pub async fn at_most_ten_sessions_per_account(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "many tabs", "many tabs open now").await;
    let (other, _) = new_account(&diary, "someone else", "someone else's diary").await;
    let theirs = diary.start_session(&other, t0()).await.unwrap();
    let mut sessions = Vec::new();
    for i in 0..11 {
        sessions.push(diary.start_session(&u, t0() + secs(i)).await.unwrap());
    }
    let now = t0() + secs(20);
    assert_err!(
        diary.open_session(sessions[0].secret(), now).await,
        DiaryError::SessionInvalid
    );
    for s in &sessions[1..] {
        assert!(diary.open_session(s.secret(), now).await.is_ok());
    }
    assert!(diary.open_session(theirs.secret(), now).await.is_ok());
    assert_eq!(diary.end_all_sessions(u.user()).await.unwrap(), 10);
}

/// Reading the diary is not a database write per request: the idle expiry moves only when it
/// would move by more than a minute.
pub async fn idle_expiry_is_written_at_most_once_a_minute(store: Arc<dyn Store>) {
    let diary = super::diary(store.clone());
    let (u, _) = new_account(&diary, "reader", "reading quietly here").await;
    let s = diary.start_session(&u, t0()).await.unwrap();
    let lookup = diary.session_lookup(s.secret());
    let stored = |store: Arc<dyn Store>| async move {
        store
            .live_session(&lookup, t0())
            .await
            .unwrap()
            .unwrap()
            .expires_at
    };
    assert_eq!(stored(store.clone()).await, t0() + mins(15));
    for at in [secs(1), secs(30), secs(60)] {
        diary.open_session(s.secret(), t0() + at).await.unwrap();
        assert_eq!(
            stored(store.clone()).await,
            t0() + mins(15),
            "not written at +{at}"
        );
    }
    diary
        .open_session(s.secret(), t0() + secs(61))
        .await
        .unwrap();
    assert_eq!(stored(store.clone()).await, t0() + secs(61) + mins(15));
    // So the session still ends 15 idle minutes after the last write at the latest.
    diary
        .open_session(s.secret(), t0() + secs(90))
        .await
        .unwrap();
    assert_err!(
        diary
            .open_session(s.secret(), t0() + secs(61) + mins(15))
            .await,
        DiaryError::SessionInvalid
    );
}

/// Hosted mode: names are stored keyed with the server secret; a row from before (unkeyed hash)
/// is found on first use and moved to the keyed hash, so afterwards a dump plus a list of
/// names confirms nothing. A name with no account answers like a wrong passphrase, and is
/// locked out after as many tries as a real one.
pub async fn keyed_account_names_and_unknown_names(store: Arc<dyn Store>) {
    let secret = b"a hosted server secret of 32+ bytes";
    let node = hosted(&store, secret);
    let (u, _) = new_account(&node, "Robin", "robin's passphrase here").await;
    assert!(
        store
            .find_user(&vault::account_name_hash("robin"))
            .await
            .unwrap()
            .is_none(),
        "the unkeyed hash of the name is not in the database"
    );
    assert_eq!(
        store
            .find_user(&node.name_hash("robin"))
            .await
            .unwrap()
            .unwrap()
            .id,
        u.user()
    );
    // A row written before names were keyed.
    let legacy = Diary::build(
        store.clone(),
        DiaryConfig::insecure_fast_kdf_for_tests(),
        ServerSecret::generate().unwrap(),
        Names::Unkeyed,
    )
    .unwrap();
    let (old, _) = new_account(&legacy, "Early Bird", "an early passphrase").await;
    let unlocked = node
        .unlock("early bird", &pass("an early passphrase"), t0())
        .await
        .unwrap();
    assert_eq!(unlocked.user(), old.user());
    assert!(
        store
            .find_user(&vault::account_name_hash("early bird"))
            .await
            .unwrap()
            .is_none(),
        "moved to the keyed hash on first unlock"
    );
    assert!(node.account_exists("Early Bird").await.unwrap());

    // Unknown names: the same refusal, then the same lockout.
    for (name, pass_text) in [
        ("robin", "a wrong guess here"),
        ("nobody", "a wrong guess here"),
    ] {
        for i in 0..5 {
            let got = node.unlock(name, &pass(pass_text), t0() + secs(i)).await;
            assert!(
                matches!(
                    got,
                    Err(DiaryError::WrongPassphrase | DiaryError::NoSuchAccount)
                ),
                "{name}: {:?}",
                got.map(|u| u.user())
            );
        }
        match node.unlock(name, &pass(pass_text), t0() + secs(5)).await {
            Err(DiaryError::TooManyAttempts { retry_after }) => {
                assert_eq!(retry_after, mins(15) - secs(5), "{name}");
            }
            other => panic!(
                "{name}: expected a lockout, got {:?}",
                other.map(|u| u.user())
            ),
        }
    }
    // Registration of a taken name is refused (it cannot help saying so), after the same work.
    assert_err!(
        node.create_account(" ROBIN ", &pass("any passphrase at all"))
            .await,
        DiaryError::AccountExists
    );
    drop(u);
}

/// A vault made with the old parameters (19 MiB, 2 passes: the version-1 fixture) opens, and
/// its passphrase slot is raised to today's on that unlock; recovery raises both.
pub async fn older_kdf_slots_are_raised(store: Arc<dyn Store>) {
    let fixture = FixtureV1::load();
    let user = UserId::from_bytes(fixture.user_id);
    store
        .create_user(&NewUser {
            id: user,
            name_hash: vault::NameHash(fixture.name_hash),
            vault_header: fixture.vault_header.clone(),
        })
        .await
        .unwrap();
    for r in &fixture.records {
        store
            .insert_record(
                user,
                &RecordRow {
                    id: RecordId::from_bytes(r.id),
                    version: r.version,
                    nonce: r.nonce,
                    ciphertext: r.ciphertext.clone(),
                },
            )
            .await
            .unwrap();
    }
    let before = VaultHeader::from_bytes(&fixture.vault_header).unwrap();
    assert_eq!(before.passphrase.kdf, KdfParams::LEGACY_FLOOR);
    let diary = Diary::new(store.clone());
    let target = diary.config().kdf;
    let u = diary
        .unlock(&fixture.account, &pass(&fixture.passphrase), t0())
        .await
        .unwrap();
    let raised =
        VaultHeader::from_bytes(&store.vault_header(user).await.unwrap().unwrap()).unwrap();
    assert_eq!(raised.passphrase.kdf, target, "raised on unlock");
    assert_eq!(raised.recovery, before.recovery, "the code is not at hand");
    assert_eq!(
        entries_of(&diary, &u).await,
        texts(
            &fixture
                .records
                .iter()
                .map(|r| r.entry.clone())
                .collect::<Vec<_>>()
        )
    );
    // Opens again at the raised parameters.
    assert!(
        diary
            .unlock(&fixture.account, &pass(&fixture.passphrase), t0() + secs(1))
            .await
            .is_ok()
    );
    let code = crate::RecoveryCode::parse(&fixture.recovery_code).unwrap();
    diary
        .recover(
            &fixture.account,
            &code,
            &pass("raised all round now"),
            t0() + secs(2),
        )
        .await
        .unwrap();
    let after = VaultHeader::from_bytes(&store.vault_header(user).await.unwrap().unwrap()).unwrap();
    assert_eq!(after.passphrase.kdf, target);
    assert_eq!(after.recovery.kdf, target);
}
