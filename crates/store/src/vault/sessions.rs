//! Sessions: the lookup hash the database stores, and the data key wrapped under a key that
//! needs both the cookie's secret and the server secret.
//!
//! Both keys are keyed BLAKE2b-256 with the **server secret** as the key, over a label and the
//! cookie's secret. The server secret never reaches the database: in local mode it is random and
//! lives only in the process's memory (every session dies with `serve`); in hosted mode it is
//! read from `--server-secret-file`. So a cookie plus a copy of the database opens nothing.

use std::fmt;

use crate::ids::UserId;

use super::aead::{aad, seal, unwrap_key};
use super::kdf::keyed_blake2b;
use super::records::Sealed;
use super::{
    AAD_SESSION, DataKey, KEY_LEN, LABEL_SESSION_LOOKUP, LABEL_SESSION_WRAP, ServerSecret,
    SessionSecret, VaultError, WrappingKey,
};

/// What the database stores to find a session: a keyed BLAKE2b-256 of the session secret under
/// the server secret. It cannot be turned back into either, and both are needed to unwrap the
/// data key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionLookup(pub [u8; KEY_LEN]);

impl fmt::Debug for SessionLookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not secret, but a session handle all the same: keep it out of logs.
        f.write_str("SessionLookup(..)")
    }
}

/// The session's row key.
pub fn session_lookup(server: &ServerSecret, secret: &SessionSecret) -> SessionLookup {
    SessionLookup(keyed_blake2b(&server.0, &[LABEL_SESSION_LOOKUP, &secret.0]))
}

pub(super) fn session_wrapping_key(server: &ServerSecret, secret: &SessionSecret) -> WrappingKey {
    WrappingKey(keyed_blake2b(&server.0, &[LABEL_SESSION_WRAP, &secret.0]))
}

fn session_aad(user: UserId, lookup: &SessionLookup) -> Vec<u8> {
    aad(AAD_SESSION, &[user.as_bytes(), &lookup.0])
}

/// Wraps the data key under a key derived from the server and session secrets, bound to `user`
/// and the session's lookup key.
pub fn wrap_for_session(
    key: &DataKey,
    server: &ServerSecret,
    secret: &SessionSecret,
    user: UserId,
) -> Result<Sealed, VaultError> {
    let lookup = session_lookup(server, secret);
    let kek = session_wrapping_key(server, secret);
    let (nonce, ciphertext) = seal(&kek.0, &session_aad(user, &lookup), &key.0)?;
    Ok(Sealed { nonce, ciphertext })
}

/// Unwraps a session's data key. `SessionInvalid` if a secret, the user or the bytes do not
/// match.
pub fn unwrap_session(
    wrapped: &Sealed,
    server: &ServerSecret,
    secret: &SessionSecret,
    user: UserId,
) -> Result<DataKey, VaultError> {
    let lookup = session_lookup(server, secret);
    let kek = session_wrapping_key(server, secret);
    unwrap_key(
        &kek,
        &session_aad(user, &lookup),
        &wrapped.nonce,
        &wrapped.ciphertext,
    )
    .ok_or(VaultError::SessionInvalid)
}
