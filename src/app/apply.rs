//! Applying the commands the panels pushed while drawing: each change of state happens here,
//! once per frame, grouped by what it is about.

use super::command::{Agreed, Command, Confirm, Mode};
use super::command::{Chosen, PathFor};
use super::editor::{Editor, SaveError, Trouble};
use super::fitting::NotSaved;
use super::jobs::{Done, Forgotten};
use super::path_box::PathBox;
use super::{Dialogs, ShoeApp};
use crate::app::command::{
    DraftCommand, EditorCommand, FileCommand, FinderCommand, FittingCommand, InputsCommand,
    PathCommand, WindowsCommand,
};
use crate::catalogue::{Diagnostic, folder_of};
use crate::profile::{Profile, Tried};
use crate::words::Say;
use eframe::egui;
use std::path::PathBuf;

impl ShoeApp {
    /// Applies this frame's commands, in order; a command may push more, applied next frame.
    pub(super) fn apply_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What a command changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for command in commands {
            if let Some(question) = self.question_before(&command) {
                self.windows.confirm = Some(question);
                continue;
            }
            self.apply(command, ctx);
        }
        // The warnings list closes when there are none.
        self.windows.warnings &= !self.document.warnings().is_empty();
    }

    /// The question to ask before `command` would drop unsaved work, if any.
    fn question_before(&self, command: &Command) -> Option<Confirm> {
        let boxed = || Box::new(command.clone());
        let leaves_file = matches!(
            command,
            Command::File(
                FileCommand::Open(_)
                    | FileCommand::Reload
                    | FileCommand::OpenDialog
                    | FileCommand::Quit
            )
        );
        let leaves_fitting = matches!(
            command,
            Command::Fitting(FittingCommand::NewCustomer | FittingCommand::OpenSession(_))
                | Command::File(FileCommand::Quit)
        );
        let edits_sample = matches!(
            command,
            Command::Editor(EditorCommand::Edit(true) | EditorCommand::EditShoe(_))
        );
        if leaves_file && self.has_unsaved_edits() {
            Some(Confirm::Discard(boxed()))
        } else if leaves_fitting && self.has_unsaved_fitting() {
            Some(Confirm::DiscardFitting(boxed()))
        } else if edits_sample && self.document.is_sample() {
            Some(Confirm::SampleIsBuiltIn)
        } else {
            None
        }
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::File(command) => self.apply_file(command, ctx),
            Command::Editor(command) => self.apply_editor(command),
            Command::Draft(command) => self.apply_draft(command),
            Command::Fitting(command) => self.apply_fitting(command),
            Command::Inputs(command) => self.apply_inputs(command),
            Command::Finder(command) => self.apply_finder(command),
            Command::Path(command) => self.apply_path_box(command),
            Command::Windows(command) => self.apply_windows(command),
        }
    }

    /// The windows over the panels, the one-off message and the question.
    fn apply_windows(&mut self, command: WindowsCommand) {
        match command {
            WindowsCommand::ShowInsights(open) => {
                self.windows.insights = open;
                if open {
                    self.shop.look_again();
                }
            }
            WindowsCommand::InsightsDates(dates) => self.windows.insights_dates = dates,
            WindowsCommand::ShowKneeHealth(open) => self.windows.knee = open,
            WindowsCommand::ShowWarnings(open) => self.windows.warnings = open,
            WindowsCommand::ShowLog(open) => self.windows.log = open,
            WindowsCommand::DismissNotice => self.windows.notice = None,
            WindowsCommand::CloseQuestion => self.windows.confirm = None,
        }
    }

    /// A path from the system's file dialog (`dialog`, opened on a thread of its own so the
    /// window keeps drawing; what it chooses comes back as a command), or, where no dialog
    /// can open, from the window's own box for `purpose`. Nothing while a dialog is open.
    fn choose(
        &mut self,
        purpose: PathFor,
        dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) {
        match self.dialogs.clone() {
            Dialogs::System => self.jobs.dialog(purpose, dialog),
            Dialogs::Stand(answer) => self.jobs.dialog(purpose, move || answer(purpose)),
            Dialogs::PathBox => self.ask_path(purpose, true),
        }
    }

    /// Opens the path box for `purpose`, starting where the dialog would.
    fn ask_path(&mut self, purpose: PathFor, no_dialog: bool) {
        let folder = match purpose {
            PathFor::OpenCatalogue => self.document.path().map(folder_of).or_else(home),
            PathFor::SaveCatalogueAs => self.document.editor().map(|e| folder_of(&e.path)),
            PathFor::SessionsFolder => Some(self.settings.sessions()),
            PathFor::ImportPicture(_) | PathFor::SampleFolder => home(),
        };
        self.windows.path_box = Some(PathBox::new(purpose, folder.as_deref(), no_dialog));
    }

    /// The path box: opening it, typing, taking the path or closing it.
    fn apply_path_box(&mut self, command: PathCommand) {
        match command {
            PathCommand::AskPath(purpose) => self.ask_path(purpose, false),
            PathCommand::TypePath(text) => {
                if let Some(path_box) = &mut self.windows.path_box {
                    path_box.text = text;
                    path_box.problem = None;
                    path_box.replacing = None;
                }
            }
            PathCommand::TakePath => {
                if let Some(path_box) = &mut self.windows.path_box
                    && let Some(command) = path_box.take()
                {
                    self.windows.path_box = None;
                    self.commands.extend(command);
                }
            }
            PathCommand::ClosePathBox => self.windows.path_box = None,
        }
    }

    /// Files: opening, reloading, the sample, quitting.
    fn apply_file(&mut self, command: FileCommand, ctx: &egui::Context) {
        match command {
            // The system opens it: the browser for a report, the file manager for a folder.
            FileCommand::OpenExternally(path) => {
                let path = std::path::absolute(&path).unwrap_or(path);
                ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
            }
            FileCommand::OpenDialog => {
                let folder = self.document.path().map(folder_of);
                self.choose(PathFor::OpenCatalogue, move || {
                    let mut dialog = rfd::FileDialog::new().add_filter("Shoe catalogue", &["ron"]);
                    if let Some(folder) = &folder {
                        dialog = dialog.set_directory(folder);
                    }
                    dialog.pick_file()
                });
            }
            FileCommand::Open(path) => self.open(path, Some(ctx)),
            FileCommand::Reload => self.reload(),
            FileCommand::FileChanged => match self.document.editor() {
                Some(editor) if editor.disk_matches() || editor.disk_told() => {}
                Some(editor) if editor.is_dirty() => {
                    self.windows.confirm = Some(Confirm::ChangedOnDisk);
                }
                _ => self.reload(),
            },
            FileCommand::CancelLoading => self.document.cancel_loading(),
            FileCommand::OpenSample => self.show_sample(),
            FileCommand::SaveSampleDialog => {
                let title = self.words().get("dialog-sample-folder");
                self.choose(PathFor::SampleFolder, move || {
                    rfd::FileDialog::new().set_title(title).pick_folder()
                });
            }
            FileCommand::SaveSample(folder) => match crate::sample::write_to(&folder) {
                Ok(path) => {
                    let said =
                        Say::new("notice-sample-saved").text("path", path.display().to_string());
                    self.notify(said);
                    self.open(path, Some(ctx));
                }
                Err(message) => self.notify(Say::new("notice-not-saved").text("error", message)),
            },
            FileCommand::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// The catalogue editor: in and out, saving, undo, shoes and pictures.
    fn apply_editor(&mut self, command: EditorCommand) {
        match command {
            EditorCommand::Edit(on) => self.edit(on),
            EditorCommand::EditShoe(id) => {
                self.edit(true);
                if let Some(editor) = self.document.editor_mut() {
                    editor.selected = editor.draft.shoes.iter().position(|s| s.id == id);
                }
            }
            EditorCommand::Discarding(then) => {
                self.document.discard_edits();
                self.drafts.settled();
                self.push(*then);
            }
            EditorCommand::KeepEdits => self.document.keep_edits(),
            EditorCommand::Save => {
                if let Some(editor) = self.document.editor() {
                    let path = editor.path.clone();
                    self.push(Command::save_to(path));
                }
            }
            EditorCommand::SaveAs => {
                let folder = self.document.editor().map(|e| folder_of(&e.path));
                self.choose(PathFor::SaveCatalogueAs, move || {
                    let mut dialog = rfd::FileDialog::new()
                        .add_filter("Shoe catalogue", &["ron"])
                        .set_file_name("catalogue.ron");
                    if let Some(folder) = &folder {
                        dialog = dialog.set_directory(folder);
                    }
                    dialog.save_file()
                });
            }
            EditorCommand::SaveTo { path, agreed } => self.save_to(path, agreed),
            EditorCommand::ImportPictureDialog(index) => {
                self.choose(PathFor::ImportPicture(index), || {
                    rfd::FileDialog::new()
                        .add_filter("Picture", &["png", "jpg", "jpeg"])
                        .pick_file()
                });
            }
        }
    }

    /// A change to the editor's draft, when there is one.
    fn apply_draft(&mut self, command: DraftCommand) {
        let pictures = self.drafts.pictures_folder();
        if let Some(editor) = self.document.editor_mut() {
            // An imported picture waits in the window's recovery folder, so it travels with
            // the draft should the program stop.
            if let Some(folder) = pictures {
                editor.keep_pictures_in(folder);
            }
            change_draft(editor, command);
        }
    }

    /// Into the editor (a draft of the catalogue on screen) or back to finding shoes.
    fn edit(&mut self, on: bool) {
        self.mode = if on { Mode::Edit } else { Mode::Recommend };
        if on {
            self.document.start_editing();
        }
    }

    /// Saves the editor's draft, first asking about a file that changed on disk since it was
    /// read or saved here, errors, comments that would be lost and a read-only file.
    fn save_to(&mut self, path: PathBuf, agreed: Agreed) {
        let Some(editor) = self.document.editor_mut() else {
            return;
        };
        let own_file = path == editor.path;
        let question = if own_file && !agreed.changed && !editor.disk_matches() {
            Some(Confirm::OverwriteChanged(path.clone(), agreed))
        } else if editor.error_count() > 0 && !agreed.errors {
            Some(Confirm::SaveWithErrors(path.clone(), agreed))
        } else if editor.inner_comments && !editor.comments_accepted && !agreed.comments && own_file
        {
            Some(Confirm::LoseComments(path.clone(), agreed))
        } else {
            None
        };
        if question.is_some() {
            self.windows.confirm = question;
            return;
        }
        editor.comments_accepted |= agreed.comments;
        // Its own file as it was read or saved here, unless the user said to replace a
        // change; another file only once the user chose it (a file dialog or the path box
        // asks before naming one that is there).
        let mut plan = if own_file && !agreed.changed {
            crate::files::Plan::document(editor.disk.clone())
        } else {
            crate::files::Plan::replacing()
        };
        plan.read_only_ok = agreed.read_only;
        match editor.save(&path, &plan) {
            Ok(backup) => {
                tracing::info!("saved {}", path.display());
                let said = match backup {
                    Some(backup) => {
                        Say::new("notice-saved-backup").text("backup", backup.display().to_string())
                    }
                    None => Say::new("notice-saved"),
                };
                self.notify(said.text("path", path.display().to_string()));
                self.drafts.settled();
                self.settings.remember(&path);
                self.document.saved_as(path);
            }
            Err(SaveError::Write(crate::files::WriteError::Changed { .. })) => {
                editor.trouble = None;
                self.windows.confirm = Some(Confirm::OverwriteChanged(path, agreed));
            }
            Err(SaveError::Write(crate::files::WriteError::ReadOnly { .. })) => {
                editor.trouble = None;
                self.windows.confirm = Some(Confirm::ReplaceReadOnly(path, agreed));
            }
            Err(error) => {
                tracing::warn!("could not save {}: {error}", path.display());
                // The editor says "Not saved"; an earlier "Saved to…" would contradict it.
                self.windows.notice = None;
            }
        }
    }

    /// The fitting: shoes tried on, sessions, the report, and work a crash left behind.
    fn apply_fitting(&mut self, command: FittingCommand) {
        match command {
            FittingCommand::AddTried(id) => {
                let profile = &mut self.settings.profile;
                if !profile.tried.iter().any(|t| t.shoe == id) {
                    profile.tried.push(Tried {
                        shoe: id,
                        feel: Vec::new(),
                        note: None,
                    });
                    self.rerank();
                }
            }
            FittingCommand::NewCustomer => {
                self.settings.profile = Profile::default();
                self.fitting.start(&self.settings.profile);
                self.rerank();
            }
            FittingCommand::SaveSession => self.save_session(SaveHow::Asking, None),
            FittingCommand::SaveSessionThen(then) => self.save_session(SaveHow::Asking, Some(then)),
            FittingCommand::SaveSessionReplacing(then) => {
                self.save_session(SaveHow::Replacing, then)
            }
            FittingCommand::SaveSessionCorrected(then) => {
                self.save_session(SaveHow::NameCorrected, then)
            }
            FittingCommand::SaveSessionAsNew(then) => self.save_session(SaveHow::NewCustomer, then),
            FittingCommand::DiscardingFitting(then) => {
                self.fitting.settled(&self.settings.profile);
                self.drafts.settled();
                self.push(*then);
            }
            FittingCommand::OpenSession(path) => self.open_session(path),
            FittingCommand::WriteReport => self.write_report(),
            FittingCommand::ChooseSessionsFolder => {
                let sessions = self.settings.sessions();
                self.choose(PathFor::SessionsFolder, move || {
                    rfd::FileDialog::new()
                        .set_directory(&sessions)
                        .pick_folder()
                });
            }
            FittingCommand::SetSessionsFolder(folder) => {
                self.settings.sessions_folder = Some(folder)
            }
            FittingCommand::ShowCustomers(open) => {
                self.windows.customers = open;
                if open {
                    self.shop.look_again();
                }
            }
            FittingCommand::SearchCustomers(text) => self.windows.customers_search = text,
            FittingCommand::AskForgetCustomer(path) => self.ask_forget(&path),
            FittingCommand::ForgetCustomer(sessions) => self.forget(&sessions),
            FittingCommand::RestoreLeftBehind => self.restore_left_behind(),
            FittingCommand::DiscardLeftBehind => {
                self.windows.left_behind = None;
                self.drafts.left_behind_done();
            }
        }
    }

    /// Asks before forgetting the customer of the session at `path`: every session with the
    /// same name (whatever its case and spaces) goes, with its report; the question lists
    /// each file with its last visit, so two customers of one name are told apart.
    fn ask_forget(&mut self, path: &std::path::Path) {
        let Some(name) = self
            .shop
            .customers()
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, profile)| profile.customer.clone().unwrap_or_default())
        else {
            return;
        };
        let sessions = self
            .shop
            .customers()
            .iter()
            .filter(|(p, profile)| {
                p == path
                    || profile
                        .customer
                        .as_deref()
                        .is_some_and(|other| crate::session::same_customer(&name, other))
            })
            .map(|(p, _)| p.clone())
            .collect();
        self.windows.confirm = Some(Confirm::ForgetCustomer { name, sessions });
    }

    /// Forgets the customer of `sessions`: their session files, every visit's report and
    /// the backups of each are deleted; a fitting of theirs on screen starts afresh, its
    /// recovery draft gone, and so are the drafts of theirs that windows now gone left
    /// behind. Then the program's folders are looked through for the name, and the window
    /// says whether it is anywhere still.
    fn forget(&mut self, sessions: &[PathBuf]) {
        let names: Vec<String> = self
            .shop
            .customers()
            .iter()
            .filter(|(p, _)| sessions.contains(p))
            .filter_map(|(_, profile)| profile.customer.clone())
            .collect();
        let theirs = |name: Option<&str>| {
            name.is_some_and(|name| names.iter().any(|n| crate::session::same_customer(n, name)))
        };
        let on_screen = self
            .fitting
            .path()
            .is_some_and(|p| sessions.iter().any(|s| s == p))
            || theirs(self.settings.profile.customer.as_deref());
        if on_screen {
            self.settings.profile = self.settings.profile.inputs();
            self.fitting.start(&self.settings.profile);
            // The fitting's draft goes at once; the editor's stays.
            self.drafts.settled();
            self.rerank();
        }
        for name in &names {
            self.drafts.forget_customer(name);
        }
        self.save_settings();
        // The list drops them at once: no forgotten row stays to be clicked.
        self.shop.drop_sessions(sessions);
        let mut folders = vec![self.settings.sessions()];
        folders.extend(self.drafts.root());
        folders.extend(self.settings_folder());
        let sessions = sessions.to_vec();
        self.jobs.run("forgetting", move || {
            Done::Forgot(forget_files(&sessions, &names, &folders))
        });
    }

    /// Says what forgetting a customer did, and reads the sessions again.
    fn forgot(&mut self, forgotten: Forgotten) {
        self.shop.look_again();
        let said = if !forgotten.failed.is_empty() {
            Say::new("customers-not-forgotten").text("error", forgotten.failed.join("; "))
        } else if !forgotten.still.is_empty() {
            Say::new("customers-still-named")
                .num("count", forgotten.sessions as f64)
                .text("files", forgotten.still.join(", "))
        } else {
            Say::new("customers-forgotten").num("count", forgotten.sessions as f64)
        };
        self.fitting.say(said);
    }

    /// Saves the fitting session as `how` says, then does `then`. Asks first when the
    /// customer's name was changed on a saved session (a correction, or another customer?),
    /// and when its file changed since it was opened or saved here, or is read-only.
    fn save_session(&mut self, how: SaveHow, then: Option<Box<Command>>) {
        if how == SaveHow::Asking
            && let Some(before) = self.fitting.renamed(&self.settings.profile)
        {
            let now = self.settings.profile.customer.clone().unwrap_or_default();
            self.windows.confirm = Some(Confirm::CustomerRenamed { before, now, then });
            return;
        }
        if how == SaveHow::NewCustomer {
            self.fitting.as_new_customer(&mut self.settings.profile);
        }
        let saved = self.fitting.save(
            &self.settings.sessions(),
            &mut self.settings.profile,
            how == SaveHow::Replacing,
        );
        match saved {
            Ok(said) => {
                self.fitting.say(said);
                self.drafts.settled();
                // The new visit counts in the shop's evidence from now on.
                self.shop.look_again();
                if let Some(then) = then {
                    self.push(*then);
                }
            }
            Err(NotSaved::Ask(error)) => {
                let read_only = matches!(error, crate::files::WriteError::ReadOnly { .. });
                self.windows.confirm = Some(Confirm::SessionChanged {
                    path: error.file().to_path_buf(),
                    read_only,
                    then,
                });
            }
            Err(NotSaved::Failed(said)) => self.fitting.say(said),
        }
    }

    fn open_session(&mut self, path: PathBuf) {
        match crate::profile::load_profile(&path) {
            Ok(profile) => {
                // A customer back on another day starts a new visit in the same file; the
                // earlier one is kept in it, and the new one waits to be saved.
                let visit = profile.new_visit(&crate::dates::today());
                let said = if visit == profile {
                    Say::new("fitting-opened").text("path", path.display().to_string())
                } else {
                    Say::new("fitting-new-visit")
                        .text("path", path.display().to_string())
                        .num("visits", visit.visits.len() as f64)
                };
                let version = crate::session::version_of(&path);
                self.fitting.opened(path, &profile, version);
                self.settings.profile = visit;
                self.fitting.say(said);
                self.windows.customers = false;
                self.rerank();
            }
            Err(diagnostics) => {
                let first = diagnostics.first().map(Diagnostic::said_line);
                self.fitting
                    .say(Say::new("fitting-not-opened").says("error", first.into_iter().collect()));
            }
        }
    }

    /// Writes the printable fitting report next to the sessions, in the window's language.
    fn write_report(&mut self) {
        let Some(catalogue) = self.document.catalogue().cloned() else {
            self.fitting.say(Say::new("fitting-no-catalogue"));
            return;
        };
        let folder = self.document.path().map(folder_of);
        let sample = self.document.is_sample();
        let profile = self.settings.profile.clone();
        // The very advice the window shows: its ranking, moves and what-ifs.
        let advice = self.finder.shared_advice();
        let (lang, weight_unit) = (self.settings.lang(), self.settings.weight_unit);
        let session = self
            .fitting
            .file(&self.settings.sessions(), &self.settings.profile);
        // Each visit its own report: a returning customer's earlier reports stay.
        let visit = self.settings.profile.visits.len() + 1;
        self.fitting.say(Say::new("fitting-report-writing"));
        self.jobs.run("report", move || {
            let html = crate::report::render(&crate::report::ReportInput {
                catalogue: &catalogue,
                pictures: if sample {
                    crate::report::Pictures::Sample
                } else {
                    crate::report::Pictures::Folder(folder.as_deref())
                },
                profile: &profile,
                advice: &advice,
                top: 5,
                today: crate::dates::today(),
                lang,
                weight_unit,
            });
            Done::Report(
                crate::session::write_report(&session, visit, &html).map_err(|e| e.to_string()),
            )
        });
    }

    /// Says where the report went, or why it did not.
    fn wrote_report(&mut self, written: Result<PathBuf, String>) {
        let said = match written {
            Ok(path) => {
                let said =
                    Say::new("fitting-report-written").text("path", path.display().to_string());
                self.fitting.wrote(path);
                said
            }
            Err(error) => Say::new("fitting-no-report").text("error", error),
        };
        self.fitting.say(said);
    }

    /// Takes in what work done off the frame brought back.
    pub(super) fn take_done(&mut self) {
        for done in self.jobs.take() {
            match done {
                Done::Chosen(purpose, Some(path)) => {
                    let chosen = if purpose.wants_folder() {
                        Chosen::Folder(path)
                    } else {
                        Chosen::File(path)
                    };
                    if let Some(command) = purpose.command(chosen) {
                        self.push(command);
                    }
                }
                Done::Chosen(_, None) => {}
                Done::Report(written) => self.wrote_report(written),
                Done::Forgot(forgotten) => self.forgot(forgotten),
            }
        }
    }

    /// Brings back what a crash or a kill left unsaved: the draft in the editor, on its
    /// catalogue file as it reads now, and the fitting.
    pub(super) fn restore_left_behind(&mut self) {
        let Some((draft, fitting)) = self.windows.left_behind.take() else {
            return;
        };
        if let Some(found) = draft {
            tracing::info!("restored the draft of {}", found.what.file.display());
            // Its pictures are copied to this window's folder before the one they were in
            // goes.
            let pictures = self.drafts.take_pictures(&found.what.pictures);
            let taken = self.document.restore_draft(found.what);
            if let Some(editor) = self.document.editor_mut() {
                if let Some(folder) = self.drafts.pictures_folder() {
                    editor.keep_pictures_in(folder);
                }
                editor.restore_pictures(pictures);
            }
            self.mode = Mode::Edit;
            self.after(taken);
        }
        if let Some(found) = fitting {
            tracing::info!("restored a fitting");
            let fitting = found.what;
            self.settings.profile = fitting.profile;
            self.fitting.restored(fitting.session, fitting.version);
            self.rerank();
        }
        // Taken in: the window that left them is done with; from now on this window keeps
        // them, should it stop too.
        self.drafts.left_behind_done();
        self.drafts.settled();
    }

    /// For [`super::TEST_HOOK`]: the editor on the open catalogue with its first shoe's model
    /// changed to `model`, not saved.
    pub(super) fn edit_for_a_test(&mut self, model: &str) {
        self.edit(true);
        if let Some(editor) = self.document.editor_mut()
            && !editor.draft.shoes.is_empty()
        {
            let before = editor.draft.clone();
            editor.draft.shoes[0].model = model.to_string();
            editor.before_edit(before, Some(0));
        }
    }

    /// The runner's inputs, units and language.
    fn apply_inputs(&mut self, command: InputsCommand) {
        match command {
            InputsCommand::SetProfile(profile) => {
                let knee_pain_now = profile.knee_pain == Some(true)
                    && self.settings.profile.knee_pain != Some(true);
                if *profile != self.settings.profile {
                    self.settings.profile = *profile;
                    // Knee pain just given: the advice opens, as a fitter would give it.
                    self.windows.knee |= knee_pain_now;
                    self.rerank();
                }
            }
            InputsCommand::SetPriorities(priorities) => {
                if *priorities != self.settings.priorities {
                    self.settings.priorities = *priorities;
                    self.rerank();
                }
            }
            InputsCommand::SetUnits(weight, size) => {
                self.settings.weight_unit = weight;
                self.settings.size_system = size;
            }
            InputsCommand::SetLanguage(lang) => self.settings.language = lang,
            InputsCommand::SetTheme(theme) => self.settings.theme = theme,
            InputsCommand::SetShopEvidence(on) => {
                self.settings.shop_evidence = on;
                self.rerank();
            }
        }
    }

    /// The finder: the chosen shoe, the comparison, the list shown, the search.
    fn apply_finder(&mut self, command: FinderCommand) {
        let catalogue = self.document.catalogue().map(|c| &**c);
        match command {
            FinderCommand::Select(id) => self.finder.select(id),
            FinderCommand::MoveSelection(step) => self.finder.move_selection(catalogue, step),
            FinderCommand::ToggleCompare(id) => self.finder.toggle_compare(id),
            FinderCommand::ShowCompare(open) => {
                self.windows.compare = open && !self.finder.compare().is_empty();
            }
            FinderCommand::ShowView(view) => self.finder.show_view(view),
            FinderCommand::FocusSearch => self.finder.focus_search(),
            FinderCommand::Search(text) => self.finder.set_search(text),
            FinderCommand::Dismiss => {
                if self.windows.compare {
                    self.windows.compare = false;
                } else if !self.finder.search().is_empty() {
                    self.finder.set_search(String::new());
                } else {
                    self.windows.notice = None;
                }
            }
        }
    }
}

/// A change to the editor's draft: undo and redo, shoes added, copied or deleted, a picture
/// imported.
fn change_draft(editor: &mut Editor, command: DraftCommand) {
    match command {
        DraftCommand::Undo => editor.undo(),
        DraftCommand::Redo => editor.redo(),
        DraftCommand::AddShoe => editor.add(),
        DraftCommand::DuplicateShoe => editor.duplicate(),
        DraftCommand::DeleteShoe => editor.delete(),
        DraftCommand::ChooseShoe(index) => editor.selected = Some(index),
        DraftCommand::FilterShoes(filter) => editor.filter = filter,
        DraftCommand::SortShoes(by) => editor.sort_by(by),
        DraftCommand::ChangeShoe(index, shoe) => editor.change_shoe(index, *shoe),
        DraftCommand::ImportPicture(index, source) => {
            editor.trouble = editor
                .import_picture(index, &source)
                .err()
                .map(Trouble::PictureRefused);
        }
    }
}

/// How a fitting is saved, as far as the user has answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaveHow {
    /// Asking what needs asking.
    Asking,
    /// Over its file as it is now, the user having agreed (and answered about the name).
    Replacing,
    /// To its own file, the changed name being a correction.
    NameCorrected,
    /// To a new file: the changed name is another customer's.
    NewCustomer,
}

impl Command {
    /// Save to `path`, asking what needs asking.
    pub(super) fn save_to(path: PathBuf) -> Command {
        EditorCommand::SaveTo {
            path,
            agreed: Agreed::default(),
        }
        .into()
    }
}

/// The user's home folder, where a dialog for a file from elsewhere starts.
fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

/// Deletes the files of `sessions` (each session, its reports and their backups), then looks
/// through `folders` for files still naming any of `names`.
fn forget_files(sessions: &[PathBuf], names: &[String], folders: &[PathBuf]) -> Forgotten {
    let mut failed = Vec::new();
    for session in sessions {
        for file in crate::session::files_of(session) {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => failed.push(format!("{}: {error}", file.display())),
            }
        }
    }
    let still = names
        .iter()
        .flat_map(|name| crate::privacy::files_naming(folders, name))
        .map(|file| file.display().to_string())
        .collect();
    Forgotten {
        sessions: sessions.len(),
        failed,
        still,
    }
}
