//! Reading a passphrase from a file (or standard input with `-`): the first line, without its
//! line ending. Never from an argument, never echoed, never in a message.

use std::io::Read;
use std::path::Path;

use solace_store::Passphrase;

use super::Fail;

/// A passphrase file holds one line; anything this long is the wrong file.
const MAX_FILE_BYTES: u64 = 4096;

/// Reads the passphrase named by `flag`. `stdin_taken`: standard input carries something else
/// (an entry), so `-` is refused.
pub(crate) fn read(path: &Path, flag: &'static str, stdin_taken: bool) -> Result<Passphrase, Fail> {
    let mut bytes = Vec::with_capacity(MAX_FILE_BYTES as usize + 1);
    if path.as_os_str() == "-" {
        if stdin_taken {
            return Err(Fail::refused(
                "stdin_taken",
                format!(
                    "{flag}: `-` cannot be used here, because standard input carries the entry; \
                     give a file"
                ),
            ));
        }
        std::io::stdin()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Fail::Internal(format!("could not read standard input: {e}")))?;
    } else {
        let file = std::fs::File::open(path).map_err(|e| {
            Fail::refused(
                "passphrase_file",
                format!("{flag}: could not open {}: {e}", path.display()),
            )
        })?;
        warn_if_readable_by_others(&file, path);
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                Fail::refused(
                    "passphrase_file",
                    format!("{flag}: could not read {}: {e}", path.display()),
                )
            })?;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        bytes.fill(0);
        return Err(Fail::refused(
            "passphrase_file",
            format!("{flag}: the file is larger than 4 KiB; it should hold just the passphrase"),
        ));
    }
    let line_end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let mut len = line_end;
    if len > 0 && bytes.get(len - 1) == Some(&b'\r') {
        len -= 1;
    }
    // Blank out the rest before shortening, so no copy of later lines stays behind.
    if let Some(rest) = bytes.get_mut(len..) {
        rest.fill(0);
    }
    bytes.truncate(len);
    match String::from_utf8(bytes) {
        // `Passphrase` zeroizes its text when dropped.
        Ok(text) => Ok(Passphrase::new(text)),
        Err(e) => {
            let mut bytes = e.into_bytes();
            bytes.fill(0);
            Err(Fail::refused(
                "passphrase_file",
                format!("{flag}: the passphrase is not UTF-8 text"),
            ))
        }
    }
}

#[cfg(unix)]
fn warn_if_readable_by_others(file: &std::fs::File, path: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    if let Ok(meta) = file.metadata()
        && meta.permissions().mode() & 0o044 != 0
    {
        eprintln!(
            "solace: warning: other users of this computer can read {}; make it private with \
             `chmod 600 {}`",
            path.display(),
            path.display()
        );
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_file: &std::fs::File, _path: &Path) {}
