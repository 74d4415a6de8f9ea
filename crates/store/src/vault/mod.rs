//! The vault: **the one module that calls cryptographic primitives** (Argon2id, XChaCha20-Poly1305,
//! BLAKE2b and the operating system's random numbers). Nothing else in Solace touches them; the
//! rest of the code handles the secret types below, which cannot be cloned, serialised or printed.
//!
//! # Design
//!
//! - A random 256-bit **data key** seals every diary record.
//! - The data key is stored only **wrapped** (encrypted) in the vault header, twice:
//!   under a key derived from the **passphrase** and under a key derived from a one-time
//!   **recovery code**. Each derivation is Argon2id with its own random 16-byte salt; the
//!   parameters are stored beside the salt so they can be raised later without breaking old vaults.
//!   Wrapping is XChaCha20-Poly1305 with a fresh 24-byte nonce and associated data
//!   `label || vault id`, so a slot cannot be moved to another vault or the other slot.
//! - Each **record** is padded to a multiple of 256 bytes (so its length says little about its
//!   kind) and sealed with a fresh nonce, associated data `label || user id || record id`: a record
//!   copied under another id or another user does not open.
//! - A **session** is a random 256-bit secret in the person's cookie. The database keeps only a
//!   BLAKE2b of it keyed with the **server secret** (to find the row) and the data key wrapped
//!   under a second such hash. The server secret is never stored in the database (local mode:
//!   random, in memory only; hosted mode: a file). The row, the cookie, or both together open
//!   nothing without it.
//! - Passphrase change and recovery **re-key**: a new data key, every record re-sealed, new slots
//!   (see `Diary::change_passphrase`), so an old header plus an old passphrase opens nothing new.

use std::fmt;

use blake2::digest::Digest as _;
use zeroize::{Zeroize, Zeroizing};

use crate::hex;
use crate::ids::{RecordId, UserId};

mod aead;
mod header;
mod kdf;
mod names;
mod policy;
mod records;
mod sessions;

pub use header::{
    KeySlot, NewVault, VaultHeader, create_vault, create_vault_for_tests, rewrap_passphrase,
    rewrap_recovery, unlock_with_passphrase, unlock_with_recovery_code,
};
pub use kdf::{KdfAlgorithm, KdfParams, burn_derivation};
pub use names::{NameHash, account_name_hash, keyed_account_name_hash};
pub use policy::{MIN_PASSPHRASE_CHARS, MIN_PASSPHRASE_WORDS};
pub use records::{Sealed, move_record, open_record, reseal_record, seal_record};
pub use sessions::{SessionLookup, session_lookup, unwrap_session, wrap_for_session};

/// Bytes in a key (data key, key-encryption keys).
pub const KEY_LEN: usize = 32;
/// Bytes in an XChaCha20-Poly1305 nonce.
pub const NONCE_LEN: usize = 24;
/// Bytes added by the Poly1305 tag.
pub const TAG_LEN: usize = 16;
/// Bytes of Argon2id salt.
pub const SALT_LEN: usize = 16;
/// Bytes a `--server-secret-file` must hold at least.
pub const MIN_SERVER_SECRET_BYTES: usize = 32;
/// Record plaintexts are padded to a multiple of this many bytes before sealing.
pub const PAD_BLOCK: usize = 256;
/// Largest record plaintext (JSON) accepted, in bytes.
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;
/// The record format written today (stored in each row's `version` column).
pub const RECORD_FORMAT_V1: i32 = 1;
/// Symbols in a recovery code.
pub const RECOVERY_CODE_SYMBOLS: usize = 25;

const VAULT_FORMAT_V1: u32 = 1;
const AAD_PASSPHRASE_SLOT: &[u8] = b"solace/vault/passphrase-slot/v1\0";
const AAD_RECOVERY_SLOT: &[u8] = b"solace/vault/recovery-slot/v1\0";
const AAD_RECORD_V1: &[u8] = b"solace/record/v1\0";
const AAD_SESSION: &[u8] = b"solace/session/v1\0";
const LABEL_SESSION_LOOKUP: &[u8] = b"solace/session/lookup/v2\0";
const LABEL_SESSION_WRAP: &[u8] = b"solace/session/wrap-key/v2\0";
const LABEL_ACCOUNT_NAME: &[u8] = b"solace/account-name/v1\0";
const LABEL_ACCOUNT_NAME_KEYED: &[u8] = b"solace/account-name/keyed/v2\0";
const LABEL_SERVER_SECRET: &[u8] = b"solace/server-secret/v1\0";
/// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What went wrong in the vault. Messages never include secrets or record content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("the recovery code is not right")]
    WrongRecoveryCode,
    #[error("a recovery code is {RECOVERY_CODE_SYMBOLS} letters and digits")]
    MalformedRecoveryCode,
    #[error(
        "a passphrase needs at least {min_chars} characters, or {} words",
        MIN_PASSPHRASE_WORDS
    )]
    PassphraseTooShort { min_chars: usize },
    #[error("this passphrase is one of the most common ones, or too easy to guess")]
    PassphraseTooCommon,
    #[error("a record could not be opened: it was changed, moved or damaged")]
    RecordCorrupt,
    #[error("a record is larger than {MAX_RECORD_BYTES} bytes")]
    RecordTooLarge,
    #[error("the session has ended or is not valid")]
    SessionInvalid,
    #[error("the vault header is damaged or of an unknown format: {0}")]
    HeaderCorrupt(&'static str),
    #[error("key derivation parameters are below the floor: {0}")]
    KdfParams(&'static str),
    /// A header or backup asks for more work than Solace allows (a damaged or hostile file
    /// could otherwise exhaust the computer before the passphrase is even checked).
    #[error(
        "the vault asks for {asked} {what} of key derivation; Solace allows at most {max}, so a damaged or hostile file cannot exhaust this computer"
    )]
    KdfTooCostly {
        what: &'static str,
        asked: u32,
        max: u32,
    },
    #[error("the server secret file must hold at least {MIN_SERVER_SECRET_BYTES} bytes")]
    ServerSecretTooShort,
    #[error("the operating system's random number generator failed")]
    Random,
}

// ---------------------------------------------------------------------------------------------
// Secret types: no Clone, no Serialize, redacted Debug, zeroized on drop.
// ---------------------------------------------------------------------------------------------

/// The random key that seals every record of one vault.
///
/// Exists unwrapped only for the duration of one request (inside [`crate::Unlocked`]) and is
/// zeroized when dropped. It cannot be cloned, serialised or printed:
///
/// ```compile_fail
/// fn clonable<T: Clone>() {}
/// clonable::<solace_store::vault::DataKey>();
/// ```
/// ```compile_fail
/// fn serialisable<T: serde::Serialize>() {}
/// serialisable::<solace_store::vault::DataKey>();
/// ```
/// ```
/// // The same checks compile for an ordinary type, so the failures above are the secret's doing.
/// fn clonable<T: Clone>() {}
/// fn serialisable<T: serde::Serialize>() {}
/// clonable::<String>();
/// serialisable::<String>();
/// ```
pub struct DataKey([u8; KEY_LEN]);

/// A person's passphrase. Used verbatim (no trimming).
///
/// ```compile_fail
/// fn clonable<T: Clone>() {}
/// clonable::<solace_store::vault::Passphrase>();
/// ```
/// ```compile_fail
/// fn serialisable<T: serde::Serialize>() {}
/// serialisable::<solace_store::vault::Passphrase>();
/// ```
pub struct Passphrase(Zeroizing<String>);

/// A one-time recovery code: 25 symbols of Crockford base32 (125 random bits), shown once as
/// five groups of five, e.g. `7K3QD-M9XWA-...`.
///
/// ```compile_fail
/// fn clonable<T: Clone>() {}
/// clonable::<solace_store::vault::RecoveryCode>();
/// ```
/// ```compile_fail
/// fn serialisable<T: serde::Serialize>() {}
/// serialisable::<solace_store::vault::RecoveryCode>();
/// ```
pub struct RecoveryCode(Zeroizing<String>);

/// The random 256-bit secret that the session cookie carries.
///
/// ```compile_fail
/// fn clonable<T: Clone>() {}
/// clonable::<solace_store::vault::SessionSecret>();
/// ```
/// ```compile_fail
/// fn serialisable<T: serde::Serialize>() {}
/// serialisable::<solace_store::vault::SessionSecret>();
/// ```
pub struct SessionSecret([u8; KEY_LEN]);

/// The server secret: mixed into every session key and (hosted mode) the account-name hash.
/// Local mode makes a random one per `serve` start ([`ServerSecret::generate`]) and keeps it in
/// memory only; hosted mode reads `--server-secret-file` ([`ServerSecret::from_file_bytes`]),
/// the same on every node. Never stored in the database.
///
/// ```compile_fail
/// fn clonable<T: Clone>() {}
/// clonable::<solace_store::vault::ServerSecret>();
/// ```
pub struct ServerSecret([u8; KEY_LEN]);

/// A key-encryption key (derived from a passphrase, recovery code or session secret).
struct WrappingKey([u8; KEY_LEN]);

macro_rules! redacted_debug {
    ($($name:ident),*) => {$(
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(redacted)"))
            }
        }
    )*};
}
redacted_debug!(
    DataKey,
    Passphrase,
    RecoveryCode,
    SessionSecret,
    ServerSecret,
    WrappingKey
);

impl Drop for DataKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}
impl Drop for SessionSecret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}
impl Drop for ServerSecret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}
impl Drop for WrappingKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl Passphrase {
    /// Wraps a passphrase as typed. Length is checked only where a new passphrase is set
    /// ([`Passphrase::check_new`]), never on unlock.
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The rules for a new passphrase (see [`policy`]): at least [`MIN_PASSPHRASE_CHARS`]
    /// characters or [`MIN_PASSPHRASE_WORDS`] words, and not one of the commonest passwords.
    pub fn check_new(&self) -> Result<(), VaultError> {
        policy::check(&self.0)
    }

    /// A second copy, for moving into a blocking task. Both copies are zeroized on drop.
    pub(crate) fn duplicate(&self) -> Self {
        Self(Zeroizing::new(self.0.as_str().to_owned()))
    }

    /// The same characters as a recovery code's input to a thrown-away derivation.
    pub(crate) fn from_code(code: &RecoveryCode) -> Self {
        Self(Zeroizing::new(code.0.as_str().to_owned()))
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl RecoveryCode {
    /// Reads a code as a person typed it: any case, spaces and hyphens ignored, `O` read as zero
    /// and `I`/`L` as one.
    pub fn parse(typed: &str) -> Result<Self, VaultError> {
        let mut symbols = Zeroizing::new(String::with_capacity(RECOVERY_CODE_SYMBOLS));
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !RECOVERY_ALPHABET.contains(&(c as u8)) {
                return Err(VaultError::MalformedRecoveryCode);
            }
            symbols.push(c);
        }
        if symbols.len() != RECOVERY_CODE_SYMBOLS {
            return Err(VaultError::MalformedRecoveryCode);
        }
        Ok(Self(symbols))
    }

    pub(crate) fn duplicate(&self) -> Self {
        Self(Zeroizing::new(self.0.as_str().to_owned()))
    }

    fn generate() -> Result<Self, VaultError> {
        let mut raw = Zeroizing::new([0u8; RECOVERY_CODE_SYMBOLS]);
        fill_random(raw.as_mut_slice())?;
        // 256 is a multiple of 32, so masking keeps every symbol equally likely.
        let text: String = raw
            .iter()
            .map(|b| char::from(RECOVERY_ALPHABET[usize::from(b & 31)]))
            .collect();
        Ok(Self(Zeroizing::new(text)))
    }

    /// The code to show the person, once: five groups of five separated by hyphens.
    pub fn reveal(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(RECOVERY_CODE_SYMBOLS + 4));
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 5 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }
}

impl SessionSecret {
    /// The cookie value: 64 lower-case hex digits.
    pub fn to_cookie_value(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(&self.0))
    }

    /// Reads a cookie value; `SessionInvalid` unless it is 64 hex digits.
    pub fn from_cookie_value(value: &str) -> Result<Self, VaultError> {
        let mut bytes = [0u8; KEY_LEN];
        if hex::decode_into(value, &mut bytes).is_none() {
            bytes.zeroize();
            return Err(VaultError::SessionInvalid);
        }
        Ok(Self(bytes))
    }

    pub(crate) fn generate() -> Result<Self, VaultError> {
        let mut bytes = [0u8; KEY_LEN];
        fill_random(&mut bytes)?;
        Ok(Self(bytes))
    }
}

impl ServerSecret {
    /// A fresh random secret (local mode: one per `serve` start, never written anywhere).
    pub fn generate() -> Result<Self, VaultError> {
        let mut bytes = [0u8; KEY_LEN];
        fill_random(&mut bytes)?;
        Ok(Self(bytes))
    }

    /// The secret from a `--server-secret-file`'s contents: at least
    /// [`MIN_SERVER_SECRET_BYTES`] bytes once trailing whitespace (a final newline) is dropped,
    /// hashed down to 32 bytes. Every node must read the same file.
    pub fn from_file_bytes(contents: &[u8]) -> Result<Self, VaultError> {
        let end = contents
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        let trimmed = &contents[..end];
        if trimmed.len() < MIN_SERVER_SECRET_BYTES {
            return Err(VaultError::ServerSecretTooShort);
        }
        let mut hasher = blake2::Blake2b::<blake2::digest::consts::U32>::new();
        hasher.update(LABEL_SERVER_SECRET);
        hasher.update(trimmed);
        Ok(Self(hasher.finalize().into()))
    }
}

impl DataKey {
    fn generate() -> Result<Self, VaultError> {
        let mut bytes = [0u8; KEY_LEN];
        fill_random(&mut bytes)?;
        Ok(Self(bytes))
    }
}

// ---------------------------------------------------------------------------------------------
// Randomness and ids
// ---------------------------------------------------------------------------------------------

fn fill_random(out: &mut [u8]) -> Result<(), VaultError> {
    getrandom::fill(out).map_err(|_| VaultError::Random)
}

fn random_array<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut out = [0u8; N];
    fill_random(&mut out)?;
    Ok(out)
}

/// `N` fresh random bytes from the operating system: the web app's tokens (CSRF, CSP nonce,
/// calendar ids) come from here, so nothing outside the vault calls the random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], VaultError> {
    random_array()
}

/// A fresh random record id (128 bits; see [`crate::ids`] for why not UUIDv7).
pub fn new_record_id() -> Result<RecordId, VaultError> {
    random_array().map(RecordId::from_bytes)
}

/// A fresh random user id.
pub fn new_user_id() -> Result<UserId, VaultError> {
    random_array().map(UserId::from_bytes)
}

/// Whether two secrets typed or configured (invite codes) are equal, in time that depends on
/// neither their contents nor their lengths: both are hashed (BLAKE2b-256) and the digests
/// compared byte by byte without an early exit.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let digest = |bytes: &[u8]| {
        let mut h = blake2::Blake2b::<blake2::digest::consts::U32>::new();
        h.update(b"solace constant-time compare v1");
        h.update(bytes);
        h.finalize()
    };
    let (x, y) = (digest(a), digest(b));
    let diff = x
        .iter()
        .zip(y.iter())
        .fold(0u8, |acc, (p, q)| acc | std::hint::black_box(p ^ q));
    diff == 0
}

#[cfg(test)]
mod tests;
