//! Never lose a draft: unsaved catalogue edits and fittings are kept in recovery files while
//! the window runs, offered back after a crash, and gone once saved or discarded. In the
//! window through egui_kittest, and with the real program killed by SIGKILL under Xvfb.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shoe_selector::app::{Command, Confirm, Mode, Settings, ShoeApp};
use std::path::Path;
use std::time::{Duration, Instant};

mod window;
use window::{shop, shows};

/// The window on `catalogue`, keeping its drafts in `recovery`.
fn window(catalogue: &Path, recovery: &Path, sessions: &Path) -> Harness<'static, ShoeApp> {
    let settings = Settings {
        sessions_folder: Some(sessions.to_path_buf()),
        ..window::english()
    };
    let mut app = ShoeApp::new(settings, Some(catalogue.to_path_buf()));
    app.keep_drafts_in(recovery.to_path_buf());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    harness.run();
    harness
}

/// Runs frames in real time until `done` holds, for up to ten seconds.
fn wait_for(harness: &mut Harness<'_, ShoeApp>, done: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        harness.step();
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn unsaved_edits_and_fittings_are_kept_offered_back_and_removed_once_saved() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    let draft_file = recovery.join("catalogue-draft.ron");
    let fitting_file = recovery.join("fitting.ron");
    let original = std::fs::read_to_string(&catalogue).expect("read");

    {
        let mut harness = window(&catalogue, &recovery, &sessions);
        harness.state_mut().push(Command::Edit(true));
        harness.run();
        let mut shoe = harness.state().editor().expect("editor").draft.shoes[0].clone();
        shoe.model = "Ghost Unsaved".to_string();
        harness
            .state_mut()
            .push(Command::ChangeShoe(0, Box::new(shoe)));
        window::change_profile(&mut harness, |p| p.customer = Some("Ola".to_string()));
        harness
            .state_mut()
            .push(Command::AddTried("brooks-ghost-16".into()));
        assert!(
            wait_for(&mut harness, || draft_file.is_file()
                && fitting_file.is_file()),
            "the unsaved work is kept within seconds"
        );
        // The window goes away as in a crash: nothing saved, nothing asked.
    }
    assert_eq!(std::fs::read_to_string(&catalogue).expect("read"), original);

    let mut harness = window(&catalogue, &recovery, &sessions);
    assert_eq!(
        harness.state().confirm().cloned(),
        Some(Confirm::RestoreLeftBehind)
    );
    assert!(shows(&harness, "Edits to the catalogue"));
    assert!(shows(&harness, "shop.ron"));
    assert!(shows(&harness, "The fitting of Ola, 1 shoe tried on"));
    harness.get_by_label("Restore").click();
    harness.run();
    {
        let app = harness.state();
        assert_eq!(app.mode(), Mode::Edit);
        let editor = app.editor().expect("editor");
        assert!(editor.is_dirty());
        assert_eq!(editor.draft.shoes[0].model, "Ghost Unsaved");
        assert_eq!(app.settings().profile.customer.as_deref(), Some("Ola"));
        assert_eq!(app.settings().profile.tried.len(), 1);
    }

    // Saved, the draft's file goes; the fitting saved as a session, its file goes too.
    harness.state_mut().push(Command::Save);
    harness.run();
    harness.state_mut().push(Command::SaveSession);
    harness.run();
    assert!(
        wait_for(&mut harness, || !draft_file.exists()
            && !fitting_file.exists()),
        "nothing stale is kept"
    );
    assert!(
        std::fs::read_to_string(&catalogue)
            .expect("read")
            .contains("Ghost Unsaved")
    );
}

#[test]
fn what_is_left_behind_can_be_discarded() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    let draft_file = recovery.join("catalogue-draft.ron");
    {
        let mut harness = window(&catalogue, &recovery, &sessions);
        harness.state_mut().push(Command::Edit(true));
        harness.run();
        harness.state_mut().push(Command::ChooseShoe(0));
        harness.state_mut().push(Command::DeleteShoe);
        assert!(wait_for(&mut harness, || draft_file.is_file()));
    }
    let mut harness = window(&catalogue, &recovery, &sessions);
    harness.get_by_label("Discard it").click();
    harness.run();
    assert!(!draft_file.exists());
    assert!(harness.state().editor().is_none());
    drop(harness);
    // Nothing is offered the next time.
    let harness = window(&catalogue, &recovery, &sessions);
    assert_eq!(harness.state().confirm().cloned(), None);
}

/// An X server of the test's own, stopped when dropped.
struct Display {
    server: std::process::Child,
    name: String,
}

impl Display {
    /// Starts Xvfb on a display number it chooses itself (`-displayfd`), and returns once the
    /// server has said which: it is then ready for clients.
    fn start() -> Display {
        use std::io::BufRead;
        let mut server = std::process::Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect(
                "Xvfb is needed for this test: run the suite with scripts/test, which installs it",
            );
        let mut number = String::new();
        std::io::BufReader::new(server.stdout.take().expect("Xvfb's output"))
            .read_line(&mut number)
            .expect("Xvfb says its display");
        let number = number.trim();
        assert!(!number.is_empty(), "Xvfb did not start");
        Display {
            server,
            name: format!(":{number}"),
        }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// The real program holds an unsaved edit when it is killed with SIGKILL: started again, it
/// brings the edit back, and the catalogue file was never touched.
#[test]
fn an_edit_survives_the_program_being_killed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let original = std::fs::read_to_string(&catalogue).expect("read");
    let home = folder.path().join("home");
    let display = Display::start();
    std::fs::create_dir_all(&home).expect("home");
    // What the program says on its error stream, shown if it stops when it should not.
    let said = |name: &str| home.join(format!("{name}.stderr"));
    let program = |hook: &str, name: &str| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_shoe-selector"));
        command
            .arg("--catalogue")
            .arg(&catalogue)
            .env("DISPLAY", &display.name)
            .env_remove("WAYLAND_DISPLAY")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            // Mesa's software Vulkan, which scripts/test installs for the snapshots: one
            // renderer, rather than also probing OpenGL through EGL on a virtual display.
            .env("WGPU_BACKEND", "vulkan")
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_RUNTIME_DIR", &home)
            .env("SHOE_SELECTOR_TEST", hook)
            .stdout(std::process::Stdio::piped())
            .stderr(std::fs::File::create(said(name)).expect("a file for its errors"));
        command
    };
    let draft = home.join("data/shoe-selector/recovery/catalogue-draft.ron");

    let mut running = program("edit:Killed Midway", "first")
        .spawn()
        .expect("starts");
    let start = Instant::now();
    while !draft.is_file() && start.elapsed() < Duration::from_secs(60) {
        if let Some(status) = running.try_wait().expect("wait") {
            panic!(
                "the program stopped on its own ({status}), saying:\n{}",
                std::fs::read_to_string(said("first")).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(draft.is_file(), "the draft was kept while the program ran");
    running.kill().expect("SIGKILL");
    running.wait().expect("killed");

    // Started again, it restores the draft, says what it holds and closes; never left to
    // hang a test run.
    let restoring = program("restore", "again").spawn().expect("runs again");
    let pid = restoring.id();
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if finished.recv_timeout(Duration::from_secs(90)).is_err() {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
        }
    });
    let restored = restoring.wait_with_output().expect("runs again");
    let _ = done.send(());
    let _ = watchdog.join();
    let stdout = String::from_utf8_lossy(&restored.stdout);
    assert!(
        stdout.contains("draft: Killed Midway"),
        "{stdout}\n{}",
        std::fs::read_to_string(said("again")).unwrap_or_default()
    );
    assert_eq!(std::fs::read_to_string(&catalogue).expect("read"), original);
    // The log says what happened, for a shop to send.
    let logs = home.join("data/shoe-selector/logs");
    let log: String = std::fs::read_dir(&logs)
        .expect("a log folder")
        .filter_map(Result::ok)
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect();
    assert!(log.contains("starts"), "{log}");
    assert!(log.contains("restored the draft of"), "{log}");
}
