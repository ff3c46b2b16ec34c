//! Widgets the panels share: verdict chips, reason rows, numbers in the window's language, pictures.

use super::*;
use crate::profile::size_said;
use crate::units::ShoeSize;

/// A verdict as a coloured symbol and word, never colour alone.
pub(super) fn verdict_chip_ui(
    ui: &mut egui::Ui,
    words: &Words,
    factor: Factor,
    verdict: Verdict,
    named: bool,
) -> egui::Response {
    let colour = verdict_colour(verdict, ui.visuals().dark_mode);
    let full = format!("{} {}", verdict_symbol(verdict), short_label(words, factor));
    let text = if named {
        full.clone()
    } else {
        verdict_symbol(verdict).to_string()
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, colour.gamma_multiply(0.6)))
        .corner_radius(10.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            // Shown as a symbol alone, it is still named for screen readers.
            ui.label(RichText::new(text).small().color(colour))
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &full))
        })
        .response
        .on_hover_text(
            words.say(
                &Say::new("frame-chip-hint")
                    .text("factor", factor.label(words))
                    .text("verdict", verdict.word(words)),
            ),
        )
}

/// A short name for a chip, in the window's language.
pub(super) fn short_label(words: &Words, factor: Factor) -> String {
    words.get(factor.short_message())
}

/// One reason: its verdict mark and its sentence.
pub(super) fn reason_row_ui(ui: &mut egui::Ui, words: &Words, verdict: Verdict, text: &str) {
    let colour = verdict_colour(verdict, ui.visuals().dark_mode);
    ui.horizontal_top(|ui| {
        ui.label(
            RichText::new(verdict_symbol(verdict))
                .color(colour)
                .strong(),
        )
        .on_hover_text(verdict.word(words));
        ui.add(egui::Label::new(text).wrap());
    });
}

/// A number field that writes its number as the window's language does (72,5 in Russian)
/// and reads it with either a comma or a point.
pub(super) fn number_in<'a>(drag: egui::DragValue<'a>, words: &Words) -> egui::DragValue<'a> {
    if words.lang() != Lang::Ru {
        return drag;
    }
    drag.custom_formatter(|number, decimals| {
        egui::emath::format_with_decimals_in_range(number, decimals).replace('.', ",")
    })
    .custom_parser(|text| text.trim().replace(',', ".").parse().ok())
}

/// A shoe size that may be given: a box to tick, named `label`, then the size in its own
/// system (a file's `UsMen(10)` stays as written until dragged), half sizes at a time. A
/// size newly ticked starts at `first`. With `offered` (the size worked out for the runner)
/// and another size given, a button sets it.
pub(super) fn shoe_size_ui(
    ui: &mut egui::Ui,
    words: &Words,
    label: String,
    size: &mut Option<ShoeSize>,
    first: ShoeSize,
    offered: Option<ShoeSize>,
) {
    ui.horizontal_wrapped(|ui| {
        let mut given = size.is_some();
        ui.checkbox(&mut given, label);
        if !given {
            *size = None;
            return;
        }
        let shown = size.unwrap_or(first);
        let (mut value, system) = (shown.value(), shown.system());
        let (low, high) = system.range();
        // Written as the cards write sizes: "EU 44", "EU 44.5" (44,5 in Russian).
        let comma = words.lang() == Lang::Ru;
        let dragged = ui
            .add(
                number_in(
                    egui::DragValue::new(&mut value)
                        .range(low..=high)
                        .speed(0.25)
                        .prefix(format!("{} ", words.get(system.message()))),
                    words,
                )
                .custom_formatter(move |value, _| {
                    let text = crate::units::number((value * 10.0).round() / 10.0);
                    if comma { text.replace('.', ",") } else { text }
                }),
            )
            .changed();
        // The box shows a tenth: focusing it and leaving applies what it shows, which must
        // not round a size the file gives more finely (a shop chart's 42⅔) to a half.
        let moved = dragged && (value - shown.value()).abs() >= 0.1;
        *size = Some(if moved {
            ShoeSize::new(system, (value * 2.0).round() / 2.0)
        } else {
            shown
        });
        if let Some(offered) = offered.filter(|offered| Some(*offered) != *size) {
            let said = Say::new("fitting-size-offered").says("size", vec![size_said(offered)]);
            if ui.small_button(words.say(&said)).clicked() {
                *size = Some(offered);
            }
        }
    });
}

/// A shoe's picture in `size`, or a placeholder that says why there is none.
pub(super) fn picture_ui(ui: &mut egui::Ui, words: &Words, picture: &Picture, size: egui::Vec2) {
    match picture {
        Picture::Ready(texture) => {
            ui.add(
                egui::Image::new(texture)
                    .fit_to_exact_size(size)
                    .maintain_aspect_ratio(true),
            );
        }
        Picture::Loading => {
            // Still: the worker wakes the window when the picture is ready.
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 6.0, ui.visuals().faint_bg_color);
        }
        Picture::Missing(reason) => {
            let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 6.0, ui.visuals().faint_bg_color);
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                words.get("frame-no-picture"),
                egui::FontId::proportional(11.0),
                Color32::GRAY,
            );
            response.on_hover_text(words.say(reason));
        }
    }
}
