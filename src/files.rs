//! Writing files so that a failure never leaves half a file: the bytes go to a temp file in
//! the same folder, are flushed to the disk, and only then take the file's name. The one way
//! the program writes a file: catalogues, fitting sessions, reports, drafts, pictures.

use std::io::Write;
use std::path::{Path, PathBuf};

/// What becomes of a file already at the path being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace it, keeping its previous version beside it as `NAME.bak`: for files people
    /// edit by hand, such as catalogues.
    KeepingBackup,
    /// Replace it: for files the program owns, such as reports, sessions and drafts.
    Yes,
    /// Never: the write fails if the name is taken by then (an imported picture).
    Never,
}

/// Why a file was not written; whatever was at its path is then as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder does not exist and cannot be made, or takes no new files.
    #[error("cannot write in {folder}: {source}")]
    Folder {
        /// The folder of the file.
        folder: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Writing the bytes failed (a full disk, a lost drive).
    #[error("writing the new version failed ({source}); {file} is unchanged")]
    Write {
        /// The file being written.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The bytes were written but could not take the file's name.
    #[error("could not put the new version in place ({source}); {file} is unchanged")]
    Replace {
        /// The file being written.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// [`Replace::Never`] and a file of that name exists.
    #[error("{file} already exists and was left as it is")]
    Exists {
        /// The file that was there first.
        file: PathBuf,
    },
}

/// Writes `bytes` to `path` atomically.
pub fn write(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), WriteError> {
    write_with(path, bytes, replace, |file, bytes| file.write_all(bytes))
}

/// [`write`] with the writing of the bytes given, so that a failure midway can be tried.
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    replace: Replace,
    put: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let folder = folder_of(path);
    let folder_error = |source| WriteError::Folder {
        folder: folder.clone(),
        source,
    };
    if replace == Replace::Never {
        std::fs::create_dir_all(&folder).map_err(folder_error)?;
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(folder_error)?;
    let file = path.to_path_buf();
    let like = (replace != Replace::Never).then_some(path);
    put(temp.as_file_mut(), bytes)
        .and_then(|()| temp.as_file_mut().flush())
        .and_then(|()| temp.as_file().sync_all())
        // The new version keeps the old one's permissions (a temp file starts private).
        .and_then(|()| share_like(temp.path(), like))
        .map_err(|source| WriteError::Write {
            file: file.clone(),
            source,
        })?;
    if replace == Replace::KeepingBackup && path.is_file() {
        std::fs::copy(path, backup_path(path)).map_err(|source| WriteError::Replace {
            file: file.clone(),
            source,
        })?;
    }
    let placed = match replace {
        Replace::Never => temp.persist_noclobber(path),
        Replace::Yes | Replace::KeepingBackup => temp.persist(path),
    };
    placed.map_err(|error| match error.error.kind() {
        std::io::ErrorKind::AlreadyExists => WriteError::Exists { file: file.clone() },
        _ => WriteError::Replace {
            file: file.clone(),
            source: error.error,
        },
    })?;
    Ok(())
}

/// Copies the file at `source` to `target`, which must not exist yet.
pub fn copy_new(target: &Path, source: &Path) -> Result<(), WriteError> {
    let bytes = std::fs::read(source).map_err(|source_error| WriteError::Write {
        file: source.to_path_buf(),
        source: source_error,
    })?;
    write(target, &bytes, Replace::Never)
}

/// The backup of `path`: `shop.ron` keeps its previous version as `shop.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// The folder a file is in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Gives a freshly written temp file the permissions of `like` when it exists, else the
/// usual rw-r--r--, so saving never makes a file private by accident.
fn share_like(temp: &Path, like: Option<&Path>) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = like
            .and_then(|path| std::fs::metadata(path).ok())
            .map_or_else(
                || std::fs::Permissions::from_mode(0o644),
                |m| m.permissions(),
            );
        std::fs::set_permissions(temp, permissions)
    }
    #[cfg(not(unix))]
    {
        let _ = (temp, like);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name already taken is never written over, and says so.
    #[test]
    fn a_new_file_never_replaces_one_already_there() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("shoe.png");
        std::fs::write(&path, b"first").expect("write");
        let error = write(&path, b"second", Replace::Never).expect_err("taken");
        assert!(matches!(error, WriteError::Exists { .. }), "{error}");
        assert_eq!(std::fs::read(&path).expect("read"), b"first");
    }

    /// A replaced file keeps its previous version as a backup only when asked.
    #[test]
    fn a_backup_is_kept_only_for_hand_edited_files() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("shop.ron");
        std::fs::write(&path, "one").expect("write");
        write(&path, b"two", Replace::Yes).expect("written");
        assert!(!backup_path(&path).exists());
        write(&path, b"three", Replace::KeepingBackup).expect("written");
        assert_eq!(
            std::fs::read_to_string(backup_path(&path)).expect("bak"),
            "two"
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "three");
    }
}
