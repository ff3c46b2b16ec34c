//! The window, driven like a user would through egui_kittest, on the real app state.

use eframe::egui;
use egui_kittest::kittest::{By, Queryable};
use egui_kittest::{Harness, HarnessBuilder};
use shoe_selector::app::command::PathFor;
use shoe_selector::app::command::{
    DraftCommand, EditorCommand, FileCommand, FinderCommand, FittingCommand, InputsCommand,
    PathCommand, WindowsCommand,
};
use shoe_selector::app::{Settings, ShoeApp, View};
use shoe_selector::catalogue::{LoadError, Width};
use shoe_selector::recommend::explain;
use std::path::{Path, PathBuf};

mod window;
use window::shows;

/// The number a labelled field shows, without its unit.
fn number(harness: &Harness<'_, ShoeApp>, label: &str) -> f64 {
    let value = harness.get_by_label(label).value().unwrap_or_default();
    value
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{label} shows {value:?}"))
}

/// A shoe's card in the list, by the shoe's name.
fn card<'h>(harness: &'h Harness<'_, ShoeApp>, name: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(egui::accesskit::Role::Button, name)
}

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")
}

fn builder() -> HarnessBuilder<ShoeApp> {
    // Pictures decode on a worker that wakes the window once per picture: allow the frames.
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
}

fn window(app: ShoeApp) -> Harness<'static, ShoeApp> {
    let mut harness = builder().build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    window::settle(&mut harness);
    harness
}

fn app_on(path: PathBuf) -> ShoeApp {
    ShoeApp::new(window::english(), Some(path))
}

fn recommended_ids(app: &ShoeApp) -> Vec<String> {
    let catalogue = app.catalogue().expect("catalogue");
    app.ranking()
        .recommendations
        .iter()
        .map(|r| catalogue.shoes[r.shoe].id.clone())
        .collect()
}

/// A copy of the bundled catalogue in a folder of its own, so a test may change it.
fn copy_of_bundled(folder: &Path) -> PathBuf {
    let path = folder.join("shop.ron");
    std::fs::copy(bundled(), &path).expect("copy");
    path
}

#[test]
fn results_are_there_on_the_first_frame() {
    let harness = window(app_on(bundled()));
    let app = harness.state();
    assert!(!app.ranking().recommendations.is_empty());
    let count = app.ranking().recommendations.len();
    harness.get_by_label_contains(&format!("Recommended ({count})"));
    let first = &app.catalogue().expect("catalogue").shoes[app.ranking().recommendations[0].shoe];
    card(&harness, &first.name());
}

#[test]
fn choosing_wide_removes_every_shoe_not_made_in_wide() {
    use shoe_selector::recommend::Band;
    let mut harness = window(app_on(bundled()));
    let before = harness.state().ranking().recommendations.len();
    harness.get_by_label("Wide").click();
    window::settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.settings().profile.foot_width, Width::Wide);
    let catalogue = app.catalogue().expect("catalogue");
    assert!(app.ranking().recommendations.len() < before);
    // Only a shoe whose width list no source confirms stays, never as a best pick.
    assert!(app.ranking().recommendations.iter().all(|r| {
        let shoe = &catalogue.shoes[r.shoe];
        shoe.made_in(Width::Wide) || (!shoe.widths_confirmed() && r.band != Band::Best)
    }));
    let narrow_only = catalogue
        .shoes
        .iter()
        .find(|s| !s.made_in(Width::Wide) && s.widths_confirmed())
        .expect("a shoe not made in wide");
    assert!(
        harness.query_by_label(&narrow_only.name()).is_none(),
        "{} still listed",
        narrow_only.name()
    );
    harness.get_by_label_contains(&format!(
        "Recommended ({})",
        app.ranking().recommendations.len()
    ));
}

#[test]
fn ticking_orthotics_removes_shoes_with_a_fixed_insole() {
    let mut harness = window(app_on(bundled()));
    harness.get_by_label("More about you (optional)").click();
    harness.run();
    harness.get_by_label("I wear custom orthotics").click();
    window::settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.settings().profile.orthotics, Some(true));
    let catalogue = app.catalogue().expect("catalogue");
    assert!(
        app.ranking()
            .recommendations
            .iter()
            .all(|r| catalogue.shoes[r.shoe].removable_insole)
    );
    let fixed = catalogue
        .shoes
        .iter()
        .filter(|s| !s.removable_insole)
        .count();
    assert!(fixed > 0);
    assert_eq!(app.ranking().excluded.len(), fixed);
    harness.get_by_label(&format!("Why not? ({fixed})")).click();
    harness.run();
    assert_eq!(harness.state().finder().view(), View::LeftOut);
    let glued = harness
        .state()
        .catalogue()
        .expect("catalogue")
        .shoes
        .iter()
        .find(|s| !s.removable_insole)
        .expect("fixed insole")
        .name();
    card(&harness, &glued);
    assert!(shows(
        &harness,
        "The insole is fixed: your orthotics will not fit in."
    ));
}

#[test]
fn choosing_a_shoe_shows_its_reasons() {
    let mut harness = window(app_on(bundled()));
    let (id, name) = {
        let app = harness.state();
        let shoe =
            &app.catalogue().expect("catalogue").shoes[app.ranking().recommendations[1].shoe];
        (shoe.id.clone(), shoe.name())
    };
    card(&harness, &name).click();
    harness.run();
    assert_eq!(harness.state().finder().selected(), Some(id.as_str()));
    let reasons = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        explain(
            catalogue,
            app.shoe(&id).expect("shoe"),
            &app.settings().profile,
        )
    };
    assert!(!reasons.is_empty());
    for reason in &reasons {
        assert!(shows(&harness, &reason.text), "{} not shown", reason.text);
    }
    assert!(shows(&harness, "Specifications"));
}

#[test]
fn arrows_move_through_the_results_and_escape_closes_the_comparison() {
    let mut harness = window(app_on(bundled()));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    let second = {
        let app = harness.state();
        app.catalogue().expect("catalogue").shoes[app.ranking().recommendations[1].shoe]
            .id
            .clone()
    };
    assert_eq!(harness.state().finder().selected(), Some(second.as_str()));
    harness.get_by_label("Add to comparison").click();
    window::settle(&mut harness);
    harness.state_mut().push(FinderCommand::ShowCompare(true));
    harness.run();
    assert!(harness.state().windows().compare_open());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().windows().compare_open());
}

#[test]
fn compare_shows_the_chosen_shoes_side_by_side() {
    let mut harness = window(app_on(bundled()));
    let names: Vec<String> = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        app.ranking().recommendations[..3]
            .iter()
            .map(|r| catalogue.shoes[r.shoe].name())
            .collect()
    };
    for name in &names {
        card(&harness, name).click();
        harness.run();
        harness.get_by_label("Add to comparison").click();
        window::settle(&mut harness);
    }
    assert_eq!(harness.state().finder().compare().len(), 3);
    let before: Vec<usize> = names
        .iter()
        .map(|name| harness.query_all_by_value(name).count())
        .collect();
    harness.get_by_label("Compare (3/4)").click();
    harness.run();
    assert!(harness.state().windows().compare_open());
    for (name, before) in names.iter().zip(before) {
        // The window adds a header with the shoe's name to what the list already shows.
        assert!(
            harness.query_all_by_value(name).count() > before,
            "{name} not in the comparison"
        );
    }
    assert!(shows(&harness, "Foot width") && shows(&harness, "Season"));
    assert!(shows(&harness, "Why it ranks higher"));
    assert!(
        shows(&harness, &format!("above the {}", names[1])),
        "the first is said to be above the second"
    );
    // With measured feet, the size row leads with the size to try in each shoe.
    window::change_profile(&mut harness, |p| {
        p.feet = Some(shoe_selector::profile::Feet {
            left_mm: 270.0,
            right_mm: 270.0,
            left_width_mm: None,
            right_width_mm: None,
        });
    });
    let size_cells = harness
        .query_all(
            By::new()
                .role(egui::accesskit::Role::Label)
                .predicate(|node| {
                    let text = node.label().or_else(|| node.value()).unwrap_or_default();
                    text.contains("Try EU") && text.contains(" · ")
                }),
        )
        .count();
    assert_eq!(size_cells, 3, "a size cell per shoe compared");
}

#[test]
fn a_broken_reload_keeps_the_old_list_and_shows_the_position() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = copy_of_bundled(folder.path());
    let mut harness = window(app_on(path.clone()));
    let before = recommended_ids(harness.state());
    let text = std::fs::read_to_string(&path).expect("read");
    let broken = text.replacen("cushioning: High", "cushioning: Hihg", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("Hihg"))
        .expect("edited")
        + 1;
    std::fs::write(&path, &broken).expect("write");
    harness.state_mut().push(FileCommand::Reload);
    harness.run();
    assert_eq!(
        recommended_ids(harness.state()),
        before,
        "the last good catalogue stays"
    );
    let expected = format!(
        "{}:{line}:25: error: shoe `brooks-ghost-16`: unknown value `Hihg`",
        path.display()
    );
    assert!(
        shows(&harness, &expected),
        "no banner with {expected}; the app has {:?}",
        harness.state().document().failed_load()
    );

    std::fs::write(&path, &text).expect("write");
    harness.state_mut().push(FileCommand::Reload);
    harness.run();
    assert!(harness.state().document().failed_load().is_none());
    assert!(
        !shows(&harness, "error:"),
        "the banner goes when the file is fixed"
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_catalogue_opens() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled()).expect("read");
    // The first two shoes only.
    let cut = text
        .match_indices("        Shoe(")
        .nth(2)
        .map(|(i, _)| i)
        .expect("three shoes");
    let small = format!("{}    ],\n)\n", &text[..cut])
        .replace("Sample catalogue, autumn range", "Dropped shop");
    let path = folder.path().join("dropped.ron");
    std::fs::write(&path, small).expect("write");
    let mut harness = window(app_on(bundled()));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().path(), Some(path.as_path()));
    assert_eq!(app.catalogue().expect("catalogue").shoes.len(), 2);
    assert_eq!(app.settings().recent.first(), Some(&path));
    assert!(shows(&harness, "Dropped shop"));
}

#[test]
fn switching_units_converts_the_values_shown() {
    let mut harness = window(app_on(bundled()));
    window::change_profile(&mut harness, |p| p.weight_kg = 100.0);
    harness.run();
    harness.get_by_label("lb").click();
    window::settle(&mut harness);
    assert_eq!(number(&harness, "Body weight"), 220.5);
    assert_eq!(
        harness.state().settings().profile.weight_kg,
        100.0,
        "stored in kg"
    );

    harness.get_by_label("More about you (optional)").click();
    harness.run();
    harness.get_by_label("Shoe size").click();
    window::settle(&mut harness);
    window::change_profile(&mut harness, |p| p.size_eu = Some(42.0));
    harness.run();
    assert_eq!(number(&harness, "Size (EU)"), 42.0);
    harness.get_by_label("UK").click();
    window::settle(&mut harness);
    assert_eq!(number(&harness, "Size (UK)"), 8.0, "EU 42 is UK 8");
    harness.get_by_label("US men's").click();
    window::settle(&mut harness);
    assert_eq!(number(&harness, "Size (US men's)"), 9.0);
    assert_eq!(
        harness.state().settings().profile.size_eu,
        Some(42.0),
        "stored in EU sizes"
    );
}

#[test]
fn raising_a_priority_re_ranks_at_once() {
    let mut settings = window::english();
    settings.profile.budget = Some(120.0);
    let mut harness = window(ShoeApp::new(settings, Some(bundled())));
    harness.get_by_label("What matters most").click();
    window::settle(&mut harness);
    let before = recommended_ids(harness.state());
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Budget")
        .set_value_accesskit(3.0);
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.settings()
            .priorities
            .get(shoe_selector::recommend::Factor::Budget),
        3.0
    );
    assert_ne!(recommended_ids(app), before);
    harness.get_by_label("Reset priorities").scroll_to_me();
    harness.run();
    harness.get_by_label("Reset priorities").click();
    window::settle(&mut harness);
    assert_eq!(recommended_ids(harness.state()), before);
}

#[test]
fn saved_inputs_that_no_longer_read_fall_back_with_a_notice() {
    let (settings, notice) =
        Settings::restore(Some("Settings(profile: Profile(foot_width: Huge))"));
    let mut app = ShoeApp::new(settings, Some(bundled()));
    if let Some(notice) = notice {
        app.notify(notice);
    }
    let harness = window(app);
    assert!(shows(&harness, "could not be read"));
}

/// Runs frames, in real time, until `done` holds or ten seconds pass.
fn wait_until(harness: &mut Harness<'_, ShoeApp>, done: impl Fn(&ShoeApp) -> bool) -> bool {
    for _ in 0..200 {
        harness.step();
        if done(harness.state()) {
            harness.run();
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

#[test]
fn an_edit_on_disk_reloads_by_itself_and_a_broken_one_shows_the_banner() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = copy_of_bundled(folder.path());
    let mut harness = window(app_on(path.clone()));
    let text = std::fs::read_to_string(&path).expect("read");
    // Rename the catalogue in place: the window should follow without being asked.
    std::fs::write(
        &path,
        text.replace("Sample catalogue, autumn range", "Edited range"),
    )
    .expect("write");
    assert!(
        wait_until(&mut harness, |app| app
            .catalogue()
            .and_then(|c| c.name.as_deref())
            == Some("Edited range")),
        "the change on disk was not picked up"
    );
    // The first shoe's weight ten times over: out of range.
    let first_weight = text
        .split("weight_g: ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("a weight");
    std::fs::write(
        &path,
        text.replacen(
            &format!("weight_g: {first_weight},"),
            &format!("weight_g: {first_weight}0,"),
            1,
        ),
    )
    .expect("write");
    assert!(
        wait_until(&mut harness, |app| app.document().failed_load().is_some()),
        "the broken file was not noticed"
    );
    assert!(shows(&harness, &format!("`weight_g` is {first_weight}0")));
    assert_eq!(
        harness.state().catalogue().and_then(|c| c.name.as_deref()),
        Some("Edited range"),
        "the last good catalogue stays"
    );
}

#[test]
fn a_large_catalogue_loads_in_the_background_with_progress() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled()).expect("read");
    let start = text.find("        Shoe(").expect("a shoe");
    let end = text.rfind("    ],").expect("end of shoes");
    let shoes = &text[start..end];
    let per_copy = shoes.matches("        Shoe(").count();
    let mut big = text[..start].to_string();
    let mut copies = 0;
    while big.len() < 3 * 1024 * 1024 {
        big.push_str(&shoes.replace("id: \"", &format!("id: \"copy-{copies}-")));
        copies += 1;
    }
    big.push_str("    ],\n)\n");
    let path = folder.path().join("big.ron");
    std::fs::write(&path, &big).expect("write");

    let mut harness = window(app_on(bundled()));
    harness.state_mut().push(FileCommand::Open(path.clone()));
    harness.step();
    assert!(
        harness.state().document().loading().is_some(),
        "a file this large is read in the background"
    );
    harness.step();
    let loaded = |app: &ShoeApp| app.document().path() == Some(path.as_path());
    if !loaded(harness.state()) {
        assert!(
            shows(&harness, "Reading"),
            "no progress shown while loading"
        );
    }
    assert!(
        wait_until(&mut harness, loaded),
        "the large catalogue never arrived"
    );
    assert_eq!(
        harness.state().catalogue().map(|c| c.shoes.len()),
        Some(per_copy * copies)
    );
    // Read again (as when it changes on disk), it is read in the background too, the one
    // on screen staying until the new one is in.
    window::settle(&mut harness);
    let shown = harness
        .state()
        .document()
        .catalogue()
        .cloned()
        .expect("shown");
    harness.state_mut().push(FileCommand::Reload);
    harness.step();
    assert!(
        harness.state().document().loading().is_some(),
        "read again in the background"
    );
    assert!(
        harness
            .state()
            .document()
            .catalogue()
            .is_some_and(|now| std::sync::Arc::ptr_eq(now, &shown)),
        "the one on screen stays meanwhile"
    );
    window::settle(&mut harness);
    assert!(harness.state().document().loading().is_none());
    assert_eq!(
        harness.state().catalogue().map(|c| c.shoes.len()),
        Some(per_copy * copies)
    );
}

#[test]
fn a_large_catalogue_being_read_can_be_cancelled_and_the_shown_one_stays() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shoe_selector::catalogue::generate::generate(8_000);
    let path = folder.path().join("big.ron");
    std::fs::write(
        &path,
        shoe_selector::catalogue::save::to_ron(&catalogue, ""),
    )
    .expect("write");
    assert!(
        std::fs::metadata(&path).expect("written").len() > 2 * 1024 * 1024,
        "large enough to load in the background"
    );
    let mut harness = window(app_on(bundled()));
    harness.state_mut().push(FileCommand::Open(path.clone()));
    harness.state_mut().push(FileCommand::CancelLoading);
    harness.run();
    std::thread::sleep(std::time::Duration::from_millis(500));
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().path(), Some(bundled().as_path()));
    let bundled_count = shoe_selector::catalogue::load_catalogue(&bundled())
        .catalogue
        .map(|c| c.shoes.len());
    assert_eq!(app.catalogue().map(|c| c.shoes.len()), bundled_count);
}

#[test]
fn ctrl_f_searches_the_shoes_by_name() {
    let mut harness = window(app_on(bundled()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    // Typing goes to whatever has the focus: the search field, if Ctrl+F worked.
    harness.event(egui::Event::Text("speedgoat".into()));
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.finder().search(),
        "speedgoat",
        "the search field had the focus"
    );
    let catalogue = app.catalogue().expect("catalogue");
    let mut shown: Vec<&str> = app
        .finder()
        .visible_rows(Some(catalogue))
        .iter()
        .map(|&(i, _)| catalogue.shoes[i].id.as_str())
        .collect();
    shown.sort_unstable();
    assert_eq!(shown, vec!["hoka-speedgoat-6", "hoka-speedgoat-6-gtx"]);
    assert!(
        harness.query_by_label("Brooks Ghost 16").is_none(),
        "other shoes are hidden"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().finder().search().is_empty(),
        "Esc clears the search"
    );
}

/// The detail of a shoe says what change of the runner's inputs would move it up, in the
/// words the recommender gives for it.
#[test]
fn the_detail_says_what_would_move_a_shoe_up() {
    let mut harness = window(app_on(bundled()));
    let (name, expected) = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let what_ifs = app
            .finder()
            .what_ifs()
            .expect("what-ifs for the bundled catalogue");
        app.ranking()
            .recommendations
            .iter()
            .take(6)
            .find_map(|r| {
                let found = what_ifs.of(r.shoe);
                let first = found.first()?;
                Some((catalogue.shoes[r.shoe].name(), first.text.clone()))
            })
            .expect("a shoe near the top that a change would move up")
    };
    assert!(!shows(&harness, "What if"), "nothing selected yet");
    card(&harness, &name).click();
    harness.run();
    assert!(shows(&harness, "What if"));
    assert!(shows(&harness, &expected), "{expected}");
}

/// A catalogue of thousands of shoes still gets what-ifs in the window.
#[test]
fn a_catalogue_of_thousands_gets_what_ifs_too() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("chain.ron");
    std::fs::write(&path, to_ron(&generate(3_000), "")).expect("write");
    // A file this size may be read in the background: wait for it.
    let mut harness = builder().build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app_on(path));
    let start = std::time::Instant::now();
    while harness.state().catalogue().is_none() && start.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    window::settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.catalogue().map(|c| c.shoes.len()), Some(3_000));
    let what_ifs = app.finder().what_ifs().expect("what-ifs");
    assert_eq!(what_ifs.len(), 3_000);
    assert!(
        app.ranking()
            .excluded
            .iter()
            .any(|e| !what_ifs.of(e.shoe).is_empty())
            || app
                .ranking()
                .recommendations
                .iter()
                .skip(1)
                .any(|r| !what_ifs.of(r.shoe).is_empty()),
        "some shoe has a what-if"
    );
}

/// A catalogue that loads with warnings says so in the menu bar; the button opens the list,
/// each warning at its line and column, and it goes once the file is put right.
#[test]
fn warnings_of_the_catalogue_are_one_click_away_and_go_when_fixed() {
    let folder = tempfile::tempdir().expect("temp dir");
    // Without its pictures' folder, every shoe with a picture has a warning.
    let path = copy_of_bundled(folder.path());
    let text = std::fs::read_to_string(&path).expect("read");
    let pictures = text.matches("image:").count();
    assert!(pictures > 1);
    let mut harness = window(app_on(path.clone()));
    assert_eq!(harness.state().warnings().len(), pictures);
    // The first warning is at the first picture's path, and the list shows its line and
    // column beside what is wrong.
    let (line_index, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("image:"))
        .expect("a picture");
    let column = line.find('"').expect("quoted path") + 1;
    let first = &harness.state().warnings()[0];
    assert_eq!((first.line, first.column), (line_index + 1, column));
    let picture = line.split('"').nth(1).expect("path");
    assert!(first.message().contains(picture), "{}", first.message());
    let position = format!("{}:{column}", line_index + 1);
    let listed = |harness: &Harness<'_, ShoeApp>| {
        let message = harness.state().warnings()[0].message();
        shows(harness, &message)
            && harness
                .query_all(
                    By::new().predicate(|node| node.value().is_some_and(|v| v.trim() == position)),
                )
                .next()
                .is_some()
    };
    assert!(!listed(&harness), "the list waits for the button");
    harness
        .get_by_label(&format!("⚠ {pictures} warnings"))
        .click();
    harness.run();
    assert!(harness.state().windows().warnings_open());
    assert!(listed(&harness), "no {position} with its message");

    // A warning's shoe opens the editor on it (a shoe other than the first, which an
    // editor might choose by itself).
    let shoe = harness.state().warnings()[3].shoe.clone().expect("a shoe");
    let first_id = harness.state().catalogue().expect("catalogue").shoes[0]
        .id
        .clone();
    assert_ne!(shoe, first_id);
    harness.get_by_label(&shoe).click();
    window::settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.mode(), shoe_selector::app::Mode::Edit);
    let editor = app.editor().expect("the editor");
    let chosen = editor
        .selected()
        .map(|i| editor.draft().shoes[i].id.clone());
    assert_eq!(chosen, Some(shoe));
    // The list stays open beside the editor, for the next one.
    assert!(listed(&harness), "the list went with the editor");
    harness.state_mut().push(EditorCommand::Edit(false));
    harness.run();

    // The pictures arrive: the reload has no warnings, and the button and list go.
    let pictures_folder = folder.path().join("images");
    std::fs::create_dir(&pictures_folder).expect("folder");
    for entry in std::fs::read_dir(bundled().with_file_name("images")).expect("pictures") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), pictures_folder.join(entry.file_name())).expect("copy");
    }
    harness.state_mut().push(FileCommand::Reload);
    harness.run();
    assert!(harness.state().warnings().is_empty());
    assert!(!harness.state().windows().warnings_open());
    assert!(!shows(&harness, "warning"));
}

#[test]
fn a_catalogue_without_warnings_shows_no_warnings_button() {
    let harness = window(app_on(bundled()));
    assert!(harness.state().warnings().is_empty());
    assert!(!shows(&harness, "warning"));
}

/// The ranked list says how many best picks there are and marks each; when no shoe suits
/// everything the runner said, it says so above the list.
#[test]
fn the_list_marks_the_best_picks_and_says_when_there_is_none() {
    let harness = window(app_on(bundled()));
    let best = harness
        .state()
        .ranking()
        .in_band(shoe_selector::recommend::Band::Best);
    assert!(best > 0);
    assert!(shows(&harness, &format!("{best} best picks to try first")));
    assert!(shows(&harness, "★ Best pick"));
    let mut settings = harness.state().settings().clone();
    settings.profile.foot_width = Width::ExtraWide;
    settings.profile.weight_kg = 110.0;
    settings.profile.pronation = shoe_selector::profile::Pronation::Over;
    settings.profile.season = shoe_selector::profile::Season::Winter;
    settings.profile.surface = shoe_selector::catalogue::Surface::Trail;
    let mut harness = window(ShoeApp::new(settings, Some(bundled())));
    harness.run();
    assert!(shows(
        &harness,
        &shoe_selector::words::Lang::En
            .words()
            .get(shoe_selector::recommend::NO_BEST_PICK)
    ));
    assert!(!shows(&harness, "★ Best pick"));
}

/// With no catalogue chosen, the window shows the sample built into the program, pictures
/// and all, wherever it is run from; editing it asks for a copy first, and the copy written
/// into a folder is then open to edit.
#[test]
fn the_built_in_sample_shows_with_its_pictures_and_is_edited_as_a_copy() {
    let mut harness = window(ShoeApp::new(window::english(), None));
    let (shoes, first) = {
        let app = harness.state();
        assert!(app.document().is_sample());
        assert_eq!(app.document().path(), None);
        let catalogue = app.catalogue().expect("the sample");
        (
            catalogue.shoes.len(),
            catalogue.shoes[app.ranking().recommendations[0].shoe].clone(),
        )
    };
    assert!(shoes >= 60);
    for _ in 0..200 {
        harness.step();
        if !harness.state().pictures_pending() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let ctx = harness.ctx.clone();
    assert!(
        matches!(
            harness.state_mut().picture(&ctx, &first),
            shoe_selector::app::Picture::Ready(_)
        ),
        "the sample's pictures come with the program"
    );

    harness.state_mut().push(EditorCommand::Edit(true));
    harness.run();
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(shoe_selector::app::Confirm::SampleIsBuiltIn)
    );
    assert!(shows(&harness, "Save a copy"));
    harness.get_by_label("Cancel").click();
    window::settle(&mut harness);

    let folder = tempfile::tempdir().expect("temp dir");
    let copy = folder.path().join("my-shop");
    harness
        .state_mut()
        .push(FileCommand::SaveSample(copy.clone()));
    window::settle(&mut harness);
    let app = harness.state();
    assert!(!app.document().is_sample());
    assert_eq!(
        app.document().path(),
        Some(copy.join("catalogue.ron").as_path())
    );
    assert!(app.warnings().is_empty(), "{:?}", app.warnings());
    assert!(
        copy.join("images")
            .join(
                first
                    .image
                    .as_deref()
                    .unwrap_or_default()
                    .trim_start_matches("images/")
            )
            .is_file()
    );
    harness.state_mut().push(EditorCommand::Edit(true));
    harness.run();
    assert_eq!(harness.state().mode(), shoe_selector::app::Mode::Edit);
}

/// View → Language → Русский turns the whole window Russian at once (the tabs, a shoe's
/// reasons), and the choice is in the settings the window saves, so the next start speaks
/// Russian too; "System language" goes back to following the system.
#[test]
fn the_view_menu_switches_the_language_and_it_is_remembered() {
    let mut harness = window(ShoeApp::new(window::english(), Some(bundled())));
    let count = harness.state().ranking().recommendations.len();
    let english = format!("Recommended ({count})");
    let russian = format!("Рекомендуем ({count})");
    assert!(harness.query_by_label_contains(&english).is_some());
    harness.get_by_label("View").click();
    window::settle(&mut harness);
    harness.get_by_label("Language").click();
    window::settle(&mut harness);
    harness.get_by_label("Русский").click();
    window::settle(&mut harness);
    assert!(
        harness.query_by_label_contains(&russian).is_some(),
        "the tab in Russian"
    );
    assert!(harness.query_by_label_contains(&english).is_none());
    let saved = harness.state().settings().to_text();
    let (restored, _) = Settings::restore(Some(&saved));
    assert_eq!(restored.language, Some(shoe_selector::words::Lang::Ru));
    // A shoe's reasons follow: the first one's detail is in Russian.
    harness.state_mut().push(FinderCommand::MoveSelection(1));
    harness.run();
    let first_reason = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let shoe = &catalogue.shoes[app.ranking().recommendations[0].shoe];
        shoe_selector::recommend::Explainer::new(catalogue, &app.settings().profile)
            .speaking(shoe_selector::words::Lang::Ru)
            .explain(shoe)
            .remove(0)
            .text
    };
    assert!(shows(&harness, &first_reason), "{first_reason}");
    harness.state_mut().push(InputsCommand::SetLanguage(None));
    harness.run();
    assert_eq!(harness.state().settings().language, None);
}

/// In Russian, the catalogue's problems are Russian too, at the same lines and columns: the
/// warnings list and the banner of a file that does not load.
#[test]
fn the_catalogue_s_problems_are_said_in_the_window_s_language() {
    use shoe_selector::catalogue::load_catalogue;
    use shoe_selector::words::Lang;
    let russian = || Settings {
        language: Some(Lang::Ru),
        ..window::english()
    };
    let cyrillic = |text: &str| text.chars().any(|c| ('а'..='я').contains(&c));
    let folder = tempfile::tempdir().expect("temp dir");
    // Without its pictures, every picture is a warning.
    let path = copy_of_bundled(folder.path());
    let mut harness = window(ShoeApp::new(russian(), Some(path.clone())));
    harness.state_mut().push(WindowsCommand::ShowWarnings(true));
    harness.run();
    let first = harness.state().warnings()[0].message_in(Lang::Ru.words());
    assert!(cyrillic(&first), "{first}");
    assert!(shows(&harness, &first), "{first}");
    assert!(!shows(&harness, &harness.state().warnings()[0].message()));
    drop(harness);

    // A weight out of range: the file does not load, and the banner says why in Russian.
    let text =
        std::fs::read_to_string(&path)
            .expect("read")
            .replacen("weight_g: ", "weight_g: 1", 1);
    std::fs::write(&path, text).expect("write");
    let error = load_catalogue(&path)
        .diagnostics
        .into_iter()
        .find(|d| d.is_error())
        .expect("an error");
    let line = error.line_in(Lang::Ru.words());
    assert!(
        line.contains(": ошибка: ") && line.contains("вне диапазона"),
        "{line}"
    );
    let harness = window(ShoeApp::new(russian(), Some(path)));
    assert!(shows(&harness, &line), "{line}");
    assert!(!shows(&harness, &error.to_string()));
}

/// In Russian the number fields write a decimal comma (72,5 кг), as the reasons do; typed
/// with a comma, a number is read as such.
#[test]
fn russian_number_fields_write_a_decimal_comma() {
    use shoe_selector::words::Lang;
    let mut settings = Settings {
        language: Some(Lang::Ru),
        ..window::english()
    };
    settings.profile.weight_kg = 72.5;
    let has = window::shows_or_names;
    let mut harness = window(ShoeApp::new(settings.clone(), Some(bundled())));
    assert!(has(&harness, "72,5 кг"));
    assert!(!has(&harness, "72.5 кг"));
    // The same field in English keeps its point.
    settings.language = Some(Lang::En);
    let english = window(ShoeApp::new(settings, Some(bundled())));
    assert!(has(&english, "72.5 kg"));
    // Typing "80,5" into the Russian field gives 80.5 kg.
    let field = harness.get_by(|node| {
        node.value().is_some_and(|v| v.contains("72,5 кг"))
            || node.label().is_some_and(|v| v.contains("72,5 кг"))
    });
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("80,5");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        (harness.state().settings().profile.weight_kg - 80.5).abs() < 1e-9,
        "{}",
        harness.state().settings().profile.weight_kg
    );
}

/// Under "More about you": what the pair is for, how marked the gait is (only for a gait
/// that is not neutral), Achilles trouble and the foam the runner likes, each with its hint;
/// choosing races for a competitive runner brings a racer to the top.
#[test]
fn the_new_inputs_are_under_more_about_you_and_rerank() {
    use shoe_selector::catalogue::{Foam, Purpose};
    use shoe_selector::profile::{Experience, PronationSeverity};
    let mut settings = window::english();
    settings.profile.experience = Some(Experience::Competitive);
    settings.profile.weight_kg = 62.0;
    let mut harness = window(ShoeApp::new(settings, Some(bundled())));
    harness.get_by_label("More about you (optional)").click();
    harness.run();
    assert!(
        harness.query_by_label("How marked").is_none(),
        "neutral gait: no severity"
    );
    for hint in [
        "What this pair is for; not given means everyday running.",
        "call for a drop of 8 mm or more",
        "How you like the foam underfoot",
    ] {
        assert!(shows(&harness, hint), "{hint}");
    }
    let top = |harness: &Harness<'_, ShoeApp>| {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let shoe = &catalogue.shoes[app.ranking().recommendations[0].shoe];
        (shoe.id.clone(), shoe.plate)
    };
    let click = |harness: &mut Harness<'_, ShoeApp>, label: &str| {
        harness.get_by_label(label).scroll_to_me();
        harness.run();
        harness.get_by_label(label).click();
        window::settle(harness);
    };
    click(&mut harness, "Races");
    assert_eq!(
        harness.state().settings().profile.purpose,
        Some(Purpose::Race)
    );
    let (id, plate) = top(&harness);
    assert_eq!(
        plate,
        Some(shoe_selector::catalogue::Plate::Carbon),
        "{id} tops a race pair"
    );
    click(&mut harness, "Achilles or calf trouble");
    click(&mut harness, "Firm");
    let profile = &harness.state().settings().profile;
    assert_eq!(profile.achilles_pain, Some(true));
    assert_eq!(profile.preferred_foam, Some(Foam::Firm));
    // The severity shows once the gait is not neutral.
    click(&mut harness, "Over");
    click(&mut harness, "Marked");
    assert_eq!(
        harness.state().settings().profile.pronation_severity,
        Some(PronationSeverity::Marked)
    );
}

/// With pounds chosen, the reasons say pounds ("At 243 lb"), never kilograms; the budget
/// carries the catalogue's currency.
#[test]
fn reasons_speak_the_weight_unit_chosen_and_the_budget_its_currency() {
    use shoe_selector::units::WeightUnit;
    let mut settings = window::english();
    settings.weight_unit = WeightUnit::Lb;
    settings.profile.weight_kg = 110.0;
    settings.profile.budget = Some(150.0);
    let mut harness = window(ShoeApp::new(settings, Some(bundled())));
    harness.state_mut().push(FinderCommand::MoveSelection(1));
    harness.run();
    let has = window::shows_or_names;
    assert!(has(&harness, "243 lb"), "the weight reasons in pounds");
    assert!(!has(&harness, "110 kg"), "no kilograms left in the reasons");
    harness.get_by_label("More about you (optional)").click();
    harness.run();
    assert!(has(&harness, "150 EUR"), "the budget with its currency");
}

/// A search narrows the tabs' counts to the shoes it matches ("Recommended (2 of 93)"), and
/// another shoe chosen opens its detail at the top, not where the last was scrolled to.
#[test]
fn tab_counts_follow_the_search_and_the_detail_starts_at_the_top() {
    let mut harness = window(app_on(bundled()));
    let total = harness.state().ranking().recommendations.len();
    harness
        .state_mut()
        .push(FinderCommand::Search("ghost".into()));
    harness.run();
    let matching = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        app.ranking()
            .recommendations
            .iter()
            .filter(|r| {
                let shoe = &catalogue.shoes[r.shoe];
                shoe.name().to_lowercase().contains("ghost") || shoe.id.contains("ghost")
            })
            .count()
    };
    assert!(matching > 0 && matching < total);
    assert!(
        harness
            .query_by_label_contains(&format!("Recommended ({matching} of {total})"))
            .is_some()
    );
    harness
        .state_mut()
        .push(FinderCommand::Search(String::new()));
    harness.run();

    harness.state_mut().push(FinderCommand::MoveSelection(1));
    harness.run();
    let name_of = |harness: &Harness<'_, ShoeApp>| {
        let app = harness.state();
        let id = app.finder().selected().expect("a shoe").to_string();
        let catalogue = app.catalogue().expect("catalogue");
        catalogue
            .shoes
            .iter()
            .find(|s| s.id == id)
            .expect("shoe")
            .name()
    };
    let first = name_of(&harness);
    let top_of = |harness: &Harness<'_, ShoeApp>, name: &str| {
        harness
            .query_all_by_label(name)
            .map(|node| node.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    let at_first = top_of(&harness, &first);
    for _ in 0..6 {
        harness.get_by_label("Why").scroll_down();
        harness.run();
    }
    assert!(
        top_of(&harness, &first) < at_first - 50.0 || harness.query_by_label("Why").is_none(),
        "the detail scrolled down"
    );
    harness.state_mut().push(FinderCommand::MoveSelection(1));
    harness.run();
    harness.run();
    let second = name_of(&harness);
    assert_ne!(first, second);
    assert!(
        (top_of(&harness, &second) - at_first).abs() < 30.0,
        "the new shoe's name is back at the top"
    );
}

/// View → Theme → Light turns the window light at once and is remembered; System theme goes
/// back to following the system.
#[test]
fn the_view_menu_picks_light_or_dark_and_it_is_remembered() {
    use shoe_selector::app::Theme;
    let mut harness = window(ShoeApp::new(window::english(), Some(bundled())));
    for (item, theme, dark) in [("Light", Theme::Light, false), ("Dark", Theme::Dark, true)] {
        harness.get_by_label("View").click();
        window::settle(&mut harness);
        harness.get_by_label("Theme").click();
        window::settle(&mut harness);
        harness.get_by_label(item).click();
        window::settle(&mut harness);
        assert_eq!(harness.state().settings().theme, Some(theme));
        assert_eq!(harness.ctx.theme() == egui::Theme::Dark, dark, "{item}");
        let saved = harness.state().settings().to_text();
        let (restored, _) = Settings::restore(Some(&saved));
        assert_eq!(restored.theme, Some(theme));
    }
    harness.state_mut().push(InputsCommand::SetTheme(None));
    harness.run();
    assert_eq!(harness.state().settings().theme, None);
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
}

/// Help lists the keyboard shortcuts and says what the program is (version, licence, the
/// catalogue shown), and its how-to names the window's own tabs and buttons.
#[test]
fn help_lists_the_shortcuts_and_says_what_the_program_is() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = copy_of_bundled(folder.path());
    let mut harness = window(app_on(path.clone()));
    harness.get_by_label("Help").click();
    window::settle(&mut harness);
    assert!(
        shows(&harness, "\"Why not?\""),
        "the left-out tab by its name"
    );
    assert!(shows(&harness, "\"Add to comparison\""));
    harness.get_by_label("Keyboard shortcuts").click();
    window::settle(&mut harness);
    for text in ["Ctrl+F", "search shoes by name", "Ctrl+Shift+S"] {
        assert!(shows(&harness, text), "{text}");
    }
    harness.get_by_label("About").click();
    window::settle(&mut harness);
    assert!(shows(
        &harness,
        &format!("Version {}", env!("CARGO_PKG_VERSION"))
    ));
    assert!(shows(&harness, &format!("Catalogue: {}", path.display())));
}

/// A large catalogue given at start is read in the background: the window is there at once
/// with a progress line, and the shoes follow.
#[test]
fn a_large_catalogue_given_at_start_loads_in_the_background() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("large.ron");
    std::fs::write(&path, to_ron(&generate(12_000), "")).expect("write");
    assert!(std::fs::metadata(&path).expect("size").len() > 2 * 1024 * 1024);
    let app = app_on(path.clone());
    assert!(
        app.catalogue().is_none(),
        "not read before the window shows"
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.step();
    assert!(
        harness.query_by_label_contains("Reading ").is_some(),
        "a progress line while it reads"
    );
    let start = std::time::Instant::now();
    while harness.state().catalogue().is_none() && start.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    assert_eq!(
        harness.state().catalogue().map(|c| c.shoes.len()),
        Some(12_000)
    );

    // A catalogue opened while the large one is still being read supersedes it: an edit made
    // meanwhile is never replaced when the large one arrives.
    let small = copy_of_bundled(folder.path());
    let app = app_on(path);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.step();
    harness.state_mut().push(FileCommand::Open(small.clone()));
    harness.state_mut().push(EditorCommand::Edit(true));
    harness.step();
    let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
    shoe.model = "Kept".into();
    harness
        .state_mut()
        .push(DraftCommand::ChangeShoe(0, Box::new(shoe)));
    harness.step();
    let start = std::time::Instant::now();
    while start.elapsed().as_secs() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    let app = harness.state();
    assert_eq!(app.document().path(), Some(small.as_path()));
    assert_eq!(
        app.editor().expect("editor").draft().shoes[0].model,
        "Kept",
        "the edit stays"
    );
}

/// A warning that says the same of many shoes is one row in the list, with how many.
#[test]
fn the_same_warning_about_many_shoes_is_one_row() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = copy_of_bundled(folder.path());
    let text =
        std::fs::read_to_string(&path)
            .expect("read")
            .replacen("    currency: \"EUR\",\n", "", 1);
    std::fs::write(&path, text).expect("write");
    let mut harness = window(app_on(path));
    let unpriced = harness
        .state()
        .warnings()
        .iter()
        .filter(|w| w.said.id() == "check-price-no-currency")
        .count();
    assert!(unpriced > 10, "{unpriced} prices without a currency");
    harness.state_mut().push(WindowsCommand::ShowWarnings(true));
    harness.run();
    assert!(shows(
        &harness,
        &format!("{unpriced} shoes, this one first: price with no currency")
    ));
}

/// The first best pick stands out above the list: what it suits, and what puts it ahead of
/// the next.
#[test]
fn the_first_best_pick_stands_out_with_why() {
    let harness = window(app_on(bundled()));
    let (first, second) = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let name = |i: usize| catalogue.shoes[app.ranking().recommendations[i].shoe].name();
        (name(0), name(1))
    };
    assert!(shows(
        &harness,
        "Try this one first: it suits all you gave ("
    ));
    assert!(shows(&harness, &format!("it edges the {second} on ")));
    // Its card is the larger one, and the why is inside it.
    let (first_card, second_card) = (
        card(&harness, &first).rect(),
        card(&harness, &second).rect(),
    );
    assert!(
        first_card.height() > second_card.height() + 40.0,
        "{first_card:?} against {second_card:?}"
    );
    let why = harness.get_by_label_contains("Try this one first").rect();
    assert!(
        first_card.contains_rect(why),
        "{why:?} inside {first_card:?}"
    );
}

#[test]
fn when_nothing_suits_the_window_says_what_would_widen_the_choice_and_tries_it() {
    use shoe_selector::catalogue::{Purpose, Surface};
    use shoe_selector::profile::{Pronation, Season};
    use shoe_selector::recommend::Band;
    let mut harness = window(app_on(bundled()));
    // Racing shoes in extra wide: the shop has none; an everyday pair or a wide fit would do.
    let hard = |p: &mut shoe_selector::profile::Profile| {
        p.foot_width = Width::ExtraWide;
        p.weight_kg = 72.0;
        p.pronation = Pronation::Neutral;
        p.season = Season::SpringAutumn;
        p.surface = Surface::Road;
        p.purpose = Some(Purpose::Race);
    };
    window::change_profile(&mut harness, hard);
    harness.run();
    assert_eq!(harness.state().ranking().in_band(Band::Best), 0);
    assert!(shows(
        &harness,
        "No shoe in this catalogue suits everything you asked"
    ));
    assert!(shows(&harness, "What would widen the choice:"));
    let widenings = harness.state().finder().widenings().to_vec();
    assert!(!widenings.is_empty());
    let words = shoe_selector::words::Lang::En.words();
    for widening in &widenings {
        assert!(shows(&harness, &widening.text(words)));
    }
    // No larger card heads a list without a best pick.
    assert!(!shows(&harness, "Try this one first"));
    let before = harness.state().settings().profile.clone();
    harness
        .get_all_by_label("Try it")
        .next()
        .expect("a button")
        .click();
    window::settle(&mut harness);
    let expected = shoe_selector::recommend::what_if::apply(&before, &widenings[0].changes)
        .expect("a valid change");
    assert_eq!(
        harness.state().settings().profile,
        expected,
        "the first change is made to the inputs"
    );
    assert_eq!(
        harness.state().ranking().in_band(Band::Best),
        widenings[0].suiting.min(5)
    );
    assert!(!shows(&harness, "What would widen the choice:"));
}

#[test]
fn a_shoe_chosen_far_down_the_list_is_scrolled_into_view() {
    let mut harness = window(app_on(bundled()));
    let last = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let last = app.ranking().recommendations.last().expect("a ranking");
        catalogue.shoes[last.shoe].clone()
    };
    // Only the rows in view are drawn: the last card is not there yet.
    let role = egui::accesskit::Role::Button;
    assert!(
        harness
            .query_by_role_and_label(role, &last.name())
            .is_none()
    );
    harness
        .state_mut()
        .push(FinderCommand::Select(Some(last.id.clone())));
    harness.run();
    harness.run();
    let shown = card(&harness, &last.name()).rect();
    assert!(shown.bottom() <= 800.0 && shown.top() >= 0.0, "{shown:?}");
}

#[test]
fn without_a_file_dialog_a_path_box_asks_for_the_path_and_says_what_is_wrong_with_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let shop = copy_of_bundled(folder.path());
    let mut harness = window(app_on(bundled()).without_file_dialogs());
    harness.state_mut().push(FileCommand::OpenDialog);
    harness.run();
    assert!(shows(&harness, "Open a catalogue"));
    assert!(shows(&harness, "No file dialog could open here"));
    let path_field = |harness: &Harness<'_, ShoeApp>| {
        let start = bundled().parent().expect("folder").display().to_string();
        harness
            .query_all_by_role(egui::accesskit::Role::TextInput)
            .find(|node| node.value().is_some_and(|v| v.starts_with(&start)))
            .map(|node| node.value().unwrap_or_default())
    };
    let typed = path_field(&harness).expect("the box starts in the catalogue's folder");
    assert!(typed.ends_with(std::path::MAIN_SEPARATOR), "{typed}");
    // A path that is not there is refused, in words, and the box stays.
    let missing = folder.path().join("nowhere.ron");
    harness
        .state_mut()
        .push(PathCommand::TypePath(missing.display().to_string()));
    harness.run();
    harness.get_by_label("Open").click();
    window::settle(&mut harness);
    assert!(shows(
        &harness,
        &format!("{} is not a file.", missing.display())
    ));
    assert_eq!(
        harness.state().document().path(),
        Some(bundled().as_path()),
        "nothing opened"
    );
    // A file that is there opens, typed and taken with Enter.
    harness
        .state_mut()
        .push(PathCommand::TypePath(shop.display().to_string()));
    harness.run();
    let shop_text = shop.display().to_string();
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v == shop_text))
        .expect("the path typed")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().document().path(), Some(shop.as_path()));
    assert!(
        harness.state().windows().path_box().is_none(),
        "the box closed"
    );

    // The sessions folder, too: a file is not a folder; a folder is kept.
    harness
        .state_mut()
        .push(FittingCommand::ChooseSessionsFolder);
    harness.run();
    assert!(shows(&harness, "Keep fitting sessions in"));
    harness
        .state_mut()
        .push(PathCommand::TypePath(shop.display().to_string()));
    harness.run();
    harness.get_by_label("Choose").click();
    window::settle(&mut harness);
    assert!(shows(&harness, "is not a folder."));
    harness
        .state_mut()
        .push(PathCommand::TypePath(folder.path().display().to_string()));
    harness.run();
    harness.get_by_label("Choose").click();
    window::settle(&mut harness);
    assert_eq!(harness.state().settings().sessions(), folder.path());
    // A folder that is not there: said so, and made when chosen again.
    let new_folder = folder.path().join("shop/sessions");
    harness
        .state_mut()
        .push(FittingCommand::ChooseSessionsFolder);
    harness.run();
    harness
        .state_mut()
        .push(PathCommand::TypePath(new_folder.display().to_string()));
    harness.run();
    harness.get_by_label("Choose").click();
    window::settle(&mut harness);
    assert!(shows(
        &harness,
        "is not there. Take the path again to make it."
    ));
    assert!(!new_folder.exists());
    harness.get_by_label("Choose").click();
    window::settle(&mut harness);
    assert!(new_folder.is_dir());
    assert_eq!(harness.state().settings().sessions(), new_folder);
    // Cancel closes the box and changes nothing.
    harness.state_mut().push(FileCommand::OpenDialog);
    harness.run();
    harness.get_by_label("Cancel").click();
    window::settle(&mut harness);
    assert!(harness.state().windows().path_box().is_none());
    assert_eq!(harness.state().document().path(), Some(shop.as_path()));
}

/// A file dialog opens off the frame: while it is open the window keeps drawing and
/// answering, a second Ctrl+O opens no second dialog, and the file chosen opens once the
/// dialog closes, as a command of its own.
#[test]
fn a_file_dialog_leaves_the_window_drawing_and_its_choice_opens_when_it_closes() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex, mpsc};
    let folder = tempfile::tempdir().expect("temp dir");
    let shop = copy_of_bundled(folder.path());
    let (answer, chosen) = mpsc::channel::<Option<PathBuf>>();
    let chosen = Arc::new(Mutex::new(chosen));
    let opened = Arc::new(AtomicUsize::new(0));
    let counted = opened.clone();
    let app = ShoeApp::new(window::english(), None).with_dialogs(move |purpose| {
        assert_eq!(purpose, PathFor::OpenCatalogue);
        counted.fetch_add(1, Ordering::SeqCst);
        // A dialog run in the frame would hold the frame here: it gives up after a while,
        // and the checks below then fail rather than hang.
        chosen
            .lock()
            .expect("lock")
            .recv_timeout(std::time::Duration::from_secs(3))
            .ok()
            .flatten()
    });
    let mut harness = window(app);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    // The dialog waits for its answer; frames go on meanwhile.
    let frame = harness.ctx.cumulative_frame_nr();
    for _ in 0..5 {
        harness.run();
    }
    assert!(
        harness.ctx.cumulative_frame_nr() > frame,
        "the window draws"
    );
    assert!(harness.state().busy(), "the dialog is open");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    assert_eq!(opened.load(Ordering::SeqCst), 1, "one dialog at a time");
    assert!(
        harness.state().document().path().is_none(),
        "nothing chosen yet"
    );
    answer.send(Some(shop.clone())).expect("the dialog answers");
    window::settle(&mut harness);
    for _ in 0..50 {
        if harness.state().document().path() == Some(shop.as_path()) {
            break;
        }
        harness.run();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(harness.state().document().path(), Some(shop.as_path()));
}

/// The what-ifs are found off the frame: an input change re-ranks in its own frame, the
/// what-ifs follow, and however fast the inputs change they end up those of the inputs on
/// screen, as the core works them out.
#[test]
fn the_what_ifs_come_off_the_frame_and_are_always_those_of_the_inputs_on_screen() {
    use shoe_selector::app::command::InputsCommand;
    use shoe_selector::recommend::{Asked, advise};
    let mut harness = window(app_on(bundled()));
    for kg in [58.0, 96.0, 104.0] {
        let mut profile = harness.state().settings().profile.clone();
        profile.weight_kg = kg;
        harness
            .state_mut()
            .push(InputsCommand::SetProfile(Box::new(profile)));
        harness.step();
        assert_eq!(
            harness.state().settings().profile.weight_kg,
            kg,
            "applied in its frame"
        );
    }
    window::settle(&mut harness);
    let app = harness.state();
    let catalogue = app.catalogue().expect("catalogue");
    let settings = app.settings();
    let expected = advise(
        catalogue,
        &settings.profile,
        &settings.priorities,
        &Asked::default(),
    );
    let shown = app.finder().what_ifs().expect("what-ifs in");
    let wanted = expected.what_ifs.as_ref().expect("what-ifs");
    let texts = |found: Vec<shoe_selector::recommend::what_if::WhatIf>| -> Vec<String> {
        found.into_iter().map(|w| w.text).collect()
    };
    for index in 0..catalogue.shoes.len() {
        assert_eq!(
            texts(shown.of(index)),
            texts(wanted.of(index)),
            "shoe {index}"
        );
    }
    assert_eq!(app.finder().widenings(), &expected.widenings[..]);
    assert!(
        (0..catalogue.shoes.len()).any(|index| !shown.of(index).is_empty()),
        "some shoe has a what-if"
    );
}

/// The chosen shoe's reasons are put into words once per change, before the frame: they are
/// the core's for the inputs on screen, in the window's language, after every change of
/// input, shoe or language.
#[test]
fn the_chosen_shoes_reasons_follow_every_change() {
    use shoe_selector::app::command::{FinderCommand, InputsCommand};
    use shoe_selector::recommend::Explainer;
    use shoe_selector::words::Lang;
    let mut harness = window(app_on(bundled()));
    let expected = |app: &ShoeApp| -> Vec<String> {
        let catalogue = app.catalogue().expect("catalogue");
        let id = app.finder().selected().expect("a shoe chosen");
        let shoe = catalogue.shoes.iter().find(|s| s.id == id).expect("shoe");
        Explainer::new(catalogue, &app.settings().profile)
            .speaking(app.settings().lang())
            .weighing_in(app.settings().weight_unit)
            .explain(shoe)
            .into_iter()
            .map(|reason| reason.text)
            .collect()
    };
    let shown = |app: &ShoeApp| -> Vec<String> {
        app.finder()
            .chosen_reasons()
            .iter()
            .map(|reason| reason.text.clone())
            .collect()
    };
    let first = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        catalogue.shoes[app.ranking().recommendations[0].shoe]
            .id
            .clone()
    };
    harness
        .state_mut()
        .push(FinderCommand::Select(Some(first.clone())));
    window::settle(&mut harness);
    let before = shown(harness.state());
    assert!(!before.is_empty());
    assert_eq!(before, expected(harness.state()));
    window::change_profile(&mut harness, |p| p.weight_kg = 118.0);
    let heavier = shown(harness.state());
    assert_eq!(heavier, expected(harness.state()));
    assert_ne!(heavier, before, "a heavier runner hears other reasons");
    harness
        .state_mut()
        .push(InputsCommand::SetLanguage(Some(Lang::Ru)));
    window::settle(&mut harness);
    let russian = shown(harness.state());
    assert_eq!(russian, expected(harness.state()));
    assert_ne!(russian, heavier, "said in Russian");
    let second = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        catalogue.shoes[app.ranking().recommendations[1].shoe]
            .id
            .clone()
    };
    harness
        .state_mut()
        .push(FinderCommand::Select(Some(second)));
    window::settle(&mut harness);
    assert_eq!(shown(harness.state()), expected(harness.state()));
}

/// The feet section takes measured feet by its own clicks: the profile gets both feet, sized
/// in the window's size unit, and every card says the size to try in its shoe, as the
/// recommender works it out.
#[test]
fn measured_feet_put_the_size_to_try_on_every_card() {
    let mut harness = window(app_on(bundled()));
    assert!(
        !shows(&harness, "Try EU"),
        "no size before the feet are given"
    );
    harness.get_by_label("Feet and shoes run in now").click();
    harness.run();
    harness.get_by_label("Measured feet").click();
    window::settle(&mut harness);
    let profile = harness.state().settings().profile.clone();
    let feet = profile.feet.expect("feet taken");
    assert_eq!((feet.left_mm, feet.right_mm), (265.0, 265.0));
    assert_eq!(
        profile.size_system,
        Some(shoe_selector::units::SizeSystem::Eu)
    );
    let app = harness.state();
    let catalogue = app.catalogue().expect("catalogue");
    let first = &catalogue.shoes[app.ranking().recommendations[0].shoe];
    let sizes = shoe_selector::recommend::Sizes::new(catalogue, &profile, None).expect("sized");
    let size = sizes.of(first).expect("a size").said_size().expect("said");
    let expected = format!("Try EU {}", shoe_selector::units::number(size.value()));
    assert!(shows(&harness, &expected), "{expected} on the first card");
}

/// A pair's size as the profile gives it stays in its own system when the section is drawn;
/// the sizes to try follow the size unit the user picks.
#[test]
fn a_pairs_size_stays_as_written_and_the_sizes_follow_the_unit_picked() {
    use shoe_selector::profile::{RunsIn, RunsInFit};
    use shoe_selector::units::{ShoeSize, SizeSystem};
    let mut harness = window(app_on(bundled()));
    window::change_profile(&mut harness, |p| {
        p.runs_in = Some(RunsIn {
            shoe: None,
            model: Some("Nike Pegasus 40".into()),
            size: Some(ShoeSize::UsMen(10.0)),
            fit: vec![RunsInFit::Good],
            wants: Vec::new(),
            km: None,
        });
    });
    harness.get_by_label("Feet and shoes run in now").click();
    window::settle(&mut harness);
    let profile = harness.state().settings().profile.clone();
    let runs_in = profile.runs_in.expect("the pair");
    assert_eq!(runs_in.size, Some(ShoeSize::UsMen(10.0)), "as written");
    assert_eq!(
        profile.size_system,
        Some(SizeSystem::Eu),
        "the window's unit"
    );
    assert!(shows(&harness, "Try EU"));
    // Folded again, so the next section is in view.
    harness.get_by_label("Feet and shoes run in now").click();
    harness.run();
    harness.get_by_label("More about you (optional)").click();
    harness.run();
    harness.get_by_label("Shoe size").click();
    window::settle(&mut harness);
    harness.get_by_label("UK").click();
    window::settle(&mut harness);
    let profile = harness.state().settings().profile.clone();
    assert_eq!(profile.size_system, Some(SizeSystem::Uk));
    assert_eq!(
        profile.runs_in.and_then(|r| r.size),
        Some(ShoeSize::UsMen(10.0))
    );
    assert!(shows(&harness, "Try UK") && !shows(&harness, "Try EU"));
}

/// The pair run in now, by an id the catalogue lacks, stays as the file wrote it while the
/// section is only looked at; typed over, the catalogue's shoes that match are offered, and
/// the one clicked becomes the pair by its id.
#[test]
fn the_pair_run_in_now_is_found_by_typing_its_name() {
    use shoe_selector::profile::RunsIn;
    let mut harness = window(app_on(bundled()));
    window::change_profile(&mut harness, |p| {
        p.runs_in = Some(RunsIn {
            shoe: Some("nike-pegasus-40".into()),
            model: None,
            size: None,
            fit: Vec::new(),
            wants: Vec::new(),
            km: None,
        });
    });
    harness.get_by_label("Feet and shoes run in now").click();
    window::settle(&mut harness);
    fn harness_runs_in(harness: &Harness<'_, ShoeApp>) -> RunsIn {
        harness
            .state()
            .settings()
            .profile
            .runs_in
            .clone()
            .expect("the pair")
    }
    assert_eq!(
        harness_runs_in(&harness).shoe.as_deref(),
        Some("nike-pegasus-40"),
        "as written"
    );
    let input = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(input, "Which shoes").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness
        .get_by_role_and_label(input, "Which shoes")
        .type_text("ghost 16");
    window::settle(&mut harness);
    assert_eq!(harness_runs_in(&harness).model.as_deref(), Some("ghost 16"));
    harness.get_by_label("Brooks Ghost 16 GTX").click();
    window::settle(&mut harness);
    let chosen = harness_runs_in(&harness);
    assert_eq!(chosen.shoe.as_deref(), Some("brooks-ghost-16-gtx"));
    assert_eq!(chosen.model, None);
}

/// Whether `menu` offers each of `labels`: the menu opened, looked in, and closed again.
fn offered_in_menu(
    harness: &mut Harness<'static, ShoeApp>,
    menu: &str,
    labels: &[&'static str],
) -> Vec<(&'static str, bool)> {
    harness.get_by_label(menu).click();
    window::settle(harness);
    let offered = labels
        .iter()
        .map(|&label| (label, harness.query_by_label(label).is_some()))
        .collect();
    harness.key_press(egui::Key::Escape);
    window::settle(harness);
    offered
}

/// Which of the shop's parts `harness` offers, each by name: the File menu, the editor and
/// the fitting session; the insights and the shop's evidence in View; the log in Help; and
/// a path asked for on Ctrl+O.
fn shop_parts_offered(harness: &mut Harness<'static, ShoeApp>) -> Vec<(&'static str, bool)> {
    let mut offered: Vec<(&'static str, bool)> = ["File", "Edit catalogue", "Fitting session"]
        .into_iter()
        .map(|label| (label, harness.query_by_label(label).is_some()))
        .collect();
    offered.extend(offered_in_menu(
        harness,
        "View",
        &["Shop insights…", "Rank with what this shop's fittings show"],
    ));
    offered.extend(offered_in_menu(harness, "Help", &["Open log folder"]));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    window::settle(harness);
    offered.push(("Ctrl+O", harness.state().windows().path_box().is_some()));
    offered
}

/// The web page's finder (`shopper_only`) offers none of the shop's parts: no File menu, no
/// editor, no fitting session, no insights or shop evidence, no log, and Ctrl+O opens
/// nothing; the desktop window, drawn the same way, offers each of them.
#[test]
fn the_shoppers_finder_offers_nothing_that_is_the_shops() {
    let mut desktop = window(ShoeApp::new(window::english(), None).without_file_dialogs());
    for (part, offered) in shop_parts_offered(&mut desktop) {
        assert!(offered, "{part} on the desktop");
    }
    let mut page = window(
        ShoeApp::new(window::english(), None)
            .without_file_dialogs()
            .shopper_only(),
    );
    for (part, offered) in shop_parts_offered(&mut page) {
        assert!(!offered, "{part} on the page");
    }
    // What a shopper uses is there.
    for (label, offered) in offered_in_menu(&mut page, "View", &["Language", "Theme"]) {
        assert!(offered, "{label} on the page");
    }
    assert!(!page.state().ranking().recommendations.is_empty());
}

/// The catalogue the web page fetched goes through the same loader as a file: shown with its
/// name; when broken, its errors said at the address's line and column, the last good one
/// kept; when it did not come, said with its address and why. An address is not a recent
/// file.
#[test]
fn a_fetched_catalogue_is_shown_and_its_problems_said_at_its_address() {
    let text = std::fs::read_to_string(bundled())
        .expect("bundled")
        .replace("Sample catalogue, autumn range", "Riverside Runners online");
    let url = "https://shop.example/finder/catalogue.ron";
    let mut page = window(ShoeApp::new(window::english(), None).shopper_only());
    page.state_mut()
        .show_fetched(url, Ok(text.clone().into_bytes()));
    window::settle(&mut page);
    assert!(page.state().document().is_fetched());
    assert_eq!(
        page.state().document().path(),
        Some(Path::new(url)),
        "the address is the catalogue's"
    );
    page.get_by_label_contains("Riverside Runners online");
    assert!(page.state().settings().recent.is_empty(), "no recent file");
    let shown = recommended_ids(page.state());

    // A weight out of range on the first shoe: an error at its line and column.
    let (broken, line, column) = window::first_weight_broken(&text);
    page.state_mut().show_fetched(url, Ok(broken.into_bytes()));
    window::settle(&mut page);
    page.get_by_label_contains(&format!("{url}:{line}:{column}: error"));
    assert_eq!(
        recommended_ids(page.state()),
        shown,
        "the last good one stays"
    );
    page.get_by_label_contains("Riverside Runners online");

    // Not come at all: the address and why, plainly.
    let gone = "https://shop.example/gone.ron";
    page.state_mut().show_fetched(
        gone,
        Err(LoadError::NotFetched("404 Not Found".to_string())),
    );
    window::settle(&mut page);
    page.get_by_label_contains(&format!(
        "{gone}:1:1: error: the catalogue could not be fetched (404 Not Found)"
    ));
    assert_eq!(recommended_ids(page.state()), shown);
}

/// The web page's text copy of the results (for screen readers and the browser test) says
/// what the cards say, follows an input changed by a click, and says a catalogue's problems
/// at their address.
#[test]
fn the_text_copy_of_the_results_follows_the_finder() {
    use shoe_selector::app::mirror::MIRRORED;
    let mut page = window(ShoeApp::new(window::english(), None).shopper_only());
    let mirror = page.state().mirror();
    let app = page.state();
    let ranked = &app.ranking().recommendations;
    let catalogue = app.catalogue().expect("the sample");
    assert_eq!(mirror.heading, format!("Recommended ({})", ranked.len()));
    assert_eq!(mirror.shoes.len(), MIRRORED.min(ranked.len()));
    for (line, r) in mirror.shoes.iter().zip(ranked) {
        let shoe = &catalogue.shoes[r.shoe];
        assert!(
            line.starts_with(&format!("{}. {} — ", r.rank, shoe.name())),
            "{line}"
        );
        let percent = shoe_selector::recommend::specs::card_percent(r.score);
        assert!(line.contains(&format!("{percent}% match")), "{line}");
        assert!(
            line.contains("Width: ") && line.contains("Surface: "),
            "{line}"
        );
    }
    assert!(
        mirror.shoes[0].contains("— Best pick, "),
        "{}",
        mirror.shoes[0]
    );
    assert!(
        mirror
            .lead
            .as_deref()
            .is_some_and(|l| l.starts_with("Try this one first")),
        "{:?}",
        mirror.lead
    );
    let more = ranked.len() - MIRRORED;
    assert_eq!(
        mirror.more.as_deref(),
        Some(format!("…and {more} more shoes, further down the list").as_str())
    );
    assert!(mirror.problems.is_empty());

    page.get_by_label("Trail").click();
    window::settle(&mut page);
    let trail = page.state().mirror();
    assert_ne!(
        trail.shoes, mirror.shoes,
        "a click re-ranks, and the copy follows"
    );
    let first = &page.state().ranking().recommendations[0];
    let first = &page.state().catalogue().expect("catalogue").shoes[first.shoe];
    assert!(trail.shoes[0].starts_with(&format!("1. {} — ", first.name())));

    let url = "https://shop.example/gone.ron";
    page.state_mut()
        .show_fetched(url, Err(LoadError::NotFetched("404 Not Found".to_string())));
    window::settle(&mut page);
    let problems = page.state().mirror().problems;
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&format!("{url}:1:1: error")) && p.contains("404 Not Found")),
        "{problems:?}"
    );
}

/// A shoe with a `url` links to its page in the shop from its card and its detail; a shoe
/// without one shows no link.
#[test]
fn a_shoe_with_a_page_in_the_shop_links_to_it_from_its_card_and_detail() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = window::shop(folder.path());
    let url = "https://shop.example/p/ultraboost-light";
    let text = std::fs::read_to_string(&path).expect("read").replacen(
        "id: \"adidas-ultraboost-light\",",
        &format!("id: \"adidas-ultraboost-light\",\n            url: \"{url}\","),
        1,
    );
    std::fs::write(&path, text).expect("write");
    let mut harness = window(app_on(path));
    let app = harness.state();
    let first = &app.catalogue().expect("catalogue").shoes[app.ranking().recommendations[0].shoe];
    assert_eq!(
        first.url.as_deref(),
        Some(url),
        "the shoe with the link leads"
    );
    let links = harness.query_all_by_label("In the shop ↗").count();
    assert_eq!(links, 1, "one card links to the shop");
    card(&harness, "adidas Ultraboost Light").click();
    window::settle(&mut harness);
    harness.get_by_label("This shoe's page in the shop ↗");
    // Another shoe's detail has none.
    harness.key_press(egui::Key::ArrowDown);
    window::settle(&mut harness);
    assert!(
        harness
            .query_by_label("This shoe's page in the shop ↗")
            .is_none()
    );
}

/// The shopper's page offers its results as a printable page: the report's page, with the
/// inputs and the best choices, never a customer; the shop's window does not offer it.
#[test]
fn the_shoppers_results_are_a_printable_page() {
    let mut settings = window::english();
    settings.profile.customer = Some("Anna Berg".to_string());
    let mut page = window(ShoeApp::new(settings, None).shopper_only());
    let printable = ["Printable page of these results"];
    assert_eq!(
        offered_in_menu(&mut page, "View", &printable),
        [(printable[0], true)]
    );
    let html = page.state().printable_report().expect("a page");
    let app = page.state();
    let catalogue = app.catalogue().expect("the sample");
    for r in &app.ranking().recommendations[..5] {
        let shoe = &catalogue.shoes[r.shoe];
        assert!(html.contains(&shoe.model), "{} on the page", shoe.name());
    }
    assert!(!html.contains("Anna"), "no customer on the page");
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));

    let mut desktop = window(ShoeApp::new(window::english(), None));
    assert_eq!(
        offered_in_menu(&mut desktop, "View", &printable),
        [(printable[0], false)]
    );
}

/// On the shopper's page, a catalogue's warnings are not offered (they are the shop's, and
/// lead to the editor), nothing opens the editor, and shoes are not noted as tried on; the
/// shop's window offers all three.
#[test]
fn the_shoppers_page_never_opens_the_editor_or_notes_a_try_on() {
    let folder = tempfile::tempdir().expect("temp dir");
    // A copy without its pictures: a warning on every shoe.
    let path = window::shop(folder.path());
    let mut desktop = window(app_on(path.clone()));
    assert!(!desktop.state().warnings().is_empty());
    desktop.get_by_label_contains(" warnings");
    let first = recommended_ids(desktop.state()).remove(0);
    desktop
        .state_mut()
        .push(FinderCommand::Select(Some(first.clone())));
    window::settle(&mut desktop);
    desktop.get_by_label("Tried on");

    let mut page = window(app_on(path).shopper_only());
    assert!(!page.state().warnings().is_empty());
    assert!(page.query_by_label_contains(" warnings").is_none());
    page.state_mut().push(FinderCommand::Select(Some(first)));
    window::settle(&mut page);
    assert!(page.query_by_label("Tried on").is_none());
    page.state_mut()
        .push(EditorCommand::EditShoe("brooks-ghost-16".to_string()));
    window::settle(&mut page);
    assert_eq!(page.state().mode(), shoe_selector::app::Mode::Recommend);
    assert!(page.state().editor().is_none());
}
