//! A problem in a file, with where it is and how bad it is: the one currency of errors
//! between the loader, the command line and the app.

use super::source::Position;
use crate::words::{Lang, Say, Words};
use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// How bad a problem is: whether the file can still be used. Errors sort after warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file still works; something deserves a look.
    Warning,
    /// The file cannot be used until this is fixed.
    Error,
}

impl Severity {
    /// The id of the severity's word in the message files.
    pub fn message(self) -> &'static str {
        match self {
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.words().get(self.message()))
    }
}

/// What sort of problem a diagnostic is, whatever its words: what to do about it (the hint
/// `check` prints) follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// The file cannot be read at all: missing, a folder, empty, too large, not UTF-8.
    Unreadable,
    /// RON that does not parse: an unclosed bracket or quote, a stray character.
    Syntax,
    /// A comma (or a closing bracket) is missing.
    MissingComma,
    /// A field or value name that the format does not have, usually a misspelling.
    UnknownName,
    /// A required field is not given.
    MissingField,
    /// A field is given twice in one record.
    DuplicateField,
    /// A value of the wrong type: text for a number, a list for a pair.
    WrongType,
    /// A number outside the range the format allows or a shop would expect.
    OutOfRange,
    /// Two shoes share an id.
    DuplicateId,
    /// A picture the catalogue names is not there.
    MissingPicture,
    /// A picture the catalogue names is there but cannot be shown: too large, not a picture,
    /// damaged.
    UnusablePicture,
    /// Anything else.
    #[default]
    Other,
}

impl DiagnosticKind {
    /// What to do about a problem of this kind, as `check` says it under the excerpt: the
    /// id of its words in the message files.
    pub fn hint(self, severity: Severity) -> &'static str {
        match self {
            DiagnosticKind::UnknownName => "hint-unknown-name",
            DiagnosticKind::OutOfRange => "hint-out-of-range",
            DiagnosticKind::MissingField => "hint-missing-field",
            DiagnosticKind::MissingComma => "hint-missing-comma",
            DiagnosticKind::DuplicateField => "hint-duplicate-field",
            DiagnosticKind::DuplicateId => "hint-duplicate-id",
            _ if severity == Severity::Warning => "hint-warning",
            _ => "hint-other",
        }
    }
}

/// One problem: `FILE:LINE:COLUMN: error: message` when displayed. What is wrong is kept
/// as a [`Say`], put into words when shown, in the language asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Whether the file can still be used.
    pub severity: Severity,
    /// What sort of problem it is.
    pub kind: DiagnosticKind,
    /// The file the problem is in, by the path it was opened with.
    pub file: PathBuf,
    /// The line it is on, counted from 1.
    pub line: usize,
    /// The column it is at, counted in characters from 1.
    pub column: usize,
    /// The shoe the problem is in, when it is in one and its id could be read.
    pub shoe: Option<String>,
    /// The field the problem is about, when it is about one.
    pub field: Option<String>,
    /// What is wrong, for the person editing the file.
    pub said: Say,
}

impl Diagnostic {
    /// A problem of `severity` at `at` in `file`, of no particular kind, in no shoe or field.
    pub fn new(severity: Severity, file: impl Into<PathBuf>, at: Position, said: Say) -> Self {
        Diagnostic {
            severity,
            kind: DiagnosticKind::Other,
            file: file.into(),
            line: at.line,
            column: at.column,
            shoe: None,
            field: None,
            said,
        }
    }

    /// A problem that stops the file being used, at `at` in `file`.
    pub fn error(file: impl Into<PathBuf>, at: Position, said: Say) -> Self {
        Self::new(Severity::Error, file, at, said)
    }

    /// The same problem, of this kind.
    pub fn of_kind(mut self, kind: DiagnosticKind) -> Self {
        self.kind = kind;
        self
    }

    /// Whether the problem stops the file being used.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Where in the file the problem is.
    pub fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// What is wrong, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En.words())
    }

    /// What is wrong, in `words`.
    pub fn message_in(&self, words: &Words) -> String {
        words.say(&self.said)
    }

    /// The message with the shoe it is about, as printed after the severity.
    fn said_in_shoe(&self) -> Say {
        match &self.shoe {
            Some(id) => Say::new("diagnostic-in-shoe")
                .text("shoe", id.as_str())
                .says("problem", vec![self.said.clone()]),
            None => self.said.clone(),
        }
    }

    /// The message with the shoe it is about, as printed after the severity, in `words`.
    pub fn text_in(&self, words: &Words) -> String {
        words.say(&self.said_in_shoe())
    }

    /// The whole problem as one line says it: `FILE:LINE:COLUMN: error: message`.
    pub fn said_line(&self) -> Say {
        Say::new("diagnostic-line")
            .text("file", self.file.display().to_string())
            .text("line", self.line.to_string())
            .text("column", self.column.to_string())
            .word("severity", self.severity.message())
            .says("problem", vec![self.said_in_shoe()])
    }

    /// `FILE:LINE:COLUMN: error: message` in `words`.
    pub fn line_in(&self, words: &Words) -> String {
        words.say(&self.said_line())
    }

    /// What to do about it, in `words`.
    pub fn hint_in(&self, words: &Words) -> String {
        words.get(self.kind.hint(self.severity))
    }

    /// The problem as the JSON of `check` gives it, its message in `words`.
    pub fn worded<'a>(&'a self, words: &Words) -> Worded<'a> {
        Worded {
            severity: self.severity,
            kind: self.kind,
            file: self.file.to_string_lossy().into_owned(),
            line: self.line,
            column: self.column,
            shoe: self
                .shoe
                .as_deref()
                .map(|shoe| crate::words::quoted(shoe.to_string())),
            field: self.field.as_deref(),
            message: self.message_in(words),
        }
    }
}

/// A [`Diagnostic`] put into words, as `check --json` writes it.
#[derive(Debug, Serialize)]
pub struct Worded<'a> {
    severity: Severity,
    kind: DiagnosticKind,
    /// The path as given; a name that is not UTF-8 is written with U+FFFD in its place.
    file: String,
    line: usize,
    column: usize,
    /// The shoe's id, cut to a readable length.
    #[serde(skip_serializing_if = "Option::is_none")]
    shoe: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line_in(Lang::En.words()))
    }
}
