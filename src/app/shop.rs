//! The shop's sessions in the window: read on a worker thread when the window opens (and
//! again, only what changed, while the customers' list or the insights are open, and after
//! a session is saved), with the evidence the ranking and the insights use.

use crate::catalogue::Catalogue;
use crate::evidence::{Dates, Evidence};
use crate::profile::Profile;
use crate::recommend::needs::{Need, needs};
use crate::session::Sessions;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// How often an open list of customers or the insights look at the folder again.
const LOOK_AGAIN_EVERY: Duration = Duration::from_secs(2);

/// Every session that reads, with its file, newest visit first.
type Customers = Vec<(PathBuf, Arc<Profile>)>;

/// Needs kept: for which dates, reading (its count) and catalogue, and the needs.
type KeptNeeds = (Dates, u64, Arc<Catalogue>, Arc<Vec<Need>>);

/// A reading of the folder, done on the worker thread with what is counted from it.
struct Reading {
    sessions: Sessions,
    /// What changed since the reading before; none when nothing did.
    counted: Option<(Customers, Evidence)>,
}

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
    reading: Option<Receiver<Reading>>,
    /// Counts the readings that changed something: what the insights' needs are kept for.
    version: u64,
    /// The needs of the insights: for which dates, reading and catalogue (held, so it is the
    /// same one, not another at its address).
    needs: Option<KeptNeeds>,
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
        let sessions = self.sessions.clone();
        let folder = folder.to_path_buf();
        let first = self.read_at.is_none() || other_folder;
        let (done, reading) = channel();
        let ctx = ctx.clone();
        let started = std::thread::Builder::new()
            .name("sessions".into())
            .spawn(move || {
                let _ = done.send(read(sessions, &folder, first));
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
        let Ok(Reading { sessions, counted }) = reading.try_recv() else {
            return false;
        };
        self.reading = None;
        self.sessions = sessions;
        // Nothing changed on disk: nothing to count again.
        let Some((customers, evidence)) = counted else {
            return false;
        };
        self.version += 1;
        self.customers = customers;
        self.insights = None;
        let changed = evidence != *self.evidence;
        self.evidence = Arc::new(evidence);
        changed
    }

    /// The needs of the customers counted in `dates` against `catalogue`, worked out once for
    /// each reading, dates and catalogue.
    pub fn needs_in(&mut self, dates: &Dates, catalogue: &Arc<Catalogue>) -> Arc<Vec<Need>> {
        if let Some((counted, version, of, needs)) = &self.needs
            && counted == dates
            && *version == self.version
            && Arc::ptr_eq(of, catalogue)
        {
            return needs.clone();
        }
        let evidence = self.evidence_in(dates);
        let found = Arc::new(needs(&evidence, catalogue));
        self.needs = Some((
            dates.clone(),
            self.version,
            catalogue.clone(),
            found.clone(),
        ));
        found
    }

    /// Reads the folder now, on this thread: for tests and for a folder just changed here.
    pub fn read_now(&mut self, folder: &Path) {
        self.reading = None;
        self.wanted = false;
        let sessions = std::mem::take(&mut self.sessions);
        let (done, reading) = channel();
        let _ = done.send(read(sessions, folder, true));
        self.reading = Some(reading);
        self.read_at = Some(Instant::now());
        self.receive();
    }
}

/// Brings `sessions` up to date with `folder`, and counts them again when anything changed
/// (or `always`).
fn read(mut sessions: Sessions, folder: &Path, always: bool) -> Reading {
    let changed = sessions.refresh(folder);
    let counted = (changed || always).then(|| {
        let evidence = Evidence::gather(&sessions, &Dates::default());
        (sessions.shared(), evidence)
    });
    Reading { sessions, counted }
}
