//! Two to four shoes side by side: a row per input the runner gave, each cell with the shoe's
//! features for it and the verdict for this runner.

use super::{Draw, picture_ui, short_label};
use crate::app::Command;
use crate::app::theme::{verdict_colour, verdict_symbol};
use crate::catalogue::Shoe;
use crate::recommend::{Factor, Verdict, explain};
use crate::units::number;
use eframe::egui::{self, RichText};

pub(super) fn compare_window(d: &mut Draw, ctx: &egui::Context) {
    let mut open = true;
    let ids = d.finder.compare().to_vec();
    egui::Window::new("Compare")
        .open(&mut open)
        .resizable(true)
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(180.0 + 200.0 * ids.len() as f32)
        .default_height(620.0)
        .show(ctx, |ui| {
            let Some(catalogue) = d.catalogue else {
                return;
            };
            let shoes: Vec<(usize, &Shoe)> = ids
                .iter()
                .filter_map(|id| {
                    let index = catalogue.shoes.iter().position(|s| &s.id == id)?;
                    Some((index, &catalogue.shoes[index]))
                })
                .collect();
            let factors: Vec<Factor> = Factor::ALL
                .into_iter()
                .filter(|f| f.is_given(&d.settings.profile))
                .collect();
            egui::ScrollArea::both().show(ui, |ui| {
                egui::Grid::new("compare")
                    .striped(true)
                    .min_col_width(150.0)
                    .max_col_width(190.0)
                    .show(ui, |ui| {
                        ui.label("");
                        for (_, shoe) in &shoes {
                            ui.vertical(|ui| {
                                let picture = d.picture(ui.ctx(), shoe);
                                picture_ui(ui, &picture, egui::vec2(150.0, 94.0));
                                ui.label(RichText::new(shoe.name()).strong());
                                if ui.small_button("Remove").clicked() {
                                    d.push(Command::ToggleCompare(shoe.id.clone()));
                                }
                            });
                        }
                        ui.end_row();
                        ui.label(RichText::new("For you").strong());
                        for (index, _) in &shoes {
                            match d.ranking.recommendations.iter().find(|r| r.shoe == *index) {
                                Some(r) => {
                                    ui.label(format!("#{} · {:.0}% match", r.rank, r.score * 100.0))
                                }
                                None => {
                                    ui.label(RichText::new("Left out").color(verdict_colour(
                                        Verdict::Poor,
                                        ui.visuals().dark_mode,
                                    )))
                                }
                            };
                        }
                        ui.end_row();
                        for &factor in &factors {
                            ui.label(
                                RichText::new(factor.label(crate::words::Lang::En.words()))
                                    .strong(),
                            )
                            .on_hover_text(short_label(factor));
                            for (index, shoe) in &shoes {
                                let Some(verdict) = verdict_for(d, *index, factor) else {
                                    ui.label(features(shoe, factor));
                                    continue;
                                };
                                let colour = verdict_colour(verdict, ui.visuals().dark_mode);
                                let text = RichText::new(format!(
                                    "{} {}",
                                    verdict_symbol(verdict),
                                    features(shoe, factor)
                                ))
                                .color(colour);
                                ui.add(egui::Label::new(text).wrap()).on_hover_text(format!(
                                    "{}: {verdict}",
                                    factor.label(crate::words::Lang::En.words())
                                ));
                            }
                            ui.end_row();
                        }
                        ui.label(RichText::new("Price").strong());
                        for (_, shoe) in &shoes {
                            let currency = catalogue.currency_of(shoe).unwrap_or("");
                            ui.label(shoe.price.map_or("not listed".to_string(), |p| {
                                format!("{p:.2} {currency}")
                            }));
                        }
                        ui.end_row();
                        // What separates each shoe from the next one down among those compared.
                        ui.label(RichText::new("Why it ranks higher").strong());
                        for (index, _) in &shoes {
                            ui.add(
                                egui::Label::new(why_higher(d, *index, &shoes, catalogue)).wrap(),
                            );
                        }
                        ui.end_row();
                    });
            });
        });
    if !open {
        d.push(Command::ShowCompare(false));
    }
}

/// Why the shoe at `index` ranks above the next compared shoe below it, in words.
fn why_higher(
    d: &Draw,
    index: usize,
    shoes: &[(usize, &Shoe)],
    catalogue: &crate::catalogue::Catalogue,
) -> String {
    let recommendation = |i: usize| d.ranking.recommendations.iter().find(|r| r.shoe == i);
    let Some(this) = recommendation(index) else {
        return "left out".to_string();
    };
    let below = shoes
        .iter()
        .filter_map(|(i, _)| recommendation(*i))
        .filter(|r| r.rank > this.rank)
        .min_by_key(|r| r.rank);
    let Some(below) = below else {
        return "lowest of these".to_string();
    };
    let ahead: Vec<String> =
        crate::recommend::what_if::separation(this, below, &d.settings.priorities)
            .into_iter()
            .filter(|(_, share)| *share > 0.0)
            .take(2)
            .map(|(factor, share)| {
                format!(
                    "{} (+{:.0})",
                    factor.label(crate::words::Lang::En.words()).to_lowercase(),
                    share * 100.0
                )
            })
            .collect();
    if ahead.is_empty() {
        format!(
            "the same score as the {}; listed first by id",
            catalogue.shoes[below.shoe].name()
        )
    } else {
        format!(
            "above the {} on {}",
            catalogue.shoes[below.shoe].name(),
            ahead.join(", ")
        )
    }
}

/// The verdict the core gave the shoe for `factor`: its fit, or poor for a failed hard
/// requirement of a shoe left out.
fn verdict_for(d: &Draw, index: usize, factor: Factor) -> Option<Verdict> {
    match d.ranking.recommendations.iter().find(|r| r.shoe == index) {
        Some(r) => r.verdict(factor),
        // A shoe left out is weighed only when it is shown: the worst of its reasons.
        None => d.catalogue.as_ref().and_then(|catalogue| {
            explain(catalogue, &catalogue.shoes[index], &d.settings.profile)
                .iter()
                .filter(|reason| reason.factor == factor)
                .map(|reason| reason.verdict)
                .min()
        }),
    }
}

/// What of the shoe matters for `factor`, in a few words.
fn features(shoe: &Shoe, factor: Factor) -> String {
    match factor {
        Factor::FootWidth => shoe
            .widths
            .iter()
            .map(|w| w.words())
            .collect::<Vec<_>>()
            .join(", "),
        Factor::Weight | Factor::KneePain => format!(
            "{} cushioning{}",
            shoe.cushioning.words(),
            shoe.stack_heel_mm
                .map_or(String::new(), |s| format!(", {} mm", number(s)))
        ),
        Factor::Pronation => format!(
            "{}, {} heel counter",
            shoe.support.words(),
            shoe.heel_counter.words()
        ),
        Factor::Season => format!(
            "{} breathability, {}, {}",
            shoe.breathability.words(),
            shoe.water_resistance.words(),
            shoe.outsole.words()
        ),
        Factor::Surface => format!(
            "{} · {}",
            shoe.surfaces
                .iter()
                .map(|s| s.short())
                .collect::<Vec<_>>()
                .join(", "),
            shoe.outsole.words()
        ),
        Factor::Purpose => {
            let drop = shoe
                .drop_mm
                .map_or(String::new(), |d| format!(", {} mm drop", number(d)));
            format!(
                "{}{drop}",
                crate::words::Lang::En
                    .words()
                    .get(crate::recommend::built_for(shoe))
            )
        }
        Factor::FootStrike => shoe.drop_mm.map_or("drop not listed".to_string(), |d| {
            format!("{} mm drop", number(d))
        }),
        Factor::Orthotics => {
            if shoe.removable_insole {
                "removable insole".into()
            } else {
                "fixed insole".into()
            }
        }
        Factor::Experience => format!(
            "{} g{}",
            number(shoe.weight_g),
            shoe.flexibility
                .map_or(String::new(), |f| format!(", {}", f.words()))
        ),
        Factor::Budget => shoe
            .price
            .map_or("price not listed".to_string(), |p| format!("{p:.0}")),
        Factor::Fitting => format!(
            "{} heel counter, {} cushioning",
            shoe.heel_counter.words(),
            shoe.cushioning.words()
        ),
        Factor::Size => shoe
            .sizes_eu
            .map_or("sizes not listed".to_string(), |(a, b)| {
                format!("EU {} to {}", number(a), number(b))
            }),
    }
}
