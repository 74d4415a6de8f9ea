//! The solace-store conformance suite on SQLite: a temporary database file per case.

use std::sync::Arc;

use solace_store::Store;
use solace_store::conformance::Backend;
use solace_store_sqlite::SqliteStore;

struct SqliteBackend {
    store: SqliteStore,
    _dir: tempfile::TempDir,
}

impl Backend for SqliteBackend {
    fn store(&self) -> Arc<dyn Store> {
        Arc::new(self.store.clone())
    }

    fn files(&self) -> Vec<std::path::PathBuf> {
        let db = self.store.path().to_owned();
        let wal = db.with_file_name(format!("{}-wal", solace_store_sqlite::DB_FILE_NAME));
        vec![db, wal]
    }

    async fn teardown(self) {
        self.store.close().await;
    }
}

async fn backend() -> Option<SqliteBackend> {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open_in(dir.path()).await.expect("open");
    Some(SqliteBackend { store, _dir: dir })
}

solace_store::conformance_tests!(backend());
