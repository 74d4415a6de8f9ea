//! `solace`: the web app (`serve`) and a command line for every calculation.
//!
//! Calculation verbs read one JSON object on stdin and, with `--json`, print one JSON object.
//! Exit codes: 0 success; 2 invalid input (stderr names the field and what was expected, and with
//! `--json` a JSON error object goes to stdout); 1 internal error.

mod triage_cmd;

use clap::{Parser, Subcommand};
use solace_clinical::Region;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "solace",
    version,
    about = "Solace: help through early pregnancy loss. Guideline-based, private, on your own machine.",
    long_about = "Solace helps a person through early pregnancy loss: whether to get help now, what results \
mean, and where to find support. It does not diagnose: it says what guidelines advise and whom to contact.\n\n\
Calculation commands read one JSON object on standard input. Exit codes: 0 success, 2 invalid input \
(the message names the field and what was expected), 1 internal error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web app on this computer (127.0.0.1:7878 by default).
    Serve {
        /// Address to listen on. Keep it on 127.0.0.1 unless you mean to share it.
        #[arg(long, default_value = "127.0.0.1:7878", env = "SOLACE_ADDR")]
        addr: SocketAddr,
        /// The region used until a person chooses one: uk, us, ie, ca, au, nz or other.
        #[arg(long, default_value = "uk", env = "SOLACE_REGION")]
        region: Region,
    },
    /// Symptom triage: how soon to get help, and where. Reads the answers as JSON on stdin.
    Triage {
        /// Print the result as one JSON object (the API's shape).
        #[arg(long)]
        json: bool,
        /// List every rule with its level and sources, instead of reading answers.
        #[arg(long)]
        list_rules: bool,
        /// The region to use when the answers do not name one.
        #[arg(long, default_value = "uk", env = "SOLACE_REGION")]
        region: Region,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { addr, region } => serve(addr, region),
        Command::Triage {
            json,
            list_rules,
            region,
        } => {
            if list_rules {
                triage_cmd::list_rules(json)
            } else {
                triage_cmd::run(json, region)
            }
        }
    }
}

fn serve(addr: SocketAddr, region: Region) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SOLACE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = (|| -> anyhow::Result<()> {
        let state = solace_web::AppState::new(solace_web::Config {
            default_region: region,
        })?;
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        rt.block_on(async {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| anyhow::anyhow!("could not listen on {addr}: {e}. Is Solace already running? Try --addr 127.0.0.1:7879"))?;
            let local = listener.local_addr()?;
            println!("Solace is running at http://{local}/");
            println!("Press Ctrl-C to stop.");
            solace_web::serve(listener, state).await?;
            anyhow::Ok(())
        })
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("solace: {e:#}");
            ExitCode::from(1)
        }
    }
}
