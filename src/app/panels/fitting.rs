//! The fitting session, for shop staff: the customer's name, the shoes tried on with how each
//! felt and a note, saving and reopening sessions, and the printable report.

use super::Draw;
use crate::app::Command;
use crate::profile::Feel;
use eframe::egui::{self, RichText};

const FEELS: [(Feel, &str); 8] = [
    (Feel::Fits, "Fits"),
    (Feel::TooNarrow, "Too narrow"),
    (Feel::TooWide, "Too wide"),
    (Feel::HeelSlips, "Heel slips"),
    (Feel::TooSoft, "Too soft"),
    (Feel::TooFirm, "Too firm"),
    (Feel::Liked, "Liked"),
    (Feel::Disliked, "Disliked"),
];

pub(super) fn fitting_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let mut commands = Vec::new();
    let names: Vec<(String, String)> = d
        .settings
        .profile
        .tried
        .iter()
        .map(|t| {
            (
                t.shoe.clone(),
                d.shoe(&t.shoe).map_or_else(|| t.shoe.clone(), |s| s.name()),
            )
        })
        .collect();
    // Edited as a copy: the change is a command, applied at the end of the frame.
    let mut edited = d.settings.profile.clone();
    let profile = &mut edited;
    let label = ui.label(RichText::new("Customer").strong());
    let mut name = profile.customer.clone().unwrap_or_default();
    if ui
        .add(egui::TextEdit::singleline(&mut name).hint_text("name (optional)"))
        .labelled_by(label.id)
        .changed()
    {
        profile.customer = (!name.trim().is_empty()).then_some(name);
    }
    ui.add_space(4.0);
    if names.is_empty() {
        ui.label(
            RichText::new("Choose a shoe and press \"Tried on\" to note how it felt.")
                .small()
                .weak(),
        );
    }
    let mut remove = None;
    for (index, tried) in profile.tried.iter_mut().enumerate() {
        let (_, name) = &names[index];
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(name).strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .small_button("×")
                        .on_hover_text("Remove from the list")
                        .clicked()
                    {
                        remove = Some(index);
                    }
                });
            });
            ui.horizontal_wrapped(|ui| {
                for (feel, text) in FEELS {
                    let mut on = tried.feel.contains(&feel);
                    if ui.toggle_value(&mut on, text).changed() {
                        if on {
                            tried.feel.push(feel);
                            tried.feel.sort();
                        } else {
                            tried.feel.retain(|f| *f != feel);
                        }
                    }
                }
            });
            let label = ui.label(RichText::new(format!("Note on {name}")).small());
            let mut note = tried.note.clone().unwrap_or_default();
            if ui
                .add(egui::TextEdit::singleline(&mut note).hint_text("how it felt"))
                .labelled_by(label.id)
                .changed()
            {
                tried.note = (!note.is_empty()).then_some(note);
            }
        });
    }
    if let Some(index) = remove {
        profile.tried.remove(index);
    }
    if edited != d.settings.profile {
        commands.push(Command::SetProfile(Box::new(edited)));
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("Save session").clicked() {
            commands.push(Command::SaveSession);
        }
        if ui
            .button("Write report")
            .on_hover_text("A printable page with the top choices and what was tried")
            .clicked()
        {
            commands.push(Command::WriteReport);
        }
        if ui.button("New customer").clicked() {
            commands.push(Command::NewCustomer);
        }
    });
    ui.menu_button("Returning customer…", |ui| {
        // Read the folder only while the list is open, not on every frame.
        let sessions = crate::session::list(&d.settings.sessions());
        if sessions.is_empty() {
            ui.label("No saved sessions yet");
        }
        for path in sessions.iter().take(30) {
            // The customer's name is inside the file, not in its name.
            let file = path
                .file_stem()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let label = match crate::profile::load_profile(path) {
                Ok(session) => format!(
                    "{} · {file}",
                    session.customer.as_deref().unwrap_or("no name given")
                ),
                Err(_) => format!("{file} (cannot be read)"),
            };
            if ui
                .button(label)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                commands.push(Command::OpenSession(path.clone()));
            }
        }
        ui.separator();
        if ui.button("Choose the sessions folder…").clicked() {
            commands.push(Command::ChooseSessionsFolder);
        }
    });
    ui.label(
        RichText::new(format!(
            "Sessions are kept in {}",
            d.settings.sessions().display()
        ))
        .small()
        .weak(),
    );
    if let Some(status) = d.fitting.status() {
        ui.label(RichText::new(d.say(status)).small());
    }
    for command in commands {
        d.push(command);
    }
}
