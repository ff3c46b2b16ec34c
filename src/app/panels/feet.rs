//! Feet and shoes run in now: what a fitter asks first. Both feet's lengths (and widths, when
//! measured), and the pair the runner runs in: found in the catalogue or named, its size,
//! how it fits, what should change and how far it has run. Each with a hint on how to tell.

use super::inputs::hint_ui;
use super::{number_in, shoe_size_ui};
use crate::app::Settings;
use crate::catalogue::Catalogue;
use crate::profile::{FOOT_MM, FOOT_WIDTH_MM, Feet, RUNS_IN_KM, RunsIn, RunsInFit, Want};
use crate::units::{ShoeSize, number};
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};

/// Most shown of the catalogue's shoes matching what is typed as the pair run in now.
const SUGGESTIONS: usize = 5;

/// The section's inputs, edited in the copy `settings`.
pub(super) fn feet_ui(
    ui: &mut egui::Ui,
    words: &Words,
    catalogue: Option<&Catalogue>,
    settings: &mut Settings,
) {
    lengths_ui(ui, words, settings);
    runs_in_ui(ui, words, catalogue, settings);
    // Sizes are said in the window's size unit from the first size to work out; a unit
    // chosen later follows (`SetUnits`), and a profile's own is left as written.
    let profile = &mut settings.profile;
    let sized =
        profile.feet.is_some() || profile.runs_in.as_ref().is_some_and(|r| r.size.is_some());
    if sized && profile.size_system.is_none() {
        profile.size_system = Some(settings.size_system);
    }
}

/// Both feet's lengths, and their widths when measured; with a word on feet far apart and
/// the width the measurements suggest.
fn lengths_ui(ui: &mut egui::Ui, words: &Words, settings: &mut Settings) {
    let profile = &mut settings.profile;
    let mut measured = profile.feet.is_some();
    ui.checkbox(&mut measured, words.get("feet-measured"));
    if !measured {
        profile.feet = None;
        hint_ui(ui, &words.get("feet-hint"));
        return;
    }
    let mut feet = profile.feet.unwrap_or(Feet {
        left_mm: 265.0,
        right_mm: 265.0,
        left_width_mm: None,
        right_width_mm: None,
    });
    egui::Grid::new("feet-grid").num_columns(3).show(ui, |ui| {
        ui.label("");
        ui.label(words.get("feet-left"));
        ui.label(words.get("feet-right"));
        ui.end_row();
        let label = ui.label(words.get("feet-length"));
        for value in [&mut feet.left_mm, &mut feet.right_mm] {
            ui.add(mm_drag(value, FOOT_MM, words)).labelled_by(label.id);
        }
        ui.end_row();
        let mut widths = feet.left_width_mm.is_some() || feet.right_width_mm.is_some();
        ui.checkbox(&mut widths, words.get("feet-width"));
        if widths {
            for value in [&mut feet.left_width_mm, &mut feet.right_width_mm] {
                let mut width = value.unwrap_or(100.0);
                ui.add(mm_drag(&mut width, FOOT_WIDTH_MM, words));
                *value = Some(width);
            }
        } else {
            (feet.left_width_mm, feet.right_width_mm) = (None, None);
        }
        ui.end_row();
    });
    if feet.far_apart() {
        let said = Say::new("feet-apart").text("apart", number(feet.apart_mm()));
        ui.label(RichText::new(words.say(&said)).color(crate::app::theme::ACCENT));
    }
    if let Some(width) = feet.suggested_width() {
        ui.horizontal_wrapped(|ui| {
            let said = Say::new("feet-width-suggests").word("width", width.message());
            ui.label(words.say(&said));
            if width != profile.foot_width && ui.small_button(words.get("feet-width-use")).clicked()
            {
                profile.foot_width = width;
            }
        });
    }
    profile.feet = Some(feet);
    hint_ui(ui, &words.get("feet-hint"));
}

fn mm_drag<'a>(value: &'a mut f64, (low, high): (f64, f64), words: &Words) -> egui::DragValue<'a> {
    number_in(
        egui::DragValue::new(value)
            .range(low..=high)
            .speed(0.5)
            .max_decimals(1)
            .suffix(format!(" {}", words.get("inputs-unit-mm"))),
        words,
    )
}

/// The pair run in now: found in the catalogue by its name, or named; its size in the
/// window's size unit, how it fits, what should change and how far it has run.
fn runs_in_ui(
    ui: &mut egui::Ui,
    words: &Words,
    catalogue: Option<&Catalogue>,
    settings: &mut Settings,
) {
    let system = settings.size_system;
    let profile = &mut settings.profile;
    let mut given = profile.runs_in.is_some();
    ui.checkbox(&mut given, words.get("runs-in-given"));
    if !given {
        profile.runs_in = None;
        return;
    }
    let mut runs_in = profile.runs_in.clone().unwrap_or(RunsIn {
        shoe: None,
        model: Some(String::new()),
        size: None,
        fit: Vec::new(),
        wants: Vec::new(),
        km: None,
    });
    which_ui(ui, words, catalogue, &mut runs_in);
    size_worn_ui(ui, words, system, &mut runs_in);
    ui.label(RichText::new(words.get("runs-in-fit")).strong());
    ui.horizontal_wrapped(|ui| {
        for &fit in RunsInFit::ALL {
            toggle_ui(ui, words.get(fit.message()), &mut runs_in.fit, fit);
        }
    });
    // Too short and too long cannot both be so: the one just chosen stays.
    if runs_in.fit.contains(&RunsInFit::TooShort) && runs_in.fit.contains(&RunsInFit::TooLong) {
        let last = *runs_in.fit.last().unwrap_or(&RunsInFit::TooShort);
        runs_in
            .fit
            .retain(|&f| f == last || !matches!(f, RunsInFit::TooShort | RunsInFit::TooLong));
    }
    ui.label(RichText::new(words.get("runs-in-wants")).strong());
    ui.horizontal_wrapped(|ui| {
        for &want in Want::ALL {
            toggle_ui(ui, words.get(want.message()), &mut runs_in.wants, want);
        }
    });
    km_ui(ui, words, &mut runs_in);
    hint_ui(ui, &words.get("runs-in-hint"));
    profile.runs_in = Some(runs_in);
}

/// The size worn: in its own system once given (a file's `UsMen(10)` stays as written), a
/// new one in the window's size unit.
fn size_worn_ui(
    ui: &mut egui::Ui,
    words: &Words,
    system: crate::units::SizeSystem,
    runs_in: &mut RunsIn,
) {
    let first = ShoeSize::new(system, system.from_eu(42.0));
    let label = words.get("runs-in-size");
    shoe_size_ui(ui, words, label, &mut runs_in.size, first, None);
}

/// The distance on the pair, and a word when it is worn.
fn km_ui(ui: &mut egui::Ui, words: &Words, runs_in: &mut RunsIn) {
    ui.horizontal(|ui| {
        let mut known = runs_in.km.is_some();
        ui.checkbox(&mut known, words.get("runs-in-km"));
        if known {
            let mut km = runs_in.km.unwrap_or(300.0);
            ui.add(number_in(
                egui::DragValue::new(&mut km)
                    .range(RUNS_IN_KM.0..=RUNS_IN_KM.1)
                    .speed(10.0)
                    .max_decimals(0)
                    .suffix(format!(" {}", words.get("inputs-unit-km"))),
                words,
            ));
            runs_in.km = Some(km);
        } else {
            runs_in.km = None;
        }
    });
    if let Some(km) = runs_in.km.filter(|_| runs_in.worn()) {
        let said = Say::new("runs-in-worn").num("km", km);
        ui.label(RichText::new(words.say(&said)).color(crate::app::theme::ACCENT));
    }
}

/// Which pair: the catalogue's shoe, with a button to name another; or a name, with the
/// catalogue's shoes that match it to pick from.
fn which_ui(ui: &mut egui::Ui, words: &Words, catalogue: Option<&Catalogue>, runs_in: &mut RunsIn) {
    let found = runs_in
        .shoe
        .as_deref()
        .and_then(|id| catalogue?.shoes.iter().find(|shoe| shoe.id == id));
    if let Some(shoe) = found {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(shoe.name()).strong());
            if ui.small_button(words.get("runs-in-other")).clicked() {
                runs_in.shoe = None;
                runs_in.model = Some(String::new());
            }
        });
        return;
    }
    // An id the catalogue does not have is read as a name.
    let mut name = runs_in
        .model
        .clone()
        .or_else(|| runs_in.shoe.clone())
        .unwrap_or_default();
    let label = ui.label(words.get("runs-in-which"));
    let typed = ui
        .add(
            egui::TextEdit::singleline(&mut name)
                .hint_text(words.get("runs-in-which-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed();
    // Only what is typed changes the pair: a file's id stays as written until then.
    if typed {
        runs_in.shoe = None;
        runs_in.model = Some(name.clone());
    }
    let Some(catalogue) = catalogue else { return };
    for index in suggestions(ui, catalogue, &name) {
        let shoe = &catalogue.shoes[index];
        if ui.selectable_label(false, shoe.name()).clicked() {
            runs_in.shoe = Some(shoe.id.clone());
            runs_in.model = None;
        }
    }
}

/// The catalogue's shoes that match `name` (from two letters), the first few: looked for
/// when the name changes, not every frame, so a catalogue of 10,000 shoes costs a search a
/// keystroke.
fn suggestions(ui: &egui::Ui, catalogue: &Catalogue, name: &str) -> Vec<usize> {
    let needle = name.trim().to_lowercase();
    if needle.chars().count() < 2 {
        return Vec::new();
    }
    let id = egui::Id::unique("runs-in-suggestions");
    // The catalogue on screen, by its place and size: another one searches afresh.
    let shown = (
        std::ptr::from_ref(catalogue) as usize,
        catalogue.shoes.len(),
    );
    let kept: Option<(String, (usize, usize), Vec<usize>)> = ui.data(|data| data.get_temp(id));
    if let Some((kept_needle, kept_shown, found)) = kept
        && kept_needle == needle
        && kept_shown == shown
    {
        return found;
    }
    let found: Vec<usize> = (0..catalogue.shoes.len())
        .filter(|&index| catalogue.shoes[index].matches(&needle))
        .take(SUGGESTIONS)
        .collect();
    ui.data_mut(|data| data.insert_temp(id, (needle, shown, found.clone())));
    found
}

/// A button that puts `value` in `list` or takes it out.
fn toggle_ui<T: PartialEq + Copy>(ui: &mut egui::Ui, text: String, list: &mut Vec<T>, value: T) {
    let mut on = list.contains(&value);
    if ui.toggle_value(&mut on, text).changed() {
        if on {
            list.push(value);
        } else {
            list.retain(|&v| v != value);
        }
    }
}
