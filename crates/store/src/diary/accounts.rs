//! Accounts: names (keyed in hosted mode), creating, unlocking, recovering, changing the
//! passphrase (a re-key), confirming it again, and deleting everything.

use chrono::{DateTime, Utc};

use crate::ids::UserId;
use crate::store::{FailureKind, NewUser, RecordRow, Resealed, StoreError, UserRow};
use crate::vault::{
    self, DataKey, NameHash, Passphrase, RECORD_FORMAT_V1, RecoveryCode, Sealed, VaultError,
};

use super::{Diary, DiaryError, Names, REKEY_TRIES, Unlocked};

impl Diary {
    /// How this diary stores `name` (keyed with the server secret in hosted mode).
    pub fn name_hash(&self, name: &str) -> NameHash {
        match self.names {
            Names::Unkeyed => vault::account_name_hash(name),
            Names::Keyed => vault::keyed_account_name_hash(&self.server, name),
        }
    }

    /// Finds an account by name. In hosted mode a row still under the old unkeyed hash is found
    /// too and moved to the keyed hash on the spot; the second lookup runs for unknown names
    /// as well, so both take two queries.
    pub(super) async fn find_account(&self, name: &str) -> Result<Option<UserRow>, DiaryError> {
        let hash = self.name_hash(name);
        if let Some(found) = self.store.find_user(&hash).await? {
            return Ok(Some(found));
        }
        if self.names == Names::Unkeyed {
            return Ok(None);
        }
        let legacy = vault::account_name_hash(name);
        let Some(found) = self.store.find_user(&legacy).await? else {
            return Ok(None);
        };
        match self.store.rename_user(found.id, &legacy, &hash).await {
            Ok(_) | Err(StoreError::AlreadyExists) => {}
            Err(e) => return Err(e.into()),
        }
        Ok(Some(found))
    }

    pub async fn account_exists(&self, name: &str) -> Result<bool, DiaryError> {
        Ok(self.find_account(name).await?.is_some())
    }

    /// Creates an account and its vault. Returns the unlocked diary and the recovery code,
    /// which must be shown to the person once and is not stored anywhere in readable form.
    /// No creation time is stored (it would date the pregnancy loss).
    ///
    /// A taken name costs the same key derivations as a free one before `AccountExists`, so
    /// the time does not add to what the answer itself says (see SECURITY.md: registration
    /// cannot help telling that a name is taken; the account name is meant to be one that
    /// identifies nobody).
    pub async fn create_account(
        &self,
        name: &str,
        passphrase: &Passphrase,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        passphrase.check_new()?;
        let name_hash = self.name_hash(name);
        let taken = self.find_account(name).await?.is_some();
        let created = self.new_vault(passphrase).await?;
        if taken {
            return Err(DiaryError::AccountExists);
        }
        let user = vault::new_user_id()?;
        let row = NewUser {
            id: user,
            name_hash,
            vault_header: created.header.to_bytes(),
        };
        match self.store.create_user(&row).await {
            Ok(()) => Ok((
                Unlocked {
                    user,
                    key: created.key,
                    failed_attempts: 0,
                },
                created.recovery_code,
            )),
            Err(StoreError::AlreadyExists) => Err(DiaryError::AccountExists),
            Err(e) => Err(e.into()),
        }
    }

    /// Unlocks with the passphrase. `WrongPassphrase` changes nothing but the failure count;
    /// after `max_failures` failures in the window, `TooManyAttempts` without trying. A name
    /// with no account answers `NoSuchAccount` after the same derivation, and
    /// `TooManyAttempts` after as many tries. A slot made with weaker parameters than the
    /// configured ones is raised to them.
    pub async fn unlock(
        &self,
        name: &str,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, DiaryError> {
        let ticket = self.kdf_ticket()?;
        let Some(found) = self.find_account(name).await? else {
            self.reserve_unknown(self.name_hash(name), FailureKind::Passphrase, now)?;
            self.burn(&ticket, passphrase.duplicate()).await?;
            return Err(DiaryError::NoSuchAccount);
        };
        let user = found.id;
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let header = self.parse_header(&found.vault_header)?;
        let pass = passphrase.duplicate();
        let target = self.config.kdf;
        let outcome = self
            .derive_with(&ticket, move || {
                let key = vault::unlock_with_passphrase(&header, &pass)?;
                // Raise an older slot while the passphrase is at hand.
                let raised = if header.passphrase.kdf.weaker_than(&target) {
                    Some(vault::rewrap_passphrase(&header, &key, &pass, target)?)
                } else {
                    None
                };
                Ok((key, raised))
            })
            .await;
        let ((key, raised), failed_attempts) = self.after_attempt(user, outcome).await?;
        if let Some(raised) = raised {
            self.store
                .put_vault_header(user, &raised.to_bytes())
                .await?;
        }
        Ok(Unlocked {
            user,
            key,
            failed_attempts,
        })
    }

    /// Unlocks with the recovery code and sets a new passphrase, re-keying the vault (see
    /// [`Diary::change_passphrase`]). The code is used up: a new one is returned (show it
    /// once). Every existing session ends. Wrong codes have their own limit
    /// (`max_recovery_failures` in `recovery_window`): wrong passphrases never block this.
    pub async fn recover(
        &self,
        name: &str,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        new_passphrase.check_new()?;
        let ticket = self.kdf_ticket()?;
        let Some(found) = self.find_account(name).await? else {
            self.reserve_unknown(self.name_hash(name), FailureKind::RecoveryCode, now)?;
            self.burn(&ticket, Passphrase::from_code(code)).await?;
            return Err(DiaryError::NoSuchAccount);
        };
        let user = found.id;
        self.reserve_attempt(user, FailureKind::RecoveryCode, now)
            .await?;
        let header = self.parse_header(&found.vault_header)?;
        let typed = code.duplicate();
        let outcome = self
            .derive_with(&ticket, move || {
                vault::unlock_with_recovery_code(&header, &typed)
            })
            .await;
        drop(ticket);
        let (old_key, failed_attempts) = self.after_attempt(user, outcome).await?;
        let (mut unlocked, new_code) = self.rekey(user, &old_key, new_passphrase).await?;
        unlocked.failed_attempts = failed_attempts;
        Ok((unlocked, new_code))
    }

    /// Sets a new passphrase after checking the current one (rate-limited like unlocking), and
    /// **re-keys**: a new data key, every record re-sealed under it and a new header (new
    /// passphrase slot, new recovery code) in one transaction. An old copy of the header (a
    /// backup, a cloud copy) with the old passphrase then opens nothing written since, and the
    /// old recovery code stops working too. Every session of the account ends (someone who knew
    /// the old passphrase may hold one); returns the diary unlocked under the new key (call
    /// [`Diary::start_session`] with it) and the new recovery code (show it once).
    pub async fn change_passphrase(
        &self,
        unlocked: &Unlocked,
        current: &Passphrase,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        new_passphrase.check_new()?;
        let user = unlocked.user;
        let header = self.header(user).await?;
        let ticket = self.kdf_ticket()?;
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let current = current.duplicate();
        let outcome = self
            .derive_with(&ticket, move || {
                vault::unlock_with_passphrase(&header, &current)
            })
            .await;
        drop(ticket);
        let (old_key, _) = self.after_attempt(user, outcome).await?;
        self.rekey(user, &old_key, new_passphrase).await
    }

    /// A new vault for `new_passphrase`, and every record re-sealed from `old_key` to its key,
    /// stored in one transaction (retried if a record changed meanwhile). Ends every session.
    /// A record that does not open under the old key is kept as it is (it was unreadable
    /// before and stays so).
    pub(super) async fn rekey(
        &self,
        user: UserId,
        old_key: &DataKey,
        new_passphrase: &Passphrase,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        let created = self.new_vault(new_passphrase).await?;
        let header = created.header.to_bytes();
        for _ in 0..REKEY_TRIES {
            let rows = self.store.list_records(user).await?;
            let mut resealed = Vec::with_capacity(rows.len());
            for row in rows {
                let sealed = Sealed {
                    nonce: row.nonce,
                    ciphertext: row.ciphertext.clone(),
                };
                let next = match vault::reseal_record(
                    old_key,
                    &created.key,
                    user,
                    row.id,
                    row.version,
                    &sealed,
                ) {
                    Ok(next) => RecordRow {
                        id: row.id,
                        version: RECORD_FORMAT_V1,
                        nonce: next.nonce,
                        ciphertext: next.ciphertext,
                    },
                    Err(VaultError::RecordCorrupt) => row.clone(),
                    Err(e) => return Err(e.into()),
                };
                resealed.push(Resealed {
                    old_nonce: row.nonce,
                    row: next,
                });
            }
            if self.store.rekey(user, &header, &resealed).await? {
                return Ok((
                    Unlocked {
                        user,
                        key: created.key,
                        failed_attempts: 0,
                    },
                    created.recovery_code,
                ));
            }
        }
        Err(DiaryError::Internal(
            "the diary kept changing while its key was being replaced",
        ))
    }

    /// Deletes the account, its vault, every entry and every session.
    pub async fn delete_everything(&self, unlocked: Unlocked) -> Result<(), DiaryError> {
        self.store.delete_user(unlocked.user).await?;
        Ok(())
    }

    /// Asks for the passphrase of an open diary again, before something that hands over or
    /// destroys all of it (export, delete everything): a live session alone is not enough, since
    /// whoever is at the computer may not be its owner. Rate-limited like unlocking: a wrong
    /// passphrase counts as a failed unlock, and after `max_failures` in the window the answer
    /// is `TooManyAttempts` without trying.
    pub async fn confirm_passphrase(
        &self,
        unlocked: &Unlocked,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let user = unlocked.user;
        let header = self.header(user).await?;
        let ticket = self.kdf_ticket()?;
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let pass = passphrase.duplicate();
        let outcome = self
            .derive_with(&ticket, move || {
                vault::unlock_with_passphrase(&header, &pass).map(drop)
            })
            .await;
        self.after_attempt(user, outcome).await.map(drop)
    }
}
