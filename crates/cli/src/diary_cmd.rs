//! `solace diary …`, `solace export` and `solace import`: the private diary from the command line.
//!
//! The passphrase is never an argument (it would show in `ps` and the shell history): it is the
//! first line of `--passphrase-file`, or of standard input with `-`. Errors name the flag or the
//! field and never carry diary content, a passphrase or a code. Exit codes as everywhere: 0
//! success, 2 refused (wrong passphrase, bad input, a bad backup file), 1 internal error.

mod backup_cmd;
mod export_cmd;
mod passphrase;

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};
use solace_clinical::Region;
use solace_clinical::diary::{self, Entry, EntryInput, RecoveryOptions};
use solace_clinical::input::InvalidInput;
use solace_clinical::triage::Urgency;
use solace_store::{Diary, DiaryError, LOCAL_ACCOUNT, RecordId, Unlocked};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub use backup_cmd::{ExportArgs, ImportArgs, export, import};

use crate::{io, settings, store_open};

/// The flags every diary command shares: where the diary is, whose it is, and the passphrase.
#[derive(Debug, Args)]
pub struct VaultArgs {
    /// Folder holding the diary (SQLite). Default: `$XDG_DATA_HOME/solace` or `~/.local/share/solace`.
    #[arg(long, env = "SOLACE_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// A postgres:// URL (multi-user server mode) instead of the SQLite folder; needs --account.
    /// A URL holding a password is refused here: use `SOLACE_DATABASE_URL` or --database-url-file.
    #[arg(
        long,
        env = "SOLACE_DATABASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    database_url: Option<String>,
    /// A file whose first line is the postgres:// URL (instead of --database-url).
    #[arg(
        long,
        env = "SOLACE_DATABASE_URL_FILE",
        value_name = "FILE",
        conflicts_with = "database_url"
    )]
    database_url_file: Option<PathBuf>,
    /// With --database-url: the server's secret file (as for `solace serve`), which keys the
    /// account names.
    #[arg(long, env = "SOLACE_SERVER_SECRET_FILE", value_name = "FILE")]
    server_secret_file: Option<PathBuf>,
    /// The account name (multi-user mode). Default with SQLite: the single local diary.
    #[arg(long, value_name = "NAME")]
    account: Option<String>,
    /// A file whose first line is the passphrase; `-` reads that line from standard input.
    /// The passphrase itself is never an argument. Keep the file readable by you only (chmod 600).
    #[arg(long, value_name = "FILE")]
    passphrase_file: PathBuf,
    /// Print the result as one JSON object.
    #[arg(long)]
    json: bool,
    /// The current instant (RFC 3339 with a time zone), for reproducible results.
    #[arg(long, hide = true, value_name = "RFC3339")]
    now: Option<String>,
}

/// The diary's commands.
#[derive(Debug, Subcommand)]
pub enum DiaryCommand {
    /// Create the encrypted diary and print its recovery code, once.
    Init(VaultArgs),
    /// Add one entry, read as JSON on standard input; prints its id.
    #[command(after_help = ENTRY_HELP)]
    Add(VaultArgs),
    /// Every entry, in time order.
    List(VaultArgs),
    /// Replace one entry with the entry read as JSON on standard input.
    #[command(after_help = ENTRY_HELP)]
    Edit {
        #[command(flatten)]
        vault: VaultArgs,
        /// The entry's id (32 hex digits, as `add` and `list` print it).
        #[arg(long)]
        id: String,
    },
    /// Delete one entry.
    Delete {
        #[command(flatten)]
        vault: VaultArgs,
        /// The entry's id (32 hex digits, as `add` and `list` print it).
        #[arg(long)]
        id: String,
    },
    /// How recovery is going: the course so far, what to expect, anything to check, reminders.
    Recovery(VaultArgs),
    /// Set a new passphrase (the recovery code stays the same).
    ChangePassphrase {
        #[command(flatten)]
        vault: VaultArgs,
        /// A file whose first line is the new passphrase (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: PathBuf,
    },
    /// Delete the whole diary: every entry, the vault and its keys. Cannot be undone.
    DeleteEverything {
        #[command(flatten)]
        vault: VaultArgs,
        /// Confirm: without it nothing is deleted.
        #[arg(long)]
        yes: bool,
    },
}

const ENTRY_HELP: &str = "\
Input (stdin): one entry, e.g. {\"kind\": \"note\", \"at\": \"2026-11-20T09:00:00Z\", \"text\": \"...\"}.
Kinds: note, bleeding, pain, temperature, hcg, pregnancy_test, medication, mood, event, scan, question.
\"at\" (RFC 3339 with a time zone) is optional and defaults to now. Unknown fields are an error.";

/// Why a command stopped. Messages name flags or fields, never diary content.
pub(crate) enum Fail {
    /// Field-named input errors (the entry on stdin): exit 2.
    Input(InvalidInput),
    /// Refused for a reason the person can act on: exit 2.
    Refused { code: &'static str, message: String },
    /// Solace's fault or the machine's: exit 1.
    Internal(String),
    /// Already reported (by `io`): just this exit code.
    Reported(ExitCode),
}

impl Fail {
    pub(crate) fn refused(code: &'static str, message: impl Into<String>) -> Self {
        Fail::Refused {
            code,
            message: message.into(),
        }
    }

    fn report(self, json: bool) -> ExitCode {
        match self {
            Fail::Input(e) => io::input_error(&e, json),
            Fail::Refused { code, message } => {
                eprintln!("solace: {message}");
                if json {
                    let _ = io::print_json(serde_json::to_string_pretty(
                        &json!({"error": code, "message": message}),
                    ));
                }
                ExitCode::from(2)
            }
            Fail::Internal(message) => io::internal(message),
            Fail::Reported(code) => code,
        }
    }
}

impl From<DiaryError> for Fail {
    fn from(e: DiaryError) -> Self {
        match e {
            // One message for both, so a server does not tell which account names exist.
            DiaryError::WrongPassphrase | DiaryError::NoSuchAccount => Fail::refused(
                "wrong_passphrase",
                "the passphrase does not open this diary",
            ),
            DiaryError::TooManyAttempts { .. } => Fail::refused(
                "too_many_attempts",
                format!("{e}. Nothing was tried this time."),
            ),
            DiaryError::PassphraseTooShort { .. } => {
                Fail::refused("passphrase_too_short", format!("--passphrase-file: {e}"))
            }
            DiaryError::PassphraseTooCommon => {
                Fail::refused("passphrase_too_common", format!("--passphrase-file: {e}"))
            }
            DiaryError::KdfTooCostly(_) => Fail::refused("vault_too_costly", e.to_string()),
            DiaryError::AccountExists => Fail::refused(
                "diary_exists",
                "a diary exists here already: nothing was changed. To start again, delete it first \
                 with `solace diary delete-everything --yes`.",
            ),
            DiaryError::RecordNotFound => Fail::refused(
                "no_such_entry",
                "--id: there is no diary entry with this id",
            ),
            other => Fail::Internal(other.to_string()),
        }
    }
}

/// An open store, the account and the clock, for one command.
pub(crate) struct Ctx {
    pub(crate) diary: Arc<Diary>,
    pub(crate) account: String,
    pub(crate) now: DateTime<Utc>,
    /// `--now` was given: entries without `at` are timed at it (in UTC) rather than local time.
    fixed_clock: bool,
}

fn parse_now(now: Option<&str>) -> Result<Option<DateTime<Utc>>, Fail> {
    now.map(|text| {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                Fail::refused(
                    "invalid_now",
                    "--now: expected an RFC 3339 date-time with a time zone",
                )
            })
    })
    .transpose()
}

impl VaultArgs {
    fn hosted(&self) -> bool {
        self.database_url.is_some() || self.database_url_file.is_some()
    }

    /// The database URL from `--database-url` (or `SOLACE_DATABASE_URL`) or the file; a URL
    /// with a password given as a flag is refused.
    fn database_url(&self) -> Result<Option<String>, Fail> {
        if let Some(file) = &self.database_url_file {
            return settings::read_url_file(file, "--database-url-file")
                .map(Some)
                .map_err(|e| Fail::refused("invalid_database_url", e.0));
        }
        match &self.database_url {
            Some(url)
                if settings::url_has_password(url) && settings::flag_given("--database-url") =>
            {
                Err(Fail::refused(
                    "password_on_command_line",
                    settings::password_on_the_command_line().0,
                ))
            }
            other => Ok(other.clone()),
        }
    }
}

/// Which account, from the flags: `--account`, or the single local diary with SQLite.
fn account_name(vault: &VaultArgs) -> Result<String, Fail> {
    match (&vault.account, vault.hosted()) {
        (Some(name), _) if name.trim().is_empty() => Err(Fail::refused(
            "invalid_account",
            "--account: expected a name",
        )),
        (Some(name), _) => Ok(name.clone()),
        (None, true) => Err(Fail::refused(
            "account_needed",
            "--account: needed with --database-url (a server holds many diaries)",
        )),
        (None, false) => Ok(LOCAL_ACCOUNT.to_owned()),
    }
}

/// Opens the store. With SQLite, `create` says whether a missing database may be created
/// (`init`, `import`); otherwise a folder with no diary is refused rather than filled.
pub(crate) async fn open(vault: &VaultArgs, create: bool) -> Result<Ctx, Fail> {
    let account = account_name(vault)?;
    let now = parse_now(vault.now.as_deref())?;
    let database_url = vault.database_url()?;
    if database_url.is_none() && !create {
        let dir = store_open::data_dir(vault.data_dir.clone())
            .map_err(|e| Fail::refused("no_data_dir", e.to_string()))?;
        if !dir.join(solace_store_sqlite::DB_FILE_NAME).exists() {
            return Err(Fail::refused(
                "no_diary",
                format!(
                    "there is no diary in {}: create one with `solace diary init`",
                    dir.display()
                ),
            ));
        }
    }
    let (diary, _) = store_open::open(
        vault.data_dir.clone(),
        database_url.as_deref(),
        vault.server_secret_file.as_deref(),
        &solace_store_postgres::PgOptions::default(),
        solace_store::DiaryConfig::default(),
    )
    .await
    .map_err(|e| Fail::Internal(format!("{e:#}")))?;
    Ok(Ctx {
        diary,
        account,
        now: now.unwrap_or_else(Utc::now),
        fixed_clock: now.is_some(),
    })
}

impl Ctx {
    pub(crate) async fn unlock(&self, pass: &solace_store::Passphrase) -> Result<Unlocked, Fail> {
        Ok(self.diary.unlock(&self.account, pass, self.now).await?)
    }

    /// "Now" for an entry with no `at`: the local time with its offset, so the entry lands on
    /// the person's own day (UTC when the clock is fixed with --now).
    fn entry_now(&self) -> String {
        if self.fixed_clock {
            self.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        } else {
            chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        }
    }
}

/// Runs `body` on a small runtime and turns its outcome into the exit code.
pub(crate) fn run_async<F>(json: bool, body: F) -> ExitCode
where
    F: std::future::Future<Output = Result<ExitCode, Fail>>,
{
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return io::internal(e),
    };
    match rt.block_on(body) {
        Ok(code) => code,
        Err(fail) => fail.report(json),
    }
}

/// Prints `value` (pretty JSON); the exit code (0 unless stdout failed).
pub(crate) fn print(value: &Value) -> ExitCode {
    io::print_json(serde_json::to_string_pretty(value))
}

pub fn run(command: DiaryCommand, region: Region) -> ExitCode {
    match command {
        DiaryCommand::Init(v) => run_async(v.json, init(v)),
        DiaryCommand::Add(v) => run_async(v.json, add(v, region)),
        DiaryCommand::List(v) => run_async(v.json, list(v, region)),
        DiaryCommand::Edit { vault, id } => run_async(vault.json, edit(vault, id, region)),
        DiaryCommand::Delete { vault, id } => run_async(vault.json, delete(vault, id)),
        DiaryCommand::Recovery(v) => run_async(v.json, recovery(v, region)),
        DiaryCommand::ChangePassphrase {
            vault,
            new_passphrase_file,
        } => run_async(vault.json, change_passphrase(vault, new_passphrase_file)),
        DiaryCommand::DeleteEverything { vault, yes } => {
            run_async(vault.json, delete_everything(vault, yes))
        }
    }
}

async fn init(v: VaultArgs) -> Result<ExitCode, Fail> {
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    // Check the length before creating anything (an empty folder is not left behind).
    if let Err(e) = pass.check_new() {
        return Err(DiaryError::from(e).into());
    }
    let ctx = open(&v, true).await?;
    if ctx.diary.account_exists(&ctx.account).await? {
        return Err(DiaryError::AccountExists.into());
    }
    let (_unlocked, code) = ctx.diary.create_account(&ctx.account, &pass).await?;
    let code = code.reveal();
    let warning = "Save this recovery code now, somewhere safe and away from this computer. \
It is shown only this once. If you forget your passphrase, it is the only way back into your \
diary: Solace cannot show it again or reset it.";
    if v.json {
        eprintln!("solace: {warning}");
        Ok(print(&json!({ "recovery_code": code.as_str() })))
    } else {
        let text = format!(
            "Your private diary is ready.\n\nRecovery code:  {}\n\n{warning}\n",
            code.as_str()
        );
        Ok(io::print_text(&text))
    }
}

/// Reads one entry from standard input and checks it (`at` defaults to now).
fn read_entry(ctx: &Ctx, json: bool) -> Result<Entry, Fail> {
    let bytes = io::read_stdin(json).map_err(Fail::Reported)?;
    let mut input: EntryInput = solace_app::json_input::parse(&bytes).map_err(Fail::Input)?;
    if input.at.is_none() {
        input.at = Some(ctx.entry_now());
    }
    input.validate(ctx.now).map_err(Fail::Input)
}

fn parse_id(id: &str) -> Result<RecordId, Fail> {
    id.trim().parse().map_err(|_| {
        Fail::refused(
            "invalid_id",
            "--id: expected an entry id (32 hex digits, as `solace diary list` prints it)",
        )
    })
}

async fn add(v: VaultArgs, region: Region) -> Result<ExitCode, Fail> {
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", true)?;
    let ctx = open(&v, false).await?;
    let entry = read_entry(&ctx, v.json)?;
    let unlocked = ctx.unlock(&pass).await?;
    let id = ctx.diary.add(&unlocked, &entry).await?;
    let mut out = json!({ "id": id.to_string() });
    attention(&ctx, &unlocked, region, &mut out).await?;
    Ok(print(&out))
}

/// Whether the diary, as it now stands, meets triage or a recovery check at "today" or higher
/// (as the web timeline's banner does). The person gets a plain line on stderr with the region's
/// number, and `out` gains `attention` (urgency, flags, triage rules). Run after every command
/// that stores or shows entries, so a red flag is never recorded or listed in silence.
async fn attention(
    ctx: &Ctx,
    unlocked: &Unlocked,
    region: Region,
    out: &mut Value,
) -> Result<(), Fail> {
    let (entries, _) = sorted_entries(ctx, unlocked).await?;
    let entries: Vec<Entry> = entries.into_iter().map(|(_, e)| e).collect();
    let report = diary::recovery(&entries, ctx.now, recovery_options(&entries, region));
    if report.urgency >= Urgency::SameDay {
        let number = region.emergency_number().display;
        let advice = match report.urgency {
            Urgency::Emergency => format!("call {number} now"),
            Urgency::Urgent => {
                format!("get help now (go to the emergency department, or call {number})")
            }
            _ => "contact your early pregnancy unit or doctor today".to_owned(),
        };
        eprintln!(
            "solace: something in your diary needs attention: {advice}. Run `solace diary recovery` to see why."
        );
        out["attention"] = json!({
            "urgency": report.urgency.id(),
            "flags": report.flags.iter().map(|f| f.id).collect::<Vec<_>>(),
            "triage_rules": report.triage.rules,
        });
    }
    Ok(())
}

/// The recovery options the web uses too: periods count as recorded once one has been.
fn recovery_options(entries: &[Entry], region: Region) -> RecoveryOptions {
    RecoveryOptions {
        region,
        records_periods: entries.iter().any(|e| {
            matches!(
                e.kind,
                diary::EntryKind::Event {
                    event: diary::EventKind::PeriodReturned,
                    ..
                }
            )
        }),
    }
}

/// One entry as the contract's JSON object with its id first.
fn entry_json(id: RecordId, entry: &Entry) -> Result<Value, Fail> {
    let mut map = Map::new();
    map.insert("id".to_owned(), Value::String(id.to_string()));
    match serde_json::to_value(entry) {
        Ok(Value::Object(fields)) => map.extend(fields),
        _ => return Err(Fail::Internal("an entry did not serialise".to_owned())),
    }
    Ok(Value::Object(map))
}

/// Every readable entry in time order (by instant; equal instants keep the store's order), and
/// how many rows could not be opened.
async fn sorted_entries(
    ctx: &Ctx,
    unlocked: &Unlocked,
) -> Result<(Vec<(RecordId, Entry)>, usize), Fail> {
    let list = ctx.diary.list::<Value>(unlocked).await?;
    let mut unreadable = list.unreadable.len();
    let mut entries = Vec::with_capacity(list.entries.len());
    for (id, v) in list.entries {
        // The diary's own records (its settings, a photo's bytes) carry `record`; entries never do.
        if v.get("record").is_some() {
            continue;
        }
        match serde_json::from_value::<Entry>(v) {
            Ok(e) => entries.push((id, e)),
            Err(_) => unreadable += 1,
        }
    }
    entries.sort_by_key(|(_, e)| e.instant());
    if unreadable > 0 {
        eprintln!(
            "solace: {unreadable} diary {} could not be opened (changed or damaged) and {} not shown",
            if unreadable == 1 { "entry" } else { "entries" },
            if unreadable == 1 { "is" } else { "are" },
        );
    }
    Ok((entries, unreadable))
}

async fn list(v: VaultArgs, region: Region) -> Result<ExitCode, Fail> {
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&v, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    let (entries, unreadable) = sorted_entries(&ctx, &unlocked).await?;
    let mut attention_out = json!({});
    attention(&ctx, &unlocked, region, &mut attention_out).await?;
    if v.json {
        let list = entries
            .iter()
            .map(|(id, e)| entry_json(*id, e))
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = json!({ "entries": list });
        if unreadable > 0 {
            out["unreadable"] = json!(unreadable);
        }
        if let Some(a) = attention_out.get("attention") {
            out["attention"] = a.clone();
        }
        Ok(print(&out))
    } else {
        let mut text = String::new();
        for (id, e) in &entries {
            let _ = writeln!(
                text,
                "{}  {:<15} {id}",
                e.at.to_rfc3339(),
                e.kind.kind().id()
            );
        }
        let _ = writeln!(
            text,
            "{} {}. Use --json to see every field.",
            entries.len(),
            if entries.len() == 1 {
                "entry"
            } else {
                "entries"
            }
        );
        Ok(io::print_text(&text))
    }
}

async fn edit(v: VaultArgs, id: String, region: Region) -> Result<ExitCode, Fail> {
    let id = parse_id(&id)?;
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", true)?;
    let ctx = open(&v, false).await?;
    let entry = read_entry(&ctx, v.json)?;
    let unlocked = ctx.unlock(&pass).await?;
    ctx.diary.update(&unlocked, id, &entry).await?;
    let mut out = json!({ "id": id.to_string() });
    attention(&ctx, &unlocked, region, &mut out).await?;
    Ok(print(&out))
}

async fn delete(v: VaultArgs, id: String) -> Result<ExitCode, Fail> {
    let id = parse_id(&id)?;
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&v, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    ctx.diary.delete(&unlocked, id).await?;
    Ok(print(&json!({ "deleted": id.to_string() })))
}

async fn recovery(v: VaultArgs, region: Region) -> Result<ExitCode, Fail> {
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&v, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    let (entries, _) = sorted_entries(&ctx, &unlocked).await?;
    let entries: Vec<Entry> = entries.into_iter().map(|(_, e)| e).collect();
    let report = diary::recovery(&entries, ctx.now, recovery_options(&entries, region));
    match serde_json::to_value(&report) {
        Ok(value) => Ok(print(&value)),
        Err(e) => Err(Fail::Internal(e.to_string())),
    }
}

async fn change_passphrase(v: VaultArgs, new_file: PathBuf) -> Result<ExitCode, Fail> {
    if v.passphrase_file.as_os_str() == "-" && new_file.as_os_str() == "-" {
        return Err(Fail::refused(
            "stdin_twice",
            "--passphrase-file and --new-passphrase-file cannot both be `-` (standard input)",
        ));
    }
    let old = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    let new = passphrase::read(&new_file, "--new-passphrase-file", false)?;
    if let Err(e) = new.check_new() {
        let code = match e {
            solace_store::vault::VaultError::PassphraseTooCommon => "passphrase_too_common",
            _ => "passphrase_too_short",
        };
        return Err(Fail::refused(code, format!("--new-passphrase-file: {e}")));
    }
    let ctx = open(&v, false).await?;
    let unlocked = ctx.unlock(&old).await?;
    // Re-keyed: a new data key, every entry re-sealed, and a new recovery code (the old one
    // opened the old key, so it cannot carry over).
    let (_rekeyed, code) = ctx
        .diary
        .change_passphrase(&unlocked, &old, &new, ctx.now)
        .await?;
    let code = code.reveal();
    let warning = "Your old recovery code no longer works. Save this new one now, somewhere safe \
and away from this computer. It is shown only this once.";
    if v.json {
        eprintln!("solace: {warning}");
        Ok(print(
            &json!({ "changed": true, "recovery_code": code.as_str() }),
        ))
    } else {
        Ok(io::print_text(&format!(
            "The passphrase is changed.\n{warning}\n\n    {}\n",
            code.as_str()
        )))
    }
}

async fn delete_everything(v: VaultArgs, yes: bool) -> Result<ExitCode, Fail> {
    if !yes {
        return Err(Fail::refused(
            "confirmation_needed",
            "this deletes the whole diary (every entry, the vault and its keys) and cannot be \
             undone. Nothing was deleted. To go ahead, run it again with --yes.",
        ));
    }
    let pass = passphrase::read(&v.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&v, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    ctx.diary.delete_everything(unlocked).await?;
    if v.json {
        Ok(print(&json!({ "deleted": true })))
    } else {
        Ok(io::print_text(
            "Your diary is deleted: every entry, the vault and its keys.\n",
        ))
    }
}
