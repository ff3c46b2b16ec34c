//! The menu bar: files, views, the mode, help, and the catalogue's name and warnings.

use super::*;

/// The menu bar: files, views, help.
pub(super) fn top_bar_ui(d: &mut Draw, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            // The web page's shopper finder has no files, editor or sessions to offer.
            if d.shop_parts {
                file_menu_ui(d, ui);
            }
            view_menu_ui(d, ui);
            ui.separator();
            if d.shop_parts {
                mode_switch_ui(d, ui);
                ui.separator();
            }
            help_menu_ui(d, ui);
            catalogue_title_ui(d, ui);
        });
    });
}

/// The File menu: open, the recent catalogues, reload, and the built-in sample.
pub(super) fn file_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.menu_button(w.get("frame-menu-file"), |ui| {
        if ui
            .add(
                egui::Button::new(Action::Open.label(w)).shortcut_text(keys_of(
                    ui,
                    w,
                    Action::Open,
                )),
            )
            .clicked()
        {
            d.push(FileCommand::OpenDialog);
        }
        recent_menu_ui(d, ui);
        if ui
            .add_enabled(
                d.document.path().is_some(),
                egui::Button::new(w.get("frame-menu-reload")),
            )
            .clicked()
        {
            d.push(FileCommand::Reload);
        }
        ui.separator();
        if ui
            .button(w.get("frame-menu-sample"))
            .on_hover_text(w.get("frame-menu-sample-hint"))
            .clicked()
        {
            d.push(FileCommand::OpenSample);
        }
        if ui
            .button(w.get("frame-menu-save-sample"))
            .on_hover_text(w.get("frame-menu-save-sample-hint"))
            .clicked()
        {
            d.push(FileCommand::SaveSampleDialog);
        }
    });
}

/// The catalogues opened lately, newest first, each opened again in a click.
pub(super) fn recent_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    ui.menu_button(d.words.get("frame-menu-recent"), |ui| {
        if d.settings.recent.is_empty() {
            ui.label(d.words.get("frame-menu-no-recent"));
        }
        for path in d.settings.recent.clone() {
            if ui.button(crate::files::shown(&path)).clicked() {
                d.push(FileCommand::Open(path));
            }
        }
    });
}

/// The View menu: which list, the comparison, the search, the language.
pub(super) fn view_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.menu_button(w.get("frame-menu-view"), |ui| {
        if ui.button(w.get("frame-menu-recommended")).clicked() {
            d.push(FinderCommand::ShowView(View::Recommended));
        }
        if ui.button(w.get("frame-menu-left-out")).clicked() {
            d.push(FinderCommand::ShowView(View::LeftOut));
        }
        if ui
            .add_enabled(
                !d.finder.compare().is_empty(),
                egui::Button::new(w.get("frame-menu-compare")),
            )
            .clicked()
        {
            d.push(FinderCommand::ShowCompare(true));
        }
        if ui
            .add(
                egui::Button::new(Action::Search.label(w)).shortcut_text(keys_of(
                    ui,
                    w,
                    Action::Search,
                )),
            )
            .clicked()
        {
            d.push(FinderCommand::FocusSearch);
        }
        ui.separator();
        if d.shop_parts {
            if ui.button(w.get("frame-menu-insights")).clicked() {
                d.push(WindowsCommand::ShowInsights(true));
            }
            let mut evidence = d.settings.shop_evidence;
            if ui
                .checkbox(&mut evidence, w.get("frame-menu-shop-evidence"))
                .on_hover_text(w.get("frame-menu-shop-evidence-hint"))
                .changed()
            {
                d.push(InputsCommand::SetShopEvidence(evidence));
            }
            ui.separator();
        } else {
            // The shopper's page prints its results; the shop's window, a fitting's report.
            if ui
                .add_enabled(
                    d.catalogue.is_some(),
                    egui::Button::new(w.get("frame-menu-printable")),
                )
                .on_hover_text(w.get("frame-menu-printable-hint"))
                .clicked()
            {
                d.push(WindowsCommand::PrintableReport);
            }
            ui.separator();
        }
        language_menu_ui(d, ui);
        theme_menu_ui(d, ui);
    });
}

/// Finding shoes or editing the catalogue, the current one marked; editing needs a catalogue.
pub(super) fn mode_switch_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    let editing = d.mode == Mode::Edit;
    if ui
        .selectable_label(!editing, w.get("frame-menu-find"))
        .clicked()
        && editing
    {
        d.push(EditorCommand::Edit(false));
    }
    if ui
        .add_enabled(
            d.catalogue.is_some(),
            egui::Button::selectable(editing, w.get("frame-menu-edit")),
        )
        .clicked()
        && !editing
    {
        d.push(EditorCommand::Edit(true));
    }
}

/// The Help menu: how the ranking works, the knee-health advice, where the log is kept.
pub(super) fn help_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.menu_button(w.get("frame-menu-help"), |ui| {
        ui.set_max_width(360.0);
        ui.label(w.get("frame-help-how"));
        ui.label(w.get("frame-help-knee"));
        if ui.button(w.get("frame-menu-knee")).clicked() {
            d.push(WindowsCommand::ShowKneeHealth(true));
        }
        if d.shop_parts
            && ui
                .button(w.get("frame-menu-log"))
                .on_hover_text(w.get("frame-menu-log-hint"))
                .clicked()
        {
            d.push(WindowsCommand::ShowLog(true));
        }
        ui.menu_button(w.get("frame-menu-keys"), |ui| {
            egui::Grid::new("keys").num_columns(2).show(ui, |ui| {
                for (keys, id) in crate::app::keys::help(ui.ctx(), d.shop_parts) {
                    ui.label(RichText::new(keys).monospace());
                    ui.label(w.get(id));
                    ui.end_row();
                }
            });
        });
        ui.menu_button(w.get("frame-menu-about"), |ui| about_ui(d, ui));
    });
}

/// The keys of `action`, as a menu entry or a hint shows them.
pub(super) fn keys_of(ui: &egui::Ui, words: &Words, action: Action) -> String {
    action.keys(ui.ctx(), &words.get("frame-keys-or"))
}

/// What the program is: its name and version, its licence, and the catalogue it shows.
pub(super) fn about_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.set_max_width(360.0);
    ui.label(RichText::new(w.get("frame-about-name")).strong());
    ui.label(d.say(&Say::new("frame-about-version").text("version", env!("CARGO_PKG_VERSION"))));
    ui.label(d.say(&Say::new("frame-about-licence").text("licence", env!("CARGO_PKG_LICENSE"))));
    let catalogue = match d.document.path() {
        Some(path) if !d.document.is_sample() => crate::files::shown(path),
        _ => w.get("frame-about-sample"),
    };
    ui.label(d.say(&Say::new("frame-about-catalogue").text("path", catalogue)));
}

/// At the right of the menu bar: the catalogue's name and size, and its warnings as a button
/// that opens their list. Nothing while no catalogue is open.
pub(super) fn catalogue_title_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    // As narrow as a phone, on the shopper's page, the menus keep the bar.
    if !d.shop_parts && ui.ctx().content_rect().width() < super::NARROW {
        return;
    }
    if let Some(catalogue) = &d.catalogue {
        let name = catalogue
            .name
            .clone()
            .unwrap_or_else(|| w.get("frame-catalogue-unnamed"));
        let title = d.say(
            &Say::new("frame-catalogue")
                .text("name", name)
                .num("count", as_count(catalogue.shoes.len())),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // A catalogue's warnings are for the shop that edits it.
            let count = d.document.warnings().len();
            if count > 0 && d.shop_parts {
                let colour = verdict_colour(Verdict::Caution, ui.visuals().dark_mode);
                let words = d.say(&Say::new("frame-warnings-count").num("count", as_count(count)));
                if ui
                    .button(RichText::new(format!("⚠ {words}")).color(colour))
                    .on_hover_text(w.get("frame-warnings-hint"))
                    .clicked()
                {
                    d.push(WindowsCommand::ShowWarnings(!d.windows.warnings_open()));
                }
            }
            ui.label(RichText::new(title).weak());
        });
    }
}

/// The View menu's languages: the system's, or one the user picks, the current one marked.
pub(super) fn language_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    ui.menu_button(d.words.get("frame-menu-language"), |ui| {
        let chosen = d.settings.language;
        let system = d.words.get("frame-menu-system-language");
        if ui.radio(chosen.is_none(), system).clicked() {
            d.push(InputsCommand::SetLanguage(None));
        }
        for lang in Lang::ALL {
            if ui.radio(chosen == Some(lang), lang.own_name()).clicked() {
                d.push(InputsCommand::SetLanguage(Some(lang)));
            }
        }
    });
}

/// The View menu's looks: the system's, light or dark, the current one marked.
pub(super) fn theme_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    use crate::app::settings::Theme;
    ui.menu_button(d.words.get("frame-menu-theme"), |ui| {
        let chosen = d.settings.theme;
        for (theme, id) in [
            (None, "frame-menu-theme-system"),
            (Some(Theme::Light), "frame-menu-theme-light"),
            (Some(Theme::Dark), "frame-menu-theme-dark"),
        ] {
            if ui.radio(chosen == theme, d.words.get(id)).clicked() {
                d.push(InputsCommand::SetTheme(theme));
            }
        }
    });
}
