//! `solace export --format backup` and `solace import`: the encrypted backup file
//! (see `solace_store::backup` for the format). The file is as opaque as the database.

use clap::{Args, ValueEnum};
use serde_json::json;
use solace_store::backup::{self, Backup, BackupError, MAX_BACKUP_BYTES};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Fail, VaultArgs, open, passphrase, print, run_async};
use crate::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An encrypted copy of the whole diary, opened by the same passphrase (`solace import`).
    Backup,
    /// A one-page summary for a clinician (two pages at most).
    Pdf,
    /// A FHIR R4 Bundle (JSON) of the measurements and medicines.
    Fhir,
    /// A spreadsheet: one row per entry.
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub(super) vault: VaultArgs,
    /// What to write. `backup`: an encrypted file that reveals nothing without the passphrase.
    #[arg(long, value_enum)]
    format: Format,
    /// The file to write (replaced if it exists; readable by you only).
    #[arg(long, value_name = "FILE")]
    pub(super) out: PathBuf,
    /// pdf, fhir, csv: the first day to include (YYYY-MM-DD, the entry's own date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(super) from: Option<String>,
    /// pdf, fhir, csv: the last day to include (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(super) to: Option<String>,
    // `help` rather than a doc comment: help text shows words as written, without backticks.
    #[arg(
        long,
        value_name = "LIST",
        help = "pdf: the parts to include, comma-separated, from header, chart, hcg, bleeding_pain, \
                scans, medication, temperatures, tests, questions. Default: all."
    )]
    pub(super) sections: Option<String>,
    /// pdf, fhir: a name to put on the summary (the FHIR Patient's name). Default: none.
    #[arg(long, value_name = "NAME")]
    pub(super) name: Option<String>,
    /// pdf: the language of the summary's words, en-GB, en-US or es (default: the region's
    /// English). CSV headers and FHIR codes stay as they are, for the machines that read them.
    #[arg(long, value_name = "TAG", value_parser = crate::io::parse_lang)]
    pub(super) lang: Option<solace_i18n::Lang>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    vault: VaultArgs,
    /// The backup file written by `solace export --format backup`.
    #[arg(long = "in", value_name = "FILE")]
    input: PathBuf,
}

impl From<BackupError> for Fail {
    fn from(e: BackupError) -> Self {
        let code = match &e {
            BackupError::TooLarge => "backup_too_large",
            BackupError::NotJson { .. } | BackupError::Damaged(_) => "backup_damaged",
            BackupError::BadMagic => "not_a_backup",
            BackupError::UnsupportedFormat { .. } => "backup_format",
            BackupError::WrongPassphrase => "wrong_passphrase",
            BackupError::RecordCorrupt { .. } => "backup_tampered",
            BackupError::AccountExists => "diary_exists",
            BackupError::OverQuota(_) => "backup_over_quota",
            BackupError::KdfTooCostly(_) => "backup_too_costly",
            BackupError::Store(_) => return Fail::Internal(e.to_string()),
        };
        Fail::refused(code, e.to_string())
    }
}

pub fn export(args: ExportArgs, region: solace_clinical::Region) -> ExitCode {
    let json = args.vault.json;
    let format = match args.format {
        Format::Backup => return run_async(json, export_backup(args)),
        Format::Pdf => solace_export::Format::Pdf,
        Format::Fhir => solace_export::Format::Fhir,
        Format::Csv => solace_export::Format::Csv,
    };
    run_async(json, super::export_cmd::export(args, format, region))
}

async fn export_backup(args: ExportArgs) -> Result<ExitCode, Fail> {
    let pass = passphrase::read(&args.vault.passphrase_file, "--passphrase-file", false)?;
    let ctx = open(&args.vault, false).await?;
    let unlocked = ctx.unlock(&pass).await?;
    let file = backup::export(ctx.diary.store().as_ref(), unlocked.user())
        .await?
        .ok_or_else(|| Fail::Internal("the unlocked account has no vault".to_owned()))?;
    write_private(&args.out, &file.to_bytes())?;
    let entries = file.records.len();
    if args.vault.json {
        Ok(print(
            &json!({ "out": args.out.display().to_string(), "entries": entries }),
        ))
    } else {
        Ok(io::print_text(&format!(
            "Backup written to {} ({entries} {}). It opens with your passphrase (or your recovery \
             code): `solace import --in FILE`.\n",
            args.out.display(),
            if entries == 1 { "entry" } else { "entries" }
        )))
    }
}

/// Writes `bytes` to `path` atomically, readable by the owner only: a new file under a random
/// name in the same folder (`create_new`, so an existing file or a planted symlink is never
/// opened or followed), made `0600` on the open file, synced, then renamed over `path` (a
/// rename replaces a symlink at `path` itself rather than writing through it).
///
/// Before, the temporary file was `path` + `.partial`, opened with `create` + `truncate`: anyone
/// able to write to the folder could plant a symlink there and have the export written into a
/// file of their choosing.
pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Fail> {
    let fail = |e: std::io::Error| {
        Fail::refused(
            "cannot_write",
            format!("--out: could not write {}: {e}", path.display()),
        )
    };
    let random = solace_store::vault::random_bytes::<12>()
        .map_err(|e| Fail::Internal(format!("no random name for the file: {e}")))?;
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".");
    for b in random {
        name.push(format!("{b:02x}"));
    }
    name.push(".tmp");
    let tmp = path.with_file_name(name);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).map_err(fail)?;
    let result = (|| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    drop(file);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

/// Reads the backup file, refusing one over the size limit before reading it.
fn read_backup(path: &Path) -> Result<Backup, Fail> {
    let fail = |e: std::io::Error| {
        Fail::refused(
            "cannot_read",
            format!("--in: could not read {}: {e}", path.display()),
        )
    };
    let file = std::fs::File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge.into());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_BACKUP_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    Ok(Backup::from_bytes(&bytes)?)
}

pub fn import(args: ImportArgs) -> ExitCode {
    run_async(args.vault.json, import_backup(args))
}

async fn import_backup(args: ImportArgs) -> Result<ExitCode, Fail> {
    let file = read_backup(&args.input)?;
    let pass = passphrase::read(&args.vault.passphrase_file, "--passphrase-file", false)?;
    // Open every record in memory first: a wrong passphrase or a changed byte writes nothing.
    let (file, pass, opened) = tokio::task::spawn_blocking(move || {
        let opened = backup::unlock(&file, &pass)
            .and_then(|key| backup::verify_records(&file, &key).map(|n| (key, n)));
        (file, pass, opened)
    })
    .await
    .map_err(|_| Fail::Internal("the check of the backup stopped".to_owned()))?;
    let (key, count) = opened?;
    let ctx = open(&args.vault, true).await?;
    let store = ctx.diary.store().clone();
    // Always as a new account id (each record sealed again for it): the backup's own id may be
    // in use here already (a second import, or a diary moved back to where it came from).
    let (user, _) = backup::restore_as_new(
        store.as_ref(),
        ctx.diary.name_hash(&ctx.account),
        &file,
        &key,
        &ctx.diary.config().quota,
    )
    .await?;
    drop(key);
    // And read it back through the diary, as `list` will (photos are not listed: counted).
    let check = async {
        let unlocked = ctx.unlock(&pass).await?;
        let list = ctx.diary.list::<serde_json::Value>(&unlocked).await?;
        let bulk = ctx.diary.usage(&unlocked).await?.bulk;
        if list.unreadable.is_empty() && list.entries.len() as u64 + bulk == count as u64 {
            Ok(())
        } else {
            Err(Fail::Internal(
                "the restored diary did not read back whole".to_owned(),
            ))
        }
    };
    if let Err(e) = check.await {
        let _ = store.delete_user(user).await;
        return Err(e);
    }
    if args.vault.json {
        Ok(print(&json!({ "imported": count })))
    } else {
        Ok(io::print_text(&format!(
            "Restored {count} {} from the backup. Open it with the same passphrase.\n",
            if count == 1 { "entry" } else { "entries" }
        )))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::write_private;
    use std::os::unix::fs::PermissionsExt as _;

    fn mode(p: &std::path::Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    /// Issue 14 item 8: a symlink planted at the old predictable `.partial` path (and at the
    /// target itself) is never written through; the file is the owner's alone, with no
    /// temporary file left behind.
    #[test]
    fn a_planted_symlink_is_not_followed_and_the_file_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"untouched").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = dir.path().join("diary.pdf");
        std::os::unix::fs::symlink(&victim, dir.path().join("diary.pdf.partial")).unwrap();
        assert!(write_private(&out, b"%PDF-export").is_ok());
        assert_eq!(std::fs::read(&victim).unwrap(), b"untouched");
        assert_eq!(mode(&victim), 0o644);
        assert_eq!(std::fs::read(&out).unwrap(), b"%PDF-export");
        assert!(
            !std::fs::symlink_metadata(&out)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(mode(&out), 0o600);

        // A symlink at the target is replaced, not written through.
        let link = dir.path().join("backup.json");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        assert!(write_private(&link, b"{}").is_ok());
        assert_eq!(std::fs::read(&victim).unwrap(), b"untouched");
        assert_eq!(std::fs::read(&link).unwrap(), b"{}");
        assert_eq!(mode(&link), 0o600);

        // Only the files written, the victim and the planted link remain.
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "backup.json",
                "diary.pdf",
                "diary.pdf.partial",
                "victim.txt"
            ]
        );
    }

    /// An existing file is replaced whole and ends up 0600 even if it was 0644 (a permissive
    /// umask or an older export).
    #[test]
    fn an_existing_readable_file_is_replaced_by_a_private_one() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("diary.csv");
        std::fs::write(&out, b"old and much longer contents").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(write_private(&out, b"new").is_ok());
        assert_eq!(std::fs::read(&out).unwrap(), b"new");
        assert_eq!(mode(&out), 0o600);
    }
}
