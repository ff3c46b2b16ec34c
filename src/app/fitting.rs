//! The fitting in the shop: which session file it belongs to, what was last saved (what
//! "unsaved" is measured against) and the last word on saving it or writing its report.

use crate::files::{Plan, Version, WriteError};
use crate::profile::Profile;
use crate::session::SessionError;
use crate::words::Say;
use std::path::{Path, PathBuf};

/// The fitting's state beside the runner's inputs, which are the settings' profile.
#[derive(Default)]
pub struct Fitting {
    /// The file the fitting is saved in: the one it was opened from, or the one its first
    /// save chose. A new customer's fitting has none until it is saved.
    path: Option<PathBuf>,
    /// The fitting as last saved, opened or started.
    saved: Profile,
    /// The last word on the session: saved, report written, or what went wrong.
    status: Option<Say>,
    /// The file last written for this fitting (its session or its report), to open or show.
    written: Option<PathBuf>,
    /// The session file as it was opened or last saved here: a file that differs from it
    /// (saved by another window or computer, edited by hand) is not replaced unasked.
    version: Option<Version>,
    /// The session file has been written (or read) here, so saving replaces it; otherwise
    /// the first save makes a new file.
    on_disk: bool,
    /// Which fitting this is: a new customer, a session opened or restored is another one,
    /// and a save finished off the frame joins only the fitting it was made for.
    id: u64,
}

/// Hands out fitting ids, never the same twice.
static FITTINGS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_id() -> u64 {
    FITTINGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Why a fitting was not saved.
#[derive(Debug)]
pub enum NotSaved {
    /// The session file changed since it was opened or saved here, or is read-only: the
    /// user is asked before it is replaced.
    Ask(WriteError),
    /// It could not be written: what went wrong.
    Failed(Say),
}

impl Fitting {
    /// A fitting of `profile` as it stands, nothing unsaved.
    pub fn of(profile: &Profile) -> Fitting {
        Fitting {
            saved: profile.clone(),
            id: next_id(),
            ..Fitting::default()
        }
    }

    /// The session file of this fitting, once it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The last word on saving the session or writing its report.
    pub fn status(&self) -> Option<&Say> {
        self.status.as_ref()
    }

    pub(super) fn say(&mut self, status: Say) {
        self.status = Some(status);
    }

    /// The file last written for this fitting: its session or its report.
    pub fn written(&self) -> Option<&Path> {
        self.written.as_deref()
    }

    pub(super) fn wrote(&mut self, path: PathBuf) {
        self.written = Some(path);
    }

    /// Whether `profile` holds what a shop would not want to lose unasked (a customer's
    /// name or shoes tried on) and has changed since it was saved, opened or started.
    pub fn is_unsaved(&self, profile: &Profile) -> bool {
        (profile.customer.is_some() || !profile.tried.is_empty()) && *profile != self.saved
    }

    /// `profile` is saved (or its loss agreed to).
    pub(super) fn settled(&mut self, profile: &Profile) {
        self.saved = profile.clone();
    }

    /// A new customer's fitting, on `profile`.
    pub(super) fn start(&mut self, profile: &Profile) {
        *self = Fitting::of(profile);
    }

    /// The fitting opened from `path`, as `profile`, the file read as `version`.
    pub(super) fn opened(&mut self, path: PathBuf, profile: &Profile, version: Option<Version>) {
        self.id = next_id();
        self.saved = profile.clone();
        self.path = Some(path);
        self.version = version;
        self.on_disk = true;
    }

    /// The fitting restored after a crash: linked to its file as it was opened or saved
    /// (`version`), and unsaved until it is saved: what it is measured against is the file
    /// as it reads now, or nothing.
    pub(super) fn restored(&mut self, path: Option<PathBuf>, version: Option<Version>) {
        self.id = next_id();
        self.on_disk = path.as_deref().is_some_and(Path::exists);
        self.saved = path
            .as_deref()
            .filter(|_| self.on_disk)
            .and_then(|path| crate::profile::load_profile(path).ok())
            .unwrap_or_default();
        self.version = version;
        self.path = path;
    }

    /// The name the saved session has, when `profile` gives the customer another one: a
    /// correction or another customer, which the user is asked.
    pub(super) fn renamed(&self, profile: &Profile) -> Option<String> {
        let before = self.saved.customer.as_deref()?;
        let now = profile.customer.as_deref()?;
        let changed = self.on_disk
            && !before.trim().is_empty()
            && !now.trim().is_empty()
            && !crate::session::same_customer(before, now);
        changed.then(|| before.to_string())
    }

    /// The fitting becomes another customer's, to be saved in a new file: the earlier
    /// visits and how the last pair went were the other customer's, and stay theirs.
    pub(super) fn as_new_customer(&mut self, profile: &mut Profile) {
        self.path = None;
        self.on_disk = false;
        self.version = None;
        profile.visits.clear();
        profile.last_pair = None;
    }

    /// The session file as it was opened or last saved here.
    pub fn version(&self) -> Option<&Version> {
        self.version.as_ref()
    }

    /// The session file of the fitting: the one it came from or was first saved to, else a
    /// new one in `folder` named by the day and a number.
    pub(super) fn file(&mut self, folder: &Path, profile: &Profile) -> PathBuf {
        if let Some(path) = &self.path {
            return path.clone();
        }
        let date = profile.date.clone().unwrap_or_else(crate::dates::today);
        let path = crate::session::new_file(folder, &date);
        self.path = Some(path.clone());
        path
    }

    /// Makes ready to save `profile` as the session (dated today when it has no date), in
    /// its own file: a new one made for it at the first save, else the one it has, when that
    /// is as it was opened or saved here (or `agreed`: the user said to replace it). The
    /// writing itself ([`SessionSave::write`]) is done off the frame; [`Fitting::saved`]
    /// takes in how it went.
    pub(super) fn save(
        &mut self,
        folder: &Path,
        profile: &mut Profile,
        agreed: bool,
    ) -> SessionSave {
        if profile.date.is_none() {
            profile.date = Some(crate::dates::today());
        }
        let date = profile.date.clone().unwrap_or_default();
        let target = match &self.path {
            Some(path) if self.on_disk => Target::Own(
                path.clone(),
                if agreed {
                    Plan::replacing().read_only_ok()
                } else {
                    Plan::document(self.version.clone())
                },
            ),
            // A name set aside for a report written first: taken only if still free.
            Some(path) => Target::Reserved(path.clone()),
            None => Target::New,
        };
        SessionSave {
            fitting: self.id,
            folder: folder.to_path_buf(),
            date,
            profile: profile.clone(),
            target,
        }
    }

    /// Takes in how a save went: where it went, or whether to ask (the file changed or is
    /// read-only), or what went wrong.
    pub(super) fn saved(&mut self, done: SessionSaved) -> Result<Say, NotSaved> {
        let SessionSaved {
            fitting,
            profile,
            folder,
            result,
        } = done;
        // Another fitting is on screen now (a new customer, another session): the save was
        // the one before's. It is said how it went; nothing of it joins this fitting, and
        // no question about that file is asked for this one.
        if fitting != self.id {
            return match result {
                Ok((path, _)) => {
                    Ok(Say::new("fitting-saved").text("path", path.display().to_string()))
                }
                Err(error) => Err(NotSaved::Failed(
                    Say::new("fitting-not-saved").says("error", vec![error.said()]),
                )),
            };
        }
        match result {
            Ok((path, written)) => {
                self.saved = profile;
                self.path = Some(path.clone());
                self.version = Some(written.version);
                self.on_disk = true;
                self.written = Some(path.clone());
                Ok(Say::new("fitting-saved").text("path", path.display().to_string()))
            }
            Err(SessionError::Write(
                error @ (WriteError::Changed { .. } | WriteError::ReadOnly { .. }),
            )) => Err(NotSaved::Ask(error)),
            Err(error) => {
                let path = self.path.clone().unwrap_or(folder);
                tracing::warn!("could not save the session {}: {error}", path.display());
                Err(NotSaved::Failed(
                    Say::new("fitting-not-saved").says("error", vec![error.said()]),
                ))
            }
        }
    }
}

/// Where a session is saved.
#[derive(Debug)]
enum Target {
    /// Over its own file, as the plan says.
    Own(PathBuf, Plan),
    /// Under a name set aside for it, if still free; else a new one.
    Reserved(PathBuf),
    /// Under a new name.
    New,
}

/// A session to save, made ready in the frame and written off it.
#[derive(Debug)]
pub struct SessionSave {
    /// The fitting it was made for.
    fitting: u64,
    folder: PathBuf,
    date: String,
    profile: Profile,
    target: Target,
}

/// How a save went, with the fitting as it was saved.
#[derive(Debug)]
pub struct SessionSaved {
    fitting: u64,
    profile: Profile,
    folder: PathBuf,
    result: Result<(PathBuf, crate::files::Written), SessionError>,
}

impl SessionSave {
    /// Writes the session, on whichever thread.
    pub fn write(self) -> SessionSaved {
        let SessionSave {
            fitting,
            folder,
            date,
            profile,
            target,
        } = self;
        let result = match target {
            Target::Own(path, plan) => {
                crate::session::save(&path, &profile, &plan).map(|written| (path, written))
            }
            Target::Reserved(path) => {
                match crate::session::save(&path, &profile, &Plan::new_file()) {
                    Err(SessionError::Write(WriteError::Exists { .. })) => {
                        crate::session::save_new(&folder, &date, &profile)
                    }
                    saved => saved.map(|written| (path, written)),
                }
            }
            Target::New => crate::session::save_new(&folder, &date, &profile),
        };
        SessionSaved {
            fitting,
            profile,
            folder,
            result,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A save still being written when the next customer's fitting starts was the customer
    /// before's: it joins nothing of the new fitting, which then gets a file of its own and
    /// never writes over theirs; the save's own fitting takes it in.
    #[test]
    fn a_save_joins_only_the_fitting_it_was_made_for() {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut first = Profile {
            customer: Some("First Customer".into()),
            ..Profile::default()
        };
        let mut fitting = Fitting::of(&Profile::default());
        let save = fitting.save(folder.path(), &mut first, false);
        let second = Profile {
            customer: Some("Second Customer".into()),
            ..Profile::default()
        };
        fitting.start(&second);
        let said = fitting.saved(save.write()).expect("saved");
        assert_eq!(said.id(), "fitting-saved");
        assert!(fitting.path().is_none(), "the new fitting has no file yet");

        let save = fitting.save(folder.path(), &mut first, false);
        fitting.saved(save.write()).expect("saved");
        assert!(fitting.path().is_some(), "its own save is taken in");
        assert!(!fitting.is_unsaved(&first));
    }
}
