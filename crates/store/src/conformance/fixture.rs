//! A populated database from schema version 1, as data: the rows a version-1 Solace wrote for a
//! known passphrase, and the entries they hold. Each backend's upgrade test writes these rows
//! with version-1 SQL into a database migrated only to version 1, then runs every migration and
//! checks that every entry still opens. The same file also pins the vault and record formats:
//! if a change to the crypto makes it unreadable, that change needs a new format version.
//!
//! `fixture_v1.json` was made once by [`generate_fixture`]; do not regenerate it (that would
//! defeat the test). A future format adds `fixture_v2.json` beside it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::hex;
use crate::{Diary, RecordId, RecordRow, Store, UserId};

const ACCOUNT: &str = crate::LOCAL_ACCOUNT;
const PASSPHRASE: &str = "fixture passphrase, version 1";

/// One stored record and the entry it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureRecord {
    #[serde(with = "hex::array")]
    pub id: [u8; 16],
    pub version: i32,
    #[serde(with = "hex::array")]
    pub nonce: [u8; 24],
    #[serde(with = "hex::vec")]
    pub ciphertext: Vec<u8>,
    pub entry: Value,
}

/// The rows of one version-1 account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureV1 {
    pub about: String,
    pub account: String,
    pub passphrase: String,
    pub recovery_code: String,
    #[serde(with = "hex::array")]
    pub user_id: [u8; 16],
    #[serde(with = "hex::array")]
    pub name_hash: [u8; 32],
    #[serde(with = "hex::vec")]
    pub vault_header: Vec<u8>,
    pub records: Vec<FixtureRecord>,
}

impl FixtureV1 {
    /// The committed fixture.
    pub fn load() -> Self {
        Self::parse(include_str!("fixture_v1.json")).expect("fixture_v1.json parses")
    }

    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a fixture serialises")
    }

    /// Unlocks with the passphrase and with the recovery code and checks every entry.
    pub async fn check_readable(&self, store: &Arc<dyn Store>) {
        let diary = Diary::new(store.clone());
        let now = super::t0();
        let unlocked = diary
            .unlock(&self.account, &super::pass(&self.passphrase), now)
            .await
            .expect("the fixture's passphrase unlocks");
        assert_eq!(unlocked.user(), UserId::from_bytes(self.user_id));
        let list = diary.list::<Value>(&unlocked).await.expect("list");
        assert!(
            list.unreadable.is_empty(),
            "unreadable: {:?}",
            list.unreadable
        );
        assert_eq!(list.entries.len(), self.records.len());
        for record in &self.records {
            let got: Value = diary
                .get(&unlocked, RecordId::from_bytes(record.id))
                .await
                .expect("entry opens");
            assert_eq!(got, record.entry);
        }
        let code = crate::RecoveryCode::parse(&self.recovery_code).expect("code parses");
        let header =
            crate::vault::VaultHeader::from_bytes(&self.vault_header).expect("header parses");
        assert!(
            crate::vault::unlock_with_recovery_code(&header, &code).is_ok(),
            "the recovery code opens"
        );
    }
}

/// Makes a fixture with the current code through `store` (an empty database): the local
/// account, the sample entries, and the rows as stored.
pub async fn generate_fixture(store: &Arc<dyn Store>) -> FixtureV1 {
    let diary = Diary::new(store.clone());
    let (unlocked, code) = diary
        .create_account(ACCOUNT, &super::pass(PASSPHRASE))
        .await
        .expect("create the fixture account");
    let user = unlocked.user();
    let mut records = Vec::new();
    for entry in super::sample_entries() {
        let id = diary.add(&unlocked, &entry).await.expect("add");
        let RecordRow {
            id: _,
            version,
            nonce,
            ciphertext,
        } = store
            .get_record(user, id)
            .await
            .expect("get")
            .expect("present");
        records.push(FixtureRecord {
            id: *id.as_bytes(),
            version,
            nonce,
            ciphertext,
            entry,
        });
    }
    FixtureV1 {
        about:
            "Rows written by Solace schema version 1; see crates/store/src/conformance/fixture.rs"
                .to_owned(),
        account: ACCOUNT.to_owned(),
        passphrase: PASSPHRASE.to_owned(),
        recovery_code: code.reveal().to_string(),
        user_id: *user.as_bytes(),
        name_hash: crate::vault::account_name_hash(ACCOUNT).0,
        vault_header: store
            .vault_header(user)
            .await
            .expect("header")
            .expect("present"),
        records,
    }
}
