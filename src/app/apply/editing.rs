//! The catalogue editor: in and out, saving, and changes to its draft.

use super::*;

impl ShoeApp {
    /// The catalogue editor: in and out, saving, undo, shoes and pictures.
    pub(in crate::app) fn apply_editor(&mut self, command: EditorCommand) {
        // The shopper's finder has no editor: nothing may open it there.
        if !self.shop_parts {
            return;
        }
        match command {
            EditorCommand::Edit(on) => self.edit(on),
            EditorCommand::EditShoe(id) => {
                self.edit(true);
                if let Some(editor) = self.document.editor_mut() {
                    let index = editor.draft().shoes.iter().position(|s| s.id == id);
                    editor.choose(index);
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
                    let path = editor.path().to_path_buf();
                    self.push(Command::save_to(path));
                }
            }
            EditorCommand::SaveAs => {
                let folder = self.document.editor().map(|e| folder_of(e.path()));
                self.choose(PathFor::SaveCatalogueAs, move || {
                    let mut dialog = crate::app::dialog::FileDialog::new()
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
                    crate::app::dialog::FileDialog::new()
                        .add_filter("Picture", &["png", "jpg", "jpeg"])
                        .pick_file()
                });
            }
        }
    }

    /// A change to the editor's draft, when there is one.
    pub(in crate::app) fn apply_draft(&mut self, command: DraftCommand) {
        let pictures = self.drafts.pictures_folder();
        if let Some(editor) = self.document.editor_mut() {
            // An imported picture waits in the window's recovery folder, so it travels with
            // the draft should the program stop.
            if let Some(folder) = pictures {
                editor.keep_pictures_in(folder);
            }
            change_draft(editor, command, &mut self.jobs);
        }
    }

    /// A picture read for import: the shoe at `index` gets it, or the editor says why not.
    pub(in crate::app) fn picture_read(&mut self, index: usize, read: Result<Vec<u8>, Say>) {
        if let Some(editor) = self.document.editor_mut() {
            let trouble = read
                .and_then(|bytes| editor.import_bytes(index, &bytes))
                .err()
                .map(Trouble::PictureRefused);
            editor.set_trouble(trouble);
        }
    }

    /// Into the editor (a draft of the catalogue on screen) or back to finding shoes.
    pub(in crate::app) fn edit(&mut self, on: bool) {
        self.mode = if on { Mode::Edit } else { Mode::Recommend };
        if on {
            self.document.start_editing();
        }
    }

    /// For [`super::TEST_HOOK`]: the editor on the open catalogue with its first shoe's model
    /// changed to `model`, not saved.
    #[cfg(not(target_arch = "wasm32"))]
    pub(in crate::app) fn edit_for_a_test(&mut self, model: &str) {
        self.edit(true);
        if let Some(editor) = self.document.editor_mut()
            && !editor.draft().shoes.is_empty()
        {
            let mut shoe = editor.draft().shoes[0].clone();
            shoe.model = model.to_string();
            editor.change_shoe(0, shoe);
        }
    }
}

/// A change to the editor's draft: undo and redo, shoes added, copied or deleted, a picture
/// imported.
fn change_draft(editor: &mut Editor, command: DraftCommand, jobs: &mut Jobs) {
    match command {
        DraftCommand::Undo => editor.undo(),
        DraftCommand::Redo => editor.redo(),
        DraftCommand::AddShoe => editor.add(),
        DraftCommand::DuplicateShoe => editor.duplicate(),
        DraftCommand::DeleteShoe => editor.delete(),
        DraftCommand::ChooseShoe(index) => editor.choose(Some(index)),
        DraftCommand::FilterShoes(filter) => editor.set_filter(filter),
        DraftCommand::SortShoes(by) => editor.sort_by(by),
        DraftCommand::ChangeShoe(index, shoe) => editor.change_shoe(index, *shoe),
        // Read and checked off the frame (a large picture takes a while to decode).
        DraftCommand::ImportPicture(index, source) => jobs.run("picture import", move || {
            Done::PictureRead(index, crate::app::editor::read_import(&source))
        }),
    }
}

impl Command {
    /// Save to `path`, asking what needs asking.
    pub(in crate::app) fn save_to(path: PathBuf) -> Command {
        EditorCommand::SaveTo {
            path,
            agreed: Agreed::default(),
        }
        .into()
    }
}
