//! Picks and opens the diary store: SQLite in the data folder by default, PostgreSQL when a
//! `postgres://` URL is given. The web crate only ever sees the `Store` trait.

use anyhow::{Context, bail};
use solace_store::{Diary, Store};
use std::path::PathBuf;
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

/// Opens the store and runs pending migrations.
pub async fn open(
    data_dir_flag: Option<PathBuf>,
    database_url: Option<&str>,
) -> anyhow::Result<(Arc<Diary>, Opened)> {
    let (store, opened): (Arc<dyn Store>, Opened) = match database_url {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            let store = solace_store_postgres::PgStore::connect(url)
                .await
                .context("could not open the PostgreSQL database given by --database-url")?;
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
    Ok((Arc::new(Diary::new(store)), opened))
}
