//! The real-browser suite (`tests/browser/run.mjs`) as part of `cargo test --workspace`.
//!
//! Starts `solace serve` on a free port, then runs the suite with node, headless Chromium
//! (playwright-core) and axe-core against it. Needs node, Chromium (/usr/bin/chromium or
//! `$CHROMIUM_PATH`) and `npm ci --prefix tests/browser`. When one is missing the test prints
//! "skipped: <reason>" and passes, except when `CI` is set: then it fails, so CI never skips it.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the whole suite may take before it is stopped (it takes well under a minute).
const SUITE_TIMEOUT: Duration = Duration::from_mins(5);
/// How long the server may take to print its address.
const START_TIMEOUT: Duration = Duration::from_secs(30);

fn browser_dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/browser")).to_path_buf()
}

fn run_mjs() -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/browser/run.mjs"
    ))
    .to_path_buf()
}

fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .filter(|p| !p.is_empty())
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What is missing for the suite to run, if anything.
fn missing_component() -> Option<String> {
    match Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => {}
        Ok(s) => return Some(format!("`node --version` failed ({s})")),
        Err(e) => return Some(format!("node is not installed or not on PATH ({e})")),
    }
    let chromium = chromium_path();
    if !chromium.is_file() {
        return Some(format!(
            "Chromium not found at {} (apt-get install -y chromium, or set CHROMIUM_PATH)",
            chromium.display()
        ));
    }
    let modules = browser_dir().join("node_modules");
    for file in ["playwright-core/package.json", "axe-core/axe.min.js"] {
        if !modules.join(file).is_file() {
            return Some(format!(
                "{} is missing (run `npm ci --prefix tests/browser`)",
                modules.join(file).display()
            ));
        }
    }
    None
}

/// A running `solace serve`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
    log: Arc<Mutex<String>>,
    /// The server's own data folder, deleted with it: tests never touch a person's real diary.
    _data: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let data = tempfile::tempdir().expect("temporary data folder");
        let mut child = Command::new(env!("CARGO_BIN_EXE_solace"))
            .args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
            .arg(data.path())
            .env_remove("SOLACE_ADDR")
            .env_remove("SOLACE_DATABASE_URL")
            .env_remove("SOLACE_REGION")
            // Everything the server logs is kept and checked for diary content afterwards.
            .env("SOLACE_LOG", "debug")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start `solace serve`");

        // Keep the server's log for the failure message; drain it so the server never blocks.
        let log = Arc::new(Mutex::new(String::new()));
        let mut stderr = child.stderr.take().expect("stderr is piped");
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("log lock")
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });

        // The first line of stdout is "Solace is running at http://127.0.0.1:PORT/".
        let stdout = child.stdout.take().expect("stdout is piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let first = lines.next();
            let _ = tx.send(first);
            for _ in lines {}
        });
        let mut server = Server {
            child,
            url: String::new(),
            log,
            _data: data,
        };
        let line = match rx.recv_timeout(START_TIMEOUT) {
            Ok(Some(Ok(line))) => line,
            other => panic!(
                "`solace serve` did not print its address within {START_TIMEOUT:?} ({other:?}); its log:\n{}",
                server.log()
            ),
        };
        line.split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no http:// address in the first line of stdout: {line:?}"))
            .clone_into(&mut server.url);
        server
    }

    fn log(&self) -> String {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn browser_suite_passes() {
    if let Some(reason) = missing_component() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the browser suite cannot run on CI: {reason}"
        );
        // Straight to the process's stderr, past the test harness's capture, so it is always seen.
        let _ = writeln!(std::io::stderr(), "skipped: browser suite: {reason}");
        return;
    }

    let server = Server::start();
    eprintln!("browser suite against {}", server.url);

    // Output goes straight to the terminal so that the suite's progress and its axe details are
    // visible whether the test passes or not.
    let mut node = Command::new("node")
        .arg("--test-reporter=spec")
        .arg(run_mjs())
        .arg(&server.url)
        .env("CHROMIUM_PATH", chromium_path())
        .current_dir(browser_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start node");

    let started = Instant::now();
    let status = loop {
        if let Some(status) = node.try_wait().expect("wait for node") {
            break status;
        }
        if started.elapsed() > SUITE_TIMEOUT {
            let _ = node.kill();
            let _ = node.wait();
            panic!(
                "the browser suite took longer than {SUITE_TIMEOUT:?} and was stopped; server log:\n{}",
                server.log()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };

    assert!(
        status.success(),
        "the browser suite failed ({status}); its output is above. Server log:\n{}",
        server.log()
    );
    // Issue 4 must-hold: no log line carries diary content. The suite typed a distinctive note and
    // a passphrase into the diary while the server logged at debug level.
    let log = server.log();
    assert!(
        !log.is_empty(),
        "the server logged nothing at debug level: the check below would prove nothing"
    );
    for secret in ["PRIVATE-NOTE-7431", "felt shaky", "blue kettle quiet river"] {
        assert!(
            !log.contains(secret),
            "the server log contains diary content ({secret})"
        );
    }
}
