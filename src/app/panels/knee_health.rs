//! The knee-health advice: when to see a doctor, the usual causes, the warm-up and the signs
//! of a good shoe. Opens by itself when the runner ticks knee pain; always in Help.

use super::Draw;
use crate::app::command::WindowsCommand;
use crate::app::theme::verdict_colour;
use crate::knee_health;
use crate::recommend::Verdict;
use eframe::egui::{self, RichText};

pub(super) fn knee_window(d: &mut Draw, ctx: &egui::Context) {
    let mut open = true;
    let words = d.words;
    egui::Window::new(words.get("knee-window-title"))
        // The same window whatever the language, so it keeps its place when the language changes.
        .id(egui::Id::unique("Knee health"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(460.0)
        // Beside the inputs, below the menu bar, and never taller than the window.
        .default_pos(egui::pos2(320.0, 60.0))
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .constrain(true)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for section in knee_health::ALL {
                    let red = section.urgent;
                    let colour = verdict_colour(Verdict::Poor, ui.visuals().dark_mode);
                    let frame = if red {
                        egui::Frame::new()
                            .stroke(egui::Stroke::new(1.5, colour))
                            .corner_radius(6.0)
                            .inner_margin(8.0)
                    } else {
                        egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 4))
                    };
                    frame.show(ui, |ui| {
                        let title = RichText::new(section.title(words)).strong().size(16.0);
                        ui.label(if red { title.color(colour) } else { title });
                        ui.label(section.intro(words));
                        for point in section.points(words) {
                            ui.horizontal_top(|ui| {
                                ui.label("•");
                                ui.add(egui::Label::new(point).wrap());
                            });
                        }
                    });
                    ui.add_space(6.0);
                }
            });
        });
    if !open {
        d.push(WindowsCommand::ShowKneeHealth(false));
    }
}
