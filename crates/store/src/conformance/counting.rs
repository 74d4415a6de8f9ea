//! [`CountingStore`]: a [`Store`] that passes every call on and counts the calls that write,
//! so a test can say "N diary views wrote nothing" whatever the backend (issue 15 item 7).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::ids::{RecordId, UserId};
use crate::store::{
    FailureKind, NewUser, RecordRow, RecordUsage, Resealed, SessionRow, Store, StoreError, UserRow,
};
use crate::vault::{NameHash, SessionLookup};

/// Counts writes: every call that may change a row (`writes`), and of those the ones on
/// session rows (`session_writes`). Reads are passed on uncounted.
#[derive(Debug)]
pub struct CountingStore {
    inner: Arc<dyn Store>,
    writes: AtomicU64,
    session_writes: AtomicU64,
}

impl CountingStore {
    pub fn new(inner: Arc<dyn Store>) -> Self {
        Self {
            inner,
            writes: AtomicU64::new(0),
            session_writes: AtomicU64::new(0),
        }
    }

    /// Calls that may write, of any kind, so far.
    pub fn writes(&self) -> u64 {
        self.writes.load(Ordering::SeqCst)
    }

    /// Calls that may write a session row, so far.
    pub fn session_writes(&self) -> u64 {
        self.session_writes.load(Ordering::SeqCst)
    }

    fn write(&self) {
        self.writes.fetch_add(1, Ordering::SeqCst);
    }

    fn session_write(&self) {
        self.write();
        self.session_writes.fetch_add(1, Ordering::SeqCst);
    }
}

#[async_trait]
impl Store for CountingStore {
    async fn create_user(&self, user: &NewUser) -> Result<(), StoreError> {
        self.write();
        self.inner.create_user(user).await
    }
    async fn find_user(&self, name_hash: &NameHash) -> Result<Option<UserRow>, StoreError> {
        self.inner.find_user(name_hash).await
    }
    async fn vault_header(&self, user: UserId) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.vault_header(user).await
    }
    async fn put_vault_header(&self, user: UserId, header: &[u8]) -> Result<bool, StoreError> {
        self.write();
        self.inner.put_vault_header(user, header).await
    }
    async fn rename_user(
        &self,
        user: UserId,
        old: &NameHash,
        new: &NameHash,
    ) -> Result<bool, StoreError> {
        self.write();
        self.inner.rename_user(user, old, new).await
    }
    async fn rekey(
        &self,
        user: UserId,
        header: &[u8],
        records: &[Resealed],
    ) -> Result<bool, StoreError> {
        self.session_write();
        self.inner.rekey(user, header, records).await
    }
    async fn delete_user(&self, user: UserId) -> Result<bool, StoreError> {
        self.session_write();
        self.inner.delete_user(user).await
    }
    async fn insert_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError> {
        self.write();
        self.inner.insert_record(user, record).await
    }
    async fn update_record(&self, user: UserId, record: &RecordRow) -> Result<bool, StoreError> {
        self.write();
        self.inner.update_record(user, record).await
    }
    async fn get_record(
        &self,
        user: UserId,
        id: RecordId,
    ) -> Result<Option<RecordRow>, StoreError> {
        self.inner.get_record(user, id).await
    }
    async fn list_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError> {
        self.inner.list_records(user).await
    }
    async fn insert_bulk_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError> {
        self.write();
        self.inner.insert_bulk_record(user, record).await
    }
    async fn list_lean_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError> {
        self.inner.list_lean_records(user).await
    }
    async fn record_usage(&self, user: UserId) -> Result<RecordUsage, StoreError> {
        self.inner.record_usage(user).await
    }
    async fn delete_record(&self, user: UserId, id: RecordId) -> Result<bool, StoreError> {
        self.write();
        self.inner.delete_record(user, id).await
    }
    async fn create_session(
        &self,
        session: &SessionRow,
        max_per_user: usize,
    ) -> Result<(), StoreError> {
        self.session_write();
        self.inner.create_session(session, max_per_user).await
    }
    async fn live_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionRow>, StoreError> {
        self.inner.live_session(lookup, now).await
    }
    async fn touch_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.session_write();
        self.inner.touch_session(lookup, now, expires_at).await
    }
    async fn rotate_session(
        &self,
        old: &SessionLookup,
        now: DateTime<Utc>,
        new: &SessionRow,
    ) -> Result<bool, StoreError> {
        self.session_write();
        self.inner.rotate_session(old, now, new).await
    }
    async fn delete_session(&self, lookup: &SessionLookup) -> Result<bool, StoreError> {
        self.session_write();
        self.inner.delete_session(lookup).await
    }
    async fn delete_user_sessions(&self, user: UserId) -> Result<u64, StoreError> {
        self.session_write();
        self.inner.delete_user_sessions(user).await
    }
    async fn delete_all_sessions(&self) -> Result<u64, StoreError> {
        self.session_write();
        self.inner.delete_all_sessions().await
    }
    async fn purge_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        self.session_write();
        self.inner.purge_expired_sessions(now).await
    }
    async fn record_unlock_failure(
        &self,
        user: UserId,
        kind: FailureKind,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.write();
        self.inner.record_unlock_failure(user, kind, at).await
    }
    async fn unlock_failures_since(
        &self,
        user: UserId,
        kind: FailureKind,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        self.inner.unlock_failures_since(user, kind, since).await
    }
    async fn clear_unlock_failures(&self, user: UserId) -> Result<(), StoreError> {
        self.write();
        self.inner.clear_unlock_failures(user).await
    }
    async fn take_failed_attempts(&self, user: UserId) -> Result<u64, StoreError> {
        self.write();
        self.inner.take_failed_attempts(user).await
    }
    async fn purge_unlock_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.write();
        self.inner.purge_unlock_failures(before).await
    }
    async fn integrity_check(&self) -> Result<(), StoreError> {
        self.inner.integrity_check().await
    }
    async fn ping(&self) -> Result<(), StoreError> {
        self.inner.ping().await
    }
    async fn close(&self) {
        self.inner.close().await;
    }
    fn pool_stats(&self) -> Option<crate::PoolStats> {
        self.inner.pool_stats()
    }
}
