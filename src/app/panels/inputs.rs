//! The runner's inputs: the five main ones always in view, each with a hint on how to tell;
//! the optional ones in a section to open; and what matters most (priorities).

use super::Draw;
use crate::app::{Command, Settings};
use crate::catalogue::{Surface, Width};
use crate::profile::{Experience, FootStrike, Pronation, SIZE_EU, Season, WEIGHT_KG};
use crate::recommend::{Factor, Priorities};
use crate::units::{SizeSystem, WeightUnit};
use eframe::egui::{self, RichText};

pub(super) fn inputs_ui(d: &mut Draw, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    egui::CollapsingHeader::new(RichText::new("Fitting session").strong())
        .id_salt("fitting")
        .default_open(!d.settings.profile.tried.is_empty() || d.settings.profile.customer.is_some())
        .show(ui, |ui| super::fitting_ui(d, ui));
    ui.add_space(4.0);
    ui.heading("You and your running");
    ui.add_space(4.0);
    // Edited as a copy: each change is a command, applied at the end of the frame.
    let mut edited = d.settings.clone();
    let settings = &mut edited;
    let profile = &mut settings.profile;

    segmented(
        ui,
        "Foot width",
        &mut profile.foot_width,
        &[
            (Width::Narrow, "Narrow"),
            (Width::Standard, "Standard"),
            (Width::Wide, "Wide"),
            (Width::ExtraWide, "Extra wide"),
        ],
    );
    hint(
        ui,
        "Do standard shoes pinch at the sides? Wide. Is there room to spare? Narrow. Men's 2E/4E and women's D/2E are wide and extra wide.",
    );

    let label = ui.label("Body weight");
    ui.horizontal(|ui| {
        let unit = settings.weight_unit;
        let mut shown = (unit.from_kg(profile.weight_kg) * 10.0).round() / 10.0;
        let range = unit.from_kg(WEIGHT_KG.0).ceil()..=unit.from_kg(WEIGHT_KG.1).floor();
        let response = ui
            .add(
                egui::DragValue::new(&mut shown)
                    .range(range)
                    .speed(0.5)
                    .max_decimals(1)
                    .suffix(format!(" {}", unit.symbol())),
            )
            .labelled_by(label.id);
        if response.changed() {
            profile.weight_kg = unit.to_kg(shown).clamp(WEIGHT_KG.0, WEIGHT_KG.1);
        }
        for option in WeightUnit::ALL {
            ui.selectable_value(&mut settings.weight_unit, option, option.symbol());
        }
    });
    hint(
        ui,
        "Heavier runners load the shoe more: more cushioning and a steadier platform.",
    );

    segmented(
        ui,
        "Pronation",
        &mut profile.pronation,
        &[
            (Pronation::Neutral, "Neutral"),
            (Pronation::Over, "Over"),
            (Pronation::Under, "Under"),
        ],
    );
    hint(
        ui,
        "Old shoes worn on the inner edge, or a flat wet footprint: overpronation. Worn on the outer edge, or a high arch: underpronation. Even wear: neutral.",
    );

    segmented(
        ui,
        "Season",
        &mut profile.season,
        &[
            (Season::Summer, "Summer"),
            (Season::SpringAutumn, "Spring / autumn"),
            (Season::Winter, "Winter"),
        ],
    );
    hint(
        ui,
        "When you run most: summer wants airy mesh, winter a waterproof upper and grip.",
    );

    segmented(
        ui,
        "Surface",
        &mut profile.surface,
        &[
            (Surface::Road, "Road"),
            (Surface::Track, "Track"),
            (Surface::Trail, "Trail"),
            (Surface::Indoor, "Indoor"),
        ],
    );
    hint(
        ui,
        "Where you run most: asphalt is hard on knees; trails, forest paths and beaches need grip; treadmills and gyms count as indoor.",
    );

    ui.add_space(4.0);
    egui::CollapsingHeader::new(RichText::new("More about you (optional)").strong())
        .id_salt("optional")
        .show(ui, |ui| {
            optional_choice(
                ui,
                "Foot strike",
                &mut profile.foot_strike,
                &[
                    (FootStrike::Heel, "Heel"),
                    (FootStrike::Midfoot, "Midfoot"),
                    (FootStrike::Forefoot, "Forefoot"),
                ],
            );
            hint(
                ui,
                "Which part of the foot lands first. Heel strikers need a well-cushioned heel.",
            );
            flag(
                ui,
                "Knee pain or a past knee injury",
                &mut profile.knee_pain,
            );
            flag(ui, "I wear custom orthotics", &mut profile.orthotics);
            optional_choice(
                ui,
                "Experience",
                &mut profile.experience,
                &[
                    (Experience::Beginner, "Beginner"),
                    (Experience::Regular, "Regular"),
                    (Experience::Competitive, "Competitive"),
                ],
            );
            ui.add_space(4.0);
            let mut has_budget = profile.budget.is_some();
            ui.horizontal(|ui| {
                ui.checkbox(&mut has_budget, "Budget");
                if has_budget {
                    let mut budget = profile.budget.unwrap_or(150.0);
                    let label = ui.label("up to");
                    ui.add(
                        egui::DragValue::new(&mut budget)
                            .range(0.0..=1000.0)
                            .speed(5.0),
                    )
                    .labelled_by(label.id);
                    profile.budget = Some(budget);
                } else {
                    profile.budget = None;
                }
            });
            let mut has_size = profile.size_eu.is_some();
            ui.horizontal(|ui| {
                ui.checkbox(&mut has_size, "Shoe size");
                if has_size {
                    let system = settings.size_system;
                    let eu = profile.size_eu.unwrap_or(42.0);
                    let mut shown = system.from_eu(eu);
                    let label = ui.label(format!("Size ({})", system.label()));
                    let range = system.from_eu(SIZE_EU.0)..=system.from_eu(SIZE_EU.1);
                    if ui
                        .add(
                            egui::DragValue::new(&mut shown)
                                .range(range)
                                .speed(0.25)
                                .max_decimals(1),
                        )
                        .labelled_by(label.id)
                        .changed()
                    {
                        profile.size_eu = Some(system.to_eu(shown).clamp(SIZE_EU.0, SIZE_EU.1));
                    } else {
                        profile.size_eu = Some(eu);
                    }
                } else {
                    profile.size_eu = None;
                }
            });
            if has_size {
                ui.horizontal_wrapped(|ui| {
                    for option in SizeSystem::ALL {
                        ui.selectable_value(&mut settings.size_system, option, option.label());
                    }
                });
            }
        });

    egui::CollapsingHeader::new(RichText::new("What matters most").strong()).id_salt("priorities").show(ui, |ui| {
        hint(ui, "Weigh each input: 0 leaves it out of the score (a shoe that cannot fit is still left out).");
        let given: Vec<Factor> = Factor::ALL.into_iter().filter(|f| f.is_given(&settings.profile)).collect();
        for factor in given {
            let mut weight = settings.priorities.get(factor);
            let label = ui.label(factor.label(crate::words::Lang::En.words()));
            if ui.add(egui::Slider::new(&mut weight, 0.0..=3.0).step_by(0.25)).labelled_by(label.id).changed() {
                let _ = settings.priorities.set(factor, weight);
            }
        }
        if ui.add_enabled(!settings.priorities.is_default(), egui::Button::new("Reset priorities")).clicked() {
            settings.priorities = Priorities::default();
        }
    });
    push_changes(d, edited);
}

/// Pushes what the user changed in the copy `edited` of the settings.
fn push_changes(d: &mut Draw, edited: Settings) {
    if edited.profile != d.settings.profile {
        d.push(Command::SetProfile(Box::new(edited.profile)));
    }
    if edited.priorities != d.settings.priorities {
        d.push(Command::SetPriorities(Box::new(edited.priorities)));
    }
    if (edited.weight_unit, edited.size_system) != (d.settings.weight_unit, d.settings.size_system)
    {
        d.push(Command::SetUnits(edited.weight_unit, edited.size_system));
    }
}

fn hint(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().weak());
    ui.add_space(8.0);
}

/// A row of buttons, one per value, for the quickest choice.
fn segmented<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    title: &str,
    value: &mut T,
    options: &[(T, &str)],
) {
    ui.label(RichText::new(title).strong());
    ui.horizontal_wrapped(|ui| {
        for &(option, text) in options {
            ui.selectable_value(value, option, text);
        }
    });
}

/// Like [`segmented`], with "Not given" for an optional input.
fn optional_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    title: &str,
    value: &mut Option<T>,
    options: &[(T, &str)],
) {
    ui.label(RichText::new(title).strong());
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(value, None, "Not given");
        for &(option, text) in options {
            ui.selectable_value(value, Some(option), text);
        }
    });
}

/// A tick box for a yes/no input: ticked is yes, unticked is not given.
fn flag(ui: &mut egui::Ui, text: &str, value: &mut Option<bool>) {
    let mut on = *value == Some(true);
    if ui.checkbox(&mut on, text).changed() {
        *value = on.then_some(true);
    }
}
