//! Diary photos: keeps only what is needed to show the image, before anything is sealed.
//!
//! Dependency-free parsers for the two formats Solace accepts. Both copy the parts they keep
//! byte for byte and drop the rest, so stripping twice gives the same bytes as stripping once.
//!
//! - **JPEG**: the segments are walked one by one. Kept: SOI, APP0 `JFIF`, APP14 `Adobe` (its
//!   colour-transform flag decides how the colours decode; it holds no text), DQT, `SOFn`, DHT, DAC,
//!   DRI, DNL, DHP, EXP, SOS with its entropy-coded data, EOI. Dropped: APP1 (EXIF with GPS and the
//!   camera's thumbnail, XMP), APP2 (ICC profiles: dropped too, so a wide-gamut photo may look a
//!   little duller; profiles can name the device), APP3–APP13, APP15, other APP0s (JFXX), COM,
//!   and anything after EOI (some phones append more metadata there). An unknown marker is refused.
//! - **PNG**: the signature and every chunk's CRC are checked. Kept: the critical chunks (IHDR,
//!   PLTE, IDAT, IEND) and pHYs, gAMA, sRGB, cHRM and tRNS (transparency: needed to show the
//!   image). Dropped: every other ancillary chunk — tEXt, zTXt, iTXt, eXIf, tIME, iCCP, the
//!   animation chunks (so an animated PNG shows its first frame) — and anything after IEND. An
//!   unknown critical chunk is refused.
//!
//! Anything else (GIF, HEIC, WebP, not an image, cut short, a wrong CRC, a length past the end)
//! is a [`PhotoError`]. No input makes these functions panic: every read goes through `get`.

use serde::{Deserialize, Serialize};

/// The formats Solace stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhotoFormat {
    Jpeg,
    Png,
}

impl PhotoFormat {
    /// The `Content-Type` to serve the bytes with.
    pub const fn content_type(self) -> &'static str {
        match self {
            PhotoFormat::Jpeg => "image/jpeg",
            PhotoFormat::Png => "image/png",
        }
    }
}

/// An image with its metadata removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    pub bytes: Vec<u8>,
    pub format: PhotoFormat,
}

/// Why an upload cannot be kept. Names the problem, never anything from the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not a JPEG or PNG image")]
    NotAnImage,
    #[error("{0} images are not supported: JPEG and PNG are")]
    Unsupported(&'static str),
    #[error("the image is cut short")]
    Truncated,
    #[error("a PNG chunk's checksum is wrong")]
    BadChecksum,
    #[error("the image is malformed: {0}")]
    Malformed(&'static str),
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Removes every piece of metadata, keeping what is needed to show the image.
pub fn strip(bytes: &[u8]) -> Result<Stripped, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return jpeg(bytes).map(|bytes| Stripped {
            bytes,
            format: PhotoFormat::Jpeg,
        });
    }
    if bytes.starts_with(&PNG_SIGNATURE) {
        return png(bytes).map(|bytes| Stripped {
            bytes,
            format: PhotoFormat::Png,
        });
    }
    if PNG_SIGNATURE.starts_with(bytes) || bytes == [0xFF] {
        return Err(PhotoError::Truncated);
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G']) {
        return Err(PhotoError::Malformed("the PNG signature is damaged"));
    }
    Err(other_format(bytes))
}

/// Names a format Solace recognises but does not accept.
fn other_format(b: &[u8]) -> PhotoError {
    if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        return PhotoError::Unsupported("GIF");
    }
    if b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP") {
        return PhotoError::Unsupported("WebP");
    }
    if b.get(4..8) == Some(b"ftyp") {
        return match b.get(8..12) {
            Some(b"avif" | b"avis") => PhotoError::Unsupported("AVIF"),
            Some(b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1") => {
                PhotoError::Unsupported("HEIC")
            }
            _ => PhotoError::NotAnImage,
        };
    }
    if b.starts_with(b"II*\0") || b.starts_with(b"MM\0*") {
        return PhotoError::Unsupported("TIFF");
    }
    if b.starts_with(b"BM") {
        return PhotoError::Unsupported("BMP");
    }
    PhotoError::NotAnImage
}

fn be16(b: &[u8], at: usize) -> Result<usize, PhotoError> {
    match b.get(at..at.saturating_add(2)) {
        Some(&[h, l]) => Ok(usize::from(u16::from_be_bytes([h, l]))),
        _ => Err(PhotoError::Truncated),
    }
}

fn be32(b: &[u8], at: usize) -> Result<u32, PhotoError> {
    b.get(at..at.saturating_add(4))
        .and_then(|s| <[u8; 4]>::try_from(s).ok())
        .map(u32::from_be_bytes)
        .ok_or(PhotoError::Truncated)
}

fn jpeg(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2usize;
    let mut frame = false;
    let mut scan = false;
    loop {
        // A marker: 0xFF, any number of 0xFF fill bytes, then its code.
        match b.get(i) {
            None => return Err(PhotoError::Truncated),
            Some(0xFF) => {}
            Some(_) => return Err(PhotoError::Malformed("expected a JPEG marker")),
        }
        let mut j = i + 1;
        while b.get(j) == Some(&0xFF) {
            j += 1;
        }
        let Some(&code) = b.get(j) else {
            return Err(PhotoError::Truncated);
        };
        i = j + 1;
        match code {
            0xD9 => {
                if !(frame && scan) {
                    return Err(PhotoError::Malformed("the JPEG holds no image data"));
                }
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Ok(out);
            }
            0x00 | 0x01 | 0xD0..=0xD8 => {
                return Err(PhotoError::Malformed("a JPEG marker out of place"));
            }
            _ => {}
        }
        // Every other marker has a length that counts its own two bytes.
        let len = be16(b, i)?;
        if len < 2 {
            return Err(PhotoError::Malformed("a JPEG segment length is too small"));
        }
        let end = i.checked_add(len).ok_or(PhotoError::Truncated)?;
        let segment = b.get(i..end).ok_or(PhotoError::Truncated)?;
        let payload = segment.get(2..).unwrap_or_default();
        let keep = match code {
            0xE0 => payload.starts_with(b"JFIF\0"),
            0xEE => payload.starts_with(b"Adobe"),
            0xE1..=0xED | 0xEF | 0xFE => false,
            // SOF0–SOF15 (not DHT C4, JPG C8, DAC CC).
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                frame = true;
                true
            }
            // DHT, DAC, DQT, DNL, DRI, DHP, EXP.
            0xC4 | 0xCC | 0xDB..=0xDF => true,
            0xDA => {
                if !frame {
                    return Err(PhotoError::Malformed("a JPEG scan before its frame"));
                }
                true
            }
            _ => return Err(PhotoError::Unsupported("this kind of JPEG")),
        };
        if keep {
            out.extend_from_slice(&[0xFF, code]);
            out.extend_from_slice(segment);
        }
        i = end;
        if code == 0xDA {
            scan = true;
            // The entropy-coded data runs to the next marker that is neither a stuffed zero nor a
            // restart marker.
            let start = i;
            loop {
                let rest = b.get(i..).unwrap_or_default();
                let Some(k) = rest.iter().position(|&x| x == 0xFF) else {
                    return Err(PhotoError::Truncated);
                };
                i += k;
                match b.get(i + 1) {
                    None => return Err(PhotoError::Truncated),
                    Some(0x00 | 0xD0..=0xD7) => i += 2,
                    Some(_) => break,
                }
            }
            out.extend_from_slice(b.get(start..i).unwrap_or_default());
        }
    }
}

fn png(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&PNG_SIGNATURE);
    let mut i = PNG_SIGNATURE.len();
    let mut first = true;
    let mut data = false;
    loop {
        let len = be32(b, i)?;
        if len > 0x7FFF_FFFF {
            return Err(PhotoError::Malformed("a PNG chunk length is too large"));
        }
        let len = len as usize;
        let kind: [u8; 4] = b
            .get(i + 4..i + 8)
            .and_then(|s| s.try_into().ok())
            .ok_or(PhotoError::Truncated)?;
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(PhotoError::Malformed("a PNG chunk type is not letters"));
        }
        let end = i
            .checked_add(12)
            .and_then(|e| e.checked_add(len))
            .ok_or(PhotoError::Truncated)?;
        let chunk = b.get(i..end).ok_or(PhotoError::Truncated)?;
        let typed = chunk.get(4..8 + len).ok_or(PhotoError::Truncated)?;
        if crc32(typed) != be32(chunk, 8 + len)? {
            return Err(PhotoError::BadChecksum);
        }
        if first != (&kind == b"IHDR") {
            return Err(PhotoError::Malformed("IHDR must come first, once"));
        }
        if first && len != 13 {
            return Err(PhotoError::Malformed("IHDR has the wrong length"));
        }
        first = false;
        let keep = match &kind {
            b"IDAT" => {
                data = true;
                true
            }
            b"IHDR" | b"PLTE" | b"IEND" | b"tRNS" | b"pHYs" | b"gAMA" | b"sRGB" | b"cHRM" => true,
            [c, ..] if c.is_ascii_uppercase() => {
                return Err(PhotoError::Unsupported("this kind of PNG"));
            }
            _ => false,
        };
        if keep {
            out.extend_from_slice(chunk);
        }
        i = end;
        if &kind == b"IEND" {
            if !data {
                return Err(PhotoError::Malformed("the PNG holds no image data"));
            }
            return Ok(out);
        }
    }
}

/// The CRC-32 of PNG (ISO 3309, polynomial 0xEDB88320).
fn crc32(bytes: &[u8]) -> u32 {
    crc32fast::hash(bytes)
}

/// Small hand-built images for tests (here and in the web tests' copies).
#[cfg(test)]
pub(crate) mod samples {
    use super::crc32;

    pub const GPS: &[u8] = b"GPSLatitude=51.5007N;GPSLongitude=0.1246W";
    pub const PIXELS: &[u8] = b"PIXELDATA-Q7";

    fn segment(code: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, code];
        s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    /// A baseline 8×8 greyscale JPEG's structure with EXIF (GPS), ICC, XMP and a comment.
    pub fn jpeg() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        let mut exif = b"Exif\0\0MM\0*\0\0\0\x08".to_vec();
        exif.extend_from_slice(GPS);
        j.extend(segment(0xE1, &exif));
        j.extend(segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Home</x:xmpmeta>",
        ));
        j.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01Phone model 12"));
        j.extend(segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"));
        j.extend(segment(0xFE, b"a comment with a name"));
        let mut dqt = vec![0u8];
        dqt.extend([1u8; 64]);
        j.extend(segment(0xDB, &dqt));
        j.extend(segment(0xC0, &[8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
        let mut dht = vec![0x00];
        dht.extend([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        dht.push(0);
        j.extend(segment(0xC4, &dht));
        j.extend(segment(0xDD, &[0, 4]));
        j.extend(segment(0xDA, &[1, 1, 0, 0, 63, 0]));
        j.extend_from_slice(PIXELS);
        j.extend_from_slice(&[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        // A comment between scans, and fill bytes before EOI.
        j.extend(segment(0xFE, b"late comment"));
        j.extend_from_slice(&[0xFF, 0xFF, 0xD9]);
        // A trailer some phones append.
        j.extend_from_slice(b"trailer GPS");
        j
    }

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
        let mut typed = kind.to_vec();
        typed.extend_from_slice(data);
        c.extend_from_slice(&typed);
        c.extend_from_slice(&crc32(&typed).to_be_bytes());
        c
    }

    /// A 1×1 PNG's structure with tEXt (GPS), iTXt, zTXt, eXIf and tIME chunks.
    pub fn png() -> Vec<u8> {
        let mut p = super::PNG_SIGNATURE.to_vec();
        p.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
        p.extend(chunk(b"tIME", &[7, 234, 11, 20, 9, 0, 0]));
        let mut text = b"Comment\0".to_vec();
        text.extend_from_slice(GPS);
        p.extend(chunk(b"tEXt", &text));
        p.extend(chunk(b"iTXt", b"Author\0\0\0\0\0Someone"));
        p.extend(chunk(b"zTXt", b"Title\0\0xx"));
        let mut exif = b"MM\0*\0\0\0\x08".to_vec();
        exif.extend_from_slice(GPS);
        p.extend(chunk(b"eXIf", &exif));
        p.extend(chunk(b"pHYs", &[0, 0, 11, 19, 0, 0, 11, 19, 1]));
        p.extend(chunk(b"gAMA", &[0, 0, 177, 143]));
        p.extend(chunk(b"IDAT", PIXELS));
        p.extend(chunk(b"IEND", &[]));
        p.extend_from_slice(b"after the end");
        p
    }

    pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }
}

#[cfg(test)]
mod tests {
    use super::samples::{self, GPS, PIXELS, contains};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn jpeg_loses_exif_xmp_icc_comments_and_trailer_and_keeps_the_image() {
        let input = samples::jpeg();
        assert!(contains(&input, GPS));
        let s = strip(&input).unwrap();
        assert_eq!(s.format, PhotoFormat::Jpeg);
        for gone in [
            GPS,
            b"Exif\0\0".as_slice(),
            b"xmpmeta",
            b"ICC_PROFILE",
            b"a comment",
            b"late comment",
            b"trailer",
        ] {
            assert!(
                !contains(&s.bytes, gone),
                "{}",
                String::from_utf8_lossy(gone)
            );
        }
        for kept in [
            b"JFIF\0".as_slice(),
            b"Adobe",
            PIXELS,
            &[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56],
            &[0xFF, 0xC0],
            &[0xFF, 0xC4],
            &[0xFF, 0xDB],
            &[0xFF, 0xDD],
            &[0xFF, 0xDA],
        ] {
            assert!(contains(&s.bytes, kept), "{kept:?}");
        }
        assert!(s.bytes.starts_with(&[0xFF, 0xD8]));
        assert!(s.bytes.ends_with(&[0xFF, 0xD9]));
        // Still parses, to the same bytes.
        assert_eq!(strip(&s.bytes).unwrap(), s);
    }

    #[test]
    fn png_loses_text_exif_and_time_and_keeps_the_image() {
        let input = samples::png();
        let s = strip(&input).unwrap();
        assert_eq!(s.format, PhotoFormat::Png);
        for gone in [
            GPS,
            b"tEXt".as_slice(),
            b"iTXt",
            b"zTXt",
            b"eXIf",
            b"tIME",
            b"after the end",
        ] {
            assert!(
                !contains(&s.bytes, gone),
                "{}",
                String::from_utf8_lossy(gone)
            );
        }
        for kept in [
            b"IHDR".as_slice(),
            b"pHYs",
            b"gAMA",
            b"IDAT",
            PIXELS,
            b"IEND",
        ] {
            assert!(contains(&s.bytes, kept));
        }
        assert_eq!(strip(&s.bytes).unwrap(), s);
    }

    #[test]
    fn a_wrong_crc_is_refused() {
        let mut p = samples::png();
        let at = p.windows(4).position(|w| w == b"IDAT").unwrap() + 4;
        p[at] ^= 1;
        assert_eq!(strip(&p), Err(PhotoError::BadChecksum));
    }

    #[test]
    fn cut_short_or_lengths_past_the_end_are_refused() {
        let j = samples::jpeg();
        for n in [1, 2, 3, 10, 40, j.len() - 20] {
            assert!(strip(&j[..n]).is_err(), "{n}");
        }
        let p = samples::png();
        for n in [1, 4, 8, 12, 20, 40] {
            assert!(strip(&p[..n]).is_err(), "{n}");
        }
        // A JPEG segment length past the end.
        assert_eq!(
            strip(&[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xF0, 1, 2, 3]),
            Err(PhotoError::Truncated)
        );
        assert_eq!(
            strip(&[0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x01]),
            Err(PhotoError::Malformed("a JPEG segment length is too small"))
        );
        // A PNG chunk length past the end.
        let mut bad = PNG_SIGNATURE.to_vec();
        bad.extend_from_slice(&[0, 0, 0x10, 0, b'I', b'H', b'D', b'R', 0, 0]);
        assert_eq!(strip(&bad), Err(PhotoError::Truncated));
        // No image data at all.
        assert!(matches!(
            strip(&[0xFF, 0xD8, 0xFF, 0xD9]),
            Err(PhotoError::Malformed(_))
        ));
    }

    #[test]
    fn other_formats_are_named() {
        assert_eq!(strip(b""), Err(PhotoError::Empty));
        assert_eq!(
            strip(b"GIF89a\x01\0\x01\0"),
            Err(PhotoError::Unsupported("GIF"))
        );
        assert_eq!(
            strip(b"RIFF\0\0\0\0WEBPVP8 "),
            Err(PhotoError::Unsupported("WebP"))
        );
        assert_eq!(
            strip(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Err(PhotoError::Unsupported("HEIC"))
        );
        assert_eq!(strip(b"hello, world"), Err(PhotoError::NotAnImage));
        assert_eq!(strip(b"%PDF-1.7"), Err(PhotoError::NotAnImage));
    }

    #[test]
    fn crc_matches_the_known_value() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    }

    fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
        if let Ok(once) = strip(bytes) {
            let twice = strip(&once.bytes);
            prop_assert_eq!(twice.as_ref(), Ok(&once));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn never_panics_and_is_idempotent_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            check(&bytes)?;
        }

        #[test]
        fn never_panics_and_is_idempotent_on_damaged_images(
            png in any::<bool>(),
            edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
            cut in any::<usize>(),
            tail in proptest::collection::vec(any::<u8>(), 0..16),
        ) {
            let mut b = if png { samples::png() } else { samples::jpeg() };
            for (at, v) in edits {
                let n = b.len();
                if let Some(x) = b.get_mut(at % n) {
                    *x = v;
                }
            }
            b.truncate(cut % (b.len() + 1));
            check(&b)?;
            b.extend_from_slice(&tail);
            check(&b)?;
        }
    }
}
