//! The catalogue editor: a sortable, filterable table of the shoes and a form for the chosen
//! one, with the right widget for each field and each problem written beside its field.

use super::{Draw, number_in, picture_ui};
use crate::app::Command;
use crate::app::command::{DraftCommand, EditorCommand};
use crate::app::editor::{Editor, SortBy, Trouble};
use crate::app::images::Picture;
use crate::app::keys::Action;
use crate::app::theme::verdict_colour;
use crate::catalogue::validate::{Check, DROP_MM, LUG_DEPTH_MM, Problem, STACK_HEEL_MM, WEIGHT_G};
use crate::catalogue::*;
use crate::recommend::Verdict;
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder, TableRow};

mod form;
use form::{cell_ui, count, form_ui, grams};

/// The editor: it reads the draft and pushes each change as a command.
pub(super) fn editor_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let document = d.document;
    let Some(editor) = document.editor() else {
        return;
    };
    let words = d.words;
    let picture = editor
        .selected()
        .and_then(|index| editor.draft().shoes.get(index))
        .map(|shoe| d.picture(ui.ctx(), shoe));
    let picture = picture.as_ref();
    let mut commands = Vec::new();
    let commands = &mut commands;
    toolbar_ui(editor, words, ui, commands);
    ui.separator();
    // Side by side where the table and the form both fit; else the table above the form.
    let width = ui.available_width();
    let panel = if width >= SIDE_BY_SIDE_FROM {
        egui::Panel::right("editor-form").exact_size((width * 0.45).clamp(320.0, 520.0))
    } else {
        egui::Panel::bottom("editor-form").exact_size((ui.available_height() * 0.6).max(200.0))
    };
    panel.resizable(false).show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("editor-form-scroll")
            .show(ui, |ui| form_ui(editor, words, picture, ui, commands));
    });
    egui::CentralPanel::default().show(ui, |ui| {
        // A table wider than its room scrolls sideways rather than paint over the form.
        egui::ScrollArea::horizontal()
            .id_salt("editor-table-scroll")
            .show(ui, |ui| table_ui(editor, words, ui, commands));
    });
    for command in std::mem::take(commands) {
        d.push(command);
    }
}

/// From this width of the window, the table and the form stand side by side.
const SIDE_BY_SIDE_FROM: f32 = 1100.0;

/// The buttons that add, copy, remove, undo and save, then what the checks found and whether
/// the draft is saved; under them, why the last save failed.
fn toolbar_ui(editor: &Editor, words: &Words, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(words.get("editor-add")).clicked() {
            commands.push(DraftCommand::AddShoe.into());
        }
        if ui
            .add_enabled(
                editor.selected().is_some(),
                egui::Button::new(words.get("editor-duplicate")),
            )
            .clicked()
        {
            commands.push(DraftCommand::DuplicateShoe.into());
        }
        if ui
            .add_enabled(
                editor.selected().is_some(),
                egui::Button::new(words.get("editor-delete")),
            )
            .clicked()
        {
            commands.push(DraftCommand::DeleteShoe.into());
        }
        ui.separator();
        if ui
            .add_enabled(
                editor.can_undo(),
                egui::Button::new(Action::Undo.label(words)),
            )
            .on_hover_text(super::keys_of(ui, words, Action::Undo))
            .clicked()
        {
            commands.push(DraftCommand::Undo.into());
        }
        if ui
            .add_enabled(
                editor.can_redo(),
                egui::Button::new(Action::Redo.label(words)),
            )
            .on_hover_text(super::keys_of(ui, words, Action::Redo))
            .clicked()
        {
            commands.push(DraftCommand::Redo.into());
        }
        ui.separator();
        if ui
            .add(egui::Button::new(Action::Save.label(words)))
            .on_hover_text(super::keys_of(ui, words, Action::Save))
            .clicked()
        {
            commands.push(EditorCommand::Save.into());
        }
        if ui.button(Action::SaveAs.label(words)).clicked() {
            commands.push(EditorCommand::SaveAs.into());
        }
        ui.separator();
        status_ui(editor, words, ui, commands);
    });
    if let Some(trouble) = &editor.trouble() {
        let said = match trouble {
            Trouble::NotSaved(why) => Say::new("editor-not-saved").says("error", vec![why.clone()]),
            Trouble::PictureRefused(why) => {
                Say::new("editor-picture-refused").says("error", vec![why.clone()])
            }
        };
        ui.label(
            RichText::new(words.say(&said))
                .color(verdict_colour(Verdict::Poor, ui.visuals().dark_mode)),
        );
    }
}

/// How many errors and warnings the catalogue's checks found in the draft (or that they
/// found none), and whether it has changes not yet saved.
fn status_ui(editor: &Editor, words: &Words, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let errors = editor.error_count();
    let warnings = editor.problems().len() - errors;
    let dark = ui.visuals().dark_mode;
    // Each count is a button that steps through the shoes with such problems.
    let step = |ui: &mut egui::Ui, commands: &mut Vec<Command>, text: String, severity| {
        let colour = verdict_colour(
            if severity == Severity::Error {
                Verdict::Poor
            } else {
                Verdict::Caution
            },
            dark,
        );
        // Problems of the whole catalogue (its format, its list) are on no shoe to go to.
        // Which shoe is next is worked out on a click, not on every frame.
        if ui
            .add_enabled(
                editor.has_shoe_with(severity),
                egui::Button::new(RichText::new(text).color(colour)),
            )
            .on_hover_text(words.get("editor-next-problem"))
            .clicked()
            && let Some(index) = editor.next_with(severity)
        {
            commands.push(DraftCommand::ChooseShoe(index).into());
        }
    };
    if errors > 0 {
        let text = format!("✖ {}", count(words, "editor-errors", errors));
        step(ui, commands, text, Severity::Error);
    }
    if warnings > 0 {
        let text = format!("⚠ {}", count(words, "editor-warnings", warnings));
        step(ui, commands, text, Severity::Warning);
    }
    if errors == 0 && warnings == 0 {
        ui.label(
            RichText::new(format!("✔ {}", words.get("editor-no-problems")))
                .color(verdict_colour(Verdict::Good, dark)),
        );
    }
    if editor.is_dirty() {
        ui.label(RichText::new(format!("• {}", words.get("editor-unsaved"))).strong());
    }
}

/// The filter above the table and the table of the shoes it lets through: a click on a row
/// chooses the shoe, a click on a column's title sorts by it.
fn table_ui(editor: &Editor, words: &Words, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    filter_ui(editor, words, ui, commands);
    let rows = editor.rows();
    let dark = ui.visuals().dark_mode;
    // A click anywhere on a row chooses the shoe, also on its text.
    ui.style_mut().interaction.selectable_labels = false;
    let mut clicked = None;
    let mut sort = None;
    TableBuilder::new(ui)
        .id_salt("shoes-table")
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::exact(28.0))
        .column(Column::auto().at_least(180.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::remainder().at_least(120.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(60.0))
        .header(24.0, |mut header| {
            sort = sort_header(&mut header, editor, words);
        })
        .body(|body| {
            body.rows(24.0, rows.len(), |mut row| {
                let index = rows[row.index()];
                shoe_row(&mut row, editor, words, index, dark);
                if row.response().clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(index) = clicked {
        commands.push(DraftCommand::ChooseShoe(index).into());
    }
    if let Some(by) = sort {
        commands.push(DraftCommand::SortShoes(by).into());
    }
}

/// The filter's text box and how many shoes the draft holds.
fn filter_ui(editor: &Editor, words: &Words, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label(words.get("editor-filter"));
        let mut filter = editor.filter().to_string();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text(words.get("editor-filter-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            commands.push(DraftCommand::FilterShoes(filter).into());
        }
        ui.label(RichText::new(count(words, "editor-shoes", editor.draft().shoes.len())).weak());
    });
}

/// The table's titles, each a button that sorts by its column, with an arrow on the column
/// sorted by. Returns the column clicked, if any.
fn sort_header(header: &mut TableRow, editor: &Editor, words: &Words) -> Option<SortBy> {
    let mut sort = None;
    for (title, by) in [
        ("", SortBy::Problems),
        ("editor-column-id", SortBy::Id),
        ("editor-column-brand", SortBy::Brand),
        ("editor-column-model", SortBy::Model),
        ("editor-column-support", SortBy::Support),
        ("editor-column-weight", SortBy::Weight),
        ("editor-column-price", SortBy::Price),
    ] {
        header.col(|ui| {
            let arrow = if editor.sort() == by {
                if editor.descending() { " ⏷" } else { " ⏶" }
            } else {
                ""
            };
            let text = if title.is_empty() {
                format!("!{arrow}")
            } else {
                format!("{}{arrow}", words.get(title))
            };
            if ui
                .add(egui::Button::new(RichText::new(text).strong()).frame(false))
                .on_hover_text(words.get("editor-sort"))
                .clicked()
            {
                sort = Some(by);
            }
        });
    }
    sort
}

/// One shoe of the draft in the table, `index` its place in the draft: the mark of its
/// worst problem, then its id, brand, model, support, weight and price.
fn shoe_row(row: &mut TableRow, editor: &Editor, words: &Words, index: usize, dark: bool) {
    let shoe = &editor.draft().shoes[index];
    row.set_selected(editor.selected() == Some(index));
    row.col(|ui| match editor.worst(index) {
        Some(Severity::Error) => {
            ui.label(RichText::new("✖").color(verdict_colour(Verdict::Poor, dark)))
                .on_hover_text(words.get("editor-has-errors"));
        }
        Some(Severity::Warning) => {
            ui.label(RichText::new("⚠").color(verdict_colour(Verdict::Caution, dark)))
                .on_hover_text(words.get("editor-has-warnings"));
        }
        None => {}
    });
    row.col(|ui| {
        cell_ui(ui, &shoe.id);
    });
    row.col(|ui| {
        cell_ui(ui, &shoe.brand);
    });
    row.col(|ui| {
        cell_ui(ui, &shoe.model);
    });
    row.col(|ui| {
        cell_ui(ui, &words.get(shoe.support.message()));
    });
    row.col(|ui| {
        cell_ui(ui, &grams(words, shoe.weight_g));
    });
    row.col(|ui| {
        cell_ui(ui, &shoe.price.map_or(String::new(), |p| format!("{p:.2}")));
    });
}
