//! The fitting session, for shop staff: the customer's name, the shoes tried on with how each
//! felt and a note, saving and reopening sessions, and the printable report.

use super::Draw;
use crate::app::{Command, Settings};
use crate::profile::{Feel, Tried};
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};
use std::path::Path;

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

/// Draws the fitting session: the customer, each shoe tried on, the session's buttons and
/// where sessions are kept.
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
    customer_ui(ui, words, &mut profile.customer);
    ui.add_space(4.0);
    if names.is_empty() {
        ui.label(RichText::new(words.get("fitting-empty")).small().weak());
    }
    let mut remove = None;
    for (index, tried) in profile.tried.iter_mut().enumerate() {
        let (_, name) = &names[index];
        if tried_ui(ui, words, tried, name) {
            remove = Some(index);
        }
    }
    if let Some(index) = remove {
        profile.tried.remove(index);
    }
    if edited != d.settings.profile {
        commands.push(Command::SetProfile(Box::new(edited)));
    }
    ui.add_space(4.0);
    session_buttons_ui(ui, words, &mut commands);
    ui.menu_button(words.get("fitting-returning-customer"), |ui| {
        sessions_menu_ui(ui, words, d.settings, &mut commands);
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
    // What was just written: the report opens in the browser; either shows in its folder.
    if let Some(written) = d.fitting.written().map(std::path::Path::to_path_buf) {
        ui.horizontal(|ui| {
            let report = written.extension().is_some_and(|e| e == "html");
            if report
                && ui
                    .small_button(d.words.get("fitting-open-report"))
                    .clicked()
            {
                commands.push(Command::OpenExternally(written.clone()));
            }
            if let Some(folder) = written.parent()
                && ui
                    .small_button(d.words.get("fitting-show-in-folder"))
                    .clicked()
            {
                commands.push(Command::OpenExternally(folder.to_path_buf()));
            }
        });
    }
    for command in commands {
        d.push(command);
    }
}

/// The customer's name; left blank (or only spaces), the session has no name.
fn customer_ui(ui: &mut egui::Ui, words: &Words, customer: &mut Option<String>) {
    let label = ui.label(RichText::new(words.get("fitting-customer")).strong());
    let mut name = customer.clone().unwrap_or_default();
    if ui
        .add(egui::TextEdit::singleline(&mut name).hint_text(words.get("fitting-customer-hint")))
        .labelled_by(label.id)
        .changed()
    {
        *customer = (!name.trim().is_empty()).then_some(name);
    }
}

/// One shoe tried on, named `name`: how it felt and a note. True when the user asked to
/// take it off the list.
fn tried_ui(ui: &mut egui::Ui, words: &Words, tried: &mut Tried, name: &str) -> bool {
    let mut remove = false;
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
                    remove = true;
                }
            });
        });
        feel_ui(ui, words, &mut tried.feel);
        let label = ui
            .label(RichText::new(words.say(&Say::new("fitting-note").text("shoe", name))).small());
        let mut note = tried.note.clone().unwrap_or_default();
        if ui
            .add(egui::TextEdit::singleline(&mut note).hint_text(words.get("fitting-note-hint")))
            .labelled_by(label.id)
            .changed()
        {
            tried.note = (!note.is_empty()).then_some(note);
        }
    });
    remove
}

/// A toggle for each way a pair can feel; the feelings are kept sorted.
fn feel_ui(ui: &mut egui::Ui, words: &Words, felt: &mut Vec<Feel>) {
    ui.horizontal_wrapped(|ui| {
        for (feel, id) in FEELS {
            let mut on = felt.contains(&feel);
            if ui.toggle_value(&mut on, words.get(id)).changed() {
                if on {
                    felt.push(feel);
                    felt.sort();
                } else {
                    felt.retain(|f| *f != feel);
                }
            }
        }
    });
}

/// Saving the session, writing its report and starting afresh with a new customer.
fn session_buttons_ui(ui: &mut egui::Ui, words: &Words, commands: &mut Vec<Command>) {
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
}

/// The saved sessions to reopen, newest first and at most 30, and the choice of the folder
/// they are kept in.
fn sessions_menu_ui(
    ui: &mut egui::Ui,
    words: &Words,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    // Read the folder only while the list is open, not on every frame.
    let sessions = crate::session::list(&settings.sessions());
    if sessions.is_empty() {
        ui.label(words.get("fitting-no-sessions"));
    }
    for path in sessions.iter().take(30) {
        if ui
            .button(session_label(words, path))
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
}

/// A saved session as the list shows it: its file and the customer's name, or that the
/// file cannot be read.
fn session_label(words: &Words, path: &Path) -> String {
    // The customer's name is inside the file, not in its name.
    let file = path
        .file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match crate::profile::load_profile(path) {
        Ok(session) => {
            let say = Say::new("fitting-session").text("file", file);
            words.say(&match session.customer {
                Some(name) => say.text("customer", name),
                None => say.word("customer", "fitting-session-no-name"),
            })
        }
        Err(_) => words.say(&Say::new("fitting-session-unreadable").text("file", file)),
    }
}
