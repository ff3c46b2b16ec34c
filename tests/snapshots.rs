//! Pictures of the main view, the detail view and the comparison, rendered with wgpu and
//! compared with the committed PNGs in `tests/snapshots/`, so a visual change shows in review.
//! After an intended change: `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shoe_selector::app::command::FinderCommand;
use shoe_selector::app::{Settings, ShoeApp, apply_theme};
use shoe_selector::words::Lang;
use std::path::Path;

fn window() -> Harness<'static, ShoeApp> {
    window_in(Lang::En)
}

fn window_in(lang: Lang) -> Harness<'static, ShoeApp> {
    window_sized(lang, egui::vec2(1280.0, 800.0))
}

fn window_sized(lang: Lang, size: egui::Vec2) -> Harness<'static, ShoeApp> {
    harness_of(app_in(lang), size)
}

/// The window on the bundled catalogue, in `lang`.
fn app_in(lang: Lang) -> ShoeApp {
    ShoeApp::new(
        Settings {
            language: Some(lang),
            shop_evidence: false,
            ..Settings::default()
        },
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")),
    )
}

/// `app` drawn dark in a window of `size`, its pictures in.
fn harness_of(app: ShoeApp, size: egui::Vec2) -> Harness<'static, ShoeApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Dark)
        .with_max_steps(200)
        .with_context_setup(apply_theme)
        .wgpu()
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    settle(&mut harness);
    harness
}

/// Runs frames until every picture in view has been decoded by the worker, and the work off
/// the frame (the what-ifs) is in.
fn settle(harness: &mut Harness<'_, ShoeApp>) {
    harness.run();
    for _ in 0..500 {
        if !harness.state().pictures_pending() && !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    assert!(
        !harness.state().pictures_pending(),
        "pictures still loading"
    );
}

fn first_ids(harness: &Harness<'_, ShoeApp>, count: usize) -> Vec<String> {
    let app = harness.state();
    let catalogue = app.catalogue().expect("catalogue");
    app.ranking().recommendations[..count]
        .iter()
        .map(|r| catalogue.shoes[r.shoe].id.clone())
        .collect()
}

#[test]
fn main_view() {
    let mut harness = window();
    harness.snapshot("main_view");
}

/// The detail of the first shoe in a window of `size`.
fn detail_at(size: egui::Vec2) -> Harness<'static, ShoeApp> {
    let mut harness = window_sized(Lang::En, size);
    let id = first_ids(&harness, 1).remove(0);
    harness.state_mut().push(FinderCommand::Select(Some(id)));
    settle(&mut harness);
    harness
}

/// The smallest window the app allows: the detail opens as a drawer over the list.
#[test]
fn detail_view_at_900_by_600() {
    detail_at(egui::vec2(900.0, 600.0)).snapshot("detail_view_900x600");
}

/// A large window: inputs, list and detail in three columns.
#[test]
fn detail_view_at_1400_by_900() {
    detail_at(egui::vec2(1400.0, 900.0)).snapshot("detail_view_1400x900");
}

/// The main view in Russian: longer words, Cyrillic letters, the same layout; and the
/// chosen shoe's detail with its reasons in Russian.
#[test]
fn main_view_in_russian() {
    let mut harness = window_in(Lang::Ru);
    assert!(
        harness.query_by_label("Рекомендуем (65)").is_some()
            || harness.query_by_label_contains("Рекомендуем").is_some(),
        "the list's tab in Russian"
    );
    harness.snapshot("main_view_ru");
    let id = first_ids(&harness, 1).remove(0);
    harness.state_mut().push(FinderCommand::Select(Some(id)));
    settle(&mut harness);
    harness.snapshot("detail_view_ru");
}

#[test]
fn detail_view() {
    let mut harness = window();
    let id = first_ids(&harness, 1).remove(0);
    harness.state_mut().push(FinderCommand::Select(Some(id)));
    settle(&mut harness);
    harness.get_by_label("Add to comparison");
    harness.snapshot("detail_view");
}

#[test]
fn compare_view() {
    let mut harness = window();
    for id in first_ids(&harness, 3) {
        harness.state_mut().push(FinderCommand::ToggleCompare(id));
    }
    harness.state_mut().push(FinderCommand::ShowCompare(true));
    settle(&mut harness);
    harness.snapshot("compare_view");
}

/// The finder as narrow as a phone (390 wide): the inputs and the shoes take turns, chosen
/// at the top; the shoes' list, then a shoe's detail over it.
#[test]
fn phone_view() {
    let mut harness = harness_of(app_in(Lang::En).shopper_only(), egui::vec2(390.0, 844.0));
    assert!(
        harness.query_by_label("Foot width").is_some(),
        "the inputs come first"
    );
    harness.snapshot("phone_view_inputs");
    harness.get_by_label_contains("Recommended (").click();
    settle(&mut harness);
    assert!(harness.state().windows().narrow_shoes());
    assert!(harness.query_by_label("Foot width").is_none(), "one column");
    harness.snapshot("phone_view_shoes");
    let id = first_ids(&harness, 1).remove(0);
    harness.state_mut().push(FinderCommand::Select(Some(id)));
    settle(&mut harness);
    harness.snapshot("phone_view_detail");
}
