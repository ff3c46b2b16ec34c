//! The fitting session, for shop staff: the customer's name, the shoes tried on with how each
//! felt and a note, saving and reopening sessions, and the printable report.

use super::Draw;
use crate::app::Command;
use crate::profile::Feel;
use crate::words::Say;
use eframe::egui::{self, RichText};

/// How a pair felt, each with the message of its button.
const FEELS: [(Feel, &str); 8] = [
    (Feel::Fits, "fitting-feel-fits"),
    (Feel::TooNarrow, "fitting-feel-too-narrow"),
    (Feel::TooWide, "fitting-feel-too-wide"),
    (Feel::HeelSlips, "fitting-feel-heel-slips"),
    (Feel::TooSoft, "fitting-feel-too-soft"),
    (Feel::TooFirm, "fitting-feel-too-firm"),
    (Feel::Liked, "fitting-feel-liked"),
    (Feel::Disliked, "fitting-feel-disliked"),
];

pub(super) fn fitting_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let words = d.words;
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
    let label = ui.label(RichText::new(words.get("fitting-customer")).strong());
    let mut name = profile.customer.clone().unwrap_or_default();
    if ui
        .add(egui::TextEdit::singleline(&mut name).hint_text(words.get("fitting-customer-hint")))
        .labelled_by(label.id)
        .changed()
    {
        profile.customer = (!name.trim().is_empty()).then_some(name);
    }
    ui.add_space(4.0);
    if names.is_empty() {
        ui.label(RichText::new(words.get("fitting-empty")).small().weak());
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
                        .on_hover_text(words.get("fitting-remove"))
                        .clicked()
                    {
                        remove = Some(index);
                    }
                });
            });
            ui.horizontal_wrapped(|ui| {
                for (feel, id) in FEELS {
                    let mut on = tried.feel.contains(&feel);
                    if ui.toggle_value(&mut on, words.get(id)).changed() {
                        if on {
                            tried.feel.push(feel);
                            tried.feel.sort();
                        } else {
                            tried.feel.retain(|f| *f != feel);
                        }
                    }
                }
            });
            let label = ui.label(
                RichText::new(words.say(&Say::new("fitting-note").text("shoe", name.as_str())))
                    .small(),
            );
            let mut note = tried.note.clone().unwrap_or_default();
            if ui
                .add(
                    egui::TextEdit::singleline(&mut note).hint_text(words.get("fitting-note-hint")),
                )
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
        if ui.button(words.get("fitting-save-session")).clicked() {
            commands.push(Command::SaveSession);
        }
        if ui
            .button(words.get("fitting-write-report"))
            .on_hover_text(words.get("fitting-write-report-hint"))
            .clicked()
        {
            commands.push(Command::WriteReport);
        }
        if ui.button(words.get("fitting-new-customer")).clicked() {
            commands.push(Command::NewCustomer);
        }
    });
    ui.menu_button(words.get("fitting-returning-customer"), |ui| {
        // Read the folder only while the list is open, not on every frame.
        let sessions = crate::session::list(&d.settings.sessions());
        if sessions.is_empty() {
            ui.label(words.get("fitting-no-sessions"));
        }
        for path in sessions.iter().take(30) {
            // The customer's name is inside the file, not in its name.
            let file = path
                .file_stem()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let label = match crate::profile::load_profile(path) {
                Ok(session) => {
                    let say = Say::new("fitting-session").text("file", file);
                    words.say(&match session.customer {
                        Some(name) => say.text("customer", name),
                        None => say.word("customer", "fitting-session-no-name"),
                    })
                }
                Err(_) => words.say(&Say::new("fitting-session-unreadable").text("file", file)),
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
        if ui.button(words.get("fitting-sessions-folder")).clicked() {
            commands.push(Command::ChooseSessionsFolder);
        }
    });
    ui.label(
        RichText::new(
            words.say(
                &Say::new("fitting-sessions-kept")
                    .text("path", d.settings.sessions().display().to_string()),
            ),
        )
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
