//! XChaCha20-Poly1305 sealing and opening, with associated data built from a label and ids.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::{DataKey, KEY_LEN, NONCE_LEN, VaultError, WrappingKey, random_array};

pub(super) fn aad(label: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::with_capacity(label.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    out.extend_from_slice(label);
    for part in parts {
        out.extend_from_slice(part);
    }
    out
}

pub(super) fn seal(
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
pub(super) fn open(
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

pub(super) fn unwrap_key(
    kek: &WrappingKey,
    aad: &[u8],
    nonce: &[u8; NONCE_LEN],
    wrapped: &[u8],
) -> Option<DataKey> {
    let plain = open(&kek.0, aad, nonce, wrapped)?;
    let bytes: [u8; KEY_LEN] = plain.as_slice().try_into().ok()?;
    Some(DataKey(bytes))
}
