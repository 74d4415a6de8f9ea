//! `solace-store-postgres`: the multi-user store, PostgreSQL behind solace-store's trait.
//!
//! Many accounts share one database; every query on records, sessions and failures is scoped
//! by user id (the conformance suite checks it). App nodes keep nothing per user in memory, so
//! any node can serve any request. Migrations (`migrations/`, the same names as SQLite's,
//! embedded at build time) run on connect when any is pending ([`OnPending`]), under sqlx's
//! advisory lock, so several nodes may start at once; with none pending, connecting needs no DDL
//! rights. TLS goes through rustls; the URL's `sslmode` is honoured up to `verify-full`.
//!
//! Queries are runtime `sqlx::query` calls, one per trait method, each covered by the
//! conformance suite (`tests/conformance.rs`, run when `SOLACE_TEST_DATABASE_URL` is set).

use std::borrow::Cow;
use std::path::PathBuf;
use std::str::FromStr as _;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use solace_store::vault::{NameHash, SessionLookup};
use solace_store::{
    FailureKind, NewUser, PoolStats, RecordId, RecordRow, RecordUsage, Resealed, SessionRow, Store,
    StoreError, UserId, UserRow, decode, from_unix, to_unix,
};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgRow, PgSslMode};
use sqlx::{AssertSqlSafe, Row as _, SqlSafeStr as _};

/// The migrations, embedded. Append-only, and the same names as `solace-store-sqlite`'s
/// (tests check this list against both folders).
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("../migrations/0001_initial.sql")),
    (2, "keys", include_str!("../migrations/0002_keys.sql")),
    (3, "bulk", include_str!("../migrations/0003_bulk.sql")),
];

/// A migrator for the first `up_to` migrations (all of them with `None`).
pub fn migrator(up_to: Option<i64>) -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .filter(|(version, _, _)| up_to.is_none_or(|last| *version <= last))
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    Cow::Borrowed(description),
                    MigrationType::Simple,
                    AssertSqlSafe(sql).into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

fn db_err(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &e
        && db.is_unique_violation()
    {
        return StoreError::AlreadyExists;
    }
    if unreachable(&e) {
        return StoreError::Unavailable(Box::new(e));
    }
    StoreError::Backend(Box::new(e))
}

/// Whether `e` means the server could not be reached: no connection within the pool's wait, the
/// pool closed, a refused or broken connection, or the server saying it is starting, stopping
/// or out of connections (SQLSTATE class 08, 57P01–57P03, 53300).
fn unreachable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

fn migrate_err(e: sqlx::migrate::MigrateError) -> StoreError {
    StoreError::Backend(Box::new(e))
}

/// How to connect: the pool's size and waits, the CA for TLS, and whether to migrate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgOptions {
    /// Connections in the pool at most.
    pub max_connections: u32,
    /// How long a request waits for a free connection (or a new one) before it fails. Short, so a
    /// database outage answers quickly instead of holding every request for sqlx's 30 s.
    pub acquire_timeout: Duration,
    /// An unused connection is closed after this long (`None`: kept).
    pub idle_timeout: Option<Duration>,
    /// A PEM file of the certificate authorities to trust for the database's TLS certificate
    /// (`sslmode=verify-ca` or `verify-full`); without it, the Mozilla roots compiled in. The
    /// URL's own `sslrootcert` does the same.
    pub ca_file: Option<PathBuf>,
    /// What to do with migrations that have not run yet.
    pub migrations: OnPending,
    /// A `search_path` for every connection (tests put each run in a schema of its own).
    pub search_path: Option<String>,
}

impl Default for PgOptions {
    fn default() -> Self {
        Self {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(2),
            idle_timeout: Some(Duration::from_mins(10)),
            ca_file: None,
            migrations: OnPending::Run,
            search_path: None,
        }
    }
}

/// What connecting does when the database lacks migrations this build knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnPending {
    /// Run them (one-node setups; needs a role with DDL rights only when something is pending).
    Run,
    /// Refuse to start, naming `solace migrate` ([`PendingMigrations`]).
    Refuse,
    /// Neither check nor run (`solace migrate` runs them itself).
    Ignore,
}

/// Connecting found migrations that have not run, and was told not to run them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the database lacks {} migration(s) this version needs ({}): run `solace migrate` with the database owner's role first, or set migrate_on_start = true",
    .0.len(),
    .0.iter().map(|(v, d)| format!("{v} {d}")).collect::<Vec<_>>().join(", ")
)]
pub struct PendingMigrations(pub Vec<(i64, &'static str)>);

/// The database's TLS certificate was refused: says which `sslmode` asked for the check and
/// what to do about it.
#[derive(Debug, thiserror::Error)]
#[error(
    "the database's TLS certificate was not accepted ({mode}): {source}. Give the certificate authority that signed it with database_ca_file (or sslrootcert= in the URL); with verify-full the URL's host must also be a name in the certificate"
)]
pub struct CertificateRefused {
    mode: &'static str,
    // In the message already, so not a `#[source]` (a chain printed whole would repeat it).
    source: sqlx::Error,
}

/// No connection could be made within the acquire timeout (the database is down, or the URL's
/// host or port is wrong).
#[derive(Debug, thiserror::Error)]
#[error(
    "no connection to the database within {}ms (database_acquire_timeout): check that PostgreSQL is running and that the URL's host and port are right",
    .0.as_millis()
)]
pub struct NotReached(pub Duration);

/// The PostgreSQL store. Cheap to clone (a connection pool).
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host/db?sslmode=…`) with the default
    /// [`PgOptions`], applying pending migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, &PgOptions::default()).await
    }

    /// Connects to `url` with `options`. The URL's `sslmode` is honoured (`disable`, `allow`,
    /// `prefer`, `require`, `verify-ca`, `verify-full`), over rustls. The first connection is
    /// made here, so a wrong address, password or certificate fails at start.
    pub async fn connect_with(url: &str, options: &PgOptions) -> Result<Self, StoreError> {
        let mut connect = PgConnectOptions::from_str(url).map_err(db_err)?;
        if let Some(ca) = &options.ca_file {
            connect = connect.ssl_root_cert(ca);
        }
        if let Some(path) = &options.search_path {
            connect = connect.options([("search_path", path.as_str())]);
        }
        let mode = connect.get_ssl_mode();
        let pool = PgPoolOptions::new()
            .max_connections(options.max_connections)
            .acquire_timeout(options.acquire_timeout)
            .idle_timeout(options.idle_timeout)
            .connect_with(connect)
            .await
            .map_err(|e| connect_err(e, mode, options.acquire_timeout))?;
        let store = Self { pool };
        match options.migrations {
            OnPending::Run => {
                if !store.pending().await?.is_empty() {
                    store.migrate().await?;
                }
            }
            OnPending::Refuse => {
                let pending = store.pending().await?;
                if !pending.is_empty() {
                    store.close().await;
                    return Err(StoreError::Backend(Box::new(PendingMigrations(pending))));
                }
            }
            OnPending::Ignore => {}
        }
        Ok(store)
    }

    /// The migrations this build knows that the database has not run, read without DDL (so a
    /// role with no rights to change the schema can ask). A migration recorded as failed, or
    /// with a different checksum, counts as pending: running it reports the problem.
    pub async fn pending(&self) -> Result<Vec<(i64, &'static str)>, StoreError> {
        let table: Option<String> =
            sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations')::text")
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
        let applied: Vec<(i64, Vec<u8>, bool)> = if table.is_some() {
            sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations")
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?
        } else {
            Vec::new()
        };
        let known = migrator(None);
        Ok(known
            .iter()
            .filter(|m| {
                !applied.iter().any(|(version, checksum, success)| {
                    *version == m.version && *success && *checksum == *m.checksum
                })
            })
            .map(|m| {
                let description = MIGRATIONS
                    .iter()
                    .find(|(v, _, _)| *v == m.version)
                    .map_or("", |(_, d, _)| *d);
                (m.version, description)
            })
            .collect())
    }

    /// Applies every pending migration (under sqlx's advisory lock, so nodes starting at once
    /// are safe), then scrubs the install times, and returns what was applied. Running it again
    /// is a no-op.
    ///
    /// sqlx records when each migration ran. The first one dates a server's first use, and with
    /// it roughly when its first accounts were made; the times are replaced with the epoch, as
    /// the SQLite backend does.
    pub async fn migrate(&self) -> Result<Vec<(i64, &'static str)>, StoreError> {
        let pending = self.pending().await?;
        migrator(None).run(&self.pool).await.map_err(migrate_err)?;
        sqlx::query(
            "UPDATE _sqlx_migrations SET installed_on = 'epoch' WHERE installed_on <> 'epoch'",
        )
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(pending)
    }

    /// Whether this store's connections are encrypted (PostgreSQL's own view, `pg_stat_ssl`).
    pub async fn encrypted(&self) -> Result<bool, StoreError> {
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A failed first connection; a refused certificate gets a message that says what to do.
fn connect_err(e: sqlx::Error, mode: PgSslMode, waited: Duration) -> StoreError {
    if matches!(e, sqlx::Error::PoolTimedOut) {
        return StoreError::Backend(Box::new(NotReached(waited)));
    }
    // rustls's refusal arrives as an I/O error ("invalid peer certificate: …").
    let tls = match &e {
        sqlx::Error::Tls(_) => true,
        sqlx::Error::Io(io) => io.to_string().contains("certificate"),
        _ => false,
    };
    let checks = match mode {
        PgSslMode::VerifyCa => Some("sslmode=verify-ca"),
        PgSslMode::VerifyFull => Some("sslmode=verify-full"),
        _ => None,
    };
    match (tls, checks) {
        (true, Some(mode)) => StoreError::Backend(Box::new(CertificateRefused { mode, source: e })),
        _ => db_err(e),
    }
}

fn record_from_row(row: &PgRow) -> Result<RecordRow, StoreError> {
    Ok(RecordRow {
        id: decode::record_id(&row.try_get::<Vec<u8>, _>("id").map_err(db_err)?)?,
        version: row.try_get("version").map_err(db_err)?,
        nonce: decode::nonce(&row.try_get::<Vec<u8>, _>("nonce").map_err(db_err)?)?,
        ciphertext: row.try_get("ciphertext").map_err(db_err)?,
    })
}

fn session_from_row(row: &PgRow) -> Result<SessionRow, StoreError> {
    Ok(SessionRow {
        lookup: decode::lookup(&row.try_get::<Vec<u8>, _>("lookup").map_err(db_err)?)?,
        user_id: decode::user_id(&row.try_get::<Vec<u8>, _>("user_id").map_err(db_err)?)?,
        nonce: decode::nonce(&row.try_get::<Vec<u8>, _>("nonce").map_err(db_err)?)?,
        wrapped_key: row.try_get("wrapped_key").map_err(db_err)?,
        expires_at: from_unix(row.try_get("expires_at").map_err(db_err)?)?,
        ends_at: from_unix(row.try_get("ends_at").map_err(db_err)?)?,
    })
}

fn blob(bytes: &[u8]) -> Vec<u8> {
    bytes.to_vec()
}

async fn insert_session(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    session: &SessionRow,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO sessions (lookup, user_id, nonce, wrapped_key, expires_at, ends_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(blob(&session.lookup.0))
    .bind(blob(session.user_id.as_bytes()))
    .bind(blob(&session.nonce))
    .bind(session.wrapped_key.clone())
    .bind(to_unix(session.expires_at))
    .bind(to_unix(session.ends_at))
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(())
}

#[async_trait]
impl Store for PgStore {
    async fn create_user(&self, user: &NewUser) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO users (id, name_hash, vault_header) VALUES ($1, $2, $3)")
            .bind(blob(user.id.as_bytes()))
            .bind(blob(&user.name_hash.0))
            .bind(user.vault_header.clone())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn find_user(&self, name_hash: &NameHash) -> Result<Option<UserRow>, StoreError> {
        let row = sqlx::query("SELECT id, vault_header FROM users WHERE name_hash = $1")
            .bind(blob(&name_hash.0))
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        row.map(|row| {
            Ok(UserRow {
                id: decode::user_id(&row.try_get::<Vec<u8>, _>("id").map_err(db_err)?)?,
                vault_header: row.try_get("vault_header").map_err(db_err)?,
            })
        })
        .transpose()
    }

    async fn vault_header(&self, user: UserId) -> Result<Option<Vec<u8>>, StoreError> {
        sqlx::query_scalar("SELECT vault_header FROM users WHERE id = $1")
            .bind(blob(user.as_bytes()))
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn put_vault_header(&self, user: UserId, header: &[u8]) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE users SET vault_header = $2 WHERE id = $1")
            .bind(blob(user.as_bytes()))
            .bind(blob(header))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn rename_user(
        &self,
        user: UserId,
        old: &NameHash,
        new: &NameHash,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE users SET name_hash = $3 WHERE id = $1 AND name_hash = $2")
            .bind(blob(user.as_bytes()))
            .bind(blob(&old.0))
            .bind(blob(&new.0))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn rekey(
        &self,
        user: UserId,
        header: &[u8],
        records: &[Resealed],
    ) -> Result<bool, StoreError> {
        let id = blob(user.as_bytes());
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        // Locking the account row holds off new records (their foreign key needs a share lock
        // on it) until the re-key commits; changed records are caught by their nonce.
        let locked: Option<i32> =
            sqlx::query_scalar("SELECT 1 FROM users WHERE id = $1 FOR UPDATE")
                .bind(id.clone())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM records WHERE user_id = $1")
            .bind(id.clone())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        if locked.is_none() || usize::try_from(count).ok() != Some(records.len()) {
            tx.rollback().await.map_err(db_err)?;
            return Ok(false);
        }
        for r in records {
            let done = sqlx::query(
                "UPDATE records SET version = $4, nonce = $5, ciphertext = $6 \
                 WHERE user_id = $1 AND id = $2 AND nonce = $3",
            )
            .bind(id.clone())
            .bind(blob(r.row.id.as_bytes()))
            .bind(blob(&r.old_nonce))
            .bind(r.row.version)
            .bind(blob(&r.row.nonce))
            .bind(r.row.ciphertext.clone())
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            if done.rows_affected() != 1 {
                tx.rollback().await.map_err(db_err)?;
                return Ok(false);
            }
        }
        sqlx::query("UPDATE users SET vault_header = $2 WHERE id = $1")
            .bind(id.clone())
            .bind(blob(header))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        // PostgreSQL keeps the old row versions until VACUUM (the operator's job); they hold
        // only the old header's salts and wrapped keys.
        Ok(true)
    }

    async fn delete_user(&self, user: UserId) -> Result<bool, StoreError> {
        let id = blob(user.as_bytes());
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        for sql in [
            "DELETE FROM unlock_failures WHERE user_id = $1",
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM records WHERE user_id = $1",
        ] {
            sqlx::query(sql)
                .bind(id.clone())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        let done = sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        // PostgreSQL keeps dead row versions until VACUUM; they hold only ciphertext.
        Ok(done.rows_affected() == 1)
    }

    async fn insert_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO records (user_id, id, version, nonce, ciphertext) VALUES ($1, $2, $3, $4, $5)")
            .bind(blob(user.as_bytes()))
            .bind(blob(record.id.as_bytes()))
            .bind(record.version)
            .bind(blob(&record.nonce))
            .bind(record.ciphertext.clone())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn update_record(&self, user: UserId, record: &RecordRow) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE records SET version = $3, nonce = $4, ciphertext = $5 WHERE user_id = $1 AND id = $2",
        )
        .bind(blob(user.as_bytes()))
        .bind(blob(record.id.as_bytes()))
        .bind(record.version)
        .bind(blob(&record.nonce))
        .bind(record.ciphertext.clone())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn get_record(
        &self,
        user: UserId,
        id: RecordId,
    ) -> Result<Option<RecordRow>, StoreError> {
        let row = sqlx::query(
            "SELECT id, version, nonce, ciphertext FROM records WHERE user_id = $1 AND id = $2",
        )
        .bind(blob(user.as_bytes()))
        .bind(blob(id.as_bytes()))
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        row.as_ref().map(record_from_row).transpose()
    }

    async fn list_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, version, nonce, ciphertext FROM records WHERE user_id = $1 ORDER BY id",
        )
        .bind(blob(user.as_bytes()))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(record_from_row).collect()
    }

    async fn insert_bulk_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO records (user_id, id, version, nonce, ciphertext, bulk) \
             VALUES ($1, $2, $3, $4, $5, 1)",
        )
        .bind(blob(user.as_bytes()))
        .bind(blob(record.id.as_bytes()))
        .bind(record.version)
        .bind(blob(&record.nonce))
        .bind(record.ciphertext.clone())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn list_lean_records(&self, user: UserId) -> Result<Vec<RecordRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, version, nonce, ciphertext FROM records \
             WHERE user_id = $1 AND bulk = 0 ORDER BY id",
        )
        .bind(blob(user.as_bytes()))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(record_from_row).collect()
    }

    async fn record_usage(&self, user: UserId) -> Result<RecordUsage, StoreError> {
        let (records, bulk, bytes): (i64, i64, i64) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE bulk = 0), count(*) FILTER (WHERE bulk = 1), \
             coalesce(sum(length(ciphertext)), 0)::BIGINT FROM records WHERE user_id = $1",
        )
        .bind(blob(user.as_bytes()))
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        Ok(RecordUsage {
            records: count(records),
            bulk: count(bulk),
            bytes: count(bytes),
        })
    }

    async fn delete_record(&self, user: UserId, id: RecordId) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM records WHERE user_id = $1 AND id = $2")
            .bind(blob(user.as_bytes()))
            .bind(blob(id.as_bytes()))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn create_session(
        &self,
        session: &SessionRow,
        max_per_user: usize,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        // Serialises session starts of one account, so the cap holds under concurrency.
        sqlx::query("SELECT 1 FROM users WHERE id = $1 FOR UPDATE")
            .bind(blob(session.user_id.as_bytes()))
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
        insert_session(&mut tx, session).await?;
        // Keep the newest `max_per_user` (the new one first, then by absolute end).
        sqlx::query(
            "DELETE FROM sessions WHERE user_id = $1 AND lookup IN ( \
               SELECT lookup FROM sessions WHERE user_id = $1 \
               ORDER BY (lookup = $2) DESC, ends_at DESC, lookup OFFSET $3)",
        )
        .bind(blob(session.user_id.as_bytes()))
        .bind(blob(&session.lookup.0))
        .bind(i64::try_from(max_per_user).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }

    async fn live_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT lookup, user_id, nonce, wrapped_key, expires_at, ends_at FROM sessions \
             WHERE lookup = $1 AND expires_at > $2 AND ends_at > $2",
        )
        .bind(blob(&lookup.0))
        .bind(to_unix(now))
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        row.as_ref().map(session_from_row).transpose()
    }

    async fn touch_session(
        &self,
        lookup: &SessionLookup,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        // GREATEST: a request carrying an older `now` (another node's clock) never shortens it;
        // LEAST: never past the absolute end.
        let done = sqlx::query(
            "UPDATE sessions SET expires_at = LEAST(GREATEST(expires_at, $3), ends_at) \
             WHERE lookup = $1 AND expires_at > $2 AND ends_at > $2",
        )
        .bind(blob(&lookup.0))
        .bind(to_unix(now))
        .bind(to_unix(expires_at))
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn rotate_session(
        &self,
        old: &SessionLookup,
        now: DateTime<Utc>,
        new: &SessionRow,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        let ended = sqlx::query(
            "DELETE FROM sessions WHERE lookup = $1 AND expires_at > $2 AND ends_at > $2",
        )
        .bind(blob(&old.0))
        .bind(to_unix(now))
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        if ended.rows_affected() != 1 {
            tx.rollback().await.map_err(db_err)?;
            return Ok(false);
        }
        insert_session(&mut tx, new).await?;
        tx.commit().await.map_err(db_err)?;
        Ok(true)
    }

    async fn delete_session(&self, lookup: &SessionLookup) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE lookup = $1")
            .bind(blob(&lookup.0))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn delete_user_sessions(&self, user: UserId) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(blob(user.as_bytes()))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn delete_all_sessions(&self) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn purge_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR ends_at <= $1")
            .bind(to_unix(now))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn record_unlock_failure(
        &self,
        user: UserId,
        kind: FailureKind,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db_err)?;
        sqlx::query("INSERT INTO unlock_failures (user_id, kind, at) VALUES ($1, $2, $3)")
            .bind(blob(user.as_bytes()))
            .bind(kind.code())
            .bind(to_unix(at))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = $1")
            .bind(blob(user.as_bytes()))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }

    async fn unlock_failures_since(
        &self,
        user: UserId,
        kind: FailureKind,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        let times: Vec<i64> = sqlx::query_scalar(
            "SELECT at FROM unlock_failures WHERE user_id = $1 AND kind = $2 AND at > $3 ORDER BY at",
        )
        .bind(blob(user.as_bytes()))
        .bind(kind.code())
        .bind(to_unix(since))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        times.into_iter().map(from_unix).collect()
    }

    async fn clear_unlock_failures(&self, user: UserId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM unlock_failures WHERE user_id = $1")
            .bind(blob(user.as_bytes()))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn take_failed_attempts(&self, user: UserId) -> Result<u64, StoreError> {
        let count: Option<i64> = sqlx::query_scalar(
            "UPDATE users u SET failed_attempts = 0 \
             FROM (SELECT id, failed_attempts FROM users WHERE id = $1 FOR UPDATE) old \
             WHERE u.id = old.id RETURNING old.failed_attempts",
        )
        .bind(blob(user.as_bytes()))
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(count.map_or(0, |n| u64::try_from(n).unwrap_or(0)))
    }

    async fn purge_unlock_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM unlock_failures WHERE at <= $1")
            .bind(to_unix(before))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn integrity_check(&self) -> Result<(), StoreError> {
        // PostgreSQL checks its own pages; this proves the server answers and the schema is there.
        let one: i32 = sqlx::query_scalar("SELECT 1 FROM users WHERE false UNION ALL SELECT 1")
            .fetch_one(&self.pool)
            .await
            .map_err(|e| StoreError::Integrity(e.to_string()))?;
        if one == 1 {
            Ok(())
        } else {
            Err(StoreError::Integrity("unexpected answer".to_owned()))
        }
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    fn pool_stats(&self) -> Option<PoolStats> {
        Some(PoolStats {
            size: self.pool.size(),
            idle: u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::MIGRATIONS;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_embedded_migrations_are_exactly_the_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let embedded: Vec<String> = MIGRATIONS
            .iter()
            .map(|(v, d, _)| format!("{v:04}_{d}.sql"))
            .collect();
        assert_eq!(
            names(&dir),
            embedded,
            "add each new migration file to MIGRATIONS"
        );
        for (version, description, sql) in MIGRATIONS {
            let file = dir.join(format!("{version:04}_{description}.sql"));
            assert_eq!(&std::fs::read_to_string(file).unwrap(), sql);
        }
    }

    #[test]
    fn migration_names_match_sqlite() {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            names(&here.join("migrations")),
            names(&here.join("../store-sqlite/migrations"))
        );
    }
}
