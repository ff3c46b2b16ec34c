//! Saving a catalogue: what is written reads back equal, passes `check`, keeps the header
//! comment, and a save that fails midway leaves the file as it was.

use shoe_selector::catalogue::save::{has_inner_comments, leading_comments, to_ron};
use shoe_selector::catalogue::{load_catalogue, parse_catalogue};
use shoe_selector::files::{Plan, numbered_backup, write};
use std::path::Path;

fn bundled_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron"))
        .expect("bundled")
}

#[test]
fn load_edit_save_load_gives_the_edited_catalogue_and_keeps_the_header() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("shop.ron");
    let original = bundled_text();
    std::fs::write(&path, &original).expect("write");
    let mut catalogue = load_catalogue(&path).catalogue.expect("loads");
    catalogue.shoes[0].model = "Ghost 16 \"Edited\"".to_string();
    catalogue.shoes[3].drop_mm = None;
    catalogue.shoes[5].price = Some(99.5);
    catalogue.shoes.remove(7);
    let text = to_ron(&catalogue, leading_comments(&original));
    let written = write(&path, text.as_bytes(), &Plan::replacing()).expect("saves");

    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(
        saved.starts_with(leading_comments(&original)),
        "header comment kept"
    );
    assert!(leading_comments(&original).contains("unconfirmed"));
    let outcome = load_catalogue(&path);
    assert!(
        outcome.errors().next().is_none(),
        "{:#?}",
        outcome.diagnostics
    );
    assert_eq!(outcome.catalogue.expect("loads"), catalogue);
    assert_eq!(written.backup, Some(numbered_backup(&path, 1)));
    assert_eq!(
        std::fs::read_to_string(numbered_backup(&path, 1)).expect("backup"),
        original,
        "the previous version is kept"
    );
}

#[test]
fn writing_an_unchanged_catalogue_gives_the_same_text() {
    let original = bundled_text();
    let catalogue = parse_catalogue(&original, Path::new("x.ron"), None)
        .catalogue
        .expect("loads");
    let once = to_ron(&catalogue, leading_comments(&original));
    let twice = to_ron(
        &parse_catalogue(&once, Path::new("x.ron"), None)
            .catalogue
            .expect("loads"),
        leading_comments(&once),
    );
    assert_eq!(once, twice, "stable output");
    // The bundled file is written in the same style, so a save changes nothing.
    assert_eq!(once, original);
}

#[test]
fn one_field_changed_is_one_line_changed() {
    let original = bundled_text();
    let mut catalogue = parse_catalogue(&original, Path::new("x.ron"), None)
        .catalogue
        .expect("loads");
    catalogue.shoes[10].weight_g = 301.0;
    let text = to_ron(&catalogue, leading_comments(&original));
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].1.trim() == "weight_g: 301,");
}

#[test]
fn a_save_into_a_missing_folder_says_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    let error = write(
        &folder.path().join("gone/shop.ron"),
        b"x",
        &Plan::replacing(),
    )
    .expect_err("no folder");
    assert!(error.to_string().contains("cannot write in"), "{error}");
    assert!(error.to_string().contains("nothing was written"), "{error}");
}

#[test]
fn comments_inside_the_catalogue_are_noticed_before_a_rewrite() {
    let original = bundled_text();
    assert!(!has_inner_comments(&original));
    let commented = original.replacen(",\n", ", // weighed in the shop\n", 1);
    assert!(has_inner_comments(&commented));
}
