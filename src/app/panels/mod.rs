//! The panels of the window, one file each, and the small widgets they share. A panel only
//! draws: it reads the state through a [`Draw`] and pushes commands.

mod catalogue_editor;
mod compare;
mod detail;
mod fitting_record;
mod inputs;
mod insights;
mod knee_health;
mod path_prompt;
mod results;

use crate::app::command::{
    EditorCommand, FileCommand, FinderCommand, FittingCommand, InputsCommand, WindowsCommand,
};
use catalogue_editor::editor_ui;
use compare::compare_window;
use detail::detail_ui;
use fitting_record::fitting_ui;
use inputs::inputs_ui;
use knee_health::knee_window;
use results::results_ui;

use super::command::Agreed;
use super::document::WarningRow;
use super::images::{Picture, Pictures};
use super::keys::Action;
use super::shop::Shop;
use super::theme::{verdict_colour, verdict_symbol};
use super::{Command, Confirm, Document, Finder, Fitting, Mode, Settings, ShoeApp, View, Windows};
use crate::catalogue::{Catalogue, Shoe};
use crate::recommend::{Advice, Factor, Ranking, Verdict};
use crate::words::{Lang, Say, Words};
use eframe::egui::{self, Color32, RichText};

/// What a panel may read while it draws, and where it puts what the user asks for.
pub(super) struct Draw<'a> {
    /// The window's language.
    pub words: &'static Words,
    /// The runner's inputs, units, priorities and recent files.
    pub settings: &'a Settings,
    /// Finding shoes or editing the catalogue.
    pub mode: Mode,
    /// The catalogue on screen, its file, and the editor's draft.
    pub document: &'a Document,
    /// The catalogue on screen; none until one loads.
    pub catalogue: Option<&'a Catalogue>,
    /// The catalogue ranked for the runner's inputs, with the what-ifs, the widenings,
    /// why the first leads and every shoe's verdicts: what the window shows.
    pub advice: &'a Advice,
    /// The ranking of the advice.
    pub ranking: &'a Ranking,
    /// The chosen and compared shoes, the list shown and the search.
    pub finder: &'a Finder,
    /// The fitting in the shop.
    pub fitting: &'a Fitting,
    /// The shop's sessions and what they show.
    pub shop: &'a Shop,
    /// The windows open over the panels and the question waiting for an answer.
    pub windows: &'a Windows,
    /// The search box takes the keyboard this frame.
    pub focus_search: bool,
    pictures: &'a mut Pictures,
    commands: &'a mut Vec<Command>,
}

impl Draw<'_> {
    /// Asks for `command`, applied at the end of the frame.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.commands.push(command.into());
    }

    /// The picture of `shoe`: ready, still loading, or missing and why.
    pub fn picture(&mut self, ctx: &egui::Context, shoe: &Shoe) -> Picture {
        self.pictures.of(ctx, shoe, self.document)
    }

    /// `shoe`'s name as this runner takes it: with the width or size the fitting says to
    /// take it in ("Nike Structure 25, in extra wide").
    pub fn name_of(&self, shoe: &Shoe) -> String {
        crate::recommend::name_for(shoe, &self.settings.profile, self.words)
    }

    /// The shoe with this id in the catalogue on screen.
    pub fn shoe(&self, id: &str) -> Option<&Shoe> {
        self.document.shoe(id)
    }

    /// The words of `say` in the window's language.
    pub fn say(&self, say: &Say) -> String {
        self.words.say(say)
    }
}

/// Draws the window's frame: the menu bar, the banner, and the finder's three panels or the
/// editor, with the windows over them.
pub(super) fn frame_ui(app: &mut ShoeApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    if app.mode == Mode::Edit {
        // The editor draws into its own draft: a text field needs its text to edit.
        let selected = app.document.editor().and_then(|e| e.selected);
        let picture = selected
            .and_then(|index| app.document.editor()?.draft.shoes.get(index).cloned())
            .map(|shoe| app.pictures.of(&ctx, &shoe, &app.document));
        let mut draw = draw(app);
        top_bar_ui(&mut draw, ui);
        banner_ui(&mut draw, ui);
        if draw.windows.warnings_open() {
            warnings_window(&mut draw, &ctx);
        }
        confirm_modal(&mut draw, &ctx);
        path_prompt::path_box_modal(&mut draw, &ctx);
        let words = app.settings.words();
        if let Some(editor) = app.document.editor() {
            egui::CentralPanel::default().show(ui, |ui| {
                editor_ui(ui, editor, words, picture.as_ref(), &mut app.commands);
            });
        }
        return;
    }
    let mut draw = draw(app);
    top_bar_ui(&mut draw, ui);
    banner_ui(&mut draw, ui);
    // The warnings list floats over the finder and the editor alike.
    if draw.windows.warnings_open() {
        warnings_window(&mut draw, &ctx);
    }
    // On small windows the side panels take fixed, narrower widths, so the list keeps
    // room (usable at 900x600); on larger ones they can be resized.
    let compact = ui.available_width() < 1100.0;
    let side_panel = |panel: egui::Panel, compact_width: f32, default_width: f32| {
        if compact {
            panel.exact_size(compact_width).resizable(false)
        } else {
            panel
                .default_size(default_width)
                .min_size(compact_width)
                .resizable(true)
        }
    };
    side_panel(egui::Panel::left("inputs"), 240.0, 300.0).show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| inputs_ui(&mut draw, ui));
    });
    // Where three columns fit, the detail is a third column; below that it opens as a
    // drawer over the list, which keeps its full width.
    let selected = draw.finder.selected().is_some();
    if selected && !compact {
        side_panel(egui::Panel::right("detail"), 290.0, 400.0).show(ui, |ui| {
            detail_ui(&mut draw, ui);
        });
    }
    let list = ui.available_rect_before_wrap();
    egui::CentralPanel::default().show(ui, |ui| results_ui(&mut draw, ui));
    if selected && compact {
        detail_drawer(&mut draw, &ctx, list);
    }
    if draw.windows.compare_open() {
        compare_window(&mut draw, &ctx);
    }
    if draw.windows.knee_open() {
        knee_window(&mut draw, &ctx);
    }
    if draw.windows.customers_open() {
        fitting_record::customers_window(&mut draw, &ctx);
    }
    if draw.windows.insights_open() {
        insights::insights_window(&mut draw, &ctx);
    }
    if draw.windows.log_open() {
        log_window(&mut draw, &ctx);
    }
    confirm_modal(&mut draw, &ctx);
    path_prompt::path_box_modal(&mut draw, &ctx);
}

/// The detail as a drawer at the right of the list, over it: for windows too narrow for a
/// third column.
fn detail_drawer(d: &mut Draw, ctx: &egui::Context, list: egui::Rect) {
    const WIDTH: f32 = 340.0;
    let width = WIDTH.min(list.width() - 40.0).max(200.0);
    egui::Area::new(egui::Id::unique("detail-drawer"))
        .order(egui::Order::Foreground)
        .fixed_pos(egui::pos2(list.right() - width, list.top()))
        .show(ctx, |ui| {
            egui::Frame::window(ui.style())
                .corner_radius(egui::CornerRadius::ZERO)
                .show(ui, |ui| {
                    let margin = ui.style().spacing.window_margin.sum();
                    ui.set_width(width - margin.x);
                    ui.set_height((list.height() - margin.y).max(100.0));
                    detail_ui(d, ui);
                });
        });
}

/// The state as panels see it.
fn draw(app: &mut ShoeApp) -> Draw<'_> {
    let focus_search = app.finder.take_focus_search();
    Draw {
        focus_search,
        words: app.settings.words(),
        settings: &app.settings,
        mode: app.mode,
        document: &app.document,
        catalogue: app.document.catalogue().map(|c| &**c),
        advice: app.finder.advice(),
        ranking: app.finder.ranking(),
        finder: &app.finder,
        fitting: &app.fitting,
        shop: &app.shop,
        windows: &app.windows,
        pictures: &mut app.pictures,
        commands: &mut app.commands,
    }
}

/// What a crash or a kill left unsaved, in words: which file, and when.
fn left_behind_text(d: &Draw) -> String {
    let mut text = d.words.get("frame-left-behind-intro");
    if let Some((draft, fitting)) = &d.windows.left_behind() {
        if let Some(found) = draft {
            text.push('\n');
            text.push_str(
                &d.say(
                    &Say::new("frame-left-behind-catalogue")
                        .text("file", found.what.file.display().to_string())
                        .num("count", as_count(found.what.catalogue.shoes.len()))
                        .text("age", d.say(&found.age())),
                ),
            );
        }
        if let Some(found) = fitting {
            let profile = &found.what.profile;
            let say = match profile.customer.as_deref() {
                Some(name) => Say::new("frame-left-behind-fitting-of").text("name", name),
                None => Say::new("frame-left-behind-fitting"),
            };
            text.push('\n');
            text.push_str(
                &d.say(
                    &say.num("count", as_count(profile.tried.len()))
                        .text("age", d.say(&found.age())),
                ),
            );
        }
    }
    text.push('\n');
    text.push_str(&d.words.get("frame-left-behind-ask"));
    text
}

/// Where the log is kept, for sending when something went wrong.
fn log_window(d: &mut Draw, ctx: &egui::Context) {
    let folder = crate::app::log::folder();
    let mut open = true;
    let words = d.words;
    egui::Window::new(words.get("frame-log-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.label(words.get("frame-log-intro"));
            ui.add(
                egui::Label::new(RichText::new(crate::files::shown(&folder)).monospace())
                    .selectable(true),
            );
            if ui.button(words.get("frame-log-open")).clicked() {
                ctx.open_url(egui::OpenUrl::new_tab(format!(
                    "file://{}",
                    folder.display()
                )));
            }
        });
    if !open {
        d.push(WindowsCommand::ShowLog(false));
    }
}

/// The menu bar: files, views, help.
fn top_bar_ui(d: &mut Draw, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            file_menu_ui(d, ui);
            view_menu_ui(d, ui);
            ui.separator();
            mode_switch_ui(d, ui);
            ui.separator();
            help_menu_ui(d, ui);
            catalogue_title_ui(d, ui);
        });
    });
}

/// The File menu: open, the recent catalogues, reload, and the built-in sample.
fn file_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.menu_button(w.get("frame-menu-file"), |ui| {
        if ui
            .add(
                egui::Button::new(w.get("frame-menu-open")).shortcut_text(keys_of(
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
fn recent_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
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
fn view_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
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
                egui::Button::new(w.get("frame-menu-search")).shortcut_text(keys_of(
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
        language_menu_ui(d, ui);
        theme_menu_ui(d, ui);
    });
}

/// Finding shoes or editing the catalogue, the current one marked; editing needs a catalogue.
fn mode_switch_ui(d: &mut Draw, ui: &mut egui::Ui) {
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
fn help_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
    ui.menu_button(w.get("frame-menu-help"), |ui| {
        ui.set_max_width(360.0);
        ui.label(w.get("frame-help-how"));
        ui.label(w.get("frame-help-knee"));
        if ui.button(w.get("frame-menu-knee")).clicked() {
            d.push(WindowsCommand::ShowKneeHealth(true));
        }
        if ui
            .button(w.get("frame-menu-log"))
            .on_hover_text(w.get("frame-menu-log-hint"))
            .clicked()
        {
            d.push(WindowsCommand::ShowLog(true));
        }
        ui.menu_button(w.get("frame-menu-keys"), |ui| {
            egui::Grid::new("keys").num_columns(2).show(ui, |ui| {
                for (keys, id) in super::keys::help(ui.ctx()) {
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
fn about_ui(d: &mut Draw, ui: &mut egui::Ui) {
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
fn catalogue_title_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let w = d.words;
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
            let count = d.document.warnings().len();
            if count > 0 {
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

/// Problems with the catalogue file and notices, where the user is looking.
fn banner_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let failed = d.document.failed_load().cloned();
    let notice = d.windows.notice().map(|n| d.say(n));
    if failed.is_none() && notice.is_none() {
        return;
    }
    egui::Panel::top("banner").show(ui, |ui| {
        if let Some((path, diagnostics)) = failed {
            let dark = ui.visuals().dark_mode;
            let colour = verdict_colour(Verdict::Poor, dark);
            egui::Frame::new()
                .fill(colour.gamma_multiply(0.12))
                .inner_margin(8.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let id = if d.catalogue.is_some() {
                        "frame-banner-errors-kept"
                    } else {
                        "frame-banner-errors"
                    };
                    let errors = d.say(&Say::new(id).text("path", path.display().to_string()));
                    ui.label(RichText::new(format!("✖ {errors}")).color(colour).strong());
                    for diagnostic in diagnostics.iter().filter(|d| d.is_error()).take(5) {
                        ui.label(RichText::new(diagnostic.line_in(d.words)).monospace());
                    }
                    let more = diagnostics
                        .iter()
                        .filter(|d| d.is_error())
                        .count()
                        .saturating_sub(5)
                        + d.document.failed_unlisted();
                    if more > 0 {
                        ui.label(
                            d.say(
                                &Say::new("frame-banner-more")
                                    .num("count", as_count(more))
                                    .text("path", path.display().to_string()),
                            ),
                        );
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
fn warnings_window(d: &mut Draw, ctx: &egui::Context) {
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
fn warning_row_ui(d: &mut Draw, ui: &mut egui::Ui, line: WarningRow, colour: Color32) {
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
fn as_count(n: usize) -> f64 {
    n as f64
}

/// The View menu's languages: the system's, or one the user picks, the current one marked.
fn language_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
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
fn theme_menu_ui(d: &mut Draw, ui: &mut egui::Ui) {
    use super::settings::Theme;
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

/// The question waiting for an answer, if any, in a modal dialog.
fn confirm_modal(d: &mut Draw, ctx: &egui::Context) {
    let Some(confirm) = d.windows.confirm().cloned() else {
        return;
    };
    let (title, text) = question_words(d, &confirm);
    let choices = answers(&confirm);
    let words = d.words;
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(words.get(title));
        ui.add_space(4.0);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            for (index, (label, _)) in choices.iter().enumerate() {
                if ui.button(words.get(label)).clicked() {
                    answer = Some(index);
                }
            }
        });
    });
    // The last choice is what closing the question does.
    if modal.should_close() && answer.is_none() {
        answer = Some(choices.len() - 1);
    }
    if let Some(index) = answer {
        d.push(WindowsCommand::CloseQuestion);
        if let Some(Some(command)) = choices.into_iter().nth(index).map(|(_, command)| command) {
            d.push(command);
        }
    }
}

/// What a question asks: the message id of its title, and its text in the window's words.
fn question_words(d: &Draw, confirm: &Confirm) -> (&'static str, String) {
    let path_text = |path: &std::path::PathBuf| path.display().to_string();
    match confirm {
        Confirm::SaveWithErrors(path, _) => (
            "frame-confirm-errors-title",
            d.say(
                &Say::new("frame-confirm-errors")
                    .num(
                        "count",
                        as_count(d.document.editor().map_or(0, |e| e.error_count())),
                    )
                    .text("path", path_text(path)),
            ),
        ),
        Confirm::LoseComments(path, _) => (
            "frame-confirm-comments-title",
            d.say(&Say::new("frame-confirm-comments").text("path", path_text(path))),
        ),
        Confirm::Discard(_) => (
            "frame-confirm-unsaved-title",
            d.words.get("frame-confirm-unsaved"),
        ),
        Confirm::ChangedOnDisk => (
            "frame-confirm-changed-title",
            d.words.get("frame-confirm-changed"),
        ),
        Confirm::OverwriteChanged(path, _)
        | Confirm::ReplaceReadOnly(path, _)
        | Confirm::SessionChanged { path, .. } => replace_words(d, confirm, path),
        Confirm::CustomerRenamed { before, now, .. } => (
            "frame-confirm-renamed-title",
            d.say(
                &Say::new("frame-confirm-renamed")
                    .text("before", before.as_str())
                    .text("now", now.as_str()),
            ),
        ),
        Confirm::SampleIsBuiltIn => (
            "frame-confirm-sample-title",
            d.words.get("frame-confirm-sample"),
        ),
        Confirm::RestoreLeftBehind => ("frame-confirm-restore-title", left_behind_text(d)),
        Confirm::ForgetCustomer { name, sessions } => {
            // Each file with its last visit and visits, so two customers of one name are
            // told apart before anything goes.
            let files: Vec<String> = sessions
                .iter()
                .filter_map(|p| {
                    let file = p.file_name()?.to_string_lossy().into_owned();
                    let profile = d.shop.customers().iter().find(|(q, _)| q == p)?.1.clone();
                    Some(
                        d.say(
                            &Say::new("frame-confirm-forget-file")
                                .text("file", file)
                                .text("date", profile.date.clone().unwrap_or_default())
                                .num("visits", (profile.visits.len() + 1) as f64),
                        ),
                    )
                })
                .collect();
            (
                "frame-confirm-forget-title",
                d.say(
                    &Say::new("frame-confirm-forget-text")
                        .text("name", name.as_str())
                        .num("count", sessions.len() as f64)
                        .text("files", files.join(", ")),
                ),
            )
        }
        Confirm::DiscardFitting(_) => (
            "frame-confirm-fitting-title",
            d.say(&match d.settings.profile.customer.as_deref() {
                Some(name) => Say::new("frame-confirm-fitting-of").text("name", name),
                None => Say::new("frame-confirm-fitting"),
            }),
        ),
    }
}

/// What a question about replacing a file that changed or is read-only asks.
fn replace_words(d: &Draw, confirm: &Confirm, path: &std::path::Path) -> (&'static str, String) {
    let (title, text) = match confirm {
        Confirm::ReplaceReadOnly(..) => {
            ("frame-confirm-read-only-title", "frame-confirm-read-only")
        }
        Confirm::SessionChanged {
            read_only: true, ..
        } => (
            "frame-confirm-read-only-title",
            "frame-confirm-session-read-only",
        ),
        Confirm::SessionChanged { .. } => (
            "frame-confirm-changed-title",
            "frame-confirm-session-changed",
        ),
        _ => ("frame-confirm-changed-title", "frame-confirm-overwrite"),
    };
    let said = Say::new(text).text("path", path.display().to_string());
    (title, d.say(&said))
}

/// The answers to a question about saving the catalogue: each saves again with one more
/// thing agreed to.
fn save_answers(confirm: &Confirm) -> Vec<(&'static str, Option<Command>)> {
    let save_agreeing = |path: &std::path::PathBuf, agreed: &Agreed, agree: fn(&mut Agreed)| {
        let mut agreed = *agreed;
        agree(&mut agreed);
        Some(Command::from(EditorCommand::SaveTo {
            path: path.clone(),
            agreed,
        }))
    };
    let cancel = ("frame-confirm-cancel", None);
    let save_as = ("frame-confirm-save-as", Some(EditorCommand::SaveAs.into()));
    let reload = Some(Command::from(EditorCommand::Discarding(Box::new(
        FileCommand::Reload.into(),
    ))));
    match confirm {
        Confirm::SaveWithErrors(path, agreed) => vec![
            (
                "frame-confirm-save-anyway",
                save_agreeing(path, agreed, |a| a.errors = true),
            ),
            cancel,
        ],
        Confirm::LoseComments(path, agreed) => vec![
            (
                "frame-confirm-save-without",
                save_agreeing(path, agreed, |a| a.comments = true),
            ),
            cancel,
        ],
        Confirm::OverwriteChanged(path, agreed) => vec![
            ("frame-confirm-load-file", reload),
            (
                "frame-confirm-overwrite-it",
                save_agreeing(path, agreed, |a| a.changed = true),
            ),
            save_as,
            cancel,
        ],
        Confirm::ReplaceReadOnly(path, agreed) => vec![
            (
                "frame-confirm-replace-anyway",
                save_agreeing(path, agreed, |a| a.read_only = true),
            ),
            save_as,
            cancel,
        ],
        _ => vec![cancel],
    }
}

/// The answers to a question, in the order shown: each a message id and the command it
/// gives, if any. The last one is what closing the question does.
fn answers(confirm: &Confirm) -> Vec<(&'static str, Option<Command>)> {
    let cancel = ("frame-confirm-cancel", None);
    let reload = Some(Command::from(EditorCommand::Discarding(Box::new(
        FileCommand::Reload.into(),
    ))));
    match confirm {
        Confirm::SaveWithErrors(..)
        | Confirm::LoseComments(..)
        | Confirm::OverwriteChanged(..)
        | Confirm::ReplaceReadOnly(..) => save_answers(confirm),
        Confirm::Discard(command) => vec![
            (
                "frame-confirm-discard-changes",
                Some(EditorCommand::Discarding(command.clone()).into()),
            ),
            cancel,
        ],
        Confirm::ForgetCustomer { sessions, .. } => vec![
            (
                "frame-confirm-forget",
                Some(FittingCommand::ForgetCustomer(sessions.clone()).into()),
            ),
            cancel,
        ],
        Confirm::ChangedOnDisk => vec![
            ("frame-confirm-load-file", reload),
            (
                "frame-confirm-keep-edits",
                Some(EditorCommand::KeepEdits.into()),
            ),
        ],
        Confirm::CustomerRenamed { then, .. } => vec![
            (
                "frame-confirm-renamed-correction",
                Some(FittingCommand::SaveSessionCorrected(then.clone()).into()),
            ),
            (
                "frame-confirm-renamed-another",
                Some(FittingCommand::SaveSessionAsNew(then.clone()).into()),
            ),
            cancel,
        ],
        Confirm::SessionChanged { then, .. } => vec![
            (
                "frame-confirm-replace-anyway",
                Some(FittingCommand::SaveSessionReplacing(then.clone()).into()),
            ),
            cancel,
        ],
        Confirm::SampleIsBuiltIn => vec![
            (
                "frame-confirm-save-copy",
                Some(FileCommand::SaveSampleDialog.into()),
            ),
            cancel,
        ],
        Confirm::RestoreLeftBehind => vec![
            (
                "frame-confirm-discard-it",
                Some(FittingCommand::DiscardLeftBehind.into()),
            ),
            (
                "frame-confirm-restore",
                Some(FittingCommand::RestoreLeftBehind.into()),
            ),
        ],
        Confirm::DiscardFitting(command) => vec![
            (
                "frame-confirm-save-first",
                Some(FittingCommand::SaveSessionThen(command.clone()).into()),
            ),
            (
                "frame-confirm-discard-fitting",
                Some(FittingCommand::DiscardingFitting(command.clone()).into()),
            ),
            cancel,
        ],
    }
}
