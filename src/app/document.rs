//! The catalogue on screen: the file it came from (or the built-in sample), its warnings, the
//! errors of a file that failed to load, a catalogue being read in the background, the watch
//! on its file and the editor's draft of it.

use super::editor::Editor;
use super::watch::FileWatch;
use crate::catalogue::{
    Catalogue, Diagnostic, ParseOutcome, Position, Shoe, load_catalogue, locate,
};
use crate::words::Say;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use web_time::Instant;

/// Catalogue files up to this size are read before the first frame, so the results are
/// there at once; larger ones load in the background with a progress indicator.
const READ_AT_ONCE_BYTES: u64 = 2 * 1024 * 1024;

/// How many of a file's errors the banner lists; the rest are counted.
pub const BANNER_ERRORS: usize = 5;

/// Whether the catalogue at `path` is large enough to be read in the background.
pub(super) fn reads_in_background(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > READ_AT_ONCE_BYTES)
}

/// A draft being restored, with its pictures, until its file is read.
struct Restoring {
    draft: super::recovery::Draft,
    pictures: Vec<(String, PathBuf)>,
    pictures_folder: Option<PathBuf>,
}

/// A catalogue being read in the background.
pub struct Loading {
    /// The file being read.
    pub path: PathBuf,
    /// Its size.
    pub bytes: u64,
    /// When reading began.
    pub started: Instant,
    result: Receiver<ParseOutcome>,
}

/// What became of a file asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// A catalogue is on screen that was not before: rank it.
    Shown,
    /// Nothing changed on screen (still loading, or the file has errors and the last good
    /// catalogue stays).
    Kept,
}

/// The catalogue on screen and everything about its file.
#[derive(Default)]
pub struct Document {
    path: Option<PathBuf>,
    sample: bool,
    /// The catalogue on screen came over the network (the web page's): its path is the
    /// address it came from, and its pictures are addresses beside it.
    fetched: bool,
    catalogue: Option<Arc<Catalogue>>,
    warnings: Vec<Diagnostic>,
    /// The warnings as the list shows them: one row each, or one row for a warning that
    /// says the same of many shoes.
    warning_rows: Vec<WarningRow>,
    failed_load: Option<(PathBuf, Vec<Diagnostic>)>,
    /// Errors of that file found beyond those listed.
    failed_unlisted: usize,
    loading: Option<Loading>,
    watch: Option<FileWatch>,
    /// The pictures shown may be out of date: another file, or the file read again.
    pictures_stale: bool,
    editor: Option<Editor>,
    /// A draft brought back after a crash, waiting for its file to be read.
    restoring: Option<Restoring>,
    /// The version of the editor's draft last looked at to follow, and the catalogue then on
    /// screen (held weakly, so its address is not another's): a draft is compared with the
    /// catalogue on screen once per change of either, not once per frame.
    followed: Option<(u64, Option<std::sync::Weak<Catalogue>>)>,
}

impl Document {
    /// The catalogue on screen.
    pub fn catalogue(&self) -> Option<&Arc<Catalogue>> {
        self.catalogue.as_ref()
    }

    /// The file the catalogue on screen came from; none for the built-in sample.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the catalogue on screen is the built-in sample.
    pub fn is_sample(&self) -> bool {
        self.sample
    }

    /// Whether the catalogue on screen came over the network, from the address
    /// [`Document::path`] gives.
    pub fn is_fetched(&self) -> bool {
        self.fetched
    }

    /// Shows the catalogue fetched from `url` (its bytes, or why they did not come), or
    /// keeps the one on screen and says what is wrong, at `url`'s lines and columns.
    pub(super) fn take_fetched(
        &mut self,
        url: &str,
        fetched: Result<Vec<u8>, crate::catalogue::LoadError>,
    ) -> Taken {
        let outcome = crate::catalogue::parse_fetched(url, fetched);
        let taken = self.take(PathBuf::from(url), outcome, false);
        if taken == Taken::Shown {
            self.fetched = true;
        }
        taken
    }

    /// The warnings of the catalogue file on screen.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The rows of the warnings list: each warning, with those that say the same of many
    /// shoes grouped in one.
    pub fn warning_rows(&self) -> &[WarningRow] {
        &self.warning_rows
    }

    /// The errors of the last file that failed to load, until a file loads.
    pub fn failed_load(&self) -> Option<&(PathBuf, Vec<Diagnostic>)> {
        self.failed_load.as_ref()
    }

    /// Why the last file asked for did not load, as the banner and the web page's copy say
    /// it: the heading (saying whether the last good catalogue stays), its first errors, at
    /// most [`BANNER_ERRORS`], and how many more there are, in words.
    pub fn failed_said(&self) -> Option<(Say, Vec<&Diagnostic>, Option<Say>)> {
        let (path, diagnostics) = self.failed_load.as_ref()?;
        let id = if self.catalogue.is_some() {
            "frame-banner-errors-kept"
        } else {
            "frame-banner-errors"
        };
        let path = path.display().to_string();
        let mut errors = diagnostics.iter().filter(|d| d.is_error());
        let listed: Vec<&Diagnostic> = errors.by_ref().take(BANNER_ERRORS).collect();
        let more = errors.count() + self.failed_unlisted;
        let more = (more > 0).then(|| {
            Say::new("frame-banner-more")
                .num("count", more as f64)
                .text("path", path.as_str())
        });
        Some((Say::new(id).text("path", path), listed, more))
    }

    /// The catalogue being read in the background.
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    /// The editor, once opened on this catalogue.
    pub fn editor(&self) -> Option<&Editor> {
        self.editor.as_ref()
    }

    pub(super) fn editor_mut(&mut self) -> Option<&mut Editor> {
        self.editor.as_mut()
    }

    /// Whether the editor holds edits not yet saved.
    pub fn has_unsaved_edits(&self) -> bool {
        // A draft being restored is unsaved work too: nothing may drop it unasked.
        self.restoring.is_some() || self.editor.as_ref().is_some_and(Editor::is_dirty)
    }

    /// Whether a draft brought back after a crash waits for its file to be read.
    pub(super) fn is_restoring(&self) -> bool {
        self.restoring.is_some()
    }

    /// The shoe with this id in the catalogue on screen.
    pub fn shoe(&self, id: &str) -> Option<&Shoe> {
        self.catalogue.as_ref()?.shoes.iter().find(|s| s.id == id)
    }

    /// Shows the built-in sample catalogue: no file behind it, its pictures from the program.
    pub(super) fn show_sample(&mut self) -> Taken {
        match crate::sample::catalogue() {
            Ok(catalogue) => {
                self.watch = None;
                self.pictures_stale = true;
                self.editor = None;
                self.catalogue = Some(Arc::new(catalogue));
                self.path = None;
                self.sample = true;
                self.fetched = false;
                self.set_warnings(Vec::new());
                self.failed_load = None;
                Taken::Shown
            }
            // The tests hold the sample to loading; should it not, say so like any file.
            Err(diagnostics) => {
                self.failed_load = Some((PathBuf::from(crate::sample::NAME), diagnostics));
                Taken::Kept
            }
        }
    }

    /// Opens a catalogue: at once when it is small or there is no window to wake, else in
    /// the background (`ctx` wakes the window when it is done). `editing` opens the editor
    /// on it.
    pub(super) fn open(
        &mut self,
        path: PathBuf,
        ctx: Option<&egui::Context>,
        editing: bool,
    ) -> Taken {
        // A catalogue asked for now supersedes one still being read: that one, arriving
        // later, would replace this one and its editor.
        self.loading = None;
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        match ctx {
            Some(ctx) if bytes > READ_AT_ONCE_BYTES => {
                self.read_in_background(path, bytes, ctx);
                Taken::Kept
            }
            _ => {
                let outcome = load_catalogue(&path);
                self.take(path, outcome, editing)
            }
        }
    }

    fn read_in_background(&mut self, path: PathBuf, bytes: u64, ctx: &egui::Context) {
        let (tx, result) = channel();
        let ctx = ctx.clone();
        let job = path.clone();
        let spawned = std::thread::Builder::new()
            .name("catalogue".into())
            .spawn(move || {
                let _ = tx.send(load_catalogue(&job));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.loading = Some(Loading {
                    path,
                    bytes,
                    started: Instant::now(),
                    result,
                });
            }
            Err(error) => {
                let said = Say::new("load-cannot-start").text("reason", error.to_string());
                let diagnostic = Diagnostic::error(&path, Position::START, said);
                self.failed_load = Some((path, vec![diagnostic]));
            }
        }
    }

    /// Reads the open catalogue again: a large one in the background, as when opened, the
    /// one on screen staying until it is in.
    pub(super) fn reload(&mut self, ctx: Option<&egui::Context>, editing: bool) -> Taken {
        if self.sample {
            self.show_sample()
        } else if let Some(path) = self.path.clone() {
            self.pictures_stale = true;
            self.open(path, ctx, editing)
        } else {
            Taken::Kept
        }
    }

    /// Stops waiting for a catalogue being read; the one on screen stays.
    pub(super) fn cancel_loading(&mut self) {
        self.loading = None;
        // A draft waiting for its file opens at once, all of it counted unsaved.
        if let Some(file) = self.restoring.as_ref().map(|r| r.draft.file.clone()) {
            self.open_restored(&file, None);
        }
    }

    /// Shows a freshly read catalogue, or keeps the last good one and says what is wrong.
    pub(super) fn take(&mut self, path: PathBuf, outcome: ParseOutcome, editing: bool) -> Taken {
        self.failed_unlisted = outcome.unlisted.errors;
        match outcome.into_result() {
            Ok(loaded) => {
                let same_file = self.path.as_ref() == Some(&path);
                if !same_file {
                    self.watch = None;
                    self.pictures_stale = true;
                }
                // A new editor on the file read, unless one holds unsaved edits of it; in the
                // editor with none (its edits just discarded), one at once, never a blank.
                if self.editor.as_ref().is_none_or(|e| !e.is_dirty()) || !same_file {
                    self.editor = editing.then(|| Editor::new(&path, loaded.catalogue.clone()));
                }
                let saved = self
                    .restoring
                    .as_ref()
                    .is_some_and(|r| r.draft.file == path)
                    .then(|| loaded.catalogue.clone());
                self.catalogue = Some(Arc::new(loaded.catalogue));
                self.set_warnings(loaded.warnings);
                self.failed_load = None;
                self.open_restored(&path, saved);
                self.path = Some(path);
                self.sample = false;
                self.fetched = false;
                Taken::Shown
            }
            Err(diagnostics) => {
                if let Some(first) = diagnostics.first() {
                    tracing::warn!("{} did not load: {first}", path.display());
                }
                // A draft of a file that does not read is restored all the same.
                self.open_restored(&path, None);
                self.failed_load = Some((path, diagnostics));
                Taken::Kept
            }
        }
    }

    /// Takes in a catalogue read in the background, and watches the file. Says whether a
    /// catalogue came in and whether the file changed on disk.
    pub(super) fn poll(&mut self, ctx: &egui::Context, editing: bool) -> (Taken, bool) {
        let mut taken = Taken::Kept;
        if let Some(loading) = &self.loading
            && let Ok(outcome) = loading.result.try_recv()
        {
            let path = loading.path.clone();
            self.loading = None;
            taken = self.take(path, outcome, editing);
        }
        let mut changed = false;
        if let Some(path) = self.path.clone() {
            if self.watch.as_ref().is_none_or(|w| w.path != path) {
                self.watch = FileWatch::new(&path, ctx);
            }
            changed = self.watch.as_mut().is_some_and(|w| w.due(ctx));
        }
        (taken, changed)
    }

    /// The recommender follows the editor's draft whenever it has no errors, so an editor
    /// sees what a change does to the ranking before saving. Says whether it moved.
    pub(super) fn follow_the_draft(&mut self) -> Taken {
        let Some(editor) = &self.editor else {
            return Taken::Kept;
        };
        let version = editor.version();
        let same = |(followed, shown): &(u64, Option<std::sync::Weak<Catalogue>>)| {
            let same_shown = match (shown, &self.catalogue) {
                (Some(shown), Some(now)) => std::ptr::eq(shown.as_ptr(), Arc::as_ptr(now)),
                (None, None) => true,
                _ => false,
            };
            *followed == version && same_shown
        };
        if self.followed.as_ref().is_some_and(same) {
            return Taken::Kept;
        }
        let taken =
            if editor.error_count() == 0 && self.catalogue.as_deref() != Some(editor.draft()) {
                self.catalogue = Some(Arc::new(editor.draft().clone()));
                Taken::Shown
            } else {
                Taken::Kept
            };
        self.followed = Some((version, self.catalogue.as_ref().map(Arc::downgrade)));
        taken
    }

    /// Into the editor: a draft of the catalogue on screen, unless one is open.
    pub(super) fn start_editing(&mut self) {
        if self.editor.is_none()
            && let (Some(path), Some(catalogue)) = (&self.path, &self.catalogue)
        {
            self.editor = Some(Editor::new(path, Catalogue::clone(catalogue)));
        }
    }

    /// The editor on a restored draft of `file`, read as it is now.
    /// The editor on a restored draft of its file, as the file reads now (what the draft
    /// counts as unsaved against): a large file is read in the background (woken by `ctx`)
    /// and the editor opens once it is in. `pictures` wait in `pictures_folder`, should the
    /// window keep drafts.
    pub(super) fn restore_draft(
        &mut self,
        draft: super::recovery::Draft,
        pictures: Vec<(String, PathBuf)>,
        pictures_folder: Option<PathBuf>,
        ctx: Option<&egui::Context>,
    ) -> Taken {
        let file = draft.file.clone();
        self.restoring = Some(Restoring {
            draft,
            pictures,
            pictures_folder,
        });
        if file.is_file() {
            // Read as any catalogue is; the editor opens on the draft when it is in (see
            // `take`), and a catalogue being read for something else no longer counts.
            self.open(file, ctx, false)
        } else {
            self.open_restored(&file, None);
            Taken::Kept
        }
    }

    /// The editor on the draft being restored, when it is of `file`: counted unsaved against
    /// `saved` (the file as it reads now; none when it does not).
    fn open_restored(&mut self, file: &Path, saved: Option<Catalogue>) {
        let Some(restoring) = self.restoring.take_if(|r| r.draft.file == file) else {
            return;
        };
        let mut editor = Editor::restored(
            file,
            saved,
            restoring.draft.catalogue,
            restoring.draft.header,
        );
        if let Some(folder) = restoring.pictures_folder {
            editor.keep_pictures_in(folder);
        }
        editor.restore_pictures(restoring.pictures);
        self.editor = Some(editor);
    }

    /// Drops the editor and its unsaved edits.
    pub(super) fn discard_edits(&mut self) {
        self.editor = None;
        self.restoring = None;
    }

    /// Keeps the unsaved edits: this change on disk is not asked about again, and the next
    /// save asks before replacing it.
    pub(super) fn keep_edits(&mut self) {
        if let Some(editor) = &mut self.editor {
            let told = crate::files::Version::of(editor.path()).ok().flatten();
            editor.tell(told);
        }
    }

    /// After the editor saved to `path`: the file's warnings (the draft's, placed in the
    /// text just written; a file saved with errors does not load, and shows none, as on a
    /// reload), and the file is the one on screen.
    pub(super) fn saved_as(&mut self, path: PathBuf) {
        let warnings = match &self.editor {
            Some(editor) if editor.error_count() == 0 => match editor.written_text() {
                Some(text) => locate(text, &path, editor.draft(), editor.problems().to_vec()),
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        self.set_warnings(warnings);
        self.path = Some(path);
        self.failed_load = None;
    }

    fn set_warnings(&mut self, warnings: Vec<Diagnostic>) {
        self.warning_rows = group_warnings(&warnings);
        self.warnings = warnings;
    }

    /// Whether the pictures shown may be out of date since this was last asked.
    pub(super) fn take_pictures_stale(&mut self) -> bool {
        std::mem::take(&mut self.pictures_stale)
    }

    /// The name the window's title gives the catalogue.
    pub fn title_name(&self) -> Option<String> {
        if self.sample {
            Some(crate::sample::NAME.to_string())
        } else {
            self.path
                .as_deref()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
        }
    }
}

/// A row of the warnings list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningRow {
    /// One warning, by its place in the list of warnings.
    One(usize),
    /// A warning that says the same of `count` shoes, the first at `first`.
    Many {
        /// The first of them, by its place in the list of warnings.
        first: usize,
        /// How many warnings say it.
        count: usize,
    },
}

/// From this many shoes on, a warning that says the same of each is one row.
const GROUPED_FROM: usize = 3;

/// The rows of `warnings`: the same words about many shoes make one row, where the first of
/// them stands; the others a row each, in file order. Worked out once, when the warnings
/// change, not on every frame.
fn group_warnings(warnings: &[Diagnostic]) -> Vec<WarningRow> {
    let keys: Vec<String> = warnings.iter().map(|d| format!("{:?}", d.said)).collect();
    let mut counts: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    for (index, key) in keys.iter().enumerate() {
        counts.entry(key).or_insert((index, 0)).1 += 1;
    }
    keys.iter()
        .enumerate()
        .filter_map(|(index, key)| match counts[key.as_str()] {
            (first, count) if count >= GROUPED_FROM => {
                (first == index).then_some(WarningRow::Many { first, count })
            }
            _ => Some(WarningRow::One(index)),
        })
        .collect()
}
