//! A path typed by hand, for when no file dialog can open: without a desktop portal or
//! zenity the system's dialog cannot show, so the window asks for the path in a box of its
//! own instead of silently doing nothing. Whether one can show is looked up, not guessed.

use super::command::{Chosen, Command, PathFor};
use crate::words::Say;
use std::path::{Path, PathBuf};

/// Whether the system's file dialog can show: on Linux and the BSDs through the desktop
/// portal (a session bus, and the portal's service installed where D-Bus looks for it) or
/// zenity on the `PATH`, which is what the dialogs use; elsewhere the system's own.
pub fn dialogs_can_show() -> bool {
    let free_desktop = cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    ));
    !free_desktop || can_show(|name| std::env::var_os(name))
}

/// Whether a portal or zenity is there, with the environment `env`.
fn can_show(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let env = |name: &str| env(name).filter(|v| !v.is_empty());
    let on_path = |program: &str| {
        env("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|folder| folder.join(program).is_file())
        })
    };
    let session_bus = env("DBUS_SESSION_BUS_ADDRESS").is_some()
        || env("XDG_RUNTIME_DIR").is_some_and(|run| Path::new(&run).join("bus").exists());
    let mut data = vec![
        env("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| env("HOME").map(|home| Path::new(&home).join(".local/share")))
            .unwrap_or_default(),
    ];
    let system = env("XDG_DATA_DIRS").unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    data.extend(std::env::split_paths(&system));
    let portal = data.iter().any(|folder| {
        folder
            .join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .is_file()
    });
    (session_bus && portal) || on_path("zenity")
}

/// The box: what the path is for, what is typed so far, and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct PathBox {
    /// What the path is for.
    pub purpose: PathFor,
    /// The path as typed.
    pub text: String,
    /// Why the path last offered was not taken.
    pub problem: Option<Say>,
    /// Whether the box stands in for a file dialog that could not open (said in the box).
    pub no_dialog: bool,
    /// A file that is there, which the user was told of and may now replace.
    pub replacing: Option<PathBuf>,
    /// A folder that is not there, which the user was told of and may now have made.
    pub creating: Option<PathBuf>,
}

impl PathBox {
    /// A box for `purpose`, starting in `folder` so only the rest need be typed.
    pub fn new(purpose: PathFor, folder: Option<&Path>, no_dialog: bool) -> PathBox {
        let mut text = folder.map(|f| f.display().to_string()).unwrap_or_default();
        if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
        if purpose == PathFor::SaveCatalogueAs {
            text.push_str("catalogue.ron");
        }
        PathBox {
            purpose,
            text,
            problem: None,
            no_dialog,
            replacing: None,
            creating: None,
        }
    }

    /// The path typed, if it will do for what it is for: the command that uses it, or why
    /// not. A leading `~` is the home folder.
    fn accept(&self) -> Result<Chosen, Refused> {
        let typed = self.text.trim();
        if typed.is_empty() {
            return Err(Refused::Other(Say::new("path-box-empty")));
        }
        let path = expand_home(typed);
        let shown = || path.display().to_string();
        if self.purpose.wants_folder() {
            return if path.is_dir() {
                Ok(Chosen::Folder(path))
            } else if path.exists() {
                Err(Refused::Other(
                    Say::new("path-box-not-a-folder").text("path", shown()),
                ))
            } else {
                // Not there: made once the user, told so, takes the path again.
                self.make_folder(&path)?;
                Ok(Chosen::Folder(path))
            };
        }
        match self.purpose {
            PathFor::SaveCatalogueAs => {
                let path = save_target(path);
                let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                match folder {
                    Some(folder) if folder.exists() && !folder.is_dir() => Err(Refused::Other(
                        Say::new("path-box-not-a-folder")
                            .text("path", folder.display().to_string()),
                    )),
                    Some(folder) if !folder.is_dir() => {
                        self.make_folder(folder)?;
                        Ok(Chosen::File(path))
                    }
                    // A file that is there is replaced only once the user was told.
                    _ if path.exists() && self.replacing.as_ref() != Some(&path) => {
                        Err(Refused::Exists(path))
                    }
                    _ => Ok(Chosen::File(path)),
                }
            }
            _ if path.is_file() => Ok(Chosen::File(path)),
            _ => Err(Refused::Other(
                Say::new("path-box-not-a-file").text("path", shown()),
            )),
        }
    }

    /// Makes `folder` when the user was told it is not there and took the path again;
    /// else says it is not there, and that taking the path again makes it.
    fn make_folder(&self, folder: &Path) -> Result<(), Refused> {
        if self.creating.as_deref() != Some(folder) {
            return Err(Refused::NoFolder(folder.to_path_buf()));
        }
        std::fs::create_dir_all(folder).map_err(|error| {
            Refused::Other(
                Say::new("path-box-folder-not-made")
                    .text("path", folder.display().to_string())
                    .text("error", error.to_string()),
            )
        })
    }

    /// The command that uses the path typed; else what is wrong is kept in the box. Told
    /// that a file to save to is there, taking the same path again replaces it; told that a
    /// folder is not there, taking the same path again makes it.
    pub fn take(&mut self) -> Option<Option<Command>> {
        match self.accept() {
            Ok(chosen) => Some(self.purpose.command(chosen)),
            Err(refused) => {
                self.problem = Some(refused.said());
                match refused {
                    Refused::Exists(file) => self.replacing = Some(file),
                    Refused::NoFolder(folder) => self.creating = Some(folder),
                    Refused::Other(_) => {}
                }
                None
            }
        }
    }

    /// The command that uses the path typed, or why the path will not do.
    pub fn command(&self) -> Result<Option<Command>, Say> {
        self.accept()
            .map(|chosen| self.purpose.command(chosen))
            .map_err(|refused| refused.said())
    }
}

/// Why a typed path will not do.
enum Refused {
    /// A file to save to is there: taken again, it is replaced.
    Exists(PathBuf),
    /// A folder is not there: taken again, it is made.
    NoFolder(PathBuf),
    /// Anything else, said.
    Other(Say),
}

impl Refused {
    fn said(&self) -> Say {
        match self {
            Refused::Exists(file) => {
                Say::new("path-box-exists").text("path", file.display().to_string())
            }
            Refused::NoFolder(folder) => {
                Say::new("path-box-no-folder").text("path", folder.display().to_string())
            }
            Refused::Other(said) => said.clone(),
        }
    }
}

/// Where a catalogue saved to `path` goes: a folder typed for a file takes it under the
/// usual name.
fn save_target(path: PathBuf) -> PathBuf {
    if path.is_dir() {
        path.join("catalogue.ron")
    } else {
        path
    }
}

/// `typed` with a leading `~` read as the home folder.
fn expand_home(typed: &str) -> PathBuf {
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    match typed.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => match home() {
            Some(home) => PathBuf::from(home).join(rest.trim_start_matches(['/', '\\'])),
            None => PathBuf::from(typed),
        },
        _ => PathBuf::from(typed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    /// Whether a dialog can show is read from what is installed: zenity on the `PATH`, or a
    /// session bus with the portal's service where D-Bus looks; with neither, the path box.
    #[test]
    fn a_dialog_can_show_with_zenity_or_a_portal_and_a_bus() {
        let folder = tempfile::tempdir().expect("temp dir");
        let bin = folder.path().join("bin");
        let share = folder.path().join("share");
        std::fs::create_dir_all(&bin).expect("bin");
        std::fs::create_dir_all(share.join("dbus-1/services")).expect("services");
        let env = |pairs: Vec<(&'static str, PathBuf)>| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| OsString::from(value))
            }
        };
        let nothing = env(vec![
            ("PATH", bin.clone()),
            ("XDG_DATA_DIRS", share.clone()),
            ("HOME", folder.path().to_path_buf()),
        ]);
        assert!(!can_show(&nothing), "neither zenity nor a portal");
        std::fs::write(
            share.join("dbus-1/services/org.freedesktop.portal.Desktop.service"),
            "",
        )
        .expect("service");
        assert!(!can_show(&nothing), "a portal without a session bus");
        let with_bus = env(vec![
            ("PATH", bin.clone()),
            ("XDG_DATA_DIRS", share.clone()),
            (
                "DBUS_SESSION_BUS_ADDRESS",
                PathBuf::from("unix:path=/run/bus"),
            ),
        ]);
        assert!(can_show(&with_bus), "a portal on the session bus");
        std::fs::write(bin.join("zenity"), "").expect("zenity");
        let zenity = env(vec![("PATH", bin.clone())]);
        assert!(can_show(&zenity), "zenity on the PATH");
    }
}
