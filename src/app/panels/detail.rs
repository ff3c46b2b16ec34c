//! The chosen shoe in full: its picture, every reason with its verdict, the specs, the price
//! and the notes.

use super::Draw;
use super::{picture_ui, reason_row_ui};
use crate::app::COMPARE_MAX;
use crate::app::command::{FinderCommand, FittingCommand};
use crate::catalogue::{Shoe, is_web_address};
use crate::recommend::Recommendation;
use crate::recommend::specs;
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};

/// The detail panel of the chosen shoe, from its name down to its notes.
pub(super) fn detail_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let Some(shoe) = d.finder.selected().and_then(|id| d.shoe(id)).cloned() else {
        return;
    };
    let Some(catalogue) = &d.catalogue else {
        return;
    };
    // The rules' reasons, then what the shop's fittings show with its counts: put into
    // words once per change, before the frame.
    let reasons = d.finder.chosen_reasons();
    let currency = catalogue.currency_of(&shoe).map(str::to_string);
    let index = catalogue.shoes.iter().position(|s| s.id == shoe.id);
    let recommendation = index.and_then(|i| d.advice.recommendation(i)).cloned();
    // Another shoe chosen, by click or arrow key: its detail starts at the top (its name,
    // rank and picture), not where the last one was scrolled to.
    let shown_id = egui::Id::unique("detail-shows");
    let changed = ui.data_mut(|data| {
        let before = data.get_temp::<String>(shown_id);
        data.insert_temp(shown_id, shoe.id.clone());
        before.is_some_and(|before| before != shoe.id)
    });
    let mut area = egui::ScrollArea::vertical().id_salt("detail");
    if changed {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        title_ui(d, ui, &shoe);
        place_ui(d, ui, recommendation.as_ref());
        let picture = d.picture(ui.ctx(), &shoe);
        let width = ui.available_width().min(440.0);
        picture_ui(ui, d.words, &picture, egui::vec2(width, width * 0.625));
        actions_ui(d, ui, &shoe);
        ui.add_space(6.0);
        ui.label(RichText::new(d.words.get("detail-why")).strong());
        for reason in reasons {
            reason_row_ui(ui, d.words, reason.verdict, &reason.text);
        }
        what_ifs_ui(d, ui, index);
        why_above_ui(d, ui, recommendation.as_ref());
        specs_ui(d, ui, &shoe, currency.as_deref());
        shop_link_ui(ui, d.words, &shoe, "detail-shop-link");
        if let Some(notes) = &shoe.notes {
            ui.add_space(6.0);
            ui.label(RichText::new(notes.as_str()).italics());
        }
    });
}

/// A link to the shoe's page in the shop, when the catalogue gives one: opened in the
/// system's browser on the desktop, in a new tab on the web page.
pub(super) fn shop_link_ui(ui: &mut egui::Ui, words: &Words, shoe: &Shoe, id: &str) {
    if let Some(url) = shoe.url.as_deref().filter(|url| is_web_address(url)) {
        ui.add(egui::Hyperlink::from_label_and_url(words.get(id), url).open_in_new_tab(true))
            .on_hover_text(url);
    }
}

/// The shoe's name, with the button that closes the detail on the right.
fn title_ui(d: &mut Draw, ui: &mut egui::Ui, shoe: &Shoe) {
    ui.horizontal(|ui| {
        ui.heading(d.name_of(shoe));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("×")
                .on_hover_text(d.words.get("detail-close"))
                .clicked()
            {
                d.push(FinderCommand::Select(None));
            }
        });
    });
}

/// The shoe's place in the ranking, its score and its band; `None` when it is left out.
fn place_ui(d: &Draw, ui: &mut egui::Ui, recommendation: Option<&Recommendation>) {
    match recommendation {
        Some(r) => ui.label(
            d.say(
                &Say::new("detail-place")
                    .num("rank", r.rank as f64)
                    .text(
                        "percent",
                        crate::recommend::specs::card_percent(r.score).to_string(),
                    )
                    .text("band", r.band.one(d.words)),
            ),
        ),
        None => ui.label(RichText::new(d.words.get("detail-left-out")).strong()),
    };
}

/// The buttons that tick the shoe for comparison (while there is room) and note it as
/// tried on.
fn actions_ui(d: &mut Draw, ui: &mut egui::Ui, shoe: &Shoe) {
    let comparing = d.finder.compare().contains(&shoe.id);
    let label = d.words.get(if comparing {
        "detail-compare-remove"
    } else {
        "detail-compare-add"
    });
    let tried = d.settings.profile.tried.iter().any(|t| t.shoe == shoe.id);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                comparing || d.finder.compare().len() < COMPARE_MAX,
                egui::Button::new(label),
            )
            .clicked()
        {
            d.push(FinderCommand::ToggleCompare(shoe.id.clone()));
        }
        // Shoes tried on are the fitting's, which the shopper's page has not.
        if d.shop_parts
            && ui
                .add_enabled(
                    !tried,
                    egui::Button::new(d.words.get(if tried {
                        "detail-tried-done"
                    } else {
                        "detail-tried"
                    })),
                )
                .on_hover_text(d.words.get("detail-tried-hint"))
                .clicked()
        {
            d.push(FittingCommand::AddTried(shoe.id.clone()));
        }
    });
}

/// What would change the shoe's place if the runner answered differently; nothing when
/// no answer would, or the shoe is not in the catalogue (`index` is `None`).
fn what_ifs_ui(d: &Draw, ui: &mut egui::Ui, index: Option<usize>) {
    let what_ifs = index
        .zip(d.advice.what_ifs.as_ref())
        .map(|(i, what_ifs)| what_ifs.of_in(i, d.words))
        .unwrap_or_default();
    if !what_ifs.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(d.words.get("detail-what-if")).strong());
        for what_if in &what_ifs {
            ui.add(egui::Label::new(RichText::new(&what_if.text).italics()).wrap());
        }
    }
}

/// Why the first shoe of the ranking is above this one; nothing for the first shoe itself
/// or a shoe left out.
fn why_above_ui(d: &Draw, ui: &mut egui::Ui, recommendation: Option<&Recommendation>) {
    if let (Some(this), Some(top)) = (recommendation, d.advice.ranking.recommendations.first())
        && this.rank > 1
    {
        let ahead = specs::why_above(top, this, &d.settings.priorities, 3);
        if !ahead.is_empty()
            && let Some(first) = d.catalogue.as_ref().map(|c| d.name_of(&c.shoes[top.shoe]))
        {
            ui.add_space(6.0);
            let title = Say::new("detail-why-above-title").text("shoe", first);
            ui.label(RichText::new(d.say(&title)).strong());
            ui.label(d.say(&Say::new("detail-why-above").says("list", ahead)));
        }
    }
}

/// The shoe's specifications, a name and a value a row; `currency` is its catalogue's.
fn specs_ui(d: &Draw, ui: &mut egui::Ui, shoe: &Shoe, currency: Option<&str>) {
    ui.add_space(6.0);
    ui.label(RichText::new(d.words.get("detail-specifications")).strong());
    egui::Grid::new("specs")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for row in specs::rows(shoe, currency) {
                ui.label(RichText::new(d.words.get(row.name)).weak());
                // Wrapped: a long value (or a long name in another language)
                // stays inside the panel.
                ui.add(egui::Label::new(d.say(&row.value)).wrap());
                ui.end_row();
            }
        });
}
