//! What the finder shows, in plain text: the web page copies it into its own HTML (a
//! canvas is invisible to screen readers and to tests), as a visually hidden live region
//! that screen readers read as it changes, and the browser test reads.

use super::ShoeApp;
use crate::catalogue::Catalogue;
use crate::profile::Profile;
use crate::recommend::{Advice, Band, Factor, Recommendation};
use crate::words::{Say, Words};

/// How many ranked shoes the copy lists: the top of the list, where a reader starts; the
/// rest are counted.
pub const MIRRORED: usize = 10;

/// The finder's results and problems, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mirror {
    /// How many shoes are recommended, as the list's tab says it ("Recommended (88)").
    pub heading: String,
    /// Why the first pick leads, as its card says it.
    pub lead: Option<String>,
    /// The first [`MIRRORED`] ranked shoes, one line each: its place, name, band, match,
    /// price, and each input's verdict.
    pub shoes: Vec<String>,
    /// How many more are ranked, in words; none when all are listed.
    pub more: Option<String>,
    /// Why the catalogue did not load, each problem at its file, line and column.
    pub problems: Vec<String>,
}

impl ShoeApp {
    /// What the finder shows now, as text (see [`Mirror`]).
    pub fn mirror(&self) -> Mirror {
        let words = self.words();
        let mut mirror = Mirror::default();
        if let Some((heading, errors, more)) = self.document.failed_said() {
            mirror.problems.push(words.say(&heading));
            mirror
                .problems
                .extend(errors.into_iter().map(|d| d.line_in(words)));
            mirror.problems.extend(more.map(|more| words.say(&more)));
        }
        let Some(catalogue) = self.catalogue() else {
            return mirror;
        };
        let ranked = &self.ranking().recommendations;
        mirror.heading =
            words.say(&Say::new("results-recommended").num("count", ranked.len() as f64));
        mirror.lead = first_pick_said(
            catalogue,
            self.finder.advice(),
            &self.settings.profile,
            words,
        )
        .map(|said| words.say(&said));
        for r in ranked.iter().take(MIRRORED) {
            let shoe = &catalogue.shoes[r.shoe];
            let name = crate::recommend::name_for(shoe, &self.settings.profile, words);
            let price = super::panels::results::card_price(catalogue, shoe)
                .map(|price| format!(", {price}"));
            mirror.shoes.push(format!(
                "{}. {name} — {}, {}{}. {}",
                r.rank,
                band_word(words, r.band),
                words.say(&Say::new("results-match").text(
                    "percent",
                    crate::recommend::specs::card_percent(r.score).to_string()
                )),
                price.unwrap_or_default(),
                verdicts(words, r),
            ));
        }
        let more = ranked.len().saturating_sub(MIRRORED);
        mirror.more =
            (more > 0).then(|| words.say(&Say::new("mirror-more").num("count", more as f64)));
        mirror
    }
}

/// Why the first pick leads, as its card and the page's copy say it: "Try this one first:
/// it suits all you gave (…); it edges the … on …".
pub(super) fn first_pick_said(
    catalogue: &Catalogue,
    advice: &Advice,
    profile: &Profile,
    words: &Words,
) -> Option<Say> {
    let lead = advice.lead.clone()?;
    let ahead = lead
        .next
        .map(|next| {
            Say::new("results-first-ahead")
                .text(
                    "second",
                    crate::recommend::name_for(&catalogue.shoes[next], profile, words),
                )
                .says("why", lead.ahead.clone())
        })
        .into_iter()
        .collect();
    Some(
        Say::new("results-first")
            .words("factors", lead.suits.into_iter().map(Factor::message_lower))
            .says("ahead", ahead),
    )
}

/// A band in words: "Best pick", "Good choice", "Trade-offs".
fn band_word(words: &Words, band: Band) -> String {
    words.get(match band {
        Band::Best => "mirror-band-best",
        Band::Good => "mirror-band-good",
        Band::Tradeoffs => "mirror-band-tradeoffs",
    })
}

/// Each input's verdict on a shoe, as its chips say it: "Width: good; Weight: caution".
fn verdicts(words: &Words, r: &Recommendation) -> String {
    r.fits
        .iter()
        .map(|(factor, _)| factor)
        .filter(|&factor| factor != Factor::Fitting)
        .map(|factor| {
            format!(
                "{}: {}",
                words.get(factor.short_message()),
                r.verdicts.of(factor).word(words)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
