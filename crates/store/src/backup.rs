//! Encrypted backups: one account's vault header and sealed records, exactly as stored.
//!
//! A backup is a small versioned JSON container:
//!
//! ```text
//! { "magic": "solace-backup", "format": 1,
//!   "user_id": hex, "vault_header": hex,
//!   "records": [ { "id": hex, "version": 1, "nonce": hex, "ciphertext": hex }, ... ] }
//! ```
//!
//! Nothing in it is decrypted or re-encrypted: the rows are copied as the database holds them,
//! so the file is as opaque as the database (no text, dates, kinds, passphrase or code; the
//! account name is not in it either). It opens with the same passphrase (or recovery code),
//! because the vault header travels with it. Records are sealed with the user id and record id
//! as associated data, so a restore keeps the user id.
//!
//! [`restore`] writes only into a store with no account of that name, and only after
//! [`verify`] has opened every record with the passphrase; if writing fails part-way the
//! account is deleted again, so a restore is all or nothing. [`restore_as_new`] does the same
//! under a new user id (each record opened and sealed again for it, with the same data key and
//! header), so a person can move a diary to a server where its old id is in use, or import it
//! twice; it also holds the backup to the receiving server's [`Quota`]. This module talks to databases
//! through the [`Store`] trait only; the crypto in [`verify`] goes through [`crate::vault`].

use serde::{Deserialize, Serialize};

use crate::Quota;
use crate::hex;
use crate::ids::{RecordId, UserId};
use crate::store::{LEGACY_BULK_MIN_BYTES, NewUser, RecordRow, Store, StoreError};
use crate::vault::{
    self, DataKey, NONCE_LEN, NameHash, Passphrase, Sealed, VaultError, VaultHeader,
};

/// The `magic` value of every Solace backup.
pub const MAGIC: &str = "solace-backup";
/// The container format this version writes and reads.
pub const FORMAT_V1: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_BACKUP_BYTES: u64 = 256 * 1024 * 1024;

/// What can go wrong with a backup. Messages carry no diary content, passphrase or code (and
/// never serde's own text, which can quote the input).
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the backup file is larger than 256 MiB")]
    TooLarge,
    #[error(
        "this is not a complete Solace backup file: it is not valid JSON ({category} error at line {line}, column {column}); it may be cut short or damaged"
    )]
    NotJson {
        category: &'static str,
        line: usize,
        column: usize,
    },
    #[error("this is not a Solace backup file (its \"magic\" is missing or wrong)")]
    BadMagic,
    #[error(
        "this backup's format ({found}) is not one this version of Solace reads (it reads format {FORMAT_V1})"
    )]
    UnsupportedFormat { found: String },
    #[error("the backup file is damaged: {0}")]
    Damaged(&'static str),
    #[error("the passphrase does not open this backup")]
    WrongPassphrase,
    #[error("entry {index} of the backup does not open: it was changed or damaged")]
    RecordCorrupt { index: usize },
    #[error("a diary exists here already: import only into an empty store")]
    AccountExists,
    /// The backup holds more than this server lets one account keep.
    #[error("this backup holds more than this server allows one diary: {0}")]
    OverQuota(&'static str),
    /// The header asks for more key-derivation work than Solace allows; the message says how
    /// much and why it is refused.
    #[error("{0}")]
    KdfTooCostly(VaultError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One account's backup, as written to the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub magic: String,
    pub format: u32,
    pub user_id: UserId,
    #[serde(with = "hex::vec")]
    pub vault_header: Vec<u8>,
    pub records: Vec<BackupRecord>,
}

/// One sealed record row, exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupRecord {
    pub id: RecordId,
    pub version: i32,
    #[serde(with = "hex::array")]
    pub nonce: [u8; NONCE_LEN],
    #[serde(with = "hex::vec")]
    pub ciphertext: Vec<u8>,
}

/// Only the two fields that say what the file is, read before the strict parse so that a wrong
/// file gets the right message.
#[derive(Deserialize)]
struct Probe {
    magic: Option<serde_json::Value>,
    format: Option<serde_json::Value>,
}

fn json_error(e: &serde_json::Error) -> BackupError {
    let category = match e.classify() {
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Data => "data",
        serde_json::error::Category::Eof => "end of input",
    };
    BackupError::NotJson {
        category,
        line: e.line(),
        column: e.column(),
    }
}

impl Backup {
    /// The file's bytes (compact JSON, one trailing newline).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out =
            serde_json::to_vec(self).unwrap_or_else(|_| unreachable!("always serialises"));
        out.push(b'\n');
        out
    }

    /// Reads a backup file's bytes: size, JSON, magic, format, then the shape.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BackupError> {
        if bytes.len() as u64 > MAX_BACKUP_BYTES {
            return Err(BackupError::TooLarge);
        }
        // serde's derived structs also accept a JSON array (fields by position): only an object.
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => {}
            None => return Err(BackupError::Damaged("the file is empty")),
            Some(_) => return Err(BackupError::BadMagic),
        }
        let probe: Probe = serde_json::from_slice(bytes).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => BackupError::BadMagic,
            _ => json_error(&e),
        })?;
        if probe.magic.as_ref().and_then(serde_json::Value::as_str) != Some(MAGIC) {
            return Err(BackupError::BadMagic);
        }
        match probe.format {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_V1)) => {}
            Some(other) => {
                // At most 20 characters, cut on a character boundary (found by the fuzzer:
                // `String::truncate` panics inside a multi-byte character).
                let found: String = other.to_string().chars().take(20).collect();
                return Err(BackupError::UnsupportedFormat { found });
            }
            None => {
                return Err(BackupError::UnsupportedFormat {
                    found: "missing".to_owned(),
                });
            }
        }
        let backup: Self = serde_json::from_slice(bytes)
            .map_err(|_| BackupError::Damaged("a field is missing or has the wrong shape"))?;
        VaultHeader::from_bytes(&backup.vault_header).map_err(header_error)?;
        let mut ids: Vec<RecordId> = backup.records.iter().map(|r| r.id).collect();
        ids.sort_unstable_by_key(|id| *id.as_bytes());
        if ids.windows(2).any(|w| w[0] == w[1]) {
            return Err(BackupError::Damaged("two entries have the same id"));
        }
        Ok(backup)
    }
}

fn header_error(e: VaultError) -> BackupError {
    match e {
        VaultError::KdfTooCostly { .. } => BackupError::KdfTooCostly(e),
        _ => BackupError::Damaged("the vault header is not readable"),
    }
}

/// Copies `user`'s vault header and every record row. `None` if there is no such account.
pub async fn export(store: &dyn Store, user: UserId) -> Result<Option<Backup>, BackupError> {
    let Some(vault_header) = store.vault_header(user).await? else {
        return Ok(None);
    };
    let records = store
        .list_records(user)
        .await?
        .into_iter()
        .map(|r| BackupRecord {
            id: r.id,
            version: r.version,
            nonce: r.nonce,
            ciphertext: r.ciphertext,
        })
        .collect();
    Ok(Some(Backup {
        magic: MAGIC.to_owned(),
        format: FORMAT_V1,
        user_id: user,
        vault_header,
        records,
    }))
}

/// Opens the vault header with the passphrase and every record with the data key, in memory
/// (nothing is written). Returns how many records there are. CPU-heavy (Argon2id): call it from
/// a blocking thread in async code.
pub fn verify(backup: &Backup, passphrase: &Passphrase) -> Result<usize, BackupError> {
    let key = unlock(backup, passphrase)?;
    verify_records(backup, &key)
}

/// The backup's data key, from its header and the passphrase (nothing else is checked: call
/// [`verify_records`] next). CPU-heavy (Argon2id).
pub fn unlock(backup: &Backup, passphrase: &Passphrase) -> Result<DataKey, BackupError> {
    let header = VaultHeader::from_bytes(&backup.vault_header).map_err(header_error)?;
    match vault::unlock_with_passphrase(&header, passphrase) {
        Ok(key) => Ok(key),
        Err(VaultError::WrongPassphrase) => Err(BackupError::WrongPassphrase),
        Err(_) => Err(BackupError::Damaged("the vault header is not readable")),
    }
}

/// A record of the backup is written as a bulk row (never read by a diary's list) when only a
/// photo can be that long: the backup format does not say which rows are photos.
fn is_bulk(r: &BackupRecord) -> bool {
    r.ciphertext.len() > LEGACY_BULK_MIN_BYTES
}

/// `OverQuota` if the backup holds more than `quota` allows one account.
pub fn check_quota(backup: &Backup, quota: &Quota) -> Result<(), BackupError> {
    let bulk = backup.records.iter().filter(|r| is_bulk(r)).count() as u64;
    let records = backup.records.len() as u64 - bulk;
    let bytes: u64 = backup
        .records
        .iter()
        .map(|r| r.ciphertext.len() as u64)
        .sum();
    if records > quota.max_entries {
        return Err(BackupError::OverQuota("too many entries"));
    }
    if bulk > quota.max_photos {
        return Err(BackupError::OverQuota("too many photos"));
    }
    if bytes > quota.max_bytes {
        return Err(BackupError::OverQuota("too many bytes"));
    }
    Ok(())
}

async fn insert(
    store: &dyn Store,
    user: UserId,
    r: &BackupRecord,
    row: &RecordRow,
) -> Result<(), StoreError> {
    if is_bulk(r) {
        store.insert_bulk_record(user, row).await
    } else {
        store.insert_record(user, row).await
    }
}

/// Writes the backup into `store` as a **new** account `name_hash` with a new user id: every
/// record is opened with `key` (from [`unlock`]) and sealed again for the new id, in memory,
/// before anything is written. Refuses a taken name (`AccountExists`), a record that does not
/// open (`RecordCorrupt`) and a backup over `quota` (`OverQuota`), writing nothing. If a write
/// fails part-way, the new account is deleted again. Returns the new id and how many records.
pub async fn restore_as_new(
    store: &dyn Store,
    name_hash: NameHash,
    backup: &Backup,
    key: &DataKey,
    quota: &Quota,
) -> Result<(UserId, usize), BackupError> {
    check_quota(backup, quota)?;
    if store.find_user(&name_hash).await?.is_some() {
        return Err(BackupError::AccountExists);
    }
    let id = vault::new_user_id().map_err(|_| BackupError::Damaged("no random id"))?;
    let mut rows = Vec::with_capacity(backup.records.len());
    for (index, r) in backup.records.iter().enumerate() {
        let sealed = Sealed {
            nonce: r.nonce,
            ciphertext: r.ciphertext.clone(),
        };
        let moved = vault::move_record(key, backup.user_id, id, r.id, r.version, &sealed)
            .map_err(|_| BackupError::RecordCorrupt { index: index + 1 })?;
        rows.push(RecordRow {
            id: r.id,
            version: vault::RECORD_FORMAT_V1,
            nonce: moved.nonce,
            ciphertext: moved.ciphertext,
        });
    }
    let user = NewUser {
        id,
        name_hash,
        vault_header: backup.vault_header.clone(),
    };
    match store.create_user(&user).await {
        Ok(()) => {}
        Err(StoreError::AlreadyExists) => return Err(BackupError::AccountExists),
        Err(e) => return Err(e.into()),
    }
    for (r, row) in backup.records.iter().zip(&rows) {
        if let Err(e) = insert(store, id, r, row).await {
            let _ = store.delete_user(id).await;
            return Err(match e {
                StoreError::AlreadyExists => BackupError::Damaged("two entries have the same id"),
                other => other.into(),
            });
        }
    }
    Ok((id, rows.len()))
}

/// The second half of [`verify`]: opens every record with an already unlocked data key, in
/// memory. Returns how many records there are, or the first (1-based) that does not open. No
/// key derivation, so it is cheap (the fuzz target `backup` drives it with a fixed test key).
pub fn verify_records(backup: &Backup, key: &DataKey) -> Result<usize, BackupError> {
    for (index, r) in backup.records.iter().enumerate() {
        let sealed = Sealed {
            nonce: r.nonce,
            ciphertext: r.ciphertext.clone(),
        };
        vault::open_record(key, backup.user_id, r.id, r.version, &sealed)
            .map_err(|_| BackupError::RecordCorrupt { index: index + 1 })?;
    }
    Ok(backup.records.len())
}

/// Writes the backup into `store` as the account `account_name`, keeping the user id. Refuses
/// (`AccountExists`) if the name is taken or the user id is in use. If a record fails to
/// write, the new account is deleted again and the error returned. Call [`verify`] first.
/// `name_hash` is the account name as the diary hashes it (`Diary::name_hash`: keyed in hosted
/// mode).
pub async fn restore(
    store: &dyn Store,
    name_hash: NameHash,
    backup: &Backup,
) -> Result<usize, BackupError> {
    if store.find_user(&name_hash).await?.is_some() {
        return Err(BackupError::AccountExists);
    }
    let user = NewUser {
        id: backup.user_id,
        name_hash,
        vault_header: backup.vault_header.clone(),
    };
    match store.create_user(&user).await {
        Ok(()) => {}
        Err(StoreError::AlreadyExists) => return Err(BackupError::AccountExists),
        Err(e) => return Err(e.into()),
    }
    for r in &backup.records {
        let row = RecordRow {
            id: r.id,
            version: r.version,
            nonce: r.nonce,
            ciphertext: r.ciphertext.clone(),
        };
        if let Err(e) = insert(store, backup.user_id, r, &row).await {
            // All or nothing: a half-restored diary would look like lost entries.
            let _ = store.delete_user(backup.user_id).await;
            return Err(match e {
                StoreError::AlreadyExists => BackupError::Damaged("two entries have the same id"),
                other => other.into(),
            });
        }
    }
    Ok(backup.records.len())
}

#[cfg(test)]
mod tests {
    use super::{Backup, BackupError};

    /// Regression (found by `.ci/fuzz backup`): a format value whose 20th byte falls inside a
    /// multi-byte character panicked in `String::truncate` instead of being refused.
    #[test]
    fn an_unknown_format_with_multibyte_text_is_refused_not_a_panic() {
        let bytes = b"{\"magic\":\"solace-backup\",\"format\":\"7b2z232f726d3622\xc9\x9b\xc8\x99\",\"===?s\":[]}";
        match Backup::from_bytes(bytes) {
            Err(BackupError::UnsupportedFormat { found }) => {
                assert!(found.chars().count() <= 20, "{found}");
                assert!(found.starts_with("\"7b2z"), "{found}");
            }
            other => panic!("expected UnsupportedFormat, got {other:?}"),
        }
    }
}
