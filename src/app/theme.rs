//! The look: one accent colour, calm spacing, readable type, verdict colours that work in
//! light and dark mode. Dark or light follows the system.

use crate::recommend::Verdict;
use eframe::egui::{self, Color32, CornerRadius, FontFamily, FontId, TextStyle, Theme};

/// The one accent colour: selections and links, in light and dark mode alike.
pub const ACCENT: Color32 = Color32::from_rgb(0, 122, 110);

/// Follows the look picked in the View menu, or the system's when none is: the toolkit is
/// told only when it changes.
pub fn follow(ctx: &egui::Context, theme: Option<super::settings::Theme>) {
    use super::settings::Theme;
    let wanted = match theme {
        None => egui::ThemePreference::System,
        Some(Theme::Light) => egui::ThemePreference::Light,
        Some(Theme::Dark) => egui::ThemePreference::Dark,
    };
    if ctx.options(|options| options.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// Applies the theme to both the light and the dark style.
pub fn apply(ctx: &egui::Context) {
    ctx.options_mut(|options| options.theme_preference = egui::ThemePreference::System);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
        ]
        .into();
        let radius = CornerRadius::same(6);
        style.visuals.widgets.inactive.corner_radius = radius;
        style.visuals.widgets.hovered.corner_radius = radius;
        style.visuals.widgets.active.corner_radius = radius;
        style.visuals.widgets.noninteractive.corner_radius = radius;
        style.visuals.window_corner_radius = CornerRadius::same(10);
        style.visuals.selection.bg_fill = ACCENT;
        style.visuals.hyperlink_color = ACCENT;
    });
    ctx.style_mut_of(Theme::Dark, |style| {
        style.visuals.selection.stroke.color = Color32::WHITE;
    });
    ctx.style_mut_of(Theme::Light, |style| {
        style.visuals.selection.stroke.color = Color32::WHITE;
        style.visuals.panel_fill = Color32::from_rgb(246, 247, 248);
    });
}

/// A verdict's colour, readable on light and dark backgrounds.
pub fn verdict_colour(verdict: Verdict, dark: bool) -> Color32 {
    match (verdict, dark) {
        (Verdict::Good, true) => Color32::from_rgb(87, 199, 120),
        (Verdict::Good, false) => Color32::from_rgb(22, 128, 60),
        (Verdict::Caution, true) => Color32::from_rgb(240, 180, 60),
        (Verdict::Caution, false) => Color32::from_rgb(165, 105, 0),
        (Verdict::Poor, true) => Color32::from_rgb(240, 100, 90),
        (Verdict::Poor, false) => Color32::from_rgb(190, 40, 35),
    }
}

/// A verdict's symbol, so colour is never the only sign.
pub fn verdict_symbol(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Good => "✔",
        Verdict::Caution => "⚠",
        Verdict::Poor => "✖",
    }
}
