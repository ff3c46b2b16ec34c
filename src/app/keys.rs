//! The keyboard: shortcuts for the menus, the list and the editor, and files dropped on the
//! window. Each becomes a command.

use super::command::{Command, Mode};
use crate::app::command::{DraftCommand, EditorCommand, FileCommand, FinderCommand};
use eframe::egui;
use std::path::PathBuf;

/// Turns this frame's shortcuts and dropped files into commands.
pub(super) fn shortcuts(ctx: &egui::Context, mode: Mode, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let (open, find) = ctx.input_mut(|i| {
        (
            i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
        )
    });
    if open {
        commands.push(FileCommand::OpenDialog.into());
    }
    if find {
        commands.push(FinderCommand::FocusSearch.into());
    }
    let typing = ctx.egui_wants_keyboard_input();
    if mode == Mode::Edit {
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        let (save_as, save) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&shift(Key::S)),
                i.consume_shortcut(&command(Key::S)),
            )
        });
        if save_as {
            commands.push(EditorCommand::SaveAs.into());
        } else if save {
            commands.push(EditorCommand::Save.into());
        }
        // A text field being edited keeps Ctrl+Z for its own text.
        if !typing {
            let (redo, undo) = ctx.input_mut(|i| {
                (
                    i.consume_shortcut(&shift(Key::Z)) || i.consume_shortcut(&command(Key::Y)),
                    i.consume_shortcut(&command(Key::Z)),
                )
            });
            if redo {
                commands.push(DraftCommand::Redo.into());
            } else if undo {
                commands.push(DraftCommand::Undo.into());
            }
        }
    }
    let (up, down, escape) = ctx.input(|i| {
        (
            i.key_pressed(Key::ArrowUp),
            i.key_pressed(Key::ArrowDown),
            i.key_pressed(Key::Escape),
        )
    });
    if !typing {
        if up {
            commands.push(FinderCommand::MoveSelection(-1).into());
        }
        if down {
            commands.push(FinderCommand::MoveSelection(1).into());
        }
    }
    if escape {
        commands.push(FinderCommand::Dismiss.into());
    }
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if let Some(path) = dropped.into_iter().next() {
        commands.push(FileCommand::Open(path).into());
    }
}
