//! The ranked shoes, or the ones left out and why: one card per shoe with its picture,
//! score and a verdict per input. Only the rows in view are drawn, so long lists stay fast.

use super::{Draw, picture_ui, reason_row_ui, verdict_chip_ui};
use crate::app::command::{FileCommand, FinderCommand, InputsCommand};
use crate::app::finder::Found;
use crate::app::theme::{ACCENT, verdict_colour, verdict_symbol};
use crate::app::{COMPARE_MAX, View};
use crate::catalogue::{Catalogue, Shoe};
use crate::recommend::what_if::apply;
use crate::recommend::{Band, Explainer, Factor, NO_BEST_PICK, Recommendation, Sizes, Verdict};
use crate::words::{Say, Words};
use eframe::egui::{self, RichText};

const ROW_HEIGHT: f32 = 108.0;
const THUMBNAIL: egui::Vec2 = egui::vec2(112.0, 70.0);
/// The first best pick's card, when it heads the list: room for why to try it first.
const FIRST_ROW_HEIGHT: f32 = 168.0;
const FIRST_THUMBNAIL: egui::Vec2 = egui::vec2(176.0, 110.0);
/// A list narrower than this (a phone's) has smaller pictures.
const NARROW_LIST: f32 = 480.0;
const NARROW_THUMBNAIL: egui::Vec2 = egui::vec2(80.0, 50.0);
const NARROW_ROW_HEIGHT: f32 = 140.0;

/// Draws the list of shoes: the choice of view with the search, the catalogue being read,
/// then the rows in view or why there are none.
pub(super) fn results_ui(d: &mut Draw, ui: &mut egui::Ui) {
    // The search is matched once a frame, for the tabs' counts and the rows alike.
    let found = d.finder.found(d.catalogue);
    ui.horizontal_wrapped(|ui| views_ui(d, ui, &found));
    loading_ui(d, ui);
    ui.separator();

    if d.catalogue.is_none() {
        ui.label(d.words.get("results-no-catalogue"));
        return;
    }
    let visible = found.rows;
    if visible.is_empty() {
        let text = match (d.finder.view(), d.finder.search().is_empty()) {
            (_, false) => "results-no-match",
            (View::Recommended, true) => "results-none-recommended",
            (View::LeftOut, true) => "results-none-left-out",
        };
        ui.label(d.words.get(text));
        return;
    }
    if d.finder.view() == View::Recommended {
        bands_ui(d, ui);
    }
    rows_ui(d, ui, &visible);
}

/// The rows of `visible` in a scrolled list, only those in view drawn. The first best pick,
/// when it heads the list, has a larger card of its own; a shoe newly chosen (by the arrow
/// keys, say) is scrolled into view.
fn rows_ui(d: &mut Draw, ui: &mut egui::Ui, visible: &[(usize, Option<usize>)]) {
    let first_pick = visible.first().is_some_and(|&(_, place)| {
        place == Some(0)
            && d.advice.ranking.recommendations.first().map(|r| r.band) == Some(Band::Best)
    });
    let needed =
        ui.data(|data| data.get_temp::<f32>(egui::Id::unique("results-first-card-height")));
    // As narrow as a phone, a card's name and price take two lines.
    let row = if ui.available_width() < NARROW_LIST {
        NARROW_ROW_HEIGHT
    } else {
        ROW_HEIGHT
    };
    let layout = Rows {
        first: if first_pick {
            needed.unwrap_or(0.0).max(FIRST_ROW_HEIGHT)
        } else {
            row
        },
        row,
        count: visible.len(),
    };
    let newly_chosen = newly_chosen(d, ui);
    // The sizes to try are worked out for the runner once a frame, not once a card.
    let (catalogue, settings) = (d.catalogue, d.settings);
    let learned = Some(&d.advice.learned);
    let sizes = catalogue.and_then(|catalogue| Sizes::new(catalogue, &settings.profile, learned));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            // Rows stand exactly their heights apart, so a row's place is known without
            // drawing those above it; the cards keep their own margins.
            ui.spacing_mut().item_spacing.y = 0.0;
            let top = ui.max_rect().top();
            let width = ui.available_width();
            ui.set_height(layout.height());
            if let Some(id) = newly_chosen
                && let Some(row) = visible
                    .iter()
                    .position(|&(index, _)| d.catalogue.is_some_and(|c| c.shoes[index].id == id))
            {
                let (y, height) = layout.span(row);
                let rect = egui::Rect::from_min_size(
                    egui::pos2(ui.max_rect().left(), top + y),
                    egui::vec2(width, height),
                );
                ui.scroll_to_rect(rect, None);
            }
            let (from, to) = layout.in_view(viewport.min.y, viewport.max.y);
            ui.add_space(layout.span(from).0);
            for (row, &(index, place)) in visible.iter().enumerate().take(to).skip(from) {
                let first = row == 0 && first_pick;
                row_ui(
                    d,
                    ui,
                    (index, place),
                    (layout.span(row).1, first),
                    sizes.as_ref(),
                );
            }
        });
}

/// The heights of the list's rows: the first may be taller.
struct Rows {
    first: f32,
    /// Every other row's.
    row: f32,
    count: usize,
}

impl Rows {
    /// Where row `row` starts below the top of the list, and its height.
    fn span(&self, row: usize) -> (f32, f32) {
        match row {
            0 => (0.0, self.first),
            _ => (self.first + (row - 1) as f32 * self.row, self.row),
        }
    }

    /// The whole list's height.
    fn height(&self) -> f32 {
        match self.count {
            0 => 0.0,
            n => self.first + (n - 1) as f32 * self.row,
        }
    }

    /// The rows any part of which lies between `top` and `bottom`: from, and up to but not
    /// including.
    fn in_view(&self, top: f32, bottom: f32) -> (usize, usize) {
        let row_at = |y: f32| {
            if y < self.first {
                0
            } else {
                1 + ((y - self.first) / self.row) as usize
            }
        };
        let from = row_at(top.max(0.0)).min(self.count);
        let to = (row_at(bottom.max(0.0)) + 1).min(self.count);
        (from, to.max(from))
    }
}

/// The shoe chosen since the list was last drawn, if the choice changed.
fn newly_chosen(d: &Draw, ui: &egui::Ui) -> Option<String> {
    let id = egui::Id::unique("results-chosen-seen");
    let now = d.finder.selected().map(str::to_string);
    let seen = ui.data(|data| data.get_temp::<Option<String>>(id));
    if seen.as_ref() == Some(&now) {
        return None;
    }
    ui.data_mut(|data| data.insert_temp(id, now.clone()));
    now
}

/// The two views, recommended and left out, each with its count; then, on the right, the
/// comparison once a shoe is ticked and the search box.
fn views_ui(d: &mut Draw, ui: &mut egui::Ui, found: &Found) {
    // With a search, each tab counts the shoes it matches, of all it holds.
    let (recommended, left_out, searched) = (found.recommended, found.left_out, found.searched);
    let tab = |ids: (&'static str, &'static str), count: usize, of: usize| {
        if searched {
            Say::new(ids.1)
                .num("count", count as f64)
                .num("of", of as f64)
        } else {
            Say::new(ids.0).num("count", count as f64)
        }
    };
    let recommended = tab(
        ("results-recommended", "results-recommended-searched"),
        recommended,
        d.advice.ranking.recommendations.len(),
    );
    let left_out = tab(
        ("results-left-out", "results-left-out-searched"),
        left_out,
        d.advice.ranking.excluded.len(),
    );
    let mut view = d.finder.view();
    ui.selectable_value(
        &mut view,
        View::Recommended,
        RichText::new(d.say(&recommended)).heading(),
    );
    ui.selectable_value(
        &mut view,
        View::LeftOut,
        RichText::new(d.say(&left_out)).heading(),
    );
    if view != d.finder.view() {
        d.push(FinderCommand::ShowView(view));
    }
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        compare_and_search_ui(d, ui);
    });
}

/// The button that opens the comparison, shown once a shoe is ticked, and the search box,
/// which takes the keyboard when asked to.
fn compare_and_search_ui(d: &mut Draw, ui: &mut egui::Ui) {
    if !d.finder.compare().is_empty()
        && ui
            .button(
                d.say(
                    &Say::new("results-compare")
                        .num("count", d.finder.compare().len() as f64)
                        .num("max", COMPARE_MAX as f64),
                ),
            )
            .clicked()
    {
        d.push(FinderCommand::ShowCompare(true));
    }
    let mut text = d.finder.search().to_string();
    let width = (ui.available_width() - 8.0).clamp(90.0, 200.0);
    let search = ui.add(
        egui::TextEdit::singleline(&mut text)
            .hint_text(d.words.get("results-search"))
            .desired_width(width),
    );
    if search.changed() {
        d.push(FinderCommand::Search(text));
    }
    if d.focus_search {
        search.request_focus();
    }
}

/// While a catalogue is being read: which file, how big, for how long, and a button to stop.
fn loading_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let mut cancel = false;
    if let Some(loading) = &d.document.loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(
                d.say(
                    &Say::new("results-reading")
                        .text("path", loading.path.display().to_string())
                        .text("megabytes", format!("{:.1}", loading.bytes as f64 / 1e6))
                        .num("seconds", loading.started.elapsed().as_secs() as f64),
                ),
            );
            if ui
                .button(d.words.get("results-cancel"))
                .on_hover_text(d.words.get("results-cancel-hint"))
                .clicked()
            {
                cancel = true;
            }
        });
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
    if cancel {
        d.push(FileCommand::CancelLoading);
    }
}

/// One line above the ranked list: how many best picks there are, or that no shoe suits
/// everything the runner asked.
fn bands_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let best = d.advice.ranking.in_band(Band::Best);
    let dark = ui.visuals().dark_mode;
    if best == 0 {
        let colour = verdict_colour(Verdict::Caution, dark);
        egui::Frame::new()
            .stroke(egui::Stroke::new(1.0, colour.gamma_multiply(0.5)))
            .corner_radius(6.0)
            .inner_margin(egui::Margin::symmetric(8, 4))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(d.words.get(NO_BEST_PICK))
                            .color(colour)
                            .strong(),
                    )
                    .wrap(),
                );
                // What a fitter would suggest: the changes that give shoes suiting it all.
                let widenings = d.finder.widenings();
                if !widenings.is_empty() {
                    ui.label(RichText::new(d.words.get("widen-lead")).color(colour));
                    let mut tried = None;
                    for widening in widenings {
                        ui.horizontal_wrapped(|ui| {
                            if ui
                                .small_button(d.words.get("results-widen-try"))
                                .on_hover_text(d.words.get("results-widen-try-hint"))
                                .clicked()
                            {
                                tried = apply(&d.settings.profile, &widening.changes).ok();
                            }
                            ui.add(egui::Label::new(widening.text(d.words)).wrap());
                        });
                    }
                    if let Some(profile) = tried {
                        d.push(InputsCommand::SetProfile(Box::new(profile)));
                    }
                }
            });
    } else {
        let good = d.advice.ranking.in_band(Band::Good);
        let trade_offs = d.advice.ranking.in_band(Band::Tradeoffs);
        ui.label(
            RichText::new(
                d.say(
                    &Say::new("results-bands")
                        .num("best", best as f64)
                        .num("good", good as f64)
                        .num("tradeoffs", trade_offs as f64),
                ),
            )
            .weak(),
        );
    }
}

/// Why to try the first best pick first: what it suits, and what puts it ahead of the next.
fn first_pick_said(d: &Draw) -> Option<Say> {
    crate::app::mirror::first_pick_said(d.catalogue?, d.advice, &d.settings.profile, d.words)
}

/// A badge after a shoe's name for the band it is in; a good choice needs none.
/// A shoe's price as its card shows it, whole, with its currency: "140 EUR".
pub(crate) fn card_price(catalogue: &Catalogue, shoe: &Shoe) -> Option<String> {
    let price = shoe.price?;
    let currency = catalogue.currency_of(shoe).unwrap_or("");
    Some(format!("{price:.0} {currency}").trim_end().to_string())
}

fn band_badge_ui(ui: &mut egui::Ui, words: &Words, band: Band) {
    let dark = ui.visuals().dark_mode;
    let (text, colour, hint) = match band {
        Band::Best => (
            "results-best-badge",
            verdict_colour(Verdict::Good, dark),
            "results-best-hint",
        ),
        Band::Good => return,
        Band::Tradeoffs => (
            "results-tradeoffs-badge",
            verdict_colour(Verdict::Poor, dark),
            "results-tradeoffs-hint",
        ),
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(
                    RichText::new(words.get(text))
                        .small()
                        .strong()
                        .color(colour),
                )
                .extend(),
            )
        })
        .response
        .on_hover_text(words.get(hint));
}

/// One shoe's card: its picture, name and either its match or why it is left out. A click
/// selects it, or clears the selection if it was the one selected. `first_pick`: the first
/// best pick's larger card, with why to try it first.
fn row_ui(
    d: &mut Draw,
    ui: &mut egui::Ui,
    (index, place): (usize, Option<usize>),
    (height, first_pick): (f32, bool),
    sizes: Option<&Sizes>,
) {
    let Some(catalogue) = d.catalogue else {
        return;
    };
    let shoe = catalogue.shoes[index].clone();
    let recommendation = place
        .and_then(|place| d.advice.ranking.recommendations.get(place))
        .cloned();
    let selected = d.finder.selected() == Some(shoe.id.as_str());
    // As narrow as a phone, the pictures give the words room.
    let thumbnail = match (first_pick, ui.available_width() < NARROW_LIST) {
        (_, true) => NARROW_THUMBNAIL,
        (true, false) => FIRST_THUMBNAIL,
        (false, false) => THUMBNAIL,
    };
    let why_first = first_pick.then(|| first_pick_said(d)).flatten();
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    let card = rect.shrink2(egui::vec2(0.0, 4.0));
    // The background is painted once the card's hover and click are known.
    let background = ui.painter().add(egui::Shape::Noop);
    let picture = d.picture(ui.ctx(), &shoe);
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(card.shrink(6.0))
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    content.style_mut().interaction.selectable_labels = false;
    // The list packs its rows; within a card, the usual spacing.
    content.spacing_mut().item_spacing.y = ui.ctx().global_style().spacing.item_spacing.y;
    picture_ui(&mut content, d.words, &picture, thumbnail);
    let text = content.vertical(|ui| {
        let name = d.name_of(&shoe);
        let size = sizes
            .and_then(|sizes| super::size_to_try(sizes, &shoe))
            .map(|said| d.words.say(&said));
        title_ui(
            ui,
            d.words,
            catalogue,
            (&shoe, &name, size.as_deref()),
            recommendation.as_ref(),
        );
        if let Some(said) = &why_first {
            let colour = verdict_colour(Verdict::Good, ui.visuals().dark_mode);
            ui.add(egui::Label::new(RichText::new(d.words.say(said)).color(colour)).wrap());
        }
        match &recommendation {
            Some(r) => {
                let tried = d.settings.profile.tried.iter().any(|t| t.shoe == shoe.id);
                match_ui(ui, d.words, r, tried || r.moved_by_fitting());
            }
            None => left_out_ui(d, ui, catalogue, &shoe),
        }
    });
    if first_pick {
        // The first card grows to what its words need in a narrow list, from the next frame.
        let needed = text.response.rect.height() + 6.0 * 2.0 + 3.0 * 2.0;
        let id = egui::Id::unique("results-first-card-height");
        let kept = ui.data(|data| data.get_temp::<f32>(id));
        if kept.is_none_or(|kept| (kept - needed).abs() > 0.5) {
            ui.data_mut(|data| data.insert_temp(id, needed));
            ui.ctx().request_discard("the first card's height changed");
        }
    }
    let response = ui.interact(
        card,
        egui::Id::unique(("shoe", &shoe.id)),
        egui::Sense::click(),
    );
    let name = d.name_of(&shoe);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    card_background(ui, background, card, &response, selected, first_pick);
    if response.clicked() {
        d.push(FinderCommand::Select(if selected {
            None
        } else {
            Some(shoe.id)
        }));
    }
}

/// The card's first line: the place in the ranking, the name, the band's badge, the price in
/// the shoe's currency and the size to try.
fn title_ui(
    ui: &mut egui::Ui,
    words: &Words,
    catalogue: &Catalogue,
    (shoe, name, size): (&Shoe, &str, Option<&str>),
    recommendation: Option<&Recommendation>,
) {
    // Wrapped where the card is too narrow for it all on one line.
    ui.horizontal_wrapped(|ui| {
        if let Some(r) = recommendation {
            ui.label(RichText::new(format!("{}.", r.rank)).strong().color(ACCENT));
        }
        ui.label(RichText::new(name).strong().size(16.0));
        if let Some(r) = recommendation {
            band_badge_ui(ui, words, r.band);
        }
        if let Some(price) = card_price(catalogue, shoe) {
            // Whole on one line or the next, never broken between its number and currency.
            ui.add(egui::Label::new(RichText::new(price).weak()).extend());
        }
        if let Some(size) = size {
            ui.add(egui::Label::new(RichText::new(size).strong().color(ACCENT)).extend());
        }
        super::detail::shop_link_ui(ui, words, shoe, "results-shop-link");
    });
}

/// How well a recommended shoe matches: a bar with the percent, then a chip per input; the
/// fitting's chip only on a shoe it speaks of (tried on, or moved by how another felt).
fn match_ui(ui: &mut egui::Ui, words: &Words, r: &Recommendation, fitting_speaks: bool) {
    ui.horizontal(|ui| {
        let bar = egui::ProgressBar::new(r.score as f32)
            .desired_width(120.0)
            .desired_height(8.0)
            .fill(ACCENT);
        ui.add(bar);
        let percent = crate::recommend::specs::card_percent(r.score).to_string();
        let said = Say::new("results-match").text("percent", percent);
        ui.label(RichText::new(words.say(&said)).small());
    });
    let factors: Vec<Factor> = r
        .fits
        .iter()
        .map(|(factor, _)| factor)
        .filter(|&factor| factor != Factor::Fitting || fitting_speaks)
        .collect();
    // Chips with their names where they fit on one line; else only their symbols, the name
    // and verdict in the tooltip, so no chip is squeezed or spills out of the card.
    let named = chips_width(ui, words, &factors) <= ui.available_width();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        // Each chip shows the worst of its factor's reasons, as the detail does.
        for factor in factors {
            verdict_chip_ui(ui, words, factor, r.verdicts.of(factor), named);
        }
    });
}

/// The room the chips of `factors` take on one line with their names: laid out once for
/// each set of factors and language, not for every card on every frame.
fn chips_width(ui: &egui::Ui, words: &Words, factors: &[Factor]) -> f32 {
    let id = egui::Id::unique(("chips-width", words.lang(), factors));
    if let Some(width) = ui.data(|data| data.get_temp::<f32>(id)) {
        return width;
    }
    let width = measure_chips(ui, words, factors);
    ui.data_mut(|data| data.insert_temp(id, width));
    width
}

fn measure_chips(ui: &egui::Ui, words: &Words, factors: &[Factor]) -> f32 {
    let font = egui::TextStyle::Small.resolve(ui.style());
    // A chip's margins and stroke, and the gap to the next.
    let around = 12.0 + 2.0 + 4.0;
    factors
        .iter()
        .map(|&factor| {
            let text = format!(
                "{} {}",
                verdict_symbol(Verdict::Good),
                super::short_label(words, factor)
            );
            let width = ui.fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(text, font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            });
            width + around
        })
        .sum()
}

/// Why a shoe is left out for this runner, one reason a line.
fn left_out_ui(d: &Draw, ui: &mut egui::Ui, catalogue: &Catalogue, shoe: &Shoe) {
    let learned = Some(&d.advice.learned);
    let explainer =
        Explainer::learning(catalogue, &d.settings.profile, learned).speaking(d.words.lang());
    for reason in explainer.exclusion_reasons(shoe) {
        reason_row_ui(ui, d.words, reason.verdict, &reason.text);
    }
}

/// Paints the card's background into the place kept for it: accented when selected, lighter
/// under the pointer.
fn card_background(
    ui: &egui::Ui,
    background: egui::layers::ShapeIdx,
    card: egui::Rect,
    response: &egui::Response,
    selected: bool,
    first_pick: bool,
) {
    let visuals = ui.visuals();
    let fill = if selected {
        ACCENT.gamma_multiply(0.25)
    } else if response.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.faint_bg_color
    };
    let stroke = egui::Stroke::new(
        1.0,
        if selected {
            ACCENT
        } else if first_pick {
            verdict_colour(Verdict::Good, visuals.dark_mode).gamma_multiply(0.6)
        } else {
            visuals.widgets.noninteractive.bg_stroke.color
        },
    );
    ui.painter().set(
        background,
        egui::epaint::RectShape::new(card, 8.0, fill, stroke, egui::StrokeKind::Inside),
    );
}
