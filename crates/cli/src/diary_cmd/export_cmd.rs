//! `solace export --format pdf|fhir|csv`: the clinician's exports, made in memory from the
//! unlocked diary and written to `--out` readable by the owner only (0600). Bad flags exit 2
//! naming the flag; nothing from the diary is printed.

use chrono::NaiveDate;
use serde_json::json;
use solace_clinical::Region;
use solace_export::{NAME_MAX_CHARS, Request, Section};
use std::process::ExitCode;

use super::backup_cmd::{ExportArgs, write_private};
use super::{Fail, open, passphrase, print, sorted_entries};
use crate::io;

fn date(flag: &str, text: Option<&str>) -> Result<Option<NaiveDate>, Fail> {
    text.map(|t| {
        NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| {
            Fail::refused(
                "invalid_input",
                format!("{flag}: expected a date like 2026-11-20 (YYYY-MM-DD)"),
            )
        })
    })
    .transpose()
}

/// The request from the flags, or the first bad flag named.
pub(super) fn request(args: &ExportArgs, region: Region) -> Result<Request, Fail> {
    let from = date("--from", args.from.as_deref())?;
    let to = date("--to", args.to.as_deref())?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(Fail::refused(
            "invalid_input",
            "--from: expected a day on or before --to",
        ));
    }
    let sections = match &args.sections {
        None => Section::ALL.to_vec(),
        Some(list) => {
            let parsed = Section::parse_list(list).map_err(|bad| {
                Fail::refused(
                    "invalid_input",
                    format!(
                        "--sections: unknown section \"{bad}\": expected {}",
                        Section::expected()
                    ),
                )
            })?;
            if parsed.is_empty() {
                return Err(Fail::refused(
                    "invalid_input",
                    format!("--sections: expected {}", Section::expected()),
                ));
            }
            parsed
        }
    };
    let name = args
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    if name
        .as_ref()
        .is_some_and(|n| n.chars().count() > NAME_MAX_CHARS)
    {
        return Err(Fail::refused(
            "invalid_input",
            "--name: expected at most 100 characters",
        ));
    }
    Ok(Request {
        from,
        to,
        sections,
        name,
        region,
    })
}

pub(super) async fn export(
    args: ExportArgs,
    format: solace_export::Format,
    region: Region,
) -> Result<ExitCode, Fail> {
    // Check the flags before asking for the passphrase or opening anything.
    let request = request(&args, region)?;
    let pass = passphrase::read(&args.vault.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&args.vault, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    let (entries, _) = sorted_entries(&ctx, &unlocked).await?;
    let entries: Vec<_> = entries.into_iter().map(|(_, e)| e).collect();
    let i18n = solace_i18n::I18n::load()
        .map_err(|e| Fail::Internal(format!("the text could not be loaded: {e:?}")))?;
    let tr = i18n.tr(io::lang_or_region(args.lang, region), region);
    let labels = solace_app::export_labels::labels(&tr);
    let now = ctx.now;
    let bytes = tokio::task::spawn_blocking(move || {
        solace_export::export(format, &entries, &request, &labels, now)
    })
    .await
    .map_err(|_| Fail::Internal("making the file stopped".to_owned()))?
    .map_err(|e| Fail::Internal(e.to_string()))?;
    write_private(&args.out, &bytes)?;
    if args.vault.json {
        Ok(print(&json!({
            "out": args.out.display().to_string(),
            "format": format.id(),
            "bytes": bytes.len(),
        })))
    } else {
        Ok(io::print_text(&format!(
            "Written to {} ({} bytes). It holds your health details: keep it private, and delete \
             it from a shared computer when you are done.\n",
            args.out.display(),
            bytes.len()
        )))
    }
}
