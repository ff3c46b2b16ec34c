//! The desktop window: the runner's inputs on the left, the ranked shoes with their verdict
//! per factor in the middle. It draws what the core returns and re-ranks on every change.

use crate::catalogue::{Catalogue, Diagnostic, Surface, Width, load_catalogue};
use crate::profile::{Profile, Pronation, Season};
use crate::recommend::{Factor, Priorities, Ranking, Verdict, explain, rank};
use eframe::egui;
use std::path::{Path, PathBuf};

/// The bundled catalogue: next to the working folder when run from the project, else where
/// the project was built.
pub fn bundled_catalogue() -> PathBuf {
    let local = Path::new("data/catalogue.ron");
    if local.is_file() {
        local.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")
    }
}

/// The whole state of the window.
pub struct ShoeApp {
    pub catalogue_path: PathBuf,
    pub catalogue: Option<Catalogue>,
    /// Problems of the catalogue file, errors first.
    pub problems: Vec<Diagnostic>,
    pub profile: Profile,
    pub priorities: Priorities,
    pub ranking: Ranking,
    pub selected: Option<usize>,
}

impl ShoeApp {
    /// Opens `path` and ranks it for the default runner.
    pub fn new(path: PathBuf) -> Self {
        let mut app = ShoeApp {
            catalogue_path: path,
            catalogue: None,
            problems: Vec::new(),
            profile: Profile::default(),
            priorities: Priorities::default(),
            ranking: Ranking::default(),
            selected: None,
        };
        app.reload();
        app
    }

    /// Reads the catalogue file again; a broken file keeps the last good catalogue.
    pub fn reload(&mut self) {
        let outcome = load_catalogue(&self.catalogue_path);
        self.problems = outcome.diagnostics;
        if let Some(catalogue) = outcome.catalogue {
            self.catalogue = Some(catalogue);
        }
        self.rerank();
    }

    pub fn rerank(&mut self) {
        self.ranking = match &self.catalogue {
            Some(catalogue) => rank(catalogue, &self.profile, &self.priorities),
            None => Ranking::default(),
        };
    }

    fn inputs_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Your running");
        ui.add_space(6.0);
        let before = self.profile.clone();
        choice(
            ui,
            "Foot width",
            &mut self.profile.foot_width,
            Width::ALL,
            |w| w.words(),
            "Stand on paper and trace your foot; or: do standard shoes pinch at the sides?",
        );
        let label = ui.label("Body weight (kg)");
        ui.add(egui::Slider::new(&mut self.profile.weight_kg, 25.0..=250.0).suffix(" kg"))
            .labelled_by(label.id);
        hint(
            ui,
            "Heavier runners need more cushioning and a stable platform.",
        );
        choice(
            ui,
            "Pronation",
            &mut self.profile.pronation,
            Pronation::ALL,
            |p| p.words(),
            "Old shoes worn on the inner edge or a flat wet footprint: overpronation. Outer edge: underpronation.",
        );
        choice(
            ui,
            "Season",
            &mut self.profile.season,
            Season::ALL,
            |s| s.words(),
            "When you run most.",
        );
        choice(
            ui,
            "Surface",
            &mut self.profile.surface,
            Surface::ALL,
            |s| s.words(),
            "Where you run most.",
        );
        if self.profile != before {
            self.rerank();
        }
    }

    fn results_ui(&mut self, ui: &mut egui::Ui) {
        for problem in self.problems.iter().filter(|p| p.is_error()).take(3) {
            ui.colored_label(ui.visuals().error_fg_color, problem.to_string());
        }
        let Some(catalogue) = &self.catalogue else {
            ui.label("No catalogue is open.");
            return;
        };
        ui.heading(format!(
            "{} recommended, {} left out",
            self.ranking.recommendations.len(),
            self.ranking.excluded.len()
        ));
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for recommendation in &self.ranking.recommendations {
                    let shoe = &catalogue.shoes[recommendation.shoe];
                    let selected = self.selected == Some(recommendation.shoe);
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            let title = format!("{}. {}", recommendation.rank, shoe.name());
                            if ui
                                .selectable_label(selected, egui::RichText::new(title).strong())
                                .clicked()
                            {
                                self.selected = if selected {
                                    None
                                } else {
                                    Some(recommendation.shoe)
                                };
                            }
                            ui.label(format!("score {:.0}%", recommendation.score * 100.0));
                            for &(factor, fit) in &recommendation.fits {
                                verdict_mark(ui, factor, Verdict::of(fit));
                            }
                        });
                        if selected {
                            for reason in explain(catalogue, shoe, &self.profile) {
                                ui.horizontal_wrapped(|ui| {
                                    verdict_mark(ui, reason.factor, reason.verdict);
                                    ui.label(reason.text);
                                });
                            }
                        }
                    });
                }
            });
    }
}

fn hint(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).small().weak());
    ui.add_space(6.0);
}

fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    all: &[T],
    words: fn(T) -> &'static str,
    how: &str,
) {
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(words(*value))
        .show_ui(ui, |ui| {
            for &option in all {
                ui.selectable_value(value, option, words(option));
            }
        })
        .response
        .labelled_by(label.id);
    hint(ui, how);
}

/// A verdict as colour and symbol, never colour alone.
fn verdict_mark(ui: &mut egui::Ui, factor: Factor, verdict: Verdict) {
    let (symbol, color) = match verdict {
        Verdict::Good => ("✔", egui::Color32::from_rgb(46, 160, 67)),
        Verdict::Caution => ("!", egui::Color32::from_rgb(210, 150, 20)),
        Verdict::Poor => ("✖", egui::Color32::from_rgb(210, 60, 50)),
    };
    ui.colored_label(color, symbol)
        .on_hover_text(format!("{}: {verdict}", factor.label()));
}

impl eframe::App for ShoeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::left("inputs")
            .resizable(false)
            .default_size(260.0)
            .show(ui, |ui| self.inputs_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.results_ui(ui));
    }
}

/// Opens the window on `catalogue`, or the bundled catalogue.
pub fn run(catalogue: Option<PathBuf>) -> Result<(), String> {
    let path = catalogue.unwrap_or_else(bundled_catalogue);
    let title = format!(
        "Running-shoe selector — {}",
        path.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    );
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0])
            .with_title(&title),
        ..Default::default()
    };
    eframe::run_native("shoe-selector", options, Box::new(move |_cc| Ok(Box::new(ShoeApp::new(path)))))
        .map_err(|error| format!("could not open a window ({error}). Without a display, use the command line: `shoe-selector --help`."))
}
