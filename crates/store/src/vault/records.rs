//! Records: padded to a multiple of [`PAD_BLOCK`] bytes and sealed under the data key, bound to
//! their user and record id.

use zeroize::Zeroizing;

use crate::ids::{RecordId, UserId};

use super::aead::{aad, open, seal};
use super::{
    AAD_RECORD_V1, DataKey, MAX_RECORD_BYTES, NONCE_LEN, PAD_BLOCK, RECORD_FORMAT_V1, VaultError,
};

/// A sealed record as a backend stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: [u8; NONCE_LEN],
    pub ciphertext: Vec<u8>,
}

/// Pads `plain` as `len (u32, little-endian) || plain || zeros` up to a multiple of [`PAD_BLOCK`].
pub(super) fn pad(plain: &[u8]) -> Result<Zeroizing<Vec<u8>>, VaultError> {
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

pub(super) fn unpad(padded: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
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

/// Opens a record under `old` and seals it again under `new` (re-keying), with a fresh nonce.
/// The plaintext exists only inside this call and is zeroized.
pub fn reseal_record(
    old: &DataKey,
    new: &DataKey,
    user: UserId,
    id: RecordId,
    format: i32,
    sealed: &Sealed,
) -> Result<Sealed, VaultError> {
    let plain = open_record(old, user, id, format, sealed)?;
    seal_record(new, user, id, &plain)
}

/// Opens a record of user `from` and seals it again for user `to` under the same key, with a
/// fresh nonce (a backup imported as a new account). The plaintext exists only inside this call
/// and is zeroized.
pub fn move_record(
    key: &DataKey,
    from: UserId,
    to: UserId,
    id: RecordId,
    format: i32,
    sealed: &Sealed,
) -> Result<Sealed, VaultError> {
    let plain = open_record(key, from, id, format, sealed)?;
    seal_record(key, to, id, &plain)
}
