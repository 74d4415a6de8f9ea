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
//!
//! Sessions need the diary's [`ServerSecret`] as well as the cookie: [`Diary::new`] makes a
//! random one that lives only in this process (local mode: every session ends with `serve`),
//! [`Diary::hosted`] takes the one read from `--server-secret-file`.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::ids::{RecordId, UserId};
use crate::store::{
    FailureKind, NewUser, RecordRow, Resealed, SessionRow, Store, StoreError, UserRow,
};
use crate::vault::{
    self, DataKey, KdfParams, NameHash, NewVault, Passphrase, RECORD_FORMAT_V1, RecoveryCode,
    Sealed, ServerSecret, SessionSecret, VaultError, VaultHeader,
};

/// The account name used in single-user (local SQLite) mode.
pub const LOCAL_ACCOUNT: &str = "local";

/// Tunable policy. [`DiaryConfig::default`] is what Solace ships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryConfig {
    /// A session ends after this long without a request (sliding). Default 15 minutes.
    pub idle_timeout: TimeDelta,
    /// A session ends this long after it started, however much it is used. Default 12 hours.
    pub session_lifetime: TimeDelta,
    /// The idle expiry is written only when a request would move it later by more than this, so
    /// reading the diary is not a database write per request. Default 1 minute (so a session
    /// ends between 14 and 15 idle minutes after the last request).
    pub renew_after: TimeDelta,
    /// Live sessions per account; starting one more ends the oldest. Default 10.
    pub max_sessions: usize,
    /// Argon2id parameters for new passphrase and recovery slots ([`KdfParams::recommended`]).
    /// Older, weaker slots are raised to these on the next unlock (passphrase) or recovery.
    pub kdf: KdfParams,
    /// Wrong passphrases allowed per account within `failure_window` before further attempts
    /// are refused without being tried. Default 5. Never blocks the recovery code.
    pub max_failures: usize,
    /// Default 15 minutes.
    pub failure_window: TimeDelta,
    /// Wrong recovery codes allowed per account within `recovery_window` (their own limit:
    /// wrong passphrases never use it up). Default 20.
    pub max_recovery_failures: usize,
    /// Default 1 hour.
    pub recovery_window: TimeDelta,
    /// Accept [`KdfParams::INSECURE_FAST_FOR_TESTS`] (set only by
    /// [`DiaryConfig::insecure_fast_kdf_for_tests`]).
    #[doc(hidden)]
    pub allow_test_kdf: bool,
}

impl Default for DiaryConfig {
    fn default() -> Self {
        Self {
            idle_timeout: TimeDelta::minutes(15),
            session_lifetime: TimeDelta::hours(12),
            renew_after: TimeDelta::minutes(1),
            max_sessions: 10,
            kdf: KdfParams::recommended(),
            max_failures: 5,
            failure_window: TimeDelta::minutes(15),
            max_recovery_failures: 20,
            recovery_window: TimeDelta::hours(1),
            allow_test_kdf: false,
        }
    }
}

impl DiaryConfig {
    /// The shipped policy with cheap key derivation, for tests that unlock many times. Never
    /// for a real diary: its vaults fall to an offline guesser quickly.
    #[doc(hidden)]
    pub fn insecure_fast_kdf_for_tests() -> Self {
        Self {
            kdf: KdfParams::INSECURE_FAST_FOR_TESTS,
            allow_test_kdf: true,
            ..Self::default()
        }
    }
}

/// How account names are hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// Unkeyed BLAKE2b (local mode: one account, `local`).
    Unkeyed,
    /// BLAKE2b keyed with the server secret (hosted mode); rows written before are found by
    /// their unkeyed hash and moved to the keyed one.
    Keyed,
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
    #[error(
        "a passphrase needs at least {min_chars} characters, or {} words",
        vault::MIN_PASSPHRASE_WORDS
    )]
    PassphraseTooShort { min_chars: usize },
    #[error("this passphrase is one of the most common ones, or too easy to guess")]
    PassphraseTooCommon,
    /// Show the same words as `WrongPassphrase`; the timing is alike too.
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
    /// The vault header asks for more key-derivation work than allowed (says how much, and why).
    #[error("{0}")]
    KdfTooCostly(VaultError),
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
            VaultError::PassphraseTooCommon => Self::PassphraseTooCommon,
            VaultError::RecordCorrupt => Self::RecordCorrupt,
            VaultError::RecordTooLarge => Self::RecordTooLarge,
            VaultError::SessionInvalid => Self::SessionInvalid,
            VaultError::KdfTooCostly { .. } => Self::KdfTooCostly(e),
            VaultError::HeaderCorrupt(_) | VaultError::KdfParams(_) => Self::VaultCorrupt,
            VaultError::ServerSecretTooShort => Self::Internal("the server secret is too short"),
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
    failed_attempts: u64,
}

impl Unlocked {
    pub fn user(&self) -> UserId {
        self.user
    }

    /// After [`Diary::unlock`] or [`Diary::recover`]: how many unlocks of this account failed
    /// (wrong passphrase or recovery code) since its last successful one. Zero otherwise.
    pub fn failed_attempts_since_last_visit(&self) -> u64 {
        self.failed_attempts
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

    /// Ends at this time unless used again (each use slides it by the idle timeout, up to the
    /// session's absolute end).
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

/// Failure times of names with no account, by name and kind.
type UnknownFailures = HashMap<(NameHash, FailureKind), Vec<DateTime<Utc>>>;

/// Most names the in-memory limiter for unknown names tracks at once.
const MAX_TRACKED_UNKNOWN_NAMES: usize = 10_000;
/// Re-keying retries when a record changes under it.
const REKEY_TRIES: usize = 5;

/// The diary service. Cheap to share (`Arc` it); holds no per-user state in memory beyond the
/// failed attempts on names that have no account, so any number of app nodes can serve the
/// same database (each node needs the same server secret).
#[derive(Debug)]
pub struct Diary {
    store: Arc<dyn Store>,
    config: DiaryConfig,
    server: ServerSecret,
    names: Names,
    /// Bounds concurrent Argon2id derivations (64 MiB each) to the number of cores.
    kdf_permits: Semaphore,
    /// Serialises "count recent failures, then reserve this attempt" so that attempts fired at
    /// once cannot all pass the check before any of them is recorded.
    attempt_gate: tokio::sync::Mutex<()>,
    /// Failed attempts on names with no account, so that they are refused after as many
    /// failures as a real account ("too many attempts" does not tell a name exists). In memory:
    /// a name never becomes a row.
    unknown_failures: std::sync::Mutex<UnknownFailures>,
}

impl Diary {
    /// Local mode: a random server secret held only in this process, unkeyed account names.
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self::with_config(store, DiaryConfig::default())
            .unwrap_or_else(|_| unreachable!("the default config is valid"))
    }

    /// Local mode with a policy. `VaultCorrupt` if the KDF parameters are below
    /// [`KdfParams::FLOOR`] (or above the ceilings).
    pub fn with_config(store: Arc<dyn Store>, config: DiaryConfig) -> Result<Self, DiaryError> {
        let server = ServerSecret::generate()?;
        Self::build(store, config, server, Names::Unkeyed)
    }

    /// Hosted mode: the server secret from `--server-secret-file` (the same on every node) keys
    /// the session keys and the account-name hash.
    pub fn hosted(
        store: Arc<dyn Store>,
        config: DiaryConfig,
        server: ServerSecret,
    ) -> Result<Self, DiaryError> {
        Self::build(store, config, server, Names::Keyed)
    }

    /// Any combination (tests use it to restart a local diary with the same secret).
    pub fn build(
        store: Arc<dyn Store>,
        config: DiaryConfig,
        server: ServerSecret,
        names: Names,
    ) -> Result<Self, DiaryError> {
        if !(config.allow_test_kdf && config.kdf == KdfParams::INSECURE_FAST_FOR_TESTS) {
            config.kdf.validate_new()?;
        }
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Ok(Self {
            store,
            config,
            server,
            names,
            kdf_permits: Semaphore::new(cores),
            attempt_gate: tokio::sync::Mutex::new(()),
            unknown_failures: std::sync::Mutex::new(HashMap::new()),
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

    fn parse_header(&self, bytes: &[u8]) -> Result<VaultHeader, DiaryError> {
        Ok(if self.config.allow_test_kdf {
            VaultHeader::from_bytes_allowing_test_kdf(bytes)?
        } else {
            VaultHeader::from_bytes(bytes)?
        })
    }

    async fn header(&self, user: UserId) -> Result<VaultHeader, DiaryError> {
        let bytes = self
            .store
            .vault_header(user)
            .await?
            .ok_or(DiaryError::NoSuchAccount)?;
        self.parse_header(&bytes)
    }

    /// A new vault (new data key, new recovery code) at the configured parameters.
    async fn new_vault(&self, passphrase: &Passphrase) -> Result<NewVault, DiaryError> {
        let pass = passphrase.duplicate();
        if self.config.allow_test_kdf && self.config.kdf == KdfParams::INSECURE_FAST_FOR_TESTS {
            self.derive(move || vault::create_vault_for_tests(&pass))
                .await
        } else {
            let params = self.config.kdf;
            self.derive(move || vault::create_vault(&pass, params))
                .await
        }
    }

    /// One Argon2id derivation at the configured parameters, thrown away: an unknown name
    /// takes as long as a wrong passphrase.
    async fn burn(&self, pass: Passphrase) -> Result<(), DiaryError> {
        let params = self.config.kdf;
        self.derive(move || vault::burn_derivation(&pass, params))
            .await
    }

    fn limit(&self, kind: FailureKind) -> (usize, TimeDelta) {
        match kind {
            FailureKind::Passphrase => {
                (self.config.max_failures.max(1), self.config.failure_window)
            }
            FailureKind::RecoveryCode => (
                self.config.max_recovery_failures.max(1),
                self.config.recovery_window,
            ),
        }
    }

    /// `TooManyAttempts` when `failures` (times, oldest first) hold the limit for `kind`.
    fn over_limit(
        &self,
        kind: FailureKind,
        failures: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let (max, window) = self.limit(kind);
        if failures.len() >= max {
            // Allowed again once the oldest of the last `max` failures leaves the window.
            let oldest = failures.get(failures.len() - max).copied().unwrap_or(now);
            let retry_after = (oldest + window - now).max(TimeDelta::seconds(1));
            return Err(DiaryError::TooManyAttempts { retry_after });
        }
        Ok(())
    }

    /// Refuses without trying when the account has reached the limit for this kind of secret
    /// in its window; otherwise records this attempt as a failure *before* the slow key
    /// derivation, so attempts fired together are each counted (a success clears the count in
    /// [`Self::after_attempt`]). Within one process the check and the reservation are
    /// serialised; across app nodes sharing PostgreSQL the remaining window is the two quick
    /// queries, not a derivation. Wrong passphrases and wrong recovery codes have separate
    /// limits, so a guesser who locks the passphrase out never locks out the recovery code.
    async fn reserve_attempt(
        &self,
        user: UserId,
        kind: FailureKind,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let _gate = self.attempt_gate.lock().await;
        let (_, window) = self.limit(kind);
        let failures = self
            .store
            .unlock_failures_since(user, kind, now - window)
            .await?;
        self.over_limit(kind, &failures, now)?;
        self.store.record_unlock_failure(user, kind, now).await?;
        Ok(())
    }

    /// The same limit for a name that has no account, kept in memory.
    fn reserve_unknown(
        &self,
        name: NameHash,
        kind: FailureKind,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let (_, window) = self.limit(kind);
        let mut map = self
            .unknown_failures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= MAX_TRACKED_UNKNOWN_NAMES {
            map.retain(|_, times| times.last().is_some_and(|t| *t > now - window));
        }
        let times = map.entry((name, kind)).or_default();
        times.retain(|t| *t > now - window);
        self.over_limit(kind, times, now)?;
        times.push(now);
        Ok(())
    }

    /// A success clears the failure times (both kinds), the reserved one included, and reads
    /// how many failed since the last success; a wrong passphrase or code leaves the
    /// reservation standing as the failure it was.
    async fn after_attempt<T>(
        &self,
        user: UserId,
        outcome: Result<T, DiaryError>,
    ) -> Result<(T, u64), DiaryError> {
        let value = outcome?;
        self.store.clear_unlock_failures(user).await?;
        // The count includes this attempt's reservation.
        let failed = self
            .store
            .take_failed_attempts(user)
            .await?
            .saturating_sub(1);
        Ok((value, failed))
    }

    // --- accounts -------------------------------------------------------------------------

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
    async fn find_account(&self, name: &str) -> Result<Option<UserRow>, DiaryError> {
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
        let Some(found) = self.find_account(name).await? else {
            self.reserve_unknown(self.name_hash(name), FailureKind::Passphrase, now)?;
            self.burn(passphrase.duplicate()).await?;
            return Err(DiaryError::NoSuchAccount);
        };
        let user = found.id;
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let header = self.parse_header(&found.vault_header)?;
        let pass = passphrase.duplicate();
        let target = self.config.kdf;
        let outcome = self
            .derive(move || {
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
        let Some(found) = self.find_account(name).await? else {
            self.reserve_unknown(self.name_hash(name), FailureKind::RecoveryCode, now)?;
            self.burn(Passphrase::from_code(code)).await?;
            return Err(DiaryError::NoSuchAccount);
        };
        let user = found.id;
        self.reserve_attempt(user, FailureKind::RecoveryCode, now)
            .await?;
        let header = self.parse_header(&found.vault_header)?;
        let typed = code.duplicate();
        let outcome = self
            .derive(move || vault::unlock_with_recovery_code(&header, &typed))
            .await;
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
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let current = current.duplicate();
        let outcome = self
            .derive(move || vault::unlock_with_passphrase(&header, &current))
            .await;
        let (old_key, _) = self.after_attempt(user, outcome).await?;
        self.rekey(user, &old_key, new_passphrase).await
    }

    /// A new vault for `new_passphrase`, and every record re-sealed from `old_key` to its key,
    /// stored in one transaction (retried if a record changed meanwhile). Ends every session.
    /// A record that does not open under the old key is kept as it is (it was unreadable
    /// before and stays so).
    async fn rekey(
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

    // --- sessions ---------------------------------------------------------------------------

    /// Starts a session: a new random secret for the cookie; the database keeps only the data
    /// key wrapped under it (and the server secret), the idle expiry (`now` + idle timeout) and
    /// the absolute end (`now` + session lifetime). The account's oldest session ends if it
    /// already has `max_sessions`.
    pub async fn start_session(
        &self,
        unlocked: &Unlocked,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let ends_at = now + self.config.session_lifetime;
        let (secret, row) = self.new_session_row(unlocked, now, ends_at)?;
        self.store
            .create_session(&row, self.config.max_sessions.max(1))
            .await?;
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
        ends_at: DateTime<Utc>,
    ) -> Result<(SessionSecret, SessionRow), DiaryError> {
        let secret = SessionSecret::generate()?;
        let wrapped = vault::wrap_for_session(&unlocked.key, &self.server, &secret, unlocked.user)?;
        let row = SessionRow {
            lookup: vault::session_lookup(&self.server, &secret),
            user_id: unlocked.user,
            nonce: wrapped.nonce,
            wrapped_key: wrapped.ciphertext,
            expires_at: (now + self.config.idle_timeout).min(ends_at),
            ends_at,
        };
        Ok((secret, row))
    }

    /// The live row for this secret, its idle expiry slid forward when that moves it by more
    /// than `renew_after` (otherwise nothing is written).
    async fn live_row(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<SessionRow, DiaryError> {
        let lookup = vault::session_lookup(&self.server, secret);
        let mut row = self
            .store
            .live_session(&lookup, now)
            .await?
            .ok_or(DiaryError::SessionInvalid)?;
        let wanted = (now + self.config.idle_timeout).min(row.ends_at);
        if wanted - row.expires_at > self.config.renew_after {
            if !self.store.touch_session(&lookup, now, wanted).await? {
                return Err(DiaryError::SessionInvalid);
            }
            row.expires_at = wanted;
        }
        Ok(row)
    }

    /// The row key this diary stores for a session secret (what a database dump holds; tests
    /// use it to look at the row).
    pub fn session_lookup(&self, secret: &SessionSecret) -> vault::SessionLookup {
        vault::session_lookup(&self.server, secret)
    }

    /// Opens the diary for one request from the cookie's secret, and slides the idle timeout.
    /// `SessionInvalid` if the session is unknown, ended, idle too long or past its absolute
    /// end, or was made under another server secret (local mode: before `serve` restarted).
    pub async fn open_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, DiaryError> {
        let row = self.live_row(secret, now).await?;
        let key = vault::unwrap_session(
            &Sealed {
                nonce: row.nonce,
                ciphertext: row.wrapped_key,
            },
            &self.server,
            secret,
            row.user_id,
        )?;
        Ok(Unlocked {
            user: row.user_id,
            key,
            failed_attempts: 0,
        })
    }

    /// Slides the idle timeout without unwrapping the key. `SessionInvalid` if not live.
    pub async fn touch(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, DiaryError> {
        Ok(self.live_row(secret, now).await?.expires_at)
    }

    /// Replaces the session's secret with a new one (the old cookie stops working at once).
    /// The new session keeps the old one's absolute end.
    pub async fn rotate_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let old = self.live_row(secret, now).await?;
        let unlocked = self.open_session(secret, now).await?;
        let (new_secret, row) = self.new_session_row(&unlocked, now, old.ends_at)?;
        if !self
            .store
            .rotate_session(&vault::session_lookup(&self.server, secret), now, &row)
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
            .delete_session(&vault::session_lookup(&self.server, secret))
            .await?;
        Ok(())
    }

    /// Ends every session of the user ("sign out everywhere"); returns how many there were.
    pub async fn end_all_sessions(&self, user: UserId) -> Result<u64, DiaryError> {
        Ok(self.store.delete_user_sessions(user).await?)
    }

    /// Ends every session of every account: local mode calls it when `serve` starts and when
    /// it stops, since no session can open without this process's server secret anyway.
    pub async fn end_every_session(&self) -> Result<u64, DiaryError> {
        Ok(self.store.delete_all_sessions().await?)
    }

    /// Deletes expired sessions and failures older than the longer failure window. Run it now
    /// and then (say each minute); expired sessions are refused whether or not they were
    /// purged.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, DiaryError> {
        let sessions = self.store.purge_expired_sessions(now).await?;
        let window = self.config.failure_window.max(self.config.recovery_window);
        self.store.purge_unlock_failures(now - window).await?;
        {
            let mut map = self
                .unknown_failures
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            map.retain(|_, times| times.last().is_some_and(|t| *t > now - window));
        }
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
        self.reserve_attempt(user, FailureKind::Passphrase, now)
            .await?;
        let pass = passphrase.duplicate();
        let outcome = self
            .derive(move || vault::unlock_with_passphrase(&header, &pass).map(drop))
            .await;
        self.after_attempt(user, outcome).await.map(drop)
    }
}
