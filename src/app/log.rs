//! A log a shop can send when something goes wrong: what the window did that matters
//! (catalogues opened, saves, drafts restored) and every warning and error (failed loads and
//! saves, pictures refused, panics with their place), in a file in the app's data folder, a
//! new file each day and the last week's kept. Help -> "Open log folder" shows where.

use std::path::PathBuf;
use tracing_appender::rolling::{RollingFileAppender, Rotation};

/// How many days of logs are kept.
const KEEP_DAYS: usize = 7;

/// The app's data folder: settings, the log, drafts being recovered.
pub fn data_folder() -> PathBuf {
    eframe::storage_dir("shoe-selector")
        .unwrap_or_else(|| std::env::temp_dir().join("shoe-selector"))
}

/// Where the log files are.
pub fn folder() -> PathBuf {
    data_folder().join("logs")
}

/// Starts writing the log. Written as it happens (a crash loses no line); where the folder
/// cannot be written, the window runs without a log and says nothing of it.
pub fn start() {
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("shoe-selector")
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(folder());
    if let Ok(appender) = appender {
        let _ = tracing_subscriber::fmt()
            .with_writer(appender)
            .with_ansi(false)
            .with_target(false)
            .with_max_level(tracing::Level::INFO)
            .try_init();
    }
}

/// From now on a panic first writes the draft and the fitting being recovered, then goes in
/// the log with its message and place, then is reported as usual.
pub fn on_panic(save_drafts: impl Fn() + Send + Sync + 'static) {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        save_drafts();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string());
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        tracing::error!("panic{place}: {message}");
        report(info);
    }));
}
