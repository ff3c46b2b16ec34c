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
use std::time::{Duration, Instant};

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

/// Why the editor's draft was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// An imported picture could not be placed beside the catalogue.
    #[error("the picture {image} could not be placed: {error}")]
    Picture {
        /// Where it was to go, as the catalogue names it.
        image: String,
        /// Why not.
        error: crate::files::WriteError,
    },
    /// Every name for an imported picture is taken.
    #[error("no free name for the picture {0}")]
    NoFreeName(String),
    /// The catalogue file could not be written.
    #[error(transparent)]
    Write(crate::files::WriteError),
}

impl SaveError {
    /// Why the draft was not saved, to be put into words.
    pub fn said(&self) -> Say {
        match self {
            SaveError::Picture { image, error } => Say::new("editor-picture-not-placed")
                .text("image", image.as_str())
                .says("error", vec![error.said()]),
            SaveError::NoFreeName(image) => {
                Say::new("editor-no-free-name").text("image", image.as_str())
            }
            SaveError::Write(error) => error.said(),
        }
    }
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

    /// The version on disk the user was last asked about, so one change is asked about once.
    pub fn told(&self) -> Option<&Version> {
        self.told.as_ref()
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

    /// Where an imported picture waits until the catalogue is saved, by the path the
    /// catalogue gives it.
    pub fn awaiting_picture(&self, image: &str) -> Option<&Path> {
        self.awaiting.get(image).map(PathBuf::as_path)
    }

    /// Every imported picture waiting for a save: the path the catalogue gives it, and
    /// where it waits.
    pub fn awaiting(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.awaiting
            .iter()
            .map(|(image, kept)| (image.as_str(), kept.as_path()))
    }

    /// Pictures imported from now on wait in `folder` (the window's recovery folder).
    pub fn keep_pictures_in(&mut self, folder: PathBuf) {
        self.pictures_folder = Some(folder);
    }

    /// Pictures of a restored draft, waiting where they were copied, by the path the
    /// catalogue gives each.
    pub fn restore_pictures(&mut self, pictures: Vec<(String, PathBuf)>) {
        self.awaiting.extend(pictures);
        self.revalidate();
    }

    /// Imports the picture at `source` for shoe `index`: checked as loading checks pictures,
    /// then kept aside under a new path in the catalogue's `images/` folder (`<id>.png`,
    /// else `<id>-2.png`...), which the shoe is given now and the file at the next save.
    pub fn import_picture(&mut self, index: usize, source: &Path) -> Result<(), Say> {
        let bytes = read_import(source)?;
        self.import_bytes(index, &bytes)
    }

    /// Gives shoe `index` the picture in `bytes` (read by [`read_import`]), kept aside
    /// until the next save under a new path in the catalogue's `images/` folder.
    pub fn import_bytes(&mut self, index: usize, bytes: &[u8]) -> Result<(), Say> {
        let Some(shoe) = self.draft.shoes.get(index) else {
            return Err(Say::new("editor-no-shoe-chosen"));
        };
        let extension = crate::pictures::extension_of(bytes);
        let name = slugify(&shoe.id);
        let folder = folder_of(&self.path);
        let free = |relative: &String| {
            !folder.join(relative).exists() && !self.awaiting.contains_key(relative)
        };
        let relative = std::iter::once(format!("images/{name}.{extension}"))
            .chain((2..).map(|n| format!("images/{name}-{n}.{extension}")))
            .find(free)
            .unwrap_or_default();
        let waiting = self.keep_aside(bytes, extension)?;
        self.awaiting.insert(relative.clone(), waiting);
        let before = self.draft.clone();
        self.draft.shoes[index].image = Some(relative);
        self.before_edit(before, Some(index));
        Ok(())
    }

    /// Keeps an imported picture's `bytes` aside until the next save: in the window's
    /// recovery folder when it has one, else in a temporary folder of the editor's.
    fn keep_aside(&mut self, bytes: &[u8], extension: &str) -> Result<PathBuf, Say> {
        let failed = |error: std::io::Error| {
            Say::new("editor-picture-not-kept").text("reason", error.to_string())
        };
        let folder = match &self.pictures_folder {
            Some(folder) => {
                std::fs::create_dir_all(folder).map_err(failed)?;
                folder.clone()
            }
            None => {
                if self.waiting_room.is_none() {
                    self.waiting_room = Some(
                        tempfile::Builder::new()
                            .prefix("shoe-selector-pictures-")
                            .tempdir()
                            .map_err(failed)?,
                    );
                }
                self.waiting_room
                    .as_ref()
                    .map(|room| room.path().to_path_buf())
                    .unwrap_or_default()
            }
        };
        let (_, kept) = tempfile::Builder::new()
            .prefix("picture-")
            .suffix(&format!(".{extension}"))
            .tempfile_in(&folder)
            .and_then(|mut file| {
                std::io::Write::write_all(file.as_file_mut(), bytes)?;
                file.keep().map_err(|error| error.error)
            })
            .map_err(failed)?;
        Ok(kept)
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
                needle.is_empty()
                    || shoe.id.contains(&needle)
                    || shoe.name().to_lowercase().contains(&needle)
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

    /// Makes ready to write the draft as it is now to `path` (its own file or a new one) as
    /// `plan` says; [`CatalogueSave::write`] writes it off the frame and
    /// [`Editor::saved`] takes in how it went. The caller has made sure the user agreed to
    /// errors and lost comments.
    pub fn save(&self, path: &Path, plan: &Plan) -> CatalogueSave {
        CatalogueSave {
            path: path.to_path_buf(),
            plan: plan.clone(),
            catalogue: self.draft.clone(),
            header: self.header.clone(),
            awaiting: self.awaiting.clone(),
        }
    }

    /// Takes in how a save went: the pictures placed leave the waiting room (and the draft
    /// follows a picture placed under another name); written, the draft as saved is what
    /// "unsaved" is measured against, even if it changed meanwhile. Where the version
    /// replaced is kept, if it was.
    pub fn saved(&mut self, done: CatalogueSaved) -> Result<Option<PathBuf>, SaveError> {
        let CatalogueSaved {
            path,
            catalogue,
            text,
            placed,
            unused,
            result,
        } = done;
        for (image, put) in &placed {
            if let Some(kept) = self.awaiting.remove(image) {
                self.drop_kept(&kept);
            }
            if put != image {
                for shoe in &mut self.draft.shoes {
                    if shoe.image.as_deref() == Some(image.as_str()) {
                        shoe.image = Some(put.clone());
                    }
                }
            }
        }
        let outcome = match result {
            Ok(written) => {
                // Pictures imported and then undone before the save are not kept.
                for image in unused {
                    if let Some(kept) = self.awaiting.remove(&image) {
                        self.drop_kept(&kept);
                    }
                }
                self.saved = catalogue;
                self.path = path;
                self.disk = Some(written.version);
                self.told = None;
                self.written_text = Some(text);
                self.inner_comments = false;
                self.trouble = None;
                Ok(written.backup)
            }
            Err(error) => {
                self.trouble = Some(Trouble::NotSaved(error.said()));
                Err(error)
            }
        };
        self.revalidate();
        outcome
    }

    /// Deletes a picture kept aside, when it is in the window's recovery folder (a
    /// temporary folder goes by itself).
    fn drop_kept(&self, kept: &Path) {
        if self
            .pictures_folder
            .as_ref()
            .is_some_and(|folder| kept.starts_with(folder))
        {
            let _ = std::fs::remove_file(kept);
        }
    }

    /// Whether the file on disk is what this editor last read or wrote.
    pub fn disk_matches(&self) -> bool {
        let now = Version::of(&self.path).ok().flatten();
        match (&self.disk, &now) {
            (Some(read), Some(now)) => read.same_content(now),
            (None, None) => true,
            _ => false,
        }
    }

    /// Whether the file on disk is a version the user was already asked about.
    pub fn disk_told(&self) -> bool {
        let now = Version::of(&self.path).ok().flatten();
        matches!((&self.told, &now), (Some(told), Some(now)) if told.same_content(now))
    }
}

/// A save of the draft, made ready in the frame and written off it.
#[derive(Debug)]
pub struct CatalogueSave {
    path: PathBuf,
    plan: Plan,
    /// The draft as it was when the save was asked for.
    catalogue: Catalogue,
    header: String,
    /// The pictures imported and waiting, by the path the catalogue gives each.
    awaiting: BTreeMap<String, PathBuf>,
}

/// How a save went.
#[derive(Debug)]
pub struct CatalogueSaved {
    path: PathBuf,
    /// The draft as written, pictures placed under new names following.
    catalogue: Catalogue,
    /// The text written.
    text: String,
    /// Each picture placed beside the catalogue: the path it had and the one it got.
    placed: Vec<(String, String)>,
    /// Pictures that waited but no shoe of the saved draft uses.
    unused: Vec<String>,
    result: Result<crate::files::Written, SaveError>,
}

impl CatalogueSave {
    /// Writes the draft, on whichever thread: first the pictures it uses that wait, each
    /// under its own path in the catalogue's folder or a new free one if a file has appeared
    /// there (never over a file), so a catalogue never names a picture that is not there
    /// yet; then the catalogue through the one write path.
    pub fn write(self) -> CatalogueSaved {
        let CatalogueSave {
            path,
            plan,
            mut catalogue,
            header,
            mut awaiting,
        } = self;
        let folder = folder_of(&path);
        let mut placed = Vec::new();
        let mut outcome = Ok(());
        for index in 0..catalogue.shoes.len() {
            let Some(image) = catalogue.shoes[index].image.clone() else {
                continue;
            };
            let Some(waiting) = awaiting.remove(&image) else {
                continue;
            };
            match place(&folder, &image, &waiting) {
                Ok(put) => {
                    for shoe in &mut catalogue.shoes {
                        if shoe.image.as_deref() == Some(image.as_str()) {
                            shoe.image = Some(put.clone());
                        }
                    }
                    placed.push((image, put));
                }
                Err(error) => {
                    outcome = Err(error);
                    break;
                }
            }
        }
        let text = to_ron(&catalogue, &header);
        let result = outcome.and_then(|()| {
            crate::files::write(&path, text.as_bytes(), &plan).map_err(SaveError::Write)
        });
        CatalogueSaved {
            path,
            catalogue,
            text,
            placed,
            unused: awaiting.into_keys().collect(),
            result,
        }
    }
}

/// Copies the picture waiting at `waiting` into `folder` under `image`, or the first free
/// `STEM-N.EXT` if a file is there; the path it got.
fn place(folder: &Path, image: &str, waiting: &Path) -> Result<String, SaveError> {
    let (stem, extension) = image.rsplit_once('.').unwrap_or((image, "png"));
    for candidate in std::iter::once(image.to_string())
        .chain((2..100).map(|n| format!("{stem}-{n}.{extension}")))
    {
        let target = folder.join(&candidate);
        if target.exists() {
            continue;
        }
        crate::files::copy_new(&target, waiting).map_err(|error| SaveError::Picture {
            image: candidate.clone(),
            error,
        })?;
        return Ok(candidate);
    }
    Err(SaveError::NoFreeName(image.to_string()))
}

/// The picture at `source`, checked as loading checks pictures (it decodes), for
/// [`Editor::import_bytes`]: slow for a large picture, so read off the frame.
pub fn read_import(source: &Path) -> Result<Vec<u8>, Say> {
    let name = source.display().to_string();
    crate::pictures::read_picture(source, 64).map_err(|fault| fault.said(&name))?;
    std::fs::read(source).map_err(|error| Fault::Unreadable(error.to_string()).said(&name))
}
