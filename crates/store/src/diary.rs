//! The diary service: accounts, unlocking, sessions and sealed records, on top of any [`Store`].
//!
//! This is the API the web app and the CLI use. It is the only caller of [`crate::vault`]; the
//! backends below it see ciphertext only. Typical web request:
//!
//! ```text
//! unlock form:  let u = diary.unlock(name, &passphrase, now).await?;      // Argon2id, rate-limited
//!               let s = diary.start_session(&u, now).await?;              // set cookie = s.secret()
//! later:        let u = diary.open_session(&secret_from_cookie, now).await?; // slides the idle timeout
//!               diary.add(&u, &entry).await?;                              // u (and its key) dropped
//!                                                                           // and zeroized at the end
//! lock:         diary.end_session(&secret_from_cookie).await?;
//! ```

use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::ids::{RecordId, UserId};
use crate::store::{NewUser, RecordRow, SessionRow, Store, StoreError};
use crate::vault::{
    self, DataKey, KdfParams, Passphrase, RECORD_FORMAT_V1, RecoveryCode, Sealed, SessionSecret,
    VaultError, VaultHeader,
};

/// The account name used in single-user (local SQLite) mode.
pub const LOCAL_ACCOUNT: &str = "local";

/// Tunable policy. [`DiaryConfig::default`] is what Solace ships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryConfig {
    /// A session ends after this long without a request (sliding). Default 15 minutes.
    pub idle_timeout: TimeDelta,
    /// Argon2id parameters for new passphrase and recovery slots. Existing slots keep the
    /// parameters stored with them until the passphrase or code is next set.
    pub kdf: KdfParams,
    /// Failed unlocks (passphrase or recovery code) allowed per account within `failure_window`
    /// before further attempts are refused without being tried. Default 5.
    pub max_failures: usize,
    /// Default 15 minutes.
    pub failure_window: TimeDelta,
}

impl Default for DiaryConfig {
    fn default() -> Self {
        Self {
            idle_timeout: TimeDelta::minutes(15),
            kdf: KdfParams::DEFAULT,
            max_failures: 5,
            failure_window: TimeDelta::minutes(15),
        }
    }
}

/// What the diary can refuse. Messages never contain passphrases, codes or diary content.
#[derive(Debug, thiserror::Error)]
pub enum DiaryError {
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("the recovery code is not right")]
    WrongRecoveryCode,
    #[error(
        "a recovery code is {} letters and digits",
        vault::RECOVERY_CODE_SYMBOLS
    )]
    MalformedRecoveryCode,
    #[error("a passphrase needs at least {min_chars} characters")]
    PassphraseTooShort { min_chars: usize },
    /// Show the same words as `WrongPassphrase` in multi-user mode; the timing is already alike.
    #[error("no account has this name")]
    NoSuchAccount,
    #[error("an account with this name exists already")]
    AccountExists,
    #[error("too many failed attempts: try again in {} seconds", retry_after.num_seconds())]
    TooManyAttempts { retry_after: TimeDelta },
    /// No live session for this secret (never existed, ended, expired, or tampered with).
    #[error("the diary is locked: unlock it again")]
    SessionInvalid,
    #[error("no such diary entry")]
    RecordNotFound,
    #[error("a diary entry could not be opened: it was changed, moved or damaged")]
    RecordCorrupt,
    #[error("a diary entry is larger than {} bytes", vault::MAX_RECORD_BYTES)]
    RecordTooLarge,
    /// The entry's JSON did not fit the requested type. Position only: serde's own message can
    /// quote the content, so it is dropped.
    #[error(
        "a diary entry has an unexpected shape ({category} error at line {line}, column {column})"
    )]
    RecordFormat {
        category: &'static str,
        line: usize,
        column: usize,
    },
    #[error("the vault is damaged or of an unknown format")]
    VaultCorrupt,
    #[error("internal error: {0}")]
    Internal(&'static str),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<VaultError> for DiaryError {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::WrongPassphrase => Self::WrongPassphrase,
            VaultError::WrongRecoveryCode => Self::WrongRecoveryCode,
            VaultError::MalformedRecoveryCode => Self::MalformedRecoveryCode,
            VaultError::PassphraseTooShort { min_chars } => Self::PassphraseTooShort { min_chars },
            VaultError::RecordCorrupt => Self::RecordCorrupt,
            VaultError::RecordTooLarge => Self::RecordTooLarge,
            VaultError::SessionInvalid => Self::SessionInvalid,
            VaultError::HeaderCorrupt(_) | VaultError::KdfParams(_) => Self::VaultCorrupt,
            VaultError::Random => Self::Internal("the random number generator failed"),
        }
    }
}

fn json_error(e: &serde_json::Error) -> DiaryError {
    let category = match e.classify() {
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Data => "data",
        serde_json::error::Category::Eof => "end of input",
    };
    DiaryError::RecordFormat {
        category,
        line: e.line(),
        column: e.column(),
    }
}

/// An unlocked diary for the length of one request: the user and the unwrapped data key, which
/// is zeroized when this is dropped. Not `Clone`; do not keep it between requests.
#[derive(Debug)]
pub struct Unlocked {
    user: UserId,
    key: DataKey,
}

impl Unlocked {
    pub fn user(&self) -> UserId {
        self.user
    }
}

/// A started session: give `secret()` to the browser as the cookie value, once.
#[derive(Debug)]
pub struct Session {
    secret: SessionSecret,
    user: UserId,
    expires_at: DateTime<Utc>,
}

impl Session {
    pub fn secret(&self) -> &SessionSecret {
        &self.secret
    }

    pub fn into_secret(self) -> SessionSecret {
        self.secret
    }

    pub fn user(&self) -> UserId {
        self.user
    }

    /// Ends at this time unless used again (each use slides it by the idle timeout).
    pub fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }
}

/// The entries of a diary, and the ids of any that could not be opened (changed or damaged
/// rows): one bad row does not hide the rest.
#[derive(Debug)]
pub struct DiaryList<T> {
    pub entries: Vec<(RecordId, T)>,
    pub unreadable: Vec<RecordId>,
}

/// The diary service. Cheap to share (`Arc` it); holds no per-user state in memory, so any
/// number of app nodes can serve the same database.
#[derive(Debug)]
pub struct Diary {
    store: Arc<dyn Store>,
    config: DiaryConfig,
    /// Bounds concurrent Argon2id derivations (19 MiB each) to the number of cores.
    kdf_permits: Semaphore,
    /// Serialises "count recent failures, then reserve this attempt" so that attempts fired at
    /// once cannot all pass the check before any of them is recorded.
    attempt_gate: tokio::sync::Mutex<()>,
}

impl Diary {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self::with_config(store, DiaryConfig::default())
            .unwrap_or_else(|_| unreachable!("the default config is valid"))
    }

    /// `VaultCorrupt` if the KDF parameters are below the floor ([`KdfParams::DEFAULT`]).
    pub fn with_config(store: Arc<dyn Store>, config: DiaryConfig) -> Result<Self, DiaryError> {
        config.kdf.validate()?;
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Ok(Self {
            store,
            config,
            kdf_permits: Semaphore::new(cores),
            attempt_gate: tokio::sync::Mutex::new(()),
        })
    }

    pub fn config(&self) -> &DiaryConfig {
        &self.config
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Runs CPU-heavy key derivation off the async threads, a bounded number at a time.
    async fn derive<T, F>(&self, work: F) -> Result<T, DiaryError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T, VaultError> + Send + 'static,
    {
        let _permit = self
            .kdf_permits
            .acquire()
            .await
            .map_err(|_| DiaryError::Internal("key derivation closed"))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|_| DiaryError::Internal("key derivation task failed"))?
            .map_err(DiaryError::from)
    }

    async fn header(&self, user: UserId) -> Result<VaultHeader, DiaryError> {
        let bytes = self
            .store
            .vault_header(user)
            .await?
            .ok_or(DiaryError::NoSuchAccount)?;
        Ok(VaultHeader::from_bytes(&bytes)?)
    }

    /// Refuses without trying when the account has `max_failures` failures in the window;
    /// otherwise records this attempt as a failure *before* the slow key derivation, so attempts
    /// fired together are each counted (a success clears the count in [`Self::after_attempt`]).
    /// Before, the failure was recorded only after Argon2id, and N concurrent guesses all passed
    /// the check. Within one process the check and the reservation are serialised; across app
    /// nodes sharing PostgreSQL the remaining window is the two quick queries, not a derivation.
    async fn reserve_attempt(&self, user: UserId, now: DateTime<Utc>) -> Result<(), DiaryError> {
        let _gate = self.attempt_gate.lock().await;
        let window = self.config.failure_window;
        let failures = self.store.unlock_failures_since(user, now - window).await?;
        let max = self.config.max_failures.max(1);
        if failures.len() >= max {
            // Allowed again once the oldest of the last `max` failures leaves the window.
            let oldest = failures.get(failures.len() - max).copied().unwrap_or(now);
            let retry_after = (oldest + window - now).max(TimeDelta::seconds(1));
            return Err(DiaryError::TooManyAttempts { retry_after });
        }
        self.store.record_unlock_failure(user, now).await?;
        Ok(())
    }

    /// A success clears the failures, the reserved one included; a wrong passphrase or code
    /// leaves the reservation standing as the failure it was.
    async fn after_attempt<T>(
        &self,
        user: UserId,
        outcome: Result<T, DiaryError>,
    ) -> Result<T, DiaryError> {
        if outcome.is_ok() {
            self.store.clear_unlock_failures(user).await?;
        }
        outcome
    }

    // --- accounts -------------------------------------------------------------------------

    pub async fn account_exists(&self, name: &str) -> Result<bool, DiaryError> {
        Ok(self
            .store
            .find_user(&vault::account_name_hash(name))
            .await?
            .is_some())
    }

    /// Creates an account and its vault. Returns the unlocked diary and the recovery code,
    /// which must be shown to the person once and is not stored anywhere in readable form.
    /// No creation time is stored (it would date the pregnancy loss).
    pub async fn create_account(
        &self,
        name: &str,
        passphrase: &Passphrase,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        passphrase.check_new()?;
        let name_hash = vault::account_name_hash(name);
        if self.store.find_user(&name_hash).await?.is_some() {
            return Err(DiaryError::AccountExists);
        }
        let pass = passphrase.duplicate();
        let params = self.config.kdf;
        let created = self
            .derive(move || vault::create_vault(&pass, params))
            .await?;
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
                },
                created.recovery_code,
            )),
            Err(StoreError::AlreadyExists) => Err(DiaryError::AccountExists),
            Err(e) => Err(e.into()),
        }
    }

    /// Unlocks with the passphrase. `WrongPassphrase` changes nothing but the failure count;
    /// after `max_failures` failures in the window, `TooManyAttempts` without trying.
    pub async fn unlock(
        &self,
        name: &str,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, DiaryError> {
        let Some(found) = self
            .store
            .find_user(&vault::account_name_hash(name))
            .await?
        else {
            let pass = passphrase.duplicate();
            let params = self.config.kdf;
            self.derive(move || vault::burn_derivation(&pass, params))
                .await?;
            return Err(DiaryError::NoSuchAccount);
        };
        let user = found.id;
        self.reserve_attempt(user, now).await?;
        let header = VaultHeader::from_bytes(&found.vault_header)?;
        let pass = passphrase.duplicate();
        let outcome = self
            .derive(move || vault::unlock_with_passphrase(&header, &pass))
            .await;
        let key = self.after_attempt(user, outcome).await?;
        Ok(Unlocked { user, key })
    }

    /// Unlocks with the recovery code and sets a new passphrase. The code is used up: a new
    /// one is returned (show it once). Every existing session ends.
    pub async fn recover(
        &self,
        name: &str,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(Unlocked, RecoveryCode), DiaryError> {
        new_passphrase.check_new()?;
        let found = self
            .store
            .find_user(&vault::account_name_hash(name))
            .await?
            .ok_or(DiaryError::NoSuchAccount)?;
        let user = found.id;
        self.reserve_attempt(user, now).await?;
        let header = VaultHeader::from_bytes(&found.vault_header)?;
        let typed = code.duplicate();
        let params = self.config.kdf;
        let pass = new_passphrase.duplicate();
        let outcome = self
            .derive(move || {
                let key = vault::unlock_with_recovery_code(&header, &typed)?;
                let next = vault::rewrap_passphrase(&header, &key, &pass, params)?;
                let (next, new_code) = vault::rewrap_recovery(&next, &key, params)?;
                Ok((key, next, new_code))
            })
            .await;
        let (key, next, new_code) = self.after_attempt(user, outcome).await?;
        if !self.store.put_vault_header(user, &next.to_bytes()).await? {
            return Err(DiaryError::NoSuchAccount);
        }
        self.store.delete_user_sessions(user).await?;
        Ok((Unlocked { user, key }, new_code))
    }

    /// Sets a new passphrase after checking the current one (rate-limited like unlocking).
    /// Only the passphrase slot is re-wrapped: records and the recovery code are untouched.
    /// Every session of the account ends (someone who knew the old passphrase may hold one);
    /// call [`Diary::start_session`] with `unlocked` to carry on.
    pub async fn change_passphrase(
        &self,
        unlocked: &Unlocked,
        current: &Passphrase,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        new_passphrase.check_new()?;
        let user = unlocked.user;
        let header = self.header(user).await?;
        self.reserve_attempt(user, now).await?;
        let (current, new_pass, params) = (
            current.duplicate(),
            new_passphrase.duplicate(),
            self.config.kdf,
        );
        let outcome = self
            .derive(move || {
                let key = vault::unlock_with_passphrase(&header, &current)?;
                vault::rewrap_passphrase(&header, &key, &new_pass, params)
            })
            .await;
        let next = self.after_attempt(user, outcome).await?;
        if !self.store.put_vault_header(user, &next.to_bytes()).await? {
            return Err(DiaryError::NoSuchAccount);
        }
        self.store.delete_user_sessions(user).await?;
        Ok(())
    }

    /// Deletes the account, its vault, every entry and every session.
    pub async fn delete_everything(&self, unlocked: Unlocked) -> Result<(), DiaryError> {
        self.store.delete_user(unlocked.user).await?;
        Ok(())
    }

    // --- sessions ---------------------------------------------------------------------------

    /// Starts a session: a new random secret for the cookie; the database keeps only the data
    /// key wrapped under it and the expiry (`now` + idle timeout).
    pub async fn start_session(
        &self,
        unlocked: &Unlocked,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let (secret, row) = self.new_session_row(unlocked, now)?;
        self.store.create_session(&row).await?;
        Ok(Session {
            secret,
            user: unlocked.user,
            expires_at: row.expires_at,
        })
    }

    fn new_session_row(
        &self,
        unlocked: &Unlocked,
        now: DateTime<Utc>,
    ) -> Result<(SessionSecret, SessionRow), DiaryError> {
        let secret = SessionSecret::generate()?;
        let wrapped = vault::wrap_for_session(&unlocked.key, &secret, unlocked.user)?;
        let row = SessionRow {
            lookup: vault::session_lookup(&secret),
            user_id: unlocked.user,
            nonce: wrapped.nonce,
            wrapped_key: wrapped.ciphertext,
            expires_at: now + self.config.idle_timeout,
        };
        Ok((secret, row))
    }

    /// Opens the diary for one request from the cookie's secret, and slides the idle timeout.
    /// `SessionInvalid` if the session is unknown, ended or idle too long.
    pub async fn open_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, DiaryError> {
        let row = self
            .store
            .touch_session(
                &vault::session_lookup(secret),
                now,
                now + self.config.idle_timeout,
            )
            .await?
            .ok_or(DiaryError::SessionInvalid)?;
        let key = vault::unwrap_session(
            &Sealed {
                nonce: row.nonce,
                ciphertext: row.wrapped_key,
            },
            secret,
            row.user_id,
        )?;
        Ok(Unlocked {
            user: row.user_id,
            key,
        })
    }

    /// Slides the idle timeout without unwrapping the key. `SessionInvalid` if not live.
    pub async fn touch(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, DiaryError> {
        let row = self
            .store
            .touch_session(
                &vault::session_lookup(secret),
                now,
                now + self.config.idle_timeout,
            )
            .await?
            .ok_or(DiaryError::SessionInvalid)?;
        Ok(row.expires_at)
    }

    /// Replaces the session's secret with a new one (the old cookie stops working at once).
    pub async fn rotate_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let unlocked = self.open_session(secret, now).await?;
        let (new_secret, row) = self.new_session_row(&unlocked, now)?;
        if !self
            .store
            .rotate_session(&vault::session_lookup(secret), now, &row)
            .await?
        {
            return Err(DiaryError::SessionInvalid);
        }
        Ok(Session {
            secret: new_secret,
            user: unlocked.user,
            expires_at: row.expires_at,
        })
    }

    /// Lock / log out: deletes the wrapped key. Ending an unknown session is not an error.
    pub async fn end_session(&self, secret: &SessionSecret) -> Result<(), DiaryError> {
        self.store
            .delete_session(&vault::session_lookup(secret))
            .await?;
        Ok(())
    }

    /// Ends every session of the user; returns how many there were.
    pub async fn end_all_sessions(&self, user: UserId) -> Result<u64, DiaryError> {
        Ok(self.store.delete_user_sessions(user).await?)
    }

    /// Deletes expired sessions and failures older than the failure window. Run it now and then
    /// (say each minute); expired sessions are refused whether or not they were purged.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, DiaryError> {
        let sessions = self.store.purge_expired_sessions(now).await?;
        self.store
            .purge_unlock_failures(now - self.config.failure_window)
            .await?;
        Ok(sessions)
    }

    // --- records ----------------------------------------------------------------------------

    fn seal<T: Serialize + ?Sized>(
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<RecordRow, DiaryError> {
        let mut json = Zeroizing::new(Vec::with_capacity(512));
        serde_json::to_writer(&mut *json, entry).map_err(|e| json_error(&e))?;
        let sealed = vault::seal_record(&unlocked.key, unlocked.user, id, &json)?;
        Ok(RecordRow {
            id,
            version: RECORD_FORMAT_V1,
            nonce: sealed.nonce,
            ciphertext: sealed.ciphertext,
        })
    }

    fn open<T: DeserializeOwned>(unlocked: &Unlocked, row: RecordRow) -> Result<T, DiaryError> {
        let sealed = Sealed {
            nonce: row.nonce,
            ciphertext: row.ciphertext,
        };
        let json = vault::open_record(&unlocked.key, unlocked.user, row.id, row.version, &sealed)?;
        serde_json::from_slice(&json).map_err(|e| json_error(&e))
    }

    /// Seals and stores a new entry (any serialisable value; the diary uses its JSON form).
    pub async fn add<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        entry: &T,
    ) -> Result<RecordId, DiaryError> {
        let id = vault::new_record_id()?;
        let row = Self::seal(unlocked, id, entry)?;
        self.store.insert_record(unlocked.user, &row).await?;
        Ok(id)
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
    ) -> Result<T, DiaryError> {
        let row = self
            .store
            .get_record(unlocked.user, id)
            .await?
            .ok_or(DiaryError::RecordNotFound)?;
        Self::open(unlocked, row)
    }

    /// Re-seals the entry under a fresh nonce. `RecordNotFound` if the user has no such entry.
    pub async fn update<T: Serialize + ?Sized>(
        &self,
        unlocked: &Unlocked,
        id: RecordId,
        entry: &T,
    ) -> Result<(), DiaryError> {
        let row = Self::seal(unlocked, id, entry)?;
        if self.store.update_record(unlocked.user, &row).await? {
            Ok(())
        } else {
            Err(DiaryError::RecordNotFound)
        }
    }

    /// Deletes the entry's row. `RecordNotFound` if the user has no such entry.
    pub async fn delete(&self, unlocked: &Unlocked, id: RecordId) -> Result<(), DiaryError> {
        if self.store.delete_record(unlocked.user, id).await? {
            Ok(())
        } else {
            Err(DiaryError::RecordNotFound)
        }
    }

    /// Every entry, opened. The order is meaningless (dates are inside the entries): sort after.
    pub async fn list<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
    ) -> Result<DiaryList<T>, DiaryError> {
        let rows = self.store.list_records(unlocked.user).await?;
        let mut list = DiaryList {
            entries: Vec::with_capacity(rows.len()),
            unreadable: Vec::new(),
        };
        for row in rows {
            let id = row.id;
            match Self::open(unlocked, row) {
                Ok(entry) => list.entries.push((id, entry)),
                Err(_) => list.unreadable.push(id),
            }
        }
        Ok(list)
    }

    /// The database's consistency check (see [`Store::integrity_check`]).
    pub async fn integrity_check(&self) -> Result<(), DiaryError> {
        Ok(self.store.integrity_check().await?)
    }
}

impl Diary {
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
        self.reserve_attempt(user, now).await?;
        let pass = passphrase.duplicate();
        let outcome = self
            .derive(move || vault::unlock_with_passphrase(&header, &pass).map(drop))
            .await;
        self.after_attempt(user, outcome).await
    }
}
