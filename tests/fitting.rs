//! A whole fitting in the window, as shop staff would do it: the customer's name, the inputs,
//! shoes tried on with how they felt, the knee advice, the saved session and the report.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shoe_selector::app::command::{
    FileCommand, FinderCommand, FittingCommand, InputsCommand, WindowsCommand,
};
use shoe_selector::app::{Confirm, Settings, ShoeApp};
use shoe_selector::profile::{Feel, Pronation, load_profile};
use shoe_selector::words::Lang;
use std::path::Path;

mod window;
use window::shows;

fn click(harness: &mut Harness<'_, ShoeApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    window::settle(harness);
}

#[test]
fn a_whole_fitting_from_the_customers_name_to_the_report() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    harness.get_by_label("Customer").click();
    harness.run();
    harness.get_by_label("Customer").type_text("Anna Berg");
    harness.run();
    click(&mut harness, "Wide");
    click(&mut harness, "Over");
    click(&mut harness, "More about you (optional)");
    click(&mut harness, "Knee pain or a past knee injury");
    assert!(
        harness.state().windows().knee_open(),
        "the knee advice opens by itself"
    );
    assert!(shows(&harness, "See a doctor, not a shoe shop, if"));
    click(&mut harness, "Close window");
    // What the pair is for and an Achilles that complains are part of the fitting too.
    click(&mut harness, "Long runs");
    click(&mut harness, "Achilles or calf trouble");

    // The top shoe is tried on and felt too soft.
    let (first_id, first_name) = choose_the_first(&mut harness);
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
        let tried = &app.settings().profile.tried[0];
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
        let catalogue = app.catalogue().expect("catalogue");
        assert_ne!(
            catalogue.shoes[app.ranking().recommendations[0].shoe].id,
            first_id,
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
    // Named by the day and a number: the customer's name stays inside the file.
    let name = saved[0]
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    assert!(
        name.as_deref()
            .is_some_and(|n| n.ends_with("-1.ron") && !n.contains("anna")),
        "{name:?}"
    );
    let session = load_profile(&saved[0]).expect("the session reads back as a profile");
    assert_eq!(session.customer.as_deref(), Some("Anna Berg"));
    assert_eq!(session.pronation, Pronation::Over);
    assert_eq!(
        session.purpose,
        Some(shoe_selector::catalogue::Purpose::LongRun)
    );
    assert_eq!(session.achilles_pain, Some(true));
    assert_eq!(session.tried, harness.state().settings().profile.tried);

    click(&mut harness, "Write report");
    let report = saved[0].with_extension("html");
    let html = std::fs::read_to_string(&report).expect("report written");
    assert!(html.contains("Running-shoe fitting for Anna Berg"));
    assert!(html.contains("sinks in at the heel"));
    assert!(html.contains("See a doctor, not a shoe shop, if"));
    assert!(html.contains("<td>long runs</td>"), "what the pair is for");
    assert!(html.contains("For your Achilles:"), "the Achilles reasons");
    // Written from the advice the window shows: its five first shoes, in its order, each
    // with the window's first what-if.
    {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let mut last = 0;
        for r in app.ranking().recommendations.iter().take(5) {
            let name = shoe_selector::report::escape(&catalogue.shoes[r.shoe].name());
            let at = html
                .find(&format!("<span class=\"rank\">{}.</span> {name}", r.rank))
                .unwrap_or_else(|| panic!("#{} {name} in the report", r.rank));
            assert!(at > last, "in the window's order");
            last = at;
            let what_ifs = app.finder().what_ifs().expect("what-ifs");
            if let Some(first) = what_ifs.of_in(r.shoe, app.words()).first() {
                assert!(
                    html.contains(&shoe_selector::report::escape(&first.text)),
                    "{}",
                    first.text
                );
            }
        }
    }
    // The report opens in the browser from the fitting panel.
    harness.get_by_label("Open the report").click();
    harness.step();
    let opened: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(opened, vec![format!("file://{}", report.display())]);
    assert!(harness.query_by_label("Show in folder").is_some());

    // A returning customer: a new fitting, then the saved one opened again.
    click(&mut harness, "New customer");
    assert!(harness.state().settings().profile.tried.is_empty());
    click(&mut harness, "Returning customer…");
    let today = shoe_selector::dates::today();
    click(&mut harness, &format!("Anna Berg · {today} · 1 visit"));
    // Opened again the same day, it is the same visit.
    assert_eq!(harness.state().settings().profile, session);
}

/// The window on the bundled catalogue with its sessions in `folder`, the fitting open.
fn fitting_in(folder: &Path) -> Harness<'static, ShoeApp> {
    let mut harness = window_in(folder, Lang::En);
    click(&mut harness, "Fitting session");
    harness
}

/// The window in `lang` on the bundled catalogue with its sessions in `folder`.
fn window_in(folder: &Path, lang: Lang) -> Harness<'static, ShoeApp> {
    let settings = Settings {
        sessions_folder: Some(folder.to_path_buf()),
        language: Some(lang),
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
    window::settle(&mut harness);
    harness
}

/// The report written from a window set to Russian is in Russian: it follows the window.
#[test]
fn the_report_follows_the_windows_language() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = window_in(sessions.path(), Lang::Ru);
    harness.state_mut().push(FittingCommand::WriteReport);
    window::settle(&mut harness);
    let reports: Vec<_> = std::fs::read_dir(sessions.path())
        .expect("sessions")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let html = std::fs::read_to_string(&reports[0]).expect("report");
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(html.contains("Подбор беговых кроссовок"));
    assert!(!html.contains("Running-shoe fitting"));
}

/// Chooses the first shoe of the list by its card, opening its detail: its id and name.
fn choose_the_first(harness: &mut Harness<'_, ShoeApp>) -> (String, String) {
    let (id, name) = {
        let app = harness.state();
        let shoe =
            &app.catalogue().expect("catalogue").shoes[app.ranking().recommendations[0].shoe];
        (shoe.id.clone(), shoe.name())
    };
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &name)
        .click();
    harness.run();
    (id, name)
}

/// Notes the first shoe of the list as tried on, with how it felt.
fn try_on_the_first(harness: &mut Harness<'_, ShoeApp>, feel: Feel) {
    let (id, _) = choose_the_first(harness);
    harness.state_mut().push(FittingCommand::AddTried(id));
    harness.run();
    window::change_profile(harness, |p| p.tried[0].feel.push(feel));
    harness.run();
}

/// The sessions and reports in `folder`, not their backups.
fn files_in(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| path.extension().is_none_or(|e| e != "bak"))
        .collect();
    files.sort();
    files
}

/// A customer named and shoes tried on are not thrown away by "New customer" (nor by
/// opening another session, nor by quitting) without a question: the fitting can be saved
/// first, or dropped, or kept.
#[test]
fn new_customer_asks_before_dropping_an_unsaved_fitting() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    harness.get_by_label("Customer").click();
    harness.run();
    harness.get_by_label("Customer").type_text("Ola");
    harness.run();
    try_on_the_first(&mut harness, Feel::TooNarrow);
    let fitting = harness.state().settings().profile.clone();

    click(&mut harness, "New customer");
    assert!(matches!(
        harness.state().confirm().cloned(),
        Some(Confirm::DiscardFitting(_))
    ));
    assert!(shows(&harness, "The fitting of Ola is not saved"));
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().settings().profile, fitting, "nothing lost");

    harness.state_mut().push(FileCommand::Quit);
    harness.run();
    assert!(matches!(
        harness.state().confirm().cloned(),
        Some(Confirm::DiscardFitting(_))
    ));
    click(&mut harness, "Cancel");

    click(&mut harness, "New customer");
    click(&mut harness, "Save it first");
    let saved = files_in(sessions.path());
    assert_eq!(saved.len(), 1, "saved first");
    let session = load_profile(&saved[0]).expect("reads");
    assert_eq!(session.customer.as_deref(), Some("Ola"));
    assert_eq!(session.tried, fitting.tried);
    assert!(
        harness.state().settings().profile.tried.is_empty(),
        "then a new customer"
    );

    // Dropped on purpose: no file, no question.
    try_on_the_first(&mut harness, Feel::Liked);
    click(&mut harness, "New customer");
    click(&mut harness, "Discard fitting");
    assert!(harness.state().settings().profile.tried.is_empty());
    assert_eq!(files_in(sessions.path()).len(), 1);
}

/// Each new fitting gets a file of its own, named or not, however many there are in a day;
/// a fitting opened from the list is saved back to the file it came from.
#[test]
fn two_fittings_on_one_day_never_share_a_file() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    try_on_the_first(&mut harness, Feel::Fits);
    click(&mut harness, "Save session");
    let first = files_in(sessions.path());
    assert_eq!(first.len(), 1);
    let first_text = std::fs::read_to_string(&first[0]).expect("read");

    click(&mut harness, "New customer");
    try_on_the_first(&mut harness, Feel::TooSoft);
    click(&mut harness, "Save session");
    let both = files_in(sessions.path());
    assert_eq!(
        both.len(),
        2,
        "a second nameless customer of the day: {both:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&first[0]).expect("read"),
        first_text,
        "the first fitting is as it was"
    );

    // The first, opened again and changed, is saved back to its own file.
    harness
        .state_mut()
        .push(FittingCommand::OpenSession(first[0].clone()));
    harness.run();
    window::change_profile(&mut harness, |p| p.weight_kg = 81.0);
    harness.run();
    click(&mut harness, "Save session");
    assert_eq!(files_in(sessions.path()), both);
    assert_eq!(load_profile(&first[0]).expect("reads").weight_kg, 81.0);
    // The version it replaced is kept as a backup.
    let backups = shoe_selector::files::backups(&first[0]);
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&backups[0].1).expect("backup"),
        first_text
    );
}

/// A shoe tried on with no feeling noted is noted, nothing more: no score moves and no shoe
/// carries the fitting's chip. Once a feeling is noted, the shoes it moves carry it.
#[test]
fn the_fitting_chip_and_words_appear_only_where_the_fitting_speaks() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    let chips = |harness: &Harness<'_, ShoeApp>| {
        harness
            .query_all(egui_kittest::kittest::By::new().predicate(|node| {
                node.label().is_some_and(|l| l.ends_with(" Tried"))
                    || node.value().is_some_and(|v| v.ends_with(" Tried"))
            }))
            .count()
    };
    let scores = |harness: &Harness<'_, ShoeApp>| -> Vec<(usize, f64)> {
        harness
            .state()
            .ranking()
            .recommendations
            .iter()
            .map(|r| (r.shoe, r.score))
            .collect()
    };
    assert_eq!(chips(&harness), 0, "no fitting yet, no chip");
    let before = scores(&harness);
    let (id, _) = choose_the_first(&mut harness);
    harness
        .state_mut()
        .push(FittingCommand::AddTried(id.clone()));
    harness.run();
    assert_eq!(harness.state().settings().profile.tried.len(), 1, "noted");
    assert_eq!(scores(&harness), before, "no score moved");
    assert_eq!(chips(&harness), 0, "nothing to say yet");
    // Too soft: firmer shoes go up, and the shoes it moves carry the chip.
    window::change_profile(&mut harness, |p| p.tried[0].feel.push(Feel::TooSoft));
    harness.run();
    assert!(chips(&harness) > 1, "the shoes the feeling moved");
    assert_ne!(scores(&harness), before);
}

#[test]
fn returning_customers_are_found_by_name_or_date_and_come_back_as_a_new_visit_in_the_same_file() {
    use shoe_selector::profile::{Bought, LastPair, PairTrouble, Profile, Tried};
    let folder = tempfile::tempdir().expect("temp dir");
    let sessions = folder.path().join("sessions");
    let anna = sessions.join("2026-10-01-1.ron");
    let boris = sessions.join("2026-11-02-1.ron");
    let earlier = |name: &str, date: &str, shoe: &str| Profile {
        customer: Some(name.to_string()),
        date: Some(date.to_string()),
        tried: vec![Tried {
            shoe: shoe.to_string(),
            size: None,
            feel: vec![],
            note: None,
        }],
        bought: Some(Bought::Shoe(shoe.to_string())),
        ..Profile::default()
    };
    shoe_selector::session::save(
        &anna,
        &earlier("Anna Berg", "2026-10-01", "brooks-ghost-16"),
        &shoe_selector::files::Plan::new_file(),
    )
    .expect("saved");
    shoe_selector::session::save(
        &boris,
        &earlier("Boris Ivanov", "2026-11-02", "hoka-clifton-9"),
        &shoe_selector::files::Plan::new_file(),
    )
    .expect("saved");
    std::fs::write(
        sessions.join("2026-11-03-1.ron"),
        "Profile(foot_width: Huge)",
    )
    .expect("write");

    let mut harness = fitting_in(&sessions);
    harness
        .state_mut()
        .push(FittingCommand::ShowCustomers(true));
    harness.run();
    assert!(window::shows_or_names(
        &harness,
        "Boris Ivanov · 2026-11-02 · 1 visit"
    ));
    assert!(window::shows_or_names(
        &harness,
        "Anna Berg · 2026-10-01 · 1 visit"
    ));
    assert!(shows(&harness, "2 of 2 customers"));
    assert!(window::shows_or_names(
        &harness,
        "1 session file cannot be read"
    ));
    // By name, whatever the case; by date.
    harness
        .state_mut()
        .push(FittingCommand::SearchCustomers("anna".into()));
    harness.run();
    assert!(window::shows_or_names(&harness, "Anna Berg ·"));
    assert!(!window::shows_or_names(&harness, "Boris Ivanov ·"));
    harness
        .state_mut()
        .push(FittingCommand::SearchCustomers("2026-11".into()));
    harness.run();
    assert!(window::shows_or_names(&harness, "Boris Ivanov ·"));
    assert!(!window::shows_or_names(&harness, "Anna Berg ·"));

    // Back on another day: a new visit, in the same file, unsaved until saved.
    harness.get_by_label_contains("Boris Ivanov ·").click();
    harness.run();
    let profile = harness.state().settings().profile.clone();
    assert_eq!(profile.visits.len(), 1);
    assert_eq!(
        profile.visits[0].bought,
        Some(Bought::Shoe("hoka-clifton-9".into()))
    );
    assert_eq!(
        profile.date.as_deref(),
        Some(shoe_selector::dates::today().as_str())
    );
    assert!(profile.tried.is_empty() && profile.bought.is_none());
    assert!(harness.state().has_unsaved_fitting());
    assert!(shows(&harness, "How the last pair went (HOKA Clifton 9)"));
    harness.get_by_label("Brought it back").click();
    harness.run();
    harness.get_by_label("blisters").click();
    harness.run();
    assert_eq!(
        harness.state().settings().profile.last_pair,
        Some(LastPair::Returned(vec![PairTrouble::Blisters]))
    );
    harness.state_mut().push(FittingCommand::SaveSession);
    window::settle(&mut harness);
    let saved = shoe_selector::profile::load_profile(&boris).expect("reads");
    assert_eq!(saved.visits.len(), 1);
    assert_eq!(
        saved.last_pair,
        Some(LastPair::Returned(vec![PairTrouble::Blisters]))
    );
    assert_eq!(saved.customer.as_deref(), Some("Boris Ivanov"));
    assert_eq!(
        shoe_selector::session::Sessions::read(&sessions).len(),
        3,
        "no new file: the visit went into the customer's own"
    );
}

/// Nine standard-width overpronators of 92 kg who tried the Ghost 16, six finding it too
/// narrow, each with a name that must never show outside their own session.
fn planted(folder: &Path) -> Vec<std::path::PathBuf> {
    use shoe_selector::catalogue::Width;
    use shoe_selector::profile::{Bought, Profile, Tried};
    (0..9)
        .map(|i| {
            let feel = if i < 6 { Feel::TooNarrow } else { Feel::Fits };
            let profile = Profile {
                foot_width: Width::Standard,
                pronation: Pronation::Over,
                weight_kg: 92.0,
                customer: Some(format!("Secret Name {i}")),
                date: Some(format!("2026-11-{:02}", i + 1)),
                tried: vec![Tried {
                    shoe: "brooks-ghost-16".into(),
                    size: None,
                    feel: vec![feel],
                    note: None,
                }],
                bought: Some(Bought::Nothing),
                ..Profile::default()
            };
            let path = folder.join(format!("2026-11-{:02}-1.ron", i + 1));
            shoe_selector::session::save(&path, &profile, &shoe_selector::files::Plan::new_file())
                .expect("saved");
            path
        })
        .collect()
}

/// Whether any text of the window holds `text`.
fn anywhere(harness: &Harness<'_, ShoeApp>, text: &str) -> bool {
    window::shows_or_names(harness, text)
}

#[test]
fn the_shop_s_evidence_moves_the_ranking_in_the_window_and_can_be_switched_off() {
    let sessions = tempfile::tempdir().expect("temp dir");
    planted(sessions.path());
    let mut harness = window_in(sessions.path(), Lang::En);
    harness.state_mut().read_sessions_now();
    harness.run();
    let said = "In this shop, 6 of 9 customers with standard-width feet found it too narrow.";
    harness
        .state_mut()
        .push(FinderCommand::Select(Some("brooks-ghost-16".into())));
    harness.run();
    assert!(
        shows(&harness, said),
        "the detail says what the shop's fittings show"
    );
    let moved = harness.state().finder().moves().of(harness
        .state()
        .catalogue()
        .expect("catalogue")
        .shoes
        .iter()
        .position(|s| s.id == "brooks-ghost-16")
        .expect("in the catalogue"));
    assert_eq!(moved.len(), 1);
    assert_eq!((moved[0].agree, moved[0].of), (6, 9));
    // Switched off in the View menu: the catalogue's own ranking, and nothing said.
    harness
        .state_mut()
        .push(InputsCommand::SetShopEvidence(false));
    harness.run();
    assert!(!shows(&harness, said));
    let app = harness.state();
    let plain = shoe_selector::recommend::rank(
        app.catalogue().expect("catalogue"),
        &app.settings().profile,
        &app.settings().priorities,
    );
    let ids = |r: &shoe_selector::recommend::Ranking| {
        r.recommendations.iter().map(|r| r.shoe).collect::<Vec<_>>()
    };
    assert_eq!(ids(app.ranking()), ids(&plain));
    assert!(!anywhere(&harness, "Secret Name"));
}

#[test]
fn the_insights_count_the_fittings_by_date_anonymously_and_a_customer_can_be_forgotten() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let files = planted(sessions.path());
    std::fs::write(shoe_selector::session::report_of(&files[0], 1), "<html>").expect("report");
    let mut harness = window_in(sessions.path(), Lang::En);
    harness.state_mut().push(WindowsCommand::ShowInsights(true));
    harness.run();
    harness.state_mut().read_sessions_now();
    window::settle(&mut harness);
    assert!(shows(&harness, "9 customers, 9 fittings"));
    harness.get_by_label("Needs and stock gaps").click();
    harness.run();
    assert!(shows(&harness, "standard-width feet"));
    assert!(
        !anywhere(&harness, "Secret Name"),
        "no name in the insights"
    );
    // From the 5th: five fittings.
    harness.state_mut().push(WindowsCommand::InsightsDates(
        shoe_selector::evidence::Dates {
            since: Some("2026-11-05".into()),
            until: None,
        },
    ));
    window::settle(&mut harness);
    assert!(shows(&harness, "5 customers, 5 fittings"));
    harness
        .state_mut()
        .push(WindowsCommand::ShowInsights(false));

    // Forget the first customer: asked first, then their session and report are gone.
    harness
        .state_mut()
        .push(FittingCommand::AskForgetCustomer(files[0].clone()));
    harness.run();
    assert!(shows(&harness, "Delete every session of Secret Name 0"));
    harness.get_by_label("Forget them").click();
    harness.run();
    assert_eq!(
        harness.state().shop().customers().len(),
        8,
        "the forgotten row goes at once"
    );
    window::settle(&mut harness);
    assert!(!files[0].exists());
    assert!(!shoe_selector::session::report_of(&files[0], 1).exists());
    assert!(files[1].exists(), "the others stay");
    harness.state_mut().read_sessions_now();
    assert_eq!(harness.state().shop().customers().len(), 8);
}

/// Two windows (or two computers sharing the sessions folder) with the same session open:
/// the second to save is asked before it replaces the first's, and whichever way it goes
/// nothing is lost: replaced, the first's version is kept as a backup.
#[test]
fn a_session_saved_meanwhile_by_another_window_is_not_replaced_unasked() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut first = fitting_in(sessions.path());
    try_on_the_first(&mut first, Feel::Fits);
    click(&mut first, "Save session");
    let file = files_in(sessions.path()).remove(0);
    let mut second = fitting_in(sessions.path());
    for harness in [&mut first, &mut second] {
        harness
            .state_mut()
            .push(FittingCommand::OpenSession(file.clone()));
        harness.run();
    }
    window::change_profile(&mut first, |p| p.weight_kg = 81.0);
    click(&mut first, "Save session");
    window::change_profile(&mut second, |p| p.weight_kg = 64.0);
    click(&mut second, "Save session");
    assert!(
        matches!(
            second.state().confirm(),
            Some(Confirm::SessionChanged { path, read_only: false, .. }) if *path == file
        ),
        "{:?}",
        second.state().confirm()
    );
    assert!(shows(&second, "changed since it was opened or saved here"));
    assert_eq!(load_profile(&file).expect("reads").weight_kg, 81.0);
    click(&mut second, "Cancel");
    assert_eq!(load_profile(&file).expect("reads").weight_kg, 81.0);
    // Asked again, the second replaces it; the first's version is kept.
    click(&mut second, "Save session");
    click(&mut second, "Replace it");
    assert_eq!(load_profile(&file).expect("reads").weight_kg, 64.0);
    let kept: Vec<f64> = shoe_selector::files::backups(&file)
        .iter()
        .map(|(_, backup)| load_profile(backup).expect("reads").weight_kg)
        .collect();
    assert!(kept.contains(&81.0), "{kept:?}");
    assert_eq!(files_in(sessions.path()), vec![file]);
}

/// A saved customer's name typed anew asks whether it is a correction (the same file) or
/// another customer (a new file of their own, without the first customer's visits); a
/// returning customer's second visit gets its own report beside the first visit's, and the
/// session keeps each visit's inputs.
#[test]
fn a_changed_name_asks_and_each_visit_keeps_its_inputs_and_its_report() {
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    window::change_profile(&mut harness, |p| {
        p.customer = Some("Anna Berg".to_string());
        p.weight_kg = 64.0;
    });
    try_on_the_first(&mut harness, Feel::Fits);
    click(&mut harness, "Save session");
    click(&mut harness, "Write report");
    let file = files_in(sessions.path())
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .expect("a session");
    let first_report = shoe_selector::session::report_of(&file, 1);
    let first_html = std::fs::read_to_string(&first_report).expect("the first report");

    // A correction: the same file, the new spelling.
    window::change_profile(&mut harness, |p| p.customer = Some("Ana Berg".to_string()));
    click(&mut harness, "Save session");
    assert!(
        matches!(
            harness.state().confirm(),
            Some(Confirm::CustomerRenamed { .. })
        ),
        "{:?}",
        harness.state().confirm()
    );
    assert!(shows(&harness, "Is that a correction of the name"));
    click(&mut harness, "A correction");
    assert_eq!(
        load_profile(&file).expect("reads").customer.as_deref(),
        Some("Ana Berg")
    );

    // Back on another day: a new visit, its own inputs, its own report.
    let mut earlier = load_profile(&file).expect("reads");
    earlier.date = Some("2026-01-05".to_string());
    shoe_selector::session::save(&file, &earlier, &shoe_selector::files::Plan::replacing())
        .expect("dated earlier");
    harness
        .state_mut()
        .push(FittingCommand::OpenSession(file.clone()));
    harness.run();
    window::change_profile(&mut harness, |p| p.weight_kg = 70.0);
    click(&mut harness, "Save session");
    click(&mut harness, "Write report");
    let second_report = shoe_selector::session::report_of(&file, 2);
    assert!(second_report.is_file(), "{}", second_report.display());
    assert_eq!(
        std::fs::read_to_string(&first_report).expect("the first report"),
        first_html,
        "the first visit's report is as it was"
    );
    let saved = load_profile(&file).expect("reads");
    assert_eq!(saved.visits.len(), 1);
    let kept = saved.visits[0]
        .inputs
        .as_deref()
        .expect("the first visit's inputs");
    assert_eq!(kept.weight_kg, 64.0);
    assert!(!kept.has_customer(), "inputs only: {kept:?}");
    assert_eq!(saved.weight_kg, 70.0);

    // Another customer: a file of their own, without Ana's visits.
    window::change_profile(&mut harness, |p| {
        p.customer = Some("Boris Ivanov".to_string())
    });
    click(&mut harness, "Save session");
    click(&mut harness, "Another customer");
    let sessions_now: Vec<_> = files_in(sessions.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(sessions_now.len(), 2, "{sessions_now:?}");
    let boris = sessions_now
        .iter()
        .map(|p| load_profile(p).expect("reads"))
        .find(|p| p.customer.as_deref() == Some("Boris Ivanov"))
        .expect("Boris's own session");
    assert!(boris.visits.is_empty());
    assert_eq!(
        load_profile(&file).expect("reads").customer.as_deref(),
        Some("Ana Berg"),
        "Ana's session is hers still"
    );
}

/// Two visits of one customer: the pair bought at the first came back too narrow. At the
/// second, that model is named in the next width wherever it appears, or is no best pick,
/// the detail says what happened, and the report has the pair and how it went.
#[test]
fn a_pair_that_came_back_is_remembered_at_the_next_visit() {
    use shoe_selector::profile::{Bought, LastPair, PairTrouble};
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    window::change_profile(&mut harness, |p| p.customer = Some("Vera Lind".to_string()));
    let (id, name) = choose_the_first(&mut harness);
    window::change_profile(&mut harness, |p| p.bought = Some(Bought::Shoe(id.clone())));
    click(&mut harness, "Save session");
    let file = files_in(sessions.path())
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .expect("a session");
    // Dated earlier, as a visit weeks ago.
    let mut earlier = load_profile(&file).expect("reads");
    earlier.date = Some("2026-09-14".to_string());
    shoe_selector::session::save(&file, &earlier, &shoe_selector::files::Plan::replacing())
        .expect("dated");
    harness
        .state_mut()
        .push(FittingCommand::OpenSession(file.clone()));
    harness.run();
    assert_eq!(
        harness.state().settings().profile.visits.len(),
        1,
        "a new visit"
    );
    window::change_profile(&mut harness, |p| {
        p.last_pair = Some(LastPair::Returned(vec![PairTrouble::TooNarrow]));
    });
    harness.run();
    let app = harness.state();
    let catalogue = app.catalogue().expect("catalogue");
    let shoe = catalogue
        .shoes
        .iter()
        .find(|s| s.id == id)
        .expect("the shoe");
    let profile = &app.settings().profile;
    let reasons = shoe_selector::recommend::explain(catalogue, shoe, profile);
    assert!(
        reasons
            .iter()
            .any(|r| r.said.id().starts_with("fitting-history-width")),
        "{reasons:?}"
    );
    match shoe_selector::recommend::take_as(shoe, profile) {
        Some(take) => {
            let named = format!("{name}, {}", app.words().say(&take.said()));
            assert!(
                anywhere(&harness, &named),
                "the card names the width: {named}"
            );
        }
        None => {
            let placed = app
                .ranking()
                .recommendations
                .iter()
                .find(|r| catalogue.shoes[r.shoe].id == id)
                .expect("ranked");
            assert_ne!(placed.band, shoe_selector::recommend::Band::Best);
        }
    }
    click(&mut harness, "Write report");
    let report = std::fs::read_to_string(shoe_selector::session::report_of(&file, 2))
        .expect("the second visit's report");
    assert!(
        report.contains("Pairs bought before"),
        "the report says what happened"
    );
    assert!(report.contains("came back: too narrow"));
    assert!(report.contains("2026-09-14"));
}

/// A session is written off the frame, one save at a time: a report and a second save asked
/// for while the first runs follow it in order, so there is one session file, saved last
/// with the latest inputs, and the report is named after it.
#[test]
fn saves_asked_while_one_runs_follow_it_in_order() {
    use shoe_selector::app::command::InputsCommand;
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    window::change_profile(&mut harness, |p| {
        p.customer = Some("Queued Customer".to_string())
    });
    try_on_the_first(&mut harness, Feel::Fits);
    harness.state_mut().push(FittingCommand::SaveSession);
    harness.state_mut().push(FittingCommand::WriteReport);
    let mut heavier = harness.state().settings().profile.clone();
    heavier.weight_kg = 81.0;
    harness
        .state_mut()
        .push(InputsCommand::SetProfile(Box::new(heavier)));
    harness.state_mut().push(FittingCommand::SaveSession);
    window::settle(&mut harness);
    let files = files_in(sessions.path());
    let saved: Vec<_> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(saved.len(), 1, "one session file: {files:?}");
    assert_eq!(
        load_profile(saved[0]).expect("reads").weight_kg,
        81.0,
        "saved last with the latest inputs"
    );
    assert!(
        shoe_selector::session::report_of(saved[0], 1).is_file(),
        "the report is named after the session: {files:?}"
    );
    assert!(harness.state().confirm().is_none(), "nothing to ask");
    assert!(!harness.state().has_unsaved_fitting());
}

/// A report asked for in the same frame as an input change, while the window's what-ifs for
/// the new inputs are still being found, has them all the same: those the window then shows.
#[test]
fn a_report_written_while_the_what_ifs_are_found_has_them() {
    use shoe_selector::app::command::InputsCommand;
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = window_in(sessions.path(), Lang::En);
    let mut heavier = harness.state().settings().profile.clone();
    heavier.weight_kg = 104.0;
    heavier.customer = Some("Report Customer".to_string());
    harness
        .state_mut()
        .push(InputsCommand::SetProfile(Box::new(heavier)));
    harness.state_mut().push(FittingCommand::WriteReport);
    window::settle(&mut harness);
    let app = harness.state();
    let report = app.fitting().written().expect("a report written");
    let html = std::fs::read_to_string(report).expect("report");
    let what_ifs = app.finder().what_ifs().expect("what-ifs");
    let mut said = 0;
    for r in app.ranking().recommendations.iter().take(5) {
        if let Some(first) = what_ifs.of_in(r.shoe, app.words()).first() {
            assert!(
                html.contains(&shoe_selector::report::escape(&first.text)),
                "{}",
                first.text
            );
            said += 1;
        }
    }
    assert!(said > 0, "some shoe of the five has a what-if");
}

/// The fitting record offers the size worked out for the runner: a shoe tried on is
/// recorded in it, changeable, with a button back to it; the pair bought takes the size it
/// was tried in, and the session file keeps both.
#[test]
fn the_record_offers_the_size_worked_out_for_pairs_tried_and_bought() {
    use shoe_selector::profile::{Bought, Feet};
    use shoe_selector::units::{ShoeSize, SizeSystem};
    let sessions = tempfile::tempdir().expect("temp dir");
    let mut harness = fitting_in(sessions.path());
    window::change_profile(&mut harness, |p| {
        p.feet = Some(Feet {
            left_mm: 271.0,
            right_mm: 266.0,
            left_width_mm: None,
            right_width_mm: None,
        });
        p.size_system = Some(SizeSystem::Eu);
    });
    window::settle(&mut harness);
    let (id, name) = choose_the_first(&mut harness);
    let worked_out = {
        let app = harness.state();
        let catalogue = app.catalogue().expect("catalogue");
        let profile = &app.settings().profile;
        let sizes = shoe_selector::recommend::Sizes::new(catalogue, profile, None).expect("feet");
        let shoe = catalogue.shoes.iter().find(|s| s.id == id).expect("shoe");
        sizes.of(shoe).and_then(|s| s.said_size()).expect("a size")
    };
    harness
        .state_mut()
        .push(FittingCommand::AddTried(id.clone()));
    window::settle(&mut harness);
    assert_eq!(
        harness.state().settings().profile.tried[0].size,
        Some(worked_out),
        "recorded in the size worked out"
    );
    // Written as the card writes it: "EU 44", not "EU 44.0".
    let written = format!("EU {}", shoe_selector::units::number(worked_out.value()));
    let shown = harness
        .query_all(egui_kittest::kittest::By::new().predicate(|node| {
            node.value().is_some_and(|value| value == written)
                || node.label().is_some_and(|label| label == written)
        }))
        .count();
    assert!(shown > 0, "{written} in the record");
    // Changed by hand, the size worked out is a button away.
    let other = ShoeSize::Eu(worked_out.value() + 1.0);
    window::change_profile(&mut harness, |p| p.tried[0].size = Some(other));
    window::settle(&mut harness);
    let offered = format!("EU {}, as worked out", worked_out.value());
    click(&mut harness, &offered);
    assert_eq!(
        harness.state().settings().profile.tried[0].size,
        Some(worked_out)
    );
    window::change_profile(&mut harness, |p| p.tried[0].size = Some(other));
    window::settle(&mut harness);

    // The pair bought, chosen in the record, takes the size it was tried in.
    click(&mut harness, "Bought");
    // The choice in the list, not the card chosen, which is named the same.
    let choice = egui_kittest::kittest::By::new()
        .role(egui::accesskit::Role::Button)
        .label(&name)
        .predicate(|node| node.toggled() == Some(egui::accesskit::Toggled::False));
    harness.get(choice).click();
    window::settle(&mut harness);
    let profile = harness.state().settings().profile.clone();
    assert_eq!(profile.bought, Some(Bought::Shoe(id.clone())));
    assert_eq!(profile.bought_size, Some(other), "the size it was tried in");
    assert!(window::shows_or_names(&harness, "Size bought"));

    window::change_profile(&mut harness, |p| p.customer = Some("Ida Sund".into()));
    click(&mut harness, "Save session");
    let file = files_in(sessions.path())
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .expect("a session");
    let saved = load_profile(&file).expect("reads");
    assert_eq!(saved.tried[0].size, Some(other));
    assert_eq!(saved.bought_size, Some(other));
}
