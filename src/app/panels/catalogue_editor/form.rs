//! The chosen shoe's form: a row for each field, its message beside it.

use super::*;

/// The chosen shoe's form, a row for each field it offers in the file's order, or a line
/// asking to choose a shoe. Pushes the shoe as changed when a field changed this frame.
pub(super) fn form_ui(
    editor: &Editor,
    words: &Words,
    picture: Option<&Picture>,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let Some(index) = editor
        .selected()
        .filter(|&i| i < editor.draft().shoes.len())
    else {
        ui.add_space(20.0);
        ui.label(words.get("editor-choose"));
        return;
    };
    let before = editor.draft().shoes[index].clone();
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
            form.optional_text_ui(ui, "url", &mut shoe.url, "https://");
            import = picture_row_ui(words, picture, ui);
            form.field_ui(ui, "notes", |ui, label| {
                let mut notes = shoe.notes.as_deref().unwrap_or_default().to_string();
                let edited = ui
                    .add(
                        egui::TextEdit::multiline(&mut notes)
                            .desired_rows(2)
                            .desired_width(260.0),
                    )
                    .labelled_by(label)
                    .changed();
                if edited {
                    shoe.notes = (!notes.is_empty()).then(|| notes.into());
                }
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
    // Ticked unless the shoe says no source confirms its widths; absent in the file when
    // ticked.
    form.field_ui(ui, "widths_confirmed", |ui, label| {
        let mut confirmed = shoe.widths_confirmed();
        if ui.checkbox(&mut confirmed, "").labelled_by(label).changed() {
            shoe.widths_confirmed = (!confirmed).then_some(false);
        }
    });
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
    form.field_ui(ui, "guidance", |ui, label| {
        let mut given = shoe.guidance.is_some();
        ui.checkbox(&mut given, "").labelled_by(label);
        if given {
            let mut ways = shoe
                .guidance
                .clone()
                .unwrap_or_else(|| vec![Guidance::Geometry]);
            form.checkboxes_ui(ui, &mut ways, Guidance::ALL);
            shoe.guidance = Some(ways);
        } else {
            shoe.guidance = None;
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
pub(super) fn count(words: &Words, id: &'static str, count: usize) -> String {
    words.say(&Say::new(id).num("count", count as f64))
}

/// A weight in grams, as the table shows it.
pub(super) fn grams(words: &Words, grams: f64) -> String {
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
    ToeBox,
    Guidance
);

/// A problem as the form says it beside its field, which it need not name: in plain words
/// and with what was typed ("Must be 100 to 600 (grams, one shoe); you typed 50"), where the
/// form has words of its own for it; else as `check` says it.
fn beside_the_field(problem: &Problem) -> Say {
    let id = match problem.check {
        Check::OutOfRange => "editor-out-of-range",
        Check::Empty => "editor-empty",
        Check::TooLong => "editor-too-long",
        Check::NotSlug => "editor-not-slug",
        Check::DuplicateId => "editor-duplicate-id",
        Check::Other => return problem.said.clone(),
    };
    problem.said.reworded(id)
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
                    RichText::new(self.words.say(&beside_the_field(problem)))
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
pub(super) fn cell_ui(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).truncate());
}
