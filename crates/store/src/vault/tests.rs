use super::records::{pad, unpad};
use super::sessions::session_wrapping_key;
use super::*;

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned())
}

fn user(n: u8) -> UserId {
    UserId::from_bytes([n; 16])
}

fn rid(n: u8) -> RecordId {
    RecordId::from_bytes([n; 16])
}

#[test]
fn passphrase_opens_and_a_wrong_one_does_not() {
    let vault = create_vault(&pass("correct horse battery"), KdfParams::FLOOR).unwrap();
    let key = unlock_with_passphrase(&vault.header, &pass("correct horse battery")).unwrap();
    assert_eq!(key.0, vault.key.0);
    assert_eq!(
        unlock_with_passphrase(&vault.header, &pass("correct horsE battery")).unwrap_err(),
        VaultError::WrongPassphrase
    );
}

#[test]
fn recovery_code_opens_as_typed_loosely() {
    let vault = create_vault(&pass("correct horse battery"), KdfParams::FLOOR).unwrap();
    let shown = vault.recovery_code.reveal();
    assert_eq!(shown.len(), 29);
    assert_eq!(shown.matches('-').count(), 4);
    let typed = format!("  {} ", shown.to_lowercase().replace('-', " "));
    let key =
        unlock_with_recovery_code(&vault.header, &RecoveryCode::parse(&typed).unwrap()).unwrap();
    assert_eq!(key.0, vault.key.0);
    let other = RecoveryCode::generate().unwrap();
    assert_eq!(
        unlock_with_recovery_code(&vault.header, &other).unwrap_err(),
        VaultError::WrongRecoveryCode
    );
    // The passphrase slot does not accept the recovery code and vice versa.
    assert!(unlock_with_passphrase(&vault.header, &pass(&shown)).is_err());
}

#[test]
fn recovery_code_parsing_reads_lookalikes_and_refuses_junk() {
    let a = RecoveryCode::parse("OIL00-11111-22222-33333-44444").unwrap();
    assert_eq!(a.0.as_str(), "0110011111222223333344444");
    assert_eq!(
        RecoveryCode::parse("ABCDE").unwrap_err(),
        VaultError::MalformedRecoveryCode
    );
    assert!(RecoveryCode::parse("UUUUU-11111-22222-33333-44444").is_err());
    assert!(RecoveryCode::parse("ÄBCDE-11111-22222-33333-44444").is_err());
    assert!(RecoveryCode::parse("ABCDE-11111-22222-33333-444444").is_err());
}

#[test]
fn short_passphrases_are_refused_for_new_vaults_only() {
    assert_eq!(
        create_vault(&pass("tangerinebo"), KdfParams::FLOOR).unwrap_err(),
        VaultError::PassphraseTooShort {
            min_chars: MIN_PASSPHRASE_CHARS
        }
    );
    assert_eq!(
        create_vault(&pass("password1234"), KdfParams::FLOOR).unwrap_err(),
        VaultError::PassphraseTooCommon
    );
    // Twelve characters, counted as characters not bytes.
    assert!(pass("ßéàüöäçñøåæ").check_new().is_err());
    assert!(pass("ßéàüöäçñøåæb").check_new().is_ok());
    // An old short passphrase still opens: unlocking never checks the rules.
    let legacy = create_vault_unchecked_for_test("1234567");
    assert!(unlock_with_passphrase(&legacy.header, &pass("1234567")).is_ok());
}

/// A vault whose passphrase slot holds a passphrase today's rules refuse, at the old
/// parameters: what a vault made before the rules were raised looks like.
fn create_vault_unchecked_for_test(text: &str) -> NewVault {
    let mut vault = create_vault(&pass("a perfectly fine one"), KdfParams::FLOOR).unwrap();
    vault.header = rewrap_passphrase(
        &vault.header,
        &vault.key,
        &pass(text),
        KdfParams::LEGACY_FLOOR,
    )
    .unwrap();
    vault
}

#[test]
fn rewrapping_keeps_the_data_key_and_drops_the_old_passphrase() {
    let vault = create_vault(&pass("first passphrase"), KdfParams::FLOOR).unwrap();
    let next = rewrap_passphrase(
        &vault.header,
        &vault.key,
        &pass("second passphrase"),
        KdfParams::FLOOR,
    )
    .unwrap();
    assert_eq!(next.vault_id, vault.header.vault_id);
    assert_eq!(next.recovery, vault.header.recovery);
    assert_eq!(
        unlock_with_passphrase(&next, &pass("second passphrase"))
            .unwrap()
            .0,
        vault.key.0
    );
    assert!(unlock_with_passphrase(&next, &pass("first passphrase")).is_err());
    let (third, code) = rewrap_recovery(&next, &vault.key, KdfParams::FLOOR).unwrap();
    assert_eq!(
        unlock_with_recovery_code(&third, &code).unwrap().0,
        vault.key.0
    );
    assert!(unlock_with_recovery_code(&third, &vault.recovery_code).is_err());
}

#[test]
fn a_slot_moved_to_another_vault_does_not_open() {
    let a = create_vault(&pass("same passphrase"), KdfParams::FLOOR).unwrap();
    let mut b = create_vault(&pass("same passphrase"), KdfParams::FLOOR)
        .unwrap()
        .header;
    b.passphrase = a.header.passphrase.clone();
    assert_eq!(
        unlock_with_passphrase(&b, &pass("same passphrase")).unwrap_err(),
        VaultError::WrongPassphrase
    );
}

#[test]
fn header_round_trips_and_refuses_damage() {
    let vault = create_vault(&pass("correct horse battery"), KdfParams::FLOOR).unwrap();
    let bytes = vault.header.to_bytes();
    assert_eq!(VaultHeader::from_bytes(&bytes).unwrap(), vault.header);
    assert!(VaultHeader::from_bytes(b"{}").is_err());
    assert!(VaultHeader::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    let mut weak = vault.header.clone();
    weak.passphrase.kdf.memory_kib = 8;
    assert_eq!(
        VaultHeader::from_bytes(&weak.to_bytes()).unwrap_err(),
        VaultError::KdfParams("memory")
    );
    let mut huge = vault.header.clone();
    huge.recovery.kdf.memory_kib = u32::MAX;
    assert!(VaultHeader::from_bytes(&huge.to_bytes()).is_err());
    // A header from before the floor was raised (19 MiB, 2 passes) still reads.
    let mut legacy = vault.header.clone();
    legacy.passphrase.kdf = KdfParams::LEGACY_FLOOR;
    assert!(VaultHeader::from_bytes(&legacy.to_bytes()).is_ok());
    // The test parameters are refused unless a test diary asks for them.
    let mut cheap = vault.header.clone();
    cheap.passphrase.kdf = KdfParams::INSECURE_FAST_FOR_TESTS;
    assert!(VaultHeader::from_bytes(&cheap.to_bytes()).is_err());
    assert!(VaultHeader::from_bytes_allowing_test_kdf(&cheap.to_bytes()).is_ok());
    let mut future = vault.header.clone();
    future.format = 2;
    assert!(VaultHeader::from_bytes(&future.to_bytes()).is_err());
}

#[test]
fn raised_parameters_are_stored_and_used() {
    let stronger = KdfParams {
        memory_kib: 96 * 1024,
        iterations: 4,
        ..KdfParams::FLOOR
    };
    let vault = create_vault(&pass("correct horse battery"), KdfParams::FLOOR).unwrap();
    let next = rewrap_passphrase(
        &vault.header,
        &vault.key,
        &pass("correct horse battery"),
        stronger,
    )
    .unwrap();
    assert_eq!(next.passphrase.kdf, stronger);
    let parsed = VaultHeader::from_bytes(&next.to_bytes()).unwrap();
    assert!(unlock_with_passphrase(&parsed, &pass("correct horse battery")).is_ok());
}

#[test]
fn records_open_only_under_their_own_user_and_id() {
    let key = DataKey::generate().unwrap();
    let sealed = seal_record(&key, user(1), rid(1), br#"{"kind":"note"}"#).unwrap();
    let plain = open_record(&key, user(1), rid(1), RECORD_FORMAT_V1, &sealed).unwrap();
    assert_eq!(plain.as_slice(), br#"{"kind":"note"}"#);
    let fail = |u, r, f, s: &Sealed| open_record(&key, u, r, f, s).unwrap_err();
    assert_eq!(
        fail(user(2), rid(1), RECORD_FORMAT_V1, &sealed),
        VaultError::RecordCorrupt
    );
    assert_eq!(
        fail(user(1), rid(2), RECORD_FORMAT_V1, &sealed),
        VaultError::RecordCorrupt
    );
    assert_eq!(fail(user(1), rid(1), 2, &sealed), VaultError::RecordCorrupt);
    let mut flipped = sealed.clone();
    flipped.ciphertext[7] ^= 1;
    assert_eq!(
        fail(user(1), rid(1), RECORD_FORMAT_V1, &flipped),
        VaultError::RecordCorrupt
    );
    let mut renonced = sealed.clone();
    renonced.nonce[0] ^= 1;
    assert_eq!(
        fail(user(1), rid(1), RECORD_FORMAT_V1, &renonced),
        VaultError::RecordCorrupt
    );
    let other_key = DataKey::generate().unwrap();
    assert!(open_record(&other_key, user(1), rid(1), RECORD_FORMAT_V1, &sealed).is_err());
}

#[test]
fn every_seal_uses_a_fresh_nonce() {
    let key = DataKey::generate().unwrap();
    let a = seal_record(&key, user(1), rid(1), b"same").unwrap();
    let b = seal_record(&key, user(1), rid(1), b"same").unwrap();
    assert_ne!(a.nonce, b.nonce);
    assert_ne!(a.ciphertext, b.ciphertext);
}

#[test]
fn padding_hides_lengths_up_to_the_block() {
    let key = DataKey::generate().unwrap();
    let lens: Vec<usize> = [0usize, 1, 100, 252]
        .iter()
        .map(|&n| {
            seal_record(&key, user(1), rid(1), &vec![b'x'; n])
                .unwrap()
                .ciphertext
                .len()
        })
        .collect();
    assert_eq!(lens, vec![PAD_BLOCK + TAG_LEN; 4]);
    assert_eq!(
        seal_record(&key, user(1), rid(1), &[b'x'; 253])
            .unwrap()
            .ciphertext
            .len(),
        2 * PAD_BLOCK + TAG_LEN
    );
    assert!(unpad(&[0u8; 3]).is_none());
    let mut bad = pad(b"abc").unwrap();
    bad[10] = 1; // non-zero padding
    assert!(unpad(&bad).is_none());
    let mut long = pad(b"abc").unwrap();
    long[0] = 255; // length beyond the buffer
    assert!(unpad(&long).is_none());
    assert_eq!(
        pad(&vec![0; MAX_RECORD_BYTES + 1]).unwrap_err(),
        VaultError::RecordTooLarge
    );
}

#[test]
fn sessions_need_the_secret_and_the_right_user() {
    let key = DataKey::generate().unwrap();
    let server = ServerSecret::generate().unwrap();
    let secret = SessionSecret::generate().unwrap();
    let wrapped = wrap_for_session(&key, &server, &secret, user(1)).unwrap();
    assert_eq!(
        unwrap_session(&wrapped, &server, &secret, user(1))
            .unwrap()
            .0,
        key.0
    );
    assert_eq!(
        unwrap_session(&wrapped, &server, &secret, user(2)).unwrap_err(),
        VaultError::SessionInvalid
    );
    let other = SessionSecret::generate().unwrap();
    assert!(unwrap_session(&wrapped, &server, &other, user(1)).is_err());
    // The stored lookup is neither the secret nor the wrapping key.
    let lookup = session_lookup(&server, &secret);
    assert_ne!(lookup.0, secret.0);
    assert_ne!(lookup.0, session_wrapping_key(&server, &secret).0);
    assert_eq!(
        lookup,
        session_lookup(
            &server,
            &SessionSecret::from_cookie_value(&secret.to_cookie_value()).unwrap()
        )
    );
}

#[test]
fn a_session_needs_the_server_secret_it_was_made_under() {
    let key = DataKey::generate().unwrap();
    let server = ServerSecret::generate().unwrap();
    let restarted = ServerSecret::generate().unwrap();
    let secret = SessionSecret::generate().unwrap();
    let wrapped = wrap_for_session(&key, &server, &secret, user(1)).unwrap();
    assert_ne!(
        session_lookup(&server, &secret),
        session_lookup(&restarted, &secret),
        "another server secret does not even find the row"
    );
    assert_eq!(
        unwrap_session(&wrapped, &restarted, &secret, user(1)).unwrap_err(),
        VaultError::SessionInvalid
    );
}

#[test]
fn server_secret_files_need_32_bytes_and_ignore_a_final_newline() {
    assert_eq!(
        ServerSecret::from_file_bytes(&[7u8; 31]).unwrap_err(),
        VaultError::ServerSecretTooShort
    );
    assert_eq!(
        ServerSecret::from_file_bytes(b"                                        \n").unwrap_err(),
        VaultError::ServerSecretTooShort
    );
    let text = "0123456789abcdef0123456789abcdef";
    let a = ServerSecret::from_file_bytes(text.as_bytes()).unwrap();
    let b = ServerSecret::from_file_bytes(format!("{text}\n").as_bytes()).unwrap();
    let c = ServerSecret::from_file_bytes(format!("{text}x").as_bytes()).unwrap();
    assert_eq!(a.0, b.0);
    assert_ne!(a.0, c.0);
    assert_ne!(&a.0[..], text.as_bytes(), "hashed, not used as is");
}

#[test]
fn cookie_values_are_strict() {
    let secret = SessionSecret::generate().unwrap();
    let value = secret.to_cookie_value();
    assert_eq!(value.len(), 64);
    assert!(SessionSecret::from_cookie_value(&value[..63]).is_err());
    assert!(SessionSecret::from_cookie_value(&format!("{}z", &value[..63])).is_err());
    assert!(SessionSecret::from_cookie_value("").is_err());
}

#[test]
fn secrets_never_print() {
    let vault = create_vault(&pass("do not print me"), KdfParams::FLOOR).unwrap();
    let secret = SessionSecret::generate().unwrap();
    let printed = format!(
        "{:?} {:?} {:?} {:?} {:?}",
        pass("do not print me"),
        vault.key,
        vault.recovery_code,
        secret,
        vault
    );
    assert!(!printed.contains("do not print me"));
    assert!(!printed.contains(vault.recovery_code.0.as_str()));
    assert!(!printed.contains(secret.to_cookie_value().as_str()));
    assert!(!printed.contains(&hex::encode(&vault.key.0)));
    assert!(printed.contains("redacted"));
}

#[test]
fn account_names_are_hashed_after_trimming_and_lowercasing() {
    assert_eq!(account_name_hash("  Alex "), account_name_hash("alex"));
    assert_ne!(account_name_hash("alex"), account_name_hash("alexa"));
    assert_ne!(account_name_hash("alex").0[..4], *b"alex");
}

#[test]
fn keyed_account_names_need_the_server_secret() {
    let server = ServerSecret::generate().unwrap();
    let other = ServerSecret::generate().unwrap();
    assert_eq!(
        keyed_account_name_hash(&server, " Alex "),
        keyed_account_name_hash(&server, "alex")
    );
    assert_ne!(
        keyed_account_name_hash(&server, "alex"),
        keyed_account_name_hash(&other, "alex"),
        "a dump without the secret file cannot test a name"
    );
    assert_ne!(
        keyed_account_name_hash(&server, "alex"),
        account_name_hash("alex")
    );
}

#[test]
fn hostile_kdf_parameters_refused() {
    let vault = create_vault(&pass("correct horse battery"), KdfParams::FLOOR).unwrap();
    // What the review found a backup could ask for: 4 GiB and 64 passes.
    let mut hostile = vault.header.clone();
    hostile.passphrase.kdf.memory_kib = 4 * 1024 * 1024;
    hostile.passphrase.kdf.iterations = 64;
    let err = VaultHeader::from_bytes(&hostile.to_bytes()).unwrap_err();
    assert_eq!(
        err,
        VaultError::KdfTooCostly {
            what: "KiB of memory",
            asked: 4 * 1024 * 1024,
            max: KdfParams::MAX_MEMORY_KIB
        }
    );
    let said = err.to_string();
    assert!(
        said.contains("4194304") && said.contains("524288"),
        "{said}"
    );
    assert!(said.contains("hostile"), "says why: {said}");
    for (memory, passes, lanes) in [
        (KdfParams::MAX_MEMORY_KIB + 1, 3, 1),
        (65_536, KdfParams::MAX_ITERATIONS + 1, 1),
        (65_536, 3, KdfParams::MAX_PARALLELISM + 1),
    ] {
        let mut h = vault.header.clone();
        h.recovery.kdf = KdfParams {
            memory_kib: memory,
            iterations: passes,
            parallelism: lanes,
            ..KdfParams::FLOOR
        };
        assert!(matches!(
            VaultHeader::from_bytes(&h.to_bytes()),
            Err(VaultError::KdfTooCostly { .. })
        ));
        // Even a caller that skips the header check cannot make the vault derive it.
        assert!(matches!(
            unlock_with_recovery_code(&h, &vault.recovery_code),
            Err(VaultError::KdfTooCostly { .. })
        ));
    }
    // At the ceiling is still allowed (a future raise stays readable).
    let mut at_cap = vault.header.clone();
    at_cap.passphrase.kdf.memory_kib = KdfParams::MAX_MEMORY_KIB;
    assert!(VaultHeader::from_bytes(&at_cap.to_bytes()).is_ok());
}

#[test]
fn the_default_parameters_are_at_least_64_mib_and_3_passes() {
    let shipped = KdfParams::default();
    assert_eq!(shipped, KdfParams::recommended());
    assert!(shipped.memory_kib >= 64 * 1024, "{shipped:?}");
    assert!(shipped.iterations >= 3, "{shipped:?}");
    assert!((1..=4).contains(&shipped.parallelism), "{shipped:?}");
    shipped.validate_new().unwrap();
    assert!(KdfParams::LEGACY_FLOOR.weaker_than(&shipped));
    assert!(!shipped.weaker_than(&KdfParams::FLOOR));
    assert!(KdfParams::INSECURE_FAST_FOR_TESTS.validate_new().is_err());
}

#[test]
fn weak_parameters_are_refused() {
    let weak = KdfParams {
        iterations: 2,
        ..KdfParams::FLOOR
    };
    assert_eq!(
        create_vault(&pass("correct horse battery"), weak).unwrap_err(),
        VaultError::KdfParams("iterations")
    );
    assert_eq!(
        create_vault(&pass("correct horse battery"), KdfParams::LEGACY_FLOOR).unwrap_err(),
        VaultError::KdfParams("memory")
    );
}

#[test]
#[ignore = "a measurement, not a check: cargo test -p solace-store --release -- --ignored --nocapture measure_unlock_time"]
fn measure_unlock_time() {
    let params = KdfParams::recommended();
    let vault = create_vault(&pass("measure the unlock time"), params).unwrap();
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = std::time::Instant::now();
        unlock_with_passphrase(&vault.header, &pass("measure the unlock time")).unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "Argon2id {params:?}: unlock median {:.0} ms (runs {times:.0?})",
        times[2]
    );
}

#[test]
fn constant_time_eq_is_equality() {
    assert!(constant_time_eq(b"river-blue-42", b"river-blue-42"));
    assert!(!constant_time_eq(b"river-blue-42", b"river-blue-43"));
    assert!(!constant_time_eq(b"river-blue-42", b"river-blue-4"));
    assert!(!constant_time_eq(b"", b"x"));
    assert!(constant_time_eq(b"", b""));
}
