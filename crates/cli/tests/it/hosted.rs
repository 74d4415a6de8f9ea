//! Hosted mode's configuration and start-up, through the real binary: the configuration file and
//! the environment, log lines as JSON without colour, and (on PostgreSQL, when
//! `SOLACE_TEST_DATABASE_URL` and `SOLACE_TEST_APP_DATABASE_URL` are set, as `.ci/run` does)
//! `solace migrate` with the owner's role and `solace serve` with a role that has no DDL rights.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{AssertSqlSafe, Executor as _};

/// `solace <args>` with none of the environment's Solace settings but `env`.
fn solace(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_solace"));
    cmd.args(args);
    for (key, _) in std::env::vars() {
        if key.starts_with("SOLACE_") {
            cmd.env_remove(key);
        }
    }
    cmd.envs(env.iter().copied()).stdin(Stdio::null());
    cmd
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    solace(args, env).output().expect("run solace")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A started `solace serve`, its address, and its standard error once it has stopped.
struct Served {
    child: Child,
    addr: SocketAddr,
}

impl Served {
    /// Starts the server and waits for its address; `Err` with its standard error if it exits.
    fn start(args: &[&str], env: &[(&str, &str)]) -> Result<Served, String> {
        let mut child = solace(&[&["serve", "--addr", "127.0.0.1:0"], args].concat(), env)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start solace serve");
        let stdout = child.stdout.take().expect("piped");
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            if let Some(Ok(line)) = lines.next() {
                if let Some(rest) = line.strip_prefix("Solace is running at http://") {
                    break rest.trim_end_matches('/').parse().expect("an address");
                }
            } else {
                let mut err = String::new();
                child
                    .stderr
                    .take()
                    .expect("piped")
                    .read_to_string(&mut err)
                    .unwrap();
                let status = child.wait().expect("reap");
                return Err(format!("{status}: {err}"));
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Ok(Served { child, addr })
    }

    fn get(&self, host: &str) -> String {
        let mut stream = TcpStream::connect_timeout(&self.addr, Duration::from_secs(5)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        write!(
            stream,
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        text(&response)
    }

    /// Stops the server and returns what it wrote on standard error.
    fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut err = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            stderr.read_to_string(&mut err).unwrap();
        }
        err
    }
}

#[test]
fn the_configuration_file_is_read_and_the_environment_wins_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("solace.toml");
    std::fs::write(&config, "addr = \"nowhere\"\nlog_format = \"json\"\n").unwrap();
    let config_s = config.display().to_string();
    let data = dir.path().join("data").display().to_string();
    // A bad value in the file: refused before anything starts, naming the key and the file.
    let out = run(&["serve", "--config", &config_s, "--data-dir", &data], &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    let said = text(&out.stderr);
    assert!(
        said.contains(&format!("addr in {config_s}: expected an address and port")),
        "{said}"
    );
    // SOLACE_CONFIG names the file too, and SOLACE_ADDR wins over the file's addr.
    let served = Served::start(
        &["--data-dir", &data],
        &[
            ("SOLACE_CONFIG", &config_s),
            ("SOLACE_ADDR", "127.0.0.1:0"),
            ("SOLACE_LOG", "info"),
        ],
    )
    .expect("starts");
    let port = served.addr.port();
    assert!(
        served
            .get(&format!("127.0.0.1:{port}"))
            .starts_with("HTTP/1.1 200 ")
    );
    let err = served.stop();
    // The file's log_format = "json" applied.
    assert!(
        err.lines().next().is_some_and(|l| l.starts_with('{')),
        "{err}"
    );
    // An unknown key is named.
    std::fs::write(&config, "adress = \"127.0.0.1:0\"\n").unwrap();
    let out = run(&["serve", "--config", &config_s, "--data-dir", &data], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("adress in "), "{out:?}");
}

#[test]
fn logs_are_json_lines_or_text_and_never_coloured_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    for format in ["json", "text"] {
        let served = Served::start(
            &["--data-dir", &data, "--log-format", format],
            &[("SOLACE_LOG", "info")],
        )
        .expect("starts");
        let err = served.stop();
        assert!(!err.is_empty(), "something is logged at info");
        assert!(
            !err.contains('\u{1b}'),
            "no ANSI colour when stderr is not a terminal: {err}"
        );
        for line in err.lines().filter(|l| !l.is_empty()) {
            let parsed = serde_json::from_str::<serde_json::Value>(line);
            if format == "json" {
                let v = parsed.unwrap_or_else(|e| panic!("{e}: {line}"));
                assert!(v["level"].is_string() && v["fields"].is_object(), "{line}");
            } else {
                assert!(parsed.is_err(), "text, not JSON: {line}");
            }
        }
    }
}

#[test]
fn solace_migrate_without_a_database_says_what_it_needs() {
    let out = run(&["migrate"], &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(text(&out.stderr).contains("SOLACE_DATABASE_URL"), "{out:?}");
    let out = run(
        &[
            "migrate",
            "--database-url",
            "postgres://owner:secret@127.0.0.1:1/x",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let said = text(&out.stderr);
    assert!(said.contains("Set SOLACE_DATABASE_URL instead"), "{said}");
    assert!(!said.contains("secret"), "{said}");
    // Nothing listens there: a clear message after the configured wait, said once.
    let started = std::time::Instant::now();
    let out = run(
        &["migrate"],
        &[
            ("SOLACE_DATABASE_URL", "postgres://owner@127.0.0.1:1/x"),
            ("SOLACE_DATABASE_ACQUIRE_TIMEOUT", "300ms"),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = text(&out.stderr);
    let expected = "no connection to the database within 300ms (database_acquire_timeout)";
    assert_eq!(said.matches(expected).count(), 1, "{said}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

fn postgres_urls() -> Option<(String, String)> {
    let owner = std::env::var("SOLACE_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let app = std::env::var("SOLACE_TEST_APP_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if let (Some(owner), Some(app)) = (owner, app) {
        return Some((owner, app));
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but SOLACE_TEST_DATABASE_URL or SOLACE_TEST_APP_DATABASE_URL is not (see .ci/run)"
    );
    eprintln!("skipped: SOLACE_TEST_DATABASE_URL / SOLACE_TEST_APP_DATABASE_URL not set");
    None
}

/// `url` with every connection's `search_path` set to `schema`.
fn in_schema(url: &str, schema: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20search_path%3D{schema}")
}

#[test]
fn migrate_runs_alone_and_serve_needs_no_ddl_rights() {
    let Some((owner_url, app_url)) = postgres_urls() else {
        return;
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let schema = format!(
        "solace_cli_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let admin = rt.block_on(async {
        let admin = PgPoolOptions::new()
            .max_connections(1)
            .connect(&owner_url)
            .await
            .unwrap();
        admin
            .execute(AssertSqlSafe(format!("CREATE SCHEMA \"{schema}\"")))
            .await
            .unwrap();
        admin
    });
    let grant = || {
        rt.block_on(async {
            for sql in [
                format!("GRANT USAGE ON SCHEMA \"{schema}\" TO solace_app"),
                format!(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"{schema}\" TO solace_app"
                ),
            ] {
                admin.execute(AssertSqlSafe(sql)).await.unwrap();
            }
        });
    };
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // A database at migration 1, as an older release left it.
        rt.block_on(async {
            let options: PgConnectOptions = owner_url.parse().unwrap();
            let pool = PgPoolOptions::new()
                .max_connections(1)
                .connect_with(options.options([("search_path", schema.as_str())]))
                .await
                .unwrap();
            solace_store_postgres::migrator(Some(1))
                .run(&pool)
                .await
                .unwrap();
            pool.close().await;
        });
        grant();
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("server-secret");
        std::fs::write(&secret, "a server secret for the hosted test, 32+ bytes\n").unwrap();
        let secret = secret.display().to_string();
        let app = in_schema(&app_url, &schema);
        let app_env = [
            ("SOLACE_DATABASE_URL", app.as_str()),
            ("SOLACE_SERVER_SECRET_FILE", secret.as_str()),
            ("SOLACE_PUBLIC_HOST", "diary.example.org"),
            ("SOLACE_LOG", "warn"),
        ];

        // migrate_on_start = false with a migration pending: refuses, naming `solace migrate`.
        let err = Served::start(&["--migrate-on-start", "false"], &app_env)
            .err()
            .expect("refused");
        assert!(err.contains("run `solace migrate`"), "{err}");
        assert!(
            !err.contains("solace-ci") && !err.contains("solace-app-ci"),
            "{err}"
        );

        // The owner runs the migrations alone; it says what it applied, then that nothing is left.
        let owner = in_schema(&owner_url, &schema);
        let out = run(&["migrate"], &[("SOLACE_DATABASE_URL", owner.as_str())]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let applied = text(&out.stdout);
        assert!(
            applied.starts_with("Applied migration 2 (keys).\n"),
            "{applied}"
        );
        let total = solace_store_postgres::MIGRATIONS.len();
        assert_eq!(applied.lines().count(), total - 1, "{applied}");
        let out = run(&["migrate"], &[("SOLACE_DATABASE_URL", owner.as_str())]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert_eq!(
            text(&out.stdout),
            format!("Nothing to apply: the database has all {total} migrations.\n")
        );
        grant();

        // The app's role, with no DDL rights, now serves (migrate_on_start at its default, true:
        // nothing is pending, so nothing is created).
        let served = Served::start(&[], &app_env).expect("serves");
        assert!(served.get("diary.example.org").starts_with("HTTP/1.1 200 "));
        served.stop();
    }));
    rt.block_on(async {
        admin
            .execute(AssertSqlSafe(format!(
                "DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"
            )))
            .await
            .unwrap();
        admin.close().await;
    });
    if let Err(e) = outcome {
        std::panic::resume_unwind(e);
    }
}
