//! Sessions: the lookup hash the database stores, and the data key wrapped under a key only the
//! cookie's secret can derive.

use std::fmt;

use crate::ids::UserId;

use super::aead::{aad, seal, unwrap_key};
use super::kdf::keyed_blake2b;
use super::records::Sealed;
use super::{
    AAD_SESSION, DataKey, KEY_LEN, LABEL_SESSION_LOOKUP, LABEL_SESSION_WRAP, SessionSecret,
    VaultError, WrappingKey,
};

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

pub(super) fn session_wrapping_key(secret: &SessionSecret) -> WrappingKey {
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
