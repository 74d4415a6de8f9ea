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
    /// The floor for new key slots: Argon2id at 64 MiB and 3 passes (one lane). A diary file or
    /// backup can be attacked offline, so this is well above the 19 MiB / 2 passes that is the
    /// floor for server-side password hashing. New slots below it are refused.
    pub const FLOOR: Self = Self {
        algorithm: KdfAlgorithm::Argon2id,
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };
    /// What vaults made before the floor was raised hold (19 MiB, 2 passes). Stored slots down to
    /// this still open, and are raised to the configured parameters on the next unlock.
    pub const LEGACY_FLOOR: Self = Self {
        algorithm: KdfAlgorithm::Argon2id,
        memory_kib: 19_456,
        iterations: 2,
        parallelism: 1,
    };
    /// Ceilings that keep a damaged or hostile header or backup from exhausting memory or time
    /// (a header could ask for 4 GiB and 64 passes). 8 times the floor's memory, 16 passes.
    pub const MAX_MEMORY_KIB: u32 = 512 * 1024;
    pub const MAX_ITERATIONS: u32 = 16;
    pub const MAX_PARALLELISM: u32 = 16;
    /// Lanes used for new slots at most (more lanes than cores only costs time).
    pub const MAX_LANES_CHOSEN: u32 = 4;

    /// The parameters Solace uses for new slots on this machine: the floor's memory and passes,
    /// with one lane per core up to [`KdfParams::MAX_LANES_CHOSEN`]. The lanes are stored in
    /// the header, so a vault made here opens on any machine.
    pub fn recommended() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self {
            parallelism: u32::try_from(cores)
                .unwrap_or(1)
                .clamp(1, Self::MAX_LANES_CHOSEN),
            ..Self::FLOOR
        }
    }

    /// Cheap parameters for tests that derive keys often. Refused by [`KdfParams::validate_new`]
    /// and by every stored-header check: only a vault made with
    /// [`crate::DiaryConfig::insecure_fast_kdf_for_tests`] accepts them.
    #[doc(hidden)]
    pub const INSECURE_FAST_FOR_TESTS: Self = Self {
        algorithm: KdfAlgorithm::Argon2id,
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };

    /// Refuses parameters above the ceilings: what a stored header or a backup may ask for.
    /// The error names what was asked and the limit.
    pub fn check_ceiling(&self) -> Result<(), VaultError> {
        for (what, asked, max) in [
            ("KiB of memory", self.memory_kib, Self::MAX_MEMORY_KIB),
            ("passes", self.iterations, Self::MAX_ITERATIONS),
            ("lanes", self.parallelism, Self::MAX_PARALLELISM),
        ] {
            if asked > max {
                return Err(VaultError::KdfTooCostly { what, asked, max });
            }
        }
        Ok(())
    }

    /// For slots read from a header or backup: at least [`KdfParams::LEGACY_FLOOR`] (or the
    /// test parameters when `allow_test` is set), at most the ceilings.
    pub fn validate_stored(&self, allow_test: bool) -> Result<(), VaultError> {
        self.check_ceiling()?;
        if allow_test && *self == Self::INSECURE_FAST_FOR_TESTS {
            return Ok(());
        }
        self.check_floor(Self::LEGACY_FLOOR)
    }

    /// For new slots: at least [`KdfParams::FLOOR`], at most the ceilings.
    pub fn validate_new(&self) -> Result<(), VaultError> {
        self.check_ceiling()?;
        self.check_floor(Self::FLOOR)
    }

    fn check_floor(&self, floor: Self) -> Result<(), VaultError> {
        if self.memory_kib < floor.memory_kib {
            return Err(VaultError::KdfParams("memory"));
        }
        if self.iterations < floor.iterations {
            return Err(VaultError::KdfParams("iterations"));
        }
        if self.parallelism < floor.parallelism {
            return Err(VaultError::KdfParams("parallelism"));
        }
        Ok(())
    }

    /// Whether a slot made with `self` is weaker than `target` (less memory or fewer passes),
    /// so it should be raised when next opened. Lanes do not count.
    pub fn weaker_than(&self, target: &Self) -> bool {
        self.memory_kib < target.memory_kib || self.iterations < target.iterations
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::recommended()
    }
}

pub(super) fn derive_key(
    secret: &[u8],
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<WrappingKey, VaultError> {
    // Never derive above the ceilings, whatever the caller checked.
    params.check_ceiling()?;
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

/// BLAKE2b-256 keyed with `key` (at most 64 bytes) over the concatenated `parts`.
pub(super) fn keyed_blake2b(key: &[u8], parts: &[&[u8]]) -> [u8; KEY_LEN] {
    let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("a 32-byte key is within BLAKE2b's 64-byte limit"));
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}
