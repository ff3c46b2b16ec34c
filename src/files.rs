//! The one way the program writes a user's file: catalogues, fitting sessions, reports, the
//! sample, pictures and recovery drafts all go through [`write`].
//!
//! A file is never half written: the bytes go to a temp file in the same folder, reach the
//! disk, and only then take the file's name. A file is never replaced unasked: the caller
//! says what it expects to find there ([`Expect`]): nothing, the [`Version`] it read or last
//! wrote, or anything (the user said so); a file that differs, or that is read-only, is
//! refused with an error the caller turns into a question. The version a save replaces is
//! kept as a numbered backup (`shop.ron.7.bak`) made under a new name, never over an older
//! one; the newest [`BACKUPS_KEPT`] are kept. A save that fails at any step leaves the file
//! and every backup as they were, and says so.

mod stored;
pub use stored::{stored_optional_path, stored_path, stored_paths};

use crate::words::{Lang, Say};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How many backups of a file are kept: the newest, by number.
pub const BACKUPS_KEPT: usize = 5;

/// A file as it was read or written: enough to tell, later, whether someone changed it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Version {
    /// Its size in bytes.
    pub len: u64,
    /// When it was last changed, as the file system said.
    pub modified: Option<SystemTime>,
    /// A hash of its bytes.
    pub hash: u64,
}

impl Version {
    /// The version of `bytes`, as the file at `path` holds them now.
    pub fn of_bytes(path: &Path, bytes: &[u8]) -> Version {
        Version {
            len: bytes.len() as u64,
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            hash: hash(bytes),
        }
    }

    /// The version of the file at `path` now; `None` when there is no file.
    pub fn of(path: &Path) -> std::io::Result<Option<Version>> {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        if !metadata.is_file() {
            return Err(std::io::Error::other("not a regular file"));
        }
        let mut hasher = Hasher::default();
        let mut file = std::fs::File::open(path)?;
        let mut buffer = vec![0u8; 64 * 1024];
        let mut len = 0u64;
        loop {
            let read = file.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            len += read as u64;
            hasher.write(&buffer[..read]);
        }
        Ok(Some(Version {
            len,
            modified: metadata.modified().ok(),
            hash: hasher.finish(),
        }))
    }

    /// Whether `other` holds the same bytes (whenever it was written).
    pub fn same_content(&self, other: &Version) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

/// FNV-1a, 64 bits: the same for the same bytes in every build of the program, so a
/// version kept in a recovery draft still compares after an update.
struct Hasher(u64);

impl Default for Hasher {
    fn default() -> Self {
        Hasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = Hasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// What the caller expects to find at the path it writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// No file: the write makes a new one, and fails if the name is taken by then (a new
    /// session, a picture, the sample, a report not asked to replace anything).
    Nothing,
    /// The file as it was read or last written here, or no file (`None`). A file that
    /// differs (changed by hand, by another window, by another machine) is not replaced.
    Version(Option<Version>),
    /// Whatever is there: the user was asked and said to replace it.
    Anything,
}

/// How to write a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// What should be there now.
    pub expect: Expect,
    /// Whether the version replaced is kept as a backup: for every file a person may want
    /// back (catalogues, sessions, reports), not for the program's own drafts.
    pub backups: bool,
    /// The user agreed to replace a read-only file.
    pub read_only_ok: bool,
}

impl Plan {
    /// A new file, never one that is there.
    pub fn new_file() -> Plan {
        Plan {
            expect: Expect::Nothing,
            backups: false,
            read_only_ok: false,
        }
    }

    /// A document read as `version` (or new, `None`), its replaced version kept as a backup.
    pub fn document(version: Option<Version>) -> Plan {
        Plan {
            expect: Expect::Version(version),
            backups: true,
            read_only_ok: false,
        }
    }

    /// Whatever is there, replaced as the user said, and kept as a backup.
    pub fn replacing() -> Plan {
        Plan {
            expect: Expect::Anything,
            backups: true,
            read_only_ok: false,
        }
    }

    /// One of the program's own files (a recovery draft): replaced, no backup.
    pub fn own_file() -> Plan {
        Plan {
            expect: Expect::Anything,
            backups: false,
            read_only_ok: true,
        }
    }

    /// The same, a read-only file replaced too (the user agreed).
    #[must_use]
    pub fn read_only_ok(mut self) -> Plan {
        self.read_only_ok = true;
        self
    }
}

/// What a write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The file as it is now.
    pub version: Version,
    /// Where the version it replaced is kept, if a backup was made.
    pub backup: Option<PathBuf>,
}

/// Why a file was not written. Whatever the step, the file and its backups are then as they
/// were.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder does not exist and cannot be made, or takes no new files.
    #[error("{}", english(&self.said()))]
    Folder {
        /// The folder of the file.
        folder: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file is there where none was expected.
    #[error("{}", english(&self.said()))]
    Exists {
        /// The file that was there first.
        file: PathBuf,
    },
    /// The file differs from the version it was read from or last written as.
    #[error("{}", english(&self.said()))]
    Changed {
        /// The file.
        file: PathBuf,
    },
    /// The file is read-only, and replacing it was not agreed.
    #[error("{}", english(&self.said()))]
    ReadOnly {
        /// The file.
        file: PathBuf,
    },
    /// The path is a folder, a pipe or a device, not a file.
    #[error("{}", english(&self.said()))]
    NotAFile {
        /// The path.
        file: PathBuf,
    },
    /// The file could not be looked at (its version read) before writing.
    #[error("{}", english(&self.said()))]
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Writing the new version failed (a full disk, a lost drive).
    #[error("{}", english(&self.said()))]
    Write {
        /// The file being written.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The version on disk could not be kept as a backup, so it was not replaced.
    #[error("{}", english(&self.said()))]
    Backup {
        /// The file being written.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The new version was written but could not take the file's name.
    #[error("{}", english(&self.said()))]
    Replace {
        /// The file being written.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

fn english(said: &Say) -> String {
    Lang::En.words().say(said)
}

impl WriteError {
    /// The file (or folder) the error is about.
    pub fn file(&self) -> &Path {
        match self {
            WriteError::Folder { folder, .. } => folder,
            WriteError::Exists { file }
            | WriteError::Changed { file }
            | WriteError::ReadOnly { file }
            | WriteError::NotAFile { file }
            | WriteError::Unreadable { file, .. }
            | WriteError::Write { file, .. }
            | WriteError::Backup { file, .. }
            | WriteError::Replace { file, .. } => file,
        }
    }

    /// What went wrong, and what was and was not written, to be put into words.
    pub fn said(&self) -> Say {
        let path = |path: &Path| path.display().to_string();
        match self {
            WriteError::Folder { folder, source } => Say::new("write-folder")
                .text("folder", path(folder))
                .text("reason", source.to_string()),
            WriteError::Exists { file } => Say::new("write-exists").text("file", path(file)),
            WriteError::Changed { file } => Say::new("write-changed").text("file", path(file)),
            WriteError::ReadOnly { file } => Say::new("write-read-only").text("file", path(file)),
            WriteError::NotAFile { file } => Say::new("write-not-a-file").text("file", path(file)),
            WriteError::Unreadable { file, source } => Say::new("write-unreadable")
                .text("file", path(file))
                .text("reason", source.to_string()),
            WriteError::Write { file, source } => Say::new("write-failed")
                .text("file", path(file))
                .text("reason", source.to_string()),
            WriteError::Backup { file, source } => Say::new("write-backup-failed")
                .text("file", path(file))
                .text("reason", source.to_string()),
            WriteError::Replace { file, source } => Say::new("write-replace-failed")
                .text("file", path(file))
                .text("reason", source.to_string()),
        }
    }
}

/// The steps of a write, where a test can make one fail as a full disk, a refused
/// permission or a kill would. The program itself never sets any.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Writing the temp file fails after this many bytes (a full disk).
    pub write_after: Option<usize>,
    /// Flushing the temp file to the disk fails.
    pub sync: bool,
    /// Keeping the version on disk as a backup fails.
    pub backup: bool,
    /// Giving the new version the file's name fails.
    pub rename: bool,
    /// The program dies just before this step, leaving its temp files behind.
    pub killed_at: Option<Step>,
}

/// A step of a write, for [`Faults::killed_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Writing the temp file.
    Write,
    /// Keeping the backup.
    Backup,
    /// Giving the new version the file's name.
    Rename,
    /// Dropping the oldest backups.
    Prune,
}

/// Writes `bytes` to `path` as `plan` says.
pub fn write(path: &Path, bytes: &[u8], plan: &Plan) -> Result<Written, WriteError> {
    write_with_faults(path, bytes, plan, &Faults::default())
}

/// [`write`], failing where `faults` say: the write path's tests.
pub fn write_with_faults(
    path: &Path,
    bytes: &[u8],
    plan: &Plan,
    faults: &Faults,
) -> Result<Written, WriteError> {
    // A link is followed: the file it points to is written, the link stays a link.
    let path = &real_path(path);
    let file = path.to_path_buf();
    let folder = folder_of(path);
    if plan.expect == Expect::Nothing {
        std::fs::create_dir_all(&folder).map_err(|source| WriteError::Folder {
            folder: folder.clone(),
            source,
        })?;
    }
    let before = check_expected(path, plan)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| WriteError::Folder {
            folder: folder.clone(),
            source,
        })?;
    let write_error = |source| WriteError::Write {
        file: file.clone(),
        source,
    };
    if faults.killed_at == Some(Step::Write) {
        return Err(killed(temp, &file));
    }
    put(temp.as_file_mut(), bytes, faults.write_after)
        .and_then(|()| temp.as_file_mut().flush())
        .and_then(|()| fault(faults.sync, "the disk did not take the data"))
        .and_then(|()| temp.as_file().sync_all())
        // The new version keeps the old one's permissions (a temp file starts private).
        .and_then(|()| share_like(temp.path(), before.as_ref().map(|_| path.as_path())))
        .map_err(write_error)?;
    // Someone may have written the file while the temp file was being written.
    if before.is_some() && plan.expect != Expect::Anything {
        check_expected(path, plan)?;
    }
    if faults.killed_at == Some(Step::Backup) {
        return Err(killed(temp, &file));
    }
    let backup = match (&before, plan.backups) {
        (Some(_), true) => Some(
            fault(faults.backup, "the backup could not be made")
                .and_then(|()| keep_backup(path))
                .map_err(|source| WriteError::Backup {
                    file: file.clone(),
                    source,
                })?,
        ),
        _ => None,
    };
    if faults.killed_at == Some(Step::Rename) {
        return Err(killed(temp, &file));
    }
    let placed = fault(faults.rename, "the new version could not take the name")
        .map_err(|error| (error, None))
        .and_then(|()| match plan.expect {
            Expect::Nothing => temp
                .persist_noclobber(path)
                .map_err(|e| (e.error, Some(e.file))),
            _ => temp.persist(path).map_err(|e| (e.error, Some(e.file))),
        });
    if let Err((error, _temp)) = placed {
        // The backup just made is a copy of the file, which stays: take it back, so every
        // backup is as it was.
        if let Some(backup) = &backup {
            let _ = std::fs::remove_file(backup);
        }
        return Err(match error.kind() {
            std::io::ErrorKind::AlreadyExists => WriteError::Exists { file },
            _ => WriteError::Replace {
                file,
                source: error,
            },
        });
    }
    sync_folder(&folder);
    if faults.killed_at != Some(Step::Prune) {
        prune_backups(path);
    }
    Ok(Written {
        version: Version::of_bytes(path, bytes),
        backup,
    })
}

/// Writes `bytes` to `file`, failing after `fail_after` bytes when asked.
fn put(file: &mut std::fs::File, bytes: &[u8], fail_after: Option<usize>) -> std::io::Result<()> {
    match fail_after {
        Some(limit) if limit < bytes.len() => {
            file.write_all(&bytes[..limit])?;
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device",
            ))
        }
        _ => file.write_all(bytes),
    }
}

fn fault(fails: bool, what: &str) -> std::io::Result<()> {
    if fails {
        Err(std::io::Error::other(what.to_string()))
    } else {
        Ok(())
    }
}

/// A kill: the temp file stays behind, as it would.
fn killed(temp: tempfile::NamedTempFile, file: &Path) -> WriteError {
    let _ = temp.into_temp_path().keep();
    WriteError::Write {
        file: file.to_path_buf(),
        source: std::io::Error::other("killed"),
    }
}

/// What is at `path` now, when the plan allows writing there; `Some` when a file is there.
fn check_expected(path: &Path, plan: &Plan) -> Result<Option<std::fs::Metadata>, WriteError> {
    let file = path.to_path_buf();
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => return Err(WriteError::Unreadable { file, source }),
    };
    let Some(metadata) = metadata else {
        return Ok(None);
    };
    if !metadata.is_file() {
        return Err(WriteError::NotAFile { file });
    }
    match &plan.expect {
        Expect::Nothing => return Err(WriteError::Exists { file }),
        Expect::Version(None) => return Err(WriteError::Changed { file }),
        Expect::Version(Some(expected)) => {
            let now = Version::of(path).map_err(|source| WriteError::Unreadable {
                file: file.clone(),
                source,
            })?;
            if !now.is_some_and(|now| now.same_content(expected)) {
                return Err(WriteError::Changed { file });
            }
        }
        Expect::Anything => {}
    }
    if metadata.permissions().readonly() && !plan.read_only_ok {
        return Err(WriteError::ReadOnly { file });
    }
    Ok(Some(metadata))
}

/// `path`, or the file it links to.
fn real_path(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    path.to_path_buf()
}

/// Keeps the file at `path` as a new numbered backup beside it, never over another file:
/// a second name for the same bytes where the file system allows, else a copy.
fn keep_backup(path: &Path) -> std::io::Result<PathBuf> {
    let mut number = backups(path).last().map_or(1, |(n, _)| n + 1);
    for _ in 0..100 {
        let backup = numbered_backup(path, number);
        match std::fs::hard_link(path, &backup) {
            Ok(()) => return Ok(backup),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => number += 1,
            // No hard links here (some shared drives): a copy, made new.
            Err(_) => match copy_to_new(path, &backup) {
                Ok(()) => return Ok(backup),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => number += 1,
                Err(error) => return Err(error),
            },
        }
    }
    Err(std::io::Error::other("no free name for a backup"))
}

/// Copies `source` to `target`, which must not exist; nothing is left at `target` on failure.
fn copy_to_new(source: &Path, target: &Path) -> std::io::Result<()> {
    let folder = folder_of(target);
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)?;
    std::io::copy(&mut std::fs::File::open(source)?, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(target).map_err(|e| e.error)?;
    Ok(())
}

/// The backup of `path` numbered `number`: `shop.ron.3.bak`. The `.bak` ending keeps every
/// reader of documents (`*.ron` in a sessions folder) from taking it for one.
pub fn numbered_backup(path: &Path, number: u64) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!(".{number}.bak"));
    path.with_file_name(name)
}

/// The numbered backups of `path`, oldest first.
pub fn backups(path: &Path) -> Vec<(u64, PathBuf)> {
    let Some(name) = path.file_name() else {
        return Vec::new();
    };
    let prefix = {
        let mut prefix = name.to_os_string();
        prefix.push(".");
        prefix
    };
    let prefix = prefix.as_encoded_bytes();
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else {
        return Vec::new();
    };
    let mut found: Vec<(u64, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let entry_name = entry.file_name();
            let bytes = entry_name.as_encoded_bytes();
            let number = bytes.strip_prefix(prefix)?.strip_suffix(b".bak")?;
            if number.is_empty() || !number.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let number: u64 = std::str::from_utf8(number).ok()?.parse().ok()?;
            Some((number, path.with_file_name(entry_name)))
        })
        .collect();
    found.sort();
    found
}

/// Drops the oldest backups of `path` beyond the newest [`BACKUPS_KEPT`]. A backup that
/// cannot go now goes at a later save.
fn prune_backups(path: &Path) {
    let all = backups(path);
    let surplus = all.len().saturating_sub(BACKUPS_KEPT);
    for (_, backup) in all.into_iter().take(surplus) {
        let _ = std::fs::remove_file(backup);
    }
}

/// Makes a rename in `folder` last through a power cut, where the system allows.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Copies the file at `source` to `target`, which must not exist yet.
pub fn copy_new(target: &Path, source: &Path) -> Result<Written, WriteError> {
    let bytes = std::fs::read(source).map_err(|source_error| WriteError::Write {
        file: source.to_path_buf(),
        source: source_error,
    })?;
    write(target, &bytes, &Plan::new_file())
}

/// A path as the window shows it: bytes that are not UTF-8 as `?` (the fonts have no sign
/// for a character that is not there).
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\u{fffd}', "?")
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

/// Whether the file at `path` is a regular file (not a folder, pipe or device), following
/// links; `Ok(false)` for anything else, an error when it cannot be looked at.
pub fn is_regular(path: &Path) -> std::io::Result<bool> {
    std::fs::metadata(path).map(|m| m.is_file())
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
        let error = write(&path, b"second", &Plan::new_file()).expect_err("taken");
        assert!(matches!(error, WriteError::Exists { .. }), "{error}");
        assert_eq!(std::fs::read(&path).expect("read"), b"first");
    }

    /// Backups are numbered up, never written over, and only the newest five stay.
    #[test]
    fn backups_count_up_and_the_newest_five_stay() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("shop.ron");
        std::fs::write(&path, "0").expect("write");
        for n in 1..=7 {
            let written =
                write(&path, n.to_string().as_bytes(), &Plan::replacing()).expect("written");
            assert_eq!(written.backup, Some(numbered_backup(&path, n)));
        }
        let kept: Vec<u64> = backups(&path).into_iter().map(|(n, _)| n).collect();
        assert_eq!(kept, vec![3, 4, 5, 6, 7]);
        for n in 3..=7u64 {
            let text = std::fs::read_to_string(numbered_backup(&path, n)).expect("backup");
            assert_eq!(text, (n - 1).to_string());
        }
    }

    /// The program's own files are replaced without a backup.
    #[test]
    fn own_files_keep_no_backup() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("draft.ron");
        std::fs::write(&path, "one").expect("write");
        write(&path, b"two", &Plan::own_file()).expect("written");
        assert!(backups(&path).is_empty());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "two");
    }
}
