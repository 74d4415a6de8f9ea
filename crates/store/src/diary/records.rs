//! Sealed records: what the diary stores, sealed and opened with the unlocked data key.

use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use crate::ids::RecordId;
use crate::store::{RecordRow, RecordUsage};
use crate::vault::{self, RECORD_FORMAT_V1, Sealed};

use super::{Diary, DiaryError, DiaryList, QuotaKind, Unlocked, json_error};

/// Widens a length for the byte count of a quota.
fn len64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

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

    /// Refuses a write that would take the account past its quota: `adding` one more record
    /// of this kind (none for an edit), and `grows` the stored bytes by this much. Checked
    /// before the write, not in the same transaction: writes racing each other can pass a
    /// limit by the few that raced, never by more.
    async fn check_quota(
        &self,
        unlocked: &Unlocked,
        adding: Option<QuotaKind>,
        grows: u64,
    ) -> Result<(), DiaryError> {
        let quota = self.config.quota;
        let used = self.store.record_usage(unlocked.user).await?;
        let full = |kind, limit| Err(DiaryError::QuotaExceeded { kind, limit });
        match adding {
            Some(QuotaKind::Entries) if used.records >= quota.max_entries => {
                return full(QuotaKind::Entries, quota.max_entries);
            }
            Some(QuotaKind::Photos) if used.bulk >= quota.max_photos => {
                return full(QuotaKind::Photos, quota.max_photos);
            }
            _ => {}
        }
        if grows > 0 && used.bytes.saturating_add(grows) > quota.max_bytes {
            return full(QuotaKind::Bytes, quota.max_bytes);
        }
        Ok(())
    }

    /// How much the account stores (counts and sealed bytes), for the quota and the settings
    /// page.
    pub async fn usage(&self, unlocked: &Unlocked) -> Result<RecordUsage, DiaryError> {
        Ok(self.store.record_usage(unlocked.user).await?)
    }

    /// Seals a new record under `id` and checks that one more of `kind`, with its sealed bytes,
    /// stays within the account's quota (`QuotaExceeded` otherwise). Writes nothing.
    async fn seal_within_quota<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
        value: &T,
        kind: QuotaKind,
    ) -> Result<RecordRow, DiaryError> {
        let row = Self::seal(unlocked, id, value)?;
        self.check_quota(unlocked, Some(kind), len64(row.ciphertext.len()))
            .await?;
        Ok(row)
    }

    /// Seals and stores a new entry (any serialisable value; the diary uses its JSON form).
    /// `QuotaExceeded` (nothing written) past [`super::Quota::max_entries`] or `max_bytes`.
    pub async fn add<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        entry: &T,
    ) -> Result<RecordId, DiaryError> {
        let id = vault::new_record_id()?;
        let row = self
            .seal_within_quota(unlocked, id, entry, QuotaKind::Entries)
            .await?;
        self.store.insert_record(unlocked.user, &row).await?;
        Ok(id)
    }

    /// Seals and stores a new entry under `id`, once: the id comes from the form the entry was
    /// typed in (a hidden one-time value), so a retried POST after a lost response finds the
    /// entry saved the first time and adds nothing. `Ok(true)` when stored now, `Ok(false)`
    /// when a record with this id was there already (the database's key decides, so two
    /// retries racing on two nodes still store one). Quota as for [`Diary::add`].
    pub async fn add_once<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<bool, DiaryError> {
        if self.store.get_record(unlocked.user, id).await?.is_some() {
            return Ok(false);
        }
        let row = self
            .seal_within_quota(unlocked, id, entry, QuotaKind::Entries)
            .await?;
        match self.store.insert_record(unlocked.user, &row).await {
            Ok(()) => Ok(true),
            Err(crate::StoreError::AlreadyExists) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether the diary holds a record with this id (reads the row, opens nothing).
    pub async fn contains(&self, unlocked: &Unlocked, id: RecordId) -> Result<bool, DiaryError> {
        Ok(self.store.get_record(unlocked.user, id).await?.is_some())
    }

    /// Seals and stores a bulk record (a photo's bytes): kept apart, so [`Diary::list`] never
    /// reads it; [`Diary::get`] opens it by id. `QuotaExceeded` (nothing written) past
    /// [`super::Quota::max_photos`] or `max_bytes`.
    pub async fn add_bulk<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        record: &T,
    ) -> Result<RecordId, DiaryError> {
        let id = vault::new_record_id()?;
        let row = self
            .seal_within_quota(unlocked, id, record, QuotaKind::Photos)
            .await?;
        self.store.insert_bulk_record(unlocked.user, &row).await?;
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

    /// Re-seals the entry under a fresh nonce. `RecordNotFound` if the user has no such entry;
    /// `QuotaExceeded` (nothing written) if the larger entry would pass `max_bytes`.
    pub async fn update<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<(), DiaryError> {
        let row = Self::seal(unlocked, id, entry)?;
        let old = self
            .store
            .get_record(unlocked.user, id)
            .await?
            .ok_or(DiaryError::RecordNotFound)?;
        let grows = len64(row.ciphertext.len()).saturating_sub(len64(old.ciphertext.len()));
        drop(old);
        self.check_quota(unlocked, None, grows).await?;
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

    /// Every entry, opened; bulk records (photos, [`Diary::add_bulk`]) are neither read nor
    /// opened. The order is meaningless (dates are inside the entries): sort after.
    pub async fn list<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
    ) -> Result<DiaryList<T>, DiaryError> {
        let rows = self.store.list_lean_records(unlocked.user).await?;
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
