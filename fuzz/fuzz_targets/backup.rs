//! A backup file being imported (`solace import`): the bytes → `Backup::from_bytes` (size, JSON,
//! magic, format, shape, the vault header, duplicate ids) → `backup::verify_records` with a fixed
//! test key (every record's XChaCha20-Poly1305 tag, its format and its padding).
//!
//! The key is the data key of the seed `corpus/backup/three-entries.json`, written by the real
//! `solace export --format backup` from a throwaway diary whose passphrase is [`PASSPHRASE`]. It
//! is unlocked once per process (one Argon2id derivation); the fuzzer then mutates the container
//! around records that really open. `verify` itself only adds that derivation in front.
//!
//! Checked beyond "does not panic": a backup that parses writes back to bytes that parse to the
//! same backup, and a refusal to open names a record that exists.
#![no_main]

use libfuzzer_sys::fuzz_target;
use solace_store::backup::{self, Backup, BackupError};
use solace_store::vault::{self, VaultHeader};
use solace_store::{DataKey, Passphrase};
use std::sync::LazyLock;

/// The throwaway test diary's passphrase. It protects nothing but the seed file.
const PASSPHRASE: &str = "fuzzing seed passphrase, not a secret";

static KEY: LazyLock<DataKey> = LazyLock::new(|| {
    let seed = Backup::from_bytes(include_bytes!("../corpus/backup/three-entries.json"))
        .expect("the seed backup parses");
    let header = VaultHeader::from_bytes(&seed.vault_header).expect("the seed header parses");
    let key = vault::unlock_with_passphrase(&header, &Passphrase::new(PASSPHRASE.to_owned()))
        .expect("the seed passphrase opens the seed header");
    assert_eq!(backup::verify_records(&seed, &key).ok(), Some(3));
    key
});

fuzz_target!(|data: &[u8]| {
    let Ok(parsed) = Backup::from_bytes(data) else {
        return;
    };
    let again = Backup::from_bytes(&parsed.to_bytes()).expect("a parsed backup writes back");
    assert_eq!(again, parsed, "writing and reading back changed the backup");
    match backup::verify_records(&parsed, &KEY) {
        Ok(n) => assert_eq!(n, parsed.records.len()),
        Err(BackupError::RecordCorrupt { index }) => {
            assert!((1..=parsed.records.len()).contains(&index), "index {index}");
        }
        Err(e) => panic!("unexpected error from verify_records: {e}"),
    }
});
