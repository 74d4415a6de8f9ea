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
//!   keyed BLAKE2b of it (to find the row) and the data key wrapped under a second keyed BLAKE2b of
//!   it. Neither the row nor the cookie alone opens the diary.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::digest::consts::U32;
use blake2::digest::{Digest, Mac};
use blake2::{Blake2b, Blake2bMac};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::hex;
use crate::ids::{RecordId, UserId};

/// Bytes in a key (data key, key-encryption keys).
pub const KEY_LEN: usize = 32;
/// Bytes in an XChaCha20-Poly1305 nonce.
pub const NONCE_LEN: usize = 24;
/// Bytes added by the Poly1305 tag.
pub const TAG_LEN: usize = 16;
/// Bytes of Argon2id salt.
pub const SALT_LEN: usize = 16;
/// Shortest passphrase accepted for a new vault or a new passphrase, in characters (Unicode
/// scalar values). The web pages encourage longer ones; unlocking never checks the length, so
/// raising this later does not lock anyone out.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
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
const LABEL_SESSION_LOOKUP: &[u8] = b"solace/session/lookup/v1";
const LABEL_SESSION_WRAP: &[u8] = b"solace/session/wrap-key/v1";
const LABEL_ACCOUNT_NAME: &[u8] = b"solace/account-name/v1\0";
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
    #[error("a passphrase needs at least {min_chars} characters")]
    PassphraseTooShort { min_chars: usize },
    #[error("a record could not be opened: it was changed, moved or damaged")]
    RecordCorrupt,
    #[error("a record is larger than {MAX_RECORD_BYTES} bytes")]
    RecordTooLarge,
    #[error("the session has ended or is not valid")]
    SessionInvalid,
    #[error("the vault header is damaged or of an unknown format: {0}")]
    HeaderCorrupt(&'static str),
    #[error("key derivation parameters are out of range: {0}")]
    KdfParams(&'static str),
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

    /// Refuses a passphrase shorter than [`MIN_PASSPHRASE_CHARS`] characters.
    pub fn check_new(&self) -> Result<(), VaultError> {
        if self.0.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(VaultError::PassphraseTooShort {
                min_chars: MIN_PASSPHRASE_CHARS,
            });
        }
        Ok(())
    }

    /// A second copy, for moving into a blocking task. Both copies are zeroized on drop.
    pub(crate) fn duplicate(&self) -> Self {
        Self(Zeroizing::new(self.0.as_str().to_owned()))
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

// ---------------------------------------------------------------------------------------------
// Key derivation
// ---------------------------------------------------------------------------------------------

/// The key-derivation function named in a vault header. Only Argon2id (version 0x13) today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KdfAlgorithm {
    Argon2id,
}

/// Argon2id cost parameters, stored in each key slot so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    pub algorithm: KdfAlgorithm,
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl KdfParams {
    /// OWASP's first Argon2id recommendation: 19 MiB, 2 passes, 1 lane. Also the floor: weaker
    /// parameters are refused, both for new vaults and in stored headers.
    pub const DEFAULT: Self = Self {
        algorithm: KdfAlgorithm::Argon2id,
        memory_kib: 19_456,
        iterations: 2,
        parallelism: 1,
    };
    /// Ceilings that keep a damaged or hostile header from exhausting memory or time.
    pub const MAX_MEMORY_KIB: u32 = 4 * 1024 * 1024;
    pub const MAX_ITERATIONS: u32 = 64;
    pub const MAX_PARALLELISM: u32 = 16;

    /// Refuses parameters below [`KdfParams::DEFAULT`] or above the ceilings.
    pub fn validate(&self) -> Result<(), VaultError> {
        let floor = Self::DEFAULT;
        if self.memory_kib < floor.memory_kib || self.memory_kib > Self::MAX_MEMORY_KIB {
            return Err(VaultError::KdfParams("memory"));
        }
        if self.iterations < floor.iterations || self.iterations > Self::MAX_ITERATIONS {
            return Err(VaultError::KdfParams("iterations"));
        }
        if self.parallelism < floor.parallelism || self.parallelism > Self::MAX_PARALLELISM {
            return Err(VaultError::KdfParams("parallelism"));
        }
        Ok(())
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

fn derive_key(
    secret: &[u8],
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<WrappingKey, VaultError> {
    params.validate()?;
    let KdfAlgorithm::Argon2id = params.algorithm;
    let argon_params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(KEY_LEN),
    )
    .map_err(|_| VaultError::KdfParams("rejected by Argon2"))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = WrappingKey([0u8; KEY_LEN]);
    argon
        .hash_password_into(secret, salt, &mut key.0)
        .map_err(|_| VaultError::KdfParams("rejected by Argon2"))?;
    Ok(key)
}

/// Runs one Argon2id derivation at `params` and throws the result away. Used when an account
/// does not exist, so that "no such account" takes as long as "wrong passphrase".
pub fn burn_derivation(passphrase: &Passphrase, params: KdfParams) -> Result<(), VaultError> {
    derive_key(passphrase.0.as_bytes(), &[0u8; SALT_LEN], params).map(drop)
}

fn keyed_blake2b(key: &[u8], label: &[u8]) -> [u8; KEY_LEN] {
    let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("a 32-byte key is within BLAKE2b's 64-byte limit"));
    mac.update(label);
    mac.finalize().into_bytes().into()
}

// ---------------------------------------------------------------------------------------------
// AEAD
// ---------------------------------------------------------------------------------------------

fn aad(label: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::with_capacity(label.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    out.extend_from_slice(label);
    for part in parts {
        out.extend_from_slice(part);
    }
    out
}

fn seal(
    key: &[u8; KEY_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<([u8; NONCE_LEN], Vec<u8>), VaultError> {
    let nonce: [u8; NONCE_LEN] = random_array()?;
    let cipher = XChaCha20Poly1305::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("XChaCha20-Poly1305 keys are 32 bytes"));
    let ciphertext = cipher
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| VaultError::RecordTooLarge)?;
    Ok((nonce, ciphertext))
}

/// `None` when the tag does not verify: wrong key, wrong associated data, or changed bytes.
fn open(
    key: &[u8; KEY_LEN],
    aad: &[u8],
    nonce: &[u8; NONCE_LEN],
    ciphertext: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    let cipher = XChaCha20Poly1305::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("XChaCha20-Poly1305 keys are 32 bytes"));
    cipher
        .decrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

fn unwrap_key(
    kek: &WrappingKey,
    aad: &[u8],
    nonce: &[u8; NONCE_LEN],
    wrapped: &[u8],
) -> Option<DataKey> {
    let plain = open(&kek.0, aad, nonce, wrapped)?;
    let bytes: [u8; KEY_LEN] = plain.as_slice().try_into().ok()?;
    Some(DataKey(bytes))
}

// ---------------------------------------------------------------------------------------------
// The vault header
// ---------------------------------------------------------------------------------------------

/// One wrapped copy of the data key: the KDF that made the wrapping key, its salt, and the
/// XChaCha20-Poly1305 nonce and ciphertext (32-byte key + 16-byte tag).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySlot {
    pub kdf: KdfParams,
    #[serde(with = "hex::array")]
    pub salt: [u8; SALT_LEN],
    #[serde(with = "hex::array")]
    pub nonce: [u8; NONCE_LEN],
    #[serde(with = "hex::vec")]
    pub wrapped_key: Vec<u8>,
}

/// Everything needed to unwrap a vault's data key, given the passphrase or the recovery code.
/// Not secret (it holds only salts, parameters and ciphertext); stored as JSON bytes by the
/// backends, which never look inside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultHeader {
    pub format: u32,
    #[serde(with = "hex::array")]
    pub vault_id: [u8; 16],
    pub passphrase: KeySlot,
    pub recovery: KeySlot,
}

impl VaultHeader {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_else(|_| unreachable!("a header always serialises"))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, VaultError> {
        let header: Self = serde_json::from_slice(bytes)
            .map_err(|_| VaultError::HeaderCorrupt("not a vault header"))?;
        if header.format != VAULT_FORMAT_V1 {
            return Err(VaultError::HeaderCorrupt("unknown vault format"));
        }
        for slot in [&header.passphrase, &header.recovery] {
            slot.kdf.validate()?;
            if slot.wrapped_key.len() != KEY_LEN + TAG_LEN {
                return Err(VaultError::HeaderCorrupt("wrapped key length"));
            }
        }
        Ok(header)
    }

    fn slot_aad(&self, label: &[u8]) -> Vec<u8> {
        aad(label, &[&self.vault_id])
    }
}

fn make_slot(
    secret: &[u8],
    key: &DataKey,
    params: KdfParams,
    aad: &[u8],
) -> Result<KeySlot, VaultError> {
    let salt: [u8; SALT_LEN] = random_array()?;
    let kek = derive_key(secret, &salt, params)?;
    let (nonce, wrapped_key) = seal(&kek.0, aad, &key.0)?;
    Ok(KeySlot {
        kdf: params,
        salt,
        nonce,
        wrapped_key,
    })
}

fn open_slot(secret: &[u8], slot: &KeySlot, aad: &[u8]) -> Result<Option<DataKey>, VaultError> {
    let kek = derive_key(secret, &slot.salt, slot.kdf)?;
    Ok(unwrap_key(&kek, aad, &slot.nonce, &slot.wrapped_key))
}

/// A new vault: its header to store, the recovery code to show once, and the data key.
#[derive(Debug)]
pub struct NewVault {
    pub header: VaultHeader,
    pub recovery_code: RecoveryCode,
    pub key: DataKey,
}

/// Creates a vault: a random data key wrapped under the passphrase and under a new recovery code.
/// Refuses a passphrase shorter than [`MIN_PASSPHRASE_CHARS`].
pub fn create_vault(passphrase: &Passphrase, params: KdfParams) -> Result<NewVault, VaultError> {
    passphrase.check_new()?;
    params.validate()?;
    let key = DataKey::generate()?;
    let recovery_code = RecoveryCode::generate()?;
    let vault_id: [u8; 16] = random_array()?;
    let mut header = VaultHeader {
        format: VAULT_FORMAT_V1,
        vault_id,
        passphrase: KeySlot {
            kdf: params,
            salt: [0; SALT_LEN],
            nonce: [0; NONCE_LEN],
            wrapped_key: Vec::new(),
        },
        recovery: KeySlot {
            kdf: params,
            salt: [0; SALT_LEN],
            nonce: [0; NONCE_LEN],
            wrapped_key: Vec::new(),
        },
    };
    header.passphrase = make_slot(
        passphrase.0.as_bytes(),
        &key,
        params,
        &header.slot_aad(AAD_PASSPHRASE_SLOT),
    )?;
    header.recovery = make_slot(
        recovery_code.0.as_bytes(),
        &key,
        params,
        &header.slot_aad(AAD_RECOVERY_SLOT),
    )?;
    Ok(NewVault {
        header,
        recovery_code,
        key,
    })
}

/// Unwraps the data key with the passphrase. `WrongPassphrase` if it does not open.
pub fn unlock_with_passphrase(
    header: &VaultHeader,
    passphrase: &Passphrase,
) -> Result<DataKey, VaultError> {
    open_slot(
        passphrase.0.as_bytes(),
        &header.passphrase,
        &header.slot_aad(AAD_PASSPHRASE_SLOT),
    )?
    .ok_or(VaultError::WrongPassphrase)
}

/// Unwraps the data key with the recovery code. `WrongRecoveryCode` if it does not open.
pub fn unlock_with_recovery_code(
    header: &VaultHeader,
    code: &RecoveryCode,
) -> Result<DataKey, VaultError> {
    open_slot(
        code.0.as_bytes(),
        &header.recovery,
        &header.slot_aad(AAD_RECOVERY_SLOT),
    )?
    .ok_or(VaultError::WrongRecoveryCode)
}

/// A copy of `header` whose passphrase slot wraps `key` under `new_passphrase` (fresh salt and
/// nonce, parameters `params`). The records are untouched: they stay sealed under the same key.
pub fn rewrap_passphrase(
    header: &VaultHeader,
    key: &DataKey,
    new_passphrase: &Passphrase,
    params: KdfParams,
) -> Result<VaultHeader, VaultError> {
    new_passphrase.check_new()?;
    let mut next = header.clone();
    next.passphrase = make_slot(
        new_passphrase.0.as_bytes(),
        key,
        params,
        &header.slot_aad(AAD_PASSPHRASE_SLOT),
    )?;
    Ok(next)
}

/// A copy of `header` whose recovery slot wraps `key` under a new recovery code, returned to be
/// shown once. The old code stops working once the new header is stored.
pub fn rewrap_recovery(
    header: &VaultHeader,
    key: &DataKey,
    params: KdfParams,
) -> Result<(VaultHeader, RecoveryCode), VaultError> {
    let code = RecoveryCode::generate()?;
    let mut next = header.clone();
    next.recovery = make_slot(
        code.0.as_bytes(),
        key,
        params,
        &header.slot_aad(AAD_RECOVERY_SLOT),
    )?;
    Ok((next, code))
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/// A sealed record as a backend stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: [u8; NONCE_LEN],
    pub ciphertext: Vec<u8>,
}

/// Pads `plain` as `len (u32, little-endian) || plain || zeros` up to a multiple of [`PAD_BLOCK`].
fn pad(plain: &[u8]) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    if plain.len() > MAX_RECORD_BYTES {
        return Err(VaultError::RecordTooLarge);
    }
    let len = u32::try_from(plain.len()).map_err(|_| VaultError::RecordTooLarge)?;
    let total = (4 + plain.len()).div_ceil(PAD_BLOCK) * PAD_BLOCK;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(plain);
    out.resize(total, 0);
    Ok(out)
}

fn unpad(padded: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let (len_bytes, rest) = padded.split_first_chunk::<4>()?;
    let len = usize::try_from(u32::from_le_bytes(*len_bytes)).ok()?;
    let (body, padding) = (rest.get(..len)?, rest.get(len..)?);
    if !padded.len().is_multiple_of(PAD_BLOCK) || padding.iter().any(|&b| b != 0) {
        return None;
    }
    Some(Zeroizing::new(body.to_vec()))
}

fn record_aad(user: UserId, id: RecordId) -> Vec<u8> {
    aad(AAD_RECORD_V1, &[user.as_bytes(), id.as_bytes()])
}

/// Pads and seals one record's plaintext (its JSON) for `user` and `id`, with a fresh nonce.
/// Written with format [`RECORD_FORMAT_V1`].
pub fn seal_record(
    key: &DataKey,
    user: UserId,
    id: RecordId,
    plaintext: &[u8],
) -> Result<Sealed, VaultError> {
    let padded = pad(plaintext)?;
    let (nonce, ciphertext) = seal(&key.0, &record_aad(user, id), &padded)?;
    Ok(Sealed { nonce, ciphertext })
}

/// Opens a record sealed by [`seal_record`] for the same user and id. `RecordCorrupt` if the
/// bytes were changed, the row was moved to another id or user, or the format is unknown.
pub fn open_record(
    key: &DataKey,
    user: UserId,
    id: RecordId,
    format: i32,
    sealed: &Sealed,
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    if format != RECORD_FORMAT_V1 {
        return Err(VaultError::RecordCorrupt);
    }
    let padded = open(
        &key.0,
        &record_aad(user, id),
        &sealed.nonce,
        &sealed.ciphertext,
    )
    .ok_or(VaultError::RecordCorrupt)?;
    unpad(&padded).ok_or(VaultError::RecordCorrupt)
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

/// What the database stores to find a session: a keyed BLAKE2b-256 of the session secret. It
/// cannot be turned back into the secret, and the secret is needed to unwrap the data key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionLookup(pub [u8; KEY_LEN]);

impl fmt::Debug for SessionLookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not secret, but a session handle all the same: keep it out of logs.
        f.write_str("SessionLookup(..)")
    }
}

/// The session's row key.
pub fn session_lookup(secret: &SessionSecret) -> SessionLookup {
    SessionLookup(keyed_blake2b(&secret.0, LABEL_SESSION_LOOKUP))
}

fn session_wrapping_key(secret: &SessionSecret) -> WrappingKey {
    WrappingKey(keyed_blake2b(&secret.0, LABEL_SESSION_WRAP))
}

fn session_aad(user: UserId, lookup: &SessionLookup) -> Vec<u8> {
    aad(AAD_SESSION, &[user.as_bytes(), &lookup.0])
}

/// Wraps the data key under a key derived from the session secret, bound to `user` and the
/// session's lookup key.
pub fn wrap_for_session(
    key: &DataKey,
    secret: &SessionSecret,
    user: UserId,
) -> Result<Sealed, VaultError> {
    let lookup = session_lookup(secret);
    let kek = session_wrapping_key(secret);
    let (nonce, ciphertext) = seal(&kek.0, &session_aad(user, &lookup), &key.0)?;
    Ok(Sealed { nonce, ciphertext })
}

/// Unwraps a session's data key. `SessionInvalid` if the secret, user or bytes do not match.
pub fn unwrap_session(
    wrapped: &Sealed,
    secret: &SessionSecret,
    user: UserId,
) -> Result<DataKey, VaultError> {
    let lookup = session_lookup(secret);
    let kek = session_wrapping_key(secret);
    unwrap_key(
        &kek,
        &session_aad(user, &lookup),
        &wrapped.nonce,
        &wrapped.ciphertext,
    )
    .ok_or(VaultError::SessionInvalid)
}

// ---------------------------------------------------------------------------------------------
// Account names
// ---------------------------------------------------------------------------------------------

/// How an account name is stored: BLAKE2b-256 of the trimmed, lower-cased name. A database dump
/// then holds no list of names; anyone who can guess a name can still test it (see SECURITY.md).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameHash(pub [u8; KEY_LEN]);

impl fmt::Debug for NameHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NameHash(..)")
    }
}

pub fn account_name_hash(name: &str) -> NameHash {
    let normalised = Zeroizing::new(name.trim().to_lowercase());
    let mut hasher = Blake2b::<U32>::new();
    Digest::update(&mut hasher, LABEL_ACCOUNT_NAME);
    Digest::update(&mut hasher, normalised.as_bytes());
    NameHash(hasher.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(text: &str) -> Passphrase {
        Passphrase::new(text.to_owned())
    }

    fn user(n: u8) -> UserId {
        UserId::from_bytes([n; 16])
    }

    fn rid(n: u8) -> RecordId {
        RecordId::from_bytes([n; 16])
    }

    #[test]
    fn passphrase_opens_and_a_wrong_one_does_not() {
        let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
        let key = unlock_with_passphrase(&vault.header, &pass("correct horse")).unwrap();
        assert_eq!(key.0, vault.key.0);
        assert_eq!(
            unlock_with_passphrase(&vault.header, &pass("correct horsE")).unwrap_err(),
            VaultError::WrongPassphrase
        );
    }

    #[test]
    fn recovery_code_opens_as_typed_loosely() {
        let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
        let shown = vault.recovery_code.reveal();
        assert_eq!(shown.len(), 29);
        assert_eq!(shown.matches('-').count(), 4);
        let typed = format!("  {} ", shown.to_lowercase().replace('-', " "));
        let key = unlock_with_recovery_code(&vault.header, &RecoveryCode::parse(&typed).unwrap())
            .unwrap();
        assert_eq!(key.0, vault.key.0);
        let other = RecoveryCode::generate().unwrap();
        assert_eq!(
            unlock_with_recovery_code(&vault.header, &other).unwrap_err(),
            VaultError::WrongRecoveryCode
        );
        // The passphrase slot does not accept the recovery code and vice versa.
        assert!(unlock_with_passphrase(&vault.header, &pass(&shown)).is_err());
    }

    #[test]
    fn recovery_code_parsing_reads_lookalikes_and_refuses_junk() {
        let a = RecoveryCode::parse("OIL00-11111-22222-33333-44444").unwrap();
        assert_eq!(a.0.as_str(), "0110011111222223333344444");
        assert_eq!(
            RecoveryCode::parse("ABCDE").unwrap_err(),
            VaultError::MalformedRecoveryCode
        );
        assert!(RecoveryCode::parse("UUUUU-11111-22222-33333-44444").is_err());
        assert!(RecoveryCode::parse("ÄBCDE-11111-22222-33333-44444").is_err());
        assert!(RecoveryCode::parse("ABCDE-11111-22222-33333-444444").is_err());
    }

    #[test]
    fn short_passphrases_are_refused_for_new_vaults_only() {
        assert_eq!(
            create_vault(&pass("1234567"), KdfParams::DEFAULT).unwrap_err(),
            VaultError::PassphraseTooShort {
                min_chars: MIN_PASSPHRASE_CHARS
            }
        );
        // Eight characters, counted as characters not bytes.
        assert!(pass("ééééééé").check_new().is_err());
        assert!(pass("éééééééé").check_new().is_ok());
    }

    #[test]
    fn rewrapping_keeps_the_data_key_and_drops_the_old_passphrase() {
        let vault = create_vault(&pass("first passphrase"), KdfParams::DEFAULT).unwrap();
        let next = rewrap_passphrase(
            &vault.header,
            &vault.key,
            &pass("second passphrase"),
            KdfParams::DEFAULT,
        )
        .unwrap();
        assert_eq!(next.vault_id, vault.header.vault_id);
        assert_eq!(next.recovery, vault.header.recovery);
        assert_eq!(
            unlock_with_passphrase(&next, &pass("second passphrase"))
                .unwrap()
                .0,
            vault.key.0
        );
        assert!(unlock_with_passphrase(&next, &pass("first passphrase")).is_err());
        let (third, code) = rewrap_recovery(&next, &vault.key, KdfParams::DEFAULT).unwrap();
        assert_eq!(
            unlock_with_recovery_code(&third, &code).unwrap().0,
            vault.key.0
        );
        assert!(unlock_with_recovery_code(&third, &vault.recovery_code).is_err());
    }

    #[test]
    fn a_slot_moved_to_another_vault_does_not_open() {
        let a = create_vault(&pass("same passphrase"), KdfParams::DEFAULT).unwrap();
        let mut b = create_vault(&pass("same passphrase"), KdfParams::DEFAULT)
            .unwrap()
            .header;
        b.passphrase = a.header.passphrase.clone();
        assert_eq!(
            unlock_with_passphrase(&b, &pass("same passphrase")).unwrap_err(),
            VaultError::WrongPassphrase
        );
    }

    #[test]
    fn header_round_trips_and_refuses_damage() {
        let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
        let bytes = vault.header.to_bytes();
        assert_eq!(VaultHeader::from_bytes(&bytes).unwrap(), vault.header);
        assert!(VaultHeader::from_bytes(b"{}").is_err());
        assert!(VaultHeader::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut weak = vault.header.clone();
        weak.passphrase.kdf.memory_kib = 8;
        assert_eq!(
            VaultHeader::from_bytes(&weak.to_bytes()).unwrap_err(),
            VaultError::KdfParams("memory")
        );
        let mut huge = vault.header.clone();
        huge.recovery.kdf.memory_kib = u32::MAX;
        assert!(VaultHeader::from_bytes(&huge.to_bytes()).is_err());
        let mut future = vault.header.clone();
        future.format = 2;
        assert!(VaultHeader::from_bytes(&future.to_bytes()).is_err());
    }

    #[test]
    fn raised_parameters_are_stored_and_used() {
        let stronger = KdfParams {
            memory_kib: 32_768,
            iterations: 3,
            ..KdfParams::DEFAULT
        };
        let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
        let next =
            rewrap_passphrase(&vault.header, &vault.key, &pass("correct horse"), stronger).unwrap();
        assert_eq!(next.passphrase.kdf, stronger);
        let parsed = VaultHeader::from_bytes(&next.to_bytes()).unwrap();
        assert!(unlock_with_passphrase(&parsed, &pass("correct horse")).is_ok());
    }

    #[test]
    fn records_open_only_under_their_own_user_and_id() {
        let key = DataKey::generate().unwrap();
        let sealed = seal_record(&key, user(1), rid(1), br#"{"kind":"note"}"#).unwrap();
        let plain = open_record(&key, user(1), rid(1), RECORD_FORMAT_V1, &sealed).unwrap();
        assert_eq!(plain.as_slice(), br#"{"kind":"note"}"#);
        let fail = |u, r, f, s: &Sealed| open_record(&key, u, r, f, s).unwrap_err();
        assert_eq!(
            fail(user(2), rid(1), RECORD_FORMAT_V1, &sealed),
            VaultError::RecordCorrupt
        );
        assert_eq!(
            fail(user(1), rid(2), RECORD_FORMAT_V1, &sealed),
            VaultError::RecordCorrupt
        );
        assert_eq!(fail(user(1), rid(1), 2, &sealed), VaultError::RecordCorrupt);
        let mut flipped = sealed.clone();
        flipped.ciphertext[7] ^= 1;
        assert_eq!(
            fail(user(1), rid(1), RECORD_FORMAT_V1, &flipped),
            VaultError::RecordCorrupt
        );
        let mut renonced = sealed.clone();
        renonced.nonce[0] ^= 1;
        assert_eq!(
            fail(user(1), rid(1), RECORD_FORMAT_V1, &renonced),
            VaultError::RecordCorrupt
        );
        let other_key = DataKey::generate().unwrap();
        assert!(open_record(&other_key, user(1), rid(1), RECORD_FORMAT_V1, &sealed).is_err());
    }

    #[test]
    fn every_seal_uses_a_fresh_nonce() {
        let key = DataKey::generate().unwrap();
        let a = seal_record(&key, user(1), rid(1), b"same").unwrap();
        let b = seal_record(&key, user(1), rid(1), b"same").unwrap();
        assert_ne!(a.nonce, b.nonce);
        assert_ne!(a.ciphertext, b.ciphertext);
    }

    #[test]
    fn padding_hides_lengths_up_to_the_block() {
        let key = DataKey::generate().unwrap();
        let lens: Vec<usize> = [0usize, 1, 100, 252]
            .iter()
            .map(|&n| {
                seal_record(&key, user(1), rid(1), &vec![b'x'; n])
                    .unwrap()
                    .ciphertext
                    .len()
            })
            .collect();
        assert_eq!(lens, vec![PAD_BLOCK + TAG_LEN; 4]);
        assert_eq!(
            seal_record(&key, user(1), rid(1), &[b'x'; 253])
                .unwrap()
                .ciphertext
                .len(),
            2 * PAD_BLOCK + TAG_LEN
        );
        assert!(unpad(&[0u8; 3]).is_none());
        let mut bad = pad(b"abc").unwrap();
        bad[10] = 1; // non-zero padding
        assert!(unpad(&bad).is_none());
        let mut long = pad(b"abc").unwrap();
        long[0] = 255; // length beyond the buffer
        assert!(unpad(&long).is_none());
        assert_eq!(
            pad(&vec![0; MAX_RECORD_BYTES + 1]).unwrap_err(),
            VaultError::RecordTooLarge
        );
    }

    #[test]
    fn sessions_need_the_secret_and_the_right_user() {
        let key = DataKey::generate().unwrap();
        let secret = SessionSecret::generate().unwrap();
        let wrapped = wrap_for_session(&key, &secret, user(1)).unwrap();
        assert_eq!(unwrap_session(&wrapped, &secret, user(1)).unwrap().0, key.0);
        assert_eq!(
            unwrap_session(&wrapped, &secret, user(2)).unwrap_err(),
            VaultError::SessionInvalid
        );
        let other = SessionSecret::generate().unwrap();
        assert!(unwrap_session(&wrapped, &other, user(1)).is_err());
        // The stored lookup is neither the secret nor the wrapping key.
        let lookup = session_lookup(&secret);
        assert_ne!(lookup.0, secret.0);
        assert_ne!(lookup.0, session_wrapping_key(&secret).0);
        assert_eq!(
            lookup,
            session_lookup(&SessionSecret::from_cookie_value(&secret.to_cookie_value()).unwrap())
        );
    }

    #[test]
    fn cookie_values_are_strict() {
        let secret = SessionSecret::generate().unwrap();
        let value = secret.to_cookie_value();
        assert_eq!(value.len(), 64);
        assert!(SessionSecret::from_cookie_value(&value[..63]).is_err());
        assert!(SessionSecret::from_cookie_value(&format!("{}z", &value[..63])).is_err());
        assert!(SessionSecret::from_cookie_value("").is_err());
    }

    #[test]
    fn secrets_never_print() {
        let vault = create_vault(&pass("do not print me"), KdfParams::DEFAULT).unwrap();
        let secret = SessionSecret::generate().unwrap();
        let printed = format!(
            "{:?} {:?} {:?} {:?} {:?}",
            pass("do not print me"),
            vault.key,
            vault.recovery_code,
            secret,
            vault
        );
        assert!(!printed.contains("do not print me"));
        assert!(!printed.contains(vault.recovery_code.0.as_str()));
        assert!(!printed.contains(secret.to_cookie_value().as_str()));
        assert!(!printed.contains(&hex::encode(&vault.key.0)));
        assert!(printed.contains("redacted"));
    }

    #[test]
    fn account_names_are_hashed_after_trimming_and_lowercasing() {
        assert_eq!(account_name_hash("  Alex "), account_name_hash("alex"));
        assert_ne!(account_name_hash("alex"), account_name_hash("alexa"));
        assert_ne!(account_name_hash("alex").0[..4], *b"alex");
    }

    #[test]
    fn weak_parameters_are_refused() {
        let weak = KdfParams {
            iterations: 1,
            ..KdfParams::DEFAULT
        };
        assert_eq!(
            create_vault(&pass("correct horse"), weak).unwrap_err(),
            VaultError::KdfParams("iterations")
        );
    }
}
