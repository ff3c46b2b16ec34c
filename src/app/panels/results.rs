//! The ranked shoes, or the ones left out and why: one card per shoe with its picture,
//! score and a verdict per input. Only the rows in view are drawn, so long lists stay fast.

use super::{Draw, picture_ui, reason_row, verdict_chip};
use crate::app::theme::{ACCENT, verdict_colour};
use crate::app::{COMPARE_MAX, Command, View};
use crate::recommend::{Band, NO_BEST_PICK, Verdict, exclusion_reasons};
use eframe::egui::{self, RichText};

const ROW_HEIGHT: f32 = 100.0;
const THUMBNAIL: egui::Vec2 = egui::vec2(112.0, 70.0);

pub(super) fn results_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let recommended = d.ranking.recommendations.len();
    let left_out = d.ranking.excluded.len();
    ui.horizontal_wrapped(|ui| {
        let mut view = d.finder.view();
        ui.selectable_value(
            &mut view,
            View::Recommended,
            RichText::new(format!("Recommended ({recommended})")).heading(),
        );
        ui.selectable_value(
            &mut view,
            View::LeftOut,
            RichText::new(format!("Why not? ({left_out})")).heading(),
        );
        if view != d.finder.view() {
            d.push(Command::ShowView(view));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !d.finder.compare().is_empty()
                && ui
                    .button(format!(
                        "Compare ({}/{COMPARE_MAX})",
                        d.finder.compare().len()
                    ))
                    .clicked()
            {
                d.push(Command::ShowCompare(true));
            }
            let mut text = d.finder.search().to_string();
            let search = ui.add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text("Search shoes (Ctrl+F)")
                    .desired_width(200.0),
            );
            if search.changed() {
                d.push(Command::Search(text));
            }
            if d.focus_search {
                search.request_focus();
            }
        });
    });
    let mut cancel = false;
    if let Some(loading) = &d.document.loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!(
                "Reading {} ({:.1} MB, {} s)…",
                loading.path.display(),
                loading.bytes as f64 / 1e6,
                loading.started.elapsed().as_secs()
            ));
            if ui
                .button("Cancel")
                .on_hover_text("Keep the catalogue on screen")
                .clicked()
            {
                cancel = true;
            }
        });
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
    if cancel {
        d.push(Command::CancelLoading);
    }
    ui.separator();

    if d.catalogue.is_none() {
        ui.label("No catalogue is open. Open one from the File menu (Ctrl+O) or drop a .ron file on the window.");
        return;
    }
    let visible = d.finder.visible_rows(d.catalogue);
    if visible.is_empty() {
        let text = match (d.finder.view(), d.finder.search().is_empty()) {
            (_, false) => "No shoe matches the search.",
            (View::Recommended, true) => {
                "No shoe in this catalogue fits your hard requirements. See \"Left out\" for why."
            }
            (View::LeftOut, true) => "Every shoe in the catalogue can fit you: none is left out.",
        };
        ui.label(text);
        return;
    }
    if d.finder.view() == View::Recommended {
        bands_ui(d, ui);
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, visible.len(), |ui, rows| {
            for &(index, place) in &visible[rows] {
                row_ui(d, ui, index, place);
            }
        });
}

/// One line above the ranked list: how many best picks there are, or that no shoe suits
/// everything the runner asked.
fn bands_ui(d: &Draw, ui: &mut egui::Ui) {
    let best = d.ranking.in_band(Band::Best);
    let dark = ui.visuals().dark_mode;
    if best == 0 {
        ui.label(
            RichText::new(crate::words::Lang::En.words().get(NO_BEST_PICK))
                .color(verdict_colour(Verdict::Caution, dark))
                .strong(),
        );
    } else {
        let good = d.ranking.in_band(Band::Good);
        let trade_offs = d.ranking.in_band(Band::Tradeoffs);
        ui.label(
            RichText::new(format!(
                "{best} best {} to try first, suiting everything you said; then {good} good {} and {trade_offs} with trade-offs.",
                if best == 1 { "pick" } else { "picks" },
                if good == 1 { "choice" } else { "choices" },
            ))
            .weak(),
        );
    }
}

/// A badge after a shoe's name for the band it is in; a good choice needs none.
fn band_badge(ui: &mut egui::Ui, band: Band) {
    let dark = ui.visuals().dark_mode;
    let (text, colour, hint) = match band {
        Band::Best => (
            "★ Best pick",
            verdict_colour(Verdict::Good, dark),
            "Suits everything you said: one of the first shoes to try on.",
        ),
        Band::Good => return,
        Band::Tradeoffs => (
            "Trade-offs",
            verdict_colour(Verdict::Poor, dark),
            "Does something you asked for poorly; see the reasons marked ✖.",
        ),
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small().strong().color(colour))
        })
        .response
        .on_hover_text(hint);
}

fn row_ui(d: &mut Draw, ui: &mut egui::Ui, index: usize, place: Option<usize>) {
    let Some(catalogue) = &d.catalogue else {
        return;
    };
    let shoe = catalogue.shoes[index].clone();
    let recommendation = place
        .and_then(|place| d.ranking.recommendations.get(place))
        .cloned();
    let selected = d.finder.selected() == Some(shoe.id.as_str());
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), ROW_HEIGHT),
        egui::Sense::hover(),
    );
    let card = rect.shrink2(egui::vec2(0.0, 3.0));
    // The background is painted once the card's hover and click are known.
    let background = ui.painter().add(egui::Shape::Noop);
    let picture = d.picture(ui.ctx(), &shoe);
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(card.shrink(6.0))
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    content.style_mut().interaction.selectable_labels = false;
    picture_ui(&mut content, &picture, THUMBNAIL);
    content.vertical(|ui| {
        ui.horizontal(|ui| {
            if let Some(r) = &recommendation {
                ui.label(RichText::new(format!("{}.", r.rank)).strong().color(ACCENT));
            }
            ui.label(RichText::new(shoe.name()).strong().size(16.0));
            if let Some(r) = &recommendation {
                band_badge(ui, r.band);
            }
            if let Some(price) = shoe.price {
                let currency = d
                    .catalogue
                    .as_ref()
                    .and_then(|c| c.currency_of(&shoe))
                    .unwrap_or("");
                ui.label(RichText::new(format!("{price:.0} {currency}")).weak());
            }
        });
        match &recommendation {
            Some(r) => {
                ui.horizontal(|ui| {
                    let bar = egui::ProgressBar::new(r.score as f32)
                        .desired_width(120.0)
                        .desired_height(8.0)
                        .fill(ACCENT);
                    ui.add(bar);
                    ui.label(RichText::new(format!("{:.0}% match", r.score * 100.0)).small());
                });
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    // Each chip shows the worst of its factor's reasons, as the detail does.
                    for (factor, _) in r.fits.iter() {
                        verdict_chip(ui, factor, r.verdicts.of(factor));
                    }
                });
            }
            None => {
                if let Some(catalogue) = &d.catalogue {
                    for reason in exclusion_reasons(catalogue, &shoe, &d.settings.profile) {
                        reason_row(ui, reason.verdict, &reason.text);
                    }
                }
            }
        }
    });
    let response = ui.interact(
        card,
        egui::Id::unique(("shoe", &shoe.id)),
        egui::Sense::click(),
    );
    let name = shoe.name();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
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
        } else {
            visuals.widgets.noninteractive.bg_stroke.color
        },
    );
    ui.painter().set(
        background,
        egui::epaint::RectShape::new(card, 8.0, fill, stroke, egui::StrokeKind::Inside),
    );
    if response.clicked() {
        d.push(Command::Select(if selected { None } else { Some(shoe.id) }));
    }
}
