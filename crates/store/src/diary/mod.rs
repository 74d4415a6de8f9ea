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

use tokio::sync::Semaphore;

use crate::ids::{RecordId, UserId};
use crate::store::{FailureKind, Store, StoreError};
use crate::vault::{
    self, DataKey, KdfParams, NameHash, NewVault, Passphrase, ServerSecret, SessionSecret,
    VaultError, VaultHeader,
};

mod accounts;
mod attempts;
mod records;
mod sessions;

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
    /// How much one account may store (entries, photos, bytes); checked on every add and edit.
    pub quota: Quota,
    /// Key derivations allowed to wait for a core beyond the ones running (one per core). A
    /// derivation asked for when that many already wait is refused at once with
    /// [`DiaryError::Busy`] (the web answers 503), so a flood of unlocks cannot queue up
    /// minutes of Argon2id in front of a real one: a waiting unlock starts within about
    /// `kdf_queue / cores` derivations' time (0.4–0.5 s each on 2 cores). Default 6.
    pub kdf_queue: usize,
    /// Accept [`KdfParams::INSECURE_FAST_FOR_TESTS`] (set only by
    /// [`DiaryConfig::insecure_fast_kdf_for_tests`]).
    #[doc(hidden)]
    pub allow_test_kdf: bool,
}

/// Per-account limits. The defaults are generous for one person's recovery diary and small for
/// someone using a hosted Solace as free file storage: an abuser gets at most
/// [`Quota::DEFAULT_MAX_BYTES`] per account (and per-IP limits on registering bound the
/// number of accounts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    /// Ordinary records: entries (and the one settings record). Default 5,000: two years of
    /// daily use with several entries a day (bleeding, pain, temperature and mood make four)
    /// is about 3,000.
    pub max_entries: u64,
    /// Photos. Default 40, "a few dozen": a person photographs what they pass or a scan
    /// report now and then, not daily.
    pub max_photos: u64,
    /// Sealed bytes of all records together. Default 120 MiB: 40 photos of about 3 MB (a phone
    /// photo; each sealed photo is a third larger than the file) and every entry. It is also
    /// what keeps a full diary's backup importable: the backup writes each byte as two hex
    /// digits, and 2 × 120 MiB plus the records' framing stays under
    /// [`crate::backup::MAX_BACKUP_BYTES`] (a test holds this).
    pub max_bytes: u64,
}

impl Quota {
    pub const DEFAULT_MAX_ENTRIES: u64 = 5_000;
    pub const DEFAULT_MAX_PHOTOS: u64 = 40;
    pub const DEFAULT_MAX_BYTES: u64 = 120 * 1024 * 1024;
}

impl Default for Quota {
    fn default() -> Self {
        Self {
            max_entries: Self::DEFAULT_MAX_ENTRIES,
            max_photos: Self::DEFAULT_MAX_PHOTOS,
            max_bytes: Self::DEFAULT_MAX_BYTES,
        }
    }
}

/// Which limit of a [`Quota`] a write would pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaKind {
    Entries,
    Photos,
    Bytes,
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
            quota: Quota::default(),
            kdf_queue: 6,
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
            // Cheap derivations: tests that fire many at once are about other limits (the
            // queue's own tests set it).
            kdf_queue: 1024,
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
    /// The write would take the account past one of its [`Quota`] limits; nothing was written.
    #[error("this diary is full: it may hold at most {limit} {}", match kind {
        QuotaKind::Entries => "entries",
        QuotaKind::Photos => "photos",
        QuotaKind::Bytes => "bytes",
    })]
    QuotaExceeded { kind: QuotaKind, limit: u64 },
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
    /// Too many key derivations are running and waiting (see `DiaryConfig::kdf_queue`): nothing
    /// was tried and no attempt was counted. Try again in a moment.
    #[error("too many unlocks at once: try again in a moment")]
    Busy,
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

/// A place among the key derivations running or waiting; given back when dropped.
pub(super) struct KdfTicket<'a>(&'a std::sync::atomic::AtomicUsize);

impl Drop for KdfTicket<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

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
    /// Derivations running or waiting for a permit; at most cores + `kdf_queue`.
    kdf_in_flight: std::sync::atomic::AtomicUsize,
    /// The cores (permits) `kdf_permits` was made with.
    kdf_cores: usize,
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
            kdf_in_flight: std::sync::atomic::AtomicUsize::new(0),
            kdf_cores: cores,
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

    /// Key derivations running or waiting now, and how many may be (cores + `kdf_queue`);
    /// beyond that a derivation is refused with [`DiaryError::Busy`]. For metrics and tests.
    pub fn kdf_load(&self) -> (usize, usize) {
        (
            self.kdf_in_flight
                .load(std::sync::atomic::Ordering::Acquire),
            self.kdf_cores + self.config.kdf_queue,
        )
    }

    /// A place among the derivations running or waiting, or `Busy` at once when there are
    /// already cores + `kdf_queue` of them. Taken before an attempt is counted, so a refused
    /// one counts against nobody.
    pub(super) fn kdf_ticket(&self) -> Result<KdfTicket<'_>, DiaryError> {
        use std::sync::atomic::Ordering;
        let most = self.kdf_cores + self.config.kdf_queue;
        let before = self.kdf_in_flight.fetch_add(1, Ordering::AcqRel);
        let ticket = KdfTicket(&self.kdf_in_flight);
        if before >= most {
            return Err(DiaryError::Busy);
        }
        Ok(ticket)
    }

    /// Runs CPU-heavy key derivation off the async threads, a bounded number at a time, with
    /// a bounded queue ([`Self::kdf_ticket`]).
    async fn derive<T, F>(&self, work: F) -> Result<T, DiaryError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T, VaultError> + Send + 'static,
    {
        let ticket = self.kdf_ticket()?;
        self.derive_with(&ticket, work).await
    }

    /// [`Self::derive`] with a place taken earlier.
    async fn derive_with<T, F>(&self, _ticket: &KdfTicket<'_>, work: F) -> Result<T, DiaryError>
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
}
