//! A whole fitting in the window, as shop staff would do it: the customer's name, the inputs,
//! shoes tried on with how they felt, the knee advice, the saved session and the report.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use shoe_selector::app::{Settings, ShoeApp};
use shoe_selector::profile::{Feel, Pronation, load_profile};
use std::path::Path;

fn shows(harness: &Harness<'_, ShoeApp>, text: &str) -> bool {
    harness
        .query_all(By::new().predicate(move |node| node.value().is_some_and(|v| v.contains(text))))
        .next()
        .is_some()
}

fn click(harness: &mut Harness<'_, ShoeApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn a_whole_fitting_from_the_customers_name_to_the_report() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let settings = Settings {
        sessions_folder: Some(sessions.path().to_path_buf()),
        ..Settings::default()
    };
    let app = ShoeApp::new(
        settings,
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.run();

    click(&mut harness, "Fitting session");
    harness.get_by_label("Customer").click();
    harness.run();
    harness.get_by_label("Customer").type_text("Anna Berg");
    harness.run();
    click(&mut harness, "Wide");
    click(&mut harness, "Over");
    click(&mut harness, "More about you (optional)");
    click(&mut harness, "Knee pain or a past knee injury");
    assert!(harness.state().knee_open, "the knee advice opens by itself");
    assert!(shows(&harness, "See a doctor, not a shoe shop, if"));
    click(&mut harness, "Close window");

    // The top shoe is tried on and felt too soft.
    let (first_id, first_name) = {
        let app = harness.state();
        let shoe =
            &app.catalogue.as_ref().expect("catalogue").shoes[app.ranking.recommendations[0].shoe];
        (shoe.id.clone(), shoe.name())
    };
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &first_name)
        .click();
    harness.run();
    click(&mut harness, "Tried on");
    click(&mut harness, "Too soft");
    let note = format!("Note on {first_name}");
    harness.get_by_label(&note).click();
    harness.run();
    harness
        .get_by_label(&note)
        .type_text("sinks in at the heel");
    harness.run();
    {
        let app = harness.state();
        let tried = &app.settings.profile.tried[0];
        assert_eq!(
            (
                tried.shoe.as_str(),
                tried.feel.as_slice(),
                tried.note.as_deref()
            ),
            (
                first_id.as_str(),
                &[Feel::TooSoft][..],
                Some("sinks in at the heel")
            )
        );
        let catalogue = app.catalogue.as_ref().expect("catalogue");
        assert_ne!(
            catalogue.shoes[app.ranking.recommendations[0].shoe].id, first_id,
            "the shoe that felt too soft is no longer first"
        );
    }

    click(&mut harness, "Save session");
    let saved: Vec<_> = std::fs::read_dir(sessions.path())
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(
        saved[0]
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("anna-berg-"))
    );
    let session = load_profile(&saved[0]).expect("the session reads back as a profile");
    assert_eq!(session.customer.as_deref(), Some("Anna Berg"));
    assert_eq!(session.pronation, Pronation::Over);
    assert_eq!(session.tried, harness.state().settings.profile.tried);

    click(&mut harness, "Write report");
    let report = saved[0].with_extension("html");
    let html = std::fs::read_to_string(&report).expect("report written");
    assert!(html.contains("Running-shoe fitting for Anna Berg"));
    assert!(html.contains("sinks in at the heel"));
    assert!(html.contains("See a doctor, not a shoe shop, if"));

    // A returning customer: a new fitting, then the saved one opened again.
    click(&mut harness, "New customer");
    assert!(harness.state().settings.profile.tried.is_empty());
    click(&mut harness, "Returning customer…");
    let stem = saved[0]
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    click(&mut harness, &stem);
    assert_eq!(harness.state().settings.profile, session);
}
