//! The fitting in the shop: which session file it belongs to, what was last saved (what
//! "unsaved" is measured against) and the last word on saving it or writing its report.

use crate::profile::Profile;
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
}

impl Fitting {
    /// A fitting of `profile` as it stands, nothing unsaved.
    pub fn of(profile: &Profile) -> Fitting {
        Fitting {
            saved: profile.clone(),
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

    /// The fitting opened from `path`, as `profile`.
    pub(super) fn opened(&mut self, path: PathBuf, profile: &Profile) {
        self.saved = profile.clone();
        self.path = Some(path);
    }

    /// The fitting restored after a crash: its file, and not saved.
    pub(super) fn restored(&mut self, path: Option<PathBuf>) {
        self.path = path;
    }

    /// The session file of the fitting: the one it came from or was first saved to, else a
    /// new one in `folder` named by the day and a number.
    pub(super) fn file(&mut self, folder: &Path, profile: &Profile) -> PathBuf {
        if let Some(path) = &self.path {
            return path.clone();
        }
        let date = profile.date.clone().unwrap_or_else(crate::report::today);
        let path = crate::session::new_file(folder, &date);
        self.path = Some(path.clone());
        path
    }

    /// Saves `profile` as the session (dated today when it has no date), in its own file.
    /// Says where, or why not.
    pub(super) fn save(&mut self, folder: &Path, profile: &mut Profile) -> Result<Say, Say> {
        if profile.date.is_none() {
            profile.date = Some(crate::report::today());
        }
        let path = self.file(folder, profile);
        match crate::session::save(&path, profile) {
            Ok(()) => {
                self.saved = profile.clone();
                self.written = Some(path.clone());
                Ok(Say::new("fitting-saved").text("path", path.display().to_string()))
            }
            Err(error) => {
                tracing::warn!("could not save the session {}: {error}", path.display());
                Err(Say::new("fitting-not-saved").text("error", error.to_string()))
            }
        }
    }
}
