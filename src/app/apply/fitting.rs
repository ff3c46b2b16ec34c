//! The fitting: its session file, the report, forgetting a customer, what a crash left.

use super::*;

impl ShoeApp {
    /// The fitting: shoes tried on, sessions, the report, and work a crash left behind.
    pub(in crate::app) fn apply_fitting(&mut self, command: FittingCommand) {
        match command {
            FittingCommand::AddTried(id) => {
                // The size worked out for the runner is recorded as the size tried; the
                // fitting record lets it be changed.
                let size = self.size_to_try(&id);
                let profile = &mut self.settings.profile;
                if !profile.tried.iter().any(|t| t.shoe == id) {
                    profile.tried.push(Tried {
                        shoe: id,
                        size,
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
            // A report waits for a save under way: it is named after the session.
            FittingCommand::WriteReport if self.session_saving.running() => {
                self.session_saving.wait(FittingCommand::WriteReport);
            }
            FittingCommand::WriteReport => self.write_report(),
            FittingCommand::ChooseSessionsFolder => {
                let sessions = self.settings.sessions();
                self.choose(PathFor::SessionsFolder, move || {
                    crate::app::dialog::FileDialog::new()
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

    /// The size worked out for the runner in the shoe `id` of the catalogue on screen, in
    /// their size system, moved by what the shop learned when the advice shown was.
    fn size_to_try(&self, id: &str) -> Option<crate::units::ShoeSize> {
        let catalogue = self.document.catalogue()?;
        let shoe = catalogue.shoes.iter().find(|shoe| shoe.id == id)?;
        let learned = Some(&self.finder.advice().learned);
        let sizes = crate::recommend::Sizes::new(catalogue, &self.settings.profile, learned)?;
        sizes.of(shoe)?.said_size()
    }

    /// Asks before forgetting the customer of the session at `path`: every session with the
    /// same name (whatever its case and spaces) goes, with its report; the question lists
    /// each file with its last visit, so two customers of one name are told apart.
    pub(in crate::app) fn ask_forget(&mut self, path: &std::path::Path) {
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
    pub(in crate::app) fn forget(&mut self, sessions: &[PathBuf]) {
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
    pub(in crate::app) fn forgot(&mut self, forgotten: Forgotten) {
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
        // One save at a time: another asked for meanwhile follows it.
        if self.session_saving.running() {
            self.session_saving.wait(how.command(then));
            return;
        }
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
        let save = self.fitting.save(
            &self.settings.sessions(),
            &mut self.settings.profile,
            how == SaveHow::Replacing,
        );
        self.session_saving.start();
        self.jobs.run("session save", move || {
            Done::SessionSaved(Box::new(save.write()), then)
        });
    }

    /// Takes in how a session save went, then does what was to follow it.
    pub(in crate::app) fn session_saved(
        &mut self,
        saved: crate::app::fitting::SessionSaved,
        then: Option<Box<Command>>,
    ) {
        match self.fitting.saved(saved) {
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
        // What waited for the save, in the order asked.
        for command in self.session_saving.done() {
            self.push(command);
        }
    }

    pub(in crate::app) fn open_session(&mut self, path: PathBuf) {
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
    pub(in crate::app) fn write_report(&mut self) {
        let Some(catalogue) = self.document.catalogue().cloned() else {
            self.fitting.say(Say::new("fitting-no-catalogue"));
            return;
        };
        let folder = self.document.path().map(folder_of);
        let sample = self.document.is_sample();
        let profile = self.settings.profile.clone();
        // The very advice the window shows: its ranking, moves and what-ifs (found here,
        // the same way, should they still be on their way to the window).
        let advice = self.finder.shared_advice();
        let pending = self.what_ifs_searching || self.what_ifs_stale;
        let evidence = self
            .settings
            .shop_evidence
            .then(|| self.shop.evidence().clone());
        let what_ifs = pending
            .then(|| {
                self.finder
                    .what_if_work(catalogue.clone(), &self.settings, evidence)
            })
            .flatten();
        let (lang, weight_unit) = (self.settings.lang(), self.settings.weight_unit);
        let session = self
            .fitting
            .file(&self.settings.sessions(), &self.settings.profile);
        // Each visit its own report: a returning customer's earlier reports stay.
        let visit = self.settings.profile.visits.len() + 1;
        self.fitting.say(Say::new("fitting-report-writing"));
        self.jobs.run("report", move || {
            let advice = match what_ifs {
                Some((_, work)) => {
                    let mut advice = (*advice).clone();
                    work().add_to(&mut advice);
                    std::sync::Arc::new(advice)
                }
                None => advice,
            };
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
            Done::Report(crate::session::write_report(&session, visit, &html).map_err(|e| e.said()))
        });
    }

    /// Says where the report went, or why it did not.
    pub(in crate::app) fn wrote_report(&mut self, written: Result<PathBuf, Say>) {
        let said = match written {
            Ok(path) => {
                let said =
                    Say::new("fitting-report-written").text("path", path.display().to_string());
                self.fitting.wrote(path);
                said
            }
            Err(why) => Say::new("fitting-no-report").says("error", vec![why]),
        };
        self.fitting.say(said);
    }

    /// Brings back what a crash or a kill left unsaved: the draft in the editor, on its
    /// catalogue file as it reads now, and the fitting.
    pub(in crate::app) fn restore_left_behind(&mut self) {
        let Some((draft, fitting)) = self.windows.left_behind.take() else {
            return;
        };
        if let Some(found) = draft {
            tracing::info!("restored the draft of {}", found.what.file.display());
            // Its pictures are copied to this window's folder before the one they were in
            // goes.
            let pictures = self.drafts.take_pictures(&found.what.pictures);
            let folder = self.drafts.pictures_folder();
            let ctx = self.jobs.context();
            let taken = self
                .document
                .restore_draft(found.what, pictures, folder, ctx.as_ref());
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
        // them, should it stop too. A draft still waiting for its file keeps the folder it
        // came from until the editor is open on it (see `poll`).
        if self.document.is_restoring() {
            self.release_left_behind = true;
        } else {
            self.drafts.left_behind_done();
        }
        self.drafts.settled();
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

impl SaveHow {
    /// The command that asks for a save this way, then `then`.
    fn command(self, then: Option<Box<Command>>) -> Command {
        match (self, then) {
            (SaveHow::Asking, None) => FittingCommand::SaveSession.into(),
            (SaveHow::Asking, Some(then)) => FittingCommand::SaveSessionThen(then).into(),
            (SaveHow::Replacing, then) => FittingCommand::SaveSessionReplacing(then).into(),
            (SaveHow::NameCorrected, then) => FittingCommand::SaveSessionCorrected(then).into(),
            (SaveHow::NewCustomer, then) => FittingCommand::SaveSessionAsNew(then).into(),
        }
    }
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
