//! A diary photo upload: the bytes → `photo_meta::strip` (the JPEG segment walk and the PNG chunk
//! walk with its CRCs), as the upload handler calls it before anything is sealed.
//!
//! Checked beyond "does not panic": what is kept is never larger than what came in, starts with
//! its format's signature, and stripping it again gives the same bytes (nothing left to strip,
//! and nothing the first pass kept is refused by the second).
#![no_main]

use libfuzzer_sys::fuzz_target;
use solace_app::photo_meta::{PhotoFormat, strip};

fuzz_target!(|data: &[u8]| {
    let Ok(once) = strip(data) else {
        return;
    };
    assert!(
        once.bytes.len() <= data.len(),
        "stripping made the image larger"
    );
    let signature: &[u8] = match once.format {
        PhotoFormat::Jpeg => &[0xFF, 0xD8],
        PhotoFormat::Png => &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A],
    };
    assert!(once.bytes.starts_with(signature), "the signature was lost");
    let twice = strip(&once.bytes).expect("a stripped image strips again");
    assert_eq!(twice, once, "stripping is not idempotent");
});
