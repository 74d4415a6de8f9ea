//! Account names: stored only as a hash of the trimmed, lower-cased name.
//!
//! Hosted mode keys the hash with the server secret ([`keyed_account_name_hash`]), so a copy of
//! the database plus a list of e-mail addresses confirms nobody's account: without the secret
//! file nothing can be tested offline. Local mode has one account named `local` (no secret to
//! protect, and its server secret changes at every start), so it keeps the unkeyed
//! [`account_name_hash`]; hosted mode also uses that one to find rows written before names were
//! keyed, and rewrites them on the spot (see `Diary::find_account`).

use std::fmt;

use blake2::Blake2b;
use blake2::digest::Digest;
use blake2::digest::consts::U32;
use zeroize::Zeroizing;

use super::kdf::keyed_blake2b;
use super::{KEY_LEN, LABEL_ACCOUNT_NAME, LABEL_ACCOUNT_NAME_KEYED, ServerSecret};

/// How an account name is stored: a 32-byte hash of the trimmed, lower-cased name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameHash(pub [u8; KEY_LEN]);

impl fmt::Debug for NameHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NameHash(..)")
    }
}

fn normalise(name: &str) -> Zeroizing<String> {
    Zeroizing::new(name.trim().to_lowercase())
}

/// The unkeyed BLAKE2b-256 of the normalised name: local mode, and rows from before keying.
/// Anyone who can guess a name can test it against a dump.
pub fn account_name_hash(name: &str) -> NameHash {
    let normalised = normalise(name);
    let mut hasher = Blake2b::<U32>::new();
    Digest::update(&mut hasher, LABEL_ACCOUNT_NAME);
    Digest::update(&mut hasher, normalised.as_bytes());
    NameHash(hasher.finalize().into())
}

/// BLAKE2b-256 of the normalised name keyed with the server secret (hosted mode).
pub fn keyed_account_name_hash(server: &ServerSecret, name: &str) -> NameHash {
    let normalised = normalise(name);
    NameHash(keyed_blake2b(
        &server.0,
        &[LABEL_ACCOUNT_NAME_KEYED, normalised.as_bytes()],
    ))
}
