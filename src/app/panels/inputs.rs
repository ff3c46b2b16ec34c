//! The runner's inputs: the five main ones always in view, each with a hint on how to tell;
//! the optional ones in a section to open; and what matters most (priorities).

use super::{Draw, number_in};
use crate::app::Settings;
use crate::app::command::InputsCommand;
use crate::catalogue::{Foam, Purpose, Surface, Width};
use crate::profile::{
    CURRENT_DROP_MM, Experience, FootStrike, Profile, Pronation, PronationSeverity, SIZE_EU,
    Season, WEEKLY_KM, WEIGHT_KG,
};
use crate::recommend::{Factor, Priorities};
use crate::units::{SizeSystem, WeightUnit};
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};

/// Draws the inputs panel: the fitting session, the main inputs, the optional ones and the
/// priorities, then asks for whatever the user changed.
pub(super) fn inputs_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let words = d.words;
    ui.add_space(4.0);
    if d.shop_parts {
        egui::CollapsingHeader::new(RichText::new(words.get("inputs-fitting-session")).strong())
            .id_salt("fitting")
            .default_open(
                !d.settings.profile.tried.is_empty() || d.settings.profile.customer.is_some(),
            )
            .show(ui, |ui| super::fitting_ui(d, ui));
        ui.add_space(4.0);
    }
    ui.heading(words.get("inputs-heading"));
    ui.add_space(4.0);
    // Edited as a copy: each change is a command, applied at the end of the frame.
    let mut edited = d.settings.clone();
    let currency = d.catalogue.and_then(|c| c.currency.clone());
    main_inputs_ui(ui, words, &mut edited);
    ui.add_space(4.0);
    let sized = edited.profile.feet.is_some() || edited.profile.runs_in.is_some();
    egui::CollapsingHeader::new(RichText::new(words.get("inputs-feet")).strong())
        .id_salt("feet")
        .default_open(sized)
        .show(ui, |ui| {
            super::feet::feet_ui(ui, words, d.catalogue, &mut edited)
        });
    egui::CollapsingHeader::new(RichText::new(words.get("inputs-optional")).strong())
        .id_salt("optional")
        .show(ui, |ui| {
            optional_inputs_ui(ui, words, currency.as_deref(), &mut edited)
        });
    egui::CollapsingHeader::new(RichText::new(words.get("inputs-priorities")).strong())
        .id_salt("priorities")
        .show(ui, |ui| priorities_ui(ui, words, &mut edited));
    push_changes(d, edited);
}

/// The five main inputs, always in view, each with its hint on how to tell.
fn main_inputs_ui(ui: &mut egui::Ui, words: &Words, settings: &mut Settings) {
    segmented_ui(
        ui,
        words,
        Factor::FootWidth,
        &mut settings.profile.foot_width,
        &[
            (Width::Narrow, "inputs-width-narrow"),
            (Width::Standard, "inputs-width-standard"),
            (Width::Wide, "inputs-width-wide"),
            (Width::ExtraWide, "inputs-width-extra-wide"),
        ],
    );
    hint_ui(ui, &words.get("inputs-width-hint"));

    weight_ui(ui, words, settings);
    hint_ui(ui, &words.get("inputs-weight-hint"));

    segmented_ui(
        ui,
        words,
        Factor::Pronation,
        &mut settings.profile.pronation,
        &[
            (Pronation::Neutral, "inputs-pronation-neutral"),
            (Pronation::Over, "inputs-pronation-over"),
            (Pronation::Under, "inputs-pronation-under"),
        ],
    );
    hint_ui(ui, &words.get("inputs-pronation-hint"));

    segmented_ui(
        ui,
        words,
        Factor::Season,
        &mut settings.profile.season,
        &[
            (Season::Summer, "inputs-season-summer"),
            (Season::SpringAutumn, "inputs-season-spring-autumn"),
            (Season::Winter, "inputs-season-winter"),
        ],
    );
    hint_ui(ui, &words.get("inputs-season-hint"));

    segmented_ui(
        ui,
        words,
        Factor::Surface,
        &mut settings.profile.surface,
        &[
            (Surface::Road, "inputs-surface-road"),
            (Surface::Track, "inputs-surface-track"),
            (Surface::Trail, "inputs-surface-trail"),
            (Surface::Indoor, "inputs-surface-indoor"),
        ],
    );
    hint_ui(ui, &words.get("inputs-surface-hint"));
}

/// The runner's weight in the unit they chose, with the units to choose from beside it; the
/// profile keeps it in kg.
fn weight_ui(ui: &mut egui::Ui, words: &Words, settings: &mut Settings) {
    let label = ui.label(Factor::Weight.label(words));
    ui.horizontal(|ui| {
        let unit = settings.weight_unit;
        let mut shown = (unit.from_kg(settings.profile.weight_kg) * 10.0).round() / 10.0;
        let range = unit.from_kg(WEIGHT_KG.0).ceil()..=unit.from_kg(WEIGHT_KG.1).floor();
        let response = ui
            .add(number_in(
                egui::DragValue::new(&mut shown)
                    .range(range)
                    .speed(0.5)
                    .max_decimals(1)
                    .suffix(format!(" {}", words.get(unit_message(unit)))),
                words,
            ))
            .labelled_by(label.id);
        if response.changed() {
            settings.profile.weight_kg = unit.to_kg(shown).clamp(WEIGHT_KG.0, WEIGHT_KG.1);
        }
        for option in WeightUnit::ALL {
            let text = words.get(unit_message(option));
            ui.selectable_value(&mut settings.weight_unit, option, text);
        }
    });
}

/// The inputs a runner may leave out: foot strike, knee pain, orthotics, experience, budget
/// and shoe size.
fn optional_inputs_ui(
    ui: &mut egui::Ui,
    words: &Words,
    currency: Option<&str>,
    settings: &mut Settings,
) {
    let profile = &mut settings.profile;
    optional_choice_ui(
        ui,
        words,
        Factor::FootStrike,
        &mut profile.foot_strike,
        &[
            (FootStrike::Heel, "inputs-strike-heel"),
            (FootStrike::Midfoot, "inputs-strike-midfoot"),
            (FootStrike::Forefoot, "inputs-strike-forefoot"),
        ],
    );
    hint_ui(ui, &words.get("inputs-strike-hint"));
    flag_ui(ui, &words.get("inputs-knee-pain"), &mut profile.knee_pain);
    flag_ui(ui, &words.get("inputs-orthotics"), &mut profile.orthotics);
    optional_choice_ui(
        ui,
        words,
        Factor::Experience,
        &mut profile.experience,
        &[
            (Experience::Beginner, "inputs-experience-beginner"),
            (Experience::Regular, "inputs-experience-regular"),
            (Experience::Competitive, "inputs-experience-competitive"),
        ],
    );
    ui.add_space(4.0);
    budget_ui(ui, words, currency, &mut profile.budget);
    size_ui(ui, words, settings);
    ui.add_space(4.0);
    habits_ui(ui, words, &mut settings.profile);
}

/// What the pair is for, how marked the gait is, and what the runner runs in and how much:
/// each with its hint.
fn habits_ui(ui: &mut egui::Ui, words: &Words, profile: &mut Profile) {
    optional_choice_ui(
        ui,
        words,
        Factor::Purpose,
        &mut profile.purpose,
        &[
            (Purpose::Daily, "inputs-purpose-daily"),
            (Purpose::LongRun, "inputs-purpose-long-run"),
            (Purpose::Recovery, "inputs-purpose-recovery"),
            (Purpose::Tempo, "inputs-purpose-tempo"),
            (Purpose::Race, "inputs-purpose-race"),
        ],
    );
    hint_ui(ui, &words.get("inputs-purpose-hint"));
    // How marked only means something for a gait that is not neutral.
    if profile.pronation != Pronation::Neutral {
        ui.label(RichText::new(words.get("inputs-severity")).strong());
        ui.horizontal_wrapped(|ui| {
            let value = &mut profile.pronation_severity;
            ui.selectable_value(value, None, words.get("inputs-not-given"));
            ui.selectable_value(
                value,
                Some(PronationSeverity::Mild),
                words.get("inputs-severity-mild"),
            );
            ui.selectable_value(
                value,
                Some(PronationSeverity::Marked),
                words.get("inputs-severity-marked"),
            );
        });
        hint_ui(ui, &words.get("inputs-severity-hint"));
    }
    number_input_ui(
        ui,
        words,
        Factor::WeeklyKm,
        &mut profile.weekly_km,
        (30.0, WEEKLY_KM, 5.0),
        "inputs-unit-km-a-week",
    );
    hint_ui(ui, &words.get("inputs-weekly-km-hint"));
    flag_ui(
        ui,
        &words.get("inputs-achilles"),
        &mut profile.achilles_pain,
    );
    hint_ui(ui, &words.get("inputs-achilles-hint"));
    number_input_ui(
        ui,
        words,
        Factor::CurrentDrop,
        &mut profile.current_drop_mm,
        (10.0, CURRENT_DROP_MM, 1.0),
        "inputs-unit-mm",
    );
    hint_ui(ui, &words.get("inputs-current-drop-hint"));
    optional_choice_ui(
        ui,
        words,
        Factor::PreferredFoam,
        &mut profile.preferred_foam,
        &[
            (Foam::Soft, "inputs-foam-soft"),
            (Foam::Balanced, "inputs-foam-balanced"),
            (Foam::Firm, "inputs-foam-firm"),
        ],
    );
    hint_ui(ui, &words.get("inputs-foam-hint"));
}

/// A tick box for a number the runner may leave out and, once ticked, the number in its
/// range: `(first, range, step)`, the number a tick starts at, the range and the drag step.
fn number_input_ui(
    ui: &mut egui::Ui,
    words: &Words,
    factor: Factor,
    value: &mut Option<f64>,
    (first, (low, high), step): (f64, (f64, f64), f64),
    unit: &str,
) {
    let mut given = value.is_some();
    ui.horizontal(|ui| {
        ui.checkbox(&mut given, factor.label(words));
        if given {
            let mut number = value.unwrap_or(first);
            ui.add(number_in(
                egui::DragValue::new(&mut number)
                    .range(low..=high)
                    .speed(step)
                    .max_decimals(1)
                    .suffix(format!(" {}", words.get(unit))),
                words,
            ));
            *value = Some(number);
        } else {
            *value = None;
        }
    });
}

/// A tick box for the budget and, once ticked, the most the runner will pay, in the
/// catalogue's currency when it names one; unticked is not given.
fn budget_ui(ui: &mut egui::Ui, words: &Words, currency: Option<&str>, budget: &mut Option<f64>) {
    let mut has_budget = budget.is_some();
    ui.horizontal(|ui| {
        ui.checkbox(&mut has_budget, Factor::Budget.label(words));
        if has_budget {
            let mut up_to = budget.unwrap_or(150.0);
            let label = ui.label(words.get("inputs-budget-up-to"));
            ui.add(number_in(
                egui::DragValue::new(&mut up_to)
                    .range(0.0..=1000.0)
                    .speed(5.0)
                    .suffix(currency.map(|code| format!(" {code}")).unwrap_or_default()),
                words,
            ))
            .labelled_by(label.id);
            *budget = Some(up_to);
        } else {
            *budget = None;
        }
    });
}

/// A tick box for the shoe size and, once ticked, the size in the chosen system with the
/// systems to choose from below; the profile keeps it in EU sizes.
fn size_ui(ui: &mut egui::Ui, words: &Words, settings: &mut Settings) {
    let mut has_size = settings.profile.size_eu.is_some();
    ui.horizontal(|ui| {
        ui.checkbox(&mut has_size, Factor::Size.label(words));
        if has_size {
            let system = settings.size_system;
            let eu = settings.profile.size_eu.unwrap_or(42.0);
            let mut shown = system.from_eu(eu);
            let size_in = Say::new("inputs-size-in").word("system", system.message());
            let label = ui.label(words.say(&size_in));
            let range = system.from_eu(SIZE_EU.0)..=system.from_eu(SIZE_EU.1);
            if ui
                .add(number_in(
                    egui::DragValue::new(&mut shown)
                        .range(range)
                        .speed(0.25)
                        .max_decimals(1),
                    words,
                ))
                .labelled_by(label.id)
                .changed()
            {
                settings.profile.size_eu = Some(system.to_eu(shown).clamp(SIZE_EU.0, SIZE_EU.1));
            } else {
                settings.profile.size_eu = Some(eu);
            }
        } else {
            settings.profile.size_eu = None;
        }
    });
    if has_size {
        ui.horizontal_wrapped(|ui| {
            for option in SizeSystem::ALL {
                let text = words.get(option.message());
                ui.selectable_value(&mut settings.size_system, option, text);
            }
        });
    }
}

/// A slider for how much each given input matters, and a button to put them all back.
fn priorities_ui(ui: &mut egui::Ui, words: &Words, settings: &mut Settings) {
    hint_ui(ui, &words.get("inputs-priorities-hint"));
    let given: Vec<Factor> = Factor::ALL
        .into_iter()
        .filter(|f| f.is_given(&settings.profile))
        .collect();
    for factor in given {
        let mut weight = settings.priorities.get(factor);
        let label = ui.label(factor.label(words));
        if ui
            .add(egui::Slider::new(&mut weight, 0.0..=3.0).step_by(0.25))
            .labelled_by(label.id)
            .changed()
        {
            let _ = settings.priorities.set(factor, weight);
        }
    }
    if ui
        .add_enabled(
            !settings.priorities.is_default(),
            egui::Button::new(words.get("inputs-reset-priorities")),
        )
        .clicked()
    {
        settings.priorities = Priorities::default();
    }
}

/// Pushes what the user changed in the copy `edited` of the settings.
fn push_changes(d: &mut Draw, edited: Settings) {
    if edited.profile != d.settings.profile {
        d.push(InputsCommand::SetProfile(Box::new(edited.profile)));
    }
    if edited.priorities != d.settings.priorities {
        d.push(InputsCommand::SetPriorities(Box::new(edited.priorities)));
    }
    if (edited.weight_unit, edited.size_system) != (d.settings.weight_unit, d.settings.size_system)
    {
        d.push(InputsCommand::SetUnits(
            edited.weight_unit,
            edited.size_system,
        ));
    }
}

/// The message id of a weight unit's name: "kg".
fn unit_message(unit: WeightUnit) -> &'static str {
    match unit {
        WeightUnit::Kg => "inputs-unit-kg",
        WeightUnit::Lb => "inputs-unit-lb",
    }
}

/// A hint under an input on how to tell, small and faint, with room before the next one.
pub(super) fn hint_ui(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().weak());
    ui.add_space(8.0);
}

/// A row of buttons, one per value, for the quickest choice: under the input's name, each
/// value with the message id of its words.
fn segmented_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    words: &Words,
    factor: Factor,
    value: &mut T,
    options: &[(T, &str)],
) {
    ui.label(RichText::new(factor.label(words)).strong());
    ui.horizontal_wrapped(|ui| {
        for &(option, id) in options {
            ui.selectable_value(value, option, words.get(id));
        }
    });
}

/// Like [`segmented`], with "Not given" for an optional input.
fn optional_choice_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    words: &Words,
    factor: Factor,
    value: &mut Option<T>,
    options: &[(T, &str)],
) {
    ui.label(RichText::new(factor.label(words)).strong());
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(value, None, words.get("inputs-not-given"));
        for &(option, id) in options {
            ui.selectable_value(value, Some(option), words.get(id));
        }
    });
}

/// A tick box for a yes/no input: ticked is yes, unticked is not given.
fn flag_ui(ui: &mut egui::Ui, text: &str, value: &mut Option<bool>) {
    let mut on = *value == Some(true);
    if ui.checkbox(&mut on, text).changed() {
        *value = on.then_some(true);
    }
}
