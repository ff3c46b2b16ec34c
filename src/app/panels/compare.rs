//! Two to four shoes side by side: a row per input the runner gave, each cell with the shoe's
//! features for it and the verdict for this runner.

use super::{Draw, picture_ui, short_label};
use crate::app::command::FinderCommand;
use crate::app::theme::{verdict_colour, verdict_symbol};
use crate::catalogue::{Catalogue, Shoe};
use crate::recommend::specs;
use crate::recommend::{Factor, Sizes, Verdict};
use crate::words::Say;
use eframe::egui::{self, RichText};

/// The comparison window: the shoes ticked for comparison side by side, in the order ticked.
pub(super) fn compare_window(d: &mut Draw, ctx: &egui::Context) {
    let mut open = true;
    let ids = d.finder.compare().to_vec();
    egui::Window::new(d.words.get("compare-title"))
        // The same window whatever the language, so it keeps its place when the language changes.
        .id(egui::Id::unique("Compare"))
        .open(&mut open)
        .resizable(true)
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(180.0 + 200.0 * ids.len() as f32)
        .default_height(620.0)
        .show(ctx, |ui| compare_ui(d, ui, &ids));
    if !open {
        d.push(FinderCommand::ShowCompare(false));
    }
}

/// The grid inside the window: a column per compared shoe still in the catalogue, a row per
/// input the runner gave, then the price and what puts each shoe above the next.
fn compare_ui(d: &mut Draw, ui: &mut egui::Ui, ids: &[String]) {
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
    let settings = d.settings;
    let sizes = Sizes::new(catalogue, &settings.profile, Some(&d.advice.learned));
    egui::ScrollArea::both().show(ui, |ui| {
        egui::Grid::new("compare")
            .striped(true)
            .min_col_width(150.0)
            .max_col_width(190.0)
            .show(ui, |ui| {
                heads_row_ui(d, ui, &shoes);
                for_you_row_ui(d, ui, &shoes);
                for &factor in &factors {
                    factor_row_ui(d, ui, factor, &shoes, sizes.as_ref());
                }
                price_row_ui(d, ui, catalogue, &shoes);
                why_higher_row_ui(d, ui, catalogue, &shoes);
            });
    });
}

/// The top row: each shoe's picture and name, and a button to take it out of the comparison.
fn heads_row_ui(d: &mut Draw, ui: &mut egui::Ui, shoes: &[(usize, &Shoe)]) {
    ui.label("");
    for (_, shoe) in shoes {
        ui.vertical(|ui| {
            let picture = d.picture(ui.ctx(), shoe);
            picture_ui(ui, d.words, &picture, egui::vec2(150.0, 94.0));
            ui.label(RichText::new(d.name_of(shoe)).strong());
            if ui.small_button(d.words.get("compare-remove")).clicked() {
                d.push(FinderCommand::ToggleCompare(shoe.id.clone()));
            }
        });
    }
    ui.end_row();
}

/// Each shoe's place in the ranking and its score, or that it is left out.
fn for_you_row_ui(d: &Draw, ui: &mut egui::Ui, shoes: &[(usize, &Shoe)]) {
    ui.label(RichText::new(d.words.get("compare-for-you")).strong());
    for (index, _) in shoes {
        match d.advice.recommendation(*index) {
            Some(r) => ui.label(
                d.say(
                    &Say::new("compare-rank")
                        .text("rank", r.rank.to_string())
                        .text(
                            "percent",
                            crate::recommend::specs::card_percent(r.score).to_string(),
                        ),
                ),
            ),
            None => ui.label(
                RichText::new(d.words.get("compare-left-out"))
                    .color(verdict_colour(Verdict::Poor, ui.visuals().dark_mode)),
            ),
        };
    }
    ui.end_row();
}

/// One input the runner gave: each shoe's features for it, coloured by its verdict when the
/// core gave one.
fn factor_row_ui(
    d: &Draw,
    ui: &mut egui::Ui,
    factor: Factor,
    shoes: &[(usize, &Shoe)],
    sizes: Option<&Sizes>,
) {
    ui.label(RichText::new(factor.label(d.words)).strong())
        .on_hover_text(short_label(d.words, factor));
    for (index, shoe) in shoes {
        let features = specs::features(shoe, factor);
        // The size row leads with the size to try in each shoe, when there is one.
        let size = sizes
            .filter(|_| factor == Factor::Size)
            .and_then(|sizes| super::size_to_try(sizes, shoe));
        let features = match size {
            Some(size) => Say::new("compare-size-try")
                .says("size", vec![size])
                .says("stocked", vec![features]),
            None => features,
        };
        let Some(verdict) = verdict_for(d, *index, factor) else {
            ui.label(d.say(&features));
            continue;
        };
        let colour = verdict_colour(verdict, ui.visuals().dark_mode);
        let text = RichText::new(format!("{} {}", verdict_symbol(verdict), d.say(&features)))
            .color(colour);
        ui.add(egui::Label::new(text).wrap()).on_hover_text(
            d.say(
                &Say::new("compare-verdict")
                    .text("factor", factor.label(d.words))
                    .text("verdict", verdict.word(d.words)),
            ),
        );
    }
    ui.end_row();
}

/// Each shoe's price in its catalogue's currency, or that it is not listed.
fn price_row_ui(d: &Draw, ui: &mut egui::Ui, catalogue: &Catalogue, shoes: &[(usize, &Shoe)]) {
    ui.label(RichText::new(d.words.get("spec-price")).strong());
    for (_, shoe) in shoes {
        let currency = catalogue.currency_of(shoe).unwrap_or("");
        let price = match shoe.price {
            Some(amount) => specs::price(amount, Some(currency)),
            None => Say::new("feature-price-unlisted"),
        };
        ui.label(d.say(&price));
    }
    ui.end_row();
}

/// What separates each shoe from the next one down among those compared.
fn why_higher_row_ui(d: &Draw, ui: &mut egui::Ui, catalogue: &Catalogue, shoes: &[(usize, &Shoe)]) {
    ui.label(RichText::new(d.words.get("compare-why-higher")).strong());
    for (index, _) in shoes {
        ui.add(egui::Label::new(d.say(&why_higher(d, *index, shoes, catalogue))).wrap());
    }
    ui.end_row();
}

/// Why the shoe at `index` ranks above the next compared shoe below it.
fn why_higher(d: &Draw, index: usize, shoes: &[(usize, &Shoe)], catalogue: &Catalogue) -> Say {
    let recommendation = |i: usize| d.advice.recommendation(i);
    let Some(this) = recommendation(index) else {
        return Say::new("compare-left-out-short");
    };
    let below = shoes
        .iter()
        .filter_map(|(i, _)| recommendation(*i))
        .filter(|r| r.rank > this.rank)
        .min_by_key(|r| r.rank);
    let Some(below) = below else {
        return Say::new("compare-lowest");
    };
    let name = d.name_of(&catalogue.shoes[below.shoe]);
    let ahead = specs::why_above(this, below, &d.settings.priorities, 2);
    if ahead.is_empty() {
        Say::new("compare-same-score").text("shoe", name)
    } else {
        Say::new("compare-above")
            .text("shoe", name)
            .says("list", ahead)
    }
}

/// The verdict the core gave the shoe for `factor`: its fit, or poor for a failed hard
/// requirement of a shoe left out.
fn verdict_for(d: &Draw, index: usize, factor: Factor) -> Option<Verdict> {
    d.advice
        .verdict(d.catalogue?, &d.settings.profile, index, factor)
}
