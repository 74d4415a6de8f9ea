//! Key derivation: Argon2id from a passphrase or recovery code (parameters stored beside the
//! salt), and keyed BLAKE2b for session and lookup keys.

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::Blake2bMac;
use blake2::digest::Mac;
use blake2::digest::consts::U32;
use serde::{Deserialize, Serialize};

use super::{KEY_LEN, Passphrase, SALT_LEN, VaultError, WrappingKey};

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

pub(super) fn derive_key(
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

pub(super) fn keyed_blake2b(key: &[u8], label: &[u8]) -> [u8; KEY_LEN] {
    let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("a 32-byte key is within BLAKE2b's 64-byte limit"));
    mac.update(label);
    mac.finalize().into_bytes().into()
}
