//! Sealed records: what the diary stores, sealed and opened with the unlocked data key.

use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use crate::ids::RecordId;
use crate::store::RecordRow;
use crate::vault::{self, RECORD_FORMAT_V1, Sealed};

use super::{Diary, DiaryError, DiaryList, Unlocked, json_error};

impl Diary {
    pub(super) fn seal<T: Serialize + ?Sized>(
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<RecordRow, DiaryError> {
        let mut json = Zeroizing::new(Vec::with_capacity(512));
        serde_json::to_writer(&mut *json, entry).map_err(|e| json_error(&e))?;
        let sealed = vault::seal_record(&unlocked.key, unlocked.user, id, &json)?;
        Ok(RecordRow {
            id,
            version: RECORD_FORMAT_V1,
            nonce: sealed.nonce,
            ciphertext: sealed.ciphertext,
        })
    }

    pub(super) fn open<T: DeserializeOwned>(
        unlocked: &Unlocked,
        row: RecordRow,
    ) -> Result<T, DiaryError> {
        let sealed = Sealed {
            nonce: row.nonce,
            ciphertext: row.ciphertext,
        };
        let json = vault::open_record(&unlocked.key, unlocked.user, row.id, row.version, &sealed)?;
        serde_json::from_slice(&json).map_err(|e| json_error(&e))
    }

    /// Seals and stores a new entry (any serialisable value; the diary uses its JSON form).
    pub async fn add<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        entry: &T,
    ) -> Result<RecordId, DiaryError> {
        let id = vault::new_record_id()?;
        let row = Self::seal(unlocked, id, entry)?;
        self.store.insert_record(unlocked.user, &row).await?;
        Ok(id)
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
    ) -> Result<T, DiaryError> {
        let row = self
            .store
            .get_record(unlocked.user, id)
            .await?
            .ok_or(DiaryError::RecordNotFound)?;
        Self::open(unlocked, row)
    }

    /// Re-seals the entry under a fresh nonce. `RecordNotFound` if the user has no such entry.
    pub async fn update<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<(), DiaryError> {
        let row = Self::seal(unlocked, id, entry)?;
        if self.store.update_record(unlocked.user, &row).await? {
            Ok(())
        } else {
            Err(DiaryError::RecordNotFound)
        }
    }

    /// Deletes the entry's row. `RecordNotFound` if the user has no such entry.
    pub async fn delete(&self, unlocked: &Unlocked, id: RecordId) -> Result<(), DiaryError> {
        if self.store.delete_record(unlocked.user, id).await? {
            Ok(())
        } else {
            Err(DiaryError::RecordNotFound)
        }
    }

    /// Every entry, opened. The order is meaningless (dates are inside the entries): sort after.
    pub async fn list<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
    ) -> Result<DiaryList<T>, DiaryError> {
        let rows = self.store.list_records(unlocked.user).await?;
        let mut list = DiaryList {
            entries: Vec::with_capacity(rows.len()),
            unreadable: Vec::new(),
        };
        for row in rows {
            let id = row.id;
            match Self::open(unlocked, row) {
                Ok(entry) => list.entries.push((id, entry)),
                Err(_) => list.unreadable.push(id),
            }
        }
        Ok(list)
    }

    /// The database's consistency check (see [`Store::integrity_check`]).
    pub async fn integrity_check(&self) -> Result<(), DiaryError> {
        Ok(self.store.integrity_check().await?)
    }
}
