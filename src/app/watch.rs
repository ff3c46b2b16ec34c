//! Watching the open catalogue for changes on disk. Editors often replace a file rather than
//! write into it, so the folder is watched and events are matched by file name; a burst of
//! events becomes one reload once the file has been quiet for a moment.

use eframe::egui;
#[cfg(not(target_arch = "wasm32"))]
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Duration;
use web_time::Instant;

/// How long the file must stay quiet before it is read again.
pub const QUIET: Duration = Duration::from_millis(300);

/// A watch on one catalogue file, which says when it changed and then stayed quiet.
pub struct FileWatch {
    /// The file watched.
    pub path: PathBuf,
    #[cfg(not(target_arch = "wasm32"))]
    _watcher: RecommendedWatcher,
    events: Receiver<()>,
    changed_at: Option<Instant>,
}

impl FileWatch {
    #[cfg(not(target_arch = "wasm32"))]
    /// Starts watching `path`; `None` when the system refuses (the app then simply does not
    /// reload by itself).
    pub fn new(path: &Path, ctx: &egui::Context) -> Option<FileWatch> {
        let folder = crate::catalogue::folder_of(path);
        let name = path.file_name()?.to_os_string();
        let (tx, events) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                if event.kind.is_access() {
                    return;
                }
                if event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()))
                {
                    let _ = tx.send(());
                    ctx.request_repaint_after(QUIET);
                }
            })
            .ok()?;
        watcher.watch(&folder, RecursiveMode::NonRecursive).ok()?;
        Some(FileWatch {
            path: path.to_path_buf(),
            _watcher: watcher,
            events,
            changed_at: None,
        })
    }

    /// The page has no files of its own to watch.
    #[cfg(target_arch = "wasm32")]
    pub fn new(_path: &Path, _ctx: &egui::Context) -> Option<FileWatch> {
        None
    }

    /// Whether the file changed and has been quiet long enough to read it again.
    pub fn due(&mut self, ctx: &egui::Context) -> bool {
        while self.events.try_recv().is_ok() {
            self.changed_at = Some(Instant::now());
        }
        match self.changed_at {
            Some(at) if at.elapsed() >= QUIET => {
                self.changed_at = None;
                true
            }
            Some(at) => {
                ctx.request_repaint_after(QUIET.saturating_sub(at.elapsed()));
                false
            }
            None => false,
        }
    }
}
