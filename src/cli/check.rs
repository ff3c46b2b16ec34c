//! `check CATALOGUE`: every problem of a catalogue, one per line, for editors and scripts.

use crate::catalogue::{Diagnostic, Worded, load_catalogue};
use crate::words::{Say, Words};
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
    problems: Vec<Worded<'a>>,
}

/// Checks the catalogue at `path`, writing its problems to `out` (in `words`, or as JSON
/// whose messages are in `words`) and a summary to `err`. Exits 1 when there is an error.
pub(super) fn run(
    path: &Path,
    json: bool,
    words: &Words,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
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
            problems: outcome
                .diagnostics
                .iter()
                .map(|diagnostic| diagnostic.worded(words))
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &report)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        // Split once: a catalogue with many problems would be scanned from the top for each.
        let lines: Vec<&str> = source.lines().collect();
        let styled = is_terminal();
        outcome.diagnostics.iter().try_for_each(|diagnostic| {
            writeln!(out, "{}", diagnostic.line_in(words))?;
            match excerpt(diagnostic, &lines, styled, words) {
                Some(excerpt) => writeln!(out, "{excerpt}\n"),
                None => Ok(()),
            }
        })
    };
    if written.is_err() {
        return 1;
    }
    if !json {
        let mut problems = Vec::new();
        if errors > 0 {
            problems.push(Say::new("check-errors").num("count", errors as f64));
        }
        if warnings > 0 {
            problems.push(Say::new("check-warnings").num("count", warnings as f64));
        }
        if problems.is_empty() {
            problems.push(Say::new("check-no-problems"));
        }
        let said = match shoes {
            Some(count) => Say::new("check-summary-shoes").num("shoes", count as f64),
            None => Say::new("check-summary"),
        }
        .text("path", path.display().to_string())
        .says("problems", problems);
        let _ = writeln!(err, "{}", words.say(&said));
    }
    u8::from(errors > 0)
}

fn is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// The source line of a problem with a caret under the spot and a hint, as rustc shows them.
/// `None` when the position is not in the text (a file that could not be read).
fn excerpt(diagnostic: &Diagnostic, lines: &[&str], styled: bool, words: &Words) -> Option<String> {
    use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
    let line = *lines.get(diagnostic.line.checked_sub(1)?)?;
    let start = line
        .char_indices()
        .nth(diagnostic.column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    // Underline the word, number, string or list at the spot.
    let rest = &line[start..];
    let length = match rest.chars().next() {
        Some('"') => rest[1..].find('"').map_or(rest.len(), |end| end + 2),
        Some(open @ ('(' | '[')) => {
            let close = if open == '(' { ')' } else { ']' };
            rest.find(close).map_or(rest.len(), |end| end + 1)
        }
        Some(_) => rest
            .find(|c: char| c.is_whitespace() || ",:)]".contains(c))
            .unwrap_or(rest.len())
            .max(1),
        None => 0,
    };
    let level = if diagnostic.is_error() {
        Level::ERROR
    } else {
        Level::WARNING
    };
    let hint = diagnostic.hint_in(words);
    let report = &[Group::with_level(level)
        .element(
            Snippet::source(line)
                .line_start(diagnostic.line)
                .fold(false)
                .annotation(AnnotationKind::Primary.span(start..start + length)),
        )
        .element(
            Level::HELP
                .with_name(words.get("check-help"))
                .message(hint.as_str()),
        )];
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    Some(renderer.render(report).to_string())
}
