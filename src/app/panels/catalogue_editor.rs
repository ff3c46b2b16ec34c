//! The catalogue editor: a sortable, filterable table of the shoes and a form for the chosen
//! one, with the right widget for each field and each problem written beside its field.

use super::{number_in, picture_ui};
use crate::app::Command;
use crate::app::command::{DraftCommand, EditorCommand};
use crate::app::editor::{Editor, SortBy, Trouble};
use crate::app::images::Picture;
use crate::app::keys::Action;
use crate::app::theme::verdict_colour;
use crate::catalogue::validate::{DROP_MM, LUG_DEPTH_MM, Problem, STACK_HEEL_MM, WEIGHT_G};
use crate::catalogue::*;
use crate::recommend::Verdict;
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder, TableRow};

/// The editor: it reads the draft and pushes each change as a command. `picture` is the
/// chosen shoe's.
pub(super) fn editor_ui(
    ui: &mut egui::Ui,
    editor: &Editor,
    words: &Words,
    picture: Option<&Picture>,
    commands: &mut Vec<Command>,
) {
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
                editor.selected.is_some(),
                egui::Button::new(words.get("editor-duplicate")),
            )
            .clicked()
        {
            commands.push(DraftCommand::DuplicateShoe.into());
        }
        if ui
            .add_enabled(
                editor.selected.is_some(),
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
                egui::Button::new(words.get("editor-undo")),
            )
            .on_hover_text(super::keys_of(ui, words, Action::Undo))
            .clicked()
        {
            commands.push(DraftCommand::Undo.into());
        }
        if ui
            .add_enabled(
                editor.can_redo(),
                egui::Button::new(words.get("editor-redo")),
            )
            .on_hover_text(super::keys_of(ui, words, Action::Redo))
            .clicked()
        {
            commands.push(DraftCommand::Redo.into());
        }
        ui.separator();
        if ui
            .add(egui::Button::new(words.get("editor-save")))
            .on_hover_text(super::keys_of(ui, words, Action::Save))
            .clicked()
        {
            commands.push(EditorCommand::Save.into());
        }
        if ui.button(words.get("editor-save-as")).clicked() {
            commands.push(EditorCommand::SaveAs.into());
        }
        ui.separator();
        status_ui(editor, words, ui, commands);
    });
    if let Some(trouble) = &editor.trouble {
        let said = match trouble {
            Trouble::NotSaved(error) => Say::new("editor-not-saved").text("error", error.as_str()),
            Trouble::PictureRefused(error) => {
                Say::new("editor-picture-refused").text("error", error.as_str())
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
    let warnings = editor.problems.len() - errors;
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
        let mut filter = editor.filter.clone();
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
        ui.label(RichText::new(count(words, "editor-shoes", editor.draft.shoes.len())).weak());
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
            let arrow = if editor.sort == by {
                if editor.descending { " ⏷" } else { " ⏶" }
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
    let shoe = &editor.draft.shoes[index];
    row.set_selected(editor.selected == Some(index));
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

/// The chosen shoe's form, a row for each field it offers in the file's order, or a line
/// asking to choose a shoe. Pushes the shoe as changed when a field changed this frame.
fn form_ui(
    editor: &Editor,
    words: &Words,
    picture: Option<&Picture>,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let Some(index) = editor.selected.filter(|&i| i < editor.draft.shoes.len()) else {
        ui.add_space(20.0);
        ui.label(words.get("editor-choose"));
        return;
    };
    let before = editor.draft.shoes[index].clone();
    let problems: Vec<Problem> = editor.problems_of(index, None).cloned().collect();
    let mut shoe = before.clone();
    let missing = Picture::Missing(Say::new("picture-not-given"));
    let picture = picture.unwrap_or(&missing);
    let mut import = false;

    ui.heading(if shoe.name().trim().is_empty() {
        words.get("editor-new-shoe")
    } else {
        shoe.name()
    });
    egui::Grid::new("shoe-form")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let form = Form {
                words,
                problems: &problems,
            };
            form.text_ui(ui, "id", &mut shoe.id);
            form.text_ui(ui, "brand", &mut shoe.brand);
            form.text_ui(ui, "model", &mut shoe.model);
            build_rows_ui(&form, ui, &mut shoe);
            measure_rows_ui(&form, ui, &mut shoe);
            purpose_rows_ui(&form, ui, &mut shoe);
            shop_rows_ui(&form, ui, &mut shoe);
            form.optional_text_ui(ui, "image", &mut shoe.image, "images/");
            import = picture_row_ui(words, picture, ui);
            form.field_ui(ui, "notes", |ui, label| {
                let mut notes = shoe.notes.clone().unwrap_or_default();
                ui.add(
                    egui::TextEdit::multiline(&mut notes)
                        .desired_rows(2)
                        .desired_width(260.0),
                )
                .labelled_by(label);
                shoe.notes = (!notes.is_empty()).then_some(notes);
            });
        });

    if import {
        commands.push(EditorCommand::ImportPictureDialog(index).into());
    }
    if shoe != before {
        commands.push(DraftCommand::ChangeShoe(index, Box::new(shoe)).into());
    }
}

/// The rows of how the shoe is built: support, cushioning, heel counter, insole, upper,
/// outsole, and the widths and surfaces it is made for.
fn build_rows_ui(form: &Form, ui: &mut egui::Ui, shoe: &mut Shoe) {
    form.choice_ui(ui, "support", &mut shoe.support, Support::ALL);
    form.choice_ui(ui, "cushioning", &mut shoe.cushioning, Cushioning::ALL);
    form.choice_ui(ui, "heel_counter", &mut shoe.heel_counter, HeelCounter::ALL);
    form.field_ui(ui, "removable_insole", |ui, label| {
        ui.checkbox(
            &mut shoe.removable_insole,
            form.words.get("editor-removable"),
        )
        .labelled_by(label);
    });
    form.choice_ui(
        ui,
        "breathability",
        &mut shoe.breathability,
        Breathability::ALL,
    );
    form.choice_ui(
        ui,
        "water_resistance",
        &mut shoe.water_resistance,
        WaterResistance::ALL,
    );
    form.choice_ui(ui, "outsole", &mut shoe.outsole, Outsole::ALL);
    form.list_ui(ui, "widths", &mut shoe.widths, Width::ALL);
    form.list_ui(ui, "surfaces", &mut shoe.surfaces, Surface::ALL);
}

/// The rows of the shoe's measures: weight in grams, heel stack and drop in millimetres,
/// each with the range the checks allow, and flexibility. An unticked box means not given.
fn measure_rows_ui(form: &Form, ui: &mut egui::Ui, shoe: &mut Shoe) {
    let words = form.words;
    form.field_ui(ui, "weight_g", |ui, label| {
        ui.add(number_in(
            egui::DragValue::new(&mut shoe.weight_g)
                .speed(1.0)
                .suffix(format!(" {}", words.get("editor-unit-g"))),
            words,
        ))
        .labelled_by(label);
        ui.label(RichText::new(range(words, WEIGHT_G)).weak());
    });
    let mm = format!(" {}", words.get("editor-unit-mm"));
    form.optional_number_ui(
        ui,
        "stack_heel_mm",
        &mut shoe.stack_heel_mm,
        30.0,
        &mm,
        &range(words, STACK_HEEL_MM),
    );
    form.optional_number_ui(
        ui,
        "drop_mm",
        &mut shoe.drop_mm,
        8.0,
        &mm,
        &range(words, DROP_MM),
    );
    form.optional_choice_ui(
        ui,
        "flexibility",
        &mut shoe.flexibility,
        Flexibility::Moderate,
        Flexibility::ALL,
    );
}

/// The rows of what the shoe is for (the optional additions): its plate, its uses, how its
/// foam feels, its toe box and its lugs. An unticked box means not given.
fn purpose_rows_ui(form: &Form, ui: &mut egui::Ui, shoe: &mut Shoe) {
    let words = form.words;
    form.optional_choice_ui(ui, "plate", &mut shoe.plate, Plate::Carbon, Plate::ALL);
    form.field_ui(ui, "uses", |ui, label| {
        let mut given = shoe.uses.is_some();
        ui.checkbox(&mut given, "").labelled_by(label);
        if given {
            let mut uses = shoe.uses.clone().unwrap_or_else(|| vec![Purpose::Daily]);
            form.checkboxes_ui(ui, &mut uses, Purpose::ALL);
            shoe.uses = Some(uses);
        } else {
            shoe.uses = None;
        }
    });
    form.optional_choice_ui(ui, "foam", &mut shoe.foam, Foam::Balanced, Foam::ALL);
    form.optional_choice_ui(
        ui,
        "toe_box",
        &mut shoe.toe_box,
        ToeBox::Standard,
        ToeBox::ALL,
    );
    form.optional_number_ui(
        ui,
        "lug_depth_mm",
        &mut shoe.lug_depth_mm,
        4.0,
        &format!(" {}", words.get("editor-unit-mm")),
        &range(words, LUG_DEPTH_MM),
    );
}

/// The rows of the shoe in the shop: its price, its currency when it is not the
/// catalogue's, and the EU sizes stocked. An unticked box means not given.
fn shop_rows_ui(form: &Form, ui: &mut egui::Ui, shoe: &mut Shoe) {
    let words = form.words;
    form.optional_number_ui(
        ui,
        "price",
        &mut shoe.price,
        120.0,
        "",
        &words.say(&Say::new("editor-or-more").num("low", 0)),
    );
    form.optional_text_ui(
        ui,
        "currency",
        &mut shoe.currency,
        &words.get("editor-currency-hint"),
    );
    form.field_ui(ui, "sizes_eu", |ui, label| {
        let mut given = shoe.sizes_eu.is_some();
        ui.checkbox(&mut given, "").labelled_by(label);
        if given {
            let (mut smallest, mut largest) = shoe.sizes_eu.unwrap_or((36.0, 48.0));
            ui.add(number_in(
                egui::DragValue::new(&mut smallest)
                    .speed(0.5)
                    .prefix(format!("{} ", words.get("editor-sizes-from"))),
                words,
            ))
            .labelled_by(label);
            ui.add(number_in(
                egui::DragValue::new(&mut largest)
                    .speed(0.5)
                    .prefix(format!("{} ", words.get("editor-sizes-to"))),
                words,
            ))
            .labelled_by(label);
            shoe.sizes_eu = Some((smallest, largest));
        } else {
            shoe.sizes_eu = None;
        }
    });
}

/// The row under the image's path: the picture as it loads and the button to import one.
/// Returns whether the button was clicked.
fn picture_row_ui(words: &Words, picture: &Picture, ui: &mut egui::Ui) -> bool {
    ui.label("");
    let mut import = false;
    ui.horizontal(|ui| {
        picture_ui(ui, words, picture, egui::vec2(160.0, 100.0));
        import = ui
            .button(words.get("editor-import-picture"))
            .on_hover_text(words.get("editor-import-picture-hint"))
            .clicked();
    });
    ui.end_row();
    import
}

/// `count` in the words of the message `id`, which chooses its plural form.
fn count(words: &Words, id: &'static str, count: usize) -> String {
    words.say(&Say::new(id).num("count", count as f64))
}

/// A weight in grams, as the table shows it.
fn grams(words: &Words, grams: f64) -> String {
    words.say(&Say::new("editor-grams").text("grams", crate::units::number(grams)))
}

/// The values a field takes, as its hint says them.
/// A range of the format, as the loader checks it (`validate`'s constants).
fn range(words: &Words, (low, high): (f64, f64)) -> String {
    words.say(&Say::new("editor-range").num("low", low).num("high", high))
}

/// A value of the catalogue the form offers: in English as the file writes it, in other
/// languages in their words.
trait Choice: Copy + PartialEq {
    /// The id of the value's words in the message files: `Support-MotionControl`.
    fn message_id(self) -> &'static str;

    /// The value as the form offers it (`editor-Support-MotionControl`).
    fn shown(self, words: &Words) -> String {
        words.get(&format!("editor-{}", self.message_id()))
    }
}

macro_rules! choices {
    ($($name:ident),+) => {
        $(impl Choice for $name {
            fn message_id(self) -> &'static str {
                self.message()
            }
        })+
    };
}

choices!(
    Support,
    Cushioning,
    HeelCounter,
    Breathability,
    WaterResistance,
    Outsole,
    Width,
    Surface,
    Flexibility,
    Plate,
    Purpose,
    Foam,
    ToeBox
);

/// A problem as the form says it beside its field, which it need not name: in plain words
/// and with what was typed ("Must be 100 to 600 (grams, one shoe); you typed 50"), where the
/// form has words of its own for it; else as `check` says it.
fn beside_the_field(said: &Say) -> Say {
    let id = match said.id() {
        "check-out-of-range" => "editor-out-of-range",
        "check-empty" => "editor-empty",
        "check-too-long" => "editor-too-long",
        "check-not-slug" => "editor-not-slug",
        "check-duplicate-id" => "editor-duplicate-id",
        _ => return said.clone(),
    };
    said.reworded(id)
}

/// The rows of the form: the window's words and the chosen shoe's problems.
struct Form<'a> {
    words: &'a Words,
    problems: &'a [Problem],
}

impl Form<'_> {
    /// One row of the form: the field's name, its widget and, beside it, its problems in
    /// the window's language. `name` is the field's name in the file.
    fn field_ui(
        &self,
        ui: &mut egui::Ui,
        name: &str,
        widget: impl FnOnce(&mut egui::Ui, egui::Id),
    ) {
        let shown = self
            .words
            .get(&format!("editor-field-{}", name.replace('_', "-")));
        // In words; the name as the file writes it, for those who edit it by hand, on hover.
        let label = ui
            .label(shown)
            .on_hover_text(RichText::new(name).monospace());
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| widget(ui, label.id));
            let dark = ui.visuals().dark_mode;
            for problem in self.problems.iter().filter(
                |p| matches!(p.at, validate::Locator::Shoe { field: Some(f), .. } if f == name),
            ) {
                let verdict = if problem.severity == Severity::Error {
                    Verdict::Poor
                } else {
                    Verdict::Caution
                };
                ui.label(
                    RichText::new(self.words.say(&beside_the_field(&problem.said)))
                        .small()
                        .color(verdict_colour(verdict, dark)),
                );
            }
        });
        ui.end_row();
    }

    fn text_ui(&self, ui: &mut egui::Ui, name: &str, value: &mut String) {
        self.field_ui(ui, name, |ui, label| {
            ui.add(egui::TextEdit::singleline(value).desired_width(260.0))
                .labelled_by(label);
        });
    }

    fn optional_text_ui(
        &self,
        ui: &mut egui::Ui,
        name: &str,
        value: &mut Option<String>,
        hint: &str,
    ) {
        self.field_ui(ui, name, |ui, label| {
            let mut text = value.clone().unwrap_or_default();
            ui.add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(hint)
                    .desired_width(220.0),
            )
            .labelled_by(label);
            *value = (!text.is_empty()).then_some(text);
        });
    }

    fn optional_number_ui(
        &self,
        ui: &mut egui::Ui,
        name: &str,
        value: &mut Option<f64>,
        default: f64,
        unit: &str,
        range: &str,
    ) {
        self.field_ui(ui, name, |ui, label| {
            let mut given = value.is_some();
            ui.checkbox(&mut given, "").labelled_by(label);
            if given {
                let mut number = value.unwrap_or(default);
                ui.add(number_in(
                    egui::DragValue::new(&mut number).speed(0.5).suffix(unit),
                    self.words,
                ))
                .labelled_by(label);
                ui.label(RichText::new(range).weak());
                *value = Some(number);
            } else {
                *value = None;
            }
        });
    }

    fn choice_ui<T: Choice>(&self, ui: &mut egui::Ui, name: &str, value: &mut T, all: &[T]) {
        self.field_ui(ui, name, |ui, label| {
            combo_ui(ui, self.words, name, label, value, all)
        });
    }

    /// A choice that may be left out: a tick box, and once ticked the values.
    fn optional_choice_ui<T: Choice>(
        &self,
        ui: &mut egui::Ui,
        name: &str,
        value: &mut Option<T>,
        default: T,
        all: &[T],
    ) {
        self.field_ui(ui, name, |ui, label| {
            let mut given = value.is_some();
            ui.checkbox(&mut given, "").labelled_by(label);
            if given {
                let mut chosen = value.unwrap_or(default);
                combo_ui(ui, self.words, name, label, &mut chosen, all);
                *value = Some(chosen);
            } else {
                *value = None;
            }
        });
    }

    fn list_ui<T: Choice>(&self, ui: &mut egui::Ui, name: &str, values: &mut Vec<T>, all: &[T]) {
        self.field_ui(ui, name, |ui, _| self.checkboxes_ui(ui, values, all));
    }

    /// A tick box for each of `all`, ticked for those in `values`.
    fn checkboxes_ui<T: Choice>(&self, ui: &mut egui::Ui, values: &mut Vec<T>, all: &[T]) {
        for &option in all {
            let mut on = values.contains(&option);
            if ui.checkbox(&mut on, option.shown(self.words)).changed() {
                if on {
                    values.push(option);
                    // Keep the order of the format, so a save writes a stable list.
                    values.sort_by_key(|v| all.iter().position(|o| o == v));
                } else {
                    values.retain(|v| *v != option);
                }
            }
        }
    }
}

fn combo_ui<T: Choice>(
    ui: &mut egui::Ui,
    words: &Words,
    salt: &str,
    label: egui::Id,
    value: &mut T,
    all: &[T],
) {
    egui::ComboBox::from_id_salt(salt)
        .selected_text(value.shown(words))
        .show_ui(ui, |ui| {
            for &option in all {
                ui.selectable_value(value, option, option.shown(words));
            }
        })
        .response
        .labelled_by(label);
}

/// A table cell on one line, cut with … when too long.
fn cell_ui(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).truncate());
}
