//! The solace-store conformance suite and the upgrade test on PostgreSQL.
//!
//! Runs when `SOLACE_TEST_DATABASE_URL` is set (e.g. `postgres://solace:…@127.0.0.1:5432/solace_test`);
//! otherwise each test prints `skipped: SOLACE_TEST_DATABASE_URL not set` and passes — unless
//! `CI` is set, when a missing URL fails the test: CI must run PostgreSQL.
//!
//! Every test gets its own fresh schema (`solace_test_<random>`, via `search_path`), dropped at
//! the end even when the test fails, so tests never share tables and can run in parallel.

use std::hash::{BuildHasher as _, RandomState};
use std::io::Write as _;
use std::str::FromStr as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use solace_store::Store;
use solace_store::conformance::{Backend, FixtureV1};
use solace_store_postgres::{
    MIGRATIONS, OnPending, PendingMigrations, PgOptions, PgStore, migrator,
};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{AssertSqlSafe, Executor as _};

const URL_ENV: &str = "SOLACE_TEST_DATABASE_URL";
/// A role with no DDL rights (`.ci/run` makes it: LOGIN, nothing else), for the least-privilege test.
const APP_URL_ENV: &str = "SOLACE_TEST_APP_DATABASE_URL";
/// Debian's self-signed certificate, which the CI cluster serves (CN and SAN `localhost`).
const SNAKEOIL: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";

struct PgBackend {
    store: PgStore,
    admin: PgPool,
    schema: String,
}

impl Backend for PgBackend {
    fn store(&self) -> Arc<dyn Store> {
        Arc::new(self.store.clone())
    }

    async fn teardown(self) {
        self.store.close().await;
        drop_schema(&self.admin, &self.schema).await;
        self.admin.close().await;
    }
}

/// The test database URL; `None` (after saying so) to skip; panics when `CI` is set without it.
fn database_url() -> Option<String> {
    url_from(URL_ENV)
}

fn url_from(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{var} is not set, and CI is: the PostgreSQL suite must run in CI (see .ci/run)"
            );
            // Straight to stderr, past the test harness's capture, so the skip is visible.
            let _ = writeln!(std::io::stderr().lock(), "skipped: {var} not set");
            None
        }
    }
}

/// `url` with its query parameter `key` set to `value` (any earlier value removed).
fn with_param(url: &str, key: &str, value: &str) -> String {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .collect();
    let new = format!("{key}={value}");
    pairs.push(&new);
    format!("{base}?{}", pairs.join("&"))
}

/// `url` with its host replaced (`127.0.0.1` → `localhost`, the snakeoil certificate's name).
fn with_host(url: &str, from: &str, to: &str) -> String {
    assert!(
        url.contains(&format!("@{from}")),
        "expected the host {from} in the test URL"
    );
    url.replacen(&format!("@{from}"), &format!("@{to}"), 1)
}

fn in_schema(schema: &str) -> PgOptions {
    PgOptions {
        max_connections: 5,
        search_path: Some(schema.to_owned()),
        ..PgOptions::default()
    }
}

fn unique_schema_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let random =
        RandomState::new().hash_one((std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    format!("solace_test_{random:016x}")
}

async fn drop_schema(admin: &PgPool, schema: &str) {
    let sql = format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    admin
        .execute(AssertSqlSafe(sql))
        .await
        .expect("drop the test schema");
}

/// A fresh schema and a pool whose connections use it, not yet migrated.
async fn fresh_schema(url: &str) -> (PgPool, String, PgConnectOptions) {
    let admin = PgPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .expect("connect to the test database");
    let schema = unique_schema_name();
    admin
        .execute(AssertSqlSafe(format!("CREATE SCHEMA \"{schema}\"")))
        .await
        .expect("create the test schema");
    let options = PgConnectOptions::from_str(url)
        .expect("a postgres URL")
        .options([("search_path", schema.as_str())]);
    (admin, schema, options)
}

async fn backend() -> Option<PgBackend> {
    let url = database_url()?;
    let (admin, schema, _) = fresh_schema(&url).await;
    let store = PgStore::connect_with(&url, &in_schema(&schema))
        .await
        .expect("connect and migrate");
    Some(PgBackend {
        store,
        admin,
        schema,
    })
}

solace_store::conformance_tests!(backend());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrating_a_populated_version_1_database_keeps_every_entry_readable() {
    let Some(url) = database_url() else { return };
    let (admin, schema, options) = fresh_schema(&url).await;
    let in_it = in_schema(&schema);
    let outcome = tokio::spawn(async move {
        let fixture = FixtureV1::load();
        // A schema as version 1 left it: migration 0001 only, rows written with its SQL.
        let old = PgPoolOptions::new().max_connections(1).connect_with(options.clone()).await.unwrap();
        migrator(Some(1)).run(&old).await.unwrap();
        sqlx::query("INSERT INTO users (id, name_hash, vault_header) VALUES ($1, $2, $3)")
            .bind(fixture.user_id.to_vec())
            .bind(fixture.name_hash.to_vec())
            .bind(fixture.vault_header.clone())
            .execute(&old)
            .await
            .unwrap();
        for r in &fixture.records {
            sqlx::query("INSERT INTO records (user_id, id, version, nonce, ciphertext) VALUES ($1, $2, $3, $4, $5)")
                .bind(fixture.user_id.to_vec())
                .bind(r.id.to_vec())
                .bind(r.version)
                .bind(r.nonce.to_vec())
                .bind(r.ciphertext.clone())
                .execute(&old)
                .await
                .unwrap();
        }
        old.close().await;
        // Connecting applies every later migration; running them again is a no-op.
        let store = PgStore::connect_with(&url, &in_it).await.unwrap();
        let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
        fixture.check_readable(&dyn_store).await;
        assert_eq!(store.migrate().await.unwrap(), vec![], "nothing was left to apply");
        fixture.check_readable(&dyn_store).await;
        dyn_store.integrity_check().await.unwrap();
        store.close().await;
        let check = PgPoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
        let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations").fetch_one(&check).await.unwrap();
        assert_eq!(applied, i64::try_from(MIGRATIONS.len()).unwrap());
        check.close().await;
    })
    .await;
    drop_schema(&admin, &schema).await;
    admin.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Issue 15 item 6: photos written before bulk records existed were ordinary rows; migration
/// 0003 marks every row too long to be anything but a photo as bulk, so the list stops reading
/// it, and it still opens by id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migration_3_takes_old_photos_out_of_the_list() {
    use serde_json::{Value, json};
    use solace_store::conformance::{pass, sample_entries, t0};
    use solace_store::{Diary, DiaryConfig};

    let Some(url) = database_url() else { return };
    let (admin, schema, options) = fresh_schema(&url).await;
    let in_it = in_schema(&schema);
    let outcome = tokio::spawn(async move {
        let config = DiaryConfig::insecure_fast_kdf_for_tests;
        let store = PgStore::connect_with(&url, &in_it).await.unwrap();
        let diary = Diary::with_config(Arc::new(store.clone()), config()).unwrap();
        let (u, _) = diary
            .create_account("old photos", &pass("old photos passphrase"))
            .await
            .unwrap();
        let entries = sample_entries();
        for e in &entries {
            diary.add(&u, e).await.unwrap();
        }
        // As version 2 wrote a photo: an ordinary record.
        let photo = json!({ "record": "photo", "photo_format": "png", "bytes_b64": "A".repeat(300 * 1024) });
        let photo_id = diary.add(&u, &photo).await.unwrap();
        store.close().await;
        // Back to schema version 2.
        let old = PgPoolOptions::new().max_connections(1).connect_with(options.clone()).await.unwrap();
        for sql in [
            "ALTER TABLE records DROP COLUMN bulk",
            "DELETE FROM _sqlx_migrations WHERE version = 3",
        ] {
            old.execute(sql).await.unwrap();
        }
        old.close().await;
        let store = PgStore::connect_with(&url, &in_it).await.unwrap();
        let diary = Diary::with_config(Arc::new(store.clone()), config()).unwrap();
        let u = diary
            .unlock("old photos", &pass("old photos passphrase"), t0())
            .await
            .unwrap();
        let list = diary.list::<Value>(&u).await.unwrap();
        assert!(list.unreadable.is_empty());
        assert_eq!(list.entries.len(), entries.len(), "the photo is not listed");
        assert_eq!(diary.get::<Value>(&u, photo_id).await.unwrap(), photo);
        assert_eq!(diary.usage(&u).await.unwrap().bulk, 1);
        store.close().await;
    })
    .await;
    drop_schema(&admin, &schema).await;
    admin.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Runs `body` with a fresh schema, dropping the schema afterwards even when `body` panics.
async fn in_fresh_schema<F, Fut>(url: &str, body: F)
where
    F: FnOnce(String, PgConnectOptions) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (admin, schema, options) = fresh_schema(url).await;
    let outcome = tokio::spawn(body(schema.clone(), options)).await;
    drop_schema(&admin, &schema).await;
    admin.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sslmode_require_encrypts_the_connection_and_disable_does_not() {
    let Some(url) = database_url() else { return };
    in_fresh_schema(&url.clone(), |schema, _| async move {
        let tls =
            PgStore::connect_with(&with_param(&url, "sslmode", "require"), &in_schema(&schema))
                .await
                .expect("sslmode=require connects (CI's PostgreSQL has ssl = on)");
        assert!(
            tls.encrypted().await.unwrap(),
            "PostgreSQL sees an encrypted connection"
        );
        tls.close().await;
        let plain =
            PgStore::connect_with(&with_param(&url, "sslmode", "disable"), &in_schema(&schema))
                .await
                .unwrap();
        assert!(
            !plain.encrypted().await.unwrap(),
            "the check can tell plaintext apart"
        );
        plain.close().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_full_refuses_a_certificate_it_cannot_trust_and_says_what_to_do() {
    let Some(url) = database_url() else { return };
    // The server's certificate is self-signed: the roots compiled in do not vouch for it.
    let err = PgStore::connect_with(
        &with_param(&url, "sslmode", "verify-full"),
        &PgOptions::default(),
    )
    .await
    .expect_err("an untrusted certificate must not be accepted");
    let said = format!("{err}");
    assert!(
        said.contains("TLS certificate was not accepted (sslmode=verify-full)"),
        "{said}"
    );
    assert!(said.contains("database_ca_file"), "{said}");
    let err = PgStore::connect_with(
        &with_param(&url, "sslmode", "verify-ca"),
        &PgOptions::default(),
    )
    .await
    .expect_err("verify-ca checks the issuer too");
    assert!(format!("{err}").contains("(sslmode=verify-ca)"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_full_with_the_ca_file_connects_by_name_and_refuses_a_name_not_in_the_certificate() {
    let Some(url) = database_url() else { return };
    if !std::path::Path::new(SNAKEOIL).exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{SNAKEOIL} is missing: .ci/run installs ssl-cert"
        );
        let _ = writeln!(std::io::stderr().lock(), "skipped: {SNAKEOIL} not found");
        return;
    }
    in_fresh_schema(&url.clone(), |schema, _| async move {
        let options = PgOptions {
            ca_file: Some(SNAKEOIL.into()),
            ..in_schema(&schema)
        };
        let by_name = with_param(
            &with_host(&url, "127.0.0.1", "localhost"),
            "sslmode",
            "verify-full",
        );
        let store = PgStore::connect_with(&by_name, &options)
            .await
            .expect("the certificate's own CA and its name: accepted");
        assert!(store.encrypted().await.unwrap());
        store.close().await;
        // 127.0.0.1 is not a name in the certificate: verify-full refuses, verify-ca does not ask.
        let by_address = with_param(&url, "sslmode", "verify-full");
        let err = PgStore::connect_with(&by_address, &options)
            .await
            .expect_err("the name is checked");
        assert!(format!("{err}").contains("not accepted"), "{err}");
        let store = PgStore::connect_with(&with_param(&url, "sslmode", "verify-ca"), &options)
            .await
            .expect("verify-ca checks the issuer only");
        store.close().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_migration_table_keeps_no_install_times() {
    let Some(url) = database_url() else { return };
    in_fresh_schema(&url.clone(), |schema, options| async move {
        let store = PgStore::connect_with(&url, &in_schema(&schema)).await.unwrap();
        store.close().await;
        let check = PgPoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT version, to_char(installed_on AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM _sqlx_migrations ORDER BY version",
        )
        .fetch_all(&check)
        .await
        .unwrap();
        assert_eq!(rows.len(), MIGRATIONS.len());
        for (version, at) in rows {
            assert_eq!(at, "1970-01-01 00:00:00", "migration {version}'s install time");
        }
        check.close().await;
    })
    .await;
}

/// The app's role may read and write rows but not change the schema: it serves when nothing is
/// pending (no `CREATE` of the migrations table is even tried), and with something pending it
/// either refuses naming `solace migrate` or, told to migrate, fails for want of rights.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_without_ddl_rights_serves_a_migrated_database_and_names_solace_migrate_otherwise() {
    let Some(url) = database_url() else { return };
    let Some(app_url) = url_from(APP_URL_ENV) else {
        return;
    };
    in_fresh_schema(&url.clone(), |schema, options| async move {
        let owner = PgPoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
        migrator(Some(1)).run(&owner).await.unwrap();
        let grant = |owner: PgPool, schema: String| async move {
            for sql in [
                format!("GRANT USAGE ON SCHEMA \"{schema}\" TO solace_app"),
                format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"{schema}\" TO solace_app"),
            ] {
                owner.execute(AssertSqlSafe(sql)).await.unwrap();
            }
            owner
        };
        let owner = grant(owner, schema.clone()).await;
        let app = |migrations| PgOptions { migrations, ..in_schema(&schema) };

        // Migration 2 is pending: refused, and the message says what to run.
        let err = PgStore::connect_with(&app_url, &app(OnPending::Refuse)).await.expect_err("pending");
        let Some(pending) = std::error::Error::source(&err).and_then(|e| e.downcast_ref::<PendingMigrations>()) else {
            panic!("expected PendingMigrations, got {err:?}");
        };
        assert_eq!(pending.0, vec![(2, "keys"), (3, "bulk")]);
        assert!(format!("{err}").contains("run `solace migrate`"), "{err}");
        // Told to migrate, the app's role cannot: it has no DDL rights.
        let err = PgStore::connect_with(&app_url, &app(OnPending::Run)).await.expect_err("no DDL rights");
        assert!(format!("{err:?}").contains("permission denied"), "{err:?}");

        // The owner migrates (`solace migrate`); the app's role then starts either way and works.
        let store = PgStore::connect_with(&url, &PgOptions { migrations: OnPending::Ignore, ..in_schema(&schema) })
            .await
            .unwrap();
        assert_eq!(store.migrate().await.unwrap(), vec![(2, "keys"), (3, "bulk")]);
        assert_eq!(store.migrate().await.unwrap(), vec![], "a second run applies nothing");
        store.close().await;
        let owner = grant(owner, schema.clone()).await;
        for on_pending in [OnPending::Run, OnPending::Refuse] {
            let store = PgStore::connect_with(&app_url, &app(on_pending)).await.expect("nothing pending");
            assert!(store.pending().await.unwrap().is_empty());
            store.close().await;
        }
        // Still no DDL rights: starting above did not rely on them.
        let as_app = app_pool(&app_url, &schema).await;
        let denied = sqlx::query("CREATE TABLE not_allowed (x int)").execute(&as_app).await;
        assert!(denied.is_err(), "the app's role must not be able to create tables");
        as_app.close().await;
        let store = PgStore::connect_with(&app_url, &app(OnPending::Refuse)).await.unwrap();
        let dyn_store: Arc<dyn Store> = Arc::new(store.clone());
        solace_store::conformance::recovery_journey(dyn_store).await;
        store.close().await;
        owner.close().await;
    })
    .await;
}

async fn app_pool(app_url: &str, schema: &str) -> PgPool {
    let options = PgConnectOptions::from_str(app_url)
        .expect("a postgres URL")
        .options([("search_path", schema)]);
    PgPoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap()
}
