//! The catalogue editor in the window, driven through egui_kittest on the real app state.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shoe_selector::app::command::{
    DraftCommand, EditorCommand, FileCommand, PathCommand, WindowsCommand,
};
use shoe_selector::app::{Agreed, Confirm, Mode, ShoeApp};
use shoe_selector::files::numbered_backup;
use std::path::Path;

mod window;
use window::{shop, shows};

/// The window in the editor, with the first shoe chosen.
fn editing(path: &Path) -> Harness<'static, ShoeApp> {
    let app = ShoeApp::new(window::english(), Some(path.to_path_buf()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.run();
    harness.get_by_label("Edit catalogue").click();
    window::settle(&mut harness);
    assert_eq!(harness.state().mode(), Mode::Edit);
    harness.get_by_label("brooks-ghost-16").click();
    window::settle(&mut harness);
    assert_eq!(harness.state().editor().and_then(|e| e.selected()), Some(0));
    harness
}

/// Replaces the text of the text field labelled `label`.
fn type_into(harness: &mut Harness<'_, ShoeApp>, label: &str, text: &str) {
    let input = egui::accesskit::Role::TextInput;
    let field = harness.get_by_role_and_label(input, label);
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_role_and_label(input, label).type_text(text);
    harness.run();
}

#[test]
fn an_invalid_value_gets_its_message_beside_the_field_and_saving_asks_first() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let original = std::fs::read_to_string(&path).expect("read");
    let mut harness = editing(&path);
    type_into(&mut harness, "Id", "Ghost Sixteen");
    let editor = harness.state().editor().expect("editor");
    assert_eq!(editor.draft().shoes[0].id, "Ghost Sixteen");
    assert!(editor.is_dirty());
    assert!(
        shows(
            &harness,
            "Only lower-case letters a-z, digits and dashes, like ghost-sixteen."
        ),
        "no message beside the id"
    );

    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    assert!(matches!(
        harness.state().confirm().cloned(),
        Some(Confirm::SaveWithErrors(..))
    ));
    assert!(shows(&harness, "Save with errors?"));
    harness.get_by_label("Cancel").click();
    window::settle(&mut harness);
    assert!(harness.state().confirm().cloned().is_none());
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        original,
        "nothing saved without confirmation"
    );
}

#[test]
fn undo_restores_and_redo_reapplies() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    assert_eq!(
        harness.state().editor().expect("editor").draft().shoes[0].model,
        "Ghost 17"
    );
    harness.get_by_label("Undo").click();
    window::settle(&mut harness);
    let editor = harness.state().editor().expect("editor");
    assert_eq!(editor.draft().shoes[0].model, "Ghost 16");
    assert!(!editor.is_dirty());
    harness.get_by_label("Redo").click();
    window::settle(&mut harness);
    assert_eq!(
        harness.state().editor().expect("editor").draft().shoes[0].model,
        "Ghost 17"
    );
}

#[test]
fn unsaved_edits_are_guarded_before_opening_another_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let other = folder.path().join("other.ron");
    std::fs::copy(&path, &other).expect("copy");
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    harness.state_mut().push(FileCommand::Open(other.clone()));
    harness.run();
    assert!(matches!(
        harness.state().confirm().cloned(),
        Some(Confirm::Discard(_))
    ));
    assert!(shows(&harness, "not saved"));
    assert_eq!(
        harness.state().document().path(),
        Some(path.as_path()),
        "not opened yet"
    );
    harness.get_by_label("Discard changes").click();
    window::settle(&mut harness);
    assert_eq!(harness.state().document().path(), Some(other.as_path()));
}

#[test]
fn saving_writes_the_file_keeps_a_backup_and_raises_no_false_change_on_disk() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let original = std::fs::read_to_string(&path).expect("read");
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(saved.contains("model: \"Ghost 17\","), "saved");
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        original
    );
    assert!(!harness.state().has_unsaved_edits());
    // It says where, and where the previous version went.
    assert!(shows(
        &harness,
        &format!(
            "Saved to {} (the previous version is in {})",
            path.display(),
            numbered_backup(&path, 1).display()
        )
    ));
    // The watcher sees our own save: no question, no reload.
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert!(harness.state().confirm().cloned().is_none());
}

#[test]
fn a_change_on_disk_during_unsaved_edits_asks_which_to_keep() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("Sample catalogue, autumn range", "Edited elsewhere"),
    )
    .expect("write");
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(Confirm::ChangedOnDisk)
    );
    harness.get_by_label("Keep my edits").click();
    window::settle(&mut harness);
    assert!(harness.state().has_unsaved_edits(), "the edits stay");
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert!(
        harness.state().confirm().cloned().is_none(),
        "the same change is not asked about twice"
    );
}

#[test]
fn the_recommender_uses_the_edited_catalogue_before_saving() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let rank_of = |app: &ShoeApp, id: &str| {
        let catalogue = app.catalogue().expect("catalogue");
        app.ranking()
            .recommendations
            .iter()
            .find(|r| catalogue.shoes[r.shoe].id == id)
            .map(|r| r.rank)
    };
    let before = rank_of(harness.state(), "brooks-ghost-16").expect("ranked");
    // Make it a motion-control shoe: wrong for the default neutral runner.
    let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
    shoe.support = shoe_selector::catalogue::Support::MotionControl;
    harness
        .state_mut()
        .push(DraftCommand::ChangeShoe(0, Box::new(shoe)));
    harness.run();
    let after = rank_of(harness.state(), "brooks-ghost-16").expect("ranked");
    assert!(after > before, "rank {before} -> {after}");
    assert!(harness.state().has_unsaved_edits());
    // Each change is followed (the draft is looked at once per change, not per frame):
    // undone, the shoe is back where it was and nothing is unsaved.
    harness.state_mut().push(DraftCommand::Undo);
    harness.run();
    assert_eq!(rank_of(harness.state(), "brooks-ghost-16"), Some(before));
    assert!(!harness.state().has_unsaved_edits());
    harness.state_mut().push(DraftCommand::Redo);
    harness.run();
    assert_eq!(rank_of(harness.state(), "brooks-ghost-16"), Some(after));
    assert!(harness.state().has_unsaved_edits());
}

#[test]
fn the_table_marks_shoes_with_problems_and_sorts() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Brand", "");
    let editor = harness.state().editor().expect("editor");
    assert_eq!(
        editor.worst(0),
        Some(shoe_selector::catalogue::Severity::Error)
    );
    // The column's header, not the form's field of the same name.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Id")
        .click();
    harness.run();
    let rows = harness.state().editor().expect("editor").rows();
    let ids: Vec<String> = rows
        .iter()
        .map(|&i| {
            harness.state().editor().expect("editor").draft().shoes[i]
                .id
                .clone()
        })
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn a_file_with_comments_warns_once_before_its_first_save_and_keeps_its_header() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen(",\n", ", // weighed in the shop\n", 1)).expect("write");
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    assert!(matches!(
        harness.state().confirm().cloned(),
        Some(Confirm::LoseComments(..))
    ));
    assert!(shows(&harness, "comments inside the catalogue"));
    harness.get_by_label("Save without them").click();
    window::settle(&mut harness);
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(saved.contains("model: \"Ghost 17\","));
    assert!(!saved.contains("weighed in the shop"));
    assert!(
        saved.starts_with("// The bundled sample catalogue"),
        "header kept"
    );
    // Saved once, the file has no inner comments left: no second warning.
    type_into(&mut harness, "Model", "Ghost 18");
    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    assert!(harness.state().confirm().cloned().is_none());
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Ghost 18")
    );
}

#[test]
fn add_duplicate_and_delete_shoes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let count = |h: &Harness<'_, ShoeApp>| h.state().editor().expect("editor").draft().shoes.len();
    let start = count(&harness);

    harness.get_by_label("Duplicate").click();
    window::settle(&mut harness);
    let editor = harness.state().editor().expect("editor");
    assert_eq!(count(&harness), start + 1);
    assert_eq!(
        editor.draft().shoes[1].id,
        "brooks-ghost-16-copy",
        "a free id, right after the original"
    );
    assert_eq!(editor.draft().shoes[1].model, editor.draft().shoes[0].model);
    assert_eq!(editor.selected(), Some(1));
    assert_eq!(editor.error_count(), 0, "a duplicate is valid at once");

    harness.get_by_label("Add shoe").click();
    window::settle(&mut harness);
    let editor = harness.state().editor().expect("editor");
    assert_eq!(count(&harness), start + 2);
    assert_eq!(
        editor.draft().shoes.last().map(|s| s.id.as_str()),
        Some("new-shoe")
    );
    assert_eq!(editor.selected(), Some(start + 1));
    // Its brand and model start empty and flagged, not filled with stand-in words.
    let new = editor.draft().shoes.last().expect("the new shoe");
    assert!(new.brand.is_empty() && new.model.is_empty());
    assert_eq!(editor.error_count(), 2, "brand and model are required");
    assert!(shows(&harness, "Required: fill it in."));

    harness.get_by_label("Delete").click();
    window::settle(&mut harness);
    assert_eq!(count(&harness), start + 1);
    assert!(
        !harness
            .state()
            .editor()
            .expect("editor")
            .draft()
            .shoes
            .iter()
            .any(|s| s.id == "new-shoe")
    );
    harness.get_by_label("Undo").click();
    window::settle(&mut harness);
    assert_eq!(
        count(&harness),
        start + 2,
        "undo brings the deleted shoe back"
    );
}

/// The menu bar's warnings are the file's: saving a fix from the editor takes it off the
/// list at once.
#[test]
fn saving_a_fix_takes_its_warning_off_the_list() {
    let folder = tempfile::tempdir().expect("temp dir");
    // Without its pictures' folder, every shoe with a picture has a warning.
    let path = shop(folder.path());
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/images/brooks-ghost-16.png"),
        folder.path().join("ghost.png"),
    )
    .expect("copy picture");
    let mut harness = editing(&path);
    let before = harness.state().warnings().len();
    assert!(before > 1);
    let about_first = |app: &ShoeApp| {
        app.warnings()
            .iter()
            .filter(|d| d.shoe.as_deref() == Some("brooks-ghost-16"))
            .count()
    };
    assert_eq!(about_first(harness.state()), 1);
    type_into(&mut harness, "Picture", "ghost.png");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    assert!(!harness.state().has_unsaved_edits());
    assert_eq!(harness.state().warnings().len(), before - 1);
    assert_eq!(about_first(harness.state()), 0);
    // Placed in the text just written, exactly where a fresh load of the file puts them.
    let loaded = shoe_selector::catalogue::load_catalogue(&path);
    let fresh: Vec<_> = loaded.warnings().cloned().collect();
    assert_eq!(harness.state().warnings(), fresh);
}

/// A hand edit on disk is never lost: after *Keep my edits* the next save still asks, the
/// hand edit overwritten is kept as a backup, and later saves keep it (each save's backup
/// takes a new name, the older ones stay as they are).
#[test]
fn keep_my_edits_still_asks_and_a_hand_edit_survives_every_later_save() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    let hand_edited =
        std::fs::read_to_string(&path)
            .expect("read")
            .replacen("price: 150.0", "price: 149.0", 1);
    std::fs::write(&path, &hand_edited).expect("write");
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(Confirm::ChangedOnDisk)
    );
    harness.get_by_label("Keep my edits").click();
    window::settle(&mut harness);
    // The same change on disk is not asked about twice...
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert_eq!(harness.state().confirm().cloned(), None);
    // ...but saving over it is.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(Confirm::OverwriteChanged(path.clone(), Agreed::default()))
    );
    harness.get_by_label("Overwrite it").click();
    window::settle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        hand_edited
    );
    // Two more edits, each saved without a question: the hand edit stays in its backup.
    for model in ["Ghost 18", "Ghost 19"] {
        type_into(&mut harness, "Model", model);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
        window::settle(&mut harness);
        assert_eq!(harness.state().confirm().cloned(), None, "{model}");
        assert!(
            std::fs::read_to_string(&path)
                .expect("read")
                .contains(model)
        );
    }
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        hand_edited
    );
    assert!(
        std::fs::read_to_string(numbered_backup(&path, 3))
            .expect("backup")
            .contains("Ghost 18")
    );
}

/// A read-only catalogue is asked about, not replaced; replaced when agreed, it stays
/// read-only, and later saves (each asked about) never stumble on a read-only backup.
#[cfg(unix)]
#[test]
fn a_read_only_catalogue_is_asked_about_and_every_later_save_works() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let original = std::fs::read_to_string(&path).expect("read");
    let mut harness = editing(&path);
    for model in ["Ghost 17", "Ghost 18"] {
        type_into(&mut harness, "Model", model);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
        window::settle(&mut harness);
        assert_eq!(
            harness.state().confirm().cloned(),
            Some(Confirm::ReplaceReadOnly(path.clone(), Agreed::default())),
            "{model}"
        );
        assert!(shows(&harness, "is read-only"));
        harness.get_by_label("Replace it").click();
        window::settle(&mut harness);
        assert!(
            std::fs::read_to_string(&path)
                .expect("read")
                .contains(model)
        );
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o222, 0, "still read-only");
        assert!(!shows(&harness, "Not saved"), "{model}");
    }
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        original
    );
}

/// The file is changed by hand while the editor is open (a price, and a typo that keeps it
/// from loading): a save asks first, whatever the draft, and the hand edit survives until
/// the user chooses to overwrite it, and then in the backup.
#[test]
fn a_save_never_replaces_a_file_changed_on_disk_without_asking() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let text = std::fs::read_to_string(&path).expect("read");
    let hand_edited = text.replacen("price: 150.0", "price: 999.0", 1).replacen(
        "support: Neutral",
        "support: Neutrl",
        1,
    );
    std::fs::write(&path, &hand_edited).expect("write");
    harness.state_mut().push(FileCommand::FileChanged);
    harness.run();
    assert!(
        harness.state().document().failed_load().is_some(),
        "the broken file is reported and the last good catalogue stays"
    );

    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(Confirm::OverwriteChanged(path.clone(), Agreed::default()))
    );
    assert!(shows(&harness, "changed since it was opened or saved here"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), hand_edited);
    harness.get_by_label("Cancel").click();
    window::settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), hand_edited);

    // Asked again, the user overwrites: the hand edit is kept as the backup.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    harness.get_by_label("Overwrite it").click();
    window::settle(&mut harness);
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(!saved.contains("999.0") && !saved.contains("Neutrl"));
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        hand_edited
    );
    // Our own save raises no question the next time.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    assert_eq!(harness.state().confirm().cloned(), None);
}

/// "Load the file" gives up the draft for what is on disk.
#[test]
fn a_file_changed_on_disk_can_be_loaded_instead_of_saved_over() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    let text = std::fs::read_to_string(&path).expect("read");
    let hand_edited = text.replacen("price: 150.0", "price: 999.0", 1);
    std::fs::write(&path, &hand_edited).expect("write");
    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    harness.get_by_label("Load the file").click();
    window::settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), hand_edited);
    let app = harness.state();
    assert!(!app.has_unsaved_edits());
    assert_eq!(app.catalogue().map(|c| c.shoes[0].price), Some(Some(999.0)));
}

/// A picture imported in the editor waits for the save: the shoe's old picture is never
/// replaced, an import undone leaves nothing behind, and a saved one gets a file of its own.
#[test]
fn an_imported_picture_joins_the_catalogue_only_when_it_is_saved() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let images = folder.path().join("images");
    std::fs::create_dir_all(&images).expect("images folder");
    let old = images.join("brooks-ghost-16.png");
    image::RgbaImage::from_pixel(30, 20, image::Rgba([200, 0, 0, 255]))
        .save(&old)
        .expect("old picture");
    let old_bytes = std::fs::read(&old).expect("read");
    let source = folder.path().join("new-photo.png");
    image::RgbaImage::from_pixel(40, 20, image::Rgba([0, 0, 200, 255]))
        .save(&source)
        .expect("new picture");
    let in_images = || {
        let mut names: Vec<String> = std::fs::read_dir(&images)
            .expect("images")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };

    let mut harness = editing(&path);
    harness
        .state_mut()
        .push(DraftCommand::ImportPicture(0, source.clone()));
    window::settle(&mut harness);
    let image_of_first = |harness: &Harness<'_, ShoeApp>| {
        harness
            .state()
            .editor()
            .and_then(|e| e.draft().shoes[0].image.clone())
    };
    assert_eq!(
        image_of_first(&harness).as_deref(),
        Some("images/brooks-ghost-16-2.png")
    );
    assert_eq!(in_images(), ["brooks-ghost-16.png"], "nothing written yet");
    assert_eq!(std::fs::read(&old).expect("read"), old_bytes);
    assert!(
        !harness
            .state()
            .editor()
            .expect("editor")
            .problems_of(0, Some("image"))
            .any(|p| p.said.id() == "check-image-missing"),
        "a picture waiting for the save is not reported missing"
    );

    // Undone, then saved: no picture joins, the old one is untouched.
    harness.state_mut().push(DraftCommand::Undo);
    harness.run();
    harness.state_mut().push(EditorCommand::Save);
    window::settle(&mut harness);
    assert_eq!(in_images(), ["brooks-ghost-16.png"]);

    // Imported again and saved: a file of its own, the old one as it was.
    harness
        .state_mut()
        .push(DraftCommand::ImportPicture(0, source));
    window::settle(&mut harness);
    harness.state_mut().push(EditorCommand::Save);
    window::settle(&mut harness);
    assert_eq!(
        in_images(),
        ["brooks-ghost-16-2.png", "brooks-ghost-16.png"]
    );
    assert_eq!(std::fs::read(&old).expect("read"), old_bytes);
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(saved.contains("image: \"images/brooks-ghost-16-2.png\""));
}

/// A file that is not a picture is refused when imported, and the editor says the picture
/// was not imported, not that the catalogue was not saved; the draft keeps its picture.
#[test]
fn a_refused_picture_says_so_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let source = folder.path().join("notes.png");
    std::fs::write(&source, "not a picture").expect("write");
    let mut harness = editing(&path);
    let before = harness.state().editor().expect("editor").draft().clone();
    harness
        .state_mut()
        .push(DraftCommand::ImportPicture(0, source));
    window::settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.editor().expect("editor").draft(), &before);
    assert!(matches!(
        app.editor().expect("editor").trouble(),
        Some(shoe_selector::app::editor::Trouble::PictureRefused(_))
    ));
    assert!(
        harness
            .query_by_label_contains("Picture not imported")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Not saved").is_none());
}

/// The form has the optional additions: ticking a use adds it to the shoe's `uses`, in the
/// format's order, and the ranking follows the draft.
#[test]
fn the_form_edits_what_a_shoe_is_for() {
    use shoe_selector::catalogue::Purpose;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let uses = |harness: &Harness<'_, ShoeApp>| {
        harness.state().editor().expect("editor").draft().shoes[0]
            .uses
            .clone()
    };
    assert_eq!(uses(&harness), Some(vec![Purpose::Daily, Purpose::LongRun]));
    for field in [
        "Plate",
        "What it is for",
        "Foam feel",
        "Toe box",
        "Lug depth",
    ] {
        assert!(
            harness.query_all_by_label(field).next().is_some(),
            "no {field} row"
        );
    }
    // Labels in words; the name the file writes, on hover.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Label, "Heel counter")
        .hover();
    harness.run();
    assert!(shows(&harness, "heel_counter"), "the file's name on hover");
    assert!(
        harness.query_by_label("Extra wide").is_some(),
        "values in words"
    );
    harness.get_by_label("Races").scroll_to_me();
    harness.run();
    harness.get_by_label("Races").click();
    window::settle(&mut harness);
    assert_eq!(
        uses(&harness),
        Some(vec![Purpose::Daily, Purpose::LongRun, Purpose::Race])
    );
    assert!(harness.state().editor().expect("editor").is_dirty());
}

/// The error count is a button that steps through the shoes with errors, round to the
/// first again.
#[test]
fn the_error_count_steps_through_the_shoes_with_errors() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    // Two shoes without a brand: the first and the fourth.
    for index in [0, 3] {
        let mut shoe = harness.state().editor().expect("editor").draft().shoes[index].clone();
        shoe.brand = String::new();
        harness
            .state_mut()
            .push(DraftCommand::ChangeShoe(index, Box::new(shoe)));
        harness.run();
    }
    harness.state_mut().push(DraftCommand::ChooseShoe(1));
    harness.run();
    let chosen =
        |harness: &Harness<'_, ShoeApp>| harness.state().editor().expect("editor").selected();
    for expected in [3, 0, 3] {
        harness.get_by_label_contains("✖ 2 errors").click();
        harness.run();
        assert_eq!(chosen(&harness), Some(expected));
    }
}

/// Beside the field it is about, a problem is said in plain words with what was typed, and a
/// duplicate id is reported on the shoe being edited, not on the untouched one.
#[test]
fn problems_beside_a_field_say_what_was_typed_and_a_duplicate_is_the_edited_shoes() {
    use shoe_selector::catalogue::validate::Locator;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
    shoe.weight_g = 50.0;
    harness
        .state_mut()
        .push(DraftCommand::ChangeShoe(0, Box::new(shoe)));
    harness.run();
    assert!(shows(
        &harness,
        "Must be 100 to 600 (grams, one shoe); you typed 50."
    ));

    // The first shoe takes the fifth one's id: the error is on the first, being edited.
    let fifth = harness.state().editor().expect("editor").draft().shoes[4]
        .id
        .clone();
    type_into(&mut harness, "Id", &fifth);
    let editor = harness.state().editor().expect("editor");
    let on = |index: usize| {
        editor.problems().iter().any(|p| {
            p.said.id() == "check-duplicate-id"
                && matches!(p.at, Locator::Shoe { index: i, .. } if i == index)
        })
    };
    assert!(on(0), "on the shoe being edited");
    assert!(!on(4), "not on the untouched one");
    assert!(shows(
        &harness,
        &format!("Another shoe already has the id {fifth}: give this one its own.")
    ));
}

#[test]
fn a_picture_that_cannot_be_shown_is_a_warning_in_the_list_and_beside_the_editor_s_field() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/images");
    let images = folder.path().join("images");
    std::fs::create_dir(&images).expect("images folder");
    for entry in std::fs::read_dir(&bundled).expect("bundled pictures") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), images.join(entry.file_name())).expect("copy");
    }
    // The first shoe's picture, cut short as by a copy that stopped.
    let text = std::fs::read_to_string(&path).expect("read");
    let image = text
        .split("image: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the first shoe's picture")
        .to_string();
    let picture = folder.path().join(&image);
    let bytes = std::fs::read(&picture).expect("read picture");
    std::fs::write(&picture, &bytes[..bytes.len() / 2]).expect("cut");

    let mut harness = editing(&path);
    let said = format!("picture `{image}` ends before the picture does");
    let warnings = harness.state().warnings().to_vec();
    assert_eq!(warnings.len(), 1, "only the damaged picture: {warnings:?}");
    assert!(warnings[0].message().contains(&said));
    assert!(
        shows(&harness, "ends before the picture does"),
        "beside the image field"
    );
    harness.state_mut().push(WindowsCommand::ShowWarnings(true));
    harness.run();
    assert!(shows(&harness, &said), "in the warnings list");
}

#[test]
fn save_as_in_the_path_box_replaces_a_file_that_is_there_only_when_asked_twice() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let other = folder.path().join("other.ron");
    std::fs::write(&other, "// written by hand\n").expect("write");
    let app = ShoeApp::new(window::english(), Some(path.clone())).without_file_dialogs();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.run();
    harness.state_mut().push(EditorCommand::Edit(true));
    harness.run();
    harness.state_mut().push(EditorCommand::SaveAs);
    harness.run();
    harness
        .state_mut()
        .push(PathCommand::TypePath(other.display().to_string()));
    harness.run();
    // What the box's Save button (or Enter) asks for.
    harness.state_mut().push(PathCommand::TakePath);
    window::settle(&mut harness);
    assert!(shows(&harness, "is there already"), "told first");
    assert_eq!(
        std::fs::read_to_string(&other).expect("read"),
        "// written by hand\n",
        "nothing replaced yet"
    );
    harness.state_mut().push(PathCommand::TakePath);
    window::settle(&mut harness);
    assert_ne!(
        std::fs::read_to_string(&other).expect("read"),
        "// written by hand\n"
    );
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&other, 1)).expect("the backup"),
        "// written by hand\n"
    );
}

/// Reloading and letting the edits go, the editor shows the file at once (never blank),
/// and a save that fails leaves no "Saved to…" above its "Not saved".
#[test]
fn after_discarding_the_editor_shows_the_file_and_a_failed_save_says_only_that() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    type_into(&mut harness, "Model", "Ghost 17");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    assert!(shows(&harness, "Saved to"));
    type_into(&mut harness, "Model", "Ghost 18");
    harness.state_mut().push(FileCommand::Reload);
    harness.run();
    harness.get_by_label("Discard changes").click();
    window::settle(&mut harness);
    let editor = harness.state().editor().expect("an editor at once");
    assert_eq!(editor.draft().shoes[0].model, "Ghost 17");
    harness.get_by_label("brooks-ghost-16").click();
    window::settle(&mut harness);
    // The folder goes: the next save fails, and only that is said.
    type_into(&mut harness, "Model", "Ghost 19");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    assert!(shows(&harness, "Saved to"));
    type_into(&mut harness, "Model", "Ghost 20");
    std::fs::remove_dir_all(folder.path()).expect("gone");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    window::settle(&mut harness);
    // The file gone is a change on disk, asked about first.
    harness.get_by_label("Overwrite it").click();
    window::settle(&mut harness);
    assert!(shows(&harness, "Not saved"));
    assert!(!shows(&harness, "Saved to"));
}

/// The editor's keys come from the one table of actions: Ctrl+Z takes a change back,
/// Ctrl+Shift+Z and Ctrl+Y make it again (Shift is not taken for plain Ctrl+Z), and the
/// buttons' hints name the same keys.
#[test]
fn undo_and_redo_by_their_keys_as_the_buttons_hints_say() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let shoes = |harness: &Harness<'_, ShoeApp>| {
        harness
            .state()
            .editor()
            .expect("editor")
            .draft()
            .shoes
            .len()
    };
    let before = shoes(&harness);
    harness.state_mut().push(DraftCommand::DuplicateShoe);
    harness.run();
    assert_eq!(shoes(&harness), before + 1, "a shoe added");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(shoes(&harness), before, "Ctrl+Z took it back");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(shoes(&harness), before + 1, "Ctrl+Shift+Z made it again");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(shoes(&harness), before + 1, "Ctrl+Y made it again");
    let undo = harness.get_by_label("Undo");
    undo.hover();
    harness.run();
    assert!(shows(&harness, "Ctrl+Z"), "the hint names the key");
}

/// The draft is written off the frame, as it was when the save was asked for: an edit made
/// while it is written stays unsaved (and is saved by the next save), and the file's own
/// change on disk is not taken for someone else's.
#[test]
fn an_edit_made_while_the_draft_is_written_stays_unsaved_and_nothing_is_asked() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let model = |harness: &Harness<'_, ShoeApp>, model: &str| {
        let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
        shoe.model = model.to_string();
        DraftCommand::ChangeShoe(0, Box::new(shoe))
    };
    let first = model(&harness, "Saved First");
    harness.state_mut().push(first);
    harness.run();
    // Saved, and edited in the same frame, just after the save set off.
    harness.state_mut().push(EditorCommand::SaveTo {
        path: path.clone(),
        agreed: Agreed::default(),
    });
    let second = model(&harness, "Edited Meanwhile");
    harness.state_mut().push(second);
    window::settle(&mut harness);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("\"Saved First\""),
        "the draft as it was asked"
    );
    assert!(!text.contains("Edited Meanwhile"));
    let editor = harness.state().editor().expect("editor");
    assert_eq!(editor.draft().shoes[0].model, "Edited Meanwhile");
    assert!(editor.is_dirty(), "the later edit is unsaved");
    assert!(
        harness.state().confirm().is_none(),
        "no question: {:?}",
        harness.state().confirm()
    );
    harness.state_mut().push(EditorCommand::Save);
    window::settle(&mut harness);
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("\"Edited Meanwhile\"")
    );
    assert!(!harness.state().has_unsaved_edits());
}

/// The typed facts a catalogue editor records by hand: whether a source confirms the widths
/// and how a shoe guides the foot. Each is a box in the form, written to the file when
/// saved; guidance on a neutral shoe gets its warning beside the field.
#[test]
fn the_form_records_unconfirmed_widths_and_how_a_shoe_guides_the_foot() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = shop(folder.path());
    let mut harness = editing(&path);
    let checkbox = egui::accesskit::Role::CheckBox;
    harness
        .get_by_role_and_label(checkbox, "Widths confirmed by a source")
        .click();
    window::settle(&mut harness);
    let shoe = |harness: &Harness<'_, ShoeApp>| {
        harness.state().editor().expect("editor").draft().shoes[0].clone()
    };
    assert_eq!(shoe(&harness).widths_confirmed, Some(false));
    harness
        .get_by_role_and_label(checkbox, "How it guides the foot")
        .click();
    window::settle(&mut harness);
    harness
        .get_by_role_and_label(checkbox, "Guide rails")
        .click();
    window::settle(&mut harness);
    use shoe_selector::catalogue::Guidance;
    assert_eq!(shoe(&harness).widths_confirmed, Some(false), "still");
    assert_eq!(
        shoe(&harness).guidance,
        Some(vec![Guidance::GuideRails, Guidance::Geometry])
    );
    assert!(shows(
        &harness,
        "`guidance` is given for a Neutral shoe: it says how a Stability or MotionControl shoe guides the foot"
    ));
    harness.get_by_label("Save").click();
    window::settle(&mut harness);
    let confirm = harness.state().confirm().cloned();
    assert!(confirm.is_none(), "{confirm:?}");
    assert!(
        !harness.state().editor().expect("editor").is_dirty(),
        "saved"
    );
    let saved = std::fs::read_to_string(&path).expect("read");
    let first = &saved[..saved.find("\n        ),").expect("a shoe")];
    assert!(first.contains("widths_confirmed: false,"), "{first}");
    assert!(
        first.contains("guidance: [GuideRails, Geometry],"),
        "{first}"
    );
    // Ticked again, the widths are confirmed and the field leaves the file.
    harness
        .get_by_role_and_label(checkbox, "Widths confirmed by a source")
        .click();
    window::settle(&mut harness);
    assert_eq!(shoe(&harness).widths_confirmed, None);
}
