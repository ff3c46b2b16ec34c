//! Fitting sessions on disk: a fitting is a profile file with its customer, date and the
//! shoes tried on, kept in the shop's sessions folder under a name of the day and a number
//! (never the customer's name, which stays inside the file), with its report beside it.

use crate::files::{Replace, WriteError};
use crate::profile::Profile;
use std::path::{Path, PathBuf};

/// The first line of every session file.
const HEADER: &str = "// Fitting session, written by the running-shoe selector.";

/// Why a session or its report was not written.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The sessions folder does not exist and cannot be made.
    #[error("cannot create {folder}: {source}")]
    Folder {
        /// The sessions folder.
        folder: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The fitting could not be written as RON.
    #[error("the fitting cannot be written as RON: {0}")]
    Ron(#[from] ron::Error),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// A free file for a new session in `folder` on `date` (`2026-11-28-1.ron`, `-2`, …): free
/// for the session and its report alike.
pub fn new_file(folder: &Path, date: &str) -> PathBuf {
    (1..)
        .map(|n| folder.join(format!("{date}-{n}.ron")))
        .find(|path| !path.exists() && !report_of(path).exists())
        .unwrap_or_else(|| folder.join(format!("{date}.ron")))
}

/// The report written for the session in `session`.
pub fn report_of(session: &Path) -> PathBuf {
    session.with_extension("html")
}

/// Writes the fitting `profile` to `path` atomically, making its folder when needed.
pub fn save(path: &Path, profile: &Profile) -> Result<(), SessionError> {
    make_folder_of(path)?;
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    let text = format!(
        "{HEADER}\n{}\n",
        ron::ser::to_string_pretty(profile, config)?
    );
    crate::files::write(path, text.as_bytes(), Replace::Yes)?;
    Ok(())
}

/// Writes a fitting report's `html` beside its session file, making the folder when needed.
pub fn write_report(session: &Path, html: &str) -> Result<PathBuf, SessionError> {
    make_folder_of(session)?;
    let path = report_of(session);
    crate::files::write(&path, html.as_bytes(), Replace::Yes)?;
    Ok(path)
}

fn make_folder_of(path: &Path) -> Result<(), SessionError> {
    let folder = crate::files::folder_of(path);
    std::fs::create_dir_all(&folder).map_err(|source| SessionError::Folder { folder, source })
}

/// The session files in `folder`, newest first (by when they were last written).
pub fn list(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .map(|path| {
            let written = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (written, path)
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files.into_iter().map(|(_, path)| path).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new session never takes the name of an earlier session or of an earlier report.
    #[test]
    fn a_new_session_takes_the_first_name_free_for_it_and_its_report() {
        let folder = tempfile::tempdir().expect("temp dir");
        let first = new_file(folder.path(), "2026-11-28");
        assert!(first.ends_with("2026-11-28-1.ron"), "{}", first.display());
        std::fs::write(report_of(&first), "<html>").expect("report");
        let second = new_file(folder.path(), "2026-11-28");
        assert!(second.ends_with("2026-11-28-2.ron"), "{}", second.display());
    }

    /// What is saved reads back as the same fitting, and is listed.
    #[test]
    fn a_saved_session_loads_back_equal_and_is_listed() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("sessions/2026-11-28-1.ron");
        let profile = Profile {
            customer: Some("Ann".to_string()),
            weight_kg: 81.0,
            ..Profile::default()
        };
        save(&path, &profile).expect("saved");
        assert_eq!(crate::profile::load_profile(&path).expect("loads"), profile);
        assert_eq!(list(&folder.path().join("sessions")), vec![path]);
    }
}
