//! A problem in a file, with where it is and how bad it is: the one currency of errors
//! between the loader, the command line and the app.

use super::source::Position;
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

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
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
    /// Anything else.
    #[default]
    Other,
}

impl DiagnosticKind {
    /// What to do about a problem of this kind, as `check` says it under the excerpt.
    pub fn hint(self, severity: Severity) -> &'static str {
        match self {
            DiagnosticKind::UnknownName => {
                "names and values are case-sensitive; docs/catalogue-format.md lists them all"
            }
            DiagnosticKind::OutOfRange => {
                "docs/catalogue-format.md gives the range of every number"
            }
            DiagnosticKind::MissingField => {
                "add the field; docs/catalogue-format.md shows a full shoe"
            }
            DiagnosticKind::MissingComma => "every field and list item is followed by a comma",
            DiagnosticKind::DuplicateField => "delete one of the two; a field is given once",
            DiagnosticKind::DuplicateId => {
                "give this shoe an id of its own, such as its model in lower case with dashes"
            }
            _ if severity == Severity::Warning => {
                "the catalogue still works; fix this when you can"
            }
            _ => "docs/catalogue-format.md describes every field",
        }
    }
}

/// One problem: `FILE:LINE:COLUMN: error: message` when displayed.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shoe: Option<String>,
    /// The field the problem is about, when it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What is wrong, in a sentence for the person editing the file.
    pub message: String,
    /// What to do about it, when that is not plain from the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem of `severity` at `at` in `file`, of no particular kind, in no shoe or field.
    pub fn new(
        severity: Severity,
        file: impl Into<PathBuf>,
        at: Position,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            kind: DiagnosticKind::Other,
            file: file.into(),
            line: at.line,
            column: at.column,
            shoe: None,
            field: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A problem that stops the file being used, at `at` in `file`.
    pub fn error(file: impl Into<PathBuf>, at: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, at, message)
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

    /// The message with the shoe it is about, as printed after the severity.
    pub fn text(&self) -> String {
        match &self.shoe {
            Some(id) => format!("shoe `{id}`: {}", self.message),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.severity,
            self.text()
        )
    }
}
