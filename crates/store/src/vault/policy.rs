//! What a new passphrase must be: long enough, and not one of the commonest passwords.
//!
//! - At least [`MIN_PASSPHRASE_CHARS`] characters, **or** at least [`MIN_PASSPHRASE_WORDS`] words
//!   (runs of two or more characters between spaces): "plum river cold lamp" is fine.
//! - Not on the blocklist: `common-passwords.txt`, shipped in the binary (never fetched). It is
//!   John the Ripper's `password.lst` (3,546 of the commonest passwords, compiled by Solar Designer
//!   of the Openwall Project, 1996–2011; its header says it "is assumed to be in the public
//!   domain"), as shipped in Debian's `john-data` 1.9.0-2. The check lower-cases the passphrase,
//!   drops spaces, and also tries it without leading or trailing digits and symbols and as a
//!   repeated piece, so "Password2024!" and "iloveyouiloveyou" are refused too.
//! - At least [`MIN_DISTINCT_CHARS`] different characters ("aaaaaaaaaaaa", "121212121212"), and
//!   not digits only (a date or a phone number).
//!
//! Unlocking never checks these, so tightening them later locks nobody out.

use std::collections::HashSet;
use std::sync::OnceLock;

use zeroize::Zeroizing;

use super::VaultError;

/// Shortest passphrase accepted for a new vault or a new passphrase, in characters (Unicode
/// scalar values), unless it has [`MIN_PASSPHRASE_WORDS`] words.
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// Words (of two or more characters) that make a passphrase long enough whatever its length.
pub const MIN_PASSPHRASE_WORDS: usize = 4;
/// Different characters a passphrase needs at least.
const MIN_DISTINCT_CHARS: usize = 5;

const LIST: &str = include_str!("common-passwords.txt");

fn blocklist() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.starts_with("#!comment:") && !l.is_empty())
            .collect()
    })
}

/// How many entries the shipped blocklist has.
#[cfg(test)]
fn blocklist_len() -> usize {
    blocklist().len()
}

fn long_enough(text: &str) -> bool {
    text.chars().count() >= MIN_PASSPHRASE_CHARS
        || text
            .split_whitespace()
            .filter(|w| w.chars().count() >= 2)
            .count()
            >= MIN_PASSPHRASE_WORDS
}

/// The shortest piece that `text` repeats (itself if it repeats none).
fn repeated_unit(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    for len in 1..n {
        if n.is_multiple_of(len) {
            let unit = &text[..chars[len].0];
            if unit.repeat(n / len) == text {
                return unit;
            }
        }
    }
    text
}

fn too_common(text: &str) -> bool {
    let squeezed: Zeroizing<String> = Zeroizing::new(
        text.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect(),
    );
    let distinct: HashSet<char> = squeezed.chars().collect();
    if distinct.len() < MIN_DISTINCT_CHARS || squeezed.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let list = blocklist();
    let not_letter = |c: char| !c.is_alphabetic();
    let core = squeezed.trim_matches(not_letter);
    let candidates = [
        squeezed.as_str(),
        squeezed.trim_end_matches(not_letter),
        squeezed.trim_start_matches(not_letter),
        core,
        repeated_unit(&squeezed),
        repeated_unit(core),
    ];
    candidates.iter().any(|c| list.contains(c))
}

pub(super) fn check(text: &str) -> Result<(), VaultError> {
    if !long_enough(text) {
        return Err(VaultError::PassphraseTooShort {
            min_chars: MIN_PASSPHRASE_CHARS,
        });
    }
    if too_common(text) {
        return Err(VaultError::PassphraseTooCommon);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_characters_or_four_words() {
        assert!(check("plum river cold lamp").is_ok(), "four words");
        assert!(check("tangerinebox").is_ok(), "twelve characters");
        assert!(
            check("éééééééééééé").is_err(),
            "twelve characters, one distinct"
        );
        assert!(check("red sun sky").is_err(), "three short words");
        assert!(check("a b c d e").is_err(), "one-letter words do not count");
        assert!(matches!(
            check("tangerinebo"),
            Err(VaultError::PassphraseTooShort { min_chars: 12 })
        ));
        // Characters, not bytes: eleven two-byte characters are too few.
        assert!(check("ßéàüöäçñøåæ").is_err());
        assert!(check("ßéàüöäçñøåæb").is_ok());
    }

    #[test]
    fn the_blocklist_is_shipped_and_used() {
        assert!(blocklist_len() > 3_000, "{}", blocklist_len());
        assert!(blocklist().contains("password"));
        assert!(blocklist().contains("iloveyou"));
        for common in [
            "winniethepooh",
            "Password2024!",
            "PASSWORD123456",
            "iloveyouiloveyou",
            "123456789012",
            "aaaaaaaaaaaa",
            "121212121212",
            "qwerty qwerty qwerty",
            "1234 monkey 5678",
        ] {
            assert_eq!(
                check(common),
                Err(VaultError::PassphraseTooCommon),
                "{common}"
            );
        }
        assert!(check("monkey on a red bicycle").is_ok());
    }
}
