//! `solace-store-sqlite`: the default store, one SQLite file in the person's data folder.
//!
//! - WAL journal with `synchronous = FULL`: a write is acknowledged only after the WAL is synced,
//!   so it survives `kill -9` and power loss.
//! - `foreign_keys = ON`, a busy timeout, and `secure_delete = ON` (deleted rows are overwritten
//!   with zeros, so a deleted vault header or entry does not linger in free pages).
//! - The folder is `0700` and the database file, its `-wal` and `-shm` `0600` (Unix): made so
//!   when created, and made so again every time they are opened (a folder made by an older
//!   version, a copy restored with `cp`, a permissive umask). SQLite gives new `-wal` and `-shm`
//!   files the database file's permissions.
//! - Migrations (`migrations/`, embedded at build time) run on open.
//!
//! Queries are runtime `sqlx::query` calls, one per trait method, each covered by the
//! conformance suite (`tests/conformance.rs`).

use std::borrow::Cow;
use std::path::{Path, PathBuf};
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
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, Row as _, SqlSafeStr as _};

/// The database file's name inside the data folder.
pub const DB_FILE_NAME: &str = "solace.db";

/// The migrations, embedded. Append-only: add a line for each new file in `migrations/`
/// (a test checks this list matches the folder).
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
    if matches!(
        e,
        sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed
            | sqlx::Error::Io(_)
    ) {
        return StoreError::Unavailable(Box::new(e));
    }
    StoreError::Backend(Box::new(e))
}

fn migrate_err(e: sqlx::migrate::MigrateError) -> StoreError {
    StoreError::Backend(Box::new(e))
}

/// The SQLite store. Cheap to clone (a connection pool).
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) `DB_FILE_NAME` in `data_dir`, creating the folder too.
    pub async fn open_in(data_dir: &Path) -> Result<Self, StoreError> {
        create_private_dir(data_dir).map_err(|e| StoreError::Backend(Box::new(e)))?;
        Self::open(&data_dir.join(DB_FILE_NAME)).await
    }

    /// Opens (creating if needed) the database file at `path` and applies pending migrations.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        create_private_file(path).map_err(|e| StoreError::Backend(Box::new(e)))?;
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(db_err)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .pragma("secure_delete", "ON");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(db_err)?;
        let store = Self {
            pool,
            path: path.to_owned(),
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies every pending migration. Running it again is a no-op.
    ///
    /// sqlx records when each migration ran; on a person's own machine the first one dates their
    /// first use of Solace (and so, roughly, their loss). That time is replaced with the epoch.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        migrator(None).run(&self.pool).await.map_err(migrate_err)?;
        sqlx::query("UPDATE _sqlx_migrations SET installed_on = '1970-01-01 00:00:00' WHERE installed_on <> '1970-01-01 00:00:00'")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// Copies the WAL into the file and truncates it to zero bytes. Best effort: a busy reader
    /// only postpones it.
    async fn checkpoint(&self) -> Result<(), StoreError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes every connection (the last one checkpoints the WAL into the file).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // `recursive` leaves an existing folder as it was: make it private now.
    make_private(dir, 0o700)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Sets `mode` on `path` when it exists with another one (owner-only: group and others lose
/// every right). A missing file is left missing.
#[cfg(unix)]
fn make_private(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    match std::fs::metadata(path) {
        Ok(meta) if meta.permissions().mode() & 0o777 != mode => {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates the file with owner-only permissions if it does not exist (SQLite would use 0644),
/// and makes an existing one, its `-wal` and its `-shm` owner-only.
#[cfg(unix)]
fn create_private_file(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt as _;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    make_private(path, 0o600)?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        make_private(Path::new(&side), 0o600)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn create_private_file(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

fn record_from_row(row: &SqliteRow) -> Result<RecordRow, StoreError> {
    Ok(RecordRow {
        id: decode::record_id(&row.try_get::<Vec<u8>, _>("id").map_err(db_err)?)?,
        version: row.try_get("version").map_err(db_err)?,
        nonce: decode::nonce(&row.try_get::<Vec<u8>, _>("nonce").map_err(db_err)?)?,
        ciphertext: row.try_get("ciphertext").map_err(db_err)?,
    })
}

fn session_from_row(row: &SqliteRow) -> Result<SessionRow, StoreError> {
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
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    session: &SessionRow,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO sessions (lookup, user_id, nonce, wrapped_key, expires_at, ends_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
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
impl Store for SqliteStore {
    async fn create_user(&self, user: &NewUser) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO users (id, name_hash, vault_header) VALUES (?1, ?2, ?3)")
            .bind(blob(user.id.as_bytes()))
            .bind(blob(&user.name_hash.0))
            .bind(user.vault_header.clone())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn find_user(&self, name_hash: &NameHash) -> Result<Option<UserRow>, StoreError> {
        let row = sqlx::query("SELECT id, vault_header FROM users WHERE name_hash = ?1")
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
        sqlx::query_scalar("SELECT vault_header FROM users WHERE id = ?1")
            .bind(blob(user.as_bytes()))
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn put_vault_header(&self, user: UserId, header: &[u8]) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE users SET vault_header = ?2 WHERE id = ?1")
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
        let done = sqlx::query("UPDATE users SET name_hash = ?3 WHERE id = ?1 AND name_hash = ?2")
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
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM records WHERE user_id = ?1")
            .bind(id.clone())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        if usize::try_from(count).ok() != Some(records.len()) {
            tx.rollback().await.map_err(db_err)?;
            return Ok(false);
        }
        for r in records {
            let done = sqlx::query(
                "UPDATE records SET version = ?4, nonce = ?5, ciphertext = ?6 \
                 WHERE user_id = ?1 AND id = ?2 AND nonce = ?3",
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
        let done = sqlx::query("UPDATE users SET vault_header = ?2 WHERE id = ?1")
            .bind(id.clone())
            .bind(blob(header))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        if done.rows_affected() != 1 {
            tx.rollback().await.map_err(db_err)?;
            return Ok(false);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = ?1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        // The old header's pages were overwritten in place (secure_delete zeroes freed space);
        // copy them into the file and empty the WAL so the old key slots do not linger there.
        self.checkpoint().await?;
        Ok(true)
    }

    async fn delete_user(&self, user: UserId) -> Result<bool, StoreError> {
        let id = blob(user.as_bytes());
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        for sql in [
            "DELETE FROM unlock_failures WHERE user_id = ?1",
            "DELETE FROM sessions WHERE user_id = ?1",
            "DELETE FROM records WHERE user_id = ?1",
        ] {
            sqlx::query(sql)
                .bind(id.clone())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        let done = sqlx::query("DELETE FROM users WHERE id = ?1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        // secure_delete zeroed the freed pages; copy them into the file now and empty the WAL so
        // the old pages do not linger there. Best effort: a busy reader only postpones it.
        self.checkpoint().await?;
        Ok(done.rows_affected() == 1)
    }

    async fn insert_record(&self, user: UserId, record: &RecordRow) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO records (user_id, id, version, nonce, ciphertext) VALUES (?1, ?2, ?3, ?4, ?5)")
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
            "UPDATE records SET version = ?3, nonce = ?4, ciphertext = ?5 WHERE user_id = ?1 AND id = ?2",
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
            "SELECT id, version, nonce, ciphertext FROM records WHERE user_id = ?1 AND id = ?2",
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
            "SELECT id, version, nonce, ciphertext FROM records WHERE user_id = ?1 ORDER BY id",
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
             VALUES (?1, ?2, ?3, ?4, ?5, 1)",
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
             WHERE user_id = ?1 AND bulk = 0 ORDER BY id",
        )
        .bind(blob(user.as_bytes()))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(record_from_row).collect()
    }

    async fn record_usage(&self, user: UserId) -> Result<RecordUsage, StoreError> {
        let (records, bulk, bytes): (i64, i64, i64) = sqlx::query_as(
            "SELECT coalesce(sum(bulk = 0), 0), coalesce(sum(bulk), 0), \
             coalesce(sum(length(ciphertext)), 0) FROM records WHERE user_id = ?1",
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
        let done = sqlx::query("DELETE FROM records WHERE user_id = ?1 AND id = ?2")
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
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        insert_session(&mut tx, session).await?;
        // Keep the newest `max_per_user` (the new one first, then by absolute end).
        sqlx::query(
            "DELETE FROM sessions WHERE user_id = ?1 AND lookup IN ( \
               SELECT lookup FROM sessions WHERE user_id = ?1 \
               ORDER BY (lookup = ?2) DESC, ends_at DESC, lookup LIMIT -1 OFFSET ?3)",
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
             WHERE lookup = ?1 AND expires_at > ?2 AND ends_at > ?2",
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
        // max(): a request carrying an older `now` (another node's clock) never shortens it;
        // min(): never past the absolute end.
        let done = sqlx::query(
            "UPDATE sessions SET expires_at = min(max(expires_at, ?3), ends_at) \
             WHERE lookup = ?1 AND expires_at > ?2 AND ends_at > ?2",
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
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        let ended = sqlx::query(
            "DELETE FROM sessions WHERE lookup = ?1 AND expires_at > ?2 AND ends_at > ?2",
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
        let done = sqlx::query("DELETE FROM sessions WHERE lookup = ?1")
            .bind(blob(&lookup.0))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn delete_user_sessions(&self, user: UserId) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = ?1")
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
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= ?1 OR ends_at <= ?1")
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
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        sqlx::query("INSERT INTO unlock_failures (user_id, kind, at) VALUES (?1, ?2, ?3)")
            .bind(blob(user.as_bytes()))
            .bind(kind.code())
            .bind(to_unix(at))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?1")
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
            "SELECT at FROM unlock_failures WHERE user_id = ?1 AND kind = ?2 AND at > ?3 ORDER BY at",
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
        sqlx::query("DELETE FROM unlock_failures WHERE user_id = ?1")
            .bind(blob(user.as_bytes()))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn take_failed_attempts(&self, user: UserId) -> Result<u64, StoreError> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db_err)?;
        let count: Option<i64> =
            sqlx::query_scalar("SELECT failed_attempts FROM users WHERE id = ?1")
                .bind(blob(user.as_bytes()))
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
        sqlx::query("UPDATE users SET failed_attempts = 0 WHERE id = ?1")
            .bind(blob(user.as_bytes()))
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(count.map_or(0, |n| u64::try_from(n).unwrap_or(0)))
    }

    async fn purge_unlock_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM unlock_failures WHERE at <= ?1")
            .bind(to_unix(before))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn integrity_check(&self) -> Result<(), StoreError> {
        let report: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        if report == ["ok"] {
            Ok(())
        } else {
            Err(StoreError::Integrity(report.join("; ")))
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
    use super::*;

    #[tokio::test]
    async fn connections_use_wal_full_sync_foreign_keys_and_secure_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_in(dir.path()).await.unwrap();
        let mut conn = store.pool.acquire().await.unwrap();
        let text = |sql: &'static str| sqlx::query_scalar::<_, String>(sql);
        let int = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
        assert_eq!(
            text("PRAGMA journal_mode")
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
            "wal"
        );
        assert_eq!(
            int("PRAGMA synchronous")
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
            2,
            "2 = FULL"
        );
        assert_eq!(
            int("PRAGMA foreign_keys")
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            int("PRAGMA secure_delete")
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
            1
        );
        assert!(
            int("PRAGMA busy_timeout")
                .fetch_one(&mut *conn)
                .await
                .unwrap()
                >= 5_000
        );
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn the_folder_and_files_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let store = SqliteStore::open_in(&data).await.unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(store.path()), 0o600);
        let wal = data.join(format!("{DB_FILE_NAME}-wal"));
        assert_eq!(mode(&wal), 0o600);
    }

    /// Issue 14 item 8: a data folder and database files left readable (by an older version, a
    /// restore with `cp`, a permissive umask) are made owner-only when opened, not only when
    /// created.
    #[cfg(unix)]
    #[tokio::test]
    async fn an_existing_readable_folder_and_files_are_made_private_on_open() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let store = SqliteStore::open_in(&data).await.unwrap();
        let db = store.path().to_owned();
        store.close().await;
        let set = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        };
        let wal = data.join(format!("{DB_FILE_NAME}-wal"));
        let shm = data.join(format!("{DB_FILE_NAME}-shm"));
        std::fs::write(&wal, b"").unwrap();
        std::fs::write(&shm, b"").unwrap();
        set(&data, 0o755);
        set(&db, 0o644);
        set(&wal, 0o644);
        set(&shm, 0o666);
        let store = SqliteStore::open_in(&data).await.unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&wal), 0o600);
        assert_eq!(mode(&shm), 0o600);
        store.close().await;
    }

    #[test]
    fn the_embedded_migrations_are_exactly_the_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        on_disk.sort();
        let embedded: Vec<String> = MIGRATIONS
            .iter()
            .map(|(v, d, _)| format!("{v:04}_{d}.sql"))
            .collect();
        assert_eq!(
            on_disk, embedded,
            "add each new migration file to MIGRATIONS"
        );
        for (version, description, sql) in MIGRATIONS {
            let file = dir.join(format!("{version:04}_{description}.sql"));
            assert_eq!(&std::fs::read_to_string(file).unwrap(), sql);
        }
    }
}
