//! An empty eframe window the size of the app's: the baseline for the start-up figure
//! (`benches/startup.sh`). Like the app with `SHOE_SELECTOR_FIRST_FRAME_ONLY` set, it prints
//! the time once its first frame is on screen, and closes.

use eframe::egui;
use shoe_selector::app::first_frame_mark;

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let mut said = false;
    eframe::run_ui_native("empty window", options, move |ui, _frame| {
        if ui.ctx().cumulative_frame_nr() >= 1 {
            if !std::mem::replace(&mut said, true) {
                println!("shown {}", first_frame_mark());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            println!("built {}", first_frame_mark());
            ui.ctx().request_repaint();
        }
    })
}
