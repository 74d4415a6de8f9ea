//! The vault header: the data key wrapped under the passphrase and under the recovery code, and
//! creating, unlocking and rewrapping a vault.

use serde::{Deserialize, Serialize};

use crate::hex;

use super::aead::{aad, seal, unwrap_key};
use super::kdf::{KdfParams, derive_key};
use super::{
    AAD_PASSPHRASE_SLOT, AAD_RECOVERY_SLOT, DataKey, KEY_LEN, NONCE_LEN, Passphrase, RecoveryCode,
    SALT_LEN, TAG_LEN, VAULT_FORMAT_V1, VaultError, random_array,
};

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

    /// Reads a stored header. Refuses an unknown format, a damaged slot, key-derivation
    /// parameters below [`KdfParams::LEGACY_FLOOR`], and parameters above the ceilings
    /// ([`VaultError::KdfTooCostly`], before any derivation is tried).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, VaultError> {
        Self::parse(bytes, false)
    }

    /// As [`VaultHeader::from_bytes`], also accepting
    /// [`KdfParams::INSECURE_FAST_FOR_TESTS`] (only a diary configured for tests asks this).
    #[doc(hidden)]
    pub fn from_bytes_allowing_test_kdf(bytes: &[u8]) -> Result<Self, VaultError> {
        Self::parse(bytes, true)
    }

    fn parse(bytes: &[u8], allow_test: bool) -> Result<Self, VaultError> {
        let header: Self = serde_json::from_slice(bytes)
            .map_err(|_| VaultError::HeaderCorrupt("not a vault header"))?;
        if header.format != VAULT_FORMAT_V1 {
            return Err(VaultError::HeaderCorrupt("unknown vault format"));
        }
        for slot in [&header.passphrase, &header.recovery] {
            slot.kdf.validate_stored(allow_test)?;
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
/// Refuses a passphrase that [`Passphrase::check_new`] refuses and parameters below
/// [`KdfParams::FLOOR`].
///
/// Also what re-keying uses (passphrase change, recovery): a new vault id, a new data key and a
/// new recovery code, so nothing of the old header opens anything written afterwards.
pub fn create_vault(passphrase: &Passphrase, params: KdfParams) -> Result<NewVault, VaultError> {
    passphrase.check_new()?;
    params.validate_new()?;
    create_vault_unchecked(passphrase, params)
}

/// [`create_vault`] at [`KdfParams::INSECURE_FAST_FOR_TESTS`] (tests only).
#[doc(hidden)]
pub fn create_vault_for_tests(passphrase: &Passphrase) -> Result<NewVault, VaultError> {
    passphrase.check_new()?;
    create_vault_unchecked(passphrase, KdfParams::INSECURE_FAST_FOR_TESTS)
}

fn create_vault_unchecked(
    passphrase: &Passphrase,
    params: KdfParams,
) -> Result<NewVault, VaultError> {
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
/// Used to raise an older slot's parameters on unlock, so the passphrase is not checked against
/// today's rules (it was accepted when it was set).
pub fn rewrap_passphrase(
    header: &VaultHeader,
    key: &DataKey,
    new_passphrase: &Passphrase,
    params: KdfParams,
) -> Result<VaultHeader, VaultError> {
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
