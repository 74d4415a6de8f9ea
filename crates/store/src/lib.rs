//! `solace-store`: Solace's storage layer, minus the databases.
//!
//! - [`vault`] — the one crypto module: passphrase → Argon2id → key-encryption key, the data key
//!   wrapped under the passphrase and a one-time recovery code, records sealed with
//!   XChaCha20-Poly1305, session wrapping, and the secret types (no `Clone`, no `Serialize`,
//!   redacted `Debug`, zeroized on drop).
//! - [`Store`] — the trait a backend implements (`solace-store-sqlite`, `solace-store-postgres`).
//!   It moves opaque rows: ids, hashes, nonces, ciphertext, expiry times.
//! - [`Diary`] — the service the web app and CLI call: accounts, unlock with rate limiting,
//!   sessions, and sealed entries.
//! - `conformance` (feature `conformance`) — the suite every backend runs from its tests, via
//!   [`conformance_tests!`].
//!
//! Invariant: nothing outside [`vault`] calls a cryptographic primitive or draws random bytes.

pub mod backup;
mod diary;
mod hex;
pub mod ids;
mod store;
pub mod vault;

#[cfg(feature = "conformance")]
pub mod conformance;

pub use diary::{
    Diary, DiaryConfig, DiaryError, DiaryList, LOCAL_ACCOUNT, Names, Quota, QuotaKind, Session,
    Unlocked,
};
pub use ids::{InvalidId, RecordId, UserId};
pub use store::{
    FailureKind, LEGACY_BULK_MIN_BYTES, NewUser, PoolStats, RecordRow, RecordUsage, Resealed,
    SessionRow, Store, StoreError, UserRow, decode, from_unix, to_unix,
};
pub use vault::{DataKey, KdfParams, Passphrase, RecoveryCode, ServerSecret, SessionSecret};
