//! Fitting sessions on disk: a fitting is a profile file with its customer, date and the
//! shoes tried on, kept in the shop's sessions folder under a name of the day and a number
//! (never the customer's name, which stays inside the file), with its report beside it.

use crate::catalogue::Diagnostic;
use crate::files::{Plan, Version, WriteError, Written};
use crate::profile::Profile;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

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

impl SessionError {
    /// What went wrong, to be put into words.
    pub fn said(&self) -> crate::words::Say {
        use crate::words::Say;
        match self {
            SessionError::Folder { folder, source } => Say::new("write-folder")
                .text("folder", folder.display().to_string())
                .text("reason", source.to_string()),
            SessionError::Ron(error) => {
                Say::new("session-not-ron").text("reason", error.to_string())
            }
            SessionError::Write(error) => error.said(),
        }
    }
}

/// Whether two names given for a customer are the same customer's, as the shop would say:
/// whatever their case and the spaces around them. An empty name is no one's.
pub fn same_customer(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

/// A free file for a new session in `folder` on `date` (`2026-11-28-1.ron`, `-2`, …): free
/// for the session and its reports alike, as far as can be seen now.
pub fn new_file(folder: &Path, date: &str) -> PathBuf {
    (1..)
        .map(|n| folder.join(format!("{date}-{n}.ron")))
        .find(|path| !path.exists() && !report_of(path, 1).exists())
        .unwrap_or_else(|| folder.join(format!("{date}.ron")))
}

/// The report written for visit `visit` (from 1) of the session in `session`: the first
/// visit's beside it with the same name (`2026-11-28-1.html`), a later one's with its number
/// (`2026-11-28-1-visit-2.html`), so no visit's report replaces another's.
pub fn report_of(session: &Path, visit: usize) -> PathBuf {
    if visit <= 1 {
        return session.with_extension("html");
    }
    let stem = session
        .file_stem()
        .map(|stem| stem.to_os_string())
        .unwrap_or_default();
    let mut name = stem;
    name.push(format!("-visit-{visit}.html"));
    session.with_file_name(name)
}

/// Every file of the session in `session`: the session, each visit's report, and the
/// backups of each. What forgetting a customer deletes.
pub fn files_of(session: &Path) -> Vec<PathBuf> {
    let stem = session
        .file_stem()
        .map(|stem| stem.as_encoded_bytes().to_vec())
        .unwrap_or_default();
    let ours = |name: &[u8]| {
        let Some(rest) = name.strip_prefix(stem.as_slice()) else {
            return false;
        };
        let rest = String::from_utf8_lossy(rest);
        let document = rest
            .strip_suffix(".bak")
            .and_then(|rest| rest.rsplit_once('.'))
            .filter(|(_, number)| number.bytes().all(|b| b.is_ascii_digit()))
            .map_or(rest.as_ref(), |(document, _)| document);
        document == ".ron"
            || document == ".html"
            || document
                .strip_prefix("-visit-")
                .and_then(|rest| rest.strip_suffix(".html"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(crate::files::folder_of(session))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|entry| ours(entry.file_name().as_encoded_bytes()))
                .map(|entry| session.with_file_name(entry.file_name()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The text of a session file holding `profile`.
fn session_text(profile: &Profile) -> Result<String, SessionError> {
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    Ok(format!(
        "{HEADER}\n{}\n",
        ron::ser::to_string_pretty(profile, config)?
    ))
}

/// Writes the fitting `profile` to its session file `path`, as `plan` says (the version it
/// was read or last written as), making its folder when needed. The version replaced is kept
/// as a backup.
pub fn save(path: &Path, profile: &Profile, plan: &Plan) -> Result<Written, SessionError> {
    make_folder_of(path)?;
    let text = session_text(profile)?;
    Ok(crate::files::write(path, text.as_bytes(), plan)?)
}

/// Writes the fitting `profile` as a new session in `folder` on `date`, in a file made for it
/// alone: should another window or another computer sharing the folder take the name first,
/// the next free one is taken. The file and what was written.
pub fn save_new(
    folder: &Path,
    date: &str,
    profile: &Profile,
) -> Result<(PathBuf, Written), SessionError> {
    std::fs::create_dir_all(folder).map_err(|source| SessionError::Folder {
        folder: folder.to_path_buf(),
        source,
    })?;
    let text = session_text(profile)?;
    let mut last = None;
    for _ in 0..1000 {
        let path = new_file(folder, date);
        match crate::files::write(&path, text.as_bytes(), &Plan::new_file()) {
            Ok(written) => return Ok((path, written)),
            Err(WriteError::Exists { file }) => last = Some(WriteError::Exists { file }),
            Err(error) => return Err(error.into()),
        }
    }
    Err(last
        .unwrap_or(WriteError::Exists {
            file: folder.to_path_buf(),
        })
        .into())
}

/// Writes the report of visit `visit` (from 1) beside its session file, making the folder
/// when needed; a report of that visit there before is kept as a backup.
pub fn write_report(session: &Path, visit: usize, html: &str) -> Result<PathBuf, SessionError> {
    make_folder_of(session)?;
    let path = report_of(session, visit);
    crate::files::write(&path, html.as_bytes(), &Plan::replacing())?;
    Ok(path)
}

/// The version of a session file as it is on disk now, to save it against later.
pub fn version_of(path: &Path) -> Option<Version> {
    Version::of(path).ok().flatten()
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

/// The sessions of a folder, read once and kept: on [`Sessions::refresh`] a file is read
/// again only when its size or time of change differs, so a shop's thousands of sessions
/// are listed and counted at once after the first reading. A file that does not read is
/// kept with its problems (file, line and column) and never stops the others.
#[derive(Debug, Default, Clone)]
pub struct Sessions {
    folder: PathBuf,
    files: HashMap<PathBuf, Read>,
}

/// One session file as last read.
#[derive(Debug, Clone)]
struct Read {
    stamp: (Option<SystemTime>, u64),
    profile: Result<Arc<Profile>, Vec<Diagnostic>>,
}

/// From this many files to read, they are read on every core.
const PARALLEL_FROM: usize = 64;

impl Sessions {
    /// Reads every session of `folder`.
    pub fn read(folder: &Path) -> Sessions {
        let mut sessions = Sessions::default();
        sessions.refresh(folder);
        sessions
    }

    /// Brings the sessions up to date with `folder` (another folder starts afresh): new and
    /// changed files are read, deleted ones forgotten. Whether anything changed.
    pub fn refresh(&mut self, folder: &Path) -> bool {
        if folder != self.folder {
            self.folder = folder.to_path_buf();
            self.files.clear();
        }
        let on_disk: Vec<(PathBuf, (Option<SystemTime>, u64))> = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.extension().is_some_and(|e| e == "ron"))
                    // Whatever bears a session's name is listed: a pipe, a device or a
                    // folder is refused at once by the reading, and shown as skipped.
                    .filter_map(|path| {
                        let meta = std::fs::metadata(&path).ok()?;
                        Some((path, (meta.modified().ok(), meta.len())))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let before = self.files.len();
        let present: std::collections::HashSet<&PathBuf> = on_disk.iter().map(|(p, _)| p).collect();
        self.files.retain(|path, _| present.contains(path));
        let mut changed = self.files.len() != before;
        let stale: Vec<(PathBuf, (Option<SystemTime>, u64))> = on_disk
            .into_iter()
            .filter(|(path, stamp)| self.files.get(path).is_none_or(|read| read.stamp != *stamp))
            .collect();
        changed |= !stale.is_empty();
        for (path, read) in read_all(stale) {
            self.files.insert(path, read);
        }
        changed
    }

    /// The folder read.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The sessions that read, newest visit first (by date, then by file name).
    pub fn sessions(&self) -> Vec<(&Path, &Profile)> {
        let mut sessions: Vec<(&Path, &Profile)> = self
            .files
            .iter()
            .filter_map(|(path, read)| Some((path.as_path(), &**read.profile.as_ref().ok()?)))
            .collect();
        sessions.sort_by(|a, b| b.1.date.cmp(&a.1.date).then_with(|| b.0.cmp(a.0)));
        sessions
    }

    /// The sessions that read, newest visit first, each shared.
    pub fn shared(&self) -> Vec<(PathBuf, Arc<Profile>)> {
        let mut sessions: Vec<(PathBuf, Arc<Profile>)> = self
            .files
            .iter()
            .filter_map(|(path, read)| Some((path.clone(), read.profile.as_ref().ok()?.clone())))
            .collect();
        sessions.sort_by(|a, b| b.1.date.cmp(&a.1.date).then_with(|| b.0.cmp(&a.0)));
        sessions
    }

    /// The problems of the files that do not read, in order of file.
    pub fn broken(&self) -> Vec<&Diagnostic> {
        let mut broken: Vec<(&PathBuf, &Vec<Diagnostic>)> = self
            .files
            .iter()
            .filter_map(|(path, read)| Some((path, read.profile.as_ref().err()?)))
            .collect();
        broken.sort_by(|a, b| a.0.cmp(b.0));
        broken
            .into_iter()
            .flat_map(|(_, problems)| problems)
            .collect()
    }

    /// How many files do not read.
    pub fn broken_files(&self) -> usize {
        self.files
            .values()
            .filter(|read| read.profile.is_err())
            .count()
    }

    /// How many files were found, read or not.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the folder holds no session file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Writes `count` made-up sessions into `folder`, from a fixed seed: customers of every
/// width, gait, weight and habit trying on shoes of `shoes`, noting how each felt, buying
/// one or nothing, and a share of them coming back for a second visit that says how the pair
/// went. For benchmarks and load tests; the same files for the same count.
pub fn generate(folder: &Path, count: usize, shoes: &[String]) -> std::io::Result<()> {
    use crate::catalogue::{Surface, Width};
    use crate::profile::{Bought, Feel, LastPair, PairTrouble, Pronation, Season, Tried, Visit};
    if shoes.is_empty() {
        return Err(std::io::Error::other("no shoes to try on"));
    }
    std::fs::create_dir_all(folder)?;
    let mut seed: u64 = 0x5e55_1025;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n.max(1) as u64) as usize
    };
    for i in 0..count {
        let visit = |day: usize, next: &mut dyn FnMut(usize) -> usize| {
            let tried: Vec<Tried> = (0..1 + next(3))
                .map(|_| Tried {
                    shoe: shoes[next(shoes.len())].clone(),
                    size: None,
                    feel: vec![Feel::ALL[next(Feel::ALL.len())]],
                    note: None,
                })
                .collect();
            let bought = match next(3) {
                0 => Some(Bought::Nothing),
                _ => Some(Bought::Shoe(tried[0].shoe.clone())),
            };
            Visit {
                date: Some(format!("2026-{:02}-{:02}", 1 + day / 28 % 12, 1 + day % 28)),
                tried,
                bought,
                bought_size: None,
                last_pair: None,
                inputs: None,
            }
        };
        let first = visit(next(300), &mut next);
        let mut profile = Profile {
            foot_width: Width::ALL[next(4)],
            weight_kg: 45.0 + next(80) as f64,
            pronation: Pronation::ALL[next(3)],
            season: Season::ALL[next(3)],
            surface: Surface::ALL[next(4)],
            customer: Some(format!("Customer {i}")),
            ..Profile::default()
        };
        let latest = if next(4) == 0 {
            let mut second = visit(300 + next(30), &mut next);
            second.last_pair = Some(match next(3) {
                0 => LastPair::Returned(vec![PairTrouble::ALL[next(PairTrouble::ALL.len())]]),
                _ => LastPair::Happy,
            });
            profile.visits.push(first);
            second
        } else {
            first
        };
        profile.date = latest.date;
        profile.tried = latest.tried;
        profile.bought = latest.bought;
        profile.last_pair = latest.last_pair;
        let path = folder.join(format!("generated-{i}.ron"));
        save(&path, &profile, &Plan::own_file()).map_err(std::io::Error::other)?;
    }
    Ok(())
}

/// Reads `files`, on every core when there are many.
fn read_all(files: Vec<(PathBuf, (Option<SystemTime>, u64))>) -> Vec<(PathBuf, Read)> {
    let read = |(path, stamp): (PathBuf, (Option<SystemTime>, u64))| {
        let profile = crate::profile::load_profile(&path).map(Arc::new);
        (path, Read { stamp, profile })
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if files.len() < PARALLEL_FROM || threads == 1 {
        return files.into_iter().map(read).collect();
    }
    let chunk = files.len().div_ceil(threads);
    let mut parts: Vec<Vec<_>> = Vec::new();
    let mut files = files.into_iter();
    loop {
        let part: Vec<_> = files.by_ref().take(chunk).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || part.into_iter().map(read).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    })
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
        std::fs::write(report_of(&first, 1), "<html>").expect("report");
        let second = new_file(folder.path(), "2026-11-28");
        assert!(second.ends_with("2026-11-28-2.ron"), "{}", second.display());
    }

    /// One customer whatever the case and the spaces around the name; an empty name is no
    /// one's, and a longer name is someone else.
    #[test]
    fn the_same_customer_is_the_same_name_whatever_its_case() {
        assert!(same_customer("Anna Berg", " anna berg "));
        assert!(!same_customer("Anna Berg", "Anna Bergström"));
        assert!(!same_customer("", ""));
        assert!(!same_customer("  ", "  "));
    }

    /// Each visit has its own report, and a session's files are all its own: not another
    /// session's whose name starts the same.
    #[test]
    fn each_visit_has_its_report_and_a_session_knows_its_files() {
        let folder = tempfile::tempdir().expect("temp dir");
        let session = folder.path().join("2026-11-28-1.ron");
        assert!(report_of(&session, 1).ends_with("2026-11-28-1.html"));
        assert!(report_of(&session, 3).ends_with("2026-11-28-1-visit-3.html"));
        let names = [
            "2026-11-28-1.ron",
            "2026-11-28-1.ron.4.bak",
            "2026-11-28-1.html",
            "2026-11-28-1-visit-2.html",
            "2026-11-28-1-visit-2.html.1.bak",
            "2026-11-28-11.ron",
            "2026-11-28-11.html",
            "2026-11-28-1-notes.txt",
        ];
        for name in names {
            std::fs::write(folder.path().join(name), "x").expect("write");
        }
        let found: Vec<String> = files_of(&session)
            .iter()
            .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(
            found,
            names[..5]
                .iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        );
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
        save(&path, &profile, &Plan::new_file()).expect("saved");
        assert_eq!(crate::profile::load_profile(&path).expect("loads"), profile);
        assert_eq!(list(&folder.path().join("sessions")), vec![path]);
    }
}
