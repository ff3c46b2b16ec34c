//! What the tests that drive the real program (under Xvfb, killed for real) ask of it,
//! through [`TEST_HOOK`]: each a few steps of what staff would do, then the program says
//! what it sees on its standard output and closes, or keeps running to be killed.

use super::ShoeApp;
use crate::app::command::{DraftCommand, FittingCommand, InputsCommand};
use eframe::egui;

/// The hook, read from the environment: `edit:TEXT` opens the editor and names the first
/// shoe's model TEXT (an unsaved edit); `picture:PATH` does that with the model `Picture
/// Kept` and imports the picture at PATH for the first shoe; `note:TEXT` fits a customer,
/// the first shoe tried on with the note TEXT, not saved; all three keep running.
/// `restore` takes back what a window that stopped left, prints the first shoe's model of
/// the editor's draft, how many imported pictures came back and the fitting's first note,
/// and closes. `fitting:NAME`
/// fits the customer NAME (the first shoe tried on), saves the session, writes its report
/// and closes. `say-fitting` prints the fitting on screen and closes. `forget:NAME` forgets
/// the customer NAME, prints what the window said of it, and closes.
pub const TEST_HOOK: &str = "SHOE_SELECTOR_TEST";

/// A hook that runs steps and then closes the window.
pub(super) enum Steps {
    Restore,
    Fitting(String),
    SayFitting,
    Forget(String),
}

/// The window for a hook that runs steps, then closes.
pub(super) struct Hooked {
    pub(super) app: ShoeApp,
    pub(super) steps: Steps,
    pub(super) frame: u32,
}

/// What the hook asks, once the window is set up: the window itself for a hook that keeps
/// running, else the one that runs its steps.
pub(super) fn hook(mut app: ShoeApp) -> Box<dyn eframe::App> {
    let hook = std::env::var(TEST_HOOK).unwrap_or_default();
    let steps = match hook.split_once(':') {
        Some(("edit", model)) => {
            app.edit_for_a_test(model);
            return Box::new(app);
        }
        Some(("picture", path)) => {
            app.edit_for_a_test("Picture Kept");
            app.push(DraftCommand::ImportPicture(0, path.into()));
            return Box::new(app);
        }
        Some(("note", note)) => {
            let mut profile = app.settings.profile.clone();
            profile.customer = Some("Noted Customer".to_string());
            if let Some(first) = app.ranking().recommendations.first()
                && let Some(shoe) = app.catalogue().and_then(|c| c.shoes.get(first.shoe))
            {
                profile.tried.push(crate::profile::Tried {
                    shoe: shoe.id.clone(),
                    size: None,
                    feel: Vec::new(),
                    note: Some(note.to_string()),
                });
            }
            app.push(InputsCommand::SetProfile(Box::new(profile)));
            return Box::new(app);
        }
        Some(("fitting", name)) => Steps::Fitting(name.to_string()),
        Some(("forget", name)) => Steps::Forget(name.to_string()),
        _ if hook == "restore" => Steps::Restore,
        _ if hook == "say-fitting" => Steps::SayFitting,
        _ => return Box::new(app),
    };
    if matches!(steps, Steps::Restore) {
        app.windows.confirm = None;
        app.restore_left_behind();
    }
    Box::new(Hooked {
        app,
        steps,
        frame: 0,
    })
}

impl Hooked {
    /// This frame's step; true once the steps are done.
    fn step(&mut self) -> bool {
        let app = &mut self.app;
        match (&self.steps, self.frame) {
            // A large catalogue's draft comes back once its file is read.
            (Steps::Restore, _) if app.busy() => false,
            (Steps::Restore, _) => {
                say_restored(app);
                true
            }
            (Steps::Fitting(name), 0) => {
                let mut profile = app.settings.profile.clone();
                profile.customer = Some(name.clone());
                app.push(InputsCommand::SetProfile(Box::new(profile)));
                if let Some(first) = app.ranking().recommendations.first()
                    && let Some(shoe) = app.catalogue().and_then(|c| c.shoes.get(first.shoe))
                {
                    app.push(FittingCommand::AddTried(shoe.id.clone()));
                }
                false
            }
            (Steps::Fitting(_), 1) => {
                app.push(FittingCommand::SaveSession);
                false
            }
            (Steps::Fitting(_), 2) => {
                app.push(FittingCommand::WriteReport);
                false
            }
            // The report is written off the frame: its word comes once it is done.
            (Steps::Fitting(_), _) if app.busy() => false,
            (Steps::Fitting(_), _) => {
                let said = app.fitting.status().map(|s| app.words().say(s));
                println!("fitting: {}", said.unwrap_or_default());
                true
            }
            (Steps::SayFitting, _) => {
                let profile = &app.settings.profile;
                println!(
                    "customer: {}",
                    profile.customer.as_deref().unwrap_or("none")
                );
                println!("unsaved: {}", app.has_unsaved_fitting());
                true
            }
            (Steps::Forget(name), 0) => {
                app.read_sessions_now();
                let session = app
                    .shop()
                    .customers()
                    .iter()
                    .find(|(_, p)| {
                        p.customer
                            .as_deref()
                            .is_some_and(|c| crate::session::same_customer(c, name))
                    })
                    .map(|(path, _)| path.clone());
                if let Some(session) = session {
                    app.push(FittingCommand::ForgetCustomer(vec![session]));
                }
                false
            }
            (Steps::Forget(_), _) if app.busy() => false,
            (Steps::Forget(_), _) => {
                let said = app.fitting.status().map(|s| app.words().say(s));
                println!("forget: {}", said.unwrap_or_default());
                true
            }
        }
    }
}

impl eframe::App for Hooked {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        if self.frame == u32::MAX {
            return;
        }
        if self.step() {
            self.frame = u32::MAX;
            // It closes as staff would, with what it did saved (or, for a restore, seen).
            self.app.allow_close = true;
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            self.frame += 1;
        }
        ui.ctx().request_repaint();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// Prints what a restore brought back: the first shoe's model of the editor's draft, how
/// many imported pictures came back, and the fitting's first note.
fn say_restored(app: &ShoeApp) {
    let editor = app.editor();
    let model = editor
        .and_then(|editor| editor.draft().shoes.first())
        .map_or("(no draft)", |shoe| shoe.model.as_str());
    let pictures = editor.map_or(0, |editor| {
        editor.awaiting().filter(|(_, kept)| kept.is_file()).count()
    });
    let note = app
        .settings
        .profile
        .tried
        .first()
        .and_then(|tried| tried.note.as_deref())
        .unwrap_or("(none)");
    println!("draft: {model}");
    println!("pictures: {pictures}");
    println!("note: {note}");
}
