//! Account names: stored only as a hash of the trimmed, lower-cased name.

use std::fmt;

use blake2::Blake2b;
use blake2::digest::Digest;
use blake2::digest::consts::U32;
use zeroize::Zeroizing;

use super::{KEY_LEN, LABEL_ACCOUNT_NAME};

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
