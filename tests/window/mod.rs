//! Helpers shared by the window tests: what the window shows, and a shop catalogue to edit.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use shoe_selector::app::ShoeApp;
use std::path::{Path, PathBuf};

/// Whether any node of the window shows `text`.
pub fn shows(harness: &Harness<'_, ShoeApp>, text: &str) -> bool {
    harness
        .query_all(By::new().predicate(move |node| node.value().is_some_and(|v| v.contains(text))))
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
