//! The storage trait every backend implements, and the rows it moves.
//!
//! Backends see only opaque bytes: hashes, ciphertext, nonces, ids and expiry times. They never
//! see a key, a passphrase or a plaintext, and they never call a cryptographic primitive (the
//! [`crate::Diary`] service does the crypto through [`crate::vault`]). Every method that touches
//! records, sessions or failures is scoped by a [`UserId`] or by a session lookup key; no method
//! lets one user reach another's rows. The conformance suite (`conformance` feature) checks all
//! of this against each backend.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::ids::{RecordId, UserId};
use crate::vault::{NameHash, SessionLookup};

/// A backend failure. Messages carry no diary content: backends only ever hold ciphertext.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A row with this key exists already (account name, record id or session).
    #[error("already exists")]
    AlreadyExists,
    /// The database's own consistency check failed; the text is the database's report.
    #[error("the database failed its integrity check: {0}")]
    Integrity(String),
    /// A stored value has an impossible shape (e.g. an id that is not 16 bytes).
    #[error("a stored row is malformed: {0}")]
    Malformed(&'static str),
    /// Any other database error (a query refused, a migration).
    #[error("database error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The database cannot be reached right now: no connection came free within the pool's
    /// wait, the connection was refused or dropped, or the server is shutting down. Nothing was
    /// written; the same request may work a minute later. The text is the driver's reason (no
    /// row data).
    #[error("cannot reach the database: {0}")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    /// Whether this failure means the database could not be reached (an outage), as opposed to
    /// a query that reached it and failed.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

/// How busy the backend's connection pool is, for metrics. Counts only; no query, no user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolStats {
    /// Connections open (in use or idle).
    pub size: u32,
    /// Open connections waiting for a query.
    pub idle: u32,
}

/// A new account row: the user id, the hashed account name and the vault header bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub id: UserId,
    pub name_hash: NameHash,
    pub vault_header: Vec<u8>,
}

/// An account as found by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    pub id: UserId,
    pub vault_header: Vec<u8>,
}

/// One sealed record: everything the database holds about a diary entry. No dates, no kinds,
/// no sizes beyond the padded ciphertext's length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    pub id: RecordId,
    /// The record format (see [`crate::vault::RECORD_FORMAT_V1`]), not an edit counter: an edit
    /// count would tell how often an entry was changed.
    pub version: i32,
    pub nonce: [u8; crate::vault::NONCE_LEN],
    pub ciphertext: Vec<u8>,
}

/// One live session: the data key wrapped under a key derived from the session and server
/// secrets, when the session ends unless used again, and when it ends regardless.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub lookup: SessionLookup,
    pub user_id: UserId,
    pub nonce: [u8; crate::vault::NONCE_LEN],
    pub wrapped_key: Vec<u8>,
    /// The idle expiry, never after `ends_at`. Stored with one-second precision.
    pub expires_at: DateTime<Utc>,
    /// The absolute end (start + 12 hours by default), however often the session is used.
    pub ends_at: DateTime<Utc>,
}

/// How much one account stores: what [`crate::Quota`] is checked against. Counts and sizes
/// only (a database dump shows them anyway).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordUsage {
    /// Ordinary records (entries and the diary's own settings record).
    pub records: u64,
    /// Bulk records (photos), stored apart so that listing a diary never reads them.
    pub bulk: u64,
    /// Ciphertext bytes of every record, bulk ones included.
    pub bytes: u64,
}

/// A record whose ciphertext is longer than this can only be a photo: no other record comes
/// near it (entries are checked, with notes of at most 2,000 characters, and every form and
/// `solace diary add` body is capped at 64 KiB). Migration 0003 and [`crate::backup::restore`]
/// mark such rows bulk, so rows written before bulk records existed are not read by a list
/// either. Keep it in step with `0003_bulk.sql` in both backends.
pub const LEGACY_BULK_MIN_BYTES: usize = 256 * 1024;

/// Which secret a failed unlock tried: each has its own limit, so wrong passphrases never block
/// the recovery code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureKind {
    Passphrase,
    RecoveryCode,
}

impl FailureKind {
    /// How backends store it.
    pub fn code(self) -> i32 {
        match self {
            Self::Passphrase => 0,
            Self::RecoveryCode => 1,
        }
    }
}

/// One record re-sealed under a new data key: written only if the stored row still has
/// `old_nonce` (nobody changed it since it was read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resealed {
    pub old_nonce: [u8; crate::vault::NONCE_LEN],
    pub row: RecordRow,
}

/// Storage for accounts, vault headers, sealed records, sessions and unlock failures.
///
/// Times are passed in (`now`), never read from a clock, so tests can move time. A session is
/// live while `now < expires_at`.
#[async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    // --- accounts and vault headers ---

    /// Creates an account with its vault header. `AlreadyExists` if the id or name is taken.
    async fn create_user(&self, user: &NewUser) -> Result<(), StoreError>;
    /// Finds an account by its hashed name.
    async fn find_user(&self, name_hash: &NameHash) -> Result<Option<UserRow>, StoreError>;
    /// The account's vault header.
    async fn vault_header(&self, user: UserId) -> Result<Option<Vec<u8>>, StoreError>;
    /// Replaces the account's vault header; `false` if there is no such account.
    async fn put_vault_header(&self, user: UserId, header: &[u8]) -> Result<bool, StoreError>;
    /// Replaces the account's name hash, if it is still `old` (moving a row to the keyed hash);
    /// `false` otherwise.
    async fn rename_user(
        &self,
        user: UserId,
        old: &NameHash,
        new: &NameHash,
    ) -> Result<bool, StoreError>;
    /// Re-keying, in one transaction: stores `header`, replaces every one of the user's records
    /// with its re-sealed row, and ends every session of the user (they wrap the old key).
    /// `false` and nothing changed if the user's records are not exactly `records` as read
    /// (one added, deleted or changed meanwhile: the caller reads again and retries). Backends
    /// that can scrub freed space (SQLite: checkpoint and truncate the WAL) do so afterwards,
    /// so the old slots are gone from the file.
    async fn rekey(
        &self,
        user: UserId,
        header: &[u8],
        records: &[Resealed],
    ) -> Result<bool, StoreError>;
    /// Deletes the account and everything it owns (records, sessions, failures) in one
    /// transaction; `false` if there was no such account. Backends that can also scrub freed
    /// space (SQLite's `secure_delete`, a WAL checkpoint) do so.
    async fn delete_user(&self, user: UserId) -> Result<bool, StoreError>;

    // --- records ---

    /// Adds a record. `AlreadyExists` if the user already has a record with this id.
    async fn insert_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError>;
    /// Replaces one of the user's records; `false` if the user has no record with this id.
    async fn update_record(&self, user: UserId, record: &RecordRow) -> Result<bool, StoreError>;
    async fn get_record(&self, user: UserId, id: RecordId)
    -> Result<Option<RecordRow>, StoreError>;
    /// All of the user's records, bulk ones included, in id order (ids are random, so the
    /// order means nothing). For backups and re-keying; a diary's list uses
    /// [`Store::list_lean_records`].
    async fn list_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError>;
    /// Adds a bulk record (a photo): read only by [`Store::get_record`], never by
    /// [`Store::list_lean_records`]. `AlreadyExists` as for [`Store::insert_record`].
    async fn insert_bulk_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError>;
    /// The user's records that are not bulk, in id order: what a diary view opens. No photo
    /// bytes are read from the database.
    async fn list_lean_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError>;
    /// How many records, bulk records and ciphertext bytes the user has.
    async fn record_usage(&self, user: UserId) -> Result<RecordUsage, StoreError>;
    /// Deletes one of the user's records; `false` if there was none.
    async fn delete_record(&self, user: UserId, id: RecordId) -> Result<bool, StoreError>;

    // --- sessions ---

    /// Stores a new session, then ends the user's oldest sessions (earliest `ends_at`) beyond
    /// `max_per_user`, in one transaction; the new one is always kept. `AlreadyExists` if the
    /// lookup key is taken.
    async fn create_session(
        &self,
        session: &SessionRow,
        max_per_user: usize,
    ) -> Result<(), StoreError>;
    /// The session if it is live at `now` (`now < expires_at` and `now < ends_at`). Reads only.
    async fn live_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionRow>, StoreError>;
    /// If the session is live at `now`, moves its idle expiry later to `expires_at` (never
    /// earlier, never past `ends_at`); `false` if it was not live.
    async fn touch_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Replaces a live session with a new one in one transaction (secret rotation). `false` if
    /// the old session was not live at `now`; then nothing is stored.
    async fn rotate_session(
        &self,
        old: &SessionLookup,
        now: DateTime<Utc>,
        new: &SessionRow,
    ) -> Result<bool, StoreError>;
    /// Ends one session; `false` if there was none.
    async fn delete_session(&self, lookup: &SessionLookup) -> Result<bool, StoreError>;
    /// Ends every session of the user; returns how many there were.
    async fn delete_user_sessions(&self, user: UserId) -> Result<u64, StoreError>;
    /// Ends every session of every user (local mode, when `serve` starts and stops: the server
    /// secret they need is gone); returns how many.
    async fn delete_all_sessions(&self) -> Result<u64, StoreError>;
    /// Deletes every session that is no longer live at `now`; returns how many.
    async fn purge_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;

    // --- failed unlocks (rate limiting) ---

    /// Records a failed unlock of this kind, and adds one to the account's count of failures
    /// since its last successful unlock.
    async fn record_unlock_failure(
        &self,
        user: UserId,
        kind: FailureKind,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// The times of the user's failed unlocks of this kind after `since`, oldest first.
    async fn unlock_failures_since(
        &self,
        user: UserId,
        kind: FailureKind,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError>;
    /// Deletes the user's failure times of every kind (the count is kept: see
    /// [`Store::take_failed_attempts`]).
    async fn clear_unlock_failures(&self, user: UserId) -> Result<(), StoreError>;
    /// The count of failed unlocks since the last call, set back to zero in the same step.
    async fn take_failed_attempts(&self, user: UserId) -> Result<u64, StoreError>;
    /// Deletes failures at or before `before`, for every user; returns how many.
    async fn purge_unlock_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    // --- health ---

    /// The database's own consistency check (SQLite: `PRAGMA integrity_check` is "ok";
    /// PostgreSQL: a trivial query answers). `Integrity` with the report otherwise.
    async fn integrity_check(&self) -> Result<(), StoreError>;

    /// A trivial query (`SELECT 1`), for `/readyz`: `Ok` when the database answers. The caller
    /// bounds the wait. `Unavailable` when it cannot be reached.
    async fn ping(&self) -> Result<(), StoreError>;

    /// Closes the connection pool at shutdown: waits for the connections in use to come back,
    /// then closes every one (SQLite's last close checkpoints the WAL). Later calls fail with
    /// `Unavailable`. The default does nothing (a store with no pool).
    async fn close(&self) {}

    /// The pool's counts, when the backend has a pool (metrics). `None` by default.
    fn pool_stats(&self) -> Option<PoolStats> {
        None
    }
}

/// Seconds since the Unix epoch, as backends store times.
pub fn to_unix(at: DateTime<Utc>) -> i64 {
    at.timestamp()
}

/// The inverse of [`to_unix`]; `Malformed` for a value chrono cannot represent.
pub fn from_unix(secs: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp(secs, 0).ok_or(StoreError::Malformed("time out of range"))
}

/// Helpers for backends turning stored blobs back into fixed-size values.
pub mod decode {
    use super::StoreError;
    use crate::ids::{RecordId, UserId};
    use crate::vault::{NONCE_LEN, SessionLookup};

    pub fn user_id(bytes: &[u8]) -> Result<UserId, StoreError> {
        UserId::from_slice(bytes).ok_or(StoreError::Malformed("user id"))
    }

    pub fn record_id(bytes: &[u8]) -> Result<RecordId, StoreError> {
        RecordId::from_slice(bytes).ok_or(StoreError::Malformed("record id"))
    }

    pub fn nonce(bytes: &[u8]) -> Result<[u8; NONCE_LEN], StoreError> {
        bytes.try_into().map_err(|_| StoreError::Malformed("nonce"))
    }

    pub fn lookup(bytes: &[u8]) -> Result<SessionLookup, StoreError> {
        bytes
            .try_into()
            .map(SessionLookup)
            .map_err(|_| StoreError::Malformed("session lookup"))
    }
}
