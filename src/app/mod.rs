//! The desktop window. It holds the state, draws the panels and applies the user's commands
//! once per frame; every rule comes from the core, which it calls and draws.
//!
//! Panels: the runner's inputs and priorities on the left, the ranked shoes (or the ones left
//! out) in the middle, the chosen shoe's detail on the right, and a comparison window.

pub mod editor;
mod images;
pub mod log;
mod panels;
pub mod recovery;
pub mod settings;
mod theme;
mod watch;

use crate::catalogue::{
    Catalogue, Diagnostic, ParseOutcome, Shoe, folder_of, load_catalogue, locate,
};
use crate::recommend::what_if::{WhatIfs, what_ifs};
use crate::recommend::{Ranking, rank};
use editor::Editor;
use eframe::egui;
pub use images::Picture;
use images::{Pictures, Source};
pub use settings::Settings;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;
pub use theme::apply as apply_theme;
use watch::FileWatch;

/// Catalogue files up to this size are read before the first frame, so the results are
/// there at once; larger ones load in the background with a progress indicator.
const READ_AT_ONCE_BYTES: u64 = 2 * 1024 * 1024;

/// Catalogues up to this size get what-if explanations in the window: they rank the
/// catalogue once per changed input, a few milliseconds at this size (on two cores), so a
/// slider stays smooth.
pub const WHAT_IF_MAX_SHOES: usize = 5_000;

/// The most shoes that can be compared side by side.
pub const COMPARE_MAX: usize = 4;

/// What the window is for at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Finding shoes for a runner.
    Recommend,
    /// Editing the open catalogue.
    Edit,
}

/// A question the user must answer before the app goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// The draft has errors: a saved file would not load.
    SaveWithErrors(PathBuf),
    /// The file has comments beyond its header, which a rewrite loses.
    LoseComments(PathBuf),
    /// There are unsaved edits; do this and lose them?
    Discard(Box<Command>),
    /// The file changed on disk while there are unsaved edits.
    ChangedOnDisk,
    /// Saving would replace a file that changed on disk since it was read or saved here
    /// (by hand, or by another program), whether that change loads or not.
    OverwriteChanged(PathBuf),
    /// The fitting has a customer or shoes tried on that are not saved; do this and lose it?
    DiscardFitting(Box<Command>),
    /// The built-in sample cannot be edited in place: save a copy first?
    SampleIsBuiltIn,
    /// A draft or a fitting was left unsaved by a crash or a kill: restore it?
    RestoreLeftBehind,
}

/// Which list the middle of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Recommended,
    LeftOut,
}

/// Everything the user can ask for; collected while drawing, applied at the end of a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    OpenDialog,
    Open(PathBuf),
    Reload,
    Select(Option<String>),
    /// Move the selection up (-1) or down (+1) the visible list.
    MoveSelection(i32),
    ToggleCompare(String),
    ShowCompare(bool),
    ShowView(View),
    FocusSearch,
    /// Esc: close the comparison, or clear the search.
    Dismiss,
    /// Switch to the editor (true) or back to the recommender.
    Edit(bool),
    Save,
    SaveAs,
    /// Save to this file, the user having agreed to errors (`true`), lost comments and
    /// replacing a file changed on disk.
    SaveTo {
        path: PathBuf,
        errors_ok: bool,
        comments_ok: bool,
        changed_ok: bool,
    },
    Undo,
    Redo,
    /// Close the window.
    Quit,
    /// The open file changed on disk.
    FileChanged,
    /// Do this, dropping unsaved edits.
    Discarding(Box<Command>),
    /// Keep the edits and forget the change on disk.
    KeepEdits,
    /// Add a shoe to the fitting's "tried on" list.
    AddTried(String),
    SaveSession,
    /// Save the fitting session, then do this (when the save worked).
    SaveSessionThen(Box<Command>),
    /// Do this, dropping the unsaved fitting.
    DiscardingFitting(Box<Command>),
    OpenSession(PathBuf),
    /// Start a fitting for a new customer: inputs back to defaults.
    NewCustomer,
    WriteReport,
    ChooseSessionsFolder,
    ShowKneeHealth(bool),
    /// Open or close the list of the catalogue's warnings.
    ShowWarnings(bool),
    /// Open the editor on the shoe with this id.
    EditShoe(String),
    /// Stop waiting for a catalogue being read; the one on screen stays.
    CancelLoading,
    /// Ask for a picture for the editor's shoe at this index.
    ImportPictureDialog(usize),
    /// Import this picture for the editor's shoe at this index.
    ImportPicture(usize, PathBuf),
    /// Show the built-in sample catalogue.
    OpenSample,
    /// Ask for a folder and write the sample catalogue and its pictures there.
    SaveSampleDialog,
    /// Write the sample catalogue and its pictures into this folder and open the copy.
    SaveSample(PathBuf),
    /// Bring back the draft and the fitting a crash or a kill left unsaved.
    RestoreLeftBehind,
    /// Forget them.
    DiscardLeftBehind,
    /// Show where the log is kept.
    ShowLogFolder,
}

/// A catalogue being read in the background.
struct Loading {
    path: PathBuf,
    bytes: u64,
    started: Instant,
    result: Receiver<ParseOutcome>,
}

/// The whole state of the window.
pub struct ShoeApp {
    pub settings: Settings,
    /// The file the shown catalogue came from; none for the built-in sample.
    pub catalogue_path: Option<PathBuf>,
    /// The catalogue shown is the built-in sample.
    pub showing_sample: bool,
    pub catalogue: Option<Catalogue>,
    /// Warnings of the shown catalogue.
    pub warnings: Vec<Diagnostic>,
    /// Errors of the last file that failed to load; the banner shows them until it loads.
    pub failed_load: Option<(PathBuf, Vec<Diagnostic>)>,
    /// A one-off message for the user (e.g. saved inputs could not be read).
    pub notice: Option<String>,
    pub ranking: Ranking,
    /// The chosen shoe, by id, so it survives reloads.
    pub selected: Option<String>,
    pub compare: Vec<String>,
    pub compare_open: bool,
    pub view: View,
    pub search: String,
    focus_search: bool,
    loading: Option<Loading>,
    watch: Option<FileWatch>,
    pictures: Pictures,
    pub(crate) commands: Vec<Command>,
    shown_title: String,
    pub mode: Mode,
    /// The catalogue editor, once the user has opened it.
    pub editor: Option<Editor>,
    /// A question waiting for the user's answer.
    pub confirm: Option<Confirm>,
    /// The user agreed to close with unsaved edits.
    allow_close: bool,
    /// What-if explanations for the current ranking, put into words for the shoe shown.
    pub what_ifs: Option<WhatIfs>,
    /// The knee-health advice is open.
    pub knee_open: bool,
    /// The list of the catalogue's warnings is open.
    pub warnings_open: bool,
    /// The last word on the fitting session: saved, report written, or what went wrong.
    pub session_status: Option<String>,
    /// The file the fitting is saved in: the one it was opened from, or the one its first
    /// save chose. A new customer's fitting has none until it is saved.
    pub session_path: Option<PathBuf>,
    /// The fitting as last saved, opened or started: what "unsaved" is measured against.
    fitting_saved: crate::profile::Profile,
    /// Where unsaved changes are kept against a crash, once [`ShoeApp::keep_drafts_in`] is
    /// called (the window does; tests choose a folder of their own).
    recovery: Option<recovery::Recovery>,
    /// The editor version last handed to the recovery.
    draft_noted: Option<u64>,
    /// Unsaved changes are settled (saved or discarded): write the recovery now.
    drafts_settled: bool,
    /// The window saying where the log is, open.
    pub log_open: bool,
    /// What a crash or a kill left behind, waiting for the user's answer.
    pub left_behind: Option<recovery::LeftBehind>,
}

impl ShoeApp {
    /// The window's state for these settings, opening `catalogue` (or the last one, or the
    /// built-in sample).
    pub fn new(settings: Settings, catalogue: Option<PathBuf>) -> Self {
        let path = catalogue.or_else(|| settings.last_catalogue.clone().filter(|p| p.is_file()));
        let mut app = ShoeApp {
            settings,
            catalogue_path: None,
            showing_sample: false,
            catalogue: None,
            warnings: Vec::new(),
            failed_load: None,
            notice: None,
            ranking: Ranking::default(),
            selected: None,
            compare: Vec::new(),
            compare_open: false,
            view: View::Recommended,
            search: String::new(),
            focus_search: false,
            loading: None,
            watch: None,
            pictures: Pictures::default(),
            commands: Vec::new(),
            shown_title: String::new(),
            mode: Mode::Recommend,
            editor: None,
            confirm: None,
            allow_close: false,
            what_ifs: None,
            knee_open: false,
            warnings_open: false,
            session_status: None,
            session_path: None,
            fitting_saved: crate::profile::Profile::default(),
            recovery: None,
            draft_noted: None,
            drafts_settled: false,
            log_open: false,
            left_behind: None,
        };
        app.fitting_saved = app.settings.profile.clone();
        match path {
            Some(path) => app.open(path, None),
            None => app.show_sample(),
        }
        app
    }

    /// From now on unsaved changes are kept in `folder` against a crash; what an earlier run
    /// left there is offered back first.
    pub fn keep_drafts_in(&mut self, folder: PathBuf) {
        let recovery = recovery::Recovery::new(folder);
        let (draft, fitting) = recovery.left_behind();
        if draft.is_some() || fitting.is_some() {
            self.left_behind = Some((draft, fitting));
            self.confirm = Some(Confirm::RestoreLeftBehind);
        }
        self.recovery = Some(recovery);
    }

    /// What a panic calls to write the unsaved changes first.
    pub fn drafts_on_panic(&self) -> Option<impl Fn() + Send + Sync + 'static> {
        self.recovery.as_ref().map(recovery::Recovery::on_panic)
    }

    /// Hands the unsaved changes to the recovery, which writes them every few seconds (the
    /// window wakes up for it when the changes are not written yet).
    fn keep_drafts(&mut self, ctx: &egui::Context) {
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        // What waits to be restored is not written over.
        if self.left_behind.is_some() {
            return;
        }
        let version = self.editor.as_ref().map(|editor| editor.version);
        let draft = (version != self.draft_noted).then(|| {
            self.draft_noted = version;
            self.editor
                .as_ref()
                .filter(|editor| editor.is_dirty())
                .map(|editor| recovery::Draft {
                    file: editor.path.clone(),
                    header: editor.header.clone(),
                    catalogue: editor.draft.clone(),
                })
        });
        let profile = &self.settings.profile;
        let unsaved = (profile.customer.is_some() || !profile.tried.is_empty())
            && *profile != self.fitting_saved;
        let fitting = unsaved.then(|| recovery::Fitting {
            session: self.session_path.clone(),
            profile: profile.clone(),
        });
        recovery.note(draft, fitting);
        if let Some(due) = recovery.keep(std::mem::take(&mut self.drafts_settled)) {
            ctx.request_repaint_after(due);
        }
    }

    /// Brings back what a crash or a kill left unsaved: the draft in the editor, on its
    /// catalogue file as it reads now, and the fitting.
    fn restore_left_behind(&mut self) {
        let Some((draft, fitting)) = self.left_behind.take() else {
            return;
        };
        if let Some(found) = draft {
            let age = found.age();
            let draft = found.what;
            tracing::info!(
                "restored the draft of {} written {age}",
                draft.file.display()
            );
            // The file as it reads now is what the draft counts as unsaved against.
            let saved = if draft.file.is_file() {
                let outcome = load_catalogue(&draft.file);
                let loads = outcome.catalogue.is_some();
                self.take(draft.file.clone(), outcome);
                if loads { self.catalogue.clone() } else { None }
            } else {
                None
            };
            self.mode = Mode::Edit;
            self.editor = Some(Editor::restored(
                &draft.file,
                saved,
                draft.catalogue,
                draft.header,
            ));
        }
        if let Some(found) = fitting {
            tracing::info!("restored the fitting written {}", found.age());
            self.settings.profile = found.what.profile;
            self.session_path = found.what.session;
            self.rerank();
        }
    }

    /// For [`TEST_HOOK`]: the editor on the open catalogue with its first shoe's model
    /// changed to `model`, not saved.
    fn edit_for_a_test(&mut self, model: &str) {
        self.edit(true);
        if let Some(editor) = &mut self.editor
            && !editor.draft.shoes.is_empty()
        {
            let before = editor.draft.clone();
            editor.draft.shoes[0].model = model.to_string();
            editor.before_edit(before, Some(0));
        }
    }

    /// Shows the built-in sample catalogue: no file behind it, its pictures from the program.
    pub fn show_sample(&mut self) {
        match crate::sample::catalogue() {
            Ok(catalogue) => {
                self.watch = None;
                self.pictures.clear();
                self.editor = None;
                self.mode = Mode::Recommend;
                self.catalogue = Some(catalogue);
                self.catalogue_path = None;
                self.showing_sample = true;
                self.set_warnings(Vec::new());
                self.failed_load = None;
                self.settings.last_catalogue = None;
                self.keep_known_choices();
                self.rerank();
            }
            // The tests hold the sample to loading; should it not, say so like any file.
            Err(diagnostics) => {
                self.failed_load = Some((PathBuf::from(crate::sample::NAME), diagnostics));
            }
        }
    }

    /// Opens a catalogue: at once when it is small, else in the background (`ctx` wakes the
    /// window when it is done).
    pub fn open(&mut self, path: PathBuf, ctx: Option<&egui::Context>) {
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        match ctx {
            Some(ctx) if bytes > READ_AT_ONCE_BYTES => {
                let (tx, result) = channel();
                let ctx = ctx.clone();
                let job = path.clone();
                let spawned =
                    std::thread::Builder::new()
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
                        })
                    }
                    Err(error) => {
                        self.failed_load = Some((
                            path.clone(),
                            vec![Diagnostic::error(
                                &path,
                                crate::catalogue::Position::START,
                                format!("cannot start reading: {error}"),
                            )],
                        ))
                    }
                }
            }
            _ => {
                let outcome = load_catalogue(&path);
                self.take(path, outcome);
            }
        }
    }

    /// Reads the open catalogue again.
    pub fn reload(&mut self) {
        if self.showing_sample {
            self.show_sample();
        } else if let Some(path) = self.catalogue_path.clone() {
            self.pictures.clear();
            let outcome = load_catalogue(&path);
            self.take(path, outcome);
        }
    }

    /// Shows a freshly read catalogue, or keeps the last good one and says what is wrong.
    fn take(&mut self, path: PathBuf, outcome: ParseOutcome) {
        match outcome.into_result() {
            Ok(loaded) => {
                if self.catalogue_path.as_ref() != Some(&path) {
                    self.watch = None;
                    self.pictures.clear();
                }
                if self.editor.as_ref().is_some_and(|e| !e.is_dirty())
                    || self.catalogue_path.as_ref() != Some(&path)
                {
                    self.editor = (self.mode == Mode::Edit)
                        .then(|| Editor::new(&path, loaded.catalogue.clone()));
                }
                self.catalogue = Some(loaded.catalogue);
                self.set_warnings(loaded.warnings);
                self.failed_load = None;
                self.settings.remember(&path);
                self.catalogue_path = Some(path);
                self.showing_sample = false;
                self.keep_known_choices();
                self.rerank();
            }
            Err(diagnostics) => {
                if let Some(first) = diagnostics.first() {
                    tracing::warn!("{} did not load: {first}", path.display());
                }
                self.failed_load = Some((path, diagnostics));
            }
        }
    }

    /// Forgets chosen and compared shoes that are no longer in the catalogue.
    fn keep_known_choices(&mut self) {
        let Some(catalogue) = &self.catalogue else {
            return;
        };
        let known = |id: &String| catalogue.shoes.iter().any(|s| &s.id == id);
        if !self.selected.as_ref().is_some_and(known) {
            self.selected = None;
        }
        self.compare.retain(known);
    }

    pub fn rerank(&mut self) {
        self.ranking = match &self.catalogue {
            Some(catalogue) => rank(catalogue, &self.settings.profile, &self.settings.priorities),
            None => Ranking::default(),
        };
        // What-ifs rank the catalogue once per changed input: instant for a shop's catalogue,
        // left out for huge ones so every change stays instant.
        self.what_ifs = match &self.catalogue {
            Some(catalogue) if catalogue.shoes.len() <= WHAT_IF_MAX_SHOES => Some(what_ifs(
                catalogue,
                &self.settings.profile,
                &self.settings.priorities,
                &self.ranking,
                2,
            )),
            _ => None,
        };
    }

    pub fn shoe(&self, id: &str) -> Option<&Shoe> {
        self.catalogue.as_ref()?.shoes.iter().find(|s| s.id == id)
    }

    /// The shoes of the current view that match the search, as catalogue indexes in order.
    pub fn visible(&self) -> Vec<usize> {
        self.visible_rows()
            .into_iter()
            .map(|(shoe, _)| shoe)
            .collect()
    }

    /// The visible shoes with, for a recommended one, its place in the ranking, so a row
    /// finds its score without searching.
    pub fn visible_rows(&self) -> Vec<(usize, Option<usize>)> {
        let Some(catalogue) = &self.catalogue else {
            return Vec::new();
        };
        let needle = self.search.trim().to_lowercase();
        let matches = |index: usize| {
            let shoe = &catalogue.shoes[index];
            needle.is_empty()
                || shoe.name().to_lowercase().contains(&needle)
                || shoe.id.contains(&needle)
        };
        match self.view {
            View::Recommended => self
                .ranking
                .recommendations
                .iter()
                .enumerate()
                .filter(|(_, r)| matches(r.shoe))
                .map(|(place, r)| (r.shoe, Some(place)))
                .collect(),
            View::LeftOut => self
                .ranking
                .excluded
                .iter()
                .filter(|e| matches(e.shoe))
                .map(|e| (e.shoe, None))
                .collect(),
        }
    }

    /// Reads every picture again (one was replaced on disk).
    pub fn refresh_pictures(&mut self) {
        self.pictures.clear();
    }

    /// Whether the editor holds edits not yet saved.
    pub fn has_unsaved_edits(&self) -> bool {
        self.editor.as_ref().is_some_and(Editor::is_dirty)
    }

    /// Whether the fitting holds what a shop would not want to lose unasked (a customer's
    /// name or shoes tried on) and has changed since it was saved, opened or started.
    pub fn has_unsaved_fitting(&self) -> bool {
        let profile = &self.settings.profile;
        (profile.customer.is_some() || !profile.tried.is_empty()) && *profile != self.fitting_saved
    }

    /// Whether a catalogue is being read in the background.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Whether pictures are still being decoded.
    pub fn pictures_pending(&self) -> bool {
        self.pictures.pending()
    }

    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The picture of `shoe` as it stands: ready, still loading, or missing and why.
    pub fn picture(&mut self, ctx: &egui::Context, shoe: &Shoe) -> Picture {
        let folder = self.catalogue_path.as_deref().map(folder_of);
        let awaiting = |image: &str| {
            self.editor
                .as_ref()
                .and_then(|editor| editor.awaiting_picture(image))
                .map(Path::to_path_buf)
        };
        let source = match &shoe.image {
            None => Err("the catalogue gives no picture for this shoe".to_string()),
            Some(image) if self.showing_sample => Ok(Source::Sample(image.clone())),
            // An imported picture is shown from where it waits for the save.
            Some(image) => match awaiting(image) {
                Some(waiting) => Ok(Source::File(waiting)),
                None => self
                    .pictures
                    .path_of(image, folder.as_deref())
                    .map(Source::File),
            },
        };
        match source {
            Ok(source) => self.pictures.get(ctx, source).clone(),
            Err(reason) => Picture::Missing(reason),
        }
    }

    /// Draws the whole window into `ui` and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll(&ctx);
        self.shortcuts(&ctx);
        self.guard_close(&ctx);
        panels::top_bar(self, ui);
        panels::banner(self, ui);
        // The warnings list floats over the finder and the editor alike.
        if self.warnings_open {
            panels::warnings_window(self, &ctx);
        }
        if self.mode == Mode::Edit {
            egui::CentralPanel::default().show(ui, |ui| panels::editor_ui(self, ui));
            self.follow_the_draft();
            panels::confirm_modal(self, &ctx);
            self.apply_commands(&ctx);
            self.keep_drafts(&ctx);
            self.update_title(&ctx);
            return;
        }
        // On small windows the side panels take fixed, narrower widths, so the list keeps
        // room (usable at 900x600); on larger ones they can be resized.
        let compact = ui.available_width() < 1100.0;
        let side_panel = |panel: egui::Panel, compact_width: f32, default_width: f32| {
            if compact {
                panel.exact_size(compact_width).resizable(false)
            } else {
                panel
                    .default_size(default_width)
                    .min_size(compact_width)
                    .resizable(true)
            }
        };
        side_panel(egui::Panel::left("inputs"), 240.0, 300.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let before = (self.settings.profile.clone(), self.settings.priorities);
                panels::inputs_ui(self, ui);
                if (self.settings.profile.clone(), self.settings.priorities) != before {
                    if self.settings.profile.knee_pain == Some(true)
                        && before.0.knee_pain != Some(true)
                    {
                        self.knee_open = true;
                    }
                    self.rerank();
                }
            });
        });
        if self.selected.is_some() {
            side_panel(egui::Panel::right("detail"), 290.0, 400.0).show(ui, |ui| {
                panels::detail_ui(self, ui);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| panels::results_ui(self, ui));
        if self.compare_open {
            panels::compare_window(self, &ctx);
        }
        if self.knee_open {
            panels::knee_window(self, &ctx);
        }
        if self.log_open {
            panels::log_window(self, &ctx);
        }
        panels::confirm_modal(self, &ctx);
        self.apply_commands(&ctx);
        self.keep_drafts(&ctx);
        self.update_title(&ctx);
    }

    /// The recommender follows the editor's draft whenever it has no errors, so an editor
    /// sees what a change does to the ranking before saving.
    fn follow_the_draft(&mut self) {
        let Some(editor) = &self.editor else { return };
        if editor.error_count() == 0 && self.catalogue.as_ref() != Some(&editor.draft) {
            self.catalogue = Some(editor.draft.clone());
            self.keep_known_choices();
            self.rerank();
        }
    }

    /// Asks before the window closes on unsaved edits or an unsaved fitting.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && (self.has_unsaved_edits() || self.has_unsaved_fitting())
            && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.push(Command::Quit);
        }
    }

    /// Takes in background results: a loaded catalogue, decoded pictures, file changes.
    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(loading) = &self.loading
            && let Ok(outcome) = loading.result.try_recv()
        {
            let path = loading.path.clone();
            self.loading = None;
            self.take(path, outcome);
        }
        self.pictures.receive(ctx);
        let path = self.catalogue_path.clone();
        if let Some(path) = path {
            if self.watch.as_ref().is_none_or(|w| w.path != path) {
                self.watch = FileWatch::new(&path, ctx);
            }
            if self.watch.as_mut().is_some_and(|w| w.due(ctx)) {
                self.push(Command::FileChanged);
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let (open, find) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
                i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
            )
        });
        if open {
            self.push(Command::OpenDialog);
        }
        if find {
            self.push(Command::FocusSearch);
        }
        let typing = ctx.egui_wants_keyboard_input();
        if self.mode == Mode::Edit {
            let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
            let shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
            let (save_as, save) = ctx.input_mut(|i| {
                (
                    i.consume_shortcut(&shift(Key::S)),
                    i.consume_shortcut(&command(Key::S)),
                )
            });
            if save_as {
                self.push(Command::SaveAs);
            } else if save {
                self.push(Command::Save);
            }
            // A text field being edited keeps Ctrl+Z for its own text.
            if !typing {
                let (redo, undo) = ctx.input_mut(|i| {
                    (
                        i.consume_shortcut(&shift(Key::Z)) || i.consume_shortcut(&command(Key::Y)),
                        i.consume_shortcut(&command(Key::Z)),
                    )
                });
                if redo {
                    self.push(Command::Redo);
                } else if undo {
                    self.push(Command::Undo);
                }
            }
        }
        let (up, down, escape) = ctx.input(|i| {
            (
                i.key_pressed(Key::ArrowUp),
                i.key_pressed(Key::ArrowDown),
                i.key_pressed(Key::Escape),
            )
        });
        if !typing {
            if up {
                self.push(Command::MoveSelection(-1));
            }
            if down {
                self.push(Command::MoveSelection(1));
            }
        }
        if escape {
            self.push(Command::Dismiss);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.push(Command::Open(path));
        }
    }

    fn apply_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What a command changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for command in commands {
            match command {
                Command::Open(_) | Command::Reload | Command::OpenDialog | Command::Quit
                    if self.has_unsaved_edits() =>
                {
                    self.confirm = Some(Confirm::Discard(Box::new(command)));
                }
                Command::NewCustomer | Command::OpenSession(_) | Command::Quit
                    if self.has_unsaved_fitting() =>
                {
                    self.confirm = Some(Confirm::DiscardFitting(Box::new(command)));
                }
                Command::OpenDialog => {
                    let mut dialog = rfd::FileDialog::new().add_filter("Shoe catalogue", &["ron"]);
                    if let Some(folder) = self.catalogue_path.as_deref().map(folder_of) {
                        dialog = dialog.set_directory(folder);
                    }
                    if let Some(path) = dialog.pick_file() {
                        self.open(path, Some(ctx));
                    }
                }
                Command::Open(path) => self.open(path, Some(ctx)),
                Command::Reload => self.reload(),
                Command::FileChanged => match &self.editor {
                    Some(editor) if editor.disk_matches() => {}
                    Some(editor) if editor.is_dirty() => {
                        self.confirm = Some(Confirm::ChangedOnDisk)
                    }
                    _ => self.reload(),
                },
                Command::Quit => {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                Command::Discarding(then) => {
                    self.editor = None;
                    self.drafts_settled = true;
                    self.commands.push(*then);
                    ctx.request_repaint();
                }
                Command::KeepEdits => {
                    if let Some(editor) = &mut self.editor {
                        editor.disk_text = std::fs::read_to_string(&editor.path).ok();
                    }
                }
                Command::Edit(true) if self.showing_sample => {
                    self.confirm = Some(Confirm::SampleIsBuiltIn);
                }
                Command::Edit(on) => self.edit(on),
                Command::OpenSample => self.show_sample(),
                Command::RestoreLeftBehind => self.restore_left_behind(),
                Command::DiscardLeftBehind => {
                    self.left_behind = None;
                    self.drafts_settled = true;
                    if let Some(recovery) = &mut self.recovery {
                        recovery.forget();
                    }
                }
                Command::ShowLogFolder => self.log_open = true,
                Command::SaveSampleDialog => {
                    if let Some(folder) = rfd::FileDialog::new()
                        .set_title("A folder for a copy of the sample catalogue")
                        .pick_folder()
                    {
                        self.commands.push(Command::SaveSample(folder));
                    }
                }
                Command::SaveSample(folder) => match crate::sample::write_to(&folder) {
                    Ok(path) => {
                        self.notice = Some(format!(
                            "The sample catalogue was saved as {} with its pictures; this copy is open, to edit as you like.",
                            path.display()
                        ));
                        self.open(path, Some(ctx));
                    }
                    Err(message) => self.notice = Some(format!("Not saved: {message}")),
                },
                Command::EditShoe(_) if self.showing_sample => {
                    self.confirm = Some(Confirm::SampleIsBuiltIn);
                }
                Command::EditShoe(id) => {
                    self.edit(true);
                    if let Some(editor) = &mut self.editor {
                        editor.selected = editor.draft.shoes.iter().position(|s| s.id == id);
                    }
                }
                Command::Undo => {
                    if let Some(editor) = &mut self.editor {
                        editor.undo();
                    }
                }
                Command::Redo => {
                    if let Some(editor) = &mut self.editor {
                        editor.redo();
                    }
                }
                Command::Save => {
                    if let Some(editor) = &self.editor {
                        let path = editor.path.clone();
                        self.commands.push(Command::SaveTo {
                            path,
                            errors_ok: false,
                            comments_ok: false,
                            changed_ok: false,
                        });
                    }
                }
                Command::SaveAs => {
                    let folder = self.editor.as_ref().map(|e| folder_of(&e.path));
                    let mut dialog = rfd::FileDialog::new()
                        .add_filter("Shoe catalogue", &["ron"])
                        .set_file_name("catalogue.ron");
                    if let Some(folder) = folder {
                        dialog = dialog.set_directory(folder);
                    }
                    if let Some(path) = dialog.save_file() {
                        self.commands.push(Command::SaveTo {
                            path,
                            errors_ok: false,
                            comments_ok: false,
                            changed_ok: false,
                        });
                    }
                }
                Command::SaveTo {
                    path,
                    errors_ok,
                    comments_ok,
                    changed_ok,
                } => self.save_to(path, errors_ok, comments_ok, changed_ok),
                Command::AddTried(id) => {
                    if !self.settings.profile.tried.iter().any(|t| t.shoe == id) {
                        self.settings.profile.tried.push(crate::profile::Tried {
                            shoe: id,
                            feel: Vec::new(),
                            note: None,
                        });
                        self.rerank();
                    }
                }
                Command::NewCustomer => {
                    self.settings.profile = crate::profile::Profile::default();
                    self.fitting_saved = self.settings.profile.clone();
                    self.session_path = None;
                    self.session_status = None;
                    self.rerank();
                }
                Command::SaveSession => {
                    self.session_status = Some(self.save_session().unwrap_or_else(|e| e));
                }
                Command::SaveSessionThen(then) => match self.save_session() {
                    Ok(saved) => {
                        self.session_status = Some(saved);
                        self.commands.push(*then);
                    }
                    Err(failed) => self.session_status = Some(failed),
                },
                Command::DiscardingFitting(then) => {
                    self.fitting_saved = self.settings.profile.clone();
                    self.drafts_settled = true;
                    self.commands.push(*then);
                }
                Command::OpenSession(path) => match crate::profile::load_profile(&path) {
                    Ok(profile) => {
                        self.settings.profile = profile;
                        self.fitting_saved = self.settings.profile.clone();
                        self.session_status = Some(format!("Opened {}", path.display()));
                        self.session_path = Some(path);
                        self.rerank();
                    }
                    Err(diagnostics) => {
                        let first = diagnostics
                            .first()
                            .map_or_else(String::new, ToString::to_string);
                        self.session_status = Some(format!("Could not open the session: {first}"));
                    }
                },
                Command::WriteReport => self.session_status = Some(self.write_report()),
                Command::ChooseSessionsFolder => {
                    if let Some(folder) = rfd::FileDialog::new()
                        .set_directory(self.settings.sessions())
                        .pick_folder()
                    {
                        self.settings.sessions_folder = Some(folder);
                    }
                }
                Command::ShowKneeHealth(open) => self.knee_open = open,
                Command::ShowWarnings(open) => self.warnings_open = open,
                Command::CancelLoading => self.loading = None,
                Command::ImportPictureDialog(index) => {
                    if let Some(source) = rfd::FileDialog::new()
                        .add_filter("Picture", &["png", "jpg", "jpeg"])
                        .pick_file()
                    {
                        self.commands.push(Command::ImportPicture(index, source));
                    }
                }
                Command::ImportPicture(index, source) => {
                    if let Some(editor) = &mut self.editor {
                        editor.save_error = editor
                            .import_picture(index, &source)
                            .err()
                            .map(|reason| format!("picture not imported: {reason}"));
                    }
                }
                Command::Select(id) => self.selected = id,
                Command::MoveSelection(step) => {
                    let visible = self.visible();
                    let ids: Vec<String> = match &self.catalogue {
                        Some(c) => visible.iter().map(|&i| c.shoes[i].id.clone()).collect(),
                        None => Vec::new(),
                    };
                    let current = self
                        .selected
                        .as_ref()
                        .and_then(|id| ids.iter().position(|x| x == id));
                    let next = match current {
                        None if step > 0 => Some(0),
                        None => ids.len().checked_sub(1),
                        Some(at) => {
                            Some((at as i64 + i64::from(step)).clamp(0, ids.len() as i64 - 1)
                                as usize)
                        }
                    };
                    if let Some(next) = next.and_then(|n| ids.get(n)) {
                        self.selected = Some(next.clone());
                    }
                }
                Command::ToggleCompare(id) => {
                    if let Some(at) = self.compare.iter().position(|x| *x == id) {
                        self.compare.remove(at);
                    } else if self.compare.len() < COMPARE_MAX {
                        self.compare.push(id);
                    }
                }
                Command::ShowCompare(open) => self.compare_open = open && !self.compare.is_empty(),
                Command::ShowView(view) => self.view = view,
                Command::FocusSearch => self.focus_search = true,
                Command::Dismiss => {
                    if self.compare_open {
                        self.compare_open = false;
                    } else if !self.search.is_empty() {
                        self.search.clear();
                    } else {
                        self.notice = None;
                    }
                }
            }
        }
    }

    /// The session file of the current fitting: the one it came from or was first saved
    /// to, else a new one named by the day and a number.
    fn session_file(&mut self) -> PathBuf {
        if let Some(path) = &self.session_path {
            return path.clone();
        }
        let date = self
            .settings
            .profile
            .date
            .clone()
            .unwrap_or_else(crate::report::today);
        let path = crate::session::new_file(&self.settings.sessions(), &date);
        self.session_path = Some(path.clone());
        path
    }

    /// Saves the fitting session as a profile file with its customer, date and tried shoes:
    /// to the file it came from, or to a file of its own. Says where, or why not.
    pub fn save_session(&mut self) -> Result<String, String> {
        if self.settings.profile.date.is_none() {
            self.settings.profile.date = Some(crate::report::today());
        }
        let path = self.session_file();
        match crate::session::save(&path, &self.settings.profile) {
            Ok(()) => {
                self.fitting_saved = self.settings.profile.clone();
                self.drafts_settled = true;
                Ok(format!("Session saved to {}", path.display()))
            }
            Err(error) => {
                tracing::warn!("could not save the session {}: {error}", path.display());
                Err(format!("Not saved: {error}"))
            }
        }
    }

    /// The saved fitting sessions, newest first.
    pub fn sessions(&self) -> Vec<PathBuf> {
        crate::session::list(&self.settings.sessions())
    }

    /// Writes the printable fitting report next to the sessions.
    pub fn write_report(&mut self) -> String {
        let Some(catalogue) = &self.catalogue else {
            return "No catalogue is open.".to_string();
        };
        let catalogue_folder = self.catalogue_path.as_deref().map(folder_of);
        let html = crate::report::render(&crate::report::ReportInput {
            catalogue,
            pictures: if self.showing_sample {
                crate::report::Pictures::Sample
            } else {
                crate::report::Pictures::Folder(catalogue_folder.as_deref())
            },
            profile: &self.settings.profile,
            priorities: &self.settings.priorities,
            top: 5,
            today: crate::report::today(),
        });
        match crate::session::write_report(&self.session_file(), &html) {
            Ok(path) => format!(
                "Report written to {}; open it in a browser to print it.",
                path.display()
            ),
            Err(error) => format!("No report: {error}"),
        }
    }

    /// Saves the editor's draft, first asking about errors and comments that would be lost,
    /// and about a file that changed on disk since it was read or saved here.
    fn save_to(&mut self, path: PathBuf, errors_ok: bool, comments_ok: bool, changed_ok: bool) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if path == editor.path && !changed_ok && !editor.disk_matches() {
            self.confirm = Some(Confirm::OverwriteChanged(path));
            return;
        }
        if editor.error_count() > 0 && !errors_ok {
            self.confirm = Some(Confirm::SaveWithErrors(path));
            return;
        }
        if editor.inner_comments && !editor.comments_accepted && !comments_ok && path == editor.path
        {
            self.confirm = Some(Confirm::LoseComments(path));
            return;
        }
        editor.comments_accepted |= comments_ok;
        let saved = editor.save(&path);
        if let Err(error) = &saved {
            tracing::warn!("could not save {}: {error}", path.display());
        }
        if saved.is_ok() {
            tracing::info!("saved {}", path.display());
            self.drafts_settled = true;
            // The warnings are the file's: the draft's, placed in the text just written (a
            // file saved with errors does not load, and shows none, as on a reload).
            let warnings = match &editor.disk_text {
                Some(text) if editor.error_count() == 0 => {
                    locate(text, &path, &editor.draft, editor.problems.clone())
                }
                _ => Vec::new(),
            };
            self.set_warnings(warnings);
            self.settings.remember(&path);
            self.catalogue_path = Some(path);
            self.failed_load = None;
        }
    }

    /// The warnings of the catalogue file on screen; their list closes when there are none.
    fn set_warnings(&mut self, warnings: Vec<Diagnostic>) {
        self.warnings_open &= !warnings.is_empty();
        self.warnings = warnings;
    }

    /// Into the editor (a draft of the catalogue on screen) or back to finding shoes.
    fn edit(&mut self, on: bool) {
        self.mode = if on { Mode::Edit } else { Mode::Recommend };
        if on
            && self.editor.is_none()
            && let (Some(path), Some(catalogue)) = (&self.catalogue_path, &self.catalogue)
        {
            self.editor = Some(Editor::new(path, catalogue.clone()));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let name = if self.showing_sample {
            Some(crate::sample::NAME.to_string())
        } else {
            self.catalogue_path
                .as_deref()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
        };
        let unsaved = if self.has_unsaved_edits() { "• " } else { "" };
        let title = match name {
            Some(name) => format!("{unsaved}{name} — Running-shoe selector"),
            None => "Running-shoe selector".to_string(),
        };
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for ShoeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_text());
    }
}

/// Set, the window closes as soon as its first frame is on screen, and nothing is saved: for
/// measuring start-up against an empty window (`benches/startup.sh`). It prints when the
/// first frame was built (its widgets laid out) and when it was shown.
pub const FIRST_FRAME_ONLY: &str = "SHOE_SELECTOR_FIRST_FRAME_ONLY";

struct FirstFrameOnly {
    app: ShoeApp,
    said: bool,
}

impl eframe::App for FirstFrameOnly {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        first_frame_only(ui, &mut self.said, |ui| self.app.ui(ui, frame));
    }
}

/// One frame of a window being timed by `benches/startup.sh`, the app's and the empty
/// window's alike: the first frame is drawn by `draw` and says when it was built; the second
/// begins once the first is on screen, says so (once) and closes the window. The times are
/// nanoseconds since the Unix epoch, which the script compares with when it started the
/// program.
pub fn first_frame_only(ui: &mut egui::Ui, said: &mut bool, draw: impl FnOnce(&mut egui::Ui)) {
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos())
    };
    if ui.ctx().cumulative_frame_nr() >= 1 {
        if !std::mem::replace(said, true) {
            println!("shown {}", now());
        }
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        return;
    }
    draw(ui);
    println!("built {}", now());
    ui.ctx().request_repaint();
}

/// For the tests that drive the real program: `edit:TEXT` opens the editor and names the
/// first shoe's model TEXT (an unsaved edit); `restore` takes back what a crash left, prints
/// the first shoe's model of the editor's draft and closes.
pub const TEST_HOOK: &str = "SHOE_SELECTOR_TEST";

/// The window for a [`TEST_HOOK`] of `restore`.
struct RestoreAndSay {
    app: ShoeApp,
    said: bool,
}

impl eframe::App for RestoreAndSay {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        if !std::mem::replace(&mut self.said, true) {
            let model = self
                .app
                .editor
                .as_ref()
                .and_then(|editor| editor.draft.shoes.first())
                .map_or("(no draft)", |shoe| shoe.model.as_str());
            println!("draft: {model}");
            // It closes with the draft unsaved: the test has seen what it needed.
            self.app.allow_close = true;
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Opens the window on `catalogue`, or on the last one, or on the built-in sample.
pub fn run(catalogue: Option<PathBuf>) -> Result<(), String> {
    // Said before the toolkit is asked, which would first print its own complaints.
    #[cfg(all(unix, not(target_os = "macos")))]
    if ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()))
    {
        return Err(window_error("no DISPLAY"));
    }
    log::start();
    tracing::info!("shoe-selector {} starts", env!("CARGO_PKG_VERSION"));
    let options = eframe::NativeOptions {
        viewport: icon(
            egui::ViewportBuilder::default()
                .with_inner_size([1280.0, 800.0])
                .with_min_inner_size([900.0, 600.0])
                .with_title("Running-shoe selector")
                .with_app_id("shoe-selector")
                .with_drag_and_drop(true),
        ),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "shoe-selector",
        options,
        Box::new(move |cc| {
            theme::apply(&cc.egui_ctx);
            let (settings, notice) = Settings::restore(
                cc.storage
                    .and_then(|s| s.get_string(settings::KEY))
                    .as_deref(),
            );
            let mut app = ShoeApp::new(settings, catalogue);
            app.notice = notice;
            if std::env::var_os(FIRST_FRAME_ONLY).is_some() {
                return Ok(Box::new(FirstFrameOnly { app, said: false }));
            }
            app.keep_drafts_in(log::data_folder().join("recovery"));
            if let Some(save_drafts) = app.drafts_on_panic() {
                log::on_panic(save_drafts);
            }
            match std::env::var(TEST_HOOK).as_deref() {
                Ok("restore") => {
                    app.confirm = None;
                    app.restore_left_behind();
                    return Ok(Box::new(RestoreAndSay { app, said: false }));
                }
                Ok(hook) if hook.starts_with("edit:") => {
                    app.edit_for_a_test(&hook["edit:".len()..])
                }
                _ => {}
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| window_error(&error.to_string()))
}

/// The program's icon, drawn by `cargo run --example draw_shoes -- --icon assets/icon.png`.
const ICON: &[u8] = include_bytes!("../../assets/icon.png");

/// The window with the program's icon (a window without one, should it not decode).
fn icon(viewport: egui::ViewportBuilder) -> egui::ViewportBuilder {
    match eframe::icon_data::from_png_bytes(ICON) {
        Ok(icon) => viewport.with_icon(icon),
        Err(error) => {
            tracing::warn!("the icon does not decode: {error}");
            viewport
        }
    }
}

/// What to tell the user when the window cannot open, in one plain sentence: the toolkit's
/// own message names source files of the libraries it was built from.
pub fn window_error(error: &str) -> String {
    let no_display = ["DISPLAY", "WAYLAND", "display"]
        .iter()
        .any(|word| error.contains(word));
    if no_display {
        "there is no display to open the window on. The command line works without one: `shoe-selector --help`.".to_string()
    } else {
        // The reason after the last colon, without the file and line it came from.
        let reason = error
            .rsplit(": ")
            .next()
            .unwrap_or(error)
            .trim()
            .trim_end_matches('.');
        format!(
            "the window could not open ({reason}). The command line still works: `shoe-selector --help`."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{ICON, window_error};

    /// The window's icon is a square picture the toolkit reads.
    #[test]
    fn the_icon_decodes_as_a_square() {
        let icon = eframe::icon_data::from_png_bytes(ICON).expect("decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
    }

    /// No library's source path reaches the user, with or without a display.
    #[test]
    fn a_window_that_cannot_open_says_so_in_one_plain_sentence() {
        let no_display = window_error(
            "winit EventLoopError: os error at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/winit-0.30.13/src/platform_impl/linux/mod.rs:765: neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY is set.",
        );
        assert_eq!(
            no_display,
            "there is no display to open the window on. The command line works without one: `shoe-selector --help`."
        );
        let other = window_error("wgpu error: os error at /src/lib.rs:12: no adapter found.");
        assert!(other.contains("(no adapter found)"), "{other}");
        assert!(!other.contains(".rs"), "{other}");
    }
}
