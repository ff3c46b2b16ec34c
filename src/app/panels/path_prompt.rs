//! The path box: a path typed by hand, for when no file dialog can open.

use super::Draw;
use crate::app::command::PathCommand;
use crate::app::theme::verdict_colour;
use crate::recommend::Verdict;
use eframe::egui::{self, RichText};

/// The box, while it is open: what the path is for, why there is no dialog, the path, and
/// what is wrong with the one last offered.
pub(super) fn path_box_modal(d: &mut Draw, ctx: &egui::Context) {
    let Some(path_box) = d.windows.path_box().cloned() else {
        return;
    };
    let words = d.words;
    let mut text = path_box.text.clone();
    let (mut take, mut close) = (false, false);
    let modal = egui::Modal::new(egui::Id::unique("path-box")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(words.get(path_box.purpose.title()));
        if path_box.no_dialog {
            ui.add_space(4.0);
            ui.add(egui::Label::new(words.get("path-box-no-dialog")).wrap());
        }
        ui.add_space(6.0);
        let field = ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(f32::INFINITY)
                .hint_text(words.get("path-box-hint")),
        );
        if !field.has_focus() && !field.lost_focus() && ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            take = true;
        }
        if let Some(problem) = &path_box.problem {
            let colour = verdict_colour(Verdict::Poor, ui.visuals().dark_mode);
            ui.label(RichText::new(d.say(problem)).color(colour));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            take |= ui.button(words.get(path_box.purpose.action())).clicked();
            close |= ui.button(words.get("path-box-cancel")).clicked();
        });
    });
    if text != path_box.text {
        d.push(PathCommand::TypePath(text));
    }
    if take {
        d.push(PathCommand::TakePath);
    } else if close || modal.should_close() {
        d.push(PathCommand::ClosePathBox);
    }
}
