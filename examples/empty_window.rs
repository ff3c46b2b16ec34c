//! An empty eframe window the size of the app's: the baseline for the start-up figure
//! (`benches/startup.sh`). It is timed exactly as the app is with
//! `SHOE_SELECTOR_FIRST_FRAME_ONLY` set: it says when its first frame was built and shown,
//! and closes.

use eframe::egui;
use shoe_selector::app::first_frame_only;

/// The shipped binary's allocator, so that the two start-ups differ only in the app.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let mut said = false;
    eframe::run_ui_native("empty window", options, move |ui, _frame| {
        first_frame_only(ui, &mut said, |_| {});
    })
}
