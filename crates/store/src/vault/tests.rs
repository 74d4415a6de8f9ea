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
    let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
    let key = unlock_with_passphrase(&vault.header, &pass("correct horse")).unwrap();
    assert_eq!(key.0, vault.key.0);
    assert_eq!(
        unlock_with_passphrase(&vault.header, &pass("correct horsE")).unwrap_err(),
        VaultError::WrongPassphrase
    );
}

#[test]
fn recovery_code_opens_as_typed_loosely() {
    let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
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
        create_vault(&pass("1234567"), KdfParams::DEFAULT).unwrap_err(),
        VaultError::PassphraseTooShort {
            min_chars: MIN_PASSPHRASE_CHARS
        }
    );
    // Eight characters, counted as characters not bytes.
    assert!(pass("ééééééé").check_new().is_err());
    assert!(pass("éééééééé").check_new().is_ok());
}

#[test]
fn rewrapping_keeps_the_data_key_and_drops_the_old_passphrase() {
    let vault = create_vault(&pass("first passphrase"), KdfParams::DEFAULT).unwrap();
    let next = rewrap_passphrase(
        &vault.header,
        &vault.key,
        &pass("second passphrase"),
        KdfParams::DEFAULT,
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
    let (third, code) = rewrap_recovery(&next, &vault.key, KdfParams::DEFAULT).unwrap();
    assert_eq!(
        unlock_with_recovery_code(&third, &code).unwrap().0,
        vault.key.0
    );
    assert!(unlock_with_recovery_code(&third, &vault.recovery_code).is_err());
}

#[test]
fn a_slot_moved_to_another_vault_does_not_open() {
    let a = create_vault(&pass("same passphrase"), KdfParams::DEFAULT).unwrap();
    let mut b = create_vault(&pass("same passphrase"), KdfParams::DEFAULT)
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
    let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
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
    let mut future = vault.header.clone();
    future.format = 2;
    assert!(VaultHeader::from_bytes(&future.to_bytes()).is_err());
}

#[test]
fn raised_parameters_are_stored_and_used() {
    let stronger = KdfParams {
        memory_kib: 32_768,
        iterations: 3,
        ..KdfParams::DEFAULT
    };
    let vault = create_vault(&pass("correct horse"), KdfParams::DEFAULT).unwrap();
    let next =
        rewrap_passphrase(&vault.header, &vault.key, &pass("correct horse"), stronger).unwrap();
    assert_eq!(next.passphrase.kdf, stronger);
    let parsed = VaultHeader::from_bytes(&next.to_bytes()).unwrap();
    assert!(unlock_with_passphrase(&parsed, &pass("correct horse")).is_ok());
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
    let secret = SessionSecret::generate().unwrap();
    let wrapped = wrap_for_session(&key, &secret, user(1)).unwrap();
    assert_eq!(unwrap_session(&wrapped, &secret, user(1)).unwrap().0, key.0);
    assert_eq!(
        unwrap_session(&wrapped, &secret, user(2)).unwrap_err(),
        VaultError::SessionInvalid
    );
    let other = SessionSecret::generate().unwrap();
    assert!(unwrap_session(&wrapped, &other, user(1)).is_err());
    // The stored lookup is neither the secret nor the wrapping key.
    let lookup = session_lookup(&secret);
    assert_ne!(lookup.0, secret.0);
    assert_ne!(lookup.0, session_wrapping_key(&secret).0);
    assert_eq!(
        lookup,
        session_lookup(&SessionSecret::from_cookie_value(&secret.to_cookie_value()).unwrap())
    );
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
    let vault = create_vault(&pass("do not print me"), KdfParams::DEFAULT).unwrap();
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
fn weak_parameters_are_refused() {
    let weak = KdfParams {
        iterations: 1,
        ..KdfParams::DEFAULT
    };
    assert_eq!(
        create_vault(&pass("correct horse"), weak).unwrap_err(),
        VaultError::KdfParams("iterations")
    );
}
