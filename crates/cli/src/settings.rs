//! Every option of `solace serve` and `solace migrate`, declared once ([`OPTIONS`]): its name in
//! the configuration file, its environment variable, its flag, its default, its help, and whether
//! it is a secret. The flags, the example file (`solace config example`,
//! `docs/solace.example.toml`) and the reference table (`solace config reference`,
//! `docs/configuration.md`) are all made from that table.
//!
//! Each option's value comes from the first of: the command-line flag, the `SOLACE_*`
//! environment variable, the TOML file (`--config FILE` or `SOLACE_CONFIG`), the default. Every
//! value is checked at start ([`Settings::resolve`]), and a refusal names the option, where the
//! value came from and what was expected. A secret is never printed, and a database URL holding a
//! password is refused on the command line, where other users of the computer can read it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use solace_clinical::Region;

/// One option. `default` and `example` are TOML values as written in the file.
#[derive(Debug)]
pub struct Opt {
    /// The key in the configuration file; the flag is the same with `-` for `_`.
    pub name: &'static str,
    /// The environment variable (`SOLACE_` and the name in capitals, but for `log_level`).
    pub env: &'static str,
    /// What the value is, for `--help` (`ADDR`, `FILE`, …).
    pub value: &'static str,
    /// The default as TOML, or `None` when the option is unset by default.
    pub default: Option<&'static str>,
    /// A value to show in the example file when there is no default.
    pub example: &'static str,
    pub help: &'static str,
    /// A secret: never printed, and (for a URL with a password) never taken from a flag.
    pub secret: bool,
    /// A list (the flag may be repeated; the environment variable is comma-separated).
    pub list: bool,
    /// `solace migrate` reads it too.
    pub migrate: bool,
    /// The flag is the global `--region` of every command, not one of `serve`'s own.
    pub global: bool,
}

const fn opt(name: &'static str, env: &'static str, value: &'static str) -> Opt {
    Opt {
        name,
        env,
        value,
        default: None,
        example: "",
        help: "",
        secret: false,
        list: false,
        migrate: false,
        global: false,
    }
}

impl Opt {
    const fn default(mut self, toml: &'static str) -> Self {
        self.default = Some(toml);
        self
    }
    const fn example(mut self, toml: &'static str) -> Self {
        self.example = toml;
        self
    }
    const fn help(mut self, help: &'static str) -> Self {
        self.help = help;
        self
    }
    const fn secret(mut self) -> Self {
        self.secret = true;
        self
    }
    const fn list(mut self) -> Self {
        self.list = true;
        self
    }
    const fn migrate(mut self) -> Self {
        self.migrate = true;
        self
    }
    const fn global(mut self) -> Self {
        self.global = true;
        self
    }

    /// The command-line flag, `--addr`.
    pub fn flag(&self) -> String {
        format!("--{}", self.name.replace('_', "-"))
    }
}

/// The configuration file's own option (not a key in the file).
pub const CONFIG_ENV: &str = "SOLACE_CONFIG";

/// Every option, in the order of the example file.
pub const OPTIONS: &[Opt] = &[
    opt("addr", "SOLACE_ADDR", "ADDR")
        .default("\"127.0.0.1:7878\"")
        .help("Address and port to listen on. Keep it on 127.0.0.1 unless you mean to share it (hosted: the proxy's side)."),
    opt("data_dir", "SOLACE_DATA_DIR", "DIR")
        .example("\"/var/lib/solace\"")
        .help("Folder for the private diary (SQLite, local mode). Default: $XDG_DATA_HOME/solace or ~/.local/share/solace."),
    opt("region", "SOLACE_REGION", "REGION")
        .default("\"uk\"")
        .global()
        .help("The region used until a person chooses one: the emergency number, the wording, which guideline comes first (uk, us, ie, ca, au, nz or other)."),
    opt("exit_url", "SOLACE_EXIT_URL", "URL")
        .example("\"https://www.bbc.co.uk/weather\"")
        .help("Where \"Leave this site\" goes: an absolute http(s) address. Default: Solace's own neutral page at /away. The diary is locked first."),
    opt("database_url", "SOLACE_DATABASE_URL", "URL")
        .example("\"postgres://solace_app:PASSWORD@db.example.org/solace?sslmode=verify-full\"")
        .secret()
        .migrate()
        .help("Hosted mode: a postgres:// URL instead of SQLite. sslmode is honoured (disable, prefer, require, verify-ca, verify-full). A URL with a password is refused as a flag: use SOLACE_DATABASE_URL, database_url_file, or the --config file (readable by Solace only)."),
    opt("database_url_file", "SOLACE_DATABASE_URL_FILE", "FILE")
        .example("\"/etc/solace/database-url\"")
        .migrate()
        .help("A file whose first line is the database URL (instead of database_url), for example a systemd credential."),
    opt("database_ca_file", "SOLACE_DATABASE_CA_FILE", "FILE")
        .example("\"/etc/ssl/certs/db-ca.pem\"")
        .migrate()
        .help("PEM certificate authorities that sign the database's TLS certificate (sslmode=verify-ca or verify-full). Default: the Mozilla roots built in."),
    opt("database_max_connections", "SOLACE_DATABASE_MAX_CONNECTIONS", "N")
        .default("10")
        .help("Connections to PostgreSQL per node at most (1-1000). Keep nodes x this under the server's max_connections."),
    opt("database_acquire_timeout", "SOLACE_DATABASE_ACQUIRE_TIMEOUT", "DURATION")
        .default("\"2s\"")
        .migrate()
        .help("How long a request waits for a database connection before it fails (100ms-60s), so an outage answers fast."),
    opt("database_idle_timeout", "SOLACE_DATABASE_IDLE_TIMEOUT", "DURATION")
        .default("\"10m\"")
        .help("An unused connection is closed after this long (\"0s\": never)."),
    opt("migrate_on_start", "SOLACE_MIGRATE_ON_START", "BOOL")
        .default("true")
        .help("Hosted mode: run pending migrations at start (needs a role with DDL rights). With false, a node with migrations pending refuses to start and says to run `solace migrate`."),
    opt("server_secret_file", "SOLACE_SERVER_SECRET_FILE", "FILE")
        .example("\"/etc/solace/server-secret\"")
        .help("Hosted mode (needed): a file of at least 32 random bytes, the same on every node. Session keys and account names are keyed with it."),
    opt("public_host", "SOLACE_PUBLIC_HOST", "HOST")
        .example("\"diary.example.org\"")
        .help("Hosted mode (needed): the host name people reach Solace by. Requests for any other Host get 421."),
    opt("trusted_proxy", "SOLACE_TRUSTED_PROXY", "ADDR")
        .default("[]")
        .example("[\"127.0.0.1\"]")
        .list()
        .help("Peers whose X-Forwarded-For is believed (the proxy in front of Solace), for per-IP limits. Repeat the flag; comma-separated in the environment."),
    opt("registration", "SOLACE_REGISTRATION", "open|closed|invite")
        .default("\"open\"")
        .help("Who may create a diary: anyone (open), nobody (closed), or whoever has a code from invite_codes_file (invite)."),
    opt("invite_codes_file", "SOLACE_INVITE_CODES_FILE", "FILE")
        .example("\"/etc/solace/invite-codes\"")
        .help("With registration = \"invite\": a file with one invitation code per line (blank lines and lines starting with # are skipped)."),
    opt("quota_max_entries", "SOLACE_QUOTA_MAX_ENTRIES", "N")
        .default("5000")
        .help("Diary entries one account may keep: about seven years of two a day, far below what fills a disk."),
    opt("quota_max_photos", "SOLACE_QUOTA_MAX_PHOTOS", "N")
        .default("40")
        .help("Photos one account may keep: enough for a person's scans and reports, few enough that one account cannot fill the database."),
    opt("quota_max_bytes", "SOLACE_QUOTA_MAX_BYTES", "BYTES")
        .default("\"120MiB\"")
        .help("Stored bytes one account may use, sealed entries and photos together (a number, or with KiB, MiB or GiB). At most 120 MiB, so that a whole diary fits in one backup file."),
    opt("limit_register", "SOLACE_LIMIT_REGISTER", "N/DURATION")
        .default("\"10/1h\"")
        .help("New diaries one client address may create in a window (N/DURATION, like 10/1h); more get 429."),
    opt("limit_unlock", "SOLACE_LIMIT_UNLOCK", "N/DURATION")
        .default("\"30/15m\"")
        .help("Unlock and passphrase attempts from one client address in a window; more get 429."),
    opt("limit_recover", "SOLACE_LIMIT_RECOVER", "N/DURATION")
        .default("\"10/1h\"")
        .help("Recovery-code attempts from one client address in a window; more get 429."),
    opt("metrics_addr", "SOLACE_METRICS_ADDR", "ADDR")
        .example("\"127.0.0.1:9187\"")
        .help("Serve Prometheus metrics on this separate address (off by default). Keep it private."),
    opt("log_format", "SOLACE_LOG_FORMAT", "text|json")
        .default("\"text\"")
        .migrate()
        .help("Log lines as text or as one JSON object each. Colour only when standard error is a terminal. Logs never hold health data."),
    opt("log_level", "SOLACE_LOG", "FILTER")
        .default("\"info\"")
        .migrate()
        .help("What to log: error, warn, info, debug, or a tracing filter such as info,sqlx=warn."),
];

fn find(name: &str) -> &'static Opt {
    OPTIONS
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no option {name} in OPTIONS"))
}

/// Which command's flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    Serve,
    Migrate,
}

impl For {
    fn wants(self, o: &Opt) -> bool {
        !o.global && (self == For::Serve || o.migrate)
    }
}

/// Where a value came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origin {
    Flag,
    Env,
    File(PathBuf),
    Default,
}

/// The flags and environment variables given, as clap read them (not yet checked).
#[derive(Debug, Clone, Default)]
pub struct Given {
    config: Option<(PathBuf, Origin)>,
    values: BTreeMap<&'static str, (Vec<String>, Origin)>,
}

fn add_args(mut cmd: Command, which: For) -> Command {
    cmd = cmd.arg(
        Arg::new("config")
            .long("config")
            .env(CONFIG_ENV)
            .value_name("FILE")
            .value_parser(clap::value_parser!(PathBuf))
            .help("A TOML file of options (see `solace config example`). Flags and SOLACE_* variables win over it."),
    );
    for o in OPTIONS.iter().filter(|o| which.wants(o)) {
        let mut help = o.help.to_owned();
        if let Some(d) = o.default.filter(|d| *d != "[]") {
            let _ = write!(help, " [default: {}]", d.trim_matches('"'));
        }
        let mut arg = Arg::new(o.name)
            // clap keeps `'static` names; these few strings live as long as the process anyway.
            .long(&*Box::leak(o.name.replace('_', "-").into_boxed_str()))
            .env(o.env)
            .value_name(o.value)
            .help(help)
            .hide_env_values(o.secret);
        if o.list {
            arg = arg.action(ArgAction::Append).value_delimiter(',');
        }
        cmd = cmd.arg(arg);
    }
    cmd
}

fn origin(m: &ArgMatches, id: &str) -> Origin {
    match m.value_source(id) {
        Some(ValueSource::EnvVariable) => Origin::Env,
        _ => Origin::Flag,
    }
}

fn read_given(m: &ArgMatches, which: For) -> Given {
    let mut given = Given {
        config: m
            .get_one::<PathBuf>("config")
            .map(|p| (p.clone(), origin(m, "config"))),
        values: BTreeMap::new(),
    };
    for o in OPTIONS.iter().filter(|o| which.wants(o)) {
        if let Some(values) = m.get_many::<String>(o.name) {
            given
                .values
                .insert(o.name, (values.cloned().collect(), origin(m, o.name)));
        }
    }
    given
}

macro_rules! flags_for {
    ($name:ident, $which:expr) => {
        /// The flags of one command, built from [`OPTIONS`].
        #[derive(Debug, Clone, Default)]
        pub struct $name(pub Given);

        impl FromArgMatches for $name {
            fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
                Ok(Self(read_given(m, $which)))
            }
            fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
                *self = Self::from_arg_matches(m)?;
                Ok(())
            }
        }

        impl Args for $name {
            fn augment_args(cmd: Command) -> Command {
                add_args(cmd, $which)
            }
            fn augment_args_for_update(cmd: Command) -> Command {
                add_args(cmd, $which)
            }
        }
    };
}

flags_for!(ServeFlags, For::Serve);
flags_for!(MigrateFlags, For::Migrate);

impl Given {
    /// The global `--region` (or `SOLACE_REGION`), when one was given.
    pub fn with_region(mut self, region: Option<(String, bool)>) -> Self {
        if let Some((value, from_env)) = region {
            let origin = if from_env { Origin::Env } else { Origin::Flag };
            self.values.insert("region", (vec![value], origin));
        }
        self
    }
}

/// `registration`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registration {
    Open,
    Closed,
    /// The codes read from `invite_codes_file`.
    Invite(Vec<String>),
}

/// `log_format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A per-IP limit: `count` in each `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub count: u32,
    pub window: Duration,
}

/// The database URL, kept out of `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(pub String);

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseUrl(..)")
    }
}

/// Every option, checked. Fields are named as the options are.
#[derive(Debug, Clone)]
pub struct Settings {
    pub addr: SocketAddr,
    pub data_dir: Option<PathBuf>,
    pub region: Region,
    pub exit_url: Option<String>,
    /// From `database_url` or `database_url_file`.
    pub database_url: Option<DatabaseUrl>,
    pub database_ca_file: Option<PathBuf>,
    pub database_max_connections: u32,
    pub database_acquire_timeout: Duration,
    pub database_idle_timeout: Option<Duration>,
    pub migrate_on_start: bool,
    pub server_secret_file: Option<PathBuf>,
    pub public_host: Option<String>,
    pub trusted_proxy: Vec<IpAddr>,
    pub registration: Registration,
    pub quota_max_entries: u64,
    pub quota_max_photos: u64,
    pub quota_max_bytes: u64,
    pub limit_register: Limit,
    pub limit_unlock: Limit,
    pub limit_recover: Limit,
    pub metrics_addr: Option<SocketAddr>,
    pub log_format: LogFormat,
    pub log_level: String,
}

/// A refused configuration: the message names the option, where its value came from and what
/// was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The raw values of every option after layering, before checking.
struct Layered {
    values: BTreeMap<&'static str, (Vec<String>, Origin)>,
    /// Names read by `Settings::resolve` (a test holds every option to being read).
    read: std::cell::RefCell<Vec<&'static str>>,
}

impl Layered {
    fn build(given: Given) -> Result<Self, Refused> {
        let mut values = given.values;
        if let Some((path, _)) = &given.config {
            for (name, value) in read_file(path)? {
                values
                    .entry(name)
                    .or_insert((value, Origin::File(path.clone())));
            }
        }
        for o in OPTIONS {
            if let Some(d) = o.default {
                values
                    .entry(o.name)
                    .or_insert_with(|| (toml_values(o, d), Origin::Default));
            }
        }
        Ok(Self {
            values,
            read: std::cell::RefCell::new(Vec::new()),
        })
    }

    /// The option's value as text (`None` when unset), and how to name it in a message.
    fn get(&self, name: &'static str) -> Option<(&str, String)> {
        self.read.borrow_mut().push(name);
        let (values, origin) = self.values.get(name)?;
        let text = values.first()?;
        Some((text.as_str(), describe(find(name), origin)))
    }

    fn list(&self, name: &'static str) -> (Vec<String>, String) {
        self.read.borrow_mut().push(name);
        match self.values.get(name) {
            Some((values, origin)) => (
                values
                    .iter()
                    .map(|v| v.trim().to_owned())
                    .filter(|v| !v.is_empty())
                    .collect(),
                describe(find(name), origin),
            ),
            None => (Vec::new(), find(name).name.to_owned()),
        }
    }

    fn parse<T>(
        &self,
        name: &'static str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, Refused> {
        let secret = find(name).secret;
        match self.get(name) {
            None => Ok(None),
            Some((text, said)) => parse(text).map(Some).map_err(|expected| {
                if secret {
                    Refused(format!("{said}: {expected}"))
                } else {
                    Refused(format!("{said}: {expected}, not {text:?}"))
                }
            }),
        }
    }

    fn required<T>(
        &self,
        name: &'static str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<T, Refused> {
        self.parse(name, parse)?
            .ok_or_else(|| Refused(format!("{name}: has no value and no default")))
    }

    fn origin(&self, name: &str) -> Option<&Origin> {
        self.values.get(name).map(|(_, o)| o)
    }
}

/// `--addr`, `SOLACE_ADDR` or `addr in FILE`.
fn describe(o: &Opt, origin: &Origin) -> String {
    match origin {
        Origin::Flag => o.flag(),
        Origin::Env => o.env.to_owned(),
        Origin::File(path) => format!("{} in {}", o.name, path.display()),
        Origin::Default => format!("{} (default)", o.name),
    }
}

/// A default or file value (TOML text) as the strings a flag would give.
fn toml_values(o: &Opt, text: &str) -> Vec<String> {
    let value: toml::Value = toml::from_str::<toml::Table>(&format!("v = {text}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| panic!("the default of {} is not TOML", o.name));
    value_strings(&value)
}

fn value_strings(value: &toml::Value) -> Vec<String> {
    match value {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Array(items) => items.iter().flat_map(value_strings).collect(),
        toml::Value::Integer(n) => vec![n.to_string()],
        toml::Value::Float(n) => vec![n.to_string()],
        toml::Value::Boolean(b) => vec![b.to_string()],
        toml::Value::Datetime(_) | toml::Value::Table(_) => vec![String::new()],
    }
}

/// The options in a TOML file, each as strings; unknown keys and wrong shapes are refused.
fn read_file(path: &Path) -> Result<Vec<(&'static str, Vec<String>)>, Refused> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Refused(format!(
            "--config: could not read the configuration file {}: {e}",
            path.display()
        ))
    })?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| {
        Refused(format!(
            "{}: expected TOML (key = value lines, see `solace config example`): {}",
            path.display(),
            e.message()
        ))
    })?;
    let mut out = Vec::new();
    for (key, value) in &table {
        let Some(o) = OPTIONS.iter().find(|o| o.name == key) else {
            return Err(Refused(format!(
                "{key} in {}: not an option of Solace (`solace config reference` lists them all)",
                path.display()
            )));
        };
        let shape_ok = match value {
            toml::Value::Array(items) => o.list && items.iter().all(toml::Value::is_str),
            toml::Value::Table(_) | toml::Value::Datetime(_) => false,
            _ => !o.list,
        };
        if !shape_ok {
            let expected = if o.list {
                "a list of strings, like [\"127.0.0.1\"]"
            } else {
                "a single value, like the example in `solace config example`"
            };
            return Err(Refused(format!(
                "{key} in {}: expected {expected}",
                path.display()
            )));
        }
        out.push((o.name, value_strings(value)));
    }
    Ok(out)
}

// --- Checking each kind of value ------------------------------------------------------------

fn socket_addr(text: &str) -> Result<SocketAddr, String> {
    text.trim()
        .parse()
        .map_err(|_| "expected an address and port, like 127.0.0.1:7878 or [::1]:7878".to_owned())
}

fn path(text: &str) -> Result<PathBuf, String> {
    if text.trim().is_empty() {
        Err("expected a path".to_owned())
    } else {
        Ok(PathBuf::from(text))
    }
}

fn boolean(text: &str) -> Result<bool, String> {
    match text.trim() {
        "true" | "yes" | "on" | "1" => Ok(true),
        "false" | "no" | "off" | "0" => Ok(false),
        _ => Err("expected true or false".to_owned()),
    }
}

fn whole(min: u64, max: u64) -> impl Fn(&str) -> Result<u64, String> {
    move |text| {
        text.trim()
            .parse::<u64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| format!("expected a whole number from {min} to {max}"))
    }
}

/// `500ms`, `2s`, `10m`, `1h`, `1d`.
pub fn duration(text: &str) -> Result<Duration, String> {
    const EXPECTED: &str = "expected a duration: a whole number with ms, s, m, h or d, like 2s";
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .ok_or(EXPECTED.to_owned())?;
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| EXPECTED.to_owned())?;
    let millis = match unit {
        "ms" => Some(n),
        "s" => n.checked_mul(1000),
        "m" => n.checked_mul(60_000),
        "h" => n.checked_mul(3_600_000),
        "d" => n.checked_mul(86_400_000),
        _ => None,
    };
    millis.map(Duration::from_millis).ok_or(EXPECTED.to_owned())
}

fn duration_between(min: Duration, max: Duration) -> impl Fn(&str) -> Result<Duration, String> {
    move |text| {
        let d = duration(text)?;
        if (min..=max).contains(&d) {
            Ok(d)
        } else {
            Err(format!(
                "expected a duration from {}ms to {}s",
                min.as_millis(),
                max.as_secs()
            ))
        }
    }
}

/// `1048576`, `512KiB`, `100MiB`, `1GiB`.
pub fn bytes(text: &str) -> Result<u64, String> {
    const EXPECTED: &str =
        "expected a number of bytes from 1 MiB to 1 TiB, like 1GiB, 500MiB or 1048576";
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| EXPECTED.to_owned())?;
    let scale: u64 = match unit.trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        _ => return Err(EXPECTED.to_owned()),
    };
    n.checked_mul(scale)
        .filter(|b| ((1 << 20)..=(1 << 40)).contains(b))
        .ok_or(EXPECTED.to_owned())
}

/// `10/1h`: ten in each hour.
pub fn limit(text: &str) -> Result<Limit, String> {
    const EXPECTED: &str = "expected a count and a window, like 10/1h (1 to 100000 per 1s to 1d)";
    let (count, window) = text.trim().split_once('/').ok_or(EXPECTED.to_owned())?;
    let count: u32 = count
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or(EXPECTED.to_owned())?;
    let window = duration(window)
        .ok()
        .filter(|w| (Duration::from_secs(1)..=Duration::from_hours(24)).contains(w))
        .ok_or(EXPECTED.to_owned())?;
    Ok(Limit { count, window })
}

fn region(text: &str) -> Result<Region, String> {
    text.trim()
        .to_ascii_lowercase()
        .parse()
        .map_err(|_| "expected one of uk, us, ie, ca, au, nz or other".to_owned())
}

/// Whether a PostgreSQL URL carries a password (in the user part or as `password=`).
pub fn url_has_password(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (authority, query) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let in_user = authority
        .rsplit_once('@')
        .is_some_and(|(user, _)| user.contains(':'));
    let in_query = query
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p.starts_with("password=")));
    in_user || in_query
}

/// Whether `flag` is on this process's command line (as `--flag VALUE` or `--flag=VALUE`), as
/// opposed to coming from the environment.
pub fn flag_given(flag: &str) -> bool {
    let with_value = format!("{flag}=");
    std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| {
            a.to_str()
                .is_some_and(|a| a == flag || a.starts_with(&with_value))
        })
}

/// The refusal of a database URL with a password given as a flag.
pub fn password_on_the_command_line() -> Refused {
    Refused(
        "--database-url: this URL holds a password, and the command line can be read by other \
         users of this computer. Set SOLACE_DATABASE_URL instead, or put the URL in a file and \
         give --database-url-file FILE (or database_url in the --config file)"
            .to_owned(),
    )
}

/// Reads a URL from the first line of `path`.
pub fn read_url_file(path: &Path, said: &str) -> Result<String, Refused> {
    let text = zeroize::Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
        Refused(format!(
            "{said}: could not read the database URL file {}: {e}",
            path.display()
        ))
    })?);
    let line = text.lines().next().unwrap_or("").trim();
    if line.is_empty() {
        return Err(Refused(format!(
            "{said}: expected the database URL on the first line of {}",
            path.display()
        )));
    }
    Ok(line.to_owned())
}

fn invite_codes(path: &Path, said: &str) -> Result<Vec<String>, Refused> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Refused(format!(
            "{said}: could not read the invitation codes file {}: {e}",
            path.display()
        ))
    })?;
    let codes: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    if codes.is_empty() {
        return Err(Refused(format!(
            "{said}: expected at least one invitation code (one per line) in {}",
            path.display()
        )));
    }
    Ok(codes)
}

impl Settings {
    /// Layers the defaults, the file, the environment and the flags, and checks every value.
    pub fn resolve(given: Given) -> Result<Self, Refused> {
        Self::resolve_layered(&Layered::build(given)?)
    }

    fn resolve_layered(l: &Layered) -> Result<Self, Refused> {
        let database_url = Self::database_url(l)?;
        let registration = match l.required("registration", |t| match t.trim() {
            "open" => Ok(0),
            "closed" => Ok(1),
            "invite" => Ok(2),
            _ => Err("expected open, closed or invite".to_owned()),
        })? {
            0 => {
                l.get("invite_codes_file");
                Registration::Open
            }
            1 => {
                l.get("invite_codes_file");
                Registration::Closed
            }
            _ => {
                let Some((file, said)) = l.get("invite_codes_file") else {
                    return Err(Refused(
                        "registration = invite needs invite_codes_file (--invite-codes-file or \
                         SOLACE_INVITE_CODES_FILE): a file of invitation codes, one per line"
                            .to_owned(),
                    ));
                };
                Registration::Invite(invite_codes(Path::new(file), &said)?)
            }
        };
        let (proxies, said) = l.list("trusted_proxy");
        let trusted_proxy = proxies
            .iter()
            .map(|p| {
                p.parse::<IpAddr>().map_err(|_| {
                    Refused(format!(
                        "{said}: expected IP addresses, like 127.0.0.1 or ::1, not {p:?}"
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        let log_level = l.required("log_level", |t| {
            tracing_subscriber::EnvFilter::try_new(t)
                .map(|_| t.to_owned())
                .map_err(|_| {
                    "expected a log level (error, warn, info, debug, trace) or a filter such as info,sqlx=warn"
                        .to_owned()
                })
        })?;
        let idle = l.required("database_idle_timeout", duration)?;
        Ok(Self {
            addr: l.required("addr", socket_addr)?,
            data_dir: l.parse("data_dir", path)?,
            region: l.required("region", region)?,
            exit_url: l.parse("exit_url", |t| {
                solace_app::config::exit_url(t).map_err(|e| e.to_string())
            })?,
            database_url,
            database_ca_file: l.parse("database_ca_file", path)?,
            database_max_connections: u32::try_from(
                l.required("database_max_connections", whole(1, 1000))?,
            )
            .unwrap_or(10),
            database_acquire_timeout: l.required(
                "database_acquire_timeout",
                duration_between(Duration::from_millis(100), Duration::from_mins(1)),
            )?,
            database_idle_timeout: (!idle.is_zero()).then_some(idle),
            migrate_on_start: l.required("migrate_on_start", boolean)?,
            server_secret_file: l.parse("server_secret_file", path)?,
            public_host: l.parse("public_host", |t| {
                solace_web::hosts::public_host(t).map_err(str::to_owned)
            })?,
            trusted_proxy,
            registration,
            quota_max_entries: l.required("quota_max_entries", whole(1, 10_000_000))?,
            quota_max_photos: l.required("quota_max_photos", whole(0, 1_000_000))?,
            quota_max_bytes: l.required("quota_max_bytes", bytes)?,
            limit_register: l.required("limit_register", limit)?,
            limit_unlock: l.required("limit_unlock", limit)?,
            limit_recover: l.required("limit_recover", limit)?,
            metrics_addr: l.parse("metrics_addr", socket_addr)?,
            log_format: l.required("log_format", |t| match t.trim() {
                "text" => Ok(LogFormat::Text),
                "json" => Ok(LogFormat::Json),
                _ => Err("expected text or json".to_owned()),
            })?,
            log_level,
        })
    }

    fn database_url(l: &Layered) -> Result<Option<DatabaseUrl>, Refused> {
        let url = l.get("database_url").map(|(t, _)| t.to_owned());
        let file = l.get("database_url_file");
        match (url, file) {
            (Some(_), Some(_)) => Err(Refused(
                "database_url and database_url_file are both set: give one of them".to_owned(),
            )),
            (Some(url), None) => {
                if l.origin("database_url") == Some(&Origin::Flag) && url_has_password(&url) {
                    return Err(password_on_the_command_line());
                }
                Ok(Some(DatabaseUrl(url)))
            }
            (None, Some((file, said))) => {
                Ok(Some(DatabaseUrl(read_url_file(Path::new(file), &said)?)))
            }
            (None, None) => Ok(None),
        }
    }
}

// --- The example file and the reference table -----------------------------------------------

/// The example configuration file (`solace config example`, `docs/solace.example.toml`): every
/// option, commented out, at its default or an example value.
pub fn example_file() -> String {
    let mut out = String::from(
        "# Solace's configuration file: every option, with its default (made by `solace config example`).\n\
         # Give it with `solace serve --config FILE` or SOLACE_CONFIG=FILE. Each option is read from the\n\
         # first of: its command-line flag, its SOLACE_* environment variable, this file, the default.\n\
         # Uncomment a line to change it. Keep this file readable by Solace only if it holds database_url.\n",
    );
    for o in OPTIONS {
        out.push('\n');
        for line in wrap(o.help, 98) {
            let _ = writeln!(out, "# {line}");
        }
        let secret = if o.secret { " (a secret)" } else { "" };
        let _ = writeln!(out, "# Environment: {}; flag: {}{secret}.", o.env, o.flag());
        match o.default {
            Some(d) => {
                let _ = writeln!(out, "#{} = {d}", o.name);
            }
            None => {
                let _ = writeln!(out, "#{} = {}", o.name, o.example);
            }
        }
    }
    out
}

/// The reference table (`solace config reference`, `docs/configuration.md`), in Markdown.
pub fn reference() -> String {
    let mut out = String::from(
        "# Configuration reference\n\n\
         Made by `solace config reference` from the one list of options in `crates/cli/src/settings.rs`\n\
         (a test fails when this file differs). Each option is read from the first of: its flag, its\n\
         environment variable, the TOML file given by `--config FILE` or `SOLACE_CONFIG`, its default.\n\
         Every value is checked at start, and a refusal names the option and what was expected. An example\n\
         file with every option is `docs/solace.example.toml` (`solace config example`).\n\n\
         | File key | Environment | Flag | Default | Secret | What it does |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    for o in OPTIONS {
        let default = match o.default {
            Some("[]") | None => "(none)".to_owned(),
            Some(d) => format!("`{}`", d.trim_matches('"')),
        };
        let flag = if o.global {
            format!("`{}` (every command)", o.flag())
        } else if o.migrate {
            format!("`{}` (also `migrate`)", o.flag())
        } else {
            format!("`{}`", o.flag())
        };
        let _ = writeln!(
            out,
            "| `{}` | `{}` | {flag} | {default} | {} | {} |",
            o.name,
            o.env,
            if o.secret { "yes" } else { "" },
            o.help.replace('|', "\\|")
        );
    }
    out
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let last = lines.last_mut().expect("one line at least");
        if !last.is_empty() && last.len() + 1 + word.len() > width {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests;
