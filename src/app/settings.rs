//! What the window remembers between runs: the runner's inputs, the units, the priorities,
//! the last catalogue and the recent ones. Saved in eframe's storage as RON.

use crate::profile::Profile;
use crate::recommend::Priorities;
use crate::units::{SizeSystem, WeightUnit};
use crate::words::{Lang, Say, Words};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The storage key of the settings.
pub const KEY: &str = "shoe-selector.settings";
/// How many recent catalogues the File menu lists.
pub const RECENT: usize = 8;

/// What the window remembers between runs; a field missing from an older save takes its
/// default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The runner's inputs (in a fitting, the customer's), as last given.
    pub profile: Profile,
    /// The unit the window shows weights in.
    pub weight_unit: WeightUnit,
    /// The size system the window shows sizes in.
    pub size_system: SizeSystem,
    /// How much each input counts in the ranking.
    pub priorities: Priorities,
    /// The catalogue open at the last run, opened again at start if it is still there.
    pub last_catalogue: Option<PathBuf>,
    /// The catalogues opened lately, newest first, at most [`RECENT`].
    pub recent: Vec<PathBuf>,
    /// Where fitting sessions and reports are kept.
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
        let Some(text) = text else {
            return (Settings::default(), None);
        };
        match crate::catalogue::ron_options().from_str::<Settings>(text) {
            Ok(settings) if settings.profile.problems().is_empty() => (settings, None),
            _ => (
                Settings::default(),
                Some(Say::new("notice-settings-unreadable")),
            ),
        }
    }

    /// The settings as RON, for eframe's storage; read back with [`Settings::restore`].
    pub fn to_text(&self) -> String {
        ron::to_string(self).unwrap_or_default()
    }

    /// The folder for fitting sessions: the chosen one, else `sessions` in the app's data
    /// folder.
    pub fn sessions(&self) -> PathBuf {
        self.sessions_folder.clone().unwrap_or_else(|| {
            eframe::storage_dir("shoe-selector")
                .map_or_else(|| PathBuf::from("sessions"), |dir| dir.join("sessions"))
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
