//! Newtype ids: user ids and record ids.
//!
//! Both are 128 random bits, made by [`crate::vault`] (the one place that draws randomness).
//! They are deliberately **not** UUIDv7, which STYLE.md suggests for ids elsewhere: a v7 id
//! starts with its creation time in milliseconds, and the diary hides when entries were written.
//! A random id says nothing. In the database they are 16-byte blobs; in URLs and JSON, 32
//! lower-case hex digits.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::hex;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name([u8; 16]);

        impl $name {
            /// The id's 16 bytes, as stored.
            pub const fn from_bytes(bytes: [u8; 16]) -> Self {
                Self(bytes)
            }

            /// Reads an id from a stored blob; `None` if it is not 16 bytes long.
            pub fn from_slice(bytes: &[u8]) -> Option<Self> {
                <[u8; 16]>::try_from(bytes).ok().map(Self)
            }

            pub const fn as_bytes(&self) -> &[u8; 16] {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&hex::encode(&self.0))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self)
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;

            /// Parses 32 hex digits (either case).
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                hex::decode_array(s).map(Self).ok_or(InvalidId)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.to_string())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

id_type!(
    /// One account: the fixed local user in single-user SQLite mode, or one person on a
    /// multi-user PostgreSQL server. Every query on records and sessions is scoped by it.
    UserId
);

id_type!(
    /// One diary record. Stable across edits (an edit re-seals under a new nonce).
    RecordId
);

/// An id that is not 32 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an id is 32 hexadecimal digits")]
pub struct InvalidId;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_json() {
        let id = RecordId::from_bytes([0xab; 16]);
        assert_eq!(id.to_string(), "ab".repeat(16));
        assert_eq!(id.to_string().parse::<RecordId>(), Ok(id));
        assert_eq!("AB".repeat(16).parse::<RecordId>(), Ok(id));
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(serde_json::from_str::<RecordId>(&json).unwrap(), id);
        assert_eq!(format!("{id:?}"), format!("RecordId({id})"));
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in ["", "ab", &"g".repeat(32), &"a".repeat(33), &"a".repeat(31)] {
            assert_eq!(bad.parse::<UserId>(), Err(InvalidId), "{bad:?}");
        }
        assert!(UserId::from_slice(&[1; 15]).is_none());
        assert!(UserId::from_slice(&[1; 16]).is_some());
    }
}
