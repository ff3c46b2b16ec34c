//! The system's file dialogs: rfd's on the desktop. The web page opens none (its menus
//! offer nothing that asks for a path), so there every dialog is one the user cancelled.

#[cfg(not(target_arch = "wasm32"))]
pub use rfd::FileDialog;

#[cfg(target_arch = "wasm32")]
pub use page::FileDialog;

#[cfg(target_arch = "wasm32")]
mod page {
    use std::path::{Path, PathBuf};

    /// What the page has in place of a file dialog: one that is always cancelled.
    #[derive(Debug, Default)]
    pub struct FileDialog;

    impl FileDialog {
        pub fn new() -> Self {
            FileDialog
        }
        pub fn add_filter(self, _name: &str, _extensions: &[&str]) -> Self {
            self
        }
        pub fn set_file_name(self, _name: impl Into<String>) -> Self {
            self
        }
        pub fn set_directory(self, _folder: impl AsRef<Path>) -> Self {
            self
        }
        pub fn set_title(self, _title: impl Into<String>) -> Self {
            self
        }
        pub fn pick_file(self) -> Option<PathBuf> {
            None
        }
        pub fn pick_folder(self) -> Option<PathBuf> {
            None
        }
        pub fn save_file(self) -> Option<PathBuf> {
            None
        }
    }
}
