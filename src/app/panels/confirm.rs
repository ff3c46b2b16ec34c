//! The question asked before work could be lost, and its answers.

use super::*;

/// The question waiting for an answer, if any, in a modal dialog.
pub(super) fn confirm_modal(d: &mut Draw, ctx: &egui::Context) {
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
pub(super) fn question_words(d: &Draw, confirm: &Confirm) -> (&'static str, String) {
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
pub(super) fn replace_words(
    d: &Draw,
    confirm: &Confirm,
    path: &std::path::Path,
) -> (&'static str, String) {
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
pub(super) fn save_answers(confirm: &Confirm) -> Vec<(&'static str, Option<Command>)> {
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
pub(super) fn answers(confirm: &Confirm) -> Vec<(&'static str, Option<Command>)> {
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
