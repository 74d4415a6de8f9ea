//! `solace migrate`: runs the PostgreSQL migrations alone, with a role that may change the
//! schema, so the app's own role (`solace serve`) needs no DDL rights. Says what it applied.

use std::process::ExitCode;

use solace_store_postgres::{OnPending, PgOptions, PgStore};

use crate::settings::{Given, Settings};

pub fn run(given: Given) -> ExitCode {
    let settings = match Settings::resolve(given) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("solace migrate: {e}");
            return ExitCode::from(2);
        }
    };
    let Some(url) = settings.database_url.clone() else {
        eprintln!(
            "solace migrate: needs the database: set SOLACE_DATABASE_URL, or give \
             --database-url-file FILE, or database_url in the --config file (the local SQLite \
             diary migrates itself when it opens)"
        );
        return ExitCode::from(2);
    };
    crate::init_logging(settings.log_format, &settings.log_level);
    let options = PgOptions {
        max_connections: 1,
        acquire_timeout: settings.database_acquire_timeout,
        ca_file: settings.database_ca_file.clone(),
        migrations: OnPending::Ignore,
        ..PgOptions::default()
    };
    let done = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)
        .and_then(|rt| {
            rt.block_on(async {
                let store = PgStore::connect_with(&url.0, &options).await?;
                let applied = store.migrate().await;
                store.close().await;
                Ok(applied?)
            })
        });
    match done {
        Ok(applied) if applied.is_empty() => {
            println!(
                "Nothing to apply: the database has all {} migrations.",
                solace_store_postgres::MIGRATIONS.len()
            );
            ExitCode::SUCCESS
        }
        Ok(applied) => {
            for (version, description) in applied {
                println!("Applied migration {version} ({description}).");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("solace migrate: {}", crate::causes(&e));
            ExitCode::from(1)
        }
    }
}
