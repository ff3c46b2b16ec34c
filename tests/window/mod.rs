//! Helpers shared by the window tests: what the window shows, and a shop catalogue to edit.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use shoe_selector::app::command::InputsCommand;
use shoe_selector::app::{Settings, ShoeApp};
use shoe_selector::profile::Profile;
use shoe_selector::words::Lang;
use std::path::{Path, PathBuf};

/// The window's settings for a test: the defaults, in English whatever the system's
/// language, since the tests find widgets by their English words; the ranking the
/// catalogue's alone, whatever sessions the machine keeps (the shop's evidence has tests of
/// its own, on sessions of their own).
pub fn english() -> Settings {
    Settings {
        language: Some(Lang::En),
        shop_evidence: false,
        ..Settings::default()
    }
}

/// Whether any node of the window shows `text`.
pub fn shows(harness: &Harness<'_, ShoeApp>, text: &str) -> bool {
    harness
        .query_all(By::new().predicate(move |node| node.value().is_some_and(|v| v.contains(text))))
        .next()
        .is_some()
}

/// Whether any node of the window shows or is named by `text` (a number field's value is
/// its label).
pub fn shows_or_names(harness: &Harness<'_, ShoeApp>, text: &str) -> bool {
    harness
        .query_all(By::new().predicate(move |node| {
            node.value().is_some_and(|v| v.contains(text))
                || node.label().is_some_and(|v| v.contains(text))
        }))
        .next()
        .is_some()
}

/// A copy of the bundled catalogue in a folder of its own.
pub fn shop(folder: &Path) -> PathBuf {
    let path = folder.join("shop.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron"),
        &path,
    )
    .expect("copy");
    path
}

/// Changes the runner's inputs as the inputs panel does: a command with the changed profile,
/// applied at the end of the next frame.
pub fn change_profile(harness: &mut Harness<'_, ShoeApp>, change: impl FnOnce(&mut Profile)) {
    let mut profile = harness.state().settings().profile.clone();
    change(&mut profile);
    harness
        .state_mut()
        .push(InputsCommand::SetProfile(Box::new(profile)));
    settle(harness);
}

/// Runs frames until the work the window does off the frame is done (at most ten seconds),
/// so a test sees its result as a user would a moment later.
pub fn settle(harness: &mut Harness<'_, ShoeApp>) {
    for _ in 0..1000 {
        if !harness.state().busy() {
            harness.run();
            if !harness.state().busy() {
                return;
            }
        }
        // A spinner keeps asking for frames while the work goes on: step, not run.
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the window's work off the frame did not finish in ten seconds");
}

/// `catalogue` with its first shoe a thousand grams heavier, out of range: the broken text,
/// and the 1-based line and column (in characters) of that weight, where its error is said.
pub fn first_weight_broken(catalogue: &str) -> (String, usize, usize) {
    let broken = catalogue.replacen("weight_g: ", "weight_g: 1", 1);
    let at = broken.find("weight_g: 1").expect("a weight") + "weight_g: ".len();
    let before = &broken[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (broken, line, column)
}
