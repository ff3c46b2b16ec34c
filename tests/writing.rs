//! The one write path: every user file is written so that no failure, at any step, loses
//! the file or any of its backups, and no file is replaced unasked. Faults are injected at
//! each step (a full disk, a refused backup, a failed rename, a kill), and after each the
//! file and every backup are byte for byte what they were.

use shoe_selector::files::{
    BACKUPS_KEPT, Faults, Plan, Step, Version, WriteError, backups, numbered_backup, write,
    write_with_faults,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every file in `folder` but the write path's own temp files, with its bytes.
fn snapshot(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    std::fs::read_dir(folder)
        .expect("list")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            !path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".shoe-selector-"))
        })
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read");
            (path, bytes)
        })
        .collect()
}

/// The write path's temp files left in `folder`.
fn temp_files(folder: &Path) -> usize {
    std::fs::read_dir(folder)
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".shoe-selector-")
        })
        .count()
}

/// A catalogue with three backups already, each of a different version.
fn shop_with_backups() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("shop.ron");
    std::fs::write(&path, "version 0").expect("write");
    for n in 1..=3 {
        write(&path, format!("version {n}").as_bytes(), &Plan::replacing()).expect("written");
    }
    assert_eq!(backups(&path).len(), 3);
    (folder, path)
}

#[test]
fn a_save_failing_at_any_step_leaves_the_file_and_every_backup_as_they_were() {
    let steps: Vec<(&str, Faults)> = vec![
        (
            "the disk fills while writing",
            Faults {
                write_after: Some(3),
                ..Faults::default()
            },
        ),
        (
            "the disk fills at once",
            Faults {
                write_after: Some(0),
                ..Faults::default()
            },
        ),
        (
            "the data never reaches the disk",
            Faults {
                sync: true,
                ..Faults::default()
            },
        ),
        (
            "the backup cannot be made",
            Faults {
                backup: true,
                ..Faults::default()
            },
        ),
        (
            "the rename fails",
            Faults {
                rename: true,
                ..Faults::default()
            },
        ),
    ];
    for (what, faults) in steps {
        let (folder, path) = shop_with_backups();
        let before = snapshot(folder.path());
        let error = write_with_faults(
            &path,
            b"the new version, never to be seen",
            &Plan::replacing(),
            &faults,
        )
        .expect_err(what);
        assert_eq!(snapshot(folder.path()), before, "{what}: {error}");
        assert_eq!(temp_files(folder.path()), 0, "{what}: no temp file left");
        let said = error.to_string();
        assert!(
            said.contains("shop.ron") && said.contains("unchanged"),
            "{what}: says what was not written: {said}"
        );
    }
}

#[test]
fn a_kill_at_any_step_leaves_the_file_and_every_backup_as_they_were() {
    for step in [Step::Write, Step::Backup, Step::Rename] {
        let (folder, path) = shop_with_backups();
        let before = snapshot(folder.path());
        let faults = Faults {
            killed_at: Some(step),
            ..Faults::default()
        };
        write_with_faults(&path, b"new", &Plan::replacing(), &faults).expect_err("killed");
        // The file and every backup are as they were; only a hidden temp file is left, which
        // nothing reads as a document, and, killed once the backup was made, that backup: a
        // copy of the file as it still is.
        let mut after = snapshot(folder.path());
        if step == Step::Rename {
            let newest = numbered_backup(&path, 4);
            assert_eq!(
                after.remove(&newest),
                Some(b"version 3".to_vec()),
                "{step:?}"
            );
        }
        assert_eq!(after, before, "{step:?}");
        // The next save goes through and keeps the version it replaces.
        let written = write(&path, b"after the kill", &Plan::replacing()).expect("written");
        let backup = written.backup.expect("a backup");
        assert_eq!(std::fs::read(&backup).expect("backup"), b"version 3");
    }
    // Killed after the rename and before old backups are dropped: the new version is in
    // place, and every backup is still there.
    let (folder, path) = shop_with_backups();
    let faults = Faults {
        killed_at: Some(Step::Prune),
        ..Faults::default()
    };
    write_with_faults(&path, b"new", &Plan::replacing(), &faults).expect("placed");
    assert_eq!(std::fs::read(&path).expect("read"), b"new");
    assert_eq!(backups(&path).len(), 4);
    drop(folder);
}

#[test]
fn a_full_disk_never_destroys_an_older_backup() {
    // The backup is made under a new name, never over the old one: a disk that fills while
    // it is made leaves the old backups whole.
    let (folder, path) = shop_with_backups();
    let oldest = numbered_backup(&path, 1);
    let before = std::fs::read(&oldest).expect("backup");
    let faults = Faults {
        backup: true,
        ..Faults::default()
    };
    write_with_faults(&path, b"new", &Plan::replacing(), &faults).expect_err("no backup");
    assert_eq!(std::fs::read(&oldest).expect("backup"), before);
    drop(folder);
}

#[test]
fn backups_are_versioned_and_never_written_over() {
    let (folder, path) = shop_with_backups();
    for n in 4..=9 {
        write(&path, format!("version {n}").as_bytes(), &Plan::replacing()).expect("written");
    }
    let kept = backups(&path);
    assert_eq!(kept.len(), BACKUPS_KEPT);
    // The newest five: versions 4 to 8, each in its own file.
    for (number, backup) in &kept {
        let text = std::fs::read_to_string(backup).expect("backup");
        assert_eq!(text, format!("version {}", number - 1));
        assert!(
            backup.to_string_lossy().ends_with(".bak"),
            "{}",
            backup.display()
        );
    }
    drop(folder);
}

#[test]
fn a_file_changed_since_it_was_read_is_not_replaced_unasked_however_often() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("shop.ron");
    std::fs::write(&path, "as read").expect("write");
    let read = Version::of(&path).expect("version").expect("a file");
    // Someone edits the file by hand, keeping its length.
    std::fs::write(&path, "by hand").expect("write");
    for _ in 0..2 {
        let error =
            write(&path, b"mine", &Plan::document(Some(read.clone()))).expect_err("changed");
        assert!(matches!(error, WriteError::Changed { .. }), "{error}");
        assert_eq!(std::fs::read(&path).expect("read"), b"by hand");
    }
    // Told to, it is replaced, and the hand edit is kept.
    let written = write(&path, b"mine", &Plan::replacing()).expect("written");
    let backup = written.backup.expect("a backup");
    assert_eq!(std::fs::read(&backup).expect("backup"), b"by hand");
    // The next save against the version just written goes through, and keeps a backup too.
    let again = write(
        &path,
        b"mine, again",
        &Plan::document(Some(written.version)),
    )
    .expect("written");
    assert_ne!(again.backup, Some(backup.clone()));
    assert_eq!(std::fs::read(&backup).expect("backup"), b"by hand");
}

#[test]
fn a_second_window_saving_the_same_file_is_asked_not_obeyed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("shop.ron");
    std::fs::write(&path, "shared").expect("write");
    let first = Version::of(&path).expect("version");
    let second = first.clone();
    write(&path, b"window A", &Plan::document(first)).expect("A saves");
    let error = write(&path, b"window B", &Plan::document(second)).expect_err("B is asked");
    assert!(matches!(error, WriteError::Changed { .. }), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), b"window A");
}

#[test]
fn a_file_that_appeared_is_not_taken_for_a_new_one() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("2026-12-07-1.ron");
    // Another machine took the name first.
    std::fs::write(&path, "theirs").expect("write");
    let error = write(&path, b"ours", &Plan::new_file()).expect_err("taken");
    assert!(matches!(error, WriteError::Exists { .. }), "{error}");
    let error = write(&path, b"ours", &Plan::document(None)).expect_err("taken");
    assert!(matches!(error, WriteError::Changed { .. }), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), b"theirs");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_asked_about_and_its_backups_never_block_a_save() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("shop.ron");
    std::fs::write(&path, "locked").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let error = write(&path, b"new", &Plan::replacing()).expect_err("read-only");
    assert!(matches!(error, WriteError::ReadOnly { .. }), "{error}");
    assert!(error.to_string().contains("read-only"), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), b"locked");
    // Agreed to, it is replaced; it stays read-only, and so is its backup. Later saves,
    // each agreed to, still work: a read-only backup is never in the way.
    for n in 0..3 {
        let text = format!("new {n}");
        let written =
            write(&path, text.as_bytes(), &Plan::replacing().read_only_ok()).expect("agreed");
        assert!(written.backup.is_some());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o444, "still read-only");
    }
    assert_eq!(backups(&path).len(), 3);
}

#[cfg(unix)]
#[test]
fn a_link_is_followed_and_stays_a_link() {
    let folder = tempfile::tempdir().expect("temp dir");
    let real = folder.path().join("real.ron");
    let link = folder.path().join("shop.ron");
    std::fs::write(&real, "one").expect("write");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    write(&link, b"two", &Plan::replacing()).expect("written");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&real).expect("read"), b"two");
}

#[test]
fn a_pipe_or_folder_is_never_written_over() {
    let folder = tempfile::tempdir().expect("temp dir");
    let inner = folder.path().join("shop.ron");
    std::fs::create_dir(&inner).expect("folder");
    let error = write(&inner, b"x", &Plan::replacing()).expect_err("a folder");
    assert!(matches!(error, WriteError::NotAFile { .. }), "{error}");
    assert!(inner.is_dir());
}
