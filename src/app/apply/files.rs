//! Files: opening, reloading, the sample, quitting, and where paths are asked for.

use super::*;

impl ShoeApp {
    /// A path from the system's file dialog (`dialog`, opened on a thread of its own so the
    /// window keeps drawing; what it chooses comes back as a command), or, where no dialog
    /// can open, from the window's own box for `purpose`. Nothing while a dialog is open.
    pub(in crate::app) fn choose(
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
    pub(in crate::app) fn ask_path(&mut self, purpose: PathFor, no_dialog: bool) {
        let folder = match purpose {
            PathFor::OpenCatalogue => self.document.path().map(folder_of).or_else(home),
            PathFor::SaveCatalogueAs => self.document.editor().map(|e| folder_of(e.path())),
            PathFor::SessionsFolder => Some(self.settings.sessions()),
            PathFor::ImportPicture(_) | PathFor::SampleFolder => home(),
        };
        self.windows.path_box = Some(PathBox::new(purpose, folder.as_deref(), no_dialog));
    }

    /// The path box: opening it, typing, taking the path or closing it.
    pub(in crate::app) fn apply_path_box(&mut self, command: PathCommand) {
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
    pub(in crate::app) fn apply_file(&mut self, command: FileCommand, ctx: &egui::Context) {
        match command {
            // The system opens it: the browser for a report, the file manager for a folder.
            FileCommand::OpenExternally(path) => {
                let path = std::path::absolute(&path).unwrap_or(path);
                ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
            }
            FileCommand::OpenDialog => {
                let folder = self.document.path().map(folder_of);
                self.choose(PathFor::OpenCatalogue, move || {
                    let mut dialog = crate::app::dialog::FileDialog::new()
                        .add_filter("Shoe catalogue", &["ron"]);
                    if let Some(folder) = &folder {
                        dialog = dialog.set_directory(folder);
                    }
                    dialog.pick_file()
                });
            }
            FileCommand::Open(path) => self.open(path, Some(ctx)),
            FileCommand::Reload => self.reload(Some(ctx)),
            // The draft's own save may be what changed the file: looked at once it is done.
            FileCommand::FileChanged if self.catalogue_saving.running() => {
                self.catalogue_saving.wait(FileCommand::FileChanged);
            }
            FileCommand::FileChanged => match self.document.editor() {
                Some(editor) if editor.disk_known() => {}
                Some(editor) if editor.is_dirty() => {
                    self.windows.confirm = Some(Confirm::ChangedOnDisk);
                }
                _ => self.reload(Some(ctx)),
            },
            FileCommand::CancelLoading => self.document.cancel_loading(),
            FileCommand::OpenSample => self.show_sample(),
            FileCommand::SaveSampleDialog => {
                let title = self.words().get("dialog-sample-folder");
                self.choose(PathFor::SampleFolder, move || {
                    crate::app::dialog::FileDialog::new()
                        .set_title(title)
                        .pick_folder()
                });
            }
            // Its ninety files are written off the frame.
            FileCommand::SaveSample(folder) => self.jobs.run("sample", move || {
                Done::SampleWritten(crate::sample::write_to(&folder))
            }),
            FileCommand::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

/// The user's home folder, where a dialog for a file from elsewhere starts.
fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

impl ShoeApp {
    /// The sample written into a folder: opened from there, or why not.
    pub(in crate::app) fn sample_written(&mut self, written: Result<PathBuf, Say>) {
        match written {
            Ok(path) => {
                let said = Say::new("notice-sample-saved").text("path", path.display().to_string());
                self.notify(said);
                let ctx = self.jobs.context();
                self.open(path, ctx.as_ref());
            }
            Err(why) => self.notify(Say::new("notice-not-saved").says("error", vec![why])),
        }
    }
}
