//! What the user can ask of the window, and the questions it asks back. Panels push
//! commands while they draw; the window applies them at the end of the frame.

use super::editor::SortBy;
use crate::catalogue::Shoe;
use crate::profile::Profile;
use crate::recommend::Priorities;
use crate::units::{SizeSystem, WeightUnit};
use crate::words::Lang;
use std::path::PathBuf;

/// What the window is for at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Finding shoes for a runner.
    #[default]
    Recommend,
    /// Editing the open catalogue.
    Edit,
}

/// A question the user must answer before the app goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// The draft has errors: a saved file would not load.
    SaveWithErrors(PathBuf, Agreed),
    /// The file has comments beyond its header, which a rewrite loses.
    LoseComments(PathBuf, Agreed),
    /// There are unsaved edits; do this and lose them?
    Discard(Box<Command>),
    /// The file changed on disk while there are unsaved edits.
    ChangedOnDisk,
    /// Saving would replace a file that changed on disk since it was read or saved here
    /// (by hand, or by another program), whether that change loads or not.
    OverwriteChanged(PathBuf, Agreed),
    /// Saving would replace a read-only file.
    ReplaceReadOnly(PathBuf, Agreed),
    /// The fitting's session file changed since it was opened or saved here (another window,
    /// another computer, a hand edit), or is read-only: replace it? Then do this, if any.
    SessionChanged {
        /// The session file.
        path: PathBuf,
        /// It is read-only (else it changed).
        read_only: bool,
        /// What to do once it is saved.
        then: Option<Box<Command>>,
    },
    /// The fitting has a customer or shoes tried on that are not saved; do this and lose it?
    DiscardFitting(Box<Command>),
    /// The customer's name was changed on a saved session: is it a correction (the same
    /// file) or another customer (a new file)? Then do this, if any.
    CustomerRenamed {
        /// The name the session has.
        before: String,
        /// The name given now.
        now: String,
        /// What to do once it is saved.
        then: Option<Box<Command>>,
    },
    /// The built-in sample cannot be edited in place: save a copy first?
    SampleIsBuiltIn,
    /// A draft or a fitting was left unsaved by a crash or a kill: restore it?
    RestoreLeftBehind,
    /// Forget this customer: delete these sessions, all theirs, and their reports?
    ForgetCustomer {
        /// The customer's name, as the sessions give it.
        name: String,
        /// Every session of theirs.
        sessions: Vec<PathBuf>,
    },
}

/// What the user agreed to when saving the catalogue: each question is asked once per save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Agreed {
    /// To save a draft with errors, which will not load.
    pub errors: bool,
    /// To lose the comments beyond the file's header.
    pub comments: bool,
    /// To replace a file that changed on disk since it was read or saved here.
    pub changed: bool,
    /// To replace a read-only file.
    pub read_only: bool,
}

/// Which list the middle of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The ranked shoes.
    #[default]
    Recommended,
    /// The shoes that cannot fit, with why.
    LeftOut,
}

/// The command enum, a variant per concern, and each concern's `Into<Command>`: one list.
macro_rules! concerns {
    ($($(#[$doc:meta])* $concern:ident($kind:ident),)*) => {
        /// Everything the user can ask for, by what it is about; collected while drawing,
        /// applied at the end of a frame. Each concern is handled whole in one place, so a
        /// command nobody handles does not compile.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Command {
            $($(#[$doc])* $concern($kind),)*
        }

        $(impl From<$kind> for Command {
            fn from(command: $kind) -> Command {
                Command::$concern(command)
            }
        })*
    };
}

concerns! {
    /// Files: opening, reloading, the sample, quitting.
    File(FileCommand),
    /// The catalogue editor: in and out, saving, keeping or dropping edits.
    Editor(EditorCommand),
    /// Changes to the editor's draft.
    Draft(DraftCommand),
    /// The fitting: its session file, the customer, the report, returning customers, what a
    /// crash left.
    Fitting(FittingCommand),
    /// The runner's inputs and the window's settings.
    Inputs(InputsCommand),
    /// The finder: the chosen shoe, the comparison, the list shown, the search.
    Finder(FinderCommand),
    /// The window's own box for a path, where no file dialog can open.
    Path(PathCommand),
    /// The windows over the panels, the one-off message and the question.
    Windows(WindowsCommand),
}

/// Files: opening, reloading, the sample, quitting.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCommand {
    /// Ask for a catalogue file and open it (Ctrl+O).
    OpenDialog,
    /// Open this catalogue file.
    Open(PathBuf),
    /// Read the open catalogue file again.
    Reload,
    /// Close the window.
    Quit,
    /// The open file changed on disk.
    FileChanged,
    /// Stop waiting for a catalogue being read; the one on screen stays.
    CancelLoading,
    /// Show the built-in sample catalogue.
    OpenSample,
    /// Ask for a folder and write the sample catalogue and its pictures there.
    SaveSampleDialog,
    /// Write the sample catalogue and its pictures into this folder and open the copy.
    SaveSample(PathBuf),
    /// Open a file with the program the system opens it with (a report in the browser).
    OpenExternally(PathBuf),
}

/// The catalogue editor: in and out, saving, keeping or dropping edits.
#[derive(Debug, Clone, PartialEq)]
pub enum EditorCommand {
    /// Switch to the editor (true) or back to the recommender.
    Edit(bool),
    /// Save the editor's draft to its own file, asking what needs asking.
    Save,
    /// Ask for a file and save the editor's draft there.
    SaveAs,
    /// Save to this file, with what the user has agreed to so far.
    SaveTo {
        /// The file to write.
        path: PathBuf,
        /// What the user agreed to.
        agreed: Agreed,
    },
    /// Do this, dropping unsaved edits.
    Discarding(Box<Command>),
    /// Keep the edits and forget the change on disk.
    KeepEdits,
    /// Open the editor on the shoe with this id.
    EditShoe(String),
    /// Ask for a picture for the editor's shoe at this index.
    ImportPictureDialog(usize),
}

/// Changes to the editor's draft.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftCommand {
    /// Take back the editor's last change.
    Undo,
    /// Make again the change last taken back.
    Redo,
    /// Import this picture for the editor's shoe at this index.
    ImportPicture(usize, PathBuf),
    /// Add a new shoe to the editor's draft.
    AddShoe,
    /// Copy the editor's chosen shoe.
    DuplicateShoe,
    /// Delete the editor's chosen shoe.
    DeleteShoe,
    /// Choose the editor's shoe at this index of the draft.
    ChooseShoe(usize),
    /// Show only the editor's shoes matching this text.
    FilterShoes(String),
    /// Sort the editor's table by this column (again: the other way round).
    SortShoes(SortBy),
    /// The editor's shoe at this index, as the form left it.
    ChangeShoe(usize, Box<Shoe>),
}

/// The fitting: its session file, the customer, the report, returning customers, what a crash left.
#[derive(Debug, Clone, PartialEq)]
pub enum FittingCommand {
    /// Add a shoe to the fitting's "tried on" list.
    AddTried(String),
    /// Save the fitting session: to the file it came from, or to a file of its own.
    SaveSession,
    /// Save the fitting session, then do this (when the save worked).
    SaveSessionThen(Box<Command>),
    /// Save the fitting session over its file as it is now (the user agreed), then do this.
    SaveSessionReplacing(Option<Box<Command>>),
    /// Save the fitting session to its own file, its changed name a correction, then do this.
    SaveSessionCorrected(Option<Box<Command>>),
    /// Save the fitting as another customer's, in a new file, then do this.
    SaveSessionAsNew(Option<Box<Command>>),
    /// Do this, dropping the unsaved fitting.
    DiscardingFitting(Box<Command>),
    /// Open this fitting session file: the customer's inputs and the shoes tried on.
    OpenSession(PathBuf),
    /// Start a fitting for a new customer: inputs back to defaults.
    NewCustomer,
    /// Write the printable fitting report next to the sessions, in the window's language.
    WriteReport,
    /// Ask for the folder where fitting sessions and reports are kept.
    ChooseSessionsFolder,
    /// Ask before forgetting the customer of this session.
    AskForgetCustomer(PathBuf),
    /// Delete these sessions of one customer, and their reports.
    ForgetCustomer(Vec<PathBuf>),
    /// Open (true) or close the list of returning customers.
    ShowCustomers(bool),
    /// What the returning customers' search box holds.
    SearchCustomers(String),
    /// Keep fitting sessions and reports in this folder.
    SetSessionsFolder(PathBuf),
    /// Bring back the draft and the fitting a crash or a kill left unsaved.
    RestoreLeftBehind,
    /// Forget them.
    DiscardLeftBehind,
}

/// The runner's inputs and the window's settings.
#[derive(Debug, Clone, PartialEq)]
pub enum InputsCommand {
    /// Let what the shop's fittings show move the ranking (true), or not.
    SetShopEvidence(bool),
    /// The runner's inputs as the inputs panel or the fitting left them.
    SetProfile(Box<Profile>),
    /// How much each input counts.
    SetPriorities(Box<Priorities>),
    /// The units the window shows weights and sizes in.
    SetUnits(WeightUnit, SizeSystem),
    /// The window's language; none follows the system's.
    SetLanguage(Option<Lang>),
    /// Light or dark; none follows the system's.
    SetTheme(Option<super::settings::Theme>),
}

/// The finder: the chosen shoe, the comparison, the list shown, the search.
#[derive(Debug, Clone, PartialEq)]
pub enum FinderCommand {
    /// Choose the shoe with this id for the detail panel; none closes it.
    Select(Option<String>),
    /// Move the selection up (-1) or down (+1) the visible list.
    MoveSelection(i32),
    /// Tick or untick the shoe with this id for comparison (at most
    /// [`COMPARE_MAX`](super::COMPARE_MAX) are ticked).
    ToggleCompare(String),
    /// Open (true) or close the comparison; it opens only with shoes ticked.
    ShowCompare(bool),
    /// Show the ranked shoes or the ones left out.
    ShowView(View),
    /// Give the keyboard to the search box (Ctrl+F).
    FocusSearch,
    /// Esc: close the comparison, or clear the search.
    Dismiss,
    /// What the search box holds.
    Search(String),
}

/// The window's own box for a path, where no file dialog can open.
#[derive(Debug, Clone, PartialEq)]
pub enum PathCommand {
    /// Ask for a path in the window's own box, as when no file dialog can open.
    AskPath(PathFor),
    /// What the path box holds now.
    TypePath(String),
    /// Take the path in the box, if it will do for what it is for.
    TakePath,
    /// Close the path box.
    ClosePathBox,
}

/// The windows over the panels, the one-off message and the question.
#[derive(Debug, Clone, PartialEq)]
pub enum WindowsCommand {
    /// Open (true) or close the shop's insights.
    ShowInsights(bool),
    /// Count the insights over these days.
    InsightsDates(crate::evidence::Dates),
    /// Open (true) or close the knee-health advice.
    ShowKneeHealth(bool),
    /// Open or close the list of the catalogue's warnings.
    ShowWarnings(bool),
    /// Open or close the window saying where the log is kept.
    ShowLog(bool),
    /// Open the results as a printable page (the web page's, in a new tab).
    PrintableReport,
    /// In a window as narrow as a phone, show the shoes (true) or the inputs.
    ShowNarrowShoes(bool),
    /// Close the one-off message.
    DismissNotice,
    /// The question was answered (its answer, if any, follows).
    CloseQuestion,
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathFor {
    /// A catalogue file to open.
    OpenCatalogue,
    /// The file to save the catalogue being edited as.
    SaveCatalogueAs,
    /// A picture for the shoe at this place in the editor's draft.
    ImportPicture(usize),
    /// The folder fitting sessions are saved in.
    SessionsFolder,
    /// The folder a copy of the sample catalogue is written into.
    SampleFolder,
}

impl PathFor {
    /// The id of the box's title.
    pub fn title(self) -> &'static str {
        match self {
            PathFor::OpenCatalogue => "path-box-open",
            PathFor::SaveCatalogueAs => "path-box-save-as",
            PathFor::ImportPicture(_) => "path-box-picture",
            PathFor::SessionsFolder => "path-box-sessions",
            PathFor::SampleFolder => "path-box-sample",
        }
    }

    /// The id of the button that takes the path.
    pub fn action(self) -> &'static str {
        match self {
            PathFor::OpenCatalogue => "path-box-do-open",
            PathFor::SaveCatalogueAs => "path-box-do-save",
            PathFor::ImportPicture(_) => "path-box-do-import",
            PathFor::SessionsFolder | PathFor::SampleFolder => "path-box-do-choose",
        }
    }

    /// Whether the path names a folder rather than a file.
    pub fn wants_folder(self) -> bool {
        matches!(self, PathFor::SessionsFolder | PathFor::SampleFolder)
    }
}

impl PathFor {
    /// The command that uses `chosen` for this purpose, typed or from a dialog.
    pub fn command(self, chosen: Chosen) -> Option<Command> {
        match (self, chosen) {
            (PathFor::OpenCatalogue, Chosen::File(path)) => Some(FileCommand::Open(path).into()),
            (PathFor::SaveCatalogueAs, Chosen::File(path)) => Some(Command::save_to(path)),
            (PathFor::ImportPicture(index), Chosen::File(path)) => {
                Some(DraftCommand::ImportPicture(index, path).into())
            }
            (PathFor::SampleFolder, Chosen::Folder(folder)) => {
                Some(FileCommand::SaveSample(folder).into())
            }
            (PathFor::SessionsFolder, Chosen::Folder(folder)) => {
                Some(FittingCommand::SetSessionsFolder(folder).into())
            }
            _ => None,
        }
    }
}

/// A path that will do: a file or a folder.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen {
    /// A file (to read, or to write).
    File(PathBuf),
    /// A folder that is there.
    Folder(PathBuf),
}
