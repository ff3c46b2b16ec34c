//! The catalogue editor's state: a draft of the catalogue, its live problems, undo and redo,
//! and what saving needs to know (the header comment to keep, comments that a rewrite would
//! lose, the text last written, so the file watcher does not mistake our own save for a
//! change). Drawing is in `panels/editor.rs`.

use crate::catalogue::save::{has_inner_comments, leading_comments, to_ron};
use crate::catalogue::validate::{Locator, Problem, validate_awaiting};
use crate::catalogue::{Catalogue, DiagnosticKind, Severity, Shoe, folder_of};
use crate::files::{Plan, Version};
use crate::pictures::Fault;
use crate::units::slugify;
use crate::words::Say;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use web_time::Instant;

mod pictures;
mod saving;
pub use pictures::read_import;
pub use saving::{CatalogueSave, CatalogueSaved, SaveError};

/// Edits to the same shoe closer together than this are one step of undo (typing a word).
const COALESCE: Duration = Duration::from_millis(800);
const UNDO_DEPTH: usize = 200;

/// What went wrong in the editor, with the reason as the file system or the picture reader
/// gave it; the window says which in its own words.
#[derive(Debug, Clone, PartialEq)]
pub enum Trouble {
    /// The draft was not saved, and why.
    NotSaved(Say),
    /// A picture was not imported, and why.
    PictureRefused(Say),
}

/// Columns the shoe table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// The order of the file.
    File,
    /// The worst problem first.
    Problems,
    /// The id, letter by letter.
    Id,
    /// The brand, whatever the case.
    Brand,
    /// The model, whatever the case.
    Model,
    /// Neutral, then stability, then motion control.
    Support,
    /// The lightest first.
    Weight,
    /// The cheapest first; shoes without a price last.
    Price,
}

/// The catalogue editor: a draft of the catalogue file being edited, what is wrong with it,
/// the table's filter and order, and the history for undo.
pub struct Editor {
    /// The catalogue file the draft saves to; a save elsewhere moves it there.
    path: PathBuf,
    /// The catalogue as edited, saved or not.
    draft: Catalogue,
    /// What the checks find in the draft now, errors and warnings.
    problems: Vec<Problem>,
    /// The shoe in the form, by its index in the draft; none when no shoe is chosen.
    selected: Option<usize>,
    /// The table shows only shoes whose id or name holds this text (any case); empty shows
    /// them all.
    filter: String,
    /// The column the table is sorted by.
    sort: SortBy,
    /// The table's order is turned round.
    descending: bool,
    /// The comment block at the top of the file, written back as it was.
    header: String,
    /// The file has comments beyond its header, which a save cannot keep.
    inner_comments: bool,
    /// The user has agreed to lose them.
    comments_accepted: bool,
    /// What went wrong with the last save or picture import, shown above the table until
    /// the next save works.
    trouble: Option<Trouble>,
    undo: Vec<Catalogue>,
    redo: Vec<Catalogue>,
    last_edit: Option<(usize, Instant)>,
    saved: Catalogue,
    /// The file as this editor last read or wrote it: a save replaces only that version
    /// unasked, and the watcher tells our own save from someone else's by it.
    disk: Option<Version>,
    /// The version on disk the user was last asked about, so one change is asked about once.
    told: Option<Version>,
    /// The text this editor last wrote, where the warnings of the saved file are placed.
    written_text: Option<String>,
    /// Pictures imported since the last save, by the path they will have in the catalogue's
    /// folder, waiting in a folder of their own: they join the catalogue when it is saved,
    /// never before and never over a file, and vanish with the editor if it is discarded.
    awaiting: BTreeMap<String, PathBuf>,
    waiting_room: Option<tempfile::TempDir>,
    /// Where imported pictures wait instead, when the window keeps drafts against a crash:
    /// its recovery folder, so a picture travels with the draft.
    pictures_folder: Option<PathBuf>,
    /// A number no other state of any editor has had: what the draft's recovery file
    /// follows.
    version: u64,
    /// Whether the draft differs from the file, as found at a version: the draft is
    /// compared shoe by shoe once per change, not once per frame.
    dirty: std::cell::Cell<Option<(u64, bool)>>,
}

/// Hands out editor versions, never the same twice.
static VERSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// What the editor holds, read from outside.
impl Editor {
    /// The catalogue file the draft saves to; a save elsewhere moves it there.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The catalogue as edited, saved or not.
    pub fn draft(&self) -> &Catalogue {
        &self.draft
    }

    /// What the checks find in the draft now, errors and warnings.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The shoe in the form, by its index in the draft; none when no shoe is chosen.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The table shows only shoes whose id or name holds this text (any case); empty shows
    /// them all.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The column the table is sorted by.
    pub fn sort(&self) -> SortBy {
        self.sort
    }

    /// The table's order is turned round.
    pub fn descending(&self) -> bool {
        self.descending
    }

    /// The comment block at the top of the file, written back as it was.
    pub fn header(&self) -> &str {
        &self.header
    }

    /// The file has comments beyond its header, which a save cannot keep.
    pub fn inner_comments(&self) -> bool {
        self.inner_comments
    }

    /// The user has agreed to lose them.
    pub fn comments_accepted(&self) -> bool {
        self.comments_accepted
    }

    /// What went wrong with the last save or picture import, shown above the table until
    /// the next save works.
    pub fn trouble(&self) -> Option<&Trouble> {
        self.trouble.as_ref()
    }

    /// The file as this editor last read or wrote it: a save replaces only that version
    /// unasked, and the watcher tells our own save from someone else's by it.
    pub fn disk(&self) -> Option<&Version> {
        self.disk.as_ref()
    }

    /// The text this editor last wrote, where the warnings of the saved file are placed.
    pub fn written_text(&self) -> Option<&str> {
        self.written_text.as_deref()
    }

    /// A number no other state of any editor has had: what the draft's recovery file
    /// follows.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Chooses the shoe at `index` of the draft for the form; none clears the choice.
    pub fn choose(&mut self, index: Option<usize>) {
        self.selected = index;
    }

    /// Shows only the shoes whose id or name holds `filter` (any case).
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
    }

    /// Says what went wrong with the last save or picture import; none clears it.
    pub fn set_trouble(&mut self, trouble: Option<Trouble>) {
        self.trouble = trouble;
    }

    /// The user agreed to lose the comments beyond the file's header.
    pub fn accept_comments(&mut self) {
        self.comments_accepted = true;
    }

    /// Notes the version on disk the user was just asked about.
    pub fn tell(&mut self, told: Option<Version>) {
        self.told = told;
    }
}

impl Editor {
    /// An editor on `catalogue`, read from `path` (whose text gives the header and comments).
    pub fn new(path: &Path, catalogue: Catalogue) -> Editor {
        let text = crate::catalogue::read_text(path).ok();
        let disk = text
            .as_deref()
            .and_then(|_| Version::of(path).ok().flatten());
        let header = text
            .as_deref()
            .map(leading_comments)
            .unwrap_or_default()
            .to_string();
        let inner_comments = text.as_deref().is_some_and(has_inner_comments);
        let mut editor = Editor {
            path: path.to_path_buf(),
            saved: catalogue.clone(),
            draft: catalogue,
            problems: Vec::new(),
            selected: None,
            filter: String::new(),
            sort: SortBy::File,
            descending: false,
            header,
            inner_comments,
            comments_accepted: false,
            trouble: None,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            disk,
            told: None,
            written_text: None,
            awaiting: BTreeMap::new(),
            waiting_room: None,
            pictures_folder: None,
            version: 0,
            dirty: std::cell::Cell::new(None),
        };
        editor.revalidate();
        editor
    }

    /// An editor on a draft of `path` brought back after a crash: `saved` is the file as it
    /// reads now (none when it is gone or broken, so that the draft counts as unsaved).
    pub fn restored(
        path: &Path,
        saved: Option<Catalogue>,
        draft: Catalogue,
        header: String,
    ) -> Editor {
        let saved = saved.unwrap_or_else(|| Catalogue {
            format: crate::catalogue::FORMAT,
            name: None,
            currency: None,
            shoes: Vec::new(),
            size_charts: Vec::new(),
        });
        let mut editor = Editor::new(path, saved);
        editor.draft = draft;
        editor.header = header;
        editor.revalidate();
        editor
    }

    /// Whether the draft differs from the file as last read or saved.
    pub fn is_dirty(&self) -> bool {
        match self.dirty.get() {
            Some((version, dirty)) if version == self.version => dirty,
            _ => {
                let dirty = self.draft != self.saved;
                self.dirty.set(Some((self.version, dirty)));
                dirty
            }
        }
    }

    /// Checks the draft again after any change to it (or to what it is saved against).
    pub fn revalidate(&mut self) {
        self.version = VERSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let awaiting: Vec<&str> = self.awaiting.keys().map(String::as_str).collect();
        self.problems = validate_awaiting(&self.draft, Some(&folder_of(&self.path)), &awaiting);
        self.duplicates_on_the_chosen_shoe();
    }

    /// A duplicate id is the shoe being edited's to put right, not the untouched one's that
    /// the check, reading in file order, finds second.
    fn duplicates_on_the_chosen_shoe(&mut self) {
        let Some(chosen) = self.selected.filter(|&i| i < self.draft.shoes.len()) else {
            return;
        };
        let shoes = &self.draft.shoes;
        for problem in &mut self.problems {
            if problem.kind == DiagnosticKind::DuplicateId
                && let Locator::Shoe { index, field } = problem.at
                && index != chosen
                && shoes
                    .get(index)
                    .is_some_and(|shoe| shoe.id == shoes[chosen].id)
            {
                problem.related = Some(Locator::Shoe { index, field });
                problem.at = Locator::Shoe {
                    index: chosen,
                    field,
                };
            }
        }
    }

    /// How many of the draft's problems are errors, which keep a saved file from loading.
    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// Whether some shoe has a problem of `severity`.
    pub fn has_shoe_with(&self, severity: Severity) -> bool {
        self.problems
            .iter()
            .any(|p| p.severity == severity && matches!(p.at, Locator::Shoe { .. }))
    }

    /// The next shoe after the chosen one (round to the first) with a problem of
    /// `severity`, for stepping through them.
    pub fn next_with(&self, severity: Severity) -> Option<usize> {
        let mut shoes: Vec<usize> = self
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .filter_map(|p| match p.at {
                Locator::Shoe { index, .. } => Some(index),
                Locator::Catalogue(_) => None,
            })
            .collect();
        shoes.sort_unstable();
        shoes.dedup();
        let after = self.selected;
        shoes
            .iter()
            .copied()
            .find(|&i| after.is_none_or(|chosen| i > chosen))
            .or_else(|| shoes.first().copied())
    }

    /// The problems of one shoe, or of one of its fields.
    pub fn problems_of(&self, index: usize, field: Option<&str>) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(move |p| match p.at {
            Locator::Shoe { index: i, field: f } => i == index && (field.is_none() || f == field),
            Locator::Catalogue(_) => false,
        })
    }

    /// The worst problem of a shoe, for the table.
    pub fn worst(&self, index: usize) -> Option<Severity> {
        self.problems_of(index, None).map(|p| p.severity).max()
    }

    /// Records the draft as it was before an edit of shoe `index` (or of the list, with
    /// `None`), for undo.
    pub fn before_edit(&mut self, before: Catalogue, shoe: Option<usize>) {
        let now = Instant::now();
        let coalesce = matches!((shoe, self.last_edit), (Some(i), Some((j, at))) if i == j && now - at < COALESCE);
        if !coalesce {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.last_edit = shoe.map(|i| (i, now));
        self.redo.clear();
        self.revalidate();
    }

    /// Whether there is a change to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a change taken back to make again.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Takes back the last change to the draft, if any.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undo.pop() {
            self.redo.push(std::mem::replace(&mut self.draft, previous));
            self.after_history_step();
        }
    }

    /// Makes again the change last taken back, if any.
    pub fn redo(&mut self) {
        if let Some(next) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.draft, next));
            self.after_history_step();
        }
    }

    fn after_history_step(&mut self) {
        self.last_edit = None;
        if self.selected.is_some_and(|i| i >= self.draft.shoes.len()) {
            self.selected = self.draft.shoes.len().checked_sub(1);
        }
        self.revalidate();
    }

    /// Sorts the table by `by`; by the same column again, the other way round.
    pub fn sort_by(&mut self, by: SortBy) {
        if self.sort == by {
            self.descending = !self.descending;
        } else {
            self.sort = by;
            self.descending = false;
        }
    }

    /// The shoe at `index` as the form left it, a step to undo.
    pub fn change_shoe(&mut self, index: usize, shoe: Shoe) {
        if index >= self.draft.shoes.len() || self.draft.shoes[index] == shoe {
            return;
        }
        let previous = self.draft.clone();
        self.draft.shoes[index] = shoe;
        self.before_edit(previous, Some(index));
    }

    /// Adds a new shoe with a free id and selects it: its brand and model empty, flagged as
    /// the required fields they are, rather than filled with words that look like values.
    pub fn add(&mut self) {
        let before = self.draft.clone();
        let shoe = Shoe {
            id: self.free_id("new-shoe"),
            brand: String::new(),
            model: String::new(),
            ..Shoe::plain()
        };
        self.draft.shoes.push(shoe);
        self.selected = Some(self.draft.shoes.len() - 1);
        self.before_edit(before, None);
    }

    /// Copies the selected shoe under a free id, right after it.
    pub fn duplicate(&mut self) {
        let Some(index) = self.selected.filter(|&i| i < self.draft.shoes.len()) else {
            return;
        };
        let before = self.draft.clone();
        let mut copy = self.draft.shoes[index].clone();
        copy.id = self.free_id(&format!("{}-copy", copy.id));
        self.draft.shoes.insert(index + 1, copy);
        self.selected = Some(index + 1);
        self.before_edit(before, None);
    }

    /// Deletes the selected shoe and selects the one that takes its place, else the new last
    /// one.
    pub fn delete(&mut self) {
        let Some(index) = self.selected.filter(|&i| i < self.draft.shoes.len()) else {
            return;
        };
        let before = self.draft.clone();
        self.draft.shoes.remove(index);
        self.selected = if self.draft.shoes.is_empty() {
            None
        } else {
            Some(index.min(self.draft.shoes.len() - 1))
        };
        self.before_edit(before, None);
    }

    fn free_id(&self, base: &str) -> String {
        let base = slugify(base);
        let taken = |id: &str| self.draft.shoes.iter().any(|s| s.id == id);
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or(base)
    }

    /// Shoe indexes in table order: filtered, then sorted.
    pub fn rows(&self) -> Vec<usize> {
        let needle = self.filter.trim().to_lowercase();
        let mut rows: Vec<usize> = (0..self.draft.shoes.len())
            .filter(|&i| {
                let shoe = &self.draft.shoes[i];
                needle.is_empty() || shoe.matches(&needle)
            })
            .collect();
        let shoes = &self.draft.shoes;
        match self.sort {
            SortBy::File => {}
            SortBy::Problems => rows.sort_by_key(|&i| std::cmp::Reverse(self.worst(i))),
            SortBy::Id => rows.sort_by(|&a, &b| shoes[a].id.cmp(&shoes[b].id)),
            SortBy::Brand => rows.sort_by(|&a, &b| {
                shoes[a]
                    .brand
                    .to_lowercase()
                    .cmp(&shoes[b].brand.to_lowercase())
            }),
            SortBy::Model => rows.sort_by(|&a, &b| {
                shoes[a]
                    .model
                    .to_lowercase()
                    .cmp(&shoes[b].model.to_lowercase())
            }),
            SortBy::Support => rows.sort_by_key(|&i| shoes[i].support),
            SortBy::Weight => {
                rows.sort_by(|&a, &b| shoes[a].weight_g.total_cmp(&shoes[b].weight_g))
            }
            SortBy::Price => rows.sort_by(|&a, &b| {
                shoes[a]
                    .price
                    .unwrap_or(f64::MAX)
                    .total_cmp(&shoes[b].price.unwrap_or(f64::MAX))
            }),
        }
        if self.descending {
            rows.reverse();
        }
        rows
    }
}
