//! The keyboard: one table of the actions a key reaches, with their keys, where they work
//! and what Help says of them. The shortcuts, the menus' and buttons' key hints and Help's
//! list all read it. Files dropped on the window are opened.

use super::command::{Command, DraftCommand, EditorCommand, FileCommand, FinderCommand, Mode};
use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// What a key can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Open,
    Search,
    Up,
    Down,
    Dismiss,
    Save,
    SaveAs,
    Undo,
    Redo,
}

/// Where a key works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Only {
    /// Anywhere, even while a text field is being edited.
    Anywhere,
    /// Not while a text field has the keyboard (which keeps its own arrows).
    NotTyping,
    /// In the editor.
    Editing,
    /// In the editor, not while a text field has the keyboard (which keeps Ctrl+Z for its
    /// own text).
    EditingNotTyping,
}

/// One row of the table.
struct Row {
    action: Action,
    /// The id of its name on the menu entry or button that does the same, if any.
    label: Option<&'static str>,
    /// Its keys, the first the one menus show.
    keys: &'static [KeyboardShortcut],
    /// Taken from the frame's input (arrows are only looked at, and repeat while held).
    consumed: bool,
    only: Only,
    /// The id of what Help says it does; rows sharing one are listed together.
    help: &'static str,
}

impl Row {
    /// Whether the key works where the shop's parts are not offered (the web page's
    /// finder), which opens no files and edits no catalogue.
    fn on_the_shoppers_page(&self) -> bool {
        !matches!(self.action, Action::Open)
            && !matches!(self.only, Only::Editing | Only::EditingNotTyping)
    }
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const COMMAND_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

/// Every action a key reaches, in the order Help lists them.
const ACTIONS: [Row; 9] = [
    Row {
        action: Action::Open,
        label: Some("frame-menu-open"),
        keys: &[key(Modifiers::COMMAND, Key::O)],
        consumed: true,
        only: Only::Anywhere,
        help: "frame-key-open",
    },
    Row {
        action: Action::Search,
        label: Some("frame-menu-search"),
        keys: &[key(Modifiers::COMMAND, Key::F)],
        consumed: true,
        only: Only::Anywhere,
        help: "frame-key-search",
    },
    Row {
        action: Action::Up,
        label: None,
        keys: &[key(Modifiers::NONE, Key::ArrowUp)],
        consumed: false,
        only: Only::NotTyping,
        help: "frame-key-move",
    },
    Row {
        action: Action::Down,
        label: None,
        keys: &[key(Modifiers::NONE, Key::ArrowDown)],
        consumed: false,
        only: Only::NotTyping,
        help: "frame-key-move",
    },
    Row {
        action: Action::Dismiss,
        label: None,
        keys: &[key(Modifiers::NONE, Key::Escape)],
        consumed: false,
        only: Only::Anywhere,
        help: "frame-key-escape",
    },
    Row {
        action: Action::Save,
        label: Some("editor-save"),
        keys: &[key(Modifiers::COMMAND, Key::S)],
        consumed: true,
        only: Only::Editing,
        help: "frame-key-save",
    },
    Row {
        action: Action::SaveAs,
        label: Some("editor-save-as"),
        keys: &[key(COMMAND_SHIFT, Key::S)],
        consumed: true,
        only: Only::Editing,
        help: "frame-key-save-as",
    },
    Row {
        action: Action::Undo,
        label: Some("editor-undo"),
        keys: &[key(Modifiers::COMMAND, Key::Z)],
        consumed: true,
        only: Only::EditingNotTyping,
        help: "frame-key-undo",
    },
    Row {
        action: Action::Redo,
        label: Some("editor-redo"),
        keys: &[key(COMMAND_SHIFT, Key::Z), key(Modifiers::COMMAND, Key::Y)],
        consumed: true,
        only: Only::EditingNotTyping,
        help: "frame-key-redo",
    },
];

impl Action {
    /// What the action asks of the window.
    fn command(self) -> Command {
        match self {
            Action::Open => FileCommand::OpenDialog.into(),
            Action::Search => FinderCommand::FocusSearch.into(),
            Action::Up => FinderCommand::MoveSelection(-1).into(),
            Action::Down => FinderCommand::MoveSelection(1).into(),
            Action::Dismiss => FinderCommand::Dismiss.into(),
            Action::SaveAs => EditorCommand::SaveAs.into(),
            Action::Save => EditorCommand::Save.into(),
            Action::Redo => DraftCommand::Redo.into(),
            Action::Undo => DraftCommand::Undo.into(),
        }
    }

    fn row(self) -> &'static Row {
        ACTIONS
            .iter()
            .find(|row| row.action == self)
            .unwrap_or(&ACTIONS[0])
    }

    /// The action's name on its menu entry or button, in `words`.
    pub(super) fn label(self, words: &crate::words::Words) -> String {
        self.row().label.map(|id| words.get(id)).unwrap_or_default()
    }

    /// The action's keys as a menu or a hint shows them: "Ctrl+Y or Ctrl+Shift+Z" style,
    /// joined by `or`.
    pub(super) fn keys(self, ctx: &egui::Context, or: &str) -> String {
        let keys: Vec<String> = self.row().keys.iter().map(|k| shown(ctx, k)).collect();
        keys.join(&format!(" {or} "))
    }
}

/// A shortcut as people write it: Ctrl+Shift+S, ↑, Esc.
fn shown(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    match (shortcut.modifiers.is_none(), shortcut.logical_key) {
        (true, Key::ArrowUp) => "↑".into(),
        (true, Key::ArrowDown) => "↓".into(),
        (true, Key::Escape) => "Esc".into(),
        _ => ctx.format_shortcut(shortcut),
    }
}

/// Help's list: each kind of action with its keys, in the table's order, actions sharing
/// what Help says of them on one line.
pub(super) fn help(ctx: &egui::Context, shop_parts: bool) -> Vec<(String, &'static str)> {
    let mut lines: Vec<(String, &'static str)> = Vec::new();
    let offered = |row: &&Row| shop_parts || row.on_the_shoppers_page();
    for row in ACTIONS.iter().filter(offered) {
        let keys: Vec<String> = row.keys.iter().map(|k| shown(ctx, k)).collect();
        let keys = keys.join(", ");
        match lines.iter_mut().find(|(_, help)| *help == row.help) {
            Some((shown, _)) => {
                shown.push(' ');
                shown.push_str(&keys);
            }
            None => lines.push((keys, row.help)),
        }
    }
    lines
}

/// Turns this frame's shortcuts and dropped files into commands.
pub(super) fn shortcuts(
    ctx: &egui::Context,
    mode: Mode,
    shop_parts: bool,
    commands: &mut Vec<Command>,
) {
    let typing = ctx.egui_wants_keyboard_input();
    let editing = mode == Mode::Edit;
    // A shortcut with Shift is looked for before the same without, which would match it too.
    let shifted = |row: &&Row| row.keys.iter().any(|key| key.modifiers.shift);
    let rows = ACTIONS
        .iter()
        .filter(shifted)
        .chain(ACTIONS.iter().filter(|row| !shifted(row)));
    for row in rows {
        let works = match row.only {
            Only::Anywhere => true,
            Only::NotTyping => !typing,
            Only::Editing => editing,
            Only::EditingNotTyping => editing && !typing,
        };
        if !works || !(shop_parts || row.on_the_shoppers_page()) {
            continue;
        }
        let pressed = row.keys.iter().any(|shortcut| {
            if row.consumed {
                ctx.input_mut(|i| i.consume_shortcut(shortcut))
            } else {
                ctx.input(|i| i.modifiers.is_none() && i.key_pressed(shortcut.logical_key))
            }
        });
        if pressed {
            commands.push(row.action.command());
        }
    }
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if let Some(path) = dropped.into_iter().next().filter(|_| shop_parts) {
        commands.push(FileCommand::Open(path).into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action is in the table once, and Help lists every line of it.
    #[test]
    fn every_action_has_one_row_and_a_line_in_help() {
        let all = [
            Action::Open,
            Action::Search,
            Action::Up,
            Action::Down,
            Action::Dismiss,
            Action::Save,
            Action::SaveAs,
            Action::Undo,
            Action::Redo,
        ];
        for action in all {
            let rows = ACTIONS.iter().filter(|row| row.action == action).count();
            assert_eq!(rows, 1, "{action:?}");
            assert_eq!(action.row().action, action);
        }
        let ctx = egui::Context::default();
        let help = help(&ctx, true);
        assert_eq!(help.len(), 8, "up and down share a line: {help:?}");
        // The shopper's page lists only what it answers: search, the arrows and Escape.
        let page: Vec<&str> = super::help(&ctx, false).iter().map(|(_, id)| *id).collect();
        assert_eq!(page.len(), 3, "{page:?}");
        assert!(!page.iter().any(|id| help[0].1 == *id), "no Open: {page:?}");
        assert_eq!(help[2].0, "↑ ↓");
        assert!(
            help.iter()
                .any(|(keys, id)| *id == "frame-key-redo" && keys.contains(", "))
        );
        // The menus' and buttons' names come from the table too.
        let words = crate::words::Lang::En.words();
        assert_eq!(Action::Open.label(words), words.get("frame-menu-open"));
        assert_eq!(Action::Undo.label(words), "Undo");
        assert!(
            Action::Up.label(words).is_empty(),
            "no menu entry of its own"
        );
    }
}
