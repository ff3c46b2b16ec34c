//! A log a shop can send when something goes wrong: what the window did that matters
//! (catalogues opened, saves, drafts restored) and every warning and error (failed loads and
//! saves, pictures refused, panics with their place), in a file in the app's data folder, a
//! new file each day and the last week's kept. Help -> "Open log folder" shows where.

use std::path::PathBuf;
#[cfg(not(target_arch = "wasm32"))]
use tracing_appender::rolling::{RollingFileAppender, Rotation};

/// How many days of logs are kept.
#[cfg(not(target_arch = "wasm32"))]
const KEEP_DAYS: usize = 7;

/// The app's data folder: settings, the log, drafts being recovered.
#[cfg(not(target_arch = "wasm32"))]
pub fn data_folder() -> PathBuf {
    eframe::storage_dir("shoe-selector")
        .unwrap_or_else(|| std::env::temp_dir().join("shoe-selector"))
}

/// The page keeps nothing in files (its settings stay in the browser): no folder.
#[cfg(target_arch = "wasm32")]
pub fn data_folder() -> PathBuf {
    PathBuf::new()
}

/// Where the log files are.
pub fn folder() -> PathBuf {
    data_folder().join("logs")
}

/// Starts writing the log. Written as it happens (a crash loses no line); where the folder
/// cannot be written, the window runs without a log and says nothing of it.
#[cfg(not(target_arch = "wasm32"))]
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

/// From now on, when the system asks the program to stop (SIGTERM, SIGHUP, SIGINT: a
/// logout, a shutdown, `kill`), the draft and the fitting being recovered are written
/// first, with the last change made, and the program then stops. A signal handler may do
/// almost nothing, so it only wakes a thread of its own that does the writing.
pub fn on_termination(save_drafts: impl Fn() + Send + Sync + 'static) {
    #[cfg(unix)]
    {
        use std::sync::atomic::{AtomicI32, Ordering};
        static WAKE: AtomicI32 = AtomicI32::new(-1);
        extern "C" fn wake(_: libc::c_int) {
            let fd = WAKE.load(Ordering::Relaxed);
            if fd >= 0 {
                // SAFETY: write(2) is async-signal-safe; one byte to our own pipe.
                unsafe { libc::write(fd, [1u8].as_ptr().cast(), 1) };
            }
        }
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: `fds` has room for the two ends pipe(2) gives.
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            tracing::warn!("no pipe to hear a request to stop");
            return;
        }
        WAKE.store(fds[1], Ordering::Relaxed);
        let reading = fds[0];
        let spawned = std::thread::Builder::new()
            .name("termination".into())
            .spawn(move || {
                let mut byte = [0u8; 1];
                // SAFETY: reads one byte from our own pipe's end, into `byte`.
                let read = unsafe { libc::read(reading, byte.as_mut_ptr().cast(), 1) };
                if read == 1 {
                    save_drafts();
                    tracing::info!("asked to stop: unsaved work written first");
                    // Straight out, the drafts being on disk: exit handlers would tear down
                    // the window's display and GPU libraries under its running thread.
                    // SAFETY: _exit(2) ends the process at once; nothing runs after it.
                    unsafe { libc::_exit(143) }
                }
            });
        if spawned.is_err() {
            return;
        }
        for signal in [libc::SIGTERM, libc::SIGHUP, libc::SIGINT] {
            // SAFETY: the handler only loads an atomic and writes to a pipe.
            unsafe { libc::signal(signal, wake as *const () as libc::sighandler_t) };
        }
    }
    #[cfg(not(unix))]
    let _ = save_drafts;
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
