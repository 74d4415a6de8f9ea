//! Lower-case hexadecimal for ids, cookie values and the vault header (the `hex` crate), and the
//! serde helpers the header and backups use.

pub(crate) fn encode(bytes: &[u8]) -> String {
    ::hex::encode(bytes)
}

/// Decodes into `out`, which must be exactly half as long as `text`.
pub(crate) fn decode_into(text: &str, out: &mut [u8]) -> Option<()> {
    ::hex::decode_to_slice(text, out).ok()
}

pub(crate) fn decode_array<const N: usize>(text: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    decode_into(text, &mut out)?;
    Some(out)
}

pub(crate) fn decode_vec(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let mut out = vec![0u8; text.len() / 2];
    decode_into(text, &mut out)?;
    Some(out)
}

/// serde helpers: fixed-size byte arrays as hex strings.
pub(crate) mod array {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::encode(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        deserializer: D,
    ) -> Result<[u8; N], D::Error> {
        let text = String::deserialize(deserializer)?;
        super::decode_array(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("expected {} hex digits", N * 2)))
    }
}

/// serde helpers: byte vectors as hex strings.
pub(crate) mod vec {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::encode(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::decode_vec(&text).ok_or_else(|| serde::de::Error::custom("expected hex digits"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_round_trips() {
        let bytes = [0u8, 1, 0x7f, 0x80, 0xfe, 0xff];
        let text = super::encode(&bytes);
        assert_eq!(text, "00017f80feff");
        assert_eq!(super::decode_vec(&text).unwrap(), bytes);
        assert_eq!(super::decode_array::<6>("00017F80FEFF").unwrap(), bytes);
        assert!(super::decode_vec("abc").is_none());
        assert!(super::decode_vec("zz").is_none());
        assert!(super::decode_array::<2>("00").is_none());
    }
}
