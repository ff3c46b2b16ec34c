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
use std::time::Duration;
use web_time::Instant;

/// How often an open list of customers or the insights look at the folder again.
const LOOK_AGAIN_EVERY: Duration = Duration::from_secs(2);

/// Every session that reads, with its file, newest visit first.
type Customers = Vec<(PathBuf, Arc<Profile>)>;

/// What the insights show for some dates, counted on a worker thread.
#[derive(Debug)]
pub struct Counted {
    /// The evidence of the visits in the dates.
    pub evidence: Arc<Evidence>,
    /// The needs of those customers against the catalogue on screen; none without one.
    pub needs: Option<Vec<Need>>,
    /// What the pairs bought by customers with measured feet told of each model's length,
    /// each with the shoe's name, named here rather than looked up in every frame.
    pub lengths: Vec<(String, crate::recommend::LearnedFit)>,
}

/// What a count is for: the dates, the reading (its number) and the catalogue (held, so it
/// is the same one, not another at its address).
#[derive(Clone)]
struct CountFor {
    dates: Dates,
    version: u64,
    catalogue: Option<Arc<Catalogue>>,
}

impl PartialEq for CountFor {
    fn eq(&self, other: &Self) -> bool {
        let same_catalogue = match (&self.catalogue, &other.catalogue) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.dates == other.dates && self.version == other.version && same_catalogue
    }
}

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
    /// The insights last counted, and what for.
    counted: Option<(CountFor, Arc<Counted>)>,
    /// A count under way on a worker thread, and what for.
    counting: Option<(CountFor, Receiver<Counted>)>,
    /// A reading under way on the worker thread.
    reading: Option<Receiver<Reading>>,
    /// Counts the readings that changed something: what the insights' needs are kept for.
    version: u64,
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

    /// The insights last counted: for the dates asked, or, while those are being counted,
    /// for the dates before.
    pub fn insights(&self) -> Option<&Counted> {
        self.counted.as_ref().map(|(_, counted)| &**counted)
    }

    /// Whether the sessions are being read or the insights counted.
    pub fn busy(&self) -> bool {
        self.reading.is_some() || self.counting.is_some()
    }

    /// Has the insights for `dates` and `catalogue` counted on a worker thread, unless they
    /// are counted or being counted already: the evidence of those dates (the whole
    /// evidence needs no count) and the needs of those customers, which rank the catalogue
    /// once per need.
    pub fn count_insights(
        &mut self,
        dates: &Dates,
        catalogue: Option<&Arc<Catalogue>>,
        ctx: &egui::Context,
    ) {
        let wanted = CountFor {
            dates: dates.clone(),
            version: self.version,
            catalogue: catalogue.cloned(),
        };
        let known = |kept: Option<&CountFor>| kept == Some(&wanted);
        if known(self.counted.as_ref().map(|(f, _)| f))
            || known(self.counting.as_ref().map(|(f, _)| f))
        {
            return;
        }
        let all = (*dates == Dates::default()).then(|| self.evidence.clone());
        let sessions = self.sessions.clone();
        let (done, counting) = channel();
        let ctx = ctx.clone();
        let (dates, catalogue) = (wanted.dates.clone(), wanted.catalogue.clone());
        let started = std::thread::Builder::new()
            .name("insights".into())
            .spawn(move || {
                let evidence = all.unwrap_or_else(|| Arc::new(Evidence::gather(&sessions, &dates)));
                let needs = catalogue.as_ref().map(|c| needs(&evidence, c));
                let lengths = catalogue.as_ref().map_or_else(Vec::new, |c| {
                    let fits = crate::recommend::length_fits(c, &evidence);
                    let name = |index: usize| c.shoes[index].name();
                    let mut lengths: Vec<_> =
                        fits.into_iter().map(|(at, fit)| (name(at), fit)).collect();
                    // What moves the size first, then what the most customers told.
                    lengths.sort_by_key(|(_, fit)| (!fit.is_clear(), std::cmp::Reverse(fit.of)));
                    lengths
                });
                let _ = done.send(Counted {
                    evidence,
                    needs,
                    lengths,
                });
                ctx.request_repaint();
            });
        if started.is_ok() {
            self.counting = Some((wanted, counting));
        }
    }

    /// Drops `sessions` from the customers at once (their files are being deleted), and asks
    /// for the folder to be read again.
    pub fn drop_sessions(&mut self, sessions: &[PathBuf]) {
        self.customers.retain(|(path, _)| !sessions.contains(path));
        self.wanted = true;
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
        if let Some((wanted, counting)) = &self.counting
            && let Ok(counted) = counting.try_recv()
        {
            self.counted = Some((wanted.clone(), Arc::new(counted)));
            self.counting = None;
        }
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
        let changed = evidence != *self.evidence;
        self.evidence = Arc::new(evidence);
        changed
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
