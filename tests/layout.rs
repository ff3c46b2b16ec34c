//! The window's layout holds at the smallest size it allows and at a large one: no two
//! pieces of text on screen overlap, with every optional input given (the most chips a card
//! can carry) and a shoe's detail open; the detail's drawer keeps its texts inside it.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use shoe_selector::app::ShoeApp;
use shoe_selector::app::command::{FinderCommand, WindowsCommand};
use shoe_selector::catalogue::{Foam, Purpose};
use shoe_selector::profile::{Experience, FootStrike};
use std::path::Path;

mod window;

/// The window at `size` on the bundled catalogue, for a runner who gives every input, with
/// the first shoe's detail open.
fn window_at(size: egui::Vec2) -> Harness<'static, ShoeApp> {
    let mut settings = window::english();
    let profile = &mut settings.profile;
    profile.foot_strike = Some(FootStrike::Heel);
    profile.knee_pain = Some(true);
    profile.experience = Some(Experience::Regular);
    profile.budget = Some(180.0);
    profile.purpose = Some(Purpose::LongRun);
    profile.weekly_km = Some(60.0);
    profile.achilles_pain = Some(true);
    profile.current_drop_mm = Some(10.0);
    profile.preferred_foam = Some(Foam::Balanced);
    let catalogue = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    let app = ShoeApp::new(settings, Some(catalogue));
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.run();
    harness.state_mut().push(FinderCommand::MoveSelection(1));
    harness.run();
    harness.run();
    harness
}

/// The texts on screen with their places: every label the window shows inside `area`.
fn texts(harness: &Harness<'_, ShoeApp>, area: egui::Rect) -> Vec<(String, egui::Rect)> {
    harness
        .query_all(By::new().predicate(|node| {
            node.role() == egui::accesskit::Role::Label && node.value().is_some()
        }))
        .map(|node| (node.value().unwrap_or_default(), node.rect()))
        .filter(|(text, rect)| !text.trim().is_empty() && area.contains_rect(*rect))
        .collect()
}

/// No two texts overlap by more than a few pixels (a wrapped line's leading may touch the
/// next row).
fn assert_no_overlap(texts: &[(String, egui::Rect)], size: egui::Vec2) {
    for (i, (a, ra)) in texts.iter().enumerate() {
        for (b, rb) in &texts[i + 1..] {
            let both = ra.intersect(*rb);
            assert!(
                !(both.width() > 2.0 && both.height() > 6.0),
                "at {size:?}: {a:?} {ra:?} overlaps {b:?} {rb:?}"
            );
        }
    }
}

#[test]
fn at_1400_by_900_three_columns_keep_their_texts_apart() {
    let size = egui::vec2(1400.0, 900.0);
    let harness = window_at(size);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let shown = texts(&harness, screen);
    assert!(shown.len() > 50, "the window shows its texts");
    assert_no_overlap(&shown, size);
}

#[test]
fn at_900_by_600_the_list_keeps_its_texts_apart_and_the_detail_is_a_drawer() {
    let size = egui::vec2(900.0, 600.0);
    let mut harness = window_at(size);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    // The detail, as a drawer, covers the right of the list: its own texts keep apart.
    let name = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        catalogue.shoes[app.ranking().recommendations[0].shoe].name()
    };
    let drawer_left = harness
        .query_all_by_label(&name)
        .map(|node| node.rect().left())
        .fold(0.0_f32, f32::max);
    assert!(
        drawer_left > 450.0,
        "the detail opens at the right, over the list"
    );
    let reasons: Vec<String> = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let shoe = &catalogue.shoes[app.ranking().recommendations[0].shoe];
        shoe_selector::recommend::explain(catalogue, shoe, &app.settings().profile)
            .into_iter()
            .map(|reason| reason.text)
            .collect()
    };
    let in_drawer: Vec<(String, egui::Rect)> = texts(&harness, screen)
        .into_iter()
        .filter(|(text, _)| reasons.contains(text))
        .collect();
    assert!(in_drawer.len() > 3, "the detail shows its reasons");
    for (text, rect) in &in_drawer {
        assert!(
            rect.left() >= drawer_left - 10.0 && rect.right() <= size.x,
            "{text:?} {rect:?} is outside the drawer"
        );
    }
    assert_no_overlap(&in_drawer, size);
    // Closed, the list and the inputs keep their texts apart, with every chip in the window.
    harness.state_mut().push(FinderCommand::Select(None));
    harness.run();
    let shown = texts(&harness, screen);
    assert_no_overlap(&shown, size);
    // Too many inputs for names on one line: the chips show their symbols (narrower than
    // any name), each still named for screen readers ("✔ Weight").
    let chips = harness
        .query_all(By::new().predicate(|node| {
            node.value().is_some_and(|label| {
                ["✔ ", "⚠ ", "✖ "]
                    .iter()
                    .any(|mark| label.starts_with(mark))
            })
        }))
        .filter(|node| node.rect().width() < 24.0)
        .count();
    assert!(chips > 10, "the chips show their symbols: {chips}");
}

/// The knee-health advice opens beside the inputs and below the menu bar, inside the
/// window, at the smallest size too.
#[test]
fn the_knee_advice_opens_beside_the_inputs_inside_the_window() {
    for size in [egui::vec2(900.0, 600.0), egui::vec2(1400.0, 900.0)] {
        let mut harness = window_at(size);
        harness.state_mut().push(FinderCommand::Select(None));
        harness
            .state_mut()
            .push(WindowsCommand::ShowKneeHealth(true));
        harness.run();
        let title = harness.get_by_label("Knee health").rect();
        let menu = harness.get_by_label("Help").rect();
        assert!(
            title.top() > menu.bottom(),
            "{title:?} is over the menu bar"
        );
        assert!(title.left() >= 240.0, "{title:?} covers the inputs");
        let close = harness.get_by_label("Close window").rect();
        assert!(close.right() <= size.x && close.bottom() <= size.y);
    }
}

/// The editor at both sizes: side by side where both fit, the table above the form at the
/// smallest size; no text of the table lies over a text of the form.
#[test]
fn the_editor_keeps_its_table_and_form_apart_at_both_sizes() {
    for (size, stacked) in [
        (egui::vec2(900.0, 600.0), true),
        (egui::vec2(1400.0, 900.0), false),
    ] {
        let folder = tempfile::tempdir().expect("temp dir");
        let app = ShoeApp::new(window::english(), Some(window::shop(folder.path())));
        let mut harness = Harness::builder()
            .with_size(size)
            .with_max_steps(200)
            .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
        harness.run();
        harness.get_by_label("Edit catalogue").click();
        harness.run();
        harness.get_by_label("brooks-ghost-16").click();
        harness.run();
        let row = harness.get_by_label("brooks-ghost-16").rect();
        let heading = harness.get_by_label("Brooks Ghost 16").rect();
        if stacked {
            assert!(
                heading.top() > row.bottom(),
                "at {size:?} the form is below the table"
            );
        } else {
            assert!(
                heading.left() > row.right(),
                "at {size:?} the form is beside the table"
            );
        }
        // The table's rows stay on its side of the form: none laid out deep in the form.
        let ids: Vec<String> = harness
            .state()
            .editor()
            .expect("editor")
            .draft()
            .shoes
            .iter()
            .map(|shoe| shoe.id.clone())
            .collect();
        for id in &ids {
            for node in harness.query_all_by_label(id) {
                let rect = node.rect();
                if stacked {
                    assert!(
                        rect.top() < heading.top() + 30.0,
                        "{id} {rect:?} in the form"
                    );
                } else {
                    assert!(rect.right() < heading.left(), "{id} {rect:?} in the form");
                }
            }
        }
        // A row scrolled under the form's edge is cut there, not drawn over the form: the
        // row at the edge is left out of the check; any other table text in the form would
        // overlap the form's texts.
        let at_edge = |rect: &egui::Rect| {
            stacked
                && *rect != heading
                && (heading.top() - 10.0..heading.top() + 30.0).contains(&rect.top())
        };
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
        let shown: Vec<_> = texts(&harness, screen)
            .into_iter()
            .filter(|(_, rect)| !at_edge(rect))
            .collect();
        assert!(shown.len() > 20, "the editor shows its texts");
        assert_no_overlap(&shown, size);
    }
}
