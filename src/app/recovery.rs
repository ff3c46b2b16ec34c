//! Never lose a draft: while the catalogue editor or a fitting holds unsaved changes, they are
//! written to recovery files every few seconds (through the one write path) and removed once
//! they are saved or discarded. After a crash or a kill, the next start offers them back,
//! saying which file and how long ago. A panic writes the latest first.
//!
//! Each running window keeps its drafts in a folder of its own under `recovery/`, holding a
//! lock on it while it runs: another window never reads, offers, replaces or deletes them.
//! Once the window is gone (its lock free), its drafts are offered once, to the one window
//! that takes the lock; pictures imported into a draft wait in its folder and travel with it.

use crate::catalogue::Catalogue;
use crate::files::Version;
use crate::profile::Profile;
use crate::words::Say;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use web_time::Instant;

/// How often unsaved changes are written.
pub const EVERY: Duration = Duration::from_secs(2);

/// The catalogue editor's unsaved draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Draft", deny_unknown_fields)]
pub struct Draft {
    /// The catalogue file the draft is of (any path, UTF-8 or not).
    #[serde(with = "crate::files::stored_path")]
    pub file: PathBuf,
    /// Its comment block, written back with it.
    pub header: String,
    /// The catalogue as it was being edited.
    pub catalogue: Catalogue,
    /// Pictures imported into the draft and not yet saved: each by the path the catalogue
    /// gives it, and where it waits (in the draft's folder's `pictures/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<WaitingPicture>,
}

/// A picture imported into a draft, waiting for the catalogue to be saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Picture", deny_unknown_fields)]
pub struct WaitingPicture {
    /// The path the catalogue gives it, relative to the catalogue's folder.
    pub image: String,
    /// Where its bytes wait.
    #[serde(with = "crate::files::stored_path")]
    pub kept: PathBuf,
}

/// A fitting not yet saved as a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Fitting", deny_unknown_fields)]
pub struct Fitting {
    /// The session file it was opened from or first saved to.
    #[serde(with = "crate::files::stored_optional_path")]
    pub session: Option<PathBuf>,
    /// That file as it was opened or last saved, so a save after a restore asks before
    /// replacing a version saved meanwhile elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Version>,
    /// The runner's inputs, with the customer and the shoes tried on.
    pub profile: Profile,
}

/// What a recovery file held at start, and when it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<T> {
    /// The draft or the fitting, as the file held it.
    pub what: T,
    /// When the file was last written, by the file system's clock.
    pub written: SystemTime,
}

impl<T> Found<T> {
    /// How long ago it was written, to say in words: "3 minutes ago".
    pub fn age(&self) -> Say {
        let seconds = SystemTime::now()
            .duration_since(self.written)
            .map_or(0, |age| age.as_secs());
        match seconds {
            0..60 => Say::new("age-seconds"),
            60..3_600 => Say::new("age-minutes").num("minutes", (seconds / 60) as f64),
            3_600..172_800 => Say::new("age-hours").num("hours", (seconds / 3_600) as f64),
            _ => Say::new("age-days").num("days", (seconds / 86_400) as f64),
        }
    }
}

/// What a crash or a kill left: the editor's draft and the fitting, each when it reads.
pub type LeftBehind = (Option<Found<Draft>>, Option<Found<Fitting>>);

/// The unsaved changes as they stand, for the next write and for a panic.
#[derive(Default)]
struct Latest {
    draft: Option<Draft>,
    fitting: Option<Fitting>,
}

/// The file a window holds locked while it runs.
const LOCK: &str = "lock";
const DRAFT: &str = "catalogue-draft.ron";
const FITTING: &str = "fitting.ron";
/// Where imported pictures wait.
const PICTURES: &str = "pictures";

/// A folder of drafts and the lock held on it.
struct Held {
    folder: PathBuf,
    /// Kept open, and so locked, until dropped.
    _lock: std::fs::File,
}

impl Held {
    /// Takes the folder's lock, making it and the lock file when needed; `None` when another
    /// window holds it (or it cannot be made).
    fn take(folder: &Path) -> Option<Held> {
        std::fs::create_dir_all(folder).ok()?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(LOCK))
            .ok()?;
        lock.try_lock().ok()?;
        Some(Held {
            folder: folder.to_path_buf(),
            _lock: lock,
        })
    }
}

/// How writing a draft off the frame went, once it is done.
type Writing = Receiver<Result<(), String>>;

/// Keeps this window's recovery files in step with its unsaved changes.
pub struct Recovery {
    root: PathBuf,
    /// This window's own folder, locked while it runs.
    own: Option<Held>,
    /// A folder of a window that is gone, whose drafts this window offers.
    claimed: Option<Held>,
    latest: Arc<Mutex<Latest>>,
    /// What the files hold now.
    written: Latest,
    due: Instant,
    /// Why the unsaved changes could not be kept, when they could not.
    trouble: Option<String>,
    /// The draft being written off the frame (a large catalogue's takes a while), and how
    /// it went once done.
    writing: Option<(Option<Draft>, Writing)>,
}

impl Recovery {
    /// This window's recovery files, in a folder of its own under `root` (the app's data
    /// folder's `recovery/`).
    pub fn new(root: PathBuf) -> Recovery {
        let stamp = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos());
        let name = format!("window-{}-{stamp}", std::process::id());
        let own_folder = root.join(&name);
        // Made and locked under a hidden name, which no other window looks at, and only then
        // given its own: no other window ever sees it unlocked.
        let own = Held::take(&root.join(format!(".{name}"))).and_then(|mut held| {
            std::fs::rename(&held.folder, &own_folder).ok()?;
            held.folder = own_folder.clone();
            Some(held)
        });
        let trouble = own
            .is_none()
            .then(|| format!("{} cannot be made", own_folder.display()));
        Recovery {
            root,
            own,
            claimed: None,
            latest: Arc::default(),
            written: Latest::default(),
            due: Instant::now(),
            trouble,
            writing: None,
        }
    }

    /// Takes in a draft written off the frame, if it is done (or, with `wait`, once it is).
    fn take_written(&mut self, wait: bool) {
        let Some((_, done)) = &self.writing else {
            return;
        };
        let result = if wait {
            done.recv().map_err(|_| TryRecvError::Disconnected)
        } else {
            done.try_recv()
        };
        let result = match result {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err("the writer stopped".to_string()),
        };
        if let Some((draft, _)) = self.writing.take() {
            self.draft_kept(draft, result);
        }
    }

    /// Notes how writing `draft` went: what the file holds now, or why it could not.
    fn draft_kept(&mut self, draft: Option<Draft>, result: Result<(), String>) {
        if self.noted("the editor's draft", result) {
            self.written.draft = draft;
        }
    }

    /// Notes how writing `what` went: whether it was written, and if not, why, for the
    /// window to say.
    fn noted(&mut self, what: &str, result: Result<(), String>) -> bool {
        match result {
            Ok(()) => {
                self.trouble = None;
                true
            }
            Err(error) => {
                tracing::warn!("{what} could not be kept: {error}");
                self.trouble = Some(error);
                false
            }
        }
    }

    fn own_folder(&self) -> Option<&Path> {
        self.own.as_ref().map(|held| held.folder.as_path())
    }

    /// Where this window keeps the pictures imported into its draft.
    pub fn pictures_folder(&self) -> Option<PathBuf> {
        self.own_folder().map(|folder| folder.join(PICTURES))
    }

    /// What a window that is gone left behind, if anything: the first such window's draft
    /// and fitting, each that reads. Its folder is then this window's to offer (and no
    /// other's) until restored or discarded. Folders of windows that left nothing that reads
    /// are cleared away.
    pub fn left_behind(&mut self) -> Option<LeftBehind> {
        self.adopt_older_files();
        let mut folders: Vec<PathBuf> = std::fs::read_dir(&self.root)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| {
                        path.is_dir()
                            && !path
                                .file_name()
                                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                    })
                    .collect()
            })
            .unwrap_or_default();
        folders.sort();
        for folder in folders {
            if Some(folder.as_path()) == self.own_folder() {
                continue;
            }
            // A window still running holds its lock: its drafts are its own.
            let Some(held) = Held::take(&folder) else {
                continue;
            };
            let draft = read::<Draft>(&folder.join(DRAFT));
            let fitting = read::<Fitting>(&folder.join(FITTING));
            if draft.is_none() && fitting.is_none() {
                remove_folder(&folder);
                continue;
            }
            self.claimed = Some(held);
            return Some((draft, fitting));
        }
        None
    }

    /// Drafts an earlier version kept straight in `recovery/` become a folder of their own,
    /// as a window that is gone: moved by one window only (a rename), so offered once.
    fn adopt_older_files(&self) {
        let older: Vec<PathBuf> = [DRAFT, FITTING]
            .iter()
            .map(|name| self.root.join(name))
            .filter(|path| path.is_file())
            .collect();
        if older.is_empty() {
            return;
        }
        let folder = self.root.join("window-earlier-version");
        if std::fs::create_dir_all(&folder).is_err() {
            return;
        }
        for file in older {
            if let Some(name) = file.file_name() {
                let _ = std::fs::rename(&file, folder.join(name));
            }
        }
    }

    /// The pictures of a draft left behind, each copied into this window's own folder, as
    /// the editor will hold them: by the path the catalogue gives it.
    pub fn take_pictures(&self, pictures: &[WaitingPicture]) -> Vec<(String, PathBuf)> {
        let (Some(claimed), Some(own)) = (&self.claimed, self.pictures_folder()) else {
            return Vec::new();
        };
        let _ = std::fs::create_dir_all(&own);
        pictures
            .iter()
            .enumerate()
            .filter_map(|(n, picture)| {
                let from = claimed
                    .folder
                    .join(PICTURES)
                    .join(picture.kept.file_name()?);
                let extension = from
                    .extension()
                    .map_or_else(|| "png".to_string(), |e| e.to_string_lossy().into_owned());
                let to = own.join(format!("restored-{n}.{extension}"));
                std::fs::copy(&from, &to).ok()?;
                Some((picture.image.clone(), to))
            })
            .collect()
    }

    /// Forgets what a window that is gone left behind: its folder is removed, pictures and
    /// all.
    pub fn forget_left_behind(&mut self) {
        if let Some(claimed) = self.claimed.take() {
            let folder = claimed.folder.clone();
            drop(claimed);
            remove_folder(&folder);
        }
    }

    /// The fittings of the customer `name` that windows now gone left behind are deleted
    /// (their catalogue drafts stay, to be offered). A running window's are its own.
    pub fn forget_customer(&mut self, name: &str) {
        let folders: Vec<PathBuf> = std::fs::read_dir(&self.root)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        for folder in folders {
            if !folder.is_dir() || Some(folder.as_path()) == self.own_folder() {
                continue;
            }
            let claimed = self.claimed.as_ref().is_some_and(|c| c.folder == folder);
            let held = if claimed { None } else { Held::take(&folder) };
            if !claimed && held.is_none() {
                continue;
            }
            let fitting = read::<Fitting>(&folder.join(FITTING));
            let theirs = fitting.is_some_and(|found| {
                found
                    .what
                    .profile
                    .customer
                    .as_deref()
                    .is_some_and(|customer| crate::session::same_customer(customer, name))
            });
            if theirs {
                let _ = std::fs::remove_file(folder.join(FITTING));
            }
            if !folder.join(DRAFT).exists() && !claimed {
                drop(held);
                remove_folder(&folder);
            }
        }
    }

    /// Where the windows' folders are.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Notes the unsaved changes as they stand: `None` when there are none. Cheap to call
    /// every frame: the caller passes a draft only when it changed.
    pub fn note(&mut self, draft: Option<Option<Draft>>, fitting: Option<Fitting>) {
        if let Ok(mut latest) = self.latest.lock() {
            if let Some(draft) = draft {
                latest.draft = draft;
            }
            latest.fitting = fitting;
        }
    }

    /// Writes what changed since the last write: a fitting (a few lines) at once, so the
    /// last note typed survives a kill; the catalogue's draft at most every [`EVERY`] unless
    /// `now` is asked (after a save or a discard, so a stale draft is never offered back).
    /// Gives how long until changes not yet written are due, for the window to wake up then
    /// even if nobody touches it.
    pub fn keep(&mut self, now: bool) -> Option<Duration> {
        let own = self.own_folder().map(Path::to_path_buf)?;
        self.take_written(false);
        let fitting = match self.latest.lock() {
            Ok(latest) if latest.fitting != self.written.fitting => Some(latest.fitting.clone()),
            _ => None,
        };
        if let Some(fitting) = fitting {
            let result = write_or_remove(&own.join(FITTING), fitting.as_ref());
            if self.noted("the fitting", result) {
                self.written.fitting = fitting;
            }
        }
        if !now && Instant::now() < self.due {
            let waiting = self
                .latest
                .lock()
                .is_ok_and(|latest| latest.draft != self.written.draft);
            return waiting.then(|| self.due.saturating_duration_since(Instant::now()));
        }
        // One draft written at a time: looked at again shortly.
        if self.writing.is_some() {
            return Some(Duration::from_millis(50));
        }
        self.due = Instant::now() + EVERY;
        let draft = match self.latest.lock() {
            Ok(latest) if latest.draft != self.written.draft => Some(latest.draft.clone()),
            _ => None,
        };
        if let Some(draft) = draft {
            // Written on a thread of its own: a large catalogue's draft takes a while.
            let (tx, done) = channel();
            let file = own.join(DRAFT);
            let what = draft.clone();
            let started = std::thread::Builder::new()
                .name("recovery".into())
                .spawn(move || {
                    let _ = tx.send(write_or_remove(&file, what.as_ref()));
                });
            match started {
                Ok(_) => {
                    self.writing = Some((draft, done));
                    return Some(Duration::from_millis(50));
                }
                Err(_) => {
                    let result = write_or_remove(&own.join(DRAFT), draft.as_ref());
                    self.draft_kept(draft, result);
                }
            }
        }
        None
    }

    /// Why the unsaved changes could not be kept against a crash, while they cannot.
    pub fn trouble(&self) -> Option<&str> {
        self.trouble.as_deref()
    }

    /// Removes this window's recovery files and forgets what they held.
    pub fn forget(&mut self) {
        // A draft being written would come back after its file is removed.
        self.take_written(true);
        if let Ok(mut latest) = self.latest.lock() {
            *latest = Latest::default();
        }
        if let Some(own) = self.own_folder().map(Path::to_path_buf) {
            for file in [own.join(DRAFT), own.join(FITTING)] {
                if let Err(error) = write_or_remove::<Draft>(&file, None) {
                    tracing::warn!("{error}");
                }
            }
        }
        self.written = Latest::default();
    }

    /// What a panic calls: writes the latest unsaved changes, whatever was written before.
    pub fn on_panic(&self) -> impl Fn() + Send + Sync + 'static {
        let latest = Arc::clone(&self.latest);
        let folder = self.own_folder().map(Path::to_path_buf);
        move || {
            let Some(folder) = &folder else {
                return;
            };
            // A panic while the changes were being noted leaves them as they were last.
            let latest = match latest.try_lock() {
                Ok(latest) => latest,
                Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => return,
            };
            if let Some(draft) = &latest.draft {
                let _ = write_or_remove(&folder.join(DRAFT), Some(draft));
            }
            if let Some(fitting) = &latest.fitting {
                let _ = write_or_remove(&folder.join(FITTING), Some(fitting));
            }
        }
    }
}

impl Drop for Recovery {
    /// A window that closes (its unsaved work saved, or let go when asked) leaves nothing
    /// behind; one that panics keeps what the panic wrote.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(own) = self.own.take() {
            let folder = own.folder.clone();
            drop(own);
            remove_folder(&folder);
        }
    }
}

/// Earlier versions kept imported pictures in a temporary folder of their own, which a kill
/// left behind for ever: those a day old go.
fn clear_old_waiting_rooms() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    let day_ago = SystemTime::now() - Duration::from_secs(86_400);
    for entry in entries.filter_map(Result::ok) {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified < day_ago);
        if old
            && entry
                .file_name()
                .to_string_lossy()
                .starts_with("shoe-selector-pictures-")
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn remove_folder(folder: &Path) {
    if let Err(error) = std::fs::remove_dir_all(folder)
        && error.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!("{} could not be removed: {error}", folder.display());
    }
}

/// Hands the window's unsaved changes to the [`Recovery`], once one is set up (the window
/// does; tests choose a folder of their own).
#[derive(Default)]
pub struct Keeper {
    recovery: Option<Recovery>,
    /// The editor version last handed over.
    noted: Option<u64>,
    /// Unsaved changes are settled (saved or discarded): write the recovery now.
    settled: bool,
}

impl Keeper {
    /// From now on unsaved changes are kept in a folder of this window's own under `root`;
    /// gives what a window that is gone left there, if anything.
    pub fn keep_in(&mut self, root: PathBuf) -> Option<LeftBehind> {
        clear_old_waiting_rooms();
        let mut recovery = Recovery::new(root);
        let left = recovery.left_behind();
        self.recovery = Some(recovery);
        left
    }

    /// What a panic calls to write the unsaved changes first.
    pub fn on_panic(&self) -> Option<impl Fn() + Send + Sync + 'static> {
        self.recovery.as_ref().map(Recovery::on_panic)
    }

    /// Where pictures imported into the editor's draft wait, so they travel with it.
    pub fn pictures_folder(&self) -> Option<PathBuf> {
        self.recovery.as_ref()?.pictures_folder()
    }

    /// The pictures of a draft left behind, copied into this window's folder.
    pub fn take_pictures(&self, pictures: &[WaitingPicture]) -> Vec<(String, PathBuf)> {
        self.recovery
            .as_ref()
            .map(|recovery| recovery.take_pictures(pictures))
            .unwrap_or_default()
    }

    /// Why unsaved changes cannot be kept against a crash, while they cannot.
    pub fn trouble(&self) -> Option<&str> {
        self.recovery.as_ref()?.trouble()
    }

    /// Where the windows keep their drafts, once set up.
    pub fn root(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(|r| r.root().to_path_buf())
    }

    /// The fittings of the customer `name` that windows now gone left behind go.
    pub fn forget_customer(&mut self, name: &str) {
        if let Some(recovery) = &mut self.recovery {
            recovery.forget_customer(name);
        }
    }

    /// Unsaved changes were saved or discarded: the files follow at once.
    pub fn settled(&mut self) {
        self.settled = true;
    }

    /// The window stops as in a crash or a kill: its recovery folder stays as it is, and
    /// its lock is let go, so the next window finds what it left. For the tests.
    pub fn stop_as_in_a_crash(&mut self) {
        if let Some(recovery) = &mut self.recovery {
            recovery.own = None;
            recovery.claimed = None;
        }
    }

    /// What was left behind is taken in or let go: its folder goes.
    pub fn left_behind_done(&mut self) {
        if let Some(recovery) = &mut self.recovery {
            recovery.forget_left_behind();
        }
    }

    /// Forgets this window's unsaved changes and the files that held them.
    pub fn forget(&mut self) {
        self.settled = true;
        if let Some(recovery) = &mut self.recovery {
            recovery.forget();
        }
    }

    /// Hands over the editor's unsaved draft (looked at only when its version moved) and
    /// the unsaved fitting; says when the window should wake to write them.
    pub fn keep(
        &mut self,
        editor: Option<&super::editor::Editor>,
        fitting: Option<Fitting>,
    ) -> Option<Duration> {
        let recovery = self.recovery.as_mut()?;
        let version = editor.map(|editor| editor.version());
        let draft = (version != self.noted).then(|| {
            self.noted = version;
            editor
                .filter(|editor| editor.is_dirty())
                .map(|editor| Draft {
                    file: editor.path().to_path_buf(),
                    header: editor.header().to_string(),
                    catalogue: editor.draft().clone(),
                    pictures: editor
                        .awaiting()
                        .map(|(image, kept)| WaitingPicture {
                            image: image.to_string(),
                            kept: kept.to_path_buf(),
                        })
                        .collect(),
                })
        });
        recovery.note(draft, fitting);
        recovery.keep(std::mem::take(&mut self.settled))
    }
}

/// Writes `what` to `file` through the one write path, or removes the file when there is
/// nothing to keep.
fn write_or_remove<T: Serialize>(file: &Path, what: Option<&T>) -> Result<(), String> {
    match what {
        Some(what) => {
            let text = ron::ser::to_string_pretty(what, ron::ser::PrettyConfig::new())
                .map_err(|error| error.to_string())?;
            crate::files::write(file, text.as_bytes(), &crate::files::Plan::own_file())
                .map(|_| ())
                .map_err(|error| error.to_string())
        }
        None => match std::fs::remove_file(file) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                Err(format!("cannot remove {}: {error}", file.display()))
            }
            _ => Ok(()),
        },
    }
}

/// A recovery file's content and when it was written, when it reads.
fn read<T: for<'de> Deserialize<'de>>(file: &Path) -> Option<Found<T>> {
    let text = crate::catalogue::read_text(file).ok()?;
    let written = std::fs::metadata(file).and_then(|m| m.modified()).ok()?;
    match crate::catalogue::ron_options().from_str::<T>(&text) {
        Ok(what) => Some(Found { what, written }),
        Err(error) => {
            tracing::warn!("{} does not read: {error}", file.display());
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a_draft(folder: &Path) -> Draft {
        Draft {
            file: folder.join("shop.ron"),
            header: "// shop\n".to_string(),
            catalogue: crate::sample::catalogue().expect("the sample"),
            pictures: Vec::new(),
        }
    }

    /// What a panic calls writes the latest unsaved draft at once, though the timer has not
    /// come round; the next window finds it, the window having gone.
    #[test]
    fn a_panic_writes_the_latest_draft_first() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = folder.path().join("recovery");
        let draft = a_draft(folder.path());
        let mut first = Recovery::new(root.clone());
        first.note(Some(Some(draft.clone())), None);
        first.on_panic()();
        // The first window is still there: its draft is not another's to offer.
        let mut second = Recovery::new(root.clone());
        assert!(second.left_behind().is_none());
        // Gone (as in a kill: its lock let go, its files left).
        first.own = None;
        let (found, fitting) = second.left_behind().expect("left behind");
        assert_eq!(found.map(|found| found.what), Some(draft));
        assert!(fitting.is_none());
        // Offered once, to one window.
        let mut third = Recovery::new(root.clone());
        assert!(third.left_behind().is_none());
        second.forget_left_behind();
        drop(third);
        let mut fourth = Recovery::new(root);
        assert!(fourth.left_behind().is_none());
    }

    /// A window that closes leaves nothing behind.
    #[test]
    fn a_window_that_closes_leaves_no_folder() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = folder.path().join("recovery");
        let mut recovery = Recovery::new(root.clone());
        recovery.note(Some(Some(a_draft(folder.path()))), None);
        recovery.keep(true);
        assert_eq!(std::fs::read_dir(&root).expect("root").count(), 1);
        drop(recovery);
        assert_eq!(std::fs::read_dir(&root).expect("root").count(), 0);
    }
}
