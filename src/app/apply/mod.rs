//! Applying the commands the panels pushed while drawing: each change of state happens here,
//! once per frame, grouped by what it is about.

use super::command::{Agreed, Command, Confirm, Mode};
use super::command::{Chosen, PathFor};
use super::editor::{Editor, SaveError, Trouble};
use super::fitting::NotSaved;
use super::jobs::{Done, Forgotten, Jobs};
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

mod editing;
mod files;
mod fitting;

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
            WindowsCommand::ShowNarrowShoes(shoes) => self.windows.narrow_shoes = shoes,
            WindowsCommand::PrintableReport => {
                // The desktop writes a fitting's report into its session instead.
                #[cfg(target_arch = "wasm32")]
                if let Some(html) = self.printable_report() {
                    super::web::open_printable(&html);
                }
            }
            WindowsCommand::DismissNotice => self.windows.notice = None,
            WindowsCommand::CloseQuestion => self.windows.confirm = None,
        }
    }

    /// Saves the editor's draft, first asking about a file that changed on disk since it was
    /// read or saved here, errors, comments that would be lost and a read-only file.
    fn save_to(&mut self, path: PathBuf, agreed: Agreed) {
        // One save at a time: another asked for meanwhile follows it.
        if self.catalogue_saving.running() {
            self.catalogue_saving
                .wait(EditorCommand::SaveTo { path, agreed });
            return;
        }
        let Some(editor) = self.document.editor_mut() else {
            return;
        };
        let own_file = path == editor.path();
        let question = if own_file && !agreed.changed && !editor.disk_matches() {
            Some(Confirm::OverwriteChanged(path.clone(), agreed))
        } else if editor.error_count() > 0 && !agreed.errors {
            Some(Confirm::SaveWithErrors(path.clone(), agreed))
        } else if editor.inner_comments()
            && !editor.comments_accepted()
            && !agreed.comments
            && own_file
        {
            Some(Confirm::LoseComments(path.clone(), agreed))
        } else {
            None
        };
        if question.is_some() {
            self.windows.confirm = question;
            return;
        }
        if agreed.comments {
            editor.accept_comments();
        }
        // Its own file as it was read or saved here, unless the user said to replace a
        // change; another file only once the user chose it (a file dialog or the path box
        // asks before naming one that is there).
        let mut plan = if own_file && !agreed.changed {
            crate::files::Plan::document(editor.disk().cloned())
        } else {
            crate::files::Plan::replacing()
        };
        plan.read_only_ok = agreed.read_only;
        let save = editor.save(&path, &plan);
        self.catalogue_saving.start();
        self.jobs.run("catalogue save", move || {
            Done::CatalogueSaved(save.write(), path, agreed)
        });
    }

    /// Takes in how a save of the draft to `path` went: says where it went, or asks about a
    /// file that changed or is read-only, or leaves the editor saying what went wrong; then
    /// does what waited for it.
    fn catalogue_saved(
        &mut self,
        saved: crate::app::editor::CatalogueSaved,
        path: PathBuf,
        agreed: Agreed,
    ) {
        for command in self.catalogue_saving.done() {
            self.push(command);
        }
        let Some(editor) = self.document.editor_mut() else {
            return;
        };
        match editor.saved(saved) {
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
                editor.set_trouble(None);
                self.windows.confirm = Some(Confirm::OverwriteChanged(path, agreed));
            }
            Err(SaveError::Write(crate::files::WriteError::ReadOnly { .. })) => {
                editor.set_trouble(None);
                self.windows.confirm = Some(Confirm::ReplaceReadOnly(path, agreed));
            }
            Err(error) => {
                tracing::warn!("could not save {}: {error}", path.display());
                // The editor says "Not saved"; an earlier "Saved to…" would contradict it.
                self.windows.notice = None;
            }
        }
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
                Done::WhatIfs(found) => self.found_what_ifs(found),
                Done::PictureRead(index, read) => self.picture_read(index, read),
                Done::SampleWritten(written) => self.sample_written(written),
                Done::SessionSaved(saved, then) => self.session_saved(*saved, then),
                Done::CatalogueSaved(saved, path, agreed) => {
                    self.catalogue_saved(saved, path, agreed)
                }
            }
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
                // The sizes worked out for the runner are said in the unit chosen.
                if self
                    .settings
                    .profile
                    .size_system
                    .is_some_and(|said| said != size)
                {
                    self.settings.profile.size_system = Some(size);
                    self.rerank();
                }
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
