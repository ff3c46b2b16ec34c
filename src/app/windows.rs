//! The windows that open over the finder and the editor, the question waiting for an
//! answer, and the one-off message.

use super::command::Confirm;
use super::path_box::PathBox;
use super::recovery::LeftBehind;
use crate::words::Say;

/// Which windows are open, and what waits for the user.
#[derive(Default)]
pub struct Windows {
    pub(super) compare: bool,
    pub(super) knee: bool,
    pub(super) warnings: bool,
    pub(super) log: bool,
    /// A question waiting for the user's answer.
    pub(super) confirm: Option<Confirm>,
    /// A one-off message for the user (e.g. saved inputs could not be read).
    pub(super) notice: Option<Say>,
    /// What a crash or a kill left behind, waiting for the user's answer.
    pub(super) left_behind: Option<LeftBehind>,
    /// Whether the list of returning customers is open.
    pub(super) customers: bool,
    /// What the returning customers' search box holds.
    pub(super) customers_search: String,
    /// A path asked for in the window's own box.
    pub(super) path_box: Option<PathBox>,
    /// Whether the shop's insights are open.
    pub(super) insights: bool,
    /// The days the insights count.
    pub(super) insights_dates: crate::evidence::Dates,
    /// In a window as narrow as a phone, where the inputs and the shoes take turns: the
    /// shoes are shown (else the inputs).
    pub(super) narrow_shoes: bool,
}

impl Windows {
    /// In a window as narrow as a phone: whether the shoes are shown rather than the inputs.
    pub fn narrow_shoes(&self) -> bool {
        self.narrow_shoes
    }

    /// Whether the comparison is open.
    pub fn compare_open(&self) -> bool {
        self.compare
    }

    /// Whether the knee-health advice is open.
    pub fn knee_open(&self) -> bool {
        self.knee
    }

    /// Whether the list of the catalogue's warnings is open.
    pub fn warnings_open(&self) -> bool {
        self.warnings
    }

    /// Whether the window saying where the log is kept is open.
    pub fn log_open(&self) -> bool {
        self.log
    }

    /// The question waiting for an answer.
    pub fn confirm(&self) -> Option<&Confirm> {
        self.confirm.as_ref()
    }

    /// The one-off message.
    pub fn notice(&self) -> Option<&Say> {
        self.notice.as_ref()
    }

    /// Whether the list of returning customers is open.
    pub fn customers_open(&self) -> bool {
        self.customers
    }

    /// What the returning customers' search box holds.
    pub fn customers_search(&self) -> &str {
        &self.customers_search
    }

    /// Whether the shop's insights are open.
    pub fn insights_open(&self) -> bool {
        self.insights
    }

    /// The days the insights count.
    pub fn insights_dates(&self) -> &crate::evidence::Dates {
        &self.insights_dates
    }

    /// The path box, while it is open.
    pub fn path_box(&self) -> Option<&PathBox> {
        self.path_box.as_ref()
    }

    /// What a crash or a kill left unsaved, while the user has not answered.
    pub fn left_behind(&self) -> Option<&LeftBehind> {
        self.left_behind.as_ref()
    }
}
