//! Opening the window: the toolkit's options, the icon, the start-up benchmark's
//! first-frame mode, the hooks the tests drive the real program with, and a plain message
//! when the window cannot open.

use super::settings::Settings;
use super::{ShoeApp, log, settings, theme};
use eframe::egui;
use std::path::PathBuf;

/// Set, the window closes as soon as its first frame is on screen, and nothing is saved: for
/// measuring start-up against an empty window (`benches/startup.sh`). It prints when the
/// first frame was built (its widgets laid out) and when it was shown.
pub const FIRST_FRAME_ONLY: &str = "SHOE_SELECTOR_FIRST_FRAME_ONLY";

struct FirstFrameOnly {
    app: ShoeApp,
    said: bool,
}

impl eframe::App for FirstFrameOnly {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        first_frame_only(ui, &mut self.said, |ui| self.app.ui(ui, frame));
    }
}

/// One frame of a window being timed by `benches/startup.sh`, the app's and the empty
/// window's alike: the first frame is drawn by `draw` and says when it was built; the second
/// begins once the first is on screen, says so (once) and closes the window. The times are
/// nanoseconds since the Unix epoch, which the script compares with when it started the
/// program.
pub fn first_frame_only(ui: &mut egui::Ui, said: &mut bool, draw: impl FnOnce(&mut egui::Ui)) {
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos())
    };
    if ui.ctx().cumulative_frame_nr() >= 1 {
        if !std::mem::replace(said, true) {
            println!("shown {}", now());
        }
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        return;
    }
    draw(ui);
    println!("built {}", now());
    ui.ctx().request_repaint();
}

/// Opens the window on `catalogue`, or on the last one, or on the built-in sample.
pub fn run(catalogue: Option<PathBuf>) -> Result<(), WindowError> {
    // Said before the toolkit is asked, which would first print its own complaints.
    #[cfg(all(unix, not(target_os = "macos")))]
    if ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()))
    {
        return Err(WindowError::NoDisplay);
    }
    log::start();
    tracing::info!("shoe-selector {} starts", env!("CARGO_PKG_VERSION"));
    let options = eframe::NativeOptions {
        viewport: icon(
            egui::ViewportBuilder::default()
                .with_inner_size([1280.0, 800.0])
                .with_min_inner_size([900.0, 600.0])
                .with_title("Running-shoe selector")
                .with_app_id("shoe-selector")
                .with_drag_and_drop(true),
        ),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "shoe-selector",
        options,
        Box::new(move |cc| {
            theme::apply(&cc.egui_ctx);
            let settings_file = log::data_folder().join(settings::FILE);
            let (settings, notice, writable) = Settings::read(
                &settings_file,
                cc.storage
                    .and_then(|s| s.get_string(settings::KEY))
                    .as_deref(),
            );
            let mut app = ShoeApp::new(settings, catalogue);
            // A settings file that could not be kept is left as it is.
            if writable {
                app.remember_settings_in(settings_file);
            }
            if let Some(notice) = notice {
                app.notify(notice);
            }
            if std::env::var_os(FIRST_FRAME_ONLY).is_some() {
                return Ok(Box::new(FirstFrameOnly { app, said: false }));
            }
            app.keep_drafts_in(log::data_folder().join("recovery"));
            if let Some(save_drafts) = app.drafts_on_panic() {
                log::on_panic(save_drafts);
            }
            if let Some(save_drafts) = app.drafts_on_panic() {
                log::on_termination(save_drafts);
            }
            Ok(super::hooks::hook(app))
        }),
    )
    .map_err(|error| window_error(&error.to_string()))
}

/// The program's icon, drawn by `cargo run --example draw_shoes -- --icon assets/icon.png`.
const ICON: &[u8] = include_bytes!("../../assets/icon.png");

/// The window with the program's icon (a window without one, should it not decode).
fn icon(viewport: egui::ViewportBuilder) -> egui::ViewportBuilder {
    match eframe::icon_data::from_png_bytes(ICON) {
        Ok(icon) => viewport.with_icon(icon),
        Err(error) => {
            tracing::warn!("the icon does not decode: {error}");
            viewport
        }
    }
}

/// Why the window did not open, said in one plain sentence: the toolkit's own message
/// names source files of the libraries it was built from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    /// No X11 or Wayland display to open it on.
    #[error(
        "there is no display to open the window on. The command line works without one: `shoe-selector --help`."
    )]
    NoDisplay,
    /// The toolkit could not open it, for this reason.
    #[error(
        "the window could not open ({0}). The command line still works: `shoe-selector --help`."
    )]
    Toolkit(String),
}

/// What the toolkit's `error` means for the user.
pub fn window_error(error: &str) -> WindowError {
    let no_display = ["DISPLAY", "WAYLAND", "display"]
        .iter()
        .any(|word| error.contains(word));
    if no_display {
        WindowError::NoDisplay
    } else {
        // The reason after the last colon, without the file and line it came from.
        let reason = error
            .rsplit(": ")
            .next()
            .unwrap_or(error)
            .trim()
            .trim_end_matches('.');
        WindowError::Toolkit(reason.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::{ICON, window_error};

    /// The window's icon is a square picture the toolkit reads.
    #[test]
    fn the_icon_decodes_as_a_square() {
        let icon = eframe::icon_data::from_png_bytes(ICON).expect("decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
    }

    /// No library's source path reaches the user, with or without a display.
    #[test]
    fn a_window_that_cannot_open_says_so_in_one_plain_sentence() {
        let no_display = window_error(
            "winit EventLoopError: os error at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/winit-0.30.13/src/platform_impl/linux/mod.rs:765: neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY is set.",
        );
        assert_eq!(no_display, super::WindowError::NoDisplay);
        assert_eq!(
            no_display.to_string(),
            "there is no display to open the window on. The command line works without one: `shoe-selector --help`."
        );
        let other =
            window_error("wgpu error: os error at /src/lib.rs:12: no adapter found.").to_string();
        assert!(other.contains("(no adapter found)"), "{other}");
        assert!(!other.contains(".rs"), "{other}");
    }
}
