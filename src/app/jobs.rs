//! Work done off the frame: file dialogs, saving the catalogue and the session, the report,
//! forgetting a customer, the what-ifs, writing the sample, reading a picture to import.
//! Each runs on a thread of its own (on the web page, which has one thread, at the start of
//! the next frame) and comes back as a [`Done`] that the next frame takes in, so the window
//! keeps drawing (and answering) while it runs.

use super::command::PathFor;
use super::finder::WhatIfsFound;
use super::fitting::SessionSaved;
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
#[cfg(not(target_arch = "wasm32"))]
use std::sync::{Arc, Mutex};

/// What came back from work done off the frame.
#[derive(Debug)]
pub(super) enum Done {
    /// A file dialog closed: what it was for, and the path chosen (none when cancelled).
    Chosen(PathFor, Option<PathBuf>),
    /// The fitting report was written there, or why not.
    Report(Result<PathBuf, crate::words::Say>),
    /// A customer's files were deleted.
    Forgot(Forgotten),
    /// The what-ifs and widenings of an advice.
    WhatIfs(WhatIfsFound),
    /// A save of the editor's draft went some way, to this path, with what the user had
    /// agreed to.
    CatalogueSaved(
        super::editor::CatalogueSaved,
        PathBuf,
        super::command::Agreed,
    ),
    /// The sample was written into a folder: its catalogue's path, or why not.
    SampleWritten(Result<PathBuf, crate::words::Say>),
    /// A picture to import into the shoe at this index was read, or why not.
    PictureRead(usize, Result<Vec<u8>, crate::words::Say>),
    /// A session save went some way; then this, if any.
    SessionSaved(Box<SessionSaved>, Option<Box<super::command::Command>>),
}

/// What forgetting a customer did.
#[derive(Debug, Default)]
pub(super) struct Forgotten {
    /// How many sessions were to go.
    pub sessions: usize,
    /// Files that could not be deleted, each with why.
    pub failed: Vec<String>,
    /// Files in the program's folders that still name the customer.
    pub still: Vec<String>,
}

/// The work under way.
#[derive(Default)]
pub(super) struct Jobs {
    running: Vec<Receiver<Done>>,
    /// The web page has one thread: work waits there for the next frame, so that what the
    /// frame that asked for it changed is drawn first.
    #[cfg(target_arch = "wasm32")]
    deferred: std::collections::VecDeque<Box<dyn FnOnce()>>,
    /// A file dialog is open: another is not opened over it.
    dialog: bool,
    ctx: Option<egui::Context>,
}

impl Jobs {
    /// Keeps the window's context, to wake it when work is done.
    pub fn attach(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// On the web page, runs `work` at the start of the next frame (see [`Jobs::take`]).
    #[cfg(target_arch = "wasm32")]
    pub fn run(&mut self, _name: &str, work: impl FnOnce() -> Done + Send + 'static) {
        let (done, receiver) = channel();
        self.deferred.push_back(Box::new(move || {
            let _ = done.send(work());
        }));
        self.running.push(receiver);
        if let Some(ctx) = &self.ctx {
            ctx.request_repaint();
        }
    }

    /// Runs `work` on a thread named `name`. Should no thread start, it runs here: the work
    /// is never dropped.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn run(&mut self, name: &str, work: impl FnOnce() -> Done + Send + 'static) {
        let (done, receiver) = channel();
        let ctx = self.ctx.clone();
        let work = Arc::new(Mutex::new(Some(work)));
        let theirs = (work.clone(), done.clone());
        let started = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let (work, done) = theirs;
                let job = work.lock().ok().and_then(|mut work| work.take());
                if let Some(job) = job {
                    let _ = done.send(job());
                }
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if let Err(error) = started {
            tracing::warn!("no thread for the {name} ({error}); done in the frame");
            let job = work.lock().ok().and_then(|mut work| work.take());
            if let Some(job) = job {
                let _ = done.send(job());
            }
        }
        self.running.push(receiver);
    }

    /// Opens a file dialog (`dialog`) for `purpose` on a thread of its own, unless one is
    /// open already.
    pub fn dialog(
        &mut self,
        purpose: PathFor,
        dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) {
        if !self.dialog {
            self.dialog = true;
            self.run("file dialog", move || Done::Chosen(purpose, dialog()));
        }
    }

    /// What came back since the last look (on the web page, after running the next piece of
    /// work waiting, one a frame).
    pub fn take(&mut self) -> Vec<Done> {
        #[cfg(target_arch = "wasm32")]
        if let Some(work) = self.deferred.pop_front() {
            work();
            if let Some(ctx) = &self.ctx {
                ctx.request_repaint();
            }
        }
        let mut done = Vec::new();
        self.running.retain(|receiver| match receiver.try_recv() {
            Ok(result) => {
                done.push(result);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => false,
        });
        if done.iter().any(|d| matches!(d, Done::Chosen(..))) {
            self.dialog = false;
        }
        done
    }

    /// The window's context, once a frame has given it.
    pub fn context(&self) -> Option<egui::Context> {
        self.ctx.clone()
    }

    /// Whether any work is under way.
    pub fn busy(&self) -> bool {
        !self.running.is_empty()
    }
}

/// A save that runs off the frame one at a time: what is asked for while it runs (another
/// save, a report, a change on disk to look at) waits for it, in the order asked.
#[derive(Default)]
pub(super) struct Saving {
    running: bool,
    waiting: Vec<super::command::Command>,
}

impl Saving {
    /// Whether a save is running.
    pub fn running(&self) -> bool {
        self.running
    }

    /// A save set off.
    pub fn start(&mut self) {
        self.running = true;
    }

    /// `command` waits for the save running.
    pub fn wait(&mut self, command: impl Into<super::command::Command>) {
        self.waiting.push(command.into());
    }

    /// The save is done: what waited for it, to do now.
    pub fn done(&mut self) -> Vec<super::command::Command> {
        self.running = false;
        std::mem::take(&mut self.waiting)
    }

    /// Whether anything waits.
    pub fn has_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }
}
