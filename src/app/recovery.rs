//! Never lose a draft: while the catalogue editor or a fitting holds unsaved changes, they are
//! written to a recovery file in the app's data folder every few seconds (atomically, like
//! saves) and the file is removed once they are saved or discarded. After a crash or a kill,
//! the next start offers them back, saying which file and how long ago. A panic writes the
//! latest first.

use crate::catalogue::Catalogue;
use crate::profile::Profile;
use crate::words::Say;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// How often unsaved changes are written.
pub const EVERY: Duration = Duration::from_secs(2);

/// The catalogue editor's unsaved draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Draft", deny_unknown_fields)]
pub struct Draft {
    /// The catalogue file the draft is of.
    pub file: PathBuf,
    /// Its comment block, written back with it.
    pub header: String,
    /// The catalogue as it was being edited.
    pub catalogue: Catalogue,
}

/// A fitting not yet saved as a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Fitting", deny_unknown_fields)]
pub struct Fitting {
    /// The session file it was opened from or first saved to.
    pub session: Option<PathBuf>,
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

/// Keeps the recovery files in step with the unsaved changes.
pub struct Recovery {
    folder: PathBuf,
    latest: Arc<Mutex<Latest>>,
    /// What the files hold now.
    written: Latest,
    due: Instant,
}

impl Recovery {
    /// Recovery files in `folder` (the app's data folder's `recovery/`).
    pub fn new(folder: PathBuf) -> Recovery {
        Recovery {
            folder,
            latest: Arc::default(),
            written: Latest::default(),
            due: Instant::now(),
        }
    }

    fn draft_file(folder: &Path) -> PathBuf {
        folder.join("catalogue-draft.ron")
    }

    fn fitting_file(folder: &Path) -> PathBuf {
        folder.join("fitting.ron")
    }

    /// The draft and the fitting a crash or a kill left behind, if any: each file that reads.
    pub fn left_behind(&self) -> LeftBehind {
        (
            read(&Self::draft_file(&self.folder)),
            read(&Self::fitting_file(&self.folder)),
        )
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

    /// Writes what changed since the last write, at most every [`EVERY`] unless `now` is
    /// asked (after a save or a discard, so a stale draft is never offered back). Gives how
    /// long until changes not yet written are due, for the window to wake up then even if
    /// nobody touches it.
    pub fn keep(&mut self, now: bool) -> Option<Duration> {
        if !now && Instant::now() < self.due {
            let waiting = self.latest.lock().is_ok_and(|latest| {
                latest.draft != self.written.draft || latest.fitting != self.written.fitting
            });
            return waiting.then(|| self.due.saturating_duration_since(Instant::now()));
        }
        self.due = Instant::now() + EVERY;
        let (draft, fitting) = match self.latest.lock() {
            Ok(latest) => (latest.draft.clone(), latest.fitting.clone()),
            Err(_) => return None,
        };
        if draft != self.written.draft {
            match write_or_remove(&Self::draft_file(&self.folder), draft.as_ref()) {
                Ok(()) => self.written.draft = draft,
                Err(error) => tracing::warn!("the editor's draft could not be kept: {error}"),
            }
        }
        if fitting != self.written.fitting {
            match write_or_remove(&Self::fitting_file(&self.folder), fitting.as_ref()) {
                Ok(()) => self.written.fitting = fitting,
                Err(error) => tracing::warn!("the fitting could not be kept: {error}"),
            }
        }
        None
    }

    /// Removes the recovery files and forgets what they held.
    pub fn forget(&mut self) {
        if let Ok(mut latest) = self.latest.lock() {
            *latest = Latest::default();
        }
        for file in [
            Self::draft_file(&self.folder),
            Self::fitting_file(&self.folder),
        ] {
            if let Err(error) = write_or_remove::<Draft>(&file, None) {
                tracing::warn!("{error}");
            }
        }
        self.written = Latest::default();
    }

    /// What a panic calls: writes the latest unsaved changes, whatever was written before.
    pub fn on_panic(&self) -> impl Fn() + Send + Sync + 'static {
        let latest = Arc::clone(&self.latest);
        let folder = self.folder.clone();
        move || {
            // A panic while the changes were being noted leaves them as they were last.
            let latest = match latest.try_lock() {
                Ok(latest) => latest,
                Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => return,
            };
            if let Some(draft) = &latest.draft {
                let _ = write_or_remove(&Self::draft_file(&folder), Some(draft));
            }
            if let Some(fitting) = &latest.fitting {
                let _ = write_or_remove(&Self::fitting_file(&folder), Some(fitting));
            }
        }
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
    /// From now on unsaved changes are kept in `folder`; gives what an earlier run left
    /// there, if anything.
    pub fn keep_in(&mut self, folder: PathBuf) -> Option<LeftBehind> {
        let recovery = Recovery::new(folder);
        let (draft, fitting) = recovery.left_behind();
        self.recovery = Some(recovery);
        (draft.is_some() || fitting.is_some()).then_some((draft, fitting))
    }

    /// What a panic calls to write the unsaved changes first.
    pub fn on_panic(&self) -> Option<impl Fn() + Send + Sync + 'static> {
        self.recovery.as_ref().map(Recovery::on_panic)
    }

    /// Unsaved changes were saved or discarded: the files follow at once.
    pub fn settled(&mut self) {
        self.settled = true;
    }

    /// Forgets what was left behind and the files that held it.
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
        let version = editor.map(|editor| editor.version);
        let draft = (version != self.noted).then(|| {
            self.noted = version;
            editor
                .filter(|editor| editor.is_dirty())
                .map(|editor| Draft {
                    file: editor.path.clone(),
                    header: editor.header.clone(),
                    catalogue: editor.draft.clone(),
                })
        });
        recovery.note(draft, fitting);
        recovery.keep(std::mem::take(&mut self.settled))
    }
}

/// Writes `what` to `file` atomically, or removes the file when there is nothing to keep.
fn write_or_remove<T: Serialize>(file: &Path, what: Option<&T>) -> Result<(), String> {
    match what {
        Some(what) => {
            std::fs::create_dir_all(crate::catalogue::folder_of(file))
                .map_err(|error| format!("cannot create {}: {error}", file.display()))?;
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

    /// What a panic calls writes the latest unsaved draft at once, though the timer has not
    /// come round; it reads back as it was.
    #[test]
    fn a_panic_writes_the_latest_draft_first() {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(folder.path().to_path_buf());
        let catalogue = crate::sample::catalogue().expect("the sample");
        let draft = Draft {
            file: folder.path().join("shop.ron"),
            header: "// shop\n".to_string(),
            catalogue,
        };
        recovery.note(Some(Some(draft.clone())), None);
        assert!(recovery.left_behind().0.is_none(), "nothing written yet");
        recovery.on_panic()();
        let (found, fitting) = recovery.left_behind();
        assert_eq!(found.map(|found| found.what), Some(draft));
        assert!(fitting.is_none());
        recovery.forget();
        assert!(recovery.left_behind().0.is_none());
    }
}
