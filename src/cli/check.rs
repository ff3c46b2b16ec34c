//! `check CATALOGUE`: every problem of a catalogue, one per line, for editors and scripts.

use crate::catalogue::{Diagnostic, load_catalogue};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[derive(Serialize)]
struct Report<'a> {
    file: &'a Path,
    ok: bool,
    errors: usize,
    warnings: usize,
    shoes: Option<usize>,
    problems: &'a [Diagnostic],
}

pub(super) fn run(path: &Path, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let outcome = load_catalogue(path);
    let errors = outcome.errors().count();
    let warnings = outcome.warnings().count();
    let shoes = outcome
        .catalogue
        .as_ref()
        .map(|catalogue| catalogue.shoes.len());
    let written = if json {
        let report = Report {
            file: path,
            ok: errors == 0,
            errors,
            warnings,
            shoes,
            problems: &outcome.diagnostics,
        };
        serde_json::to_writer_pretty(&mut *out, &report)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        outcome
            .diagnostics
            .iter()
            .try_for_each(|diagnostic| writeln!(out, "{diagnostic}"))
    };
    if written.is_err() {
        return 1;
    }
    if !json {
        let _ = match shoes {
            Some(count) => writeln!(
                err,
                "{}: {count} shoes, {}",
                path.display(),
                summary(errors, warnings)
            ),
            None => writeln!(err, "{}: {}", path.display(), summary(errors, warnings)),
        };
    }
    u8::from(errors > 0)
}

fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => "no problems".to_string(),
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}
