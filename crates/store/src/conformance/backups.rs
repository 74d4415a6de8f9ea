//! Backups (`crate::backup`): a round trip through export and restore, and bad files refused.

use std::sync::Arc;

use crate::{Diary, Store, vault};

use super::{entries_of, new_account, pass, sample_entries, t0, texts, unlock};

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
        backup::restore(store.as_ref(), diary.name_hash("backed-up"), &parsed).await,
        Err(BackupError::AccountExists)
    ));

    diary.delete_everything(u).await.unwrap();
    assert_eq!(
        backup::restore(store.as_ref(), diary.name_hash("restored"), &parsed)
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
        backup::restore(store.as_ref(), diary.name_hash("another name"), &file).await,
        Err(BackupError::AccountExists)
    ));
    assert!(!diary.account_exists("another name").await.unwrap());
}
