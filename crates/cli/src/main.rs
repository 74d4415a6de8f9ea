//! `solace`: the web app (`serve`) and a command line for every calculation.
//!
//! Calculation verbs read one JSON object on stdin and, with `--json`, print one JSON object.
//! Exit codes: 0 success; 2 invalid input (stderr names the field and what was expected, and with
//! `--json` a JSON error object goes to stdout); 1 internal error.

mod calc_cmd;
mod diary_cmd;
mod io;
mod migrate_cmd;
mod search_cmd;
mod settings;
mod store_open;
mod triage_cmd;

use clap::parser::ValueSource;
use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use solace_clinical::Region;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Calculation commands read one JSON object on standard input (up to 64 KiB); unknown fields are an error.
  triage   symptom answers, every field optional: {\"bleeding\": \"heavy\", \"pain\": 7, ...}
  hcg      {\"context\": \"unknown_location\" | \"after_loss\" | \"confirmed_in_womb\" | \"ectopic_expectant\" |
           \"ectopic_methotrexate\", \"values\": [{\"at\": RFC 3339 date-time with time zone, \"iu_per_l\": number}, ...]}
  scan     scan report findings: {\"route\": \"transvaginal\" | \"transabdominal\", \"crl_mm\", \"msd_mm\",
           \"embryo_seen\", \"cardiac_activity\", ...}
  dating   one of {\"lmp\": \"YYYY-MM-DD\", \"cycle_days\"?, \"today\"?} | {\"crl_mm\", \"scan_date\"?} | {\"msd_mm\", \"scan_date\"?}
  risk     a situation, every field optional: {\"age\", \"previous_losses\", \"weeks\", \"cardiac_activity_seen\",
           \"bleeding_or_pain\", ...}
  options  reads nothing: the ways to manage a miscarriage
Every field, its type and its bounds are in the OpenAPI document: run `solace openapi`, or fetch
/api/v1/openapi.json from `solace serve`. The JSON each command prints is the API's response.

Reproducible results: `solace hcg --now <RFC3339>` and `solace dating --today <YYYY-MM-DD>` fix the
clock (otherwise this computer's clock is used).

Exit codes: 0 success, 2 invalid input (stderr names the field and what was expected; with --json
the JSON error object is on stdout), 1 internal error.";

#[derive(Debug, Parser)]
#[command(
    name = "solace",
    version,
    about = "Solace: help through early pregnancy loss. Guideline-based, private, on your own machine.",
    long_about = "Solace helps a person through early pregnancy loss: whether to get help now, what results \
mean, and where to find support. It does not diagnose: it says what guidelines advise and whom to contact.",
    after_help = AFTER_HELP
)]
struct Cli {
    /// Region: the emergency number, the wording, and which guideline comes first (uk, us, ie, ca,
    /// au, nz or other). For `serve`, the region used until a person chooses one; for `triage`,
    /// the region used when the answers do not name one.
    #[arg(long, global = true, default_value = "uk", env = "SOLACE_REGION")]
    region: Region,
    #[command(subcommand)]
    command: Command,
}

/// `--lang` on the calculation verbs.
#[derive(Debug, clap::Args)]
struct LangArg {
    /// Language of the words: en-GB, en-US or es. Without it, the region's language. JSON keys,
    /// ids and numbers do not change.
    #[arg(long, value_name = "LANG", value_parser = io::parse_lang)]
    lang: Option<solace_i18n::Lang>,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Print an example configuration file: every option, commented out at its default.
    Example,
    /// Print the reference table of every option (Markdown).
    Reference,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web app on this computer (127.0.0.1:7878 by default).
    #[command(after_help = "\
Every option can also come from its SOLACE_* environment variable or a TOML file given with --config
(see `solace config example` and `solace config reference`): a flag wins over the environment, the
environment over the file, the file over the default.")]
    Serve(settings::ServeFlags),
    /// Run the database migrations alone (hosted mode), with a role that may change the schema, so
    /// the app's own role needs no DDL rights.
    Migrate(settings::MigrateFlags),
    /// The configuration: an example file with every option, or the reference table.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Symptom triage: how soon to get help, and where. Reads the answers as JSON on stdin.
    Triage {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        /// List every rule with its level and sources, instead of reading answers.
        #[arg(long)]
        list_rules: bool,
        /// The language of the words: en-GB, en-US or es (default: the region's English). The
        /// urgency, rule ids and numbers do not change.
        #[arg(long, value_name = "TAG", value_parser = io::parse_lang)]
        lang: Option<solace_i18n::Lang>,
    },
    /// Serial hCG: the change between blood results, read against the guidelines.
    #[command(after_help = "\
Input (stdin): {\"context\": \"unknown_location\" | \"after_loss\" | \"confirmed_in_womb\" | \"ectopic_expectant\" |
\"ectopic_methotrexate\", \"values\": [{\"at\": \"2026-11-18T09:00:00Z\", \"iu_per_l\": 1000}, ...]}: 2 to 20
results in time order, each with a time zone, none in the future; \"miu_per_ml\" may be given instead of
\"iu_per_l\" (1 mIU/mL = 1 IU/L). Output: each pair's change, the readings of each guideline (the region's
usual one first), what to expect next and, after a loss, when hCG may be below 5 IU/L.
--now <RFC3339> (hidden) reads the results as if it were that instant, e.g. --now 2026-11-20T12:00:00Z.
Full shapes: `solace openapi`, path /api/v1/hcg.")]
    Hcg {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        /// The current instant (RFC 3339 with a time zone), for reproducible results.
        #[arg(long, hide = true, value_name = "RFC3339")]
        now: Option<String>,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Scan findings: what the SRU 2013 and NICE NG126 criteria say, with reasons.
    #[command(after_help = "\
Input (stdin): the findings on the scan report: {\"route\": \"transvaginal\" | \"transabdominal\" (required),
\"crl_mm\", \"msd_mm\", \"embryo_seen\", \"cardiac_activity\", \"yolk_sac_seen\", \"yolk_sac_mm\", \"amnion_empty\",
\"weeks_since_lmp\", \"previous_scan\": {\"days_ago\", \"sac_seen\", \"yolk_sac_seen\"}}. Output: one reading per
rule set (the region's usual one first) with its category, reasons and next step.
Full shapes: `solace openapi`, path /api/v1/scan.")]
    Scan {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lang: LangArg,
    },
    /// How many weeks pregnant, from the last period (LMP), the embryo's length (CRL) or the sac (MSD).
    #[command(after_help = "\
Input (stdin): exactly one of {\"lmp\": \"YYYY-MM-DD\", \"cycle_days\"?: 20-45, \"today\"?: \"YYYY-MM-DD\"},
{\"crl_mm\": 0.5-90, \"scan_date\"?} or {\"msd_mm\": 1-100, \"scan_date\"?}. Output: the method, gestational
age in days, weeks and days, how far off it may be, and the due date where one can be worked out.
--today <YYYY-MM-DD> (hidden) counts to that day when the input has no \"today\" of its own.
Full shapes: `solace openapi`, path /api/v1/dating.")]
    Dating {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        /// Today's date (YYYY-MM-DD), for reproducible results.
        #[arg(long, hide = true, value_name = "YYYY-MM-DD")]
        today: Option<String>,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Miscarriage figures for a situation, each with its source; figures that do not fit are held back with the reason.
    #[command(after_help = "\
Input (stdin), every field optional: {\"age\": whole years 10-60, \"previous_losses\": 0-20,
\"previous_losses_consecutive\": bool, \"weeks\": 0-45, \"cardiac_activity_seen\": bool, \"bleeding_or_pain\": bool}.
Full shapes: `solace openapi`, path /api/v1/risk.")]
    Risk {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lang: LangArg,
    },
    /// The ways to manage a miscarriage: what happens, how long, how often it works, questions to ask. Reads nothing.
    Options {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Search the articles: the best matches first, each with its slug, title and a snippet.
    #[command(after_help = "\
Examples: solace search small clots; solace search \"did stress cause\" --json. Typos in longer words are
forgiven (\"miscarrage\") and everyday words find the article's words (\"Rh negative\" finds anti-D). JSON
output: {\"query\", \"results\": [{\"slug\", \"title\", \"summary\", \"snippet\"}], \"also_searched\"?, \"help\"?};
\"help\" comes only when nothing matched: {\"doors\": [{\"slug\", \"title\"}], \"emergency_number\", \"crisis_line\"}
for the --region. --lang es searches the Spanish articles (solace search \"coágulos pequeños\" --lang es). An empty query
exits with 2 and names the field \"query\". Open an article with `solace serve` at /learn/<slug>.")]
    Search {
        /// The words to search for (quotes are optional).
        #[arg(value_name = "QUERY")]
        query: Vec<String>,
        /// Print the results as one JSON object.
        #[arg(long)]
        json: bool,
        /// The language of the articles searched and of the words around them: en-GB, en-US or
        /// es (default: the region's English). JSON keys stay English.
        #[arg(long, value_name = "TAG", value_parser = io::parse_lang)]
        lang: Option<solace_i18n::Lang>,
    },
    /// The private diary, encrypted with your passphrase: init, add, list, edit, delete, recovery,
    /// change-passphrase, delete-everything.
    Diary {
        #[command(subcommand)]
        command: diary_cmd::DiaryCommand,
    },
    /// Export the diary: a PDF summary, FHIR R4 or CSV for a clinician, or an encrypted backup.
    Export(diary_cmd::ExportArgs),
    /// Restore an encrypted backup (from `solace export --format backup`) into an empty store.
    Import(diary_cmd::ImportArgs),
    // `about` rather than a doc comment: help text shows words as written, without backticks.
    #[command(
        about = "Print the OpenAPI document: every input and output shape, with types and bounds"
    )]
    Openapi,
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let region = cli.region;
    // `--region` is every command's; for `serve` it is one layer of the configuration.
    let given_region = match matches.value_source("region") {
        Some(ValueSource::DefaultValue) | None => None,
        Some(source) => matches
            .get_raw("region")
            .and_then(|mut v| v.next())
            .map(|v| {
                (
                    v.to_string_lossy().into_owned(),
                    source == ValueSource::EnvVariable,
                )
            }),
    };
    match cli.command {
        Command::Serve(flags) => {
            match settings::Settings::resolve(flags.0.with_region(given_region)) {
                Ok(settings) => serve(&settings),
                Err(e) => {
                    eprintln!("solace: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Migrate(flags) => migrate_cmd::run(flags.0),
        Command::Config { command } => {
            print!(
                "{}",
                match command {
                    ConfigCommand::Example => settings::example_file(),
                    ConfigCommand::Reference => settings::reference(),
                }
            );
            ExitCode::SUCCESS
        }
        Command::Triage {
            json,
            list_rules,
            lang,
        } => {
            if list_rules {
                triage_cmd::list_rules(json)
            } else {
                triage_cmd::run(json, region, lang)
            }
        }
        Command::Hcg { json, now, lang } => calc_cmd::hcg(json, region, lang.lang, now.as_deref()),
        Command::Scan { json, lang } => calc_cmd::scan(json, region, lang.lang),
        Command::Dating { json, today, lang } => {
            calc_cmd::dating(json, region, today.as_deref(), lang.lang)
        }
        Command::Risk { json, lang } => calc_cmd::risk(json, region, lang.lang),
        Command::Options { json, lang } => calc_cmd::options(json, region, lang.lang),
        Command::Search { query, json, lang } => {
            search_cmd::run(&query, json, region, io::lang_or_region(lang, region))
        }
        Command::Diary { command } => diary_cmd::run(command, region),
        Command::Export(args) => diary_cmd::export(args, region),
        Command::Import(args) => diary_cmd::import(args),
        Command::Openapi => io::print_json(serde_json::to_string_pretty(
            &solace_app::openapi::document(),
        )),
    }
}

/// Starts logging to standard error: text or JSON lines, colour only on a terminal.
pub(crate) fn init_logging(format: settings::LogFormat, level: &str) {
    use std::io::IsTerminal as _;
    let filter = tracing_subscriber::EnvFilter::try_new(level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    match format {
        settings::LogFormat::Text => builder.init(),
        settings::LogFormat::Json => builder.json().init(),
    }
}

/// A per-address limit as the web app counts it.
fn web_limit(limit: settings::Limit) -> solace_web::Limit {
    solace_web::Limit::new(limit.count, limit.window)
}

fn serve(settings: &settings::Settings) -> ExitCode {
    let hosted = settings.database_url.is_some();
    match (hosted, &settings.public_host) {
        (true, None) => {
            eprintln!(
                "solace: hosted mode (--database-url) needs --public-host (or SOLACE_PUBLIC_HOST): \
                 the host name people reach Solace by, like diary.example.org. Requests for any \
                 other host are refused."
            );
            return ExitCode::from(2);
        }
        (false, Some(_)) => {
            eprintln!(
                "solace: --public-host is for hosted mode (--database-url). The local app answers \
                 only on 127.0.0.1, localhost and [::1] at its own port."
            );
            return ExitCode::from(2);
        }
        _ => {}
    }
    init_logging(settings.log_format, &settings.log_level);
    let addr = settings.addr;
    let result = (|| -> anyhow::Result<()> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        // The article search index is built in memory now, not on the first search.
        let started = std::time::Instant::now();
        match solace_content::search::global() {
            Ok(index) => tracing::info!(
                articles = index.len(),
                ms = started.elapsed().as_millis() as u64,
                "article search index built"
            ),
            Err(e) => tracing::error!(error = %e, "article search index could not be built"),
        }
        rt.block_on(async {
            let pg = store_open::pg_options(settings);
            let diary_config = solace_store::DiaryConfig {
                quota: solace_store::Quota {
                    max_entries: settings.quota_max_entries,
                    max_photos: settings.quota_max_photos,
                    max_bytes: settings.quota_max_bytes,
                },
                ..solace_store::DiaryConfig::default()
            };
            let (diary, opened) = store_open::open_serving(
                settings.data_dir.clone(),
                settings.database_url.as_ref().map(|u| u.0.as_str()),
                settings.server_secret_file.as_deref(),
                &pg,
                diary_config,
            )
            .await?;
            let state = solace_web::AppState::with_diary(
                solace_web::Config {
                    default_region: settings.region,
                    multi_user: matches!(opened, store_open::Opened::Postgres),
                    exit_url: settings.exit_url.clone(),
                    public_host: settings.public_host.clone(),
                    trusted_proxies: settings.trusted_proxy.clone(),
                    registration: match &settings.registration {
                        settings::Registration::Open => solace_web::Registration::Open,
                        settings::Registration::Closed => solace_web::Registration::Closed,
                        settings::Registration::Invite(codes) => {
                            solace_web::Registration::Invite(codes.clone())
                        }
                    },
                    ip_limits: solace_web::IpLimits {
                        register: web_limit(settings.limit_register),
                        unlock: web_limit(settings.limit_unlock),
                        recover: web_limit(settings.limit_recover),
                    },
                    ..solace_web::Config::default()
                },
                diary,
            )?;
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| anyhow::anyhow!("could not listen on {addr}: {e}. Is Solace already running? Try --addr 127.0.0.1:7879"))?;
            let local = listener.local_addr()?;
            println!("Solace is running at http://{local}/");
            match opened {
                store_open::Opened::Sqlite(path) => {
                    println!("Your private diary is kept, encrypted, in {}", path.display());
                }
                store_open::Opened::Postgres => println!("Diary store: PostgreSQL"),
            }
            if let Some(metrics_addr) = settings.metrics_addr {
                let metrics = tokio::net::TcpListener::bind(metrics_addr)
                    .await
                    .map_err(|e| anyhow::anyhow!("could not listen on {metrics_addr} for metrics: {e}"))?;
                println!("Metrics at http://{}/metrics", metrics.local_addr()?);
                tokio::spawn(solace_web::metrics::serve(metrics, state.clone()));
            }
            println!("Press Ctrl-C to stop.");
            solace_web::serve(listener, state).await?;
            anyhow::Ok(())
        })
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("solace: {}", causes(&e));
            ExitCode::from(1)
        }
    }
}

/// An error and its causes on one line, leaving out a cause whose words the line already holds
/// (a store error repeats its source in its own message).
pub(crate) fn causes(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
