//! `check CATALOGUE`: every problem of a catalogue, one per line, for editors and scripts.

use crate::catalogue::{Diagnostic, Worded, load_catalogue};
use crate::words::{Say, Words};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[derive(Serialize)]
struct Report<'a> {
    /// The path as given; a name that is not UTF-8 is written with U+FFFD in its place.
    file: String,
    ok: bool,
    errors: usize,
    warnings: usize,
    shoes: Option<usize>,
    problems: Vec<Worded<'a>>,
    /// Problems found beyond those listed.
    #[serde(skip_serializing_if = "is_zero")]
    unlisted: usize,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}

/// The most characters of a line an excerpt shows, around the problem's column.
const EXCERPT_CHARS: usize = 120;

/// Checks the catalogue at `path`, writing its problems to `out` (in `words`, or as JSON
/// whose messages are in `words`) and a summary to `err`. Exits 1 when there is an error.
pub(super) fn run(
    path: Option<&Path>,
    json: bool,
    words: &Words,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    // Without a file, the built-in sample: its text, named as the sample.
    let sample = Path::new(crate::sample::NAME);
    let (outcome, path) = match path {
        Some(path) => (load_catalogue(path), path),
        None => {
            let _ = writeln!(err, "{}", words.get("cli-using-sample"));
            (
                crate::catalogue::parse_catalogue(crate::sample::text(), sample, None),
                sample,
            )
        }
    };
    let errors = outcome.error_count();
    let warnings = outcome.warning_count();
    let shoes = outcome
        .catalogue
        .as_ref()
        .map(|catalogue| catalogue.shoes.len());
    // The loader keeps the first errors and warnings of a file and counts the rest.
    let listed = &outcome.diagnostics;
    let unlisted = outcome.unlisted.errors + outcome.unlisted.warnings;
    let written = if json {
        let report = Report {
            file: path.to_string_lossy().into_owned(),
            ok: errors == 0,
            errors,
            warnings,
            shoes,
            problems: listed
                .iter()
                .map(|diagnostic| diagnostic.worded(words))
                .collect(),
            unlisted,
        };
        // Made whole before a byte is written: never half an object.
        serde_json::to_string_pretty(&report)
            .map_err(std::io::Error::from)
            .and_then(|text| writeln!(out, "{text}"))
    } else {
        let text = if path == sample {
            Some(crate::sample::text().to_string())
        } else {
            crate::catalogue::read_text(path).ok()
        };
        let lines = excerpt_lines(text.as_deref().unwrap_or_default(), listed);
        let styled = is_terminal();
        listed
            .iter()
            .try_for_each(|diagnostic| {
                writeln!(out, "{}", diagnostic.line_in(words))?;
                match excerpt(diagnostic, &lines, styled, words) {
                    Some(excerpt) => writeln!(out, "{excerpt}\n"),
                    None => Ok(()),
                }
            })
            .and_then(|()| {
                if unlisted > 0 {
                    let said = Say::new("check-unlisted").num("count", unlisted as f64);
                    writeln!(out, "{}", words.say(&said))
                } else {
                    Ok(())
                }
            })
    };
    if written.is_err() {
        return 1;
    }
    if !json {
        let _ = writeln!(
            err,
            "{}",
            words.say(&summary(path, errors, warnings, shoes))
        );
    }
    u8::from(errors > 0)
}

/// The line `check` ends with on standard error: the file, its shoes and its problems.
fn summary(path: &Path, errors: usize, warnings: usize, shoes: Option<usize>) -> Say {
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
    match shoes {
        Some(count) => Say::new("check-summary-shoes").num("shoes", count as f64),
        None => Say::new("check-summary"),
    }
    .text("path", path.display().to_string())
    .says("problems", problems)
}

fn is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// The part of each line the `listed` problems are on that an excerpt shows: at most
/// [`EXCERPT_CHARS`] characters around the problem, by line number, with the column the
/// part starts at. `text` is the file read again, bounded as any reading is.
fn excerpt_lines(
    text: &str,
    listed: &[Diagnostic],
) -> std::collections::HashMap<usize, Vec<(usize, String)>> {
    let mut lines: std::collections::HashMap<usize, Vec<(usize, String)>> =
        std::collections::HashMap::new();
    let wanted: std::collections::BTreeSet<usize> = listed.iter().map(|d| d.line).collect();
    for (number, line) in text.lines().enumerate() {
        let number = number + 1;
        if !wanted.contains(&number) {
            continue;
        }
        for diagnostic in listed.iter().filter(|d| d.line == number) {
            let first = diagnostic.column.saturating_sub(EXCERPT_CHARS / 2).max(1);
            let part: String = line.chars().skip(first - 1).take(EXCERPT_CHARS).collect();
            lines.entry(number).or_default().push((first, part));
        }
    }
    lines
}

/// The source line of a problem with a caret under the spot and a hint, as rustc shows them;
/// a long line is shown around the spot, `…` for the rest. `None` when the position is not
/// in the text (a file that could not be read).
fn excerpt(
    diagnostic: &Diagnostic,
    lines: &std::collections::HashMap<usize, Vec<(usize, String)>>,
    styled: bool,
    words: &Words,
) -> Option<String> {
    use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
    let first = diagnostic.column.saturating_sub(EXCERPT_CHARS / 2).max(1);
    let (first, part) = lines
        .get(&diagnostic.line)?
        .iter()
        .find(|(start, _)| *start == first)?;
    let cut_before = *first > 1;
    let cut_after = part.chars().count() == EXCERPT_CHARS;
    let mut line = String::new();
    if cut_before {
        line.push('…');
    }
    line.push_str(part);
    if cut_after {
        line.push('…');
    }
    let column = diagnostic.column - first + usize::from(cut_before);
    let start = line
        .char_indices()
        .nth(column)
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
            Snippet::source(line.as_str())
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
