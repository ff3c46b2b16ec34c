//! The chosen shoe in full: its picture, every reason with its verdict, the specs, the price
//! and the notes.

use super::Draw;
use super::{picture_ui, reason_row};
use crate::app::{COMPARE_MAX, Command};
use crate::recommend::explain;
use crate::recommend::what_if::separation;
use crate::units::number;
use eframe::egui::{self, RichText};

pub(super) fn detail_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let Some(shoe) = d.finder.selected().and_then(|id| d.shoe(id)).cloned() else {
        return;
    };
    let Some(catalogue) = &d.catalogue else {
        return;
    };
    let reasons = explain(catalogue, &shoe, &d.settings.profile);
    let currency = catalogue.currency_of(&shoe).map(str::to_string);
    let index = catalogue.shoes.iter().position(|s| s.id == shoe.id);
    let recommendation = d
        .ranking
        .recommendations
        .iter()
        .find(|r| Some(r.shoe) == index)
        .cloned();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(shoe.name());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("×").on_hover_text("Close (Esc)").clicked() {
                    d.push(Command::Select(None));
                }
            });
        });
        match &recommendation {
            Some(r) => ui.label(format!(
                "#{} for you · {:.0}% match · {}",
                r.rank,
                r.score * 100.0,
                r.band.one(crate::words::Lang::En.words())
            )),
            None => ui.label(RichText::new("Left out: it cannot fit you (see below)").strong()),
        };
        let picture = d.picture(ui.ctx(), &shoe);
        let width = ui.available_width().min(440.0);
        picture_ui(ui, &picture, egui::vec2(width, width * 0.625));
        let comparing = d.finder.compare().contains(&shoe.id);
        let label = if comparing {
            "Remove from comparison"
        } else {
            "Add to comparison"
        };
        let tried = d.settings.profile.tried.iter().any(|t| t.shoe == shoe.id);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    comparing || d.finder.compare().len() < COMPARE_MAX,
                    egui::Button::new(label),
                )
                .clicked()
            {
                d.push(Command::ToggleCompare(shoe.id.clone()));
            }
            if ui
                .add_enabled(
                    !tried,
                    egui::Button::new(if tried { "Tried on ✔" } else { "Tried on" }),
                )
                .on_hover_text("Add to the fitting session, to note how it felt")
                .clicked()
            {
                d.push(Command::AddTried(shoe.id.clone()));
            }
        });
        ui.add_space(6.0);
        ui.label(RichText::new("Why").strong());
        for reason in &reasons {
            reason_row(ui, reason.verdict, &reason.text);
        }
        let what_ifs = index
            .zip(d.what_ifs)
            .map(|(i, what_ifs)| what_ifs.of(i))
            .unwrap_or_default();
        if !what_ifs.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new("What if").strong());
            for what_if in &what_ifs {
                ui.add(egui::Label::new(RichText::new(&what_if.text).italics()).wrap());
            }
        }
        if let (Some(this), Some(top)) = (&recommendation, d.ranking.recommendations.first())
            && this.rank > 1
        {
            let shares = separation(top, this, &d.settings.priorities);
            let ahead: Vec<String> = shares
                .iter()
                .filter(|(_, share)| *share > 0.0)
                .take(3)
                .map(|(factor, share)| {
                    format!(
                        "{} (+{:.0} points)",
                        factor.label(crate::words::Lang::En.words()).to_lowercase(),
                        share * 100.0
                    )
                })
                .collect();
            if !ahead.is_empty()
                && let Some(first) = d.catalogue.as_ref().map(|c| c.shoes[top.shoe].name())
            {
                ui.add_space(6.0);
                ui.label(RichText::new(format!("Why {first} is above it")).strong());
                ui.label(format!("It suits you better on {}.", ahead.join(", ")));
            }
        }
        ui.add_space(6.0);
        ui.label(RichText::new("Specifications").strong());
        egui::Grid::new("specs")
            .striped(true)
            .num_columns(2)
            .show(ui, |ui| {
                let mut row = |name: &str, value: String| {
                    ui.label(RichText::new(name).weak());
                    ui.label(value);
                    ui.end_row();
                };
                row("Support", shoe.support.words().to_string());
                row("Cushioning", shoe.cushioning.words().to_string());
                if let Some(stack) = shoe.stack_heel_mm {
                    row("Heel stack", format!("{} mm", number(stack)));
                }
                if let Some(drop) = shoe.drop_mm {
                    row("Drop", format!("{} mm", number(drop)));
                }
                row("Weight", format!("{} g", number(shoe.weight_g)));
                row("Heel counter", shoe.heel_counter.words().to_string());
                row(
                    "Insole",
                    if shoe.removable_insole {
                        "removable".into()
                    } else {
                        "fixed".into()
                    },
                );
                row("Breathability", shoe.breathability.words().to_string());
                row("Upper", shoe.water_resistance.words().to_string());
                row("Outsole", shoe.outsole.words().to_string());
                if let Some(flex) = shoe.flexibility {
                    row("Flexibility", flex.words().to_string());
                }
                row(
                    "Widths",
                    shoe.widths
                        .iter()
                        .map(|w| w.words())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                row(
                    "Surfaces",
                    shoe.surfaces
                        .iter()
                        .map(|s| s.short())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                if let Some((low, high)) = shoe.sizes_eu {
                    row("Sizes", format!("EU {} to {}", number(low), number(high)));
                }
                if let Some(price) = shoe.price {
                    row(
                        "Price",
                        format!("{price:.2} {}", currency.clone().unwrap_or_default()),
                    );
                }
            });
        if let Some(notes) = &shoe.notes {
            ui.add_space(6.0);
            ui.label(RichText::new(notes).italics());
        }
    });
}
