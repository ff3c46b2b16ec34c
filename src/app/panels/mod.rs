//! The panels of the window, one file each, and the small widgets they share. A panel only
//! draws: it reads the state through a [`Draw`] and pushes commands.

mod catalogue_editor;
mod compare;
mod confirm;
mod detail;
mod feet;
mod fitting_record;
mod inputs;
mod insights;
mod knee_health;
mod menus;
mod path_prompt;
pub(super) mod results;
mod warnings;
mod widgets;

use crate::app::command::{
    EditorCommand, FileCommand, FinderCommand, FittingCommand, InputsCommand, WindowsCommand,
};
use catalogue_editor::editor_ui;
use compare::compare_window;
use confirm::confirm_modal;
use detail::detail_ui;
use fitting_record::fitting_ui;
use inputs::inputs_ui;
use knee_health::knee_window;
use menus::keys_of;
use menus::top_bar_ui;
use results::results_ui;
use warnings::{as_count, banner_ui, warnings_window};
use widgets::{number_in, picture_ui, reason_row_ui, shoe_size_ui, short_label, verdict_chip_ui};

use super::command::Agreed;
use super::document::WarningRow;
use super::images::{Picture, Pictures};
use super::keys::Action;
use super::shop::Shop;
use super::theme::{verdict_colour, verdict_symbol};
use super::{Command, Confirm, Document, Finder, Fitting, Mode, Settings, ShoeApp, View, Windows};
use crate::catalogue::{Catalogue, Shoe};
use crate::recommend::{Advice, Factor, Verdict};
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
    /// The shop's own parts are offered: not on the web page's shopper finder.
    pub shop_parts: bool,
    pictures: &'a mut Pictures,
    commands: &'a mut Vec<Command>,
}

/// "Try EU 44": the size to try in `shoe`, as a card or the comparison says it.
fn size_to_try(sizes: &crate::recommend::Sizes, shoe: &Shoe) -> Option<Say> {
    let size = sizes.of(shoe)?.said_size()?;
    Some(Say::new("results-try-size").says("size", vec![crate::profile::size_said(size)]))
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
        let mut draw = draw(app);
        top_bar_ui(&mut draw, ui);
        banner_ui(&mut draw, ui);
        if draw.windows.warnings_open() {
            warnings_window(&mut draw, &ctx);
        }
        confirm_modal(&mut draw, &ctx);
        path_prompt::path_box_modal(&mut draw, &ctx);
        egui::CentralPanel::default().show(ui, |ui| editor_ui(&mut draw, ui));
        return;
    }
    let mut draw = draw(app);
    top_bar_ui(&mut draw, ui);
    banner_ui(&mut draw, ui);
    // The warnings list floats over the finder and the editor alike.
    if draw.windows.warnings_open() {
        warnings_window(&mut draw, &ctx);
    }
    // As narrow as a phone, the inputs and the shoes take turns, one column at a time: on
    // the shopper's page (the shop's window is never that narrow, but for its zoom).
    if !draw.shop_parts && ui.available_width() < NARROW {
        narrow_ui(&mut draw, ui);
        return;
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

/// Below this width (a phone's), the finder shows one column: the inputs or the shoes.
pub(super) const NARROW: f32 = 640.0;

/// The finder in a window as narrow as a phone: a switch between the inputs and the shoes
/// at the top, then the one chosen; the detail as a drawer over the shoes.
fn narrow_ui(d: &mut Draw, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let shoes = d.windows.narrow_shoes();
    egui::Panel::top("narrow-switch").show(ui, |ui| {
        ui.horizontal(|ui| {
            if ui
                .selectable_label(
                    !shoes,
                    RichText::new(d.words.get("inputs-heading")).strong(),
                )
                .clicked()
            {
                d.push(WindowsCommand::ShowNarrowShoes(false));
            }
            let count = d.finder.ranking().recommendations.len();
            let label = d.say(&Say::new("results-recommended").num("count", as_count(count)));
            if ui
                .selectable_label(shoes, RichText::new(label).strong())
                .clicked()
            {
                d.push(WindowsCommand::ShowNarrowShoes(true));
            }
        });
    });
    let list = ui.available_rect_before_wrap();
    egui::CentralPanel::default().show(ui, |ui| {
        if shoes {
            results_ui(d, ui);
        } else {
            egui::ScrollArea::vertical().show(ui, |ui| inputs_ui(d, ui));
        }
    });
    if shoes && d.finder.selected().is_some() {
        detail_drawer(d, &ctx, list);
    }
    if d.windows.compare_open() {
        compare_window(d, &ctx);
    }
    if d.windows.knee_open() {
        knee_window(d, &ctx);
    }
    confirm_modal(d, &ctx);
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
        shop_parts: app.shop_parts,
        words: app.settings.words(),
        settings: &app.settings,
        mode: app.mode,
        document: &app.document,
        catalogue: app.document.catalogue().map(|c| &**c),
        advice: app.finder.advice(),
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
