//! What every calculation verb shares: reading one JSON object from standard input (with the API's
//! 64 KiB cap), printing a result, and the exit codes (0 success, 2 invalid input, 1 internal).

use solace_app::calc::ApiError;
use solace_clinical::input::{FieldError, InvalidInput, Problem};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Prints an input error: the fields on stderr, and with `--json` the API's error object on stdout.
pub fn input_error(e: &InvalidInput, json: bool) -> ExitCode {
    for f in &e.errors {
        eprintln!("solace: {}: {}", f.field, f.expected);
    }
    if json {
        let body = ApiError::from(e.clone());
        let code = print_json(serde_json::to_string_pretty(&body));
        if code != ExitCode::SUCCESS {
            return code;
        }
    }
    ExitCode::from(2)
}

/// `--lang`: a language Solace is written in (`en-GB`, `en-US`, `es`; any case). Words change,
/// never JSON keys, ids, enum values or numbers.
pub fn parse_lang(tag: &str) -> Result<solace_i18n::Lang, String> {
    solace_i18n::Lang::from_tag(tag.trim()).ok_or_else(|| {
        let tags: Vec<&str> = solace_i18n::Lang::ALL.iter().map(|l| l.tag()).collect();
        format!("expected one of {}", tags.join(", "))
    })
}

/// The language asked for, else the region's (what every verb did before `--lang`).
pub fn lang_or_region(
    lang: Option<solace_i18n::Lang>,
    region: solace_clinical::Region,
) -> solace_i18n::Lang {
    lang.unwrap_or(solace_i18n::Lang::default_for(region))
}

/// An error that is Solace's fault, not the input's: exit 1.
pub fn internal(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("solace: internal error: {e}");
    ExitCode::from(1)
}

/// One field error, for problems the CLI finds itself (a flag, the size of the input).
pub fn field_error(field: &str, problem: Problem) -> InvalidInput {
    InvalidInput {
        errors: vec![FieldError::new(field, problem)],
    }
}

/// Reads all of standard input, refusing more than the API's body limit.
/// `Err` carries the exit code, after the message has been printed.
pub fn read_stdin(json: bool) -> Result<Vec<u8>, ExitCode> {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin()
        .take(solace_app::BODY_LIMIT as u64 + 1)
        .read_to_end(&mut bytes)
    {
        return Err(internal(format!("could not read standard input: {e}")));
    }
    if bytes.len() > solace_app::BODY_LIMIT {
        let e = field_error(
            "body",
            Problem::Invalid {
                expected: "expected at most 64 KiB of JSON",
            },
        );
        return Err(input_error(&e, json));
    }
    Ok(bytes)
}

/// Prints a serialised result (`serde_json::to_string_pretty(&answer)`) on stdout, with a newline.
pub fn print_json(serialised: serde_json::Result<String>) -> ExitCode {
    match serialised {
        Ok(mut s) => {
            s.push('\n');
            print_text(&s)
        }
        Err(e) => internal(e),
    }
}

/// Writes `text` to stdout. A reader that stops early (`solace options | head`) is not an error.
pub fn print_text(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => internal(format!("could not write to standard output: {e}")),
    }
}
