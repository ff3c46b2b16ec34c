//! The shop's sessions in the window: read on a worker thread when the window opens (and
//! again, only what changed, while the customers' list or the insights are open, and after
//! a session is saved), with the evidence the ranking and the insights use.

use crate::evidence::{Dates, Evidence};
use crate::profile::Profile;
use crate::session::Sessions;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// How often an open list of customers or the insights look at the folder again.
const LOOK_AGAIN_EVERY: Duration = Duration::from_secs(2);

/// The sessions as last read, and what is counted from them.
#[derive(Default)]
pub struct Shop {
    sessions: Sessions,
    /// Every session that reads, newest visit first.
    customers: Vec<(PathBuf, Arc<Profile>)>,
    /// The evidence of every visit, for the ranking.
    evidence: Arc<Evidence>,
    /// The evidence of the dates the insights ask for, and those dates.
    insights: Option<(Dates, Arc<Evidence>)>,
    /// A reading under way on the worker thread.
    reading: Option<Receiver<Sessions>>,
    /// When the last reading started.
    read_at: Option<Instant>,
    /// Whether the folder should be read again at the next look, whatever the time: a
    /// session was just saved, or the folder chosen.
    wanted: bool,
}

impl Shop {
    /// The sessions as last read.
    pub fn sessions(&self) -> &Sessions {
        &self.sessions
    }

    /// Every session that reads, newest visit first.
    pub fn customers(&self) -> &[(PathBuf, Arc<Profile>)] {
        &self.customers
    }

    /// The evidence of every visit.
    pub fn evidence(&self) -> &Arc<Evidence> {
        &self.evidence
    }

    /// Whether a reading of the folder is under way.
    pub fn reading(&self) -> bool {
        self.reading.is_some()
    }

    /// The evidence of the visits in `dates`, counted once for each reading and dates.
    pub fn evidence_in(&mut self, dates: &Dates) -> Arc<Evidence> {
        if *dates == Dates::default() {
            return self.evidence.clone();
        }
        match &self.insights {
            Some((counted, evidence)) if counted == dates => evidence.clone(),
            _ => {
                let evidence = Arc::new(Evidence::gather(&self.sessions, dates));
                self.insights = Some((dates.clone(), evidence.clone()));
                evidence
            }
        }
    }

    /// Asks for the folder to be read again at the next look.
    pub fn look_again(&mut self) {
        self.wanted = true;
    }

    /// Whether the folder was never read, or is asked to be read again.
    pub fn wanted(&self) -> bool {
        self.read_at.is_none() || self.wanted
    }

    /// Reads `folder` on the worker thread: at once when asked for, never read or another
    /// folder, else when `open` (a list that shows the sessions is open) and the last reading
    /// is more than two seconds old. Only new and changed files are read again.
    pub fn look(&mut self, folder: &Path, open: bool, ctx: &egui::Context) {
        if self.reading.is_some() {
            return;
        }
        let now = std::mem::take(&mut self.wanted) || self.read_at.is_none();
        let open = open
            && self
                .read_at
                .is_none_or(|at| at.elapsed() >= LOOK_AGAIN_EVERY);
        let other_folder = self.sessions.folder() != folder;
        if !(now || other_folder || open) {
            return;
        }
        let mut sessions = self.sessions.clone();
        let folder = folder.to_path_buf();
        let (done, reading) = channel();
        let ctx = ctx.clone();
        let started = std::thread::Builder::new()
            .name("sessions".into())
            .spawn(move || {
                sessions.refresh(&folder);
                let _ = done.send(sessions);
                ctx.request_repaint();
            });
        if started.is_ok() {
            self.reading = Some(reading);
            self.read_at = Some(Instant::now());
        }
    }

    /// Takes in a reading that arrived; whether the evidence changed, so the ranking should
    /// follow.
    pub fn receive(&mut self) -> bool {
        let Some(reading) = &self.reading else {
            return false;
        };
        let Ok(sessions) = reading.try_recv() else {
            return false;
        };
        self.reading = None;
        self.sessions = sessions;
        self.customers = self.sessions.shared();
        self.insights = None;
        let evidence = Evidence::gather(&self.sessions, &Dates::default());
        let changed = evidence != *self.evidence;
        self.evidence = Arc::new(evidence);
        changed
    }

    /// Reads the folder now, on this thread: for tests and for a folder just changed here.
    pub fn read_now(&mut self, folder: &Path) {
        self.reading = None;
        self.wanted = false;
        let mut sessions = std::mem::take(&mut self.sessions);
        sessions.refresh(folder);
        let (done, reading) = channel();
        let _ = done.send(sessions);
        self.reading = Some(reading);
        self.read_at = Some(Instant::now());
        self.receive();
    }
}
