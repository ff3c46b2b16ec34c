//! What the window remembers between runs: the runner's inputs, the units, the priorities,
//! the last catalogue and the recent ones; never a customer (their name, visits, shoes tried
//! or bought), who lives in their session file. Saved as RON in `settings.ron` in the app's
//! data folder, through the one write path.

use crate::profile::Profile;
use crate::recommend::Priorities;
use crate::units::{SizeSystem, WeightUnit};
use crate::words::{Lang, Say, Words};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The key under which versions before `settings.ron` kept the settings in eframe's storage:
/// read once, if there is no `settings.ron` yet, and removed.
pub const KEY: &str = "shoe-selector.settings";
/// The web page's saved inputs that no longer read are kept under this key and a number
/// (`shoe-selector.settings.unreadable.1`, `.2`, …), the first free one, before anything is
/// written over them: an earlier kept copy is never replaced.
pub const UNREADABLE_KEY: &str = "shoe-selector.settings.unreadable";
/// The settings' file in the app's data folder.
pub const FILE: &str = "settings.ron";
/// How many recent catalogues the File menu lists.
pub const RECENT: usize = 8;

/// What the window remembers between runs; a field missing from an older save takes its
/// default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The runner's inputs (in a fitting, the customer's), as last given. Only the inputs
    /// are written ([`Profile::inputs`]): the customer of a fitting is in their session.
    pub profile: Profile,
    /// The unit the window shows weights in.
    pub weight_unit: WeightUnit,
    /// The size system the window shows sizes in.
    pub size_system: SizeSystem,
    /// How much each input counts in the ranking.
    pub priorities: Priorities,
    /// The catalogue open at the last run, opened again at start if it is still there.
    #[serde(with = "crate::files::stored_optional_path")]
    pub last_catalogue: Option<PathBuf>,
    /// The catalogues opened lately, newest first, at most [`RECENT`].
    #[serde(with = "crate::files::stored_paths")]
    pub recent: Vec<PathBuf>,
    /// Where fitting sessions and reports are kept.
    #[serde(with = "crate::files::stored_optional_path")]
    pub sessions_folder: Option<PathBuf>,
    /// The language the user picked in the View menu; none follows the system's.
    pub language: Option<Lang>,
    /// Light or dark, as picked in the View menu; none follows the system's.
    pub theme: Option<Theme>,
    /// Whether what the shop's fittings show moves the ranking (View menu).
    pub shop_evidence: bool,
}

/// A look the user can pick in the View menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on light panels.
    Light,
    /// Light text on dark panels.
    Dark,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            profile: Profile::default(),
            weight_unit: WeightUnit::Kg,
            size_system: SizeSystem::Eu,
            priorities: Priorities::default(),
            last_catalogue: None,
            recent: Vec::new(),
            sessions_folder: None,
            language: None,
            theme: None,
            shop_evidence: true,
        }
    }
}

impl Settings {
    /// The settings saved as `text`, or the defaults with a notice when they no longer read
    /// (an older or damaged save).
    pub fn restore(text: Option<&str>) -> (Settings, Option<Say>) {
        match text.map(Settings::parse) {
            None => (Settings::default(), None),
            Some(Ok(settings)) => (settings, None),
            Some(Err(_)) => (
                Settings::default(),
                Some(Say::new("notice-settings-unreadable")),
            ),
        }
    }

    /// What the web page keeps in the browser's `storage`, read as [`Settings::restore`]
    /// reads it; when it does not read, also the key to keep it under ([`UNREADABLE_KEY`])
    /// and the text to keep there, for the page to write at its first save, before the
    /// settings themselves. The notice then says where it is kept.
    pub fn restore_stored(
        storage: Option<&dyn eframe::Storage>,
    ) -> (Settings, Option<Say>, Option<(String, String)>) {
        let stored = storage.and_then(|storage| storage.get_string(KEY));
        let (settings, notice) = Settings::restore(stored.as_deref());
        let (Some(storage), Some(text), Some(_)) = (storage, stored, &notice) else {
            return (settings, notice, None);
        };
        let key = (1..)
            .map(|number| format!("{UNREADABLE_KEY}.{number}"))
            .find(|key| storage.get_string(key).is_none())
            .unwrap_or_else(|| UNREADABLE_KEY.to_string());
        let notice = Say::new("notice-settings-unreadable-kept").text("kept", key.as_str());
        (settings, Some(notice), Some((key, text)))
    }

    /// The settings in `text`, or where and why they do not read: the line, the column and
    /// what is wrong there.
    fn parse(text: &str) -> Result<Settings, (usize, usize, String)> {
        match crate::catalogue::ron_options().from_str::<Settings>(text) {
            // Versions that remembered a fitting's customer: the inputs are kept, the
            // customer is not brought back.
            Ok(mut settings) if settings.profile.problems().is_empty() => {
                settings.profile = settings.profile.inputs();
                Ok(settings)
            }
            Ok(settings) => {
                let problems = settings.profile.problems();
                let said = problems.first().map(|(_, said)| said.clone());
                let words = Lang::En.words();
                Err((1, 1, said.map_or_else(String::new, |said| words.say(&said))))
            }
            Err(error) => Err((
                error.span.start.line,
                error.span.start.col,
                error.code.to_string(),
            )),
        }
    }

    /// The settings as RON, the runner's inputs without the customer; read back with
    /// [`Settings::restore`].
    pub fn to_text(&self) -> String {
        let remembered = Settings {
            profile: self.profile.inputs(),
            ..self.clone()
        };
        ron::to_string(&remembered).unwrap_or_default()
    }

    /// The settings kept in `file`, or those an earlier version kept under [`KEY`] in
    /// eframe's storage (`older`) when there is no file yet; the defaults with a notice when
    /// they do not read, and whether the window may write its settings to `file`. A file
    /// that does not read (edited by hand, damaged, not text) is said with its place, and
    /// copied byte for byte to a numbered backup beside it first: should that copy fail, the
    /// file is left alone and the window does not write there.
    pub fn read(file: &Path, older: Option<&str>) -> (Settings, Option<Say>, bool) {
        let unread = match crate::catalogue::read_text(file) {
            Ok(text) => match Settings::parse(&text) {
                Ok(settings) => return (settings, None, true),
                Err(place) => Some(place),
            },
            Err(crate::catalogue::LoadError::NotFound) => {
                let (settings, notice) = Settings::restore(older);
                return (settings, notice, true);
            }
            Err(_) => None,
        };
        let kept = (1..)
            .map(|number| crate::files::numbered_backup(file, number))
            .find(|backup| !backup.exists())
            .filter(|backup| crate::files::copy_new(backup, file).is_ok());
        let said =
            match (&kept, &unread) {
                (Some(kept), Some(_)) => Say::new("notice-settings-unreadable-at")
                    .text("kept", crate::files::shown(kept)),
                (None, Some(_)) => Say::new("notice-settings-unreadable-at-unkept"),
                (Some(kept), None) => Say::new("notice-settings-unreadable-file")
                    .text("kept", crate::files::shown(kept)),
                (None, None) => Say::new("notice-settings-unreadable-file-unkept"),
            };
        let said = said.text("file", crate::files::shown(file));
        let said = match unread {
            Some((line, column, error)) => said
                .num("line", line as f64)
                .num("column", column as f64)
                .text("error", error),
            None => said,
        };
        (Settings::default(), Some(said), kept.is_some())
    }

    /// Writes the settings to `file` through the one write path; `written` is the text last
    /// written, so unchanged settings are not written again.
    pub fn write(&self, file: &Path, written: &mut Option<String>) -> Result<(), String> {
        let text = self.to_text();
        if written.as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        std::fs::create_dir_all(crate::files::folder_of(file))
            .map_err(|error| format!("{}: {error}", file.display()))?;
        crate::files::write(file, text.as_bytes(), &crate::files::Plan::own_file())
            .map_err(|error| error.to_string())?;
        *written = Some(text);
        Ok(())
    }

    /// The folder for fitting sessions: the chosen one, else `sessions` in the app's data
    /// folder.
    pub fn sessions(&self) -> PathBuf {
        self.sessions_folder.clone().unwrap_or_else(|| {
            #[cfg(not(target_arch = "wasm32"))]
            let data = eframe::storage_dir("shoe-selector");
            // The web page keeps no files, and has no sessions.
            #[cfg(target_arch = "wasm32")]
            let data: Option<PathBuf> = None;
            data.map_or_else(|| PathBuf::from("sessions"), |dir| dir.join("sessions"))
        })
    }

    /// The language the window speaks: the one picked, else the system's (English when the
    /// system's is not one the program speaks).
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_else(system_lang)
    }

    /// The words of the window's language.
    pub fn words(&self) -> &'static Words {
        self.lang().words()
    }

    /// Puts `path` first in the recent catalogues, as an absolute path: a catalogue opened
    /// from the command line by a relative path is found again from any folder.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(RECENT);
        self.last_catalogue = Some(path);
    }
}

/// The system's language, read once.
fn system_lang() -> Lang {
    static SYSTEM: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
    *SYSTEM.get_or_init(|| sys_locale::get_locale().map_or(Lang::En, |l| Lang::of_locale(&l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_damaged_ones_fall_back_with_a_notice() {
        let mut settings = Settings::default();
        settings.profile.weight_kg = 91.0;
        settings.weight_unit = WeightUnit::Lb;
        settings.remember(Path::new("/shop/a.ron"));
        let (back, notice) = Settings::restore(Some(&settings.to_text()));
        assert_eq!(back, settings);
        assert!(notice.is_none());
        let (fallback, notice) = Settings::restore(Some("Settings(profile: 12"));
        assert_eq!(fallback, Settings::default());
        assert!(notice.is_some_and(|n| n.id() == "notice-settings-unreadable"));
    }

    /// Storage in memory, as a browser's local storage holds the web page's settings.
    #[derive(Default)]
    struct Stored(std::collections::HashMap<String, String>);

    impl eframe::Storage for Stored {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_string(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    /// The web page's saved inputs that no longer read are given back as the text to keep,
    /// under the first free numbered key, so that the defaults written over them lose
    /// nothing and an earlier kept copy stays; inputs that read are kept nowhere else.
    #[test]
    fn the_pages_unreadable_inputs_are_kept_under_a_key_of_their_own() {
        use eframe::Storage as _;
        let mut stored = Stored::default();
        stored.set_string(KEY, Settings::default().to_text());
        let (_, notice, kept) = Settings::restore_stored(Some(&stored));
        assert!(notice.is_none() && kept.is_none());

        let damaged = "Settings(profile: 12";
        stored.set_string(KEY, damaged.to_string());
        let earlier = format!("{UNREADABLE_KEY}.1");
        stored.set_string(&earlier, "an earlier kept copy".to_string());
        let (settings, notice, kept) = Settings::restore_stored(Some(&stored));
        assert_eq!(settings, Settings::default());
        let second = format!("{UNREADABLE_KEY}.2");
        assert_eq!(kept, Some((second.clone(), damaged.to_string())));
        let said = Lang::En.words().say(&notice.expect("a notice"));
        assert!(said.contains(&second), "{said}");
        assert_eq!(
            stored.get_string(&earlier).as_deref(),
            Some("an earlier kept copy")
        );
    }

    /// A settings file that does not read (edited by hand, or damaged) is said with its file,
    /// line and column, and copied to a numbered backup before anything writes there again.
    #[test]
    fn an_unreadable_settings_file_is_said_at_its_place_and_kept() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join(FILE);
        let text = "(\n    profile: Profile(foot_width: Standard, weight_kg: \"heavy\"),\n)\n";
        std::fs::write(&file, text).expect("write");
        let (settings, notice, writable) = Settings::read(&file, None);
        assert_eq!(settings, Settings::default());
        assert!(writable, "kept first, so the window may write there");
        let said = Lang::En.words().say(&notice.expect("a notice"));
        let backup = crate::files::numbered_backup(&file, 1);
        assert!(said.contains(&crate::files::shown(&file)), "{said}");
        assert!(said.contains("line 2, column"), "{said}");
        assert!(said.contains(&crate::files::shown(&backup)), "{said}");
        assert_eq!(std::fs::read_to_string(&backup).expect("kept"), text);
        // Writing the settings now loses nothing: the backup stays as it was.
        Settings::default()
            .write(&file, &mut None)
            .expect("written");
        assert_eq!(std::fs::read_to_string(&backup).expect("kept"), text);
        // Read again, a second backup is not made of the file the window wrote.
        let (_, notice, _) = Settings::read(&file, None);
        assert!(notice.is_none());
        assert!(!crate::files::numbered_backup(&file, 2).exists());
    }

    /// A settings file that is not even text is kept byte for byte before anything writes
    /// there; one that cannot be kept is not written over.
    #[test]
    fn a_settings_file_that_is_not_text_is_kept_and_never_lost() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join(FILE);
        let bytes = b"(sessions_folder: Some(\"Jos\xe9\"))".to_vec();
        std::fs::write(&file, &bytes).expect("write");
        let (_, notice, writable) = Settings::read(&file, None);
        let said = Lang::En.words().say(&notice.expect("a notice"));
        assert!(said.contains(&crate::files::shown(&file)), "{said}");
        assert!(writable);
        let backup = crate::files::numbered_backup(&file, 1);
        assert_eq!(std::fs::read(&backup).expect("kept"), bytes);
        #[cfg(unix)]
        {
            // A folder the backup cannot be written in: the file is not to be written.
            use std::os::unix::fs::PermissionsExt;
            let locked = folder.path().join("locked");
            std::fs::create_dir(&locked).expect("folder");
            let file = locked.join(FILE);
            std::fs::write(&file, b"(profile: 12").expect("write");
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500))
                .expect("locked");
            let (_, notice, writable) = Settings::read(&file, None);
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700))
                .expect("unlocked");
            // Root writes anywhere: there the backup is made, and the file may be written.
            let kept = crate::files::numbered_backup(&file, 1).exists();
            assert_eq!(writable, kept);
            let said = Lang::En.words().say(&notice.expect("a notice"));
            assert!(said.contains("line 1"), "{said}");
        }
    }

    /// A fitting's customer is never remembered: not written, and not brought back from an
    /// older version's settings that held one.
    #[test]
    fn settings_never_remember_a_customer() {
        let mut settings = Settings::default();
        settings.profile.weight_kg = 88.0;
        settings.profile.customer = Some("Anna Berg".to_string());
        settings.profile.date = Some("2026-12-07".to_string());
        settings.profile.tried.push(crate::profile::Tried {
            shoe: "brooks-ghost-16".to_string(),
            size: None,
            feel: Vec::new(),
            note: Some("Anna's heel slips".to_string()),
        });
        let text = settings.to_text();
        assert!(!text.contains("Anna") && !text.contains("ghost"), "{text}");
        let (back, _) = Settings::restore(Some(&text));
        assert_eq!(back.profile.weight_kg, 88.0);
        let older = ron::to_string(&settings).expect("as an older version wrote it");
        assert!(older.contains("Anna"));
        let (back, notice) = Settings::restore(Some(&older));
        assert!(notice.is_none());
        assert!(!back.profile.has_customer(), "{:?}", back.profile);
        assert_eq!(back.profile.weight_kg, 88.0);
    }

    #[test]
    fn recent_catalogues_keep_the_newest_first_without_repeats() {
        let mut settings = Settings::default();
        for name in ["a", "b", "a", "c"] {
            settings.remember(Path::new(name));
        }
        let here = std::env::current_dir().expect("a working folder");
        assert_eq!(
            settings.recent,
            vec![here.join("c"), here.join("a"), here.join("b")],
            "newest first, no repeats, absolute"
        );
    }
}
