//! The shopper's results as a printable page: the fitting report's page (the inputs, the
//! top choices with their reasons, the knee-health notes), without a fitting. The web page
//! opens it in a new tab, to print or keep.

use super::ShoeApp;

/// How many of the best-ranked shoes the page shows, as the fitting report does.
const TOP: usize = 5;

impl ShoeApp {
    /// The results on screen as one printable HTML page, in the window's language; none
    /// while no catalogue is on screen. Pictures are embedded where the program can read
    /// them (the built-in sample's and a catalogue file's on the desktop); a catalogue the
    /// web page fetched gives its page without them.
    pub fn printable_report(&self) -> Option<String> {
        let catalogue = self.catalogue()?;
        let folder = self
            .document
            .path()
            .filter(|_| !self.document.is_fetched())
            .map(crate::catalogue::folder_of);
        let pictures = if self.document.is_sample() {
            crate::report::Pictures::Sample
        } else {
            crate::report::Pictures::Folder(folder.as_deref())
        };
        Some(crate::report::render(&crate::report::ReportInput {
            catalogue,
            pictures,
            profile: &self.settings.profile.inputs(),
            advice: self.finder.advice(),
            top: TOP,
            today: crate::dates::today(),
            lang: self.settings.lang(),
            weight_unit: self.settings.weight_unit,
        }))
    }
}
