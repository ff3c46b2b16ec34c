//! The banner of errors and the list of the catalogue's warnings.

use super::*;

/// Problems with the catalogue file and notices, where the user is looking.
pub(super) fn banner_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let failed = d.document.failed_said().map(|(heading, listed, more)| {
        let lines: Vec<String> = listed.iter().map(|e| e.line_in(d.words)).collect();
        (d.say(&heading), lines, more.map(|more| d.say(&more)))
    });
    let notice = d.windows.notice().map(|n| d.say(n));
    if failed.is_none() && notice.is_none() {
        return;
    }
    egui::Panel::top("banner").show(ui, |ui| {
        if let Some((heading, lines, more)) = failed {
            let dark = ui.visuals().dark_mode;
            let colour = verdict_colour(Verdict::Poor, dark);
            egui::Frame::new()
                .fill(colour.gamma_multiply(0.12))
                .inner_margin(8.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(format!("✖ {heading}")).color(colour).strong());
                    for line in lines {
                        ui.label(RichText::new(line).monospace());
                    }
                    if let Some(more) = more {
                        ui.label(more);
                    }
                });
        }
        if let Some(notice) = notice {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("ℹ {notice}")));
                if ui
                    .small_button(d.words.get("frame-banner-dismiss"))
                    .clicked()
                {
                    d.push(WindowsCommand::DismissNotice);
                }
            });
        }
    });
}

/// The loaded catalogue's warnings, each at its line and column: a long list scrolls without
/// laying out the lines out of sight.
pub(super) fn warnings_window(d: &mut Draw, ctx: &egui::Context) {
    let mut open = true;
    let file = d
        .document
        .path()
        .map_or_else(String::new, crate::files::shown);
    let intro = d.say(&Say::new("frame-warnings-intro").text("file", file));
    let words = d.words;
    egui::Window::new(words.get("frame-warnings-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(820.0)
        .default_height(420.0)
        .show(ctx, |ui| {
            ui.add(egui::Label::new(intro).wrap());
            ui.add_space(4.0);
            let colour = verdict_colour(Verdict::Caution, ui.visuals().dark_mode);
            // One line per warning, each exactly `row` high, so a list of thousands scrolls
            // without laying out the ones out of sight.
            let row = ui.spacing().interact_size.y.max(
                ui.text_style_height(&egui::TextStyle::Body)
                    .max(ui.text_style_height(&egui::TextStyle::Monospace)),
            );
            let spacing = ui.spacing().item_spacing.y;
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_rows(
                    ui,
                    row + spacing,
                    d.document.warning_rows().len(),
                    |ui, rows| {
                        for &line in &d.document.warning_rows()[rows] {
                            let size = egui::vec2(ui.available_width(), row);
                            let layout = egui::Layout::left_to_right(egui::Align::Center);
                            ui.allocate_ui_with_layout(size, layout, |ui| {
                                ui.set_min_height(row);
                                warning_row_ui(d, ui, line, colour);
                            });
                        }
                    },
                );
        });
    if !open {
        d.push(WindowsCommand::ShowWarnings(false));
    }
}

/// One row of the warnings list: a warning at its line and column, with its shoe to click;
/// or one that says the same of many shoes, with how many and the first of them.
pub(super) fn warning_row_ui(d: &mut Draw, ui: &mut egui::Ui, line: WarningRow, colour: Color32) {
    let words = d.words;
    let (diagnostic, count) = match line {
        WarningRow::One(index) => (&d.document.warnings()[index], 1),
        WarningRow::Many { first, count } => (&d.document.warnings()[first], count),
    };
    let at = format!("{:>6}:{:<4}", diagnostic.line, diagnostic.column);
    ui.label(RichText::new(at).monospace().weak())
        .on_hover_text(words.get("frame-warnings-at"));
    ui.label(RichText::new("⚠").color(colour));
    if let Some(shoe) = &diagnostic.shoe
        && d.shop_parts
        && ui
            .link(shoe)
            .on_hover_text(words.get("frame-warnings-edit"))
            .clicked()
    {
        d.push(EditorCommand::EditShoe(shoe.clone()));
    }
    let message = if count > 1 {
        d.say(
            &Say::new("frame-warnings-many")
                .num("count", as_count(count))
                .text("message", diagnostic.message_in(words)),
        )
    } else {
        diagnostic.message_in(words)
    };
    ui.add(egui::Label::new(message).truncate())
        .on_hover_text(diagnostic.line_in(words));
}

/// A count of things, as a message's number.
pub(super) fn as_count(n: usize) -> f64 {
    n as f64
}
