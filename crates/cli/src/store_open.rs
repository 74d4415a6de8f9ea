//! Picks and opens the diary store: SQLite in the data folder by default, PostgreSQL when a
//! `postgres://` URL is given. The web crate only ever sees the `Store` trait.

use anyhow::{Context, bail};
use solace_store::{Diary, DiaryConfig, ServerSecret, Store};
use solace_store_postgres::{OnPending, PgOptions, PgStore};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The data folder: `--data-dir`, else `SOLACE_DATA_DIR`, else `$XDG_DATA_HOME/solace`, else
/// `~/.local/share/solace` (the usual place for per-user data on Linux).
pub fn data_dir(flag: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    if let Some(d) = flag {
        return Ok(d);
    }
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(xdg).join("solace"));
    }
    let home = std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .context("no data folder: pass --data-dir, or set SOLACE_DATA_DIR or HOME")?;
    Ok(PathBuf::from(home).join(".local/share/solace"))
}

/// What was opened, for the start-up message (never a password).
pub enum Opened {
    Sqlite(PathBuf),
    Postgres,
}

/// Reads `--server-secret-file`: at least 32 bytes (a final newline is ignored). The secret is
/// never taken from the command line itself, where other users of the computer could see it.
pub fn read_server_secret(path: &Path) -> anyhow::Result<ServerSecret> {
    let bytes =
        zeroize::Zeroizing::new(std::fs::read(path).with_context(|| {
            format!("could not read the server secret file {}", path.display())
        })?);
    ServerSecret::from_file_bytes(&bytes).map_err(|_| {
        anyhow::anyhow!(
            "the server secret file {} must hold at least {} bytes (for example the output of `head -c 48 /dev/urandom | base64`), the same file on every node",
            path.display(),
            solace_store::vault::MIN_SERVER_SECRET_BYTES
        )
    })
}

/// The pool and migration options of hosted mode, from the settings.
pub fn pg_options(settings: &crate::settings::Settings) -> PgOptions {
    PgOptions {
        max_connections: settings.database_max_connections,
        acquire_timeout: settings.database_acquire_timeout,
        idle_timeout: settings.database_idle_timeout,
        ca_file: settings.database_ca_file.clone(),
        migrations: if settings.migrate_on_start {
            OnPending::Run
        } else {
            OnPending::Refuse
        },
        ..PgOptions::default()
    }
}

/// Opens the store for `serve`. Local mode ends every session left in the file (their server
/// secret died with the last `serve`). Hosted mode refuses to start without
/// `--server-secret-file`.
pub async fn open_serving(
    data_dir_flag: Option<PathBuf>,
    database_url: Option<&str>,
    server_secret_file: Option<&Path>,
    pg: &PgOptions,
    config: DiaryConfig,
) -> anyhow::Result<(Arc<Diary>, Opened)> {
    let (diary, opened) = open(data_dir_flag, database_url, server_secret_file, pg, config).await?;
    if matches!(opened, Opened::Sqlite(_)) {
        diary
            .end_every_session()
            .await
            .context("could not end the sessions of the last run")?;
    }
    Ok((diary, opened))
}

/// Opens the store and runs pending migrations (PostgreSQL: as `pg.migrations` says).
/// PostgreSQL (hosted mode) needs the server secret file; SQLite (local mode) makes a random
/// secret held only in this process.
pub async fn open(
    data_dir_flag: Option<PathBuf>,
    database_url: Option<&str>,
    server_secret_file: Option<&Path>,
    pg: &PgOptions,
    config: DiaryConfig,
) -> anyhow::Result<(Arc<Diary>, Opened)> {
    let secret = match (database_url, server_secret_file) {
        (Some(_), None) => bail!(
            "--database-url needs --server-secret-file FILE (or SOLACE_SERVER_SECRET_FILE): a file of at least 32 random bytes, the same on every node. Sessions and account names are keyed with it, so a copy of the database alone opens nothing"
        ),
        (Some(_), Some(path)) => Some(read_server_secret(path)?),
        (None, _) => None,
    };
    let (store, opened): (Arc<dyn Store>, Opened) = match database_url {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            let store = PgStore::connect_with(url, pg)
                .await
                .context("could not open the PostgreSQL database given by --database-url")?;
            warn_if_plaintext(&store, url).await;
            (Arc::new(store), Opened::Postgres)
        }
        Some(_) => bail!(
            "--database-url: expected a postgres:// URL (the default SQLite store uses --data-dir instead)"
        ),
        None => {
            let dir = data_dir(data_dir_flag)?;
            let store = solace_store_sqlite::SqliteStore::open_in(&dir)
                .await
                .with_context(|| format!("could not open the diary store in {}", dir.display()))?;
            let path = store.path().to_owned();
            (Arc::new(store), Opened::Sqlite(path))
        }
    };
    let diary = match secret {
        Some(secret) => Diary::hosted(store, config, secret).map_err(|e| anyhow::anyhow!("{e}"))?,
        None => Diary::new(store),
    };
    Ok((Arc::new(diary), opened))
}

/// Logs a warning when the connection to a database on another machine is not encrypted
/// (`sslmode` was `disable`, or `prefer` met a server without TLS). The URL is never logged.
async fn warn_if_plaintext(store: &PgStore, url: &str) {
    let local = ["@localhost", "@127.0.0.1", "@[::1]", "@/", "host=/"]
        .iter()
        .any(|h| url.contains(h));
    match store.encrypted().await {
        Ok(false) if !local => {
            tracing::warn!(
                "the connection to PostgreSQL is not encrypted: add sslmode=verify-full (or require) to the database URL"
            );
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(error = %e, "could not tell whether the database connection is encrypted");
        }
    }
}
