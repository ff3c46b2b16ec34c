//! The desktop window. Its state is split by what it is about: the [`Document`] (the
//! catalogue on screen and its file, the editor's draft), the [`Finder`] (the ranking, the
//! chosen and compared shoes, the search), the [`Fitting`] in the shop, and the [`Windows`]
//! open over them. Panels only draw: they read the state and push [`Command`]s, which
//! [`ShoeApp::show`] applies at the end of the frame (`apply.rs`). Every rule comes from the
//! core, and every word from the message files of the window's language.
//!
//! Panels: the runner's inputs and priorities on the left, the ranked shoes (or the ones left
//! out) in the middle, the chosen shoe's detail on the right, and a comparison window.

pub mod address;
mod apply;
pub mod command;
mod dialog;
mod document;
pub mod editor;
mod finder;
mod fitting;
#[cfg(not(target_arch = "wasm32"))]
mod hooks;
mod images;
mod jobs;
mod keys;
pub mod log;
pub mod mirror;
mod panels;
pub mod path_box;
mod printable;
pub mod recovery;
#[cfg(not(target_arch = "wasm32"))]
mod run;
pub mod settings;
pub mod shop;
mod theme;
mod watch;
#[cfg(target_arch = "wasm32")]
mod web;
mod windows;

use crate::app::command::FileCommand;
pub use command::{Agreed, Command, Confirm, Mode, View};
pub use document::{Document, Loading};
use editor::Editor;
use eframe::egui;
pub use finder::{COMPARE_MAX, Finder, WHAT_IF_MAX_SHOES};
pub use fitting::Fitting;
#[cfg(not(target_arch = "wasm32"))]
pub use hooks::TEST_HOOK;
pub use images::Picture;
use images::Pictures;
#[cfg(not(target_arch = "wasm32"))]
pub use run::{FIRST_FRAME_ONLY, WindowError, first_frame_only, run, window_error};
pub use settings::{Settings, Theme};
pub use theme::apply as apply_theme;
pub use windows::Windows;

use crate::catalogue::{Catalogue, Diagnostic, Shoe};
use crate::recommend::Ranking;
use crate::words::{Say, Words};
use command::PathFor;
use document::Taken;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the window asks for a path.
#[derive(Clone)]
enum Dialogs {
    /// The system's file dialogs.
    System,
    /// The window's own path box.
    PathBox,
    /// A stand-in for the dialogs, for tests.
    Stand(Arc<dyn Fn(PathFor) -> Option<PathBuf> + Send + Sync>),
}

/// The whole state of the window.
pub struct ShoeApp {
    /// The runner's inputs, the units, the priorities, the language and the recent files:
    /// what the window remembers between runs.
    settings: Settings,
    mode: Mode,
    document: Document,
    pictures: Pictures,
    finder: Finder,
    fitting: Fitting,
    windows: Windows,
    /// Unsaved work handed to the recovery against a crash.
    drafts: recovery::Keeper,
    /// What the panels asked for this frame.
    commands: Vec<Command>,
    /// The window title last sent, so it is sent only when it changes.
    shown_title: String,
    /// The user agreed to close with unsaved work.
    allow_close: bool,
    /// A large catalogue given at start, read in the background from the first frame on, so
    /// the window shows at once with a progress line.
    open_at_first_frame: Option<PathBuf>,
    /// The shop's sessions and what they show.
    shop: shop::Shop,
    /// Where paths are asked for: the system's file dialogs where they can show (see
    /// [`path_box::dialogs_can_show`]), else the path box.
    dialogs: Dialogs,
    /// Work under way off the frame: file dialogs, the report, forgetting a customer, the
    /// what-ifs.
    jobs: jobs::Jobs,
    /// The what-ifs are being looked for off the frame.
    what_ifs_searching: bool,
    /// A restored draft waits for its file: the folder it came from goes once it is in.
    release_left_behind: bool,
    /// The fitting's session being written off the frame, and what waits for it.
    session_saving: jobs::Saving,
    /// The editor's draft being written off the frame, and what waits for it.
    catalogue_saving: jobs::Saving,
    /// Another advice came meanwhile: look again once they are in.
    what_ifs_stale: bool,
    /// Where the settings are kept between runs (none in tests that do not ask for it), and
    /// the text last written there.
    settings_file: Option<(PathBuf, Option<String>)>,
    /// Why unsaved work could not be kept against a crash, once said.
    drafts_trouble_said: Option<String>,
    /// The shop's own parts are offered (the editor, fitting sessions, customers,
    /// insights, files and their dialogs, the log): all but the web page's shopper finder.
    shop_parts: bool,
}

impl ShoeApp {
    /// The window's state for these settings, opening `catalogue` (or the last one, or the
    /// built-in sample).
    pub fn new(settings: Settings, catalogue: Option<PathBuf>) -> Self {
        let path = catalogue.or_else(|| settings.last_catalogue.clone().filter(|p| p.is_file()));
        let mut app = ShoeApp {
            fitting: Fitting::of(&settings.profile),
            settings,
            mode: Mode::Recommend,
            document: Document::default(),
            pictures: Pictures::default(),
            finder: Finder::default(),
            windows: Windows::default(),
            drafts: recovery::Keeper::default(),
            commands: Vec::new(),
            shown_title: String::new(),
            allow_close: false,
            open_at_first_frame: None,
            shop: shop::Shop::default(),
            dialogs: if std::env::var_os("SHOE_SELECTOR_NO_FILE_DIALOGS")
                .is_none_or(|v| v.is_empty() || v == "0")
                && path_box::dialogs_can_show()
            {
                Dialogs::System
            } else {
                Dialogs::PathBox
            },
            jobs: jobs::Jobs::default(),
            what_ifs_searching: false,
            release_left_behind: false,
            session_saving: jobs::Saving::default(),
            catalogue_saving: jobs::Saving::default(),
            what_ifs_stale: false,
            settings_file: None,
            drafts_trouble_said: None,
            shop_parts: true,
        };
        match path {
            Some(path) if document::reads_in_background(&path) => {
                app.open_at_first_frame = Some(path);
            }
            Some(path) => app.open(path, None),
            None => app.show_sample(),
        }
        app
    }

    /// From now on unsaved changes are kept in `folder` against a crash; what an earlier run
    /// left there is offered back first.
    pub fn keep_drafts_in(&mut self, folder: PathBuf) {
        if let Some(left_behind) = self.drafts.keep_in(folder) {
            self.windows.left_behind = Some(left_behind);
            self.windows.confirm = Some(Confirm::RestoreLeftBehind);
        }
    }

    /// From now on the settings are kept in `file` (written when eframe asks to save, and
    /// when the window closes).
    pub fn remember_settings_in(&mut self, file: PathBuf) {
        self.settings_file = Some((file, None));
    }

    /// The folder the settings are kept in, when they are kept.
    fn settings_folder(&self) -> Option<PathBuf> {
        self.settings_file
            .as_ref()
            .map(|(file, _)| crate::files::folder_of(file))
    }

    /// Writes the settings to their file, if they changed since last written.
    pub fn save_settings(&mut self) {
        if let Some((file, written)) = &mut self.settings_file
            && let Err(error) = self.settings.write(file, written)
        {
            tracing::warn!("the settings could not be kept: {error}");
        }
    }

    /// The window goes away as in a crash or a kill: nothing saved, nothing asked, its
    /// recovery files left for the next window (which the tests then start).
    pub fn stop_as_in_a_crash(mut self) {
        self.drafts.stop_as_in_a_crash();
    }

    /// What a panic calls to write the unsaved changes first.
    pub fn drafts_on_panic(&self) -> Option<impl Fn() + Send + Sync + 'static> {
        self.drafts.on_panic()
    }

    /// Asks for `command`, applied at the end of the next frame.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.commands.push(command.into());
    }

    /// Shows a one-off message.
    pub fn notify(&mut self, notice: Say) {
        self.windows.notice = Some(notice);
    }

    /// The same window, asking for paths in its own box rather than trying the system's
    /// file dialogs: as when none can open, or `SHOE_SELECTOR_NO_FILE_DIALOGS` is set.
    pub fn without_file_dialogs(mut self) -> Self {
        self.dialogs = Dialogs::PathBox;
        self
    }

    /// The window with `answer` standing in for the system's file dialogs: called on a
    /// thread of its own with what the path is for, as a dialog would be. For tests.
    pub fn with_dialogs(
        mut self,
        answer: impl Fn(PathFor) -> Option<PathBuf> + Send + Sync + 'static,
    ) -> Self {
        self.dialogs = Dialogs::Stand(Arc::new(answer));
        self
    }

    /// The same window as the web page shows it to shoppers: the finder alone, with no menu
    /// entry for what is the shop's (the editor, fitting sessions, customers, insights,
    /// files, the log) and no key that opens them.
    pub fn shopper_only(mut self) -> Self {
        self.shop_parts = false;
        self
    }

    /// Whether the shop's own parts are offered (see [`ShoeApp::shopper_only`]).
    pub fn shop_parts(&self) -> bool {
        self.shop_parts
    }

    /// What the window remembers: the runner's inputs, units, priorities, language, files.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The words of the window's language.
    pub fn words(&self) -> &'static Words {
        self.settings.words()
    }

    /// Finding shoes or editing the catalogue.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The catalogue on screen and its file.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The ranking, the chosen and compared shoes, the search.
    pub fn finder(&self) -> &Finder {
        &self.finder
    }

    /// The fitting's session file and status.
    pub fn fitting(&self) -> &Fitting {
        &self.fitting
    }

    /// The open windows and the question waiting for an answer.
    pub fn windows(&self) -> &Windows {
        &self.windows
    }

    /// The catalogue on screen.
    pub fn catalogue(&self) -> Option<&Catalogue> {
        self.document.catalogue().map(|c| &**c)
    }

    /// The ranking of the catalogue on screen.
    pub fn ranking(&self) -> &Ranking {
        self.finder.ranking()
    }

    /// The editor, once opened.
    pub fn editor(&self) -> Option<&Editor> {
        self.document.editor()
    }

    /// The warnings of the catalogue file on screen.
    pub fn warnings(&self) -> &[Diagnostic] {
        self.document.warnings()
    }

    /// The question waiting for an answer.
    pub fn confirm(&self) -> Option<&Confirm> {
        self.windows.confirm()
    }

    /// The shoe with this id in the catalogue on screen.
    pub fn shoe(&self, id: &str) -> Option<&Shoe> {
        self.document.shoe(id)
    }

    /// Whether the editor holds edits not yet saved.
    pub fn has_unsaved_edits(&self) -> bool {
        self.document.has_unsaved_edits()
    }

    /// Whether the fitting holds a customer or shoes tried on not saved since it was saved,
    /// opened or started.
    pub fn has_unsaved_fitting(&self) -> bool {
        self.fitting.is_unsaved(&self.settings.profile)
    }

    /// Whether pictures are still being decoded.
    pub fn pictures_pending(&self) -> bool {
        self.pictures.pending()
    }

    /// The picture of `shoe` as it stands: ready, still loading, or missing and why.
    pub fn picture(&mut self, ctx: &egui::Context, shoe: &Shoe) -> Picture {
        self.pictures.of(ctx, shoe, &self.document)
    }

    /// The shop's sessions and what they show.
    pub fn shop(&self) -> &shop::Shop {
        &self.shop
    }

    /// Whether work is under way off the frame (a catalogue read, the sessions read, the
    /// insights counted, a session or report written, a file deleted, the what-ifs) whose
    /// result a coming frame takes in, or commands wait to be applied.
    pub fn busy(&self) -> bool {
        self.document.loading().is_some()
            || self.shop.busy()
            || self.jobs.busy()
            // What a finished job asked for is applied at the end of the next frame.
            || !self.commands.is_empty()
            || self.session_saving.has_waiting()
            || self.catalogue_saving.has_waiting()
    }

    /// Reads the sessions folder now, on this thread, and ranks again with what it shows:
    /// as the window does in the background.
    pub fn read_sessions_now(&mut self) {
        self.shop.read_now(&self.settings.sessions());
        self.rerank();
    }

    /// Shows the built-in sample catalogue.
    fn show_sample(&mut self) {
        let taken = self.document.show_sample();
        if taken == Taken::Shown {
            self.mode = Mode::Recommend;
            self.settings.last_catalogue = None;
        }
        self.after(taken);
    }

    /// Shows the catalogue the web page fetched from `url` (its bytes, or why they did not
    /// come): as a file opened on the desktop, its problems said at `url`'s lines and
    /// columns and the catalogue on screen kept when it does not read.
    pub fn show_fetched(
        &mut self,
        url: &str,
        fetched: Result<Vec<u8>, crate::catalogue::LoadError>,
    ) {
        let taken = self.document.take_fetched(url, fetched);
        if taken == Taken::Shown {
            self.mode = Mode::Recommend;
        }
        self.after(taken);
    }

    /// Opens a catalogue: at once when it is small, else in the background (`ctx` wakes the
    /// window when it is done).
    fn open(&mut self, path: PathBuf, ctx: Option<&egui::Context>) {
        let taken = self.document.open(path, ctx, self.mode == Mode::Edit);
        self.after(taken);
    }

    /// Reads the open catalogue again (a large one in the background, woken by `ctx`).
    fn reload(&mut self, ctx: Option<&egui::Context>) {
        let taken = self.document.reload(ctx, self.mode == Mode::Edit);
        self.after(taken);
    }

    /// After the document changed or did not: a file now on screen is remembered, stale
    /// pictures are dropped, and a new catalogue is ranked.
    fn after(&mut self, taken: Taken) {
        if self.document.take_pictures_stale() {
            self.pictures.clear();
        }
        if taken == Taken::Shown {
            // A file, not an address the web page fetched, goes to the recent ones.
            if let Some(path) = self.document.path().filter(|_| !self.document.is_fetched()) {
                let path = path.to_path_buf();
                self.settings.remember(&path);
            }
            let catalogue = self.document.catalogue().map(|c| &**c);
            self.finder.keep_known(catalogue);
            self.rerank();
        }
    }

    /// Ranks the catalogue on screen for the runner's inputs.
    fn rerank(&mut self) {
        let catalogue = self.document.catalogue().map(|c| &**c);
        let evidence = self
            .settings
            .shop_evidence
            .then(|| self.shop.evidence().clone());
        self.finder
            .rerank(catalogue, &self.settings, evidence.as_deref());
        self.find_what_ifs();
    }

    /// Has the what-ifs of the advice shown found off the frame: one search at a time; one
    /// asked for while another runs starts when that one is in.
    fn find_what_ifs(&mut self) {
        if self.what_ifs_searching {
            self.what_ifs_stale = true;
            return;
        }
        let Some(catalogue) = self.document.catalogue().cloned() else {
            return;
        };
        let evidence = self
            .settings
            .shop_evidence
            .then(|| self.shop.evidence().clone());
        if let Some((_, work)) = self
            .finder
            .what_if_work(catalogue, &self.settings, evidence)
        {
            self.what_ifs_searching = true;
            self.what_ifs_stale = false;
            self.jobs
                .run("what-if search", move || jobs::Done::WhatIfs(work()));
        }
    }

    /// What-ifs found off the frame: shown when they are for the advice on screen, else
    /// looked for again.
    fn found_what_ifs(&mut self, found: finder::WhatIfsFound) {
        self.what_ifs_searching = false;
        if !self.finder.take_what_ifs(found) || self.what_ifs_stale {
            self.find_what_ifs();
        }
    }

    /// Draws the whole window into `ui` and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.jobs.attach(&ctx);
        if let Some(path) = self.open_at_first_frame.take() {
            self.open(path, Some(&ctx));
        }
        self.poll(&ctx);
        // The sessions are read when the window opens, and new and changed ones while a
        // list of them is open.
        let open = self.windows.customers || self.windows.insights;
        if self.shop_parts {
            self.shop.look(&self.settings.sessions(), open, &ctx);
        }
        if self.windows.insights {
            let dates = self.windows.insights_dates().clone();
            self.shop
                .count_insights(&dates, self.document.catalogue(), &ctx);
        }
        if open {
            ctx.request_repaint_after(std::time::Duration::from_secs(2));
        }
        let catalogue = self.document.catalogue().map(|c| &**c);
        self.finder.explain_chosen(catalogue, &self.settings);
        keys::shortcuts(&ctx, self.mode, self.shop_parts, &mut self.commands);
        self.guard_close(&ctx);
        panels::frame_ui(self, ui);
        self.apply_commands(&ctx);
        self.keep_drafts(&ctx);
        self.update_title(&ctx);
        theme::follow(&ctx, self.settings.theme);
    }

    /// Takes in background results: a loaded catalogue, decoded pictures, file changes.
    fn poll(&mut self, ctx: &egui::Context) {
        let (taken, changed) = self.document.poll(ctx, self.mode == Mode::Edit);
        self.after(taken);
        self.pictures.receive(ctx);
        if self.release_left_behind && !self.document.is_restoring() {
            self.release_left_behind = false;
            self.drafts.left_behind_done();
        }
        self.take_done();
        if self.shop.receive() && self.settings.shop_evidence {
            self.rerank();
        }
        if changed {
            self.push(FileCommand::FileChanged);
        }
        // The recommender follows the editor's draft whenever it has no errors, so an
        // editor sees what a change does to the ranking before saving.
        if self.mode == Mode::Edit {
            let taken = self.document.follow_the_draft();
            if taken == Taken::Shown {
                let catalogue = self.document.catalogue().map(|c| &**c);
                self.finder.keep_known(catalogue);
                self.rerank();
            }
        }
    }

    /// Asks before the window closes on unsaved edits or an unsaved fitting.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && (self.has_unsaved_edits() || self.has_unsaved_fitting())
            && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.push(FileCommand::Quit);
        }
    }

    /// Hands the unsaved changes to the recovery, which writes them every few seconds (the
    /// window wakes up for it when the changes are not written yet).
    fn keep_drafts(&mut self, ctx: &egui::Context) {
        // What waits to be restored is not written over; the web page has nothing to keep.
        if self.windows.left_behind.is_some() || !self.shop_parts {
            return;
        }
        let fitting = self.has_unsaved_fitting().then(|| recovery::Fitting {
            session: self.fitting.path().map(Path::to_path_buf),
            version: self.fitting.version().cloned(),
            profile: self.settings.profile.clone(),
        });
        if let Some(due) = self.drafts.keep(self.document.editor(), fitting) {
            ctx.request_repaint_after(due);
        }
        // Said once in the window, not only in the log.
        let trouble = self.drafts.trouble().map(str::to_string);
        if trouble != self.drafts_trouble_said {
            if let Some(trouble) = &trouble {
                self.notify(Say::new("notice-drafts-not-kept").text("error", trouble.as_str()));
            }
            self.drafts_trouble_said = trouble;
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let words = self.words();
        let title = match self.document.title_name() {
            Some(name) => words.say(
                &Say::new("title-with-file")
                    .text("file", name)
                    .text("unsaved", if self.has_unsaved_edits() { "• " } else { "" }),
            ),
            None => words.get("title"),
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

    /// The settings go to their own file through the one write path; what an earlier
    /// version kept in eframe's storage (with a customer in it) is removed from there.
    #[cfg(not(target_arch = "wasm32"))]
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if storage.get_string(settings::KEY).is_some() {
            storage.remove_string(settings::KEY);
        }
        self.save_settings();
    }

    /// The web page's settings stay in the browser (its local storage): the runner's
    /// inputs, units, priorities, language and theme; never a customer.
    #[cfg(target_arch = "wasm32")]
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_text());
    }

    /// egui's own memory is not kept between runs: it holds the text of the boxes typed in
    /// (a customer's name, a note) for their undo.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
