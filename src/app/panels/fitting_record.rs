//! The fitting session, for shop staff: the customer's name, the shoes tried on with how each
//! felt and a note, saving and reopening sessions, and the printable report.

use super::{Draw, shoe_size_ui};
use crate::app::Command;
use crate::app::command::{FileCommand, FittingCommand, InputsCommand};
use crate::app::theme::verdict_colour;
use crate::profile::{Bought, Feel, LastPair, PairTrouble, Profile, Tried};
use crate::recommend::Verdict;
use crate::units::ShoeSize;
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
    let mut commands: Vec<Command> = Vec::new();
    let names = pairs_tried(d);
    let profile = &d.settings.profile;
    let system = profile.size_system.unwrap_or(d.settings.size_system);
    let first = ShoeSize::new(system, system.from_eu(profile.size_eu.unwrap_or(42.0)));
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
        if tried_ui(ui, words, tried, &names[index], first) {
            remove = Some(index);
        }
    }
    if let Some(index) = remove {
        profile.tried.remove(index);
    }
    let last_bought = profile.visits.last().and_then(|visit| match &visit.bought {
        Some(Bought::Shoe(id)) => Some(d.shoe(id).map_or_else(|| id.clone(), |s| s.name())),
        _ => None,
    });
    outcome_ui(ui, words, profile, &names, last_bought, first);
    if edited != d.settings.profile {
        commands.push(InputsCommand::SetProfile(Box::new(edited)).into());
    }
    ui.add_space(4.0);
    session_buttons_ui(ui, words, &mut commands);
    customers_buttons_ui(ui, words, &mut commands);
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
                commands.push(FileCommand::OpenExternally(written.clone()).into());
            }
            if let Some(folder) = written.parent()
                && ui
                    .small_button(d.words.get("fitting-show-in-folder"))
                    .clicked()
            {
                commands.push(FileCommand::OpenExternally(folder.to_path_buf()).into());
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

/// The shoes tried on, each with its name and the size worked out for the runner in it.
fn pairs_tried(d: &Draw) -> Vec<Pair> {
    let profile = &d.settings.profile;
    let learned = Some(&d.advice.learned);
    let sizes = d
        .catalogue
        .and_then(|catalogue| crate::recommend::Sizes::new(catalogue, profile, learned));
    profile
        .tried
        .iter()
        .map(|t| {
            let shoe = d.shoe(&t.shoe);
            Pair {
                id: t.shoe.clone(),
                name: shoe.map_or_else(|| t.shoe.clone(), |s| s.name()),
                offered: shoe
                    .zip(sizes.as_ref())
                    .and_then(|(shoe, sizes)| sizes.of(shoe)?.said_size()),
            }
        })
        .collect()
}

/// A shoe tried on, as the record shows it.
struct Pair {
    /// Its id in the catalogue.
    id: String,
    /// Its name, or its id when the catalogue does not have it.
    name: String,
    /// The size worked out for the runner in it.
    offered: Option<ShoeSize>,
}

/// One shoe tried on: its size, how it felt and a note. A size newly ticked starts at the
/// one worked out, else at `first`. True when the user asked to take it off the list.
fn tried_ui(
    ui: &mut egui::Ui,
    words: &Words,
    tried: &mut Tried,
    pair: &Pair,
    first: ShoeSize,
) -> bool {
    let name = pair.name.as_str();
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
        let label = words.get("fitting-size-tried");
        let first = pair.offered.unwrap_or(first);
        shoe_size_ui(ui, words, label, &mut tried.size, first, pair.offered);
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

/// The returning customers' list and the choice of the sessions folder.
fn customers_buttons_ui(ui: &mut egui::Ui, words: &Words, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(words.get("fitting-returning-customer"))
            .on_hover_text(words.get("fitting-returning-customer-hint"))
            .clicked()
        {
            commands.push(FittingCommand::ShowCustomers(true).into());
        }
        if ui.button(words.get("fitting-sessions-folder")).clicked() {
            commands.push(FittingCommand::ChooseSessionsFolder.into());
        }
    });
}

/// What the customer bought (one of the shoes tried, or nothing), and for a returning
/// customer how the pair bought last time went.
fn outcome_ui(
    ui: &mut egui::Ui,
    words: &Words,
    profile: &mut Profile,
    names: &[Pair],
    last_bought: Option<String>,
    first: ShoeSize,
) {
    ui.add_space(4.0);
    let shown = match &profile.bought {
        None => words.get("fitting-bought-unknown"),
        Some(Bought::Nothing) => words.get("fitting-bought-nothing"),
        Some(Bought::Shoe(id)) => names
            .iter()
            .find(|pair| &pair.id == id)
            .map_or_else(|| id.clone(), |pair| pair.name.clone()),
    };
    let before = profile.bought.clone();
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(words.get("fitting-bought")).strong());
        egui::ComboBox::from_id_salt("fitting-bought")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut profile.bought,
                    None,
                    words.get("fitting-bought-unknown"),
                );
                ui.selectable_value(
                    &mut profile.bought,
                    Some(Bought::Nothing),
                    words.get("fitting-bought-nothing"),
                );
                for pair in names {
                    let bought = Some(Bought::Shoe(pair.id.clone()));
                    ui.selectable_value(&mut profile.bought, bought, &pair.name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    // The size bought: the size it was tried in, else the size worked out, changeable;
    // set afresh only when the pair bought is changed here.
    let bought = match &profile.bought {
        Some(Bought::Shoe(id)) => Some(id.clone()),
        _ => None,
    };
    let tried_in = |id: &str| {
        let pair = names.iter().find(|pair| pair.id == id)?;
        let tried = profile.tried.iter().find(|t| t.shoe == id);
        tried.and_then(|t| t.size).or(pair.offered)
    };
    if profile.bought != before {
        profile.bought_size = bought.as_deref().and_then(tried_in);
    }
    if let Some(id) = bought {
        let offered = tried_in(&id);
        let label = words.get("fitting-size-bought");
        let first = offered.unwrap_or(first);
        shoe_size_ui(ui, words, label, &mut profile.bought_size, first, offered);
    }
    last_pair_ui(ui, words, profile, last_bought);
}

/// For a customer who has been before: how the pair bought last time went, and what went
/// wrong with it.
fn last_pair_ui(
    ui: &mut egui::Ui,
    words: &Words,
    profile: &mut Profile,
    last_bought: Option<String>,
) {
    if profile.visits.is_empty() {
        return;
    }
    let pair = last_bought.unwrap_or_else(|| words.get("fitting-last-pair-none"));
    ui.label(RichText::new(words.say(&Say::new("fitting-last-pair").text("shoe", pair))).strong());
    let mut kind = match &profile.last_pair {
        None => 0,
        Some(LastPair::Happy) => 1,
        Some(LastPair::Returned(_)) => 2,
        Some(LastPair::Trouble(_)) => 3,
    };
    ui.horizontal_wrapped(|ui| {
        for (value, id) in [
            (0, "fitting-last-pair-unknown"),
            (1, "fitting-last-pair-happy"),
            (2, "fitting-last-pair-returned"),
            (3, "fitting-last-pair-trouble"),
        ] {
            ui.selectable_value(&mut kind, value, words.get(id));
        }
    });
    let mut why = profile
        .last_pair
        .as_ref()
        .map(|pair| pair.troubles().to_vec())
        .unwrap_or_default();
    if kind >= 2 {
        ui.horizontal_wrapped(|ui| {
            for &trouble in PairTrouble::ALL {
                let mut on = why.contains(&trouble);
                if ui
                    .toggle_value(&mut on, words.get(trouble.message()))
                    .changed()
                {
                    if on {
                        why.push(trouble);
                        why.sort();
                    } else {
                        why.retain(|&t| t != trouble);
                    }
                }
            }
        });
    }
    profile.last_pair = match kind {
        1 => Some(LastPair::Happy),
        2 => Some(LastPair::Returned(why)),
        3 => Some(LastPair::Trouble(why)),
        _ => None,
    };
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
            commands.push(FittingCommand::SaveSession.into());
        }
        if ui
            .button(words.get("fitting-write-report"))
            .on_hover_text(words.get("fitting-write-report-hint"))
            .clicked()
        {
            commands.push(FittingCommand::WriteReport.into());
        }
        if ui.button(words.get("fitting-new-customer")).clicked() {
            commands.push(FittingCommand::NewCustomer.into());
        }
    });
}

/// The returning customers: every saved session, newest visit first, found by name or date,
/// with the files that cannot be read and why. A click opens the customer's session.
pub(super) fn customers_window(d: &mut Draw, ctx: &egui::Context) {
    let words = d.words;
    let mut open = true;
    let mut commands = Vec::new();
    egui::Window::new(words.get("customers-title"))
        .id(egui::Id::unique("customers"))
        .open(&mut open)
        .collapsible(false)
        // Below the menu bar, beside the fitting.
        .default_pos(egui::pos2(300.0, 60.0))
        .default_size([440.0, 480.0])
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .constrain(true)
        .show(ctx, |ui| {
            let mut search = d.windows.customers_search().to_string();
            let field = ui.add(
                egui::TextEdit::singleline(&mut search)
                    .hint_text(words.get("customers-search"))
                    .desired_width(f32::INFINITY),
            );
            if field.changed() {
                commands.push(FittingCommand::SearchCustomers(search.clone()));
            }
            let sessions = d.shop.sessions();
            let customers = d.shop.customers();
            let needle = search.trim().to_lowercase();
            let found: Vec<&(std::path::PathBuf, std::sync::Arc<Profile>)> = customers
                .iter()
                .filter(|(path, profile)| matches_customer(path, profile, &needle))
                .collect();
            let count = Say::new("customers-count")
                .num("found", found.len() as f64)
                .num("all", customers.len() as f64);
            ui.label(RichText::new(words.say(&count)).small().weak());
            broken_sessions_ui(ui, words, sessions.broken_files(), &sessions.broken());
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_rows(ui, 22.0, found.len(), |ui, rows| {
                    for (path, profile) in found[rows].iter().copied() {
                        ui.horizontal(|ui| {
                            let row = ui
                                .add(
                                    egui::Label::new(customer_row(words, profile))
                                        .sense(egui::Sense::click())
                                        .selectable(false),
                                )
                                .on_hover_cursor(egui::CursorIcon::PointingHand)
                                .on_hover_text(crate::files::shown(path));
                            if row.clicked() {
                                commands.push(FittingCommand::OpenSession(path.clone()));
                            }
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    if ui
                                        .small_button(words.get("customers-forget"))
                                        .on_hover_text(words.get("customers-forget-hint"))
                                        .clicked()
                                    {
                                        commands
                                            .push(FittingCommand::AskForgetCustomer(path.clone()));
                                    }
                                },
                            );
                        });
                    }
                });
        });
    if !open {
        commands.push(FittingCommand::ShowCustomers(false));
    }
    for command in commands {
        d.push(command);
    }
}

/// Whether a session matches the search: by the customer's name, a visit's date or the
/// file's name, whatever the case.
fn matches_customer(path: &Path, profile: &Profile, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    let name = profile
        .customer
        .as_deref()
        .unwrap_or_default()
        .to_lowercase();
    let file = path
        .file_stem()
        .map(|f| f.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.contains(needle)
        || file.contains(needle)
        || profile.visit_dates().any(|date| date.contains(needle))
}

/// A returning customer's row: the name, the last visit's day and how many visits.
fn customer_row(words: &Words, profile: &Profile) -> String {
    let say = Say::new("customers-row")
        .text("date", profile.date.clone().unwrap_or_default())
        .num("visits", (profile.visits.len() + 1) as f64);
    words.say(&match &profile.customer {
        Some(name) => say.text("customer", name.as_str()),
        None => say.word("customer", "fitting-session-no-name"),
    })
}

/// The session files that cannot be read, each with where and why, folded away.
fn broken_sessions_ui(
    ui: &mut egui::Ui,
    words: &Words,
    files: usize,
    broken: &[&crate::catalogue::Diagnostic],
) {
    if files == 0 {
        return;
    }
    let colour = verdict_colour(Verdict::Caution, ui.visuals().dark_mode);
    let title = Say::new("customers-broken").num("count", files as f64);
    egui::CollapsingHeader::new(RichText::new(words.say(&title)).color(colour))
        .id_salt("customers-broken")
        .show(ui, |ui| {
            for problem in broken {
                ui.add(egui::Label::new(RichText::new(problem.line_in(words)).small()).wrap());
            }
        });
}
