//! The diary's command-line contract (issue 4, items 7 and 8), run against the built `solace`
//! binary in temporary folders: `solace diary …`, `solace export --format backup` and
//! `solace import`. One test also runs against PostgreSQL when `SOLACE_TEST_DATABASE_URL` is set.

use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The clock for every command (`--now`), so entry dates stay inside the accepted window.
const NOW: &str = "2026-11-23T12:00:00Z";
const PASSPHRASE: &str = "quiet harbour lantern";

/// Runs `solace <args>` with `stdin`, without the environment's diary settings.
fn solace(args: &[String], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_solace"))
        .args(args)
        .env_remove("SOLACE_REGION")
        .env_remove("SOLACE_DATA_DIR")
        .env_remove("SOLACE_DATABASE_URL")
        .env_remove("SOLACE_DATABASE_URL_FILE")
        .env_remove("SOLACE_SERVER_SECRET_FILE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the solace binary");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for solace");
    writer.join().expect("stdin writer thread");
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// A diary in a temporary folder (or a PostgreSQL account), with its passphrase file.
struct Vault {
    dir: tempfile::TempDir,
    /// `--data-dir D` or `--database-url URL --account NAME`.
    location: Vec<String>,
    passphrase_file: PathBuf,
}

impl Vault {
    fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        Self::with_location(dir, vec!["--data-dir".into(), data.display().to_string()])
    }

    fn with_location(dir: tempfile::TempDir, location: Vec<String>) -> Self {
        let passphrase_file = dir.path().join("passphrase");
        write_secret(&passphrase_file, &format!("{PASSPHRASE}\n"));
        Self {
            dir,
            location,
            passphrase_file,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `verb… --data-dir D --passphrase-file F --json --now NOW extra…`.
    fn args(&self, verb: &[&str], passphrase_file: &Path, extra: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = verb.iter().map(|s| (*s).to_owned()).collect();
        args.extend(self.location.iter().cloned());
        args.extend([
            "--passphrase-file".to_owned(),
            passphrase_file.display().to_string(),
            "--json".to_owned(),
            "--now".to_owned(),
            NOW.to_owned(),
        ]);
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    }

    fn run(&self, verb: &[&str], extra: &[&str], stdin: &[u8]) -> Output {
        solace(&self.args(verb, &self.passphrase_file, extra), stdin)
    }

    /// Runs and expects exit 0 with one JSON object on stdout.
    fn ok(&self, verb: &[&str], extra: &[&str], stdin: &[u8]) -> Value {
        let out = self.run(verb, extra, stdin);
        assert_eq!(out.status.code(), Some(0), "{verb:?}: {}", describe(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{verb:?}: stdout is not JSON ({e}): {}", describe(&out)))
    }

    /// Runs and expects exit 2 with stderr containing `needle`; returns stdout's JSON.
    fn refused(&self, verb: &[&str], extra: &[&str], stdin: &[u8], needle: &str) -> Value {
        let out = self.run(verb, extra, stdin);
        refused(&out, needle)
    }

    fn init(&self) -> String {
        let v = self.ok(&["diary", "init"], &[], b"");
        let code = v["recovery_code"]
            .as_str()
            .expect("recovery_code")
            .to_owned();
        assert_eq!(code.len(), 29, "{code}");
        code
    }

    fn add(&self, entry: &Value) -> String {
        let v = self.ok(&["diary", "add"], &[], entry.to_string().as_bytes());
        let id = v["id"].as_str().expect("id").to_owned();
        // The id, and `attention` only when the diary now needs help today or sooner.
        assert!(
            v.as_object()
                .unwrap()
                .keys()
                .all(|k| k == "id" || k == "attention"),
            "only the id (and attention): {v}"
        );
        assert_eq!(id.len(), 32, "{id}");
        id
    }

    fn list(&self) -> Vec<Value> {
        let v = self.ok(&["diary", "list"], &[], b"");
        assert!(v.get("unreadable").is_none(), "{v}");
        v["entries"].as_array().expect("entries").clone()
    }
}

fn refused(out: &Output, needle: &str) -> Value {
    assert_eq!(out.status.code(), Some(2), "{}", describe(out));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(needle),
        "stderr should contain {needle:?}: {}",
        describe(out)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", describe(out)))
}

fn write_secret(path: &Path, contents: &str) {
    std::fs::write(path, contents).expect("write passphrase file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// Entries without their ids, for comparing lists.
fn without_ids(entries: &[Value]) -> Vec<Value> {
    entries
        .iter()
        .map(|e| {
            let mut e = e.clone();
            e.as_object_mut().unwrap().remove("id");
            e
        })
        .collect()
}

fn three_notes() -> Vec<Value> {
    // Out of time order on purpose; the second uses another offset (08:30Z is the earliest).
    vec![
        json!({"kind": "note", "at": "2026-11-21T09:00:00Z", "text": "OTTER-5512 second day"}),
        json!({"kind": "note", "at": "2026-11-20T09:30:00+01:00", "text": "OTTER-5511 first day"}),
        json!({"kind": "pain", "at": "2026-11-22T18:00:00Z", "score": 5, "where": "lower_middle"}),
    ]
}

fn assert_time_order(entries: &[Value]) {
    let texts: Vec<&str> = entries.iter().map(|e| e["at"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "2026-11-20T09:30:00+01:00",
            "2026-11-21T09:00:00Z",
            "2026-11-22T18:00:00Z"
        ],
        "{entries:?}"
    );
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_issue_contract_end_to_end() {
    let v = Vault::sqlite();
    // Without --json: the code once, with a plain warning to save it.
    let out = solace(
        &v.args(&["diary", "init"], &v.passphrase_file, &[])
            .into_iter()
            .filter(|a| a != "--json")
            .collect::<Vec<_>>(),
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Recovery code:"), "{stdout}");
    assert!(stdout.contains("shown only this once"), "{stdout}");
    // A second init is refused, and the first diary is untouched.
    v.refused(&["diary", "init"], &[], b"", "a diary exists here already");

    let id = v.add(
        &json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "ZEBRA-7734 a hard day"}),
    );
    for entry in three_notes() {
        v.add(&entry);
    }
    let entries = v.list();
    assert_eq!(entries.len(), 4);
    // 09:30+01:00 is 08:30Z: before the 09:00Z note, though written later and in another offset.
    assert_eq!(entries[0]["text"], "OTTER-5511 first day");
    assert_eq!(entries[1]["id"], id.as_str());
    assert_eq!(entries[1]["kind"], "note");
    assert_eq!(entries[1]["text"], "ZEBRA-7734 a hard day");
    let others: Vec<Value> = [&entries[0], &entries[2], &entries[3]]
        .into_iter()
        .cloned()
        .collect();
    assert_time_order(&others);

    // `at` is optional: it defaults to now.
    let id = v.add(&json!({"kind": "mood", "score": 4, "words": "tired"}));
    let entries = v.list();
    let last = entries.last().unwrap();
    assert_eq!(last["id"], id.as_str());
    assert_eq!(last["at"], "2026-11-23T12:00:00Z");
}

#[test]
fn init_json_prints_the_code_once_and_checks_the_passphrase() {
    let v = Vault::sqlite();
    let short = v.path("short");
    write_secret(&short, "short\n");
    let out = solace(&v.args(&["diary", "init"], &short, &[]), b"");
    refused(&out, "--passphrase-file");
    assert!(
        !v.path("data").exists(),
        "nothing is created for a refused passphrase"
    );

    let code = v.init();
    assert!(code.chars().all(|c| c == '-' || c.is_ascii_alphanumeric()));
    // The code is printed by init only: never again, not by list.
    let out = v.run(&["diary", "list"], &[], b"");
    assert!(!text(&out.stdout).contains(&code) && !text(&out.stderr).contains(&code));

    // A passphrase file with \r\n, and `-` for standard input, read the same first line.
    let crlf = v.path("crlf");
    write_secret(&crlf, &format!("{PASSPHRASE}\r\nsecond line is ignored\n"));
    let out = solace(&v.args(&["diary", "list"], &crlf, &[]), b"");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let out = solace(
        &v.args(&["diary", "list"], Path::new("-"), &[]),
        format!("{PASSPHRASE}\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // ... but not where standard input carries the entry.
    let out = solace(&v.args(&["diary", "add"], Path::new("-"), &[]), b"{}");
    refused(&out, "--passphrase-file");

    // A passphrase file others can read: it works, with a warning.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let open_file = v.path("open");
        std::fs::write(&open_file, format!("{PASSPHRASE}\n")).unwrap();
        std::fs::set_permissions(&open_file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = solace(&v.args(&["diary", "list"], &open_file, &[]), b"");
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        assert!(
            text(&out.stderr).contains("chmod 600"),
            "{}",
            describe(&out)
        );
    }
}

#[test]
fn a_wrong_passphrase_or_no_diary_exits_2() {
    let v = Vault::sqlite();
    let out = v.run(&["diary", "list"], &[], b"");
    refused(&out, "there is no diary in");
    assert!(!v.path("data").exists(), "list does not create a diary");

    v.init();
    v.add(&json!({"kind": "note", "text": "ZEBRA-7734 private words"}));
    let wrong = v.path("wrong");
    write_secret(&wrong, "not the right passphrase\n");
    let out = solace(&v.args(&["diary", "list"], &wrong, &[]), b"");
    let body = refused(&out, "the passphrase does not open this diary");
    assert_eq!(body["error"], "wrong_passphrase");
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    for secret in ["ZEBRA", "not the right passphrase", PASSPHRASE] {
        assert!(!all.contains(secret), "{all}");
    }
    // The same words in multi-user mode for an account that does not exist.
    let out = solace(
        &v.args(
            &["diary", "list"],
            &v.passphrase_file,
            &["--account", "nobody"],
        ),
        b"",
    );
    refused(&out, "the passphrase does not open this diary");

    // Five failures, then refused without trying, with the wait.
    for _ in 0..4 {
        let out = solace(&v.args(&["diary", "list"], &wrong, &[]), b"");
        refused(&out, "the passphrase does not open this diary");
    }
    let out = v.run(&["diary", "list"], &[], b"");
    let body = refused(&out, "too many failed attempts: try again in");
    assert_eq!(body["error"], "too_many_attempts");
}

#[test]
fn invalid_entries_exit_2_naming_the_field() {
    let v = Vault::sqlite();
    v.init();
    let cases = [
        (
            json!({"kind": "dream", "at": "2026-11-20T09:00:00Z"}),
            "kind",
        ),
        (
            json!({"kind": "pain", "at": "2026-11-20T09:00:00Z", "score": 4.5}),
            "score",
        ),
        (
            json!({"kind": "note", "at": "2026-11-20T09:00:00", "text": "no offset"}),
            "at",
        ),
        (
            json!({"kind": "note", "at": "2026-11-24T12:00:00Z", "text": "tomorrow"}),
            "at",
        ),
        (
            json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "x", "colour": "red"}),
            "colour",
        ),
        (
            json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "mystery": 1}),
            "mystery",
        ),
    ];
    for (entry, field) in cases {
        let out = v.run(&["diary", "add"], &[], entry.to_string().as_bytes());
        let body = refused(&out, field);
        assert_eq!(
            body["errors"][0]["field"],
            field,
            "{entry}: {}",
            describe(&out)
        );
    }
    v.refused(&["diary", "add"], &[], b"not json", "body");
    v.refused(&["diary", "add"], &[], &vec![b' '; 70 * 1024], "64 KiB");
    assert!(v.list().is_empty(), "nothing was stored");
}

#[test]
fn edit_and_delete() {
    let v = Vault::sqlite();
    v.init();
    let id = v.add(&json!({"kind": "pain", "at": "2026-11-20T09:00:00Z", "score": 7}));
    let keep = v.add(&json!({"kind": "note", "at": "2026-11-21T09:00:00Z", "text": "stays"}));
    let edited =
        json!({"kind": "pain", "at": "2026-11-20T10:00:00Z", "score": 3, "note": "better"});
    let out = v.ok(
        &["diary", "edit"],
        &["--id", &id],
        edited.to_string().as_bytes(),
    );
    assert_eq!(out["id"], id.as_str());
    let entries = v.list();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["id"], id.as_str());
    assert_eq!(without_ids(&entries[..1]), [edited]);

    // An invalid replacement changes nothing.
    v.refused(
        &["diary", "edit"],
        &["--id", &id],
        br#"{"kind": "pain", "at": "2026-11-20T10:00:00Z", "score": 11}"#,
        "score",
    );
    assert_eq!(v.list()[0]["score"], 3);

    v.ok(&["diary", "delete"], &["--id", &id], b"");
    let entries = v.list();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["id"], keep.as_str());
    v.refused(&["diary", "delete"], &["--id", &id], b"", "--id");
    v.refused(&["diary", "delete"], &["--id", "not-an-id"], b"", "--id");
    v.refused(
        &["diary", "edit"],
        &["--id", &id],
        br#"{"kind": "note", "text": "x"}"#,
        "--id",
    );
}

#[test]
fn recovery_after_a_medication_journey_gives_the_expected_flags() {
    let v = Vault::sqlite();
    v.init();
    for entry in [
        json!({"kind": "event", "at": "2026-11-20T09:00:00Z", "event": "loss_confirmed"}),
        json!({"kind": "event", "at": "2026-11-20T10:00:00Z", "event": "management_chosen", "management": "medication"}),
        json!({"kind": "event", "at": "2026-11-21T08:00:00Z", "event": "medication_taken", "medicine": "misoprostol"}),
        json!({"kind": "temperature", "at": "2026-11-23T10:00:00Z", "celsius": 38.4}),
    ] {
        v.add(&entry);
    }
    let report = v.ok(&["diary", "recovery"], &[], b"");
    let flags: Vec<&str> = report["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(flags.contains(&"fever"), "{flags:?}");
    assert!(
        flags.contains(&"no-bleeding-after-misoprostol"),
        "{flags:?}"
    );
    assert_eq!(report["flags"][0]["id"], "fever", "the most urgent first");
    assert_eq!(report["management"], "medication");
    assert_eq!(report["urgency"], "urgent");
    assert!(!report["expected_course"].as_array().unwrap().is_empty());
    assert!(!report["reminders"].as_array().unwrap().is_empty());

    // Bleeding recorded after the misoprostol: that flag goes.
    v.add(&json!({"kind": "bleeding", "at": "2026-11-21T14:00:00Z", "pads_soaked_per_hour": 1}));
    let report = v.ok(&["diary", "recovery"], &[], b"");
    let flags: Vec<&str> = report["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(
        !flags.contains(&"no-bleeding-after-misoprostol"),
        "{flags:?}"
    );
    assert!(flags.contains(&"fever"), "{flags:?}");
}

#[test]
fn change_passphrase_then_the_old_one_fails() {
    let v = Vault::sqlite();
    v.init();
    v.add(&json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "kept"}));
    let new = v.path("new");
    write_secret(&new, "a brand new passphrase\n");
    let short = v.path("short");
    write_secret(&short, "tiny\n");
    let new_file = new.display().to_string();
    let short_file = short.display().to_string();
    v.refused(
        &["diary", "change-passphrase"],
        &["--new-passphrase-file", &short_file],
        b"",
        "--new-passphrase-file",
    );
    let out = solace(
        &v.args(
            &["diary", "change-passphrase"],
            &new,
            &["--new-passphrase-file", &new_file],
        ),
        b"",
    );
    refused(&out, "the passphrase does not open this diary");
    v.ok(
        &["diary", "change-passphrase"],
        &["--new-passphrase-file", &new_file],
        b"",
    );
    v.refused(
        &["diary", "list"],
        &[],
        b"",
        "the passphrase does not open this diary",
    );
    let out = solace(&v.args(&["diary", "list"], &new, &[]), b"");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["entries"][0]["text"], "kept");
}

#[test]
fn delete_everything_needs_yes() {
    let v = Vault::sqlite();
    v.init();
    v.add(&json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "x"}));
    let body = v.refused(&["diary", "delete-everything"], &[], b"", "--yes");
    assert_eq!(body["error"], "confirmation_needed");
    assert_eq!(v.list().len(), 1, "nothing was deleted");
    let wrong = v.path("wrong");
    write_secret(&wrong, "not the right passphrase\n");
    let out = solace(
        &v.args(&["diary", "delete-everything"], &wrong, &["--yes"]),
        b"",
    );
    refused(&out, "the passphrase does not open this diary");
    assert_eq!(v.list().len(), 1);

    v.ok(&["diary", "delete-everything"], &["--yes"], b"");
    v.refused(
        &["diary", "list"],
        &[],
        b"",
        "the passphrase does not open this diary",
    );
    // A new diary can be made in its place.
    v.init();
    assert!(v.list().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Backup
// ---------------------------------------------------------------------------------------------

/// Adds distinctive entries and exports a backup; returns the file and the list.
fn backed_up(v: &Vault) -> (PathBuf, Vec<Value>) {
    v.init();
    for entry in [
        json!({"kind": "note", "at": "2026-11-20T09:00:00Z", "text": "ZEBRA-7734 the worst day"}),
        json!({"kind": "medication", "at": "2026-11-21T08:00:00Z", "name": "misoprostol", "dose": "800 micrograms"}),
        json!({"kind": "bleeding", "at": "2026-11-21T14:00:00Z", "pads_soaked_per_hour": 2, "clots": "large"}),
        json!({"kind": "hcg", "at": "2026-11-22T08:00:00Z", "iu_per_l": 1520}),
    ] {
        v.add(&entry);
    }
    let file = v.path("diary.backup");
    let out = v.ok(
        &["export"],
        &["--format", "backup", "--out", &file.display().to_string()],
        b"",
    );
    assert_eq!(out["entries"], 4);
    (file, v.list())
}

fn import_into(v: &Vault, data: &Path, file: &Path) -> Output {
    let mut args = vec![
        "import".to_owned(),
        "--in".to_owned(),
        file.display().to_string(),
    ];
    args.extend([
        "--data-dir".to_owned(),
        data.display().to_string(),
        "--passphrase-file".to_owned(),
        v.passphrase_file.display().to_string(),
        "--json".to_owned(),
    ]);
    solace(&args, b"")
}

#[test]
fn backup_round_trip_into_a_fresh_folder() {
    let v = Vault::sqlite();
    let (file, original) = backed_up(&v);
    let bytes = std::fs::read(&file).unwrap();
    for needle in [
        "ZEBRA-7734",
        "worst day",
        "misoprostol",
        "micrograms",
        "2026-11",
        "bleeding",
        "medication",
        "hcg",
        "note",
        "1520",
        PASSPHRASE,
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "the backup file shows {needle:?}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the backup is private: {mode:o}");
    }

    let fresh = v.path("fresh");
    let out = import_into(&v, &fresh, &file);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["imported"], 4);
    let restored = Vault::with_location(
        tempfile::tempdir().unwrap(),
        vec!["--data-dir".into(), fresh.display().to_string()],
    );
    assert_eq!(
        restored.list(),
        original,
        "same ids, same entries, same order"
    );
    // A restored diary works as any other.
    restored.add(&json!({"kind": "note", "at": "2026-11-23T09:00:00Z", "text": "after"}));
    assert_eq!(restored.list().len(), 5);

    // Not into a folder that has a diary.
    let out = import_into(&v, &fresh, &file);
    refused(&out, "a diary exists here already");
    assert_eq!(restored.list().len(), 5);
    // Not with the wrong passphrase: and nothing is written.
    let other = v.path("other");
    let wrong = Vault::with_location(
        tempfile::tempdir().unwrap(),
        vec!["--data-dir".into(), other.display().to_string()],
    );
    write_secret(&wrong.passphrase_file, "not the right passphrase\n");
    let out = import_into(&wrong, &other, &file);
    refused(&out, "the passphrase does not open this backup");
    let out = v.run(&["diary", "list"], &[], b"");
    assert_eq!(out.status.code(), Some(0));
    let out = solace(
        &[
            "diary".into(),
            "list".into(),
            "--json".into(),
            "--data-dir".into(),
            other.display().to_string(),
            "--passphrase-file".into(),
            v.passphrase_file.display().to_string(),
        ],
        b"",
    );
    refused(&out, "there is no diary in");
}

#[test]
fn bad_backup_files_exit_2() {
    let v = Vault::sqlite();
    let (file, _) = backed_up(&v);
    let good = std::fs::read_to_string(&file).unwrap();
    let value: Value = serde_json::from_str(&good).unwrap();

    let mut tampered = value.clone();
    let ct = tampered["records"][1]["ciphertext"]
        .as_str()
        .unwrap()
        .to_owned();
    let flipped = if ct.starts_with('0') { "1" } else { "0" };
    tampered["records"][1]["ciphertext"] = Value::String(format!("{flipped}{}", &ct[1..]));
    let mut version = value.clone();
    version["format"] = json!(99);
    let mut magic = value.clone();
    magic["magic"] = json!("not-solace");
    let mut missing = value.clone();
    missing.as_object_mut().unwrap().remove("vault_header");
    let mut duplicate = value.clone();
    let first = duplicate["records"][0].clone();
    duplicate["records"].as_array_mut().unwrap().push(first);

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "malformed",
            b"this is not a backup".to_vec(),
            "not a Solace backup",
        ),
        ("empty", Vec::new(), "damaged"),
        (
            "truncated",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "cut short",
        ),
        (
            "wrong magic",
            magic.to_string().into_bytes(),
            "not a Solace backup",
        ),
        (
            "wrong version",
            version.to_string().into_bytes(),
            "format (99)",
        ),
        ("missing field", missing.to_string().into_bytes(), "damaged"),
        (
            "duplicate record",
            duplicate.to_string().into_bytes(),
            "same id",
        ),
        (
            "tampered ciphertext",
            tampered.to_string().into_bytes(),
            "entry 2 of the backup does not open",
        ),
    ];
    for (name, bytes, needle) in cases {
        let path = v.path(&format!("{}.backup", name.replace(' ', "-")));
        std::fs::write(&path, &bytes).unwrap();
        let target = v.path(&format!("target-{}", name.replace(' ', "-")));
        let out = import_into(&v, &target, &path);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", describe(&out));
        assert!(
            text(&out.stderr).contains(needle),
            "{name}: stderr should contain {needle:?}: {}",
            describe(&out)
        );
        assert!(
            !target.exists(),
            "{name}: nothing is written for a bad file"
        );
    }

    // Over 256 MiB: refused by its size, before reading (a sparse file costs no disk).
    let huge = v.path("huge.backup");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(256 * 1024 * 1024 + 1)
        .unwrap();
    let out = import_into(&v, &v.path("target-huge"), &huge);
    refused(&out, "larger than 256 MiB");
    let out = import_into(&v, &v.path("target-missing"), &v.path("no-such-file"));
    refused(&out, "--in");
}

/// `solace export --format pdf|fhir|csv` (issue 6): each file written 0600, made from the
/// unlocked diary, with the date range and sections applied; bad flags exit 2 naming the flag
/// before the diary is opened, and no file is left behind.
#[test]
fn export_writes_pdf_fhir_and_csv_readable_by_the_owner_only() {
    let v = Vault::sqlite();
    v.init();
    for entry in [
        json!({"kind": "hcg", "at": "2026-11-18T09:00:00Z", "iu_per_l": 1250}),
        json!({"kind": "hcg", "at": "2026-11-20T09:00:00Z", "iu_per_l": 610}),
        json!({"kind": "temperature", "at": "2026-11-21T09:00:00Z", "celsius": 37.2}),
        json!({"kind": "question", "at": "2026-11-22T09:00:00Z", "text": "CLI-question-5: what next?"}),
    ] {
        v.add(&entry);
    }
    for (format, first) in [
        ("pdf", &b"%PDF-"[..]),
        ("fhir", &b"{"[..]),
        ("csv", &b"at,kind"[..]),
    ] {
        let out = v.path(&format!("out.{format}"));
        let body = v.ok(
            &["export"],
            &["--format", format, "--out", &out.display().to_string()],
            b"",
        );
        assert_eq!(body["format"], format);
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(first), "{format}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{format}");
        }
    }
    let csv = std::fs::read_to_string(v.path("out.csv")).unwrap();
    assert!(csv.contains("CLI-question-5: what next?"));
    assert_eq!(csv.lines().count(), 5);
    let fhir: Value = serde_json::from_slice(&std::fs::read(v.path("out.fhir")).unwrap()).unwrap();
    assert_eq!(fhir["type"], "collection");

    // The range picks days; the name goes to the FHIR Patient only when given.
    let out = v.path("range.csv");
    v.ok(
        &["export"],
        &[
            "--format",
            "csv",
            "--out",
            &out.display().to_string(),
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-21",
        ],
        b"",
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
    let out = v.path("named.json");
    v.ok(
        &["export"],
        &[
            "--format",
            "fhir",
            "--out",
            &out.display().to_string(),
            "--name",
            "Sam Example",
        ],
        b"",
    );
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Sam Example")
    );
    let out = v.path("some.pdf");
    v.ok(
        &["export"],
        &[
            "--format",
            "pdf",
            "--out",
            &out.display().to_string(),
            "--sections",
            "header,hcg",
        ],
        b"",
    );

    // Bad flags: exit 2, the flag named, no file.
    let bad = v.path("bad");
    let bad_s = bad.display().to_string();
    for (extra, needle) in [
        (vec!["--format", "pdf", "--from", "2026-13-01"], "--from"),
        (vec!["--format", "csv", "--to", "yesterday"], "--to"),
        (
            vec![
                "--format",
                "fhir",
                "--from",
                "2026-11-21",
                "--to",
                "2026-11-20",
            ],
            "--from",
        ),
        (
            vec!["--format", "pdf", "--sections", "hcg,blood"],
            "--sections",
        ),
    ] {
        let mut args = extra.clone();
        args.extend(["--out", bad_s.as_str()]);
        let body = v.refused(&["export"], &args, b"", needle);
        assert_eq!(body["error"], "invalid_input", "{extra:?}");
        assert!(!bad.exists());
    }
    let out = v.run(&["export"], &["--format", "docx", "--out", &bad_s], b"");
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(text(&out.stderr).contains("--format"));
    assert!(!bad.exists());
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

/// The PostgreSQL URL for this run: `None` (with the reason printed) when it is not set;
/// a failure when CI is set and it is missing.
fn postgres_url() -> Option<String> {
    match std::env::var("SOLACE_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI is set but SOLACE_TEST_DATABASE_URL is not: the PostgreSQL diary test must run in CI"
            );
            eprintln!(
                "skipped: SOLACE_TEST_DATABASE_URL is not set, so the PostgreSQL CLI test does not run"
            );
            None
        }
    }
}

#[test]
fn the_contract_on_postgresql_with_an_account() {
    let Some(url) = postgres_url() else {
        return;
    };
    // A fresh random account name per run, so runs do not meet.
    let account = format!(
        "cli-test-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("server-secret");
    std::fs::write(&secret, "a server secret for the cli test, 32+ bytes\n").unwrap();
    // The URL holds a password: never on the command line (refused, and not repeated), so the
    // test gives it in a file.
    let out = solace(
        &[
            "diary".into(),
            "list".into(),
            "--json".into(),
            "--database-url".into(),
            url.clone(),
            "--account".into(),
            account.clone(),
            "--passphrase-file".into(),
            secret.display().to_string(),
        ],
        b"",
    );
    let has_password = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('@'))
        .is_some_and(|(user, _)| user.contains(':'));
    if has_password {
        refused(&out, "Set SOLACE_DATABASE_URL instead");
    }
    assert!(
        !text(&out.stderr).contains(&url) && !text(&out.stdout).contains(&url),
        "{}",
        describe(&out)
    );
    let url_file = dir.path().join("database-url");
    write_secret(&url_file, &format!("{url}\n"));
    let url_file = url_file.display().to_string();
    // Hosted mode refuses to start without the server secret file, and says what it needs.
    let out = solace(
        &[
            "diary".into(),
            "list".into(),
            "--json".into(),
            "--database-url-file".into(),
            url_file.clone(),
            "--account".into(),
            account.clone(),
            "--passphrase-file".into(),
            secret.display().to_string(),
        ],
        b"",
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--server-secret-file"),
        "{}",
        describe(&out)
    );
    let v = Vault::with_location(
        dir,
        vec![
            "--database-url-file".into(),
            url_file.clone(),
            "--server-secret-file".into(),
            secret.display().to_string(),
            "--account".into(),
            account.clone(),
        ],
    );
    // --account is needed with --database-url.
    let out = solace(
        &[
            "diary".into(),
            "list".into(),
            "--json".into(),
            "--database-url-file".into(),
            url_file.clone(),
            "--passphrase-file".into(),
            v.passphrase_file.display().to_string(),
        ],
        b"",
    );
    refused(&out, "--account");

    let (file, original) = backed_up(&v);
    assert_eq!(original.len(), 4);
    for entry in three_notes() {
        v.add(&entry);
    }
    let entries = v.list();
    assert_eq!(entries.len(), 7);
    let times: Vec<_> = entries
        .iter()
        .map(|e| chrono::DateTime::parse_from_rfc3339(e["at"].as_str().unwrap()).unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    let wrong = v.path("wrong");
    write_secret(&wrong, "not the right passphrase\n");
    refused(
        &solace(&v.args(&["diary", "list"], &wrong, &[]), b""),
        "the passphrase does not open this diary",
    );

    // Back up, delete everything, restore into the same account: the same list.
    let before = v.list();
    let file_now = v.path("now.backup");
    v.ok(
        &["export"],
        &[
            "--format",
            "backup",
            "--out",
            &file_now.display().to_string(),
        ],
        b"",
    );
    v.ok(&["diary", "delete-everything"], &["--yes"], b"");
    let out = solace(
        &v.args(
            &["import"],
            &v.passphrase_file,
            &["--in", &file_now.display().to_string()],
        ),
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(v.list(), before);
    // The older backup has the same user id: refused while that diary exists.
    let out = solace(
        &v.args(
            &["import"],
            &v.passphrase_file,
            &["--in", &file.display().to_string()],
        ),
        b"",
    );
    refused(&out, "a diary exists here already");
    // Issue 15 item 10: into another account while the backup's own user id is in use here:
    // a new account id, the same entries.
    let moved = Vault::with_location(
        tempfile::tempdir().unwrap(),
        vec![
            "--database-url-file".into(),
            url_file.clone(),
            "--server-secret-file".into(),
            secret.display().to_string(),
            "--account".into(),
            format!("{account}-moved"),
        ],
    );
    let out = solace(
        &moved.args(
            &["import"],
            &moved.passphrase_file,
            &["--in", &file.display().to_string()],
        ),
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(moved.list(), original);
    assert_eq!(v.list(), before, "the first account is untouched");
    moved.ok(&["diary", "delete-everything"], &["--yes"], b"");
    v.ok(&["diary", "delete-everything"], &["--yes"], b"");
}

/// Safety: heavy bleeding recorded from the command line is flagged at once (as the web timeline
/// does), in the JSON and on stderr with the region's number; a quiet note is not.
#[test]
fn adding_heavy_bleeding_says_to_get_help_now() {
    let v = Vault::sqlite();
    v.ok(&["diary", "init"], &[], b"");
    let quiet = v.ok(
        &["diary", "add"],
        &[],
        json!({"kind": "note", "text": "a quiet day"})
            .to_string()
            .as_bytes(),
    );
    assert!(quiet.get("attention").is_none(), "{quiet}");
    let out = solace(
        &v.args(&["diary", "add"], &v.passphrase_file, &[]),
        json!({"kind": "bleeding", "pads_soaked_per_hour": 2})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["attention"]["urgency"], "urgent", "{body}");
    assert!(
        body["attention"]["triage_rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "heavy-bleeding"),
        "{body}"
    );
    assert!(text(&out.stderr).contains("999"), "{}", text(&out.stderr));
}

/// Review I6: editing an entry into heavy bleeding, and listing a diary that holds it, warn just
/// as adding does (the web timeline shows its banner on every view).
#[test]
fn editing_and_listing_heavy_bleeding_also_say_to_get_help() {
    let v = Vault::sqlite();
    v.ok(&["diary", "init"], &[], b"");
    let id = v.add(&json!({"kind": "bleeding", "pads_soaked_per_hour": 0.5}));
    let out = solace(
        &v.args(&["diary", "edit", "--id", &id], &v.passphrase_file, &[]),
        json!({"kind": "bleeding", "pads_soaked_per_hour": 2})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["attention"]["urgency"], "urgent", "{body}");
    assert!(text(&out.stderr).contains("999"));
    let listed = v.ok(&["diary", "list"], &[], b"");
    assert_eq!(listed["attention"]["urgency"], "urgent", "{listed}");
}

#[test]
fn a_wellbeing_check_in_is_added_from_json_and_refused_by_field() {
    let v = Vault::sqlite();
    v.init();
    v.add(&json!({
        "kind": "wellbeing",
        "at": "2026-11-20T09:00:00Z",
        "questionnaire": "phq9",
        "answers": [1, 2, 0, 1, 3, 0, 1, 0, 0]
    }));
    let listed = v.list();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["kind"], "wellbeing");
    assert_eq!(listed[0]["questionnaire"], "phq9");
    assert_eq!(listed[0]["answers"], json!([1, 2, 0, 1, 3, 0, 1, 0, 0]));
    assert!(listed[0].get("total").is_none(), "derived, not stored");
    for (entry, field) in [
        (
            json!({"kind": "wellbeing", "at": "2026-11-20T09:00:00Z", "questionnaire": "gad7", "answers": [0, 0, 0, 0, 0, 0]}),
            "answers",
        ),
        (
            json!({"kind": "wellbeing", "at": "2026-11-20T09:00:00Z", "questionnaire": "pcl5", "answers": [0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}),
            "answers[2]",
        ),
        (
            json!({"kind": "wellbeing", "at": "2026-11-20T09:00:00Z", "answers": [0]}),
            "questionnaire",
        ),
    ] {
        let out = v.run(&["diary", "add"], &[], entry.to_string().as_bytes());
        let body = refused(&out, field);
        assert_eq!(body["errors"][0]["field"], field, "{}", describe(&out));
    }
    assert_eq!(v.list().len(), 1, "nothing else was stored");
}

/// The PDF's text, or `None` (with a note) where pdftotext is missing outside CI.
fn pdftotext(path: &Path) -> Option<String> {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .stderr(Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftotext is needed in CI; .ci/run installs poppler-utils"
            );
            eprintln!("skipped: pdftotext is not installed (apt-get install poppler-utils)");
            None
        }
    }
}

/// `solace export --lang es` (issue 17): the PDF's words and dates are Spanish (every en-GB label
/// of the export that Spanish words differently is absent), its numbers are the same; CSV and FHIR
/// are for machines and do not change with the language.
#[test]
fn export_lang_es_writes_the_pdf_in_spanish_and_leaves_csv_and_fhir_alone() {
    let v = Vault::sqlite();
    v.init();
    for entry in [
        json!({"kind": "hcg", "at": "2026-11-18T09:00:00Z", "iu_per_l": 1250}),
        json!({"kind": "hcg", "at": "2026-11-20T09:00:00Z", "iu_per_l": 610}),
        json!({"kind": "bleeding", "at": "2026-11-21T09:00:00Z", "pads_soaked_per_hour": 1}),
        json!({"kind": "temperature", "at": "2026-11-21T10:00:00Z", "celsius": 37.2}),
    ] {
        v.add(&entry);
    }
    let export = |format: &str, lang: Option<&str>| {
        let out = v.path(&format!("{format}-{}", lang.unwrap_or("default")));
        let out_s = out.display().to_string();
        let mut args = vec!["--format", format, "--out", out_s.as_str()];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        v.ok(&["export"], &args, b"");
        out
    };
    for format in ["csv", "fhir"] {
        let plain = std::fs::read(export(format, None)).unwrap();
        let es = std::fs::read(export(format, Some("es"))).unwrap();
        assert!(plain == es, "{format}: the same bytes in any language");
    }
    let default = export("pdf", None);
    let en = export("pdf", Some("en-GB"));
    let es = export("pdf", Some("es"));
    let (Some(default), Some(en), Some(es)) = (pdftotext(&default), pdftotext(&en), pdftotext(&es))
    else {
        return;
    };
    assert_eq!(default, en, "no --lang: the region's English, as before");
    // Dates in Spanish (locale.toml): "18 nov 2026", never "18 Nov 2026".
    assert!(es.contains("18 nov 2026"), "{es}");
    assert!(!es.contains("Nov 2026"), "{es}");
    // The same numbers.
    for n in ["1,250", "610", "37.2"] {
        assert!(en.contains(n) && es.contains(n), "{n}");
    }
    // Every English label of the export (3 words or more) that Spanish words differently.
    let i18n = solace_i18n::I18n::load().unwrap();
    let gb = i18n.tr(solace_i18n::Lang::EN_GB, solace_clinical::Region::Uk);
    let sp = i18n.tr(solace_i18n::Lang::ES, solace_clinical::Region::Uk);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (en, es) = (flat(&en), flat(&es));
    let mut english = vec![];
    for id in solace_app::export_labels::message_ids() {
        let label = flat(&gb.t(id));
        let label = label.split('{').next().unwrap_or("").trim().to_owned();
        let same =
            solace_i18n::I18n::defines_own(solace_i18n::Lang::ES, id) && sp.t(id) == gb.t(id);
        if label.split_whitespace().count() >= 3
            && !same
            && en.contains(&label)
            && es.contains(&label)
        {
            english.push(format!("{id}: {label}"));
        }
    }
    assert!(
        english.is_empty(),
        "English in the Spanish PDF:\n  {}",
        english.join("\n  ")
    );
}
