//! The problems of a file as they are found: the first ones by their place in the file
//! listed, up to the limits, and the rest counted, so that a file broken a million times
//! costs no more memory than one broken a hundred times.

use super::diagnostic::Diagnostic;
use super::source::Position;

/// Problems found beyond those listed: counted, not kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unlisted {
    /// Errors not listed.
    pub errors: usize,
    /// Warnings not listed.
    pub warnings: usize,
}

/// The most errors of one file that are kept and listed; the rest are counted.
pub const LISTED_ERRORS: usize = 100;
/// The most warnings of one file that are kept and listed; the rest are counted.
pub const LISTED_WARNINGS: usize = 100_000;

/// The problems of a file as they are found: the first ones by their place in the file
/// kept, up to the limits, and the rest counted.
pub(crate) struct Found {
    errors: Kept,
    warnings: Kept,
    unlisted: Unlisted,
    next: usize,
}

/// The problems of one severity kept: in the order found until the limit is reached (the
/// usual case, which costs a push each), then as a heap with the last by place on top, so
/// each later one either takes its place or is only counted.
enum Kept {
    Listing(Vec<ByPlace>),
    Full(std::collections::BinaryHeap<ByPlace>),
}

impl Kept {
    fn len(&self) -> usize {
        match self {
            Kept::Listing(kept) => kept.len(),
            Kept::Full(kept) => kept.len(),
        }
    }

    /// The place of the last kept, once the limit is reached.
    fn last(&self) -> Option<(usize, usize)> {
        match self {
            Kept::Listing(_) => None,
            Kept::Full(kept) => kept.peek().map(|last| (last.0, last.1)),
        }
    }

    /// Takes in `problem`, keeping at most `limit`; true when one was left out.
    fn take(&mut self, problem: ByPlace, limit: usize) -> bool {
        if let Kept::Listing(kept) = self {
            if kept.len() < limit {
                kept.push(problem);
                return false;
            }
            *self = Kept::Full(std::mem::take(kept).into());
        }
        let Kept::Full(kept) = self else {
            return false;
        };
        if kept.peek().is_some_and(|last| problem < *last) {
            kept.pop();
            kept.push(problem);
        }
        true
    }

    fn into_vec(self) -> Vec<ByPlace> {
        match self {
            Kept::Listing(kept) => kept,
            Kept::Full(kept) => kept.into_vec(),
        }
    }
}

/// A diagnostic ordered by its place in the file, then by when it was found.
struct ByPlace(usize, usize, usize, Diagnostic);

impl PartialEq for ByPlace {
    fn eq(&self, other: &Self) -> bool {
        (self.0, self.1, self.2) == (other.0, other.1, other.2)
    }
}
impl Eq for ByPlace {}
impl PartialOrd for ByPlace {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for ByPlace {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.0, self.1, self.2).cmp(&(other.0, other.1, other.2))
    }
}

impl Found {
    pub(crate) fn new() -> Found {
        Found {
            errors: Kept::Listing(Vec::new()),
            warnings: Kept::Listing(Vec::new()),
            unlisted: Unlisted::default(),
            next: 0,
        }
    }

    /// Takes in a problem: kept while it is among the first by place, else counted.
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        let key = ByPlace(diagnostic.line, diagnostic.column, self.next, diagnostic);
        self.next += 1;
        if key.3.is_error() {
            if self.errors.take(key, LISTED_ERRORS) {
                self.unlisted.errors += 1;
            }
        } else if self.warnings.take(key, LISTED_WARNINGS) {
            self.unlisted.warnings += 1;
        }
    }

    pub(crate) fn has_error(&self) -> bool {
        self.errors.len() > 0
    }

    /// Whether as many problems of that kind (errors or not) are kept as are listed.
    pub(super) fn is_full(&self, error: bool) -> bool {
        if error {
            self.errors.len() >= LISTED_ERRORS
        } else {
            self.warnings.len() >= LISTED_WARNINGS
        }
    }

    /// Whether a problem (an error or not) found at `at` or later in the file could still
    /// be listed: not when the list is full of problems before it.
    pub(super) fn could_list(&self, error: bool, at: Position) -> bool {
        let kept = if error { &self.errors } else { &self.warnings };
        !self.is_full(error) || kept.last().is_none_or(|last| (at.line, at.column) < last)
    }

    /// Counts a problem that could not be listed.
    pub(super) fn count_unlisted(&mut self, error: bool) {
        if error {
            self.unlisted.errors += 1;
        } else {
            self.unlisted.warnings += 1;
        }
    }

    /// The problems kept, in file order, and how many more there were.
    pub(crate) fn into_parts(self) -> (Vec<Diagnostic>, Unlisted) {
        let mut kept: Vec<ByPlace> = self.errors.into_vec();
        kept.extend(self.warnings.into_vec());
        kept.sort_unstable();
        let diagnostics = kept
            .into_iter()
            .map(|ByPlace(_, _, _, diagnostic)| diagnostic)
            .collect();
        (diagnostics, self.unlisted)
    }
}

impl Extend<Diagnostic> for Found {
    fn extend<T: IntoIterator<Item = Diagnostic>>(&mut self, iter: T) {
        for diagnostic in iter {
            self.push(diagnostic);
        }
    }
}
