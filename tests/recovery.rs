//! Never lose a draft: unsaved catalogue edits and fittings are kept in recovery files while
//! the window runs, offered back after a crash, and gone once saved or discarded; each window
//! keeps its own. In the window through egui_kittest, and with the real program killed by
//! SIGKILL under Xvfb: one window killed beside another that runs, a picture imported just
//! before a kill, a restart after a saved fitting, and a customer forgotten with nothing of
//! them left in any file.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shoe_selector::app::command::{DraftCommand, EditorCommand, FittingCommand};
use shoe_selector::app::{Confirm, Mode, Settings, ShoeApp};
use std::path::{Path, PathBuf};
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
    window::settle(&mut harness);
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

/// The recovery files named `name` in any window's folder under `recovery`.
fn kept(recovery: &Path, name: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(recovery)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path().join(name))
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// What the recovery files named `name` hold.
fn kept_texts(recovery: &Path, name: &str) -> Vec<String> {
    kept(recovery, name)
        .iter()
        .map(|file| std::fs::read_to_string(file).expect("read"))
        .collect()
}

/// In the editor, the first shoe's model becomes `model` (an unsaved edit), and frames run
/// until the window keeps the draft in `recovery`.
fn edit_until_kept(harness: &mut Harness<'static, ShoeApp>, recovery: &Path, model: &str) {
    harness.state_mut().push(EditorCommand::Edit(true));
    window::settle(harness);
    let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
    shoe.model = model.to_string();
    harness
        .state_mut()
        .push(DraftCommand::ChangeShoe(0, Box::new(shoe)));
    assert!(
        wait_for(harness, || kept(recovery, "catalogue-draft.ron").len() == 1),
        "the draft is kept within seconds"
    );
}

/// The window goes away as in a crash: nothing saved, nothing asked, its files left.
fn crash(harness: Harness<'static, ShoeApp>) {
    harness.into_state().stop_as_in_a_crash();
}

#[test]
fn unsaved_edits_and_fittings_are_kept_offered_back_and_removed_once_saved() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    let original = std::fs::read_to_string(&catalogue).expect("read");

    {
        let mut harness = window(&catalogue, &recovery, &sessions);
        harness.state_mut().push(EditorCommand::Edit(true));
        harness.run();
        let mut shoe = harness.state().editor().expect("editor").draft().shoes[0].clone();
        shoe.model = "Ghost Unsaved".to_string();
        harness
            .state_mut()
            .push(DraftCommand::ChangeShoe(0, Box::new(shoe)));
        window::change_profile(&mut harness, |p| p.customer = Some("Ola".to_string()));
        harness
            .state_mut()
            .push(FittingCommand::AddTried("brooks-ghost-16".into()));
        assert!(
            wait_for(&mut harness, || kept(&recovery, "catalogue-draft.ron")
                .len()
                == 1
                && kept(&recovery, "fitting.ron").len() == 1),
            "the unsaved work is kept within seconds"
        );
        crash(harness);
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
        assert_eq!(editor.draft().shoes[0].model, "Ghost Unsaved");
        assert_eq!(app.settings().profile.customer.as_deref(), Some("Ola"));
        assert_eq!(app.settings().profile.tried.len(), 1);
        assert!(app.has_unsaved_fitting(), "a restored fitting is not saved");
    }
    // Restored, it is this window's: kept in its own folder, the one it came from gone.
    assert!(wait_for(&mut harness, || kept(&recovery, "fitting.ron")
        .len()
        == 1));

    // Saved, the draft's file goes; the fitting saved as a session, its file goes too.
    harness.state_mut().push(EditorCommand::Save);
    harness.run();
    harness.state_mut().push(FittingCommand::SaveSession);
    harness.run();
    assert!(
        wait_for(&mut harness, || kept(&recovery, "catalogue-draft.ron")
            .is_empty()
            && kept(&recovery, "fitting.ron").is_empty()),
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
    {
        let mut harness = window(&catalogue, &recovery, &sessions);
        harness.state_mut().push(EditorCommand::Edit(true));
        harness.run();
        harness.state_mut().push(DraftCommand::ChooseShoe(0));
        harness.state_mut().push(DraftCommand::DeleteShoe);
        window::change_profile(&mut harness, |p| p.customer = Some("Ola".to_string()));
        assert!(wait_for(&mut harness, || kept(
            &recovery,
            "catalogue-draft.ron"
        )
        .len()
            == 1
            && kept(&recovery, "fitting.ron").len() == 1));
        crash(harness);
    }
    let mut harness = window(&catalogue, &recovery, &sessions);
    harness.get_by_label("Discard it").click();
    harness.run();
    assert!(kept(&recovery, "catalogue-draft.ron").is_empty());
    assert!(kept(&recovery, "fitting.ron").is_empty());
    assert!(harness.state().editor().is_none());
    // Discarded means discarded: the fitting of Ola comes back from nowhere.
    assert_eq!(harness.state().settings().profile.customer, None);
    drop(harness);
    // Nothing is offered the next time, and nothing is left.
    let harness = window(&catalogue, &recovery, &sessions);
    assert_eq!(harness.state().confirm().cloned(), None);
    drop(harness);
    assert_eq!(std::fs::read_dir(&recovery).expect("recovery").count(), 0);
}

/// Two windows with one home: each keeps its own drafts. The second never offers, replaces
/// or deletes the first's while the first runs; once the first is gone, its drafts are
/// offered once, to one window.
#[test]
fn two_windows_with_one_home_each_keep_their_own_drafts() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    let mut first = window(&catalogue, &recovery, &sessions);
    window::change_profile(&mut first, |p| p.customer = Some("Ada".to_string()));
    assert!(wait_for(&mut first, || kept(&recovery, "fitting.ron")
        .len()
        == 1));
    let mut second = window(&catalogue, &recovery, &sessions);
    assert_eq!(
        second.state().confirm().cloned(),
        None,
        "Ada's draft is A's own"
    );
    window::change_profile(&mut second, |p| p.customer = Some("Bea".to_string()));
    assert!(wait_for(&mut second, || kept(&recovery, "fitting.ron")
        .len()
        == 2));
    let named = |name: &str| {
        kept_texts(&recovery, "fitting.ron")
            .iter()
            .any(|text| text.contains(name))
    };
    assert!(named("Ada") && named("Bea"));
    // The first window stops as in a kill; the second goes on and offers nothing.
    crash(first);
    second.step();
    assert_eq!(second.state().confirm().cloned(), None);
    // A third window takes in what the first left; a fourth, started meanwhile, does not.
    let mut third = window(&catalogue, &recovery, &sessions);
    assert_eq!(
        third.state().confirm().cloned(),
        Some(Confirm::RestoreLeftBehind)
    );
    assert!(shows(&third, "The fitting of Ada"));
    let fourth = window(&catalogue, &recovery, &sessions);
    assert_eq!(
        fourth.state().confirm().cloned(),
        None,
        "offered once, to one window"
    );
    third.get_by_label("Restore").click();
    third.run();
    assert_eq!(
        third.state().settings().profile.customer.as_deref(),
        Some("Ada")
    );
    assert!(third.state().has_unsaved_fitting(), "restored is not saved");
    // Bea's draft, whose window runs, is as it was.
    assert!(named("Bea"));
}

/// A catalogue at a path that is not UTF-8 is kept against a crash like any other, offered
/// back on its own path, and remembered between runs.
#[cfg(unix)]
#[test]
fn a_catalogue_whose_path_is_not_utf8_is_kept_and_remembered() {
    use std::os::unix::ffi::OsStrExt;
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = folder
        .path()
        .join(std::ffi::OsStr::from_bytes(b"shop-\xe9t\xe9.ron"));
    std::fs::copy(shop(folder.path()), &catalogue).expect("copy");
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    let mut harness = window(&catalogue, &recovery, &sessions);
    edit_until_kept(&mut harness, &recovery, "Odd Path");
    assert!(!shows(&harness, "cannot be kept"));
    let remembered = harness.state().settings().to_text();
    let (settings, notice) = Settings::restore(Some(&remembered));
    assert!(notice.is_none());
    assert_eq!(
        settings.last_catalogue.as_deref(),
        Some(catalogue.as_path())
    );
    crash(harness);
    let mut harness = window(&catalogue, &recovery, &sessions);
    harness.get_by_label("Restore").click();
    harness.run();
    let editor = harness.state().editor().expect("the draft");
    assert_eq!(editor.path(), catalogue);
    assert_eq!(editor.draft().shoes[0].model, "Odd Path");
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

/// The real program, run under Xvfb with a home of its own.
struct Program<'a> {
    display: &'a Display,
    home: PathBuf,
    catalogue: PathBuf,
}

impl Program<'_> {
    /// The program with `hook`; what it says on its error stream goes to a file `name`.
    fn command(&self, hook: &str, name: &str) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_shoe-selector"));
        command
            .arg("--catalogue")
            .arg(&self.catalogue)
            .env("DISPLAY", &self.display.name)
            .env_remove("WAYLAND_DISPLAY")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            // Mesa's software Vulkan, which scripts/test installs for the snapshots: one
            // renderer, rather than also probing OpenGL through EGL on a virtual display.
            .env("WGPU_BACKEND", "vulkan")
            .env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join("data"))
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_RUNTIME_DIR", &self.home)
            .env("SHOE_SELECTOR_NO_FILE_DIALOGS", "1")
            .env("SHOE_SELECTOR_TEST", hook)
            .stdout(std::process::Stdio::piped())
            .stderr(std::fs::File::create(self.said(name)).expect("a file for its errors"));
        command
    }

    fn said(&self, name: &str) -> PathBuf {
        self.home.join(format!("{name}.stderr"))
    }

    fn recovery(&self) -> PathBuf {
        self.home.join("data/shoe-selector/recovery")
    }

    fn sessions(&self) -> PathBuf {
        self.home.join("data/shoe-selector/sessions")
    }

    /// Starts the program with `hook` and waits until `ready` holds while it runs.
    fn start_until(&self, hook: &str, name: &str, ready: impl Fn() -> bool) -> std::process::Child {
        let mut running = self.command(hook, name).spawn().expect("starts");
        let start = Instant::now();
        while !ready() && start.elapsed() < Duration::from_secs(60) {
            if let Some(status) = running.try_wait().expect("wait") {
                panic!(
                    "the program stopped on its own ({status}), saying:\n{}",
                    std::fs::read_to_string(self.said(name)).unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(ready(), "not ready within a minute: {hook}");
        running
    }

    /// Runs the program with `hook` to its end (never left to hang a test run) and gives
    /// what it printed.
    fn run(&self, hook: &str, name: &str) -> String {
        let running = self.command(hook, name).spawn().expect("runs");
        let pid = running.id();
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let watchdog = std::thread::spawn(move || {
            if finished.recv_timeout(Duration::from_secs(90)).is_err() {
                let _ = std::process::Command::new("kill")
                    .args(["-9", &pid.to_string()])
                    .status();
            }
        });
        let output = running.wait_with_output().expect("runs");
        let _ = done.send(());
        let _ = watchdog.join();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{hook}: {}\n{stdout}\n{}",
            output.status,
            std::fs::read_to_string(self.said(name)).unwrap_or_default()
        );
        stdout
    }
}

fn kill(mut running: std::process::Child) {
    running.kill().expect("SIGKILL");
    running.wait().expect("killed");
}

/// The real program holds an unsaved edit when it is killed with SIGKILL, beside another
/// window of the same home that runs on with an edit of its own: started again, it brings
/// back the killed window's edit, never the running one's, and the catalogue file was never
/// touched.
#[test]
fn an_edit_survives_the_program_being_killed_beside_another_window() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let original = std::fs::read_to_string(&catalogue).expect("read");
    let display = Display::start();
    let program = Program {
        display: &display,
        home: folder.path().join("home"),
        catalogue: catalogue.clone(),
    };
    std::fs::create_dir_all(&program.home).expect("home");
    let drafts = || kept(&program.recovery(), "catalogue-draft.ron");
    let first = program.start_until("edit:Killed Midway", "first", || drafts().len() == 1);
    let second = program.start_until("edit:Still Running", "second", || drafts().len() == 2);
    kill(first);

    let stdout = program.run("restore", "again");
    assert!(stdout.contains("draft: Killed Midway"), "{stdout}");
    // The second window's draft is its own, untouched while it runs.
    let texts = kept_texts(&program.recovery(), "catalogue-draft.ron");
    assert!(
        texts.iter().any(|t| t.contains("Still Running")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("Killed Midway")));
    kill(second);
    assert_eq!(std::fs::read_to_string(&catalogue).expect("read"), original);
    // The log says what happened, for a shop to send.
    let logs = program.home.join("data/shoe-selector/logs");
    let log: String = std::fs::read_dir(&logs)
        .expect("a log folder")
        .filter_map(Result::ok)
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect();
    assert!(log.contains("starts"), "{log}");
    assert!(log.contains("restored the draft of"), "{log}");
}

/// Asked to stop by the system (SIGTERM: a logout, a shutdown), the program writes the
/// fitting with the last note typed before it goes; started again, the note is back.
#[test]
fn a_request_to_stop_keeps_the_last_note_of_a_fitting() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let display = Display::start();
    let program = Program {
        display: &display,
        home: folder.path().join("home"),
        catalogue,
    };
    std::fs::create_dir_all(&program.home).expect("home");
    let fittings = || kept_texts(&program.recovery(), "fitting.ron");
    let mut running = program.start_until("note:heel slips at the last lace", "first", || {
        fittings().iter().any(|t| t.contains("heel slips"))
    });
    let pid = running.id().to_string();
    let asked = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(asked.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = running.try_wait().expect("wait") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "it stops when asked"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    // Stopped by its own hand once the drafts were written, not by the signal.
    assert_eq!(status.code(), Some(143), "{status}");
    let stdout = program.run("restore", "again");
    assert!(
        stdout.contains("note: heel slips at the last lace"),
        "{stdout}"
    );
}

/// A picture imported into the draft just before a kill comes back with it, and what
/// is left of the killed window goes once taken in.
#[test]
fn an_imported_picture_survives_a_kill_with_its_draft() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let picture = folder.path().join("new-shoe.png");
    std::fs::write(
        &picture,
        shoe_selector::sample::picture("images/brooks-ghost-16.png").expect("a sample picture"),
    )
    .expect("write");
    let display = Display::start();
    let program = Program {
        display: &display,
        home: folder.path().join("home"),
        catalogue,
    };
    std::fs::create_dir_all(&program.home).expect("home");
    let hook = format!("picture:{}", picture.display());
    let drafts = || kept_texts(&program.recovery(), "catalogue-draft.ron");
    let running = program.start_until(&hook, "first", || {
        drafts().iter().any(|t| t.contains("kept:"))
    });
    kill(running);
    let stdout = program.run("restore", "again");
    assert!(stdout.contains("draft: Picture Kept"), "{stdout}");
    assert!(stdout.contains("pictures: 1"), "{stdout}");
    // The restoring window closed with its draft let go: nothing is left anywhere.
    let left: Vec<PathBuf> = std::fs::read_dir(program.recovery())
        .expect("recovery")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A fitting saved and the window closed: at the next start the customer is not on screen
/// again (so a save cannot make a second file of them), nothing of theirs is in the
/// remembered settings, and *Forget* then leaves the name in no file under the program's
/// home: data, settings, recovery, logs and sessions.
#[test]
fn a_restart_never_splits_a_customer_and_forget_leaves_no_trace() {
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = shop(folder.path());
    let display = Display::start();
    let program = Program {
        display: &display,
        home: folder.path().join("home"),
        catalogue,
    };
    std::fs::create_dir_all(&program.home).expect("home");
    let name = "Zelda Quartermain";
    let fitted = program.run(&format!("fitting:{name}"), "fitting");
    assert!(fitted.contains("Report written"), "{fitted}");
    let sessions = || -> Vec<PathBuf> {
        std::fs::read_dir(program.sessions())
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    assert!(
        sessions()
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "ron"))
    );

    let again = program.run("say-fitting", "again");
    assert!(again.contains("customer: none"), "{again}");
    assert!(again.contains("unsaved: false"), "{again}");

    let forgot = program.run(&format!("forget:{name}"), "forget");
    assert!(
        forgot.contains("no file of the program's names"),
        "{forgot}"
    );
    assert!(sessions().is_empty(), "{:?}", sessions());
    // The sweep, done here by the test itself: every file under the home.
    let mut named = Vec::new();
    let mut folders = vec![program.home.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if std::fs::read(&path).is_ok_and(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .to_lowercase()
                    .contains(&name.to_lowercase())
            }) {
                named.push(path);
            }
        }
    }
    assert!(named.is_empty(), "the name is still in {named:?}");
}

/// A draft of a large catalogue comes back with the file read in the background, as any
/// large file is: unsaved work meanwhile (nothing drops it unasked), and the editor on the
/// draft once the file is in; a reading cancelled brings the draft back at once, all of it
/// unsaved.
#[test]
fn a_draft_of_a_large_catalogue_is_restored_while_its_file_is_read_in_the_background() {
    use shoe_selector::app::command::FileCommand;
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let folder = tempfile::tempdir().expect("temp dir");
    let catalogue = folder.path().join("chain.ron");
    std::fs::write(&catalogue, to_ron(&generate(4_000), "")).expect("write");
    assert!(std::fs::metadata(&catalogue).expect("size").len() > 2 * 1024 * 1024);
    let recovery = folder.path().join("recovery");
    let sessions = folder.path().join("sessions");
    for cancel in [false, true] {
        let _ = std::fs::remove_dir_all(&recovery);
        {
            let mut harness = window(&catalogue, &recovery, &sessions);
            edit_until_kept(&mut harness, &recovery, "Kept Through A Crash");
            crash(harness);
        }
        let mut harness = window(&catalogue, &recovery, &sessions);
        assert_eq!(
            harness.state().confirm().cloned(),
            Some(Confirm::RestoreLeftBehind)
        );
        harness.get_by_label("Restore").click();
        harness.step();
        assert!(
            harness.state().document().loading().is_some(),
            "the file is read in the background"
        );
        assert!(
            harness.state().has_unsaved_edits(),
            "the draft counts as unsaved work meanwhile"
        );
        let left = kept(&recovery, "catalogue-draft.ron");
        assert_eq!(
            left.len(),
            1,
            "the draft's file stays where it was until the editor holds it"
        );
        if cancel {
            harness.state_mut().push(FileCommand::CancelLoading);
        }
        window::settle(&mut harness);
        let app = harness.state();
        let editor = app.editor().expect("the editor on the draft");
        assert_eq!(editor.draft().shoes[0].model, "Kept Through A Crash");
        assert!(editor.is_dirty());
        assert_eq!(app.mode(), Mode::Edit);
        if !cancel {
            assert_eq!(app.document().path(), Some(catalogue.as_path()));
        }
        // Held by this window now: kept in its own folder, the one it came from gone.
        assert!(wait_for(&mut harness, || {
            let now = kept(&recovery, "catalogue-draft.ron");
            now.len() == 1 && now != left
        }));
    }
}
